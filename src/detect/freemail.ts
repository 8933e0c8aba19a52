/**
 * Free-mail and consumer domains (dictionaries/freemail.yaml, the list the policy uses for
 * recipient classes): an address there belongs to a private person, not to an organisation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cachedDictionaryFile, sourceHash } from './dictionary-cache.js';

/** The `domains` list of a freemail.yaml text, lower-cased (strings only). */
export async function freemailDomainsOf(text: string): Promise<string[]> {
  const { parse: parseYaml } = await import('yaml');
  const parsed = parseYaml(text) as { domains?: unknown } | null;
  const domains = Array.isArray(parsed?.domains) ? parsed.domains : [];
  return domains.filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase());
}

/**
 * The domains of `freemail.yaml` in the dictionaries directory; empty when there is none. The
 * shipped file, unchanged, is read from the build's prebuilt cache (no YAML parser in a worker's
 * start-up); any other text is parsed.
 */
export async function loadFreemailDomains(dictionariesDir: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path.join(dictionariesDir, 'freemail.yaml'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw err;
  }
  const cached = cachedDictionaryFile(sourceHash(text));
  if (cached?.kind === 'other' && cached.freemailDomains) return new Set(cached.freemailDomains);
  return new Set(await freemailDomainsOf(text));
}

/** The domain or one of its parents is listed. */
export function isFreemailDomain(freemail: ReadonlySet<string>, domain: string): boolean {
  let d = domain.toLowerCase();
  for (;;) {
    if (freemail.has(d)) return true;
    const dot = d.indexOf('.');
    if (dot < 0) return false;
    d = d.slice(dot + 1);
  }
}
