import { watch } from 'node:fs';
import path from 'node:path';
import type { GatewayConfig } from './config/schema.js';
import type { Logger } from './log/logger.js';
import type { GatewayContext, GatewaySeams } from './gateway.js';
import type { DirectoryService } from './directory/service.js';

/**
 * The production composition: inspection (extract → detect → policy in worker threads) and the
 * hold workflow (notices, self-check, approval, deadlines, retention) and the web UI as the gateway's seams.
 */
export async function createProductionSeams(config: GatewayConfig, log: Logger): Promise<GatewaySeams> {
  // Inspection first: its worker threads start loading while this thread imports the rest.
  // The web UI's module graph (Fastify pages, previews with the whole extraction stack) is
  // imported only when the web server starts, so a gateway without it never loads it.
  // Directory sync (issue 19): the copy in force feeds approver routing and policy sender
  // conditions; people who lose access have their held approvals re-routed by the workflow.
  const { createDefaultInspection } = await import('./inspect/default.js');
  const { senderDirectoryFacts } = await import('./directory/view.js');
  let directory: DirectoryService | undefined;
  const inspection = await createDefaultInspection(config, log, (address) => (directory ? senderDirectoryFacts(directory.view(), address) : undefined));
  const { createWorkflow } = await import('./workflow/index.js');
  const { createDirectoryService } = await import('./directory/service.js');
  const theDirectory = (ctx: GatewayContext) => (directory ??= createDirectoryService(ctx));
  // One workflow instance serves as the hold handler and as the background deadline ticker.
  let workflow: ReturnType<typeof createWorkflow> | undefined;
  const theWorkflow = (ctx: GatewayContext) =>
    (workflow ??= (async () => {
      const dir = theDirectory(ctx);
      const wf = await createWorkflow({ ...ctx, directory: () => dir.view() });
      dir.onLostAccess((gone, actor) => wf.rerouteFromDisabled(gone, actor));
      return watchApprovers(wf);
    })());
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
    background: async (ctx) => {
      const wf = await theWorkflow(ctx);
      const dir = theDirectory(ctx);
      return {
        start: () => {
          wf.start();
          dir.start().catch((err: unknown) => log.error({ err: (err as Error).message }, 'directory: cannot load the copy in force'));
        },
        stop: async () => {
          await dir.stop();
          await wf.stop();
        },
      };
    },
    health: { directory: () => (directory?.configured ? directory.health() : undefined) },
    // 上長Bcc: the sender's approvers by the same routing the holds use (reloaded with it).
    supervisors: async (ctx: GatewayContext) => {
      const wf = await theWorkflow(ctx);
      return (sender: string, now: number) => wf.supervisorsOf(sender, now);
    },
    // The supervisor queue, self-check pages and REST API, on the same Fastify server as /healthz.
    webPlugins: [
      async (app, gateway) => {
        const ctx = { config: gateway.config, store: gateway.store, clock: gateway.clock, log: gateway.log, wakeRelay: gateway.wakeRelay };
        const { createWebUi } = await import('./web/ui.js');
        await createWebUi({ ...ctx, workflow: await theWorkflow(ctx), directory: theDirectory(ctx) })(app);
      },
    ],
  };
}
