import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { configSchema, type GatewayConfig } from './schema.js';
import { ConfigError } from './errors.js';

export const defaultConfigPath = 'config/gateway.yaml';

/** Environment variables for the usual deployment knobs → config key paths. */
export const envOverrides: Record<string, { key: string; type: 'string' | 'number' | 'list' | 'boolean' }> = {
  DLP_SMTP_HOST: { key: 'smtp.host', type: 'string' },
  DLP_SMTP_PORT: { key: 'smtp.port', type: 'number' },
  DLP_SMTP_HOSTNAME: { key: 'smtp.hostname', type: 'string' },
  DLP_SMTP_CLIENT_NETWORKS: { key: 'smtp.clientNetworks', type: 'list' },
  DLP_SMTP_MAX_MESSAGE_BYTES: { key: 'smtp.maxMessageBytes', type: 'number' },
  DLP_TLS_KEY: { key: 'smtp.tls.key', type: 'string' },
  DLP_TLS_CERT: { key: 'smtp.tls.cert', type: 'string' },
  DLP_UPSTREAM_URL: { key: 'upstream.url', type: 'string' },
  DLP_DATA_DIR: { key: 'storage.dataDir', type: 'string' },
  DLP_STORE_URL: { key: 'storage.url', type: 'string' },
  DLP_OUTBOX_DIR: { key: 'outbox.dir', type: 'string' },
  DLP_WEB_HOST: { key: 'web.host', type: 'string' },
  DLP_WEB_PORT: { key: 'web.port', type: 'number' },
  DLP_WEB_BASE_URL: { key: 'web.baseUrl', type: 'string' },
  DLP_POLICY_PATH: { key: 'policy.path', type: 'string' },
  DLP_DICTIONARIES_DIR: { key: 'dictionaries.dir', type: 'string' },
  DLP_LOG_LEVEL: { key: 'log.level', type: 'string' },
  DLP_SECRET: { key: 'workflow.secret', type: 'string' },
  DLP_DOWNLOAD_MASTER_KEY: { key: 'download.masterKey', type: 'string' },
  DLP_DOWNLOAD_PUBLIC_URL: { key: 'download.publicUrl', type: 'string' },
};

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let node: Record<string, unknown> = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function applyEnv(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): void {
  for (const [name, { key, type }] of Object.entries(envOverrides)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    switch (type) {
      case 'string':
        setPath(raw, key, value);
        break;
      case 'number': {
        const n = Number(value);
        if (!Number.isFinite(n)) throw new ConfigError(`environment variable ${name} must be a number, got "${value}"`, undefined, key);
        setPath(raw, key, n);
        break;
      }
      case 'boolean':
        setPath(raw, key, /^(1|true|yes|on)$/i.test(value));
        break;
      case 'list':
        setPath(raw, key, value.split(',').map((s) => s.trim()).filter(Boolean));
        break;
    }
  }
}

export interface LoadConfigOptions {
  /** Explicit --config path; when absent, config/gateway.yaml if it exists, else built-in defaults. */
  path?: string;
  env?: NodeJS.ProcessEnv;
  /** Extra values applied after the file and before the environment (tests). */
  overrides?: Record<string, unknown>;
}

export interface LoadedConfig {
  config: GatewayConfig;
  /** The file it came from, or undefined for built-in defaults. */
  source: string | undefined;
}

/** Read, merge and validate the configuration. Throws ConfigError naming the key (and line). */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const env = options.env ?? process.env;
  const file = options.path ?? (existsSync(defaultConfigPath) ? defaultConfigPath : undefined);
  let raw: Record<string, unknown> = {};
  let doc: ReturnType<typeof parseDocument> | undefined;
  const lineCounter = new LineCounter();
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      throw new ConfigError(`cannot read config file: ${(err as Error).message}`, file, '(file)');
    }
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const line = lineCounter.linePos(e.pos[0]).line;
      throw new ConfigError(`YAML syntax error: ${e.message.split('\n')[0]}`, file, '(syntax)', line);
    }
    const value: unknown = doc.toJS();
    if (value !== null && value !== undefined) {
      if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('top level must be a mapping', file, '(root)', 1);
      raw = value as Record<string, unknown>;
    }
  }
  for (const [k, v] of Object.entries(options.overrides ?? {})) setPath(raw, k, v);
  applyEnv(raw, env);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    let keyPath = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') keyPath = [...keyPath, ...issue.keys];
    const key = keyPath.join('.') || '(root)';
    let line: number | undefined;
    if (doc) {
      for (let n = keyPath.length; n > 0 && line === undefined; n--) {
        const node = doc.getIn(keyPath.slice(0, n), true);
        if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
      }
      if (line === undefined && issue.code === 'unrecognized_keys') {
        const parent = doc.getIn(issue.path.map(String), true);
        if (isNode(parent) && parent.range) line = lineCounter.linePos(parent.range[0]).line;
      }
    }
    throw new ConfigError(issue.message, file, key, line);
  }
  return { config: resolvePaths(parsed.data), source: file };
}

/** Fill the derived defaults (store URL, outbox dir) from the data directory. */
function resolvePaths(config: GatewayConfig): GatewayConfig {
  const dataDir = path.resolve(config.storage.dataDir);
  return {
    ...config,
    storage: { ...config.storage, dataDir, url: config.storage.url || `sqlite:${path.join(dataDir, 'gateway.db')}` },
    outbox: { dir: config.outbox.dir ? path.resolve(config.outbox.dir) : path.join(dataDir, 'outbox') },
  };
}
