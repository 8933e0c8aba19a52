# Org D: 東和ロジスティクス株式会社 厚木物流センター 人事課 (part-timer HR)
ONODERA = """--------------------------------------------
東和ロジスティクス株式会社
厚木物流センター 人事課　小野寺 敦
〒243-0021 神奈川県厚木市岡田4-18-2
TEL 046-555-3380（人事課直通） FAX 046-555-3381
onodera@towa-logi.example.jp
--------------------------------------------"""
MIYAMOTO = """--------------------------------------------
東和ロジスティクス株式会社 厚木物流センター
人事課 労務担当　宮本 さくら
TEL 046-555-3382　miyamoto@towa-logi.example.jp
--------------------------------------------"""
F_ONODERA = "小野寺 敦 <onodera@towa-logi.example.jp>"
F_MIYAMOTO = "宮本 さくら <miyamoto@towa-logi.example.jp>"

MAILS = [
dict(key="d_mynumber", expect="hold", kind="id.mynumber", loc="body",
 why="Sends a new part-timer's My Number to the outside labour consultant.",
 frm=F_MIYAMOTO, to=["小林社会保険労務士事務所 小林先生 <kobayashi@kobayashi-sr.example.jp>"],
 subject="雇用保険 資格取得届の依頼（11/1入社 パート1名）",
 text="""小林先生

いつもお世話になっております。東和ロジスティクス厚木センターの宮本です。
11月1日入社のパートタイマー1名について、雇用保険の資格取得届をお願いいたします。

氏名：堀 美由紀（ホリ ミユキ）
生年月日：1981年12月4日
所定労働時間：週25時間（月・火・木・金 9:00-15:30）
時給：1,250円
マイナンバー：570086703123

前職の雇用保険被保険者証は本人が紛失しているとのことです。

""" + MIYAMOTO,
 personal=[dict(type="mynumber", value="570086703123"), dict(type="name", value="堀 美由紀")]),

dict(key="d_roster_att", expect="hold", kind="list.roster", loc="attachment",
 why="The attached sheet lists new part-timers with birth dates, home addresses and phones for the shuttle bus company.",
 frm=F_ONODERA, to=["相模交通 送迎バス課 <sougei@sagami-kotsu.example.jp>"],
 subject="11月の送迎バス利用者",
 text="""相模交通 送迎バス課 ご担当者様

いつもお世話になっております。東和ロジスティクスの小野寺です。
11月から送迎バスを利用する新規スタッフの一覧を添付します。
乗車場所の追加がありましたら、ルート案をご提案ください。

""" + ONODERA,
 attachments=[dict(filename="sougei_shinki_202411.xlsx", contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[新規利用者]
氏名\t生年月日\t住所\t携帯\t乗車希望
堀 美由紀\t1981/12/04\t厚木市旭町2-9-6\t090-2231-8807\t本厚木駅北口
ペレイラ・アナ\t1990/07/21\t愛甲郡愛川町中津1044-3\t080-4472-1190\t愛川町役場前
渡辺 信也\t1967/03/30\t海老名市中央3-5-17-208\t070-1198-6652\t海老名駅西口
金田 はるか\t2003/10/09\t厚木市妻田東1-22-4\t090-6650-3012\t本厚木駅北口""")],
 personal=[dict(type="name", value="渡辺 信也"), dict(type="address", value="海老名市中央3-5-17-208"), dict(type="phone", value="070-1198-6652")]),

dict(key="d_residence_card", expect="hold", kind="id.residence_card", loc="body",
 why="Sends a foreign worker's residence card number to the registered support organisation.",
 frm=F_ONODERA, to=["かながわ外国人材支援センター 担当 <support@kanagawa-gjs.example.jp>"],
 subject="特定技能スタッフの在留期間更新について",
 text="""かながわ外国人材支援センター ご担当者様

お世話になっております。東和ロジスティクスの小野寺です。
当センター勤務の特定技能スタッフの在留期間更新について、申請書類の作成をお願いします。

氏名：NGUYEN THI HOA（グエン・ティ・ホア）
国籍：ベトナム
在留カード番号：UH48201937KA
在留期限：2025年1月16日
雇用契約：フルタイム（倉庫内ピッキング）

雇用契約書と給与明細（直近3か月分）は来週お持ちします。

""" + ONODERA,
 personal=[dict(type="residence_card", value="UH48201937KA"), dict(type="name", value="NGUYEN THI HOA")]),

dict(key="d_pension_quoted", expect="hold", kind="id.pension", loc="quoted",
 why="The quoted earlier message carries a worker's employment-insurance and basic pension numbers; the reply itself is about shifts.",
 frm=F_MIYAMOTO, to=["スタッフネクスト 厚木営業所 大川様 <okawa@staffnext.example.jp>"],
 subject="Re: 12月シフトと派遣切替の件",
 text="""大川様

お世話になっております。宮本です。
12月のシフト案、承知しました。年末の土曜出勤は3名で問題ありません。
直接雇用への切替日は12月16日で進めてください。

""" + MIYAMOTO + """

> -----Original Message-----
> From: 大川 修 <okawa@staffnext.example.jp>
> Sent: Tuesday, November 5, 2024 11:20 AM
> 宮本様
> 12月のシフト案を送ります。また、直接雇用へ切り替える 吉川 純一 さんの情報です。
> 　雇用保険被保険者番号：1402-558817-3
> 　基礎年金番号：3028-419562
> 当社での資格喪失日は12月15日です。
> 大川
""",
 personal=[dict(type="name", value="吉川 純一"), dict(type="employment_insurance", value="1402-558817-3"), dict(type="pension", value="3028-419562")]),

dict(key="d_bank_subject", expect="hold", kind="id.bank_account", loc="subject",
 why="The subject carries a part-timer's personal bank account; the body only asks for the change.",
 frm=F_MIYAMOTO, to=["給与計算センター ペイロールワン <support@payrollone.example.jp>"],
 subject="振込先変更 社員No.A2218 グエン・ヴァン・ナム 横浜銀行 厚木支店 普通 6612094",
 text="""ペイロールワン ご担当者様

いつもお世話になっております。東和ロジスティクス厚木センターの宮本です。
件名のとおり、11月支給分から給与振込先の変更をお願いいたします。
本人の変更届は社内で保管しております。

""" + MIYAMOTO,
 personal=[dict(type="bank_account", value="横浜銀行 厚木支店 普通 6612094")]),

dict(key="d_rousai", expect="hold", kind="sensitive.health", loc="body",
 why="Reports a named part-timer's injury and diagnosis to the insurer.",
 frm=F_ONODERA, to=["あおば損害保険 法人事故受付 <jiko@aoba-sonpo.example.jp>"],
 subject="事故報告（業務災害総合保険 証券番号 BK-7720-5518）",
 text="""あおば損害保険 法人事故受付 御中

東和ロジスティクス株式会社 厚木物流センターの小野寺です。
業務中の事故について、下記のとおりご報告いたします。

発生日時：2024年10月28日 14:35
場所：厚木物流センター 2階 冷凍エリア
被災者：パートタイマー 岡部 晴美（52歳）
状況：フォークリフト通路でパレットに足を取られ転倒
傷病名：右橈骨遠位端骨折（厚木中央病院にて手術、全治3か月）
休業見込み：約2か月

労災保険の様式第8号は労基署へ提出予定です。必要書類をご教示ください。

""" + ONODERA,
 personal=[dict(type="name", value="岡部 晴美"), dict(type="health", value="右橈骨遠位端骨折")]),

dict(key="d_neighbour", expect="hold", kind="personal.profile", loc="body",
 why="Forwards a neighbour's name, address and phone from a complaint to the security contractor.",
 frm=F_ONODERA, to=["セコード警備 厚木営業所 <atsugi@secode-keibi.example.jp>"],
 subject="近隣住民からの苦情対応のお願い",
 text="""セコード警備 厚木営業所 御中

お世話になっております。東和ロジスティクスの小野寺です。
近隣の方から、早朝に出勤するスタッフの路上喫煙と話し声について苦情をいただきました。

ご連絡者：清水 和子 様
住所：厚木市岡田4-21-7
電話：046-555-9142（日中のみ）

朝6時〜7時の巡回強化をお願いできますでしょうか。
また、清水様へ対応内容をご報告いただけると助かります。

""" + ONODERA,
 personal=[dict(type="name", value="清水 和子"), dict(type="address", value="厚木市岡田4-21-7"), dict(type="phone", value="046-555-9142")]),

dict(key="d_zip", expect="hold", kind="attachment.encrypted_zip", loc="zip",
 why="Encrypted zip (PPAP) of withholding slips sent to the tax accountant.",
 frm=F_MIYAMOTO, to=["税理士法人みなと会計 担当 <kyuyo@minato-kaikei.example.jp>"],
 subject="年末調整資料（パスワードは次のメールで）",
 text="""みなと会計 ご担当者様

お世話になっております。東和ロジスティクスの宮本です。
年末調整の資料（扶養控除申告書のスキャン一式）をお送りします。
パスワードは次のメールでお知らせします。

""" + MIYAMOTO,
 attachments=[dict(filename="nenmatsu_atsugi_2024.zip", contentType="application/zip", encrypted=True)]),

dict(key="d_payslip_wrong", expect="hold", kind="personal.payslip", loc="attachment",
 why="A worker's payslip is attached by mistake to a mail to the staffing agency; the body is about an unrelated invoice.",
 frm=F_MIYAMOTO, to=["スタッフネクスト 厚木営業所 大川様 <okawa@staffnext.example.jp>"],
 subject="10月分 請求書の件",
 text="""大川様

お世話になっております。宮本です。
10月分の請求書、受領しました。支払処理を進めます。
念のため、当方の検収書を添付します。

""" + MIYAMOTO,
 attachments=[dict(filename="kyuyo_meisai_202410_T0412.pdf", contentType="application/pdf",
  text="""給与明細書　2024年10月分
東和ロジスティクス株式会社 厚木物流センター
社員番号 T0412　氏名 田中 恵美 様
勤務日数 19日　労働時間 118.5時間　時給 1,250円
基本給 148,125　深夜手当 6,250　通勤手当 8,400
健康保険 7,380　厚生年金 13,542　雇用保険 976　所得税 2,110
差引支給額 138,767円
振込先 静岡銀行 厚木支店 普通 0183355""")],
 personal=[dict(type="name", value="田中 恵美"), dict(type="bank_account", value="普通 0183355")]),

dict(key="d_recipients", expect="hold", kind="recipients.visible", loc="recipients",
 why="Shuttle bus change notice sent to twelve part-timers' private addresses visible in To.",
 frm=F_ONODERA, to=["miyuki.hori@docomo.ne.jp", "ana.pereira90@gmail.com", "shinya-w@ezweb.ne.jp", "haruka.kaneda03@icloud.com",
   "okabe.harumi@yahoo.co.jp", "emi.t0412@gmail.com", "junichi.y@softbank.ne.jp", "nam.nguyen.vn@gmail.com",
   "hoa.nguyen96@gmail.com", "k-matsui@nifty.com", "tomo.ishida@au.com", "r.fujita55@ocn.ne.jp"],
 subject="【重要】11/11（月）から送迎バスの時刻が変わります",
 text="""厚木センターで勤務の皆さま

いつもお疲れさまです。人事課の小野寺です。
道路工事のため、11月11日から送迎バスの時刻が変わります。

本厚木駅北口 発　7:40 → 7:30
海老名駅西口 発　7:45 → 7:35
愛川町役場前 発　7:50（変更なし）

遅れそうなときは、センター受付（046-555-3300）へ連絡してください。

""" + ONODERA),

# ---------------- passes ----------------
dict(key="d_job_ad", expect="pass", kind="benign.aggregate_disability",
 why="Job ad copy that mentions the disability employment rate only as an aggregate.",
 frm=F_ONODERA, to=["ジョブリンク神奈川 制作担当 <seisaku@joblink-kanagawa.example.jp>"],
 subject="求人原稿の修正（厚木センター 12月掲載分）",
 text="""ジョブリンク神奈川 制作ご担当者様

お世話になっております。小野寺です。
12月掲載分の原稿について、以下の修正をお願いします。

・時給：1,200円 → 1,250円（深夜 1,563円）
・「障害者雇用率 2.7%（2024年6月1日時点）」を会社紹介欄に追記
・「障害のある方も多数活躍中。配属前に作業内容の相談ができます」を追記
・写真は前回のもの（ピッキング作業風景）を継続使用

校正は11月20日までにお送りください。

""" + ONODERA),

dict(key="d_offer_invite", expect="pass", kind="benign.to_data_subject",
 why="Invites an offer holder to her own orientation at her own private address.",
 frm=F_MIYAMOTO, to=["金田 はるか 様 <haruka.kaneda03@icloud.com>"],
 subject="入社前説明会のご案内（11/1入社）",
 text="""金田 はるか 様

このたびは東和ロジスティクス厚木物流センターへの入社を決めていただき、ありがとうございます。
人事課の宮本です。入社前説明会を下記のとおり行います。

日時：10月29日（火）10:00〜11:30
場所：厚木物流センター 管理棟2F 研修室
持ち物：印鑑、通帳またはキャッシュカードのコピー、筆記用具、安全靴（お持ちの方）

当日は正門の守衛所で「説明会」とお伝えください。
ご不明な点は、お気軽に人事課までお問い合わせください。

""" + MIYAMOTO),

dict(key="d_vehicle", expect="pass", kind="benign.vehicle_numbers",
 why="Vehicle registration numbers and forklift serials for an insurance renewal.",
 frm=F_ONODERA, to=["あおば損害保険 代理店 湘南保険サービス <info@shonan-hoken.example.jp>"],
 subject="フリート契約更新：車両入替のご連絡",
 text="""湘南保険サービス ご担当者様

お世話になっております。東和ロジスティクスの小野寺です。
12月のフリート契約更新に伴い、車両の入替をお知らせします。

【廃車】相模 200 か 18-42（送迎用マイクロバス）
【新規】相模 200 か 23-07（送迎用マイクロバス、車台番号 XZB70-1104382）
【構内フォークリフト追加】
  トヨタ 8FBE15 製造番号 8FBE18-61234
  トヨタ 8FBE15 製造番号 8FBE18-61260

証券番号 BK-7720-5518 の明細差替えをお願いします。

""" + ONODERA),

dict(key="d_housing_vendor", expect="pass", kind="benign.license_numbers",
 why="Dormitory lease with the realtor's licence and corporate numbers only.",
 frm=F_ONODERA, to=["厚木ハウジング 法人営業 菅原様 <sugawara@atsugi-housing.example.jp>"],
 subject="Re: 寮用物件の法人契約について",
 text="""菅原様

ご提案ありがとうございました。「メゾン岡田」2部屋を法人契約で進めたいと思います。
契約書の記載事項として、以下で相違ないかご確認ください。

借主：東和ロジスティクス株式会社（法人番号 6020001048812）
貸主側仲介：株式会社厚木ハウジング　神奈川県知事（3）第27814号
重要事項説明 担当：宅地建物取引士 菅原 拓也（登録番号 神奈川 第048215号）
入居予定：12月1日

入居者名は確定後にお知らせします。

""" + ONODERA),

dict(key="d_wms_outage", expect="pass", kind="benign.it_outage",
 why="WMS outage and isolation of a malware-infected handheld; IT meaning only.",
 frm=F_MIYAMOTO, to=["ロジテックシステムズ サポート <support@logitech-sys.example.jp>"],
 subject="【障害報告】WMS 出荷ラベル印刷の停止について",
 text="""ロジテックシステムズ サポートご担当者様

厚木センターの宮本です（当日の夜間責任者からの依頼で連絡します）。

11月2日 22:10頃から、WMSの出荷ラベル印刷が停止する障害が発生しています。
同時刻にハンディ端末 HT-031 でウイルス感染の警告が出たため、当該端末は隔離済みです。
障害の影響で、出荷便 4便（計1,860件）が翌朝に遅延しました。

ログ（wms_err_20241102.log、SHA-256: 9f2c1e…a07b）は共有フォルダに置いています。
原因調査と再発防止策のご報告をお願いします。

""" + MIYAMOTO),

dict(key="d_agency_invoice", expect="pass", kind="benign.corporate_bank",
 why="Discusses a staffing agency's changed corporate bank account.",
 frm=F_MIYAMOTO, to=["スタッフネクスト 経理部 <keiri@staffnext.example.jp>"], cc=["スタッフネクスト 厚木営業所 大川様 <okawa@staffnext.example.jp>"],
 subject="振込先口座変更のご通知について（確認）",
 text="""スタッフネクスト株式会社 経理部 御中

お世話になっております。東和ロジスティクスの宮本です。
11月5日付「振込先口座変更のご通知」を受領しました。念のため内容を確認させてください。

新口座：横浜銀行 本店営業部 当座 0047711
名義：スタッフネクスト（カ
適用：12月支払分から

詐欺防止のため、お電話（代表番号）でも確認させていただきます。

""" + MIYAMOTO),

dict(key="d_company_surnames", expect="pass", kind="benign.company_surnames",
 why="Meeting with partner carriers whose company names contain surnames.",
 frm=F_ONODERA, to=["佐々木運輸 配車担当 <haisha@sasaki-unyu.example.jp>", "高橋梱包 工場長 <kojo@takahashi-konpo.example.jp>"],
 subject="年末繁忙期 協力会社打合せのご案内",
 text="""佐々木運輸株式会社 様
有限会社高橋梱包 様

お世話になっております。東和ロジスティクスの小野寺です。
年末繁忙期に向けた協力会社打合せを下記のとおり行います。

日時：11月19日（火）15:00〜16:30
場所：厚木物流センター 管理棟2F 会議室B
議題：12月の入荷予測（前年比 +12%）、臨時便の手配、梱包資材の在庫

佐々木運輸様からは配車ご担当、高橋梱包様からは工場長のご出席をお願いいたします。

""" + ONODERA),

dict(key="d_bcc_nenmatsu", expect="pass", kind="benign.bcc_mass",
 why="Year-end adjustment schedule to part-timers' private addresses, all in Bcc.",
 frm=F_MIYAMOTO, to=[F_MIYAMOTO],
 bcc=["miyuki.hori@docomo.ne.jp", "ana.pereira90@gmail.com", "shinya-w@ezweb.ne.jp", "haruka.kaneda03@icloud.com", "okabe.harumi@yahoo.co.jp",
  "emi.t0412@gmail.com", "junichi.y@softbank.ne.jp", "nam.nguyen.vn@gmail.com", "hoa.nguyen96@gmail.com", "k-matsui@nifty.com",
  "tomo.ishida@au.com", "r.fujita55@ocn.ne.jp"],
 subject="年末調整の書類提出のお願い（11/22締切）",
 text="""厚木センターで勤務の皆さま（このメールはBCCでお送りしています）

人事課の宮本です。今年も年末調整の時期になりました。

・書類配布：11月11日（月）から休憩室で配布
・提出締切：11月22日（金）
・提出先：管理棟1F 人事課ポスト
・生命保険料控除証明書などの原本を添付してください

書き方がわからない方は、11月14日・15日の昼休みに相談会を開きます。
English and Vietnamese guides are available at the HR counter.

""" + MIYAMOTO),

dict(key="d_project", expect="pass", kind="benign.project_thread",
 why="Peak-season staffing thread with five visible addresses from two companies.",
 frm=F_ONODERA, to=["大川 修 <okawa@staffnext.example.jp>", "スタッフネクスト 神奈川エリア 石田 <ishida@staffnext.example.jp>"],
 cc=[F_MIYAMOTO, "厚木センター長 本間 <homma@towa-logi.example.jp>", "スタッフネクスト 営業推進 <eigyo@staffnext.example.jp>"],
 subject="RE: RE: 12月 増員計画（派遣スタッフ）",
 text="""大川様、石田様

ご提案ありがとうございます。センター長の本間とも確認し、以下で確定とさせてください。

| 期間 | 日勤 | 夜勤 |
| 12/2〜12/15 | +15名 | +6名 |
| 12/16〜12/28 | +22名 | +10名 |

初日の安全教育は当社で実施します（各回 9:00〜10:30）。
フォークリフト免許保有者は別枠で5名お願いします。

""" + ONODERA + """

> 小野寺様
> 12月の増員について、ご要望の人数は確保できる見込みです。
> 夜勤の後半は10名が上限となります。
> ――――
> スタッフネクスト株式会社 厚木営業所 大川 修
> TEL 046-555-7700
"""),

dict(key="d_health_schedule", expect="pass", kind="benign.health_schedule",
 why="Periodic health-check schedule for part-timers with no names or results.",
 frm=F_MIYAMOTO, to=["湘南メディカル健診 巡回健診課 <junkai@shonan-medical.example.jp>"],
 subject="巡回健診（厚木センター）の日程と人数",
 text="""湘南メディカル健診 巡回健診課 御中

お世話になっております。東和ロジスティクス厚木センターの宮本です。
今年度の定期健康診断（パートタイマー対象）について、日程と人数をお知らせします。

日程：12月9日（月）・10日（火） 8:30〜11:30
会場：管理棟1F 食堂（検診車は駐車場Cに駐車可能）
受診予定：日勤 164名、夜勤 58名（夜勤者は10日朝の勤務明けに受診）
オプション：深夜業従事者の年2回健診分を含む

受診者リストは別途、御社の専用アップロードサイトから登録します。

""" + MIYAMOTO),
]
