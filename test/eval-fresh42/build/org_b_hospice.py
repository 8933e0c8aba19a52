# Org B: 医療法人社団 ゆうなぎ会 ゆうなぎ台病院 緩和ケア病棟 (hospice / palliative-care ward)
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

MUR = "村瀬 千尋 <c.murase@yunagi-hp.example.jp>"
KAW = "川添 悠 <y.kawazoe@yunagi-hp.example.jp>"
ONO = "小野寺 学 <m.onodera@yunagi-hp.example.jp>"

SIG_MUR = """――――――――――――――――――
医療法人社団ゆうなぎ会 ゆうなぎ台病院
緩和ケア病棟 看護師長　村瀬 千尋
〒252-0314 神奈川県相模原市南区南台7-3-12
TEL 042-740-2281（病棟直通）　FAX 042-740-2290
――――――――――――――――――"""

SIG_KAW = """―――――――――――――――
ゆうなぎ台病院 地域医療連携室
医療ソーシャルワーカー（社会福祉士）川添 悠
TEL 042-740-2205 / FAX 042-740-2206
y.kawazoe@yunagi-hp.example.jp
―――――――――――――――"""

SIG_ONO = """***************************
医療法人社団ゆうなぎ会 ゆうなぎ台病院
事務長　小野寺 学
TEL 042-740-2200（代表）
***************************"""

MAILS = [
M("b01", "hold", "sensitive.health", "body",
  "Transfer coordination to a home-nursing station names the patient, her cancer stage, metastases and ADL.",
  KAW, ["訪問看護ステーションひばり 所長 <hibari-houkan@hibari-care.example.jp>"],
  "退院前カンファレンスのご依頼（6/14）",
  """訪問看護ステーションひばり
所長 三ツ木様

いつも大変お世話になっております。ゆうなぎ台病院 地域医療連携室の川添です。

在宅療養を希望されている患者様について、退院前カンファレンスへのご参加をお願いしたくご連絡いたしました。

・患者様: 白石 澄江 様（78歳女性）相模原市南区在住
・病名: 膵臓がん stage IV、肝転移・腹膜播種あり
・現状: オキシコドン持続皮下注射中、PS3、食事は経口で少量
・ご家族: 長女様（同居）が主介護者
・希望: 自宅での看取りを希望

日程: 6月14日（金）14:00〜 当院 緩和ケア病棟 面談室
在宅医は のぞみ在宅クリニック 森先生にご依頼済みです。

ご多忙のところ恐縮ですが、ご検討のほどよろしくお願いいたします。

""" + SIG_KAW,
  personal=[{"type": "name", "value": "白石 澄江"},
            {"type": "diagnosis", "value": "膵臓がん stage IV、肝転移・腹膜播種あり"}]),

M("b02", "hold", "sensitive.health", "body",
  "A reply to a patient's son names another patient's norovirus infection as the reason for the room move.",
  MUR, ["津島 康弘 <yasuhiro.tsushima@ezweb.ne.jp>"],
  "Re: 母の部屋移動について",
  """津島 康弘 様

ご連絡ありがとうございます。緩和ケア病棟 看護師長の村瀬です。

急なお部屋の移動でご心配をおかけし申し訳ございません。
実は、お母様と同じ412号室の 大野 敏子 様 がノロウイルスに感染していることが昨夜判明し、お母様への感染を防ぐため個室の405号室に移っていただきました。

お母様ご自身には現在、嘔吐・下痢などの症状はございません。
面会の際は、病棟入口で手指消毒をお願いいたします。

ご不明な点がありましたら、病棟までお電話ください。

""" + SIG_MUR + """

> 村瀬様
> 昨日面会に行ったら母が別の部屋に移っていて驚きました。何かあったのでしょうか。
> 津島
""",
  personal=[{"type": "name", "value": "大野 敏子"},
            {"type": "infection", "value": "ノロウイルスに感染"}]),

M("b03", "pass", "benign.visiting_restriction", "",
  "Visiting-restriction notice to families in Bcc, naming no patient.",
  MUR, [MUR], "【ご家族の皆様へ】面会制限の一部変更について",
  """ご家族の皆様

日頃より当病棟の運営にご理解・ご協力を賜り、ありがとうございます。

地域でインフルエンザの流行が続いているため、6月10日より当面の間、下記のとおり面会制限を変更いたします。

・面会時間: 13:00〜19:00（1回30分程度）
・人数: 1回2名まで（中学生以下のお子様はご相談ください）
・発熱・咳などの症状がある方はご遠慮ください
・お看取りが近い場合は、時間・人数の制限なくお過ごしいただけます

ご不便をおかけしますが、患者様の安全のためご協力をお願いいたします。
本メールは、ご登録いただいたご家族の皆様へBCCでお送りしています。

""" + SIG_MUR,
  bcc=["tsushima.y@ezweb.ne.jp", "k-shiraishi@docomo.ne.jp", "haruno.family@gmail.com", "mk-kuroiwa@yahoo.co.jp",
       "ichikawa.tomoe@nifty.com", "s.ogura55@ocn.ne.jp", "kei.hamada@icloud.com", "aiko-m@softbank.ne.jp"]),

M("b04", "pass", "benign.volunteer_schedule", "",
  "Volunteer shift plan for the ward's tea service, with volunteers' names and days but no contact data.",
  ONO, ["さがみ台ボランティア会 事務局 <office@sagamidai-vol.example.jp>"],
  "7月 ティーサービス当番表",
  """さがみ台ボランティア会
事務局 御中

いつもありがとうございます。7月の病棟ティーサービスの当番表をお送りします。
ご都合が合わない方がいらっしゃいましたら、20日までにお知らせください。

  第1水曜（7/3）: 堀田さん・杉本さん
  第2水曜（7/10）: 青柳さん・中条さん
  第3水曜（7/17）: 堀田さん・森下さん
  第4水曜（7/24）: 杉本さん・中条さん
  第5水曜（7/31）: 七夕コンサート準備のため、青柳さん・森下さん・事務局の方

※ 7/31は午後2時から病棟デイルームでハープの演奏会があります。

""" + SIG_ONO),

M("b05", "hold", "sensitive.health", "attachment",
  "A referral letter PDF to another hospital carries the patient's name, diagnosis and history; the body only says it is attached.",
  KAW, ["地域連携室 <renkei@sagami-chuo-hp.example.jp>"],
  "書類送付のご連絡",
  """相模中央病院 地域連携室 御中

お世話になっております。ゆうなぎ台病院の川添です。
先日お電話でお話しした件の書類を添付にてお送りいたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_KAW,
  attachments=[A("shinryo_joho_teikyosho_0607.pdf", PDF,
"""診療情報提供書
令和6年6月7日
相模中央病院 腫瘍内科 御侍史
ゆうなぎ台病院 緩和ケア科 医師 佐伯 遼

患者氏名: 長谷部 稔　男性　昭和22年4月2日生（77歳）
住所: 相模原市中央区淵野辺本町3-18-5
傷病名: 肺腺がん（cStage IVB）、脳転移、がん性疼痛
既往歴: 2型糖尿病、C型肝炎（治療済）
紹介目的: 脳転移に対する緩和照射のご検討をお願いいたします。
現在の処方: ヒドロモルフォン 12mg/日、デキサメタゾン 4mg/日""")],
  personal=[{"type": "name", "value": "長谷部 稔"},
            {"type": "diagnosis", "value": "肺腺がん（cStage IVB）、脳転移、がん性疼痛"}]),

M("b06", "hold", "sensitive.health", "subject",
  "Only the subject names the prospective patient with terminal lung cancer and dementia; the body is procedural.",
  KAW, ["相談室 <soudan@kamimizo-clinic.example.jp>"],
  "入棟相談：山内 登様（肺がん末期・アルツハイマー型認知症）",
  """上溝内科クリニック 相談室
御担当 様

お世話になっております。
件名の方の入棟判定会議は、来週火曜の午後に行う予定です。
結果は水曜日中にお電話でご連絡いたします。

判定会議にあたり、直近の採血結果と内服薬一覧をFAXでお送りいただけますと幸いです（FAX 042-740-2206）。

よろしくお願いいたします。

""" + SIG_KAW,
  personal=[{"type": "name", "value": "山内 登"},
            {"type": "diagnosis", "value": "肺がん末期・アルツハイマー型認知症"}]),

M("b07", "hold", "attachment.encrypted_zip", "encrypted_zip",
  "Discharge summary sent to a home-care doctor as a password-protected zip (PPAP).",
  MUR, ["のぞみ在宅クリニック 森 <mori@nozomi-zaitaku.example.jp>"],
  "退院時サマリーの送付",
  """のぞみ在宅クリニック
森 先生

いつもお世話になっております。
6月14日退院予定の患者様の退院時サマリーを添付いたします。
パスワードは別メールにてお知らせいたします。

""" + SIG_MUR,
  attachments=[A("taiin_summary_0614.zip", ZIP, encrypted=True)]),

M("b08", "pass", "benign.condolence_family", "",
  "A note to the bereaved daughter herself about returning her late father's belongings, no diagnosis.",
  MUR, ["平田 由佳 <yuka.hirata-0321@gmail.com>"],
  "お父様のお荷物について",
  """平田 由佳 様

このたびは、お父様 平田 清 様のご逝去に際し、心よりお悔やみ申し上げます。
最期の数日間、ご家族の皆様がそばで過ごされていたお姿が、スタッフ一同の心に残っております。

病棟でお預かりしているお荷物（眼鏡、ラジオ、お写真立て、寝間着数点）ですが、ご都合のよい日にお引き取りいただけますでしょうか。平日10:00〜17:00であれば、病棟受付でお渡しできます。

どうぞご自愛くださいませ。

""" + SIG_MUR),

M("b09", "pass", "benign.bereavement_event_bcc", "",
  "Invitation to the annual bereavement gathering sent to families in Bcc.",
  KAW, [KAW], "「ゆうなぎの会」（遺族会）のご案内",
  """ご遺族の皆様

昨年度に当病棟でご家族をお見送りになった皆様へ、今年も「ゆうなぎの会」のご案内をお送りいたします。

日時: 9月28日（土）13:30〜15:30
場所: ゆうなぎ台病院 2階 講堂
内容: 追悼のひととき、スタッフとの茶話会、グリーフケアのミニ講座

ご参加は任意です。お気持ちが向いたときに、どうぞお気軽にお越しください。
ご出欠は同封のはがき、または本メールへの返信でお知らせください（9月13日まで）。

※ 本メールはBCCにてお送りしております。

""" + SIG_KAW,
  bcc=["yuka.hirata-0321@gmail.com", "m.okazaki@plala.or.jp", "sachi-nishida@yahoo.co.jp", "t.kamei.home@gmail.com",
       "family-ueno@nifty.com", "koharu.ii@icloud.com", "h-matsuura@au.com"]),

M("b10", "hold", "id.health_insurance", "body",
  "MSW sends a named patient's long-term-care and health-insurance numbers to the municipal office.",
  KAW, ["介護保険課 認定係 <kaigo-nintei@city-sagamihara.example.lg.jp>"],
  "要介護認定 区分変更申請（代行）について",
  """相模原市 介護保険課 認定係 御中

ゆうなぎ台病院 医療ソーシャルワーカーの川添です。
本日郵送した区分変更申請書の件で、事前にご連絡いたします。

  被保険者氏名: 戸倉 ハル 様（昭和9年生）
  介護保険被保険者番号: 1400237718
  後期高齢者医療 被保険者番号: 39147521
  現在の認定: 要介護2（有効期間 令和7年1月末まで）

病状進行により在宅での看取りを希望されており、早急な認定調査をお願いできれば幸いです。
調査は当院病棟にて実施可能です。

""" + SIG_KAW,
  personal=[{"type": "ltc_insurance_no", "value": "1400237718"},
            {"type": "health_insurance_no", "value": "39147521"},
            {"type": "name", "value": "戸倉 ハル"}]),

M("b11", "pass", "benign.it_outage", "",
  "Notice to the EHR vendor about a 電子カルテ 障害 and a virus-infected PC put in 隔離.",
  ONO, ["サポートセンター <support@medivista.example.jp>"],
  "【至急】電子カルテ端末 障害および感染疑い端末の隔離について",
  """メディビスタ株式会社 サポートセンター 御中

ゆうなぎ台病院 事務長の小野寺です。

本日9:40頃より、緩和ケア病棟の電子カルテ端末3台で起動時にエラー（E-2041）が発生し、ログインできない障害が続いております。
また、同時刻に病棟ナースステーションのPC 1台でウイルス対策ソフトがマルウェア感染を検知したため、LANケーブルを抜いて隔離しております。

・端末番号: YN-5F-03, YN-5F-04, YN-5F-07（障害）
・端末番号: YN-5F-NS1（感染疑い・隔離中）

至急、リモートでの状況確認をお願いいたします。
現在は紙運用に切り替えて対応しております。

""" + SIG_ONO),

M("b12", "pass", "benign.aggregate_stats", "",
  "Annual ward statistics to a palliative-care society, aggregates only.",
  MUR, ["事務局 <office@kanagawa-kanwa.example.jp>"],
  "施設実態調査へのご回答（2023年度）",
  """神奈川緩和ケア研究会 事務局 御中

施設実態調査の回答を下記のとおりお送りいたします。

  病床数: 20床
  年間入院患者数: 214名
  平均在院日数: 28.4日
  在宅移行率: 17%
  疾患別内訳: 消化器がん 38% / 肺がん 24% / 乳がん 9% / 血液がん 6% / その他 23%
  病棟内死亡: 168名
  遺族会参加家族数: 42組

個別の症例データは含めておりません。

""" + SIG_MUR),

M("b13", "hold", "sensitive.religion", "quoted",
  "A brief reply to a funeral home quotes the ward's earlier message stating the patient's religion and MRSA carriage.",
  KAW, ["花月葬祭 担当 竹中 <takenaka@kagetsu-sousai.example.jp>"],
  "Re: お迎えの手配について",
  """竹中様

ご対応ありがとうございます。15時で承知いたしました。
病棟裏口（北側駐車場）でお待ちしております。

川添

""" + SIG_KAW + """

-----Original Message-----
From: 竹中 <takenaka@kagetsu-sousai.example.jp>
Sent: Friday, June 21, 2024 11:02
お迎えは本日15時でよろしいでしょうか。

-----Original Message-----
From: 川添 悠
Sent: Friday, June 21, 2024 9:15
花月葬祭 竹中様
本日未明にご逝去された 村岡 郁夫 様（405号室）のお迎えをお願いいたします。
ご家族はカトリック信徒で、病院から直接 相模原カトリック教会へ搬送を希望されています。
なお、MRSA保菌者のため、納体袋の使用をお願いいたします。
""",
  personal=[{"type": "name", "value": "村岡 郁夫"},
            {"type": "religion", "value": "カトリック信徒"},
            {"type": "infection", "value": "MRSA保菌者"}]),

M("b14", "pass", "benign.religious_corp", "",
  "Contract renewal with a temple (宗教法人) that sends chaplaincy (ビハーラ) volunteers; no patient data.",
  ONO, ["宗教法人 光明寺 寺務所 <jimusho@koumyouji.example.jp>"],
  "ビハーラ活動に関する覚書の更新について",
  """宗教法人 光明寺
住職 大谷 慈恵 様

平素より当院緩和ケア病棟へのビハーラ僧派遣にご協力を賜り、厚く御礼申し上げます。

令和6年度の覚書を更新いたしたく、案文を添付いたします。主な変更点は以下のとおりです。
  ・訪問日を毎週木曜から第1・第3木曜に変更
  ・交通費の実費精算（月末締め、翌月末 法人口座へお振込み）
  ・患者様・ご家族のご希望がある場合に限り訪問（信仰の有無は問いません）

ご確認のうえ、ご返送いただけますと幸いです。

""" + SIG_ONO,
  attachments=[A("oboegaki_vihara_R6.docx", DOCX,
"""覚書（案）
医療法人社団ゆうなぎ会（以下「甲」）と宗教法人光明寺（以下「乙」）は、緩和ケア病棟におけるビハーラ活動について次のとおり合意する。
第1条 乙は第1・第3木曜日に僧侶を派遣する。
第2条 甲は交通費実費を乙の法人名義口座に支払う。
第3条 活動は患者又は家族の希望がある場合に限る。""")]),

M("b15", "hold", "id.mynumber", "attachment",
  "A payment record for a part-time physician sent to the tax accountant carries her My Number and personal bank account, only in the XLSX.",
  ONO, ["三浦税理士事務所 <info@miura-tax.example.jp>"],
  "支払調書作成用データ（6月分）",
  """三浦税理士事務所
三浦 先生

いつもお世話になっております。
6月分の支払調書作成用データをお送りいたします。
ご確認のほどよろしくお願いいたします。

""" + SIG_ONO,
  attachments=[A("shiharai_chosho_202406.xlsx", XLSX,
"""[6月]
区分	氏名	個人番号	住所	支払額	源泉徴収額	振込先
非常勤医師謝金	早瀬 真琴	052855966549	東京都町田市原町田5-4-12	264000	26950	相模信用金庫 町田支店 普通 4410873
講演謝金	（法人）株式会社メディカルラボ	-	横浜市港北区新横浜2-5-1	55000	0	法人口座""")],
  personal=[{"type": "mynumber", "value": "052855966549"},
            {"type": "bank_account", "value": "普通 4410873"},
            {"type": "name", "value": "早瀬 真琴"}]),

M("b16", "hold", "list.patients", "body",
  "A waiting list of five named patients with ages, diagnoses and phone numbers typed into the body to a visiting-nurse station.",
  KAW, ["訪問看護ステーションこもれび <info@komorebi-houkan.example.jp>"],
  "入棟待機中の方の在宅フォローのお願い",
  """訪問看護ステーションこもれび
管理者 佐久間様

いつもお世話になっております。川添です。
現在、当病棟の入棟待機中で在宅療養されている方々について、待機期間中のフォローをお願いしたく、一覧をお送りします。

| 氏名 | 年齢 | 病名 | 連絡先（家族） |
|---|---|---|---|
| 石毛 和代 | 81 | 大腸がん・肝転移 | 042-752-3318 |
| 関口 正志 | 69 | 食道がん | 090-2215-7764 |
| 野村 ミツ | 88 | 胃がん・心不全 | 042-746-0921 |
| 増井 保 | 74 | 前立腺がん骨転移 | 080-6634-1102 |
| 仁科 陽子 | 62 | 卵巣がん再発 | 070-4418-5527 |

空床が出次第、順次ご連絡いたします。

""" + SIG_KAW,
  personal=[{"type": "name", "value": "石毛 和代"},
            {"type": "diagnosis", "value": "大腸がん・肝転移"},
            {"type": "phone", "value": "090-2215-7764"}]),

M("b17", "pass", "benign.to_data_subject", "",
  "Reply to the patient himself about his own estimated costs and the high-cost medical care system.",
  KAW, ["菅沼 保夫 <yasuo.suganuma@bb.excite.co.jp>"],
  "Re: 入院費用の目安について",
  """菅沼 保夫 様

お問い合わせありがとうございます。地域医療連携室の川添です。

菅沼様の場合、70歳以上・一般区分ですので、高額療養費制度により、1か月の医療費の自己負担上限は57,600円となります。
これに加えて、食事代（1食490円）と、個室をご希望の場合は差額室料（1日5,500円）がかかります。

  例: 30日間・4人部屋の場合 → 約57,600円 + 食事代 約44,100円 = 約101,700円

来週の入棟前面談（6月18日 10:00）の際に、詳しくご説明いたします。
ご本人様が来院される際は、保険証とお薬手帳をお持ちください。

""" + SIG_KAW + """

> 来月から入院予定の菅沼です。費用がどれくらいかかるか教えていただけますか。
"""),

M("b18", "hold", "recipients.visible", "recipients",
  "Training announcement to 12 outside home-care and clinic addresses, all visible in To.",
  MUR, ["hibari-houkan@hibari-care.example.jp", "info@komorebi-houkan.example.jp", "mori@nozomi-zaitaku.example.jp",
        "soudan@kamimizo-clinic.example.jp", "renkei@sagami-chuo-hp.example.jp", "houkan-asahi@asahi-kango.example.jp",
        "kyotaku@midori-care.example.jp", "info@fuchinobe-clinic.example.jp", "kanwa@sagamihara-kyodo.example.jp",
        "nurse.kotobuki@gmail.com", "care-tsukushi@tsukushi-kaigo.example.jp", "s-ebina@hashimoto-iin.example.jp"],
  "【ご案内】地域緩和ケア研修会（7月20日）",
  """地域の医療・介護関係者の皆様

いつも大変お世話になっております。ゆうなぎ台病院 緩和ケア病棟です。

下記のとおり、地域緩和ケア研修会を開催いたします。

  日時: 7月20日（土）14:00〜16:30
  会場: ゆうなぎ台病院 2階講堂（オンライン併用）
  テーマ: 「在宅でのオピオイド持続皮下注の管理」「看取り期のご家族支援」
  参加費: 無料

お申し込みは7月10日までに本メールへご返信ください。

""" + SIG_MUR),

M("b19", "pass", "benign.katakana_products", "",
  "Order to a care-products supplier whose katakana product names look like given names.",
  ONO, ["受注センター <order@carewell-supply.example.jp>"],
  "発注書送付（6月分）",
  """ケアウェル・サプライ株式会社
受注センター 御中

6月分の発注をお願いいたします。

  体位変換クッション「ハナエ」 Lサイズ ×4（品番 CW-HN-L, JAN 4573218802114）
  エアマットレス「ミズキ」 ×2（品番 CW-MZ-90）
  清拭タオル「ソヨカ」 50枚入 ×10
  ナースコール延長コード ×3

納品先: 緩和ケア病棟（5階）
請求書は事務部 小野寺宛にお願いいたします。

""" + SIG_ONO),
]
