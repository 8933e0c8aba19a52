import { describe, expect, it } from 'vitest';
import { convertToBcc } from '../../src/relay/bcc-conversion.js';

describe('forced-BCC conversion', () => {
  const raw = Buffer.from(
    [
      'Received: from a by b; Mon, 23 Nov 2026 10:00:00 +0900',
      'From: =?UTF-8?B?5bGx55Sw?= <yamada@example.co.jp>',
      'To: sato@client-a.example.com,',
      ' suzuki@client-b.example.com',
      'Subject: =?UTF-8?B?5qGI5YaF?=',
      'Cc: tanaka@client-c.example.com',
      'Message-ID: <1@example.co.jp>',
      '',
      'To: this line is in the body and stays',
      '本文',
      '',
    ].join('\r\n'),
    'utf8',
  );

  it('replaces To and Cc (with folded lines) by undisclosed-recipients and keeps every other byte', () => {
    const out = convertToBcc(raw).toString('utf8');
    expect(out).toBe(
      [
        'Received: from a by b; Mon, 23 Nov 2026 10:00:00 +0900',
        'From: =?UTF-8?B?5bGx55Sw?= <yamada@example.co.jp>',
        'To: undisclosed-recipients:;',
        'Subject: =?UTF-8?B?5qGI5YaF?=',
        'Message-ID: <1@example.co.jp>',
        '',
        'To: this line is in the body and stays',
        '本文',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves a message without To or Cc untouched', () => {
    const none = Buffer.from('From: a@example.co.jp\r\nSubject: x\r\n\r\nbody\r\n');
    expect(convertToBcc(none).equals(none)).toBe(true);
  });
});
