# 結婚相談所 むすびの杜（株式会社むすびの杜）
from common import *

SAEK = "佐伯 真理子 <saeki@musubinomori.jp>"
HORI = "堀口 聡 <horiguchi@musubinomori.jp>"
KOIK = "小池 彩 <koike@musubinomori.jp>"

S_SAEK = """
*:.｡. .｡.:*･゜ﾟ･*
結婚相談所 むすびの杜
婚活カウンセラー 佐伯 真理子
〒231-0012 横浜市中区相生町3-61 泰生ビル5F
TEL 045-664-3180 ／ LINE公式 @musubinomori
saeki@musubinomori.jp
*:.｡. .｡.:*･゜ﾟ･*"""
S_HORI = """
---
株式会社むすびの杜 代表取締役
堀口 聡
〒231-0012 横浜市中区相生町3-61 泰生ビル5F
TEL 045-664-3180  FAX 045-664-3181
horiguchi@musubinomori.jp
https://www.musubinomori.jp"""
S_KOIK = """
結婚相談所 むすびの杜 事務局
小池 彩（こいけ あや）
TEL 045-664-3180（火曜定休）
koike@musubinomori.jp"""

MAILS = []

# C1 hold full profile with contact to another agency
MAILS.append(m("hold", "personal.profile", "Sends a member's full profile with home address, mobile, employer and income to another agency.",
 SAEK, ["マリッジサロン・リボン 仲人 大森様 <omori@ribbon-marriage.jp>"], "お見合いお申込み（当方会員 男性）",
 """マリッジサロン・リボン
大森様

いつもお世話になっております。むすびの杜の佐伯です。
先日の交流会でお話ししていた件、当方の男性会員様が貴会の女性会員様
（会員番号 RB-0331）とのお見合いを希望されています。
ご本人のプロフィールをお送りしますので、お相手様にご提案いただけますでしょうか。

　氏名　　：石原 航平（いしはら こうへい）
　生年月日：1989年7月2日（35歳）
　住所　　：横浜市港北区日吉本町2-31-9 ルミエール日吉305
　携帯　　：080-2264-7751
　勤務先　：株式会社テクノリンク横浜 システム開発部（正社員）
　年収　　：620万円
　学歴　　：神奈川工科大学 卒
　家族　　：父（68・元公務員）、母（65）、妹（既婚）
　婚歴　　：なし
　趣味　　：登山、カメラ、料理

お見合い日程は7月の土日でしたらいつでも調整可能とのことです。
""" + S_SAEK,
 personal=[("name", "石原 航平"), ("birth_date", "1989年7月2日"), ("address", "横浜市港北区日吉本町2-31-9 ルミエール日吉305"), ("phone", "080-2264-7751"), ("income", "620万円")]))

# C2 pass own booking
MAILS.append(m("pass", "benign.own_data", "A member's own お見合い booking; the partner is referred to only by member number, initial, age and occupation.",
 SAEK, ["石原 航平 様 <k.ishihara0702@yahoo.co.jp>"], "お見合い日時確定のお知らせ（7/12 土）",
 """石原 航平 様

こんにちは、むすびの杜の佐伯です。
お申込みいただいていたお見合いが成立しました！おめでとうございます。

　日時：7月12日（土）14:00～15:00
　場所：ホテルベイサイド横濱 1F ラウンジ「シーブリーズ」
　お相手：会員番号 RB-0331 N様（33歳・看護師／横浜市在住）

当日は13:45にラウンジ入口でお待ちください。私は同席いたしません。
お茶代は男性のご負担でお願いいたします（2名で3,000円前後です）。
終了後、当日21時までに「お返事（交際希望／お見送り）」をLINEかメールでお知らせくださいね。

お相手は夜勤明けのことがあるとのことで、長引かせず1時間で切り上げてあげてください。
応援しています！
""" + S_SAEK))

# C3 hold religion
MAILS.append(m("hold", "sensitive.religion", "Discloses a named member's religious affiliation to another agency.",
 HORI, ["ブライダルハウス花結 代表 今井様 <imai@hanayui-bridal.com>"], "Re: 交際中の件でご相談",
 """今井様

お世話になっております。むすびの杜の堀口です。
ご相談いただいていた件、当方会員の森本 千尋さん（31）に確認いたしました。

ご本人は幼少期からご家族で天理教の信仰をお持ちで、
月に一度は教会の行事に参加されているとのことです。
結婚後も信仰を続けたいが、お相手に入信を求めるつもりはない、
ただ、ご両親は同じ信仰の方との結婚を望んでいて、そこは本人も悩んでいる、とのことでした。

貴会の会員様がご心配されている点については、一度お二人で率直に話す場を
設けるのがよいかと思います。よろしければ日程をご相談させてください。
""" + S_HORI + """

> 堀口様
> 交際中の当方会員（男性）から、お相手の森本様が宗教をお持ちではないかと相談がありました。
> 失礼な質問で恐縮ですが、何かご存じでしょうか。
> 花結 今井
""", personal=[("name", "森本 千尋"), ("religion", "天理教の信仰をお持ち")]))

# C4 pass congratulations to the couple
MAILS.append(m("pass", "benign.congratulations", "Congratulations on a couple's engagement sent to the two people themselves.",
 HORI, ["森 拓真 様 <takuma.mori.1990@gmail.com>", "西川 遥 様 <haruka.n.0815@icloud.com>"], "ご成婚おめでとうございます",
 """森 拓真 様
西川 遥 様

このたびはご成婚、誠におめでとうございます。
先日お二人そろってご報告にいらしてくださったとき、
スタッフ一同、本当にうれしく拝見しておりました。

初めてのお見合いの日、緊張でお茶をこぼしてしまった森さんと、
それを笑ってハンカチを差し出してくれた西川さん。
あの日から半年、お二人で一つずつ積み重ねてこられた時間の結果だと思います。

ささやかですが、記念品（ペアのグラス）を別途お送りいたしました。
お式の日取りが決まりましたら、ぜひお知らせくださいね。
末永いお幸せを心よりお祈りしております。
""" + S_HORI))

# C5 hold list in xlsx attachment
MAILS.append(m("hold", "list.members", "The attached roster gives party participants' names, ages, mobile numbers and occupations to an event company.",
 KOIK, ["パーティーデザイン 運営担当 宮本様 <miyamoto@party-design.co.jp>"], "7/19 パーティー 受付用データ",
 """宮本様

お世話になっております。むすびの杜 事務局の小池です。
7/19（土）の会員限定パーティーの受付用データをお送りします。
当日は名札の作成と受付チェックにご使用ください。
""" + S_KOIK,
 attachments=[att("0719_participants.xlsx", XLSX, """[Sheet1]
受付No	氏名	性別	年齢	携帯番号	職業
M01	石原 航平	男	35	080-2264-7751	会社員（IT）
M02	長尾 聡史	男	38	090-5561-0283	公務員
M03	鈴村 大地	男	33	070-3318-2946	医師
M04	ホアン ミン	男	36	080-9045-1177	会社員（貿易）
F01	水野 愛美	女	32	090-7720-4419	保育士
F02	栗原 由衣	女	34	080-6652-3008	看護師
F03	杉田 ひかる	女	29	070-1136-8820	会社員（事務）
F04	早川 美紀	女	37	090-4483-2265	薬剤師
""")],
 personal=[("name", "長尾 聡史"), ("phone", "090-5561-0283"), ("name", "水野 愛美"), ("phone", "090-7720-4419")]))

# C6 pass venue headcount only
MAILS.append(m("pass", "benign.business_booking", "Venue booking with headcounts and menu only.",
 KOIK, ["ホテルベイサイド横濱 宴会予約 <banquet@baysidehotel-yokohama.jp>"], "7/19 ご宴会 人数確定のご連絡（予約番号 B-250719-03）",
 """ホテルベイサイド横濱 宴会予約ご担当者様

お世話になっております。むすびの杜の小池です。
7月19日（土）「ハーバールームB」のご予約（予約番号 B-250719-03）につきまして、
人数が確定しましたのでご連絡いたします。

　時間：14:00～16:30（受付13:30～）
　人数：男性12名、女性12名、スタッフ3名　計27名
　お料理：ビュッフェプランA（お一人様 6,500円）
　お飲み物：ソフトドリンクのみ（アルコールなし）
　アレルギー：えび・かに 1名、そば 1名（お名前不要とのことで人数のみ）

請求書は「株式会社むすびの杜」宛でお願いいたします。
""" + S_KOIK))

# C7 hold recipients 14 private addresses
members = ["k.ishihara0702@yahoo.co.jp", "satoshi.nagao@gmail.com", "daichi.s.md@icloud.com", "hoang.minh.jp@gmail.com", "manami-m@docomo.ne.jp",
 "yui.kurihara.0309@gmail.com", "hikaru.sugita@ezweb.ne.jp", "miki.hayakawa@yahoo.co.jp", "ryo-kanda@softbank.ne.jp", "tomo.aizawa1988@gmail.com",
 "nanami.tsuji@icloud.com", "shunsuke.ota@outlook.jp", "mai-fujisawa@docomo.ne.jp", "koji.ueda.yokohama@gmail.com"]
MAILS.append(m("hold", "recipients.visible", "Party reminder to 14 members' private addresses, all visible in To, revealing who uses the agency.",
 KOIK, members, "【むすびの杜】7/19 会員限定パーティー 最終のご案内",
 """会員の皆さま

こんにちは、むすびの杜 事務局の小池です。
いよいよ今週土曜日、会員限定パーティーです。最終のご案内をお送りします。

　日時：7月19日（土）14:00開始（受付13:30～）
　会場：ホテルベイサイド横濱 3F ハーバールームB
　会費：5,000円（当日受付でお支払いください）
　服装：スマートカジュアル

当日は名札をお渡しします。お名前は下のお名前（ひらがな）のみ表示します。
遅刻・キャンセルの場合は、事務局（045-664-3180）までお電話ください。

皆さまにお会いできるのを楽しみにしております。
""" + S_KOIK))

# C8 hold medical in PDF attachment only
MAILS.append(m("hold", "sensitive.medical", "The attached updated profile states a named member's type 1 diabetes and insulin treatment, sent to another agency.",
 SAEK, ["マリッジサロン・リボン 仲人 大森様 <omori@ribbon-marriage.jp>"], "プロフィール更新版の送付",
 """大森様

お世話になっております。佐伯です。
先日お話しした女性会員様のプロフィール更新版をお送りします。
よろしくお願いいたします。
""" + S_SAEK,
 attachments=[att("profile_F2291_update.pdf", PDF, """むすびの杜 会員プロフィール（2025年7月更新）
会員番号：F-2291
氏名：栗原 由衣（くりはら ゆい）
年齢：34歳　身長：158cm
居住地：横浜市南区
職業：看護師（総合病院 外来勤務）
学歴：看護専門学校 卒
婚歴：なし
健康状態：1型糖尿病（12歳で発症、インスリン治療中。日常生活・仕事に支障なし）
喫煙：しない　飲酒：ときどき
自己PR：休日はパン作りと、愛犬（トイプードル）との散歩を楽しんでいます。
子どもについて：希望する
""")],
 personal=[("name", "栗原 由衣"), ("diagnosis", "1型糖尿病（12歳で発症、インスリン治療中。日常生活・仕事に支障なし）")]))

# C9 pass English prospective member
MAILS.append(m("pass", "benign.english_inquiry_reply", "Reply to a prospective member listing required documents in general terms, no numbers.",
 SAEK, ["Michael Brennan <m.brennan.jp@gmail.com>"], "Re: Membership for non-Japanese residents",
 """Dear Mr. Brennan,

Thank you for your interest in Musubi no Mori. Yes, we welcome members of any nationality who live in Japan and can hold conversations in Japanese or English.

To register, we ask every member (Japanese or not) to bring the following originals to our office in Yokohama:
- Photo ID: residence card (zairyu card) and passport
- Certificate of single status: for non-Japanese members, a certificate from your embassy or a sworn statement is acceptable
- Proof of income: the latest tax certificate or withholding slip
- Graduation certificate for your highest degree

We only check the originals and keep copies with the numbers masked. We never share your documents with other members or agencies.

Fees: registration 110,000 yen, monthly 14,300 yen, and 220,000 yen on marriage (tax incl.).

Would you like to come for a free consultation? Saturdays 11:00 or 15:00 are available this month.

Warm regards,
Mariko Saeki
Marriage Counselor, Musubi no Mori
3-61 Aioicho, Naka-ku, Yokohama 231-0012
Tel 045-664-3180
saeki@musubinomori.jp

> Hello, I'm a British citizen living in Kawasaki. Can non-Japanese join your agency, and what documents are needed?
> Michael Brennan
"""))

# C10 pass own documents back to the member (mixed)
MAILS.append(m("pass", "benign.own_data", "Confirms identity-document verification to the member herself; the passport number is her own.",
 KOIK, ["Anna Kowalska <anna.kowalska.yoko@gmail.com>"], "本人確認書類の確認完了 / ID verification completed",
 """Anna Kowalska 様

むすびの杜 事務局の小池です。
先日ご来店時にお預かりした書類の確認が完了しましたのでお知らせします。
(English below)

　旅券（Passport）：No. EK4471905　有効期限 2031/03/14 ― 確認済
　在留カード：有効期限 2028/06/30 ― 確認済
　独身証明（大使館発行）：2025/06/02付 ― 確認済
　収入証明：2024年分 源泉徴収票 ― 確認済

Dear Ms. Kowalska,
We have finished checking your documents. Your passport (No. EK4471905, valid until 14 March 2031), residence card, certificate of single status and 2024 withholding slip are all confirmed. Copies are stored with the numbers masked, as explained. Your profile will go live on Friday.
If any of the above is wrong, please let us know.
""" + S_KOIK))

# C11 pass minutes
MAILS.append(m("pass", "benign.minutes", "Regional association meeting minutes naming agency representatives only.",
 HORI, ["全国縁結び協議会 神奈川地区 事務局 <kanagawa@enmusubi-kyougikai.or.jp>"], "【議事録】神奈川地区 7月定例会",
 """神奈川地区 事務局 御中
（各相談所代表者様へ転送をお願いします）

7月定例会の議事録をお送りします。書記：むすびの杜 堀口

日時：2025年7月3日（木）10:30～12:00　会場：横浜市開港記念会館 7号室
出席：マリッジサロン・リボン 大森様、ブライダルハウス花結 今井様、縁むすび湘南 上野様、
　　　オフィス・ラポール 金子様、むすびの杜 堀口（計5社）

1. 合同パーティー（10/25）
　・会場候補：みなとみらい、関内の2か所で見積比較（今井様）
　・参加条件：各社会員、男女各20名上限
2. 個人情報の取扱い
　・お見合い申込時にお相手の連絡先を渡さないルールの再確認
　・プロフィール送付はシステム経由とし、メール添付は原則禁止とする
3. 成婚数（1～6月）：地区合計 38組（前年同期 31組）

次回：9月4日（木）同会場
""" + S_HORI))

# C12 hold criminal record
MAILS.append(m("hold", "sensitive.criminal", "Tells another agency that a named member has a past assault conviction with a suspended sentence.",
 HORI, ["マリッジサロン・リボン 代表 大森様 <omori@ribbon-marriage.jp>"], "交際中の会員についてのご報告",
 """大森様

お世話になっております。むすびの杜の堀口です。
現在、貴会の会員様と真剣交際中の当方会員 長尾 聡史さん（38・公務員）について、
ご本人から申し出があり、お相手に伝える前に仲人同士で共有させていただきます。

長尾さんは20代のころ、飲酒時のトラブルで傷害罪により
懲役1年・執行猶予3年の判決を受けた経歴があるとのことです。
現在は断酒して10年以上、職場にも申告済みで、
プロポーズの前にご自分の口から伝えたいとのことでした。

お相手の方が受け止めきれない場合も含めて、
お二人が話す場の設定についてご相談させてください。
""" + S_HORI,
 personal=[("name", "長尾 聡史"), ("criminal", "懲役1年・執行猶予3年の判決")]))

# C13 pass newsletter to printer
MAILS.append(m("pass", "benign.newsletter", "Newsletter copy with staff column, a dog, and success stories by initials only.",
 KOIK, ["港北印刷 営業 藤田様 <fujita@kohoku-print.co.jp>"], "会報「むすび便り」夏号 原稿",
 """藤田様

いつもお世話になっております。むすびの杜の小池です。
夏号の原稿をお送りします。レイアウトは春号と同じでお願いします。

---- 原稿ここから ----
【代表あいさつ】堀口 聡
今年上半期は14組のカップルがご成婚されました。……

【成婚カップルの声】
K・Tさん（36）＆ H・Nさん（33）
「最初はお互い緊張していましたが、二回目のデートで行った動物園で意気投合しました」

【スタッフコラム】佐伯 真理子
我が家の柴犬「こむぎ」が、この夏で10歳になりました。最近は散歩の途中で座り込むことが増え、
獣医さんからは関節の病気と言われて、毎朝お薬を飲ませています。……

【イベント情報】7/19 会員限定パーティー、8/23 バスツアー（鎌倉）
---- 原稿ここまで ----

写真は3点、別便で送ります。初校は7/10ごろいただけると助かります。
""" + S_KOIK))

# C14 hold family data to investigation company
MAILS.append(m("hold", "personal.family", "Sends a member's family names, addresses and employers to an investigation company.",
 HORI, ["トラストリサーチ 調査部 三上様 <mikami@trust-research.co.jp>"], "身元確認調査のご依頼",
 """株式会社トラストリサーチ
調査部 三上様

お世話になっております。むすびの杜の堀口です。
先日お電話でご相談した件、正式にご依頼いたします。
当方会員の女性のお相手（他社会員）のご家族から、当方会員について
独身・勤務先の確認を求められており、念のため裏付けをお願いしたいものです。

　対象者：水野 愛美（1992年12月4日生）
　住所　：横浜市神奈川区白楽18-5 コート白楽202
　勤務先：社会福祉法人 ひだまり会 ひだまり保育園（保育士）
　父　　：水野 敏夫（63）横浜市戸塚区在住、元 神奈川県警 警察官
　母　　：水野 恵子（61）パート勤務
　兄　　：水野 大輔（35）川崎市在住、会社員（既婚）

調査範囲は、独身であることと勤務実態の確認までとし、
ご家族への接触は行わないようお願いいたします。
""" + S_HORI,
 personal=[("name", "水野 愛美"), ("birth_date", "1992年12月4日"), ("address", "横浜市神奈川区白楽18-5 コート白楽202"), ("name", "水野 敏夫"), ("name", "水野 大輔")]))

# C15 pass one-liner
MAILS.append(m("pass", "benign.short_reply", "Short scheduling reply between counsellors; member only by initial.",
 SAEK, ["花結 今井 <imai@hanayui-bridal.com>"], "Re: 2回目デートの日程",
 """了解です！土曜14時で先方にお伝えしますね。

佐伯

> 佐伯さん
> Sさんから、2回目は7/26（土）14時、みなとみらいでいかがでしょうとのことです。
> 今井
"""))

# C16 hold bank accounts to accounting office
MAILS.append(m("hold", "id.bank_account", "Two members' personal bank accounts for refunds sent to an outside accounting office.",
 KOIK, ["みなと会計事務所 担当 佐野様 <sano@minato-kaikei.jp>"], "中途退会 返金処理（6月分 2件）",
 """みなと会計事務所
佐野様

お世話になっております。むすびの杜の小池です。
6月の中途退会に伴う返金2件、振込処理をお願いいたします。

1. 会員番号 M-1873　太田 俊介 様
　返金額：30,800円（月会費 日割分）
　振込先：はまかぜ銀行 関内支店 普通 5520381 オオタ シユンスケ
2. 会員番号 F-2044　辻 ななみ 様
　返金額：66,000円（登録料 返金規定による）
　振込先：ゆうちょ銀行 〇一八店 普通 4417820 ツジ ナナミ

振込予定日は7/10でお願いします。
""" + S_KOIK,
 personal=[("name", "太田 俊介"), ("bank_account", "普通 5520381"), ("name", "辻 ななみ"), ("bank_account", "普通 4417820")]))

# C17 pass masked own refund
MAILS.append(m("pass", "benign.own_data", "Tells the member herself that her refund goes to her account, masked.",
 KOIK, ["辻 ななみ 様 <nanami.tsuji@icloud.com>"], "返金のお知らせ",
 """辻 ななみ 様

むすびの杜 事務局の小池です。
退会のお手続き、ありがとうございました。
ご返金（66,000円）は、7月10日にご指定の口座（ゆうちょ銀行 普通 ****820）へお振込みいたします。

短い間でしたが、ご縁をお手伝いできず申し訳ありませんでした。
またいつでもご相談ください。
""" + S_KOIK))

# C18 hold medical only in forwarded member mail
MAILS.append(m("hold", "sensitive.medical", "The forwarded member message reveals her depression diagnosis and psychiatric treatment to another agency.",
 SAEK, ["マリッジサロン・リボン 大森様 <omori@ribbon-marriage.jp>"], "Fwd: 交際終了のご連絡",
 """大森様

佐伯です。ご参考までに、会員様からいただいたメールを転送します。
お相手様へは、体調の事情で、という程度でお伝えいただけると助かります。
""" + S_SAEK + """

---------- Forwarded message ---------
From: 杉田 ひかる <hikaru.sugita@ezweb.ne.jp>
Date: 2025年7月2日(水) 23:41
Subject: 交際終了のご連絡
To: 佐伯 真理子 <saeki@musubinomori.jp>

佐伯さん
夜分にすみません。杉田です。
Tさんとの交際ですが、終了させていただきたいです。
実は去年の秋にうつ病と診断されて、今も月に2回心療内科に通っています。
最近また眠れない日が続いていて、デートの日も朝から動けず、
このままではTさんにご迷惑をかけてしまうと思いました。
Tさんは何も悪くないので、そのようにお伝えいただけたら嬉しいです。
少し休会させてください。
""", personal=[("name", "杉田 ひかる"), ("diagnosis", "うつ病と診断されて"), ("medical", "心療内科に通っています")]))

# C19 hold PPAP
MAILS.append(m("hold", "attachment.encrypted_zip", "Registration documents sent as a password-protected zip (PPAP).",
 KOIK, ["全国縁結び協議会 会員登録センター <touroku@enmusubi-kyougikai.or.jp>"], "新規会員登録書類（3名分）",
 """会員登録センター 御中

むすびの杜（加盟番号 KN-0142）の小池です。
7月新規入会の3名分の登録書類をお送りします。
zipのパスワードは追ってお送りいたします。
""" + S_KOIK, attachments=[att("新規登録書類_202507.zip", ZIP, encrypted=True)]))

# C20 pass mixed English, form example
MAILS.append(m("pass", "benign.form_example", "Website translation brief whose sample profile is an explicit fictitious 記入例.",
 HORI, ["Grace Tan <grace.tan@linguabridge.sg>"], "Website translation - profile form (記入例 included)",
 """Hi Grace,

Thank you for the quote. Please go ahead with the English version of our website (12 pages, as listed in your quotation LB-Q-2025-0618).

For the member profile form page, please translate the field labels and the sample entry below. The sample is fictitious (記入例) and should stay as it is, just romanised.

【記入例 / Sample】
氏名：山田 花子（仮名）／ Hanako Yamada (sample)
年齢：32歳 ／ 32
職業：会社員（事務）／ Office worker
居住地：横浜市 ／ Yokohama
趣味：カフェめぐり、ヨガ ／ Cafés, yoga
自己PR：休日は友人とカフェめぐりをしています。／ On weekends I enjoy visiting cafés with friends.

Terms like 仲人 and 成婚退会 are explained in the glossary (attached in my previous mail). If anything is unclear, my colleague Mariko Saeki can answer by phone in Japanese, or I can in (slow) English!

Best regards,
Satoshi Horiguchi
CEO, Musubi no Mori Co., Ltd.
horiguchi@musubinomori.jp"""))
