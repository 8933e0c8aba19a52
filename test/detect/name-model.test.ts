import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import { decodeWithMargins, LABELS, viterbi } from '../../src/detect/name-model/decode.js';
import { emissionSums, extractFeatures, TokenSums } from '../../src/detect/name-model/features.js';
import { defaultModelDir, emissions, loadNameModel, tokenEmissions } from '../../src/detect/name-model/model.js';
import { loadTokenizer, type Token } from '../../src/detect/tokenizer.js';
import { encodePrebuiltNameWeights, readPrebuiltNameWeights } from '../../src/detect/name-model/prebuilt.js';
import { nerSplitOf } from '../../src/eval/ner-split.js';
import { best, detector, mail } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});
const run = (body: string) => d.detect(mail(body, { source: 'attachment' }));
const names = (body: string) =>
  d
    .spans(mail(body, { source: 'attachment' }))
    .filter((s) => s.category === 'person_name')
    .map((s) => ({ value: body.slice(s.start, s.end), confidence: s.confidence }));

describe('person names from the learned labeller', () => {
  it('a surname before a municipal title is a name, as before a company title', () => {
    for (const title of ['市長', '区長', '町長', '部長']) {
      const found = names(`高畑${title}は来週の会議で予算案を説明する予定です。`);
      expect(found.map((n) => n.value), title).toContain('高畑');
      expect(found.find((n) => n.value === '高畑')?.confidence, title).not.toBe('low');
    }
  });

  it('a lone surname after a word and a space is the surname alone, not 「word surname」', () => {
    // The labeller finds 「当社|今村」, 「者|今村」, 「弊社|今村」 as one name; what is reported is the surname.
    for (const body of ['当社 今村\n', '営業部 佐藤', '出席者 今村', '弊社 今村 に確認します']) {
      const surname = body.includes('佐藤') ? '佐藤' : '今村';
      expect(names(body).map((n) => n.value), body).toEqual([surname]);
    }
    // A full name keeps both halves.
    expect(names('担当 今村 由紀子 090-0000-1111').map((n) => n.value)).toContain('今村 由紀子');
  });

  it('column headers, cut compounds and lists of things are not names (found by the fifteenth to eighteenth hand-written sets)', () => {
    for (const body of [
      '回数 返済日 返済額 元金 利息 残高\n86 2024/09/27 62,418',
      '4. ラボから返送する技工物は、超音波洗浄・アルコール清拭済みです',
      '医療機関：大宮健診センター',
      '3位 FCみどり 勝点2 得失点-3',
      '持ち物：おわん・おはし・スプーン（名前を書いてください）',
    ]) {
      expect(names(body).filter((n) => n.confidence !== 'low'), body).toEqual([]);
    }
    // Real names beside them stay: a surname and a common-noun given name, a group of people.
    expect(names('担当：篠塚 真理').map((n) => n.value)).toContain('篠塚 真理');
    expect(names('本件は田中らが対応します。').map((n) => n.value)).toContain('田中');
    expect(names('参加者：キース・サンプルズ').map((n) => n.value)).toContain('キース・サンプルズ');
  });

  it('a place before 市長 is not a name (the mayor of a city)', () => {
    expect(best(run('横浜市長は記者会見で新しい子育て支援策を発表した。').findings, 'person_name')).toBe('none');
  });

  it('katakana names before さん, 氏 and 様 are found at medium or high', () => {
    for (const body of ['本日、ヴァレンティナさんが来社されました。', 'ゴンサロ氏から見積書を受け取りました。', 'オルシーニ様の在留カードの写しを添付します。']) {
      const found = names(body);
      expect(found.length, body).toBe(1);
      expect(found[0]!.confidence, body).not.toBe('low');
      expect(body.slice(0, body.indexOf(found[0]!.value)), body).not.toMatch(/[\p{sc=Katakana}]$/u);
    }
  });

  it('katakana words that are roles before honorifics are not names', () => {
    expect(names('ユーザー様とメンバーさん、スタッフの皆さんへのご案内です。')).toEqual([]);
  });

  it('katakana words for an occupation, alone or compounded, are not names even before さん', () => {
    // Care, medicine and services write these all the time; kuromoji knows few of them.
    for (const body of ['ペットシッターさんで助かりました。', 'ケアマネさんと来週相談します。', 'セラピストさんに聞きました。', 'コンシェルジュさんに預けました。', 'ホームヘルパーさんが午後に訪問します。']) {
      expect(names(body), body).toEqual([]);
    }
    // A katakana given name before さん is still a name, and so is the person after a role word.
    expect(names('マリアさんに伝えました。').map((n) => n.value)).toEqual(['マリア']);
    expect(names('ホームヘルパーの佐藤さんが訪問します。').map((n) => n.value)).toEqual(['佐藤']);
  });

  it('katakana company names addressed with 様 or さん are not names', () => {
    for (const body of ['ミライテック様より見積書を受領しました。', 'いつもお世話になっております。フューチャーリンク様', 'サクラソリューションズ様のご提案を検討中です。']) {
      expect(names(body), body).toEqual([]);
    }
    // A foreign name with a company-like tail stays a name (ジャ|ネット).
    expect(names('ジャネットさんに伝えました。').map((n) => n.value)).toEqual(['ジャネット']);
  });

  it('a bare surname tied to a diagnosis is a person and attributes the 要配慮 term', () => {
    const result = run('お疲れさまです。\n河野は先月から糖尿病の治療を受けており、来週は通院のため休みます。');
    expect(best(result.findings, 'person_name')).not.toBe('none');
    expect(best(result.findings, 'sensitive.medical')).not.toBe('low');
    expect(result.summary.personCount).toBe(1);
  });

  it('names found by the model are counted as people, and stay low in the sender signature', () => {
    const body = [
      'お疲れさまです。',
      '来週の面談にはヴァレンティナさんと河野さんが参加します。',
      '',
      '--',
      '株式会社サンプル商事 営業部',
      'ベアトリス・オルシーニ',
      'TEL 03-0000-0000',
    ].join('\n');
    const spans = d.spans(mail(body)).filter((s) => s.category === 'person_name');
    const signatureStart = body.indexOf('--');
    expect(spans.filter((s) => s.start < signatureStart && s.confidence !== 'low').map((s) => body.slice(s.start, s.end))).toEqual(['ヴァレンティナ', '河野']);
    expect(spans.filter((s) => s.start >= signatureStart && s.confidence !== 'low')).toEqual([]);
    expect(d.detect(mail(body)).summary.personCount).toBe(2);
  });

  it('a name reading after フリガナ is the same person, not a second one', () => {
    const body = '【入社者情報】\n氏名：村井 健太\nフリガナ：ムライ ケンタ\n生年月日：1990年4月1日';
    expect(names(body).map((n) => n.value)).toContain('村井 健太');
    expect(names(body).map((n) => n.value)).not.toContain('フリガナ');
    expect(run(body).summary.personCount).toBe(1);
  });

  it('a surname broken over a line and its given name with 様 are one person', () => {
    expect(run('ご連絡します。\n申込者は村井\n健太様です（改行失礼します）。').summary.personCount).toBe(1);
  });

  it('a one-kanji surname before a title is a name; 同氏 is not', () => {
    expect(names('林首相は記者会見で予算案を説明した。').map((n) => n.value)).toEqual(['林']);
    expect(names('同氏は記者会見で予算案を説明した。')).toEqual([]);
  });

  it('a surname and an unknown given name are found at medium', () => {
    const found = names('後任は吉川颯に依頼済みです。');
    expect(found.map((n) => n.value)).toEqual(['吉川颯']);
    expect(found[0]!.confidence).not.toBe('low');
  });

  it('a temple or shrine with さん is not a person, and a Latin greeting word is not part of the name', () => {
    expect(names('法要の日程は延暦寺さんと相談します。')).toEqual([]);
    expect(names('Hi 竹内さん,\nThank you.').map((n) => n.value)).toEqual(['竹内']);
  });

  it('a name-like word right before 市, 区 or 支店 is a place or branch, not a person', () => {
    expect(names('年末年始の営業拠点のご案内です。\n\n◆西大翔市店\n◆南浩之区支店\n　TEL 06-5135-0875')).toEqual([]);
    // The shop word read as part of the name (川端|店): still the shop, and the person after it is found.
    expect(names('ひのき堂薬局 川端店の遠藤です。\n先日お話しした資料をお送りします。').map((n) => n.value)).toEqual(['遠藤']);
  });

  it('a proper noun right after 企業, 劇団 … or right before 劇場, 峡谷, 社 … is a thing, not a person', () => {
    // The labeller alone reads ルカナート here as a (weak) name.
    expect(names('イタリアのベンチャー企業ルカナートはその直前に撤退した。')).toEqual([]);
    // A person in the same sentence is still found.
    expect(names('ベンチャー企業ルカナートの担当はロドリゲスさんです。').map((n) => n.value)).toEqual(['ロドリゲス']);
  });

  it('a word inside a company name, a number plate region or a table header is not a person', () => {
    expect(names('お世話になります。株式会社みなとロジの坂田でございます。').map((n) => n.value)).toEqual(['坂田']);
    expect(names('--\n株式会社せとうちロジ\n業務推進室')).toEqual([]);
    expect(names('車両：品川 300 さ 34-79\n').map((n) => n.value)).toEqual([]);
    expect(names('品川さんに確認します。').map((n) => n.value)).toEqual(['品川']);
    expect(names('No  氏名          生年月日        電話番号\n1   川島 陽大  昭和51年12月15日  070-1691-3868').map((n) => n.value)).toEqual(['川島 陽大']);
  });

  it('person-free business sentences yield no name', () => {
    for (const body of [
      '来週の定例会議は第二会議室で行います。資料は前日までに共有してください。',
      '山田工業の見積書と松本建設の請求書を添付いたします。',
      '新製品の納期は月末となる見込みです。',
      '部長会議の議事録をお送りします。',
    ]) {
      expect(names(body).filter((n) => n.confidence !== 'low'), body).toEqual([]);
    }
  });
});

describe('label scores through the token and pair tables', () => {
  /** Every mail text of the hand-written sets in the repository, line by line (as units are). */
  async function corpus(): Promise<Token[][]> {
    const tokenize = await loadTokenizer();
    const root = path.resolve(import.meta.dirname, '..');
    const out: Token[][] = [];
    for (const dir of readdirSync(root).filter((d) => d.startsWith('eval-fresh')).sort().slice(0, 20)) {
      let mails: Array<{ subject?: string; text?: string }>;
      try {
        mails = JSON.parse(readFileSync(path.join(root, dir, 'fresh.json'), 'utf8')) as typeof mails;
      } catch {
        continue;
      }
      for (const m of mails) for (const line of `${m.subject ?? ''}\n${m.text ?? ''}`.split('\n')) if (line.trim()) out.push(tokenize(line));
    }
    // Edges: one and two tokens, a long katakana run, brackets, honorifics before and after.
    for (const line of ['山田', '山田様', 'ジョン・スミス・ジュニア氏は「佐藤の本」を読んだ', '（株）', '!!']) out.push(tokenize(line));
    // One unit longer than the small tables below hold.
    out.push(out.slice(0, 60).flatMap((tokens) => tokens));
    return out;
  }

  it('equal the sums over the feature matrix, bit for bit, also when the tables are emptied and refilled', async () => {
    const model = loadNameModel();
    expect(model.weights).toBeInstanceOf(Int16Array);
    const weights = model.weights as Int16Array;
    const sequences = await corpus();
    expect(sequences.length).toBeGreaterThan(2000);
    // Tables small enough to be emptied many times over the corpus, and one sequence too long for them.
    const small = new TokenSums(weights, 200, 400);
    let compared = 0;
    let fellBack = 0;
    const differing: string[] = [];
    const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (x: number, j: number) => Object.is(x, b[j]));
    for (const tokens of sequences) {
      const reference = emissions(model, extractFeatures(tokens), tokens.length);
      const text = tokens.map((t) => t.surface).join('|');
      if (!same(tokenEmissions(model, tokens), reference)) differing.push(`shared: ${text}`);
      const sums = emissionSums(tokens, small);
      if (!sums) {
        fellBack++;
        continue;
      }
      if (!same(Float32Array.from(sums.subarray(0, tokens.length * LABELS), (x) => x * model.scale), reference)) differing.push(`small: ${text}`);
      compared++;
    }
    expect(differing.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(2000);
    expect(fellBack).toBeGreaterThan(0);
  });
});

describe('decoding', () => {
  it('gives each name the margin over the best labelling in which its tokens are no name (checked by brute force)', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let names = 0;
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(random() * 10);
      const emission = Float32Array.from({ length: n * LABELS }, () => (random() - 0.5) * 10);
      const chain = { start: Float32Array.from({ length: LABELS }, () => random() - 0.5), transition: Float32Array.from({ length: LABELS * LABELS }, () => (random() - 0.5) * 4) };
      const best = viterbi(emission, n, chain, new Uint8Array(n));
      for (const span of decodeWithMargins(emission, n, chain)) {
        names++;
        const pinned = new Uint8Array(n).fill(1, span.first, span.last + 1);
        const without = viterbi(emission, n, chain, new Uint8Array(n), pinned);
        expect(span.margin).toBeGreaterThan(0);
        expect(span.margin).toBeCloseTo(best - without, 3);
      }
    }
    expect(names).toBeGreaterThan(50);
  });
});

describe('the shipped model files', () => {
  it('loads, and refuses weights that do not match the feature set', () => {
    expect(loadNameModel().weights.length).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'name-model-'));
    const meta = JSON.parse(readFileSync(path.join(defaultModelDir(), 'model.json'), 'utf8')) as { featureVersion: number };
    writeFileSync(path.join(dir, 'model.json'), JSON.stringify({ ...meta, featureVersion: meta.featureVersion + 1 }));
    copyFileSync(path.join(defaultModelDir(), 'weights.bin.gz'), path.join(dir, 'weights.bin.gz'));
    expect(() => loadNameModel(dir)).toThrow(/NAME_MODEL_STALE/);
    expect(() => loadNameModel(path.join(dir, 'missing'))).toThrow(/NAME_MODEL_LOAD_FAILED/);
  });
});

describe('prebuilt name weights', () => {
  it('are the int16 values of the .gz they were made from, and only of that one', () => {
    const values = Int16Array.from([0, 1, -1, 32767, -32768, 1234, -4321, 7]);
    const raw = new Uint8Array(values.length * 2);
    values.forEach((v, i) => new DataView(raw.buffer).setInt16(i * 2, v, true));
    const gz = gzipSync(raw);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'name-weights-')), 'name-weights.bin');
    writeFileSync(file, encodePrebuiltNameWeights(gz, raw));
    const read = readPrebuiltNameWeights(gz, values.length, true, file);
    expect(read && [...read]).toEqual([...values]);
    expect(read?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(readPrebuiltNameWeights(gz, values.length, false, file)?.buffer).toBeInstanceOf(ArrayBuffer);
    // Other weights (another .gz), another length, no file: not taken.
    expect(readPrebuiltNameWeights(gzipSync(raw.subarray(2)), values.length, false, file)).toBeUndefined();
    expect(readPrebuiltNameWeights(gz, values.length - 1, false, file)).toBeUndefined();
    expect(readPrebuiltNameWeights(gz, values.length, false, `${file}.missing`)).toBeUndefined();
  });
});

describe('the Wikipedia NER split', () => {
  it('is decided by the article id alone, about 72/8/20', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => String(100000 + i * 7));
    const counts = { train: 0, calibration: 0, heldout: 0 };
    for (const id of ids) counts[nerSplitOf(id)]++;
    expect(nerSplitOf('3572156')).toBe(nerSplitOf('3572156'));
    expect(counts.heldout / ids.length).toBeGreaterThan(0.17);
    expect(counts.heldout / ids.length).toBeLessThan(0.23);
    expect(counts.calibration / ids.length).toBeGreaterThan(0.05);
    expect(counts.calibration / ids.length).toBeLessThan(0.11);
  });
});
