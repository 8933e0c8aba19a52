"""Org C: game-development studio 株式会社ピクセルフォージ (QA contractors, voice agencies, player support)."""
from common import mail, att, enc_zip, tsv, csv_text, mynumber, card, XLSX, PDF, CSV, TXT

ORG = "C"
DOM = "pixelforge.example.co.jp"

SANADA = f"真田 亮 <r.sanada@{DOM}>"
KIRIYA = f"桐谷 葵 <a.kiriya@{DOM}>"
OMORI = f"大森 悠斗 <y.omori@{DOM}>"

SIG_SANADA = """
--
Ryo Sanada / 真田 亮
Producer, Pixel Forge Inc.
株式会社ピクセルフォージ 第2開発部 プロデューサー
〒150-0002 東京都渋谷区渋谷2-14-8 渋谷KSビル5F
Tel: +81-3-0000-6620 / Mobile: +81-80-0000-7183
https://pixelforge.example.co.jp
This e-mail and any attachments are confidential and intended solely for the addressee.
本メールおよび添付ファイルは機密情報を含む場合があります。
""".strip("\n")

SIG_KIRIYA = """
――――――――――――――――
桐谷 葵 (Aoi Kiriya)
QA Lead / 品質管理グループ
Pixel Forge Inc.
Tel: 03-0000-6631　Slack: @kiriya
――――――――――――――――
""".strip("\n")

SIG_OMORI = """
==============================
株式会社ピクセルフォージ　プレイヤーサポート
大森 悠斗（おおもり ゆうと）
受付時間：平日 10:00～18:00（土日祝・年末年始を除く）
※お問い合わせ番号を件名に残したままご返信ください。
==============================
""".strip("\n")

CARD_PLAYER = card("453912708846215")
MN_MIYAZAKI = mynumber("61840273915")

MAILS = []

# ---------------------------------------------------------------- holds
MAILS.append(mail(
    "hold", "id.credit_card",
    "The body repeats a player's full card number (typed into the support form) to the payment processor.",
    "大森", "body", OMORI, ["ペイゲート 加盟店サポート <merchant-support@paygate.example.co.jp>"],
    "不正利用の申告に関する調査依頼（加盟店ID PF-MC-20981）",
    f"""
株式会社ペイゲート 加盟店サポート ご担当者様

いつもお世話になっております。株式会社ピクセルフォージ プレイヤーサポートの大森です。
弊社タイトル「エターナル・クロニクル」のユーザー様から、身に覚えのない課金があるとの申告がありましたので、
取引の調査をお願いいたします。

　申告者：菅野 亜美 様
　お問い合わせ番号：#PS-2025-061844
　お客様がフォームに記載されたカード番号：{CARD_PLAYER}
　対象取引（いずれも6月9日）：
　　TX-8F21A0C3　9,800円　22:14
　　TX-8F21A0D9　9,800円　22:16
　　TX-8F21A11E　4,900円　22:31

ご本人はこの時間帯にアプリを起動していないとのことです。
カードの利用停止はご本人がカード会社にご連絡済みとのことです。
チャージバックの可能性も含め、ご確認のほどよろしくお願いいたします。

{SIG_OMORI}
""",
    personal=[("name", "菅野 亜美"), ("card_number", CARD_PLAYER)],
))

MAILS.append(mail(
    "hold", "id.freelancer_payment",
    "The body gives a freelance composer's マイナンバー, home address and personal bank account to the outside accounting office.",
    "真田", "body", SANADA, ["河合 美紀 <kawai@kawai-tax.example.jp>"],
    "外注作曲家の支払調書用情報について",
    f"""
河合会計事務所
河合先生

お世話になっております。ピクセルフォージの真田です。
先日ご依頼いただいた、外注先（個人）の支払調書作成用の情報をお送りします。
今期から契約している作曲家の方で、まだ先生の管理表に載っていないと思います。

　氏名：宮崎 颯太（みやざき そうた）
　屋号：Sota Miyazaki Sound
　住所：東京都世田谷区三軒茶屋1-27-4 アーバンコート302
　個人番号：{MN_MIYAZAKI}
　報酬振込先：東都銀行 三軒茶屋支店 普通 5510823 ミヤザキ ソウタ
　2025年の支払予定額：約1,450,000円（源泉徴収あり）

契約書の写しは共有フォルダに置いておきます。
不足があればご連絡ください。

{SIG_SANADA}
""",
    personal=[("name", "宮崎 颯太"), ("address", "東京都世田谷区三軒茶屋1-27-4 アーバンコート302"),
              ("mynumber", MN_MIYAZAKI), ("bank_account", "普通 5510823 ミヤザキ ソウタ")],
))

MAILS.append(mail(
    "hold", "sensitive.voice_actor_health",
    "Tells the overseas publisher a named voice actress's diagnoses (vocal cord nodules, panic disorder) passed on by her agency.",
    "真田", "body", SANADA, ["Emily Carter <emily.carter@northstar-games.example.com>"],
    "Re: VO schedule for Mina (EN/JP sync)",
    f"""
Hi Emily,

Thanks for the quick reply. I'm afraid I have to update the JP voice-over schedule for Mina.

Our voice actress for Mina, Mei Hoshino (星野 芽衣), will be off for about two months.
Her agency told us confidentially that she has been diagnosed with vocal cord nodules,
and she is also being treated for panic disorder, so they asked us not to schedule any session before mid-August.

Options on our side:
1) Keep Mei and move the remaining 180 lines to the August 18-22 block (Chapter 6 release slips by ~3 weeks).
2) Recast Mina for the new chapters only (not recommended, fans will notice).

I'd like to go with option 1. Could you check with your marketing team whether the slip is acceptable?
Please keep the reason between us; publicly we'll just say "schedule adjustment".

Best regards,
Ryo

{SIG_SANADA}

> Hi Ryo,
> Could you confirm the JP recording dates for Mina's Chapter 6 lines? We need them to lock the EN lip-sync pass.
> Thanks, Emily
""",
    personal=[("name", "Mei Hoshino"), ("name", "星野 芽衣"), ("diagnosis", "vocal cord nodules"),
              ("diagnosis", "panic disorder")],
))

playtest = [
    ["受付番号", "氏名", "年齢", "電話番号", "メールアドレス", "住所", "保護者同意", "備考"],
    ["PT-001", "中島 優斗", "16", "090-0000-1182", "yuto.nakajima.pt@gmail.com", "東京都練馬区豊玉北3-8-2", "済（母 中島 理恵）", ""],
    ["PT-002", "遠藤 さくら", "22", "080-0000-4473", "sakura.endo@yahoo.co.jp", "神奈川県川崎市中原区小杉町2-11-5", "-", "車椅子利用、入口スロープ案内"],
    ["PT-003", "木下 拓真", "19", "070-0000-9015", "takuma.k.games@gmail.com", "埼玉県さいたま市浦和区高砂1-4-17", "-", ""],
    ["PT-004", "三上 玲奈", "27", "090-0000-3348", "rena.mikami@outlook.com", "東京都江東区豊洲5-2-9-1405", "-", ""],
    ["PT-005", "桑田 陸", "15", "080-0000-6621", "riku.kuwata2010@gmail.com", "千葉県船橋市本町6-3-1", "済（父 桑田 浩）", ""],
    ["PT-006", "岡 美咲", "31", "090-0000-5590", "misaki.oka.31@gmail.com", "東京都杉並区高円寺南4-19-6", "-", "配信者（事前許可済）"],
    ["PT-007", "平井 蓮", "24", "070-0000-2208", "ren-hirai@yahoo.co.jp", "東京都世田谷区北沢2-33-10", "-", ""],
]
MAILS.append(mail(
    "hold", "list.playtest_participants",
    "The attached reception list gives playtest participants' names, ages (some minors), phones, e-mails and home addresses to the event contractor; the body is harmless.",
    "桐谷", "attachment", KIRIYA, ["宮下 彩乃 <miyashita@stageworks.example.co.jp>"],
    "先行体験会（6/21）受付用リストの送付",
    f"""
株式会社ステージワークス
宮下様

お世話になっております。ピクセルフォージ QAの桐谷です。
6/21（土）の先行体験会について、当日の受付用リストを添付いたします。
受付スタッフの方にご共有いただき、来場時の本人確認にお使いください。

・集合：9:00（スタッフ）／開場 10:30
・試遊台：PC 8台、Switch 4台（機材は前日搬入済み）
・アンケートは紙とWebの両方を用意しています

何かあれば当日は私の携帯（080-0000-9327）までお願いします。

{SIG_KIRIYA}
""",
    attachments=[att("先行体験会_受付リスト_0621.xlsx", XLSX, tsv(playtest, "参加者"))],
    personal=[("name", "中島 優斗"), ("phone", "090-0000-1182"), ("address", "東京都練馬区豊玉北3-8-2"),
              ("name", "桑田 陸"), ("email", "riku.kuwata2010@gmail.com"), ("disability", "車椅子利用")],
))

MAILS.append(mail(
    "hold", "personal.resume",
    "Forwards a job candidate's full résumé (address, phone, birth date, career) to an outside freelance advisor; the body only asks for an opinion.",
    "真田", "attachment", SANADA, ["長瀬 淳 <jun.nagase.consult@gmail.com>"],
    "クライアントエンジニア候補者の件（ご意見のお願い）",
    f"""
長瀬さん

ご無沙汰しています、真田です。
以前お話ししていたクライアントエンジニアの採用で、書類が通った方がいます。
技術面の見立てを長瀬さんにも伺いたく、履歴書と職務経歴書を添付します。
来週の二次面接の前に、気になる点があれば教えてください。

謝礼はいつもの顧問契約の範囲でお願いできれば。

{SIG_SANADA}
""",
    attachments=[att("履歴書_職務経歴書_藤原悠真.pdf", PDF, """
履歴書
2025年6月5日現在
氏名：藤原 悠真（ふじわら ゆうま）
生年月日：1994年2月19日（満31歳）　性別：男
現住所：〒164-0001 東京都中野区中野4-12-3 サンハイツ中野208
電話：090-0000-7261　メール：yuma.fujiwara.dev@gmail.com
学歴：2012年4月 東邦工業大学 情報工学科 入学／2016年3月 同 卒業
職歴：2016年4月 株式会社ネクストプレイ 入社（クライアントエンジニア）
　　　2021年10月 株式会社ルミナゲームス 入社（リードエンジニア）現在に至る
免許・資格：基本情報技術者、普通自動車第一種運転免許
志望動機：アクションゲームのレンダリング最適化に携わりたく……
本人希望記入欄：現職の退職交渉のため、入社は10月以降を希望します。

職務経歴書（要約）
・Unity/C#で3Dアクション2タイトルのクライアント開発（DAU約40万）
・描画負荷を約35%削減したシェーダーLOD設計を主導
""")],
    personal=[("name", "藤原 悠真"), ("birthdate", "1994年2月19日"),
              ("address", "東京都中野区中野4-12-3 サンハイツ中野208"), ("phone", "090-0000-7261")],
))

MAILS.append(mail(
    "hold", "personal.player_inquiry_forward",
    "The quoted parent's inquiry with full name, address, phone and a child's birth date is forwarded to the outsourced operations vendor.",
    "大森", "quoted", OMORI, ["オプスブリッジ 運営チーム <ops-team@opsbridge.example.jp>"],
    "Fw: [#PS-2025-062107] 子どものアカウントが使えなくなった",
    f"""
オプスブリッジ 運営チーム各位

お疲れさまです。ピクセルフォージ サポートの大森です。
下記お問い合わせについて、アカウント復旧（引き継ぎコード再発行）の対応をお願いします。
本人確認は保護者の方とのメールで完了しています。

{SIG_OMORI}

-------- Original Message --------
From: 森田 直美 <naomi.morita.0322@yahoo.co.jp>
Date: 2025/06/11 21:08
Subject: 子どものアカウントが使えなくなった

> ピクセルフォージ サポートご担当様
>
> 小学5年の息子がプレイしている「エターナル・クロニクル」のアカウントについてです。
> 機種変更をしたらデータが消えてしまい、息子が泣いています。
> 引き継ぎコードは控えていなかったのですが、復旧できないでしょうか。
>
> 　保護者氏名：森田 直美
> 　住所：大阪府堺市北区中百舌鳥町2-104-7
> 　電話：090-0000-8130
> 　プレイヤー名：ハヤテ（本名 森田 颯、2014年7月30日生）
> 　ユーザーID：EC-77120458
> 　最終ログイン：6月8日ごろ
>
> 課金は私のカードで月に1,000円くらいしています。
> よろしくお願いします。
""",
    personal=[("name", "森田 直美"), ("address", "大阪府堺市北区中百舌鳥町2-104-7"), ("phone", "090-0000-8130"),
              ("name", "森田 颯"), ("birthdate", "2014年7月30日")],
))

MAILS.append(mail(
    "hold", "id.bank_account_subject",
    "Only the subject carries the risk: a freelance illustrator's personal bank account number, sent to the outside bookkeeper.",
    "真田", "subject", SANADA, ["河合会計事務所 経理代行 <keiri-daiko@kawai-tax.example.jp>"],
    "【振込先変更】相沢 ゆかり様 城南みらい信金 目黒支店 普通 0876543",
    f"""
経理代行ご担当者様

お世話になっております。ピクセルフォージの真田です。
標記の件、7月支払分から変更をお願いいたします。
ご本人からの変更届（押印済み）は、先ほど共有フォルダの「外注先_変更届」にアップしました。

よろしくお願いいたします。

{SIG_SANADA}
""",
    personal=[("name", "相沢 ゆかり"), ("bank_account", "城南みらい信金 目黒支店 普通 0876543")],
))

plog = [
    ["timestamp", "user_id", "real_name", "email", "phone", "item_id", "amount_jpy", "platform", "ip_addr", "status"],
    ["2025-06-08T20:14:03+09:00", "EC-60311872", "宇田川 翔", "sho.udagawa@gmail.com", "090-0000-4418", "gem_pack_l", "9800", "iOS", "198.51.100.23", "DUPLICATE"],
    ["2025-06-08T20:14:05+09:00", "EC-60311872", "宇田川 翔", "sho.udagawa@gmail.com", "090-0000-4418", "gem_pack_l", "9800", "iOS", "198.51.100.23", "OK"],
    ["2025-06-08T21:02:47+09:00", "EC-41209934", "杉浦 みなみ", "minami.sugiura@yahoo.co.jp", "080-0000-2271", "battle_pass_s3", "1200", "Android", "203.0.113.77", "DUPLICATE"],
    ["2025-06-08T21:02:49+09:00", "EC-41209934", "杉浦 みなみ", "minami.sugiura@yahoo.co.jp", "080-0000-2271", "battle_pass_s3", "1200", "Android", "203.0.113.77", "OK"],
    ["2025-06-08T22:37:10+09:00", "EC-70458821", "Kevin Lau", "kevin.lau.hk@outlook.com", "070-0000-6809", "gem_pack_m", "4900", "Android", "192.0.2.145", "DUPLICATE"],
    ["2025-06-08T22:37:12+09:00", "EC-70458821", "Kevin Lau", "kevin.lau.hk@outlook.com", "070-0000-6809", "gem_pack_m", "4900", "Android", "192.0.2.145", "OK"],
]
MAILS.append(mail(
    "hold", "list.player_purchase_log",
    "A plain zip for bug reproduction carries a purchase log with players' real names, e-mails and phone numbers, sent to the QA contractor.",
    "桐谷", "zip", KIRIYA, ["佐久間 亮太 <sakuma@bugcatch.example.com>"],
    "【EC-5512】二重課金の再現用ログ一式",
    f"""
バグキャッチ 佐久間さん

お疲れさまです。桐谷です。
EC-5512（ショップで購入ボタン連打時に二重課金になる件）の再現用に、6/8夜の課金ログと手順書をzipでお送りします。
本番で発生したパターンを検証環境で再現できるか確認をお願いします。

・端末：iPhone 12 / Pixel 6a で発生報告あり
・通信：4G ⇔ Wi-Fi の切り替え直後に多い印象
・期限：6/18（水）中に再現可否だけでも共有いただけると助かります

{SIG_KIRIYA}
""",
    attachments=[
        att("EC-5512_repro.zip/purchase_log_20250608.csv", CSV, csv_text(plog)),
        att("EC-5512_repro.zip/repro_steps.txt", TXT, """
EC-5512 再現手順（暫定）
1. ショップ > ジェム > 9,800円パックを選択
2. 購入確認ダイアログで「購入」を0.5秒以内に2回タップ
3. 購入処理中にWi-Fiをオフにする
期待結果：1回のみ課金　実際：2回課金される（レシート検証APIが2回成功を返す）
ビルド：1.8.2 (build 4471)
"""),
    ],
    personal=[("name", "宇田川 翔"), ("email", "sho.udagawa@gmail.com"), ("phone", "090-0000-4418"),
              ("name", "杉浦 みなみ"), ("phone", "080-0000-2271"), ("name", "Kevin Lau")],
))

MAILS.append(mail(
    "hold", "attachment.encrypted_zip",
    "Password-protected zip of recording scripts (PPAP) to the voice agency; held whatever the body says.",
    "真田", "zip", SANADA, ["岡 智子 <oka@koe-pro.example.co.jp>"],
    "第6章 収録台本（最終稿）の送付",
    f"""
コエプロダクション
岡様

いつもお世話になっております。ピクセルフォージの真田です。
第6章の収録台本（最終稿）をお送りします。ネタバレを含むため、パスワード付きzipにしております。
パスワードは別途お送りします。

収録は7月8日（火）・9日（水）の予定で変更ありません。
よろしくお願いいたします。

{SIG_SANADA}
""",
    attachments=[enc_zip("EC_ch6_script_final.zip")],
))

beta_to = [
    "宇田川 翔 <sho.udagawa@gmail.com>",
    "杉浦 みなみ <minami.sugiura@yahoo.co.jp>",
    "Kevin Lau <kevin.lau.hk@outlook.com>",
    "遠藤 さくら <sakura.endo@yahoo.co.jp>",
    "木下 拓真 <takuma.k.games@gmail.com>",
    "三上 玲奈 <rena.mikami@outlook.com>",
    "岡 美咲 <misaki.oka.31@gmail.com>",
    "平井 蓮 <ren-hirai@yahoo.co.jp>",
    "小泉 健太 <k.koizumi@koizumi-denki.example.co.jp>",
    "西村 愛 <ai.nishimura.play@gmail.com>",
    "Chen Wei <chenwei.gamer@gmail.com>",
    "高畑 悠 <haruka.takahata@yahoo.co.jp>",
]
MAILS.append(mail(
    "hold", "recipients.beta_invite",
    "Twelve players' private (and one company) addresses are listed openly in To instead of BCC.",
    "大森", "recipients", OMORI, beta_to,
    "【当選のお知らせ】「エターナル・クロニクル2」クローズドβテスト",
    f"""
プレイヤーの皆さま

このたびは「エターナル・クロニクル2」クローズドβテストにご応募いただき、誠にありがとうございます。
厳正なる抽選の結果、ご当選となりましたのでお知らせいたします。

■テスト期間
　2025年7月4日（金）18:00 ～ 7月13日（日）23:59

■参加方法
　1. 下記のページからテスト用クライアントをダウンロード
　　 https://pixelforge.example.co.jp/ec2/cbt/
　2. ご応募時のメールアドレスでログイン
　3. 招待コード：CBT-EC2-7K4Q を入力

■ご注意
　・テスト内容は秘密保持の対象です。画面写真・動画の公開はご遠慮ください。
　・テストデータは正式サービスに引き継がれません。

皆さまのご参加を開発チーム一同、心よりお待ちしております。

{SIG_OMORI}
""",
))

# ---------------------------------------------------------------- passes
MAILS.append(mail(
    "pass", "benign.test_card_minutes",
    "Payment-integration minutes list Luhn-valid sandbox test cards (4111 1111 1111 1111 etc.); they belong to no customer.",
    "桐谷", "body", KIRIYA, ["ペイゲート 導入支援 <onboarding@paygate.example.co.jp>"],
    "決済連携 定例（6/10）議事録",
    f"""
ペイゲート 導入支援チーム 御中

お世話になっております。ピクセルフォージ QAの桐谷です。
6/10の決済連携定例の議事録をお送りします。

■日時：6/10（火）15:00-16:00　Web会議
■出席：ペイゲート様 2名／弊社 真田、桐谷、開発 菊池

■決定事項
1. ステージング環境（sandbox）での結合テストを6/16から開始
2. テストカードは以下を使用（貴社ドキュメント記載のもの）
　・4111 1111 1111 1111（VISA／承認）
　・5555 5555 5555 4444（Mastercard／承認）
　・4000 0000 0000 0002（カード拒否）
　・有効期限は未来日付、CVCは任意の3桁
3. 3Dセキュア2.0のチャレンジ画面は、WebView内表示で進める

■宿題
・弊社：Webhook受信URLの本番IP制限の設定（菊池、6/13）
・貴社：返金APIの部分返金仕様の回答（6/13）

次回は6/17（火）15:00です。

{SIG_KIRIYA}
""",
    cc=[f"真田 亮 <r.sanada@{DOM}>", f"菊池 航 <w.kikuchi@{DOM}>"],
))

MAILS.append(mail(
    "pass", "benign.outage_postmortem",
    "An English outage postmortem: a ransomware-infected build server was isolated; infection/isolation are IT terms and no personal data appears.",
    "真田", "body", SANADA, ["Emily Carter <emily.carter@northstar-games.example.com>"],
    "Postmortem: EC login outage on June 14 (JST)",
    f"""
Hi Emily,

Here is the postmortem summary for Saturday's outage, as promised.

Impact
- Login and matchmaking unavailable for 2h 47m (June 14, 19:12-21:59 JST)
- Peak concurrent users dropped from ~38k to ~2k; no purchase data was lost

Root cause
- One of our on-prem build servers (bld-07) was infected with ransomware via an outdated CI plugin.
- bld-07 was isolated from the network at 19:20; the infection did not spread to production.
- However, the emergency firewall change we applied also blocked the auth service's certificate refresh,
  which caused the login failure.

Actions
- Certificate refresh moved to a separate network path (done)
- CI plugins pinned and scanned weekly (owner: infra team, June 30)
- Player compensation: 300 gems to all players active on June 14 (announced June 15)

Happy to walk through it on Thursday's call.

Best,
Ryo

{SIG_SANADA}
""",
))

MAILS.append(mail(
    "pass", "benign.crash_logs",
    "Crash triage with build numbers, SHA-1 hashes and test-device serials; none of these identify a person.",
    "桐谷", "body", KIRIYA, ["佐久間 亮太 <sakuma@bugcatch.example.com>"],
    "Re: クラッシュ報告 週次まとめ（build 4471）",
    f"""
佐久間さん

週次まとめありがとうございます。優先度つけました。

| # | crash signature (SHA-1)                   | 件数 | 端末                          | 優先度 |
|---|------------------------------------------|-----|------------------------------|-------|
| 1 | 3f9a1c0e7b2d4a6f8e1c5b9d0a7e3f2c1b4d6e8a | 214 | Pixel 6a (SN: 26291JEGR04417) | P1    |
| 2 | a81d4f0b93c2e7156d0f8b2a4c9e1d3f7a6b5c02 |  57 | iPhone 12 (SN: F17DK3Q9P0N2)  | P2    |
| 3 | 0c7e2b9f4a1d6e3c8b5a0f2d9e7c4b1a3f6d8e05 |   9 | Galaxy A53 (SN: R58T30ABCDE)  | P3    |

・#1 はシェーダー読み込み時のnull参照。build 4478で修正予定です。
・#2 は課金ダイアログ表示中のバックグラウンド遷移で再現。EC-5512と関連があるかもしれません。
・#3 は再現手順が不明なので、引き続きログ収集をお願いします。

端末はすべて弊社貸与の検証機です。

{SIG_KIRIYA}

> 桐谷さん
> 今週のクラッシュ報告をまとめました。上位3件をご確認ください。
> バグキャッチ 佐久間
""",
))

MAILS.append(mail(
    "pass", "benign.character_casting",
    "A recording schedule with katakana character names (ハルト, サクラ, ミナ) and professional talent; no private data.",
    "真田", "body", SANADA, ["岡 智子 <oka@koe-pro.example.co.jp>"],
    "第6章 収録スケジュール（案）",
    f"""
コエプロダクション
岡様

お世話になっております。ピクセルフォージの真田です。
第6章の収録スケジュール案をお送りします。ご確認をお願いいたします。

【7月8日（火）スタジオ・ブルーライン 第2スタジオ】
　10:00-13:00　ハルト役（桜庭 陽斗さん）　約220ワード
　14:00-16:00　サクラ役（水無瀬 透子さん）　約140ワード
　16:30-18:00　ガヤ（村人・兵士）3名

【7月9日（水）同スタジオ】
　10:00-12:30　ミナ役（星野 芽衣さん）※日程は別途ご相談
　13:30-15:30　レン役（大河原 蒼さん）　約110ワード

ディレクションは弊社サウンドの今村、台本は別送のzipをご参照ください。
ギャランティは従来の契約条件どおりです。

{SIG_SANADA}
""",
))

MAILS.append(mail(
    "pass", "benign.swift_invoice",
    "An English milestone invoice to the publisher with the studio's corporate SWIFT account.",
    "真田", "attachment", SANADA, ["NorthStar Games AP <ap@northstar-games.example.com>"],
    "Invoice PF-2025-0317: Milestone 3 (Eternal Chronicle 2)",
    f"""
Dear NorthStar Accounts Payable team,

Please find attached our invoice for Milestone 3 (Beta build delivered on June 2, approved June 9 by Emily Carter).

Amount due: USD 420,000.00
Due date: July 31, 2025

Let me know if you need a W-8BEN-E or any other document.

Kind regards,
Ryo Sanada

{SIG_SANADA}
""",
    cc=["Emily Carter <emily.carter@northstar-games.example.com>"],
    attachments=[att("Invoice_PF-2025-0317.pdf", PDF, """
INVOICE No. PF-2025-0317            Date: June 12, 2025
From: Pixel Forge Inc., 2-14-8 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan
Corporate Number: 7011001099999
Bill to: NorthStar Games LLC, Accounts Payable
Description: Development fee - Milestone 3 (Beta), per Development Agreement dated Oct 1, 2024
Amount: USD 420,000.00
Payment: Bank transfer (remitter bears all charges)
  Beneficiary: PIXEL FORGE INC.
  Bank: TOTO BANK, LTD., SHIBUYA BRANCH
  SWIFT/BIC: TOTOJPJT
  Account No.: 1234567 (Ordinary)
""")],
))

MAILS.append(mail(
    "pass", "benign.six_addresses_two_companies",
    "A QA planning mail with six visible addresses from two companies (studio and QA contractor); well under the recipient threshold.",
    "桐谷", "recipients", KIRIYA,
    ["佐久間 亮太 <sakuma@bugcatch.example.com>", "田辺 早紀 <tanabe@bugcatch.example.com>",
     "バグキャッチ PM <pm-team@bugcatch.example.com>"],
    "ver1.9 リグレッションテスト 計画のご相談",
    f"""
バグキャッチ 佐久間さん、田辺さん

お世話になっております。桐谷です。
7月リリースのver1.9について、リグレッションテストの計画をご相談させてください。

・期間：7/1（火）～7/11（金）
・範囲：ショップ、ギルド、PvP、第6章ストーリー
・体制：貴社 6名 × 9日（前回と同じ）
・端末：前回リストに Galaxy S24 と iPad mini (A17) を追加

見積もりを6/20までにいただけますでしょうか。
キックオフは6/27（金）14時を仮押さえしています。弊社からは真田、菊池も参加します。

{SIG_KIRIYA}
""",
    cc=[f"真田 亮 <r.sanada@{DOM}>", f"菊池 航 <w.kikuchi@{DOM}>"],
))

MAILS.append(mail(
    "pass", "benign.freelancer_own_fee",
    "A payment statement sent to the illustrator herself, with a masked account number.",
    "真田", "body", SANADA, ["相沢 ゆかり <yukari.aizawa.illust@gmail.com>"],
    "6月分 お支払通知（キャラクターイラスト 3点）",
    f"""
相沢 ゆかり 様

いつも素敵なイラストをありがとうございます。ピクセルフォージの真田です。
6月分の報酬について、下記のとおりお支払いいたします。

　件名：「エターナル・クロニクル」第6章 キャラクター立ち絵 3点
　報酬額：330,000円（税込）
　源泉徴収税額：▲30,630円
　お振込額：299,370円
　お振込予定日：7月31日（木）
　お振込先：城南みらい信金 目黒支店 普通 ****543（ご本人名義）

振込先変更のお届けをいただいておりますので、今回から新しい口座へのお振込みとなります。
内容に相違があればお知らせください。

{SIG_SANADA}
""",
))

loc_rows = [
    ["string_id", "context", "ja", "en", "zh-Hant", "max_len"],
    ["CH6_HARUTO_001", "ハルト／決意", "ここで引き返すわけにはいかない。", "I can't turn back now.", "", "40"],
    ["CH6_SAKURA_014", "サクラ／驚き", "ハルト、後ろ！", "Haruto, behind you!", "", "24"],
    ["CH6_MINA_022", "ミナ／回想", "あの日の約束、覚えてる？", "Do you remember the promise we made?", "", "48"],
    ["UI_SHOP_BUY", "ボタン", "購入する", "Buy", "購買", "10"],
    ["UI_SHOP_CONFIRM", "ダイアログ", "{item}を{price}で購入しますか？", "Buy {item} for {price}?", "", "60"],
]
MAILS.append(mail(
    "pass", "benign.plain_zip_localization",
    "A plain zip of localization strings; the katakana names are game characters.",
    "桐谷", "zip", KIRIYA, ["Lingo Bridge PM <pm@lingobridge.example.com>"],
    "第6章 追加テキスト 翻訳依頼（zip）",
    f"""
Lingo Bridge ご担当者様

お世話になっております。ピクセルフォージの桐谷です。
第6章の追加テキスト（約1,800ワード）の翻訳をお願いします。
zipにCSVと用語集を入れています（パスワードはかけていません）。

・対象言語：繁体字中国語
・納期：6/27（金）
・キャラクター名は用語集の表記に合わせてください（ハルト＝哈爾特 など）

{SIG_KIRIYA}
""",
    attachments=[
        att("EC_ch6_loc.zip/strings_ch6.csv", CSV, csv_text(loc_rows)),
        att("EC_ch6_loc.zip/glossary.csv", CSV, csv_text([
            ["ja", "en", "zh-Hant", "note"],
            ["ハルト", "Haruto", "哈爾特", "主人公"],
            ["サクラ", "Sakura", "櫻", "ヒロイン"],
            ["ミナ", "Mina", "米娜", "幼なじみ"],
            ["ジェム", "Gem", "寶石", "課金通貨"],
        ])),
    ],
))

MAILS.append(mail(
    "pass", "benign.player_self_reply",
    "A refund reply to the player himself with his own order numbers and a masked card number.",
    "大森", "body", OMORI, ["宇田川 翔 <sho.udagawa@gmail.com>"],
    "Re: [#PS-2025-061902] 二重に課金されました",
    f"""
宇田川 翔 様

「エターナル・クロニクル」プレイヤーサポートの大森です。
このたびはご不便をおかけし、誠に申し訳ございません。

調査の結果、6月8日 20:14 のジェムパック購入が二重に処理されていたことを確認いたしました。
重複分につきまして、下記のとおり返金手続きを行いました。

　ご注文番号：GP-20250608-0031427（重複分）
　返金額：9,800円
　お支払い方法：クレジットカード（****-****-****-0142）
　返金処理日：6月13日

カード会社の締め日により、ご利用明細への反映は翌月または翌々月になる場合がございます。
お手数ですが、ご確認のほどお願いいたします。

今後ともよろしくお願いいたします。

{SIG_OMORI}

> 6/8の夜にジェム9800円を1回買ったのに、明細を見たら2回引き落とされています。
> ユーザーID EC-60311872 です。確認してください。
""",
))

MAILS.append(mail(
    "pass", "benign.shrine_collab",
    "A collaboration with a 宗教法人 shrine featuring historical figures; no one's belief or private data.",
    "真田", "body", SANADA, ["八雲神社 禰宜 坂上 <negi@yakumo-jinja.example.or.jp>"],
    "コラボ企画「義経と弁慶、八雲の杜へ」ご相談の件",
    f"""
宗教法人 八雲神社
禰宜　坂上様

先日はお時間をいただき、誠にありがとうございました。ピクセルフォージの真田でございます。
ご相談させていただいたコラボ企画について、弊社案をまとめました。

　企画名：「義経と弁慶、八雲の杜へ」
　期間：2025年9月13日（土）～10月13日（月・祝）
　内容：
　　・ゲーム内に源義経、武蔵坊弁慶ゆかりのイベントステージを追加
　　・境内でのARスタンプラリー（3か所）
　　・コラボ絵馬の頒布（デザインは弊社イラストレーターが担当、初穂料は貴社規定どおり）
　収益の取扱い：絵馬の初穂料は全額貴社、ゲーム内売上は弊社

ご祭神や由緒に関わる表現は、すべて事前に監修いただく形で進めたいと存じます。
宮司様にもご確認いただけますと幸いです。

{SIG_SANADA}
""",
))
