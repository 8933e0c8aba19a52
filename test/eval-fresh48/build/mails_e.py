# Org E: 川崎市立みなみ台小学校PTA (18 mails)
from common import *

MAILS = [
M(expect="hold", kind="recipients.visible", where="recipients",
  why="Committee notice sent with 13 parents' private addresses visible in To.",
  **{"from": E_MATSUMOTO},
  to=["kobayashi.mama@gmail.com","h.sakurai0321@yahoo.co.jp","yuki-nishida@docomo.ne.jp","aiko.fujita@icloud.com",
      "mayumi.k.home@gmail.com","tomoko_ishii@ezweb.ne.jp","kenichi.oota@outlook.jp","rie.nakamura22@gmail.com",
      "s.takeuchi.fam@nifty.example.com","junko.mori@softbank.ne.jp","akemi-yamaguchi@biglobe.ne.jp",
      "megumi.watanabe.k@gmail.com","naoko_ueda@yahoo.co.jp"],
  subject="【PTA】第2回運営委員会のお知らせ（6/21）",
  text=f"""運営委員の皆さま

いつもPTA活動へのご協力ありがとうございます。会長の松本です。
第2回運営委員会を下記のとおり開催します。

日時：6月21日（土）10:00〜11:30
場所：みなみ台小学校 ランチルーム
議題：
　1. 夏休みラジオ体操の当番
　2. 秋のバザーの出店内容
　3. 広報誌「みなみ台だより」7月号の進捗

欠席の場合は6月18日までにご連絡ください。

{SIG_MATSUMOTO}"""),

M(expect="pass", kind="benign.minutes", where="none",
  why="Committee minutes to the school name officers and teachers only, with routine decisions.",
  **{"from": E_HASEGAWA}, to=["教頭 北村 先生 <kitamura-t@minamidai-es.example.ed.jp>"], cc=[E_MATSUMOTO],
  subject="第2回運営委員会 議事録",
  text=f"""北村教頭先生

先日の運営委員会の議事録をお送りします。

出席：松本（会長）、長谷川（書記）、森田（会計）、広報委員長 西田さん、校外委員長 桜井さん
　　　学校側：北村教頭先生、養護教諭 平野先生

1. ラジオ体操（7/22〜7/31）：各地区2名ずつ当番、詳細は校外委員会で作成
2. バザー（10/25）：模擬店4、フリーマーケット20区画。食品はすべて既製品とする
3. 広報誌7月号：校長先生インタビューは6/27に実施
4. 次回：9月13日（土）

修正があればお知らせください。

{SIG_HASEGAWA}"""),

M(expect="hold", kind="list.roster", where="attachment",
  why="The attached flag-duty roster lists parents' names, addresses and phones for the neighbourhood association; the body has no hint.",
  **{"from": E_HASEGAWA}, to=["みなみ台二丁目町内会 会長 <chonaikai-2chome@gmail.com>"],
  subject="2学期の件（校外委員会より）",
  text=f"""町内会長様

いつも登下校の見守りにご協力いただきありがとうございます。
校外委員会から依頼のあった資料を添付いたします。

{SIG_HASEGAWA}""",
  attachments=[{"filename":"hataban_2gakki.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[旗振り当番_二丁目]
日付	保護者名	児童	住所	電話
9/1	大田 健一	4年 大田 湊	みなみ台2-4-17	090-6612-3075
9/2	石井 智子	2年 石井 花	みなみ台2-8-3-201	080-3349-1188
9/3	上田 直子	6年 上田 陽介	みなみ台2-11-9	070-4490-2261
9/4	藤田 愛子	3年 藤田 瑛太	みなみ台2-15-22	090-2207-8836"""}],
  personal=[{"type":"name","value":"大田 健一"},{"type":"address","value":"みなみ台2-4-17"},{"type":"phone","value":"090-6612-3075"},{"type":"name","value":"石井 智子"}]),

M(expect="pass", kind="benign.bcc_mass_mail", where="none",
  why="Bazaar announcement to all parents sent in Bcc; the attached poster is an image-only scan.",
  **{"from": E_MATSUMOTO}, to=["kaicho@minamidai-pta.example.jp"],
  bcc=["kobayashi.mama@gmail.com","h.sakurai0321@yahoo.co.jp","yuki-nishida@docomo.ne.jp","aiko.fujita@icloud.com",
       "mayumi.k.home@gmail.com","tomoko_ishii@ezweb.ne.jp","kenichi.oota@outlook.jp","rie.nakamura22@gmail.com",
       "s.takeuchi.fam@nifty.example.com","junko.mori@softbank.ne.jp","akemi-yamaguchi@biglobe.ne.jp",
       "megumi.watanabe.k@gmail.com","naoko_ueda@yahoo.co.jp","t.koga.papa@gmail.com","satomi-h@ybb.ne.jp"],
  subject="【みなみ台小PTA】秋のバザー 出品物募集のお知らせ",
  text=f"""保護者の皆さま
（このメールはBCCで一斉送信しています）

秋のバザー（10月25日）に向けて、出品物の募集を始めます。

・募集品：未使用の日用品、食器、タオル、文具、おもちゃ（電池不要のもの）
・受付：10月6日〜10日、昇降口の回収ボックス
・売上は図書室の本の購入と、卒業記念品に充てます

ポスターを添付しますので、ご家庭で掲示していただけると助かります。

{SIG_MATSUMOTO}""",
  attachments=[{"filename":"bazaar_poster_scan.jpg","contentType":"image/jpeg"}]),

M(expect="hold", kind="sensitive.disability", where="body",
  why="A named pupil's autism diagnosis and allergy are described to an outside youth centre for a PTA outing.",
  **{"from": E_MATSUMOTO}, to=["川崎市青少年の家 事業係 <jigyo@kawasaki-seishonen.example.lg.jp>"],
  subject="親子ハイキング（7/12）参加児童への配慮のお願い",
  text=f"""川崎市青少年の家
事業係 ご担当者様

7月12日の親子ハイキングでお世話になります、みなみ台小学校PTAの松本です。
参加児童のうち1名について、保護者の方から配慮の依頼がありましたのでお伝えします。

　児童：3年1組 岡本 蓮くん
　・自閉スペクトラム症の診断があり、大きな音や急な予定変更が苦手です
　・小麦アレルギーがあるため、昼食は持参の弁当のみとします
　・パニックになった場合は、お母様（同行）が静かな場所へ誘導します

当日の集合時の拡声器の使用を控えていただくことは可能でしょうか。

{SIG_MATSUMOTO}""",
  personal=[{"type":"name","value":"岡本 蓮"},{"type":"disability","value":"自閉スペクトラム症"}]),

M(expect="pass", kind="benign.public_figures", where="none",
  why="Arranging a public candidates' forum; the candidates named are public figures in an election.",
  **{"from": E_MATSUMOTO}, to=["川崎市PTA連絡協議会 事務局 <jimukyoku@kawasaki-pren.example.jp>"],
  subject="市長選 公開討論会（教育テーマ）の登壇者について",
  text=f"""川崎市PTA連絡協議会
事務局 御中

みなみ台小PTAの松本です。
市長選に向けた教育テーマの公開討論会について、各陣営から以下の方の登壇承諾を得たと
青年会議所から連絡がありましたので共有します。

　・現職 福永 正和 候補
　・新人 川村 さやか 候補（元県議）
　・新人 ドミトリー 橋本 候補

日時は9月7日（日）14:00、中原市民館ホール。司会は地元FMの 菅野 アナウンサーです。
PTAからの質問項目案（給食費無償化、放課後の居場所、教員の働き方）は来週お送りします。

{SIG_MATSUMOTO}"""),

M(expect="hold", kind="id.bank_account", where="body",
  why="A private freelance lecturer's personal bank account is passed to the city PTA council for payment.",
  **{"from": E_MORITA}, to=["川崎市PTA連絡協議会 会計 <kaikei@kawasaki-pren.example.jp>"],
  subject="家庭教育講演会 講師謝礼の振込先",
  text=f"""川崎市PTA連絡協議会
会計ご担当者様

みなみ台小PTA会計の森田です。
共催の家庭教育講演会（6/28）の講師謝礼について、講師の方から振込先をいただきましたのでお知らせします。

　講師：片桐 真由美 様（フリーランス・子育てカウンセラー）
　振込先：りそな銀行 武蔵小杉支店 普通 1837264
　口座名義：カタギリ マユミ
　金額：30,000円（源泉徴収後）

お手数ですが、7月10日までにお振込みをお願いいたします。

{SIG_MORITA}""",
  personal=[{"type":"bank_account","value":"りそな銀行 武蔵小杉支店 普通 1837264"},{"type":"name","value":"片桐 真由美"}]),

M(expect="pass", kind="benign.org_bank_account", where="none",
  why="Invoice reply quoting the PTA's own organisational account for a vendor refund.",
  **{"from": E_MORITA}, to=["さくら印刷 営業 村井様 <murai@sakura-print.example.jp>"],
  subject="Re: 広報誌7月号 ご請求書の件",
  text=f"""さくら印刷
村井様

お世話になっております。みなみ台小PTA会計の森田です。
7月号の請求書（No. SP-25-0712、金額 38,500円）を受領しました。7月15日にお振込みいたします。

なお、前号で二重請求となっていた 3,850円の返金は、下記のPTA口座へお願いいたします。

　横浜銀行 中原支店 普通 1042918
　口座名義：ミナミダイショウガッコウピーティーエー

{SIG_MORITA}"""),

M(expect="hold", kind="sensitive.criminal", where="quoted",
  why="The forwarded parent message says her husband was arrested; the cover note only asks for procedural advice.",
  **{"from": E_HASEGAWA}, to=["川崎市PTA連絡協議会 相談窓口 <soudan@kawasaki-pren.example.jp>"],
  subject="Fw: 役員辞退のご相談",
  text=f"""川崎市PTA連絡協議会
相談窓口 ご担当者様

みなみ台小PTA書記の長谷川です。
年度途中の役員辞退について、規約上の手続きをご相談したく、保護者からのメールを転送します。
後任の選出方法について、他校の事例があれば教えていただけますか。

----- Forwarded Message -----
From: 西田 由紀 <yuki-nishida@docomo.ne.jp>
To: shoki@minamidai-pta.example.jp
Subject: 役員辞退のご相談

長谷川さん

突然すみません。広報委員長の西田です。
実は先月、夫が傷害の容疑で逮捕され、現在も勾留中です。
近所でも噂になっており、これ以上委員長を続けるのは難しいと思っています。
子どもたちには知られたくないので、理由は伏せていただけると助かります。

西田

{SIG_HASEGAWA}""",
  personal=[{"type":"name","value":"西田 由紀"},{"type":"criminal","value":"傷害の容疑で逮捕"}]),

M(expect="pass", kind="benign.fiction_historical", where="none",
  why="School-play script notes name fictional characters, historical figures and child actors by role only.",
  **{"from": E_HASEGAWA}, to=["6年担任 増田 先生 <masuda-t@minamidai-es.example.ed.jp>"],
  subject="学習発表会 衣装の件（6年「本能寺の夜」）",
  text=f"""増田先生

PTA文化委員会から、6年生の劇「本能寺の夜」の衣装について確認です。

　・織田信長：陣羽織（赤）1着、刀（ダンボール製）
　・明智光秀：兜 1、鎧（ビニール製）
　・森蘭丸：裃 1
　・町人A〜F、忍者（オリジナルキャラ「かげまる」）：はっぴ 6着

2年生の「ももたろう」の鬼の面12個も、同じ日に家庭科室で作ります。
9月20日（土）の作業日に保護者ボランティア8名が入る予定です。

{SIG_HASEGAWA}"""),

M(expect="hold", kind="attachment.encrypted_zip", where="zip",
  why="Password-protected zip sent to the school-photo vendor (PPAP).",
  **{"from": E_MATSUMOTO}, to=["スタジオ光 卒業アルバム担当 <album@studio-hikari.example.jp>"],
  subject="卒業アルバム 掲載用データ",
  text=f"""スタジオ光
卒業アルバムご担当者様

卒業アルバム掲載用のデータをお送りします。
パスワードは後ほど別のメールでお送りします。

{SIG_MATSUMOTO}""",
  attachments=[{"filename":"album_data_6nen.zip","contentType":"application/zip","encrypted":True}]),

M(expect="pass", kind="benign.aggregate_infection", where="none",
  why="Class-closure notice with aggregate absence counts; no child is named.",
  **{"from": E_MATSUMOTO}, to=["教頭 北村 先生 <kitamura-t@minamidai-es.example.ed.jp>"],
  subject="学級閉鎖に伴うPTA行事の延期について",
  text=f"""北村教頭先生

お知らせいただいたインフルエンザによる学級閉鎖（4年2組：欠席 11名／33名、
5年1組：欠席 9名／31名、1月22日〜24日）を受け、PTA主催の「親子もちつき大会」（1/25）を
2月8日に延期したいと考えています。

保護者への連絡は学校からの一斉メールに一文添えていただけますでしょうか。
感染拡大の状況を見て、2月の実施可否は2月3日に判断します。

{SIG_MATSUMOTO}"""),

M(expect="hold", kind="sensitive.crime_victim", where="subject",
  why="The subject line names a family as domestic-violence victims transferring schools; the body only asks for a meeting.",
  **{"from": E_MATSUMOTO}, to=["みなみ台地区 主任児童委員 <shunin-jido.minamidai@gmail.com>"],
  subject="6年1組 吉岡 さくらさん宅 DV被害・転校の件（取扱注意）",
  text=f"""主任児童委員様

お世話になっております。PTA会長の松本です。
昨日お電話でお話しした件、明日の見守り会議の前に15分ほどお時間をいただけますでしょうか。
保護者の集まりではこの件に触れないようにしたいと思っています。

{SIG_MATSUMOTO}""",
  personal=[{"type":"name","value":"吉岡 さくら"},{"type":"crime_victim","value":"DV被害"}]),

M(expect="pass", kind="benign.plain_zip", where="none",
  why="A plain zip of newsletter layout files (no personal data) goes to the printer.",
  **{"from": E_HASEGAWA}, to=["さくら印刷 営業 村井様 <murai@sakura-print.example.jp>"],
  subject="みなみ台だより 7月号 入稿データ",
  text=f"""さくら印刷 村井様

7月号の入稿データをzipでお送りします（パスワードはかけていません）。

・A4 4ページ、フルカラー、部数 520部
・写真は後ろ姿・遠景のみで、児童の顔が分かるものは使っていません
・納品希望：7月11日（金）午前、職員室前

{SIG_HASEGAWA}""",
  attachments=[{"filename":"dayori_07_nyuko.zip","contentType":"application/zip",
   "text":"dayori_07_p1-4.indd\ndayori_07_p1-4.pdf\nlinks/undoukai_far.jpg\nlinks/garden.jpg\nfonts/README.txt"}]),

M(expect="hold", kind="list.debts", where="body",
  why="A table of named families with phone numbers and unpaid amounts is sent to the commemorative-gift vendor.",
  **{"from": E_MORITA}, to=["記念品のタカラ商会 担当 <order@takara-shokai.example.jp>"],
  subject="卒業記念品 未入金者について",
  text=f"""タカラ商会 ご担当者様

いつもお世話になっております。みなみ台小PTA会計の森田です。
卒業記念品（名入れ印鑑セット）の代金について、6月末時点で未入金のご家庭は以下のとおりです。
御社から直接の督促はしないようお願いしますが、発注数の確定のため共有します。

| 児童 | 保護者 | 電話 | 未入金額 |
|---|---|---|---|
| 6-1 高野 蒼 | 高野 美紀 | 090-5518-2740 | 4,800円 |
| 6-2 平井 紬 | 平井 修 | 080-1127-6093 | 4,800円 |
| 6-3 宮崎 大翔 | 宮崎 晴美 | 070-6634-0581 | 9,600円（兄弟分） |

{SIG_MORITA}""",
  personal=[{"type":"name","value":"高野 美紀"},{"type":"phone","value":"090-5518-2740"},{"type":"name","value":"平井 修"},{"type":"name","value":"宮崎 晴美"}]),

M(expect="pass", kind="benign.successor_intro", where="none",
  why="Introducing next year's PTA president to the neighbourhood association; names and roles only.",
  **{"from": E_MATSUMOTO}, to=["みなみ台二丁目町内会 会長 <chonaikai-2chome@gmail.com>","みなみ台一丁目自治会 <jichikai-1chome@minamidai.example.jp>"],
  subject="PTA会長交代のご挨拶",
  text=f"""町内会長様、自治会長様

2年間大変お世話になりました。PTA会長の松本です。
4月から、副会長の 桜井 久美 さんが会長を引き継ぎます。
見守り活動や夏祭りの件は、引き続き桜井さんと校外委員会が窓口になります。

新年度の連絡先アドレス（kaicho@minamidai-pta.example.jp）は変わりません。
改めて桜井さんとご挨拶に伺います。

{SIG_MATSUMOTO}"""),

M(expect="pass", kind="benign.sponsor_thanks", where="none",
  why="Thank-you to sponsors whose company names contain surnames; no private persons.",
  **{"from": E_HASEGAWA}, to=["田中電機商会 <info@tanaka-denki.example.jp>"],
  cc=["佐藤建設株式会社 総務 <soumu@sato-kensetsu.example.co.jp>"],
  subject="バザー協賛のお礼",
  text=f"""田中電機商会 様
佐藤建設株式会社 様

先日の秋のバザーでは、ご協賛いただき誠にありがとうございました。
田中電機商会様からは抽選会の景品（電気ケトル・ドライヤー）を、
佐藤建設様からはテント4張の設営をご提供いただきました。

おかげさまで売上は 312,450円となり、図書室の本と卒業記念品に充てさせていただきます。
広報誌12月号に御社名を掲載させていただく予定です。

{SIG_HASEGAWA}"""),

M(expect="hold", kind="recipients.visible", where="recipients",
  why="Flag-duty schedule mailed with 12 parents' private addresses visible in CC.",
  **{"from": E_HASEGAWA}, to=["shoki@minamidai-pta.example.jp"],
  cc=["t.koga.papa@gmail.com","satomi-h@ybb.ne.jp","kobayashi.mama@gmail.com","yuki-nishida@docomo.ne.jp",
      "m.okamoto.home@gmail.com","chihiro.hattori@icloud.com","kazu-yoshioka@outlook.jp","emi.takano@yahoo.co.jp",
      "s.hirai1980@gmail.com","haru.miyazaki@ezweb.ne.jp","r.kitagawa.fam@gmail.com","noriko-ando@softbank.ne.jp"],
  subject="【校外委員会】9月の旗振り当番表",
  text=f"""校外委員の皆さま

9月の旗振り当番表ができましたのでお知らせします。
今月から一丁目交差点の立ち位置が横断歩道の北側に変わります。

・当番時間：7:40〜8:10
・雨天時も実施（警報発令時は中止）
・交代が必要な場合は、ご自身で調整のうえ書記までご連絡ください

当番表は学校の掲示板と同じ内容です。

{SIG_HASEGAWA}"""),
]
