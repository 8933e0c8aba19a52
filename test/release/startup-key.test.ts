/**
 * Fail fast: a policy that separates attachments without a master key never runs — the real CLI
 * exits 2 (invalid input, restart does not help) naming the environment variable to set.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath } from '../helpers/process.js';
import { tempDir } from '../helpers/gateway.js';
import { freePort } from '../helpers/upstream.js';

const policy = `version: 1
organisation:
  internalDomains: [example.co.jp]
rules:
  - id: outside-attachments-as-link
    description: 社外宛ての添付ファイルはリンクで送る / Attachments to outside as a link
    when: { recipients: { external: any } }
    action: { separateAttachments: true }
`;

describe('start-up without a download master key', () => {
  it('exits 2 with DOWNLOAD_MASTER_KEY_MISSING and the variable to set', async () => {
    const dir = tempDir('dlp-nokey-');
    const policyPath = path.join(dir, 'policy.yaml');
    writeFileSync(policyPath, policy);
    const child = spawn(process.execPath, [cliPath, 'serve'], {
      env: { ...process.env, DLP_LOG_LEVEL: 'error', DLP_DATA_DIR: dir, DLP_POLICY_PATH: policyPath, DLP_SMTP_PORT: String(await freePort()), DLP_WEB_PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('DOWNLOAD_MASTER_KEY_MISSING');
    expect(stderr).toContain('DLP_DOWNLOAD_MASTER_KEY');
  }, 120_000);
});
