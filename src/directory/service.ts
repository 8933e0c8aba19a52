import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { Store } from '../store/types.js';
import { ldapSource, type DirectorySource } from './ldap-source.js';
import { lostAccess, syncDirectory, type SyncOutcome } from './sync.js';
import type { DirectorySyncStatus } from './types.js';
import { directoryView, emptyDirectoryView, type DirectoryView } from './view.js';

/** Told after each successful sync who lost access (workflow: re-route their held approvals). */
export type LostAccessHandler = (gone: { emails: string[]; usernames: string[] }, actor: string) => Promise<unknown>;

/** What /healthz says: ok, or degraded with a reason (never a 503: mail flows on the last good copy). */
export interface DirectoryHealth {
  ok: boolean;
  reason?: string;
  lastSuccessAt: number | null;
}

export interface DirectoryService {
  /** True when `directory.ldap` is configured. */
  readonly configured: boolean;
  /** The copy in force, for routing and policy (synchronous). */
  view(): DirectoryView;
  status(): Promise<DirectorySyncStatus>;
  health(): DirectoryHealth;
  /** Sync now (admin page, CLI, timer); concurrent calls share one run. */
  syncNow(trigger: string): Promise<SyncOutcome>;
  onLostAccess(handler: LostAccessHandler): void;
  /** Load the copy in force from the store, sync once, then every `directory.intervalMs`. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface DirectoryServiceDeps {
  config: GatewayConfig;
  store: Store;
  clock: Clock;
  log: Logger;
  /** The LDAP seam; default ldapts against directory.ldap. */
  source?: DirectorySource;
  env?: NodeJS.ProcessEnv;
}

export function createDirectoryService(deps: DirectoryServiceDeps): DirectoryService {
  const settings = deps.config.directory;
  const ldap = settings.ldap;
  const log = deps.log.child({ stage: 'directory' });
  const source = deps.source ?? (ldap ? ldapSource(ldap, deps.env) : undefined);
  let current: DirectoryView = emptyDirectoryView;
  let health: DirectoryHealth = { ok: true, lastSuccessAt: null };
  let running: Promise<SyncOutcome> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let handler: LostAccessHandler | undefined;
  let stopped = false;

  const refreshHealth = (status: DirectorySyncStatus) => {
    // A success clears the failure fields: a failure recorded is one since the last success.
    const failedLast = status.lastFailureAt !== null;
    health = failedLast
      ? { ok: false, reason: `directory sync failed${status.lastSuccessAt ? '; routing uses the last good copy' : '; no copy yet'}: ${status.lastFailureReason ?? 'unknown'}`, lastSuccessAt: status.lastSuccessAt }
      : { ok: true, lastSuccessAt: status.lastSuccessAt };
  };

  const runOnce = async (trigger: string): Promise<SyncOutcome> => {
    if (!source || !ldap) return { ok: false, code: 'DIRECTORY_NOT_CONFIGURED', reason: 'directory.ldap is not configured' };
    const outcome = await syncDirectory(
      { store: deps.store, clock: deps.clock, log, source, settings: { attributes: ldap.attributes, disabled: ldap.disabled, maxRemovedShare: ldap.maxRemovedShare } },
      trigger,
    );
    if (outcome.ok) {
      current = directoryView(outcome.snapshot);
      const people = lostAccess(outcome.snapshot, outcome.diff);
      const emails = people.flatMap((p) => [p.email, ...p.aliases]);
      const lost = new Set(emails);
      const usernames = (await deps.store.listUsers()).filter((u) => lost.has(u.email.trim().toLowerCase())).map((u) => u.username);
      if (handler && (emails.length || usernames.length)) {
        try {
          await handler({ emails, usernames }, 'directory-sync');
        } catch (err) {
          // The next sync tries again (the re-routing is idempotent).
          log.error({ err: (err as Error).message }, 're-routing approvals of people disabled in the directory failed');
        }
      }
    }
    refreshHealth(await deps.store.directoryStatus());
    return outcome;
  };

  const schedule = () => {
    if (stopped || settings.intervalMs === 0) return;
    timer = setTimeout(() => {
      void service.syncNow('interval').finally(schedule);
    }, settings.intervalMs);
    timer.unref();
  };

  const service: DirectoryService = {
    configured: !!ldap,
    view: () => current,
    status: () => deps.store.directoryStatus(),
    health: () => health,
    syncNow(trigger) {
      running ??= runOnce(trigger).finally(() => (running = undefined));
      return running;
    },
    onLostAccess(h) {
      handler = h;
    },
    async start() {
      // The last good copy first: routing works at once, also while the directory is down.
      const snapshot = await deps.store.loadDirectory();
      current = snapshot.people.length || snapshot.groups.length ? directoryView(snapshot) : emptyDirectoryView;
      refreshHealth(await deps.store.directoryStatus());
      if (!ldap) return;
      void service.syncNow('start').finally(schedule);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
  return service;
}
