/**
 * Free-mail and consumer domains (dictionaries/freemail.yaml, the list the policy uses for
 * recipient classes): an address there belongs to a private person, not to an organisation.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The domains of `freemail.yaml` in the dictionaries directory; empty when there is none. */
export async function loadFreemailDomains(dictionariesDir: string): Promise<Set<string>> {
  let text: string;
  try {
    text = await readFile(path.join(dictionariesDir, 'freemail.yaml'), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw err;
  }
  const parsed = parseYaml(text) as { domains?: unknown } | null;
  const domains = Array.isArray(parsed?.domains) ? parsed.domains : [];
  return new Set(domains.filter((d): d is string => typeof d === 'string').map((d) => d.toLowerCase()));
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
