from common import *

TOGAWA = "戸川 直樹 <togawa@harukaze-lc.jp>"
MIYA = "宮内 葵 <miyauchi@harukaze-lc.jp>"
NONO = "野々村 彩 <nonomura@harukaze-lc.jp>"

SIG_TOGAWA = """━━━━━━━━━━━━━━━━━━━━━━
医療法人 はるかぜレディースクリニック
事務長　戸川 直樹
〒060-0042 札幌市中央区大通西8丁目2-39 はるかぜビル3F
TEL 011-271-5580　FAX 011-271-5581
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_MIYA = """--
はるかぜレディースクリニック 培養室
培養室長（臨床エンブリオロジスト）宮内 葵
TEL 011-271-5580（内線 32）"""

SIG_NONO = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
はるかぜレディースクリニック
患者サポート室　野々村 彩
TEL 011-271-5580（平日 9:00〜17:30）
※このメールは送信専用ではありません。ご返信いただけます。
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

# ---------------- HOLDS ----------------
mail("F-H1", "hold", "sensitive.health",
 "A transfer summary with a named patient's fertility history and test results goes to another clinic, only in the PDF.",
 TOGAWA, ["みなみ野ARTクリニック 地域連携室 <renkei@minamino-art.jp>"],
 "診療情報提供書の送付（転院患者様）",
 """みなみ野ARTクリニック
地域連携室 ご担当者様

平素より大変お世話になっております。はるかぜレディースクリニック事務長の戸川でございます。
来月より貴院へ転院予定の患者様につきまして、院長作成の診療情報提供書を添付にてお送りいたします。
凍結胚の移送については、別途培養室よりご連絡差し上げます。

何卒よろしくお願い申し上げます。

""" + SIG_TOGAWA,
 attachments=[att("診療情報提供書_20251114.pdf", PDF, """診療情報提供書
紹介先：みなみ野ARTクリニック 担当医 御侍史
患者氏名：長谷川 理沙　様（1987年6月30日生、38歳）
住所：札幌市白石区東札幌3条4丁目1-18
傷病名：原因不明不妊、卵管因子（左卵管閉塞）
既往歴：子宮内膜症（2019年 腹腔鏡下手術）
治療経過：
2023年 タイミング法6周期、人工授精4周期 → 妊娠せず
2024年3月 採卵1回目（8個採取、胚盤胞2個凍結）
2024年6月 凍結融解胚移植 → 化学流産
2025年2月 凍結融解胚移植 → 陰性
AMH 1.12 ng/mL（2025年1月）
パートナー精液所見：運動率 38％（軽度精子無力症）
凍結保存胚：胚盤胞 1個（4BB）当院保管中
紹介目的：転居に伴う治療継続のお願い
はるかぜレディースクリニック 院長 医師 桐生 晴美""")],
 personal=[("name", "長谷川 理沙"), ("birthdate", "1987年6月30日"), ("address", "札幌市白石区東札幌3条4丁目1-18"),
           ("diagnosis", "卵管因子（左卵管閉塞）"), ("diagnosis", "子宮内膜症（2019年 腹腔鏡下手術）")])

mail("F-H2", "hold", "sensitive.health",
 "Named patients' fertility-treatment details are listed in a mail to the city office about subsidy certificates.",
 TOGAWA, ["札幌市 子ども未来局 不妊治療支援担当 <funin-shien@city-sapporo-kodomo.jp>"],
 "先進医療費助成 証明書の記載内容について（照会への回答）",
 """札幌市 子ども未来局
不妊治療支援担当 ご担当者様

いつもお世話になっております。はるかぜレディースクリニックの戸川です。
11月7日にお問い合わせいただいた3件について、院長に確認のうえ回答いたします。

1. 受付番号 R7-0381　申請者 工藤 亜希子 様
   治療内容：体外受精（顕微授精）、タイムラプス培養（先進医療）　治療期間 2025/6/2〜2025/7/18
   → 証明書の「治療終了日」は胚移植日（7/18）で正しい記載です。
2. 受付番号 R7-0402　申請者 佐々木 瞳 様
   治療内容：凍結融解胚移植、PGT-A（先進医療）
   → 妊娠判定陰性のため、治療終了日は判定日（8/29）とご理解ください。
3. 受付番号 R7-0417　申請者 レイエス アナ 様
   治療内容：採卵のみ（卵子なし、治療中止）
   → 中止周期の扱いについては別紙のとおりです。

ご不明な点がございましたらご連絡ください。

""" + SIG_TOGAWA,
 personal=[("name", "工藤 亜希子"), ("health", "体外受精（顕微授精）"), ("name", "佐々木 瞳"),
           ("health", "凍結融解胚移植、PGT-A"), ("name", "レイエス アナ")])

mail("F-H3", "hold", "sensitive.genome",
 "PGT-A genetic results of a named couple's embryos are sent to an outside genetic counsellor.",
 MIYA, ["北海道遺伝カウンセリング室 橘先生 <tachibana@hokkaido-gc.jp>"],
 "PGT-A 結果のご共有（カウンセリング予約 11/21 のご夫婦）",
 """橘先生

いつもお世話になっております。培養室の宮内です。
11/21にカウンセリングをご予約の 大谷 崇 様・大谷 千尋 様 ご夫婦について、検査会社から返ってきた PGT-A の結果をお送りします。

胚ID HR-25-0912-01：正倍数性（euploid）
胚ID HR-25-0912-02：モザイク（20-40%、7番染色体）
胚ID HR-25-0912-03：異数性（16トリソミー）
胚ID HR-25-0912-04：判定不能（DNA量不足）

02 のモザイク胚を移植候補とするかどうか、ご夫婦が迷っていらっしゃいます。
千尋様は 41 歳で、これまでに 2 回の流産歴（いずれも染色体異常）があります。
当日はその点も含めてご相談いただけますと幸いです。

""" + SIG_MIYA,
 personal=[("name", "大谷 崇"), ("name", "大谷 千尋"), ("genome", "モザイク（20-40%、7番染色体）"),
           ("genome", "異数性（16トリソミー）"), ("health", "2 回の流産歴")])

mail("F-H4", "hold", "list.patients",
 "A patient list with names, e-mails, ages and treatment stage is sent to a survey vendor.",
 TOGAWA, ["リサーチノース 調査企画部 <project@research-north.co.jp>"],
 "患者満足度調査 配信リストのご送付",
 """株式会社リサーチノース
調査企画部 ご担当者様

お世話になっております。はるかぜレディースクリニックの戸川です。
先日ご契約いただいた患者満足度アンケートの配信リストをお送りいたします。
治療段階ごとに設問を出し分けていただけるよう、区分の列を設けております。

""" + SIG_TOGAWA,
 attachments=[att("survey_list_2025Q4.csv", CSV, """患者ID,氏名,年齢,メールアドレス,治療段階
H-20418,青木 恵理,34,eri.aoki.0212@gmail.com,一般不妊（人工授精）
H-20533,三浦 かおり,39,kaori-miura@yahoo.co.jp,体外受精（採卵済）
H-20571,Sofia Lindqvist,36,sofia.lindqvist@icloud.com,凍結胚移植
H-20604,本間 千夏,42,chinatsu.homma@docomo.ne.jp,体外受精（治療終了・妊娠継続せず）
H-20650,小野 真帆,31,maho.ono.sapporo@gmail.com,卵子凍結（医学的適応外）""")],
 personal=[("name", "青木 恵理"), ("email", "eri.aoki.0212@gmail.com"), ("name", "三浦 かおり"),
           ("email", "kaori-miura@yahoo.co.jp"), ("name", "本間 千夏")])

mail("F-H5", "hold", "recipients.visible",
 "An online-seminar invitation reaches thirteen patients with their private addresses visible in Cc.",
 NONO, ["nonomura@harukaze-lc.jp"],
 "【はるかぜLC】オンライン説明会「移植周期の過ごし方」のご案内",
 """患者様各位

いつも当院をご利用いただきありがとうございます。患者サポート室の野々村です。
ご希望いただいた皆さまに、オンライン説明会のご案内をお送りします。

日時：11月29日（土）10:00〜11:00
形式：Zoom（顔出し不要、お名前はニックネームで結構です）
内容：移植周期の過ごし方、黄体補充のお薬の使い方、よくあるご質問
登壇：院長 桐生、培養室長 宮内

参加URLは前日にお送りします。

""" + SIG_NONO,
 cc=["eri.aoki.0212@gmail.com", "kaori-miura@yahoo.co.jp", "sofia.lindqvist@icloud.com",
     "chinatsu.homma@docomo.ne.jp", "maho.ono.sapporo@gmail.com", "mayu_fukuda@ezweb.ne.jp",
     "a.kudo.1988@gmail.com", "hitomi.sasaki55@yahoo.co.jp", "yuki-tanabe@icloud.com",
     "ririko.nagai@gmail.com", "s.kawashima.hk@au.com", "megumi_ito@nifty.com", "haruna.otake@gmail.com"])

mail("F-H6", "hold", "attachment.encrypted_zip",
 "Lab samples' data are sent to a testing company as a password-protected zip.",
 MIYA, ["ジェノラボ北海道 受付 <uketsuke@genolab-hokkaido.co.jp>"],
 "検体依頼書の送付（11/14 集荷分）",
 """ジェノラボ北海道 受付ご担当者様

お世話になっております。はるかぜレディースクリニック培養室の宮内です。
本日集荷分（4検体）の依頼書をお送りします。
ファイルはパスワード付きzipとしております。パスワードは追って別メールでお知らせします。

""" + SIG_MIYA,
 attachments=[att("irai_20251114.zip", ZIP, encrypted=True)])

mail("F-H7", "hold", "id.health_insurance",
 "A patient's health-insurance card symbol and number are sent to an outside billing-review company.",
 NONO, ["メディカルレセプトサポート 北海道センター <hokkaido@med-rezept.co.jp>"],
 "返戻レセプトの再請求について（保険番号訂正）",
 """メディカルレセプトサポート
北海道センター ご担当者様

お世話になっております。はるかぜレディースクリニックの野々村です。
10月分で返戻となった1件につき、保険証情報が判明しましたので再請求をお願いいたします。

患者氏名：藤本 沙織（フジモト サオリ）
生年月日：1990年1月25日
保険者番号：06012345
被保険者証 記号：札幌 12-3　番号：4587
本人・家族区分：家族
算定：一般不妊治療管理料、人工授精

よろしくお願いいたします。

""" + SIG_NONO,
 personal=[("name", "藤本 沙織"), ("health_insurance", "記号：札幌 12-3　番号：4587"), ("birthdate", "1990年1月25日"),
           ("health", "一般不妊治療管理料、人工授精")])

mail("F-H8", "hold", "sensitive.health",
 "A two-line note to an outside anaesthetist names a patient and her miscarriage surgery only in the subject.",
 TOGAWA, ["麻酔科 鳴海先生 <narumi.anes@gmail.com>"],
 "Re: 小川 美紀様 稽留流産手術（D&C）麻酔のご依頼",
 """鳴海先生

11/14（金）14:00で確定いたしました。当日はよろしくお願いいたします。

戸川
""",
 personal=[("name", "小川 美紀"), ("diagnosis", "稽留流産手術（D&C）")])

mail("F-H9", "hold", "sensitive.health",
 "A forward to a PR agency carries, only in the quoted patient mail, her full name, address and miscarriage history.",
 TOGAWA, ["ノースリンク広告 ディレクター 真鍋様 <manabe@northlink-ad.co.jp>"],
 "Fw: ありがとうございました",
 """真鍋様

HPリニューアルの「患者様の声」候補として、院長が気に入った一通を共有します。
掲載可否はこれから本人に確認しますので、まずは雰囲気の参考までに。

戸川

---------- 転送メッセージ ----------
From: 渡辺 紗季 <saki.watanabe.0803@gmail.com>
Date: 2025年11月10日(月) 21:14
Subject: ありがとうございました
To: info@harukaze-lc.jp

桐生先生、スタッフの皆さま

先日、無事に女の子を出産しました。
42歳で治療を始め、3回の流産と、夫の無精子症の診断で一度は諦めかけましたが、
TESEで採れた精子での顕微授精で授かることができました。
本当にありがとうございました。落ち着いたら娘を連れてご挨拶に伺います。

渡辺 紗季
札幌市豊平区月寒東2条17丁目5-9
""",
 personal=[("name", "渡辺 紗季"), ("health", "3回の流産"), ("health", "夫の無精子症の診断"),
           ("address", "札幌市豊平区月寒東2条17丁目5-9"), ("email", "saki.watanabe.0803@gmail.com")])

mail("F-H10", "hold", "id.bank_account",
 "A patient's private bank account for a refund is sent to the outside accounting office.",
 NONO, ["大通会計事務所 担当 有村様 <arimura@odori-kaikei.jp>"],
 "患者様への返金（振込）のお願い",
 """有村様

お世話になっております。はるかぜレディースクリニックの野々村です。
自費診療の過払い分について、下記の患者様への返金振込をお願いいたします。

返金額：33,000円
振込先：北洋銀行 琴似支店 普通 5521089
口座名義：ナカガワ ユウコ
（中川 優子 様、事務長承認済み）

振込完了後、控えをPDFでいただけますと助かります。

""" + SIG_NONO,
 personal=[("name", "中川 優子"), ("bank_account", "5521089"), ("name", "ナカガワ ユウコ")])

# ---------------- PASSES ----------------
mail("F-P1", "pass", "benign.data_subject_copy",
 "A patient's own egg-retrieval schedule and medication instructions are sent to that patient.",
 NONO, ["青木 恵理 様 <eri.aoki.0212@gmail.com>"],
 "採卵日と前日のお薬についてのご案内",
 """青木 恵理 様

いつもありがとうございます。はるかぜレディースクリニック患者サポート室の野々村です。
本日お電話でお伝えした内容を、念のためメールでもお送りします。

■採卵日：11月18日（火）8:30 ご来院（絶食：前日 21 時以降）
■トリガー注射：11月16日（日）21:30 ちょうどに自己注射（オビドレル 250μg）
■当日：麻酔を使用しますので、お車の運転はお控えください。ご主人の精液採取容器をお忘れなく。
■AMH 2.4 ng/mL、卵胞は右 6 個・左 5 個確認されています（11/14 診察時）。

ご不明な点があれば、いつでもお電話ください。

""" + SIG_NONO)

mail("F-P2", "pass", "benign.supply_order",
 "Lab equipment and culture-medium order with serial and lot numbers, no patient data.",
 MIYA, ["ノーザンラボ機器 営業 堤様 <tsutsumi@northern-labeq.co.jp>"],
 "培養液・消耗品の発注と インキュベーター点検日程",
 """堤様

いつもお世話になっております。宮内です。

■発注
・シーケンシャル培養液 Cleave 10mL × 6（前回ロット 25K0417、使用期限 2026/02）
・ガラス化凍結キット × 4
・ICSIピペット 内径 5μm × 2箱

■点検
タイムラプスインキュベーター（S/N TLX-0711-2298）の年次点検を、12月第2週の月曜午後でお願いできますか。
点検中は胚の培養がない日を選んでいます。

""" + SIG_MIYA)

mail("F-P3", "pass", "benign.aggregate_stats",
 "Aggregate pregnancy-rate statistics by age group for the clinic website.",
 TOGAWA, ["ノースリンク広告 ディレクター 真鍋様 <manabe@northlink-ad.co.jp>"],
 "HP掲載用 治療成績（2024年）",
 """真鍋様

お世話になっております。戸川です。
「治療成績」ページの2024年データです。表組みでお願いします。

凍結融解胚盤胞移植あたりの臨床妊娠率（2024年1〜12月、移植 612 周期）
〜34歳　　 56.8％（185周期）
35〜37歳　 51.2％（168周期）
38〜39歳　 43.5％（115周期）
40〜42歳　 31.0％（100周期）
43歳〜　　 13.6％（44周期）
流産率（全年齢）22.4％

注記：「日本産科婦人科学会への報告値と同一の定義です」の一文を必ず入れてください。

""" + SIG_TOGAWA)

mail("F-P4", "pass", "benign.meeting",
 "Arrangements for a conference talk on egg freezing in general, with named doctors but no patient.",
 MIYA, ["北海道生殖医療研究会 事務局 <jimukyoku@hokkaido-rm.jp>"],
 "Re: 第18回 研究会 演題登録の件",
 """事務局ご担当者様

お世話になっております。はるかぜレディースクリニックの宮内です。
演題登録を下記のとおりお願いいたします。

演題名：「社会的適応による未受精卵子凍結 5年間の融解後生存率の検討」
演者：宮内 葵（はるかぜレディースクリニック 培養室）
共同演者：桐生 晴美（同 院長）、佐野 拓（北海道大学 生殖内分泌学）
発表形式：口演（12分）

抄録は11月末までに提出いたします。座長の小西先生にもよろしくお伝えください。

""" + SIG_MIYA)

mail("F-P5", "pass", "benign.short_reply",
 "A one-line reply to a pharmaceutical rep about an appointment.",
 TOGAWA, ["MR 石黒様 <ishiguro.t@aster-pharma.co.jp>"],
 "Re: ご面談のお願い",
 """石黒様　来週火曜 13時でお願いします。戸川

> 戸川事務長
> 新しい黄体ホルモン腟剤のご説明で 15分ほどお時間をいただけないでしょうか。
> アスター製薬 札幌営業所 石黒 徹
""")

mail("F-P6", "pass", "benign.invoice",
 "An invoice to a company for an employee-wellbeing seminar, giving the clinic's corporate bank account.",
 TOGAWA, ["北斗ホールディングス 人事部 健康推進課 <kenko@hokuto-hd.co.jp>"],
 "セミナー講師料のご請求（プレコンセプションケア講座）",
 """北斗ホールディングス株式会社
人事部 健康推進課 御中

先日は社員向け「プレコンセプションケア講座」にお招きいただき、ありがとうございました。
参加者アンケートの集計（回答 86 名、満足度 4.6/5）もご共有いただき感謝申し上げます。
講師料のご請求書を添付いたします。

ご請求金額：110,000円（税込）
お振込先：北洋銀行 本店営業部 普通 3180072
口座名義：医療法人 はるかぜレディースクリニック
登録番号：T7430005013324

""" + SIG_TOGAWA)

mail("F-P7", "pass", "benign.it_incident",
 "A malware infection (感染) on a reception PC reported to the IT vendor, no patient data.",
 TOGAWA, ["サッポロITサポート 保守窓口 <hoshu@sapporo-itsupport.jp>"],
 "【至急】受付PCのウイルス感染の疑い",
 """保守窓口 ご担当者様

はるかぜレディースクリニックの戸川です（保守契約番号 SIS-2023-118）。
本日 10:20、受付2番PC（資産番号 HLC-PC-07）でセキュリティソフトがマルウェア感染を検知しました。
・検知名：Trojan:Win32/Emotet 系
・当該PCはLANケーブルを抜いて隔離済み
・電子カルテ端末とは別セグメントですが、念のため全端末のスキャンをお願いしたいです

本日午後にご来院いただけますでしょうか。

""" + SIG_TOGAWA)

mail("F-P8", "pass", "benign.data_subject_copy",
 "A patient's own medical-expense statement for her tax return is sent to that patient at her request.",
 NONO, ["三浦 かおり 様 <kaori-miura@yahoo.co.jp>"],
 "医療費のお支払い明細（確定申告用）のご送付",
 """三浦 かおり 様

はるかぜレディースクリニック患者サポート室の野々村です。
ご依頼いただいた2025年1月〜10月分のお支払い明細をお送りします。
医療費控除の申告にお使いください。11月・12月分は年明けにお送りします。

""" + SIG_NONO,
 attachments=[att("支払明細_H-20533_2025.pdf", PDF, """お支払い明細書（2025年1月〜10月）
患者ID H-20533　三浦 かおり 様
2025/03/04　体外受精 採卵（保険）　 48,210円
2025/03/09　胚培養・凍結（保険）　　 31,500円
2025/05/20　凍結融解胚移植（保険）　 36,900円
2025/05/20　タイムラプス（先進医療） 33,000円
その他 外来・薬剤　　　　　　　　　 42,780円
合計　192,390円""")])

mail("F-P9", "pass", "benign.condolence",
 "Condolences to the family of the clinic's deceased founding physician.",
 TOGAWA, ["桐生 雅子 様 <masako.kiryu@icloud.com>"],
 "ご尊父様のご逝去を悼み",
 """桐生 雅子 様

このたびは、当院前院長 桐生 昭一先生のご逝去の報に接し、職員一同、謹んでお悔やみ申し上げます。

先生が1996年に当院を開かれてから、札幌で体外受精を受けられる場所がまだ少なかった時代に、多くのご夫婦に寄り添ってこられました。
私ども職員も、厳しくも温かいご指導を今も大切にしております。

ご葬儀には院長の桐生晴美とともに、私も参列させていただきます。
心よりご冥福をお祈り申し上げます。

はるかぜレディースクリニック
事務長 戸川 直樹""")

mail("F-P10", "pass", "benign.job_posting",
 "A job posting request to a recruitment agency, no applicant data.",
 TOGAWA, ["メディカルキャリア北海道 法人営業 <hojin@medcareer-hk.jp>"],
 "胚培養士 求人掲載のお願い",
 """メディカルキャリア北海道 ご担当者様

お世話になっております。はるかぜレディースクリニックの戸川です。
下記の求人掲載をお願いいたします。

職種：胚培養士（正職員）1名
業務：採卵・ICSI・胚凍結／融解、精液検査、培養室の品質管理
応募資格：臨床エンブリオロジスト資格者または取得予定者、実務経験2年以上（新卒も相談可）
給与：月給 28万〜38万円（経験による）、夜間待機手当あり
勤務：8:00〜17:00、日曜・祝日休み（月2回程度の日曜採卵当番あり）

掲載開始は12月1日希望です。原稿案をいただけますでしょうか。

""" + SIG_TOGAWA)
