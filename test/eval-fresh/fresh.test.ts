/**
 * The hand-written sets (test/eval-fresh/ to test/eval-fresh120/) through real MIME, extraction,
 * detection and the default policy, as `npm run eval` reports them in EVALUATION.md. Guards the
 * verdicts measured there against regressions: a change that holds more ordinary mail or lets
 * more risky mail through fails here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { evaluateBusiness } from '../../src/eval/business.js';
import { loadFreshCases, withInternalDomains } from '../../src/eval/fresh.js';
import { extractMessage } from '../../src/extract/index.js';
import { defaultPolicyPath, loadPolicy } from '../../src/policy/index.js';

const here = import.meta.dirname;
/** Each set: its file, its size, and the verdicts measured (ordinary mail held at most, risky mail held at least). */
const SETS = [
  { name: 'set 1', file: path.join(here, 'fresh.json'), mails: 175, ordinaryHeld: 2, riskyHeld: 85 },
  { name: 'set 2', file: path.join(here, '../eval-fresh2/fresh.json'), mails: 120, ordinaryHeld: 0, riskyHeld: 60 },
  { name: 'set 3', file: path.join(here, '../eval-fresh3/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 4', file: path.join(here, '../eval-fresh4/fresh.json'), mails: 80, ordinaryHeld: 0, riskyHeld: 40 },
  { name: 'set 5', file: path.join(here, '../eval-fresh5/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 6', file: path.join(here, '../eval-fresh6/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 7', file: path.join(here, '../eval-fresh7/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 8', file: path.join(here, '../eval-fresh8/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 9', file: path.join(here, '../eval-fresh9/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 49 },
  { name: 'set 10', file: path.join(here, '../eval-fresh10/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 11', file: path.join(here, '../eval-fresh11/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 12', file: path.join(here, '../eval-fresh12/fresh.json'), mails: 100, ordinaryHeld: 2, riskyHeld: 50 },
  { name: 'set 13', file: path.join(here, '../eval-fresh13/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 46 },
  { name: 'set 14', file: path.join(here, '../eval-fresh14/fresh.json'), mails: 100, ordinaryHeld: 2, riskyHeld: 50 },
  { name: 'set 15', file: path.join(here, '../eval-fresh15/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 16', file: path.join(here, '../eval-fresh16/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 17', file: path.join(here, '../eval-fresh17/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 18', file: path.join(here, '../eval-fresh18/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 19', file: path.join(here, '../eval-fresh19/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 20', file: path.join(here, '../eval-fresh20/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 21', file: path.join(here, '../eval-fresh21/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 22', file: path.join(here, '../eval-fresh22/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 23', file: path.join(here, '../eval-fresh23/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 24', file: path.join(here, '../eval-fresh24/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 25', file: path.join(here, '../eval-fresh25/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 26', file: path.join(here, '../eval-fresh26/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 27', file: path.join(here, '../eval-fresh27/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 28', file: path.join(here, '../eval-fresh28/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 29', file: path.join(here, '../eval-fresh29/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 30', file: path.join(here, '../eval-fresh30/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 31', file: path.join(here, '../eval-fresh31/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 32', file: path.join(here, '../eval-fresh32/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 33', file: path.join(here, '../eval-fresh33/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 48 },
  { name: 'set 34', file: path.join(here, '../eval-fresh34/fresh.json'), mails: 100, ordinaryHeld: 2, riskyHeld: 50 },
  { name: 'set 35', file: path.join(here, '../eval-fresh35/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 48 },
  { name: 'set 36', file: path.join(here, '../eval-fresh36/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 37', file: path.join(here, '../eval-fresh37/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 38', file: path.join(here, '../eval-fresh38/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 39', file: path.join(here, '../eval-fresh39/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 40', file: path.join(here, '../eval-fresh40/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 41', file: path.join(here, '../eval-fresh41/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 42', file: path.join(here, '../eval-fresh42/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 43', file: path.join(here, '../eval-fresh43/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 44', file: path.join(here, '../eval-fresh44/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 45', file: path.join(here, '../eval-fresh45/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 46', file: path.join(here, '../eval-fresh46/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 47', file: path.join(here, '../eval-fresh47/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 48', file: path.join(here, '../eval-fresh48/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 49', file: path.join(here, '../eval-fresh49/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 50', file: path.join(here, '../eval-fresh50/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 49 },
  { name: 'set 51', file: path.join(here, '../eval-fresh51/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 52', file: path.join(here, '../eval-fresh52/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 53', file: path.join(here, '../eval-fresh53/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 54', file: path.join(here, '../eval-fresh54/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 55', file: path.join(here, '../eval-fresh55/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 56', file: path.join(here, '../eval-fresh56/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 57', file: path.join(here, '../eval-fresh57/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 58', file: path.join(here, '../eval-fresh58/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 59', file: path.join(here, '../eval-fresh59/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 60', file: path.join(here, '../eval-fresh60/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 61', file: path.join(here, '../eval-fresh61/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 49 },
  { name: 'set 62', file: path.join(here, '../eval-fresh62/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 63', file: path.join(here, '../eval-fresh63/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 64', file: path.join(here, '../eval-fresh64/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 65', file: path.join(here, '../eval-fresh65/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 49 },
  { name: 'set 66', file: path.join(here, '../eval-fresh66/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 67', file: path.join(here, '../eval-fresh67/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 68', file: path.join(here, '../eval-fresh68/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 49 },
  { name: 'set 69', file: path.join(here, '../eval-fresh69/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 70', file: path.join(here, '../eval-fresh70/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 71', file: path.join(here, '../eval-fresh71/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 72', file: path.join(here, '../eval-fresh72/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 73', file: path.join(here, '../eval-fresh73/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 48 },
  { name: 'set 74', file: path.join(here, '../eval-fresh74/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 75', file: path.join(here, '../eval-fresh75/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 76', file: path.join(here, '../eval-fresh76/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 77', file: path.join(here, '../eval-fresh77/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 78', file: path.join(here, '../eval-fresh78/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 79', file: path.join(here, '../eval-fresh79/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 80', file: path.join(here, '../eval-fresh80/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 81', file: path.join(here, '../eval-fresh81/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 82', file: path.join(here, '../eval-fresh82/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 83', file: path.join(here, '../eval-fresh83/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 84', file: path.join(here, '../eval-fresh84/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 85', file: path.join(here, '../eval-fresh85/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 86', file: path.join(here, '../eval-fresh86/fresh.json'), mails: 100, ordinaryHeld: 1, riskyHeld: 50 },
  { name: 'set 87', file: path.join(here, '../eval-fresh87/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 88', file: path.join(here, '../eval-fresh88/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 48 },
  { name: 'set 89', file: path.join(here, '../eval-fresh89/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 90', file: path.join(here, '../eval-fresh90/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 91', file: path.join(here, '../eval-fresh91/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 92', file: path.join(here, '../eval-fresh92/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 93', file: path.join(here, '../eval-fresh93/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 94', file: path.join(here, '../eval-fresh94/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 95', file: path.join(here, '../eval-fresh95/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 96', file: path.join(here, '../eval-fresh96/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 97', file: path.join(here, '../eval-fresh97/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 98', file: path.join(here, '../eval-fresh98/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 99', file: path.join(here, '../eval-fresh99/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 100', file: path.join(here, '../eval-fresh100/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 101', file: path.join(here, '../eval-fresh101/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 102', file: path.join(here, '../eval-fresh102/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 103', file: path.join(here, '../eval-fresh103/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 104', file: path.join(here, '../eval-fresh104/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 105', file: path.join(here, '../eval-fresh105/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 106', file: path.join(here, '../eval-fresh106/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 107', file: path.join(here, '../eval-fresh107/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 108', file: path.join(here, '../eval-fresh108/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 109', file: path.join(here, '../eval-fresh109/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 110', file: path.join(here, '../eval-fresh110/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 111', file: path.join(here, '../eval-fresh111/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 48 },
  { name: 'set 112', file: path.join(here, '../eval-fresh112/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 113', file: path.join(here, '../eval-fresh113/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 114', file: path.join(here, '../eval-fresh114/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 115', file: path.join(here, '../eval-fresh115/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 116', file: path.join(here, '../eval-fresh116/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 117', file: path.join(here, '../eval-fresh117/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 118', file: path.join(here, '../eval-fresh118/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 49 },
  { name: 'set 119', file: path.join(here, '../eval-fresh119/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
  { name: 'set 120', file: path.join(here, '../eval-fresh120/fresh.json'), mails: 100, ordinaryHeld: 0, riskyHeld: 50 },
];

describe('hand-written business mail', () => {
  it('every mail builds as MIME; an encrypted zip is reported as encrypted', async () => {
    const cases = (await loadFreshCases(SETS[0]!.file))!;
    const zipped = cases.find((c) => c.category === 'attachment.encrypted_zip')!;
    const extraction = await extractMessage(Buffer.from(zipped.raw, 'base64'));
    expect(extraction.encrypted.length).toBeGreaterThan(0);
  });

  it('a PDF attachment keeps every character of a long line (wrapped to the page, not cut at its edge)', async () => {
    const { textPdf } = await import('../../src/bench/fixtures/pdf.js');
    const { extractMessage: extract } = await import('../../src/extract/index.js');
    const MailComposer = (await import('nodemailer/lib/mail-composer/index.js')).default;
    const line = 'Mitsuba Bank Shimbashi Branch, Ordinary 7730218, TransCope Language Services Inc.';
    const raw = await new MailComposer({ from: 'a@example.com', to: 'b@example.com', text: 'x', attachments: [{ filename: 'i.pdf', content: textPdf(line) }] }).compile().build();
    const text = (await extract(raw)).segments.find((seg) => seg.location.includes('i.pdf'))?.text ?? '';
    expect(text.replace(/\s+/g, ' ')).toContain(line);
  });

  it("a writer's sheet drawn with pipes under a `Sheet1: name` line becomes a sheet of that name with one value per cell", async () => {
    const cases = (await loadFreshCases(path.join(here, '../eval-fresh91/fresh.json')))!;
    const sheet = cases.find((c) => c.id === 'cm051')!;
    const extraction = await extractMessage(Buffer.from(sheet.raw, 'base64'));
    const table = extraction.tables.find((t) => (t.header ?? []).includes('Passport No.'));
    expect(table?.header).toEqual(['Surname', 'Given name', 'Date of birth', 'Nationality', 'Passport No.', 'Expiry']);
    expect(table?.location).toContain('Trainees');
  });

  for (const set of SETS) {
    it(`${set.name}: holds few ordinary mails and nearly all risky ones`, async () => {
      const cases = (await loadFreshCases(set.file))!;
      expect(cases.length).toBeGreaterThanOrEqual(set.mails);
      const detector = await createDetector({ hashKey: 'fresh-test' });
      const r = await evaluateBusiness(detector, withInternalDomains(await loadPolicy(defaultPolicyPath)), cases);
      expect(r.benign.held, r.falseHolds.join('\n')).toBeLessThanOrEqual(set.ordinaryHeld);
      expect(r.risky.held, r.misses.join('\n')).toBeGreaterThanOrEqual(set.riskyHeld);
    }, 120_000);
  }
});
