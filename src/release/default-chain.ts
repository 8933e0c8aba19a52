/**
 * The ordered release chain. Order matters and is fixed here:
 *   1. forced-bcc            (approver's choice: To/Cc hidden)
 *   2. separate-attachments  (policy: attachments → download link)
 *   3. subject-prefix        (policy `modify`: 【社外】 …)
 *   4. add-bcc               (policy `modify`: 上長/archive Bcc, envelope only)
 *   5. header steps of other modules — pass them in `extra`
 *   6. steps that must see the final bytes — `last`
 *   7. dkim-sign             (config `dkim.*`): signs exactly the bytes that leave — whatever
 *                            the steps above changed — or every message with `dkim.sign: all`
 */
import type { GatewayConfig } from '../config/schema.js';
import type { Store } from '../store/types.js';
import { loadDkimKeys } from './dkim-keys.js';
import { forcedBcc } from './forced-bcc.js';
import { createAddBccStep, createDkimStep, subjectPrefixStep, type DkimSettings, type SupervisorLookup } from './modify.js';
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
  /** 上長Bcc: the sender's supervisors (production: the approver routing); default: none. */
  supervisorOf?: SupervisorLookup;
  /** Default: `dkim.*` of the configuration (keys read now; a bad key throws DKIM_KEY_INVALID). */
  dkim?: DkimSettings;
}): ReleaseTransform[] {
  const vault = opts.vault ?? vaultFromConfig(opts.config);
  const separate = vault ? createSeparateAttachments({ store: opts.store, vault, publicUrl: opts.config.download.publicUrl || 'http://127.0.0.1' }) : separationUnavailable;
  const dkim = opts.dkim ?? { sign: opts.config.dkim.sign, keys: loadDkimKeys(opts.config.dkim) };
  return [
    forcedBcc,
    separate,
    subjectPrefixStep,
    createAddBccStep(opts.supervisorOf ?? (() => [])),
    ...(opts.extra ?? []),
    ...(opts.last ?? []),
    createDkimStep(dkim),
  ];
}
