"""Org E: アオバ信販株式会社 (credit card and consumer loan company), collections desk."""
from common import Writer, A, M, P, T, att, body, enc_zip, card, yamato_collision

ORG = "E"
DOM = "aoba-shinpan.example.co.jp"

NOGUCHI = Writer("noguchi", "野口 健", f"k.noguchi@{DOM}", """
==============================
アオバ信販株式会社
債権管理部 回収第二課
野口 健（のぐち けん）
TEL 022-0000-8841 FAX 022-0000-8849
==============================
""")

MIZUNO = Writer("mizuno", "水野 真理子", f"m.mizuno@{DOM}", """
水野 真理子
アオバ信販株式会社 債権管理部 主任（加盟店・チャージバック担当）
〒980-0000 青葉市本町2-4-1 アオバ信販ビル7F
Tel: 022-0000-8850
""")

ODAGIRI = Writer("odagiri", "小田切 誠", f"m.odagiri@{DOM}", """
―――――――――――――――――――――
アオバ信販株式会社 法務・コンプライアンス室
室長代理　小田切 誠
TEL 022-0000-8800（代表）
―――――――――――――――――――――
""")

SERVICER = A("ひかり債権回収 受託管理部 堤 様", "tsutsumi@hikari-servicer.example.co.jp")
LAW = A("桐生・真壁法律事務所 真壁 弁護士", "makabe@kiryu-makabe-law.example.jp")
MIDORI = A("ミドリデンキ 本部 経理部 カード担当 平田 様", "hirata@midori-denki.example.co.jp")


def mails():
    out = []

    # ------------------------------------------------------------ holds
    out.append(M(
        NOGUCHI, "hold", "personal.debtor_profile",
        "債務者個人の氏名・生年月日・住所・勤務先・電話・残高を本文に書いて債権回収会社へ送っているため。",
        "body",
        [SERVICER],
        "新規委託案件の補足（契約No. AC-2021-33907）",
        body(NOGUCHI, """
        ひかり債権回収株式会社
        受託管理部 堤 様

        いつもお世話になっております。アオバ信販の野口です。
        本日付で委託した案件のうち、1件だけ補足情報をお送りします。

        契約No.：AC-2021-33907（カードローン）
        債務者：杉浦 大輔 様（1983年6月21日生）
        住所：青葉市泉ヶ丘8-3-17 シャトー泉ヶ丘105
        勤務先：株式会社東北サンテック 仙南工場（製造ライン）
        携帯：090-0000-5362
        残高：1,284,500円（うち遅延損害金 62,310円）

        勤務先への架電は本人から強い拒否がありましたので、
        初回は携帯と書面でのご連絡をお願いします。
        """),
        personal=[P("name", "杉浦 大輔"), P("birth_date", "1983年6月21日"),
                  P("address", "青葉市泉ヶ丘8-3-17 シャトー泉ヶ丘105"),
                  P("workplace", "株式会社東北サンテック 仙南工場"), P("phone", "090-0000-5362"),
                  P("debt", "1,284,500円")],
    ))

    cno = card("454312345678901")
    out.append(M(
        MIZUNO, "hold", "id.card_number",
        "会員のカード番号（全桁）を本文に書いて加盟店へ送っているため。",
        "body",
        [MIDORI],
        "チャージバック調査のお願い（5/24 青葉本店ご利用分）",
        body(MIZUNO, """
        株式会社ミドリデンキ
        本部 経理部 平田 様

        いつもお世話になっております。アオバ信販 債権管理部の水野です。
        会員様から「身に覚えがない」との申し出があり、下記の売上について
        調査をお願いいたします。

        ・ご利用日：2025年5月24日 14:52
        ・ご利用店舗：青葉本店
        ・金額：218,900円（ノートPC）
        ・カード番号：{cno}
        ・会員名：ヨコヤマ アツシ 様

        売上票の控え（署名欄）と、防犯カメラ映像の保存可否について、
        6月27日までにご回答いただけますと幸いです。
        """.replace("{cno}", cno)),
        personal=[P("card_number", cno), P("name", "ヨコヤマ アツシ")],
    ))

    out.append(M(
        ODAGIRI, "hold", "sensitive.criminal_record",
        "会員個人の氏名と逮捕・起訴の事実（犯罪の経歴）を本文で社外の保証会社へ伝えているため。",
        "body",
        [A("青葉信用保証 審査部 岸 様", "kishi@aoba-hosho.example.co.jp")],
        "保証付ローン会員の期限の利益喪失について",
        body(ODAGIRI, """
        青葉信用保証株式会社
        審査部 岸 様

        いつもお世話になっております。アオバ信販 法務・コンプライアンス室の小田切です。

        貴社保証付のフリーローン会員 浅野 隆之 様（契約No. FL-2022-10558）について、
        ご家族からの連絡により、6月2日に詐欺の容疑で逮捕され、
        6月20日に起訴されたことが判明しました。
        現在、青葉拘置支所に勾留中とのことです。

        約定返済が2回遅延しているため、期限の利益喪失の手続きを進めます。
        代位弁済請求の時期について、ご相談させてください。
        """),
        personal=[P("name", "浅野 隆之"), P("criminal", "詐欺の容疑で逮捕"),
                  P("criminal", "起訴"), P("criminal", "青葉拘置支所に勾留中")],
    ))

    out.append(M(
        NOGUCHI, "hold", "list.delinquent_accounts",
        "添付CSVに延滞債務者多数の氏名・住所・電話・延滞額が並び、債権回収会社へ送っているため。",
        "attachment",
        [SERVICER],
        cc=[A("ひかり債権回収 受託管理部 共有", "jutaku@hikari-servicer.example.co.jp")],
        subject="7月度 委託債権データの送付",
        text=body(NOGUCHI, """
        堤様

        お世話になっております。野口です。
        7月度の委託債権データを添付いたします（計5件、総額 3,912,840円）。
        受領後、受託確認書のご返送をお願いします。

        前月分の回収実績報告もあわせてお待ちしております。
        """),
        attachments=[att("委託債権一覧_202507.csv", """
        契約No,氏名,生年月日,住所,電話,商品,延滞日数,請求額
        AC-2020-18842,今井 雅人,1979-02-14,青葉市若林町2-9-4,090-0000-3177,カードローン,184,842300
        AC-2021-24019,千葉 さおり,1990-11-03,名浜市増川5-12-1 メゾン増川202,080-0000-7720,ショッピング,122,311540
        AC-2019-09977,遠藤 勝,1966-08-28,青葉市長坂6-3-15,022-0000-4416,カードローン,365,1492000
        AC-2022-31205,Tran Thi Mai,1996-05-09,青葉市原ノ町1-4-8-301,070-0000-1983,ショッピング,95,204600
        AC-2021-33907,杉浦 大輔,1983-06-21,青葉市泉ヶ丘8-3-17 シャトー泉ヶ丘105,090-0000-5362,カードローン,210,1062400
        """)],
        personal=[P("name", "今井 雅人"), P("address", "青葉市若林町2-9-4"), P("phone", "090-0000-3177"),
                  P("name", "千葉 さおり"), P("name", "Tran Thi Mai"), P("debt", "1492000")],
    ))

    out.append(M(
        MIZUNO, "hold", "id.residence_card",
        "添付の調査依頼書に外国籍会員の在留カード番号・旅券番号・国籍があり、社外の調査会社へ送っているため。",
        "attachment",
        [A("リサーチワン 調査部 宮原 様", "miyahara@research-one.example.co.jp")],
        "所在調査のご依頼（1件）",
        body(MIZUNO, """
        株式会社リサーチワン
        調査部 宮原 様

        いつもお世話になっております。アオバ信販の水野です。
        郵便物が返戻となり連絡が取れない会員様について、所在調査をお願いいたします。
        詳細は添付の依頼書をご確認ください。

        ご報告期限は7月18日（金）でお願いできれば幸いです。
        """),
        attachments=[att("所在調査依頼書_20250620.pdf", """
        所在調査依頼書
        依頼日：2025年6月20日　依頼元：アオバ信販株式会社 債権管理部

        対象者氏名：NGUYEN VAN AN（グエン ヴァン アン）
        生年月日：1994年9月15日　国籍：ベトナム
        在留カード番号：UH48213597FA　在留資格：技能実習（在留期限 2025年3月31日）
        旅券番号：C7319842
        最終住所：青葉市岩瀬3-18-5 岩瀬コーポ1号室
        最終勤務先：有限会社みやぎ精工（退職済み）
        未払残高：486,720円

        備考：在留期限を経過しており、帰国した可能性あり。
        """)],
        personal=[P("name", "NGUYEN VAN AN"), P("residence_card", "UH48213597FA"),
                  P("passport", "C7319842"), P("nationality", "ベトナム"),
                  P("address", "青葉市岩瀬3-18-5 岩瀬コーポ1号室")],
    ))

    out.append(M(
        ODAGIRI, "hold", "sensitive.family_health",
        "転送部分に債務者の氏名と夫のうつ病入院・障害年金申請の情報があり、社外の弁護士へ転送しているため。",
        "quoted",
        [LAW],
        "Fw: 【交渉記録】村上様 入電内容（6/19）",
        body(ODAGIRI, """
        真壁先生

        いつもお世話になっております。アオバ信販の小田切です。
        先日ご相談した分割弁済の和解案の件、回収課の交渉記録を転送いたします。
        和解条件（月額・期間）についてご意見をいただけますと幸いです。
        """, """
        -----Original Message-----
        From: 野口 健 <k.noguchi@aoba-shinpan.example.co.jp>
        Sent: Thursday, June 19, 2025 5:48 PM
        To: 小田切 誠 <m.odagiri@aoba-shinpan.example.co.jp>
        Subject: 【交渉記録】村上様 入電内容（6/19）

        小田切さん

        本日15時、債務者 村上 恭子 様（契約No. AC-2020-20731）より入電。
        ・夫がうつ病で4月から休職し、現在 青葉こころの医療センター に入院中。
        ・障害年金を申請中で、決定まで収入は本人のパート収入（月9万円程度）のみ。
        ・月1万円での分割を希望。

        以上です。野口
        """),
        personal=[P("name", "村上 恭子"), P("health", "夫がうつ病で4月から休職"),
                  P("hospital", "青葉こころの医療センター"), P("welfare", "障害年金を申請中")],
    ))

    out.append(M(
        MIZUNO, "hold", "id.bank_account_direct_debit",
        "引用部分に会員個人の口座振替用の銀行口座番号と氏名・住所があり、外部のコールセンター委託先へ送っているため。",
        "quoted",
        [A("コールブリッジ 青葉センター SV 菅野 様", "kanno@callbridge.example.co.jp")],
        "Re: 口座振替への切替（会員様からのメール）",
        body(MIZUNO, """
        菅野様

        お世話になっております。アオバ信販の水野です。
        口座振替への切替案件を1件、下記のとおり引き継ぎます。
        口座振替依頼書の送付と、到着確認の架電をお願いいたします。
        """, """
        2025年6月16日(月) 22:05 本間 優子 <yuko.honma.77@gmail.com>:
        > アオバ信販 ご担当者様
        >
        > いつもお世話になっております。会員の本間です。
        > 毎月の振込を忘れてしまうので、口座振替に切り替えたいです。
        > 引落口座は下記でお願いします。
        >
        > 杜の都銀行 北町支店 普通 6630185 ホンマ ユウコ
        >
        > 本間 優子
        > 青葉市木町1-6-22
        > 080-0000-4958
        """),
        personal=[P("name", "本間 優子"), P("bank_account", "普通 6630185"),
                  P("account_holder", "ホンマ ユウコ"), P("address", "青葉市木町1-6-22"),
                  P("phone", "080-0000-4958")],
    ))

    out.append(M(
        NOGUCHI, "hold", "sensitive.welfare_subject",
        "件名に債務者の氏名と生活保護受給の事実（社会的身分・要配慮情報）が入り、社外の債権回収会社へ送っているため。",
        "subject",
        [SERVICER],
        "督促停止のお願い：大森 哲也様（生活保護受給開始）契約No. AC-2019-55812",
        body(NOGUCHI, """
        堤様

        いつもお世話になっております。野口です。

        件名の案件につき、本日以降の督促（架電・書面とも）を停止してください。
        受給証明書の写しは当社で受領・保管しております。
        今後の取扱い（債権の返還または償却）については、
        7月の定例会で別途ご相談させてください。
        """),
        personal=[P("name", "大森 哲也"), P("welfare", "生活保護受給開始")],
    ))

    out.append(M(
        ODAGIRI, "hold", "attachment.encrypted_zip",
        "パスワード付きZIP（PPAP）を社外の法律事務所へ送っているため。",
        "zip",
        [LAW],
        cc=[A("桐生・真壁法律事務所 事務局", "jimukyoku@kiryu-makabe-law.example.jp")],
        subject="支払督促申立て資料の送付（3件）",
        text=body(ODAGIRI, """
        真壁先生

        お世話になっております。アオバ信販の小田切です。
        先日ご依頼した支払督促申立て3件の資料（契約書写し、取引履歴、
        督促経過）をお送りいたします。

        ZIPファイルにはパスワードを設定しています。
        パスワードは追ってお送りいたします。
        """),
        attachments=[enc_zip("支払督促申立資料_20250624.zip")],
    ))

    many = [
        MIDORI,
        A("株式会社ホームセンターいずみ 経理課", "keiri@homecenter-izumi.example.co.jp"),
        A("青葉モータース 総務 斎藤 様", "saito@aoba-motors.example.co.jp"),
        A("ブティック ラ・ルーチェ 店長", "la.luce.boutique@gmail.com"),
        A("杜の都眼鏡店 佐々木 様", "sasaki@morinomiyako-megane.example.jp"),
        A("有限会社 仙台堀家具 堀 様", "hori@sendaibori-kagu.example.co.jp"),
        A("カメラのタカハシ 高橋 様", "takahashi.camera@yahoo.co.jp"),
        A("北杜スポーツ 経理", "keiri@hokuto-sports.example.jp"),
        A("ビューティーサロン ミュウ オーナー", "salon.myu.owner@outlook.com"),
        A("青葉ピアノ教室 事務局", "aoba.piano@gmail.com"),
        A("株式会社エムケー自動車 経理部", "keiri@mk-jidosha.example.co.jp"),
        A("学習塾 ステップワン 本部", "honbu@stepone-juku.example.jp"),
    ]
    out.append(M(
        MIZUNO, "hold", "recipients.merchants_visible",
        "12の異なる加盟店（個人事業主の私用アドレスを含む）がToに見える状態で送られているため（BCCにすべき）。",
        "recipients",
        many,
        "【重要】決済端末ソフトウェア更新のお知らせ（7月15日）",
        body(MIZUNO, """
        加盟店各位

        平素よりアオバ信販のカード決済をご利用いただき、誠にありがとうございます。

        セキュリティ強化のため、7月15日（火）2:00〜5:00に決済端末のソフトウェアを
        遠隔で更新いたします。更新中は端末が使用できません。

        ・対象：AOBA-T300 / T310 型端末
        ・更新後は端末の再起動が必要です（電源ボタン長押し）
        ・手順書：https://merchant.aoba-shinpan.example.co.jp/update/2507

        ご不明な点は加盟店サポートデスク（022-0000-8860）までお問い合わせください。
        """),
    ))

    # ------------------------------------------------------------ passes
    out.append(M(
        MIZUNO, "pass", "benign.masked_card_to_customer",
        "会員本人への回答で、カード番号は下4桁以外マスクされている。",
        "none",
        [A("藤原 隼人", "hayato.fujiwara.0701@gmail.com")],
        "ご利用明細についてのお問い合わせ（ご回答）",
        body(MIZUNO, """
        藤原 隼人 様

        このたびはアオバ信販カードをご利用いただき、誠にありがとうございます。
        債権管理部の水野でございます。

        お問い合わせいただいた、カード番号 **** **** **** 5523 の
        6月10日「AOBA*DIGITAL SVC」2,980円のご利用は、
        4月にお申し込みいただいた動画配信サービスの月額料金でございました。

        ご解約をご希望の場合は、サービス提供会社へ直接お手続きください。
        ご不明な点がございましたら、お気軽にお問い合わせください。
        """),
    ))

    out.append(M(
        ODAGIRI, "pass", "benign.corporate_account_change",
        "当社（法人）の入金口座変更の案内で、個人の口座ではない。",
        "none",
        [A("株式会社ホームセンターいずみ 経理課", "keiri@homecenter-izumi.example.co.jp")],
        "弊社入金口座変更のお知らせ",
        body(ODAGIRI, """
        株式会社ホームセンターいずみ
        経理課 御中

        平素は格別のお引き立てを賜り、厚く御礼申し上げます。
        アオバ信販の小田切でございます。

        9月1日より、加盟店手数料等のお振込先口座を下記に変更いたします。

        【新】杜の都銀行 本店営業部 当座 0045678 アオバシンパン（カ
        【旧】青葉中央銀行 本店 当座 0012345 アオバシンパン（カ

        8月末までは旧口座へのお振込みも受け付けております。
        正式なご通知は書面にて郵送いたします。
        """),
    ))

    out.append(M(
        NOGUCHI, "pass", "benign.aggregate_collection_stats",
        "回収率などの集計値のみで、個々の債務者は特定されない。",
        "none",
        [A("アオバフィナンシャルグループ 経営企画部 与田 様", "yoda@aoba-fg.example.co.jp")],
        "5月度 回収実績（債権管理部）",
        body(NOGUCHI, """
        与田様

        お世話になっております。債権管理部の野口です。
        5月度の回収実績をご報告します。

        ・初期延滞（1〜30日）回収率：92.4%（前月比 +0.8pt）
        ・中期延滞（31〜90日）回収率：61.7%
        ・サービサー委託件数：48件（委託総額 5,820万円）
        ・貸倒償却：12件（1,470万円）
        ・生活困窮を理由とする返済条件変更：23件

        詳細はグループ共有フォルダの月次資料に格納しています。
        """),
    ))

    out.append(M(
        MIZUNO, "pass", "benign.approval_numbers",
        "承認番号・端末番号・伝票番号は取引の識別子で、個人の番号ではない。",
        "none",
        [MIDORI],
        "Re: 売上票の照合結果（6月第2週）",
        body(MIZUNO, """
        平田様

        お世話になっております。水野です。
        6月第2週の売上票について照合が完了しました。

        ・照合件数：1,842件、差異：2件
        ・差異1：伝票番号 0612-0087、承認番号 482913、端末番号 T300-114-0921
          → 二重売上のため 1件取消済み
        ・差異2：伝票番号 0614-0231、承認番号 771045、端末番号 T310-202-1187
          → 金額相違（12,800円→1,280円）、訂正売上で対応

        差異の処理結果は7月の入金明細に反映されます。
        """),
    ))

    out.append(M(
        NOGUCHI, "pass", "benign.company_names_with_surnames",
        "「田中」「佐藤」を含むのは会社名で、打合せ調整の業務連絡のみ。",
        "none",
        [A("株式会社田中サービサー 営業部 小松 様", "komatsu@tanaka-servicer.example.co.jp")],
        cc=[A("佐藤興産株式会社 管理部", "kanri@sato-kosan.example.co.jp")],
        subject="債権譲渡スキーム検討会の日程について",
        text=body(NOGUCHI, """
        株式会社田中サービサー 小松様
        佐藤興産株式会社 管理部 ご担当者様

        お世話になっております。アオバ信販の野口です。
        先日ご提案いただいた償却済債権の譲渡スキームについて、
        三社での検討会を以下の候補日で開催したいと考えております。

        ・7月8日（火）14:00〜
        ・7月10日（木）10:00〜
        ・7月11日（金）15:00〜

        会場は当社本町ビル7階の会議室を予定しております。
        ご都合のよい日時をお知らせください。
        """),
    ))

    out.append(M(
        ODAGIRI, "pass", "benign.malware_isolation",
        "「感染」「隔離」「障害」はPCのマルウェアとシステム障害の話で、個人の健康情報ではない。",
        "none",
        [A("セキュアゲート株式会社 インシデント対応チーム", "ir@securegate.example.com")],
        "【インシデント】債権管理部PC1台のマルウェア感染疑い",
        body(ODAGIRI, """
        セキュアゲート株式会社
        インシデント対応チーム ご担当者様

        アオバ信販 法務・コンプライアンス室の小田切です。
        本日10:12、EDRにて債権管理部のPC（ホスト名 AOBA-CL-0217）で
        Emotet系マルウェアの感染疑いのアラートが発報しました。

        ・10:20 当該PCをネットワークから隔離済み
        ・同時刻、社内ファイルサーバに一時的な接続障害あり（10:30復旧）
        ・不審メールの添付ファイルのハッシュ（SHA-256）：
          3b7e1f9c0a4d2e8b6f5c1a9d7e3b2c4f8a0e6d1b9c7f3a5e2d8b4c6a0f1e9d7c

        フォレンジック調査と、外部への情報流出の有無の確認をお願いいたします。
        """),
    ))

    out.append(M(
        ODAGIRI, "pass", "benign.english_network_rules",
        "An English question to a card network about dispute rules; the card is shown only as a masked BIN/last four.",
        "none",
        [A("GlobalPay Network Dispute Services", "disputes-apac@globalpay-network.example.com")],
        "Question on chargeback time limits for card-not-present transactions",
        body(ODAGIRI, """
        Dear Dispute Services team,

        We are an issuer in Japan (member ID JP-0417). We would like to confirm
        the time limit for raising a chargeback under reason code 10.4
        (other fraud, card-absent environment) when the cardholder's first
        notice to us arrives 125 days after the transaction date.

        Example case (masked): PAN 454312******9012, transaction date 14 Feb 2025,
        merchant located in Singapore, amount USD 1,240.00.

        Could you let us know whether the 120-day limit counts from the transaction
        date or from the processing date in this case?

        Kind regards,
        Makoto Odagiri
        Legal & Compliance, Aoba Shinpan Co., Ltd.
        """),
    ))

    out.append(M(
        ODAGIRI, "pass", "benign.employment_verification_consent",
        "本人の同意書を得た最小限の在籍確認（在籍期間と職位のみ）で、他の個人情報を含まない。",
        "none",
        [A("みちのく住宅ローンサービス 審査課 佐久間 様", "sakuma@michinoku-hl.example.co.jp")],
        "在籍確認のご照会への回答",
        body(ODAGIRI, """
        みちのく住宅ローンサービス株式会社
        審査課 佐久間 様

        お世話になっております。アオバ信販 法務・コンプライアンス室の小田切です。
        6月18日付でご照会のあった当社元従業員の在籍確認について、
        ご本人の同意書（写し）を受領しましたので、以下のとおり回答いたします。

        ・氏名：片桐 亮太 様
        ・在籍期間：2016年4月1日〜2024年3月31日
        ・最終職位：債権管理部 主任

        上記以外の事項（給与、退職理由等）についてはお答えいたしかねます。
        ご了承ください。
        """),
    ))

    out.append(M(
        ODAGIRI, "pass", "benign.seminar_lecturer",
        "弁護士への講師依頼で、講師は公に活動する専門家、個人情報は業務上の連絡先のみ。",
        "none",
        [LAW],
        "社内研修の講師ご依頼（改正割賦販売法とカード不正利用対策）",
        body(ODAGIRI, """
        真壁先生

        いつもお世話になっております。アオバ信販の小田切です。
        今年度の社内コンプライアンス研修の講師を、ぜひ先生にお願いしたく
        ご連絡いたしました。

        ・テーマ：改正割賦販売法とカード不正利用対策の実務
        ・日時：9月17日（水）15:00〜16:30（候補）
        ・対象：債権管理部・加盟店管理部の社員 約80名（本社会議室＋オンライン）
        ・謝礼：所定の講師料をお支払いいたします（顧問契約とは別）

        先生が昨年の日本クレジット法務研究会でご講演された内容を
        ベースにしていただければ幸いです。
        ご都合をお聞かせいただけますでしょうか。
        """),
    ))

    trk = yamato_collision(38561924472)
    out.append(M(
        NOGUCHI, "pass", "benign.tracking_number_documents",
        "12桁の数字はヤマト運輸の伝票番号で、マイナンバーではない。",
        "none",
        [A("桐生・真壁法律事務所 事務局", "jimukyoku@kiryu-makabe-law.example.jp")],
        "原本書類の発送のご連絡",
        body(NOGUCHI, """
        桐生・真壁法律事務所 事務局 御中

        お世話になっております。アオバ信販 債権管理部の野口です。
        真壁先生からご依頼のあった契約書原本一式（3件分）を、
        本日ヤマト運輸の宅急便（タイムサービス）で発送いたしました。

        伝票番号：{trk}
        お届け予定：6月26日（木）午前10時まで

        お受け取り後、受領書に押印のうえご返送いただけますと幸いです。
        """.replace("{trk}", trk)),
    ))

    return out
