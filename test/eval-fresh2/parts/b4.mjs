import { m } from './sig.mjs';
export default [
m('murakami', { id: 'g061', expect: 'pass', kind: 'benign.crime-warning', why: 'Warning to partners about a fraud scheme impersonating the hospital; no victim named',
  to: ['取引先各位 <partners@kitakanto-yakuhin.example.co.jp>'], subject: '【注意喚起】当院をかたる不審な電話・メールについて',
  text: `お取引先各位

平素より大変お世話になっております。みどり中央病院 総務課の村上です。

最近、当院の職員をかたり「未払いの医療費がある」として電子マネーでの支払いを求める
不審な電話やSMSが確認されています。前橋東警察署にも相談済みです。

当院から個人の方にSMSで支払いを求めることはございません。
また、取引先様への振込先変更をメールのみでご依頼することもございません。
振込先変更のご連絡を受けた場合は、必ず代表番号（027-224-3810）へご確認ください。`, }),
m('takahashi', { id: 'g062', expect: 'pass', kind: 'benign.attendee-list', why: 'Attendee list of partner-company staff for a meeting (business names, titles, work e-mail)',
  to: ['会場担当 <kaijo@sakae-conference.example.co.jp>'], subject: '12/9 会議室ご利用 出席者名簿',
  text: `栄カンファレンスセンター
会場ご担当 様

ネクストスタッフの高橋です。12月9日の会議室（B-3）利用につき、入館証発行用の出席者をお知らせします。

会社名                    役職           氏名
中部ロジスティクス（株）  総務部 課長    杉本 直樹
中部ロジスティクス（株）  物流センター長 大野 和夫
春日井パッケージ（株）    製造部 主任    佐久間 亮
（株）ネクストスタッフ    営業部         高橋 健一
（株）ネクストスタッフ    コーディネーター 松下 綾香

プロジェクターとホワイトボードの準備をお願いいたします。`, }),
m('kano', { id: 'g063', expect: 'pass', kind: 'benign.product-disease', why: 'Talk about a medical device and osteoporosis in general; no patient',
  to: ['学術担当 <gakujutsu@nippon-ortho.example.co.jp>'], subject: 'Re: 新型骨密度測定装置のデモについて',
  text: `日本オルソ株式会社
学術ご担当 様

加納です。資料ありがとうございます。
骨粗鬆症の早期発見には当院でも課題を感じており、デモを希望します。

特に以下を確認させてください。
・大腿骨近位部と腰椎の同時測定の所要時間
・透析患者や人工関節置換後の方での測定精度
・電子カルテ（共栄メディカルシステム）との連携可否

12月中旬の木曜午後であれば外来後に時間を取れます。

> 加納先生
> 先日ご紹介した DXA 装置「OsteoScan Pro」の院内デモのご案内です。
> 日本オルソ株式会社 北関東営業所 小川（080-2291-6634）`, }),
m('fujimoto', { id: 'g064', expect: 'pass', kind: 'benign.admission-stats', why: 'Entrance exam statistics in aggregate; no pupil',
  to: ['進学情報誌 編集部 <edit@shingaku-guide.example.co.jp>'], subject: '2026年度入試結果データのご提供',
  text: `進学ガイド 編集部 御中

広報室の藤本です。ご依頼の2026年度入試結果をお送りします。

区分           募集  志願者  受験者  合格者  実質倍率
中学 一般A     80    412     388     161     2.41
中学 一般B     40    356     201     58      3.47
高校 推薦      60    74      74      72      1.03
高校 一般      100   629     603     281     2.15

帰国生入試は若干名募集、受験者5名・合格者4名でした。
校長 宮田のコメントが必要でしたらお知らせください。`, }),
m('oda', { id: 'g065', expect: 'pass', kind: 'benign.health-programme', why: 'Stress-check programme arrangement with an outside provider; no individual results',
  to: ['ストレスチェック事業部 <sc@mental-plus.example.co.jp>'], subject: '今年度ストレスチェック実施について',
  text: `メンタルプラス株式会社
ストレスチェック事業部 御中

人事課の小田です。今年度のストレスチェックを下記で実施したく、ご手配をお願いいたします。

・対象：全職員 約640名（常勤・非常勤）
・方式：Web回答（紙回答希望者は20名程度）
・期間：2027年1月12日〜1月29日
・集団分析：部署単位（10名未満の部署は統合）
・高ストレス者の面接指導：産業医 兼務のため、貴社の外部医師をご紹介ください

個人結果は本人にのみ通知し、当院には同意のあった方のみ提供いただく運用で変わりありません。`, }),
m('matsushita', { id: 'g066', expect: 'pass', kind: 'benign.religious-customer', why: 'Staffing for a temple (宗教法人) at New Year; business only',
  to: ['宗教法人 大須観音寺 寺務所 <jimusho@osu-kannonji.example.or.jp>'], subject: '初詣期間の臨時スタッフ派遣について',
  text: `宗教法人 大須観音寺
寺務所 ご担当 様

ネクストスタッフの松下です。昨年に続き、初詣期間の臨時スタッフについてご提案いたします。

・期間：12月31日 22:00 〜 1月3日 18:00（交代制）
・業務：参拝者誘導、授与所の補助（お守り・御朱印帳の販売補助）、手荷物預かり
・人数：延べ 48名（うちリーダー 4名）
・料金：時給 1,950円（深夜は 2,440円）

昨年ご指摘いただいた境内での案内表示の件は、事前研修で徹底いたします。`, }),
m('nishimura', { id: 'g067', expect: 'pass', kind: 'benign.condolence', why: 'Condolence to a parent over a death in the family; no sensitive detail',
  to: ['加藤 様 <kato_family@icloud.example.com>'], subject: 'お悔やみ申し上げます',
  text: `加藤 様

担任の西村です。
このたびはご尊父様のご逝去の報に接し、心よりお悔やみ申し上げます。

忌引の手続きは学校で済ませておりますので、ご心配なさらないでください。
陽斗さんの課題は、落ち着かれてからで構いません。
何かお手伝いできることがあれば、いつでもご連絡ください。`, }),
m('murakami', { id: 'g068', expect: 'pass', kind: 'benign.outbreak-aggregate', why: 'Infection outbreak report with counts only, no patient identifiable',
  to: ['前橋市保健所 保健予防課 <yobou@maebashi-hc.example.lg.jp>'], subject: '院内感染症発生状況の報告（続報）',
  text: `前橋市保健所 保健予防課 御中

みどり中央病院 感染対策室（総務課 村上 代筆）です。
11月26日にご報告した新型インフルエンザA型の集団発生について、続報をお送りします。

・発生病棟：5階東病棟（内科、48床）
・累計患者数：12名（入院患者9名、職員3名）、うち重症0名
・11/28以降の新規発生なし
・対応：病棟の新規入院制限（12/3まで）、面会禁止、抗ウイルス薬の予防投与

終息の判断は12月3日に改めてご報告いたします。`, }),
m('nakano', { id: 'g069', expect: 'pass', kind: 'benign.card-masked', why: 'Order confirmation quoting only a masked card number and order ID',
  to: ['注文サポート <support@office-direct.example.co.jp>'], subject: 'Re: ご注文内容の確認（注文番号 OD-88123407）',
  text: `オフィスダイレクト 注文サポート 御中

採用チームの中野です。確認ありがとうございます。
下記の内容で問題ございません。

> ご注文番号：OD-88123407
> お支払い方法：法人カード（**** **** **** 4417）
> 商品：面接用パーティション 3台、折りたたみ椅子 24脚
> お届け予定：12月4日（金）

配送時は 1階 受付で「ネクストスタッフ 中野」宛とお伝えください。`, }),
m('yoshikawa', { id: 'g070', expect: 'pass', kind: 'benign.english-mixed', why: 'Mixed English/Japanese exchange with a partner school abroad; programme logistics only',
  to: ['Sarah Thompson <s.thompson@brisbane-grammar.example.edu.au>'], subject: 'Re: Sister school exchange 2027 / 姉妹校交流',
  text: `Dear Sarah,

Thank you for the draft schedule. It looks great.
We plan to send 18 students (Year 11) and 2 teachers, arriving in Brisbane on 20 March 2027.

A few points:
1. Host family matching: we will send the student profiles (hobbies, dietary needs) by the end of January,
   only after parents' consent.
2. Could your school arrange the school uniform loan again?
3. 引率教員：吉川（教務部長）と英語科の Ms. Oliveira の予定です。

Best regards,
Yosuke Yoshikawa

> Dear Mr. Yoshikawa,
> Please find attached the draft schedule for the exchange programme.
> Sarah Thompson, International Coordinator, Brisbane Grammar School`, }),
m('hasegawa', { id: 'g071', expect: 'hold', kind: 'id.credit-card', why: 'Patient’s credit card number for a refund sent to a payment processor',
  to: ['加盟店サポート <merchant@cardnet-pay.example.co.jp>'], subject: '返金処理のお願い（売上取消）',
  text: `カードネットペイ株式会社
加盟店サポート 御中

みどり中央病院 医事課の長谷川です。加盟店番号 0049-2281-77 です。
11月20日の外来会計で二重決済となった件、1件分の取消をお願いします。

　カード番号：4539 0123 4567 8129
　名義：HIROSHI ENDO
　有効期限：09/29
　金額：18,420円
　承認番号：482913`,
  personal: [{ type: 'credit_card', value: '4539 0123 4567 8129' }, { type: 'name', value: 'HIROSHI ENDO' }] }),
m('morita', { id: 'g072', expect: 'hold', kind: 'sensitive.scholarship-family', why: 'Scholarship applicants’ family income, welfare status and single-parent status sent to a foundation',
  to: ['奨学事業部 <shogaku@kanagawa-ikuei.example.or.jp>'], subject: '奨学生推薦書類の送付',
  text: `公益財団法人 かながわ育英会
奨学事業部 御中

経理課の森田です。本校からの推薦者2名の家計状況をお送りします。

1. 松井 光（高2）：母子家庭、母の年収 186万円、生活保護受給中
2. 岡部 拓海（高1）：父が病気（脳梗塞後遺症）で就労不能、世帯年収 240万円

推薦書原本は郵送いたします。`,
  personal: [{ type: 'name', value: '松井 光' }, { type: 'social_status', value: '生活保護受給中' }, { type: 'income', value: '母の年収 186万円' }, { type: 'name', value: '岡部 拓海' }, { type: 'diagnosis', value: '脳梗塞後遺症' }] }),
m('kano', { id: 'g073', expect: 'hold', kind: 'genome.test-result', why: 'Named patient’s genetic test result (BRCA2 variant) sent to an outside counselling office',
  to: ['遺伝カウンセリング外来 <idenshi@gunma-univ-hp.example.ac.jp>'], subject: '遺伝カウンセリングのご依頼',
  text: `群馬大学医学部附属病院
遺伝カウンセリング外来 御中

みどり中央病院 整形外科の加納です（乳腺外科の依頼で代理送付いたします）。

患者：石原 真由美 様（48歳）
乳癌術後。院外検査で BRCA2 遺伝子に病的バリアント（c.5946delT）が検出されました。
ご本人は娘さん（22歳）への遺伝を心配されており、血縁者の検査も含めご相談を希望されています。`,
  personal: [{ type: 'name', value: '石原 真由美' }, { type: 'genome', value: 'BRCA2 遺伝子に病的バリアント（c.5946delT）' }, { type: 'diagnosis', value: '乳癌術後' }] }),
m('saeki', { id: 'g074', expect: 'hold', kind: 'recipients.many-visible', why: '11 outside clinics in visible To, different organisations (forgotten BCC)',
  to: ['info@hamada-clinic.example.jp', 'sato@sato-seikei.example.jp', 'uketsuke@motomachi-naika.example.jp', 'office@kiryu-hifuka.example.jp', 'renkei@ota-kinen.example.or.jp', 'clinic@shibukawa-ganka.example.jp', 'desk@numata-ent.example.jp', 'info@isesaki-shonika.example.jp', 'jimu@fujioka-seikei.example.jp', 'mail@tatebayashi-naika.example.jp', 'renraku@takasaki-iin.example.jp'],
  subject: '年末年始の外来・救急体制のお知らせ',
  text: `連携医療機関の先生方

いつも大変お世話になっております。地域医療連携室の佐伯です。
年末年始の当院の診療体制をお知らせいたします。

・外来休診：12月29日（火）〜1月3日（日）
・救急外来：24時間対応（小児科は 12/31・1/1 の日中のみ）
・紹介状のFAX受付：期間中も受付（027-224-3819）

ご不明点は地域医療連携室までお問い合わせください。`,
  personal: [{ type: 'email', value: 'info@hamada-clinic.example.jp' }, { type: 'email', value: 'renraku@takasaki-iin.example.jp' }] }),
m('yoshikawa', { id: 'g075', expect: 'hold', kind: 'crime.teacher-arrest', why: 'Named teacher’s arrest for voyeurism reported to an outside PTA officer’s private address',
  to: ['PTA会長 <pta-president.sakuragaoka@gmail.example.com>'], subject: '【内密】教員の件について',
  text: `PTA会長 様

教務部の吉川です。内々にご報告いたします。

本校の数学科教諭 片山 浩二（42）が、11月28日に横浜駅構内で盗撮をした疑いで
神奈川県警に現行犯逮捕されました。本人は容疑を認めているとのことです。
本日付で自宅待機とし、理事会で処分を検討しております。

報道発表は警察の判断となります。保護者会での説明について、ご相談させてください。`,
  personal: [{ type: 'name', value: '片山 浩二' }, { type: 'criminal_record', value: '盗撮をした疑い' }, { type: 'criminal_record', value: '現行犯逮捕されました' }] }),
m('nakano', { id: 'g076', expect: 'hold', kind: 'sensitive.social-origin', why: 'Named candidate’s upbringing in a children’s home and family record disclosed to a client',
  to: ['採用担当 <saiyo@meito-denki.example.co.jp>'], subject: 'RE: 候補者の家庭環境について',
  text: `名東電機株式会社
採用ご担当 様

採用チームの中野です。お問い合わせの件、本人から聞いている範囲でお伝えします。

宮崎 千尋 さんは、幼少期に両親を亡くし、高校卒業まで児童養護施設で育ったとのことです。
本籍は熊本県天草市、現在は身寄りがないため、緊急連絡先は施設の元職員の方になります。

なお、家庭環境は採否の判断材料にはなさらないよう、お願い申し上げます。`,
  personal: [{ type: 'name', value: '宮崎 千尋' }, { type: 'social_status', value: '高校卒業まで児童養護施設で育った' }, { type: 'domicile', value: '本籍は熊本県天草市' }] }),
m('murakami', { id: 'g077', expect: 'hold', kind: 'id.drivers-license', why: 'Drivers’ licence numbers of named staff sent to a car-lease company',
  to: ['法人リース課 <lease@gunma-auto-lease.example.co.jp>'], subject: '訪問診療車両 運転者登録のお願い',
  text: `群馬オートリース株式会社
法人リース課 御中

総務課の村上です。来月から訪問診療車の運転者を追加しますので、登録をお願いします。

　運転者1：原 和也（看護部）　免許証番号 第451203987650号　有効期限 2029年4月18日
　運転者2：小西 まゆ（リハビリ科）　免許証番号 第451907224318号　有効期限 2028年11月2日

免許証のコピーは別途郵送いたします。`,
  personal: [{ type: 'name', value: '原 和也' }, { type: 'drivers_license', value: '451203987650' }, { type: 'name', value: '小西 まゆ' }, { type: 'drivers_license', value: '451907224318' }] }),
m('okamoto', { id: 'g078', expect: 'hold', kind: 'id.mynumber-card-image', why: 'Scanned My Number card images attached with no text, sent to an outside tax accountant',
  to: ['税理士法人 栄パートナーズ <tax@sakae-partners.example.jp>'], subject: '年末調整書類の送付（派遣スタッフ分 追加）',
  text: `税理士法人 栄パートナーズ
ご担当 森様

管理部の岡本です。年末調整の追加分として、2名分の扶養控除申告書と
個人番号カードの写しをお送りします。`,
  attachments: [{ filename: 'マイナンバーカード_S10482.jpg', contentType: 'image/jpeg' }, { filename: 'マイナンバーカード_S10623.jpg', contentType: 'image/jpeg' }, { filename: '扶養控除申告書_2名.pdf', contentType: 'application/pdf' }],
  personal: [{ type: 'my_number_card_image', value: 'マイナンバーカード_S10482.jpg' }, { type: 'my_number_card_image', value: 'マイナンバーカード_S10623.jpg' }] }),
m('ishii', { id: 'g079', expect: 'pass', kind: 'benign.school-health-notice', why: 'Health notice to a partner about school-wide screening schedule; no pupil',
  to: ['学校医 元町内科 <uketsuke@motomachi-naika.example.jp>'], subject: '3学期 心電図検診・尿検査の日程について',
  text: `元町内科 院長先生

いつもお世話になっております。養護教諭の石井です。
3学期の検診日程についてご相談です。

・中学1年 心電図検診：1月20日（水）13:00〜（142名）
・全学年 尿検査（二次）：1月27日（水）回収、対象は一次で陽性だった生徒のみ
・結核検診の問診票集計：要精密の該当者なし

学校保健委員会（2月5日）でのご講話のテーマは「思春期の睡眠とスマートフォン」でいかがでしょうか。`, }),
m('oda', { id: 'g080', expect: 'pass', kind: 'benign.retirement-party', why: 'Farewell party arrangement naming a retiring director; no sensitive data',
  to: ['宴会予約 <banquet@maebashi-grand.example.co.jp>'], subject: '退任記念の会 会場予約の件',
  text: `前橋グランドホテル 宴会予約係 御中

人事課の小田です。先日お電話でお願いした件を、改めてご連絡いたします。

　会名：荒井 敏夫 名誉院長 退任記念の会
　日時：2027年3月19日（金）18:30〜20:30
　人数：約80名（立食）
　ご予算：お一人様 12,000円（飲物込）

お花とマイク2本の手配もお願いいたします。
請求書は医療法人社団緑陽会 人事課宛にお送りください。`, }),
];
