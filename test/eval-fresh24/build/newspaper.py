from common import *

MN_K1 = mynum("62038415207", "")
MN_K2 = mynum("19275530846", "")
MN_K3 = mynum("50817264391", "")

# ============================================================ HOLDS (newspaper)

M("hold", "roster.customers",
  "Attached CSV lists prize winners' names, home addresses and phones, sent to the sponsor for shipping.",
  HORIUCHI, ["千曲川ワイナリー 販促担当 竹内様 <takeuchi@chikumagawa-winery.co.jp>"],
  "読者プレゼント当選者リスト（発送用）",
  """株式会社千曲川ワイナリー
販促ご担当　竹内様

お世話になっております。北信濃日報社 広告局の堀内です。
5月25日付「週末おでかけ面」でご協賛いただいた読者プレゼント（スパークリングワイン 10名様）の
抽選が終わりましたので、当選者の発送先リストをお送りします。

応募総数は 1,284 通でした。ありがとうございました。
発送は 6月13日（金）までにお願いいたします。
当選者の発表は、紙面では発送をもって代えさせていただく形です。

""" + SIG_HORIUCHI_JA,
  att=[A("読者プレゼント当選者_0525.csv", """
No,氏名,郵便番号,住所,電話番号,年齢
1,清水 トシ子,380-0921,長野市栗田1024-3,026-227-4418,72
2,小林 大介,381-0043,長野市吉田2-18-11 メゾン吉田205,090-8812-3306,41
3,宮下 あゆみ,388-8007,長野市篠ノ井布施高田774,026-292-1157,35
4,滝沢 修,382-0091,須坂市立町1312,026-245-6620,66
5,北村 瑞穂,389-2253,飯山市飯山2198-4,080-3317-4928,29
6,丸山 和夫,386-0012,上田市中央3-7-15,0268-22-9043,58
7,Amanda Clark,381-0000,長野市大字三輪9-44-1 サンハイツ102,080-6671-2230,33
8,池田 春美,387-0011,千曲市杭瀬下2-51,026-272-8814,47
9,酒井 勇人,399-8301,安曇野市穂高有明3321-7,090-2219-0573,38
10,中島 恵子,380-0803,長野市三輪田町1366,026-241-0078,81
""")],
  personal=[("name", "清水 トシ子"), ("address", "長野市栗田1024-3"), ("phone", "026-227-4418"),
            ("name", "小林 大介"), ("phone", "090-8812-3306"), ("name", "中島 恵子"), ("address", "長野市三輪田町1366")])

M("hold", "sensitive.belief",
  "Raw reader-survey data with names, phone numbers and each respondent's supported political party sent to an outside research firm.",
  MIYASAKA, ["リサーチ信州 集計課 <shukei@research-shinshu.co.jp>"],
  "読者アンケート 回答データ（4月実施分）集計のお願い",
  """株式会社リサーチ信州
集計課　ご担当者様

お世話になっております。北信濃日報社 広告局の宮坂です。
4月に実施した読者アンケート（紙面・Web）の回答データを入力し終えましたので、集計をお願いいたします。
クロス集計は前回と同じ軸（年代×地域×購読年数）で、政治面の関心度の設問を追加しています。

回答数：紙 612件、Web 298件（添付は入力済みの全件です）
納期：6月27日（金）

""" + SIG_MIYASAKA_JA,
  att=[A("読者アンケート2025春_回答データ.xlsx", """
回答ID\t氏名\t年齢\t性別\t市町村\t電話番号\t購読年数\t政治面の関心\t支持政党\t自由記述
P-0001\t倉田 義男\t74\t男\t長野市\t026-243-1187\t40年以上\t高い\t立憲民主党\t地域面をもっと増やして
P-0002\t矢島 静江\t68\t女\t須坂市\t026-248-3320\t30年\t普通\t公明党\t
P-0003\t武田 隆\t55\t男\t上田市\t090-7743-2018\t15年\t高い\t日本共産党\t選挙報道が偏っている
P-0004\t平林 智美\t42\t女\t長野市\t080-1129-6654\t5年\t低い\t支持なし\t子育て情報がほしい
P-0005\t塚田 昭\t81\t男\t千曲市\t026-273-0941\t50年以上\t高い\t自由民主党\t
W-0001\t荻原 慎吾\t36\t男\t長野市\t090-3356-7810\t2年\t普通\t国民民主党\tデジタル版が使いにくい
（以下 904件略）
""")],
  personal=[("name", "倉田 義男"), ("phone", "026-243-1187"), ("religion", "立憲民主党"), ("name", "武田 隆"),
            ("religion", "日本共産党"), ("name", "塚田 昭"), ("religion", "自由民主党")])

M("hold", "profile.forward",
  "A job applicant's full profile (address, mobile, birth date, work history) forwarded to the advertiser.",
  HORIUCHI, ["ホテル戸隠高原 総務 羽田様 <haneda@togakushi-kogen-hotel.jp>"],
  "Fw: 求人広告を見て応募したい（フロントスタッフ）",
  """ホテル戸隠高原
総務　羽田様

いつもお世話になっております。北信濃日報社の堀内です。
6/1付の求人広告をご覧になった方から、弊社の広告問い合わせ窓口に応募の連絡が届きました。
本来は貴社へ直接ご応募いただくものですが、ご本人の了解を得ておりますので転送いたします。
今後のご連絡は貴社から直接お願いいたします。

""" + SIG_HORIUCHI_JA + """

-----Original Message-----
From: 村田 彩 <aya.murata.0427@gmail.com>
Sent: Monday, June 2, 2025 21:05
To: koukoku@kitashinano-nippo.co.jp
Subject: 求人広告を見て応募したい

北信濃日報の求人欄で、ホテル戸隠高原さんのフロントスタッフ募集を見ました。
応募先がわからなかったのでこちらに送ります。

氏名：村田 彩（むらた あや）
生年月日：1999年4月27日（26歳）
住所：長野県長野市若里4-12-8 レジデンス若里303
電話：090-5572-8164
職歴：2021年～2024年 長野駅前のビジネスホテルでフロント勤務、2024年～現在 飲食店アルバイト
資格：普通自動車免許、TOEIC 680点
希望：正社員、寮があれば入りたいです

よろしくお願いします。
""",
  personal=[("name", "村田 彩"), ("birthdate", "1999年4月27日"), ("address", "長野県長野市若里4-12-8 レジデンス若里303"),
            ("phone", "090-5572-8164"), ("email", "aya.murata.0427@gmail.com")])

M("hold", "profile.forward",
  "A reader's complaint with her full name, address and phone forwarded to the advertiser she is complaining about.",
  MIYASAKA, ["信州ホームリペア お客様窓口 <info@shinshu-homerepair.co.jp>"],
  "読者様からのお問い合わせ（5/18掲載広告の件）",
  """信州ホームリペア株式会社
お客様窓口ご担当者様

いつも弊紙にご出稿いただきありがとうございます。北信濃日報社 広告制作部の宮坂です。

5月18日掲載の「外壁塗装 春の大感謝祭」の広告について、読者の方から弊社にお電話がありました。
内容は以下のとおりです。貴社から直接ご連絡・ご説明いただけますでしょうか。

　お名前：上原 ふみ子 様
　ご住所：長野県須坂市大字須坂1441-2
　お電話：026-245-9132（日中は在宅とのこと）
　内容：広告を見て見積もりを依頼したところ、訪問した営業の方から「今日契約すれば広告の価格」と
　　　　言われ、その場で契約してしまった。契約内容をもう一度説明してほしい。
　　　　クーリングオフができるか知りたい。
　　　　高齢の一人暮らしで、訪問が何度も来るのが不安。

弊社からは、「広告主様へお伝えします」とのみお答えしております。
対応結果をお知らせいただけますと幸いです。

""" + SIG_MIYASAKA_JA,
  personal=[("name", "上原 ふみ子"), ("address", "長野県須坂市大字須坂1441-2"), ("phone", "026-245-9132")])

_shops = ["そば処 かどや <info@soba-kadoya.jp>", "おやき本舗 いろは堂前店 <oyaki@iroha-maeten.jp>",
          "信州ジェラート工房 <hello@shinshu-gelato.jp>", "権堂 焼鳥 とりぎん <toriginn@gondo-torigin.jp>",
          "ベーカリー麦の穂 <mugino-ho@bakery-nagano.jp>", "善光寺門前 喫茶ふじや <fujiya.cafe@gmail.com>",
          "長野ラーメン 一心 <isshin.nagano@outlook.jp>", "信州牛 ステーキハウス松木 <matsuki@steak-matsuki.jp>",
          "和菓子 竹風堂前 <kanmi@chikufudo-mae.jp>", "居酒屋 ながの路 <naganoji@izakaya-naganoji.jp>",
          "クラフトビール 北信ブルワリー <info@hokushin-brewery.jp>", "中華そば 青柳 <aoyagi.chukasoba@yahoo.co.jp>",
          "洋食屋 グリル丸山 <grill.maruyama@nifty.com>", "リンゴ菓子工房 アップルハウス <applehouse@shinshu-apple.jp>",
          "カレーの店 ガンジス長野 <ganges.nagano@gmail.com>"]
M("hold", "recipients.many",
  "Sponsorship invitation is harmless, but 15 local businesses (several on private addresses) are all visible in To.",
  HORIUCHI, _shops,
  "【ご案内】夏の地域特集「ながの食べ歩き」協賛広告のお願い",
  """長野市内 飲食店の皆様

いつも北信濃日報をご愛読いただきありがとうございます。広告局の堀内です。
7月20日（日）の朝刊で、夏の地域特集「ながの食べ歩き2025」（見開き2ページ・カラー）を企画しております。
つきましては、協賛広告のご出稿をご検討いただけますと幸いです。

　掲載日：2025年7月20日（日）朝刊　　発行部数：約 12万部（北信地域）
　広告枠：1枠（縦 6cm × 横 5cm）33,000円（税込）／2枠 60,500円（税込）
　特典：特集記事内で店舗を紹介（写真1点・紹介文 80字）
　お申込み締切：7月4日（金）

お申込み・ご質問は、このメールへの返信か、お電話（026-235-4470）でお願いいたします。
ご検討のほど、よろしくお願いいたします。

""" + SIG_HORIUCHI_JA)

M("hold", "id.my_number",
  "Attached list gives freelance contributors' My Numbers, home addresses and personal bank accounts to an outside accounting service.",
  MIYASAKA, ["アカウントサポート長野 担当 北原様 <kitahara@acsupport-nagano.jp>"],
  "支払調書作成用　外部寄稿者リスト（2025年上期分）",
  """株式会社アカウントサポート長野
北原様

お世話になっております。北信濃日報社 広告局の宮坂です。
広告特集で原稿・写真をお願いしている外部寄稿者（個人）の上期分の支払い一覧をお送りします。
年末の支払調書作成と、7月支払い分の振込データ作成にお使いください。

ご本人から提出いただいた個人番号も、一覧に入力してあります。

""" + SIG_MIYASAKA_JA,
  att=[A("外部寄稿者_2025上期.xlsx", """
外部寄稿者　支払一覧（2025年1月～6月）　北信濃日報社 広告局
氏名\t住所\t個人番号\t振込先\t上期支払額（税込）\t源泉徴収税額
丸岡 里奈（ライター）\t長野市西後町1597-3\t""" + MN_K1 + """\t八十二銀行 県庁前支店 普通 2210874\t528,000\t53,892
宇都宮 康介（写真）\t上田市材木町1-2-9\t""" + MN_K2 + """\t長野信用金庫 本店 普通 0938122\t341,000\t34,804
飯田 舞（イラスト）\t松本市沢村2-14-30 コーポ沢村2F\t""" + MN_K3 + """\tゆうちょ銀行 一一八店 普通 6402291\t187,000\t19,087
""")],
  personal=[("name", "丸岡 里奈"), ("mynumber", MN_K1), ("account", "普通 2210874"), ("name", "宇都宮 康介"),
            ("mynumber", MN_K2), ("name", "飯田 舞"), ("mynumber", MN_K3), ("address", "松本市沢村2-14-30 コーポ沢村2F")])

M("hold", "profile.forward",
  "The chief mourner's name, address, phone and the deceased's cause of death passed from an obituary order to a funeral company for sales.",
  HORIUCHI, ["善光セレモニー 営業部 小池様 <koike@zenko-ceremony.co.jp>"],
  "お悔やみ欄お申込み者様のご紹介",
  """善光セレモニー
営業部　小池様

お世話になっております。北信濃日報社の堀内です。
本日お悔やみ欄（6/8掲載）にお申込みいただいた方で、
「まだ葬儀社が決まっていない、どこか紹介してほしい」とのお話がありましたのでご紹介します。
早めにご連絡差し上げていただけますでしょうか。

　喪主：高見沢 正人 様（長男）
　ご住所：長野市川中島町御厨1822-5
　ご連絡先：090-4126-7753
　故人：高見沢 ハル 様（享年91）6月6日 ご逝去
　死因：誤嚥性肺炎（長野赤十字病院にて）
　ご希望：家族葬、30名程度、6/10～11

紹介手数料の件は、いつもの条件でお願いいたします。

""" + SIG_HORIUCHI_JA,
  personal=[("name", "高見沢 正人"), ("address", "長野市川中島町御厨1822-5"), ("phone", "090-4126-7753"),
            ("health", "誤嚥性肺炎")])

M("hold", "sensitive.medical",
  "A child model's name, school, parent's mobile and atopic dermatitis treatment sent to an outside photo studio.",
  MIYASAKA, ["スタジオ・アルプ 撮影担当 <shoot@studio-alp.jp>"],
  "7/5 撮影　キッズモデル情報（信州ファミリーランド広告）",
  """スタジオ・アルプ
撮影ご担当者様

お世話になっております。北信濃日報社 広告制作部の宮坂です。
7/5（土）の信州ファミリーランド様 夏休み広告の撮影、キッズモデルの情報をお送りします。

　モデル：原田 陽菜 ちゃん（8歳、長野市立城東小学校 3年）
　保護者：原田 理沙 様（お母様）携帯 080-2256-9914
　集合：9:30 スタジオ入り（保護者同伴）
　衣装サイズ：130

【注意事項】
アトピー性皮膚炎があり、現在ステロイド外用薬を使用中とのことです。
メイク・日焼け止めは使用せず、保湿はご本人持参のワセリンのみでお願いします。
また卵アレルギーがあるため、撮影時のお菓子・軽食は卵不使用のものでお願いします。

""" + SIG_MIYASAKA_JA,
  personal=[("name", "原田 陽菜"), ("name", "原田 理沙"), ("phone", "080-2256-9914"),
            ("health", "アトピー性皮膚炎があり、現在ステロイド外用薬を使用中"), ("health", "卵アレルギー")])

M("hold", "roster.customers",
  "Subscriber list with names, addresses, phones and children's grades handed to an advertiser for direct mail.",
  HORIUCHI, ["信濃進学ゼミ 本部 広報 <koho@shinano-shingaku.jp>"],
  "Re: 購読者様向けDMの件（データ送付）",
  """信濃進学ゼミ
広報ご担当者様

お世話になっております。北信濃日報社の堀内です。
先日ご相談いただいた、夏期講習のDMの件です。
販売局から、小中学生のお子様がいるご家庭（長野市北部・須坂市）の購読者データを出してもらいましたので、
サンプルとして最初の一部をお送りします。全件（約 2,300件）は来週お渡しできます。

""" + SIG_HORIUCHI_JA + """

> 堀内様
> 夏期講習のDMを、北信濃日報の購読者様でお子様のいるご家庭に送りたいのですが、
> リストをお借りすることは可能でしょうか。
> 信濃進学ゼミ 広報 本多
""",
  att=[A("購読者_子育て世帯_サンプル.csv", """
購読者番号,世帯主名,郵便番号,住所,電話番号,子ども学年,購読開始
K-1008821,西沢 浩一,381-0034,長野市高田1744-2,026-226-4470,小5・中2,2009/04
K-1013307,松澤 智子,381-0041,長野市徳間3-22-6,090-6613-2281,小3,2016/10
K-1020094,寺島 健,382-0076,須坂市大字須坂2110,026-248-7752,中1,2012/01
K-1022518,栗林 直樹,381-0038,長野市東和田590-14,080-4490-1136,小6・小2,2020/06
K-1024471,矢口 ゆかり,382-0000,須坂市大字野辺311-5,026-245-0883,中3,2018/09
""")],
  personal=[("name", "西沢 浩一"), ("address", "長野市高田1744-2"), ("phone", "026-226-4470"), ("name", "松澤 智子"),
            ("phone", "090-6613-2281"), ("name", "矢口 ゆかり")])

M("hold", "id.card",
  "A private advertiser's full card number, expiry and name sent to a payment processor for manual charge.",
  HORIUCHI, ["アルプスペイ 加盟店窓口 <merchant@alpspay.co.jp>"],
  "慶事広告 カード決済の手動処理依頼（加盟店番号 KSN-0042）",
  """株式会社アルプスペイ
加盟店窓口ご担当者様

お世話になっております。北信濃日報社 広告局（加盟店番号 KSN-0042）の堀内です。

個人のお客様から、お祝い広告（米寿祝い、6/15掲載）の料金をカードで支払いたいとのご依頼があり、
お電話でカード情報をお預かりしました。
決済端末の不具合で当方で入力できないため、そちらで手動処理をお願いできますでしょうか。

　ご利用者：川上 博 様
　カード番号：5555 5555 5555 4444
　有効期限：09/27
　名義：HIROSHI KAWAKAMI
　金額：22,000円（1回払い）

処理が完了しましたら、承認番号をお知らせください。

""" + SIG_HORIUCHI_JA,
  personal=[("name", "川上 博"), ("card", "5555 5555 5555 4444"), ("name", "HIROSHI KAWAKAMI")])

# ============================================================ PASSES (newspaper)

M("pass", "benign.obituary_ad",
  "Obituary advertisement copy for publication sent to the printer; names appear as in the published ad, no contact data or cause of death.",
  MIYASAKA, ["北信印刷 製版課 <seihan@hokushin-print.co.jp>"],
  "6/8朝刊 お悔やみ広告 入稿（3件）",
  """北信印刷株式会社
製版課　ご担当者様

お世話になっております。北信濃日報社 広告制作部の宮坂です。
6/8（日）朝刊 社会面下 お悔やみ広告の原稿を入稿します。3件とも2段×1/4です。

【1】
　父　高見沢 ハル 儀　かねて療養中のところ六月六日 九十一歳にて永眠いたしました
　ここに生前のご厚誼を深謝し 謹んでご通知申し上げます
　通夜 六月十日 午後六時　告別式 六月十一日 午前十時
　式場 善光セレモニー川中島ホール
　喪主 長男 高見沢 正人

【2】
　株式会社丸長建設 代表取締役会長 丸山 長治 儀 六月五日 逝去いたしました（享年八十八）
　社葬は後日執り行います　葬儀委員長 代表取締役社長 丸山 一樹

【3】（差し替え）
　前回入稿分の式場名を「セレモニーホール須坂」に修正してください。

校正は本日17時までにPDFでお願いします。

""" + SIG_MIYASAKA_JA)

M("pass", "benign.corporate_account",
  "Advertising invoice with the newspaper's corporate account and invoice numbers.",
  HORIUCHI, ["千曲川ワイナリー 経理 <keiri@chikumagawa-winery.co.jp>"],
  "5月掲載分 広告料金のご請求（請求書番号 KN-AD-2505-0338）",
  """株式会社千曲川ワイナリー
経理ご担当者様

いつも北信濃日報をご利用いただきありがとうございます。広告局の堀内です。
5月掲載分の広告料金の請求書をお送りします。

　請求書番号：KN-AD-2505-0338
　掲載日：5/11（日）5/25（日）　週末おでかけ面 5段1/2 カラー
　金額：264,000円（税込）
　お支払期限：2025年6月30日
　お振込先：八十二銀行 本店営業部 当座 0104427　株式会社北信濃日報社
　適格請求書発行事業者登録番号：T7100001002837

請求書原本は郵送いたします。ご不明な点があればご連絡ください。

""" + SIG_HORIUCHI_JA,
  att=[A("請求書_KN-AD-2505-0338.pdf", """
請求書　KN-AD-2505-0338　2025年5月31日
株式会社千曲川ワイナリー 御中
広告掲載料 5/11 週末おでかけ面 5段1/2 カラー 120,000 / 5/25 同 120,000 / 消費税 24,000 / 合計 264,000
振込先 八十二銀行 本店営業部 当座 0104427 株式会社北信濃日報社
""")])

M("pass", "benign.public_figure",
  "Election advertisement for publicly declared candidates with their parties; public figures in content meant for print.",
  HORIUCHI, ["長野市選挙管理委員会 事務局 <senkan@city-nagano-senkan.jp>"],
  "市長選挙 選挙公報・新聞広告の掲載スケジュールについて",
  """長野市選挙管理委員会事務局
ご担当者様

お世話になっております。北信濃日報社 広告局の堀内です。
市長選挙の候補者新聞広告（公費負担分）について、各陣営から原稿を受領しましたのでご報告します。

　届出順／候補者名／党派／掲載日（予定）
　1　小松原 義信　無所属（自由民主党・公明党推薦）　7/8、7/12
　2　藤森 なおみ　無所属（立憲民主党・社会民主党推薦）7/8、7/12
　3　岩下 拓哉　　日本維新の会　　　　　　　　　　　7/9、7/12

いずれも規定サイズ（2段×1/2）で、公職選挙法の記載事項（候補者氏名・党派・政策）以外の
表示がないことを確認済みです。
公費負担の請求書類は、掲載後に各陣営経由で提出いたします。

""" + SIG_HORIUCHI_JA)

M("pass", "benign.meeting",
  "Meeting arrangement in English with a Taiwanese travel agency; business contacts only.",
  HORIUCHI_EN, ["Lin Yu-ting <yuting.lin@formosa-journeys.com.tw>"],
  cc=["Chen Po-han <pohan.chen@formosa-journeys.com.tw>"],
  subject="Re: Shinshu winter campaign – online meeting on 24 June",
  text="""Dear Ms. Lin,

Thank you for your quick reply. 24 June (Tue) at 15:00 Taipei time / 16:00 Japan time works well for us.
I will send a Teams invitation shortly.

Proposed agenda:
1. Results of last winter's joint campaign (print + web; 38,000 page views, 412 package bookings)
2. Plan for winter 2025/26: Nozawa Onsen & Togakushi, newspaper special section + Chinese-language web feature
3. Budget and schedule (ad space booking deadline: 15 September)

From our side, Ms. Miyasaka from our production team will also join.

Best regards,
""" + SIG_HORIUCHI_EN + """

> Dear Mr. Horiuchi, we are available on 24 or 26 June in the afternoon. Best, Lin Yu-ting
> Marketing Manager, Formosa Journeys Co., Ltd. | +886-2-2567-3381
""",
  lang="en")

M("pass", "benign.own_data",
  "Payment statement with withholding tax sent to the freelance writer herself at her own address.",
  MIYASAKA, ["丸岡 里奈 様 <rina.maruoka.writer@gmail.com>"],
  "5月分 原稿料のお支払い明細",
  """丸岡 里奈 様

いつも素敵な原稿をありがとうございます。北信濃日報社 広告制作部の宮坂です。
5月分の原稿料のお支払い明細をお送りします。

　対象：広告特集「信州の春を味わう」取材・執筆（2本）
　原稿料：88,000円（税込）
　源泉徴収税額：8,984円
　お振込額：79,016円
　お振込日：6月25日（水）
　お振込先：ご登録の口座（八十二銀行 県庁前支店 普通 ****874）

内容に相違がございましたらお知らせください。
7月号の取材（小布施の栗菓子）もどうぞよろしくお願いいたします。

""" + SIG_MIYASAKA_JA,
  personal=[("name", "丸岡 里奈")])

M("pass", "benign.it_incident",
  "'障害', 'ウイルス感染', '隔離' all refer to the ad-submission system and a PC.",
  MIYASAKA, ["信越アドエージェンシー 制作部 <seisaku@shinetsu-ad.co.jp>"],
  "【お詫び】広告入稿システムの障害について（6/16）",
  """株式会社信越アドエージェンシー
制作部　ご担当者様

いつもお世話になっております。北信濃日報社 広告制作部の宮坂です。

本日 9:20～11:45 の間、弊社の広告入稿システム（AdPort）に障害が発生し、
入稿データのアップロードができない状態となっておりました。ご迷惑をおかけし申し訳ございません。

原因は、社内の端末1台がウイルスに感染した疑いがあり、情報システム部が当該端末をネットワークから隔離し、
念のため入稿サーバーを一時停止したためです。現時点で外部への情報流出は確認されておりません。

・9:20～11:45 にアップロードされたデータは受け付けられていない可能性があります。
　お手数ですが、同時間帯に入稿された分は再度アップロードをお願いいたします。
・明日掲載分の締切は、本日に限り 19:00 まで延長いたします。

""" + SIG_MIYASAKA_JA)

_nippo = ["d-horiuchi@kitashinano-nippo.co.jp", "k-ueda@kitashinano-nippo.co.jp", "m-kobayashi@kitashinano-nippo.co.jp",
          "t-kitazawa@kitashinano-nippo.co.jp", "y-nakamura@kitashinano-nippo.co.jp", "s-takizawa@kitashinano-nippo.co.jp",
          "r-wada@kitashinano-nippo.co.jp", "h-miyairi@kitashinano-nippo.co.jp", "n-koike@kitashinano-nippo.co.jp",
          "a-tsukada@kitashinano-nippo.co.jp", "e-yamazaki@kitashinano-nippo.co.jp", "j-kasahara@kitashinano-nippo.co.jp",
          "koukoku@kitashinano-nippo.co.jp", "seisaku@kitashinano-nippo.co.jp", "m-nishizawa@kitashinano-nippo.co.jp"]
M("pass", "benign.internal_many",
  "Deadline schedule to 15 addresses, all on the newspaper's own domain.",
  MIYASAKA, _nippo,
  "【広告局】お盆期間の降版・入稿締切スケジュール",
  """広告局の皆さん

お疲れさまです。制作部の宮坂です。
お盆期間の入稿締切が決まりましたのでお知らせします。クライアントへのご案内をお願いします。

掲載日　　　　　入稿締切　　　　校了
8/13（水）　　8/6（水）17時　 8/8（金）
8/14（木）　　8/7（木）17時　 8/8（金）
8/15（金）休刊日　―　　　　　―
8/16（土）　　8/8（金）17時　 8/12（火）
8/17（日）　　8/8（金）17時　 8/12（火）

※8/15 は休刊日のため、折込チラシは 8/16 にまとめて入ります（折込センター締切 8/12 正午）。
※制作部は 8/13～8/15 交代で出勤です。緊急時は制作部直通（026-235-4475）へ。

""" + SIG_MIYASAKA_JA)

M("pass", "benign.ad_copy",
  "Ad copy for a hospital's health fair mentions diseases and screening only in general terms; no person.",
  HORIUCHI, ["長野中央総合病院 広報課 <koho@nagano-chuo-hp.jp>"],
  "健康フェア広告 原稿案のご確認",
  """長野中央総合病院
広報課ご担当者様

お世話になっております。北信濃日報社の堀内です。
9月の「健康フェア2025」告知広告の原稿案をお送りします。

――――――――――――――――
　長野中央総合病院　健康フェア2025
　9月14日（日）10:00～15:00　当院1階ロビー・講堂　入場無料
　・無料測定コーナー：血圧、骨密度、血管年齢、もの忘れチェック
　・医師の講演「糖尿病と上手につきあう」「大腸がん検診、受けていますか？」
　・認知症の家族を支える相談コーナー（地域包括支援センター）
　・管理栄養士による減塩レシピ試食会
　※感染症対策のため、発熱のある方はご来場をお控えください
――――――――――――――――

医療広告ガイドラインに抵触する表現がないか、貴院でもご確認いただけますと幸いです。
掲載は 9/7（日）朝刊、5段1/2 カラーの予定です。

""" + SIG_HORIUCHI_JA)

M("pass", "benign.published_winners",
  "Winners announcement in the print format: initials and municipality only, as published.",
  MIYASAKA, ["北信印刷 製版課 <seihan@hokushin-print.co.jp>"],
  "6/22朝刊 くらし面 当選者発表 入稿",
  """北信印刷 製版課
ご担当者様

宮坂です。6/22（日）くらし面の「読者プレゼント当選者発表」の原稿です。
いつもの囲みのフォーマットでお願いします。

――――――――――――――――
【読者プレゼント当選者発表】
5月11日付でご案内した「戸隠そば打ち体験ペアチケット」（5組10名様）の当選者は次の方々です。
（敬称略）
　長野市　Ｋ・Ｍ　　須坂市　Ｔ・Ｏ　　千曲市　Ｙ・Ｓ
　上田市　Ａ・Ｎ　　飯山市　Ｈ・Ｋ
チケットは6月中旬に発送いたしました。たくさんのご応募ありがとうございました。
――――――――――――――――

""" + SIG_MIYASAKA_JA)
