/** `dlp-gateway policy check [PATH]`: validate a policy file. Exit 0 valid, 2 invalid or unreadable. */
import { loadCommandPolicy } from './command-policy.js';
import type { CliStreams } from './streams.js';
import type { ApproversFile } from '../../workflow/approvers/schema.js';
import { principalsWithoutAccount, type AccountLike } from '../../workflow/approvers/principals.js';

export interface PolicyCheckOptions {
  /** Default: policies/default.yaml of this package. */
  path?: string;
  dictionariesDir?: string;
  /** The routing in force and the accounts: warn about approvers nobody can act as. */
  approvers?: { file: ApproversFile; path: string; users: readonly AccountLike[] };
}

export async function runPolicyCheck(options: PolicyCheckOptions, streams: CliStreams): Promise<number> {
  const policy = await loadCommandPolicy({ policy: options.path, dictionariesDir: options.dictionariesDir }, streams);
  if (!policy) return 2;
  streams.stdout.write(`OK ${policy.path}: ${policy.rules.length} rules, mode ${policy.mode}, version ${policy.version.slice(0, 12)}\n`);
  if (options.approvers) {
    const missing = principalsWithoutAccount(options.approvers.file, options.approvers.users);
    for (const m of missing) {
      streams.stdout.write(`WARN ${options.approvers.path}: ${m.principal}${m.email ? ` <${m.email}>` : ''} (${m.where.join(', ')}) has no enabled approver or admin account: notices reach them but nobody can approve as them (dlp-gateway user add ${m.principal} --role approver …)\n`);
    }
    if (!missing.length) streams.stdout.write(`OK ${options.approvers.path}: every approver and delegate has an account\n`);
  }
  return 0;
}
