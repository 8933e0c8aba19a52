/**
 * `dlp-gateway user add <username> --role admin --email … [--display-name …] [--department …]`
 * (password from stdin or a hidden prompt) and `dlp-gateway user token <username> --label …`.
 */
import type { Command } from 'commander';
import { ConfigError } from '../../config/errors.js';
import { allRoles, type Role, type Store } from '../../store/types.js';
import { systemClock } from '../../clock.js';
import { minPasswordLength } from '../auth/password-policy.js';

const roles: readonly Role[] = allRoles;

async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve, reject) => {
      process.stderr.write(prompt);
      let value = '';
      stdin.setRawMode(true);
      stdin.resume();
      const onData = (data: Buffer) => {
        for (const ch of data.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stderr.write('\n');
            return resolve(value);
          }
          if (ch === '\u0003') {
            stdin.setRawMode(false);
            stdin.off('data', onData);
            return reject(new Error('cancelled'));
          }
          if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
          else value += ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask('Password (12+ characters): ');
  const second = await ask('Repeat password: ');
  if (first !== second) throw new Error('PASSWORDS_DIFFER: the two passwords do not match');
  return first;
}

/** Configuration and store modules are loaded only when a user command runs (not for every CLI start). */
async function withStore<T>(configPath: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const [{ loadConfig }, { openStore }] = await Promise.all([import('../../config/load.js'), import('../../store/open.js')]);
  const { config } = await loadConfig({ path: configPath });
  const store = await openStore(config.storage.url);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Console seams (tests give their own; the CLI uses stdin/stdout). */
export interface UserCommandIo {
  readPassword: () => Promise<string>;
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: UserCommandIo = { readPassword, out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export function registerUserCommands(program: Command, setExit: (code: number) => void, io: UserCommandIo = processIo): void {
  const fail = (code: number, message: string) => {
    io.err(`dlp-gateway: ${message}\n`);
    setExit(code);
  };
  const user = program.command('user').description('web UI accounts and API tokens');

  user
    .command('add <username>')
    .description('create a web UI account (password from stdin, or prompted)')
    .requiredOption('--role <role>', `role: ${roles.join(', ')} (comma-separated for several)`)
    .requiredOption('--email <address>', 'e-mail address')
    .option('--display-name <name>', 'name shown in the UI')
    .option('--department <name>', 'department, for approver routing and visibility')
    .option('--force', 'replace an existing account (password, roles, details)')
    .option('--no-password', 'no password: a sender account that signs in by mailed link or SSO only')
    .option('-c, --config <path>', 'configuration file')
    .action(async (username: string, opts: { role: string; email: string; displayName?: string; department?: string; force?: boolean; password?: boolean; config?: string }) => {
      const wanted = opts.role.split(',').map((r) => r.trim()).filter(Boolean);
      if (!/^[A-Za-z0-9._@-]{1,64}$/.test(username)) return fail(2, 'USERNAME_INVALID: use letters, digits and . _ @ - (at most 64)');
      if (wanted.length === 0 || !wanted.every((r) => (roles as readonly string[]).includes(r))) return fail(2, `ROLE_INVALID: "${opts.role}" (expected ${roles.join(', ')})`);
      if (!/^[^\s@]+@[^\s@]+$/.test(opts.email)) return fail(2, `EMAIL_INVALID: "${opts.email}"`);
      const withoutPassword = opts.password === false;
      if (withoutPassword && !(wanted.length === 1 && wanted[0] === 'sender')) return fail(2, 'PASSWORD_REQUIRED: only a sender account (--role sender) may have no password');
      let password = '';
      if (!withoutPassword) {
        try {
          password = await io.readPassword();
        } catch (err) {
          return fail(2, (err as Error).message);
        }
        if ([...password].length < minPasswordLength) return fail(2, `PASSWORD_TOO_SHORT: the password must be at least ${minPasswordLength} characters`);
      }
      try {
        await withStore(opts.config, async (store) => {
          const existing = await store.getUser(username);
          if (existing && !opts.force) throw new Error(`USER_EXISTS: "${username}" already exists (use --force to replace)`);
          await store.upsertUser({
            username,
            displayName: opts.displayName ?? existing?.displayName ?? username,
            email: opts.email,
            roles: wanted as Role[],
            // '' never verifies: the account signs in by mailed link (or SSO) only.
            passwordHash: withoutPassword ? '' : await (await import('../auth/password.js')).hashPassword(password),
            department: opts.department ?? existing?.department ?? null,
            failedLogins: 0,
            lockedUntil: 0,
            disabled: false,
            createdAt: existing?.createdAt ?? systemClock.now(),
          });
          await store.appendEvent({ at: systemClock.now(), messageId: null, actor: 'cli', action: existing ? 'user_replaced' : 'user_created', detail: { username, roles: wanted } });
        });
      } catch (err) {
        return fail(err instanceof ConfigError ? 2 : 1, err instanceof ConfigError ? `invalid configuration: ${err.toString()}` : (err as Error).message);
      }
      io.out(`user ${username} created (${wanted.join(', ')})\n`);
    });

  user
    .command('token <username>')
    .description('create an API token for a user and print it once')
    .requiredOption('--label <label>', 'what the token is for (e.g. "ticket system")')
    .option('-c, --config <path>', 'configuration file')
    .action(async (username: string, opts: { label: string; config?: string }) => {
      try {
        const token = await withStore(opts.config, async (store) => {
          if (!(await store.getUser(username))) throw new Error(`USER_NOT_FOUND: "${username}"`);
          const { issueApiToken } = await import('../auth/api-tokens.js');
          const issued = await issueApiToken(store, systemClock, username, opts.label);
          await store.appendEvent({ at: systemClock.now(), messageId: null, actor: 'cli', action: 'api_token_created', detail: { username, tokenId: issued.record.id, label: opts.label } });
          return issued.token;
        });
        io.out(`${token}\n`);
        io.err('Store this token now: it cannot be shown again. Use it as "Authorization: Bearer <token>".\n');
      } catch (err) {
        fail(err instanceof ConfigError ? 2 : 1, err instanceof ConfigError ? `invalid configuration: ${err.toString()}` : (err as Error).message);
      }
    });
}
