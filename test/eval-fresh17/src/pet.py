from common import *
M = []

M.append(dict(tag="P-H1", expect="hold", kind="list.customers",
 why="会員（飼い主）12名の氏名・住所・電話のCSVをDM印刷会社へ送付（顧客名簿）。",
 **{"from": FROM['nishimura']},
 to=["株式会社プリントエース 営業部 堤様 <tsutsumi@printace.co.jp>"],
 subject="秋のシャンプーキャンペーンDM 宛名データ（吉祥寺店・三鷹店分）",
 text=f"""プリントエース
堤様

お世話になっております。フワモコ本部の西村です。
先日お見積りいただいたハガキDMの宛名データをお送りします。
今回は試験的に吉祥寺店・三鷹店の休眠会員（半年以上ご来店なし）のみです。
差込項目は「飼い主様氏名」「ペットのお名前」でお願いします。

発送予定日：9/20（金）
デザイン最終稿は明日お送りします。

{SIG['nishimura']}""",
 attachments=[{"filename":"DM宛名_吉祥寺三鷹_休眠会員.csv","contentType":CSV,"text":"""会員番号,氏名,郵便番号,住所,電話番号,ペット名,犬種
FM-100231,川島 沙織,180-0003,東京都武蔵野市吉祥寺南町3-11-2,090-4418-2276,ココ,トイプードル
FM-100244,石田 健一,180-0004,東京都武蔵野市吉祥寺本町4-7-19-402,080-2214-9031,ムギ,柴
FM-100298,渡部 舞,181-0013,東京都三鷹市下連雀2-22-6,090-7731-1184,モカ,ミニチュアダックス
FM-100312,高瀬 陽子,181-0001,東京都三鷹市井の頭4-5-30,0422-45-7712,レオ,ポメラニアン
FM-100356,宮内 誠,180-0006,東京都武蔵野市中町1-29-8,090-6682-0047,チャチャ,チワワ
FM-100401,岡田 里美,181-0012,東京都三鷹市上連雀7-14-3,080-5519-6620,ハナ,マルチーズ
FM-100417,津村 祐介,180-0002,東京都武蔵野市吉祥寺東町2-38-11,070-3382-4410,コタロウ,柴
FM-100433,坂口 美和,181-0004,東京都三鷹市新川6-3-25,090-1127-5583,ルル,トイプードル
FM-100468,平野 翼,180-0005,東京都武蔵野市御殿山1-6-14,080-9041-3376,ソラ,ボーダーコリー
FM-100502,白石 由美子,181-0011,東京都三鷹市井口3-10-7,0422-31-0958,マロン,シーズー
FM-100519,今村 拓,180-0001,東京都武蔵野市吉祥寺北町5-2-20,090-5528-7713,ポポ,ヨークシャーテリア
FM-100547,根本 千夏,181-0013,東京都三鷹市下連雀8-1-9,080-6630-1942,きなこ,ミックス"""}],
 personal=[{"type":"name","value":"川島 沙織"},{"type":"address","value":"東京都武蔵野市吉祥寺南町3-11-2"},{"type":"phone","value":"090-4418-2276"},{"type":"name","value":"石田 健一"},{"type":"phone","value":"080-2214-9031"},{"type":"name","value":"根本 千夏"}]))

M.append(dict(tag="P-H2", expect="hold", kind="profile.forward",
 why="顧客のクレーム内容と氏名・住所・電話・メールを外部の委託トリマーへ転送。",
 **{"from": FROM['nishimura']},
 to=["Dog Style 梨花 梨本様 <rika.nashimoto@dogstyle-rika.jp>"],
 subject="Fw: お問い合わせフォーム：出張トリミングの仕上がりについて",
 text=f"""梨本さん

お世話になっております。フワモコ本部 お客様相談室の西村です。
先週土曜に梨本さんにご担当いただいた出張トリミングについて、
お客様から下記のお問い合わせが届いています。
事実関係を確認したいので、当日の状況を教えていただけますか。
お客様には本日中に一次回答として「担当者に確認中」とお伝えします。

{SIG['nishimura']}

-------- 転送メッセージ --------
件名：お問い合わせフォーム：出張トリミングの仕上がりについて
送信日時：2025/06/09 21:47
お名前：桐谷 真由美
ご住所：東京都杉並区西荻北4-16-3 サンハイツ西荻203
電話番号：080-7391-2264
メールアドレス：mayumi.kiritani@gmail.com
会員番号：FM-203318
ご利用サービス：出張トリミング（6/7 14:00〜）
お問い合わせ内容：
カットの長さが事前にお願いした内容と全く違い、耳の毛も左右で長さが違います。
また、帰られた後に左後ろ足の爪から少し出血しているのに気づきました。
担当の方からは何の説明もありませんでした。返金と、今後は別の方に担当を変えてほしいです。""",
 personal=[{"type":"name","value":"桐谷 真由美"},{"type":"address","value":"東京都杉並区西荻北4-16-3 サンハイツ西荻203"},{"type":"phone","value":"080-7391-2264"},{"type":"email","value":"mayumi.kiritani@gmail.com"}]))

M.append(dict(tag="P-H3", expect="hold", kind="id.license",
 why="生体の分割払い申込者の運転免許証番号・生年月日・勤務先・年収を信販会社へ送付。",
 **{"from": FROM['hasegawa']},
 to=["ハートフルクレジット株式会社 加盟店審査課 <kameiten-shinsa@heartful-credit.co.jp>"],
 subject="ショッピングクレジット申込（加盟店No.HC-55120）補足情報",
 text=f"""ハートフルクレジット
加盟店審査課 ご担当者様

いつもお世話になっております。ペットサロンふわもこ 吉祥寺店の長谷川です。
本日店頭でお申込みいただいたお客様について、お電話でご指示いただいた
補足情報をお送りします。

　申込者：小野寺 拓海 様
　生年月日：1997年3月21日
　運転免許証番号：304418226370
　勤務先：株式会社ネクサスデザイン（勤続2年）
　年収（自己申告）：380万円
　商品：トイプードル（生体）＋初期用品一式　合計 462,000円
　分割回数：36回

審査結果はお電話でいただけますと助かります（本日19時まで営業）。

{SIG['hasegawa']}""",
 personal=[{"type":"name","value":"小野寺 拓海"},{"type":"birthdate","value":"1997年3月21日"},{"type":"license","value":"304418226370"},{"type":"pay","value":"年収（自己申告）：380万円"}]))

M.append(dict(tag="P-H4", expect="hold", kind="id.my_number",
 why="新入社員（同僚）のマイナンバー・基礎年金番号・給与振込口座を外部の社労士事務所へ送付。",
 **{"from": FROM['hasegawa']},
 to=["さいとう社会保険労務士事務所 斉藤様 <saito@saito-sr-office.jp>"],
 cc=["西村 拓也 <t.nishimura@fuwamoco.co.jp>"],
 subject="吉祥寺店 新入社員の資格取得手続きのお願い",
 text=f"""さいとう社労士事務所
斉藤先生

いつもお世話になっております。フワモコ吉祥寺店の長谷川です。
本部の人事担当が不在のため、店舗から直接お送りします（西村さんCCしています）。
4/1入社のトリマーの社会保険・雇用保険の資格取得手続きをお願いいたします。

　氏名：中野 あかり（なかの あかり）
　生年月日：2003年11月8日
　住所：東京都練馬区関町北2-31-4 コーポ関町102
　個人番号：664856280239
　基礎年金番号：4107-382265
　雇用形態：正社員（月給 228,000円）
　給与振込口座：きらら信用金庫 吉祥寺支店 普通 0918273

扶養家族はなしです。本人確認書類のコピーは郵送します。

{SIG['hasegawa']}""",
 personal=[{"type":"name","value":"中野 あかり"},{"type":"birthdate","value":"2003年11月8日"},{"type":"address","value":"東京都練馬区関町北2-31-4 コーポ関町102"},{"type":"mynumber","value":"664856280239"},{"type":"pension","value":"4107-382265"},{"type":"account","value":"きらら信用金庫 吉祥寺支店 普通 0918273"},{"type":"pay","value":"月給 228,000円"}]))

M.append(dict(tag="P-H5", expect="hold", kind="sensitive.disability",
 why="飼い主の障害（車椅子利用・聴覚障害）と氏名・住所を外部のペットタクシー業者へ送付。",
 **{"from": FROM['hasegawa']},
 to=["ペットタクシー わんにゃん便 <booking@wannyan-bin.jp>"],
 subject="送迎のご依頼（6/14 吉祥寺店）",
 text=f"""わんにゃん便 ご担当者様

いつもありがとうございます。ふわもこ吉祥寺店の長谷川です。
下記のとおり送迎をお願いいたします。

　日時：6/14（土）往路 10:00お迎え／復路 14:30頃（仕上がり次第お電話します）
　お客様：大塚 恵理子 様
　ご住所：東京都武蔵野市境南町3-8-21
　ワンちゃん：ラブラドール（ボス、12歳、32kg）

お客様は車椅子をご利用で、聴覚障害があるためお電話が使えません。
到着時はインターホンではなく、玄関横の呼び出しランプのボタンを押してください。
連絡はショートメール（090-2250-8714）でお願いします。
ボスくんは補助犬を引退した子で、とても穏やかです。

{SIG['hasegawa']}""",
 personal=[{"type":"name","value":"大塚 恵理子"},{"type":"address","value":"東京都武蔵野市境南町3-8-21"},{"type":"disability","value":"車椅子をご利用で、聴覚障害がある"},{"type":"phone","value":"090-2250-8714"}]))

M.append(dict(tag="P-H6", expect="hold", kind="profile.forward",
 why="購入者（日本の個人客）の氏名・住所・電話・メールを海外ブリーダーへ送付。",
 **{"from": FROM['ogawa']},
 to=["Heather McAllister <heather@mapleridgekennels.ca>"],
 subject="Re: Litter M-25 / pedigree transfer for puppy 'Maple Ridge Juniper'",
 text=f"""Hi Heather,

Thank you for the lovely photos - Juniper arrived safely and has settled in well at
our Kichijoji store.

She has been reserved by a customer, and as you asked, here are the new owner's details
for the CKC registration transfer and your puppy-buyer newsletter:

  New owner: Ms. Aiko Fujisawa
  Address: 3-14-7 Kichijoji Higashicho, Musashino-shi, Tokyo 180-0002, Japan
  Phone: +81-80-4452-9163
  Email: aiko.fujisawa.0612@gmail.com

Could you send the signed transfer form to her directly? She is happy to receive
updates from you.

{SIG['ogawa_en']}

> On Jun 2, 2025, Heather McAllister wrote:
> Hi Ken, once Juniper has her forever home, please send me the owner's name and address
> so I can transfer the registration. ...""",
 personal=[{"type":"name","value":"Aiko Fujisawa"},{"type":"address","value":"3-14-7 Kichijoji Higashicho, Musashino-shi, Tokyo 180-0002, Japan"},{"type":"phone","value":"+81-80-4452-9163"},{"type":"email","value":"aiko.fujisawa.0612@gmail.com"}]))

M.append(dict(tag="P-H7", expect="hold", kind="attachment.encrypted_zip",
 why="会員データ移行用のパスワード付きZIP（PPAP）で、中身を検査できない。",
 **{"from": FROM['nishimura']},
 to=["株式会社リテールシステムズ 導入支援部 岡島様 <okajima@retailsystems.co.jp>"],
 subject="新POS移行用データ（会員マスタ）送付",
 text=f"""リテールシステムズ
岡島様

お世話になっております。フワモコの西村です。
新POS移行用の会員マスタを送付します。
ファイルはパスワード付きZIPです。パスワードは別途お電話でお伝えします。

6/30の切替リハーサルまでに取込テストをお願いできれば幸いです。

{SIG['nishimura']}""",
 attachments=[enczip("member_master_20250620.zip")]))

M.append(dict(tag="P-H8", expect="hold", kind="id.card",
 why="返金処理のため顧客のクレジットカード番号（全桁）と有効期限を決済代行会社へ送付。",
 **{"from": FROM['nishimura']},
 to=["ペイコネクト株式会社 加盟店サポート <support@payconnect.co.jp>"],
 subject="【加盟店ID FWM-0042】取消処理ができない取引の返金依頼",
 text=f"""ペイコネクト 加盟店サポート ご担当者様

株式会社フワモコの西村です。
三鷹店の端末で、下記取引の取消がエラー（E-214）で通りません。
お客様から返金のご要望があり、管理画面からも検索できないため、
カード情報をお伝えしますので、返金処理をお願いできますでしょうか。

　取引日時：2025/06/11 15:42
　金額：14,300円（トリミング＋オプション）
　カード番号：4532 0188 7412 6536
　有効期限：09/27
　名義：SHIHO MINAGAWA
　承認番号：582214

{SIG['nishimura']}""",
 personal=[{"type":"card","value":"4532 0188 7412 6536"},{"type":"name","value":"SHIHO MINAGAWA"}]))

M.append(dict(tag="P-H9", expect="hold", kind="sensitive.medical",
 why="返信本文は犬の術後ケアの相談だが、引用された飼い主のメールに本人のパニック障害・通院・服薬と電話番号が含まれ、外部の動物病院へ送られている。",
 **{"from": FROM['hasegawa']},
 to=["いのかしら動物病院 受付 <reception@inokashira-ah.jp>"],
 subject="Fw: 来週のトリミング予約について（ミント君 術後）",
 text=f"""いのかしら動物病院
院長 先生

いつもお世話になっております。ふわもこ吉祥寺店の長谷川です。
先月そちらで膝蓋骨脱臼の手術を受けたミント君（トイプードル）について、
飼い主様からトリミングのご相談がありました。
術後6週間ですが、シャンプー・カットの際に気をつけるべき点、
後ろ足の保定の可否などご指示いただけますでしょうか。
飼い主様のメールを転送します。

{SIG['hasegawa']}

> 長谷川さん
> いつもありがとうございます。ミントの手術が終わって、先生からはそろそろ普通に
> 過ごしていいと言われています。伸びてきたので、来週カットをお願いできますか。
>
> それと、前回お話しした件ですが、私がパニック障害で駅前の心療内科に通っていて、
> 薬（ソラナックス）を飲むと車の運転ができないので、お迎えは夕方以降になります。
> 混んでいる待合が苦手なので、できれば一番最後の枠だとありがたいです。
>
> 連絡は携帯 090-6318-2245 にお願いします。
> 森永 由香里
""",
 personal=[{"type":"name","value":"森永 由香里"},{"type":"health","value":"パニック障害"},{"type":"health","value":"ソラナックス"},{"type":"phone","value":"090-6318-2245"}]))

M.append(dict(tag="P-H10", expect="hold", kind="sensitive.medical",
 why="派遣スタッフ（同僚）の健康診断の再検査結果・数値を氏名付きで外部の派遣会社へ送付。",
 **{"from": FROM['hasegawa']},
 to=["株式会社ペットワークス 派遣事業部 安藤様 <ando@petworks-staff.co.jp>"],
 subject="森本さんの健康診断結果について（ご相談）",
 text=f"""ペットワークス
安藤様

お世話になっております。ふわもこ吉祥寺店の長谷川です。
派遣でお越しいただいている森本 奈央さんの件でご相談です。

先月の当社の定期健康診断で、森本さんが以下の所見で「要再検査」となっています。
　・肝機能（AST 86 / ALT 121 / γ-GTP 214）
　・血圧 162/104（要医療）
ご本人は「忙しくて病院に行けていない」とのことでした。

トリミングは立ち仕事で、大型犬の保定など体への負担も大きいため、
再検査を受けていただくまでシフトを減らすべきか迷っています。
派遣元として、ご本人へのフォローをお願いできますでしょうか。

{SIG['hasegawa']}""",
 personal=[{"type":"name","value":"森本 奈央"},{"type":"health","value":"AST 86 / ALT 121 / γ-GTP 214"},{"type":"health","value":"血圧 162/104（要医療）"}]))

# --------------- passes ----------------
M.append(dict(tag="P-P1", expect="pass", kind="benign.pet_medical",
 why="店舗所有の生体（子犬）の診察依頼。診断・投薬の語はあるが動物の情報で、飼い主は自社のみ。",
 **{"from": FROM['hasegawa']},
 to=["いのかしら動物病院 受付 <reception@inokashira-ah.jp>"],
 subject="店舗生体の診察のお願い（FK-24-0312 トイプードル）",
 text=f"""いのかしら動物病院
ご担当の先生

いつもお世話になっております。ふわもこ吉祥寺店の長谷川です。
店舗で管理している子犬について、明日の午前に診察をお願いできますでしょうか。

　管理番号：FK-24-0312
　犬種：トイプードル（レッド）♀　生後 約11週
　マイクロチップ：392148000512337
　症状：3日前から軟便〜水様便。食欲はあり、元気もあります。
　　　　体重 1.18kg → 1.10kg
　ワクチン：1回目済（5種、5/20）
　投薬：仕入先で5/18にフェバンテル配合駆虫薬を投与済み

同じ入荷ロットの子（FK-24-0313）にも軟便が少し見られます。
ジアルジア・コクシジウムの検査もお願いしたいです。
念のため2頭とも他の子とは分けて管理しています。

費用はいつもどおり店舗（株式会社フワモコ 吉祥寺店）宛てでお願いします。

{SIG['hasegawa']}"""))

M.append(dict(tag="P-P2", expect="pass", kind="benign.own_data",
 why="予約したお客様本人へ、本人の予約内容・登録電話番号を確認する返信。",
 **{"from": FROM['hasegawa']},
 to=["杉浦 美穂 <miho.sugiura.dog@gmail.com>"],
 subject="【ふわもこ吉祥寺店】ご予約確認（6/21 ラテちゃん）",
 text=f"""杉浦 美穂 様

このたびはペットサロンふわもこ吉祥寺店をご予約いただき、
ありがとうございます。ご予約内容をご確認ください。

　日時：6月21日（土）11:00〜（お迎え目安 13:30）
　ワンちゃん：ラテちゃん（ミニチュアシュナウザー）
　メニュー：シャンプーカット＋歯みがきオプション
　担当：長谷川
　ご登録のお電話番号：080-3327-6015

前回のカルテでは「耳まわりは短め、眉は残す」とのご希望でした。
変更があれば当日お伝えください。

混合ワクチン・狂犬病予防接種の証明書（1年以内）を
受付でご提示いただけますようお願いいたします。

キャンセル・変更は前日19時までにお電話（0422-27-5561）でお願いいたします。

{SIG['hasegawa']}"""))

M.append(dict(tag="P-P3", expect="pass", kind="benign.lookalike_numbers",
 why="卸へのJANコード付き発注書。長い数字はJAN・発注番号で個人情報ではない。",
 **{"from": FROM['ogawa']},
 to=["株式会社ペットフーズ東日本 受注センター <juchu@petfoods-east.co.jp>"],
 subject="発注書 FWM-PO-250612（吉祥寺・三鷹・荻窪 3店舗分）",
 text=f"""ペットフーズ東日本 受注センター ご担当者様

いつもお世話になっております。フワモコ 商品・生体仕入課の小川です。
下記のとおり発注いたします。納品は6/17（火）午前指定でお願いします。

{SIG['ogawa']}""",
 attachments=[{"filename":"発注書_FWM-PO-250612.xlsx","contentType":XLSX,"text":"""発注番号\tFWM-PO-250612
納品先\t吉祥寺店／三鷹店／荻窪店
JANコード\t商品名\t入数\t吉祥寺\t三鷹\t荻窪
4902397840117\tプレミアムドッグ 成犬用 小粒 3kg\t4\t6\t4\t4
4902397840308\tプレミアムドッグ シニア 7歳以上 3kg\t4\t4\t2\t4
4580211402259\t国産 鶏ささみジャーキー 120g\t24\t48\t24\t24
4994527891106\t低刺激オートミールシャンプー 1L（業務用）\t6\t12\t6\t6
4562283370047\tデンタルガム S 30本\t12\t24\t12\t12
4976555820519\tペットシーツ レギュラー 100枚\t6\t12\t12\t6"""}]))

M.append(dict(tag="P-P4", expect="pass", kind="benign.pet_medical",
 why="輸入する子犬の健康証明・マイクロチップ・抗体価の話。動物の医療情報で、人の個人情報は業務連絡先のみ。",
 **{"from": FROM['ogawa']},
 to=["Heather McAllister <heather@mapleridgekennels.ca>"],
 subject="Import paperwork for puppies M-25-03 and M-25-05",
 text=f"""Hi Heather,

Thanks for the update. Before we book the flight (Air Canada AC3, Vancouver-Narita),
could you double-check the following for the two puppies against the Animal Quarantine
Service requirements?

  M-25-03 (female, cream)  microchip 124000381927745
  M-25-05 (male, apricot)  microchip 124000381927760

  - Rabies vaccinations: two doses, at least 30 days apart (dates on the certificate must
    be after the microchip implant date)
  - Rabies antibody titre: >= 0.5 IU/ml at an approved lab - please send the lab report
  - Health certificate endorsed by CFIA within 10 days of departure
  - Advance notification to Narita AQS: we will submit it 40 days before arrival

Also, M-25-05 had a mild umbilical hernia at the 8-week check. Could your vet note on the
certificate whether any treatment is needed? Our partner clinic in Kichijoji can follow up.

{SIG['ogawa_en']}"""))

STORE = [f"{n} <{a}@fuwamoco.co.jp>" for n,a in [("長谷川 彩","aya.hasegawa"),("三鷹店 店長 秋山","m.akiyama"),("荻窪店 店長 菅野","k.kanno"),("中野店 店長 広瀬","y.hirose"),("国分寺店 店長 松下","r.matsushita"),("立川店 店長 本田","t.honda"),("町田店 店長 戸田","s.toda"),("調布店 店長 三宅","k.miyake"),("府中店 店長 堀口","a.horiguchi"),("吉祥寺店 副店長 関","n.seki"),("営業部長 岩瀬","h.iwase"),("商品部 小川","ken.ogawa"),("人事 坂本","e.sakamoto"),("経理 永井","m.nagai")]]
M.append(dict(tag="P-P5", expect="pass", kind="benign.internal_many",
 why="全店長宛ての会議議事録。宛先14名はすべて自社ドメインで外部送信なし。",
 **{"from": FROM['nishimura']}, to=STORE,
 subject="6月度 店長会議 議事録",
 text=f"""店長各位

お疲れさまです。お客様相談室の西村です。
6/10の店長会議の議事録を共有します。

1. 5月実績：トリミング売上 前年比 104%、生体販売 前年比 92%
2. お客様の声：5月の申出 11件（仕上がり 5 / 待ち時間 3 / 接客 2 / その他 1）
　→ カルテの「前回の希望」欄の確認漏れが原因のものが3件。受付時の読み上げを徹底。
3. 夏季の熱中症対策：送迎時の車内温度管理、短頭種の予約枠を午前に寄せる。
4. 新POS移行：6/30 リハーサル、7/7 本番切替。当日は各店1名が早出。
5. 個人情報の取扱い：会員情報を外部に送る場合は必ず本部経由。
　店舗から直接メール添付で送らないこと（先月ヒヤリハット1件）。

次回：7/8（火）10:00 本部会議室

{SIG['nishimura']}"""))

M.append(dict(tag="P-P6", expect="pass", kind="benign.condolence",
 why="長年の顧客本人へのペットのお悔やみ。本人宛てで第三者提供も要配慮情報もない。",
 **{"from": FROM['hasegawa']},
 to=["松岡 久美子 <kumiko.matsuoka@nifty.com>"],
 subject="チョコちゃんのこと",
 text=f"""松岡 久美子 様

お電話でチョコちゃんが虹の橋を渡ったと伺い、スタッフ一同、
胸がいっぱいになりました。心よりお悔やみ申し上げます。

8年前、パピーの頃から毎月来てくれて、
シャンプーの後に必ず私の膝に乗ってくる甘えん坊さんでしたね。
最後にカットさせてもらった先月も、とても穏やかな顔をしていました。

ささやかですが、スタッフでお花をお送りしました。
どうかご無理をなさらず、ゆっくりお過ごしください。
落ち着かれたら、またお顔を見せていただけたら嬉しいです。

{SIG['hasegawa']}"""))

M.append(dict(tag="P-P7", expect="pass", kind="benign.license_numbers",
 why="商業施設へ提出する動物取扱業の登録番号・責任者（業務上の表示事項）。事業者の許認可情報で個人データではない。",
 **{"from": FROM['nishimura']},
 to=["吉祥寺パークモール 運営事務所 テナント担当 <tenant@kichijoji-parkmall.jp>"],
 subject="動物取扱業 登録内容の更新届（2F ペットサロンふわもこ）",
 text=f"""吉祥寺パークモール 運営事務所
テナント担当 ご担当者様

いつもお世話になっております。株式会社フワモコの西村です。
動物取扱業の登録を更新しましたので、店頭掲示内容の変更をお届けします。

　事業所名：ペットサロンふわもこ 吉祥寺パークモール店
　登録番号：東京都 動第004812号（販売）／動第004813号（保管）
　登録年月日：令和7年5月28日
　有効期間の末日：令和12年5月27日
　動物取扱責任者：秋山 萌（吉祥寺パークモール店）
　法人番号：9011001152093

掲示用の標識（A4）は明日、店長が事務所へお持ちします。

{SIG['nishimura']}"""))

M.append(dict(tag="P-P8", expect="pass", kind="benign.bcc",
 why="会員向けのお知らせをBccで一斉送信。本文に個人データはない。",
 **{"from": FROM['nishimura']},
 to=["株式会社フワモコ お知らせ <news@fuwamoco.co.jp>"],
 bcc=["mayumi.kiritani@gmail.com","miho.sugiura.dog@gmail.com","kumiko.matsuoka@nifty.com","s.kawashima77@yahoo.co.jp","ken1.ishida@icloud.com","mai.watabe@gmail.com","yoko-takase@ezweb.ne.jp","tsumura.yusuke@gmail.com","miwa.sakaguchi@outlook.jp","tsubasa.hirano.bc@gmail.com","chinatsu.nemoto@gmail.com","imamura.taku@docomo.ne.jp"],
 subject="【ふわもこ】夏の熱中症対策と7月の営業日のお知らせ",
 text=f"""会員の皆さまへ

いつもペットサロンふわもこをご利用いただき、ありがとうございます。

■ 夏の熱中症対策
・送迎車は出発前にエアコンで車内を冷やしてからお迎えに伺います。
・フレンチブルドッグ・パグなど短頭種の子は、午前中の予約をおすすめします。
・お散歩はアスファルトが熱くなる前の朝早い時間に。

■ 7月の営業日
・7/21（海の日）は全店営業いたします。
・7/15（火）は定休日です。

■ 新しいポイントカードについて
7/7から新しいPOSシステムに切り替わります。
現在のポイントはそのまま引き継がれますのでご安心ください。

※このメールは配信専用アドレスから送信しています。

株式会社フワモコ https://www.fuwamoco.co.jp/"""))

M.append(dict(tag="P-P9", expect="pass", kind="benign.animal_infection",
 why="店舗の子犬の感染症（ケンネルコフ）と隔離の連絡。動物の話で人の健康情報はない。",
 **{"from": FROM['hasegawa']},
 to=["いのかしら動物病院 受付 <reception@inokashira-ah.jp>"],
 cc=["小川 健 <ken.ogawa@fuwamoco.co.jp>","西村 拓也 <t.nishimura@fuwamoco.co.jp>"],
 subject="【至急】店舗生体 ケンネルコフ疑い 2頭 隔離しました",
 text=f"""いのかしら動物病院 先生

ふわもこ吉祥寺店の長谷川です。
今朝、展示中の子犬2頭に咳（ガーガーという乾いた咳）と鼻水が見られました。

　FK-25-0107（チワワ ♂ 約12週）咳・鼻水、食欲あり、体温 39.4℃
　FK-25-0109（ポメラニアン ♀ 約10週）咳のみ、体温 38.9℃

2頭ともバックヤードの隔離ケージに移し、展示・抱っこ対応は中止しました。
同じ部屋にいた他の3頭は今のところ症状なしです。
本日15時に連れて行ってもよろしいでしょうか。
トリミングのお客様のワンちゃんとは動線を分けています。

小川さん：同ロットの仕入先への連絡をお願いします。

{SIG['hasegawa']}"""))

M.append(dict(tag="P-P10", expect="pass", kind="benign.aggregate_stats",
 why="顧客満足度アンケートの集計値（件数・割合・匿名の自由記述）で個人は特定できない。",
 **{"from": FROM['nishimura']},
 to=["株式会社CXリンク コンサルティング部 福井様 <fukui@cx-link.co.jp>"],
 subject="5月 顧客アンケート集計結果（全9店舗）",
 text=f"""CXリンク
福井様

お世話になっております。フワモコの西村です。
5月分の顧客アンケート集計をお送りします。
自由記述は個人が特定されないよう、店舗名以外の固有名詞を伏せています。

{SIG['nishimura']}""",
 attachments=[{"filename":"アンケート集計_202505.xlsx","contentType":XLSX,"text":"""店舗\t回答数\t総合満足度(5段階平均)\t再来店意向(%)\tNPS
吉祥寺\t142\t4.5\t91\t48
三鷹\t98\t4.3\t87\t39
荻窪\t77\t4.4\t89\t42
中野\t65\t4.1\t80\t27
国分寺\t54\t4.6\t93\t55
立川\t88\t4.2\t84\t31
町田\t71\t4.0\t78\t22
調布\t60\t4.4\t88\t40
府中\t49\t4.3\t86\t36
合計\t704\t4.3\t87\t38

自由記述（抜粋）
・仕上がりがいつもきれい（30代・女性）
・待ち時間の連絡がほしい（40代・男性）
・シニア犬にやさしく対応してくれた（60代・女性）"""}]))
