/** .pptx → text per slide (`slide 3`) in presentation order, and speaker notes (`slide 3 (notes)`). */
import { type ExtractContext, originOf } from './context.js';
import { joinLocation } from './location.js';
import type { OoxmlPackage } from './ooxml.js';
import { attribute, localName, scanXml } from './xml.js';

/** Paragraph texts of a DrawingML part (slide, notes): `a:t` runs, `a:br` line breaks. */
function readDrawingText(xml: string): string {
  const paragraphs: string[] = [];
  let paragraph: string[] | null = null;
  let capture = false;
  scanXml(xml, (token) => {
    if (token.kind === 'text') {
      if (capture && paragraph) paragraph.push(token.text);
      return;
    }
    const name = localName(token.name);
    if (token.kind === 'open') {
      if (name === 'p' && !token.selfClosing) paragraph = [];
      else if (name === 't') capture = !token.selfClosing;
      else if (name === 'br') paragraph?.push('\n');
    } else if (name === 'p' && paragraph) {
      paragraphs.push(paragraph.join(''));
      paragraph = null;
    } else if (name === 't') capture = false;
  });
  return paragraphs.filter((text) => text.trim().length > 0).join('\n');
}

async function slideOrder(pkg: OoxmlPackage): Promise<string[]> {
  const presentation = await pkg.requiredText('ppt/presentation.xml');
  const rels = await pkg.relationships('ppt/presentation.xml');
  const slides: string[] = [];
  scanXml(presentation, (token) => {
    if (token.kind !== 'open' || localName(token.name) !== 'sldId') return;
    const id = attribute(token.attrs, 'r:id') ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(token.attrs)?.[1];
    const target = id ? rels.get(id) : undefined;
    if (target) slides.push(target.target);
  });
  if (slides.length > 0) return slides;
  // No slide list: fall back to file numbering.
  return pkg
    .find(/^ppt\/slides\/slide\d+\.xml$/i)
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
}

export async function extractPptx(ctx: ExtractContext, pkg: OoxmlPackage, base: string): Promise<void> {
  const slides = await slideOrder(pkg);
  for (let i = 0; i < slides.length; i++) {
    ctx.deadline.check();
    const path = slides[i]!;
    const xml = await pkg.text(path);
    const label = `slide ${i + 1}`;
    if (xml === undefined) {
      ctx.sink.problem(joinLocation(base, label), 'corrupt', `slide part ${path} is missing`);
      continue;
    }
    ctx.sink.addText({ ...originOf(ctx, joinLocation(base, label)), text: readDrawingText(xml) });
    const notes = [...(await pkg.relationships(path)).values()].find((rel) => /notesSlide$/i.test(rel.type));
    const notesXml = notes ? await pkg.text(notes.target) : undefined;
    if (notesXml !== undefined) {
      ctx.sink.addText({ ...originOf(ctx, joinLocation(base, `${label} (notes)`)), text: readDrawingText(notesXml) });
    }
  }
}
