/** In-process web UI on a real SQLite store and the real hold workflow (app.inject, no sockets). */
import path from 'node:path';
import { rmSync } from 'node:fs';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config/load.js';
import { createLogger, type Logger } from '../../src/log/logger.js';
import type { GatewayConfig } from '../../src/config/schema.js';
import type { DirectoryService } from '../../src/directory/service.js';
import type { Clock } from '../../src/clock.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { MessageRecord, Role } from '../../src/store/types.js';
import type { InspectionReport } from '../../src/pipeline/types.js';
import type { HoldStage, Verdict } from '../../src/policy/types.js';
import { createWorkflow, type WorkflowService } from '../../src/workflow/create-workflow.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { createWebUi } from '../../src/web/ui.js';
import { tempDir } from '../helpers/gateway.js';

export class ManualClock implements Clock {
  constructor(public t = Date.parse('2026-11-24T10:00:00+09:00')) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export const password = 'correct horse battery';

export const approversYaml = `
version: 1
people:
  boss: { email: boss@example.co.jp, department: sales }
departments:
  sales:
    members: ['*@example.co.jp']
    approvers: [boss]
fallback:
  approvers: [admin]
`;

export function verdictFor(rcptTo: string[], stages: HoldStage[], ruleId = 'personal-data-external'): Verdict {
  return {
    verdict: 'hold',
    stages,
    wouldBe: { verdict: 'hold', stages },
    monitorOnly: false,
    matched: [
      {
        id: ruleId,
        description: '個人データの社外送信',
        action: { kind: 'hold', stages },
        reason: '電話番号と氏名（2名分）が社外宛てに含まれています',
        monitorOnly: false,
        tags: [],
        notify: [],
      },
    ],
    recipients: rcptTo.map((address, i) => {
      const domain = address.slice(address.indexOf('@') + 1);
      return {
        address,
        domain,
        class: domain.endsWith('example.co.jp') && !domain.startsWith('examp1e') ? 'internal' : 'external',
        visible: i === 0,
        firstTime: true,
        ...(domain === 'examp1e.co.jp' ? { lookalikeOf: 'example.co.jp' } : {}),
      };
    }),
    tags: [],
    notify: [],
    policyVersion: 'test',
    recipientSummary: { total: rcptTo.length, outside: rcptTo.length, outsideVisible: 1, organisations: 1 },
  };
}

export function reportFor(rcptTo: string[], stages: HoldStage[], opts: { sensitive?: boolean; filename?: string; ruleId?: string; personCount?: number } = {}): InspectionReport {
  const findings = [
    { category: 'phone', confidence: 'high', count: 2, location: `attachment[1] ${opts.filename ?? '名簿.xlsx'} › Sheet1!C2`, sample: '090-****-5678', hashes: ['h1'], context: '連絡先 090-****-5678 まで', cells: ['Sheet1!C2', 'Sheet1!C3'], subject: 'third_person', subjectReason: 'person in a record' },
    { category: 'person_name', confidence: 'medium', count: 2, location: 'body (text/plain)', sample: '佐藤 **', hashes: ['h2'], context: '佐藤 ** 様の件' },
    ...(opts.sensitive ? [{ category: 'sensitive.medical', confidence: 'high', count: 1, location: 'body (text/plain)', sample: '****病', hashes: ['h3'] }] : []),
  ];
  const categories: Record<string, number> = { phone: 2, person_name: 2, ...(opts.sensitive ? { 'sensitive.medical': 1 } : {}) };
  return {
    verdict: verdictFor(rcptTo, stages, opts.ruleId),
    details: {
      findings,
      summary: { categories, personCount: opts.personCount ?? 2, recordCount: opts.personCount ?? 2 },
      attachments: [{ index: 1, filename: opts.filename ?? '名簿.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 12_345, location: 'attachment[1]', encrypted: false, inspected: true }],
    },
    durationMs: 3,
  };
}

export function mail(opts: { from?: string; to?: string[]; subject?: string; body?: string }): Buffer {
  const from = opts.from ?? 'yamada.taro@example.co.jp';
  const to = opts.to ?? ['sato@partner.example.jp'];
  return Buffer.from(
    [
      `From: =?UTF-8?B?${Buffer.from('山田 太郎').toString('base64')}?= <${from}>`,
      `To: ${to.join(', ')}`,
      `Subject: =?UTF-8?B?${Buffer.from(opts.subject ?? '顧客リスト送付の件').toString('base64')}?=`,
      'Date: Tue, 24 Nov 2026 09:00:00 +0900',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      opts.body ?? '佐藤様\r\n\r\n資料をお送りします。\r\n',
    ].join('\r\n'),
    'utf8',
  );
}

export interface Harness {
  app: FastifyInstance;
  store: SqliteStore;
  workflow: WorkflowService;
  clock: ManualClock;
  dataDir: string;
  released: string[];
  addUser(username: string, roles: Role[], opts?: { email?: string; department?: string }): Promise<void>;
  hold(opts?: { id?: string; from?: string; to?: string[]; subject?: string; stages?: HoldStage[]; sensitive?: boolean; filename?: string; ruleId?: string; body?: string; personCount?: number }): Promise<MessageRecord>;
  close(): Promise<void>;
}

let seq = 0;

export async function createHarness(
  opts: { trustProxy?: string[]; config?: Record<string, unknown>; directory?: (deps: { config: GatewayConfig; store: SqliteStore; clock: ManualClock; log: Logger }) => DirectoryService } = {},
): Promise<Harness> {
  const dataDir = tempDir('dlp-web-');
  const clock = new ManualClock();
  const { config } = await loadConfig({ env: {}, overrides: { 'storage.dataDir': dataDir, 'workflow.secret': 'x'.repeat(40), ...(opts.config ?? {}) } });
  const store = new SqliteStore(path.join(dataDir, 'gateway.db'));
  const log = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const released: string[] = [];
  const directory = opts.directory?.({ config, store, clock, log });
  const workflow = await createWorkflow({ config, store, clock, log, wakeRelay: () => released.push('wake'), baseUrl: 'http://localhost', env: {}, approvers: parseApprovers(approversYaml), ...(directory ? { directory: () => directory.view() } : {}) });
  const app = Fastify({ routerOptions: { maxParamLength: 1024 }, trustProxy: opts.trustProxy?.length ? opts.trustProxy : false }) as unknown as FastifyInstance;
  await createWebUi({ store, workflow, clock, log, config, wakeRelay: () => released.push('wake'), ...(directory ? { directory } : {}) })(app);
  await app.ready();
  return {
    app,
    store,
    workflow,
    clock,
    dataDir,
    released,
    async addUser(username, roles, opts = {}) {
      await store.upsertUser({
        username,
        displayName: username,
        email: opts.email ?? `${username}@example.co.jp`,
        roles,
        passwordHash: await hashPassword(password),
        department: opts.department ?? null,
        failedLogins: 0,
        lockedUntil: 0,
        disabled: false,
        createdAt: clock.now(),
      });
    },
    async hold(opts = {}) {
      const id = opts.id ?? `MSG${(++seq).toString().padStart(4, '0')}${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
      const from = opts.from ?? 'yamada.taro@example.co.jp';
      const to = opts.to ?? ['sato@partner.example.jp'];
      const stages = opts.stages ?? ['approval'];
      const raw = mail({ from, to, ...(opts.subject !== undefined ? { subject: opts.subject } : {}), ...(opts.body !== undefined ? { body: opts.body } : {}) });
      const now = clock.now();
      await store.accept({ id, receivedAt: now, mailFrom: from, rcptTo: to, raw, client: {} }, { at: now, messageId: id, actor: 'smtp', action: 'received', detail: {} });
      const report = reportFor(to, stages, opts);
      const state = stages[0] === 'selfCheck' ? 'awaiting_self_check' : 'awaiting_approval';
      const moved = await store.update(id, ['received'], { state, inspection: report, hold: { stages, heldAt: now } }, { at: now, messageId: id, actor: 'policy', action: 'held', detail: { rules: ['personal-data-external'] } });
      if (!moved) throw new Error('could not hold');
      await workflow.onHeld((await store.get(id))!, report);
      return (await store.get(id))!;
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The self-check link the workflow mailed to the sender of `id` (read from the queued notice). */
export async function selfCheckToken(h: Harness, id: string): Promise<string> {
  const notices = await h.store.list({ kind: 'notice', limit: 100 });
  for (const n of notices) {
    if ((n.client as Record<string, unknown>).generatedFor !== id) continue;
    const raw = await h.store.getRaw(n.id);
    const { simpleParser } = await import('mailparser');
    const text = (await simpleParser(raw!)).text ?? '';
    const m = /\/self-check\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text);
    if (m) return m[1]!;
  }
  throw new Error(`no self-check link for ${id}`);
}

/** A browser-like client for app.inject: keeps cookies, reads CSRF tokens from pages. */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private readonly app: FastifyInstance,
    public ip = '198.51.100.7',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    const set = res.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/Max-Age=0/.test(c) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, remoteAddress: this.ip, headers: { cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    return res;
  }

  async post(url: string, form: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const res = await this.app.inject({
      method: 'POST',
      url,
      remoteAddress: this.ip,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80', host: 'localhost:80', ...headers },
      payload: body.toString(),
    });
    this.remember(res);
    return res;
  }

  async json(method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: { cookie: this.cookieHeader(), host: 'localhost:80', ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(payload !== undefined ? { payload: JSON.stringify(payload) } : {}),
    });
  }

  async signIn(username: string, pw = password): Promise<LightMyRequestResponse> {
    await this.get('/sign-in');
    return this.post('/sign-in', { _csrf: this.csrf, username, password: pw });
  }
}
