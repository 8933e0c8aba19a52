import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * policies/default.yaml with its send delay (rule `outside-send-delay`) turned into a plain
 * pass, written into `dir`: for tests of the default policy's holds that expect outside mail
 * to leave at once. Returns the file's path (config override `policy.path`).
 */
export function defaultPolicyWithoutDelay(dir: string): string {
  const text = readFileSync(path.resolve('policies/default.yaml'), 'utf8');
  const changed = text.replace('action: { delay: { for: 5m, notify: true } }', 'action: pass');
  if (changed === text) throw new Error('policies/default.yaml: the outside-send-delay rule was not found');
  const file = path.join(dir, 'policy-without-delay.yaml');
  writeFileSync(file, changed);
  return file;
}
