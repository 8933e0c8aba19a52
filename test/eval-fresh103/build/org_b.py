"""Org B: 株式会社シグナルゲート・セキュリティ (SignalGate Security Inc.),
incident response and forensics. Everything is invented."""

from common import (Writer, addr, mail, P, att, enczip, luhn_complete, card4,
                    CT_CSV, CT_TXT, CT_PDF)

ORG = "B"
DOMAIN = "signalgate.example.co.jp"

MIURA = Writer("miura", "三浦 隼人", f"h.miura@{DOMAIN}", """
────────────────────────────────
株式会社シグナルゲート・セキュリティ
インシデントレスポンス部 マネージャー
三浦 隼人（Hayato Miura） CISSP / GCIH
〒105-0000 東京都港区芝浜1-2-3 芝浜ビル8F
TEL 03-0000-4810 ／ 緊急窓口 24h 050-0000-9110
https://www.signalgate.example.co.jp/
────────────────────────────────
""")

KASUGA = Writer("kasuga", "春日 玲奈", f"r.kasuga@{DOMAIN}", """
--
春日 玲奈 / Reina Kasuga
Forensic Analyst, SignalGate Security
03-0000-4823
""")

BRENNAN = Writer("brennan", "Daniel Brennan", f"d.brennan@{DOMAIN}", """
Best regards,

Daniel Brennan
Senior Consultant, Incident Response
SignalGate Security Inc. (Tokyo)
8F Shibahama Bldg., 1-2-3 Shibahama, Minato-ku, Tokyo 105-0000
Office +81-3-0000-4830 | 24h hotline +81-50-0000-9110
https://www.signalgate.example.co.jp/en/
CONFIDENTIALITY NOTICE: This e-mail may contain privileged information.
""")

WRITERS = [MIURA, KASUGA, BRENNAN]


def mails():
    out = []

    # ------------------------------------------------------------ B01 pass
    out.append(mail(
        "pass", "benign.malware_infection_isolation",
        "「感染」「隔離」はマルウェア対応の用語で、端末名とIPのみ、個人の健康情報ではない。",
        "kasuga", "none", KASUGA.addr,
        [addr("株式会社ミナモ通販 情報システム部 北原様", "kitahara@minamo-shop.example.jp")],
        [addr("三浦 隼人", f"h.miura@{DOMAIN}")],
        "Re: 【至急】Emotet感染疑い端末の隔離完了について",
        """北原様

春日です。ご対応ありがとうございます。
EDR上で以下3台のネットワーク隔離を確認しました。

  PC-SLS-0231  10.20.3.31   Emotet 感染確定（rundll32 経由の不審DLL実行）
  PC-SLS-0244  10.20.3.44   感染疑い（同一マクロ付き文書を開封）
  PC-ACC-0107  10.20.5.107  感染疑い（C2 通信 1回のみ確認）

隔離中の端末は電源を切らずにそのままにしてください。メモリ取得を本日16時に行います。
また、ファイルサーバへの横展開の痕跡は現時点で見つかっていません。
業務システムの障害は発生していない認識ですが、何かあればご連絡ください。

> 春日様
> 3台ともLANケーブルを抜きました。Wi-Fiも無効化済みです。
> 利用者には代替機を貸し出しています。
> ミナモ通販 北原
""" + KASUGA.sig,
    ))

    # ------------------------------------------------------------ B02 hold body
    c1 = luhn_complete("453928001746203")
    c2 = luhn_complete("540119007382615")
    c3 = luhn_complete("352812004591376")
    c4 = luhn_complete("491730008826140")
    out.append(mail(
        "hold", "id.card_numbers_leak_sample",
        "漏えい調査の速報本文に、顧客4名の氏名とカード番号全桁・有効期限を記載している。",
        "miura", "body", MIURA.addr,
        [addr("株式会社ミナモ通販 取締役 片桐様", "katagiri@minamo-shop.example.jp")],
        [addr("株式会社ミナモ通販 情報システム部 北原様", "kitahara@minamo-shop.example.jp")],
        "【速報】ECサイト不正アクセス調査（第1報）",
        f"""株式会社ミナモ通販
取締役 片桐様

シグナルゲート・セキュリティの三浦です。
ECサイトの不正アクセスについて、現時点の調査結果を第1報としてご報告いたします。

1. 改ざん箇所
　決済画面（/checkout/confirm）のJavaScriptに、入力値を外部へ送信するコードが
　5月28日から埋め込まれていました（いわゆるWebスキミング）。

2. 流出が確認されたデータ（攻撃者サーバのログから復元、抜粋）
　高見 沙織　{card4(c1)}　有効期限 08/27
　江藤 英明　{card4(c2)}　有効期限 11/26
　小山内 真奈　{card4(c3)}　有効期限 03/28
　宗像 洋平　{card4(c4)}　有効期限 06/25
　※全体では約1,900件と推定しています。

3. 推奨対応
　・決済代行会社およびカード会社への連絡（本日中）
　・改ざんファイルの差し替えと管理画面パスワードの全変更
　・個人情報保護委員会への報告準備（速報は3〜5日以内）

明日10時のWeb会議で詳細をご説明します。
""" + MIURA.sig,
        personal=[P("name", "高見 沙織"), P("card_number", card4(c1)),
                  P("name", "江藤 英明"), P("card_number", card4(c2)),
                  P("name", "小山内 真奈"), P("card_number", card4(c3)),
                  P("name", "宗像 洋平"), P("card_number", card4(c4))],
    ))

    # ------------------------------------------------------------ B03 pass
    out.append(mail(
        "pass", "benign.ioc_hashes_share",
        "IOC共有のハッシュ値・IP・ドメインのみで、個人に関する情報は含まれない。",
        "kasuga", "none", KASUGA.addr,
        [addr("J-RETAIL ISAC 事務局", "info@jretail-isac.example.or.jp")],
        "IOC共有：ランサムウェア（LockBit系亜種）初期侵入ツール",
        """J-RETAIL ISAC 事務局 御中

シグナルゲート・セキュリティの春日です。
会員企業の対応案件で確認したIOCを共有します（TLP:AMBER、会員内限定）。

[SHA256]
9f2c4e1a7b3d5c8e0f6a2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5  svchost_update.exe
4b7e9a1c3d5f7b9e1a3c5e7f9b1d3a5c7e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9  tool_x64.dll
c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c8d0e2f4a6b8c0d2e  run.ps1

[C2]
203.0.113.77:443
198.51.100.24:8443
cdn-update-check.example.net

[侵入経路]
VPN装置（パッチ未適用）経由。認証ログ上、深夜帯に海外IPからのログインが連続。

ハッシュ値は当社ラボで再計算済みです。YARAルールが必要な会員の方には個別にお渡しします。
""" + KASUGA.sig,
    ))

    # ------------------------------------------------------------ B04 hold body (English)
    out.append(mail(
        "hold", "sensitive.criminal_proceedings",
        "Insider investigation mail names a former employee with date of birth and states his arrest and indictment (criminal proceedings) to outside counsel.",
        "brennan", "body", BRENNAN.addr,
        [addr("Grace Tan, Tan & Partners LLP", "grace.tan@tanpartners.example.com.sg")],
        "Project Harbor - status of the insider case",
        """Dear Grace,

Thank you for your call this morning. As requested, here is a short written update on
the insider case for your memo to the client's board.

- Subject: Mr. Ryota Ishizaki, former sales engineer at the client's Osaka branch
  (DOB 14 March 1988).
- Our forensic review of his laptop showed bulk export of the CRM database
  (approx. 48,000 records) to a personal cloud drive on 2 and 3 May.
- He was arrested by the Osaka Prefectural Police on 3 June on suspicion of
  violating the Unauthorized Computer Access Act, and was indicted on 21 June.
- The client has suspended his severance payment pending the criminal trial.

We can share the full forensic timeline under privilege once the engagement letter
with your firm is countersigned.
""" + BRENNAN.sig,
        personal=[P("name", "Ryota Ishizaki"), P("birthdate", "14 March 1988"),
                  P("criminal", "arrested by the Osaka Prefectural Police"),
                  P("criminal", "indicted on 21 June")],
    ))

    # ------------------------------------------------------------ B05 pass
    out.append(mail(
        "pass", "benign.test_card_dev_minutes",
        "PCI DSS診断の議事録に出てくるカード番号は開発環境の公開テスト番号で、実在顧客のものではない。",
        "miura", "none", MIURA.addr,
        [addr("株式会社ミナモ通販 開発部 宇佐美様", "usami@minamo-shop.example.jp")],
        [addr("春日 玲奈", f"r.kasuga@{DOMAIN}")],
        "決済画面 再診断 打合せメモ（7/3）",
        """宇佐美様

本日はありがとうございました。打合せメモを共有します。

■日時：7月3日（水）15:00〜16:00（Teams）
■参加：ミナモ通販 宇佐美様・開発チーム2名／当社 三浦・春日

■確認事項
1. ステージング環境（stg.minamo-shop.example.jp）で決済フローを再診断
2. テストには決済代行の公開テストカード 4111 1111 1111 1111（有効期限 12/30、CVC 123）を使用
   本番カードでのテストは行わない
3. CSP（Content-Security-Policy）ヘッダを script-src 'self' に限定済み
4. 改ざん検知（SRI ハッシュ）導入は7月中旬リリース

■次回
7月17日（水）15:00 再診断結果の報告

以上です。修正があればご指摘ください。
""" + MIURA.sig,
    ))

    # ------------------------------------------------------------ B06 hold attachment
    leak = """email,name,phone,birth_date,source,first_seen
m.hoshino82@gmail.com,星野 真由美,090-0000-3381,1982-05-14,combolist_jp_2024_06,2024-06-18
kenji.ozaki@yahoo.co.jp,尾崎 健二,080-0000-1245,1975-09-02,combolist_jp_2024_06,2024-06-18
ayaka.n.0707@outlook.com,西川 彩花,070-0000-8890,1996-07-07,forum_dump_minamo,2024-06-20
t.furuya@gmail.com,古谷 隆,090-0000-6612,1968-12-21,forum_dump_minamo,2024-06-20
yui-shimada@yahoo.co.jp,島田 結衣,080-0000-4027,2001-03-30,forum_dump_minamo,2024-06-20
h.kanno1959@gmail.com,菅野 博之,090-0000-7738,1959-10-11,combolist_jp_2024_06,2024-06-21
"""
    out.append(mail(
        "hold", "list.leaked_customer_csv",
        "ダークウェブで見つかった顧客6名のメール・氏名・電話・生年月日のCSVを添付してクライアントに送っている。",
        "kasuga", "attachment", KASUGA.addr,
        [addr("株式会社ミナモ通販 情報システム部 北原様", "kitahara@minamo-shop.example.jp")],
        "ダークウェブ監視 検知結果（6月第3週）",
        """北原様

春日です。6月第3週のダークウェブ監視の結果をお送りします。

貴社の会員データと一致する可能性が高いレコードを抽出し、CSVにまとめました。
前回のWebスキミングとは別経路（過去のフォーラム流出データの再掲）と思われます。
念のため、該当会員のパスワードリセットをご検討ください。

詳細は来週の定例でご説明します。
""" + KASUGA.sig,
        attachments=[att("darkweb_hits_2024W25.csv", CT_CSV, leak)],
        personal=[P("email", "m.hoshino82@gmail.com"), P("name", "星野 真由美"),
                  P("phone", "080-0000-1245"), P("birthdate", "1996-07-07"),
                  P("name", "菅野 博之")],
    ))

    # ------------------------------------------------------------ B07 pass (English)
    out.append(mail(
        "pass", "benign.meeting_arrangement_english",
        "Kick-off meeting arrangement with partner staff names and long signatures only; no personal data.",
        "brennan", "none", BRENNAN.addr,
        [addr("Sarah Whitfield", "s.whitfield@northbeam-ir.example.com")],
        [addr("Hayato Miura", f"h.miura@{DOMAIN}"),
         addr("Tom Alvarez", "t.alvarez@northbeam-ir.example.com")],
        "RE: Joint IR retainer - kick-off call",
        """Hi Sarah,

Thanks for coming back so quickly. Tuesday 16 July works for us.

Proposed agenda (60 min):
  1. Introductions - SignalGate (Hayato Miura, Daniel Brennan) / Northbeam (Sarah, Tom)
  2. Scope of the joint retainer for APAC clients
  3. Escalation paths and 24h hotline handover
  4. Evidence handling and chain-of-custody templates
  5. Next steps

Time: 09:00 JST / 10:00 AEST / 01:00 BST (we know it is early for Tom - sorry!).
I will send a Teams invite shortly.

> From: Sarah Whitfield <s.whitfield@northbeam-ir.example.com>
> Sent: Thursday, July 4, 2024 18:22
> Hi Daniel, could we do Tuesday or Wednesday next week? Tom will join from London.
> Sarah Whitfield | Director, Northbeam Incident Response | Sydney
""" + BRENNAN.sig,
    ))

    # ------------------------------------------------------------ B08 hold body
    out.append(mail(
        "hold", "id.passport_colleague",
        "出張手配のため同僚と自分のパスポート番号・生年月日を旅行会社へ本文で送っている（同僚でも保留対象）。",
        "kasuga", "body", KASUGA.addr,
        [addr("JTC法人トラベル 法人営業二課 上野様", "ueno@jtc-travel.example.co.jp")],
        "シンガポール出張手配のお願い（7/22〜7/26、2名）",
        """JTC法人トラベル
上野様

いつもお世話になっております。シグナルゲート・セキュリティの春日です。
急ぎの現地対応が入りましたので、以下の手配をお願いします。

■行程
7/22（月）羽田 → シンガポール（午前便希望）
7/26（金）シンガポール → 羽田（夜便可）
ホテル：Raffles Place 周辺、シングル2室 4泊

■渡航者
1) 三浦 隼人（ミウラ ハヤト）　1984年2月19日生　旅券番号 TR4827193　有効期限 2031/05/10
2) 春日 玲奈（カスガ レイナ）　1993年9月8日生　旅券番号 TS1930548　有効期限 2029/11/02

請求は通常どおり会社宛てでお願いします。
見積が出ましたらご連絡ください。
""" + KASUGA.sig,
        personal=[P("name", "三浦 隼人（ミウラ ハヤト）"), P("birthdate", "1984年2月19日"),
                  P("passport", "TR4827193"), P("birthdate", "1993年9月8日"),
                  P("passport", "TS1930548")],
    ))

    # ------------------------------------------------------------ B09 pass (English)
    out.append(mail(
        "pass", "benign.masked_card_summary",
        "Fraud transaction summary uses masked card numbers and order IDs only; no cardholder names.",
        "brennan", "none", BRENNAN.addr,
        [addr("Naomi Fujisawa, Finance", "fujisawa@minamo-shop.example.jp")],
        "Chargeback summary for the acquirer (masked)",
        """Dear Ms. Fujisawa,

As discussed, below is the masked summary of suspicious transactions you can forward
to the acquirer. Full PANs are NOT included; please keep it that way.

Order ID        Date        Card (masked)          Amount (JPY)
MN-240601-0192  2024-06-01  4539-****-****-2031    38,500
MN-240601-0417  2024-06-01  5401-****-****-6158    12,980
MN-240602-0088  2024-06-02  3528-****-****-3767    64,200
MN-240603-1120  2024-06-03  4917-****-****-1407     9,800

Total: 4 transactions, JPY 125,480.

The acquirer may ask for the forensic report reference: SG-IR-2024-0611.
""" + BRENNAN.sig,
    ))

    # ------------------------------------------------------------ B10 hold quoted
    out.append(mail(
        "hold", "personal.customer_report_forward",
        "クライアントから転送された一般顧客の申告メール（氏名・住所・電話・メール）を外注先ラボへそのまま転送している。",
        "miura", "quoted", MIURA.addr,
        [addr("株式会社デジタルラボ東京 解析チーム 大河内様", "okochi@dlab-tokyo.example.co.jp")],
        "Fw: Fw: 不審なメールが届きました（ヘッダ解析依頼）",
        """デジタルラボ東京
大河内様

三浦です。いつもありがとうございます。
クライアント（ミナモ通販）経由で届いた顧客からの申告です。
添付されていたフィッシングメールのヘッダ解析と送信元インフラの調査をお願いします。
納期は7月12日（金）でお願いできればと思います。

-------- Forwarded Message --------
Subject: Fw: 不審なメールが届きました
From: ミナモ通販 お客様窓口 <support@minamo-shop.example.jp>

> 三浦様
> お客様から下記の申告がありました。ご確認をお願いします。
>
> > ミナモ通販 御中
> > 「お支払い方法の確認」というメールが届き、リンク先でカード番号を入力しそうになりました。
> > 本物かどうか確認してください。注文番号は MN-240628-3321 です。
> >
> > 武藤 亜希子
> > 〒270-0000 千葉県松戸市常盤台3-11-2
> > TEL 047-0000-5519
> > akiko.muto.home@gmail.com
""" + MIURA.sig,
        personal=[P("name", "武藤 亜希子"), P("address", "千葉県松戸市常盤台3-11-2"),
                  P("phone", "047-0000-5519"), P("email", "akiko.muto.home@gmail.com")],
    ))

    # ------------------------------------------------------------ B11 pass
    out.append(mail(
        "pass", "benign.project_six_recipients",
        "2社6名の関係者が見える宛先のプロジェクト連絡で、外部宛先は10を超えず個人情報もない。",
        "miura", "none", MIURA.addr,
        [addr("片桐 修", "katagiri@minamo-shop.example.jp"),
         addr("北原 奈津子", "kitahara@minamo-shop.example.jp"),
         addr("宇佐美 拓", "usami@minamo-shop.example.jp"),
         addr("藤沢 直美", "fujisawa@minamo-shop.example.jp")],
        [addr("春日 玲奈", f"r.kasuga@{DOMAIN}"),
         addr("Daniel Brennan", f"d.brennan@{DOMAIN}")],
        "【定例】インシデント対応 週次ミーティング（7/10）のご案内",
        """ミナモ通販 関係者各位

シグナルゲートの三浦です。
今週の定例を以下のとおり開催します。

　日時：7月10日（水）10:00〜11:00
　場所：貴社 本社7F 会議室B ／ Teams 併用
　議題：
　　1. 再発防止策の進捗（開発部）
　　2. 個人情報保護委員会への確報の構成案（当社）
　　3. 会員向けお知らせ文面のレビュー
　　4. 次回以降の定例頻度（隔週化の提案）

資料は前日までに共有フォルダに置きます。
""" + MIURA.sig,
    ))

    # ------------------------------------------------------------ B12 hold attachment
    log = """# access_log excerpt  host=web02  2024-06-28  (POST /contact)
203.0.113.45 - - [28/Jun/2024:10:14:02 +0900] "POST /contact HTTP/1.1" 200 512 "name=%E5%B2%A1%E7%94%B0" body="name=岡田 美紀&tel=090-0000-2207&addr=神奈川県藤沢市鵠沼桜が岡2-8-1&msg=返品したい"
198.51.100.9 - - [28/Jun/2024:10:15:47 +0900] "POST /contact HTTP/1.1" 200 512 body="name=今村 達也&tel=080-0000-6631&addr=埼玉県川口市並木4-2-19&msg=配送状況"
203.0.113.45 - - [28/Jun/2024:10:16:10 +0900] "POST /contact HTTP/1.1" 403 128 body="name=test'%20OR%201=1--&tel=0&addr=x&msg=x"
192.0.2.201 - - [28/Jun/2024:10:18:33 +0900] "POST /contact HTTP/1.1" 200 512 body="name=榊原 典子&tel=03-0000-4518&addr=東京都練馬区豊玉北5-30-4&msg=領収書の再発行"
203.0.113.45 - - [28/Jun/2024:10:19:02 +0900] "POST /contact HTTP/1.1" 403 128 body="name=<script>alert(1)</script>&tel=0&addr=x&msg=x"
"""
    out.append(mail(
        "hold", "list.access_log_with_pii",
        "WAFチューニング用に送ったアクセスログに、問い合わせフォームに入力された顧客3名の氏名・電話・住所がそのまま含まれている。",
        "miura", "attachment", MIURA.addr,
        [addr("ガードウォール株式会社 テクニカルサポート", "tech@guardwall.example.com")],
        "WAF誤検知・検知漏れの調査依頼（web02 /contact）",
        """ガードウォール株式会社
テクニカルサポート ご担当者様

シグナルゲート・セキュリティの三浦です（ミナモ通販様の代理で問い合わせています）。

/contact への SQLi・XSS の試行のうち、一部がブロックされず 200 を返しているように見えます。
該当時間帯のアクセスログを添付しますので、シグネチャの適用状況をご確認ください。

契約ID：GW-ENT-20331
対象FQDN：www.minamo-shop.example.jp
""" + MIURA.sig,
        attachments=[att("web02_access_20240628_contact.log.txt", CT_TXT, log)],
        personal=[P("name", "岡田 美紀"), P("phone", "090-0000-2207"),
                  P("address", "埼玉県川口市並木4-2-19"), P("name", "榊原 典子"),
                  P("address", "東京都練馬区豊玉北5-30-4")],
    ))

    # ------------------------------------------------------------ B13 pass (English)
    out.append(mail(
        "pass", "benign.corporate_swift_invoice",
        "Invoice mail with the company's own corporate bank account and SWIFT code; no private person's account.",
        "brennan", "none", BRENNAN.addr,
        [addr("Accounts Payable, Harbor Logistics Pte. Ltd.", "ap@harborlogistics.example.com.sg")],
        "Invoice SG-INV-2024-0347 - IR retainer Q3",
        """Dear Accounts Payable team,

Please find below the payment details for invoice SG-INV-2024-0347
(IR retainer, Q3 2024, USD 18,000.00, due 31 July 2024).

Beneficiary: SignalGate Security Inc.
Bank: Shibahama Trust Bank, Head Office
Account No.: 1234567 (USD current account)
SWIFT/BIC: SHBTJPJT
Bank address: 2-1-1 Shibahama, Minato-ku, Tokyo 105-0000, Japan
Reference: SG-INV-2024-0347

Please note that our bank details have not changed. If you ever receive a request to pay
into a different account, call us on +81-3-0000-4830 before paying.
""" + BRENNAN.sig,
    ))

    # ------------------------------------------------------------ B14 hold subject
    out.append(mail(
        "hold", "personal.contact_in_subject",
        "乗っ取り被害が疑われる会員の氏名・個人メールアドレス・携帯番号を件名に書いて外部SOCへ送っている（本文には個人情報なし）。",
        "kasuga", "subject", KASUGA.addr,
        [addr("ミナモ通販 SOC（委託）", "soc@minamo-soc.example.net")],
        "アカウント乗っ取り疑い 堀川 紗希様 saki.horikawa@gmail.com 080-0000-7731",
        """SOCご担当者様

春日です。
件名の会員アカウントについて、7月5日 02:10〜02:40 に海外IPからのログインと
配送先住所の変更が記録されています。

・該当セッションの強制ログアウト
・配送先変更の取消し
・過去30日分のログイン履歴の抽出

をお願いします。本人への連絡はミナモ通販の窓口から行う予定です。
""" + KASUGA.sig,
        personal=[P("name", "堀川 紗希"), P("email", "saki.horikawa@gmail.com"),
                  P("phone", "080-0000-7731")],
    ))

    # ------------------------------------------------------------ B15 pass
    out.append(mail(
        "pass", "benign.successor_introduction",
        "担当交代の挨拶で、後任者の業務上の連絡先のみが書かれている。",
        "miura", "none", MIURA.addr,
        [addr("株式会社ロータス精工 情報システム課 課長 松浦様", "matsuura@lotus-seiko.example.co.jp")],
        [addr("春日 玲奈", f"r.kasuga@{DOMAIN}")],
        "担当者変更のご挨拶",
        """株式会社ロータス精工
情報システム課 課長 松浦様

平素より大変お世話になっております。シグナルゲート・セキュリティの三浦です。

私事で恐縮ですが、8月1日付で大阪オフィスの立ち上げを担当することになり、
貴社のインシデント対応リテーナー契約の担当を春日に引き継ぐこととなりました。

　後任：春日 玲奈（フォレンジックアナリスト）
　電話：03-0000-4823
　メール：r.kasuga@signalgate.example.co.jp

春日は昨年の貴社ランサムウェア訓練でも解析を担当しており、
環境もよく把握しております。7月中に一度、二人でご挨拶に伺えればと存じます。

在任中は格別のご高配を賜り、誠にありがとうございました。
""" + MIURA.sig,
    ))

    # ------------------------------------------------------------ B16 hold quoted (English)
    out.append(mail(
        "hold", "personal.employee_home_contact_forward",
        "Forwarded HR note gives one employee's home address, private mobile and name to an outside courier/recovery vendor.",
        "brennan", "quoted", BRENNAN.addr,
        [addr("DataSafe Recovery - Dispatch", "dispatch@datasafe-recovery.example.com")],
        "FW: Laptop collection for imaging - case SG-IR-2024-0652",
        """Hello Dispatch team,

Please arrange a secure pickup of one laptop for forensic imaging under case
SG-IR-2024-0652. The client's HR contact has confirmed the details below.
Sealed evidence bag and chain-of-custody form required; deliver to our Shibahama lab.

-----Original Message-----
From: HR Department, Lotus Seiko <hr@lotus-seiko.example.co.jp>
Sent: Monday, July 8, 2024 11:05
To: Daniel Brennan
Subject: Laptop collection

Daniel-san,

The employee is working from home this week and agreed to hand over the device.
Name: Shota Nagamine (永峰 翔太)
Home address: 3-14-7 Kamiyoga, Setagaya-ku, Tokyo 158-0000, Room 402
Mobile (private): 090-0000-3906
Available: 10 July, 13:00-17:00

Regards,
HR, Lotus Seiko
""" + BRENNAN.sig,
        personal=[P("name", "Shota Nagamine (永峰 翔太)"),
                  P("address", "3-14-7 Kamiyoga, Setagaya-ku, Tokyo 158-0000, Room 402"),
                  P("phone", "090-0000-3906")],
    ))

    # ------------------------------------------------------------ B17 pass
    ioc_csv = """type,value,first_seen,note
sha256,9f2c4e1a7b3d5c8e0f6a2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5,2024-06-27,loader
sha256,4b7e9a1c3d5f7b9e1a3c5e7f9b1d3a5c7e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9,2024-06-27,dll
ipv4,203.0.113.77,2024-06-27,c2
ipv4,198.51.100.24,2024-06-28,c2
domain,cdn-update-check.example.net,2024-06-28,c2
"""
    yar = """rule SG_Loader_2024_06 {
  meta:
    author = "SignalGate IR"
    date = "2024-07-01"
  strings:
    $a = "svchost_update" ascii wide
    $b = { 6A 40 68 00 30 00 00 }
  condition:
    uint16(0) == 0x5A4D and all of them
}
"""
    out.append(mail(
        "pass", "benign.plain_zip_ioc_bundle",
        "パスワードなしの通常zipでIOCとYARAルールを共有しており、個人情報は含まれない。",
        "kasuga", "none", KASUGA.addr,
        [addr("ロータス精工 情報システム課 SOC", "soc@lotus-seiko.example.co.jp")],
        "検知ルール一式（zip、パスワードなし）",
        """SOCご担当者様

春日です。EDRとプロキシに投入いただく検知ルール一式を送ります。
zipにはパスワードをかけていません（中身はIOCとYARAのみです）。

・iocs.csv … ハッシュ、C2 IP、ドメイン
・sg_loader.yar … ローダー検知用

投入後、過去90日分のレトロハントもお願いできると助かります。
""" + KASUGA.sig,
        attachments=[att("sg_rules_20240701.zip/iocs.csv", CT_CSV, ioc_csv),
                     att("sg_rules_20240701.zip/sg_loader.yar", CT_TXT, yar)],
    ))

    # ------------------------------------------------------------ B18 hold zip
    out.append(mail(
        "hold", "attachment.encrypted_zip",
        "調査報告書をパスワード付きzip（暗号化）で送付しており、PPAPに該当する。",
        "miura", "zip", MIURA.addr,
        [addr("株式会社ロータス精工 情報システム課 課長 松浦様", "matsuura@lotus-seiko.example.co.jp")],
        "フォレンジック調査報告書（最終版）の送付",
        """松浦様

お世話になっております。三浦です。
フォレンジック調査報告書の最終版を送付いたします。
社内規定によりパスワード付きzipとしております。パスワードは別メールにてお送りします。

ご不明点があれば、7月19日の報告会でご説明いたします。
""" + MIURA.sig,
        attachments=[enczip("SG-IR-2024-0652_report_final.zip")],
    ))

    # ------------------------------------------------------------ B19 pass
    out.append(mail(
        "pass", "benign.evidence_serials",
        "証拠保全した機器の資産番号・シリアル・ハッシュ値の一覧で、個人に紐づく情報はない。",
        "kasuga", "none", KASUGA.addr,
        [addr("ロータス精工 情報システム課 松浦様", "matsuura@lotus-seiko.example.co.jp")],
        "証拠保全完了のご報告（3点）",
        """松浦様

春日です。本日、以下3点の証拠保全（イメージ取得）を完了しました。

証拠番号        資産番号     機器                 シリアル         SHA-256（先頭16桁）
EV-0652-01     LS-NB-1187   ノートPC（14型）      5CG3281KQZ       3fa9c2d17be04a58
EV-0652-02     LS-NB-1192   ノートPC（14型）      5CG3281L0B       b71e0d94c6a2f113
EV-0652-03     LS-USB-0044  USBメモリ 64GB        AA00000000013527 9c04e6a2d8b15f70

原本はシール封緘のうえ当社ラボの金庫で保管しています。
Chain of Custody の写しは報告書に添付します。
""" + KASUGA.sig,
    ))

    # ------------------------------------------------------------ B20 hold recipients
    clients = [
        ("ミナモ通販 北原様", "kitahara@minamo-shop.example.jp"),
        ("ロータス精工 松浦様", "matsuura@lotus-seiko.example.co.jp"),
        ("Harbor Logistics IT", "it@harborlogistics.example.com.sg"),
        ("東和建機 情報管理室 坂口様", "sakaguchi@towa-kenki.example.co.jp"),
        ("あおば信用組合 システム部 今井様", "imai@aoba-shinkumi.example.jp"),
        ("北斗メディカル 情報システム 吉田様", "yoshida@hokuto-medical.example.co.jp"),
        ("みなと学園 事務局 佐伯様", "saeki@minato-gakuen.example.ac.jp"),
        ("ユニバース食品 総務部 杉本様", "sugimoto@universe-foods.example.co.jp"),
        ("三ツ星運輸 IT推進課 野村様", "nomura@mitsuboshi-unyu.example.co.jp"),
        ("グリーンテック 管理部 村井様", "murai@greentech.example.jp"),
        ("大和ソフト 開発部 江口様", "eguchi@yamato-soft.example.co.jp"),
        ("桜台病院 医療情報課 新井様", "arai@sakuradai-hp.example.or.jp"),
    ]
    out.append(mail(
        "hold", "recipients.visible_clients",
        "12社の顧客担当者のアドレスをToに並べて送っており、取引先どうしに互いの顧客関係が見えてしまう。",
        "miura", "recipients", MIURA.addr,
        [addr(n, e) for n, e in clients],
        "【緊急】SSL-VPN製品の脆弱性（CVE-2024-XXXX）に関する注意喚起",
        """リテーナー契約ご担当者各位

シグナルゲート・セキュリティの三浦です。
複数のSSL-VPN製品で認証回避の脆弱性が公表され、すでに悪用が観測されています。

■対象：各社VPN装置のファームウェア 9.1 系・9.2 系の一部
■推奨対応（本日中）
　1. ベンダー公表の修正版へのアップデート
　2. アップデートできない場合は管理画面の外部公開停止
　3. 7月以降の認証ログに不審なログインがないかの確認

ログ確認のご支援が必要な場合は、24時間窓口（050-0000-9110）までご連絡ください。
""" + MIURA.sig,
    ))

    for m in out:
        m["_org"] = ORG
    return out
