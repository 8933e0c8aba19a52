"""Org C: 北浜市 こども未来部 子育て支援課 (city hall child-rearing support section)."""
from common import (addr, mail, att, plain_zip, enc_zip, quoted, forward_block,
                    csv_text, table, grid, D, S, mynumber)

ORG = "C"
DOM = "city.kitahama.example.lg.jp"

TAJIMA = addr("田島 浩二", f"k-tajima@{DOM}")
WAKA = addr("若林 さやか", f"s-wakabayashi@{DOM}")
YOSHI = addr("吉永 美穂", f"m-yoshinaga@{DOM}")

SIG_TAJIMA = f"""――――――――――――――――――――――――――
北浜市 こども未来部 子育て支援課
児童手当係 係長 田島 浩二
〒279-8501 千葉県北浜市中央一丁目1番1号 本庁舎2階
TEL 047-0000-3120(直通) 内線2214
FAX 047-0000-3129
E-mail k-tajima@{DOM}
――――――――――――――――――――――――――"""

SIG_WAKA = """北浜市 子育て支援課 子育て支援係
若林 さやか(内線2231/直通 047-0000-3130)"""

SIG_YOSHI = f"""----------------------------------------
北浜市 こども未来部 子育て支援課
こども家庭センター 母子保健係 保健師
吉永 美穂(よしなが みほ)
TEL 047-0000-3140 / FAX 047-0000-3149
m-yoshinaga@{DOM}
----------------------------------------"""

JIS = addr("岸本 様(北浜情報サービス)", "kishimoto@kitahama-jis.example.co.jp")
MINAMI = addr("みなみ保育園 主任", "shunin@minami-hoikuen.example.or.jp")
KODOMO = "kodomonoki.example.or.jp"


def mails():
    W = lambda *a, **k: mail(ORG, *a, **k)
    out = []

    # ------------------------------------------------------------ holds: body
    contacts = table([["支援機関", "担当", "連絡先"],
                      ["こども家庭センター", "吉永(保健師)", "047-0000-3140"],
                      ["生活福祉課", "本間(ケースワーカー)", "047-0000-3160"]], sep="  ", indent=" ")
    out.append(W(
        "yoshinaga", "body", "hold", "sensitive.parent_illness_and_welfare_to_nursery",
        "Tells a private nursery that a named child's mother has schizophrenia and the household is on public assistance.",
        YOSHI, [addr("わかば保育園 園長 矢島", "encho@wakaba-hoikuen.example.or.jp")],
        "7月入園予定のお子さんについて(情報共有)",
        f"""社会福祉法人わかば会 わかば保育園
園長 矢島 様

いつも大変お世話になっております。
北浜市 子育て支援課 こども家庭センターの保健師、吉永です。

7月1日から入園予定の 森本 結衣ちゃん(2歳児クラス、2022年11月8日生)について、
入園前に共有させていただきたいことがあり、ご連絡いたしました。

お母さんの 森本 早苗さんは、統合失調症のため北浜こころの医療センターに通院中です。
現在は服薬で症状は落ち着いていますが、体調によっては朝の登園が遅れたり、
送迎が難しい日があるかもしれません。
世帯は生活保護を受給しており、担当ケースワーカーは生活福祉課の本間です。

お父さんとは昨年離婚されていて、現在は交流はないと伺っています。
結衣ちゃん自身は、発達面で特に気になるところはありません。
人見知りが少しありますが、慣れると、よく笑うお子さんです。

{contacts}

園での様子で気になることがありましたら、上記どちらへでもご連絡ください。
月に1回程度、私から園に様子を伺いに行かせていただければと思います。

どうぞよろしくお願いいたします。

{SIG_YOSHI}""",
        personal=[("name", "森本 結衣"), ("birth_date", "2022年11月8日"), ("name", "森本 早苗"),
                  ("diagnosis", "統合失調症"), ("social_status", "生活保護を受給")]))

    out.append(W(
        "tajima", "body", "hold", "id.benefit_recipient_account_to_vendor",
        "A child-allowance recipient's name, home address and private bank account are written out to the system vendor.",
        TAJIMA, [JIS],
        "児童手当 振込不能分の再振込データ作成について(依頼)",
        f"""株式会社北浜情報サービス
公共システム部 岸本 様

いつもお世話になっております。
北浜市 子育て支援課 児童手当係の田島です。

6月定例払い(6月10日支払)において振込不能となった1件について、
受給者から新たな口座の届出がありましたので、下記のとおり再振込用データの作成をお願いいたします。

記

1 受給者番号   2104-00371
2 受給者氏名   佐野 隆史(サノ タカシ)
3 住所         北浜市緑ヶ丘三丁目8番12号
4 支払額       60,000円(4月分・5月分)
5 新振込口座   千葉ベイ銀行 北浜駅前支店 普通 3058221 サノ タカシ
6 振込予定日   2025年{D(6, 27)}

※旧口座(解約済)のデータは無効化をお願いいたします。

以上

{SIG_TAJIMA}""",
        personal=[("name", "佐野 隆史"), ("address", "北浜市緑ヶ丘三丁目8番12号"),
                  ("bank_account", "千葉ベイ銀行 北浜駅前支店 普通 3058221")]))

    out.append(W(
        "wakabayashi", "body", "hold", "sensitive.child_adhd_to_volunteer",
        "Sends a named child's ADHD diagnosis, allergy and the family's address and phone to a volunteer's private mailbox.",
        WAKA, [addr("前川 和代", "kazuyo.maekawa@yahoo.co.jp")],
        "ファミサポ 新しい援助活動のお願い(7月〜)",
        f"""前川さん

いつもありがとうございます!ファミサポ事務局(子育て支援課)の若林です.
先日お電話でお話しした、新しい依頼会員さんの件、詳細を送りますね〜

・お子さん:松田 陽向くん(5歳・年長、きたはま第二こども園)
・依頼会員:お母さん 松田 理沙さん 090-0000-4871
・住所:北浜市港町二丁目5-3 ベイコート港町603
・内容:毎週火・木 こども園のお迎え(16:30)→ご自宅で19:00まで預かり
・注意点:陽向くんはADHDの診断を受けていて、急に道路に飛び出すことがあるそうです.
  お迎えのときは必ず手をつないでください.卵アレルギーあり(エピペンは持ってません)

事前打ち合わせは {S(7, 3)} 10時に市役所2階の相談室でお願いします!
わからないことがあったら、いつでも連絡ください.

{SIG_WAKA}""",
        personal=[("name", "松田 陽向"), ("name", "松田 理沙"), ("phone", "090-0000-4871"),
                  ("address", "北浜市港町二丁目5-3 ベイコート港町603"), ("diagnosis", "ADHD")]))

    # ------------------------------------------------------------ holds: attachment
    dm = [
        ["宛名番号", "世帯主氏名", "郵便番号", "住所", "児童氏名", "児童生年月日", "前年所得", "課税区分"],
        ["300215", "岩田 浩之", "279-0013", "北浜市日の出二丁目4番8号", "岩田 蒼", "2009/06/18", "4,820,000", "課税"],
        ["300488", "三宅 美紀", "279-0021", "北浜市汐見台一丁目12番3-502号", "三宅 楓", "2008/10/02", "1,640,000", "課税"],
        ["301102", "内田 剛", "279-0034", "北浜市緑ヶ丘五丁目1番22号", "内田 結菜", "2009/01/27", "6,150,000", "課税"],
        ["301377", "東 さゆり", "279-0042", "北浜市港町三丁目9番1号", "東 大翔", "2007/12/11", "0", "非課税"],
        ["301560", "野村 康介", "279-0011", "北浜市本町一丁目15番6号", "野村 葵", "2008/04/30", "3,310,000", "課税"],
        ["302044", "ベルナルド マリア", "279-0025", "北浜市汐見台四丁目2番10-203号", "ベルナルド ルカス", "2009/03/15", "1,120,000", "課税"],
    ]
    out.append(W(
        "tajima", "attachment", "hold", "list.mailing_data_with_income_to_printer",
        "The printer needs only names and addresses, but the attached mailing file also carries children's birth dates and each household's income and tax status.",
        TAJIMA, [addr("北浜印刷 データ出力課", "dp@kitahama-print.example.co.jp")],
        "児童手当 申請勧奨通知 発送データの送付について",
        f"""株式会社北浜印刷
データ出力課 御中

いつもお世話になっております。
北浜市 子育て支援課 児童手当係の田島です。

標記の件、委託契約に基づき発送データを送付いたします。
印刷・封入封緘のうえ、{D(7, 4)}までに市役所 子育て支援課へ納品をお願いいたします。

記

1 通知名   児童手当(高校生年代)申請勧奨通知
2 件数     6件(追加分)
3 様式     A4 圧着ハガキ(前回と同じ版下)
4 データ   別添CSV(文字コード UTF-8)

以上

{SIG_TAJIMA}""",
        attachments=[att("申請勧奨_高校生年代_追加分_0620.csv", csv_text(dm))],
        personal=[("name", "岩田 浩之"), ("address", "北浜市日の出二丁目4番8号"), ("income", "4,820,000"),
                  ("name", "東 さゆり"), ("tax_status", "非課税"), ("name", "三宅 楓"), ("birth_date", "2008/10/02")]))

    zname = "8月入所内定者一覧_みなみ保育園.zip"
    out.append(W(
        "wakabayashi", "attachment", "hold", "list.ppap_enrollment_list",
        "An encrypted zip (PPAP) of the nursery's admission list with the password promised in a separate mail.",
        WAKA, [MINAMI],
        "8月入所 内定者一覧の送付",
        f"""みなみ保育園 主任さま

お疲れさまです!子育て支援課の若林です.
8月入所の内定者一覧を送ります.パスワードは別メールでお送りしますね.
面接の日程は、各ご家庭に {S(7, 11)} までに園から連絡をお願いします〜

{SIG_WAKA}""",
        attachments=[enc_zip(zname)],
        personal=[("encrypted_zip", zname)]))

    # ------------------------------------------------------------ holds: quoted
    harada = f"""若林さん

こどもの木の原田です。7月の出張相談の候補日です。
 {S(7, 8)}、{S(7, 15)}、{S(7, 22)} いずれも午前

それと別件でご相談です。
先週ひろばに来ていた 川村 蓮くん(3歳)の腕に、新しいあざが2か所ありました。
お母さんの 川村 舞さんが「夫がしつけに厳しくて」と話していて、
お母さん自身も頬に薄いあざがあったように見えました。
以前から気になっていた親子なので、市の方で家庭訪問など検討していただけないでしょうか。
(住所は汐見台4丁目の市営住宅だと聞いています)

NPO法人こどもの木 ひろば担当
原田 恵"""
    out.append(W(
        "wakabayashi", "quoted", "hold", "sensitive.abuse_concern_in_quoted_chain",
        "The reply only fixes a date and adds the midwives' association, but the quoted mail below reports suspected abuse and domestic violence in a named family.",
        WAKA, [addr("原田 恵", f"harada@{KODOMO}"), addr("高田 様(北浜市助産師会)", "takada@kitahama-josanshikai.example.or.jp")],
        "Re: 7月のひろば出張相談の日程",
        f"""こどもの木 原田さん、助産師会 高田さん

お疲れさまです!子育て支援課の若林です.
出張相談、助産師会の高田さんにもご協力いただけることになったので、宛先に入れました〜

日程は下の候補のうち {S(7, 15)} 10:00-12:00 でいかがでしょう?
会場はこれまでどおり「ひろば こどもの木」の和室でお願いします.

若林

{quoted("jp", "原田 恵", f"harada@{KODOMO}", (2025, 6, 19, 17, 3), harada)}""",
        personal=[("name", "川村 蓮"), ("name", "川村 舞"), ("abuse_concern", "夫がしつけに厳しくて")]))

    nakanishi = f"""吉永さん

産後ケア(宿泊型)の件、つばめ助産院さんへの打診をお願いします。以下、ケース概要です。

 対象:松下 彩 さん(27歳)初産、出産予定日 7月14日
 ・妊娠届出時から特定妊婦として支援中
 ・うつ病で北浜こころの医療センターに通院、妊娠中も服薬継続
 ・パートナーは窃盗で服役中、出産後も当面は一人での育児
 ・実母とは疎遠(県外在住)
 ・住所:北浜市本町三丁目7番2号 コーポ本町201

退院後すぐ、7/22〜24 あたりで利用できると安心です。
要対協の個別ケース会議は 7/9 に予定しています。

地区担当 中西"""
    out.append(W(
        "yoshinaga", "quoted", "hold", "sensitive.specified_pregnant_woman_in_forward",
        "The cover note to the midwife clinic only asks about dates; the forwarded internal case note below names the mother, her depression and her partner's imprisonment.",
        YOSHI, [addr("つばめ助産院 院長", "tsubame@tsubame-josanin.example.jp")],
        "FW: 産後ケア(宿泊型)利用の打診",
        f"""つばめ助産院
院長 様

いつも大変お世話になっております。
北浜市 こども家庭センターの保健師、吉永です。

産後ケア事業(宿泊型)の利用について、ご相談させてください。
下記の方について、7月下旬に2泊3日でのご利用を検討しております。
受け入れが可能な日程があれば、お知らせいただけますでしょうか。

利用決定通知は、日程が確定しましたら市から郵送いたします。
利用料は住民税非課税世帯の区分で、自己負担なしとなる見込みです。

お忙しいところ恐縮ですが、どうぞよろしくお願いいたします。

{SIG_YOSHI}

{forward_block("outlook_jp", "中西 千夏", "吉永 美穂", (2025, 6, 24, 8, 55), "産後ケア(宿泊型)の件", nakanishi)}""",
        personal=[("name", "松下 彩"), ("status", "特定妊婦"), ("diagnosis", "うつ病"),
                  ("criminal_record_third_party", "窃盗で服役中"), ("address", "北浜市本町三丁目7番2号 コーポ本町201")]))

    # ------------------------------------------------------------ hold: subject
    out.append(W(
        "wakabayashi", "subject", "hold", "sensitive.protection_order_in_subject",
        "The body just confirms a visit time, but the subject names the child and says his father is under a DV protection order.",
        WAKA, [MINAMI],
        "明日の面談の件(ひまわり組 石川 陽翔くん/父親に保護命令が出ています)",
        """主任さん

お疲れさまです!明日10時に園に伺います.
お迎えのときの対応について、主任さんと確認させてください.
よろしくお願いします!

若林""",
        personal=[("name", "石川 陽翔"), ("dv_protection_order", "父親に保護命令が出ています")]))

    # ------------------------------------------------------------ hold: zip
    mA, mB, mC, mD = (mynumber("31570284416"), mynumber("52806139927"),
                      mynumber("63014872205"), mynumber("20946617538"))
    prod = [
        ["受給者番号", "個人番号", "氏名", "生年月日", "保護者氏名", "住所", "保険区分"],
        ["K0401882", mA, "大川 湊", "2019/08/14", "大川 智子", "北浜市日の出一丁目3番5号", "国保"],
        ["K0401907", mB, "篠原 ひまり", "2021/02/03", "篠原 亮", "北浜市緑ヶ丘二丁目20番1号", "社保"],
        ["K0402113", mC, "宮崎 蒼空", "2016/11/29", "宮崎 恵美", "北浜市港町一丁目6番14-305号", "社保"],
        ["K0402250", mD, "アリ ハサン", "2018/05/06", "アリ ファティマ", "北浜市汐見台三丁目8番2号", "国保"],
    ]
    out.append(W(
        "tajima", "zip", "hold", "id.production_extract_in_test_zip",
        "The 'test data' in the plain zip is a production extract with children's マイナンバー, names, birth dates and addresses.",
        TAJIMA, [JIS],
        "子ども医療費助成システム 移行検証用データの送付について",
        f"""株式会社北浜情報サービス
公共システム部 岸本 様

いつもお世話になっております。
北浜市 子育て支援課 児童手当係の田島です。

標記の件、移行検証用のデータを送付いたします。
なお、検証用ダミーデータの作成が間に合わなかったため、
6月1日時点の本番環境から抽出したデータの一部を使用しております。
検証終了後は、速やかに削除していただきますようお願いいたします。

検証結果は {D(7, 2)}までにご報告をお願いいたします。

{SIG_TAJIMA}""",
        attachments=plain_zip("移行検証データ_20250620.zip", [
            ("受給者_抽出_20250601.csv", csv_text(prod)),
            ("readme.txt", """移行検証データについて
・抽出日:2025年6月1日
・抽出条件:受給者番号 K0401800〜K0402300 のうち有効受給者
・文字コード:UTF-8(BOMなし)
・検証後は削除のうえ、削除報告書を提出してください。
北浜市 子育て支援課
"""),
        ]),
        personal=[("my_number", mA), ("name", "大川 湊"), ("my_number", mB), ("name", "篠原 ひまり"),
                  ("my_number", mC), ("my_number", mD), ("address", "北浜市汐見台三丁目8番2号")]))

    # ------------------------------------------------------------ hold: recipients
    RNAMES = ['ひなたママの会', '山口 香織', '竹内 希', 'あゆみサークル', 'パパの会きたはま', '岡部 理恵', '大庭 さくら', 'ふたごの会きたはま', '林 真由美', '松尾 千穂', '西田 優香', '神田 智美', 'ひろば こどもの木']
    rcpt = [
        "mama.circle.hinata@gmail.com", "k.yamaguchi0822@yahoo.co.jp", "nozomi-takeuchi@outlook.com",
        "ayumi.kitahama@gmail.com", "papa-no-kai.kh@gmail.com", "r_okabe1990@yahoo.co.jp",
        "sakura.ooba@outlook.com", "twins.kitahama@gmail.com", "m-hayashi.home@yahoo.co.jp",
        "chiho.matsuo@gmail.com", "yuka.nishida.77@outlook.com", "tomomi_kanda@yahoo.co.jp",
        f"hiroba@{KODOMO}",
    ]
    out.append(W(
        "wakabayashi", "recipients", "hold", "recipients.circle_reps_in_to",
        "Thirteen circle representatives' private addresses and an NPO address are visible in To instead of BCC.",
        WAKA, [addr(n, a) for n, a in zip(RNAMES, rcpt, strict=True)],
        "子育てサークル連絡会(7/10)のお知らせ",
        f"""子育てサークル代表のみなさま

こんにちは!北浜市 子育て支援課の若林です.
毎年恒例の「子育てサークル連絡会」を下記のとおり開催します.

日時:{D(7, 10)} 10:00〜11:30
場所:北浜市子育て支援センター 2階 多目的室
内容:・今年度の活動助成金について
     ・子育てフェスタ(10月)のブース出展募集
     ・サークル同士の情報交換

お子さん連れでの参加OKです!保育ボランティアさんもいます.
出欠は 7/4 までに、このメールに返信でお知らせください.

{SIG_WAKA}""",
        personal=[("email", a) for a in rcpt]))

    # ------------------------------------------------------------ passes
    inf = grid([["疾患", "施設数", "患者数", "前週比"],
                ["感染性胃腸炎", "3", "14", "+6"],
                ["手足口病", "5", "23", "+9"],
                ["RSウイルス感染症", "2", "6", "-1"],
                ["インフルエンザ", "0", "0", "±0"],
                ["新型コロナウイルス感染症", "1", "3", "+2"]])
    out.append(W(
        "tajima", "none", "pass", "benign.aggregate_infection_status",
        "Weekly infectious-disease counts for nurseries, by disease and number of facilities only; 感染 and 隔離 with no names.",
        TAJIMA, [addr("北浜市私立保育園協会 事務局", "jimukyoku@kitahama-hoikukyokai.example.or.jp")],
        "市内保育施設における感染症の発生状況について(6月第3週)",
        f"""北浜市私立保育園協会
事務局 御中

いつも大変お世話になっております。
北浜市 子育て支援課の田島です。

標記の件について、6月16日から6月20日までに各施設からご報告いただいた
感染症の発生状況を、下記のとおり取りまとめましたので情報提供いたします。

記

{inf}

※施設数・患者数は市内認可保育施設(公立8園・私立21園)の合計です。
※施設名および個人が特定される情報は掲載しておりません。

手足口病が前週から増加しています。
各施設におかれましては、おむつ交換時の手洗いの徹底、
および発熱・発疹のある園児の別室での保育(隔離)について、引き続きご配慮をお願いいたします。

以上

{SIG_TAJIMA}"""))

    vac = grid([["ワクチン", "標準的な接種時期", "回数", "備考"],
                ["5種混合(DPT-IPV-Hib)", "生後2か月〜", "4回", "令和6年4月から"],
                ["小児用肺炎球菌(20価)", "生後2か月〜", "4回", "令和6年10月から"],
                ["B型肝炎", "生後2か月〜", "3回", ""],
                ["ロタウイルス", "生後2か月〜", "2〜3回", "製剤により異なる"],
                ["BCG", "生後5〜8か月", "1回", ""],
                ["MR(麻しん風しん)", "1歳/年長", "2回", ""],
                ["水痘", "1歳〜1歳3か月", "2回", ""],
                ["日本脳炎", "3歳〜", "4回", "特例対象あり"],
                ["HPV", "小学6年〜高校1年相当", "2〜3回", "キャッチアップ経過措置"]])
    out.append(W(
        "yoshinaga", "none", "pass", "benign.vaccination_schedule",
        "A vaccination schedule for the medical association, general and with no individual; the word 感染 appears only in programme context.",
        YOSHI, [addr("北浜市医師会 事務局", "office@kitahama-med.example.or.jp")],
        "令和7年度 定期予防接種スケジュールについて(情報提供)",
        f"""北浜市医師会
事務局 御中

いつも母子保健事業にご協力いただき、ありがとうございます。
北浜市 こども家庭センター 母子保健係の吉永です。

令和7年度の定期予防接種のスケジュールについて、
市のホームページおよび母子手帳アプリに掲載する内容を取りまとめましたので、
会員医療機関の皆様への周知にご協力いただけますと幸いです。

{vac}

主な変更点は次の2点です。

1. 5種混合ワクチンへの移行に伴い、4種混合ワクチンとヒブワクチンを
   別々に接種中のお子さんについては、原則として同じ種類で接種を完了していただきます。
2. HPVワクチンのキャッチアップ接種は、経過措置の対象となる方に限り、
   令和8年3月31日まで公費で接種できます。

予診票は、6月末に各医療機関へ郵送いたします。
予防接種後の副反応疑い報告の様式に変更はございません。

ご不明な点がございましたら、母子保健係までお問い合わせください。
どうぞよろしくお願いいたします。

{SIG_YOSHI}"""))

    out.append(W(
        "wakabayashi", "none", "pass", "benign.public_figures_event",
        "Event logistics naming the mayor and a guest picture-book author in their public roles.",
        WAKA, [addr("ベイエリア企画 イベント担当 藤本", "event@bayarea-kikaku.example.co.jp")],
        "子育てフェスタ2025 来賓・ゲストの件",
        f"""ベイエリア企画 藤本さま

お世話になってます!北浜市 子育て支援課の若林です.
フェスタ当日({D(10, 12)})の来賓・ゲストの件、決まったのでお知らせします.

・10:00 開会 あいさつ:北浜市長 大河内 修(5分)
・10:10 来賓祝辞:北浜市議会 議長 今村 洋平 様(3分)
・13:30 ゲストトーク:絵本作家 しばた ゆうこ さん
        「おはなしのじかん」読み聞かせ+トーク(45分)
        ※控室は市民ホール 楽屋Aでお願いします.マネージャーさん1名同行です
・15:30 閉会

市長の動線は秘書課からも連絡が行くと思います!
ステージ背景のバナーに「主催:北浜市」の表記を入れてください〜

{SIG_WAKA}"""))

    out.append(W(
        "tajima", "none", "pass", "benign.npo_corporate_account",
        "Payment notice to a contracted NPO with the NPO's corporate account; the chair's name is part of the account title.",
        TAJIMA, [addr("NPO法人こどもの木 事務局", f"jimu@{KODOMO}")],
        "地域子育て支援拠点事業 委託料(第1四半期分)の支払について",
        f"""特定非営利活動法人こどもの木
事務局 御中

いつも大変お世話になっております。
北浜市 子育て支援課の田島です。

標記の件について、下記のとおり支払手続きを行いましたのでお知らせいたします。

記

1 支払額     1,845,000円(令和7年4月分〜6月分)
2 支払予定日 2025年{D(7, 15)}
3 振込先     千葉ベイ銀行 北浜支店 普通 2210934
              特定非営利活動法人こどもの木 理事長 原田 恵
4 根拠       令和7年度 地域子育て支援拠点事業委託契約 第7条

以上

実績報告書(6月分)は、7月10日までにご提出をお願いいたします。

{SIG_TAJIMA}"""))

    out.append(W(
        "wakabayashi", "none", "pass", "benign.it_outage",
        "An outage notice for the online application system sent to nurseries in BCC; 障害 in the IT sense.",
        WAKA, [addr("北浜市 子育て支援課", f"kosodate@{DOM}")],
        "【復旧】電子申請システム(保育所入所申込)の障害について",
        f"""各保育施設 ご担当者さま

子育て支援課の若林です.
本日 9:00〜10:40 ごろ、電子申請システムに障害が発生し、保育所入所申込の画面が表示されない状態でした.
現在は復旧しています.申込データの消失はありません.
保護者の方から問い合わせがあった場合は、「再度お試しください」とご案内をお願いします!

{SIG_WAKA}""",
        bcc=[addr("みなみ保育園", "shunin@minami-hoikuen.example.or.jp"),
             addr("わかば保育園", "encho@wakaba-hoikuen.example.or.jp"),
             addr("じょうこう保育園", "jokoji-hoiku@jokoji.example.or.jp"),
             addr("きたはま第二こども園", "office@kitahama-kodomoen2.example.or.jp")]))

    out.append(W(
        "yoshinaga", "none", "pass", "benign.lecturer_own_fee_masked_account",
        "Fee notice sent to the lecturer herself, with her own account masked.",
        YOSHI, [addr("三宅 由美子 先生", "y.miyake@kitahama-iryo.example.ac.jp")],
        "両親学級 講師謝礼のお支払いについて",
        f"""北浜医療大学 看護学部
三宅 由美子 先生

先日は両親学級(6月21日開催)でのご講演、誠にありがとうございました。
参加されたご夫婦から「産後の生活が具体的にイメージできた」との声を多くいただきました。

講師謝礼につきまして、下記のとおりお支払いいたしますのでお知らせいたします。

 謝礼額   :20,000円
 源泉所得税:2,042円
 差引支払額:17,958円
 支払予定日:{D(7, 18)}
 振込先   :ご登録口座(千葉ベイ銀行 ****支店 普通 末尾 712)

口座を変更される場合は、{D(7, 4)}までにお知らせください。
源泉徴収票は、来年1月に郵送いたします。

今後ともどうぞよろしくお願いいたします。

{SIG_YOSHI}"""))

    out.append(W(
        "tajima", "none", "pass", "benign.religious_corporation_operator",
        "Notice of an inspection to an unlicensed nursery run by a 宗教法人; the religion belongs to the operator, not to any person.",
        TAJIMA, [addr("宗教法人浄光寺 じょうこう保育園", "jokoji-hoiku@jokoji.example.or.jp")],
        "認可外保育施設 立入調査の実施について(通知)",
        f"""宗教法人浄光寺
じょうこう保育園 設置者 様

北浜市 こども未来部 子育て支援課

認可外保育施設に対する立入調査の実施について(通知)

日頃より本市の保育行政にご理解とご協力を賜り、厚く御礼申し上げます。
児童福祉法第59条第1項の規定に基づき、下記のとおり立入調査を実施いたしますので通知いたします。

記

1 日時   2025年{D(7, 16)} 10:00〜12:00
2 場所   じょうこう保育園(北浜市本町二丁目3番1号 浄光寺境内)
3 調査員 子育て支援課 田島ほか2名
4 準備書類
  (1) 職員名簿及び保育従事者の資格証の写し
  (2) 児童の出欠簿
  (3) 避難訓練の実施記録
  (4) 事故報告の記録(該当がある場合)

なお、当日は本堂での行事と重なる場合、駐車場所についてご指示いただけますと幸いです。

以上

{SIG_TAJIMA}"""))

    minutes = f"""各位

こどもの木の原田です。第2回実行委員会の議事録(案)です。
修正があれば6/27までにお願いします。

■日時 {D(6, 20)} 14:00-15:30
■場所 北浜市子育て支援センター 2F
■出席(敬称略)
 北浜市 子育て支援課:若林、田島
 北浜市社会福祉協議会:岡本
 NPO法人こどもの木:原田、杉山
 ベイエリア企画:藤本

■決定事項
1. 開催日:{D(10, 12)}(雨天決行、屋外ブースのみ中止)
2. 会場:北浜市民ホール 及び 中央公園
3. ブース数:屋内24/屋外12(キッチンカー6台を含む)
4. ゲスト:絵本作家 しばた ゆうこ さん(事務所から内諾済み)

■検討事項
・授乳室・おむつ替えスペースの増設(社協より簡易テント2張を貸出可)
・ベビーカー置き場の位置(ホール入口の混雑対策)
・ボランティア募集:高校生ボランティアを北浜高校・北浜南高校に依頼

■次回 {D(7, 18)} 14:00- 同会場

NPO法人こどもの木
原田 恵"""
    okamoto = """原田さん

社協の岡本です。議事録ありがとうございます。
テントは2張ではなく3張貸し出せることになりました。修正をお願いします。
あと、車いす用の観覧スペースもホール側で確保いただけると助かります。

北浜市社会福祉協議会 地域福祉課
岡本 修平
TEL 047-0000-5210"""
    chain = quoted("jp", "岡本 修平", "s-okamoto@kitahama-shakyo.example.or.jp", (2025, 6, 24, 9, 30),
                   okamoto + "\n\n" + quoted("jp", "原田 恵", f"harada@{KODOMO}", (2025, 6, 23, 18, 45), minutes))
    out.append(W(
        "wakabayashi", "none", "pass", "benign.minutes_reply_chain",
        "Committee minutes in a reply chain naming partner staff from an NPO, the social-welfare council and an events company.",
        WAKA, [addr("原田 恵", f"harada@{KODOMO}"), addr("岡本 修平", "s-okamoto@kitahama-shakyo.example.or.jp")],
        "Re: Re: 子育てフェスタ 第2回実行委員会 議事録(案)",
        f"""原田さん、岡本さん

議事録ありがとうございます!若林です.
市からも1点だけ、出席者に田島の名前が入ってますが、当日は欠席だったので削除をお願いします〜
車いすスペース、ホールの管理事務所に確認してみますね.

{SIG_WAKA}

{chain}""",
        cc=[addr("藤本 様(ベイエリア企画)", "event@bayarea-kikaku.example.co.jp"), TAJIMA]))

    out.append(W(
        "yoshinaga", "none", "pass", "benign.plain_zip_app_articles",
        "A plain zip of general health articles for the maternal-and-child app; no personal data.",
        YOSHI, [addr("すくすくデジタル コンテンツ担当", "content@sukusuku-digital.example.co.jp")],
        "母子手帳アプリ 7月配信記事の原稿(zip)",
        f"""株式会社すくすくデジタル
コンテンツご担当者様

いつもお世話になっております。
北浜市 こども家庭センターの吉永です。

7月配信分の記事原稿3本を、zipにまとめてお送りいたします。
配信日はいずれも {D(7, 1)} でお願いいたします。
イラストは前回と同じテイストで、ご提案いただけますと助かります。

{SIG_YOSHI}""",
        attachments=plain_zip("7月配信原稿_北浜市.zip", [
            ("01_赤ちゃんの熱中症対策.txt", """【赤ちゃんの熱中症対策】
赤ちゃんは体温調節が未熟なため、大人よりも熱中症になりやすいといわれています。
・室温は26〜28℃を目安に、エアコンを上手に使いましょう
・ベビーカーは地面からの照り返しで高温になります。長時間の外出は控えましょう
・母乳やミルクをこまめに飲ませましょう
ぐったりしている、おしっこが少ないなどの様子があれば、すぐに医療機関を受診してください。
"""),
            ("02_離乳食教室のご案内.txt", """【離乳食教室(後期)のご案内】
日時:7月17日(木)10:00〜11:30
会場:北浜市保健センター 2階 調理実習室
対象:生後9〜11か月のお子さんと保護者(先着15組)
申込:母子手帳アプリの予約機能から
"""),
            ("03_予防接種のスケジュール.txt", """【予防接種、忘れていませんか?】
1歳になったら、MR(麻しん風しん)・水痘・小児用肺炎球菌(追加)などの接種時期です。
アプリの「予防接種」タブで、お子さんの接種予定を確認できます。
"""),
        ])))

    out.append(W(
        "tajima", "none", "pass", "benign.public_figures_council_visit",
        "Arrangements for a visiting council committee naming councillors in their public capacity.",
        TAJIMA, [addr("南丘市議会事務局 議事調査課", "gikai@city.minamioka.example.lg.jp")],
        "行政視察の受入について(回答)",
        f"""南丘市議会事務局
議事調査課 御中

北浜市 こども未来部 子育て支援課の田島です。
先日ご依頼のありました行政視察につきまして、下記のとおりお受けいたします。

記

1 日時   2025年{D(8, 6)} 13:30〜15:00
2 場所   北浜市役所 本庁舎5階 第2委員会室
3 視察項目 こども家庭センターの運営について
4 視察者 南丘市議会 文教福祉委員会
          委員長 長尾 正人 議員 ほか委員6名、随行 議会事務局2名
5 説明者 子育て支援課長 及川 直子、こども家庭センター所長 他

なお、7月の参議院議員通常選挙の期間中は庁舎の駐車場が混み合いますが、
視察当日は選挙期間外のため、公用車2台分の駐車スペースを確保しております。

以上

{SIG_TAJIMA}"""))

    return out
