import { m } from './sig.mjs';
export default [
m('hasegawa', { id: 'g101', expect: 'hold', kind: 'medical.english-insurer', why: 'English medical summary of a named foreign patient sent to an overseas insurer',
  to: ['Claims Dept. <claims@pacific-travel-ins.example.com>'], subject: 'Medical report and invoice - Policy PT-88213045',
  text: `Dear Claims Team,

Please find below the summary for your policyholder treated at our hospital.

Patient: Mr. Lucas Bernard (DOB 14 Feb 1981, French national)
Passport No.: 19AV52841
Admission: 18-24 November 2026
Diagnosis: Acute appendicitis with localized peritonitis; laparoscopic appendectomy on 18 Nov.
Total charges: JPY 1,284,600 (self-pay, guarantee of payment requested)

The itemised invoice is attached.

Best regards,
Miho Hasegawa
Medical Affairs Division, Midori Central Hospital`,
  attachments: [{ filename: 'Invoice_Bernard.pdf', contentType: 'application/pdf', text: 'INVOICE Midori Central Hospital Patient: Lucas Bernard Admission 2026-11-18 to 2026-11-24 Laparoscopic appendectomy JPY 1,284,600' }],
  personal: [{ type: 'name', value: 'Lucas Bernard' }, { type: 'birthdate', value: '14 Feb 1981' }, { type: 'passport', value: '19AV52841' }, { type: 'diagnosis', value: 'Acute appendicitis with localized peritonitis' }] }),
m('matsushita', { id: 'g102', expect: 'hold', kind: 'roster.staff-body', why: 'List of registered staff with phones and e-mail in the body sent to a partner agency',
  to: ['協力会社 営業 <eigyo@tokai-human.example.co.jp>'], subject: '応援スタッフ候補の共有',
  text: `東海ヒューマンリソース株式会社
営業ご担当 様

ネクストスタッフの松下です。年末の応援で、当社の登録スタッフのうち
貴社案件への就業を希望している方を共有します。直接ご連絡いただいて構いません。

氏名	年齢	携帯	メール	経験
平野 美穂	31	090-2718-4406	miho.hirano0531@gmail.example.com	検品3年
坂口 大介	45	080-6641-2093	d.sakaguchi@yahoo.example.co.jp	フォークリフト
根本 亜衣	26	070-3312-8857	ai-nemoto@docomo.example.ne.jp	梱包・検品
竹内 勇気	22	090-8025-1164	yuki.t.2004@icloud.example.com	未経験`,
  personal: [{ type: 'name', value: '平野 美穂' }, { type: 'phone', value: '090-2718-4406' }, { type: 'email', value: 'miho.hirano0531@gmail.example.com' }, { type: 'name', value: '坂口 大介' }, { type: 'name', value: '根本 亜衣' }, { type: 'name', value: '竹内 勇気' }] }),
m('fujimoto', { id: 'g103', expect: 'hold', kind: 'roster.alumni-csv', why: 'Alumni list with home addresses and phones sent to a printing company',
  to: ['受注 <juchu@motomachi-print.example.co.jp>'], subject: '同窓会報 発送用宛名データ',
  text: `元町印刷株式会社 受注ご担当 様

広報室の藤本です。同窓会報の宛名印字用データを添付いたします（抜粋、全1,842件）。`,
  attachments: [{ filename: '同窓会名簿_宛名.csv', contentType: 'text/csv', text: `卒業年,氏名,郵便番号,住所,電話
1988,長尾 由紀子,231-0023,横浜市中区山下町112-3-804,045-662-3018
1995,岩井 誠,220-0012,横浜市西区みなとみらい4-6-2-1507,090-4412-7780
2003,滝沢 奈央,232-0063,横浜市南区中里1-22-7,080-3390-2154
2011,福島 駿,236-0042,横浜市金沢区釜利谷東5-18-4,070-6218-0935` }],
  personal: [{ type: 'name', value: '長尾 由紀子' }, { type: 'address', value: '横浜市中区山下町112-3-804' }, { type: 'phone', value: '045-662-3018' }, { type: 'name', value: '岩井 誠' }, { type: 'name', value: '滝沢 奈央' }, { type: 'name', value: '福島 駿' }] }),
m('oda', { id: 'g104', expect: 'hold', kind: 'salary.income-certificate', why: 'Named nurse’s annual income and employment details sent to a real-estate agency',
  to: ['賃貸管理部 <chintai@kenou-fudosan.example.co.jp>'], subject: '在籍・収入確認のご回答',
  text: `県央不動産株式会社
賃貸管理部 ご担当 様

人事課の小田です。ご照会のありました入居審査の件、ご本人の同意を得ておりますので回答いたします。

　氏名：今村 沙耶（看護部、2019年4月入職、正職員）
　2025年 年収：4,862,000円（源泉徴収票 支払金額）
　勤続見込み：退職の予定なし

よろしくお願いいたします。`,
  personal: [{ type: 'name', value: '今村 沙耶' }, { type: 'salary', value: '4,862,000円' }] }),
m('nakano', { id: 'g105', expect: 'hold', kind: 'personal.job-seeker-contact', why: 'Private job seeker’s home address, phone and e-mail forwarded to a client',
  to: ['人事 <hr@sakae-hotel.example.co.jp>'], subject: '面接のご調整（宴会サービス職）',
  text: `栄グランドホテル 人事ご担当 様

採用チームの中野です。宴会サービス職の応募者について、面接のご調整をお願いします。
先方から直接の連絡を希望されていますので、連絡先をお伝えします。

　氏名：安藤 舞（あんどう まい）
　住所：〒454-0012 名古屋市中川区尾頭橋3-5-18 コーポ尾頭201
　携帯：080-5127-3390
　メール：mai.ando.0817@gmail.example.com
　希望：平日夜・土日、週3日程度`,
  personal: [{ type: 'name', value: '安藤 舞' }, { type: 'address', value: '名古屋市中川区尾頭橋3-5-18 コーポ尾頭201' }, { type: 'phone', value: '080-5127-3390' }, { type: 'email', value: 'mai.ando.0817@gmail.example.com' }] }),
m('ishii', { id: 'g106', expect: 'hold', kind: 'sensitive.child-abuse-report', why: 'Suspected abuse of a named pupil reported to an outside agency with family details',
  to: ['中央児童相談所 相談課 <soudan@chuo-jidou.example.lg.jp>'], subject: '児童虐待の疑いに関するご相談（通告）',
  text: `神奈川県中央児童相談所 相談課 御中

桜ヶ丘中学校 養護教諭の石井です。管理職と協議のうえ、ご連絡いたします。

生徒：2年1組 高田 陸 さん（13歳）
・11/27 保健室来室時、背中と上腕に複数の青あざを確認。本人は「父に殴られた」と話す。
・父（高田 和彦）は無職、飲酒時に暴力があると本人談。母は外国籍で日本語が不自由。
・11月の欠席 6日。

本日中の対応についてご相談させてください。`,
  personal: [{ type: 'name', value: '高田 陸' }, { type: 'crime_victim', value: '「父に殴られた」' }, { type: 'name', value: '高田 和彦' }, { type: 'family', value: '母は外国籍で日本語が不自由' }] }),
m('iwasaki', { id: 'g107', expect: 'hold', kind: 'health.checkup-pdf', why: 'Individual health-check result sheet (PDF text) for a named person sent to a private address',
  to: ['小野 達也 <tatsuya.ono1972@gmail.example.com>'], subject: '人間ドック 結果票の送付',
  text: `小野 達也 様

みどり中央病院 健診センターです。ご依頼いただいた人間ドックの結果票をPDFでお送りします。
要精密検査の項目がございますので、お早めに受診をお願いいたします。`,
  attachments: [{ filename: '人間ドック結果票_小野達也.pdf', contentType: 'application/pdf', text: `人間ドック結果票 受診日 2026年11月12日 氏名 小野 達也 様 生年月日 1972年8月3日
身長 171.2cm 体重 82.4kg BMI 28.1 血圧 148/96
LDLコレステロール 168 mg/dL（C 要経過観察） γ-GTP 112 U/L（C）
胃内視鏡 胃体部に隆起性病変（E 要精密検査） 便潜血 陽性（E 要精密検査）
総合判定 E` }],
  personal: [{ type: 'name', value: '小野 達也' }, { type: 'email', value: 'tatsuya.ono1972@gmail.example.com' }, { type: 'birthdate', value: '1972年8月3日' }, { type: 'health_check', value: '胃体部に隆起性病変（E 要精密検査）' }, { type: 'health_check', value: '便潜血 陽性（E 要精密検査）' }] }),
m('murakami', { id: 'g108', expect: 'hold', kind: 'id.credit-card', why: 'Guest doctor’s personal credit card number for a hotel guarantee',
  to: ['予約課 <reserve@maebashi-grand.example.co.jp>'], subject: '宿泊予約（招聘医師）のカード保証について',
  text: `前橋グランドホテル 予約課 御中

総務課の村上です。12月17日〜18日ご予約の 林 拓郎 様（招聘医師）の件です。
ご本人のカードで保証したいとのことで、お預かりした番号をお伝えします。

　カード番号：5403-1287-6543-2100
　有効期限：03/28
　名義：TAKURO HAYASHI

宿泊費は当院の請求書払いとし、カードは保証のみでお願いします。`,
  personal: [{ type: 'name', value: '林 拓郎' }, { type: 'credit_card', value: '5403-1287-6543-2100' }, { type: 'name', value: 'TAKURO HAYASHI' }] }),
m('okamoto', { id: 'g109', expect: 'hold', kind: 'roster.dispatch-notice-xlsx', why: 'Dispatched-worker list with birthdates, gender and insurance status sent to the client',
  to: ['人事部 <jinji@chubu-logi.example.co.jp>'], subject: '派遣労働者通知書（12月開始分）',
  text: `中部ロジスティクス株式会社 人事部 御中

管理部の岡本です。12月1日開始の派遣労働者について、通知書を添付いたします。`,
  attachments: [{ filename: '派遣労働者通知書_202612.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', text: `氏名	性別	生年月日	雇用期間	健康保険	厚生年金	雇用保険
星野 拓也	男	1990/07/19	無期	有	有	有
三好 彩花	女	2001/03/02	有期（3か月）	有	有	有
大塚 徹	男	1968/12/25	有期（3か月）	有	有	有
須藤 恵美	女	1985/09/08	無期	有	有	有` }],
  personal: [{ type: 'name', value: '星野 拓也' }, { type: 'birthdate', value: '1990/07/19' }, { type: 'name', value: '三好 彩花' }, { type: 'name', value: '大塚 徹' }, { type: 'name', value: '須藤 恵美' }] }),
m('saeki', { id: 'g110', expect: 'hold', kind: 'sensitive.religion-patient', why: 'Named patient’s religion (refusal of transfusion) and condition sent to another hospital',
  to: ['連携室 <renkei@ota-kinen.example.or.jp>'], subject: '転院調整：輸血拒否の患者様について',
  text: `太田記念クリニック 連携室 御中

地域医療連携室の佐伯です。転院のご相談です。

　患者：宮下 恵子 様（64歳）
　病名：子宮筋腫、鉄欠乏性貧血（Hb 7.9）
　宗教上の理由（エホバの証人）で輸血を拒否されており、無輸血での手術を希望されています。

貴院での無輸血手術のご対応可否をお聞かせください。`,
  personal: [{ type: 'name', value: '宮下 恵子' }, { type: 'diagnosis', value: '子宮筋腫、鉄欠乏性貧血（Hb 7.9）' }, { type: 'religion', value: '（エホバの証人）' }] }),
m('fujimoto', { id: 'g111', expect: 'pass', kind: 'benign.printing', why: 'PTA newsletter printing order; no personal data',
  to: ['受注 <juchu@motomachi-print.example.co.jp>'], subject: 'PTAだより 第3号の印刷について',
  text: `元町印刷株式会社 受注ご担当 様

広報室の藤本です。PTAだより第3号の入稿データをお送りします。

・仕様：A4 4ページ、両面カラー、中綴じなし
・部数：1,250部
・納品：12月15日（火）午前、事務室へ
・校正：初校を12月9日までにPDFでお願いします

写真は生徒の顔が判別できないものに差し替え済みです。`,
  attachments: [{ filename: 'PTAだより_第3号.pdf', contentType: 'application/pdf', text: 'PTAだより 第3号 桜ヶ丘祭の報告 ベルマーク回収のお礼 冬休みの過ごし方 PTA広報委員会' }] }),
m('kano', { id: 'g112', expect: 'pass', kind: 'benign.english-abstract', why: 'English conference abstract with aggregate outcomes; no identifiable patient',
  to: ['Program Committee <abstracts@asia-ortho-congress.example.org>'], subject: 'Abstract submission: outcomes of early rehabilitation after hip fracture surgery',
  text: `Dear Program Committee,

Please find our abstract submission below.

Title: Early mobilisation within 24 hours after hip fracture surgery in a regional hospital in Japan
Methods: Retrospective review of 312 patients aged 65 or older (2021-2025).
Results: 30-day mortality 2.9% vs 4.8% (early vs delayed); mean length of stay 21.4 vs 27.9 days.
Patients with dementia (n=118) also benefited.
Conclusion: Early mobilisation is safe and shortens hospital stay.

Corresponding author: Makoto Kano, MD, PhD, Department of Orthopaedic Surgery, Midori Central Hospital`, }),
m('takahashi', { id: 'g113', expect: 'pass', kind: 'benign.holiday-notice', why: 'Year-end holiday notice to customers',
  to: ['お取引先各位 <partners-list@nextstaff.example.co.jp>'], cc: ['sugimoto@chubu-logi.example.co.jp'], subject: '年末年始休業のお知らせ',
  text: `お取引先各位

平素は格別のご高配を賜り、誠にありがとうございます。
誠に勝手ながら、弊社は下記の期間を年末年始休業とさせていただきます。

　休業期間：2026年12月29日（火）〜2027年1月4日（月）

期間中の派遣スタッフの緊急連絡は、緊急ダイヤル（0120-45-7745）にて24時間承ります。
来年も変わらぬお引き立てのほど、よろしくお願い申し上げます。`, }),
m('morita', { id: 'g114', expect: 'pass', kind: 'benign.invoice', why: 'Gym rental invoice to a sports club with the school’s bank account',
  to: ['事務局 <jimukyoku@motomachi-fc.example.jp>'], subject: '体育館使用料のご請求（12月分）',
  text: `元町フットボールクラブ 事務局 様

法人事務局 経理課の森田です。12月分の体育館使用料をご請求いたします。

　使用日：12/5・12/12・12/19（土）各 18:00〜21:00
　金額：3回 × 9,000円 = 27,000円（非課税）
　お振込先：はまかぜ銀行 元町支店 普通 1182736
　口座名義：ガク）サクラガオカガクエン

年明けの利用日程も、12月20日までにお知らせください。`, }),
m('hasegawa', { id: 'g115', expect: 'pass', kind: 'benign.forward-cfp', why: 'Forwarded call for papers on dementia care; no individual',
  to: ['山内 俊介 <s.yamauchi@kyoei-medsys.example.co.jp>'], subject: 'Fw: 医療情報学会 一般演題募集のご案内',
  text: `山内様

医事課の長谷川です。先日お話しした学会の演題募集が出ましたので転送します。
共同演題（電子カルテの認知症ケア加算 算定支援機能）として応募できればと思います。

-------- Forwarded Message --------
Subject: 第48回 北関東医療情報学会 一般演題募集
Date: Mon, 30 Nov 2026 09:00:00 +0900
From: 学会事務局 <jimukyoku@kitakanto-mi.example.or.jp>

募集テーマ：医療DX、病院情報システムの障害対応、認知症・フレイル対策と ICT
締切：2027年1月15日`, }),
m('nakano', { id: 'g116', expect: 'pass', kind: 'benign.law-inquiry', why: 'General question to the labour bureau about dispatch rules; no individual',
  to: ['需給調整事業課 <jukyu@aichi-roudou.example.go.jp>'], subject: '派遣期間制限（抵触日）の取扱いに関するお問い合わせ',
  text: `愛知労働局 需給調整事業課 御中

株式会社ネクストスタッフ（許可番号 派23-301245）採用チームの中野です。
派遣期間制限について、一般的な取扱いを確認させてください。

1. 派遣先が事業所単位の期間延長の意見聴取を行った場合、抵触日の通知はいつまでに必要でしょうか。
2. 60歳以上の方、および無期雇用の方は期間制限の対象外との理解でよろしいでしょうか。
3. 産前産後休業・育児休業の代替要員の場合の取扱い。

お手数ですがご教示ください。`, }),
m('oda', { id: 'g117', expect: 'pass', kind: 'benign.new-doctor-greeting', why: 'Announcement of a newly appointed doctor (public role, specialty only)',
  to: ['はまだ内科クリニック <info@hamada-clinic.example.jp>'], subject: '着任のお知らせ（循環器内科）',
  text: `はまだ内科クリニック
院長 浜田先生

平素より大変お世話になっております。
12月1日付で、循環器内科に 菅野 亮平 医師（日本循環器学会専門医）が着任いたしました。
前任地は県立循環器病センターで、カテーテル治療を専門としております。

火曜・金曜の午前に専門外来を担当いたします。
今後とも、患者様のご紹介を何卒よろしくお願い申し上げます。`, }),
m('fujimoto', { id: 'g118', expect: 'pass', kind: 'benign.crime-prevention', why: 'Suspicious-person alert near the school; no identified person',
  to: ['山手警察署 生活安全課 <seian@yamate-ps.example.lg.jp>', '元町三丁目町内会 会長 <chonaikai3@motomachi.example.jp>'], subject: '不審者情報の共有とパトロール強化のお願い',
  text: `山手警察署 生活安全課 御中
元町三丁目町内会 会長 様

桜ヶ丘学園 広報室の藤本です。
本日 16:20 頃、本校北門付近で、下校中の生徒に声をかけ写真を撮ろうとする男性がいたとの報告がありました。

・特徴：40代くらい、黒っぽいダウンジャケット、自転車
・生徒に被害はなく、男性はそのまま元町通り方面へ立ち去った

本校では当面、教員による下校指導を強化します。付近の巡回についてご協力をお願いいたします。`, }),
m('matsushita', { id: 'g119', expect: 'pass', kind: 'benign.health-campaign', why: 'Blood donation campaign arrangement; no individual',
  to: ['献血推進課 <kenketsu@aichi-bloodcenter.example.or.jp>'], subject: '献血バス配車のお願い（1月）',
  text: `愛知県赤十字血液センター 献血推進課 御中

ネクストスタッフの松下です。毎年ご協力いただいている社内献血について、今年もお願いいたします。

・日時：2027年1月21日（木）10:00〜15:30
・場所：栄アーバンビル前 公開空地（ビル管理会社の許可取得済み）
・見込み：当社社員・登録スタッフ・ビル入居企業で 約60名

当日の受付、ポスター掲示のご用意をお願いできますでしょうか。`, }),
m('saeki', { id: 'g120', expect: 'pass', kind: 'benign.pharmacy-rota', why: 'Holiday duty rota of pharmacies (business contacts list, not persons)',
  to: ['前橋市薬剤師会 事務局 <jimu@maebashi-yakuzaishi.example.or.jp>'], subject: 'Re: 年末年始 当番薬局一覧の掲示について',
  text: `前橋市薬剤師会 事務局 御中

地域医療連携室の佐伯です。一覧をありがとうございます。
当院の救急外来と外来受付に掲示いたします。

> 日付   当番薬局             電話
> 12/29  ひかり薬局 本町店     027-231-5502
> 12/30  さくら調剤薬局        027-243-1187
> 12/31  みどり薬局 朝日町店   027-221-9930
> 1/1    あおば薬局            027-224-6631
> 1/2    ひかり薬局 本町店     027-231-5502
> 1/3    グリーン調剤 前橋店   027-252-4418`, }),
];
