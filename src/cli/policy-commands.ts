import type { Command } from 'commander';
import type { StoredMessage } from '../policy/cli/index.js';
import type { InspectionReport } from '../pipeline/types.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const streams = { stdout: process.stdout, stderr: process.stderr };

/** `scan`, `policy check`, `policy test` and `replay`: policy work without a running gateway. */
export function registerPolicyCommands(program: Command, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('inspect one message file and print findings and the verdict / メールファイルを検査して判定を表示')
    .argument('<file>', 'message file (.eml)')
    .option('--json', 'one JSON object (verdict, findings, summary, uninspectable, recipients)')
    .option('--policy <path>', 'policy file (default: policies/default.yaml)')
    .option('--internal-domain <domain>', 'add an internal domain (repeatable)', collect)
    .option('--mail-from <address>', 'envelope sender (default: the From header)')
    .option('--rcpt <address>', 'envelope recipient (repeatable; default: To, Cc and Bcc headers)', collect)
    .option('--known-domain <domain>', 'treat as already mailed before (repeatable)', collect)
    .option('--dictionaries <dir>', 'dictionaries directory')
    .action(async (file: string, o: { json?: boolean; policy?: string; internalDomain?: string[]; mailFrom?: string; rcpt?: string[]; knownDomain?: string[]; dictionaries?: string }) => {
      // scan.js alone: the other commands' modules (and the policy schema) are not loaded.
      const { runScan } = await import('../policy/cli/scan.js');
      setExit(
        await runScan(
          {
            file,
            ...(o.json ? { json: true } : {}),
            ...(o.policy ? { policy: o.policy } : {}),
            ...(o.internalDomain ? { internalDomains: o.internalDomain } : {}),
            ...(o.mailFrom ? { mailFrom: o.mailFrom } : {}),
            ...(o.rcpt ? { rcpt: o.rcpt } : {}),
            ...(o.knownDomain ? { knownDomains: o.knownDomain } : {}),
            ...(o.dictionaries ? { dictionariesDir: o.dictionaries } : {}),
          },
          streams,
        ),
      );
    });

  const policy = program.command('policy').description('validate and test policies / ポリシーの検証とテスト');
  policy
    .command('check')
    .argument('[path]', 'policy file', undefined)
    .option('-c, --config <path>', 'gateway configuration: also check workflow.approversPath against the accounts in the store')
    .description('validate a policy file (exit 2 with file:line key on error); with --config also name approvers without an account')
    .action(async (path: string | undefined, o: { config?: string }) => {
      const { runPolicyCheck } = await import('../policy/cli/index.js');
      let approvers: Parameters<typeof runPolicyCheck>[0]['approvers'];
      if (o.config) {
        const { loadConfig } = await import('../config/load.js');
        const { openStore } = await import('../store/open.js');
        const { loadApprovers } = await import('../workflow/approvers/load.js');
        const { config } = await loadConfig({ path: o.config });
        const file = (await loadApprovers(config.workflow.approversPath)).approvers;
        const store = await openStore(config.storage.url);
        try {
          approvers = { file, path: config.workflow.approversPath, users: await store.listUsers() };
        } finally {
          await store.close();
        }
      }
      setExit(await runPolicyCheck({ ...(path ? { path } : {}), ...(approvers ? { approvers } : {}) }, streams));
    });
  policy
    .command('test')
    .argument('<dir>', 'folder of NAME.eml + NAME.expect.yaml')
    .option('--policy <path>', 'policy file')
    .description('run sample messages against their expected verdicts (exit 1 on any failure)')
    .action(async (dir: string, o: { policy?: string }) => {
      const { runPolicyTest } = await import('../policy/cli/index.js');
      setExit(await runPolicyTest({ dir, ...(o.policy ? { policy: o.policy } : {}) }, streams));
    });

  program
    .command('replay')
    .description('re-decide stored messages under another policy and print what would change')
    .requiredOption('--since <date>', 'ISO date, e.g. 2026-11-01')
    .requiredOption('--policy <path>', 'the new policy')
    .option('--json', 'JSON output')
    .option('-c, --config <path>', 'gateway configuration (for the store location)')
    .action(async (o: { since: string; policy: string; json?: boolean; config?: string }) => {
      const [{ runReplay }, { loadConfig }, { openStore }] = await Promise.all([
        import('../policy/cli/index.js'),
        import('../config/load.js'),
        import('../store/open.js'),
      ]);
      const { config } = await loadConfig(o.config ? { path: o.config } : {});
      const store = await openStore(config.storage.url);
      try {
        setExit(
          await runReplay({ since: o.since, policy: o.policy, ...(o.json ? { json: true } : {}) }, streams, {
            messages: async function* (since: Date): AsyncIterable<StoredMessage> {
              const records = await store.list({ since: since.getTime(), kind: 'mail', limit: 100_000 });
              for (const record of records.reverse()) {
                const report = record.inspection as InspectionReport | null;
                const raw = await store.getRaw(record.id);
                if (!report?.verdict || !raw) continue;
                yield {
                  id: record.id,
                  raw,
                  envelope: { mailFrom: record.mailFrom, rcptTo: record.rcptTo },
                  receivedAt: new Date(record.receivedAt),
                  verdict: report.verdict,
                  knownDomains: await store.knownDomains([`sender:${record.mailFrom.toLowerCase()}`]),
                };
              }
            },
          }),
        );
      } finally {
        await store.close();
      }
    });
}
