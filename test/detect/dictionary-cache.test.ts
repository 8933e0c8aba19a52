import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultDictionariesDir } from '../../src/detect/index.js';
import { interpretDictionaryFile } from '../../src/detect/dictionary.js';
import { encodeDictionaryCache, sourceHash, type CachedDictionaryFile } from '../../src/detect/dictionary-cache.js';

describe('prebuilt term dictionary cache', () => {
  it('keeps every shipped file exactly as the YAML reader gives it, keyed by its text', async () => {
    const dir = defaultDictionariesDir();
    const files = new Map<string, CachedDictionaryFile>();
    const direct = new Map<string, unknown>();
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.ya?ml$/i.test(entry.name)) continue;
      const source = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
      const data = await interpretDictionaryFile(source, entry.name, false);
      files.set(sourceHash(source), data ? { kind: 'terms', data } : { kind: 'other' });
      direct.set(sourceHash(source), data);
    }
    expect([...direct.values()].filter(Boolean).length).toBeGreaterThan(5);
    const decoded = JSON.parse(encodeDictionaryCache(files)) as { files: Record<string, CachedDictionaryFile> };
    for (const [hash, data] of direct) {
      const cached = decoded.files[hash]!;
      if (data === null) expect(cached).toEqual({ kind: 'other' });
      else expect(cached).toEqual({ kind: 'terms', data });
    }
    // An edited file has another key: it is read again, never answered from the cache.
    expect(sourceHash('kind: terms\n')).not.toBe(sourceHash('kind: terms\n\n'));
  });
});
