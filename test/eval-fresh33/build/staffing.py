from common import *

# ================= HOLDS =================

M(key="S1", expect="hold", kind="id.mynumber",
  why="Three workers' labelled 個人番号 with dates of birth sent to the outside labour-and-social-security attorney.",
  **{"from": SAKAGUCHI},
  to=["浜松みなみ社労士事務所 <office@hm-minami-sr.jp>"],
  subject="雇用保険 資格取得届（12月入社 3名）",
  text=f"""浜松みなみ社労士事務所
山内先生

いつもお世話になっております。東海ワークパートナーズの坂口です。
12月2日入社の派遣スタッフ3名について、雇用保険の資格取得手続きをお願いいたします。

①DO VAN HUNG（ドー ヴァン フン） 1998/05/19 男 ベトナム
　個人番号 725903611485　在留資格：特定技能1号
②JOSE MIGUEL BAUTISTA（ホセ ミゲル バウティスタ） 1991/11/02 男 フィリピン
　個人番号 581277034924　在留資格：定住者
③KARKI SABINA（カルキ サビナ） 2000/08/27 女 ネパール
　個人番号 419630572801　在留資格：家族滞在（資格外活動許可あり）

いずれも週40時間、賃金月額 約23万円の見込みです。
在留カードの写しは別途郵送いたします。

{SIG_SAKAGUCHI}""",
  personal=[{"type":"my_number","value":"725903611485"},{"type":"my_number","value":"581277034924"},
            {"type":"my_number","value":"419630572801"},{"type":"name","value":"DO VAN HUNG"},{"type":"birth_date","value":"1998/05/19"}])

M(key="S2", expect="hold", kind="sensitive.health_check",
  why="A named worker's health-check findings (liver values, blood pressure) sent to the client factory.",
  **{"from": SAKAGUCHI},
  to=["人事課 戸田様 <toda@enshu-autoparts.co.jp>"],
  subject="定期健康診断の結果について（第2工場 派遣スタッフ）",
  text=f"""遠州オートパーツ株式会社
人事課 戸田様

お世話になっております。東海ワークパートナーズの坂口です。
11月の定期健康診断の結果、御社第2工場に派遣中の TRAN VAN DUC さん（塗装ライン、夜勤）が「要精密検査」となりました。

・肝機能：AST 88 / ALT 131 / γ-GTP 214（いずれも基準値超）
・血圧：168/104 mmHg（要治療）
・医師コメント：脂肪肝の疑い、飲酒習慣の見直しを要す

産業医から、精密検査を受けるまでは夜勤を控えるよう意見が出ております。来週から2週間、日勤への変更をご検討いただけますでしょうか。

{SIG_SAKAGUCHI}""",
  personal=[{"type":"name","value":"TRAN VAN DUC"},{"type":"health_check","value":"AST 88 / ALT 131 / γ-GTP 214"},
            {"type":"health_check","value":"168/104 mmHg"}])

M(key="S3", expect="hold", kind="list.candidates",
  why="Attached candidate list gives five people's ages, nationalities, home addresses and mobile numbers to the client.",
  **{"from": YAMAOKA},
  to=["製造部 松井課長 <matsui@enshu-autoparts.co.jp>"],
  subject="1月増員分 候補者のご案内",
  text=f"""遠州オートパーツ株式会社
製造部 松井課長

いつもお世話になっております。東海ワークパートナーズの山岡です。
1月からの増員（組立ライン5名）の候補者一覧を添付いたします。
いずれも日本語での作業指示は理解可能、フォークリフト免許保有者2名です。
職場見学の日程をご相談させてください。

{SIG_YAMAOKA}""",
  attachments=[{"filename":"候補者一覧_2501.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[Sheet1]
No\t氏名\t年齢\t国籍\t住所\t携帯\t日本語\t資格\t経験
1\tPEREIRA Gustavo Henrique\t34\tブラジル\t浜松市中央区高塚町4812-3 レオパレス高塚203\t080-3719-4402\tN3\tフォークリフト\t自動車部品組立5年
2\tNGUYEN Thi Thu Ha\t27\tベトナム\t磐田市中泉2-7-11 コーポ中泉105\t070-4128-8835\tN2\t\t電子部品検査3年
3\tTHAPA Bishnu Bahadur\t30\tネパール\t浜松市中央区西塚町221-6\t090-2287-5516\tN3\tフォークリフト\t倉庫作業2年
4\tVILLANUEVA Ronaldo\t41\tフィリピン\t湖西市鷲津3390-1 鷲津ハイツ2-B\t080-6641-0073\tN4\t\t溶接補助8年
5\tSAKAMOTO Camila Yumi\t23\tブラジル\t浜松市浜名区小松1128-9\t090-7734-2290\tN2\t\t未経験"""}],
  personal=[{"type":"name","value":"PEREIRA Gustavo Henrique"},{"type":"address","value":"浜松市中央区高塚町4812-3 レオパレス高塚203"},
            {"type":"phone","value":"080-3719-4402"},{"type":"name","value":"VILLANUEVA Ronaldo"},{"type":"phone","value":"090-7734-2290"}])

M(key="S4", expect="hold", kind="personal.resume",
  why="Forwards a worker's full résumé with birth date, address, phone and family details to another staffing firm.",
  **{"from": YAMAOKA},
  to=["Mikawa Human Resources <info@mikawa-hr.co.jp>"],
  subject="スタッフのご紹介（豊橋方面希望）",
  text=f"""三河ヒューマンリソース株式会社
加藤様

先日はお電話ありがとうございました。東海ワークパートナーズの山岡です。
豊橋方面への転居を予定しているスタッフがおり、弊社では該当地域の案件がないため、ご紹介させてください。
本人の履歴書の内容を下記に貼り付けます。

【氏名】REYES Maricel Dizon（レイエス マリセル ディゾン）
【生年月日】1989年12月14日（34歳）女性
【国籍】フィリピン　【在留資格】永住者
【現住所】静岡県浜松市中央区佐藤2-15-8 サンハイツ佐藤102
【電話】080-4052-6619　【メール】maricel.reyes89@gmail.com
【家族】夫（日本人、豊橋市内勤務）、長男（8歳）、長女（5歳）
【職歴】2015-2019 食品工場（弁当盛付）、2019-現在 弊社経由で電子部品の検査・梱包
【日本語】日常会話レベル（JLPT N3）
【希望】日勤のみ、保育園の送迎のため8:30-17:00

ご検討よろしくお願いいたします。

{SIG_YAMAOKA}""",
  personal=[{"type":"name","value":"REYES Maricel Dizon"},{"type":"birth_date","value":"1989年12月14日"},
            {"type":"address","value":"静岡県浜松市中央区佐藤2-15-8 サンハイツ佐藤102"},{"type":"phone","value":"080-4052-6619"},
            {"type":"email","value":"maricel.reyes89@gmail.com"}])

M(key="S5", expect="hold", kind="id.residence_card",
  why="A worker's residence card and passport numbers with date of birth sent to an outside administrative scrivener.",
  **{"from": LAN},
  to=["行政書士 佐野事務所 <sano@sano-gyosei.jp>"],
  subject="在留期間更新の依頼（THAPA Bishnu Bahadur さん）",
  text=f"""佐野事務所
佐野先生

お世話になっております。東海ワークパートナーズのグエン・ティ・ランです。
下記スタッフの在留期間更新申請をお願いしたいです。

氏名：THAPA Bishnu Bahadur
生年月日：1994年3月22日
国籍：ネパール
在留カード番号：EH73015226NP
在留資格：特定技能1号（工業製品製造業）
在留期限：2025年2月14日
旅券番号：PA0913477

ご本人は平日夕方18時以降なら事務所へ伺えるそうです。
必要書類のリストを送っていただけますか。よろしくお願いします。

{SIG_LAN}""",
  personal=[{"type":"residence_card","value":"EH73015226NP"},{"type":"passport","value":"PA0913477"},
            {"type":"name","value":"THAPA Bishnu Bahadur"},{"type":"birth_date","value":"1994年3月22日"}])

M(key="S6", expect="hold", kind="sensitive.criminal",
  why="The quoted internal note reveals a named worker's arrest on suspicion of theft; the mail goes to the client.",
  **{"from": YAMAOKA},
  to=["製造課 大石課長 <oishi@hamakita-precision.co.jp>"],
  subject="Re: Souzaさん 本日欠勤の件",
  text=f"""浜北精密工業株式会社
製造課 大石課長

ご連絡が遅くなり、大変申し訳ございません。
下記のとおりの事情で、Souzaさんは当面出勤できない見込みです。
明日から代替のスタッフ（経験者）を手配いたしますので、8時に守衛所へ伺わせます。
ご迷惑をおかけし誠に申し訳ございません。

{SIG_YAMAOKA}

-----Original Message-----
From: Nguyen Thi Lan
Sent: Thursday, December 5, 2024 9:12 AM
To: 山岡 健二
Subject: Souzaさん 本日欠勤の件

山岡さん
Lucas Souza さん（浜北精密・第1ライン）の奥様から電話がありました。
昨夜、浜松中央警察署に窃盗の疑いで逮捕されたそうです。本人とはまだ連絡が取れません。
寮の鍵は奥様が持っています。
ラン""",
  personal=[{"type":"name","value":"Lucas Souza"},{"type":"criminal","value":"窃盗の疑いで逮捕された"}])

M(key="S7", expect="hold", kind="recipients.visible",
  why="Dormitory notice sent to fourteen workers' private addresses visible in To.",
  **{"from": LAN},
  to=["dovanhung98@gmail.com","jm.bautista91@yahoo.com","sabina.karki27@gmail.com","tranvanduc.hp@gmail.com",
      "ngthuha.96@icloud.com","gustavo.pereira.hm@hotmail.com","bishnu.thapa94@gmail.com","ronaldo.villanueva@yahoo.com",
      "camila.sakamoto@gmail.com","rai.suman.ktm@gmail.com","le.quang.minh2001@gmail.com","anaclara.ferreira@icloud.com",
      "maricel.reyes89@gmail.com","phamduytan.bn@gmail.com"],
  subject="【寮】防災訓練のお知らせ / Thông báo diễn tập phòng cháy / Fire drill 12/15",
  text=f"""寮に住んでいる皆さん
Các bạn đang ở ký túc xá / Dear residents,

12月15日（日）10:00から、第1寮・第2寮の防災訓練があります。
10:00 Chủ nhật ngày 15/12 có diễn tập phòng cháy tại ký túc xá 1 và 2.
Fire drill on Sunday 15 December at 10:00 (Dormitory 1 and 2).

集合場所：第1寮の駐車場
Địa điểm tập trung: bãi đỗ xe ký túc xá 1
Meeting point: Dormitory 1 car park

消防署の人が消火器の使い方を教えます。必ず参加してください。

{SIG_LAN}""")

M(key="S8", expect="hold", kind="id.bank_account",
  why="A worker's personal bank account details sent to the outside payroll vendor.",
  **{"from": SAKAGUCHI},
  to=["給与計算センター <payroll@shizuoka-payroll.co.jp>"],
  subject="給与振込口座の変更（社員番号 T-20871）",
  text=f"""静岡ペイロールサービス 給与計算センター 御中

いつもお世話になっております。東海ワークパートナーズの坂口です。
12月支給分より、下記スタッフの給与振込口座を変更してください。

社員番号：T-20871
氏名：RAI SUMAN（ライ スマン）
新口座：遠州信用金庫 本店営業部（店番 001）普通 0738215
口座名義：ライ スマン
（旧口座は帰国した同居人名義のため解約予定とのこと）

よろしくお願いいたします。

{SIG_SAKAGUCHI}""",
  personal=[{"type":"name","value":"RAI SUMAN"},{"type":"bank_account","value":"普通 0738215"}])

M(key="S9", expect="hold", kind="sensitive.mental_health",
  why="The body is neutral but the attached occupational physician's opinion names a worker's depression diagnosis; sent to the client.",
  **{"from": SAKAGUCHI},
  to=["人事課 戸田様 <toda@enshu-autoparts.co.jp>"],
  cc=["製造部 松井課長 <matsui@enshu-autoparts.co.jp>"],
  subject="就業上の措置に関する意見書の送付",
  text=f"""遠州オートパーツ株式会社
人事課 戸田様

お世話になっております。坂口です。
先日ご相談した派遣スタッフについて、産業医面談が終わりましたので意見書を添付いたします。
記載の就業上の措置（1月末まで）について、御社側で対応可能かご確認いただけますでしょうか。

{SIG_SAKAGUCHI}""",
  attachments=[{"filename":"就業意見書_1203.pdf","contentType":"application/pdf",
   "text":"""就業上の措置に関する意見書
事業場：東海ワークパートナーズ株式会社（派遣先：遠州オートパーツ株式会社 第1工場）
氏名：SANTOS OLIVEIRA Bruno（サントス オリヴェイラ ブルーノ）　生年月日：1990年7月9日
面談日：2024年12月3日
診断名（主治医診断書より）：うつ病（中等度）、不眠症
就業区分：就業制限
措置内容：時間外労働・夜勤の禁止、1日7時間以内、1月末に再面談
産業医：浜松ワークヘルスクリニック 医師 杉本 洋介"""}],
  personal=[{"type":"name","value":"SANTOS OLIVEIRA Bruno"},{"type":"diagnosis","value":"うつ病（中等度）、不眠症"},
            {"type":"birth_date","value":"1990年7月9日"}])

M(key="S10", expect="hold", kind="attachment.encrypted_zip",
  why="Attendance and pay data sent to the client as a password-protected zip (PPAP).",
  **{"from": SAKAGUCHI},
  to=["経理課 <keiri@hamakita-precision.co.jp>"],
  subject="11月分 勤怠実績・請求明細",
  text=f"""浜北精密工業株式会社 経理課 御中

お世話になっております。
11月分の勤怠実績および請求明細をお送りいたします。
ファイルはパスワード付きZIPです。パスワードは後ほど別メールにてお知らせいたします。

{SIG_SAKAGUCHI}""",
  attachments=[{"filename":"2411_kintai_seikyu.zip","contentType":"application/zip","encrypted":True}])

# ================= PASSES =================

M(key="SP1", expect="pass", kind="benign.own_data",
  why="A worker's own payslip summary sent to his own address.",
  **{"from": LAN},
  to=["dovanhung98@gmail.com"],
  subject="Phiếu lương tháng 12 / 12月分 給与明細",
  text=f"""Hùng ơi,

Đây là phiếu lương tháng 12 của bạn. Nếu có gì thắc mắc, hãy liên hệ chị.
12月分の給与明細です。わからないことがあれば連絡してください。

支給日：12月25日
基本給（時給1,250円×168h）：210,000円
残業手当（1,563円×22h）：34,386円
深夜手当：6,250円
総支給額：250,636円
控除合計（社会保険料・所得税・寮費）：68,920円
差引支給額：181,716円

Chị Lan

{SIG_LAN}""")

M(key="SP2", expect="pass", kind="benign.aggregate_statistics",
  why="Aggregate disability-employment rate and health-programme figures with no individual named.",
  **{"from": YAMAOKA},
  to=["人事課 戸田様 <toda@enshu-autoparts.co.jp>"],
  subject="【ご参考】弊社の障害者雇用率・健康経営の取組みについて",
  text=f"""遠州オートパーツ株式会社
人事課 戸田様

先日の取引先評価アンケートでご質問いただいた項目について、回答いたします。

・障害者雇用率（2024年6月1日現在）：2.63%（法定雇用率 2.5%）
・健康経営優良法人 2024 認定取得
・定期健康診断 受診率：99.2%（派遣スタッフ含む、母語通訳同行）
・ストレスチェック 受検率：91.4%（ベトナム語・ポルトガル語・英語版を使用）
・インフルエンザ予防接種 会社補助：希望者全員（昨年度 接種者 312名）

個人の結果は一切含んでおりません。アンケート様式への転記が必要でしたらお申し付けください。

{SIG_YAMAOKA}""")

M(key="SP3", expect="pass", kind="benign.vaccination_schedule",
  why="Flu-vaccination schedule sent to many workers via Bcc; only the sender's own address is visible.",
  **{"from": LAN},
  to=["lan.nguyen@tokai-wp.co.jp"],
  bcc=["dovanhung98@gmail.com","jm.bautista91@yahoo.com","sabina.karki27@gmail.com","tranvanduc.hp@gmail.com",
       "ngthuha.96@icloud.com","gustavo.pereira.hm@hotmail.com","bishnu.thapa94@gmail.com","ronaldo.villanueva@yahoo.com",
       "camila.sakamoto@gmail.com","rai.suman.ktm@gmail.com","le.quang.minh2001@gmail.com","anaclara.ferreira@icloud.com"],
  subject="インフルエンザ予防接種の日程 / Lịch tiêm phòng cúm / Vacina da gripe",
  text=f"""スタッフの皆さん

今年もインフルエンザの予防接種を会社の補助で受けられます（自己負担 0円）。
Năm nay công ty hỗ trợ 100% chi phí tiêm phòng cúm.
A vacina da gripe é gratuita (paga pela empresa).

日程 / Ngày / Data:
・12月10日（火）18:00～20:00 浜松ワークヘルスクリニック
・12月14日（土）9:00～12:00 同上
・12月17日（火）18:00～20:00 磐田出張会場（中泉公民館）

在留カードと健康保険証を持ってきてください。熱がある日は受けられません。
希望する人は12月6日までに私に返信してください。

{SIG_LAN}""")

M(key="SP4", expect="pass", kind="benign.shift_assignment",
  why="Shift assignment of dispatched workers by name and line to the client; no contact details or sensitive data.",
  **{"from": YAMAOKA},
  to=["製造課 大石課長 <oishi@hamakita-precision.co.jp>"],
  cc=["班長 鈴木様 <suzuki.t@hamakita-precision.co.jp>"],
  subject="12月16日週 シフト配置のご連絡",
  text=f"""浜北精密工業株式会社
製造課 大石課長
（CC：鈴木班長）

お世話になっております。山岡です。
12月16日週の派遣スタッフ配置は下記のとおりです。

【第1ライン 日勤 8:00-17:00】
 Ferreira Ana Clara／Le Quang Minh／Pham Duy Tan（新規・OJT初日）
【第1ライン 夜勤 20:00-5:00】
 Bautista Jose Miguel／Villanueva Ronaldo
【第2ライン 日勤】
 Sakamoto Camila Yumi／Karki Sabina

Pham Duy Tan さんの初日は8時に守衛所で私がお迎えし、安全教育のあと鈴木班長に引き継ぎます。
昨日お話のあった欠員1名分の代替は別途ご連絡いたします。

{SIG_YAMAOKA}""")

M(key="SP5", expect="pass", kind="benign.invoice_corporate_bank",
  why="Invoice with the staffing company's corporate bank account and registration number.",
  **{"from": SAKAGUCHI},
  to=["経理課 <keiri@enshu-autoparts.co.jp>"],
  subject="請求書送付のご案内（2024年11月分）",
  text=f"""遠州オートパーツ株式会社 経理課 御中

11月分の派遣料金請求書をお送りいたします（PDF）。

請求番号：TWP-2411-0338
ご請求金額：8,742,600円（税込）
お支払期日：2024年12月31日
お振込先：遠州信用金庫 本店営業部（001）当座 0012874 東海ワークパートナーズ（カ
適格請求書発行事業者登録番号：T3080401019927

{SIG_SAKAGUCHI}""",
  attachments=[{"filename":"TWP-2411-0338.pdf","contentType":"application/pdf",
   "text":"請求書 TWP-2411-0338 遠州オートパーツ株式会社 御中 2024年11月分 派遣料金 第1工場 組立ライン 延べ4,812時間 ご請求金額 8,742,600円（うち消費税 794,781円） 振込先 遠州信用金庫 本店営業部 当座 0012874 登録番号 T3080401019927"}])

M(key="SP6", expect="pass", kind="benign.product_names",
  why="Work-instruction translation about car-seat models named Marina, Elena and Sofia; katakana product names, not people.",
  **{"from": LAN},
  to=["品質保証課 <qa@enshu-autoparts.co.jp>"],
  subject="作業手順書 ベトナム語訳の件（マリナ／エレナ／ソフィア）",
  text=f"""品質保証課 ご担当者様

お世話になっております。東海ワークパートナーズのランです。
ご依頼いただいた作業手順書のベトナム語訳が完成しました。

対象：チャイルドシート「マリナ」（品番 CS-MR220）、「エレナ」（CS-EL310）、「ソフィア」（CS-SF105）
各3ページ、図はそのまま、注意書きのみ赤字で訳しています。
「エレナ」のバックル締付トルク（2.5 N·m）の表記が日本語版の旧版と新版で違っていたので、新版に合わせました。ご確認ください。

来週の朝礼で、ベトナム人スタッフ向けに私から読み合わせをします。

{SIG_LAN}""",
  attachments=[{"filename":"手順書_VI_マリナ_エレナ_ソフィア.docx","contentType":"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
   "text":"Hướng dẫn thao tác – Ghế trẻ em MARINA (CS-MR220), ELENA (CS-EL310), SOFIA (CS-SF105). Bước 1: Kiểm tra khung. Bước 2: Lắp khóa cài, lực siết 2,5 N·m. Chú ý: Không được dùng dụng cụ khác."}])

M(key="SP7", expect="pass", kind="benign.successor",
  why="Successor introduction with colleague names and business contacts.",
  **{"from": YAMAOKA},
  to=["大石 正樹 <oishi@hamakita-precision.co.jp>"],
  cc=["青木 翔太 <s-aoki@tokai-wp.co.jp>"],
  subject="担当交代のご挨拶",
  text=f"""浜北精密工業株式会社
製造課 大石課長

いつも大変お世話になっております。
1月より、御社のご担当を営業部の青木 翔太に交代させていただくことになりました。
青木は磐田・袋井エリアの自動車部品メーカー様を3年担当しており、ポルトガル語も日常会話程度できます。
私も営業部マネージャーとして引き続き関わってまいりますので、今後ともよろしくお願い申し上げます。
年内に一度、青木とご挨拶に伺います。

{SIG_YAMAOKA}""")

M(key="SP8", expect="pass", kind="benign.employment_verification",
  why="Employment verification with dates and job title only, given with the former worker's written consent.",
  **{"from": SAKAGUCHI},
  to=["審査部 <shinsa@hamamatsu-shinkin-loan.jp>"],
  subject="在籍確認のご回答（同意書受領済）",
  text=f"""浜松しんきんローンサービス 審査部 御中

お世話になっております。東海ワークパートナーズ労務管理課の坂口です。
12月3日付でご依頼のありました在籍確認について、ご本人署名の同意書を確認のうえ、下記のとおり回答いたします。

氏名：Ferreira Ana Clara 様
雇用形態：派遣社員（無期雇用）
在籍期間：2021年4月1日～現在
職種：製造（組立・検査）

給与額等その他の事項については、ご本人から直接ご提出いただくようお願いいたします。

{SIG_SAKAGUCHI}""")

M(key="SP9", expect="pass", kind="benign.own_data",
  why="Residence-card renewal reminder sent only to the card holder himself, quoting his own card number.",
  **{"from": LAN},
  to=["le.quang.minh2001@gmail.com"],
  subject="在留期限のお知らせ / Nhắc hạn thẻ cư trú",
  text=f"""Minh ơi,

Thẻ cư trú của em (số SH60472918VN) sẽ hết hạn vào ngày 28/02/2025.
あなたの在留カード（SH60472918VN）の期限は2025年2月28日です。

Em hãy chuẩn bị hồ sơ gia hạn trước ngày 10/01. Chị có thể đi cùng em đến Cục xuất nhập cảnh Hamamatsu.
1月10日までに更新の準備をしてください。入管へは私も一緒に行けます。

Chị Lan

{SIG_LAN}""")

M(key="SP10", expect="pass", kind="benign.it_incident",
  why="Apology for an attendance-system outage (障害); no personal data.",
  **{"from": YAMAOKA},
  to=["製造部 松井課長 <matsui@enshu-autoparts.co.jp>","人事課 戸田様 <toda@enshu-autoparts.co.jp>"],
  subject="【お詫び】勤怠打刻システム障害について（12/4）",
  text=f"""遠州オートパーツ株式会社
製造部 松井課長、人事課 戸田様

12月4日 6:00～9:40 の間、弊社のクラウド勤怠打刻システムに障害が発生し、第1・第2工場の派遣スタッフの打刻ができない状態となりました。
原因はクラウド事業者側のサーバ障害で、ウイルス感染や情報漏えいはございません。

該当時間の出勤時刻は、各班長さまの出勤簿をもとに弊社で修正いたします。
ご迷惑をおかけし、誠に申し訳ございません。

{SIG_YAMAOKA}""")
