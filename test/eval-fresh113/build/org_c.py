"""Org C: しらかば整形外科リハビリクリニック (orthopaedic clinic with rehabilitation)."""
from common import (M, addr, t, reply_jp, reply_gmail_en, outlook_orig, fwd_gmail, fwd_jp,
                    csv_text, sheet_text)

ORG = "shirakaba_ortho"
DOM = "shirakaba-ortho.example.jp"

OKUDERA = addr("奥寺 俊介", f"okudera@{DOM}")
KOMATSU = addr("しらかば整形 事務長 小松", f"komatsu@{DOM}")
HORI = addr("堀 拓海", f"hori-pt@{DOM}")

SIG_OKUDERA = t("""
    --
    しらかば整形外科リハビリクリニック
    院長　奥寺 俊介（日本整形外科学会 専門医）
    TEL 045-0000-2270
""")

SIG_KOMATSU = t("""
    ■□■□■□■□■□■□■□■□■□■□■□■□
    医療法人社団 翠嶺会
    しらかば整形外科リハビリクリニック
    事務長　小松 亜希子
    〒227-0000 横浜市青葉区しらかば台2-5-1
    TEL 045-0000-2270 ／ FAX 045-0000-2271
    ■□■□■□■□■□■□■□■□■□■□■□■□
""")

SIG_HORI = t("""
    しらかば整形外科リハビリクリニック
    リハビリテーション科　理学療法士　堀 拓海
    045-0000-2270（リハ室 内線22）
""")


def mails():
    out = []
    W1, W2, W3 = "okudera", "komatsu", "hori"

    # ------------------------------------------------------------ holds
    # H1 body: patient's knee surgery details to a private gym trainer
    out.append(M(
        org=ORG, writer=W3, loc="body", expect="hold",
        kind="sensitive.patient_rehab_to_gym",
        why="患者の氏名・年齢と靭帯断裂・手術内容などの診療情報を医療機関ではない民間ジムへ送っているため。",
        **{"from": HORI},
        to=[addr("西岡 翼（FITLAB たまプラーザ）", "nishioka@fitlab-tama.example.jp")],
        subject="競技復帰トレーニングの件（7月から）",
        text=t("""
            FITLAB たまプラーザ
            西岡さん

            こんにちは！しらかば整形の堀です。
            先日お電話で話した、競技復帰に向けたトレーニングの件です。
            本人と親御さんからは、ジムと内容を共有してOKと言ってもらってます。

            名前：杉浦 瑛太くん（17歳、青葉台高校サッカー部）
            診断：右膝 前十字靭帯（ACL）断裂 → 2025/2/18 再建術（STG法）
            　　　内側半月板の部分切除もあり
            現在：術後4か月
            　- ROM：屈曲 140°／伸展 0°
            　- 膝伸展筋力 健患比 72%（60deg/s）
            　- ジョギングは開始済み、カッティング動作はまだNG
            　- 深いスクワットは当面 90°まで

            ジムでお願いしたいのは、
            ① 体幹・臀筋群の強化
            ② 両脚→片脚のジャンプ着地練習（knee-in しないように）
            の2つです。
            次回の評価が7/10なので、その結果もまた共有しますね。

            よろしくお願いします！

        """) + "\n\n" + SIG_HORI,
        personal=[
            {"type": "name", "value": "杉浦 瑛太"},
            {"type": "diagnosis", "value": "右膝 前十字靭帯（ACL）断裂"},
            {"type": "treatment", "value": "再建術（STG法）"},
            {"type": "treatment", "value": "内側半月板の部分切除"},
        ],
    ))

    # H2 body: workers' compensation diagnosis to the employer
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="sensitive.workers_comp_diagnosis_to_employer",
        why="労災の手続きとはいえ、従業員の傷病名・既往症・就労不可の見込みを勤務先企業へ送っているため。",
        **{"from": KOMATSU},
        to=[addr("矢野 恵美（湾岸ロジスティクス 総務部）", "yano-e@wangan-logi.example.co.jp")],
        subject="労災（休業補償）請求書類について",
        text=t("""
            株式会社湾岸ロジスティクス
            総務部 労務ご担当　矢野 様

            いつもお世話になっております。
            しらかば整形外科リハビリクリニック 事務長の小松でございます。

            先日お問い合わせいただきました、貴社従業員 宇野 俊彦 様の労災の件につき、
            院長に確認のうえ、下記のとおりご回答申し上げます。

            　傷病名　　：第1腰椎圧迫骨折
            　受傷日　　：2025年5月20日（倉庫内でフォークリフトの荷台から転落と伺っています）
            　療養見込み：約3か月。当面は就労不可で、7月末に再評価の予定です。
            　その他　　：糖尿病の治療中のため、骨癒合に通常より時間を要する可能性があります。

            休業補償給付支給請求書（様式第8号）の診療担当者の証明欄は記入済みで、
            本日、簡易書留で貴社宛てに発送いたしました。
            ご不明点がございましたら、お気軽にお問い合わせください。

        """) + "\n\n" + SIG_KOMATSU,
        personal=[
            {"type": "name", "value": "宇野 俊彦"},
            {"type": "diagnosis", "value": "第1腰椎圧迫骨折"},
            {"type": "medical_condition", "value": "糖尿病の治療中"},
            {"type": "work_status", "value": "当面は就労不可"},
        ],
    ))

    # H3 body: traffic-accident patient's diagnosis and insurance card numbers to an insurer
    out.append(M(
        org=ORG, writer=W2, loc="body", expect="hold",
        kind="sensitive.accident_patient_to_insurer",
        why="交通事故患者の傷病名・通院日数と健康保険証の記号番号を外部の損害保険会社へ送っているため。",
        **{"from": KOMATSU},
        to=[addr("山内 博之（あおぞら損保 横浜SC）", "yamauchi-h@aozora-sonpo.example.co.jp")],
        subject="【事故受付番号 YK-250403-118】通院状況のご報告",
        text=t("""
            あおぞら損害保険株式会社
            横浜サービスセンター　山内 様

            いつもお世話になっております。しらかば整形外科の小松です。
            標記の件、6月末時点の通院状況をご報告いたします。

            　患者様　　　：佐野 由香里 様（1988年7月2日生）
            　傷病名　　　：頸椎捻挫、腰椎捻挫
            　初診日　　　：2025年4月3日
            　通院実日数　：27日（うちリハビリ 24日）
            　症状　　　　：頸部痛・右上肢のしびれは軽減傾向。天候により増悪あり。

            なお、7月以降は患者様のご希望により健康保険（第三者行為）に切り替える予定です。
            　保険者番号：06139021
            　被保険者証 記号：32041　番号：118

            6月分の診療報酬明細書は、7月10日頃に郵送いたします。

        """) + "\n\n" + SIG_KOMATSU,
        personal=[
            {"type": "name", "value": "佐野 由香里"},
            {"type": "birth_date", "value": "1988年7月2日"},
            {"type": "diagnosis", "value": "頸椎捻挫、腰椎捻挫"},
            {"type": "health_insurance_number", "value": "記号：32041　番号：118"},
        ],
    ))

    # H4 attachment: transport roster with addresses and mobility/conditions
    roster = sheet_text([
        ["送迎時間", "氏名", "住所", "電話", "移動", "備考"],
        ["8:40", "高井 ミツ子", "青葉区すすき野1-5-12", "045-0000-8812", "杖", "難聴 大きな声で"],
        ["8:50", "森田 勝", "青葉区たちばな台2-14-3", "090-0000-3318", "車椅子", "脳梗塞後 左片麻痺"],
        ["9:10", "岩本 フサエ", "青葉区しらとり台41-7", "045-0000-2093", "歩行器", "認知症あり 家族に声かけ"],
        ["9:20", "大橋 正", "緑区長津田3-8-20", "080-0000-7741", "独歩", "人工膝（両側）"],
        ["13:30", "吉村 トシ", "青葉区恩田町1120-4", "045-0000-6620", "車椅子", "透析日(月水金)は休み"],
        ["13:45", "篠田 喜一", "青葉区奈良町2580-19", "090-0000-4490", "杖", ""],
    ])
    out.append(M(
        org=ORG, writer=W3, loc="attachment", expect="hold",
        kind="list.rehab_transport_roster",
        why="通所リハ利用者6名の氏名・住所・電話に麻痺や認知症、透析などの情報を付けた一覧を外部のタクシー会社へ添付しているため。",
        **{"from": HORI},
        to=[addr("さくら介護タクシー 配車係", "haisha@sakura-kaigo-taxi.example.jp")],
        subject="7月の送迎リスト（更新版）",
        text=t("""
            さくら介護タクシー 配車係さま

            いつもありがとうございます。しらかば整形リハ室の堀です。
            7月1日からの送迎リストを更新したので送ります。
            ・8:50の方が車椅子になりました（リフト車でお願いします）
            ・13:30の方は月水金は来ません

            変更はこれで全部です。よろしくお願いします！

        """) + "\n\n" + SIG_HORI,
        attachments=[{"filename": "sougei_list_202507.txt", "contentType": "text/plain",
                      "text": roster}],
        personal=[
            {"type": "name", "value": "森田 勝"},
            {"type": "address", "value": "青葉区たちばな台2-14-3"},
            {"type": "medical_condition", "value": "脳梗塞後 左片麻痺"},
            {"type": "name", "value": "岩本 フサエ"},
            {"type": "medical_condition", "value": "認知症あり"},
            {"type": "name", "value": "吉村 トシ"},
            {"type": "treatment", "value": "透析日(月水金)"},
        ],
    ))

    # H5 attachment: referral letter to a university hospital
    referral = t("""
        診療情報提供書

        城南大学病院 脊椎脊髄外科
        藤原 先生 御侍史

        2025年6月12日
        しらかば整形外科リハビリクリニック　院長 奥寺 俊介

        患者氏名：遠藤 修（えんどう おさむ）　男
        生年月日：1956年11月2日（68歳）
        住所：横浜市青葉区荏田北1-9-25
        電話：045-0000-7356

        傷病名：腰部脊柱管狭窄症（L3/4, L4/5）、L4変性すべり症
        紹介目的：手術適応のご判断をお願いいたします。

        既往歴：2型糖尿病（HbA1c 7.4%）、高血圧症
        内服：メトホルミン 500mg 2T、アムロジピン 5mg 1T、リマプロスト 5μg 3T

        経過：
        2024年秋より両下肢のしびれと間欠跛行（約100m）が出現。保存療法（内服、ブロック3回、
        リハビリ）を6か月行いましたが改善乏しく、最近は50mで休息が必要です。
        MRIでL4/5に高度の狭窄を認めます。膀胱直腸障害はありません。
        ご本人は手術について前向きです。

        画像CD-R 1枚をご本人に持参いただきます。ご高診のほどよろしくお願い申し上げます。
    """) + "\n"
    out.append(M(
        org=ORG, writer=W1, loc="attachment", expect="hold",
        kind="sensitive.referral_letter_attachment",
        why="患者の氏名・生年月日・住所と傷病名・既往歴・内服薬を記した診療情報提供書を外部へ添付しているため。",
        **{"from": OKUDERA},
        to=[addr("城南大学病院 地域医療連携室", "renkei@jonan-univ-hosp.example.ac.jp")],
        subject="患者ご紹介（脊椎脊髄外科 藤原先生）",
        text=t("""
            城南大学病院 地域医療連携室 御中

            いつもお世話になっております。しらかば整形の奥寺です。
            脊椎脊髄外科の藤原先生に患者さん1名のご紹介をお願いしたく、提供書を添付します。
            初診のご予約が取れましたら、当院の事務までご連絡ください。

            よろしくお願いいたします。

        """) + "\n\n" + SIG_OKUDERA,
        attachments=[{"filename": "shokaijo_20250612.txt", "contentType": "text/plain",
                      "text": referral}],
        personal=[
            {"type": "name", "value": "遠藤 修"},
            {"type": "birth_date", "value": "1956年11月2日"},
            {"type": "address", "value": "横浜市青葉区荏田北1-9-25"},
            {"type": "diagnosis", "value": "腰部脊柱管狭窄症（L3/4, L4/5）"},
            {"type": "medical_condition", "value": "2型糖尿病（HbA1c 7.4%）"},
        ],
    ))

    # H6 quoted: family's mail (dementia, address, key box code) forwarded to home nursing
    family = t("""
        しらかば整形外科 リハビリご担当 堀様

        いつも母がお世話になっております。高橋キヨの娘の、松下 千恵です。
        来週から訪問リハビリに切り替えていただけると聞き、安心しました。
        ご訪問の際のお願いをまとめました。

        ・母 高橋 キヨ（84歳）は、昨年アルツハイマー型認知症と診断され、要介護2です。
        　右大腿骨頸部骨折の手術後から、物忘れが進んでいます。
        ・住所は 横浜市青葉区美しが丘西3-21-8 です。
        ・日中は母ひとりなので、玄関脇のガスメーターボックス内のキーボックス（暗証番号 0428）から
        　鍵を出して入ってください。
        ・私の携帯は 090-0000-8836 です。平日日中はつながりにくいです。

        よろしくお願いいたします。
    """)
    out.append(M(
        org=ORG, writer=W3, loc="quoted", expect="hold",
        kind="sensitive.family_mail_dementia_forward",
        why="転送部分に患者の認知症の診断・要介護度・住所・キーボックスの暗証番号があり、それを外部の訪問看護事業所へ送っているため。",
        **{"from": HORI},
        to=[addr("宮本 奈緒（あおばの森訪問看護ステーション）", "miyamoto@aobanomori-vn.example.jp")],
        subject="Fwd: 訪問リハビリについてのお願い",
        text=t("""
            あおばの森訪問看護ステーション
            宮本さん

            堀です、いつもありがとうございます。
            来週からの訪問リハの方について、ご家族からメールをいただいたので転送します。
            鍵の件なども書いてあるので、初回訪問の時に一緒に確認してもらえると助かります。

            初回は 7/7(月) 14:00 で調整済みです。

        """) + "\n\n" + SIG_HORI + "\n\n" + fwd_gmail(
            "松下 千恵 <chie.matsushita@outlook.com>", "2025年6月29日(日) 20:15",
            "訪問リハビリについてのお願い", f"堀 拓海 <hori-pt@{DOM}>", family),
        personal=[
            {"type": "name", "value": "高橋 キヨ"},
            {"type": "diagnosis", "value": "アルツハイマー型認知症"},
            {"type": "care_level", "value": "要介護2"},
            {"type": "address", "value": "横浜市青葉区美しが丘西3-21-8"},
            {"type": "access_code", "value": "暗証番号 0428"},
        ],
    ))

    # H7 quoted: reply to a family member with an internal note naming another patient's COVID
    internal = t("""
        小松事務長

        看護師長の福田です。
        本日、外来リハの 金子 和夫 様（72歳）が、かかりつけ医のPCRで新型コロナ陽性と連絡がありました。
        5/28(水) 10:00～11:00 にリハ室を利用されています。
        同じ時間帯の利用者は、小倉 スミ 様ほか3名です。
        保健所の指示で、同時間帯の方のご家族には院内で連絡をお願いします。
    """)
    family_q = t("""
        しらかば整形外科 御中

        小倉スミの息子です。
        母が「クリニックで濃厚接触者になったかもしれない」と言っているのですが、
        どういうことでしょうか。母は持病があるので心配しています。

        小倉 浩
    """)
    out.append(M(
        org=ORG, writer=W2, loc="quoted", expect="hold",
        kind="sensitive.third_party_infection_to_family",
        why="家族への返信の下に残った院内連絡で、別の患者の氏名と新型コロナ陽性が第三者に伝わるため。",
        **{"from": KOMATSU},
        to=[addr("小倉 浩", "hiroshi.ogura.1968@outlook.com")],
        subject="Re: 母の件で問い合わせです",
        text=t("""
            小倉 浩 様

            お問い合わせいただき、ありがとうございます。
            しらかば整形外科リハビリクリニック 事務長の小松でございます。

            ご心配をおかけしており、大変申し訳ございません。
            5月28日に、お母様と同じ時間帯にリハビリ室を利用された方が新型コロナウイルス陽性と判明し、
            保健所の指示により、同じ時間帯にご利用の皆様へご連絡しております。
            院内で確認した内容を下記に記載いたします。

            現時点でお母様に症状がなければ、通常どおりお過ごしいただいて差し支えありません。
            発熱や咳などの症状が出た場合は、かかりつけ医にご相談ください。
            次回のリハビリは、念のため6月6日以降で再調整させていただけますと幸いです。

        """) + "\n\n" + SIG_KOMATSU + "\n\n" + outlook_orig(
            f"福田 看護師長 <fukuda-ns@{DOM}>", "2025年5月30日 16:02",
            f"小松 亜希子 <komatsu@{DOM}>", "【至急】外来リハ 陽性者の件", internal
        ) + "\n\n" + outlook_orig(
            "小倉 浩 <hiroshi.ogura.1968@outlook.com>", "2025年5月30日 12:48",
            f"しらかば整形外科 <info@{DOM}>", "母の件で問い合わせです", family_q),
        personal=[
            {"type": "name", "value": "金子 和夫"},
            {"type": "infection", "value": "新型コロナ陽性"},
            {"type": "age", "value": "72歳"},
        ],
    ))

    # H8 subject: patient's name and MRI diagnosis in the subject line
    out.append(M(
        org=ORG, writer=W1, loc="subject", expect="hold",
        kind="sensitive.diagnosis_in_subject",
        why="件名に患者の氏名・年齢と椎間板ヘルニアの所見が書かれて外部の病院へ送られているため。",
        **{"from": OKUDERA},
        to=[addr("岸本 先生（湘北総合病院 脊椎センター）", "kishimoto-spine@shohoku-gh.example.or.jp")],
        subject="山岸 正人 様（52歳）MRI所見 L4/5 腰椎椎間板ヘルニア 手術適応のご相談",
        text=t("""
            岸本先生

            お世話になります。奥寺です。
            件名の方、先ほどお電話でご相談した患者さんです。
            画像はCDで本日郵送しました。

            外来の空きを教えていただければ、こちらから患者さんに連絡します。
            よろしくお願いします。

            奥寺

        """) + "\n\n" + SIG_OKUDERA,
        personal=[
            {"type": "name", "value": "山岸 正人"},
            {"type": "diagnosis", "value": "L4/5 腰椎椎間板ヘルニア"},
        ],
    ))

    # H9 zip: plain zip with patient master export to a device vendor
    master = csv_text([
        ["PatientID", "氏名", "生年月日", "性別", "診断名", "最終測定日"],
        ["SK-00318", "青山 俊夫", "1949-03-21", "M", "右変形性膝関節症(TKA後)", "2025-06-11"],
        ["SK-00412", "内田 礼子", "1958-09-04", "F", "左大腿骨転子部骨折術後", "2025-06-13"],
        ["SK-00577", "千葉 康平", "1987-12-15", "M", "右アキレス腱断裂術後", "2025-06-16"],
        ["SK-00602", "野村 和枝", "1944-05-30", "F", "パーキンソン病 / 腰部脊柱管狭窄症", "2025-06-17"],
        ["SK-00631", "松尾 隼人", "2008-07-08", "M", "左足関節外側靭帯損傷", "2025-06-18"],
    ])
    readme = t("""
        gait_export_20250618
        - patient_master.csv : 患者マスタ（ID/氏名/生年月日/診断名）
        - trials/ : 測定データ（*.c3d）は容量超過のため別途ギガファイル便で送付
        exported by WalkSense Desktop v3.2.1
    """) + "\n"
    out.append(M(
        org=ORG, writer=W3, loc="zip", expect="hold",
        kind="list.plain_zip_patient_master",
        why="パスワードなしzipの中の患者マスタに5名の氏名・生年月日・診断名があり、それを機器ベンダーへ送っているため。",
        **{"from": HORI},
        to=[addr("モーションテック サポート 大谷", "otani@motiontech.example.co.jp")],
        subject="歩行分析システム データ移行用エクスポート",
        text=t("""
            モーションテック
            大谷さま

            お世話になってます。しらかば整形リハ室の堀です。
            新PCへの移行用に、旧PCからエクスポートしたデータをzipで送ります。
            測定データ本体は容量オーバーなので別途送ります。

            取込み手順は、先日のWeb会議で伺った方法でやってみます。
            うまくいかなかったらまたご相談させてください。

        """) + "\n\n" + SIG_HORI,
        attachments=[
            {"filename": "gait_export_20250618.zip/patient_master.csv", "contentType": "text/csv",
             "text": master},
            {"filename": "gait_export_20250618.zip/README.txt", "contentType": "text/plain",
             "text": readme},
        ],
        personal=[
            {"type": "name", "value": "青山 俊夫"},
            {"type": "birth_date", "value": "1949-03-21"},
            {"type": "diagnosis", "value": "右変形性膝関節症(TKA後)"},
            {"type": "name", "value": "野村 和枝"},
            {"type": "diagnosis", "value": "パーキンソン病 / 腰部脊柱管狭窄症"},
        ],
    ))

    # H10 recipients: 13 care managers from different offices visible in To
    cms = [
        addr("あおば居宅介護支援センター 青木", "aoki@aoba-kyotaku.example.jp"),
        addr("ケアプランたちばな 中山", "nakayama@careplan-tachibana.example.jp"),
        addr("すすき野ケアセンター 大久保", "okubo@susukino-care.example.or.jp"),
        addr("恩田の里 居宅 松井", "matsui@ondanosato.example.or.jp"),
        addr("地域包括支援センター美しが丘 坂本", "sakamoto@houkatsu-utsukushigaoka.example.jp"),
        addr("ケアマネ事務所ひだまり 平田", "hirata@hidamari-cm.example.com"),
        addr("長津田ケアサポート 今井", "imai@nagatsuta-cs.example.co.jp"),
        addr("市ヶ尾訪問介護 居宅 岡", "oka@ichigao-houmon.example.co.jp"),
        addr("荏田ケアプランセンター 菅原", "sugawara@eda-careplan.example.jp"),
        addr("藤が丘ホームケア 河合", "kawai@fujigaoka-homecare.example.co.jp"),
        addr("吉田 由紀子（独立ケアマネ）", "yukiko.yoshida.cm@gmail.com"),
        addr("佐々木 健（ケアマネ）", "ken.sasaki.care@yahoo.co.jp"),
        addr("あざみ野ケアプラン 松田", "matsuda@azamino-cp.example.jp"),
    ]
    out.append(M(
        org=ORG, writer=W2, loc="recipients", expect="hold",
        kind="recipients.care_managers_visible_to",
        why="地域の13の事業所・個人のケアマネジャーを宛先に並べて送っており、互いのアドレスが見えるためBCCにすべきだったため。",
        **{"from": KOMATSU},
        to=cms,
        subject="【ご案内】第5回 しらかば地域連携勉強会（7/24）",
        text=t("""
            居宅介護支援事業所・地域包括支援センターの皆様

            いつも患者様のケアでご協力いただき、ありがとうございます。
            しらかば整形外科リハビリクリニック 事務長の小松です。

            第5回の地域連携勉強会を下記のとおり開催いたします。

            　日時：2025年7月24日（木）18:30～20:00
            　会場：当院2階 リハビリ室（Zoom併用）
            　テーマ：「転倒予防と住環境 ～退院後の手すり・段差の考え方～」
            　講師：当院 理学療法士 堀 拓海
            　参加費：無料

            お申込みは7月17日（木）までに、本メールへのご返信でお願いいたします。
            皆様のご参加をお待ちしております。

        """) + "\n\n" + SIG_KOMATSU,
        personal=[
            {"type": "email", "value": "yukiko.yoshida.cm@gmail.com"},
            {"type": "email", "value": "ken.sasaki.care@yahoo.co.jp"},
            {"type": "email", "value": "hirata@hidamari-cm.example.com"},
        ],
    ))

    # ------------------------------------------------------------ passes
    # P1 EHR outage and isolated terminal
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.ehr_outage_isolation",
        why="「障害」「感染」「隔離」は電子カルテの障害とマルウェア対応の意味で、患者の情報は含まれないため。",
        **{"from": KOMATSU},
        to=[addr("メディカルシステムズ 保守窓口", "hoshu@medical-systems.example.co.jp")],
        cc=[OKUDERA],
        subject="【至急】電子カルテ障害・端末隔離のご報告",
        text=t("""
            株式会社メディカルシステムズ 保守窓口 御中

            お世話になっております。しらかば整形外科リハビリクリニックの小松です。
            本日発生している障害について、ご報告と対応のお願いです。

            1. 電子カルテ（MC-Cloud）障害
            　・発生時刻：6月23日 9:05頃
            　・症状：受付・診察室の全端末で「サーバー応答なし」、カルテが開けない
            　・現在は紙カルテで運用中です

            2. 端末の隔離
            　・リハ室PC（資産番号 SK-PC-014）で、不審なメール添付を開いた可能性があります
            　・ランサムウェア感染の疑いがあるため、9:20にネットワークから隔離し、電源は入れたままです
            　・他の端末への感染の有無の確認をお願いします

            午後の外来（14:30～）までに復旧の見込みをお知らせいただけますと助かります。
            院長の携帯：090-0000-7712（奥寺）

        """) + "\n\n" + SIG_KOMATSU,
    ))

    # P2 visiting restrictions with no names
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.visiting_restriction_notice",
        why="面会制限は病棟全体の方針の案内で、特定の患者や感染者の氏名は含まれないため。",
        **{"from": KOMATSU},
        to=[addr("あおばの森訪問看護ステーション", "info@aobanomori-vn.example.jp"),
            addr("グループホーム すすき野", "office@gh-susukino.example.or.jp"),
            addr("特別養護老人ホーム 恩田の里", "soudan@ondanosato.example.or.jp")],
        subject="入院病床の面会制限について（7月1日～）",
        text=t("""
            関係事業所の皆様

            平素より大変お世話になっております。
            しらかば整形外科リハビリクリニックでございます。

            近隣地域で感染症の流行が続いていることから、当院の入院病床（12床）では、
            7月1日（火）より当面の間、下記のとおり面会を制限いたします。

            　・面会時間：14:00～16:00（1回15分以内）
            　・面会人数：1回2名まで、中学生以下の方はご遠慮ください
            　・発熱・咳などの症状がある方の面会はお断りします
            　・退院前カンファレンスへのご参加は、従来どおり可能です（事前にご連絡ください）

            ご利用者様・ご家族様へのご案内にご協力をお願いいたします。

        """) + "\n\n" + SIG_KOMATSU,
    ))

    # P3 equipment serials and katakana product names
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.equipment_serials_product_names",
        why="製造番号は機器のもので、人名に見えるカタカナは製品名であり、個人情報ではないため。",
        **{"from": HORI},
        to=[addr("リハテック 横浜営業所 小池", "koike@rehatech.example.co.jp")],
        subject="定期点検の対象機器リスト",
        text=t("""
            リハテック 小池さま

            お世話になります、堀です。
            来月の定期点検の対象機器をまとめました。

            ・免荷式歩行器「アユミ AY-300」　S/N: AY3-2211-04587
            ・電動昇降訓練台「ハルカ II」　　S/N: HK2-1903-00912
            ・低周波治療器「エミリア Pro」　　S/N: EMP-20-118734（2台目は 118735）
            ・トレッドミル「サクラ T5」　　　 S/N: ST5-001-778
            ・超音波治療器 US-750　　　　　　 S/N: 750-2019-3361

            「ハルカ II」は昇降時に少し異音がするので、重点的に見ていただけると助かります。
            点検日は 8/5(火) の午後（休診時間）でお願いできますか？

        """) + "\n\n" + SIG_HORI,
    ))

    # P4 conference abstract with aggregate outcomes
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.aggregate_case_series_abstract",
        why="学会抄録の数値は42例の集計値で、個々の患者を特定できる情報を含まないため。",
        **{"from": OKUDERA},
        to=[addr("神奈川整形外科集談会 事務局", "jimukyoku@kanagawa-seikei-shudankai.example.jp")],
        subject="演題登録：TKA術後早期リハビリの成績",
        text=t("""
            神奈川整形外科集談会 事務局 御中

            しらかば整形外科リハビリクリニックの奥寺です。
            第121回集談会の一般演題を登録します。抄録は下記のとおりです（全角398字）。

            【演題名】当院におけるTKA術後早期外来リハビリテーションの成績
            【演者】奥寺 俊介、堀 拓海（しらかば整形外科リハビリクリニック）
            【目的】TKA術後に当院外来でリハビリを行った症例の機能回復を検討した。
            【対象】2022年4月～2024年3月に連携病院でTKAを受け、当院で外来リハを行った42例
            （男性9例、女性33例、平均年齢74.2歳）。
            【結果】術後3か月の膝屈曲角度は平均118.6°、JOAスコアは術前52.4点から82.1点に改善した。
            6分間歩行距離は術前比で平均+64mであった。転倒は2例、再入院はなかった。
            【結語】連携病院との情報共有により、術後早期から外来で安全にリハビリを継続できた。

            COIはありません。よろしくお願いいたします。

        """) + "\n\n" + SIG_OKUDERA,
    ))

    # P5 congratulations to a partner hospital's new director
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.congratulations_new_director",
        why="連携先病院の新院長就任へのお祝いで、公表された人事情報と業務上の氏名だけのため。",
        **{"from": OKUDERA},
        to=[addr("岸本 先生（湘北総合病院）", "kishimoto-spine@shohoku-gh.example.or.jp")],
        subject="院長ご就任のお祝い",
        text=t("""
            岸本先生

            このたびは湘北総合病院の院長にご就任とのこと、誠におめでとうございます。
            脊椎センター長として地域の脊椎診療を長く牽引してこられた先生のご就任を、
            近隣の開業医一同、心強く感じております。

            当院からも引き続き患者さんのご紹介でお世話になることと存じます。
            お忙しくなられると思いますが、どうぞご自愛ください。
            秋の連携の会で、あらためてお祝いさせてください。

            奥寺 俊介

        """) + "\n\n" + SIG_OKUDERA,
    ))

    # P6 overseas payment with SWIFT (English)
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.overseas_payment_swift",
        why="海外の取引先企業への送金に関する法人口座とSWIFTコードで、個人の口座情報ではないため。",
        **{"from": KOMATSU},
        to=[addr("Julia Becker", "j.becker@orthomotion-gmbh.example.de")],
        subject="RE: Invoice OM-2025-0877 / payment confirmation",
        text=t("""
            Dear Ms. Becker,

            Thank you for your invoice OM-2025-0877 for the isokinetic dynamometer (model IK-9).
            We have arranged the payment as follows:

              Amount:      EUR 38,400.00
              Value date:  July 15, 2025
              Beneficiary: OrthoMotion GmbH
              Bank:        Rheinland Handelsbank AG, Koeln
              IBAN:        DE27 3704 0044 0532 0130 00
              SWIFT/BIC:   RHHBDEKK

            The BIC printed on the invoice differs by one letter from the one on your bank's
            confirmation letter; we used the code from the bank letter. Please confirm, and kindly send us the remittance confirmation once received.
            Installation on August 5 at our clinic is fine with us.

            Best regards,
            Akiko Komatsu
            Administrative Manager

        """) + "\n\n" + SIG_KOMATSU,
    ))

    # P7 staff vaccination schedule (aggregates)
    out.append(M(
        org=ORG, writer=W2, loc="none", expect="pass",
        kind="benign.staff_vaccination_schedule",
        why="職員の予防接種の日程と人数の案内で、個人の接種歴や健康情報は含まれないため。",
        **{"from": KOMATSU},
        to=[addr("あおば内科クリニック 事務 三好", "miyoshi@aoba-naika.example.jp")],
        subject="職員インフルエンザ予防接種（10月）の日程調整",
        text=t("""
            あおば内科クリニック
            事務ご担当 三好 様

            いつもお世話になっております。しらかば整形の小松です。
            今年も職員のインフルエンザ予防接種をお願いしたく、ご連絡いたしました。

            　対象人数：常勤22名・非常勤9名（計31名、昨年より2名増）
            　希望日　：10月21日（火）または10月28日（火）の 13:00～14:00
            　場所　　：当院2階 スタッフ休憩室

            予診票は、前日までに人数分をお送りいただけますと助かります。
            費用は昨年同様、一括で請求書をお願いいたします。

        """) + "\n\n" + SIG_KOMATSU,
    ))

    # P8 appointment reminder to the patient themself
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.patient_own_appointment",
        why="患者本人に本人の予約日時と自主練習の連絡をするメールで、第三者への提供にあたらないため。",
        **{"from": HORI},
        to=[addr("岡 美咲", "misaki.oka.0217@gmail.com")],
        subject="次回リハビリのご予約（7/3）",
        text=t("""
            岡 美咲 さま

            しらかば整形外科 リハビリ担当の堀です。
            先ほどはお電話ありがとうございました。次回のご予約を確定しました。

            　日時：7月3日（木）18:20～19:00
            　担当：堀

            お仕事帰りで大変だと思いますが、前回お伝えした肩のストレッチ（壁を使うもの）は
            1日2回、できる範囲で続けてみてください。
            変更がある場合は、前日までにお電話（045-0000-2270）でお知らせください。

        """) + "\n\n" + SIG_HORI,
    ))

    # P9 marathon medical support with aggregate numbers
    out.append(M(
        org=ORG, writer=W1, loc="none", expect="pass",
        kind="benign.event_medical_support_aggregate",
        why="救護体制の打合せで、昨年の救護所利用は人数と症状の区分だけの集計であり個人は特定できないため。",
        **{"from": OKUDERA},
        to=[addr("青葉シティマラソン実行委員会 事務局 村井", "murai@aoba-marathon.example.jp")],
        cc=[KOMATSU],
        subject="Re: 救護所の医師派遣について（11/16 大会）",
        text=t("""
            村井様

            奥寺です。今年も救護所の件、お引き受けします。
            当院からは医師1名（私）、理学療法士3名、看護師1名の計5名で対応予定です。

            参考までに、昨年の第2救護所（25km地点）の利用状況です。
            　・利用者 38名（筋痙攣 21、擦過傷・靴ずれ 9、膝・足関節痛 6、その他 2）
            　・救急搬送 1名（熱中症疑い）
            今年はコースが変わって25km地点に坂があるので、筋痙攣が増えると思います。
            テーピング用品とアイシングの氷を多めにご用意いただけると助かります。

            詳細は事務長の小松からご連絡します。

        """) + "\n\n" + SIG_OKUDERA,
    ))

    # P10 study-group minutes naming partner staff with anonymised cases
    out.append(M(
        org=ORG, writer=W3, loc="none", expect="pass",
        kind="benign.study_group_minutes_anonymised",
        why="勉強会の議事録で、名前が出るのは参加した他院の職員だけであり、症例は年代と性別に匿名化されているため。",
        **{"from": HORI},
        to=[addr("荏田リハビリ病院 PT 大森", "omori-pt@eda-reha-hp.example.or.jp"),
            addr("たまプラ整形 PT 川島", "kawashima@tamapla-seikei.example.jp")],
        cc=[addr("荏田リハビリ病院 OT 斉藤", "saito-ot@eda-reha-hp.example.or.jp")],
        subject="6/26 青葉区PT勉強会 議事録",
        text=t("""
            大森さん、川島さん、斉藤さん

            昨日はおつかれさまでした！議事録まとめたので共有します。

            ■ 日時・場所　6/26(木) 19:00-20:40　しらかば整形 2F
            ■ 参加　9名（荏田リハ 3、たまプラ整形 2、しらかば 4）

            ■ 症例検討1（荏田リハ 大森さん）
            　70代女性、右TKA術後。屈曲可動域の停滞（105°）への介入。
            　→ パテラモビライゼーションと自主トレ指導の頻度について議論。

            ■ 症例検討2（しらかば 堀）
            　10代男性、ACL再建術後。スポーツ復帰テストの基準をどこに置くか。
            　→ 片脚ホップテスト LSI 90% 以上を目安にする意見が多かった。

            ■ 次回　8/28(木)　担当：たまプラ整形 川島さん
            　テーマ候補：肩関節周囲炎の夜間痛

            抜けがあったら追記お願いします～

        """) + "\n\n" + SIG_HORI,
    ))

    return out
