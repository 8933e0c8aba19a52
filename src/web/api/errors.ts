import type { FastifyReply } from 'fastify';
import type { WorkflowError } from '../../workflow/types.js';

export type ApiErrorCode =
  | WorkflowError
  | 'unauthorized'
  | 'csrf_failed'
  | 'bad_request'
  /** Changed by someone else meanwhile (incident version): reload and retry. */
  | 'conflict'
  /** An incident can only be recorded for a message that left. */
  | 'not_left'
  | 'too_large'
  | 'unsupported_media_type'
  | 'internal_error';

/** Every API error: `{"error":{"code":"…","message":"…"}}` with a matching HTTP status. */
export function apiError(reply: FastifyReply, status: number, code: ApiErrorCode, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

export function workflowStatus(error: WorkflowError): number {
  switch (error) {
    case 'not_found':
    case 'token_invalid':
      return 404;
    case 'wrong_state':
      return 409;
    case 'forbidden':
    case 'self_approval':
      return 403;
    case 'token_expired':
    case 'token_used':
      return 410;
    case 'view_required':
    case 'confirmation_required':
    case 'reason_required':
      return 422;
    default: {
      const never: never = error;
      return Number(never) || 400;
    }
  }
}
