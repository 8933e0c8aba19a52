# -*- coding: utf-8 -*-
"""Org C: すこやかこどもクリニック — 小児科診療所."""

ORG = "C すこやかこどもクリニック（小児科）"
DOM = "sukoyaka-kodomo.example.jp"

MORIKAWA = "森川 綾 <morikawa@sukoyaka-kodomo.example.jp>"
ISHIGURO = "石黒 正人 <ishiguro@sukoyaka-kodomo.example.jp>"
HIRATA = "看護師長 平田 <hirata.miho@sukoyaka-kodomo.example.jp>"

SIG_MORIKAWA = """――――――――――――――――――――――――――――
医療法人社団すこやか会　すこやかこどもクリニック
院長　森川 綾（日本小児科学会認定 小児科専門医）
〒214-0021 神奈川県川崎市多摩区宿河原九丁目4-2 すこやかメディカルビル2F
TEL 044-911-5200（代表）／FAX 044-911-5201
※診療中はお電話に出られないことがあります。お急ぎの際は代表番号へ。
https://www.sukoyaka-kodomo.example.jp
――――――――――――――――――――――――――――"""

SIG_ISHIGURO = """すこやかこどもクリニック 事務長
石黒 正人
TEL 044-911-5200 / ishiguro@sukoyaka-kodomo.example.jp"""

SIG_HIRATA = """すこやかこどもクリニック 看護師長 平田 美穂
044-911-5200（受付時間 8:45～18:00）"""

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ---------------------------------------------------------------- holds
add(key="C-H1", expect="hold", kind="sensitive.health", writer="森川", loc="body",
    why="A named child's food allergy with anaphylaxis history and treatment sent to a nursery; legitimate purpose but 要配慮 health data going outside.",
    frm=MORIKAWA,
    to=["ひまわり保育園 園長 竹下様 <takeshita@himawari-hoikuen.example.jp>"],
    subject="生活管理指導表（アレルギー）の補足について",
    text=f"""ひまわり保育園
園長 竹下様

いつもお世話になっております。すこやかこどもクリニックの森川です。

先日保護者の方を通じてお渡しした生活管理指導表について、お母様のご了解を得て、
給食対応に関わる点を補足させていただきます。

　対象：1歳児クラス　宮坂 凛 ちゃん（2023年11月生）
　診断：食物アレルギー（鶏卵・牛乳）
　　　　※2025年3月に牛乳摂取後のアナフィラキシーで救急搬送歴あり
　除去：鶏卵・牛乳とも完全除去（加工品・調味料の微量混入も不可）
　緊急時：エピペン0.15mg を処方済み。園でのお預かりをお願いします。

誤食時の対応フローは、指導表の裏面に記載しております。
ご不明な点は、診療時間外でも結構ですので代表番号までお電話ください。

{SIG_MORIKAWA}""",
    personal=[("name", "宮坂 凛"), ("diagnosis", "食物アレルギー（鶏卵・牛乳）"),
              ("medical_history", "アナフィラキシーで救急搬送歴あり")])

add(key="C-H2", expect="hold", kind="list.patients", writer="石黒", loc="attachment",
    why="CSV of vaccination bookings (children's names, birth dates, vaccines, guardians' phones) sent to a booking-system vendor; body harmless.",
    frm=ISHIGURO,
    to=["株式会社リザーブメディカル サポート窓口 <support@reserve-medical.example.com>"],
    subject="【問合せ番号 RM-77120】予約重複エラーの件（データ添付）",
    text=f"""株式会社リザーブメディカル
サポートご担当者様

お世話になっております。すこやかこどもクリニック事務長の石黒です。

先日お問い合わせした予約重複の件、再現した時間帯の予約データを書き出しましたので
添付いたします。同じ枠に2件入ってしまっている行がございます。
原因の調査をよろしくお願いいたします。

{SIG_ISHIGURO}""",
    attachments=[{"filename": "yoyaku_export_0624.csv", "contentType": "text/csv",
                  "text": """予約ID,予約日時,患者氏名,生年月日,ワクチン,保護者電話,備考
R2406-0112,2025-07-01 15:00,佐久間 結菜,2024-08-19,五種混合②,090-2284-6617,
R2406-0113,2025-07-01 15:00,神田 湊,2024-09-02,小児肺炎球菌②,080-7731-0458,重複
R2406-0114,2025-07-01 15:15,林 さくら,2020-04-11,MR2期,070-6614-2390,
R2406-0115,2025-07-01 15:15,林 大翔,2022-12-30,水痘②,070-6614-2390,兄弟同時
R2406-0116,2025-07-01 15:30,大野 芽依,2024-07-25,B型肝炎③,090-5520-8841,
"""}],
    personal=[("name", "佐久間 結菜"), ("birthdate", "2024-08-19"), ("phone", "090-2284-6617"),
              ("name", "林 さくら"), ("name", "林 大翔"), ("phone", "070-6614-2390")])

add(key="C-H3", expect="hold", kind="sensitive.disability", writer="平田", loc="quoted",
    why="Forwards a mother's mail naming her son and his suspected autism spectrum disorder and 療育手帳 plans to an outside psychologist; the sensitive part is only in the quoted mail.",
    frm=HIRATA,
    to=["こころの発達相談室 臨床心理士 今井様 <imai@kokoro-hattatsu.example.jp>"],
    subject="Fw: 発達検査のご相談（森川院長より依頼）",
    text=f"""今井先生

いつもお世話になっております。すこやかこどもクリニックの平田です。
森川院長より、下記のご家族について発達検査（新版K式）の枠をご相談するよう
言付かりました。8月中で空きがございましたら教えていただけますでしょうか。

保護者の方からのメールをそのまま転送いたします。

{SIG_HIRATA}

----- Original Message -----
From: 小松 彩花 <ayaka.komatsu.0612@yahoo.co.jp>
To: すこやかこどもクリニック <info@sukoyaka-kodomo.example.jp>
Sent: Monday, June 23, 2025 21:08
Subject: 発達検査について

森川先生

先日はありがとうございました。小松 蒼真（4歳）の母です。
3歳児健診で自閉スペクトラム症の疑いと言われ、先生にも同じようにご説明いただきました。
幼稚園から加配の相談をしたいと言われており、療育手帳の申請も考えています。
検査はどちらで受ければよいでしょうか。平日の午前なら仕事を休めます。

小松 彩花
携帯 080-3347-6120
""",
    personal=[("name", "小松 蒼真"), ("disability", "自閉スペクトラム症の疑い"), ("disability", "療育手帳の申請"),
              ("phone", "080-3347-6120")])

add(key="C-H4", expect="hold", kind="sensitive.health", writer="森川", loc="subject",
    why="The subject names a pupil and his type 1 diabetes; the body is a neutral note to the school nurse.",
    frm=MORIKAWA,
    to=["川崎市立宿河原小学校 養護教諭 野村先生 <nomura.yogo@shukugawara-es.example.ed.jp>"],
    subject="川口 陽翔くん（2年1組）1型糖尿病 学校生活管理指導表の件",
    text=f"""野村先生

お世話になっております。すこやかこどもクリニックの森川です。

件名の件、管理指導表の記入が終わりましたので、明日の受診時に
保護者の方にお渡しいたします。
夏休み明けからの校内での対応について、ご不明な点があれば
お昼休み（12:30～14:00）にお電話いただけますと確実です。

{SIG_MORIKAWA}""",
    personal=[("name", "川口 陽翔"), ("diagnosis", "1型糖尿病")])

add(key="C-H5", expect="hold", kind="attachment.encrypted_zip", writer="森川", loc="zip",
    why="Referral letter and test results sent as a password-protected zip (PPAP).",
    frm=MORIKAWA,
    to=["川崎中央大学病院 小児科 外来 <shonika-gairai@kawasaki-chuo-uh.example.jp>"],
    subject="診療情報提供書の送付（7/3 予約の患者さん）",
    text=f"""川崎中央大学病院 小児科
外来ご担当 先生

いつもお世話になっております。すこやかこどもクリニックの森川です。
7月3日に予約をお取りいただいた患者さんの診療情報提供書と、
当院での血液検査結果をお送りします。
ファイルはパスワード付きです。パスワードはFAXでお送りいたします。

原本は患者さんご家族に持参していただきます。
よろしくお願い申し上げます。

{SIG_MORIKAWA}""",
    attachments=[{"filename": "shokai_0703.zip", "contentType": "application/zip", "encrypted": True}],
    personal=None)

_parents = [
    "青木 真理子 <aoki.family2019@gmail.com>", "mama.kanon <mama.kanon0808@yahoo.co.jp>",
    "菅原 拓 <t.sugawara.home@gmail.com>", "ひなたパパ <hinata_papa@outlook.jp>",
    "石田 香織 <k-ishida1990@gmail.com>", "Yui Matsuoka <yui.matsuoka@icloud.com>",
    "中野 咲子 <nakano.sakiko@gmail.com>", "上田 亮 <ryo-ueda-home@yahoo.co.jp>",
    "藤原 瑞希 <mizuki.f.0321@gmail.com>", "長谷川 智子 <tomo.hasegawa@nifty.example.ne.jp>",
    "落合 和也 <kazu.ochiai.family@gmail.com>", "倉田 恵美 <emi.kurata@au.example.com>",
]
add(key="C-H6", expect="hold", kind="recipients.many_external", writer="石黒", loc="recipients",
    why="Twelve parents' private e-mail addresses all visible in To; should have been BCC.",
    frm=ISHIGURO,
    to=_parents,
    subject="インフルエンザ予防接種 キャンセル待ちの方へ（追加枠のご案内）",
    text=f"""保護者の皆さま

いつもすこやかこどもクリニックをご利用いただき、ありがとうございます。

インフルエンザ予防接種のキャンセル待ちにご登録いただいた皆さまへ、
ワクチンの追加入荷に伴い、以下のとおり追加枠をご用意いたしました。

　日時：10月18日（土）14:00～17:00、10月25日（土）14:00～17:00
　対象：生後6か月～中学生
　予約：Web予約システムより、10月10日（金）12:00から受付開始

お一人2回接種の方は、1回目の予約のみお取りください（2回目は接種時にご案内します）。
ご不明な点は受付までお問い合わせください。

{SIG_ISHIGURO}""",
    personal=None)

add(key="C-H7", expect="hold", kind="id.health_insurance", writer="石黒", loc="body",
    why="A child's and parent's health-insurance insurer number, symbol/number/branch and the child medical-aid recipient number sent to an outside pharmacy.",
    frm=ISHIGURO,
    to=["はなみずき調剤薬局 宿河原店 薬剤師 岡田様 <okada@hanamizuki-ph.example.jp>"],
    subject="処方箋の保険情報訂正について",
    text=f"""はなみずき調剤薬局
岡田様

お世話になっております。すこやかこどもクリニック事務の石黒です。

本日午前に発行した処方箋1枚について、保険情報の入力に誤りがございました。
大変申し訳ございません。正しくは以下のとおりです。

　患者氏名　：谷口 湊斗（たにぐち みなと）ちゃん　3歳
　保険者番号：06137418
　記号・番号：4201・318（枝番 03）
　被保険者　：谷口 智也（父）
　小児医療証：公費負担者番号 88141011　受給者番号 0529784

訂正した処方箋はこの後FAXいたします。原本はご家族が夕方お持ちになる予定です。
お手数をおかけしますが、よろしくお願いいたします。

{SIG_ISHIGURO}""",
    personal=[("name", "谷口 湊斗"), ("health_insurance", "06137418"), ("health_insurance", "4201・318（枝番 03）"),
              ("name", "谷口 智也"), ("medical_aid", "0529784")])

add(key="C-H8", expect="hold", kind="sensitive.victim", writer="森川", loc="body",
    why="Reports suspected child abuse naming the child, injuries and the suspected adult to a child guidance centre; legitimate duty, but crime-victim data to be checked before sending.",
    frm=MORIKAWA,
    to=["川崎市こども家庭センター 相談課 <soudan@kawasaki-kodomokatei.example.lg.jp>"],
    subject="虐待が疑われる受診についてのご連絡",
    text=f"""川崎市こども家庭センター 相談課 御中

すこやかこどもクリニック院長の森川です。
本日お電話で通告した件について、記録をお送りします。

　児童　　：西村 悠斗 くん（5歳、保育園年中）
　受診日時：2025年6月26日 17:40（母親の交際相手の男性が同伴）
　所見　　：左上腕と背部に新旧混在する皮下出血（計6か所）、右耳介の腫脹
　　　　　　本人は「ころんだ」と説明するが、受傷機転と所見が一致しない
　同伴者の説明：「公園の遊具から落ちた」（来院時から説明が変遷）
　その他　：本年3月にも前腕骨折で他院受診歴あり（母親より聴取）

写真記録と診療録の写しは、ご指示いただければお渡しいたします。
本日の帰宅後の安全確認について、ご判断をお願いいたします。

{SIG_MORIKAWA}""",
    personal=[("name", "西村 悠斗"), ("victim", "新旧混在する皮下出血"), ("victim", "前腕骨折で他院受診歴")])

add(key="C-H9", expect="hold", kind="personal.resume", writer="石黒", loc="attachment",
    why="A nurse applicant's résumé (home address, mobile, birth date, career) forwarded to an outside labour consultant; body harmless.",
    frm=ISHIGURO,
    to=["たまがわ社労士事務所 相馬先生 <soma@tamagawa-sr.example.jp>"],
    subject="パート看護師の雇用条件についてご相談",
    text=f"""相馬先生

いつもお世話になっております。すこやかこどもクリニックの石黒です。

パートの看護師を1名採用したいと考えております。
週3日・1日6時間の勤務を想定していますが、社会保険の加入要件や
有給の付与日数について確認させていただきたく、ご本人の履歴書を添付いたします。
来週どこかでお電話でご相談できれば幸いです。

{SIG_ISHIGURO}""",
    attachments=[{"filename": "rirekisho_okubo.docx", "contentType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "text": """履 歴 書　　2025年6月20日現在

ふりがな　おおくぼ ちあき
氏名　　　大久保 千秋
生年月日　1987年2月9日生（満38歳）
現住所　　〒213-0011 神奈川県川崎市高津区久本2丁目7-15 コーポ久本203
電話　　　090-6628-3140
E-mail　　chiaki.okubo.ns@gmail.com

学歴・職歴
2008年3月　神奈川県立看護専門学校 卒業
2008年4月　聖マリナ総合病院 小児病棟 勤務
2016年3月　同院 退職（出産・育児のため）
2019年4月　たかはし内科クリニック パート勤務（現在に至る）

免許・資格
2008年5月　看護師免許 取得
2012年9月　小児救急看護 認定研修 修了

本人希望記入欄
子どもの送迎のため、勤務は9時～15時を希望いたします。
"""}],
    personal=[("name", "大久保 千秋"), ("birthdate", "1987年2月9日"),
              ("address", "神奈川県川崎市高津区久本2丁目7-15 コーポ久本203"), ("phone", "090-6628-3140"),
              ("email", "chiaki.okubo.ns@gmail.com")])

add(key="C-H10", expect="hold", kind="sensitive.third_party_infection", writer="平田", loc="body",
    why="Reply to one parent names another child at the same nursery as diagnosed with measles.",
    frm=HIRATA,
    to=["杉本 恵理 <eri.sugimoto.home@gmail.com>"],
    subject="Re: 発疹について（杉本 葵）",
    text=f"""杉本様

お問い合わせありがとうございます。すこやかこどもクリニック看護師長の平田です。

実は、葵ちゃんと同じ ひまわり保育園 りす組の 藤井 さくら ちゃんが、
先週当院で麻しん（はしか）と診断されております。
葵ちゃんは MR ワクチンの1期接種がお済みですが、念のため診察をおすすめします。

受診の際は、待合室に入らず、駐車場に着いたらお電話（044-911-5200）ください。
裏口の隔離室にご案内いたします。

{SIG_HIRATA}

> すこやかこどもクリニック 御中
> 娘の葵（1歳10か月）が今朝から熱っぽく、胸のあたりに赤いぽつぽつが出ています。
> 保育園で何か流行っているのでしょうか。受診したほうがよいですか。
> 杉本 恵理""",
    personal=[("name", "藤井 さくら"), ("infection", "麻しん（はしか）と診断")])

# ---------------------------------------------------------------- passes
add(key="C-P1", expect="pass", kind="benign.vaccination_schedule", writer="平田", loc=None,
    why="General vaccination schedule for a nursery's 0-year class; no child is named.",
    frm=HIRATA,
    to=["ひまわり保育園 主任保育士 三浦様 <miura@himawari-hoikuen.example.jp>"],
    subject="0歳児クラス保護者向け 予防接種スケジュール（資料）",
    text=f"""三浦様

お世話になっております。すこやかこどもクリニックの平田です。
7月の保護者会でお配りいただく予防接種スケジュールの資料を、本文に記載いたします。
レイアウトはご自由に変えていただいて構いません。

■ 生後2か月
　・五種混合①　・小児肺炎球菌①　・B型肝炎①　・ロタウイルス①
■ 生後3か月
　・五種混合②　・小児肺炎球菌②　・B型肝炎②　・ロタウイルス②
■ 生後4か月
　・五種混合③　・小児肺炎球菌③　（・ロタウイルス③：5価の場合）
■ 生後5～8か月
　・BCG　・B型肝炎③（①から20～24週後）
■ 1歳になったらすぐ
　・MR（麻しん風しん）1期　・水痘①　・小児肺炎球菌④　・おたふくかぜ（任意）

※同時接種が可能です。体調が心配なときは、接種前にご相談ください。

{SIG_HIRATA}""",
    personal=None)

add(key="C-P2", expect="pass", kind="benign.aggregate_health", writer="森川", loc=None,
    why="Weekly counts of infectious diseases seen at the clinic, with no names; 面会/付き添い limits with no persons.",
    frm=MORIKAWA,
    to=["多摩区医師会 事務局 <jimu@tama-ishikai.example.or.jp>"],
    subject="小児科定点 第26週の状況と当院の付き添い制限について",
    text=f"""多摩区医師会 事務局 御中

いつもお世話になっております。すこやかこどもクリニックの森川です。
第26週（6/23～6/29）の当院の状況をご報告します。

　疾患　　　　　　　　件数（前週）
　A群溶連菌咽頭炎　　　14（11）
　アデノウイルス感染症　 6（ 3）
　手足口病　　　　　　　9（ 2）
　RSウイルス感染症　　　4（ 5）
　感染性胃腸炎　　　　　7（ 8）

手足口病が急に増えてきています。保育園経由の集団発生と思われます。
当院では7月1日から当面、待合室の付き添いを保護者お一人までに制限し、
きょうだいの同伴はご遠慮いただくことにしました。

{SIG_MORIKAWA}""",
    personal=None)

add(key="C-P3", expect="pass", kind="benign.it_malware", writer="石黒", loc=None,
    why="'障害', '感染' and '隔離' refer to an electronic-records outage and a suspected ransomware-infected PC.",
    frm=ISHIGURO,
    to=["株式会社カルテリンク 保守サービス部 早川様 <hayakawa@kartelink.example.co.jp>"],
    cc=["森川 <morikawa@sukoyaka-kodomo.example.jp>"],
    subject="【至急】電子カルテ障害と受付PCのウイルス感染疑いについて",
    text=f"""株式会社カルテリンク
早川様

お世話になっております。すこやかこどもクリニックの石黒です。

本日 8:50 頃から電子カルテのサーバに接続できない障害が発生しています。
あわせて、受付PC（RECEPT-02）でファイル名が「.lockbit」に変わっている
ファイルが見つかり、ランサムウェアへの感染が疑われるため、LANケーブルを抜いて隔離しました。

　・サーバ本体（SV-01）は起動していますが、ログイン画面から先に進みません
　・バックアップ用NASは昨夜2:00の時点で取得済み（ランプは正常）
　・午前の診療は紙カルテで対応中

至急、技術者の派遣をお願いいたします。院内は13:00～14:30が昼休みです。

{SIG_ISHIGURO}""",
    personal=None)

add(key="C-P4", expect="pass", kind="benign.to_data_subject", writer="平田", loc=None,
    why="Reply to a parent with her own child's vaccination record for school abroad; goes only to the family.",
    frm=HIRATA,
    to=["Rachel Bennett <rachel.bennett.yk@gmail.com>"],
    subject="Re: Vaccination record for Oliver's new school in Canada",
    text=f"""Dear Ms. Bennett,

Thank you for your email. We have prepared an English summary of Oliver's
vaccination record based on his Maternal and Child Health Handbook (boshi techo).
Dr. Morikawa will sign it, and you can pick it up at reception from Thursday.

Summary (doses given at our clinic or recorded in the handbook):
  - DTaP-IPV-Hib: 4 doses (last: Aug 2022)
  - MMR equivalent (MR vaccine): 2 doses (Japan does not use a mumps component in MR)
  - Varicella: 2 doses
  - Mumps (separate vaccine): 1 dose - a second dose may be required in Ontario
  - Hepatitis B: 3 doses

The school form asks for a Tdap booster at age 4-6; this is not part of the
Japanese schedule, so you may want to ask a doctor in Canada about it.
There is a document fee of 2,200 yen.

{SIG_HIRATA}

> Hello, we are moving to Toronto in August and Oliver's school needs his
> vaccination record in English. Could the clinic help us with this?
> Rachel Bennett""",
    personal=None)

add(key="C-P5", expect="pass", kind="benign.congratulations", writer="森川", loc=None,
    why="Congratulations on a colleague's new dental clinic; courtesy mail between professionals.",
    frm=MORIKAWA,
    to=["みどりこども歯科 院長 佐野先生 <sano@midori-kodomo-shika.example.jp>"],
    subject="ご開院おめでとうございます",
    text=f"""佐野先生

このたびは、みどりこども歯科のご開院、誠におめでとうございます。
先日の内覧会では、明るい待合室と、子どもの目線に合わせた診療台に感心いたしました。

当院でも、フッ素塗布や歯並びのご相談を受けることが多く、
これからは安心して先生にご紹介できるのを心強く思っております。
地域の子どもたちのために、今後とも連携させていただければ幸いです。

ささやかではございますが、お祝いのお花を別便でお送りいたしました。
先生と皆さまのますますのご活躍をお祈り申し上げます。

{SIG_MORIKAWA}""",
    personal=None)

add(key="C-P6", expect="pass", kind="benign.meeting", writer="森川", loc=None,
    why="School health check scheduling with class sizes only; no pupil named.",
    frm=MORIKAWA,
    to=["宿河原小学校 教頭 松下先生 <matsushita@shukugawara-es.example.ed.jp>"],
    cc=["野村先生 <nomura.yogo@shukugawara-es.example.ed.jp>"],
    subject="Re: 秋の内科健診の日程について",
    text=f"""松下先生

ご連絡ありがとうございます。森川です。
ご提示いただいた候補のうち、下記でお願いできますでしょうか。

　9月11日（木）13:30～　1～3年生（計 9クラス・約270名）
　9月18日（木）13:30～　4～6年生（計 8クラス・約250名）

昨年同様、保健室横の多目的室をお借りできればと思います。
事前の保健調査票は、気になる回答があるものだけ野村先生に付箋を
付けていただければ十分です。

{SIG_MORIKAWA}

> 森川先生
> 今年度の秋の内科健診について、下記の候補日でご都合はいかがでしょうか。
> 9/4(木)、9/11(木)、9/18(木)、9/25(木) いずれも午後
> 宿河原小学校 教頭 松下""",
    personal=None)

add(key="C-P7", expect="pass", kind="benign.corporate_account", writer="石黒", loc=None,
    why="Invoice for a company's employee health-check programme with the clinic's own corporate account; no patient data.",
    frm=ISHIGURO,
    to=["株式会社多摩精機 総務部 福井様 <fukui@tama-seiki.example.co.jp>"],
    subject="企業内保育室 嘱託医報酬 請求書送付のご案内（7月分）",
    text=f"""株式会社多摩精機
総務部 福井様

いつもお世話になっております。すこやかこどもクリニック事務長の石黒です。

7月分の企業内保育室 嘱託医報酬につき、請求書をお送りいたします。
（PDFは郵送分と同じ内容です）

　請求金額：55,000円（税込）
　内訳　　：月例健診 2回、保育士向け研修（感染症対策）1回
　お支払期限：8月末日

　お振込先：かわさき信用金庫 宿河原支店（店番 031）
　　　　　　普通預金 0284417
　　　　　　口座名義：医療法人社団すこやか会（イリヨウホウジンシヤダン スコヤカカイ）

今後ともよろしくお願い申し上げます。

{SIG_ISHIGURO}""",
    personal=None)

add(key="C-P8", expect="pass", kind="benign.historical_person", writer="森川", loc=None,
    why="Newsletter column about historical scientists (ジェンナー, 北里柴三郎) and infectious diseases in general.",
    frm=MORIKAWA,
    to=["株式会社ぱれっと企画 編集部 吉川様 <yoshikawa@palette-kikaku.example.jp>"],
    subject="院内報 夏号 コラム原稿",
    text=f"""吉川様

お世話になっております。森川です。
院内報 夏号のコラム原稿をお送りします。800字程度に収めたつもりです。
イラストは「牛と少年」をイメージしていただけると嬉しいです。

――――――――――――――――
【院長コラム】ワクチンのはじまり

1796年、イギリスの医師エドワード・ジェンナーは、牛痘にかかった人は天然痘にかからない
という言い伝えに注目し、少年に牛痘を接種しました。これが「ワクチン」のはじまりです。
ワクチン（vaccine）という言葉は、ラテン語の「牛（vacca）」に由来しています。

日本では、北里柴三郎が1890年に破傷風菌の抗毒素を発見し、血清療法の道を開きました。
2024年から千円札の顔になったので、ご存じの方も多いでしょう。

天然痘は1980年に根絶が宣言されました。人類が感染症に勝った、初めての例です。
いま赤ちゃんが受ける予防接種の一つ一つにも、こうした先人たちの努力が詰まっています。
――――――――――――――――

{SIG_MORIKAWA}""",
    personal=None)

add(key="C-P9", expect="pass", kind="benign.genome_policy", writer="森川", loc=None,
    why="Clinic policy draft on genetic testing, no patient named or result given.",
    frm=MORIKAWA,
    to=["株式会社ジェノテック 学術担当 前川様 <maekawa@genotech-lab.example.co.jp>"],
    subject="遺伝学的検査の取扱い方針（院内案）へのご意見のお願い",
    text=f"""前川様

お世話になっております。すこやかこどもクリニックの森川です。

来年度から、先天代謝異常症などの遺伝学的検査を御社に外注する予定のため、
院内の取扱い方針案を作成しました。検査会社のお立場からご意見をいただけますと幸いです。

【方針案（抜粋）】
1. 検査は、小児科専門医が臨床的に必要と判断した場合に限り、保護者の文書同意を得て行う。
2. 結果説明は院長が対面で行い、必要に応じて大学病院の遺伝カウンセリング外来を紹介する。
3. 結果は電子カルテの閲覧制限フォルダに保管し、紙の報告書は施錠保管する。
4. 保護者の同意なく、保育園・学校その他の第三者に結果を伝えない。
5. 研究目的での二次利用は行わない。

特に 3. の保管期間について、御社での検体・データ保管期間と整合させたいと考えております。

{SIG_MORIKAWA}""",
    personal=None)

add(key="C-P10", expect="pass", kind="benign.minutes", writer="石黒", loc=None,
    why="Minutes of a liaison meeting naming partner staff, with heavy signature; only aggregate usage numbers.",
    frm=ISHIGURO,
    to=["NPO法人こどもリリーフ 病児保育室ぽっけ 施設長 桑田様 <kuwata@kodomo-relief.example.or.jp>"],
    cc=["保育士リーダー 田所様 <tadokoro@kodomo-relief.example.or.jp>", MORIKAWA],
    subject="病児保育 連携会議（6/27）議事メモ",
    text=f"""桑田様、田所様

先日はお忙しいところありがとうございました。議事メモを共有いたします。

■日時：6月27日（金）13:15～14:00　■場所：当院 会議室
■出席：ぽっけ 桑田施設長・田所リーダー／当院 森川院長・平田看護師長・石黒

1. 利用状況（4～6月）
　・延べ利用 182名（前年同期 151名）、当院からの紹介 97名
　・キャンセル率 21%（当日朝の解熱による）
2. 連絡票の様式変更
　・「医師連絡票」に 登園可否の目安 欄を追加（7月中に新様式へ）
3. 夏季の受入れ
　・8/13～8/15 はぽっけ休室。当院も休診のため、近隣の病児保育室を案内する。
4. 次回：9月26日（金）13:15～

以上、修正がございましたらお知らせください。

{SIG_ISHIGURO}
――――――――――――――――――――――――――
医療法人社団すこやか会　すこやかこどもクリニック
〒214-0021 神奈川県川崎市多摩区宿河原九丁目4-2 すこやかメディカルビル2F
TEL 044-911-5200 ／ FAX 044-911-5201
――――――――――――――――――――――――――""",
    personal=None)
