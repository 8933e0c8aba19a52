/**
 * Term dictionaries as `npm run build` read them (dist/prebuilt/term-dictionaries.json): the
 * validated content of every shipped YAML file, keyed by the SHA-256 of its text. A file whose
 * text is unchanged is taken from here without the YAML parser and the schema; any other file
 * (edited, added, another directory) is read in full. Used only when running the built code, so
 * a schema changed in the sources is never answered from an older build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TermsFile } from './dictionary.js';

/** `freemailDomains`: for freemail.yaml, its domain list as freemail.ts reads it. */
export type CachedDictionaryFile = { kind: 'terms'; data: TermsFile } | { kind: 'other'; freemailDomains?: string[] };

interface CacheFile {
  version: 1;
  files: Record<string, CachedDictionaryFile>;
}

const here = fileURLToPath(import.meta.url);

/** src/detect/ and dist/detect/ both sit two levels below the project root. */
export function prebuiltDictionaryCachePath(): string {
  return path.resolve(path.dirname(here), '../../dist/prebuilt/term-dictionaries.json');
}

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

let cache: Map<string, CachedDictionaryFile> | undefined;

function load(): Map<string, CachedDictionaryFile> {
  if (cache) return cache;
  cache = new Map();
  const file = prebuiltDictionaryCachePath();
  if (!here.endsWith('.js') || !existsSync(file)) return cache;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (parsed.version === 1) cache = new Map(Object.entries(parsed.files));
  } catch {
    // A damaged cache only costs the full read.
  }
  return cache;
}

export function cachedDictionaryFile(hash: string): CachedDictionaryFile | undefined {
  return load().get(hash);
}

export function encodeDictionaryCache(files: Map<string, CachedDictionaryFile>): string {
  const out: CacheFile = { version: 1, files: Object.fromEntries(files) };
  return JSON.stringify(out);
}
