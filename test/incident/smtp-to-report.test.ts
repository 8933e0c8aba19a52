/**
 * From SMTP to the 個人情報保護委員会 report: real SMTP into the gateway with the production
 * inspection (extract → detect → policy), the real hold workflow, real delivery to a test
 * upstream; then the incident is recorded over the REST API (HTTP, API token) and the draft report
 * read back. The retention purge then removes the content: the facts and the report stay.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { loadConfig } from '../../src/config/load.js';
import { createLogger } from '../../src/log/logger.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { createWorkflow, type WorkflowService } from '../../src/workflow/create-workflow.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { createWebUi } from '../../src/web/ui.js';
import { issueApiToken } from '../../src/web/auth/api-tokens.js';
import { hashPassword } from '../../src/web/auth/password.js';
import { rosterXlsx } from '../../src/bench/fixtures/xlsx.js';
import { startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import { defaultPolicyWithoutDelay } from '../helpers/policy-without-delay.js';
import { TestUpstream } from '../helpers/upstream.js';

const approvers = `
version: 1
people:
  boss: { email: boss@example.co.jp }
departments:
  sales:
    members: ['*@example.co.jp']
    approvers: [boss]
fallback:
  approvers: [admin]
`;

const dayMs = 86_400_000;
/** YYYY-MM-DD (JST) of day `n` when the day of `t` is day 1 — counted independently of the code under test. */
function dayN(t: number, n: number): string {
  const jst = new Date(t + 9 * 3_600_000);
  return new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate() + n - 1)).toISOString().slice(0, 10);
}

describe('incident: from SMTP to the report', () => {
  let upstream: TestUpstream;
  let gw: Awaited<ReturnType<typeof startGateway>>;
  let workflow: WorkflowService;
  let store: SqliteStore;
  let base: string;
  let token: string;

  let bossToken: string;

  const api = async (method: 'GET' | 'POST', url: string, body?: unknown, as = token) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { authorization: `Bearer ${as}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, json: (await res.json()) as Record<string, any> };
  };

  async function send(subject: string, to: string, text: string, attachments: Array<{ filename: string; content: Buffer }> = []): Promise<string> {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, ignoreTLS: true });
    const before = new Set((await store.list({ kind: 'mail', limit: 1000 })).map((m) => m.id));
    await transport.sendMail({ from: '山田 太郎 <yamada.taro@example.co.jp>', to, subject, text, attachments });
    transport.close();
    let id = '';
    await waitUntil(async () => {
      id = (await store.list({ kind: 'mail', limit: 1000 })).find((m) => !before.has(m.id))?.id ?? '';
      return id !== '';
    }, 10_000, 'the message stored');
    return id;
  }

  /**
   * Wait for the verdict; approve a hold as the boss over the REST API the way a supervisor does
   * it (open the message — a recorded view — then confirm the statement when a considered approval
   * is required); wait until the message left.
   */
  async function deliver(id: string): Promise<void> {
    await waitUntil(async () => !['received'].includes((await store.get(id))!.state), 60_000, `inspection of ${id}`);
    if ((await store.get(id))!.state === 'awaiting_self_check') {
      // The sender confirms with the link the workflow mailed to him.
      let link = '';
      await waitUntil(async () => {
        for (const n of await store.list({ kind: 'notice', limit: 200 })) {
          if ((n.client as Record<string, unknown>).generatedFor !== id) continue;
          const text = (await simpleParser((await store.getRaw(n.id))!)).text ?? '';
          link = /\/self-check\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text)?.[1] ?? link;
        }
        return link !== '';
      }, 10_000, 'self-check notice');
      const confirmed = await workflow.confirmSelfCheck(link, { id: 'sender:yamada.taro@example.co.jp', roles: [], email: 'yamada.taro@example.co.jp' });
      expect(confirmed.ok).toBe(true);
    }
    const state = (await store.get(id))!.state;
    if (state === 'awaiting_approval') {
      await waitUntil(async () => (await store.events({ messageId: id, action: 'hold_routed' })).length > 0, 10_000, 'routing');
      const opened = await api('GET', `/api/messages/${id}`, undefined, bossToken);
      expect(opened.status).toBe(200);
      const considered = opened.json.message.consideredApproval as { required: boolean; statement: { ja: string } } | null;
      const result = await api('POST', `/api/messages/${id}/approve`, { comment: '確認しました', ...(considered?.required ? { confirm: considered.statement.ja } : {}) }, bossToken);
      expect(result.status).toBe(200);
      expect(result.json.message.state).toMatch(/^(queued|delivered)$/);
    }
    await waitUntil(async () => (await store.get(id))!.state === 'delivered', 30_000, `delivery of ${id}`);
  }

  beforeAll(async () => {
    upstream = new TestUpstream();
    await upstream.start();
    const dataDir = tempDir('dlp-incident-');
    const overrides = {
      'storage.dataDir': dataDir,
      'upstream.url': upstream.url,
      'workflow.secret': 'i'.repeat(40),
      'workflow.adminAddress': 'dpo@example.co.jp',
      'processing.concurrency': 1,
      // The default policy's holds without its send delay (tested in test/delay/).
      'policy.path': defaultPolicyWithoutDelay(dataDir),
    };
    const { config } = await loadConfig({ env: {}, overrides: { ...overrides, 'web.port': 0 } });
    store = new SqliteStore(path.join(dataDir, 'gateway.db'));
    const log = createLogger({ level: 'silent' });
    let wake = () => {};
    workflow = await createWorkflow({ config, store, clock: { now: () => Date.now() }, log, wakeRelay: () => wake(), baseUrl: 'http://dlp.test', env: {}, approvers: parseApprovers(approvers) });
    for (const [username, roles] of [['boss', ['approver']], ['admin', ['admin']]] as const) {
      await store.upsertUser({ username, displayName: username, email: `${username}@example.co.jp`, roles: [...roles], passwordHash: await hashPassword('correct horse battery'), department: 'sales', failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: Date.now() });
    }
    token = (await issueApiToken(store, { now: () => Date.now() }, 'admin', 'incident test')).token;
    bossToken = (await issueApiToken(store, { now: () => Date.now() }, 'boss', 'incident test (approver)')).token;
    gw = await startGateway(
      overrides,
      {
        store,
        holds: workflow,
        background: undefined,
        webPlugins: [(app, g) => createWebUi({ store: g.store, workflow, clock: g.clock, log: g.log, config: g.config, wakeRelay: g.wakeRelay })(app)],
      },
      { inspect: true },
    );
    wake = () => gw.wakeRelay();
    base = `http://127.0.0.1:${gw.webPort}`;
  }, 120_000);

  afterAll(async () => {
    await gw?.cleanup();
    await upstream?.stop();
  });

  let rosterId = '';
  let sensitiveId = '';
  let businessId = '';

  it('delivers the three messages upstream (the roster and the 要配慮 one after approval)', async () => {
    rosterId = await send('社員名簿の送付', 'tanaka@partner-hr.example.jp', '田中様\n\nご依頼の社員名簿をお送りします。\n\n山田', [{ filename: '社員名簿_2026.xlsx', content: rosterXlsx(1200) }]);
    await deliver(rosterId);
    sensitiveId = await send('出張の件', 'suzuki@travel-agency.example.com', '鈴木様\n\nいつもお世話になっております。\n弊社の佐藤様は糖尿病で通院中のため、来週の出張は見合わせます。\n\n山田');
    await deliver(sensitiveId);
    businessId = await send('打ち合わせの件', 'kimura@client.example.com', '木村様\n\nいつもお世話になっております。\n来週火曜日 14 時からの打ち合わせ、よろしくお願いいたします。\n\n--\n山田 太郎\n株式会社サンプル 営業部\nTEL 03-1234-5678');
    await deliver(businessId);
    const upstreamRecipients = upstream.received.flatMap((m) => m.rcptTo);
    for (const r of ['tanaka@partner-hr.example.jp', 'suzuki@travel-agency.example.com', 'kimura@client.example.com']) expect(upstreamRecipients).toContain(r);
    // The roster (1,200 people) and the 要配慮 mail left only by a considered approval: the boss
    // opened each and confirmed what was leaving.
    for (const [id, risk] of [[rosterId, 'bulk_personal_data'], [sensitiveId, 'sensitive']] as const) {
      const [approved] = await store.events({ messageId: id, action: 'approved' });
      const considered = approved?.detail.considered as { risks: Array<{ kind: string }>; confirmed: string } | undefined;
      expect(approved?.actor).toBe('boss');
      expect(considered?.risks.map((r) => r.kind)).toContain(risk);
      expect(considered?.confirmed).toMatch(/を社外 1 宛先へ送信する$/);
    }
  }, 180_000);

  const marked: Record<string, any> = {};

  it('a 1,200-row roster is reportable: more than 1,000 people; the 速報 and 確報 due dates count from the awareness day', async () => {
    const awareAt = Date.now();
    const res = await api('POST', '/api/incidents', { messageId: rosterId, awareAt: new Date(awareAt).toISOString(), description: '名簿を取引先に誤送信', kind: 'mis_sent' });
    expect(res.status).toBe(201);
    const incident = res.json.incident;
    marked.roster = incident;
    expect(incident.reportable).toBe(true);
    const reasons = Object.fromEntries((incident.reasons as any[]).map((r) => [r.code, r]));
    expect(reasons.over_1000.effective).toBe(true);
    expect(reasons.over_1000.evidence.ja).toMatch(/本人の数（推定、対象メールの合計）: 1[0-9]{3} 人/);
    expect(reasons.sensitive.effective).toBe(false);
    expect(reasons.financial.effective).toBe(false);
    expect(reasons.improper_purpose.effective).toBe(false);
    expect(reasons.encryption.applies).toBe(false);
    expect(incident.deadlines.preliminary).toMatchObject({ from: dayN(awareAt, 3), due: dayN(awareAt, 5) });
    expect(incident.deadlines.final).toMatchObject({ due: dayN(awareAt, 30), days: 30 });
    expect(incident.messages[0].approvedBy).toBe('boss');
    expect(incident.wrongRecipients).toEqual(['tanaka@partner-hr.example.jp']);
  });

  it('a single 要配慮 item is reportable (第7条第1号) with the same deadlines', async () => {
    const awareAt = Date.now();
    const res = await api('POST', '/api/incidents', { messageId: sensitiveId, awareAt: new Date(awareAt).toISOString(), description: '病歴を含むメールを旅行会社に送信', kind: 'mis_sent' });
    expect(res.status).toBe(201);
    const incident = res.json.incident;
    marked.sensitive = incident;
    const reasons = Object.fromEntries((incident.reasons as any[]).map((r) => [r.code, r]));
    expect(incident.reportable).toBe(true);
    expect(reasons.sensitive.effective).toBe(true);
    expect(reasons.sensitive.evidence.ja).toContain('病歴');
    expect(reasons.over_1000.effective).toBe(false);
    expect(incident.deadlines.final.due).toBe(dayN(awareAt, 30));
  });

  it('a message with only business contacts is not reportable', async () => {
    const res = await api('POST', '/api/incidents', { messageId: businessId, awareAt: new Date().toISOString(), description: '宛先間違い', kind: 'mis_sent' });
    expect(res.status).toBe(201);
    const incident = res.json.incident;
    marked.business = incident;
    expect(incident.reportable).toBe(false);
    expect((incident.reasons as any[]).filter((r) => r.effective).map((r) => r.code)).toEqual([]);
    expect(incident.deadlines.preliminary.state).toBe('not_required');
  });

  it('an improper purpose judged by a person makes the 確報 due in 60 days; the report follows the form', async () => {
    const before = marked.business;
    const judged = await api('POST', `/api/incidents/${before.id}/judgement`, { version: before.version, which: 'improperPurpose', value: true, reason: '送信者が意図的に持ち出した疑い' });
    expect(judged.status).toBe(200);
    expect(judged.json.incident.reportable).toBe(true);
    expect(judged.json.incident.deadlines.final).toMatchObject({ days: 60, due: dayN(Date.parse(before.awareAt), 60) });
    // A stale version is refused.
    expect((await api('POST', `/api/incidents/${before.id}/judgement`, { version: before.version, which: 'improperPurpose', value: false, reason: 'x' })).status).toBe(409);

    const report = (await api('GET', `/api/incidents/${marked.roster.id}/report`)).json.report;
    expect(report.sections.map((s: any) => s.title)).toEqual([
      '概要',
      '漏えい等が発生し又は発生したおそれがある個人データの項目',
      '漏えい等が発生し又は発生したおそれがある個人データに係る本人の数',
      '原因',
      '二次被害又はそのおそれの有無及びその内容',
      '本人への対応の実施状況',
      '公表の実施状況',
      '再発防止のための措置',
      'その他参考となる事項',
    ]);
    expect(report.stage).toBe('速報');
    expect(report.grounds).toEqual(['個人データに係る本人の数が1,000人を超える漏えい等（第7条第4号）']);
    const items = report.sections.find((s: any) => s.key === 'items');
    expect(items.gateway.join('\n')).toMatch(/氏名: \d+件/);
    expect(items.gateway.join('\n')).toContain('社員名簿_2026.xlsx（暗号化なし）');
    expect(report.sections.find((s: any) => s.key === 'cause').gateway.join('\n')).toContain('boss が承認');
    expect(report.sections.filter((s: any) => s.needsPerson).map((s: any) => s.key)).toEqual(['summary', 'cause', 'secondaryHarm', 'responseToPeople', 'publication', 'prevention']);
    // Never content: no value of the roster in the report or the incident.
    const everything = JSON.stringify(report) + JSON.stringify(marked.roster);
    expect(everything).not.toMatch(/090-\d{4}-\d{4}/);
    expect(everything).not.toContain('E100002');
  });

  it('after the retention purge the content is gone, the facts stay, and deadline reminders reach the admin address', async () => {
    const later = Date.now() + 95 * dayMs;
    await workflow.tick(later);
    const record = (await store.get(rosterId))!;
    expect(record.purged).toBe(true);
    expect(record.inspection).toBeNull();
    expect(await store.getRaw(rosterId)).toBeUndefined();
    // A new incident on the purged message still knows the people and the items.
    const res = await api('POST', '/api/incidents', { messageId: rosterId, awareAt: new Date().toISOString(), description: '再記録', kind: 'mis_sent' });
    expect(res.status).toBe(201);
    expect(res.json.incident.reportable).toBe(true);
    expect(res.json.incident.messages[0].personCount).toBeGreaterThan(1000);
    expect(res.json.incident.messages[0].inspectionAvailable).toBe(false);
    await waitUntil(() => upstream.received.some((m) => m.rcptTo.includes('dpo@example.co.jp') && /X-DLP-Notice: incident_reminder/i.test(m.raw.toString('latin1'))), 20_000, 'reminder to the admin address');
    const events = await store.events({ action: 'incident_reminder_sent' });
    expect(events.map((e) => e.detail.incident)).toEqual(expect.arrayContaining([marked.roster.id, marked.sensitive.id]));
  }, 60_000);

  it('statistics count the incidents of the month and the approvals they passed', async () => {
    const res = await api('GET', '/api/incidents/stats?months=2');
    expect(res.status).toBe(200);
    const thisMonth = res.json.perMonth.at(-1);
    expect(thisMonth).toMatchObject({ count: 4, reportable: 4 });
    expect(res.json.bypassed.filter((b: any) => b.messageId === rosterId).map((b: any) => b.approvedBy)).toEqual(['boss', 'boss']);
    expect(res.json.byApprover[0]).toMatchObject({ approver: 'boss' });
  });
});
