import { simpleParser } from 'mailparser';
import type { Clock } from '../../src/clock.js';
import type { HoldHandler, InspectionReport, Inspector } from '../../src/pipeline/types.js';
import type { HoldStage, Verdict, VerdictKind } from '../../src/policy/types.js';
import type { Store } from '../../src/store/types.js';
import type { GatewayContext } from '../../src/gateway.js';
import { createWorkflow, type WorkflowService } from '../../src/workflow/create-workflow.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import type { Actor } from '../../src/workflow/types.js';
import { startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import type { ReceivedMail, TestUpstream } from '../helpers/upstream.js';

export const baseUrl = 'https://dlp.example.co.jp';

/** Time that only moves when a test says so. */
export class ManualClock implements Clock {
  constructor(public t = Date.now()) {}
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Synthetic personal data in the test mails: none of it may appear in a notice. */
export const secrets = ['090-1234-5678', '09012345678', '1234 5678 9012', '123456789012', '佐藤 花子', '花子', '東京都千代田区丸の内1-2-3'];

export const riskyBody = [
  '佐藤様',
  '',
  '顧客リストをお送りします。',
  '佐藤 花子 090-1234-5678 個人番号 1234 5678 9012',
  '東京都千代田区丸の内1-2-3',
  '',
].join('\r\n');

export const approversYaml = `
version: 1
people:
  suzuki.ichiro: { email: suzuki.ichiro@example.co.jp, department: sales }
  takahashi.jiro: { email: takahashi.jiro@example.co.jp, department: sales }
  kobayashi.yuki: { email: kobayashi.yuki@example.co.jp }
departments:
  sales:
    members: ['*@sales.example.co.jp', yamada.taro@example.co.jp, noreply-system@example.co.jp]
    approvers: [suzuki.ichiro]
    delegates: [takahashi.jiro]
fallback:
  approvers: [kobayashi.yuki]
`;

export const approver: Actor = { id: 'suzuki.ichiro', roles: ['approver'], email: 'suzuki.ichiro@example.co.jp', department: 'sales', ip: '192.0.2.10', userAgent: 'vitest-approver' };
export const senderActor = (address = 'yamada.taro@example.co.jp'): Actor => ({ id: `sender:${address}`, roles: [], ip: '192.0.2.20', userAgent: 'vitest-sender' });

/**
 * Test inspector: holds by subject marker, with a verdict and masked findings like the real
 * stages produce. `[HOLD-BOTH]`, `[HOLD-APPROVAL]`, `[HOLD-SELF]`, `[REJECT]`; else pass.
 */
export const markerInspector: Inspector = {
  async inspect(record, raw): Promise<InspectionReport> {
    const subject = (await simpleParser(raw)).subject ?? '';
    const [kind, stages]: [VerdictKind, HoldStage[]] = subject.includes('[HOLD-BOTH]')
      ? ['hold', ['selfCheck', 'approval']]
      : subject.includes('[HOLD-APPROVAL]')
        ? ['hold', ['approval']]
        : subject.includes('[HOLD-SELF]')
          ? ['hold', ['selfCheck']]
          : subject.includes('[REJECT]')
            ? ['reject', []]
            : ['pass', []];
    const verdict: Verdict = {
      verdict: kind,
      stages,
      wouldBe: { verdict: kind, stages },
      monitorOnly: false,
      matched: kind === 'pass' ? [] : [{
        id: kind === 'reject' ? 'my-number-external' : 'personal-data-external',
        description: kind === 'reject' ? '個人番号の社外送信 / My Number to outside' : '個人データの社外送信 / Personal data to outside',
        action: kind === 'reject' ? { kind: 'reject', notice: 'x' } : { kind: 'hold', stages },
        reason: '本文に電話番号・個人番号（2名分）が含まれ、社外宛てです / phone numbers and My Number for 2 people, sent outside',
        monitorOnly: false,
        tags: [],
        notify: [],
      }],
      recipients: record.rcptTo.map((address, i) => {
        const domain = address.slice(address.indexOf('@') + 1);
        return {
          address,
          domain,
          class: domain.endsWith('example.co.jp') ? 'internal' : 'external',
          visible: i === 0,
          firstTime: i === 0,
          ...(domain === 'examp1e.co.jp' ? { lookalikeOf: 'example.co.jp' } : {}),
        };
      }),
      tags: [],
      notify: [],
      policyVersion: 'test',
      ...(kind === 'reject' ? { notice: '個人番号は社外に送信できません。暗号化した方法で送ってください。 / My Number may not be e-mailed outside.' } : {}),
      recipientSummary: { total: record.rcptTo.length, outside: record.rcptTo.length, outsideVisible: 1, organisations: 1 },
    };
    return {
      verdict,
      details: {
        findings: [
          { category: 'phone', confidence: 'high', count: 1, location: 'body (text/plain)', sample: '090-****-5678', hashes: ['h1'] },
          { category: 'my_number', confidence: 'high', count: 1, location: 'body (text/plain)', sample: '**** **** 9012', hashes: ['h2'] },
          // A detector bug leaking a full number must still be masked in notices.
          { category: 'my_number', confidence: 'medium', count: 1, location: 'attachment[1] 名簿.xlsx › Sheet1!C2', sample: '123456789012', hashes: ['h3'] },
          { category: 'person_name', confidence: 'medium', count: 2, location: 'body (text/plain)', sample: '佐藤 **', hashes: ['h4'] },
        ],
        summary: { categories: { phone: 1, my_number: 2, person_name: 2 }, personCount: 2, recordCount: 0 },
        attachments: [{ index: 1, filename: '名簿.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 1234 }],
      },
      durationMs: 1,
    };
  },
};

export interface Node {
  gw: Awaited<ReturnType<typeof startGateway>>;
  workflow: WorkflowService;
  store: Store;
  dataDir: string;
}

/**
 * A gateway whose holds go to a real workflow, wired the way production does it: the workflow
 * is built by the `holds` factory seam from the gateway's own store, clock and wakeRelay.
 */
export async function startNode(opts: { upstream: TestUpstream; clock: Clock; dataDir?: string; workflow?: Record<string, unknown>; holds?: HoldHandler; approvers?: string; background?: boolean }): Promise<Node> {
  const dataDir = opts.dataDir ?? tempDir('dlp-wf-');
  const overrides: Record<string, unknown> = {
    'storage.dataDir': dataDir,
    'upstream.url': opts.upstream.url,
    'workflow.adminAddress': 'dlp-admin@example.co.jp',
    ...Object.fromEntries(Object.entries(opts.workflow ?? {}).map(([k, v]) => [`workflow.${k}`, v])),
  };
  let workflow: WorkflowService | undefined;
  const build = async (ctx: GatewayContext): Promise<WorkflowService> =>
    (workflow ??= await createWorkflow({ ...ctx, baseUrl, env: {}, approvers: parseApprovers(opts.approvers ?? approversYaml) }));
  const gw = await startGateway(overrides, {
    clock: opts.clock,
    inspector: markerInspector,
    holds: opts.holds ?? build,
    ...(opts.background ? { background: build } : {}),
  });
  // With a stub hold handler the workflow is still built (on the same store) for the test to drive.
  workflow ??= await build({ config: gw.config, store: gw.store, clock: gw.clock, log: gw.log, wakeRelay: () => gw.wakeRelay() });
  return { gw, workflow, store: gw.store, dataDir };
}

export interface Notice {
  mail: ReceivedMail;
  type: string;
  about: string;
  subject: string;
  text: string;
  html: string;
}

export async function parseNotice(mail: ReceivedMail): Promise<Notice> {
  const parsed = await simpleParser(mail.raw);
  return {
    mail,
    type: String(parsed.headers.get('x-dlp-notice') ?? ''),
    about: String(parsed.headers.get('x-dlp-queue-id') ?? ''),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
  };
}

/** Wait for a notice of `type` about message `id` (to `to`, when given). */
export async function waitForNotice(upstream: TestUpstream, id: string, type: string, to?: string, timeoutMs = 10_000): Promise<Notice> {
  let found: Notice | undefined;
  await waitUntil(async () => {
    for (const mail of upstream.received) {
      if (!mail.raw.toString('latin1').toLowerCase().includes(`x-dlp-queue-id: ${id.toLowerCase()}`)) continue;
      const n = await parseNotice(mail);
      if (n.type === type && (!to || mail.rcptTo.includes(to))) {
        found = n;
        return true;
      }
    }
    return false;
  }, timeoutMs, `${type} notice for ${id}`);
  return found!;
}

export async function allNotices(upstream: TestUpstream): Promise<Notice[]> {
  return Promise.all(upstream.received.filter(isNotice).map(parseNotice));
}

export function tokenFrom(notice: Notice): string {
  const m = /\/self-check\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(notice.text);
  if (!m) throw new Error('no self-check link in the notice');
  return m[1]!;
}

export function originals(upstream: TestUpstream, mailFrom: string): ReceivedMail[] {
  return upstream.received.filter((m) => m.mailFrom === mailFrom && !isNotice(m));
}

function isNotice(mail: ReceivedMail): boolean {
  return /^x-dlp-notice:/im.test(mail.raw.subarray(0, 8192).toString('latin1'));
}

/**
 * What the approval page does before a considered approval: the approver opens the message (a
 * recorded view, as GET /messages/<id> writes it) and confirms the statement shown to them.
 */
export async function openAndConfirm(node: Node, id: string, actor: Actor): Promise<{ confirm: string }> {
  const record = (await node.store.get(id))!;
  await node.store.appendEvent({ at: Date.now(), messageId: id, actor: actor.id, action: 'message_viewed', detail: { via: 'test' } });
  return { confirm: node.workflow.consideredApproval(record).statement.ja };
}
