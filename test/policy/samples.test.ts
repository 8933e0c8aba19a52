/**
 * End to end over the shipped samples: real extraction and detection, default policy.
 * Keeps samples/policy/ and policies/default.yaml honest with each other.
 */
import { describe, expect, it } from 'vitest';
import { runPolicyTest } from '../../src/policy/cli/index.js';

describe('samples/policy with the default policy', () => {
  it('every sample meets its expectation', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runPolicyTest(
      { dir: 'samples/policy' },
      { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
    );
    expect(stderr).toBe('');
    expect(stdout).not.toContain('FAIL');
    expect(code).toBe(0);
  }, 120_000);
});
