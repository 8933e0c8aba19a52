/**
 * A real gateway process (the built CLI, dist/) on a data directory that survives kills:
 * start, SIGKILL, restart, and read the store's states straight from the SQLite file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { stringify } from 'yaml';
import { runCli, spawnGateway, type GatewayProcess } from '../../helpers/process.js';
import { tempDir } from '../../helpers/gateway.js';
import { freePort } from '../../helpers/upstream.js';
import type { MessageState } from '../../../src/store/types.js';

export interface ProcessOptions {
  upstreamUrl: string;
  inspect?: boolean;
  /** Extra configuration (nested YAML object) merged over the fast test defaults. */
  config?: Record<string, unknown>;
  /** Extra environment for the process and for `cli()` (DLP_POLICY_PATH, DLP_SECRET, …). */
  env?: Record<string, string>;
  /** Serve the web UI and API on a fixed port (kept across restarts); default: an ephemeral one nobody uses. */
  web?: boolean;
}

export class GatewayUnderTest {
  readonly dataDir = tempDir('dlp-faults-');
  readonly configFile = path.join(this.dataDir, 'gateway.yaml');
  smtpPort = 0;
  webPort = 0;
  process: GatewayProcess | undefined;
  /** Output of every run so far (for failure messages). */
  private outputs: string[] = [];
  starts = 0;

  private config: Record<string, unknown>;
  private readonly extraEnv: Record<string, string>;

  constructor(private readonly options: ProcessOptions) {
    this.config = {
      upstream: { retry: { initialDelayMs: 200, maxDelayMs: 1000 }, connectionTimeoutMs: 3000 },
      processing: { pollMs: 100, concurrency: 1 },
      ...(options.config ?? {}),
    };
    this.extraEnv = { ...(options.env ?? {}) };
    writeFileSync(this.configFile, stringify(this.config));
  }

  /** Add configuration sections and environment before the next start (files that live in the data dir). */
  configure(config: Record<string, unknown>, env: Record<string, string> = {}): void {
    this.config = { ...this.config, ...config };
    Object.assign(this.extraEnv, env);
    writeFileSync(this.configFile, stringify(this.config));
  }

  get dbFile(): string {
    return path.join(this.dataDir, 'gateway.db');
  }

  async start(): Promise<void> {
    if (!this.smtpPort) this.smtpPort = await freePort();
    if (this.options.web && !this.webPort) this.webPort = await freePort();
    const args = ['--config', this.configFile, ...(this.options.inspect ? [] : ['--no-inspect'])];
    this.process = await spawnGateway(this.env(), args);
    this.starts++;
  }

  get webUrl(): string {
    return `http://127.0.0.1:${this.webPort}`;
  }

  private env(): Record<string, string> {
    return {
      DLP_DATA_DIR: this.dataDir,
      DLP_SMTP_PORT: String(this.smtpPort),
      DLP_SMTP_HOST: '127.0.0.1',
      DLP_SMTP_HOSTNAME: 'gateway.test',
      DLP_WEB_PORT: String(this.webPort),
      DLP_UPSTREAM_URL: this.options.upstreamUrl,
      ...this.extraEnv,
    };
  }

  /** Run another `dlp-gateway` command (`user add`, `user token`, …) on this gateway's store. */
  async cli(args: string[], input?: string): Promise<string> {
    const result = await runCli([...args, '--config', this.configFile], this.env(), input);
    if (result.code !== 0) throw new Error(`dlp-gateway ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return result.stdout;
  }

  /** SIGKILL: no shutdown code runs. */
  async kill(): Promise<void> {
    if (!this.process) return;
    this.outputs.push(this.process.output());
    await this.process.kill('SIGKILL');
    this.process = undefined;
  }

  async stop(): Promise<number | null> {
    if (!this.process) return null;
    const code = await this.process.kill('SIGTERM');
    this.outputs.push(this.process.output());
    this.process = undefined;
    return code;
  }

  output(): string {
    return [...this.outputs, this.process?.output() ?? ''].join('\n----- restart -----\n');
  }

  private query<T>(fn: (db: Database.Database) => T): T {
    const db = new Database(this.dbFile, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 2000');
      return fn(db);
    } finally {
      db.close();
    }
  }

  states(): Map<string, MessageState> {
    return this.query((db) => new Map((db.prepare('SELECT id, state FROM messages').all() as { id: string; state: MessageState }[]).map((r) => [r.id, r.state])));
  }

  /** A message of this queue id is being inspected right now (claimed under a lease, still `received`). */
  inspecting(id: string): boolean {
    return this.query((db) => Boolean(db.prepare("SELECT 1 FROM messages WHERE id = ? AND state = 'received' AND lease_owner IS NOT NULL").get(id)));
  }

  async cleanup(): Promise<void> {
    if (this.process) await this.process.kill('SIGKILL');
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
