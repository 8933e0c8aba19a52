# 学校法人 北浜学園 北浜看護専門学校 — kitahama-kango.ac.jp
D = "kitahama-kango.ac.jp"
YAMANE = f"山根 恵子 <yamane@{D}>"
IMAI = f"今井 千尋 <imai.c@{D}>"
ONODERA = f"小野寺 達也 <onodera@{D}>"

SIG_Y = """
――――――――――――――――――
北浜看護専門学校 看護学科
教務主任　山根 恵子
〒590-0024 大阪府堺市堺区向陵中町2-6-1
TEL 072-238-5510（教務室）
――――――――――――――――――"""

SIG_I = """
--
北浜看護専門学校
専任教員（臨地実習調整担当）今井 千尋
実習調整室 直通 072-238-5516"""

SIG_O = """
====================================
学校法人北浜学園 北浜看護専門学校
事務長　小野寺 達也
TEL 072-238-5500　FAX 072-238-5501
https://www.kitahama-kango.ac.jp/
===================================="""

MAILS = [
# ---------------- PASS ----------------
dict(expect="pass", kind="benign.curriculum_medical_terms",
 why="Clinical-practicum plan full of disease names describing teaching content, not any patient or student.",
 **{"from": IMAI}, to=["看護部 教育担当 副看護部長 三宅 様 <miyake@sakai-chuo-hp.or.jp>"],
 subject="令和7年度 成人看護学実習Ⅱ 実習要項（案）の送付",
 text="""堺中央病院 看護部
副看護部長 三宅 様

いつも学生の実習受入れにご尽力いただき、ありがとうございます。
北浜看護専門学校の今井です。
令和7年度の成人看護学実習Ⅱ（急性期）の要項案をお送りいたします。

■期間　第1クール 5/12〜5/23、第2クール 6/2〜6/13（各10日間）
■人数　各クール 6名 × 2病棟（消化器外科病棟、循環器内科病棟）
■実習目標（抜粋）
　1. 周術期（胃切除術・大腸切除術・腹腔鏡下胆嚢摘出術）にある患者の術前・術後の看護を理解する
　2. 急性心筋梗塞・心不全の急性増悪期にある患者の循環動態と観察の視点を学ぶ
　3. 術後合併症（無気肺、縫合不全、深部静脈血栓症）の予防的援助を実施する
　4. 標準予防策および接触感染予防策（MRSA・CDI）を遵守して援助を行う
■受持ち患者の選定について
　学生1名につき1名の受持ちをお願いします。受持ち患者の情報は病棟内の記録のみとし、学生の実習記録では個人が特定できない表記（A氏等）を徹底させます。

ご意見は2月末までにいただけますと幸いです。
"""+SIG_I),

dict(expect="pass", kind="benign.event_invitation",
 why="Open-campus announcement to three high-school career counsellors, a handful of visible addresses.",
 **{"from": ONODERA},
 to=["進路指導部 <shinro@sakai-higashi-hs.ed.jp>", "進路指導部 野田先生 <noda@izumi-sogo-hs.ed.jp>", "<career@hagoromo-gakuen.ed.jp>"],
 subject="【北浜看護専門学校】2025年度 オープンキャンパスのご案内",
 text="""高等学校 進路指導ご担当の先生方

平素より本校の学生募集にご理解・ご協力を賜り、厚く御礼申し上げます。
2025年度のオープンキャンパスを下記日程で開催いたします。

・3月22日（土）10:00〜13:00　学校説明・模擬授業「血圧を測ってみよう」
・6月14日（土）10:00〜13:00　在校生トーク・実習室見学（沐浴・車椅子移乗体験）
・8月2日（土）、8月3日（日）　入試説明会・個別相談

昨年度の看護師国家試験合格率は 97.6%（受験者 83名中 81名合格）、就職率は100%でした。
パンフレット 30部を別便でお送りしておりますので、生徒の皆様へご案内いただけますと幸いです。
"""+SIG_O),

dict(expect="pass", kind="benign.data_to_subject",
 why="A student's own exam-ticket reminder and her own examinee number sent to her own address.",
 **{"from": YAMANE}, to=["<hana.kuroda0415@icloud.com>"],
 subject="国家試験 受験票の確認について（黒田 華さんへ）",
 text="""黒田 華さん

教務主任の山根です。
第114回看護師国家試験の受験票が本日学校に届きました。
黒田さんの受験番号は 0741-02318、試験地は大阪府（インテックス大阪）です。

受験票は明日の特別講義の際に手渡しします。写真のズレや氏名の誤字がないか、その場で必ず確認してください。
当日は集合時刻 8:30、天王寺駅から学校手配のバスが出ます。

体調を整えて、あと少し頑張りましょう。
"""+SIG_Y),

dict(expect="pass", kind="benign.lecturer_request",
 why="Request to an outside physician to teach pathology; only business contact details and a lecture plan.",
 **{"from": YAMANE}, to=["病理診断科 部長 高畑 修一 先生 <takahata@izumi-medical.or.jp>"],
 cc=[ONODERA],
 subject="非常勤講師（病理学）ご依頼の件",
 text="""和泉メディカルセンター 病理診断科
部長 高畑 修一 先生

突然のご連絡失礼いたします。北浜看護専門学校 教務主任の山根と申します。
和泉メディカルセンター看護部の西岡部長よりご紹介いただき、ご連絡いたしました。

来年度、1年次後期の「病理学」（1単位・15時間）をご担当いただける講師を探しております。
・時期：2025年10月〜12月、木曜3限（13:10〜14:40）全8回
・内容：細胞傷害と修復、循環障害、炎症と感染症、腫瘍（良性・悪性の違い、がんの進展）、遺伝性疾患の基礎
・謝金：1コマ 12,000円（交通費別途）

一度ご挨拶に伺い、詳細をご説明できればと存じます。ご検討のほどよろしくお願い申し上げます。
"""+SIG_Y),

dict(expect="pass", kind="benign.order_isbn",
 why="Textbook order with ISBNs, order numbers and the school's corporate bank account.",
 **{"from": ONODERA}, to=["外商部 辻本 様 <tsujimoto@naniwa-shoten.co.jp>"],
 subject="令和7年度 教科書発注書（1年生 84名分）",
 text="""なにわ書店 外商部 辻本 様

いつもお世話になっております。北浜看護専門学校の小野寺です。
令和7年度入学生用の教科書を下記のとおり発注いたします。（発注番号 KH-2025-0031）

・系統看護学講座 人体の構造と機能[1] 解剖生理学　ISBN 978-4-260-04206-5　84冊
・系統看護学講座 疾病のなりたちと回復の促進[1] 病理学　ISBN 978-4-260-04719-0　84冊
・看護がみえる vol.1 基礎看護技術　ISBN 978-4-89632-722-1　84冊

納品は3月28日（金）午前、本館1階 事務室へお願いします。
なお、返品分の返金は下記の学校口座へお振込みください。
　りそな銀行 堺支店 普通 0513278　ガッコウホウジン キタハマガクエン
"""+SIG_O),

dict(expect="pass", kind="benign.vaccination_schedule",
 why="Group vaccination schedule with headcounts per year only.",
 **{"from": IMAI}, to=["向陵クリニック 受付 <uketsuke@koryo-clinic.jp>"],
 subject="学生インフルエンザ予防接種（集団接種）の日程調整",
 text="""向陵クリニック 御中

北浜看護専門学校の今井です。例年の集団接種について、日程のご相談です。

希望人数（12/3 時点）
・1年生 42名
・2年生 40名
・3年生 38名
・教職員 17名

候補日：11月6日（水）または 11月13日（水）の 14:00〜16:30、本校2階 基礎看護実習室にて。
問診票は学校で配布・回収し、当日お渡しします。
ワクチンの確保数についてご教示ください。
"""+SIG_I),

dict(expect="pass", kind="benign.minutes_partners",
 why="Reply chain of clinical-instructor meeting minutes naming hospital staff in their roles; no student or patient data.",
 **{"from": IMAI}, to=["<miyake@sakai-chuo-hp.or.jp>", "<f.ueno@sakai-chuo-hp.or.jp>"],
 cc=[YAMANE],
 subject="Re: Re: 実習指導者会議 議事録（11/20）修正版",
 text="""三宅副部長、上野師長

ご確認ありがとうございました。ご指摘の2点を修正した版を以下に貼ります。

【実習指導者会議 議事録】
日時：2024年11月20日（水）15:00〜16:30
出席：堺中央病院 三宅副看護部長、上野師長（5階東）、木下主任（7階西）、臨床指導者 森本様・吉川様
　　　本校 山根、今井
1. 前期実習の振り返り：記録物の提出遅れが目立った（学生全体の傾向）。カンファレンスの時間を15分延長する
2. 電子カルテ閲覧権限：学生用IDを病棟ごとに発行（ID番号は病院情報システム課で管理）
3. 後期の受持ち患者選定：終末期の患者さんの受持ちは指導者と教員の事前協議を必須とする
4. 次回：2025年2月19日（水）

> 今井先生
> 2.の「学生用ID」は病棟ごとではなく実習期間ごとの発行です。
> それと木下は「主任」です。
> 上野
>
>> 皆様
>> 議事録案を送ります。ご確認ください。
>> 今井
"""+SIG_I),

dict(expect="pass", kind="benign.condolence_deceased",
 why="Ordinary condolence notice about a deceased former principal to the alumni association.",
 **{"from": ONODERA}, to=["北浜看護同窓会 事務局 <dousoukai@kitahama-og.jp>"],
 subject="【訃報】元学校長 平井 正子 先生ご逝去のお知らせ",
 text="""北浜看護同窓会 事務局 御中

謹んでお知らせ申し上げます。
本校第3代学校長を務められた平井 正子 先生が、12月4日に92歳でご逝去されました。
ここに生前のご厚誼に深く感謝いたしますとともに、謹んでご冥福をお祈り申し上げます。

通夜・葬儀はご遺族のご意向により近親者のみで執り行われました。
学校として、1月に偲ぶ会を予定しております。日程が決まり次第改めてご連絡いたしますので、
同窓会報への掲載についてご検討いただけますと幸いです。
"""+SIG_O),

dict(expect="pass", kind="benign.fiction_simulation",
 why="Fictional standardized-patient scenario for simulation training; the 'patient' is invented.",
 **{"from": YAMANE}, to=["SP研究会 代表 小西 様 <konishi@osaka-sp-kai.org>"],
 subject="模擬患者シナリオ（3年生 統合演習）のご確認",
 text="""小西様

いつもお世話になっております。北浜看護専門学校の山根です。
1月の統合演習でお願いする模擬患者シナリオをお送りします。

【シナリオB：術後1日目の夜間】
患者設定（架空）：大野 敏子さん、72歳、女性。右大腿骨頸部骨折で人工骨頭置換術後1日目。
既往歴：2型糖尿病（内服治療中）、高血圧。軽度の難聴あり。
状況：22時のラウンド時、「家に帰らなきゃ」と点滴ルートを触っている（術後せん妄の初期症状）。
学生の課題：安全確保、せん妄のアセスメント、家族への連絡の判断。
SPさんへのお願い：問いかけには日付を1日ずれて答える／「娘に電話して」と3回繰り返す。

演じていただく方の年齢・性別は設定に近い方をご紹介いただけると助かります。
"""+SIG_Y),

# ---------------- HOLD ----------------
dict(expect="hold", kind="sensitive.health_check",
 why="Spreadsheet with six named students' antibody titres and health-check results sent to the hospital.",
 **{"from": IMAI}, to=["感染対策室 <ict@sakai-chuo-hp.or.jp>"],
 subject="5月実習 学生抗体価・健康診断結果の提出",
 text="""堺中央病院 感染対策室 御中

北浜看護専門学校の今井です。
5月の成人看護学実習Ⅱ 第1クールの学生について、抗体価および健診結果の一覧をお送りします。
ワクチン追加接種が必要な学生は実習開始前に接種を完了させます。
"""+SIG_I,
 attachments=[dict(filename="第1クール_抗体価一覧.xlsx",
  contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Sheet1]
学籍番号\t氏名\t麻疹IgG\t風疹HI\t水痘IgG\tHBs抗体\t胸部X線\t備考
K22-014\t青木 結衣\t16.2\t64\t12.8\t陽性\t異常なし\t
K22-027\t石田 悠真\t3.1\t16\t8.4\t陰性\t異常なし\t麻疹・B型肝炎 追加接種予定
K22-033\t上田 ひかり\t22.5\t128\t15.0\t陽性\t異常なし\t
K22-041\t遠藤 美月\t8.8\t8\t4.0\t陽性\t陳旧性陰影\t風疹追加接種予定／要経過観察
K22-052\t小川 蓮\t12.0\t32\t9.9\t陽性\t異常なし\t喘息治療中（吸入薬持参）
K22-068\t川村 紗希\t18.4\t64\t2.1\t陰性\t異常なし\t水痘・B型肝炎 追加接種予定
""")],
 personal=[dict(type="name", value="石田 悠真"), dict(type="health_result", value="喘息治療中（吸入薬持参）"),
  dict(type="name", value="遠藤 美月")]),

dict(expect="hold", kind="sensitive.infection_third_party",
 why="Reply to a parent names another student diagnosed with tuberculosis.",
 **{"from": YAMANE}, to=["<m.fujisawa.home@ezweb.ne.jp>"],
 subject="Re: 娘の実習中止について",
 text="""藤沢様

ご心配をおかけしております。教務主任の山根です。
お問い合わせの件についてご説明いたします。

同じ実習グループの学生、佐藤 由紀乃さんが先週 肺結核と診断され、現在入院治療中です。
保健所の指示により、同じグループで実習していた学生5名（芽衣さんを含む）は接触者健診の対象となり、
結果が出るまでの約2週間、病棟実習を中止しております。芽衣さんに症状がなければ心配はいりません。

健診は12月16日に堺市保健所で行われます。詳細はご本人にプリントで渡しております。
不安なことがあれば、いつでもご連絡ください。

> 北浜看護専門学校 山根先生
> 2年の藤沢芽衣の母です。娘から急に実習がなくなったと聞きました。
> 何かあったのでしょうか。
"""+SIG_Y,
 personal=[dict(type="name", value="佐藤 由紀乃"), dict(type="diagnosis", value="肺結核と診断され")]),

dict(expect="hold", kind="id.bank",
 why="Student's personal bank account and home address sent to the hospital scholarship office.",
 **{"from": ONODERA}, to=["堺中央病院 総務課 奨学金担当 <shougaku@sakai-chuo-hp.or.jp>"],
 subject="修学資金貸与者 振込口座の届出（2年 北野 大輝）",
 text="""堺中央病院 総務課 御中

北浜看護専門学校 事務長の小野寺です。
貴院の看護師修学資金の貸与が決定した本校学生について、振込先の届出をお送りします。

学生氏名：北野 大輝（2年）
現住所：大阪府堺市北区百舌鳥赤畑町3-112-5
電話：080-2864-3319
振込先：三菱UFJ銀行 堺東支店 普通 4608127　キタノ ダイキ
保証人：北野 文雄（父）

1月分から毎月 50,000円 の貸与とのこと、承知いたしました。
"""+SIG_O,
 personal=[dict(type="name", value="北野 大輝"), dict(type="bank_account", value="普通 4608127"),
  dict(type="address", value="大阪府堺市北区百舌鳥赤畑町3-112-5")]),

dict(expect="hold", kind="personal.resume",
 why="A teaching-post applicant's CV with address, phone and birth date forwarded to an outside recruitment firm.",
 **{"from": ONODERA}, to=["メディカルキャリア関西 コンサルタント 川端様 <kawabata@medcareer-kansai.jp>"],
 subject="Fw: 専任教員応募（母性看護学）",
 text="""川端様

お世話になっております。北浜看護専門学校の小野寺です。
母性看護学の専任教員について、直接応募が1件ありました。
御社からご紹介いただいている候補者と条件面を比較したいので、参考までに履歴書の内容を転送します。
年収水準のご意見をいただけますか。

----- 転送 -----
氏名：荒木 真由美（あらき まゆみ）
生年月日：1983年7月21日（41歳）
住所：大阪府和泉市いぶき野5-3-8
電話：090-3372-6158　メール：mayumi.araki83@gmail.com
職歴：2006年 和泉総合病院 産婦人科病棟 / 2015年 同 助産師外来 主任 / 2022年〜 北大阪医療専門学校 非常勤講師
資格：看護師、助産師、受胎調節実地指導員
現年収：約520万円
"""+SIG_O,
 personal=[dict(type="name", value="荒木 真由美"), dict(type="address", value="大阪府和泉市いぶき野5-3-8"),
  dict(type="phone", value="090-3372-6158"), dict(type="email", value="mayumi.araki83@gmail.com")]),

dict(expect="hold", kind="list.roster",
 why="Body is bland; the attached CSV lists participants with birth dates, home addresses, phones and nurse registration numbers.",
 **{"from": YAMANE}, to=["大阪府看護協会 研修課 <kenshu@osaka-kango.or.jp>"],
 subject="実習指導者講習会 参加者名簿の提出",
 text="""大阪府看護協会 研修課 御中

いつもお世話になっております。北浜看護専門学校の山根です。
2月の実習指導者講習会について、本校推薦の参加者名簿を添付いたします。
受講料は学校から一括で振り込みます。
"""+SIG_Y,
 attachments=[dict(filename="参加者名簿_北浜.csv", contentType="text/csv",
  text="""氏名,生年月日,自宅住所,電話,看護師籍登録番号,所属
中野 智恵,1980/09/14,大阪府堺市中区深井沢町3321-4,090-6113-2047,第1402538号,堺中央病院
松岡 優子,1986/01/27,大阪府高石市綾園2-8-19,080-4408-7712,第1617705号,和泉メディカルセンター
谷 美咲,1991/12/03,大阪府堺市西区鳳東町4-401-2,070-3359-0826,第1839021号,堺中央病院
""")],
 personal=[dict(type="name", value="中野 智恵"), dict(type="address", value="大阪府堺市中区深井沢町3321-4"),
  dict(type="phone", value="090-6113-2047"), dict(type="license_number", value="第1402538号")]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="Encrypted zip of practicum evaluations (PPAP).",
 **{"from": IMAI}, to=["看護部 教育担当 副看護部長 三宅 様 <miyake@sakai-chuo-hp.or.jp>"],
 subject="後期実習 評価表一式の送付",
 text="""三宅様

北浜看護専門学校の今井です。
後期実習の評価表一式をお送りします。
ファイルにはパスワードを設定しております。パスワードは追ってお送りします。
"""+SIG_I,
 attachments=[dict(filename="後期実習評価表.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="sensitive.medical",
 why="Subject line names a student and her epilepsy; the body says nothing specific.",
 **{"from": IMAI}, to=["5階東病棟 上野師長 <f.ueno@sakai-chuo-hp.or.jp>"],
 subject="3年 松本 彩花さん てんかん発作時の対応について（実習先共有）",
 text="""上野師長

お世話になっております。今井です。
標記の件、来週の実習開始前に一度お電話でご相談させてください。
明日の午後でご都合のよい時間はありますでしょうか。
"""+SIG_I,
 personal=[dict(type="name", value="松本 彩花"), dict(type="diagnosis", value="てんかん発作")]),

dict(expect="hold", kind="id.residence_card",
 why="International student's residence-card number and passport number sent to an outside administrative scrivener.",
 **{"from": ONODERA}, to=["行政書士 坂田事務所 <info@sakata-gyosei.jp>"],
 subject="資格外活動許可申請の件（留学生 グエン・ティ・ラン）",
 text="""坂田先生

いつもお世話になっております。北浜看護専門学校の小野寺です。
本校1年の留学生について、資格外活動許可申請の代行をお願いいたします。

氏名：NGUYEN THI LAN（グエン・ティ・ラン）
国籍：ベトナム
生年月日：2002年3月8日
在留カード番号：UH48215736EA
在留期限：2026年4月1日
旅券番号：C4718203
アルバイト先予定：介護老人保健施設 ひまわり苑（週20時間以内）

在学証明書と成績証明書は郵送いたします。
"""+SIG_O,
 personal=[dict(type="residence_card", value="UH48215736EA"), dict(type="passport", value="C4718203"),
  dict(type="name", value="NGUYEN THI LAN")]),

dict(expect="hold", kind="recipients.overexposed",
 why="Reunion announcement with twelve graduates' private addresses visible in To.",
 **{"from": YAMANE},
 to=["<yui.aoki.ns@gmail.com>", "<mizuki_e@yahoo.co.jp>", "<k.nakamura.0818@icloud.com>", "<sakura-h@docomo.ne.jp>",
     "<ren.ogawa@gmail.com>", "<mami.t1999@ezweb.ne.jp>", "<haruka.sugimoto@gmail.com>", "<nozomi-k@softbank.ne.jp>",
     "<aya.m.nurse@icloud.com>", "<t.yoshida22@yahoo.co.jp>", "<kaho_n@au.com>", "<miku.h.0302@gmail.com>"],
 subject="第45回生 卒業5周年の集いのお知らせ",
 text="""第45回生の皆さん

ご卒業から5年、皆さんお元気でしょうか。教務主任の山根です。
各病院の第一線でご活躍のことと思います。

卒業5周年の集いを下記のとおり開催します。
日時：2025年3月15日（土）14:00〜16:00
場所：本校 講堂（その後、希望者で懇親会）
会費：3,000円

出欠は2月末までにこのメールへ返信してください。お待ちしています！
"""+SIG_Y),
]
