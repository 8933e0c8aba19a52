/**
 * `npm run test:faults`: the whole fault suite with more iterations and fuzz runs (FAULTS_LONG=1),
 * including the soak tests (`soakIt`: crash loops, heavy inspection kills, disk filling during a
 * relay, the multi-node duplicate window) that the default `npm test` leaves out, then a table: scenario, messages sent, delivered, held, lost (must be 0), duplicates, time.
 * Every `scenario(name, …)` in test/faults/*.test.ts adds its row: crash.test.ts and
 * crash-approval.test.ts (hold → approval → release under SIGKILL), upstream, storage, fuzz-*,
 * abuse.test.ts (SMTP) and web-abuse.test.ts (web UI and REST API, `web:` and `fuzz: HTTP` rows).
 *   tsx test/faults/run.ts            long run
 *   tsx test/faults/run.ts --quick    the CI seed set (fixed seeds, fewer iterations), soak tests included
 *   FAULTS_SEED=123 tsx test/faults/run.ts   reproduce a fuzz failure
 * Exit code: vitest's, or 1 when any scenario lost a message.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ScenarioRow } from './support/results.js';

const quick = process.argv.includes('--quick');
const dir = mkdtempSync(path.join(os.tmpdir(), 'dlp-faults-run-'));
const resultsFile = path.join(dir, 'results.jsonl');

const started = Date.now();
const code = await new Promise<number>((resolve) => {
  // The fault suite, plus the soak tests kept out of the default `npm test` elsewhere (soakIt()).
  const child = spawn(process.execPath, [path.resolve('node_modules/vitest/vitest.mjs'), 'run', 'test/faults', 'test/store/multinode.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, FAULTS_RESULTS: resultsFile, FAULTS_SUITE: '1', ...(quick ? {} : { FAULTS_LONG: '1' }) },
  });
  child.on('exit', (c) => resolve(c ?? 1));
});

const rows: ScenarioRow[] = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ScenarioRow)
  : [];
rmSync(dir, { recursive: true, force: true });
rows.sort((a, b) => a.scenario.localeCompare(b.scenario));

const header = ['scenario', 'sent', 'delivered', 'held', 'lost', 'duplicates', 'time', 'note'];
const cells = rows.map((r) => [r.scenario, String(r.sent), String(r.delivered), String(r.held), String(r.lost), String(r.duplicates), `${(r.ms / 1000).toFixed(1)} s`, r.note ?? '']);
console.log(`\nFault suite (${quick ? 'CI seed set' : 'long run'}), ${new Date().toISOString()}, ${os.cpus().length} cores, Node ${process.version}, ${((Date.now() - started) / 1000).toFixed(0)} s total\n`);
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((h, i) => (i > 0 && i < 7 ? '---:' : '---')).join('|')}|`);
for (const c of cells) console.log(`| ${c.join(' | ')} |`);
if (rows.some((r) => r.scenario.startsWith('web:') || r.scenario.startsWith('fuzz: HTTP'))) {
  console.log('\nweb rows: sent = HTTP requests (or sign-in attempts); held = held messages they targeted, still held afterwards.');
}
const lost = rows.reduce((n, r) => n + r.lost, 0);
console.log(`\n${rows.length} scenarios, ${rows.reduce((n, r) => n + r.sent, 0)} messages/inputs, lost: ${lost}, vitest exit code: ${code}`);
process.exit(code !== 0 ? code : lost > 0 ? 1 : 0);
