#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4 --heap-growing-percent=50
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
// The bundle `npm run build` writes (src/prebuild/bundle.ts) starts in about half the time of
// dist/ module by module; DLP_BUNDLE=0 runs dist/ (same code, for debugging).
const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const entry = process.env.DLP_BUNDLE !== '0' && existsSync(fileURLToPath(bundled)) ? bundled : new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('dlp-gateway: not built yet; run `npm install` (or `npm run build`) first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2));
process.exitCode = code;
// The command is finished: whatever still holds the event loop (an inspection worker thread,
// a socket a failed start left behind) must not keep the process alive. Normally the process
// has exited long before this timer fires; it never delays an exit (unref).
setTimeout(() => process.exit(code), 2_000).unref();
