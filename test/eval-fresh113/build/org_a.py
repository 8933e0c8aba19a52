"""Org A: 朝霧市教育委員会 (a municipal board of education)."""
from common import (M, addr, t, mynumber, reply_jp, outlook_orig, fwd_gmail,
                    csv_text, sheet_text)

ORG = "asagiri_boe"
DOM = "city.asagiri.example.lg.jp"

SAEKI = addr("佐伯 真理子", f"saeki-mariko@{DOM}")
OKOCHI = addr("大河内 健", f"okochi-ken@{DOM}")
HAYASHIDA = addr("林田ゆかり（朝霧市教委 生涯学習課）", f"hayashida-yukari@{DOM}")

SIG_SAEKI = t("""
    ――――――――――――――――――――――――
    朝霧市教育委員会 学校教育課
    指導主事　佐伯 真理子（さえき まりこ）
    〒359-0000 朝霧市本町一丁目1番1号 市役所本庁舎4階
    TEL 04-0000-3121（直通）／FAX 04-0000-3199
    ――――――――――――――――――――――――
""")

SIG_OKOCHI = t("""
    --
    教育総務課 総務係 大河内
    内線4215 / 04-0000-3110
""")

SIG_HAYASHIDA = t("""
    ***************************************
     朝霧市教育委員会 生涯学習課
     社会教育係長　林田 ゆかり
     Tel: 04-0000-3150 / Fax: 04-0000-3159
     Mail: hayashida-yukari@city.asagiri.example.lg.jp
     ★朝霧市民大学 2025年度後期 受講生募集中！
    ***************************************
""")


def mails():
    out = []
    W1, W2, W3 = "saeki", "okochi", "hayashida"

    # ------------------------------------------------------------ holds
    # H1 body: child's developmental diagnosis to a private therapy NPO
    out.append(M(
        org=ORG, writer=W1, loc="body", expect="hold",
        kind="sensitive.child_diagnosis_to_therapy_npo",
        why="就学予定児童の氏名・生年月日と発達障害の診断名・検査結果・服薬を外部の民間療育施設へ送っているため。",
        **{"from": SAEKI},
        to=[addr("矢島 恭子", "yajima@komorebi-hattatsu.example.org")],
        subject="7/3 支援会議に向けた事前情報の送付（就学相談ケース）",
        text=t("""
            NPO法人こもれび発達支援ルーム
            施設長　矢島 恭子 様

            いつも大変お世話になっております。
            朝霧市教育委員会 学校教育課の佐伯です。

            先日お電話でご相談しました就学支援の件につきまして、7月3日（木）の支援会議に向けて、
            保護者様のご了解をいただいた範囲で事前に情報をお送りいたします。

            【対象児童】
            　氏名：小野寺 陽翔（おのでら はると）くん
            　生年月日：2019年5月14日（現在 年長）
            　在籍：朝霧市立あおば保育園
            　就学予定校：朝霧市立東小学校

            【医療・検査の状況】
            　・診断名：自閉スペクトラム症（ASD）、ADHD（不注意優勢型）
            　　（2023年10月 朝霧中央病院 小児科にて診断）
            　・WISC-Ⅴ（2024年11月実施）：FSIQ 78、ワーキングメモリー指標が特に低め
            　・服薬：コンサータ 18mg（朝1回）

            【保護者の意向】
            　通常学級に在籍したうえで通級指導を希望されていますが、園からは特別支援学級
            （自閉症・情緒）も選択肢として提示されています。

            貴ルームでの療育の様子（集団場面での切り替え、感覚過敏への対応など）について、
            会議の場でご助言いただけますと幸いです。
            資料は会議当日に紙で回収いたしますので、お手数ですが本メールは会議後に削除をお願いいたします。

            どうぞよろしくお願いいたします。

        """) + "\n\n" + SIG_SAEKI,
        personal=[
            {"type": "name", "value": "小野寺 陽翔"},
            {"type": "birth_date", "value": "2019年5月14日"},
            {"type": "diagnosis", "value": "自閉スペクトラム症（ASD）"},
            {"type": "diagnosis", "value": "ADHD（不注意優勢型）"},
            {"type": "test_result", "value": "FSIQ 78"},
            {"type": "medication", "value": "コンサータ 18mg"},
        ],
    ))

    # H2 body: juvenile case to the school lawyer
    out.append(M(
        org=ORG, writer=W1, loc="body", expect="hold",
        kind="sensitive.juvenile_case_to_school_lawyer",
        why="生徒を特定できる形で補導・家庭裁判所送致・保護観察という少年事件の情報を外部の法律事務所へ送っているため。",
        **{"from": SAEKI},
        to=[addr("松岡 亮", "r.matsuoka@matsuoka-law.example.jp")],
        cc=[addr("第二中学校 校長 片桐", f"katagiri@dai2-jhs.asagiri.example.lg.jp")],
        subject="【スクールロイヤー相談】第二中学校 生徒指導案件の概要",
        text=t("""
            松岡法律事務所
            弁護士　松岡 亮 先生

            お世話になっております。朝霧市教育委員会の佐伯です。
            6月11日（水）の定例相談に先立ち、第二中学校からの相談案件の概要をお送りします。

            ■案件の概要
            ・対象：朝霧市立第二中学校 3年 加賀谷 蓮（15歳）
            ・5月24日（土）、市内のドラッグストアで化粧品等を万引きし、窃盗で朝霧警察署に補導。
            ・同署からは、今後 家庭裁判所に送致される見込みと学校に連絡がありました。
            ・本人は昨年秋にも自転車盗で保護観察処分を受けており、現在も保護観察中です。

            ■学校からの相談事項
            1. 保護者から「高校の推薦に影響が出ないようにしてほしい」と強い要望がある。
               調査書の記載について、どこまで配慮が可能か。
            2. 警察・家庭裁判所調査官からの照会に対し、学校がどの範囲で情報提供してよいか。
            3. SNSで噂が広がっており、他の生徒・保護者への説明をどうするか。

            当日は校長（CCの片桐）と生徒指導主事も同席予定です。
            何卒よろしくお願いいたします。

        """) + "\n\n" + SIG_SAEKI,
        personal=[
            {"type": "name", "value": "加賀谷 蓮"},
            {"type": "juvenile_case", "value": "窃盗で朝霧警察署に補導"},
            {"type": "juvenile_case", "value": "家庭裁判所に送致される見込み"},
            {"type": "criminal_record", "value": "保護観察処分"},
        ],
    ))

    # H3 body: a parent's private bank account to the fee-collection vendor
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="id.parent_bank_account_refund",
        why="給食費返金のため保護者個人の銀行口座番号と名義を外部の委託業者へ送っているため。",
        **{"from": OKOCHI},
        to=[addr("エデュペイ サポート", "support@edupay.example.co.jp")],
        subject="返金口座の手入力お願い（転出者分）",
        text=t("""
            株式会社エデュペイ　サポートご担当様

            朝霧市教委の大河内です。おせわになります。
            転出した児童の給食費返金ですが、システム側の口座が引き落とし口座のまま(解約済み)になってるので、
            以下の口座を手入力で登録してもらえますか。

            児童：西小 4年 戸田 蒼（とだ あおい）
            保護者：戸田 千尋
            返金額：12,400円（4～5月分の過納）
            返金先：武蔵野中央銀行 朝霧駅前支店　普通 3051827　トダ チヒロ

            6/20の返金バッチに間に合えば助かります。
            よろしくおねがいします

        """) + "\n\n" + SIG_OKOCHI,
        personal=[
            {"type": "name", "value": "戸田 千尋"},
            {"type": "name", "value": "戸田 蒼"},
            {"type": "bank_account", "value": "普通 3051827"},
            {"type": "account_holder", "value": "トダ チヒロ"},
        ],
    ))

    # H4 attachment: exchange-trip roster with allergies and conditions
    roster = [
        ["No", "氏名", "ふりがな", "学校", "学年", "性別", "生年月日", "食物アレルギー", "既往症・配慮事項"],
        ["1", "西村 葵", "にしむら あおい", "第一中", "2", "女", "2011/08/03", "なし", "なし"],
        ["2", "川端 湊", "かわばた みなと", "第二中", "3", "男", "2010/04/21", "えび・かに", "なし"],
        ["3", "三上 結菜", "みかみ ゆいな", "第三中", "2", "女", "2011/12/09", "なし", "気管支喘息（吸入薬持参）"],
        ["4", "高野 悠真", "たかの ゆうま", "第一中", "3", "男", "2010/06/30", "卵", "なし"],
        ["5", "安藤 杏", "あんどう あん", "東中", "2", "女", "2011/05/17", "なし", "てんかん（服薬中・発作は2年なし）"],
        ["6", "中谷 颯", "なかたに はやて", "第二中", "2", "男", "2011/10/02", "なし", "なし"],
        ["7", "吉永 美月", "よしなが みづき", "東中", "3", "女", "2010/09/25", "小麦・大豆", "なし"],
        ["8", "早川 大和", "はやかわ やまと", "第三中", "3", "男", "2010/11/14", "なし", "1型糖尿病（インスリン自己注射）"],
    ]
    out.append(M(
        org=ORG, writer=W3, loc="attachment", expect="hold",
        kind="list.exchange_students_health_roster",
        why="派遣生徒8名の氏名・生年月日に食物アレルギーや持病（喘息・てんかん・糖尿病）を載せた名簿を旅行会社へ添付しているため。",
        **{"from": HAYASHIDA},
        to=[addr("青木 沙織（ひかり交通社 教育旅行センター）", "aoki-saori@hikari-travel.example.co.jp")],
        subject="【姉妹都市派遣】派遣団員名簿（最終版）の送付",
        text=t("""
            株式会社ひかり交通社 教育旅行センター
            青木 様

            お世話になっております、朝霧市教委 生涯学習課の林田です！
            「朝霧市中学生 姉妹都市派遣事業（ニュージーランド・ネルソン市）」の派遣団員名簿、
            最終版を添付いたします。

            前回お送りした版からの変更点は
            　・3番・5番・8番の生徒の配慮事項を追記
            　・7番の生徒の食物アレルギーを「小麦」→「小麦・大豆」に修正
            の2点です。
            機内食の手配とホームステイ先への事前連絡にご活用ください。

            ※引率教員2名分は、別途 学校から直接ご連絡が行きます。

            よろしくお願いします。

        """) + "\n\n" + SIG_HAYASHIDA,
        attachments=[{"filename": "haken_dannin_meibo_v3.csv", "contentType": "text/csv",
                      "text": csv_text(roster)}],
        personal=[
            {"type": "name", "value": "三上 結菜"},
            {"type": "birth_date", "value": "2011/12/09"},
            {"type": "medical_condition", "value": "気管支喘息（吸入薬持参）"},
            {"type": "name", "value": "安藤 杏"},
            {"type": "medical_condition", "value": "てんかん（服薬中・発作は2年なし）"},
            {"type": "name", "value": "早川 大和"},
            {"type": "medical_condition", "value": "1型糖尿病（インスリン自己注射）"},
            {"type": "allergy", "value": "えび・かに"},
        ],
    ))

    # H5 attachment: ALT residence card and passport numbers to a housing agent
    alt_doc = t("""
        借上げ住宅 入居者情報（朝霧市教育委員会 外国語指導助手）
        作成：教育総務課 総務係　2025年7月1日

        1. 物件：コーポ朝霧台 203号室
           氏名：Emily Jane CARTER（エミリー・ジェーン・カーター）
           国籍：アメリカ合衆国
           生年月日：1999年2月11日
           在留カード番号：UA48213765EA
           旅券番号：571839204
           着任日：2025年8月1日

        2. 物件：コーポ朝霧台 105号室
           氏名：Liam O'SULLIVAN（リアム・オサリバン）
           国籍：アイルランド
           生年月日：1997年10月3日
           在留カード番号：UB90317428HD
           旅券番号：PX4471963
           着任日：2025年8月1日

        3. 物件：メゾン本町 3階 302号室
           氏名：Grace NAKAMURA-LEE（グレース・ナカムラ＝リー）
           国籍：カナダ
           生年月日：2000年6月27日
           在留カード番号：UC26650194KA
           旅券番号：AT318275
           着任日：2025年8月4日

        緊急連絡先（勤務先）：朝霧市教育委員会 教育総務課 04-0000-3110
    """) + "\n"
    out.append(M(
        org=ORG, writer=W2, loc="attachment", expect="hold",
        kind="id.alt_residence_card_passport",
        why="外国語指導助手3名の在留カード番号・旅券番号・生年月日を外部の不動産管理会社へ添付で送っているため。",
        **{"from": OKOCHI},
        to=[addr("井上 拓也", "inoue-t@asagiri-housing.example.co.jp")],
        subject="ALT借上げ住宅 入居者情報の送付",
        text=t("""
            株式会社朝霧ハウジング
            賃貸管理部 井上様

            お世話になります。朝霧市教委の大河内です。
            8月着任のALT 3名の借上げ住宅の件、入居者情報を添付のとおりお送りします。
            契約書の入居者欄と、鍵の受け渡し（8/4予定）でお使いください。

            不足あれば連絡ください。

        """) + "\n\n" + SIG_OKOCHI,
        attachments=[{"filename": "ALT_nyukyosha_2025.txt", "contentType": "text/plain",
                      "text": alt_doc}],
        personal=[
            {"type": "name", "value": "Emily Jane CARTER"},
            {"type": "residence_card_number", "value": "UA48213765EA"},
            {"type": "passport_number", "value": "571839204"},
            {"type": "residence_card_number", "value": "UB90317428HD"},
            {"type": "passport_number", "value": "PX4471963"},
            {"type": "residence_card_number", "value": "UC26650194KA"},
            {"type": "passport_number", "value": "AT318275"},
        ],
    ))

    # H6 quoted: a resident's complaint (full contact) forwarded to the lecturer
    complaint = t("""
        生涯学習課 御中

        市民大学「はじめての水彩画」を受講している久保田美津子と申します。
        毎回楽しみに通っておりますが、気になる点があり、ご連絡いたしました。

        1. 進度が早く、初心者の私には説明についていけない回があります。
        2. 第3回に「各自購入」と言われた紙と絵の具が、案内よりも高額でした（約6,000円）。
           年金暮らしなので、事前に分かっていれば助かりました。

        先生はとても熱心な方なので、直接は言いにくく、こちらにお送りしました。
        お返事は下記にいただけますと幸いです。

        久保田 美津子
        住所：朝霧市緑町3-14-2 グリーンハイツ105
        電話：090-0000-6672
    """)
    out.append(M(
        org=ORG, writer=W3, loc="quoted", expect="hold",
        kind="personal.resident_complaint_forward",
        why="受講者の苦情メールを、氏名・住所・電話・メールアドレスごと外部講師（個人）へ転送しているため。",
        **{"from": HAYASHIDA},
        to=[addr("鈴木 和子", "suzuki.watercolor@gmail.com")],
        subject="FW: 市民大学「はじめての水彩画」について",
        text=t("""
            鈴木先生

            いつもありがとうございます。林田です。
            受講生の方から講座についてご意見のメールが届きましたので、念のためそのまま転送しますね。
            内容としては、進度と材料費についてのご要望かと思います。
            先生を責めるものではまったくないので、どうぞ気になさらずに(^^;

            次回（6/19）の開始前に、10分ほどお時間いただけますか？
            材料費の事前案内の仕方を一緒に考えられればと思います。

            林田

        """) + "\n\n" + SIG_HAYASHIDA + "\n\n" + outlook_orig(
            "久保田 美津子 <kubota.mitsuko55@yahoo.co.jp>", "2025年6月9日 21:47",
            f"朝霧市教育委員会 生涯学習課 <shogai@{DOM}>",
            "市民大学「はじめての水彩画」について", complaint),
        personal=[
            {"type": "name", "value": "久保田 美津子"},
            {"type": "address", "value": "朝霧市緑町3-14-2 グリーンハイツ105"},
            {"type": "phone", "value": "090-0000-6672"},
            {"type": "email", "value": "kubota.mitsuko55@yahoo.co.jp"},
        ],
    ))

    # H7 quoted: bullying report (victim + diagnosis) forwarded to a committee member
    report = t("""
        学校教育課 ご担当様

        第四小学校 教頭の浜田です。標記の件、第一報を報告します。

        １　被害児童　5年2組 宮坂 心春（みやさか こはる）
        ２　概要　4月中旬から、同学級の児童3名（男子2名・女子1名）が、本児の持ち物を隠す、
        　　グループのトークで悪口を書き込む等の行為を繰り返していた。
        ３　欠席状況　5月12日以降欠席が続いており、本日時点で連続18日。
        ４　医療　保護者より、5月30日に朝霧こころのクリニックを受診し「適応障害」との
        　　診断を受けたと連絡あり。診断書は後日提出予定。
        ５　対応　6月2日に学年で関係児童から聞き取り。保護者は第三者による調査を希望。

        以上、取り急ぎ第一報とします。詳細は6月9日の報告書で提出します。
    """)
    out.append(M(
        org=ORG, writer=W1, loc="quoted", expect="hold",
        kind="sensitive.bullying_victim_diagnosis_forward",
        why="転送部分に、いじめ被害児童の氏名・欠席状況・適応障害の診断が含まれ、外部の委員へ送られているため。",
        **{"from": SAEKI},
        to=[addr("小田切 聡", "odagiri@asagiri-shinri.example.jp")],
        subject="Fwd: 【第一報】いじめ重大事態（疑い）の報告",
        text=t("""
            あさぎり心理相談オフィス
            臨床心理士・公認心理師　小田切 聡 先生

            お世話になっております。朝霧市教育委員会 学校教育課の佐伯です。
            このたびは、調査委員会の委員をお引き受けいただき、誠にありがとうございます。

            第1回委員会（6月27日）に先立ち、学校から当課へ提出された第一報を転送いたします。
            正式な資料は当日配布いたしますが、事前にご確認いただけますと幸いです。
            取扱いには十分ご注意くださいますようお願いいたします。

        """) + "\n\n" + SIG_SAEKI + "\n\n" + fwd_gmail(
            "朝霧市立第四小学校 教頭 浜田 <hamada@dai4-es.asagiri.example.lg.jp>",
            "2025年6月5日(木) 17:32", "【第一報】いじめ重大事態（疑い）の報告",
            f"学校教育課 <gakko-kyoiku@{DOM}>", report),
        personal=[
            {"type": "name", "value": "宮坂 心春"},
            {"type": "bullying_victim", "value": "本児の持ち物を隠す"},
            {"type": "diagnosis", "value": "適応障害"},
            {"type": "absence", "value": "連続18日"},
        ],
    ))

    # H8 subject: teacher's diagnosis in the subject line to the occupational physician
    out.append(M(
        org=ORG, writer=W2, loc="subject", expect="hold",
        kind="sensitive.teacher_diagnosis_in_subject",
        why="件名に教諭の氏名と休職理由のうつ病が書かれ、外部の産業医機関へ送られているため。",
        **{"from": OKOCHI},
        to=[addr("さくら産業保健センター 今村医師", "imamura@sakura-sanpo.example.jp")],
        subject="復職面談の日程（東小 教諭 篠原 朋美／うつ病で休職中）",
        text=t("""
            今村先生

            いつもお世話になります。朝霧市教委 総務係の大河内です。
            標記の件、主治医から「復職可」の意見書が出ましたので、面談日程の調整をお願いします。

            候補
            ・6/24(火) 15:00～
            ・6/26(木) 10:00～
            場所はいつもの本庁舎 4F 相談室を押さえます。

            よろしくお願いします。

        """) + "\n\n" + SIG_OKOCHI,
        personal=[
            {"type": "name", "value": "篠原 朋美"},
            {"type": "diagnosis", "value": "うつ病"},
        ],
    ))

    # H9 zip: encrypted zip of dependants' documents (PPAP)
    out.append(M(
        org=ORG, writer=W2, loc="zip", expect="hold",
        kind="list.ppap_zip",
        why="職員5名分の扶養認定書類をパスワード付きzip（PPAP）で外部団体へ送っているため。",
        **{"from": OKOCHI},
        to=[addr("朝霧県公立学校職員互助会 給付係", "kyufu@gojokai-asagiri.example.or.jp")],
        subject="扶養認定申請書類の送付（6月受付分 5名）",
        text=t("""
            給付係 ご担当者様

            朝霧市教育委員会 教育総務課の大河内です。
            6月受付分の扶養認定申請書類（職員5名分）をお送りします。
            添付のzipに、申請書・続柄確認書類・収入証明の写しを入れています。

            パスワードは別メールでお送りします。
            原本は本日付けで逓送に乗せました。

        """) + "\n\n" + SIG_OKOCHI,
        attachments=[{"filename": "fuyou_shinsei_202506.zip", "contentType": "application/zip",
                      "encrypted": True}],
        personal=[
            {"type": "encrypted_archive", "value": "fuyou_shinsei_202506.zip"},
            {"type": "dependants_documents", "value": "扶養認定申請書類（職員5名分）"},
        ],
    ))

    # H10 recipients: 13 external lecturers visible in To
    lecturers = [
        addr("鈴木 和子", "suzuki.watercolor@gmail.com"),
        addr("森 静香", "mori.shizuka.shodo@yahoo.co.jp"),
        addr("三宅 浩一", "miyake@econ.asagiri-u.example.ac.jp"),
        addr("片山 由紀", "katayama-y@nurs.asagiri-u.example.ac.jp"),
        addr("中島 茂", "nakajima@satoyama-asagiri.example.org"),
        addr("吉川 真由美", "yoshikawa@asagiri-fm.example.co.jp"),
        addr("堀田 健二", "kenji.hotta.photo@outlook.com"),
        addr("藤本 ひろみ", "hiromi.fujimoto@gmail.com"),
        addr("上村 誠", "uemura@uemura-tax.example.jp"),
        addr("永井 忠", "t.nagai1952@yahoo.co.jp"),
        addr("村瀬 千春", "murase@kitchen-murase.example.com"),
        addr("Daniel Brooks", "dan.brooks.asagiri@gmail.com"),
        addr("石井 まどか", "ishii.yoga.studio@outlook.com"),
    ]
    out.append(M(
        org=ORG, writer=W3, loc="recipients", expect="hold",
        kind="recipients.lecturers_visible_to",
        why="外部講師13名（個人アドレスと複数団体）を宛先に並べて送っており、互いのアドレスが見えるためBCCにすべきだったため。",
        **{"from": HAYASHIDA},
        to=lecturers,
        cc=[addr("生涯学習課", f"shogai@{DOM}")],
        subject="【朝霧市民大学】後期講座 講師説明会のご案内（7/12）",
        text=t("""
            講師の皆様

            いつも朝霧市民大学にご協力いただき、ありがとうございます。
            生涯学習課の林田です。

            後期講座（10月～翌2月）の開講に向けて、講師説明会を下記のとおり開催します。
            ご多用のところ恐縮ですが、ご出席をお願いいたします。

            　日時：7月12日（土）10:00～11:30
            　会場：朝霧市中央公民館 2階 第1研修室
            　内容：後期日程の確認／謝金・交通費の手続き／会場備品の使い方
            　持ち物：筆記用具、銀行口座の分かるもの（新規の先生のみ）

            ご欠席の場合は、7月4日（金）までにこのメールへご返信ください。
            Daniel, an English summary will be handed out at the venue. Please let me know if you can come!

            林田

        """) + "\n\n" + SIG_HAYASHIDA,
        personal=[
            {"type": "email", "value": "mori.shizuka.shodo@yahoo.co.jp"},
            {"type": "email", "value": "kenji.hotta.photo@outlook.com"},
            {"type": "email", "value": "hiromi.fujimoto@gmail.com"},
            {"type": "email", "value": "t.nagai1952@yahoo.co.jp"},
            {"type": "email", "value": "ishii.yoga.studio@outlook.com"},
        ],
    ))

    # ------------------------------------------------------------ passes
    # P1 reply chain with lunch contractor (names, heavy signature)
    okabe_msg = t("""
        朝霧市教育委員会
        大河内様

        いつもお世話になっております。みどり給食サービスの岡部でございます。
        2学期からの配送ルート変更の件、打合せの候補日をお送りいたします。
        　・7/8(火) 14:00～
        　・7/10(木) 10:00～
        弊社からは私と、配送課長の関口、営業の石原の3名で伺います。
        ご都合のよい日時をお知らせいただけますと幸いです。

        ━━━━━━━━━━━━━━━━━━━━━━━━
        株式会社みどり給食サービス 学校給食事業部
        営業課長　岡部 誠（Makoto Okabe）
        〒359-0000 朝霧市工業団地3-8
        TEL 04-0000-5811　携帯 090-0000-2744
        okabe-m@midori-kyushoku.example.co.jp
        ━━━━━━━━━━━━━━━━━━━━━━━━
    """)
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.contractor_meeting_reply",
        why="委託業者との打合せ日程の返信で、登場するのは取引先担当者の氏名と業務用の署名だけのため。",
        **{"from": OKOCHI},
        to=[addr("岡部 誠", "okabe-m@midori-kyushoku.example.co.jp")],
        cc=[addr("関口 剛", "sekiguchi@midori-kyushoku.example.co.jp"),
            addr("石原 奈央", "ishihara@midori-kyushoku.example.co.jp"),
            addr("田辺（給食センター）", f"tanabe-kyushoku@{DOM}")],
        subject="Re: 2学期 配送ルート変更の打合せ日程",
        text=t("""
            みどり給食サービス
            岡部様

            大河内です。候補日ありがとうございます。
            では 7/8(火) 14:00～ 給食センター2F会議室 でお願いします。
            当方は私と、センター所長の田辺、栄養士の水谷が出ます。

            駐車場は職員用の奥側に停めてください。

        """) + "\n\n" + SIG_OKOCHI + "\n\n" + reply_jp(
            "2025年6月30日(月) 11:05", "岡部 誠", "okabe-m@midori-kyushoku.example.co.jp", okabe_msg),
    ))

    # P2 IT outage / malware isolation
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.it_outage_malware_isolation",
        why="「障害」「感染」「隔離」はシステム障害とマルウェア対応の意味で、個人の情報は含まれないため。",
        **{"from": OKOCHI},
        to=[addr("朝霧ICTサポートデスク", "desk@asagiri-ict.example.co.jp")],
        cc=[addr("学校教育課 ICT担当", f"gakko-ict@{DOM}")],
        subject="【障害連絡】校務支援システム ログイン不可（第三中・東小）",
        text=t("""
            朝霧ICTサポートデスク 御中

            朝霧市教委 教育総務課の大河内です。至急対応をお願いします。

            1) 校務支援システム ログイン障害
            　発生：本日 8:10頃～継続中
            　範囲：第三中学校、東小学校（他校は今のところ正常）
            　症状：ログイン画面で「認証サーバーに接続できません（E-4031）」
            　※成績処理の締切が金曜なので、午前中に原因だけでも教えてください

            2) ウイルス検知
            　東小 職員室のPC 1台で、ウイルス対策ソフトが Trojan.GenericKD を検知。
            　マルウェア感染の疑いがあるため、LANケーブルを抜いて隔離済みです。
            　資産番号 AS-PC-2021-0487 ／ ホスト名 HIGASHI-T-017
            　同じセグメントの端末のフルスキャンも必要か判断ください。

            ログは共有フォルダ \\\\fs01\\ict\\incident\\20250617 に置いています。

        """) + "\n\n" + SIG_OKOCHI,
    ))

    # P3 aggregate absence statistics to a researcher
    stats = sheet_text([
        ["学年", "在籍者数", "不登校（年間30日以上）", "出現率", "前年度比"],
        ["小1～小3", "2,418", "19", "0.79%", "+4"],
        ["小4～小6", "2,502", "41", "1.64%", "+9"],
        ["中1", "871", "38", "4.36%", "+6"],
        ["中2", "864", "52", "6.02%", "-3"],
        ["中3", "880", "47", "5.34%", "+5"],
        ["合計", "7,535", "197", "2.61%", "+21"],
    ])
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.aggregate_absence_statistics",
        why="不登校の人数・出現率は学年単位の集計値だけで、個人を特定できる情報がないため。",
        **{"from": SAEKI},
        to=[addr("朝霧大学 教育学部 准教授 平野 修", "hirano-o@edu.asagiri-u.example.ac.jp")],
        subject="Re: 共同研究用の集計データについて",
        text=t("""
            平野先生

            お世話になっております。佐伯です。
            ご依頼のあった2024年度の不登校児童生徒数について、学年段階ごとの集計をお送りします。
            個票はお出しできませんので、以下の集計値でご容赦ください。

        """) + "\n\n" + stats + "\n" + t("""
            ※各校10人未満の区分は秘匿のため合算しています。
            ※特別支援学級の在籍者数（市全体）：小学校 214名／中学校 88名

            校内教育支援センター（校内フリースクール）の設置校別の利用状況は、9月の教育委員会定例会で
            公表予定ですので、公表後にあらためてお送りします。

        """) + "\n\n" + SIG_SAEKI,
    ))

    # P4 successor introduction
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.successor_introduction",
        why="異動の挨拶と後任紹介で、含まれるのは職員・取引先担当者の氏名と業務用連絡先だけのため。",
        **{"from": SAEKI},
        to=[addr("東光教育図書 営業部 北川 様", "kitagawa@toko-kyoiku.example.co.jp")],
        cc=[addr("中川 大樹", f"nakagawa-daiki@{DOM}")],
        subject="異動のご挨拶と後任のご紹介",
        text=t("""
            東光教育図書株式会社
            営業部　北川 様

            いつも大変お世話になっております。朝霧市教育委員会の佐伯です。

            私事で恐縮ですが、7月1日付で朝霧市立西中学校へ教頭として異動することになりました。
            在任中は、副読本「わたしたちの朝霧」の改訂をはじめ、多大なご協力をいただき
            誠にありがとうございました。

            後任は、同じく学校教育課の指導主事 中川 大樹（なかがわ だいき）が務めます。
            CCに入れておりますので、今後はこちらへご連絡をお願いいたします。
            　中川 大樹　TEL 04-0000-3124　nakagawa-daiki@city.asagiri.example.lg.jp

            6月中に一度、中川と一緒にご挨拶に伺えればと思っております。
            引き続きどうぞよろしくお願いいたします。

        """) + "\n\n" + SIG_SAEKI,
    ))

    # P5 vendor corporate bank account confirmation
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.vendor_corporate_account",
        why="振込先は取引先法人の口座であり、個人の口座情報ではないため。",
        **{"from": OKOCHI},
        to=[addr("朝霧教材社 経理 桑田", "keiri@asagiri-kyozai.example.co.jp")],
        subject="Re: 振込先口座の確認（請求書 No.2025-0418）",
        text=t("""
            朝霧教材社 経理ご担当 桑田様

            大河内です。請求書ありがとうございます。
            支払処理の前に、振込先を念のため確認させてください。

            　株式会社朝霧教材社
            　武蔵野中央銀行 本店営業部　当座 0071524
            　口座名義：カ）アサギリキョウザイシャ
            　法人番号：1030001099870
            　請求額：418,660円（理科実験器具一式、第一中・第三中）

            債権者登録の口座と一致していれば、7/10支払いで回します。
            違っていたら、口座振替依頼書を出し直してもらう必要があります。

        """) + "\n\n" + SIG_OKOCHI,
    ))

    # P6 public figure lecture
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.public_figure_lecture",
        why="講演を依頼する公人（元五輪選手）の公開されている経歴だけで、私的な個人情報ではないため。",
        **{"from": HAYASHIDA},
        to=[addr("スピーカーズ・ブリッジ 担当 今井", "imai@speakers-bridge.example.co.jp")],
        subject="講演のご依頼（高瀬 美咲 様／11月 家庭教育講演会）",
        text=t("""
            株式会社スピーカーズ・ブリッジ
            今井 様

            はじめてご連絡いたします。朝霧市教育委員会 生涯学習課の林田と申します。
            貴社ホームページを拝見し、高瀬 美咲 様への講演のご依頼でご連絡しました。

            高瀬様は、朝霧市のご出身で、2008年北京・2012年ロンドンの両大会に女子マラソン代表として
            出場され、現在は解説者としてもご活躍されていると伺っております。
            市民、とくに子育て世代の方々に「続ける力」についてお話しいただけたらと考えています。

            　日時（希望）：2025年11月15日（土）14:00～15:30
            　会場：朝霧市民会館 大ホール（定員800名）
            　演題（案）：あきらめない心の育て方 ～走り続けた30年～
            　謝礼：ご相談させてください（市の規定上、上限があります）

            ご都合と概算のお見積りをお知らせいただけますと幸いです。
            よろしくお願いいたします。

        """) + "\n\n" + SIG_HAYASHIDA,
    ))

    # P7 lecturer's own fee notice with masked account, sent to the lecturer
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.lecturer_own_fee_masked_account",
        why="講師本人へ本人の謝金を知らせるメールで、口座番号も下3桁以外は伏せられているため。",
        **{"from": HAYASHIDA},
        to=[addr("森 静香", "mori.shizuka.shodo@yahoo.co.jp")],
        subject="前期講座 謝金お振込みのお知らせ",
        text=t("""
            森 静香 先生

            前期「親子で楽しむ書道」では大変お世話になりました！
            謝金のお振込みについてご案内いたします。

            　謝金額　　　　48,000円（6回×8,000円）
            　源泉所得税　　△4,900円
            　差引支払額　　43,100円
            　振込予定日　　7月25日（金）
            　振込先　　　　あさぎり信用金庫 本町支店 普通 ****482（ご登録の口座）

            ご登録いただいた口座から変更がある場合は、7月11日までにお知らせください。
            源泉徴収票は来年1月に郵送いたします。

            後期もどうぞよろしくお願いいたします(^^)

        """) + "\n\n" + SIG_HAYASHIDA,
    ))

    # P8 religious corporation as a venue
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.religious_corp_venue",
        why="宗教法人は会場の貸主として登場するだけで、特定個人の信条を示す情報はないため。",
        **{"from": HAYASHIDA},
        to=[addr("宗教法人 光明寺 事務所", "jimusho@komyoji-asagiri.example.or.jp")],
        subject="地域歴史講座の会場使用について（9月・10月）",
        text=t("""
            宗教法人 光明寺
            寺務所 御中

            いつもお世話になっております。朝霧市教育委員会 生涯学習課の林田です。
            昨年に続き、地域歴史講座「朝霧の古道と寺社」の会場として、本堂横の客殿をお借りしたく
            ご連絡いたしました。

            　日程：9月13日（土）、10月11日（土）いずれも 13:30～15:30
            　人数：受講者30名程度＋スタッフ3名
            　内容：ご住職による寺の縁起のお話（20分）、境内の石造物の見学

            使用料につきましては、昨年同様 1回 15,000円 でお願いできますでしょうか。
            請求書の宛名は「朝霧市教育委員会」でお願いいたします。

            よろしくお願いいたします。

        """) + "\n\n" + SIG_HAYASHIDA,
    ))

    # P9 plain zip with facility drawings list
    room_list = csv_text([
        ["図面番号", "名称", "階", "面積(m2)", "改修区分"],
        ["A-101", "体育館 アリーナ", "1F", "1,034.5", "床全面張替"],
        ["A-102", "器具庫", "1F", "62.0", "照明LED化"],
        ["A-201", "ギャラリー", "2F", "188.2", "手すり更新"],
        ["E-301", "受変電設備", "屋外", "-", "キュービクル更新"],
        ["M-401", "空調（GHP）", "屋上", "-", "新設"],
    ])
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.plain_zip_facility_drawings",
        why="暗号化されていない通常のzipで、中身は体育館改修の図面一覧であり個人情報を含まないため。",
        **{"from": OKOCHI},
        to=[addr("青嶺設計事務所 渡部", "watabe@seirei-sekkei.example.co.jp")],
        subject="第三中 体育館改修 既存図面の送付",
        text=t("""
            青嶺設計事務所　渡部様

            お世話になります。大河内です。
            第三中体育館の既存図面（竣工図）をzipでお送りします。パスワードはかけていません。
            中の一覧表に図面番号と改修区分をまとめました。
            受変電まわりは竣工図と現況が違うので、現地調査（7/2）で確認させてください。

        """) + "\n\n" + SIG_OKOCHI,
        attachments=[{"filename": "daisan_gym_zumen.zip/zumen_ichiran.csv",
                      "contentType": "text/csv", "text": room_list}],
    ))

    # P10 class closures (infection) as aggregates only
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.class_closure_aggregate",
        why="感染症による学級閉鎖を学校・学級単位の件数で伝えるだけで、感染した個人の名前はないため。",
        **{"from": SAEKI},
        to=[addr("朝霧観光バス 貸切営業 渋谷", "kashikiri@asagiri-kanko-bus.example.co.jp")],
        subject="社会科見学バスの日程変更のお願い（学級閉鎖のため）",
        text=t("""
            朝霧観光バス株式会社
            貸切営業課 渋谷 様

            お世話になっております。朝霧市教育委員会 学校教育課の佐伯です。

            市内でインフルエンザの感染が広がっており、本日時点で次のとおり学級閉鎖となっています。
            　・東小学校　4年　2学級（1/29～2/1）
            　・南小学校　4年　1学級（1/30～2/1）
            　・第一小学校　3年・4年　各1学級（1/30～2/2）

            このため、1月31日（金）に予定していた4年生の社会科見学（浄水場・消防本部）のバス3台を、
            2月14日（金）に振り替えていただくことは可能でしょうか。
            キャンセル料が発生する場合は、その金額もお知らせください。

            お手数をおかけしますが、よろしくお願いいたします。

        """) + "\n\n" + SIG_SAEKI,
    ))

    return out
