import { Command, CommanderError } from 'commander';
import { gatewayVersion } from '../version.js';

/** CLI entry: returns the process exit code (0 ok, 1 failure, 2 usage or invalid input). */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('dlp-gateway')
    .description('Outbound DLP SMTP gateway for Japanese organisations / 日本語対応の送信メール情報漏えい対策ゲートウェイ')
    .version(gatewayVersion)
    .exitOverride()
    .showHelpAfterError();

  program
    .command('serve')
    .description('run the gateway (SMTP relay, inspection, web UI)')
    .option('-c, --config <path>', 'configuration file (default: config/gateway.yaml if present, else built-in defaults)')
    .option('--no-inspect', 'relay without inspecting (measurement only; never in production)')
    .action(async (opts: { config?: string; inspect: boolean }) => {
      const { serve } = await import('./serve.js');
      exitCode = await serve({ config: opts.config, inspect: opts.inspect });
    });

  program
    .command('hash-password')
    .description('print an Argon2id hash for smtp.auth.users[].passwordHash (reads the password from stdin)')
    .action(async () => {
      const { hash } = await import('@node-rs/argon2');
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
      if (password.length < 12) {
        process.stderr.write('dlp-gateway: password must be at least 12 characters\n');
        exitCode = 2;
        return;
      }
      process.stdout.write(`${await hash(password, { algorithm: 2 })}\n`);
    });

  for (const register of await extraCommands()) register(program, (code) => (exitCode = code));

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    throw err;
  }
  return exitCode;
}

type Register = (program: Command, setExit: (code: number) => void) => void;

/** Commands contributed by later stages (scan, policy, user …) register here. */
async function extraCommands(): Promise<Register[]> {
  const { registerCommands } = await import('./commands.js');
  return registerCommands;
}
