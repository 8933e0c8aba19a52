import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import { createDetector } from '../../src/detect/index.js';
import { detector, mail, of } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});

describe('masking and hashing', () => {
  const body = '山田 太郎様の携帯は090-1234-5678、カードは4111 1111 1111 1111、マイナンバー 123456789018 です。';
  it('samples and contexts never carry full values', () => {
    const r = d.detect(mail(body, { source: 'attachment' }));
    expect(of(r.findings, 'phone')[0]?.sample).toBe('090-****-5678');
    expect(of(r.findings, 'credit_card')[0]?.sample).toBe('4111 **** **** 1111');
    expect(of(r.findings, 'person_name')[0]?.sample).toBe('山田 **');
    expect(of(r.findings, 'my_number')[0]?.sample).toBe('********9018');
    const json = JSON.stringify(r);
    for (const secret of ['1234-5678', '4111 1111 1111 1111', '123456789018', '太郎']) expect(json).not.toContain(secret);
  });

  it('hashes are keyed and stable across formats of the same value', async () => {
    const a = of(d.detect(mail('携帯 090-1234-5678')).findings, 'phone')[0]!;
    const b = of(d.detect(mail('携帯 ０９０１２３４５６７８')).findings, 'phone')[0]!;
    expect(a.hashes).toEqual(b.hashes);
    const other = await createDetector({ hashKey: 'another-key' });
    expect(of(other.detect(mail('携帯 090-1234-5678')).findings, 'phone')[0]!.hashes).not.toEqual(a.hashes);
  });
});

describe('merging and summary', () => {
  it('merges by category, confidence and location with a count', () => {
    const r = d.detect(mail('TEL 090-1111-2222 / TEL 090-3333-4444 / 090-1111-2222', { source: 'attachment' }));
    const phones = of(r.findings, 'phone');
    expect(phones).toHaveLength(1);
    expect(phones[0]).toMatchObject({ confidence: 'high', count: 3 });
    expect(phones[0]!.hashes).toHaveLength(2);
    expect(r.summary.categories['phone']).toBe(3);
  });

  it('counts only medium and high in summary.categories', () => {
    const r = d.detect(mail('参照 123456789018', { source: 'attachment' }));
    expect(of(r.findings, 'my_number')[0]?.confidence).toBe('low');
    expect(r.summary.categories).toEqual({});
  });

  it('every finding has a confidence, location and reason', () => {
    const r = d.detect(mail('生年月日：1985年4月12日 住所：東京都千代田区丸の内1-2-3', { source: 'attachment' }));
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(['high', 'medium', 'low']).toContain(f.confidence);
      expect(f.location).toBe('body (text/plain)');
      expect(f.reason).toBeTruthy();
    }
  });

  it('reports encrypted and uninspectable parts', () => {
    const ex = mail('添付をご確認ください。');
    ex.encrypted.push({ location: 'attachment[1] 名簿.zip', reason: 'encrypted', detail: 'password-protected zip', type: 'application/zip' });
    ex.uninspectable.push({ location: 'attachment[2] scan.png', reason: 'unsupported_format', detail: 'image', type: 'image/png' });
    const r = d.detect(ex);
    expect(of(r.findings, 'encrypted_attachment')[0]).toMatchObject({ confidence: 'high', count: 1, location: 'attachment[1] 名簿.zip' });
    expect(of(r.findings, 'uninspectable')[0]).toMatchObject({ location: 'attachment[2] scan.png' });
  });
});
