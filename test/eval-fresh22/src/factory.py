from common import *

MAILS = []
A = MAILS.append

# F-H1 residence card numbers to gyoseishoshi
A(M('hold', 'id.residence_card',
 '外国人従業員3名の在留カード番号・生年月日・在留期限を社外の行政書士へ一覧で送っている。',
 'sugimoto', ['行政書士法人 浜名湖ビザサポート 川口先生 <kawaguchi@hamanako-visa.jp>'],
 '在留期間更新許可申請のお願い（8月期限 3名分）',
 """浜名湖ビザサポート
川口先生

いつもお世話になっております。北川精密の杉本です。
8月に在留期限を迎える下記3名について、更新申請のお手続きをお願いいたします。

氏名／国籍／生年月日／在留資格／在留カード番号／在留期限
ダ・シウバ ルーカス ヒロシ／ブラジル／1990年4月8日／定住者／SR40217795BA／2025年8月14日
トラン・ヴァン・ナム／ベトナム／1998年12月1日／特定技能1号／QF71830264GJ／2025年8月22日
サントス マリア クリスチーナ／フィリピン／1987年6月19日／永住者の配偶者等／MB93026158PH／2025年8月30日

各人の住民票・課税証明書は今週中に揃えて郵送します。
トランさんについては、登録支援機関の変更があったため、支援計画書の差し替えが必要かご確認いただけますか。

よろしくお願いいたします。

""" + SIG['sugimoto'],
 personal=[('name', 'ダ・シウバ ルーカス ヒロシ'), ('birthdate', '1990年4月8日'), ('idnumber', 'SR40217795BA'),
           ('name', 'トラン・ヴァン・ナム'), ('idnumber', 'QF71830264GJ'),
           ('name', 'サントス マリア クリスチーナ'), ('idnumber', 'MB93026158PH')]))

# F-P1 IT system failure notice
A(M('pass', 'benign.it_incident',
 '「障害」は生産管理システムのサーバー障害のことで、番号も注文番号だけ。',
 'okabe', ['東和オートパーツ株式会社 購買部 佐藤様 <sato.h@towa-autoparts.co.jp>'],
 '【ご連絡】生産管理システム障害による納品書発行遅延について',
 """東和オートパーツ株式会社
購買部 佐藤様

いつもお世話になっております。北川精密部品 製造部の岡部です。

本日早朝より当社の生産管理システムにサーバー障害が発生しており、納品書・現品票の発行ができない状態になっております。
製品の生産・出荷そのものは通常どおり行っておりますが、本日出荷分（注文番号 TW-250611-0042〜0047）には手書きの仮納品書を添付させていただきます。

システムの復旧は本日17時頃の見込みです。復旧後、正式な納品書を改めてお送りいたします。
ご迷惑をおかけし申し訳ございませんが、何卒よろしくお願いいたします。

""" + SIG['okabe']))

# F-H2 injury report (bullet notes) to supervising organisation
A(M('hold', 'sensitive.medical',
 '実習生の氏名・年齢と骨折の診断・治療内容を社外の監理団体へ報告している（正当な目的でも要配慮情報）。',
 'okabe', ['協同組合 遠州国際交流センター 監理担当 野村様 <nomura@enshu-kokusai.or.jp>'],
 '【事故報告】実習生 手指負傷の件（第一報）',
 """遠州国際交流センター
野村様

お世話になっております。北川精密 製造部の岡部です。
本日、実習生が作業中に負傷しましたので、第一報としてご報告します。

■日時：6月11日（水）10:40頃
■場所：第二製造課 プレス工程（3号機）
■被災者：ファム・ヴァン・トゥアン（技能実習2号、22歳）
■状況：金型交換後の試し打ちの際、左手人差し指を挟まれる
■処置：浜松北ひかり病院 整形外科を受診、左示指末節骨骨折・挫創、5針縫合
■見込み：休業 約2週間（医師の指示による）、労災申請予定
■本人の様子：痛みはあるが落ち着いている。通訳のグエン同席のもと説明済み

再発防止策は別途まとめてご報告します。
取り急ぎ第一報まで。

""" + SIG['okabe'],
 cc=[W['sugimoto'], W['lan']],
 personal=[('name', 'ファム・ヴァン・トゥアン'), ('health', '左示指末節骨骨折・挫創、5針縫合')]))

# F-P2 nationality statistics, aggregate only
A(M('pass', 'benign.aggregate_no_names',
 '国籍別・在留資格別の人数集計だけで、個人は特定できない。',
 'sugimoto', ['浜名地域産業雇用協議会 事務局 <jimukyoku@hamana-koyo.jp>'],
 '外国人材雇用実態調査へのご回答',
 """浜名地域産業雇用協議会 事務局 御中

お世話になっております。北川精密部品の杉本です。
標記調査につきまして、当社（浜松工場）の回答をお送りします。2025年6月1日時点の数字です。

1. 外国人従業員数：69名（全従業員 312名）
　ベトナム 38名／ブラジル 14名／フィリピン 9名／インドネシア 6名（7月に3名追加予定）／中国 2名
2. 在留資格別
　技能実習 41名／特定技能1号 12名／定住者・永住者・日本人の配偶者等 16名
3. 平均勤続年数：3.1年（日系ブラジル人に限ると 9.4年）
4. 社内日本語教室：週2回、参加率 約55%
5. 課題（自由記述）
　・寮の確保（近隣アパートの家賃上昇）
　・特定技能移行者の家族帯同に関する相談が増えている
　・医療機関受診時の通訳対応

以上、よろしくお願いいたします。

""" + SIG['sugimoto']))

# F-H3 pregnancy details to hospital
A(M('hold', 'sensitive.medical',
 '従業員の氏名・生年月日と妊娠・つわりの状況を社外の病院へ送っている（本人は会社に知られたくない意向）。',
 'lan', ['浜松北ひかり病院 医療連携室 <renkei@hikari-hosp.jp>'],
 '受診予約のお願い（ベトナム人従業員・産婦人科）',
 """浜松北ひかり病院
医療連携室 ご担当者様

お世話になっております。北川精密部品の生活支援担当、グエンです。
当社の従業員の受診予約についてご相談させてください。

・氏名：レ・ティ・フオン（LE THI PHUONG）
・生年月日：2000年3月27日
・保険：社会保険（協会けんぽ）
・状況：市販の検査薬で妊娠陽性。最終月経から数えると12週くらいとのことです。つわりがひどく、先週は2回欠勤しています。
・日本語：日常会話は少しできますが、医療の説明は難しいです。

産婦人科の初診を、できれば来週の午前でお願いしたいです。私が通訳として同行します。
本人は、会社や監理団体に知られることをとても心配しているので、ご連絡は私あてにお願いできますでしょうか。

よろしくお願いいたします。

""" + SIG['lan'],
 personal=[('name', 'レ・ティ・フオン'), ('name', 'LE THI PHUONG'), ('birthdate', '2000年3月27日'),
           ('health', '妊娠陽性'), ('health', 'つわりがひどく')]))

# F-P3 halal meals, aggregate, no names
A(M('pass', 'benign.aggregate_no_names',
 'ハラール弁当の食数だけの発注で、誰が信仰を持つかは書かれていない。',
 'lan', ['株式会社デリカ遠州 内山様 <uchiyama@delica-enshu.co.jp>'],
 'Re: ハラール対応弁当のお見積り',
 """内山様

お見積りありがとうございました。北川精密のグエンです。
社内で確認できましたので、正式にお願いします。

・開始：7月1日（火）から
・ハラール対応弁当：1日6食（月〜金）
・ベジタリアン弁当：1日2食
・単価：お見積りどおり（ハラール 520円、ベジ 480円）

容器は通常のお弁当と色を変えていただけると、食堂で分けやすいです。名前シールは不要です。
年末年始の休業日カレンダーは、来月お送りします。

よろしくお願いします。

""" + SIG['lan']))

# F-H4 dispatched staff roster in CSV attachment
A(M('hold', 'roster.staff',
 '本文は短いが、添付CSVに派遣スタッフ6名の氏名・携帯・住所・生年月日が入っている。',
 'okabe', ['株式会社ワークブリッジ東海 浜松営業所 青木様 <aoki@workbridge-tokai.co.jp>'],
 '7月シフト表（派遣スタッフ分）',
 """青木さん

お疲れ様です。北川精密の岡部です。
7月のシフト表を送ります。
夜勤の人数が1名足りていないので、追加で1名お願いできるとありがたいです。

""" + SIG['okabe'],
 att=[{'filename': 'shift_202507_haken.csv', 'contentType': CSV, 'text':
"""スタッフID,氏名,携帯番号,住所,生年月日,7/1,7/2,7/3,7/4,7/5
WB-2231,オリヴェイラ ジョアン,080-4402-1958,浜松市浜名区細江町気賀1013 ロイヤル気賀201,1985/02/11,日,日,夜,夜,休
WB-2240,松尾 智也,090-3318-7720,浜松市中央区葵西3-22-6,1979/08/30,夜,夜,休,日,日
WB-2257,フェレイラ アナ パウラ,070-2291-4406,浜松市浜名区三ヶ日町三ヶ日580-3,1992/11/04,日,日,日,休,休
WB-2263,グエン ヴァン ロン,080-6075-3341,浜松市浜名区細江町気賀1013 ロイヤル気賀305,1999/05/17,休,夜,夜,夜,日
WB-2270,宮下 さおり,090-8842-1163,湖西市新居町浜名2177-14,1988/01/25,日,休,日,日,夜
WB-2281,シルバ マルコス,080-1966-5027,浜松市中央区高塚町4721-2,1983/09/09,夜,日,休,夜,夜
"""}],
 personal=[('name', 'オリヴェイラ ジョアン'), ('phone', '080-4402-1958'), ('address', '浜松市浜名区細江町気賀1013 ロイヤル気賀201'),
           ('birthdate', '1985/02/11'), ('name', '松尾 智也'), ('phone', '090-3318-7720'), ('address', '浜松市中央区葵西3-22-6'),
           ('name', '宮下 さおり'), ('address', '湖西市新居町浜名2177-14')]))

# F-P4 English shipment notice with many look-alike numbers
A(M('pass', 'benign.lookalike_number',
 'Only PO, lot, serial, B/L, container and HS numbers for a corporate customer; no personal data.',
 'okabe', ['Jonas Keller <j.keller@brenner-at.de>'],
 'Shipment notice - PO 4500218837 / Lot KS-2506-117',
 """Dear Mr. Keller,

Please find below the shipping details for your order.

PO number: 4500218837
Part no.: KS-GH-2207 (gear housing, machined)
Quantity: 1,200 pcs (24 cartons x 50 pcs)
Lot no.: KS-2506-117
Serial range: 25061170001 - 25061171200
HS code: 8483.40
Vessel: ONE HAMBURG EXPRESS, B/L no. ONEYNGOF51824600
Container: TGHU 884120 7 (20' dry)
ETD Nagoya: 18 June 2025 / ETA Hamburg: 28 July 2025

The inspection report for this lot is attached. All measured dimensions were within tolerance; the CMM data for the bore diameter is on page 2.
Commercial invoice and packing list will follow from our logistics team by tomorrow.

Best regards,

""" + SIG['okabe_en'],
 att=[{'filename': 'InspectionReport_KS-2506-117.pdf', 'contentType': PDF, 'text':
"""INSPECTION REPORT
Customer: Brenner Antriebstechnik GmbH    PO: 4500218837
Part: KS-GH-2207 Gear housing    Lot: KS-2506-117    Qty: 1,200
Sampling: AQL 0.65, n=80
Item  Spec  Min  Max  Result
Bore dia. 42.000 +0.025/0  42.004  42.019  OK
Flatness 0.02  0.006  0.014  OK
Thread M8x1.25  Go/NoGo  -  -  OK
Surface Ra 1.6  0.8  1.3  OK
Judgement: ACCEPTED
Inspector: QA-07    Approved: QA Manager
Kitagawa Seimitsu Buhin Co., Ltd. Hamamatsu Plant
"""}]))

# F-H5 wage ledger with bank accounts to supervising organisation
A(M('hold', 'id.bank_account',
 '添付の賃金台帳に実習生の給与明細と個人名義の口座番号が入っており、社外の監理団体へ送っている。',
 'sugimoto', ['遠州国際交流センター 野村様 <nomura@enshu-kokusai.or.jp>'],
 'Re: 定期監査 事前提出資料（賃金台帳）',
 """野村様

お世話になっております。北川精密の杉本です。
ご依頼の5月分賃金台帳（実習生分・抜粋）をお送りします。
本人名義口座への振込であることの確認用に、とのことでしたので振込先の列も残しています。

残りの実習生分は監査当日に紙でご覧いただけるよう準備しておきます。

""" + SIG['sugimoto'],
 att=[{'filename': 'chingin_daicho_202505_jisshu.xlsx', 'contentType': XLSX, 'text':
"""氏名	基本給	残業手当	総支給額	社会保険料	所得税	住民税	寮費	差引支給額	振込先
ファム・ヴァン・トゥアン	176,400	28,350	204,750	29,812	3,620	5,200	20,000	146,118	ゆうちょ銀行 二一八店 普通 4418207
ドー・ティ・ガー	176,400	19,845	196,245	28,574	3,340	4,900	20,000	139,431	静岡銀行 細江支店 普通 0628841
ブイ・ドゥック・ミン	176,400	31,185	207,585	30,213	3,740	5,200	20,000	148,432	ゆうちょ銀行 二一八店 普通 5502916
ホアン・ティ・トゥー	176,400	11,340	187,740	27,338	3,070	4,600	20,000	132,732	浜松いわた信用金庫 気賀支店 普通 1173049
"""}],
 personal=[('name', 'ファム・ヴァン・トゥアン'), ('account', 'ゆうちょ銀行 二一八店 普通 4418207'), ('pay', '146,118'),
           ('name', 'ドー・ティ・ガー'), ('account', '静岡銀行 細江支店 普通 0628841'),
           ('name', 'ホアン・ティ・トゥー'), ('account', '浜松いわた信用金庫 気賀支店 普通 1173049')]))

# F-P5 quotation request to supplier named after a surname, plain zip of drawings
A(M('pass', 'benign.plain_zip',
 '宛先の社名（田中製作所・山本鋼材）は人名に見えるが会社名で、添付は暗号化されていない図面ZIP。',
 'okabe', ['株式会社田中製作所 営業部 田中 健太様 <k.tanaka@tanaka-ss.co.jp>'],
 '見積依頼：ブラケット 3点（図面添付）',
 """株式会社田中製作所
田中 健太様

いつもお世話になっております。北川精密の岡部です。
下記3点のお見積りをお願いいたします。図面（PDF・DXF）をZIPにまとめて添付しています。

・BR-301 取付ブラケット SPCC t2.3 月産 2,000個
・BR-302 補強ブラケット SPHC t3.2 月産 2,000個
・BR-303 ステー SUS304 t1.5 月産 500個

材料は山本鋼材さんからの支給も検討していますので、材料込み／材料支給の両方でお見積りいただけますでしょうか。
（山本鋼材さんにはCCで入っていただいています）
回答希望日：6月24日（火）

よろしくお願いいたします。

""" + SIG['okabe'],
 cc=['山本鋼材株式会社 山本 大輔様 <d.yamamoto@yamamoto-kozai.co.jp>'],
 att=[{'filename': 'zumen_BR-301_303.zip', 'contentType': ZIP}]))

# F-H6 English: worker's arrest to sending agency
A(M('hold', 'sensitive.crime',
 'Reports a named worker\'s arrest and detention, with date of birth and passport number, to an outside agency abroad.',
 'sugimoto', ['Joy Ramos <joy.ramos@luzonmanpower.com.ph>'],
 'Urgent: Mr. Dela Cruz - arrest by Hosoe Police',
 """Dear Ms. Ramos,

I am writing to inform you of a serious matter concerning one of the workers your agency sent to us.

Mr. Mark Anthony Dela Cruz (born 5 October 1996, passport no. P4827163B), a specified skilled worker in our machining section, was arrested on the evening of 12 June by the Hosoe Police Station on suspicion of drunk driving after a minor collision near his dormitory. No one was injured. He is currently detained at the station for questioning, and the police told us he may be held for up to 10 days before a decision on prosecution.

We have arranged a lawyer through the local bar association's on-duty lawyer service, and our interpreter visited him this morning. He admits he drank two cans of beer before driving.

Could you please contact his family in Pampanga? Also, please let us know whether your agency has a procedure for such cases, as this may affect his residence status.

I will update you as soon as we hear more from the police.

Sincerely,

""" + SIG['sugimoto_en'],
 cc=['野村 <nomura@enshu-kokusai.or.jp>'],
 personal=[('name', 'Mark Anthony Dela Cruz'), ('birthdate', '5 October 1996'), ('passport', 'P4827163B'),
           ('crime', 'arrested on the evening of 12 June by the Hosoe Police Station on suspicion of drunk driving')]))

# F-P6 internal many recipients
A(M('pass', 'benign.internal_many',
 '宛先は22名いるが全員自社ドメインで、内容も防災訓練の案内。',
 'sugimoto',
 ['製造部 各課長 <seizo-kacho@kitagawa-seimitsu.co.jp>', W['okabe'], W['lan'],
  '品質保証課 <qa@kitagawa-seimitsu.co.jp>', '生産管理課 <seikan@kitagawa-seimitsu.co.jp>',
  '設備保全課 <hozen@kitagawa-seimitsu.co.jp>', '第一製造課 <seizo1@kitagawa-seimitsu.co.jp>',
  '第二製造課 <seizo2@kitagawa-seimitsu.co.jp>', '第三製造課 <seizo3@kitagawa-seimitsu.co.jp>',
  '物流課 <butsuryu@kitagawa-seimitsu.co.jp>', '購買課 <kobai@kitagawa-seimitsu.co.jp>',
  '経理課 <keiri@kitagawa-seimitsu.co.jp>', '営業部 <eigyo@kitagawa-seimitsu.co.jp>',
  '技術部 <gijutsu@kitagawa-seimitsu.co.jp>', '情報システム <it@kitagawa-seimitsu.co.jp>',
  '安全衛生委員会 <anzen@kitagawa-seimitsu.co.jp>', '守衛室 <shuei@kitagawa-seimitsu.co.jp>',
  '食堂 <shokudo@kitagawa-seimitsu.co.jp>', '寮管理 <ryo@kitagawa-seimitsu.co.jp>',
  '工場長 <kojocho@kitagawa-seimitsu.co.jp>', '総務部 <somu@kitagawa-seimitsu.co.jp>',
  '労働組合 <kumiai@kitagawa-seimitsu.co.jp>'],
 '【全社】7/4（金）防災訓練の実施について',
 """各位

総務部の杉本です。
下記のとおり防災訓練を実施します。各職場で周知をお願いします。

日時：7月4日（金）14:00〜14:40（雨天決行）
想定：東海地震（震度6強）発生、第二工場棟から出火
避難場所：北側駐車場（第1避難場所）
内容：避難・点呼、消火器訓練（各課2名）、AED講習（希望者）

※外国籍の方向けに、やさしい日本語・ベトナム語・ポルトガル語の案内を食堂と寮に掲示します。
※点呼表は各課長が当日13時までに総務部へ取りに来てください。

以上

""" + SIG['sugimoto']))

# F-H7 religion of named interns to caterer
A(M('hold', 'sensitive.religion',
 '名前を挙げたインドネシア人実習生3名がムスリムであることと礼拝・ラマダンの予定を社外の給食業者へ伝えている。',
 'lan', ['株式会社デリカ遠州 内山様 <uchiyama@delica-enshu.co.jp>'],
 'お弁当の個別対応について（7月〜）',
 """デリカ遠州
内山様

いつもおいしいお弁当をありがとうございます。北川精密のグエンです。
7月から入社するインドネシア人の実習生について、お弁当の個別対応をお願いしたいです。

・Siti Nurhaliza さん（女性）
・Rahmat Hidayat さん（男性）
・Dewi Lestari さん（女性）

3人ともイスラム教徒（ムスリム）なので、豚肉・ラード・みりん等のアルコールが入っていないものをお願いします。
また、Rahmatさんは金曜のお昼にモスクへ礼拝に行くので、金曜日は2食で大丈夫です。
来年2月〜3月ごろのラマダン期間中は、3人とも昼食は不要になります。

お弁当の容器に名前シールを貼っていただけると助かります。
よろしくお願いします。

""" + SIG['lan'],
 personal=[('name', 'Siti Nurhaliza'), ('name', 'Rahmat Hidayat'), ('name', 'Dewi Lestari'),
           ('religion', 'イスラム教徒（ムスリム）')]))

# F-P7 influenza outbreak, aggregate only
A(M('pass', 'benign.aggregate_health',
 '「感染」は職場でのインフルエンザ流行を人数で伝えているだけで、誰が罹患したかは書かれていない。',
 'okabe', ['東和オートパーツ株式会社 購買部 佐藤様 <sato.h@towa-autoparts.co.jp>'],
 '納期調整のお願い（部品番号 TA-88120）',
 """佐藤様

お世話になっております。北川精密の岡部です。
大変申し訳ないご相談です。

第二製造課でインフルエンザA型の感染が広がっており、今週は7名が出勤停止となっております。
他課からの応援で対応しておりますが、TA-88120（ご注文 TW-250602-0015、3,000個）の6月20日納入分のうち、1,200個を6月24日の分納とさせていただけないでしょうか。

残りの1,800個は予定どおり20日に納入いたします。
ご迷惑をおかけし誠に申し訳ございません。ご検討のほどよろしくお願いいたします。

""" + SIG['okabe']))

# F-H8 encrypted zip to labour consultant
A(M('hold', 'attachment.encrypted_zip',
 'パスワード付きZIPを社外の社労士事務所へ送っており、中身（報酬月額一覧）を検査できない。',
 'sugimoto', ['中村社会保険労務士事務所 中村先生 <info@nakamura-sr-office.jp>'],
 '算定基礎届用データ送付',
 """中村先生

お世話になっております。北川精密の杉本です。
今年の算定基礎届用のデータ（4〜6月の報酬月額一覧、312名分）をお送りします。
パスワードは後ほど別メールでお送りします。

外国籍従業員のローマ字表記は、住民票の表記に合わせて修正済みです。
6月途中入社の2名は対象外にしています。

よろしくお願いします。

""" + SIG['sugimoto'],
 att=[{'filename': 'santei_kiso_2025.zip', 'contentType': ZIP, 'encrypted': True}]))

# F-P8 audit scheduling thread, heavy signatures
A(M('pass', 'benign.meeting_thread',
 '監理団体との監査日程の調整スレッドで、面談対象の実習生は名前も出ていない。',
 'sugimoto', ['野村 <nomura@enshu-kokusai.or.jp>'],
 'Re: 7月 定期監査の日程について',
 """野村様

ご連絡ありがとうございます。
7月15日（火）13:30〜でお願いいたします。
実習生との個別面談は、食堂横の休憩室（2階）をご用意します。面談対象の方は当日そちらでご指名ください。
通訳はグエンが待機します。

""" + SIG['sugimoto'] + """

-----Original Message-----
From: 野村 (遠州国際交流センター) <nomura@enshu-kokusai.or.jp>
Sent: Thursday, June 12, 2025 9:14 AM
To: 杉本 浩二 <sugimoto.koji@kitagawa-seimitsu.co.jp>
Subject: 7月 定期監査の日程について

北川精密部品株式会社
杉本様

いつもお世話になっております。
3か月に1回の定期監査につきまして、7月15日（火）午後または7月17日（木）午前でご都合いかがでしょうか。
当日は、帳簿類の確認、実習現場の巡回、実習生との個別面談（5名程度）を予定しております。

□■□■□■□■□■□■□■□■□■□■□■
協同組合 遠州国際交流センター
監理部 監理担当 野村 隆
〒430-0944 浜松市中央区田町330-5 遠州会館5F
TEL 053-489-2201 / 携帯 090-4182-5573
nomura@enshu-kokusai.or.jp
監理団体許可番号 1923000456
□■□■□■□■□■□■□■□■□■□■□■
"""))

# F-H9 subject line carries driving licence number (mobile)
A(M('hold', 'id.license',
 '本文は一言だが、件名に従業員の氏名と運転免許証番号が入ったまま社外の保険代理店へ出ている。',
 'sugimoto', ['浜名損保サービス 鈴木様 <suzuki@hamana-sonpo.jp>'],
 'サントス・ロドリゴさん 免許証番号 492103318650 運転者追加の件',
 """鈴木さん

件名の件、先ほど電話した通りです。
明日から通勤で社用車（浜松 400 な 12-34）を使う予定なので、今日中に手続きできると助かります。

杉本
iPhoneから送信""",
 personal=[('name', 'サントス・ロドリゴ'), ('license', '492103318650')]))

# F-P9 mobile one-liner to supplier
A(M('pass', 'benign.oneliner',
 '見積書受領の一言返信で個人データなし。',
 'okabe', ['田中製作所 田中 健太 <k.tanaka@tanaka-ss.co.jp>'],
 'Re: 見積書送付の件',
 """田中さん
受領しました。ありがとうございます！
来週中に回答します。

岡部

Sent from my iPhone

> 2025/06/23 17:48、田中 健太 <k.tanaka@tanaka-ss.co.jp> のメール:
>
> 岡部様
> BR-301〜303のお見積書を添付いたします。ご査収ください。
> 田中製作所 田中"""))

# F-H10 English: passports of returning interns to sending organisation
A(M('hold', 'id.passport',
 'Lists four interns with dates of birth and passport numbers and sends them to an outside agency in Vietnam.',
 'lan', ['Tran Quoc Bao <bao.tq@vinahr.com.vn>'],
 'Return flight booking - 4 interns completing training (Aug 2025)',
 """Dear Mr. Bao,

Thank you for your help as always. Four of our technical interns will finish their program at the end of August and return to Vietnam. Could you please book their flights (Chubu Centrair to Hanoi, 29 or 30 August) with the details below?

1. NGUYEN VAN HUNG - DOB 14/02/2001 - Passport C8824137 (exp. 03/2029)
2. PHAM THI MAI - DOB 22/07/2000 - Passport C6610592 (exp. 11/2028)
3. DO MINH KHOA - DOB 09/09/1999 - Passport C7035418 (exp. 06/2030)
4. VU THI THU HA - DOB 30/01/2001 - Passport C9142276 (exp. 01/2031)

Ha had trouble with the 23 kg limit last time, so please add 10 kg extra baggage for her if possible.
We will pay the airfare; please send the invoice to Mr. Sugimoto (in cc).

Best regards,

""" + SIG['lan_en'],
 cc=[W['sugimoto']],
 personal=[('name', 'NGUYEN VAN HUNG'), ('birthdate', '14/02/2001'), ('passport', 'C8824137'),
           ('name', 'PHAM THI MAI'), ('passport', 'C6610592'), ('name', 'DO MINH KHOA'), ('passport', 'C7035418'),
           ('name', 'VU THI THU HA'), ('passport', 'C9142276')]))

# F-P10 own new residence card data sent to the worker himself
A(M('pass', 'benign.own_data',
 '在留カードの新番号と期限を本人の個人アドレスへ知らせているだけで、第三者には渡っていない。',
 'lan', ['Tran Van Nam <namtv1998@gmail.com>'],
 '在留カード更新できました / Gia hạn thẻ cư trú đã xong',
 """ナムさん

おつかれさまです。グエンです。
ナムさんの在留期間更新の許可が出ました！
新しい在留カードの情報です。自分でも確認してください。

・在留資格：特定技能1号
・在留期限：2026年8月22日
・カード番号：UK28461937NM（前のカード QF71830264GJ は入管に返しました）

来週月曜に、新しいカードを総務に持ってきてください（コピーを取って会社で保管します）。

Anh Nam ơi, thẻ cư trú mới đã có rồi. Hạn mới là 22/08/2026. Thứ Hai tuần sau nhớ mang thẻ đến phòng Tổng vụ nhé.

""" + SIG['lan']))
