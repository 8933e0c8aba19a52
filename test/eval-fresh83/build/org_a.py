"""(A) 株式会社ほしぞらキッズ — 民間学童保育「アフタースクールほしぞら」（桜台教室・みなみ野教室）"""
from common import M, att, enc_zip, make_mynumber, corp_number, quote

ORG = "A"
DOM = "hoshizora-kids.example.jp"

MORITA = "森田 葉子 <y.morita@hoshizora-kids.example.jp>"
KISHIMOTO = "岸本 大輔 <d.kishimoto@hoshizora-kids.example.jp>"
SAEKI = "佐伯 里奈 <minamino@hoshizora-kids.example.jp>"

SIG_MORITA = """
――――――――――――――――――――――
アフタースクールほしぞら 桜台教室
室長　森田 葉子（もりた ようこ）
〒176-0000 東京都練馬区桜台2-0-8 桜台メゾン1F
TEL 03-0000-4821 ／ FAX 03-0000-4822
開室時間　平日 11:00〜19:30（学校休業日 8:00〜19:30）
https://www.hoshizora-kids.example.jp/sakuradai/
――――――――――――――――――――――
"""

SIG_KISHIMOTO = """
--
株式会社ほしぞらキッズ
運営本部 総務経理グループ
岸本 大輔　Daisuke Kishimoto
〒150-0000 東京都渋谷区神南1-0-5 神南ビル4F
TEL 03-0000-7710（代表）／ 03-0000-7715（直通）
Mail d.kishimoto@hoshizora-kids.example.jp
----------------------------------------------------------------
本メールおよび添付ファイルには、機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、
本メールを削除してくださいますようお願いいたします。
----------------------------------------------------------------
"""

SIG_SAEKI = """
アフタースクールほしぞら みなみ野教室
指導員リーダー　佐伯（さえき）
TEL 03-0000-5530（教室）
"""

# staff numbers (check digits computed, not typed)
MN_HIRANO = make_mynumber("38215590472")
MN_MIYAMOTO = make_mynumber("51046728390")
HOUJIN = corp_number("011101094117")


def mails():
    out = []

    def add(*a, **k):
        out.append(M(ORG, *a, **k))

    # ------------------------------------------------------------ holds: body
    add("morita", "body", "hold", "sensitive.child_diagnosis",
        "A named child's ADHD diagnosis and medication are sent to the school, outside the company, which is 要配慮個人情報 even with the parent's wish.",
        MORITA, ["上田 恭子 <k.ueda@sakuradai2.school.example.lg.jp>"],
        "3年2組 中島くんの放課後の様子について",
        f"""
上田先生

いつもお世話になっております。アフタースクールほしぞら桜台教室の森田です。
先日の連絡会ではありがとうございました。

3年2組の中島 蓮くんについて、お母様から「学校とも情報をそろえてほしい」との
ご希望をいただきましたので、学童側で把握していることをお伝えいたします。

・6月に練馬こども発達クリニックで注意欠如・多動症（ADHD）と診断されたとのことです。
・7月から朝にコンサータ18mgを服用しており、学童に来る夕方の時間帯は効果が切れてくるようで、
　16時半以降に離席やお友だちとのトラブルが増えます。
・宿題の時間は、パーテーションで区切った席にすると20分程度は集中できています。

学校では午後の授業中の様子はいかがでしょうか。
声かけの仕方など、学校と学童でそろえられるところがあれば合わせたいと思っております。
お忙しいところ恐縮ですが、ご都合のよい時にお電話でも構いませんのでお聞かせください。
{SIG_MORITA}""",
        personal=[("child_name", "中島 蓮"), ("diagnosis", "注意欠如・多動症（ADHD）"),
                  ("medication", "コンサータ18mg")])

    add("kishimoto", "body", "hold", "id.mynumber_new_staff",
        "Two new staff members' マイナンバー, birth dates and home addresses are written in the body of a mail to the outside 社労士 office.",
        KISHIMOTO, ["本田 様 <honda@sakuradori-sr.example.jp>"],
        "8月入社2名の資格取得届の件",
        f"""
さくら通り社会保険労務士事務所
本田様

いつも大変お世話になっております。ほしぞらキッズの岸本です。
8月1日付で入社した指導員2名について、健康保険・厚生年金の資格取得届と
雇用保険の資格取得届の作成をお願いいたします。
雇用契約書の写しは本日レターパックで発送しました。必要事項は以下のとおりです。

■1人目
氏名：平野 拓海（ひらの たくみ）
生年月日：1998年4月17日
住所：東京都練馬区豊玉北5-0-12 コーポ豊玉203
個人番号：{MN_HIRANO}
配属：桜台教室　月給 228,000円

■2人目
氏名：宮本 愛（みやもと あい）
生年月日：2001年11月2日
住所：東京都中野区江古田3-0-8
個人番号：{MN_MIYAMOTO}
配属：みなみ野教室　月給 221,000円

宮本さんは前職で雇用保険に加入していたとのことで、被保険者証は後日本人から受け取る予定です。
不足があればご連絡ください。
{SIG_KISHIMOTO}""",
        personal=[("name", "平野 拓海"), ("mynumber", MN_HIRANO), ("birthdate", "1998年4月17日"),
                  ("name", "宮本 愛"), ("mynumber", MN_MIYAMOTO), ("address", "東京都中野区江古田3-0-8")])

    add("kishimoto", "body", "hold", "sensitive.child_injury_claim",
        "An accident report to the insurance agency names a 7-year-old, her birth date, her fracture diagnosis and her mother's mobile number.",
        KISHIMOTO, ["吉岡 様 <yoshioka@lifeguard-hoken.example.co.jp>"],
        "【事故報告】桜台教室 児童のけが（施設賠償・利用者傷害）",
        f"""
株式会社ライフガード保険サービス
吉岡様

お世話になっております。ほしぞらキッズ運営本部の岸本です。
昨日お電話でお伝えした件、事故報告の内容を以下にまとめました。
保険会社へのご連絡をお願いいたします。

証券番号：GA-2025-004417（施設賠償責任保険／利用者傷害保険）
発生日時：2025年7月9日（水）16時20分頃
発生場所：桜台第二小学校 校庭（学童の外遊び時間）
被害児童：小林 ひなた（2年生・7歳　2018年2月23日生）
保護者　：小林 真由美 様　携帯 090-0000-3862
状況　　：雲梯から手を滑らせて落下し、右手をついた。指導員2名が見守り中。
受診　　：同日 練馬北整形外科を受診、「右橈骨遠位端骨折」の診断。ギプス固定、全治約4週間の見込み。
今後　　：週1回通院予定。保護者様には治療費は保険で対応する旨お伝え済みです。

診断書は保護者様から受け取り次第PDFでお送りします。
よろしくお願いいたします。
{SIG_KISHIMOTO}""",
        personal=[("child_name", "小林 ひなた"), ("birthdate", "2018年2月23日"),
                  ("diagnosis", "右橈骨遠位端骨折"), ("phone", "090-0000-3862")])

    # ------------------------------------------------------ holds: attachment
    roster = """
No,氏名,ふりがな,学年,生年月日,保護者氏名,緊急連絡先,アレルギー・配慮事項
1,青木 そら,あおき そら,1,2018/05/14,青木 恵,090-0000-1187,なし
2,石井 湊斗,いしい みなと,1,2018/09/02,石井 大樹,080-0000-2245,車酔いしやすい（前方席）
3,上野 心春,うえの こはる,1,2019/01/20,上野 彩,090-0000-7712,卵
4,岡本 大翔,おかもと ひろと,2,2017/06/11,岡本 由紀,070-0000-3309,なし
5,川村 結衣,かわむら ゆい,2,2017/12/25,川村 千秋,090-0000-5521,小麦
6,北川 陸,きたがわ りく,2,2017/08/08,北川 亮,080-0000-6613,なし
7,小山 芽依,こやま めい,3,2016/04/30,小山 直子,090-0000-0458,ぜんそく（吸入薬持参）
8,佐藤 蒼空,さとう そら,3,2016/10/19,佐藤 智美,080-0000-9176,なし
9,杉本 花音,すぎもと かのん,3,2016/07/03,杉本 恵理,090-0000-8840,なし
10,田村 颯,たむら はやて,4,2015/11/27,田村 裕子,070-0000-1123,えび・かに
11,西田 凛,にしだ りん,4,2015/05/16,西田 敦子,090-0000-4437,なし
12,古川 悠人,ふるかわ ゆうと,5,2014/09/09,古川 聡,080-0000-7785,車酔いしやすい（前方席）
13,松下 陽菜,まつした ひな,5,2014/06/22,松下 美和,090-0000-3358,なし
"""
    add("saeki", "attachment", "hold", "list.children_roster",
        "The attached boarding list gives 13 children's names with birth dates, parents' names, mobile numbers and allergies, sent to the bus company.",
        SAEKI, ["ひまわり観光バス 配車係 <haisha@himawari-bus.example.co.jp>"],
        "8/20 遠足 乗車名簿の送付（アフタースクールほしぞら みなみ野教室）",
        f"""
ひまわり観光バス
配車ご担当 様

お世話になっております。アフタースクールほしぞら みなみ野教室の佐伯です。
8/20（水）の貸切バス（昭和記念公園往復）の件、ご依頼いただいていた乗車名簿を添付でお送りします。
当日の集合は8:30、みなみ野教室前です。引率は私を含めて4名です。
乗車人数に変更があれば前日までにご連絡いたします。
よろしくお願いいたします。
{SIG_SAEKI}""",
        attachments=[att("乗車名簿_0820.xlsx", roster)],
        personal=[("child_name", "上野 心春"), ("birthdate", "2019/01/20"), ("phone", "090-0000-7712"),
                  ("child_name", "小山 芽依"), ("health", "ぜんそく（吸入薬持参）"), ("phone", "090-0000-0458")])

    intake = """
入室時面談記録（アフタースクールほしぞら 桜台教室）
記入日：2025年3月28日　記入者：森田

児童氏名：遠藤 陽翔（えんどう はると）　男　2017年9月30日生
在籍校　：桜台第二小学校 2年1組
住所　　：東京都練馬区桜台4-0-21 グランシャリオ桜台305
保護者　：遠藤 沙織（母）　携帯 080-0000-6641
　　　　　勤務先 株式会社ミナトデータ（平日9:30〜18:00）
家族構成：母、本人、妹（4歳・保育園）。父とは2023年に離婚。ひとり親家庭等医療費助成を受給中。

発達の状況：2022年に自閉スペクトラム症の診断。療育手帳（愛の手帳）4度を所持。
　　　　　　大きな音が苦手で、イヤーマフを使用。
服薬　　　：なし
アレルギー：そば（アナフィラキシー歴あり、エピペン所持）
配慮事項　：予定の変更は前日までに絵カードで伝える。パニック時は静かな部屋（相談室）へ誘導する。
保護者の希望：友だちとの関わり方を少しずつ練習させたい。
"""
    add("morita", "attachment", "hold", "sensitive.intake_record",
        "The attached intake record gives a named child's autism diagnosis, disability handbook, anaphylaxis, family situation and address to another provider.",
        MORITA, ["宇野 様 <uno@komorebi-day.example.jp>"],
        "併用利用の件　面談記録の共有",
        f"""
放課後等デイサービス こもれび
宇野様

お世話になっております。アフタースクールほしぞら桜台教室の森田です。
先日はお電話でありがとうございました。

9月からの併用利用にあたり、当教室での入室時面談の記録をお送りします。
曜日ごとの送迎の引き継ぎ方法について、一度打合せのお時間をいただけますと幸いです。
来週でしたら火・木の午前中が空いております。
{SIG_MORITA}""",
        attachments=[att("面談記録_桜台教室.pdf", intake)],
        personal=[("child_name", "遠藤 陽翔"), ("birthdate", "2017年9月30日"),
                  ("diagnosis", "自閉スペクトラム症"), ("disability", "療育手帳（愛の手帳）4度"),
                  ("address", "東京都練馬区桜台4-0-21 グランシャリオ桜台305"), ("phone", "080-0000-6641")])

    # ---------------------------------------------------------- holds: quoted
    fwd_dv = """
森田先生
いつもお世話になっております。1年の大西 結菜の母です。
急なお願いで申し訳ありません。
元夫の大西 健二とは現在離婚調停中で、DVのため先月、地方裁判所から保護命令が出ています。
元夫が学童に迎えに来たり、結菜の様子を聞きに来たりしても、絶対に引き渡さず、何も教えないでください。
今は区の支援を受けて住所を秘匿しています。新しい住所は学校と学童にだけお伝えしています。
お迎えは私か祖母（大西 節子）のみです。
何かあれば携帯 090-0000-2290 にご連絡ください。
よろしくお願いいたします。
"""
    add("morita", "quoted", "hold", "sensitive.dv_victim_forward",
        "The forwarded parent's mail names a DV victim, her child, the ex-husband and the court protection order; the cover note itself is harmless.",
        MORITA, ["斉藤 副校長 <saito@sakuradai2.school.example.lg.jp>"],
        "Fw: お迎えについてのお願い",
        f"""
斉藤副校長先生

いつもお世話になっております。ほしぞら桜台教室の森田です。
保護者様から下記のご連絡があり、学校様とも対応をそろえてほしいとのことでしたので転送いたします。
お迎えに来られる方の確認方法について、近いうちにご相談させてください。
{SIG_MORITA}
-------- Forwarded Message --------
件名: お迎えについてのお願い
日付: 2025年6月12日 21:48
差出人: 大西 由香 <yuka.onishi.0712@gmail.com>
宛先: sakuradai@hoshizora-kids.example.jp
{fwd_dv}""",
        personal=[("child_name", "大西 結菜"), ("crime_victim", "保護命令"), ("name", "大西 健二"),
                  ("phone", "090-0000-2290"), ("email", "yuka.onishi.0712@gmail.com")])

    fwd_ins = """
岸本さん
お疲れさまです。みなみ野の佐伯です。
夫の扶養から子どもを外して私の扶養に入れる件、聞かれていた番号です。

私の保険証：記号 6130021　番号 48
基礎年金番号：1234-560781
子：佐伯 湊（さえき みなと）2020年1月8日生
夫の勤務先：株式会社東和メディカル（夫の保険証の子の分は返却済みです）

よろしくお願いします。
"""
    add("kishimoto", "quoted", "hold", "id.insurance_pension_forward",
        "A colleague's health-insurance symbol/number, basic pension number and her child's birth date are in the forwarded part sent to the 社労士.",
        KISHIMOTO, ["本田 様 <honda@sakuradori-sr.example.jp>"],
        "Re: 被扶養者異動届の件",
        f"""
本田様

お世話になっております。岸本です。
先週ご依頼いただいた不足分、本人から回答がありましたので下記のとおり転送します。
お手数ですが手続きをお願いいたします。
{SIG_KISHIMOTO}
----- 転送メッセージ -----
From: 佐伯 里奈 <minamino@hoshizora-kids.example.jp>
To: 岸本 大輔 <d.kishimoto@hoshizora-kids.example.jp>
Sent: 2025/07/22 18:05
Subject: 被扶養者追加の件
{fwd_ins}""",
        personal=[("health_insurance", "記号 6130021　番号 48"), ("pension_number", "1234-560781"),
                  ("name", "佐伯 湊"), ("birthdate", "2020年1月8日")])

    # --------------------------------------------------------- holds: subject
    add("saeki", "subject", "hold", "sensitive.subject_epilepsy",
        "The subject line names a second-grader and his epilepsy to an outside lecturer; the body is only logistics.",
        SAEKI, ["三浦 様 <miura@sciencelab-mirai.example.jp>"],
        "【8/6科学教室】2年 松田 悠真くん てんかん発作時の対応について",
        f"""
三浦先生

お世話になっております。みなみ野教室の佐伯です。
標記の件、当日の流れは先日お伝えしたとおりで変更ありません。
何かあった場合は当教室のスタッフが対応しますので、先生は実験の進行をお願いいたします。
当日は10時に教室でお待ちしております。
{SIG_SAEKI}""",
        personal=[("child_name", "松田 悠真"), ("diagnosis", "てんかん")])

    # ------------------------------------------------------------- holds: zip
    add("kishimoto", "zip", "hold", "attachment.encrypted_zip",
        "A password-protected zip (PPAP) of year-end adjustment papers is sent to the 社労士; its contents cannot be checked.",
        KISHIMOTO, ["本田 様 <honda@sakuradori-sr.example.jp>"],
        "年末調整関係書類（桜台・みなみ野 職員分）",
        f"""
本田様

お世話になっております。岸本です。
年末調整の書類（扶養控除等申告書、保険料控除申告書）の職員分をまとめて送付いたします。
パスワードは別のメールでお送りします。
紙の原本は12/10までに郵送いたします。
{SIG_KISHIMOTO}""",
        attachments=[enc_zip("年末調整_2024_職員分.zip")])

    # ------------------------------------------------------ holds: recipients
    parents = [
        "青木 恵 <megumi.aoki.55@gmail.com>",
        "石井 大樹 <hiroki-ishii@yahoo.co.jp>",
        "上野 彩 <aya.ueno0301@outlook.com>",
        "岡本 由紀 <yuki_okamoto@gmail.com>",
        "川村 千秋 <chiaki.kawamura@minato-data.example.co.jp>",
        "北川 亮 <ryo.kitagawa.77@gmail.com>",
        "小山 直子 <naoko-koyama@yahoo.co.jp>",
        "佐藤 智美 <satomi.sato.k@gmail.com>",
        "杉本 恵理 <eri.sugimoto@outlook.com>",
        "田村 裕子 <yuko.tamura@kanda-sogo.example.co.jp>",
        "西田 敦子 <atsuko.nishida22@gmail.com>",
        "古川 聡 <s-furukawa@yahoo.co.jp>",
        "松下 美和 <miwa.matsushita@gmail.com>",
    ]
    add("morita", "recipients", "hold", "recipients.parents_visible",
        "Thirteen parents' private and work addresses are visible to each other in To; the notice should have gone by BCC.",
        MORITA, parents,
        "【桜台教室】台風接近に伴う本日の閉室時間について",
        f"""
保護者の皆さま

いつもアフタースクールほしぞらをご利用いただきありがとうございます。
台風10号の接近に伴い、本日は18:00で閉室とさせていただきます。
17:30以降は雨風が強まる予報のため、お迎えはできるだけ早めにお願いいたします。

・お迎えが18:00に間に合わない場合は、教室までお電話ください（03-0000-4821）
・お子さまだけでの帰宅は本日はご遠慮いただいております
・明日の開室については、本日21時までにこのメールでお知らせします

ご不便をおかけしますが、ご理解とご協力をお願いいたします。
{SIG_MORITA}""")

    # ------------------------------------------------------------------ passes
    add("saeki", "none", "pass", "benign.guardian_own_child_injury",
        "A minor-injury report about a child goes only to that child's own mother, the person entitled to it.",
        SAEKI, ["石川 千尋 <chihiro.ishikawa88@yahoo.co.jp>"],
        "本日のおけがのご報告（蒼くん）",
        f"""
石川 様

いつもお世話になっております。みなみ野教室の佐伯です。
お迎えの際にもお伝えしましたが、念のためメールでもご報告いたします。

本日15時45分ごろ、園庭で鬼ごっこをしていた際に蒼くんが転んで、左ひざを擦りむきました。
すぐに水で洗い流し、絆創膏を貼っています。頭は打っておらず、その後も元気に遊んでいました。
入浴の際に少ししみるかもしれません。ご家庭でも様子を見ていただき、
赤く腫れるなど気になることがあれば教室までご連絡ください。

見守りが行き届かず申し訳ありませんでした。
今後ともよろしくお願いいたします。
{SIG_SAEKI}""")

    add("morita", "none", "pass", "benign.newsletter_infection_aggregate",
        "A notice to parents sent by BCC mentions influenza cases only as a count, with no child named.",
        MORITA, ["アフタースクールほしぞら 桜台教室 <sakuradai@hoshizora-kids.example.jp>"],
        "【桜台教室】インフルエンザの流行について（お願い）",
        f"""
保護者の皆さま

いつもご理解とご協力をいただきありがとうございます。
現在、教室内でインフルエンザの感染が確認された児童が複数名おり、
桜台第二小学校でも2年生の1クラスが学級閉鎖となっています。

教室では次の対策を行っています。
・来室時の検温と手洗い・うがいの徹底
・おやつの時間は向かい合わせにならない配置に変更
・ドアノブ、手すり、おもちゃの消毒を1日2回実施
・1時間に1回の換気

ご家庭でのお願い
・朝の検温をお願いします。37.5℃以上の場合はお休みください。
・インフルエンザと診断された場合は、出席停止期間（発症後5日かつ解熱後2日）を目安に、
　登室の再開前に教室までお知らせください。診断名を書面でいただく必要はありません。

ご不明な点は、お迎えの際にスタッフまでお声がけください。
{SIG_MORITA}""",
        bcc=["青木 恵 <megumi.aoki.55@gmail.com>", "石井 大樹 <hiroki-ishii@yahoo.co.jp>",
             "上野 彩 <aya.ueno0301@outlook.com>", "北川 亮 <ryo.kitagawa.77@gmail.com>",
             "佐藤 智美 <satomi.sato.k@gmail.com>", "西田 敦子 <atsuko.nishida22@gmail.com>",
             "松下 美和 <miwa.matsushita@gmail.com>"])

    invoice = f"""
請求書
練馬区長 殿
請求日：2025年8月5日

件名：民間学童クラブ運営費補助金（2025年7月分）
請求額：金 1,842,000 円

内訳
 基本分（桜台教室　登録児童 38名）  1,260,000円
 障害児受入加算（1名分）            　 312,000円
 開所時間延長加算                   　 270,000円

振込先：みずなら銀行 桜台支店 普通 0241187
口座名義：カ）ホシゾラキッズ

株式会社ほしぞらキッズ
代表取締役 星野 和彦
法人番号 {HOUJIN}
東京都渋谷区神南1-0-5 神南ビル4F
"""
    add("kishimoto", "none", "pass", "benign.subsidy_invoice_corporate",
        "A subsidy invoice to the ward office carries the company's own bank account and 法人番号; 障害児受入加算 is a count, not a named child.",
        KISHIMOTO, ["練馬区 子育て支援課 学童クラブ係 <gakudo@kosodate.city-nerima.example.lg.jp>"],
        "民間学童クラブ運営費補助金 7月分請求書の送付について",
        f"""
練馬区 子ども家庭部 子育て支援課
学童クラブ係 ご担当者様

いつもお世話になっております。株式会社ほしぞらキッズの岸本でございます。
民間学童クラブ運営費補助金（2025年7月分）の請求書をPDFにてお送りいたします。
原本は本日付で郵送いたしました。
実績報告書（登録児童数・開所日数）は先週提出済みのものから変更ございません。

ご査収のほど、よろしくお願い申し上げます。
{SIG_KISHIMOTO}""",
        attachments=[att("請求書_2025年7月分_桜台教室.pdf", invoice)])

    add("saeki", "none", "pass", "benign.lecturer_reply_chain",
        "A reply chain with an outside science lecturer about materials and fees; only staff names and business signatures appear.",
        SAEKI, ["三浦 様 <miura@sciencelab-mirai.example.jp>"],
        "Re: Re: 8/6 科学教室（スライムと空気砲）の準備物について",
        f"""
三浦先生

お返事ありがとうございます。
液体のり30本と紙コップはこちらで用意します。ホウ砂水は先生にお持ちいただけるとのこと、助かります。
参加は1〜3年生の24名で確定しました（当初より2名増えています）。
材料費の追加分はご請求書に含めていただければ大丈夫です。

{SIG_SAEKI}
2025年7月24日(木) 13:02 三浦 健太郎 <miura@sciencelab-mirai.example.jp>:
{quote('''
佐伯様

お世話になっております。サイエンスラボ・ミライの三浦です。
準備物の件、以下でいかがでしょうか。

【こちらで用意】ホウ砂水、食紅、空気砲用の段ボール（大）×4、スモークマシン
【教室でご用意】液体のり（PVA）30本、紙コップ30個、割りばし、新聞紙、ゴミ袋

費用は講師料 33,000円（税込）＋材料費 1人あたり 300円 で変わりありません。
当日は9:30に伺います。

━━━━━━━━━━━━━━━━━━━━━━━━
サイエンスラボ・ミライ
講師　三浦 健太郎（Kentaro Miura）
〒192-0000 東京都八王子市みなみ野1-0-3
TEL 042-0000-1188　携帯 090-0000-4471
https://sciencelab-mirai.example.jp/
━━━━━━━━━━━━━━━━━━━━━━━━
''')}""")

    add("kishimoto", "none", "pass", "benign.entry_system_outage",
        "A report of a 配信障害 in the attendance-notification system; IDs and hashes are log values, and no child or parent is named.",
        KISHIMOTO, ["キッズセーフ カスタマーサポート <support@kidssafe.example.jp>"],
        "入退室通知メールの配信障害について（お問い合わせ番号 KS-2025-08813）",
        f"""
キッズセーフ カスタマーサポート ご担当者様

いつもお世話になっております。株式会社ほしぞらキッズの岸本です。
昨日（8/18）16:10〜16:55ごろ、桜台教室で入退室通知メールの配信が遅延する障害が発生しました。
保護者の方から「お迎えの通知が来ない」とのお問い合わせが数件あり、確認したところ、
管理画面上はカードリーダーの打刻は記録されていますが、送信ステータスが「保留」のままでした。

端末情報
　教室コード：HS-SKD-01
　リーダー端末：KSR-300　シリアル 3A7F-22019
　ファームウェア：v4.12.3
　管理画面のエラー表示：ERR_QUEUE_TIMEOUT (job 9f3c2a1e7b4d)
　ログ出力のハッシュ：sha256 5d41402abc4b2a76b9719d911017c592e3b0c44298fc1c149afbf4c8996fb924

みなみ野教室（HS-MNM-02）では同時間帯の遅延はありませんでした。
原因と再発防止策についてご回答をお願いいたします。
また、同様の障害が起きた場合に教室側で気づけるよう、アラートの設定方法があれば教えてください。
{SIG_KISHIMOTO}""")

    add("morita", "none", "pass", "benign.successor_introduction",
        "A change-of-manager greeting to the school's principals; only staff names and a business signature appear.",
        MORITA, ["川島 校長 <kawashima@sakuradai2.school.example.lg.jp>"],
        "室長交代のご挨拶（アフタースクールほしぞら 桜台教室）",
        f"""
桜台第二小学校
校長 川島 正和 先生

平素より大変お世話になっております。アフタースクールほしぞら桜台教室の森田でございます。

私事で恐縮ですが、9月1日付で本部の研修担当へ異動することとなりました。
開室以来4年間、校庭や体育館の使用、避難訓練の合同実施など、
多大なるご協力をいただきましたこと、心より御礼申し上げます。

後任の室長は、現在みなみ野教室で副室長を務めております後藤 智子が着任いたします。
8月中は私と後藤の二人体制で引き継ぎを行いますので、
8月下旬に一度ご挨拶に伺えればと存じます。ご都合のよい日時をお知らせいただけますと幸いです。

今後とも変わらぬご指導を賜りますよう、よろしくお願い申し上げます。
{SIG_MORITA}""",
        cc=["副校長 斉藤 <saito@sakuradai2.school.example.lg.jp>", "後藤 智子 <t.goto@hoshizora-kids.example.jp>"])

    add("saeki", "none", "pass", "benign.bus_booking_numbers",
        "A bus booking confirmation with a reservation number, a vehicle registration and head counts only.",
        SAEKI, ["ひまわり観光バス 配車係 <haisha@himawari-bus.example.co.jp>"],
        "Re: 【ご予約確認】8/20 昭和記念公園 貸切バス（予約番号 HB-250820-031）",
        f"""
ひまわり観光バス 配車係 ご担当様

ご連絡ありがとうございます。内容確認しました。問題ございません。
人数は現時点で児童29名・引率4名です。乗車名簿は来週お送りします。

{SIG_SAEKI}
-----Original Message-----
From: ひまわり観光バス 配車係
Sent: Tuesday, July 29, 2025 10:14 AM
Subject: 【ご予約確認】8/20 昭和記念公園 貸切バス（予約番号 HB-250820-031）

{quote('''
アフタースクールほしぞら みなみ野教室 佐伯様

このたびはご用命ありがとうございます。以下の内容でご予約を承りました。

予約番号　：HB-250820-031
運行日　　：2025年8月20日（水）
行程　　　：みなみ野教室前 8:45発 → 国営昭和記念公園 西立川口 → 15:30 みなみ野教室前着
車両　　　：中型バス（正座席27席＋補助席8席）　多摩 200 か 15-07
乗務員　　：運転士 坂井（当日携帯 080-0000-3395）
料金　　　：88,000円（税込・高速代込）

請求書は運行後にお送りいたします。

ひまわり観光バス株式会社 営業部 配車係
〒192-0000 東京都八王子市石川町0-12
TEL 042-0000-6600　FAX 042-0000-6601
一般貸切旅客自動車運送事業 関自旅二第0000号
''')}""")

    add("kishimoto", "none", "pass", "benign.offer_holder_own_onboarding",
        "Onboarding instructions go to the new hire himself; it asks him to bring his My Number card but contains no number.",
        KISHIMOTO, ["村井 翔 <sho.murai.0415@gmail.com>"],
        "【ほしぞらキッズ】9月1日入社手続きのご案内",
        f"""
村井 翔 様

このたびは株式会社ほしぞらキッズへの入社をご承諾いただき、ありがとうございます。
運営本部の岸本です。9月1日（月）の入社に向けて、手続きのご案内をお送りします。

■初日のご案内
　日時：9月1日（月）10:00　本社（渋谷区神南）4階 受付
　内容：入社手続き、研修（〜15:00）、その後みなみ野教室へ移動

■当日お持ちいただくもの
　1. マイナンバーカード（お持ちでない場合は通知カードと運転免許証などの本人確認書類）
　2. 年金手帳または基礎年金番号通知書
　3. 雇用保険被保険者証（前職でご加入の場合）
　4. 給与振込先の通帳またはキャッシュカードのコピー（ご本人名義）
　5. 健康診断書（3か月以内のもの）
　6. 印鑑（シャチハタ不可）

番号の記入が必要な書類は当日その場でご記入いただきますので、
事前にメールで番号をお送りいただく必要はありません。

ご不明な点があれば、このメールへの返信またはお電話でお気軽にお問い合わせください。
当日お会いできるのを楽しみにしております。
{SIG_KISHIMOTO}""")

    add("morita", "none", "pass", "benign.joint_event_meeting_6addr",
        "A joint-event planning mail with six visible addresses from two organisations, naming only their staff.",
        MORITA,
        ["橋本 様 <hashimoto@aoba-chiiki.example.co.jp>", "金子 様 <kaneko@aoba-chiiki.example.co.jp>",
         "桜台児童館 <sakuradai-jidokan@aoba-chiiki.example.co.jp>"],
        "桜台地区 夏まつり合同開催 第2回打合せの日程",
        f"""
株式会社あおば地域サービス（桜台児童館）
橋本館長、金子様

お世話になっております。ほしぞら桜台教室の森田です。
先日の第1回打合せでは、会場配置のご提案をありがとうございました。
第2回の打合せ日程について、以下の候補でご都合はいかがでしょうか。

　① 7/29（火）10:00〜11:00
　② 7/31（木）14:00〜15:00
　③ 8/1（金）10:00〜11:00

当日は、当教室から私、後藤、本部の岸本が伺います。
議題は、①ゲームコーナーの担当割り、②雨天時の体育館利用、③保護者ボランティアの募集方法 を予定しています。
{SIG_MORITA}""",
        cc=["後藤 智子 <t.goto@hoshizora-kids.example.jp>", "岸本 大輔 <d.kishimoto@hoshizora-kids.example.jp>",
            "佐伯 里奈 <minamino@hoshizora-kids.example.jp>"])

    add("saeki", "none", "pass", "benign.plain_zip_event_docs",
        "A plain zip of planning documents for a summer festival; 障害物リレー is a race, and no personal data is inside.",
        SAEKI, ["金子 様 <kaneko@aoba-chiiki.example.co.jp>"],
        "夏まつり資料一式（みなみ野ブース分）",
        f"""
金子様

お世話になっております。みなみ野教室の佐伯です。
みなみ野教室が担当するブースの資料一式をzipでお送りします（パスワードはかけていません）。
障害物リレーのコース図は、体育館の床のラインに合わせて修正しました。
景品の数は参加予定人数（約80名）から逆算しています。ご確認ください。
{SIG_SAEKI}""",
        attachments=[att("夏まつり資料_みなみ野.zip",
                         """
夏まつり資料_みなみ野.zip の内容
  企画書_ゲームコーナー_v3.docx
  障害物リレー_コース図.pdf
  景品・備品リスト.xlsx（品名・数量・単価）
  タイムテーブル_0823.xlsx
  ポスター_A3.pdf
""", "application/zip")])

    return out
