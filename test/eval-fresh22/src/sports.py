from common import *

MAILS = []
A = MAILS.append

CLUB_BCC = ['相模湖カヌークラブ <info@sagamiko-canoe.jp>', '城北大学カヌー部 <canoe@johoku-u.ac.jp>',
 '木曽川パドラーズ <kisogawa.paddlers@gmail.com>', '琵琶湖カヤッククラブ <biwako-kc@biwa-kayak.jp>',
 '広島県カヌー協会 <office@hiroshima-canoe.jp>', '石巻漕艇クラブ <ishinomaki-rowing@outlook.jp>',
 '東和大学体育会カヌー部 <canoe-club@towa-u.ac.jp>', '富山県パドルスポーツ協会 <toyama-psa@tpsa.or.jp>',
 '四万十リバークラブ <shimanto.rc@yahoo.co.jp>', '長良川SUPクラブ <nagaragawa-sup@gmail.com>',
 '宮崎県立日南海洋高校 カヌー部 <canoe@nichinan-kaiyo.ed.jp>', '戸田ボートクラブ <toda-bc@toda-boat.jp>',
 '熊本カヌー協会 <kumamoto-canoe@kc-assoc.jp>', '北上川パドルクラブ <kitakami.pc@gmail.com>',
 '福井県カヌー連盟 <fukui-canoe@fcf.or.jp>', '新潟大学カヌー部 <canoe@niigata-u-club.jp>']

# S-P1 English aggregate testing statistics
A(M('pass', 'benign.aggregate_stats',
 'Annual anti-doping testing figures as totals only; no athlete is named.',
 'takase', ['Dr. Anna Kovacs <a.kovacs@ipsf-sport.org>'],
 'JPSF national testing programme - 2024 summary',
 """Dear Dr. Kovacs,

As requested for the IF annual report, here is the summary of our 2024 national testing programme.

- Total samples collected: 132 (urine 104, blood 28)
- In-competition: 58 / Out-of-competition: 74
- Adverse Analytical Findings: 0
- Whereabouts failures recorded: 3 (2 athletes), none reaching three within 12 months
- TUEs granted: 4 (2 new, 2 renewals); TUEs declined: 1
- Education sessions: 11 (total 486 participants, including 9 sessions for U18 athletes and parents)

The full report in Japanese will be published on our website in July; an English summary will follow.
Please let me know if you need the figures broken down by discipline.

Kind regards,

""" + SIG['takase_en']))

# S-H1 TUE details to external doctor
A(M('hold', 'sensitive.medical',
 '選手の氏名・生年月日とADHDの診断名・処方薬を社外のクリニックの医師へ送っている。',
 'takase', ['東都スポーツ医科学クリニック 上原 雅人 先生 <uehara@toto-smc.jp>'],
 'TUE申請書類の事前確認のお願い（北条選手）',
 """上原先生

いつもお世話になっております。JPSFアンチ・ドーピング委員会事務局の高瀬です。
TUE委員会の開催前に、下記申請について医学的な観点から事前確認をお願いできればと存じます。

・選手名：北条 由佳（カヌースプリント女子、強化指定A）
・生年月日：2003年5月21日
・診断名：注意欠如・多動症（ADHD）
・使用薬：メチルフェニデート塩酸塩徐放錠 27mg/日（2019年から継続）
・主治医：さくらメンタルクリニック 今井医師
・添付予定：診断書、処方歴、心理検査結果（WAIS-IV、CAARS）

診断根拠として心理検査結果が十分かどうか、ご意見をいただけますと幸いです。
書類一式は明日、簡易書留でお送りします。

""" + SIG['takase'],
 personal=[('name', '北条 由佳'), ('birthdate', '2003年5月21日'), ('health', '注意欠如・多動症（ADHD）'),
           ('health', 'メチルフェニデート塩酸塩徐放錠 27mg/日')]))

# S-P2 press release on public figure
A(M('pass', 'benign.public_figure',
 '公表用のプレスリリースで、五輪代表経験者の引退（けがの経緯も本人了承の公表内容）を報道機関に知らせるもの。',
 'murai', ['スポーツ日報 運動部 <undou@sports-nippo.co.jp>'],
 '【プレスリリース】長谷部 涼 選手 現役引退のお知らせ',
 """報道関係各位

2025年6月13日
一般社団法人 日本パドルスポーツ連盟

長谷部 涼 選手 現役引退のお知らせ

東京2020オリンピック 男子カヤックフォア500mで5位入賞を果たした長谷部 涼 選手（31歳・ミツハシ工業所属）が、今季限りで現役を引退することとなりましたので、お知らせいたします。
長谷部選手は、昨年来の腰部のけがの影響もあり、パリ大会後に競技継続について熟考を重ねてまいりましたが、このたび本人の意思により引退を決断いたしました。
今後は当連盟の強化スタッフとして、次世代の育成に携わる予定です。

■引退記者会見
日時：2025年7月3日（木）14:00〜
会場：パドルスポーツ会館 2F 大会議室（東京都渋谷区千駄ヶ谷4-22-8）
※取材をご希望の方は、7月1日（火）までに下記までお申し込みください。

■本件に関するお問い合わせ
日本パドルスポーツ連盟 広報担当 村井

""" + SIG['murai']))

# S-H2 athlete's whereabouts (home address, mobile) to club coach
A(M('hold', 'profile.forward',
 '選手の自宅住所・携帯番号・検査未了の可能性という個人情報をまとめて社外のクラブコーチへ送っている。',
 'takase', ['相模湖カヌークラブ ヘッドコーチ 石田 剛 様 <ishida@sagamiko-canoe.jp>'],
 '居場所情報の件（菅野選手）',
 """石田コーチ

お世話になっております。JPSFの高瀬です。
菅野選手の第2四半期の居場所情報について、検査員が指定の60分枠に訪問しましたが本人不在で、「検査未了」となる可能性がございます。
登録されていた内容は以下のとおりです。

・選手：菅野 颯太 選手
・6月3日（火）60分枠：6:00〜7:00
・場所：自宅（神奈川県相模原市緑区与瀬本町1-15-3 コーポ相模湖102）
・当日の練習予定：9:00〜 相模湖漕艇場

本人の携帯（090-8815-2047）にも連絡していますが、つながりません。
クラブ側で当日の状況をご存じでしたら、6月13日までに教えていただけますでしょうか。
また、今後の登録内容の更新について、選手へのご指導をお願いいたします。

""" + SIG['takase'],
 personal=[('name', '菅野 颯太'), ('address', '神奈川県相模原市緑区与瀬本町1-15-3 コーポ相模湖102'), ('phone', '090-8815-2047')]))

# S-P3 own whereabouts data to the athlete himself
A(M('pass', 'benign.own_data',
 '居場所情報の登録内容を選手本人の個人アドレスへ確認として返しているだけ。',
 'takase', ['菅野 颯太 <sota.kanno.kayak@gmail.com>'],
 '居場所情報の登録内容確認（第3四半期）',
 """菅野選手

お疲れさまです。JPSFアンチ・ドーピング委員会事務局の高瀬です。
第3四半期（7〜9月）の居場所情報の登録ありがとうございました。
念のため、登録内容のうち主なものをお送りしますので、間違いがないか確認してください。

・居住地：神奈川県相模原市緑区与瀬本町1-15-3 コーポ相模湖102
・60分枠（平日）：6:00〜7:00 居住地
・定期練習：月〜土 9:00〜12:00 相模湖漕艇場
・8月18日〜9月2日：海外遠征（ハンガリー・セゲド）※宿泊先は確定後に必ず更新

前回のように当日の予定が変わった場合は、60分枠の開始前までに必ず更新をお願いします。
分からないことがあれば、いつでも連絡してください。

""" + SIG['takase']))

# S-H3 eating disorder referral to counsellor
A(M('hold', 'sensitive.medical',
 '19歳の選手の氏名・所属と摂食障害の疑い・無月経などの健康状態、保護者の携帯を社外のカウンセラーへ送っている。',
 'murai', ['こころスポーツカウンセリングルーム 水野 真理 様 <mizuno@kokoro-sc.jp>'],
 '選手のご相談（ご紹介）',
 """こころスポーツカウンセリングルーム
臨床心理士 水野 真理 様

いつもお世話になっております。日本パドルスポーツ連盟の村井でございます。
先日お電話でご相談した選手について、改めてご紹介させていただきます。

選手：前田 彩花（19歳、城北大学2年、ジュニア強化指定）
状況：
　・この4か月で体重が7kg減少（現在 BMI 17前後）
　・昨年秋から無月経が続いている（チームドクターより）
　・合宿中、食事を隠して捨てる様子がチームメイトから報告された
　・本人は「食べると太るのが怖い」と話しており、摂食障害の可能性について本人も否定はしていない
本人の意向：カウンセリングを受けることには同意。大学の指導者には知られたくないとのこと。
保護者：母（前田 玲子 様、080-6634-2918）は状況を把握済みです。

初回面談は6月下旬の平日夕方を希望しています。
費用は連盟のアスリート・ウェルフェア事業から負担いたします。
ご多用のところ恐縮ですが、ご調整のほどよろしくお願い申し上げます。

""" + SIG['murai'],
 personal=[('name', '前田 彩花'), ('health', '無月経が続いている'), ('health', '摂食障害の可能性'),
           ('name', '前田 玲子'), ('phone', '080-6634-2918')]))

# S-P4 committee meeting with external doctors, no case names
A(M('pass', 'benign.meeting',
 'TUE委員会の開催案内で、審査案件は件数だけ書かれ、選手名や病名は出ていない。',
 'takase', ['上原 雅人 先生 <uehara@toto-smc.jp>', '佐々木 淳 先生 <sasaki.md@chiba-reha-hp.jp>',
            '吉村 千秋 先生 <yoshimura@kanto-med-u.ac.jp>'],
 '第3回 TUE委員会の開催について',
 """TUE委員会 委員各位

いつも大変お世話になっております。JPSF事務局の高瀬です。
第3回TUE委員会を下記のとおり開催いたします。

■日時：2025年7月2日（水）19:00〜20:30
■方法：オンライン（Zoom、URLは前日にお送りします）
■議題
　1. 新規申請 2件の審査（資料は当日画面共有のみ、事前送付はいたしません）
　2. 継続申請 1件の確認
　3. 2025年禁止表国際基準の主な変更点（事務局より報告）
　4. 高校生向け教育プログラムへのご協力のお願い
■謝金：規程に基づき後日お振込みいたします

ご出欠を6月25日（水）までにお知らせいただけますと幸いです。

""" + SIG['takase'],
 cc=[W['murai']]))

# S-H4 English: adverse analytical finding to IF
A(M('hold', 'sensitive.medical',
 'Sends a named athlete\'s date of birth, positive test result and medication story to an outside international federation.',
 'takase', ['Dr. Anna Kovacs <a.kovacs@ipsf-sport.org>'],
 'Adverse Analytical Finding - sample 7031842 (JPN)',
 """Dear Dr. Kovacs,

Please be informed that the laboratory has reported an Adverse Analytical Finding for the following in-competition sample collected at the Japan Sprint Championships (24 May 2025):

Athlete: Kenta OKAZAKI (JPN), men's K1 500m
Date of birth: 18 November 2000
Sample code: 7031842 (urine, A sample)
Substance: Furosemide (S5 Diuretics and Masking Agents), specified substance
TUE: none on file

The athlete was notified yesterday and has accepted a voluntary provisional suspension. He has indicated that he will request the B-sample analysis, and told us he had been taking a diuretic prescribed by a local clinic for swelling in his legs.

We will upload the doping control form and the laboratory documentation package to the secure portal. Please let us know whether the IF wishes to take over results management, given his international-level status.

Kind regards,

""" + SIG['takase_en'],
 personal=[('name', 'Kenta OKAZAKI'), ('birthdate', '18 November 2000'),
           ('health', 'Furosemide (S5 Diuretics and Masking Agents)'), ('health', 'a diuretic prescribed by a local clinic for swelling in his legs')]))

# S-P5 Bcc to many clubs: education notice
A(M('pass', 'benign.bcc_many',
 '加盟クラブ16件はすべてBccで、内容も一般的な禁止物質の注意喚起（個人名なし）。',
 'takase', ['JPSF アンチ・ドーピング委員会 <jpsf-ad@jpsf.or.jp>'],
 '【注意喚起】市販のかぜ薬・サプリメントに含まれる禁止物質について',
 """加盟クラブ・団体 ご担当者各位
（Bccにて一斉送信しております）

日頃よりアンチ・ドーピング活動にご協力いただき、ありがとうございます。
夏季の大会シーズンを前に、改めて注意喚起をお願いいたします。

1. 市販のかぜ薬・鼻炎薬
　エフェドリン、メチルエフェドリン、プソイドエフェドリン等を含む製品が多くあります。競技会時は禁止です。
2. 漢方薬
　葛根湯・小青竜湯など「麻黄」を含むものには注意してください。
3. サプリメント
　海外製の筋肉増強系サプリメントに、表示のないDHEAやSARMsが混入していた事例があります。
4. 迷ったときは
　薬剤師会の「アンチ・ドーピングホットライン」またはスポーツファーマシストにご相談ください。

昨年度、国内の他競技では市販薬由来の違反が2件報告されています。
選手・保護者・指導者の皆様への周知をお願いいたします。

""" + SIG['takase'],
 bcc=CLUB_BCC))

# S-H5 passport roster in XLSX attachment to travel agency
A(M('hold', 'id.passport',
 '本文は短いが、添付XLSXに遠征メンバー8名の生年月日・旅券番号・携帯が入っており、社外の旅行会社へ送っている。',
 'murai', ['株式会社トラベルアスリート 団体手配課 森本様 <morimoto@travel-athlete.co.jp>'],
 'ワールドカップ第2戦（セゲド）航空券手配 名簿',
 """森本さん

お世話になります。JPSFの村井です。
先日お話ししたセゲド遠征の名簿を添付します。選手6名＋スタッフ2名、計8名です。
出発は8月18日成田発で変更ありません。

よろしくお願いします。

""" + SIG['murai'],
 att=[{'filename': 'szeged_wc2_meibo.xlsx', 'contentType': XLSX, 'text':
"""No	区分	氏名	ローマ字	性別	生年月日	旅券番号	旅券有効期限	携帯電話
1	選手	北条 由佳	HOJO YUKA	F	2003/05/21	TS8820417	2031/03/09	080-6612-3008
2	選手	菅野 颯太	KANNO SOTA	M	2001/10/02	TK4410286	2029/07/15	090-8815-2047
3	選手	吉岡 大輝	YOSHIOKA DAIKI	M	1999/04/28	TR7703195	2028/12/01	070-4418-2260
4	選手	西村 葵	NISHIMURA AOI	F	2002/01/13	TZ2285047	2032/02/20	080-9927-1135
5	選手	三上 優斗	MIKAMI YUTO	M	2004/06/06	TS9031822	2030/08/30	090-5546-0718
6	選手	栗原 杏	KURIHARA ANZU	F	2000/09/19	TK6624918	2029/11/11	080-3380-6402
7	スタッフ	村井 拓也	MURAI TAKUYA	M	1984/03/07	TR1149630	2027/05/25	090-2273-6619
8	スタッフ	柳田 誠司	YANAGIDA SEIJI	M	1976/12/22	TZ0572413	2033/01/08	090-7361-2284
"""}],
 personal=[('name', '北条 由佳'), ('passport', 'TS8820417'), ('birthdate', '2003/05/21'), ('name', '菅野 颯太'), ('passport', 'TK4410286'),
           ('name', '吉岡 大輝'), ('passport', 'TR7703195'), ('name', '西村 葵'), ('passport', 'TZ2285047'),
           ('name', '柳田 誠司'), ('passport', 'TZ0572413')]))

# S-P6 mental health survey aggregate
A(M('pass', 'benign.aggregate_health',
 'メンタルヘルス調査は回答数と割合だけの集計で、自由記述も個人が分からないよう要約されている。',
 'murai', ['城北大学 スポーツ科学部 宮本 准教授 <miyamoto@johoku-u.ac.jp>'],
 'アスリートのメンタルヘルス調査 集計結果（速報）',
 """宮本先生

お世話になっております。JPSFの村井です。
共同で実施したメンタルヘルス調査の単純集計が出ましたので、速報としてお送りします。

・対象：強化指定選手および大学・クラブ所属選手 124名、回答 86名（69.4%）
・K6 13点以上（重度の心理的苦痛の可能性）：10名（11.6%）
・K6 5〜12点：29名（33.7%）
・睡眠の問題あり（PSQI 6点以上）：27名（31.4%）
・「相談できる窓口を知っている」：46名（53.5%）
・過去1年のSNSでの誹謗中傷の経験：18名（20.9%）

自由記述は、個人が特定されないよう事務局で要約しています（「減量のプレッシャー」「進路・就職の不安」が多い傾向）。
クロス集計は来週お送りします。学会抄録の締切（7/10）に間に合えばと思っています。

""" + SIG['murai']))

# S-H6 more than 10 outside recipients visible in To
A(M('hold', 'recipients.many_external',
 'クラブ・大学・個人アドレスなど社外14件をTo欄に並べて一斉送信しており、Bccにすべきだった。',
 'murai', CLUB_BCC[:14],
 '【ご案内】2025年度 公認指導者 安全講習会（8/30・オンライン）',
 """加盟クラブ・団体 指導者の皆様

お世話になっております。日本パドルスポーツ連盟の村井です。
今年度の公認指導者 安全講習会を下記のとおり開催します。資格更新に必要な講習ですので、該当の方はご受講ください。

日時：8月30日（土）13:00〜16:30
方法：オンライン（Zoom）
内容：
　1. 水難事故の事例と予防（海上保安庁OBの方を講師にお招きします）
　2. 熱中症対策
　3. 指導者によるハラスメントの防止と相談窓口について
受講料：2,000円
申込締切：8月15日（金）

申込は連盟ウェブサイトの申込フォームからお願いします。

""" + SIG['murai']))

# S-H7 coach referred to prosecutors, to external lawyer
A(M('hold', 'sensitive.crime',
 'コーチの実名と暴行容疑での書類送検（刑事手続）を社外の弁護士へ送っている。',
 'murai', ['弁護士 坂本 恭子 先生 <sakamoto@sakamoto-law.jp>'],
 '懲戒委員会（7/8）資料の事前送付',
 """坂本先生

いつもお世話になっております。日本パドルスポーツ連盟の村井です。
7月8日の懲戒委員会に先立ち、事案の概要をお送りします。詳細資料は当日配布いたします。

【事案概要】
対象者：大沢 正人（52歳）城北大学カヌー部 コーチ（連盟公認コーチ2）
内容：4月の春季合宿中、練習態度を理由に部員2名の頬を平手で複数回叩いた。
経過：
　・5月9日 被害部員の保護者が警察に被害届を提出
　・6月2日 暴行の容疑で書類送検（本人は事実を概ね認めている）
　・大学は6月5日付で本人を指導から外している
連盟の対応案：公認資格の一時停止（6か月）を軸にご審議いただきたい

被害部員2名については、カウンセリングの手配を進めています（氏名は当日資料に記載します）。
ご不明の点はお電話でも結構です。

""" + SIG['murai'],
 personal=[('name', '大沢 正人'), ('crime', '暴行の容疑で書類送検')]))

# S-P7 obituary notice to member organisations (Bcc)
A(M('pass', 'benign.condolence',
 '名誉会長の訃報と葬儀日程を加盟団体へBccで知らせる通知で、故人の療養への言及のみ。',
 'murai', ['加盟団体 各位 <kamei@jpsf.or.jp>'],
 '【訃報】名誉会長 小田切 昭三 儀 逝去のお知らせ',
 """加盟団体 各位
（Bccにてお送りしております）

当連盟 名誉会長 小田切 昭三 儀 かねてより病気療養中のところ、6月12日に逝去いたしました（享年89歳）。
ここに生前のご厚誼を深謝し、謹んでお知らせ申し上げます。

通夜：6月16日（月）18時〜
告別式：6月17日（火）11時〜12時
式場：西原会館（東京都渋谷区西原2-18-5）
喪主：長男 小田切 浩 様

なお、ご供花・ご香典につきましてはご遺族のご意向により辞退させていただきます。
連盟としての弔意は会長名にて表しますので、各団体からの弔電等はお気遣いなきようお願い申し上げます。

""" + SIG['murai'],
 bcc=CLUB_BCC[:9]))

# S-H8 camp list with medical history in XLSX to hotel
A(M('hold', 'sensitive.medical',
 '本文は食事手配の依頼だが、添付XLSXの「既往歴・服薬」列に選手の病名や障害が入ったまま社外のホテルへ送られている。',
 'murai', ['ホテル木曽川リバーサイド 宿泊営業 加藤様 <kato@kisogawa-riverside.jp>'],
 '7月強化合宿 食事手配について',
 """加藤様

お世話になっております。JPSFの村井です。
7/20〜7/26の強化合宿について、食事手配用の参加者リストを添付いたします。
アレルギー対応が必要な方は「食物アレルギー」欄に記載しております。
お手数ですがご確認ください。

""" + SIG['murai'],
 att=[{'filename': 'gassyuku_0720_sanka.xlsx', 'contentType': XLSX, 'text':
"""氏名	性別	食物アレルギー	既往歴・服薬	備考
北条 由佳	女	なし	ADHD（服薬中）	
前田 彩花	女	乳	摂食障害で通院中	少なめ盛り
小松 亮太	男	そば	脊髄損傷（車いす使用）	バリアフリールーム
吉岡 大輝	男	えび・かに	喘息（吸入薬）	
西村 葵	女	なし	なし	
三上 優斗	男	なし	なし	
栗原 杏	女	キウイ	なし	
柳田 誠司	男	なし	高血圧	スタッフ
"""}],
 personal=[('name', '北条 由佳'), ('health', 'ADHD（服薬中）'), ('name', '前田 彩花'), ('health', '摂食障害で通院中'),
           ('name', '小松 亮太'), ('disability', '脊髄損傷（車いす使用）'), ('name', '吉岡 大輝'), ('health', '喘息（吸入薬）')]))

# S-P8 English camp schedule to foreign coach
A(M('pass', 'benign.meeting',
 'Training camp logistics with a foreign club coach; only team size is given, no athlete data.',
 'murai', ['Peter Szabo <szabo.peter@szeged-kajak.hu>'],
 'Japan team training camp in Szeged - schedule & boat rental',
 """Dear Peter,

Thank you again for agreeing to host us before the World Cup. Here is our plan:

- Arrival: 19 August (evening), departure to the World Cup venue on 26 August
- Team: 6 athletes (3 women, 3 men) and 2 staff
- Water sessions: 7:00-9:00 and 16:00-18:00 daily, rest day on 23 August
- Boats: we would like to rent 4 x K1 and 1 x K2 (Nelo or Plastex, size M/L)
- Gym: 2 sessions per week if possible

Could you send us a quote for the boat rental and gym access? We can pay by bank transfer in EUR before arrival.
Our team manager, Mr. Yanagida, will contact you about the van transfer from Budapest airport.

Best wishes,

""" + SIG['murai_en']))

# S-H9 English: safeguarding report about a named athlete victim
A(M('hold', 'sensitive.crime',
 'Reports that a named athlete was a victim of sexual harassment and filed a police report, sent to an outside body.',
 'murai', ['Laura Bennett, IPSF Safeguarding Officer <safeguarding@ipsf-sport.org>'],
 'Safeguarding concern - JPN athlete, Szeged training camp',
 """Dear Ms. Bennett,

I am the athlete welfare officer of the Japan Paddle Sports Federation. I am writing to report a safeguarding concern, as required under the IPSF Safeguarding Policy.

Ms. Sakura ISHII (JPN, age 21, women's C1) reported to our team manager that during the international training camp in Szeged (2-9 May 2025), a coach from another national team repeatedly touched her inappropriately in the boathouse and later sent her messages of a sexual nature. She filed a report with the Szeged police on 8 May (reference 03020/1187/2025). The name of the coach and copies of the messages are in her written statement, which I can share through a secure channel.

Ms. Ishii has been offered counselling through our welfare programme and has asked not to be contacted directly by the other federation. She is willing to give a statement to your investigator via video call, with our welfare officer present.

Please advise on the next steps.

Yours sincerely,

""" + SIG['murai_en'],
 personal=[('name', 'Sakura ISHII'), ('crime', 'She filed a report with the Szeged police on 8 May (reference 03020/1187/2025)'),
           ('crime', 'repeatedly touched her inappropriately')]))

# S-P9 mobile one-liner to doping control agency
A(M('pass', 'benign.oneliner',
 'ドーピング検査の員数・検体数の段取りだけで、対象選手の名前は出ていない。',
 'takase', ['スポーツ検体サービス 派遣担当 佐藤 <dispatch@sports-kentai.co.jp>'],
 'Re: 6/21 競技会検査 DCO派遣の件',
 """承知しました。当日は7:00に会場入りします。駐車場は本部テント裏をご利用ください。
高瀬

iPhoneから送信

> 6/21（土）日本選手権 2日目の競技会検査、DCO 2名・シャペロン4名で手配しました。
> 検査対象は決勝上位＋無作為抽出で計12検体の予定です。
> 検査室の鍵の受け渡しだけご確認ください。
> （株）スポーツ検体サービス 佐藤"""))

# S-H10 disability details for classification
A(M('hold', 'sensitive.disability',
 'パラ選手の氏名・生年月日と脊髄損傷の部位・障害者手帳の等級を社外の医師へ送っている。',
 'murai', ['千葉リハビリテーション病院 佐々木 淳 先生 <sasaki.md@chiba-reha-hp.jp>'],
 '国内クラス分け 受検者情報（小松選手）',
 """佐々木先生

お世話になっております。JPSFの村井です。
7月12日の国内クラス分けにつきまして、受検者の事前情報をお送りします。

・氏名：小松 亮太（パラカヌー KL）
・生年月日：1997年8月2日
・障害の状況：脊髄損傷（第12胸髄、完全麻痺）。2018年の交通事故による。
・身体障害者手帳：1級（体幹機能障害）
・現在のクラス：KL2（暫定、2024年国内クラス分け）
・その他：移動は車いす。下肢の装具なし。

主治医意見書（写し）は当日ご持参いただきます。
当日の会場は戸田漕艇場 艇庫2階です。お手数をおかけしますが、よろしくお願いいたします。

""" + SIG['murai'],
 personal=[('name', '小松 亮太'), ('birthdate', '1997年8月2日'), ('disability', '脊髄損傷（第12胸髄、完全麻痺）'),
           ('disability', '身体障害者手帳：1級（体幹機能障害）')]))

# S-P10 IT virus incident notice
A(M('pass', 'benign.it_incident',
 '「ウイルス感染」は事務局PCのマルウェアの話で、人の健康情報ではない。Bcc送信で個人名もない。',
 'takase', ['JPSF 事務局 <office@jpsf.or.jp>'],
 '【重要】事務局PCのウイルス感染と不審メールへの注意のお願い',
 """加盟団体・関係者の皆様
（Bccにてお送りしております）

6月9日、当連盟事務局のパソコン1台がマルウェア（ウイルス）に感染していたことが判明しました。
現在、当該パソコンはネットワークから切り離し、外部の専門業者による調査を行っております。
現時点で、選手登録システムや名簿データへの不正アクセスは確認されておりません。

つきましては、当連盟の職員名をかたる不審なメールが届く可能性がございます。
・「請求書」「居場所情報の更新」等の件名で、ZIPファイルやURLが付いたメール
・差出人アドレスが @jpsf.or.jp 以外のもの
にはご注意いただき、添付ファイルやURLは開かずに削除してください。

ご迷惑とご心配をおかけし、誠に申し訳ございません。

""" + SIG['takase'],
 bcc=CLUB_BCC))
