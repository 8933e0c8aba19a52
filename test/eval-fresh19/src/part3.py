from common import *

# 41 P NH corporate account change notice, families in Bcc
add(expect="pass", kind="benign.corporate_account",
why="口座は社会福祉法人の口座で、家族宛の一斉通知はBcc。個人の口座や入所者情報はない。",
frm=KUBODERA, to=["特別養護老人ホーム 桜ヶ丘の里 <kubodera@keiwakai-sakura.or.jp>"],
bcc=["k.kanda.0731@gmail.com","tomoko-kuri@ezweb.ne.jp","hasebe.jun@yahoo.co.jp","chizuru.k@ezweb.ne.jp",
     "sakaki.taeko@gmail.com","y-kajiwara@nifty.com","mizuno.family@icloud.com","rie.shimizu77@docomo.ne.jp",
     "kenji.takeda@outlook.jp","n.arai.sayama@gmail.com","fumie.oka@yahoo.co.jp","sekiguchi-k@jcom.zaq.ne.jp",
     "ishizaka.m@gmail.com","tnozawa@ybb.ne.jp"],
subject="【重要】利用料お振込口座変更のお知らせ",
text="""ご家族様各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
このたび、金融機関の店舗統合に伴い、利用料のお振込口座を下記のとおり変更させていただくことになりました。

■変更時期：2025年8月ご請求分（7月ご利用分）から

■旧口座（7月31日まで）
　武蔵野中央信用金庫 狭山支店 普通預金 0128834
　口座名義 シヤカイフクシホウジン ケイワカイ

■新口座（8月1日から）
　武蔵野中央信用金庫 入間川支店 普通預金 0305517
　口座名義 シヤカイフクシホウジン ケイワカイ

※口座振替（自動引落し）をご利用のご家族様は、お手続き不要です。
※8月1日以降に旧口座へお振込みいただいた場合も、当面は新口座へ自動で転送されます。

ご不明な点は、事務室（04-2958-3310）までお問い合わせください。
""" + SIG_KUBODERA)

# 42 H SW residence-card number only in subject
add(expect="hold", kind="id.residence_card",
why="本文は入力方法の説明だけだが、件名に外国籍従業員の氏名と在留カード番号が入ったまま返信している。",
frm=MORISHITA, to=["株式会社ミナミ精工 人事 須田様 <suda@minami-seiko.co.jp>"],
subject="Re: 在留カード番号 AB47281935CD（レ・ヴァン・フン）の登録でエラー",
text="""須田様

お世話になっております。ロジックハーバー サポートの森下です。

在留カード番号の入力欄ですが、英字は半角大文字でご入力ください。
全角で入力された場合、保存時にエラー（E-3107）となります。
6/21リリースの v5.8 以降は、全角で入力しても自動で半角に変換されるようになります。

ご不便をおかけして申し訳ございません。
ほかにもエラーが出る場合は、画面のスクリーンショット（番号部分は隠していただいて構いません）をお送りください。
""" + SIG_MORISHITA,
personal=[("idnumber","AB47281935CD"),("name","レ・ヴァン・フン")])

# 43 P DS plain zip of course photos + a jpg
add(expect="pass", kind="benign.plain_zip",
why="暗号化されていないZIPとJPEGで、内容はコースや教習車の写真。個人情報の記載もない。",
frm=SAEKI, to=["株式会社ハマクリエイト 制作部 望月様 <mochizuki@hamacreate.co.jp>"],
subject="夏季合宿プラン パンフ用写真（差し替え分）",
text="""ハマクリエイト
望月様

お世話になっております。みなと自動車学校の佐伯です。
パンフレット用の写真、差し替え分をお送りします。

・course_photos_0617.zip … 教習コース（S字・クランク・坂道）と新型教習車 計14枚
・表紙候補_教習車.jpg … 表紙用に撮り直したものです

人物が写っているのは指導員2名だけで、本人の了承は取っています。
教習生さんが写り込んでいるカットは外しました。

入稿は6/27でしたよね。レイアウト案を楽しみにしています。
""" + SIG_SAEKI,
attachments=[dict(filename="course_photos_0617.zip", contentType=ZIP),
             dict(filename="表紙候補_教習車.jpg", contentType=JPG)])

# 44 H CD resident record with My Number to judicial scrivener
add(expect="hold", kind="id.my_number",
why="買主の住民票を書き起こした本文にマイナンバー・生年月日・住所が入っており、外部の司法書士へ送っている。",
frm=ISHIGURO, to=["司法書士法人 浦和リーガル 辻本先生 <tsujimoto@urawa-legal.jp>"],
subject="引渡し登記用 住民票の件（405号室）",
text="""司法書士法人 浦和リーガル
辻本先生

いつもお世話になっております。東雲レジデンス開発の石黒です。

405号室の買主様の登記用住民票ですが、ご本人がマイナンバー入りで取得されてしまったとのことで、
取り急ぎ記載内容を書き起こしてお送りします。原本は来週の打合せ時にお持ちします。
このままで使えるか、再取得が必要か、ご判断いただけますでしょうか。

――― 住民票の写し（記載事項）―――
氏名　　　　：西垣 俊介
生年月日　　：昭和60年2月11日
住所　　　　：埼玉県さいたま市南区文蔵3丁目18番5号
世帯主　　　：西垣 俊介
個人番号　　：248103703737
住民となった日：平成29年4月1日
――――――――――――――――――

引渡しは7月25日（金）の予定です。よろしくお願いいたします。
""" + SIG_ISHIGURO,
personal=[("name","西垣 俊介"),("birthdate","昭和60年2月11日"),("address","埼玉県さいたま市南区文蔵3丁目18番5号"),("mynumber","248103703737")])

# 45 P DR seminar with public-figure speaker
add(expect="pass", kind="benign.public_figure",
why="講師は公的な肩書で公開されている人物で、経歴も公開プロフィール。求職者等の個人情報はない。",
frm=TSUTAYA, to=["さがみ中央病院 事務長 榎本様 <enomoto@sagami-chuo.or.jp>"],
subject="【ご案内】病院経営者向けセミナー「医師の働き方改革 2年目の実務」",
text="""さがみ中央病院
事務長 榎本様

いつもお世話になっております。メディブリッジ・キャリアの蔦谷です。
弊社主催の病院経営者向けセミナーのご案内です。昨年ご参加いただいた際に好評だった講師の先生に、今年もご登壇いただきます。

■日時：2025年7月24日（木）16:00〜17:30（オンライン／会場併催）
■会場：浜松町スクエア 3F ホールB
■講師：久我山 宗一郎 先生
　東都医科大学 名誉教授、元・日本病院管理学会 理事長
　厚生労働省「医師の働き方改革の推進に関する検討会」構成員（2019-2022）
　著書『勤務医の時間外労働とタスクシフト』（医事新報社、2023年）
■内容：B・C水準指定病院の実例、宿日直許可の取り直し、副業・兼業先との労働時間通算
■参加費：無料（定員 会場40名／オンライン200名）

お申込みはこちら：https://medibridge-c.co.jp/seminar/2025-07
事務長様のほか、人事ご担当者様もぜひご一緒にどうぞ。
""" + SIG_TSUTAYA)

# 46 H NH encrypted zip to city office
add(expect="hold", kind="attachment.encrypted_zip",
why="パスワード付きZIPで中身を検査できない（PPAP）。区分変更申請の資料一式とある。",
frm=NONOMURA, to=["狭山市 介護保険課 認定係 <kaigo-nintei@city.sayama.lg.jp>"],
subject="区分変更申請に係る資料の送付",
text="""狭山市 介護保険課 認定係 御中

お世話になっております。特別養護老人ホーム 桜ヶ丘の里の野々村です。
本日窓口で申請した区分変更の件、ご依頼のあった資料一式をお送りします。
パスワードは、お電話でお伝えいたします。

よろしくお願いいたします。
""" + SIG_NONOMURA,
attachments=[dict(filename="区分変更_資料一式_0618.zip", contentType=ZIP, encrypted=True)])

# 47 P SW English partner meeting with heavy signatures
add(expect="pass", kind="benign.meeting",
why="Scheduling with partner staff; the only personal data are business contact details in signatures and a conference bridge PIN.",
frm=CARTER, to=["Rahul Mehta <rahul.mehta@cloudvista.io>"], cc=["Sophie Lin <sophie.lin@cloudvista.io>", MORISHITA],
subject="Re: Joint support runbook - meeting on 6/24",
text="""Hi Rahul,

Tuesday 6/24, 10:00-11:00 JST works for us. Kenta Morishita (support lead) will join as well.

Proposed agenda:
1. Escalation matrix - who pages whom for P1 incidents touching both HarborDesk and CloudVista SSO
2. Shared status page wording
3. Handling of customer log bundles (we'd like to move everything to the secure upload portal and stop emailing zip files)

Dial-in (our bridge): +81-3-4578-2291, PIN 884 217 903#
Teams link will follow in a separate invite.

Talk soon,
""" + SIG_CARTER + """

On Thu, Jun 19, 2025 at 4:12 PM Rahul Mehta <rahul.mehta@cloudvista.io> wrote:
> Emily,
> Could we do a 60-min session next week to finalize the runbook? Sophie from our SRE team
> will join. Tue or Wed morning JST would be ideal for us.
>
> Rahul Mehta
> Director, Partner Success - APAC
> CloudVista Identity Pte. Ltd.
> 8 Marina View, #32-01, Singapore 018960
> M: +65 9123 4471 | D: +65 6224 0188
> rahul.mehta@cloudvista.io
""")

# 48 H DS epilepsy on fitness questionnaire to partner clinic
add(expect="hold", kind="sensitive.medical",
why="入校予定者の氏名・年齢とてんかんの診断・服薬・最終発作時期を外部のクリニックへ送っている。",
frm=SAEKI, to=["かなざわ脳神経クリニック 小田島先生 <info@kanazawa-nou.jp>"],
subject="入校予定者の運転適性についてご意見を伺いたく",
text="""かなざわ脳神経クリニック
院長 小田島先生

いつもお世話になっております。みなと自動車学校の佐伯です。
先生に一度ご相談したいケースがあり、ご連絡いたしました。

入校予定の方が「一定の病気等に係る質問票」の
「過去5年以内に、病気を原因として、発作により意識を失ったことがある」にチェックされています。
ご本人とお母様から伺った内容は以下のとおりです。

・氏名：浅倉 悠斗 さん（19歳）
・てんかん（2021年に診断）、ラモトリギンを服用中
・最終発作：2023年8月（以降、発作なし）

当校としては、入校前に主治医の診断書を取っていただく方向でご案内するつもりですが、
記載してもらうべき事項や、仮免許の適性試験での扱いについて、ご助言いただけますと幸いです。
ご本人の了承はいただいております。
""" + SIG_SAEKI,
personal=[("name","浅倉 悠斗"),("health","てんかん（2021年に診断）"),("health","ラモトリギン")])

# 49 P CD press invitation naming public officials and a TV personality
add(expect="pass", kind="benign.public_figure",
why="区長・タレントは公の立場で登壇する人物で、取材案内として公開予定の情報のみ。",
frm=TAKANO, to=["さいたま新報 地域面 柳田様 <yanagida@saitama-shimpo.jp>"],
subject="【取材のご案内】6/28 グランドオープン記念イベント",
text="""さいたま新報
地域面ご担当 柳田様

いつもお世話になっております。東雲レジデンス開発の鷹野です。
「シノノメ・ザ・テラス武蔵浦和」マンションギャラリーのグランドオープン記念イベントについて、取材のご案内をお送りいたします。

■日時：2025年6月28日（土）10:00〜12:00
■場所：シノノメ・ザ・テラス武蔵浦和 マンションギャラリー前広場（さいたま市南区別所7-8-1）
■内容
　10:00　開会挨拶　東雲レジデンス開発株式会社 代表取締役社長 東雲 隆一郎
　10:10　来賓挨拶　さいたま市 南区長 古賀 正明 様
　10:30　トークショー「子育て世代の住まいとごはん」料理研究家 ハルナ・ベル 氏
　11:30　地元・別所小学校吹奏楽部によるミニコンサート

プレス受付は9:30から、広場入口のテントで承ります。
撮影可能エリアは当日ご案内いたします（来場者のお顔が写る場合は、掲載前にご相談ください）。
""" + SIG_TAKANO)

# 50 H DR foreign doctor's passport / residence card numbers to hospital
add(expect="hold", kind="id.passport",
why="外国籍医師の旅券番号・在留カード番号・国籍・生年月日を外部の病院人事へ送っている。",
frm=TSUTAYA, to=["いんば北総病院 人事課 沼田様 <numata@inba-hokuso.or.jp>"],
subject="外国籍医師（リー先生）の在留手続き書類について",
text="""いんば北総病院
人事課 沼田様

お世話になっております。メディブリッジ・キャリアの蔦谷です。
10月着任予定のリー先生の在留資格変更（「特定活動」→「医療」）申請に必要な情報を、ご本人の書類から転記してお送りします。
申請書の「申請人等作成用」欄の記入にお使いください。

　氏名：LI JIAWEI（リー・ジアウェイ）
　国籍：中華人民共和国
　生年月日：1992年6月7日
　旅券番号：EG7391826（有効期限 2031年3月14日）
　在留カード番号：WB51847362EF（在留期限 2026年3月31日）
　医師国家試験：第117回 合格（2023年）、医籍登録済み

雇用契約書の写しと、病院側で作成いただく「所属機関等作成用」の書類がそろいましたら、
行政書士の先生から入管へ申請する段取りです。
""" + SIG_TSUTAYA,
personal=[("name","LI JIAWEI"),("passport","EG7391826"),("idnumber","WB51847362EF"),("birthdate","1992年6月7日"),("race","中華人民共和国")])

# 51 P NH internal drill notice to 14 staff
add(expect="pass", kind="benign.internal_many",
why="宛先14名はすべて自施設ドメインの職員。入所者の個人情報は含まれない。",
frm=KUBODERA,
to=[f"{n} <{a}@keiwakai-sakura.or.jp>" for n,a in [("野々村 恵","nonomura"),("堀之内 理沙","horinouchi"),("小田切 直人","odagiri"),
   ("中野 由紀","nakano"),("石田 学","ishida"),("平井 千尋","hirai"),("関 大樹","seki"),("森本 あゆみ","morimoto"),
   ("菅原 剛","sugawara"),("安藤 美和","ando"),("吉村 翼","yoshimura"),("岡田 紗英","okada"),("栄養室","eiyo"),("夜勤リーダー","yakin-leader")]],
subject="【全職員】7/3 夜間想定 避難訓練の実施について",
text="""職員各位

施設長の久保寺です。
消防署立会いのもと、夜間想定の避難訓練を下記のとおり実施します。

■日時：7月3日（木）19:30〜20:30（夜勤帯の人員配置で実施）
■想定：2階厨房付近から出火、2階ユニットの入所者を1階ホールへ水平・垂直避難
■役割
　通報・全体指揮：小田切（事務長代理）
　初期消火：石田、関
　避難誘導（2階もみじ）：中野、森本、夜勤者
　避難誘導（2階かえで）：平井、菅原、夜勤者
　人員確認・記録：安藤
　看護（応急処置）：堀之内
■留意事項
　・入所者役は職員が務めます。実際の入所者様は移動させません
　・車いす・寝台での移送手順は、前日までに各ユニットで確認してください
　・非常放送の音量テストを18:30に行います

日勤の方で参加可能な方は、吉村さんまでお知らせください（時間外手当の対象です）。
""" + SIG_KUBODERA)

# 52 H SW payslip with salary and bank account to offshore developer
add(expect="hold", kind="id.account",
why="顧客従業員の実名入り給与明細（支給額・控除・個人の振込口座）を外部の開発委託先へ送っている。",
frm=MORISHITA, to=["Tran Minh Quan <quan.tran@saigonbyte.vn>"], cc=["グエン・ヴァン・ドゥック <duc.nguyen@saigonbyte.vn>"],
subject="[HHR-4502] 給与明細PDFで振込口座が2行に分割される",
text="""Quanさん

お疲れさまです。森下です。
給与明細PDFのレイアウト崩れの件、顧客（さくら調剤様）の5月分で再現したPDFを添付します。

現象：振込先の支店名が長い場合（全角10文字超）、口座番号が次の行に送られ、
　　　さらに差引支給額の欄と重なって印字される。
期待：支店名は省略表示（…）にして1行に収める。

Please fix in the payslip template (payslip_v3.jrxml). Priority: High（顧客が7月の給与日前に直してほしいとのこと）.
""" + SIG_MORISHITA,
attachments=[dict(filename="給与明細_202505_再現用.pdf", contentType=PDF, text=
"""給与明細書 2025年5月分
株式会社さくら調剤
社員番号 S-0088　氏名 井口 真由美 様
【支給】基本給 265,000　薬剤師手当 40,000　残業手当 18,420　通勤手当 12,300　支給合計 335,720
【控除】健康保険 15,840　厚生年金 29,280　雇用保険 1,920　所得税 8,640　住民税 14,200　控除合計 69,880
差引支給額 265,840
振込先 ひかり銀行 さいたま新都心中央支店
普通 4471029""")],
personal=[("name","井口 真由美"),("pay","差引支給額 265,840"),("account","普通 4471029")])

# 53 P DS application form proof with sample values
add(expect="pass", kind="benign.template_dummy",
why="印刷用申込書の記入例で、氏名・番号はすべて見本用のダミー値（000…、○○）。",
frm=SAEKI, to=["有限会社金沢印刷 堤様 <tsutsumi@kanazawa-insatsu.jp>"],
subject="入校申込書（2025年度版）校正の戻し",
text="""金沢印刷
堤様

お世話になっております。みなと自動車学校の佐伯です。
入校申込書の初校、確認しました。修正は記入例の欄だけです。

【記入例欄の修正】
・氏名：「自動車 太郎」→「みなと 太郎」（ふりがな：みなと たろう）
・生年月日：平成19年4月1日 のままでOK
・本籍：「神奈川県横浜市金沢区泥亀2丁目」→「○○県○○市○○町」に
　（実在の住所に見えるとお客様から指摘があったため）
・電話：045-000-0000 のままでOK
・お持ちの免許証番号：「第 000000000000 号」のままでOK
・緊急連絡先：「みなと 花子（母）090-0000-0000」

【その他】
・裏面の個人情報の取扱いの文言、最新版（2025年4月改定）に差し替えをお願いします（添付のWord）

再校は来週水曜までにいただけると助かります。
""" + SIG_SAEKI,
attachments=[dict(filename="個人情報の取扱いについて_2025年4月改定.docx", contentType=DOCX, text=
"""個人情報の取扱いについて（2025年4月改定）
株式会社みなとドライビングスクールは、入校申込書に記載された個人情報を、教習の実施、検定・修了証明書の発行、公安委員会への届出、送迎バスの運行、当校からのご案内の目的で利用します。
法令に基づく場合を除き、ご本人の同意なく第三者に提供することはありません。
お問い合わせ窓口：個人情報相談窓口 045-781-5520（平日 10:00〜17:00）""")])

# 54 H CD family profile of buyers to interior vendor
add(expect="hold", kind="profile.family",
why="契約者夫婦と子どもの氏名・年齢・連絡先・現住所・転校先・予算を外部のインテリア業者へ送っている。",
frm=TAKANO, to=["インテリアオフィス・リュクス 真田様 <sanada@interior-luxe.jp>"],
subject="オプション相談会のご予約者情報（1002号室）",
text="""インテリアオフィス・リュクス
コーディネーター 真田様

いつもお世話になっております。東雲レジデンス開発の鷹野です。
来週7/5（土）のオプション相談会、1002号室のご契約者様の情報をお送りします。事前のプラン準備にお使いください。

　ご契約者：日比野 翔太 様（38）／奥様 日比野 茉莉 様（36）
　連絡先　：090-4482-1165（ご主人）／mari.hibino@gmail.com（奥様）
　現住所　：東京都北区赤羽西5-2-19-303
　ご家族　：長男 湊くん（8歳、別所小へ転校予定）、長女 紬ちゃん（4歳）
　ご要望　：ご主人が週3在宅勤務のため書斎スペース（洋室3）
　　　　　　奥様がピアノを弾かれるので、リビングの一部に防音対策
　ご予算　：オプション総額 250万円前後

カーテンは奥様のご実家からいただく予定のものがあるそうなので、提案は不要とのことです。
""" + SIG_TAKANO,
personal=[("name","日比野 翔太"),("name","日比野 茉莉"),("phone","090-4482-1165"),("email","mari.hibino@gmail.com"),
          ("address","東京都北区赤羽西5-2-19-303"),("name","湊くん（8歳")])

# 55 P DR invoice with corporate account
add(expect="pass", kind="benign.corporate_account",
why="請求書の振込先は自社の法人口座で、入職者は診療科と人数のみで特定していない。",
frm=NIKAIDO, to=["ふじみ野三恵クリニック 事務長 中島様 <nakajima@fujimino-sankei.jp>"],
subject="ご紹介手数料のご請求書送付（請求番号 MBC-INV-2025-0611）",
text="""ふじみ野三恵クリニック
事務長 中島様

いつもお世話になっております。メディブリッジ・キャリアの二階堂です。
6月1日にご入職いただいた内科医師1名分の紹介手数料について、ご請求書をお送りいたします。

　請求番号：MBC-INV-2025-0611
　ご請求金額：2,640,000円（税込）
　お支払期限：2025年7月31日（木）
　お振込先：東京シティ銀行 浜松町支店 普通 7719240
　　　　　　口座名義 カ）メディブリッジ・キャリア

恐れ入りますが、振込手数料は貴院にてご負担くださいますようお願いいたします。
原本が必要な場合はお知らせください。
""" + SIG_NIKAIDO,
attachments=[dict(filename="請求書_MBC-INV-2025-0611.pdf", contentType=PDF, text=
"""請求書 No. MBC-INV-2025-0611　発行日 2025年6月30日
医療法人社団 三恵会 ふじみ野三恵クリニック 御中
件名：医師紹介手数料（内科 常勤 1名／2025年6月1日入職）
理論年収 12,000,000円 × 20% = 2,400,000円　消費税 240,000円　合計 2,640,000円
振込先：東京シティ銀行 浜松町支店 普通 7719240 カ）メディブリッジ・キャリア
株式会社メディブリッジ・キャリア　登録番号 T6010401139425""")])

# 56 H NH accident report in docx to insurer (risk only in attachment)
add(expect="hold", kind="sensitive.medical",
why="本文は短いが、添付の事故報告書に入所者の氏名・年齢・骨折の診断・入院先・認知症の状態がある。",
frm=KUBODERA, to=["あおば損害保険 埼玉西支社 蒲田様 <kamata.y@aoba-sonpo.co.jp>"],
subject="賠償責任保険 事故報告の送付",
text="""あおば損害保険株式会社
埼玉西支社 保険金サービス課 蒲田様

お世話になっております。桜ヶ丘の里の久保寺です。
先日お電話でご報告した件、事故報告書を添付いたします。
ご家族様とは昨日面談し、経過をご説明しております。

必要な書類がほかにあればお知らせください。
""" + SIG_KUBODERA,
attachments=[dict(filename="事故報告書_20250610.docx", contentType=DOCX, text=
"""事故報告書
発生日時：2025年6月10日 5:40頃　場所：3階 さくらユニット 308号室 ベッドサイド
対象者：沼尻 キヨ 様（89歳 女性、要介護3、アルツハイマー型認知症 中等度）
経過：離床センサー反応で訪室したところ、床に座り込んでいるのを発見。右股関節の痛みを訴えた。
7:30 嘱託医に報告、9:20 狭山中央病院へ救急搬送。右大腿骨頸部骨折の診断。6月12日に人工骨頭置換術、現在入院中。
原因分析：夜間トイレ誘導の時間（5:00）の前に自力で立ち上がった。センサーマットの位置がずれていた。
再発防止策：センサーマットの固定、起床時間帯の巡視を30分間隔に変更。
報告者：看護主任 堀之内 理沙""")],
personal=[("name","沼尻 キヨ"),("health","右大腿骨頸部骨折"),("health","アルツハイマー型認知症 中等度")])

# 57 P SW webinar invitation, customers in Bcc
add(expect="pass", kind="benign.bcc_many",
why="社外の多数宛てだがすべてBccで、内容はマイナンバー対応ウェビナーの告知のみ。",
frm="LogicHarbor セミナー事務局 <seminar@logicharbor.co.jp>", to=["LogicHarbor セミナー事務局 <seminar@logicharbor.co.jp>"],
bcc=["imamura@maruyoshi-foods.co.jp","hayase@shirakaba-unso.jp","suda@minami-seiko.co.jp","m.tanaka@tanaka-seiki.co.jp",
     "keiri@bayside-dental.jp","soumu@himawari-butsuryu.co.jp","jinji@sakura-chozai.jp","kanri@midori-kenchiku.co.jp",
     "is@towa-techno.co.jp","hr@kessler-freight.com","somu@yamato-denko.co.jp","office@hoshino-kogyo.jp",
     "jimu@aozora-hoikuen.or.jp","keiri@kitamura-shoten.co.jp","admin@tsubame-logi.co.jp","soumu@fujimi-food.co.jp",
     "jinji@kaede-kensetsu.co.jp","hr@nordhafen-consulting.de"],
subject="【無料ウェビナー】2025年 年末調整のマイナンバー対応 総点検（7/10開催）",
text="""HarborHR をご利用のお客様

いつもLogicHarborをご利用いただき、ありがとうございます。
今年の年末調整に向けて、マイナンバー（個人番号）の取扱いを見直すウェビナーを開催します。

■日時：2025年7月10日（木）15:00〜16:00（Zoomウェビナー）
■内容
　1. 扶養控除等申告書の電子化と、個人番号の収集・保管のルール
　2. 退職者の個人番号の廃棄・削除のタイミング（HarborHRの自動削除設定）
　3. よくあるお問い合わせ：取込エラー E-2041 / E-3107 の対処
■講師：ロジックハーバー カスタマーサポート部 森下 健太
　　　　社会保険労務士 野上 直子 氏（のがみ労務オフィス）
■参加費：無料

お申込み：https://logicharbor.co.jp/webinar/0710
※このメールはBCCでお送りしています。

株式会社ロジックハーバー セミナー事務局
seminar@logicharbor.co.jp""")

# 58 H DS 12 elderly trainees' private addresses in To
add(expect="hold", kind="recipients.many",
why="高齢者講習の受講者12名（個人の私用アドレス）をToに並べて一斉送信しており、互いのアドレスが見える。",
frm=OKOCHI,
to=["佐野 弘 様 <hiroshi.sano.1950@gmail.com>","鶴田 一子 様 <kazuko-tsuruta@ezweb.ne.jp>","大林 茂 様 <s-obayashi@jcom.home.ne.jp>",
    "宮本 昭夫 様 <a.miyamoto47@yahoo.co.jp>","宇田川 節子 様 <setsuko.udagawa@docomo.ne.jp>","根本 勇 様 <isamu.nemoto@nifty.com>",
    "川村 正義 様 <kawamura.m@ybb.ne.jp>","石井 千代子 様 <chiyoko.ishii@gmail.com>","杉本 功 様 <isao-sugimoto@softbank.ne.jp>",
    "野口 和男 様 <noguchi.kazuo@outlook.jp>","堤 まさ子 様 <masako.tsutsumi@icloud.com>","松下 博 様 <hmatsushita@kanazawa-net.jp>"],
subject="高齢者講習 7月8日（火）午前の部 日程変更のお願い",
text="""高齢者講習 受講予定の皆様

いつもお世話になっております。みなと自動車学校の大河内です。
7月8日（火）午前の部（9:00〜11:00）に受講予定の皆様へのお願いです。

当日、講習用の教習車の法定点検が重なってしまい、午前の部を実施できなくなりました。
大変申し訳ございませんが、以下のいずれかに変更をお願いできませんでしょうか。

　① 7月8日（火）午後の部 13:30〜15:30
　② 7月9日（水）午前の部 9:00〜11:00

ご希望の日程を、このメールへのご返信かお電話（045-781-5520）でお知らせください。
免許証の更新期限が近い方には、優先して日程をお取りします。

ご迷惑をおかけして誠に申し訳ございません。
""" + SIG_OKOCHI)

# 59 P CD plain zip of floor plans to printer
add(expect="pass", kind="benign.plain_zip",
why="暗号化なしのZIPと配置図PDFで、中身は間取り図・配置図。個人情報はない。",
frm=ISHIGURO, to=["株式会社サンライズ印刷 矢吹様 <yabuki@sunrise-print.co.jp>"],
subject="第2期販売用 間取り図面一式（入稿データ）",
text="""サンライズ印刷
営業部 矢吹様

お世話になっております。東雲レジデンス開発の石黒です。
第2期販売用の間取り図面一式（Aタイプ〜Gタイプ、計7種）をお送りします。
配置図は1か所修正が入ったので、PDFを別添しています。

・madori_2ki_nyuko.zip（ai／pdf、暗号化なし）
・配置図_修正.pdf

刷り部数は各1,500部、納品は7月3日（木）午前にギャラリーへお願いします。
色校は不要ですが、Eタイプの方位記号だけ前回ずれていたのでご確認ください。
""" + SIG_ISHIGURO,
attachments=[dict(filename="madori_2ki_nyuko.zip", contentType=ZIP),
             dict(filename="配置図_修正.pdf", contentType=PDF, text=
"""シノノメ・ザ・テラス武蔵浦和 配置図 S=1/500
敷地面積 4,218.36㎡　建築面積 1,902.11㎡　総戸数 86戸
駐車場 平置き24台（P-01〜P-24）機械式38台（P-25〜P-62）　駐輪場 172台　ミニバイク置場 8台
※修正：ゴミ置場の位置を東側通路沿いに変更（2025.6.19）""")])

# 60 H DR encrypted zip with candidate documents
add(expect="hold", kind="attachment.encrypted_zip",
why="パスワード付きZIP（PPAP）で検査できず、件名から履歴書・医師免許証写しと分かる。",
frm=NIKAIDO, to=["さがみ中央病院 事務長 榎本様 <enomoto@sagami-chuo.or.jp>"],
subject="候補者書類（履歴書・職務経歴書・医師免許証写し）",
text="""さがみ中央病院
事務長 榎本様

お世話になっております。メディブリッジ・キャリアの二階堂です。
先日お電話でお話しした麻酔科の候補の先生について、書類一式をお送りします。
パスワードは別メールにてお送りいたします。

ご確認のうえ、面接のご希望日程をいただけますと幸いです。
""" + SIG_NIKAIDO,
attachments=[dict(filename="候補者書類_麻酔科_0620.zip", contentType=ZIP, encrypted=True)])
