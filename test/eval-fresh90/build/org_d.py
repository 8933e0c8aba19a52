"""Org D: 株式会社やすらぎ典礼 — a funeral company (葬儀社) with its own halls
and a 互助会 (mutual-aid membership) business."""
from common import (T, join, addr, quote_gmail, original, forwarded, tensou, att,
                    hold, ok, houjin, yamato_numbers)

ORG = "D"
DOM = "yasuragi-tenrei.example.co.jp"

OKADA = addr("岡田 誠（やすらぎ典礼）", f"okada@{DOM}")
MORISHITA = addr("森下 千春", f"c.morishita@{DOM}")
ISHII = addr("やすらぎ典礼 石井康平", f"k-ishii@{DOM}")

SIG = {
    "okada": T(f"""
        ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
        株式会社やすらぎ典礼
        葬祭ディレクター（1級葬祭ディレクター）
        岡田 誠
        やすらぎホール南ヶ丘　〒252-0000 南ヶ丘市中町5-1-8
        TEL 042-0000-7700（24時間受付）／携帯 090-0000-4518
        okada@{DOM}
        ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
        """),
    "morishita": T(f"""
        ------------------------------
        株式会社やすらぎ典礼 総務経理部
        森下 千春（もりした ちはる）
        TEL 042-0000-7705　FAX 042-0000-7709
        c.morishita@{DOM}
        ------------------------------
        """),
    "ishii": T(f"""
        ◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
        やすらぎ典礼 事前相談室・互助会「やすらぎの会」
        石井 康平
        フリーダイヤル 0120-000-741 ／ 直通 042-0000-7712
        https://www.yasuragi-tenrei.example.co.jp/soudan/
        ◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇◆◇
        """),
}


def mails():
    m = []

    # ---------------------------------------------------------------- holds
    m.append(hold(
        kind="sensitive.religion_to_caterer", writer="okada", loc="body",
        why="仕出し業者への発注に、喪主の氏名・携帯番号とともに一家の信仰（イスラム教）を書いており、信条にあたる要配慮情報を含む。",
        frm=OKADA, to=[addr("割烹みやび 仕出し受付", "shidashi@miyabi-catering.example.jp")],
        subject="通夜料理のご注文（6/21 やすらぎホール南ヶ丘 第2式場）",
        text=join(T("""
            割烹みやび
            仕出しご担当 様

            いつもお世話になっております。やすらぎ典礼の岡田です。
            下記のとおり通夜料理を発注いたします。

            ・日時：6月21日（土）18:30 お届け（通夜開始 18:00）
            ・会場：やすらぎホール南ヶ丘 第2式場 控室
            ・人数：約30名分（大皿盛り合わせ6台、寿司桶4台）
            ・喪主：大野 隆史 様（携帯 090-0000-6612）
            ・ご注意：喪主様ご一家はイスラム教徒（ムスリム）のため、
            　豚肉・豚由来のエキス・みりん等のアルコールを使わない献立でお願いします。
            　ハラール認証の食材が難しい場合は、魚介・野菜中心で結構です。

            献立案を本日中にいただけますと、喪主様へご確認いただけます。
            細かい点は喪主様から直接お電話がいくかもしれません。
            """), SIG["okada"]),
        personal=[("name", "大野 隆史"), ("phone", "090-0000-6612"),
                  ("religion", "イスラム教徒（ムスリム）")],
    ))

    m.append(hold(
        kind="id.refund_bank_account", writer="morishita", loc="body",
        why="互助会解約の返戻金振込先として、会員個人の銀行口座番号と名義を経理代行会社へ送っている。",
        frm=MORISHITA, to=[addr("株式会社アカウントワークス 振込代行チーム", "furikomi@accountworks.example.co.jp")],
        subject="互助会 解約返戻金の振込依頼（6月第3週分）",
        text=join(T("""
            株式会社アカウントワークス
            振込代行チーム ご担当者様

            お世話になっております。やすらぎ典礼 総務経理部の森下です。
            互助会の解約返戻金について、下記の振込をお願いいたします。

            　会員番号：YK-0082-1147
            　会員氏名：坂井 房江 様
            　返戻金額：187,200円（積立 216,000円 − 解約手数料 28,800円）
            　振込先：南ヶ丘信用金庫 中町支店　普通　5209834
            　口座名義：サカイ フサエ
            　振込日：6月25日（水）

            振込完了後、いつもどおり完了報告をお願いいたします。
            """), SIG["morishita"]),
        personal=[("name", "坂井 房江"), ("bank_account", "普通　5209834"),
                  ("account_holder", "サカイ フサエ"), ("member_number", "YK-0082-1147")],
    ))

    m.append(hold(
        kind="list.heirs_table", writer="ishii", loc="body",
        why="相続人4名の氏名・続柄・生年月日・住所・電話を一覧にして外部の司法書士へ送っており、名簿にあたる。",
        frm=ISHII, to=[addr("司法書士法人ひかり登記 相続担当 松本", "matsumoto@hikari-touki.example.jp")],
        subject="相続手続きのご紹介（故 吉村 様 ご遺族）",
        text=join(T("""
            司法書士法人ひかり登記
            松本先生

            いつもお世話になっております。やすらぎ典礼の石井です。
            先月ご葬儀をお手伝いしたご遺族から、不動産の相続登記について
            ご相談をいただきましたので、ご紹介させていただきます。
            ご遺族から伺った相続人の情報は下記のとおりです。

            続柄 | 氏名 | 生年月日 | 住所 | 電話
            妻 | 吉村 和子 | 1950年2月11日 | 南ヶ丘市上町3-6-1 | 042-0000-3185
            長男 | 吉村 康弘 | 1975年9月30日 | 町田市原町田8-2-14 | 090-0000-2640
            長女 | 三上 由香里 | 1978年4月3日 | 相模原市中央区清新2-9-5 | 080-0000-7053
            次男 | 吉村 聡 | 1982年12月19日 | 南ヶ丘市上町3-6-1 | 070-0000-4416

            奥様（和子様）が窓口になるとのことです。
            初回のご相談は無料と伺っておりますが、その旨お伝えしてよろしいでしょうか。
            """), SIG["ishii"]),
        personal=[("name", "吉村 和子"), ("birth_date", "1950年2月11日"),
                  ("name", "吉村 康弘"), ("name", "三上 由香里"),
                  ("address", "相模原市中央区清新2-9-5"), ("phone", "070-0000-4416")],
    ))

    mourners = T("""
        No,氏名,郵便番号,住所,電話番号,御香典,返礼品
        1,平野 修一,252-0000,南ヶ丘市中町2-14-3,042-0000-6621,10000,B（3,000円相当）
        2,平野 恵子,252-0000,南ヶ丘市中町2-14-3,042-0000-6621,,同上（連名）
        3,宮崎 信夫,194-0000,町田市中町1-5-20-807,090-0000-9138,30000,C（10,000円相当）
        4,株式会社南ヶ丘建設 代表取締役 原田 茂,252-0000,南ヶ丘市本町6-1-1,042-0000-2004,50000,C（15,000円相当）
        5,大島 幸子,229-0000,相模原市南区相模大野4-2-11,080-0000-5870,5000,A（2,000円相当）
        6,土屋 敏,252-0000,南ヶ丘市上町1-19-6,070-0000-1294,10000,B（3,000円相当）
        """)
    m.append(hold(
        kind="list.mourner_list", writer="morishita", loc="attachment",
        why="添付CSVが会葬者名簿で、複数人の氏名・住所・電話番号と香典額が並んでいる。",
        frm=MORISHITA, to=[addr("ギフトの丸山 法人営業部", "houjin@maruyama-gift.example.co.jp")],
        subject="香典返し 発送依頼（受注番号 S-25-0417）",
        text=join(T("""
            株式会社ギフトの丸山
            法人営業部 ご担当者様

            いつもお世話になっております。やすらぎ典礼の森下です。
            受注番号 S-25-0417 の香典返しについて、発送先リストをお送りします。
            品物は先日お決めいただいたカタログギフト（A〜C）です。

            挨拶状は「満中陰志」で、四十九日明けの7月28日着でお願いします。
            """), SIG["morishita"]),
        attachments=[att("S-25-0417_会葬者名簿.csv", mourners)],
        personal=[("name", "平野 修一"), ("address", "南ヶ丘市中町2-14-3"),
                  ("name", "宮崎 信夫"), ("phone", "090-0000-9138"),
                  ("name", "大島 幸子")],
    ))

    sheet = T("""
        やすらぎ典礼 事前相談シート（終活サポート）
        受付No.：ZS-2025-0193　受付日：2025年6月2日　担当：石井

        ご相談者：桑田 昭夫 様（くわた あきお）
        生年月日：1947年7月7日（77歳）
        住所：南ヶ丘市西町4-10-2
        電話：042-0000-8457（自宅）／090-0000-1162（長女 桑田 真紀 様）

        ご状況：
        　膵臓がん（ステージ4）と診断され、現在は南ヶ丘中央病院の緩和ケア病棟に入院中。
        　主治医からは余命数か月と説明を受けている。
        　ご本人の意識ははっきりしており、身辺整理を希望されている。

        ご希望：
        　・公正証書遺言を作成したい（自宅不動産は長女へ）
        　・葬儀は家族葬、菩提寺なし、無宗教形式
        　・病室まで来てもらえる専門家を紹介してほしい
        """)
    m.append(hold(
        kind="sensitive.preneed_health_sheet", writer="ishii", loc="attachment",
        why="添付の相談シートに相談者の氏名・生年月日・住所とがんの病状・入院先が書かれた要配慮情報が含まれる。",
        frm=ISHII, to=[addr("司法書士法人ひかり登記 相続担当 松本", "matsumoto@hikari-touki.example.jp")],
        subject="遺言作成のご相談者のご紹介（出張対応のお願い）",
        text=join(T("""
            松本先生

            たびたび失礼いたします。やすらぎ典礼の石井です。
            事前相談でお受けしたお客様から、遺言作成について専門家の紹介を
            希望されましたので、相談シートをお送りします。

            入院中のため、病室への出張をお願いできればとのことです。
            お急ぎのご事情がありますので、今週中にご連絡いただけますと幸いです。
            連絡先はシートに記載のご長女様の携帯が確実です。
            """), SIG["ishii"]),
        attachments=[att("事前相談シート_ZS-2025-0193.pdf", sheet)],
        personal=[("name", "桑田 昭夫"), ("birth_date", "1947年7月7日"),
                  ("address", "南ヶ丘市西町4-10-2"),
                  ("diagnosis", "膵臓がん（ステージ4）"), ("phone", "090-0000-1162")],
    ))

    chief = T("""
        岡田様

        昨日は遅くまでありがとうございました。喪主の今井です。
        式場の件で2点お願いがあります。

        1. 母（今井 トシ子、84歳）は車椅子のため、式場内の移動と
        　 お焼香の際の介助をお願いできますでしょうか。
        2. 弟の今井 健二はうつ病で先月から南ヶ丘こころの医療センターに
        　 入院しており、主治医の許可が出ず参列できません。
        　 親戚から聞かれた場合は「体調不良」とだけお伝えいただけると助かります。

        今井 浩
        090-0000-3847
        """)
    m.append(hold(
        kind="sensitive.family_mental_health_forwarded", writer="okada", loc="quoted",
        why="転送した喪主のメールに、弟のうつ病での入院という第三者の要配慮情報と氏名・連絡先が含まれたまま斎場へ送っている。",
        frm=OKADA, to=[addr("みなみ斎場 式場管理", "shikijo@minami-saijo.example.jp")],
        subject="Fw: 式場での介助についてのお願い",
        text=join(T("""
            みなみ斎場 式場管理ご担当 様

            いつもお世話になっております。やすらぎ典礼の岡田です。
            6/24（火）告別式の件で、喪主様からご要望をいただきましたので転送します。
            車椅子の方の動線と、焼香台までの介助について、
            斎場スタッフの方にもご協力いただけますでしょうか。

            当日は弊社からも介助要員を1名増やして対応いたします。
            """), SIG["okada"],
            forwarded("今井 浩 <hiroshi.imai.0517@gmail.com>", "2025年6月22日(日) 23:04",
                      "式場での件", "okada@yasuragi-tenrei.example.co.jp", chief)),
        personal=[("name", "今井 健二"), ("health", "うつ病で先月から南ヶ丘こころの医療センターに"),
                  ("name", "今井 トシ子"), ("name", "今井 浩"), ("phone", "090-0000-3847")],
    ))

    form = T("""
        【Webお問い合わせフォーム】受付番号 WEB-250611-07
        お名前：三浦 里子
        ふりがな：みうら さとこ
        ご住所：南ヶ丘市東町7-2-15 サンハイツ東町103
        お電話：080-0000-2746
        メール：satoko.miura.1960@yahoo.co.jp
        宗派：浄土真宗本願寺派
        お問い合わせ内容：
        夫の一周忌に合わせて、小さめの仏壇と位牌を用意したいと考えています。
        マンションなので置き場所が限られます。見積もりをお願いできますか。
        家族は私と娘（別居）の2人です。
        """)
    m.append(hold(
        kind="personal.web_inquiry_forwarded", writer="ishii", loc="quoted",
        why="転送部分にWeb問い合わせ者の氏名・住所・電話・メール・宗派・家族構成が含まれ、一個人の情報を仏壇店へ渡している。",
        frm=ISHII, to=[addr("仏壇のいしはら 南ヶ丘店", "minamigaoka@butsudan-ishihara.example.co.jp")],
        subject="Fw: 【Webお問い合わせ】仏壇・位牌について",
        text=join(T("""
            仏壇のいしはら 南ヶ丘店 ご担当者様

            いつもお世話になっております。やすらぎ典礼の石井です。
            弊社サイトに仏壇のお問い合わせが入りましたので、下記転送いたします。
            提携の取り決めどおり、御社から直接ご連絡をお願いできますでしょうか。

            ご対応結果は月末の連絡会でご共有ください。
            """), SIG["ishii"],
            tensou("noreply@yasuragi-tenrei.example.co.jp", "2025年6月11日 14:36",
                   "【Webお問い合わせ】仏壇・位牌について", "soudan@yasuragi-tenrei.example.co.jp", form)),
        personal=[("name", "三浦 里子"), ("address", "南ヶ丘市東町7-2-15 サンハイツ東町103"),
                  ("phone", "080-0000-2746"), ("email", "satoko.miura.1960@yahoo.co.jp"),
                  ("religion", "浄土真宗本願寺派")],
    ))

    m.append(hold(
        kind="personal.welfare_status_in_subject", writer="okada", loc="subject",
        why="件名に喪主の氏名・電話番号と生活保護（福祉葬）であることが書かれ、件名だけで寺院へ出る。",
        frm=OKADA, to=[addr("正覚寺 寺務所", "jimusho@shokakuji.example.or.jp")],
        subject="読経のご依頼：喪主 川村 和子様（080-0000-4412）生活保護による福祉葬",
        text=join(T("""
            正覚寺
            ご住職様

            いつも大変お世話になっております。やすらぎ典礼の岡田でございます。

            件名の件、直葬に近い形での簡素なお見送りとなりますが、
            喪主様が炉前での読経をご希望されております。
            お布施については、喪主様のご事情を踏まえ、ご相談させていただけますと
            幸いです。

            　日時：6月27日（金）11:00 出棺／11:40 南ヶ丘市営火葬場 炉前読経
            　場所：南ヶ丘市営火葬場 第1告別室

            ご都合いかがでしょうか。お電話でもご相談させてください。
            """), SIG["okada"]),
        personal=[("name", "川村 和子"), ("phone", "080-0000-4412"),
                  ("welfare_status", "生活保護による福祉葬")],
    ))

    members = T("""
        会員番号,氏名,フリガナ,生年月日,郵便番号,住所,電話番号,コース,積立残高,次回満期
        YK-0071-0832,奥村 正,オクムラ タダシ,1944/03/22,252-0000,南ヶ丘市中町8-3-5,042-0000-5513,松コース,360000,満期
        YK-0073-1205,片山 芳江,カタヤマ ヨシエ,1949/10/08,252-0000,南ヶ丘市上町2-2-17,042-0000-9064,竹コース,198000,2026/04
        YK-0075-0418,北川 勝彦,キタガワ カツヒコ,1952/06/30,194-0000,町田市森野3-11-1,090-0000-3370,松コース,288000,2027/01
        YK-0078-2291,小西 ミドリ,コニシ ミドリ,1941/12/15,252-0000,南ヶ丘市西町1-4-9,042-0000-2288,梅コース,120000,満期
        YK-0080-0056,島田 浩,シマダ ヒロシ,1958/01/27,229-0000,相模原市南区松が枝町5-2-3,080-0000-4901,竹コース,144000,2028/09
        """)
    m.append(hold(
        kind="list.member_roster_zip", writer="ishii", loc="zip",
        why="暗号化されていないZIP内のCSVに互助会会員の氏名・生年月日・住所・電話・積立残高が並んでいる。",
        frm=ISHII, to=[addr("ひまわり印刷 DM事業部", "dm@himawari-print.example.co.jp")],
        subject="やすらぎの会 会員向けDM（感謝祭のご案内）宛名データ",
        text=join(T("""
            ひまわり印刷 DM事業部
            ご担当者様

            お世話になっております。やすらぎ典礼の石井です。
            9月の会員感謝祭のDMについて、宛名データをZIPでお送りします。
            まずはレイアウト確認用の5件です。本番データ（約3,200件）は
            校了後にお送りします。

            満期の方だけ、はがき右下に「満期特典」のシールを貼る仕様でお願いします。
            """), SIG["ishii"]),
        attachments=[att("yasuragi_dm_202509.zip/kaiin_sample.csv", members)],
        personal=[("name", "奥村 正"), ("birth_date", "1944/03/22"),
                  ("address", "町田市森野3-11-1"), ("name", "小西 ミドリ"),
                  ("phone", "080-0000-4901")],
    ))

    bereaved = [
        addr("青山 宏", "hiroshi.aoyama.55@gmail.com"),
        addr("内山 恵子", "keiko.uchiyama@yahoo.co.jp"),
        addr("江口 正人", "masato.eguchi@outlook.com"),
        addr("大西 典子", "noriko.onishi.mg@gmail.com"),
        addr("金子 博", "hiroshi.kaneko1948@yahoo.co.jp"),
        addr("木下 さゆり", "sayuri.kinoshita@gmail.com"),
        addr("久保 芳子", "yoshiko.kubo@outlook.com"),
        addr("近藤 孝", "takashi.kondo.home@gmail.com"),
        addr("斉藤 美智子", "michiko.saito77@yahoo.co.jp"),
        addr("杉山 健太", "kenta.sugiyama@gmail.com"),
    ]
    bereaved_cc = [
        addr("関口 和美", "kazumi.sekiguchi@outlook.com"),
        addr("千葉 洋子", "yoko.chiba.1952@gmail.com"),
        addr("戸田 昌之", "masayuki.toda@yahoo.co.jp"),
    ]
    m.append(hold(
        kind="recipients.bereaved_in_to", writer="morishita", loc="recipients",
        why="ご遺族13名の個人アドレスをTo/CCに並べて送っており、互いのアドレスと弔事の事実が見えてしまう。",
        frm=MORISHITA, to=bereaved, cc=bereaved_cc,
        subject="合同慰霊祭のご案内（やすらぎ典礼）",
        text=join(T("""
            ご遺族の皆さま

            拝啓　梅雨の候、皆さまにはいかがお過ごしでしょうか。
            昨年ご葬儀をお手伝いさせていただいた皆さまをお招きし、
            下記のとおり合同慰霊祭を執り行います。

            　日時：2025年7月20日（日）14:00〜15:30
            　会場：やすらぎホール南ヶ丘 大式場
            　内容：読経（正覚寺ご住職）・献花・お茶会
            　ご参加：無料／ご家族で何名様でもご参加いただけます

            ご出欠を7月10日までにこのメールへご返信ください。
            当日は送迎バス（南ヶ丘駅北口 13:30発）もご用意しております。
            敬具
            """), SIG["morishita"]),
    ))

    # ---------------------------------------------------------------- passes
    m.append(ok(
        kind="benign.thanks_to_chief_mourner", writer="okada",
        why="喪主本人へのお礼と法要の案内で、本人以外の個人情報を含まない。",
        frm=OKADA, to=[addr("吉村 和子", "kazuko.yoshimura@yahoo.co.jp")],
        subject="四十九日法要のご案内とお礼",
        text=join(T("""
            吉村 和子 様

            先日はご葬儀を弊社にお任せいただき、誠にありがとうございました。
            やすらぎ典礼の岡田でございます。
            その後、お疲れは出ていらっしゃいませんでしょうか。

            お申し付けいただいた四十九日法要について、ご案内いたします。

            　日時：7月13日（日）11:00〜
            　会場：やすらぎホール南ヶ丘 法要室
            　お斎：12:00〜 同ホール 会食室（ご予定人数 15名様）
            　ご住職へのご連絡：弊社より済ませております

            本位牌のお名入れは7月5日頃に仕上がる予定です。
            ご不明な点がございましたら、いつでもお気軽にお電話ください。
            """), SIG["okada"]),
    ))

    corp = houjin("012305009874")
    m.append(ok(
        kind="benign.religious_corp_invoice", writer="morishita",
        why="宗教法人（寺院）を取引先とする会館使用料の請求で、法人の口座と法人番号のみを含む。",
        frm=MORISHITA, to=[addr("宗教法人 正覚寺 寺務所", "jimusho@shokakuji.example.or.jp")],
        subject="6月分 会館使用料のご請求について",
        text=join(T(f"""
            宗教法人 正覚寺
            寺務所 御中

            平素より格別のご高配を賜り、厚く御礼申し上げます。
            やすらぎ典礼 総務経理部の森下でございます。

            6月に貴寺の法要でご利用いただいた会館使用料のご請求書をお送りします。

            　ご利用日：6月8日（日）施餓鬼法要／6月15日（日）月例法話会
            　会場：やすらぎホール南ヶ丘 大式場
            　ご請求額：88,000円（税込）
            　お振込先：南ヶ丘信用金庫 本店 普通 0312457　カ）ヤスラギテンレイ
            　お支払期限：7月31日

            適格請求書発行事業者登録番号：T{corp}
            今後ともよろしくお願い申し上げます。
            """), SIG["morishita"]),
    ))

    m.append(ok(
        kind="benign.public_figure_farewell", writer="okada",
        why="新聞等で公表済みの元市議会議長のお別れの会に関するホテルとの調整で、公人の公開情報のみを扱う。",
        frm=OKADA, to=[addr("ホテル南ヶ丘ヒルズ 宴会営業部 西村", "banquet@minamigaoka-hills.example.co.jp")],
        cc=[addr("南ヶ丘市議会事務局 総務係", "gikai-somu@city.minamigaoka.example.lg.jp")],
        subject="故 栗原 正義 元市議会議長 お別れの会　会場打合せの件",
        text=join(T("""
            ホテル南ヶ丘ヒルズ
            宴会営業部 西村様

            お世話になっております。やすらぎ典礼の岡田です。
            先日新聞でも告知されました、故 栗原 正義 元南ヶ丘市議会議長の
            お別れの会について、会場打合せをお願いしたくご連絡しました。

            　日時：2025年7月12日（土）13:00〜15:00（一般献花 14:00〜）
            　会場：ホテル南ヶ丘ヒルズ 2階 鳳凰の間
            　想定人数：一般献花を含め約600名
            　主催：お別れの会実行委員会（事務局：南ヶ丘市議会事務局）

            祭壇の設営は前日夜（22:00以降）を希望しております。
            搬入経路と養生について、6月27日（金）14時に現地確認させてください。
            """), SIG["okada"]),
    ))

    m.append(ok(
        kind="benign.vehicle_numbers", writer="morishita",
        why="霊柩車の登録番号や車台番号は車両の識別情報で、個人情報ではない。",
        frm=MORISHITA, to=[addr("株式会社東和モータース サービス課", "service@towa-motors.example.co.jp")],
        subject="霊柩車・寝台車の車検入庫日程について",
        text=join(T("""
            株式会社東和モータース
            サービス課 ご担当者様

            いつもお世話になっております。やすらぎ典礼の森下です。
            下記2台の車検について、入庫日程をご相談させてください。

            1) 霊柩車（宮型）
            　登録番号：相模 300 さ 41-07
            　車台番号：GRS191-0034582
            　車検満了日：2025年7月18日
            2) 寝台車（搬送車）
            　登録番号：相模 400 す 18-62
            　車台番号：TRH200-0217740
            　車検満了日：2025年7月30日

            業務上、2台同時に抜けることができないため、1台ずつ入庫したいと考えております。
            代車（寝台車）のご用意は可能でしょうか。
            """), SIG["morishita"]),
    ))

    nums = yamato_numbers(40217736001, 6, 2)
    lines = "\n".join(f"　{o}  →  {n}" for o, n in zip(
        ["S-25-0398-01", "S-25-0398-02", "S-25-0398-03", "S-25-0398-04", "S-25-0398-05", "S-25-0398-06"], nums))
    m.append(ok(
        kind="benign.yamato_tracking_numbers", writer="morishita",
        why="受注枝番と12桁の宅急便伝票番号のみで、個人番号のように見えても個人情報ではない。",
        frm=MORISHITA, to=[addr("ギフトの丸山 法人営業部", "houjin@maruyama-gift.example.co.jp")],
        subject="Re: 香典返し（S-25-0398）の配達状況について",
        text=join(T("""
            ギフトの丸山 法人営業部 ご担当者様

            お世話になっております。やすらぎ典礼の森下です。
            ご回答ありがとうございました。
            お客様から「まだ届いていないものがある」とお問い合わせがあり、
            弊社でも追跡したいので、伝票番号を枝番ごとにまとめ直しました。
            念のためご確認ください。
            """) + "\n" + lines + "\n\n" + T("""
            -03 と -05 が「持戻り」になっているようですので、
            再配達の手配をお願いできますでしょうか。
            """), SIG["morishita"]),
    ))

    m.append(ok(
        kind="benign.attendance_restriction_policy", writer="okada",
        why="感染症流行期の参列・面会制限の一般的な運用方針で、個人名を含まない。",
        frm=OKADA, to=[addr("みなみ斎場 式場管理", "shikijo@minami-saijo.example.jp"),
                       addr("株式会社田中生花 受注係", "juchu@tanaka-seika.example.co.jp")],
        subject="感染症流行期における式場運営について（ご協力のお願い）",
        text=join(T("""
            関係各社 ご担当者様

            いつもお世話になっております。やすらぎ典礼の岡田です。
            市内でインフルエンザと新型コロナの感染が拡大していることを受け、
            弊社式場およびみなみ斎場での運営を、当面下記のとおりとします。

            1. 通夜・告別式の参列は、原則としてご親族と近しい方に限っていただくよう
            　 喪主様へお願いする（一般会葬は焼香のみの入れ替え制）
            2. 控室での会食は、個別の折詰に切り替える
            3. 発熱等のある方には、別室からのオンライン参列をご案内する
            4. 病院・施設からのお迎え時は、各施設の面会制限・隔離の指示に従う
            5. 生花の搬入・設営時は、マスク着用と手指消毒をお願いする

            お手数をおかけしますが、ご協力のほどお願い申し上げます。
            """), SIG["okada"]),
    ))

    m.append(ok(
        kind="benign.english_repatriation_partnership", writer="ishii",
        why="海外の遺体搬送会社との提携条件に関する英文の一般的な問い合わせで、個別の案件情報を含まない。",
        frm=ISHII, to=[addr("Global Repatriation Services - Partnerships", "partners@grs.example.com")],
        subject="Partnership inquiry - international repatriation from Japan",
        text=join(T("""
            Dear Partnerships Team,

            My name is Kohei Ishii from Yasuragi Tenrei, a funeral service provider in
            Minamigaoka, Japan. We increasingly receive requests from foreign residents'
            families who wish to repatriate their loved ones to their home countries,
            mainly the Philippines, Vietnam and Brazil.

            We would like to know:
              1. Your standard lead time and price range for each of these destinations
              2. Which documents you require from the Japanese funeral home
              3. Whether you handle embalming certificates and consular paperwork
              4. Your terms for a referral partnership (invoicing, currency, liability)

            A short online meeting in July would be very helpful.
            Thank you for your time.

            Kind regards,
            Kohei Ishii
            Pre-need Consultation Office, Yasuragi Tenrei Co., Ltd.
            https://www.yasuragi-tenrei.example.co.jp/en/
            """)),
    ))

    minutes_prev = T("""
        理事各位

        南ヶ丘葬祭業協同組合 事務局の沢井です。
        6月度理事会の議事録（案）を送付します。修正があれば6/27までにお知らせください。

        1. 日時：2025年6月18日（水）15:00〜16:40
        2. 出席：理事長 河野（河野葬祭）、副理事長 岡田（やすらぎ典礼）、
        　 理事 相川（相川セレモニー）、理事 松尾（まつお典礼）、監事 福井（福井葬儀社）
        3. 議事
        　(1) 市営火葬場の予約システム更新について：市へ要望書を提出することで承認
        　(2) 夏季研修会（8/27）：テーマ「グリーフケアの基礎」講師は市内の大学教員に依頼
        　(3) 組合費の改定：次回へ継続審議

        ────────────
        南ヶ丘葬祭業協同組合 事務局
        沢井 真由子
        〒252-0000 南ヶ丘市本町2-3-4 商工会館3F
        TEL 042-0000-1190 ／ FAX 042-0000-1191
        ────────────
        """)
    prev2 = T("""
        沢井様

        相川セレモニーの相川です。議事録ありがとうございます。
        (2)の研修会ですが、会場は商工会館の大ホールで確定しています。
        追記をお願いします。

        ━━━━━━━━━━━━━━
        有限会社相川セレモニー 代表取締役 相川 隆
        TEL 042-0000-3322
        ━━━━━━━━━━━━━━

        """) + "\n" + quote_gmail("2025年6月19日(木) 10:05 沢井 真由子 <jimukyoku@minamigaoka-sousai.example.or.jp>:", minutes_prev)
    m.append(ok(
        kind="benign.union_minutes_chain", writer="ishii",
        why="業界組合の理事会議事録をめぐる返信の連鎖で、事業者名・理事名と署名のみを含む。",
        frm=ISHII, to=[addr("南ヶ丘葬祭業協同組合 事務局 沢井", "jimukyoku@minamigaoka-sousai.example.or.jp")],
        cc=[addr("相川 隆", "aikawa@aikawa-ceremony.example.co.jp"),
            addr("河野 理事長", "kono@kono-sousai.example.co.jp"),
            addr("松尾 理事", "matsuo@matsuo-tenrei.example.co.jp"),
            addr("岡田 誠", f"okada@{DOM}")],
        subject="Re: Re: 6月度理事会 議事録（案）",
        text=join(T("""
            沢井様、理事の皆さま

            やすらぎ典礼の石井です（岡田の代理で失礼します）。
            (1)の要望書について、弊社で文案を作成することになっておりましたので、
            6月30日までに事務局へお送りします。
            議事録の「(1)」の末尾に「文案はやすらぎ典礼が作成」と
            追記いただけますでしょうか。
            """), SIG["ishii"],
            quote_gmail("2025年6月19日(木) 13:22 相川 隆 <aikawa@aikawa-ceremony.example.co.jp>:", prev2)),
    ))

    corp2 = houjin("020001055521")
    m.append(ok(
        kind="benign.takken_license_numbers", writer="ishii",
        why="宅建業者の免許番号・宅建士の登録番号・法人番号は業者の公開情報で、個人の識別番号として扱う必要はない。",
        frm=ISHII, to=[addr("株式会社みなと不動産 法人営業部 荻野", "ogino@minato-fudosan.example.co.jp")],
        subject="新会館用地（南ヶ丘市西町）重要事項説明の件",
        text=join(T(f"""
            株式会社みなと不動産
            法人営業部 荻野様

            お世話になっております。やすらぎ典礼の石井です。
            西町の用地について、重要事項説明書の案をありがとうございました。
            社内稟議に添付するため、記載事項を確認させてください。

            　宅地建物取引業者：株式会社みなと不動産
            　免許証番号：神奈川県知事（4）第28417号
            　法人番号：{corp2}
            　説明を行う宅地建物取引士：荻野 剛（登録番号 神奈川 第061382号）
            　物件：南ヶ丘市西町6丁目 土地 1,248.55㎡（用途地域：準工業地域）

            用途制限の欄で、葬祭場の建築に関する近隣説明の要否について、
            市の指導要綱の条項番号を追記いただけますでしょうか。
            """), SIG["ishii"]),
    ))

    m.append(ok(
        kind="benign.plain_zip_company_surname", writer="okada",
        why="人名を含む社名（田中生花）への祭壇プラン資料の送付で、暗号化なしのZIPの中身も商品情報のみ。",
        frm=OKADA, to=[addr("株式会社田中生花 受注係", "juchu@tanaka-seika.example.co.jp")],
        subject="2025年度下期 生花祭壇プランの改定資料",
        text=join(T("""
            株式会社田中生花
            受注係 田中様

            いつもありがとうございます。やすらぎ典礼の岡田です。
            10月から適用する生花祭壇プランの改定資料をZIPでお送りします
            （パスワードなし）。
            価格改定の幅と、花材の差し替え候補をご確認いただけますでしょうか。
            """), SIG["okada"]),
        attachments=[
            att("saidan_plan_2025H2.zip/plan_list.txt", T("""
                生花祭壇プラン（2025年10月〜）
                プラン名 | 幅 | 主な花材 | 価格（税込）
                こもれび | 2.4m | 白菊・カーネーション・トルコキキョウ | 165,000円
                やまぶき | 3.6m | 胡蝶蘭・ユリ・白菊 | 275,000円
                あさぎり | 4.5m | 胡蝶蘭・デンファレ・カスミソウ | 385,000円
                """)),
            att("saidan_plan_2025H2.zip/change_notes.txt", T("""
                改定メモ
                ・トルコキキョウの仕入れ価格上昇に伴い「こもれび」を +11,000円
                ・冬季（12〜2月）はユリの代替としてストックを使用可
                ・洋花祭壇（無宗教葬向け）を新規追加予定（11月リリース）
                """)),
        ],
    ))

    return m
