/** Policy loading shared by the commands: errors go to stderr as `CODE at file:line key: message`. */
import { normalizeDomain } from '../domains.js';
import { PolicyError } from '../errors.js';
import { defaultPolicyPath, loadPolicy } from '../load-policy.js';
import type { LoadedPolicy } from '../loaded-policy.js';
import { errorMessage, type CliStreams } from './streams.js';

export interface CommandPolicyOptions {
  /** Default: policies/default.yaml of this package. */
  policy?: string;
  dictionariesDir?: string;
}

/** The loaded policy, or undefined after writing the reason to stderr. */
export async function loadCommandPolicy(options: CommandPolicyOptions, streams: CliStreams): Promise<LoadedPolicy | undefined> {
  const path = options.policy ?? defaultPolicyPath;
  try {
    return await loadPolicy(path, options.dictionariesDir === undefined ? {} : { dictionariesDir: options.dictionariesDir });
  } catch (error) {
    streams.stderr.write(`${error instanceof PolicyError ? error.message : `POLICY_INVALID at ${path}: ${errorMessage(error)}`}\n`);
    return undefined;
  }
}

/** `--internal-domain D`: treat D (and its subdomains) as internal in addition to the policy's domains. */
export function withExtraInternalDomains(policy: LoadedPolicy, domains: readonly string[]): LoadedPolicy {
  if (domains.length === 0) return policy;
  const internalDomains = [...new Set([...policy.organisation.internalDomains, ...domains.map(normalizeDomain)])];
  return { ...policy, organisation: { ...policy.organisation, internalDomains } };
}
