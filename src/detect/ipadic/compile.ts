/**
 * Flattens kuromoji's shipped dictionary files (dict/*.dat.gz) into the compact arrays of
 * layout.ts. Reads them exactly as kuromoji 0.1.x does (its ByteBuffer: little-endian, reads
 * past the end give 0) so the words, costs and feature lines are the ones kuromoji uses.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { encodeFeature, ipadicFormatVersion, type CharacterClass, type IpadicArrays, type PosTuple, type WordTable } from './layout.js';

const require = createRequire(import.meta.url);

const sourceFiles = ['base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_invoke'] as const;
type SourceFile = (typeof sourceFiles)[number];

/** kuromoji's own dictionary directory (node_modules/kuromoji/dict). */
export function kuromojiDictionaryDir(): string {
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

/** Identifies the source a binary was built from: a different kuromoji or format rebuilds it. */
export function sourceFingerprint(dicDir: string): string {
  const version = (JSON.parse(readFileSync(path.join(path.dirname(dicDir), 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  const sizes = sourceFiles.map((f) => statSync(path.join(dicDir, `${f}.dat.gz`)).size).join('.');
  return `kuromoji ${version}; format ${ipadicFormatVersion}; ${sizes}`;
}

/** kuromoji's ByteBuffer reads over a Uint8Array. */
class Reader {
  constructor(readonly bytes: Uint8Array) {}
  byte(i: number): number {
    return i < this.bytes.length ? this.bytes[i]! : 0;
  }
  short(i: number): number {
    if (this.bytes.length < i + 2) return 0;
    const value = (this.bytes[i + 1]! << 8) + this.bytes[i]!;
    return value & 0x8000 ? -((value - 1) ^ 0xffff) : value;
  }
  int(i: number): number {
    if (this.bytes.length < i + 4) return 0;
    return (this.bytes[i + 3]! << 24) + (this.bytes[i + 2]! << 16) + (this.bytes[i + 1]! << 8) + this.bytes[i]!;
  }
  /** NUL-terminated UTF-8 from i; returns the string and the index after the NUL. */
  string(i: number): { value: string; next: number } {
    if (i >= this.bytes.length) return { value: '', next: i };
    let end = i;
    while (end < this.bytes.length && this.bytes[end] !== 0) end++;
    const value = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + i, end - i).toString('utf8');
    return { value, next: end < this.bytes.length ? end + 1 : end };
  }
}

function load(dicDir: string, file: SourceFile): Uint8Array {
  const bytes = gunzipSync(readFileSync(path.join(dicDir, `${file}.dat.gz`)));
  // A fresh, aligned copy: typed views of other widths need an aligned offset.
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function int32s(bytes: Uint8Array): Int32Array {
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
}

/** kuromoji's target map (tid_map / unk_map): key → word byte offsets, as CSR arrays of word indices. */
function readTargetMap(map: Uint8Array, file: string): { offsets: Int32Array; words: Int32Array; maxWord: number } {
  const r = new Reader(map);
  const pairs: Array<[number, number[]]> = [];
  let position = 4; // map_keys_size, unused by kuromoji
  let maxKey = -1;
  let total = 0;
  while (map.length >= position + 1) {
    const key = r.int(position);
    const size = r.int(position + 4);
    position += 8;
    const values: number[] = [];
    for (let i = 0; i < size; i++, position += 4) values.push(r.int(position));
    if (size === 0) continue;
    if (key < 0) throw new Error(`IPADIC_SOURCE_INVALID: negative key ${key} in ${file}`);
    pairs.push([key, values]);
    maxKey = Math.max(maxKey, key);
    total += size;
  }
  const counts = new Int32Array(maxKey + 2);
  for (const [key, values] of pairs) counts[key + 1]! += values.length;
  const offsets = new Int32Array(maxKey + 2);
  for (let k = 1; k < offsets.length; k++) offsets[k] = offsets[k - 1]! + counts[k]!;
  const fill = offsets.slice(0, maxKey + 1);
  const words = new Int32Array(total);
  let maxWord = -1;
  for (const [key, values] of pairs) {
    for (const byteOffset of values) {
      if (byteOffset % 10 !== 0 || byteOffset < 0) throw new Error(`IPADIC_SOURCE_INVALID: word offset ${byteOffset} in ${file} is not a 10-byte record`);
      const word = byteOffset / 10;
      words[fill[key]!++] = word;
      maxWord = Math.max(maxWord, word);
    }
  }
  return { offsets, words, maxWord };
}

/** A word's feature line split at commas, as kuromoji reads it ('' for a line past the end). */
type FeatureLine = string[];

/** The raw feature line of every word of a table, in word order. */
function featureLines(features: Uint8Array, offsets: Int32Array, name: string): FeatureLine[] {
  // The feature buffer is padded with NULs to a power of two: only the text counts.
  let end = features.length;
  while (end > 0 && features[end - 1] === 0) end--;
  if (!isUtf8(features.subarray(0, end))) throw new Error(`IPADIC_SOURCE_INVALID: ${name} features are not valid UTF-8`);
  const source = Buffer.from(features.buffer, features.byteOffset, end);
  const byStart = new Map<number, FeatureLine>();
  const lines: FeatureLine[] = [];
  for (let w = 0; w < offsets.length; w++) {
    const start = offsets[w]!;
    let line = byStart.get(start);
    if (line === undefined) {
      if (start >= source.length) line = ['']; // kuromoji reads such a word's line as empty
      else {
        let stop = source.indexOf(0, start);
        if (stop < 0) stop = source.length;
        line = source.toString('utf8', start, stop).split(',');
      }
      byStart.set(start, line);
    }
    lines.push(line);
  }
  return lines;
}

/** The reading (index 8), undefined where the line has none or '*' (as kuromoji's tokens give it). */
function readingOf(line: FeatureLine): string | undefined {
  const reading = line[8];
  return reading && reading !== '*' ? reading : undefined;
}

interface RawTable {
  words: Int16Array;
  lines: FeatureLine[];
  mapOffsets: Int32Array;
  mapWords: Int32Array;
}

function rawWordTable(dictionary: Uint8Array, features: Uint8Array, map: Uint8Array, name: string): RawTable {
  const target = readTargetMap(map, `${name} map`);
  const r = new Reader(dictionary);
  const count = target.maxWord + 1;
  const words = new Int16Array(count * 3);
  const featureOffsets = new Int32Array(count);
  for (let w = 0; w < count; w++) {
    const id = w * 10;
    words[3 * w] = r.short(id);
    words[3 * w + 1] = r.short(id + 2);
    words[3 * w + 2] = r.short(id + 4);
    featureOffsets[w] = r.int(id + 6);
  }
  return { words, lines: featureLines(features, featureOffsets, name), mapOffsets: target.offsets, mapWords: target.words };
}

/**
 * The fields a token is made of, compactly (layout.ts): the four POS fields (indices 1–4 of the
 * line) as the index of that combination in a table shared by both halves of the dictionary
 * (IPADIC has fewer than a hundred), and the reading (index 8) in one byte per katakana. The
 * surface (index 0) is not kept: a known word's surface is the text the trie matched. The known
 * words' feature lines shrink from 36 MB in kuromoji to under 3 MB, which every gateway keeps in
 * memory.
 */
function compactTable(raw: RawTable, tuples: Map<string, number>, posTuples: PosTuple[]): WordTable {
  const parts: Uint8Array[] = [];
  const featureOffsets = new Int32Array(raw.lines.length);
  const byLine = new Map<FeatureLine, number>();
  let length = 0;
  raw.lines.forEach((line, w) => {
    let at = byLine.get(line);
    if (at === undefined) {
      const tuple: PosTuple = [1, 2, 3, 4].map((i) => line[i] ?? null);
      const key = JSON.stringify(tuple);
      let id = tuples.get(key);
      if (id === undefined) {
        id = posTuples.length;
        if (id > 0xffff) throw new Error('IPADIC_SOURCE_INVALID: more than 65,536 part-of-speech combinations');
        tuples.set(key, id);
        posTuples.push(tuple);
      }
      const bytes = encodeFeature(id, readingOf(line) ?? '');
      at = length;
      parts.push(bytes);
      length += bytes.length;
      byLine.set(line, at);
    }
    featureOffsets[w] = at;
  });
  const features = new Uint8Array(length);
  let at = 0;
  for (const part of parts) (features.set(part, at), (at += part.length));
  return { words: raw.words, featureOffsets, features, mapOffsets: raw.mapOffsets, mapWords: raw.mapWords };
}

/** kuromoji's InvokeDefinitionMap.load, keeping the classes characters can have. */
function readClasses(invoke: Uint8Array, charClass: Uint8Array, unknownKeys: number): { classes: CharacterClass[]; defaultClass: number } {
  const r = new Reader(invoke);
  const raw: Array<{ name: string; alwaysInvoke: boolean; grouping: boolean }> = [];
  let position = 0;
  while (position + 1 < invoke.length) {
    const alwaysInvoke = r.byte(position) === 1;
    const grouping = r.byte(position + 1) === 1;
    const { value: name, next } = r.string(position + 6);
    raw.push({ name, alwaysInvoke, grouping });
    position = next;
  }
  // kuromoji's lookup table: name → the last class of that name.
  let defaultClass = -1;
  raw.forEach((c, i) => c.name === 'DEFAULT' && (defaultClass = i));
  if (defaultClass < 0) throw new Error('IPADIC_SOURCE_INVALID: no DEFAULT character class');
  let maxUsed = Math.max(defaultClass, unknownKeys - 1);
  for (let i = 0; i < charClass.length; i++) maxUsed = Math.max(maxUsed, charClass[i]!);
  if (maxUsed >= raw.length) throw new Error(`IPADIC_SOURCE_INVALID: character class ${maxUsed} is not defined`);
  const classes = raw.slice(0, maxUsed + 1).map((c, id, all) => ({ id, name: c.name, group: all.findIndex((o) => o.name === c.name), alwaysInvoke: c.alwaysInvoke, grouping: c.grouping }));
  return { classes, defaultClass };
}

/** Reads kuromoji's dictionary directory into the compact arrays (about a second). */
export function compileIpadic(dicDir: string = kuromojiDictionaryDir()): IpadicArrays {
  return compileIpadicWithLines(dicDir).arrays;
}

/**
 * compileIpadic, plus the known words' full lines from the same read (the build also derives the
 * romaji name lists from them, which need the surfaces the compact arrays leave out).
 */
export function compileIpadicWithLines(dicDir: string = kuromojiDictionaryDir()): { arrays: IpadicArrays; knownLines: () => KnownWordLine[] } {
  const file = (f: SourceFile) => load(dicDir, f);
  const tuples = new Map<string, number>();
  const posTuples: PosTuple[] = [];
  const rawKnown = rawWordTable(file('tid'), file('tid_pos'), file('tid_map'), 'known-word');
  const known = compactTable(rawKnown, tuples, posTuples);
  const unknown = compactTable(rawWordTable(file('unk'), file('unk_pos'), file('unk_map'), 'unknown-word'), tuples, posTuples);
  const cc = file('cc');
  const connection = new Int16Array(cc.buffer, cc.byteOffset, cc.byteLength >> 1);
  if (connection.length !== 2 + connection[0]! * connection[1]!) throw new Error('IPADIC_SOURCE_INVALID: connection cost matrix has the wrong size');
  const charClass = file('unk_char');
  if (charClass.length !== 65536) throw new Error('IPADIC_SOURCE_INVALID: character class map must cover the 65,536 UTF-16 code units');
  const { classes, defaultClass } = readClasses(file('unk_invoke'), charClass, unknown.mapOffsets.length - 1);
  const arrays: IpadicArrays = { trieBase: int32s(file('base')), trieCheck: int32s(file('check')), known, unknown, posTuples, connection, charClass, classes, defaultClass };
  return { arrays, knownLines: () => knownLinesOf(rawKnown) };
}

/** A known word as kuromoji's dictionary lists it: surface, POS fields and reading. */
export interface KnownWordLine {
  surface: string;
  pos: string | undefined;
  pos1: string | undefined;
  pos2: string | undefined;
  pos3: string | undefined;
  reading: string | undefined;
}

/** Every known word's full line, from kuromoji's own files (build-time work, about a second). */
export function knownWordLines(dicDir: string = kuromojiDictionaryDir()): KnownWordLine[] {
  return knownLinesOf(rawWordTable(load(dicDir, 'tid'), load(dicDir, 'tid_pos'), load(dicDir, 'tid_map'), 'known-word'));
}

function knownLinesOf(raw: RawTable): KnownWordLine[] {
  return raw.lines.map((f) => ({ surface: f[0] ?? '', pos: f[1], pos1: f[2], pos2: f[3], pos3: f[4], reading: readingOf(f) }));
}
