"""Org B: 特定非営利活動法人 くらしのあした相談室 (multiple-debt / livelihood counselling NPO)."""
from common import mail, att, mynumber, g4

ORG = "B"
DOM = "kurashi-ashita.example.org"

MIYOSHI = f"三好 遥 <miyoshi.h@{DOM}>"
TAKAHATA = f"高畑 誠一 <takahata@{DOM}>"
ONISHI = f"大西 良平 <onishi.r@{DOM}>"

SIG_MIYOSHI = """
――――――――――――――――――――――
特定非営利活動法人 くらしのあした相談室
相談員（社会福祉士・精神保健福祉士）三好 遥
〒330-0063 さいたま市浦和区高砂3-9-14 高砂第二ビル5階
相談専用ダイヤル 0120-000-563（平日10時～18時）
事務所 048-000-7110 / FAX 048-000-7111
miyoshi.h@kurashi-ashita.example.org
※ご相談内容の秘密は厳守いたします。
――――――――――――――――――――――
"""

SIG_TAKAHATA = """
--
NPO法人 くらしのあした相談室
事務局長　高畑 誠一
〒330-0063 さいたま市浦和区高砂3-9-14 高砂第二ビル5階
TEL 048-000-7110　FAX 048-000-7111
takahata@kurashi-ashita.example.org
https://www.kurashi-ashita.example.org/
ご寄付・賛助会員を募集しています。当法人への寄付は寄付金控除の対象となります（認定NPO法人）。
"""

SIG_ONISHI = """
■□■□■□■□■□■□■□■□■□
くらしのあした相談室
家計改善支援員　大西 良平（おおにし りょうへい）
TEL 048-000-7110（直通 048-000-7115）
onishi.r@kurashi-ashita.example.org
■□■□■□■□■□■□■□■□■□
"""

SHIMADA = "島田 直樹 <n.shimada@keyaki-law.example.jp>"
KEYAKI_JIMU = "浦和けやき法律事務所 事務局 <office@keyaki-law.example.jp>"
OKADA = "岡田 圭 <okada@midori-shihou.example.jp>"
MIYAMOTO = "宮本 彩花 <a-miyamoto@fukushi.city-saitama.example.lg.jp>"
KURASHI_KA = "くらし自立支援課 委託担当 <jiritsu-itaku@city-saitama.example.lg.jp>"
SHAKYO = "浦和区社会福祉協議会 貸付係 <kashitsuke@urawa-shakyo.example.or.jp>"
AKATSUKI = "坂田 亮 <r.sakata@akatsuki-card.example.co.jp>"
AOBA = "前川 由紀 <maekawa@aoba-kikin.example.or.jp>"

MAILS = []


def add(**kw):
    MAILS.append(mail(ORG, **kw))


INOUE_MN = mynumber("31457926804")

# ---------------------------------------------------------------- holds
add(writer="miyoshi", loc="body", expect="hold", kind="personal.client_referral",
    why="A client's full profile (address, mobile, employer, income, family and each creditor's balance) is sent to a law office in the body.",
    frm=MIYOSHI, to=[SHIMADA], cc=[KEYAKI_JIMU],
    subject="ご相談者のご紹介（任意整理のご検討）",
    text=f"""
浦和けやき法律事務所
弁護士 島田 直樹 先生

いつも大変お世話になっております。くらしのあした相談室の三好です。
先日お電話でお話しした方について、ご本人の了承を得ましたのでご紹介いたします。

【ご相談者】
　氏名：佐伯 直美 様（42歳）
　住所：さいたま市南区別所5-14-2 メゾン別所302
　携帯：090-0000-7261（平日 18時以降が繋がりやすいとのこと）
　勤務：株式会社ヨシダフーズ 浦和工場（パート、勤続6年）
　収入：手取り 月約16万円＋児童扶養手当
　家族：長男（中2）、長女（小5）との3人暮らし。3年前に離婚、養育費の支払いは途絶えています。

【債務の状況（ご本人申告）】
　アカツキカード　　　　約 92万円（リボ）
　ひまわりファイナンス　約 68万円
　さくら信販　　　　　　約 54万円
　ミドリ銀行カードローン 約120万円
　知人からの借入　　　　約 50万円
　合計　約384万円／毎月の返済 約9.8万円

家計表はこちらで作成済みです。任意整理で月々の返済を4万円台に
抑えられるか、ご意見をいただければ幸いです。
初回面談は当相談室の面談室をお使いいただいて構いません。
{SIG_MIYOSHI}""",
    personal=[("name", "佐伯 直美"), ("address", "さいたま市南区別所5-14-2 メゾン別所302"),
              ("phone", "090-0000-7261"), ("debt", "合計　約384万円")])

add(writer="onishi", loc="body", expect="hold", kind="sensitive.mental_health",
    why="A named client's depression, disability-certificate grade and clinic are given to the municipal caseworker.",
    frm=ONISHI, to=[MIYAMOTO],
    subject="生活保護申請の同行について（小松様）",
    text=f"""
さいたま市 浦和区福祉課
生活保護担当　宮本様

お世話になっております。くらしのあした相談室の大西です。
来週の申請同行の件、事前に状況をお伝えしておきます。

小松 拓真 様（38歳）は、昨年 8月に勤務先を退職されて以降、
うつ病で浦和こころのクリニックに通院中です（月2回）。
精神障害者保健福祉手帳 2級をお持ちで、現在は就労が難しいと主治医から言われています。
失業給付は 9月で終了、預金残高はほぼゼロ、家賃は 2か月分滞納しています。

ご本人は窓口で長時間待つと体調を崩しやすいため、
当日は 10月21日（火）10時に伺い、なるべく面談室でお話しさせていただけると助かります。
通院証明とお薬手帳のコピーは当日持参いたします。

どうぞよろしくお願いいたします。
{SIG_ONISHI}""",
    personal=[("name", "小松 拓真"), ("diagnosis", "うつ病で浦和こころのクリニックに通院中"),
              ("disability", "精神障害者保健福祉手帳 2級")])

add(writer="miyoshi", loc="body", expect="hold", kind="id.mynumber",
    why="A client's individual number (My Number) and health-insurance card number are typed into the body to a judicial scrivener.",
    frm=MIYOSHI, to=[OKADA],
    subject="井上様 自己破産申立て準備の件",
    text=f"""
司法書士法人みどり総合事務所
岡田先生

お世話になっております。三好です。
井上 隆 様の申立書類の件、ご本人が住民票を取りに行けない状況のため、
ご指示のあった番号をこちらで確認してお伝えします。

　個人番号：{g4(INOUE_MN)}
　健康保険被保険者証：記号 埼北 3108　番号 2264（国民健康保険）
　生年月日：昭和52年11月3日

住民票は、ご本人の委任状をいただき次第、当方で代理取得も可能です。
陳述書の下書きは今週中にお送りします。

よろしくお願いいたします。
{SIG_MIYOSHI}""",
    personal=[("name", "井上 隆"), ("mynumber", g4(INOUE_MN)),
              ("health_insurance_number", "記号 埼北 3108　番号 2264")])

JISSEKI = """[相談実績一覧]
受付番号\t氏名\t年齢\t居住地\t債務総額(万円)\t主な債権者\t世帯\t対応状況
K24-0412\t佐伯 直美\t42\tさいたま市南区\t384\tアカツキカード他4社\t母子3人\t弁護士紹介（任意整理）
K24-0415\t小松 拓真\t38\tさいたま市浦和区\t212\tひまわりファイナンス他2社\t単身\t生活保護申請同行
K24-0419\t井上 隆\t47\t蕨市\t655\tミドリ銀行他5社\t単身\t自己破産準備
K24-0423\t森 沙織\t35\tさいたま市緑区\t143\tアカツキカード他1社\t母子2人\t返済猶予交渉中
K24-0431\t石黒 雄二\t61\t戸田市\t98\tさくら信販\t夫婦\t家計改善支援
K24-0438\t野口 千春\t29\tさいたま市中央区\t76\t消費者金融2社\t単身\t緊急小口資金申請
K24-0442\t佐野 美由紀\t44\tさいたま市浦和区\t310\t家賃滞納・カード3社\t単身\t司法書士面談予定
K24-0447\t平岡 健\t53\t川口市\t502\t事業資金（信金・知人）\t夫婦・子1\t個人再生検討
"""

add(writer="takahata", loc="attachment", expect="hold", kind="list.client_debts",
    why="The attached 'results list' gives eight clients' names, ages, towns, total debts and case status to the grant foundation.",
    frm=TAKAHATA, to=[AOBA],
    subject="2025年度 助成事業 中間報告書の提出について",
    text=f"""
公益財団法人あおば生活基金
事業部　前川様

平素より大変お世話になっております。
くらしのあした相談室 事務局長の高畑でございます。

2025年度「多重債務者の生活再建伴走支援事業」の中間報告書を提出いたします。
あわせて、ご依頼のありました相談実績の一覧を添付いたします。

上半期は新規相談 8件を本事業の対象としてお受けし、
うち 3件が法律専門職への引き継ぎ、2件が生活保護・貸付制度の利用につながりました。
詳細は報告書本文をご覧ください。

ご不明な点がございましたら、お気軽にお問い合わせください。
引き続きどうぞよろしくお願いいたします。
{SIG_TAKAHATA}""",
    attachments=[att("中間報告書_2025上期.pdf", """2025年度 多重債務者の生活再建伴走支援事業　中間報告書
1. 実施体制：相談員 3名（社会福祉士 2、家計改善支援員 1）
2. 実績：新規相談 8件／継続支援 14件／専門職への引き継ぎ 3件
3. 課題：精神的な不調を抱える相談者の初回来所率が低い
4. 下半期の計画：夜間オンライン相談枠の新設
"""), att("相談実績一覧_2025上期.xlsx", JISSEKI)],
    personal=[("name", "森 沙織"), ("debt", "K24-0419\t井上 隆\t47\t蕨市\t655"),
              ("name", "平岡 健"), ("name", "佐野 美由紀")])

SHINSEI = """緊急小口資金 借入申込書　添付資料（写し）

申込者
　氏名：野口 千春（ノグチ チハル）
　生年月日：平成8年2月14日
　住所：さいたま市中央区本町東4-7-19 コーポ本町 105
　電話：080-0000-3398

1. 年金手帳（写し）
　基礎年金番号：2871-604395

2. 振込先口座（通帳写し）
　ゆうちょ銀行　記号 10350　番号 48217561
　名義：ノグチ チハル

3. 世帯の状況
　単身。10月10日付で派遣契約が終了。次の就労先は 11月中旬から内定。
"""

add(writer="onishi", loc="attachment", expect="hold", kind="id.pension_number",
    why="The attached application papers carry a client's basic pension number and personal postal-bank account for the social-welfare council.",
    frm=ONISHI, to=[SHAKYO],
    subject="緊急小口資金の申込書類送付（野口様）",
    text=f"""
浦和区社会福祉協議会
貸付係 ご担当者様

お世話になっております。くらしのあした相談室の大西です。
昨日お電話でご相談した方の申込書類一式を、スキャンして添付いたします。
原本は明日ご本人が窓口にお持ちになります。

ご確認のほど、よろしくお願いいたします。
{SIG_ONISHI}""",
    attachments=[att("申込書類一式_1017.pdf", SHINSEI)],
    personal=[("name", "野口 千春"), ("pension_number", "2871-604395"),
              ("bank_account", "ゆうちょ銀行　記号 10350　番号 48217561"), ("address", "さいたま市中央区本町東4-7-19 コーポ本町 105")])

add(writer="miyoshi", loc="quoted", expect="hold", kind="sensitive.crime_victim",
    why="The forwarded internal note tells the card company that a named client is a domestic-violence victim under a protection order and that her ex-husband was arrested for assault.",
    frm=MIYOSHI, to=[AKATSUKI],
    subject="Fw: 森様の件（ご連絡窓口について）",
    text=f"""
アカツキカード株式会社
債権管理部　坂田様

お世話になっております。くらしのあした相談室の三好です。
先日はお電話でご丁寧にご対応いただきありがとうございました。

森様の返済条件変更の件、当面のご連絡は当相談室を窓口とさせていただきたく、
事情は下記の通りです。ご本人宛の郵送物・お電話はお控えいただけますと幸いです。
月々のお支払い額のご提案は、来週中に書面でお送りします。
{SIG_MIYOSHI}
---------- 転送メッセージ ----------
From: 高畑 誠一 <takahata@kurashi-ashita.example.org>
Date: 2025年10月14日(火) 18:05
Subject: 森様の件（ご連絡窓口について）
To: 三好 遥 <miyoshi.h@kurashi-ashita.example.org>

三好さん

森 沙織さんの件、今日の面談記録を読みました。
元夫からの DV 被害で、9月に地裁から保護命令が出ていること、
元夫が傷害容疑で逮捕・起訴されていることは了解です。
現住所は秘匿が必要なので、カード会社への連絡は全部うちを窓口にしましょう。
カード会社には「ご本人の事情により」程度で伝えてください。

高畑
""",
    personal=[("name", "森 沙織"), ("crime_victim", "元夫からの DV 被害で、9月に地裁から保護命令が出ている"),
              ("criminal", "元夫が傷害容疑で逮捕・起訴されている")])

add(writer="onishi", loc="quoted", expect="hold", kind="id.bank_account",
    why="A client's personal bank account, quoted from his own mail, is passed to the city's benefit section.",
    frm=ONISHI, to=[KURASHI_KA],
    subject="Re: 住居確保給付金の振込先について（石黒様）",
    text=f"""
さいたま市 くらし自立支援課
ご担当者様

お世話になっております。くらしのあした相談室の大西です。
お問い合わせいただいた振込先の件、ご本人から下記の通り連絡がありました。
今回は大家さんが代理受領に応じないため、ご本人口座への振込でお願いしたいとのことです。
必要な様式があればお知らせください。
{SIG_ONISHI}
> From: 石黒 雄二 <ishiguro.yuji1964@yahoo.co.jp>
> Sent: 2025/10/15 21:12
> To: 大西 良平
> Subject: 振込先
>
> 大西さん
> 遅くなりました。振込先です。
> 埼玉りそな銀行 戸田支店 普通 6039184 イシグロ ユウジ
> 大家さんには電話したけど代理の受け取りは面倒だと言われました。
> よろしくお願いします。
""",
    personal=[("name", "石黒 雄二"), ("bank_account", "埼玉りそな銀行 戸田支店 普通 6039184 イシグロ ユウジ")])

add(writer="miyoshi", loc="subject", expect="hold", kind="sensitive.mental_health_subject",
    why="The subject names a client together with schizophrenia and welfare receipt; the body only fixes a meeting time.",
    frm=MIYOSHI, to=[OKADA],
    subject="Re: 佐野 美由紀様（統合失調症・生活保護受給中）面談日程の件",
    text=f"""
岡田先生

ご連絡ありがとうございます。三好です。
11月13日（木）14時で確定とさせてください。
場所は当相談室の面談室B（5階エレベーター降りて右手）です。
ご本人には私から日時をお伝えし、当日は私も同席いたします。

お手数ですが、委任契約書の雛形を事前にお送りいただけますと助かります。
{SIG_MIYOSHI}
> 三好様
> 先日の件、11/13（木）14時か 11/14（金）10時でいかがでしょうか。
> 岡田
""",
    personal=[("name", "佐野 美由紀"), ("diagnosis", "統合失調症"), ("social_status", "生活保護受給中")])

DAICHO = """受付日,受付番号,氏名,生年月日,電話番号,住所,債務総額,相談種別,紹介先
2025/07/03,K24-0401,吉村 正和,1969/09/12,090-0000-4471,さいたま市浦和区常盤6-2-8,2480000,多重債務,浦和けやき法律事務所
2025/07/10,K24-0405,安藤 美穂,1988/04/25,080-0000-2930,さいたま市南区南浦和2-33-1-402,860000,家計相談,なし
2025/07/22,K24-0409,チョウ・メイリン,1991/12/03,070-0000-6184,蕨市中央3-15-7,1320000,多重債務,法テラス埼玉
2025/08/05,K24-0412,佐伯 直美,1983/06/19,090-0000-7261,さいたま市南区別所5-14-2,3840000,多重債務,浦和けやき法律事務所
2025/08/19,K24-0415,小松 拓真,1987/03/08,080-0000-9052,さいたま市浦和区領家1-4-20,2120000,生活困窮,福祉課
2025/09/02,K24-0419,井上 隆,1977/11/03,090-0000-1187,蕨市南町2-9-11,6550000,多重債務,みどり総合事務所
2025/09/16,K24-0423,森 沙織,1990/08/30,（秘匿）,（秘匿）,1430000,多重債務,なし
2025/09/24,K24-0431,石黒 雄二,1964/01/21,048-000-3327,戸田市上戸田4-6-2,980000,家計相談,なし
"""

add(writer="takahata", loc="zip", expect="hold", kind="list.case_register_zip",
    why="The zip holds the counselling register with clients' names, birth dates, phones, addresses and debts for the city; the body says nothing about it.",
    frm=TAKAHATA, to=[KURASHI_KA],
    subject="第2四半期 委託事業報告データの送付",
    text=f"""
さいたま市 くらし自立支援課
委託担当 御中

いつもお世話になっております。くらしのあした相談室の高畑です。

家計改善支援事業（委託）第2四半期分の報告データを送付いたします。
ファイルが複数あるため、zip にまとめております。

　・四半期報告書（様式第3号）
　・相談台帳（7月～9月受付分）

報告書の紙の原本は、10月末までに郵送いたします。
ご確認のほどよろしくお願いいたします。
{SIG_TAKAHATA}""",
    attachments=[
        att("第2四半期報告.zip/四半期報告書_様式第3号.pdf", """家計改善支援事業 四半期報告書（様式第3号）
報告期間：令和7年7月1日～9月30日
新規相談件数：8件　継続支援件数：14件
プラン作成件数：6件　他機関への紹介件数：5件
"""),
        att("第2四半期報告.zip/相談台帳_2025Q2.csv", DAICHO)],
    personal=[("name", "吉村 正和"), ("birth_date", "1969/09/12"), ("phone", "080-0000-2930"),
              ("address", "蕨市中央3-15-7"), ("name", "チョウ・メイリン")])

PARTICIPANTS = [
    "高木 恵 <megumi.takagi.0311@gmail.com>",
    "荒井 昭夫 <arai-akio@yahoo.co.jp>",
    "関口 瞳 <hitomi.sekiguchi@outlook.com>",
    "古川 隆之 <furukawa.t1975@gmail.com>",
    "田村 優子 <yuko_tamura88@yahoo.co.jp>",
    "ソン・ジヘ <jihye.song.urawa@gmail.com>",
    "中野 大輔 <d.nakano.work@gmail.com>",
    "遠藤 由紀子 <endo.yukiko@outlook.com>",
    "秋山 誠 <makoto-akiyama@yahoo.co.jp>",
    "宇野 彩 <aya.uno.home@gmail.com>",
    "内田 勝利 <uchida.katsutoshi@yahoo.co.jp>",
    "金子 真理 <mari.kaneko1990@gmail.com>",
    "相馬 浩一 <soma.koichi@outlook.com>",
]

add(writer="onishi", loc="recipients", expect="hold", kind="recipients.past_clients",
    why="Thirteen past seminar participants (debt-counselling clients) are listed openly in To with their private addresses.",
    frm=ONISHI, to=PARTICIPANTS,
    subject="【ご案内】家計の見直しミニセミナー（11/22 土）",
    text=f"""
以前、当相談室のセミナーにご参加いただいた皆さま

こんにちは。くらしのあした相談室の大西です。
その後お変わりなくお過ごしでしょうか。

年末に向けて出費が増える時期を前に、
「家計の見直しミニセミナー」を開催いたします。

　日時：11月22日（土）13:30～15:00
　会場：浦和コミュニティセンター 第5集会室（浦和駅東口 徒歩1分）
　内容：冬のボーナスがなくても乗り切る家計の組み立て方
　　　　公共料金・携帯代の見直しポイント
　　　　個別相談（希望者のみ、15:00～16:00）
　参加費：無料（託児あり・要予約）

参加をご希望の方は、このメールへのご返信か、
お電話（048-000-7110）でお申し込みください。
皆さまにまたお会いできるのを楽しみにしております。
{SIG_ONISHI}""")

# ---------------------------------------------------------------- passes
add(writer="takahata", loc="body", expect="pass", kind="benign.corporate_account",
    why="The accounts are the NPO's own donation accounts in an appeal to supporting members.",
    frm=TAKAHATA, to=["賛助会員 浦和中央ライオンズクラブ事務局 <jimukyoku@urawa-lions.example.jp>",
                      "株式会社ハシモト印刷 総務部 <soumu@hashimoto-print.example.co.jp>"],
    subject="年末のご寄付のお願い（くらしのあした相談室）",
    text=f"""
賛助会員の皆さま

日頃より当法人の活動にご理解とご支援を賜り、心より御礼申し上げます。
くらしのあした相談室 事務局長の高畑でございます。

今年度は物価高の影響もあり、上半期の新規相談は前年同期比 1.3倍となりました。
年末年始は相談が集中するため、臨時の相談窓口（12/29～1/3）を開設いたします。
その運営費として、年末のご寄付をお願い申し上げます。

【お振込先】
　埼玉りそな銀行　浦和中央支店　普通　7302185
　口座名義：トクヒ）クラシノアシタソウダンシツ

　ゆうちょ銀行　振替口座　00190-3-482716
　加入者名：特定非営利活動法人くらしのあした相談室

※領収書（寄付金控除用）をご希望の方は、ご住所をお知らせください。
※法人様からのご寄付は損金算入の対象となります。

皆さまの温かいご支援を、どうぞよろしくお願い申し上げます。
{SIG_TAKAHATA}""")

NENJI = """2024年度 事業報告（抜粋）

■相談実績
　延べ相談件数：1,284件（新規 312件、継続 972件）
　相談者の年代：20代 9%／30代 18%／40代 27%／50代 24%／60代以上 22%
　主な相談内容：多重債務 46%、家計・生活費 31%、住まい 12%、その他 11%

■相談者の状況（新規 312名、複数該当あり）
　精神疾患による通院歴あり：87名（28%）
　障害者手帳所持：34名（11%）
　生活保護受給中または申請中：41名（13%）
　ひとり親世帯：58名（19%）

■専門職・行政への引き継ぎ
　弁護士・司法書士：96件　福祉事務所：41件　社会福祉協議会：37件

※個人が特定されないよう、集計値のみを掲載しています。
"""

add(writer="takahata", loc="attachment", expect="pass", kind="benign.aggregate_statistics",
    why="The attached annual report gives mental illness, disability and welfare only as aggregate percentages, with no individual.",
    frm=TAKAHATA, to=[AOBA],
    subject="2024年度 事業報告書の送付",
    text=f"""
公益財団法人あおば生活基金
前川様

お世話になっております。高畑です。
先日お問い合わせいただいた 2024年度の事業報告書を添付いたします。
次年度の助成申請の参考資料としてお使いください。

精神的な不調を抱える方の割合が年々増えており、
次年度は精神保健福祉士の配置を厚くしたいと考えております。
ご面談の機会をいただけましたら、改めてご説明いたします。
{SIG_TAKAHATA}""",
    attachments=[att("2024年度事業報告書_抜粋.pdf", NENJI)])

add(writer="onishi", loc="body", expect="pass", kind="benign.to_data_subject",
    why="The client's own budget and debts are sent only to the client himself.",
    frm=ONISHI, to=["石黒 雄二 <ishiguro.yuji1964@yahoo.co.jp>"],
    subject="家計プラン（案）をお送りします",
    text=f"""
石黒 雄二 様

こんにちは。くらしのあした相談室の大西です。
先日の面談でお話しした家計プランを、表にまとめました。
ご夫婦でご覧いただき、気になる点があれば次回（10/30）にお聞かせください。

【月の収入】
　年金（ご夫婦）　　　　 186,000円
　奥様のパート　　　　　  42,000円
　合計　　　　　　　　　 228,000円

【月の支出（案）】
　家賃　　　　　　　　　  62,000円
　食費　　　　　　　　　  48,000円
　水道光熱費　　　　　　  19,000円
　通信費　　　　　　　　   6,500円（格安SIMへ変更後）
　医療費　　　　　　　　   8,000円
　さくら信販への返済　　  20,000円（残高 約98万円）
　予備費　　　　　　　　  15,000円
　合計　　　　　　　　　 178,500円

毎月 約 5万円の余裕ができる計算です。
このうち 2万円を「家賃の予備」として積み立てることをおすすめします。

住居確保給付金の振込は、市から決定通知が届き次第お知らせします。
{SIG_ONISHI}""")

add(writer="miyoshi", loc="body", expect="pass", kind="benign.meeting_arrangement",
    why="Scheduling a study meeting with a lawyer and a scrivener; only professionals' names and signatures appear.",
    frm=MIYOSHI, to=[SHIMADA, OKADA], cc=[TAKAHATA],
    subject="【日程調整】多重債務ケース勉強会（12月）",
    text=f"""
島田先生、岡田先生

いつもお世話になっております。くらしのあした相談室の三好です。
毎年恒例のケース勉強会を、今年も 12月に開催したいと考えております。

今回のテーマ（案）：
　1. 2025年の貸金業者の対応の変化（受任通知後の取立て等）
　2. 精神疾患のある方の自己破産申立てで気をつけたいこと
　3. 相談員からの事例紹介（※事例はすべて匿名化・改変いたします）

候補日は以下のとおりです。ご都合のよい日に○をお付けください。
　・12月 4日（木）18:30～20:30
　・12月 9日（火）18:30～20:30
　・12月11日（木）18:30～20:30

会場は当相談室の会議室、オンライン参加も可能です。
講師謝金は例年どおり（1回 2万円、源泉徴収後お振込）でお願いできればと存じます。

ご多用のところ恐縮ですが、11月14日（金）までにご返信いただけますと幸いです。
{SIG_MIYOSHI}""")

add(writer="takahata", loc="body", expect="pass", kind="benign.public_figures",
    why="Names a mayoral candidate and city councillors in their public roles for an open policy forum.",
    frm=TAKAHATA, to=["市民フォーラム実行委員会 <forum2025@urawa-shimin.example.jp>"],
    subject="市長選 公開討論会への登壇者推薦について",
    text=f"""
市民フォーラム実行委員会
事務局 御中

お世話になっております。くらしのあした相談室の高畑です。

12月7日（日）に予定されている市長選挙立候補予定者の公開討論会について、
「生活困窮・多重債務対策」の分野で質問者として当法人から 1名を推薦いたします。

　推薦者：三好 遥（当法人 相談員、社会福祉士）

討論会には、立候補を表明している 北原 雅彦 氏（前市議会議員）と
青柳 順子 氏（元県福祉部長）のお二人が登壇予定と伺っております。
両氏の公約にある「家計相談窓口の拡充」について、具体的な財源を伺いたいと考えています。

また、市議会 福祉常任委員会の 永井 聡 委員長にも、
事前の勉強会（11月下旬）へのご参加をお願いしているところです。

ご検討のほど、よろしくお願いいたします。
{SIG_TAKAHATA}""")

add(writer="takahata", loc="body", expect="pass", kind="benign.religious_corporation_venue",
    why="A religious corporation appears only as the lender of a hall for a public consultation day.",
    frm=TAKAHATA, to=["宗教法人 法林寺 寺務所 <jimusho@horinji.example.jp>"],
    subject="無料相談会 会場ご提供のお礼と次回のお願い",
    text=f"""
宗教法人 法林寺
ご住職 様
寺務所 ご担当者 様

先日は「暮らしとお金の無料相談会」の会場として、
客殿をお貸しいただき誠にありがとうございました。
当日は 23組の方がお越しになり、うち 9組の方が継続相談につながりました。
お寺という場所の安心感もあってか、初めての方が多かったのが印象的でした。

つきましては、来年 2月にも同様の相談会を開催したく、
2月15日（日）または 2月22日（日）に客殿をお借りできないかご相談申し上げます。
会場使用料は、前回同様に 1日 15,000円（法人口座への振込）でお支払いいたします。

お忙しいところ恐縮ですが、ご検討いただけますと幸いです。
{SIG_TAKAHATA}""")

add(writer="takahata", loc="body", expect="pass", kind="benign.masked_card",
    why="The NPO's own corporate card, shown only by its last four digits, in a billing query.",
    frm=TAKAHATA, to=["法人カードデスク <corporate-desk@akatsuki-card.example.co.jp>"],
    subject="法人カード利用明細についての問い合わせ",
    text=f"""
アカツキカード株式会社
法人カードデスク ご担当者様

いつもお世話になっております。
特定非営利活動法人くらしのあした相談室の高畑と申します。

当法人名義の法人カード（カード番号 ****-****-****-4821）の
10月分ご利用明細について、確認させていただきたい点がございます。

　10月3日　オンライン会議サービス　　 4,400円
　10月3日　オンライン会議サービス　　 4,400円

同日・同額で 2件計上されておりますが、当法人では 1契約のみのため
二重請求ではないかと思われます。お手数ですがご確認いただけますでしょうか。

ご回答はこのメールアドレス宛にいただけますと幸いです。
{SIG_TAKAHATA}""")

add(writer="miyoshi", loc="subject", expect="pass", kind="benign.system_outage",
    why="'障害' refers to the online booking form's outage; no client data is involved.",
    frm=MIYOSHI, to=[SHIMADA, OKADA, MIYAMOTO, SHAKYO],
    subject="【障害】オンライン相談予約フォームの不具合について（復旧済み）",
    text=f"""
関係機関の皆さま

お世話になっております。くらしのあした相談室の三好です。

10月18日（土）9時頃から 19日（日）15時頃まで、
当法人ウェブサイトのオンライン相談予約フォームに障害が発生し、
送信ボタンを押してもエラーになる状態が続いておりました。
原因はフォーム提供サービス側の障害で、現在は復旧しております。

この間に皆さまからご紹介いただいた方が予約できなかった可能性がございます。
お心当たりがある場合は、お電話（0120-000-563）で直接ご予約いただくよう
お伝えいただけますと幸いです。

ご迷惑をおかけし、申し訳ございませんでした。
{SIG_MIYOSHI}""")

add(writer="onishi", loc="zip", expect="pass", kind="benign.plain_zip",
    why="An unencrypted zip of leaflet artwork for the printer; no personal data.",
    frm=ONISHI, to=["入稿受付 <nyuko@hashimoto-print.example.co.jp>"],
    subject="チラシ入稿データ（家計ミニセミナー）",
    text=f"""
株式会社ハシモト印刷
入稿受付 ご担当者様

いつもお世話になっております。くらしのあした相談室の大西です。
11月のセミナー用チラシの入稿データを zip でお送りします。

　仕様：A4 片面カラー、コート 90kg、2,000部
　納品：11月5日（水）までに当相談室へ

前回と同じく、QRコードは読み取りテストをお願いできますと助かります。
{SIG_ONISHI}""",
    attachments=[att("家計ミニセミナー_チラシ入稿.zip", """家計ミニセミナー_チラシ入稿/
  omote_A4_cmyk.pdf
  omote_A4_cmyk.ai
  links/qr_yoyaku.png
  links/logo_kurashi.ai
  入稿指示書.txt

[入稿指示書.txt]
サイズ：A4（210×297mm）塗り足し各3mm
色：CMYK 4色　特色なし
フォント：アウトライン化済み
備考：QRコードの最小サイズ 18mm 以上を確保しています
""", content_type="application/zip")])

add(writer="miyoshi", loc="body", expect="pass", kind="benign.anonymised_case",
    why="A case-conference outline in which the client is reduced to age band, household type and debt range; no one can be identified.",
    frm=MIYOSHI, to=[SHIMADA, MIYAMOTO], cc=[ONISHI],
    subject="ケース会議（10/28）資料の事前送付",
    text=f"""
島田先生、宮本様

お世話になっております。三好です。
10月28日（火）のケース会議の資料（概要）を本文でお送りします。
個人が特定されないよう、事例は年代・世帯類型のみとし、細部は改変しています。

【事例A】50代男性・単身
　・債務：消費者金融 3社、計 200～300万円台
　・課題：失業後に家賃滞納。本人は破産に抵抗感あり。
　・論点：生活保護の申請と債務整理の順番をどう考えるか。

【事例B】30代女性・ひとり親世帯
　・債務：クレジットカード 2社、計 100万円前後
　・課題：元配偶者との関係で住所を知られたくない事情がある。
　・論点：債権者への連絡窓口の一本化と、郵送物の扱い。

当日は各 20分程度でご意見をいただければと存じます。
{SIG_MIYOSHI}""")
