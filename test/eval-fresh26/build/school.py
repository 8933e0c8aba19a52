from common import *
ORG = "school"
SHI = "篠原 亮 <r.shinohara@aobagaoka.ed.jp>"
KIT = "北村 優子 <y.kitamura@aobagaoka.ed.jp>"
HIR = "平田 直樹 <n.hirata@aobagaoka.ed.jp>"
SIG_SHI = """────────────────────
学校法人青葉ヶ丘学園 青葉ヶ丘高等学校
教務主任　篠原 亮
〒226-0015 横浜市緑区三保町1420
TEL 045-933-2100（代）　FAX 045-933-2109
────────────────────"""
SIG_KIT = """青葉ヶ丘高等学校 2年3組担任（国語科）
北村 優子
045-933-2100（職員室）"""
SIG_HIR = """――――――――――――――――
学校法人青葉ヶ丘学園 事務局
事務長　平田 直樹
TEL 045-933-2101（事務室直通）
――――――――――――――――"""
MAILS = []
add = MAILS.append

# H1 hold: class score list to exam company (attachment)
add(M(ORG, "hold", "list.roster", "生徒の氏名・出席番号・模試得点の一覧を外部の模試会社へ添付送付。",
  SHI, ["分析サービス課 <bunseki@shinro-analytics.co.jp>"], "校内実力テスト 個票データの送付（2年）",
  text=f"""株式会社進路アナリティクス
分析サービス課 ご担当者様

いつもお世話になっております。青葉ヶ丘高校の篠原です。
先日ご相談した校内実力テストと貴社模試との相関分析の件、2年生のデータをお送りします。
まずは1クラス分で形式をご確認いただけますでしょうか。

{SIG_SHI}
""",
  attachments=[A("2年3組_実力テスト_202409.csv", CSV, """組,番,氏名,国語,数学,英語,合計,志望校
3,1,青木 蒼,68,72,81,221,横浜国立大学
3,2,井上 結衣,74,55,88,217,明治大学
3,3,大塚 陽翔,52,90,63,205,東京都立大学
3,4,岡田 芽衣,81,47,70,198,法政大学
3,5,川口 大和,39,41,52,132,未定""")],
  personal=[("name", "青木 蒼"), ("score", "3,1,青木 蒼,68,72,81,221"), ("name", "井上 結衣"), ("name", "川口 大和"), ("score", "39,41,52,132")], tag="attachment-only"))

# H2 pass: aggregate score stats
add(M(ORG, "pass", "benign.aggregate", "模試結果の学年平均・分布のみを送付。個人データなし。",
  SHI, ["分析サービス課 <bunseki@shinro-analytics.co.jp>"], "Re: 分析レポートの体裁について",
  text=f"""ご担当者様

篠原です。レポート案を拝見しました。保護者会で使うのは、学年全体の数字だけで十分です。
校内の集計値は以下のとおりです（2年・受験者236名）。

科目　平均　標準偏差　最高　最低
国語　63.4　12.8　96　18
数学　58.1　17.2　100　9
英語　66.9　14.5　98　21

偏差値帯の分布（人数）：65以上 21 / 55-65 74 / 45-55 89 / 45未満 52

個人別の帳票は不要です。よろしくお願いいたします。

{SIG_SHI}
"""))

# H3 hold: juvenile proceedings
add(M(ORG, "hold", "sensitive.criminal", "生徒の補導・家庭裁判所送致という少年事件の情報を氏名付きで外部の弁護士へ送付。",
  HIR, ["弁護士 岡本 <okamoto@minato-law.jp>"], "生徒の件でのご相談（顧問契約）",
  text=f"""みなと法律事務所
弁護士 岡本 先生

いつもお世話になっております。青葉ヶ丘学園 事務長の平田です。
顧問契約に基づき、ご相談させてください。

2年1組 小林 蓮（17歳）が、8月に駅ビル内の家電量販店で友人と共に窃盗（ワイヤレスイヤホン2点）の疑いで補導され、9月に横浜家庭裁判所へ送致されたと保護者から連絡がありました。
本校の生徒指導規程では「刑事事件・少年事件への関与」で退学を含む処分が可能ですが、審判前の段階で処分を決めることの可否、また保護者が求めている「学校としての意見書」を出すべきかについて、ご助言をいただけますでしょうか。

来週中に30分ほどお時間をいただけますと幸いです。

{SIG_HIR}
""",
  personal=[("name", "小林 蓮"), ("criminal", "横浜家庭裁判所へ送致"), ("criminal", "窃盗（ワイヤレスイヤホン2点）の疑いで補導")]))

# H4 pass: school trip counts only
add(M(ORG, "pass", "benign.aggregate_health", "修学旅行の人数・アレルギー対応人数のみで、個人名なし。",
  KIT, ["教育旅行センター 西田様 <nishida@kotobuki-travel.co.jp>"], "修学旅行（沖縄）最終人数のご連絡",
  text=f"""寿トラベル株式会社
教育旅行センター 西田様

お世話になっております。青葉ヶ丘高校 2学年の北村です。
修学旅行（11/12〜15 沖縄）の最終人数をご連絡します。

生徒：男子 118名、女子 116名、計 234名
引率：教員 11名、看護師 1名
食事配慮：食物アレルギー対応 7名（卵 3、甲殻類 2、そば 1、乳 1）、宗教上の配慮 0名
車いす利用：0名

アレルギー対応の個別票は、各ホテルの担当者様と守秘契約を結んだうえで、養護教諭から直接お渡しする段取りでお願いします。

{SIG_KIT}
"""))

# H5 hold: allergy list with names to hotel (attachment only)
add(M(ORG, "hold", "sensitive.medical", "生徒の氏名とアレルギー・アナフィラキシー既往・服薬情報を旅行会社へ添付送付。",
  KIT, ["教育旅行センター 西田様 <nishida@kotobuki-travel.co.jp>"], "食事の件",
  text=f"""西田様

先ほどお電話でご依頼のあった件、添付のとおりお送りします。ホテルへの転送をお願いします。

北村
""",
  attachments=[A("修学旅行_食事配慮票.xlsx", XLSX, """[Sheet1]
組	氏名	アレルゲン	症状・既往	携行薬
1	佐々木 陽菜	卵	アナフィラキシー既往（2022年）	エピペン
2	山下 湊	甲殻類	じんましん	抗ヒスタミン薬
4	菅原 心春	そば	アナフィラキシー既往	エピペン
6	千葉 悠真	乳	1型糖尿病あり（インスリン自己注射）	インスリン""")],
  personal=[("name", "佐々木 陽菜"), ("health", "アナフィラキシー既往（2022年）"), ("name", "千葉 悠真"), ("health", "1型糖尿病あり（インスリン自己注射）")], tag="attachment-only"))

# H6 pass: entrance exam briefing to junior-high teachers
add(M(ORG, "pass", "benign.event", "中学校教員向け入試説明会の案内。担当者名のみ。",
  SHI, ["進路指導主事 佐藤先生 <sato.t@midori-jhs.ed.jp>", "進路指導主事 渡辺先生 <watanabe@nagatsuta-jhs.ed.jp>"],
  subject="2025年度入試 塾・中学校教員向け説明会のご案内",
  text=f"""緑中学校 進路指導主事 佐藤先生
長津田中学校 進路指導主事 渡辺先生

いつも大変お世話になっております。青葉ヶ丘高校 教務主任の篠原です。
標記説明会を下記のとおり開催いたします。

日時：10月19日（土）10:00〜11:30
会場：本校 記念講堂（駐車場あり）
内容：2025年度入試の変更点（単願推薦の基準、英検利用）、特待生制度、進学実績、校内見学
担当：入試広報部長 大西、教務主任 篠原

先日の学校説明会では、佐藤先生にお越しいただきありがとうございました。
ご不明点は私か大西まで、お気軽にお問い合わせください。

{SIG_SHI}
"""))

# H7 hold: parents' private addresses exposed in To
rec7 = ["aoki.family@gmail.com", "yui-mama.inoue@yahoo.co.jp", "otsuka.k1979@icloud.com", "okada_m@docomo.ne.jp", "kawaguchi.t@ezweb.ne.jp",
  "kimura-home@nifty.com", "kudo.asami@gmail.com", "saito.ryo1975@outlook.jp", "shimizu_h@softbank.ne.jp", "takano.fam@yahoo.co.jp", "nagai.yuko@gmail.com", "hamada-k@docomo.ne.jp"]
add(M(ORG, "hold", "recipients.exposed", "保護者12名の私用アドレスが宛先（To）に表示されたまま送信されている。",
  KIT, rec7, "【2年3組】三者面談の日程調整について",
  text=f"""2年3組 保護者の皆様

いつもお世話になっております。担任の北村です。
11月の三者面談の日程希望を、10月10日までにこのメールへの返信でお知らせください。

候補日：11/18（月）〜11/22（金）の15:30〜18:00（1組20分）
第3希望までお書きください。

よろしくお願いいたします。

{SIG_KIT}
"""))

# H8 pass: PTA notice Bcc
add(M(ORG, "pass", "benign.bcc_notice", "保護者向け一斉メールをBccで送信。内容に個人情報なし。",
  HIR, ["info@aobagaoka.ed.jp"], "【青葉ヶ丘高校】台風10号接近に伴う臨時休校について",
  bcc=["aoki.family@gmail.com", "yui-mama.inoue@yahoo.co.jp", "otsuka.k1979@icloud.com", "okada_m@docomo.ne.jp", "kawaguchi.t@ezweb.ne.jp", "kimura-home@nifty.com", "kudo.asami@gmail.com", "saito.ryo1975@outlook.jp", "shimizu_h@softbank.ne.jp", "takano.fam@yahoo.co.jp", "nagai.yuko@gmail.com", "hamada-k@docomo.ne.jp", "pta-office@aobagaoka-pta.jp"],
  text=f"""保護者の皆様

台風10号の接近に伴い、8月30日（金）は全学年臨時休校といたします。
・部活動、補習もすべて中止です。
・31日（土）の文化祭準備日は、翌朝6時にメールとホームページでお知らせします。
・課題はClassroomで配信します。

安全の確保を最優先にお過ごしください。

{SIG_HIR}
"""))

# H9 hold: My Numbers of guardians for tuition support to outsourced office
add(M(ORG, "hold", "id.mynumber", "就学支援金手続のため保護者のマイナンバーを外部の事務委託先へ送付。",
  HIR, ["受託業務部 三浦様 <miura@gakuji-support.co.jp>"], "就学支援金 追加申請分（3件）",
  text=f"""株式会社学事サポート
受託業務部 三浦様

お世話になっております。青葉ヶ丘学園の平田です。
就学支援金の追加申請3件、保護者から紙で提出された分を転記しましたので、入力をお願いします。

生徒氏名　保護者氏名　保護者個人番号
西村 颯太　西村 直子　043966982013
堀 美羽　堀 正樹　128800635914
森本 壮真　森本 一郎　851606791054

原本は月曜に学内便でお送りします。

{SIG_HIR}
""",
  personal=[("name", "西村 直子"), ("my_number", "043966982013"), ("name", "堀 正樹"), ("my_number", "128800635914"), ("my_number", "851606791054")]))

# H10 pass: grades to the student's own guardian
add(M(ORG, "pass", "benign.self_data", "生徒本人の保護者へ、その生徒自身の評定を伝える連絡。",
  KIT, ["aoki.family@gmail.com"], "蒼さんの2学期中間の状況について",
  text=f"""青木 様

いつもお世話になっております。担任の北村です。
先日お問い合わせいただいた蒼さんの中間考査の結果について、お伝えします。

国語 78 / 数学Ⅱ 64 / 英語コミュニケーション 85 / 化学 59 / 日本史 72
学年順位は234名中61位で、1学期より20位ほど上がっています。化学は本人も苦手意識があるようなので、放課後の質問教室（火・木）を勧めています。

ご家庭でもぜひ褒めてあげてください。三者面談でまた詳しくお話しします。

{SIG_KIT}
"""))

# H11 hold: student profile forwarded to cram school
add(M(ORG, "hold", "personal.profile", "生徒の住所・電話・成績・家庭状況を本人の同意なく外部の学習塾へ送っている。",
  KIT, ["教室長 吉村様 <yoshimura@meiko-juku-example.jp>"], "紹介の件",
  text=f"""吉村先生

先日お話しした生徒の件です。保護者の方には塾の話をしてみますが、先に情報をお送りしておきます。

氏名：川口 大和（2年3組）
住所：横浜市緑区長津田みなみ台4-18-2
自宅電話：045-988-3174
成績：校内実力テスト合計132点（学年下位1割）、数学・英語が特に厳しい
家庭：母子家庭で、母親は夜勤のある仕事。弟が2人。経済的に厳しく、特待制度があれば助かると思います。

よろしくお願いします。
北村
""",
  personal=[("name", "川口 大和"), ("address", "横浜市緑区長津田みなみ台4-18-2"), ("phone", "045-988-3174"), ("family", "母子家庭で、母親は夜勤のある仕事")]))

# H12 hold: religion of named student to outside instructor
add(M(ORG, "hold", "sensitive.religion", "生徒の信仰を理由とする授業配慮を、氏名付きで外部講師へ伝えている。",
  SHI, ["剣道講師 岩崎様 <iwasaki.kendo@gmail.com>"], "2学期の武道授業について",
  text=f"""岩崎先生

2学期もよろしくお願いいたします。青葉ヶ丘高校の篠原です。
授業開始前に1点お伝えします。

1年2組の ハリド・アフマド くんはムスリムで、10月以降も金曜5限は礼拝のため授業を抜けることがあります。また、1年4組 宮田 栞 さんは、ご家庭の信仰上の理由で格技（剣道の打ち合い）には参加せず、見学とレポートで評価します。保護者とは面談済みです。

当日はご配慮をお願いいたします。

{SIG_SHI}
""",
  personal=[("name", "ハリド・アフマド"), ("religion", "ムスリム"), ("name", "宮田 栞"), ("religion", "ご家庭の信仰上の理由で格技（剣道の打ち合い）には参加せず")]))

# H13 hold: subject-only disability
add(M(ORG, "hold", "sensitive.disability", "件名に生徒の氏名とADHDの診断書が書かれている（本文は日程調整のみ）。",
  KIT, ["相談支援室 <soudan@midori-kokoro-clinic.jp>"], "2年3組 田村 湊 ADHD診断書・合理的配慮の件",
  text=f"""みどりこころクリニック
相談支援室 ご担当者様

お世話になっております。青葉ヶ丘高校の北村です。
先日の件、学校側の面談候補日をお送りします。

・10月15日（火）16:00〜
・10月17日（木）16:30〜
・10月21日（月）16:00〜

ご都合をお知らせください。

{SIG_KIT}
""",
  personal=[("name", "田村 湊"), ("disability", "ADHD診断書")], tag="subject-only"))

# H14 pass: historical figure lesson material
add(M(ORG, "pass", "benign.historical", "歴史上の人物（野口英世）の生涯と障害に関する授業資料の印刷依頼。",
  KIT, ["制作部 <seisaku@midori-print.co.jp>"], "授業プリント印刷のお願い（伝記教材）",
  text=f"""みどり印刷株式会社 制作部 御中

いつもお世話になっております。青葉ヶ丘高校 国語科の北村です。
現代文の補助教材「伝記を読む」の印刷をお願いします。

内容：野口英世（1876–1928）の評伝抜粋。幼少期の囲炉裏での大やけどによる左手の障害、手術を経て医学を志した経緯、黄熱病研究とガーナでの死去まで。
併せて、ヘレン・ケラー来日時（1937年）の新聞記事の複製を1頁。

部数：240部、A4両面 8頁、中綴じ
納期：10月25日

原稿PDFは後ほどお送りします。

{SIG_KIT}
"""))

# H15 pass: fiction script for school festival
add(M(ORG, "pass", "benign.fiction", "文化祭演劇の台本（フィクション）。登場人物の病気・前科は創作。",
  KIT, ["台本印刷 <order@midori-print.co.jp>"], "文化祭 2年3組演劇 台本データ",
  text=f"""みどり印刷 ご担当者様

2年3組の演劇台本データを添付します。40部、B5でお願いします。

北村
""",
  attachments=[A("台本_灯台守の娘.docx", DOCX, """『灯台守の娘』 作：2年3組 脚本班
登場人物
  早川 灯（ひかり）…灯台守の娘。17歳。耳が聞こえない。
  早川 源蔵…灯の父。若い頃に傷害事件で服役した過去を隠している。
  黒木 奏…東京から来た転校生。心臓の病気で療養中。
第一幕　嵐の夜
  源蔵「灯、今夜は船が来るぞ」（手話で）
  灯（手話）「お父さん、あの人は誰？」
※本作はフィクションです。""")]))

# H16 hold: part-time teacher's pension and employment insurance numbers to labour consultant
add(M(ORG, "hold", "id.pension", "新任講師の基礎年金番号・雇用保険被保険者番号を外部の社労士事務所へ送付。",
  HIR, ["社会保険労務士 今井事務所 <office@imai-sr.jp>"], "資格取得届の作成依頼（10月採用 非常勤講師1名）",
  text=f"""今井社会保険労務士事務所
今井先生

いつもお世話になっております。青葉ヶ丘学園の平田です。
10月1日付で採用した非常勤講師の資格取得届の作成をお願いいたします。

氏名：長谷川 美咲（ハセガワ ミサキ）
生年月日：1996年6月14日
住所：横浜市青葉区藤が丘2-31-7 ハイツ藤が丘305
基礎年金番号：1234-567890
雇用保険被保険者番号：5012-345678-9
週所定労働時間：22時間　月額報酬：198,000円

よろしくお願いいたします。

{SIG_HIR}
""",
  personal=[("name", "長谷川 美咲"), ("birth_date", "1996年6月14日"), ("address", "横浜市青葉区藤が丘2-31-7 ハイツ藤が丘305"), ("pension_number", "1234-567890"), ("employment_insurance_number", "5012-345678-9")]))

# H17 pass: school network incident
add(M(ORG, "pass", "benign.it_incident", "校内ネットワーク障害とウイルス感染PCの隔離報告。人ではなく機器の話。",
  HIR, ["保守窓口 <hoshu@yokohama-netsys.co.jp>"], "Re: 校内LAN障害とウイルス検知について",
  text=f"""横浜ネットシステムズ 保守窓口 ご担当者様

昨日はご対応ありがとうございました。平田です。
状況を整理すると以下の認識で合っていますでしょうか。

・9/26 10:40頃、本館2階のスイッチ（SW-2F-03）の障害で職員室のネットワークが停止
・同時刻、理科準備室のPC（資産番号 AOB-PC-0217）でEmotet亜種の感染を検知、LANから隔離済み
・他の端末への感染拡大なし（EDRログで確認済み）
・スイッチは代替機に交換済み、障害は11:25に復旧

報告書は教育委員会向けではなく理事会向けなので、簡易版で結構です。

{SIG_HIR}

> 平田様
> 本日の障害対応について、報告書を来週水曜までに提出いたします。
> 横浜ネットシステムズ 保守担当 小松"""))
