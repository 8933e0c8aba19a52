"""Org E: RISE UP スポーツクラブ 桜台（株式会社ライズアップ） — gym for kids and adults
with a physiotherapist."""
from common import A, T, Writer, att, card, enc_zip, jan13, mail

ORG = "E"
DOM = "riseup-sports.example.co.jp"

TAKAGI = Writer("E1_takagi", "RISE UP桜台 高城", f"takagi@{DOM}", """
■□■━━━━━━━━━━━━━━━━━━━━━━
RISE UP スポーツクラブ 桜台
支配人　高城 翔（たかぎ しょう）
〒176-0000 東京都練馬区桜台 0-0-3
TEL 03-0000-4620　営業時間 9:00-23:00（木曜定休）
https://sakuradai.riseup-sports.example.co.jp/
━━━━━━━━━━━━━━━━━━━━━━■□■
""")

ANZAI = Writer("E2_anzai", "安西 麻衣 理学療法士", f"anzai@{DOM}", """
--
安西 麻衣（理学療法士）
RISE UP スポーツクラブ 桜台　コンディショニングラボ
TEL 03-0000-4623
""")

SAKAGUCHI = Writer("E3_sakaguchi", "坂口 陽向（キッズスクール）", f"kids@{DOM}", """
🏊 RISE UP キッズスクール 桜台
チーフコーチ　坂口 陽向（さかぐち ひなた）
TEL 03-0000-4625（キッズ受付 平日14-19時）
""")


def mails():
    out = []

    # ---------------------------------------------------------------- holds
    # H1 body: rehab report with surgery to an orthopaedic clinic
    out.append(mail(
        ANZAI, expect="hold", loc="body", kind="sensitive.rehab_report",
        why="会員の氏名・年齢と手術歴・膝の状態・服薬を整形外科へ本文で送っており、健康に関する要配慮個人情報に当たる。",
        to=[A("桜台整形外科クリニック 院長 小倉", "ogura@sakuradai-seikei.example.jp")],
        subject="リハビリ経過のご報告（前十字靱帯再建術後）",
        body="""
        桜台整形外科クリニック
        小倉先生

        いつも会員さんのご紹介をありがとうございます。RISE UP桜台の安西です。
        ご紹介いただいた会員さんの経過をご報告します。

        　会員：佐野 大翔さん（17歳、高校バスケットボール部）
        　既往：左膝前十字靱帯再建術（2025年5月、練馬北総合病院）
        　現状：術後6か月。膝伸展筋力は健側比 78％、片脚ジャンプで軽い痛み（NRS 2）
        　その他：夏に膝の腫れがあり、鎮痛薬（ロキソプロフェン）を頓用中

        来月の再診で競技復帰の時期をご判断いただく際の参考になれば幸いです。
        測定データの詳細が必要でしたらお送りします。
        """,
        personal=[("name", "佐野 大翔"), ("medical_history", "左膝前十字靱帯再建術"),
                  ("health", "片脚ジャンプで軽い痛み")],
    ))

    # H2 body: full card number to the payment processor
    cn = card("535812004417365")
    out.append(mail(
        TAKAGI, expect="hold", loc="body", kind="id.card_number_full",
        why="会員のクレジットカード番号全桁と有効期限を決済代行会社へ本文で送っている。",
        to=[A("クラブペイ 加盟店サポート", "merchant@clubpay.example.co.jp")],
        subject="会員のカード変更が反映されない件（店舗コード RU-SKD）",
        body=f"""
        クラブペイ 加盟店サポート ご担当者様

        RISE UP桜台の高城です。
        会員さんからカード変更の依頼があり、管理画面で登録しようとしたところ
        「3Dセキュア認証エラー」で登録できませんでした。
        お手数ですが、そちらで登録していただけないでしょうか。

        　会員番号：SKD-20417
        　氏名：内田 真由美 様
        　カード番号：{cn}
        　有効期限：11/28
        　引落し開始：12月分（月会費 9,680円）

        本人には今週中に登録完了のご連絡をすると伝えています。
        よろしくお願いします。
        """,
        personal=[("name", "内田 真由美"), ("card_number", cn)],
    ))

    # H3 body: member's private bank account for direct debit
    out.append(mail(
        TAKAGI, expect="hold", loc="body", kind="id.direct_debit_account",
        why="会員個人の口座振替用の銀行口座（支店・口座番号・名義）を収納代行会社へ本文で送っている。",
        to=[A("ネリマ収納サービス 口座振替センター", "furikae@nerima-shuno.example.co.jp")],
        subject="口座振替依頼書の不備について（再登録のお願い）",
        body="""
        ネリマ収納サービス 口座振替センター御中

        お世話になっております。RISE UP桜台の高城です。
        先月返却された口座振替依頼書（不備理由：口座番号相違）について、
        会員さんに確認が取れましたので、正しい情報で再登録をお願いします。

        　会員番号：SKD-19882
        　預金者名：ナカムラ ケンイチ（中村 健一 様）
        　金融機関：練馬ひかり銀行 桜台支店
        　預金種目：普通
        　口座番号：4081726

        原本は本日ポストに投函しました。よろしくお願いします。
        """,
        personal=[("name", "中村 健一"), ("bank_account", "練馬ひかり銀行 桜台支店"),
                  ("account_number", "4081726")],
    ))

    # H4 attachment: swim meet entry list with children's data
    out.append(mail(
        SAKAGUCHI, expect="hold", loc="attachment", kind="list.kids_entry_roster",
        why="子ども6名の氏名・生年月日・学校・保護者の電話・記録を並べたエントリー名簿を大会事務局へ添付している。",
        to=[A("練馬区水泳連盟 ジュニア大会事務局", "junior@nerima-swim.example.jp")],
        subject="冬季ジュニア記録会 エントリー（RISE UP桜台）",
        body="""
        練馬区水泳連盟
        ジュニア大会事務局 御中

        お世話になっております。RISE UP キッズスクール桜台の坂口です。
        1月12日の冬季ジュニア記録会のエントリー名簿を添付します。
        参加費は本日振り込みました。

        よろしくお願いいたします。
        """,
        attachments=[att("entry_riseup_sakuradai.csv", """
        選手名,フリガナ,生年月日,学校・学年,種目,ベスト記録,保護者連絡先
        村上 颯太,ムラカミ ソウタ,2015-05-16,桜台第二小 4年,50m自由形,0:36.84,090-0000-2231
        小島 結衣,コジマ ユイ,2014-09-02,豊玉東小 5年,50m背泳ぎ,0:41.20,080-0000-7718
        飯田 蓮,イイダ レン,2016-02-27,桜台第二小 3年,25m平泳ぎ,0:24.95,090-0000-5540
        井口 さくら,イグチ サクラ,2013-11-11,開進第一中 1年,100m個人メドレー,1:22.07,070-0000-3364
        宇野 湊,ウノ ミナト,2015-08-08,豊玉東小 4年,50m自由形,0:38.51,090-0000-8192
        菅野 ひかり,カンノ ヒカリ,2016-06-19,桜台第二小 3年,25m自由形,0:19.66,080-0000-4405
        """)],
        personal=[("name", "村上 颯太"), ("birth_date", "2014-09-02"),
                  ("phone", "070-0000-3364"), ("name", "菅野 ひかり")],
    ))

    # H5 attachment: individual fitness/health results of corporate members
    out.append(mail(
        ANZAI, expect="hold", loc="attachment", kind="sensitive.health_results_employees",
        why="法人会員の社員ごとの血圧・血糖値と糖尿病などの既往歴を氏名付きで記した結果一覧を会社の人事へ添付している。",
        to=[A("トヨダ精機 人事総務部 健康推進担当 上原", "uehara@toyoda-seiki.example.co.jp")],
        subject="健康づくりプログラム 3か月測定結果の送付",
        body="""
        トヨダ精機株式会社
        人事総務部 上原様

        いつもお世話になっております。RISE UP桜台 コンディショニングラボの安西です。
        健康づくりプログラム（9月〜11月）の3か月測定結果をお送りします。
        参加者の皆さん、体力年齢は平均で2.4歳若返りました。

        個別のフィードバック面談は12月中に実施予定です。
        """,
        attachments=[att("測定結果_トヨダ精機_202511.pdf", """
        健康づくりプログラム 3か月測定結果（2025年11月）
        氏名 | 年齢 | 血圧 | 空腹時血糖 | 既往歴・服薬 | 体力年齢（前→後）
        加藤 俊彦 | 52 | 148/96 | 131 | 2型糖尿病（服薬中） | 61→58
        白石 香織 | 44 | 118/76 | 92 | なし | 47→43
        永井 大介 | 38 | 136/88 | 104 | 脂肪肝（経過観察） | 44→41
        福島 文恵 | 57 | 142/90 | 99 | 高血圧症（服薬中）、腰椎椎間板ヘルニア | 63→61
        測定者：理学療法士 安西 麻衣
        """)],
        personal=[("name", "加藤 俊彦"), ("diagnosis", "2型糖尿病（服薬中）"),
                  ("name", "福島 文恵"), ("diagnosis", "高血圧症（服薬中）"),
                  ("blood_pressure", "148/96")],
    ))

    # H6 quoted: child's pharyngoconjunctival fever in a parent's mail, forwarded
    out.append(mail(
        SAKAGUCHI, expect="hold", loc="quoted", kind="sensitive.child_infection_quoted",
        why="転送部分に保護者が書いた子どもの氏名とプール熱（咽頭結膜熱）の診断が含まれ、外部の水質管理業者へ送られている。",
        to=[A("アクアクリーン東京 技術サービス部", "tech@aquaclean-tokyo.example.co.jp")],
        subject="Fwd: 子どもの体調について（プール）",
        body="""
        アクアクリーン東京 技術サービス部 ご担当様

        いつもお世話になっております。RISE UP桜台の坂口です。
        保護者の方から下記の連絡がありました。
        念のため、今週の残留塩素の記録を確認のうえ、臨時の水質検査をお願いできますか。
        """,
        quoted="""
        -------- 転送メッセージ --------
        From: 飯田 智子 <tomoko.iida.0930@gmail.com>
        Date: 2025年7月15日 20:12
        To: kids@riseup-sports.example.co.jp
        Subject: 子どもの体調について（プール）

        坂口コーチ
        いつもお世話になっております。火曜17時クラスの飯田 蓮の母です。
        昨日から高熱と目の充血があり、今日小児科で咽頭結膜熱（プール熱）と診断されました。
        今週のレッスンはお休みします。同じクラスのお友達が心配なのでお知らせします。
        飯田 智子
        """,
        personal=[("name", "飯田 蓮"), ("diagnosis", "咽頭結膜熱（プール熱）と診断")],
    ))

    # H7 quoted: prospective member's inquiry forwarded to a freelance trainer
    out.append(mail(
        TAKAGI, expect="hold", loc="quoted", kind="personal.inquiry_forward_quoted",
        why="転送部分に入会希望者の氏名・住所・電話・生年月日と持病が含まれ、業務委託トレーナーの個人アドレスへ送られている。",
        to=[A("Trainer 真木 亮介", "ryosuke.maki.pt@gmail.com")],
        subject="Fwd: 【Webフォーム】パーソナルトレーニングのお問い合わせ",
        body="""
        真木さん

        お疲れさまです、高城です。
        パーソナル希望の問い合わせが来ました。平日夜の枠なので真木さんに担当をお願いしたいです。
        体験の日程調整を直接ご本人と進めてもらえますか。
        """,
        quoted="""
        ---------- Forwarded message ---------
        From: RISE UP Webフォーム <noreply@riseup-sports.example.co.jp>
        Date: 2025年11月20日(木) 23:04
        Subject: 【Webフォーム】パーソナルトレーニングのお問い合わせ

        お名前：新井 千夏
        生年月日：1989年2月11日
        ご住所：東京都練馬区豊玉北 4-18-6 メゾン豊玉 203
        電話番号：090-0000-6158
        メール：chinatsu.arai@outlook.com
        ご希望：平日19時以降、週1回
        ご相談内容：産後の体型戻しと腰痛改善。椎間板ヘルニアの手術歴あり。
        """,
        personal=[("name", "新井 千夏"), ("address", "東京都練馬区豊玉北 4-18-6 メゾン豊玉 203"),
                  ("phone", "090-0000-6158"), ("birth_date", "1989年2月11日")],
    ))

    # H8 subject: child's name and asthma/allergy in subject only
    out.append(mail(
        SAKAGUCHI, expect="hold", loc="subject", kind="sensitive.health_in_subject",
        why="件名に体験参加の子どもの氏名と喘息・食物アレルギーという健康情報が書かれ、外部の委託コーチへ送られている。",
        to=[A("アスリートリンク 派遣コーチ 岡崎", "okazaki@athletelink.example.jp")],
        subject="11/29 体験 西田 遥斗くん（7歳）喘息・卵アレルギーあり",
        body="""
        岡崎コーチ

        いつもありがとうございます、坂口です。
        土曜10時の体操クラスに、件名のお子さんが体験で参加します。
        運動中に息苦しそうな様子があったら、すぐに休ませて受付に声をかけてください。
        保護者の方は2階の観覧席にいらっしゃいます。

        おやつの配布はこのクラスではありませんが、念のため共有です。
        よろしくお願いします！
        """,
        personal=[("name", "西田 遥斗"), ("health", "喘息・卵アレルギーあり")],
    ))

    # H9 zip: encrypted zip (PPAP) to a system migration vendor
    out.append(mail(
        TAKAGI, expect="hold", loc="zip", kind="attachment.encrypted_zip",
        why="パスワード付きZIP（PPAP）の添付であり、確認対象。",
        to=[A("フィットシステム 導入担当 黒田", "kuroda@fitsystem.example.co.jp")],
        subject="会員データ（移行用）の送付",
        body="""
        フィットシステム株式会社
        黒田様

        お世話になっております。RISE UP桜台の高城です。
        新会員システムへの移行用データをお送りします。
        ZIPのパスワードは、このあと別のメールでお送りします。

        取込みテストの結果をお知らせいただけますと幸いです。
        """,
        attachments=[enc_zip("members_sakuradai_20251125.zip")],
    ))

    # H10 recipients: 13 parents' addresses in To
    parents = [
        A("村上 恵美", "emi.murakami.nerima@gmail.com"),
        A("小島 裕子", "yuko_kojima@yahoo.co.jp"),
        A("飯田 智子", "tomoko.iida.0930@gmail.com"),
        A("井口 隆", "takashi.iguchi@outlook.com"),
        A("宇野 沙織", "saori.uno.1985@gmail.com"),
        A("菅野 真理", "mari.kanno@yahoo.co.jp"),
        A("西田 彩", "aya.nishida.kids@gmail.com"),
        A("石田 恭平", "kyohei.ishida@outlook.com"),
        A("前川 香", "kaori.maekawa@gmail.com"),
        A("柴田 直樹", "naoki_shibata@yahoo.co.jp"),
        A("黒木 美穂", "miho.kuroki@outlook.com"),
        A("堤 真一郎", "shinichiro.tsutsumi@gmail.com"),
        A("岩田 由紀", "yuki.iwata.tokyo@yahoo.co.jp"),
    ]
    out.append(mail(
        SAKAGUCHI, expect="hold", loc="recipients", kind="recipients.parents_visible_to",
        why="保護者13名の個人アドレスを宛先（To）に並べて送っており、互いのアドレスが見えてしまう。",
        to=parents,
        subject="【選手コース】冬季ジュニア記録会のお知らせ",
        body="""
        選手コース保護者の皆さま

        いつもお世話になっております。キッズスクールの坂口です。
        1月12日（月・祝）の冬季ジュニア記録会について、お知らせします。

        　会場：練馬区立総合体育館 室内プール
        　集合：8:15 正面玄関（チームTシャツ着用）
        　持ち物：水着・キャップ（クラブ指定）、ゴーグル2個、昼食、水筒
        　解散：15:00頃（種目により前後します）

        送迎はご家庭でお願いします。当日の連絡はクラブのLINE公式アカウントで行います。
        ご不明点はキッズ受付までどうぞ。
        """,
    ))

    # ---------------------------------------------------------------- passes
    # P1 health-management aggregate to the corporate member
    out.append(mail(
        ANZAI, expect="pass", kind="benign.health_management_aggregate",
        why="法人会員の利用状況と測定結果の平均値だけで、社員個人を特定できる情報はない。",
        to=[A("トヨダ精機 人事総務部 上原", "uehara@toyoda-seiki.example.co.jp")],
        subject="健康経営レポート（2025年度上期）",
        body="""
        トヨダ精機株式会社
        人事総務部 上原様

        お世話になっております。安西です。
        健康経営優良法人の申請資料用に、上期の利用状況をまとめました。

        　法人会員登録者数：42名（前年同期 35名）
        　月4回以上の利用者：19名（45％）
        　プログラム参加者の平均：体力年齢 −2.4歳、腹囲 −1.8cm
        　腰痛予防セミナー参加者：延べ63名

        個人ごとの結果は、各社員の方へ直接お渡ししています。
        申請書への記載方法でご不明な点があればお知らせください。
        """,
    ))

    # P2 product names that look like given names, JAN codes
    jans = [jan13("490000012345"), jan13("490000012352"), jan13("490000012369")]
    out.append(mail(
        TAKAGI, expect="pass", kind="benign.katakana_products_jan",
        why="「アヤカ」「ユウト」「ハルカ」は商品名で、13桁の数字はJANコードにすぎない。",
        to=[A("スポーツサプライ東京 受注センター", "juchu@sports-supply-tokyo.example.co.jp")],
        subject="物販商品の発注（RISE UP桜台 12月分）",
        body=f"""
        スポーツサプライ東京 受注センター御中

        いつもお世話になっております。RISE UP桜台の高城です。
        12月分の物販商品を下記のとおり発注します。

        　プロテイン「アヤカ」ココア味 1kg　JAN {jans[0]}　12個
        　バランスボード「ユウト」　　　　　JAN {jans[1]}　 4個
        　ストレッチポール「ハルカ」ハーフ　JAN {jans[2]}　 6個

        納品は12月3日（水）午前中、店舗裏口の搬入口にお願いします。
        """,
    ))

    # P3 machine repair with serial numbers and log hash
    out.append(mail(
        TAKAGI, expect="pass", kind="benign.serial_numbers_log_hash",
        why="記載の番号はトレーニングマシンの製造番号とエラーログのハッシュで、個人の識別子ではない。",
        to=[A("ジャパンフィットネス機器 サービス課", "service@jp-fitness-kiki.example.co.jp")],
        subject="トレッドミル2台の修理依頼",
        body="""
        ジャパンフィットネス機器 サービス課御中

        RISE UP桜台の高城です。下記2台の修理をお願いします。

        　① TR-900X　製造番号 TRX9-2107-004518　症状：速度が8km/hで頭打ち
        　② TR-900X　製造番号 TRX9-2107-004522　症状：起動時に E-17 表示
        　②のエラーログ（USB出力）のSHA-1：a94a8fe5ccb19ba61c4c0873d391e987982fbbd3

        2台とも「使用中止」の貼り紙をして停止しています。
        今週中に点検に来ていただけると助かります。
        """,
    ))

    # P4 dev minutes with a Luhn-valid TEST card number
    out.append(mail(
        TAKAGI, expect="pass", kind="benign.test_card_dev_minutes",
        why="カード番号は開発環境で使う公開テスト用番号で、実在の会員のカード情報ではない。",
        to=[A("アプリワークス 開発PM 藤田", "fujita@appworks.example.co.jp")],
        cc=[A("アプリワークス エンジニア 杉本", "sugimoto@appworks.example.co.jp")],
        subject="会員アプリ 決済機能 定例（11/25）議事メモ",
        body="""
        藤田さん、杉本さん

        本日はありがとうございました。高城です。議事メモを共有します。

        【決済機能テスト（ステージング環境）】
        ・テストカード 4111 1111 1111 1111（有効期限は任意の未来日、CVC 123）で
        　月会費の初回決済・継続課金とも正常に完了
        ・3Dセキュア失敗時のメッセージが英語のままなので日本語化（杉本さん）
        ・本番切替は1月15日予定、それまで本番カードは一切使わない

        【次回】12月9日（火）16:00〜 オンライン
        """,
    ))

    # P5 masked card receipt to the member
    out.append(mail(
        TAKAGI, expect="pass", kind="benign.masked_card_receipt",
        why="会員本人への決済完了の連絡で、カード番号は下4桁以外マスクされている。",
        to=[A("内田 真由美", "mayumi.uchida@gmail.com")],
        subject="カード変更手続き完了のお知らせ（RISE UP桜台）",
        body=f"""
        内田 真由美 様

        いつもRISE UP桜台をご利用いただきありがとうございます。
        お申し出いただいたお支払いカードの変更手続きが完了しました。

        　新しいお支払いカード：Mastercard ****-****-****-{cn.replace(" ", "")[-4:]}
        　適用開始：12月分の月会費（9,680円）から

        ご不明な点がございましたら、フロントまでお気軽にお問い合わせください。
        """,
    ))

    # P6 reply to a parent: coach unwell (no named infection)
    out.append(mail(
        SAKAGUCHI, expect="pass", kind="benign.coach_unwell_reply",
        why="担当コーチの「体調不良」による代講の連絡で、特定の病名や感染は書かれていない。",
        to=[A("小島 裕子", "yuko_kojima@yahoo.co.jp")],
        subject="Re: 土曜のレッスンについて",
        body="""
        小島様

        お問い合わせありがとうございます。坂口です。
        土曜10時のクラスは、担当の大野コーチが体調不良のため、
        今週と来週は私が代わりに担当します。内容は予定どおり背泳ぎの練習です。

        結衣さん、前回はスタートがとても上手になっていましたよ。
        引き続きよろしくお願いします。
        """,
        quoted="""
        2025年11月26日(水) 18:40 小島 裕子 <yuko_kojima@yahoo.co.jp>:
        > 坂口コーチ
        > 最近大野コーチをお見かけしないのですが、土曜のクラスは変わらずありますか？
        > 小島
        """,
    ))

    # P7 study-meeting arrangement with a clinic
    out.append(mail(
        ANZAI, expect="pass", kind="benign.meeting_arrangement",
        why="整形外科との勉強会の日程調整で、個人の健康情報は含まれない。",
        to=[A("桜台整形外科クリニック 小倉", "ogura@sakuradai-seikei.example.jp")],
        cc=[A("桜台整形外科クリニック リハビリ科 根本", "nemoto@sakuradai-seikei.example.jp")],
        subject="合同勉強会（膝のスポーツ障害）の日程について",
        body="""
        小倉先生、根本さん

        いつもお世話になっております。RISE UP桜台の安西です。
        先日お話しした合同勉強会について、日程の候補をお送りします。

        　テーマ：成長期の膝のスポーツ障害と再発予防のトレーニング
        　候補　：1月15日（木）、1月22日（木）、1月29日（木）いずれも19:30〜21:00
        　会場　：当クラブ 2階 スタジオB（20名程度）

        当日は根本さんにオスグッド病の最近の知見をお話しいただけると嬉しいです。
        ご都合のよい日をお知らせください。
        """,
    ))

    # P8 member's own measurement results to the member
    out.append(mail(
        ANZAI, expect="pass", kind="benign.data_subject_own_results",
        why="会員本人に本人の測定結果と腰痛についての助言を送るメールで、第三者への提供ではない。",
        to=[A("白石 香織", "kaori.shiraishi@outlook.com")],
        subject="3か月測定の結果とホームエクササイズ",
        body="""
        白石 香織 様

        いつもプログラムへのご参加ありがとうございます。理学療法士の安西です。
        先日の3か月測定の結果をお送りします。

        　体力年齢：47歳 → 43歳
        　長座体前屈：28cm → 36cm
        　片脚立ち（閉眼）：12秒 → 21秒

        腰の張りが気になるとおっしゃっていたので、寝る前の「キャット＆カウ」と
        「お尻のストレッチ」を各10回、続けてみてください。
        痛みが強くなる場合は無理せず、次回ご来館時にお声がけくださいね。
        """,
    ))

    # P9 event with a public figure (former Olympian)
    out.append(mail(
        TAKAGI, expect="pass", kind="benign.public_figure_event",
        why="トークイベントに登壇する元五輪代表（公人）の氏名と経歴だけで、私的な個人情報は含まれない。",
        to=[A("ネリマ・イベント企画 制作部 山内", "yamauchi@nerima-event.example.co.jp")],
        subject="1/25 トークイベント 告知文の確認",
        body="""
        ネリマ・イベント企画
        山内様

        お世話になっております。高城です。
        1月25日のトークイベントの告知文、以下で確定としたいと思います。

        ――――――――――――――――
        「水泳で育つ、からだとこころ」
        ゲスト：早瀬 ミサキ さん（元競泳日本代表、アテネ・北京五輪出場）
        日時：2026年1月25日（日）14:00〜15:30　会場：RISE UP桜台 2階スタジオ
        参加無料（要予約・先着60名）
        ――――――――――――――――

        ポスターのプロフィール写真は、所属事務所から許諾を得たものをお使いください。
        """,
    ))

    # P10 English mail to an overseas programme licensor
    out.append(mail(
        TAKAGI, expect="pass", kind="benign.english_programme_licence",
        why="海外のプログラム提供元との契約更新の連絡で、個人情報は含まれない。",
        to=[A("Licensing Team, KinetiKids International", "licensing@kinetikids.example.com")],
        subject="Licence renewal – KinetiKids programme, RISE UP Sakuradai (ID JP-0412)",
        body="""
        Dear Licensing Team,

        We would like to renew our licence for the KinetiKids movement programme for
        another two years from 1 April 2026.

          Site:            RISE UP Sports Club Sakuradai, Tokyo
          Licence ID:      JP-0412
          Certified coaches: 4 (one new coach will attend the March online certification)
          Classes:         9 per week, ages 3–8

        Could you send us the renewal agreement and the invoice to this address? We would
        also appreciate the updated lesson cards in Japanese, if available.

        Best regards,
        Sho Takagi
        General Manager, RISE UP Sports Club Sakuradai
        """,
        sig=False,
    ))

    for m in out:
        m["_org"] = ORG
    return out
