/**
 * Bytes → text for Japanese mail and files. The declared charset is a hint, not the truth:
 * Japanese mailers often mislabel (ISO-2022-JP sent as us-ascii, Shift_JIS as ISO-8859-1, 8-bit
 * text with no label), so a label is used only when the bytes are valid for it; otherwise the
 * charset is detected with encoding-japanese and decoded with iconv-lite.
 */
import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** Charset actually used, e.g. `ISO-2022-JP`, `CP932`, `EUC-JP`, `UTF-8`. */
  charset: string;
  /** False when no charset decoded the bytes cleanly (text contains replacement characters). */
  reliable: boolean;
}

type JapaneseFamily = 'jis' | 'sjis' | 'eucjp' | 'utf8' | 'ascii';

const labelFamilies: Record<string, JapaneseFamily> = {
  iso2022jp: 'jis',
  iso2022jp1: 'jis',
  iso2022jp2: 'jis',
  iso2022jp3: 'jis',
  iso2022jp2004: 'jis',
  iso2022jpms: 'jis',
  csiso2022jp: 'jis',
  csiso2022jp2: 'jis',
  cp50220: 'jis',
  cp50221: 'jis',
  cp50222: 'jis',
  jis: 'jis',
  shiftjis: 'sjis',
  sjis: 'sjis',
  xsjis: 'sjis',
  mskanji: 'sjis',
  csshiftjis: 'sjis',
  cp932: 'sjis',
  windows31j: 'sjis',
  mscp932: 'sjis',
  shiftjis2004: 'sjis',
  eucjp: 'eucjp',
  xeucjp: 'eucjp',
  cseucpkdfmtjapanese: 'eucjp',
  eucjpms: 'eucjp',
  cp51932: 'eucjp',
  utf8: 'utf8',
  unicode11utf8: 'utf8',
  usascii: 'ascii',
  ascii: 'ascii',
  ansix341968: 'ascii',
  csascii: 'ascii',
};

const replacementChar = '\uFFFD';

function normalizeLabel(label: string | undefined): string {
  return (label ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** ESC $ @, ESC $ B, ESC $ ( D, ESC ( I … — the designations of ISO-2022-JP. */
function hasJisEscapes(bytes: Uint8Array): boolean {
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] !== 0x1b) continue;
    const a = bytes[i + 1];
    if (a === 0x24 || a === 0x28) return true;
  }
  return false;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeFamily(bytes: Buffer, family: JapaneseFamily): DecodedText {
  switch (family) {
    case 'jis': {
      // iconv-lite has no ISO-2022-JP; encoding-japanese maps it (CP932 extensions included).
      const text = Encoding.convert(bytes, { to: 'UNICODE', from: 'JIS', type: 'string' });
      return { text, charset: 'ISO-2022-JP', reliable: !text.includes(replacementChar) };
    }
    case 'sjis': {
      // CP932 is the superset Windows actually writes when it says Shift_JIS (①, ㈱, IBM kanji).
      const text = iconv.decode(bytes, 'cp932');
      return { text, charset: 'CP932', reliable: !text.includes(replacementChar) };
    }
    case 'eucjp': {
      const text = iconv.decode(bytes, 'eucjp');
      return { text, charset: 'EUC-JP', reliable: !text.includes(replacementChar) };
    }
    case 'utf8': {
      const text = stripBom(bytes.toString('utf8'));
      return { text, charset: 'UTF-8', reliable: !text.includes(replacementChar) };
    }
    case 'ascii':
      return { text: bytes.toString('latin1'), charset: 'US-ASCII', reliable: true };
  }
}

/** Detects among the Japanese encodings and UTF-8; undefined when none fits. */
function detectJapanese(bytes: Buffer): JapaneseFamily | undefined {
  if (hasJisEscapes(bytes) && !hasHighBytes(bytes)) return 'jis';
  if (!hasHighBytes(bytes)) return 'ascii';
  if (isValidUtf8(bytes)) return 'utf8';
  const detected = Encoding.detect(bytes, ['SJIS', 'EUCJP']);
  if (detected === 'SJIS') return 'sjis';
  if (detected === 'EUCJP') return 'eucjp';
  return undefined;
}

/** Picks the cleaner of CP932 and EUC-JP when strict detection failed (a few stray bytes). */
function bestEffortJapanese(bytes: Buffer): DecodedText {
  const candidates = [decodeFamily(bytes, 'utf8'), decodeFamily(bytes, 'sjis'), decodeFamily(bytes, 'eucjp')];
  let best = candidates[0]!;
  let bestBad = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    let bad = 0;
    for (let i = candidate.text.indexOf(replacementChar); i !== -1; i = candidate.text.indexOf(replacementChar, i + 1)) bad++;
    if (bad < bestBad) {
      best = candidate;
      bestBad = bad;
    }
  }
  return { ...best, reliable: false };
}

/** Decodes text bytes, trusting `declaredCharset` only when the bytes agree with it. */
export function decodeText(bytes: Buffer, declaredCharset?: string): DecodedText {
  if (bytes.length === 0) return { text: '', charset: declaredCharset ?? 'US-ASCII', reliable: true };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeFamily(bytes, 'utf8');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const le = bytes[0] === 0xff;
    return { text: stripBom(iconv.decode(bytes, le ? 'utf-16le' : 'utf-16be')), charset: le ? 'UTF-16LE' : 'UTF-16BE', reliable: true };
  }

  const label = normalizeLabel(declaredCharset);
  const family = labelFamilies[label];
  if (family) {
    const fits =
      family === 'jis' || family === 'ascii'
        ? !hasHighBytes(bytes)
        : family === 'utf8'
          ? isValidUtf8(bytes)
          : true;
    if (fits) {
      // us-ascii with ISO-2022-JP escapes is a classic mislabel; decode the escapes.
      if (family === 'ascii' && hasJisEscapes(bytes)) return decodeFamily(bytes, 'jis');
      const decoded = decodeFamily(bytes, family);
      if (decoded.reliable) return decoded;
    }
    const detected = detectJapanese(bytes);
    if (detected) {
      const decoded = decodeFamily(bytes, detected);
      if (decoded.reliable) return decoded;
    }
    // Damaged text in the declared charset reads better in that charset than in a guessed one.
    const declared = decodeFamily(bytes, family === 'ascii' || family === 'jis' ? 'utf8' : family);
    return { ...declared, reliable: false };
  } else if (label && iconv.encodingExists(label)) {
    // A non-Japanese label (ISO-8859-1, windows-1252, GB2312 …): Japanese bytes win if they validate,
    // since this gateway's mail is mostly Japanese and Latin-1 decodes any byte sequence "successfully".
    if (hasJisEscapes(bytes) && !hasHighBytes(bytes)) return decodeFamily(bytes, 'jis');
    const detected = hasHighBytes(bytes) ? detectJapanese(bytes) : undefined;
    if (detected && detected !== 'ascii') return decodeFamily(bytes, detected);
    const text = iconv.decode(bytes, label);
    return { text, charset: declaredCharset ?? label, reliable: !text.includes(replacementChar) };
  }

  const detected = detectJapanese(bytes);
  if (detected) {
    const decoded = decodeFamily(bytes, detected);
    if (decoded.reliable) return decoded;
  }
  return bestEffortJapanese(bytes);
}

/** True when bytes look like binary rather than text in any charset (NULs, many control bytes). */
export function looksBinary(bytes: Uint8Array, sample = 8192): boolean {
  const n = Math.min(bytes.length, sample);
  if (n === 0) return false;
  // UTF-16 with BOM is text even though it is full of NULs.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / n > 0.1;
}
