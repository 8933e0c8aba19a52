import { watch } from 'node:fs';
import path from 'node:path';
import type { GatewayConfig } from './config/schema.js';
import type { Logger } from './log/logger.js';
import type { GatewayContext, GatewaySeams } from './gateway.js';

/**
 * The production composition: inspection (extract → detect → policy in worker threads) and the
 * hold workflow (notices, self-check, approval, deadlines, retention) and the web UI as the gateway's seams.
 */
export async function createProductionSeams(config: GatewayConfig, log: Logger): Promise<GatewaySeams> {
  const [{ createDefaultInspection }, { createWorkflow }, { createWebUi }] = await Promise.all([
    import('./inspect/default.js'),
    import('./workflow/index.js'),
    import('./web/ui.js'),
  ]);
  const inspection = await createDefaultInspection(config, log);
  // One workflow instance serves as the hold handler and as the background deadline ticker.
  let workflow: ReturnType<typeof createWorkflow> | undefined;
  const theWorkflow = (ctx: GatewayContext) => (workflow ??= createWorkflow(ctx).then(watchApprovers));
  // Approver routing is reloaded when its file changes; on an invalid file the current routing stays.
  const watchApprovers = <W extends { reloadApprovers(): Promise<void> }>(wf: W): W => {
    const file = path.resolve(config.workflow.approversPath);
    let timer: NodeJS.Timeout | undefined;
    try {
      watch(path.dirname(file), (_event, name) => {
        if (name !== null && name.toString() !== path.basename(file)) return;
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          wf.reloadApprovers().then(
            () => undefined,
            (err: unknown) => log.error({ file, err: (err as Error).message }, 'approver routing invalid; the previous routing stays'),
          );
        }, 300);
        timer.unref();
      }).unref();
    } catch (err) {
      log.warn({ file, err: (err as Error).message }, 'cannot watch the approvers file; reload needs a restart');
    }
    return wf;
  };
  return {
    ...inspection,
    holds: theWorkflow,
    background: theWorkflow,
    // 上長Bcc: the sender's approvers by the same routing the holds use (reloaded with it).
    supervisors: async (ctx: GatewayContext) => {
      const wf = await theWorkflow(ctx);
      return (sender: string, now: number) => wf.supervisorsOf(sender, now);
    },
    // The supervisor queue, self-check pages and REST API, on the same Fastify server as /healthz.
    webPlugins: [
      async (app, gateway) => {
        const ctx = { config: gateway.config, store: gateway.store, clock: gateway.clock, log: gateway.log, wakeRelay: gateway.wakeRelay };
        await createWebUi({ ...ctx, workflow: await theWorkflow(ctx) })(app);
      },
    ],
  };
}
