/**
 * The blind set (test/eval-fresh/fresh.json): business mail written by hand, by someone who did
 * not read the detector, its dictionaries, policies or the other evaluation sets, and never ran
 * the gateway on it (see test/eval-fresh/README.md). Each mail becomes real MIME (nodemailer,
 * attachments included; an "encrypted" zip gets the encryption flag of a password zip) and goes
 * through extraction, detection with its envelope and the default policy, as in business.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { textPdf } from '../bench/fixtures/pdf.js';
import { SharedStrings, writeXlsx } from '../bench/fixtures/xlsx-package.js';
import { writeZip, xmlEscape } from '../bench/fixtures/zip-writer.js';
import type { BusinessCase, BusinessReport } from './business.js';

interface FreshMail {
  id: string;
  expect: 'hold' | 'pass';
  why: string;
  kind: string;
  from: string;
  to: string[];
  cc?: string[];
  bcc?: string[];
  subject: string;
  text: string;
  attachments?: Array<{ filename: string; contentType: string; text?: string; encrypted?: boolean }>;
}

const addressOf = (s: string): string => (/<([^>]+)>/.exec(s)?.[1] ?? s).trim();

function encryptedZip(name: string): Buffer {
  const zip = writeZip([{ name: name.replace(/\.zip$/i, '.xlsx'), data: Buffer.from('0'.repeat(400)) }]);
  // General-purpose flag bit 0 on every entry, as a password zip has it.
  for (let i = 0; i < zip.length - 4; i++) {
    const sig = zip.readUInt32LE(i);
    if (sig === 0x04034b50) zip.writeUInt16LE(zip.readUInt16LE(i + 6) | 1, i + 6);
    if (sig === 0x02014b50) zip.writeUInt16LE(zip.readUInt16LE(i + 8) | 1, i + 8);
  }
  return zip;
}

/**
 * A line that names the sheet that follows, not a cell: `[Sheet1]`, `Sheet1: Trainees`,
 * `シート1: 移管対象`, `[Sheet1: Dietary requirements]` (the name is cut to Excel's 31 characters).
 */
const SHEET_MARKER = /^\[([^\]\t]{1,31})\]$|^\[?(?:Sheet|シート)[ \u3000]?\d*[ \u3000]*[:：][ \u3000]*([^\]\t|]+?)\]?$/;
const sheetNameOf = (line: string): string | undefined => {
  const m = SHEET_MARKER.exec(line.trim());
  return m ? (m[1] ?? m[2]!).slice(0, 31) : undefined;
};

/**
 * A one-sheet .xlsx of the text's lines, cells split at tabs, at pipes (`HIRANO | Takuya | …`, a
 * writer's drawing of the grid) or at commas; sheet-name lines dropped.
 */
function textXlsx(text: string): Buffer {
  const strings = new SharedStrings();
  const col = (c: number): string => String.fromCharCode(65 + c);
  const lines = text.split(/\r?\n/);
  const sheetName = lines.map(sheetNameOf).find((n) => n !== undefined) ?? 'Sheet1';
  const rows = lines
    .filter((line) => sheetNameOf(line) === undefined)
    .map((line, r) => {
      const cells = line.includes('\t') ? line.split('\t') : line.includes('|') ? line.split('|').map((c) => c.trim()) : line.split(',');
      return `<row r="${r + 1}">${cells.map((v, c) => (v === '' ? '' : strings.cell(`${col(c)}${r + 1}`, v))).join('')}</row>`;
    });
  return writeXlsx(sheetName, rows, strings);
}

/** A .docx with one paragraph per line of the text. */
function textDocx(text: string): Buffer {
  const body = text
    .split(/\r?\n/)
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`)
    .join('');
  return writeZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` },
  ]);
}

/** A 1×1 JPEG: a scanned image whose text the writer gave as OCR, which the gateway does not read. */
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

/** The attachment as the writer described it, made into the file type its name says. */
function attachmentContent(a: NonNullable<FreshMail['attachments']>[number]): Buffer {
  const text = a.text ?? '';
  if (a.encrypted) return encryptedZip(a.filename);
  if (/\.pdf$/i.test(a.filename)) return textPdf(text);
  if (/\.xlsx$/i.test(a.filename)) return textXlsx(text);
  if (/\.docx$/i.test(a.filename)) return textDocx(text);
  if (a.contentType.startsWith('image/')) return TINY_JPEG;
  return Buffer.from(text, 'utf8');
}

export interface FreshCase extends BusinessCase {
  why: string;
}

export async function loadFreshCases(file: string): Promise<FreshCase[] | null> {
  if (!existsSync(file)) return null;
  const mails = JSON.parse(readFileSync(file, 'utf8')) as FreshMail[];
  const out: FreshCase[] = [];
  for (const m of mails) {
    const mail: Mail.Options = {
      from: m.from,
      to: m.to,
      ...(m.cc?.length ? { cc: m.cc } : {}),
      subject: m.subject,
      text: m.text,
      date: new Date('2026-11-30T09:00:00+09:00'),
      messageId: `<${m.id}@fresh.example.jp>`,
      attachments: (m.attachments ?? []).map((a) => ({ filename: a.filename, content: attachmentContent(a), contentType: a.contentType })),
    };
    const raw = await new MailComposer(mail).compile().build();
    const rcptTo = [...m.to, ...(m.cc ?? []), ...(m.bcc ?? [])].map(addressOf);
    out.push({ id: m.id, kind: m.expect === 'hold' ? 'risky' : 'benign', category: m.kind, style: 'hand-written', envelope: { mailFrom: addressOf(m.from), rcptTo }, raw: raw.toString('base64'), why: m.why });
  }
  return out;
}

/**
 * The default policy with the sender's own domain as the organisation's internal domain, per
 * mail, as the sender's deployment configures it: a mail from one organisation of a set to
 * another (a hotel to its events agency) goes outside.
 */
export function withInternalDomains<P extends { organisation: { internalDomains: string[] } }>(policy: P): (c: BusinessCase) => P {
  const cache = new Map<string, P>();
  return (c) => {
    const domain = c.envelope.mailFrom.split('@')[1]!.toLowerCase();
    let p = cache.get(domain);
    if (!p) cache.set(domain, (p = { ...policy, organisation: { ...policy.organisation, internalDomains: [domain] } }));
    return p;
  };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

export interface FreshSetInfo {
  /** Section heading. */
  heading: string;
  /** Path in the repository. */
  file: string;
  /** Who wrote it and how (markdown). */
  description: string;
  /** The first measurement, made blind, and what it led to (markdown). */
  blind: string;
}

export const freshSets: readonly FreshSetInfo[] = [
  {
    heading: 'Hand-written set 1 (verdicts of the default policy)',
    file: 'test/eval-fresh/fresh.json',
    description: `175 mails written one by one by a writer who did not read the detector,
its dictionaries, the policies or the other sets and never ran the gateway on them (see
\`test/eval-fresh/README.md\`): 15 writers of a trading company and its care subsidiary to 114
outside domains, in sales, HR, general affairs, accounting, IT, QA, real estate, legal, training
and a care home; quoted replies, forwards, English and mixed mails, text tables, CSV/PDF/XLSX
attachments, encrypted zips. Half are ordinary mail chosen to tempt a naive detector (attendee
lists, signatures, invoices with the company's account, numbers that pass check digits, IT
outages called 障害, health programmes without a person, public figures), half are what a
supervisor should see first.`,
    blind: `**First measurement, blind** (commit b02d2c4): held 6 of 90 that should pass (6.7 %) and 74 of 85
that should be held (87.1 %). It found thin 要配慮 dictionaries (stalking, juvenile guidance,
alleged offences, infections, allergies, medication, English), medical words in insurance product
names, 「生徒さん」 read as a named person, test card numbers in development minutes, facility names
such as 〇〇の杜, record labels (入居者：, 同居家族：) read as organisations, slash-separated body
tables, colleagues' work addresses beside their names, Latin names after a form label, scans of
identity documents and payslips. Those were fixed as general rules, dictionary entries and the
\`income\` category; the figures above are therefore no longer blind.`,
  },
  {
    heading: 'Hand-written set 2 (verdicts of the default policy)',
    file: 'test/eval-fresh2/fresh.json',
    description: `120 mails by a second writer, under the same rules and without reading set 1
(see \`test/eval-fresh2/README.md\`): a hospital group, a school corporation and a staffing agency,
15 writers, to partners, clinics, insurers, 士業 offices, government offices and private people;
25 with attachments (5 images or PDFs without text).`,
    blind: `**First measurement, blind** (commit 6136434, after every change set 1 led to): held 7 of 60
that should pass (11.7 %) and 54 of 60 that should be held (90.0 %) — the honest figure of the
detector on mail it was not shaped by. It found kanji spellings of cancers (乳癌), chronic
illnesses and allergens, a childhood in a children's home, violence a pupil describes, gene names
(BRCA2), English diagnoses, accounts held by a hospital or school in the bank's kana abbreviation
(イ）, ガク）), lookalike checks against go.jp recipients, theme lines and medical specialities read
as someone's history, doctors and teachers named with their title, and a list of pay under a
header. Those were fixed as general rules and dictionary entries; the figures above are
therefore no longer blind either.`,
  },
  {
    heading: 'Hand-written set 3 (verdicts of the default policy)',
    file: 'test/eval-fresh3/fresh.json',
    description: `100 mails by a third writer, under the same rules and without reading sets 1
and 2 (see \`test/eval-fresh3/README.md\`): a regional bank's branch with an insurance agency, a
construction company with a property manager, and a travel agency, 13 writers, to subcontractors,
guarantee companies, insurers, overseas hotels, landlords and private people.`,
    blind: `**First measurement, blind** (commit 17b932e, after every change sets 1 and 2 led to): held 3
of 50 that should pass (6.0 %) and 46 of 50 that should be held (92.0 %). It found an employee
number before a name read as an organisation, pay in table columns (基本給, 賞与), a loan applicant's
employer read as a company contact block, a deposit balance, and an English 「Injured:」 label; fixed
as general rules, so the figures above are no longer blind.`,
  },
  {
    heading: 'Hand-written set 4 (verdicts of the default policy)',
    file: 'test/eval-fresh4/fresh.json',
    description: `80 mails by a fourth writer, under the same rules and without reading sets 1–3
(see \`test/eval-fresh4/README.md\`): a software company's support and HR, a logistics company, a
resort hotel, a dental clinic, a children's-meals NPO, a university research office and an events
agency, 13 writers.`,
    blind: `**First measurement, blind** (commit 938c18b, after every change sets 1–3 led to): held 3 of
40 that should pass (7.5 %) and 35 of 40 that should be held (87.5 %) — the honest figure of the
final detector. Three misses were then fixed as general rules (pay after 月額, in a 支給額 column or
a full-width ｜ table); the false holds were left as they were.`,
  },
  {
    heading: 'Hand-written set 5 (verdicts of the default policy)',
    file: 'test/eval-fresh5/fresh.json',
    description: `100 mails by a fifth writer, under the same rules and without reading sets 1–4
(see \`test/eval-fresh5/README.md\`): a labour and social-security attorney office, a dispensing
pharmacy chain, a BPO company running a city's benefit call centre, a cram school and a car
dealership, 12 writers; 42 with attachments, 13 in English or mixed.`,
    blind: `**First measurement, blind** (commit c3ed38e, after every change sets 1–4 led to): held 4 of 50
that should pass (8.0 %) and 49 of 50 that should be held (98.0 %). It found a patient's own
medication schedule sent to the patient held as a third person's (and a shop's name, 川端店, read
as a person), a count of people (除去食・配慮食：4名分) read as someone's diet, a dummy test file
(テスト 患者一, 1900/01/01) read as patients, a seminar's topics tied to its guest speaker, and a
scanned direct-debit form recognisable only by its file name. Fixed as general rules (see set 6),
so the figures above are no longer blind.`,
  },
  {
    heading: 'Hand-written set 6 (verdicts of the default policy)',
    file: 'test/eval-fresh6/fresh.json',
    description: `100 mails by a sixth writer, written at the same time as set 5 and without
reading any other set (see \`test/eval-fresh6/README.md\`): the Japan branch of a foreign
consulting firm (much of it in English: visas, relocation, HR), a manufacturing plant, a law firm,
a wedding and funeral company and a fitness club chain, 12 writers; 38 with attachments, 28 in
English or mixed.`,
    blind: `**First measurement, blind** (commit c3ed38e, as set 5): held 4 of 50 that should pass (8.0 %)
and 45 of 50 that should be held (90.0 %). It found other countries' passport numbers (9 digits,
3 letters + 6 digits) after a passport label, Latin names before さん (NGUYEN THI MAI さん), English
family labels (Spouse:, Child 1:), a child's diagnosis in a wrapped English quote (our son …), a
member's own questionnaire returned to him, health-committee minutes with counts only, a
company's funeral notice (故人, 仏式, 無宗教) and a template of condolence letters. It also exposed
a tokenizer fault: after a grouped run such as 「%、」 kuromoji's token positions point one
character early, so detection read the wrong text; offsets are now the text's own. All fixed as
general rules, so the figures above are no longer blind.`,
  },
  {
    heading: 'Hand-written set 7 (verdicts of the default policy)',
    file: 'test/eval-fresh7/fresh.json',
    description: `100 mails by a seventh writer, without reading any other set (see
\`test/eval-fresh7/README.md\`): a regional newspaper, a home-care company, a private high school,
an IT staffing company and a city's housing and welfare contractor, 12 writers; 31 with
attachments, 14 in English or mixed.`,
    blind: `**First measurement, blind** (commit 42a8384, after every change sets 1–6 led to): held 4 of
50 that should pass (8.0 %) and 45 of 50 that should be held (90.0 %). It found a salary account
confirmed to the new hire himself, a signature naming its organisation in English, the sender's
own surname before 宛 read as someone else, an invoice with the association's account, a
chief mourner's mobile taken for a venue's, a scan named in romaji (menkyo_….jpg), and English
health and faith facts (Ms. … and her health check; X's wife was diagnosed; I am Muslim). Fixed
as general rules; the figures above are no longer blind.`,
  },
  {
    heading: 'Hand-written set 8 (verdicts of the default policy)',
    file: 'test/eval-fresh8/fresh.json',
    description: `100 mails by an eighth writer, written at the same time as set 7 and asked to
vary the register like mail from other tools (terse phone mail, corporate templates, system
notifications, calendar invites as text, full-width digits, 和暦) (see
\`test/eval-fresh8/README.md\`): an online shop, a hospital's administration, a general
contractor, a recruitment agency and a tourism association, 12 writers; 35 with attachments, 16
in English or mixed.`,
    blind: `**First measurement, blind** (commit 42a8384, as set 7): held 6 of 50 that should pass
(12.0 %) and 46 of 50 that should be held (92.0 %). It found a refund account confirmed to its
holder, a seminar's numbered theme and speaker lines, a calendar invite's 退院前カンファレンス, a
consent-form template (院長 殿 read as a name, 様式 as an honorific), a site office's number, English
column headers (Customer Name), an accident report forwarded from a private person, and a
candidate's husband's illness in English. Fixed as general rules except one: the gateway holds a
PPAP password mail (u064) by design, where the writer passes it.`,
  },
  {
    heading: 'Hand-written set 9 (verdicts of the default policy)',
    file: 'test/eval-fresh9/fresh.json',
    description: `100 mails by a ninth writer, without reading any other set (see
\`test/eval-fresh9/README.md\`): an insurance agency, a university hospital's clinical research
office, a trading company's HR and global mobility, a nursery operator and a real-estate
brokerage, 12 writers; 37 with attachments, 20 in English or mixed.`,
    blind: `**First measurement, blind** (commit 69fa806, after every change sets 1–8 led to): held 4 of
50 that should pass (8.0 %) and 46 of 50 that should be held (92.0 %). It found a blank
declaration form with a filled-in example name (記入例「保険 花子」) and its questions (…と診断された
ことがありますか), a seminar speaker after a katakana job title, an overseas HR contact named with
his title in brackets, a beneficiary's details read as a signature, pay columns in English
(Employee, Base salary) and a suspected child abuse described without the word 虐待. Fixed as
general rules; still wrong: a nursery's reply to a parent about his own child's EpiPen (v039,
held: the child is not the addressee) and a whistleblower named to an outside investigator
(v033, passed: a whistleblower's identity is not a 要配慮 category).`,
  },
  {
    heading: 'Hand-written set 10 (verdicts of the default policy)',
    file: 'test/eval-fresh10/fresh.json',
    description: `100 mails by a tenth writer, written at the same time as set 9 and asked to
imitate many authors and tools (drafting assistants, web-form and ticket dumps, auto-forwarded
alerts, phone replies, non-native English) (see \`test/eval-fresh10/README.md\`): a SaaS
company's customer success and security team, a municipal hospital's nursing department, a
school-lunch and after-school contractor, a travel and MICE company and a card and loan
servicer, 12 writers; 34 with attachments, about 20 in English or mixed.`,
    blind: `**First measurement, blind** (commit 6fe45c4, after every change sets 1–9 led to): held 3 of
50 that should pass (6.0 %) and 46 of 50 that should be held (92.0 %). It found an end user's
registered details and a bounty payout account read back to their owner, counts per household
and unticked options of a blank form (□生活保護), a mailing list's addresses without a prefecture,
antibody titre columns, a kanji name with its romaji and age in brackets, and an employee's
private mobile in a reply typed on a phone (sentences without 。 taken for a signature). Fixed as
general rules; the figures above are no longer blind.`,
  },
  {
    heading: 'Hand-written set 11 (verdicts of the default policy)',
    file: 'test/eval-fresh11/fresh.json',
    description: `100 mails by an eleventh writer, without reading any other set (see
\`test/eval-fresh11/README.md\`): an accounting and tax firm, a security and building-maintenance
company, a dental clinic group, a manufacturer's export department (much of it in English) and a
temple with its cemetery office, 12 writers; 36 with attachments, about 21 in English or mixed.`,
    blind: `**First measurement, blind** (commit 5b1ac55, after every change sets 1–10 led to): held 1 of
50 that should pass (2.0 %) and 46 of 50 that should be held (92.0 %). It found a form's
〇〇〇〇 〇〇〇〇 〇〇〇〇 read as a My Number (zeros pass the check digit) and monthly pay listed
under 「報酬月額です」. Still missed: an injured operator named in an English incident report
(x056), staff pay in English prose (x063) and a temple's donor list whose religious affiliation
is implied by the list itself (x081).`,
  },
  {
    heading: 'Hand-written set 12 (verdicts of the default policy)',
    file: 'test/eval-fresh12/fresh.json',
    description: `100 mails by a twelfth writer, written at the same time as set 11, mostly short
replies with long quoted history, forwards of forwards, risky data only in the quoted part, the
subject line or one of several attachments (see \`test/eval-fresh12/README.md\`): a water
bureau's billing contractor, an architecture office, an English school, a dairy manufacturer and
a seniors' gym, 12 writers; 35 with attachments, 17 in English or mixed.`,
    blind: `**First measurement, blind** (commit 5b1ac55, as set 11): held 6 of 50 that should pass
(12.0 %) and 45 of 50 that should be held (90.0 %). It found work phones marked by a note
（班用）, （会社貸与） or a label 乗務携帯, partner companies' contacts listed as 「三和設備 担当
岡本」, a refund account in kana read back to its holder, 賞与 read as a name in a job advert,
bonuses listed under 「冬季賞与の支給額です。」, a forwarded refund request taken for a signature,
and an infection named in a subject line (腸管出血性大腸菌). Still wrong: a company named after
its owner's surname (中野左官) read as a person (y024), a member's own registration with his
daughter as emergency contact (y091, held), a training company's score list of the client's own
employees (y045, passed) and teachers' pay in an English table (y060).`,
  },
  {
    heading: 'Hand-written set 13 (verdicts of the default policy)',
    file: 'test/eval-fresh13/fresh.json',
    description: `100 mails by a thirteenth writer, without reading any other set (see
\`test/eval-fresh13/README.md\`): a regional airline and its ground handler, a veterinary hospital
with a pet insurance agent, a logistics company's HR, a university's international student
office (much of it in English) and a home renovation company, 12 writers; 36 with attachments,
about 24 in English or mixed.`,
    blind: `**First measurement, blind** (commit 476fd3b, after every change sets 1–12 led to): held 6 of
50 that should pass (12.0 %) and 44 of 50 that should be held (88.0 %) — the worst pair of
figures since set 2. New ground: a veterinary hospital's cases (猫, 犬, a pet's blood test) read
as people's medical history, duty numbers (当番デスク, （平日）), an English "Dear Ms. …" and "my
direct line", and misses in English (a passenger manifest, a lost item, student housing, halal
and Hindu meals of named students), 適性診断 results and a forwarded complaint. A rule for
animals was tried and dropped at first: a pet owner writes about their own depression in the same
line as their dog (z025). Fixed then: the duty numbers and the English greeting and direct line.
Fixed later (before sets 15–18 were measured): animals as patients (a pet's name declared as one,
a medical term whose sentence or row names an animal and no person, 腫瘤様 not a name), Latin
names leading list lines of faith or pay (z071), and injury terms.`,
  },
  {
    heading: 'Hand-written set 14 (verdicts of the default policy)',
    file: 'test/eval-fresh14/fresh.json',
    description: `100 mails by a fourteenth writer, written at the same time as set 13, mixing
template-engine and assistant-style mail (【概要】【詳細】), quick replies, pasted CSV/TSV/JSON
exports and English from overseas partners (see \`test/eval-fresh14/README.md\`): a telecom
call-centre contractor, an industrial-health service, a hotel chain's guest relations, a library
and museum foundation and a used-car exporter, 12 writers; 36 with attachments, 28 in English or
mixed.`,
    blind: `**First measurement, blind** (commit 476fd3b, as set 13): held 5 of 50 that should pass
(10.0 %) and 46 of 50 that should be held (92.0 %). Fixed: a company account named in English
(A/C …, Kaiyo Auto Export Co., Ltd.) and a new contact introduced with her work address in
brackets. Still wrong then: allergy counts (t028), an employee's own check-up result sent to him
(t047), a health-check centre's referral (t067), a lender of exhibits named in English (t014), a
CSV of health data (t072), an ID scan (t076) and a JSON export (t085). Fixed later: other
countries' phone numbers (+33 …, +254 …) and French titles (M., Mme) for t014 and t085.`,
  },
  {
    heading: 'Hand-written set 15 (verdicts of the default policy)',
    file: 'test/eval-fresh15/fresh.json',
    description: `100 mails by a fifteenth writer, one of four written at the same time without
reading each other (see \`test/eval-fresh15/README.md\`): a regional credit union branch, a
municipal welfare office's outsourced call desk, a university hospital's clinical-research office
(much in English), a moving company and a wedding venue, 12 writers and 4 ticket or ordering
systems; short replies written on a phone, ticket-system notices, formal letters; 34 with
attachments, 20 in English. The writers of sets 15–18 were asked to make the ordinary mail
genuinely tempting and to hide the risk of some holds in one attachment, a quoted message or a
subject line.`,
    blind: `**First measurement, blind** (commit b376825, after the changes sets 13 and 14 led to):
held 5 of 50 that should pass (10.0 %) and 49 of 50 that should be held (98.0 %). It found
filled-in examples of forms (記入例, 見本 宛名) read as people, a repayment table's column headers
(元金 利息 残高) read as a name, an invoice's account held by a university in English, and a
customer's refund account let through because （メーカー見積書 in the paragraph read as （メ）, the
kana abbreviation of a company. All four were fixed as general rules, and so was the last false hold: the minutes of a site
visit, whose sponsor's safety fax counted as a doctor's number (a fax is an office's).`,
  },
  {
    heading: 'Hand-written set 16 (verdicts of the default policy)',
    file: 'test/eval-fresh16/fresh.json',
    description: `100 mails by a sixteenth writer (see \`test/eval-fresh16/README.md\`): a global IT
company's Japan HR team (English, non-native English too), an NPO supporting foreign residents, a
dental technician lab, a youth football club and a staffing agency for foreign care workers, 11
writers and 4 systems (HRIS, ATS, payroll); chat-like notes, system notifications with JSON
payloads, formal letters, FYI forwards.`,
    blind: `**First measurement, blind** (commit b376825, as set 15): held 12 of 50 that should pass
(24.0 %) and 47 of 50 that should be held (94.0 %) — the most false holds of any set. Five came
from one rule: the youth club's mail to the city football association (kawakita-fa.jp) was
reported as a lookalike of its own domain (kawakita-jfc.jp), at edit distance 2; the distance
budget is now measured on the one hyphen-separated word that changed. The rest: examples of forms
(在留カードの見本, a 記入例 column), names cut out of compounds (アルコール清|拭, FCみどり 勝|点) tying
terms to nobody. Misses: a payroll JSON's account_number, a trainee's TB screening (ヌルル・アイニ
（NURUL AINI）さん not read as a name) and a patient's HBV陽性 — all fixed. Fixed later: 民族舞踊 at a
festival with public figures (b100). Still wrong: a child's allergy confirmed to the parent
(b028) and a Vietnamese client's own booking (b065, a katakana name against a Latin address).`,
  },
  {
    heading: 'Hand-written set 17 (verdicts of the default policy)',
    file: 'test/eval-fresh17/fresh.json',
    description: `100 mails by a seventeenth writer (see \`test/eval-fresh17/README.md\`): a law and
司法書士 office, a claims adjuster, a pet shop and trimming chain, an apartment management company
and an event ticketing company, 12 writers; long quoted threads, forwards of forwards, legal
letters, English with overseas customers (15 mails).`,
    blind: `**First measurement, blind** (commit b376825, as set 15): held 5 of 50 that should pass
(10.0 %) and 47 of 50 that should be held (94.0 %). It found accounts held by a law office (in
bank kana) and by a 管理組合 with its chair's name, a power of attorney's 記入例, a refund account
confirmed to its holder in English (JOHNSON MARK), and misses: a debtor's profile whose employer
(勤務先：株式会社…) made it read as a company's contact block, and a forwarded complaint from a
British customer (a Latin name in the forwarded header, an ISP address not known as private). All
fixed, and later the pet salon's booking confirmation to the owner (c024: ワンちゃん read as a
name). Still wrong: a space-aligned table of seven residents' arrears (c056), whose columns are
not recognised.`,
  },
  {
    heading: 'Hand-written set 18 (verdicts of the default policy)',
    file: 'test/eval-fresh18/fresh.json',
    description: `100 mails by an eighteenth writer (see \`test/eval-fresh18/README.md\`): a
construction company's safety department, a kindergarten, a publishing house (novels about
illness and crime, authors' pen names), a travel agency running group tours and a pharmacy
chain, 12 writers; Excel attachments, mail-merge notices, English from foreign partners (22
mails), some written carelessly in half-width kana.`,
    blind: `**First measurement, blind** (commit ada5110, before the changes set 15–17 led to): held 12
of 50 that should pass (24.0 %) and 47 of 50 that should be held (94.0 %). New ground: a story's
events (a novel about schizophrenia, a synopsis of a convict's return, a narrator's depression),
forms' examples (【記入見本】), data sent back to its holder (シノツカ マリ for mari.shinozuka@, bank
kana without voicing; a traveller's passport in a refund notice), a campaign repeating the
company's own number, a shop's number and its pharmacist, population statistics, and misses: a
translator's passport after 'Passport (Sweden):', a rooming list whose header sat below a title
line, a customer's pacemaker in a subject line. All fixed as general rules, and later an advert's book title (d097), and a retiree's own
check-up results sent back to his private address (d055: the report's 医療機関：大宮健診センター was
read as a person).`,
  },
  {
    heading: 'Hand-written set 19 (verdicts of the default policy)',
    file: 'test/eval-fresh19/fresh.json',
    description: `100 mails by a nineteenth writer, one of four written at the same time without reading
each other or any earlier set (see \`test/eval-fresh19/README.md\`): a driving school, a special
nursing home, a doctor-recruitment agency, a software company's support desk (some English) and a
condominium developer's sales office, 11 writers and system senders; mail-merge notices, half-width
kana, formal letters, brief replies.`,
    blind: `**First measurement, blind** (commit 79160e4, after every change sets 15–18 led to): held 6
of 50 that should pass (12.0 %) and 46 of 50 that should be held (92.0 %). It found a doctor's
fine for assault (傷害罪, 罰金, 略式命令 not in the dictionary), trainees' antibody results, a
scanned 資格確認書, a deaf trainee whose name ended in 人 (飯塚 湊人 さん, read as a role), job
offers naming clinic heads (院長：…) with 'レーザー治療の経験', a doctor's own registration sent to
him (先生 kept in the To header's name key), a foundation's account in bank kana (ホウジン) and a
sandbox JSON introduced as dummy data. All fixed as general rules. Still wrong: the doctor's own
registration (e006: 「さいたま市内〜戸田」 gives a name 戸田) and a job offer (e032).`,
  },
  {
    heading: 'Hand-written set 20 (verdicts of the default policy)',
    file: 'test/eval-fresh20/fresh.json',
    description: `100 mails by a twentieth writer (see \`test/eval-fresh20/README.md\`): a university's
admissions and scholarship office, an orthopaedic clinic, a translation and interpreting agency,
an event staffing company and a rental car company, 12 writers; 38 mails in English, many by
non-native writers, forwarded chains, pasted tables.`,
    blind: `**First measurement, blind** (commit 79160e4, as set 19): held 10 of 50 that should pass
(20.0 %) and 49 of 50 that should be held (98.0 %). Most false holds came from the foreign phone
numbers recognised since set 14: quoted signatures from abroad were not signatures (a German
'Von:/Gesendet:' header, +852 and +49 numbers, GmbH), and from the evaluation's own PDF writer,
which let long lines run off the page (an invoice's holder 'TransCope … Inc.' read as 'TransCo').
It also found a client's residence card sent to a freelancer ('SANTOS, JOHN PATRICK' not a
name), an applicant's own passport (NGUYEN THI LAN against 'Nguyen Thi Lan'), a freelancer's
own account (…4471829, DIZON MARICEL), 電子カルテ and a breakdown of counts. All fixed. Still
wrong: regional-network minutes with clinicians named beside a fracture pathway (i045) and a
payslip sent to the employee (i066).`,
  },
  {
    heading: 'Hand-written set 21 (verdicts of the default policy)',
    file: 'test/eval-fresh21/fresh.json',
    description: `100 mails by a twenty-first writer (see \`test/eval-fresh21/README.md\`): a regional
bank's HR department, a special-needs school, an online shop's customer service, an overseas
volunteer organisation and a hospice, 12 writers; long threads with quoted history several levels
deep, forwards of forwards, about 15 in English.`,
    blind: `**First measurement, blind** (commit 79160e4, as set 19): held 4 of 50 that should pass
(8.0 %) and 48 of 50 that should be held (96.0 %). It found English signatures that were not
recognised (a street address with commas read as a table row; 'Global Hands Japan (NPO)' not an
organisation line), which then had to be kept from swallowing a quoted volunteer record (English
record labels, English prose lines). Fixed, and later the misses: a CV in a .docx sent abroad (j036: the name
on its own line above 'Date of birth:') and a subject line naming an employee's 産後うつ (j046),
and an obituary of an executive's father (j010: a sentence telling of a death is not the living
chief mourner's), and a form's placeholders in a text table (j062: a value right after 例：
is an example).`,
  },
  {
    heading: 'Hand-written set 22 (verdicts of the default policy)',
    file: 'test/eval-fresh22/fresh.json',
    description: `100 mails by a twenty-second writer (see \`test/eval-fresh22/README.md\`): a
life-insurance sales office, a factory employing foreign workers, a sports federation, a theatre
company and a newspaper's reader service centre, 12 writers; one-liners, mobile replies, bullet
notes, formal letters, 15 in English.`,
    blind: `**First measurement, blind** (commit 79160e4, as set 19): held 4 of 50 that should pass
(8.0 %) and 47 of 50 that should be held (94.0 %). It found a re-debit CSV with names only in a
kana column and accounts in a 口座番号 column, a reinsurance referral in English, an athlete's
harassment report, a play's script excerpt, a form example named in romaji (kinyurei) and a
worker's residence card sent back to him ('おつかれさま' read as a name). All fixed. Still wrong: a
factory's note that seven workers are off with influenza (l021).`,
  },
  {
    heading: 'Hand-written set 23 (verdicts of the default policy)',
    file: 'test/eval-fresh23/fresh.json',
    description: `100 mails by a twenty-third writer, written at the same time as set 24 (see
\`test/eval-fresh23/README.md\`): a water and sewer bureau's outsourced billing centre, a
tutoring school, a hotel's wedding and banquet department, an auto-insurance agency and a
university hospital's nursing department, 11 writers; formal letters, short replies, forwarded
threads, pasted tables, mail-merge notices, 16 in English.`,
    blind: `**First measurement, blind** (commit f3c99be, after every change sets 19–22 and set 24 led
to): held 3 of 50 that should pass (6.0 %) and 49 of 50 that should be held (98.0 %) — the best
first figures so far. It found a welfare query naming three listed households (「下記3世帯について、
生活保護の…」) and a placeholder table introduced by a sentence; both fixed. Still held, by the
default policy's choice rather than by detection: minutes to six nursing managers of six
hospitals in To (m048; many-visible-recipients holds 5 or more outside addresses of 2 or more
organisations for the sender's self-check) and a mail to 12 people of one client company (m081;
10 or more). The writer labelled both pass; raising the thresholds to the writer's 'more than 10
from different organisations' was tried and lets through three mass mails of other sets whose
recipients share a domain suffix or an ISP, so the policy stayed. Since the blind sets 69–72 the
rule holds more than 10 visible outside addresses, whatever their organisations: m048 passes.`,
  },
  {
    heading: 'Hand-written set 24 (verdicts of the default policy)',
    file: 'test/eval-fresh24/fresh.json',
    description: `100 mails by a twenty-fourth writer (see \`test/eval-fresh24/README.md\`; the writer's
generator is in \`build/\`): a trading company's overseas sales team, a dermatology and cosmetic
clinic, a 社労士 office, a housing-rental agency and a local newspaper's advertising department,
11 writers; 30 in English.`,
    blind: `**First measurement, blind** (commit 61ea264, after the changes sets 19–22 led to): held 5
of 50 that should pass (10.0 %) and 47 of 50 that should be held (94.0 %). It found an English
signature with only a closing, a name and phones, an obituary advert, an election notice with
candidates' parties, a questionnaire's 記入例 introduced by a sentence and a beneficiary 'CO.,
LTD.' in capitals; misses: mobiles after '／' separators in an arrears list, guests' faith listed
as 'Name (Company) – …' and a patient's herpes in English. All fixed as general rules.`,
  },
  {
    heading: 'Hand-written set 25 (verdicts of the default policy)',
    file: 'test/eval-fresh25/fresh.json',
    description: `100 mails by a twenty-fifth writer (see \`test/eval-fresh25/README.md\`; the writer's
generator is in \`build/\`): a ryokan group, a staffing agency, a contractor doing a city's tax and
benefit paperwork, a fitness-club chain and a funeral home; 15 in English or mixed.`,
    blind: `**First measurement, blind** (commit e1aa664, the detector of f0a33cb; the harness then
learnt that a writer's \`[Sheet1]\` line names the sheet — before, it became a cell row and two
spreadsheet holds were missed): held 2 of 50 that should pass (4.0 %) and 49 of 50 that should be
held (98.0 %). It found a guest's own halal request and a guest's own allergy on her booking
(still held: her surname reads Kaneshiro, the analyser reads 金城 as Kinjō), and a DV support
measure (DV等支援措置) named for a taxpayer — fixed.`,
  },
  {
    heading: 'Hand-written set 26 (verdicts of the default policy)',
    file: 'test/eval-fresh26/fresh.json',
    description: `100 mails by a twenty-sixth writer (see \`test/eval-fresh26/README.md\`; the writer's
generator is in \`build/\`): a SaaS company's customer-success team (30 in English), a day-service
centre, a private high school, a real-estate appraisal firm and an optician / hearing-aid chain.`,
    blind: `**First measurement, blind** (commit e1aa664, the detector of f0a33cb, with the harness's
sheet-name fix): held 3 of 50 that should pass (6.0 %) and 43 of 50 that should be held (86.0 %).
Misses: Japanese names in Latin letters in English prose and in a subject line (Kenji Ota on sick
leave), a first name as the subject of "tested positive", glaucoma and visual impairment in
English, a hearing test's 感音難聴 far below the customer's name, a Malay name with 'binti' after
'Name:', a CV whose heading name sits five lines above its date of birth. False holds: test cards
announced a paragraph earlier, head counts (食物アレルギー対応 7名), a training's theme. All fixed
as general rules.`,
  },
  {
    heading: 'Hand-written set 27 (verdicts of the default policy)',
    file: 'test/eval-fresh27/fresh.json',
    description: `100 mails by a twenty-seventh writer (see \`test/eval-fresh27/README.md\`; the writer's
generator is in \`build/\`): an electricity retailer's customer centre, a logistics warehouse, a
marriage agency, a municipal library's contractor and a home-renovation company; 10 in English.`,
    blind: `**First measurement, blind** (commit e1aa664): held 9 of 50 that should pass (18.0 %) and
48 of 50 that should be held (96.0 %). False holds: 22-digit supply-point numbers read as phones,
head counts and rates (アレルギー：えび・かに 1名, 受診率 99.2 %), 「昨年同様」 and 「お一人様」
read as persons, a colleague named as 作業責任者 or "our centre manager, Mr. Ishida", test cards in
minutes, a children's story declared fictional. Misses: a member's depression in a quoted mail, a
girl named as the victim of 盗撮. All fixed as general rules.`,
  },
  {
    heading: 'Hand-written set 28 (verdicts of the default policy)',
    file: 'test/eval-fresh28/fresh.json',
    description: `100 mails by a twenty-eighth writer (see \`test/eval-fresh28/README.md\`; the writer's
generator is in \`build/\`): an executive-search firm (20 in English), a veterinary hospital, an
office-cleaning company, an airport ground-handling company and a fertility clinic.`,
    blind: `**First measurement, blind** (commit e1aa664, the detector of f0a33cb, with the harness's
sheet-name fix): held 4 of 50 that should pass (8.0 %) and 45 of 50 that should be held (90.0 %).
Misses: airline passenger names (CHEN/MEI HUA MS, ISHIKURA/TERUO MR) in special-service requests,
Japanese names in Latin letters in English references and background checks. False holds: a pet's
insurance claim and referral written as label lines, a payslip sent to its own holder, an
organisation's invoice with its account in the attachment. All fixed as general rules.`,
  },
  {
    heading: 'Hand-written set 29 (verdicts of the default policy)',
    file: 'test/eval-fresh29/fresh.json',
    description: `100 mails by a twenty-ninth writer (see \`test/eval-fresh29/README.md\`; the writer's
generator is in \`build/\`): a university's international office (30 in English), a pharmaceutical
company's medical representatives, a daycare operator, an IT help desk and a music school.`,
    blind: `**First measurement, blind** (commit afb2e77, after the changes sets 25–28 led to): held 6 of
50 that should pass (12.0 %) and 41 of 50 that should be held (82.0 %). Misses: students of other
countries named in English (Chen Wei, Valentina Cruz, Oliver Grant, Yuto Hayashi) with their
tuberculosis, arrest, assault, pancreatitis or ADHD, a religion told to a host family, a payment
log with cardholders' names and pan= fields, a grade sheet. False holds: a Zoom passcode sent
separately, a lecture title, infection counts, composers of the 1800s, a child's check-up dates
sent to the parent. Fixed as general rules except the grade sheet, the religion told to the
host family (Ahmad Rahimi: the surname is in no list) and the check-up dates.`,
  },
  {
    heading: 'Hand-written set 30 (verdicts of the default policy)',
    file: 'test/eval-fresh30/fresh.json',
    description: `100 mails by a thirtieth writer (see \`test/eval-fresh30/README.md\`; the writer's
generator is in \`build/\`): an insurance agency, a home-visit nursing station, an English school
(15 in English), a used-car dealer and a company's HR department.`,
    blind: `**First measurement, blind** (commit afb2e77): held 4 of 50 that should pass (8.0 %) and 47 of
50 that should be held (94.0 %). Misses: a 雇用保険被保険者番号, ゆうちょ accounts whose branch is
written 〇一八（ゼロイチハチ）店, a teacher's depression in a forwarded note. False holds: a
role-play script whose characters are "invented", a death certificate in a condolence's list of
documents, a 当座 account in a company's registration form, a patient's own vitals (still held: a
nurse's name in the visit schedule is read as someone else).`,
  },
  {
    heading: 'Hand-written set 31 (verdicts of the default policy)',
    file: 'test/eval-fresh31/fresh.json',
    description: `100 mails by a thirty-first writer (see \`test/eval-fresh31/README.md\`; the writer's
generator is in \`build/\`): a judicial scrivener's office, a dental clinic, an employment-support
facility for people with disabilities, an inbound travel agency (20 in English) and a printer.`,
    blind: `**First measurement, blind** (commit afb2e77): held 3 of 50 that should pass (6.0 %) and 49 of
50 that should be held (98.0 %). Miss: a patient's refund account at a ゆうちょ branch written with
its reading. False holds: a list of halal restaurants read as people, an estimate sent to its
patient and business-card proofs sent to the staff's own employer (both still held).`,
  },
  {
    heading: 'Hand-written set 32 (verdicts of the default policy)',
    file: 'test/eval-fresh32/fresh.json',
    description: `100 mails by a thirty-second writer (see \`test/eval-fresh32/README.md\`; the writer's
generator is in \`build/\`): a security-guard company, a nursing school, a condominium manager,
the HR department of a manufacturer's overseas subsidiaries (30 in English) and a bridal shop.`,
    blind: `**First measurement, blind** (commit afb2e77): held 2 of 50 that should pass (4.0 %) and 45 of
50 that should be held (90.0 %). Misses: a US Social Security number, Aadhaar and PAN numbers in a
joiners' CSV, a UK National Insurance number on a payslip, a candidate's conviction in English, an
employee's depression named only in the subject. False holds: a simulated patient marked
（架空）, a project mail with five addresses of two companies. All fixed (the visible-recipient
hold now needs three organisations).`,
  },  {
    heading: 'Hand-written set 33 (verdicts of the default policy)',
    file: 'test/eval-fresh33/fresh.json',
    description: `100 mails by a thirty-third writer (see \`test/eval-fresh33/README.md\`; the writer's
generator is in \`build/\`): a hospital's international patient desk (25 in English), a freight
forwarder, a property manager for foreign residents, a staffing company placing foreign workers
and a contractor running a city's help desk.`,
    blind: `**First measurement, blind** (commit 65ce1f9, after the changes sets 29–32 led to): held 3 of
50 that should pass (6.0 %) and 46 of 50 that should be held (92.0 %). It found a patient list
whose header carries 'ICD-10' (read as a value, so no header: fixed) and a psychiatric admission
named only in the subject as 'NOVAK Tomas' (fixed), and held a lecture on diseases of the 1890s,
minutes counting vaccination inquiries and an interpreters' rota of clinic sessions (fixed).
Still missed: a family's data and a résumé forwarded as text.`,
  },
  {
    heading: 'Hand-written set 34 (verdicts of the default policy)',
    file: 'test/eval-fresh34/fresh.json',
    description: `100 mails by a thirty-fourth writer (see \`test/eval-fresh34/README.md\`; the writer's
generator is in \`build/\`): an immigration law office (18 in English), a tax accountant, a
children's karate and swimming school, a pet hotel and a city hotel's front office.`,
    blind: `**First measurement, blind** (commit 65ce1f9): held 4 of 50 that should pass (8.0 %) and 47 of
50 that should be held (94.0 %). Misses: a guest's complaint form forwarded below the signature
(its お名前/ご住所 block was taken for a signature), a client's arrest in the subject as 'Kumar
Rajesh – 2021 arrest', a classmate's chickenpox (水ぼうそう, not in the dictionary). All three
fixed. False holds: a residence card
reminded to its holder ("your residence card"), fixed; a pet hotel's staff introduction, a
customer's own registration and a child's asthma discussed with his mother, still held.`,
  },
  {
    heading: 'Hand-written set 35 (verdicts of the default policy)',
    file: 'test/eval-fresh35/fresh.json',
    description: `100 mails by a thirty-fifth writer (see \`test/eval-fresh35/README.md\`; the writer's
generator is in \`build/\`): an IT consultancy (29 in English), a travel-vaccine clinic, an NPO for
Brazilian and Peruvian residents, an apartment manager and a caterer.`,
    blind: `**First measurement, blind** (commit 65ce1f9): held 2 of 50 that should pass (4.0 %) and 45 of
50 that should be held (90.0 %). Fixed: a doctor's career in 感染症内科; later (stop 20) a dog bite and
rabies shots named only in the subject (狂犬病 beside a bite is a person's treatment), a card in a
JSON log's "pan" field. Still wrong: a clinic's invoice held; misses of an Irish name with a
depression reference, a profile and a family's data.`,
  },
  {
    heading: 'Hand-written set 36 (verdicts of the default policy)',
    file: 'test/eval-fresh36/fresh.json',
    description: `100 mails by a thirty-sixth writer (see \`test/eval-fresh36/README.md\`; the writer's
generator is in \`build/\`): a foreign airline's Japan office (25 in English), a university
hospital's clinical-trial office, a nursing home, a car dealer and an event agency.`,
    blind: `**First measurement, blind** (commit 65ce1f9): held 3 of 50 that should pass (6.0 %) and 47 of
50 that should be held (94.0 %). Fixed: an airline's invoice whose holder is '… Ltd.', a show's
script introduced as 台本初稿, a passenger's COPD in the subject, minutes counting incidents
(骨折を伴うもの1件), a roommate's scabies (疥癬); later (stop 20) a performer's 適応障害 told under her
stage name in capitals (MISORA（水沢）が…診断を受け).`,
  },
  {
    heading: 'Hand-written set 37 (verdicts of the default policy)',
    file: 'test/eval-fresh37/fresh.json',
    description: `100 mails by a thirty-seventh writer (see \`test/eval-fresh37/README.md\`; the writer's
generator is in \`build/\`): an international law firm's Tokyo office (25 in English), a dispensing
pharmacy chain, a cram school, a truck-driver dispatch company and a cosmetics web shop.`,
    blind: `**First measurement, blind** (commit 7eb1996): held 1 of 50 that should pass (2.0 %) and 47 of
50 that should be held (94.0 %). Fixed: an LLP named as the beneficiary of its own invoice; a
whistleblower's home address and private mobile quoted under an English signature (Home:, Private
mobile: end a signature); a complainant touched by her manager; a pupil's bullying described without
the word いじめ (仲間外れ, 悪口を書き込まれ).`,
  },
  {
    heading: 'Hand-written set 38 (verdicts of the default policy)',
    file: 'test/eval-fresh38/fresh.json',
    description: `100 mails by a thirty-eighth writer (see \`test/eval-fresh38/README.md\`; the writer's
generator is in \`build/\`): a supervising organisation for technical interns (about 12 in English or
mixed), a general contractor's site office, a municipal hospital's billing office, an office-building
manager and a call-centre BPO.`,
    blind: `**First measurement, blind** (commit 7eb1996): held 0 of 50 that should pass (0.0 %) and 49 of
50 that should be held (98.0 %). Fixed: named operators' monthly scores in a pasted table (new
category \`evaluation\`: a score or grade column in a row that names someone).`,
  },
  {
    heading: 'Hand-written set 39 (verdicts of the default policy)',
    file: 'test/eval-fresh39/fresh.json',
    description: `100 mails by a thirty-ninth writer (see \`test/eval-fresh39/README.md\`; the writer's
generator is in \`build/\`): a credit union's branch, a dental laboratory, a football club's front
office (10 in English), a university research lab (15 in English) and an after-school club.`,
    blind: `**First measurement, blind** (commit 7eb1996): held 2 of 50 that should pass (4.0 %) and 45 of
50 that should be held (90.0 %). Fixed: an invoice's account repeated in the attached PDF without its
(ユ) holder; マイコプラズマ read as a name in a table of absence counts; a player's hamstring tear and
a participant's panic attack named only in the subject; an APOE genotype in a quoted message; a My
Number under a bare 番号 label in a mail about a 支払調書; 普通預金 and a number after a named holder.`,
  },
  {
    heading: 'Hand-written set 40 (verdicts of the default policy)',
    file: 'test/eval-fresh40/fresh.json',
    description: `100 mails by a fortieth writer (see \`test/eval-fresh40/README.md\`; the writer's generator
is in \`build/\`): a video-game studio (25 in English), a labour union's office, a kindergarten, a
psychiatric clinic and a ship-crew manning agency.`,
    blind: `**First measurement, blind** (commit 7eb1996): held 4 of 50 that should pass (8.0 %) and 47 of
50 that should be held (94.0 %). Fixed: the union's own name (東邦精機労働組合), its events (第2回団体交渉)
and its officers read as anyone's membership — four false holds; a seafarer's wife's account abroad
(Account no.: under Bank:); two My Numbers in a 番号 column of a 扶養控除等申告書; crew named by rank
(Oiler Agus Setiawan) under a sentence giving their religion.`,
  },
  {
    heading: 'Hand-written set 41 (verdicts of the default policy)',
    file: 'test/eval-fresh41/fresh.json',
    description: `100 mails by a forty-first writer (see \`test/eval-fresh41/README.md\`; the writer's
generator is in \`build/\`): a motor claims centre, a pharmaceutical wholesaler, a driving school, a
hair-salon chain and an overseas-property brokerage (19 in English).`,
    blind: `**First measurement, blind** (commit ebd8c0d): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a drug name before its strength read as a person
(バロキサビル マルボキシル錠20mg); a vaccine product (インフルエンザHAワクチン) read as a case; a My
Number under a bare 番号 label in a mail about a 確定申告.`,
  },
  {
    heading: 'Hand-written set 42 (verdicts of the default policy)',
    file: 'test/eval-fresh42/fresh.json',
    description: `100 mails by a forty-second writer (see \`test/eval-fresh42/README.md\`; the writer's
generator is in \`build/\`): an investment bank's Tokyo branch (25 mostly in English), a hospice, a
private investigation agency, a house-sales agency and a direct-mail printer.`,
    blind: `**First measurement, blind** (commit ebd8c0d): held 2 of 50 that should pass (4.0 %) and 47 of
50 that should be held (94.0 %). Fixed: ad copy under review (「糖尿病が改善」→ NG); the writer's own
mobile (My mobile on the day: …); rosters whose landline follows an address after a wide space
(上野西2-4-11　06-…, read as one run-on number). Still missed: a deceased patient's family's religion
and MRSA carriage in a quoted message to a funeral home.`,
  },
  {
    heading: 'Hand-written set 43 (verdicts of the default policy)',
    file: 'test/eval-fresh43/fresh.json',
    description: `100 mails by a forty-third writer (see \`test/eval-fresh43/README.md\`; the writer's
generator is in \`build/\`): a university admissions office (15 in English), a dialysis clinic, a
placement agency for foreign care workers (10 in English or mixed), a co-op's home delivery and a
city water bureau.`,
    blind: `**First measurement, blind** (commit ebd8c0d): held 4 of 50 that should pass (8.0 %) and 48 of
50 that should be held (96.0 %). Fixed: facilities and posts named after a term (みなと透析クリニック,
透析患者受入体制); ラマダン read as a name; a course module (Dementia care basics); a candidates table
whose header cell is long (Japanese (JFT-Basic)); exam results (小論文（50）, 合否) of named applicants.`,
  },
  {
    heading: 'Hand-written set 44 (verdicts of the default policy)',
    file: 'test/eval-fresh44/fresh.json',
    description: `100 mails by a forty-fourth writer (see \`test/eval-fresh44/README.md\`; the writer's
generator is in \`build/\`): a cruise line's Japan office (20 in English), an osteopathic clinic, a
probation officers' association, a foster-care agency and a photo studio.`,
    blind: `**First measurement, blind** (commit ebd8c0d): held 5 of 50 that should pass (10.0 %) and 48 of
50 that should be held (96.0 %). Fixed: associations and offices named after a term (全国里親会,
里親読書会, 保護観察所長); a colleague's direct line of the signature's office; a My Number alone under
the line that names it in a 年末調整 thread; a knee injury (半月板損傷) named only in the subject.
Still held: a patient's sprain in a receipt mail sent to the patient herself.`,
  },
  {
    heading: 'Hand-written set 45 (verdicts of the default policy)',
    file: 'test/eval-fresh45/fresh.json',
    description: `100 mails by a forty-fifth writer (see \`test/eval-fresh45/README.md\`; the writer's
generator is in \`build/\`): a semiconductor equipment maker's service team (25 in English), a
welfare office, a kindergarten bus and catering contractor, a rehabilitation hospital and a luxury
goods buyer.`,
    blind: `**First measurement, blind** (commit 0364d3c): held 2 of 50 that should pass (4.0 %) and 50 of
50 that should be held (100.0 %). Fixed: an infection alert (感染性胃腸炎の注意報) and a service's name
(退院後訪問指導) read as someone's record.`,
  },
  {
    heading: 'Hand-written set 46 (verdicts of the default policy)',
    file: 'test/eval-fresh46/fresh.json',
    description: `100 mails by a forty-sixth writer (see \`test/eval-fresh46/README.md\`; the writer's
generator is in \`build/\`): a CRO monitoring trials (20 in English), a public housing agency, a
children's karate and swimming school, a corporate travel desk (10 in English) and an EAP provider.`,
    blind: `**First measurement, blind** (commit 0364d3c): held 0 of 50 that should pass (0.0 %) and 48 of
50 that should be held (96.0 %). Fixed: suicidal ideation (希死念慮) named in the subject; a named
subject's pharmacogenomic result (CYP2C19 poor metaboliser, HLA-A*31:01).`,
  },
  {
    heading: 'Hand-written set 47 (verdicts of the default policy)',
    file: 'test/eval-fresh47/fresh.json',
    description: `100 mails by a forty-seventh writer (see \`test/eval-fresh47/README.md\`; the writer's
generator is in \`build/\`): a regional newspaper's readers' desk, a security company, a care-worker
college, an agricultural co-operative and a hotel group's revenue team (18 in English).`,
    blind: `**First measurement, blind** (commit 0364d3c): held 4 of 50 that should pass (8.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a serial novel's line quoted for a check (「…入院したのは」と
ありますが); course titles (「障害の理解」ってどんな授業, 関連科目：「認知症の理解」); a fraud-prevention
skit (特殊詐欺の寸劇); a scores table whose header a single space parts; a guest list whose header
has a year (Stays 2024) and a Guest column.`,
  },
  {
    heading: 'Hand-written set 48 (verdicts of the default policy)',
    file: 'test/eval-fresh48/fresh.json',
    description: `100 mails by a forty-eighth writer (see \`test/eval-fresh48/README.md\`; the writer's
generator is in \`build/\`): a software company's Japan HR and payroll team (25 mostly in English), a
home-care support office, a moving company, an allergy and dermatology clinic and a PTA.`,
    blind: `**First measurement, blind** (commit 0364d3c): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a theme line (要望の多かったテーマ：若年性認知症の就労支援);
a PTA's account held in its kana name (…ガッコウピーティーエー); a patient list whose 製剤 column
names each patient's medicine.`,
  },
  {
    heading: 'Hand-written set 49 (verdicts of the default policy)',
    file: 'test/eval-fresh49/fresh.json',
    description: `100 mails by a forty-ninth writer (see \`test/eval-fresh49/README.md\`; the writer's
generator is in \`build/\`): a shipping line's Japan agency (20 in English), a city's elderly-care
division, a dental chain's head office, a used-book and trading-card shop and an architecture firm.`,
    blind: `**First measurement, blind** (commit 27ac3d9): held 2 of 50 that should pass (4.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a programme named after a condition with a longer compound
(認知症サポーター養成講座). Still wrong: a seafarer's own itinerary sent to him held; two misses.`,
  },
  {
    heading: 'Hand-written set 50 (verdicts of the default policy)',
    file: 'test/eval-fresh50/fresh.json',
    description: `100 mails by a fiftieth writer (see \`test/eval-fresh50/README.md\`; the writer's generator
is in \`build/\`): a bank's loan centre, a maternity clinic, an e-sports team (17 in English), a factory
temp agency and a residents' association.`,
    blind: `**First measurement, blind** (commit 27ac3d9): held 2 of 50 that should pass (4.0 %) and 43 of
50 that should be held (86.0 %). Fixed: employment-insurance numbers under a bare 被保険者番号 in a
資格喪失 mail; a juvenile hearing, a threatened preterm labour (切迫早産) and an anxiety disorder of
named people; the writer's own introduction tying an infection notice to her; later a child's own
check-up dates to her parent (a check-up's appointment is not its result). Still wrong: a forwarded
patient's own message (EPDS, DV), a quoted note on a player's ADHD medication.`,
  },
  {
    heading: 'Hand-written set 51 (verdicts of the default policy)',
    file: 'test/eval-fresh51/fresh.json',
    description: `100 mails by a fifty-first writer (see \`test/eval-fresh51/README.md\`; the writer's
generator is in \`build/\`): a medical-device maker's clinical support (15 in English), a child and
family support NPO, a ski resort (11 in English), a funeral co-operative and an election office.`,
    blind: `**First measurement, blind** (commit 27ac3d9): held 1 of 50 that should pass (2.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a picture book's characters (主人公ゆうた, お母さんが入院)
read as real people.`,
  },
  {
    heading: 'Hand-written set 52 (verdicts of the default policy)',
    file: 'test/eval-fresh52/fresh.json',
    description: `100 mails by a fifty-second writer (see \`test/eval-fresh52/README.md\`; the writer's
generator is in \`build/\`): an auditing firm (16 in English), an occupational health provider, a
university cram school, a warehouse's part-timer HR and a shelter support network.`,
    blind: `**First measurement, blind** (commit 27ac3d9): held 1 of 50 that should pass (2.0 %) and 49 of
50 that should be held (98.0 %). Fixed: lecture titles in brackets before 講師 (「DVの構造と被害者心理」
講師：…).`,
  },
  {
    heading: 'Hand-written set 53 (verdicts of the default policy)',
    file: 'test/eval-fresh53/fresh.json',
    description: `100 mails by a fifty-third writer (see \`test/eval-fresh53/README.md\`; the writer's
generator is in \`build/\`): an international school's admissions and pastoral office (mostly in
English), a city hall's tax division, a veterinary hospital group, a wedding venue and an IT staffing
company.`,
    blind: `**First measurement, blind** (commit 4e12da3): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a vet's referral whose patient is a dog (患者：ココ（柴犬…）),
also where the owner wants treatment; a politician's support group (後援会) as the party one deals
with; an owner's SFTS named in the subject beside the cat it came from (飼い猫からの感染).`,
  },
  {
    heading: 'Hand-written set 54 (verdicts of the default policy)',
    file: 'test/eval-fresh54/fresh.json',
    description: `100 mails by a fifty-fourth writer (see \`test/eval-fresh54/README.md\`; the writer's
generator is in \`build/\`): a 社会保険労務士 office, a special nursing home, a used-car dealer with
auto loans, a university hospital's clinical research office and an airline's baggage desk (20 in
English).`,
    blind: `**First measurement, blind** (commit 4e12da3): held 2 of 50 that should pass (4.0 %) and 47 of
50 that should be held (94.0 %). Fixed: counts in infection-committee minutes (件数 2件); a German
passport number (C4TK82J19) in aligned key:value lines; a deportee's prison sentence; a "Type 1
diabetic" passenger in the subject. Still wrong: a research-ethics course naming Henrietta Lacks
and cervical cancer held.`,
  },
  {
    heading: 'Hand-written set 55 (verdicts of the default policy)',
    file: 'test/eval-fresh55/fresh.json',
    description: `100 mails by a fifty-fifth writer (see \`test/eval-fresh55/README.md\`; the writer's
generator is in \`build/\`): a life-insurance agency, a fitness club chain, an executive search firm
(15 in English), a hearing-aid and optician shop and a Buddhist temple's office.`,
    blind: `**First measurement, blind** (commit 4e12da3): held 4 of 50 that should pass (8.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a prospect's own health answers sent back to him (佐伯様から
お聞きしていた… to 佐伯 智之); a temple as a 宗教法人 contract party with its 代表役員 and 所在地; a
vendor's current account (Current 1056832).`,
  },
  {
    heading: 'Hand-written set 56 (verdicts of the default policy)',
    file: 'test/eval-fresh56/fresh.json',
    description: `100 mails by a fifty-sixth writer (see \`test/eval-fresh56/README.md\`; the writer's
generator is in \`build/\`): a card company's collections and fraud desk, a customs broker, a
paediatric clinic, a condominium management company and a translation agency (25 in English).`,
    blind: `**First measurement, blind** (commit 4e12da3): held 3 of 50 that should pass (6.0 %) and 47 of
50 that should be held (94.0 %). Fixed: people of history (北里柴三郎が1890年に…); a rule quoted from
its text (使用細則では「政治・宗教・営利を目的とする…」); an owners' association's account (KANRI
KUMIAI); a referral to prosecutors; a My Number in brackets after a name for a 支払調書; a refugee's
statement (I, Bilal Ahmad Chaudhry, born …) with his faith.`,
  },
  {
    heading: 'Hand-written set 57 (verdicts of the default policy)',
    file: 'test/eval-fresh57/fresh.json',
    description: `100 mails by a fifty-seventh writer (see \`test/eval-fresh57/README.md\`; the writer's
generator is in \`build/\`): a city board of education's school affairs section, a cosmetic
dermatology clinic, a job-listing site, a housekeeping and babysitting service and a Japanese
language school (17 in English).`,
    blind: `**First measurement, blind** (commit 2535c5a): held 3 of 50 that should pass (6.0 %) and 46 of
50 that should be held (92.0 %). Fixed: a My Number after its label whose check digit does not
match; a complication (皮膚壊死) of a named patient; names as English mail writes them (DANG QUOC BAO
(Class B1) was arrested, a roommate AUNG KYAW MIN); a job's pay scale (月給 30万円〜45万円); a school
corporation named as Beneficiary five lines above its account. Still wrong: a patient's own
treatment plan sent to her held (her kanji name not read as her Latin address).`,
  },
  {
    heading: 'Hand-written set 58 (verdicts of the default policy)',
    file: 'test/eval-fresh58/fresh.json',
    description: `100 mails by a fifty-eighth writer (see \`test/eval-fresh58/README.md\`; the writer's
generator is in \`build/\`): a non-life insurer's fire and household claims, an eye hospital, a
marriage agency, a regional bank's inheritance desk and a foreign-owned IT company's HR (15 in
English).`,
    blind: `**First measurement, blind** (commit 2535c5a): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). Fixed: the sender's own number given again in the text where no
signature zone was drawn; a member's naturalisation (帰化); a psychiatric diagnosis in an English
claim notice (by his psychiatrist).`,
  },
  {
    heading: 'Hand-written set 59 (verdicts of the default policy)',
    file: 'test/eval-fresh59/fresh.json',
    description: `100 mails by a fifty-ninth writer (see \`test/eval-fresh59/README.md\`; the writer's
generator is in \`build/\`): an employment support office for people with disabilities, a baseball
club's team operations, a city library, a pharmaceutical company's medical representatives and a
university's international student office (18 in English).`,
    blind: `**First measurement, blind** (commit 2535c5a): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a trial's patients as a class (重症喘息患者を対象とした);
Thomas GIRARD with his surname in capitals; a CSV whose header has a year in a column name
(GPA_AY2025).`,
  },
  {
    heading: 'Hand-written set 60 (verdicts of the default policy)',
    file: 'test/eval-fresh60/fresh.json',
    description: `100 mails by a sixtieth writer (see \`test/eval-fresh60/README.md\`; the writer's generator
is in \`build/\`): a city fire department, a psychosomatic clinic, a members' golf club, a tax
accountant's office and a study-abroad agency (20 in English).`,
    blind: `**First measurement, blind** (commit 2535c5a): held 4 of 50 that should pass (8.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a late doctor named again by surname (故 大槻先生); a
sentence about a 宗教法人's taxes; a city's public account (南川市会計管理者); a student's name and
diagnosis in the subject (Yuto Kawabata (DOB …) – admitted). Still wrong: a column on writers of
history (夏目漱石, 芥川龍之介) and their illnesses held. Fixed later: the column (well-known people of
history by name; an author cited below a drawn rule ties nothing above it).`,
  },
  {
    heading: 'Hand-written set 61 (verdicts of the default policy)',
    file: 'test/eval-fresh61/fresh.json',
    description: `100 mails by a sixty-first writer (see \`test/eval-fresh61/README.md\`; the writer's
generator is in \`build/\`): a community support centre for the elderly, a car repair garage, a city
hotel's front desk, a cyber-security incident response company and a university hospital's
international patient office (18 in English).`,
    blind: `**First measurement, blind** (commit 6a79430): held 5 of 50 that should pass (10.0 %) and 47 of
50 that should be held (94.0 %). Fixed: the sender's number on the line of their work address where
no signature zone was drawn; a room's name after お部屋：; a vaccine's doses in a schedule (A型肝炎①);
a leaked sample of customers at example.com addresses (no longer read as a form's example); a
disease after a list's middle dot (要介護2・パーキンソン病). Still wrong: an elderly person's abuse told
a paragraph after her name; a successor's greeting naming 退院調整 near a colleague thanked by name.`,
  },
  {
    heading: 'Hand-written set 62 (verdicts of the default policy)',
    file: 'test/eval-fresh62/fresh.json',
    description: `100 mails by a sixty-second writer (see \`test/eval-fresh62/README.md\`; the writer's
generator is in \`build/\`): a high school's guidance office, a life insurer's medical review, a
general contractor's safety department, a crime victims support centre and a relocation company
(20 in English).`,
    blind: `**First measurement, blind** (commit 6a79430): held 3 of 50 that should pass (6.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a corporation's abbreviation before an account holder
(シャ）…); an office's direct line by its note (（進路指導室直通）); a case its paragraph declares
anonymised (匿名化済み); an occupant's name before the next label on its line and a day-first date of
birth (DOB: 22/07/1981); plurals of one-word English terms (practising Muslims).`,
  },
  {
    heading: 'Hand-written set 63 (verdicts of the default policy)',
    file: 'test/eval-fresh63/fresh.json',
    description: `100 mails by a sixty-third writer (see \`test/eval-fresh63/README.md\`; the writer's
generator is in \`build/\`): a licensed nursery, a regional bank branch, an apartment rental agency, a
SaaS support team and a sports medicine centre (15 in English).`,
    blind: `**First measurement, blind** (commit 6a79430): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). Fixed: an event for an age group in a newsletter (歯科健診（3歳児以上）);
ACL reconstruction and a WPW pattern of named athletes.`,
  },
  {
    heading: 'Hand-written set 64 (verdicts of the default policy)',
    file: 'test/eval-fresh64/fresh.json',
    description: `100 mails by a sixty-fourth writer (see \`test/eval-fresh64/README.md\`; the writer's
generator is in \`build/\`): a debt collection company, a clinical laboratory, an event ticketing
company, a board of education's school counsellors and an international NGO (20 in English).`,
    blind: `**First measurement, blind** (commit 6a79430): held 5 of 50 that should pass (10.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a signature's number beside the sender's address; wheelchair
seats and disability discounts as a facility and a fare, and a city heading a row of figures; a
class of pupils (発達障害のある児童生徒); an offer letter's signer with her title after a comma.`,
  },
  {
    heading: 'Hand-written set 65 (verdicts of the default policy)',
    file: 'test/eval-fresh65/fresh.json',
    description: `100 mails by a sixty-fifth writer (see \`test/eval-fresh65/README.md\`; the writer's
generator is in \`build/\`): a public health centre, a flower delivery shop, a home tutoring company,
a trucking company's driver office and an international clinic (18 in English).`,
    blind: `**First measurement, blind** (commit 077f866): held 5 of 50 that should pass (10.0 %) and 49 of
50 that should be held (98.0 %). Fixed: the doctor one sees (an appointment with Dr. …) is no
anchor for the patient's terms; a health-check package on an invoice; a count of people discharged
(退院者数). Still wrong: a payslip sent to a namesake at a market company; a press release on food
poisoning naming the shop's owner. Minutes to six agencies in To, held by the policy's
many-visible-recipients rule (then 5 or more outside addresses of 3 or more organisations), pass
since the rule holds more than 10 (blind sets 69–72).`,
  },
  {
    heading: 'Hand-written set 66 (verdicts of the default policy)',
    file: 'test/eval-fresh66/fresh.json',
    description: `100 mails by a sixty-sixth writer (see \`test/eval-fresh66/README.md\`; the writer's
generator is in \`build/\`): a city's childcare support division, a pet insurer, an orthodontic
clinic, a fitness equipment maker and a foreign bank's compliance team (25 in English).`,
    blind: `**First measurement, blind** (commit 077f866): held 1 of 50 that should pass (2.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a client's role as a believer of a religious group. Still
wrong: a parent's own child's placement and date of birth sent back to the parent.`,
  },
  {
    heading: 'Hand-written set 67 (verdicts of the default policy)',
    file: 'test/eval-fresh67/fresh.json',
    description: `100 mails by a sixty-seventh writer (see \`test/eval-fresh67/README.md\`; the writer's
generator is in \`build/\`): a city assembly secretariat, a music school, a cemetery manager, an IT
helpdesk company and an airline's cabin crew scheduling (15 in English).`,
    blind: `**First measurement, blind** (commit 077f866): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a beneficiary named on the line after its label; a
vice-chair's surgery (石黒副委員長：胃がん手術); a flight attendant's COVID-19 (FA Yui Tanaka).`,
  },
  {
    heading: 'Hand-written set 68 (verdicts of the default policy)',
    file: 'test/eval-fresh68/fresh.json',
    description: `100 mails by a sixty-eighth writer (see \`test/eval-fresh68/README.md\`; the writer's
generator is in \`build/\`): a hospital's medical records office, a school uniform maker, a car rental
company, a vocational college and a foreign chamber of commerce (19 in English).`,
    blind: `**First measurement, blind** (commit 077f866): held 3 of 50 that should pass (6.0 %) and 47 of
50 that should be held (94.0 %). Fixed: a signature's numbers beside the sender's web address; a
named student's 不法就労 in the subject; an intern's positive test (our intern, Mei Tanaka). Still
wrong: a court visit naming the absent 主治医; a list of students' scores.`,
  },
  {
    heading: 'Hand-written set 69 (verdicts of the default policy)',
    file: 'test/eval-fresh69/fresh.json',
    description: `100 mails by a sixty-ninth writer (see \`test/eval-fresh69/README.md\`; the writer's
generator is in \`build/\`): a dispensing-pharmacy chain, a staffing agency, a regional newspaper, a private
university's admissions and student offices and an office-building manager (partly in English).`,
    blind: `**First measurement, blind** (commit c5f3249): held 4 of 50 that should pass (8.0 %) and 49 of
50 that should be held (98.0 %). Fixed: 調剤 inside a company's name (みどり調剤ホールディングス, みどり調剤の佐伯です) and a pharmacy's
無菌調剤 beside its 管理薬剤師; くも膜下出血 and 救急搬送 in a subject. Fixed later the same stop: a list of
election candidates for a newspaper graphic (a 党派 column marks candidates, whose names are
public); an employment-terms notice sent to the worker herself, whose client managers (派遣先責任者：総務課
課長 …) were read as third persons.`,
  },
  {
    heading: 'Hand-written set 70 (verdicts of the default policy)',
    file: 'test/eval-fresh70/fresh.json',
    description: `100 mails by a seventieth writer (see \`test/eval-fresh70/README.md\`; the writer's
generator is in \`build/\`): a labour union's head office, a dental clinic group, a marriage agency, an airline's
cabin-crew and airport office (partly in English) and a foreign consulting firm's Tokyo office (mostly English).`,
    blind: `**First measurement, blind** (commit c5f3249): held 4 of 50 that should pass (8.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a manual's example patient (氏名：… （テスト患者）, 例）カルテNo.); a cleaning manual's 清拭
(the text also writes 清拭剤) and its rule that diagnoses are not written. Still wrong: a dental lab
order whose ジルコニアクラウン is read as a name; a school check-up schedule whose aggregate 健診
results sit beside the sender, greeted in the quoted reply.`,
  },
  {
    heading: 'Hand-written set 71 (verdicts of the default policy)',
    file: 'test/eval-fresh71/fresh.json',
    description: `100 mails by a seventy-first writer (see \`test/eval-fresh71/README.md\`; the writer's
generator is in \`build/\`): an insurance agency, a care home with nursing, a game studio, a judicial scrivener's
office and a municipal library.`,
    blind: `**First measurement, blind** (commit c5f3249): held 3 of 50 that should pass (6.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a successor introduced to five partners and minutes to exactly ten schools (the
many-visible-recipients rule now holds more than ten); a judicial scrivener's office account
(…シホウショシジムショ); a patron's record block (利用者：…（68歳）, 障害の状況) read as a signature
under a decorated rule line; a mobile number after an address's slash in a subject.`,
  },
  {
    heading: 'Hand-written set 72 (verdicts of the default policy)',
    file: 'test/eval-fresh72/fresh.json',
    description: `100 mails by a seventy-second writer (see \`test/eval-fresh72/README.md\`; the writer's
generator is in \`build/\`): a driving school, a labour consultants' corporation, a cosmetic-dermatology clinic,
a removals company and a foreign pharmaceutical company's Japan safety office (mostly English).`,
    blind: `**First measurement, blind** (commit c5f3249): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: anaphylaxis (and other English adverse-reaction terms) after a patient's name in a
subject. Later: an ad-copy review where 治療内容 in a guideline sits a line from the clinic's 院長 (people
named by their work role are not whom a term a line away records). Still wrong: a former
employee's own insurance premium sent to her (her own data).`,
  },
  {
    heading: 'Hand-written set 73 (verdicts of the default policy)',
    file: 'test/eval-fresh73/fresh.json',
    description: `100 mails by a seventy-third writer (see \`test/eval-fresh73/README.md\`; the writer's
generator is in \`build/\`): a wedding and funeral mutual-aid company, a used-car dealer with a loan desk, a
home-visit nursing station, a regional bank's corporate-lending branch and an international school's
admissions office (mostly English).`,
    blind: `**First measurement, blind** (commit b858c0e): held 2 of 50 that should pass (4.0 %) and 46 of
50 that should be held (92.0 %). Fixed: a Latin name made a person by the role after it (Daniel Okafor (G7 applicant) – juvenile
court hearing); 看取り期 after a patient's name in a subject. Later: a vendor registration naming
its staff with their post in brackets (大島（店長）、野村（販売課）). Still wrong: a customer's own contract statement; a guarantor's assets profile and another
company's president's delinquencies quoted to the wrong party (personal finances in prose).`,
  },
  {
    heading: 'Hand-written set 74 (verdicts of the default policy)',
    file: 'test/eval-fresh74/fresh.json',
    description: `100 mails by a seventy-fourth writer (see \`test/eval-fresh74/README.md\`; the writer's
generator is in \`build/\`): a city's nursery and child-welfare sections, a security-guard company, an IT
outsourcing company, a veterinary clinic and a trading company's overseas-assignment team (partly English).`,
    blind: `**First measurement, blind** (commit b858c0e): held 3 of 50 that should pass (6.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a veterinary practice's condolence to a dog's owner and a dog's test results (the
practice's patients are called ハナちゃん, with no word for a species). Still wrong: a pet-insurance
claim batch (the policy holder beside the animal's 傷病名); interview scores in a PDF table of applicants.`,
  },
  {
    heading: 'Hand-written set 75 (verdicts of the default policy)',
    file: 'test/eval-fresh75/fresh.json',
    description: `100 mails by a seventy-fifth writer (see \`test/eval-fresh75/README.md\`; the writer's
generator is in \`build/\`): a fitness club chain, a condominium developer, an employment-support office, a
translation and interpreting agency and a hotel group's sales and guest relations (partly English).`,
    blind: `**First measurement, blind** (commit b858c0e): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a guest named Khalid Al-Mansouri様 with ムスリム・礼拝 in the subject (a Latin name with
様; a term before a list's middle dot). Later: a curriculum whose 障害者手帳と就職活動 stands above its lecturers' line (講師：…). Still
wrong: a user's own schedule (加賀美先生の受診日, the doctor she sees).`,
  },
  {
    heading: 'Hand-written set 76 (verdicts of the default policy)',
    file: 'test/eval-fresh76/fresh.json',
    description: `100 mails by a seventy-sixth writer (see \`test/eval-fresh76/README.md\`; the writer's
generator is in \`build/\`): a construction site office, a debt-counselling NPO, a university hospital's
clinical-trial office, a food maker's customer and quality office and a bilingual recruiter (mostly English).`,
    blind: `**First measurement, blind** (commit b858c0e): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a colleague's words on their own line in brackets (「…窃盗で逮捕されて、いまは執行猶予中の人だ」
と聞きました) were read as a title. Later: a successor introduction (前任：… / 後任：… with work
mobiles). Later: an IRB meeting schedule (乳がん as a trial's indication a line above the members named
with their departments).`,
  },  {
    heading: 'Hand-written set 77 (verdicts of the default policy)',
    file: 'test/eval-fresh77/fresh.json',
    description: `100 mails by a seventy-seventh writer (see \`test/eval-fresh77/README.md\`; the writer's
generator is in \`build/\`): a dialysis clinic, a driving school, a cram-school chain's head office, a security-guard company and an industrial-waste firm.`,
    blind: `**First measurement, blind** (commit b5a8631): held 0 of 50 that should pass (0.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a colour-vision deficiency (色覚異常) named with a pupil in the subject
(eye conditions added to the medical terms).`,
  },
  {
    heading: 'Hand-written set 78 (verdicts of the default policy)',
    file: 'test/eval-fresh78/fresh.json',
    description: `100 mails by a seventy-eighth writer (see \`test/eval-fresh78/README.md\`; the writer's
generator is in \`build/\`): an ophthalmology clinic, a city tax section, a regional newspaper's editorial office, an investigation firm and a university's student counselling office.`,
    blind: `**First measurement, blind** (commit b5a8631): held 1 of 50 that should pass (2.0 %) and 49 of
50 that should be held (98.0 %). Fixed: an unnamed one of a group (うち1名はアレルギー) tied to a
contact named a line away; a counselling record's 過呼吸 (a symptom added to the medical terms).`,
  },
  {
    heading: 'Hand-written set 79 (verdicts of the default policy)',
    file: 'test/eval-fresh79/fresh.json',
    description: `100 mails by a seventy-ninth writer (see \`test/eval-fresh79/README.md\`; the writer's
generator is in \`build/\`): a work-support office for people with disabilities, a trucking company, a fertility clinic, a foreign-owned hotel's HR (Japanese and English) and an agricultural cooperative.`,
    blind: `**First measurement, blind** (commit b5a8631): held 0 of 50 that should pass (0.0 %) and 47 of
50 that should be held (94.0 %). Fixed: a quoted note's wrapped sentence read as a signature (its
norovirus report about a named member was low); a pregnancy test result (妊娠判定) named in a subject;
an English reference (「she took three months of medical leave after being diagnosed with …」).`,
  },
  {
    heading: 'Hand-written set 80 (verdicts of the default policy)',
    file: 'test/eval-fresh80/fresh.json',
    description: `100 mails by an eightieth writer (see \`test/eval-fresh80/README.md\`; the writer's
generator is in \`build/\`): an offenders' rehabilitation corporation, a mobile-phone shop franchise, a non-life insurer's claims centre, a care-taxi company and a Japanese-language school (English to overseas agents).`,
    blind: `**First measurement, blind** (commit b5a8631): held 5 of 50 that should pass (10.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a halfway house's post 補導主任 read as juvenile procedure;
wheelchair equipment (車いす対応2台, 車いすリフト); a signature with 第二種運転免許 read as a record; a
CSV header with a period in brackets (JLPT (Dec 2024)) read as data. Later: a dormitory's name (潮見寮) read as a
person's, so a refund notice to the former resident himself was held.`,
  },  {
    heading: 'Hand-written set 81 (verdicts of the default policy)',
    file: 'test/eval-fresh81/fresh.json',
    description: `100 mails by an eighty-first writer (see \`test/eval-fresh81/README.md\`; the writer's
generator is in \`build/\`): a group home for people with disabilities, a wedding venue, a private junior-high school's admissions office, a labour-and-social-security attorney's office and a fitness club.`,
    blind: `**First measurement, blind** (commit a2e14d1): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a table of named pupils with marks under 国語 算数 社会 理科
and 合格/不合格, and marks by subject in a subject line (国語48・算数35…), were not read as scores; a
fitness club declining a candidate's booking (政治・宗教活動を目的とするご利用) tied 宗教 to him.`,
  },
  {
    heading: 'Hand-written set 82 (verdicts of the default policy)',
    file: 'test/eval-fresh82/fresh.json',
    description: `100 mails by an eighty-second writer (see \`test/eval-fresh82/README.md\`; the writer's
generator is in \`build/\`): a home-help care agency, a psychiatric clinic, a traffic-accident law firm, a manufacturing staffing agency and a condominium association with its management company.`,
    blind: `**First measurement, blind** (commit a2e14d1): held 3 of 50 that should pass (6.0 %) and 48 of
50 that should be held (96.0 %). Fixed: 高次脳機能障害 and 後遺障害 were not known; a condominium's
katakana name (パークヒルズ城南) and board members listed after one title (理事 宇野・須田・秋山・大谷)
read as strangers beside the association's balance. Still wrong: a lecture on historical writers
(夏目漱石, no years given) and a complaint forwarded with the resident's name and mobile (the mobile is
read as the contractor's: 御社 stands on the line before it). Fixed later: the lecture (well-known
people of history by name, src/detect/historical-persons.ts).`,
  },
  {
    heading: 'Hand-written set 83 (verdicts of the default policy)',
    file: 'test/eval-fresh83/fresh.json',
    description: `100 mails by an eighty-third writer (see \`test/eval-fresh83/README.md\`; the writer's
generator is in \`build/\`): an after-school childcare provider, a rental property manager, a hospital billing section, a cosmetic dermatology clinic (some English) and a care-equipment rental company.`,
    blind: `**First measurement, blind** (commit a2e14d1): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a bus driver's number for the day (当日携帯) in a quoted
booking; a wheelchair cushion (車いす用クッション) in an order. Still wrong: a deceased user's terminal
cancer in a subject line (the detector treats the dead as outside the law, by design).`,
  },
  {
    heading: 'Hand-written set 84 (verdicts of the default policy)',
    file: 'test/eval-fresh84/fresh.json',
    description: `100 mails by an eighty-fourth writer (see \`test/eval-fresh84/README.md\`; the writer's
generator is in \`build/\`): a social welfare council, a card company's call centre (some English), a regional TV news desk, a judo-therapy clinic and a hotel's banquet department.`,
    blind: `**First measurement, blind** (commit a2e14d1): held 0 of 50 that should pass (0.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a card number in a subject line followed by a date
(5240 … 5673 6/2ご注文分); a pupil's オスグッド病 in a subject line.`,
  },
  {
    heading: 'Hand-written set 85 (verdicts of the default policy)',
    file: 'test/eval-fresh85/fresh.json',
    description: `100 mails by an eighty-fifth writer (see \`test/eval-fresh85/README.md\`; the writer's
generator is in \`build/\`): a palliative-care ward, a used-car dealer with an auto-loan desk, a university's international student office, a pest-control company and a temple with a cemetery.`,
    blind: `**First measurement, blind** (commit 85e851e): held 0 of 50 that should pass (0.0 %) and 47 of
50 that should be held (94.0 %). Still wrong: a quoted crime victim, a list of members with unpaid
fees, and a scholarship recommendation giving a family's poverty. Fixed later: all three — the list
of members with unpaid fees (a space-aligned table whose last two columns one full-width space
parts; a member whose surname reads like the addressee's address, 大野 against 小野 <…ono@>), the
quoted victim (the police took my statement as the victim) and the recommendation (被推薦者：).`,
  },
  {
    heading: 'Hand-written set 86 (verdicts of the default policy)',
    file: 'test/eval-fresh86/fresh.json',
    description: `100 mails by an eighty-sixth writer (see \`test/eval-fresh86/README.md\`; the writer's
generator is in \`build/\`): a company's occupational health office, a moving company, a youth-support NPO, an election committee's secretariat and an IT help desk (some English).`,
    blind: `**First measurement, blind** (commit 85e851e): held 4 of 50 that should pass (8.0 %) and 48 of
50 that should be held (96.0 %). Fixed: a wheelchair slope (スロープ（車椅子用）) at a polling station;
a nurse's farewell listing her line of work (産業医面談・健康診断・カウンセリングの各業務); a child's
temporary custody in a subject line (一時保護 was normalised to 1時保護 when a full-width bracket
elsewhere sent the text through the kanji-numeral pass). Still wrong: a schedule sent to its own
subject, a corporate account change, a neighbour's complaint forwarded. Fixed later: the corporate
account change (the same account named with its corporate holder elsewhere in the mail) and the
complaint (the complainant's landline written with eleven digits under 連絡先, お住まい beside her
name).`,
  },
  {
    heading: 'Hand-written set 87 (verdicts of the default policy)',
    file: 'test/eval-fresh87/fresh.json',
    description: `100 mails by an eighty-seventh writer (see \`test/eval-fresh87/README.md\`; the writer's
generator is in \`build/\`): a DV support organisation, a hair salon chain, a regional airline's customer relations (some English), a pharmacovigilance team (some English) and a municipal library.`,
    blind: `**First measurement, blind** (commit 85e851e): held 3 of 50 that should pass (6.0 %) and 49 of
50 that should be held (98.0 %). Fixed: Stevens-Johnson syndrome named with a patient in a subject
line; 車椅子の貸出台数 in a reply chain. Still wrong: a literature search naming published authors
beside disease terms, a landlord's rent-account change. Fixed later: both (a bibliographic
reference's title is literature; 当社の取引銀行 in the landlord's notice).`,
  },
  {
    heading: 'Hand-written set 88 (verdicts of the default policy)',
    file: 'test/eval-fresh88/fresh.json',
    description: `100 mails by an eighty-eighth writer (see \`test/eval-fresh88/README.md\`; the writer's
generator is in \`build/\`): a senior residence, a tax accountant's office, a baseball club's team operations (some English), a dental clinic and a supervising organisation for technical trainees (English and Vietnamese).`,
    blind: `**First measurement, blind** (commit 85e851e): held 1 of 50 that should pass (2.0 %) and 46 of
50 that should be held (92.0 %). Fixed: a resident's gastrostomy (胃ろう造設) in a subject line;
a company's disability-employment figures (障害者雇用) in board minutes. Still wrong: two refund
accounts sent to their holders (the writer holds them; the detector reads them as the addressee's own)
and a forwarded harassment complaint with a mental-health note. Fixed later: the harassment
complaint (a consultation memo headed by 相談者：NAME is about that person several lines down).`,
  },
  {
    heading: 'Hand-written set 89 (verdicts of the default policy)',
    file: 'test/eval-fresh89/fresh.json',
    description: `100 mails by an eighty-ninth writer (see \`test/eval-fresh89/README.md\`; the writer's
generator is in \`build/\`): a university career centre, a general contractor's safety and health department, a dispensing-pharmacy chain, a staffing agency's branch and a condominium management company.`,
    blind: `**First measurement, blind** (commit 1631abe): held 0 of 50 that should pass (0.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a worker's amputated finger (左手示指切断) with his name in
a subject line.`,
  },
  {
    heading: 'Hand-written set 90 (verdicts of the default policy)',
    file: 'test/eval-fresh90/fresh.json',
    description: `100 mails by a ninetieth writer (see \`test/eval-fresh90/README.md\`; the writer's
generator is in \`build/\`): a call centre running a city's resident helpline, an animal hospital, a cram school's head office, a funeral company and a municipal social welfare council.`,
    blind: `**First measurement, blind** (commit 1631abe): held 1 of 50 that should pass (2.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a pet's blood-test results to its owner, whose sentences
go on about the pet named above them (and a pet called 同居のレオくん).`,
  },
  {
    heading: 'Hand-written set 91 (verdicts of the default policy)',
    file: 'test/eval-fresh91/fresh.json',
    description: `100 mails by a ninety-first writer (see \`test/eval-fresh91/README.md\`; the writer's
generator is in \`build/\`): a nursery-school operator, a car dealership, a law firm (some English), an airport ground-handling company (mostly English) and a support office for employment of people with disabilities.`,
    blind: `**First measurement, blind** (commit 1631abe): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). One of the two misses was the evaluation's own: a sheet the writer
drew with pipes (HIRANO | Takuya | …) was made into one cell per row; made as drawn, the detector
of 1631abe holds it (49 of 50). Fixed: a law office's account on an English invoice; a
passenger's condition under an airline's name form (ARIMURA / KEIKO MRS).`,
  },
  {
    heading: 'Hand-written set 92 (verdicts of the default policy)',
    file: 'test/eval-fresh92/fresh.json',
    description: `100 mails by a ninety-second writer (see \`test/eval-fresh92/README.md\`; the writer's
generator is in \`build/\`): a city hotel's front office and sales (some English), a SaaS company writing mostly English, a hospital's rehabilitation department, a credit union's branch and a security-guard company.`,
    blind: `**First measurement, blind** (commit 1631abe): held 1 of 50 that should pass (2.0 %) and 49 of
50 that should be held (98.0 %). Fixed: counted special meals (4 vegetarian, 2 halal) for a tour
group; a diagnosis under 対象：村上 隆之 様（営業二課） sent to the patient's employer.`,
  },
  {
    heading: 'Hand-written set 93 (verdicts of the default policy)',
    file: 'test/eval-fresh93/fresh.json',
    description: `100 mails by a ninety-third writer (see \`test/eval-fresh93/README.md\`; the writer's
generator is in \`build/\`): a private high school's office, a logistics warehouse operator, a home-visit nursing station, an event promoter (some English) and a regional newspaper.`,
    blind: `**First measurement, blind** (commit 791130e): held 0 of 50 that should pass (0.0 %) and 50 of
50 that should be held (100.0 %).`,
  },
  {
    heading: 'Hand-written set 94 (verdicts of the default policy)',
    file: 'test/eval-fresh94/fresh.json',
    description: `100 mails by a ninety-fourth writer (see \`test/eval-fresh94/README.md\`; the writer's
generator is in \`build/\`): an insurance agency, a water utility's contracted billing centre, a children's sports club, an offshore software house (much English) and a judicial scrivener's office.`,
    blind: `**First measurement, blind** (commit 791130e): held 0 of 50 that should pass (0.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a customer's arrears (滞納 48,260円) with his name in a
subject line.`,
  },
  {
    heading: 'Hand-written set 95 (verdicts of the default policy)',
    file: 'test/eval-fresh95/fresh.json',
    description: `100 mails by a ninety-fifth writer (see \`test/eval-fresh95/README.md\`; the writer's
generator is in \`build/\`): a psychiatric clinic, a rental agency, a food maker's quality assurance and hotline, a university clinical research lab (some English) and a labour union branch.`,
    blind: `**First measurement, blind** (commit 791130e): held 4 of 50 that should pass (8.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a public talk's outline (構成案： 1. うつ病とは…); a union
writing as a party (agenda, bargaining minutes); a password-only notice, no longer held alone (the
default policy holds it when it follows an encrypted file to the same recipients).`,
  },
  {
    heading: 'Hand-written set 96 (verdicts of the default policy)',
    file: 'test/eval-fresh96/fresh.json',
    description: `100 mails by a ninety-sixth writer (see \`test/eval-fresh96/README.md\`; the writer's
generator is in \`build/\`): a travel agency's group desk (some English), a dental laboratory, a contracted public-housing manager, a foreign-worker recruitment agency (English and Japanese) and a fitness chain.`,
    blind: `**First measurement, blind** (commit 791130e): held 0 of 50 that should pass (0.0 %) and 48 of
50 that should be held (96.0 %). Fixed: HCV抗体陽性 with a patient's name in a subject line; test
scores in a zipped CSV under 受験者名.`,
  },
  {
    heading: 'Hand-written set 97 (verdicts of the default policy)',
    file: 'test/eval-fresh97/fresh.json',
    description: `100 mails by a ninety-seventh writer (see \`test/eval-fresh97/README.md\`; the writer's
generator is in \`build/\`): a bus and taxi company, a wedding hall, an elementary school, a pharmaceutical company's medical information and trials (some English) and a consumer-credit collections desk.`,
    blind: `**First measurement, blind** (commit 1690ce6): held 1 of 50 that should pass (2.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a trial monitor's field of work (糖尿病領域の試験を担当) in a
successor's introduction.`,
  },
  {
    heading: 'Hand-written set 98 (verdicts of the default policy)',
    file: 'test/eval-fresh98/fresh.json',
    description: `100 mails by a ninety-eighth writer (see \`test/eval-fresh98/README.md\`; the writer's
generator is in \`build/\`): a manufacturer's general affairs, an orthopaedic and sports clinic, a translation agency (English), a church-run kindergarten and a detective agency.`,
    blind: `**First measurement, blind** (commit 1690ce6): held 2 of 50 that should pass (4.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a doctor standing in (院長の三浦が代わって診察いたします); a
form that asks アレルギーの有無, sent to the child's parent.`,
  },
  {
    heading: 'Hand-written set 99 (verdicts of the default policy)',
    file: 'test/eval-fresh99/fresh.json',
    description: `100 mails by a ninety-ninth writer (see \`test/eval-fresh99/README.md\`; the writer's
generator is in \`build/\`): a ward's child-care support centre, an online shop's customer support, a land-acquisition consultancy, a home-care clinic and a marathon organiser (some English).`,
    blind: `**First measurement, blind** (commit 1690ce6): held 1 of 50 that should pass (2.0 %) and 50 of
50 that should be held (100.0 %). Fixed: an organising committee as an English invoice's
beneficiary.`,
  },
  {
    heading: 'Hand-written set 100 (verdicts of the default policy)',
    file: 'test/eval-fresh100/fresh.json',
    description: `100 mails by a hundredth writer (see \`test/eval-fresh100/README.md\`; the writer's
generator is in \`build/\`): a payroll outsourcer, a homeless-support NPO, a hotel chain's reservations (some English), a driving school and a dialysis clinic.`,
    blind: `**First measurement, blind** (commit 1690ce6): held 1 of 50 that should pass (2.0 %) and 50 of
50 that should be held (100.0 %). Fixed: agenda items of a liaison meeting's minutes (高齢透析患者の
送迎, 入院時の情報連携).`,
  },
  {
    heading: 'Hand-written set 101 (verdicts of the default policy)',
    file: 'test/eval-fresh101/fresh.json',
    description: `100 mails by a hundred-and-first writer (see \`test/eval-fresh101/README.md\`; the writer's
generator is in \`build/\`): an internal audit and compliance office, a life insurer's claims department (some English), a nurse and caregiver staffing agency, a renovation firm and a university admissions office (some English).`,
    blind: `**First measurement, blind** (commit 8d98879): held 3 of 50 that should pass (6.0 %) and 47 of
50 that should be held (94.0 %). Fixed: Latin names with an applicant's number (LIN Meihua
(Applicant No. …)) tying a positive TB screening and a conviction to them; an agency abroad under
the documentation name (everest-japan.example.np) read as a lookalike of payroll.example.jp;
exam results whose score columns carry their full marks (日本語(200)); a ward's visiting rules
that except 看取り期の患者さんのご家族; 'our new medical certificate form'.`,
  },
  {
    heading: 'Hand-written set 102 (verdicts of the default policy)',
    file: 'test/eval-fresh102/fresh.json',
    description: `100 mails by a hundred-and-second writer (see \`test/eval-fresh102/README.md\`; the writer's
generator is in \`build/\`): a prefectural sports association, a cosmetic dermatology clinic, a debt-collection law office, a ship manager's crew department (English and Japanese) and a care-taxi operator.`,
    blind: `**First measurement, blind** (commit 8d98879): held 0 of 50 that should pass (0.0 %) and 48 of
50 that should be held (96.0 %). Fixed: accident reports headed by 被保険者：NAME and by 'Crew member:
Oiler Jomar B. VILLANUEVA' hold the diagnosis several lines down.`,
  },
  {
    heading: 'Hand-written set 103 (verdicts of the default policy)',
    file: 'test/eval-fresh103/fresh.json',
    description: `100 mails by a hundred-and-third writer (see \`test/eval-fresh103/README.md\`; the writer's
generator is in \`build/\`): a city library and culture centre, an incident-response consultancy (some English), a family-mediation NPO, a restaurant chain's HR and an optician and hearing-aid chain.`,
    blind: `**First measurement, blind** (commit 8d98879): held 0 of 50 that should pass (0.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a mobile before a full-width slash in a subject line
(090-0000-3318／青葉台2-14-6).`,
  },
  {
    heading: 'Hand-written set 104 (verdicts of the default policy)',
    file: 'test/eval-fresh104/fresh.json',
    description: `100 mails by a hundred-and-fourth writer (see \`test/eval-fresh104/README.md\`; the writer's
generator is in \`build/\`): a regional bank's housing-loan department, a special-needs school, a casting desk (some English), an occupational health provider and a temple office with a kindergarten and cemetery.`,
    blind: `**First measurement, blind** (commit 8d98879): held 1 of 50 that should pass (2.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a stress check's 実施スケジュール explained in a colleague's
place.`,
  },
  {
    heading: 'Hand-written set 105 (verdicts of the default policy)',
    file: 'test/eval-fresh105/fresh.json',
    description: `100 mails by a hundred-and-fifth writer (see \`test/eval-fresh105/README.md\`; the writer's
generator is in \`build/\`): a hospital's medical records and billing office, a condominium sales office, a junior high school's PTA and clubs, an advertising agency (some English) and a city's outsourced tax and pension counter.`,
    blind: `**First measurement, blind** (commit 383a60e): held 1 of 50 that should pass (2.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a school trip's checklist (車いす対応：なし).`,
  },
  {
    heading: 'Hand-written set 106 (verdicts of the default policy)',
    file: 'test/eval-fresh106/fresh.json',
    description: `100 mails by a hundred-and-sixth writer (see \`test/eval-fresh106/README.md\`; the writer's
generator is in \`build/\`): a group home, an auto claims adjuster, a Japanese language school (English and Japanese), a farm cooperative and an IT company's HR.`,
    blind: `**First measurement, blind** (commit 383a60e): held 0 of 50 that should pass (0.0 %) and 48 of
50 that should be held (96.0 %). Fixed (next stop): a table of students' attendance and scores
(a pipe table headed JLPT Dec (N3)), a member's debit account at a farm cooperative's 本所 sent to a
collection agency.`,
  },
  {
    heading: 'Hand-written set 107 (verdicts of the default policy)',
    file: 'test/eval-fresh107/fresh.json',
    description: `100 mails by a hundred-and-seventh writer (see \`test/eval-fresh107/README.md\`; the writer's
generator is in \`build/\`): a hot-spring inn (some English), a psychiatric day-care and employment support, an inheritance tax office, a victim support centre and a sports gym with a physiotherapist.`,
    blind: `**First measurement, blind** (commit 383a60e): held 2 of 50 that should pass (4.0 %) and 50 of
50 that should be held (100.0 %). Fixed: a condolence on one who supported 地域の精神科医療; (next
stop) a lecture programme whose keynote title and an organisation's name carry 被害者 (a timed
programme line).`,
  },
  {
    heading: 'Hand-written set 108 (verdicts of the default policy)',
    file: 'test/eval-fresh108/fresh.json',
    description: `100 mails by a hundred-and-eighth writer (see \`test/eval-fresh108/README.md\`; the writer's
generator is in \`build/\`): a trading company's overseas assignment desk (English and Japanese), a public health centre's infectious disease team, a condominium owners' board, a music school and concert management, and a funeral cooperative.`,
    blind: `**First measurement, blind** (commit 383a60e): held 1 of 50 that should pass (2.0 %) and 47 of
50 that should be held (94.0 %). Fixed (next stop): a neighbour's noise complaint forwarded (the
complainant listed by flat, 402号室), pupils' names and scores in a subject line, a child's
developmental disorder in a forwarded part (長男の湊は…), and a liaison meeting's minutes (an
outbreak count on a wrapped line) held.`,
  },
  {
    heading: 'Hand-written set 109 (verdicts of the default policy)',
    file: 'test/eval-fresh109/fresh.json',
    description: `100 mails by a hundred-and-ninth writer (see \`test/eval-fresh109/README.md\`; the writer's
generator is in \`build/\`): a regional bank's branch network, a ward office's welfare and resident services, a dental clinic group, a freight and warehousing company, and a university's research administration office.`,
    blind: `**First measurement, blind** (commit 2dbd0ac): held 1 of 50 that should pass (2.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a lecturer's own fee held because the tokenizer split the
bank's name (瀬戸みな|と|銀行) into a person; a research participant's suspected brain tumour
(脳腫瘍の疑い) in a subject line.`,
  },
  {
    heading: 'Hand-written set 110 (verdicts of the default policy)',
    file: 'test/eval-fresh110/fresh.json',
    description: `100 mails by a hundred-and-tenth writer (see \`test/eval-fresh110/README.md\`; the writer's
generator is in \`build/\`): an insurance agency, an IT outsourcing and help-desk company, a private high school, a business hotel chain, and a nursing-home operator. The writer reports one slip: an empty scratch folder made and removed at once outside the set's folder (nothing read there).`,
    blind: `**First measurement, blind** (commit 2dbd0ac): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a class closure's head count (欠席者が9名（在籍36名中）),
documents asked of trainees (健康診断書, 抗体検査結果の写し), a candidate's name and birth date in a
subject line to an addressee whose surname reads the same (高野 / 河野).`,
  },
  {
    heading: 'Hand-written set 111 (verdicts of the default policy)',
    file: 'test/eval-fresh111/fresh.json',
    description: `100 mails by a hundred-and-eleventh writer (see \`test/eval-fresh111/README.md\`; the writer's
generator is in \`build/\`): a law firm, a general contractor, a dispensing pharmacy chain, a staffing agency, and a non-profit that supports crime victims and their families.`,
    blind: `**First measurement, blind** (commit 2dbd0ac): held 5 of 50 that should pass (10.0 %) and 47 of
50 that should be held (94.0 %). Fixed: a campaign's 「被害者の声」パネル, a newsletter's novel about
bereaved families and a Meiji-era activist, an IT incident and a print order from a pharmacy whose
name holds 調剤, staff announced in new posts near お子さまの受診; a juvenile's protection case
(傷害保護事件) in a subject line. Still wrong: a bereaved mother of a traffic death named in a
subject line, and a payslip sent to a client's contact with the staff member's own name.`,
  },
  {
    heading: 'Hand-written set 112 (verdicts of the default policy)',
    file: 'test/eval-fresh112/fresh.json',
    description: `100 mails by a hundred-and-twelfth writer (see \`test/eval-fresh112/README.md\`; the writer's
generator is in \`build/\`): an auto-parts maker's HR and general affairs, a condominium management company, a travel agency for group and school trips (some English), a fitness club chain, and a city hospital's regional liaison office.`,
    blind: `**First measurement, blind** (commit 2dbd0ac): held 1 of 50 that should pass (2.0 %) and 46 of
50 that should be held (92.0 %). Fixed: a working group's mail with the hospital's own staff on a CC
line; a member's and a resident's complaints forwarded with their private contact block, an owner's
arrears in brackets and a worker's finger amputation, each in a subject line.`,
  },
  {
    heading: 'Hand-written set 113 (verdicts of the default policy)',
    file: 'test/eval-fresh113/fresh.json',
    description: `100 mails by a hundred-and-thirteenth writer (see \`test/eval-fresh113/README.md\`; the writer's
generator is in \`build/\`): a municipal board of education, a tax accountant's office, an orthopaedic clinic with rehabilitation, an exhibition organiser, and a used-car dealer with a finance desk.`,
    blind: `**First measurement, blind** (commit e2fe502): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed: study-group minutes whose case presenters are named in
brackets (症例検討1（… 大森さん）) and a technique's long katakana name read as a person, an
abstract's second speaker on the 【演者】 line; a forwarded school report headed 被害児童　5年2組
NAME, its diagnosis four items below.`,
  },
  {
    heading: 'Hand-written set 114 (verdicts of the default policy)',
    file: 'test/eval-fresh114/fresh.json',
    description: `100 mails by a hundred-and-fourteenth writer (see \`test/eval-fresh114/README.md\`; the writer's
generator is in \`build/\`): a home-care nursing station, a payroll cloud service's customer support (some English), a shrine and its wedding hall, a security guard company, and a cram school chain. The writer reports one slip: a temporary backup file written in /tmp and deleted at once (nothing read there).`,
    blind: `**First measurement, blind** (commit e2fe502): held 0 of 50 that should pass (0.0 %) and 50 of
50 that should be held (100.0 %).`,
  },
  {
    heading: 'Hand-written set 115 (verdicts of the default policy)',
    file: 'test/eval-fresh115/fresh.json',
    description: `100 mails by a hundred-and-fifteenth writer (see \`test/eval-fresh115/README.md\`; the writer's
generator is in \`build/\`): a prefectural police community affairs office, a shipping agent for foreign crews (English and Japanese), a child-care centre, a credit union's loan desk, and a think-tank doing surveys.`,
    blind: `**First measurement, blind** (commit e2fe502): held 3 of 50 that should pass (6.0 %) and 49 of
50 that should be held (98.0 %). Fixed: a nursery's health letter to all
parents (年長さん is a class), a transfer greeting (特殊詐欺の被害防止対策), a flyer's corrections
naming a company with 様 (鈴木建設様). Still wrong: a crew member's COVID-positive result with his
Latin name and rank (OS Jomar Bautista Cruz) in a Japanese subject line.`,
  },
  {
    heading: 'Hand-written set 116 (verdicts of the default policy)',
    file: 'test/eval-fresh116/fresh.json',
    description: `100 mails by a hundred-and-sixteenth writer (see \`test/eval-fresh116/README.md\`; the writer's
generator is in \`build/\`): a food manufacturer's quality assurance and HR, a rental brokerage, a university hospital's clinical trial office, a waste and recycling contractor, and a wedding photo studio.`,
    blind: `**First measurement, blind** (commit e2fe502): held 0 of 50 that should pass (0.0 %) and 49 of
50 that should be held (98.0 %). Still wrong: a driver's breath-alcohol reading (呼気アルコール
0.15mg検出) named in a subject line.`,
  },
  {
    heading: 'Hand-written set 117 (verdicts of the default policy)',
    file: 'test/eval-fresh117/fresh.json',
    description: `100 mails by a hundred-and-seventeenth writer (see \`test/eval-fresh117/README.md\`; the writer's
generator is in \`build/\`): a welfare corporation's sheltered workshop, a private junior and senior high school, a tax accountants' firm, a credit union branch, and an HR software company's customer success team.`,
    blind: `**First measurement, blind** (commit 57b27d8): held 2 of 50 that should pass (4.0 %) and 48 of
50 that should be held (96.0 %). Fixed later: a school corporation's account written in kana
(ガツコウホウジン) read as a person's, an office number in a catalogue attachment taken for a third
person's, a pupil's 起立性調節障害 in a subject line, parents' accounts written 支店 普 NUMBER in a
failed-debit list.`,
  },
  {
    heading: 'Hand-written set 118 (verdicts of the default policy)',
    file: 'test/eval-fresh118/fresh.json',
    description: `100 mails by a hundred-and-eighteenth writer (see \`test/eval-fresh118/README.md\`; the writer's
generator is in \`build/\`): a dental clinic group, a temp staffing agency, a city hall's child-rearing support section, a car dealership, and an independent insurance agency.`,
    blind: `**First measurement, blind** (commit 57b27d8): held 2 of 50 that should pass (4.0 %) and 49 of
50 that should be held (98.0 %). Fixed later: 歯科健診 on an invoice line read as a name before a
health term, 赤ちゃんの熱中症対策 in app articles taken for a baby's health. Still wrong: suspected
abuse told without its words (bruises, a husband "strict about discipline").`,
  },
  {
    heading: 'Hand-written set 119 (verdicts of the default policy)',
    file: 'test/eval-fresh119/fresh.json',
    description: `100 mails by a hundred-and-nineteenth writer (see \`test/eval-fresh119/README.md\`; the writer's
generator is in \`build/\`): a university's student-support centre, a dispensing pharmacy chain, a removals company, a labour and family law firm, and a fitness club.`,
    blind: `**First measurement, blind** (commit 57b27d8): held 1 of 50 that should pass (2.0 %) and 48 of
50 that should be held (96.0 %). Fixed later: a clinic's department (内科) in a vaccination
timetable read as a name, another client's transferee list whose phones ran into a date, a
customer's DV flight (DV避難) in a subject line.`,
  },
  {
    heading: 'Hand-written set 120 (verdicts of the default policy)',
    file: 'test/eval-fresh120/fresh.json',
    description: `100 mails by a hundred-and-twentieth writer (see \`test/eval-fresh120/README.md\`; the writer's
generator is in \`build/\`): a home-visit nursing station, a construction site office, a resort hotel's front desk and banquet sales, a cram school, and a local newspaper's reader centre.`,
    blind: `**First measurement, blind** (commit 57b27d8): held 2 of 50 that should pass (4.0 %) and 48 of
50 that should be held (96.0 %). Fixed later: a cram school's report to a parent on her son
(陸くん), a reader's own new address confirmed to him, a pupil's 起立性調節障害 and a guest the
police were called over (器物損壊, 警察沙汰) in subject lines.`,
  },
];

/** The first, blind figures of a set, read from its `blind` text (commit, held of ordinary, held of risky). */
export function firstFigures(info: FreshSetInfo): { commit: string; benignHeld: number; benign: number; riskyHeld: number; risky: number } | null {
  const t = info.blind.replace(/\s+/g, ' ');
  const commit = /commit ([0-9a-f]{7})/.exec(t)?.[1];
  const o = /held (\d+) of (\d+) (?:mails )?that should pass/.exec(t);
  const r = /(\d+) of (\d+) (?:mails )?that should be held/.exec(t);
  if (!commit || !o || !r) return null;
  return { commit, benignHeld: Number(o[1]), benign: Number(o[2]), riskyHeld: Number(r[1]), risky: Number(r[2]) };
}

/**
 * One table of every hand-written set: its first measurement, made blind, and its verdicts now
 * (not blind: the set led to fixes), with the blind totals of the later sets — the honest figure
 * of the detector on mail it was not shaped by.
 */
export function renderFreshSummary(sets: ReadonlyArray<{ info: FreshSetInfo; report: BusinessReport | null }>): string {
  const rows: string[] = [];
  const totals = (from: number): { wrongPass: number; pass: number; wrongHold: number; hold: number } => {
    const t = { wrongPass: 0, pass: 0, wrongHold: 0, hold: 0 };
    sets.forEach(({ info }, i) => {
      const f = firstFigures(info);
      if (!f || i + 1 < from) return;
      t.wrongPass += f.benignHeld;
      t.pass += f.benign;
      t.wrongHold += f.risky - f.riskyHeld;
      t.hold += f.risky;
    });
    return t;
  };
  sets.forEach(({ info, report }, i) => {
    const f = firstFigures(info);
    const first = f ? `${f.commit} | ${f.benignHeld} / ${f.benign} | ${f.riskyHeld} / ${f.risky} | ${pct(f.benignHeld + f.risky - f.riskyHeld, f.benign + f.risky)}` : '— | — | — | —';
    const now = report ? `${report.benign.held} / ${report.benign.total} | ${report.risky.held} / ${report.risky.total}` : '— | —';
    rows.push(`| ${i + 1} | ${first} | ${now} |`);
  });
  const line = (label: string, from: number): string => {
    const t = totals(from);
    return `- ${label}: ordinary mail held **${t.wrongPass} of ${t.pass} (${pct(t.wrongPass, t.pass)})**, risky mail let through **${t.wrongHold} of ${t.hold} (${pct(t.wrongHold, t.hold)})**, wrong **${pct(t.wrongPass + t.wrongHold, t.pass + t.hold)}**.`;
  };
  const last = sets.length;
  return `
## Hand-written sets: first (blind) measurements and verdicts now

Each set was written by a writer who read neither the detector nor any other set, and was
measured once, at the commit named, before any change it led to: those first figures are the
honest accuracy on unseen mail. The "now" columns are not blind — each set led to fixes.

| set | measured at | ordinary held (blind) | risky held (blind) | wrong (blind) | ordinary held now | risky held now |
|---|---|---|---|---|---|---|
${rows.join('\n')}

${line('Sets 5 to ' + last + ', blind', 5)}
${line('The last four sets (' + (last - 3) + ' to ' + last + '), blind', last - 3)}
${line('The last two sets (' + (last - 1) + ' and ' + last + '), blind', last - 1)}
`;
}

export function renderFresh(r: BusinessReport | null, cases: readonly FreshCase[], info: FreshSetInfo): string {
  if (!r) return `\n## ${info.heading}\n\nSet not found (${info.file}): skipped.\n`;
  const why = new Map(cases.map((c) => [c.id, c.why]));
  const cats = r.categories.map(([name, t]) => `| ${t.kind === 'benign' ? 'pass' : 'hold'} | ${name} | ${t.total} | ${t.held} (${pct(t.held, t.total)}) |`).join('\n');
  const rules = r.rules.map(([id, t]) => `| ${id} | ${t.benign} | ${t.risky} |`).join('\n');
  const list = (xs: string[]): string => (xs.length === 0 ? ' none' : xs.map((x) => `\n  - ${x} — ${why.get(x.split(' ')[0]!) ?? ''}`).join(''));
  return `
## ${info.heading}

\`${info.file}\`: ${info.description} Each mail is built as real MIME (nodemailer; PDF, XLSX and DOCX
attachments as real files of the writer's text, images as images), extracted, detected with its
envelope and decided by \`policies/default.yaml\` with each mail's sender domain as
\`organisation.internalDomains\`, as the sender's deployment configures it (first measurements up
to commit 42ca553 took every writer's domain in the set as internal, so mail between two
organisations of one set counted as internal).

- Expected to pass, held: **${r.benign.held} of ${r.benign.total} (${pct(r.benign.held, r.benign.total)})**.
- Expected to be held, held: **${r.risky.held} of ${r.risky.total} (${pct(r.risky.held, r.risky.total)})**.

${info.blind}

### Per kind

| expected | kind | mails | held |
|---|---|---|---|
${cats}

### Per rule (mails the rule held)

| rule | expected to pass | expected to be held |
|---|---|---|
${rules}

- Expected to pass, held:${list(r.falseHolds)}
- Expected to be held, passed:${list(r.misses)}
`;
}
