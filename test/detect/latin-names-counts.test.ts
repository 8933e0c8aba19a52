/**
 * Behaviours found by the blind sets 25–28: Japanese names in Latin letters in English prose,
 * airline passenger names, head counts and rates that are aggregates, digit runs that are not
 * phones, test cards announced in the paragraph, colleagues named by their post. Synthetic
 * people and companies only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import type { ExtractionResult, MailAddress } from '../../src/extract/types.js';
import type { Finding } from '../../src/detect/types.js';
import { best, detector, mail, of } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});
const box = (address: string, name = ''): MailAddress => ({ name, address });
const run = (body: string, opts: { from?: MailAddress; to?: MailAddress[] } = {}): Finding[] =>
  d.detect(mail(body, { from: [opts.from ?? box('k.hino@example.co.jp', '日野 圭')], to: opts.to ?? [box('partner@client.example')] })).findings;
const withSubject = (subject: string, body: string): ExtractionResult => {
  const m = mail(body, { from: [box('m.saeki@example.co.jp', 'Misaki Saeki')], to: [box('h.tanabe@client.example')] });
  return { ...m, headers: { ...m.headers, subject }, segments: [{ location: 'subject', source: 'header', text: subject }, ...m.segments] };
};

describe('Japanese names written in Latin letters', () => {
  it('a surname and a given name of the dictionary, in either order, are a person in prose', () => {
    expect(best(run('The criminal record check shows one entry: Shinji Kurosawa was convicted of drink-driving in 2016.'), 'person_name')).toBe('medium');
    expect(best(run('Daisuke mentioned that MORIMOTO Aya was on medical leave for depression in 2021.'), 'person_name')).toBe('medium');
    const f = run('One thing to flag: Aya Morimoto was on medical leave for about four months for depression.');
    expect(best(f, 'sensitive.medical')).toBe('high');
  });
  it('capitalised words that are not a Japanese surname and given name are not', () => {
    expect(best(run('Please invoice Toyo Logipark directly; the Natori Distribution Center accepts deliveries.'), 'person_name')).toBe('none');
    expect(best(run('The Hakata Bay Hotel and the Tokyo Grand Station will host the fair.'), 'person_name')).toBe('none');
  });
  it('a name in the subject line ties the sensitive words beside it', () => {
    const r = d.detect(withSubject('Account manager change – Kenji Ota on sick leave (depression)', 'Dear Tanabe-san,\n\nFrom today I will be your main contact.\n'));
    expect(best(r.findings, 'sensitive.medical')).toBe('high');
  });
  it('the sender signing in Latin letters (Naoto Kuga 久我 直人) is not a person beside the text', () => {
    const body = 'アレルギー対応は人数のみ先行で構いません（現時点：卵3名、乳1名）。\n\nBest regards / 敬具\nNaoto Kuga 久我 直人\nRevenue Manager\n';
    const f = run(body, { from: box('naoto.kuga@example-hotels.jp', '久我 直人') });
    expect(best(f, 'sensitive.medical')).toBe('low');
  });
  it('a name read as an address by its surname and initial is that participant', () => {
    const f = run('This is Sae Miyoshi from the baggage service counter. Contact: +1-808-555-0143 / chidi.okafor@gmail.com', {
      from: box('s.miyoshi@skyport.example.co.jp', '三好 紗英'),
      to: [box('chidi.okafor@gmail.com', 'Okafor Chidi')],
    });
    const name = of(f, 'person_name').find((x) => x.sample.includes('Sae'));
    expect(name?.subject).toBe('participant');
  });
});

describe('airline passenger names', () => {
  it('SURNAME/GIVEN TITLE is a person, and ties the special-service request to them', () => {
    const f = run('Please meet on arrival:\nPAX: CHEN/MEI HUA MS, PNR N6PT2R\nRemarks: passenger on haemodialysis three times a week, totally blind.');
    expect(best(f, 'person_name')).toBe('high');
    expect(['medium', 'high']).toContain(best(f, 'sensitive.medical'));
  });
  it('codes with a slash (TPE/KIX, B/L) are not', () => {
    expect(best(run('Route TPE/KIX on 20 Nov, B/L EVT250688412, 2 x 40HC.'), 'person_name')).toBe('none');
  });
});

describe('counts and rates are aggregates, not someone’s record', () => {
  it('a sensitive word before a head count or a rate is not tied to the people greeted or signing', () => {
    expect(best(run('田中様\n\n生徒：男子 118名、女子 116名\n食事配慮：食物アレルギー対応 7名（卵 3、そば 1）、宗教上の配慮 0名\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('ご担当者様\n\n　人数：男性12名、女性12名\n　お料理：ビュッフェ（お一人様 6,500円）\n　アレルギー：えび・かに 1名、そば 1名\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('中島様\n\n・定期健診受診率：99.2%\n・ストレスチェック受検率：91.4%、高ストレス者割合：8.7%\n\n> 森下様\n> 数値（受診率、ストレスチェック等）をお知らせください。\n', { from: box('y.morishita@example-logi.co.jp', '森下 由香') }), 'sensitive.health_checkup')).not.toMatch(/medium|high/);
    expect(best(run('Results: 30-day mortality 2.9%.\nPatients with dementia (n=118) also benefited.'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
  it('「昨年同様」 is not a person; a named patient in the same sentence still is', () => {
    expect(best(run('昨年同様、卵アレルギー等で接種できない方は個別に医療機関を受診いただく形にしています。'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('山田 花子さんは卵アレルギーのため接種できません。'), 'sensitive.medical')).toBe('high');
  });
  it('a word before a head count is not a name', () => {
    expect(best(run('生徒：男子 118名、女子 116名、計 234名'), 'person_name')).toBe('none');
  });
});

describe('numbers that are not phones or cards', () => {
  it('digit groups that run on (a 22-digit supply point number) are not a phone', () => {
    expect(of(run('供給地点特定番号：04 0012 5501 2230 0101 0000'), 'phone')).toHaveLength(0);
    expect(best(run('連絡先：04-2921-5501（自宅）'), 'phone')).not.toBe('none');
  });
  it('a test card announced earlier in the paragraph is low; a customer’s card stays', () => {
    const dev = run('1. ステージング環境のテストカードは決済代行指定の以下を使用する。\n   VISA：4242 4242 4242 4242（有効期限は任意）\n   3Dセキュア：4000 0000 0000 3220\n');
    expect(of(dev, 'credit_card').every((x) => x.confidence === 'low')).toBe(true);
    expect(best(run('The sandbox only accepts the processor\'s published test cards. Use 4242 4242 4242 4242, any future expiry.'), 'credit_card')).toBe('low');
    expect(best(run('お電話でご注文のお客様のカード番号：4242 4242 4242 4242 有効期限 12/27'), 'credit_card')).toBe('high');
  });
});

describe('colleagues named by their post', () => {
  it('「作業責任者：岡田 隆（携帯 …）」 and "our centre manager, Mr. Ishida" are business contacts', () => {
    const ja = run('■作業責任者：岡田 隆（携帯 080-6612-3390）\n');
    expect(of(ja, 'person_name').every((x) => x.subject === 'business_contact')).toBe(true);
    const en = run('Devanning is booked on 14 July. Our centre manager, Mr. Ishida, will be the contact on site (+81-80-3327-9014).');
    expect(of(en, 'person_name').every((x) => x.subject === 'business_contact')).toBe(true);
  });
  it('"your employee" is not the writer’s colleague', () => {
    const f = run('I spoke with your employee Ms. Sachiko Imai directly. She has advanced glaucoma.');
    expect(of(f, 'person_name').some((x) => x.subject === 'third_person')).toBe(true);
  });
});

describe('stories declared made up', () => {
  it('a medical word in a story after 「登場人物はすべて架空です」 is nobody’s', () => {
    const body = '当館職員が書いた創作童話です。登場人物はすべて架空です。\n\n「ひかりの図書室」\n\n入院して三か月になる ゆいちゃん は、毎朝その図書室へ行くのが楽しみでした。\n';
    expect(best(run(body), 'sensitive.medical')).toBe('none');
  });
});

/** A message whose body is short and whose attached document carries the text. */
function withDocument(doc: string, to: MailAddress[], from: MailAddress = box('nishimura@example-clean.co.jp', '西村 千晶')): ExtractionResult {
  const m = mail('添付をご確認ください。\n', { from: [from], to });
  return { ...m, segments: [...m.segments, { location: 'attachment[1] document.pdf › page 1', source: 'attachment', text: doc }] };
}
const docFindings = (doc: string, to: MailAddress[]): Finding[] => d.detect(withDocument(doc, to)).findings;

describe('documents about one person', () => {
  it('what a document records further down is the person its name label names', () => {
    const doc = '聴力測定結果　測定日 2024/09/17\nお客様氏名 宮本 和子 様（78歳・女性）\n気導 右：250Hz 35dB / 500Hz 45dB / 1kHz 55dB / 2kHz 65dB / 4kHz 75dB\n気導 左：250Hz 40dB / 500Hz 50dB / 1kHz 60dB / 2kHz 70dB / 4kHz 80dB\n所見：両側感音難聴（中等度〜高度）。耳鳴りあり。\n';
    expect(['medium', 'high']).toContain(best(docFindings(doc, [box('order@maker.example.co.jp')]), 'sensitive.medical'));
  });
  it('a CV’s heading name above its contact lines and birth date is a person', () => {
    const doc = 'WONG MEI LING\nFlat 12B, Block 3, Laguna City, 28 Cha Kwo Ling Road,\nKwun Tong, Kowloon\nMobile: +852 9478 3316 | Email:\nmeiling.wong.hk@gmail.com\nDate of birth: 14 February 1990\n';
    expect(best(docFindings(doc, [box('amelia.chan@client.example.hk')]), 'person_name')).toBe('medium');
  });
  it('the account on a payslip sent to the person it names is theirs; on an organisation’s invoice, the issuer’s', () => {
    const slip = '給与明細書　2025年10月分\n株式会社クリアフロア\n社員番号 C-0417　氏名 長尾 隆之 様\n【支給】基本給 196,000　休日出勤手当 19,600　通勤手当 8,400　支給合計 224,000\n【控除】健康保険 11,200　厚生年金 20,130　控除合計 45,984\n【勤怠】出勤日数 21日　休日出勤 2日\n差引支給額 178,016\n振込先 愛知銀行 大曽根支店 普通 3318260\n';
    const own = docFindings(slip, [box('t.nagao.1977@gmail.com', '長尾 隆之 様')]);
    expect(of(own, 'bank_account').every((x) => x.subject !== 'third_person')).toBe(true);
    const someoneElse = docFindings(slip, [box('keiri@client.example.co.jp')]);
    expect(of(someoneElse, 'bank_account').some((x) => x.subject === 'third_person')).toBe(true);
    const invoice = 'INVOICE TES-2025-0418\nTsurugi Executive Search K.K. | Registration No. T8010001204417\nBill to: Caldera Foods Japan G.K.\nTotal JPY 4,620,000\nBank: MUFG Bank, Kojimachi Branch 040, Ordinary 0518842, SWIFT BOTKJPJT\n';
    expect(of(docFindings(invoice, [box('ap@caldera.example.com')]), 'bank_account').every((x) => x.subject === 'business_contact')).toBe(true);
  });
});

describe('who a health statement is about', () => {
  it('a first name as the subject of "tested positive" is a person; a pronoun is not', () => {
    const f = run('Bad news — Priya tested positive for COVID-19 this morning, so we have to postpone the onsite session.');
    expect(best(f, 'person_name')).toBe('medium');
    expect(best(f, 'sensitive.medical')).toBe('high');
    expect(best(run('She tested positive for COVID-19 this morning.'), 'person_name')).toBe('none');
  });
  it('a kind of people (難聴のある方とのコミュニケーション) is nobody; a named person with it is', () => {
    expect(best(run('内容：BPSDの捉え方、失語症・難聴のある方とのコミュニケーション'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('利用者の田中 花子様は難聴のある方ですので、大きな声でお願いします。'), 'sensitive.medical')).toBe('high');
  });
  it('a pet’s record block (対象動物：…（ミニチュアダックスフンド）) is the animal’s, owner named or not', () => {
    const claim = '証券番号：P-2025-3318407\n契約者：村瀬様\n対象動物：こむぎ（ミニチュアダックスフンド）\n傷病名：椎間板ヘルニア（グレード2）\n診療費：54,600円\n';
    expect(best(run(claim), 'sensitive.medical')).not.toMatch(/medium|high/);
    const person = '契約者：村瀬 由美様\n傷病名：椎間板ヘルニア（グレード2）\n診療費：54,600円\n';
    expect(['medium', 'high']).toContain(best(run(person), 'sensitive.medical'));
  });
});

describe('data the addressee gave about themself', () => {
  it('their own request, quoted under "From: <their address>" in the reply to them, is theirs', () => {
    const body = 'Dear Ms. Nurul Aisyah,\n\nWe have changed your booking as requested; the kitchen will prepare a halal-friendly dinner.\n\nBest regards,\nYumori Resorts\n\n-----\nFrom: Nurul Aisyah <nurul.aisyah.h@gmail.com>\nCan we move our stay to 12 Dec? Also we need halal food please, and a place to pray.\n';
    const own = run(body, { from: box('ogura.k@yumori.example.co.jp', '小倉 健司'), to: [box('nurul.aisyah.h@gmail.com')] });
    expect(of(own, 'sensitive.creed').every((x) => x.subject !== 'third_person' || x.confidence === 'low')).toBe(true);
  });
  it('a surname is matched to an address by any of its dictionary readings (河野: Kono or Kawano)', () => {
    const body = 'ご本人確認のため、登録内容をお送りします。\n\n振込先：みなと銀行 本店 普通 1234567\n口座名義：河野 真一\n';
    const own = run(body, { to: [box('kawano.shinichi@gmail.com')] });
    expect(of(own, 'bank_account').every((x) => x.subject === 'participant')).toBe(true);
    const other = run(body, { to: [box('keiri@client.example.co.jp')] });
    expect(of(other, 'bank_account').some((x) => x.subject === 'third_person')).toBe(true);
  });
});

describe('names of other languages in English prose', () => {
  it('a given name and a surname of the lists are a person; places and restaurants are not', () => {
    expect(best(run('Valentina Cruz was the victim of an assault near her apartment on 22 January.'), 'person_name')).toBe('medium');
    expect(best(run('A student in her class, Chen Wei from Shenyang, was diagnosed with tuberculosis.'), 'person_name')).toBe('medium');
    expect(['medium', 'high']).toContain(best(run('Valentina Cruz was the victim of a sexual assault near her apartment.'), 'sensitive.crime_victim'));
    expect(best(run('The equipment moves to their new Hong Kong office on 13 October.'), 'person_name')).toBe('none');
    const list = run('Tokyo\n- Sekai Ramen Asakusa – halal ramen, prayer room on 2F\n- Gyumon Shinjuku – halal wagyu, groups up to 30\nKyoto\n- Kamo Halal Kitchen – no alcohol served\n');
    expect(best(list, 'sensitive.creed')).not.toMatch(/medium|high/);
  });
  it('a name "from our housing office" is a business contact', () => {
    const f = run('Also, Mme Laurent from our housing office asks whether the dormitory will again be available.');
    expect(of(f, 'person_name').every((x) => x.subject === 'business_contact')).toBe(true);
  });
});

describe('words of history, death certificates, advice and made-up cases', () => {
  it('a paragraph dated before 1926 speaks of people long dead', () => {
    expect(best(run('■ 病と闘った作曲家たち\nベートーヴェンは20代後半から難聴に苦しみ、1802年には遺書を書きました。\nシューマンは晩年に精神を病み、療養所で亡くなっています。\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
  it('死亡診断書 in a list of documents is the deceased’s, not a living person’s history', () => {
    expect(best(run('吉川 和子 様\n\n■ご用意いただく書類\n・保険金請求書\n・死亡診断書（死体検案書）のコピー\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
  it('advice to whoever it concerns is not a record; a request about named employees is', () => {
    expect(best(run('保護者の皆様\n\nお子さんに嘔吐・下痢などの症状が見られた場合は、かかりつけ医の受診をお願いいたします。\n\nひだまり保育園　主任保育士　小野寺 彩\nTEL 048-555-2210\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
  it('a case declared made up (患者設定（架空）, "the characters are invented") is nobody’s', () => {
    expect(best(run('【シナリオB】\n患者設定（架空）：大野 敏子さん、72歳。右大腿骨頸部骨折で人工骨頭置換術後1日目。\n既往歴：2型糖尿病（内服治療中）。\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('The characters are invented, so feel free to change names.\n---\nMr. Brown: I take something for high blood pressure.\n'), 'sensitive.health_checkup')).not.toMatch(/medium|high/);
  });
  it('a current account (当座) is a business’s', () => {
    const f = run('　商号：有限会社ひだまり保険プランニング\n　法人番号：7021002045831\n　所在地：神奈川県横須賀市大滝町2-14\n　代表者：代表取締役 小野寺 誠\n　登録番号：第2011052830号\n\n　振込先：湘南みらい銀行 本店営業部 当座 0123456\n');
    expect(of(f, 'bank_account').every((x) => x.subject === 'business_contact')).toBe(true);
  });
});

describe('identity numbers of other schemes and countries', () => {
  it('a 雇用保険被保険者番号 is an employment insurance number; an establishment number of the same shape is not', () => {
    expect(best(run('　氏名：牧野 大地\n　雇用保険被保険者番号：5012-384516-3\n'), 'employment_insurance')).toBe('high');
    expect(best(run('　事業所番号（雇用保険適用事業所番号）：1104-612447-3\n'), 'employment_insurance')).toBe('none');
  });
  it('a US SSN, a UK NI number, an Aadhaar after their labels are national ID numbers; the same digits elsewhere are not', () => {
    expect(best(run('Name: Marcus D. Williams\nSSN: 541-28-7730\nDOB: 08/19/1990\n'), 'national_id')).toBe('high');
    expect(best(run('Employee: Sanjay Mehta\nNI number: QQ 71 30 58 D   Tax code: 1257L\n'), 'national_id')).toBe('high');
    expect(best(run('Aadhaar: 4821 6630 7195\n'), 'national_id')).toBe('high');
    expect(best(run('Order 541-28-7730 shipped; tracking 4821 6630 7195.'), 'national_id')).toBe('none');
  });
  it('a number the reader is told is their own, in a mail to them alone, is theirs', () => {
    const f = run('原 雄太 様\n\n・雇用保険被保険者番号：5203-418862-7（ご本人のものです）\n・資格喪失日：2026年11月21日\n', { to: [box('yuta.hara.0712@mail.example.jp', '原 雄太')] });
    expect(of(f, 'employment_insurance').every((x) => x.subject === 'participant')).toBe(true);
  });
  it('a ゆうちょ branch in kanji numerals with its reading (〇一八（ゼロイチハチ）店) is a bank account', () => {
    expect(best(run('返金先：ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 3904417 クワハラ ダイキ'), 'bank_account')).toBe('high');
    expect(best(run('振込先：ゆうちょ銀行　〇一八（ゼロイチハチ）店　普通 4527103'), 'bank_account')).toBe('high');
  });
  it('a log line with name="…" and pan=… is a cardholder and a card', () => {
    const f = run('2025-06-09 22:14:07 ERROR auth_req order=HT-88412 name="OKAMOTO YUKI" pan=4012888888881881 exp=0928 result=E-3021');
    expect(best(f, 'person_name')).toBe('high');
    expect(['medium', 'high']).toContain(best(f, 'credit_card'));
  });
});

describe('a person named in full and then by one name', () => {
  it('the given name alone later in the text is the same person, and ties what is said of them', () => {
    const f = run('Thanks for sending Brandon over. Unfortunately we cannot move forward. The background check came back with a 2019 OVI conviction.\n\nBrandon Keller\'s interview went well otherwise.');
    expect(['medium', 'high']).toContain(best(f, 'sensitive.criminal_record'));
    const g = run('Yuto Hayashi, who will join Valmont in the spring, asked us to pass this on.\n\nYuto has a diagnosis of ADHD and autism spectrum disorder.');
    expect(best(g, 'sensitive.disability')).toBe('high');
  });
  it('a name inside a longer capitalised run is not split into repeats', () => {
    const f = run('Dear Ms. Lim,\n\nThank you for the proposal.\n\nFrom: Lim Wei Ling <sales@harbour.example.sg>\nLim Wei Ling | Director of Sales | +65 6221 4408\n');
    expect(of(f, 'person_name').some((x) => x.sample === 'W**' || x.sample.startsWith('Li') && x.sample.length <= 3)).toBe(false);
  });
});

describe('found by the blind sets 33–36', () => {
  it('a surname in capitals and a given name (NOVAK Tomas), and South Asian names (Kumar Rajesh), are people', () => {
    expect(best(run('GOP request – NOVAK Tomas – inpatient psychiatric admission (acute psychosis)'), 'sensitive.medical')).toBe('high');
    expect(best(run('Kumar Rajesh – 2021 arrest in Osaka (assault, not indicted)'), 'sensitive.criminal_procedure')).toBe('high');
  });
  it('a corporation’s kana abbreviation on an account (イ)コウジンカイ) is not a name; a Ltd. holder is an organisation', () => {
    expect(best(run('お振込先:\n みなと信用金庫 芝浦支店 普通 1183460\n 口座名義 イ)コウジンカイ\n'), 'person_name')).toBe('none');
    const f = run('Payment to:\n  Bank : Tokai Pacific Bank, Ltd., Shiba Branch\n  Account : Ordinary 3058126\n  Account name : Aurelia Pacific Airways Ltd. Japan Branch\n');
    expect(of(f, 'bank_account').every((x) => x.subject === 'business_contact')).toBe(true);
  });
  it('a speciality in a doctor’s career (感染症内科) and a show’s script are nobody’s record', () => {
    expect(best(run('佐々木は国立国際医療研究センターで感染症内科の研鑽を積みました。'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('2月の謎解きディナーショーの台本初稿です。\n\n真犯人は主治医の真鍋 京子で、黒川の持病を知っていた。\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
});

describe('a spreadsheet header that carries a short number', () => {
  it('「Case ref | Patient | DOB | … | ICD-10」 is a header row: its rows are records of people', async () => {
    const { buildTable, isHeaderRow } = await import('../../src/extract/table.js');
    const header = ['Case ref', 'Patient', 'DOB', 'Admission', 'ICD-10', 'Amount JPY'];
    const rows = [['AGH-3310', 'KOWALSKI Marta', '1979-04-22', '2024-09-03', 'K35.8', '1,032,400']];
    expect(isHeaderRow(header, rows)).toBe(true);
    const cells = (texts: string[], r: number) => ({ location: `x!${r}`, cells: texts.map((text, column) => ({ column, location: `x!${r}:${column}`, text })) });
    const table = buildTable({ location: 'attachment[1] cases.xlsx › Sheet1', source: 'attachment' }, [cells(header, 1), cells(rows[0]!, 2)]);
    expect(table.header).toEqual(header);
    expect(isHeaderRow(['2024-09-03', '090-1234-5678'], [])).toBe(false);
  });

  it('scores titled with their full marks (日本語(200), 小論文(100), 合計(400)) head a table of exam results', async () => {
    const { isHeaderRow } = await import('../../src/extract/table.js');
    const header = ['受験番号', '氏名', '国籍', '日本語(200)', '小論文(100)', '合計(400)', '判定'];
    const rows = [['I-1021', 'NGUYEN Van Hieu', 'ベトナム', '168', '72', '320', '合格']];
    expect(isHeaderRow(header, rows)).toBe(true);
    // A row of values with a bracketed number is still a row (A-12(200) is a code, 168 a score).
    expect(isHeaderRow(['I-1021', '168', '320'], [])).toBe(false);
  });
});

describe('words of minutes, rotas and lectures', () => {
  it('inquiries about a topic, a vaccine product, incident counts and clinic sessions are nobody’s record', () => {
    expect(best(run('1. 11月運営状況報告（長谷部）\n　応答率93.7%で目標達成。予防接種関係の問い合わせが前月比22%増。\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('出席：川端（施設長）、野村（看護主任）\n2.事故報告(4〜10月):計12件(転倒・転落 8件、誤薬 2件)。骨折を伴うもの1件。\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('Thu 12 Plastic Surgery 10:00–11:30 EN – Ms. Jennifer Oda\nFri 13 Health Check Centre 8:00–13:00 EN x2\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
    expect(best(run('Speakers:\n- Prof. Takeshi Arai on the legacy of Kitasato and the plague research of the 1890s\n- Dr. Mei Watanabe on measles and dengue before travelling\n'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
  it('a named person’s surgery at a clinic is still theirs', () => {
    expect(best(run('Ms. Jennifer Oda had surgery on her knee last week and is off until Friday.'), 'sensitive.medical')).toBe('high');
  });
});

describe('childhood and care-home infections', () => {
  it('a named classmate’s chickenpox, a roommate’s scabies and a traveller’s dog bite are medical history; an outbreak notice is not', () => {
    expect(best(run('同じクラスの 佐藤 ゆい ちゃん が水ぼうそう（水痘）と診断され、今週はお休みしています。'), 'sensitive.medical')).toBe('high');
    expect(best(run('同室の佐野 キヨ 様が先週、皮膚科で疥癬と診断されました。'), 'sensitive.medical')).toBe('high');
    expect(best(run('河合 俊介さんがバリ島で犬咬傷を負い、狂犬病の曝露後接種を受けています。'), 'sensitive.medical')).toBe('high');
    expect(best(run('園内で水ぼうそうが流行しています。発疹が見られた場合は受診をお願いします。'), 'sensitive.medical')).not.toMatch(/medium|high/);
  });
});
