/**
 * A byte-exact MIME tree for rewriting: every node keeps the raw bytes of its header block and
 * body, so parts we keep are copied unchanged (only the parts we remove are decoded). latin1 is
 * used for searching: one character per byte, so string offsets are byte offsets.
 */
import libmime from 'libmime';
import libqp from 'libqp';

export interface MimeNode {
  /** Header block including its terminating empty line (may be empty). */
  header: Buffer;
  body: Buffer;
  /** Lower-case `type/subtype` (default text/plain). */
  contentType: string;
  params: Record<string, string>;
  disposition: string | undefined;
  dispositionParams: Record<string, string>;
  transferEncoding: string;
  /** Multipart only: children, the text before the first and after the closing delimiter, and the boundary. */
  children: MimeNode[];
  preamble: Buffer;
  epilogue: Buffer;
  boundary: string | undefined;
}

const maxDepth = 20;

/** The header field's value (unfolded), first occurrence, or undefined. */
export function headerValue(header: Buffer, name: string): string | undefined {
  const text = header.toString('latin1');
  const re = new RegExp(`^${name}[ \\t]*:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im');
  const m = re.exec(text);
  return m ? m[1]!.replace(/\r?\n(?=[ \t])/g, '').trim() : undefined;
}

function splitHeader(raw: Buffer): { header: Buffer; body: Buffer } {
  const text = raw.toString('latin1');
  if (/^\r?\n/.test(text)) {
    const len = text.startsWith('\r\n') ? 2 : 1;
    return { header: raw.subarray(0, len), body: raw.subarray(len) };
  }
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return { header: raw, body: Buffer.alloc(0) };
  const end = m.index + m[0].length;
  return { header: raw.subarray(0, end), body: raw.subarray(end) };
}

function parseValue(value: string | undefined): { value: string; params: Record<string, string> } {
  if (!value) return { value: '', params: {} };
  const parsed = libmime.parseHeaderValue(value);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.params ?? {})) params[k.toLowerCase()] = String(v);
  return { value: String(parsed.value ?? '').toLowerCase().trim(), params };
}

export function parseMime(raw: Buffer, depth = 0): MimeNode {
  const { header, body } = splitHeader(raw);
  const ct = parseValue(headerValue(header, 'content-type'));
  const cd = parseValue(headerValue(header, 'content-disposition'));
  const node: MimeNode = {
    header,
    body,
    contentType: ct.value.includes('/') ? ct.value : 'text/plain',
    params: ct.params,
    disposition: cd.value || undefined,
    dispositionParams: cd.params,
    transferEncoding: (headerValue(header, 'content-transfer-encoding') ?? '7bit').toLowerCase(),
    children: [],
    preamble: Buffer.alloc(0),
    epilogue: Buffer.alloc(0),
    boundary: undefined,
  };
  const boundary = ct.params.boundary;
  if (!node.contentType.startsWith('multipart/') || !boundary || depth >= maxDepth) return node;
  const text = body.toString('latin1');
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A delimiter line: CRLF (or start of body) "--boundary" [--] transport padding, line end.
  const re = new RegExp(`(?:^|\\r?\\n)--${escaped}(--)?[ \\t]*(\\r?\\n|$)`, 'g');
  const marks: Array<{ start: number; end: number; closing: boolean }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The closing delimiter's line end belongs to the epilogue (kept as it was).
    const closing = m[1] === '--';
    marks.push({ start: m.index, end: m.index + m[0].length - (closing ? m[2]!.length : 0), closing });
    if (m[1] === '--') break;
  }
  if (marks.length === 0) return node;
  node.boundary = boundary;
  node.preamble = body.subarray(0, marks[0]!.start);
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    if (mark.closing) {
      node.epilogue = body.subarray(mark.end);
      break;
    }
    const next = marks[i + 1];
    node.children.push(parseMime(body.subarray(mark.end, next ? next.start : body.length), depth + 1));
  }
  return node;
}

/** Serialise a node: leaves and unchanged multiparts as they were; multiparts from their children. */
export function serialise(node: MimeNode, eol: string): Buffer {
  if (!node.boundary) return Buffer.concat([node.header, node.body]);
  const out: Buffer[] = [node.header, node.preamble];
  node.children.forEach((child, i) => {
    out.push(Buffer.from(`${i === 0 && node.preamble.length === 0 ? '' : eol}--${node.boundary}${eol}`, 'latin1'), serialise(child, eol));
  });
  out.push(Buffer.from(`${eol}--${node.boundary}--`, 'latin1'), node.epilogue);
  return Buffer.concat(out);
}

/** The part's content with the transfer encoding undone. */
export function decodeBody(node: MimeNode): Buffer {
  switch (node.transferEncoding) {
    case 'base64':
      return Buffer.from(node.body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
    case 'quoted-printable':
      return libqp.decode(node.body.toString('latin1'));
    default:
      return node.body;
  }
}

/** The file name a mail client would show (RFC 2231 / encoded words decoded), without any path. */
export function fileNameOf(node: MimeNode): string | undefined {
  const raw = node.dispositionParams.filename ?? node.params.name;
  if (!raw) return undefined;
  let name = raw;
  try {
    name = libmime.decodeWords(raw);
  } catch {
    name = raw;
  }
  // Latin-1 read of raw UTF-8 (8-bit header): decode as UTF-8 when it is valid.
  if (/[\u0080-\u00ff]/.test(name) && !/[^\u0000-\u00ff]/.test(name)) {
    const utf8 = Buffer.from(name, 'latin1').toString('utf8');
    if (!utf8.includes('\uFFFD')) name = utf8;
  }
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name || undefined;
}

export function lineEnding(raw: Buffer): string {
  const i = raw.indexOf(10);
  return i > 0 && raw[i - 1] === 13 ? '\r\n' : i === -1 ? '\r\n' : '\n';
}
