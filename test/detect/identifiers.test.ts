import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import { best, detector, mail, of } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});
const run = (body: string) => d.detect(mail(body, { source: 'attachment' })).findings;

describe('My Number', () => {
  it('is high with check digit and keyword, in any width or grouping', () => {
    expect(best(run('マイナンバー：123456789018'), 'my_number')).toBe('high');
    expect(best(run('個人番号 １２３４－５６７８－９０１８'), 'my_number')).toBe('high');
    expect(best(run('マイナンバーは 1 2 3 4 5 6 7 8 9 0 1 8 です'), 'my_number')).toBe('high');
  });
  it('is low on a bare number passing the check digit', () => {
    expect(best(run('参照 123456789018 を確認'), 'my_number')).toBe('low');
  });
  it('is not reported for a form sample, an order number or an unlabelled number whose check digit fails', () => {
    expect(best(run('マイナンバー：123456789019'), 'my_number')).toBe('none');
    expect(best(run('注文番号：123456789018'), 'my_number')).toBe('none');
    expect(best(run('お問い合わせ 602895661972'), 'my_number')).toBe('none');
  });
  it('is medium right after its label even when the check digit fails (a mistyped or made-up number read as one)', () => {
    expect(best(run('個人番号 602895661972'), 'my_number')).toBe('medium');
    expect(best(run('マイナンバー：6028 9566 1972'), 'my_number')).toBe('medium');
  });
});

describe('corporate number', () => {
  it('is medium on check digit, high with keyword', () => {
    expect(best(run('コード 7123456789012'), 'corporate_number')).toBe('medium');
    expect(best(run('法人番号：7123456789012'), 'corporate_number')).toBe('high');
    expect(best(run('登録番号 T7123456789012'), 'corporate_number')).toBe('high');
  });
  it('is not reported on a failing check digit or a JAN code label', () => {
    expect(best(run('法人番号：8123456789012'), 'corporate_number')).toBe('none');
    expect(best(run('JANコード 7123456789012'), 'corporate_number')).toBe('none');
  });
});

describe('credit card', () => {
  it('validates issuer range and Luhn', () => {
    expect(best(run('カード番号 4111-1111-1111-1111'), 'credit_card')).toBe('high');
    expect(best(run('お支払い 3530 1113 3330 0000'), 'credit_card')).toBe('medium');
    expect(best(run('カード番号 4111-1111-1111-1112'), 'credit_card')).toBe('none');
    expect(best(run('カード番号 9111-1111-1111-1111'), 'credit_card')).toBe('none');
  });
  it('is low ungrouped without keyword', () => {
    expect(best(run('ID 4111111111111111'), 'credit_card')).toBe('low');
  });
});

describe('phone', () => {
  it.each([
    ['携帯 090-1234-5678', 'high'],
    ['TEL (03) 1234-5678', 'high'],
    ['03-1234-5678 まで', 'medium'],
    ['+81-90-1234-5678 へ', 'medium'],
    ['0120-123-456 にお電話', 'high'],
    ['050-1234-5678 宛', 'medium'],
    ['連絡先 ０８０－１２３４－５６７８', 'high'],
    ['携帯は〇九〇ー一二三四ー五六七八です', 'high'],
    ['携帯 0 9 0 1 2 3 4 5 6 7 8', 'high'],
    // Other countries' numbers in international form (found by the fourteenth hand-written set).
    ['mobile +33 6 71 24 88 30', 'high'],
    ['"phone":"+254722418903"', 'high'],
    ['call +1 (415) 555-0132 after 5pm', 'medium'],
  ])('%s → %s', (text, confidence) => {
    expect(best(run(text), 'phone')).toBe(confidence);
  });
  it('ignores postal codes, dates, prices and model numbers', () => {
    const f = run('〒100-0005 2024-03-15 価格 1,234,567円 型番 AB-0312-3456 受注番号 0312345678 温度 +25 ℃ 増減 +12,500 +3.5%');
    expect(best(f, 'phone')).toBe('none');
  });
});

describe('e-mail address', () => {
  it('is found with masked local part', () => {
    const [f] = of(run('連絡は taro.yamada@example.co.jp まで'), 'email_address');
    expect(f?.confidence).not.toBe('low');
    expect(f?.sample).toBe('t***@example.co.jp');
  });
});

describe('birth date', () => {
  it('needs birth context', () => {
    expect(best(run('生年月日：1985年4月12日'), 'birth_date')).toBe('high');
    expect(best(run('生年月日 昭和60年4月12日'), 'birth_date')).toBe('high');
    expect(best(run('平成元年1月8日生まれ'), 'birth_date')).toBe('high');
    expect(best(run('誕生日 1990/07/01'), 'birth_date')).toBe('high');
    expect(best(run('会議は2024年4月12日に開催します'), 'birth_date')).toBe('none');
  });
  it('rejects impossible dates', () => {
    expect(best(run('生年月日：1985年13月12日'), 'birth_date')).toBe('none');
  });
});

describe('bank account', () => {
  it('needs bank, branch, type and 7 digits', () => {
    expect(best(run('振込先：みずほ銀行 渋谷支店 普通 1234567'), 'bank_account')).toBe('high');
    expect(best(run('ゆうちょ銀行 記号 12345 番号 1234567'), 'bank_account')).toBe('high');
    expect(best(run('みずほ銀行の 1234567 件'), 'bank_account')).toBe('none');
  });
});

describe('placeholders', () => {
  it('a form’s 〇〇〇〇 〇〇〇〇 〇〇〇〇 is no My Number, though zeros pass the check digit', () => {
    expect(best(run('あなたの個人番号：〇〇〇〇 〇〇〇〇 〇〇〇〇'), 'my_number')).toBe('none');
    expect(best(run('個人番号：000000000000'), 'my_number')).toBe('none');
  });
});

describe('documents reported only with a keyword', () => {
  it('passport', () => {
    expect(best(run('パスポート番号 TK1234567'), 'passport')).toBe('high');
    expect(best(run('製品 TK1234567'), 'passport')).toBe('none');
  });
  it("other countries' passport formats right after a passport label", () => {
    expect(best(run('Passport No.: PAF418273 (issued 02 Jun 2021)'), 'passport')).toBe('high');
    expect(best(run('1. J. Doe (UK) – Passport 531864207 – DOB 1985-02-11'), 'passport')).toBe('high');
    expect(best(run('旅券番号：A41822937'), 'passport')).toBe('high');
    // The same shapes without the label, or after another label, are order and ticket numbers.
    expect(best(run('Order No.: PAF418273'), 'passport')).toBe('none');
    expect(best(run('passport renewal fee: 16000 yen, ticket 531864207'), 'passport')).toBe('none');
  });
  it("driver's licence", () => {
    expect(best(run('運転免許証番号 301234567890'), 'drivers_license')).toBe('high');
    expect(best(run('管理番号 301234567890'), 'drivers_license')).toBe('none');
  });
  it('residence card', () => {
    expect(best(run('在留カード番号 AB12345678CD'), 'residence_card')).toBe('high');
    expect(best(run('部品 AB12345678CD'), 'residence_card')).toBe('none');
  });
  it('health insurance', () => {
    expect(best(run('保険証 記号 1234 番号 567'), 'health_insurance')).toBe('high');
    expect(best(run('被保険者番号：12345678'), 'health_insurance')).toBe('high');
    expect(best(run('記号 1234 番号 567'), 'health_insurance')).toBe('none');
  });
  it('pension number', () => {
    expect(best(run('基礎年金番号 1234-567890'), 'pension_number')).toBe('high');
    expect(best(run('伝票 1234-567890'), 'pension_number')).toBe('none');
  });
});

describe('found by the fifteenth to eighteenth hand-written sets', () => {
  it('an account number field of a JSON export beside a bank field; not without one', () => {
    const payload = '{\n "worker_id": "100482",\n "bank_name": "みずほ銀行",\n "branch_code": "259",\n "account_type": "普通",\n "account_number": "3184726"\n}';
    expect(best(run(payload), 'bank_account')).toBe('high');
    expect(best(run('{"order_id": "A-1", "account_number": "3184726", "status": "shipped"}'), 'bank_account')).toBe('none');
  });
  it('a date on the line below a birth date, under its own label, is no birth date', () => {
    const r = run('氏名 浜田 浩二　生年月日 1968年4月2日\n受診日 2022/05/18 身長 171.2cm');
    expect(of(r, 'birth_date').reduce((n, f) => n + f.count, 0)).toBe(1);
  });
  it('a passport number after a label naming the issuing country', () => {
    expect(best(run('Passport (Sweden): 93847162'), 'passport')).toBe('high');
    expect(best(run('旅券番号（米国）：567123489'), 'passport')).toBe('high');
    expect(best(run('Passport No.: P7719264B'), 'passport')).toBe('high');
  });
});
