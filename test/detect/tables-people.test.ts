import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import { best, detector, of, table, withTables } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});

const surnames = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤'];
const given = ['太郎', '花子', '一郎', '美咲', '健', '陽菜', '翔太', '結衣', '大輔', '愛'];
function roster(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => [
    String(i + 1),
    `${surnames[i % 10]} ${given[Math.floor(i / 10) % 10]}${i >= 100 ? String.fromCharCode(0x4e00 + i) : ''}`,
    `090-${String(1000 + (i % 9000)).padStart(4, '0')}-${String(i % 10000).padStart(4, '0')}`,
    `東京都世田谷区三軒茶屋1-${(i % 30) + 1}-${(i % 9) + 1}`,
    i % 7 === 0 ? '糖尿病で通院中' : '',
  ]);
}

describe('tables', () => {
  it('reads English column headers of people (Customer Name), not of things (Product Name)', () => {
    const rows = [
      ['KM-2611-0045101', 'Wei Ling Tan', 'Tea set'],
      ['KM-2611-0045377', 'Sarah Lim', 'Furoshiki'],
    ];
    expect(d.detect(withTables(table(['Order No', 'Customer Name', 'Items'], rows))).summary.personCount).toBe(2);
    expect(d.detect(withTables(table(['Order No', 'Product Name', 'Items'], rows))).findings.filter((f) => f.category === 'person_name' && f.confidence === 'high')).toEqual([]);
    // A mailing list's addresses without a prefecture, and antibody titres of named students.
    const mailing = d.detect(withTables(table(['契約番号', '氏名', '郵便番号', '住所'], [['HK-23-0481129', '北村 沙耶', '060-0808', '札幌市北区北8条西5丁目4-12 エルム北8 607'], ['HK-22-1197306', '小田切 誠', '080-0011', '帯広市西1条南9丁目7']])));
    expect(of(mailing.findings, 'address').reduce((n, f) => n + f.count, 0)).toBe(2);
    const titres = d.detect(withTables(table(['学籍番号', '氏名', '麻疹(EIA)', '風疹(HI)', '判定'], [['N24-031', '大平 美咲', '18.2', '1:64', 'OK'], ['N24-034', '柏木 健人', '2.8', '1:32', '麻疹 追加接種要']])));
    expect(best(titres.findings, 'sensitive.health_checkup')).toBe('high');
    // A passenger manifest's airline-style names, and stress check results by name.
    const manifest = d.detect(withTables(table(['SEQ', 'NAME', 'SEAT', 'DOB', 'PHONE'], [['1', 'OTSUKA/TAKERU MR', '3A', '1978-04-12', '090-7712-3308'], ['2', 'KAWABATA/SHIORI MS', '7C', '1995-01-22', '080-4401-9926']])));
    expect(manifest.summary.personCount).toBe(2);
    const stress = d.detect(withTables(table(['ID', '氏名', 'A領域', '高ストレス'], [['NB-0331', '竹内 亜希子', '42', '該当'], ['NB-0347', '大西 隆', '38', '非該当']])));
    expect(best(stress.findings, 'sensitive.health_checkup')).toBe('high');
    // Pay of named employees in English columns.
    const teq = d.detect(withTables(table(['Employee', 'Host', 'Base salary (JPY)', 'Bonus (JPY)'], [['Kazuki Ikeda', 'Houston', '11400000', '4200000'], ['Reiko Shimada', 'Singapore', '9600000', '2100000']])));
    expect(teq.summary.personCount).toBe(2);
    expect(of(teq.findings, 'income').some((f) => f.confidence === 'high')).toBe(true);
  });

  it('counts records and people, by column header', () => {
    const r = d.detect(withTables(table(['No', '氏名', '電話番号', '住所', '備考'], roster(50))));
    expect(r.summary.recordCount).toBe(50);
    expect(r.summary.personCount).toBe(50);
    expect(r.summary.categories['person_name']).toBe(50);
    expect(r.summary.categories['phone']).toBe(50);
    expect(r.summary.categories['address']).toBe(50);
    // Sensitive remarks in a record with a name are about that person.
    expect(of(r.findings, 'sensitive.medical').find((f) => f.confidence === 'high')?.count).toBe(16); // 糖尿病 + 通院 in 8 rows
  });

  it('counts namesakes in a roster as different people, and a repeated row once', () => {
    // 300 staff with only 10 distinct names (common names repeat in big rosters), distinct phones.
    const rows = Array.from({ length: 300 }, (_, i) => [
      String(i + 1),
      `${surnames[i % 10]} ${given[i % 10]}`,
      `080-${String(2000 + i).padStart(4, '0')}-${String((i * 37) % 10000).padStart(4, '0')}`,
    ]);
    const r = d.detect(withTables(table(['No', '氏名', '携帯電話'], rows)));
    expect(r.summary.recordCount).toBe(300);
    expect(r.summary.personCount).toBe(300);
    // The same person listed twice (identical values) is one person.
    const twice = d.detect(withTables(table(['氏名', '携帯電話'], [rows[0]!.slice(1), rows[0]!.slice(1), rows[1]!.slice(1)])));
    expect(twice.summary.personCount).toBe(2);
  });

  it('merges findings per table with the first cell locations', () => {
    const r = d.detect(withTables(table(['No', '氏名', '電話番号', '住所', '備考'], roster(20))));
    const phones = of(r.findings, 'phone');
    expect(phones).toHaveLength(1);
    expect(phones[0]!.count).toBe(20);
    expect(phones[0]!.location).toBe('attachment[1] 名簿.xlsx › Sheet1');
    expect(phones[0]!.cells?.[0]).toBe('attachment[1] 名簿.xlsx › Sheet1!C2');
    expect(phones[0]!.hashes).toHaveLength(20);
  });

  it('uses a sensitive column header and a header-less table', () => {
    const r = d.detect(withTables(table(['氏名', '病名'], [['山田 太郎', '高血圧症'], ['佐藤 花子', 'なし']])));
    expect(of(r.findings, 'sensitive.medical')[0]).toMatchObject({ confidence: 'high', count: 1 });
    const bare = d.detect(withTables(table(null, [['マイナンバー', '123456789018']])));
    expect(of(bare.findings, 'my_number')[0]?.confidence).toBe('high');
  });

  it('does not report product tables', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`P-${100000 + i}`, 'ノートPC', `XR${1000 + i}-123`, '7123456789012', String(1000 * i), '2025/04/01']);
    const r = d.detect(withTables(table(['品番', '商品名', '型番', 'JANコード', '単価', '発売日'], rows)));
    expect(r.summary.categories).toEqual({});
    expect(r.summary.recordCount).toBe(0);
  });

  it('handles a 4,000-row roster quickly', () => {
    const t = table(['No', '氏名', '電話番号', '住所', '備考'], roster(4000));
    const start = performance.now();
    const r = d.detect(withTables(t));
    const ms = performance.now() - start;
    expect(r.summary.recordCount).toBe(4000);
    expect(r.summary.personCount).toBeGreaterThan(3900);
    expect(ms).toBeLessThan(15_000); // a bound against runaway cost on a busy machine; `npm run bench` measures speed
  });
});

describe('filled-in examples of forms (found by the fifteenth to eighteenth hand-written sets)', () => {
  const personal = (r: { findings: { category: string; confidence: string }[] }) =>
    r.findings.filter((f) => f.confidence !== 'low' && !f.category.startsWith('sensitive.'));
  it('an example block, a marked line, an example column or an example file names nobody', async () => {
    const d = await detector();
    const form = '申込書の記入見本をお送りします。\n\n【記入見本】\n被保険者氏名：旅行 太郎（りょこう たろう）\n生年月日：1980年1月1日\n旅券番号：TK0000000\n電話：052-000-0000\n告知事項：「現在治療中の病気」→ はい・いいえ';
    const r = d.detect({ ...withTables(), segments: [{ location: 'body (text/plain)', source: 'body', text: form }] });
    expect(personal(r)).toEqual([]);
    expect(r.findings.filter((f) => f.category.startsWith('sensitive.') && f.confidence !== 'low')).toEqual([]);
    const marked = d.detect({ ...withTables(), segments: [{ location: 'body (text/plain)', source: 'body', text: '＜在留カードの 見本＞\n番号：AB12345678CD（見本）\n氏名：SAMPLE TARO' }] });
    expect(personal(marked)).toEqual([]);
    const column = d.detect(withTables(table(['項目', '記入例', '備考'], [['氏名', '山田 太郎', ''], ['在留カード番号', 'AB12345678CD', '外国籍の方のみ']], 'attachment[1] 入社書類.xlsx › Sheet1')));
    expect(personal(column)).toEqual([]);
  });
  it('a real list called a sample, or a template filled with real people, still counts', async () => {
    const d = await detector();
    const shipped = d.detect(withTables(table(['氏名', '住所', '電話'], [['北村 沙耶', '札幌市北区北8条西5丁目4-12', '090-3321-4476'], ['小田切 誠', '帯広市西1条南9丁目7', '080-2291-0034']], 'attachment[1] サンプル送付先リスト.xlsx › Sheet1')));
    expect(shipped.summary.personCount).toBe(2);
    // A file named as a filled-in example (romaji too) is one, every row of it.
    const romaji = d.detect(withTables(table(['項目', '内容'], [['氏名（漢字）', '保険 太郎'], ['生年月日', '昭和55年1月1日']], 'attachment[1] moushikomi_kinyurei_2025-07.pdf › page 1')));
    expect(personal(romaji)).toEqual([]);
    const filled = d.detect({ ...withTables(), segments: [{ location: 'attachment[1] 名簿テンプレート.docx', source: 'attachment', text: '名簿テンプレート\n氏名：北村 沙耶　電話：090-3321-4476\n氏名：小田切 誠　電話：080-2291-0034' }] });
    expect(filled.summary.personCount).toBe(2);
  });
});

describe('a value given as an example (found by the twenty-first hand-written set)', () => {
  it('例： before a name or a number makes it a placeholder; the same value without it counts', async () => {
    const d = await detector();
    const form = (text: string) => d.detect({ ...withTables(), segments: [{ location: 'body (text/plain)', source: 'body', text }] });
    const personal = (r: { findings: { category: string; confidence: string }[] }) => r.findings.filter((f) => f.confidence !== 'low' && ['person_name', 'passport', 'phone'].includes(f.category));
    expect(personal(form('項目　　必須　プレースホルダー\n氏名　　○　　例：国際 花子\n携帯電話　○　　例：090-1234-5678\n旅券番号　　　例：TK1234567\n'))).toEqual([]);
    expect(personal(form('氏名：国際 花子\n携帯電話：090-3321-4476\n旅券番号：TK1234567\n'))).not.toEqual([]);
  });
});
