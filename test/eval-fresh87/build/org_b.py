"""(B) 美容室チェーン: 株式会社ルミエール（Hair Salon LUMIÈRE, invented).

Writers
  koike     小池 亜希子  本部 人事総務部            formal, heavy signature with disclaimer
  takase    高瀬 翔      表参道店 店長               casual, store signature with hours and SNS
  murakami  村上 由衣    本部 販促・EC担当           medium, signature with online store URL
"""
from common import t, q, addr, att, enc_zip, mail, mynumber, luhn_complete, fmt4

ORG = "B"
DOM = "lumiere-hair.example.co.jp"

KOIKE = addr("小池 亜希子", f"a.koike@{DOM}")
TAKASE = addr("高瀬 翔（LUMIÈRE表参道店）", f"omotesando@{DOM}")
MURAKAMI = addr("村上 由衣", f"y.murakami@{DOM}")

SIG_KOIKE = t("""
    ------------------------------------------------------------
    株式会社ルミエール　本部 人事総務部
    小池 亜希子　Akiko Koike
    〒150-0000 東京都渋谷区神宮前0-0-0 ルミエールビル5F
    TEL：03-0000-6120　FAX：03-0000-6121
    E-mail：a.koike@lumiere-hair.example.co.jp
    https://www.lumiere-hair.example.co.jp/
    ------------------------------------------------------------
    本メールおよび添付ファイルは、宛先に記載された方のみを対象としています。
    誤って受信された場合は、破棄のうえ送信者までご連絡ください。
""")

SIG_TAKASE = t("""
    ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿

    Hair Salon LUMIÈRE 表参道店
    店長／トップスタイリスト　高瀬 翔
    東京都港区北青山0-0-0 2F
    TEL 03-0000-4580（ご予約はWEBが便利です）
    OPEN 10:00-20:00（土日祝 9:00-19:00）定休日：火曜
    Instagram @lumiere_omotesando
    ＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
""")

SIG_MURAKAMI = t("""
    *****************************************
    株式会社ルミエール 本部 販促・EC担当
    村上 由衣（むらかみ ゆい）
    TEL 03-0000-6125 / 携帯 090-0000-2841
    LUMIÈRE ONLINE STORE https://store.lumiere-hair.example.co.jp/
    *****************************************
""")

MAILS = []
add = MAILS.append

MN_YOSHIKAWA = mynumber("58213907461")           # 582139074610
CARD_NISHIDA = luhn_complete("498023615407319")  # 4980236154073197

# ======================================================================= HOLDS

add(mail(ORG, "koike", "body", "hold", "id.mynumber",
    "A new stylist's My Number, basic pension number and employment-insurance number are written in the body to the outside 社労士.",
    KOIKE, [addr("さくら社会保険労務士事務所 担当 前田様", "maeda@sakura-sr.example.jp")],
    "【入社手続き】7月1日入社 アシスタント1名の資格取得届について",
    t(f"""
    さくら社会保険労務士事務所
    前田様

    いつもお世話になっております。ルミエール人事総務部の小池です。
    7月1日付で吉祥寺店に入社するアシスタントの資格取得手続きをお願いいたします。

    　氏名：吉川 彩花（よしかわ あやか）
    　生年月日：2003年8月29日
    　住所：東京都武蔵野市御殿山0-0-0 コーポ御殿山102
    　個人番号（マイナンバー）：{fmt4(MN_YOSHIKAWA, ' ')}
    　基礎年金番号：4521-087316
    　雇用保険被保険者番号：5013-462918-4（前職：美容専門学校在学中のアルバイト先で取得）
    　雇用形態：正社員（試用期間3か月）
    　月給：215,000円（交通費別途 実費）
    　扶養：なし

    マイナンバーカードの写しは、ご指定のクラウドストレージにアップロード済みです。
    ご確認のほど、よろしくお願いいたします。

    """) + SIG_KOIKE,
    personal=[("name", "吉川 彩花"), ("mynumber", fmt4(MN_YOSHIKAWA, ' ')),
              ("pension_number", "4521-087316"), ("employment_insurance_number", "5013-462918-4"),
              ("birthdate", "2003年8月29日")]))

add(mail(ORG, "takase", "body", "hold", "sensitive.customer_allergy_incident",
    "A named customer's dermatologist diagnosis (contact dermatitis, PPD allergy) and mobile number are sent to the colour manufacturer.",
    TAKASE, [addr("ケミアーツ化粧品株式会社 学術部 桑原様", "kuwabara@chemiarts.example.co.jp")],
    cc=[addr("ケミアーツ化粧品 東京営業所 杉山様", "sugiyama@chemiarts.example.co.jp")],
    subject="カラー剤使用後のお客様の皮膚トラブルについて（ご報告）",
    text=t("""
    ケミアーツ化粧品 学術部
    桑原様

    お世話になっております。LUMIÈRE表参道店の高瀬です。
    営業の杉山さんからご紹介いただき、ご連絡しました。

    6月8日に御社のアルカリカラー「ノエル 7-NB」で施術したお客様から、
    翌日に頭皮のかゆみと腫れが出たとご連絡がありました。

    　お客様：長田 恵子 様（47歳）
    　ご連絡先：090-0000-7741
    　施術：リタッチカラー（根元3cm）、放置時間20分
    　経過：6/9 頭皮全体に赤み・腫れ。6/10 皮膚科を受診し「接触皮膚炎（ジアミンアレルギーの疑い）」
    　　　　と診断され、ステロイド外用薬を処方。パッチテストは来週実施予定とのこと。
    　備考：当店では3年間同じ薬剤で施術しており、これまで異常はありませんでした。

    お客様は治療費についてご心配されています。PL保険の対象になるかどうかも含めて、
    今後の対応をご相談させていただけますでしょうか。
    お客様へのご連絡は、まず私から差し上げる形でお願いします。

    """) + SIG_TAKASE,
    personal=[("name", "長田 恵子"), ("phone", "090-0000-7741"),
              ("diagnosis", "接触皮膚炎（ジアミンアレルギーの疑い）")]))

add(mail(ORG, "murakami", "body", "hold", "id.card",
    "A customer's full card number, expiry and name taken by phone are written in the body to the payment service.",
    MURAKAMI, [addr("ペイフロー株式会社 加盟店サポート", "merchant-support@payflow.example.co.jp")],
    "電話注文分の手動決済について（加盟店ID LMR-20817）",
    t(f"""
    ペイフロー株式会社
    加盟店サポートご担当者様

    いつもお世話になっております。株式会社ルミエール EC担当の村上です。

    オンラインストアのカード決済画面でエラーが出てしまうお客様から、
    お電話でご注文をいただきました。管理画面の手動決済機能が使えないため、
    御社側で決済処理をお願いできますでしょうか。

    　ご注文番号：LS-2406-01839
    　ご注文者：西田 智美 様
    　カード番号：{fmt4(CARD_NISHIDA, ' ')}
    　有効期限：09/27
    　名義：TOMOMI NISHIDA
    　金額：12,980円（ヘアオイル ルミナス 100ml ×2、シャンプー ソフィア 500ml ×1）
    　支払回数：一括

    処理が完了しましたら、承認番号をご返信いただけますと助かります。
    よろしくお願いいたします。

    """) + SIG_MURAKAMI,
    personal=[("name", "西田 智美"), ("card", fmt4(CARD_NISHIDA, ' '))]))

add(mail(ORG, "murakami", "attachment", "hold", "list.customer_csv",
    "The cover note to the DM printer is harmless; the attached CSV is a customer list with addresses, phones and birth dates.",
    MURAKAMI, [addr("株式会社アド・プリント 制作部 岩田様", "iwata@ad-print.example.co.jp")],
    "バースデーDM 7月分 宛名データ",
    t("""
    アド・プリント 岩田様

    お世話になっております。ルミエールの村上です。
    7月のバースデーDMの宛名データをお送りします。
    今月は3店舗合計で412件です（添付はサンプル確認用に一部抜粋しています。
    全件はいつもの共有フォルダにアップしました）。

    デザインは6月と同じで、クーポンの有効期限だけ「7/31」に差し替えをお願いします。
    発送は7月1日（月）でお願いできますでしょうか。

    """) + SIG_MURAKAMI,
    attachments=[att("DM宛名_202407_抜粋.csv", t("""
        顧客番号,氏名,フリガナ,郵便番号,住所,電話番号,生年月日,最終来店日,担当スタイリスト,店舗
        C0012874,青木 真理子,アオキ マリコ,150-0000,東京都渋谷区神宮前0-0-0-302,090-0000-1187,1985/07/03,2024/05/18,高瀬,表参道
        C0013502,石田 香織,イシダ カオリ,107-0000,東京都港区南青山0-0-0,080-0000-5523,1979/07/11,2024/04/02,田中,表参道
        C0020419,上村 さくら,ウエムラ サクラ,180-0000,東京都武蔵野市吉祥寺本町0-0-0,090-0000-9064,1998/07/15,2024/06/01,原,吉祥寺
        C0020877,遠藤 優子,エンドウ ユウコ,181-0000,東京都三鷹市下連雀0-0-0,070-0000-3318,1972/07/22,2024/03/27,原,吉祥寺
        C0031140,小川 玲奈,オガワ レナ,231-0000,神奈川県横浜市中区元町0-0-0,090-0000-4476,2001/07/30,2024/05/25,宮内,横浜元町
        C0031355,加藤 美穂,カトウ ミホ,231-0000,神奈川県横浜市中区山手町0-0-0,080-0000-7702,1968/07/09,2024/02/14,宮内,横浜元町
    """))],
    personal=[("name", "青木 真理子"), ("phone", "090-0000-1187"), ("birthdate", "1985/07/03"),
              ("name", "加藤 美穂"), ("address", "神奈川県横浜市中区山手町0-0-0")]))

add(mail(ORG, "koike", "attachment", "hold", "personal.resume_to_third_party",
    "The cover note is a courtesy, but the attached résumé gives an applicant's full profile to another company.",
    KOIKE, [addr("株式会社ヘアワークス 代表取締役 坂井様", "sakai@hairworks.example.co.jp")],
    "先日お話しした応募者の件",
    t("""
    ヘアワークス
    坂井社長

    いつもお世話になっております。ルミエールの小池です。
    先日の懇親会ではありがとうございました。

    お話ししていた応募者の方ですが、当社では今回ポジションが合わず、
    御社の新店のほうが向いているかもしれないと思い、資料をお送りします。
    ご検討いただけましたら幸いです。

    """) + SIG_KOIKE,
    attachments=[att("履歴書_中西.pdf", t("""
        履歴書　　2024年6月3日現在
        氏名：中西 遥（なかにし はるか）　女
        生年月日：1996年3月14日（満28歳）
        現住所：〒164-0000 東京都中野区中央0-0-0 メゾン中央401
        電話：080-0000-2296　メール：haruka.nakanishi.hair@gmail.com
        学歴：2014年3月 東京都立中野北高等学校 卒業
        　　　2016年3月 東都美容専門学校 美容科 卒業
        職歴：2016年4月 株式会社ヘアーモード 入社（スタイリスト）
        　　　2023年12月 同社 一身上の都合により退職
        免許・資格：美容師免許（2016年 登録番号 第000000号）
        志望動機：カラーの専門性を高めたい。
        本人希望：土日のどちらかは休みを希望（子どもの保育園のため）
        家族：夫、長男（3歳）
    """))],
    personal=[("name", "中西 遥"), ("phone", "080-0000-2296"),
              ("email", "haruka.nakanishi.hair@gmail.com"), ("birthdate", "1996年3月14日")]))

add(mail(ORG, "murakami", "quoted", "hold", "personal.customer_inquiry_forwarded",
    "The top reports a booking bug, but the forwarded customer complaint carries her name, phone, e-mail and booking history to the system vendor.",
    MURAKAMI, [addr("リザーブテック株式会社 サポートデスク", "support@reservetech.example.co.jp")],
    "Fw: 【お問い合わせ】予約が二重に入っている",
    t("""
    リザーブテック サポートデスク御中

    いつもお世話になっております。ルミエールの村上です。
    予約システムで同じ枠に二重で予約が入る不具合が発生しているようです。
    お客様からのお問い合わせを下に転送しますので、ログの確認をお願いします。
    （表参道店、6/15 11:00の枠です）

    """) + SIG_MURAKAMI + "\n" + t("""
    ----- 転送メッセージ -----
    差出人: 木村 沙耶 <saya.kimura.0618@gmail.com>
    送信日時: 2024年6月15日 12:47
    宛先: info@lumiere-hair.example.co.jp
    件名: 【お問い合わせ】予約が二重に入っている

    """) + q(t("""
    ルミエール表参道店 ご担当者様

    本日11時に予約して伺ったのですが、同じ時間に別の方の予約も入っていたとのことで
    40分ほど待つことになりました。予約完了メールも届いていたのに納得がいきません。

    氏名：木村 沙耶
    電話：080-0000-6190
    メール：saya.kimura.0618@gmail.com
    会員番号：M-0028841
    予約内容：カット＋縮毛矯正（担当 高瀬さん）

    次回以降どうしたらいいか、ご連絡ください。
    """)),
    personal=[("name", "木村 沙耶"), ("phone", "080-0000-6190"),
              ("email", "saya.kimura.0618@gmail.com")]))

add(mail(ORG, "koike", "quoted", "hold", "sensitive.mental_health_leave_forwarded",
    "The top asks a routine question about sickness benefit, but the forwarded store report names a stylist diagnosed with adjustment disorder.",
    KOIKE, [addr("さくら社会保険労務士事務所 前田様", "maeda@sakura-sr.example.jp")],
    "傷病手当金の申請について（ご相談）",
    t("""
    前田様

    お世話になっております。ルミエールの小池です。
    スタッフの休職について、傷病手当金の申請手続きをご相談させてください。
    店長からの報告を下に転送いたします。

    休職期間中の社会保険料の本人負担分の扱いについても
    あわせてご教示いただけますと幸いです。

    """) + SIG_KOIKE + "\n" + t("""
    -------- Original Message --------
    Subject: 森本さんの件
    Date: Mon, 10 Jun 2024 21:14:03 +0900
    From: 高瀬 翔 <omotesando@lumiere-hair.example.co.jp>
    To: 小池 亜希子 <a.koike@lumiere-hair.example.co.jp>

    """) + q(t("""
    小池さん

    お疲れさまです。高瀬です。
    スタイリストの森本 優奈さんですが、今日心療内科を受診して
    「適応障害」と診断されたそうです。診断書には1か月の休養が必要とあります。
    5月の異動後から朝起きられない日が続いていたようで、本人はかなり落ち込んでいます。

    明日から休んでもらう形でいいでしょうか。お客様の予約（14件）は
    僕と田中で振り分けます。診断書の原本は明日本部に送ります。

    高瀬
    """)),
    personal=[("name", "森本 優奈"), ("diagnosis", "適応障害")]))

add(mail(ORG, "takase", "subject", "hold", "sensitive.health_in_subject",
    "The body is a neutral request for advice, but the subject names a customer with her pregnancy and atopic dermatitis.",
    TAKASE, [addr("ケミアーツ化粧品 技術相談窓口", "gijutsu@chemiarts.example.co.jp")],
    "石原 美咲様（妊娠中・アトピー性皮膚炎）カラー施術の可否について",
    t("""
    ケミアーツ化粧品
    技術相談窓口 ご担当者様

    お世話になっております。LUMIÈRE表参道店の高瀬です。

    標記の件、来週ご来店予定のお客様について、御社製品での施術が可能かどうか、
    また使用を避けたほうがよい薬剤があればご教示いただけますでしょうか。
    ノンジアミンのマニキュアへの切り替えも検討しています。

    お忙しいところ恐縮ですが、よろしくお願いいたします。

    """) + SIG_TAKASE,
    personal=[("name", "石原 美咲"), ("diagnosis", "アトピー性皮膚炎"), ("health", "妊娠中")]))

add(mail(ORG, "murakami", "zip", "hold", "list.customer_register_in_zip",
    "A plain zip sent to the new POS vendor contains the store's full customer register with phones, birth dates and treatment notes.",
    MURAKAMI, [addr("サロンポス株式会社 導入支援 片山様", "katayama@salonpos.example.co.jp")],
    "表参道店 データ移行用ファイル",
    t("""
    サロンポス 片山様

    お世話になっております。ルミエールの村上です。
    表参道店のデータ移行用ファイルをzipでお送りします。
    旧システムから書き出したままの形式です。文字化けがあればお知らせください。

    移行作業は7/2（火・定休日）で予定どおりお願いします。

    """) + SIG_MURAKAMI,
    attachments=[
        att("移行データ_表参道.zip", t("""
            移行データ_表参道/
              customers.csv
              menus.csv
              staff.csv
        """), "application/zip"),
        att("移行データ_表参道.zip/customers.csv", t("""
            会員番号,氏名,カナ,性別,生年月日,電話番号,メール,初回来店日,来店回数,カルテメモ
            M-0028841,木村 沙耶,キムラ サヤ,F,1993/06/18,080-0000-6190,saya.kimura.0618@gmail.com,2019/04/06,31,縮毛矯正 前髪のみ弱め
            M-0030117,長田 恵子,オサダ ケイコ,F,1977/02/03,090-0000-7741,keiko.osada77@yahoo.co.jp,2021/01/22,18,ジアミン反応あり→マニキュアのみ
            M-0031902,藤本 亮,フジモト リョウ,M,1990/11/27,080-0000-3375,ryo.fujimoto@outlook.com,2022/08/13,12,つむじ2つ
            M-0032548,石原 美咲,イシハラ ミサキ,F,1995/05/09,070-0000-8812,misaki.i0509@gmail.com,2023/03/04,9,アトピー 頭皮刺激注意
            M-0033390,野口 千尋,ノグチ チヒロ,F,1988/09/30,090-0000-6041,chihiro.noguchi@yahoo.co.jp,2023/10/21,5,
        """)),
        att("移行データ_表参道.zip/menus.csv", t("""
            メニューコード,メニュー名,価格,所要時間
            CUT01,カット,7700,60
            CLR01,カラー（リタッチ）,7150,60
            CLR02,カラー（フル）,9900,90
            STR01,縮毛矯正,22000,180
        """)),
    ],
    personal=[("name", "長田 恵子"), ("phone", "090-0000-7741"), ("birthdate", "1977/02/03"),
              ("name", "藤本 亮"), ("email", "ryo.fujimoto@outlook.com")]))

add(mail(ORG, "takase", "recipients", "hold", "recipients.visible_to",
    "An event invitation is sent to twelve customers' private addresses all visible in To.",
    TAKASE, [
        addr("青木 真理子", "mariko.aoki85@gmail.com"),
        addr("石田 香織", "kaori.ishida@yahoo.co.jp"),
        addr("木村 沙耶", "saya.kimura.0618@gmail.com"),
        addr("藤本 亮", "ryo.fujimoto@outlook.com"),
        addr("野口 千尋", "chihiro.noguchi@yahoo.co.jp"),
        addr("上田 美和", "miwa.ueda.1990@gmail.com"),
        addr("平野 奈々", "nana-hirano@yahoo.co.jp"),
        addr("三宅 由美子", "yumiko.miyake@outlook.com"),
        addr("松井 杏", "anzu.matsui22@gmail.com"),
        addr("大塚 里沙", "risa_otsuka@yahoo.co.jp"),
        addr("前川 絵美", "emi.maekawa@gmail.com"),
        addr("杉本 翔子", "shoko.sugimoto@outlook.com"),
    ],
    "【ご招待】LUMIÈRE 10th Anniversary サロンパーティーのご案内",
    t("""
    いつもLUMIÈRE表参道店をご利用いただき、ありがとうございます。
    店長の高瀬です。

    おかげさまで表参道店は7月で10周年を迎えます。
    日頃の感謝を込めて、特にお世話になっているお客様をささやかなパーティーに
    ご招待させていただきたく、ご連絡いたしました。

    　日時：2024年7月16日（火・定休日）18:30〜20:30
    　場所：LUMIÈRE表参道店
    　内容：スタッフによるヘアショー、新作カラー「エマ」「ソフィア」の発表、
    　　　　軽食とドリンク（ノンアルコールもご用意しています）

    ご友人を1名までお連れいただけます。
    ご出欠を7月5日までにこちらのメールにご返信いただけますと嬉しいです。

    スタッフ一同、お会いできるのを楽しみにしています！

    """) + SIG_TAKASE))

# ======================================================================= PASSES

add(mail(ORG, "takase", "none", "pass", "benign.reservation_to_self",
    "A booking confirmation sent to the customer herself; her own name and booking details only.",
    TAKASE, [addr("平野 奈々 様", "nana-hirano@yahoo.co.jp")],
    "ご予約確認（6/22 14:00 カット＋カラー）",
    t("""
    平野 奈々 様

    いつもLUMIÈRE表参道店をご利用いただきありがとうございます。
    先ほどはお電話でのご予約ありがとうございました。以下の内容で承りました。

    　日時：6月22日（土）14:00〜（所要 約2時間）
    　メニュー：カット＋フルカラー（ご希望：グレージュ系、前回より少し明るめ）
    　担当：高瀬
    　予約番号：R-240622-0137

    ご変更・キャンセルの際は前日までにお電話いただけますと助かります。
    当日はお気をつけてお越しくださいませ。

    """) + SIG_TAKASE))

add(mail(ORG, "murakami", "none", "pass", "benign.product_order_jan",
    "A product order to the beauty dealer with JAN codes and item numbers; no personal data.",
    MURAKAMI, [addr("株式会社ビューティサプライ東京 受注センター", "order@beauty-supply-tokyo.example.co.jp")],
    cc=[addr("ビューティサプライ東京 営業 大島様", "oshima@beauty-supply-tokyo.example.co.jp")],
    subject="【発注】6月第4週 店販商品（3店舗分）",
    text=t("""
    ビューティサプライ東京 受注センター御中
    （cc：営業 大島様）

    いつもお世話になっております。ルミエール本部の村上です。
    下記のとおり発注いたします。納品は各店舗へ直送でお願いします。

    品名　　　　　　　　　　　　JANコード　　　　数量（表参道／吉祥寺／元町）
    ルミナス ヘアオイル 100ml　4580000123450　　 24／12／12
    ソフィア シャンプー 500ml　 4580000123467　　 12／6／6
    ソフィア トリートメント 500g 4580000123474　　 12／6／6
    エマ カラーシャンプー 300ml 4580000123481　　 6／6／6
    ミア スタイリングバーム 40g 4580000123498　　 18／12／12

    発注番号：PO-24-0621
    納品希望日：6月25日（火）※吉祥寺店のみ火曜定休のため 6月26日（水）

    よろしくお願いいたします。

    """) + SIG_MURAKAMI))

add(mail(ORG, "koike", "none", "pass", "benign.rent_account_change",
    "Acknowledging a landlord's change of corporate bank account for rent payments.",
    KOIKE, [addr("株式会社青山ビルマネジメント 賃貸管理部 岡部様", "okabe@aoyama-bm.example.co.jp")],
    "Re: 賃料振込口座変更のお知らせ（北青山0-0-0 2F）",
    t("""
    青山ビルマネジメント
    岡部様

    お世話になっております。ルミエール人事総務部の小池です。
    振込口座変更のご案内、承知いたしました。
    8月分賃料（7月末払い）より、下記口座へお振込みいたします。

    　新口座：東京中央銀行 青山支店 普通 5830291
    　　　　　カ）アオヤマビルマネジメント

    なお、念のためお電話でも確認させていただきました（6/14 15時、岡部様）。
    引き続きよろしくお願いいたします。

    """) + SIG_KOIKE + "\n" + q(t("""
    株式会社ルミエール 御中

    平素より格別のお引き立てを賜り、厚く御礼申し上げます。
    このたび当社の取引銀行の統合に伴い、賃料のお振込先を下記のとおり変更させていただきます。
    旧口座：さくら橋銀行 表参道支店 普通 1049273
    新口座：東京中央銀行 青山支店 普通 5830291
    適用：2024年8月分賃料より

    株式会社青山ビルマネジメント 賃貸管理部 岡部 隆
    """))))

add(mail(ORG, "murakami", "none", "pass", "benign.katakana_product_names",
    "A press release where エマ, ソフィア and ミア are colour names, and stylists appear in their public role.",
    MURAKAMI, [addr("月刊ヘアモード 編集部 池田様", "ikeda@hairmode-mag.example.co.jp")],
    "【プレスリリース】夏の新色コレクション「エマ」「ソフィア」「ミア」発売",
    t("""
    月刊ヘアモード 編集部
    池田様

    いつもお世話になっております。ルミエール販促担当の村上です。
    7月1日発売の新色コレクションのプレスリリースをお送りします。

    今回は「透明感」をテーマに、3色をご用意しました。
    　・エマ：ミルクティーベージュ（ブリーチなしでも透ける柔らかさ）
    　・ソフィア：スモーキーラベンダー
    　・ミア：ピンクブラウン（退色過程もきれいなのが特長です）

    開発には表参道店 店長の高瀬 翔、横浜元町店の宮内 彩が参加しています。
    取材のご希望があれば、撮影用モデルのご用意も可能です。
    写真データが必要でしたらお知らせください。

    """) + SIG_MURAKAMI,
    attachments=[att("PR_2024summer_color.pdf", t("""
        NEWS RELEASE 2024.6.17
        Hair Salon LUMIÈRE 夏の新色コレクション「エマ」「ソフィア」「ミア」7月1日より全店で提供開始
        価格：フルカラー 9,900円〜（新色指定は＋1,100円）
        開発スタイリスト：高瀬 翔（表参道店 店長）、宮内 彩（横浜元町店）
        株式会社ルミエール 広報窓口 03-0000-6125
    """))]))

add(mail(ORG, "murakami", "none", "pass", "benign.dev_minutes_test_card",
    "Development meeting minutes with the standard Luhn-valid test card for the staging environment; 障害 means a software bug.",
    MURAKAMI, [addr("リザーブテック株式会社 開発部 森様", "mori@reservetech.example.co.jp")],
    cc=[addr("リザーブテック株式会社 営業 桜井様", "sakurai@reservetech.example.co.jp")],
    subject="6/18 定例MTG 議事録（オンライン決済機能 追加開発）",
    text=t("""
    リザーブテック 森様、桜井様

    本日はありがとうございました。議事録を共有します。
    認識違いがあればご指摘ください。

    ■日時：2024/6/18（火）15:00-16:00　オンライン
    ■出席：リザーブテック 森様、桜井様／ルミエール 村上、小池

    1．事前決済（予約時カード決済）の進捗
    　・ステージング環境に実装済み。テスト用カード 4111 1111 1111 1111
    　　（有効期限は任意の未来日、CVC 123）で決済〜取消まで確認できた。
    　・本番の加盟店IDは7/1に切替予定。
    2．障害対応
    　・6/15の二重予約の障害：原因はキャンセル待ち処理の排他制御漏れ（森様）。
    　　修正版を6/20にリリース予定。
    　・障害報告書は6/21までに受領予定。
    3．次回
    　・6/25（火）15:00-

    以上

    """) + SIG_MURAKAMI))

add(mail(ORG, "koike", "none", "pass", "benign.health_program_aggregate",
    "A report to the health insurance society on a hand-eczema prevention programme, aggregate figures only.",
    KOIKE, [addr("東京美容健康保険組合 保健事業課 堀内様", "horiuchi@biyo-kenpo.example.or.jp")],
    "手荒れ予防講習の実施報告（健康経営の取り組み）",
    t("""
    東京美容健康保険組合
    保健事業課 堀内様

    お世話になっております。ルミエール人事総務部の小池です。
    5月に実施した手荒れ予防講習について、ご報告いたします。

    　・実施日：5月14日、21日（いずれも火曜・定休日）
    　・参加者：38名（スタイリスト 24名、アシスタント 14名）
    　・事前アンケートで「手荒れの自覚あり」：41%（前年 56%）
    　・皮膚科受診を勧めた件数：（個別対応のため集計のみ）3件
    　・定期健康診断の受診率：96.2%（前年 91.0%）

    講師の皮膚科医 今井先生のスライドを、健保の広報誌でもご紹介いただけるとのことで、
    先生からご了承をいただいております。

    「健康経営優良法人」の申請書類については、追ってご相談させてください。

    """) + SIG_KOIKE))

add(mail(ORG, "koike", "none", "pass", "benign.school_job_offer",
    "A job posting to a beauty school's career centre with the company's 法人番号; no individual data.",
    KOIKE, [addr("東都美容専門学校 キャリアセンター 安藤先生", "ando@toto-biyo.example.ac.jp")],
    "2025年3月卒業予定者 求人票送付のご案内",
    t("""
    東都美容専門学校
    キャリアセンター 安藤先生

    いつもお世話になっております。株式会社ルミエールの小池です。
    昨年度は2名の卒業生にご入社いただき、ありがとうございました。
    お二人とも元気に頑張っており、今年からアシスタントとしてお客様の施術にも
    入っています。

    2025年3月卒業予定の皆さま向けの求人票をお送りいたします。

    　法人名：株式会社ルミエール（法人番号 4011001000000）
    　募集職種：アシスタント（スタイリスト候補）　若干名
    　初任給：月給 215,000円
    　勤務地：表参道・吉祥寺・横浜元町
    　サロン見学：随時受付（各店 火曜定休）

    7月のサロン見学会のご案内もあわせて添付いたします。
    学生さんへのご周知をよろしくお願いいたします。

    """) + SIG_KOIKE,
    attachments=[att("求人票_2025卒_ルミエール.pdf", t("""
        求人票（2025年3月卒業予定者用）
        事業所名：株式会社ルミエール　法人番号：4011001000000
        所在地：東京都渋谷区神宮前0-0-0
        職種：美容師アシスタント　雇用形態：正社員
        給与：月給215,000円　賞与：年2回　休日：週休2日（火曜＋1日）、年間休日110日
        採用担当：人事総務部 小池 亜希子（03-0000-6120）
    """))]))

add(mail(ORG, "takase", "none", "pass", "benign.thanks_for_flowers",
    "A thank-you note for anniversary flowers with heavy signatures on both sides.",
    TAKASE, [addr("ビューティサプライ東京 営業部 大島 健太様", "oshima@beauty-supply-tokyo.example.co.jp")],
    "お祝いのお花ありがとうございました",
    t("""
    大島さん

    お疲れさまです、表参道店の高瀬です。
    リニューアルオープンのお祝いに立派なスタンド花をいただき、ありがとうございました！
    お客様にも「きれいですね」と何度も声をかけていただき、スタッフ一同喜んでいます。

    社長の村瀬さんにもどうぞよろしくお伝えください。
    落ち着いたら、新しいセット面の使い心地などもぜひ見にいらしてください。
    次回の講習会の件も、そのときにご相談させてください。

    今後ともよろしくお願いします。

    """) + SIG_TAKASE))

add(mail(ORG, "murakami", "none", "pass", "benign.masked_card_to_self",
    "A reply to the customer herself about a double charge, showing only a masked card number.",
    MURAKAMI, [addr("野口 千尋 様", "chihiro.noguchi@yahoo.co.jp")],
    "Re: 二重に請求されているようです（ご注文番号 LS-2406-01752）",
    t("""
    野口 千尋 様

    LUMIÈRE ONLINE STOREをご利用いただき、ありがとうございます。
    担当の村上でございます。このたびはご心配をおかけし、申し訳ございません。

    確認いたしましたところ、6月12日のご注文（LS-2406-01752）について、
    決済システムの不具合により同じ金額の「仮売上」が2件作成されておりました。
    このうち1件は本日取消処理を行いました。

    　ご利用カード：VISA ****-****-****-4108
    　取消金額：6,380円

    カード会社の処理により、ご利用明細から消えるまで数日〜1か月ほどかかる場合が
    ございます。翌月のご請求には含まれませんのでご安心ください。

    お手数をおかけいたしましたお詫びとして、次回使えるクーポンをお送りいたします。
    今後ともよろしくお願いいたします。

    """) + SIG_MURAKAMI + "\n" + q(t("""
    6/12に注文したオイルの代金が、カードの明細に2回出ています。
    確認をお願いします。
    野口
    """))))

add(mail(ORG, "koike", "none", "pass", "benign.project_six_addresses",
    "A store-renovation project mail with six visible addresses from two companies (designer and contractor).",
    KOIKE, [
        addr("スタジオ・ヴェール 設計 藤田様", "fujita@studio-veil.example.jp"),
        addr("スタジオ・ヴェール 設計 原口様", "haraguchi@studio-veil.example.jp"),
        addr("スタジオ・ヴェール 積算 宮崎様", "miyazaki@studio-veil.example.jp"),
        addr("東和内装株式会社 工事部 今村様", "imamura@towa-naisou.example.co.jp"),
    ],
    cc=[
        addr("東和内装株式会社 現場代理人 渡部様", "watabe@towa-naisou.example.co.jp"),
        addr("東和内装株式会社 設備 河合様", "kawai@towa-naisou.example.co.jp"),
        TAKASE,
    ],
    subject="吉祥寺店 改装工事 第3回定例の日程と確認事項",
    text=t("""
    スタジオ・ヴェール 藤田様、原口様、宮崎様
    東和内装 今村様、渡部様、河合様
    （cc：表参道店 高瀬）

    お世話になっております。ルミエールの小池です。
    吉祥寺店改装の第3回定例を、下記で行いたいと思います。

    　日時：6月25日（火）10:00〜11:30
    　場所：吉祥寺店（定休日のため店内で実施）

    確認事項
    　1．シャンプー台（3台）の給湯配管ルート（河合様）
    　2．セット面照明の色温度（藤田様のご提案 3500K で決定したいです）
    　3．工期中の仮店舗の看板（渡部様）
    　4．追加見積り（宮崎様、6/21までにお願いします）

    表参道店の高瀬は、動線のアドバイザーとして参加します。

    """) + SIG_KOIKE))
