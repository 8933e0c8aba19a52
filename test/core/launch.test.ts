/**
 * `npm start`, the Dockerfile and the `dlp-gateway` command start Node the same way (the memory
 * flags README's "Build and start-up" explains), and the bench starts the gateway with them.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deployedLaunch, launchCommand } from '../../src/bench/children.js';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('one launch line for every way the gateway starts', () => {
  const launch = deployedLaunch(path.join(root, 'bin/dlp-gateway.js'));

  it('the bin script sets the glibc threshold and the V8 heap flags', () => {
    expect(launch.env).toEqual({ MALLOC_MMAP_THRESHOLD_: '131072' });
    expect(launch.nodeArgs).toEqual(['--max-semi-space-size=4', '--heap-growing-percent=50']);
  });

  it('npm start runs the same line', () => {
    const start = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toBe(launchCommand(launch, 'bin/dlp-gateway.js serve'));
  });

  it('the Dockerfile sets the same variables and flags', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    for (const [name, value] of Object.entries(launch.env)) expect(runtime).toMatch(new RegExp(`\\b${name}=${value}\\b`));
    const entrypoint = /^ENTRYPOINT (\[.*\])$/m.exec(runtime);
    expect(entrypoint, 'the runtime stage has an exec-form ENTRYPOINT').not.toBeNull();
    expect(JSON.parse(entrypoint![1]!)).toEqual(['node', ...launch.nodeArgs, 'bin/dlp-gateway.js']);
  });

  it('Node accepts the flags: the bin script runs as a command', async () => {
    const { stdout } = await run(path.join(root, 'bin/dlp-gateway.js'), ['--version'], { cwd: root });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a bin script without an env -S line is refused with the reason', () => {
    expect(() => deployedLaunch(path.join(root, 'package.json'))).toThrow(/expected a "#!\/usr\/bin\/env -S … node …" line/);
  });
});
