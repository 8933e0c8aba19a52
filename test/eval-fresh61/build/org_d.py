"""Org D: 株式会社サイバーレジリエンス・ラボ (security assessment / incident response)."""
from common import M, att, zip_enc, XLSX, PDF, DOCX, CSV, ZIP

ORG = "D"
DOM = "cyres-lab.example.jp"

KURODA = "黒田 隼 <s.kuroda@cyres-lab.example.jp>"
SUGIMOTO = "杉本 理沙 <r.sugimoto@cyres-lab.example.jp>"
KONISHI = "小西 直子 <n.konishi@cyres-lab.example.jp>"

SIG_KURODA = """
==================================================
株式会社サイバーレジリエンス・ラボ
Incident Response Team / Lead Analyst
黒田 隼（Shun Kuroda）, GCFA, GREM
情報処理安全確保支援士（登録番号 第012345号）
〒100-0000 東京都千代田区大手町9-9-9 大手町テックビル14F
IR Hotline: 03-0000-1199（24時間365日）
PGP: 0x7A3C 91F2 4B6E D0A8
==================================================
"""

SIG_SUGIMOTO = """
--
杉本 理沙 / Risa Sugimoto
アカウントマネージャー｜株式会社サイバーレジリエンス・ラボ
Mobile 080-0000-6128 | r.sugimoto@cyres-lab.example.jp
セキュリティ診断・インシデント対応・CSIRT構築支援
"""

SIG_KONISHI = """
――――――――――――――――――――
株式会社サイバーレジリエンス・ラボ
管理部（総務・人事）小西 直子
TEL 03-0000-1100（代表）
――――――――――――――――――――
"""

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(M(
    "hold", "list.leaked_records",
    "流出確認の連絡として、被害企業の顧客5名分の氏名・メール・電話・住所を本文に貼り付けて、外部のEC基盤ベンダーに送っている。",
    "黒田", "body", KURODA,
    ["セキュリティ窓口 <security@shopbase-cloud.example.com>"],
    "【至急】御社EC基盤上の店舗（店舗ID 88421）からの顧客情報流出の疑い",
    """
株式会社ショップベースクラウド
セキュリティ窓口 ご担当者様

突然のご連絡失礼いたします。株式会社サイバーレジリエンス・ラボの黒田と申します。
御社EC基盤をご利用中の店舗様（店舗ID 88421、以下「依頼元」）から委託を受け、
不正アクセス調査を行っております。

ダークウェブ上のフォーラムで、依頼元の顧客情報とみられるデータが
サンプルとして公開されていることを確認しました。先頭の数件は以下のとおりです。

user_id,name,email,tel,address
100231,小島 美咲,misaki.kojima@example.com,090-0000-1123,埼玉県さいたま市浦和区高砂9-1-1
100232,長尾 健一,k.nagao@example.net,080-0000-2234,東京都練馬区豊玉北9-2-2
100233,菊地 麻衣,mai.kikuchi@example.org,070-0000-3345,千葉県船橋市本町9-3-3
100234,野村 直人,naoto.n@example.com,090-0000-4456,神奈川県川崎市中原区小杉町9-4-4
100235,高野 里奈,rina-takano@example.jp,080-0000-5567,東京都世田谷区三軒茶屋9-5-5

御社管理画面のAPIアクセスログ（2024/05/01〜06/15）のご提供と、
該当期間の管理者アカウントのログイン履歴についてご協力をお願いできますでしょうか。
""" + SIG_KURODA,
    personal=[("name", "小島 美咲"), ("email", "misaki.kojima@example.com"), ("phone", "090-0000-1123"),
              ("name", "野村 直人"), ("address", "東京都世田谷区三軒茶屋9-5-5")],
))

MAILS.append(M(
    "hold", "personal.skill_sheet",
    "常駐支援の提案で、エンジニア個人の氏名・生年月日・自宅最寄駅・住所・経歴を本文に書いて顧客に送っている（スキルシートの外部送付）。",
    "杉本", "body", SUGIMOTO,
    ["情報システム部 部長 河野 <kono@hokuriku-denki.example.co.jp>"],
    "SOC常駐支援 ご提案要員のご紹介",
    """
北陸電機株式会社
情報システム部 部長 河野 様

いつもお世話になっております。サイバーレジリエンス・ラボの杉本です。
先日ご相談いただいたSOC常駐支援（10月〜、週4日）の件、
ご提案できる要員をご紹介いたします。

■要員情報
　氏名：西村 亮（にしむら りょう）
　生年月日：1991年8月4日（33歳）
　現住所：東京都江東区豊洲9-8-7 パークタワー豊洲1208（最寄駅 豊洲）
　通勤時間：御社本社まで約45分
■経歴
　2014〜2019　大手SIerにてネットワーク設計・運用
　2019〜　　　当社SOCアナリスト（SIEM運用、EDRアラート分析、年間約3,000件）
■資格
　情報処理安全確保支援士、CompTIA CySA+、CCNP Security

面談はオンラインで今週木・金のいずれかで設定可能です。
""" + SIG_SUGIMOTO,
    personal=[("name", "西村 亮（にしむら りょう）"), ("birthdate", "1991年8月4日（33歳）"),
              ("address", "東京都江東区豊洲9-8-7 パークタワー豊洲1208")],
))

MAILS.append(M(
    "hold", "id.passport",
    "海外出張の航空券手配で、社員の旅券番号・生年月日・有効期限を本文に書いて旅行会社に送っている（同僚の情報でも身分証番号）。",
    "小西", "body", KONISHI,
    ["法人出張デスク <bizdesk@skyway-travel.example.jp>"],
    "シンガポール出張 航空券・ホテル手配のお願い（6/24〜6/28）",
    """
スカイウェイトラベル 法人出張デスク 御中

いつもお世話になっております。サイバーレジリエンス・ラボ 管理部の小西です。
緊急のインシデント対応で、弊社社員1名のシンガポール出張手配をお願いいたします。

　渡航者：黒田 隼（KURODA SHUN）
　生年月日：1986年12月2日
　旅券番号：TZ1048273（有効期限 2031年3月15日）
　往路：6/24（月）羽田 → シンガポール（午前発の便を希望）
　復路：6/28（金）シンガポール → 羽田（深夜便可）
　ホテル：Raffles Place 周辺、1泊 SGD 350 以内

請求は法人契約（契約番号 SWT-CORP-2210）でお願いいたします。
本日中にお見積りをいただけますと助かります。
""" + SIG_KONISHI,
    personal=[("name", "黒田 隼（KURODA SHUN）"), ("birthdate", "1986年12月2日"), ("passport", "TZ1048273")],
))

MAILS.append(M(
    "hold", "list.card_numbers",
    "本文は不正利用調査への協力依頼だけだが、添付CSVに流出したカード番号（全桁）・名義・有効期限が6件分入っており、アクワイアラに送っている。",
    "黒田", "attachment", KURODA,
    ["不正利用対策室 <fraud@acquire-japan.example.co.jp>"],
    "加盟店（店舗ID 88421）のカード情報漏えい調査について",
    """
アクワイアジャパン株式会社
不正利用対策室 ご担当者様

お世話になっております。サイバーレジリエンス・ラボの黒田です。
御社加盟店（店舗ID 88421）の不正アクセス調査の件で、先日お電話した続きです。

決済画面の改ざん（JavaScriptスキマー）により窃取されたとみられる
カード情報のうち、攻撃者サーバから回収できたものを添付しております。
不正利用モニタリングへの反映をお願いいたします。

改ざん期間は 2024/04/28 03:12 〜 2024/06/14 17:40（JST）と推定しています。
""" + SIG_KURODA,
    attachments=[att("exfil_sample_20240614.csv", CSV, """
captured_at,card_no,exp,holder
2024-06-01 12:03:44,4539 9558 0831 0129,09/26,MISAKI KOJIMA
2024-06-02 08:15:02,5425 3646 0900 7766,01/27,KENICHI NAGAO
2024-06-03 21:40:19,3528 0578 0952 8745,05/25,MAI KIKUCHI
2024-06-05 10:22:51,4111 1111 1111 1111,12/28,NAOTO NOMURA
2024-06-09 19:58:07,4242 4242 4242 4242,03/27,RINA TAKANO
2024-06-12 23:11:36,5105 5622 1057 7914,11/26,SHOTA MURAI
""")],
    personal=[("card", "4539 9558 0831 0129"), ("name", "MISAKI KOJIMA"), ("card", "5425 3646 0900 7766"),
              ("card", "3528 0578 0952 8745")],
))

MAILS.append(M(
    "hold", "sensitive.criminal",
    "本文は報告書送付の連絡だけだが、添付の内部不正調査報告書に、調査対象の元社員（氏名あり）の過去の有罪判決が記載されている。顧問弁護士あてでも前科は要配慮個人情報。",
    "黒田", "attachment", KURODA,
    ["桜田法律事務所 弁護士 今井 <imai@sakurada-law.example.jp>"],
    "北陸電機様 内部不正調査 中間報告書のご送付",
    """
桜田法律事務所
今井 先生

お世話になっております。サイバーレジリエンス・ラボの黒田です。
北陸電機様からご依頼の内部不正調査について、中間報告書を添付いたします。
北陸電機様のご了承をいただいております。

来週のお打合せまでにご一読いただけますと幸いです。
デジタル証拠の保全状況（ハッシュ値・保管記録）は別紙で郵送いたします。
""" + SIG_KURODA,
    attachments=[att("中間報告書_北陸電機_内部不正調査_v0.9.docx", DOCX, """
北陸電機株式会社 御中　内部不正調査 中間報告書（v0.9）
1. 調査対象者
　元 営業企画部 課長 岩田 康弘（2024年3月31日退職）
2. 確認された事実
　退職前2週間に、顧客見積データ約4,200件を個人のクラウドストレージへ転送。
3. 参考情報（人事部提供）
　対象者は2016年に業務上横領罪で有罪判決（懲役2年・執行猶予3年）を受けており、
　入社時の経歴書には記載がなかった。
4. 今後の調査
　転送先アカウントの開示請求について弁護士と協議する。
""")],
    personal=[("name", "岩田 康弘"), ("criminal", "2016年に業務上横領罪で有罪判決（懲役2年・執行猶予3年）")],
))

MAILS.append(M(
    "hold", "sensitive.health",
    "担当交代の連絡を顧客に送る際、社内のやり取りを引用したまま残しており、引用部分に前任者（氏名あり）の適応障害による休職が書かれている。",
    "杉本", "quoted", SUGIMOTO,
    ["情報システム部 部長 河野 <kono@hokuriku-denki.example.co.jp>"],
    "Re: 脆弱性診断 担当者変更のご連絡",
    """
河野 様

いつもお世話になっております。サイバーレジリエンス・ラボの杉本です。
7月から御社の定期脆弱性診断を担当しておりました大野に代わり、
8月以降は 森川 がメイン担当となります。
引き継ぎは完了しておりますので、スケジュールに影響はございません。
ご不便をおかけしますが、引き続きよろしくお願いいたします。
""" + SIG_SUGIMOTO + """

> From: 小西 直子
> Sent: 2024年7月26日 17:20
> To: 杉本 理沙
> Subject: RE: 脆弱性診断 担当者変更のご連絡
>
> 杉本さん
> 大野さんは、産業医面談の結果、適応障害の診断で8月から3か月休職となりました。
> お客様には体調のことは伏せて「社内体制の変更」とだけ伝えてください。
> 小西
""",
    personal=[("name", "大野さんは、産業医面談の結果"), ("diagnosis", "適応障害の診断で8月から3か月休職")],
))

MAILS.append(M(
    "hold", "id.mynumber",
    "支払調書の作成依頼で、フリーランス診断員からのメールを引用したまま税理士に送っており、引用部分に個人番号と個人の振込口座が入っている。",
    "小西", "quoted", KONISHI,
    ["丸山税理士事務所 <info@maruyama-tax.example.jp>"],
    "FW: 業務委託者の個人番号について（支払調書用）",
    """
丸山税理士事務所
丸山 先生

いつもお世話になっております。サイバーレジリエンス・ラボの小西です。
昨年から業務委託しているペネトレーションテスターの方の
支払調書作成に必要な情報をいただきましたので、転送いたします。
本年分の支払額は 3,520,000円（源泉徴収税額 359,392円）です。
""" + SIG_KONISHI + """

-------- 転送メッセージ --------
差出人: 安藤 圭 <kei.ando.sec@gmail.com>
日付: 2024年12月9日 10:41
件名: Re: 個人番号のご提出のお願い

小西様
ご連絡ありがとうございます。以下のとおりです。
　氏名：安藤 圭
　住所：東京都杉並区高円寺南9-6-3
　個人番号：167525081259
　報酬の振込先：楽天銀行 第一営業支店 普通 7012345 アンドウ ケイ
よろしくお願いいたします。
""",
    personal=[("name", "安藤 圭"), ("address", "東京都杉並区高円寺南9-6-3"), ("mynumber", "167525081259"),
              ("bank_account", "楽天銀行 第一営業支店 普通 7012345 アンドウ ケイ")],
))

MAILS.append(M(
    "hold", "sensitive.crime_victim",
    "本文は機器の受け渡し日程だけだが、件名にストーカー被害者の実名が入っており、外部の解析パートナーに送っている。",
    "黒田", "subject", KURODA,
    ["モバイル解析ラボ 受付 <intake@mobile-forensics.example.jp>"],
    "【解析依頼】ストーカー被害者 村上美咲様 スマートフォン（iPhone 13）",
    """
モバイルフォレンジック・ラボ
受付ご担当 様

いつもお世話になっております。サイバーレジリエンス・ラボの黒田です。
件名の端末について、位置情報共有アプリや不審なプロファイルの有無の解析をお願いしたく、
ご連絡いたしました。依頼元は代理人弁護士です。

端末は明日 6/20（木）14時に弊社担当者がお持ちします。
受け渡し時にチェーン・オブ・カストディの記録用紙への署名をお願いいたします。
""" + SIG_KURODA,
    personal=[("name", "村上美咲様"), ("victim", "ストーカー被害者")],
))

MAILS.append(M(
    "hold", "attachment.encrypted_zip",
    "フォレンジック調査報告書をパスワード付きZIP（PPAP）で顧客に送っている。",
    "黒田", "zip", KURODA,
    ["情報システム部 河野 <kono@hokuriku-denki.example.co.jp>"],
    "フォレンジック調査 最終報告書のご送付",
    """
北陸電機株式会社
情報システム部 河野 様

お世話になっております。サイバーレジリエンス・ラボの黒田です。
調査の最終報告書一式をお送りします。
パスワードは、このあと別メールでお知らせいたします。

報告会は7月5日（金）15時からで承知しております。
""" + SIG_KURODA,
    attachments=[zip_enc("最終報告書_北陸電機_20240701.zip")],
))

MAILS.append(M(
    "hold", "recipients.visible_outside",
    "情報共有会の案内を12社の担当者アドレスに To/Cc で見える形で送っている。会員企業同士に互いの担当者アドレスが見える。",
    "杉本", "recipients", SUGIMOTO,
    ["hokuriku-denki CSIRT <csirt@hokuriku-denki.example.co.jp>", "日本精機 CSIRT <csirt@nihon-seiki.example.co.jp>",
     "丸栄運輸 情報セキュリティ担当 <security@maruei-unyu.example.jp>", "東洋トレーディング SOC <soc@toyo-trading.example.co.jp>", "関東ロジスティクス ISMS事務局 <isms@kanto-logi.example.jp>",
     "さくらフーズ CSIRT <csirt@sakura-foods.example.co.jp>", "南化学 ITセキュリティ <it-sec@minami-chemical.example.jp>", "大和工業 CSIRT <csirt@daiwa-kogyo.example.co.jp>",
     "富士見損保 情報セキュリティ部 <security@fujimi-insurance.example.co.jp>", "青山リテール セキュリティチーム <sec-team@aoyama-retail.example.jp>"],
    "【ご案内】第8回 脆弱性情報共有会（7/17 オンライン）",
    """
会員企業 CSIRT ご担当者各位

いつもお世話になっております。サイバーレジリエンス・ラボの杉本です。
第8回 脆弱性情報共有会を下記のとおり開催いたします。

　日時：7月17日（水）16:00〜17:30（オンライン）
　テーマ：
　　1．VPN機器の脆弱性悪用の最新動向（当社IRチーム 黒田）
　　2．会員企業からの事例共有（ランサムウェア初動対応の振り返り）
　参加URL：前日にお送りします

事例共有にご協力いただける会員企業を募集しております。
ご参加の可否を 7/10（水）までにご返信ください。
""" + SIG_SUGIMOTO,
    cc=["シーサイドホテルズ CSIRT <csirt@seaside-hotels.example.jp>", "北銀行 セキュリティ統括部 <security@kita-bank.example.co.jp>", KURODA],
))

# ---------------------------------------------------------------- passes
MAILS.append(M(
    "pass", "benign.malware_infection",
    "マルウェア「感染」端末の「隔離」報告。ホスト名・IP・ハッシュ値だけで、人の病気や個人情報ではない。",
    "黒田", None, KURODA,
    ["情報システム部 河野 <kono@hokuriku-denki.example.co.jp>"],
    "【第2報】Emotet感染端末の隔離完了と今後の対応",
    """
北陸電機株式会社
情報システム部 河野 様

お世話になっております。サイバーレジリエンス・ラボの黒田です。
第2報としてご報告いたします。

1．現状
　EDRの検知をもとに、以下3台の感染を確認し、本日10:42までに全台をネットワークから隔離しました。
　　HKD-PC-0142（10.20.14.42）営業部
　　HKD-PC-0187（10.20.14.87）営業部
　　HKD-PC-0233（10.20.31.33）購買部
2．検体
　SHA256: 3f9a1c0e7b2d4a6f8c1e0b9d7a5f3c2e1d0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f
　SHA256: a1b2c3d4e5f60718293a4b5c6d7e8f9012ab34cd56ef7890a1b2c3d4e5f60718
　初期侵入：請求書を装ったメールの添付（.xlsm）
3．C2通信先（遮断済み）
　185.0.2.44:8080、198.51.100.23:443
4．お願い
　プロキシログ（6/10〜6/17）のエクスポートをお願いします。

感染拡大の兆候は現時点ではありません。次回報告は明日17時を予定しています。
""" + SIG_KURODA,
))

MAILS.append(M(
    "pass", "benign.test_card_dev_minutes",
    "EC開発環境の脆弱性診断キックオフの議事録。Luhnを満たすカード番号が載っているが、決済代行が公開している試験用番号で、実在の顧客カードではない。",
    "杉本", None, SUGIMOTO,
    ["開発部 岡野 <okano@sakura-foods.example.co.jp>", "開発部 田辺 <tanabe@sakura-foods.example.co.jp>"],
    "【議事録】ECサイト リニューアル 脆弱性診断キックオフ（8/6）",
    """
さくらフーズ株式会社
開発部 岡野様、田辺様

本日はお時間をいただきありがとうございました。
キックオフの議事録をお送りします。修正があればご指摘ください。

日時：2024/8/6（火）10:00〜11:00　場所：オンライン
出席：岡野様、田辺様（さくらフーズ）／黒田、杉本（当社）

1．診断対象
　・ステージング環境 https://stg.sakura-foods.example.co.jp/ （本番は対象外）
　・決済はPSPのサンドボックスに接続
2．テスト用カード番号（PSPの公開テスト番号。実カードは使用しない）
　・成功：4111 1111 1111 1111（有効期限 任意の未来日、CVC 任意）
　・成功：4242 4242 4242 4242
　・3Dセキュア要求：4000 0000 0000 3220
　・残高不足：4000 0000 0000 9995
3．診断期間：8/19〜8/30（平日 9:00〜18:00）
4．テストアカウント：田辺様より test01〜test05 を発行いただく
5．宿題
　・WAFの診断元IP許可（当社 203.0.113.10/32）… さくらフーズ様
　・緊急連絡体制表 … 当社

以上
""" + SIG_SUGIMOTO,
))

MAILS.append(M(
    "pass", "benign.plain_zip_ioc",
    "ISACへのIOC共有。暗号化していない通常のZIPで、中身はハッシュ値・ドメイン・IPアドレスのみ。",
    "黒田", None, KURODA,
    ["情報共有WG 事務局 <wg@jp-mfg-isac.example.or.jp>"],
    "IOC共有：VPN機器経由の侵入事案（TLP:GREEN）",
    """
製造業ISAC 情報共有WG 事務局 御中

いつもお世話になっております。サイバーレジリエンス・ラボの黒田です。
7月に対応したVPN機器経由の侵入事案について、依頼元の了承を得て
IOCを共有いたします（TLP:GREEN、会員内共有可）。

中身はCSV（ハッシュ、ドメイン、IP）と、STIX 2.1形式のJSONです。
ZIPにパスワードはかけていません。被害企業名は伏せております。
""" + SIG_KURODA,
    attachments=[att("IOC_VPN-intrusion_2024-07_TLP-GREEN.zip", ZIP, """
ioc_hashes.csv
  sha256,filename,first_seen
  9c4e2b...e71a,svchost_.exe,2024-07-03
  0d8f3a...42bc,update.ps1,2024-07-03
ioc_network.csv
  type,value
  domain,update-check.example-cdn.net
  ip,192.0.2.187
ioc_bundle_stix21.json
""")],
))

MAILS.append(M(
    "pass", "benign.it_outage",
    "EDR管理コンソールの「障害」のお知らせ。ITサービスの障害で、人の障害ではない。顧客へはBCC送信。",
    "杉本", None, SUGIMOTO,
    ["サイバーレジリエンス・ラボ MDRサービス <mdr-info@cyres-lab.example.jp>"],
    "【障害発生のお知らせ】EDR管理コンソールへのアクセス遅延（6/21 9:30〜）",
    """
MDRサービスご契約のお客様各位
（本メールはBCCにてお送りしております）

平素より弊社MDRサービスをご利用いただき、誠にありがとうございます。
本日9:30ごろより、EDR管理コンソールの画面表示が遅くなる障害が発生しております。

　影響：管理コンソールへのログイン・画面表示の遅延
　影響なし：端末側の検知・隔離機能、弊社SOCによる監視
　原因：EDRベンダー側クラウド基盤（東日本リージョン）の障害
　復旧見込み：ベンダーから12時ごろと連絡あり

監視は通常どおり継続しており、重大アラートは従来どおりお電話でご連絡いたします。
復旧しましたら改めてお知らせいたします。
""" + SIG_SUGIMOTO,
    bcc=["北陸電機 CSIRT <csirt@hokuriku-denki.example.co.jp>", "日本精機 CSIRT <csirt@nihon-seiki.example.co.jp>", "丸栄運輸 情報セキュリティ担当 <security@maruei-unyu.example.jp>",
         "東洋トレーディング SOC <soc@toyo-trading.example.co.jp>", "関東ロジスティクス ISMS事務局 <isms@kanto-logi.example.jp>", "さくらフーズ CSIRT <csirt@sakura-foods.example.co.jp>",
         "南化学 ITセキュリティ <it-sec@minami-chemical.example.jp>", "大和工業 CSIRT <csirt@daiwa-kogyo.example.co.jp>", "富士見損保 情報セキュリティ部 <security@fujimi-insurance.example.co.jp>",
         "青山リテール セキュリティチーム <sec-team@aoyama-retail.example.jp>", "シーサイドホテルズ CSIRT <csirt@seaside-hotels.example.jp>", "北銀行 セキュリティ統括部 <security@kita-bank.example.co.jp>"],
))

MAILS.append(M(
    "pass", "benign.corporate_swift",
    "海外顧客への請求。会社の口座・SWIFT・インボイス登録番号のみで、個人の口座ではない。",
    "小西", None, KONISHI,
    ["Finance Dept. <ap@lionbridge-logistics.example.com.sg>"],
    "Invoice CRL-INV-2407-015 – Incident Response Services (June 2024)",
    """
Dear Finance team,

Please find attached our invoice for the incident response services
provided in Singapore from 24 to 28 June 2024.

  Invoice no.: CRL-INV-2407-015
  PO no.: LBL-PO-77120
  Amount: JPY 4,950,000 (incl. travel expenses JPY 612,400)
  Payment terms: 30 days from invoice date

Remittance details:
  Beneficiary: Cyber Resilience Lab Co., Ltd.
  Bank: Mizuho Bank, Ltd., Otemachi Branch
  Account: 1234567 (ordinary)
  SWIFT: MHCBJPJT
  JP qualified invoice registration no.: T1010001234567

Please let us know if you need a hard copy.

Kind regards,
""" + SIG_KONISHI,
))

MAILS.append(M(
    "pass", "benign.successor",
    "担当交代のあいさつ。退職・異動の事実と後任の紹介だけで、健康状態などの理由は書かれていない。",
    "杉本", None, SUGIMOTO,
    ["総務部 情報セキュリティ推進室 <isms@kanto-logi.example.jp>"],
    "担当交代のごあいさつ",
    """
関東ロジスティクス株式会社
総務部 情報セキュリティ推進室
室長 吉川 様、佐伯 様

いつも大変お世話になっております。サイバーレジリエンス・ラボの杉本です。

このたび社内の体制変更により、10月1日から御社の担当を
アカウントマネージャーの 長谷部 透 に引き継ぐことになりました。
3年間にわたり、ISMS認証の取得から標的型メール訓練まで
ご一緒させていただき、本当にありがとうございました。

長谷部は前職で物流業界のシステム部門に在籍しており、
御社の業務にもすぐに馴染めるかと存じます。
9月中に一度、長谷部とともにごあいさつに伺わせてください。

　長谷部 透（はせべ とおる）t.hasebe@cyres-lab.example.jp／080-0000-7731

今後とも変わらぬお引き立てを賜りますよう、お願い申し上げます。
""" + SIG_SUGIMOTO,
    cc=["長谷部 透 <t.hasebe@cyres-lab.example.jp>"],
))

MAILS.append(M(
    "pass", "benign.aggregate_stats",
    "標的型メール訓練の結果報告。部署別の開封率などの集計のみで、個人名はない。",
    "杉本", None, SUGIMOTO,
    ["総務部 情報セキュリティ推進室 <isms@kanto-logi.example.jp>"],
    "標的型メール訓練（第2回）結果速報",
    """
関東ロジスティクス株式会社
情報セキュリティ推進室 吉川 様

お世話になっております。サイバーレジリエンス・ラボの杉本です。
9月に実施した標的型メール訓練（第2回）の結果速報をお送りします。
詳細報告書は10月第2週にお届けします。

部署　　　　　対象者数　開封率　URLクリック率　報告率
本社管理部門　　 84　　　 9.5%　　 4.8%　　　　61.9%
営業部門　　　　126　　　15.1%　　 8.7%　　　　42.1%
物流センター　　210　　　22.4%　　13.3%　　　　18.6%
全体　　　　　　420　　　17.6%　　 9.8%　　　　33.8%

前回（3月）の全体開封率 26.2% から 8.6ポイント改善しています。
物流センターは共有PCでの受信が多く、報告窓口の周知が課題です。
個人別の結果は、ご要望どおり推進室様のみ閲覧可能なポータルに掲載しています。
""" + SIG_SUGIMOTO,
))

MAILS.append(M(
    "pass", "benign.project_two_companies",
    "顧客（2名）と当社（4名）の計6アドレス、2社で見える形の通常のキックオフ連絡。",
    "黒田", None, KURODA,
    ["岡野 <okano@sakura-foods.example.co.jp>", "田辺 <tanabe@sakura-foods.example.co.jp>"],
    "ECサイト脆弱性診断 実施体制と連絡先のご案内",
    """
さくらフーズ株式会社
開発部 岡野様、田辺様

サイバーレジリエンス・ラボの黒田です。
8/19から始まる診断の実施体制をご案内します。

　プロジェクト責任者：黒田（IRチーム）
　診断担当：森川、上原
　営業窓口：杉本
　緊急連絡（診断によるサービス影響時）：03-0000-1199（24h）

本メールの宛先・CCを本件の連絡メンバーとさせてください。
診断開始・終了の連絡は毎日この宛先に送ります。
""" + SIG_KURODA,
    cc=["森川 <morikawa@cyres-lab.example.jp>", "上原 <uehara@cyres-lab.example.jp>", SUGIMOTO],
))

MAILS.append(M(
    "pass", "benign.employment_verification",
    "本人の同意書を確認したうえでの在籍確認への回答。在籍期間と職位のみで、評価や退職理由、健康情報は書いていない。",
    "小西", None, KONISHI,
    ["採用担当 <recruit@fujimi-insurance.example.co.jp>"],
    "Re: 在籍確認のご依頼（川端 聡 様）",
    """
富士見損害保険株式会社
人事部 採用担当 ご担当者様

お世話になっております。サイバーレジリエンス・ラボ 管理部の小西です。
ご本人の同意書（9月2日付）を確認いたしましたので、
在籍確認について下記のとおり回答いたします。

　氏名：川端 聡 様
　在籍期間：2019年4月1日 〜 2024年8月31日
　最終職位：セキュリティエンジニア（主任）

弊社の方針により、上記以外の事項（給与、評価、退職理由等）については
回答を差し控えさせていただいております。ご了承ください。
""" + SIG_KONISHI,
))

MAILS.append(M(
    "pass", "benign.public_figure_seminar",
    "セミナー告知。登壇者は公的な経歴が公開されている有識者で、受講番号・注文番号は個人の番号ではない。",
    "杉本", None, SUGIMOTO,
    ["富士見損保 情報セキュリティ部 <security@fujimi-insurance.example.co.jp>"],
    "【ご招待】CRL Security Forum 2024（11/20）お申込み確認",
    """
富士見損害保険株式会社
情報セキュリティ部 ご担当者様

いつもお世話になっております。サイバーレジリエンス・ラボの杉本です。
CRL Security Forum 2024 へのお申込み、ありがとうございます。

　お申込み番号：CSF24-000318（3名様分）
　日時：11月20日（水）13:00〜17:30
　会場：大手町テックカンファレンスセンター 5F

基調講演は、元・内閣サイバーセキュリティセンター（NISC）副センター長で
現在は情報セキュリティ大学院大学 客員教授の 高峰 聡一郎 氏にご登壇いただきます。
また、特別講演では、1980〜90年代のハッカー事件を題材に
ソーシャルエンジニアリングの手口の変遷を振り返ります。

当日は名刺を2枚ご用意のうえ、受付にお越しください。
""" + SIG_SUGIMOTO,
))
