from common import *
M = []
AOBA = "あおば損害保険株式会社 損害サービス第二課 石井様 <r-ishii@aoba-sonpo.co.jp>"

M.append(dict(tag="I-H1", expect="hold", kind="sensitive.medical",
 why="人身事故の被害者の氏名・年齢と傷病名・通院先・通院日数を保険会社へ報告（要配慮の医療情報）。",
 **{"from": FROM['morishita']}, to=[AOBA],
 subject="【事故番号 AS-24-0931772】人身損害 中間報告（通院状況）",
 text=f"""あおば損害保険 損害サービス第二課
石井様

お世話になっております。東邦損害調査の森下です。
標記事故（12/3 国道16号 八王子市内の追突事故）の被害者側、人身部分の中間報告です。

■被害者：谷口 さやか 様（32歳・会社員、同乗者なし）
■傷病名：頸椎捻挫、腰椎捻挫、右肩関節挫傷（初診：八王子みなみ整形外科）
■通院状況（12/4〜2/28）
　・整形外科　実通院 21日
　・接骨院（ひよし接骨院）併用　実通院 34日 ※医師の同意書なし
　・MRI（1/15）：C5/6 軽度の椎間板膨隆、外傷性所見は明確でない旨のコメント
■本人の訴え：頸部痛と右手のしびれが残存、デスクワークが辛いとのこと

接骨院の併用期間が長く、整形外科の通院頻度が低いため、
3月末で症状固定の打診をするか、医療照会をかけるかご判断をお願いします。

{SIG['morishita']}""",
 personal=[{"type":"name","value":"谷口 さやか"},{"type":"health","value":"頸椎捻挫、腰椎捻挫、右肩関節挫傷"},{"type":"health","value":"頸部痛と右手のしびれが残存"}]))

M.append(dict(tag="I-H2", expect="hold", kind="list.customers",
 why="台風被災契約者10名の氏名・住所・電話・被害内容のCSVを修理業者へ送付（顧客名簿）。",
 **{"from": FROM['katayama']},
 to=["株式会社ホームリペア関東 工事管理部 増田様 <masuda@homerepair-kanto.co.jp>"],
 cc=["森下 健吾 <k-morishita@toho-sonsa.co.jp>"],
 subject="台風10号 被害物件 一括見積依頼リスト（第2弾）",
 text=f"""ホームリペア関東
増田様

いつもお世話になっております。東邦損害調査の片山です。
先日ご相談させていただいた一括見積の第2弾リストを添付します。
各ご契約者様には、ホームリペア関東様から日程調整の電話が入る旨お伝え済みです。

見積書は物件ごとに分けて、3/21までにいただけますと助かります。

{SIG['katayama']}""",
 attachments=[{"filename":"台風10号_見積依頼_第2弾.csv","contentType":CSV,"text":"""受付No,契約者氏名,物件所在地,連絡先,被害箇所,立会希望
TY10-2041,小沢 典子,千葉県館山市北条2210-3,090-3318-2207,屋根瓦飛散・雨漏り,平日午前
TY10-2043,関口 隆,千葉県館山市正木4415,0470-22-6081,カーポート屋根破損,土日
TY10-2047,鈴川 みどり,千葉県南房総市富浦町原岡181,080-6642-9013,雨樋脱落・外壁,いつでも
TY10-2050,宇佐美 博之,千葉県南房総市千倉町瀬戸2873-2,090-1190-4472,物置倒壊,平日
TY10-2052,青柳 光子,千葉県鴨川市横渚1043-5,04-7092-3318,窓ガラス破損,午後
TY10-2055,大河内 誠,千葉県館山市八幡618,080-2271-5530,屋根・天井雨染み,土曜
TY10-2058,福田 恵美,千葉県南房総市白浜町白浜3302,090-8854-0126,フェンス倒壊,平日
TY10-2060,竹内 正和,千葉県鴨川市東町1290-11,070-4412-3987,瓦・棟板金,いつでも
TY10-2063,野村 かおり,千葉県館山市那古1125-2,090-6201-7745,ベランダ屋根,平日午後
TY10-2066,矢島 敏夫,千葉県南房総市和田町仁我浦201,0470-47-2263,納屋屋根全壊,午前"""}],
 personal=[{"type":"name","value":"小沢 典子"},{"type":"address","value":"千葉県館山市北条2210-3"},{"type":"phone","value":"090-3318-2207"},{"type":"name","value":"関口 隆"},{"type":"phone","value":"0470-22-6081"},{"type":"name","value":"矢島 敏夫"},{"type":"address","value":"千葉県南房総市和田町仁我浦201"}]))

M.append(dict(tag="I-H3", expect="hold", kind="sensitive.crime",
 why="車両盗難の被害者情報と、逮捕された元従業員（被疑者）の氏名・逮捕事実を保険会社へ報告（犯罪・被害情報）。",
 **{"from": FROM['morishita']}, to=[AOBA],
 subject="【AS-25-0102216】車両盗難事案 調査報告（被疑者逮捕の件）",
 text=f"""石井様

森下です。標記の車両盗難事案について、警察確認の結果をご報告します。

・被保険者：笹本 亮介 様（笹本塗装の個人事業主、契約車両 トヨタ ハイエース）
・盗難日：1/14 深夜〜1/15 早朝（自宅敷地内の車庫）
・被害届：春日部警察署 受理番号 第2025-00318号（1/15受理）

春日部署の担当刑事に確認したところ、2/20付で被保険者の元従業員である
広田 翼（26歳、越谷市在住）が窃盗容疑で逮捕されたとのことです。
スペアキーを在職中に持ち出していた疑いがあり、車両は解体業者経由で
海外輸出されかけていたところを横浜港で発見されています。

被保険者と被疑者の間に共謀の疑いがないかは引き続き確認しますが、
現時点では被保険者は完全な被害者との心証です。
車両は損傷軽微のため、全損ではなく分損での処理となる見込みです。

{SIG['morishita']}""",
 personal=[{"type":"name","value":"笹本 亮介"},{"type":"crime","value":"第2025-00318号"},{"type":"name","value":"広田 翼"},{"type":"crime","value":"窃盗容疑で逮捕"}]))

M.append(dict(tag="I-H4", expect="hold", kind="attachment.encrypted_zip",
 why="パスワード付きZIP（PPAP）。本文で個人情報なしと書いていても中身を検査できない。",
 **{"from": FROM['katayama']}, to=[AOBA],
 subject="【AS-25-0110384】鑑定書一式の送付",
 text=f"""石井様

お世話になっております。片山です。
標記事案の鑑定書一式（写真台帳・見積書・損害額算定書）をお送りします。
社内規程によりパスワード付きZIPとしております。パスワードは後ほど別送いたします。

※個人情報は含まれておりません（写真と見積のみです）。

{SIG['katayama']}""",
 attachments=[enczip("AS-25-0110384_鑑定書一式.zip")]))

M.append(dict(tag="I-H5", expect="hold", kind="id.bank_account",
 why="保険金の振込先として被保険者個人の口座番号・名義を記載して外部へ送付。",
 **{"from": FROM['katayama']},
 to=["あおば損害保険 保険金支払センター <shiharai-center@aoba-sonpo.co.jp>"],
 cc=[AOBA],
 subject="【AS-25-0087451】保険金支払依頼（振込先確認済み）",
 text=f"""保険金支払センター ご担当者様

東邦損害調査の片山です。
標記事案、協定が完了しましたので支払依頼をお送りします。

　事故番号：AS-25-0087451（火災保険・水濡れ）
　被保険者：川辺 浩 様
　支払保険金：418,600円（損害額 418,600円、免責なし）
　振込先：北陽銀行 川口支店 普通 7730241
　口座名義：カワベ ヒロシ
　※振込先はご本人に電話（2/26）で口頭確認済み

振込予定日が決まりましたら、石井様経由でお知らせいただけますと幸いです。

{SIG['katayama']}""",
 personal=[{"type":"name","value":"川辺 浩"},{"type":"account","value":"北陽銀行 川口支店 普通 7730241"},{"type":"name","value":"カワベ ヒロシ"}]))

M.append(dict(tag="I-H6", expect="hold", kind="sensitive.medical",
 why="本文は書類送付だけだが、添付の聴取記録に運転者のてんかん既往・服薬状況と運転免許証番号が記載されている。",
 **{"from": FROM['morishita']}, to=[AOBA],
 subject="【AS-25-0121009】現場写真・見積書・聴取記録の送付",
 text=f"""石井様

お世話になっております。森下です。
標記事案の資料一式をお送りします。ご査収ください。

　1. 現場写真（代表1枚。残りは共有フォルダにアップ済み）
　2. 修理見積書（斎藤自動車整備）
　3. 運転者聴取記録

所見は来週の報告書にまとめます。

{SIG['morishita']}""",
 attachments=[img("IMG_2041.jpg"),
  {"filename":"見積書_斎藤自動車整備_No5521.pdf","contentType":PDF,"text":"""御見積書 No.5521
有限会社 斎藤自動車整備
車名 ホンダ フィット（GR3） 車台番号 GR3-1045xxx
フロントバンパー 交換 71101-TZA-J00 48,200
ヘッドライト(左) 交換 33150-TZA-J51 62,700
ボンネット 板金塗装 54,000
工賃 計 68,400
合計（税込）256,630"""},
  {"filename":"聴取記録_運転者.docx","contentType":DOCX,"text":"""運転者聴取記録
聴取日：2025年3月5日 14:00〜15:10　場所：被保険者宅
聴取者：東邦損害調査 森下

運転者：早川 翔太（平成8年7月30日生）
運転免許証番号：第451903217640号（愛知県公安委員会）

事故状況：国道1号 岡崎市羽根町交差点付近で、信号待ち車両に追突。
本人の説明：「直前の記憶がない。気づいたらエアバッグが開いていた。」

既往歴等：中学生時からてんかんの持病があり、現在も月1回 岡崎市内の神経内科に通院。
抗てんかん薬（レベチラセタム 1000mg/日）を服用中。事故前夜は服薬を忘れたとのこと。
免許取得時・更新時の病状申告については「書いていない」と回答。

所見：発作による意識消失の可能性が高く、告知義務・重過失の観点から保険会社判断を要す。"""}],
 personal=[{"type":"name","value":"早川 翔太"},{"type":"birthdate","value":"平成8年7月30日生"},{"type":"license","value":"第451903217640号"},{"type":"health","value":"てんかんの持病"},{"type":"health","value":"レベチラセタム 1000mg/日"}]))

M.append(dict(tag="I-H7", expect="hold", kind="id.passport",
 why="外国人旅行者の旅券番号・生年月日と骨折・入院情報を海外の保険会社へ送付。",
 **{"from": FROM['morishita']},
 to=["Claims Team <claims@meridian-ta.com.au>"],
 cc=["Liam O'Connor <l.oconnor@meridian-ta.com.au>"],
 subject="Your ref MTA-778104 / Rental car accident in Niseko - injured traveller details",
 text=f"""Dear Mr. O'Connor,

We have been appointed by Aoba Sonpo (the rental company's motor insurer) to handle
the accident of 8 February in Kutchan-cho, Hokkaido. As requested, please find below
the details of your insured traveller so that you can open the medical expense file.

  Name: Mr. Joshua Pennington
  Date of birth: 22 October 1991
  Passport: Australia, PA4419207
  Home address: 17 Kerrigan Street, Coogee NSW 2034
  Hospital: Kutchan Kosei General Hospital (admitted 8 Feb, discharged 15 Feb)
  Diagnosis: closed fracture of the left tibia, treated with intramedullary nailing

The hospital has issued an invoice of JPY 1,284,300, which the traveller has not yet
paid. Could you confirm whether your policy will pay the hospital directly?

Best regards,

{SIG['morishita_en']}""",
 personal=[{"type":"name","value":"Joshua Pennington"},{"type":"birthdate","value":"22 October 1991"},{"type":"passport","value":"PA4419207"},{"type":"address","value":"17 Kerrigan Street, Coogee NSW 2034"},{"type":"health","value":"closed fracture of the left tibia"}]))

PRIV = ["小沢 典子 <noriko.ozawa.tateyama@gmail.com>","関口 隆 <t-sekiguchi55@yahoo.co.jp>","鈴川 みどり <midori.suzukawa@icloud.com>",
 "宇佐美 博之 <usami.hiro@ezweb.ne.jp>","青柳 光子 <aoyagi-m@kamogawa-net.jp>","大河内 誠 <m.okochi1962@gmail.com>","福田 恵美 <emi.fukuda.shirahama@gmail.com>",
 "竹内 正和 <takeuchi.masakazu@nifty.com>","野村 かおり <kaori.nomura.nago@yahoo.co.jp>","矢島 敏夫 <yajima-t@docomo.ne.jp>",
 "佐藤 雅人 <masato.sato.boso@gmail.com>","石原 久美子 <kumiko.ishihara@outlook.jp>","平田 勝 <hirata.masaru@ocn.ne.jp>","中込 由香 <yuka.nakagomi@gmail.com>"]
M.append(dict(tag="I-H8", expect="hold", kind="recipients.many",
 why="被災契約者14名の個人アドレスをToに並べて一斉送信（Bccにすべきもの）。",
 **{"from": FROM['katayama']}, to=PRIV,
 subject="台風10号 被害に関する保険金請求手続き説明会のご案内",
 text=f"""ご契約者各位

このたびの台風10号により被害を受けられた皆様に、心よりお見舞い申し上げます。
あおば損害保険株式会社より損害調査を委託されております、東邦損害調査株式会社でございます。

保険金のご請求手続きについて、下記のとおり説明会を開催いたします。

　日時：3月16日（日）①10:00〜 ②14:00〜（内容は同じです）
　会場：館山市コミュニティセンター 2階 第1会議室
　持ち物：保険証券（お手元にあれば）、被害箇所の写真、修理見積書（あれば）

ご都合がつかない方は、個別にお電話でご説明いたします。

{SIG['katayama']}"""))

M.append(dict(tag="I-H9", expect="hold", kind="sensitive.medical",
 why="転送の転送で、病院の医療照会回答（後遺障害・精神科受診）と被害者の氏名・生年月日を外部の弁護士へ送付。",
 **{"from": FROM['morishita']},
 to=["真鍋 恭子 <k.manabe@minato-lawoffice.jp>"],
 subject="Fw: Fw: 【AS-24-0815530】医療照会回答（都立南多摩医療センター）",
 text=f"""真鍋先生

東邦損害調査の森下です。
あおば損保の石井様から、先生に共有してよいと了解をいただいたので転送します。
後遺障害の見込みについて、来週の打合せ前にご一読ください。

{SIG['morishita']}

---------- Forwarded message ---------
From: 石井 亮 <r-ishii@aoba-sonpo.co.jp>
Date: 2025年3月10日(月) 17:22
Subject: Fw: 【AS-24-0815530】医療照会回答（都立南多摩医療センター）
To: 森下 健吾 <k-morishita@toho-sonsa.co.jp>

森下さん
病院から回答が来ました。顧問の真鍋先生にも回してください。
石井

---------- Forwarded message ---------
From: 医事課 <iji@minamitama-mc.example.jp>
Date: 2025年3月10日(月) 15:03
Subject: 医療照会回答

患者氏名：堀 恵介 様（昭和54年2月13日生）
傷病名：右脛骨高原骨折、右膝内側半月板損傷、外傷後ストレス障害（精神科併診）
治療経過：令和6年8月15日 観血的整復固定術。令和7年2月28日 症状固定見込み。
後遺症状：右膝関節 可動域 屈曲 110度（健側 145度）、階段昇降時の疼痛。
　　　　　事故の夢を繰り返し見る・不眠のため、精神科にてエスシタロプラム処方中。
主治医意見：後遺障害等級 12級7号相当の可能性あり。""",
 personal=[{"type":"name","value":"堀 恵介"},{"type":"birthdate","value":"昭和54年2月13日生"},{"type":"health","value":"外傷後ストレス障害（精神科併診）"},{"type":"health","value":"右脛骨高原骨折、右膝内側半月板損傷"},{"type":"health","value":"エスシタロプラム処方中"}]))

M.append(dict(tag="I-H10", expect="hold", kind="id.health_insurance",
 why="第三者行為届のため被害者の健康保険証の記号・番号・生年月日を外部の健康保険組合へ送付。",
 **{"from": FROM['katayama']},
 to=["東日本印刷健康保険組合 給付課 <kyufu@higashinihon-insatsu-kenpo.or.jp>"],
 subject="第三者行為による傷病届 提出前のご確認（被保険者 松浦様）",
 text=f"""東日本印刷健康保険組合
給付課 ご担当者様

突然のご連絡失礼いたします。
あおば損害保険株式会社から損害調査を受託しております東邦損害調査の片山と申します。

下記の方の交通事故（加害者側があおば損保の契約者）について、
第三者行為による傷病届を提出いただく予定ですので、事前に内容を確認させてください。

　被保険者氏名：松浦 千晶 様
　生年月日：平成2年9月4日
　被保険者証 記号：3210　番号：48
　事故日：令和7年1月22日（自転車乗車中、右折車と接触）
　受診医療機関：川越中央病院（整形外科）

損害賠償金納付確約書は当方でご用意できます。様式をお送りいただけますでしょうか。

{SIG['katayama']}""",
 personal=[{"type":"name","value":"松浦 千晶"},{"type":"birthdate","value":"平成2年9月4日"},{"type":"insurance","value":"記号：3210　番号：48"}]))

# --------------- passes ----------------
M.append(dict(tag="I-P1", expect="pass", kind="benign.lookalike_numbers",
 why="立会日程の連絡。事故受付番号・車両登録番号・部品番号など数字は多いが個人を特定する情報はない。",
 **{"from": FROM['katayama']},
 to=["有限会社斎藤自動車整備 斎藤様 <info@saito-auto.jp>"],
 subject="立会日程のご連絡（AS-25-0130871 / 品川 330 た 18-27）",
 text=f"""斎藤自動車整備
斎藤様

いつもお世話になっております。東邦損害調査の片山です。
下記の車両について、立会日程が決まりましたのでご連絡いたします。

　事故受付番号：AS-25-0130871
　車両：トヨタ プリウス（ZVW51）登録番号 品川 330 た 18-27
　入庫日：3/11
　立会日時：3/14（金）15:00〜 担当アジャスター 森下
　見積書番号：No.5588（3/12 FAX受領済み）

リヤバンパー（52159-47905）の交換と、バックドアの板金の要否を
現車で確認させていただく予定です。
ご都合が悪い場合はお知らせください。

{SIG['katayama']}"""))

M.append(dict(tag="I-P2", expect="pass", kind="benign.aggregate_stats",
 why="月次の案件統計（件数・平均額・受傷部位別件数）で個人は特定できない。",
 **{"from": FROM['morishita']},
 to=["あおば損害保険 損害サービス第二課 課長 野口様 <noguchi@aoba-sonpo.co.jp>"],
 cc=[AOBA],
 subject="2月度 受託案件 月次レポート",
 text=f"""野口課長

お世話になっております。東邦損害調査の森下です。
2月度の受託案件の月次レポートをお送りします。

■受託件数（2月）
　自動車（物損）　 148件（前月比 +12）
　自動車（人身）　  37件（前月比 -3）
　火災・自然災害　 66件（台風10号関連 41件を含む）
■平均処理日数
　物損 18.2日 ／ 人身 94.5日（長期化案件 6件）
■人身案件 受傷部位別（複数カウント）
　頸部 24 ／ 腰部 15 ／ 上肢 7 ／ 下肢 9 ／ 頭部 2
■後遺障害 事前認定申請 3件（14級見込み 2件、非該当見込み 1件）
■苦情・申出 1件（立会日程の連絡遅れ。再発防止策は別紙のとおり）

長期化案件の個別状況は、来週の定例会で口頭でご説明します。

{SIG['morishita']}""",
 attachments=[{"filename":"月次レポート_2025-02.xlsx","contentType":XLSX,"text":"""区分\t1月\t2月\t増減
自動車（物損）\t136\t148\t12
自動車（人身）\t40\t37\t-3
火災・自然災害\t52\t66\t14
平均処理日数（物損）\t19.4\t18.2\t-1.2
平均処理日数（人身）\t97.1\t94.5\t-2.6
苦情件数\t0\t1\t1"""}]))

M.append(dict(tag="I-P3", expect="pass", kind="benign.own_data",
 why="被保険者本人の個人アドレスへ、本人の住宅の調査結果と支払見込みを報告（本人への返送）。",
 **{"from": FROM['morishita']},
 to=["安達 浩二 <koji.adachi.home@gmail.com>"],
 subject="ご自宅の損害調査結果と今後のお手続きについて",
 text=f"""安達 浩二 様

先日はお忙しいところ、立会調査にご協力いただきありがとうございました。
東邦損害調査の森下です。
調査結果の概要と今後の流れをご案内いたします。

　調査物件：安達様ご自宅（千葉県市原市五井中央東2-14-6）
　事故：2月18日 給湯配管の破損による漏水（1階洋室・廊下）
　損害額（当方算定）：クロス・床材・巾木 張替え 387,200円
　ご契約：あおば損保 すまいの保険（水濡れ補償あり、免責なし）

上記の金額で保険会社に報告いたします。
なお、配管そのものの修理費（給湯器業者さん分）は補償対象外となりますので、
ご了承ください。

保険会社から「協定書」が郵送されますので、ご署名・ご捺印のうえご返送いただくと、
2週間程度でお支払いとなります。

ご不明点がございましたら、携帯（080-4471-2093）までお気軽にどうぞ。

{SIG['morishita']}"""))

M.append(dict(tag="I-P4", expect="pass", kind="benign.it_incident",
 why="社内システム障害（メール遅延）のお知らせ。「障害」はITの意味で個人情報なし。",
 **{"from": FROM['katayama']},
 to=[AOBA, "有限会社斎藤自動車整備 <info@saito-auto.jp>", "ホームリペア関東 増田様 <masuda@homerepair-kanto.co.jp>"],
 subject="【お詫び】弊社メールシステム障害による受信遅延について",
 text=f"""取引先各位

いつもお世話になっております。東邦損害調査の片山です。

本日 9:40頃から 13:15頃まで、弊社メールサーバーの障害により、
外部からのメールの受信が最大3時間程度遅延しておりました。
現在は復旧しており、遅延していたメールもすべて受信済みです。

この時間帯にお送りいただいた見積書・写真等で、
弊社から受領のご連絡がないものがございましたら、
お手数ですが再送いただくか、お電話でお知らせください。

ご迷惑をおかけし、申し訳ございませんでした。

{SIG['katayama']}"""))

M.append(dict(tag="I-P5", expect="pass", kind="benign.plain_zip",
 why="法人倉庫の火災現場写真の通常ZIP（暗号化なし）。個人情報は含まれない。",
 **{"from": FROM['morishita']}, to=[AOBA],
 subject="【AS-25-0095118】関東ロジネット 草加倉庫 火災 現場写真",
 text=f"""石井様

森下です。昨日立会した関東ロジネット様 草加第2倉庫の火災の現場写真です。
（ZIP、暗号化なし、全86枚・約140MB→縮小版 18MB）

出火元は2階東側の電動フォークリフト充電エリアと推定されます。
消防の原因調査結果（火災調査書）は、3月中に法人様経由で入手予定です。

{SIG['morishita']}""",
 attachments=[{"filename":"草加第2倉庫_現場写真_縮小版.zip","contentType":ZIP}]))

M.append(dict(tag="I-P6", expect="pass", kind="benign.corporate",
 why="法人（物流会社）の漏水事故の調査報告。法人名・設備・担当者の業務連絡先のみ。",
 **{"from": FROM['morishita']},
 to=["株式会社関東ロジネット 施設管理課 上野様 <ueno@kanto-lognet.co.jp>"],
 subject="川口DC 漏水事故 調査の進捗について",
 text=f"""関東ロジネット 施設管理課
上野様

いつもお世話になっております。東邦損害調査の森下です。
川口DCのスプリンクラー配管漏水の件、進捗をご報告します。

1. 原因：3階 天井内のスプリンクラー配管（継手部）の経年腐食。
　施工会社（東邦設備工業様）の見解も同様です。
2. 損害の範囲：3階 保管商品（家電 約1,200ケース）、床・天井材、
　ラック2列の一部。商品については、荷主様ごとの在庫明細と
　廃棄証明をお送りいただく必要があります。
3. 休業損害：出荷停止が2日間とのことですので、
　売上減少額の資料（前年同月比）をご用意ください。

来週水曜に再訪し、廃棄前の商品を確認させていただければと思います。
ご都合をお知らせいただけますと幸いです。

{SIG['morishita']}"""))

M.append(dict(tag="I-P7", expect="pass", kind="benign.lookalike_numbers",
 why="海外サーベイ会社との貨物損害検査の日程調整。コンテナ番号・B/L番号など番号はあるが個人情報ではない。",
 **{"from": FROM['morishita']},
 to=["Gareth Bramwell <g.bramwell@bramwell-marine.co.uk>"],
 subject="Joint survey - Container MSKU 7734218 / B/L MAEU 240917833",
 text=f"""Dear Gareth,

Thank you for your quick reply.

We can confirm the joint survey at the consignee's warehouse:
  Date/time: Wednesday 19 March, 10:00 JST
  Place: Kanto Lognet Kawaguchi DC, Bay 4
  Cargo: 24 pallets of machine parts (invoice no. KP-2025-0311)
  Container: MSKU 7734218 (40' HC), seal no. ML-5520913
  B/L: MAEU 240917833, vessel "MAERSK SELETAR" voy. 508N

Damage noted at devanning: wet stains on 7 pallets and crushed cartons on 2 pallets.
Photos taken at devanning are in the attached PDF.

Your Tokyo correspondent, Mr. Hale, is welcome to join. I will bring our own moisture
meter; please let me know if you need any sampling done.

Best regards,

{SIG['morishita_en']}""",
 attachments=[{"filename":"Devanning_photos_MSKU7734218.pdf","contentType":PDF,"text":"""Devanning photos - MSKU 7734218
Photo 1: container doors, seal ML-5520913 intact
Photo 2: pallets 3-5, water stains on top cartons
Photo 3: pallet 11, crushed corner
Photo 4: container floor, water marks near door end"""}]))

INT = [f"{n} <{a}@toho-sonsa.co.jp>" for n,a in [("大村 徹","t-omura"),("北野 美咲","m-kitano"),("柴田 亘","w-shibata"),("新井 幸子","s-arai"),("古賀 隼人","h-koga"),("山内 恵","m-yamauchi"),("今井 大樹","d-imai"),("若林 早苗","s-wakabayashi"),("桑原 誠司","s-kuwabara"),("中嶋 亜美","a-nakajima"),("岡部 修","o-okabe"),("吉沢 直樹","n-yoshizawa"),("成田 有紀","y-narita"),("小島 健太郎","k-kojima")]]
M.append(dict(tag="I-P8", expect="pass", kind="benign.internal_many",
 why="宛先14名はすべて自社ドメインの社内研修案内。外部受信者なし。",
 **{"from": FROM['katayama']}, to=INT, cc=["森下 健吾 <k-morishita@toho-sonsa.co.jp>"],
 subject="【必須】4月 人身事案対応研修（医療照会・個人情報の取扱い）のご案内",
 text=f"""東京損害調査センターの皆さま

調査事務課の片山です。
4月の社内研修のご案内です。今年度入社・異動の方は必須、それ以外の方も可能な限りご参加ください。

　日時：4月9日（水）16:00〜17:30
　場所：7F 大会議室（Teams併用）
　講師：森下 主任アジャスター、外部講師（弁護士 真鍋先生）
　内容：
　　・医療照会の依頼文の書き方と同意書の確認
　　・診断書・医療記録の社外送付ルール（PPAP廃止後の共有方法）
　　・後遺障害事前認定の流れ

欠席の場合は、録画視聴のうえ確認テストの提出をお願いします。

{SIG['katayama']}"""))

M.append(dict(tag="I-P9", expect="pass", kind="benign.corporate_account",
 why="調査費用の請求書送付。振込先は自社の法人口座。",
 **{"from": FROM['katayama']},
 to=["あおば損害保険 損害サービス業務課 <gyomu@aoba-sonpo.co.jp>"],
 subject="2月分 損害調査費用 請求書送付の件",
 text=f"""あおば損害保険
損害サービス業務課 ご担当者様

いつもお世話になっております。東邦損害調査の片山です。
2月分の損害調査費用のご請求書をお送りいたします。
明細（事故番号別）は添付のCSVをご参照ください。

{SIG['katayama']}""",
 attachments=[{"filename":"請求書_2025年2月分.pdf","contentType":PDF,"text":"""請求書 TSC-2502-031
あおば損害保険株式会社 御中
件数 215件　調査費用合計（税込）8,976,450円
お振込先：城東銀行 神田支店 当座 0192837 トウホウソンガイチヨウサ（カ
東邦損害調査株式会社 登録番号 T1020001074412"""},
  {"filename":"請求明細_2025年2月分.csv","contentType":CSV,"text":"""事故番号,種別,調査区分,金額(税込)
AS-24-0931772,自動車人身,継続,22000
AS-25-0087451,火災,完了,41800
AS-25-0095118,火災(法人),着手,66000
AS-25-0102216,車両盗難,継続,33000
AS-25-0110384,自動車物損,完了,27500
AS-25-0121009,自動車物損,継続,27500"""}]))

M.append(dict(tag="I-P10", expect="pass", kind="benign.thread_signatures",
 why="修理工場との見積協定の長い引用スレッド。工場・自社担当者の業務連絡先と部品・工賃の話のみ。",
 **{"from": FROM['morishita']},
 to=["斎藤 隆司 <t.saito@saito-auto.jp>"],
 subject="Re: Re: Re: 見積No.5521 協定について",
 text=f"""斎藤工場長

森下です。ご対応ありがとうございます。
ヘッドライトは中古良品で、ボンネットは板金塗装で協定させてください。
最終の協定額は 231,880円（税込）で石井様（あおば損保）に報告します。
協定書はFAXでお送りします。

{SIG['morishita']}

> 森下さん
> ヘッドライト、中古の良品が見つかりました。28,000円です。
> ボンネットは板金でいけます。工賃は指数どおりで結構です。
> ---
> 有限会社 斎藤自動車整備 工場長 斎藤 隆司
> 〒343-0023 越谷市東越谷5-12-8 TEL 048-965-3310 / 携帯 090-7712-0485
>
>> 斎藤工場長
>> 東邦損害調査の森下です。
>> 見積No.5521の件、ヘッドライト（左）の新品交換は、レンズ割れのみであれば
>> 中古良品かリビルト品での対応をご検討いただけないでしょうか。
>> またボンネットは交換ではなく板金塗装の範囲と考えています。
>> 工賃は指数ベースでお願いできればと思います。
>>
>>> 東邦損害調査 森下様
>>> お世話になっております。フィットの見積書をFAXしました。
>>> 部品は全部メーカー新品で出しています。ご確認お願いします。
>>> 斎藤
"""))
