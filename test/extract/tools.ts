/**
 * Real archivers (7z, tar, gzip) for container fixtures made at test time. A missing binary skips
 * the tests that need it with the reason printed; under CI it fails them (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { it } from 'vitest';

const inCi = Boolean(process.env['CI']) && process.env['CI'] !== 'false' && process.env['CI'] !== '0';

export function hasTool(command: string): boolean {
  return spawnSync(command, command === '7z' ? [] : ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** `it` when every tool is installed; otherwise a skip with the reason (a failure under CI). */
export function itWithTools(tools: string[]): typeof it {
  const missing = tools.filter((tool) => !hasTool(tool));
  if (missing.length === 0) return it;
  const reason = `${missing.join(', ')} not installed (apt-get install p7zip-full tar gzip)`;
  if (inCi) {
    return ((name: string) => it(name, () => {
      throw new Error(`CI: ${reason}`);
    })) as unknown as typeof it;
  }
  console.warn(`skipping container tests: ${reason}`);
  return it.skip as unknown as typeof it;
}

/** A scratch folder with files written from a map of relative path → content. */
export function scratch(files: Record<string, string | Buffer>): { dir: string; path: (name: string) => string; read: (name: string) => Buffer; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-containers-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'in', name)), { recursive: true });
    writeFileSync(join(dir, 'in', name), content);
  }
  mkdirSync(join(dir, 'out'), { recursive: true });
  return {
    dir,
    path: (name) => join(dir, name),
    read: (name) => readFileSync(join(dir, 'out', name)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs an archiver in the scratch folder's `in` directory. */
export function runIn(dir: string, command: string, args: string[]): void {
  execFileSync(command, args, { cwd: join(dir, 'in'), stdio: ['ignore', 'ignore', 'pipe'] });
}
