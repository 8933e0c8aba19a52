# Org A: 東邦和損害保険 名古屋自動車損害サービスセンター (motor claims)
SAKUMA = "佐久間 亮 <r-sakuma@tohowa-sonpo.example.jp>"
UCHIDA = "内田 真理子 <m-uchida@tohowa-sonpo.example.jp>"
HIRANO = "平野 拓也 <t-hirano@tohowa-sonpo.example.jp>"

SIG_SAKUMA = """
――――――――――――――――――――
東邦和損害保険株式会社
名古屋自動車損害サービスセンター 第二課
佐久間 亮（Ryo Sakuma）
〒460-0008 名古屋市中区栄三丁目1番9号 栄東邦和ビル6F
TEL 052-955-1180 ／ FAX 052-955-1189
r-sakuma@tohowa-sonpo.example.jp
――――――――――――――――――――"""

SIG_UCHIDA = """
--
東邦和損害保険株式会社
名古屋自動車損害サービスセンター 第二課 アシスタント
内田 真理子
TEL 052-955-1183（直通）
m-uchida@tohowa-sonpo.example.jp"""

SIG_HIRANO = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
東邦和損害保険株式会社
名古屋自動車損害サービスセンター 人身傷害チーム 主任
平野 拓也
TEL 052-955-1191 ／ 携帯 080-0000-4417（業務用）
t-hirano@tohowa-sonpo.example.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

MAILS = []
def add(**k): MAILS.append(k)

# ---------------- HOLDS ----------------
add(org="A", expect="hold", kind="sensitive.health", loc="body",
    why="Names the injured pedestrian with diagnosis, treatment history and a psychiatric referral, sent to an outside law firm.",
    frm=HIRANO, to=["弁護士 松浦 大輔 <matsuura@sakae-law.example.jp>"],
    subject="【東邦和】事故番号 N24-081377 示談方針のご相談",
    text="""さかえ総合法律事務所
弁護士 松浦 大輔 先生

いつも大変お世話になっております。東邦和損害保険の平野でございます。
先日お電話でご相談いたしました歩行者事故（当社契約者 側の過失割合 90:10 想定）につき、
被害者の治療経過を下記のとおり取りまとめましたので、示談方針についてご意見を頂戴できれば幸いです。

■被害者
　氏名：河合 千尋 様（42歳・パート勤務）
　傷病名：右脛骨高原骨折、頚椎捻挫
　治療：名古屋東部医療センターにて観血的整復固定術（7/2）、その後 週3回リハビリ通院
　備考：事故後の不眠・フラッシュバックの訴えがあり、主治医より心療内科への紹介状が出ております（PTSD疑い）

■論点
1. 後遺障害等級の見込み（膝関節の可動域制限 12級相当か）
2. 精神症状分の慰謝料をどこまで考慮するか
3. 休業損害の基礎収入（パート収入 月額約11万円）

来週中に30分ほどお時間をいただけますと助かります。
何卒よろしくお願い申し上げます。
""" + SIG_HIRANO,
    personal=[{"type":"name","value":"河合 千尋"},{"type":"diagnosis","value":"右脛骨高原骨折、頚椎捻挫"},{"type":"diagnosis","value":"PTSD疑い"}])

add(org="A", expect="hold", kind="sensitive.health", loc="body",
    why="Medical inquiry to a clinic that states the patient's name, birth date and the insurer's suspicion of a pre-existing hernia.",
    frm=HIRANO, to=["医事課 ご担当者様 <iji@kanayama-seikei.example.jp>"],
    subject="医療照会のお願い（当社事故受付 N24-079912）",
    text="""金山整形外科クリニック
医事課 ご担当者様

平素より格別のご高配を賜り、厚く御礼申し上げます。
東邦和損害保険株式会社 名古屋自動車損害サービスセンターの平野と申します。

貴院にご通院中の下記患者様につき、交通事故による受傷の治療費一括対応を行っております。
ご本人の同意書（別送）に基づき、以下の点をご教示いただけますでしょうか。

　患者氏名：宮下 浩之 様（昭和54年11月3日生）
　受傷日：2024年8月19日（追突事故）
　当社把握傷病名：腰椎捻挫
　ご照会事項：
　　(1) 初診時のMRI所見に L4/5 椎間板ヘルニア の記載がありますが、事故前からの既往症か否か
　　(2) 症状固定の見込み時期
　　(3) 今後の通院頻度のご予定

ご多用のところ恐縮ですが、9月27日頃までにご回答いただけますと幸いです。
""" + SIG_HIRANO,
    personal=[{"type":"name","value":"宮下 浩之"},{"type":"birth_date","value":"昭和54年11月3日生"},{"type":"diagnosis","value":"L4/5 椎間板ヘルニア"}])

add(org="A", expect="hold", kind="list.customers", loc="attachment",
    why="Attachment is a list of open claimants with names, phones, addresses and offered amounts, sent to an outside law firm; the body gives no hint.",
    frm=SAKUMA, to=["山根 秀樹 <yamane@kiso-law.example.jp>"], cc=["佐久間 亮 <r-sakuma@tohowa-sonpo.example.jp>"],
    subject="10月分 委任案件の件",
    text="""木曽川法律事務所
山根先生

お世話になっております。東邦和の佐久間です。
10月分の件、添付のとおりお送りいたします。
ご確認のうえ、ご不明点があればご連絡ください。

よろしくお願いいたします。
""" + SIG_SAKUMA,
    attachments=[{"filename":"委任予定_202410.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text":"""[委任予定]
事故番号	相手方氏名	電話	住所	提示額	状況
N24-061204	大西 亮介	090-0000-3318	名古屋市昭和区御器所2-14-7	1,840,000	提示額に不満、弁護士介入示唆
N24-066519	浅井 里美	080-0000-7725	春日井市高蔵寺町5-3-11	620,000	連絡不通 3週間
N24-070083	Nguyen Van Thanh	070-0000-1946	豊田市保見町ヶ丘1-9	2,310,000	通訳要
N24-071550	岡本 富士子	052-000-4402	名古屋市緑区鳴海町字作町66	415,000	物損のみ 評価額争い"""}],
    personal=[{"type":"name","value":"大西 亮介"},{"type":"phone","value":"090-0000-3318"},{"type":"address","value":"春日井市高蔵寺町5-3-11"},{"type":"name","value":"岡本 富士子"}])

add(org="A", expect="hold", kind="id.drivers_licence", loc="subject",
    why="The subject line carries a named driver's 12-digit driver's licence number; the body is neutral.",
    frm=UCHIDA, to=["受付 <uketsuke@meito-jikou.example.jp>"],
    subject="Re: 運転者確認 北村 健太郎様 免許証番号 532108449710",
    text="""名東自工株式会社
受付ご担当者様

お世話になっております。東邦和損害保険の内田です。
先ほどのお電話の件、こちらで確認いたしました。
代車の手配につきましては、明日午前中に改めてご連絡いたします。

取り急ぎご連絡まで。
""" + SIG_UCHIDA,
    personal=[{"type":"name","value":"北村 健太郎"},{"type":"drivers_licence","value":"532108449710"}])

add(org="A", expect="hold", kind="sensitive.criminal", loc="quoted",
    why="The top reply is harmless but the quoted earlier mail says the at-fault driver was arrested and indicted for drunk driving, forwarded to an outside adjuster.",
    frm=SAKUMA, to=["鈴木 弘 <h.suzuki@chubu-adjust.example.jp>"],
    subject="Re: 立会日程の件（N24-074420）",
    text="""鈴木様

お世話になっております。佐久間です。
立会は 10/8（火）14時 でお願いいたします。場所は下記の工場です。
  有限会社 守山ボデー（名古屋市守山区小幡南1-22-5）

以上よろしくお願いします。

> 2024/10/01 9:12 佐久間 亮 wrote:
> 鈴木様
> 本件の経緯を共有いたします。
> 相手方運転者の 今村 達也 氏（当社契約者ではありません）は事故当日、
> 呼気検査で基準値を超えるアルコールが検出され、酒気帯び運転で現行犯逮捕、
> 先週 起訴 されたと警察（守山署 交通課）から聞いております。
> このため相手方保険の免責が問題になる可能性があり、損害額の認定は
> 慎重にお願いしたく存じます。
""" + SIG_SAKUMA,
    personal=[{"type":"name","value":"今村 達也"},{"type":"criminal","value":"酒気帯び運転で現行犯逮捕"}])

add(org="A", expect="hold", kind="id.bank_account", loc="body",
    why="Passes a private claimant's personal bank account to an insurance agency for a refund.",
    frm=UCHIDA, to=["高木保険事務所 高木様 <info@takagi-hoken.example.jp>"],
    subject="保険金振込先の件（ご契約者 野口様）",
    text="""高木保険事務所
高木 様

いつもお世話になっております。東邦和損保の内田です。
ご契約者 野口様の車両保険金の振込先について、ご本人から下記のとおりご連絡をいただきました。
代理店様控えとして共有いたしますので、お手続き完了のご案内をお願いできますでしょうか。

　金融機関：東海みらい銀行 大曽根支店
　口座種別：普通
　口座番号：4073316
　口座名義：ノグチ ユウスケ

振込予定日：10月15日
""" + SIG_UCHIDA,
    personal=[{"type":"bank_account","value":"口座番号：4073316"},{"type":"name","value":"ノグチ ユウスケ"}])

add(org="A", expect="hold", kind="attachment.encrypted_zip", loc="zip",
    why="Carries a password-protected zip (PPAP) to an outside investigation firm.",
    frm=SAKUMA, to=["中部リサーチ株式会社 調査部 <chosa@chubu-research.example.jp>"],
    subject="調査依頼資料の送付（N24-080155）",
    text="""中部リサーチ株式会社
調査部 ご担当者様

お世話になっております。東邦和損害保険の佐久間です。
先日ご依頼した車両盗難事案について、資料一式をお送りします。
パスワードは別メールにてお知らせいたします。

よろしくお願いいたします。
""" + SIG_SAKUMA,
    attachments=[{"filename":"N24-080155_調査資料.zip","contentType":"application/zip","encrypted":True}])

add(org="A", expect="hold", kind="recipients.visible_many", loc="recipients",
    why="Twelve independent agencies are all in To, so each can see the others' addresses; this should have been Bcc.",
    frm=UCHIDA,
    to=["hayashi@hayashi-agency.example.jp","info@sunrise-hoken.example.jp","kato.hoken@example.ne.jp","office@meiko-ins.example.jp",
        "toyota-hoken@tcn-net.example.jp","yoshida.ins@gmail.com","support@owari-risk.example.jp","kanri@chita-agency.example.jp",
        "k.mori@nagoya-hokenplaza.example.jp","info@gifu-sonpo-agt.example.jp","sato-jimusho@biglobe.example.ne.jp","desk@mikawa-ins.example.jp"],
    subject="【ご案内】事故受付システムの受付時間変更について",
    text="""代理店各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
東邦和損害保険 名古屋自動車損害サービスセンターでございます。

11月1日（金）より、代理店様向け事故受付Webの受付時間を下記のとおり変更いたします。

　変更前：平日 9:00〜17:00
　変更後：平日 9:00〜19:00、土曜 9:00〜12:00

夜間・休日の事故受付は従来どおりコールセンター（0120-000-115）で承ります。
ご不明な点は担当までお問い合わせください。
""" + SIG_UCHIDA)

add(org="A", expect="hold", kind="id.health_insurance", loc="body",
    why="Gives a named victim's health-insurance symbol and number to a health-insurance society.",
    frm=HIRANO, to=["給付課 <kyufu@tokai-kikai-kenpo.example.jp>"],
    subject="第三者行為による傷病届の件",
    text="""東海機械健康保険組合
給付課 ご担当者様

お世話になっております。東邦和損害保険の平野です。
貴組合の被保険者様が被害者となった交通事故について、当社が加害者側保険会社として対応しております。
第三者行為による傷病届の提出に関し、対象者を以下のとおりお知らせします。

　被保険者氏名：斉藤 美咲 様
　被保険者証 記号 1207 番号 3385
　事故日：2024年9月3日
　受診医療機関：中京中央病院

求償のご連絡先は本メール署名の平野までお願いいたします。
""" + SIG_HIRANO,
    personal=[{"type":"name","value":"斉藤 美咲"},{"type":"health_insurance","value":"記号 1207 番号 3385"}])

add(org="A", expect="hold", kind="personal.customer_inquiry", loc="body",
    why="Forwards a private policyholder's full contact details, home address and family situation to a tow contractor.",
    frm=UCHIDA, to=["配車センター <haisha@aichi-road.example.jp>"],
    subject="FW: レッカー手配のお願い（至急）",
    text="""愛知ロードサービス 配車センター様

東邦和の内田です。至急の手配をお願いします。
お客様からの受付内容をそのまま転送いたします。

---------- Forwarded message ----------
From: 事故受付デスク
受付日時：10/04 18:42
契約者：坂口 由美子 様（49歳）
自宅住所：愛知県日進市香久山3丁目902番地
携帯：090-0000-6261
状況：自宅前の坂でエンジン停止、再始動不可。ご主人は単身赴任中で不在、
　　　小学生のお子様2名と一緒にいるため早めの到着を希望。
車両：トヨタ アクア 白
-----------------------------------------

到着見込みがわかりましたら折り返しお願いします。
""" + SIG_UCHIDA,
    personal=[{"type":"name","value":"坂口 由美子"},{"type":"address","value":"愛知県日進市香久山3丁目902番地"},{"type":"phone","value":"090-0000-6261"}])

# ---------------- PASSES ----------------
add(org="A", expect="pass", kind="benign.meeting_arrangement",
    why="Schedules a regular meeting with a law firm; only staff names and signatures appear.",
    frm=SAKUMA, to=["弁護士 松浦 大輔 <matsuura@sakae-law.example.jp>"], cc=["事務局 村瀬 <murase@sakae-law.example.jp>"],
    subject="11月度 定例打合せ日程のご相談",
    text="""松浦先生
（cc: 事務局 村瀬様）

いつもお世話になっております。東邦和の佐久間です。
11月度の定例打合せについて、以下の候補日でご都合はいかがでしょうか。

　① 11/12（火）15:00〜16:00
　② 11/14（木）10:00〜11:00
　③ 11/19（火）13:30〜14:30

当社からは佐久間、平野の2名で伺います。
議題は前月同様、係属中案件の進捗確認と、新任の担当者紹介を予定しております。

ご調整のほどよろしくお願いいたします。
""" + SIG_SAKUMA)

add(org="A", expect="pass", kind="benign.corporate_bank_account",
    why="Payment notice to a body shop to its corporate account; no private account or person data.",
    frm=UCHIDA, to=["経理ご担当 <keiri@moriyama-body.example.jp>"],
    subject="修理代金お支払いのご案内（N24-074420）",
    text="""有限会社 守山ボデー
経理ご担当者様

お世話になっております。東邦和損害保険の内田です。
下記のとおり修理代金をお支払いいたしますのでご案内申し上げます。

　事故番号：N24-074420
　お支払額：¥486,530（税込）
　お支払予定日：2024年10月31日
　お振込先：中京信用金庫 守山支店 普通 0012874 ユ）モリヤマボデー

請求書番号 MB-2024-0917 に対するお支払いです。
行き違いがございましたらご容赦ください。
""" + SIG_UCHIDA)

add(org="A", expect="pass", kind="benign.it_outage_notice",
    why="IT outage notice to agencies sent Bcc; the word 障害 refers to a system failure.",
    frm=UCHIDA, to=["東邦和損害保険 代理店サポート <agent-support@tohowa-sonpo.example.jp>"],
    bcc=["hayashi@hayashi-agency.example.jp","info@sunrise-hoken.example.jp","office@meiko-ins.example.jp","kanri@chita-agency.example.jp",
         "desk@mikawa-ins.example.jp","info@gifu-sonpo-agt.example.jp","k.mori@nagoya-hokenplaza.example.jp","yoshida.ins@gmail.com",
         "support@owari-risk.example.jp","info@takagi-hoken.example.jp","sato-jimusho@biglobe.example.ne.jp","toyota-hoken@tcn-net.example.jp"],
    subject="【復旧済】事故受付Webの障害について（10/9 10:05〜11:40）",
    text="""代理店各位（BCCにて送信しております）

本日10:05頃より、事故受付Webにログインできない障害が発生しておりました。
11:40に復旧を確認いたしましたのでご報告いたします。

■原因：認証サーバーの証明書更新に伴う設定不備
■影響：障害時間中の事故受付登録（約40件）は電話受付に切替済み。データの消失はございません。
■再発防止：証明書更新手順のチェックリスト化

ご不便をおかけし、誠に申し訳ございませんでした。
""" + SIG_UCHIDA)

add(org="A", expect="pass", kind="benign.vehicle_numbers",
    why="Confirms a car's intake at a repair shop with plate number, chassis number and claim number only; no personal data.",
    frm=SAKUMA, to=["工場長 水谷様 <mizutani@meito-jikou.example.jp>"],
    subject="入庫車両の確認（名古屋 330 ね 71-06）",
    text="""名東自工 水谷工場長

お世話になっております。佐久間です。
本日入庫の下記車両、アジャスター確認は 10/10 午後で手配しました。

　登録番号：名古屋 330 ね 71-06
　車台番号：ZVW51-8123376
　事故番号：N24-079004
　損傷部位：フロントバンパー、ラジエーターコアサポート、右ヘッドランプ

部品の見積は純正・リビルト両方でお願いできれば助かります。
""" + SIG_SAKUMA)

add(org="A", expect="pass", kind="benign.successor_introduction",
    why="A staff changeover notice to a tow partner that names staff only.",
    frm=SAKUMA, to=["愛知ロードサービス株式会社 営業部 永田様 <nagata@aichi-road.example.jp>"],
    subject="担当者交代のご挨拶",
    text="""愛知ロードサービス株式会社
営業部 永田 様

平素は大変お世話になっております。東邦和損害保険の佐久間でございます。

私事で恐縮ですが、10月末日付で東京本社 自動車業務部へ異動となりました。
在任中は夜間・休日の急な手配にも快くご対応いただき、心より御礼申し上げます。

後任は同じ第二課の 平野 拓也 が担当いたします。
後日あらためて平野よりご挨拶に伺いますので、引き続きよろしくお願い申し上げます。

　後任：平野 拓也（t-hirano@tohowa-sonpo.example.jp／052-955-1191）
""" + SIG_SAKUMA)

add(org="A", expect="pass", kind="benign.to_data_subject",
    why="Sent to the claimant himself about his own claim, with a masked account number.",
    frm=UCHIDA, to=["岩田 俊 <shun.iwata.0412@gmail.com>"],
    subject="保険金お支払いのご案内（事故番号 N24-077218）",
    text="""岩田 俊 様

このたびは事故によりご不便をおかけしております。
東邦和損害保険 名古屋自動車損害サービスセンターの内田でございます。

ご請求いただいておりました車両保険金について、下記のとおりお支払いが確定いたしました。

　お支払額：¥312,000
　お振込予定日：10月18日（金）
　お振込先：ご登録の口座（〇〇銀行 ****支店 普通 ***2285）

ご不明な点がございましたら、お気軽にお問い合わせください。
""" + SIG_UCHIDA)

add(org="A", expect="pass", kind="benign.project_mail_two_companies",
    why="A project mail with six visible addresses from the insurer and one IT vendor.",
    frm=SAKUMA, to=["大橋 智也 <t.ohashi@nexsys-solutions.example.jp>","Lee Jihoon <j.lee@nexsys-solutions.example.jp>","工藤 彩 <a.kudo@nexsys-solutions.example.jp>"],
    cc=["平野 拓也 <t-hirano@tohowa-sonpo.example.jp>","内田 真理子 <m-uchida@tohowa-sonpo.example.jp>","システム企画 岡 <s-oka@tohowa-sonpo.example.jp>"],
    subject="【画像査定PoC】第3回定例 議事メモ",
    text="""ネクシスソリューションズ 大橋様、Lee様、工藤様

第3回定例、ありがとうございました。議事メモを共有します。

1. 損傷画像のAI判定精度（バンパー・ドア）：正解率 87%（目標 90%）
2. 学習データの追加：匿名化済み画像 1,200枚を11月第1週に提供（当社 岡）
3. 査定担当ヒアリング：10/23 平野・内田が対応
4. 次回：10/30（水）16:00〜 Teams

修正点があればご指摘ください。
""" + SIG_SAKUMA)

add(org="A", expect="pass", kind="benign.aggregate_statistics",
    why="Sends only aggregate accident statistics by month to an industry body.",
    frm=HIRANO, to=["事務局 <jimukyoku@chubu-sonpo-kyogikai.example.jp>"],
    subject="上期 人身事故受付件数のご報告",
    text="""中部損害保険協議会 事務局御中

東邦和損害保険の平野です。ご依頼の上期集計を送付いたします（個別事案の情報は含みません）。

月	人身事故受付	うち歩行者	うち自転車	死亡事故
4月	212	31	44	1
5月	198	27	39	0
6月	231	35	51	2
7月	244	29	58	1
8月	226	33	47	0
9月	219	30	42	1

前年同期比で自転車関連が約12%増加しております。
""" + SIG_HIRANO)

add(org="A", expect="pass", kind="benign.condolence",
    why="A condolence note to an agency about its founder's passing; a public business courtesy.",
    frm=SAKUMA, to=["林 直樹 <hayashi@hayashi-agency.example.jp>"],
    subject="ご尊父様ご逝去のお悔やみ",
    text="""株式会社林保険エージェンシー
代表取締役 林 直樹 様

このたびは、ご尊父 林 正三 会長のご逝去の報に接し、謹んでお悔やみ申し上げます。
長年にわたり弊社の東海地区における代理店網を支えてくださったご功績に、
センター一同、深く感謝しております。

本来であれば拝眉の上お悔やみを申し上げるべきところ、
略儀ながらメールにて失礼いたします。
心よりご冥福をお祈り申し上げます。
""" + SIG_SAKUMA)

add(org="A", expect="pass", kind="benign.corporate_registration_number",
    why="Confirms a body shop's 法人番号 and invoice registration number; corporate IDs only.",
    frm=UCHIDA, to=["総務部 <soumu@kita-auto-service.example.jp>"],
    subject="適格請求書発行事業者 登録番号のご確認",
    text="""株式会社北オートサービス
総務部 ご担当者様

東邦和損害保険の内田です。お支払システムへの登録にあたり、以下の内容で相違ないかご確認ください。

　法人番号：6180001074335
　登録番号：T6180001074335
　商号：株式会社北オートサービス
　本店所在地：名古屋市北区清水四丁目17番1号

相違がなければ、ご返信は不要です。
""" + SIG_UCHIDA)
