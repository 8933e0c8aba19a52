/**
 * fast-check arbitraries for hostile mail content: MIME trees with broken headers and
 * encodings, zips with crafted names/sizes/flags and nesting, OOXML with hostile XML, PDF bytes.
 */
import fc from 'fast-check';
import { writeZip, type ZipInput } from '../../extract/zip-writer.js';

const crlf = '\r\n';

const hostileText = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', '..', '../../../etc/passwd', 'C:\\Windows\\system32\\x.dll', '<script>alert(1)</script>.xlsx', '名簿（最新版）.xlsx', 'a'.repeat(400), '\u0000nul.zip', 'x\r\nBcc: evil@attacker.test', '=?UTF-8?B?5ZCN57C/?=.xlsx', '=?ISO-2022-JP?B?GyRCTD4bKEI=?=', '%00.pdf', '.\u202Efdp.exe'),
);

const charset = fc.constantFrom('utf-8', 'UTF-8', 'iso-2022-jp', 'shift_jis', 'Shift-JIS', 'euc-jp', 'cp932', 'windows-31j', 'x-unknown-charset', 'utf-7', 'utf-16', '', '"', 'utf-8"; x="');
const transferEncoding = fc.constantFrom('7bit', '8bit', 'binary', 'base64', 'BASE64', 'quoted-printable', 'x-uuencode', 'garbage', '');
const contentType = fc.constantFrom(
  'text/plain',
  'text/html',
  'text/csv',
  'application/octet-stream',
  'application/zip',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'image/png',
  'message/rfc822',
  'text/x-garbage',
  'multipart/mixed',
  '',
  ';;;',
);

function encodeBody(bytes: Uint8Array, encoding: string, corrupt: boolean): string {
  const buf = Buffer.from(bytes);
  if (encoding.toLowerCase() === 'base64') {
    const b64 = buf.toString('base64').replace(/.{76}/g, `$&${crlf}`);
    return corrupt ? b64.replace(/A/g, '*').slice(0, Math.max(1, b64.length - 3)) : b64;
  }
  if (encoding === 'quoted-printable') {
    const qp = [...buf].map((b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
    return (corrupt ? `${qp}=Z=` : qp).replace(/.{70}/g, `$&=${crlf}`);
  }
  return buf.toString('latin1').replace(/\r?\n|\r/g, crlf);
}

interface LeafSpec {
  kind: 'leaf';
  type: string;
  charset: string;
  encoding: string;
  filename: string | undefined;
  rfc2231: boolean;
  body: Uint8Array;
  corrupt: boolean;
  headers: string[];
}
interface MultipartSpec {
  kind: 'multipart';
  subtype: string;
  boundary: string;
  children: MimeSpec[];
  unterminated: boolean;
  preamble: string;
}
type MimeSpec = LeafSpec | MultipartSpec;

const extraHeader = fc.oneof(
  fc.tuple(fc.stringMatching(/^[A-Za-z-]{1,20}$/), fc.string({ maxLength: 60 })).map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, ' ')}`),
  fc.constantFrom('Content-Disposition: attachment; filename*=UTF-8\'\'%E5%90%8D%E7%B0%BF.xlsx', 'Content-Disposition: attachment; filename*0*=utf-8\'\'%E5; filename*1*=%90%8D.zip', 'X-Folded: a\r\n\tb\r\n c', `X-Long: ${'x'.repeat(2000)}`, 'Content-Type: text/plain; charset', 'Content-Transfer-Encoding:', ': no name', 'Subject: =?UTF-8?Q?=E5=90=8D=E7=B0=BF?= =?bogus?X?zz?='),
);

const leaf: fc.Arbitrary<LeafSpec> = fc.record({
  kind: fc.constant('leaf' as const),
  type: contentType,
  charset,
  encoding: transferEncoding,
  filename: fc.option(hostileText, { nil: undefined }),
  rfc2231: fc.boolean(),
  body: fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8')))),
  corrupt: fc.boolean(),
  headers: fc.array(extraHeader, { maxLength: 3 }),
});

const { tree } = fc.letrec<{ tree: MimeSpec; multipart: MultipartSpec }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('multipart')),
  multipart: fc.record({
    kind: fc.constant('multipart' as const),
    subtype: fc.constantFrom('mixed', 'alternative', 'related', 'signed', 'encrypted', 'report', 'x-bogus'),
    boundary: fc.oneof(fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,70}$/), fc.constantFrom('', ' ', '--', 'b"q', 'same')),
    children: fc.array(tie('tree'), { maxLength: 4 }),
    unterminated: fc.boolean(),
    preamble: fc.string({ maxLength: 40 }),
  }),
}));

function renderPart(spec: MimeSpec): string {
  if (spec.kind === 'leaf') {
    const name = spec.filename;
    const params = name === undefined ? '' : spec.rfc2231 ? `; filename*=UTF-8''${encodeURIComponent(name)}` : `; filename="${name.replace(/[\r\n]/g, '')}"`;
    const head = [
      `Content-Type: ${spec.type}${spec.charset ? `; charset=${spec.charset}` : ''}${name !== undefined ? `; name="${name.replace(/[\r\n"]/g, '')}"` : ''}`,
      ...(spec.encoding ? [`Content-Transfer-Encoding: ${spec.encoding}`] : []),
      ...(name !== undefined ? [`Content-Disposition: attachment${params}`] : []),
      ...spec.headers,
    ];
    return `${head.join(crlf)}${crlf}${crlf}${encodeBody(spec.body, spec.encoding, spec.corrupt)}`;
  }
  const b = spec.boundary;
  const parts = spec.children.map((c) => `--${b}${crlf}${renderPart(c)}${crlf}`).join('');
  return `Content-Type: multipart/${spec.subtype}; boundary="${b}"${crlf}${crlf}${spec.preamble}${crlf}${parts}${spec.unterminated ? '' : `--${b}--${crlf}`}`;
}

function envelopeHeaders(subject: string): string {
  return [
    'From: =?UTF-8?B?5bGx55Sw?= <yamada@example.co.jp>',
    'To: partner@partner.example.jp',
    `Subject: ${subject.replace(/[\r\n]/g, ' ')}`,
    'MIME-Version: 1.0',
  ].join(crlf);
}

/** A whole message built from a random MIME tree. */
export const hostileMime: fc.Arbitrary<Buffer> = fc.tuple(tree, hostileText).map(([spec, subject]) => Buffer.from(`${envelopeHeaders(subject)}${crlf}${renderPart(spec)}`, 'latin1'));

/** Random byte edits of a valid message: flips, cuts, insertions. */
export function mutate(base: Buffer): fc.Arbitrary<Buffer> {
  return fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, base.length - 1) }), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'cut', 'insert')), { minLength: 1, maxLength: 8 })
    .map((edits) => {
      let out = Buffer.from(base);
      for (const [pos, byte, op] of edits) {
        const at = Math.min(pos, out.length);
        if (op === 'flip' && at < out.length) out[at] = byte;
        else if (op === 'cut') out = out.subarray(0, at);
        else out = Buffer.concat([out.subarray(0, at), Buffer.from([byte]), out.subarray(at)]);
      }
      return out;
    });
}

/** A message with one attachment (base64), as mail clients send it. */
export function withAttachment(filename: string, content: Buffer, type = 'application/octet-stream'): Buffer {
  const b = 'fault-boundary-0001';
  const name = Buffer.from(filename, 'utf8').toString('base64');
  return Buffer.from(
    [
      envelopeHeaders(`=?UTF-8?B?${Buffer.from('添付の件').toString('base64')}?=`),
      `Content-Type: multipart/mixed; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      Buffer.from('添付をご確認ください。', 'utf8').toString('latin1'),
      `--${b}`,
      `Content-Type: ${type}; name="=?UTF-8?B?${name}?="`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment; filename="=?UTF-8?B?${name}?="`,
      '',
      content.toString('base64').replace(/.{76}/g, `$&${crlf}`),
      `--${b}--`,
      '',
    ].join(crlf),
    'latin1',
  );
}

interface ZipSpec {
  entries: Array<{ name: string; data: Uint8Array | ZipSpec; store: boolean; cp932: boolean }>;
  encryptFlag: boolean;
  lieAboutSize: boolean;
  truncate: number;
}

const { zip } = fc.letrec<{ zip: ZipSpec }>((tie) => ({
  zip: fc.record({
    entries: fc.array(
      fc.record({
        name: fc.oneof(hostileText, fc.constantFrom('a.txt', 'dir/', 'x/../../y.txt', 'inner.zip', 'book.xlsx', '名簿.csv')),
        data: fc.oneof({ depthSize: 'small' }, fc.uint8Array({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 120 }).map((s) => new Uint8Array(Buffer.from(s))), tie('zip')),
        store: fc.boolean(),
        cp932: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
    encryptFlag: fc.boolean(),
    lieAboutSize: fc.boolean(),
    truncate: fc.oneof(fc.constant(0), fc.nat({ max: 200 })),
  }),
}));

export function renderZip(spec: ZipSpec): Buffer {
  const entries: ZipInput[] = spec.entries.map((e) => {
    const data = e.data instanceof Uint8Array ? Buffer.from(e.data) : renderZip(e.data);
    return { name: e.name || 'x', data, store: e.store, ...(e.cp932 ? { rawName: Buffer.from(e.name || 'x', 'latin1') } : {}) };
  });
  let out = writeZip(entries);
  // Crafted headers: the encryption bit on every entry, absurd declared sizes.
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 30 <= out.length) {
      if (spec.encryptFlag) out.writeUInt16LE(out.readUInt16LE(i + 6) | 1, i + 6);
      if (spec.lieAboutSize) out.writeUInt32LE(0xfffffff0, i + 22);
    } else if (sig === 0x02014b50 && i + 46 <= out.length) {
      if (spec.encryptFlag) out.writeUInt16LE(out.readUInt16LE(i + 8) | 1, i + 8);
      if (spec.lieAboutSize) out.writeUInt32LE(0xfffffff0, i + 24);
    }
  }
  if (spec.truncate > 0) out = out.subarray(0, Math.max(0, out.length - spec.truncate));
  return out;
}

export const hostileZip: fc.Arbitrary<Buffer> = zip.map(renderZip);

const xmlFragment = fc.oneof(
  fc.string({ maxLength: 60 }).map((s) => s.replace(/[<&]/g, '')),
  fc.constantFrom(
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '&xxe;',
    '&lol3;',
    '<![CDATA[ 個人番号 123456789018 ]]>',
    '<t>山田太郎</t>',
    '<t xml:space="preserve">東京都千代田区千代田1-1</t>',
    '</unclosed>',
    '<a b="',
    '&#xFFFF;&#0;&#x110000;',
    `<si>${'<r>'.repeat(300)}`,
    '<?xml version="1.0" encoding="Shift_JIS"?>',
  ),
);

const hostileXml = fc.array(xmlFragment, { maxLength: 12 }).map((parts) => parts.join(''));

/** An .xlsx or .docx whose XML parts are hostile. */
export const hostileOoxml: fc.Arbitrary<{ name: string; type: string; data: Buffer }> = fc
  .tuple(fc.constantFrom('xlsx', 'docx'), hostileXml, hostileXml, fc.boolean())
  .map(([kind, a, b, wellFormedShell]) => {
    const ct =
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      (kind === 'xlsx'
        ? '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        : '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>') +
      '</Types>';
    const files: ZipInput[] =
      kind === 'xlsx'
        ? [
            { name: '[Content_Types].xml', data: ct },
            { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${a.slice(0, 20).replace(/"/g, '')}" sheetId="1" r:id="rId1"/></sheets></workbook>` },
            { name: 'xl/_rels/workbook.xml.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>' },
            { name: 'xl/worksheets/sheet1.xml', data: wellFormedShell ? `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>${a}</is></c><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>` : a },
            { name: 'xl/sharedStrings.xml', data: wellFormedShell ? `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>${b}</si></sst>` : b },
          ]
        : [
            { name: '[Content_Types].xml', data: ct },
            { name: 'word/document.xml', data: wellFormedShell ? `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${a}</w:t></w:r></w:p>${b}</w:body></w:document>` : `${a}${b}` },
          ];
    return {
      name: kind === 'xlsx' ? '名簿.xlsx' : '報告書.docx',
      type: kind === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: writeZip(files),
    };
  });

/** A small, valid one-page PDF with a text line (objects and xref computed). */
export function minimalPdf(text = 'Hello 123456789018'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** PDF bytes: mutations of a valid file plus hostile structures. */
export const hostilePdf: fc.Arbitrary<Buffer> = fc.oneof(
  mutate(minimalPdf()),
  fc.constantFrom(
    Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF', 'latin1'),
    Buffer.from(`%PDF-1.4\n1 0 obj ${'['.repeat(5000)} endobj\n%%EOF`, 'latin1'),
    Buffer.from('%PDF-1.4\ntrailer << /Encrypt << /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >> /Root 1 0 R >>\n%%EOF', 'latin1'),
    Buffer.from('%PDF-', 'latin1'),
    minimalPdf().subarray(0, 120),
  ),
  fc.uint8Array({ maxLength: 500 }).map((b) => Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.from(b)])),
);
