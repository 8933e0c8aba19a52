"""Org B: 社会保険労務士法人 みなと労務パートナーズ (minato-roumu.example.jp)."""
from common import *

ORG = "B"
DOM = "minato-roumu.example.jp"

KISHIMOTO = Writer("B-kishimoto", "岸本 由紀子", f"kishimoto@{DOM}", """
━━━━━━━━━━━━━━━━━━━━━━━━━━
社会保険労務士法人 みなと労務パートナーズ
代表社員／特定社会保険労務士　岸本 由紀子
〒108-0023 東京都港区芝浦3-9-14 芝浦ベイサイドビル6F
TEL 03-5400-7721　FAX 03-5400-7722
https://www.minato-roumu.example.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━
本メールは宛先の方のみに送信することを目的としております。
誤って受信された場合は、お手数ですが破棄のうえご一報ください。
""")

HASEBE = Writer("B-hasebe", "長谷部 圭", f"hasebe@{DOM}", """
--------------------------------------------------
社会保険労務士法人 みなと労務パートナーズ
手続・給与計算グループ　社会保険労務士
長谷部 圭（Hasebe Kei）
TEL：03-5400-7725（直通）
Email：hasebe@minato-roumu.example.jp
--------------------------------------------------
""")

MORITA = Writer("B-morita", "森田 さやか", f"morita@{DOM}", """
――――――
みなと労務パートナーズ
事務担当　森田 さやか
03-5400-7721（代表）／平日9:30〜17:30
――――――
""")

KAWAI = A("河合 美沙", "m-kawai@aoba-seiki.example.co.jp")
OMORI = A("大森 修", "o-omori@aoba-seiki.example.co.jp")
AOBA_KYUYO = A("青葉精機 給与担当 坂東", "kyuyo@aoba-seiki.example.co.jp")
KINOSHITA = A("木下 啓太", "kinoshita.k@kaede-foods.example.co.jp")
KAEDE_KEIRI = A("かえでフーズ 経理部", "keiri@kaede-foods.example.co.jp")
HIRANO = A("平野 千尋", "hirano@mirait-sekkei.example.co.jp")
HW_TEKIYO = A("ハローワーク品川 雇用保険適用課", "tekiyo@hw-shinagawa.example.go.jp")
HW_JOSEI = A("ハローワーク品川 事業所サービス部門（助成金）", "josei@hw-shinagawa.example.go.jp")


def m(*a, **k):
    return mail(ORG, *a, **k)


MAILS = []

MN1 = mynumber("48215930617")
MN_D = [mynumber("50318642279"), mynumber("50318642280"), mynumber("61920475536"),
        mynumber("71046293358"), mynumber("71046293364"), mynumber("83375102947")]

# ---------------------------------------------------------------- HOLDS
MAILS.append(m(MORITA, "body", "hold", "id.mynumber_pension",
    "A new hire's My Number and basic pension number are written into the body to the client.",
    [KAWAI], "【ご確認】11月入社 桑原様の資格取得届の記載内容",
    f"""株式会社青葉精機
総務部 人事課 河合様

いつもお世話になっております。
みなと労務パートナーズの森田でございます。

11月18日入社の方の健康保険・厚生年金保険 被保険者資格取得届を作成いたしました。
提出前に、念のため下記の内容をご確認いただけますでしょうか。

　氏名：桑原 翔太（クワハラ ショウタ）
　生年月日：平成10年4月3日
　個人番号：{MN1}
　基礎年金番号：4107-338925
　資格取得年月日：令和6年11月18日
　報酬月額：285,000円（通勤手当 12,400円含む）
　被扶養者：なし

個人番号はご本人記入の「個人番号届出書」から転記しております。
相違がなければ、明日中に電子申請いたします。

お手数をおかけしますが、どうぞよろしくお願いいたします。""",
    personal=[("name", "桑原 翔太"), ("mynumber", MN1), ("pension_number", "4107-338925"),
              ("birthdate", "平成10年4月3日")]))

MAILS.append(m(KISHIMOTO, "body", "hold", "sensitive.sickness_benefit",
    "An employee's diagnosis (adjustment disorder), treatment dates and doctor's remarks are sent to the client company.",
    [KINOSHITA], "傷病手当金（第2回）申請にあたってのご確認",
    """かえでフーズ株式会社
管理部 木下様

いつもお世話になっております。岸本でございます。

製造二課の 三浦 拓也 様の傷病手当金につき、第2回（10月分）の申請準備を進めております。
担当医記入欄が返ってまいりましたので、内容を共有いたします。

　傷病名：適応障害（初診日 令和6年8月21日）
　医療機関：品川こころのクリニック
　療養期間：令和6年10月1日〜10月31日（通院 4回）
　医師意見：「抑うつ気分と不眠が継続。職場の配置転換を含めた環境調整ができるまで就労不可」

事業主記入欄（出勤状況・給与支払状況）は、10月は全日欠勤・無給と伺っておりますので、
その前提で記入いたします。相違があればお知らせください。

なお、医師意見に「配置転換」とありますので、復職時期が見えてきた段階で
産業医面談の設定をご検討いただくのがよいかと存じます。
その際の進め方は改めてご相談させてください。""",
    personal=[("name", "三浦 拓也"), ("diagnosis", "適応障害"),
              ("health", "抑うつ気分と不眠が継続")]))

MAILS.append(m(HASEBE, "body", "hold", "sensitive.work_injury",
    "A named employee's fracture and accident details, with birth date, go to the client and its outside insurer.",
    [KAWAI], cc=[A("常盤損害保険 労災担当 片桐", "katagiri@tokiwa-sonpo.example.co.jp")],
    subject="労災（休業）のご報告と上乗せ補償の請求準備について",
    body="""青葉精機 河合様
常盤損害保険 片桐様（CC）

お世話になっております。みなと労務パートナーズの長谷部です。

先週発生した業務災害について、様式第8号（休業補償給付）の準備状況をご報告します。
上乗せ労災の請求にも同じ情報が必要とのことで、片桐様にもCCしております。

　被災者：第二工場 加工課　島田 啓介 様（昭和61年7月14日生）
　発生日時：令和6年11月12日 14時20分頃
　発生状況：NC旋盤の切粉除去作業中、停止確認前に手を入れたため、
　　　　　　左手示指を挟まれたもの
　傷病名：左示指末節骨骨折、左示指挫創（6針縫合）
　医療機関：大田中央病院 整形外科
　休業見込：約4週間（医師の見立て）

労働者死傷病報告は、昨日所轄の労働基準監督署に提出済みです。
再発防止策の記載欄については、工場長様のご意見をいただいてから仕上げます。""",
    personal=[("name", "島田 啓介"), ("birthdate", "昭和61年7月14日"),
              ("diagnosis", "左示指末節骨骨折、左示指挫創（6針縫合）")]))

MAILS.append(m(MORITA, "attachment", "hold", "list.santei",
    "The attached check sheet lists employees' names, birth dates and monthly pay for the 算定基礎届.",
    [HIRANO], "算定基礎届 確認用リストの送付",
    """株式会社ミライト設計
総務 平野様

いつもお世話になっております。森田です。
今年度の算定基礎届について、確認用のリストを添付いたします。

4〜6月の支払基礎日数が17日未満の月がある方には、備考欄に印をつけております。
お手すきの際にご確認いただけますと幸いです。""",
    attachments=[att("算定基礎届_確認リスト_ミライト設計.xlsx", XLSX, """[算定基礎]
整理番号	氏名	生年月日	4月報酬	5月報酬	6月報酬	平均	従前標準	新標準	備考
3	平野 千尋	1983/09/12	352,000	352,000	358,400	354,133	360,000	360,000
7	谷口 遥	1990/01/25	298,500	301,200	297,800	299,166	300,000	300,000
11	大野 達郎	1975/06/03	512,000	540,300	498,000	516,766	500,000	500,000
15	古川 美樹	1996/11/30	223,000	118,500	224,100	223,550	220,000	220,000	5月 基礎日数12日
19	吉岡 剛	1988/04/18	405,600	405,600	421,000	410,733	410,000	410,000
"""), ],
    personal=[("name", "谷口 遥"), ("birthdate", "1990/01/25"), ("name", "大野 達郎"),
              ("salary", "512,000	540,300	498,000")]))

MAILS.append(m(HASEBE, "attachment", "hold", "id.employment_insurance",
    "The attached separation notice carries an employee's employment-insurance number and birth date.",
    [HW_TEKIYO], "離職証明書の補正分送付（株式会社ミライト設計）",
    """ハローワーク品川
雇用保険適用課 ご担当者様

お世話になっております。
社会保険労務士法人みなと労務パートナーズの長谷部でございます。

先日お電話でご指摘いただいた、株式会社ミライト設計の離職証明書につき、
賃金支払基礎日数の欄を補正したものを添付いたします。
原本は本日郵送いたしました。

ご確認のほど、よろしくお願い申し上げます。""",
    attachments=[att("離職証明書_補正_ミライト設計.pdf", PDF, """雇用保険被保険者離職証明書（補正）
事業所番号 1305-612874-3　　事業所名 株式会社ミライト設計
被保険者番号 5012-345678-9
離職者氏名 北野 瑞樹　　生年月日 平成4年2月7日
離職者の住所 東京都品川区戸越5-12-3 戸越ハイム402
離職年月日 令和6年10月31日
離職理由 4(2) 労働者の個人的な事情による離職（一身上の都合、転職希望等）
⑧被保険者期間算定対象期間 ⑨基礎日数 令和6年10月 21日 ／ 9月 20日 ／ 8月 21日 ……
"""), ],
    personal=[("name", "北野 瑞樹"), ("employment_insurance", "5012-345678-9"),
              ("birthdate", "平成4年2月7日"), ("address", "東京都品川区戸越5-12-3 戸越ハイム402")]))

MAILS.append(m(HASEBE, "quoted", "hold", "sensitive.quoted_disability",
    "The forwarded client mail names an employee with schizophrenia and a mental-disability certificate, sent to Hello Work.",
    [HW_JOSEI], "Fw: 障害者雇用の助成金について（かえでフーズ株式会社）",
    """ハローワーク品川 事業所サービス部門
助成金ご担当者様

お世話になっております。みなと労務パートナーズの長谷部です。
顧問先のかえでフーズ株式会社から、下記のとおり相談がありました。
特定求職者雇用開発助成金（発達障害者・難治性疾患患者雇用開発コースではなく、
特定就職困難者コース）の対象になるか、ご教示いただけますでしょうか。

紹介経路がハローワーク経由ではなく、地域の就労支援事業所経由である点が
要件上問題ないかが一番の論点かと考えております。""",
    quoted="""-----Original Message-----
From: 木下 啓太 <kinoshita.k@kaede-foods.example.co.jp>
Sent: Tuesday, November 19, 2024 5:48 PM
To: 長谷部 圭 <hasebe@minato-roumu.example.jp>
Subject: 障害者雇用の助成金について

長谷部先生

お世話になっております。かえでフーズの木下です。
12月1日付で、包装ラインに1名採用予定です。

　氏名：高村 直樹さん（34歳）
　精神障害者保健福祉手帳 2級（統合失調症、現在は服薬で安定とのこと）
　週20時間からスタートし、半年後に30時間へ延ばす予定
　紹介元：就労移行支援事業所「ひだまりワークス大井町」

助成金が使えるなら申請したいので、必要書類を教えてください。
よろしくお願いします。

木下
""",
    personal=[("name", "高村 直樹"), ("disability", "精神障害者保健福祉手帳 2級（統合失調症")]))

MAILS.append(m(MORITA, "subject", "hold", "id.subject_bank_account",
    "The subject line carries a named employee's personal Japan Post Bank account.",
    [AOBA_KYUYO], "【給与振込口座変更】佐久間 和也様 ゆうちょ銀行 〇一八店 普通 2345678",
    """青葉精機 給与ご担当 坂東様

お世話になっております。森田です。
標記のとおり、12月支給分より振込口座が変更となります。
給与ソフトのマスタは当方で更新済みですので、
FBデータ作成時にご確認のみお願いいたします。""",
    personal=[("name", "佐久間 和也"), ("bank_account", "ゆうちょ銀行 〇一八店 普通 2345678")]))

MAILS.append(m(MORITA, "zip", "hold", "id.zip_dependents",
    "The zip contains dependants' names, birth dates and My Numbers from year-end adjustment forms.",
    [KINOSHITA], "年末調整 扶養控除等申告書（回収分）の取りまとめデータ",
    """木下様

お世話になっております。森田です。
年末調整の扶養控除等申告書のうち、11月22日までに回収できた分を
一覧にまとめて圧縮いたしました。
未回収の方は、別途リストでお送りいたします。""",
    attachments=[{"filename": "年末調整_扶養控除_回収分.zip", "contentType": ZIP,
                  "text": f"""扶養控除等申告書_回収分.csv
社員番号,従業員氏名,扶養親族氏名,続柄,生年月日,個人番号,同居区分,所得見積
K0112,今井 聡,今井 恵美,配偶者,1986/05/21,{MN_D[0]},同居,0
K0112,今井 聡,今井 陽向,長男,2016/09/03,{MN_D[1]},同居,0
K0140,岡田 裕子,岡田 ミツ,母,1948/12/11,{MN_D[2]},別居,780000
K0175,三宅 剛,三宅 沙織,配偶者,1991/02/14,{MN_D[3]},同居,0
K0175,三宅 剛,三宅 蒼空,長女,2020/07/29,{MN_D[4]},同居,0
K0203,堀 孝之,堀 文子,配偶者,1969/08/08,{MN_D[5]},同居,1030000
"""}],
    personal=[("name", "今井 恵美"), ("mynumber", MN_D[0]), ("name", "岡田 ミツ"), ("mynumber", MN_D[2]),
              ("birthdate", "1948/12/11"), ("mynumber", MN_D[5])]))

MAILS.append(m(HASEBE, "zip", "hold", "attachment.encrypted_zip",
    "Payslips are sent as a password-protected zip (PPAP), which the gateway cannot inspect.",
    [HIRANO], "11月分 給与明細データの送付",
    """平野様

お世話になっております。長谷部です。
11月分の給与明細データ（PDF 23名分）を送付いたします。
パスワードは別メールにてお送りいたします。

支給日は11月25日（月）です。FBデータは昨日お送りしたとおりです。""",
    attachments=[enczip("給与明細_202411_ミライト設計.zip")]))

hr = [
    KAWAI, KINOSHITA, HIRANO,
    A("石井 智子", "ishii@harbor-kenzai.example.co.jp"),
    A("上田 浩二", "k-ueda@shibaura-denshi.example.co.jp"),
    A("遠藤 麻衣", "endo.mai@takanawa-hotel.example.jp"),
    A("小川 亮", "r-ogawa@minato-print.example.co.jp"),
    A("加藤 里美", "kato-satomi@seaside-clinic.example.jp"),
    A("菊池 雄太", "kikuchi@tamachi-soft.example.co.jp"),
    A("工藤 京子", "kudo@konan-unyu.example.co.jp"),
    A("近藤 勇気", "kondo.y@mita-shoji.example.co.jp"),
    A("柴田 陽子", "shibata@oimachi-care.example.or.jp"),
    A("須田 健", "suda@tennoz-logi.example.co.jp"),
]
MAILS.append(m(KISHIMOTO, "recipients", "hold", "recipients.seminar_invite",
    "A seminar invitation lists thirteen HR contacts from different client companies openly in To.",
    hr, "【ご案内】2025年4月施行 育児・介護休業法改正セミナー（顧問先様限定）",
    """顧問先 人事・労務ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
社会保険労務士法人みなと労務パートナーズの岸本でございます。

2025年4月および10月に段階施行される改正育児・介護休業法について、
顧問先様限定のセミナーを開催いたします。

　日時：2025年1月22日（水）14:00〜16:00
　会場：芝浦ベイサイドビル 6F セミナールーム（オンライン併用）
　内容：
　　1. 子の看護休暇の見直し（対象年齢の引上げ、取得事由の追加）
　　2. 残業免除の対象拡大
　　3. 介護離職防止のための個別周知・意向確認の義務化
　　4. 就業規則・労使協定の改定ポイント（ひな形配布）
　参加費：無料（顧問契約の範囲内）

ご参加の方は、1月15日（水）までに本メールへのご返信でお知らせください。
皆様のご参加を心よりお待ちしております。"""))

# ---------------------------------------------------------------- PASSES
MAILS.append(m(KISHIMOTO, "body", "pass", "benign.disability_rate_aggregate",
    "Disability-employment rate and health-check figures are aggregates for the company, naming no employee.",
    [KAWAI], cc=[OMORI], subject="障害者雇用状況報告（6.1報告）の結果と来年度に向けて",
    body="""青葉精機 河合様
（CC：総務部長 大森様）

いつもお世話になっております。岸本です。
先日提出した障害者雇用状況報告の集計結果と、来年度に向けた論点をまとめました。

■6.1報告（令和6年6月1日時点）
　常用労働者数：312名（短時間労働者は0.5カウント）
　法定雇用障害者数：7名（法定雇用率2.5%）
　実雇用障害者数：6.5カウント
　→ 0.5カウント不足。令和8年7月の法定雇用率2.7%引上げ後は、不足が1.5カウントに拡大する見込みです。

■健康経営優良法人の申請に関する数値（ご参考）
　定期健康診断 受診率：98.7%
　ストレスチェック 受検率：91.2%（高ストレス者の割合は前年比 -1.4pt）
　特定保健指導 実施率：42.0%

■ご提案
　1. 特例子会社ではなく、まずは社内での業務切り出し（検品補助、書類電子化）の検討
　2. 地域の就労支援機関との連携（見学会の受入れ）
　3. 納付金の発生ライン（常用100名超）にあることの社内共有

12月の定例会で詳しくご説明いたします。"""))

HOUJIN_MIRAIT = houjin("010401234567")
MAILS.append(m(HASEBE, "body", "pass", "benign.corporate_numbers",
    "Labour-insurance and corporate numbers belong to the company, not to a person.",
    [HIRANO], "労働保険 年度更新に関する番号類のご確認",
    f"""平野様

お世話になっております。長谷部です。
来年度の年度更新と、労災の特別加入の手続きに向けて、
貴社の番号類を当方の台帳と突き合わせました。以下で相違ないかご確認ください。

　法人番号：{HOUJIN_MIRAIT}
　労働保険番号：13-1-09-612874-000
　雇用保険 適用事業所番号：1305-612874-3
　健康保険・厚生年金 事業所整理記号：21-ミライ　事業所番号 41235

なお、法人番号の末尾の数字が、以前お預かりした登記簿の写しと一致していることは確認済みです。
本社移転の予定があると伺っておりますので、移転日が決まり次第、
所在地変更届（労働保険・雇用保険・社会保険の3つ）をまとめて準備いたします。"""))

MAILS.append(m(MORITA, "attachment", "pass", "benign.corporate_invoice",
    "An advisory-fee invoice whose attachment carries only the firm's corporate bank account and registration number.",
    [KAEDE_KEIRI], "顧問報酬（12月分）ご請求のご案内",
    """かえでフーズ株式会社
経理部 ご担当者様

いつもお世話になっております。
社会保険労務士法人みなと労務パートナーズの森田でございます。

12月分の顧問報酬（顧問報酬・給与計算・年末調整事務手数料）につきまして、
請求書を添付にてお送りいたします。原本は本日郵送いたしました。
お支払期限は2024年12月27日（金）です。

ご不明点がございましたら、お気軽にお問い合わせください。""",
    attachments=[att("請求書_MR-2412-031.pdf", PDF, """請求書
かえでフーズ株式会社 御中　　請求書番号 MR-2412-031　発行日 2024年12月2日
社会保険労務士法人みなと労務パートナーズ　登録番号 T9010401234567
顧問報酬（従業員50名以上100名未満）　55,000円
給与計算（78名）　93,600円
年末調整事務手数料　62,400円
ご請求金額 211,000円（うち消費税 19,181円）
お支払期限 2024年12月27日
お振込先 みなと信用金庫 芝浦支店 普通 0123456 シヤロウシホウジン ミナトロウムパートナーズ
""")]))

MAILS.append(m(KISHIMOTO, "body", "pass", "benign.minutes",
    "Meeting minutes name partner staff and cover overtime agreements, with no employee's personal data.",
    [KAWAI, OMORI], cc=[HASEBE.addr], subject="Re: 労務監査 打合せ議事録（11/20）",
    body="""河合様、大森様

お世話になっております。岸本です。
河合様、修正版の共有ありがとうございます。1点だけ追記いたしました（【追記】箇所）。
これで確定版とさせていただきます。

――――――――――――――――――
労務監査 打合せ議事録（確定版）
日時：2024年11月20日（水）15:00〜16:30
場所：青葉精機 本社 3F 会議室B
出席：青葉精機 大森部長、河合様、製造部 西田課長
　　　みなと労務パートナーズ 岸本、長谷部

1. 36協定
　・特別条項の発動回数：製造部で年6回上限に対し、10月時点で5回
　・【追記】11月以降は西田課長が発動前に総務へ事前相談する運用とする
2. 固定残業代
　・就業規則上の時間数（月20時間）と雇用契約書の記載（月25時間）に齟齬
　　→ 雇用契約書のひな形を修正（担当：長谷部、12月10日まで）
3. 有給休暇の時季指定
　・年5日未取得の見込み者：現時点で4名（個人名は別途総務内で管理）
4. 次回
　・2025年1月15日（水）15:00〜 同会議室
――――――――――――――――――

引き続きよろしくお願いいたします。""",
    quoted="""> 岸本先生
>
> お世話になっております。青葉精機の河合です。
> 議事録ありがとうございました。2.の期限を12月10日に修正しました。
> ご確認をお願いいたします。
>
> ──────────────
> 株式会社青葉精機 総務部 人事課
> 河合 美沙
> 〒143-0006 東京都大田区平和島4-2-18
> TEL 03-3766-2101（代表） 内線 214
> ──────────────"""))

MAILS.append(m(HASEBE, "body", "pass", "benign.own_insurance",
    "A former employee is told her own continuation-insurance premium; the mail goes to the data subject only.",
    [A("谷口 遥", "haruka.taniguchi.0125@gmail.com")], "Re: 任意継続被保険者の保険料について",
    """谷口 遥 様

お問い合わせありがとうございます。
ミライト設計様の手続きを担当しております、みなと労務パートナーズの長谷部です。
ミライト設計の平野様より、ご本人への直接回答のご了承をいただいております。

任意継続被保険者となった場合の保険料は、以下のとおりです。

　退職時の標準報酬月額：300,000円
　任意継続の保険料算定の上限：300,000円（令和6年度・協会けんぽ）
　→ 適用される標準報酬月額：300,000円
　月額保険料（東京支部、介護保険第2号非該当）：29,940円

申出期限は資格喪失日（12月1日）から20日以内です。
国民健康保険との比較は、お住まいの区役所で保険料試算をしていただくのが確実です。

ご不明な点がございましたら、お気軽にご返信ください。""",
    quoted="""> みなと労務パートナーズ 長谷部様
> 11月末で退職予定の谷口です。任意継続にした場合の保険料を教えていただけますか。
> よろしくお願いします。"""))

MAILS.append(m(MORITA, "body", "pass", "benign.egov_outage",
    "'障害' means an e-Gov system outage delaying filings; arrival numbers are not personal IDs.",
    [KAWAI], "e-Gov電子申請の障害による提出遅延のお知らせ",
    """河合様

お世話になっております。森田です。

本日10時頃から e-Gov 電子申請システムで障害が発生しており、
社会保険関係の申請が送信エラーとなっております。
（デジタル庁の障害情報ページでも「一部手続で到達遅延」と案内されています）

貴社の下記2件は、復旧後すぐに再送いたします。
　・資格取得届（11月入社分）
　・算定基礎届の訂正届

なお、先週送信済みの月額変更届は正常に到達しており、
到達番号 202411150912345678 で受付されています。
期限には影響がない見込みですが、状況が変わりましたらご連絡いたします。"""))

MAILS.append(m(KISHIMOTO, "body", "pass", "benign.employment_verification",
    "A consented employment verification giving only hire date, title and current status to a mortgage bank.",
    [A("ひかり銀行 住宅ローンセンター 審査課", "shinsa@hikari-bank.example.co.jp")], "在籍確認のご回答（株式会社青葉精機）",
    """ひかり銀行 住宅ローンセンター
審査課 ご担当者様

お世話になっております。
株式会社青葉精機の労務顧問を務めております、社会保険労務士法人みなと労務パートナーズの岸本でございます。

11月21日付でご依頼のありました在籍確認につきまして、
ご本人の同意書（写し）および青葉精機様の委任を受け、下記のとおりご回答申し上げます。

　氏名：大野 達郎 様
　在籍状況：在籍中
　入社年月日：2003年4月1日
　役職：製造部 部長代理

上記以外の事項（給与額等）につきましては、源泉徴収票等の書類にてご確認くださいますようお願いいたします。"""))

MAILS.append(m(HASEBE, "body", "pass", "benign.religious_corp_client",
    "A 宗教法人 appears as a client asking about social-insurance coverage; no individual's data.",
    [A("宗教法人慈光寺 寺務長 木村", "jimu@jikoji.example.or.jp")], "社会保険の新規適用についてのご説明（慈光寺様）",
    """宗教法人 慈光寺
寺務長 木村様

先日はお時間をいただきありがとうございました。長谷部です。
ご質問のあった点について、整理してお送りします。

1. 宗教法人は社会保険の適用事業所になるか
　宗教法人も「法人の事業所」に当たるため、常時従業員を使用していれば
　人数にかかわらず健康保険・厚生年金保険の強制適用事業所となります。

2. ご住職への報酬は「報酬」に当たるか
　法人から労務の対償として定期的に支払われるものであれば報酬に当たり、
　ご住職も被保険者となります。お布施等で個人に直接入るものは含みません。

3. 今後のスケジュール（案）
　12月：新規適用届・資格取得届の準備（対象は寺務職員2名とご住職の計3名）
　1月：年金事務所の事業所調査への同席
　2月：初回保険料の納付

必要書類の一覧は、来週の訪問時にお持ちいたします。"""))

MAILS.append(m(MORITA, "zip", "pass", "benign.plain_zip_rules",
    "A plain zip of draft work rules; words like 休職 and 傷病 are generic rule text, not about a person.",
    [HIRANO], "就業規則 改定案一式の送付",
    """平野様

お世話になっております。森田です。
岸本より依頼のありました就業規則の改定案一式を、ZIPでお送りいたします（パスワードなし）。
新旧対照表もあわせて入っております。""",
    attachments=[
        att("就業規則改定案_ミライト設計.zip/休職規程_改定案.docx", DOCX, """休職規程（改定案）
第3条（休職事由）従業員が次の各号のいずれかに該当するときは、休職を命ずることがある。
一 業務外の傷病により欠勤が引き続き1か月を超えたとき
二 精神又は身体の障害により、通常の労務提供ができないと会社が認めたとき
第5条（復職）休職期間満了前に復職を希望する者は、主治医の診断書を提出しなければならない。
会社は必要に応じ、産業医の意見を聴いたうえで復職の可否を判断する。
"""),
        att("就業規則改定案_ミライト設計.zip/新旧対照表.xlsx", XLSX, """[対照表]
条項	現行	改定案	理由
第3条	欠勤3か月	欠勤1か月	メンタル不調の早期対応
第7条	（新設）	リハビリ出勤制度	復職支援
"""),
    ]))

MAILS.append(m(HASEBE, "body", "pass", "benign.project_cc6",
    "A payroll-system kickoff mail with six visible addresses from two outside companies.",
    [KAWAI, OMORI, AOBA_KYUYO], cc=[A("高田 誠一", "takada@kyuyo-cloud.example.com"),
                                    A("松尾 綾", "matsuo@kyuyo-cloud.example.com"),
                                    A("クラウド給与 導入サポート", "onboarding@kyuyo-cloud.example.com")],
    subject="給与システム切替 キックオフのご案内（青葉精機様）",
    body="""青葉精機 大森様、河合様、坂東様
株式会社キュウヨクラウド 高田様、松尾様、導入サポートご担当者様

お世話になっております。みなと労務パートナーズの長谷部です。
2025年4月支給分からの給与システム切替に向けて、キックオフ会議を下記のとおり開催いたします。

　日時：12月11日（水）10:00〜11:30
　場所：青葉精機 本社 3F 会議室B／Teams併用
　議題：
　　1. 移行スケジュール（並行稼働は2月・3月の2回）
　　2. マスタ移行の範囲（従業員マスタは青葉精機様からCSVで直接ご提供）
　　3. 勤怠システムとの連携方式
　　4. 役割分担と連絡体制

従業員の個人情報を含むデータのやり取りは、メールではなく
キュウヨクラウド様の移行用ポータルで行う前提で進めたいと考えております。

ご都合が悪い場合はお知らせください。"""))
