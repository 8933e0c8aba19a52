import { mkdtemp, rm, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PolicyWatcher, type LoadedPolicy } from '../../src/policy/index.js';

const policyText = (tag: string) =>
  `version: 1\norganisation:\n  internalDomains: [example.co.jp]\nrules:\n  - { id: ${tag}, description: d, action: pass }\n`;

let dir: string;
let file: string;
let watcher: PolicyWatcher | undefined;
const logs: { level: string; fields: Record<string, unknown>; message: string }[] = [];
const log = {
  info: (fields: Record<string, unknown>, message: string) => logs.push({ level: 'info', fields, message }),
  error: (fields: Record<string, unknown>, message: string) => logs.push({ level: 'error', fields, message }),
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-watch-'));
  file = join(dir, 'policy.yaml');
  logs.length = 0;
  await writeFile(file, policyText('first'));
});
afterEach(async () => {
  watcher?.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('PolicyWatcher', () => {
  it('reloads a valid change, logging the new version', async () => {
    const changes: LoadedPolicy[] = [];
    watcher = new PolicyWatcher(file, (p) => changes.push(p), log, { debounceMs: 20 });
    const first = await watcher.start();
    expect(watcher.current().rules[0]?.id).toBe('first');
    await writeFile(file, policyText('second'));
    await vi.waitFor(() => expect(watcher?.current().rules[0]?.id).toBe('second'), { timeout: 5000 });
    expect(changes).toHaveLength(1);
    const reloaded = logs.find((l) => l.message === 'policy reloaded');
    expect(reloaded?.fields).toMatchObject({ version: watcher.current().version, previousVersion: first.version });
  });

  it('keeps the last good policy when the file becomes invalid, and reports the error', async () => {
    watcher = new PolicyWatcher(file, () => undefined, log, { debounceMs: 20 });
    const good = await watcher.start();
    await writeFile(file, `${policyText('broken')}  - { id: x, description: d, action: explode }\n`);
    await vi.waitFor(() => expect(logs.some((l) => l.level === 'error')).toBe(true), { timeout: 5000 });
    expect(watcher.current().version).toBe(good.version);
    const error = logs.find((l) => l.level === 'error');
    expect(error?.fields).toMatchObject({ code: 'POLICY_INVALID', keptVersion: good.version });
    expect(String(error?.fields.err)).toMatch(/policy\.yaml:6 rules\[1\]\.action/);

    // A later fix is picked up (replace by rename, as editors do).
    await writeFile(join(dir, 'tmp.yaml'), policyText('fixed'));
    await rename(join(dir, 'tmp.yaml'), file);
    await vi.waitFor(() => expect(watcher?.current().rules[0]?.id).toBe('fixed'), { timeout: 5000 });
  });

  it('reload() reports unchanged content and refuses to start on an invalid file', async () => {
    watcher = new PolicyWatcher(file, () => undefined, log);
    await watcher.start();
    expect(await watcher.reload()).toBe('unchanged');
    watcher.stop();
    await writeFile(file, 'version: 1\n');
    const broken = new PolicyWatcher(file, () => undefined, log);
    await expect(broken.start()).rejects.toThrow(/POLICY_INVALID at .*policy\.yaml/);
    expect(() => broken.current()).toThrow();
  });
});
