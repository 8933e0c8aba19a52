"""Org E: 有限会社ひだまり保険サービス (independent multi-line insurance agency, Nagoya)."""
from common import (addr, mail, att, plain_zip, enc_zip, quoted, forward_block, csv_text,
                    table, grid, D, S)

ORG = "E"
DOM = "hidamari-ins.example.co.jp"

HASE = addr("長谷川 誠", f"m.hasegawa@{DOM}")
MIURA = addr("三浦 あかね", f"a.miura@{DOM}")
FUJII = addr("藤井 健一", f"k.fujii@{DOM}")

SIG_HASE = f"""◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆
有限会社ひだまり保険サービス
代表取締役  長谷川 誠(はせがわ まこと)
〒460-0008 名古屋市中区栄四丁目6-15 栄ひだまりビル4F
TEL 052-0000-8810 / FAX 052-0000-8811
携帯 090-0000-7345
Mail m.hasegawa@{DOM}
損害保険募集人/生命保険募集人/CFP®認定者
取扱保険会社:東海あんしん損害保険株式会社、みらい生命保険株式会社 ほか
◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆"""

SIG_MIURA = """ひだまり保険サービス 三浦あかね
TEL 052-0000-8812"""

SIG_FUJII = f"""--
Kenichi Fujii 藤井 健一
法人営業 / 有限会社ひだまり保険サービス
T: 052-0000-8813  M: 080-0000-4620
k.fujii@{DOM}"""

ANSHIN = "tokai-anshin.example.co.jp"
MIRAI = "mirai-life.example.co.jp"
CHUBU = "chubu-seiko.example.co.jp"
NAGAO = addr("長尾 様(中部精工 総務課)", f"nagao@{CHUBU}")


def mails():
    W = lambda *a, **k: mail(ORG, *a, **k)
    out = []

    # ------------------------------------------------------------ holds: body
    out.append(W(
        "miura", "body", "hold", "sensitive.health_declaration_to_insurer",
        "A named applicant's hypertension medication and past depression leave are spelled out to the insurer's support desk.",
        MIURA, [addr("みらい生命 中部支社 代理店サポートデスク", f"dairiten-chubu@{MIRAI}")],
        "告知の確認おねがいします(医療保険 新規)",
        f"""代理店サポートデスク ご担当者さま

いつもお世話になっております!ひだまり保険サービスの三浦です.
医療保険の新規お申込みで、告知の書き方を確認させてください.

 お客様:山内 直樹 様(43歳・男性)
 ・高血圧で2019年から内服中(アムロジピン5mg)、数値は安定してるそうです
 ・2022年にうつ病で3か月休職、通院は2023年3月に終了(現在服薬なし)
 ・健診で指摘:LDLコレステロール 168

うつ病の方は「過去5年以内の7日以上の通院」に該当するので、告知書に書く、でいいですよね?
引受緩和型じゃなくて通常の商品でいけるか、目安を教えてもらえると助かります〜

{SIG_MIURA}""",
        personal=[("name", "山内 直樹"), ("diagnosis", "高血圧"), ("diagnosis", "うつ病")]))

    claims = grid([["被保険者", "入院日", "傷病名", "入院", "支払額", "status"],
                   ["杉本 大地 様", "2025/04/18", "腰椎椎間板ヘルニア(L4/5)手術", "14日", "210,000円", "支払済"],
                   ["河野 聡 様", "2025/05/02", "急性虫垂炎 手術", "5日", "95,000円", "支払済"],
                   ["平田 美香 様", "2025/05/27", "乳がん 手術", "9日", "1,135,000円", "審査中"]])
    out.append(W(
        "fujii", "body", "hold", "sensitive.employee_diagnoses_to_employer",
        "Reports each named employee's diagnosis and surgery to the employer's general-affairs contact; the policyholder does not need the diagnoses.",
        FUJII, [NAGAO],
        "団体医療保険 給付状況のご報告(4〜6月)",
        f"""長尾様

お世話になっております、ひだまり保険の藤井です。
団体医療保険の給付状況、4〜6月分をまとめました。FYI です。

{claims}

- 平田様の分は、がん診断一時金(100万円)を含みます。審査完了は 6月末見込み。
- 今期の給付合計は、前年同期比で約2.1倍です。更改時の保険料に影響が出る可能性があるので、
  7月の更改打合せで試算をお持ちします。

{SIG_FUJII}""",
        personal=[("name", "杉本 大地"), ("diagnosis", "腰椎椎間板ヘルニア(L4/5)"),
                  ("name", "平田 美香"), ("diagnosis", "乳がん")]))

    out.append(W(
        "hasegawa", "body", "hold", "id.victim_bank_account_to_insurer",
        "An accident victim's name, address, phone and private bank account are sent in plain mail to the claims section.",
        HASE, [addr("東海あんしん損保 名古屋損害サービス第二課", f"nagoya-sc2@{ANSHIN}")],
        "対人賠償事故(事故受付番号 25-N-018842)被害者様お振込先のご連絡",
        f"""東海あんしん損害保険株式会社
名古屋損害サービス第二課 御中

平素より大変お世話になっております。
有限会社ひだまり保険サービスの長谷川でございます。

標記事故につきまして、被害者様より休業損害のお振込先のご連絡を頂戴いたしましたので、
下記のとおりお知らせ申し上げます。

 被害者様 :前田 和子 様
 ご住所  :名古屋市昭和区川名山町2丁目41番地
 ご連絡先 :080-0000-3659
 お振込先 :東海みどり銀行 八事支店 普通預金 7284519
 口座名義 :マエダ カズコ

被害者様は、現在も週2回の通院を続けておられるとのことでございます。
休業損害証明書は、勤務先から直接貴社へ郵送される予定と伺っております。

ご担当の林様にもよろしくお伝えくださいませ。
何卒よろしくお願い申し上げます。

{SIG_HASE}""",
        personal=[("name", "前田 和子"), ("address", "名古屋市昭和区川名山町2丁目41番地"),
                  ("phone", "080-0000-3659"), ("bank_account", "東海みどり銀行 八事支店 普通預金 7284519")]))

    # ------------------------------------------------------------ holds: attachment
    census = [
        ["社員番号", "氏名", "生年月日", "性別", "住所", "職種", "年収"],
        ["1003", "近藤 雅之", "1968/04/21", "男", "名古屋市緑区鳴海町字向田118", "製造部長", "9,200,000"],
        ["1017", "杉本 大地", "1979/09/02", "男", "名古屋市南区呼続三丁目4-12", "製造課長", "7,400,000"],
        ["1022", "長尾 里美", "1981/01/15", "女", "名古屋市瑞穂区弥富町字緑ケ岡31-502", "総務課長", "6,800,000"],
        ["1035", "酒井 隆", "1972/11/30", "男", "東海市富木島町伏見一丁目9-3", "品質保証課長", "7,100,000"],
        ["1041", "岩崎 典子", "1985/06/08", "女", "名古屋市天白区原二丁目1306", "経理課長", "6,500,000"],
        ["1058", "松井 健太郎", "1983/03/27", "男", "大府市桃山町五丁目45", "営業課長", "7,000,000"],
    ]
    out.append(W(
        "fujii", "attachment", "hold", "list.census_with_addresses_to_insurer",
        "A quote needs only ages, sex and pay bands, but the attached census gives each manager's name, birth date, home address and salary.",
        FUJII, [addr("東海あんしん損保 法人営業部 名古屋第一課", f"nagoya-corp1@{ANSHIN}")],
        "団体所得補償保険 見積依頼(中部精工様)",
        f"""東海あんしん 名古屋第一課 御中

ひだまり保険の藤井です。見積依頼です。

- 契約者:株式会社中部精工
- 商品:団体所得補償保険(GLTD)
- 対象:管理職 6名(被保険者リスト attach)
- 補償:給与の60%、免責 60日、てん補期間 65歳まで
- 希望:{S(7, 11)} までに 2プラン(60% / 50%)

よろしくお願いします。

{SIG_FUJII}""",
        attachments=[att("被保険者リスト_中部精工_20250620.csv", csv_text(census))],
        personal=[("name", "近藤 雅之"), ("birth_date", "1968/04/21"), ("address", "名古屋市緑区鳴海町字向田118"),
                  ("name", "岩崎 典子"), ("address", "名古屋市天白区原二丁目1306"), ("salary", "6,500,000")]))

    zname = "ご契約内容一覧_丸栄建設様_20250620.zip"
    out.append(W(
        "miura", "attachment", "hold", "list.ppap_encrypted_zip",
        "An encrypted zip (PPAP) of the client's policy list, with the password to follow in another mail.",
        MIURA, [addr("丸栄建設 総務部 野村様", "soumu@maruei-kensetsu.example.co.jp")],
        "ご契約内容一覧の送付(パスワードは別送します)",
        f"""株式会社丸栄建設
総務部 野村さま

いつもお世話になっております、ひだまり保険サービスの三浦です.
ご依頼いただいていた、御社でご加入中の保険のご契約内容一覧をお送りします.
パスワードはこのあと別のメールでお送りしますね.

ご確認よろしくお願いします!

{SIG_MIURA}""",
        attachments=[enc_zip(zname)],
        personal=[("encrypted_zip", zname)]))

    # ------------------------------------------------------------ holds: quoted
    yoshikawa = """ひだまり保険 三浦様

お世話になっております。吉川です。
今朝、自宅近くの交差点で追突されてしまいました。けがはありません。
車は前に進みますが、後ろのバンパーが外れかけています。

念のため情報を送ります。
 氏名:吉川 亜希子
 生年月日:1984年2月19日
 住所:名古屋市天白区植田西三丁目1205番地
 電話:090-0000-5873
 運転免許証番号:第532104468820号
 証券番号:TA-7720814-03

よろしくお願いいたします。"""
    out.append(W(
        "miura", "quoted", "hold", "id.licence_in_quoted_customer_mail",
        "The agent replied to the customer's mail but re-addressed it to the repair shop, so the quoted text gives the customer's licence number, birth date and address.",
        MIURA, [addr("丸山自動車整備", "service@maruyama-seibi.example.co.jp")],
        "Re: 事故の件で連絡です",
        f"""丸山自動車さま

いつもお世話になっております、ひだまり保険の三浦です!
下のお客さまのお車、追突されてバンパーが外れかけているそうなので、入庫をお願いできますか?
東海あんしん損保の事故受付は済んでます(受付番号 25-N-019305).
代車も必要とのことです〜

{SIG_MIURA}

{quoted("jp", "吉川 亜希子", "akiko.yoshikawa84@gmail.com", (2025, 6, 23, 8, 47), yoshikawa)}""",
        personal=[("name", "吉川 亜希子"), ("birth_date", "1984年2月19日"),
                  ("address", "名古屋市天白区植田西三丁目1205番地"), ("phone", "090-0000-5873"),
                  ("driver_licence", "532104468820")]))

    nomura = """長谷川様

先日はお時間をいただき、ありがとうございました。
ご提案いただいた役員保険の件ですが、社長の野村 修造は昨年11月に大腸がんの手術を受け、
現在も抗がん剤治療を続けております。
本人も、新しい保険への加入は難しいだろうと申しております。

退職金の準備につきましては、保険以外の方法も含めて、
顧問の税理士の先生ともご相談いただけますと助かります。

株式会社丸栄建設
専務取締役 野村 和也"""
    out.append(W(
        "hasegawa", "quoted", "hold", "sensitive.cancer_in_forward_to_tax_accountant",
        "The cover note to the tax accountant is neutral, but the forwarded client mail below states the president's colon cancer and ongoing chemotherapy.",
        HASE, [addr("栄みなみ会計 田中先生", "tanaka@sakaeminami-tax.example.jp")],
        "FW: 役員保険の見直しについて",
        f"""税理士法人栄みなみ会計
田中 先生

いつも大変お世話になっております。
ひだまり保険サービスの長谷川でございます。

株式会社丸栄建設様の役員保険の件につき、先方の専務様より下記のご連絡を頂戴いたしました。
退職金準備の方向性について、先生のご意見を伺えますと幸いでございます。
来週中に一度、お打合せのお時間を頂戴できませんでしょうか。

{SIG_HASE}

{forward_block("outlook", "野村 和也 <k.nomura@maruei-kensetsu.example.co.jp>", f"長谷川 誠 <m.hasegawa@{DOM}>", (2025, 6, 18, 17, 40), "役員保険の件", nomura)}""",
        personal=[("name", "野村 修造"), ("diagnosis", "大腸がん"), ("treatment", "抗がん剤治療")]))

    # ------------------------------------------------------------ hold: subject
    out.append(W(
        "fujii", "subject", "hold", "sensitive.diagnosis_in_subject",
        "The body is a neutral deadline note, but the subject names the applicant with his type-2 diabetes and HbA1c value.",
        FUJII, [addr("みらい生命 中部支社 引受審査", f"underwriting-chubu@{MIRAI}")],
        "【引受確認】坂口 恭平様 2型糖尿病(HbA1c 7.8)/定期保険 3,000万",
        f"""お疲れ様です、藤井です。
標記の件、告知書と健診結果はシステムでアップ済みです。
可否の回答、due {S(6, 27)} でお願いします。

{SIG_FUJII}""",
        personal=[("name", "坂口 恭平"), ("diagnosis", "2型糖尿病"), ("lab_value", "HbA1c 7.8")]))

    # ------------------------------------------------------------ hold: zip
    ledger = [
        ["顧客No", "契約者", "生年月日", "住所", "電話", "保険会社", "種目", "証券番号", "満期"],
        ["H-0102", "青木 敏夫", "1950/07/14", "名古屋市千種区覚王山通八丁目21", "052-0000-2710", "東海あんしん", "火災", "FK-3308241", "2025/09/30"],
        ["H-0117", "青木 敏夫", "1950/07/14", "名古屋市千種区覚王山通八丁目21", "052-0000-2710", "東海あんしん", "自動車", "TA-6612058-01", "2025/11/02"],
        ["H-0231", "岡田 律子", "1963/02/08", "名古屋市名東区一社二丁目5-1208", "090-0000-4163", "みらい生命", "終身", "ML-19847752", "-"],
        ["H-0245", "村上 浩", "1977/10/19", "日進市赤池五丁目1503", "080-0000-9382", "東海あんしん", "自動車", "TA-7019384-02", "2025/08/21"],
        ["H-0309", "服部 真由", "1990/05/25", "名古屋市中川区高畑一丁目88-704", "070-0000-6115", "みらい生命", "医療", "ML-20551390", "-"],
        ["H-0322", "小島 慶子", "1958/12/03", "名古屋市昭和区八事本町100-3", "052-0000-5547", "東海あんしん", "傷害", "SH-1187230", "2026/01/15"],
    ]
    out.append(W(
        "hasegawa", "zip", "hold", "list.customer_ledger_in_plain_zip",
        "A plain zip to the successor agency holds the customer ledger with names, birth dates, addresses, phones and policy numbers before the customers have consented to the transfer.",
        HASE, [addr("東海保険パートナーズ 業務部", "gyomu@tokai-hoken-partners.example.co.jp")],
        "移管対象顧客データ(第1弾)の送付について",
        f"""株式会社東海保険パートナーズ
業務部 御中

平素より大変お世話になっております。
有限会社ひだまり保険サービスの長谷川でございます。

先般ご合意いただきました事業譲渡に伴う契約移管につきまして、
第1弾の対象となるご契約者様のデータを取りまとめましたので、お送りいたします。
ファイルが2点ございますため、zip形式にまとめております。

お客様への移管のご案内状は、{D(7, 7)}以降、弊社より順次発送する予定でございます。
発送前に、貴社のご担当者様のお名前をご案内状に記載したく存じますので、
ご指示いただけますと幸いです。

何卒よろしくお願い申し上げます。

{SIG_HASE}""",
        attachments=plain_zip("移管顧客台帳_第1弾.zip", [
            ("顧客台帳_第1弾.csv", csv_text(ledger)),
            ("移管スケジュール.txt", f"""契約移管スケジュール(案)
{D(7, 7)}  お客様へ移管のご案内状 発送開始
{D(7, 31)}  第1弾 移管同意書 回収期限
{D(8, 29)}  保険会社への代理店変更手続き 完了
"""),
        ]),
        personal=[("name", "青木 敏夫"), ("birth_date", "1950/07/14"), ("address", "名古屋市千種区覚王山通八丁目21"),
                  ("name", "岡田 律子"), ("phone", "090-0000-4163"), ("name", "小島 慶子")]))

    # ------------------------------------------------------------ hold: recipients
    RNAMES = ['青木 敏夫', '岡田 律子', '村上 浩', '服部 真由', '小島呉服店', '大橋 誠', '東邦商事 総務部', '堀田 真理子', '酒井 和彦', '光明寺 寺務所', '今井 由美子', '広瀬設計事務所', '黒田 直子', '吉川 亜希子']
    rcpt = [
        "t.aoki.kakuozan@gmail.com", "ritsuko.okada@yahoo.co.jp", "hiroshi-murakami@outlook.com",
        "mayu.hattori.0525@gmail.com", "info@kojima-kimono.example.jp", "makoto.ohashi@yahoo.co.jp",
        "soumu@toho-shoji.example.co.jp", "mariko.hotta@gmail.com", "k-sakai.family@outlook.com",
        "jimusho@komyoji.example.or.jp", "y.imai.nagoya@gmail.com", "office@hirose-sekkei.example.co.jp",
        "nao.kuroda.1988@yahoo.co.jp", "akiko.yoshikawa84@gmail.com",
    ]
    out.append(W(
        "hasegawa", "recipients", "hold", "recipients.customers_in_to",
        "Fourteen customers, private and corporate, are listed openly in To, disclosing the agency's client list to all of them.",
        HASE, [addr(n, a) for n, a in zip(RNAMES, rcpt, strict=True)],
        "暑中お見舞い申し上げます(防災セミナーのご案内)",
        f"""お客様各位

暑中お見舞い申し上げます。
平素より、ひだまり保険サービスをお引き立ていただき、誠にありがとうございます。

近年、東海地方でも線状降水帯による浸水被害が相次いでおります。
このたび、ご契約者様を対象に「わが家の水災対策と火災保険の見直し」セミナーを開催いたします。

 日時:{D(8, 23)} 14:00〜15:30
 会場:栄ひだまりビル 4階 セミナールーム
 講師:東海あんしん損害保険 名古屋支店 防災アドバイザー
 参加費:無料(先着20名様)

ハザードマップの見方や、ご自宅の補償内容の確認方法をわかりやすくご説明いたします。
ご参加を希望される方は、本メールへのご返信にてお知らせくださいませ。

酷暑の折、皆様どうぞご自愛くださいませ。

{SIG_HASE}""",
        personal=[("email", a) for a in rcpt]))

    # ------------------------------------------------------------ passes
    out.append(W(
        "hasegawa", "none", "pass", "benign.condolence",
        "A condolence to a client company on its chairman's death; no personal data beyond the notice itself.",
        HASE, [addr("東邦商事 総務部長 様", "soumu@toho-shoji.example.co.jp")],
        "会長様ご逝去のお悔やみ",
        f"""株式会社東邦商事
総務部長 様

このたびは、貴社 代表取締役会長 水野 義一 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。

水野会長には、弊社創業以来三十年にわたり格別のご厚情を賜り、
経営者としての心構えについても、折にふれてご指導をいただきました。
ここに生前のご厚誼に深く感謝申し上げますとともに、心よりご冥福をお祈り申し上げます。

ご葬儀につきまして、弔電および供花の手配をさせていただきたく存じますので、
差し支えなければ、日程と会場をお知らせいただけますと幸いです。

略儀ながら、メールにてお悔やみ申し上げます。

{SIG_HASE}"""))

    out.append(W(
        "miura", "none", "pass", "benign.masked_card_to_data_subject",
        "Confirms a card payment registration to the customer herself with the card number masked.",
        MIURA, [addr("堀田 真理子 様", "mariko.hotta@gmail.com")],
        "クレジットカード払いの登録完了のお知らせ",
        f"""堀田 真理子 さま

いつもお世話になっております!ひだまり保険サービスの三浦です.
火災保険の保険料、クレジットカード払いへの変更手続きが完了しました.

 登録カード:VISA **** **** **** 4417
 初回引落し:2025年8月分(9月のご請求)
 年間保険料:38,760円(月払 3,230円)

カード会社の明細には「トウカイアンシンソンポ」と表示されます.
ご不明な点があれば、いつでもご連絡くださいね.

{SIG_MIURA}"""))

    hp = grid([["指標", "2023年度", "2024年度", "業界平均(参考)"],
               ["定期健診受診率", "100%", "100%", "97.2%"],
               ["有所見率", "51.4%", "48.2%", "58.9%"],
               ["特定保健指導 実施率", "22.0%", "35.7%", "27.4%"],
               ["喫煙率", "28.3%", "24.9%", "26.1%"],
               ["ストレスチェック 受検率", "91.5%", "94.0%", "-"],
               ["高ストレス者割合", "12.8%", "10.6%", "-"],
               ["平均有給取得日数", "11.2日", "12.8日", "10.9日"]])
    out.append(W(
        "fujii", "none", "pass", "benign.aggregate_health_metrics",
        "Health-management (健康経営) support using company-wide aggregates only; no employee is named.",
        FUJII, [NAGAO],
        "健康経営優良法人2026 申請サポート(集計データの整理)",
        f"""長尾様

お世話になっております、ひだまり保険の藤井です。
健康経営優良法人2026 の申請に向けて、いただいた集計データを整理しました。

{hp}

ポイント:
- 有所見率と喫煙率は改善傾向。評価項目「適切な働き方の実現」で加点が見込めます。
- 特定保健指導の実施率は、まだ業界平均並み。健保組合との共同実施を検討してはどうでしょう。
- 申請書の設問 Q38〜Q42 は上表の数値で回答できます。

次回 {S(7, 8)} の打合せで、申請書ドラフトをお持ちします。

{SIG_FUJII}"""))

    out.append(W(
        "miura", "none", "pass", "benign.renewal_to_data_subject",
        "A renewal notice sent to the policyholder himself about his own car policy.",
        MIURA, [addr("大橋 誠 様", "makoto.ohashi@yahoo.co.jp")],
        "自動車保険 更新のご案内(満期 8/1)",
        f"""大橋 誠 さま

いつもお世話になっております.ひだまり保険サービスの三浦です.
自動車保険の満期が近づいてまいりましたので、更新のご案内をお送りします.

■現在のご契約
 証券番号:TA-6630127-04
 お車:アオイ ハイブリッド(名古屋 330 は 24-16)
 満期日:2025年{D(8, 1)}

■更新後の内容(おすすめプラン)
 ノンフリート等級:15等級 → 16等級
 年間保険料:52,340円 → 49,870円
 弁護士費用特約を追加しても 51,610円です

内容に変更がなければ、同封の更新申込書にご署名のうえ、返信用封筒でお送りください.
スマホからの手続き(URLはハガキに記載)もできます!

{SIG_MIURA}"""))

    fleet = grid([["No", "登録番号", "車名", "証券番号", "満期", "年間保険料"],
                  ["1", "名古屋 100 あ 12-34", "ユイ バン", "FL-2025-118204", "2026/03/31", "84,200円"],
                  ["2", "名古屋 100 あ 12-35", "ユイ バン", "FL-2025-118205", "2026/03/31", "84,200円"],
                  ["3", "名古屋 400 せ 56-07", "2tトラック", "FL-2025-118206", "2026/03/31", "132,500円"],
                  ["4", "名古屋 300 て 9-11", "アオイ", "FL-2025-118207", "2026/03/31", "71,800円"],
                  ["5", "尾張小牧 400 ゆ 3-30", "フォークリフト運搬車", "FL-2025-118208", "2026/03/31", "58,100円"]])
    out.append(W(
        "fujii", "none", "pass", "benign.fleet_policy_numbers",
        "A corporate fleet policy list; plate, policy and certificate numbers belong to company vehicles, not people.",
        FUJII, [NAGAO],
        "フリート契約 明細(車両入替後)",
        f"""長尾様

藤井です。車両入替後のフリート明細、更新しました。

{fleet}

- No.4 は {S(6, 16)} 付で入替(旧:名古屋 300 て 4-72)、差額保険料は 6,420円の追徴です。
- フリート割引率は 45% のまま維持。
- 請求書は来月の口座振替でまとめて処理します。

{SIG_FUJII}"""))

    otsuka_mail = f"""ひだまり保険サービス
長谷川 様

いつも大変お世話になっております。
みらい生命保険 中部支社 営業推進部の大塚でございます。

私事で恐縮ではございますが、7月1日付の人事異動により、本社 商品開発部へ異動することとなりました。
在任中は、長谷川様をはじめ貴社の皆様に大変お世話になり、心より御礼申し上げます。

後任は、同じく営業推進部の西村 亜紀が担当させていただきます。
西村は、静岡支社で代理店推進を5年間担当してまいりました。
近日中に、改めてご挨拶に伺わせていただきます。

今後とも変わらぬご指導ご鞭撻を賜りますよう、よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
みらい生命保険株式会社 中部支社
営業推進部 代理店営業課 課長代理
大塚 恭平(おおつか きょうへい)
〒450-0002 名古屋市中村区名駅三丁目25-9 名駅みらいビル12F
TEL 052-0000-1200 / 携帯 080-0000-3391
k.otsuka@{MIRAI}
━━━━━━━━━━━━━━━━━━━━━━━━━━"""
    nishimura_mail = f"""長谷川 様
(CC:大塚)

はじめまして。みらい生命保険 中部支社 営業推進部の西村 亜紀と申します。
大塚よりご紹介がありましたとおり、7月1日より貴社を担当させていただきます。

7月上旬に、大塚とともにご挨拶に伺いたく存じます。
{D(7, 2)}または{D(7, 4)}の午後で、ご都合のよい時間はございますでしょうか。

至らない点も多いかと存じますが、どうぞよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
みらい生命保険株式会社 中部支社
営業推進部 代理店営業課
西村 亜紀(にしむら あき)
〒450-0002 名古屋市中村区名駅三丁目25-9 名駅みらいビル12F
TEL 052-0000-1200 / 携帯 080-0000-5528
a.nishimura@{MIRAI}
━━━━━━━━━━━━━━━━━━━━━━━━━━"""
    chain = quoted("jp", "西村 亜紀", f"a.nishimura@{MIRAI}", (2025, 6, 25, 10, 12),
                   nishimura_mail + "\n\n" + quoted("jp", "大塚 恭平", f"k.otsuka@{MIRAI}", (2025, 6, 24, 16, 5), otsuka_mail))
    out.append(W(
        "hasegawa", "none", "pass", "benign.successor_reply_chain",
        "A long reply chain about an insurer's account-manager change with heavy signatures of partner staff.",
        HASE, [addr("西村 亜紀 様", f"a.nishimura@{MIRAI}")],
        "Re: Re: 担当者変更のご挨拶(みらい生命 中部支社)",
        f"""みらい生命保険株式会社 中部支社
営業推進部 西村 亜紀 様
(CC:大塚 恭平 様)

ご丁寧なご挨拶をいただき、誠にありがとうございます。
ひだまり保険サービスの長谷川でございます。

大塚様には、3年間にわたり大変お世話になりました。
新商品の勉強会を弊社で何度も開いていただいたこと、社員一同感謝しております。
本社でのご活躍を心よりお祈り申し上げます。

西村様、今後ともどうぞよろしくお願い申し上げます。
ご挨拶の件、{D(7, 4)} 14時はいかがでしょうか。弊社4階の応接室でお待ちしております。

{SIG_HASE}

{chain}""",
        cc=[addr("大塚 恭平 様", f"k.otsuka@{MIRAI}")]))

    out.append(W(
        "miura", "none", "pass", "benign.it_outage",
        "A three-line report of the insurer's agency system being down; 障害 in the IT sense.",
        MIURA, [addr("東海あんしん 代理店ヘルプデスク", f"agent-help@{ANSHIN}")],
        "代理店システムにログインできません",
        """ひだまり保険サービス(代理店コード 2207-0418)の三浦です.10時頃から代理店システムでログイン後に「E5003 システム障害」と表示され、見積も契約照会もできません.
障害情報は出ていますか?復旧の見込みを教えてください!
三浦(052-0000-8812)"""))

    out.append(W(
        "fujii", "none", "pass", "benign.genome_test_policy",
        "A general explanation of insurers' policy on genetic-test results; no individual's test or result.",
        FUJII, [NAGAO],
        "遺伝子検査と保険の告知について(ご質問への回答)",
        f"""長尾様

藤井です。先日の福利厚生セミナーで頂いたご質問への回答です。

Q. 社員が遺伝子検査(がんリスク等)を受けた場合、その結果を保険の告知で伝える必要はありますか?

A. 弊社の取扱保険会社(東海あんしん損保、みらい生命)では、
   - 告知書で遺伝学的検査の結果を質問していません
   - 検査結果を、引受や保険金支払いの判断に使用しない方針です
   生命保険協会の「遺伝情報の取扱いに関する指針」(2022年)に沿った運用です。

ただし、検査の結果を受けて医師の診察・治療を受けた場合は、
その診察・治療の事実は通常の告知対象になります。

セミナー資料の該当ページ(P.14)を修正したものは、来週お送りします。

{SIG_FUJII}"""))

    out.append(W(
        "hasegawa", "none", "pass", "benign.religious_corporation_customer",
        "A fire-insurance renewal for a temple run by a 宗教法人; the religion belongs to the corporate customer.",
        HASE, [addr("宗教法人光明寺 寺務所", "jimusho@komyoji.example.or.jp")],
        "本堂・庫裏 火災保険 更新のご案内",
        f"""宗教法人光明寺
責任役員 様

拝啓 盛夏の候、貴寺におかれましてはますますご清祥のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。

さて、本堂および庫裏にご加入いただいております火災保険が、
2025年{D(8, 31)}をもちまして満期を迎えます。
つきましては、下記のとおり更新のご案内を申し上げます。

 保険会社:東海あんしん損害保険株式会社
 証券番号:FK-2208517
 保険の対象:本堂(木造瓦葺 平屋建 延床 320㎡)、庫裏(木造 2階建 延床 185㎡)
 現行保険料:年額 286,400円
 更新後保険料:年額 301,900円(水災補償を含む)

昨年の料率改定に伴い、保険料が若干上がっております。
地震保険の付帯、ならびに什器(仏具類)の評価額の見直しにつきましても、
ご住職のご都合のよい日にご説明に伺えますと幸いです。

敬具

{SIG_HASE}"""))

    cmp_rows = [["補償項目", "現行(A社)", "提案1(東海あんしん)", "提案2(東海あんしん+特約)"],
                ["対人・対物賠償", "1億円", "3億円", "3億円"],
                ["生産物賠償(PL)", "5,000万円", "1億円", "1億円"],
                ["受託物賠償", "なし", "1,000万円", "3,000万円"],
                ["リコール費用", "なし", "なし", "5,000万円"],
                ["年間保険料", "412,000円", "438,500円", "521,300円"]]
    out.append(W(
        "fujii", "none", "pass", "benign.plain_zip_coverage_comparison",
        "A plain zip of a liability-cover comparison for a corporate prospect; no personal data.",
        FUJII, [addr("ナゴヤ精密 総務部 ご担当", "soumu@nagoya-seimitsu.example.co.jp")],
        "賠償責任保険 補償比較表(zip)",
        f"""ナゴヤ精密 総務部 ご担当者様

ひだまり保険の藤井です。先日ご依頼の、賠償責任保険の比較資料を zip で送ります(PW なし)。
- 比較表(CSV)
- 補足説明(TXT)
ご検討のうえ、{S(7, 10)} までにご意向をいただければ、8/1 始期で間に合います。

{SIG_FUJII}""",
        attachments=plain_zip("賠償責任保険_比較資料_ナゴヤ精密様.zip", [
            ("補償比較表.csv", csv_text(cmp_rows)),
            ("補足説明.txt", """補足説明
・提案2のリコール費用特約は、自動車部品の納入先からの請求を想定したものです。
・受託物賠償は、顧客から預かった金型の損壊を補償します。
・保険料はいずれも売上高 18億円(前期実績)で算出しています。
"""),
        ])))

    return out
