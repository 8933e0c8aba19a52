/**
 * The ordered release chain. Order matters and is fixed here:
 *   1. forced-bcc            (approver's choice: To/Cc hidden)
 *   2. separate-attachments  (policy: attachments → download link)
 *   3. header steps of other modules (Bcc add, subject prefix) — pass them in `extra`
 *   4. signing (DKIM) — `last`, so it signs exactly the bytes that leave
 */
import type { GatewayConfig } from '../config/schema.js';
import type { Store } from '../store/types.js';
import { forcedBcc } from './forced-bcc.js';
import { createSeparateAttachments } from './separate-attachments.js';
import { separationOf, type ReleaseTransform } from './types.js';
import { FileVault, parseMasterKey } from './vault.js';

export class DownloadConfigError extends Error {
  readonly code = 'DOWNLOAD_MASTER_KEY_MISSING';
  constructor(message: string) {
    super(`DOWNLOAD_MASTER_KEY_MISSING: ${message}`);
    this.name = 'DownloadConfigError';
  }
}

/**
 * Start-up check (exit 2): a policy that separates attachments needs a master key and the
 * recipients' listener with a public URL; otherwise mail would wait forever.
 */
export function checkSeparationConfig(config: GatewayConfig, rules: ReadonlyArray<{ id: string; action: { kind: string } }>): void {
  const rule = rules.find((r) => r.action.kind === 'separateAttachments');
  if (!rule) return;
  if (!config.download.masterKey?.trim()) {
    throw new DownloadConfigError(
      `policy rule "${rule.id}" uses separateAttachments, but no master key is configured: set DLP_DOWNLOAD_MASTER_KEY (or download.masterKey) to 32 random bytes, e.g. $(openssl rand -base64 32)`,
    );
  }
  parseMasterKey(config.download.masterKey);
  if (!config.download.enabled) {
    throw new DownloadConfigError(`policy rule "${rule.id}" uses separateAttachments, but download.enabled is false: enable the download listener and set download.publicUrl`);
  }
}

/** The vault when a master key is configured (config download.masterKey or env DLP_DOWNLOAD_MASTER_KEY). */
export function vaultFromConfig(config: GatewayConfig): FileVault | undefined {
  const key = config.download.masterKey?.trim();
  return key ? new FileVault(parseMasterKey(key)) : undefined;
}

/**
 * Mail a rule asks to separate is never sent with its attachments because a key is missing:
 * without a vault this step defers the message (4xx-like retry) with an actionable error.
 */
const separationUnavailable: ReleaseTransform = {
  name: 'separate-attachments',
  appliesTo: (ctx) => separationOf(ctx) !== undefined,
  apply() {
    throw new DownloadConfigError('a policy rule uses separateAttachments but no download.masterKey / DLP_DOWNLOAD_MASTER_KEY is configured; the message waits in the queue');
  },
};

export function createReleaseChain(opts: {
  store: Store;
  config: GatewayConfig;
  vault?: FileVault | undefined;
  extra?: readonly ReleaseTransform[];
  last?: readonly ReleaseTransform[];
}): ReleaseTransform[] {
  const vault = opts.vault ?? vaultFromConfig(opts.config);
  const separate = vault ? createSeparateAttachments({ store: opts.store, vault, publicUrl: opts.config.download.publicUrl || 'http://127.0.0.1' }) : separationUnavailable;
  return [forcedBcc, separate, ...(opts.extra ?? []), ...(opts.last ?? [])];
}
