import { m } from './sig.mjs';
export default [
m('nishimura', { id: 'g021', expect: 'hold', kind: 'sensitive.pupil-disability', why: 'Pupil’s developmental disorder diagnosis and family situation sent to an outside tutoring school',
  to: ['教室長 <kyoshitsu@manabi-juku.example.jp>'], subject: '生徒の学習支援についてのご相談',
  text: `まなび個別指導塾 元町教室
教室長 様

桜ヶ丘高校 2年3組担任の西村です。保護者の方のご了承を得て、ご連絡しております。

当クラスの 宮本 颯太 さんは、中学時代に ADHD（注意欠如・多動症）と診断され、
現在も服薬しながら通院しています。
ご両親が今年離婚され、現在は母親と二人暮らしで、経済的にも厳しい状況と伺っています。

授業では座席を前方にし、課題を小分けにすることで集中が続いています。
塾でも同様のご配慮をいただけると助かります。`,
  personal: [{ type: 'name', value: '宮本 颯太' }, { type: 'disability', value: 'ADHD（注意欠如・多動症）と診断され' }, { type: 'family', value: 'ご両親が今年離婚され' }] }),
m('fujimoto', { id: 'g022', expect: 'pass', kind: 'benign.school-event', why: 'School festival notice to the neighbourhood association; no pupil data',
  to: ['元町三丁目町内会 会長 <chonaikai3@motomachi.example.jp>'], subject: '桜ヶ丘祭（文化祭）開催のお知らせ',
  text: `元町三丁目町内会
会長 様

日頃より本校の教育活動にご理解とご協力を賜り、厚く御礼申し上げます。
本年度の桜ヶ丘祭を下記のとおり開催いたします。

　日時：2026年12月12日（土）・13日（日）9:30〜15:30
　一般公開：13日（日）のみ（事前登録制）
　内容：クラス展示、吹奏楽部演奏会、有志バンド、PTAバザー

期間中は来場者の増加により、元町通りの混雑が予想されます。
路上駐車の防止のため、教職員が巡回いたします。
ご迷惑をおかけしますが、何卒ご理解のほどお願い申し上げます。

お問い合わせ：広報室 045-621-3307（平日 8:30〜17:00）`, }),
m('yoshikawa', { id: 'g023', expect: 'hold', kind: 'roster.pupils-xlsx', why: 'Pupil roster with names, dates of birth, addresses and guardians’ phones sent to a travel agency',
  to: ['教育旅行センター <kyoiku@sakura-travel.example.co.jp>'], subject: '修学旅行 参加者名簿の送付',
  text: `さくらトラベル株式会社
教育旅行センター ご担当 柴田様

教務部の吉川です。
沖縄修学旅行の航空券手配用に、2年生の参加者名簿を添付いたします。
アレルギー・持病欄も記入しておりますので、宿泊先へのご連絡にご利用ください。`,
  attachments: [{ filename: '2年_修学旅行名簿.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: `組	番号	氏名	性別	生年月日	住所	保護者連絡先	アレルギー・持病
1	1	相原 大翔	男	2010/04/18	横浜市中区山手町88-3	090-2231-4876	なし
1	2	井上 結衣	女	2010/07/02	横浜市南区六ツ川2-14-9	080-6610-2295	そば
1	3	上田 湊	男	2010/09/27	横浜市磯子区森3-7-21	070-1348-8820	てんかん（服薬中）
1	4	遠藤 心春	女	2011/01/15	横浜市中区本牧町1-55	090-7782-0134	1型糖尿病（インスリン）` }],
  personal: [{ type: 'name', value: '相原 大翔' }, { type: 'birthdate', value: '2010/04/18' }, { type: 'address', value: '横浜市中区山手町88-3' }, { type: 'phone', value: '090-2231-4876' }, { type: 'diagnosis', value: 'てんかん（服薬中）' }, { type: 'diagnosis', value: '1型糖尿病（インスリン）' }, { type: 'name', value: '上田 湊' }, { type: 'name', value: '遠藤 心春' }] }),
m('morita', { id: 'g024', expect: 'pass', kind: 'benign.invoice', why: 'School pays a contractor; bank account is the contractor’s corporate account',
  to: ['経理 <keiri@yokohama-kucho.example.co.jp>'], subject: 'Re: 空調設備工事代金のお支払いについて',
  text: `横浜空調工業株式会社
経理ご担当 様

法人事務局 経理課の森田です。
請求書（No. YK-26-0388、金額 4,950,000円）を受領いたしました。
12月末日に下記口座へお振込みいたします。念のため口座をご確認ください。

　はまかぜ銀行 関内支店 当座 0071452
　ヨコハマクウチヨウコウギヨウ（カ

振込手数料は当方負担といたします。

> 11月分の工事代金の請求書を郵送いたしました。
> 工事件名：高校棟 空調設備更新工事（第2期）
> 横浜空調工業株式会社 経理部 大塚`, }),
m('ishii', { id: 'g025', expect: 'hold', kind: 'health.pupil-mental', why: 'School nurse sends a named pupil’s self-harm and eating disorder to an outside counselling office',
  to: ['カウンセリングルームこもれび <info@komorebi-counsel.example.jp>'], subject: 'ご相談の生徒について（継続）',
  text: `カウンセリングルームこもれび
臨床心理士 堀先生

養護教諭の石井です。先週お電話でご相談した生徒について、経過をお送りします。

1年4組 小林 芽依（こばやし めい）さん
・11/20 左前腕にリストカットの跡を確認（本人は否定）
・昼食をほとんど取らず、体重が2か月で6kg減少。摂食障害の疑い
・保護者（母）は精神科受診に消極的

スクールカウンセラーの来校日が月1回のため、外部でのご対応をお願いできればと思います。`,
  personal: [{ type: 'name', value: '小林 芽依' }, { type: 'health', value: 'リストカットの跡' }, { type: 'diagnosis', value: '摂食障害の疑い' }] }),
m('yoshikawa', { id: 'g026', expect: 'pass', kind: 'benign.successor', why: '後任 introduction to the board of education; business contacts only',
  to: ['横浜市教育委員会 指導主事 北原様 <kitahara@edu.yokohama-city.example.lg.jp>'], subject: '担当者交代のご挨拶',
  text: `横浜市教育委員会事務局
指導主事 北原様

平素より大変お世話になっております。桜ヶ丘学園 教務部の吉川です。

私事で恐縮ですが、2027年4月1日付で法人本部へ異動となり、
教務部長の職は 副部長の 浅野 久美子 が引き継ぐこととなりました。
在任中は入試制度の改定などで多大なご支援を賜り、心より御礼申し上げます。

浅野の連絡先は下記のとおりです。
　浅野 久美子　asano@sakuragaoka.example.ac.jp　045-621-3307（内線 215）

後日、浅野とともにご挨拶に伺いたく存じます。`, }),
m('nishimura', { id: 'g027', expect: 'hold', kind: 'crime.pupil-juvenile', why: 'Named pupil’s arrest and juvenile case handed to an outside party (part-time employer)',
  to: ['店長 <tencho.motomachi@cafe-levain.example.jp>'], subject: '生徒のアルバイトについて',
  text: `カフェ・ルヴァン 元町店
店長 様

桜ヶ丘高校の西村と申します。貴店でアルバイトをしている本校生徒の件でご連絡いたしました。

2年3組の 大川 蒼 さんですが、11月21日に万引き（窃盗）の疑いで加賀町警察署に補導・逮捕され、
現在、家庭裁判所で少年審判の手続き中です。
学校としては、処分が決まるまでアルバイトを控えるよう本人に指導しております。

ご迷惑をおかけし、申し訳ございません。`,
  personal: [{ type: 'name', value: '大川 蒼' }, { type: 'criminal_record', value: '万引き（窃盗）の疑いで加賀町警察署に補導・逮捕され' }, { type: 'juvenile_case', value: '家庭裁判所で少年審判の手続き中' }] }),
m('fujimoto', { id: 'g028', expect: 'pass', kind: 'benign.press-release', why: 'Press release naming the chairman and principal (public role holders)',
  to: ['神奈川教育新聞 編集部 <news@kanagawa-kyoiku.example.co.jp>', 'タウンニュース中区版 <naka@town-news.example.co.jp>'], subject: '【プレスリリース】桜ヶ丘学園 創立100周年記念事業について',
  text: `報道関係各位

学校法人 桜ヶ丘学園（理事長：久保田 英明、以下 本学園）は、2027年に創立100周年を迎えるにあたり、
記念事業として新校舎「センテニアルホール」の建設と、給付型奨学金「桜ヶ丘100年基金」の創設を決定いたしました。

■ 新校舎：地上5階建て、図書館・ラーニングコモンズ・理科実験室を集約（2028年3月竣工予定）
■ 奨学金：年額50万円、各学年5名（家計基準あり、返済不要）

校長 宮田 智子 は「次の100年も、生徒一人ひとりの挑戦を支える学校でありたい」と述べています。

【本件に関するお問い合わせ】
学校法人 桜ヶ丘学園 広報室 藤本
TEL 045-621-3307 / fujimoto@sakuragaoka.example.ac.jp`, }),
m('ishii', { id: 'g029', expect: 'pass', kind: 'benign.health-programme', why: 'Influenza vaccination arrangement with a clinic; counts only, no individual',
  to: ['元町こどもクリニック <uketsuke@motomachi-kids.example.jp>'], subject: '教職員インフルエンザ予防接種の集団接種について',
  text: `元町こどもクリニック 御中

養護教諭の石井です。例年お世話になっております。
今年度の教職員向けインフルエンザ予防接種（校内集団接種）について、下記でお願いできますでしょうか。

　希望日：12月9日（水）15:30〜17:00
　場所：本校 保健室・会議室
　接種予定人数：教職員 68名
　費用：1名 3,500円（学園負担、一括請求でお願いします）

予診票は前日までに取りまとめ、当日お渡しいたします。
卵アレルギー等で接種できない方は、各自で医療機関を受診するよう案内しております。`, }),
m('morita', { id: 'g030', expect: 'hold', kind: 'bank.private-person', why: 'Refund to a parent: private person’s bank account with name sent to an outside payroll vendor',
  to: ['振込代行 <furikomi@payline.example.co.jp>'], subject: '授業料返金の振込依頼（1件）',
  text: `ペイライン株式会社
振込代行サービス ご担当者様

経理課の森田です。退学に伴う授業料返金について、振込をお願いします。

　受取人：野村 康弘 様（生徒保護者）
　口座：みなと信用金庫 本牧支店 普通 3318207
　口座名義：ノムラ ヤスヒロ
　金額：187,500円
　振込指定日：12月4日

よろしくお願いいたします。`,
  personal: [{ type: 'name', value: '野村 康弘' }, { type: 'bank_account', value: 'みなと信用金庫 本牧支店 普通 3318207' }] }),
m('yoshikawa', { id: 'g031', expect: 'pass', kind: 'benign.seminar', why: 'Teacher training on bullying, crime prevention and special-needs education; general',
  to: ['研修担当 <kenshu@kanagawa-shigaku.example.or.jp>'], subject: 'Re: 教員研修会の講師依頼について',
  text: `神奈川県私立中学高等学校協会
研修担当 様

教務部の吉川です。講師のご依頼、ありがとうございます。お引き受けいたします。

演題案：「いじめ・SNS犯罪から生徒を守る ― 校内連携と発達障害のある生徒への支援」
　1. いじめ防止対策推進法と重大事態の対応
　2. SNSを介した性犯罪・闇バイト勧誘の最新動向（県警資料より）
　3. 通級指導・合理的配慮の実践例（個人が特定されない形で紹介）

所要は90分を想定しています。スライドは1月上旬にお送りします。

> 2月の研修会にて、貴校の取組みについてご講演をお願いできないでしょうか。
> 協会 研修担当 丸山`, }),
m('nishimura', { id: 'g032', expect: 'hold', kind: 'recipients.many-visible', why: 'Mail to 12 outside parents with all addresses visible in To (forgotten BCC)',
  to: ['aihara.family@gmail.example.com', 'yui.inoue.mama@yahoo.example.co.jp', 'ueda-h@docomo.example.ne.jp', 'endo.koharu.p@gmail.example.com', 'okada.k1977@outlook.example.jp', 'kato_family@icloud.example.com', 'kimura.ryo@ezweb.example.ne.jp', 'kudo-mika@gmail.example.com', 'sakamoto.t@softbank.example.ne.jp', 'shimizu0822@yahoo.example.co.jp', 'suzuki.house@nifty.example.com', 'takeda-papa@gmail.example.com'],
  subject: '【2年3組】三者面談の日程について',
  text: `2年3組 保護者の皆様

いつもお世話になっております。担任の西村です。
三者面談の日程表を添付いたしました。ご都合が悪い場合は12月4日までにご連絡ください。

・面談期間：12月14日（月）〜18日（金）
・1組あたり20分、場所は2年3組教室です。`,
  attachments: [{ filename: '三者面談日程表.pdf', contentType: 'application/pdf', text: '2年3組 三者面談日程 12/14 15:00 相原 15:20 井上 15:40 上田 16:00 遠藤 12/15 15:00 岡田 15:20 加藤' }],
  personal: [{ type: 'email', value: 'aihara.family@gmail.example.com' }, { type: 'email', value: 'takeda-papa@gmail.example.com' }] }),
m('fujimoto', { id: 'g033', expect: 'pass', kind: 'benign.religious-customer', why: 'Business with a religious corporation (宗教法人) as a venue; no person’s belief',
  to: ['宗教法人 元町カトリック教会 事務室 <office@motomachi-catholic.example.or.jp>'], subject: 'クリスマス礼拝・聖歌隊演奏会の会場使用について',
  text: `宗教法人 元町カトリック教会
事務室 御中

桜ヶ丘学園 広報室の藤本です。
例年どおり、本校合唱部のクリスマス演奏会で聖堂をお借りしたく、ご相談申し上げます。

　日時：12月20日（日）14:00〜16:00（準備 13:00〜）
　人数：合唱部員 32名、引率教員 3名、来場者 約150名
　使用料：前年同額（50,000円）をお振込みにてお支払い予定

ミサの時間と重ならないよう調整いたします。ご確認のほどよろしくお願いいたします。`, }),
m('ishii', { id: 'g034', expect: 'hold', kind: 'health.allergy-list', why: 'List of named pupils’ allergies and chronic illnesses sent to an outside caterer',
  to: ['栄養士 <eiyo@yokohama-kyushoku.example.co.jp>'], subject: '中学 給食対応が必要な生徒一覧（3学期）',
  text: `横浜給食サービス株式会社
栄養士 ご担当 様

養護教諭の石井です。3学期の除去食対応が必要な生徒をお知らせします。

1年1組 佐々木 悠真　小麦・卵（アナフィラキシー既往、エピペン所持）
1年3組 田中 杏　　　乳
2年2組 中村 陽翔　　クローン病のため低脂肪食
3年1組 原田 さくら　甲殻類、セリアック病

よろしくお願いいたします。`,
  personal: [{ type: 'name', value: '佐々木 悠真' }, { type: 'health', value: 'アナフィラキシー既往、エピペン所持' }, { type: 'name', value: '中村 陽翔' }, { type: 'diagnosis', value: 'クローン病' }, { type: 'name', value: '原田 さくら' }, { type: 'diagnosis', value: 'セリアック病' }] }),
m('morita', { id: 'g035', expect: 'pass', kind: 'benign.order', why: 'Textbook order with ISBNs and order numbers; no person',
  to: ['学校営業部 <gakko@kannai-shoten.example.co.jp>'], subject: '来年度 副教材の注文（注文番号 SG-2027-015）',
  text: `関内書店 学校営業部 御中

経理課の森田です。来年度の副教材を下記のとおり注文いたします。

書名                          ISBN                 部数
新課程 数学IIB 問題集         978-4-410-12345-6    240
英単語ターゲット 1900         978-4-01-034567-8    238
詳説 日本史図録               978-4-634-02543-1    120

納品：2027年3月24日（水）午前、体育館横の搬入口
請求書は法人事務局 経理課宛にお願いします。`, }),
m('yoshikawa', { id: 'g036', expect: 'hold', kind: 'sensitive.religion-ethnicity', why: 'Named pupil’s religion and nationality/ethnic background sent to an exchange-programme company',
  to: ['留学プログラム担当 <program@worldbridge-ex.example.co.jp>'], subject: 'ホームステイ先のマッチングについて',
  text: `ワールドブリッジ株式会社
留学プログラム担当 様

教務部の吉川です。ホームステイ参加予定者について補足いたします。

・アフマド・ライアン さん（高1）：パキスタン国籍の父と日本人の母。ムスリムのため
  ハラール食とお祈りの時間への配慮が必要です。
・金 智恩（キム・ジウン）さん（高2）：在日韓国人3世。本名での参加を希望しています。

受け入れ家庭への事前説明をお願いいたします。`,
  personal: [{ type: 'name', value: 'アフマド・ライアン' }, { type: 'religion', value: 'ムスリム' }, { type: 'race', value: 'パキスタン国籍の父と日本人の母' }, { type: 'name', value: '金 智恩' }, { type: 'race', value: '在日韓国人3世' }] }),
m('fujimoto', { id: 'g037', expect: 'pass', kind: 'benign.congratulations', why: 'Congratulations to a partner school on an award; no sensitive data',
  to: ['校長 <kocho@minato-jh.example.ac.jp>'], subject: '全国大会ご優勝のお祝い',
  text: `みなと学院中学校
校長 先生

このたびは、貴校吹奏楽部の全日本吹奏楽コンクール金賞受賞、誠におめでとうございます。
合同練習でご一緒した本校部員一同も、大いに刺激を受けております。

来春の合同演奏会でも、どうぞよろしくお願い申し上げます。`, }),
m('nishimura', { id: 'g038', expect: 'pass', kind: 'benign.it-outage', why: '障害 meaning a system outage of the school portal; no person',
  to: ['サポートデスク <support@edu-portal.example.co.jp>'], subject: 'Fw: 【障害】学習ポータルにログインできない',
  text: `エデュポータル株式会社 サポートデスク 御中

お世話になっております。桜ヶ丘高校の西村です。
本校の情報担当から下記の報告がありましたので転送いたします。
障害の状況と復旧見込みをお知らせください。

---------- Forwarded message ---------
From: 情報システム担当 <joho@sakuragaoka.example.ac.jp>
Date: 2026年11月30日(月) 8:15
Subject: 【障害】学習ポータルにログインできない

今朝7:50頃から、生徒・教員ともに学習ポータルへのログインで「認証サーバ応答なし（AUTH-504）」が出ます。
契約ID：EP-SK-00231、テナント：sakuragaoka-hs
1限の小テストを紙に切り替えました。`, }),
m('ishii', { id: 'g039', expect: 'hold', kind: 'crime.victim', why: 'Named pupil as victim of a sexual offence reported to an outside counselling NPO',
  to: ['相談窓口 <soudan@kanagawa-higaisha.example.or.jp>'], subject: '被害にあった生徒への支援のお願い',
  text: `かながわ犯罪被害者支援センター
相談窓口 ご担当者様

桜ヶ丘中学校 養護教諭の石井です。

本校3年の 山口 莉子 さんが、11月25日の下校中に元町公園付近で見知らぬ男から
わいせつ被害を受け、現在、山手警察署が捜査中です。
ご本人と保護者（母：山口 由香 様 080-4471-2098）が、カウンセリングと
裁判手続きの付き添い支援を希望されています。`,
  personal: [{ type: 'name', value: '山口 莉子' }, { type: 'crime_victim', value: 'わいせつ被害を受け' }, { type: 'name', value: '山口 由香' }, { type: 'phone', value: '080-4471-2098' }] }),
m('morita', { id: 'g040', expect: 'hold', kind: 'ppap.encrypted-zip', why: 'Encrypted zip (PPAP) attachment sent to an outside auditor',
  to: ['監査法人 みなとみらい <audit-sakura@mm-audit.example.jp>'], subject: '決算関係資料の送付',
  text: `監査法人みなとみらい
ご担当 竹内様

経理課の森田です。
中間監査用の資料をお送りいたします。パスワードは別メールでお送りします。`,
  attachments: [{ filename: '中間監査資料_2026.zip', contentType: 'application/zip', encrypted: true }] }),
];
