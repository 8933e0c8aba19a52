import type { Command } from 'commander';

/**
 * `dlp-gateway directory sync [-c config]`: one sync now (cron, first set-up, after an AD change),
 * with the same consequences as the timer's: accounts of disabled people disabled, their held
 * approvals re-routed. Exit 0 on success, 1 when the sync failed (the last good copy stays), 2 when
 * no directory is configured.
 */
export function registerDirectoryCommands(program: Command, setExit: (code: number) => void): void {
  const directory = program.command('directory').description('directory sync (LDAP / Active Directory) / ディレクトリ連携');
  directory
    .command('sync')
    .option('-c, --config <path>', 'gateway configuration')
    .description('sync people and groups from the directory now (exit 1 on failure: the last good copy stays)')
    .action(async (o: { config?: string }) => {
      const [{ loadConfig }, { openStore }, { createDirectoryService }, { createWorkflow }, { createLogger }, { systemClock }] = await Promise.all([
        import('../config/load.js'),
        import('../store/open.js'),
        import('./service.js'),
        import('../workflow/create-workflow.js'),
        import('../log/logger.js'),
        import('../clock.js'),
      ]);
      const { config } = await loadConfig({ ...(o.config ? { path: o.config } : {}) });
      if (!config.directory.ldap) {
        process.stderr.write('dlp-gateway: DIRECTORY_NOT_CONFIGURED: set directory.ldap in the configuration (docs/directory.md)\n');
        setExit(2);
        return;
      }
      const log = createLogger({ level: config.log.level });
      const store = await openStore(config.storage.url);
      try {
        const service = createDirectoryService({ config, store, clock: systemClock, log });
        const workflow = await createWorkflow({ config, store, clock: systemClock, log, wakeRelay: () => undefined, directory: () => service.view() });
        service.onLostAccess((gone, actor) => workflow.rerouteFromDisabled(gone, actor));
        const outcome = await service.syncNow('cli');
        if (outcome.ok) {
          process.stdout.write(
            `directory synced: ${outcome.people} people, ${outcome.groups} groups (added ${outcome.added}, removed ${outcome.removed}, changed ${outcome.changed}); accounts disabled: ${outcome.accountsDisabled.length}\n`,
          );
        } else {
          process.stderr.write(`dlp-gateway: ${outcome.reason}\n`);
          setExit(1);
        }
      } finally {
        await store.close();
      }
    });
}
