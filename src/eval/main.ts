/**
 * `npm run eval`: precision/recall of the detector on the committed synthetic mail set and
 * person-name P/R/F1 on the shared Wikipedia NER set; prints a summary and writes EVALUATION.md.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarkDetection } from '../detect/bench.js';
import { createDetector, type DetectedSpan, type Detector } from '../detect/index.js';
import { loadTokenizer } from '../detect/tokenizer.js';
import { BODY_LOCATION, cellLocation, toExtraction, toTableSegment, type EvalCase, type NerSentence } from './dataset.js';
import { f1, fmt, overlaps, precision, recall, tallyOf, type Tally } from './metrics.js';
import { renderReport, type Report } from './report.js';
import { evaluateHoldout, loadHoldout, printHoldout, renderHoldout } from './holdout.js';
import { evaluateBusiness, loadBusinessCases, printBusiness, renderBusiness } from './business.js';
import { freshSets, loadFreshCases, renderFresh, renderFreshSummary, withInternalDomains } from './fresh.js';
import { defaultPolicyPath, loadPolicy } from '../policy/index.js';
import { evaluateFormats, renderFormats } from './formats.js';
import { evaluateProse, fromNer, heldOutNer, loadGsd, measureLabeller, printProse, type ProseResult } from './names-prose.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAILS = path.join(root, 'test/eval-data/mails.json');
const NER = path.resolve(root, '../shared/datasets/ner-wikipedia-ja/ner.json');
const HOLDOUT = path.join(root, 'test/eval-holdout/holdout.json');
const BUSINESS = path.join(root, 'test/eval-business/business.json');
const GSD = path.join(root, 'test/eval-data/ud-japanese-gsd/persons.json');

const isMedium = (s: DetectedSpan): boolean => s.confidence !== 'low';

function evaluateMails(detector: Detector, cases: EvalCase[]): Report['mails'] {
  const text = new Map<string, Tally>();
  const table = new Map<string, Tally>();
  const sensitive = new Map<string, Tally>();
  let zoneLeaks = 0;
  const zoneLeakExamples: string[] = [];
  let personExact = 0;
  let personAbsError = 0;
  let recordExact = 0;
  let tableCases = 0;
  for (const c of cases) {
    const extraction = toExtraction(c);
    const spans = detector.spans(extraction);
    const summary = detector.detect(extraction).summary;
    const body = spans.filter((s) => s.location === BODY_LOCATION);
    // Identifier spans in the body.
    for (const g of c.labels.filter((l) => !l.category.startsWith('sensitive.'))) {
      const found = body.some((s) => s.category === g.category && isMedium(s) && overlaps(s, g));
      tallyOf(text, g.category).tp += found ? 1 : 0;
      tallyOf(text, g.category).fn += found ? 0 : 1;
    }
    for (const s of body.filter((x) => isMedium(x) && !x.category.startsWith('sensitive.'))) {
      if (!c.labels.some((g) => g.category === s.category && overlaps(s, g))) {
        tallyOf(text, s.category).fp++;
      }
    }
    // Signatures and greetings: no medium/high at all.
    for (const z of c.zones) {
      for (const s of body.filter((x) => isMedium(x) && overlaps(x, z))) {
        zoneLeaks++;
        if (zoneLeakExamples.length < 5) zoneLeakExamples.push(`${c.id} ${z.kind} ${s.category} (${s.reason})`);
      }
    }
    // Sensitive categories per message: identified mentions must be medium/high, others low.
    const gold = new Set<string>(c.labels.filter((l) => l.category.startsWith('sensitive.') && l.identified).map((l) => l.category));
    if (c.table) for (const [, , cat] of c.table.labels) if (cat.startsWith('sensitive.')) gold.add(cat);
    const got = new Set<string>(spans.filter((s) => isMedium(s) && s.category.startsWith('sensitive.')).map((s) => s.category));
    for (const cat of new Set([...gold, ...got])) {
      const t = tallyOf(sensitive, cat);
      if (gold.has(cat) && got.has(cat)) t.tp++;
      else if (gold.has(cat)) t.fn++;
      else t.fp++;
    }
    // Tables: per cell.
    if (c.table) {
      tableCases++;
      const byCell = new Map<string, DetectedSpan[]>();
      for (const s of spans) if (s.location !== BODY_LOCATION && s.location !== 'subject') byCell.set(s.location, [...(byCell.get(s.location) ?? []), s]);
      const goldCells = new Set<string>();
      for (const [r, col, cat] of c.table.labels) {
        if (cat.startsWith('sensitive.')) continue;
        const loc = cellLocation(c.table, r, col);
        goldCells.add(`${loc}|${cat}`);
        const found = (byCell.get(loc) ?? []).some((s) => s.category === cat && isMedium(s));
        tallyOf(table, cat).tp += found ? 1 : 0;
        tallyOf(table, cat).fn += found ? 0 : 1;
      }
      for (const [loc, list] of byCell) {
        for (const s of list) if (isMedium(s) && !s.category.startsWith('sensitive.') && !goldCells.has(`${loc}|${s.category}`)) tallyOf(table, s.category).fp++;
      }
      const goldRecords = new Set(c.table.labels.map(([r]) => r)).size;
      if (summary.recordCount === goldRecords) recordExact++;
    }
    if (summary.personCount === c.personCount) personExact++;
    personAbsError += Math.abs(summary.personCount - c.personCount);
  }
  return {
    cases: cases.length,
    text: [...text.entries()].sort(),
    table: [...table.entries()].sort(),
    sensitive: [...sensitive.entries()].sort(),
    zoneLeaks,
    zoneLeakExamples,
    zonesLabelled: cases.reduce((n, c) => n + c.zones.length, 0),
    personCountExact: personExact / cases.length,
    personCountMeanAbsError: personAbsError / cases.length,
    recordCountExact: tableCases === 0 ? 1 : recordExact / tableCases,
    tableCases,
  };
}

function evaluateNer(detector: Detector, sentences: NerSentence[]): Report['ner'] {
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  const medium: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const s of sentences) {
    const gold = s.entities.filter((e) => e.type === '人名').map((e) => ({ start: e.span[0], end: e.span[1] }));
    const spans = detector
      .spans(toExtraction({ from: { name: '', address: '' }, to: [], subject: '', body: s.text }))
      .filter((x) => x.location === BODY_LOCATION && x.category === 'person_name');
    for (const [tally, list] of [[all, spans], [medium, spans.filter(isMedium)]] as const) {
      for (const g of gold) (list.some((p) => overlaps(p, g)) ? tally.tp++ : tally.fn++);
      for (const p of list) if (!gold.some((g) => overlaps(p, g))) tally.fp++;
    }
  }
  return { sentences: sentences.length, all, medium };
}

async function main(): Promise<void> {
  const detector = await createDetector({ hashKey: 'evaluation' });
  const cases = (JSON.parse(readFileSync(MAILS, 'utf8')) as { cases: EvalCase[] }).cases;
  const mails = evaluateMails(detector, cases);
  let ner: Report['ner'] | null = null;
  const prose: ProseResult[] = [];
  let nerSentences: NerSentence[] = [];
  if (existsSync(NER)) {
    nerSentences = JSON.parse(readFileSync(NER, 'utf8')) as NerSentence[];
    ner = evaluateNer(detector, nerSentences);
    prose.push(evaluateProse(detector, 'Wikipedia NER (ner-wikipedia-ja)', 'held-out 20 % by curid', fromNer(heldOutNer(nerSentences))));
  }
  const gsd = loadGsd(GSD);
  if (gsd) prose.push(evaluateProse(detector, 'UD Japanese GSD (NE, r2.9)', 'dev + test (not trained on)', gsd));
  const labellerTexts = nerSentences.length > 0 ? nerSentences.map((s) => s.text) : (gsd ?? []).map((s) => s.text);

  // Throughput on the set's bodies, and a 4,000-row roster built from its tables.
  const corpus = cases.map((c) => c.body).join('\n');
  const bench = await benchmarkDetection(corpus, { detector, tokenize: await loadTokenizer(), iterations: 2 });
  const roster = cases.find((c) => c.table && c.table.labels.length > 0)!.table!;
  const rows: string[][] = [];
  while (rows.length < 4000) rows.push(...roster.rows);
  const big = toExtraction({ ...cases[0]!, body: '', table: { ...roster, rows: rows.slice(0, 4000) } });
  big.tables = [toTableSegment({ ...roster, rows: rows.slice(0, 4000) })];
  detector.detect(big);
  const t0 = performance.now();
  const bigResult = detector.detect(big);
  const tableMs = performance.now() - t0;

  const report: Report = {
    mails,
    ner,
    prose: { results: prose, cost: labellerTexts.length > 0 ? measureLabeller(await loadTokenizer(), labellerTexts) : null },
    perf: { ...bench, tableRows: 4000, tableMs, tablePersonCount: bigResult.summary.personCount, tableRecordCount: bigResult.summary.recordCount },
  };
  const md = renderReport(report);
  // Independent hold-out set, appended after the sections above (which stay as they were).
  const holdoutCases = loadHoldout(HOLDOUT);
  const holdout = holdoutCases ? evaluateHoldout(detector, holdoutCases) : null;
  // Verdicts of the shipped default policy on ordinary outside business mail (raw MIME).
  const businessCases = loadBusinessCases(BUSINESS);
  const business = businessCases ? await evaluateBusiness(detector, await loadPolicy(defaultPolicyPath), businessCases) : null;
  // Hand-written mail from a writer who did not read the detector: the same verdict check.
  let freshMd = '';
  const freshLines: string[] = [];
  const freshReports: Array<{ info: (typeof freshSets)[number]; report: Awaited<ReturnType<typeof evaluateBusiness>> | null }> = [];
  for (const info of freshSets) {
    const cases = await loadFreshCases(path.join(root, info.file));
    const r = cases ? await evaluateBusiness(detector, withInternalDomains(await loadPolicy(defaultPolicyPath)), cases) : null;
    freshMd += renderFresh(r, cases ?? [], info);
    freshReports.push({ info, report: r });
    if (r) freshLines.push(`${info.heading}: expected to pass, held ${r.benign.held}/${r.benign.total}; expected to be held, held ${r.risky.held}/${r.risky.total}`);
  }
  freshMd = renderFreshSummary(freshReports) + freshMd;
  const formats = await evaluateFormats(detector);
  writeFileSync(path.join(root, 'EVALUATION.md'), md + renderFormats(formats) + renderHoldout(holdout) + renderBusiness(business) + freshMd);
  for (const f of formats) console.log(`format ${f.format}: ${f.measured ? `risky ${f.riskyFound}/${f.riskyMails}, people ${f.peopleFound}/${f.peopleTotal}, harmless flagged ${f.harmlessFlagged}/${f.harmlessMails}` : f.note}`);
  printSummary(report);
  printHoldout(holdout);
  printBusiness(business);
  for (const line of freshLines) console.log(line);
}

function printSummary(r: Report): void {
  const line = (name: string, t: Tally): string => `  ${name.padEnd(26)} P ${fmt(precision(t))}  R ${fmt(recall(t))}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
  console.log(`Synthetic mails: ${r.mails.cases} cases`);
  console.log('Body text (medium/high spans):');
  for (const [k, t] of r.mails.text) console.log(line(k, t));
  console.log('Table cells:');
  for (const [k, t] of r.mails.table) console.log(line(k, t));
  console.log('Sensitive (per message, about an identified person):');
  for (const [k, t] of r.mails.sensitive) console.log(line(k, t));
  console.log(`Signature/greeting medium+ findings: ${r.mails.zoneLeaks} (of ${r.mails.zonesLabelled} zones) ${r.mails.zoneLeakExamples.join('; ')}`);
  console.log(`personCount exact: ${fmt(r.mails.personCountExact)}, mean abs error ${r.mails.personCountMeanAbsError.toFixed(2)}; recordCount exact ${fmt(r.mails.recordCountExact)}`);
  if (r.ner) {
    console.log(`NER ${r.ner.sentences} sentences, person_name any confidence: P ${fmt(precision(r.ner.all))} R ${fmt(recall(r.ner.all))} F1 ${fmt(f1(r.ner.all))}`);
    console.log(`NER person_name medium/high: P ${fmt(precision(r.ner.medium))} R ${fmt(recall(r.ner.medium))} F1 ${fmt(f1(r.ner.medium))}`);
  } else console.log(`NER dataset not found at ${NER}: skipped`);
  printProse(r.prose.results, r.prose.cost);
  console.log(`detect ${r.perf.detectCharsPerSecond} chars/s, kuromoji alone ${r.perf.tokenizeCharsPerSecond} chars/s; 4,000-row table ${r.perf.tableMs.toFixed(0)} ms`);
  console.log('Wrote EVALUATION.md');
}

await main();
