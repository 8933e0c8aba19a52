from common import *

D = "hinata-dining.co.jp"
HASEGAWA = f"長谷川 美咲 <hasegawa@{D}>"
ISHIHARA = f"石原 大輔 <ishihara@{D}>"
MATSUI = f"松井 翔 <matsui@{D}>"

SIG_H = """〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜
株式会社ひなたダイニング ケータリング事業部
営業 長谷川 美咲
〒141-0032 東京都品川区大崎5-7-21 ひなたビル1F
TEL 03-6421-8870 / 携帯 090-3342-1785
https://www.hinata-dining.co.jp
〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜〜"""

SIG_I = """株式会社ひなたダイニング
料理長 石原 大輔
03-6421-8871(厨房直通)"""

SIG_MA = """──────────────
株式会社ひなたダイニング 管理部 経理
松井 翔
TEL 03-6421-8870 FAX 03-6421-8879
──────────────"""

MAILS = []
A = MAILS.append

A(M("pass", "benign.quote", "Party quotation whose katakana menu names look like given names.",
HASEGAWA, ["株式会社オービット総研 総務部 北川様 <kitagawa@orbit-soken.co.jp>"], "創立20周年パーティー お見積りのご送付",
f"""株式会社オービット総研
総務部 北川様

このたびはお問い合わせいただき、誠にありがとうございます。ひなたダイニングの長谷川です。
7月26日(金)創立20周年記念パーティー(立食・120名様)のお見積りをお送りいたします。

【Aコース 1名様 6,600円】
・マリアンヌ(季節野菜のテリーヌ)
・ソフィア・サラダ(スモークサーモンとシトラス)
・レオン風 国産豚のグリル
・ジュリエット(苺のムース)
・寿司カウンター(職人2名派遣)

【Bコース 1名様 8,800円】 Aコース+ローストビーフカービング、ドルチェ・ビアンカ

お見積合計(Aコース、飲み放題込み、税込):1,108,800円
お見積番号:HD-Q-240618-03(有効期限 7月5日)

ご不明点がございましたら、お気軽にお申し付けください。

{SIG_H}
"""))

A(M("pass", "benign.allergy_aggregate", "Dietary requirements as counts only, without naming anyone.",
ISHIHARA, ["株式会社オービット総研 総務部 北川様 <kitagawa@orbit-soken.co.jp>"], "Re: アレルギー・食事制限の対応について",
f"""北川様

料理長の石原です。食事制限の件、承知いたしました。

 ・卵アレルギー 3名 → 個別プレート(名札なし・番号札でご用意)
 ・甲殻類アレルギー 1名 → 同上
 ・ハラール対応 2名 → 認証済み食材で別調理
 ・ベジタリアン 4名 → 専用コーナーを設置

個別プレートは会場でお名前を伺わず、番号札でお渡しする形にいたします。
全メニューの特定原材料表を添付しますので、社内でご案内いただけますと幸いです。

{SIG_I}

> 2024/06/20 11:02 北川 <kitagawa@orbit-soken.co.jp>:
> 参加者アンケートの結果、食事制限のある方は以下の人数です。
> 卵3、甲殻類1、ハラール2、ベジタリアン4。
"""))

A(M("pass", "benign.invoice", "Invoice with the company's corporate bank account, registration and corporate numbers.",
MATSUI, ["株式会社オービット総研 経理部 <keiri@orbit-soken.co.jp>"], "請求書送付のご案内(HD-INV-2407-0112)",
f"""株式会社オービット総研 経理部 御中

いつもお世話になっております。ひなたダイニング経理の松井です。
7月26日 創立20周年記念パーティーのご請求書をお送りいたします。

 請求番号:HD-INV-2407-0112
 ご請求金額:1,135,200円(税込、追加ドリンク26,400円含む)
 お支払期限:2024年8月31日

お振込先:城南みらい銀行 大崎支店 普通 4410387 カ)ヒナタダイニング
適格請求書発行事業者登録番号:T1010701028834
法人番号:1010701028834

{SIG_MA}
"""))

A(M("pass", "benign.to_data_subject", "Thank-you after a wedding party sent to the couple themselves.",
HASEGAWA, ["杉山 亮介・美穂 様 <ryo.miho.wedding@gmail.com>"], "ご結婚おめでとうございます&パーティーのお礼",
f"""杉山 亮介 様
美穂 様

先日はご結婚おめでとうございました!
ガーデンパーティーのお料理をご用命いただき、スタッフ一同心より感謝しております。

美穂様のお父様のスピーチ、亮介様のご友人 堀田様のサプライズ演奏、本当に素敵でしたね。お二人がリクエストされた鹿児島のお祖母様直伝の鶏飯も、ゲストの皆様に大好評でした。

当日の写真を数枚、ギャラリー共有リンクでお送りします(7日間有効)。
末永いお幸せをお祈りしております。

{SIG_H}
"""))

A(M("pass", "benign.order", "Supplier order with JAN codes and quantities.",
ISHIHARA, ["大崎食品卸 受注係 <juchu@osaki-shokuhin.co.jp>"], "発注(7/25納品)",
f"""大崎食品卸 受注係様

いつもありがとうございます。ひなたダイニング石原です。7/25午前納品でお願いします。

 品名                         JAN              数量
 エクストラバージンオリーブオイル 1L  4901234567894    6本
 バルサミコ酢 500ml              4901234568105    4本
 国産薄力粉 25kg                 4901234569010    1袋
 グラニュー糖 1kg                4901234560123   10袋
 生クリーム 35% 1L               4901234561014   12本(冷蔵)

前回伝票 OS-240711-2281 の生クリーム1本不足分も合わせてお願いします。

{SIG_I}
"""))

A(M("pass", "benign.business_licence", "Business permit numbers and the food-hygiene supervisor's name for a venue's vendor registration.",
HASEGAWA, ["ホテルベイサイド品川 宴会営業課 <banquet@bayside-shinagawa-hotel.jp>"], "持込ケータリング業者登録書類の送付",
f"""宴会営業課 ご担当者様

お世話になっております。ひなたダイニングの長谷川です。
持込ケータリング業者登録に必要な情報をお送りいたします。

 事業者名:株式会社ひなたダイニング
 飲食店営業許可番号:品保生食 第R5-01837号(品川区保健所)
 仕出し・弁当 営業許可:品保生食 第R5-01838号
 食品衛生責任者:石原 大輔
 HACCP:HACCPの考え方を取り入れた衛生管理 導入済み
 PL保険:東京海浜火災 証券番号 PL-7719-00423(支払限度額1億円)

許可証の写しはPDFで添付しております。

{SIG_H}
"""))

A(M("pass", "benign.delivery", "Delivery plan with vehicle numbers and tracking numbers.",
HASEGAWA, ["株式会社オービット総研 総務部 北川様 <kitagawa@orbit-soken.co.jp>"], "当日の搬入について(7/26)",
f"""北川様

当日の搬入計画をお知らせします。

 15:30 品川 400 ひ 21-08(冷蔵車)到着 → 地下2階 荷捌き場
 15:45 品川 480 な 73-15(機材車)到着
 16:00〜17:30 会場設営
 18:30 開宴

レンタル食器は別便で宅配となります(ヤマト 送り状番号 4821-7730-5126、5127)。
当日の現場責任者は私、長谷川(090-3342-1785)です。

{SIG_H}
"""))

A(M("pass", "benign.condolence", "Funeral catering arrangement naming the deceased in an ordinary condolence context.",
HASEGAWA, ["やすらぎ典礼 大崎会館 <osaki@yasuragi-tenrei.jp>"], "故 村瀬 義男 様 通夜振る舞いのご手配",
f"""やすらぎ典礼 大崎会館 ご担当 藤原様

いつもお世話になっております。ひなたダイニングの長谷川です。
故 村瀬 義男 様 ご葬儀の通夜振る舞いにつき、下記の通り承りました。

 日時:6月24日(月)18:30〜
 会場:大崎会館 2階 清水の間
 内容:寿司桶 8台、オードブル 6皿、煮物盛合せ 4皿、飲み物一式(40名様分)

喪主の村瀬 純子 様には、ご希望の故人様のお好きだった海老天を一品追加する旨お伝えください。
心よりお悔やみ申し上げます。

{SIG_H}
"""))

A(M("pass", "benign.successor_intro", "Introduction of a successor sales representative.",
HASEGAWA, ["株式会社オービット総研 総務部 北川様 <kitagawa@orbit-soken.co.jp>", "エムズ建設株式会社 総務課 平野様 <hirano@ms-kensetsu.co.jp>"], "担当者変更のお知らせ",
f"""お客様各位

平素より格別のご高配を賜り、誠にありがとうございます。
私事ながら、9月より新店舗の立ち上げのため担当を離れることとなりました。後任は 小松 奈々 が務めさせていただきます。

小松は入社5年目、ホテル宴会部門出身で、大型パーティーやハラール対応の経験が豊富です。8月中に一度ご挨拶に伺わせてください。

これまでのご愛顧に心より御礼申し上げます。

{SIG_H}
""", bcc=[f"小松 奈々 <komatsu@{D}>"]))

A(M("pass", "benign.hygiene_aggregate", "Hygiene report with aggregate stool-test results for all staff, no individuals.",
ISHIHARA, ["医療法人 清和会 大崎中央病院 栄養科 <eiyou@osaki-chuo-hp.jp>"], "6月分 衛生管理報告(検便結果・温度記録)",
f"""栄養科 ご担当者様

ひなたダイニング石原です。6月分の衛生管理報告をお送りします。

・検便検査(6月10日採取、腸管出血性大腸菌O157・サルモネラ・赤痢菌):対象従業員32名 全員陰性
・ノロウイルス検査(任意、調理担当14名):全員陰性
・冷蔵庫・冷凍庫 温度記録:逸脱なし(記録表添付)
・体調不良による出勤停止:2件(いずれも3日以内に復帰、症状のある従業員は調理に従事させていません)

引き続き、健康経営の一環として全従業員のインフルエンザ予防接種を会社負担で実施予定です。

{SIG_I}
"""))

A(M("pass", "benign.to_data_subject", "Phone-order confirmation to the customer herself with a masked card number.",
HASEGAWA, ["今井 智子 様 <tomoko.imai@icloud.com>"], "ご注文確認(お届け 6/29 12:00)",
f"""今井 智子 様

お電話でのご注文ありがとうございました。内容をご確認ください。

 ご注文番号:HD-TEL-240625-017
 お届け日時:6月29日(土)12:00
 お届け先:ご登録のご住所
 内容:ホームパーティープレート(10名様)、ひなた特製ちらし寿司 1桶
 合計:32,780円(税込)
 お支払:クレジットカード VISA ****-****-****-1111(承認番号 034921)

変更は前日15時までにお電話でお願いいたします。

{SIG_H}
"""))

# holds
A(M("hold", "id.card", "A customer's full card number, expiry and name from a phone order sent to the payment agent.",
HASEGAWA, ["ペイリンク決済サービス サポート <support@paylink-kessai.jp>"], "電話注文のカード決済代行のお願い",
f"""ペイリンク サポートご担当者様

いつもお世話になっております。ひなたダイニングの長谷川です。
本日お電話で受けたご注文について、端末のエラーで決済できなかったため、代行入力をお願いできますでしょうか。

 ご注文番号:HD-TEL-240625-019
 カード番号:4111 1111 1111 1111
 有効期限:08/27
 名義:KOJI ARAI
 金額:48,400円(一括)

ご本人には決済完了後に確認メールをお送りします。

{SIG_H}
""", personal=[("card", "4111 1111 1111 1111"), ("name", "KOJI ARAI")]))

A(M("hold", "sensitive.health", "A named guest's celiac disease and epilepsy sent to the venue.",
HASEGAWA, ["ホテルベイサイド品川 宴会営業課 <banquet@bayside-shinagawa-hotel.jp>"], "7/12 エムズ建設様 懇親会 特別対応のお願い",
f"""宴会営業課 ご担当者様

お世話になっております。長谷川です。
7/12 エムズ建設様の懇親会について、幹事様から以下のご依頼がありましたので共有いたします。

・ご来賓の 大河内 修 様(同社顧問)は、セリアック病のため小麦を一切摂取できません。料理はこちらで別調理いたしますが、会場のパン・デザートとの接触がないよう配膳ラインを分けてください。
・また同氏はてんかんの持病があり、強い点滅照明は控えてほしいとのことです。演出の照明チームにもお伝えください。

{SIG_H}
""", personal=[("name", "大河内 修"), ("diagnosis", "セリアック病"), ("diagnosis", "てんかんの持病")]))

A(M("hold", "sensitive.health", "Attached stool-test sheet names the staff member who tested positive for norovirus, sent to a client hospital.",
ISHIHARA, ["医療法人 清和会 大崎中央病院 栄養科 <eiyou@osaki-chuo-hp.jp>"], "7月分 衛生管理報告",
f"""栄養科 ご担当者様

石原です。7月分の衛生管理報告と検査結果一覧を添付いたします。
陽性者は調理業務から外しており、再検査の陰性を確認のうえ復帰させます。

{SIG_I}
""", attachments=[att("検便結果_202407.xlsx", XLSX, """[Sheet1]
社員番号\t氏名\t部署\tO157\tサルモネラ\t赤痢\tノロウイルス\t判定
H-0112\t石原 大輔\t厨房\t陰性\t陰性\t陰性\t陰性\t可
H-0231\t岡田 真由美\t厨房\t陰性\t陰性\t陰性\t陽性\t就業制限
H-0245\tNguyen Van Hoa\t厨房\t陰性\t陰性\t陰性\t陰性\t可
H-0302\t上野 翼\t配送\t陰性\t陰性\t陰性\t―\t可""")],
personal=[("name", "岡田 真由美"), ("medical", "陽性\t就業制限")]))

A(M("hold", "list.roster", "Staff roster with birth dates, home addresses and phones sent to an event organiser.",
HASEGAWA, ["株式会社ステージワークス 運営本部 <operation@stageworks-event.co.jp>"], "入館証発行のためのスタッフ名簿(8/3 国際展示場)",
f"""運営本部 ご担当者様

お世話になっております。ひなたダイニングの長谷川です。
8/3 の展示会ケータリングの入館証発行用に、当日スタッフの名簿をお送りします。

 氏名 / 生年月日 / 住所 / 携帯
 小松 奈々 / 1996-08-21 / 東京都品川区西五反田3-11-4-305 / 080-4421-6630
 上野 翼 / 2001-12-03 / 神奈川県川崎市幸区南幸町2-19 / 070-1138-2294
 Nguyen Van Hoa / 1998-04-15 / 東京都大田区蒲田4-31-7 ハイム蒲田201 / 080-9912-0473
 佐々木 陽斗 / 2003-06-28 / 東京都目黒区中町1-8-12 / 090-6652-1107

残り2名は明日お送りします。

{SIG_H}
""", personal=[("name", "小松 奈々"), ("birthdate", "1996-08-21"), ("address", "東京都品川区西五反田3-11-4-305"), ("phone", "080-4421-6630"), ("name", "Nguyen Van Hoa"), ("address", "東京都大田区蒲田4-31-7 ハイム蒲田201")]))

A(M("hold", "id.my_number", "Attached dependant declaration carries an unlabelled My Number and employment-insurance number, sent to the payroll office.",
MATSUI, ["あおい社労士事務所 <office@aoi-sr.jp>"], "新規パート採用者の書類送付",
f"""あおい社労士事務所 御中

お世話になっております。ひなたダイニングの松井です。
7月採用のパート従業員1名分の書類を添付しますので、雇用保険の手続きをお願いいたします。

{SIG_MA}
""", attachments=[att("扶養控除等申告書_上野翼.pdf", PDF, """給与所得者の扶養控除等(異動)申告書 令和6年分
氏名:上野 翼(ウエノ ツバサ)   生年月日:2001年12月3日
番号:7184 6250 3928
住所:神奈川県川崎市幸区南幸町2-19
雇用保険被保険者番号:5012-448193-7
前職:株式会社フードリンク(2023年3月退職)""")],
personal=[("name", "上野 翼"), ("my_number", "7184 6250 3928"), ("employment_insurance", "5012-448193-7"), ("address", "神奈川県川崎市幸区南幸町2-19")]))

A(M("hold", "personal.inquiry", "Forward to a venue where the quoted customer complaint carries her full name, address and phone.",
HASEGAWA, ["ホテルベイサイド品川 宴会営業課 <banquet@bayside-shinagawa-hotel.jp>"], "FW: 先日のパーティーについて",
f"""宴会営業課 ご担当者様

お世話になっております。長谷川です。
6/22の同窓会について、幹事様から下記のご意見をいただきました。クロークの件は貴ホテル様の管轄かと思いますので、共有いたします。ご確認のほどお願いいたします。

{SIG_H}

---------- 転送メッセージ ----------
From: 浜口 由香里 <yukari.hamaguchi@jcom.home.ne.jp>
Date: 2024/06/23 22:41
Subject: 先日のパーティーについて

長谷川様
6/22の聖和女子高校同窓会の幹事の浜口です。
お料理はとても美味しかったのですが、クロークで預けたコートが別の方に渡され、まだ戻ってきていません。
至急連絡をください。
〒146-0082 東京都大田区池上7-3-22
携帯 080-2214-5581
""", personal=[("name", "浜口 由香里"), ("address", "東京都大田区池上7-3-22"), ("phone", "080-2214-5581"), ("email", "yukari.hamaguchi@jcom.home.ne.jp")]))
