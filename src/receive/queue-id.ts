import { randomBytes } from 'node:crypto';

/** Time-ordered, unguessable queue id (also used in URLs): 10 base36 time chars + 12 hex. */
export function newQueueId(now: number): string {
  return `${now.toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`.toUpperCase();
}
