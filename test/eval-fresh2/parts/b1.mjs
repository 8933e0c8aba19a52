import { m } from './sig.mjs';
export default [
m('saeki', { id: 'g001', expect: 'hold', kind: 'medical.referral', why: 'Referral of a named patient with diagnosis and history to an outside clinic',
  to: ['地域連携担当 <renkei@hamada-clinic.example.jp>'], subject: '【ご紹介】退院後の訪問診療のお願い（高木様）',
  text: `はまだ内科クリニック
地域連携ご担当 様

いつも大変お世話になっております。みどり中央病院 地域医療連携室の佐伯です。

当院に入院中の患者様について、退院後の訪問診療をお願いしたくご連絡いたしました。

　患者氏名：高木 キヨ子 様（昭和14年6月2日生、87歳）
　住所：前橋市広瀬町2-18-7
　診断名：慢性心不全（NYHA III）、2型糖尿病、軽度認知症
　経過：11月10日に心不全増悪で入院、利尿薬調整にて改善。12月5日退院予定。
　ご家族：長女 高木 順子 様（同居）　090-3382-5517

詳細な診療情報提供書は循環器内科の担当医より別途FAXいたします。
ご検討のほど、何卒よろしくお願い申し上げます。`,
  personal: [{ type: 'name', value: '高木 キヨ子' }, { type: 'birthdate', value: '昭和14年6月2日' }, { type: 'address', value: '前橋市広瀬町2-18-7' }, { type: 'diagnosis', value: '慢性心不全（NYHA III）、2型糖尿病、軽度認知症' }, { type: 'phone', value: '090-3382-5517' }] }),
m('murakami', { id: 'g002', expect: 'pass', kind: 'benign.meeting', why: 'Meeting arrangement with a vendor; only business signatures and phone numbers',
  to: ['山内 俊介 <s.yamauchi@kyoei-medsys.example.co.jp>'], cc: ['saeki@midori-hp.example.jp'], subject: 'Re: 電子カルテ更新の打合せ日程について',
  text: `共栄メディカルシステム株式会社
山内様

お世話になっております。みどり中央病院 総務課の村上です。
日程のご提示ありがとうございます。以下で確定とさせてください。

　日時：12月8日（火）14:00〜15:30
　場所：当院 本館3階 第2会議室
　当院出席者：村上（総務課）、佐伯（地域医療連携室）、情報システム担当 2名

当日は正面玄関ではなく、東側の職員通用口からお入りください。
守衛室（027-224-3811）にお名前をお伝えいただければご案内いたします。

> 山内です。候補日として以下をご提示いたします。
> ・12/8(火) 14:00〜
> ・12/10(木) 10:00〜
> 当社からは私と SE の岡田（080-5521-0934）の2名で伺います。
> ----
> 共栄メディカルシステム株式会社 第一営業部 山内 俊介
> TEL 03-5812-4470`, }),
m('hasegawa', { id: 'g003', expect: 'pass', kind: 'benign.invoice', why: 'Invoice to an insurer-like corporate partner with the hospital’s own corporate bank account',
  to: ['経理部 <keiri@tonan-kenpo.example.or.jp>'], subject: '11月分 受託健診費用のご請求について',
  text: `東南産業健康保険組合
経理部 御中

平素より格別のご高配を賜り、厚く御礼申し上げます。
11月分の受託健診費用につきまして、請求書をお送りいたします。

　請求番号：MH-2026-1184
　請求金額：2,418,900円（税込）
　お支払期限：2026年12月25日

【お振込先】
　群馬みらい銀行 前橋中央支店　普通 2418830
　口座名義：イ）リヨクヨウカイ　ミドリチユウオウビヨウイン

受診者ごとの明細は、別途セキュアストレージにてご共有いたします。
ご査収のほどよろしくお願いいたします。`,
  attachments: [{ filename: '請求書_MH-2026-1184.pdf', contentType: 'application/pdf', text: '請求書 東南産業健康保険組合 御中 請求番号 MH-2026-1184 受託健診費用（11月分） 一般健診 184件 2,418,900円 振込先 群馬みらい銀行 前橋中央支店 普通 2418830 医療法人社団緑陽会' }] }),
m('iwasaki', { id: 'g004', expect: 'hold', kind: 'health.checkup-results', why: 'Individual health-check results of named employees sent to the employer',
  to: ['総務部 健康管理担当 <kenko@ueno-seiki.example.co.jp>'], subject: '【要精密検査】定期健康診断 有所見者のご連絡',
  text: `上野精機株式会社
総務部 健康管理ご担当 様

いつもお世話になっております。みどり中央病院 健診センターの岩崎です。
10月実施の定期健康診断のうち、要精密検査となった方をご連絡いたします。

| 社員番号 | 氏名 | 所見 | 判定 |
|---|---|---|---|
| 10452 | 斎藤 雅彦 | 空腹時血糖 148mg/dL、HbA1c 7.4% | D（要精検） |
| 10631 | 川村 直美 | 胸部X線 右上肺野結節影 | D（要精検） |
| 11207 | 野口 大輔 | 血圧 172/104、心電図 左室肥大 | C（要治療） |

対象の方へ受診勧奨をお願いいたします。`,
  personal: [{ type: 'name', value: '斎藤 雅彦' }, { type: 'health_check', value: '空腹時血糖 148mg/dL、HbA1c 7.4%' }, { type: 'name', value: '川村 直美' }, { type: 'health_check', value: '胸部X線 右上肺野結節影' }, { type: 'name', value: '野口 大輔' }, { type: 'health_check', value: '血圧 172/104、心電図 左室肥大' }] }),
m('iwasaki', { id: 'g005', expect: 'pass', kind: 'benign.health-programme', why: 'Proposal of a company health-check programme; statistics only, no individual',
  to: ['総務部 <soumu@ueno-seiki.example.co.jp>'], subject: '来年度 健康診断プランのご提案',
  text: `上野精機株式会社 総務部 御中

いつもお世話になっております。健診センターの岩崎です。
来年度の健康診断について、以下のプランをご提案いたします。

・一般定期健診（35歳・40歳以上は生活習慣病健診に切替）
・オプション：腹部エコー、胃部内視鏡、乳がん・子宮頸がん検診
・特定保健指導（メタボリックシンドローム該当者向け、オンライン面談可）

御社の今年度の受診率は96.2%、有所見率は全国平均（約58%）をやや下回る52.4%でした。
糖尿病・高血圧の予防セミナー（45分、出張対応）も無料でお受けしております。

ご検討のほどよろしくお願いいたします。`, }),
m('kano', { id: 'g006', expect: 'hold', kind: 'medical.consultation', why: 'Doctor asks an outside specialist about a named patient’s MRI findings and cancer history',
  to: ['Dr. 杉浦 <sugiura@gunma-univ-hp.example.ac.jp>'], subject: 'ご相談：腰椎病変の件',
  text: `杉浦先生

ご無沙汰しております。みどり中央病院の加納です。
一例ご相談させてください。

76歳男性（小野寺 勝 様、ID 0048215）、腰痛増悪で受診。
MRI で L3 椎体に T1 低信号病変、既往に前立腺癌（2019年 全摘）があり、骨転移を疑っています。
PSA 12.8 と上昇傾向です。

画像をお送りしますので、貴院での生検の適応についてご意見を頂けますと幸いです。`,
  attachments: [{ filename: 'MRI_0048215_L3.png', contentType: 'image/png' }],
  personal: [{ type: 'name', value: '小野寺 勝' }, { type: 'patient_id', value: '0048215' }, { type: 'diagnosis', value: '前立腺癌（2019年 全摘）' }, { type: 'diagnosis', value: '骨転移を疑って' }] }),
m('murakami', { id: 'g007', expect: 'pass', kind: 'benign.it-outage', why: 'IT 障害 (system outage) report to a vendor; no person concerned',
  to: ['保守窓口 <support@kyoei-medsys.example.co.jp>'], cc: ['s.yamauchi@kyoei-medsys.example.co.jp'], subject: '【至急】オーダリングシステム 障害発生のご連絡',
  text: `共栄メディカルシステム株式会社
保守サポート窓口 御中

みどり中央病院 総務課の村上です。
本日 8:42 頃よりオーダリングシステムに障害が発生しております。

　現象：外来端末から検査オーダー登録時に「DB接続タイムアウト（E-3021）」が出て登録不可
　影響範囲：外来全科（端末約60台）、病棟は正常
　暫定対応：紙伝票運用に切替済み
　保守契約番号：KMS-HS-00917

サーバ室の AP サーバ2号機のログを添付します。至急の調査をお願いいたします。
障害の原因と復旧見込みが分かり次第、お電話（内線ではなく 027-224-3810 代表経由）でご連絡ください。`,
  attachments: [{ filename: 'ap02_error.log', contentType: 'text/plain', text: '2026-11-30 08:42:11 ERROR [pool-3] E-3021 DB connection timeout host=10.2.1.15:1521\n2026-11-30 08:42:13 ERROR [pool-3] E-3021 DB connection timeout host=10.2.1.15:1521\n2026-11-30 08:43:01 WARN  listener restart requested' }] }),
m('oda', { id: 'g008', expect: 'hold', kind: 'roster.staff-csv', why: 'Staff roster with names, birthdates, addresses and licence numbers sent to an outside agency',
  to: ['営業部 <eigyo@kanto-uniform.example.co.jp>'], subject: '新規採用者 名簿の送付（ユニフォーム手配用）',
  text: `関東ユニフォーム株式会社
営業部 御中

お世話になっております。人事課の小田です。
4月入職予定者のユニフォーム手配に必要な名簿を添付いたします。
サイズ以外の項目もそのまま入っておりますが、ご容赦ください。`,
  attachments: [{ filename: '2027新規採用者名簿.csv', contentType: 'text/csv', text: `氏名,フリガナ,生年月日,職種,住所,看護師免許番号,サイズ
青木 菜々子,アオキ ナナコ,2004/05/12,看護師,前橋市南町1-22-3,第1284573号,S
石田 悠人,イシダ ユウト,2003/11/30,理学療法士,高崎市飯塚町508-2,,L
江口 美咲,エグチ ミサキ,2004/02/08,看護師,伊勢崎市連取町1876,第1284691号,M
小松 陽菜,コマツ ヒナ,2004/08/21,看護師,前橋市下小出町2-40-11,第1284702号,M` }],
  personal: [{ type: 'name', value: '青木 菜々子' }, { type: 'birthdate', value: '2004/05/12' }, { type: 'address', value: '前橋市南町1-22-3' }, { type: 'license_number', value: '第1284573号' }, { type: 'name', value: '石田 悠人' }, { type: 'name', value: '江口 美咲' }, { type: 'name', value: '小松 陽菜' }] }),
m('saeki', { id: 'g009', expect: 'pass', kind: 'benign.hospital-service', why: 'Hospital describes its rehab ward and admission criteria to a care manager office; no patient',
  to: ['ケアプランセンターひまわり <info@himawari-care.example.jp>'], subject: '回復期リハビリテーション病棟のご案内',
  text: `ケアプランセンターひまわり
ケアマネジャーの皆様

いつも大変お世話になっております。地域医療連携室の佐伯です。
12月より当院の回復期リハビリテーション病棟を48床に増床いたしました。

【対象となる主な疾患】
　・脳梗塞、脳出血などの脳血管疾患（発症後2か月以内）
　・大腿骨頸部骨折などの整形外科疾患
　・廃用症候群

【入棟のご相談】
　地域医療連携室（直通 027-224-3860）まで、平日9:00〜17:00にご連絡ください。
　高次脳機能障害のある方、認知症のある方の受け入れについてもご相談に応じます。

パンフレットを添付いたしますので、ご利用者様へのご案内にお役立てください。`,
  attachments: [{ filename: '回復期リハ病棟のご案内.pdf', contentType: 'application/pdf', text: '回復期リハビリテーション病棟 48床 対象疾患 脳血管疾患 大腿骨頸部骨折 廃用症候群 入院期間の目安 最長150日（高次脳機能障害を伴う場合180日） お問合せ 地域医療連携室 027-224-3860' }] }),
m('hasegawa', { id: 'g010', expect: 'hold', kind: 'id.health-insurance', why: 'Patient’s health insurance card number and name sent to an outside billing vendor',
  to: ['レセプト点検課 <rece@medi-check.example.co.jp>'], subject: '返戻レセプトの確認依頼',
  text: `メディチェック株式会社
レセプト点検課 ご担当者様

医事課の長谷川です。
10月診療分で返戻となった下記1件について、再請求前の点検をお願いします。

　患者：森下 亮太 様（男・42歳）
　保険者番号：06130427　記号：2105　番号：338
　返戻理由：資格喪失後の受診（10/14 受診時点で資格喪失の可能性）
　傷病名：うつ病、不眠症

よろしくお願いいたします。`,
  personal: [{ type: 'name', value: '森下 亮太' }, { type: 'health_insurance', value: '保険者番号：06130427　記号：2105　番号：338' }, { type: 'diagnosis', value: 'うつ病、不眠症' }] }),
m('murakami', { id: 'g011', expect: 'pass', kind: 'benign.order', why: 'Supply order with product codes, JAN codes and lot numbers that look like IDs',
  to: ['受注センター <order@kitakanto-yakuhin.example.co.jp>'], subject: '衛生材料 発注のお願い（発注番号 PO-261130-07）',
  text: `北関東薬品株式会社 受注センター 御中

いつもお世話になっております。みどり中央病院 総務課の村上です。
下記のとおり発注いたします。

発注番号：PO-261130-07
納品希望日：12月3日（木）午前

品名                      JANコード        数量
サージカルマスク 50枚入   4987654321098    120箱
ニトリル手袋 M 100枚入     4901234567894    80箱
アルコール綿 個包装        4549876012347    50箱
滅菌ガーゼ 10cm角          4512345678904    30箱

前回納品分（伝票番号 3308-5521-0762）のうちアルコール綿のロット LT240918 は
期限が近いため、今回は別ロットでのご手配をお願いします。`, }),
m('oda', { id: 'g012', expect: 'hold', kind: 'salary.named', why: 'Pay of named doctors sent to an outside recruiting company',
  to: ['石川 <ishikawa@medical-career.example.co.jp>'], subject: 'Re: 医師紹介の条件について',
  text: `メディカルキャリア株式会社
石川様

人事課の小田です。
ご参考までに、当院の現在の整形外科医師の年俸をお伝えします。
候補の先生への提示額のご判断にお使いください。

　加納 誠（部長、卒後28年）：年俸 2,280万円
　土屋 健太（医長、卒後14年）：年俸 1,650万円
　平田 遥（医員、卒後6年）：年俸 1,120万円＋当直手当

社外秘としてお取り扱いください。

-----Original Message-----
From: 石川 <ishikawa@medical-career.example.co.jp>
Sent: Friday, November 27, 2026 6:12 PM
Subject: 医師紹介の条件について

候補の先生から現状の給与水準を知りたいとのご要望がございました。`,
  personal: [{ type: 'name', value: '土屋 健太' }, { type: 'salary', value: '年俸 1,650万円' }, { type: 'name', value: '平田 遥' }, { type: 'salary', value: '年俸 1,120万円' }, { type: 'salary', value: '年俸 2,280万円' }] }),
m('saeki', { id: 'g013', expect: 'pass', kind: 'benign.seminar', why: 'Seminar notice about dementia and disability support; general, no individual',
  to: ['前橋市地域包括支援センター連絡会 <renrakukai@maebashi-houkatsu.example.jp>'], subject: '【ご案内】第12回 地域連携セミナー「認知症と障害福祉サービス」',
  text: `関係機関の皆様

平素より当院の地域医療連携にご協力を賜り、誠にありがとうございます。
下記のとおり地域連携セミナーを開催いたします。

　テーマ：認知症と障害福祉サービスの併用 ― 若年性認知症の方の就労支援を中心に
　日時：2027年1月22日（金）18:30〜20:00
　会場：みどり中央病院 講堂（オンライン併用）
　講師：精神科 医長 三浦 恭子
　　　　前橋市障害福祉課 ご担当者様

精神障害者保健福祉手帳の取得要件や、障害年金の申請の流れについても解説いたします。
お申込みは添付の申込書をFAX（027-224-3819）にてお送りください。`, }),
m('kano', { id: 'g014', expect: 'hold', kind: 'medical.referral-reply', why: 'Reply with quoted referral; includes patient name, surgery and HIV status',
  to: ['佐藤整形外科 佐藤先生 <sato@sato-seikei.example.jp>'], subject: 'RE: 紹介患者様の件（大橋様）',
  text: `佐藤先生

ご紹介いただいた大橋様、本日手術を終えましたのでご報告いたします。
術式：人工膝関節全置換術（右）。経過良好です。
なお術前検査で HIV 抗体陽性が判明し、ご本人の同意のうえ感染症内科に併診としています。

加納

差出人: 佐藤 <sato@sato-seikei.example.jp>
送信日時: 2026年11月16日 10:21
宛先: 加納 誠 <kano@midori-hp.example.jp>
件名: 紹介患者様の件（大橋様）

加納先生
変形性膝関節症の大橋 昭夫 様（71歳）をご紹介いたします。
保存療法で改善せず、手術適応についてご判断をお願いします。`,
  personal: [{ type: 'name', value: '大橋 昭夫' }, { type: 'diagnosis', value: 'HIV 抗体陽性' }, { type: 'diagnosis', value: '変形性膝関節症' }] }),
m('murakami', { id: 'g015', expect: 'pass', kind: 'benign.condolence', why: 'Condolence note to a business partner about their chairman; no sensitive data',
  to: ['山内 俊介 <s.yamauchi@kyoei-medsys.example.co.jp>'], subject: 'お悔やみ申し上げます',
  text: `共栄メディカルシステム株式会社
山内様

このたびは御社 会長 藤堂 正一 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
長年にわたり当院の医療情報化にご尽力いただいたことに、改めて感謝いたします。

ご葬儀は近親者のみで執り行われるとのこと、弔電のみ手配させていただきました。
ご多忙の折と存じますので、ご返信には及びません。

心よりご冥福をお祈り申し上げます。`, }),
m('oda', { id: 'g016', expect: 'hold', kind: 'id.mynumber', why: 'Employee’s My Number and name sent to an outside payroll/social-insurance office',
  to: ['社会保険労務士法人あおば <info@aoba-sr.example.jp>'], subject: '扶養追加の手続きについて',
  text: `社会保険労務士法人あおば
ご担当 前川様

人事課の小田です。
看護部の職員について、扶養追加の手続きをお願いいたします。

　被保険者：藤井 沙織（看護師、職員番号 N-0815）
　追加する被扶養者：長男 藤井 蓮（2026年10月18日生）
　被保険者 個人番号：382145760933

出生届受理証明書は郵送いたします。`,
  personal: [{ type: 'name', value: '藤井 沙織' }, { type: 'name', value: '藤井 蓮' }, { type: 'birthdate', value: '2026年10月18日' }, { type: 'my_number', value: '382145760933' }] }),
m('hasegawa', { id: 'g017', expect: 'pass', kind: 'benign.english-partner', why: 'English mail to an overseas vendor about interpreter service; no patient',
  to: ['Emily Carter <emily.carter@globalmed-interp.example.com>'], subject: 'Medical interpreting service for our outpatient department',
  text: `Dear Ms. Carter,

Thank you for your presentation last week. We are considering your remote medical interpreting
service (English, Chinese, Vietnamese and Portuguese) for our outpatient department from April.

Could you send us:
- the price list for the 24/7 video interpreting plan,
- your data-handling policy (where recordings, if any, are stored),
- references from other hospitals in Japan.

We currently see about 35 foreign patients per month, mostly for injuries and infectious diseases.

Best regards,
Miho Hasegawa
Medical Affairs Division, Midori Central Hospital`, }),
m('saeki', { id: 'g018', expect: 'hold', kind: 'sensitive.family-welfare', why: 'Named patient’s welfare status, debt and domestic violence history sent to an outside facility',
  to: ['相談員 <soudan@aozora-home.example.jp>'], subject: '入所のご相談（桑原様）',
  text: `特別養護老人ホームあおぞら
生活相談員 様

地域医療連携室の佐伯です。先日お電話でご相談した件です。

　桑原 トシ 様（82歳、要介護4）
　・生活保護受給中（前橋市 保護課 担当：岡野様）
　・長男からの経済的虐待・暴力の疑いがあり、市が措置入所を検討中
　・長男には傷害の前科がある、と本人談

ご家族への連絡は控えていただくようお願いいたします。`,
  personal: [{ type: 'name', value: '桑原 トシ' }, { type: 'social_status', value: '生活保護受給中' }, { type: 'crime_victim', value: '長男からの経済的虐待・暴力の疑い' }, { type: 'criminal_record', value: '長男には傷害の前科がある' }] }),
m('oda', { id: 'g019', expect: 'pass', kind: 'benign.job-posting', why: 'Nurse recruitment posting with salary ranges; no named person',
  to: ['求人広告部 <kyujin@jobnavi-gunma.example.co.jp>'], subject: '求人原稿の修正版をお送りします',
  text: `株式会社ジョブナビ群馬
求人広告部 ご担当者様

人事課の小田です。先日の原稿について修正版をお送りします。

【募集職種】病棟看護師（正職員）
【給与】月給 26万〜34万円（夜勤手当 1回 12,000円 別途）
【賞与】年2回 計4.2か月分（前年度実績）
【休日】4週8休、年間休日 118日
【応募資格】看護師免許（新卒可、ブランク可）
【福利厚生】院内保育所、借上げ社宅（家賃補助 月2万円まで）

掲載は12月第2週からでお願いいたします。`, }),
m('kano', { id: 'g020', expect: 'hold', kind: 'id.license-image', why: 'Scanned driving licence image of a named patient sent to an outside insurer, no text',
  to: ['損害サービス課 <songai@tokai-sonpo.example.co.jp>'], subject: '交通事故受傷患者 本人確認書類の送付',
  text: `東海損害保険株式会社
損害サービス課 御中

先日ご依頼のありました、交通事故で当院に入院中の患者様の本人確認書類を添付いたします。
診断書（頸椎捻挫、右橈骨遠位端骨折）は後日郵送いたします。`,
  attachments: [{ filename: '運転免許証_表裏.jpg', contentType: 'image/jpeg' }],
  personal: [{ type: 'drivers_license_image', value: '運転免許証_表裏.jpg' }, { type: 'diagnosis', value: '頸椎捻挫、右橈骨遠位端骨折' }] }),
];
