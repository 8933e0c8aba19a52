from common import *

MAILS = []
A = MAILS.append

# H1 hold: discharge summary with diagnosis/opioid dose to home-visit nursing station
A(m("hold", "sensitive.medical",
    "在宅移行する患者の病名・転移・麻薬の投与量・余命の見込みを、社外の訪問看護ステーションにメールで送っている。",
    MIZUNO, ["あおば訪問看護ステーション 管理者 岡田 美紀 様 <okada@aoba-houkan.jp>"],
    "退院前カンファレンス（6/3）の内容共有　佐伯様",
    """あおば訪問看護ステーション
岡田様

いつもお世話になっております。ひかりの丘ホスピス 地域連携室の水野です。
本日の退院前カンファレンスではありがとうございました。
ご本人・ご家族の同意を得て、要点を共有いたします。

【患者】佐伯 登美子 様（78歳）　横須賀市佐原3丁目
【診断】膵臓がん Stage IV（肝転移・腹膜播種）
【症状・処置】
　・疼痛：オキシコドン持続皮下注 12mg/日、レスキュー 1回 1mg（1日3〜4回使用）
　・腹水貯留あり、2週に1回程度の腹水穿刺を検討
　・食事は数口程度、むくみ増強
【見通し】主治医（岩崎）より、予後は数週間程度との説明済み
【ご本人の希望】「最期は自宅で、庭の見える部屋で過ごしたい」
　長女（同居）が主介護者、在宅看取りを希望

退院は6月6日（土）午前の予定です。
PCAポンプは当院から貸し出しとし、初回訪問時に設定の確認をお願いいたします。

""" + SIG_MIZUNO,
    personal=[("name", "佐伯 登美子"), ("health", "膵臓がん Stage IV（肝転移・腹膜播種）"),
              ("health", "オキシコドン持続皮下注 12mg/日"), ("health", "予後は数週間程度")],
    cc=["緩和ケア病棟 森下 <k.morishita@hikarinooka.or.jp>"],
    key="H1"))

# H2 hold: welfare recipient status to funeral company
A(m("hold", "sensitive.social",
    "入院中の患者が生活保護受給者であること（葬祭扶助の見込み）を、氏名付きで社外の葬儀社に伝えている。",
    MIZUNO, ["やすらぎ典礼 横須賀支店 相談担当 北野様 <kitano@yasuragi-tenrei.co.jp>"],
    "ご相談：身寄りの少ない患者様の葬儀について",
    """やすらぎ典礼
北野様

いつもお世話になっております。ひかりの丘ホスピスの水野です。
事前のご相談で恐縮ですが、1件ご相談させてください。

当院に入院中の 高田 茂 様（82歳、横須賀市在住）は、生活保護を受給されており、
ご親族はいらっしゃいますが疎遠で、葬儀を執り行う方がいない見込みです。
ご本人の状態から、近いうちにお看取りになる可能性があります。

福祉事務所（横須賀市 生活福祉課 担当ケースワーカー 上田様）とは
葬祭扶助の適用について協議済みで、直葬（火葬のみ）の扱いになると聞いています。
ご本人からは「できれば海の見えるところに散骨してほしい」とのご希望があります。

葬祭扶助の範囲での対応が可能かどうか、また散骨について別途費用がかかるか
教えていただけますでしょうか。

""" + SIG_MIZUNO,
    personal=[("name", "高田 茂"), ("social", "生活保護を受給されており"), ("social", "葬祭扶助")],
    key="H2"))

# H3 hold: care insurance / later-elderly insurance numbers to care manager
A(m("hold", "id.insurance",
    "介護保険と後期高齢者医療の被保険者番号・生年月日を、社外の居宅介護支援事業所に送っている。",
    MIZUNO, ["居宅介護支援事業所 さくらケアプラン 介護支援専門員 石井様 <ishii@sakura-careplan.jp>"],
    "Re: 佐伯様 退院後のサービス調整について",
    """石井様

お世話になっております。水野です。
ご依頼のあった保険情報を下記にお送りします。
区分変更申請は、当院から主治医意見書を至急で作成いたします。

　氏名：佐伯 登美子 様
　生年月日：1947年10月5日
　介護保険 被保険者番号：0004718263（要介護2 → 区分変更申請予定）
　後期高齢者医療 被保険者番号：39140218
　負担割合：1割

福祉用具（介護ベッド・エアマット）は退院日に間に合うよう、
6月5日（金）搬入でご手配をお願いできますと助かります。

""" + SIG_MIZUNO + """

> 水野様
> 佐伯様の件、ありがとうございます。サービス調整のため、
> 介護保険証と後期高齢者医療の保険証の番号を教えていただけますか。
> 石井
""",
    personal=[("name", "佐伯 登美子"), ("birthdate", "1947年10月5日"), ("insurance", "0004718263"),
              ("insurance", "39140218")],
    key="H3"))

# H4 hold: admission certificate with diagnosis to life insurer (PDF)
A(m("hold", "sensitive.medical",
    "家族の依頼とはいえ、故人の病名・入院期間・治療内容を記載した入院証明書を社外の生命保険会社へ送っている。",
    MIZUNO, ["ひまわり生命保険 保険金サービス課 <claim@himawari-life.co.jp>"],
    "入院証明書の送付（証券番号 HL-5520-39187）",
    """ひまわり生命保険株式会社
保険金サービス課 ご担当者様

医療法人聖樹会 ひかりの丘ホスピスの水野でございます。
ご遺族（長男 中村 和也 様）より、貴社あての入院証明書を
メールで直接送付してほしいとのご依頼がありましたので、PDFを添付いたします。
原本は本日、ご遺族あてに郵送しております。

""" + SIG_MIZUNO,
    att=[{"filename": "入院証明書_中村正雄.pdf", "contentType": "application/pdf",
          "text": """入院証明書（診断書）
証券番号 HL-5520-39187
被保険者氏名 中村 正雄　生年月日 1951年2月11日
傷病名 ① 肺腺癌（ステージIV） ② 多発骨転移 ③ がん性疼痛
入院期間 2026年4月2日 〜 2026年5月18日（47日間）死亡退院
治療内容 緩和ケア病棟入院料算定。オピオイドによる疼痛緩和、放射線治療（骨転移 第3腰椎 8Gy/1回）
死亡日 2026年5月18日　直接死因 肺腺癌
医療機関 ひかりの丘ホスピス　医師 岩崎 隆"""}],
    personal=[("name", "中村 正雄"), ("birthdate", "1951年2月11日"), ("health", "肺腺癌（ステージIV）"),
              ("health", "多発骨転移"), ("name", "中村 和也")],
    key="H4"))

# H5 hold: patient's faith to church
A(m("hold", "sensitive.religion",
    "患者がカトリック信者で病者の塗油を希望していることを、氏名・病室・病状とともに社外の教会へ伝えている。",
    MORISHITA, ["カトリック汐入教会 主任司祭 ペトロ 小川 神父様 <ogawa.fr@shioiri-catholic.jp>"],
    "病者の塗油のお願い（当院入院中の患者様）",
    """小川神父様

突然のご連絡失礼いたします。
ひかりの丘ホスピス 緩和ケア病棟の看護師長、森下と申します。

当病棟に入院中の 島田 光子 様（86歳、洗礼名 マリア）が、
カトリックの信者として病者の塗油を受けたいと強く希望されています。
以前は貴教会のミサに通われていたそうですが、ここ数年は体調のため行けなかったとのことです。

ご病状が進んでおり、会話ができるのはここ数日と考えられます。
ご家族（姪御さま）もお立ち会いを希望されています。
ご多忙のところ大変恐縮ですが、近日中にご来院いただくことは可能でしょうか。

病室は2階 207号室（個室）です。面会は24時間可能です。

""" + SIG_MORISHITA,
    personal=[("name", "島田 光子"), ("religion", "カトリックの信者として病者の塗油を受けたい"),
              ("religion", "洗礼名 マリア"), ("health", "会話ができるのはここ数日")],
    key="H5"))

# H6 hold: volunteer roster to insurance agency
A(m("hold", "roster.volunteers",
    "病棟ボランティアの名簿（氏名・生年月日・住所・電話）をCSVで社外の保険代理店に送っている。",
    MIZUNO, ["よこすか損保サービス 田辺様 <tanabe@yokosuka-sonpo.co.jp>"],
    "ボランティア活動保険 令和8年度 加入者名簿",
    """よこすか損保サービス
田辺様

いつもお世話になっております。ひかりの丘ホスピスの水野です。
令和8年度のボランティア活動保険の加入者名簿をお送りします。
昨年度から3名増えて、計11名となりました（名簿は抜粋ではなく全員分です）。

保険料の請求書は法人本部（経理）あてにお願いいたします。

""" + SIG_MIZUNO,
    att=[{"filename": "volunteer_hoken_R8.csv", "contentType": "text/csv",
          "text": """No,氏名,生年月日,住所,電話,活動内容
1,青木 久美子,1956/04/12,横須賀市長沢1-33-8,046-848-2217,傾聴・ティーサービス
2,井上 典子,1961/09/03,横須賀市野比2-5-21,090-4411-7208,園芸
3,上野 博,1949/12/25,三浦市南下浦町上宮田1450-3,046-888-5519,音楽（ピアノ）
4,江口 さとみ,1972/06/30,横須賀市北久里浜町4-12-6,080-3362-9045,アロマハンドマッサージ
5,小川 房江,1953/01/18,横須賀市長沢5-7-2,046-848-6631,傾聴
6,加藤 美樹,1980/11/07,横須賀市佐原2-18-11,090-2208-1174,ティーサービス
7,菊池 達也,1968/03/22,横須賀市津久井3-9-5,070-6614-3320,園芸・営繕
8,佐々木 裕子,1959/08/14,横須賀市光の丘6-2-307,046-849-0072,傾聴
9,関 恵美,1975/05/09,三浦市初声町下宮田88,080-9001-4456,季節行事
10,千葉 和夫,1947/10/01,横須賀市長沢3-21-14,046-848-3390,音楽（ギター）
11,戸田 知子,1966/02/26,横須賀市野比5-1-9,090-7730-2185,傾聴・アロマ"""}],
    personal=[("name", "青木 久美子"), ("birthdate", "1956/04/12"), ("address", "横須賀市長沢1-33-8"), ("phone", "046-848-2217"),
              ("name", "上野 博"), ("address", "三浦市南下浦町上宮田1450-3"), ("name", "戸田 知子"), ("phone", "090-7730-2185")],
    key="H6"))

# H7 hold (EN): medical summary to patient's GP in the UK
A(m("hold", "sensitive.medical",
    "English: a named patient's diagnosis, medication and prognosis are sent to his GP practice in the UK.",
    MIZUNO, ["Reception, Elmfield Surgery <elmfield.surgery@nhs.net>"],
    "Clinical update for your patient Mr Graham Whitfield (DOB 03/08/1944)",
    """Dear Dr Patel,

I am the medical social worker at Hikari-no-Oka Hospice in Yokosuka, Japan,
writing on behalf of our attending physician, Dr Takashi Iwasaki.
Mr Whitfield's daughter, Ms Helen Whitfield, asked us to update you as his registered GP.

  Patient:    Mr Graham Whitfield, DOB 03/08/1944, NHS No. 485 777 3456
  Diagnosis:  Metastatic prostate cancer with multiple bone metastases; castration-resistant
  Admitted:   12 May 2026 to our palliative care unit
  Current medication: morphine sulphate MR 30 mg twice daily, morphine oral solution 5 mg PRN,
              dexamethasone 4 mg daily, denosumab (last dose 28 April)
  Status:     Increasing fatigue, bed-bound since last week. Prognosis estimated in weeks.
  Wishes:     He does not wish to be transferred back to the UK; DNACPR discussed and agreed.

Ms Whitfield may contact your surgery regarding bereavement support for the family in the UK.
Please let us know if you need a formal discharge letter from Dr Iwasaki.

Kind regards,
Kei Mizuno
Medical Social Worker, Regional Liaison Office
Hikari-no-Oka Hospice, Seijukai Medical Corporation
2-14-1 Nagasawa, Yokosuka, Kanagawa 239-0842, Japan
Tel +81 46-848-7730 | k.mizuno@hikarinooka.or.jp""",
    personal=[("name", "Graham Whitfield"), ("birthdate", "03/08/1944"), ("insurance", "NHS No. 485 777 3456"),
              ("health", "Metastatic prostate cancer with multiple bone metastases"),
              ("health", "morphine sulphate MR 30 mg twice daily"), ("health", "DNACPR discussed and agreed")],
    key="H7"))

# H8 hold: patient list only in the attachment to referring hospital
A(m("hold", "roster.patients",
    "本文は待機状況のお知らせだけだが、添付CSVに待機患者の氏名・年齢・病名・紹介元が並んでいる。",
    MIZUNO, ["湘南みなと総合病院 患者支援センター 退院支援担当 <taiin-shien@shonan-minato-hp.jp>"],
    "緩和ケア病棟 入棟待機状況のお知らせ（6月第1週）",
    """湘南みなと総合病院
患者支援センター 退院支援ご担当者様

いつもお世話になっております。ひかりの丘ホスピス 地域連携室の水野です。
6月第1週時点の入棟待機状況をお知らせします。
現在の待機は5名、平均待機日数は6.2日です。
貴院からご紹介いただいている方の順番もあわせてご確認ください。

空床が出ましたらお電話でご連絡いたします。

""" + SIG_MIZUNO,
    att=[{"filename": "taiki_list_20260605.csv", "contentType": "text/csv",
          "text": """順位,氏名,年齢,性別,主病名,紹介元,申込日,備考
1,吉岡 和子,74,女,肺がん 骨転移,湘南みなと総合病院,2026/05/28,疼痛増強
2,松下 昭,81,男,胃がん 腹膜播種,逗子中央クリニック,2026/05/29,
3,石原 ゆかり,58,女,乳がん 脳転移,湘南みなと総合病院,2026/05/31,小学生の子あり
4,本田 進,69,男,大腸がん 肝転移,三浦市立病院,2026/06/02,独居
5,野々村 千鶴,88,女,卵巣がん,湘南みなと総合病院,2026/06/03,"""}],
    personal=[("name", "吉岡 和子"), ("health", "肺がん 骨転移"), ("name", "松下 昭"), ("health", "胃がん 腹膜播種"),
              ("name", "石原 ゆかり"), ("health", "乳がん 脳転移"), ("name", "本田 進"), ("name", "野々村 千鶴")],
    key="H8"))

# H9 hold: >10 bereaved families' private addresses in To
H9_TO = [
    "佐伯 真由美 様 <mayumi.saeki@gmail.com>", "中村 和也 様 <kazuya.nakamura.yk@yahoo.co.jp>",
    "高橋 玲子 様 <reiko-t@jcom.zaq.ne.jp>", "渡辺 誠 様 <m.watanabe1962@outlook.jp>",
    "小林 静江 様 <shizue.kobayashi@nifty.com>", "山口 拓郎 様 <takuro.yamaguchi@gmail.com>",
    "松本 幸子 様 <sachiko.m.0411@docomo.ne.jp>", "井上 隆 様 <t-inoue@yokosuka.email.ne.jp>",
    "木村 恵 様 <megumi.kimura.mama@icloud.com>", "林 修一 様 <hayashi.shuichi@biglobe.ne.jp>",
    "清水 弘子 様 <hiroko.shimizu55@gmail.com>", "斎藤 健司 様 <kenji.saito.miura@yahoo.co.jp>",
    "長谷川 良子 様 <yoshiko.hasegawa@ezweb.ne.jp>", "Helen Whitfield <helen.whitfield@btinternet.com>",
    "森 由紀子 様 <yukiko.mori.yk@gmail.com>",
]
A(m("hold", "recipients.many",
    "遺族会の案内を、15名のご遺族の私用アドレスを宛先に並べて送っており、互いに遺族であることが分かってしまう（Bccにすべき）。",
    MORISHITA, H9_TO,
    "ひかりの丘ホスピス 遺族会「わすれな草の会」のご案内",
    """ご遺族の皆さま

ひかりの丘ホスピス 緩和ケア病棟の森下でございます。
大切なご家族を見送られてから、いかがお過ごしでしょうか。
スタッフ一同、皆さまのことを今も思い出しております。

当院では年に2回、ご遺族の方々が集い、故人を偲びながらお話しする会を開いております。

　「わすれな草の会」
　日時：7月11日（土）14:00〜16:00
　場所：当院 1階 ラウンジ
　内容：追悼のひととき、茶話会（担当看護師も参加いたします）

ご参加はご自由です。ご出席いただける場合は、7月3日までにご返信ください。
お会いできることを楽しみにしております。

""" + SIG_MORISHITA,
    key="H9"))

# H10 hold: diagnosis in subject line to care manager
A(m("hold", "sensitive.medical",
    "本文は面談日程だけだが、件名に患者の氏名と病名（肺がん骨転移）が入ったまま社外のケアマネジャーへ送られる。",
    MIZUNO, ["ケアプランセンターみなと 介護支援専門員 橋本様 <hashimoto@cp-minato.jp>"],
    "吉岡 和子様（肺がん骨転移）入棟前面談の日程について",
    """橋本様

いつもお世話になっております。ひかりの丘ホスピスの水野です。
標記の件、入棟前面談の日程が決まりましたのでご連絡いたします。

　日時：6月9日（火）14:00〜15:00
　場所：当院 1階 面談室2
　出席：ご本人（ご体調次第）、ご長男様、当院 医師・看護師長・水野

ご同席いただけるようでしたら、お知らせください。
当日は駐車場をご用意いたします。

""" + SIG_MIZUNO,
    personal=[("name", "吉岡 和子"), ("health", "肺がん骨転移")],
    key="H10"))

# ---------- passes ----------

A(m("pass", "benign.condolence",
    "連携先の管理者のご母堂逝去へのお悔やみで、要配慮情報や識別番号は含まれない。",
    MORISHITA, ["あおば訪問看護ステーション 管理者 岡田 美紀 様 <okada@aoba-houkan.jp>"],
    "お悔やみ申し上げます",
    """岡田様

ご母堂様のご逝去の報に接し、心よりお悔やみ申し上げます。
病棟のスタッフ一同も、岡田さんのお気持ちを思い、胸を痛めております。

いつも私たちが患者さんのご家族をお支えする立場にいながら、
ご自身のご家族のこととなると、また違ったお辛さがあることと存じます。
お仕事のことはどうかご心配なさらず、ご家族との時間を大切になさってください。

連携の件は、副管理者の原田さんと進めておりますのでご安心ください。

略儀ながらメールにて失礼いたします。

""" + SIG_MORISHITA,
    key="H11"))

A(m("pass", "benign.aggregate_health",
    "学会への年報データで、疾患別の人数・平均在院日数など集計値のみ。",
    MORISHITA, ["日本緩和ケア病棟協議会 事務局 年報係 <nenpo@kanwa-byoto.jp>"],
    "2025年度 施設年報データの提出（施設番号 14-072）",
    """日本緩和ケア病棟協議会 事務局
年報係 御中

ひかりの丘ホスピスの森下でございます。
2025年度の施設年報データを提出いたします。

　病床数　　　　　　　　　 20床
　新規入院患者数　　　　　212名（男 109 / 女 103）
　平均年齢　　　　　　　　 76.8歳
　平均在院日数　　　　　　 23.4日
　死亡退院　　　　　　　　 181名（85.4%）
　在宅・施設への退院　　　 31名
　主病名別（上位）
　　肺がん 48 / 膵臓がん 31 / 大腸がん 27 / 胃がん 22 / 乳がん 14 / その他 70
　病床稼働率　　　　　　　 88.2%

ご確認のほどよろしくお願いいたします。

""" + SIG_MORISHITA,
    key="H12"))

A(m("pass", "benign.it_incident",
    "「障害」は電子カルテ端末とナースコール連動の障害のことで、患者の情報は含まれない。",
    MORISHITA, ["メディシステム株式会社 サポートセンター <support@medisystem.co.jp>"],
    "【障害】緩和ケア病棟 電子カルテ端末とナースコール連動の不具合",
    """メディシステム株式会社
サポートセンター ご担当者様

医療法人聖樹会 ひかりの丘ホスピス 緩和ケア病棟の森下です。
お客様番号：MS-0418-HK

本日6時頃から、以下の障害が続いています。

1. ナースステーションの電子カルテ端末（NS-PC-02, 03）で、ログイン後に画面が固まる
2. ナースコール着信時に、電子カルテ側の患者表示ポップアップが出ない
3. 他の端末（NS-PC-01、医師室）は正常

病棟の業務はナースコール本体で対応できていますが、夜勤帯の負担が大きいため、
本日中のリモート調査をお願いいたします。情報システム室をccに入れています。

""" + SIG_MORISHITA,
    cc=["情報システム室 <it@seijukai.or.jp>"],
    key="H13"))

A(m("pass", "benign.own_data",
    "ボランティア登録者本人の私用アドレスに、本人の登録内容（住所・電話・生年月日）を確認のため返送しているもの。",
    MIZUNO, ["江口 さとみ <satomi.eguchi.aroma@yahoo.co.jp>"],
    "ボランティア登録内容のご確認",
    """江口 さとみ 様

ひかりの丘ホスピスの水野です。
アロマハンドマッサージのボランティアにご登録いただき、ありがとうございます。
ボランティア保険の加入手続きのため、ご登録内容を確認させてください。

　お名前：江口 さとみ 様
　生年月日：1972年6月30日
　ご住所：横須賀市北久里浜町4-12-6
　お電話：080-3362-9045
　活動日：第2・第4木曜日 午後

誤りがありましたら、このメールにご返信ください。
初回の活動日（6月11日）は、13時に1階の受付にお越しください。

""" + SIG_MIZUNO,
    key="H14"))

A(m("pass", "benign.meeting",
    "地域緩和ケア研修会の講師・座長の調整で、医療者の業務上の氏名・所属のみ。",
    MORISHITA, ["湘南みなと総合病院 緩和ケア内科 部長 西村 聡 先生 <s.nishimura@shonan-minato-hp.jp>",
                "三浦市立病院 がん看護専門看護師 大塚 里美 様 <otsuka-s@miura-city-hp.jp>"],
    "第12回 三浦半島 緩和ケア研修会（9/26）講師のご確認",
    """西村先生、大塚様

いつも大変お世話になっております。
ひかりの丘ホスピス 看護師長の森下でございます。

第12回 三浦半島 緩和ケア研修会のプログラムが固まりましたので、ご確認をお願いいたします。

　日時：9月26日（土）13:30〜17:00
　会場：横須賀市立総合福祉会館 5階 ホール（Web併用）

　13:30 開会　ひかりの丘ホスピス 院長 岩崎 隆
　13:40 講演①「せん妄の評価と対応」湘南みなと総合病院 緩和ケア内科 西村 聡 先生
　14:40 講演②「家族ケアと予期悲嘆」三浦市立病院 がん看護専門看護師 大塚 里美 様
　15:40 グループワーク（事例は講師作成の架空事例を使用）
　16:50 閉会

スライドは9月12日までにお送りいただけますと、配布資料の印刷が間に合います。
謝金のお支払いに必要な書類は、追って事務からお送りいたします。

""" + SIG_MORISHITA,
    cc=["ひかりの丘ホスピス 院長 岩崎 <t.iwasaki@hikarinooka.or.jp>"],
    key="H15"))

A(m("pass", "benign.company_name",
    "「田中メディカル」は業者名で、シリンジポンプの製造番号・管理番号は機器の番号。",
    MORISHITA, ["株式会社田中メディカル 横須賀営業所 <yokosuka@tanaka-medical.co.jp>"],
    "シリンジポンプ定期点検のお願い（6台）",
    """株式会社田中メディカル 横須賀営業所 御中

ひかりの丘ホスピス 緩和ケア病棟の森下です。
年次の定期点検の時期となりましたので、下記6台の点検をお願いいたします。

　管理番号　　型式　　　　製造番号
　HK-SP-01　TE-351　　35A-0071442
　HK-SP-02　TE-351　　35A-0071458
　HK-SP-03　TE-351　　35A-0088120
　HK-SP-04　TE-361　　36B-0012907
　HK-SP-05　TE-361　　36B-0012913
　HK-PCA-01　CADD-Solis　SN 2219-44871

点検中の代替機を2台お借りできますでしょうか。
6月第3週のご都合のよい日をお知らせください。

""" + SIG_MORISHITA,
    key="H16"))

H17_TO = ["緩和ケア病棟 看護師一同 <pcu-ns@hikarinooka.or.jp>", "岩崎 院長 <t.iwasaki@hikarinooka.or.jp>",
          "副師長 渡部 <a.watabe@hikarinooka.or.jp>", "主任 三上 <y.mikami@hikarinooka.or.jp>",
          "薬剤部 宮内 <pharm-miyauchi@hikarinooka.or.jp>", "栄養科 <eiyou@hikarinooka.or.jp>",
          "リハビリ 石川 <rehab-ishikawa@hikarinooka.or.jp>", "地域連携室 水野 <k.mizuno@hikarinooka.or.jp>",
          "医事課 <iji@hikarinooka.or.jp>", "法人本部 人事 <jinji@seijukai.or.jp>",
          "法人本部 看護部長 <nursing-director@seijukai.or.jp>", "夜勤リーダー <pcu-night@hikarinooka.or.jp>"]
A(m("pass", "benign.internal_many",
    "病棟勤務表の変更連絡で、宛先はすべて自法人ドメイン（病院・法人本部）、内容は職員の勤務のみ。",
    MORISHITA, H17_TO,
    "7月勤務表（確定版）と夏季休暇の調整について",
    """各位

お疲れさまです。森下です。
7月の勤務表を確定しました。共有フォルダ（病棟＞勤務表＞2026）に掲載しています。

変更点
・7/4（土）夜勤：佐藤 → 大野 に交代
・7/18（土）日勤リーダー：三上主任
・7/20（月・祝）は遺族会準備のため、日勤を1名増員（渡部副師長）

夏季休暇は、7月10日までに希望を提出してください。
新人の小島さん・永井さんは、プリセプターと相談のうえで提出をお願いします。

緊急連絡網（内線・PHS）は変更ありません。

""" + SIG_MORISHITA,
    key="H17"))

A(m("pass", "benign.reply_inquiry",
    "English reply to a nursing student's own inquiry about an observation visit, sent to her own address; no sensitive data.",
    MORISHITA, ["Chloe Bennett <chloe.bennett.rn@gmail.com>"],
    "Re: Observation visit request - palliative care unit",
    """Dear Ms Bennett,

Thank you for your interest in our palliative care unit. I am the nurse manager
of the unit, and I am happy to tell you that we can welcome you for a one-day
observation visit on Thursday 23 July.

Please note the following:
  - Please bring a letter from your university (Brisbane) confirming your enrolment.
  - For infection control, we ask all visitors to show a record of measles and
    influenza vaccination. A copy is fine; please do not send it by e-mail -
    just bring it on the day.
  - You will not be able to enter patients' rooms without their consent; most of the
    day will be spent at the nurses' station, the family lounge and in a team meeting.
  - The visit runs from 9:30 to 16:00. Lunch is available at our staff canteen.

I look forward to meeting you.

Kind regards,
Kayo Morishita
Nurse Manager, Palliative Care Unit
Hikari-no-Oka Hospice, Seijukai Medical Corporation
2-14-1 Nagasawa, Yokosuka 239-0842, Japan
Tel +81 46-848-7710 | k.morishita@hikarinooka.or.jp

On Mon, 15 Jun 2026, Chloe Bennett wrote:
> Dear Nurse Manager,
> I am a final-year nursing student from Brisbane and will be in Japan in July.
> Would it be possible to observe your unit for a day? I am particularly
> interested in family care and bereavement support.
> Kind regards, Chloe Bennett
""",
    key="H18"))

A(m("pass", "benign.plain_zip",
    "研修会の講義スライドを暗号化なしのzipで参加施設に送るもので、事例は架空。",
    MORISHITA, ["三浦半島 緩和ケアネットワーク 参加施設 <network-ml@miura-kanwa-net.jp>"],
    "第11回研修会 講義スライドの送付",
    """参加施設の皆さま

ひかりの丘ホスピスの森下です。
先日の第11回研修会にご参加いただき、ありがとうございました。
講師の先生方のご了承を得て、講義スライドをお送りします。
院内での伝達講習にご活用ください（院外への再配布はご遠慮ください）。

グループワークで使用した事例はすべて架空のものです。

""" + SIG_MORISHITA,
    att=[{"filename": "第11回研修会_講義スライド.zip", "contentType": "application/zip",
          "text": "01_疼痛マネジメントの基本.pdf\n02_在宅移行支援の実際.pdf\n03_グループワーク事例_架空.pdf"}],
    key="H19"))

A(m("pass", "benign.thread",
    "外部のグリーフカウンセラーとの遺族会の企画の往復で、参加人数など集計のみ、個人名はない。",
    MIZUNO, ["グリーフサポート湘南 代表 川上 直美 様 <kawakami@grief-shonan.org>"],
    "Re: Re: 7/11 わすれな草の会 プログラムについて",
    """川上様

水野です。ご提案ありがとうございます。
分かち合いの時間を、ご遺族の関係（配偶者／子）で2グループに分ける案、
とてもよいと思います。その形でお願いします。

現時点の参加予定は12家族（17名）です。
うち、ご逝去から半年以内の方が5家族いらっしゃいます。
お子さん連れの方が1家族いるので、別室に保育スペースを用意します。

当日は13:15にお越しいただけますでしょうか。

""" + SIG_MIZUNO + """

> 水野様
> プログラム案を拝見しました。分かち合いの時間は、配偶者を亡くされた方と
> 親を亡くされた方とで、グループを分けると話しやすくなると思います。
> 人数の目安がわかれば、ファシリテーターの人数を決めます。
>
> グリーフサポート湘南
> 代表 川上 直美（臨床心理士・公認心理師）
> TEL 0467-23-5581
>
>> 川上様
>> 今年も「わすれな草の会」でのファシリテーションをお引き受けいただき、
>> ありがとうございます。プログラム案をお送りします。
>> 14:00 開会・黙祷／14:10 スタッフからのメッセージ／14:30 分かち合い／15:30 茶話会
>> 水野
""",
    key="H20"))
