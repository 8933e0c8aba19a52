/** Office Open XML packages (xlsx, docx, pptx): part lookup and relationships, read with the zip limits. */
import type { InflateGuard, OpenedZip, ZipEntryInfo } from './zip.js';
import { CorruptContent } from './problems.js';
import { attribute, scanXml } from './xml.js';

export type OoxmlKind = 'xlsx' | 'docx' | 'pptx';

export class OoxmlPackage {
  private readonly parts = new Map<string, ZipEntryInfo>();

  constructor(
    private readonly zip: OpenedZip,
    private readonly guard: InflateGuard,
  ) {
    for (const entry of zip.entries) this.parts.set(entry.name.replace(/^\/+/, '').toLowerCase(), entry);
  }

  has(path: string): boolean {
    return this.parts.has(path.toLowerCase());
  }

  /** Part paths (as stored) matching a pattern, e.g. all `word/header*.xml`. */
  find(pattern: RegExp): string[] {
    return [...this.parts.values()].map((entry) => entry.name).filter((name) => pattern.test(name));
  }

  /** Reads a part as UTF-8 text; undefined when it does not exist. */
  async text(path: string): Promise<string | undefined> {
    const entry = this.parts.get(path.replace(/^\/+/, '').toLowerCase());
    if (!entry) return undefined;
    this.guard.deadline.check();
    const bytes = await this.zip.read(entry, this.guard);
    return bytes.toString('utf8');
  }

  async requiredText(path: string): Promise<string> {
    const text = await this.text(path);
    if (text === undefined) throw new CorruptContent(`document part ${path} is missing`);
    return text;
  }

  /** Relationships of a part: id → { target path resolved against the part's folder, type }. */
  async relationships(partPath: string): Promise<Map<string, { target: string; type: string }>> {
    const slash = partPath.lastIndexOf('/');
    const folder = slash === -1 ? '' : partPath.slice(0, slash);
    const relsPath = `${folder ? `${folder}/` : ''}_rels/${partPath.slice(slash + 1)}.rels`;
    const xml = await this.text(relsPath);
    const rels = new Map<string, { target: string; type: string }>();
    if (xml === undefined) return rels;
    scanXml(xml, (token) => {
      if (token.kind !== 'open' || !token.name.endsWith('Relationship')) return;
      const id = attribute(token.attrs, 'Id');
      const target = attribute(token.attrs, 'Target');
      if (!id || !target || attribute(token.attrs, 'TargetMode') === 'External') return;
      rels.set(id, { target: resolvePartPath(folder, target), type: attribute(token.attrs, 'Type') ?? '' });
    });
    return rels;
  }
}

/** Resolves a relationship target (`worksheets/sheet1.xml`, `../media/x.png`, `/xl/a.xml`) against a folder. */
export function resolvePartPath(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** Which OOXML document a zip is, from its parts; undefined for a plain archive. */
export function detectOoxmlKind(zip: OpenedZip): OoxmlKind | undefined {
  const names = new Set(zip.entries.map((entry) => entry.name.toLowerCase()));
  if (!names.has('[content_types].xml')) return undefined;
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  return undefined;
}
