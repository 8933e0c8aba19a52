import { categoryLabel, isPersonalCategory } from '../policy/categories.js';
import { jstDateTime } from './report.js';
import type { Incident } from './types.js';

/** Marks text a person must replace before the notice goes out. */
export const toWrite = (what: string) => `【要記入: ${what}】`;

/**
 * Draft of the notice to the people concerned (法第26条第2項, 規則第10条): what happened, which
 * items, what was done, contact — prefilled from the incident, the rest marked 【要記入】.
 */
export function draftNotice(incident: Incident): { subject: string; body: string } {
  const d = incident.data;
  const categories = new Set<string>();
  for (const m of d.messages) for (const [c, n] of Object.entries(m.categories)) if (n > 0 && isPersonalCategory(c)) categories.add(c);
  const items = [...categories].map((c) => categoryLabel(c).ja);
  const sent = d.messages.map((m) => m.leftAt ?? m.receivedAt).sort((a, b) => a - b)[0];
  const body = [
    `${toWrite('本人の氏名')} 様`,
    '',
    '個人情報の漏えいに関するお詫びとお知らせ',
    '',
    `このたび、当社が取り扱うお客様の個人情報を含む電子メールを、${sent ? `${jstDateTime(sent).slice(0, 10).replace(/-/g, '/')}` : toWrite('送信日')}に誤って社外の第三者に送信する事案が発生いたしました。`,
    'お客様には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。',
    '',
    '1. 概要',
    `   ${jstDateTime(d.awareAt).slice(0, 10).replace(/-/g, '/')}、当社従業員が送信した電子メールが、本来の宛先とは異なる宛先に送信されていたことが判明しました。`,
    `   ${toWrite('経緯の説明')}`,
    '2. 漏えい等が発生し又は発生したおそれがある個人情報の項目',
    `   ${items.length ? items.join('、') : toWrite('項目')}`,
    '3. 原因',
    `   ${toWrite('原因')}`,
    '4. 二次被害又はそのおそれの有無及びその内容',
    `   ${toWrite('誤送信先への削除依頼の結果、二次被害の有無')}`,
    '5. 当社の対応',
    `   ${toWrite('削除依頼・削除確認、個人情報保護委員会への報告等')}`,
    '6. 再発防止策',
    `   ${toWrite('再発防止策')}`,
    '7. お問い合わせ先',
    `   ${toWrite('窓口名・電話番号・受付時間・メールアドレス')}`,
    '',
    `${toWrite('会社名・代表者名')}`,
  ].join('\n');
  return { subject: '個人情報の漏えいに関するお詫びとお知らせ', body };
}
