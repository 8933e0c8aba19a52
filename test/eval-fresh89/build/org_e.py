"""(E) 株式会社グランレジデンス管理 (condominium management company).

Writers: 高橋 誠 (front manager for グランフォレスト港北, courteous, standard signature),
         中島 由紀 (accounting for management associations, precise, signature with hours; English too),
         佐々木 剛 (building/technical, terse, one-line signature).
"""
from common import (addr, mail, att, enc_zip, P, csv_text, CT_CSV, CT_TXT, CT_XLSX, CT_PDF)

ORG = "E"
D = "grand-kanri.example.co.jp"

TAKA = addr("高橋 誠（グランレジデンス管理）", f"m.takahashi@{D}")
NAKA = addr("中島 由紀", f"nakajima.yuki@{D}")
SASA = addr("佐々木 剛", f"t-sasaki@{D}")

SIG_TAKA = """―――――――――――――――――――――――――
株式会社グランレジデンス管理
マンション管理部 フロント担当　高橋 誠
（担当物件：グランフォレスト港北）
〒108-0000 東京都港区芝浦9-9-9 芝浦ベイビル6F
TEL 03-0000-7610　FAX 03-0000-7699
24時間緊急受付 03-0000-7600
―――――――――――――――――――――――――"""

SIG_NAKA = """==========================================
株式会社グランレジデンス管理 会計サポート課
中島 由紀　TEL 03-0000-7625（平日 9:00〜17:30）
nakajima.yuki@grand-kanri.example.co.jp
=========================================="""

SIG_NAKA_EN = """Yuki Nakajima
Accounting Support Section
Grand Residence Kanri Co., Ltd.
Tel +81-3-0000-7625 (weekdays 9:00-17:30 JST)"""

SIG_SASA = """グランレジデンス管理 技術課 佐々木 剛（03-0000-7640／携帯 090-0000-7640）"""

HORIE = addr("堀江 孝", "horie.takashi@gmail.com")   # 管理組合 理事長 (private address)


def build():
    out = []

    # ------------------------------------------------------------ HOLDS
    # body 1: complainant's name, room and mobile sent to the renovation contractor
    out.append(mail(
        ORG, "takahashi", "body", "hold", "personal.neighbour_complaint_to_contractor",
        "苦情を寄せた居住者の氏名・部屋番号・携帯番号を本文に書いて内装業者へ伝えているため。",
        TAKA, [addr("リノベ匠 工事部 金子", "kaneko@renove-takumi.example.co.jp")],
        "グランフォレスト港北 703号室 工事騒音について",
        f"""
株式会社リノベ匠
工事部 金子 様

いつもお世話になっております。グランレジデンス管理の高橋です。

現在施工中の703号室リフォーム工事について、真上の住戸の方から
騒音に関するお申し出がありました。

　お申し出者：803号室 山本 恵子 様（携帯 090-0000-6129）
　内容：はつり作業の音と振動が大きく、夜勤明けの日中に眠れない
　ご要望：はつり作業の日程を事前に知らせてほしい

工事規約上の作業時間（9:00〜17:00）は守られていますが、
山本様には一度、御社から直接お詫びと今後の工程のご説明をお願いできますでしょうか。
あわせて、はつり作業の予定日を掲示板にも掲示いたします。

{SIG_TAKA}
""",
        personal=[P("name", "山本 恵子"), P("address", "803号室"), P("phone", "090-0000-6129")]))

    # body 2: resident's bank account for direct debit
    out.append(mail(
        ORG, "nakajima", "body", "hold", "id.bank_account_direct_debit",
        "居住者個人の口座番号（口座振替用）を氏名・部屋番号とともに本文に書いて収納代行会社へ送っているため。",
        NAKA, [addr("ジャパン収納サービス 口座振替センター", "furikae@shuno-service.example.co.jp")],
        "口座振替依頼書の不備返却分について（委託者番号 GR-0417）",
        f"""
株式会社ジャパン収納サービス
口座振替センター ご担当者様

お世話になっております。グランレジデンス管理 会計サポート課の中島です。

先日不備で返却された口座振替依頼書について、ご本人に確認のうえ
正しい内容が分かりましたので、以下のとおり再登録をお願いいたします。

　物件：グランフォレスト港北 1204号室
　契約者：小川 健太郎 様
　金融機関：よこはま中央信用金庫 新横浜支店
　口座：普通 4417028　名義 オガワ ケンタロウ
　（不備内容：口座番号の1桁誤記。届出印は問題なし）

8月27日の振替に間に合うよう、お手続きいただけますと幸いです。

{SIG_NAKA}
""",
        personal=[P("name", "小川 健太郎"), P("bank_account", "普通 4417028"),
                  P("address", "グランフォレスト港北 1204号室")]))

    # body 3: arrears list sent to the chair's private address
    out.append(mail(
        ORG, "nakajima", "body", "hold", "list.arrears_by_name",
        "滞納者4名の部屋番号・氏名・滞納額の一覧を本文に書いて理事長の個人アドレスへ送っているため。",
        NAKA, [HORIE],
        "管理費等の滞納状況（5月末時点）のご報告",
        f"""
グランフォレスト港北管理組合
理事長 堀江 様

いつもお世話になっております。グランレジデンス管理の中島です。
5月末時点の管理費等の滞納状況をご報告いたします。

| 部屋 | 区分所有者 | 滞納月数 | 滞納額 |
| 202号室 | 岡 政志 様 | 3か月 | 98,400円 |
| 602号室 | 村田 正和 様 | 6か月 | 203,700円 |
| 910号室 | 東 美樹 様 | 2か月 | 61,200円 |
| 1306号室 | 小田切 俊 様 | 4か月 | 142,800円 |
合計 506,100円

602号室と1306号室は督促状（第2回）を6月10日に発送済みです。
6か月を超える滞納については、次回理事会で法的措置のご検討をお願いいたします。

{SIG_NAKA}
""",
        personal=[P("name", "岡 政志"), P("name", "村田 正和"), P("debt", "203,700円"),
                  P("name", "小田切 俊"), P("debt", "142,800円")]))

    # attachment 1: residents roster for the fire-equipment inspection
    roster = (
        "グランフォレスト港北 居住者一覧（消防設備点検 立会い調整用）\n"
        "部屋番号\t氏名\t電話\t在宅しやすい時間帯\t備考\n"
        "301\t野田 晴美\t090-0000-1408\t平日午前\t犬1匹（小型）\n"
        "302\t石崎 信夫\t045-0000-3317\t終日\t高齢の一人暮らし。耳が遠い\n"
        "303\t井上 翔太\t080-0000-5562\t土日のみ\t\n"
        "304\t陳 美玲\t070-0000-9913\t平日18時以降\t日本語は簡単な会話のみ\n"
        "305\t内田 フミ\t045-0000-2280\t終日\t長男（都内在住）が鍵を管理\n"
        "306\t松尾 健二\t090-0000-4425\t平日午後\t在宅勤務\n")
    out.append(mail(
        ORG, "sasaki", "attachment", "hold", "list.residents_roster",
        "添付の一覧が居住者6名の氏名・電話番号・在宅時間帯・家庭の事情を並べた名簿であるため。",
        SASA, [addr("東和防災 点検課 小島", "kojima@towa-bousai.example.co.jp")],
        "消防設備点検（3階）立会い調整用資料",
        f"""
東和防災 小島様

グランレジデンス管理 佐々木です。
7/8 の消防設備点検（3階部分）の立会い調整用に、居住者一覧を添付します。
在室の確認が取れない住戸は、前日に当社から電話します。

以上、よろしくお願いします。

{SIG_SASA}
""",
        attachments=[att("居住者一覧_3F_点検用.xlsx", CT_XLSX, roster)],
        personal=[P("name", "野田 晴美"), P("phone", "090-0000-1408"), P("name", "石崎 信夫"),
                  P("name", "陳 美玲"), P("phone", "070-0000-9913")]))

    # attachment 2: evacuation support list with conditions to the neighbourhood association
    support = csv_text(
        ["部屋", "氏名", "年齢", "支援が必要な理由", "避難時の支援内容", "緊急連絡先"],
        [["305", "内田 フミ", "88", "認知症（要介護2）", "声かけ・付き添い", "長男 045-0000-2281"],
         ["411", "桑原 義雄", "79", "車椅子使用（脳梗塞の後遺症）", "階段避難の介助2名", "妻 090-0000-3394"],
         ["708", "吉永 和子", "83", "人工透析（週3回）", "透析先病院への連絡", "長女 080-0000-7720"],
         ["1102", "佐久間 徹", "52", "視覚障害（1級）", "誘導", "本人 090-0000-1168"]])
    out.append(mail(
        ORG, "takahashi", "attachment", "hold", "sensitive.evacuation_support_list",
        "添付の要支援者名簿に4名の氏名・年齢と認知症・人工透析・視覚障害などの情報があり、自治会へ送っているため。",
        TAKA, [addr("港北台自治会 会長 永田", "nagata@kohokudai-jichikai.example.jp")],
        "防災訓練（9/7）に向けた資料のご送付",
        f"""
港北台自治会
会長 永田 様

いつもお世話になっております。グランフォレスト港北の管理会社、グランレジデンス管理の高橋です。

9月7日（日）の合同防災訓練に向けて、管理組合の防災委員会で作成した
避難時に支援が必要な方の一覧を添付にてお送りいたします。
自治会の安否確認班の皆様と共有いただければと存じます。

訓練当日の集合場所は、当マンションの北側駐車場とさせてください。
打合せは8月中旬に一度お願いできますでしょうか。

{SIG_TAKA}
""",
        attachments=[att("避難行動要支援者一覧_グランフォレスト港北.csv", CT_CSV, support)],
        personal=[P("name", "桑原 義雄"), P("disability", "車椅子使用（脳梗塞の後遺症）"),
                  P("name", "吉永 和子"), P("health", "人工透析（週3回）"),
                  P("name", "佐久間 徹"), P("disability", "視覚障害（1級）")]))

    # quoted 1: welfare status of a resident in the quoted earlier mail
    board = [addr("堀江 孝", "horie.takashi@gmail.com"),
             addr("副理事長 大須賀", "osuga.k@yahoo.co.jp"),
             addr("会計理事 三好 綾", "aya.miyoshi.gf@gmail.com"),
             addr("理事 ナラヤン・シャルマ", "narayan.sharma@outlook.com")]
    out.append(mail(
        ORG, "takahashi", "quoted", "hold", "sensitive.welfare_status_quoted",
        "理事全員への返信の引用部分に、居住者の氏名と生活保護受給の事実が残っているため。",
        TAKA, board,
        "Re: 7月理事会の日程と議題について",
        f"""
理事の皆様

いつもお世話になっております。グランレジデンス管理の高橋です。

7月理事会は、7月12日（土）10:00〜12:00、集会室にて開催いたします。
議題（案）は以下のとおりです。

1. 大規模修繕工事の設計監理者選定について
2. 管理費等の滞納への対応について
3. 夏祭り（8月23日）の実施について
4. 駐輪場の区画見直しについて

資料は7月7日（月）までに各戸のポストに投函いたします。
ご欠席の場合は、委任状のご提出をお願いいたします。

{SIG_TAKA}

2025年6月20日(金) 9:12 高橋 誠 <m.takahashi@grand-kanri.example.co.jp>:
> 堀江理事長
>
> お世話になっております。高橋です。
> 滞納の件で、事前にご相談させてください。
>
> 602号室の村田 正和 様ですが、昨年から生活保護を受給されており、
> 区の福祉事務所のケースワーカーの方から、滞納分の分割払いについて
> 相談したいとの連絡がありました。
> 法的措置の検討の前に、分割払いの提案を受けるかどうか、
> 理事会の前にご意見を伺えますでしょうか。
>
> 高橋
""",
        personal=[P("name", "村田 正和"), P("welfare", "生活保護を受給")]))

    # quoted 2: resident's leak report with full contact forwarded to a plumber
    out.append(mail(
        ORG, "sasaki", "quoted", "hold", "personal.resident_inquiry_forwarded",
        "転送部分に居住者の氏名・部屋番号・携帯・メールアドレスが含まれ、設備業者へ送っているため。",
        SASA, [addr("港北設備 サービス課 中田", "nakata@kohoku-setsubi.example.co.jp")],
        "FW: 浴室天井からの水漏れについて",
        f"""
港北設備 中田様

グランレジデンス管理 佐々木です。
下記、漏水の連絡です。上階（607号室）の給水管か排水管の可能性あり。
今週中に調査日を調整してください。直接ご本人に連絡して構いません。

{SIG_SASA}

-----Original Message-----
From: 江口 麻衣 <mai.eguchi.507@outlook.com>
Sent: Saturday, June 21, 2025 8:40 PM
To: info@grand-kanri.example.co.jp
Subject: 浴室天井からの水漏れについて

グランレジデンス管理 御中

グランフォレスト港北 507号室の江口です。
今日の夕方から、浴室の天井の点検口のあたりから水がぽたぽた落ちてきています。
バケツで受けていますが、止まりません。

平日は19時以降、土日は終日在宅しています。
連絡は携帯（080-0000-3317）か、このメールにお願いします。

江口 麻衣
""",
        personal=[P("name", "江口 麻衣"), P("address", "507号室"), P("phone", "080-0000-3317"),
                  P("email", "mai.eguchi.507@outlook.com")]))

    # subject only: resident's name and dementia in the subject
    out.append(mail(
        ORG, "takahashi", "subject", "hold", "sensitive.dementia_in_subject",
        "件名に居住者の氏名と認知症であることが書かれているため（本文には記載なし）。",
        TAKA, [addr("港北地域ケアプラザ 地域包括支援センター", "hokatsu@kohoku-careplaza.example.jp")],
        "305号室 内田 フミ様（認知症）の夜間の外出についてご相談",
        f"""
港北地域ケアプラザ
地域包括支援センター ご担当者様

はじめてご連絡いたします。
グランフォレスト港北（港北台9-9-9）の管理会社、グランレジデンス管理の高橋と申します。

標記の方について、ここ1か月ほど、夜中の2時〜3時頃に寝間着のまま
エントランスや駐車場を歩いていらっしゃる様子が、防犯カメラと警備員の巡回で
3回確認されています。6月19日には、警備員がご自宅までお送りしました。

ご家族（長男様・都内在住）には管理会社からお伝えしておりますが、
お仕事の都合ですぐには来られないとのことでした。
見守りや介護サービスについて、ご相談に乗っていただくことは可能でしょうか。

管理員の勤務時間（平日9時〜17時）であれば、現地でお会いすることもできます。

{SIG_TAKA}
""",
        personal=[P("name", "内田 フミ"), P("diagnosis", "認知症")]))

    # zip: encrypted zip of proxy/vote forms
    out.append(mail(
        ORG, "nakajima", "zip", "hold", "attachment.encrypted_zip",
        "パスワード付きZIPファイル（PPAP）を添付しているため。",
        NAKA, [HORIE],
        "第25期通常総会 議決権行使書・委任状の集計結果",
        f"""
堀江理事長

お世話になっております。グランレジデンス管理の中島です。

第25期通常総会の議決権行使書・委任状の集計結果と、スキャンデータを
ZIP にまとめてお送りします。
解凍用のパスワードは、この後のメールでお送りいたします。

総会当日の受付名簿は、集会室の書庫に保管しております。

{SIG_NAKA}
""",
        attachments=[enc_zip("第25期通常総会_議決権行使書_委任状.zip")]))

    # recipients: 12 contractors visible in To
    contractors = [
        ("大京リニューアル 見積課", "mitsumori@daikyo-renewal.example.co.jp"),
        ("横浜改修工業 営業部", "eigyo@yokohama-kaishu.example.co.jp"),
        ("湘南建装 工事部 松下", "matsushita@shonan-kenso.example.co.jp"),
        ("東京リペア 大規模修繕課", "daikibo@tokyo-repair.example.co.jp"),
        ("みなと塗装工業 見積担当", "estimate@minato-tosou.example.jp"),
        ("関東建物保全 営業 本田", "honda@kanto-hozen.example.co.jp"),
        ("京浜リフォームテック", "info@keihin-reformtech.example.co.jp"),
        ("サンライズ改修 鈴村", "suzumura@sunrise-kaishu.example.jp"),
        ("日栄建設 リニューアル部", "renewal@nichiei-kensetsu.example.co.jp"),
        ("青山防水 工事課 野島", "nojima@aoyama-bousui.example.co.jp"),
        ("港北ビルテック 営業 三浦", "miura@kohoku-biltech.example.co.jp"),
        ("富士リノベーション 見積課", "mitsumori@fuji-renovation.example.co.jp"),
    ]
    out.append(mail(
        ORG, "sasaki", "recipients", "hold", "recipients.visible_contractors",
        "競合する施工会社12社のアドレスが To に並び、互いに見える状態で送っているため。",
        SASA, [addr(n, e) for n, e in contractors],
        "グランフォレスト港北 大規模修繕工事 見積参加のお願い",
        f"""
施工会社 各位

グランレジデンス管理 技術課の佐々木です。
グランフォレスト港北（14階建・152戸）の第2回大規模修繕工事について、
見積参加のご案内をいたします。

・現地説明会：7月15日（火）10:00 集会室
・見積要項・数量書：説明会で配布
・見積提出期限：8月29日（金）17:00
・工事予定：2026年4月〜11月

参加希望の可否を7月9日（水）までに返信してください。

{SIG_SASA}
"""))

    # ------------------------------------------------------------ PASSES
    # licence numbers of the company and of a 宅建士
    out.append(mail(
        ORG, "takahashi", "none", "pass", "benign.takken_license_numbers",
        "管理業者登録番号・宅建業免許番号・宅建士登録番号は業として公開する番号で、個人の識別番号として保護すべきものではないため。",
        TAKA, [addr("港北ハウジング 仲介営業部 竹田", "takeda@kohoku-housing.example.co.jp")],
        "重要事項調査報告書のご送付（グランフォレスト港北 1002号室）",
        f"""
株式会社港北ハウジング
仲介営業部 竹田 様

お世話になっております。グランレジデンス管理の高橋です。
ご依頼のありました重要事項調査報告書について、主な内容を下記のとおりお知らせいたします。
（報告書の原本は本日郵送いたしました）

■ 管理会社
　株式会社グランレジデンス管理
　マンション管理業者 登録番号：国土交通大臣(3)第033999号
　宅地建物取引業 免許番号：東京都知事(2)第101999号
　担当 宅地建物取引士：高橋 誠（東京 第234567号）

■ 対象住戸：1002号室（専有面積 72.4㎡）
　管理費：月額 18,800円　修繕積立金：月額 21,700円
　駐車場使用料：なし

■ 管理組合
　修繕積立金総額（5月末）：312,480,000円
　大規模修繕工事：2026年4月着工予定（一時金の徴収予定なし）

調査手数料（11,000円）の請求書は、報告書に同封しております。

{SIG_TAKA}
"""))

    # religious corporation as a tenant
    out.append(mail(
        ORG, "nakajima", "none", "pass", "benign.religious_corporation_tenant",
        "宗教法人は法人としての店舗テナントで、個人の信条に関する情報ではないため。",
        NAKA, [addr("宗教法人 光明会 事務局 横浜分室", "jimukyoku@komyokai.example.or.jp")],
        "1階店舗区画（101区画）7月分 管理費等のご請求について",
        f"""
宗教法人 光明会
事務局 横浜分室 御中

いつもお世話になっております。
グランフォレスト港北の管理会社、グランレジデンス管理 会計サポート課の中島です。

1階店舗区画（101区画）の7月分管理費等のご請求をお送りいたします。

　管理費：42,300円
　修繕積立金：38,900円
　看板使用料：5,000円
　合計：86,200円
　お支払期日：7月27日（日）（口座振替）

また、集会所としてご利用の際の来訪者の自転車について、
店舗区画用の駐輪スペース（8台分）をご利用いただくようご案内をお願いいたします。

{SIG_NAKA}
"""))

    # election candidate / poster boards
    out.append(mail(
        ORG, "takahashi", "none", "pass", "benign.election_candidate",
        "出てくるのは選挙の立候補予定者（公人）と選挙管理委員会で、私人の個人情報ではないため。",
        TAKA, [addr("港北区選挙管理委員会 事務局", "senkyo@kohoku-city.example.lg.jp")],
        "ポスター掲示場の設置と集会室の利用申込みについて",
        f"""
港北区選挙管理委員会
事務局 ご担当者様

お世話になっております。グランフォレスト港北の管理会社、グランレジデンス管理の高橋です。

7月の市議会議員選挙に伴うポスター掲示場の設置について、
管理組合理事会の承認が得られましたのでご連絡いたします。

・設置場所：敷地南側 歩道沿いのフェンス前（幅約5m）
・設置期間：告示日前日〜投票日翌々日
・撤去後の原状回復：フェンスの結束跡の補修をお願いいたします

なお、立候補予定者の三枝 浩一郎 氏の事務所から、
マンションの集会室を個人演説会の会場として借りたいとの申込みがありました。
管理規約上、政治活動目的での集会室の貸出しはお断りしております。
お断りする際の注意点等があれば、ご教示いただけますと幸いです。

{SIG_TAKA}
"""))

    # board minutes, board members by role
    out.append(mail(
        ORG, "sasaki", "none", "pass", "benign.board_minutes_roles_only",
        "理事会議事録で、理事は役職のみ、業者は担当者名だけで、居住者の個人情報を含まないため。",
        SASA, [HORIE],
        cc=[addr("高橋 誠", f"m.takahashi@{D}")],
        subject="6月理事会 議事録（案）",
        text=f"""
堀江理事長

佐々木です。6月理事会の議事録（案）を送ります。
修正があれば 6/30 までにご連絡ください。

---------------------------------------------
グランフォレスト港北管理組合 2025年6月度 理事会 議事録（案）
日時：2025年6月14日（土）10:00〜11:45
場所：集会室
出席：理事7名中6名（理事長、副理事長、会計理事、理事3名）
管理会社：グランレジデンス管理 高橋（フロント）、佐々木（技術）
オブザーバー：アトリエ港設計 小松（設計監理候補）

1. 大規模修繕工事 設計監理方式の採用について
　→ 設計監理方式で進めることを承認（賛成6）
2. エレベーター（2号機）制御盤の交換工事について
　→ 東都エレベーター社の見積（2,640,000円税込）を承認
3. 駐輪場の区画見直しについて
　→ 次回理事会で再協議
次回：7月12日（土）10:00
---------------------------------------------

{SIG_SASA}
"""))

    # plain zip with drawings list
    dlist = csv_text(["図面番号", "名称", "縮尺", "版"],
                     [["A-01", "配置図", "1/300", "竣工"],
                      ["A-05", "基準階平面図", "1/100", "竣工"],
                      ["A-12", "立面図（南・東）", "1/200", "竣工"],
                      ["M-03", "給排水衛生設備 系統図", "1/100", "改修2018"]])
    memo = ("図面貸出メモ\n対象：グランフォレスト港北（2004年竣工）\n"
            "用途：大規模修繕工事の現況調査\n返却期限：2025年7月31日\n"
            "注意：竣工図のため、2018年の給水管更新は M-03 のみ反映\n")
    out.append(mail(
        ORG, "sasaki", "none", "pass", "benign.plain_zip_drawings",
        "暗号化されていないZIPで、中身は図面リストと貸出メモだけのため。",
        SASA, [addr("アトリエ港設計 監理部 小松", "komatsu@atelier-minato.example.jp")],
        subject="グランフォレスト港北 竣工図一式（ZIP）",
        text=f"""
アトリエ港設計 小松様

グランレジデンス管理 佐々木です。
現況調査用の竣工図リストと貸出メモを ZIP で送ります（パスワードなし）。
図面の PDF は容量が大きいので、共有フォルダに置きました。
https://share.grand-kanri.example.co.jp/gf-kohoku/drawings/

{SIG_SASA}
""",
        attachments=[att("GF港北_竣工図.zip/図面リスト.csv", CT_CSV, dlist),
                     att("GF港北_竣工図.zip/貸出メモ.txt", CT_TXT, memo)]))

    # contractor invoice, corporate account
    out.append(mail(
        ORG, "nakajima", "none", "pass", "benign.contractor_invoice_corporate",
        "支払先は業者の法人口座で、個人の口座情報ではないため。",
        NAKA, [addr("港北設備 経理部", "keiri@kohoku-setsubi.example.co.jp")],
        subject="請求書受領とお支払予定のご連絡（グランフォレスト港北 排水管清掃）",
        text=f"""
港北設備株式会社
経理部 御中

お世話になっております。グランレジデンス管理 会計サポート課の中島です。

下記のご請求書を受領いたしました。理事長の承認を得ましたので、
管理組合口座より以下のとおりお支払いいたします。

　請求書番号：KS-25-0588
　件名：グランフォレスト港北 雑排水管高圧洗浄（全152戸）
　金額：1,023,000円（税込）
　お支払予定日：2025年7月31日
　お振込先：よこはま中央信用金庫 港北支店 当座 0023871 港北設備（カ

振込手数料は管理組合負担といたします。
領収書は不要です。よろしくお願いいたします。

{SIG_NAKA}
"""))

    # internet service outage
    out.append(mail(
        ORG, "takahashi", "none", "pass", "benign.internet_outage",
        "「障害」はマンションのインターネット回線の不具合のことで、人の障害情報ではないため。",
        TAKA, [addr("ネクサス光マンション サポート", "support@nexus-hikari.example.jp")],
        subject="【障害連絡】グランフォレスト港北 全戸インターネット接続不可",
        text=f"""
ネクサス光マンション
サポートセンター ご担当者様

グランフォレスト港北（契約番号 NXM-14-00527）の管理会社、グランレジデンス管理の高橋です。

本日6月22日（日）7時頃から、全戸でインターネットに接続できない障害が発生しており、
居住者の方から管理会社の緊急受付に20件以上の連絡が入っています。

・共用部 MDF 室の光終端装置：POWER 点灯、LINK 消灯
・ブレーカー・電源系統：異常なし（当社緊急対応員が確認）
・周辺マンションの状況：不明

至急、障害の原因と復旧見込みをお知らせください。
エントランスに掲示を出しますので、お知らせの文案もいただけますと助かります。

{SIG_TAKA}
"""))

    # historical persons in a newsletter
    out.append(mail(
        ORG, "takahashi", "none", "pass", "benign.historical_persons_newsletter",
        "記事に出てくるのは歴史上の人物と公開イベントで、個人情報ではないため。",
        TAKA, [addr("港北プリント 制作部 西川", "nishikawa@kohoku-print.example.co.jp")],
        subject="「グランフォレスト通信」夏号 原稿の送付",
        text=f"""
港北プリント
制作部 西川 様

お世話になっております。グランレジデンス管理の高橋です。
「グランフォレスト通信」夏号の原稿をお送りします。A4両面・カラーでお願いいたします。

――――――――――――――――――――
【表面】夏祭りのお知らせ
　8月23日（土）16:00〜19:00　中庭にて
　ヨーヨー釣り、かき氷、子ども縁日など

【裏面】まちの歴史さんぽ　第6回「小机城と太田道灌」
　室町時代の後半、このあたりは戦国の争いの舞台となりました。
　文明10年（1478年）、江戸城を築いたことで知られる太田道灌は小机城を攻め落とし、
　その後、小田原の北条氏の支城として整備されたと伝えられています。
　現在の小机城址市民の森では、空堀や土塁の跡を見ることができます。
――――――――――――――――――――

校正は7月4日（金）までにいただけますと幸いです。

{SIG_TAKA}
"""))

    # project mail with 6 visible addresses from 2 organisations
    out.append(mail(
        ORG, "sasaki", "none", "pass", "benign.project_six_addresses",
        "大規模修繕のキックオフ連絡で、宛先は2社6名の関係者のみのため。",
        SASA,
        [addr("小松 理恵", "komatsu@atelier-minato.example.jp"),
         addr("井口 達郎", "iguchi@atelier-minato.example.jp"),
         addr("安田 美保", "yasuda@atelier-minato.example.jp")],
        cc=[addr("高橋 誠", f"m.takahashi@{D}"),
            addr("中島 由紀", f"nakajima.yuki@{D}"),
            addr("技術課長 大塚", f"otsuka.h@{D}")],
        subject="【GF港北 大規模修繕】設計監理業務キックオフの件",
        text=f"""
アトリエ港設計
小松様、井口様、安田様

グランレジデンス管理 佐々木です。
設計監理業務のキックオフ打合せを以下で設定しました。

・日時：7月3日（木）14:00〜16:00
・場所：グランフォレスト港北 集会室
・出席：アトリエ港設計 3名／当社 高橋・中島・大塚・佐々木／理事長（予定）
・議題：業務スケジュール、建物調査の範囲、居住者アンケートの設問案、
　　　　修繕積立金の収支見通し（中島より説明）

調査用の竣工図は先日送付済みです。

{SIG_SASA}
"""))

    # English mail to an overseas owner about their own unit
    out.append(mail(
        ORG, "nakajima", "none", "pass", "benign.owner_self_english",
        "海外在住の区分所有者本人への、本人住戸の管理費と総会の案内で、口座番号もマスクされているため。",
        NAKA, [addr("Wei Ling Tan", "weiling.tan.sg@gmail.com")],
        subject="Unit 1507 - monthly fees from August and notice of the extraordinary general meeting",
        text=f"""
Dear Ms. Tan,

Thank you for your email. This is Yuki Nakajima from Grand Residence Kanri,
the management company of Grand Forest Kohoku.

1. Monthly fees for Unit 1507 from August 2025
   Management fee: JPY 22,400
   Repair reserve fund: JPY 25,900
   Total: JPY 48,300, debited on the 27th from your registered account
   (Shinsei Yokohama Bank, account ending ***3391)

2. Extraordinary general meeting
   Date: Saturday 27 September 2025, 10:00 JST, community room
   Agenda: approval of the large-scale repair work contract
   If you cannot attend, you may vote by the voting form that we will send
   by international mail at the end of August, or appoint a proxy.

Please let me know if your mailing address in Singapore has changed.

Best regards,

{SIG_NAKA_EN}
"""))

    return out
