from common import *

# 81 P SW quote to a company named after its founder
add(expect="pass", kind="benign.company_name",
why="「田中精機」は会社名、田中様は取引先担当者。見積番号・金額のみで個人情報はない。",
frm=MORISHITA, to=["株式会社田中精機 総務部 田中 美紀様 <m.tanaka@tanaka-seiki.co.jp>"],
subject="Re: 【田中精機様】HarborHR 年末調整オプションのお見積り",
text="""株式会社田中精機
総務部 田中様

お世話になっております。ロジックハーバーの森下です。
先日お問い合わせいただいた年末調整オプションのお見積りをお送りします。

　見積番号：Q-2025-0877
　対象人数：84名（正社員 61名／パート 23名）
　年末調整オプション：月額 8,400円（1名あたり100円）
　初期設定支援（リモート 2回）：55,000円
　合計（初年度）：155,800円（税別）
　見積有効期限：2025年7月31日

田中社長から伺っていた「紙の申告書との併用」も、オプションの範囲で対応可能です。
ご不明点があれば、お気軽にご連絡ください。
""" + SIG_MORISHITA + """

> ロジックハーバー 森下様
> 田中精機の田中です。先日はデモをありがとうございました。
> 社長（田中）とも相談し、年末調整オプションを前向きに検討しています。
> 84名分の見積りをお願いできますか。
""")

# 82 H CD customer's debts and income in forwarded message to outside FP
add(expect="hold", kind="profile.debt",
why="転送部分に顧客個人の私用メール・年収・カードローン等の借入残高が含まれ、外部のFP事務所へ送っている。",
frm=TAKANO, to=["つばさFP事務所 小野田様 <onoda@tsubasa-fp.jp>"],
subject="FW: 資金計画のご相談",
text="""つばさFP事務所
小野田様

お世話になっております。東雲レジデンス開発の鷹野です。
以前お話ししていたお客様の件、ご本人から相談の了承をいただきましたので、いただいたメールをそのまま転送します。
来週7/2（水）の個別相談で、返済計画のご説明をお願いできればと思います。

-------- 転送メッセージ --------
差出人: 堀 健太郎 <kentaro.hori.1987@gmail.com>
日付: 2025年6月19日 22:47
件名: 資金計画のご相談
宛先: 鷹野 美穂 <takano@shinonome-rd.co.jp>

鷹野さん
先日はありがとうございました。妻とも相談しました。
正直にお伝えしておくと、いま以下の借入れがあります。
・カードローン（消費者金融）残高 86万円
・奨学金 残り 212万円（月1.4万円）
・車のローン 残り 140万円
年収は私が 520万円、妻はパートで 110万円くらいです。
これで4,000万円台の部屋が買えるのか、FPの方に一度見てもらいたいです。
堀
""",
personal=[("name","堀 健太郎"),("email","kentaro.hori.1987@gmail.com"),("debt","カードローン（消費者金融）残高 86万円"),("pay","520万円")])

# 83 P NH aggregated stress-check analysis to occupational physician
add(expect="pass", kind="benign.aggregate_health",
why="ストレスチェックの集団分析（10名以上の集団の割合）と人数のみで、個人を特定する情報はない。",
frm=KUBODERA, to=["しらいし労働衛生コンサルタント事務所 白石先生 <shiraishi@shiraishi-ohc.jp>"],
subject="2025年度 ストレスチェック集団分析結果のご確認",
text="""しらいし労働衛生コンサルタント事務所
白石先生

いつもお世話になっております。桜ヶ丘の里の久保寺です。
実施機関から届いた集団分析結果の要約をお送りします。次回の衛生委員会（7/16）でご講評をお願いできますでしょうか。

　受検率：92.1%（対象 63名中 58名）
　高ストレス者の割合：12.1%（昨年度 15.8%）
　面接指導の申出：2名（実施機関経由。氏名は施設には通知されていません）

　集団別（10名以上の集団のみ）	仕事の量的負担	コントロール	上司の支援	総合健康リスク
　介護職（日勤中心）	9.8	7.1	7.6	108
　介護職（夜勤あり）	10.4	6.5	7.2	116
　看護・リハ・相談員	8.9	7.8	8.1	97

※10名未満の集団（栄養室・事務）は、個人が特定されるおそれがあるため集計から除外しています。
夜勤ありの集団で総合健康リスクが上がっている点について、ご意見をいただけますと幸いです。
""" + SIG_KUBODERA)

# 84 H SW 13 customer contacts from different companies in To
add(expect="hold", kind="recipients.many",
why="別々の顧客企業13社の担当者アドレスをToに並べて送信しており、他社にアドレスが見える（Bccにすべき）。",
frm=MORISHITA,
to=["imamura@maruyoshi-foods.co.jp","hayase@shirakaba-unso.jp","suda@minami-seiko.co.jp","m.tanaka@tanaka-seiki.co.jp",
    "keiri@bayside-dental.jp","soumu@himawari-butsuryu.co.jp","jinji@sakura-chozai.jp","maruoka@towa-techno.co.jp",
    "d.whitford@kessler-freight.com","priya.nair@tessellate-retail.jp","somu@yamato-denko.co.jp","office@hoshino-kogyo.jp",
    "admin@tsubame-logi.co.jp"],
subject="【重要】6/29(日) HarborDesk・HarborHR 定期メンテナンスのお知らせ",
text="""お客様各位

いつもLogicHarborをご利用いただき、誠にありがとうございます。
下記の日程で定期メンテナンスを実施いたします。

■日時：2025年6月29日（日）1:00〜5:00（予定）
■対象：HarborDesk、HarborHR（Web・モバイルアプリ・API）
■影響：メンテナンス中はすべての機能がご利用いただけません
■内容：データベースのバージョンアップ、証明書の更新

作業が早く終わった場合は、その時点でサービスを再開いたします。
ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。
""" + SIG_MORISHITA)

# 85 P DS internal shift table to 13 colleagues
add(expect="pass", kind="benign.internal_many",
why="宛先13名はすべて自校ドメイン。内容は指導員の勤務シフトで外部には出ない。",
frm=SAEKI,
to=[f"{n} <{a}@minato-ds.co.jp>" for n,a in [("大河内 修","okochi"),("宮坂 努","miyasaka"),("古川 亮","furukawa"),("千葉 圭介","chiba"),
   ("桑原 直樹","kuwabara"),("瀬尾 まゆみ","seo"),("山内 拓郎","yamauchi"),("小松 玲奈","komatsu"),("戸塚 晃","totsuka"),
   ("島田 光","shimada"),("送迎担当","sogei"),("受付","uketsuke"),("教習課","kyoshu")]],
subject="7月前半 技能教習シフト（確定版）",
text="""指導員の皆さん

お疲れさまです。教習課の佐伯です。
7月前半（7/1〜7/15）の技能教習シフト、確定版です。先週の仮版から3か所変わっています（★印）。

日付	早番（8:50-17:30）	遅番（11:20-20:00）	検定員	高齢者講習
7/1(火)	宮坂・古川・瀬尾	千葉・山内・戸塚	宮坂	―
7/2(水)	古川・桑原・小松	千葉・島田・山内	古川	午前
7/3(木)	宮坂・瀬尾・戸塚	桑原・小松・島田	宮坂	―
7/5(土)★	宮坂・古川・千葉・瀬尾	山内・戸塚・島田・小松	千葉	午前・午後
7/8(火)★	古川・桑原・戸塚	宮坂・千葉・瀬尾	古川	午後のみ（午前は車両点検）
7/9(水)★	宮坂・山内・小松	古川・桑原・島田	宮坂	午前

※7/5・7/6は取消処分者講習（2日間）のため、戸塚さんは講習担当です。
※シフト交代の希望は、交代相手と合意のうえ佐伯まで。
""" + SIG_SAEKI)

# 86 H DR doctor's private bank account to clinic for direct payment
add(expect="hold", kind="id.account",
why="スポット勤務医師個人の振込口座と日給を外部のクリニックへメールしている。",
frm=NIKAIDO, to=["ふじみ野三恵クリニック 事務長 中島様 <nakajima@fujimino-sankei.jp>"],
subject="スポット勤務 報酬振込先（7/5 外来 戸倉先生）",
text="""中島事務長

お世話になっております。メディブリッジ・キャリアの二階堂です。
7月5日（土）の外来スポット勤務の戸倉 俊先生について、報酬は貴院から直接お振込みとのことでしたので、
ご本人から伺った振込先をお知らせします。

　氏名：戸倉 俊（トクラ シュン）
　報酬：日給 80,000円（9:00〜17:00）＋交通費 実費 1,980円
　振込先：ひかり銀行 新宿西口支店 普通 6620481
　口座名義：トクラ シュン
　お支払日：7月末日（貴院の締め日に合わせて）

源泉徴収の取扱いは、前回（5月）と同様でお願いいたします。
""" + SIG_NIKAIDO,
personal=[("name","戸倉 俊"),("account","普通 6620481"),("pay","日給 80,000円")])

# 87 P CD buyer's own contract details sent to him
add(expect="pass", kind="benign.self_data",
why="契約者本人の住所・生年月日・ローン内容を、確認のため本人のアドレスへ送るもの（第三者なし）。",
frm=TAKANO, to=["桐生 亮介 様 <ryosuke.kiryu@gmail.com>"],
subject="ご契約内容の確認書送付（1106号室）",
text="""桐生 亮介 様

いつもお世話になっております。鷹野です。
先日はご契約いただき、誠にありがとうございました。
ご契約内容の確認書をお送りします。ご登録内容に誤りがないか、ご確認をお願いいたします。
（住民票の住所と番地の表記が異なる場合は、登記に影響しますのでお知らせください）

次回は7月中旬のオプション相談会でお会いできるのを楽しみにしております。
""" + SIG_TAKANO,
attachments=[dict(filename="契約内容確認書_1106.pdf", contentType=PDF, text=
"""ご契約内容確認書
物件：シノノメ・ザ・テラス武蔵浦和 1106号室（3LDK 70.85㎡）
契約日：2025年6月28日　売買代金：38,900,000円　手付金：3,890,000円（受領済み）
ご契約者：桐生 亮介 様　生年月日：1989年10月2日
現住所：東京都板橋区常盤台2-7-15 ハイム常盤台301
電話：080-5531-2478　メール：ryosuke.kiryu@gmail.com
住宅ローン（予定）：さきたま銀行 借入額 33,000,000円 35年 変動金利
引渡し予定：2026年3月下旬""")])

# 88 H NH residents' roster with birthdates and care levels to event company
add(expect="hold", kind="roster.residents",
why="入所者5名の氏名・生年月日・居室・要介護度・食形態の一覧を外部のイベント会社へ送っている。",
frm=NONOMURA, to=["株式会社ハッピーステージ 企画部 河原様 <kawahara@happy-stage.co.jp>"],
subject="敬老会（9/15）記念品・色紙の名入れリスト",
text="""ハッピーステージ
企画部 河原様

お世話になっております。桜ヶ丘の里の野々村です。
敬老会の記念品と色紙の名入れ用に、今年のお祝い対象の方のリストをお送りします。
お膳の形態も入れてあるので、祝い膳の手配にも使ってください。
""" + SIG_NONOMURA,
attachments=[dict(filename="敬老会_お祝い対象者_2025.xlsx", contentType=XLSX, text=
"""お祝い	氏名	ふりがな	生年月日	年齢	居室	要介護度	食形態	備考
米寿	水野 ハル	みずの はる	1937/10/02	88	205	要介護3	普通食	
米寿	関口 正三	せきぐち しょうぞう	1937/12/19	87	312	要介護4	きざみ食	
卒寿	新井 千代	あらい ちよ	1935/08/27	90	108	要介護5	ミキサー食	胃ろう併用・色紙のみ
卒寿	岡 つる	おか つる	1935/11/30	89	219	要介護3	普通食	
白寿	榊 フミ	さかき ふみ	1926/09/20	98	301	要介護5	ゼリー食	体調により欠席の可能性""")],
personal=[("name","水野 ハル"),("birthdate","1937/10/02"),("name","新井 千代"),("health","胃ろう併用"),("name","榊 フミ"),("birthdate","1926/09/20")])

# 89 P DR candidate's own registered data to his own address
add(expect="pass", kind="benign.self_data",
why="医師本人に本人の登録情報を確認してもらうためのメールで、送り先は本人の私用アドレス。",
frm=NIKAIDO, to=["安斎 智史 先生 <satoshi.anzai.md@gmail.com>"],
subject="ご登録情報の確認のお願い",
text="""安斎先生

お世話になっております。メディブリッジ・キャリアの二階堂です。
病院へのご推薦の前に、弊社にご登録いただいている内容をご確認いただけますでしょうか。
変更がある箇所だけ、ご返信でお知らせください。

　氏名：安斎 智史（あんざい さとし）
　生年月日：1982年4月9日
　現住所：さいたま市北区日進町2-845-3
　携帯：090-6612-8871
　専門：総合内科（日本内科学会 総合内科専門医）
　医籍登録：2008年
　現勤務先：上尾南病院（常勤）
　希望条件：常勤、年収1,700万円以上、当直 月4回まで、さいたま市内〜戸田

面談日程は7/3（木）14:00で調整中です。確定しましたらご連絡します。
""" + SIG_NIKAIDO)

# 90 H DS trainee's provisional licence number and other party's contact to insurer
add(expect="hold", kind="id.license",
why="教習生の仮運転免許証番号・生年月日と、事故相手方個人の氏名・携帯・車両番号を外部の保険会社へ送っている。",
frm=OKOCHI, to=["東洋海上火災保険 横浜南支社 事故受付 川端様 <kawabata@toyokaijo-sonpo.co.jp>"],
subject="教習中の接触事故（6/13）事故報告",
text="""東洋海上火災保険
横浜南支社 事故受付 川端様

お世話になっております。みなとドライビングスクールの大河内です。
お電話でご報告した路上教習中の接触事故について、事故報告をお送りします。

【事故概要】
日時：2025年6月13日（金）15:12頃
場所：横浜市金沢区釜利谷東2丁目 市道交差点付近
状況：左折時、教習車の左後部が信号待ちで停車中の一般車両の右前部に接触（人身なし）

【当方】
車両：教習車 横浜 500 す 11-84
運転者（教習生）：瀬川 美咲　生年月日 2005年1月9日
仮運転免許証番号：第452108734560号
同乗指導員：古川 亮（補助ブレーキ操作が遅れたと本人申告）

【相手方】
氏名：平林 康夫 様
連絡先：080-7712-3345
車両：横浜 330 ね 45-21（トヨタ プリウス）
ご本人は修理見積りを取るとのことです。

ドライブレコーダーの映像は、ご指定の方法でお送りします。
""" + SIG_OKOCHI,
personal=[("name","瀬川 美咲"),("birthdate","2005年1月9日"),("license","452108734560"),("name","平林 康夫"),("phone","080-7712-3345")])

# 91 P SW long JP/EN thread with partner staff and heavy signatures
add(expect="pass", kind="benign.thread",
why="販売代理店との打合せスレッドで、登場するのは取引先担当者の名刺情報（業務用携帯を含む）だけ。",
frm=MORISHITA, to=["株式会社データフォート 川島様 <kawashima@datafort.co.jp>"], cc=[CARTER, "株式会社データフォート 平田様 <hirata@datafort.co.jp>"],
subject="Re: Re: 代理店向けサポート窓口の一本化について",
text="""川島様

お世話になっております。ロジックハーバーの森下です。
7/8（火）15:00〜でお願いいたします。弊社からは森下と Emily Carter（英語対応窓口）が伺います。
平田様にもご参加いただけるとのこと、ありがとうございます。

議題案：
1. 一次受付を御社、二次以降を弊社とする切り分け基準
2. チケットの引継ぎ方法（HarborDesk のパートナーポータル利用）
3. 英語のお問い合わせ（外資系のお客様）の扱い ― Emily may answer directly in English

よろしくお願いいたします。
""" + SIG_MORISHITA + """

-----Original Message-----
From: 川島 誠一 <kawashima@datafort.co.jp>
Sent: Friday, June 20, 2025 11:03 AM
Subject: Re: 代理店向けサポート窓口の一本化について

森下様

ご提案ありがとうございます。一度お打合せをお願いできればと思います。
7/8（火）15時、または7/10（木）10時はいかがでしょうか。
弊社からは私と、サポート課長の平田が参加します。

━━━━━━━━━━━━━━━━━━━━━━━━
株式会社データフォート
パートナー営業部 部長　川島 誠一
〒550-0002 大阪市西区江戸堀1-9-1 肥後橋センタービル6F
TEL 06-6441-3320 / 携帯 090-9917-4028
kawashima@datafort.co.jp
━━━━━━━━━━━━━━━━━━━━━━━━

> -----Original Message-----
> From: 森下 健太
> Sent: Wednesday, June 18, 2025 5:40 PM
> 川島様
> 御社経由のお客様からの問い合わせが、御社と弊社の両方に届くケースが増えております。
> 窓口の一本化について、一度ご相談させていただけないでしょうか。
""")

# 92 H CD foreign buyer's residence card / passport to bank
add(expect="hold", kind="id.passport",
why="外国籍の購入希望者の国籍・在留カード番号・旅券番号・生年月日・年収を外部の銀行へ送っている。",
frm=ISHIGURO, to=["さきたま銀行 浦和住宅ローンセンター 青柳様 <aoyagi.k@sakitama-bank.co.jp>"],
subject="外国籍のお客様の事前審査について（802号室）",
text="""青柳様

お世話になっております。東雲レジデンス開発の石黒です。
802号室のお客様について、事前審査の可否をご相談させてください。

　申込人：グエン・ティ・フォン 様（NGUYEN THI PHUONG）
　国籍：ベトナム
　在留資格：永住者（2022年許可）
　在留カード番号：KM62039184FA
　旅券番号：C4819276
　生年月日：1986年3月15日
　勤務先：株式会社武蔵野フーズ 品質管理課（勤続11年）
　年収：485万円
　配偶者：日本国籍（連帯債務の予定）

永住者であれば通常の審査と同条件と伺っていますが、念のため必要書類をご教示ください。
""" + SIG_ISHIGURO,
personal=[("name","グエン・ティ・フォン"),("race","ベトナム"),("idnumber","KM62039184FA"),("passport","C4819276"),
          ("birthdate","1986年3月15日"),("pay","485万円")])

# 93 P NH business codes to care-software vendor
add(expect="pass", kind="benign.lookalike_number",
why="介護保険事業所番号・法人番号・地域区分は事業所の情報で、個人情報はない。",
frm=KUBODERA, to=["株式会社ケアソフトウェア 導入支援窓口 <support@caresoft-kk.jp>"],
subject="請求ソフト 事業所情報の変更について",
text="""株式会社ケアソフトウェア
導入支援窓口 御中

いつもお世話になっております。特別養護老人ホーム 桜ヶ丘の里の久保寺です。
7月1日付で事業所情報に変更があるため、請求ソフトのマスタ変更をお願いいたします。

　事業所名：特別養護老人ホーム 桜ヶ丘の里
　介護保険事業所番号：1171500432（変更なし）
　併設短期入所：1171500440（変更なし）
　法人番号：4030005009127
　地域区分：6級地
　【変更】管理者：久保寺 健一 → 小田切 直人
　【変更】電話番号（請求担当直通）：04-2958-3316

7月分（8月10日提出）の請求から反映されるようお願いいたします。
作業日程のご連絡をお待ちしております。
""" + SIG_KUBODERA)

# 94 H SW dental clinic patient contact list to offshore developer (English)
add(expect="hold", kind="roster.customer_list",
why="Customer's patient contact list (names, phones, emails, treatment notes) sent to an outside development vendor.",
frm=CARTER, to=["Tran Minh Quan <quan.tran@saigonbyte.vn>"],
subject="[HD-2210] Duplicate contacts after merge - customer export (Bayside Dental)",
text="""Hi Quan,

Bayside Dental reports that the "merge contacts" job created duplicates instead of merging
when the phone number has a different format (090-xxxx-xxxx vs 090xxxxxxxx).

Attached is the export they sent us. Rows 1-2 and 3-4 should have been merged.
Repro steps:
1. Import the CSV into a fresh tenant
2. Run Contacts > Merge duplicates (rule: phone OR email)
3. Expected 3 contacts, actual 5

Please target v4.12.
""" + SIG_CARTER,
attachments=[dict(filename="bayside_contacts_export_0619.csv", contentType=CSV, text=
"""contact_id,name,phone,email,last_visit,note
C-10422,若林 千尋,090-3317-2286,chihiro.w@gmail.com,2025-06-02,インプラント相談（左下6番）
C-10987,若林 千尋,09033172286,chihiro.w@gmail.com,2025-06-16,
C-11205,松岡 大輝,080-6650-1193,d.matsuoka@yahoo.co.jp,2025-05-28,歯周病治療中・糖尿病あり
C-11206,松岡 大輝,08066501193,,2025-06-11,
C-11310,森 陽子,070-2214-8835,yoko.mori.77@icloud.com,2025-06-18,矯正（小児）保護者""")],
personal=[("name","若林 千尋"),("phone","090-3317-2286"),("email","chihiro.w@gmail.com"),("name","松岡 大輝"),
          ("health","歯周病治療中・糖尿病あり"),("name","森 陽子")])

# 95 P DS meeting with traffic safety association, public officials named
add(expect="pass", kind="benign.meeting",
why="交通安全協会との打合せで、登場するのは署長など公職の方と関係者の業務連絡のみ。",
frm=OKOCHI, to=["金沢交通安全協会 事務局 三好様 <miyoshi@kanazawa-ankyo.jp>"],
subject="秋の交通安全運動 子ども自転車教室の打合せについて",
text="""金沢交通安全協会
事務局 三好様

いつもお世話になっております。みなとドライビングスクールの大河内です。
秋の全国交通安全運動に合わせた「子ども自転車教室」について、打合せの日程をご相談させてください。

・開催予定：9月27日（土）9:30〜12:00　当校 教習コース
・対象：金沢区内の小学3〜6年生 60名（申込制）
・昨年同様、金沢警察署の交通課長 岡島様に開会のご挨拶をお願いしたいと考えています
・区役所の地域振興課からは、後援名義の申請書を8月中に出すよう言われています

打合せは7月第2週の平日午後で、三好様のご都合のよい日時をいただけますでしょうか。
PTA連絡協議会の会長さんにもお声がけする予定です。
""" + SIG_OKOCHI)

# 96 H NH waiting-list details shared with another facility
add(expect="hold", kind="roster.waiting_list",
why="入所待機者4名の氏名・要介護度・認知症の状態・現在の居所・家族の連絡先を外部の施設へ送っている。",
frm=NONOMURA, to=["特別養護老人ホーム 入間川ホーム 浜田様 <hamada@irumagawa-home.jp>"],
subject="入所待機者の情報共有（重複申込の確認）",
text="""入間川ホーム
生活相談員 浜田様

お世話になっております。桜ヶ丘の里の野々村です。
先日の市内相談員連絡会でお話しした、重複申込の確認の件です。
当施設の待機上位の方のうち、貴施設にもお申込みがあると伺っている方を挙げます。

1. 小嶋 ミツ様（91）要介護4、認知症高齢者の日常生活自立度 Ⅲb、現在 老健かすみ在所／次女 小嶋 由香様 080-2249-7713
2. 高野 正 様（84）要介護5、パーキンソン病、在宅（妻と二人暮らし、妻も要支援2）
3. 青木 フサ子様（88）要介護3、独居、生活保護受給中、市の緊急対応ケース
4. 藤本 勝 様（79）要介護4、脳出血後遺症、入間市の病院に入院中（7月末退院予定）

貴施設での順位や、すでに入所が決まった方がいれば教えていただけますと助かります。
""" + SIG_NONOMURA,
personal=[("name","小嶋 ミツ"),("phone","080-2249-7713"),("name","高野 正"),("health","パーキンソン病"),
          ("name","青木 フサ子"),("social","生活保護受給中"),("name","藤本 勝"),("health","脳出血後遺症")])

# 97 P CD brief reply to contractor, unit number only
add(expect="pass", kind="benign.brief_reply",
why="施工会社への短い返信で、契約者は住戸番号のみ。個人名や連絡先は含まれない。",
frm=ISHIGURO, to=["株式会社大洋建設 武蔵浦和作業所 氷室所長 <himuro@taiyo-kensetsu.co.jp>"],
subject="Re: 内覧会 1203号室 指摘事項の再確認日",
text="""氷室所長

承知しました。7/12（土）10時で契約者様にお伝えします。
当日は鷹野が立ち会います。

石黒

> 石黒所長
> 1203号室の内覧会指摘12件のうち、10件は是正完了しました。
> 残り2件（洗面台下の水栓カバー、洋室2のクロス浮き）は7/10に完了予定です。
> 再確認は7/12（土）10時以降でお願いできればと思います。
> 大洋建設 氷室
""")

# 98 H DS complaint with parent's full contact forwarded to bus company
add(expect="hold", kind="profile.forward",
why="教習生の保護者個人の氏名・住所・携帯・私用メールと子の氏名を含む苦情メールを外部のバス会社へ転送している。",
frm=SAEKI, to=["湘南観光バス 運行管理 乾様 <inui@shonan-kanko-bus.co.jp>"],
subject="FW: 送迎バスの運転についてのご意見",
text="""乾様

お疲れさまです。佐伯です。
教習生の保護者の方から、送迎バスについてご意見のメールが届きました。
該当便（6/17 A2便 夕方）の運転手さんへの確認と、再発防止策のご報告をお願いできますでしょうか。
保護者の方へは当校からお返事します。

-----Original Message-----
From: 梅田 京子 <kyoko.umeda.1975@ezweb.ne.jp>
Sent: Tuesday, June 17, 2025 9:48 PM
To: info@minato-ds.co.jp
Subject: 送迎バスの運転について

みなと自動車学校 御中

教習に通っている梅田 結衣の母です。
今日の夕方の送迎バスで、運転手さんが運転中に何度もスマホを触っていたと娘から聞きました。
自動車学校のバスでそんなことがあるのかと驚いています。
娘は怖くて次から乗りたくないと言っています。

降車場所は自宅前（磯子区杉田5-12-8）でお願いしていたのですが、
今日は手前の交差点で降ろされたそうです。

ご説明をお願いします。
梅田 京子　携帯 090-4418-2750
""",
personal=[("name","梅田 京子"),("email","kyoko.umeda.1975@ezweb.ne.jp"),("name","梅田 結衣"),("address","磯子区杉田5-12-8"),("phone","090-4418-2750")])

# 99 P DR brief reply confirming interview time
add(expect="pass", kind="benign.brief_reply",
why="病院人事への短い日程確認で、候補者は「先生」とのみ記載され個人情報はない。",
frm=TSUTAYA, to=["いんば北総病院 人事課 沼田様 <numata@inba-hokuso.or.jp>"],
subject="Re: 面接日程の件",
text="""沼田様

承知しました。7月14日（月）15時で先生にお伝えします。
当日は私も同席いたします。

蔦谷

> 蔦谷様
> いつもお世話になっております。
> 院長の学会出張が入ったため、7/11の面接を7/14（月）15時に変更いただけないでしょうか。
> 場所は変わらず本館3階の応接室です。
> いんば北総病院 人事課 沼田
""")

# 100 H CD scans of buyer's health-insurance eligibility certificate (images)
add(expect="hold", kind="id.insurance",
why="購入者の健康保険資格確認書（番号・記号が写る）の画像を外部の銀行へ添付しており、本文に氏名もある。",
frm=TAKANO, to=["さきたま銀行 浦和住宅ローンセンター 青柳様 <aoyagi.k@sakitama-bank.co.jp>"], cc=[ISHIGURO],
subject="本人確認書類の追加送付（705号室）",
text="""さきたま銀行
浦和住宅ローンセンター 青柳様

お世話になっております。東雲レジデンス開発の鷹野です。
705号室の事前審査の件で、追加でご依頼のあった矢島 隆之様の本人確認書類をお送りします。
健康保険の資格確認書（表・裏）をスキャンしたものです。

勤務先の記載が最新であることもご本人に確認済みです。
本審査の日程が決まりましたらご連絡ください。
""" + SIG_TAKANO,
attachments=[dict(filename="資格確認書_表_矢島様.jpg", contentType=JPG),
             dict(filename="資格確認書_裏_矢島様.jpg", contentType=JPG)],
personal=[("name","矢島 隆之")])
