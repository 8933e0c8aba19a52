/**
 * End to end over the shipped samples: real extraction and detection, default policy.
 * Keeps samples/policy/ and policies/default.yaml honest with each other.
 */
import { describe, expect, it } from 'vitest';
import { runPolicyTest } from '../../src/policy/cli/index.js';

describe('samples/ with the default policy (dlp-gateway policy test samples/)', () => {
  it('every sample with an expectation meets it; other .eml fixtures are listed as skipped', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runPolicyTest(
      { dir: 'samples' },
      { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
    );
    expect(stderr).toBe('');
    expect(stdout).not.toContain('FAIL');
    expect(code).toBe(0);
    expect(stdout).toMatch(/PASS policy\/external-my-number/);
    expect(stdout).toMatch(/SKIP extract\/missing-boundary \(no \.expect\.yaml\)/);
    expect(stdout).toMatch(/^(\d+)\/\1 samples passed/m);
  }, 120_000);
});
