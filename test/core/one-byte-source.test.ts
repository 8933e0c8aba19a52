import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';
import { toOneByteSource } from '../../src/prebuild/one-byte-source.js';

/** Runs a script and returns the JSON of its completion value. */
function run(source: string): string {
  return JSON.stringify(vm.runInNewContext(source, {}));
}

const sample = String.raw`
// 氏名の列を探す — a comment with wide characters
/* ブロック「コメント」 */
const 氏名 = '山田';
const re = /(?:氏名|お名前)[:：]\s*([\u4e00-\u9fff]{1,4})/u;
const cls = /[あ-ん]+/g;
const astral = /^[😀-😂]$/u;
const astralLegacy = /😀/;
const identity = '\あ\\い';
const identityRe = /\あ/;
const untagged = ` + '`' + String.raw`${'$'}{氏名}様 — テンプレート` + '`' + String.raw`;
const tagged = String.raw` + '`' + String.raw`生の\n文字` + '`' + String.raw`;
({
  name: 氏名,
  match: re.exec('お名前：佐藤花子')?.[1],
  hira: 'あいう、カタカナ'.match(cls),
  astral: [astral.test('😁'), astral.test('😃'), astralLegacy.test('x😀y')],
  identity,
  identityRe: identityRe.test('あ'),
  untagged,
  tagged,
  sources: [re.source.length > 0, cls.flags],
});
`;

describe('bundle sources in Latin-1 (so V8 keeps them one byte per character)', () => {
  it('rewrites comments, expressions, strings, identifiers and untagged templates without changing what the code does', () => {
    const out = toOneByteSource(sample, ts);
    expect(out.escaped).toBeGreaterThan(20);
    // Only the tagged template keeps its wide characters (the tag sees the raw text).
    expect(out.templates).toBe(4);
    const wideLeft = [...out.text.matchAll(/[^\x00-\xff]/g)].map((m) => m[0]).join('');
    expect(wideLeft).toBe('生の文字');
    const before = run(sample);
    expect(run(out.text)).toBe(before);
    expect(JSON.parse(before)).toMatchObject({ name: '山田', match: '佐藤花子', hira: ['あいう'], astral: [true, false, true], identity: 'あ\\い', identityRe: true, untagged: '山田様 — テンプレート', tagged: '生の\\n文字' });
  });

  it('leaves Latin-1 source as it is', () => {
    const source = "const a = 'café'; // déjà vu\n";
    expect(toOneByteSource(source, ts)).toEqual({ text: source, escaped: 0, templates: 0 });
  });

  it('the built bundle has nothing left to escape', () => {
    const dir = path.resolve('dist/bundle');
    if (!existsSync(dir)) {
      console.log(`[bundle] skipped: ${dir} is not built (npm run build makes it when esbuild is installed)`);
      return;
    }
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(10);
    const left = files.filter((f) => toOneByteSource(readFileSync(path.join(dir, f), 'utf8'), ts).escaped > 0);
    expect(left).toEqual([]);
  });
});
