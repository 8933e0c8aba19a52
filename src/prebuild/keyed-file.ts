/**
 * The build's keyed JSON files (dist/prebuilt/*.json): validated data keyed by the SHA-256 of the
 * source text it came from, so a source whose text is unchanged is answered from the file and
 * any other text is read in full. A missing or damaged file only costs the full read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

interface KeyedFile<T> {
  version: 1;
  files: Record<string, T>;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function encodeKeyedFile<T>(files: Map<string, T>): string {
  const out: KeyedFile<T> = { version: 1, files: Object.fromEntries(files) };
  return JSON.stringify(out);
}

/**
 * A reader of `file`, loaded once on first use. `enabled` false (sources run directly, whose
 * schema may be newer than the build) gives an empty map.
 */
export function keyedFileReader<T>(file: () => string, enabled: boolean): () => Map<string, T> {
  let cache: Map<string, T> | undefined;
  return () => {
    if (cache) return cache;
    cache = new Map();
    const path = file();
    if (!enabled || !existsSync(path)) return cache;
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyedFile<T>;
      if (parsed.version === 1) cache = new Map(Object.entries(parsed.files));
    } catch {
      // A damaged file only costs the full read.
    }
    return cache;
  };
}
