import type { MessageRecord, Store } from '../store/types.js';
import type { ApproversFile } from './approvers/schema.js';
import { principalEmail } from './approvers/route.js';
import { headerFromAddresses, readHold } from './report-facts.js';
import type { Actor } from './types.js';

/** The names an actor goes by: username, e-mail, and the address the routing file gives it. */
function identities(file: ApproversFile, actor: Actor): Set<string> {
  const out = new Set<string>([actor.id.toLowerCase()]);
  if (actor.email) out.add(actor.email.toLowerCase());
  const fromFile = principalEmail(file, actor.id);
  if (fromFile) out.add(fromFile);
  return out;
}

function isRouted(file: ApproversFile, actor: Actor, principals: readonly string[]): boolean {
  const me = identities(file, actor);
  return principals.some((p) => me.has(p.toLowerCase()) || me.has(principalEmail(file, p) ?? '\u0000'));
}

/** Approve/deny: admins always; approvers when routed to this message (approver or delegate). */
export function canDecide(file: ApproversFile, actor: Actor, record: MessageRecord): boolean {
  if (actor.roles.includes('admin')) return true;
  if (!actor.roles.includes('approver')) return false;
  const hold = readHold(record);
  return isRouted(file, actor, [...hold.approvers, ...hold.delegates]);
}

/** See: admins and auditors; the sender (link holder); routed approvers; approvers of the sender's department. */
export function canView(file: ApproversFile, actor: Actor, record: MessageRecord): boolean {
  if (actor.roles.includes('admin') || actor.roles.includes('auditor')) return true;
  if (record.mailFrom && actor.id.toLowerCase() === `sender:${record.mailFrom.toLowerCase()}`) return true;
  if (canDecide(file, actor, record)) return true;
  const department = readHold(record).department;
  return actor.roles.includes('approver') && !!actor.department && !!department && actor.department === department;
}

/**
 * Nobody approves their own mail: the actor's username, e-mail, routing-file address and
 * account address are compared with the envelope sender and the From:/Sender: headers.
 */
export async function isOwnMessage(store: Store, file: ApproversFile, actor: Actor, record: MessageRecord): Promise<boolean> {
  const me = identities(file, actor);
  const account = actor.id.includes(':') ? undefined : await store.getUser(actor.id);
  if (account?.email) me.add(account.email.toLowerCase());
  const raw = record.purged ? undefined : await store.getRaw(record.id);
  const senders = [record.mailFrom.toLowerCase(), ...headerFromAddresses(raw)].filter(Boolean);
  return senders.some((s) => me.has(s));
}

/** An account with no staff role (admin, approver, auditor): it may only use the sender's own page. */
export function isSenderOnly(roles: readonly string[]): boolean {
  return roles.includes('sender') && !roles.some((r) => r === 'admin' || r === 'approver' || r === 'auditor');
}

/** The addresses an account sends as: its e-mail (and its username when that is an address). */
export function senderAddresses(actor: Pick<Actor, 'id' | 'email'>): string[] {
  const out = new Set<string>();
  if (actor.email) out.add(actor.email.trim().toLowerCase());
  if (/^[^\s@:]+@[^\s@]+$/.test(actor.id)) out.add(actor.id.toLowerCase());
  return [...out].filter(Boolean);
}

/**
 * A sender sees a message only when its envelope sender or an address of its From:/Sender:
 * headers is one of the account's addresses. Pure: the caller reads the headers.
 */
export function isSendersOwn(addresses: readonly string[], envelopeSender: string, headerSenders: readonly string[]): boolean {
  if (addresses.length === 0) return false;
  const mine = new Set(addresses.map((a) => a.toLowerCase()));
  return [envelopeSender, ...headerSenders].some((s) => !!s && mine.has(s.toLowerCase()));
}
