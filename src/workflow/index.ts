/** Hold workflow: self-check → approval → release, with notices, signed links and deadlines. */
export { createWorkflow, type WorkflowDeps, type WorkflowService } from './create-workflow.js';
export { createTickScheduler, type TickScheduler } from './scheduler.js';
export { loadApprovers, parseApprovers } from './approvers/load.js';
export { routeApprovers, type ApproverRoute } from './approvers/route.js';
export { ApproversError } from './approvers/errors.js';
export { computeFatigue } from './fatigue.js';
export { addBusinessDays, isBusinessDay } from './business-days.js';
export { loadSecret } from './secret.js';
export { signToken, verifyToken } from './tokens.js';
export type * from './types.js';
