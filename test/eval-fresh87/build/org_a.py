"""(A) DV被害者支援団体: 特定非営利活動法人 あけぼのサポートネット (invented).

Writers
  saeki   佐伯 真由美  相談支援コーディネーター（社会福祉士）  long signature + confidentiality notice
  inoue   井上 恭子    事務局長                                formal, signature with donation account
  morita  森田 健太    事務局（経理・広報）                    short, casual signature
"""
from common import t, q, addr, att, enc_zip, mail

ORG = "A"
DOM = "akebono-net.example.or.jp"

SAEKI = addr("佐伯 真由美", f"saeki@{DOM}")
INOUE = addr("井上 恭子", f"inoue@{DOM}")
MORITA = addr("森田 健太", f"morita@{DOM}")

SIG_SAEKI = t("""
    ──────────────────────────────
    特定非営利活動法人 あけぼのサポートネット
    相談支援コーディネーター（社会福祉士）
    佐伯 真由美（さえき まゆみ）
    事務局：〒192-0000 東京都みなみ野市旭町0-0-0 旭ビル3F
    ※シェルターの所在地は非公開としております
    TEL 042-0000-2714（平日10:00〜17:00）／FAX 042-0000-2715
    Mail saeki@akebono-net.example.or.jp
    ──────────────────────────────
    このメールには支援に関わる機密情報が含まれている場合があります。
    誤って受信された方は、お手数ですが送信者にご連絡のうえ削除してください。
""")

SIG_INOUE = t("""
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    特定非営利活動法人 あけぼのサポートネット
    事務局長　井上 恭子
    〒192-0000 東京都みなみ野市旭町0-0-0 旭ビル3F
    代表 042-0000-2710　FAX 042-0000-2715
    相談専用ダイヤル 042-0000-2718（毎日10時〜20時）
    https://www.akebono-net.example.or.jp/
    ご寄付のお願い：みなみ野信用金庫 旭町支店 普通 0412875
    　　　　　　　　名義 トクヒ）アケボノサポートネット
    ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

SIG_MORITA = t("""
    --
    あけぼのサポートネット 事務局（経理・広報）
    森田 健太
    042-0000-2710 / morita@akebono-net.example.or.jp
""")

MAILS = []
add = MAILS.append

# ======================================================================= HOLDS

# --- body 1: DV victim's injuries and protection order, to the lawyer
add(mail(ORG, "saeki", "body", "hold", "sensitive.dv_victim_case",
    "A named DV victim's injuries, PTSD diagnosis and shelter stay are sent to an outside lawyer; a legitimate purpose, but 要配慮 data about an identifiable crime victim.",
    SAEKI, [addr("長谷川 直樹 弁護士", "hasegawa@hasegawa-law.example.jp")],
    "保護命令申立ての準備について（中島様）",
    t("""
    長谷川先生

    いつも大変お世話になっております。
    あけぼのサポートネットの佐伯です。

    先日お電話でご相談いたしました件、ご本人の同意が取れましたので
    申立てに必要と思われる事実関係を整理してお送りいたします。

    ■ご相談者
    　中島 美香さん（1990年2月17日生、34歳）
    　長男 湊くん（6歳）と5月13日より当会シェルターに入所中です。

    ■経緯（ご本人の聞き取りより）
    　・2019年頃から夫・中島 隆之氏による暴言、生活費を渡さない等の行為
    　・2024年5月11日夜、口論の末に顔面を殴打され、転倒時に左腕を強打
    　・翌12日、みなみ野中央病院 整形外科を受診し「左前腕骨折・顔面打撲」と診断
    　　（診断書は原本をご本人が保管、写しを当会でお預かりしています）
    　・5月20日、心療内科にて「PTSDの疑い」との所見。現在も不眠が続いています。
    　・夫から「どこにいても探し出す」とのLINEが複数回届いており、スクリーンショットを保存済み

    ■ご本人のご希望
    　接近禁止命令と、長男への接近禁止命令をあわせて申し立てたいとのことです。
    　離婚調停は落ち着いてから考えたいとおっしゃっています。

    面談は来週6月18日（火）14時、先生の事務所でお願いできますでしょうか。
    当日は私が同行いたします。移動の際は安全のためタクシーを使う予定です。

    取り急ぎ、よろしくお願いいたします。

    """) + SIG_SAEKI,
    personal=[("name", "中島 美香"), ("birthdate", "1990年2月17日"),
              ("diagnosis", "左前腕骨折・顔面打撲"), ("diagnosis", "PTSDの疑い")]))

# --- body 2: referral of a resident with depression to a clinic
add(mail(ORG, "saeki", "body", "hold", "sensitive.mental_health_referral",
    "A resident's depression diagnosis, medication history and new phone number are sent to an outside clinic by name.",
    SAEKI, [addr("こころのクリニック 大野様", "ono@kokoro-clinic.example.jp")],
    "初診のご相談（当会利用者の受診について）",
    t("""
    医療法人みどり会 こころのクリニック
    精神保健福祉士 大野様

    お世話になります。あけぼのサポートネットの佐伯でございます。
    先ほどはお電話でありがとうございました。

    ご相談した方の情報を、ご本人の了解のもとでお送りします。

    　氏名：岡田 理恵 さん（41歳）
    　連絡先：090-0000-3318（本人携帯・新しい番号です）
    　前医：隣県の内科クリニックで「うつ病」と診断され、抗うつ薬を服用していましたが、
    　　　　4月の避難以降は通院・服薬が途切れています。
    　現在の状態：入眠困難、食欲低下、日中も涙が止まらないことがあるとのこと。
    　　　　　　　希死念慮ははっきりとは否定されていますが、注意して見守っています。

    初診は6月21日（金）午前中を希望されています。受診には当会スタッフが同行します。
    なお、加害者が保険証の利用履歴から居場所を探す可能性があるため、
    保険証の取り扱いについては事前にご相談させてください。

    どうぞよろしくお願いいたします。

    """) + SIG_SAEKI,
    personal=[("name", "岡田 理恵"), ("phone", "090-0000-3318"), ("diagnosis", "うつ病")]))

# --- body 3: residence card number to the gyoseishoshi
add(mail(ORG, "inoue", "body", "hold", "id.residence_card",
    "A foreign DV victim's residence card number, nationality and date of birth are sent to an outside 行政書士.",
    INOUE, [addr("行政書士 木村 博之", "kimura@kimura-gyosei.example.jp")],
    "在留資格変更申請のご依頼について",
    t("""
    木村先生

    いつもお世話になっております。あけぼのサポートネットの井上です。
    先月ご相談しました在留資格変更の件、正式にご依頼させていただきたくご連絡しました。

    申請人の情報は以下のとおりです。

    　氏名　　　：SANTOS REYES MARIA（サントス レイエス マリア）
    　国籍　　　：フィリピン
    　生年月日　：1987年10月4日
    　在留カード番号：UH48203917EK
    　現在の在留資格：日本人の配偶者等（期限 2024年9月30日）
    　子　　　　：長女（日本国籍、5歳）

    夫からの暴力により別居しており、配偶者の協力が得られないため
    「定住者」への変更を検討しています。保護命令の決定書、当会の支援証明書は
    こちらで用意できます。

    必要書類と費用について、ご教示いただけますと幸いです。
    ご本人との面談は通訳を手配のうえ、当会事務所で行えればと思います。

    よろしくお願い申し上げます。

    """) + SIG_INOUE,
    personal=[("name", "SANTOS REYES MARIA"), ("residence_card", "UH48203917EK"),
              ("birthdate", "1987年10月4日")]))

# --- attachment 1: roster of shelter residents for the municipality's billing
add(mail(ORG, "morita", "attachment", "hold", "list.shelter_residents",
    "The cover note is routine, but the attached CSV lists shelter residents and their children with birth dates and stay periods.",
    MORITA, [addr("みなみ野市 子ども家庭支援センター 本田様", "honda-k@city.minamino.example.lg.jp")],
    "5月分 一時保護委託費の請求書類",
    t("""
    子ども家庭支援センター
    本田様

    お世話になっております。あけぼのサポートネット事務局の森田です。
    5月分の一時保護委託費について、請求書と実績表をお送りします。
    原本は本日郵送しましたので、数日中に届くかと思います。

    不備などありましたらご連絡ください。
    よろしくお願いします。

    """) + SIG_MORITA,
    attachments=[
        att("請求書_2024年5月分.pdf", t("""
            請求書
            みなみ野市長 様
            件名：一時保護委託費（2024年5月分）
            請求金額：金 612,400 円
            内訳：別紙実績表のとおり
            振込先：みなみ野信用金庫 旭町支店 普通 0412876 トクヒ）アケボノサポートネット
            特定非営利活動法人 あけぼのサポートネット 理事長 石井 典子
        """)),
        att("一時保護実績_202405.csv", t("""
            No,世帯主氏名,生年月日,同伴児氏名,同伴児生年月日,入所日,退所日,日数,委託費
            1,中島 美香,1990/02/17,中島 湊,2017/09/03,2024/05/13,,19,171000
            2,岡田 理恵,1982/11/25,,,2024/04/28,2024/05/24,24,144000
            3,SANTOS REYES MARIA,1987/10/04,SANTOS 愛梨,2018/12/11,2024/05/02,2024/05/30,29,199400
            4,高木 由香里,1985/06/30,高木 陽菜,2015/04/19,2024/05/27,,5,98000
        """)),
    ],
    personal=[("name", "中島 美香"), ("birthdate", "1990/02/17"), ("name", "高木 陽菜"),
              ("name", "岡田 理恵")]))

# --- attachment 2: individual support plan to the mother-and-child facility
add(mail(ORG, "saeki", "attachment", "hold", "sensitive.support_plan",
    "The attached support plan names a resident and records her DV history, psychiatric treatment and her child's developmental diagnosis.",
    SAEKI, [addr("母子生活支援施設 さくらハウス 河野施設長", "kono@sakura-house.example.or.jp")],
    "ご入所予定の方の支援計画書（引継ぎ資料）",
    t("""
    さくらハウス
    河野施設長

    お世話になっております。あけぼのサポートネットの佐伯です。
    来週からそちらにお世話になる世帯の引継ぎ資料をお送りします。
    当会での支援経過と、ご本人と一緒に作成した今後の計画です。

    ご入所当日は私も同行し、口頭でも補足させていただきます。
    ご確認のほど、よろしくお願いいたします。

    """) + SIG_SAEKI,
    attachments=[att("個別支援計画書_引継ぎ用.docx", t("""
        個別支援計画書（引継ぎ用）
        作成日：2024年6月10日　作成者：佐伯 真由美（社会福祉士）

        1．利用者
        　氏名：高木 由香里（38歳）　同伴児：高木 陽菜（9歳、小学4年）
        2．入所に至る経緯
        　夫からの身体的暴力（首を絞められる等）および経済的暴力。2024年5月27日に警察の
        　保護を経て当会シェルターに入所。保護命令（接近禁止）は6月5日に発令済み。
        3．心身の状況
        　本人：適応障害の診断で精神科に通院中（月2回）。睡眠導入剤を服用。
        　陽菜さん：ADHD（注意欠如・多動症）の診断あり。前籍校では通級指導を利用。
        4．今後の目標
        　・就労（医療事務の資格を生かしたパート就労）
        　・陽菜さんの転校手続きと通級の継続
        　・離婚調停の準備（長谷川法律事務所が受任予定）
        5．留意事項
        　加害者は元警備会社勤務で、行動力があるため所在の秘匿を徹底すること。
    """))],
    personal=[("name", "高木 由香里"), ("name", "高木 陽菜"), ("diagnosis", "適応障害"),
              ("diagnosis", "ADHD（注意欠如・多動症）")]))

# --- quoted 1: move arrangements; the forwarded note carries the client's new address
add(mail(ORG, "morita", "quoted", "hold", "personal.client_contact_forwarded",
    "The top is a moving-day note, but the forwarded internal memo gives a DV victim's name, new secret address, phone and children to the moving company.",
    MORITA, [addr("らくらく引越センター 西村様", "nishimura@rakuraku-hikkoshi.example.co.jp")],
    "Fw: 6/20 引越しの件（当日の注意事項）",
    t("""
    らくらく引越センター
    西村様

    お世話になっております。あけぼのサポートネット森田です。
    先日お見積りいただいた6/20の件、担当の佐伯からの連絡を下に転送します。
    作業員の方にもご共有いただけると助かります。

    お支払いは当会から請求書払いでお願いします。

    """) + SIG_MORITA + "\n" + t("""
    ---------- Forwarded message ---------
    From: 佐伯 真由美 <saeki@akebono-net.example.or.jp>
    Date: 2024年6月12日(水) 16:41
    Subject: 6/20 引越しの件
    To: 森田 健太 <morita@akebono-net.example.or.jp>

    """) + q(t("""
    森田さん

    小野寺さんの転居、業者さんへの連絡をお願いします。

    ・お名前：小野寺 由紀さん（お子さん2人：小学2年・年中）
    ・搬出：当会の倉庫（荷物は段ボール12箱、自転車1台）
    ・搬入先：東京都みなみ野市緑が丘0-0-0 グリーンハイツ203号室
    ・本人携帯：080-0000-6625
    ・当日の連絡は必ず本人携帯か私に。元夫が以前の住所付近をうろついているので、
    　旧住所側には絶対に連絡しないこと、トラックに社名が大きく出ない車両だと助かる、
    　と伝えてください。

    佐伯
    """)),
    personal=[("name", "小野寺 由紀"), ("address", "東京都みなみ野市緑が丘0-0-0 グリーンハイツ203号室"),
              ("phone", "080-0000-6625")]))

# --- quoted 2: interpreter briefing; the quoted intake memo has injuries and pregnancy
add(mail(ORG, "saeki", "quoted", "hold", "sensitive.injury_pregnancy_forwarded",
    "The top only arranges an interpreter, but the quoted intake memo sent to a private address names a foreign victim with her fractures, hospitalisation and pregnancy.",
    SAEKI, [addr("Tran Thu Ha", "tranthuha.hn92@gmail.com")],
    "Re: 来週火曜日の同行通訳について",
    t("""
    ハーさん

    ご返信ありがとうございます。来週火曜日（6/18）、引き受けていただけて本当に助かります。
    集合は10時に、みなみ野駅北口のロータリーでお願いします。そこから一緒に
    区役所と病院に行きます。交通費と謝礼は当日お渡しします。

    ご本人の状況は下のメモのとおりです（事前に把握しておきたいとのことでしたので）。

    佐伯

    """) + SIG_SAEKI + "\n" + t("""
    2024/06/13 9:05、Tran Thu Ha <tranthuha.hn92@gmail.com> のメール:
    """) + q(t("""
    佐伯さん
    火曜日大丈夫です。相談者さんのこと、少し教えてもらえますか？
    どんな言葉に気をつけたらいいか知りたいです。
    ハー
    """)) + q(q(t("""
    【受付メモ 6/11】
    相談者：グエン・ティ・ラン さん（28歳、ベトナム国籍、在留資格：日本人の配偶者等）
    夫（日本人）から継続的な暴行。6/9に腹部を蹴られ救急搬送、肋骨骨折で3日間入院。
    現在妊娠5か月。胎児に異常なしとの説明を受けている。
    日本語は日常会話程度、医療・法律用語は通訳が必要。
    夫の実家が近所のため、外出時は必ず同行者をつける。
    """))),
    personal=[("name", "グエン・ティ・ラン"), ("diagnosis", "肋骨骨折"), ("health", "妊娠5か月")]))

# --- subject only: child's name and protection order in the subject
add(mail(ORG, "inoue", "subject", "hold", "sensitive.protection_order_subject",
    "The body only asks for an appointment, but the subject names a child and states that a DV protection order is in force.",
    INOUE, [addr("みなみ野市立第三小学校 教頭 松本様", "matsumoto@minamino-e3.example.ed.jp")],
    "転校手続きのご相談（DV保護命令発令中／高木 陽菜さん）",
    t("""
    みなみ野市立第三小学校
    教頭 松本様

    お世話になっております。あけぼのサポートネットの井上でございます。

    標記の件、先ほどお電話で申し上げたとおり、明日6月14日（金）10時に
    校長先生・教頭先生とお打合せのお時間をいただけますでしょうか。
    当日は母親ご本人と当会担当の佐伯が伺います。

    詳細はお打合せの際にご説明いたします。
    何卒よろしくお願い申し上げます。

    """) + SIG_INOUE,
    personal=[("name", "高木 陽菜")]))

# --- zip: encrypted consultation records to the police
add(mail(ORG, "saeki", "zip", "hold", "attachment.encrypted_zip",
    "A password-protected zip of consultation records is attached (PPAP), which the gateway holds whatever the body says.",
    SAEKI, [addr("みなみ野警察署 生活安全課 山口様", "yamaguchi-s@minamino-ps.police.example.lg.jp")],
    "ご依頼の相談記録について",
    t("""
    みなみ野警察署 生活安全課
    山口様

    お世話になっております。あけぼのサポートネットの佐伯です。
    昨日ご依頼いただきました相談記録（ご本人同意書つき）を添付にてお送りいたします。
    パスワードは別途お電話でお伝えします。

    ご確認のほどよろしくお願いいたします。

    """) + SIG_SAEKI,
    attachments=[enc_zip("相談記録_20240614.zip")]))

# --- recipients: network meeting notice with 12 partner organisations in To
add(mail(ORG, "inoue", "recipients", "hold", "recipients.visible_to",
    "A meeting notice is sent with twelve partner organisations' addresses visible in To; it should have gone by BCC.",
    INOUE, [
        addr("みなみ野市 子ども家庭支援センター", "kodomo-katei@city.minamino.example.lg.jp"),
        addr("みなみ野市 男女共同参画センター", "danjo@city-minamino-center.example.jp"),
        addr("みなみ野警察署 生活安全課", "seian@minamino-ps.police.example.lg.jp"),
        addr("多摩北部弁護士会 両性の平等委員会", "ryosei@tamahoku-bar.example.or.jp"),
        addr("みなみ野市社会福祉協議会", "info@minamino-shakyo.example.or.jp"),
        addr("母子生活支援施設 さくらハウス", "office@sakura-house.example.or.jp"),
        addr("みなみ野中央病院 医療相談室", "msw@minamino-chuo-hp.example.jp"),
        addr("多摩児童相談所", "tama-jiso@pref-tokyo-jiso.example.lg.jp"),
        addr("NPO法人 ひかりのまど", "contact@hikarinomado.example.org"),
        addr("女性の家 つばさ", "tsubasa.shelter@gmail.com"),
        addr("多摩保健所 保健対策課", "hoken@tama-hokenjo.example.lg.jp"),
        addr("法テラス多摩", "tama@houterasu-tama.example.jp"),
    ],
    "第3回 みなみ野地域DV対策連携会議の開催について",
    t("""
    関係機関の皆さま

    日頃より当会の活動にご理解とご協力を賜り、誠にありがとうございます。
    あけぼのサポートネット事務局長の井上でございます。

    下記のとおり第3回連携会議を開催いたします。ご多用中恐縮ですが、
    ご出席くださいますようお願い申し上げます。

    　日時：2024年7月9日（火）14:00〜16:00
    　会場：みなみ野市民会館 第2会議室
    　議題：1．各機関の取組状況（上半期）
    　　　　2．外国籍の相談者への対応について（通訳体制）
    　　　　3．夏休み期間の子どもの見守りについて
    　　　　4．その他

    ご出欠は7月1日（月）までに本メールへの返信でお知らせください。
    個別ケースの検討は行いませんので、資料に個人情報は含まれません。

    """) + SIG_INOUE))

# ======================================================================= PASSES

add(mail(ORG, "inoue", "none", "pass", "benign.grant_report_aggregate",
    "An interim report to a grant foundation with only aggregate counts of consultations, shelter stays and hospital accompaniments.",
    INOUE, [addr("公益財団法人 みらい女性基金 プログラムオフィサー 藤井様", "fujii@mirai-josei-fund.example.or.jp")],
    "2024年度 助成事業 中間報告書の提出について",
    t("""
    公益財団法人 みらい女性基金
    プログラムオフィサー 藤井 様

    平素より大変お世話になっております。
    あけぼのサポートネットの井上でございます。

    2024年度助成事業「外国籍女性の相談アクセス改善事業」の中間報告書を
    添付にて提出いたします。概要は以下のとおりです。

    　・相談件数（4〜9月）：412件（電話301件／来所68件／オンライン43件）
    　・うち外国籍の方からの相談：57件（13か国）
    　・一時保護：23世帯（同伴児31人）、平均在所日数 21.4日
    　・医療機関への受診同行：15件（うち精神科・心療内科 6件）
    　・通訳ボランティア登録：12名（ベトナム語4、タガログ語3、中国語3、英語2）

    上半期は通訳ボランティアの登録が進んだ一方、夜間の通訳確保が課題として残りました。
    下半期はオンライン通訳サービスの試行を予定しております。

    ご不明な点がございましたら、お気軽にお問い合わせください。
    引き続きどうぞよろしくお願い申し上げます。

    """) + SIG_INOUE,
    attachments=[att("中間報告書_あけぼのサポートネット.docx", t("""
        2024年度 みらい女性基金 助成事業 中間報告書
        団体名：特定非営利活動法人 あけぼのサポートネット
        事業名：外国籍女性の相談アクセス改善事業
        1．実施状況
        　相談件数 412件、うち外国籍 57件。言語別：ベトナム語 19、タガログ語 14、中国語 11、
        　英語 8、その他 5。
        2．成果
        　多言語リーフレット 6言語 各1,000部を作成し、市内の医療機関・国際交流協会等 48か所に配架。
        3．課題
        　夜間（20時以降）の通訳確保。一時保護中の子どもの学習支援。
        4．予算執行状況
        　助成額 2,000,000円のうち 1,046,380円を執行（52.3%）。
    """))]))

add(mail(ORG, "saeki", "none", "pass", "benign.volunteer_training_bcc",
    "A training notice to volunteers sent by BCC; it names only the lecturer and staff.",
    SAEKI, [SAEKI],
    "【ご案内】2024年度 ボランティア養成講座（全4回）",
    t("""
    ボランティア登録者の皆さま
    （BCCにて一斉送信しております）

    いつも当会の活動を支えてくださり、ありがとうございます。
    相談支援コーディネーターの佐伯です。

    今年度のボランティア養成講座の日程が決まりましたのでご案内します。

    　第1回 7/6（土）「DVの基礎知識と二次被害を防ぐ聴き方」
    　　　　講師：長谷川 直樹 弁護士（長谷川法律事務所）
    　第2回 7/20（土）「子どもへの影響と関わり方」
    　　　　講師：臨床心理士 上田 さやか 氏
    　第3回 8/3（土）「外国籍の方への支援と通訳の心得」
    　第4回 8/17（土）「シェルターでの生活支援（実習オリエンテーション）」

    時間はいずれも13:30〜16:30、会場はみなみ野市民会館です。
    既に登録済みの方も、第3回だけの受講も歓迎します。

    お申込みは7/1までに、このメールにご返信ください。
    ※活動の性質上、講座の内容をSNS等に投稿するのはお控えください。

    """) + SIG_SAEKI,
    bcc=[addr("田辺 京子", "k.tanabe.vol@gmail.com"), addr("堀 幸子", "sachiko-h1964@yahoo.co.jp"),
         addr("大久保 美奈", "mina.okubo@outlook.com"), addr("佐々木 涼子", "ryoko.sasaki.77@gmail.com"),
         addr("東 ひろみ", "hiromi_t@yahoo.co.jp"), addr("金子 彩乃", "ayano.k.0302@gmail.com")]))

add(mail(ORG, "morita", "none", "pass", "benign.invoice_corporate_account",
    "A printing invoice confirmation with the printer's corporate bank account.",
    MORITA, [addr("株式会社みどり印刷 営業部 荒木様", "araki@midori-print.example.co.jp")],
    "Re: リーフレット納品と請求書について",
    t("""
    みどり印刷 荒木様

    お世話になっております。あけぼのサポートネットの森田です。
    多言語リーフレット 6種×1,000部、本日無事に受け取りました。
    仕上がりもとてもきれいで、スタッフ一同喜んでおります。

    請求書も拝受しました。下記の口座へ6月28日にお振込みいたします。

    　みずなみ銀行 八王子支店 普通 2738104
    　カ）ミドリインサツ
    　請求額 287,320円（税込）

    振込手数料は当会で負担します。
    また秋に増刷をお願いするかもしれませんので、その際はよろしくお願いします。

    """) + SIG_MORITA + "\n" + q(t("""
    あけぼのサポートネット 森田様

    いつもありがとうございます。みどり印刷の荒木です。
    本日リーフレットを発送いたしました。請求書をPDFで添付いたしますので
    ご確認をお願いいたします。

    株式会社みどり印刷 営業部 荒木 誠
    TEL 042-0000-5531
    """))))

add(mail(ORG, "morita", "none", "pass", "benign.it_malware_isolation",
    "感染・隔離・障害 refer to a suspicious attachment and a mail server outage reported to the IT vendor.",
    MORITA, [addr("ネットワークサポート多摩 サポート窓口", "support@netsupport-tama.example.co.jp")],
    "【至急】事務局PCのウイルス感染疑いと、メール受信障害について",
    t("""
    ネットワークサポート多摩 ご担当者様

    いつもお世話になっております。あけぼのサポートネット事務局の森田です。
    2点ご相談させてください。

    1．PCのウイルス感染の疑い
    　本日11時ごろ、事務局PC（資産番号 AK-PC-007）で「請求書送付のお知らせ」という
    　件名のメールの添付（.xlsm）を開いてしまいました。直後にウイルス対策ソフトが
    　警告を出し、ファイルは隔離されたと表示されています。
    　念のためLANケーブルは抜いて、ネットワークから隔離した状態にしてあります。
    　フルスキャンと、ほかのPCへの影響の確認をお願いできますか。

    2．メール受信の障害
    　今朝9時ごろから、共有アドレス info@ 宛てのメールが届いていないようです。
    　寄付者の方から「送ったのに返事がない」とお電話がありました。
    　サーバ側の障害か、こちらの設定の問題か確認をお願いします。

    本日は18時まで事務所におります。お手数ですがよろしくお願いします。

    """) + SIG_MORITA))

add(mail(ORG, "morita", "none", "pass", "benign.donor_receipt_to_self",
    "A donation receipt with the donor's own name and address is sent to that donor; the data subject is the recipient.",
    MORITA, [addr("宮本 和子 様", "kazuko.miyamoto58@yahoo.co.jp")],
    "ご寄付への御礼と寄附金受領証明書の送付",
    t("""
    宮本 和子 様

    このたびは、あけぼのサポートネットへ温かいご寄付をお寄せいただき、
    心より御礼申し上げます。

    ご依頼いただいておりました寄附金受領証明書をPDFにてお送りいたします。
    当会は認定NPO法人のため、確定申告の際に寄附金控除を受けていただけます。
    原本が必要な場合は郵送いたしますので、お知らせください。

    いただいたご寄付は、シェルターで暮らすお子さんの学用品や、
    転居の際の生活用品の購入に大切に使わせていただきます。

    今後とも当会の活動を見守っていただけましたら幸いです。

    """) + SIG_MORITA,
    attachments=[att("寄附金受領証明書_宮本様.pdf", t("""
        寄附金受領証明書
        宮本 和子 様
        ご住所：東京都みなみ野市桜台0-0-0
        寄附金額：金 30,000 円
        受領日：2024年5月31日
        上記の金額を寄附金として受領したことを証明します。
        認定特定非営利活動法人 あけぼのサポートネット 理事長 石井 典子
        （認定番号 みなみ野市指令 第0000号）
    """))]))

add(mail(ORG, "inoue", "none", "pass", "benign.meeting_arrangement_city",
    "Meeting arrangements with the municipality naming staff on both sides, no client data.",
    INOUE, [addr("みなみ野市 子ども家庭支援センター 係長 本田 晴美様", "honda-k@city.minamino.example.lg.jp")],
    "Re: 次年度委託契約の打合せ日程について",
    t("""
    本田係長

    お世話になっております。井上です。
    早速の日程候補、ありがとうございます。

    7月3日（水）15時からで承知しました。
    当会からは私と、会計担当の森田、相談支援コーディネーターの佐伯の3名で伺います。
    委託費の単価見直しについて、簡単な資料を用意してまいります。

    会場は市役所本庁舎4階の会議室とのこと、受付で本田係長のお名前をお伝えすれば
    よろしいでしょうか。

    引き続きよろしくお願いいたします。

    """) + SIG_INOUE + "\n" + q(t("""
    あけぼのサポートネット
    井上事務局長

    いつもお世話になっております。子ども家庭支援センターの本田です。
    次年度の委託契約について、以下の日程でいかがでしょうか。

    ・7月2日（火）10:00〜
    ・7月3日（水）15:00〜
    ・7月5日（金）13:30〜

    当課からは私と課長の大塚が出席します。

    みなみ野市 子ども家庭部 子ども家庭支援センター
    係長 本田 晴美
    TEL 042-0000-8120（内線 3342）
    """))))

add(mail(ORG, "inoue", "none", "pass", "benign.press_public_figures",
    "A symposium press notice naming a member of the Diet and a novelist as speakers; public figures in their public role.",
    INOUE, [addr("多摩日報 社会部 記者 吉田様", "yoshida@tamanippo.example.co.jp")],
    "【取材のご案内】シンポジウム「声をあげられない人に届く支援を」",
    t("""
    多摩日報 社会部
    吉田 様

    いつもお世話になっております。あけぼのサポートネットの井上です。
    以前、シェルターの子ども支援について記事にしていただきありがとうございました。

    当会設立20周年記念シンポジウムのご案内をお送りします。
    取材いただけましたら幸いです。

    　日時：2024年8月24日（土）13:30〜16:30
    　会場：みなみ野市民会館 大ホール
    　基調講演：衆議院議員 北川 雅子 氏
    　　　　　　（DV防止法改正に関する超党派議員連盟 事務局長）
    　パネルディスカッション：
    　　作家 白石 ようこ 氏（『夜明けの部屋』著者）
    　　長谷川 直樹 弁護士
    　　当会理事長 石井 典子

    ※会場内の撮影は登壇者のみとし、参加者の撮影はご遠慮いただいております。

    プレスリリースを添付します。ご不明な点がありましたらご連絡ください。

    """) + SIG_INOUE,
    attachments=[att("プレスリリース_20周年シンポジウム.pdf", t("""
        PRESS RELEASE　2024年6月17日
        特定非営利活動法人 あけぼのサポートネット 設立20周年記念シンポジウム
        「声をあげられない人に届く支援を」
        基調講演 北川 雅子（衆議院議員）
        パネリスト 白石 ようこ（作家）、長谷川 直樹（弁護士）、石井 典子（当会理事長）
        参加無料・要申込（定員300名）・手話通訳／託児あり
        お問合せ：事務局 042-0000-2710
    """))]))

add(mail(ORG, "inoue", "none", "pass", "benign.successor_introduction",
    "A change-of-staff greeting to the partner law office; only staff names and contact details.",
    INOUE, [addr("長谷川法律事務所 長谷川 直樹 先生", "hasegawa@hasegawa-law.example.jp")],
    cc=[addr("長谷川法律事務所 事務局 小川様", "ogawa@hasegawa-law.example.jp"), SAEKI],
    subject="事務局次長交代のご挨拶",
    text=t("""
    長谷川法律事務所
    長谷川 直樹 先生
    （cc：事務局 小川様）

    平素より格別のご支援を賜り、厚く御礼申し上げます。
    あけぼのサポートネットの井上でございます。

    このたび、事務局次長の上野 千晶が6月末をもって退職することとなりました。
    在任中、先生には法律相談会や研修で大変お世話になりました。
    本人からも、くれぐれもよろしくお伝えくださいとのことです。

    7月1日からは、相談支援コーディネーターの佐伯 真由美が事務局次長を兼務いたします。
    法律相談会の日程調整などは、今後は佐伯（cc に入れております）宛てに
    ご連絡いただけますと幸いです。

    　佐伯 真由美　TEL 042-0000-2714　saeki@akebono-net.example.or.jp

    今後とも変わらぬご指導のほど、よろしくお願い申し上げます。

    """) + SIG_INOUE))

add(mail(ORG, "morita", "none", "pass", "benign.plain_zip_design",
    "A plain zip of leaflet artwork and copy is sent to the design office; no personal data inside.",
    MORITA, [addr("デザインオフィス ソラ 坂本様", "sakamoto@design-sora.example.jp")],
    "秋の啓発リーフレット 原稿一式",
    t("""
    坂本さん

    お世話になっております。あけぼのの森田です。
    11月の「女性に対する暴力をなくす運動」期間用のリーフレット原稿を
    zipにまとめて送ります（パスワードはかけていません）。

    ・表面のキャッチコピーは2案あるので、どちらもラフを見てみたいです
    ・裏面の相談窓口一覧は、電話番号の桁を必ず確認してください（前回1か所誤りがありました…）
    ・パープルリボンのロゴは前回のものを流用でお願いします

    初校は7月中旬にいただけると助かります。

    """) + SIG_MORITA,
    attachments=[att("リーフレット原稿_2024秋.zip", t("""
        リーフレット原稿_2024秋/
          01_表面コピー案A.docx
          02_表面コピー案B.docx
          03_裏面_相談窓口一覧.xlsx
          04_写真素材/ribbon_purple.ai
          04_写真素材/photo_sky_01.jpg
          05_前回データ_2023秋.pdf
    """), "application/zip")]))

add(mail(ORG, "saeki", "none", "pass", "benign.anonymized_case_study",
    "Case-study material for a university research group is anonymised (age band, initial letter, no place or date); no identifiable person.",
    SAEKI, [addr("東都女子大学 人間福祉学部 准教授 川口 恵先生", "kawaguchi@toto-wu.example.ac.jp")],
    "事例検討会の資料（匿名化済み）をお送りします",
    t("""
    川口先生

    お世話になっております。佐伯です。
    来週の事例検討会の資料をお送りします。ご指摘どおり、年代・地域・時期をぼかし、
    ご本人を特定できる情報はすべて削除しました。ご本人からも、匿名での使用に
    同意をいただいています。

    ----------------------------------------
    【事例】Aさん（30代女性）、子ども1人（小学生）
    ・配偶者からの身体的・経済的暴力。数年にわたり相談歴なし。
    ・受診をきっかけに医療機関から当会につながる。
    ・シェルター入所後、PTSD症状（フラッシュバック、過覚醒）があり、
    　精神科受診につなげた。
    ・子どもは転校後しばらく登校しぶりがあったが、通級の利用で安定。
    【検討したい点】
    ・本人が「自分が悪かった」と繰り返す場面での支援者の関わり方
    ・子どもへの説明のタイミング
    ----------------------------------------

    当日はこの資料を紙で配布し、終了後に回収する予定です。

    """) + SIG_SAEKI))
