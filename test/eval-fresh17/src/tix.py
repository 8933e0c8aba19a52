from common import *
M = []
VENUE = "東京ベイホール 運営部 松井様 <matsui@tokyobayhall.jp>"
PROMO = "サウンドウェーブ・プロモーション 制作部 宮下様 <miyashita@soundwave-pro.co.jp>"

M.append(dict(tag="T-H1", expect="hold", kind="list.customers",
 why="来場者（購入者）の氏名・電話・座席の一覧を会場の警備会社へ送付（顧客名簿）。",
 **{"from": FROM['sano']},
 to=["株式会社セントラル警備保障 イベント警備部 野田様 <noda@central-keibi.co.jp>"],
 cc=[VENUE],
 subject="【7/19 KAZAMI LIVE】本人確認強化席 購入者リスト",
 text=f"""セントラル警備保障
野田様

チケットライズ カスタマーサポートの佐野です。
7/19（土）東京ベイホール公演の入場時本人確認について、
主催者様の指示で「本人確認強化席」（アリーナA1〜A3ブロック）の
購入者リストをお送りします。入場口で身分証との照合をお願いします。

{SIG['sano']}""",
 attachments=[{"filename":"0719_KAZAMI_A1-A3_購入者.xlsx","contentType":XLSX,"text":"""注文番号\t購入者氏名\t電話番号\t生年月日\t座席\t枚数
TR2506-0018823\t相馬 彩花\t090-3361-2208\t2001/04/17\tA1-5-12\t2
TR2506-0018907\t高畑 修平\t080-1129-4436\t1994/09/02\tA1-7-3\t1
TR2506-0019044\t市原 ちひろ\t070-6628-9015\t2003/12/25\tA2-2-20\t2
TR2506-0019102\t大西 隼\t090-8803-5541\t1998/06/30\tA2-4-8\t2
TR2506-0019388\t三上 由衣\t080-4472-6630\t2000/01/09\tA3-1-15\t1
TR2506-0019421\t長谷部 涼\t090-2214-7789\t1996/11/11\tA3-3-2\t2
TR2506-0019510\t小松崎 愛\t070-1185-3342\t2004/08/08\tA3-6-22\t2"""}],
 personal=[{"type":"name","value":"相馬 彩花"},{"type":"phone","value":"090-3361-2208"},{"type":"birthdate","value":"2001/04/17"},{"type":"name","value":"高畑 修平"},{"type":"phone","value":"080-1129-4436"}]))

M.append(dict(tag="T-H2", expect="hold", kind="id.card",
 why="チャージバック調査のため顧客のクレジットカード番号全桁と氏名を決済代行へ送付。",
 **{"from": FROM['sano']},
 to=["ペイコネクト株式会社 不正対策チーム <fraud-desk@payconnect.co.jp>"],
 subject="チャージバック通知（Case CB-250611-0447）への回答",
 text=f"""ペイコネクト 不正対策チーム御中

チケットライズの佐野です。
標記ケースについて、当社側の取引記録を回答いたします。

　取引ID：PC-TR-88412203
　カード番号：5248 7109 3366 2012
　カード名義：RYOTA KAMINAGA
　利用日時：2025/05/28 00:14
　金額：38,400円（6/21 さいたま公演 S席×2）
　購入アカウント：会員ID 7730218（登録氏名 神永 亮太）
　3Dセキュア：認証済み（frictionless）
　配送：電子チケット、6/21に2枚とも入場済み

入場記録がありますので、「利用に心当たりがない」という申し立ては
事実と異なると考えております。反証資料として入場ログを添付します。

{SIG['sano']}""",
 attachments=[{"filename":"入場ログ_PC-TR-88412203.csv","contentType":CSV,"text":"""チケットID,ゲート,入場時刻
TK-0621-S-004411,北ゲート2,2025-06-21 17:22:41
TK-0621-S-004412,北ゲート2,2025-06-21 17:22:58"""}],
 personal=[{"type":"card","value":"5248 7109 3366 2012"},{"type":"name","value":"RYOTA KAMINAGA"},{"type":"name","value":"神永 亮太"}]))

M.append(dict(tag="T-H3", expect="hold", kind="sensitive.disability",
 why="車椅子席利用者の氏名・障害者手帳の種別/等級・番号・介助内容を会場へ送付（障害情報）。",
 **{"from": FROM['sano']}, to=[VENUE],
 subject="7/19公演 車椅子席ご利用のお客様について",
 text=f"""東京ベイホール 運営部
松井様

佐野です。7/19公演の車椅子席（2F 車椅子エリア）のご利用者を共有します。
当日の誘導・エレベーターの手配をお願いいたします。

1) 永井 千尋 様（同伴者1名）
　身体障害者手帳 1級（脊髄損傷）手帳番号 第23-4410号
　電動車椅子。開演30分前に北口の車寄せに到着予定。
2) 坂上 大地 様（同伴者1名）
　身体障害者手帳 2級（脳性麻痺）
　手動車椅子。トイレは多目的トイレ使用、介助は同伴者が行います。
3) 宮城 慎吾 様（同伴者なし）
　療育手帳 B2。ご本人が大きな音に敏感なため、イヤーマフを持参されます。
　終演後の混雑を避けて、先に退場できるようご配慮いただけると助かります。

{SIG['sano']}""",
 personal=[{"type":"name","value":"永井 千尋"},{"type":"disability","value":"身体障害者手帳 1級（脊髄損傷）"},{"type":"idnumber","value":"第23-4410号"},{"type":"name","value":"坂上 大地"},{"type":"disability","value":"身体障害者手帳 2級（脳性麻痺）"},{"type":"name","value":"宮城 慎吾"},{"type":"disability","value":"療育手帳 B2"}]))

M.append(dict(tag="T-H4", expect="hold", kind="sensitive.crime",
 why="不正転売の疑いがある会員の氏名・住所・電話・購入履歴を警察へ提供（犯罪の嫌疑に関する情報）。",
 **{"from": FROM['sano']},
 to=["警視庁 渋谷警察署 生活安全課 <seian-shibuya@keishicho.example.jp>"],
 subject="捜査関係事項照会（渋生安第512号）へのご回答",
 text=f"""渋谷警察署 生活安全課
ご担当 警部補 各位

令和7年6月3日付 捜査関係事項照会書（渋生安第512号）につき、
当社保有情報を下記のとおり回答いたします。原本は本日郵送いたします。

【照会対象会員】
　会員ID：5102289
　登録氏名：須永 宏樹
　登録住所：東京都足立区西新井栄町1-17-9 リバーサイド西新井508
　登録電話：080-6631-2057
　登録メール：hs.ticket.777@gmail.com
【購入履歴（2025/1/1〜5/31）】
　購入回数 41回／購入枚数 164枚（うち定価を超える価格で二次流通サイトへの出品が確認されたもの 121枚）
　使用カード：7枚（名義はいずれも異なる）
【当社の対応】
　特定興行入場券の不正転売禁止法違反の疑いにより、5/31付で会員資格を停止しています。

{SIG['sano']}""",
 personal=[{"type":"name","value":"須永 宏樹"},{"type":"address","value":"東京都足立区西新井栄町1-17-9 リバーサイド西新井508"},{"type":"phone","value":"080-6631-2057"},{"type":"email","value":"hs.ticket.777@gmail.com"},{"type":"crime","value":"不正転売禁止法違反の疑い"}]))

M.append(dict(tag="T-H5", expect="hold", kind="id.passport",
 why="来日クルーの旅券番号・生年月日・国籍の一覧を外部の会場・プロモーターへ送付。",
 **{"from": FROM['kimura']},
 to=["Naoki Miyashita <miyashita@soundwave-pro.co.jp>", "松井 <matsui@tokyobayhall.jp>"],
 subject="HALLOWAY Japan tour - crew list for backstage passes & hotel",
 text=f"""Hi Miyashita-san, Matsui-san,

Please find below the final touring crew list from the band's management
(copied from their advance sheet). Matsui-san, this is for the backstage laminates;
Miyashita-san, please forward to the hotel for the rooming list.

{SIG['kimura']}""",
 attachments=[{"filename":"HALLOWAY_Japan_crew_list_v3.xlsx","contentType":XLSX,"text":"""Name\tRole\tNationality\tDate of birth\tPassport no.\tExpiry
Callum Reid\tTour manager\tUK\t1983-02-14\t127480913\t2031-05-02
Sophie Marchetti\tFOH engineer\tUK\t1990-07-21\t533912084\t2029-11-18
Declan O'Hara\tBacklineTech\tIreland\t1988-10-05\tPW5582173\t2030-03-09
Tomasz Nowak\tLighting\tPoland\t1986-12-30\tEM4419026\t2028-08-27
Aisha Bello\tMerch\tUK\t1995-04-11\t560218347\t2033-01-15"""}],
 personal=[{"type":"name","value":"Callum Reid"},{"type":"passport","value":"127480913"},{"type":"birthdate","value":"1983-02-14"},{"type":"name","value":"Declan O'Hara"},{"type":"passport","value":"PW5582173"},{"type":"name","value":"Aisha Bello"},{"type":"passport","value":"560218347"}]))

M.append(dict(tag="T-H6", expect="hold", kind="id.my_number",
 why="業務委託スタッフ2名の個人番号・住所・報酬額を外部の給与計算代行へ送付。",
 **{"from": FROM['sano']},
 to=["株式会社ペイロールワークス 受託業務部 <jutaku@payrollworks.co.jp>"],
 subject="報酬支払分の支払調書用データ（6月・業務委託スタッフ）",
 text=f"""ペイロールワークス 受託業務部 ご担当者様

いつもお世話になっております。チケットライズ カスタマーサポート部の佐野です。
経理の吉川が休暇中のため、代わりにお送りします。
6月にイベント当日運営を業務委託したスタッフのうち、
今年の報酬が支払調書の提出基準を超える見込みの2名分です。

1. 氏名：芦田 恭平
　住所：東京都世田谷区太子堂4-22-9 メゾン三茶305
　個人番号：288358114613
　6月報酬：168,000円（源泉徴収 17,152円）
2. 氏名：榊原 ゆり
　住所：川崎市高津区溝口2-11-4-602
　個人番号：050759063187
　6月報酬：122,500円（源泉徴収 12,507円）

番号確認書類（通知カード・免許証の写し）は社内で保管しています。

{SIG['sano']}""",
 personal=[{"type":"name","value":"芦田 恭平"},{"type":"address","value":"東京都世田谷区太子堂4-22-9 メゾン三茶305"},{"type":"mynumber","value":"288358114613"},{"type":"name","value":"榊原 ゆり"},{"type":"mynumber","value":"050759063187"},{"type":"pay","value":"168,000円"}]))

M.append(dict(tag="T-H7", expect="hold", kind="id.bank_account",
 why="払戻し対象の顧客3名の個人口座（銀行・支店・番号・名義）を外部の経理代行へ送付。",
 **{"from": FROM['sano']},
 to=["株式会社アカウントサポート 受託第3チーム <team3@account-support.co.jp>"],
 subject="公演中止に伴う払戻し（銀行振込分）振込依頼 6/27締め",
 text=f"""アカウントサポート 受託第3チーム 御中

チケットライズの佐野です。
コンビニ決済で購入されたお客様のうち、銀行振込での払戻しを希望された方の
振込依頼です。6/30（月）の振込をお願いいたします。

　注文番号 / 氏名 / 金融機関 / 口座 / 金額
　TR2505-0077412 / 西岡 菜摘 / 東都銀行 蒲田支店 / 普通 3318402 ニシオカ ナツミ / 9,800円
　TR2505-0077598 / 平井 俊 / ゆうちょ銀行 〇一八支店 / 普通 6620193 ヒライ シュン / 19,600円
　TR2505-0078011 / 岸本 慶子 / みずなみ銀行 町田支店 / 普通 1047765 キシモト ケイコ / 9,800円

合計 3件 39,200円

{SIG['sano']}""",
 personal=[{"type":"name","value":"西岡 菜摘"},{"type":"account","value":"普通 3318402"},{"type":"name","value":"平井 俊"},{"type":"account","value":"普通 6620193"},{"type":"name","value":"岸本 慶子"},{"type":"account","value":"普通 1047765"}]))

M.append(dict(tag="T-H8", expect="hold", kind="profile.forward",
 why="顧客の問い合わせを氏名・電話・メール・注文番号付きで外部の主催者へ転送。",
 **{"from": FROM['sano']}, to=[PROMO],
 subject="Fw: [お問い合わせ#58812] 同行者の変更について",
 text=f"""宮下様

お疲れさまです。佐野です。
下記のお問い合わせ、同行者変更は主催者様のご判断が必要なため転送します。
（本人確認強化公演のため、当社だけでは可否を回答できません）
ご判断いただけましたら、当社からお客様へ回答いたします。

{SIG['sano']}

----- Forwarded message -----
From: チケットライズ お問い合わせフォーム <noreply@ticketrise.jp>
Date: 2025/06/24 22:18
Subject: [お問い合わせ#58812] 同行者の変更について

お名前：宇野 真琴
フリガナ：ウノ マコト
電話番号：090-5519-7302
メールアドレス：makoto.uno.0303@icloud.com
注文番号：TR2506-0021377
公演：7/19 KAZAMI LIVE 東京ベイホール
内容：
同行者として登録した友人が、仕事の都合で行けなくなりました。
代わりに妹（宇野 結花、高校2年）を連れて行きたいのですが、同行者の変更はできますか。
妹の身分証は学生証になります。""",
 personal=[{"type":"name","value":"宇野 真琴"},{"type":"phone","value":"090-5519-7302"},{"type":"email","value":"makoto.uno.0303@icloud.com"},{"type":"name","value":"宇野 結花"}]))

M.append(dict(tag="T-H9", expect="hold", kind="profile.forward",
 why="海外顧客の苦情を自宅住所・電話・メール付きで外部の主催者へ転送。",
 **{"from": FROM['kimura']}, to=[PROMO],
 cc=["佐野 理沙 <r.sano@ticketrise.jp>"],
 subject="Fw: Complaint - denied entry at Saitama show (order TR2506-0014402)",
 text=f"""宮下様

木村です。英国のお客様から、さいたま公演で入場を断られた件の苦情が届いています。
ゲートでの対応記録をご確認いただけますでしょうか。
先方は返金と交通費の補償を求めています。回答案は当社で作成します。

{SIG['kimura_ja']}

---------- Forwarded message ---------
From: Hannah Whitlock <hannah.whitlock88@btinternet.com>
Date: Mon, 23 Jun 2025 at 09:41
Subject: Complaint - denied entry at Saitama show
To: support@ticketrise.jp

Hello,

I flew from London specifically for the show on 21 June and was refused entry because
the name on my ticket was "WHITLOCK HANNAH" but my passport shows "Hannah Whitlock".
The staff at Gate 3 would not listen and I missed the entire concert.

I would like a full refund of my ticket (JPY 19,200) and compensation for my travel.

Hannah Whitlock
Flat 4, 22 Aberdeen Park, London N5 2BJ, United Kingdom
+44 7700 914 362""",
 personal=[{"type":"name","value":"Hannah Whitlock"},{"type":"email","value":"hannah.whitlock88@btinternet.com"},{"type":"address","value":"Flat 4, 22 Aberdeen Park, London N5 2BJ, United Kingdom"},{"type":"phone","value":"+44 7700 914 362"}]))

M.append(dict(tag="T-H10", expect="hold", kind="sensitive.religion",
 why="招待客の信仰（ムスリム）と礼拝・食事上の配慮を氏名付きで外部のケータリング会社へ送付（信条）。",
 **{"from": FROM['kimura']},
 to=["Bayside Catering - Events <events@bayside-catering.jp>"],
 subject="VIP lounge 19 July - dietary and prayer arrangements",
 text=f"""Dear Bayside Catering team,

Thank you for the menu proposal for the VIP lounge on 19 July.
Please note the following guest requirements:

- Mr. Faris Al-Hashimi (partner promoter, Dubai) and his wife are practising Muslims.
  All food served to them must be halal-certified, with no alcohol used in cooking.
  They will need a quiet room for Maghrib prayer at around 18:50 - could you keep the
  small meeting room next to the lounge free, with a clean mat, facing Qibla?
- Ms. Ruth Adler (label executive) keeps kosher; a sealed pre-packed meal is fine.
- Two guests are vegan (names on the final list next week).

Please send a revised quote including the halal supplier's certificate.

{SIG['kimura']}""",
 personal=[{"type":"name","value":"Faris Al-Hashimi"},{"type":"religion","value":"practising Muslims"},{"type":"name","value":"Ruth Adler"},{"type":"religion","value":"keeps kosher"}]))

# --------------- passes ----------------
M.append(dict(tag="T-P1", expect="pass", kind="benign.own_data",
 why="購入者本人へ本人の注文内容を送る確認メール。カード番号は下4桁のみのマスク表示。",
 **{"from": FROM['sano']},
 to=["川西 未来 <mirai.kawanishi@gmail.com>"],
 subject="【チケットライズ】ご注文内容の再送（TR2506-0023108）",
 text=f"""川西 未来 様

チケットライズ カスタマーサポートの佐野です。
お問い合わせいただいた、ご注文確認メールを再送いたします。

　注文番号：TR2506-0023108
　公演：KAZAMI LIVE 2025 "Tidal" 東京ベイホール
　日時：2025年7月19日（土）開場17:00／開演18:00
　席種：スタンディング 整理番号 B-1138〜1139（2枚）
　お支払い：クレジットカード（VISA ************6536）
　合計：19,600円（手数料込）
　ご登録のお名前：川西 未来 様
　受取方法：電子チケット（公演1週間前に表示されます）

迷惑メールフォルダに振り分けられている可能性もございますので、
「@ticketrise.jp」からの受信許可設定をお願いいたします。

{SIG['sano']}"""))

M.append(dict(tag="T-P2", expect="pass", kind="benign.public_figure",
 why="公人（アーティスト）の公開プロフィールとツアー日程を海外メディアへ案内。私人の個人データなし。",
 **{"from": FROM['kimura']},
 to=["Mina Park <mina.park@seoulbeatmag.kr>"],
 subject="Press info: KAZAMI Asia tour 2025",
 text=f"""Dear Mina,

Thank you for your interest in covering KAZAMI's first Asia tour.
Here is the public press information approved by the management.

KAZAMI (風見 蓮) - Japanese singer-songwriter, born 1996 in Fukuoka. Debuted in 2019
with "Night Glider"; his 2023 album "Harbor Lights" reached No. 1 on the Oricon chart.
He won Best Male Artist at the 2024 Space Shower Music Awards.

Tour dates:
  19 Jul  Tokyo - Tokyo Bay Hall
  26 Jul  Osaka - Zepp Namba
  2 Aug   Seoul - YES24 Live Hall
  9 Aug   Taipei - Zepp New Taipei
  16 Aug  Bangkok - Thunder Dome

Interview requests: please submit by 4 July via the media form. Photos (hi-res) are
available from our press kit page. Photography during the show is not permitted.

{SIG['kimura']}"""))

M.append(dict(tag="T-P3", expect="pass", kind="benign.corporate_account",
 why="海外プロモーターとの精算連絡。口座は両社の法人口座（SWIFT）で個人口座ではない。",
 **{"from": FROM['kimura']},
 to=["Ben Hartley <ben.hartley@harborlights.com.au>"],
 cc=["Accounts <accounts@harborlights.com.au>"],
 subject="Settlement - Sydney presale allocation (June)",
 text=f"""Hi Ben,

Please find the June settlement for the Sydney presale allocation we sold on
your behalf through TicketRise Japan.

  Tickets sold: 412
  Gross ticket revenue: JPY 4,120,000
  Less TicketRise commission (8%): JPY 329,600
  Less card processing fees: JPY 111,240
  Net payable to Harbor Lights Entertainment: JPY 3,679,160

We will remit by 10 July to your account as per the agreement:
  Beneficiary: Harbor Lights Entertainment Pty Ltd
  Bank: Westpac Banking Corporation, Sydney
  BSB 032-001, Account 48-2291
  SWIFT: WPACAU2S

Our own details (for your records, in case of any return transfer):
  TicketRise Inc., Sakura Minato Bank, Shibuya Branch, Account 7721093, SWIFT SKMBJPJT

Cheers,

{SIG['kimura']}"""))

M.append(dict(tag="T-P4", expect="pass", kind="benign.aggregate_stats",
 why="都道府県別・年代別の販売集計。個人は特定できない。",
 **{"from": FROM['sano']}, to=[PROMO],
 subject="7/19 KAZAMI 東京ベイホール 販売状況レポート（6/25時点）",
 text=f"""宮下様

佐野です。6/25時点の販売状況をお送りします。

販売数：11,420枚／12,000枚（95.2%）
　うち 本人確認強化席 1,200枚（完売）

購入者 都道府県別（上位）
　東京 38.1% ／ 神奈川 17.4% ／ 埼玉 11.2% ／ 千葉 9.8% ／ 大阪 3.1% ／ その他 20.4%
購入者 年代別
　10代 14% ／ 20代 46% ／ 30代 24% ／ 40代 11% ／ 50代以上 5%
性別（会員登録ベース）
　女性 71% ／ 男性 27% ／ 回答なし 2%
車椅子席：申込 6件（定員8）

残席は2F指定席の見切れ席のみです。追加の機材席開放については
7/4までにご判断いただけますと助かります。

{SIG['sano']}"""))

M.append(dict(tag="T-P5", expect="pass", kind="benign.it_incident",
 why="チケット販売システムの障害報告。「障害」はIT障害で、件数のみで個人情報なし。",
 **{"from": FROM['sano']},
 to=[PROMO, "株式会社ノースライト音楽事務所 <info@northlight-music.co.jp>"],
 subject="【障害報告】6/14 一般発売時のシステム障害について（第2報）",
 text=f"""主催者様各位

チケットライズの佐野です。
6/14（土）10:00の一般発売時に発生したシステム障害について、第2報をお送りします。

■ 事象：10:00〜10:42 の間、購入画面で「エラー 503」が断続的に表示され、
　 決済完了後に購入完了画面が表示されないケースが発生。
■ 原因：アクセス集中によるキュー管理サーバーの処理遅延（外部攻撃ではありません）。
■ 影響：
　・二重決済 37件（すべて6/16までに取消済み）
　・購入完了メール未送信 214件（6/14 15:00に再送済み）
　・個人情報の漏えい：なし
■ 再発防止：キュー管理サーバーの増強（6/20実施済み）、発売前の負荷試験の義務化。

ご迷惑をおかけし、誠に申し訳ございませんでした。

{SIG['sano']}"""))

M.append(dict(tag="T-P6", expect="pass", kind="benign.bcc",
 why="公演中止のお知らせを購入者へBccで一斉送信。本文に個人データなし。",
 **{"from": FROM['sano']},
 to=["チケットライズ カスタマーサポート <support@ticketrise.jp>"],
 bcc=["natsumi.nishioka@gmail.com","shun.hirai.1999@yahoo.co.jp","keiko.kishimoto@nifty.com","yuto-k@docomo.ne.jp","ayaka.soma@icloud.com","takuma.ito.1103@gmail.com","hina.ueda@outlook.jp","s.kurosawa@ezweb.ne.jp","mio.fujimoto@gmail.com","r.ogasawara@me.com","haruki.tsuji@gmail.com","emi-sakamoto@softbank.ne.jp"],
 subject="【重要】6/28「MOONLIT GARDEN」横浜公演 中止と払戻しのご案内",
 text=f"""チケットをご購入のお客様へ

6月28日（土）に予定しておりました「MOONLIT GARDEN 2025」横浜公演は、
出演者の体調不良により中止となりました。
公演を楽しみにされていた皆さまには、心よりお詫び申し上げます。

■ 払戻し期間：7月1日（火）10:00〜7月21日（月）23:59
■ 払戻し方法：
　・クレジットカード決済：自動で取消します（お手続き不要）
　・コンビニ決済：マイページから払戻し口座をご登録ください
■ 払戻し金額：チケット代金＋システム利用料（発券手数料を含む）

※本メールはBCCにて送信しております。

{SIG['sano']}"""))

M.append(dict(tag="T-P7", expect="pass", kind="benign.own_data",
 why="返金先として本人が登録した本人名義の口座を、本人のアドレスへ確認のため返送。",
 **{"from": FROM['kimura']},
 to=["Mark Johnson <mark.johnson.tokyo@gmail.com>"],
 subject="Re: Refund for cancelled Yokohama show - please confirm your bank details",
 text=f"""Dear Mr. Johnson,

Thank you for registering your refund details. Before we process the transfer, please
confirm that the account below - which you entered on My Page - is correct:

  Bank: Sakura Minato Bank, Ebisu Branch
  Account type: Ordinary (futsu)
  Account no.: 6621904
  Account holder: JOHNSON MARK
  Refund amount: JPY 19,600 (2 tickets, order TR2505-0079920)

If everything is correct, no reply is needed; the refund will arrive by 25 July.
If anything is wrong, please correct it on My Page by 21 July.

Kind regards,

{SIG['kimura']}

> On 30 Jun 2025, Mark Johnson wrote:
> Hi, I bought tickets by convenience store payment and just entered my bank details
> on your site. I'm not 100% sure I used the right branch name. Could you check? Thanks.""" ))

M.append(dict(tag="T-P8", expect="pass", kind="benign.lookalike_numbers",
 why="座席番号・チケットID・興行の届出番号など番号の一覧だが、購入者名などの個人情報はない。",
 **{"from": FROM['sano']}, to=[VENUE],
 subject="7/19 機材席開放分 チケットID一覧（ゲート登録用）",
 text=f"""松井様

佐野です。機材席開放分のチケットIDをゲートシステムに登録いただきたく、
一覧を送付します。（購入者情報は含めていません）

{SIG['sano']}""",
 attachments=[{"filename":"0719_機材席開放_ticketID.csv","contentType":CSV,"text":"""チケットID,座席,券種,QRシリアル
TK-0719-S2-100801,2F-H-31,指定席(見切れ),9F3A-2210-7745-0C18
TK-0719-S2-100802,2F-H-32,指定席(見切れ),9F3A-2210-7745-0C19
TK-0719-S2-100803,2F-H-33,指定席(見切れ),9F3A-2210-7745-0C1A
TK-0719-S2-100804,2F-J-01,指定席(見切れ),9F3A-2210-7745-0C1B
TK-0719-S2-100805,2F-J-02,指定席(見切れ),9F3A-2210-7745-0C1C
TK-0719-S2-100806,2F-J-03,指定席(見切れ),9F3A-2210-7745-0C1D"""}]))

M.append(dict(tag="T-P9", expect="pass", kind="benign.thread_signatures",
 why="会場・主催者との搬入スケジュール調整の長いスレッド。登場するのは各社担当者の業務連絡先（携帯含む）のみ。",
 **{"from": FROM['sano']},
 to=[VENUE, PROMO],
 cc=["木村 エミリ <e.kimura@ticketrise.jp>","チケットライズ 運営チーム <ops@ticketrise.jp>"],
 subject="RE: RE: RE: 7/19 KAZAMI 搬入・入場導線の最終確認",
 text=f"""松井様、宮下様

佐野です。以下、当社側の最終確認です。

・チケット発券端末（もぎりタブレット）12台：7/19 11:00 通用口搬入
・当日券売場：正面ゲート右手のテント（電源2口お借りします）
・本人確認ブース：北ゲートに4レーン
・当社現場責任者：佐野（当日連絡先 070-2218-6604）

{SIG['sano']}

-----Original Message-----
From: 宮下 亜紀 <miyashita@soundwave-pro.co.jp>
Sent: Thursday, July 10, 2025 7:12 PM
Subject: RE: RE: 7/19 KAZAMI 搬入・入場導線の最終確認

松井様、佐野様
制作の宮下です。バンド機材の搬入は 9:00〜、ケータリングは 12:00 搬入です。
物販ブースは1F ロビー東側でお願いします。

━━━━━━━━━━━━━━━━━━━━━━━
株式会社サウンドウェーブ・プロモーション 制作部
宮下 亜紀 Aki Miyashita
〒106-0032 東京都港区六本木4-8-7 六本木三河台ビル6F
TEL 03-5413-2280 / Mobile 090-3372-6190
miyashita@soundwave-pro.co.jp
━━━━━━━━━━━━━━━━━━━━━━━

-----Original Message-----
From: 松井 誠 <matsui@tokyobayhall.jp>
Sent: Thursday, July 10, 2025 11:30 AM
Subject: RE: 7/19 KAZAMI 搬入・入場導線の最終確認

各位
会場の松井です。当日の搬入口は B1 第2搬入口、トラックは4t×3台まで待機可能です。
一般入場は北・南ゲート、関係者は通用口（西）をご利用ください。

東京ベイホール 運営部 イベント担当
松井 誠
TEL 03-5530-8100（代）／ 当日携帯 080-6651-2093
matsui@tokyobayhall.jp
"""))

M.append(dict(tag="T-P10", expect="pass", kind="benign.plain_zip",
 why="座席図と告知素材の通常ZIP（暗号化なし）を海外プロモーターへ送付。個人情報なし。",
 **{"from": FROM['kimura']},
 to=["Ben Hartley <ben.hartley@harborlights.com.au>"],
 subject="Seating map & promo assets - Tokyo Bay Hall",
 text=f"""Hi Ben,

As promised on our call, attached are the seating map of Tokyo Bay Hall (12,000 cap.)
and the Japanese promo assets (banner sizes 1200x628, 1080x1080, 1080x1920).
The zip is not password-protected - feel free to share it with your design team.

Note the block naming: Arena A1-A6, 2F S/T/H/J blocks. The H and J rows behind the
mixing desk have partial view.

Cheers,

{SIG['kimura']}""",
 attachments=[{"filename":"TokyoBayHall_seatmap_promo_assets.zip","contentType":ZIP},
  {"filename":"TokyoBayHall_seatmap.pdf","contentType":PDF,"text":"""TOKYO BAY HALL - SEATING MAP (Standard end-stage)
Arena: A1-A6 standing, capacity 7,200
2F: S1-S8 reserved, T1-T6 reserved, H/J partial view
Wheelchair area: 2F North, 8 spaces + companions"""}]))
