/**
 * The parts of a workbook besides cell values where a sender's data hides: cell comments (legacy
 * notes and threaded comments), shapes and text boxes (sheet drawings), page headers/footers, and
 * defined names holding text. Each is located under its sheet: `名簿!C3 (comment)`,
 * `名簿 › drawing`, `名簿 › header/footer`, `defined names`.
 */
import { type ExtractContext, originOf } from './context.js';
import { readDrawing } from './drawingml.js';
import { joinLocation } from './location.js';
import type { OoxmlPackage } from './ooxml.js';
import { buildTable } from './table.js';
import { attribute, localName, scanXml } from './xml.js';

/** Cell-anchored comments of a comments part: ref → text. */
function readComments(xml: string, element: 'comment' | 'threadedComment'): { ref: string; text: string }[] {
  const comments: { ref: string; text: string }[] = [];
  let ref: string | null = null;
  let parts: string[] = [];
  let capture = false;
  let phoneticDepth = 0;
  scanXml(xml, (token) => {
    if (token.kind === 'open') {
      const name = localName(token.name);
      if (name === element) {
        ref = attribute(token.attrs, 'ref') ?? '';
        parts = [];
      } else if (name === 'rPh' && !token.selfClosing) phoneticDepth++;
      else if (name === 't' || name === 'text') capture = ref !== null && !token.selfClosing;
    } else if (token.kind === 'close') {
      const name = localName(token.name);
      if (name === element && ref !== null) {
        const text = parts.join('').trim();
        if (text) comments.push({ ref, text });
        ref = null;
      } else if (name === 'rPh') phoneticDepth--;
      else if (name === 't' || name === 'text') capture = false;
    } else if (capture && phoneticDepth === 0) parts.push(token.text);
  });
  return comments;
}

/** Header/footer text without Excel's formatting codes (&L &C &R &P &N &D &T &F &A &"font" &12 &K…). */
export function headerFooterText(code: string): string {
  return code
    .replace(/&&/g, '\u0000')
    .replace(/&"[^"]*"/g, '')
    .replace(/&K[0-9A-Fa-f]{6}|&K\d{2}[+-]\d{3}/g, '')
    .replace(/&\d+/g, '')
    .replace(/&[LCRPNDTFAGBIUESXYZ]/g, ' ')
    .replace(/\u0000/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function readHeaderFooter(sheetXml: string): string[] {
  const start = sheetXml.lastIndexOf('<headerFooter');
  if (start === -1) return [];
  const texts: string[] = [];
  let capture = false;
  let current: string[] = [];
  scanXml(sheetXml.slice(start), (token) => {
    if (token.kind === 'open' && /^(odd|even|first)(Header|Footer)$/.test(localName(token.name))) {
      capture = !token.selfClosing;
      current = [];
    } else if (token.kind === 'close' && /^(odd|even|first)(Header|Footer)$/.test(localName(token.name))) {
      capture = false;
      const text = headerFooterText(current.join(''));
      // Page numbering boilerplate ("Page &P of &N", "&P ページ") carries nothing.
      if (text && !/^(?:page|of|ページ|頁|\/|-|\s)*$/i.test(text) && !texts.includes(text)) texts.push(text);
    } else if (token.kind === 'text' && capture) current.push(token.text);
  });
  return texts;
}

/** Reads comments, drawings and header/footer of one sheet. `sheetRef` is the sheet name as used in cell references. */
export async function extractSheetParts(
  ctx: ExtractContext,
  pkg: OoxmlPackage,
  base: string,
  sheet: { name: string; ref: string; path: string },
  sheetXml: string,
): Promise<void> {
  const rels = await pkg.relationships(sheet.path);
  const sheetLocation = joinLocation(base, sheet.name);
  const threadedRefs = new Set<string>();
  for (const rel of rels.values()) {
    if (!/threadedComment$/i.test(rel.type)) continue;
    const xml = await pkg.text(rel.target);
    if (xml === undefined) continue;
    for (const comment of readComments(xml, 'threadedComment')) {
      threadedRefs.add(comment.ref);
      ctx.sink.addText({ ...originOf(ctx, joinLocation(base, `${sheet.ref}!${comment.ref} (comment)`)), text: comment.text });
    }
  }
  for (const rel of rels.values()) {
    if (/comments$/i.test(rel.type)) {
      const xml = await pkg.text(rel.target);
      if (xml === undefined) continue;
      for (const comment of readComments(xml, 'comment')) {
        // Excel writes a legacy copy ("[Threaded comment] …") of every threaded comment.
        if (threadedRefs.has(comment.ref)) continue;
        ctx.sink.addText({ ...originOf(ctx, joinLocation(base, `${sheet.ref}!${comment.ref} (comment)`)), text: comment.text });
      }
    } else if (/\/drawing$/i.test(rel.type)) {
      const xml = await pkg.text(rel.target);
      if (xml === undefined) continue;
      const drawing = readDrawing(xml, joinLocation(sheetLocation, 'drawing'));
      ctx.sink.addText({ ...originOf(ctx, joinLocation(sheetLocation, 'drawing')), text: drawing.text });
      for (const table of drawing.tables) ctx.sink.addTable(buildTable(originOf(ctx, table.location), table.rows));
    }
  }
  const headerFooter = readHeaderFooter(sheetXml);
  if (headerFooter.length > 0) ctx.sink.addText({ ...originOf(ctx, joinLocation(sheetLocation, 'header/footer')), text: headerFooter.join('\n') });
}

/**
 * Defined names whose value holds text (`="山田太郎 090-…"`); references (`名簿!$A$1:$D$40`) and
 * the built-in `_xlnm.*` names (print areas, filters) carry none.
 */
export function readDefinedNameTexts(workbookXml: string): string[] {
  const texts: string[] = [];
  let name: string | null = null;
  let value: string[] = [];
  scanXml(workbookXml, (token) => {
    if (token.kind === 'open' && localName(token.name) === 'definedName') {
      name = token.selfClosing ? null : (attribute(token.attrs, 'name') ?? '');
      value = [];
    } else if (token.kind === 'close' && localName(token.name) === 'definedName' && name !== null) {
      const literals = [...value.join('').matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')).filter((t) => t.trim());
      if (!name.startsWith('_xlnm.') && literals.length > 0) texts.push(`${name}: ${literals.join(' ')}`);
      name = null;
    } else if (token.kind === 'text' && name !== null) value.push(token.text);
  });
  return texts;
}
