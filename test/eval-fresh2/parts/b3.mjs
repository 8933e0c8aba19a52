import { m } from './sig.mjs';
export default [
m('matsushita', { id: 'g041', expect: 'hold', kind: 'background.temp-worker', why: 'Temp worker’s background check with criminal record and debt sent to the client company',
  to: ['人事部 <jinji@chubu-logi.example.co.jp>'], subject: '派遣スタッフ 事前確認結果のご報告（倉庫管理）',
  text: `中部ロジスティクス株式会社
人事部 ご担当 様

いつもお世話になっております。ネクストスタッフの松下です。
12月から倉庫管理業務にご就業予定のスタッフについて、ご依頼の事前確認結果をご報告します。

　氏名：前田 剛（まえだ つよし）　38歳
　職歴：運送会社2社、計11年
　確認事項：
　　・2019年に道路交通法違反（酒気帯び運転）で罰金刑、免許取消歴あり（2022年再取得）
　　・個人再生手続きの経歴あり（2021年）
　　・前職は人間関係を理由に退職

ご判断のほど、よろしくお願いいたします。`,
  personal: [{ type: 'name', value: '前田 剛' }, { type: 'criminal_record', value: '道路交通法違反（酒気帯び運転）で罰金刑' }, { type: 'financial', value: '個人再生手続きの経歴あり' }] }),
m('nakano', { id: 'g042', expect: 'pass', kind: 'benign.job-posting', why: 'Job posting with salary ranges, no named worker',
  to: ['掲載チーム <keisai@haken-navi.example.jp>'], subject: '【掲載依頼】一般事務（名古屋駅）ほか2件',
  text: `派遣ナビ 掲載チーム 御中

採用チームの中野です。下記3件の求人掲載をお願いいたします。

1) 一般事務（名古屋駅徒歩3分、大手メーカー）
　時給 1,400〜1,550円／平日 8:45〜17:30／交通費全額支給
2) コールセンター（栄、金融系、未経験可）
　時給 1,500円＋インセンティブ／シフト制 週4日〜
3) 製造オペレーター（豊田市、送迎バスあり）
　月収例 32万円（夜勤・残業手当含む）／寮費補助あり

障害者雇用枠の応募も歓迎する旨、1)に追記をお願いします。
掲載期間：12月7日〜12月20日`, }),
m('okamoto', { id: 'g043', expect: 'hold', kind: 'salary.payroll-csv', why: 'Payroll CSV with named staff, pay and bank accounts sent to an outside payroll vendor',
  to: ['給与計算センター <kyuyo@tokai-bpo.example.co.jp>'], subject: '11月度 派遣スタッフ給与データ',
  text: `東海BPOサービス株式会社
給与計算センター 御中

管理部の岡本です。11月度の給与データを添付いたします。
振込日は12月10日でお願いいたします。`,
  attachments: [{ filename: '202611_kyuyo.csv', contentType: 'text/csv', text: `スタッフID,氏名,勤務時間,時給,総支給額,控除計,差引支給額,振込先
S10482,今井 由紀,168.0,1450,243600,41210,202390,あいち中央銀行 栄支店 普通 4412087
S10517,上野 翔太,152.5,1500,228750,38880,189870,名古屋東信用金庫 本店 普通 1029384
S10623,菊池 真理子,120.0,1380,165600,22450,143150,ゆうちょ銀行 12160-38812461
S10701,小山 大樹,176.0,1550,272800,48920,223880,あいち中央銀行 金山支店 普通 7730215` }],
  personal: [{ type: 'name', value: '今井 由紀' }, { type: 'salary', value: '243600' }, { type: 'bank_account', value: 'あいち中央銀行 栄支店 普通 4412087' }, { type: 'name', value: '菊池 真理子' }, { type: 'bank_account', value: 'ゆうちょ銀行 12160-38812461' }, { type: 'name', value: '上野 翔太' }, { type: 'name', value: '小山 大樹' }] }),
m('takahashi', { id: 'g044', expect: 'pass', kind: 'benign.meeting', why: 'Sales visit arrangement; names and mobile numbers only in signatures',
  to: ['総務部 課長 杉本 様 <sugimoto@chubu-logi.example.co.jp>'], subject: 'ご訪問日程の件',
  text: `中部ロジスティクス株式会社
総務部 杉本課長

お世話になっております。ネクストスタッフの高橋です。
年末の繁忙期に向けた増員のご相談につき、ご訪問させていただければと存じます。

候補日：
　① 12月2日（水）10:00〜
　② 12月3日（木）15:00〜
　③ 12月4日（金）13:30〜

当社からは私と、物流担当コーディネーターの松下の2名で伺います。
ご都合のよい日時をご返信いただけますと幸いです。

> 杉本です。12月中旬から1月末まで、ピッキング要員を10名ほど増やしたいと考えています。
> ――――
> 中部ロジスティクス株式会社 総務部 杉本 直樹
> TEL 0565-28-4410 / 携帯 080-3345-9012`, }),
m('matsushita', { id: 'g045', expect: 'hold', kind: 'id.residence-card', why: 'Foreign temp worker’s residence card number, nationality and visa sent to the client',
  to: ['総務 <soumu@kasugai-pack.example.co.jp>'], subject: '外国籍スタッフの就労資格確認について',
  text: `春日井パッケージ株式会社
総務ご担当 様

ネクストスタッフの松下です。
12月からご就業予定の外国籍スタッフの在留資格について、ご確認用に情報をお送りします。

　氏名：NGUYEN VAN HUNG（グエン・ヴァン・フン）
　国籍：ベトナム
　在留資格：特定技能1号
　在留カード番号：AB12345678CD
　在留期間満了日：2027年9月14日

在留カードの写しを添付いたします。`,
  attachments: [{ filename: '在留カード_NGUYEN.pdf', contentType: 'application/pdf' }],
  personal: [{ type: 'name', value: 'NGUYEN VAN HUNG' }, { type: 'nationality', value: 'ベトナム' }, { type: 'residence_card', value: 'AB12345678CD' }] }),
m('okamoto', { id: 'g046', expect: 'pass', kind: 'benign.invoice', why: 'Invoice to a client with the agency’s own corporate bank account',
  to: ['経理部 <keiri@kasugai-pack.example.co.jp>'], subject: '【ご請求書】2026年11月分 派遣料金',
  text: `春日井パッケージ株式会社
経理部 御中

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
2026年11月分の派遣料金のご請求書をお送りいたします。

　請求書番号：NS-2611-0428
　ご請求金額：3,862,440円（税込）
　内訳：派遣スタッフ 9名 延べ 1,284.5時間
　お支払期日：2026年12月31日

　お振込先：あいち中央銀行 栄支店 当座 0038812
　口座名義：カ）ネクストスタツフ

ご不明点がございましたら、管理部 岡本までお問い合わせください。`,
  attachments: [{ filename: '請求書_NS-2611-0428.pdf', contentType: 'application/pdf', text: '御請求書 春日井パッケージ株式会社 御中 請求書番号 NS-2611-0428 2026年11月分 派遣料金 3,862,440円 振込先 あいち中央銀行 栄支店 当座 0038812 株式会社ネクストスタッフ 登録番号 T3180001098765' }] }),
m('nakano', { id: 'g047', expect: 'hold', kind: 'roster.candidates-body', why: 'Candidate list with names, ages, phones and current employers in the body sent to a client',
  to: ['採用担当 <saiyo@meito-denki.example.co.jp>'], subject: '紹介予定派遣 候補者リスト',
  text: `名東電機株式会社
採用ご担当 様

採用チームの中野です。品質管理職の候補者をご紹介いたします。

No | 氏名       | 年齢 | 現職                 | 携帯           | 希望年収
1  | 桑田 啓介  | 34   | 東邦精密（株）品証   | 090-6128-3347  | 480万円
2  | 宮崎 千尋  | 29   | 中京樹脂（株）検査   | 080-2210-7756  | 420万円
3  | 荒木 伸也  | 41   | 無職（2026年8月退職）| 070-5583-1902  | 450万円

ご面接をご希望の方がいらっしゃいましたらお知らせください。`,
  personal: [{ type: 'name', value: '桑田 啓介' }, { type: 'phone', value: '090-6128-3347' }, { type: 'name', value: '宮崎 千尋' }, { type: 'phone', value: '080-2210-7756' }, { type: 'name', value: '荒木 伸也' }, { type: 'phone', value: '070-5583-1902' }] }),
m('takahashi', { id: 'g048', expect: 'pass', kind: 'benign.press-release', why: 'Press release of a new office naming the president and branch manager',
  to: ['中部経済ニュース 編集部 <desk@chubu-keizai.example.co.jp>'], subject: '【リリース】ネクストスタッフ 岐阜営業所開設のお知らせ',
  text: `報道関係者各位

株式会社ネクストスタッフ（本社：名古屋市中区、代表取締役社長：白石 浩之）は、
2027年1月4日に岐阜営業所を開設いたします。

岐阜県内の製造業・物流業を中心に、派遣・紹介予定派遣のサービスを提供します。
営業所長には、名古屋本社で製造業担当を務めてきた 三宅 隆司 が就任いたします。

所在地：〒500-8833 岐阜県岐阜市神田町6-12 岐阜センタービル4F
電話：058-264-3190（2027年1月4日開通）

本件に関するお問い合わせ：営業部 高橋（052-231-7745）`, }),
m('matsushita', { id: 'g049', expect: 'hold', kind: 'health.temp-worker-illness', why: 'Named temp worker’s mental illness and sick leave reported to the client',
  to: ['製造課 主任 <kondo@meito-denki.example.co.jp>'], subject: 'RE: 吉田さんの欠勤について',
  text: `近藤主任

ネクストスタッフの松下です。ご心配をおかけしております。
吉田 美穂 さんですが、本日心療内科を受診し、「適応障害」との診断で
1か月の休養が必要との診断書が出ました。
パニック発作の既往もあるとのことで、復帰時は配置のご配慮をお願いできればと思います。

代替スタッフは明後日から手配いたします。

差出人: 近藤 <kondo@meito-denki.example.co.jp>
送信日時: 2026年11月30日 9:02
件名: 吉田さんの欠勤について

今週に入って3日連続で欠勤ですが、何か聞いていますか。`,
  personal: [{ type: 'name', value: '吉田 美穂' }, { type: 'diagnosis', value: '「適応障害」との診断' }, { type: 'health', value: 'パニック発作の既往' }] }),
m('okamoto', { id: 'g050', expect: 'pass', kind: 'benign.law-talk', why: 'General explanation of the My Number law and labour-law changes; no actual number',
  to: ['総務部 <soumu@meito-denki.example.co.jp>'], subject: '2027年 派遣法改正・マイナンバー取扱いに関するご案内',
  text: `取引先各位

管理部の岡本です。
来年施行の制度変更について、派遣先の皆様にご留意いただきたい点をまとめました。

1. 派遣スタッフのマイナンバー（個人番号）は当社が派遣元として収集・管理します。
   派遣先様で個人番号カードの写しを受け取る必要はありません。
2. 同一労働同一賃金に関する待遇情報の提供義務が拡充されます。
3. 障害者雇用促進法の法定雇用率が2.7%へ引き上げられます。
4. 健康診断結果は派遣元で保管し、派遣先様への提供は本人同意がある場合に限ります。

詳細は添付資料をご覧ください。`,
  attachments: [{ filename: '2027制度改正のご案内.pdf', contentType: 'application/pdf', text: '2027年 制度改正のご案内 労働者派遣法 同一労働同一賃金 マイナンバー法 個人番号の利用目的 障害者雇用促進法 法定雇用率2.7% 株式会社ネクストスタッフ 管理部' }] }),
m('nakano', { id: 'g051', expect: 'hold', kind: 'id.resume-mynumber-passport', why: 'Candidate’s passport number and My Number in a forwarded resume to a client',
  to: ['人事 <hr@sakae-hotel.example.co.jp>'], subject: 'Fw: 応募書類（フロント職）',
  text: `栄グランドホテル 人事ご担当 様

採用チームの中野です。フロント職にご応募の方の書類を転送いたします。

---------- 転送メッセージ ----------
差出人: 福田 エリカ <erika.fukuda94@gmail.example.com>
件名: 応募書類

中野様
ご指示いただいた情報をお送りします。
氏名：福田 エリカ（1994年3月8日生）
パスポート番号：TZ1048375
マイナンバー：517209483613
英語（TOEIC 875）、ポルトガル語が話せます。`,
  personal: [{ type: 'name', value: '福田 エリカ' }, { type: 'birthdate', value: '1994年3月8日' }, { type: 'passport', value: 'TZ1048375' }, { type: 'my_number', value: '517209483613' }, { type: 'email', value: 'erika.fukuda94@gmail.example.com' }] }),
m('takahashi', { id: 'g052', expect: 'pass', kind: 'benign.successor', why: '後任 introduction to a client with the new person’s business contact',
  to: ['杉本 直樹 <sugimoto@chubu-logi.example.co.jp>'], cc: ['a-matsushita@nextstaff.example.co.jp'], subject: '担当交代のご挨拶',
  text: `中部ロジスティクス株式会社
総務部 杉本課長

いつも大変お世話になっております。ネクストスタッフの高橋です。

このたび社内異動により、12月末をもって貴社の担当を離れることとなりました。
後任は 同じ営業部の 北村 優子 が務めます。
北村は物流業界の担当経験が長く、引継ぎも十分に行っておりますのでご安心ください。

　北村 優子　営業部 第二グループ
　携帯 080-7312-5568 / y-kitamura@nextstaff.example.co.jp

在任中のご厚情に心より御礼申し上げます。`, }),
m('okamoto', { id: 'g053', expect: 'hold', kind: 'id.pension-number', why: 'Named staff’s basic pension numbers sent to an outside labour consultant',
  to: ['社労士事務所 <office@hirose-sr.example.jp>'], subject: '資格取得届 作成依頼（3名）',
  text: `広瀬社会保険労務士事務所
広瀬先生

管理部の岡本です。12月1日付で社会保険に加入するスタッフ3名の資格取得届をお願いします。

・高野 まどか　基礎年金番号 4120-537812
・松尾 健　　　基礎年金番号 1304-662049
・酒井 由香里　基礎年金番号 2917-084431

標準報酬月額は添付の一覧をご参照ください。`,
  attachments: [{ filename: '標準報酬月額一覧.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: `氏名	生年月日	報酬月額
高野 まどか	1988/02/11	260000
松尾 健	1979/10/03	310000
酒井 由香里	1995/06/27	220000` }],
  personal: [{ type: 'name', value: '高野 まどか' }, { type: 'pension_number', value: '4120-537812' }, { type: 'name', value: '松尾 健' }, { type: 'pension_number', value: '1304-662049' }, { type: 'name', value: '酒井 由香里' }, { type: 'pension_number', value: '2917-084431' }] }),
m('matsushita', { id: 'g054', expect: 'pass', kind: 'benign.tracking', why: 'Uniform delivery with tracking and order numbers that look like IDs',
  to: ['現場リーダー 佐久間様 <sakuma@kasugai-pack.example.co.jp>'], subject: '制服・安全靴の発送のお知らせ',
  text: `春日井パッケージ株式会社
佐久間様

ネクストスタッフの松下です。
新規スタッフ用の制服と安全靴を本日発送しました。

　配送業者：ヤマト運輸
　お問い合わせ伝票番号：4218-3307-5562
　注文番号：UNI-20261130-0193
　内容：作業服上下 Mサイズ 3着、安全靴 25.5cm 2足・27.0cm 1足

12月2日（水）午前中の到着予定です。受け取りをお願いいたします。`, }),
m('nakano', { id: 'g055', expect: 'hold', kind: 'sensitive.disability-candidate', why: 'Named candidate’s disability type and handbook grade sent to a client',
  to: ['障害者雇用担当 <dei@meito-denki.example.co.jp>'], subject: '障害者雇用枠 候補者のご紹介',
  text: `名東電機株式会社
障害者雇用ご担当 様

採用チームの中野です。事務補助職の候補者をご紹介します。

　氏名：西田 康平 さん（27歳）
　障害：統合失調症（精神障害者保健福祉手帳 2級）
　状態：服薬により安定、週30時間勤務を希望
　通院：月1回 土曜日

配慮事項の詳細は面談時にご本人からご説明いただきます。`,
  personal: [{ type: 'name', value: '西田 康平' }, { type: 'disability', value: '統合失調症（精神障害者保健福祉手帳 2級）' }] }),
m('takahashi', { id: 'g056', expect: 'pass', kind: 'benign.english-partner', why: 'English mail to a foreign client about contract renewal; business only',
  to: ['David Miller <d.miller@apex-auto-parts.example.com>'], subject: 'Renewal of staffing agreement for 2027',
  text: `Dear Mr. Miller,

Thank you for your continued business. Our current worker dispatch agreement (No. NS-AG-2025-017)
expires on 31 March 2027. We propose to renew it on the same terms, with the following updates:

- Hourly billing rate for line operators: JPY 2,150 -> JPY 2,230 (minimum wage increase in Aichi)
- Overtime rate: unchanged (125%)
- We will add two bilingual (English/Japanese) team leaders from April.

I would be happy to visit your Toyota plant to discuss. Please let me know a convenient time.

Kind regards,
Kenichi Takahashi
Sales Dept., Next Staff Co., Ltd.`, }),
m('okamoto', { id: 'g057', expect: 'hold', kind: 'bank.private-person', why: 'A worker’s personal bank account and name sent to an outside bank contact for a transfer correction',
  to: ['法人営業部 <hojin@aichi-chuo-bank.example.co.jp>'], subject: '組戻し依頼の件（振込先誤り）',
  text: `あいち中央銀行 栄支店
法人営業部 ご担当 様

株式会社ネクストスタッフ 管理部の岡本です。
11月25日の給与振込で、1件振込先を誤りましたので組戻しをお願いします。

　誤：名古屋東信用金庫 本店 普通 1029348 ウエノ シヨウタ
　正：名古屋東信用金庫 本店 普通 1029384 ウエノ シヨウタ
　金額：189,870円

お手続きに必要な書類をお知らせください。`,
  personal: [{ type: 'bank_account', value: '名古屋東信用金庫 本店 普通 1029384 ウエノ シヨウタ' }, { type: 'salary', value: '189,870円' }] }),
m('nakano', { id: 'g058', expect: 'pass', kind: 'benign.seminar', why: 'Career seminar for job seekers mentioning disabilities and crime prevention generally',
  to: ['就労支援課 <shuro@nagoya-hellowork.example.go.jp>'], subject: '合同就職セミナーの共催について',
  text: `名古屋中公共職業安定所
就労支援課 ご担当 様

採用チームの中野です。先日はお打合せありがとうございました。
1月の合同就職セミナーのプログラム案をお送りします。

・第1部：派遣という働き方（無期雇用派遣、紹介予定派遣の違い）
・第2部：障害のある方の就労と合理的配慮（当事者講演は手配中）
・第3部：「闇バイト」や求人詐欺にだまされないために（愛知県警 生活安全部）

会場予約の関係で、参加見込み人数を12月10日までにお知らせいただけますと助かります。`, }),
m('matsushita', { id: 'g059', expect: 'hold', kind: 'crime.arrest-worker', why: 'Temp worker’s arrest reported to the client company by name',
  to: ['杉本 直樹 <sugimoto@chubu-logi.example.co.jp>'], subject: '【重要】派遣スタッフ 就業中止のご連絡',
  text: `中部ロジスティクス株式会社
杉本課長

ネクストスタッフの松下です。急ぎご連絡いたします。

貴社倉庫に派遣しておりました 岩田 隼人 ですが、昨夜、傷害の容疑で中村警察署に逮捕されたと
ご家族から連絡がありました。本日以降の就業は中止とさせていただきます。
報道はされておりませんが、社内での取扱いにはご注意いただけますようお願いいたします。

代替要員は本日中に手配いたします。`,
  personal: [{ type: 'name', value: '岩田 隼人' }, { type: 'criminal_record', value: '傷害の容疑で中村警察署に逮捕された' }] }),
m('takahashi', { id: 'g060', expect: 'hold', kind: 'ppap.encrypted-zip', why: 'Encrypted zip of staff timesheets to a client (PPAP)',
  to: ['杉本 直樹 <sugimoto@chubu-logi.example.co.jp>'], subject: '11月分 勤務実績表の送付',
  text: `杉本課長

お世話になっております。高橋です。
11月分の勤務実績表をお送りします。ご確認のうえ、承認をお願いいたします。
※パスワードは別途お送りいたします。`,
  attachments: [{ filename: '勤務実績表_202611.zip', contentType: 'application/zip', encrypted: true }] }),
];
