"""Org D: 地方銀行 法人融資課 — 株式会社東雲銀行 長岡東支店 法人融資課."""
from common import P, att, enc_zip, M

ORG = "D"
DOM = "shinonome-bank.example.co.jp"

MATSU = P("松岡 浩二", f"koji.matsuoka@{DOM}")
IMAI = P("今井 彩", f"aya.imai@{DOM}")
FUJITA = P("藤田 誠", f"m.fujita@{DOM}")

DISCL = """【ご注意】本メールは宛先として意図された方のみを対象としています。
誤って受信された場合は、恐れ入りますが直ちに削除し、送信者までご連絡ください。
当行が電子メールでお客さまの暗証番号・パスワードをお尋ねすることはございません。"""

SIG_MATSU = """
─────────────────────────────
株式会社東雲銀行　長岡東支店　法人融資課
課長代理　松岡 浩二（まつおか こうじ）
〒940-0048 新潟県長岡市東坂之上町3-5-11
TEL 0258-33-7210（直通）　FAX 0258-33-7219
koji.matsuoka@shinonome-bank.example.co.jp
─────────────────────────────
""" + DISCL + "\n"

SIG_IMAI = """
東雲銀行 長岡東支店 法人融資課
今井 彩（いまい あや）
TEL 0258-33-7214 ／ 携帯 080-5530-2281
aya.imai@shinonome-bank.example.co.jp
""" + DISCL + "\n"

SIG_FUJITA = """
東雲銀行 長岡東支店 融資審査役　藤田 誠
TEL 0258-33-7212（内線372）
m.fujita@shinonome-bank.example.co.jp
""" + DISCL + "\n"

CGC = P("新潟県信用保証協会 長岡支所 保証課 五十嵐 哲也", "igarashi@niigata-cgc.example.or.jp")
MIRAI_KAIKEI = P("税理士法人みらい会計 小熊 康弘", "oguma@mirai-kaikei.example.jp")
MARUTAKA = P("株式会社丸高精工 経理部 渡辺 美穂", "m.watanabe@marutaka-seiko.example.co.jp")


def mails():
    out = []
    add = out.append

    # ---------------- HOLDS ----------------
    add(M(ORG, "imai", "body", "hold", "personal.guarantor_assets_profile",
          "A guarantor's home address, birth date, income and personal deposit accounts at other banks are sent to the guarantee corporation.",
          IMAI, [CGC], "越後鋳造様 保証申込 ― 代表者個人の資産状況について",
          """
新潟県信用保証協会 長岡支所
保証課 五十嵐様

いつも大変お世話になっております。東雲銀行長岡東支店の今井でございます。
越後鋳造株式会社様の保証申込の件で、ご照会のありました代表者個人の資産状況をお知らせいたします。

　連帯保証人：代表取締役 小林 忠雄 様（昭和33年4月18日生）
　自宅住所　：新潟県長岡市宮内4丁目11番8号
　役員報酬　：年額 1,080万円
　個人資産　：自宅土地建物（担保提供なし）
　　　　　　　北越信用金庫 宮内支店 普通 2718450（残高 約620万円）
　　　　　　　ゆうちょ銀行 記号11230 番号40917761（残高 約180万円）
　個人借入　：なし（ご本人申告・当行照会済）

ご不明な点がございましたら、ご連絡くださいますようお願い申し上げます。
""" + SIG_IMAI,
          personal=[("name", "小林 忠雄"), ("birth_date", "昭和33年4月18日生"), ("address", "新潟県長岡市宮内4丁目11番8号"),
                    ("income", "年額 1,080万円"), ("bank_account", "北越信用金庫 宮内支店 普通 2718450"),
                    ("bank_account", "ゆうちょ銀行 記号11230 番号40917761")]))

    add(M(ORG, "matsuoka", "body", "hold", "sensitive.ceo_cancer_to_tax_accountant",
          "A named company president's stage-4 cancer and prognosis are written to the outside tax accountant.",
          MATSU, [MIRAI_KAIKEI], "丸高精工様 事業承継のご相談（内密）",
          """
税理士法人みらい会計
小熊先生

いつもお世話になっております。東雲銀行の松岡でございます。
丸高精工様の件で、内々にご相談がございます。

昨日、高橋 正和社長の奥様からお電話があり、社長が膵臓がんのステージ4と診断され、
主治医からは余命半年程度と言われているとのことでした。
社長ご本人は当面公表を望まれておらず、社内でもご存じなのは専務のみとのことです。

つきましては、ご長男への株式承継と、当行借入に係る個人保証の差し替えについて、
年内に方針を固めておく必要があると考えております。
先生のご都合のよろしい日に、一度お時間を頂戴できませんでしょうか。
""" + SIG_MATSU,
          personal=[("name", "高橋 正和"), ("health", "膵臓がんのステージ4"), ("health", "余命半年程度")]))

    add(M(ORG, "fujita", "body", "hold", "sensitive.director_arrest_record",
          "A named director's past arrest on fraud charges is passed to the guarantee corporation.",
          FUJITA, [CGC], "長岡フーズ様 新規保証申込に関する補足",
          """
新潟県信用保証協会 長岡支所
五十嵐様

お世話になっております。東雲銀行長岡東支店 審査の藤田です。
長岡フーズ株式会社様の新規保証申込について、当行の審査過程で判明した事項を補足いたします。

同社取締役（営業担当）の川上 英樹氏について、2019年に前職で詐欺の容疑により逮捕された
旨の新聞記事を確認いたしました。その後不起訴処分となったと、代表者から説明を受けております。
当行としては、現在の業務への関与度合いは低く、与信判断への影響は限定的と考えております。

念のためご報告まで申し上げます。
""" + SIG_FUJITA,
          personal=[("name", "川上 英樹"), ("criminal_record", "詐欺の容疑により逮捕"), ("criminal_record", "不起訴処分")]))

    add(M(ORG, "imai", "attachment", "hold", "list.guarantor_roster_to_servicer",
          "The attached list gives individual guarantors' names, birth dates, home addresses, phones and guaranteed debt.",
          IMAI, [P("北越債権回収 業務部 島田", "shimada@hokuetsu-servicer.example.co.jp")],
          "債権譲渡対象先一覧の送付",
          """
北越債権回収株式会社
業務部 島田様

お世話になっております。東雲銀行長岡東支店の今井でございます。
先日ご説明いたしました債権譲渡の対象先について、一覧を添付いたします。
譲渡契約の締結日は12月20日を予定しております。

ご確認のほど、よろしくお願いいたします。
""" + SIG_IMAI,
          attachments=[att("譲渡対象先一覧_保証人.xlsx", """
[対象先]
債務者	保証人氏名	生年月日	保証人住所	電話	保証債務残高（円）
有限会社信濃川運輸	中山 和弘	1957/10/02	新潟県長岡市寺泊上田町1420	0258-75-2219	18,400,000
株式会社越路工業	佐野 孝	1962/03/27	新潟県長岡市越路西谷1-5	090-8817-3306	9,620,000
有限会社小千谷建材	星 正人	1955/08/14	新潟県小千谷市本町2-7-16	0258-82-4471	12,750,000
株式会社栃尾テキスタイル	丸山 幸子	1966/12/09	新潟県長岡市栃尾大町3-2	080-4410-9925	6,300,000
""")],
          personal=[("name", "中山 和弘"), ("birth_date", "1957/10/02"), ("address", "新潟県長岡市寺泊上田町1420"),
                    ("debt", "18,400,000"), ("name", "丸山 幸子"), ("phone", "080-4410-9925")]))

    add(M(ORG, "matsuoka", "attachment", "hold", "id.residence_card_passport_to_scrivener",
          "The attached ID-check record carries a foreign director's residence-card and passport numbers.",
          MATSU, [P("近藤司法書士事務所 近藤 悠", "kondo@shiho-kondo.example.jp")],
          "根抵当権設定登記のご依頼（Nagaoka Precision Trading様）",
          """
近藤司法書士事務所
近藤先生

いつもお世話になっております。東雲銀行の松岡でございます。
Nagaoka Precision Trading株式会社様の根抵当権設定登記につきまして、ご依頼申し上げます。
設定契約の調印は12月5日（木）10時、当店応接室を予定しております。
代表者の本人確認記録を添付いたしますので、事前のご準備にお役立てください。
""" + SIG_MATSU,
          attachments=[att("本人確認記録_NPT代表者.pdf", """
本人確認記録（法人代表者）
法人名：Nagaoka Precision Trading株式会社
代表者：GUPTA RAHUL KUMAR（グプタ ラフル クマール）
生年月日：1981年2月7日
国籍：インド
住所：新潟県長岡市千秋2丁目278番地 千秋ハイツ502
在留カード番号：UH48201937KP（永住者、有効期限 2031年2月6日）
旅券番号：Z4815902
確認日：2024年11月11日　確認者：松岡
""")],
          personal=[("name", "GUPTA RAHUL KUMAR"), ("residence_card", "UH48201937KP"), ("passport", "Z4815902"),
                    ("address", "新潟県長岡市千秋2丁目278番地 千秋ハイツ502"), ("birth_date", "1981年2月7日")]))

    add(M(ORG, "imai", "quoted", "hold", "personal.quoted_other_ceo_credit_to_wrong_party",
          "The reply to one borrower's accountant quotes the guarantee corporation's note on another company's president's personal delinquencies.",
          IMAI, [MARUTAKA], "Re: 追加資料のご依頼について",
          """
株式会社丸高精工
経理部 渡辺様

お世話になっております。東雲銀行の今井でございます。
ご依頼の件、保証協会から下記のとおり回答がありましたので共有いたします。
試算表（9月末）と資金繰り表を、今月22日までにご提出いただけますと幸いです。
お手数をおかけいたしますが、よろしくお願いいたします。
""" + SIG_IMAI + """

-----Original Message-----
From: 五十嵐 哲也 <igarashi@niigata-cgc.example.or.jp>
Sent: Wednesday, November 13, 2024 4:52 PM
To: 今井 彩 <aya.imai@shinonome-bank.example.co.jp>
Subject: RE: 追加資料のご依頼について

今井様

保証協会の五十嵐です。
丸高精工様は、9月末の試算表と資金繰り表をご提出いただければ審査を進められます。

なお、同時にご相談いただいている有限会社信濃川運輸様の条件変更の件ですが、
代表者 中山 和弘様（長岡市寺泊在住）は個人で消費者金融2社に計約240万円の借入があり、
うち1社は3か月延滞中であることが確認されました。こちらは現時点では追加保証は困難です。

五十嵐
""",
          personal=[("name", "中山 和弘"), ("debt", "消費者金融2社に計約240万円の借入"), ("debt", "3か月延滞中")]))

    add(M(ORG, "matsuoka", "subject", "hold", "sensitive.subject_ceo_depression",
          "Only the subject tells the tax accountant that a named president is on leave with depression.",
          MATSU, [MIRAI_KAIKEI], "越後鋳造 小林社長 うつ病で休養中の件（返済条件変更のご相談）",
          """
小熊先生

いつもお世話になっております。東雲銀行の松岡です。
標記の件、一度お電話でご相談させていただきたく存じます。
本日16時以降でご都合のよいお時間はございますでしょうか。
""" + SIG_MATSU,
          personal=[("name", "小林社長"), ("health", "うつ病で休養中")]))

    add(M(ORG, "fujita", "zip", "hold", "list.zip_employee_roster_to_advisor",
          "The plain zip for the M&A advisor includes the borrower's employee roster with birth dates, addresses and salaries.",
          FUJITA, [P("北越M&Aアドバイザリー 関 裕之", "seki@ma-advisory.example.com")],
          "越路工業様 企業価値評価用資料",
          """
北越M&Aアドバイザリー
関様

お世話になっております。東雲銀行長岡東支店の藤田です。
越路工業様の企業価値評価に必要な資料を、同社からお預かりした形のままお送りいたします。
決算書3期分と人員関係の資料がzipに入っております。
評価報告書のドラフトは12月中旬を目途にお願いできればと存じます。
""" + SIG_FUJITA,
          attachments=[
              att("越路工業_評価資料.zip/決算概要_3期.csv", """
期,売上高,営業利益,経常利益,純資産
2022/3,812000000,21400000,18800000,164000000
2023/3,845000000,26900000,24100000,180500000
2024/3,798000000,9300000,7200000,184900000
"""),
              att("越路工業_評価資料.zip/従業員名簿.csv", """
社員番号,氏名,生年月日,住所,入社日,月額給与
K-001,佐野 孝,1962/03/27,新潟県長岡市越路西谷1-5,1985/04/01,620000
K-014,金子 由美,1975/09/12,新潟県長岡市来迎寺2144-3,1998/04/01,312000
K-027,横山 亮,1988/01/30,新潟県長岡市浦3851,2010/04/01,285000
K-033,長谷川 真紀,1992/06/18,新潟県小千谷市桜町5110-2,2015/10/01,241000
K-041,石塚 翔,1999/11/05,新潟県長岡市塚山1-22,2021/04/01,214000
"""),
          ],
          personal=[("name", "金子 由美"), ("birth_date", "1975/09/12"), ("address", "新潟県長岡市来迎寺2144-3"),
                    ("salary", "312000"), ("name", "石塚 翔")]))

    add(M(ORG, "imai", "zip", "hold", "attachment.encrypted_zip",
          "A password-protected zip (PPAP) is attached.",
          IMAI, [P("北越監査法人 長岡事務所 高田 翼", "takada@audit-hokuetsu.example.jp")],
          "残高確認および融資関係資料の送付",
          """
北越監査法人 長岡事務所
高田様

お世話になっております。東雲銀行長岡東支店の今井でございます。
ご依頼のありました残高確認書および融資関係資料を、パスワード付きファイルにてお送りいたします。
パスワードは別途メールにてご連絡いたします。

よろしくお願い申し上げます。
""" + SIG_IMAI,
          attachments=[enc_zip("残高確認_融資資料_202409.zip")]))

    presidents = [
        ("株式会社丸高精工 高橋 正和", "takahashi@marutaka-seiko.example.co.jp"),
        ("越後鋳造株式会社 小林 忠雄", "t.kobayashi@echigo-chuzo.example.co.jp"),
        ("長岡フーズ株式会社 田村 恭平", "tamura@nagaoka-foods.example.co.jp"),
        ("有限会社佐藤工務店 佐藤 健司", "sato@sato-koumuten.example.jp"),
        ("株式会社越路工業 佐野 孝", "sano@koshiji-kogyo.example.co.jp"),
        ("有限会社信濃川運輸 中山 和弘", "nakayama@shinanogawa-unyu.example.co.jp"),
        ("株式会社栃尾テキスタイル 丸山 幸子", "maruyama@tochio-textile.example.co.jp"),
        ("有限会社小千谷建材 星 正人", "hoshi@ojiya-kenzai.example.co.jp"),
        ("株式会社寺泊水産 西川 洋平", "nishikawa@teradomari-suisan.example.co.jp"),
        ("株式会社山古志ファーム 関 美代子", "miyoko.seki.yamakoshi@gmail.com"),
        ("株式会社与板刃物 吉田 徹", "yoshida@yoita-hamono.example.co.jp"),
        ("株式会社見附ニット 青木 誠二", "aoki@mitsuke-knit.example.co.jp"),
    ]
    add(M(ORG, "matsuoka", "recipients", "hold", "recipients.seminar_invitation_visible",
          "Twelve borrower presidents from different companies are visible to one another in To.",
          MATSU, [P(n, e) for n, e in presidents], "【ご案内】事業承継セミナー（12月12日）開催のお知らせ",
          """
お取引先 経営者の皆さま

平素は東雲銀行をお引き立ていただき、誠にありがとうございます。
長岡東支店 法人融資課の松岡でございます。

このたび当店では、お取引先の経営者さまを対象に「事業承継セミナー」を開催いたします。
税制改正のポイントや、後継者への株式承継・経営者保証の見直しについて、
税理士の先生をお招きして分かりやすくご説明いたします。

　日時：12月12日（木）15:00～17:00（終了後、個別相談会）
　会場：東雲銀行 長岡東支店 3階 大会議室
　講師：税理士法人みらい会計 代表社員 小熊 康弘 氏
　参加費：無料（定員30名）

ご出席の可否を、12月5日（木）までにご返信いただけますと幸いです。
皆さまのご参加を心よりお待ち申し上げております。
""" + SIG_MATSU))

    # ---------------- PASSES ----------------
    add(M(ORG, "imai", "body", "pass", "benign.swift_corporate_account",
          "SWIFT code and account details belong to companies (the borrower and its overseas supplier), not to a person.",
          IMAI, [P("長岡フーズ株式会社 経理課 大塚 沙織", "otsuka@nagaoka-foods.example.co.jp")],
          "外国送金のお手続きについて（ご確認）",
          """
長岡フーズ株式会社
経理課 大塚様

いつもお世話になっております。東雲銀行長岡東支店の今井でございます。
来週ご予定の外国送金について、お預かりした内容を確認させていただきます。

　ご依頼人　：長岡フーズ株式会社（当行 当座 0047215）
　送金金額　：USD 48,600.00
　受取人　　：Pacific Harvest Trading Pty Ltd
　受取銀行　：Coastline Commercial Bank, Brisbane
　SWIFT/BIC ：CCBKAU3BXXX
　口座番号　：064-118 10472299
　送金目的　：冷凍水産物の輸入代金（インボイス PHT-2024-1187）

相違がなければ、外国送金依頼書に押印のうえ、11月20日までにご提出ください。
為替予約をご希望の場合は、前日15時までにご連絡をお願いいたします。
""" + SIG_IMAI))

    add(M(ORG, "matsuoka", "body", "pass", "benign.loan_schedule_corporate_numbers",
          "The 法人番号 and 12-digit loan and approval numbers identify the company and the loan, not a person.",
          MATSU, [MARUTAKA], "設備資金 ご融資実行のスケジュールについて",
          """
株式会社丸高精工
経理部 渡辺様

いつも大変お世話になっております。東雲銀行の松岡でございます。
先般お申込みいただきました設備資金につきまして、本部の承認がおりましたのでご連絡いたします。

　お借入人　　：株式会社丸高精工（法人番号 2110001023456）
　稟議番号　　：304812700915
　資金使途　　：5軸マシニングセンタ導入資金
　ご融資金額　：45,000,000円
　期間・返済　：7年（据置6か月）・元金均等 毎月返済
　実行予定日　：11月29日（金）
　融資口座番号：558120473306（実行後、返済予定表に記載いたします）

金銭消費貸借契約書は、11月26日（火）に私がご持参いたします。
ご印鑑（実印）と印鑑証明書1通をご用意くださいますようお願いいたします。
""" + SIG_MATSU))

    add(M(ORG, "imai", "body", "pass", "benign.transfer_successor_introduction",
          "A transfer notice introducing a successor to borrowers' staff, with heavy bank signatures.",
          IMAI, [MARUTAKA, P("越後鋳造株式会社 総務経理部 長部 英二", "osabe@echigo-chuzo.example.co.jp")],
          "担当者交代のご挨拶（東雲銀行 長岡東支店）",
          """
株式会社丸高精工 渡辺様
越後鋳造株式会社 長部様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
東雲銀行長岡東支店の今井でございます。

私事で恐縮ですが、12月1日付で新潟本店営業部へ異動することとなりました。
在任中は大変お世話になり、心より御礼申し上げます。
後任は同じ法人融資課の大川 拓海が務めさせていただきます。
大川は入行6年目で、前任地の柏崎支店でも製造業のお客さまを担当しておりました。

近日中に、大川とともにご挨拶に伺いたく存じます。
今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。
""" + SIG_IMAI,
          cc=[P("大川 拓海", f"t.okawa@{DOM}"), MATSU]))

    add(M(ORG, "fujita", "quoted", "pass", "benign.guarantee_application_chain_corporate",
          "A reply chain with the guarantee corporation about a company's figures and guarantee terms; only corporate data and staff names.",
          FUJITA, [CGC], "Re: Re: 佐藤工務店様 保証条件について",
          """
五十嵐様

ご回答ありがとうございます。藤田です。
責任共有制度の対象・保証料率1.15%の条件で、社内稟議を進めます。
決算書の修正版（減価償却の計上漏れ修正後）は、同社から受領次第お送りします。
""" + SIG_FUJITA + """

> 藤田様
>
> 保証協会の五十嵐です。
> 有限会社佐藤工務店様（法人番号 7110002034567）の件、
> 直近期の売上高 2億1,300万円、経常利益 410万円、自己資本比率18%を前提に、
> 責任共有制度対象・保証料率1.15%でお受けできる見込みです。
> 決算書の減価償却費の扱いについて、修正版をご提出いただけますでしょうか。
>
>> 五十嵐様
>> いつもお世話になっております。東雲銀行長岡東支店の藤田でございます。
>> 佐藤工務店様の運転資金 1,500万円（5年）の保証条件について、ご教示いただけますでしょうか。
>> 売上は公共工事の減少で前期比▲6%ですが、民間リフォームが伸びております。
"""))

    add(M(ORG, "imai", "subject", "pass", "benign.internet_banking_outage_notice",
          "障害 refers to the bank's internet-banking outage; no customer data is included.",
          IMAI, [P("長岡フーズ株式会社 経理課 大塚 沙織", "otsuka@nagaoka-foods.example.co.jp")],
          "【お詫び】法人インターネットバンキング 障害発生のお知らせ（11/14 9:00～10:40）",
          """
長岡フーズ株式会社
経理課 大塚様

平素より東雲銀行をご利用いただき、誠にありがとうございます。
本日9時ごろから10時40分ごろまで、法人インターネットバンキングで障害が発生し、
ログインおよび総合振込のデータ送信ができない状態となっておりました。
現在は復旧しております。

本日お電話でご相談いただいた給与振込データにつきましては、
受付期限を本日17時まで延長いたしましたので、改めて送信をお願いいたします。
ご迷惑をおかけいたしましたことを、深くお詫び申し上げます。
""" + SIG_IMAI))

    add(M(ORG, "fujita", "attachment", "pass", "benign.company_names_with_surnames_analysis",
          "A sector comparison of companies whose names contain surnames (佐藤工務店, 鈴木鉄工所); only corporate figures.",
          FUJITA, [P("税理士法人みらい会計 野上 陽子", "nogami@mirai-kaikei.example.jp")],
          "同業比較資料の送付（建設・金属加工）",
          """
税理士法人みらい会計
野上様

お世話になっております。東雲銀行の藤田です。
先日の打合せでお話しした同業比較資料をお送りします。
いずれも開示の了承をいただいている先、または公表決算の先のみで作成しております。
""" + SIG_FUJITA,
          attachments=[att("同業比較_2024.xlsx", """
[建設]
社名	売上高（百万円）	経常利益率	自己資本比率
有限会社佐藤工務店	213	1.9%	18%
株式会社田中建設	486	3.2%	27%
渡辺組株式会社	1,120	4.1%	35%
[金属加工]
社名	売上高（百万円）	経常利益率	自己資本比率
株式会社鈴木鉄工所	358	2.7%	22%
株式会社丸高精工	942	5.6%	41%
高橋製作所株式会社	271	0.8%	15%
""")]))

    add(M(ORG, "matsuoka", "body", "pass", "benign.congratulations_new_president",
          "Congratulations on a publicly announced presidential appointment.",
          MATSU, [P("株式会社寺泊水産 代表取締役社長 西川 洋平", "nishikawa@teradomari-suisan.example.co.jp")],
          "代表取締役社長ご就任のお祝い",
          """
株式会社寺泊水産
代表取締役社長 西川 洋平 様

拝啓　晩秋の候、貴社ますますご清栄のこととお慶び申し上げます。
このたびは代表取締役社長にご就任とのこと、誠におめでとうございます。
新聞報道にて拝見し、支店一同大変喜んでおります。

先代の西川 修会長が築かれた確かな基盤の上に、
西川社長の新しい感性で貴社がさらに発展されますことを、心より祈念申し上げます。
当行といたしましても、これまで以上にお役に立てますよう努めてまいります。

略儀ながら、メールにてお祝い申し上げます。　敬具
""" + SIG_MATSU))

    add(M(ORG, "imai", "recipients", "pass", "benign.meeting_borrower_and_accountant",
          "A meeting arrangement with six visible addresses from two organisations (the borrower and its tax firm).",
          IMAI, [MARUTAKA, P("株式会社丸高精工 専務取締役 高橋 拓也", "t.takahashi@marutaka-seiko.example.co.jp"),
                 P("株式会社丸高精工 製造部長 石田 浩", "ishida@marutaka-seiko.example.co.jp")],
          "中期事業計画のご説明の場について（日程ご相談）",
          """
株式会社丸高精工　高橋専務、石田部長、渡辺様
税理士法人みらい会計　小熊先生、野上様、五十嵐様

いつもお世話になっております。東雲銀行長岡東支店の今井でございます。
丸高精工様の中期事業計画につきまして、当行へのご説明の場を設けていただけるとのこと、
誠にありがとうございます。下記日程でご都合はいかがでしょうか。

　① 11月28日（木）13:30～15:00
　② 12月2日（月）10:00～11:30

場所は貴社会議室をお借りできればと存じます。
当行からは松岡（課長代理）、今井の2名で伺います。
""" + SIG_IMAI,
          cc=[MIRAI_KAIKEI, P("税理士法人みらい会計 野上 陽子", "nogami@mirai-kaikei.example.jp"),
              P("税理士法人みらい会計 五十嵐 聡", "s.igarashi@mirai-kaikei.example.jp"), MATSU]))

    add(M(ORG, "fujita", "body", "pass", "benign.health_management_loan_aggregate",
          "健康経営 criteria and a company's aggregate check-up and stress-check rates; no individual's health data.",
          FUJITA, [P("株式会社見附ニット 総務部 田辺", "tanabe@mitsuke-knit.example.co.jp")],
          "「しののめ健康経営サポートローン」の金利優遇要件について",
          """
株式会社見附ニット
総務部 田辺様

お世話になっております。東雲銀行長岡東支店の藤田です。
お問い合わせいただいた健康経営サポートローンの金利優遇要件について、ご回答いたします。

　要件①：健康経営優良法人の認定取得（貴社は2024年認定済 ― 充足）
　要件②：定期健康診断の受診率 95%以上（貴社実績 100% ― 充足）
　要件③：ストレスチェックの実施と集団分析（貴社実績 受検率 88% ― 充足）
　要件④：障害者雇用率が法定雇用率以上（貴社実績 2.6% ― 充足）

すべて充足しておりますので、基準金利から▲0.3%の優遇が適用されます。
個々の従業員さまの健診結果等をご提出いただく必要はございません。
""" + SIG_FUJITA))

    add(M(ORG, "matsuoka", "zip", "pass", "benign.plain_zip_contract_templates",
          "An unencrypted zip of blank contract templates; no personal data.",
          MATSU, [P("株式会社山古志ファーム 関 美代子", "miyoko.seki.yamakoshi@gmail.com")],
          "ご融資契約書類（ひな型）のご送付",
          """
株式会社山古志ファーム
代表取締役 関 美代子 様

いつもお世話になっております。東雲銀行の松岡でございます。
先日ご要望いただきました契約書類のひな型を、事前ご確認用にお送りいたします。
zip形式ですがパスワードは設定しておりません。記入例も入れております。
ご不明な点は、調印日までにお気軽にお尋ねください。
""" + SIG_MATSU,
          attachments=[
              att("契約書ひな型.zip/金銭消費貸借契約書_ひな型.docx", """
金銭消費貸借契約証書（証書貸付）
借主 ＿＿＿＿＿＿＿＿（以下「借主」という）は、株式会社東雲銀行（以下「銀行」という）から
金＿＿＿＿＿＿円を借り受け、次の条項を承認します。
第1条（返済方法）……
"""),
              att("契約書ひな型.zip/記入例.pdf", """
記入例：借主欄には商業登記簿上の本店所在地・商号・代表者の役職と氏名を記入し、法人実印を押印してください。
例）新潟県長岡市〇〇町1-2-3　株式会社〇〇　代表取締役 〇〇 〇〇
"""),
          ]))

    return out
