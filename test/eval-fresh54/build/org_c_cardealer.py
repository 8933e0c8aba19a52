# -*- coding: utf-8 -*-
"""(C) 株式会社カーステーション緑が丘（中古車販売・オートローン取次）— 20 mails (10 hold / 10 pass)."""
from common import mail, att, enc_zip, XLSX, DOCX, PDF, CSV, ZIP

ORG = "C"

ONODERA = "小野寺 拓也 <onodera@cs-midorigaoka.example.jp>"
KAWAGUCHI = "川口 真由美 <kawaguchi@cs-midorigaoka.example.jp>"
MATSUI = "松井 健 <matsui@cs-midorigaoka.example.jp>"

SIG_ONODERA = """
*************************************
カーステーション緑が丘
営業 小野寺 拓也（おのでら たくや）
携帯 080-2241-5570（営業用）
店舗 045-931-2200 / 定休日 毎週水曜
onodera@cs-midorigaoka.example.jp
*************************************
"""

SIG_KAWAGUCHI = """
-----
株式会社カーステーション緑が丘
業務課（ローン・登録）川口 真由美
TEL 045-931-2200 FAX 045-931-2201
kawaguchi@cs-midorigaoka.example.jp
"""

SIG_MATSUI = """
==================================================
株式会社カーステーション緑が丘
店長 松井 健（Ken Matsui）
〒226-0027 神奈川県横浜市緑区長津田3-14-9
TEL 045-931-2200　FAX 045-931-2201
https://www.cs-midorigaoka.example.jp/
古物商許可 神奈川県公安委員会 第451230018842号
自動車公正取引協議会会員／JU神奈川 加盟店
==================================================
"""

SHINPAN = "ハーモニー信販 横浜支店 審査課 <shinsa-yokohama@harmony-shinpan.example.co.jp>"
SHINPAN_TANTO = "ハーモニー信販 横浜支店 吉岡 <yoshioka@harmony-shinpan.example.co.jp>"
GYOSEI = "行政書士 三浦 達彦 <miura@miura-gyosei.example.jp>"
HOKEN = "グリーン保険サービス 横山 <yokoyama@green-hoken.example.jp>"
ACS = "アカウンティングサポート湘南 経理代行チーム <keiri@acs-shonan.example.co.jp>"

CUSTOMERS = [
    "伊藤 勝 <ito.masaru1979@gmail.com>", "山口 かおり <k-yamaguchi@yahoo.co.jp>",
    "遠藤 志保 <shiho.endo@icloud.com>", "中野 涼 <nakano.ryo.88@gmail.com>",
    "青山 健一 <aoyama-family@outlook.jp>", "黒田 隆志 <t.kuroda@nifty.com>",
    "広瀬 美香 <mika.hirose@docomo.ne.jp>", "菅原 大樹 <sugawara.d@gmail.com>",
    "森岡 由紀 <yuki.morioka@ezweb.ne.jp>", "土屋 浩 <h.tsuchiya55@gmail.com>",
    "西山 和人 <kazu.nishiyama@softbank.ne.jp>", "馬場 涼子 <ryoko-baba@biglobe.ne.jp>",
    "太田 慎吾 <shingo.ota.car@gmail.com>", "久保 直子 <naoko.kubo@yahoo.co.jp>",
]


def mails():
    out = []
    add = lambda *a, **k: out.append(mail(ORG, *a, **k))

    # C01 hold body: loan application with driver's licence number
    add("川口", "hold", "id.drivers_license",
        "ローン審査依頼で顧客の運転免許証番号・生年月日・年収を本文に記載",
        "body", KAWAGUCHI, [SHINPAN], "オートローン審査のお願い（田村様）",
        f"""
ハーモニー信販 横浜支店 審査課 御中

いつもお世話になっております。カーステーション緑が丘の川口です。
下記のお客様のオートローン審査をお願いいたします。
申込書の原本は本日レターパックで発送しております。

　申込者：田村 和也（タムラ カズヤ）
　生年月日：1991年10月8日
　住所：神奈川県横浜市青葉区しらとり台41-7 グリーンヒル303
　勤務先：株式会社相模テクノサービス（勤続6年）
　年収：420万円
　運転免許証番号：第452107893640号

　車両：トヨタ アクア G（2021年式）車両本体 1,480,000円
　頭金 200,000円／分割 60回／ボーナス併用なし

本日中に結果をいただけると、土曜のご納車に間に合います。
よろしくお願いいたします。
{SIG_KAWAGUCHI}""",
        personal=[("name", "田村 和也"), ("birth_date", "1991年10月8日"),
                  ("address", "神奈川県横浜市青葉区しらとり台41-7 グリーンヒル303"),
                  ("income", "420万円"), ("drivers_license", "第452107893640号")])

    # C02 pass: vehicle numbers to the transport company
    add("小野寺", "pass", "benign.vehicle_numbers",
        "車台番号・登録番号・注文番号など車両の番号のみ。個人の番号ではない",
        None, ONODERA, ["ベイ陸送 配車係 <haisha@bay-rikuso.example.co.jp>"],
        "陸送のご依頼（2台／6月21日引取）",
        f"""
ベイ陸送 配車係 御中

お世話になっております。カーステーション緑が丘の小野寺です。
下記2台の陸送をお願いいたします。

【1台目】受付番号 CS-0621-01
　車名：ホンダ フリード ハイブリッド
　車台番号：GB7-3041882
　登録番号：横浜 530 ほ 46-28
　引取先：JAA横浜会場（出品番号 8812）
　納入先：当店

【2台目】受付番号 CS-0621-02
　車名：スズキ ハスラー
　車台番号：MR92S-219457
　登録番号：仮ナンバー（横浜市 3317）
　引取先：当店
　納入先：お客様ご自宅（相模原市緑区、詳細は当日ドライバーさんへお電話で）

いずれも6月21日（土）午前の引取でお願いできれば幸いです。
{SIG_ONODERA}""")

    # C03 hold attachment: residence card number in the registration documents
    add("川口", "hold", "id.residence_card",
        "添付の名義変更書類に外国籍顧客の在留カード番号・住所・電話。本文は無害",
        "attachment", KAWAGUCHI, [GYOSEI], "名義変更・車庫証明の書類一式（グエン様）",
        f"""
三浦先生

いつもお世話になっております。カーステーション緑が丘の川口です。
名義変更と車庫証明の申請をお願いしたく、書類一式をお送りします。
原本（印鑑登録証明書の代わりの署名証明・委任状）は明日お届けいたします。

ご確認のほど、よろしくお願いいたします。
{SIG_KAWAGUCHI}""",
        attachments=[att("名義変更_申請情報.pdf", PDF, """
名義変更・車庫証明 申請情報シート

新所有者：NGUYEN VAN MINH（グエン ヴァン ミン）
生年月日：1996年4月22日
在留カード番号：UH48127903EA
在留期間満了日：2027年3月15日
住所：神奈川県横浜市緑区中山町418-3 コーポ中山105
電話：070-4418-2906

車両：ダイハツ ミラ イース（車台番号 LA350S-0172290）
保管場所：横浜市緑区中山町420 月極駐車場 No.12（使用承諾書あり）
""")],
        personal=[("name", "NGUYEN VAN MINH"), ("residence_card", "UH48127903EA"),
                  ("address", "神奈川県横浜市緑区中山町418-3 コーポ中山105"), ("phone", "070-4418-2906"),
                  ("birth_date", "1996年4月22日")])

    # C04 hold body: full card number taken over the phone
    add("小野寺", "hold", "id.card",
        "電話で聞いた顧客のクレジットカード番号・有効期限を経理代行へメール",
        "body", ONODERA, [ACS], "頭金のカード決済のお願い（林様）",
        f"""
アカウンティングサポート湘南 経理代行チーム 御中

お世話になっております。緑が丘の小野寺です。
本日お電話で、林様から頭金をカードで払いたいとご依頼がありました。
端末がこちらにないので、そちらで決済をお願いできますでしょうか。

　お名前：林 浩二 様
　カード番号：4539 0774 3574 1087
　有効期限：08/27
　名義：KOJI HAYASHI
　金額：300,000円（一括）

決済できましたら、承認番号をご連絡ください。
{SIG_ONODERA}""",
        personal=[("name", "林 浩二"), ("card_number", "4539 0774 3574 1087"), ("card_expiry", "08/27")])

    # C05 pass: receipt to the customer themself with a masked card number
    add("川口", "pass", "benign.masked_card_to_subject",
        "顧客本人への領収書。カード番号は下4桁以外マスク",
        None, KAWAGUCHI, ["遠藤 志保 <shiho.endo@icloud.com>"],
        "【カーステーション緑が丘】ご入金の確認と領収書の送付",
        f"""
遠藤 志保 様

このたびはカーステーション緑が丘でお車をお選びいただき、誠にありがとうございます。
業務課の川口です。

頭金のカード決済を確認いたしましたので、領収書をお送りいたします。

　ご利用カード：VISA **** **** **** 8570
　ご利用日：2025年6月14日
　金額：150,000円
　お支払回数：1回

ご納車は6月28日（土）11:00 を予定しております。
当日は、免許証と印鑑をお持ちくださいませ。
{SIG_KAWAGUCHI}""")

    # C06 pass: company name with a surname, katakana car names
    add("松井", "pass", "benign.company_surname_product_names",
        "「佐藤オートサービス」は会社名、ステラ・ルークス・ミラ等は車名",
        None, MATSUI, ["佐藤オートサービス 工場長 <factory@sato-auto.example.jp>"],
        "納車前点検のご依頼（4台）",
        f"""
有限会社佐藤オートサービス
工場長様

いつもお世話になっております。緑が丘の松井です。
今週入庫の4台について、納車前点検（法定12か月点検相当）をお願いします。

　1. スバル ステラ（2019年）… エアコン効き弱い、ガス補充
　2. 日産 ルークス（2020年）… スライドドア異音
　3. ダイハツ ミラ トコット（2018年）… タイヤ4本交換（在庫のもの使用）
　4. トヨタ ノア（2017年）… オイル漏れ点検、必要ならガスケット交換

ステラとルークスは6月24日までに仕上げていただけると助かります。
見積りが5万円を超える場合は、事前にご連絡ください。
{SIG_MATSUI}""")

    # C07 hold quoted: web inquiry with full contact forwarded to the insurance agent
    add("小野寺", "hold", "personal.inquiry_forward",
        "転送部分に見込み客の氏名・住所・電話・メール・生年月日が含まれ、保険代理店へ送付",
        "quoted", ONODERA, [HOKEN], "Fw: 【Webお問い合わせ】ハスラー 在庫確認",
        f"""
横山さん

お疲れさまです。小野寺です。
下のお客様、ハスラーの購入と一緒に任意保険も見直したいそうです。
車両入替の場合の見積もりを2パターン（車両保険あり／なし）でお願いできますか。
明後日ご来店予定です。
{SIG_ONODERA}
---------- Forwarded message ---------
From: Webフォーム <form@cs-midorigaoka.example.jp>
Date: 2025年6月15日(日) 19:48
Subject: 【Webお問い合わせ】ハスラー 在庫確認

■お名前：中野 涼
■フリガナ：ナカノ リョウ
■生年月日：1988年12月1日
■ご住所：東京都町田市小山町2281-5
■電話番号：090-6205-1147
■メール：nakano.ryo.88@gmail.com
■お問い合わせ車両：スズキ ハスラー HYBRID X（在庫番号 MG-2214）
■現在のお車：ホンダ N-BOX（2016年）下取り希望
■内容：週末に見に行きたいです。保険も相談したいです。
""",
        personal=[("name", "中野 涼"), ("birth_date", "1988年12月1日"), ("address", "東京都町田市小山町2281-5"),
                  ("phone", "090-6205-1147"), ("email", "nakano.ryo.88@gmail.com")])

    # C08 pass: test card number in dev minutes
    add("松井", "pass", "benign.test_card_dev",
        "Web予約フォームの開発議事録。4111…はテスト用カード番号",
        None, MATSUI, ["スタジオリンクス 村瀬 <murase@studio-lynx.example.com>"],
        "来店予約フォーム改修 定例MTG議事録（6/16）",
        f"""
スタジオリンクス 村瀬様

本日はありがとうございました。議事録をお送りします。修正があればお知らせください。

■日時 6/16（月）16:00-17:00 オンライン
■参加 スタジオリンクス：村瀬様、飯田様／緑が丘：松井、小野寺

1. 予約金（10,000円）のカード決済
 - 決済代行のテスト環境で動作確認済み
 - テストカード 4111 1111 1111 1111（有効期限は任意の未来日、CVC 123）で成功パターンを確認
 - 失敗パターン（残高不足）は決済代行指定のテスト番号で 6/20 までに確認（飯田様）
2. 予約確認メールの文面
 - 「ご来店時に免許証をお持ちください」の一文を追加（緑が丘側で文面作成）
3. 公開日
 - 7/1（火）AM にステージング→本番切替、当日 10:00 に松井が動作確認

以上
{SIG_MATSUI}""")

    # C09 hold attachment: delinquent list with names, phones, balances
    add("川口", "hold", "list.debts",
        "添付CSVに延滞顧客の氏名・電話・残債・延滞日数の一覧。本文は無害",
        "attachment", KAWAGUCHI, ["横浜債権回収 管理部 <kanri@yokohama-servicer.example.co.jp>"],
        "自社割賦 延滞債権の委託リスト（6月分）",
        f"""
横浜債権回収株式会社 管理部 御中

お世話になっております。カーステーション緑が丘 業務課の川口です。
6月分の委託対象リストをお送りいたします。
前月からの継続分には備考欄に「継続」と記載しております。

ご確認のほど、よろしくお願いいたします。
{SIG_KAWAGUCHI}""",
        attachments=[att("委託リスト_202506.csv", CSV, """
契約番号,氏名,電話番号,住所,残債額,延滞日数,備考
JK-2203-017,黒田 智也,090-3381-5520,横浜市緑区十日市場町802-11,684000,95,継続
JK-2211-042,須藤 麻衣,080-7712-0964,横浜市旭区若葉台3-6-1-506,312500,62,
JK-2305-008,横井 大介,070-2250-8813,大和市つきみ野4-9-20,1045000,128,継続
JK-2308-031,菅野 絵里,090-9046-7731,町田市鶴間1-12-5,227800,41,
""")],
        personal=[("name", "黒田 智也"), ("phone", "090-3381-5520"), ("debt", "684000"),
                  ("name", "横井 大介"), ("address", "大和市つきみ野4-9-20"), ("name", "菅野 絵里")])

    # C10 pass: corporate invoice with the dealer's account
    add("川口", "pass", "benign.corporate_bank_account",
        "法人客への請求。振込先は当社の法人口座",
        None, KAWAGUCHI, ["緑山工務店 総務 森岡 <morioka@midoriyama-koumuten.example.co.jp>"],
        "社用車2台のご請求書送付について",
        f"""
株式会社緑山工務店
総務部 森岡様

いつもお世話になっております。カーステーション緑が丘 業務課の川口です。
先日ご成約いただいた社用車2台の請求書をお送りいたします。

　トヨタ プロボックス（2022年）　　1,290,000円
　トヨタ ハイエースバン DX（2020年）2,680,000円
　登録諸費用・リサイクル料金　　　　 148,320円
　合計（税込）　　　　　　　　　　4,118,320円

お振込先：
　横浜みらい銀行 長津田支店　当座 0128843
　カ）カーステーションミドリガオカ

お支払期日：2025年7月10日
ご納車は入金確認後、7月12日（土）を予定しております。
{SIG_KAWAGUCHI}""")

    # C11 hold subject: customer name + disability certificate in the subject
    add("小野寺", "hold", "sensitive.disability",
        "件名に顧客の氏名と身体障害者手帳の等級。本文は書類依頼のみ",
        "subject", ONODERA, [GYOSEI], "木村 義男様（身体障害者手帳1級・下肢）自動車税減免申請の件",
        f"""
三浦先生

いつもお世話になっております。緑が丘の小野寺です。
標記の件、福祉車両（スロープ付き）でのご成約となりました。
減免申請に必要な書類の一覧をお送りいただけますでしょうか。

納車予定は7月5日です。登録と同時に申請できるとお客様も助かると思います。
{SIG_ONODERA}""",
        personal=[("name", "木村 義男"), ("disability", "身体障害者手帳1級・下肢")])

    # C12 pass: malware on a shop PC, quarantined
    add("松井", "pass", "benign.malware_quarantine",
        "「感染」「隔離」は店舗PCのマルウェアの話。顧客データ流出なし",
        None, MATSUI, ["ネクストITサポート 保守窓口 <hoshu@next-itsupport.example.co.jp>"],
        "店舗PCのウイルス感染について（対応のご報告とお願い）",
        f"""
ネクストITサポート 保守窓口 御中

お世話になっております。カーステーション緑が丘の松井です。
本日午前、店頭の見積り用PC（資産番号 CS-PC-03）で、ウイルス対策ソフトが
「Trojan.GenericKD」の感染を検知しました。

こちらで行った対応：
・10:15 LANケーブルを抜いて隔離
・ウイルス対策ソフトで駆除済み（検出1件、隔離フォルダに移動）
・このPCには顧客管理システムのデータは保存しておらず、閲覧もブラウザ経由のみ

原因は、スタッフが開いた「見積書」という名前の添付ファイルと思われます。
念のためPCの初期化と、他の端末のフルスキャンをお願いしたいです。
明日の午前中に来店いただけますでしょうか。
{SIG_MATSUI}""")

    # C13 pass: dealer licence / corporate numbers for membership registration
    add("松井", "pass", "benign.business_licences",
        "古物商許可番号・法人番号・協会会員番号は事業者の番号",
        None, MATSUI, ["JAAオークション 会員サポート <member@jaa-auction.example.com>"],
        "会員情報の変更届（代表者・所在地）",
        f"""
JAAオークション 会員サポート 御中

お世話になっております。会員番号 K-30417、カーステーション緑が丘の松井です。
本店移転に伴い、会員情報の変更をお願いいたします。

　商号：株式会社カーステーション緑が丘
　法人番号：6013301067890
　新所在地：神奈川県横浜市緑区長津田3-14-9（旧：同区長津田みなみ台1-2-8）
　古物商許可：神奈川県公安委員会 第451230018842号（所在地変更届 提出済み）
　自動車公正取引協議会 会員番号：14-0581
　代表取締役：緑川 雄三

登記事項証明書と古物商の変更届の控えは、郵送にてお送りします。
{SIG_MATSUI}""")

    # C14 hold quoted: drunk-driving conviction in the quoted internal note
    add("川口", "hold", "sensitive.criminal",
        "引用された社内メモに顧客の氏名と飲酒運転による罰金刑（前科）が含まれ、保険代理店へ送付",
        "quoted", KAWAGUCHI, [HOKEN], "Re: 前田様の任意保険のお引受けについて",
        f"""
横山様

お世話になっております。緑が丘の川口です。
お引受けの可否について、下記の経緯を踏まえてご確認いただけますでしょうか。
等級は6等級（新規）からになると思いますが、条件付きでも構いません。
{SIG_KAWAGUCHI}
> 2025/06/17 14:05 小野寺 拓也 <onodera@cs-midorigaoka.example.jp>:
> 川口さん
> 前田 隆之 様（ヴェゼル成約）の件、念のため共有です。
> ご本人いわく、2年前に飲酒運転で免許取消になり、罰金50万円の刑を受けているそうです。
> 昨年免許を再取得したので、保険は新規になるとのこと。
> グリーン保険さんに相談してもらえますか。
> 小野寺
""",
        personal=[("name", "前田 隆之"), ("criminal", "飲酒運転で免許取消になり、罰金50万円の刑を受けている")])

    # C15 hold zip: credit documents in an encrypted zip
    add("川口", "hold", "attachment.encrypted_zip",
        "与信書類をパスワード付きZIPで送付（PPAP）",
        "zip", KAWAGUCHI, [SHINPAN_TANTO], "追加書類の送付（申込番号 HY-250617-033）",
        f"""
吉岡様

お世話になっております。川口です。
ご依頼いただいた追加書類（源泉徴収票・健康保険証の写し・住民票）をお送りします。
ZIPのパスワードは、この後お電話でお伝えします。
{SIG_KAWAGUCHI}""",
        attachments=[enc_zip("HY-250617-033_追加書類.zip")])

    # C16 pass: successor introduction with the credit company
    add("松井", "pass", "benign.successor_meeting",
        "信販会社の新担当者への挨拶と打合せ日程。個人情報なし",
        None, MATSUI, [SHINPAN_TANTO], "Re: 担当者変更のご挨拶",
        f"""
吉岡様

ご丁寧にありがとうございます。緑が丘の松井です。
前任の坂本様には5年近くお世話になりました。どうぞよろしくお伝えください。

一度店舗にもお越しいただければと思います。
6月25日（水）は定休日ですが、午前中なら私が店におりますので、その日はいかがでしょうか。
7月の決算セールに向けて、低金利キャンペーン（実質年率 2.9%）の条件もご相談させてください。
{SIG_MATSUI}
-----Original Message-----
From: 吉岡 健人 <yoshioka@harmony-shinpan.example.co.jp>
Sent: Monday, June 16, 2025 10:30 AM
Subject: 担当者変更のご挨拶

株式会社カーステーション緑が丘
松井店長様

いつも大変お世話になっております。
6月1日付で、坂本の後任として貴店を担当させていただくことになりました吉岡です。
至らぬ点も多いかと存じますが、どうぞよろしくお願いいたします。

ハーモニー信販株式会社 横浜支店 営業課
吉岡 健人
TEL 045-640-8120 / 携帯 080-5521-7730
""")

    # C17 hold body: refund to a private bank account
    add("川口", "hold", "id.bank_account",
        "キャンセル返金のため顧客個人の銀行口座を本文で経理代行へ送付",
        "body", KAWAGUCHI, [ACS], "申込金の返金処理のお願い（山崎様）",
        f"""
アカウンティングサポート湘南 経理代行チーム 御中

お世話になっております。緑が丘の川口です。
ご成約のキャンセルに伴い、申込金の返金をお願いいたします。

　お客様：山崎 美穂 様
　返金額：50,000円
　振込先：湘南中央信用金庫 中山支店 普通 3051872 ヤマザキ ミホ
　振込期限：6月27日（金）

振込手数料は当社負担でお願いいたします。
処理が完了しましたら、ご一報いただけますと幸いです。
{SIG_KAWAGUCHI}""",
        personal=[("name", "山崎 美穂"), ("bank_account", "湘南中央信用金庫 中山支店 普通 3051872 ヤマザキ ミホ")])

    # C18 pass: plain zip of vehicle photos
    add("小野寺", "pass", "benign.plain_zip",
        "出品車両の写真をまとめた通常ZIP（暗号化なし）",
        None, ONODERA, ["JAAオークション 出品受付 <shuppin@jaa-auction.example.com>"],
        "出品車両の写真送付（6/28 開催分・3台）",
        f"""
JAAオークション 出品受付 御中

お世話になっております。会員番号 K-30417 緑が丘の小野寺です。
6月28日開催分の出品車両3台の写真をお送りします（ZIPはパスワードなしです）。
出品票は本日FAXいたしました。
{SIG_ONODERA}""",
        attachments=[att("出品写真_0628.zip", ZIP, """
出品写真_0628/
  01_ノア_ZRR80-0451127/front.jpg
  01_ノア_ZRR80-0451127/rear.jpg
  01_ノア_ZRR80-0451127/interior.jpg
  02_フィット_GR3-1120845/front.jpg
  02_フィット_GR3-1120845/meter.jpg
  03_デイズ_B21W-0718253/front.jpg
  03_デイズ_B21W-0718253/scratch_rear_bumper.jpg
""")])

    # C19 pass: project mail with 6 visible addresses from 2 companies
    add("松井", "pass", "benign.project_six_addresses",
        "店舗改装の工程連絡。表示アドレス6件・2社のみ",
        None, MATSUI,
        ["大和建装 工事部 平田 <hirata@yamato-kenso.example.co.jp>",
         "大和建装 設計 森 <mori@yamato-kenso.example.co.jp>",
         "大和建装 現場 菊池 <kikuchi@yamato-kenso.example.co.jp>"],
        "ショールーム改装工事 工程表（第2版）の確認",
        f"""
大和建装 平田様、森様、菊池様

お世話になっております。緑が丘の松井です。
工程表 第2版、確認いたしました。当社からの要望は以下の3点です。

1. 7月12日（土）・13日（日）は決算セールのため、騒音の出る作業は避けていただきたい
2. 床の張替え中（7/15〜17）は、展示車6台を第2駐車場へ移動します（当社で対応）
3. 照明の色温度は、先日のサンプルのうち 4000K でお願いします

当社側の窓口は、引き続き私と小野寺、経理は川口です（CCに入れております）。
{SIG_MATSUI}""",
        cc=[ONODERA, KAWAGUCHI, "大和建装 経理 中川 <nakagawa@yamato-kenso.example.co.jp>"])

    # C20 hold recipients: sale announcement to 14 customers in To
    add("小野寺", "hold", "recipients.many_external",
        "決算セールの案内で顧客14名の個人アドレスがToに見えている（BCCにすべき）",
        "recipients", ONODERA, CUSTOMERS, "【カーステーション緑が丘】決算大感謝祭のご案内（7/12・13）",
        f"""
お客様各位

いつもカーステーション緑が丘をご愛顧いただき、誠にありがとうございます。
営業の小野寺です。

7月12日（土）・13日（日）の2日間、決算大感謝祭を開催いたします！

　・展示車 80台以上、全車 保証1年付き
　・オートローン 実質年率 2.9%（条件あり）
　・ご成約の方にドライブレコーダー取付 無料
　・車検・点検のご予約も同時受付

ご来店の際は、このメールをスタッフにお見せください。粗品をご用意しております。
皆様のご来店を心よりお待ちしております。
{SIG_ONODERA}""")

    return out
