from common import *

HOJO = "北条 真澄 <hojo@minato-amc.jp>"
KAWAI = "河合 美帆 <kawai@minato-amc.jp>"
SAKA = "坂口 陸 <sakaguchi@minato-amc.jp>"

SIG_HOJO = """──────────────────
みなと動物医療センター
院長 獣医師 北条 真澄
〒231-0023 横浜市中区山下町118-3
TEL 045-662-8171 / FAX 045-662-8172
https://www.minato-amc.jp
──────────────────"""

SIG_KAWAI = """―――――――――――――――
みなと動物医療センター 事務・受付
河合 美帆（かわい みほ）
TEL 045-662-8171（診療時間 9:00-12:00 / 16:00-19:00）
kawai@minato-amc.jp
―――――――――――――――"""

SIG_SAKA = """--
みなと動物医療センター
動物看護師 坂口 陸
045-662-8171（代表）"""

# ---------------- HOLDS ----------------
mail("V-H1", "hold", "list.customers",
 "A customer list with owners' names, addresses and phone numbers is sent to a print vendor for reminder postcards.",
 KAWAI, ["営業部 東 様 <azuma@kanagawa-dmprint.co.jp>"],
 "狂犬病予防注射はがき　宛名データ送付の件",
 """神奈川DMプリント株式会社
東 様

いつもお世話になっております。みなと動物医療センターの河合です。

先日お見積りいただいた狂犬病予防注射のお知らせはがきの件、
宛名データを添付いたします。今回は412件です。
3月末の投函でお願いできればと思います。

ご確認のほどよろしくお願いいたします。

""" + SIG_KAWAI,
 attachments=[att("rabies_2026_list.csv", CSV, """診察券番号,飼い主氏名,郵便番号,住所,電話番号,ペット名,種類
10482,石渡 敏子,231-0861,横浜市中区元町4-162-2,045-641-2093,モカ,トイプードル
10517,Ryan Holloway,231-0862,横浜市中区山手町88-5 山手パークハウス302,080-4417-9920,Biscuit,柴犬
10533,村瀬 一樹,220-0012,横浜市西区みなとみらい5-3-1-2405,090-2268-7114,こむぎ,ミニチュアダックスフンド
10602,古賀 さやか,231-0045,横浜市中区伊勢佐木町2-71-9,070-5531-0086,レオ,フレンチブルドッグ
10644,長谷部 貞夫,232-0012,横浜市南区南吉田町3-45,045-251-7730,ハナ,雑種""")],
 personal=[("name", "石渡 敏子"), ("address", "横浜市中区元町4-162-2"), ("phone", "045-641-2093"),
           ("name", "村瀬 一樹"), ("phone", "090-2268-7114"), ("name", "古賀 さやか")])

mail("V-H2", "hold", "id.card_number",
 "A customer's full card number and expiry from a phone order are e-mailed to the online-shop operator.",
 SAKA, ["ペットフード通販 受注センター <order@petfood-direct.co.jp>"],
 "療法食 電話注文分の決済をお願いします（飼い主様 代理入力）",
 """ペットフードダイレクト 受注センター御中

いつもお世話になっております。みなと動物医療センターの坂口です。
院内システムの決済端末が使えないため、電話で承ったご注文の決済をそちらでお願いできますでしょうか。

飼い主様：大槻 恵美 様
商品：腎臓サポート ドライ 2kg × 3袋
お届け先：横浜市磯子区洋光台6-14-7
カード番号：4111 1111 1111 1111
有効期限：08/28
名義：EMI OTSUKI

お手数ですが処理完了後にご連絡いただけますと助かります。

""" + SIG_SAKA,
 personal=[("name", "大槻 恵美"), ("card_number", "4111 1111 1111 1111"), ("address", "横浜市磯子区洋光台6-14-7")])

mail("V-H3", "hold", "personal.complaint",
 "A neighbour's complaint is forwarded to the building manager with the complainant's name, address and phone.",
 HOJO, ["山下第二ビル 管理担当 植村様 <uemura@yamashita-bm.co.jp>"],
 "ペットホテル棟の鳴き声に関する近隣からのご意見について",
 """山下ビルマネジメント株式会社
植村 様

いつもお世話になっております。みなと動物医療センターの北条です。

昨日、近隣の方から当院ペットホテル棟の夜間の鳴き声について苦情のお電話をいただきました。
換気口の位置の問題もあるかと存じますので、ビル側でも防音工事の可否をご検討いただけないでしょうか。

ご連絡いただいた方：
平野 久美子 様（山下町120-6 ライオンズ山下公園 703号室）
電話 090-8814-3362
「夜11時以降に犬の声が続き眠れない。改善がなければ区役所にも相談する」とのことでした。

当院としては、夜間の預かり頭数の調整と、スタッフの巡回時間の変更を本日から実施しております。
お手数ですが、平野様へのご説明をご一緒いただけると助かります。

""" + SIG_HOJO,
 personal=[("name", "平野 久美子"), ("address", "山下町120-6 ライオンズ山下公園 703号室"), ("phone", "090-8814-3362")])

mail("V-H4", "hold", "sensitive.health",
 "A staff member's depression diagnosis and leave period are sent to the outside labour consultant.",
 HOJO, ["みなとみらい社労士事務所 菅野先生 <kanno@mm-sr-office.jp>"],
 "スタッフの休職について（ご相談）",
 """菅野先生

いつもお世話になっております。北条です。
当院の動物看護師 堤 遥香 が、昨日、主治医から「うつ病、3か月の休養を要する」との診断書を提出しました。
12月1日から休職とし、傷病手当金の申請を考えております。

・氏名：堤 遥香（入社2021年4月）
・診断名：うつ病
・休職期間：2025年12月1日〜2026年2月28日（予定）

休職中の社会保険料の扱いと、復職時の面談の進め方についてご相談させてください。
来週どこかでお電話いただけますでしょうか。

""" + SIG_HOJO,
 personal=[("name", "堤 遥香"), ("diagnosis", "うつ病")])

mn_v = mynumber("52093318460")
mail("V-H5", "hold", "id.my_number",
 "A staff member's My Number is written in the body to the outside tax accountant.",
 KAWAI, ["山手会計事務所 担当 三宅様 <miyake@yamate-kaikei.jp>"],
 "年末調整　追加の扶養控除等申告書について",
 """山手会計事務所
三宅 様

お世話になっております。河合です。
10月入職の獣医師の申告書が遅れていて申し訳ありません。
紙の原本は本日郵送しますが、先に必要事項をお送りします。

氏名：竹中 悠真
生年月日：1996年7月3日
個人番号：""" + mn_v + """
住所：横浜市神奈川区白楽100-4 コーポ白楽202
扶養親族：なし

よろしくお願いいたします。

""" + SIG_KAWAI,
 personal=[("name", "竹中 悠真"), ("my_number", mn_v), ("birthdate", "1996年7月3日"),
           ("address", "横浜市神奈川区白楽100-4 コーポ白楽202")])

mail("V-H6", "hold", "recipients.visible",
 "A puppy-class notice goes to thirteen owners' private addresses in To, exposing them to one another.",
 SAKA, ["kana.ishiwata@gmail.com", "r.holloway.yokohama@gmail.com", "muraseikki@yahoo.co.jp",
        "sayaka-k0918@docomo.ne.jp", "hasebe.s@ezweb.ne.jp", "mami.t.0502@icloud.com",
        "yuta_nagai@gmail.com", "chiaki.m@softbank.ne.jp", "kotaro.fj@gmail.com",
        "emi_otsuki@yahoo.co.jp", "n.sekiguchi77@icloud.com", "haruna.o@au.com", "kenji-sato1980@nifty.com"],
 "【みなと動物医療センター】パピー教室 第3回のご案内",
 """パピー教室にご参加の皆さま

こんにちは。動物看護師の坂口です。
第3回のパピー教室は下記の日程で行います。

日時：11月23日（日・祝）14:00〜15:30
場所：当院3階 多目的室
内容：「おすわり・まて」の復習、ハーネスの付け方、爪切りの練習
持ち物：おやつ（小さくちぎったもの）、リード、うんち袋

ワクチン2回目がまだの子は、参加前に受付でご相談ください。
当日お会いできるのを楽しみにしています！

""" + SIG_SAKA)

mail("V-H7", "hold", "attachment.encrypted_zip",
 "Referral records are attached as a password-protected zip, password sent separately.",
 HOJO, ["日本獣医循環器クリニック 紹介窓口 <referral@jvcc-vet.jp>"],
 "紹介状・検査データ送付（ご紹介：ミニチュアシュナウザー 12歳）",
 """日本獣医循環器クリニック
ご担当先生

いつも大変お世話になっております。みなと動物医療センターの北条です。
先ほどお電話でご相談した症例の紹介状、心エコー動画、血液検査結果を添付いたします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお送りします。

ご多忙のところ恐縮ですが、どうぞよろしくお願いいたします。

""" + SIG_HOJO,
 attachments=[att("referral_20251113.zip", ZIP, encrypted=True)])

mail("V-H8", "hold", "sensitive.health",
 "A forward to a pet-taxi company carries, only in the quoted message, the owner's own epilepsy.",
 KAWAI, ["わんにゃんタクシー横浜 配車係 <haisha@wannyan-taxi.jp>"],
 "Fw: 通院の送迎について",
 """わんにゃんタクシー横浜 配車係 御中

いつもお世話になっております。河合です。
下記の飼い主様の送迎をお願いしたく、ご本人のメールを転送いたします。
毎週火曜 10:30 の予約です。お見積りをお願いできますでしょうか。

-------- Forwarded Message --------
差出人: 森 由紀子 <yukiko.mori.0721@gmail.com>
件名: 通院の送迎について
宛先: kawai@minato-amc.jp

河合さま

いつもお世話になっております、ココの飼い主の森です。
実は私自身がてんかんの持病があり、先月発作を起こしてから主治医に運転を止められています。
ココの点滴で毎週通院が必要なので、送迎サービスを紹介していただけないでしょうか。
自宅は磯子区森3-11-20 グランシティ磯子1105です。
電話は 080-6624-3319 です。

森 由紀子
""",
 personal=[("name", "森 由紀子"), ("health", "てんかんの持病"), ("address", "磯子区森3-11-20 グランシティ磯子1105"),
           ("phone", "080-6624-3319")])

mail("V-H9", "hold", "personal.resume",
 "A job applicant's résumé is forwarded to another hospital without her knowledge; the data sits in the attachment.",
 HOJO, ["かもめ動物病院 院長 小田切先生 <odagiri@kamome-ah.jp>"],
 "看護師さん、ご興味ありませんか",
 """小田切先生

先日の勉強会ではありがとうございました。
以前「看護師が足りない」とおっしゃっていたので、ご参考までに。
うちに応募してくれた方で、とても感じの良い方なのですが、今期はもう枠が埋まってしまいました。
履歴書を添付しますので、よろしければ直接ご連絡してみてください。

北条

""" + SIG_HOJO,
 attachments=[att("履歴書_中原.pdf", PDF, """履歴書　2025年11月5日現在
氏名　中原 美咲（なかはら みさき）
生年月日　1999年2月11日（満26歳）
現住所　〒236-0021 横浜市金沢区泥亀2-8-14 メゾン金沢文庫201
電話　090-1573-4480
E-mail　misaki.nakahara211@gmail.com
学歴
2017年3月　神奈川県立金沢高等学校 卒業
2020年3月　ヤマテ動物専門学校 動物看護学科 卒業
職歴
2020年4月　あおぞらペットクリニック 入職（動物看護師）
資格　愛玩動物看護師（2024年取得）
志望動機　夜間救急の経験を生かし、高度医療に携わりたいと考え……""")],
 personal=[("name", "中原 美咲"), ("birthdate", "1999年2月11日"), ("address", "横浜市金沢区泥亀2-8-14 メゾン金沢文庫201"),
           ("phone", "090-1573-4480"), ("email", "misaki.nakahara211@gmail.com")])

mail("V-H10", "hold", "id.bank_account",
 "A private owner's bank account for a refund is sent to the outside accounting office.",
 KAWAI, ["山手会計事務所 担当 三宅様 <miyake@yamate-kaikei.jp>"],
 "返金処理のお願い（手術キャンセル分）",
 """三宅様

お世話になっております。河合です。
11月分の振込処理に、下記の返金を1件追加していただけますでしょうか。
手術の前払い金をキャンセルにより返金するものです。

返金額：88,000円
振込先：横浜銀行 上大岡支店 普通 6028417
口座名義：スズキ アキノリ（鈴木 明典 様）

院長の承認済みです。よろしくお願いいたします。

""" + SIG_KAWAI,
 personal=[("name", "鈴木 明典"), ("bank_account", "6028417"), ("name", "スズキ アキノリ")])

# ---------------- PASSES ----------------
mail("V-P1", "pass", "benign.animal_referral",
 "A referral to another animal hospital; the diagnosis is the dog's, and only the owner's surname appears, with consent.",
 HOJO, ["うみべ動物病院 外科 相沢先生 <aizawa@umibe-vet.jp>"],
 "ご紹介：ゴールデンレトリバー ルーク君（前十字靭帯断裂疑い）",
 """うみべ動物病院
相沢 先生

いつもお世話になっております。みなと動物医療センターの北条です。
下記の症例をご紹介させていただきたく、ご連絡いたしました。

患者：ルーク君（ゴールデンレトリバー、去勢済オス、7歳、34.2kg）
飼い主：小松様（ご紹介について了承済み、予約のお電話は飼い主様から差し上げるとのことです）
主訴：11/8 ドッグラン後から右後肢挙上
所見：脛骨前方引き出し試験陽性、ドロワーサイン(+)。X線で関節液の貯留あり。
既往：甲状腺機能低下症（レボチロキシン 0.4mg BID 内服中）、2023年に脾臓腫瘤摘出（良性）
投薬：カルプロフェン 75mg SID 開始済み

TPLOをご検討いただければ幸いです。X線画像はDICOMで別途お送りします。
ご多忙のところ恐れ入りますが、どうぞよろしくお願い申し上げます。

""" + SIG_HOJO)

mail("V-P2", "pass", "benign.data_subject_copy",
 "An owner's own invoice and treatment details are sent to that owner at her request.",
 KAWAI, ["石渡 敏子 様 <toshiko.ishiwata@gmail.com>"],
 "モカちゃんの診療明細書（再発行）をお送りします",
 """石渡 敏子 様

いつもありがとうございます。みなと動物医療センターの河合です。
ペット保険の請求用にご依頼いただいた診療明細書を再発行いたしましたので、PDFでお送りします。

診療日：2025年10月27日
内容：歯石除去・抜歯（2本）、全身麻酔、術前血液検査
合計：67,320円（税込）

原本が必要な場合は、次回ご来院の際に受付でお渡しします。
モカちゃん、その後お口の様子はいかがでしょうか。何かあればいつでもご連絡ください。

""" + SIG_KAWAI,
 attachments=[att("明細書_10482_20251027.pdf", PDF, """診療明細書
診察券番号 10482　飼い主 石渡 敏子 様　患者 モカ（トイプードル・メス・9歳）
2025/10/27
血液検査（CBC・生化学） 9,800
全身麻酔（吸入） 18,000
歯石除去 15,000
抜歯 2本 8,000
抗生剤注射・点滴 6,400
内服薬（7日分） 4,000
小計 61,200　消費税 6,120　合計 67,320""")])

mail("V-P3", "pass", "benign.animal_infection",
 "An order to a supplier after a parvovirus case in the ward; the infection and isolation concern an animal.",
 SAKA, ["ミナト医療器材 営業 大畑様 <ohata@minato-iryokizai.co.jp>"],
 "【至急】消毒剤の追加発注（入院室 隔離対応）",
 """ミナト医療器材
大畑 様

お世話になっております。坂口です。
本日、入院中の子犬1頭がパルボウイルス感染症と判明し、隔離室に移しました。
院内感染防止のため、下記を本日中または明朝までに納品いただけますでしょうか。

・次亜塩素酸ナトリウム系消毒剤 5L × 4
・使い捨てガウン（M/L）各2箱
・シューカバー 3箱
・隔離室用 ペットシーツ（スーパーワイド）2ケース

納品は裏口（搬入口）にお願いします。
急なお願いですみません、よろしくお願いします。

""" + SIG_SAKA)

mail("V-P4", "pass", "benign.pet_condolence",
 "A condolence note to an owner whose cat has died.",
 HOJO, ["関口 直人 様 <n.sekiguchi77@icloud.com>"],
 "ミルクちゃんのこと",
 """関口 直人 様

このたびはミルクちゃんのご逝去に際し、心よりお悔やみ申し上げます。

慢性腎臓病と診断されてから3年間、毎日の皮下点滴を続けてこられたご家族の皆さまの頑張りを、スタッフ一同ずっと見てまいりました。
最後に病院にいらした日、ミルクちゃんが関口様の腕の中で安心した顔をしていたのがとても印象に残っています。

お預かりしていたお薬や療法食の残りについては、どうぞお気になさらないでください。
落ち着かれましたら、また近くを通られた際にお顔を見せていただけたら嬉しいです。

みなと動物医療センター
院長 北条 真澄 ／ スタッフ一同""")

mail("V-P5", "pass", "benign.supply_order",
 "A drug-wholesaler order with lot numbers, JAN codes and product codes, no personal data.",
 SAKA, ["動物薬卸 フジサワファーマ 受注課 <juchu@fujisawa-pharma-vet.co.jp>"],
 "11月第3週 発注書（みなと動物医療センター／得意先コード 30-1174）",
 """フジサワファーマ 受注課 御中

いつもお世話になっております。今週分の発注をお送りします。

得意先コード：30-1174
1. 混合ワクチン 8種 10ドーズ × 3箱（JAN 4987123450118）
2. マロピタント注射液 20mL × 2（JAN 4987123462210）
3. 輸液セット 成犬用 × 5箱（品番 IV-220-D）
4. 縫合糸 PDS 3-0 × 1箱（品番 Z316H）

前回納品分のワクチン（ロット No. V25C0871）の残りが少ないため、同一ロットでなくても構いません。
納品は11月19日（水）午前中でお願いいたします。

""" + SIG_SAKA)

mail("V-P6", "pass", "benign.dev_notes",
 "Web-booking development notes with a public test card number and a general vaccination schedule.",
 KAWAI, ["株式会社ウェブノート 柏木様 <kashiwagi@webnote-design.jp>"],
 "Re: 予約システム テスト結果とワクチンページの原稿",
 """柏木様

お世話になっております。河合です。
昨日のステージング環境のテスト結果をまとめました。

■決済テスト
・テスト用カード 4242 4242 4242 4242（有効期限 12/34、CVC 123）で事前決済 → 正常完了
・キャンセル時の返金処理 → 管理画面に反映されず（要確認）
・予約番号 RSV-20251112-0037 がメールに2回表示される件 → 修正をお願いします

■「ワクチンについて」ページ原稿
子犬：生後8週・12週・16週に混合ワクチン、その後は年1回
子猫：生後8週・12週、その後は年1回（室内飼いの場合は獣医師とご相談ください）
狂犬病予防注射：生後91日以降に1回、以後毎年4〜6月（法律で義務付けられています）

写真は来週、院長の撮影が済み次第お送りします。

""" + SIG_KAWAI)

mail("V-P7", "pass", "benign.short_reply",
 "A one-line delivery confirmation to a supplier.",
 SAKA, ["大畑 様 <ohata@minato-iryokizai.co.jp>"],
 "Re: 納品時間のご確認",
 """承知しました。明朝9時に裏口でお待ちしています。坂口

> 坂口様
> ご発注ありがとうございます。明朝9:00着でお届け可能です。搬入口でよろしいでしょうか。
> ミナト医療器材 大畑
""")

mail("V-P8", "pass", "benign.pet_insurance_claim",
 "A direct pet-insurance claim about an animal's treatment; the policy number is a pet policy, not a person's ID.",
 KAWAI, ["あんしんペット少額短期保険 窓口精算係 <madoguchi@anshin-pet-ins.co.jp>"],
 "窓口精算 請求書送付（医療機関コード AP-14-0552）",
 """あんしんペット少額短期保険
窓口精算係 御中

お世話になっております。みなと動物医療センターです。
下記の窓口精算分の請求書をお送りします。

証券番号：P-2025-3318407
契約者：村瀬様
対象動物：こむぎ（ミニチュアダックスフンド）
診療日：2025年11月10日
傷病名：椎間板ヘルニア（グレード2）
診療費：54,600円　うち保険負担（70%）38,220円

お振込は毎月末締めで結構です。

""" + SIG_KAWAI)

mail("V-P9", "pass", "benign.it_outage",
 "A report of an electronic-records system outage (障害) to the software vendor.",
 KAWAI, ["ペットカルテクラウド サポート <support@petkarte-cloud.jp>"],
 "【障害】電子カルテにログインできません（契約ID MAC-00871）",
 """ペットカルテクラウド サポートご担当様

みなと動物医療センターの河合です（契約ID MAC-00871）。
本日9:05頃から、受付端末・診察室端末の全台で電子カルテにログインできない障害が発生しています。
エラー表示：「認証サーバーに接続できません（E-5031）」

・院内ネットワーク、インターネット接続は正常
・ルーターの再起動済み
・スマートフォンのアプリからも同じエラー

午前の診察は紙カルテで対応中です。至急ご確認いただけますでしょうか。
折り返しは 045-662-8171 までお願いいたします。

""" + SIG_KAWAI)

mail("V-P10", "pass", "benign.invoice",
 "An invoice to a corporate client giving the hospital's corporate bank account.",
 KAWAI, ["神奈川県警察犬協会 事務局 <jimu@kanagawa-k9.or.jp>"],
 "10月分 健康診断費用のご請求",
 """神奈川県警察犬協会 事務局 御中

いつもお世話になっております。
10月に実施いたしました所属犬の定期健康診断（12頭）の請求書を添付いたします。

ご請求金額：158,400円（税込）
お支払期限：2025年12月10日
お振込先：横浜銀行 関内支店 普通 1207734
口座名義：医療法人社団みなと動物医療センター

どうぞよろしくお願いいたします。

""" + SIG_KAWAI,
 attachments=[att("請求書_2025-10_K9.pdf", PDF, """御請求書 No. MAC-INV-2510-06
神奈川県警察犬協会 御中
定期健康診断 12頭 × 12,000円 = 144,000円
消費税 14,400円　合計 158,400円
登録番号 T5020005011873
振込先 横浜銀行 関内支店 普通 1207734 医療法人社団みなと動物医療センター""")])
