/**
 * Build-time bundles of the command line and of the scan worker (`npm run build`, after tsc):
 * dist/bundle/main.js and dist/bundle/scan-worker.js with their shared chunks, so a process
 * or worker thread starts by reading a few files instead of resolving and reading some 400
 * modules one by one (Node 20's ESM loader: a package.json lookup, a stat and an async read
 * per module). Measured here: the scan worker's imports take about half the time bundled.
 *
 * The bundles run the same compiled code as dist/: every `import.meta.url` keeps naming the
 * file it was written in (its relative path from the bundle), so paths to the dictionaries,
 * models and prebuilt files resolve as before. Native addons, pdf.js (loaded only for a PDF,
 * with its own worker file) and pino (its transports locate files beside it) stay outside.
 * bin/dlp-gateway.js and the scan pool use a bundle when it exists, dist/ otherwise (a
 * build without esbuild, which is a devDependency, skips this step).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toOneByteSource } from './one-byte-source.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outdir = path.join(root, 'dist/bundle');

/** Packages kept as imports: native code, or files they locate beside themselves. */
const external = ['better-sqlite3', '@node-rs/argon2', 'pdfjs-dist', 'pino', 'pino-pretty', 'kuromoji'];

let esbuild: typeof import('esbuild');
try {
  esbuild = await import('esbuild');
} catch {
  process.stdout.write('bundle: esbuild not installed; the CLI and scan workers load dist/ module by module\n');
  process.exit(0);
}

const started = performance.now();
rmSync(outdir, { recursive: true, force: true });
const entries = ['dist/cli/main.js', 'dist/inspect/scan-worker.js'].map((f) => path.join(root, f));
for (const entry of entries) if (!existsSync(entry)) throw new Error(`bundle: ${entry} missing (run tsc first)`);

const result = await esbuild.build({
  entryPoints: entries,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // One flat directory: a file's path relative to the bundle is the same from every chunk.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  external,
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __dlpCreateRequire } from 'node:module';\nconst require = __dlpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
  plugins: [
    {
      name: 'keep-import-meta-url',
      setup(build) {
        build.onLoad({ filter: /\.(m?js|cjs)$/ }, (args) => {
          const source = readFileSync(args.path, 'utf8');
          if (!source.includes('import.meta.url')) return undefined;
          const relative = path.relative(outdir, args.path).split(path.sep).join('/');
          return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'js' };
        });
      },
    },
  ],
});

// Sources in Latin-1 only: V8 then keeps each loaded chunk's text one byte per character in
// every thread (2 MiB less per scan worker for the MIME chunk alone).
const ts = await import('typescript').then((m) => m.default, () => undefined);
let escaped = 0;
if (ts) {
  for (const file of Object.keys(result.metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(file, 'utf8');
    const out = toOneByteSource(source, ts, file);
    if (out.escaped > 0) writeFileSync(file, out.text);
    escaped += out.escaped;
    if (out.templates > 0) process.stdout.write(`bundle: ${file} keeps ${out.templates} characters above U+00FF in tagged templates\n`);
  }
}
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
process.stdout.write(
  `bundle: ${path.relative(process.cwd(), outdir)} (${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1048576).toFixed(1)} MiB, ${Object.keys(result.metafile.inputs).length} modules, ${escaped} characters escaped to Latin-1) in ${Math.round(performance.now() - started)} ms\n`,
);
