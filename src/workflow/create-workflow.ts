import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { MessageRecord, Store } from '../store/types.js';
import { loadApprovers } from './approvers/load.js';
import { emptyDirectoryView, type DirectoryView } from '../directory/view.js';
import { rerouteFromDisabled, type DisabledIdentities } from './reroute-disabled.js';
import { namedPrincipals } from './approvers/principals.js';
import { principalEmail, routeApprovers } from './approvers/route.js';
import type { ApproversFile } from './approvers/schema.js';
import type { WorkflowContext } from './context.js';
import { tick } from './deadlines.js';
import { approve, consideredFor, reject, returnToSender } from './decide.js';
import { fatigueHint } from './fatigue.js';
import { onHeld, onRejected } from './on-held.js';
import { canDecide, canView } from './permissions.js';
import { createTickScheduler } from './scheduler.js';
import { loadSecret } from './secret.js';
import { cancelSelfCheck, confirmSelfCheck, openSelfCheck } from './self-check.js';
import type { Actor, FatigueHint, Workflow, WorkflowResult } from './types.js';
import type { ConsideredApproval } from './considered.js';
import { cancelDelayed, onDelayed, openDelayed, sendDelayedNow } from './delay/actions.js';
import { cachedHeaderSenders, cancelOwn, listOwnMessages, loadOwnMessage, ownSelfCheckPath, sendOwnNow } from './sender-mail.js';

export interface WorkflowDeps {
  config: GatewayConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  /** Wake the relay stage after a release (late-bound: the gateway may not exist yet). */
  wakeRelay: () => void;
  /** Public base URL for links; default `web.baseUrl`, else `http://<web.host>:<web.port>`. */
  baseUrl?: string;
  /** Environment (DLP_SECRET); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Routing given directly instead of read from `workflow.approversPath` (tests, embedding). */
  approvers?: ApproversFile;
  /** The directory copy in force (src/directory/service.ts); default: no directory. */
  directory?: () => DirectoryView;
}

/** Workflow plus lifecycle: the deadline ticker and reloading the approver routing. */
export interface WorkflowService extends Workflow {
  canDecide(actor: Actor, record: MessageRecord): boolean;
  fatigueHint(record: MessageRecord): Promise<FatigueHint>;
  returnToSender(id: string, actor: Actor, comment: string): Promise<WorkflowResult>;
  consideredApproval(record: MessageRecord): ConsideredApproval;
  /** Re-read the approvers file; on error the current routing stays and the error is thrown. */
  reloadApprovers(): Promise<void>;
  /** Held mail routed to people disabled in the directory goes to their delegates (or is routed anew). */
  rerouteFromDisabled(gone: DisabledIdentities, actor: string): Promise<{ rerouted: string[] }>;
  /** E-mail addresses of the sender's approvers by the routing (上長Bcc); empty when only the fallback group applies. */
  supervisorsOf(sender: string, now: number): string[];
  /** Start the periodic tick (deadlines, reminders, escalation, retention). */
  start(): void;
  stop(): Promise<void>;
}

export async function createWorkflow(deps: WorkflowDeps): Promise<WorkflowService> {
  const { config, store, clock } = deps;
  const settings = config.workflow;
  const log = deps.log.child({ stage: 'workflow' });
  const approversPath = path.resolve(settings.approversPath);
  let approvers: ApproversFile;
  if (deps.approvers) approvers = deps.approvers;
  else {
    const loaded = await loadApprovers(approversPath);
    if (loaded.missing) log.warn({ file: approversPath }, 'no approver routing file: every hold goes to the administrators');
    approvers = loaded.approvers;
  }
  const baseUrl = (deps.baseUrl || config.web.baseUrl || `http://${config.web.host}:${config.web.port}`).replace(/\/+$/, '');
  const ctx: WorkflowContext = {
    store,
    clock,
    log,
    wakeRelay: deps.wakeRelay,
    baseUrl,
    hostname: config.smtp.hostname ?? os.hostname(),
    key: loadSecret({ configured: settings.secret, env: (deps.env ?? process.env).DLP_SECRET, dataDir: config.storage.dataDir, log }),
    settings,
    calendar: { holidays: settings.holidays, extraHolidays: settings.extraHolidays },
    approvers: () => approvers,
    directory: deps.directory ?? (() => emptyDirectoryView),
  };
  const headerSenders = cachedHeaderSenders(ctx);
  const scheduler = createTickScheduler({ tick: (now) => tick(ctx, now), clock, log, intervalMs: settings.tickIntervalMs });
  return {
    onHeld: (record) => onHeld(ctx, record),
    onRejected: (record) => onRejected(ctx, record),
    onDelayed: (record) => onDelayed(ctx, record),
    openDelayed: (token, purpose, actor) => openDelayed(ctx, token, purpose, actor),
    sendDelayedNow: (token, actor) => sendDelayedNow(ctx, token, actor),
    cancelDelayed: (token, actor) => cancelDelayed(ctx, token, actor),
    senderMail: {
      list: (actor, limit) => listOwnMessages(ctx, actor, limit, headerSenders),
      load: (id, actor) => loadOwnMessage(ctx, id, actor),
      sendNow: (id, actor) => sendOwnNow(ctx, id, actor),
      cancel: (id, actor) => cancelOwn(ctx, id, actor),
      selfCheckPath: (id, actor) => ownSelfCheckPath(ctx, id, actor),
    },
    openSelfCheck: (token, actor) => openSelfCheck(ctx, token, actor),
    confirmSelfCheck: (token, actor) => confirmSelfCheck(ctx, token, actor),
    cancelSelfCheck: (token, actor) => cancelSelfCheck(ctx, token, actor),
    approve: (id, actor, comment, options) => approve(ctx, id, actor, comment, options),
    reject: (id, actor, comment, options) => reject(ctx, id, actor, comment, options?.reason),
    returnToSender: (id, actor, comment) => returnToSender(ctx, id, actor, comment),
    consideredApproval: (record) => consideredFor(ctx, record),
    namedPrincipals: () => namedPrincipals(approvers),
    canView: (actor, record) => canView(approvers, actor, record),
    canDecide: (actor, record) => canDecide(approvers, actor, record),
    fatigueHint: (record) => fatigueHint(store, record, clock.now()),
    tick: (now) => tick(ctx, now),
    supervisorsOf: (sender, now) => {
      const route = routeApprovers(approvers, sender, now, ctx.directory());
      if (route.fallback) return [];
      return [...new Set(route.approvers.flatMap((p) => principalEmail(approvers, p) ?? []))];
    },
    async reloadApprovers() {
      if (deps.approvers) return;
      approvers = (await loadApprovers(approversPath)).approvers;
      log.info({ file: approversPath }, 'approver routing reloaded');
    },
    rerouteFromDisabled: (gone, actor) => rerouteFromDisabled(ctx, gone, actor),
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
  };
}
