"""Org D: private university — admissions office (入試課) and student affairs (学生課)."""
from common import Org, att, enc

D = "sakuragaoka-u.example.ac.jp"

FUJII = ("藤井 直樹 <n.fujii@sakuragaoka-u.example.ac.jp>", """
桜丘大学 入試課 課長補佐
藤井 直樹
〒192-0364 東京都八王子市南大沢5-12-1
TEL 042-670-3301(入試課直通) FAX 042-670-3309
受験生サイト https://admission.sakuragaoka-u.example.ac.jp
""")

KOBAYASHI = ("小林 麻衣 <m.kobayashi@sakuragaoka-u.example.ac.jp>", """
==============================
学校法人桜丘学園 桜丘大学 学生課(奨学金・留学生支援担当)
小林 麻衣 / Mai Kobayashi, Student Affairs Office
TEL 042-670-3320 / 内線 2231
窓口時間 平日 9:00〜17:00(12:00〜13:00を除く)
==============================
""")

MURAKAMI = ("村上 聡 <s.murakami@sakuragaoka-u.example.ac.jp>", """
──
村上 聡(むらかみ さとし)
桜丘大学 学生課 学生生活支援係 係長
〒192-0364 東京都八王子市南大沢5-12-1 本館2階
TEL 042-670-3325 / Email s.murakami@sakuragaoka-u.example.ac.jp
※本メールに個人情報が含まれる場合、目的外利用はご遠慮ください。
""")

U = Org("D", D, {"fujii": FUJII, "kobayashi": KOBAYASHI, "murakami": MURAKAMI})

# ---------------------------------------------------------------- holds

U.add("fujii", "body", "hold", "list.applicant_scores_to_high_school",
      "A text table gives five named applicants' scores and pass/fail results to their high school.",
      ["啓明高等学校 進路指導部 太田先生 <ota@keimei-hs.example.ed.jp>"],
      "2025年度一般選抜の結果について(貴校ご出身の受験生)",
      """
啓明高等学校
進路指導部 太田 先生

いつも本学の入試にご理解・ご協力を賜り、誠にありがとうございます。
桜丘大学 入試課の藤井でございます。

先日お問い合わせいただきました、貴校出身受験生の2025年度一般選抜の結果について、
下記のとおりお知らせいたします。

 受験番号  氏名      学部・学科       得点(300点満点)  結果
 A10387   吉岡 陽菜   文学部 英文学科      231        合格
 A10392   竹下 蓮    経済学部 経済学科     198        不合格
 B20115   川上 結衣   人間科学部 心理学科    244        合格
 B20131   千葉 悠真   経済学部 経営学科     176        不合格
 C30058   辻 美月    文学部 日本文学科     215        合格(補欠繰上)

各科目の得点内訳につきましては、受験生ご本人からの成績開示請求によりお知らせしております。
ご不明な点がございましたら、入試課までお問い合わせください。
""",
      personal=[("name", "竹下 蓮"), ("score", "198"), ("name", "千葉 悠真"), ("score", "176"),
                ("name", "川上 結衣")])

U.add("murakami", "body", "hold", "sensitive.third_party_tuberculosis_to_parent",
      "Replying to a parent, the mail names another student who has pulmonary tuberculosis.",
      ["三浦 由美子 <yumiko.miura.0808@yahoo.co.jp>"],
      "Re: 息子の健康診断の件",
      """
三浦 由美子 様

ご連絡いただきありがとうございます。桜丘大学 学生課の村上でございます。
ご子息(理工学部3年 三浦 陽介さん)に保健管理センターから届いた「接触者健診のご案内」について、
ご心配をおかけして申し訳ございません。

経緯をご説明いたしますと、陽介さんと同じ研究室に所属する 大野 陸 さん(大学院1年)が、
6月上旬に肺結核と診断され、現在入院治療を受けております。
保健所の指示により、同じ研究室で日常的に接していた学生・教員18名を対象に、
接触者健診(血液検査・胸部X線)を実施することとなりました。

現時点で、陽介さんに症状がなければ日常生活に制限はございません。
健診は7月8日(火)に学内で行いますので、陽介さんにもお伝えいただけますと幸いです。

ご不明な点は、保健管理センター(042-670-3340)でもお答えいたします。

<<SIG>>

> 桜丘大学 学生課 御中
> 理工学部3年 三浦陽介の母です。息子に「接触者健診」の通知が来たと聞きました。
> 何があったのか、詳しく教えていただけないでしょうか。
""",
      personal=[("name", "大野 陸"), ("diagnosis", "肺結核と診断され")])

U.add("murakami", "quoted", "hold", "sensitive.student_asd_forward_to_vendor",
      "The forwarded teacher's note names a student's autism diagnosis and student ID and goes to an outside job-support firm.",
      ["ネクストキャリア 上田様 <ueda@next-career.example.co.jp>"],
      "Fw: 石田さんのインターンシップ受入れについて",
      """
ネクストキャリア
上田様

お世話になっております。桜丘大学 学生課の村上です。
先日ご相談した学生のインターンシップ受入れについて、指導教員の先生から以下の連絡がありましたので転送します。
受入れ先との調整の参考にしていただければと思います。

<<SIG>>

-------- Original Message --------
From: 松尾 隆 <t.matsuo@sakuragaoka-u.example.ac.jp>
To: 村上 聡 <s.murakami@sakuragaoka-u.example.ac.jp>
Subject: 石田さんのインターンシップ受入れについて

村上さん

文学部の松尾です。ゼミ生の石田 颯太くん(文学部3年、学籍番号 22L0417)の件です。
本人は1年次に自閉スペクトラム症(ASD)の診断を受けていて、障害学生支援室で合理的配慮を受けています。
口頭の指示が続くと混乱しやすく、予定の急な変更が苦手です。
一方で、資料の校正やデータ整理の正確さはゼミでも随一です。
インターン先に診断のことを伝えるかどうかは、まだ本人と話せていません。
扱いには注意してください。

松尾
""",
      personal=[("name", "石田 颯太"), ("student_id", "22L0417"),
                ("diagnosis", "自閉スペクトラム症(ASD)")])

U.add("murakami", "body", "hold", "id.intl_student_passport_to_agent",
      "An incoming student's passport number and birth date are sent to an outside housing agent.",
      ["八王子ハウジング 留学生サポート 岡様 <oka@hachioji-housing.example.co.jp>"],
      "交換留学生の入居申込(10月入学)について",
      """
八王子ハウジング
岡様

お世話になっております。桜丘大学 学生課の村上です。
10月入学の交換留学生1名について、大学の機関保証で南大沢の学生マンションへの入居をお願いしたく、
申込に必要な情報をお送りします。本人はまだ来日前のため、在留カードの番号は入国後にお知らせします。

 氏名:NGUYEN VAN MINH(グエン・ヴァン・ミン)
 国籍:ベトナム
 生年月日:2003年2月11日
 旅券番号:C7294518
 旅券有効期限:2032年4月3日
 入国予定日:2025年9月22日
 在籍:国際交流学部 交換留学生(2025年10月〜2026年8月)
 緊急連絡先:大学 学生課(本メール署名の連絡先)

入居日は9月22日を希望しております。
鍵の受け渡しには、学生課の職員が同行する予定です。
""",
      personal=[("name", "NGUYEN VAN MINH"), ("birthdate", "2003年2月11日"), ("passport", "C7294518")])

U.add("murakami", "subject", "hold", "sensitive.student_arrest_subject",
      "The subject line names a student and his arrest on a cannabis charge; the body only asks the lawyer for a call.",
      ["南大沢総合法律事務所 吉村先生 <yoshimura@minamiosawa-law.example.jp>"],
      "【至急・ご相談】経済学部2年 前田 拓海 逮捕(大麻取締法違反容疑)の件",
      """
南大沢総合法律事務所
吉村先生

いつも大変お世話になっております。桜丘大学 学生課の村上でございます。

件名の件につきまして、本日午前、警察から大学へ連絡がございました。
報道対応および学内手続き(懲戒の要否を含む)について、至急ご相談させていただきたく存じます。

本日15時に学生部長の西川とともにお電話を差し上げてもよろしいでしょうか。
ご都合が悪い場合は、ご都合のよい時間帯をお知らせください。

何卒よろしくお願いいたします。
""",
      personal=[("name", "前田 拓海"), ("criminal_proceedings", "逮捕(大麻取締法違反容疑)")])

U.add("fujii", "zip", "hold", "list.enrollee_roster_zip",
      "A plain zip holds new students' names, birth dates, home addresses and phones for an ID-card vendor.",
      ["キャンパスサービス 学生証発行センター 石原様 <ishihara@campus-service.example.co.jp>"],
      "2025年度秋季入学者 学生証作成データ",
      """
キャンパスサービス
石原様

お世話になっております。桜丘大学 入試課の藤井です。
秋季入学者(9月入学)分の学生証作成データをお送りします。
名簿と発行指示書をzipにまとめています。顔写真は別途、共有フォルダにアップロード済みです。
名簿の文字コードはUTF-8です。
納品は9月12日(金)までにお願いいたします。
""",
      attachments=[
          att("学生証データ_2025秋.zip/名簿.csv", """
学籍番号,氏名,フリガナ,生年月日,学部,住所,電話番号
25F0001,長尾 玲奈,ナガオ レナ,2006/05/14,国際交流学部,東京都八王子市別所2-14-3,090-6638-2274
25F0002,李 浩然,リ コウゼン,2004/09/02,経済学部,東京都多摩市落合1-45-2-1103,080-7712-0495
25F0003,桑田 航,クワタ ワタル,2005/12/29,理工学部,神奈川県相模原市緑区橋本3-8-17,070-2281-5530
25F0004,ムハマド・リズキ,ムハマド リズキ,2003/07/18,国際交流学部,東京都八王子市南大沢4-1-7 桜丘国際寮312,080-4190-6627
"""),
          att("学生証データ_2025秋.zip/発行指示書.txt", """
発行枚数:4枚
有効期限:2029年9月30日
裏面印字:通学区間なし(定期券発行時に別途対応)
"""),
      ],
      personal=[("name", "長尾 玲奈"), ("birthdate", "2006/05/14"), ("address", "東京都八王子市別所2-14-3"),
                ("phone", "090-6638-2274"), ("name", "桑田 航")])

U.add("fujii", "recipients", "hold", "recipients.admitted_students_to",
      "A notice to 12 admitted students shows all their private addresses in To instead of BCC.",
      ["長尾 玲奈 <rena.nagao.0514@gmail.com>", "桑田 航 <wataru.kuwata@yahoo.co.jp>",
       "高畑 美優 <miyu.takahata@gmail.com>", "上原 蒼 <sou.uehara.2006@outlook.com>",
       "福田 茉央 <mao.fukuda.s@gmail.com>", "今村 陸斗 <rikuto.imamura@yahoo.co.jp>",
       "岡野 芽衣 <mei-okano@gmail.com>", "白石 湊 <minato.shiraishi07@outlook.com>",
       "村田 紗良 <sara.murata.hs@gmail.com>", "西 悠人 <yuto.nishi.a@yahoo.co.jp>",
       "野口 ひなた <hinata.noguchi0930@gmail.com>", "宮崎 大翔 <hiroto.miyazaki@outlook.com>"],
      "【桜丘大学】入学前教育(eラーニング)のご案内",
      """
総合型選抜 合格者の皆さま

合格おめでとうございます。桜丘大学 入試課です。
入学までの期間を有意義に過ごしていただくため、入学前教育(eラーニング)を実施します。

 ■期間:2025年12月1日(月)〜2026年2月27日(金)
 ■内容:基礎英語(20ユニット)、数的処理(15ユニット)、レポートの書き方(動画5本)
 ■受講方法:12月1日以降、下記URLから「受験番号」と「生年月日(8桁)」でログイン
  https://pre.sakuragaoka-u.example.ac.jp/
 ■課題提出:各ユニット終了時の確認テスト(60点以上で修了)

受講状況は入学後の基礎ゼミのクラス分けの参考にします。
ご不明な点は入試課(042-670-3301)までお問い合わせください。
""")

U.add("fujii", "zip", "hold", "attachment.encrypted_zip",
      "Essay scoring data is sent as a password-protected zip with the password sent separately (PPAP).",
      ["エデュテスト 採点事業部 <saiten@edutest.example.co.jp>"],
      "総合型選抜(第2期)小論文 採点データの送付",
      """
株式会社エデュテスト
採点事業部 ご担当者様

お世話になっております。桜丘大学 入試課の藤井です。
総合型選抜(第2期)の小論文答案スキャンデータと、一次採点結果の一覧をお送りします。
ファイルはパスワード付きzipとしております。パスワードは別メールでお知らせします。

二次採点の結果は、10月24日(金)までにご返送いただけますと幸いです。
""",
      attachments=[enc("小論文採点_総合型第2期.zip")])

U.add("fujii", "body", "hold", "id.external_examiner_fee_account_mynumber",
      "An external committee member's private bank account, home address and マイナンバー are sent to an outside payment contractor.",
      ["アカデミック・ビジネスサービス 支払業務課 <shiharai@academic-bs.example.co.jp>"],
      "入試問題作成委員(学外)謝金の支払依頼",
      """
アカデミック・ビジネスサービス
支払業務課 ご担当者様

お世話になっております。桜丘大学 入試課の藤井です。
2026年度入試の問題作成をお願いした学外委員1名分の謝金について、支払手続きをお願いいたします。

 氏名:高畑 正人 様(たかはた まさと)
 住所:東京都町田市玉川学園6-21-4
 謝金額:150,000円(源泉徴収税額 15,315円、差引支給額 134,685円)
 振込先:多摩みどり銀行 町田支店 普通 4418203 タカハタ マサト
 個人番号:642324383117(支払調書作成用)

本人確認書類(運転免許証の写し)は、入試課で確認のうえ保管しております。
支払予定日は7月25日でお願いいたします。
""",
      personal=[("name", "高畑 正人"), ("address", "東京都町田市玉川学園6-21-4"),
                ("bank_account", "多摩みどり銀行 町田支店 普通 4418203"), ("mynumber", "642324383117")])

U.add("kobayashi", "attachment", "hold", "sensitive.scholarship_family_poverty",
      "The attachment gives named students' welfare status, a parent's mental disability and a bankruptcy to a scholarship foundation.",
      ["みらい育英会 奨学課 <shogaku@mirai-ikueikai.example.or.jp>"],
      "2025年度 給付奨学生 推薦書類の送付",
      """
公益財団法人みらい育英会
奨学課 ご担当者様

平素より本学学生へのご支援を賜り、誠にありがとうございます。
桜丘大学 学生課の小林でございます。

2025年度給付奨学生の募集につきまして、本学からの推薦者3名分の一覧を添付いたします。
推薦書・成績証明書の原本は、本日簡易書留にて発送いたしました。
ご査収のほどよろしくお願い申し上げます。
""",
      attachments=[att("推薦者一覧_2025.xlsx", """
[推薦者]
推薦順位	氏名	学部・学年	GPA	家計状況	世帯年収(円)	特記事項
1	西田 琴音	人間科学部2年	3.62	母子家庭、母は障害年金受給(精神障害2級)	1,420,000	弟2名(中学生)
2	堀内 大和	理工学部3年	3.48	生活保護受給世帯	0	父は病気療養中(就労不可)
3	河野 彩花	経済学部2年	3.55	父の会社倒産により家計急変(2024年12月)	2,100,000	父は自己破産手続中
""")],
      personal=[("name", "西田 琴音"), ("disability", "母は障害年金受給(精神障害2級)"),
                ("name", "堀内 大和"), ("social_status", "生活保護受給世帯"),
                ("name", "河野 彩花")])

# ---------------------------------------------------------------- passes

U.add("fujii", "body", "pass", "benign.admitted_applicant_own_notice",
      "The admission notice goes to the applicant herself with her own exam number.",
      ["吉岡 陽菜 <hina.yoshioka.0321@gmail.com>"],
      "【桜丘大学】合格のお知らせと入学手続きについて(受験番号 A10387)",
      """
吉岡 陽菜 様

このたびは桜丘大学 文学部 英文学科への合格、誠におめでとうございます。
桜丘大学 入試課でございます。

合格通知書および入学手続書類は、本日簡易書留にて発送いたしました。
あわせて、Web入学手続きサイトについてご案内いたします。

 受験番号:A10387
 合格学部・学科:文学部 英文学科
 入学手続締切:2025年2月27日(木)23:59(入学金の振込は同日15時まで)
 入学金:250,000円
 手続サイト:https://admission.sakuragaoka-u.example.ac.jp/enroll/

ログインには、受験番号と出願時に登録された生年月日を入力してください。
書類が届かない場合や、手続きについてご不明な点がある場合は、入試課までお問い合わせください。

皆さまにキャンパスでお会いできることを、教職員一同楽しみにしております。
""")

U.add("fujii", "body", "pass", "benign.lecturer_own_fee_masked_account",
      "The fee notice goes to the lecturer himself and shows his account only in masked form.",
      ["内藤 和也 <naito.kazuya.lab@gmail.com>"],
      "オープンキャンパス模擬授業 謝金のお支払いについて",
      """
内藤 和也 先生

先日はオープンキャンパスでの模擬授業をご担当いただき、誠にありがとうございました。
桜丘大学 入試課の藤井でございます。
参加した高校生のアンケートでも「実験の話が面白かった」との声が多く、大変好評でした。

謝金のお支払いについて、下記のとおりご案内いたします。

 謝金額:30,000円
 源泉徴収税額:3,063円
 お振込額:26,937円
 お振込先:ご登録の口座(多摩みどり銀行 ***支店 普通 ****517)
 お振込予定日:2025年8月29日(金)

ご登録口座から変更がある場合は、8月15日までにお知らせください。
来年度もぜひお力添えいただけますと幸いです。
""")

U.add("murakami", "body", "pass", "benign.antibody_test_schedule_aggregate",
      "The clinic is given dates and head counts for antibody tests; no student is named.",
      ["みなみ野クリニック 小山先生 <info@minamino-clinic.example.jp>"],
      "実習前の麻しん・風しん等抗体検査 実施日程について",
      """
みなみ野クリニック
院長 小山先生

いつもお世話になっております。桜丘大学 学生課の村上でございます。
今年度も、教育実習・看護実習に参加する学生を対象とした麻しん・風しん・水痘・ムンプスの抗体検査につき、
学内での採血をお願いしたく、日程案をお送りします。

 日程       時間        対象               人数(見込)
 9/17(水)   13:00-16:00   教育実習(2026年度実施分)   約85名
 9/18(木)   13:00-16:00   看護学科2年(病院実習)     約90名
 9/24(水)   13:00-15:00   上記の追加・欠席者        約20名

抗体価が基準に満たない学生には、例年どおり貴院でのワクチン接種をご案内させていただきます。
昨年度は対象者の約23%が追加接種の対象でした。
感染症対策の観点から、採血会場は学生会館2階の多目的室(換気設備あり)を予定しております。
""")

U.add("murakami", "body", "pass", "benign.genome_test_policy_decline",
      "Only the university's policy on genetic testing is stated; no genetic result of any person is involved.",
      ["ジーンライフ 営業部 沢田様 <sawada@genelife.example.co.jp>"],
      "Re: 学内での遺伝子検査キット配布キャンペーンのご提案について",
      """
ジーンライフ株式会社
営業部 沢田 様

ご提案をいただき、ありがとうございました。桜丘大学 学生課の村上です。
学内で検討いたしましたが、今回のご提案はお受けしないこととなりましたのでご連絡いたします。

本学では、学生を対象とした遺伝子検査(消費者向けのものを含む)について以下の方針をとっております。
 ・遺伝情報は本人や家族に生涯影響しうる情報であり、大学が検査を仲介・推奨しない
 ・研究目的のゲノム解析は、学内の研究倫理審査委員会の承認を受けた研究に限る
 ・キャンパス内での試料(唾液等)の採取・回収を伴う営業活動は認めない

学内掲示板へのチラシ掲示についても、同様の理由でお受けできません。
ご期待に沿えず恐縮ですが、何卒ご理解いただけますようお願い申し上げます。

<<SIG>>

> 村上様
> ジーンライフの沢田です。新入生向けに、体質遺伝子検査キット(唾液採取)を
> 特別価格で提供するキャンペーンをご提案させていただけないでしょうか。
""")

U.add("fujii", "attachment", "pass", "benign.admission_statistics_aggregate",
      "The attached sheet has only aggregate applicant counts, ratios and minimum scores per department.",
      ["進学ネット 情報編集部 <henshu@shingaku-net.example.co.jp>"],
      "2025年度入試結果データのご提供",
      """
株式会社進学ネット
情報編集部 ご担当者様

いつもお世話になっております。桜丘大学 入試課の藤井です。
ご依頼いただいておりました2025年度入試結果のデータを添付にてお送りします。
本学Webサイトで公開している数値と同一です。

合格最低点は、一般選抜の標準化後の得点です。
掲載前に校正をお送りいただけますと幸いです。
""",
      attachments=[att("2025入試結果_桜丘大学.xlsx", """
[一般選抜]
学部	学科	募集人員	志願者数	受験者数	合格者数	実質倍率	合格最低点(300点満点)
文学部	英文学科	60	842	811	198	4.1	208
文学部	日本文学科	50	603	587	171	3.4	199
経済学部	経済学科	120	2115	2041	512	4.0	212
経済学部	経営学科	100	1764	1702	430	4.0	210
人間科学部	心理学科	70	1320	1285	261	4.9	226
理工学部	情報科学科	80	1198	1150	355	3.2	188
[総合型選抜]
学部	募集人員	志願者数	合格者数
文学部	20	64	22
経済学部	30	88	33
人間科学部	15	71	16
""")])

U.add("murakami", "body", "pass", "benign.religious_corporation_hall_rental",
      "A 宗教法人 renting the university hall is a customer; no person's faith is disclosed.",
      ["多摩グレースチャペル 事務局 森田様 <office@tama-grace.example.or.jp>"],
      "講堂使用許可のお知らせ(10月25日 チャリティコンサート)",
      """
宗教法人 多摩グレースチャペル
事務局 森田 様

お世話になっております。桜丘大学 学生課の村上でございます。
先日ご申請いただいた講堂(桜丘記念ホール)の使用について、学内審査の結果、
下記のとおり許可となりましたのでお知らせいたします。

 使用日時:2025年10月25日(土)12:00〜18:00(準備・撤収を含む)
 目的:地域チャリティコンサート(本学合唱サークル「ソレイユ」共演)
 使用料:66,000円(地域連携減免後)
 条件:
  ・来場者への宗教的勧誘・献金の呼びかけは行わないこと(施設利用規程第8条)
  ・入場は無料とし、募金箱の設置はユニセフへの寄付目的に限る
  ・当日の責任者は、貴法人事務局と本学サークル顧問の2名体制とすること

使用料の請求書は別途お送りします。
当日の搬入経路については、9月中に一度現地でご確認いただければと存じます。
""")

U.add("fujii", "attachment", "pass", "benign.pass_numbers_for_web",
      "The CSV for web publication lists only exam numbers of successful applicants, no names.",
      ["ウェブクラフト多摩 制作部 <web@webcraft-tama.example.co.jp>"],
      "【公開用】総合型選抜 第2期 合格者受験番号一覧",
      """
ウェブクラフト多摩
制作部 ご担当者様

お世話になっております。桜丘大学 入試課の藤井です。
11月1日(土)10:00公開予定の、総合型選抜 第2期 合格者受験番号一覧をお送りします。
氏名等の個人情報は含まれておりません(受験番号のみ)。

公開前に、テスト環境で表示確認をさせてください。
10月31日(金)17時までにテストURLをお知らせいただけますと幸いです。
""",
      attachments=[att("合格者受験番号_総合型第2期.csv", """
学部,受験番号
文学部,S2-1003
文学部,S2-1008
文学部,S2-1011
文学部,S2-1019
経済学部,S2-2002
経済学部,S2-2006
経済学部,S2-2014
経済学部,S2-2021
経済学部,S2-2030
人間科学部,S2-3004
人間科学部,S2-3012
""")])

U.add("fujii", "body", "pass", "benign.congratulations_new_principal",
      "A congratulation on a principal's appointment is ordinary courtesy mail.",
      ["啓明高等学校 校長 平井先生 <hirai@keimei-hs.example.ed.jp>"],
      "校長ご就任のお祝い",
      """
啓明高等学校
校長 平井 誠一 先生

拝啓 新緑の候、先生におかれましてはますますご清祥のこととお慶び申し上げます。
桜丘大学 入試課の藤井でございます。

このたびは貴校校長にご就任とのこと、心よりお祝い申し上げます。
進路指導部長として長年お世話になりました先生が、学校全体を率いられることを
本学教職員一同、大変うれしく存じております。

6月の高大連携協議会では、あらためてご挨拶に伺えれば幸いです。
今後とも変わらぬご指導のほど、よろしくお願い申し上げます。
                                     敬具
""")

U.add("kobayashi", "body", "pass", "benign.ransomware_isolation_hash",
      "\"感染\" and \"隔離\" refer to a suspected malware infection on an office PC; the mail carries a hash and host name only.",
      ["エデュシステムズ サポート <support@edusystems.example.co.jp>"],
      "【至急】奨学金管理システム端末のマルウェア感染疑いについて",
      """
エデュシステムズ サポートご担当者様

お世話になっております。桜丘大学 学生課の小林です。
本日10時頃、学生課の端末1台(ホスト名 SA-PC-12)で、セキュリティソフトがランサムウェアの疑いを検知しました。
感染拡大を防ぐため、情報センターの指示でネットワークから隔離し、現在は電源を切らずに保全しています。

 検知日時:2025/07/02 10:04
 検知名:Ransom:Win32/LockBit.gen
 ファイル:invoice_scan_0702.pdf.js(メール添付を開いたもの)
 SHA-256:9b2e41d07c5a8f36e1d4a0b7c93f52e8d61a04b9f7e2c35d18a6b0f4c27e93d5
 該当端末のIP:10.21.4.112

当該端末からは奨学金管理システム(Webブラウザ経由)へのログイン履歴があります。
システム側のアクセスログに、本日9時以降の不審な操作がないかご確認いただけますでしょうか。
念のため、学生課のアカウントは本日中にパスワードを変更する予定です。
""")

U.add("kobayashi", "quoted", "pass", "benign.exchange_program_reply_chain",
      "An English reply chain with a partner university names coordinators and their signatures; it only arranges a scholarship briefing.",
      ["Rachel Hughes <r.hughes@westbridge.example.ac.uk>"],
      "Re: Re: Autumn exchange - scholarship briefing for incoming students",
      """
Dear Rachel,

Thank you for confirming. We will hold the online scholarship briefing for your incoming students
on Thursday 11 September, 9:00 BST / 17:00 JST, on Zoom. I will send the link a week before.

The briefing will cover:
  - the JASSO monthly stipend (80,000 yen) and the application timeline,
  - our own Sakuragaoka tuition waiver for exchange students,
  - how to open a Japanese bank account after arrival.

My colleague Satoshi Murakami from Student Life Support will also join to talk about housing.
Please forward this to your students; they do not need to send us anything in advance.

Best wishes,
Mai

<<SIG>>

> Dear Mai,
> Many thanks for your message. 11 September works well for us. Our students will have finished
> their pre-departure week by then. Tom Ellis (Study Abroad Officer) will attend from our side.
>
> Rachel Hughes
> International Partnerships Manager, University of Westbridge
> Global Office, Marlow Building, Westbridge WB2 4QT, United Kingdom
> Tel +44 1632 960 418
>
>> Dear Rachel,
>> I hope you are well. Could we arrange a short online briefing on scholarships for the
>> four students coming to Sakuragaoka this autumn? Any date in the week of 8 September is fine.
>> Mai Kobayashi, Student Affairs Office, Sakuragaoka University
""",
      cc=["Tom Ellis <t.ellis@westbridge.example.ac.uk>",
          "村上 聡 <s.murakami@sakuragaoka-u.example.ac.jp>"])
