/**
 * A gateway with a real workflow and the web UI on a manual clock, for the send delay: the
 * inspector (test/workflow/harness.ts markerInspector) plus `[DELAY]` in the subject → pass with
 * a 5-minute send delay and a notice; `[DELAY-AFTER]` on a hold → delay after the release.
 */
import { simpleParser } from 'mailparser';
import type { Clock } from '../../src/clock.js';
import type { GatewayContext } from '../../src/gateway.js';
import type { Inspector } from '../../src/pipeline/types.js';
import type { Store } from '../../src/store/types.js';
import { createWebUi } from '../../src/web/ui.js';
import { parseApprovers } from '../../src/workflow/approvers/load.js';
import { createWorkflow, type WorkflowService } from '../../src/workflow/create-workflow.js';
import { startGateway, tempDir } from '../helpers/gateway.js';
import type { TestUpstream } from '../helpers/upstream.js';
import { approversYaml, markerInspector } from '../workflow/harness.js';

export const delayMs = 5 * 60_000;

export const delayInspector: Inspector = {
  async inspect(record, raw) {
    const report = await markerInspector.inspect(record, raw);
    const subject = (await simpleParser(raw)).subject ?? '';
    const verdict = report.verdict;
    if (subject.includes('[DELAY]') && verdict.verdict === 'pass') {
      verdict.delay = { delayMs, notify: true, afterHold: false };
      verdict.matched = [{ id: 'outside-send-delay', description: '社外宛ての一時保留 / Send delay', action: { kind: 'delay', ...verdict.delay }, reason: '外部宛先 / external', monitorOnly: false, tags: [], notify: [] }];
    }
    if (subject.includes('[DELAY-AFTER]')) verdict.delay = { delayMs, notify: true, afterHold: true };
    return report;
  },
};

export interface DelayNode {
  gw: Awaited<ReturnType<typeof startGateway>>;
  workflow: WorkflowService;
  store: Store;
  dataDir: string;
  web: string;
}

export async function startDelayNode(opts: { upstream: TestUpstream; clock: Clock; dataDir?: string; storeUrl?: string }): Promise<DelayNode> {
  const dataDir = opts.dataDir ?? tempDir('dlp-delay-');
  let workflow: WorkflowService | undefined;
  const build = async (ctx: GatewayContext): Promise<WorkflowService> =>
    (workflow ??= await createWorkflow({ ...ctx, baseUrl: 'https://dlp.example.co.jp', env: {}, approvers: parseApprovers(approversYaml) }));
  const gw = await startGateway(
    {
      'storage.dataDir': dataDir,
      ...(opts.storeUrl ? { 'storage.url': opts.storeUrl } : {}),
      'upstream.url': opts.upstream.url,
      'workflow.adminAddress': 'dlp-admin@example.co.jp',
      'workflow.secret': 'd'.repeat(40),
      'web.host': '127.0.0.1',
    },
    {
      clock: opts.clock,
      inspector: delayInspector,
      holds: build,
      webPlugins: [async (app, g) => createWebUi({ store: g.store, workflow: await build({ config: g.config, store: g.store, clock: g.clock, log: g.log, wakeRelay: () => g.wakeRelay() }), clock: g.clock, log: g.log, config: g.config, wakeRelay: g.wakeRelay })(app)],
    },
  );
  workflow ??= await build({ config: gw.config, store: gw.store, clock: gw.clock, log: gw.log, wakeRelay: () => gw.wakeRelay() });
  return { gw, workflow, store: gw.store, dataDir, web: `http://127.0.0.1:${gw.webPort}` };
}

/** The path of a delay link in a notice's text (`/delay/<token>/send-now` or `/cancel`). */
export function delayLinkPath(text: string, action: 'send-now' | 'cancel'): string {
  const m = new RegExp(`https://dlp\\.example\\.co\\.jp(/delay/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+/${action})`).exec(text);
  if (!m) throw new Error(`no ${action} link in the notice`);
  return m[1]!;
}

/** Open a delay page like a browser (GET), then press its button (POST with the form's token and the cookie). */
export async function pressButton(web: string, path: string): Promise<{ page: string; status: number; result: string; resultStatus: number }> {
  const get = await fetch(`${web}${path}`, { headers: { 'accept-language': 'ja' } });
  const page = await get.text();
  const cookie = (get.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  const post = await fetch(`${web}${path}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: web },
    body: new URLSearchParams({ _csrf: csrf }).toString(),
    redirect: 'manual',
  });
  return { page, status: get.status, result: await post.text(), resultStatus: post.status };
}
