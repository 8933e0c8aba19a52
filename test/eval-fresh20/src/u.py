# University: 北陵学院大学 (Hokuryo Gakuin University) hokuryo-gakuin.ac.jp
MIYAKE = "三宅 遥 <miyake-h@hokuryo-gakuin.ac.jp>"
TADOKORO = "田所 慎吾 <s.tadokoro@hokuryo-gakuin.ac.jp>"
CARTER = "Emily Carter <e.carter@hokuryo-gakuin.ac.jp>"

SIG_MIYAKE = """--
北陵学院大学 入試課
三宅 遥（みやけ はるか）
〒930-0887 富山県富山市五福西町2-14
TEL 076-441-2230（入試課直通） FAX 076-441-2239
miyake-h@hokuryo-gakuin.ac.jp"""

SIG_TADOKORO = """━━━━━━━━━━━━━━━━━━
北陵学院大学 学生支援課 奨学金係
田所 慎吾
TEL: 076-441-2251 / 内線 2251
Mail: s.tadokoro@hokuryo-gakuin.ac.jp
━━━━━━━━━━━━━━━━━━"""

SIG_CARTER = """Best regards,

Emily Carter
International Admissions Officer
Office of International Admissions, Hokuryo Gakuin University
2-14 Gofuku-nishimachi, Toyama 930-0887, Japan
Tel: +81-76-441-2275 | intl-adm@hokuryo-gakuin.ac.jp"""

MAILS = []
M = MAILS.append

M(dict(key="U01", expect="hold", kind="sensitive.disability",
why="外部の試験会場運営会社へ、受験生2名の氏名と障害・診断名（難聴・ADHD）を送っている。",
frm=MIYAKE,
to=["大野 貴之 <t.ohno@hokushin-test.co.jp>"],
cc=["入試課 <nyushi@hokuryo-gakuin.ac.jp>"],
subject="一般選抜（前期）富山会場 受験上の配慮について（別室2件）",
text=f"""株式会社北信テストサービス
会場運営部 大野様

いつもお世話になっております。北陵学院大学入試課の三宅です。

2月25日の一般選抜（前期）富山会場につきまして、受験上の配慮を許可した受験生が2名おりますので、
会場設営の関係で先にお知らせいたします。

■受験番号 A24-1187 中川 結衣（なかがわ ゆい）さん
　・感音性難聴（両耳）、身体障害者手帳4級
　・補聴器の使用を許可、試験監督からの口頭指示はすべて文書で提示
　・座席は最前列、監督者の口元が見える位置

■受験番号 A24-0932 松浦 颯太（まつうら そうた）さん
　・ADHD（注意欠如・多動症）の診断あり、主治医の意見書提出済み
　・別室受験（定員1名の小部屋で可）、試験時間1.3倍延長
　・延長により昼休みが短くなるため、控室の確保もお願いします

当日の監督者への引継ぎ資料は、2月20日までにこちらで作成してお送りします。
別室の候補として、北棟3階の小会議室をご検討いただけますでしょうか。

よろしくお願いいたします。

{SIG_MIYAKE}""",
personal=[("name","中川 結衣"),("disability","感音性難聴（両耳）、身体障害者手帳4級"),("name","松浦 颯太"),("health","ADHD（注意欠如・多動症）の診断あり")]))

M(dict(key="U02", expect="pass", kind="benign.aggregate_health",
why="障害のある学生・家計困窮学生への支援実績を人数集計だけで報告しており、個人は特定できない。",
frm=TADOKORO,
to=["公益財団法人立山育英会 事務局 <jimukyoku@tateyama-ikuei.or.jp>"],
subject="令和6年度 修学支援事業 実施報告（集計）の送付",
text=f"""公益財団法人立山育英会
事務局 ご担当者様

平素より本学学生への修学支援にご協力を賜り、厚く御礼申し上げます。
北陵学院大学 学生支援課の田所でございます。

標記の件、令和6年度の実施状況を下記のとおりご報告いたします。
（個人別の資料は学内保管とし、本報告には集計値のみを記載しております）

1. 障害のある学生への修学支援（延べ人数）
　区分　　　　　　人数
　視覚障害　　　　2
　聴覚障害　　　　5
　肢体不自由　　　4
　発達障害　　　　19
　精神障害　　　　8
　病弱・虚弱　　　3
　合計　　　　　　41

2. 家計急変・経済的困窮による授業料減免
　申請 63件 / 採択 48件（うち全額免除 12件、半額免除 36件）
　※生活保護世帯・児童養護施設出身者等の内訳は、前年度同様、
　　5名未満の区分は「若干名」と表記しております。

3. 貴会給付奨学金 在籍状況
　1年 6名 / 2年 5名 / 3年 5名 / 4年 4名（休学者なし）

詳細版（学部別）が必要でしたら、個人が特定されない粒度で追加作成いたします。
ご査収のほどよろしくお願いいたします。

{SIG_TADOKORO}"""))

M(dict(key="U03", expect="hold", kind="id.my_number",
why="外部財団への添付Excelに学生3名のマイナンバー・住所が入っている（本文には出ていない）。",
frm=TADOKORO,
to=["経理課 土肥様 <dohi@hokuriku-mirai.or.jp>"],
subject="Re: 研究奨励金 支払調書作成用資料のご提出について",
text=f"""一般財団法人北陸未来奨学財団
経理課 土肥様

お世話になっております。北陵学院大学の田所です。

先日ご依頼のありました、研究奨励金（令和6年分）の支払調書作成用資料を
取りまとめましたので添付にてお送りいたします。
対象の3名には本人確認書類の写しも提出させていますが、そちらは郵送いたします。

不足があればご連絡ください。

{SIG_TADOKORO}

> 2025/01/08 10:12 土肥 <dohi@hokuriku-mirai.or.jp>:
> 北陵学院大学 田所様
> 年末調整の時期に恐縮ですが、研究奨励金の対象学生の個人番号等を
> 1月17日までにご提出いただけますでしょうか。様式は自由です。
> 北陸未来奨学財団 経理課 土肥""",
attachments=[dict(filename="R6_研究奨励金_支払調書用.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
text="""No\t学籍番号\t氏名\tフリガナ\t住所\t個人番号\t支給額
1\t22E1043\t野々村 沙耶\tノノムラ サヤ\t富山県富山市愛宕町1-6-12 コーポ愛宕203\t992777568291\t300,000
2\t21S2208\t桐生 悠真\tキリュウ ユウマ\t富山県射水市太閤山4-21-5\t173363927710\t300,000
3\t22L0517\t大河内 美羽\tオオコウチ ミウ\t石川県金沢市泉野町2-3-18\t279870705314\t240,000""")],
personal=[("name","野々村 沙耶"),("mynumber","992777568291"),("address","富山県富山市愛宕町1-6-12 コーポ愛宕203"),("name","桐生 悠真"),("mynumber","173363927710"),("name","大河内 美羽"),("mynumber","279870705314")]))

M(dict(key="U04", expect="pass", kind="benign.own_data",
why="Admission result and the applicant's own passport number go back only to the applicant herself.",
frm=CARTER,
to=["Nguyen Thi Lan <lan.nguyen.hn98@gmail.com>"],
subject="[Hokuryo Gakuin] Admission result - Master's Program in Regional Economics (Application No. IG25-0214)",
text=f"""Dear Ms. Nguyen Thi Lan,

Congratulations! I am pleased to inform you that you have been admitted to the Master's
Program in Regional Economics, Graduate School of Economics, starting April 2025.

Your details as we have them on file:
  Application No.: IG25-0214
  Name (as in passport): NGUYEN THI LAN
  Passport No.: C4821937
  Scholarship: Hokuryo International Scholarship (50% tuition reduction, 2 years)

Please check that the name and passport number above are exactly as in your passport,
because we will use them for your Certificate of Eligibility (COE) application.
If anything is wrong, just reply to this email before January 31.

Next steps:
  1. Pay the enrolment fee by February 14 (invoice attached separately in the portal).
  2. Upload a passport-style photo to the applicant portal.
  3. Let us know if you want a room in the international residence.

We look forward to welcoming you to Toyama!

{SIG_CARTER}"""))

M(dict(key="U05", expect="hold", kind="id.passport",
why="Passport numbers, birth dates and nationalities of two incoming students sent to an outside housing company.",
frm=CARTER,
to=["International Desk <intl@gofuku-housing.jp>"],
cc=["Kenji Mori <k.mori@gofuku-housing.jp>"],
subject="Room contracts for 2 exchange students arriving 28 March",
text=f"""Dear Mori-san and International Desk team,

Thank you again for holding two rooms for our spring exchange students.
For the lease contracts, here are the details you asked for:

1) Ms. Lea Brandt
   Nationality: Germany
   Date of birth: 14 June 2003
   Passport: C01X7HPR4 (valid until 2031-05-02)
   Arrival: 28 March, NH 0955 via Haneda, arriving Toyama by Hokuriku Shinkansen ~17:30

2) Mr. Diego Alejandro Ruiz Vargas
   Nationality: Mexico
   Date of birth: 2 November 2002
   Passport: G38816422 (valid until 2029-09-17)
   Arrival: 29 March, late evening, will need a key box

Both will stay until 31 July. The deposit will be paid by the university as usual.
Could you send me the draft contracts by 10 March?

{SIG_CARTER}""",
personal=[("name","Lea Brandt"),("birthdate","14 June 2003"),("passport","C01X7HPR4"),("name","Diego Alejandro Ruiz Vargas"),("birthdate","2 November 2002"),("passport","G38816422")]))

M(dict(key="U06", expect="pass", kind="benign.lookalike_number",
why="受験番号の範囲・発注番号・法人番号など番号は多いが、個人を特定する情報はない印刷発注。",
frm=MIYAKE,
to=["営業部 堀田様 <hotta@toyama-seiko-print.co.jp>"],
subject="受験票・封筒印刷の正式発注（発注番号 HG-2024-0381）",
text=f"""富山精巧印刷株式会社
営業部 堀田様

お世話になっております。北陵学院大学 入試課の三宅です。
お見積り（見積番号 TS-24-11872）の内容で、下記のとおり正式に発注いたします。

発注番号：HG-2024-0381
品目　　　　　　　　　　　　　　数量　　　単価　　金額
受験票（A5・2色・ミシン目）　　 3,000枚　 18円　　 54,000円
返信用封筒（長3・窓付）　　　　 3,000枚　 9円　　　27,000円
受験案内冊子（A4・24p）　　　　 2,500部　 142円　 355,000円

受験番号の採番範囲：
　一般選抜（前期）A24-0001 〜 A24-1450
　一般選抜（後期）B24-0001 〜 B24-0400
　共通テスト利用　 C24-0001 〜 C24-0800
※番号と氏名の差込データは、いつもどおり12月20日に専用ストレージでお渡しします。
　今回のメールには含めていません。

納品先：北陵学院大学 本部棟1階 入試課（〒930-0887 富山市五福西町2-14）
納期：12月25日（水）午前着
請求書宛名：学校法人北陵学院（法人番号 5230005001478）

ご確認のほどよろしくお願いいたします。

{SIG_MIYAKE}"""))

M(dict(key="U07", expect="hold", kind="list.roster",
why="塾（外部）へ受験生6名の氏名・受験番号・得点・合否を一覧CSVで送っている。",
frm=MIYAKE,
to=["北陸ゼミナール 進学指導室 <shinro@hokuriku-semi.jp>"],
subject="お問い合わせの件（学校推薦型選抜 結果）",
text=f"""北陸ゼミナール 進学指導室
久保田先生

お電話ありがとうございました。
ご依頼いただいた、貴塾在籍生の学校推薦型選抜の結果を添付いたします。
ご本人には12月2日に通知済みです。

取り急ぎ。

三宅""",
attachments=[dict(filename="推薦結果_北陸ゼミナール.csv", contentType="text/csv",
text="""受験番号,氏名,出身高校,志望学部,小論文,面接,合計,判定
R24-0112,井川 陽菜,富山県立呉羽高校,経済学部,68,B,152,合格
R24-0118,堀 拓真,富山県立八尾高校,経済学部,51,C,118,不合格
R24-0201,沢口 結菜,富山第一学園高校,人文学部,74,A,171,合格
R24-0205,新田 大翔,富山県立富山西高校,人文学部,60,B,139,合格
R24-0310,蒲田 凛,高岡北陵高校,理工学部,45,C,102,不合格
R24-0322,小西 湊,富山県立富山西高校,理工学部,70,A,166,合格""")],
personal=[("name","井川 陽菜"),("name","堀 拓真"),("name","沢口 結菜"),("name","新田 大翔"),("name","蒲田 凛"),("name","小西 湊"),("score","R24-0118,堀 拓真,富山県立八尾高校,経済学部,51,C,118,不合格")]))

M(dict(key="U08", expect="pass", kind="benign.template_dummy",
why="申請フォームの項目定義で、氏名・個人番号・口座は明らかな記入例（ダミー値）のみ。",
frm=TADOKORO,
to=["開発部 村井様 <murai@itbridge-toyama.co.jp>"],
subject="奨学金Web申請フォーム 項目定義書（第3版）",
text=f"""株式会社アイティーブリッジ富山
村井様

お世話になっております。田所です。
打合せで修正した項目定義を第3版としてまとめました。下に貼り付けます（Excel版も後ほど共有フォルダへ）。

| 項目名 | 型 | 必須 | 記入例（画面のプレースホルダ） |
|---|---|---|---|
| 氏名 | 全角20 | ○ | 北陵 太郎 |
| フリガナ | 全角カナ20 | ○ | ホクリョウ タロウ |
| 生年月日 | 日付 | ○ | 2005/04/01 |
| 学籍番号 | 半角7 | ○ | 24E0000 |
| 電話番号 | 半角13 | ○ | 090-0000-0000 |
| 個人番号 | 半角12 | △（給付型のみ） | 123456789012 |
| 振込口座 | 半角7 | ○ | 1234567 |
| 口座名義 | 半角カナ | ○ | ﾎｸﾘｮｳ ﾀﾛｳ |

・個人番号欄は、チェックディジット検証をフロント側で行う（記入例の値はわざと不正にしています）
・口座番号は7桁に満たない場合は先頭0埋め
・保存時、個人番号は別テーブルで暗号化（前回ご提案どおり）

次回打合せは1/22(水)14:00〜でお願いします。

{SIG_TADOKORO}"""))

M(dict(key="U09", expect="hold", kind="sensitive.social",
why="外部財団への推薦で、特定の学生の家庭が生活保護受給中であることを実名で伝えている。",
frm=TADOKORO,
to=["公益財団法人立山育英会 給付担当 <kyufu@tateyama-ikuei.or.jp>"],
subject="緊急支援金 推薦書の送付（経済学部2年 森下）",
text=f"""立山育英会 給付担当 御中

北陵学院大学 学生支援課の田所です。
貴会の緊急支援金（随時募集）について、本学より1名推薦いたします。

学生：経済学部 経済学科 2年　森下 蓮（もりした れん）学籍番号 23E1187
推薦理由：
　昨年夏に父親が病気で就労不能となり、令和6年8月より世帯で生活保護を受給しています。
　本人は下宿を続けながら週4日アルバイトをしていますが、後期授業料の納付が
　困難な状況です。成績はGPA 3.12と良好で、学修意欲も高いと指導教員から聞いています。

福祉事務所の受給証明書の写しは、本人の同意を得たうえで郵送いたします。
選考日程が決まりましたらお知らせください。

{SIG_TADOKORO}""",
personal=[("name","森下 蓮"),("social","令和6年8月より世帯で生活保護を受給しています")]))

BCC40 = [f"{n} <{a}>" for n,a in [
("富山県立呉羽高校 進路指導部","shinro@kureha-h.toyama-ed.jp"),("八尾高校 進路","shinro@yatsuo-h.toyama-ed.jp"),
("富山西高校 進路指導","career@toyamanishi-h.toyama-ed.jp"),("高岡北陵高校","info@takaoka-hokuryo.ed.jp"),
("富山第一学園高校 進路","shinro@daiichi-gakuen.ed.jp"),("魚津東高校","shinro@uozu-higashi.toyama-ed.jp"),
("砺波南高校","career@tonami-minami.toyama-ed.jp"),("氷見中央高校","shinro@himi-chuo.toyama-ed.jp"),
("金沢東陵高校","shinro@kanazawa-toryo.ed.jp"),("福井北高校","career@fukui-kita.fukui-ed.jp"),
("上市高校","shinro@kamiichi-h.toyama-ed.jp"),("滑川東高校","shinro@namerikawa-higashi.toyama-ed.jp"),
("射水新湊高校","career@imizu-shinminato.toyama-ed.jp"),("黒部高校 進路","shinro@kurobe-h.toyama-ed.jp"),
("入善高校","shinro@nyuzen-h.toyama-ed.jp"),("小矢部高校","shinro@oyabe-h.toyama-ed.jp"),
("七尾中央高校","career@nanao-chuo.ishikawa-ed.jp"),("小松北高校","shinro@komatsu-kita.ishikawa-ed.jp"),
("敦賀みなと高校","shinro@tsuruga-minato.fukui-ed.jp"),("飯山高校","shinro@iiyama-h.nagano-ed.jp"),
("長岡西陵高校","career@nagaoka-seiryo.niigata-ed.jp"),("上越南高校","shinro@joetsu-minami.niigata-ed.jp"),
("松本北陽高校","shinro@matsumoto-hokuyo.ed.jp"),("高山東高校","career@takayama-higashi.gifu-ed.jp"),
("富山県立中央学院","info@chuo-gakuin.toyama-ed.jp"),("桜ヶ丘女子高校","shinro@sakuragaoka-joshi.ed.jp"),
("富山国際学園高校","career@toyama-kokusai.ed.jp"),("立山学園高校","shinro@tateyama-gakuen.ed.jp"),
("高岡南高校","shinro@takaoka-minami.toyama-ed.jp"),("富山東高校","career@toyama-higashi.toyama-ed.jp"),
("中新川高校","shinro@nakaniikawa.toyama-ed.jp"),("南砺福光高校","shinro@nanto-fukumitsu.toyama-ed.jp"),
("羽咋北高校","career@hakui-kita.ishikawa-ed.jp"),("鯖江高校","shinro@sabae-h.fukui-ed.jp"),
("加賀聖城高校","shinro@kaga-seijo.ishikawa-ed.jp"),("輪島高校","shinro@wajima-h.ishikawa-ed.jp"),
("新潟北陵高校","career@niigata-hokuryo.ed.jp"),("柏崎常盤高校","shinro@kashiwazaki-tokiwa.niigata-ed.jp"),
("高田北城高校","shinro@takada-hokujo.niigata-ed.jp"),("大町岳陽高校","shinro@omachi-gakuyo.nagano-ed.jp")]]

M(dict(key="U10", expect="pass", kind="benign.bcc_many",
why="40校の高校宛だがすべてBccで、Toは自学のアドレス。内容も説明会案内のみ。",
frm=MIYAKE,
to=["北陵学院大学 入試課 <nyushi@hokuryo-gakuin.ac.jp>"],
bcc=BCC40,
subject="【北陵学院大学】2026年度入試 高校教員向け説明会のご案内（5/24・5/31）",
text=f"""進路指導ご担当の先生方

※本メールは、本学説明会にご参加いただいた高等学校の先生方へBccでお送りしております。

平素より本学の入学者選抜にご理解とご協力を賜り、誠にありがとうございます。
2026年度入試の主な変更点について、下記のとおり説明会を開催いたします。

・5月24日（土）13:30〜15:30　富山会場（本学 五福キャンパス 講堂）
・5月31日（土）13:30〜15:30　金沢会場（金沢駅西 ITビル 8F 会議室）
・6月7日（土）オンライン（Zoom）

主な内容：
　1. 総合型選抜の新設（地域創生枠）
　2. 共通テスト「情報」の取扱い
　3. 入学後の給付奨学金（成績優秀者・家計基準）のご案内

お申込みは下記フォームからお願いします（5月16日締切）。
https://www.hokuryo-gakuin.ac.jp/admission/teachers2026

{SIG_MIYAKE}"""))

PARTNERS12 = [
"Ji-won Park <jwpark@hanbit.ac.kr>",
"Chen Yu-ting <ytchen@nlyu.edu.tw>",
"Sophie Laurent <s.laurent@univ-rennes-ouest.fr>",
"Matteo Greco <m.greco@unipadova-est.it>",
"Hannah Keller <keller@hs-nordbayern.de>",
"Liam O'Sullivan <liam.osullivan@corkmetro.ie>",
"Nguyen Minh Chau <chau.nm@hanoi-ecu.edu.vn>",
"Siriporn Wongsa <siriporn.w@chiangrai-u.ac.th>",
"Ana Pereira <apereira@uporto-sul.pt>",
"Tomasz Nowak <t.nowak@krakow-tech.edu.pl>",
"Rebecca Hughes <r.hughes@otago-central.ac.nz>",
"Daniel Friedman <dfriedman@minnesota-lakes.edu>",
]
M(dict(key="U11", expect="hold", kind="recipients.many",
why="12 contacts at 12 different partner universities are all visible in To/Cc instead of Bcc.",
frm=CARTER,
to=PARTNERS12[:9],
cc=PARTNERS12[9:],
subject="Spring 2025 exchange nominations - deadline 15 October & updated fact sheet",
text=f"""Dear colleagues at our partner institutions,

I hope the new semester has started well for you all.

This is a reminder that nominations for the Spring 2025 semester (April-July) at Hokuryo
Gakuin University are due by 15 October. Please use the online nomination form:
https://www.hokuryo-gakuin.ac.jp/intl/nomination

Key points this year:
- Up to 2 students per partner (reciprocity permitting)
- Japanese language courses from beginner to advanced; content courses in English
- Guaranteed housing in the international residence (approx. JPY 32,000/month)
- Application documents deadline for nominated students: 1 November

The updated fact sheet is available at the link above. Please feel free to contact me if
you have any questions, or if your contact person has changed.

{SIG_CARTER}"""),
)

M(dict(key="U12", expect="pass", kind="benign.meeting",
why="Partner university staff arranging an online meeting; only business contact details in signatures.",
frm=CARTER,
to=["Ji-won Park <jwpark@hanbit.ac.kr>"],
cc=["Seung-ho Lee <shlee@hanbit.ac.kr>", "Office of International Admissions <intl-adm@hokuryo-gakuin.ac.jp>"],
subject="Re: Re: Online meeting for double degree MOU renewal",
text=f"""Dear Ji-won,

Thursday 21 November at 15:00 (Japan/Korea time) works perfectly for us.
I will send a Zoom invitation shortly. From our side, Prof. Hiroshi Ueda (Dean, Graduate
School of Economics) and I will join.

See you then!

{SIG_CARTER}

-----Original Message-----
From: Ji-won Park <jwpark@hanbit.ac.kr>
Sent: Tuesday, November 12, 2024 10:41 AM
To: Emily Carter
Cc: Seung-ho Lee
Subject: Re: Online meeting for double degree MOU renewal

Dear Emily,

Thank you for quick reply. We are sorry that Prof. Lee is on business trip until 19th so
the date you suggest is not possible. Can we do 21 or 22 Nov, afternoon? Our side is
Prof. Lee Seung-ho (Director of International Affairs) and me.
Also, we want to discuss about adding 1 more seat for spring intake, if possible.

Best regards,
Ji-won

PARK Ji-won | Manager, Office of International Affairs
Hanbit University | 61 Hanbit-ro, Cheongju, Chungbuk 28644, Korea
T +82-43-261-7735 | M +82-10-4417-2290 | jwpark@hanbit.ac.kr

-----Original Message-----
From: Emily Carter
Sent: Monday, November 11, 2024 4:02 PM
To: Ji-won Park
Subject: Online meeting for double degree MOU renewal

Dear Ji-won,

Our double degree MOU expires in March 2025. Would you be available for a short online
meeting next week (18 or 19 November) to go over the renewal draft?

Best regards,
Emily"""))

M(dict(key="U13", expect="hold", kind="attachment.encrypted_zip",
why="Encrypted zip with nominees' application documents (PPAP).",
frm=CARTER,
to=["Chen Yu-ting <ytchen@nlyu.edu.tw>"],
subject="Application packets of 2 nominees (password in separate email)",
text=f"""Dear Yu-ting,

As requested, I attach the application packets of the two students we nominated for your
Fall 2025 semester. The zip file is password-protected; I will send the password in a
separate email in a few minutes.

Please let me know once you have downloaded it.

{SIG_CARTER}""",
attachments=[dict(filename="HGU_nominees_Fall2025.zip", contentType="application/zip", encrypted=True)]))

M(dict(key="U14", expect="hold", kind="sensitive.medical",
why="本文は部屋替えの連絡だけだが、転送した学内のやり取りに学生の適応障害の診断・通院が実名で含まれ、外部の寮管理会社へ出る。",
frm=TADOKORO,
to=["寮管理担当 高嶋様 <takashima@gofuku-housing.jp>"],
subject="Fw: 国際寮 B棟 部屋替えの件（経緯）",
text=f"""五福ハウジング 高嶋様

お世話になっております。北陵学院大学の田所です。
先日お電話した部屋替えの件、学内で承認が下りました。経緯は下記のとおりです。
4月7日以降で、空いているシングル（C棟希望）への移動を調整いただけますでしょうか。
費用負担は大学側で持ちます。

田所

-------- Forwarded Message --------
Subject: 国際寮 B棟 部屋替えの件
Date: Tue, 25 Mar 2025 09:14:33 +0900
From: 保健管理センター 看護師 関 <seki.k@hokuryo-gakuin.ac.jp>
To: 田所 慎吾 <s.tadokoro@hokuryo-gakuin.ac.jp>

田所さん

B棟312号室の 人文学部3年 谷本 香織 さんについてです。
同室者とのトラブルが続き、2月から不眠と食欲不振があり、
3月14日に市内の心療内科で「適応障害」と診断されています（診断書の写しをセンターで保管）。
現在 睡眠導入剤を服用中で、主治医からは生活環境の変更が望ましいとの意見です。

本人は部屋替えを強く希望していますので、寮側との調整をお願いできますか。
センターとしても、個室への移動が妥当と考えます。

保健管理センター 関""",
personal=[("name","谷本 香織"),("health","3月14日に市内の心療内科で「適応障害」と診断されています"),("health","睡眠導入剤を服用中")]))

M(dict(key="U15", expect="pass", kind="benign.internal_many",
why="宛先は25名いるが全員が自学ドメインで、選考対象者の個人情報も含まない日程調整。",
frm=TADOKORO,
to=[f"{n} <{a}@hokuryo-gakuin.ac.jp>" for n,a in [
("上田 浩","h.ueda"),("石坂 典子","n.ishizaka"),("大森 健","k.omori"),("北条 真理","m.hojo"),("佐久間 聡","s.sakuma"),
("竹中 由紀","y.takenaka"),("野口 剛","t.noguchi"),("服部 綾","a.hattori"),("平井 誠","m.hirai"),("松岡 恵","m.matsuoka"),
("村上 智","s.murakami"),("森本 亮","r.morimoto"),("山内 千尋","c.yamauchi"),("横山 修","o.yokoyama"),("吉川 洋子","y.yoshikawa"),
("和田 隆","t.wada"),("青木 陽介","y.aoki"),("井上 明美","a.inoue"),("岡部 大","d.okabe"),("川村 里美","s.kawamura"),
("小林 正人","m.kobayashi"),("斎藤 優","y.saito"),("杉山 敬","k.sugiyama"),("高木 美保","m.takagi"),("中島 陽","h.nakajima")]],
cc=["学生支援課 <gakusei@hokuryo-gakuin.ac.jp>"],
subject="【日程調整】第2回 奨学生選考委員会（2月）",
text=f"""奨学生選考委員の先生方

学生支援課 奨学金係の田所です。
第2回奨学生選考委員会の日程調整をお願いいたします。

候補日（いずれも90分程度、本部棟第2会議室／Zoom併用）
　① 2月10日（月）16:30〜
　② 2月12日（水）13:00〜
　③ 2月14日（金）10:30〜

下記の調整フォームに1月31日までにご入力ください。
https://forms.hokuryo-gakuin.ac.jp/f/scholar-2502

選考対象者の申請書類・成績資料は、学内共有フォルダ（閲覧権限は委員のみ）に
委員会の1週間前までに格納します。メールでは送付いたしませんのでご了承ください。

{SIG_TADOKORO}"""))

M(dict(key="U16", expect="pass", kind="benign.condolence",
why="Condolence message to a partner university on the death of their former director; no sensitive or identifying data beyond a public role.",
frm=CARTER,
to=["Sophie Laurent <s.laurent@univ-rennes-ouest.fr>"],
cc=["Hiroshi Ueda <h.ueda@hokuryo-gakuin.ac.jp>"],
subject="Our condolences - Professor Jean-Marc Duval",
text=f"""Dear Sophie,

We were deeply saddened to read your message about the passing of Professor Jean-Marc Duval.
On behalf of Hokuryo Gakuin University, please accept our sincere condolences, and please pass
them on to his family and to your colleagues.

Professor Duval signed our first exchange agreement in 2009 and visited Toyama three times.
Many of our staff still remember his speech at the 10th anniversary of the partnership, and
the students he welcomed in Rennes over the years.

Prof. Ueda (cc) would like to send a short message for the memorial book you mentioned.
Could you let us know where to send it?

With deepest sympathy,

Emily Carter
International Admissions Officer
Hokuryo Gakuin University"""))

M(dict(key="U17", expect="hold", kind="profile.forward",
why="Forwards one applicant's full contact and profile (DOB, home address, phone, scores) to an outside recruitment agent.",
frm=CARTER,
to=["Tran Quoc Bao <bao.tran@sakurastudybridge.vn>"],
subject="FW: Inquiry about undergraduate admission (October intake?)",
text=f"""Hi Bao,

This inquiry came in through our website. She is in Hanoi and seems a good fit for the
Global Business track. Could your team contact her and help with the document preparation?
She did not mention your agency, so please introduce yourselves first.

Thanks,
Emily

---------- Forwarded message ---------
From: Pham Thu Ha <thuha.pham2006@gmail.com>
Date: Mon, 3 Feb 2025 at 22:17
Subject: Inquiry about undergraduate admission (October intake?)
To: <intl-adm@hokuryo-gakuin.ac.jp>

Dear Admission Office,

My name is Pham Thu Ha, I was born 09/08/2006 and now I am grade 12 student of
Nguyen Trai High School. I want to apply for undergraduate programme in your university.
My IELTS is 6.5 (Listening 7.0, Reading 6.5, Writing 6.0, Speaking 6.5) and JLPT N3.
My GPA is 8.7/10.

Is there October intake for Global Business course? How much is tuition fee and is there
scholarship for Vietnamese students?

My address: No. 14, Lane 52, Hoang Quoc Viet Street, Cau Giay District, Hanoi
Phone / Zalo: +84 912 448 307

Thank you very much and I wait for your answer.
Pham Thu Ha

{SIG_CARTER}""",
personal=[("name","Pham Thu Ha"),("birthdate","09/08/2006"),("address","No. 14, Lane 52, Hoang Quoc Viet Street, Cau Giay District, Hanoi"),("phone","+84 912 448 307"),("email","thuha.pham2006@gmail.com")]))
MAILS[-1]["text"] = MAILS[-1]["text"].replace("\n\n"+SIG_CARTER, "")  # forwarded chain ends with the inquiry

M(dict(key="U18", expect="pass", kind="benign.public_figure",
why="パンフレット原稿に載る卒業生は公表済みの五輪メダリストで、内容も公開情報のみ。",
frm=MIYAKE,
to=["クリエイトノース 制作部 宮下様 <miyashita@createnorth.co.jp>"],
cc=["広報課 <koho@hokuryo-gakuin.ac.jp>"],
subject="大学案内2026 P.12-13「活躍する卒業生」原稿差し替え",
text=f"""株式会社クリエイトノース
宮下様

お世話になっております。三宅です。
P.12-13の卒業生紹介ですが、下記のとおり差し替えをお願いします。

【差し替え前】人文学部卒 地方銀行勤務の方（ご本人都合で掲載辞退）
【差し替え後】
　立花 颯（たちばな はやて）選手
　2019年 経済学部卒業／競泳 男子200m背泳ぎ 東京2020オリンピック 銀メダリスト
　現在 北陸スイミングクラブ所属
　コメント：「五福のプールで泳いだ4年間が、今の自分の土台です。」

写真は所属クラブ広報から提供済みの公式写真（ファイル名 tachibana_official_03.jpg）を使用してください。
肩書・記録表記は、クラブの公式プロフィールどおりで確認済みです。

初校の戻しは2月5日を予定しています。

{SIG_MIYAKE}"""))

M(dict(key="U19", expect="hold", kind="id.bank_account",
why="学生個人の銀行口座（支店・口座番号・名義）を外部の財団へ送っている。",
frm=TADOKORO,
to=["一般財団法人北陸未来奨学財団 給付担当 <kyufu@hokuriku-mirai.or.jp>"],
subject="4月分給付奨学金 振込先変更のお願い（工学部3年 加藤 美咲）",
text=f"""北陸未来奨学財団 給付担当 御中

いつもお世話になっております。北陵学院大学 学生支援課 田所です。

貴財団奨学生の下記学生から、振込先口座の変更届が提出されました。
4月分の給付から新口座へのお振込みをお願いいたします。

　奨学生番号：HM-22-031
　氏名　　　：加藤 美咲（工学部 機械工学科 3年）
　旧口座　　：北陸中央銀行 五福支店 普通 0086142
　新口座　　：とやま第一銀行 大学前支店 普通 3318204
　口座名義　：カトウ ミサキ

変更届の原本は月末にまとめて郵送いたします。
よろしくお願いいたします。

{SIG_TADOKORO}""",
personal=[("name","加藤 美咲"),("account","とやま第一銀行 大学前支店 普通 3318204"),("account","北陸中央銀行 五福支店 普通 0086142")]))

M(dict(key="U20", expect="pass", kind="benign.plain_zip",
why="Plain (unencrypted) zip of public brochures to a partner; no personal data.",
frm=CARTER,
to=["Siriporn Wongsa <siriporn.w@chiangrai-u.ac.th>"],
subject="Brochures for your study abroad fair (zip)",
text=f"""Dear Siriporn,

Thank you for inviting us to your Study Abroad Fair on 6 March. As we cannot travel this time,
I attach our brochures in one zip file so your team can print them locally:

- HGU_Undergraduate_Guide_2025_EN.pdf
- HGU_Exchange_FactSheet_Spring2025.pdf
- Toyama_Living_Guide.pdf
- HGU_poster_A2.pdf

The zip is not password-protected. If the file is too big for your mail server, please tell me
and I will send a download link instead.

{SIG_CARTER}""",
attachments=[dict(filename="HGU_brochures_CRU_fair.zip", contentType="application/zip")]))
