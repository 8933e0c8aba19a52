/**
 * Hot reload: watch the policy file, re-validate on change, swap only when valid.
 * A broken edit never takes the gateway down: the last good policy stays and the error is logged.
 */
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { PolicyError } from './errors.js';
import { loadPolicy, type LoadPolicyOptions } from './load-policy.js';
import type { LoadedPolicy } from './loaded-policy.js';

/** Structural subset of a pino logger. */
export interface PolicyLog {
  info(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

export type ReloadOutcome = 'changed' | 'unchanged' | 'invalid';

export interface PolicyWatcherOptions extends LoadPolicyOptions {
  /** Quiet period after the last file event before reloading (editors write in several steps). */
  debounceMs?: number;
}

export class PolicyWatcher {
  private policy: LoadedPolicy | undefined;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<ReloadOutcome> = Promise.resolve('unchanged');

  constructor(
    private readonly path: string,
    private readonly onChange: (policy: LoadedPolicy, previous: LoadedPolicy) => void,
    private readonly log: PolicyLog,
    private readonly options: PolicyWatcherOptions = {},
  ) {}

  /** Load the policy (throws PolicyError when the initial file is invalid) and start watching. */
  async start(): Promise<LoadedPolicy> {
    const policy = await loadPolicy(this.path, this.options);
    this.policy = policy;
    this.log.info({ path: this.path, version: policy.version, mode: policy.mode, rules: policy.rules.length }, 'policy loaded');
    // Watch the directory: editors and config tools replace the file (new inode) rather than write in place.
    this.watcher = watch(dirname(this.path), (_event, filename) => {
      if (filename === null || filename.toString() === basename(this.path)) this.scheduleReload();
    });
    this.watcher.on('error', (error) => this.log.error({ path: this.path, err: String(error) }, 'policy watch failed'));
    return policy;
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  current(): LoadedPolicy {
    if (!this.policy) throw new Error('PolicyWatcher.current() called before start()');
    return this.policy;
  }

  /** Re-read now (also used for SIGHUP). Reloads are serialised. */
  reload(): Promise<ReloadOutcome> {
    this.reloading = this.reloading.then(() => this.reloadOnce());
    return this.reloading;
  }

  private scheduleReload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.reload();
    }, this.options.debounceMs ?? 150);
  }

  private async reloadOnce(): Promise<ReloadOutcome> {
    const previous = this.current();
    try {
      const next = await loadPolicy(this.path, this.options);
      if (next.version === previous.version) return 'unchanged';
      this.policy = next;
      this.log.info({ path: this.path, version: next.version, previousVersion: previous.version, mode: next.mode }, 'policy reloaded');
      this.onChange(next, previous);
      return 'changed';
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof PolicyError ? error.code : 'POLICY_RELOAD_FAILED';
      this.log.error({ path: this.path, code, err: message, keptVersion: previous.version }, `policy reload failed; keeping version ${previous.version.slice(0, 12)}`);
      return 'invalid';
    }
  }
}
