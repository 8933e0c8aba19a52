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
    expect(best(run('Sophie Tan and Grace Lim will join the call on Thursday.'), 'person_name')).toBe('none');
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
