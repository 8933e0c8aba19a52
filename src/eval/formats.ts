/**
 * Recall per attachment format and writing form: a generated set of risky mails (rosters of
 * synthetic people) and harmless ones (price lists, notices) in the containers and forms of issue
 * 15, run through the real extraction and detection. Containers are made by the real tools (`7z`,
 * `tar`, `gzip`) when installed; a format whose tool is missing is reported as not measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { writeZip } from '../bench/fixtures/zip-writer.js';
import type { Detector } from '../detect/index.js';
import { extractMessage } from '../extract/index.js';

const SURNAMES = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田', '山本', '松本', '井上', '木村', '林'];
const GIVEN = ['太郎', '花子', '一郎', '美咲', '健太', '陽子', '翔太', '由美', '大輔', '恵子', '直樹', '彩'];
const ROMAJI_SURNAMES = ['YAMADA', 'SATO', 'SUZUKI', 'TAKAHASHI', 'TANAKA', 'ITO', 'WATANABE', 'NAKAMURA', 'KOBAYASHI', 'KATO', 'YOSHIDA', 'MATSUMOTO'];
const ROMAJI_GIVEN = ['Taro', 'Hanako', 'Ichiro', 'Misaki', 'Kenta', 'Yoko', 'Shota', 'Yumi', 'Daisuke', 'Keiko', 'Naoki', 'Aya'];
const CITIES = ['東京都千代田区', '大阪府大阪市北区', '愛知県名古屋市中区', '福岡県福岡市博多区', '北海道札幌市中央区', '宮城県仙台市青葉区'];
const FULL_WIDTH = (s: string): string => s.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

/** A small deterministic generator (mulberry32) so the set is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  romaji: string;
  phone: string;
  email: string;
  address: string;
}

function people(rand: () => number, count: number, offset: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < count; i++) {
    const s = Math.floor(rand() * SURNAMES.length);
    const g = (offset + i * 5 + Math.floor(rand() * 3)) % GIVEN.length;
    const n = 1000 + Math.floor(rand() * 9000);
    out.push({
      name: `${SURNAMES[s]}${GIVEN[g]}`,
      romaji: `${ROMAJI_SURNAMES[s % ROMAJI_SURNAMES.length]} ${ROMAJI_GIVEN[g % ROMAJI_GIVEN.length]}`,
      phone: `090-${String(1000 + ((offset + i) % 9000)).padStart(4, '0')}-${n}`,
      email: `user${offset + i}@example.net`,
      address: `${CITIES[(offset + i) % CITIES.length]}${1 + (i % 9)}-${1 + (n % 20)}`,
    });
  }
  return out;
}

const rosterCsv = (list: Person[]): string => ['氏名,電話番号,メールアドレス,住所', ...list.map((p) => [p.name, p.phone, p.email, p.address].join(','))].join('\n') + '\n';
const priceCsv = (n: number): string => ['品番,品名,単価,数量', ...Array.from({ length: n }, (_, i) => `A-${100 + i},ボールペン黒${i},${120 + i * 10},${(i % 5) + 1}`)].join('\n') + '\n';

function hasTool(command: string): boolean {
  return spawnSync(command, command === '7z' ? [] : ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** Runs a tool in a temp dir holding `files`; returns the bytes of `output`. */
function withTool(files: Record<string, string | Buffer>, command: string, args: string[], output: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-eval-formats-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    const run = spawnSync(command, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr?.toString()}`);
    return readFileSync(join(dir, output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Attachment {
  filename: string;
  content: Buffer;
}

interface Variant {
  format: string;
  tools: string[];
  /** What a risky case must produce besides people: a category id, or 'people'. */
  expects: 'people' | 'bank_account' | 'ppap_notice' | 'ppap_password';
  build(list: Person[] | null, rand: () => number): { text: string; attachments: Attachment[] };
}

const GREETING = 'いつもお世話になっております。\n';
const SIGNATURE = '\n\n--\n例示株式会社 総務部\n木村 直人\n';

const variants: Variant[] = [
  {
    format: 'csv.gz (gzip)',
    tools: ['gzip'],
    expects: 'people',
    build: (list) => ({
      text: `${GREETING}資料を送付します。${SIGNATURE}`,
      attachments: [{ filename: list ? '名簿.csv.gz' : '価格表.csv.gz', content: withTool({ 'a.csv': list ? rosterCsv(list) : priceCsv(8) }, 'gzip', ['-k', 'a.csv'], 'a.csv.gz') }],
    }),
  },
  {
    format: 'tar.gz (GNU tar)',
    tools: ['tar', 'gzip'],
    expects: 'people',
    build: (list) => ({
      text: `${GREETING}一式をお送りします。${SIGNATURE}`,
      attachments: [{ filename: '資料.tar.gz', content: withTool({ '2024/一覧.csv': list ? rosterCsv(list) : priceCsv(8), 'readme.txt': 'ご確認ください。\n' }, 'tar', ['czf', 'out.tar.gz', '2024', 'readme.txt'], 'out.tar.gz') }],
    }),
  },
  {
    format: '7z (7-Zip)',
    tools: ['7z'],
    expects: 'people',
    build: (list) => ({
      text: `${GREETING}ファイルを圧縮して添付します。${SIGNATURE}`,
      attachments: [{ filename: '資料.7z', content: withTool({ '2024/一覧.csv': list ? rosterCsv(list) : priceCsv(8) }, '7z', ['a', '-bd', 'out.7z', '2024'], 'out.7z') }],
    }),
  },
  {
    format: 'zip inside 7z',
    tools: ['7z'],
    expects: 'people',
    build: (list) => ({
      text: `${GREETING}まとめて送ります。${SIGNATURE}`,
      attachments: [{ filename: '送付.7z', content: withTool({ 'inner.zip': writeZip([{ name: '一覧.csv', data: list ? rosterCsv(list) : priceCsv(8) }]) }, '7z', ['a', '-bd', 'out.7z', 'inner.zip'], 'out.7z') }],
    }),
  },
  {
    format: 'body: romaji list',
    tools: [],
    expects: 'people',
    build: (list) => ({
      text: list
        ? `${GREETING}来週の参加者です。\n${list.map((p, i) => (i % 2 ? `${p.romaji}, ${p.phone}, ${p.email}` : `${p.romaji.split(' ').reverse().map((w) => w[0] + w.slice(1).toLowerCase()).join(' ')} / ${p.phone}`)).join('\n')}${SIGNATURE}`
        : `${GREETING}来週の会場です。\nTokyo Office, 03-1234-5678\nOsaka Branch, 06-1234-5678\nNagoya Office, 052-123-4567${SIGNATURE}`,
      attachments: [],
    }),
  },
  {
    format: 'body: full-width list, no header',
    tools: [],
    expects: 'people',
    build: (list) => ({
      text: list
        ? `${GREETING}対象者は以下のとおりです。\n${list.map((p) => `${p.name.slice(0, 2)}　${p.name.slice(2)}　${FULL_WIDTH(p.address)}　${FULL_WIDTH(p.phone)}`).join('\n')}${SIGNATURE}`
        : `${GREETING}各拠点の連絡先です。\n東京本社　${FULL_WIDTH('03-1234-5678')}\n大阪支店　${FULL_WIDTH('06-1234-5678')}\n名古屋営業所　${FULL_WIDTH('052-123-4567')}${SIGNATURE}`,
      attachments: [],
    }),
  },
  {
    format: 'body: bank account in a sentence',
    tools: [],
    expects: 'bank_account',
    build: (list, rand) => ({
      text: list
        ? `${GREETING}謝礼の振込先は${['三菱UFJ銀行', 'みずほ銀行', '三井住友銀行'][Math.floor(rand() * 3)]}の${['渋谷', '新宿', '梅田'][Math.floor(rand() * 3)]}支店で、普通預金の口座番号は${1000000 + Math.floor(rand() * 8999999)}、名義は${list[0]!.name}です。${SIGNATURE}`
        : `${GREETING}本日、銀行の渋谷支店で打ち合わせがあります。注文番号 ${1000000 + Math.floor(rand() * 8999999)} の件は明日ご連絡します。${SIGNATURE}`,
      attachments: [],
    }),
  },
  {
    format: 'PPAP notice (share link)',
    tools: [],
    expects: 'ppap_notice',
    build: (list, rand) => ({
      text: list
        ? `${GREETING}資料を下記URLよりダウンロードしてください。\nhttps://files.example.com/s/${Math.floor(rand() * 1e8).toString(36)}\nパスワードは別途メールにてお送りします。${SIGNATURE}`
        : `${GREETING}資料を下記URLに掲載しました。\nhttps://www.example.com/news/2024\nご不明点はお問い合わせください。${SIGNATURE}`,
      attachments: [],
    }),
  },
  {
    format: 'PPAP notice (AES-encrypted 7z)',
    tools: ['7z'],
    expects: 'ppap_notice',
    build: (list) => ({
      text: list
        ? `${GREETING}見積書を暗号化して添付いたします。\n解凍用のパスワードは追ってお送りします。${SIGNATURE}`
        : `${GREETING}見積書を添付いたします。ご査収ください。${SIGNATURE}`,
      attachments: [{ filename: '見積書.7z', content: withTool({ '見積書.csv': priceCsv(5) }, '7z', ['a', '-bd', ...(list ? ['-pmitsumori2024'] : []), 'out.7z', '見積書.csv'], 'out.7z') }],
    }),
  },
  {
    format: 'PPAP password mail',
    tools: [],
    expects: 'ppap_password',
    build: (list, rand) => ({
      text: list
        ? `${GREETING}先ほどのファイルのパスワードです。\n\nパスワード：${['Xk8#pq2M', 'Tz4!mw9Q', 'Lp7$vd3R'][Math.floor(rand() * 3)]}${SIGNATURE}`
        : `${GREETING}パスワードは8文字以上にしてください。変更は社内ポータルから行えます。${SIGNATURE}`,
      attachments: [],
    }),
  },
];

export interface FormatResult {
  format: string;
  measured: boolean;
  note?: string;
  riskyMails: number;
  riskyFound: number;
  peopleTotal: number;
  peopleFound: number;
  harmlessMails: number;
  harmlessFlagged: number;
}

const PER_FORMAT = 10;
const personal = (category: string): boolean => !['corporate_number', 'encrypted_attachment', 'uninspectable', 'ppap_notice', 'ppap_password'].includes(category);

async function compose(text: string, attachments: Attachment[]): Promise<Buffer> {
  return new MailComposer({ from: '木村 直人 <kimura@example.co.jp>', to: 'partner@customer.example.com', subject: '資料送付', text, attachments }).compile().build();
}

export async function evaluateFormats(detector: Detector): Promise<FormatResult[]> {
  const results: FormatResult[] = [];
  let offset = 0;
  for (const [v, variant] of variants.entries()) {
    const missing = variant.tools.filter((tool) => !hasTool(tool));
    const result: FormatResult = { format: variant.format, measured: missing.length === 0, riskyMails: 0, riskyFound: 0, peopleTotal: 0, peopleFound: 0, harmlessMails: 0, harmlessFlagged: 0 };
    if (missing.length > 0) {
      result.note = `${missing.join(', ')} not installed`;
      results.push(result);
      continue;
    }
    const rand = random(1500 + v);
    for (let i = 0; i < PER_FORMAT; i++) {
      const risky = i % 2 === 0;
      const list = risky ? people(rand, 3 + Math.floor(rand() * 10), (offset += 17)) : null;
      const built = variant.build(list, rand);
      const extraction = await extractMessage(await compose(built.text, built.attachments));
      const detection = detector.detect(extraction);
      const flagged = detection.findings.some((f) => f.confidence !== 'low' && (variant.expects === 'people' ? personal(f.category) : f.category === variant.expects));
      if (risky) {
        result.riskyMails++;
        const expected = variant.expects === 'people' ? list!.length : 0;
        result.peopleTotal += expected;
        result.peopleFound += Math.min(expected, detection.summary.personCount);
        const found = variant.expects === 'people' ? detection.summary.personCount >= list!.length : flagged;
        if (found) result.riskyFound++;
      } else {
        result.harmlessMails++;
        // For rosters the question is whether people are reported: an office phone number is a phone either way.
        const falsePeople = detection.summary.personCount > 0 || detection.findings.some((f) => f.category === 'person_name' && f.confidence !== 'low');
        if (variant.expects === 'people' ? falsePeople : flagged) result.harmlessFlagged++;
      }
    }
    results.push(result);
  }
  return results;
}

const ratio = (n: number, d: number): string => (d === 0 ? '–' : (n / d).toFixed(3));

export function renderFormats(results: FormatResult[]): string {
  const lines = [
    '',
    '## Attachment formats and writing forms (issue 15)',
    '',
    `Generated at run time by \`src/eval/formats.ts\` (fixed seed): ${PER_FORMAT} mails per row, half risky (a roster of 3–12 synthetic`,
    'people, a bank account in a sentence, a PPAP notice or password mail), half harmless look-alikes (a price list in the same',
    'container, office phone lists, a bank branch visit with an order number, a plain news link, a password-policy notice).',
    'Containers are made by the real `7z`, `tar` and `gzip`. A risky roster counts as found when the person count reaches the',
    'roster size; people recall is Σ min(found, actual) / Σ actual. A harmless mail is flagged when it counts a person or yields',
    'a medium/high person name (rows of rosters), or the expected bank/PPAP category (other rows).',
    '',
    '| format | risky found | recall | people recall | harmless flagged |',
    '|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (!r.measured) {
      lines.push(`| ${r.format} | not measured (${r.note}) | – | – | – |`);
      continue;
    }
    lines.push(`| ${r.format} | ${r.riskyFound}/${r.riskyMails} | ${ratio(r.riskyFound, r.riskyMails)} | ${r.peopleTotal ? ratio(r.peopleFound, r.peopleTotal) : '–'} | ${r.harmlessFlagged}/${r.harmlessMails} |`);
  }
  lines.push('', 'Office parts (xlsx comments, shapes, headers/footers, hidden sheets; docx comments, text boxes, tracked changes;', 'pptx tables and notes) and PDF tables are measured on the LibreOffice-made files of `samples/extract/` by', '`test/extract/office-parts.test.ts` (locations and person counts asserted), not in this table.', '');
  return lines.join('\n');
}
