/**
 * Property-based: masking never shows more than the documented number of characters of any value,
 * for every category (src/detect/mask.ts), and a finding's context never shows part of a value
 * cut by the context window (the e-mail local part leak `*p**_hlzlgi@…`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Hit } from '../../src/detect/hit.js';
import { sampleFor } from '../../src/detect/sample.js';
import type { CategoryId } from '../../src/detect/types.js';
import type { Detector } from '../../src/detect/index.js';
import { detector, mail } from './helpers.js';

/** Characters that carry no value: the mask itself and separators. */
const carriesNothing = /[*\s\-‐－ー–—.・/()（）:：]/u;

/** Documented: how many characters of the value may stay in clear. */
const budget: Record<string, number> = {
  phone: 7,
  credit_card: 8,
  my_number: 4,
  drivers_license: 4,
  pension_number: 4,
  corporate_number: 5,
  bank_account: 2,
  health_insurance: 2,
  birth_date: 0,
  passport: 4,
  residence_card: 4,
  person_name: 4,
  address: 10,
  email_address: 1,
  'sensitive.medical': 2,
  'custom.project': 2,
  postal_code: 2,
};

function clearCount(category: string, masked: string): number {
  const shown = category === 'email_address' && masked.includes('@') ? masked.slice(0, masked.lastIndexOf('@')) : masked;
  return [...shown].filter((c) => !carriesNothing.test(c)).length;
}

const hit = (category: string, value: string): Hit => ({ category: category as CategoryId, start: 0, end: value.length, value, confidence: 'high', reason: 'test' });

const digitsValue = fc.array(fc.oneof(fc.constantFrom(...'0123456789'), fc.constantFrom('-', ' ', '－', '(', ')')), { minLength: 1, maxLength: 24 }).map((a) => a.join(''));
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const japanese = fc.array(fc.constantFrom(...'山田佐藤鈴木高橋太郎花子一郎東京都千代田区丸の内大阪府北市町村郡病院糖尿病'), { minLength: 1, maxLength: 20 }).map((a) => a.join(''));
const emailValue = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9._%+-]{1,64}$/), fc.stringMatching(/^[a-z0-9-]{1,20}\.(co\.jp|jp|com)$/))
  .map(([local, domain]) => `${local}@${domain}`);
const nameValue = fc.oneof(japanese, fc.tuple(japanese, japanese).map(([a, b]) => `${a} ${b}`), anyText);

describe('masking shows at most the documented number of characters', () => {
  for (const category of Object.keys(budget)) {
    it(`${category}: ≤ ${budget[category]} characters in clear`, () => {
      const values =
        category === 'email_address' ? fc.oneof(emailValue, anyText)
        : category === 'person_name' ? nameValue
        : category === 'address' || category.startsWith('sensitive') || category.startsWith('custom') ? fc.oneof(japanese, anyText)
        : fc.oneof(digitsValue, anyText);
      fc.assert(
        fc.property(values, (value) => {
          const masked = sampleFor(hit(category, value), value);
          expect(clearCount(category, masked), `${category}: ${JSON.stringify(value)} → ${JSON.stringify(masked)}`).toBeLessThanOrEqual(budget[category]!);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('an e-mail keeps its domain and only the first character of its local part', () => {
    fc.assert(
      fc.property(emailValue, (value) => {
        const masked = sampleFor(hit('email_address', value), value);
        expect(masked.endsWith(value.slice(value.lastIndexOf('@')))).toBe(true);
        expect(masked.slice(0, masked.lastIndexOf('@')).replace(/\*/g, '')).toBe(value[0]);
      }),
    );
  });
});

describe('contexts never show part of a value', () => {
  let d: Detector;
  beforeAll(async () => {
    d = await detector();
  });

  // Letters the domain and the filler never contain, so any 3 of them in a row come from the local part.
  const local = fc.array(fc.constantFrom(...'abcdefghikmnoqrstuvwxy'), { minLength: 8, maxLength: 16 }).map((a) => a.join(''));
  const filler = fc.array(fc.constantFrom(...'にてのはをがおよび連絡先まで宜しく、。'), { minLength: 0, maxLength: 40 }).map((a) => a.join(''));

  it('an e-mail address near another finding is never cut into clear text by the context window', () => {
    fc.assert(
      fc.property(local, filler, filler, (name, before, between) => {
        const body = `${before}メール ${name}_${name.length}@zz-zz.jp ${between}携帯 090-1234-5678 まで。`;
        const findings = d.detect(mail(body, { source: 'attachment' })).findings;
        const shown = JSON.stringify(findings.map((f) => [f.sample, f.context ?? '']));
        for (let i = 1; i + 3 <= name.length; i++) expect(shown, body).not.toContain(name.slice(i, i + 3));
      }),
      { numRuns: 150 },
    );
  });
});
