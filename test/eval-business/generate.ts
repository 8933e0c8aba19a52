/**
 * Generates test/eval-business/business.json: raw outside mails (real MIME) for the verdict-level
 * evaluation of the default policy. Half ordinary business mail that carries nobody's personal data
 * (company profiles, minutes to the people named, newsletters, seminars, threads with quoted
 * signatures, calendar invitations, orders, invoices, deliveries, recruiting, Outlook/Gmail HTML),
 * half risky mail (rosters, My Number, cards, 要配慮 about named people, forwarded customer data,
 * identity documents, encrypted archives, forgotten BCC).
 *
 * Written from what business mail looks like, not from the detector's rules: templates vary
 * greeting, layout, signature, quoting style, charset and transfer encoding; people, companies and
 * places come from @faker-js/faker `ja` (synthetic). Run: `npx tsx test/eval-business/generate.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fakerJA as faker } from '@faker-js/faker';
import Encoding from 'encoding-japanese';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { reportPdf } from '../../src/bench/fixtures/pdf.js';
import { writeZip } from '../../src/bench/fixtures/zip-writer.js';

export interface BusinessCase {
  id: string;
  kind: 'benign' | 'risky';
  /** What the mail is (company-profile, minutes, roster …). */
  category: string;
  /** How it is written (plain, html-outlook, iso-2022-jp …). */
  style: string;
  envelope: { mailFrom: string; rcptTo: string[] };
  /** The raw message, base64. */
  raw: string;
}

const SEED = 20261129;
faker.seed(SEED);
let state = SEED;
const rnd = (): number => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const chance = (p: number): boolean => rnd() < p;
const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');

// ---------------------------------------------------------------------------------------------
// People, organisations, places

/** Surnames with their romanisation, for mail addresses that follow the name. */
const SEI: Array<[string, string]> = [
  ['山本', 'yamamoto'], ['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'],
  ['渡辺', 'watanabe'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato'], ['吉田', 'yoshida'], ['山田', 'yamada'],
  ['佐々木', 'sasaki'], ['松本', 'matsumoto'], ['井上', 'inoue'], ['木村', 'kimura'], ['林', 'hayashi'], ['清水', 'shimizu'],
  ['山崎', 'yamazaki'], ['森', 'mori'], ['池田', 'ikeda'], ['橋本', 'hashimoto'], ['阿部', 'abe'], ['石川', 'ishikawa'],
  ['前田', 'maeda'], ['藤田', 'fujita'], ['小川', 'ogawa'], ['岡田', 'okada'], ['後藤', 'goto'], ['長谷川', 'hasegawa'],
  ['村上', 'murakami'], ['近藤', 'kondo'], ['坂本', 'sakamoto'], ['遠藤', 'endo'], ['青木', 'aoki'], ['藤井', 'fujii'],
  ['西村', 'nishimura'], ['福田', 'fukuda'], ['太田', 'ota'], ['三浦', 'miura'], ['岡本', 'okamoto'], ['松田', 'matsuda'],
];
const MEI: Array<[string, string]> = [
  ['太郎', 'taro'], ['花子', 'hanako'], ['健一', 'kenichi'], ['由美', 'yumi'], ['大輔', 'daisuke'], ['美穂', 'miho'],
  ['翔太', 'shota'], ['彩', 'aya'], ['誠', 'makoto'], ['裕子', 'yuko'], ['拓也', 'takuya'], ['恵', 'megumi'],
  ['直樹', 'naoki'], ['真由美', 'mayumi'], ['隆', 'takashi'], ['香織', 'kaori'], ['浩二', 'koji'], ['麻衣', 'mai'],
  ['修', 'osamu'], ['智子', 'tomoko'], ['亮', 'ryo'], ['奈々', 'nana'], ['和也', 'kazuya'], ['千尋', 'chihiro'],
];

interface Person {
  sei: string;
  mei: string;
  roma: [string, string];
}
/** A business person whose mail address follows the name. */
const businessPerson = (): Person => {
  const [sei, s] = pick(SEI);
  const [mei, m] = pick(MEI);
  return { sei, mei, roma: [s, m] };
};
/** A private person (customer, employee in a list …): faker names. */
const privatePerson = (): { sei: string; mei: string } => ({ sei: faker.person.lastName(), mei: faker.person.firstName() });
const full = (p: { sei: string; mei: string }): string => pick([`${p.sei} ${p.mei}`, `${p.sei}${p.mei}`, `${p.sei}　${p.mei}`]);

const INTERNAL = 'example.co.jp';
const OUR_COMPANY = '例示株式会社';
const OUR_DEPTS = ['営業部', '営業企画部', '総務部', '経理部', '購買部', 'システム部', '広報室', '人事部 採用グループ', 'カスタマーサポート部', '第二営業課'];
const TITLES = ['部長', '課長', '主任', '係長', 'マネージャー', '担当', 'リーダー', '部長代理'];

interface Org {
  name: string;
  domain: string;
  dept: string;
}
const usedDomains = new Set<string>();
function outsideOrg(): Org {
  let domain = '';
  do domain = `${faker.internet.domainWord().replace(/[^a-z0-9-]/g, '').slice(0, 14)}${pick(['.co.jp', '.jp', '.com', '.ne.jp', '.or.jp'])}`;
  while (usedDomains.has(domain) || domain.startsWith('.') || /exampl/.test(domain));
  usedDomains.add(domain);
  let name = faker.company.name();
  if (chance(0.3)) name = name.replace(/^(株式会社|有限会社|合同会社)(.+)$/, '$2$1');
  return { name, domain, dept: pick(['営業部', '総務部', '購買課', '経営企画室', '情報システム部', '業務部', '開発本部', '管理部', 'マーケティング部']) };
}
const addressOf = (p: Person, domain: string, style = int(0, 3)): string =>
  [`${p.roma[0]}@${domain}`, `${p.roma[1][0]}.${p.roma[0]}@${domain}`, `${p.roma[0]}.${p.roma[1]}@${domain}`, `${p.roma[1]}-${p.roma[0]}@${domain}`][style]!;

const prefCity = (): string => `${faker.location.state()}${faker.location.city()}`;
const postal = (): string => `${digits(3)}-${digits(4)}`;
const street = (): string => pick([faker.location.street(), `${int(1, 9)}-${int(1, 30)}-${int(1, 20)}`, `${int(1, 5)}丁目${int(1, 20)}番${int(1, 15)}号`]);
const bldg = (): string => pick(['', ` ${faker.location.city()}ビル${int(2, 12)}F`, ` 第${int(1, 3)}${pick(['ビル', 'センタービル', 'スクエア', 'タワー'])} ${int(2, 20)}階`, ` ${pick(['駅前', '中央', '本町', '新'])}ビル${int(3, 9)}F`]);
const officeAddress = (): string => `${prefCity()}${street()}${bldg()}`;
const homeAddress = (): string => `${prefCity()}${street()}${pick(['', ` ${pick(['コーポ', 'ハイツ', 'メゾン', 'パレス'])}${faker.location.city()} ${int(1, 5)}0${int(1, 9)}号室`])}`;
const landline = (): string => pick([`03-${digits(4)}-${digits(4)}`, `06-${digits(4)}-${digits(4)}`, `0${int(11, 99)}-${digits(3)}-${digits(4)}`, `045-${digits(3)}-${digits(4)}`]);
const mobile = (): string => `${pick(['090', '080', '070'])}-${digits(4)}-${digits(4)}`;
const freeDial = (): string => pick([`0120-${digits(3)}-${digits(3)}`, `0570-${digits(3)}-${digits(3)}`]);
const day = (): string => `${int(1, 12)}月${int(1, 28)}日（${pick(['月', '火', '水', '木', '金'])}）`;
const time = (): string => `${int(9, 17)}:${pick(['00', '30'])}`;
const yen = (): string => `${(int(1, 900) * 1000).toLocaleString('en-US')}円`;
const birthDate = (): string => pick([`${int(1955, 2003)}年${int(1, 12)}月${int(1, 28)}日`, `${int(1960, 2002)}/${int(1, 12)}/${int(1, 28)}`, `昭和${int(30, 63)}年${int(1, 12)}月${int(1, 28)}日`, `平成${int(1, 14)}年${int(1, 12)}月${int(1, 28)}日`]);

// ---------------------------------------------------------------------------------------------
// Mail pieces

interface Party {
  person: Person;
  org: Org;
  address: string;
  /** Display name used in headers ('' = bare address). */
  display: string;
  title: string;
}
function party(org: Org, display = chance(0.75)): Party {
  const person = businessPerson();
  const address = addressOf(person, org.domain);
  const name = pick([`${person.sei} ${person.mei}`, `${person.sei}${person.mei}`, `${person.sei} ${person.mei} (${org.name})`, `${person.roma[1][0]!.toUpperCase()}${person.roma[1].slice(1)} ${person.roma[0][0]!.toUpperCase()}${person.roma[0].slice(1)}`]);
  return { person, org, address, display: display ? name : '', title: pick(TITLES) };
}
const ourOrg = (): Org => ({ name: OUR_COMPANY, domain: INTERNAL, dept: pick(OUR_DEPTS) });
const header = (p: Party): string => (p.display ? `${p.display} <${p.address}>` : p.address);

function greeting(to: Party[]): string {
  const first = to[0]!;
  if (to.length > 2 && chance(0.4)) return pick(['関係者各位', '各位', `${first.org.name}\n皆様`]);
  const who = pick([`${first.person.sei}様`, `${first.person.sei} ${first.person.mei}様`, `${first.person.sei}さん`, `${first.person.sei} 様`]);
  const lines = pick([[first.org.name, first.org.dept, who], [first.org.name, who], [who], [`${first.org.name} ${first.person.sei}様`], [`${first.org.name}\n${first.org.dept} ${first.title}\n${who}`]]);
  const cc = to.length > 1 && chance(0.5) ? `\n（CC: ${to.slice(1).map((p) => `${p.person.sei}様`).join('、')}）` : '';
  return lines.join('\n') + cc;
}
const opening = (): string => pick(['いつもお世話になっております。', 'お世話になっております。', '平素より大変お世話になっております。', 'いつも大変お世話になっております。', 'ご無沙汰しております。', 'お疲れ様です。']);
const closing = (): string => pick(['よろしくお願いいたします。', '何卒よろしくお願い申し上げます。', '引き続きよろしくお願いいたします。', 'ご確認のほど、よろしくお願いいたします。', '以上、よろしくお願いします。']);
const selfIntro = (p: Party): string => pick([`${p.org.name}の${p.person.sei}です。`, `${p.org.name} ${p.org.dept}の${p.person.sei}でございます。`, `${p.person.sei}です。`, `${p.org.name}${p.person.sei}です。`]);

function signature(p: Party): string {
  const tel = landline();
  const addr = `〒${postal()} ${officeAddress()}`;
  const name = `${p.person.sei} ${p.person.mei}`;
  const roma = `${p.person.roma[1][0]!.toUpperCase()}${p.person.roma[1].slice(1)} ${p.person.roma[0].toUpperCase()}`;
  switch (int(0, 6)) {
    case 0:
      return `--\n${p.org.name}\n${p.org.dept} ${p.title}\n${name}\nTEL: ${tel} / FAX: ${landline()}\nE-mail: ${p.address}`;
    case 1:
      return `━━━━━━━━━━━━━━━━━━━━━━\n${p.org.name}\n${p.org.dept}\n${name}（${roma}）\n${addr}\nTEL ${tel}　携帯 ${mobile()}\nMail: ${p.address}\n━━━━━━━━━━━━━━━━━━━━━━`;
    case 2:
      return `${name}\n${p.org.name} ${p.org.dept}\n${addr}\nDirect: ${tel}`;
    case 3:
      return `****************************************\n ${p.org.name}\n ${p.org.dept} ${p.title}  ${name}\n ${addr}\n Tel:${tel}  Mobile:${mobile()}\n https://www.${p.org.domain}/\n****************************************`;
    case 4:
      return `-----------------------------------\n${name} / ${roma}\n${p.org.name}\n${p.org.dept}\nPhone: ${tel}\n${p.address}\n-----------------------------------`;
    case 5:
      return `${p.org.name}\n${p.org.dept}　${name}\n〒${postal()}\n${officeAddress()}\nTEL：${tel}（代表）／${landline()}（直通）`;
    default:
      return `==============================\n${p.org.name} ${p.org.dept}\n${p.title} ${name}\nTEL ${tel}  FAX ${landline()}\n==============================`;
  }
}

function letter(from: Party, to: Party[], body: string, sig = true): string {
  return `${greeting(to)}\n\n${opening()}\n${selfIntro(from)}\n\n${body}\n\n${closing()}\n${sig ? `\n${signature(from)}\n` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Writers: plain/QP/base64 via nodemailer, ISO-2022-JP by hand, Outlook and Gmail HTML

type Style = 'plain-qp' | 'plain-b64' | 'iso-2022-jp' | 'alt-outlook' | 'alt-gmail' | 'html-only';
const STYLES: Style[] = ['plain-qp', 'plain-b64', 'iso-2022-jp', 'alt-outlook', 'alt-gmail', 'html-only'];

interface Draft {
  from: Party;
  to: Party[];
  cc?: Party[];
  bcc?: string[];
  subject: string;
  text: string;
  /** HTML written by the template (else derived from the text per style). */
  html?: string;
  attachments?: Mail.Attachment[];
  icalEvent?: Mail.IcalAttachment;
  style?: Style;
  /** Extra To addresses (forgot-BCC mails). */
  toExtra?: string[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Quoted parts (`> `) become nested blockquotes, as Outlook/Gmail write replies. */
function htmlOf(text: string, style: 'outlook' | 'gmail'): string {
  const lines = text.split('\n');
  let depth = 0;
  let out = '';
  for (const raw of lines) {
    const m = /^((?:> ?)*)(.*)$/.exec(raw)!;
    const d = (m[1]!.match(/>/g) ?? []).length;
    while (depth < d) {
      out += style === 'gmail' ? '<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' : '<blockquote style="border:none;border-left:solid #E1E1E1 1.0pt;padding:0 0 0 4.0pt;margin-left:4.8pt">';
      depth++;
    }
    while (depth > d) {
      out += style === 'gmail' ? '</blockquote></div>' : '</blockquote>';
      depth--;
    }
    const content = m[2]!;
    if (style === 'outlook') out += `<p class="MsoNormal"><span style="font-family:&quot;游ゴシック&quot;">${content ? esc(content) : '<o:p>&nbsp;</o:p>'}</span></p>\n`;
    else out += content ? `<div>${esc(content)}</div>\n` : '<div><br></div>\n';
  }
  while (depth-- > 0) out += style === 'gmail' ? '</blockquote></div>' : '</blockquote>';
  if (style === 'outlook') {
    return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0mm;font-size:10.5pt}</style></head><body lang="JA" link="#0563C1"><div class="WordSection1">\n${out}</div></body></html>`;
  }
  return `<div dir="ltr">\n${out}</div>\n`;
}

function encodeWord(s: string): string {
  const jis = Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: 'JIS', from: 'UNICODE' }));
  return `=?ISO-2022-JP?B?${jis.toString('base64')}?=`;
}
const jisHeader = (p: Party | string): string => (typeof p === 'string' ? p : p.display ? `${encodeWord(p.display)} <${p.address}>` : p.address);

function iso2022(d: Draft): Buffer {
  const body = Buffer.from(Encoding.convert(Encoding.stringToCode(d.text.replace(/\n/g, '\r\n')), { to: 'JIS', from: 'UNICODE' }));
  const head = [
    `From: ${jisHeader(d.from)}`,
    `To: ${[...d.to.map(jisHeader), ...(d.toExtra ?? [])].join(', ')}`,
    ...(d.cc?.length ? [`Cc: ${d.cc.map(jisHeader).join(', ')}`] : []),
    `Subject: ${encodeWord(d.subject)}`,
    `Date: Mon, ${int(1, 28)} Sep 2026 ${int(9, 18)}:${int(10, 59)}:00 +0900`,
    `Message-ID: <${digits(12)}.${digits(5)}@${d.from.org.domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=ISO-2022-JP',
    'Content-Transfer-Encoding: 7bit',
    'X-Mailer: Becky! ver. 2.81.05',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, Buffer.from('\r\n')]);
}

async function build(d: Draft): Promise<{ raw: Buffer; style: Style }> {
  let style = d.style ?? pick(STYLES);
  if (style === 'iso-2022-jp' && (d.attachments?.length || d.icalEvent || d.html)) style = 'plain-qp';
  if (style === 'iso-2022-jp') return { raw: iso2022(d), style };
  const mail: Mail.Options = {
    from: header(d.from),
    to: [...d.to.map(header), ...(d.toExtra ?? [])].join(', '),
    subject: d.subject,
    date: new Date(Date.UTC(2026, int(0, 10), int(1, 28), int(0, 9), int(0, 59))),
    messageId: `<${digits(10)}.${digits(6)}@${d.from.org.domain}>`,
    attachments: d.attachments ?? [],
  };
  if (d.cc?.length) mail.cc = d.cc.map(header).join(', ');
  if (d.icalEvent) mail.icalEvent = d.icalEvent;
  switch (style) {
    case 'plain-qp':
      mail.text = d.text;
      mail.textEncoding = 'quoted-printable';
      if (d.html) mail.html = d.html;
      break;
    case 'plain-b64':
      mail.text = d.text;
      mail.textEncoding = 'base64';
      if (d.html) mail.html = d.html;
      break;
    case 'alt-outlook':
      mail.text = d.text;
      mail.html = d.html ?? htmlOf(d.text, 'outlook');
      mail.headers = { 'X-Mailer': 'Microsoft Outlook 16.0', 'Thread-Index': 'AdnX' + digits(8) };
      break;
    case 'alt-gmail':
      mail.text = d.text;
      mail.html = d.html ?? htmlOf(d.text, 'gmail');
      break;
    case 'html-only':
      mail.html = d.html ?? htmlOf(d.text, chance(0.5) ? 'outlook' : 'gmail');
      break;
  }
  const raw = await new MailComposer(mail).compile().build();
  return { raw, style };
}

// ---------------------------------------------------------------------------------------------
// Quoting: earlier messages of a thread as the recipient's mailer quotes them

function quoteBlock(msg: { from: Party; to: Party[]; text: string; date: string; subject: string }, how: number): string {
  const q = (t: string): string => t.split('\n').map((l) => (l.startsWith('>') ? `>${l}` : `> ${l}`)).join('\n');
  switch (how) {
    case 0:
      return `\n${msg.date} ${msg.from.display || msg.from.address} <${msg.from.address}>:\n${q(msg.text)}`;
    case 1:
      return `\nOn ${msg.date}, ${msg.from.display || msg.from.person.sei} <${msg.from.address}> wrote:\n${q(msg.text)}`;
    case 2:
      return `\n-----Original Message-----\nFrom: ${header(msg.from)}\nSent: ${msg.date}\nTo: ${msg.to.map(header).join('; ')}\nSubject: ${msg.subject}\n\n${msg.text}`;
    case 3:
      return `\n________________________________\n差出人: ${header(msg.from)}\n送信日時: ${msg.date}\n宛先: ${msg.to.map(header).join('; ')}\n件名: ${msg.subject}\n\n${msg.text}`;
    default:
      return `\n> -----Original Message-----\n> From: ${header(msg.from)}\n> Sent: ${msg.date}\n> Subject: ${msg.subject}\n>\n${q(msg.text)}`;
  }
}
const mailDate = (): string => pick([`2026年${int(1, 11)}月${int(1, 28)}日(${pick(['月', '火', '水', '木', '金'])}) ${int(9, 18)}:${int(10, 59)}`, `Tue, Oct ${int(1, 28)}, 2026 at ${int(1, 12)}:${int(10, 59)} PM`, `2026/${int(1, 11)}/${int(1, 28)} ${int(9, 18)}:${int(10, 59)}`]);

// ---------------------------------------------------------------------------------------------
// Benign templates

type Template = () => Promise<{ draft: Draft; category: string }>;

function cast(nTo = 1, nCc = 0): { from: Party; to: Party[]; cc: Party[]; org: Org } {
  const org = outsideOrg();
  const from = party(ourOrg());
  const to = Array.from({ length: nTo }, () => party(org));
  const cc = Array.from({ length: nCc }, () => (chance(0.5) ? party(ourOrg()) : party(org)));
  return { from, to, cc, org };
}

const benign: Template[] = [
  // Company profile in reply to a new vendor registration.
  async () => {
    const { from, to } = cast();
    const rep = businessPerson();
    const lines = [
      ['商号', OUR_COMPANY],
      ['本社所在地', `〒${postal()} ${officeAddress()}`],
      ['代表者', `代表取締役社長 ${rep.sei} ${rep.mei}`],
      ['代表電話', landline()],
      ['設立', `${int(1950, 2015)}年${int(1, 12)}月`],
      ['資本金', `${int(1, 90)}億円`],
      ['従業員数', `${int(50, 3000)}名`],
      ['事業内容', pick(['業務用ソフトウェアの開発・販売', '電子部品の製造販売', '物流サービス', '建築資材の卸売'])],
      ['取引銀行', `${pick(['みずほ銀行', '三井住友銀行', '三菱UFJ銀行', 'りそな銀行'])} ${pick(['本店', '丸の内支店', '新宿支店'])}`],
    ].filter(() => chance(0.9));
    const sep = pick(['：', ': ', '\t', '　']);
    const table = lines.map(([k, v]) => `${pick(['', '・', '■'])}${k}${sep}${v}`).join('\n');
    const body = `${pick(['取引先登録のため、弊社の会社概要をお送りいたします。', '先日ご依頼いただきました会社概要について、下記のとおりご連絡いたします。', '御社の新規取引先登録用に、当社概要を記載いたします。'])}\n\n【会社概要】\n${table}\n\n${pick(['ご不明な点がございましたらお知らせください。', '登録書類に不足があればご連絡ください。'])}`;
    return { draft: { from, to, subject: pick(['会社概要のご送付', '【取引先登録】会社概要', '弊社概要について']), text: letter(from, to, body) }, category: 'company-profile' };
  },
  // Outside company's profile forwarded inside-out (their headquarters, representative).
  async () => {
    const { from, to } = cast();
    const other = outsideOrg();
    const rep = businessPerson();
    const html = `<table border="1" cellpadding="4"><tr><th>会社名</th><td>${other.name}</td></tr><tr><th>所在地</th><td>〒${postal()} ${officeAddress()}</td></tr><tr><th>代表者</th><td>${rep.sei} ${rep.mei}</td></tr><tr><th>電話番号</th><td>${landline()}</td></tr><tr><th>URL</th><td>https://www.${other.domain}/</td></tr></table>`;
    const text0 = `${pick(['ご紹介いただいた', '協業先候補の', '新しい協力会社の'])}${other.name}様の概要です。`;
    const text = letter(from, to, `${text0}\n\n会社名 ${other.name}\n所在地 〒${postal()} ${officeAddress()}\n代表者 ${rep.sei} ${rep.mei}\n電話 ${landline()}\n\n${pick(['打合せの参考にしてください。', '来週の面談前にご確認ください。'])}`);
    return { draft: { from, to, subject: `${other.name}様のご紹介`, text, html: chance(0.5) ? `<div>${esc(greeting(to))}</div><p>${esc(text0)}</p>${html}<p>${esc(closing())}</p><pre>${esc(signature(from))}</pre>` : undefined }, category: 'company-profile' };
  },
  // Minutes sent to the people who attended.
  async () => {
    const n = int(1, 3);
    const { from, to, cc } = cast(n, int(0, 2));
    const attendeesThem = [...to, ...cc.filter((c) => c.org.domain !== INTERNAL)].map((p) => pick([`${p.person.sei}様`, `${p.person.sei} ${p.person.mei}様`, `${p.person.sei}氏`]));
    const attendeesUs = [from, ...cc.filter((c) => c.org.domain === INTERNAL)].map((p) => pick([p.person.sei, `${p.person.sei} ${p.person.mei}`]));
    const items = Array.from({ length: int(2, 5) }, (_, i) => `${i + 1}. ${pick(['次期システムの要件', '納期の再調整', '見積条件', '運用体制', '検収手順', 'テスト計画', '来期の発注計画'])}について\n  ${pick(['・', '- '])}${pick(['先方より追加要件の提示あり。', '当社にて再見積を行う。', '次回までに課題一覧を更新する。', '合意済み。'])}`);
    const todo = `【宿題】\n・${to[0]!.person.sei}様：${pick(['要件一覧の確認', '社内稟議の状況共有'])}\n・${from.person.sei}：${pick(['見積書の再提出', '議事録の修正版送付'])}`;
    const body = `${day()}の打合せの議事録をお送りします。\n\n■日時：${day()} ${time()}〜${time()}\n■場所：${pick([`貴社 ${int(3, 20)}階会議室`, '弊社会議室', 'オンライン（Teams）', 'Zoom'])}\n■出席者（敬称略）\n  ${to[0]!.org.name}：${attendeesThem.join('、')}\n  ${OUR_COMPANY}：${attendeesUs.join('、')}\n\n■議事\n${items.join('\n')}\n\n${todo}\n\n修正点があればご指摘ください。`;
    return { draft: { from, to, cc, subject: pick(['議事録送付', '【議事録】定例会', '打合せ議事録のご送付', `${day()}お打合せ議事録`]), text: letter(from, to, body) }, category: 'minutes' };
  },
  // Minutes: recipients without display name, the greeting names them.
  async () => {
    const org = outsideOrg();
    const from = party(ourOrg());
    const to = [party(org, false), party(org, false)];
    const body = `本日はお時間をいただきありがとうございました。\n${to.map((p) => `${p.person.sei}様`).join('、')}からいただいたご意見を踏まえ、以下の通り整理しました。\n\n1) ${pick(['移行時期', '費用負担', '保守範囲'])}：${pick(['来年4月を目処', '折半', '現行どおり'])}\n2) ${to[1]!.person.sei}様から${pick(['追加資料', '過去の障害報告', '構成図'])}をご共有いただく\n3) 次回 ${day()} ${time()}〜`;
    return { draft: { from, to, subject: '本日のお打合せについて', text: `${to[0]!.person.sei}様、${to[1]!.person.sei}様\n\n${opening()}\n${selfIntro(from)}\n\n${body}\n\n${closing()}\n\n${signature(from)}\n` }, category: 'minutes' };
  },
  // Newsletter with facility / shop addresses.
  async () => {
    const { from, to } = cast(1);
    const shops = Array.from({ length: int(3, 7) }, () => {
      const name = `${faker.location.city()}${pick(['店', '営業所', 'ショールーム', 'サービスセンター', '物流センター', '支店'])}`;
      return pick([
        `◆${name}\n　〒${postal()} ${officeAddress()}\n　TEL ${landline()}　営業時間 ${int(9, 10)}:00〜${int(17, 20)}:00`,
        `${name}：${officeAddress()}（${landline()}）`,
        `■${name}\n住所：${officeAddress()}\n電話：${landline()}\n定休日：${pick(['水曜日', '日曜・祝日', 'なし'])}`,
      ]);
    });
    const body = `${pick(['このたび下記の拠点を新設・移転いたしましたのでお知らせいたします。', '年末年始の営業拠点のご案内です。', '弊社ニュースレター11月号をお届けします。'])}\n\n${shops.join('\n\n')}\n\n${pick(['今後ともご愛顧賜りますようお願い申し上げます。', '配信停止をご希望の方はご連絡ください。'])}`;
    const text = `${to[0]!.org.name}\n${pick(['ご担当者様', `${to[0]!.person.sei}様`])}\n\n${body}\n\n${signature(from)}\n`;
    return { draft: { from, to, subject: pick(['【ニュースレター】拠点のご案内', '新店舗オープンのお知らせ', '事業所移転のお知らせ']), text }, category: 'newsletter' };
  },
  // Seminar notice: public lecturer, public hall with access.
  async () => {
    const { from, to } = cast(int(1, 2));
    const lecturer = businessPerson();
    const hall = `${faker.location.city()}${pick(['市民会館', '商工会議所 大ホール', '国際会議場', '産業振興センター', '文化ホール', 'コンベンションホール'])}`;
    const aff = pick([`${faker.location.city()}大学 経済学部 教授`, `${outsideOrg().name} 代表取締役`, `${faker.location.city()}総合研究所 主任研究員`, '中小企業診断士', '弁護士']);
    const body = `${pick(['下記のとおりセミナーを開催いたします。', '恒例の取引先様向けセミナーのご案内です。'])}\n\n記\n\nテーマ：${pick(['DX推進の実務', '改正電子帳簿保存法への対応', 'サプライチェーンのリスク管理', '人的資本経営'])}\n講師：${aff} ${lecturer.sei} ${lecturer.mei}${pick(['氏', '先生', ''])}\n日時：${day()} ${time()}〜${time()}\n会場：${hall}\n　　　〒${postal()} ${officeAddress()}\n　　　${pick(['JR', '地下鉄', '私鉄'])}${faker.location.city()}駅 ${pick(['東口', '北口', '南口'])}より徒歩${int(2, 15)}分\n定員：${int(30, 300)}名\n参加費：${pick(['無料', '3,000円'])}\n問合せ先：${OUR_COMPANY} セミナー事務局 ${landline()}\n\n以上`;
    return { draft: { from, to, subject: pick(['【ご案内】セミナー開催のお知らせ', 'セミナーのご案内', '特別講演会のお知らせ']), text: letter(from, to, body) }, category: 'seminar' };
  },
  // Long reply thread with quoted signatures.
  async () => {
    const { from, to } = cast(1, int(0, 1));
    const them = to[0]!;
    const subject = pick(['見積依頼の件', '納期について', '仕様確認のお願い', '請求書の件', 'お打合せ日程']);
    const msgs: Array<{ from: Party; to: Party[]; text: string; date: string; subject: string }> = [];
    const rounds = int(2, 5);
    for (let i = 0; i < rounds; i++) {
      const speaker = i % 2 === 0 ? them : from;
      const listener = i % 2 === 0 ? from : them;
      const text = letter(speaker, [listener], pick(['承知いたしました。', `${day()}でいかがでしょうか。`, '添付の資料をご確認ください。', `単価は${yen()}で調整可能です。`, 'ご回答ありがとうございます。社内で確認いたします。']));
      msgs.push({ from: speaker, to: [listener], text, date: mailDate(), subject: `${'Re: '.repeat(i)}${subject}` });
    }
    const how = int(0, 4);
    // Nested: each message quotes the whole thread before it.
    let nested = '';
    for (const m of msgs) nested = quoteBlock({ ...m, text: m.text + nested }, how);
    const text = letter(from, [them], pick(['ご連絡ありがとうございます。下記承知いたしました。', '確認が遅くなり申し訳ありません。', 'ご提案の内容で進めさせてください。'])) + nested;
    return { draft: { from, to, subject: `Re: ${subject}`, text }, category: 'thread' };
  },
  // Calendar invitation: ORGANIZER / ATTENDEE are the message's participants.
  async () => {
    const { from, to, cc } = cast(int(1, 3), int(0, 1));
    const start = `2026${String(int(1, 12)).padStart(2, '0')}${String(int(10, 28)).padStart(2, '0')}T0${int(0, 7)}0000Z`;
    const room = pick([`${OUR_COMPANY} 本社 ${int(3, 12)}F 会議室${pick(['A', 'B', 'C'])}`, `${officeAddress()}`, 'Microsoft Teams 会議', `${faker.location.city()}ビル ${int(2, 9)}階 貸会議室`]);
    const cn = (p: Party): string => `${p.person.sei} ${p.person.mei}`;
    const ics = [
      'BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT',
      `ORGANIZER;CN=${cn(from)}:mailto:${from.address}`,
      ...[...to, ...cc].map((p) => `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=${cn(p)}:mailto:${p.address}`),
      `DTSTART:${start}`, `DTEND:${start.replace(/T0(\d)/, (_, h: string) => `T0${Math.min(9, Number(h) + 1)}`)}`,
      `SUMMARY:${pick(['定例会', 'キックオフ', '仕様レビュー', '月次報告会'])}`, `LOCATION:${room}`,
      `DESCRIPTION:${pick(['議題は追ってお送りします。', 'よろしくお願いいたします。', `資料は${from.person.sei}より事前共有します。`])}`,
      `UID:${digits(16)}@${INTERNAL}`, 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    const text = `${pick(['会議の招待をお送りします。', '下記の日程でお願いいたします。', '日程をお送りします。ご都合が悪ければお知らせください。'])}\n\n日時: ${day()} ${time()}-${time()}\n場所: ${room}\n出席: ${[from, ...to, ...cc].map(cn).join(', ')}\n`;
    return { draft: { from, to, cc, subject: `招待: ${pick(['定例会', 'キックオフ', '仕様レビュー'])}`, text, icalEvent: { method: 'request', filename: 'invite.ics', content: ics } }, category: 'calendar' };
  },
  // Order / purchase order.
  async () => {
    const { from, to } = cast();
    const lines = Array.from({ length: int(2, 6) }, () => `${pick(['品番', '型番'])} ${pick(['AB', 'XK', 'PN', 'T'])}-${digits(4)}  ${pick(['ケーブル', '制御ユニット', 'ラベル用紙', 'トナー', 'ベアリング', 'ノートPC'])}  数量 ${int(1, 200)}  単価 ${yen()}`);
    const body = `下記のとおり発注いたします。\n\n注文番号：PO-${digits(8)}\n${lines.join('\n')}\n\n納品先：${OUR_COMPANY} ${pick(['物流センター', '本社 受付', '第二工場 資材倉庫', '大阪支店'])}\n　〒${postal()} ${officeAddress()}\n　担当：${from.person.sei}（${landline()}）\n希望納期：${day()}\n\n注文請書のご返送をお願いいたします。`;
    return { draft: { from, to, subject: pick(['発注書送付の件', '【注文】部材発注', '注文書のご送付']), text: letter(from, to, body) }, category: 'order' };
  },
  // Invoice with the company's bank account.
  async () => {
    const { from, to } = cast();
    const bank = pick(['みずほ銀行', '三井住友銀行', '三菱UFJ銀行', 'りそな銀行', '横浜銀行', '静岡銀行']);
    const body = `${pick(['今月分の請求書を添付にてお送りいたします。', '下記のとおりご請求申し上げます。'])}\n\n請求番号：INV-${digits(6)}\nご請求金額：${yen()}（税込）\nお支払期限：${day()}\n\n【お振込先】\n${bank} ${pick(['本店営業部', '東京営業部', '新宿支店', '梅田支店'])}\n${pick(['普通', '当座'])}預金 ${digits(7)}\n口座名義：${pick([`${OUR_COMPANY}`, 'レイジ（カ', 'ﾚｲｼﾞ(ｶ'])}\n\n振込手数料は貴社にてご負担ください。`;
    const pdf = reportPdf(1);
    return { draft: { from, to, subject: pick(['請求書送付のご案内', `【請求書】${int(1, 12)}月分`, 'ご請求書の件']), text: letter(from, to, body), attachments: chance(0.3) ? [{ filename: `請求書_${digits(6)}.pdf`, content: pdf, contentType: 'application/pdf' }] : [] }, category: 'invoice' };
  },
  // Delivery notice: the recipient's own office as the destination.
  async () => {
    const { from, to } = cast();
    const them = to[0]!;
    const body = `ご注文いただいた商品を本日出荷いたしました。\n\n出荷日：${day()}\nお届け先：${them.org.name} ${them.org.dept} ${them.person.sei}様\n　〒${postal()} ${officeAddress()}\n配送業者：${pick(['ヤマト運輸', '佐川急便', '日本郵便', '西濃運輸'])}\n伝票番号：${digits(4)}-${digits(4)}-${digits(4)}\n到着予定：${day()}`;
    return { draft: { from, to, subject: pick(['出荷のご案内', '【出荷完了】ご注文品の発送', '納品のお知らせ']), text: letter(from, to, body) }, category: 'delivery' };
  },
  // Recruiting: to an agency about a job opening, or to a candidate about their own interview.
  async () => {
    const { from, to } = cast();
    const them = to[0]!;
    const toAgency = chance(0.5);
    const body = toAgency
      ? `${pick(['下記ポジションの募集を開始しました。', '求人票を更新しましたのでご確認ください。'])}\n\n職種：${pick(['法人営業', 'インフラエンジニア', '経理スタッフ', '生産管理'])}\n勤務地：${OUR_COMPANY} ${pick(['本社', '大阪支店', '名古屋営業所'])}（${officeAddress()}）\n年収：${int(400, 900)}万円〜\n選考：書類選考→面接2回\n\n${pick(['候補者のご推薦をお待ちしております。', 'ご不明点は人事部までお問い合わせください。'])}`
      : `このたびは弊社の求人にご応募いただきありがとうございます。\n${them.person.sei}様の面接日程をご案内いたします。\n\n日時：${day()} ${time()}〜\n場所：${OUR_COMPANY} 本社 ${int(2, 15)}階 受付\n　　　〒${postal()} ${officeAddress()}\n持ち物：筆記用具\n\n当日は受付で「${from.org.dept} ${from.person.sei}」をお呼び出しください。`;
    return { draft: { from, to, subject: toAgency ? '求人票の更新について' : '【面接のご案内】', text: letter(from, to, body) }, category: 'recruiting' };
  },
  // Forwarded vendor announcement (vendor's signature and office in the forwarded part).
  async () => {
    const { from, to } = cast();
    const vendor = party(outsideOrg());
    const inner = `お客様各位\n\n${pick(['弊社は下記の住所に本社を移転いたします。', '年末年始の休業日をお知らせいたします。', '価格改定のお知らせです。'])}\n\n新住所：〒${postal()} ${officeAddress()}\n新電話番号：${landline()}\n業務開始日：${day()}\n\n${signature(vendor)}`;
    const fwd = pick([
      `\n---------- Forwarded message ---------\nFrom: ${header(vendor)}\nDate: ${mailDate()}\nSubject: ${pick(['本社移転のお知らせ', '休業日のお知らせ'])}\nTo: ${from.address}\n\n${inner}`,
      `\n-------- 転送メッセージ --------\n件名: お知らせ\n日付: ${mailDate()}\n差出人: ${header(vendor)}\n宛先: ${from.address}\n\n${inner}`,
    ]);
    const text = `${greeting(to)}\n\n${opening()}\n${pick(['共通の取引先からの案内を転送します。', 'ご参考までに転送いたします。'])}\n\n${from.person.sei}\n${fwd}`;
    return { draft: { from, to, subject: `Fw: ${pick(['本社移転のお知らせ', '休業日のお知らせ'])}`, text }, category: 'forward-notice' };
  },
  // Previous correspondence attached as .eml.
  async () => {
    const { from, to } = cast();
    const them = to[0]!;
    const prior = await build({ from: them, to: [from], subject: '仕様の件', text: letter(them, [from], `仕様書の第${int(2, 5)}版を確認しました。${pick(['特に問題ございません。', '2点ご質問がございます。'])}`), style: 'plain-qp' });
    const text = letter(from, to, `以前いただいたメールを添付いたします。${pick(['経緯のご確認にお使いください。', '念のため共有いたします。'])}`);
    return { draft: { from, to, subject: '前回のやり取りの件', text, attachments: [{ filename: 'previous.eml', content: prior.raw, contentType: 'message/rfc822' }] }, category: 'attached-eml' };
  },
  // Office move / contact change of the sender themself (new mobile).
  async () => {
    const { from, to } = cast();
    const body = `${pick(['このたび担当変更となりましたのでご連絡いたします。', '部署異動により連絡先が変わりました。', '事務所移転に伴い連絡先が変わります。'])}\n\n新しい連絡先\n${from.org.dept} ${from.person.sei} ${from.person.mei}\nTEL：${landline()}\n携帯：${mobile()}\nMail：${from.address}\n\n引き続きよろしくお願いいたします。`;
    return { draft: { from, to, subject: pick(['連絡先変更のお知らせ', '担当者変更のご連絡']), text: letter(from, to, body, chance(0.5)) }, category: 'contact-change' };
  },
  // Successor introduced: a colleague of the sender.
  async () => {
    const { from, to, cc } = cast(1, 1);
    const colleague = cc[0]!.org.domain === INTERNAL ? cc[0]! : party(ourOrg());
    const body = `${pick(['来月より', '4月1日付で'])}、御社の担当を${colleague.person.sei}（${colleague.org.dept}）に引き継ぐこととなりました。\n${colleague.person.sei}の連絡先は以下の通りです。\n\n${colleague.person.sei} ${colleague.person.mei}\n${colleague.address}\n${landline()}\n\n後日あらためて${colleague.person.sei}よりご挨拶に伺います。`;
    return { draft: { from, to, cc: cc[0]!.org.domain === INTERNAL ? cc : [colleague], subject: '担当者変更のご挨拶', text: letter(from, to, body) }, category: 'successor' };
  },
];

// ---------------------------------------------------------------------------------------------
// Risky templates

const risky: Template[] = [
  // Roster in a CSV attachment.
  async () => {
    const { from, to } = cast();
    const n = int(6, 40);
    const head = pick([['氏名', '住所', '電話番号', '生年月日'], ['名前', 'フリガナ', '携帯', 'メール'], ['社員番号', '氏名', '所属', '自宅住所', '電話'], ['No', '顧客名', '住所', 'TEL']]);
    const rows = Array.from({ length: n }, (_, i) => head.map((h) => {
      const p = privatePerson();
      if (/氏名|名前|顧客名/.test(h)) return `${p.sei} ${p.mei}`;
      if (/フリガナ/.test(h)) return faker.person.lastName();
      if (/住所/.test(h)) return homeAddress();
      if (/電話|携帯|TEL/.test(h)) return mobile();
      if (/生年月日/.test(h)) return birthDate();
      if (/メール/.test(h)) return `${faker.internet.username().toLowerCase()}@${pick(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'])}`;
      if (/所属/.test(h)) return pick(OUR_DEPTS);
      return String(i + 1 + (h === '社員番号' ? 10000 : 0));
    }).join(','));
    const csv = [head.join(','), ...rows].join('\r\n');
    const text = letter(from, to, `${pick(['ご依頼の名簿をお送りします。', '対象者リストを添付いたします。', 'DM発送用の顧客リストです。'])}\n${pick(['ご確認ください。', '取扱いにはご注意ください。'])}`);
    return { draft: { from, to, subject: pick(['名簿送付', '対象者リスト', '顧客リストの件']), text, attachments: [{ filename: pick(['名簿.csv', 'list.csv', '顧客一覧.csv']), content: chance(0.5) ? Buffer.from(csv) : Buffer.from(Encoding.convert(Encoding.stringToCode(csv), { to: 'SJIS', from: 'UNICODE' })), contentType: 'text/csv' }] }, category: 'roster' };
  },
  // Roster pasted in the body (aligned or tab separated) or an HTML table.
  async () => {
    const { from, to } = cast();
    const n = int(5, 15);
    const people = Array.from({ length: n }, () => ({ ...privatePerson(), tel: mobile(), addr: homeAddress() }));
    const html = chance(0.4);
    const listText = people.map((p, i) => pick([`${i + 1}. ${p.sei} ${p.mei}　${p.tel}　${p.addr}`, `${p.sei}${p.mei}\t${p.tel}\t${p.addr}`])).join('\n');
    const text = letter(from, to, `${pick(['参加者名簿です。', '当選者の一覧です。発送をお願いします。', '会員の連絡先一覧を共有します。'])}\n\n${listText}`);
    const htmlBody = html ? `<p>${esc(greeting(to))}</p><p>発送先の一覧です。</p><table border="1"><tr><th>氏名</th><th>電話番号</th><th>住所</th></tr>${people.map((p) => `<tr><td>${p.sei} ${p.mei}</td><td>${p.tel}</td><td>${p.addr}</td></tr>`).join('')}</table><p>${esc(closing())}</p>` : undefined;
    return { draft: { from, to, subject: pick(['発送先リスト', '参加者一覧', '会員連絡先']), text, html: htmlBody }, category: 'roster' };
  },
  // My Number of an employee or a family member.
  async () => {
    const { from, to } = cast();
    const p = privatePerson();
    const d11 = digits(11);
    const w = [2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6];
    const sum = d11.split('').reverse().reduce((s, c, i) => s + Number(c) * w[i]!, 0) % 11; // weights from the right
    const mn = d11 + String(sum <= 1 ? 0 : 11 - sum);
    const shown = pick([mn, `${mn.slice(0, 4)} ${mn.slice(4, 8)} ${mn.slice(8)}`, `${mn.slice(0, 4)}-${mn.slice(4, 8)}-${mn.slice(8)}`]);
    const body = `${pick(['年末調整の件で', '扶養控除申告書の件で', '社会保険の手続きのため'])}、${p.sei} ${p.mei}さんの${pick(['マイナンバー', '個人番号'])}をお知らせします。\n\n氏名：${p.sei} ${p.mei}\n個人番号：${shown}\n${chance(0.5) ? `生年月日：${birthDate()}\n` : ''}`;
    return { draft: { from, to, subject: pick(['マイナンバーの件', '個人番号のご連絡', '年末調整書類']), text: letter(from, to, body) }, category: 'my-number' };
  },
  // Card number of a customer.
  async () => {
    const { from, to } = cast();
    const p = privatePerson();
    const base = `4${digits(14)}`;
    let s = 0;
    for (let i = 0; i < 15; i++) {
      let d = Number(base[14 - i]);
      if (i % 2 === 0) d *= 2;
      s += d > 9 ? d - 9 : d;
    }
    const card = base + String((10 - (s % 10)) % 10);
    const shown = pick([card, card.replace(/(\d{4})(?=\d)/g, '$1-'), card.replace(/(\d{4})(?=\d)/g, '$1 ')]);
    const body = `${p.sei}様のご注文について、決済エラーとなったカード情報を共有します。\n\nご契約者：${p.sei} ${p.mei}\nカード番号：${shown}\n有効期限：${String(int(1, 12)).padStart(2, '0')}/${int(27, 31)}`;
    return { draft: { from, to, subject: pick(['決済エラーの件', 'カード情報の確認', 'ご注文の件']), text: letter(from, to, body) }, category: 'card' };
  },
  // 要配慮: health / medical / disability of a named employee.
  async () => {
    const { from, to } = cast();
    const p = privatePerson();
    const body = pick([
      `${p.sei} ${p.mei}さんの件でご相談です。先月の健康診断で${pick(['高血圧', '糖尿病', '肝機能障害'])}の所見があり、現在${pick(['通院中', '治療中'])}です。業務量の調整をお願いできますでしょうか。`,
      `派遣いただいている${p.sei}さんですが、${pick(['うつ病', '適応障害', '腰椎椎間板ヘルニア'])}と診断され、${int(1, 3)}か月休職することになりました。診断書の写しは別途お送りします。`,
      `${p.sei} ${p.mei}様は${pick(['身体障害者手帳', '精神障害者保健福祉手帳'])}（${int(1, 4)}級）をお持ちです。入構時の配慮についてご対応をお願いします。`,
      `退職された${p.sei} ${p.mei}氏について、${pick(['過去に逮捕歴', '前科'])}があるとの情報がありました。取扱いにご注意ください。`,
    ]);
    return { draft: { from, to, subject: pick(['ご相談', '配慮事項について', '【社外秘】ご連絡', '体調不良者の件']), text: letter(from, to, body) }, category: 'sensitive' };
  },
  // Forwarded customer inquiry with the customer's contact details.
  async () => {
    const { from, to } = cast();
    const c = privatePerson();
    const caddr = `${faker.internet.username().toLowerCase()}@${pick(['gmail.com', 'yahoo.co.jp', 'icloud.com'])}`;
    const inquiry = `${pick(['お世話になります。', '初めてご連絡します。'])}\n${pick(['先日購入した製品が故障しました。', '修理をお願いしたいです。', '注文した商品が届きません。'])}\n\n氏名：${c.sei} ${c.mei}\n住所：〒${postal()} ${homeAddress()}\n電話：${mobile()}\n\n${c.sei}`;
    const fwd = pick([
      `\n---------- Forwarded message ---------\nFrom: ${c.sei} ${c.mei} <${caddr}>\nDate: ${mailDate()}\nSubject: ${pick(['修理依頼', '問い合わせ'])}\nTo: support@${INTERNAL}\n\n${inquiry}`,
      `\n-----Original Message-----\nFrom: ${caddr}\nSent: ${mailDate()}\nTo: support@${INTERNAL}\nSubject: お問い合わせ\n\n${inquiry}`,
      `\n${mailDate()} ${c.sei} ${c.mei} <${caddr}>:\n${inquiry.split('\n').map((l) => `> ${l}`).join('\n')}`,
    ]);
    const text = `${greeting(to)}\n\n${opening()}\n${pick(['お客様から下記の問い合わせがありました。訪問修理の手配をお願いします。', '以下のお客様対応をお願いできますでしょうか。', '転送します。ご対応をお願いします。'])}\n\n${signature(from)}\n${fwd}`;
    return { draft: { from, to, subject: `Fw: ${pick(['修理依頼', 'お問い合わせ', 'お客様対応のお願い'])}`, text }, category: 'forwarded-customer' };
  },
  // Identity documents: passport, licence, residence card, insurance, pension.
  async () => {
    const { from, to } = cast();
    const p = privatePerson();
    const kind = int(0, 4);
    const value = [
      `旅券番号：${pick(['TK', 'TR', 'MZ'])}${digits(7)}`,
      `運転免許証番号：${digits(12)}`,
      `在留カード番号：${pick(['AB', 'CD', 'EF'])}${digits(8)}${pick(['GH', 'JK'])}`,
      `健康保険 被保険者証 記号 ${digits(4)} 番号 ${digits(3)}　保険者番号 ${digits(8)}`,
      `基礎年金番号：${digits(4)}-${digits(6)}`,
    ][kind]!;
    const body = `${pick(['出張手配のため', '入館手続きのため', '手続きに必要な情報として', '雇用契約の手続きで'])}、${p.sei} ${p.mei}さんの情報をお送りします。\n\n氏名：${p.sei} ${p.mei}\n${value}\n生年月日：${birthDate()}`;
    return { draft: { from, to, subject: pick(['手続き書類', '申請情報のご連絡', '出張者情報']), text: letter(from, to, body) }, category: ['passport', 'drivers-licence', 'residence-card', 'health-insurance', 'pension'][kind]! };
  },
  // A person's own bank account (salary, refund).
  async () => {
    const { from, to } = cast();
    const p = privatePerson();
    const body = `${pick(['返金先の口座', '給与振込口座', '立替金の振込先'])}をお知らせします。\n\n${pick(['三菱UFJ銀行', 'ゆうちょ銀行', '楽天銀行', '千葉銀行'])} ${faker.location.city()}支店\n普通 ${digits(7)}\n口座名義 ${p.sei} ${p.mei}`;
    return { draft: { from, to, subject: pick(['振込先のご連絡', '口座情報']), text: letter(from, to, body) }, category: 'bank' };
  },
  // Encrypted zip to outside (password sent separately).
  async () => {
    const { from, to } = cast();
    const zip = writeZip([{ name: pick(['資料.xlsx', 'data.csv', '名簿.xlsx']), data: Buffer.from(digits(400)) }]);
    // Mark the entries encrypted (general-purpose flag bit 0), as a password zip has them.
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = zip.readUInt32LE(i);
      if (sig === 0x04034b50) zip.writeUInt16LE(zip.readUInt16LE(i + 6) | 1, i + 6);
      if (sig === 0x02014b50) zip.writeUInt16LE(zip.readUInt16LE(i + 8) | 1, i + 8);
    }
    const text = letter(from, to, `${pick(['資料を送付いたします。', 'ご依頼のファイルです。'])}\nパスワードは別メールにてお送りします。`);
    return { draft: { from, to, subject: pick(['資料送付', '【パスワード別送】ファイル送付']), text, attachments: [{ filename: pick(['資料.zip', 'file_20261129.zip']), content: zip, contentType: 'application/zip' }] }, category: 'encrypted-zip' };
  },
  // Forgot BCC: many outside addresses visible.
  async () => {
    const from = party(ourOrg());
    const to = [party(outsideOrg())];
    const extra = Array.from({ length: int(8, 20) }, () => party(outsideOrg()).address);
    const text = `${pick(['お取引先各位', '関係各位'])}\n\n${opening()}\n${pick(['年末年始の休業日のお知らせです。', '新製品発表会のご案内です。'])}\n\n休業期間：${day()}〜${day()}\n\n${signature(from)}\n`;
    return { draft: { from, to, toExtra: extra, subject: pick(['休業日のお知らせ', '新製品発表会のご案内']), text }, category: 'bcc-forgotten' };
  },
  // Health check results for several employees (要配慮 + several people).
  async () => {
    const { from, to } = cast();
    const people = Array.from({ length: int(2, 6) }, () => privatePerson());
    const body = `${pick(['再検査対象者', '要精密検査の方'])}の一覧です。\n\n${people.map((p) => `・${p.sei} ${p.mei}：${pick(['血圧', '血糖値', '肝機能', '心電図'])}${pick(['要再検査', '要精密検査', 'B判定'])}`).join('\n')}\n\n健康診断の結果について、産業医面談の調整をお願いします。`;
    return { draft: { from, to, subject: '健康診断 再検査の件', text: letter(from, to, body) }, category: 'sensitive' };
  },
];

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const cases: BusinessCase[] = [];
  const add = async (kind: 'benign' | 'risky', t: Template, i: number): Promise<void> => {
    const { draft, category } = await t();
    const { raw, style } = await build(draft);
    const rcptTo = [...draft.to.map((p) => p.address), ...(draft.toExtra ?? []), ...(draft.cc ?? []).map((p) => p.address), ...(draft.bcc ?? [])];
    cases.push({ id: `${kind}-${String(i).padStart(3, '0')}`, kind, category, style, envelope: { mailFrom: draft.from.address, rcptTo }, raw: raw.toString('base64') });
  };
  for (let i = 0; i < 150; i++) await add('benign', benign[i % benign.length]!, i);
  for (let i = 0; i < 120; i++) await add('risky', risky[i % risky.length]!, i);
  const out = fileURLToPath(new URL('./business.json', import.meta.url));
  writeFileSync(out, JSON.stringify({ generator: 'test/eval-business/generate.ts', seed: SEED, cases }, null, 0) + '\n');
  console.log(`wrote ${cases.length} cases to ${out}`);
}

await main();
