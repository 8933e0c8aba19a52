import { m } from './sig.mjs';
export default [
m('saeki', { id: 'g081', expect: 'hold', kind: 'roster.patients-csv', why: 'Dialysis patients’ names, addresses and conditions sent to an outside transport company',
  to: ['配車センター <haisha@joumou-kaigo-taxi.example.co.jp>'], subject: '12月 透析送迎 利用者一覧',
  text: `上毛介護タクシー 配車センター 御中

地域医療連携室の佐伯です。12月の透析送迎の利用者一覧を添付します。
新規は2名（12/1〜）です。車いす・酸素の有無をご確認ください。`,
  attachments: [{ filename: '透析送迎_202612.csv', contentType: 'text/csv', text: `氏名,住所,電話,曜日,迎え時刻,備考
久保 正男,前橋市朝日町3-14-2,027-221-4408,月水金,7:40,車いす・糖尿病性腎症
関 フミエ,前橋市天川原町1-9-18,027-243-9917,火木土,7:55,在宅酸素
望月 修,前橋市若宮町4-2-6 ハイツ若宮203,090-5527-1183,月水金,12:30,新規・片麻痺（脳梗塞後）
野田 節子,前橋市六供町2-33,027-224-0625,火木土,8:10,新規` }],
  personal: [{ type: 'name', value: '久保 正男' }, { type: 'address', value: '前橋市朝日町3-14-2' }, { type: 'diagnosis', value: '糖尿病性腎症' }, { type: 'name', value: '望月 修' }, { type: 'diagnosis', value: '片麻痺（脳梗塞後）' }, { type: 'name', value: '関 フミエ' }, { type: 'name', value: '野田 節子' }] }),
m('ishii', { id: 'g082', expect: 'hold', kind: 'sensitive.pupil-disability', why: 'Pupil’s autism diagnosis and support plan shared with an outside day-service provider',
  to: ['放課後等デイサービス にじいろ <niji@nijiiro-day.example.jp>'], subject: '個別の教育支援計画の共有について',
  text: `放課後等デイサービス にじいろ
児童発達支援管理責任者 様

桜ヶ丘中学校 養護教諭の石井です。保護者の同意書をいただきましたので、共有いたします。

中学1年 森 悠斗 さん
・診断：自閉スペクトラム症（ASD）、療育手帳 B2
・学校での配慮：イヤーマフ使用可、予定変更は前日までに本人へ伝える
・課題：休み時間の対人トラブル（月2〜3回）

支援会議（12月11日 16:00〜）へのご出席をお願いできますでしょうか。`,
  personal: [{ type: 'name', value: '森 悠斗' }, { type: 'disability', value: '自閉スペクトラム症（ASD）、療育手帳 B2' }] }),
m('takahashi', { id: 'g083', expect: 'hold', kind: 'salary.named-worker', why: 'Named temp workers’ hourly wage (pay to the worker, not the billing rate) told to a client',
  to: ['杉本 直樹 <sugimoto@chubu-logi.example.co.jp>'], subject: 'Re: スタッフの時給について',
  text: `杉本課長

高橋です。お問い合わせの件、ご回答いたします。
現在、貴社に就業中のスタッフの本人時給は以下のとおりです。

　山本 恭平：1,520円（1月から1,600円に改定予定）
　沢田 美紀：1,450円
　井口 亮介：1,480円（フォークリフト手当 込み）

本人には開示の件を伝えておりませんので、お取り扱いにご注意ください。

> 派遣料金ではなく、スタッフご本人にいくら支払っているか教えてもらえますか。`,
  personal: [{ type: 'name', value: '山本 恭平' }, { type: 'salary', value: '1,520円' }, { type: 'name', value: '沢田 美紀' }, { type: 'salary', value: '1,450円' }, { type: 'name', value: '井口 亮介' }] }),
m('murakami', { id: 'g084', expect: 'hold', kind: 'medical.patient-dispute-lawyer', why: 'Patient’s identity, contact and medical history sent to an outside law office',
  to: ['弁護士 三上 <mikami@mikami-law.example.jp>'], subject: '患者様からのクレームの件（ご相談）',
  text: `三上法律事務所
三上先生

総務課の村上です。先日お電話でご相談した件の概要をお送りします。

申出人：中島 隆之 様（56歳）　前橋市文京町1-7-30　携帯 080-9914-2263
経過：10月に胆石症で腹腔鏡下胆嚢摘出術。術後に胆汁漏が生じ再手術、入院が3週間延長。
申出内容：説明が不十分だったとして、休業損害を含む賠償を求める内容証明が届いています。

カルテの写しは来週お持ちします。`,
  personal: [{ type: 'name', value: '中島 隆之' }, { type: 'address', value: '前橋市文京町1-7-30' }, { type: 'phone', value: '080-9914-2263' }, { type: 'diagnosis', value: '胆石症で腹腔鏡下胆嚢摘出術' }] }),
m('morita', { id: 'g085', expect: 'hold', kind: 'id.mynumber-csv', why: 'Withholding data CSV with teachers’ names and My Numbers sent to a tax accountant',
  to: ['税理士法人 元町会計 <info@motomachi-kaikei.example.jp>'], subject: '法定調書用データ（非常勤講師分）',
  text: `税理士法人 元町会計
ご担当 吉村様

経理課の森田です。報酬の支払調書作成用に、非常勤講師分のデータを添付します。`,
  attachments: [{ filename: '支払調書_非常勤講師.csv', contentType: 'text/csv', text: `氏名,住所,個人番号,支払金額,源泉徴収税額
北野 雅之,横浜市神奈川区六角橋1-12-4,294630175821,1,248,000,127,430
柳田 涼子,川崎市中原区木月2-8-15,603581729444,864,000,88,214
大西 純,横浜市港北区日吉本町3-41-9,471258390604,432,000,44,107` }],
  personal: [{ type: 'name', value: '北野 雅之' }, { type: 'my_number', value: '294630175821' }, { type: 'name', value: '柳田 涼子' }, { type: 'my_number', value: '603581729444' }, { type: 'name', value: '大西 純' }, { type: 'my_number', value: '471258390604' }] }),
m('okamoto', { id: 'g086', expect: 'hold', kind: 'health.special-checkup', why: 'Temp workers’ organic-solvent health-check findings by name sent to the client',
  to: ['安全衛生課 <anzen@kasugai-pack.example.co.jp>'], subject: '特殊健康診断（有機溶剤）結果の共有',
  text: `春日井パッケージ株式会社
安全衛生課 ご担当 様

管理部の岡本です。塗装工程に就業中のスタッフの特殊健診結果をお知らせします。

・今井 由紀：尿中馬尿酸 分布2、肝機能 AST 58 / ALT 72（要再検）
・小山 大樹：異常なし
・上野 翔太：貧血（Hb 10.8）、要医療

配置転換の要否について、産業医のご意見を伺えますでしょうか。`,
  personal: [{ type: 'name', value: '今井 由紀' }, { type: 'health_check', value: '肝機能 AST 58 / ALT 72（要再検）' }, { type: 'name', value: '上野 翔太' }, { type: 'health_check', value: '貧血（Hb 10.8）、要医療' }] }),
m('kano', { id: 'g087', expect: 'hold', kind: 'crime.victim-injury', why: 'Named patient’s assault injuries disclosed to an outside lawyer',
  to: ['弁護士法人 県央総合 <info@kenou-sogo-law.example.jp>'], subject: 'Re: 受傷状況に関する照会への回答',
  text: `弁護士法人 県央総合法律事務所
弁護士 長尾先生

整形外科の加納です。ご本人の同意書を確認しましたので回答いたします。

患者：佐野 美和子 様
受傷日：2026年10月3日
傷病名：左尺骨骨幹部骨折、顔面打撲、肋骨骨折（右第7・8）
本人の申告：同居の交際相手から暴行を受けた（警察に被害届提出済み）

詳細は診断書にてお送りします。

差出人: 長尾 <nagao@kenou-sogo-law.example.jp>
送信日時: 2026年11月24日 15:40
件名: 受傷状況に関する照会

DV事件の損害賠償請求のため、佐野様の受傷状況をご教示ください。`,
  personal: [{ type: 'name', value: '佐野 美和子' }, { type: 'diagnosis', value: '左尺骨骨幹部骨折、顔面打撲、肋骨骨折（右第7・8）' }, { type: 'crime_victim', value: '同居の交際相手から暴行を受けた' }] }),
m('morita', { id: 'g088', expect: 'hold', kind: 'recipients.many-visible', why: 'Bid notice to 12 contractors of different companies with all addresses in To',
  to: ['eigyo@yokohama-kucho.example.co.jp', 'info@minato-kensetsu.example.co.jp', 'sales@kanagawa-denko.example.co.jp', 'bid@shonan-koumuten.example.co.jp', 'order@tsurumi-setsubi.example.co.jp', 'info@hodogaya-tosou.example.co.jp', 'eigyo@kohoku-reform.example.co.jp', 'contact@seya-kogyo.example.co.jp', 'info@isogo-bousui.example.co.jp', 'eigyo@midori-kenso.example.co.jp', 'sales@asahi-interior.example.co.jp', 'info@kanazawa-denki.example.co.jp'],
  subject: '【入札のご案内】中学校舎 外壁改修工事',
  text: `関係各社 ご担当者様

学校法人 桜ヶ丘学園 法人事務局の森田です。
下記工事の指名競争入札についてご案内いたします。

・工事名：中学校舎 外壁改修工事
・現場説明会：12月10日（木）14:00 本校正門集合
・入札日：2027年1月15日（金）10:00
・工期：2027年3月25日〜8月20日（夏季休業中に主要工事）

参加の可否を12月7日までにご返信ください。`,
  personal: [{ type: 'email', value: 'eigyo@yokohama-kucho.example.co.jp' }, { type: 'email', value: 'info@kanazawa-denki.example.co.jp' }] }),
m('matsushita', { id: 'g089', expect: 'hold', kind: 'id.passport-image', why: 'Scanned passport image of a foreign worker attached with no text, sent to the client',
  to: ['総務 <soumu@kasugai-pack.example.co.jp>'], subject: '新規スタッフ 本人確認書類',
  text: `春日井パッケージ株式会社 総務ご担当 様

松下です。12/7からご就業予定のスタッフの本人確認書類（パスポート）を添付いたします。
ご確認後は破棄をお願いいたします。`,
  attachments: [{ filename: 'パスポート_SANTOS.png', contentType: 'image/png' }],
  personal: [{ type: 'passport_image', value: 'パスポート_SANTOS.png' }] }),
m('hasegawa', { id: 'g090', expect: 'hold', kind: 'ppap.encrypted-zip', why: 'Encrypted zip of claim data to a clinic (PPAP)',
  to: ['事務長 <jimucho@ota-kinen.example.or.jp>'], subject: '共同利用検査の請求データ',
  text: `太田記念クリニック 事務長 様

医事課の長谷川です。11月分の共同利用（CT・MRI）の請求データをお送りします。
解凍パスワードは次のメールでお知らせします。`,
  attachments: [{ filename: '共同利用_202611.zip', contentType: 'application/zip', encrypted: true }] }),
m('yoshikawa', { id: 'g091', expect: 'hold', kind: 'sensitive.belief-union', why: 'Named teachers’ union membership and political activity disclosed to an outside consultant',
  to: ['人事コンサルティング部 <hr-consul@kyoiku-keiei.example.co.jp>'], subject: '人事制度見直しのヒアリング資料',
  text: `教育経営研究所 人事コンサルティング部 御中

教務部の吉川です。ヒアリングの前提として、教員の状況をお伝えします。

・国語科 青山 修一、社会科 河合 典子 の2名は教職員組合の執行委員で、
  特定政党の支持者として選挙時に街頭活動をしている。
・理科 松岡 剛 は〇〇教会の熱心な信者で、日曜の部活動指導を断っている。

評価制度への反発が予想されますので、ご留意ください。`,
  personal: [{ type: 'name', value: '青山 修一' }, { type: 'name', value: '河合 典子' }, { type: 'belief', value: '特定政党の支持者' }, { type: 'name', value: '松岡 剛' }, { type: 'religion', value: '〇〇教会の熱心な信者' }] }),
m('saeki', { id: 'g092', expect: 'pass', kind: 'benign.volunteer-recruit', why: 'Volunteer recruitment notice to a university; no individual',
  to: ['ボランティアセンター <volunteer@maebashi-kodai.example.ac.jp>'], subject: '病院ボランティア募集のお願い',
  text: `前橋工科大学 ボランティアセンター 御中

みどり中央病院 地域医療連携室の佐伯です。
当院では、外来案内と小児病棟での読み聞かせのボランティアを募集しております。

・活動日：平日 9:00〜12:00 のうち、週1回以上
・内容：再来受付機の操作案内、車いすの貸出、小児病棟での絵本の読み聞かせ
・要件：事前のオリエンテーション（2時間）と麻疹・風疹の抗体確認

学生の皆様への周知にご協力いただけますと幸いです。`, }),
m('fujimoto', { id: 'g093', expect: 'pass', kind: 'benign.school-event', why: 'School open-day notice to cram schools; no pupil data',
  to: ['進学指導部 <shingaku@yokohama-seminar.example.co.jp>'], subject: '学校説明会・個別相談会のご案内',
  text: `横浜セミナー 進学指導部 御中

桜ヶ丘学園 広報室の藤本です。
下記のとおり学校説明会を開催いたします。塾生の皆様へご案内いただけますと幸いです。

【第3回 学校説明会】
　日時：2027年1月9日（土）10:00〜11:30（受付 9:30〜）
　内容：校長挨拶、入試問題の傾向と対策、在校生による学校紹介
　個別相談：説明会終了後〜13:00（特待生制度・奨学金のご相談も承ります）

申込みは本校ウェブサイトの予約フォームからお願いいたします。`, }),
m('takahashi', { id: 'g094', expect: 'pass', kind: 'benign.quote-reply', why: 'Quote with billing rates by job type; Outlook-style quoted reply; no person',
  to: ['購買部 <kobai@meito-denki.example.co.jp>'], subject: 'RE: 派遣料金のお見積りについて',
  text: `名東電機株式会社 購買部 御中

ネクストスタッフの高橋です。お見積りをお送りいたします。

職種                 派遣料金（時間単価）  備考
一般事務             2,280円               経験1年以上
品質検査             2,150円               夜勤 25%増
CADオペレーター      2,850円               AutoCAD 実務3年
英文事務             2,680円               TOEIC 750以上

有効期限：2027年1月31日

差出人: 購買部 竹中 <takenaka@meito-denki.example.co.jp>
送信日時: 2026年11月26日 11:05
宛先: 高橋 健一
件名: 派遣料金のお見積りについて

来期の増員計画にあたり、職種別の単価をお知らせください。`, }),
m('murakami', { id: 'g095', expect: 'pass', kind: 'benign.construction', why: 'Construction progress with site supervisor’s business mobile; no sensitive data',
  to: ['工事部 現場代理人 <genba@joshu-kensetsu.example.co.jp>'], subject: 'Re: 新病棟 工事工程の変更について',
  text: `上州建設株式会社
工事部 現場代理人 様

総務課の村上です。工程変更の件、承知しました。
外来患者の動線に影響がないよう、以下をお願いします。

・12/14〜12/18 の杭打ち作業は 9:00〜16:00 に限定
・救急車の進入路（北側）は常時確保
・粉じん対策として、本館側に仮囲いとミスト散布

工程表（第4版）を院内掲示用に PDF でお送りいただけますか。

> 村上様
> 資材搬入の遅れにより、基礎工事を1週間後ろ倒しさせてください。
> 上州建設株式会社 工事部 現場代理人 関口 透（携帯 090-1184-7730）`, }),
m('yoshikawa', { id: 'g096', expect: 'pass', kind: 'benign.human-rights-education', why: 'Planning a human-rights lesson on discrimination (部落差別, ethnicity, disability) in general',
  to: ['人権教育担当 <jinken@kanagawa-jinken.example.or.jp>'], subject: '人権教育講演会の講師派遣について',
  text: `かながわ人権センター
人権教育ご担当 様

教務部の吉川です。中学3年生向けの人権教育講演会について、講師派遣をお願いしたくご連絡しました。

テーマ案：
　・インターネット上の差別と誹謗中傷（部落差別、外国にルーツのある人へのヘイトスピーチ）
　・障害者差別解消法と「合理的配慮」
　・LGBTQ の生徒が安心して過ごせる学校づくり

日程は2月中旬の午後（90分）を希望しております。謝金の規程をお知らせください。`, }),
m('oda', { id: 'g097', expect: 'pass', kind: 'benign.training', why: 'Harassment training arrangement; general, no case named',
  to: ['研修事業部 <kenshu@work-life-lab.example.co.jp>'], subject: '管理職向けハラスメント防止研修のご依頼',
  text: `ワークライフラボ株式会社
研修事業部 御中

人事課の小田です。管理職向けのハラスメント防止研修をお願いしたく存じます。

・対象：各部署の師長・科長・課長 約45名
・形式：集合研修（2時間）×2回、欠席者向けに録画配信
・内容：パワハラ・セクハラの判断基準、患者からのハラスメント（カスハラ）への対応、
　　　　相談を受けたときの初動対応

1月から2月の平日夕方で、候補日をいくつかご提示いただけますでしょうか。`, }),
m('hasegawa', { id: 'g098', expect: 'pass', kind: 'benign.news-discussion', why: 'Discussion of a news item about a malpractice ruling at another hospital; no patient details',
  to: ['医療安全担当 <anzen@ota-kinen.example.or.jp>'], subject: '医療事故報道の件、勉強会のご提案',
  text: `太田記念クリニック 医療安全ご担当 様

医事課の長谷川です。
先週報道された、県外の病院で抗がん剤の過量投与により患者が死亡し、
地裁が病院側に賠償を命じた件、ご覧になりましたでしょうか。

当院でも抗がん剤のダブルチェック体制を見直しており、
近隣の医療機関と合同で医療安全の勉強会を開けないかと考えております。
1月下旬のご都合をお聞かせください。`, }),
m('nishimura', { id: 'g099', expect: 'pass', kind: 'benign.short-reply', why: 'Short acknowledgement to a vendor',
  to: ['営業 <eigyo@kannai-shoten.example.co.jp>'], subject: 'Re: 模試の申込締切について',
  text: `承知いたしました。
2年3組分（38名）は金曜までに取りまとめてお送りします。

西村

> 12月学力模試の申込締切は12月4日（金）です。`, }),
m('murakami', { id: 'g100', expect: 'pass', kind: 'benign.it-maintenance', why: 'Network maintenance with device serial numbers and IPs; no person',
  to: ['ネットワーク保守 <nw-support@joshu-net.example.co.jp>'], subject: '計画停止（ネットワーク機器交換）の作業内容確認',
  text: `上州ネットワークサービス株式会社
ネットワーク保守 ご担当 様

総務課の村上です。12月13日（日）の計画停止の作業内容を確認させてください。

・作業時間：2:00〜5:00（電子カルテ停止は 2:30〜4:00）
・交換機器：コアスイッチ 2台
　　旧 S/N：FDO2231R0KQ、FDO2231R0L4
　　新 S/N：FDO2645X1AB、FDO2645X1AC
・管理IP：10.2.0.1 / 10.2.0.2（変更なし）

作業中の連絡は守衛室（027-224-3811）経由で当直の情報システム担当へお願いします。`, }),
];
