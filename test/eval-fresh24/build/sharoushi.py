from common import *

MN_HIRAI = mynum("48217730152", " ")
MN_SUDO = mynum("73054218869", " ")

# ============================================================ HOLDS (社労士)

M("hold", "id.my_number",
  "Two new hires' My Numbers with names and birth dates sent to the client company by e-mail.",
  ONODERA, ["丸高精工 総務部 関様 <seki@marutaka-seiko.co.jp>"],
  "資格取得届の件（5/1入社 2名）マイナンバーのご確認",
  """株式会社丸高精工
総務部　関様

いつもお世話になっております。みなと労務パートナーズの小野寺です。
5/1入社のお二人の資格取得届（健康保険・厚生年金／雇用保険）を作成しております。

お預かりした「個人番号届出書」の数字が一部読み取りにくかったため、
下記で相違がないか、ご本人にご確認いただけますでしょうか。

　① 平井 拓海 様（平成12年3月8日生）　個人番号 """ + MN_HIRAI + """
　② 須藤 明日香 様（平成9年11月24日生）　個人番号 """ + MN_SUDO + """

特に②の方は、「7」と「1」の区別がつきにくく、念のための確認です。
ご確認が取れ次第、電子申請いたします（5日以内の届出期限に間に合わせたいので、
できれば明日中にご返信いただけますと助かります）。

""" + SIG_ONODERA_JA,
  personal=[("name", "平井 拓海"), ("birthdate", "平成12年3月8日"), ("mynumber", MN_HIRAI),
            ("name", "須藤 明日香"), ("birthdate", "平成9年11月24日"), ("mynumber", MN_SUDO)])

M("hold", "id.pension",
  "The cover note is bland; the attached sheet lists six care workers with birth dates, basic pension numbers and monthly pay.",
  ONODERA, ["ひかり介護サービス 事務長 上田様 <ueda@hikari-kaigo.jp>"],
  "算定基礎届 作成用データのご確認（7/4締切）",
  """有限会社ひかり介護サービス
事務長　上田様

お世話になっております。小野寺です。
今年の算定基礎届の作成用に、4～6月の報酬データを一覧にしました。
添付のファイルで、以下の点をご確認ください。

・処遇改善手当が5月だけ二重に入っていないか（Bさん・Dさんの欄）
・6月入社の方は今回の対象外で問題ないか

提出期限が 7/10 のため、7/4（金）までにご返信いただけると助かります。

""" + SIG_ONODERA_JA,
  att=[A("算定基礎_2025_ひかり介護.xlsx", """
算定基礎届　報酬月額一覧（2025年4月～6月）　有限会社ひかり介護サービス
No\t氏名\t生年月日\t基礎年金番号\t4月\t5月\t6月\t備考
1\t岡田 信子\t1968/05/14\t4520-318742\t248,600\t251,200\t249,800\t
2\t福田 優子\t1979/09/02\t1103-552891\t221,000\t263,000\t222,400\t5月処遇改善手当 二重?
3\t菅原 大輝\t1994/12/19\t6481-029374\t256,300\t258,100\t260,900\t
4\t堤 かおり\t1985/03/30\t3302-770156\t198,400\t239,900\t199,100\t5月処遇改善手当 二重?
5\t宮田 勝\t1959/07/07\t2015-664308\t180,000\t180,000\t180,000\t70歳到達予定
6\t安藤 里美\t1991/01/25\t5097-183620\t233,700\t236,500\t231,200\t
""")],
  personal=[("name", "岡田 信子"), ("pension", "4520-318742"), ("name", "福田 優子"), ("pension", "1103-552891"),
            ("name", "菅原 大輝"), ("pension", "6481-029374"), ("birthdate", "1994/12/19"), ("pay", "256,300")])

M("hold", "sensitive.medical",
  "Named employee's depression diagnosis and overtime hours in a workers' comp claim, sent to the client's president.",
  KASAI, ["丸山社長 <t.maruyama@marutaka-seiko.co.jp>"],
  "労災申請（精神障害）の今後の進め方について",
  """丸山社長

いつもお世話になっております。葛西です。
昨日ご相談いただいた件、整理してお送りします。

【対象者】製造部　森田 亮介さん（34歳）
【状況】
・主治医（かなざわメンタルクリニック）の診断書では「うつ病（F32.1 中等症）」、5/19から休職中
・発症前2か月の時間外労働は、タイムカード上 月平均108時間（3月 112h、4月 104h）
・ご本人・ご家族が労災申請（休業補償給付）を希望されている

【見通し】
精神障害の認定基準では、発症直前2か月間に1か月あたり概ね100時間以上の時間外労働があると
「強」と評価される可能性が高く、業務起因性が認められる見込みは相当程度あると考えます。

【会社として対応いただきたいこと】
1. 労基署に提出する「事業主証明」は、事実関係の確認のうえ記入をお願いします（拒否はできません）
2. 3～4月の業務日報・入退館記録を保全してください
3. 同部署の他の方の労働時間も確認し、早急に是正を

来週、工場でお打合せできればと思います。ご都合をお知らせください。

""" + SIG_KASAI_JA,
  personal=[("name", "森田 亮介"), ("health", "「うつ病（F32.1 中等症）」")])

M("hold", "id.bank_account",
  "An employee's new personal bank account for payroll sent to the payroll outsourcer.",
  ONODERA, ["ペイロールワークス 給与計算チーム <team-b@payrollworks.co.jp>"],
  "【ベイサイドフーズ様】給与振込口座変更　1名（6月支給分から）",
  """株式会社ペイロールワークス
給与計算チーム　ご担当者様

お世話になっております。みなと労務パートナーズの小野寺です。
顧問先 株式会社ベイサイドフーズ様の従業員について、給与振込口座の変更がありましたので
6月25日支給分から反映をお願いいたします。

　従業員番号：B-0217
　氏名：吉川 千尋 様（鶴見店）
　変更前：三菱UFJ銀行 鶴見支店 普通 0841172
　変更後：横浜銀行 鶴見支店（店番 351）普通 6028451
　口座名義：ヨシカワ チヒロ

本人記入の口座変更届は、顧問先で原本保管しております。
反映後、確認のご連絡をいただけますと幸いです。

""" + SIG_ONODERA_JA,
  personal=[("name", "吉川 千尋"), ("account", "普通 0841172"), ("account", "普通 6028451"), ("name", "ヨシカワ チヒロ")])

M("hold", "sensitive.crime",
  "Forwarded client thread (in the quoted part) names a former employee with his birth year, embezzlement and a police report.",
  KASAI, ["三枝総合法律事務所 三枝先生 <saegusa@saegusa-law.jp>"],
  "Fw: 元従業員の件（懲戒解雇・被害届）",
  """三枝先生

お世話になっております。葛西です。
先日少しお話しした、顧問先ベイサイドフーズ様の件、下記が会社からの経緯メールです。
解雇予告除外認定の申請は当方で進めますが、損害賠償請求（給与・退職金との相殺の可否を含め）は
先生にご相談したいとのことです。一度三者でお打合せできればと思います。

""" + SIG_KASAI_JA + """

-------- Forwarded Message --------
件名: 元従業員の件
日付: 2025年5月26日 18:42
差出人: 青柳 <aoyagi@baysidefoods.co.jp>
宛先: 葛西 正晴 <kasai@minato-sr.jp>

葛西先生

お世話になります。ベイサイドフーズ人事の青柳です。
電話でお伝えした件、時系列をまとめます。

・4月の棚卸しで鶴見店の売上金に約 380万円の不足が判明
・店長の 大沢 健一（昭和58年生、入社12年目）に確認したところ、
　昨年秋から売上金を着服していたことを認めました（本人署名の顛末書あり）
・5月12日に鶴見警察署へ被害届を提出し、現在捜査中です
・本人は5/13から出勤停止、懲戒解雇の方向で考えています

本人の自宅（横浜市鶴見区下末吉4-18-7）には内容証明を送る予定です。
どうぞよろしくお願いいたします。
""",
  personal=[("name", "大沢 健一"), ("crime", "売上金を着服していたことを認めました"), ("crime", "被害届を提出し、現在捜査中"),
            ("address", "横浜市鶴見区下末吉4-18-7")])

M("hold", "sensitive.disability",
  "Employees named with their disability certificate type and grade in a draft employment report sent to the client.",
  ONODERA, ["丸高精工 総務部 関様 <seki@marutaka-seiko.co.jp>"],
  "障害者雇用状況報告書（6/1現在）の下書き確認",
  """関様

いつもお世話になっております。小野寺です。
ハローワークに提出する障害者雇用状況報告書（ロクイチ報告）の下書きができましたので、
カウントの前提となる対象者の確認をお願いします。

　1. 村上 聡 様　　身体障害者手帳 2級（重度）　週30時間 → 2カウント
　2. 浅野 美咲 様　精神障害者保健福祉手帳 3級　週25時間 → 1カウント（特例）
　3. 石井 陽介 様　療育手帳 B2　週20時間 → 0.5カウント
　4. 中谷 保 様　　身体障害者手帳 4級　週40時間 → 1カウント

合計 4.5 人、法定雇用率 2.5% に対し常用労働者数 162 人で 4.05 人が必要なため、達成となります。
なお、4. 中谷様は手帳の再認定時期が7月とのことですので、更新後の写しを保管しておいてください。

""" + SIG_ONODERA_JA,
  personal=[("name", "村上 聡"), ("disability", "身体障害者手帳 2級（重度）"), ("name", "浅野 美咲"),
            ("disability", "精神障害者保健福祉手帳 3級"), ("name", "石井 陽介"), ("disability", "療育手帳 B2"),
            ("name", "中谷 保")])

M("hold", "attachment.encrypted_zip",
  "Password-protected zip (PPAP) sent to a client; body says it contains employment-insurance cards.",
  ONODERA, ["ひかり介護サービス 事務長 上田様 <ueda@hikari-kaigo.jp>"],
  "雇用保険被保険者証（3名分）の送付",
  """上田様

お世話になっております。小野寺です。
先日手続きした3名分の雇用保険被保険者証と資格取得確認通知書を、
パスワード付きZIPでお送りします。パスワードは別メールでお送りします。

原本はご本人にお渡しいただき、写しは会社で保管してください。

""" + SIG_ONODERA_JA,
  att=[A("雇用保険被保険者証_3名.zip", encrypted=True)])

M("hold", "id.employment_insurance",
  "Named employees' employment-insurance numbers, leave reasons and one medical diagnosis sent to the client's regional HR in Singapore.",
  KASAI_EN, ["Rachel Tan <rachel.tan@kestrel-analytics.com>"],
  "Japan entity – leave status and EI numbers for Q2 filing",
  """Dear Rachel,

As requested for your Q2 APAC headcount report, here is the status of the Kestrel Analytics Japan K.K. employees currently on leave, with their Employment Insurance numbers which you will need for the benefit reconciliation.

Name             Leave type                  From         Expected return   EI no.
Haruka Ishida    Maternity -> childcare      10 Apr 2025  Apr 2026          5012-284731-6
Kenta Moriya     Sick leave (lumbar disc     22 May 2025  Aug 2025          5012-390184-2
                 herniation, surgery 3 Jun)
Sho Tanabe       Childcare leave (father)    1 Jun 2025   30 Nov 2025       5012-402217-9

For Ms. Ishida and Mr. Tanabe, childcare leave benefits (育児休業給付) are paid by Hello Work directly to the employees; the company only files the bi-monthly applications, which we handle.
For Mr. Moriya, the sickness allowance (傷病手当金) is paid by the health insurance society; we will file the first application at the end of June.

Best regards,

""" + SIG_KASAI_EN,
  personal=[("name", "Haruka Ishida"), ("insurance", "5012-284731-6"), ("name", "Kenta Moriya"),
            ("health", "lumbar disc"), ("insurance", "5012-390184-2"), ("name", "Sho Tanabe"), ("insurance", "5012-402217-9")],
  lang="en")

M("hold", "sensitive.social",
  "Named part-time worker's receipt of public assistance (生活保護) discussed with her employer.",
  ONODERA, ["ひかり介護サービス 事務長 上田様 <ueda@hikari-kaigo.jp>"],
  "Re: パート職員の収入申告書類について",
  """上田様

ご相談ありがとうございます。小野寺です。

橋本 直美 さんが生活保護を受給中で、福祉事務所へ毎月の収入申告が必要とのことですね。
会社として対応いただくのは、以下の2点で足ります。

1. 毎月の給与明細の写し（ご本人に渡している明細のコピーで可）
2. 福祉事務所から様式が送られてきた場合の「就労（収入）証明書」への記入・押印

ご本人の同意のうえでの対応ですので、個人情報保護の点でも問題はありません。
ただし、社内では上田様と給与担当の方のみで情報を管理し、他の職員には知られないよう
ご配慮をお願いします。

なお、扶養控除等申告書の記載は通常どおりで構いません。

""" + SIG_ONODERA_JA + """

> 小野寺さん
> パートの橋本さんから、生活保護の関係で毎月の給料の証明がいると言われました。
> 会社で何を出せばいいでしょうか。
> ひかり介護サービス　上田
""",
  personal=[("name", "橋本 直美"), ("social", "生活保護を受給中")])

M("hold", "id.pay",
  "An employee's payslip and withholding slip (address, pay, deductions) sent to a bank loan officer.",
  ONODERA, ["湘南信用金庫 ローンセンター 平野様 <hirano.loan@shonan-shinkin.jp>"],
  "田島様 住宅ローン審査用 収入証明書類のご送付",
  """湘南信用金庫 ローンセンター
平野様

はじめてご連絡いたします。社会保険労務士法人みなと労務パートナーズの小野寺と申します。
弊所顧問先である株式会社ベイサイドフーズ様の従業員、田島 浩二 様より、
住宅ローン審査のため収入証明書類を貴庫へ直接送付してほしいとのご依頼を受けましたので、
下記をお送りいたします。

・2024年分 源泉徴収票（写し）
・直近3か月分の給与明細（2025年3月～5月）

不足書類がございましたらご連絡ください。

""" + SIG_ONODERA_JA,
  att=[A("田島様_収入証明書類.pdf", """
令和6年分 給与所得の源泉徴収票
支払を受ける者　住所：神奈川県横浜市港北区大倉山3-41-9 グランメール大倉山205
氏名：田島 浩二（タジマ コウジ）　生年月日：昭和63年6月2日
支払金額 5,184,000　給与所得控除後の金額 3,681,600　源泉徴収税額 118,300
社会保険料等の金額 764,211　控除対象配偶者 有　扶養親族 1人
支払者：株式会社ベイサイドフーズ　横浜市鶴見区生麦1-2-3

給与明細　2025年5月分　社員番号 B-0088　田島 浩二
基本給 318,000　役職手当 30,000　時間外手当 41,250　通勤手当 12,400
健康保険 19,470　厚生年金 35,685　雇用保険 2,406　所得税 10,110　住民税 21,300
差引支給額 312,679
""")],
  personal=[("name", "田島 浩二"), ("address", "神奈川県横浜市港北区大倉山3-41-9 グランメール大倉山205"),
            ("birthdate", "昭和63年6月2日"), ("pay", "支払金額 5,184,000"), ("pay", "差引支給額 312,679")])

# ============================================================ PASSES (社労士)

_clients = ["seki@marutaka-seiko.co.jp", "ueda@hikari-kaigo.jp", "aoyagi@baysidefoods.co.jp", "soumu@yamate-kensetsu.co.jp",
            "info@kohoku-dental.jp", "jinji@minatomirai-hotel.co.jp", "keiri@isezaki-shoten.co.jp", "kanri@aoba-unyu.co.jp",
            "office@shinyoko-clinic.jp", "hr@kestrel-analytics.com", "soumu@tsurumi-kogyo.co.jp", "m.kato@kato-seimen.jp",
            "somu@honmoku-logi.co.jp", "jimu@kanagawa-hoikuen.or.jp", "info@negishi-koumuten.co.jp", "t.ishikawa@ishikawa-denki.jp",
            "jinji@kannai-sc.co.jp", "soumu@hodogaya-precision.co.jp", "office@totsuka-kaigo.jp", "k.mori@mori-suisan.co.jp",
            "admin@bluebay-it.co.jp", "soumu@kamiooka-bus.co.jp", "info@yokohama-bakery.jp", "jinji@sakuragicho-fudosan.co.jp",
            "keiri@midori-noen.jp", "hr@harbor-design.co.jp", "somu@kawasaki-kikai.co.jp", "info@shonan-sweets.jp",
            "soumu@yamato-butsuryu.co.jp", "jimukyoku@yokohama-fukushikai.or.jp"]
M("pass", "benign.bcc_many",
  "Seminar invitation to 30 client companies, all in Bcc.",
  KASAI, [KASAI], bcc=_clients,
  subject="【ご案内】7/17 顧問先様向けセミナー「2025年 育児・介護休業法改正への実務対応」",
  text="""顧問先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
社会保険労務士法人みなと労務パートナーズの葛西でございます。

本年4月・10月と段階的に施行される改正育児・介護休業法について、
就業規則の見直しポイントと実務対応を解説するセミナーを下記のとおり開催いたします。

　日時：2025年7月17日（木）15:00～16:30
　会場：山下ビル 8F 会議室（オンライン同時配信あり）
　内容：1) 子の看護等休暇の見直し　2) 柔軟な働き方を実現するための措置（10月施行）
　　　　3) 介護離職防止のための個別周知・意向確認　4) 規程例・様式例のご紹介
　費用：顧問先様は無料
　お申込み：7/10（木）までに本メールへのご返信で、参加者名と参加方法をお知らせください

皆さまのご参加をお待ちしております。

""" + SIG_KASAI_JA)

M("pass", "benign.aggregate_health",
  "Health-check and stress-check results for a client as aggregates only, with no names.",
  ONODERA, ["丸高精工 総務部 関様 <seki@marutaka-seiko.co.jp>"],
  "2024年度 定期健康診断・ストレスチェック 集団分析結果のご報告",
  """関様

お世話になっております。小野寺です。
2024年度の定期健康診断の受診状況と、ストレスチェックの集団分析結果（健診機関から受領分）をまとめました。
衛生委員会の資料としてお使いください。

■定期健康診断
　対象者 162名／受診 158名（受診率 97.5%）／未受診 4名（うち3名は長期休業中）
　有所見率 48.7%（前年 51.2%）　主な項目：脂質 31%、肝機能 18%、血圧 14%
　要再検査・要精密検査の対象者への受診勧奨：文書送付済み

■ストレスチェック（受検率 91.4%）
　高ストレス者の割合：全社 11.2%（前年 9.8%）
　部署別：製造部 14.6%／品質保証部 9.1%／営業部 8.3%／管理部 6.0%
　※10名未満の部署は個人が特定されるおそれがあるため合算しています
　総合健康リスク：製造部 112（全国平均=100）

製造部の数値が上がっていますので、衛生委員会で職場環境改善の検討をおすすめします。
面接指導の申出は現時点で2件と産業医から聞いております。

""" + SIG_ONODERA_JA)

M("pass", "benign.template_dummy",
  "Template letter asking employees to submit My Numbers; the only 12-digit number is an obvious 記入例 (1234 5678 9012).",
  ONODERA, ["ベイサイドフーズ 人事 青柳様 <aoyagi@baysidefoods.co.jp>"],
  "マイナンバー提出依頼文（新入社員向け）のひな形",
  """青柳様

お世話になっております。小野寺です。
ご依頼のあった、新入社員向けのマイナンバー提出依頼文のひな形をお送りします。
会社名・担当者名・提出期限を差し替えてお使いください。

―――――――――――――――――――――――――
従業員各位

　　　　　個人番号（マイナンバー）のご提出のお願い

社会保険・雇用保険の手続き、源泉徴収票の作成のため、個人番号のご提出をお願いします。
利用目的以外には使用せず、法令に基づき厳重に管理します。

1. 提出書類：個人番号届出書（別紙）
2. 本人確認書類：マイナンバーカードの写し（表・裏）
　　または 通知カード／住民票（番号記載）＋運転免許証等の写し
3. 提出期限：〇月〇日（〇）
4. 提出方法：人事担当者へ封筒に入れて直接手渡し（メール・FAXでの提出は不可）

（記入例）個人番号：1234 5678 9012　氏名：横浜 太郎
―――――――――――――――――――――――――

扶養家族の方の番号も必要になりますので、別紙の「扶養親族欄」もあわせてご案内ください。

""" + SIG_ONODERA_JA)

M("pass", "benign.legal_update",
  "General legal update with employment-rate percentages and disease-related leave rules; no individual.",
  KASAI, ["丸山社長 <t.maruyama@marutaka-seiko.co.jp>"],
  "法改正のポイント（障害者雇用率・治療と仕事の両立支援）",
  """丸山社長

いつもお世話になっております。葛西です。
先日の打合せでご質問のあった点、簡単にまとめます。

1. 障害者の法定雇用率
　・2024年4月から 2.5%、2026年7月から 2.7% に引き上げ
　・2024年4月から、週10時間以上20時間未満で働く重度身体障害者・重度知的障害者・精神障害者も
　　0.5人としてカウント可能になりました
　・貴社は現状達成していますが、2026年の引き上げ時には再確認が必要です

2. 治療と仕事の両立支援
　・がん、脳卒中、心疾患、糖尿病、肝炎、難病などの治療を受けながら働く方への配慮について、
　　2026年4月から事業主の努力義務として法律上明記される予定です
　・就業規則に「短時間勤務」「時間単位の休暇」「傷病休職からの試し出勤」の規定を置くと運用しやすくなります

3. 感染症（インフルエンザ等）での休ませ方
　・会社判断で休ませる場合は休業手当（平均賃金の60%以上）の対象となる点にご注意ください

規程の改定案は、来月の定例訪問時にお持ちします。

""" + SIG_KASAI_JA)

M("pass", "benign.own_data",
  "Former employee's own separation-notice status and insurance number sent to his own private address at his request.",
  ONODERA, ["宮内 光 様 <hikaru.miyauchi.0911@yahoo.co.jp>"],
  "離職票の発送について（ご本人様あて）",
  """宮内 光 様

はじめまして。株式会社丸高精工様の社会保険手続きを担当しております、
社会保険労務士法人みなと労務パートナーズの小野寺と申します。
会社の関様から、宮内様ご本人に直接ご連絡するよう依頼を受け、ご連絡しております。

本日、ハローワーク横浜南から離職票（-1、-2）の交付を受けましたので、
ご登録の住所あてに簡易書留でお送りしました。2～3日で届く予定です。

ご参考までに、ハローワークでの手続きの際に必要となる番号をお知らせします。
　雇用保険被保険者番号：1407-338215-4
　離職日：2025年5月31日　離職理由：自己都合（区分 4D）

受給手続きには、離職票のほか、マイナンバーカード（または通知カード＋身分証）、
写真2枚、本人名義の通帳が必要です。
ご不明な点があれば、このメールにご返信ください。

""" + SIG_ONODERA_JA,
  personal=[("name", "宮内 光"), ("insurance", "1407-338215-4")])

M("pass", "benign.lookalike_number",
  "Employer registration numbers (labour-insurance number, office code, corporate number); none identify a person.",
  ONODERA, ["アオバ運輸 管理部 菊地様 <kanri@aoba-unyu.co.jp>"],
  "新規適用の手続き完了のご報告（事業所番号等のお知らせ）",
  """アオバ運輸株式会社
管理部　菊地様

お世話になっております。小野寺です。
川崎営業所の新規適用手続きが完了しましたので、今後の手続きで使用する番号をお知らせします。
社内の台帳に控えておいてください。

　労働保険番号：14-1-07-128804-000
　雇用保険 適用事業所番号：1407-912334-5
　健康保険・厚生年金 事業所整理記号：47-ヨコア／事業所番号：31887
　法人番号：9020001084471
　適用年月日：2025年6月1日

川崎営業所の従業員の方の資格取得届も同日付で提出済みです（8名、通知書は追ってお送りします）。

""" + SIG_ONODERA_JA)

M("pass", "benign.minutes",
  "Labour-management meeting minutes naming the elected workers' representative in his role; no private data.",
  ONODERA, ["ベイサイドフーズ 人事 青柳様 <aoyagi@baysidefoods.co.jp>"],
  "36協定締結に向けた打合せ 議事録（6/3）",
  """青柳様

昨日はお時間をいただきありがとうございました。議事録をお送りします。
修正があればお知らせください。

―――――――――――
36協定（2025年度）締結に向けた打合せ　議事録
日時：2025年6月3日（火）14:00～15:30　場所：ベイサイドフーズ本社 会議室
出席：会社側 青柳（人事）、鈴村（店舗運営部長）
　　　労働者代表 長谷川 匠 氏（鶴見店、5/20 挙手による選出）
　　　みなと労務パートナーズ 小野寺

1. 時間外労働の上限：月45時間・年360時間（原則）、特別条項 月80時間・年720時間で合意
2. 特別条項の発動事由：年末年始・棚卸し時期の繁忙、大規模な設備故障
3. 健康確保措置：月80時間超の者には医師の面接指導を実施、勤務間インターバル 10時間を努力義務
4. 労働者代表の選出手続きの記録（投票結果）は会社で保管
5. 次回：6/17 協定書案の確認、6/30 までに労基署へ届出
―――――――――――

""" + SIG_ONODERA_JA)

M("pass", "benign.advice",
  "General English explanation of social-insurance eligibility rules to a client's HR; no individual data.",
  KASAI_EN, ["Rachel Tan <rachel.tan@kestrel-analytics.com>"],
  "Re: Social insurance for part-time staff in Japan – quick summary",
  """Dear Rachel,

Thank you for your question. Here is a quick summary of when part-time staff in Japan must be enrolled in health insurance and the employees' pension.

1. Standard rule: enrolment is required if the person works at least 3/4 of a full-timer's weekly hours and days (e.g. 30 hours or more if full-time is 40 hours).
2. Extended coverage: because Kestrel Analytics Japan K.K. is part of a group with more than 50 insured employees in Japan, part-timers must also be enrolled if ALL of the following apply:
   - 20 hours or more per week (contractual)
   - monthly wage of JPY 88,000 or more
   - expected employment of more than 2 months
   - not a full-time student
3. Employment insurance is separate: 20 hours or more per week and expected employment of 31 days or more.

For the two interns you mentioned, if they are full-time university students working 16 hours a week, no enrolment is needed for any of the three.

Happy to discuss on our monthly call.

Best regards,

""" + SIG_KASAI_EN + """

> Hi Kasai-san, we plan to hire two interns and one part-time analyst (24h/week). Which insurances apply? Thanks, Rachel
""",
  lang="en")

M("pass", "benign.condolence",
  "Condolence to a client's president on the death of his father and arrangements for a telegram; no sensitive detail.",
  KASAI, ["丸山社長 <t.maruyama@marutaka-seiko.co.jp>"],
  "お悔やみ申し上げます",
  """丸山社長

ご尊父様のご逝去の報に接し、心よりお悔やみ申し上げます。
創業者として長年会社を率いてこられた会長には、私も開業当初から大変お世話になりました。
工場の朝礼で、「品質は人がつくる」とお話しされていたお姿が今も目に浮かびます。

ご葬儀は近親者のみで執り行われると関様から伺いましたので、
弊所からは弔電のみ送らせていただきます。

ご心労の多い時期かと存じます。
会社の手続きで私どもにできることがあれば、遠慮なくお申し付けください。
どうかご自愛くださいませ。

社会保険労務士法人みなと労務パートナーズ
葛西 正晴
""")
