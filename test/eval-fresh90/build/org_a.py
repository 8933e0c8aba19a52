"""Org A: 株式会社あおばコンタクトサービス — runs 東浜市's resident helpline
(東浜市 市民総合窓口コールセンター「ひがしはまコール」) under a city contract."""
from common import (T, join, addr, quote_gmail, original, forwarded, att, enc_zip,
                    mynumber, hold, ok, houjin)

ORG = "A"
DOM = "aoba-contact.example.co.jp"
CITY = "city.higashihama.example.lg.jp"

MURASE = addr("村瀬 里美", f"s-murase@{DOM}")
OKAWA = addr("大川 拓真（あおばコンタクトサービス）", f"t-okawa@{DOM}")
ONODERA = addr("Wataru Onodera", f"wataru.onodera@{DOM}")

SIG = {
    "murase": T(f"""
        ━━━━━━━━━━━━━━━━━━━━━━
        株式会社あおばコンタクトサービス
        東浜市 市民総合窓口コールセンター（ひがしはまコール）
        スーパーバイザー　村瀬 里美（むらせ さとみ）
        TEL 045-0000-2170（SV直通）／FAX 045-0000-2179
        E-mail: s-murase@{DOM}
        ━━━━━━━━━━━━━━━━━━━━━━
        """),
    "okawa": T(f"""
        --
        株式会社あおばコンタクトサービス
        公共事業本部 ひがしはまコール センター長
        大川 拓真
        〒231-0000 東浜市中央2-4-1 東浜第一ビル6F
        TEL: 045-0000-2100 / Mobile: 080-0000-6613
        https://www.aoba-contact.example.co.jp/
        """),
    "onodera": T(f"""
        ────────────────
        小野寺 航 / Wataru Onodera
        あおばコンタクトサービス 運用基盤グループ
        wataru.onodera@{DOM}
        内線 3304 ／ 045-0000-2188
        ────────────────
        """),
}

SAKAGUCHI = addr("坂口 健（東浜市 広聴相談課）", f"k-sakaguchi@{CITY}")
SAKAGUCHI_SIG = T("""
    ＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
    東浜市 市民局 広聴相談課
    主査　坂口 健
    〒231-0000 東浜市中央1-1-1 市役所本庁舎4階
    電話 045-0000-1045（直通）
    ＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
    """)


def mails():
    m = []

    # ---------------------------------------------------------------- holds
    m.append(hold(
        kind="sensitive.mental_health_escalation", writer="murase", loc="body",
        why="住民の氏名・住所・電話と同居家族の統合失調症を市の担当課へ送っており、要配慮個人情報を含むため確認が必要。",
        frm=MURASE, to=[addr("三浦 和也（障害福祉課）", f"k-miura@{CITY}")],
        cc=[SAKAGUCHI],
        subject="【エスカレーション】精神障害者保健福祉手帳の申請に関するお問い合わせ（折返し希望）",
        text=join(T("""
            障害福祉課　三浦様

            いつもお世話になっております。ひがしはまコールの村瀬です。
            本日、下記のお問い合わせがあり、FAQでは回答できない内容のため
            エスカレーションいたします。担当課からの折返しをお願いできますでしょうか。

            ■受付番号：HC-250612-0087
            ■受付日時：2025年6月12日（木）10:42
            ■お名前：長谷部 良子 様（60代・女性）
            ■ご住所：東浜市港北町2-11-5
            ■ご連絡先：090-0000-4825（平日午後が望ましいとのこと）
            ■内容：
            　同居のご長男（長谷部 翔太さん、32歳）が統合失調症で市内のクリニックに
            　通院中とのこと。主治医から精神障害者保健福祉手帳の申請を勧められたが、
            　診断書の様式と、自立支援医療を同時に申請できるかを知りたいとのご相談です。
            　オペレーターからは一般的な申請窓口のみご案内済みです。

            お手数ですが、ご対応状況をご返信いただけますと幸いです。
            """), SIG["murase"]),
        personal=[("name", "長谷部 良子"), ("address", "東浜市港北町2-11-5"),
                  ("phone", "090-0000-4825"), ("name", "長谷部 翔太"),
                  ("diagnosis", "統合失調症")],
    ))

    mn = mynumber("48213675902", " ")
    m.append(hold(
        kind="id.mynumber_caller", writer="murase", loc="body",
        why="住民が読み上げた個人番号（マイナンバー）を氏名・生年月日とともに本文に記載して市へ送っている。",
        frm=MURASE, to=[addr("給付金相談窓口", f"kyufukin-soudan@{CITY}")],
        subject="物価高騰対策給付金　照合のお願い（受付番号 HC-250609-0311）",
        text=join(T(f"""
            給付金相談窓口　ご担当者様

            お世話になっております。ひがしはまコールの村瀬でございます。

            6/9受付分で、支給状況の確認を希望されている方がいらっしゃいます。
            ご本人が通話中に個人番号を読み上げられ、オペレーターが応対メモに記録して
            しまいました（読み上げは不要である旨はご案内済みです）。
            照合に使えるとのことでしたので、念のため記録内容をそのままお送りします。

            　氏名　　：児玉 正和 様
            　生年月日：1958年3月14日
            　電話　　：045-0000-7731
            　個人番号：{mn}
            　お問い合わせ：4月に申請したが振込がない。口座の不備がないか確認したい。

            照合結果を踏まえ、折返しはどちらからご連絡するかご指示ください。
            なお、該当の応対メモは本メール送信後にマスキング処理いたします。
            """), SIG["murase"]),
        personal=[("name", "児玉 正和"), ("birth_date", "1958年3月14日"),
                  ("phone", "045-0000-7731"), ("mynumber", mn)],
    ))

    m.append(hold(
        kind="personal.complainant_contact_to_vendor", writer="okawa", loc="body",
        why="苦情を申し出た住民の氏名・住所・電話・メールを市の委託先である造園業者へそのまま転記して送っている。",
        frm=OKAWA, to=[addr("有限会社みどり造園 工事受付", f"koji@midori-zoen.example.co.jp")],
        cc=[addr("公園緑地課 北村", f"m-kitamura@{CITY}")],
        subject="緑ヶ丘第二公園　越境枝の件（市公園緑地課からの依頼）",
        text=join(T("""
            有限会社みどり造園
            工事受付ご担当者様

            お世話になります。東浜市コールセンターの大川です。
            市の公園緑地課 北村様より、剪定のご相談は御社から申出者へ直接
            日程連絡をしてもらうよう指示がありましたので、受付内容をお送りします。

            【申出者】
            　根岸 美千代 様
            　東浜市緑ヶ丘4-8-21
            　080-0000-3156
            　negishi.michiyo@yahoo.co.jp
            【内容】
            　公園のケヤキの枝がお宅の2階ベランダまで伸びており、落ち葉で雨どいが
            　詰まる。以前にも電話したが対応されていないとかなりご立腹。
            　平日の日中は不在がちなので、連絡はメールか夜の電話希望。

            現地確認の予定が決まりましたら、北村様（CC）にもご共有ください。
            以上、よろしくお願いいたします。
            """), SIG["okawa"]),
        personal=[("name", "根岸 美千代"), ("address", "東浜市緑ヶ丘4-8-21"),
                  ("phone", "080-0000-3156"), ("email", "negishi.michiyo@yahoo.co.jp")],
    ))

    csv = T("""
        受付番号,受付時刻,氏名,電話番号,住所,担当課,用件
        HC-250612-0102,09:14,石塚 伸也,090-0000-1187,東浜市本郷3-2-9,税務課,固定資産税の納付書再発行
        HC-250612-0118,09:51,宮下 咲,080-0000-5562,東浜市港南1-17-4,子育て支援課,児童手当の現況届
        HC-250612-0131,10:20,大塚 義男,045-0000-8823,東浜市若葉台6-1-3-402,介護保険課,要介護認定の結果が届かない
        HC-250612-0147,11:05,ウォン・メイリン,070-0000-2419,東浜市中央5-8-12,市民課,転入届の必要書類（英語対応希望）
        HC-250612-0163,13:38,菅原 俊介,090-0000-7304,東浜市北山2-22-1,資源循環課,粗大ごみ収集日の変更
        HC-250612-0179,15:02,野々村 加奈子,080-0000-9935,東浜市緑ヶ丘1-3-7,保険年金課,国保の減免申請
        """)
    m.append(hold(
        kind="list.callback_list", writer="murase", loc="attachment",
        why="折返し依頼一覧のCSVに複数住民の氏名・電話・住所・用件が並んでおり、名簿として確認が必要。",
        frm=MURASE, to=[SAKAGUCHI],
        subject="6/12分　折返し依頼一覧の送付",
        text=join(T("""
            坂口様

            お疲れさまです。村瀬です。
            本日分の折返し依頼（6件）をCSVにまとめましたので添付いたします。
            各課への振り分けをお願いいたします。

            英語対応希望が1件ございますので、市民課さんへお伝えいただけると助かります。
            """), SIG["murase"]),
        attachments=[att("callback_20250612.csv", csv)],
        personal=[("name", "石塚 伸也"), ("phone", "090-0000-1187"),
                  ("name", "大塚 義男"), ("address", "東浜市若葉台6-1-3-402"),
                  ("name", "野々村 加奈子")],
    ))

    log = T("""
        【通話記録】受付番号 HC-250610-0213
        受付日時：2025/06/10 19:26〜19:48（通話時間 22分）
        応対者：OP-117

        発信者：水野 彩花（みずの あやか）様　30代女性
        現在の連絡先：070-0000-6648（非通知設定でかけてこられた）
        現在の居所：東浜市内の知人宅（詳細は言えないとのこと）
        住民票上の住所：東浜市桜台3-14-6 コーポ桜台201

        要旨：
        ・夫（水野 隆）からの暴力（DV）を受け、5月末に子ども2人と自宅を出た。
        ・東浜警察署の生活安全課に相談済みで、相談受理番号をもらっている。
        ・夫に居場所を知られたくないので、住民票の写し等の交付制限（DV等支援措置）を
        　申し出たい。手続きに必要な書類と、窓口に夫が来た場合の対応を知りたい。
        ・平日の日中は電話に出られない。SMSでの連絡は不可（夫が端末を確認する可能性）。

        対応：支援措置の概要のみ案内。担当課より折返し（19時以降希望）。
        """)
    m.append(hold(
        kind="sensitive.dv_victim_call_log", writer="okawa", loc="attachment",
        why="添付の通話記録にDV被害者の氏名・住所・連絡先と警察相談の事実が含まれ、犯罪被害に関する要配慮情報にあたる。",
        frm=OKAWA, to=[addr("松永 さおり（市民課 記録係）", f"s-matsunaga@{CITY}")],
        subject="住民基本台帳事務に関する通話記録の送付（取扱注意）",
        text=join(T("""
            市民課 記録係
            松永様

            いつもお世話になっております。ひがしはまコールの大川です。
            6/10夜間帯に受け付けたお問い合わせについて、担当課での折返しが必要と
            判断しましたので、通話記録を添付いたします。

            内容の性質上、取扱いには十分ご注意いただけますようお願いいたします。
            折返し時間帯のご希望も記録に記載しております。
            """), SIG["okawa"]),
        attachments=[att("通話記録_HC-250610-0213.txt", log)],
        personal=[("name", "水野 彩花"), ("phone", "070-0000-6648"),
                  ("address", "東浜市桜台3-14-6 コーポ桜台201"),
                  ("crime_victim", "夫（水野 隆）からの暴力（DV）を受け")],
    ))

    uchida = addr("内田 真一（保険年金課）", f"s-uchida@{CITY}")
    orig_murase = T("""
        保険年金課　内田様

        お世話になっております。ひがしはまコールの村瀬です。
        資格確認書の再発行について、下記の方から至急のご相談がありました。
        郵送での再発行が可能か、ご確認いただけますでしょうか。

        　氏名：関 文子 様
        　生年月日：昭和22年9月3日
        　被保険者証 記号：東浜23　番号：4417
        　電話：045-0000-3920
        　状況：入院予定（6/20）があり、それまでに手元に欲しい。窓口へ行くのは難しい。

        村瀬
        """)
    reply_uchida = T("""
        村瀬様

        保険年金課の内田です。ご連絡ありがとうございます。
        ご本人確認ができれば郵送での再発行が可能です。
        申請書を本日中に発送しますので、ご本人へその旨お伝えください。

        """) + "\n" + quote_gmail(f"2025年6月13日(金) 9:58 村瀬 里美 <s-murase@{DOM}>:", orig_murase)
    m.append(hold(
        kind="id.health_insurance_quoted", writer="murase", loc="quoted",
        why="引用部分に住民の氏名・生年月日・国民健康保険の記号番号が残ったまま返信しており、保険証番号を含むため確認が必要。",
        frm=MURASE, to=[uchida],
        subject="Re: 資格確認書の郵送再発行について（ご相談）",
        text=join(T("""
            内田様

            ご回答ありがとうございます。
            本日14時過ぎにご本人へ折り返し、申請書が郵送で届く旨をお伝えしました。
            大変安心されたご様子でした。迅速なご対応に感謝いたします。

            引き続きよろしくお願いいたします。
            """), SIG["murase"],
            quote_gmail(f"2025年6月13日(金) 11:20 内田 真一 <s-uchida@{CITY}>:", reply_uchida)),
        personal=[("name", "関 文子"), ("birth_date", "昭和22年9月3日"),
                  ("insurance_number", "記号：東浜23　番号：4417"),
                  ("phone", "045-0000-3920")],
    ))

    voice = T("""
        【市民の声　受付票】No.2025-0588
        受付日：2025年6月4日　受付方法：Webフォーム

        氏名：柴田 浩二
        年齢：74歳
        住所：東浜市北山5-6-18
        電話：045-0000-5187
        メール：k.shibata1951@gmail.com

        内容：
        コールセンターに電話すると自動音声で「3番」を押せと言われるが、
        その先でまた番号を選ばされ、結局つながらずに切れてしまった。
        高齢者には使いにくい。人間が最初に出るようにしてほしい。
        """)
    m.append(hold(
        kind="personal.citizen_opinion_forwarded", writer="onodera", loc="quoted",
        why="転送部分に意見を寄せた住民の氏名・年齢・住所・電話・メールがそのまま含まれたまま、システム保守業者へ送っている。",
        frm=ONODERA, to=[addr("テレコネクト保守窓口", "support@teleconnect.example.co.jp")],
        subject="Fw: 【市民の声】自動音声（IVR）に関するご意見",
        text=join(T("""
            株式会社テレコネクト
            保守窓口 ご担当者様

            いつもお世話になっております。あおばコンタクトサービスの小野寺です。
            市の広聴相談課から、IVRに関するご意見が転送されてきましたので共有します。
            分岐3（福祉・介護）の2階層目でタイムアウト切断が起きているように読めます。
            ログの確認と、タイムアウト秒数の見直し案をいただけますでしょうか。

            来週火曜の定例で相談させてください。
            """), SIG["onodera"],
            forwarded(SAKAGUCHI, "2025年6月5日(木) 16:03", "【市民の声】自動音声（IVR）に関するご意見",
                      "大川 拓真 <t-okawa@aoba-contact.example.co.jp>, 小野寺 航 <wataru.onodera@aoba-contact.example.co.jp>",
                      T("""
                          大川様、小野寺様

                          広聴相談課の坂口です。
                          市民の声でIVRについてのご意見がありましたので共有します。
                          改善策をご検討ください。

                          """) + voice + "\n" + SAKAGUCHI_SIG)),
        personal=[("name", "柴田 浩二"), ("address", "東浜市北山5-6-18"),
                  ("phone", "045-0000-5187"), ("email", "k.shibata1951@gmail.com")],
    ))

    m.append(hold(
        kind="sensitive.disability_in_subject", writer="murase", loc="subject",
        why="件名に住民の氏名・電話番号と療育手帳（知的障害）が書かれており、障害に関する要配慮情報が件名だけで外部へ出る。",
        frm=MURASE, to=[addr("障害福祉課 相談係", f"shogai-soudan@{CITY}")],
        subject="【至急折返し】田中 恵子様 090-0000-3318 療育手帳（知的障害）の更新について",
        text=join(T("""
            障害福祉課 相談係　ご担当者様

            いつもお世話になっております。ひがしはまコールの村瀬です。

            件名の方より、本日11時40分に折返しのご希望がありました。
            更新手続きに必要な書類と、判定の予約方法について担当課からの説明を
            希望されています。本日17時までのご連絡をご希望です。

            お忙しいところ恐れ入りますが、よろしくお願いいたします。
            """), SIG["murase"]),
        personal=[("name", "田中 恵子"), ("phone", "090-0000-3318"),
                  ("disability", "療育手帳（知的障害）")],
    ))

    m.append(hold(
        kind="attachment.encrypted_zip", writer="okawa", loc="zip",
        why="パスワード付きZIP（PPAP）で応対履歴を送っており、中身を検査できないため確認が必要。",
        frm=OKAWA, to=[SAKAGUCHI],
        subject="5月度　応対履歴データの送付について",
        text=join(T("""
            坂口様

            いつもお世話になっております。大川です。
            5月度の応対履歴データ（全件）をお送りします。
            仕様書第12条に基づく月次提出分です。

            添付ファイルはパスワード付きZIPにしております。
            パスワードは追ってメールでお送りいたします。

            ご査収のほどよろしくお願いいたします。
            """), SIG["okawa"]),
        attachments=[enc_zip("応対履歴_202505.zip")],
    ))

    interp = [
        addr("Ana Santos", "ana.santos.interp@gmail.com"),
        addr("阮 氏 蘭 (Nguyen Thi Lan)", "nguyenthilan.jp@gmail.com"),
        addr("張 偉", "zhangwei.tsuyaku@yahoo.co.jp"),
        addr("Kim Soyeon", "soyeon.kim.trans@outlook.com"),
        addr("Rajesh Kumar", "rajesh.k.interpreter@gmail.com"),
        addr("Maria Fernanda Silva", "mf.silva.jp@gmail.com"),
        addr("高橋 ソフィア", "sophia.takahashi@outlook.com"),
        addr("Tran Van Minh", "minh.tran.hamakko@gmail.com"),
        addr("李 小紅", "li.xiaohong88@yahoo.co.jp"),
        addr("Jose Reyes", "jose.reyes.tagalog@gmail.com"),
        addr("Park Jiwoo", "jiwoo.park.ko@gmail.com"),
        addr("Elena Popova", "e.popova.interp@outlook.com"),
    ]
    m.append(hold(
        kind="recipients.interpreters_in_to", writer="okawa", loc="recipients",
        why="個人の登録通訳者12名のアドレスを宛先（To）に並べて送っており、BCCにすべき社外アドレスが互いに見えてしまう。",
        frm=OKAWA, to=interp,
        cc=[addr("株式会社ワールドリンク通訳 派遣担当", "haken@worldlink-tsuyaku.example.co.jp")],
        subject="【ひがしはまコール】三者間通訳 研修日程のご案内 / Training schedule for interpreters",
        text=join(T("""
            登録通訳者の皆さま

            いつもひがしはまコールの三者間通訳にご協力いただき、ありがとうございます。
            センター長の大川です。

            7月から防災・避難所関連の問い合わせフローが変わるため、
            下記のとおりオンライン研修を実施します。いずれか1回にご参加ください。

            　① 6月28日（土）10:00〜11:30
            　② 7月2日（水）19:00〜20:30
            　参加URL：https://meet.aoba-contact.example.co.jp/training-0628

            ご都合を6月24日までにご返信ください。

            Dear interpreters,

            Thank you for supporting the Higashihama Call three-way interpreting service.
            From July the call flow for disaster and evacuation inquiries will change.
            Please join one of the online sessions above (June 28, 10:00 or July 2, 19:00 JST)
            and let us know your choice by June 24.

            Best regards,
            """), SIG["okawa"]),
    ))

    # ---------------------------------------------------------------- passes
    sched_req = T("""
        大川様

        いつもお世話になっております。広聴相談課の坂口です。
        7月の定例会について、市側は以下の日程であれば出席可能です。
        ご都合をお知らせください。

        ・7月8日（火）14:00〜15:30
        ・7月10日（木）10:00〜11:30
        ・7月11日（金）15:00〜16:30

        議題（案）：6月度KPI報告、防災フロー改定、夏季の増員体制

        """) + SAKAGUCHI_SIG
    m.append(ok(
        kind="benign.meeting_arrangement", writer="okawa",
        why="委託元との定例会の日程調整で、職員名や署名はあるが住民の個人情報はない。",
        frm=OKAWA, to=[SAKAGUCHI],
        cc=[addr("広聴相談課 課長 野上", f"h-nogami@{CITY}"),
            addr("村瀬 里美", f"s-murase@{DOM}")],
        subject="Re: 7月定例会の日程調整について",
        text=join(T("""
            坂口様

            お世話になっております。大川です。
            日程のご提示ありがとうございます。
            弊社は7月10日（木）10:00〜11:30でお願いできればと存じます。
            会場は前回同様、本庁舎4階の第3会議室でよろしいでしょうか。

            当日は弊社から大川・村瀬の2名で伺います。
            KPI報告資料は前日までにお送りいたします。

            野上課長にもご出席いただけるとのこと、ありがとうございます。
            """), SIG["okawa"],
            quote_gmail(f"2025年6月16日(月) 17:12 坂口 健 <k-sakaguchi@{CITY}>:", sched_req)),
    ))

    m.append(ok(
        kind="benign.it_outage_report", writer="onodera",
        why="「障害」は電話回線の不具合を指しており、件数は集計のみで個人情報を含まない。",
        frm=ONODERA, to=[SAKAGUCHI, addr("工藤 亮（情報政策課）", f"r-kudo@{CITY}")],
        cc=[addr("大川 拓真", f"t-okawa@{DOM}")],
        subject="【障害報告（第2報）】代表番号の着信不可について",
        text=join(T("""
            東浜市 広聴相談課 坂口様
            情報政策課 工藤様

            あおばコンタクトサービスの小野寺です。
            本日発生した着信障害について、第2報をご報告いたします。

            1. 事象
            　ひがしはまコール代表番号（045-0000-2000）への着信が不可となり、
            　話中音が流れる状態となりました。
            2. 発生〜復旧
            　発生：2025年6月18日 08:47頃
            　復旧：2025年6月18日 09:31（暫定復旧、経路切替による）
            3. 影響
            　不通呼数（キャリア側集計）：312呼
            　うち同日中に再入電があったもの：248呼
            4. 原因（調査中）
            　キャリア側の中継交換機の障害。弊社設備・PBXに異常はありません。
            5. 今後の対応
            　キャリアからの正式報告を受け、第3報（最終報）を6/20までにお送りします。
            　再発時に備え、SIPトランクの冗長経路への自動切替を検討します。

            ご迷惑をおかけし申し訳ございません。
            """), SIG["onodera"]),
    ))

    corp_no = houjin("020001047316")
    inv = T(f"""
        請 求 書
        請求番号：AC-INV-2506-014
        発行日：2025年6月30日

        東浜市長 様

        株式会社あおばコンタクトサービス
        登録番号：T{corp_no}
        〒231-0000 東浜市中央2-4-1 東浜第一ビル6F

        件名：東浜市市民総合窓口コールセンター運営業務委託料（令和7年6月分）
        契約番号：東浜広第R7-0032号

        品目　　　　　　　　　　　　金額
        運営業務委託料（月額固定）　4,180,000円
        時間外増員対応（6/2〜6/6）　 　312,400円
        小計　　　　　　　　　　　　4,492,400円
        消費税（10%）　　　　　　　　 449,240円
        合計　　　　　　　　　　　　4,941,640円

        お振込先：東浜銀行 本店営業部　普通預金　1204387
        口座名義：カ）アオバコンタクトサービス
        お支払期限：2025年7月31日
        """)
    m.append(ok(
        kind="benign.invoice_corporate_account", writer="okawa",
        why="委託料の請求書で、振込先は法人口座、登録番号も法人番号であり個人の識別番号ではない。",
        frm=OKAWA, to=[SAKAGUCHI],
        cc=[addr("広聴相談課 庶務担当", f"kocho-shomu@{CITY}")],
        subject="令和7年6月分 委託料請求書の送付",
        text=join(T("""
            東浜市 広聴相談課
            坂口様

            お世話になっております。あおばコンタクトサービスの大川です。
            令和7年6月分の委託料請求書をPDFにてお送りします。
            原本は本日郵送いたしました。

            6月上旬の給付金関連の増員分（時間外対応）を別行で計上しております。
            ご不明点がございましたらお知らせください。
            """), SIG["okawa"]),
        attachments=[att("請求書_AC-INV-2506-014.pdf", inv)],
    ))

    kpi = T("""
        分類,入電数,応答数,応答率,平均通話時間(秒),担当課転送
        税・保険料,1842,1766,95.9%,214,88
        戸籍・住民票,1510,1462,96.8%,176,41
        子育て・教育,1033,989,95.7%,232,57
        障害福祉,412,391,94.9%,305,48
        高齢・介護,876,830,94.7%,298,102
        生活保護・困窮,205,193,94.1%,341,21
        ごみ・環境,2210,2151,97.3%,121,16
        その他,964,921,95.5%,187,33
        合計,9052,8703,96.1%,201,406
        """)
    m.append(ok(
        kind="benign.kpi_aggregate", writer="murase",
        why="分類別の集計値のみで、障害福祉や生活保護も件数として現れるだけで個人は特定できない。",
        frm=MURASE, to=[SAKAGUCHI],
        subject="5月度 月次運営レポート（速報値）",
        text=join(T("""
            坂口様

            お世話になっております。村瀬です。
            5月度の運営レポート速報値をお送りします（確定版は定例会資料で提出します）。

            ・総入電数 9,052件（前月比 +6.2%）
            ・応答率 96.1%（目標95%を達成）
            ・放棄呼 349件、うち30秒以内の放棄 211件
            ・担当課転送 406件

            障害福祉・高齢介護の分類で平均通話時間が長くなっています。
            給付金の問い合わせが福祉系の窓口にも流れているためと見ています。
            分類別の内訳はCSVをご覧ください。
            """), SIG["murase"]),
        attachments=[att("kpi_202505_summary.csv", kpi)],
    ))

    m.append(ok(
        kind="benign.successor_introduction", writer="murase",
        why="担当SVの交代挨拶で、社員の氏名と業務上の連絡先のみを含む。",
        frm=MURASE, to=[SAKAGUCHI, addr("三浦 和也", f"k-miura@{CITY}"),
                        addr("内田 真一", f"s-uchida@{CITY}"),
                        addr("松永 さおり", f"s-matsunaga@{CITY}")],
        cc=[addr("川端 優衣", f"y-kawabata@{DOM}"), addr("大川 拓真", f"t-okawa@{DOM}")],
        subject="担当スーパーバイザー交代のご挨拶",
        text=join(T("""
            東浜市 各課ご担当者様

            いつも大変お世話になっております。ひがしはまコールの村瀬です。

            私事で恐縮ですが、7月1日付で弊社の研修部門へ異動することとなりました。
            センター開設以来3年間、各課の皆さまには本当に多くのご支援をいただき、
            心より御礼申し上げます。

            後任は、同じくSVの川端 優衣（かわばた ゆい）が務めます（CCに入れております）。
            川端は開設当初からオペレーターとして勤務し、福祉分野のFAQ整備を
            中心に担当してきました。6月中は私と2名体制で引き継ぎを行います。

            　後任：川端 優衣
            　直通：045-0000-2171
            　メール：y-kawabata@aoba-contact.example.co.jp

            今後とも変わらぬご指導をよろしくお願い申し上げます。
            """), SIG["murase"]),
    ))

    m.append(ok(
        kind="benign.vaccination_schedule_faq", writer="murase",
        why="予防接種の日程と対象年齢をまとめたFAQ改訂案で、個人に関する情報を含まない。",
        frm=MURASE, to=[addr("健康づくり課 予防接種係", f"yobosesshu@{CITY}")],
        cc=[SAKAGUCHI],
        subject="FAQ改訂案のご確認依頼（高齢者の定期予防接種 2025年度）",
        text=join(T("""
            健康づくり課 予防接種係　ご担当者様

            お世話になっております。ひがしはまコールの村瀬です。
            10月からの定期接種開始に向け、オペレーター用FAQの改訂案を作成しました。
            内容に誤りがないかご確認をお願いいたします。

            Q1. 新型コロナワクチンの定期接種はいつから？
            A1. 2025年10月1日〜2026年3月31日。対象は65歳以上の方、および
            　　60〜64歳で一定の基礎疾患がある方（詳細は市HPの対象者ページを案内）。
            Q2. インフルエンザとの同時接種は可能か？
            A2. 医師が認めた場合は可能。接種の可否は医療機関で相談するよう案内。
            Q3. 自己負担額は？
            A3. インフルエンザ 1,500円、新型コロナ 3,000円（生活保護世帯は免除）。
            　　免除の手続きは「受診時に受給証明を提示」と案内。
            Q4. 予約は？
            A4. 各医療機関へ直接。市の予約窓口は設けない。

            感染状況により内容が変わる場合は、その都度ご連絡いただけますと幸いです。
            ご確認期限：6月27日（金）
            """), SIG["murase"]),
    ))

    voxbridge_prev = T("""
        Hi Wataru,

        We saw several SIP 503 responses on trunk HGH-02 between 08:45 and 09:31 JST.
        Could you send the SBC log bundle and its hash so we can correlate on our side?

        Thanks,
        Daniel Moore
        VoxBridge NOC
        """)
    m.append(ok(
        kind="benign.log_hash_english", writer="onodera",
        why="海外の電話基盤ベンダーとの英文の障害調査で、ハッシュ値やコールIDは個人を識別しない。",
        frm=ONODERA, to=[addr("VoxBridge NOC", "noc@voxbridge.example.com")],
        cc=[addr("Daniel Moore", "d.moore@voxbridge.example.com")],
        subject="Re: [VB-INC-40918] SIP 503 on trunk HGH-02 (June 18)",
        text=join(T("""
            Hi Daniel,

            Thanks for the quick response. The SBC log bundle is uploaded to the shared
            folder you provided (https://files.voxbridge.example.com/t/VB-INC-40918).

              File   : sbc-hgh02-20250618-0840-0935.tar.gz
              SHA-256: 9f2c4be17a0d5c3e88b1f6a4c27d90e3b5a1f0c47e6d2b8a913c5f7e0d4a6b21
              Size   : 184,302,117 bytes

            Sample Call-IDs that failed with 503:
              a84f2c91-5e0b-4d7a-9c1e-3f6b8d2e0a47@sbc01
              c1d93e07-2b6f-48a5-b0e4-9a7c5d13f862@sbc01

            The carrier has confirmed a fault on their tandem switch, so we suspect the
            503s were only a symptom. Could you confirm whether automatic failover to
            HGH-03 was triggered on your side?

            Best regards,
            """), SIG["onodera"],
            "On Wed, Jun 18, 2025 at 11:02 AM Daniel Moore <d.moore@voxbridge.example.com> wrote:\n"
            + "\n".join("> " + l if l else ">" for l in voxbridge_prev.rstrip("\n").split("\n")) + "\n"),
    ))

    faq1 = T("""
        【ごみ・資源物】FAQ 2025年7月改訂版（抜粋）
        Q. 粗大ごみの申込はいつまで？
        A. 収集日の7日前（土日祝を除く）まで。Web申込は24時間受付。
        Q. 小型家電はどこに出せばよい？
        A. 市内の公共施設12か所の回収ボックスへ。設置場所一覧は市HP参照。
        Q. 引っ越しで大量のごみが出る場合は？
        A. 臨時収集（有料）または一般廃棄物収集運搬許可業者を案内。
        """)
    faq2 = T("""
        【市税】FAQ 2025年7月改訂版（抜粋）
        Q. 納付書を紛失した。
        A. 税務課で再発行可能。郵送希望の場合は本人確認のうえ担当課へ転送。
        Q. スマホ決済で納付できるか？
        A. 対応している決済アプリは市HPの「納付方法」ページを案内。
        Q. 口座振替の申込方法は？
        A. 金融機関窓口、または市HPからのWeb口座振替受付サービスを案内。
        """)
    m.append(ok(
        kind="benign.plain_zip_faq", writer="murase",
        why="暗号化されていない通常のZIPで、中身はFAQ原稿のみで個人情報はない。",
        frm=MURASE, to=[SAKAGUCHI],
        subject="7月改訂FAQ原稿（ごみ・市税）の送付",
        text=join(T("""
            坂口様

            お世話になっております。村瀬です。
            7月改訂分のFAQ原稿（ごみ・資源物、市税）をZIPにまとめて添付します。
            パスワードはかけておりません。

            各課への照会が済み次第、オペレーター向けの周知を行います。
            お手すきの際にご確認ください。
            """), SIG["murase"]),
        attachments=[att("faq_2025_07.zip/faq_gomi.txt", faq1),
                     att("faq_2025_07.zip/faq_zeikin.txt", faq2)],
    ))

    m.append(ok(
        kind="benign.election_candidates_public", writer="okawa",
        why="告示済みの市長選挙の候補者名など公開情報のみを扱った応答要領の確認で、個人情報の漏えいにあたらない。",
        frm=OKAWA, to=[addr("久保 直人（選挙管理委員会事務局）", f"senkan-kubo@{CITY}")],
        subject="東浜市長選挙　コールセンター応答要領（案）のご確認",
        text=join(T("""
            選挙管理委員会事務局
            久保様

            いつもお世話になっております。あおばコンタクトサービスの大川です。
            7月13日告示の東浜市長選挙について、コールセンターの応答要領（案）を
            作成しました。以下の点についてご確認をお願いします。

            1. 期日前投票
            　期間：7月14日（月）〜7月19日（土）8:30〜20:00
            　場所：市役所本庁舎1階、各区役所、東浜駅前サテライト（〜18:00）
            2. 候補者に関する問い合わせ
            　届出順の候補者名（山岸 隆 氏、花田 みずえ 氏）は選挙公報の記載どおり
            　読み上げてよいが、政策・人物評価については回答せず、選挙公報と
            　市選管HPを案内する。
            3. 入場整理券の再発行
            　投票所で本人確認のうえ投票可能である旨を案内（再発行は不要）。

            特に2.について、オペレーターの読み上げ範囲に問題がないかご意見を
            いただけますと幸いです。
            """), SIG["okawa"]),
    ))

    m.append(ok(
        kind="benign.malware_isolation", writer="onodera",
        why="「感染」「隔離」は端末のマルウェア対応を指しており、端末名とハッシュのみで個人情報はない。",
        frm=ONODERA, to=[addr("工藤 亮（情報政策課）", f"r-kudo@{CITY}")],
        cc=[SAKAGUCHI, addr("大川 拓真", f"t-okawa@{DOM}")],
        subject="【セキュリティ報告】オペレーター端末1台のマルウェア感染疑いと隔離完了について",
        text=join(T("""
            情報政策課　工藤様

            あおばコンタクトサービスの小野寺です。
            契約上の報告義務に基づき、下記のとおりご報告いたします。

            ■概要
            　6月19日 13:52、EDRがオペレーター端末1台で不審な挙動を検知しました。
            　USBメモリ経由のマルウェア感染の疑いがあり、13:58にネットワークから隔離済みです。
            ■対象端末
            　ホスト名：HGC-OP-PC023（応対システム専用端末）
            　検知ファイル SHA-256：
            　3b7e91c0d4a25f86e0c1b9d7a4f2e6038c5d1a9b7e4f20c6d8a3b5e1f9c07d42
            ■影響範囲
            　横展開の痕跡なし。応対システムサーバへの通信はブロックされていました。
            　市の庁内ネットワークとは物理的に分離されており影響はありません。
            　現時点で情報の持ち出しは確認されていません。
            ■今後の対応
            　・当該端末の初期化（6/20予定）
            　・全端末のUSBポート無効化の再点検
            　・最終報告書を6/27までに提出

            ご不明点があればご連絡ください。
            """), SIG["onodera"]),
    ))

    return m
