from common import frm, sig
M = []
def add(**k): M.append(k)

add(key='B01', expect='hold', kind='id.mynumber',
 why='The attached list of pending tax returns holds residents\' names, addresses and My Numbers, sent to the city client.',
 **{'from': frm('horiguchi')}, to=['shiminzei@city.shiomi.lg.jp'], cc=['adachi.r@corelent-ps.co.jp'],
 subject='住民税申告書 不備案件の確認依頼（第3回）',
 text=f"""潮見市役所　市民税課　課税係
平田 係長様

いつもお世話になっております。コアレント・パブリックサービスの堀口です。
申告書受付・入力業務において、判断を要する不備案件が4件ございましたので、一覧を添付いたします。
各案件の処理方針をご指示いただけますでしょうか。

{sig('horiguchi')}
""",
 attachments=[{'filename':'fubi_ichiran_03.csv','contentType':'text/csv',
 'text':"""受付番号,氏名,住所,個人番号,不備内容
R6-S-01182,久保田 幸三,潮見市汐見台3-14-2,305705455134,扶養控除の対象者（長男）が他市で扶養されている可能性
R6-S-01207,宮路 ひろみ,潮見市北町1-6-28 ハイツ北町201,110630685273,医療費控除明細の合計額不一致
R6-S-01233,エスピノサ マリア,潮見市港南5-2-9,404295367265,給与収入と源泉徴収票の金額相違
R6-S-01260,戸川 健,潮見市緑ヶ丘2-30-11,873886611246,寡婦控除の適用可否"""}],
 personal=[{'type':'name','value':'久保田 幸三'},{'type':'my_number','value':'305705455134'},{'type':'my_number','value':'110630685273'},{'type':'my_number','value':'404295367265'},{'type':'my_number','value':'873886611246'},{'type':'address','value':'潮見市北町1-6-28 ハイツ北町201'}])

add(key='B02', expect='pass', kind='benign.aggregate',
 why='Weekly progress report with aggregate counts only.',
 **{'from': frm('adachi')}, to=['shiminzei@city.shiomi.lg.jp','kyufu@city.shiomi.lg.jp'], cc=['horiguchi.m@corelent-ps.co.jp'],
 subject='【週次報告】税務・給付事務センター 11/11～11/15',
 text=f"""潮見市役所　市民税課・福祉給付課　ご担当者様

お世話になっております。コアレントの安達です。
今週の処理状況をご報告します。

                    受付     処理完了   差戻し   保留
住民税申告（修正）    412       398        9        5
定額減税 調整給付     1,860     1,731      87       42
児童手当 現況確認     655       655        0        0
コールセンター入電    2,314（応答率 93.1%、平均通話 4分52秒）

・調整給付の差戻し87件のうち、口座情報不備が61件、本人確認書類不鮮明が26件です。
・来週は給付通知の発送（約4,200通）が集中するため、オペレーターを2名増員します。

{sig('adachi')}
""")

add(key='B03', expect='hold', kind='sensitive.disability',
 why='A named resident\'s disability grade and condition are sent in an error report to the city.',
 **{'from': frm('kinoshita')}, to=['shogai-fukushi@city.shiomi.lg.jp'],
 subject='特別障害者手当 入力誤りのご報告',
 text=f"""潮見市役所　障害福祉課
中川 課長補佐様

お世話になっております。コアレント・パブリックサービス品質管理担当の木下です。
特別障害者手当の認定データ入力において、下記の誤りが判明しましたのでご報告いたします。

対象者：坂巻 智恵子 様（潮見市汐見台1-2-40、1952年生）
内容：療育手帳A判定・身体障害者手帳1級（体幹機能障害）のところ、身体障害者手帳2級として入力
判明日：11月13日（ダブルチェック時）
影響：支給決定前のため、支給額への影響はありません。本日修正済みです。

原因と再発防止策は、報告書として明日までに提出いたします。
ご迷惑をおかけし申し訳ございません。

{sig('kinoshita')}
""",
 personal=[{'type':'name','value':'坂巻 智恵子'},{'type':'address','value':'潮見市汐見台1-2-40'},{'type':'disability','value':'療育手帳A判定・身体障害者手帳1級（体幹機能障害）'}])

add(key='B04', expect='pass', kind='benign.own_data',
 why='Reply to a resident about the status of his own application, using his own reception number.',
 **{'from': frm('adachi')}, to=['t.ishikawa.shiomi@nifty.com'],
 subject='Re: 調整給付金の振込時期について（受付番号 K-24-008815）',
 text=f"""石川 達也 様

潮見市 定額減税調整給付金コールセンター（受託事業者：株式会社コアレント・パブリックサービス）です。
お問い合わせいただきありがとうございます。

石川様の申請（受付番号 K-24-008815、10月28日受付）は、審査を完了しております。
11月29日（金）に、ご申請時にご指定いただいた口座へ振り込まれる予定です。
振込通知書は11月下旬にご住所あてに郵送いたします。

なお、本メールアドレスは送信専用ではありませんが、個人情報保護のため、
口座番号等はメールに記載しないようお願いいたします。

{sig('adachi')}

> 10月末に申請した調整給付金はいつ振り込まれますか。石川
""")

add(key='B05', expect='hold', kind='id.bank_account',
 why='A resident\'s refund bank account number is quoted in an error report.',
 **{'from': frm('adachi')}, to=['kyufu@city.shiomi.lg.jp'],
 subject='振込エラー（組戻し）1件のご報告',
 text=f"""福祉給付課　給付係　ご担当者様

安達です。11/8振込分で組戻しが1件発生しましたのでご報告します。

受付番号：K-24-006120
申請者：野々村 耕平 様
登録口座：潮見湾信用金庫 港南支店 普通 5520871 ノノムラ コウヘイ
エラー内容：口座名義相違（金融機関側の名義は「ノノムラ コウジ」）
対応案：申請者へ電話確認のうえ、口座変更届を郵送

ご指示をお願いします。

{sig('adachi')}
""",
 personal=[{'type':'name','value':'野々村 耕平'},{'type':'bank_account','value':'潮見湾信用金庫 港南支店 普通 5520871'}])

add(key='B06', expect='pass', kind='benign.id_lookalike',
 why='Invoice cover mail with the company\'s 法人番号, invoice registration number and corporate bank account.',
 **{'from': frm('horiguchi')}, to=['keiyaku@city.shiomi.lg.jp'],
 subject='10月分 業務委託料のご請求について',
 text=f"""潮見市役所　総務部 契約課　御中

いつもお世話になっております。コアレント・パブリックサービスの堀口です。
10月分の業務委託料につきまして、請求書を郵送いたしました。写しを下記にご案内いたします。

契約名称：令和6年度 潮見市税務・給付事務センター運営業務委託（契約番号 R6-委-0317）
請求金額：14,883,200円（うち消費税 1,353,018円）
適格請求書発行事業者登録番号：T6010401129846
法人番号：6010401129846
振込先：みなと中央銀行 潮見支店 当座 0082214 カ）コアレントパブリックサービス
お支払期日：12月20日

よろしくお願いいたします。

{sig('horiguchi')}
""")

add(key='B07', expect='hold', kind='list.call_log',
 why='A call-log extract with several residents\' names, phone numbers and complaints is pasted into the body.',
 **{'from': frm('adachi')}, to=['kyufu@city.shiomi.lg.jp'],
 subject='エスカレーション案件（11/14分）',
 text=f"""給付係　ご担当者様

安達です。本日、市への折り返しを希望された入電を共有します。

時刻   氏名           電話番号        内容
09:42  松浦 義男       0463-72-1845    通知書が届かない。長男宅(潮見市本町2-8)に転居済み
11:15  チャン ミン     090-2276-4410   申請書の書き方が分からない（ベトナム語希望）
13:03  大河内 すみれ   080-5513-0092   夫の所得が未申告で対象外と言われたが納得できない
15:28  堀江 昭         0463-75-3306    前回の担当者の説明が間違っていた、課長から説明してほしい

よろしくお願いします。

{sig('adachi')}
""",
 personal=[{'type':'name','value':'松浦 義男'},{'type':'phone','value':'0463-72-1845'},{'type':'name','value':'チャン ミン'},{'type':'phone','value':'090-2276-4410'},{'type':'name','value':'大河内 すみれ'},{'type':'phone','value':'080-5513-0092'}])

add(key='B08', expect='pass', kind='benign.it_incident',
 why='IT incident report: 障害 and 感染 refer to systems, no personal data.',
 **{'from': frm('kinoshita')}, to=['johoseisaku@city.shiomi.lg.jp'], cc=['horiguchi.m@corelent-ps.co.jp'],
 subject='【第2報】給付管理システム 障害報告書（INC-2411-004）',
 text=f"""潮見市役所　情報政策課　ご担当者様

お世話になっております。コアレントの木下です。
11月12日に発生した給付管理システムの障害について、第2報をお送りします。

■事象　　　給付管理システム（端末 12台）のログイン不可　11/12 08:55～10:20
■原因　　　端末1台でウイルス対策ソフトが不審なファイルを検知（USBメモリ経由の感染疑い）。
　　　　　　当該端末を即時隔離し、同一セグメントの端末もネットワークから切り離したため。
■調査結果　EDRログ解析の結果、検体はアドウェアの一種で、外部通信・情報持出しの痕跡なし。
　　　　　　ハッシュ値 SHA-256: 3f9a1c0d7e44b2a8c61f0e95d3b7a2c4e8f1d6b09a7c3e52f48d1b6e0c9a7f21
■再発防止　USBポートの制御を全端末で有効化（11/15完了）、職員向け注意喚起を実施。

最終報告は11月22日までに提出いたします。

{sig('kinoshita')}
""")

add(key='B09', expect='hold', kind='attachment.encrypted_zip',
 why='Password-protected zip (PPAP) sent to the city.',
 **{'from': frm('horiguchi')}, to=['kyufu@city.shiomi.lg.jp'],
 subject='差戻し一覧（11月第2週）',
 text=f"""給付係　ご担当者様

堀口です。差戻し一覧を送付します。
ファイルはパスワード付きZIPです。パスワードは追ってお送りします。

{sig('horiguchi')}
""",
 attachments=[{'filename':'sashimodoshi_1108-1115.zip','contentType':'application/zip','encrypted':True}])

add(key='B10', expect='pass', kind='benign.meeting',
 why='Meeting arrangement with city staff, several names and titles, no residents\' data.',
 **{'from': frm('horiguchi')}, to=['hirata.k@city.shiomi.lg.jp','nakagawa.y@city.shiomi.lg.jp'], cc=['adachi.r@corelent-ps.co.jp','kinoshita.s@corelent-ps.co.jp'],
 subject='12月 定例連絡会の開催について',
 text=f"""平田 係長様、中川 課長補佐様

お世話になっております。堀口です。
12月の定例連絡会を下記のとおり開催したく、ご確認をお願いいたします。

日時：12月10日（火）10:00～11:30
場所：潮見市役所 本庁舎 4階 第2会議室
出席予定：市民税課 平田係長、障害福祉課 中川課長補佐、福祉給付課 三上主査
　　　　　当社 堀口、安達、木下
議題：
 1) 11月の処理実績とKPI（応答率・処理期限遵守率）
 2) 1月からの確定申告相談会場の人員配置
 3) 入力誤り（11/13報告分）の再発防止策の進捗
 4) 次年度仕様書の変更点

資料は前日までにお送りします。

{sig('horiguchi')}
""")

add(key='B11', expect='hold', kind='sensitive.victim',
 why='Tells an outside print vendor that a named resident is under DV protection measures.',
 **{'from': frm('adachi')}, to=['seisan@shonan-dataprint.co.jp'],
 subject='通知書の封入除外について（1件）',
 text=f"""湘南データプリント株式会社
生産管理ご担当　大西様

お世話になっております。コアレントの安達です。
11/20発送予定の調整給付通知のうち、1件を封入対象から除外していただけますでしょうか。

対象：通知番号 TZ-0048812　宛名 吉永 沙耶 様
理由：DV等支援措置の対象者で、登録住所に送付すると加害者に所在が知られるおそれがあるため。
　　　市の担当課から別途、本人へ直接手交する予定です。

除外後の通数確定版を本日中にお送りします。

{sig('adachi')}
""",
 personal=[{'type':'name','value':'吉永 沙耶'},{'type':'victim','value':'DV等支援措置の対象者'}])

add(key='B12', expect='pass', kind='benign.form_example',
 why='Operator training material with a 記入例 using a sample name and a textbook example number.',
 **{'from': frm('kinoshita')}, to=['kenshu@city.shiomi.lg.jp'],
 subject='新人オペレーター研修資料（申告書の記入例）のご確認',
 text=f"""潮見市役所　市民税課　研修ご担当者様

お世話になっております。木下です。
12月入社のオペレーター向け研修資料のうち、申告書記入例のページをご確認ください。

――― 記入例（住民税申告書 第一面）―――
氏名　　　　潮見 花子（しおみ はなこ）
住所　　　　潮見市〇〇町1丁目2番3号
生年月日　　昭和60年1月1日
個人番号　　1234 5678 9018（※記入例です。実在の番号ではありません）
電話番号　　0463-00-0000
給与収入　　3,000,000円
――――――――――――――――――――――

・個人番号欄は左詰めで記入すること、番号確認書類の写しの貼付位置を説明しています。
・実在の番号を研修資料に使わないよう、例示番号は国税庁の記載例に合わせています。

修正点があれば11/22までにお知らせください。

{sig('kinoshita')}
""")

add(key='B13', expect='hold', kind='personal.inquiry',
 why='Only the quoted complaint contains a resident\'s full name, address and phone, forwarded to the print vendor.',
 **{'from': frm('adachi')}, to=['seisan@shonan-dataprint.co.jp'],
 subject='Fw: 通知書の印字ずれについて',
 text=f"""大西様

安達です。市民の方から下記の申出が市に入り、市経由で回ってきました。
印字位置のずれが他にも発生していないか、ロット確認をお願いできますか。

{sig('adachi')}

-------- Forwarded Message --------
From: 福祉給付課 三上 <mikami.t@city.shiomi.lg.jp>
Subject: 通知書の印字ずれについて

安達さん
市民から電話がありました。内容は以下のとおりです。確認をお願いします。

申出者：桑原 美代子 様（潮見市港南3-7-15 コーポ港南105）
連絡先：0463-74-2281（日中は携帯 090-8842-3317）
内容：届いた通知書の宛名が窓からずれて一部隠れており、郵便局で配達に時間がかかったとのこと。
　　　封筒の中で通知書が折れていたので、他人の通知書が混ざっていないか不安だと話されています。
""",
 personal=[{'type':'name','value':'桑原 美代子'},{'type':'address','value':'潮見市港南3-7-15 コーポ港南105'},{'type':'phone','value':'090-8842-3317'}])

add(key='B14', expect='pass', kind='benign.short_reply',
 why='One-line acknowledgement.',
 **{'from': frm('adachi')}, to=['mikami.t@city.shiomi.lg.jp'],
 subject='Re: 明日の朝会について',
 text="""承知しました。明日の朝会で全員に共有します。安達
""")

add(key='B15', expect='hold', kind='sensitive.disability',
 why='The subject line names a resident and her psychiatric disability certificate; the body only asks for a decision.',
 **{'from': frm('horiguchi')}, to=['nakagawa.y@city.shiomi.lg.jp'],
 subject='【要確認】受付番号R6-F-2207 山内 和子様（精神障害者保健福祉手帳2級）の申請区分',
 text=f"""中川 課長補佐様

お世話になっております。堀口です。
件名の申請について、手当の区分が申請書と添付書類で異なっております。
どちらで入力すべきかご判断をお願いいたします。
書類の写しは本日の定期便でお届けします。

{sig('horiguchi')}
""",
 personal=[{'type':'name','value':'山内 和子'},{'type':'disability','value':'精神障害者保健福祉手帳2級'}])

add(key='B16', expect='pass', kind='benign.aggregate_disability',
 why='Monthly statistics of disability-allowance applications; aggregates only.',
 **{'from': frm('kinoshita')}, to=['shogai-fukushi@city.shiomi.lg.jp'],
 subject='障害福祉関係手当 申請件数の月次集計（10月）',
 text=f"""障害福祉課　ご担当者様

木下です。10月分の月次集計をお送りします。

手当種別                  新規申請  更新   却下   処理中
特別障害者手当               14      62     2      5
障害児福祉手当                9      31     0      3
特別児童扶養手当（経由事務）  21      88     1      9
市単独 重度心身障害者手当     37     140     3     11

・精神障害者保健福祉手帳の更新に伴う手当更新が前月比 +18% と増えています。
・平均処理日数は 11.2日（目標 14日以内）でした。

{sig('kinoshita')}
""")

add(key='B17', expect='hold', kind='id.health_insurance',
 why='A resident\'s National Health Insurance symbol and number are sent with her name to the city by e-mail.',
 **{'from': frm('adachi')}, to=['kokuho@city.shiomi.lg.jp'],
 subject='国保 資格確認の依頼（高額療養費の問い合わせ）',
 text=f"""国民健康保険課　給付係　ご担当者様

安達です。コールセンターに以下の問い合わせがありました。資格の確認をお願いします。

氏名：藤代 ツネ 様（昭和14年8月3日生）
被保険者証 記号 潮国-47　番号 1183206
問い合わせ内容：9月の入院分の高額療養費の申請書が届いていない。

ご本人には、確認後に市から折り返すとお伝えしています。

{sig('adachi')}
""",
 personal=[{'type':'name','value':'藤代 ツネ'},{'type':'birth_date','value':'昭和14年8月3日'},{'type':'health_insurance','value':'記号 潮国-47　番号 1183206'}])

add(key='B18', expect='pass', kind='benign.vendor_scheduling',
 why='Interpreter scheduling in mixed Japanese/English with no residents\' data.',
 **{'from': frm('horiguchi')}, to=['Priya Gurung <booking@tsunagu-interpret.jp>'],
 subject='通訳者手配のお願い / Interpreter booking for tax consultation days (Feb–Mar 2025)',
 text=f"""つなぐ通訳サービス Priya様

いつもありがとうございます。堀口です。
Please find below our interpreter needs for the 2025 tax return consultation venue
(潮見市役所 別館1F).

 Date           Language     Hours        Persons
 2/17 (Mon)     Vietnamese   9:00-12:00   1
 2/17 (Mon)     Nepali       13:00-16:00  1
 2/26 (Wed)     Portuguese   9:00-16:00   1
 3/5  (Wed)     Vietnamese   9:00-16:00   2
 3/12 (Wed)     Tagalog      13:00-16:00  1

Remote (video) interpretation is fine for Nepali and Tagalog.
見積書は前年と同じ単価（1時間 6,600円税込）で問題ございません。
Could you confirm availability by 12/6?

Thank you,
Megumi Horiguchi

{sig('horiguchi')}
""")

add(key='B19', expect='hold', kind='sensitive.health',
 why='An employee\'s health-check results and follow-up findings are sent to an outside clinic by name.',
 **{'from': frm('kinoshita')}, to=['sangyoi@shiomi-kenshin-clinic.jp'],
 subject='要再検査者の就業判定について',
 text=f"""潮見健診クリニック
産業医　高岡先生

いつもお世話になっております。コアレント・パブリックサービス（衛生管理者）の木下です。
10月の定期健康診断で要再検査となった当センター従業員について、就業判定をお願いいたします。

・氏名：小池 智也（オペレーター、34歳）
・所見：血圧 168/104、HbA1c 7.9%、ALT 88　→ 高血圧・糖尿病疑い（要精密検査）
・勤務：週5日、日勤、コールセンター業務

本人は11月中に精密検査を受診予定です。
就業上の措置の要否についてご意見をいただけますと幸いです。

{sig('kinoshita')}
""",
 personal=[{'type':'name','value':'小池 智也'},{'type':'health','value':'血圧 168/104、HbA1c 7.9%、ALT 88'},{'type':'health','value':'高血圧・糖尿病疑い'}])

add(key='B20', expect='pass', kind='benign.successor',
 why='Introduction of a new operations manager to the city; staff names only.',
 **{'from': frm('horiguchi')}, to=['hirata.k@city.shiomi.lg.jp','mikami.t@city.shiomi.lg.jp','nakagawa.y@city.shiomi.lg.jp'], cc=['adachi.r@corelent-ps.co.jp'],
 subject='運用主任交代のお知らせ',
 text=f"""関係各位

いつもお世話になっております。コアレントの堀口です。
当センターの運用主任 安達 亮が、12月末をもって本社の新規案件立上げに異動いたします。
後任は、前任地の湘南台センターで主任を務めておりました 内藤 さくら が1月6日より着任します。
12月中は安達と内藤の2名体制で引継ぎを行いますので、業務に影響はございません。

引継ぎ期間中のご連絡は、両名をCCに入れていただけますと幸いです。
今後ともよろしくお願い申し上げます。

{sig('horiguchi')}
""")
