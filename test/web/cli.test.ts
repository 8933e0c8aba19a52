import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerUserCommands } from '../../src/web/cli/user.js';
import { openStore } from '../../src/store/open.js';
import { verifyApiToken } from '../../src/web/auth/api-tokens.js';
import { verifyPassword } from '../../src/web/auth/password.js';
import { tempDir } from '../helpers/gateway.js';

let dir: string;
let configPath: string;
beforeEach(() => {
  dir = tempDir('dlp-web-cli-');
  configPath = path.join(dir, 'gateway.yaml');
  writeFileSync(configPath, `storage:\n  dataDir: ${JSON.stringify(dir)}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], pw = 'a long enough password'): Promise<{ code: number; out: string; err: string }> {
  let code = 0;
  let out = '';
  let err = '';
  const program = new Command().exitOverride();
  registerUserCommands(program, (c) => (code = c), { readPassword: async () => pw, out: (t) => (out += t), err: (t) => (err += t) });
  await program.parseAsync(args, { from: 'user' });
  return { code, out, err };
}

describe('dlp-gateway user', () => {
  it('adds the first admin with an Argon2id hash and issues an API token shown once', async () => {
    const added = await run(['user', 'add', 'admin', '--role', 'admin', '--email', 'admin@example.co.jp', '--display-name', '管理者', '--department', 'it', '-c', configPath]);
    expect(added).toMatchObject({ code: 0 });
    const store = await openStore(`sqlite:${path.join(dir, 'gateway.db')}`);
    try {
      const user = (await store.getUser('admin'))!;
      expect(user).toMatchObject({ roles: ['admin'], email: 'admin@example.co.jp', displayName: '管理者', department: 'it' });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, 'a long enough password')).toBe(true);
    } finally {
      await store.close();
    }
    const token = await run(['user', 'token', 'admin', '--label', 'チケット連携', '-c', configPath]);
    expect(token.code).toBe(0);
    const value = token.out.trim();
    expect(value).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const again = await openStore(`sqlite:${path.join(dir, 'gateway.db')}`);
    try {
      expect((await verifyApiToken(again, `Bearer ${value}`))?.user.username).toBe('admin');
      expect(JSON.stringify(await again.getApiToken(value.split('.')[0]!))).not.toContain(value.split('.')[1]!);
    } finally {
      await again.close();
    }
  });

  it('refuses short passwords, unknown roles, duplicates and tokens for unknown users', async () => {
    expect((await run(['user', 'add', 'a', '--role', 'admin', '--email', 'a@example.co.jp', '-c', configPath], 'short')).code).toBe(2);
    expect((await run(['user', 'add', 'a', '--role', 'root', '--email', 'a@example.co.jp', '-c', configPath])).code).toBe(2);
    expect((await run(['user', 'add', 'a', '--role', 'approver', '--email', 'a@example.co.jp', '-c', configPath])).code).toBe(0);
    const dup = await run(['user', 'add', 'a', '--role', 'approver', '--email', 'a@example.co.jp', '-c', configPath]);
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('USER_EXISTS');
    expect((await run(['user', 'token', 'ghost', '--label', 'x', '-c', configPath])).err).toContain('USER_NOT_FOUND');
  });

  it('adds sender accounts, with a password or (sender only) without one', async () => {
    expect((await run(['user', 'add', 'yamada', '--role', 'sender', '--email', 'yamada.taro@example.co.jp', '-c', configPath])).code).toBe(0);
    const linkOnly = await run(['user', 'add', 'kato@example.co.jp', '--role', 'sender', '--email', 'kato@example.co.jp', '--no-password', '-c', configPath], '');
    expect(linkOnly.code).toBe(0);
    const refused = await run(['user', 'add', 'boss', '--role', 'approver', '--email', 'boss@example.co.jp', '--no-password', '-c', configPath]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('PASSWORD_REQUIRED');
    const store = await openStore(`sqlite:${path.join(dir, 'gateway.db')}`);
    try {
      expect((await store.getUser('yamada'))!.roles).toEqual(['sender']);
      const kato = (await store.getUser('kato@example.co.jp'))!;
      expect(kato.roles).toEqual(['sender']);
      expect(await verifyPassword(kato.passwordHash, '')).toBe(false);
      expect(await store.getUser('boss')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
