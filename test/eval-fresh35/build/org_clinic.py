from common import *

D = "minato-travel-clinic.jp"
MIYASAKA = f"宮坂 玲子 <miyasaka@{D}>"
KITAMURA = f"北村 浩二 <kitamura@{D}>"
OHNO = f"大野 恵 <ohno@{D}>"

SIG_M = """――――――――――――――――――
医療法人社団 港仁会 みなとトラベルクリニック
院長 宮坂 玲子(日本渡航医学会認定医療職)
〒108-0023 東京都港区芝浦3-14-7 芝浦ベイサイドビル2F
TEL 03-5439-2718 FAX 03-5439-2719
https://www.minato-travel-clinic.jp
――――――――――――――――――"""

SIG_K = """********************************
みなとトラベルクリニック 事務長
北村 浩二
TEL 03-5439-2718(代表) 平日9:00-18:00 / 土9:00-13:00
kitamura@minato-travel-clinic.jp
********************************"""

SIG_O = """みなとトラベルクリニック
看護師長 大野 恵
03-5439-2718"""

MAILS = []
A = MAILS.append

A(M("pass", "benign.vaccine_schedule", "General recommended vaccine schedule for corporate travellers; no individual's data.",
MIYASAKA, ["東洋プラント株式会社 人事部 安田様 <yasuda@toyo-plant.co.jp>"], "インド・バングラデシュ赴任者向け 推奨ワクチンのご案内",
f"""東洋プラント株式会社
人事部 安田様

いつもお世話になっております。みなとトラベルクリニックの宮坂です。
先日お問い合わせいただいた、南アジア赴任予定者向けの推奨ワクチンについてご案内いたします。

【赴任者(長期滞在)に推奨】
・A型肝炎:2回(0日、6か月後)※エイムゲン使用時は3回
・B型肝炎:3回(0日、1か月、6か月)
・破傷風(三種混合):1回(過去の接種歴により追加)
・腸チフス:1回(3年ごとに追加)
・狂犬病(曝露前):3回(0日、7日、21〜28日)
・日本脳炎:農村部に滞在する場合

【出発までのスケジュール目安】
出発の3か月前から開始すると、出発前に主要なワクチンをほぼ完了できます。1か月前からでも短縮スケジュールで対応可能です。

マラリアについては、滞在地域により予防内服をご検討ください。デング熱にはワクチンがありませんので、防蚊対策が中心となります。

赴任前説明会(30分程度)を御社で実施することも可能です。お気軽にご相談ください。

{SIG_M}
"""))

A(M("pass", "benign.to_data_subject", "Appointment confirmation sent to the patient herself.",
KITAMURA, ["松田 恵理子 様 <eriko.matsuda.0812@yahoo.co.jp>"], "【みなとトラベルクリニック】ご予約確認(6月22日 10:30)",
f"""松田 恵理子 様

このたびはみなとトラベルクリニックをご予約いただき、ありがとうございます。
以下の内容でご予約を承りました。

 日時:2024年6月22日(土)10:30
 予約番号:MTC-240622-0041
 接種予定:黄熱ワクチン、A型肝炎ワクチン(1回目)
 費用目安:黄熱 12,100円、A型肝炎 8,800円(税込)

【ご持参いただくもの】
・パスポート(黄熱の証明書作成に必要です)
・母子手帳または過去の接種記録(お持ちの場合)
・記入済みの予診票(添付のフォームをご利用ください)

当日発熱がある場合は接種できませんので、お電話でご連絡ください。

{SIG_K}
"""))

A(M("pass", "benign.to_data_subject", "English vaccination certificate sent to the patient's own registered address at her request.",
OHNO, ["Yuki Harada <yuki.harada.travel@icloud.com>"], "英文予防接種証明書をお送りします",
f"""原田 由紀 様

先日はご来院ありがとうございました。
ご依頼いただいた英文の予防接種証明書(PDF)を添付いたします。原本は本日郵送しましたので、数日中にお手元に届く予定です。

ケニアの入国時に提示を求められることがありますので、印刷してパスポートと一緒にお持ちください。

良い旅を!

{SIG_O}
""", attachments=[att("Vaccination_Certificate_YHarada.pdf", PDF, """CERTIFICATE OF VACCINATION
Minato Travel Clinic, 3-14-7 Shibaura, Minato-ku, Tokyo, Japan
Name: Yuki HARADA    Date of birth: 1992-03-27
Vaccine                 Date         Lot No.
Hepatitis A (Havrix)    2024-05-10   AHAVB917AA
Typhoid (Typhim Vi)     2024-05-10   W1B621V
Tetanus-diphtheria      2024-05-24   T4D3982
Signed: Reiko Miyasaka, M.D.""")]))

A(M("pass", "benign.order", "Vaccine purchase order with product names, JAN codes and lot numbers.",
KITAMURA, ["東邦メディカル商事 渋谷営業所 受注センター <order-shibuya@toho-medical.co.jp>"], "発注書(7月第1週納品分)みなとトラベルクリニック",
f"""東邦メディカル商事 受注センター 御中

いつもお世話になっております。みなとトラベルクリニックの北村です。
下記の通り発注いたします。7月2日(火)午前中の納品をお願いします。

品名                     JAN            数量  備考
エイムゲン(A型肝炎)     4987123456782  20   
ビームゲン 0.5mL         4987123457093  30   
ラビピュール(狂犬病)    4987123458175  15   ロット指定なし
タイフィムVi             4987123459226  10   
黄熱ワクチン 1人用       4987123460013   8   冷所(2-8℃)厳守

※前回納品分(伝票番号 TM-2406-11872)のうち、ビームゲン ロット 0BK49A 2本の外箱破損について、交換の手配をお願いします。

{SIG_K}
"""))

A(M("pass", "benign.statistics", "Annual vaccination counts by vaccine type; aggregate statistics only.",
MIYASAKA, ["港区医師会 事務局 <jimukyoku@minato-med.or.jp>"], "令和5年度 渡航ワクチン接種実績のご報告",
f"""港区医師会 事務局 御中

標記の件、当院の令和5年度実績をご報告いたします。

 ワクチン       接種件数  前年度比
 A型肝炎        1,284     +18%
 B型肝炎          962     +9%
 狂犬病(曝露前) 611     +41%
 腸チフス         438     +22%
 黄熱             297     +63%
 日本脳炎         154     -5%
 合計           3,746

渡航先別ではインド、ベトナム、ケニアの順に多く、留学・長期赴任者が全体の約4割を占めました。
曝露後接種(動物咬傷後)は年間27件で、全例を提携病院と連携して対応しております。

{SIG_M}
"""))

A(M("pass", "benign.seminar", "Seminar announcement using infection/isolation/malaria as general topics.",
MIYASAKA, ["一般社団法人 海外赴任者支援協会 研修担当 <seminar@kaigai-funin.or.jp>"], "「海外赴任と感染症」セミナー講演資料の件",
f"""研修ご担当者様

お世話になっております。宮坂です。
7月18日の人事担当者向けセミナー「海外赴任と感染症 ― 企業が備えるべきこと」の構成案をお送りします。

1. 渡航先で問題となる感染症(マラリア、デング熱、狂犬病、腸チフス、結核)
2. 予防接種計画の立て方(赴任3か月前からのスケジュール例)
3. 現地で感染が疑われたときの受診と、隔離・入院となった場合の企業の対応
4. 帰国後の発熱 ― 「帰国後1か月以内は渡航歴を必ず申告」
5. 質疑応答

スライドは40枚程度、事例はすべて架空または公表済みの統計に基づくものといたします。

{SIG_M}
"""))

A(M("pass", "benign.invoice", "Corporate invoice with aggregate counts and the clinic's corporate bank account.",
KITAMURA, ["東洋プラント株式会社 経理部 <keiri@toyo-plant.co.jp>"], "請求書送付のご案内(請求番号 MTC-B-2406-007)",
f"""東洋プラント株式会社 経理部 御中

いつもお世話になっております。みなとトラベルクリニック事務長の北村です。
6月実施分の団体接種につきまして、請求書をお送りいたします。

 請求番号:MTC-B-2406-007
 対象:赴任前予防接種 12名分(延べ41回)
 内訳:A型肝炎 12回、B型肝炎 12回、狂犬病 12回、腸チフス 5回
 ご請求金額:418,660円(税込)
 お支払期限:2024年7月31日

お振込先:
 みなと信用金庫 芝浦支店 普通 1183460
 口座名義 イ)コウジンカイ
 登録番号:T6010405013928

受診者個人別の明細は、各ご本人様にお渡ししております。

{SIG_K}
"""))

A(M("pass", "benign.successor_intro", "Introduction of a newly appointed physician to partner clinics.",
MIYASAKA, ["芝浦内科クリニック 院長 岡本先生 <okamoto@shibaura-naika.jp>", "品川ファミリー診療所 <info@shinagawa-family.jp>"], "新任医師着任のご挨拶",
f"""関係医療機関の先生方

平素より大変お世話になっております。
7月1日付で、医師 佐々木 亮 が当院に着任いたしましたのでご紹介いたします。

佐々木は東京医科歯科大学を卒業後、国立国際医療研究センターで感染症内科の研鑽を積み、JICA専門家としてラオスに2年間駐在した経験がございます。土曜日と火曜日の外来を担当いたします。

今後とも変わらぬご指導を賜りますよう、よろしくお願い申し上げます。

{SIG_M}
"""))

A(M("hold", "sensitive.health", "Reply to a patient's mother names another traveller's typhoid diagnosis.",
OHNO, ["石田 和子 様 <kazuko.ishida@ezweb.ne.jp>"], "Re: 息子の追加接種について",
f"""石田 和子 様

お問い合わせありがとうございます。みなとトラベルクリニックの大野です。

ご子息の健太様は、出発前に腸チフスワクチンを接種済みですので、追加の接種は不要と院長も申しております。
ご心配されていた同行の 平井 拓真 様については、帰国後に当院を受診され、腸チフスと診断されて現在入院治療中です。健太様との接触は旅行中のみとのことですので、発熱などがなければ特別な対応は必要ありません。

ご不安な点があれば、いつでもお電話ください。

{SIG_O}

> 2024/06/20 21:33 石田 和子 <kazuko.ishida@ezweb.ne.jp>:
> 息子(健太)と一緒にネパールに行ったお友達が体調を崩したと聞きました。
> 息子も何か追加で注射が必要でしょうか。
""", personal=[("name", "平井 拓真"), ("diagnosis", "腸チフスと診断されて現在入院治療中")]))

A(M("hold", "sensitive.health", "Attached referral letter gives a patient's suspected malaria and history to a hospital.",
MIYASAKA, ["都立湾岸医療センター 感染症内科 外来 <kansen-gairai@wangan-mc.jp>"], "診療情報提供書の送付(本日午後受診予定)",
f"""感染症内科 ご担当先生

いつもお世話になっております。みなとトラベルクリニックの宮坂です。
本日午後に貴科を受診予定の患者様について、診療情報提供書を添付いたします。
ご高診のほど、よろしくお願い申し上げます。

{SIG_M}
""", attachments=[att("診療情報提供書_20240621.pdf", PDF, """診療情報提供書
紹介先:都立湾岸医療センター 感染症内科 御侍史
患者氏名:中島 颯太 様(男性) 生年月日:1996年1月8日(28歳)
住所:東京都品川区東品川4-10-2-1203 電話:080-4417-2093
傷病名:発熱(熱帯熱マラリア疑い)
既往歴:気管支喘息(小児期)、2021年 虫垂炎手術
経過:6/9〜6/17 ウガンダ滞在。予防内服は自己判断で中断。6/19より39℃台の発熱、悪寒。
本日迅速検査で陽性の疑い。精査加療をお願いいたします。
紹介元:みなとトラベルクリニック 宮坂 玲子""")],
personal=[("name", "中島 颯太"), ("birthdate", "1996年1月8日"), ("diagnosis", "熱帯熱マラリア疑い"), ("medical_history", "気管支喘息(小児期)、2021年 虫垂炎手術"), ("address", "東京都品川区東品川4-10-2-1203")]))

A(M("hold", "sensitive.health", "Individual antibody results including a positive HBs antigen sent to the patient's employer.",
KITAMURA, ["東洋プラント株式会社 人事部 安田様 <yasuda@toyo-plant.co.jp>"], "赴任前検査結果のご報告(抗体価)",
f"""安田様

お世話になっております。北村です。
先日お申込みいただいた赴任前の抗体価検査について、結果が出ましたのでご報告いたします。

 氏名         麻疹IgG  風疹HI  B型肝炎 HBs抗原/抗体   判定
 小野寺 大輔   16.2     64倍    陰性 / 陽性          接種不要
 菅原 隼人     2.1      8倍     陽性 / 陰性          要精査(B型肝炎キャリアの可能性)
 内田 聡子     28.4     128倍   陰性 / 陰性          B型肝炎ワクチン接種推奨

菅原様については、院長より専門医療機関への受診をご案内する予定です。

{SIG_K}
""", personal=[("name", "菅原 隼人"), ("medical", "陽性 / 陰性          要精査(B型肝炎キャリアの可能性)"), ("name", "小野寺 大輔"), ("name", "内田 聡子")]))

A(M("hold", "list.patient", "Patient list with birth dates, phones and vaccine history sent to a booking-system vendor.",
KITAMURA, ["クラウドリザーブ株式会社 導入支援チーム <onboarding@cloudreserve.co.jp>"], "データ移行用ファイル(テスト分)",
f"""導入支援チーム 御中

お世話になっております。みなとトラベルクリニックの北村です。
新予約システムへの移行テスト用に、現行システムから患者データの一部を出力しましたので添付します。
文字化けや列のずれがないかご確認ください。

{SIG_K}
""", attachments=[att("patients_export_test.csv", CSV, """patient_no,name,kana,birth_date,sex,phone,email,last_vaccines,destination
P-004821,村井 千晴,ムライ チハル,1988-07-03,F,090-2281-6604,chiharu.murai@gmail.com,"HepA#2,Rabies#3",Vietnam
P-004822,Thomas Becker,ベッカー トーマス,1979-12-22,M,080-5512-7830,t.becker@t-online.de,"YF,Typhoid",Ghana
P-004830,高橋 蒼,タカハシ アオイ,2005-04-17,M,070-3394-1128,aoi.t.0417@icloud.com,"HepA#1,HepB#1,JE#1",Philippines
P-004831,佐野 美智子,サノ ミチコ,1961-10-30,F,03-3451-2297,,"Tdap",Peru
P-004835,王 偉,オウ イ,1993-02-11,M,080-9941-2205,wangwei93@yahoo.co.jp,"Rabies#1",Cambodia""")],
personal=[("name", "村井 千晴"), ("birthdate", "1988-07-03"), ("phone", "090-2281-6604"), ("name", "高橋 蒼"), ("birthdate", "2005-04-17"), ("name", "佐野 美智子"), ("phone", "03-3451-2297")]))

A(M("hold", "id.bank_account", "A patient's private bank account for a refund sent to the outside accounting office.",
KITAMURA, ["芝浦会計事務所 山根様 <yamane@shibaura-kaikei.jp>"], "返金処理のお願い(6月分)",
f"""山根様

いつもお世話になっております。北村です。
ワクチン欠品により接種できなかった患者様への返金が1件発生しましたので、振込処理をお願いいたします。

 返金先:三和みらい銀行 田町支店 普通 3390175 カワイ シュンスケ
 返金額:15,400円(狂犬病ワクチン 1回分)
 返金理由:入荷遅延による予約キャンセル
 予約番号:MTC-240611-0112

{SIG_K}
""", personal=[("bank_account", "三和みらい銀行 田町支店 普通 3390175 カワイ シュンスケ")]))

A(M("hold", "sensitive.health", "Subject line alone names a patient and a rabies exposure after a dog bite, sent to an insurer.",
MIYASAKA, ["あおぞら海外旅行保険 メディカルアシスタンス <medical-assist@aozora-travel-ins.co.jp>"], "【ご相談】河合 俊介様 バリ島での犬咬傷・狂犬病曝露後接種の継続について",
f"""メディカルアシスタンス ご担当者様

標記の件、現地で開始した接種の継続について、費用のご負担範囲を確認させてください。
詳細は明日午前中にお電話いたします。

{SIG_M}
""", personal=[("name", "河合 俊介"), ("medical", "犬咬傷・狂犬病曝露後接種")]))

A(M("hold", "id.passport", "Students' passport numbers and birth dates listed to a travel agency.",
KITAMURA, ["ひかりツーリスト 教育旅行課 <kyoiku@hikari-tourist.co.jp>"], "Re: 桜丘高校 海外研修 黄熱証明書の件",
f"""教育旅行課 石坂様

お世話になっております。北村です。
黄熱予防接種証明書(イエローカード)は、パスポート情報と一致している必要がありますので、下記の内容で作成しました。相違がないかご確認ください。

 氏名(ローマ字)   生年月日     旅券番号
 YAMAZAKI RIN       2007-05-14   TR8841027
 KONDO HARUTO       2007-09-02   TS1129384
 MIURA SAKI         2008-01-23   TR5562910
 OGAWA TAIGA        2007-11-30   TT0037461

残り8名分は、パスポートのコピーが届き次第作成いたします。

{SIG_K}
""", personal=[("name", "YAMAZAKI RIN"), ("passport", "TR8841027"), ("name", "KONDO HARUTO"), ("passport", "TS1129384"), ("passport", "TR5562910"), ("passport", "TT0037461")]))

A(M("hold", "attachment.encrypted", "Encrypted zip of vaccination records sent to a corporate client (PPAP).",
KITAMURA, ["東洋プラント株式会社 人事部 安田様 <yasuda@toyo-plant.co.jp>"], "接種記録の送付",
f"""安田様

接種記録を送付いたします。パスワードは別メールにてお知らせします。

{SIG_K}
""", attachments=[att("接種記録_東洋プラント様_202406.zip", ZIP, encrypted=True)]))

A(M("hold", "id.health_insurance", "Employees' health-insurance card symbols and numbers sent to the insurance society.",
KITAMURA, ["関東精密健康保険組合 保健事業課 <hoken-jigyo@kanto-seimitsu-kenpo.or.jp>"], "予防接種費用補助の請求(6月分)",
f"""保健事業課 ご担当者様

いつもお世話になっております。みなとトラベルクリニックの北村です。
海外渡航予防接種補助の6月分を請求いたします。

 被保険者氏名   記号    番号   接種内容          補助対象額
 西村 健吾       1204    3317   A型肝炎、破傷風    14,300円
 長尾 理沙       1204    5082   狂犬病(1回目)     15,400円
 Daniel Moore    1207    0411   腸チフス           9,900円

領収書の写しは郵送いたします。

{SIG_K}
""", personal=[("name", "西村 健吾"), ("health_insurance", "1204    3317"), ("name", "長尾 理沙"), ("health_insurance", "1204    5082"), ("name", "Daniel Moore")]))
