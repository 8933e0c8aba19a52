/** `dlp-gateway policy check [PATH]`: validate a policy file. Exit 0 valid, 2 invalid or unreadable. */
import { loadCommandPolicy } from './command-policy.js';
import type { CliStreams } from './streams.js';

export interface PolicyCheckOptions {
  /** Default: policies/default.yaml of this package. */
  path?: string;
  dictionariesDir?: string;
}

export async function runPolicyCheck(options: PolicyCheckOptions, streams: CliStreams): Promise<number> {
  const policy = await loadCommandPolicy({ policy: options.path, dictionariesDir: options.dictionariesDir }, streams);
  if (!policy) return 2;
  streams.stdout.write(`OK ${policy.path}: ${policy.rules.length} rules, mode ${policy.mode}, version ${policy.version.slice(0, 12)}\n`);
  return 0;
}
