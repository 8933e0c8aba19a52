from common import *

D = "ponte-solidaria.or.jp"
YAMAUCHI = f"山内 誠 <yamauchi@{D}>"
ERIKA = f"サントス エリカ <erika.santos@{D}>"
LUIS = f"キスペ ルイス <luis.quispe@{D}>"

SIG_Y = """━━━━━━━━━━━━━━━━━━━━━━
特定非営利活動法人 ポンテ・ソリダリア
事務局長 山内 誠
〒430-0929 静岡県浜松市中央区中央2-6-18 中央ビル3F
TEL 053-457-3820 / FAX 053-457-3821
https://www.ponte-solidaria.or.jp
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_E = """--
サントス エリカ(Erika Santos)
コーディネーター|ポルトガル語・日本語
NPO法人 ポンテ・ソリダリア
053-457-3820 / 090-1847-5529(業務用)
erika.santos@ponte-solidaria.or.jp"""

SIG_L = """Luis Quispe(キスペ ルイス)
相談員(スペイン語・日本語)
NPO法人 ポンテ・ソリダリア 生活相談窓口
TEL 053-457-3822 月〜金 10:00-17:00"""

MAILS = []
A = MAILS.append

A(M("pass", "benign.thank_you", "Thanks to a partner for an event, naming volunteers; no contact or sensitive data.",
ERIKA, ["浜松国際交流協会 事業課 谷口様 <taniguchi@hamamatsu-kokusai.or.jp>"], "Festa Junina 2024 ご協力のお礼",
f"""谷口様

先日のFesta Junina 2024では、会場の調整から当日の受付まで大変お世話になりました。
おかげさまで来場者は約1,200名、屋台の売上は過去最高となりました。

当日は、ボランティアの Ana Paula Oliveira さん(受付)、Carlos Mendoza さん(音響)、Rosa Huamán さん(ペルー料理の屋台)、鈴木 陽菜 さん(子どもコーナー)が大活躍でした。協会の岩瀬様、堀内様にもどうぞよろしくお伝えください。

写真は来週、共有フォルダにアップします。

Muito obrigada!

{SIG_E}
"""))

A(M("pass", "benign.statistics", "Annual consultation counts by nationality and topic, aggregates only.",
YAMAUCHI, ["浜松市 国際課 多文化共生グループ <tabunka@city.hamamatsu-example.jp>"], "令和5年度 外国人生活相談 実績報告",
f"""国際課 多文化共生グループ 御中

いつもお世話になっております。ポンテ・ソリダリアの山内です。
委託事業「外国人生活相談窓口」の令和5年度実績をご報告いたします。

【国籍別 相談件数】
 ブラジル 412件 / ペルー 188件 / フィリピン 57件 / ボリビア 21件 / その他 34件  計712件
【相談内容別(複数選択)】
 労働・雇用 231 / 在留手続 164 / 医療・保険 142 / 教育 118 / 住宅 96 / 家庭・DV 38 / 税・年金 71
【言語別】
 ポルトガル語 63% / スペイン語 29% / 日本語・その他 8%

個別の相談内容は含めておりません。詳細報告書は月末に紙で提出いたします。

{SIG_Y}
"""))

A(M("pass", "benign.grant_report", "Grant report with the NPO's own corporate bank account.",
YAMAUCHI, ["公益財団法人 みらい共生基金 助成課 <josei@mirai-kyosei.or.jp>"], "助成金 実績報告書および口座情報の送付(助成番号 MK-2023-118)",
f"""助成課 ご担当者様

お世話になっております。ポンテ・ソリダリア 事務局長の山内です。
助成番号 MK-2023-118「ブラジル・ペルー出身の子どもの学習支援事業」について、実績報告書を添付いたします。

 事業期間:2023年4月1日〜2024年3月31日
 参加児童数:延べ1,846名(実人数 64名)
 助成額:2,000,000円 / 事業総額:2,718,400円

第2期分のお振込先は次のとおりです(法人口座)。
 遠州中央信用金庫 本店営業部 普通 0219384
 口座名義:トクヒ)ポンテ・ソリダリア
 法人番号:7080405003815

{SIG_Y}
"""))

A(M("pass", "benign.minutes", "Meeting minutes naming officials and staff of partner bodies; no personal data.",
LUIS, ["浜松国際交流協会 岩瀬様 <iwase@hamamatsu-kokusai.or.jp>", "浜松市 国際課 大石様 <ooishi@city.hamamatsu-example.jp>", "静岡県弁護士会 外国人支援委員会 <gaikokujin@shizuoka-bar-example.or.jp>"], "外国人支援ネットワーク会議 議事録(6/14)",
f"""関係者各位

6月14日(金)のネットワーク会議の議事録をお送りします。

出席:大石(市国際課)、岩瀬(国際交流協会)、望月弁護士(弁護士会)、Padre Antônio Ribeiro(カトリック浜松教会)、Claudia Yamashiro(ブラジル人学校 Escola Alegria)、山内・キスペ(当法人)

1. 夏休み期間の相談窓口体制
   ・7/22〜8/30 土曜相談を月2回に増やす(当法人)
2. 通訳ボランティア研修
   ・9月7日 医療通訳基礎編、講師は聖隷の通訳担当 Márcia Tanaka 氏に依頼予定
3. 災害時多言語支援
   ・市の防災メール多言語化(ポルトガル語・スペイン語)の進捗を大石様より報告
次回:9月13日(金)14:00 市役所本館8階

{SIG_L}
"""))

A(M("pass", "benign.to_data_subject", "Appointment confirmation in Portuguese sent to the resident herself.",
ERIKA, ["Juliana Ferreira <juliana.ferreira.hmt@gmail.com>"], "Confirmação de atendimento – 28/06 (sexta-feira) 14h",
f"""Prezada Sra. Juliana Ferreira,

Confirmamos o seu atendimento na Ponte Solidária:

 Data: 28 de junho (sexta-feira), às 14h00
 Local: Chuo Bldg. 3º andar, Chuo 2-6-18, Hamamatsu
 Assunto: renovação do visto e documentos da escola do seu filho
 Atendente: Erika Santos (português)

Por favor, traga o seu cartão de residência (zairyu card), o passaporte e a carta da escola que a senhora recebeu.

Se não puder vir, avise pelo telefone 053-457-3820.

Atenciosamente,
{SIG_E}
"""))

A(M("pass", "benign.successor_intro", "Introduction of a new coordinator succeeding a departing one.",
YAMAUCHI, ["浜松国際交流協会 谷口様 <taniguchi@hamamatsu-kokusai.or.jp>", "浜松市教育委員会 指導課 <shido@edu.hamamatsu-example.jp>"], "担当者交代のご挨拶",
f"""関係者の皆様

いつも大変お世話になっております。
スペイン語相談を担当しておりました マリア・ロドリゲス が6月末で退職し、7月からは キスペ ルイス が後任を務めます。

キスペはペルー・リマ出身、浜松在住15年で、これまで自動車部品工場の通訳や市の外国人学校支援員を務めてきました。スペイン語・日本語・ケチュア語が話せます。

マリアの在職中のご厚情に心より御礼申し上げるとともに、キスペにも変わらぬご指導をお願い申し上げます。

{SIG_Y}
""", cc=[LUIS]))

A(M("pass", "benign.schedule", "Class schedule naming teachers; no learners' data.",
ERIKA, ["浜松市立北部中学校 国際教室 担当 河野先生 <kono-t@edu.hamamatsu-example.jp>"], "夏休み日本語・母語教室のスケジュール",
f"""河野先生

いつもありがとうございます。エリカです。
夏休みの教室スケジュールが決まりましたのでお知らせします。生徒さんへのご案内にお使いください。

 日本語教室(中学生向け):7/23〜8/22 火・木 10:00-12:00 講師:望月 多恵子先生
 ポルトガル語母語教室:7/24〜8/21 水 13:30-15:00 講師:Professora Denise Arakaki
 スペイン語母語教室:7/25〜8/22 木 13:30-15:00 講師:Profesora Carmen Vargas
 会場:当法人 3階 教室A

参加費は無料です。申込書は学校経由で7/12までにお願いします。

{SIG_E}
"""))

A(M("pass", "benign.historical", "Event proposal referencing historical immigrant figures and the Kasato Maru; no living individuals' data.",
YAMAUCHI, ["静岡日報 文化部 <bunka@shizuoka-nippo-example.jp>"], "「日本人移民の日」関連企画のご提案",
f"""静岡日報 文化部 御中

いつもお世話になっております。ポンテ・ソリダリアの山内です。
6月18日の「海外移住の日」にちなみ、次のような連載企画をご提案させていただきます。

1. 1908年の笠戸丸と最初の移民781名 ― 上塚周平ら先人の足跡
2. 1990年の入管法改正と浜松のブラジル人コミュニティの30年
3. ペルー移民125周年 ― 1899年の佐倉丸から現在まで

取材先として、当法人の相談員や、地元のブラジル食材店「Mercado Sabor」、ペルー料理店「Inti Raymi」をご紹介できます。

{SIG_Y}
"""))

A(M("hold", "sensitive.crime_victim", "Details of a named domestic-violence victim sent to an outside lawyer.",
LUIS, ["望月法律事務所 望月先生 <mochizuki@mochizuki-law.jp>"], "ご相談者の件(保護命令申立て)",
f"""望月先生

お世話になっております。キスペです。
昨日お電話でご相談した件、詳細をお送りします。

 相談者:ロサ・マリア・チャベス・ゴメス さん(ペルー国籍、38歳)
 住所:浜松市中央区高塚町4812-3 ハイツ高塚105(現在は市のシェルターに避難中)
 電話:080-7723-1546(スペイン語)
 経過:夫(日本人、52歳)から約2年間にわたり暴力を受け、6月10日に顔を殴られて全治2週間のけが。中央警察署に被害届を提出済み。
 希望:保護命令の申立てと離婚。子ども(9歳)の親権。

来週水曜日の午後に通訳同行で事務所に伺うことは可能でしょうか。

{SIG_L}
""", personal=[("name", "ロサ・マリア・チャベス・ゴメス"), ("address", "浜松市中央区高塚町4812-3 ハイツ高塚105"), ("phone", "080-7723-1546"), ("crime_victim", "夫(日本人、52歳)から約2年間にわたり暴力を受け")]))

A(M("hold", "id.residence_card", "A client's residence-card number and status sent to an outside administrative scrivener.",
LUIS, ["鈴木行政書士事務所 <office@suzuki-gyosei.jp>"], "在留期間更新のご依頼(ロペス様)",
f"""鈴木先生

いつもお世話になっております。ポンテ・ソリダリアのキスペです。
下記の方の在留期間更新申請をお願いしたく、情報をお送りします。

 氏名:LOPEZ HUAMAN JORGE LUIS
 国籍:ペルー
 生年月日:1979年8月4日
 在留資格:定住者(期限 2024年8月31日)
 在留カード番号:PQ40718263RE
 勤務先:株式会社遠州プレス工業(派遣)

ご本人は8日(月)の夕方なら事務所に伺えるそうです。

{SIG_L}
""", personal=[("name", "LOPEZ HUAMAN JORGE LUIS"), ("residence_card", "PQ40718263RE"), ("birthdate", "1979年8月4日")]))

A(M("hold", "list.roster", "Event participants' names, birth dates, addresses and phones sent to an insurer.",
ERIKA, ["東海損保サービス 浜松支店 <hamamatsu@tokai-sonpo-svc.co.jp>"], "行事保険 加入者名簿(7/20 親子キャンプ)",
f"""浜松支店 ご担当者様

お世話になっております。ポンテ・ソリダリアのサントスです。
7/20〜21 親子キャンプ(浜名湖)の行事保険の加入者名簿を添付します。全28名のうち、まず確定した方の分です。

{SIG_E}
""", attachments=[att("camp0720_participants.xlsx", XLSX, """[Sheet1]
No\t氏名\t生年月日\t住所\t電話
1\tOLIVEIRA ANA PAULA\t1986-03-19\t浜松市中央区佐鳴台3-41-8\t090-5518-2204
2\tOLIVEIRA GABRIEL\t2014-07-02\t浜松市中央区佐鳴台3-41-8\t090-5518-2204
3\tMENDOZA RIOS CARLOS\t1982-12-11\t浜松市浜名区小松1320-5 コーポ小松202\t080-3309-7712
4\tMENDOZA SOFIA\t2016-05-27\t浜松市浜名区小松1320-5 コーポ小松202\t080-3309-7712
5\tHIGA NAKAMOTO PRISCILA\t1990-09-08\t磐田市見付3566-1\t070-2240-8831""")],
personal=[("name", "OLIVEIRA ANA PAULA"), ("birthdate", "1986-03-19"), ("address", "浜松市中央区佐鳴台3-41-8"), ("phone", "090-5518-2204"), ("name", "MENDOZA RIOS CARLOS"), ("phone", "080-3309-7712")]))

A(M("hold", "sensitive.juvenile", "Tells a school about a named pupil's family-court juvenile proceedings.",
YAMAUCHI, ["浜松市立北部中学校 教頭 宮本先生 <miyamoto-k@edu.hamamatsu-example.jp>"], "2年生 ペレイラさんの件",
f"""宮本先生

お世話になっております。ポンテ・ソリダリアの山内です。
先日ご相談のあった2年3組の ペレイラ・ルーカス さんについて、保護者の同意のもと共有いたします。

ルーカスさんは5月の万引き事件で補導され、現在家庭裁判所で少年審判の手続き中で、観護措置は取られていません。審判期日は7月11日の予定です。
当法人では母親との面談と、学習支援教室への参加を続けております。学校での様子で気になることがあれば、ご連絡いただけますと幸いです。

{SIG_Y}
""", personal=[("name", "ペレイラ・ルーカス"), ("juvenile", "家庭裁判所で少年審判の手続き中")]))

A(M("hold", "personal.profile", "Forward to a volunteer's private address; the quoted part holds a resident's full profile and debts.",
LUIS, ["Carlos Mendoza <carlos.mendoza.hmt@gmail.com>"], "RV: Caso del Sr. Torres – acompañamiento al juzgado",
f"""Carlos,

Gracias por aceptar acompañarlo. Te reenvío abajo el resumen del caso para que lo leas antes del jueves. Nos vemos a las 9:30 en la entrada del juzgado.

Luis

-------- Mensaje reenviado --------
De: Luis Quispe <luis.quispe@ponte-solidaria.or.jp>
Para: 山内 誠 <yamauchi@ponte-solidaria.or.jp>
Asunto: Caso del Sr. Torres

Resumen:
 Nombre: Miguel Ángel Torres Paredes (46)
 Dirección: 浜松市中央区上島6-22-15 アパート上島 201
 Teléfono: 090-3376-0482
 Situación: desempleado desde marzo, deuda de tarjetas y préstamos por aprox. 2.800.000 yenes (Acom, Promise), demanda de cobro presentada en el juzgado sumario.
 Visa: residente permanente.
 Familia: esposa e hijo de 12 años.
""", personal=[("name", "Miguel Ángel Torres Paredes"), ("address", "浜松市中央区上島6-22-15 アパート上島 201"), ("phone", "090-3376-0482"), ("debt", "deuda de tarjetas y préstamos por aprox. 2.800.000 yenes")]))

_vol = ["anapaula.oliveira86@gmail.com", "carlos.mendoza.hmt@gmail.com", "rosa.huaman@yahoo.co.jp", "hina.suzuki.0327@icloud.com",
 "denise.arakaki@hotmail.com", "pedro.nishimura@docomo.ne.jp", "k.taketomi@ezweb.ne.jp", "fabiana.souza.br@gmail.com",
 "jose.cardenas.pe@gmail.com", "mika-ogura@softbank.ne.jp", "thiago.kawamoto@outlook.jp", "yamaguchi.noriko@nifty.com",
 "marisol.vega1990@gmail.com"]
A(M("hold", "recipients.visible", "Volunteer mail with 13 private addresses visible in To instead of Bcc.",
ERIKA, _vol, "ボランティア説明会のお知らせ / Reunião de voluntários / Reunión de voluntarios",
f"""ボランティアの皆さま / Queridos voluntários / Queridos voluntarios

いつもありがとうございます。夏の活動に向けた説明会を開きます。
 日時:7月6日(土)10:00〜11:30
 場所:ポンテ・ソリダリア 3階

Vamos ter uma reunião no sábado, 6 de julho, às 10h.
Tendremos una reunión el sábado 6 de julio a las 10:00.

出欠はこのメールに返信してください。

{SIG_E}
"""))

A(M("hold", "id.my_number", "Attached child-allowance application contains the applicant's My Number, sent outside.",
LUIS, ["浜松市 中央区役所 子育て支援課 <kosodate-chuo@city.hamamatsu-example.jp>"], "児童手当 認定請求書の事前確認のお願い",
f"""子育て支援課 ご担当者様

いつもお世話になっております。ポンテ・ソリダリアのキスペです。
窓口に同行する前に、記入漏れがないか事前に確認していただけますと助かります。記入済みの請求書をPDFで添付いたします。

来週火曜日の午前中に、ご本人と一緒に伺う予定です。

{SIG_L}
""", attachments=[att("児童手当認定請求書_記入済.pdf", PDF, """児童手当・特例給付 認定請求書
請求者氏名:ヴァルガス・ピント・マリセラ
生年月日:1987年6月30日   国籍:ペルー
住所:浜松市中央区砂山町355-1 砂山ハイツ508
個人番号:5209 3817 6403
電話:080-6412-9907
対象児童:ヴァルガス・アレハンドロ(2019年11月3日生)
受取口座:浜松みなみ銀行 砂山支店 普通 2284710 ヴァルガス ピント マリセラ""")],
personal=[("name", "ヴァルガス・ピント・マリセラ"), ("my_number", "5209 3817 6403"), ("address", "浜松市中央区砂山町355-1 砂山ハイツ508"), ("bank_account", "浜松みなみ銀行 砂山支店 普通 2284710 ヴァルガス ピント マリセラ")]))

A(M("hold", "sensitive.health", "A named client's pregnancy complications and diabetes sent to an interpreter agency.",
ERIKA, ["しずおか医療通訳ネット 派遣担当 <haken@shizuoka-iryo-tsuyaku.jp>"], "医療通訳 派遣依頼(7/3 産婦人科)",
f"""派遣ご担当者様

お世話になっております。サントスです。
医療通訳(ポルトガル語)の派遣をお願いいたします。

 日時:7月3日(水)9:30〜
 場所:浜松中央総合病院 産婦人科外来
 患者:Fernanda Yukari Tanaka Lima さん(32歳)
 内容:妊娠28週、妊娠糖尿病でインスリン治療開始の説明。前回妊娠時に早産(32週)の既往あり、切迫早産で入院になる可能性もあります。
 通訳者へのお願い:専門用語が多いので、事前に資料をお渡しできればと思います。

{SIG_E}
""", personal=[("name", "Fernanda Yukari Tanaka Lima"), ("diagnosis", "妊娠糖尿病でインスリン治療開始"), ("medical_history", "前回妊娠時に早産(32週)の既往あり")]))

A(M("hold", "sensitive.religion", "A named client's religious belief and refusal of transfusion sent to a hospital coordinator.",
LUIS, ["浜松中央総合病院 医療連携室 <renkei@hamamatsu-chuo-hp.jp>"], "手術前面談の通訳について",
f"""医療連携室 ご担当者様

お世話になっております。キスペです。
来週手術予定の Sra. Teresa Condori Mamani(67歳)の手術前面談に、通訳として同行いたします。

事前にお伝えしておきますと、ご本人はエホバの証人の信者で、輸血を拒否する意思をお持ちです。「無輸血治療に関する同意書」をスペイン語で用意していただくことは可能でしょうか。

{SIG_L}
""", personal=[("name", "Teresa Condori Mamani"), ("religion", "エホバの証人の信者で、輸血を拒否する意思")]))
