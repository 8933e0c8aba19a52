/**
 * Build-time start-up work (`npm run build` runs it after tsc): writes the binary forms that
 * start-up then loads without parsing. Run on every build, so a fresh clone after `npm ci`
 * (which runs `prepare`) has them; dist/ is never committed.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compileIpadic, kuromojiDictionaryDir, sourceFingerprint } from '../detect/ipadic/compile.js';
import { encodeIpadic } from '../detect/ipadic/layout.js';
import { prebuiltIpadicPath } from '../detect/ipadic/load.js';

function writeAtomically(file: string, bytes: Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

const started = performance.now();
const dicDir = kuromojiDictionaryDir();
const ipadic = encodeIpadic(compileIpadic(dicDir), sourceFingerprint(dicDir));
writeAtomically(prebuiltIpadicPath(), ipadic);
process.stdout.write(`prebuild: ${path.relative(process.cwd(), prebuiltIpadicPath())} (${(ipadic.length / 1048576).toFixed(1)} MiB) in ${Math.round(performance.now() - started)} ms\n`);
