/**
 * A small XML tokenizer for the known OOXML schemas. It does not validate; it walks tags and text
 * in one linear pass, which is all that reading text out of sheets, documents and slides needs.
 */

const namedEntities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the five XML entities and numeric character references (HTML's &nbsp; too). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (match, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return namedEntities[body] ?? match;
  });
}

/** Value of one attribute in a tag's attribute text (`r="C17" t="s"`), entities decoded. */
const attributePatterns = new Map<string, RegExp>();

export function attribute(attrs: string, name: string): string | undefined {
  let re = attributePatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(/[:.]/g, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, re);
  }
  const match = re.exec(attrs);
  if (!match) return undefined;
  return decodeEntities(match[2] ?? match[3] ?? '');
}

export type XmlToken =
  | { kind: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const tokenPattern = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|([^<]+)/g;

/**
 * Calls `visit` for every open tag, close tag and text run (entities decoded), in document order.
 * Comments, processing instructions and doctype are skipped; CDATA is text.
 */
export function scanXml(xml: string, visit: (token: XmlToken) => void): void {
  const pattern = new RegExp(tokenPattern.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml)) !== null) {
    if (match[2] !== undefined) {
      if (match[1] === '/') visit({ kind: 'close', name: match[2] });
      else visit({ kind: 'open', name: match[2], attrs: match[3] ?? '', selfClosing: match[4] === '/' });
    } else if (match[5] !== undefined) {
      visit({ kind: 'text', text: match[5] });
    } else if (match[6] !== undefined) {
      visit({ kind: 'text', text: decodeEntities(match[6]) });
    }
  }
}

/** Strips the namespace prefix: `w:t` → `t`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
