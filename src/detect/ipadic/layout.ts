/**
 * The compact binary form of kuromoji's IPADIC dictionary: one buffer of typed-array sections,
 * read without parsing and shareable between threads (the buffer may be a SharedArrayBuffer).
 *
 * kuromoji keeps its dictionary as ~100 MB of padded buffers plus a JavaScript object of some
 * 390,000 arrays (word ids per trie entry), built again in every thread that loads it. Here the
 * same data is flattened once (at build time) into fixed-width arrays: words are indexed
 * 0..n-1 (kuromoji's token_info_id / 10), and the trie-to-words map is a CSR pair of arrays.
 *
 * File layout (little-endian): magic "DLPIPAD1", u32 header length, header JSON (sections with
 * their element type, byte offset and length; the source fingerprint), then the sections, each
 * aligned to 8 bytes.
 */

export const ipadicMagic = 'DLPIPAD1';
/** Bump when the meaning of a section changes: older files are then rebuilt, never misread. */
export const ipadicFormatVersion = 3; // 2: feature lines keep only the fields tokens are made of; 3: POS table + compact readings

export interface CharacterClass {
  id: number;
  name: string;
  /** Same name ⇒ same group: runs of unknown words continue while the group stays the same. */
  group: number;
  alwaysInvoke: boolean;
  grouping: boolean;
}

/** 品詞 and 品詞細分類1..3 of a word (null where kuromoji's line has no such field). */
export type PosTuple = Array<string | null>;

/** One half of the dictionary (known words, or the unknown-word templates). */
export interface WordTable {
  /** left id, right id and cost of word i at 3i, 3i+1, 3i+2. */
  words: Int16Array;
  /** Byte offset in `features` of word i's features (encodeFeature). */
  featureOffsets: Int32Array;
  features: Uint8Array;
  /** Words of key k (a trie id, or a character class id): mapWords[mapOffsets[k] .. mapOffsets[k + 1]). */
  mapOffsets: Int32Array;
  mapWords: Int32Array;
}

export interface IpadicArrays {
  trieBase: Int32Array;
  trieCheck: Int32Array;
  known: WordTable;
  unknown: WordTable;
  /** The POS combinations the features of both tables point into. */
  posTuples: PosTuple[];
  /** kuromoji's connection costs: [forward dimension, backward dimension, costs…]. */
  connection: Int16Array;
  /** Character class id of every UTF-16 code unit. */
  charClass: Uint8Array;
  classes: CharacterClass[];
  defaultClass: number;
}

type ElementType = 'u8' | 'i16' | 'i32';

interface SectionEntry {
  name: string;
  type: ElementType;
  offset: number;
  length: number;
}

interface Header {
  version: number;
  fingerprint: string;
  classes: CharacterClass[];
  defaultClass: number;
  posTuples: PosTuple[];
  sections: SectionEntry[];
}

type TypedSection = Uint8Array | Int16Array | Int32Array;

const sectionNames = [
  'trieBase',
  'trieCheck',
  'knownWords',
  'knownFeatureOffsets',
  'knownFeatures',
  'knownMapOffsets',
  'knownMapWords',
  'unknownWords',
  'unknownFeatureOffsets',
  'unknownFeatures',
  'unknownMapOffsets',
  'unknownMapWords',
  'connection',
  'charClass',
] as const;
type SectionName = (typeof sectionNames)[number];

function typeOf(array: TypedSection): ElementType {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Int16Array) return 'i16';
  return 'i32';
}

function sectionsOf(d: IpadicArrays): Record<SectionName, TypedSection> {
  return {
    trieBase: d.trieBase,
    trieCheck: d.trieCheck,
    knownWords: d.known.words,
    knownFeatureOffsets: d.known.featureOffsets,
    knownFeatures: d.known.features,
    knownMapOffsets: d.known.mapOffsets,
    knownMapWords: d.known.mapWords,
    unknownWords: d.unknown.words,
    unknownFeatureOffsets: d.unknown.featureOffsets,
    unknownFeatures: d.unknown.features,
    unknownMapOffsets: d.unknown.mapOffsets,
    unknownMapWords: d.unknown.mapWords,
    connection: d.connection,
    charClass: d.charClass,
  };
}

const align = (n: number): number => (n + 7) & ~7;

/** Serialises the arrays into one buffer (the file's bytes). */
export function encodeIpadic(d: IpadicArrays, fingerprint: string): Uint8Array {
  const sections = sectionsOf(d);
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const name of sectionNames) {
    const array = sections[name];
    entries.push({ name, type: typeOf(array), offset, length: array.length });
    offset = align(offset + array.byteLength);
  }
  const header: Header = { version: ipadicFormatVersion, fingerprint, classes: d.classes, defaultClass: d.defaultClass, posTuples: d.posTuples, sections: entries };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const dataStart = align(12 + headerBytes.length);
  const out = new Uint8Array(dataStart + offset);
  out.set(Buffer.from(ipadicMagic, 'latin1'), 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const entry of entries) {
    const array = sections[entry.name as SectionName];
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), dataStart + entry.offset);
  }
  return out;
}

export class IpadicFormatError extends Error {
  readonly code = 'IPADIC_BINARY_INVALID';
}

/** The fingerprint a file was built for, or undefined when the bytes are not this format. */
export function fingerprintOf(bytes: Uint8Array): string | undefined {
  try {
    return readHeader(bytes).header.fingerprint;
  } catch {
    return undefined;
  }
}

function readHeader(bytes: Uint8Array): { header: Header; dataStart: number } {
  if (bytes.length < 12 || Buffer.from(bytes.buffer, bytes.byteOffset, 8).toString('latin1') !== ipadicMagic) throw new IpadicFormatError('not a dlp-gateway IPADIC binary (bad magic)');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 12).getUint32(8, true);
  if (12 + headerLength > bytes.length) throw new IpadicFormatError('truncated IPADIC binary header');
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 12, headerLength).toString('utf8')) as Header;
  if (header.version !== ipadicFormatVersion) throw new IpadicFormatError(`IPADIC binary format ${header.version}, expected ${ipadicFormatVersion}`);
  return { header, dataStart: align(12 + headerLength) };
}

/**
 * Views over the buffer's sections, without copying. `bytes` must start at an 8-byte aligned
 * offset of its buffer (a fresh ArrayBuffer or SharedArrayBuffer always does).
 */
export function decodeIpadic(bytes: Uint8Array): IpadicArrays {
  const { header, dataStart } = readHeader(bytes);
  if ((bytes.byteOffset & 7) !== 0) throw new IpadicFormatError('IPADIC binary is not 8-byte aligned in memory');
  const views = new Map<string, TypedSection>();
  for (const s of header.sections) {
    const at = bytes.byteOffset + dataStart + s.offset;
    const width = s.type === 'i16' ? 2 : s.type === 'i32' ? 4 : 1;
    if (dataStart + s.offset + s.length * width > bytes.length) throw new IpadicFormatError(`IPADIC binary truncated in section ${s.name}`);
    const view =
      s.type === 'u8' ? new Uint8Array(bytes.buffer, at, s.length)
      : s.type === 'i16' ? new Int16Array(bytes.buffer, at, s.length)
      : new Int32Array(bytes.buffer, at, s.length);
    views.set(s.name, view);
  }
  const get = <T extends TypedSection>(name: SectionName): T => {
    const view = views.get(name);
    if (!view) throw new IpadicFormatError(`IPADIC binary lacks section ${name}`);
    return view as T;
  };
  const table = (prefix: 'known' | 'unknown'): WordTable => ({
    words: get(`${prefix}Words`),
    featureOffsets: get(`${prefix}FeatureOffsets`),
    features: get(`${prefix}Features`),
    mapOffsets: get(`${prefix}MapOffsets`),
    mapWords: get(`${prefix}MapWords`),
  });
  return {
    trieBase: get('trieBase'),
    trieCheck: get('trieCheck'),
    known: table('known'),
    unknown: table('unknown'),
    posTuples: header.posTuples,
    connection: get('connection'),
    charClass: get('charClass'),
    classes: header.classes,
    defaultClass: header.defaultClass,
  };
}

const KATAKANA_BASE = 0x30a0; // bytes 1..0x5f stand for U+30A1..U+30FF
const ESCAPE = 0x60; // then one UTF-16 code unit, little-endian

/**
 * A word's features: its POS combination (u16, little-endian, an index in posTuples), then its
 * reading (ァ..ヿ one byte each, any other code unit escaped), then a NUL. No reading: the NUL.
 */
export function encodeFeature(tuple: number, reading: string): Uint8Array {
  const out: number[] = [tuple & 0xff, tuple >>> 8];
  for (let i = 0; i < reading.length; i++) {
    const c = reading.charCodeAt(i);
    if (c > KATAKANA_BASE && c <= KATAKANA_BASE + 0x5f) out.push(c - KATAKANA_BASE);
    else out.push(ESCAPE, c & 0xff, c >>> 8);
  }
  out.push(0);
  return Uint8Array.from(out);
}

/** encodeFeature's reading back (undefined when the word has none); the tuple is the first two bytes. */
export function decodeReading(bytes: Uint8Array, offset: number): string | undefined {
  let i = offset + 2;
  if (bytes[i] === 0) return undefined;
  const units: number[] = [];
  for (let b = bytes[i]!; b !== 0 && i < bytes.length; b = bytes[i]!) {
    if (b === ESCAPE) {
      units.push(bytes[i + 1]! | (bytes[i + 2]! << 8));
      i += 3;
    } else {
      units.push(KATAKANA_BASE + b);
      i++;
    }
  }
  return String.fromCharCode(...units);
}
