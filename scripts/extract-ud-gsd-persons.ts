/**
 * Builds the small evaluation extract test/eval-data/ud-japanese-gsd/persons.json from UD Japanese
 * GSD's NE-annotated dev and test files (Megagon Labs' BILUO `NE=` labels in the MISC column,
 * r2.9, commit 47a8a6c of github.com/UniversalDependencies/UD_Japanese-GSD, CC BY-SA 4.0):
 * sentence text and PERSON spans only. Neither split is used for training.
 *
 *   npx tsx scripts/extract-ud-gsd-persons.ts <ja_gsd-ud-dev.ne.conllu> <ja_gsd-ud-test.ne.conllu>
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'test/eval-data/ud-japanese-gsd/persons.json');

interface Sentence {
  id: string;
  text: string;
  persons: Array<[number, number]>;
}

function parse(file: string): Sentence[] {
  const out: Sentence[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.length > 0);
    const id = lines.find((l) => l.startsWith('# sent_id = '))?.slice(12);
    const text = lines.find((l) => l.startsWith('# text = '))?.slice(9);
    if (!id || text === undefined) continue;
    const persons: Array<[number, number]> = [];
    let cursor = 0;
    let open = -1;
    for (const line of lines) {
      if (line.startsWith('#')) continue;
      const cols = line.split('\t');
      if (cols.length < 10 || cols[0]!.includes('-') || cols[0]!.includes('.')) continue;
      const form = cols[1]!;
      const at = text.indexOf(form, cursor);
      if (at < 0) throw new Error(`${file} ${id}: token ${form} not found in the sentence text`);
      const end = at + form.length;
      cursor = end;
      const ne = /(?:^|\|)NE=([BILU])-PERSON(?:\||$)/.exec(cols[9]!)?.[1];
      if (ne === 'U') persons.push([at, end]);
      else if (ne === 'B') open = at;
      else if (ne === 'L' && open >= 0) {
        persons.push([open, end]);
        open = -1;
      }
    }
    out.push({ id, text, persons });
  }
  return out;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.log('usage: npx tsx scripts/extract-ud-gsd-persons.ts <dev.ne.conllu> <test.ne.conllu>');
  process.exit(1);
}
const sentences = files.flatMap(parse);
mkdirSync(path.dirname(OUT), { recursive: true });
const doc = {
  source: 'UD Japanese GSD r2.9 NE (dev + test), github.com/UniversalDependencies/UD_Japanese-GSD commit 47a8a6c085ad81a5c294d4dea553b1d984de7ddc',
  licence: 'CC BY-SA 4.0, see NOTICE.md',
  sentences,
};
writeFileSync(OUT, `${JSON.stringify(doc)}\n`);
console.log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.persons.length, 0)} PERSON spans → ${OUT}`);
