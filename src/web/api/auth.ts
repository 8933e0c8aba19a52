import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../store/types.js';
import { hasRole } from '../context.js';
import { apiError } from './errors.js';
import { isSenderOnly } from '../../workflow/permissions.js';

/** API guard: a session or token is required, and optionally one of `roles`. Sends the error itself. */
export function requireApiAuth(req: FastifyRequest, reply: FastifyReply, ...roles: Role[]): boolean {
  if (!req.dlpAuth) {
    void apiError(reply, 401, 'unauthorized', 'sign in or send Authorization: Bearer <id>.<secret>');
    return false;
  }
  // Sender accounts have their page (/my) and no API: the API lists and decides other people's mail.
  if (isSenderOnly(req.dlpAuth.user.roles)) {
    void apiError(reply, 403, 'forbidden', 'sender accounts have no API access');
    return false;
  }
  if (roles.length && !hasRole(req.dlpAuth, ...roles)) {
    void apiError(reply, 403, 'forbidden', `requires role ${roles.join(' or ')}`);
    return false;
  }
  return true;
}
