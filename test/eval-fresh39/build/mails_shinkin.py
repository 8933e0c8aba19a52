# -*- coding: utf-8 -*-
# Org A: 湊信用金庫 北町支店 (regional credit union branch)
SIG_MORIMOTO = """
――――――――――――――――――――
湊信用金庫 北町支店
支店長 森本 達彦（もりもと たつひこ）
〒299-1101 千葉県湊市北町2-14-3
TEL 0439-51-7731 / FAX 0439-51-7739
morimoto.t@minato-shinkin.example.jp
――――――――――――――――――――"""
SIG_KAWABE = """
--
湊信用金庫 北町支店 融資課
川辺 由紀
TEL 0439-51-7731（内線214）
kawabe.y@minato-shinkin.example.jp"""
SIG_ARAI = """
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
湊信用金庫 北町支店 お客さま係
新井 翔太（あらい しょうた）
TEL 0439-51-7731
arai.s@minato-shinkin.example.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""
FM = "森本 達彦 <morimoto.t@minato-shinkin.example.jp>"
FK = "川辺 由紀 <kawabe.y@minato-shinkin.example.jp>"
FA = "新井 翔太 <arai.s@minato-shinkin.example.jp>"

MAILS = [
# ---------------- holds ----------------
dict(_org="A", _where="body", expect="hold", kind="id.mynumber",
 why="A private sole proprietor's My Number is written out in the body to an outside tax office.",
 **{"from": FK}, to=["大島税理士事務所 大島 <oshima@oshima-tax.example.jp>"],
 subject="青木様 事業性融資の件（決算書類の確認）",
 text="""大島税理士事務所
大島 先生

いつもお世話になっております。湊信用金庫北町支店の川辺です。

先日ご相談いたしました、青木 康弘様（青木製麺所）の運転資金のお申込みにつきまして、
確定申告書控えの一部が判読できなかったため、念のためこちらで控えた内容を記載いたします。

・申告者：青木 康弘 様
・個人番号：346033690456
・事業所得：4,812,000円（令和5年分）

先生のお手元の控えと相違がないか、ご確認いただけますと幸いです。
来週水曜までにご回答いただけますと、審査に間に合います。

よろしくお願いいたします。
"""+SIG_KAWABE,
 personal=[{"type":"mynumber","value":"346033690456"},{"type":"name","value":"青木 康弘"}]),

dict(_org="A", _where="attachment", expect="hold", kind="list.customers",
 why="The attached CSV lists pension-club members with addresses, phones and birth dates and goes to a printing company.",
 **{"from": FA}, to=["株式会社みなと印刷 営業部 <eigyo@minato-print.example.jp>"],
 subject="宛名印字データ送付の件",
 text="""みなと印刷 営業部
石井様

お世話になっております。湊信用金庫の新井です。
先日お打合せした件、データをお送りします。
納期は前回お話しした日程でお願いできればと思います。

ご不明点があればお電話ください。
"""+SIG_ARAI,
 attachments=[{"filename":"nenkin_tomonokai_202410.csv","contentType":"text/csv","text":
"""会員番号,氏名,フリガナ,郵便番号,住所,電話番号,生年月日
N-0112,宮下 清,ミヤシタ キヨシ,299-1102,千葉県湊市南町4-8-2,0439-52-1184,1948/03/11
N-0113,宮下 和江,ミヤシタ カズエ,299-1102,千葉県湊市南町4-8-2,0439-52-1184,1951/07/29
N-0127,大村 寿子,オオムラ ヒサコ,299-1105,千葉県湊市若葉台1-22,090-3318-4402,1946/12/02
N-0131,坂本 利夫,サカモト トシオ,299-1101,千葉県湊市北町5-3-17,0439-51-6620,1950/01/18
N-0140,浜田 節子,ハマダ セツコ,299-1108,千葉県湊市港通り2-9 ハイツ港203,080-2271-5930,1944/09/30
N-0152,吉村 正一,ヨシムラ ショウイチ,299-1103,千葉県湊市東町7-1,0439-53-0087,1952/05/06
"""}],
 personal=[{"type":"name","value":"宮下 清"},{"type":"address","value":"千葉県湊市南町4-8-2"},{"type":"birthdate","value":"1948/03/11"},{"type":"phone","value":"090-3318-4402"}]),

dict(_org="A", _where="quoted", expect="hold", kind="sensitive.health",
 why="The forwarded customer mail names the borrower's stroke and hospitalisation and goes to the credit-life insurer.",
 **{"from": FK}, to=["あおば生命保険 団信サービス課 <danshin@aoba-life.example.jp>"],
 subject="Fwd: 住宅ローンの返済について（ご相談）",
 text="""あおば生命保険
団信サービス課 ご担当者様

いつもお世話になっております。湊信用金庫北町支店の川辺でございます。
下記、債務者ご家族からのメールを転送いたします。
高度障害保険金の請求手続き書類一式を、ご家族宛にお送りいただけますでしょうか。
ローン番号は 0418-2217 です。

よろしくお願いいたします。
"""+SIG_KAWABE+"""

---------- Forwarded message ----------
From: 松井 里美 <satomi.matsui88@gmail.com>
Date: 2024年10月21日(月) 9:42
Subject: 住宅ローンの返済について（ご相談）
To: 川辺 由紀 <kawabe.y@minato-shinkin.example.jp>

川辺様

いつもお世話になっております。松井 浩二の妻の里美です。
実は先月、夫が脳梗塞で倒れ、湊中央病院に入院しております。
右半身に麻痺が残り、医師からは職場復帰は難しいと言われました。
住宅ローンの返済について、団信で何か手続きができないかご相談させてください。

松井 里美
""",
 personal=[{"type":"name","value":"松井 浩二"},{"type":"health","value":"夫が脳梗塞で倒れ、湊中央病院に入院しております"}]),

dict(_org="A", _where="subject", expect="hold", kind="id.bank_account",
 why="The subject line carries a private resident's name with her savings account number, sent to a property management company.",
 **{"from": FA}, to=["湊コミュニティ管理株式会社 <kanri-uketsuke@minato-cm.example.jp>"],
 subject="口座振替登録完了のご連絡（長谷川 美咲様 普通預金 0381742）",
 text="""湊コミュニティ管理株式会社
ご担当者様

いつもお世話になっております。
標記の件、本日付で登録が完了いたしましたのでご連絡いたします。
初回の振替は12月27日となります。

何卒よろしくお願い申し上げます。
"""+SIG_ARAI,
 personal=[{"type":"name","value":"長谷川 美咲"},{"type":"bank_account","value":"普通預金 0381742"}]),

dict(_org="A", _where="zip", expect="hold", kind="attachment.encrypted_zip",
 why="An encrypted zip is attached (PPAP), whatever it contains.",
 **{"from": FK}, to=["千葉県信用保証協会 湊支所 審査課 <shinsa-minato@chiba-cgc.example.jp>"],
 subject="保証申込書類の送付（株式会社ハマダ工業）",
 text="""千葉県信用保証協会 湊支所
審査課 ご担当者様

平素より大変お世話になっております。湊信用金庫北町支店の川辺です。

株式会社ハマダ工業様の保証申込につき、必要書類一式をお送りします。
・信用保証委託申込書
・決算書（直近3期分）
・資金繰り表

ファイルにはパスワードを設定しております。パスワードは別メールにてお送りいたします。

何卒よろしくお願い申し上げます。
"""+SIG_KAWABE,
 attachments=[{"filename":"hamada_hosho_shorui.zip","contentType":"application/zip","encrypted":True}]),

dict(_org="A", _where="recipients", expect="hold", kind="recipients.visible",
 why="A seminar invitation puts 14 business customers from different firms and private addresses in the visible To line.",
 **{"from": FA},
 to=["山本商店 <info@yamamoto-shoten.example.jp>","有限会社岡部塗装 <okabe-tosou@okabe-paint.example.jp>",
     "cafe minato <hello@cafe-minato.example.jp>","堀江 誠 <makoto.horie@yahoo.co.jp>",
     "ファームたなか <tanaka.farm@nifty.example.com>","株式会社湊精機 総務部 <soumu@minato-seiki.example.jp>",
     "北町歯科クリニック <contact@kitamachi-dc.example.jp>","渡部 香織 <kaori.w1979@gmail.com>",
     "有限会社丸栄水産 <maruei@maruei-suisan.example.jp>","中西 工務店 <nakanishi-koumuten@ybb.example.ne.jp>",
     "美容室 Lien <lien.salon@outlook.jp>","西田 博 <h.nishida@ocn.example.ne.jp>",
     "株式会社港運輸 <jimu@minato-unyu.example.jp>","やまぐち整骨院 <yamaguchi-seikotsu@gmail.com>"],
 subject="【ご案内】事業承継セミナー（11月28日開催）",
 text="""お取引先各位

平素は湊信用金庫北町支店をご愛顧いただき、誠にありがとうございます。
このたび、地元事業者さま向けに「事業承継セミナー」を開催いたします。

　日時：2024年11月28日（木）14:00～16:00
　会場：湊信用金庫 本店 3階 大会議室
　講師：湊商工会議所 経営指導員 ほか
　参加費：無料

お申込みは、本メールへのご返信またはお電話にて承ります。
皆さまのご参加を心よりお待ちしております。
"""+SIG_ARAI),

dict(_org="A", _where="body", expect="hold", kind="sensitive.criminal",
 why="The body tells an outside lawyer that a named former employee has been indicted for embezzlement.",
 **{"from": FM}, to=["湊総合法律事務所 弁護士 千葉 亮介 <chiba@minato-law.example.jp>"],
 cc=["川辺 由紀 <kawabe.y@minato-shinkin.example.jp>"],
 subject="元職員の件 今後の対応について",
 text="""千葉先生

いつもお世話になっております。北町支店の森本です。

先日ご相談いたしました元職員 田村 和也（元渉外係、本年6月懲戒解雇）の件ですが、
本日、湊警察署から連絡があり、業務上横領罪で起訴されたとのことです。
被害額は現時点で約1,240万円と把握しております。

つきましては、
　1. 被害を受けたお客さまへの説明内容
　2. 民事での損害賠償請求の進め方
について、来週中にお時間をいただけますでしょうか。

取り急ぎご報告まで。
"""+SIG_MORIMOTO,
 personal=[{"type":"name","value":"田村 和也"},{"type":"criminal","value":"業務上横領罪で起訴されたとのことです"}]),

dict(_org="A", _where="body", expect="hold", kind="personal.inquiry",
 why="A customer's complaint is passed to the ATM maintenance vendor with her full name, address, phone and e-mail.",
 **{"from": FA}, to=["日東ATMサービス 湊営業所 <minato-eigyo@nitto-atm.example.jp>"],
 subject="ATMカード吸込みに関するお客さま申出の件",
 text="""日東ATMサービス 湊営業所
ご担当者様

お世話になっております。湊信用金庫北町支店の新井です。

10月24日（木）18時ごろ、当店ATM 2号機でカードが吸い込まれたとのお申出がありました。
お客さまが直接状況を説明したいとのことですので、以下にご連絡いただけますでしょうか。

　お名前：小松 奈々 様
　ご住所：千葉県湊市桜ケ丘3-12-5 サンハイツ桜ケ丘102
　お電話：080-4417-2263
　メール：nana.komatsu@docomo.example.ne.jp

機器のログ確認もあわせてお願いいたします。
"""+SIG_ARAI,
 personal=[{"type":"name","value":"小松 奈々"},{"type":"address","value":"千葉県湊市桜ケ丘3-12-5 サンハイツ桜ケ丘102"},{"type":"phone","value":"080-4417-2263"},{"type":"email","value":"nana.komatsu@docomo.example.ne.jp"}]),

dict(_org="A", _where="body", expect="hold", kind="id.driver_license",
 why="A loan applicant's driver's licence number and birth date are sent to the guarantee company.",
 **{"from": FK}, to=["湊クレジット保証株式会社 審査部 <shinsa@minato-credit.example.jp>"],
 subject="カードローン保証審査 本人確認事項のご連絡",
 text="""湊クレジット保証株式会社
審査部 御中

お世話になっております。湊信用金庫北町支店 融資課の川辺です。
受付番号 CL-24-10388 のお申込みについて、本人確認書類の内容をご連絡します。

　氏名：藤田 拓真
　生年月日：1990年8月14日
　運転免許証番号：第452109876310号（千葉県公安委員会）

ご確認のほどよろしくお願いいたします。
"""+SIG_KAWABE,
 personal=[{"type":"name","value":"藤田 拓真"},{"type":"driver_license","value":"452109876310"},{"type":"birthdate","value":"1990年8月14日"}]),

dict(_org="A", _where="attachment", expect="hold", kind="sensitive.disability",
 why="The attached sheet names branch staff with their disability type and grade and goes to an outside 社労士.",
 **{"from": FM}, to=["社会保険労務士法人みらい 山岸 様 <yamagishi@mirai-sr.example.jp>"],
 subject="ご依頼の資料",
 text="""山岸先生

お世話になっております。北町支店の森本です。
先日ご依頼のありました資料をお送りいたします。
不足があればお知らせください。
"""+SIG_MORIMOTO,
 attachments=[{"filename":"kitamachi_koyou_2024.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet","text":
"""[北町支店]
職員番号	氏名	所属	雇用形態	障害種別	等級	手帳交付日
K-0821	石川 浩之	窓口	正職員	身体（聴覚）	4級	2015/04/01
K-0934	中島 かおり	事務センター	嘱託	精神	2級	2019/11/20
K-1077	上野 悠	渉外	正職員	知的（療育手帳B）	B	2021/06/08
"""}],
 personal=[{"type":"name","value":"中島 かおり"},{"type":"disability","value":"精神\t2級"},{"type":"name","value":"石川 浩之"}]),

# ---------------- passes ----------------
dict(_org="A", _where="-", expect="pass", kind="benign.corporate_account",
 why="Only the supplier's corporate account and the credit union's own account appear; no private person's account.",
 **{"from": FK}, to=["株式会社湊精機 経理部 吉岡 様 <yoshioka@minato-seiki.example.jp>"],
 subject="Re: 返済用口座の変更について",
 text="""株式会社湊精機
経理部 吉岡 様

いつもお世話になっております。湊信用金庫の川辺です。
ご連絡いただいた返済用口座の変更、承知いたしました。

　変更前：湊信用金庫 北町支店 当座 0012874 カ）ミナトセイキ
　変更後：湊信用金庫 北町支店 普通 2210356 カ）ミナトセイキ
　適用開始：2024年12月10日 約定返済分から

届出印の押印された変更届を、次回ご来店時にご提出ください。
（法人番号 4040001098812 にてお手続きいたします）

> 川辺様
> いつもお世話になっております。湊精機の吉岡です。
> 返済口座を当座から普通に変えたいのですが、手続きを教えてください。
> 吉岡
"""+SIG_KAWABE),

dict(_org="A", _where="-", expect="pass", kind="benign.it_outage",
 why="\"障害\" here is an ATM system outage; no person is described.",
 **{"from": FA}, to=["湊北町商店会 事務局 <jimukyoku@kitamachi-shotenkai.example.jp>"],
 subject="【お詫び】ATMシステム障害について",
 text="""湊北町商店会 事務局 御中

平素より大変お世話になっております。

10月26日（土）9時10分から11時45分まで、当金庫のATMシステムに障害が発生し、
北町支店および駅前出張所のATMがご利用いただけない状態となりました。
原因は勘定系システムとの通信装置の故障で、現在は復旧しております。

商店会の皆さまには売上金のご入金等でご不便をおかけし、誠に申し訳ございませんでした。
同様の障害が再発しないよう、装置の二重化を進めてまいります。

会員の皆さまへのご周知をお願いできますと幸いです。
"""+SIG_ARAI),

dict(_org="A", _where="-", expect="pass", kind="benign.successor_intro",
 why="A personnel-change greeting naming staff of both sides; no sensitive data.",
 **{"from": FM}, to=["湊商工会議所 専務理事 大川 様 <okawa@minato-cci.example.jp>"],
 cc=["湊商工会議所 中小企業相談所 <soudan@minato-cci.example.jp>"],
 subject="担当者交代のごあいさつ",
 text="""湊商工会議所
専務理事 大川 隆 様

拝啓 時下ますますご清祥のこととお慶び申し上げます。
平素は格別のご高配を賜り、厚く御礼申し上げます。

さて、このたび当支店で貴所を担当しておりました融資課長 佐伯 浩一が、
11月1日付で本店審査部へ異動することとなりました。
後任には、融資課の川辺 由紀が着任いたします。

佐伯在任中の御厚情に深く感謝申し上げますとともに、
川辺にも変わらぬご指導を賜りますよう、お願い申し上げます。
近日中に、川辺とともにご挨拶に伺わせていただきます。

敬具
"""+SIG_MORIMOTO),

dict(_org="A", _where="-", expect="pass", kind="benign.data_subject_self",
 why="The customer's own repayment schedule goes to her own address, with the account masked.",
 **{"from": FK}, to=["上田 真由美 <mayumi.ueda@icloud.example.com>"],
 subject="返済予定表送付のご案内",
 text="""上田 真由美 様

いつも湊信用金庫をご利用いただき、ありがとうございます。
北町支店 融資課の川辺でございます。

お問い合わせいただきました教育ローンの返済予定表をお送りいたします。
　ご返済口座：北町支店 普通 ****742
　毎月のご返済日：27日
　残高（10月27日返済後）：1,284,000円

繰上返済をご希望の際は、1週間前までに窓口またはお電話でご連絡ください。
"""+SIG_KAWABE,
 attachments=[{"filename":"hensai_yoteihyo.pdf","contentType":"application/pdf","text":
"""返済予定表
回数	返済日	返済額	元金	利息	残高
31	2024/11/27	32,400	29,820	2,580	1,254,180
32	2024/12/27	32,400	29,880	2,520	1,224,300
33	2025/01/27	32,400	29,940	2,460	1,194,360
"""}]),

dict(_org="A", _where="-", expect="pass", kind="benign.id_lookalike",
 why="The numbers are a 宅建業 licence, a 宅建士 registration and a corporate number, not personal IDs.",
 **{"from": FK}, to=["有限会社みなと不動産 代表取締役 須藤 様 <sudo@minato-fudosan.example.jp>"],
 subject="提携住宅ローンの覚書について",
 text="""有限会社みなと不動産
須藤 様

お世話になっております。湊信用金庫北町支店の川辺です。
提携住宅ローンの覚書案につき、記載事項を確認させてください。

　商号：有限会社みなと不動産
　宅地建物取引業者免許：千葉県知事（4）第11842号
　専任の宅地建物取引士：須藤 修（登録番号 千葉 第031277号）
　法人番号：7040002071536

上記に誤りがなければ、11月中に締結の運びとしたく存じます。
"""+SIG_KAWABE),

dict(_org="A", _where="-", expect="pass", kind="benign.aggregate_health",
 why="Health-check and stress-check figures are given only as branch totals.",
 **{"from": FM}, to=["全国健康保険協会 千葉支部 保健グループ <kenkou-keiei@kyoukaikenpo-chiba.example.jp>"],
 subject="健康経営優良法人 申請に関する取組状況",
 text="""全国健康保険協会 千葉支部
保健グループ ご担当者様

湊信用金庫北町支店の森本です。健康経営の取組状況をご報告いたします。

・定期健康診断 受診率：100%（対象28名）
・二次検査 受診率：83%（対象12名中10名）
・ストレスチェック 受検率：96%
・喫煙率：14%（前年比 -4pt）
・ウォーキングイベント参加者：19名

個人が特定される情報は含めておりません。
ご確認のほど、よろしくお願いいたします。
"""+SIG_MORIMOTO),

dict(_org="A", _where="-", expect="pass", kind="benign.condolence",
 why="A condolence note on the death of a business partner's chairman; no sensitive category.",
 **{"from": FM}, to=["株式会社港運輸 代表取締役社長 西村 俊介 様 <nishimura@minato-unyu.example.jp>"],
 subject="ご会長様ご逝去のお悔やみ",
 text="""株式会社港運輸
代表取締役社長 西村 俊介 様

このたびは、御社ご会長 西村 重雄 様のご逝去の報に接し、
謹んでお悔やみ申し上げます。

創業以来、湊の物流を支えてこられたご功績は計り知れず、
当金庫といたしましても長年にわたり大変お世話になりました。
ご生前のご厚情に深く感謝いたしますとともに、心よりご冥福をお祈り申し上げます。

ご葬儀の日程につきましては、御社総務部 松本様より伺っております。
当日は森本が参列させていただきます。

略儀ながらメールにて失礼いたします。
"""+SIG_MORIMOTO),

dict(_org="A", _where="-", expect="pass", kind="benign.religious_corp_customer",
 why="A 宗教法人 is a corporate loan customer; no individual's belief is disclosed.",
 **{"from": FK}, to=["宗教法人 浄光寺 事務局 <jimu@joukouji.example.or.jp>"],
 cc=["森本 達彦 <morimoto.t@minato-shinkin.example.jp>"],
 subject="本堂修繕資金のご融資について（お打合せ日程）",
 text="""宗教法人 浄光寺
責任役員 村瀬 様

いつもお世話になっております。湊信用金庫北町支店の川辺です。

本堂屋根修繕資金（概算 3,800万円）のご融資の件、
以下の日程で支店長の森本とともにお伺いしたいと存じます。

　候補1：11月12日（火）10:00～
　候補2：11月14日（木）14:00～

ご準備いただきたい書類
　・規則（寺院規則）の写し
　・直近3年分の収支計算書
　・責任役員会の議事録（借入決議）
　・工事見積書

ご都合をお知らせいただけますと幸いです。
"""+SIG_KAWABE),

dict(_org="A", _where="-", expect="pass", kind="benign.plain_zip",
 why="A plain, unencrypted zip of public product brochures.",
 **{"from": FA}, to=["湊商工会 経営支援課 <keiei@minato-shokokai.example.jp>"],
 subject="創業支援融資のパンフレット（データ）",
 text="""湊商工会
経営支援課 ご担当者様

お世話になっております。湊信用金庫の新井です。
先日お話しした創業支援融資のパンフレットデータをお送りします。
窓口での配布や、会報への掲載にご自由にお使いください。

・sougyou_shien_A4.pdf
・sougyou_shien_chirashi.pdf
・金利一覧（2024年11月）.pdf

zipにまとめております（パスワードはかけていません）。
"""+SIG_ARAI,
 attachments=[{"filename":"sougyou_pamphlet_202411.zip","contentType":"application/zip","text":"sougyou_shien_A4.pdf\nsougyou_shien_chirashi.pdf\n金利一覧（2024年11月）.pdf"}]),

dict(_org="A", _where="-", expect="pass", kind="benign.bcc_mass",
 why="A mass mail to pension-club members is correctly sent with members in Bcc.",
 **{"from": FA}, to=["新井 翔太 <arai.s@minato-shinkin.example.jp>"],
 bcc=["kiyoshi.m@ocn.example.ne.jp","h.oomura46@gmail.com","toshio.sakamoto@nifty.example.com","setsuko.hamada@yahoo.co.jp",
      "yoshimura.s@biglobe.example.ne.jp","fumiko-ando@docomo.example.ne.jp","m.kuroda@gmail.com","taka.inoue@outlook.jp",
      "noriko_s@ezweb.example.ne.jp","kenji.ota51@gmail.com","hiroko.naka@yahoo.co.jp","mitsuo.k@ybb.example.ne.jp"],
 subject="【年金友の会】日帰りバス旅行のご案内",
 text="""年金友の会 会員の皆さま

いつも湊信用金庫をご利用いただき、誠にありがとうございます。
恒例の日帰りバス旅行を、今年は下記の内容で実施いたします。

　日程：2024年12月5日（木）
　行先：房総フラワーライン・海ほたるPA
　集合：8:30 北町支店前
　会費：3,000円（昼食代込み）
　定員：40名（先着順）

お申込みは11月20日までに、窓口または本メールへのご返信でお願いいたします。
"""+SIG_ARAI),
]
