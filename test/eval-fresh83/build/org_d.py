"""(D) 医療法人社団 彩光会 ルミエール美容皮膚科クリニック 銀座院 — 美容外科・美容皮膚科"""
from common import M, att, luhn_complete, g4, jan13, corp_number, quote

ORG = "D"
DOM = "lumiere-clinic.example.jp"

TAKAHASHI = "ルミエール美容皮膚科 高橋 <counsel@lumiere-clinic.example.jp>"
MATSUI = "松井 浩二 <k.matsui@lumiere-clinic.example.jp>"
CHEN = "Chen Mei-Ling (Lumiere Clinic Ginza) <intl@lumiere-clinic.example.jp>"

SIG_TAKAHASHI = """
＊・゜゜・＊・゜゜・＊・゜゜・＊・゜゜・＊
LUMIÈRE Aesthetic & Skin Clinic GINZA
ルミエール美容皮膚科クリニック 銀座院
カウンセラー主任　高橋 あかり
〒104-0000 東京都中央区銀座6-0-11 銀座ルミエールビル7F
TEL 03-0000-6070（予約専用）　10:00〜19:00 不定休
LINE公式 @lumiere_ginza
＊・゜゜・＊・゜゜・＊・゜゜・＊・゜゜・＊
"""

SIG_MATSUI = """
────────────────────────────────
医療法人社団 彩光会
ルミエール美容皮膚科クリニック 銀座院
事務長　松井 浩二（Koji Matsui）
〒104-0000 東京都中央区銀座6-0-11 銀座ルミエールビル7F
TEL 03-0000-6071（事務局）　FAX 03-0000-6072
携帯 090-0000-3147
https://www.lumiere-clinic.example.jp/
────────────────────────────────
本メールは、宛先の方に限り送信しております。
内容の全部または一部を許可なく第三者に開示・転送することを禁じます。
"""

SIG_CHEN = """
Best regards,

Chen Mei-Ling（陳 美玲）
International Patient Coordinator
Lumière Aesthetic & Skin Clinic Ginza
7F Ginza Lumiere Bldg., 6-0-11 Ginza, Chuo-ku, Tokyo 104-0000, Japan
Tel: +81-3-0000-6073 | WeChat / LINE: lumiere_intl
English / 中文 / 日本語
"""

CARD = luhn_complete("453987112046331")
HOUJIN = corp_number("010405022871")


def mails():
    out = []

    def add(*a, **k):
        out.append(M(ORG, *a, **k))

    # ------------------------------------------------------------ holds: body
    add("takahashi", "body", "hold", "sensitive.psych_history_to_anesthetist",
        "A named patient's bipolar disorder and psychiatric medication are sent to a freelance anaesthetist's private address before surgery.",
        TAKAHASHI, ["藤原 先生 <fujiwara.anes.md@gmail.com>"],
        "6/14（土）全身麻酔症例のご確認",
        f"""
藤原先生

いつもお世話になっております。ルミエール銀座院の高橋です。
6/14（土）の全身麻酔症例について、術前情報をお送りします。

　患者様：小西 彩花 様（28歳・女性）　身長158cm／体重49kg
　術式　：眼瞼下垂手術（挙筋前転）＋鼻尖形成（耳介軟骨移植）
　手術開始：13:00（予定 約2時間半）
　既往歴：双極性障害で新宿のメンタルクリニックに通院中。
　　　　　炭酸リチウム 400mg/日、クエチアピン 50mg 眠前 を服用中。
　　　　　主治医からは手術可との診断書を受領済みです。
　アレルギー：なし　喫煙：1日5本（術前2週間は禁煙を指示）
　術前検査：血液検査・心電図は6/3に当院で実施、異常なし

リチウムの術前休薬について、先生のご指示をいただけますでしょうか。
ご本人には先生から説明があることを伝えております。
{SIG_TAKAHASHI}""",
        personal=[("name", "小西 彩花"), ("diagnosis", "双極性障害"),
                  ("medication", "炭酸リチウム 400mg/日")])

    add("takahashi", "body", "hold", "id.card_number_phone_order",
        "A customer's full card number, expiry and holder name are written in a mail to the payment processor for a manual charge.",
        TAKAHASHI, ["ペイゲート 加盟店サポート <support@paygate.example.co.jp>"],
        "【手動決済のお願い】予約金の決済エラーについて（加盟店ID LG-040917）",
        f"""
株式会社ペイゲート
加盟店サポート ご担当者様

お世話になっております。ルミエール美容皮膚科クリニック銀座院の高橋です。
お電話で予約金を承ったお客様について、端末で決済しようとしたところ
エラー（E-305）となりました。お手数ですが、管理画面から手動で決済をお願いできますでしょうか。

　加盟店ID：LG-040917
　カード番号：{g4(CARD)}
　有効期限：09/28
　名義：MAYU KATAOKA
　金額：50,000円（一括）
　内容：7/5 二重埋没法 予約金

ご本人様には決済完了後にこちらから連絡いたします。
{SIG_TAKAHASHI}""",
        personal=[("card_number", g4(CARD)), ("name", "MAYU KATAOKA")])

    add("chen", "body", "hold", "id.passport_to_agency",
        "A patient's passport number, date of birth and nationality are given in the body to a medical-tourism agency.",
        CHEN, ["Silk Road Medical Travel <coordinator@silkroad-medtravel.example.com>"],
        "Booking confirmed: Ms. WANG Xiaoyu, 12 Sep (thread lift + skin booster)",
        f"""
Dear Ms. Liu,

Thank you for the referral. I am pleased to confirm the booking below.
For the visa-support letter and the hotel transfer, here are the patient details as requested.

  Patient: Ms. WANG Xiaoyu
  Nationality: People's Republic of China
  Date of birth: 17 March 1990
  Passport No.: EJ4172093
  Arrival: 11 Sep, CA 925, Beijing -> Haneda 13:45
  Hotel: Ginza Grand Hotel (11-14 Sep)
  Treatment: 12 Sep 14:00 - thread lift (cheek), skin booster; interpreter: myself

Please remind Ms. Wang not to take aspirin for one week before the procedure.
The quotation (JPY 682,000 incl. tax) was sent to her directly on 28 Aug.
{SIG_CHEN}""",
        personal=[("name", "WANG Xiaoyu"), ("passport", "EJ4172093"), ("birthdate", "17 March 1990")])

    # ------------------------------------------------------ holds: attachment
    monitors = """
No,氏名,年齢,電話番号,メールアドレス,Instagram,希望施術,当院での施術歴・備考
1,今井 美月,24,090-0000-2716,mizuki.imai.0312@gmail.com,@mizuki_imai_,ハイフ（頬・フェイスライン）,ピコトーニング5回
2,遠藤 菜摘,31,080-0000-9044,natsumi.e@yahoo.co.jp,@natsu_beauty31,二重埋没,なし（初診）
3,大塚 梨花,27,090-0000-5580,rika.otsuka@outlook.com,@rikaotsuka_daily,ダーマペン,ニキビ跡・ケロイド体質の申告あり
4,北村 沙耶,35,070-0000-1462,saya.kitamura@gmail.com,@saya_kitamura,ボトックス（エラ）,ボトックス2回
5,坂井 真由,22,080-0000-3307,mayu_sakai22@gmail.com,@mayuyu_s,医療脱毛（全身）,脱毛3回
6,清水 玲奈,29,090-0000-8829,reina.shimizu@gmail.com,@reina_shmz,ヒアルロン酸（涙袋）,アトピー性皮膚炎で皮膚科通院中
7,中川 杏,26,080-0000-6623,anzu.nakagawa@yahoo.co.jp,@anzu_nkgw,ハイフ（頬・フェイスライン）,なし
8,村上 詩織,33,090-0000-0751,shiori.murakami@outlook.com,@shiori_mrkm,シミ取りレーザー,肝斑あり、トラネキサム酸内服中
"""
    add("matsui", "attachment", "hold", "list.monitor_candidates",
        "The attached list gives eight monitor candidates' names, ages, phones, e-mails and skin conditions to an advertising agency.",
        MATSUI, ["ブルーム・エージェンシー 岩崎 様 <iwasaki@bloom-agency.example.co.jp>"],
        "8月 症例モニター候補者リストの件",
        f"""
株式会社ブルーム・エージェンシー
岩崎様

いつもお世話になっております。ルミエール銀座院の松井です。
8月撮影分のモニター候補者リストを添付いたします。
SNS掲載の可否は、各候補者に撮影前に改めて書面で確認します。
撮影スケジュール案をいただけましたら、こちらで候補者と調整いたします。
{SIG_MATSUI}""",
        attachments=[att("モニター候補_2025年8月.xlsx", monitors)],
        personal=[("name", "今井 美月"), ("phone", "090-0000-2716"), ("email", "mizuki.imai.0312@gmail.com"),
                  ("name", "清水 玲奈"), ("diagnosis", "アトピー性皮膚炎で皮膚科通院中")])

    loan = """
メディカルローン 申込書（加盟店控え）
加盟店：ルミエール美容皮膚科クリニック 銀座院（加盟店番号 LC-07733）
申込日：2025年7月26日

お申込者
　氏名：片岡 真由（かたおか まゆ）
　生年月日：1997年2月14日（28歳）
　住所：東京都江東区豊洲5-0-6 パークタワー豊洲1204
　電話：080-0000-4419
　勤務先：株式会社ネクストリンク（東京都千代田区）　事務職　勤続4年
　年収：380万円　住居：賃貸（家賃 98,000円）
　他社借入：カードローン 1件 残高 約30万円

ご利用内容
　施術：二重全切開＋目頭切開
　金額：880,000円（税込）　頭金 50,000円
　お支払い：60回（元利均等）
"""
    add("takahashi", "attachment", "hold", "personal.medical_loan_application",
        "The attached loan application is one patient's full profile (birth date, address, employer, income, debts) sent to a credit company.",
        TAKAHASHI, ["ライフクレジット 加盟店デスク <kamei-desk@life-credit.example.co.jp>"],
        "メディカルローン 申込書送付（加盟店番号 LC-07733）",
        f"""
ライフクレジット株式会社
加盟店デスク ご担当者様

いつもお世話になっております。ルミエール美容皮膚科クリニック銀座院の高橋です。
本日店頭でお申込みいただいたメディカルローンの申込書をお送りします。
ご本人確認書類の画像はいつものアップロード画面から登録済みです。
審査結果はお電話でご連絡いただけますでしょうか。
{SIG_TAKAHASHI}""",
        attachments=[att("ローン申込書_20250726.pdf", loan)],
        personal=[("name", "片岡 真由"), ("birthdate", "1997年2月14日"),
                  ("address", "東京都江東区豊洲5-0-6 パークタワー豊洲1204"), ("phone", "080-0000-4419"),
                  ("income", "380万円")])

    # ---------------------------------------------------------- holds: quoted
    complaint = """
ルミエール美容皮膚科クリニック 御中

5月24日にほうれい線へのヒアルロン酸注入を受けた上原です。
施術の3日後から右頬が赤く腫れて熱を持ち、痛みで眠れなくなりました。
クリニックに電話したら「様子を見て」と言われましたが、悪化したので近所の皮膚科に行ったところ、
蜂窩織炎と診断され、総合病院で切開して膿を出す処置を受けました。抗生剤の点滴にも通っています。
顔に傷が残るかもしれないと言われ、仕事も1週間休みました。
施術代の返金と、治療費・休業の補償を求めます。誠意ある回答がなければ消費生活センターに相談します。

上原 遥
携帯：090-0000-7395
住所：東京都品川区大井4-0-9
"""
    add("matsui", "quoted", "hold", "sensitive.complaint_infection_forward",
        "The quoted complaint gives a patient's name, address, phone and her post-injection cellulitis and surgery to the outside lawyer.",
        MATSUI, ["黒田 先生 <kuroda@ginza-chuo-law.example.jp>"],
        "Fw: 施術後のトラブルについて（ご相談）",
        f"""
銀座中央法律事務所
黒田先生

いつもお世話になっております。ルミエール銀座院の松井です。
下記の件で、対応方針をご相談させていただきたく存じます。
来週前半でお時間をいただけますでしょうか。カルテの写しと当日の施術記録をお持ちします。
{SIG_MATSUI}
-------- Original Message --------
Subject: 施術後のトラブルについて
Date: Tue, 10 Jun 2025 22:31:07 +0900
From: 上原 遥 <haruka.uehara.0815@gmail.com>
To: info@lumiere-clinic.example.jp
{quote(complaint)}""",
        personal=[("name", "上原 遥"), ("diagnosis", "蜂窩織炎"), ("phone", "090-0000-7395"),
                  ("address", "東京都品川区大井4-0-9")])

    resume = """
ルミエール美容皮膚科クリニック 採用ご担当者様

はじめまして。看護師の求人を拝見し、応募させていただきたくご連絡いたしました。

氏名：吉村 千尋（よしむら ちひろ）
生年月日：1994年7月22日（31歳）
住所：東京都世田谷区三軒茶屋2-0-17 サンハイツ三茶402
携帯：090-0000-3852
メール：chihiro.yoshimura.ns@gmail.com
資格：看護師免許（2016年取得）、普通自動車免許
職歴：
　2016年4月〜2021年3月　江東みなと総合病院 外科病棟
　2021年4月〜2025年3月　ベルクリニック新宿院（二重・脂肪吸引の術中介助、レーザー施術）
　2025年4月〜　　　　　　求職中
希望：常勤、銀座・表参道エリア、年収 480万円以上

履歴書と職務経歴書を添付いたします。ご検討よろしくお願いいたします。
"""
    add("matsui", "quoted", "hold", "personal.resume_forward",
        "A job applicant's full résumé (birth date, address, phone, work history, salary wish) is forwarded to another clinic without her involvement.",
        MATSUI, ["表参道スキンクリニック 事務長 小川 様 <ogawa@omotesando-skin.example.jp>"],
        "Fw: 看護師求人への応募（ご紹介）",
        f"""
小川さん

お疲れさまです。ルミエールの松井です。
先日の勉強会でお話しした件です。当院は今期の看護師枠が埋まってしまったので、
よければ御院でご検討いただけないでしょうか。経歴的には即戦力だと思います。
{SIG_MATSUI}
---------- 転送メッセージ ----------
From: 吉村 千尋 <chihiro.yoshimura.ns@gmail.com>
Date: 2025年7月3日(木) 20:14
Subject: 看護師求人への応募
To: recruit@lumiere-clinic.example.jp
{quote(resume)}""",
        personal=[("name", "吉村 千尋"), ("birthdate", "1994年7月22日"),
                  ("address", "東京都世田谷区三軒茶屋2-0-17 サンハイツ三茶402"), ("phone", "090-0000-3852"),
                  ("email", "chihiro.yoshimura.ns@gmail.com")])

    # --------------------------------------------------------- holds: subject
    add("takahashi", "subject", "hold", "sensitive.subject_hepatitis",
        "The subject line gives a named patient's hepatitis B carrier status to the partner surgical centre; the body is routine.",
        TAKAHASHI, ["銀座サージセンター 手術室 <or@ginza-surgecenter.example.jp>"],
        "【術前共有】6/21 脂肪吸引 木下 麻衣 様 HBs抗原陽性（B型肝炎キャリア）",
        f"""
銀座サージセンター 手術室 ご担当者様

いつもお世話になっております。ルミエール銀座院の高橋です。
標記の件、当日の器材・順番は先日の打合せどおりでお願いいたします。
当院からは看護師2名が同行いたします。入室は9:30の予定です。
{SIG_TAKAHASHI}""",
        personal=[("name", "木下 麻衣"), ("diagnosis", "HBs抗原陽性（B型肝炎キャリア）")])

    # ------------------------------------------------------------- holds: zip
    master = """
顧客番号,氏名,フリガナ,生年月日,性別,電話番号,メールアドレス,郵便番号,住所,初診日,最終来院日,施術履歴
L000112,青山 麗子,アオヤマ レイコ,1985/04/02,F,090-0000-1903,reiko.aoyama@gmail.com,105-0000,東京都港区芝浦3-0-8,2020/06/11,2025/07/30,ボトックス;ヒアルロン酸;ハイフ
L000487,井上 彩,イノウエ アヤ,1992/09/15,F,080-0000-4716,aya.inoue.92@yahoo.co.jp,135-0000,東京都江東区有明1-0-4,2021/02/03,2025/06/18,医療脱毛;ピコトーニング
L000953,上田 健,ウエダ ケン,1979/12/28,M,070-0000-3318,ken.ueda@outlook.com,150-0000,東京都渋谷区恵比寿南2-0-5,2021/11/20,2025/05/09,AGA内服;ボトックス（額）
L001240,岡田 美咲,オカダ ミサキ,1998/03/07,F,090-0000-6652,misaki.okada0307@gmail.com,160-0000,東京都新宿区西新宿6-0-2,2022/08/14,2025/07/12,二重埋没;涙袋ヒアルロン酸
L001615,金田 紗季,カネダ サキ,1988/06/19,F,080-0000-2084,saki.kaneda@gmail.com,113-0000,東京都文京区本駒込1-0-11,2023/01/25,2025/07/28,脂肪吸引（腹部）;ハイフ
L002036,小林 瞳,コバヤシ ヒトミ,1994/11/30,F,090-0000-9917,hitomi.k1130@yahoo.co.jp,220-0000,神奈川県横浜市西区みなとみらい4-0-3,2023/09/02,2025/04/22,シミ取りレーザー;肝斑内服
"""
    add("matsui", "zip", "hold", "list.customer_master_plain_zip",
        "A plain zip holds the customer master (names, birth dates, phones, e-mails, addresses, treatment history) sent to the booking-system vendor.",
        MATSUI, ["リザーブクラウド 導入支援チーム <onboarding@reservecloud.example.jp>"],
        "データ移行用ファイルの送付（ルミエール銀座院）",
        f"""
リザーブクラウド株式会社
導入支援チーム 堀江様

お世話になっております。ルミエール銀座院の松井です。
旧システムから書き出した移行用データをお送りします。
まずはテスト移行用に、顧客マスタから抜粋したサンプルと項目定義書をzipにまとめています。
文字コードはUTF-8（BOM付き）です。取込結果をご確認いただけますでしょうか。
{SIG_MATSUI}""",
        attachments=[
            att("移行データ_ルミエール銀座.zip/顧客マスタ_sample.csv", master),
            att("移行データ_ルミエール銀座.zip/項目定義.txt",
                "顧客マスタ 項目定義 v1.2\n顧客番号: 英字1+数字6\n氏名/フリガナ: 全角\n生年月日: YYYY/MM/DD\n施術履歴: セミコロン区切り\n"),
        ],
        personal=[("name", "青山 麗子"), ("birthdate", "1985/04/02"), ("phone", "090-0000-1903"),
                  ("name", "上田 健"), ("email", "ken.ueda@outlook.com"), ("name", "金田 紗季")])

    # ------------------------------------------------------ holds: recipients
    customers = [
        "青山 麗子 <reiko.aoyama@gmail.com>", "井上 彩 <aya.inoue.92@yahoo.co.jp>",
        "上田 健 <ken.ueda@outlook.com>", "岡田 美咲 <misaki.okada0307@gmail.com>",
        "金田 紗季 <saki.kaneda@gmail.com>", "小林 瞳 <hitomi.k1130@yahoo.co.jp>",
        "今井 美月 <mizuki.imai.0312@gmail.com>", "遠藤 菜摘 <natsumi.e@yahoo.co.jp>",
        "大塚 梨花 <rika.otsuka@outlook.com>", "北村 沙耶 <saya.kitamura@gmail.com>",
        "坂井 真由 <mayu_sakai22@gmail.com>", "清水 玲奈 <reina.shimizu@gmail.com>",
        "中川 杏 <anzu.nakagawa@yahoo.co.jp>", "村上 詩織 <shiori.murakami@outlook.com>",
        "林 由梨 <yuri.hayashi@marunouchi-trading.example.co.jp>",
    ]
    add("takahashi", "recipients", "hold", "recipients.customers_visible",
        "A campaign mail puts fifteen customers' private addresses in visible To, revealing who attends a cosmetic clinic; it should have been BCC.",
        TAKAHASHI, customers,
        "【ルミエール銀座】会員様限定 サマーキャンペーンのご案内",
        f"""
いつもルミエール美容皮膚科クリニック銀座院をご利用いただき、ありがとうございます。
日頃の感謝を込めて、会員様限定のサマーキャンペーンをご案内いたします。

☆ 期間：2025年7月15日（火）〜8月31日（日）
☆ 内容
　・ハイフ（フェイスライン）初回 29,800円 → 24,800円
　・ピコトーニング 5回コース 10%OFF
　・医療脱毛 追加部位 1か所無料（全身コースご契約の方）

ご予約はLINEまたはお電話（03-0000-6070）で承ります。
※施術にはダウンタイムや副作用のリスクがあります。詳しくはカウンセリングでご説明いたします。
{SIG_TAKAHASHI}""")

    # ------------------------------------------------------------------ passes
    add("matsui", "none", "pass", "benign.dev_minutes_test_card",
        "Development minutes name the public test card 4111 1111 1111 1111 for the staging payment test; it is not a customer's card.",
        MATSUI, ["ピクセルワークス 山内 様 <yamauchi@pixelworks.example.co.jp>"],
        "【議事録】Web予約・事前決済機能 開発定例（第6回）",
        f"""
ピクセルワークス 山内様、各位

お世話になっております。ルミエールの松井です。
本日の定例の議事録です。ご確認ください。

■日時　2025年8月7日（木）16:00〜17:00（オンライン）
■出席　ピクセルワークス：山内様、前田様　／　当院：松井、高橋

■決定事項
1. 事前決済はカウンセリング予約時の予約金（5,000円）のみとし、施術代は来院時決済とする
2. ステージング環境での決済テストは、決済代行が公開しているテストカード
　 4111 1111 1111 1111（有効期限 12/30、CVC 123）を使用する。本番カードは使用しない
3. 3Dセキュア2.0の認証画面はテスト用パスワード「password」で確認する
4. キャンセル時の返金処理は管理画面から手動で行う（自動返金は次期フェーズ）

■宿題
・ピクセルワークス：決済エラー時の画面文言案（8/14）
・当院：キャンセルポリシーの文面確定（8/14）

■次回　8/21（木）16:00〜
{SIG_MATSUI}""",
        cc=["前田 様 <maeda@pixelworks.example.co.jp>", "高橋 あかり <counsel@lumiere-clinic.example.jp>"])

    add("takahashi", "none", "pass", "benign.patient_own_receipt_masked_card",
        "A receipt sent to the patient herself; the card number is masked to the last four digits.",
        TAKAHASHI, ["大川 奈々 様 <nana.okawa@gmail.com>"],
        "領収書送付のご案内（ルミエール美容皮膚科クリニック銀座院）",
        f"""
大川 奈々 様

先日はご来院いただき、誠にありがとうございました。
ご依頼いただきました領収書をPDFでお送りいたします。

　ご来院日：2025年8月2日
　内容：ピコトーニング（5回コース）
　金額：110,000円（税込）
　お支払方法：クレジットカード（VISA ****-****-****-4821）一括

施術後、数日は日焼け止めをこまめに塗り直してください。
次回のご予約は8月30日（土）14:00で承っております。
{SIG_TAKAHASHI}""",
        attachments=[att("領収書_20250802.pdf",
                         "領収書\n大川 奈々 様\n金額 ¥110,000-（税込）\nただし ピコトーニング 5回コース 代として\nお支払方法 クレジットカード ****-****-****-4821\n2025年8月2日\n医療法人社団彩光会 ルミエール美容皮膚科クリニック銀座院\n")])

    add("takahashi", "none", "pass", "benign.patient_own_treatment_plan",
        "A treatment plan and quotation sent to the patient herself after her own counselling.",
        TAKAHASHI, ["村田 優花 様 <yuka.murata.0606@yahoo.co.jp>"],
        "本日のカウンセリング内容と お見積りのご案内",
        f"""
村田 優花 様

本日はルミエール美容皮膚科クリニック銀座院にお越しいただき、ありがとうございました。
カウンセラーの高橋です。本日ご相談いただいた内容をまとめましたので、ご確認ください。

【ご相談内容】
　頬のシミ・くすみ、毛穴の開き

【医師の診察結果とご提案】
　・両頬に肝斑がみられるため、まずは内服（トラネキサム酸）とピコトーニングで肝斑を落ち着かせる
　・その後、残ったシミにスポット照射を検討する

【お見積り】
　ピコトーニング 5回コース　　　110,000円
　トラネキサム酸 内服 2か月分　　 7,700円
　合計　　　　　　　　　　　　　117,700円（税込）

ご検討のうえ、ご不明な点があればお気軽にご連絡ください。
ご予約はLINEからも承っております。
{SIG_TAKAHASHI}""")

    add("matsui", "none", "pass", "benign.product_names_jan",
        "A product order: エレナ, ソフィア and マリア are product names, and the long numbers are JAN codes and a device serial.",
        MATSUI, ["ビューティーメディカル 受注課 <juchu@beauty-medical.example.co.jp>"],
        "発注書（8月分）と機器点検のご依頼",
        f"""
株式会社ビューティーメディカル
受注課 ご担当者様

いつもお世話になっております。ルミエール銀座院の松井です。
8月分を以下のとおり発注いたします。

　・エレナ モイストジェル 500mL　　　　　JAN {jan13('458012340015')}　6本
　・ソフィア リジュビネーションセラム 30mL JAN {jan13('458012340121')}　24本
　・クララ クーリングマスク（10枚入）　　JAN {jan13('458012340244')}　10箱
　・ジュリア UVプロテクト SPF50+ 60g　　 JAN {jan13('458012340367')}　36本

また、HIFU機「マリア」（シリアル MR-HF-2203-00417）のカートリッジ残数表示が
おかしい件、点検の日程をご相談させてください。休診日の水曜日が助かります。
{SIG_MATSUI}""")

    add("matsui", "none", "pass", "benign.ad_guideline_review",
        "A review of landing-page wording against the medical-advertising guideline; it talks about photo rules in general and names no patient.",
        MATSUI, ["メディカルコンプラ研究所 平野 様 <hirano@medcompla.example.jp>"],
        "LP（二重整形）の医療広告ガイドライン確認のお願い",
        f"""
メディカルコンプラ研究所
平野様

お世話になっております。ルミエール銀座院の松井です。
二重整形の新しいLP案について、医療広告ガイドラインの観点でチェックをお願いできますでしょうか。
特に気になっているのは以下の3点です。

1. 「痛みゼロ」「腫れない」などの表現が残っていないか
2. ビフォーアフター写真の下に、治療内容・費用・主なリスク・副作用を併記する書き方で足りるか
3. 「モニター価格」の表示が、通常価格との比較として誤認を招かないか

LPのURL（ステージング）：https://stg.lumiere-clinic.example.jp/lp/futae/
Basic認証 ID・パスワードは別途お電話でお伝えします。
8月末の公開を予定しています。よろしくお願いいたします。
{SIG_MATSUI}""")

    add("matsui", "none", "pass", "benign.tv_appearance_public_figure",
        "Arranging the director's TV appearance alongside a named actress, a public figure; no patient data is involved.",
        MATSUI, ["テレビ東都 制作部 『美のヒミツ』班 <binohimitsu@tv-toto.example.co.jp>"],
        "Re: 『美のヒミツ』ご出演の件（院長 成瀬）",
        f"""
テレビ東都 制作部
『美のヒミツ』ご担当 沢口様

お世話になっております。ルミエール銀座院 事務長の松井です。
院長 成瀬 真理子の出演につきまして、下記の内容で承知いたしました。

　収録日：9月3日（水）13:00〜17:00（院内ロケ＋スタジオ）
　テーマ：「夏の紫外線ダメージと秋の肌ケア」
　共演：女優の白石 ゆりえさん（ゲスト）、司会の森田アナウンサー

院内ロケは休診日のため、患者様が映り込むことはありません。
施術シーンは、スタッフがモデルを務めます。
放送前に、医療広告ガイドラインの観点で院長の発言部分を確認させていただけますと幸いです。
{SIG_MATSUI}""")

    add("matsui", "none", "pass", "benign.it_malware_outage",
        "An IT support request: 障害, ウイルス感染 and 隔離 refer to a reception PC and Wi-Fi, with no patient data.",
        MATSUI, ["ネットガード 保守窓口 <hoshu@netguard.example.co.jp>"],
        "【至急】受付PCのウイルス感染疑いと院内Wi-Fi障害",
        f"""
株式会社ネットガード 保守窓口 ご担当者様

お世話になっております。ルミエール銀座院の松井です。保守契約番号 NG-HS-3318 です。
本日11時ごろから、以下の2件が発生しています。

1. 受付PC（2台のうち右側、ホスト名 LMR-RCP-02）でウイルス対策ソフトの警告が出ました。
　 「Trojan:Win32/Wacatac」との表示です。LANケーブルを抜いて隔離し、電源は入れたままにしています。
2. 院内Wi-Fi（SSID: LUMIERE-STAFF）が10分おきに切断される障害が続いています。
　 ゲスト用（LUMIERE-GUEST）は問題ありません。

予約システムと電子カルテは、もう1台の受付PC（LMR-RCP-01）で運用を続けています。
本日中にリモートで確認いただけますでしょうか。難しければ明日午前の訪問をお願いします。
{SIG_MATSUI}""")

    add("chen", "none", "pass", "benign.agency_partnership_swift",
        "A partnership mail to an overseas agency with commission terms and the clinic's corporate account and SWIFT code; no patient is named.",
        CHEN, ["Silk Road Medical Travel <coordinator@silkroad-medtravel.example.com>"],
        "Referral agreement 2026 - commission and payment details",
        f"""
Dear Ms. Liu,

Thank you for your time on the call yesterday. As discussed, here is a summary of the proposed terms
for our referral agreement for 2026.

  1. Commission: 10% of the treatment fee (excl. tax), paid monthly
  2. Statement: we send a monthly statement by the 10th; invoices are due by the end of the month
  3. Interpreting: on-site Mandarin interpreting is provided by the clinic at no charge
  4. Cancellation: deposits are refundable up to 7 days before the appointment

For refunds of deposits that your clients pay to the clinic, our account is:
  Bank: Sakuradai Bank, Ginza Branch
  SWIFT/BIC: SKDBJPJT
  Account: Ordinary 0573318
  Name: IRYOHOJIN SHADAN SAIKOKAI
  Corporate Number (法人番号): {HOUJIN}

I will send the draft agreement (English and Chinese) by Friday.
{SIG_CHEN}
On Mon, 18 Aug 2025 at 10:02, Liu Fang <coordinator@silkroad-medtravel.example.com> wrote:
> Dear Mei-Ling,
> Thanks again for hosting our team last week. Could you send the commission terms in writing?
> Our finance team also needs your bank details for the deposit refunds.
> Best, Liu Fang | Silk Road Medical Travel, Shanghai""",
        cc=["松井 浩二 <k.matsui@lumiere-clinic.example.jp>"])

    add("matsui", "none", "pass", "benign.infection_control_training",
        "Planning an in-clinic infection-control training; needle-stick and infection are discussed as topics, with no person named.",
        MATSUI, ["感染管理認定看護師 西川 様 <nishikawa.icn@kansen-lab.example.jp>"],
        "院内感染対策研修（10月）のご依頼",
        f"""
感染管理ラボ
西川様

はじめてご連絡いたします。ルミエール美容皮膚科クリニック銀座院 事務長の松井と申します。
同業の表参道スキンクリニック様からご紹介いただきました。

当院スタッフ向けに、院内感染対策の研修をお願いしたくご連絡いたしました。
　対象：看護師8名、カウンセラー・受付6名、医師3名（計17名）
　希望日：10月8日（水）または10月22日（水）の14:00〜16:00（休診日）
　内容のご希望：
　　・注入・レーザー施術での清潔操作、器材の洗浄と滅菌
　　・針刺し事故の予防と、発生時の対応フロー
　　・感染症流行期の待合室の運用

謝礼は1回 55,000円（税込・交通費込）を予定しております。ご検討いただけますと幸いです。
{SIG_MATSUI}""")

    add("chen", "none", "pass", "benign.thanks_congratulations",
        "A thank-you for congratulatory flowers on the fifth anniversary, naming only partner staff.",
        CHEN, ["Dr. Lin Yi-Chen <lin.director@taipei-skin.example.com.tw>"],
        "Thank you for the beautiful flowers / 五週年祝花感謝",
        f"""
Dear Dr. Lin,

On behalf of Dr. Naruse and all of our staff, thank you very much for the beautiful orchids
you sent for our 5th anniversary. They are in our reception and every guest admires them.

We also enjoyed your lecture on pigment lasers at the Taipei symposium in May.
Dr. Naruse hopes to visit your clinic again next spring, together with our head nurse, Ms. Okada.

林院長、このたびは開院5周年に素敵な胡蝶蘭をお贈りいただき、誠にありがとうございました。
スタッフ一同、大変喜んでおります。今後ともどうぞよろしくお願いいたします。
{SIG_CHEN}""",
        cc=["松井 浩二 <k.matsui@lumiere-clinic.example.jp>"])

    return out
