from common import *

M = []

# ---------------- HOLDS ----------------

M.append(dict(
    key="K-H1", expect="hold", kind="roster.children",
    why="卒園アルバム制作のため、園児の氏名・生年月日・住所・保護者電話の一覧（Excel）を社外の写真館に送っている。",
    frm=HIDAKA,
    to=["みどり写真館 アルバム制作担当 <album@midori-photo.co.jp>"],
    subject="卒園アルバム用 名簿データ（ほし組）",
    text=body("""
みどり写真館
アルバム制作ご担当　菅原様

いつもお世話になっております。ひだまりの森の日高です。
先日の打ち合わせでお話のあった、卒園アルバムの名簿ページ用データをお送りします。
ほし組（年長）23名のうち、掲載の同意が取れている分です。残りは揃い次第お送りします。

住所と電話番号は「卒園後の連絡先ページ」に載せる前提の保護者さんのみです。
校正は12月中旬に園でさせてください。
""", "hidaka"),
    attachments=[dict(filename="ほし組_名簿_アルバム用.xlsx", contentType=XLSX, text=
"ほし組（年長）名簿\t2024年度\n"
"出席番号\t氏名\tふりがな\t生年月日\t保護者氏名\t住所\t電話\t掲載同意\n"
"1\t阿部 結菜\tあべ ゆいな\t2018/06/12\t阿部 直人\t盛岡市本宮3-14-2\t090-2761-4408\t済\n"
"2\t伊藤 湊\tいとう みなと\t2018/09/03\t伊藤 麻衣\t盛岡市向中野6-2-11\t080-6023-1195\t済\n"
"3\t及川 心春\tおいかわ こはる\t2018/04/25\t及川 亮介\t盛岡市三本柳8-40-7\t090-9156-3382\t済\n"
"4\t菊池 蓮\tきくち れん\t2019/01/30\t菊池 由香\t盛岡市永井19-5-33\t070-4471-2860\t済\n"
"5\t工藤 陽翔\tくどう はると\t2018/11/08\t工藤 沙織\t盛岡市本宮1-22-9 グランシャリオ本宮305\t090-3342-7719\t済\n"
"6\t佐々木 芽依\tささき めい\t2018/07/17\t佐々木 拓\t盛岡市津志田中央2-8-1\t080-1952-6634\t済\n")],
    personal=[("name", "阿部 結菜"), ("birthdate", "2018/06/12"), ("address", "盛岡市本宮3-14-2"),
              ("name", "及川 心春"), ("phone", "090-9156-3382"), ("name", "工藤 陽翔")],
))

M.append(dict(
    key="K-H2", expect="hold", kind="sensitive.medical",
    why="園児ごとの食物アレルギー・症状・エピペン所持を氏名付きで社外の給食委託業者に送っている。",
    frm=ONODERA,
    to=["ヘルシーランチ盛岡 栄養士 三上 <mikami@healthylunch-morioka.jp>"],
    subject="12月献立　アレルギー個別対応表",
    text=body("""
株式会社ヘルシーランチ盛岡
管理栄養士　三上様

お世話になっております。ひだまりの森の小野寺です。
12月の献立確認ありがとうございました。
個別対応が必要な園児の一覧を最新版に更新しましたので添付します。
11月の面談で、たんぽぽ組の村上さんが卵の除去解除（加熱卵のみ可）になりました。

クリスマス会のケーキは、先日お話ししたとおり全員分を卵・乳不使用のもので
お願いできればと思います。
""", "onodera"),
    attachments=[dict(filename="アレルギー個別対応表_2024年12月.xlsx", contentType=XLSX, text=
"食物アレルギー個別対応表（2024年12月）\n"
"クラス\t園児名\t原因食物\t症状（既往）\t除去レベル\tエピペン\t主治医\n"
"ほし\t佐々木 芽依\t卵・乳\tじんましん、嘔吐（2022年）\t完全除去\tなし\tもりおか小児科\n"
"にじ\t遠藤 颯太\tピーナッツ・くるみ\tアナフィラキシー（2023年救急搬送）\t完全除去・コンタミ注意\tあり（職員室保管）\t県立中央病院 小児科\n"
"にじ\t吉田 杏\t小麦\t口腔内のかゆみ\t完全除去\tなし\tみやもとクリニック\n"
"たんぽぽ\t村上 悠真\t卵\t湿疹\t加熱卵のみ可\tなし\tもりおか小児科\n")],
    personal=[("name", "佐々木 芽依"), ("name", "遠藤 颯太"), ("health", "アナフィラキシー（2023年救急搬送）"),
              ("name", "吉田 杏"), ("name", "村上 悠真")],
))

M.append(dict(
    key="K-H3", expect="hold", kind="sensitive.disability",
    why="園児の診断名（自閉スペクトラム症）と療育手帳の等級を氏名付きで外部機関に送っている。",
    frm=ONODERA,
    to=["盛岡市こども発達支援センター 巡回相談係 <junkai@morioka-hattatsu.jp>"],
    subject="巡回支援専門員 訪問のお願い（にじ組 1名）",
    text=body("""
盛岡市こども発達支援センター
巡回相談ご担当者様

いつもお世話になっております。認定こども園ひだまりの森の小野寺です。
12月の巡回訪問で、以下の園児について保育場面を見ていただきたくご相談いたします。

園児：にじ組（4歳児）　工藤 陽翔（くどう はると）くん
状況：2024年3月に自閉スペクトラム症の診断（県立療育センター）、療育手帳B取得済み。
　　　集団活動への切り替えが難しく、特に製作の時間に離席が多い状況です。
　　　現在は加配保育教諭1名が主に担当しています。
保護者：母（工藤 沙織さん）から巡回訪問の同意をいただいています。

ご都合のよい日を2〜3候補いただけましたら、こちらで調整いたします。
""", "onodera"),
    personal=[("name", "工藤 陽翔"), ("disability", "自閉スペクトラム症"), ("disability", "療育手帳B取得済み"), ("name", "工藤 沙織")],
))

M.append(dict(
    key="K-H4", expect="hold", kind="sensitive.social",
    why="園児の家庭が生活保護受給中であることを、氏名付きで社外の教材業者に伝えている。",
    frm=HIDAKA,
    to=["岩手教育教材 盛岡営業所 <morioka@iwate-kyozai.co.jp>"],
    subject="教材費の請求先変更について（ゆり組）",
    text=body("""
岩手教育教材株式会社
盛岡営業所　小笠原様

お世話になっております。ひだまりの森の日高です。
ゆり組の教材費の請求について、1名分の請求先の変更をお願いします。

対象：ゆり組　千田 ひなた ちゃん
理由：ご家庭が生活保護を受給されていて、教材費は市の実費徴収に係る補足給付の対象になります。
　　　保護者への個別請求ではなく、園にまとめて請求してください（園から市へ申請します）。

2学期分（9〜12月）からの適用でお願いいたします。
請求書の宛名は「社会福祉法人ひだまり会」でお願いします。
""", "hidaka"),
    personal=[("name", "千田 ひなた"), ("social", "ご家庭が生活保護を受給されていて")],
))

M.append(dict(
    key="K-H5", expect="hold", kind="sensitive.religion",
    why="Forwards a new family's names, phone, residence card number, religion and the mother's pregnancy to an outside interpreter service.",
    frm=ONODERA,
    to=["Interpreter Coordination <interpreter@morioka-ia.or.jp>"],
    subject="Interpreter request - enrolment interview for a Nepali family (18 Nov)",
    text=body("""
Dear interpreter coordinator,

Thank you for helping us last spring. We would like to ask again for a Nepali-Japanese
interpreter for an enrolment interview on Monday 18 November, 10:00-11:30, at our centre.

Family details (for the interpreter's preparation):
- Father: Bishal Thapa Magar, works at a restaurant in Morioka station area
  Mobile 080-7731-2094
- Mother: Sunita Thapa Magar, residence card No. PK51930746NA
  She is 7 months pregnant and may need to sit near the door.
- Child: Aarav (3 years), new entry to Tanpopo class from 1 December

The family is Hindu and they asked that Aarav never be served beef; they also fast on
some days, so we would like the interpreter to help us understand which days and how the
kitchen should handle it.

If a female interpreter is available, the mother would prefer that.

Kind regards,
""", "onodera_en"),
    personal=[("name", "Bishal Thapa Magar"), ("phone", "080-7731-2094"), ("name", "Sunita Thapa Magar"),
              ("idnumber", "PK51930746NA"), ("health", "7 months pregnant"), ("religion", "The family is Hindu")],
))

M.append(dict(
    key="K-H6", expect="hold", kind="attach.encrypted_zip",
    why="パスワード付きZIP（PPAP）で保育要録を社外（小学校）に送っているため。",
    frm=HIDAKA,
    to=["盛岡市立本宮小学校 教頭 <kyoto@motomiya-es.morioka.ed.jp>"],
    subject="認定こども園園児指導要録（抄本）の送付について",
    text=body("""
盛岡市立本宮小学校
教頭先生

いつもお世話になっております。認定こども園ひだまりの森 事務長の日高です。
来年度入学予定の園児のうち、貴校に進学予定の7名分の指導要録（抄本）をお送りします。
ファイルはパスワード付きのZIPにしています。パスワードは後ほどお電話でお伝えします。

原本の写しは3月の引継ぎ会の際に持参いたします。
""", "hidaka"),
    attachments=[dict(filename="指導要録抄本_本宮小_7名.zip", contentType=ZIP, encrypted=True)],
    personal=[],
))

M.append(dict(
    key="K-H7", expect="hold", kind="sensitive.medical",
    why="園児の氏名・年齢・怪我の診断名と保護者の連絡先を、事故報告として社外の共済に送っている。",
    frm=HIDAKA,
    to=["みちのく保育共済会 給付係 <kyufu@michinoku-hoiku.or.jp>"],
    subject="傷害共済　事故報告（11/7 園庭での負傷）",
    text=body("""
みちのく保育共済会
給付係 御中

いつもお世話になっております。認定こども園ひだまりの森の日高です。
11月7日に園内で発生した事故について、傷害共済の事故報告をいたします。

被共済者：佐々木 蒼（ささき あおい）　5歳　ほし組
発生日時：2024年11月7日（木）10時15分頃
場所　　：園庭 すべり台付近
状況　　：鬼ごっこ中に他児とぶつかり転倒、右肩を強打。
受診　　：同日 もりおか整形外科クリニックを受診、右鎖骨骨折（全治約4週間）の診断。
保護者　：父 佐々木 拓　080-1952-6634（保険金の振込先は保護者口座を希望とのこと）

現場の写真を添付します。診断書・領収書は保護者から受け取り次第郵送いたします。
""", "hidaka"),
    attachments=[dict(filename="jiko_genba_20241107.jpg", contentType=JPG)],
    personal=[("name", "佐々木 蒼"), ("health", "右鎖骨骨折"), ("name", "佐々木 拓"), ("phone", "080-1952-6634")],
))

M.append(dict(
    key="K-H8", expect="hold", kind="profile.forward",
    why="保護者からの苦情を、保護者の氏名・住所・携帯・メールをそのまま付けて外部のバス会社に転送している。",
    frm=ONODERA,
    to=["岩手ひまわり交通 運行管理 <unko@himawari-kotsu.co.jp>"],
    subject="FW: 送迎バスについてのご意見",
    text="""岩手ひまわり交通
運行管理ご担当　藤原様

いつもお世話になっております。ひだまりの森の小野寺です。
保護者の方から下記のご意見をいただきました。事実関係の確認と、
運転手さんへのご指導をお願いできますでしょうか。
保護者へは園から回答しますので、確認結果を園にお知らせください。

""" + SIG["onodera"] + """

---------- 転送メッセージ ----------
差出人: ひだまりの森 お問い合わせフォーム <form@hidamari-mori.or.jp>
件名: 【お問い合わせ】送迎バスについて

お名前：高橋 美咲
お子さまのお名前・クラス：高橋 律（にじ組）
ご住所：盛岡市西見前14-3-27
電話番号：090-5528-4163
メールアドレス：misaki.t.0623@docomo.ne.jp
お問い合わせ内容：
11月12日の帰りのバスで、運転手さんが交差点で携帯を見ながら運転していたと
子どもが話しています。他の保護者も見かけたと言っていました。
子どもの命を預けているので、きちんと確認してください。
""",
    personal=[("name", "高橋 美咲"), ("address", "盛岡市西見前14-3-27"), ("phone", "090-5528-4163"),
              ("email", "misaki.t.0623@docomo.ne.jp"), ("name", "高橋 律")],
))

M.append(dict(
    key="K-H9", expect="hold", kind="id.my_number",
    why="新規採用職員のマイナンバー・住所・生年月日・個人の給与振込口座を社外の給与計算代行に送っている。",
    frm=HIDAKA,
    to=["盛岡ペイロールサービス 担当 <payroll@morioka-payroll.jp>"],
    subject="12月入職者の登録依頼（保育教諭1名）",
    text=body("""
盛岡ペイロールサービス
ご担当　及川様

お世話になっております。ひだまりの森の日高です。
12月1日付で保育教諭を1名採用しましたので、給与システムへの登録をお願いします。

氏名　　：千葉 彩花（ちば あやか）
生年月日：2001年3月28日
住所　　：岩手県紫波郡矢巾町南矢幅9-112-4
個人番号：273904188260
雇用区分：常勤（月給 212,000円＋処遇改善手当）
給与振込口座：いわて北上銀行 矢巾支店 普通 4417203 チバ アヤカ
扶養：なし

雇用契約書の写しは郵送します。
""", "hidaka"),
    personal=[("name", "千葉 彩花"), ("birthdate", "2001年3月28日"), ("address", "岩手県紫波郡矢巾町南矢幅9-112-4"),
              ("mynumber", "273904188260"), ("account", "いわて北上銀行 矢巾支店 普通 4417203")],
))

M.append(dict(
    key="K-H10", expect="hold", kind="sensitive.crime",
    why="園児の父親に保護命令（DV）が出ている事実を、親子の氏名付きで外部のバス会社に伝えている。",
    frm=ONODERA,
    to=["岩手ひまわり交通 運行管理 <unko@himawari-kotsu.co.jp>"],
    subject="【重要】降車時の引き渡しについて（ゆり組 1名）",
    text=body("""
岩手ひまわり交通
運行管理ご担当　藤原様

いつもお世話になっております。ひだまりの森の小野寺です。
送迎バスの降車時の引き渡しについて、特に注意をお願いしたい園児がいます。

園児：ゆり組　熊谷 さくら ちゃん（見前停留所で降車）
事情：父親の熊谷 修一 氏に対して、母親への接近禁止の保護命令（DV防止法）が
　　　裁判所から出ています。母親からの申し出で、父親には絶対に引き渡さないでください。
　　　父親が停留所に来た場合は、園児を降ろさずそのまま園に戻ってください。
　　　（顔写真は運転手さんに紙でお渡しします）

迎えは母親か祖母のみです。ご不明点はお電話でお願いします。
""", "onodera"),
    personal=[("name", "熊谷 さくら"), ("name", "熊谷 修一"), ("crime", "母親への接近禁止の保護命令（DV防止法）")],
))

# ---------------- PASSES ----------------

BCC_PARENTS = ["abe.naoto@docomo.ne.jp", "mai.ito.0409@gmail.com", "oikawa-r@icloud.com", "yuka.kikuchi@au.com",
               "s.kudo.morioka@gmail.com", "taku.sasaki@softbank.ne.jp", "endo.family@yahoo.co.jp",
               "yoshida.anzu.mama@gmail.com", "murakami.y@ezweb.ne.jp", "chida.h@docomo.ne.jp",
               "kumagai.m@gmail.com", "misaki.t.0623@docomo.ne.jp", "thapa.bishal@gmail.com",
               "s.whitfield@outlook.com", "fujisawa.kaho@icloud.com"]
M.append(dict(
    key="K-P1", expect="pass", kind="benign.bcc_bulk",
    why="保護者への一斉連絡だが、保護者アドレスはすべてBccで、本文は行事案内のみ。",
    frm=ONODERA,
    to=["ひだまりの森 <info@hidamari-mori.or.jp>"],
    bcc=BCC_PARENTS,
    subject="【ひだまりの森】11月22日 芋煮会のご案内",
    text=body("""
保護者の皆さま

朝晩の冷え込みが厳しくなってきました。いつも園の活動にご協力いただきありがとうございます。
（このメールは保護者の皆さまにBccで一斉にお送りしています）

今年も芋煮会を開催します。

日時：11月22日（金）10:30〜13:00（雨天時は遊戯室）
場所：園庭
持ち物：おわん・おはし・スプーン（名前を書いてください）、防寒着
※食物アレルギーのあるお子さんには、個別に対応した芋煮をご用意します。
　気になることがあれば担任までお知らせください。

保護者の方も参加できます（1家庭2名まで）。参加される方は11月15日までに
連絡アプリの「出欠」からご回答ください。
""", "onodera"),
))

M.append(dict(
    key="K-P2", expect="pass", kind="benign.aggregate_stats",
    why="アレルギー対応の人数（除去品目ごとの件数）だけで、園児の氏名は含まれない。",
    frm=ONODERA,
    to=["ヘルシーランチ盛岡 栄養士 三上 <mikami@healthylunch-morioka.jp>"],
    subject="1月の除去食　必要数のお知らせ",
    text=body("""
ヘルシーランチ盛岡　三上様

お世話になっております。ひだまりの森の小野寺です。
1月分の除去食の必要数をお知らせします（個別対応表は12月版から変更ありません）。

　卵 完全除去　　：2食
　卵 加熱可　　　：1食
　乳 完全除去　　：1食
　小麦 完全除去　：1食
　ナッツ類 完全除去（コンタミ注意）：1食
　合計　　　　　 ：6食（うち重複あり、実人数 4名）

1月10日の鏡開きのおしるこは、全員分を小麦不使用の白玉でお願いできますか。
よろしくお願いします。
""", "onodera"),
))

M.append(dict(
    key="K-P3", expect="pass", kind="benign.aggregate_stats",
    why="感染症の発生状況をクラス別の人数で報告しており、個人名はない。",
    frm=HIDAKA,
    to=["盛岡市保健所 感染症対策係 <kansen@city.morioka.iwate.jp>"],
    cc=["嘱託医 もりおか小児科 <info@morioka-shonika.jp>"],
    subject="感染症発生状況報告（11/11〜11/15）ひだまりの森",
    text=body("""
盛岡市保健所 感染症対策係 御中

認定こども園ひだまりの森です。今週の感染症による欠席状況を報告します。

期間：2024年11月11日（月）〜11月15日（金）
在園児数：142名

　疾患名　　　　　　　　 ほし　にじ　ゆり　たんぽぽ　合計
　インフルエンザA型　　　 4　　2　　0　　　0　　　 6
　感染性胃腸炎（疑い含む） 0　　1　　2　　　1　　　 4
　RSウイルス　　　　　　　0　　0　　1　　　2　　　 3

職員の罹患：インフルエンザA型 1名（出勤停止中）

園では11日から、ほし組の合同保育を中止し、手洗い・換気を強化しています。
次週も継続して報告いたします。
""", "hidaka"),
))

M.append(dict(
    key="K-P4", expect="pass", kind="benign.own_data",
    why="The child's own health-check results are sent only to the child's own parent.",
    frm=ONODERA,
    to=["Sarah Whitfield <s.whitfield@outlook.com>"],
    subject="Emily's health check results (autumn)",
    text=body("""
Dear Mrs. Whitfield,

Thank you for asking. As you requested, here is a summary in English of Emily's autumn
health check at our centre (school doctor and dentist visit on 30 October). The Japanese
form was sent home in her bag on Friday; this is the same information.

- Height: 108.4 cm / Weight: 17.9 kg (both in the normal range for her age)
- Doctor: no concerns. Mild dry skin on her arms; the doctor suggested moisturiser.
- Dentist: 2 small cavities (lower left molars). The dentist recommends a visit to
  your family dentist within the next month. The form "歯科受診のおすすめ" can be taken
  to the clinic.
- Eyesight: not tested at this age.

If you would like us to recommend a dentist near your home who speaks some English,
please let me know.

Best wishes,
""", "onodera_en"),
))

M.append(dict(
    key="K-P5", expect="pass", kind="benign.lookalike_numbers",
    why="遊具の製造番号・点検番号・見積番号など、個人に関係のない番号のみ。",
    frm=HIDAKA,
    to=["東北プレイ施設サービス 点検課 <tenken@tohoku-play.co.jp>"],
    subject="遊具点検報告書の件と修繕見積のお願い",
    text=body("""
東北プレイ施設サービス株式会社
点検課　佐藤様

先日は遊具の定期点検ありがとうございました。報告書（点検No. TP-2024-10-0387）拝見しました。
判定Cの2件について、修繕の見積をお願いします。

1. 複合遊具「ぼうけんとりで」 製造番号 HK-3521-0917
　 吊り橋チェーンの摩耗（指摘番号 3-2）
2. 鉄棒（3連） 管理番号 HM-T-03
　 支柱根元の腐食（指摘番号 5-1）

前回の見積（見積No. Q-20230614-22）のときと同じく、作業は土日でお願いできればと思います。
年度内（3月まで）に工事を終えたいので、12月中に見積をいただけると助かります。
""", "hidaka"),
))

M.append(dict(
    key="K-P6", expect="pass", kind="benign.lookalike_numbers",
    why="Order, item and invoice numbers with a supplier; no personal data.",
    frm=HIDAKA,
    to=["Customer Service <orders@nordhausplay.se>"],
    subject="PO HM-2024-041 - missing items in delivery",
    text="""Dear Nordhaus Play customer service,

Thank you for the delivery we received on 8 November (your order No. NP-558210,
invoice No. INV-2024-33817). Unfortunately two items were missing:

  Item 40-1127  Wooden rainbow stacker, large      qty 4 (received 2)
  Item 40-2210  Felt play mat, 120 x 120 cm, grey  qty 2 (received 0)

Our purchase order number is HM-2024-041. The cartons were undamaged, so we think the
items may not have been packed. Could you please check and let us know whether you can
ship the missing items, or whether we should expect a credit note?

Best regards,

Satoshi Hidaka
Administration Manager
Hidamari no Mori Certified Centre for Early Childhood Education and Care
5-8-21 Motomiya, Morioka, Iwate 020-0866, Japan
hidaka@hidamari-mori.or.jp
""",
))

M.append(dict(
    key="K-P7", expect="pass", kind="benign.meeting",
    why="実習受入の日程調整で、出てくるのは大学教員の氏名と学生の人数のみ。",
    frm=ONODERA,
    to=["盛岡学院大学 児童教育学科 菅野 教授 <kanno@morioka-gakuin.ac.jp>"],
    cc=["実習指導室 <jisshu@morioka-gakuin.ac.jp>"],
    subject="Re: 2025年2月 保育実習Ⅱの受入について",
    text="""菅野先生

ご連絡ありがとうございます。ひだまりの森の小野寺です。
2月の保育実習Ⅱ、3名の受入で承知いたしました。

期間：2025年2月3日（月）〜2月15日（土）※土曜は半日
配属：ゆり組・たんぽぽ組（乳児クラス）を予定しています
オリエンテーション：1月20日（月）16:00〜 園にて

学生さんの氏名と連絡先は、大学の個人票でお送りいただければ結構です。
事前に麻しん・風しんの抗体価の確認をお願いしている点は例年どおりです
（証明書は学生さんから直接園にご提出ください）。

巡回指導は2月10日の週でいかがでしょうか。

""" + SIG["onodera"] + """

> 小野寺園長先生
> いつも学生がお世話になっております。来年2月の実習Ⅱ、今年度も3名お願いできれば幸いです。
> 盛岡学院大学 人間科学部 児童教育学科　菅野 真理子
""",
))

M.append(dict(
    key="K-P8", expect="pass", kind="benign.template_dummy",
    why="入園申込書の記入例で、氏名・住所・番号はすべて見本用のダミー値。",
    frm=HIDAKA,
    to=["盛岡プリント企画 営業 <eigyo@morioka-print.jp>"],
    subject="入園申込書（記入例）の版下修正",
    text=body("""
盛岡プリント企画
ご担当　高舘様

お世話になっております。ひだまりの森の日高です。
来年度の入園申込書について、記入例ページの文言を以下のとおり修正してください。

【記入例】
　園児氏名　：ひだまり はなこ（盛岡 花子）
　生年月日　：令和3年4月1日
　住所　　　：盛岡市本宮〇丁目〇番〇号
　保護者電話：090-0000-0000
　保険証の記号番号：（記入不要に変更）
　アレルギー：「有・無」に〇、有の場合は別紙「食物アレルギー調査票」へ

※「個人番号（マイナンバー）」欄は今年度から削除してください。
※ 裏面の「ご家庭の状況（ひとり親・生活保護等）」欄は、市の様式に合わせて
　「保育料の算定に関する申告」に名称変更をお願いします。

PDFの校正刷りを12月6日までにいただけますか。
""", "hidaka"),
))

M.append(dict(
    key="K-P9", expect="pass", kind="benign.corporate_account",
    why="補助金請求の振込先は法人口座で、個人の口座・番号は含まない。",
    frm=HIDAKA,
    to=["盛岡市子ども未来部 子ども施設課 <kodomo-shisetsu@city.morioka.iwate.jp>"],
    subject="令和6年度 延長保育事業補助金（上半期）の請求について",
    text=body("""
盛岡市 子ども未来部 子ども施設課 御中

いつもお世話になっております。認定こども園ひだまりの森 事務長の日高です。
令和6年度延長保育事業補助金（4月〜9月分）の請求書類を本日郵送いたしました。
念のため内容をメールでもお知らせします。

請求額　：1,284,000円
実績　　：延長保育 延べ利用児童数 1,926人（月平均 321人）
振込先　：いわて北上銀行 本宮支店 普通 2087741
　　　　　シヤカイフクシホウジン ヒダマリカイ リジチヨウ ハセガワ ミツル
法人番号：8400005002217

不備がありましたらご連絡ください。
""", "hidaka"),
))

INTERNAL_STAFF = ["hidaka@hidamari-mori.or.jp", "shunin@hidamari-mori.or.jp", "hoshi@hidamari-mori.or.jp",
                  "niji@hidamari-mori.or.jp", "yuri@hidamari-mori.or.jp", "tanpopo@hidamari-mori.or.jp",
                  "hiyoko@hidamari-mori.or.jp", "kitchen@hidamari-mori.or.jp", "hoken@hidamari-mori.or.jp",
                  "kasai1@hidamari-mori.or.jp", "kasai2@hidamari-mori.or.jp", "jimu@hidamari-mori.or.jp"]
M.append(dict(
    key="K-P10", expect="pass", kind="benign.internal_bulk",
    why="宛先は多いがすべて自園ドメインの職員で、内容も研修・会議の連絡。",
    frm=ONODERA,
    to=INTERNAL_STAFF,
    subject="11月職員会議と園内研修の連絡",
    text=body("""
職員のみなさん

おつかれさまです。小野寺です。
11月の職員会議と園内研修について連絡します。

■職員会議　11月26日（火）17:45〜18:45　遊戯室
　・12月行事（生活発表会）の役割分担
　・冬季の感染症対策の確認（嘔吐処理セットの点検）
　・事故・ヒヤリハット報告の振り返り（10月分 7件）

■園内研修　11月28日（木）17:45〜19:00
　テーマ：「発達に特性のある子の理解と関わり方」
　講師：盛岡市こども発達支援センター 巡回支援専門員
　※障害児保育の加算要件の研修として記録します。全員参加でお願いします。

延長保育の当番は日高さんと調整済みです。
""", "onodera"),
))
