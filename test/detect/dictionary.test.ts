import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDetector, DictionaryError } from '../../src/detect/index.js';
import { loadDictionaries, textTermMatches } from '../../src/detect/dictionary.js';
import { best, mail } from './helpers.js';

const dirs: string[] = [];
async function dictDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dict-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

const codeNames = 'kind: terms\ncategory: custom.project\nmatch: text\nconfidence: high\nterms:\n  - Project Falcon\n  - term: 鷹計画\n    variants: [タカ計画]\n';

describe('dictionaries', () => {
  it('loads the shipped dictionaries without error', async () => {
    const d = await loadDictionaries(path.resolve('dictionaries'));
    expect(d.tokenTerms.get('糖尿病')?.category).toBe('sensitive.medical');
  });

  it('custom categories match and reload picks up new files', async () => {
    const dir = await dictDir({ 'terms/medical.yaml': 'kind: terms\ncategory: sensitive.medical\nterms: [糖尿病]\n' });
    const d = await createDetector({ dictionariesDir: dir });
    expect(best(d.detect(mail('PROJECT FALCON の件')).findings, 'custom.project')).toBe('none');
    await writeFile(path.join(dir, 'terms/project.yaml'), codeNames);
    await d.reloadDictionaries();
    expect(best(d.detect(mail('PROJECT FALCON の件、タカ計画も')).findings, 'custom.project')).toBe('high');
  });

  it('ignores YAML that is not a term dictionary (e.g. a freemail list)', async () => {
    const dir = await dictDir({ 'freemail.yaml': 'domains:\n  - gmail.com\n', 'terms/p.yaml': codeNames });
    const d = await loadDictionaries(dir);
    expect(d.files).toEqual(['x/terms/p.yaml'.replace('x', path.basename(dir))]);
  });

  it('names file and key in validation errors', async () => {
    const bad = await dictDir({ 'terms/bad.yaml': 'kind: terms\ncategory: sensitive.medical\nterms:\n  - 糖尿病\n  - term: 123\n' });
    await expect(loadDictionaries(bad)).rejects.toThrow(/DICTIONARY_INVALID at .*terms\/bad\.yaml terms\[1\]/);
    const cat = await dictDir({ 'terms/x.yaml': 'kind: terms\ncategory: secret\nterms: [a]\n' });
    await expect(loadDictionaries(cat)).rejects.toThrow(/category/);
    const missingKind = await dictDir({ 'terms/y.yaml': 'category: custom.y\nterms: [a]\n' });
    await expect(loadDictionaries(missingKind)).rejects.toBeInstanceOf(DictionaryError);
    const yaml = await dictDir({ 'terms/z.yaml': 'kind: terms\n  category: : :\n' });
    await expect(loadDictionaries(yaml)).rejects.toThrow(/terms\/z\.yaml:\d+.*not valid YAML/);
  });

  it('a term that names an event is not found before its appointment; a bad `names` is an error', async () => {
    const events = 'kind: terms\ncategory: custom.exam\nconfidence: high\nterms:\n  - term: 適性検査\n    names: event\n  - 面接評価\n';
    const d = await createDetector({ dictionariesDir: await dictDir({ 'terms/exam.yaml': events }) });
    expect(best(d.detect(mail('来週の適性検査の日程をお知らせします。')).findings, 'custom.exam')).toBe('none');
    expect(best(d.detect(mail('適性検査の結果をお送りします。')).findings, 'custom.exam')).toBe('high');
    // A term without the attribute is found before an appointment as before.
    expect(best(d.detect(mail('面接評価の日程をお知らせします。')).findings, 'custom.exam')).toBe('high');
    const bad = await dictDir({ 'terms/bad.yaml': 'kind: terms\ncategory: custom.exam\nterms:\n  - term: 適性検査\n    names: meeting\n' });
    await expect(loadDictionaries(bad)).rejects.toThrow(/DICTIONARY_INVALID at .*terms\/bad\.yaml terms\[0\]/);
  });

  it('text terms: whole words at Latin ends, anywhere at Japanese ends, any case, every occurrence', async () => {
    const terms = 'kind: terms\ncategory: custom.project\nmatch: text\nconfidence: high\nterms:\n  - Falcon\n  - Project Falcon\n  - 鷹計画\n  - X-7 plan\n  - 「隼」\n';
    const dir = await dictDir({ 'terms/p.yaml': terms });
    const d = await createDetector({ dictionariesDir: dir });
    const body = 'Project Falcon と falcons、FALCON。Falconry と xFalcon は別。鷹計画鷹計画、x-7 PLAN、コード名「隼」';
    const hits = d.spans(mail(body)).filter((s) => s.category === 'custom.project');
    expect(hits.map((h) => body.slice(h.start, h.end))).toEqual(['Project Falcon', 'falcons', 'FALCON', '鷹計画', '鷹計画', 'x-7 PLAN', '「隼」']);
    // Only positions where a term can begin are tried, with the same result as trying every one.
    const { textMatchers } = await loadDictionaries(dir);
    const everywhere = new RegExp(textMatchers[0]!.regex.source, 'giu');
    for (const text of [body, body.repeat(3), `${body.toUpperCase()} falcon`, 'falconfalcon Falcon-Falcon 鷹計画s', '']) {
      expect([...textTermMatches(textMatchers[0]!, text)]).toEqual([...text.matchAll(everywhere)].map((m) => ({ index: m.index, text: m[0] })));
    }
  });

  it('a failed reload keeps the previous dictionaries', async () => {
    const dir = await dictDir({ 'terms/p.yaml': codeNames });
    const d = await createDetector({ dictionariesDir: dir });
    await writeFile(path.join(dir, 'terms/p.yaml'), 'kind: terms\ncategory: custom.project\nterms: []\n');
    await expect(d.reloadDictionaries()).rejects.toThrow(/DICTIONARY_INVALID/);
    expect(best(d.detect(mail('Project Falcon')).findings, 'custom.project')).toBe('high');
  });
});
