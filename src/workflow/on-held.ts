import type { MessageRecord } from '../store/types.js';
import { queueNotice, summarize, type WorkflowContext } from './context.js';
import { notifyStage } from './notify-stage.js';
import { rejectedByPolicy } from './notices/content.js';
import { routeHold } from './route-hold.js';

/** The pipeline held a message: route it, set its deadline, tell the sender or the approvers. */
export async function onHeld(ctx: WorkflowContext, record: MessageRecord): Promise<void> {
  const routed = await routeHold(ctx, record);
  if (!routed) return; // someone else moved it meanwhile
  await notifyStage(ctx, routed.record);
}

/** The policy refused a message: the sender gets the rule's notice text (never for a null sender). */
export async function onRejected(ctx: WorkflowContext, record: MessageRecord): Promise<void> {
  if (!record.mailFrom) return;
  await queueNotice(ctx, record, 'rejected', [record.mailFrom], rejectedByPolicy(await summarize(ctx, record)));
}
