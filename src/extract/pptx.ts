/**
 * .pptx → text per slide (`slide 3`) in presentation order, tables on a slide as tables
 * (`slide 3 › table 1`, a 氏名 column makes records like a sheet), and speaker notes (`slide 3 (notes)`).
 */
import { type ExtractContext, originOf } from './context.js';
import { readDrawing } from './drawingml.js';
import { joinLocation } from './location.js';
import type { OoxmlPackage } from './ooxml.js';
import { buildTable } from './table.js';
import { attribute, localName, scanXml } from './xml.js';

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
    const slide = readDrawing(xml, joinLocation(base, label));
    ctx.sink.addText({ ...originOf(ctx, joinLocation(base, label)), text: slide.text });
    for (const table of slide.tables) ctx.sink.addTable(buildTable(originOf(ctx, table.location), table.rows));
    const notes = [...(await pkg.relationships(path)).values()].find((rel) => /notesSlide$/i.test(rel.type));
    const notesXml = notes ? await pkg.text(notes.target) : undefined;
    if (notesXml !== undefined) {
      ctx.sink.addText({ ...originOf(ctx, joinLocation(base, `${label} (notes)`)), text: readDrawing(notesXml, joinLocation(base, `${label} (notes)`)).text });
    }
  }
}
