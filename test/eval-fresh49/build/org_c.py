# Org C: 医療法人社団 白樺会 本部 (dental clinic chain head office)
MIURA = "三浦 葵 <a.miura@shirakaba-dental.example.jp>"
SHIBA = "柴田 健一 <k.shibata@shirakaba-dental.example.jp>"
KAWAI = "河合 智子 <t.kawai@shirakaba-dental.example.jp>"

SIG_MIURA = """━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 白樺会 本部 総務部
三浦 葵（Aoi Miura）
〒160-0000 東京都新宿区西新宿九丁目3-3 白樺ビル4F
TEL 03-0000-8810 / FAX 03-0000-8811
白樺デンタルクリニック（新宿・中野・吉祥寺・立川）
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_SHIBA = """--------------------------------
医療法人社団白樺会 本部 経理部
柴田 健一
TEL 03-0000-8815
k.shibata@shirakaba-dental.example.jp
--------------------------------"""

SIG_KAWAI = """医療法人社団 白樺会
本部 人事部　河合 智子
直通 03-0000-8820
t.kawai@shirakaba-dental.example.jp"""

MAILS = [
# ---------- holds ----------
dict(expect="hold", kind="id.mynumber",
 why="添付の年末調整用XLSXに職員と扶養親族のマイナンバーが入っている。本文には個人情報がない。",
 **{"from": SHIBA}, to=["ひかり税理士法人 年調チーム <nencho@hikari-tax.example.jp>"],
 subject="年末調整資料の送付（白樺会 本部・新宿院分）",
 text="""ひかり税理士法人
年調チーム ご担当者様

いつもお世話になっております。白樺会 経理部の柴田です。
本部および新宿院の年末調整資料をお送りします。残りの3院分は来週送付予定です。
ご確認のほど、よろしくお願いいたします。

""" + SIG_SHIBA,
 attachments=[{"filename":"年調_本部新宿_2024.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "text":"""[扶養控除等申告]
社員番号	氏名	生年月日	個人番号	扶養親族	続柄	親族生年月日	親族個人番号
S-0012	岡本 彩	1988/04/17	708839495601	岡本 陽向	長男	2016/09/02	321665546994
S-0027	石原 隆史	1979/12/03	068931948982
S-0031	森下 里奈	1995/07/25	527354969775
[保険料控除]
社員番号	氏名	生命保険料	地震保険料
S-0012	岡本 彩	84,000	12,000
S-0027	石原 隆史	120,000	0"""}],
 personal=[{"type":"mynumber","value":"708839495601"},{"type":"mynumber","value":"321665546994"},{"type":"mynumber","value":"068931948982"},{"type":"mynumber","value":"527354969775"}]),

dict(expect="hold", kind="sensitive.health",
 why="職員の休職理由（うつ病の診断）を氏名付きで社労士に伝えている。",
 **{"from": KAWAI}, to=["社会保険労務士 平野事務所 平野先生 <hirano@hirano-sr.example.jp>"],
 subject="休職手続きのご相談（中野院 歯科衛生士）",
 text="""平野先生

いつもお世話になっております。白樺会 人事部の河合です。
中野院の歯科衛生士 小池 美咲（入職2019年4月）が、12月1日から休職に入ることになりました。

提出された診断書では「うつ病、3か月の休養を要する」とのことです。
本人は傷病手当金の申請を希望しています。
・休職期間の社会保険料の取扱い
・傷病手当金申請書の事業主証明欄の書き方
についてご教示いただけますでしょうか。診断書の写しは郵送いたします。

""" + SIG_KAWAI,
 personal=[{"type":"name","value":"小池 美咲"},{"type":"diagnosis","value":"うつ病、3か月の休養を要する"}]),

dict(expect="hold", kind="id.card",
 why="電話で受けた患者のクレジットカード番号全桁と有効期限を決済代行会社に送っている。",
 **{"from": SHIBA}, to=["ペイコネクト株式会社 加盟店サポート <support@payconnect.example.co.jp>"],
 subject="手動決済のお願い（自費インプラント治療費）",
 text="""ペイコネクト株式会社 加盟店サポート 御中

加盟店ID：SKB-20118（医療法人社団白樺会）

吉祥寺院の端末が故障中のため、電話で承った下記のカード決済を手動で処理いただけますでしょうか。

　カード名義：HIROYUKI KANZAKI
　カード番号：3530 1113 3330 0000
　有効期限：08/27
　金額：385,000円（インプラント1本 一括）

処理完了後、承認番号をご連絡ください。

""" + SIG_SHIBA,
 personal=[{"type":"card","value":"3530 1113 3330 0000"},{"type":"name","value":"HIROYUKI KANZAKI"}]),

dict(expect="hold", kind="list.patients",
 why="添付CSVに患者の氏名・生年月日・住所・電話・最終来院日が並び、外部の印刷業者に送られる。本文には個人情報がない。",
 **{"from": MIURA}, to=["株式会社プリントワークス DM担当 <dm@printworks.example.co.jp>"],
 subject="定期健診リコールハガキ 12月発送分データ",
 text="""株式会社プリントワークス
DM担当 ご担当者様

12月発送分のリコールハガキの宛名データをお送りします。
デザインは前回（9月）と同じで、クリニック名は中野院でお願いします。
12月9日投函予定で進めていただけますと幸いです。

""" + SIG_MIURA,
 attachments=[{"filename":"recall_nakano_202412.csv","contentType":"text/csv","text":"""診察券番号,氏名,フリガナ,生年月日,郵便番号,住所,電話,最終来院日
N-10423,須田 浩二,スダ コウジ,1975/03/08,164-0000,東京都中野区中野五丁目21-4,090-0000-3318,2024/05/22
N-10587,今村 由紀,イマムラ ユキ,1990/11/19,164-0000,東京都中野区新井二丁目6-11-203,080-0000-9024,2024/06/03
N-11002,北原 蓮,キタハラ レン,2012/01/27,165-0000,東京都中野区野方一丁目30-2,03-0000-4761,2024/06/10
N-11245,宮田 和枝,ミヤタ カズエ,1948/08/30,164-0000,東京都中野区本町四丁目44-8,03-0000-1859,2024/06/14"""}],
 personal=[{"type":"name","value":"須田 浩二"},{"type":"address","value":"東京都中野区新井二丁目6-11-203"},{"type":"phone","value":"03-0000-1859"}]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="給与データをパスワード付きzip（PPAP）で社労士に送っている。",
 **{"from": SHIBA}, to=["社会保険労務士 平野事務所 <hirano@hirano-sr.example.jp>"],
 subject="11月分 勤怠・給与データ",
 text="""平野先生

11月分の勤怠・給与データを送付いたします。
解凍パスワードは別メールでお送りします。

""" + SIG_SHIBA,
 attachments=[{"filename":"kyuyo_202411.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="personal.resume",
 why="応募者の履歴書（住所・電話・生年月日・職歴）を外部の採用コンサルに転送している。",
 **{"from": KAWAI}, to=["デンタルキャリア研究所 石田様 <ishida@dental-career-lab.example.jp>"],
 subject="歯科医師応募者の件（ご意見をいただきたく）",
 text="""石田様

お世話になっております。白樺会の河合です。
先日お話しした、立川院の勤務医募集に応募してきた先生の履歴書をお送りします。
経歴のブランクをどう見るべきか、面接前にご意見をいただけますと助かります。

――以下、履歴書（PDF）のテキスト――
氏名：新井 孝之（あらい たかゆき）
生年月日：1989年6月14日（35歳）
現住所：東京都立川市錦町二丁目8番5号 ルミエール錦町501
電話：090-0000-2750
メール：t.arai.dds@freemail.example.com
学歴：2008年 ○○歯科大学 入学／2014年 同 卒業
職歴：2015年〜2019年 ひまわり歯科医院（八王子）勤務
　　　2019年〜2022年 家業の手伝いのため離職
　　　2022年〜現在 非常勤（複数医院）
資格：歯科医師免許（2014年取得）

""" + SIG_KAWAI,
 personal=[{"type":"name","value":"新井 孝之"},{"type":"address","value":"東京都立川市錦町二丁目8番5号 ルミエール錦町501"},{"type":"phone","value":"090-0000-2750"}]),

dict(expect="hold", kind="sensitive.health",
 why="保険会社への返信自体は事務的だが、引用部分に患者名と顎骨壊死の診断・服薬歴がある。",
 **{"from": MIURA}, to=["あおぞら損害保険 医療賠償担当 今井様 <imai@aozora-sonpo.example.co.jp>"],
 subject="Re: 事故報告書のご提出について",
 text="""今井様

ご連絡ありがとうございます。
事故報告書は12月4日までに提出いたします。院長のコメントは下記のとおりです。
ご確認のほど、よろしくお願いいたします。

""" + SIG_MIURA + """

> From: 吉祥寺院 院長 佐野
> To: 本部 総務 三浦
> 件名: 患者クレームの件（保険会社向け）
>
> 三浦さん
> 患者の 野口 久美子 様（62歳）の件です。
> 9月に右下6番を抜歯後、骨が露出して治らず、大学病院で「薬剤関連顎骨壊死」と診断されたとのこと。
> ご本人は骨粗しょう症でビスホスホネート製剤を5年服用していたが、初診時の問診票には記載がなかった。
> 治療費と慰謝料の請求を検討しているとのことで、保険会社への報告をお願いします。
> 佐野""",
 personal=[{"type":"name","value":"野口 久美子"},{"type":"diagnosis","value":"薬剤関連顎骨壊死"},{"type":"diagnosis","value":"骨粗しょう症でビスホスホネート製剤を5年服用"}]),

dict(expect="hold", kind="id.employment_insurance",
 why="件名だけに退職者の氏名と雇用保険被保険者番号がある。本文には個人情報がない。",
 **{"from": KAWAI}, to=["社会保険労務士 平野事務所 <hirano@hirano-sr.example.jp>"],
 subject="離職票の件：西田 亜希子様（雇用保険被保険者番号 5012-483920-7）",
 text="""平野先生

標記の件、先日お電話でご相談したとおり手続きをお願いいたします。
必要書類は本日レターパックで発送しました。

""" + SIG_KAWAI,
 personal=[{"type":"employment_insurance","value":"5012-483920-7"},{"type":"name","value":"西田 亜希子"}]),

dict(expect="hold", kind="recipients.visible",
 why="セミナー案内を、別々の医院の歯科医師12名にToで見える形で送っている。",
 **{"from": MIURA},
 to=["info@sakura-shika.example.jp","dr.endo@endo-dental.example.jp","kawamura.dc@freemail.example.com","office@midori-dental.example.jp","t.fujii@fujii-shika.example.jp","contact@aozora-dental.example.com","nakagawa@nakagawa-do.example.jp","hayashi.dds@isp-mail.example.ne.jp","reception@ekimae-shika.example.jp","yamane@yamane-dental.example.jp","info@kodomo-shika.example.jp","ueda.ortho@webmail.example.jp"],
 subject="【ご案内】白樺会 症例検討会（1月25日）のお知らせ",
 text="""先生方

いつも患者さまのご紹介をいただき、誠にありがとうございます。
白樺会では、地域の先生方との症例検討会を下記のとおり開催いたします。

日時：2025年1月25日（土）18:30〜20:30
会場：白樺ビル 5階 セミナールーム（新宿）
テーマ：高齢患者の義歯とインプラントオーバーデンチャー
講師：白樺会 理事長 白石 雅彦

ご出欠を1月10日までにご返信ください。懇親会もございます。

""" + SIG_MIURA),

dict(expect="hold", kind="id.bank_account",
 why="非常勤歯科医師（個人）の報酬振込口座を外部の会計事務所に送っている。",
 **{"from": SHIBA}, to=["会計事務所 フォレスト 記帳担当 <kicho@forest-kaikei.example.jp>"],
 subject="非常勤医師 報酬支払先の登録依頼",
 text="""フォレスト会計事務所
記帳ご担当 様

12月から立川院で非常勤勤務となる先生の報酬支払先です。
支払データへの登録をお願いします。

　氏名：村瀬 大樹 先生（個人事業主）
　振込先：東都銀行 立川北支店 普通 3058172
　口座名義：ムラセ ダイキ
　報酬：日給 45,000円（源泉徴収あり）

""" + SIG_SHIBA,
 personal=[{"type":"bank_account","value":"東都銀行 立川北支店 普通 3058172"},{"type":"name","value":"村瀬 大樹"}]),

# ---------- passes ----------
dict(expect="pass", kind="benign.test_card_dev_minutes",
 why="開発環境のテスト用カード番号が議事録にあるだけで、実在の顧客のカードではない。",
 **{"from": MIURA}, to=["株式会社ネクストメディカルIT 開発チーム <dev@nextmed-it.example.co.jp>"], cc=["柴田 健一 <k.shibata@shirakaba-dental.example.jp>"],
 subject="議事録：Web予約・事前決済機能 定例（11/20）",
 text="""ネクストメディカルIT 開発チームの皆さま

本日の定例の議事録です。修正があればお知らせください。

■日時：11/20（水）15:00〜16:00　オンライン
■出席：ネクストメディカルIT 大西様・谷様、白樺会 三浦・柴田

■決定事項
1. 自費診療の事前決済はステージング環境で結合テストを開始（11/25〜）
2. テストカードは決済代行会社の指定番号を使用する
   - 承認：4111 1111 1111 1111（有効期限 12/30、CVC 123）
   - 与信NG：4000 0000 0000 0002
3. 本番ではカード番号を当院サーバーに保存しない（トークン化）

■宿題
- 大西様：キャンセル時の返金フロー図（11/27まで）
- 柴田：経理システムへの売上連携の項目確認

""" + SIG_MIURA),

dict(expect="pass", kind="benign.health_aggregate",
 why="健康診断の受診率や有所見率などの集計値だけで、個人は特定できない。",
 **{"from": KAWAI}, to=["東京歯科医療健康保険組合 保健事業課 <hoken@tokyo-shika-kenpo.example.or.jp>"],
 subject="健康経営優良法人 申請に向けたデータのご提供",
 text="""東京歯科医療健康保険組合
保健事業課 ご担当者様

健康経営優良法人2025の申請にあたり、当法人の数値をまとめました。

・定期健康診断受診率：100%（職員142名）
・二次検査受診率：71.4%（対象28名中20名）
・ストレスチェック受検率：93.0%、高ストレス者割合 8.5%
・喫煙率：9.2%（前年比 -2.1pt）
・特定保健指導実施率：45.0%

組合側で保有しているレセプト分析の集計（法人単位）もご提供いただけますと幸いです。

""" + SIG_KAWAI),

dict(expect="pass", kind="benign.disability_aggregate",
 why="障害者雇用率の集計値と制度の相談で、個人は出てこない。",
 **{"from": KAWAI}, to=["社会保険労務士 平野事務所 平野先生 <hirano@hirano-sr.example.jp>"],
 subject="障害者雇用率の見込みについて",
 text="""平野先生

来年度の障害者雇用について、ご相談です。

現在の状況
・常用労働者数：142名（短時間労働者を0.5でカウント）
・雇用障害者数：3.0名　→ 実雇用率 2.11%
・法定雇用率（2026年7月から2.7%）を満たすには、あと1〜1.5名の採用が必要

本部の受付・滅菌業務での採用を検討しています。特例子会社やハローワークの職場実習の活用について、次回の訪問時にお話を伺えますでしょうか。

""" + SIG_KAWAI),

dict(expect="pass", kind="benign.product_medical_words",
 why="知覚過敏・義歯・歯周病などは製品名や用途の説明で、個人の健康情報ではない。",
 **{"from": MIURA}, to=["株式会社デンタルサプライ東京 受注センター <order@dsupply-tokyo.example.co.jp>"],
 subject="12月分 材料発注（4院まとめ）",
 text="""デンタルサプライ東京 受注センター御中

12月分の発注です。納品は各院あてにお願いします。

品名 / JAN / 数量 / 納品先
- 知覚過敏用コーティング材「シールドミライ」 / 4987000123456 / 10 / 新宿院
- 義歯安定剤 クッションタイプ「ハルカ」 / 4987000654321 / 24 / 中野院
- 歯周病予防ジェル「サクラ」60g / 4580000112233 / 36 / 吉祥寺院
- 感染対策用グローブ Mサイズ / 4904000556677 / 40箱 / 立川院
- 口腔がん検診用ライト 交換バッテリー / 4580000998877 / 2 / 新宿院

請求書は本部経理部あてでお願いします。

""" + SIG_MIURA),

dict(expect="pass", kind="benign.corporate_account_change",
 why="法人名義の口座変更のお知らせで、個人の口座ではない。",
 **{"from": SHIBA}, bcc=["ap@dsupply-tokyo.example.co.jp","keiri@labo-ichigaya.example.jp","accounts@nextmed-it.example.co.jp","seikyu@printworks.example.co.jp"], to=["白樺会 経理部 <keiri@shirakaba-dental.example.jp>"],
 subject="【重要】振込先口座変更のお知らせ（医療法人社団白樺会）",
 text="""お取引先各位

平素は格別のご高配を賜り、厚く御礼申し上げます。
このたび当法人の入金口座を下記のとおり変更いたします。2025年1月1日以降のお振込みは新口座へお願いいたします。

【新】東都銀行 新宿西口支店 当座 0071245
　　　口座名義：イ）シラカバカイ
【旧】さくら信用金庫 新宿支店 普通 2204418（12月末で解約）

なお、本件を装った詐欺メールにご注意ください。ご不明な点は経理部 柴田（03-0000-8815）までお電話ください。

""" + SIG_SHIBA),

dict(expect="pass", kind="benign.employment_verification",
 why="本人の同意のもとで、在籍期間と職名だけを回答する在籍確認。",
 **{"from": KAWAI}, to=["株式会社みどり住宅ローンセンター 審査部 <shinsa@midori-loan.example.co.jp>"],
 subject="Re: 在籍確認のお願い（同意書受領済み）",
 text="""みどり住宅ローンセンター 審査部
ご担当者様

ご依頼の在籍確認について、ご本人の同意書（11月15日付）を確認しましたので、下記のとおり回答いたします。

　氏名：坂口 優一
　在籍：在籍中（2017年4月1日入職）
　職名：歯科技工士（中野院）
　雇用形態：正職員

給与額その他については、当法人の規程によりお答えしておりません。

""" + SIG_KAWAI),

dict(expect="pass", kind="benign.masked_card_refund",
 why="患者本人への返金案内で、カード番号は下4桁のみ。",
 **{"from": SHIBA}, to=["堀江 千夏 <chinatsu.horie@freemail.example.com>"],
 subject="ご返金のお知らせ（白樺デンタルクリニック新宿）",
 text="""堀江 千夏 様

白樺デンタルクリニック新宿をご利用いただき、ありがとうございます。
お問い合わせいただいたホワイトニング料金の二重決済につきまして、下記のとおり返金手続きを行いました。

　ご利用日：2024年11月8日
　返金額：33,000円
　ご利用カード：VISA ************1881
　返金反映：カード会社により1〜2か月後の明細に反映されます

ご迷惑をおかけし、大変申し訳ございませんでした。

""" + SIG_SHIBA),

dict(expect="pass", kind="benign.congratulations",
 why="歯科医師会長の受章祝いで、公人の公表された情報だけ。",
 **{"from": MIURA}, to=["新宿区歯科医師会 事務局 <jimukyoku@shinjuku-dental-assoc.example.or.jp>"],
 subject="松永会長 旭日双光章ご受章のお祝い",
 text="""新宿区歯科医師会 事務局 御中

このたび、松永 哲郎 会長が秋の叙勲において旭日双光章を受章されましたこと、心よりお祝い申し上げます。
長年にわたる学校歯科保健と地域医療へのご尽力が認められたものと、法人一同大変うれしく存じます。

祝賀会が開催される際には、理事長 白石が出席させていただきたく、ご案内をいただけますと幸いです。
まずは略儀ながらメールにてお祝い申し上げます。

""" + SIG_MIURA),

dict(expect="pass", kind="benign.reschedule_unwell",
 why="担当者の「体調不良」による日程変更で、病名など要配慮情報はない。",
 **{"from": MIURA}, to=["株式会社ネクストメディカルIT 大西様 <onishi@nextmed-it.example.co.jp>"],
 subject="明日の打合せ日程変更のお願い",
 text="""大西様

お世話になっております。白樺会の三浦です。
明日11/27（水）15時からの打合せですが、同席予定の柴田が体調不良のため、本日早退いたしました。
大変恐縮ですが、11/29（金）15時または12/2（月）10時に変更いただけますでしょうか。

急なお願いで申し訳ございません。

""" + SIG_MIURA),

dict(expect="pass", kind="benign.lab_order_numbers",
 why="技工指示の番号や患者IDは院内の記号だけで、氏名などは含まない外注技工所への発注。",
 **{"from": MIURA}, to=["市ヶ谷デンタルラボ 受付 <uketsuke@labo-ichigaya.example.jp>"],
 subject="技工物 納期確認（指示書No. 24-1187〜24-1192）",
 text="""市ヶ谷デンタルラボ 受付ご担当様

下記の技工物の納期をご確認いただけますでしょうか。

指示書No.  / 院 / 種類 / 希望納期
24-1187 / 新宿 / ジルコニアクラウン（#16） / 12/3
24-1188 / 新宿 / ナイトガード / 12/3
24-1190 / 中野 / 部分床義歯（上顎） / 12/6
24-1192 / 立川 / インプラント上部構造（#36） / 12/10

シェードは各指示書のとおりです。集荷は毎日17時でお願いします。

""" + SIG_MIURA),
]
