from common import *

MAILS = []
A = MAILS.append

# V1 hold: passport roster + scans to travel agency
A(m("hold", "id.passport",
    "派遣ボランティア5名の旅券番号・生年月日の一覧（と旅券画像）を社外の旅行会社に送っている。",
    NAKANISHI, ["ワールドトラベルサービス 法人課 村井様 <murai@wts-travel.co.jp>"],
    "カンボジア短期派遣（8/3出発）航空券手配のお願い",
    """ワールドトラベルサービス
法人課 村井様

いつもお世話になっております。グローバル・ハンズの中西です。
8月3日出発のカンボジア短期派遣（シェムリアップ、2週間）の航空券手配をお願いします。

・人数：ボランティア5名（引率の職員分は別途ご連絡します）
・往路：8/3 成田発 バンコク経由 シェムリアップ着
・復路：8/17 シェムリアップ発 同ルート

パスポート情報の一覧と、旅券の写しの画像を添付します。
予約確定後、Eチケットを私宛にお送りください。

""" + SIG_NAKANISHI,
    att=[{"filename": "passport_list_KH2608.xlsx",
          "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "text": """No\tSURNAME\tGIVEN NAME\t性別\t生年月日\t旅券番号\t有効期限
1\tKAMIYA\tRINA\tF\t2003/06/18\tTS4471826\t2031/02/09
2\tOKUBO\tSHOTA\tM\t2002/11/02\tTR8830157\t2030/08/21
3\tHIGUCHI\tMAO\tF\t2004/01/27\tTT2095543\t2033/04/30
4\tSAWADA\tKOKI\tM\t1999/09/09\tTM6612098\t2028/12/14
5\tNOGUCHI\tAYAKA\tF\t2001/03/15\tTS1187624\t2031/07/03"""},
         {"filename": "passport_KAMIYA_RINA.jpg", "contentType": "image/jpeg"},
         {"filename": "passport_OKUBO_SHOTA.jpg", "contentType": "image/jpeg"},
         {"filename": "passport_HIGUCHI_MAO.jpg", "contentType": "image/jpeg"},
         {"filename": "passport_SAWADA_KOKI.jpg", "contentType": "image/jpeg"},
         {"filename": "passport_NOGUCHI_AYAKA.jpg", "contentType": "image/jpeg"}],
    personal=[("name", "KAMIYA"), ("passport", "TS4471826"), ("birthdate", "2003/06/18"),
              ("name", "OKUBO"), ("passport", "TR8830157"), ("passport", "TT2095543"),
              ("passport", "TM6612098"), ("passport", "TS1187624")],
    key="V1"))

# V2 hold (EN): medical clearance details to overseas partner NGO
A(m("hold", "sensitive.medical",
    "English: a named volunteer's hepatitis B carrier status, depression history and medication are sent to a partner NGO abroad.",
    CARTER, ["Sophea Chan <sophea.chan@angkorcommunity.org.kh>"],
    "Medical clearance - Ms. Rina Kamiya (August short-term team)",
    """Dear Sophea,

Following up on our call, here is the medical information you asked for regarding
one of the August volunteers, so that your field coordinator can plan accordingly.

  Volunteer: Ms. Rina Kamiya (22), placement: Kralanh primary school, literacy programme

  - Hepatitis B carrier (inactive). Her doctor confirms no restriction on normal
    activities; she should not donate blood and should avoid sharing razors etc.
  - History of depression (2022-2023). Currently stable on sertraline 50 mg daily.
    She will bring a 3-week supply. Her psychiatrist recommends that she has
    a weekly check-in with the coordinator and is not placed alone at a remote site.
  - No known allergies.

Ms. Kamiya has consented to us sharing this with the partner organisation.
Please keep it to the field coordinator and the country director only.

""" + SIG_CARTER,
    personal=[("name", "Rina Kamiya"), ("health", "Hepatitis B carrier"), ("health", "History of depression"),
              ("health", "sertraline 50 mg daily")],
    key="V2"))

# V3 hold: encrypted zip to overseas travel insurance agent
A(m("hold", "zip.encrypted",
    "海外旅行保険の加入者名簿をパスワード付きzipで社外の保険代理店に送っている（PPAP）。",
    NAKANISHI, ["あすなろ保険サービス 松本様 <matsumoto@asunaro-hoken.co.jp>"],
    "海外旅行保険 加入申込（8月派遣 2チーム分）",
    """あすなろ保険サービス
松本様

いつもお世話になっております。グローバル・ハンズの中西です。
8月派遣の2チーム（カンボジア5名、ネパール6名）について、
海外旅行保険（団体契約）の加入申込書と名簿をお送りします。
パスワード付きzipにしております。パスワードは別途お送りします。

保険期間は各チームの出発日〜帰国日＋1日でお願いします。
告知事項に該当のある方が1名いますので、引受可否をご確認ください。

""" + SIG_NAKANISHI,
    att=[{"filename": "hoken_moushikomi_2608.zip", "contentType": "application/zip", "encrypted": True}],
    key="V3"))

# V4 hold (EN): religion and ethnicity to overseas host organisation
A(m("hold", "sensitive.religion",
    "English: a named volunteer's religion (practising Muslim), prayer needs and ethnic background are sent to an overseas host organisation.",
    CARTER, ["Maricel Dizon <maricel@bayanihan-hosts.ph>"],
    "Host family placement - Cebu, September intake",
    """Hi Maricel,

Thanks for sending the host family profiles for the September intake.
Before you finalise the matching, I want to flag one volunteer's needs.

Ms. Aisha Nakamura-Rahman (24) is a practising Muslim. She prays five times a day
and would need a quiet space for prayer, halal meals (no pork, no alcohol in cooking),
and she fasts during Ramadan, which falls partly in her placement period next year.
Her father is Bangladeshi and her mother Japanese; she told us she has sometimes been
treated as a "foreigner" at previous homestays and would prefer a family that is
comfortable with that.

Could you check whether the Alcantara family in Mandaue or the Reyes family in
Lapu-Lapu would be a good fit? Otherwise we are happy to look at other options.

Thanks so much,
""" + SIG_CARTER,
    personal=[("name", "Aisha Nakamura-Rahman"), ("religion", "practising Muslim"),
              ("race", "Her father is Bangladeshi and her mother Japanese")],
    key="V4"))

# V5 hold: criminal record of applicant to outside selection committee member
A(m("hold", "sensitive.crime",
    "応募者の無犯罪証明書に前科（傷害罪で罰金刑）の記載があることを、氏名付きで外部の選考委員に伝えている。",
    NAKANISHI, ["京洛大学 国際協力学部 教授 藤田 啓介 先生 <k.fujita@kyoraku-u.ac.jp>"],
    "長期派遣候補者の最終判断についてご相談",
    """藤田先生

いつも選考委員としてご協力いただき、ありがとうございます。
グローバル・ハンズの中西です。

ネパール長期派遣（1年）の最終候補者のうち1名について、ご意見をいただきたくご連絡しました。

候補者：澤田 航希さん（26歳、面接評価は最上位）
本人から提出された警察証明書（無犯罪証明書）の取得過程で、
2019年に傷害罪で略式起訴、罰金30万円の前歴があることがわかりました。
本人によると、大学時代に飲酒の席でのトラブルで、相手とは示談済みとのことです。
面接時の申告書の「賞罰」欄は空欄でした。

先方（ネパール側 受入団体）のビザ申請には警察証明書の提出が必要で、
記載内容は先方にも伝わります。
事務局としては、申告漏れの理由を本人に確認したうえで判断したいと考えていますが、
選考委員のお立場からのご意見をお聞かせください。

""" + SIG_NAKANISHI,
    personal=[("name", "澤田 航希"), ("crime", "2019年に傷害罪で略式起訴、罰金30万円の前歴")],
    key="V5"))

# V6 hold: applicant list with scores to outside reviewer
A(m("hold", "roster.applicants",
    "応募者一覧（氏名・年齢・大学・書類点・面接点・合否案）を外部の選考委員に送っている。",
    NAKANISHI, ["京洛大学 国際協力学部 教授 藤田 啓介 先生 <k.fujita@kyoraku-u.ac.jp>",
                "NPO法人 アジア教育基金 理事 沢村 典子 様 <sawamura@asia-edu-fund.org>"],
    "2026年度 長期派遣ボランティア 選考結果一覧（最終確認のお願い）",
    """藤田先生、沢村様

選考委員会ではお世話になりました。
グローバル・ハンズの中西です。
面接の点数を集計した一覧をお送りします。合否案について、
5月29日（金）までにご確認・ご意見をいただけますでしょうか。

""" + SIG_NAKANISHI,
    att=[{"filename": "senkou_kekka_2026_long.csv", "contentType": "text/csv",
          "text": """受付番号,氏名,年齢,所属,希望国,書類点(30),面接点(70),合計,合否案
L26-003,澤田 航希,26,会社員(元 京洛大学),ネパール,27,64,91,保留
L26-007,桑田 美里,24,京洛大学大学院,カンボジア,25,58,83,合格
L26-011,吉永 大地,29,看護師,ネパール,26,55,81,合格
L26-014,丸山 彩花,23,洛北外国語大学,フィリピン,22,49,71,補欠1
L26-018,中川 悠人,31,小学校教諭,カンボジア,24,44,68,補欠2
L26-020,小野 沙也加,22,京洛大学,フィリピン,18,37,55,不合格
L26-025,清水 拓,27,フリーランス,ネパール,15,33,48,不合格"""}],
    personal=[("name", "澤田 航希"), ("name", "桑田 美里"), ("name", "吉永 大地"), ("name", "丸山 彩花"),
              ("name", "中川 悠人"), ("name", "小野 沙也加"), ("name", "清水 拓")],
    key="V6"))

# V7 hold: My Number of lecturers to tax accountant
A(m("hold", "id.my_number",
    "外部講師の謝金の支払調書作成のため、講師の住所と個人番号を社外の税理士事務所へCSVで送っている。",
    NAKANISHI, ["税理士法人 みやこ会計 担当 宮本様 <miyamoto@miyako-kaikei.jp>"],
    "支払調書作成用データ（講師謝金 2025年分 追加1名）",
    """みやこ会計
宮本様

お世話になっております。グローバル・ハンズの中西です。
先日お送りした講師謝金の支払調書データについて、1名漏れがありましたので追加でお送りします。
申し訳ございません。

""" + SIG_NAKANISHI,
    att=[{"filename": "shiharai_chousho_2025_tsuika.csv", "contentType": "text/csv",
          "text": """氏名,フリガナ,住所,個人番号,支払金額,源泉徴収税額,摘要
宇野 雅之,ウノ マサユキ,京都府宇治市木幡南山14-22,860699443696,150000,15315,派遣前研修 講師謝金（3回）"""}],
    personal=[("name", "宇野 雅之"), ("address", "京都府宇治市木幡南山14-22"), ("mynumber", "860699443696")],
    key="V7"))

# V8 hold (EN): forward of forward; innermost has emergency contact + asthma
A(m("hold", "sensitive.medical",
    "English forward-of-forward to a visa agency: the innermost message still carries the volunteer's parent contact details and asthma medication.",
    CARTER, ["Kathmandu Visa & Travel Desk <desk@ktm-visadesk.com.np>"],
    "Fw: Fw: Long-term volunteer visa - supporting documents (Yoshinaga)",
    """Dear Visa Desk team,

Please see below. Our partner asked me to send you the volunteer's details directly
for the non-tourist visa application. The invitation letter is attached.
Please let me know which other documents you need from our side.

""" + SIG_CARTER + """

---------- Forwarded message ---------
From: Ramesh Thapa <ramesh@himalayan-schools.org.np>
Date: Tue, 2 Jun 2026 at 14:10
Subject: Fw: Long-term volunteer visa - supporting documents (Yoshinaga)
To: Emily Carter <e.carter@globalhands.or.jp>

Emily, the visa desk needs the emergency contact too. Can you send everything to them? Ramesh

---------- Forwarded message ---------
From: 中西 颯太 <s.nakanishi@globalhands.or.jp>
Date: Mon, 1 Jun 2026 at 10:32
Subject: Long-term volunteer visa - supporting documents (Yoshinaga)
To: Ramesh Thapa <ramesh@himalayan-schools.org.np>
Cc: Emily Carter <e.carter@globalhands.or.jp>

Dear Ramesh,
Volunteer: Mr. Daichi Yoshinaga (registered nurse), arriving 1 September.
Emergency contact in Japan: Mr. Osamu Yoshinaga (father),
  2-8-17 Higashi-Kujo, Minami-ku, Kyoto, tel +81 90-6218-4035
Health note for your school nurse: Daichi has mild asthma and carries a salbutamol
inhaler; he had no attack in the past 3 years.
Best, Sota Nakanishi
""",
    att=[{"filename": "Invitation_Letter_Yoshinaga.pdf", "contentType": "application/pdf",
          "text": "Himalayan Schools Partnership\nInvitation Letter\nWe are pleased to invite Mr. Daichi Yoshinaga, a Japanese national, to serve as a volunteer school health adviser from 1 September 2026 to 31 August 2027."}],
    personal=[("name", "Daichi Yoshinaga"), ("name", "Osamu Yoshinaga"), ("address", "2-8-17 Higashi-Kujo, Minami-ku, Kyoto"),
              ("phone", "+81 90-6218-4035"), ("health", "mild asthma and carries a salbutamol")],
    key="V8"))

# V9 hold (EN): applicant CV forwarded to partner
A(m("hold", "profile.forward",
    "English: an applicant's CV with home address, phone, private e-mail and date of birth is forwarded to a partner organisation abroad.",
    CARTER, ["Tran Minh Duc <duc.tran@mekong-youth.org.vn>"],
    "CV for the Hue teaching assistant post",
    """Hi Duc,

As discussed, here is the CV of the candidate we would like to propose for the
teaching assistant post in Hue (October start). She has excellent references from
her practicum school. Could you share it with your principal and let me know
whether they would like to interview her online?

""" + SIG_CARTER,
    att=[{"filename": "CV_Misato_Kuwata.docx",
          "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "text": """CURRICULUM VITAE
Misato Kuwata
Date of birth: 8 February 2002
Address: 3-41 Shimogamo Izumigawa-cho, Sakyo-ku, Kyoto 606-0807, Japan
Mobile: +81 80-5537-2190
E-mail: misato.kuwata.0208@gmail.com

EDUCATION
2024-present  M.A. in International Education, Kyoraku University Graduate School
2020-2024     B.Ed., Kyoraku University

EXPERIENCE
2023  Teaching practicum, Kyoto Municipal Kitashirakawa Elementary School
2022  Summer volunteer, Global Hands Japan, Siem Reap (literacy programme)

LANGUAGES  Japanese (native), English (TOEIC 905), Vietnamese (basic)"""}],
    personal=[("name", "Misato Kuwata"), ("birthdate", "8 February 2002"),
              ("address", "3-41 Shimogamo Izumigawa-cho, Sakyo-ku, Kyoto 606-0807"), ("phone", "+81 80-5537-2190"),
              ("email", "misato.kuwata.0208@gmail.com")],
    key="V9"))

# V10 hold: volunteers' private accounts to outside accounting firm
A(m("hold", "id.account",
    "長期派遣ボランティア3名の個人口座（銀行・口座番号・名義）を社外の会計事務所に送っている。",
    NAKANISHI, ["税理士法人 みやこ会計 担当 宮本様 <miyamoto@miyako-kaikei.jp>"],
    "6月分 長期派遣者 国内積立手当の振込依頼",
    """宮本様

いつもお世話になっております。グローバル・ハンズの中西です。
6月分の長期派遣者 国内積立手当（各 30,000円）の振込をお願いいたします。
今月から1名追加になりましたので、振込先一覧を更新しました。

　1. 桑田 美里　　京都銀行 百万遍支店 普通 3824106　クワタ ミサト
　2. 吉永 大地　　京都中央信用金庫 東九条支店 普通 0417752　ヨシナガ ダイチ
　3. 丸山 彩花　　ゆうちょ銀行 記号14430 番号 62871935　マルヤマ アヤカ（追加）

振込日は6月25日でお願いします。

""" + SIG_NAKANISHI,
    personal=[("name", "桑田 美里"), ("account", "京都銀行 百万遍支店 普通 3824106"), ("name", "吉永 大地"),
              ("account", "京都中央信用金庫 東九条支店 普通 0417752"), ("name", "丸山 彩花"),
              ("account", "ゆうちょ銀行 記号14430 番号 62871935")],
    key="V10"))

# ---------- passes ----------

A(m("pass", "benign.public_figure",
    "報告会のプレスリリースで、大使・市長など公人の氏名と肩書のみ。",
    NAKANISHI, ["京都日日新聞 社会部 デスク <shakai@kyoto-nichinichi.co.jp>"],
    "【プレスリリース】カンボジア教育支援20周年 報告会（6/20）のご案内",
    """報道関係者各位

特定非営利活動法人グローバル・ハンズは、カンボジアでの教育支援20周年を記念し、
下記のとおり報告会を開催いたします。ぜひ取材をご検討ください。

　日時：2026年6月20日（土）14:00〜16:30
　会場：京都国際交流センター イベントホール
　来賓：駐日カンボジア王国大使 ソク・ヴィサル閣下
　　　　京都市長 西田 浩一 氏
　内容：20年の活動報告、現地校長によるオンライン講演、帰国ボランティアのパネル討論

取材をご希望の方は、6月17日（水）までに下記までご連絡ください。
当日は大使の到着（13:40頃）の撮影が可能です。

""" + SIG_NAKANISHI,
    key="V11"))

A(m("pass", "benign.aggregate_health",
    "English safety report to a donor with aggregate counts of illnesses and evacuations; no individual is identifiable.",
    CARTER, ["Grants Team <grants@pacific-bridge-foundation.org>"],
    "FY2025 volunteer safety & wellbeing summary (Grant PBF-2024-117)",
    """Dear Grants Team,

As requested in the annual reporting template, please find below our volunteer
safety and wellbeing summary for FY2025 (April 2025 - March 2026).

  Volunteers deployed:            48 (short-term 31, long-term 17)
  Countries:                      Cambodia, Nepal, Philippines, Vietnam
  Clinic visits recorded:         63
    - gastrointestinal illness    27
    - dengue fever                 3
    - injuries (minor)            14
    - mental health consultations  6
  Medical evacuations:             1 (to Bangkok, fully recovered)
  Early terminations for health:   2

All volunteers now receive a pre-departure mental health briefing, and we added
a 24-hour on-call line in Nepal in January. Full details are in section 5 of the report.

""" + SIG_CARTER,
    key="V12"))

A(m("pass", "benign.meeting",
    "English visit planning with a partner NGO; names and phones are staff business contacts in signatures.",
    CARTER, ["Ramesh Thapa <ramesh@himalayan-schools.org.np>"],
    "Re: Monitoring visit to Sindhupalchok - July dates",
    """Dear Ramesh,

Thank you - 14 to 18 July works for both Sota and me.
Our proposed plan:

  Jul 14  Arrive KTM (TG 319), evening meeting at your office
  Jul 15  Drive to Chautara, visit 2 partner schools
  Jul 16  Teacher training observation, meeting with district education office
  Jul 17  Return to Kathmandu, budget review FY2026-27
  Jul 18  Debrief, depart evening

Could your team book the guesthouse in Chautara for 2 nights (2 single rooms)?
We will bring the printed training manuals (60 copies).

Warm regards,
""" + SIG_CARTER + """

On Fri, 5 Jun 2026, Ramesh Thapa wrote:
> Dear Emily,
> The district office suggests the week of 13 July. Would 14-18 July suit you?
> Best,
> Ramesh Thapa
> Programme Director, Himalayan Schools Partnership
> Baluwatar, Kathmandu 44600, Nepal
> Tel +977 1 441 2260 | Mobile +977 98510 44327
""",
    cc=["中西 颯太 <s.nakanishi@globalhands.or.jp>"],
    key="V13"))

A(m("pass", "benign.own_data",
    "ボランティア本人の依頼で、本人の旅程と本人の旅券番号（登録内容の確認）を本人の私用アドレスに送っているもの。",
    NAKANISHI, ["神谷 里奈 <rina.kamiya.0618@gmail.com>"],
    "Re: Eチケットと登録内容の確認",
    """神谷 里奈 さん

グローバル・ハンズの中西です。お問い合わせありがとうございます。
Eチケットの控えと、事務局に登録されている旅券情報をお送りしますので、
パスポートと照らし合わせて、相違がないかご確認ください。

　氏名（旅券表記）：KAMIYA RINA
　旅券番号：TS4471826
　有効期限：2031/02/09

　往路　8/3 NH 849 成田 11:00 → バンコク 16:05 ／ PG 925 バンコク 19:40 → シェムリアップ 20:45
　復路　8/17 PG 930 シェムリアップ 20:10 → バンコク 21:15 ／ NH 806 バンコク 22:45 → 成田 翌7:00
　予約番号（PNR）：7KXQ2M

相違がなければ返信は不要です。
出発前オリエンテーション（7/18）でお会いできるのを楽しみにしています。

""" + SIG_NAKANISHI + """

> 中西さん
> 航空券の予約内容と、登録したパスポート番号を確認したいので、このアドレスに送ってもらえますか。
> 神谷
""",
    key="V14"))

A(m("pass", "benign.lookalike_number",
    "予約番号・便名・請求番号・法人番号・旅行会社の法人口座など、個人の識別番号ではない番号のみ。",
    NAKANISHI, ["ワールドトラベルサービス 法人課 村井様 <murai@wts-travel.co.jp>"],
    "ご請求書（WTS-26-08811）お支払いの件",
    """村井様

いつもお世話になっております。グローバル・ハンズの中西です。
カンボジア短期派遣の航空券代について、ご請求書を受領しました。

　請求番号：WTS-26-08811
　予約番号：PNR 7KXQ2M ほか4件
　便名：NH 849 / PG 925 / PG 930 / NH 806
　金額：1,142,500円（5名分、燃油込み）

6月30日に下記口座へお振込みいたします。
　京都銀行 四条支店 当座 0021874 カ）ワールドトラベルサービス

当法人の法人番号（5130005012345）と宛名の表記もご確認ください。
領収書は「特定非営利活動法人グローバル・ハンズ」宛でお願いします。

""" + SIG_NAKANISHI,
    key="V15"))

A(m("pass", "benign.it_incident",
    "「感染」「隔離」は事務局PCのマルウェア感染のことで、人の健康情報ではない。",
    NAKANISHI, ["ITサポートきょうと 保守窓口 <hoshu@it-support-kyoto.jp>"],
    "【至急】事務局PC 1台がウイルスに感染した疑い",
    """ITサポートきょうと 保守窓口 御中

グローバル・ハンズの中西です。保守契約番号 ITK-0744 です。

本日10時頃、事務局のノートPC（管理番号 GH-PC-07、Windows 11）で、
メール添付のファイルを開いた直後に、ウイルス対策ソフトから「トロイの木馬を検出」と表示されました。

・直後にLANケーブルを抜き、Wi-Fiもオフにして隔離しています
・共有フォルダ（NAS）へのアクセスは、その後ありません
・他のPC 6台では今のところ警告は出ていません

感染の範囲の調査と、必要であれば初期化の対応をお願いできますでしょうか。
本日中に来所いただけると大変助かります。

""" + SIG_NAKANISHI,
    key="V16"))

A(m("pass", "benign.bcc",
    "支援者向けニュースレター（日英）で、支援者のアドレスはすべてBcc。",
    CARTER, ["Global Hands Japan <news@globalhands.or.jp>"],
    "Global Hands News No.58 / グローバル・ハンズ通信 第58号",
    """Dear supporters / 支援者の皆さまへ

Thank you for your continued support. Here are the highlights of this season.
いつもご支援ありがとうございます。今号のトピックをお届けします。

1. 20th anniversary of our Cambodia programme - report event on 20 June (Kyoto)
   カンボジア教育支援20周年 報告会（6/20 京都）
2. New teacher-training project in Sindhupalchok, Nepal
   ネパール・シンドゥパルチョク郡で教員研修プロジェクトを開始
3. Volunteer recruitment for autumn 2026 is now open
   2026年秋派遣のボランティア募集を開始しました

To unsubscribe, simply reply with "unsubscribe".
配信停止をご希望の方は、本メールに「配信停止」とご返信ください。

""" + SIG_CARTER,
    bcc=["t.yamaguchi@kyoto-u-alumni.jp", "hiroko.sato.1960@gmail.com", "jmiller@outlook.com",
         "info@nishijin-ori-tanaka.co.jp", "kenji.fukuda@nifty.com", "sarah.oconnor@gmail.com",
         "m-ueda@kcn.jp", "akemi.kondo@yahoo.co.jp", "p.nguyen@hotmail.com", "rotary-kyoto-east@rotary.jp",
         "a.inoue.family@icloud.com", "yoshiko-m@docomo.ne.jp"],
    key="V17"))

A(m("pass", "benign.thread",
    "説明会の会場予約の転送の転送で、会場担当者の業務連絡先だけが含まれる。",
    NAKANISHI, ["京都国際交流センター 施設予約係 <yoyaku@kyoto-intl-center.or.jp>"],
    "Fw: Fw: 秋派遣 説明会の会場について",
    """施設予約係 ご担当者様

グローバル・ハンズの中西です。
下記の経緯で、9月の説明会の会場をお借りしたく、ご連絡しました。
第2会議室（定員40名）を、9月12日（土）13:00〜17:00 で仮予約できますでしょうか。
プロジェクターとマイク2本の利用を希望します。

""" + SIG_NAKANISHI + """

-------- Forwarded Message --------
Subject: Fw: 秋派遣 説明会の会場について
Date: Mon, 8 Jun 2026 09:12:44 +0900
From: 事務局長 山内 <t.yamauchi@globalhands.or.jp>
To: 中西 颯太 <s.nakanishi@globalhands.or.jp>

中西さん、下の件、交流センターに直接問い合わせてもらえますか。
昨年と同じ第2会議室が使えればベストです。山内

-------- Forwarded Message --------
Subject: 秋派遣 説明会の会場について
Date: Fri, 5 Jun 2026 17:40:03 +0900
From: Emily Carter <e.carter@globalhands.or.jp>
To: 事務局長 山内 <t.yamauchi@globalhands.or.jp>

山内さん
秋派遣の説明会、昨年は参加者が38名で会場がいっぱいでした。
今年はオンライン併用にしたいので、Wi-Fiの安定した会場が良いと思います。
交流センターの担当の方（施設予約係 野田さん、075-752-3310）は昨年とても親切でした。
Emily
""",
    key="V18"))

A(m("pass", "benign.condolence",
    "English condolence to a partner organisation on the death of its founder, a public figure in their community; no sensitive data.",
    CARTER, ["Sophea Chan <sophea.chan@angkorcommunity.org.kh>"],
    "Our deepest condolences - Mr. Chea Sokha",
    """Dear Sophea and all our friends at Angkor Community Learning,

We were deeply saddened to hear of the passing of Mr. Chea Sokha, your founder,
on Sunday. On behalf of everyone at Global Hands Japan, please accept our
heartfelt condolences, and please pass them on to his family.

Mr. Sokha welcomed our very first volunteers in 2006 and taught so many of us what
community-led education really means. His warmth and humour will be missed by
hundreds of volunteers in Japan.

Our Secretary General, Mr. Yamauchi, would like to attend the memorial ceremony
if that would be appropriate. Please let us know the date and anything we can do.

With deepest sympathy,
""" + SIG_CARTER,
    key="V19"))

A(m("pass", "benign.template_dummy",
    "応募フォームの項目案で、氏名・旅券番号・生年月日はすべて記入例のダミー値。",
    NAKANISHI, ["ウェブ工房あさぎ 制作担当 小西様 <konishi@web-asagi.jp>"],
    "ボランティア応募フォーム 項目案（改訂）",
    """小西様

お世話になっております。グローバル・ハンズの中西です。
応募フォームの項目案を修正しましたので、お送りします。
プレースホルダー（入力欄の薄い文字）は「例」の値でお願いします。

項目　　　　　　　　必須　プレースホルダー
氏名　　　　　　　　○　　例：国際 花子
氏名（ローマ字）　　○　　例：KOKUSAI HANAKO
生年月日　　　　　　○　　例：2000/01/01
メールアドレス　　　○　　例：hanako@example.com
携帯電話　　　　　　○　　例：090-1234-5678
旅券番号　　　　　　　　　例：TK1234567（お持ちでない場合は空欄）
希望派遣国　　　　　○　　選択式
健康状態の申告　　　　　　※フォームでは聞かず、合格者にのみ別途書面で確認

旅券番号は本番では暗号化して保存する前提で、サーバー側の仕様をご確認ください。

""" + SIG_NAKANISHI,
    key="V20"))
