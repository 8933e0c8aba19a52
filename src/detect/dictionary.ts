/**
 * Term dictionaries: readable YAML files loaded at start and on reload.
 *
 * Every `*.yaml`/`*.yml` under the dictionaries directory whose top level has
 * `kind: terms` is a term dictionary; other YAML files (e.g. a freemail domain list)
 * are ignored. Files under `terms/` must be term dictionaries. See dictionaries/README.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cachedDictionaryFile, sourceHash } from './dictionary-cache.js';
import { sensitiveCategories, type CategoryId, type Confidence } from './types.js';

export class DictionaryError extends Error {
  readonly code = 'DICTIONARY_INVALID';
  constructor(
    readonly file: string,
    readonly key: string,
    detail: string,
  ) {
    super(`DICTIONARY_INVALID at ${file}${key ? ` ${key}` : ''}: ${detail}`);
    this.name = 'DictionaryError';
  }
}

/** A validated term dictionary file (the schema's output). */
export interface TermsFile {
  kind: 'terms';
  category: string;
  description?: string | undefined;
  match: 'tokens' | 'text';
  confidence: 'high' | 'medium' | 'low';
  requiresPerson?: boolean | undefined;
  terms: Array<string | { term: string; readings?: string[] | undefined; variants?: string[] | undefined; names?: TermNames | undefined }>;
}

/**
 * What a term names, where that is not someone's data by itself: `event` — an occasion such as a
 * check-up, whose date, appointment or venue is not its result (健診の日程, 人間ドックの予約);
 * `programme` — an employer's programme or a kind of employment, a topic unless its sentence names
 * someone (障害者雇用: 法定雇用率, 特例子会社).
 */
export type TermNames = 'event' | 'programme';

/**
 * The YAML parser and the schema, loaded on first use: files found in the prebuilt cache
 * (dictionary-cache.ts) need neither, so a scan worker starts without them.
 */
async function fileParser() {
  const [{ parse: parseYaml, YAMLParseError }, { z }] = await Promise.all([import('yaml'), import('zod')]);
  const categorySchema = z.union([
    z.enum(sensitiveCategories),
    z.string().regex(/^custom\.[a-z0-9][a-z0-9_-]*$/, 'must be one of sensitive.* or custom.<name> (lower case, digits, _ or -)'),
  ]);

  const termSchema = z.union([
    z.string().min(1),
    z.strictObject({
      term: z.string().min(1),
      readings: z.array(z.string().min(1)).optional(),
      variants: z.array(z.string().min(1)).optional(),
      names: z.enum(['event', 'programme']).optional(),
    }),
  ]);

  const fileSchema = z.strictObject({
    kind: z.literal('terms'),
    category: categorySchema,
    description: z.string().optional(),
    /** tokens: whole morphemes only (がんばって is not がん); text: any substring, case-insensitive. */
    match: z.enum(['tokens', 'text']).default('tokens'),
    /** Confidence of a match; sensitive categories ignore it (identifiability decides). */
    confidence: z.enum(['high', 'medium', 'low']).default('medium'),
    /** Only 要配慮個人情報 about an identifiable person is medium/high; default true for sensitive.*. */
    requiresPerson: z.boolean().optional(),
    terms: z.array(termSchema).min(1),
  });
  return { parseYaml, YAMLParseError, fileSchema };
}

export interface TermEntry {
  category: CategoryId;
  term: string;
  confidence: Confidence;
  requiresPerson: boolean;
  /** What the term names where that is not someone's data by itself (see TermNames). */
  names?: TermNames;
}

export interface TextMatcher {
  /** The terms as one expression (longest first), tried where `starts` finds a possible first character. */
  regex: RegExp;
  /**
   * Where a term can begin: its first character (case-insensitive), after no Latin letter or digit
   * for a term that begins with one. A text is mostly Japanese, so most positions never reach
   * `regex`, whose alternatives irregexp tries one by one at every position it is given.
   */
  starts: RegExp;
  entries: Map<string, TermEntry>;
}

/**
 * The matches of `matcher` in `text`, as `text.matchAll(regex)` would find them (leftmost, the
 * first alternative that matches there, on from its end) — only positions `starts` finds are tried.
 */
export function* textTermMatches(matcher: TextMatcher, text: string): Generator<{ index: number; text: string }> {
  const { starts, regex } = matcher;
  starts.lastIndex = 0;
  for (let s = starts.exec(text); s !== null; s = starts.exec(text)) {
    regex.lastIndex = s.index;
    const m = regex.exec(text);
    // A match ends after its first character, so `starts` goes on from a position never tried.
    starts.lastIndex = m ? m.index + m[0].length : s.index + s[0].length;
    if (m) yield { index: m.index, text: m[0] };
  }
}

export interface Dictionaries {
  /** Surface (NFKC) → entry, matched on token boundaries. */
  tokenTerms: Map<string, TermEntry>;
  /** Every proper prefix of a token term: where a run of tokens can still grow into a term. */
  tokenTermPrefixes: Set<string>;
  maxTokenTermLength: number;
  textMatchers: TextMatcher[];
  files: string[];
}

export async function loadDictionaries(dir: string): Promise<Dictionaries> {
  const files = (await listYaml(dir)).sort();
  const result: Dictionaries = { tokenTerms: new Map(), tokenTermPrefixes: new Set(), maxTokenTermLength: 0, textMatchers: [], files: [] };
  for (const file of files) {
    const rel = path.relative(path.dirname(dir), file).split(path.sep).join('/');
    const source = await readFile(file, 'utf8');
    const inTermsDir = path.relative(dir, file).split(path.sep)[0] === 'terms';
    const cached = cachedDictionaryFile(sourceHash(source));
    if (cached?.kind === 'other' && !inTermsDir) continue;
    const data = cached?.kind === 'terms' ? cached.data : await interpretDictionaryFile(source, rel, inTermsDir);
    if (data) addFile(result, data, rel);
  }
  return result;
}

/**
 * One YAML file: its validated term dictionary, or null for another kind of YAML file outside
 * `terms/`. Throws DictionaryError with file, line and key.
 */
export async function interpretDictionaryFile(source: string, rel: string, inTermsDir: boolean): Promise<TermsFile | null> {
  const { parseYaml, YAMLParseError, fileSchema } = await fileParser();
  let doc: unknown;
  try {
    doc = parseYaml(source);
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? `:${err.linePos[0].line}` : '';
    throw new DictionaryError(`${rel}${where}`, '', `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const isTerms = typeof doc === 'object' && doc !== null && (doc as Record<string, unknown>).kind === 'terms';
  if (!isTerms && !inTermsDir) return null;
  const parsed = fileSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DictionaryError(rel, formatPath(issue.path), issue.message);
  }
  return parsed.data;
}

function addFile(into: Dictionaries, file: TermsFile, rel: string): void {
  const sensitive = file.category.startsWith('sensitive.');
  const entryBase = {
    category: file.category as CategoryId,
    confidence: file.confidence as Confidence,
    requiresPerson: file.requiresPerson ?? sensitive,
  };
  const textEntries = new Map<string, TermEntry>();
  for (const t of file.terms) {
    const term = typeof t === 'string' ? t : t.term;
    const surfaces = typeof t === 'string' ? [t] : [t.term, ...(t.readings ?? []), ...(t.variants ?? [])];
    for (const raw of surfaces) {
      const surface = raw.normalize('NFKC').trim();
      if (!surface) continue;
      const entry: TermEntry = typeof t !== 'string' && t.names ? { ...entryBase, term, names: t.names } : { ...entryBase, term };
      if (file.match === 'text') textEntries.set(surface.toLowerCase(), entry);
      else {
        into.tokenTerms.set(surface, entry);
        for (let k = 1; k < surface.length; k++) into.tokenTermPrefixes.add(surface.slice(0, k));
        into.maxTokenTermLength = Math.max(into.maxTokenTermLength, surface.length);
      }
    }
  }
  if (textEntries.size > 0) {
    // A term that begins or ends with a Latin letter or digit matches whole words only there
    // (HIV, not arcHIVe; a one-word term's plural too: Muslims, concussions — not a phrase's, whose
    // plural is often another thing: health checks of servers); Japanese ends match anywhere.
    const wordStart = (t: string): boolean => /^[a-z0-9]/i.test(t);
    const keys = [...textEntries.keys()];
    const alternatives = [...keys]
      .sort((a, b) => b.length - a.length)
      .map((t) => `${wordStart(t) ? '(?<![A-Za-z0-9])' : ''}${escapeRegex(t)}${/^[a-z-]+$/i.test(t) ? '(?:e?s)?(?![A-Za-z0-9])' : /[a-z0-9]$/i.test(t) ? '(?![A-Za-z0-9])' : ''}`);
    const firstChars = (terms: string[]): string =>
      `[${[...new Set(terms.map((t) => t.codePointAt(0)!))].map((c) => `\\u{${c.toString(16)}}`).join('')}]`;
    const words = keys.filter(wordStart);
    const others = keys.filter((t) => !wordStart(t));
    const starts = [...(words.length > 0 ? [`(?<![A-Za-z0-9])${firstChars(words)}`] : []), ...(others.length > 0 ? [firstChars(others)] : [])];
    into.textMatchers.push({ regex: new RegExp(alternatives.join('|'), 'yiu'), starts: new RegExp(starts.join('|'), 'giu'), entries: textEntries });
  }
  into.files.push(rel);
}

async function listYaml(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listYaml(full)));
    else if (/\.ya?ml$/i.test(e.name)) out.push(full);
  }
  return out;
}

function formatPath(p: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of p) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(top level)';
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
