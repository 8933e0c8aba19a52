# Org D: 有限会社ほんだな堂 (used books & trading cards)
HONDA = "本田 雄二 <honda@hondanado.example.jp>"
KONISHI = "小西 菜摘 <konishi@hondanado.example.jp>"

SIG_HONDA = """─────────────
古書とカードの店 ほんだな堂
店主　本田 雄二
〒180-0000 東京都武蔵野市吉祥寺本町二丁目5-8
TEL 0422-00-3377（11:00〜20:00 水曜定休）
古物商許可 東京都公安委員会 第308870912345号
─────────────"""

SIG_KONISHI = """
ほんだな堂 買取・通販担当　小西 菜摘
konishi@hondanado.example.jp / 0422-00-3377
通販サイト https://shop.hondanado.example.jp/"""

MAILS = [
# ---------- holds ----------
dict(expect="hold", kind="id.drivers_license",
 why="売主の運転免許証番号・住所・生年月日を警察署に本文で送っている。",
 **{"from": HONDA}, to=["武蔵野東警察署 生活安全課 古物担当 <kobutsu@musashino-higashi-ps.example.jp>"],
 subject="Re: 盗難品（トレーディングカード）の照会について",
 text="""武蔵野東警察署 生活安全課
古物担当 ご担当者様

ご照会のあったカード（「ドラゴンレジェンド」初版ホロ 3枚）について、帳簿を確認しました。
11月9日に当店で買い取っております。売主の本人確認記録は以下のとおりです。

　氏名：渡部 翔太
　生年月日：2001年3月16日
　住所：東京都三鷹市下連雀七丁目12-4 コーポ下連雀202
　確認書類：運転免許証 第305212345670号
　買取金額：合計 84,000円

現物は店頭で保管しており、販売は止めております。防犯カメラ映像も保存してあります。

""" + SIG_HONDA,
 personal=[{"type":"drivers_license","value":"305212345670"},{"type":"name","value":"渡部 翔太"},{"type":"address","value":"東京都三鷹市下連雀七丁目12-4 コーポ下連雀202"}]),

dict(expect="hold", kind="list.customer_ledger",
 why="添付の買取台帳CSVに複数の売主の氏名・住所・電話・本人確認書類番号がある。本文には個人情報がない。",
 **{"from": KONISHI}, to=["株式会社レジテック サポート <support@regitech-pos.example.co.jp>"],
 subject="データ移行用サンプルの送付（ほんだな堂）",
 text="""レジテック サポートご担当様

新POSへのデータ移行の件、旧システムから書き出したサンプルをお送りします。
文字化けする列があるかどうかご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_KONISHI,
 attachments=[{"filename":"kaitori_daicho_sample.csv","contentType":"text/csv","text":"""買取日,伝票No,氏名,年齢,職業,住所,電話,確認書類,書類番号,品目,金額
2024/10/02,K-24-1821,青木 達也,34,会社員,東京都武蔵野市中町3-9-1,090-0000-1475,運転免許証,305200018842,古書 32冊,6400
2024/10/02,K-24-1822,村上 紗季,22,学生,東京都杉並区西荻北4-2-17,080-0000-6630,学生証,M21-0481,カード 150枚,12800
2024/10/03,K-24-1823,長谷川 修,61,自営業,東京都練馬区関町南1-33-8,03-0000-2217,健康保険証,記号88 番号1204,全集 12巻,18000
2024/10/03,K-24-1824,林 陽介,19,学生,東京都小金井市本町6-14-3,070-0000-5908,マイナンバーカード,(番号記録なし),カード BOX 2,9000"""}],
 personal=[{"type":"name","value":"青木 達也"},{"type":"drivers_license","value":"305200018842"},{"type":"address","value":"東京都杉並区西荻北4-2-17"}]),

dict(expect="hold", kind="id.card",
 why="通販客のカード番号全桁・有効期限・セキュリティコードを決済会社に本文で送っている。",
 **{"from": KONISHI}, to=["決済サポート <help@smartpay-gw.example.com>"],
 subject="電話注文分の決済処理について",
 text="""スマートペイ 決済サポート様

お世話になります。加盟店コード HND-0442 のほんだな堂です。
サイトの決済画面がエラーになるとのことで、お客様から電話でカード情報を伺いました。
こちらで管理画面から処理できないため、代わりに決済していただけますか。

注文番号：HD-2411-0388
お名前：大川 里美 様
カード番号：5555 5555 5555 4444
有効期限：03/28　セキュリティコード：731
金額：27,500円（遊戯カード 限定BOX）
""" + SIG_KONISHI,
 personal=[{"type":"card","value":"5555 5555 5555 4444"},{"type":"name","value":"大川 里美"}]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="会員データをパスワード付きzip（PPAP）で外部に送っている。",
 **{"from": KONISHI}, to=["ECモール出店サポート <seller-support@mallplus.example.jp>"],
 subject="会員データ移行ファイル",
 text="""モールプラス 出店サポート様

先日ご案内いただいた会員移行用ファイルをお送りします。
パスワードは次のメールでお知らせします。
""" + SIG_KONISHI,
 attachments=[{"filename":"hondanado_members_202411.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="personal.payslip_wrong",
 why="アルバイトの給与明細（氏名・支給額・控除）を誤って取引先の古書店に送っている。",
 **{"from": HONDA}, to=["古書みずの 水野様 <mizuno@kosho-mizuno.example.jp>"],
 subject="11月分の明細です",
 text="""お疲れさまです。
11月分の明細を送ります。確認しておいてください。

""" + SIG_HONDA,
 attachments=[{"filename":"meisai_202411_yoshikawa.pdf","contentType":"application/pdf","text":"""給与明細書 2024年11月分
有限会社ほんだな堂
氏名：吉川 健太 殿（従業員番号 P-07）
勤務日数 14日 / 勤務時間 78.5時間 / 時給 1,250円
支給：基本給 98,125円 / 交通費 6,300円 / 総支給額 104,425円
控除：雇用保険 627円 / 所得税 1,340円 / 住民税 0円
差引支給額：102,458円
振込先：ゆうちょ銀行 記号10190 番号28841071"""}],
 personal=[{"type":"name","value":"吉川 健太"},{"type":"bank_account","value":"記号10190 番号28841071"},{"type":"salary","value":"差引支給額：102,458円"}]),

dict(expect="hold", kind="personal.inquiry_forward",
 why="客の問い合わせを、氏名・住所・電話・メールごと外部の同業店に転送している。",
 **{"from": HONDA}, to=["古書みずの 水野様 <mizuno@kosho-mizuno.example.jp>"],
 subject="Fwd: 探求書のお問い合わせ",
 text="""水野さん

下記のお客さん、うちには在庫がないので、そちらにあれば直接連絡してあげてもらえますか。
澁澤の初版なら水野さんのところが強いと思うので。

""" + SIG_HONDA + """

---------- 転送メッセージ ----------
差出人: 桐山 隆 <kiriyama.t@isp-mail.example.ne.jp>
件名: 探求書のお問い合わせ

ほんだな堂様
澁澤龍彦『黒魔術の手帖』の初版（函付き）を探しています。状態は問いません。
予算は3万円程度です。見つかりましたらご連絡ください。
桐山 隆
〒181-0000 東京都三鷹市井の頭三丁目18-9
電話 080-0000-3952""",
 personal=[{"type":"name","value":"桐山 隆"},{"type":"address","value":"東京都三鷹市井の頭三丁目18-9"},{"type":"phone","value":"080-0000-3952"}]),

dict(expect="hold", kind="sensitive.juvenile",
 why="万引きをした中学生の氏名と補導の経緯を学校に伝えている（少年の非行に関する情報）。",
 **{"from": HONDA}, to=["武蔵野市立第七中学校 生活指導 松本先生 <seikatsu@dai7-jhs.example.ed.jp>"],
 subject="先日の件のご報告",
 text="""第七中学校
生活指導ご担当 松本先生

先日お電話でお伝えした件について、経緯をまとめてお送りします。

11月16日（土）17時頃、貴校2年の 藤井 大和 君が、店内のカードのパック5点（計2,750円）を上着に入れて店を出ようとしたため、声をかけました。本人は認め、武蔵野東警察署の方が来て補導となりました。保護者（お母様）にも来ていただいています。
同じ日に一緒にいた友人2人は関わっていないと本人は話しています。

当店としては被害届は出さない予定ですが、今後も来店はあると思いますので、学校でもご指導いただけますと幸いです。

""" + SIG_HONDA,
 personal=[{"type":"name","value":"藤井 大和"},{"type":"juvenile","value":"補導となりました"}]),

dict(expect="hold", kind="id.bank_account",
 why="本文は事務連絡だけだが、引用部分に買取客の個人口座と氏名がある。",
 **{"from": KONISHI}, to=["委託販売パートナー カードラボ吉祥寺 <info@cardlab-kichijoji.example.jp>"],
 subject="Re: 委託分の精算について",
 text="""カードラボ吉祥寺 ご担当者様

ご連絡ありがとうございます。
下記の件、今月分の精算で当店からお振込みする形で問題ありません。
金額が確定したら精算書をお送りします。
""" + SIG_KONISHI + """

> ほんだな堂 小西様
> 先月そちら経由で委託いただいたお客様のカード（査定額 42,000円）ですが、
> 代金の振込先を以下で預かっています。御社から直接振り込んでいただけますか。
>   お名前：秋山 悠真 様
>   振込先：みなと銀行 吉祥寺支店 普通 1846203 アキヤマ ユウマ
> カードラボ吉祥寺 宮下""",
 personal=[{"type":"bank_account","value":"みなと銀行 吉祥寺支店 普通 1846203"},{"type":"name","value":"秋山 悠真"}]),

dict(expect="hold", kind="id.bank_account",
 why="件名だけに買取客の個人口座番号と氏名が入っている。本文には個人情報がない。",
 **{"from": HONDA}, to=["経理代行 吉祥寺オフィスサポート <keiri@kichijoji-os.example.jp>"],
 subject="買取代金振込依頼 58,000円／三和信用金庫 井の頭支店 普通 0913547 サカモト ナオキ",
 text="""いつもお世話になっております。
標記の振込、本日中にお願いできますか。
伝票は月末にまとめてお渡しします。

""" + SIG_HONDA,
 personal=[{"type":"bank_account","value":"三和信用金庫 井の頭支店 普通 0913547 サカモト ナオキ"}]),

dict(expect="hold", kind="list.tournament_entrants",
 why="大会参加者の氏名・年齢・住所・電話・成績の一覧をメーカーに本文で送っている。",
 **{"from": KONISHI}, to=["株式会社ステラゲームズ 公認大会事務局 <taikai@stella-games.example.co.jp>"],
 subject="公認大会（11/23 吉祥寺）結果報告",
 text="""ステラゲームズ 公認大会事務局 御中

11月23日に当店で開催した公認大会の結果をご報告します。参加者は16名でした。
上位入賞者の賞品発送先を下記にまとめましたので、発送をお願いします。

順位,氏名,年齢,住所,電話,戦績
1,宇野 蒼,16,東京都武蔵野市境南町2-11-6,090-0000-8143,5勝0敗
2,古川 里緒,24,東京都西東京市田無町4-3-21-305,080-0000-2276,4勝1敗
3,塚本 一輝,13,東京都小金井市緑町1-8-40,042-000-6659,4勝1敗
4,野村 健太郎,31,東京都三鷹市深大寺3-15-2,070-0000-3380,3勝2敗

13歳の参加者は保護者同意書を確認済みです。
""" + SIG_KONISHI,
 personal=[{"type":"name","value":"宇野 蒼"},{"type":"address","value":"東京都西東京市田無町4-3-21-305"},{"type":"phone","value":"042-000-6659"}]),

# ---------- passes ----------
dict(expect="pass", kind="benign.katakana_card_names",
 why="人名のように見えるカタカナはカードのキャラクター名で、個人情報ではない。",
 **{"from": KONISHI}, to=["株式会社ステラゲームズ 営業部 <sales@stella-games.example.co.jp>"],
 subject="新弾「星霜の騎士団」追加発注のお願い",
 text="""ステラゲームズ 営業部 ご担当者様

新弾の売れ行きが好調で、シングルの在庫が足りなくなっています。
以下、追加でBOXの発注をお願いします。

・星霜の騎士団 ブースターBOX ×20
・スターターデッキ「聖騎士アリサ」×12
・スターターデッキ「魔導師ユウト」×12
・プロモパック（大会用）×1

店頭では「ミカエラ（SR）」と「レオン（UR）」の問い合わせが特に多いです。
再販の予定があれば教えてください。
""" + SIG_KONISHI),

dict(expect="pass", kind="benign.historical_figures",
 why="歴史上の人物や作家名が並ぶ古書目録で、個人情報ではない。",
 **{"from": HONDA}, to=["東京古書組合 目録係 <mokuroku@tokyo-kosho-kumiai.example.or.jp>"],
 subject="冬季目録 掲載品の原稿",
 text="""目録係 御中

冬季目録の掲載品原稿をお送りします。

1. 夏目漱石『吾輩ハ猫デアル』上編 明治38年 大倉書店・服部書店 初版 函欠 ……180,000円
2. 坂本龍馬 書簡写し（明治期の筆写）1通 ……55,000円
3. 与謝野晶子『みだれ髪』復刻版 昭和43年 ……4,500円
4. 江戸川乱歩 署名入『怪人二十面相』昭和22年再刊 ……120,000円
5. 南方熊楠 旧蔵とされる博物図譜（真贋未詳）……要問合せ

写真は来週、まとめて持参します。

""" + SIG_HONDA),

dict(expect="pass", kind="benign.plain_zip",
 why="パスワードのない通常のzipで、商品写真を送っているだけ。",
 **{"from": KONISHI}, to=["モールプラス 商品登録代行 <listing@mallplus.example.jp>"],
 subject="商品画像（12月出品分）",
 text="""商品登録代行ご担当様

12月出品分の商品画像をzipでお送りします（パスワードなし）。
ファイル名は商品コードに合わせてあります。
""" + SIG_KONISHI,
 attachments=[{"filename":"images_202412.zip","contentType":"application/zip","text":"HB-24-3101_front.jpg\nHB-24-3101_back.jpg\nHB-24-3102_front.jpg\nTC-24-0877_holo.jpg\nTC-24-0878_holo.jpg"}]),

dict(expect="pass", kind="benign.isbn_jan",
 why="ISBN・JAN・カードのシリアル番号は商品の番号で、個人の番号ではない。",
 **{"from": KONISHI}, to=["株式会社東西書籍流通 仕入部 <shiire@tozai-books.example.co.jp>"],
 subject="新刊仕入れの追加注文",
 text="""東西書籍流通 仕入部 御中

追加注文をお願いします。

書名 / ISBN / 冊数
『古本屋の帳場から』 / 978-4-00-000318-2 / 5
『カードゲーム大全 2025』 / 978-4-00-000925-2 / 8
『昭和の少年雑誌』 / 978-4-00-000447-9 / 3

あわせて、カードスリーブ（JAN 4521000012345）を10個お願いします。
鑑定済みカードの証明書番号（PSA 81422307 など）についての問い合わせは別途ご連絡します。
""" + SIG_KONISHI),

dict(expect="pass", kind="benign.tracking_numbers",
 why="注文者本人への発送連絡で、12桁の番号はヤマトの送り状番号。",
 **{"from": KONISHI}, to=["片山 涼 <ryo.katayama@freemail.example.com>"],
 subject="【ほんだな堂】ご注文商品の発送のお知らせ（HD-2411-0412）",
 text="""片山 涼 様

このたびはほんだな堂をご利用いただき、誠にありがとうございます。
ご注文の商品を本日発送いたしました。2箱に分かれております。

　ご注文番号：HD-2411-0412
　配送業者：ヤマト運輸（宅急便）
　送り状番号：4133-6589-0253（1個口目：書籍）
　　　　　　　4519-1294-9615（2個口目：カードBOX）
　お届け予定：11月27日（水）午前中

お届け先：ご登録のご住所（東京都国分寺市）
商品到着まで、今しばらくお待ちください。
""" + SIG_KONISHI),

dict(expect="pass", kind="benign.bcc_mass",
 why="大会参加者への結果連絡をBccで一斉送信しており、宛先は互いに見えない。",
 **{"from": KONISHI}, to=["ほんだな堂 <info@hondanado.example.jp>"],
 bcc=["ao.uno.2008@freemail.example.com","rio.furukawa@webmail.example.jp","kazuki.tsuka@freemail.example.com","kentaro.n@isp-mail.example.ne.jp","hiro.card@freemail.example.com","mk.games@webmail.example.jp","takuto.s@freemail.example.com","nanami.o@isp-mail.example.ne.jp","shun-y@freemail.example.com","tomo.k88@webmail.example.jp","riku.duel@freemail.example.com","haruka.t@isp-mail.example.ne.jp"],
 subject="公認大会（11/23）ご参加ありがとうございました",
 text="""公認大会にご参加の皆さま
（このメールはBccで送信しています）

11月23日の公認大会には16名の方にご参加いただき、ありがとうございました。
優勝は5戦全勝のプレイヤーでした。入賞賞品はメーカーから順次発送されます。

次回は12月21日（土）13時から、クリスマス特別大会を開催します。
参加賞はプロモカード「聖夜のアリサ」です。予約は店頭またはお電話で。
""" + SIG_KONISHI),

dict(expect="pass", kind="benign.corporate_invoice",
 why="店自身の法人口座を記した請求書で、個人の口座ではない。",
 **{"from": HONDA}, to=["古書みずの 水野様 <mizuno@kosho-mizuno.example.jp>"],
 subject="請求書送付（11月 交換会落札分）",
 text="""水野さん

11月の交換会で落札いただいた分の請求書をお送りします。

　請求金額：138,600円（税込）
　お支払期限：12月20日
　振込先：三和信用金庫 吉祥寺支店 当座 0028815
　　　　　有限会社ほんだな堂（ユ）ホンダナドウ
　登録番号：T7012402018827

いつもありがとうございます。また来月もよろしく。

""" + SIG_HONDA),

dict(expect="pass", kind="benign.data_subject_self",
 why="買取を申し込んだ本人に、本人の氏名と住所を含む査定結果を返信している。",
 **{"from": KONISHI}, to=["荒井 美帆 <miho.arai.books@isp-mail.example.ne.jp>"],
 subject="Re: 宅配買取のお申込み（査定結果のご連絡）",
 text="""荒井 美帆 様

宅配買取をお申し込みいただき、ありがとうございます。お送りいただいた本の査定が完了しました。

　お申込番号：TK-24-0915
　お名前：荒井 美帆 様
　ご住所：東京都府中市宮町二丁目4-16
　査定点数：46点（うち値段のつかないもの 9点）
　査定金額：11,300円

ご了承いただける場合は、このメールにご返信ください。ご登録の口座へ3営業日以内にお振込みします。
値段のつかなかった本は、ご希望があれば着払いで返送いたします。
""" + SIG_KONISHI + """

> ほんだな堂様
> 先週、段ボール2箱をお送りしました。査定結果はいつ頃わかりますか。
> 荒井"""),

dict(expect="pass", kind="benign.license_number_shop",
 why="古物商許可番号は店の許可番号で、個人の番号ではない。",
 **{"from": HONDA}, to=["吉祥寺サンロード商店会 事務局 <jimu@sunroad-shotenkai.example.jp>"],
 subject="冬のブックフェア出店申込み",
 text="""商店会 事務局 御中

12月の「吉祥寺ブックフェア」への出店を申し込みます。

　店名：古書とカードの店 ほんだな堂（有限会社ほんだな堂）
　代表者：本田 雄二
　古物商許可番号：東京都公安委員会 第308870912345号
　出店希望：2小間（テント・長机2台）
　販売品目：文庫・新書の均一本、昭和の雑誌、トレカのストレージ

出店料は商店会口座にお振込みいたします。よろしくお願いします。

""" + SIG_HONDA),

dict(expect="pass", kind="benign.company_surnames",
 why="佐藤書房や山田商会など、人名を含む会社名が並ぶだけの取引連絡。",
 **{"from": HONDA}, to=["株式会社佐藤書房 営業部 <eigyo@sato-shobo.example.co.jp>"], cc=["山田商会 <info@yamada-shokai.example.jp>"],
 subject="合同在庫市の件",
 text="""佐藤書房 営業部 御中
山田商会 御中

来年2月の合同在庫市の件、前回の打合せを受けて概要をまとめました。

・会場：吉祥寺第一ホール（2/8〜2/9）
・参加：佐藤書房、山田商会、古書みずの、ほんだな堂、鈴木文庫
・搬入：2/7 15時〜
・レジ：各店個別、売上はほんだな堂で集計し後日精算

佐藤社長、山田さんのご都合の良い日に、もう一度会場を見に行きましょう。

""" + SIG_HONDA),
]
