"""Org D: 株式会社ブルーリーフ・エキシビション (event and exhibition organiser)."""
from common import (M, addr, t, card, reply_jp, reply_gmail_en, outlook_orig, fwd_gmail,
                    csv_text, sheet_text)

ORG = "blueleaf_expo"
DOM = "blueleaf-expo.example.co.jp"

MIURA = addr("三浦 翔", f"miura-sho@{DOM}")
EGUCHI = addr("江口 里美", f"eguchi-s@{DOM}")
HASEBE = addr("Kevin Hasebe（長谷部 ケビン）", f"k.hasebe@{DOM}")

SIG_MIURA = t("""
    ------------------------------
    三浦 翔 / Sho Miura
    株式会社ブルーリーフ・エキシビション
    営業部 出展営業グループ
    Mobile: 090-0000-5127
    Smart Factory Japan 2025｜9.10-12｜ベイサイド国際展示場
    ------------------------------
""")

SIG_EGUCHI = t("""
    ＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
    株式会社ブルーリーフ・エキシビション
    運営部 来場者サービス課　課長　江口 里美
    〒135-0000 東京都江東区青海二丁目0番8号
    TEL 03-0000-6620　FAX 03-0000-6621
    ＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
""")

SIG_HASEBE = t("""
    --
    Kevin Hasebe（長谷部 ケビン）
    International Sales / 海外事業部
    Blue Leaf Exhibitions Inc.
    T: +81-3-0000-6633  M: +81-80-0000-2741
    https://www.blueleaf-expo.example.co.jp/en/
""")


def mails():
    out = []
    W1, W2, W3 = "miura", "eguchi", "hasebe"

    # ------------------------------------------------------------ holds
    # H1 body: overseas speakers' passport numbers to a travel agency
    out.append(M(
        org=ORG, writer=W3, loc="body", expect="hold",
        kind="id.speaker_passport_numbers",
        why="海外講演者3名の旅券番号・生年月日・国籍を本文に書いて外部の旅行会社へ送っているため。",
        **{"from": HASEBE},
        to=[addr("グローバルツアーズ 法人営業 小西", "konishi@global-tours.example.co.jp")],
        subject="SFJ2025 海外講演者 招へい状・ホテル手配の件",
        text=t("""
            グローバルツアーズ
            小西さん

            お世話になっております、ブルーリーフの長谷部です。
            先日ご相談したSFJ2025の海外講演者3名について、招へい状（ビザ申請用）と
            ホテル手配に必要な情報をお送りします。

            1) Dr. Priya RAMANATHAN
               Nationality: India / DOB: 12 Apr 1979
               Passport No.: Z4821937（exp. 2031-08-14）
               Stay: 9/8 - 9/13（5 nights）

            2) Mr. WANG Haoran
               Nationality: China / DOB: 30 Sep 1985
               Passport No.: E71583902（exp. 2029-02-01）
               Stay: 9/9 - 9/12（3 nights）

            3) Ms. Ana Lucia FERREIRA
               Nationality: Brazil / DOB: 25 Jan 1990
               Passport No.: FT482193（exp. 2030-11-30）
               Stay: 9/8 - 9/12（4 nights）

            招へい状のドラフトは来週月曜までにいただけると助かります。
            Priyaさんは visa の申請に時間がかかるそうなので、最優先でお願いします！

        """) + "\n\n" + SIG_HASEBE,
        personal=[
            {"type": "name", "value": "Priya RAMANATHAN"},
            {"type": "passport_number", "value": "Z4821937"},
            {"type": "passport_number", "value": "E71583902"},
            {"type": "passport_number", "value": "FT482193"},
            {"type": "birth_date", "value": "12 Apr 1979"},
        ],
    ))

    # H2 body: injured visitor's details to the insurer
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="sensitive.visitor_injury_to_insurer",
        why="来場者の氏名・住所・電話と骨折・救急搬送という負傷の情報を外部の保険会社へ送っているため。",
        **{"from": EGUCHI},
        to=[addr("みらい損害保険 企業営業第三課 桐谷", "kiritani@mirai-sonpo.example.co.jp")],
        subject="【事故報告】会場内での来場者転倒事故（9/11）",
        text=t("""
            みらい損害保険株式会社
            企業営業第三課　桐谷 様

            いつもお世話になっております。ブルーリーフ・エキシビションの江口でございます。
            施設賠償責任保険の対象となる可能性がある事故が発生しましたので、第一報をお送りします。

            １．発生日時　2025年9月11日（木）15時20分頃
            ２．場所　　　ベイサイド国際展示場 西2ホール 出入口付近の段差
            ３．被害者　　中村 久美子 様（54歳）
            　　　　　　　住所：千葉県船橋市本町四丁目22番3号
            　　　　　　　電話：047-0000-3385
            ４．状況　　　ケーブルカバーの段差につまずいて転倒、右手をついて負傷。
            　　　　　　　救急搬送（江東湾岸病院）され、右橈骨遠位端骨折と診断。
            　　　　　　　9月13日に手術予定と、ご家族から伺っています。
            ５．当社対応　現場責任者がご家族に謝罪済み。ケーブルカバーはその日のうちに交換。

            今後の対応（治療費の立替えの可否など）についてご指示をお願いいたします。

        """) + "\n\n" + SIG_EGUCHI,
        personal=[
            {"type": "name", "value": "中村 久美子"},
            {"type": "address", "value": "千葉県船橋市本町四丁目22番3号"},
            {"type": "phone", "value": "047-0000-3385"},
            {"type": "diagnosis", "value": "右橈骨遠位端骨折"},
        ],
    ))

    # H3 body: a phone-order customer's full card number passed on in clear text
    cc_num = card("453921047786251")
    out.append(M(
        org=ORG, writer=W1, loc="body", expect="hold",
        kind="id.customer_card_number_phone_order",
        why="電話注文の顧客のクレジットカード番号全桁・有効期限・名義を平文で外部の発券代行会社へ送っているため。",
        **{"from": MIURA},
        to=[addr("チケットプラス 法人サポート", "corp-support@ticketplus.example.co.jp")],
        subject="電話注文分の決済 手動処理のお願い（カンファレンス券 2枚）",
        text=t("""
            チケットプラス 法人サポートさま

            ブルーリーフの三浦です！いつもありがとうございます。
            Web決済がうまくいかないというお客様から電話でご注文いただいたので、
            手動での決済処理をお願いできますか？

            お名前：石渡 真一 様（株式会社トーヨー精機）
            券種：カンファレンス通し券 ×2（@38,500円）
            カード番号：""") + cc_num + "\n" + t("""
            有効期限：09/27
            名義：SHINICHI ISHIWATA
            電話：090-0000-4418

            処理できたら、お客様にはこちらから電話します。
            急ぎですみません、よろしくお願いします！

        """) + "\n\n" + SIG_MIURA,
        personal=[
            {"type": "name", "value": "石渡 真一"},
            {"type": "card_number", "value": cc_num},
            {"type": "card_expiry", "value": "09/27"},
            {"type": "phone", "value": "090-0000-4418"},
        ],
    ))

    # H4 attachment: visitor leads (business-card list) to an exhibitor
    leads = csv_text([
        ["来場日", "会社名", "部署", "役職", "氏名", "メール", "電話", "興味分野"],
        ["2025/09/10", "株式会社東和製作所", "生産技術部", "課長", "片岡 直人", "kataoka@towa-ss.example.co.jp", "052-0000-1183", "協働ロボット"],
        ["2025/09/10", "大和精密工業株式会社", "設計課", "主任", "今井 翔太", "imai-s@yamato-seimitsu.example.co.jp", "048-0000-7702", "AGV"],
        ["2025/09/11", "有限会社 北斗プレス", "", "代表取締役", "北野 正", "kitano@hokuto-press.example.jp", "090-0000-3364", "協働ロボット"],
        ["2025/09/11", "ミヤケ食品株式会社", "工場長室", "工場長", "三宅 久美", "k.miyake@miyake-foods.example.co.jp", "03-0000-4187", "画像検査"],
        ["2025/09/12", "個人", "", "", "小田 健太", "kenta.oda.engineer@gmail.com", "080-0000-9021", "AGV"],
        ["2025/09/12", "株式会社サンライズ電子", "品質保証部", "部長", "日高 浩", "hidaka@sunrise-denshi.example.co.jp", "045-0000-6619", "画像検査"],
    ])
    out.append(M(
        org=ORG, writer=W1, loc="attachment", expect="hold",
        kind="list.visitor_leads_csv",
        why="来場者の氏名・会社・メール・電話を並べた名刺情報のリストを外部の出展社へ添付しているため。",
        **{"from": MIURA},
        to=[addr("ロボテクノ 営業企画 高松", "takamatsu@robotechno.example.co.jp")],
        subject="SFJ2025 ブース来場者リスト（バッジスキャン分）",
        text=t("""
            ロボテクノ 高松さま

            会期中はありがとうございました！三浦です。
            貴社ブースでバッジスキャンした来場者のリストをCSVでお送りします。
            今回はスキャン数が少なめだったので、出展者ポータルに上がる前に先に共有しますね。

            来年の小間の件も、またご相談させてください！

        """) + "\n\n" + SIG_MIURA,
        attachments=[{"filename": "SFJ2025_robotechno_leads.csv", "contentType": "text/csv",
                      "text": leads}],
        personal=[
            {"type": "name", "value": "片岡 直人"},
            {"type": "email", "value": "kataoka@towa-ss.example.co.jp"},
            {"type": "name", "value": "小田 健太"},
            {"type": "email", "value": "kenta.oda.engineer@gmail.com"},
            {"type": "phone", "value": "080-0000-9021"},
        ],
    ))

    # H5 attachment: temp staff roster to the security company
    staff = sheet_text([
        ["No", "氏名", "生年月日", "住所", "携帯", "緊急連絡先", "配置"],
        ["1", "浅野 蒼空", "2003/04/09", "江東区東雲1-9-21-1405", "080-0000-1123", "母 090-0000-5531", "西1受付"],
        ["2", "小川 陽菜", "2002/11/27", "品川区八潮5-3-12-804", "090-0000-8872", "父 080-0000-4410", "西1受付"],
        ["3", "Tran Thi Mai", "2000/06/15", "江戸川区西葛西6-14-2-302", "070-0000-3390", "兄 070-0000-2287", "総合案内"],
        ["4", "岡本 大輝", "1998/02/03", "中央区勝どき3-8-1-2211", "080-0000-6654", "妻 080-0000-6655", "搬入口"],
        ["5", "本田 さくら", "2004/08/21", "港区台場1-5-4-507", "090-0000-1209", "母 090-0000-7724", "クローク"],
        ["6", "宮下 航", "2001/12/30", "江東区豊洲4-2-9-611", "070-0000-9946", "父 090-0000-3318", "搬入口"],
    ])
    out.append(M(
        org=ORG, writer=W2, loc="attachment", expect="hold",
        kind="list.temp_staff_roster_security",
        why="短期スタッフ6名の氏名・生年月日・住所・携帯・家族の緊急連絡先の一覧を外部の警備会社へ添付しているため。",
        **{"from": EGUCHI},
        to=[addr("湾岸警備保障 隊長 沢田", "sawada@wangan-keibi.example.co.jp")],
        subject="SFJ2025 運営スタッフ名簿（入館証発行用）",
        text=t("""
            湾岸警備保障株式会社
            沢田 隊長

            お世話になっております。ブルーリーフの江口です。
            会期中の運営スタッフ（短期アルバイト）の名簿をお送りします。
            入館証の発行と、搬入口での本人確認にご利用ください。

            なお、4番・6番は搬入口配置のため、9/9の搬入日から入館します。

        """) + "\n\n" + SIG_EGUCHI,
        attachments=[{"filename": "SFJ2025_staff_meibo.txt", "contentType": "text/plain",
                      "text": staff}],
        personal=[
            {"type": "name", "value": "浅野 蒼空"},
            {"type": "birth_date", "value": "2003/04/09"},
            {"type": "address", "value": "江東区東雲1-9-21-1405"},
            {"type": "name", "value": "Tran Thi Mai"},
            {"type": "phone", "value": "070-0000-3390"},
        ],
    ))

    # H6 quoted: an applicant's résumé forwarded to a staffing agency
    resume = t("""
        株式会社ブルーリーフ・エキシビション
        採用ご担当 江口様

        はじめまして。イベント運営スタッフの募集を拝見し、応募いたしました。
        履歴書の内容を以下に記載いたします。

        氏名：福井 七海（ふくい ななみ）
        生年月日：2001年3月8日（24歳）
        住所：東京都江東区大島七丁目12番5-406
        電話：080-0000-7261
        学歴：2023年3月 東都観光専門学校 イベント学科 卒業
        職歴：2023年4月～2025年6月 株式会社サクラホテルズ 宴会サービス課（契約社員）
        資格：普通自動車第一種運転免許、TOEIC 745点
        志望動機：展示会の来場者対応に携わりたく…

        何卒よろしくお願い申し上げます。
    """)
    out.append(M(
        org=ORG, writer=W2, loc="quoted", expect="hold",
        kind="personal.applicant_resume_forward",
        why="引用部分に応募者の氏名・生年月日・住所・電話・職歴が含まれ、それを外部の派遣会社へ送っているため。",
        **{"from": EGUCHI},
        to=[addr("スタッフブリッジ 営業 菊地", "kikuchi@staffbridge.example.co.jp")],
        subject="Re: 運営スタッフ応募の件",
        text=t("""
            スタッフブリッジ
            菊地様

            お世話になっております。ブルーリーフの江口です。
            当社の直接募集に応募いただいた方ですが、今回は直接雇用の枠が埋まってしまったため、
            貴社経由での就業をご案内できないかと思い、ご連絡しました。
            ご本人の経歴は下記のとおりです。ご検討いただけますでしょうか。

        """) + "\n\n" + SIG_EGUCHI + "\n\n" + reply_jp(
            "2025年7月14日(月) 23:41", "福井 七海", "nanami.fukui.0308@gmail.com", resume),
        personal=[
            {"type": "name", "value": "福井 七海"},
            {"type": "birth_date", "value": "2001年3月8日"},
            {"type": "address", "value": "東京都江東区大島七丁目12番5-406"},
            {"type": "phone", "value": "080-0000-7261"},
            {"type": "employment_history", "value": "株式会社サクラホテルズ 宴会サービス課"},
        ],
    ))

    # H7 quoted: exhibitor's staff religion forwarded to a caterer
    exhibitor_msg = t("""
        Dear Mr. Miura,

        Thank you for arranging the exhibitor lunch boxes.
        Please note the dietary requirements of our booth staff:

        - Mr. Ahmad Faizal bin Rahman and Ms. Nurul Aina binti Yusof are Muslim and need
          halal-certified meals (no pork, no alcohol including mirin).
        - Mr. Lim Wei Jie is a practising Buddhist and eats vegetarian meals only.
        - Ms. Sarah Tan has no restrictions.

        We will be 4 persons from Sept 10 to 12.

        Best regards,
        Siti Hajar
        Malaya Automation Sdn. Bhd.
    """)
    out.append(M(
        org=ORG, writer=W1, loc="quoted", expect="hold",
        kind="sensitive.staff_religion_catering_forward",
        why="転送部分に出展社スタッフ個人の氏名と宗教（ムスリム・仏教徒）が書かれ、外部の仕出し業者へ送られているため。",
        **{"from": MIURA},
        to=[addr("ケータリング彩 受注担当", "order@catering-aya.example.co.jp")],
        subject="FW: Exhibitor lunch / dietary requirements",
        text=t("""
            ケータリング彩 ご担当さま

            三浦です、お世話になります。
            海外出展社（マレーシア）の弁当4食×3日について、食事制限の連絡が来たので転送します。
            ハラール対応が2食、ベジが1食、通常が1食になると思います。
            ハラール認証品の手配ができるか、お見積りと一緒に教えてください！

        """) + "\n\n" + SIG_MIURA + "\n\n" + outlook_orig(
            "Siti Hajar <siti.hajar@malaya-automation.example.com.my>", "Tuesday, August 26, 2025 11:08 AM",
            f"Sho Miura <miura-sho@{DOM}>", "Exhibitor lunch / dietary requirements", exhibitor_msg,
            lang="en"),
        personal=[
            {"type": "name", "value": "Ahmad Faizal bin Rahman"},
            {"type": "religion", "value": "are Muslim"},
            {"type": "name", "value": "Lim Wei Jie"},
            {"type": "religion", "value": "practising Buddhist"},
        ],
    ))

    # H8 subject: a visitor's disability grade in the subject line
    out.append(M(
        org=ORG, writer=W2, loc="subject", expect="hold",
        kind="sensitive.disability_in_subject",
        why="件名に来場者の氏名と身体障害者手帳の等級が書かれて外部の会場運営会社へ送られているため。",
        **{"from": EGUCHI},
        to=[addr("ベイサイド国際展示場 運営管理課", "unei@bayside-expo-center.example.co.jp")],
        subject="【車椅子でご来場】佐々木 美穂 様（身体障害者手帳1級）介助者同伴・駐車場の件",
        text=t("""
            ベイサイド国際展示場
            運営管理課 ご担当者様

            お世話になっております。ブルーリーフ・エキシビションの江口です。
            標記の件、9月11日（木）10時頃にご来場予定です。
            西側の優先駐車場1台分と、西1ホール入口までのご案内をお願いできますでしょうか。

            介助者の方は1名です。当日は当社スタッフも入口でお待ちしております。

        """) + "\n\n" + SIG_EGUCHI,
        personal=[
            {"type": "name", "value": "佐々木 美穂"},
            {"type": "disability", "value": "身体障害者手帳1級"},
        ],
    ))

    # H9 zip: PPAP of the visitor list
    out.append(M(
        org=ORG, writer=W1, loc="zip", expect="hold",
        kind="list.ppap_zip",
        why="来場者リストをパスワード付きzip（PPAP）で外部の出展社へ送っているため。",
        **{"from": MIURA},
        to=[addr("サンライズ電子 マーケ 日向", "hinata@sunrise-denshi.example.co.jp")],
        subject="【SFJ2025】セミナー聴講者リスト送付",
        text=t("""
            サンライズ電子 日向さま

            ブルーリーフ三浦です！
            貴社出展者セミナー（9/11 13:00～）の聴講者リストを送ります。
            聴講者 148名分、Excelをzipにしてます。

            パスワードは別メールで送りますね。
            よろしくお願いします！

        """) + "\n\n" + SIG_MIURA,
        attachments=[{"filename": "SFJ2025_seminar_0911_list.zip", "contentType": "application/zip",
                      "encrypted": True}],
        personal=[
            {"type": "encrypted_archive", "value": "SFJ2025_seminar_0911_list.zip"},
            {"type": "attendee_list", "value": "聴講者 148名分"},
        ],
    ))

    # H10 recipients: overseas exhibitors visible in To
    exh = [
        addr("Siti Hajar", "siti.hajar@malaya-automation.example.com.my"),
        addr("Jonas Weber", "j.weber@weber-antriebe.example.de"),
        addr("Chen Yu-Ting", "yuting.chen@formosa-vision.example.com.tw"),
        addr("Park Ji-hoon", "jihoon.park@hanbit-robotics.example.co.kr"),
        addr("Marco Bianchi", "m.bianchi@bianchi-automazione.example.it"),
        addr("Emma Lindqvist", "emma@nordic-sensors.example.se"),
        addr("Rahul Mehta", "rahul.mehta@indus-motion.example.in"),
        addr("Nguyen Thanh Long", "long.nguyen@saigon-mech.example.vn"),
        addr("Sophie Martin", "sophie.martin@lyon-pneumatique.example.fr"),
        addr("David Cohen", "david@cohen-vision.example.com"),
        addr("Lisa Wong", "lisawong.consult@gmail.com"),
        addr("Tom Anderson", "tom.anderson.sales@outlook.com"),
    ]
    out.append(M(
        org=ORG, writer=W3, loc="recipients", expect="hold",
        kind="recipients.overseas_exhibitors_visible_to",
        why="海外出展社12社の担当者（個人アドレスを含む）を宛先に並べて送っており、互いのアドレスが見えるためBCCにすべきだったため。",
        **{"from": HASEBE},
        to=exh,
        subject="[SFJ2025] Move-in schedule and exhibitor badges / 搬入スケジュールと出展者証",
        text=t("""
            Dear International Exhibitors,

            Thank you again for joining Smart Factory Japan 2025.
            Here is the key information for move-in:

            - Move-in: Sept 9 (Tue) 9:00-20:00, West Hall 1 & 2
            - Exhibitor badges: pick up at the West 1 registration desk from 9:00 on Sept 9
            - Freight: all trucks must enter through Gate W-3. Please share your forwarder's
              vehicle number with us by Aug 29.
            - Wi-Fi: exhibitor SSID and password will be printed on the back of your badge.

            日本語版のマニュアルも出展者ポータルにアップしています。
            If you have any questions, just reply to this e-mail.

            See you in Tokyo!
            Kevin

        """) + "\n\n" + SIG_HASEBE,
        personal=[
            {"type": "email", "value": "lisawong.consult@gmail.com"},
            {"type": "email", "value": "tom.anderson.sales@outlook.com"},
            {"type": "email", "value": "j.weber@weber-antriebe.example.de"},
        ],
    ))

    # ------------------------------------------------------------ passes
    # P1 dev minutes with a Luhn-valid test card number
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.dev_minutes_test_card",
        why="議事録にあるカード番号は決済代行のテスト用番号で、実在の顧客のカード情報ではないため。",
        **{"from": EGUCHI},
        to=[addr("ネクストフロー 開発 岸田", "kishida@nextflow-dev.example.co.jp"),
            addr("ネクストフロー PM 安田", "yasuda@nextflow-dev.example.co.jp")],
        cc=[MIURA],
        subject="【議事録】来場登録・決済システム 定例（第7回）",
        text=t("""
            ネクストフロー 岸田様、安田様

            本日はありがとうございました。江口です。
            第7回定例の議事録をお送りします。

            ■日時：2025年7月22日（火）10:00～11:00（オンライン）
            ■出席：ネクストフロー 岸田様・安田様／当社 江口・三浦

            ■決定事項
            1. カンファレンス券の決済テストは、ステージング環境でテスト用カード
               4242 4242 4242 4242（有効期限 12/34、CVC 123）を使う。本番カードは使用しない。
            2. 3Dセキュア認証の失敗パターンは、決済代行のテスト番号 4000 0000 0000 3220 で確認する。
            3. 来場登録フォームの「業種」選択肢を18→22項目に増やす（リストは三浦が7/25までに提出）。

            ■課題
            ・団体申込（10名以上）の一括請求書払いの仕様 → 次回までにネクストフロー様で案を作成
            ・ステージングのログに氏名が平文で出ている件 → マスク処理を7/29リリースに入れる

            ■次回：7月29日（火）10:00～

        """) + "\n\n" + SIG_EGUCHI,
    ))

    # P2 project mail with 6 visible addresses from 2 companies
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.project_mail_six_addresses",
        why="宛先は装飾会社と出展社の2社・計6名のプロジェクト関係者で、内容もブース施工の調整だけのため。",
        **{"from": MIURA},
        to=[addr("ディスプレイワークス 設計 野口", "noguchi@displayworks.example.co.jp"),
            addr("ディスプレイワークス 施工 大塚", "otsuka@displayworks.example.co.jp"),
            addr("ディスプレイワークス 営業 相馬", "soma@displayworks.example.co.jp")],
        cc=[addr("ロボテクノ 高松", "takamatsu@robotechno.example.co.jp"),
            addr("ロボテクノ 技術 松浦", "matsuura@robotechno.example.co.jp"),
            addr("ロボテクノ 広報 金井", "kanai@robotechno.example.co.jp")],
        subject="Re: ロボテクノ様ブース（W1-208）電気・床荷重の確認",
        text=t("""
            ディスプレイワークス 野口さん、大塚さん、相馬さん
            （CC：ロボテクノ 高松さん、松浦さん、金井さん）

            三浦です。確認事項の回答です！

            1. 電気：W1-208は一次側 単相100V 6kW ＋ 三相200V 10kW で申請済みです。
               協働ロボットのデモ機が三相なので、分電盤の位置はブース奥でOKとのこと（松浦さん確認済み）。
            2. 床荷重：デモ機は架台込みで1.2t。ホールの許容は 5t/㎡ なので問題ありません。
               ただし搬入時はフォークリフト養生が必要なので、大塚さん手配をお願いします。
            3. 高さ制限：ブース上部のロゴ看板は 4.5m までです。今の図面だと 4.8m なので要修正です。

            修正図面は 8/8(金) までにもらえると、主催者の事前審査に間に合います！

        """) + "\n\n" + SIG_MIURA,
    ))

    # P3 invoice to an overseas exhibitor with corporate account and SWIFT
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.overseas_invoice_swift",
        why="振込先は主催会社の法人口座とSWIFTコードで、個人の口座情報ではないため。",
        **{"from": HASEBE},
        to=[addr("Jonas Weber", "j.weber@weber-antriebe.example.de")],
        subject="Invoice BLX-SFJ25-0142 / Booth W2-115",
        text=t("""
            Dear Jonas,

            Please find below the invoice details for your booth at SFJ2025.

              Invoice No.:   BLX-SFJ25-0142
              Booth:         W2-115 (2 units, shell scheme)
              Amount:        JPY 1,144,000 (incl. JP consumption tax 10%)
              Due date:      August 22, 2025

              Beneficiary:   Blue Leaf Exhibitions Inc.
              Bank:          Miyako Chuo Bank, Ltd., Aomi Branch
              Account:       Ordinary 0482261
              SWIFT:         MYCBJPJT
              Bank address:  2-0-8 Aomi, Koto-ku, Tokyo, Japan

            Bank charges outside Japan are borne by the remitter.
            Once the payment is made, please send us the remittance advice.

            Best regards,
            Kevin

        """) + "\n\n" + SIG_HASEBE,
    ))

    # P4 keynote by a public figure
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.keynote_public_figure",
        why="基調講演者は公表された経歴を持つ著名人で、記載は公開情報だけのため。",
        **{"from": MIURA},
        to=[addr("日本ものづくり新聞 編集部 藤田", "fujita@monozukuri-shimbun.example.co.jp")],
        subject="【取材のご案内】SFJ2025 基調講演（9/10）",
        text=t("""
            日本ものづくり新聞 編集部
            藤田さま

            いつもお世話になっております。ブルーリーフの三浦です。
            SFJ2025の基調講演について、取材のご案内です。

            ■ 9月10日（水）10:30～11:30　メインステージ
            ■ 講演者：桐生 直人 氏（元宇宙飛行士／現・宇宙航空研究機構 特任教授）
            ■ 演題：「宇宙ステーションで学んだ、止まらない工場のつくり方」

            桐生氏は2009年と2016年の2度にわたり国際宇宙ステーションに長期滞在され、
            船外活動の経験もお持ちです。講演後に15分ほど囲み取材の時間を設ける予定です。

            取材をご希望の場合は、9/3(水)までにご返信ください。プレスパスをお送りします。

        """) + "\n\n" + SIG_MIURA,
    ))

    # P5 visitor statistics
    stats = sheet_text([
        ["区分", "9/10", "9/11", "9/12", "合計"],
        ["来場登録者数", "10,482", "11,906", "10,027", "32,415"],
        ["うち海外", "612", "744", "538", "1,894"],
        ["セミナー聴講", "3,210", "3,877", "2,951", "10,038"],
    ])
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.visitor_statistics_report",
        why="来場者数や業種構成の集計値だけで、個々の来場者の情報は含まれないため。",
        **{"from": EGUCHI},
        to=[addr("日本スマートファクトリー協会 事務局 青柳", "aoyagi@jsfa.example.or.jp")],
        subject="SFJ2025 来場者数（確定値）のご報告",
        text=t("""
            日本スマートファクトリー協会
            事務局　青柳 様

            会期中は大変お世話になりました。ブルーリーフの江口でございます。
            来場者数の確定値がまとまりましたので、ご報告いたします（重複来場を除く実数）。

        """) + "\n\n" + stats + "\n" + t("""
            業種構成：製造業 68.2%、商社 9.4%、SIer 8.8%、研究・教育 4.1%、その他 9.5%
            役職構成：経営層 12.7%、部課長 31.5%、担当者 48.3%、その他 7.5%

            協会様の会報に掲載される場合は、「主催者発表」と付記いただけますと幸いです。

        """) + "\n\n" + SIG_EGUCHI,
    ))

    # P6 plain zip with the booth allocation
    alloc = csv_text([
        ["小間番号", "出展社名", "小間数", "ホール", "備考"],
        ["W1-201", "株式会社ロボテクノ", "4", "西1", "角小間"],
        ["W1-208", "株式会社ロボテクノ（デモエリア）", "2", "西1", "三相電源"],
        ["W1-215", "サンライズ電子株式会社", "2", "西1", ""],
        ["W2-115", "Weber Antriebe GmbH", "2", "西2", "海外パビリオン"],
        ["W2-117", "Malaya Automation Sdn. Bhd.", "1", "西2", "海外パビリオン"],
        ["W2-130", "株式会社高田ファクトリーシステムズ", "6", "西2", "島小間"],
    ])
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.plain_zip_floorplan",
        why="パスワードなしの通常zipで、中身は小間割り（出展社名と小間番号）だけのため。",
        **{"from": EGUCHI},
        to=[addr("ディスプレイワークス 野口", "noguchi@displayworks.example.co.jp")],
        subject="小間割り確定版（CSV・図面）",
        text=t("""
            ディスプレイワークス
            野口様

            お世話になっております。江口です。
            小間割りの確定版をお送りします。zipに小間一覧のCSVと平面図を入れています（パスワードなし）。
            W2-130の島小間は、出展社の要望で通路側の壁を設けない仕様になりました。

        """) + "\n\n" + SIG_EGUCHI,
        attachments=[{"filename": "SFJ2025_koma_kakutei.zip/koma_ichiran.csv", "contentType": "text/csv",
                      "text": alloc}],
    ))

    # P7 offer holder's own invitation
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.offer_holder_own_invitation",
        why="内定者本人に本人の懇親会の案内を送るメールで、第三者の個人情報を含まないため。",
        **{"from": HASEBE},
        to=[addr("木下 玲奈", "rena.kinoshita.2026@gmail.com")],
        subject="内定者懇親会のご案内（10月4日）",
        text=t("""
            木下 玲奈 さん

            こんにちは。ブルーリーフ・エキシビション 海外事業部の長谷部です。
            先日は内定承諾のご連絡をありがとうございました！部署一同、とても喜んでいます。

            2026年4月入社予定の皆さんを対象に、内定者懇親会を開催します。

            　日時：10月4日（土）13:00～16:00
            　場所：本社 8階 ラウンジ（東京都江東区青海）
            　内容：会社紹介、先輩社員との座談会、SFJ2025の会場写真を見ながらの裏話 など
            　服装：自由（スーツでなくて大丈夫です）

            出欠は、9月19日（金）までにこのメールへの返信でお知らせください。
            交通費は当日精算しますので、領収書か経路のメモをお持ちください。

            Looking forward to seeing you!

        """) + "\n\n" + SIG_HASEBE,
    ))

    # P8 log hashes to the security vendor
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.log_hashes_security_vendor",
        why="送っているのはログファイルのハッシュ値と文書用のIPアドレスで、個人を識別する情報ではないため。",
        **{"from": EGUCHI},
        to=[addr("サイバーガード 分析チーム", "soc@cyberguard.example.co.jp")],
        subject="来場登録サイト 不審アクセスの調査依頼（ログ提供）",
        text=t("""
            サイバーガード株式会社
            分析チーム 御中

            お世話になっております。ブルーリーフの江口です。
            8/18未明の来場登録サイトへの不審アクセスについて、ログを共有フォルダに格納しました。
            改ざん確認用のハッシュ値は以下のとおりです。

            access_20250818.log.gz
              SHA-256: 3f9a1c0e6b7d24a58e91f0c2d7b3a6e4c5f8092b1d3e7a6c4b2f9e0d8a7c6b51
            waf_20250818.log.gz
              SHA-256: a0c4e2b7f19d3856c7e0b2a4d6f8193e5c7a9b1d2f4e6a8c0b3d5f7e9a1c2b4d

            主な送信元：192.0.2.41、198.51.100.7、203.0.113.250（いずれも 02:10～02:45 に集中）
            ログイン試行 4,812回、うち成功 0回です。
            個人情報の漏えいの有無について、見解をいただけますと幸いです。

        """) + "\n\n" + SIG_EGUCHI,
    ))

    # P9 election candidate booking a hall
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.election_candidate_venue",
        why="選挙の候補予定者は公人であり、公開の政策発表会の会場予約に関する業務連絡にすぎないため。",
        **{"from": MIURA},
        to=[addr("岩瀬 こうじ 事務所 秘書 飯田", "iida@iwase-koji-office.example.jp")],
        subject="Re: 政策発表会の会場（10月18日）お見積り",
        text=t("""
            岩瀬 こうじ 事務所
            飯田 様

            お問い合わせありがとうございます。ブルーリーフの三浦です。
            来春の区長選に立候補予定の岩瀬こうじ氏の政策発表会について、会場とお見積りをご案内します。

            　会場：ベイサイド国際展示場 会議棟 レセプションホールB（シアター形式 300席）
            　日時：10月18日（土）13:00～16:00（準備・撤去含む）
            　概算：会場費 462,000円、音響・映像 198,000円、受付スタッフ4名 88,000円（税込）

            政治活動でのご利用の場合、会場規約で「主催者名の明示」と「警備計画の事前提出」を
            お願いしています。詳細は添付予定の利用案内でご確認ください。

        """) + "\n\n" + SIG_MIURA,
    ))

    # P10 successor introduction (bilingual, heavy signature chain)
    prev = t("""
        Hi Kevin,

        Thanks for the update. We will miss working with you!
        Happy to set up a call with your successor next week.

        Best,
        Hannah

        --
        Hannah Schulz
        Director, Partner Relations
        Global Trade Fair Alliance
        hannah.schulz@gtfa.example.org | +49 30 0000 4421
    """)
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.successor_introduction_bilingual",
        why="担当交代の挨拶と後任紹介で、登場するのは取引先と社員の氏名・業務用連絡先だけのため。",
        **{"from": HASEBE},
        to=[addr("Hannah Schulz", "hannah.schulz@gtfa.example.org")],
        cc=[addr("上原 茜 / Akane Uehara", f"a.uehara@{DOM}")],
        subject="Re: Handover / 後任のご紹介",
        text=t("""
            Hi Hannah,

            Thank you for your kind words. Let me introduce my successor, Akane Uehara (cc'd).
            She has been in our International Sales team for four years and handled the
            Korea and Taiwan pavilions at SFJ2025.

            Akane will be your main contact from October 1. How about a short call on
            Sept 24 (Wed) at 16:00 JST / 9:00 CEST?

            上原さん、Hannahさんは欧州の展示会連合の窓口です。来年の共同パビリオンの件を引き継ぎます。

            Best regards,
            Kevin

        """) + "\n\n" + SIG_HASEBE + "\n\n" + reply_gmail_en(
            "Thu, Sep 18, 2025 at 5:12 PM", "Hannah Schulz", "hannah.schulz@gtfa.example.org", prev),
    ))

    return out
