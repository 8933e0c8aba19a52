"""株式会社リュミエール写真館 (フォトスタジオ リュミエール) -- wedding and portrait photo studio."""
from common import M, A, XLSX, PDF, CSV, ZIP, DOCX

FUJISHIRO = "藤代 亮 <fujishiro@lumiere-photo.co.jp>"
AIKAWA = "相川 真由 <yoyaku@lumiere-photo.co.jp>"
ISHIGURO = "石黒 智子 <keiri@lumiere-photo.co.jp>"

SIG_FUJISHIRO = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
フォトスタジオ リュミエール（株式会社リュミエール写真館）
代表取締役／フォトグラファー　藤代 亮
〒650-0011 神戸市中央区下山手通3-4-16 トアロードスクエア2F
TEL 078-555-0863　https://lumiere-photo.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_AIKAWA = """……………………………………
フォトスタジオ リュミエール
ご予約・衣装担当　相川 真由
TEL 078-555-0863（10:00〜18:00 火曜定休）
yoyaku@lumiere-photo.co.jp
……………………………………"""

SIG_ISHIGURO = """--
株式会社リュミエール写真館 経理
石黒 智子
TEL 078-555-0863 / keiri@lumiere-photo.co.jp"""

MAILS = [
# ---------------- holds ----------------
M("hold", "id.card",
  "電話で聞いた顧客のカード番号全桁と有効期限を、式場へ本文で伝えている。",
  "body", AIKAWA, ["ホテル ベイサイド神戸 ウェディングサロン 杉浦様 <sugiura@bayside-kobe-hotel.example.jp>"],
  "前撮りプラン 内金のお手続きについて（3/8 挙式 野口様・菅様）",
  f"""ホテル ベイサイド神戸
ウェディングサロン　杉浦 様

いつもお世話になっております。リュミエールの相川です。
3月8日ご挙式の野口様・菅様の前撮りプランについて、ホテル様経由でのお支払いをご希望とのことで、お電話でカード情報を伺いました。
内金 55,000円のご決済をお願いできますでしょうか。

カード番号：3530 1113 3330 0000（JCB）
有効期限：11/27
名義：KOTARO NOGUCHI

決済が完了しましたらご一報ください。

{SIG_AIKAWA}""",
  personal=[{"type": "card", "value": "3530 1113 3330 0000"}, {"type": "name", "value": "KOTARO NOGUCHI"}]),

M("hold", "list.customers",
  "卒業アルバム注文者のCSVに生徒名・保護者名・住所・電話がある。本文は入稿の連絡のみ。",
  "attachment", FUJISHIRO, ["ラボ・タカハシ 受付 <order@lab-takahashi.example.jp>"],
  "北野坂中学 卒アルの個別発送分",
  f"""ラボ・タカハシ 受付ご担当者様

お世話になっております。リュミエールの藤代です。
北野坂中学校の卒業アルバムのうち、個別発送分の注文データを添付します。
前回と同じ形式で、3月10日着でお願いします。

{SIG_FUJISHIRO}""",
  attachments=[A("kitanozaka_album_kobetsu.csv", CSV,
"""注文番号,生徒氏名,クラス,保護者氏名,郵便番号,住所,電話,冊数
KZ-0142,安藤 陽菜,3-1,安藤 敏之,650-0002,神戸市中央区北野町2-10-5,078-555-3318,1
KZ-0157,井上 湊,3-2,井上 真理,650-0003,神戸市中央区山本通1-7-21-303,090-5555-2290,2
KZ-0163,岡田 芽依,3-2,岡田 浩,651-0055,神戸市中央区熊内町6-3-8,078-555-7045,1
KZ-0171,木下 律,3-3,木下 由香,651-0056,神戸市中央区熊内橋通4-1-12,080-5555-6631,1""")],
  personal=[{"type": "name", "value": "安藤 陽菜"}, {"type": "address", "value": "神戸市中央区北野町2-10-5"}, {"type": "phone", "value": "090-5555-2290"}]),

M("hold", "recipients.visible",
  "七五三キャンペーンを過去の顧客15名の個人アドレスにTo で送っており、全員のアドレスが見える。",
  "recipients", AIKAWA,
  ["yuko.matsuda@gmail.com", "kazama-family@yahoo.co.jp", "Nishida Akane <akane.n0315@icloud.com>",
   "t.honda.kobe@gmail.com", "hiromi_s@docomo.ne.jp", "watanabe-ryo@nifty.com", "sayaka.kubo@outlook.jp",
   "m-imai@ezweb.ne.jp", "ohashi.family@gmail.com", "k.yamaguchi1987@yahoo.co.jp",
   "noriko.ueda@biglobe.ne.jp", "Ito Shun <shun.ito.kobe@gmail.com>", "chisato-f@softbank.ne.jp",
   "hamano.y@so-net.ne.jp", "rie.kondo@hotmail.co.jp"],
  "【早割】七五三撮影 2026 のご案内（リュミエールをご利用のお客様へ）",
  f"""いつもリュミエールをご利用いただき、ありがとうございます。

2026年の七五三撮影の早割受付を開始しました。
・撮影期間：2026年4月1日〜11月30日
・早割特典：1月31日までのご予約で撮影料 20%OFF、着物レンタル無料
・ご兄弟・ご姉妹の同時撮影も承ります

ご予約はお電話またはこのメールへの返信でどうぞ。
お子さまの成長を一緒にお祝いできるのを楽しみにしております。

{SIG_AIKAWA}"""),

M("hold", "attachment.encrypted_zip",
  "挙式写真データをパスワード付きzipで式場へ送り、パスワードは別送（PPAP）。",
  "zip", FUJISHIRO, ["ホテル ベイサイド神戸 ウェディングサロン 杉浦様 <sugiura@bayside-kobe-hotel.example.jp>"],
  "11/22 挙式 セレクト用データ",
  f"""杉浦 様

お世話になっております。リュミエールの藤代です。
11月22日ご挙式分のセレクト用データ（低解像度）をお送りします。
zipにはパスワードをかけています。パスワードは別途お送りします。

{SIG_FUJISHIRO}""",
  attachments=[A("20251122_wedding_select.zip", ZIP, encrypted=True)]),

M("hold", "id.bank_account",
  "フリーランスのヘアメイクの個人口座を税理士へ本文で伝えている。",
  "body", ISHIGURO, ["三宮税理士法人 担当 福井様 <fukui@sannomiya-tax.example.jp>"],
  "外注費の支払先追加について",
  f"""三宮税理士法人
福井 様

お世話になっております。リュミエールの石黒です。
12月から新しくお願いしているヘアメイクさん（個人事業主）の外注費の支払先を追加してください。

氏名：河野 美紀（屋号：Miki Hair&Make）
振込先：三井住友銀行 三宮支店 普通 7041823 コウノ ミキ
報酬：1件 15,000円（源泉徴収あり）

請求書は毎月末に届く予定です。

{SIG_ISHIGURO}""",
  personal=[{"type": "name", "value": "河野 美紀"}, {"type": "bank_account", "value": "三井住友銀行 三宮支店 普通 7041823"}]),

M("hold", "sensitive.health",
  "転送部分に新婦の円形脱毛症と治療中であることが書かれ、ヘアメイクへ転送している。",
  "forwarded", AIKAWA, ["河野 美紀 <miki.hairmake@gmail.com>"],
  "Fw: 1/11 前撮りのヘアについてのご相談",
  f"""河野さん

お疲れさまです。相川です。
1月11日の前撮りの新婦さまから下記のご相談がありました。
ウィッグでの対応になると思いますので、事前に打ち合わせをお願いできますか。

{SIG_AIKAWA}

---------- Forwarded message ---------
From: 大西 真帆 <maho.onishi.0829@gmail.com>
Date: 2025年12月1日(月) 23:12
Subject: 1/11 前撮りのヘアについてのご相談
To: yoyaku@lumiere-photo.co.jp

相川さま
前撮りでお世話になる大西です。
実は夏ごろから円形脱毛症がひどくなり、いま皮膚科でステロイド治療を受けています。
後頭部に大きく2か所あるので、和装の日本髪は難しいと思います。
ウィッグを使うことはできますか。式場の方には知られたくないです。
""",
  personal=[{"type": "name", "value": "大西 真帆"}, {"type": "health", "value": "円形脱毛症がひどくなり、いま皮膚科でステロイド治療"}]),

M("hold", "sensitive.religion",
  "顧客のムスリムとしての宗教上の配慮（礼拝・食事）を氏名とともにケータリング会社へ伝えている。",
  "body", FUJISHIRO, ["ケータリング・ソレイユ 安田様 <yasuda@catering-soleil.example.jp>"],
  "2/14 ガーデン撮影会の軽食について",
  f"""ケータリング・ソレイユ
安田 様

お世話になっております。リュミエールの藤代です。
2月14日の相楽園でのガーデン撮影会の軽食について、追加のお願いです。

ご新郎の アフマド・ラヒーム 様とご家族（計6名）はムスリム（イスラム教徒）のため、ハラール対応・アルコール不使用でお願いします。
また15時ごろに礼拝の時間を取られるので、その間は休憩にします。

ほかのゲスト（約20名）は通常メニューで構いません。

{SIG_FUJISHIRO}""",
  personal=[{"type": "name", "value": "アフマド・ラヒーム"}, {"type": "religion", "value": "ムスリム（イスラム教徒）"}]),

M("hold", "sensitive.disability",
  "件名だけに顧客の氏名と脊髄損傷・車椅子であることが書かれている。本文は下見の日程のみ。",
  "subject", AIKAWA, ["相楽園 管理事務所 <kanri@sorakuen-garden.example.jp>"],
  "3/14 ロケ撮影の下見：久保田 剛様（脊髄損傷・車椅子でのご来園）",
  f"""相楽園 管理事務所 御中

いつもお世話になっております。フォトスタジオ リュミエールの相川です。
3月14日のロケ撮影に先立ち、下見をさせていただきたくご連絡いたしました。

下見希望日：2月20日（金）10:00〜11:00
人数：当社スタッフ2名
確認したいこと：正門から船屋形までのルート、スロープの位置

ご都合をお知らせいただけますと幸いです。

{SIG_AIKAWA}""",
  personal=[{"type": "name", "value": "久保田 剛"}, {"type": "disability", "value": "脊髄損傷・車椅子でのご来園"}]),

M("hold", "personal.payslip",
  "本文は見積書の送付だが、添付はスタッフの給与明細（誤添付）。",
  "attachment", ISHIGURO, ["株式会社北野坂ブライダル 購買部 <kobai@kitanozaka-bridal.example.jp>"],
  "お見積書（2026年度 提携撮影料）",
  f"""株式会社北野坂ブライダル
購買部 御中

いつもお世話になっております。リュミエール写真館の石黒です。
2026年度の提携撮影料のお見積書をお送りいたします。
ご検討のほど、よろしくお願いいたします。

{SIG_ISHIGURO}""",
  attachments=[A("mitsumori_2026.pdf", PDF,
"""給与明細書　2025年11月分
株式会社リュミエール写真館
社員番号 L-0012　氏名 相川 真由 様
基本給 235,000　役職手当 15,000　残業手当 28,420
健康保険 14,355　厚生年金 26,535　雇用保険 1,670　所得税 6,420　住民税 12,900
差引支給額 216,540
振込先 みなと銀行 元町支店 普通 ****612""")],
  personal=[{"type": "name", "value": "相川 真由"}, {"type": "payslip", "value": "差引支給額 216,540"}]),

M("hold", "id.mynumber",
  "本文は年末調整の日程だが、引用された社内メールにスタッフのマイナンバーが残っている。",
  "quoted", ISHIGURO, ["三宮税理士法人 担当 福井様 <fukui@sannomiya-tax.example.jp>"],
  "Re: 年末調整 書類の回収日程",
  f"""福井 様

お世話になっております。石黒です。
書類の回収は12月12日（金）の午後でお願いいたします。
扶養控除等申告書は全員分そろっています（6名）。

{SIG_ISHIGURO}

> From: 藤代 亮 <fujishiro@lumiere-photo.co.jp>
> Date: 2025/12/02 19:20
> To: 石黒 智子 <keiri@lumiere-photo.co.jp>
> Subject: Re: 年末調整 書類の回収日程
>
> 石黒さん
> 新しく入った アシスタントの 岸本 航 くんの番号、本人から聞いたので送ります。
> 1549 2181 9142
> 税理士さんへの回答はお任せします。
> 藤代
>
>> From: 福井 <fukui@sannomiya-tax.example.jp>
>> 書類の回収日程をお知らせください。""",
  personal=[{"type": "mynumber", "value": "1549 2181 9142"}, {"type": "name", "value": "岸本 航"}]),

# ---------------- passes ----------------
M("pass", "benign.data_subject_self",
  "新婦本人に、本人の注文内容・お届け先を確認している。",
  "-", AIKAWA, ["大西 真帆 <maho.onishi.0829@gmail.com>"],
  "アルバムご注文内容の確認",
  f"""大西 真帆 様

このたびはご注文ありがとうございます。リュミエールの相川です。
ご注文内容をご確認ください。

・商品：デザインアルバム「エマ」30ページ（表紙：アイボリー）
・追加：親御様用ミニアルバム 2冊
・お届け先：ご登録のご住所（神戸市灘区）宛
・お届け予定：2026年2月中旬

変更がございましたら、1月20日までにご連絡ください。

{SIG_AIKAWA}"""),

M("pass", "benign.masked_card_receipt",
  "顧客への領収書で、カード番号は末尾4桁のみ。",
  "-", ISHIGURO, ["風間 様 <kazama-family@yahoo.co.jp>"],
  "領収書の送付（お宮参り撮影）",
  f"""風間 様

先日はお宮参り撮影のご利用ありがとうございました。
ご依頼の領収書をお送りします。

お支払日：2025年11月30日
金額：38,500円（税込）
お支払方法：クレジットカード（VISA 末尾 4444）
承認番号：608213

またのご来店をお待ちしております。

{SIG_ISHIGURO}""",
  attachments=[A("receipt_20251130_kazama.pdf", PDF,
"""領収書　風間 様　38,500円（税込）
但し お宮参り撮影代として　VISA ****4444
株式会社リュミエール写真館　登録番号 T2175783552170""")]),

M("pass", "benign.project_six_addresses",
  "式場との撮影進行の打合せで、2社計6アドレスが見えている。",
  "-", FUJISHIRO,
  ["杉浦 彩 <sugiura@bayside-kobe-hotel.example.jp>", "前川 聡 <maekawa@bayside-kobe-hotel.example.jp>",
   "宴会サービス 吉岡 <yoshioka@bayside-kobe-hotel.example.jp>"],
  "Re: 12/20 挙式 撮影動線の確認",
  f"""杉浦様、前川様、吉岡様

お世話になっております。リュミエールの藤代です。
昨日の打合せ内容をまとめます。

1. チャペル入場時は、カメラマンは2階バルコニーから（前川様 了承済み）
2. 乾杯後のテーブルラウンドは各卓2分以内
3. 19:10 ガーデンでのキャンドル撮影は雨天時ロビー階段に変更
4. 当社はカメラマン2名（藤代・小林）、アシスタント1名（相川）

変更がありましたら全員宛てにご返信ください。

{SIG_FUJISHIRO}""",
  cc=["相川 真由 <yoyaku@lumiere-photo.co.jp>", "小林 悠 <kobayashi@lumiere-photo.co.jp>"]),

M("pass", "benign.company_surnames",
  "人名を含む会社名（高橋ラボ、山本写真機店）とのやり取り。",
  "-", FUJISHIRO, ["山本写真機店 山本様 <info@yamamoto-camera.example.jp>"],
  "レンズ修理の件と高橋ラボへの引き渡し",
  f"""山本写真機店
山本 様

お世話になっております。藤代です。
修理をお願いしていた 85mm F1.4 の件、仕上がりありがとうございました。
引き取りは来週火曜にうかがいます。

なお、同じ日にラボ・タカハシ（株式会社高橋ラボ）さんへ額装見本を届けるので、お店の前に少し車を停めさせてください。

{SIG_FUJISHIRO}"""),

M("pass", "benign.katakana_products",
  "アルバム商品名（エマ、リリー、ソフィア）が人名に見えるが商品名。",
  "-", AIKAWA, ["アルバム工房ルーチェ 営業 <sales@album-luce.example.jp>"],
  "アルバム「エマ」「リリー」「ソフィア」の追加発注",
  f"""アルバム工房ルーチェ 営業ご担当者様

お世話になっております。リュミエールの相川です。
下記を追加で発注いたします。

・エマ（30P・アイボリー） 5冊
・リリー（20P・ピンクベージュ） 3冊
・ソフィア（40P・ネイビー、箔押し） 2冊

ソフィアの箔押し文字は、それぞれの発注書に記載しています。
リリーは春から表紙色が変わると伺いましたが、在庫分で問題ありません。

{SIG_AIKAWA}"""),

M("pass", "benign.congratulations",
  "提携ドレスショップの移転開業のお祝い。",
  "-", FUJISHIRO, ["ドレスサロン ミモザ 代表 浜田様 <hamada@dress-mimosa.example.jp>"],
  "新店舗オープンおめでとうございます",
  f"""ドレスサロン ミモザ
浜田 美佐子 様

このたびは元町への移転オープン、誠におめでとうございます。
以前からお話を伺っていた天井の高いサロン、きっと素敵な空間になったことと思います。

ささやかですが、お祝いの花を本日お届けしました。
落ち着いたころに、新しいサロンでの撮影企画もご相談させてください。

今後ともよろしくお願いいたします。

{SIG_FUJISHIRO}"""),

M("pass", "benign.plain_zip",
  "プロモデル（契約済み）のサンプル写真を暗号化なしのzipでWeb制作会社へ送っている。",
  "-", FUJISHIRO, ["デザインオフィス ハーバー 中島様 <nakajima@design-harbor.example.jp>"],
  "トップページ用サンプル写真",
  f"""中島 様

お世話になっております。藤代です。
トップページ用のサンプル写真 12点をzipでお送りします（パスワードなし）。
モデルは事務所所属のプロモデルで、Web掲載の許諾を得ています（契約書は当社保管）。

色味はプリント基準で調整しているので、Web用に少し明るくしていただいて構いません。

{SIG_FUJISHIRO}""",
  attachments=[A("top_sample_photos.zip", ZIP,
"""top_sample_photos/
  wedding_chapel_01.jpg ... wedding_chapel_04.jpg
  portrait_studio_01.jpg ... portrait_studio_05.jpg
  kimono_garden_01.jpg ... kimono_garden_03.jpg
  model_release_note.txt""")]),

M("pass", "benign.serials_jan",
  "カメラ機材の製造番号とJANコードによる保険・発注のやり取り。",
  "-", ISHIGURO, ["あおい損害保険代理店 担当 北川様 <kitagawa@aoi-hoken-agency.example.jp>"],
  "動産総合保険 対象機材の追加",
  f"""あおい損害保険代理店
北川 様

お世話になっております。リュミエール写真館の石黒です。
動産総合保険の対象機材に、下記を追加してください。

| 品名 | 製造番号 | JAN | 購入価格 |
| ミラーレス一眼 本体 | 2071845 | 4549292200011 | 398,000円 |
| 24-70mm F2.8 | 4410326 | 4549292205016 | 284,000円 |
| ストロボ 600W | FL6-08831 | 4960999123455 | 126,500円 |

購入日はいずれも2025年11月28日です。保険料の差額をお知らせください。

{SIG_ISHIGURO}"""),

M("pass", "benign.bcc_campaign",
  "成人式前撮りの案内を顧客にBccで送っている（To は自社アドレス）。",
  "-", AIKAWA, ["yoyaku@lumiere-photo.co.jp"],
  "【リュミエール】成人式前撮り 2026 ご予約受付中",
  f"""いつもリュミエールをご利用いただき、ありがとうございます。

2026年の成人式前撮りのご予約を受付中です。
・振袖持ち込み・レンタルどちらも可
・ヘアメイク・着付け込みプラン 48,000円〜
・ご家族写真の追加撮影 無料

配信停止をご希望の方は、このメールにその旨ご返信ください。

{SIG_AIKAWA}""",
  bcc=["yuko.matsuda@gmail.com", "kazama-family@yahoo.co.jp", "akane.n0315@icloud.com",
       "t.honda.kobe@gmail.com", "hiromi_s@docomo.ne.jp", "watanabe-ryo@nifty.com",
       "sayaka.kubo@outlook.jp", "m-imai@ezweb.ne.jp", "ohashi.family@gmail.com",
       "k.yamaguchi1987@yahoo.co.jp", "noriko.ueda@biglobe.ne.jp", "shun.ito.kobe@gmail.com"]),

M("pass", "benign.historical_figure_exhibition",
  "創業記念展で歴史上の写真師（上野彦馬）と市長の来場を扱う。",
  "-", FUJISHIRO, ["神戸市立博物館 学芸課 大塚様 <otsuka@kobe-city-museum.example.jp>"],
  "創業50周年写真展 ― 上野彦馬の複製写真の借用について",
  f"""神戸市立博物館 学芸課
大塚 様

お世話になっております。フォトスタジオ リュミエールの藤代です。
来年4月の創業50周年写真展「神戸・写真館の150年」で、幕末の写真師 上野彦馬、および神戸で開業した市田左右太の作品の複製パネルを展示したく、借用についてご相談させてください。

会期：2026年4月10日〜19日
会場：トアロードギャラリー
オープニングには神戸市長の来場を予定しております。

借用申請の様式をお送りいただけますでしょうか。

{SIG_FUJISHIRO}"""),
]
