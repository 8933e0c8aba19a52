# 学校法人みどり学園 みどりの森幼稚園 - kindergarten
SAEKI = "佐伯 典子 <saeki@midorinomori-kg.jp>"
OKAWA = "大川 由香 <okawa@midorinomori-kg.jp>"
MIYAUCHI = "宮内 千尋 <miyauchi@midorinomori-kg.jp>"
S_SAEKI = """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
学校法人みどり学園 みどりの森幼稚園
園長　佐伯 典子
〒194-0013 東京都町田市原町田 6-21-3
TEL 042-722-5180　FAX 042-722-5181
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""
S_OKAWA = """--
みどりの森幼稚園　事務長　大川 由香
TEL 042-722-5180（事務室直通 042-722-5183）
okawa@midorinomori-kg.jp"""
S_MIYAUCHI = """――――――――――――――
みどりの森幼稚園 主任教諭
宮内 千尋
TEL 042-722-5180
――――――――――――――"""

MAILS = [
# ---------------- holds ----------------
dict(expect="hold", kind="sensitive.health", loc="body",
 why="A named child's developmental disorder diagnosis is sent to the elementary school.",
 **{"from": SAEKI}, to=["町田市立原町田小学校 特別支援教育コーディネーター 平井先生 <hirai-t@haramachida-es.example.jp>"],
 subject="就学に向けた引き継ぎについて（ひまわり組 1名）",
 text="""原町田小学校
平井 先生

いつもお世話になっております。みどりの森幼稚園の佐伯でございます。
4月に貴校へ入学予定の園児について、保護者の了承を得て、事前に引き継ぎをさせていただきます。

・園児氏名：村上 陽向（むらかみ ひなた）くん　2018年9月3日生
・昨年 5月に、こども発達センターで自閉スペクトラム症（ASD）の診断を受けています
・大きな音や急な予定変更が苦手で、イヤーマフを使用しています
・絵カードでの見通し提示が有効です

3月中に一度、担任の宮内と一緒にお伺いしてお話しできればと存じます。
ご都合のよい日時をお知らせいただけますと幸いです。

""" + S_SAEKI,
 personal=[{"type":"name","value":"村上 陽向"},{"type":"diagnosis","value":"自閉スペクトラム症（ASD）の診断"}]),

dict(expect="hold", kind="sensitive.abuse_victim", loc="body",
 why="Reports suspected abuse of a named child with injury details to the child guidance centre.",
 **{"from": SAEKI}, to=["東京都八王子児童相談所 町田地区担当 <machida-team@hachioji-jisou.example.jp>"],
 subject="虐待が疑われる園児についてのご相談",
 text="""八王子児童相談所 町田地区ご担当 様

本日お電話でご相談しました件について、記録をお送りいたします。

対象園児：さくら組（年中）　小野寺 結菜（おのでら ゆいな）ちゃん　4歳
保護者：母　小野寺 麻衣
住所：町田市森野 2-14-8 コーポ森野 103

3月10日（月）朝、着替えの際に担任が左上腕と背中に複数のあざを確認しました。
本人は「ママの彼氏にされた」と話しています。2月にも同様のあざがあり、園で記録しています。
写真と記録票は、必要であればお持ちいたします。

本日は通常どおり降園予定です。ご指示をお待ちしております。

""" + S_SAEKI,
 personal=[{"type":"name","value":"小野寺 結菜"},{"type":"address","value":"町田市森野 2-14-8 コーポ森野 103"}]),

dict(expect="hold", kind="list.children", loc="attachment",
 why="The attached roster lists children's names, birth dates and guardians' mobile numbers, sent to the bus company.",
 **{"from": OKAWA}, to=["町田観光バス 営業所 <eigyo@machida-kanko-bus.example.jp>"],
 subject="遠足の件（4/18）",
 text="""町田観光バス 営業所 御中

いつもお世話になっております。みどりの森幼稚園の大川です。
4月18日の春の遠足について、資料を添付いたします。
ご確認のほど、よろしくお願いいたします。

""" + S_OKAWA,
 attachments=[{"filename":"ensoku_0418_1gousha.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[1号車]
組\t園児氏名\t生年月日\t保護者\t緊急連絡先
ひまわり\t村上 陽向\t2018/09/03\t村上 恵\t090-2281-6643
ひまわり\t堀 さくら\t2018/12/11\t堀 大輔\t080-7716-2209
ひまわり\t島田 蓮\t2019/01/27\t島田 夏美\t070-3345-8812
ひまわり\t矢野 結衣\t2018/06/14\t矢野 健\t090-8890-1176
ひまわり\t栗原 湊\t2018/10/30\t栗原 真由\t080-4452-3398
"""}],
 personal=[{"type":"name","value":"堀 さくら"},{"type":"birthdate","value":"2018/12/11"},{"type":"phone","value":"080-7716-2209"}]),

dict(expect="hold", kind="sensitive.infection_third_person", loc="body",
 why="Reply to a parent names another child as infected with norovirus.",
 **{"from": MIYAUCHI}, to=["島田 夏美 <natsumi.shimada@gmail.com>"],
 subject="Re: 蓮の嘔吐について",
 text="""島田 様

ご連絡ありがとうございます。蓮くん、その後いかがでしょうか。

実は同じひまわり組の矢野 結衣ちゃんが、先週金曜に病院でノロウイルスと診断されています。
もしかすると、その影響があるかもしれません。念のため、かかりつけ医を受診される際にお伝えください。

園では保育室とおもちゃの消毒を行っております。
登園の際は、医師の登園許可をいただいてからでお願いいたします。

宮内

> 宮内先生
> 昨夜から蓮が何度も吐いていて、今日はお休みします。
> 島田

""" + S_MIYAUCHI,
 personal=[{"type":"name","value":"矢野 結衣"},{"type":"infection","value":"ノロウイルスと診断"}]),

dict(expect="hold", kind="attachment.encrypted_zip", loc="encrypted_zip",
 why="Password-protected zip attached (PPAP) to the city office.",
 **{"from": OKAWA}, to=["町田市 子ども生活部 保育・幼稚園課 <youchien@city-machida.example.lg.jp>"],
 subject="施設等利用給付 請求書類（3月分）の提出",
 text="""町田市 保育・幼稚園課 ご担当者様

いつもお世話になっております。みどりの森幼稚園の大川です。
3月分の施設等利用給付の請求書類一式をお送りいたします。
ファイルはパスワード付き zip です。パスワードは後ほど別メールでお送りいたします。

""" + S_OKAWA,
 attachments=[{"filename":"riyoukyufu_202503.zip","contentType":"application/zip","encrypted":True}],
 personal=[]),

dict(expect="hold", kind="recipients.over10", loc="recipients",
 why="Eleven parents' private addresses are visible to each other in To.",
 **{"from": MIYAUCHI},
 to=["natsumi.shimada@gmail.com","megumi.murakami@yahoo.co.jp","d.hori1985@gmail.com","ken.yano@docomo.ne.jp","mayu-kurihara@ezweb.ne.jp","tomomi.aso@icloud.com","r.nishimura0412@gmail.com","kana.fujita@outlook.jp","hiroshi-ota@nifty.com","saki.mori.m@softbank.ne.jp","y.kimura2016@gmail.com"],
 subject="【ひまわり組】お別れ会の係のお願い",
 text="""ひまわり組 保護者会 係の皆さま

いつも園の活動にご協力いただき、ありがとうございます。担任の宮内です。
3月19日（水）のお別れ会について、係の分担をお知らせします。

・会場準備（9:00集合）：島田さん、村上さん、堀さん
・写真撮影：矢野さん、栗原さん
・お花・記念品：麻生さん、西村さん、藤田さん
・片付け：太田さん、森さん、木村さん

ご都合が悪い方は、3月14日までにご連絡ください。

""" + S_MIYAUCHI, personal=[]),

dict(expect="hold", kind="id.health_insurance", loc="body",
 why="A child's health-insurance card number is sent to the accident insurer.",
 **{"from": OKAWA}, to=["あおば損害保険 町田支社 事故受付 <jiko-machida@aoba-sonpo.example.jp>"],
 subject="園児傷害保険 事故報告（3/7 園庭での転倒）",
 text="""あおば損害保険 町田支社
事故受付ご担当者様

お世話になっております。みどりの森幼稚園の大川です。
園児傷害保険の事故報告をいたします。

証券番号：AS-4410-228871（団体）
被保険者：さくら組　栗原 湊（くりはら みなと）ちゃん
事故日時：2025年3月7日 10:20頃　園庭の築山から転倒
けが：右前腕の打撲（町田こどもクリニック受診）
健康保険証：記号 0611 番号 2284913（被扶養者）

診療明細は保護者から後日郵送されます。

""" + S_OKAWA,
 personal=[{"type":"name","value":"栗原 湊"},{"type":"health_insurance","value":"記号 0611 番号 2284913"}]),

dict(expect="hold", kind="sensitive.health", loc="quoted",
 why="The quoted parent message gives a named child's egg allergy and anaphylaxis history to the caterer.",
 **{"from": OKAWA}, to=["給食のあおぞらフーズ 栄養士 竹内様 <takeuchi@aozora-foods.example.jp>"],
 subject="Re: Fw: 除去食のお願い",
 text="""竹内様

お世話になっております。大川です。
下記の件、4月から除去食の対応をお願いできますでしょうか。
献立表の確認は園の看護師も行います。

--- 以下、保護者からのメール ---
> みどりの森幼稚園 大川様
>
> 4月から年少組に入園する 麻生 心春（あそう こはる）の母です。
> 心春は卵と乳のアレルギーで、昨年 ゆで卵を食べてアナフィラキシーを起こし救急搬送されました。
> エピペンを処方されています。主治医の指示書は入園時に提出します。
> 給食の除去をお願いできますでしょうか。
> 麻生 智美

""" + S_OKAWA,
 personal=[{"type":"name","value":"麻生 心春"},{"type":"diagnosis","value":"アナフィラキシーを起こし救急搬送"}]),

dict(expect="hold", kind="sensitive.health", loc="subject",
 why="The subject line names a child together with epilepsy seizures.",
 **{"from": MIYAUCHI}, to=["ケアナース派遣 町田事業所 <machida@carenurse-haken.example.jp>"],
 subject="【至急】ひまわり組 堀さくらちゃん てんかん発作時の対応手順について",
 text="""ケアナース派遣 町田事業所
ご担当者様

いつもお世話になっております。みどりの森幼稚園の宮内です。
4月から来ていただく看護師さんに、事前に添付の対応手順書をご確認いただきたく、お送りします。
初日の朝 8:30 に、職員室で打ち合わせをさせてください。

""" + S_MIYAUCHI,
 attachments=[{"filename":"hossa_taiou_tejun.pdf","contentType":"application/pdf","text":"発作時の対応手順\n1. 時刻を確認し、周囲の危険物を除く\n2. 横向きに寝かせ、口に物を入れない\n3. 5分以上続く場合は坐薬を使用し119番\n4. 保護者へ連絡\n"}],
 personal=[{"type":"name","value":"堀さくら"},{"type":"diagnosis","value":"てんかん発作"}]),

dict(expect="hold", kind="id.bank_account", loc="body",
 why="A newly hired teacher's personal bank account for payroll is sent to the outside payroll service.",
 **{"from": OKAWA}, to=["きずな給与計算センター <support@kizuna-payroll.example.jp>"],
 subject="新規採用職員の登録（4月1日付）",
 text="""きずな給与計算センター ご担当者様

お世話になっております。みどりの森幼稚園 事務長の大川です。
4月1日付採用の職員について、給与計算システムへの登録をお願いいたします。

氏名：早川 美月（はやかわ みづき）
職種：教諭（常勤）
基本給：218,000円
通勤手当：9,800円（小田急線 鶴川－町田）
給与振込口座：きらぼし銀行 町田支店 普通 3307641　ハヤカワ ミヅキ

社会保険の資格取得届は社労士事務所から提出いたします。

""" + S_OKAWA,
 personal=[{"type":"name","value":"早川 美月"},{"type":"bank_account","value":"普通 3307641"}]),

# ---------------- passes ----------------
dict(expect="pass", kind="benign.infection_aggregate", loc="",
 why="Infection-control notice with counts only; no child is named.",
 **{"from": SAEKI}, to=["園医 片山こどもクリニック 片山先生 <katayama@katayama-kodomo.example.jp>"],
 subject="インフルエンザ罹患状況と学級閉鎖のご相談",
 text="""片山先生

いつも大変お世話になっております。みどりの森幼稚園の佐伯です。
本日時点の園内の罹患状況をご報告します。

・さくら組（年中 26名）：インフルエンザA型 6名、発熱欠席 4名
・ひまわり組（年長 28名）：1名
・たんぽぽ組（年少 22名）：0名

さくら組は 3月12日～14日の 3日間、学級閉鎖を予定しております。
この判断でよろしいか、ご意見をいただけますと幸いです。
保護者向けのお知らせ（案）は明日お送りいたします。

""" + S_SAEKI),

dict(expect="pass", kind="benign.vaccination_schedule", loc="",
 why="General vaccination and health-check schedule for parents' newsletter; no individual data.",
 **{"from": MIYAUCHI}, to=["町田市 保健所 保健予防課 <yobou@city-machida.example.lg.jp>"],
 subject="園だよりへの掲載内容の確認（予防接種・健診）",
 text="""町田市保健所 保健予防課 ご担当者様

お世話になっております。みどりの森幼稚園の宮内です。
4月号の園だよりに、下記の内容を掲載したいと考えております。内容に誤りがないか、ご確認いただけますでしょうか。

・MR（麻しん風しん）2期：年長児が対象。2025年4月1日～2026年3月31日
・日本脳炎 1期追加：4～5歳
・4月23日（水）園内 内科健診・歯科健診（全園児）
・感染症にかかった場合の登園基準：学校保健安全法に準じます

よろしくお願いいたします。

""" + S_MIYAUCHI),

dict(expect="pass", kind="benign.own_child_registration", loc="",
 why="Confirmation of extended-care registration sent to the child's own parent.",
 **{"from": OKAWA}, to=["栗原 真由 <mayu-kurihara@ezweb.ne.jp>"],
 subject="預かり保育（春休み）お申し込みの受付について",
 text="""栗原 真由 様

いつもお世話になっております。みどりの森幼稚園 事務の大川です。
春休みの預かり保育のお申し込みを受け付けました。

園児名：栗原 湊 ちゃん（さくら組）
利用日：3月24日（月）～28日（金）、4月1日（火）～4日（金）
時間：8:30～17:00
利用料：1日 1,200円 × 9日 = 10,800円（4月分の保育料と合わせて引き落とします）

お弁当と水筒をお持たせください。
ご不明な点がありましたら、事務室までお問い合わせください。

""" + S_OKAWA),

dict(expect="pass", kind="benign.religious_corp_venue", loc="",
 why="A 宗教法人 (temple) is a venue counterpart; no individual's religion is disclosed.",
 **{"from": SAEKI}, to=["宗教法人 浄光寺 寺務所 <jimusho@jokoji-machida.example.jp>"],
 subject="花まつり行事の会場お借りについて",
 text="""宗教法人 浄光寺
寺務所 御中

平素より大変お世話になっております。みどりの森幼稚園 園長の佐伯でございます。
例年どおり、4月8日（火）の花まつりの際に、本堂前のお庭をお借りできればと存じます。

・時間：10:00～11:00
・人数：園児 76名、教職員 12名
・内容：甘茶かけ、紙芝居

ご住職様にもどうぞよろしくお伝えくださいませ。

""" + S_SAEKI),

dict(expect="pass", kind="benign.plain_zip", loc="",
 why="Unencrypted zip of building drawings sent to the contractor.",
 **{"from": OKAWA}, to=["町田工務店 設計部 <sekkei@machida-koumuten.example.jp>"],
 subject="園舎トイレ改修 図面データ",
 text="""町田工務店 設計部 ご担当者様

お世話になっております。大川です。
年少棟トイレ改修の既存図面を zip でお送りします（パスワードなし）。
夏休み（7/22～8/22）中の工事でお見積もりをお願いいたします。

""" + S_OKAWA,
 attachments=[{"filename":"nenshoutou_toilet_zumen.zip","contentType":"application/zip","text":"nenshoutou_toilet_zumen/1F_heimen.pdf\nnenshoutou_toilet_zumen/haisui_keitou.dwg"}]),

dict(expect="pass", kind="benign.successor_intro", loc="",
 why="Staff change notice to a supplier with business contact details only.",
 **{"from": SAEKI}, to=["ひかり教材 町田営業所 岡本様 <okamoto@hikari-kyozai.example.jp>"], cc=[MIYAUCHI],
 subject="担当者変更のお知らせ",
 text="""ひかり教材 町田営業所
岡本 様

いつも大変お世話になっております。みどりの森幼稚園の佐伯でございます。
4月より、教材のご注文・ご相談の窓口を、主任教諭の宮内 千尋に変更いたします。
これまで担当しておりました教諭の林は、3月末で退職いたします。

宮内：miyauchi@midorinomori-kg.jp / 042-722-5180

今後とも変わらぬお引き立てのほど、よろしくお願い申し上げます。

""" + S_SAEKI),

dict(expect="pass", kind="benign.invoice_corporate_account", loc="",
 why="Gives the school corporation's own bank account for a donation transfer; no private account.",
 **{"from": OKAWA}, to=["町田市立 中央図書館 こども室 <kodomo@library-machida.example.lg.jp>"],
 subject="絵本リサイクル市 売上金ご寄付のお振込先について",
 text="""町田市立中央図書館 こども室 ご担当者様

お世話になっております。みどりの森幼稚園の大川です。
先日の絵本リサイクル市では、当園の売上金の一部をご寄付いただくとのことで、ありがとうございます。
お振込先は下記の法人口座にお願いいたします。

  金融機関：きらぼし銀行 町田支店
  口座：当座 0058812
  名義：学校法人みどり学園（ガツコウホウジン ミドリガクエン）

領収書は園でご用意いたします。

""" + S_OKAWA),

dict(expect="pass", kind="benign.katakana_products", loc="",
 why="Picture-book order: katakana character names that look like children's names, plus ISBN/JAN codes.",
 **{"from": MIYAUCHI}, to=["まちだ書房 外商部 <gaisho@machida-shobo.example.jp>"],
 subject="4月の絵本・教材のご注文",
 text="""まちだ書房 外商部 御中

いつもありがとうございます。みどりの森幼稚園の宮内です。
4月分として、以下のご注文をお願いいたします。

| 書名                               | ISBN / JAN          | 冊数 |
|------------------------------------|---------------------|-----|
| ミナちゃんとケンタくんのおかいもの     | 978-4-8340-2219-6   | 3   |
| ハルトのはじめてのえんそく           | 978-4-03-331470-1   | 3   |
| おえかきクレヨン12色（サクラ）        | 4901881102211       | 30  |
| ユイちゃんのあさがおかんさつ         | 978-4-05-204881-3   | 2   |

納品は 4月7日（月）午前中にお願いいたします。

""" + S_MIYAUCHI),

dict(expect="pass", kind="benign.public_figure", loc="",
 why="Invites a published picture-book author (public figure) to a reading event.",
 **{"from": SAEKI}, to=["ふたば出版 編集部 中島様 <nakajima@futaba-shuppan.example.jp>"],
 subject="絵本作家 いしだ まゆみ先生 読み聞かせ会のお願い",
 text="""ふたば出版 編集部
中島 様

初めてご連絡いたします。町田市のみどりの森幼稚園 園長の佐伯と申します。
貴社から刊行されている『ねこのタマとおつきさま』の作者、いしだ まゆみ先生に、
当園の創立50周年記念行事で読み聞かせをお願いできないかと考えております。

・候補日：2025年10月4日（土）または 10月11日（土）
・対象：園児と保護者 約180名
・謝礼：規定によりご相談させてください

先生へのお取り次ぎをお願いできますでしょうか。

""" + S_SAEKI),
]
