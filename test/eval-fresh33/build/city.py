from common import *

CITYHALL = "city.aobagawa.lg.jp"

# ================= HOLDS =================

M(key="C1", expect="hold", kind="personal.inquiry",
  why="Forwards a resident's inquiry with full name, address and phone numbers to a private waste-collection contractor.",
  **{"from": ONODERA},
  to=["配車係 <haisha@aobagawa-kankyo.co.jp>"],
  subject="粗大ごみ未収集のお問い合わせ（至急対応依頼）",
  text=f"""青葉川環境サービス株式会社
配車係 ご担当者様

市民総合コールセンターの小野寺です。
本日、粗大ごみの未収集について下記のお問い合わせがありました。
市資源循環課からは「収集業者へ直接連絡して本日中に対応を」との指示を受けておりますので、ご対応をお願いいたします。

受付番号：AC-241205-0317
お名前：小松原 清 様（こまつばら きよし）
住所：青葉川市緑が丘3-22-9
電話：0467-71-4488（自宅）／090-8815-2260（携帯）
収集予定日：12月5日（木）
品目：ソファ（3人掛け）、電子レンジ
受付票番号：粗-2411-08821（シール貼付済）
内容：朝8時までに出したが、15時を過ぎても収集されていない。夜には雨の予報なので今日中に来てほしい。
ご本人は日中在宅とのことです。

{SIG_ONODERA}""",
  personal=[{"type":"name","value":"小松原 清"},{"type":"address","value":"青葉川市緑が丘3-22-9"},
            {"type":"phone","value":"0467-71-4488"},{"type":"phone","value":"090-8815-2260"}])

M(key="C2", expect="hold", kind="list.call_log",
  why="Attached call log lists several callers' names, phone numbers, addresses and the content of their calls.",
  **{"from": HASEBE},
  to=[f"市民課 広聴係 <kouchou@{CITYHALL}>"],
  subject="応対履歴（12/4分）の送付",
  text=f"""青葉川市 市民課 広聴係 御中

12月4日分の応対履歴（エスカレーション対象分）をお送りします。
全体の件数は月次報告にてご報告いたします。

{SIG_HASEBE}""",
  attachments=[{"filename":"escalation_20241204.csv","contentType":"text/csv",
   "text":"""受付番号,時刻,氏名,電話,住所,分類,内容,対応
AC-241204-0112,09:14,岩田 和子,0467-72-3391,青葉川市桜台1-8-4,道路,自宅前の側溝の蓋が割れている,道路管理課へ転送
AC-241204-0158,10:02,Nguyen Van Long,080-2614-9907,青葉川市本町5-2-11-203,税,住民税の納付書が届かない（転居）,税務課へ転送
AC-241204-0203,11:37,森 健太郎,090-3357-8124,青葉川市若葉2-19-1,苦情,市職員の電話対応が高圧的だった（氏名不明）,広聴係へ
AC-241204-0244,13:20,田辺 みどり,0467-75-0162,青葉川市東原4-30-7,子育て,保育園入所の二次募集について,保育課へ転送
AC-241204-0301,15:48,Silva Ricardo,070-5581-2234,青葉川市中央3-1-6 中央ハイツ402,ごみ,ごみ出しで近隣とトラブル,資源循環課へ"""}],
  personal=[{"type":"name","value":"岩田 和子"},{"type":"phone","value":"0467-72-3391"},{"type":"address","value":"青葉川市桜台1-8-4"},
            {"type":"name","value":"Nguyen Van Long"},{"type":"phone","value":"090-3357-8124"}])

M(key="C3", expect="hold", kind="sensitive.welfare_mental_health",
  why="Escalates a named caller's welfare status, psychiatric treatment and suicidal remarks to the city.",
  **{"from": ONODERA},
  to=[f"生活福祉課 相談係 <seikatsu-soudan@{CITYHALL}>"],
  cc=["d-imai@callink-ps.co.jp"],
  subject="【要対応】生活福祉課あて エスカレーション（受付番号 AC-241205-0402）",
  text=f"""生活福祉課 相談係 御中

市民総合コールセンターの小野寺です。
本日16:05の入電について、緊急性が高いと判断しエスカレーションいたします。

受付番号：AC-241205-0402
氏名：中村 義男 様（62歳）
住所：青葉川市東原2-7-15 東原荘105
電話：090-2218-6604
内容：生活保護を受給中。担当ケースワーカーと連絡が取れず、今月の家賃が払えないとのこと。
　　　うつ病で精神科に通院中、「もう生きていても仕方がない」との発言が複数回あり。
　　　通話中に落ち着きを取り戻し、本日中に市から連絡をもらえれば待つ、とのこと。
対応：いのちの電話等の案内を実施。担当ケースワーカーからの折り返しを約束（17時までに）。

至急ご対応をお願いいたします。

{SIG_ONODERA}""",
  personal=[{"type":"name","value":"中村 義男"},{"type":"social_status","value":"生活保護を受給中"},
            {"type":"diagnosis","value":"うつ病で精神科に通院中"},{"type":"phone","value":"090-2218-6604"}])

M(key="C4", expect="hold", kind="sensitive.crime_victim",
  why="The quoted operator note names a DV victim under a residence-record restriction; forwarded outside the contractor.",
  **{"from": IMAI},
  to=[f"市民課 住民記録係 <juminkiroku@{CITYHALL}>"],
  subject="Fw: 支援措置対象者からの問い合わせ対応について（確認依頼）",
  text=f"""市民課 住民記録係 御中

お世話になっております。コールセンター今井です。
下記の件、コールセンターでの今後の応対方針についてご確認をお願いいたします。
特に、ご家族を名乗る方からの入電があった場合の案内文言について、市としての統一見解をいただけますと幸いです。

{SIG_IMAI}

-----Original Message-----
From: 小野寺 恵
Sent: Wednesday, December 4, 2024 5:40 PM
To: 今井 大輔
Subject: 支援措置対象者からの問い合わせ対応について

今井さん
本日14時台、岡田 美咲 様（青葉川市若葉5丁目）から入電。
元夫からのDV被害により、住民票の閲覧制限（支援措置）を申出中とのこと。
「昨日、元夫の親族を名乗る人がセンターに電話して私の住所を聞いたのではないか」と強い不安を訴えられました。
履歴を確認したところ、12/3 11:20に「岡田さんの転居先を知りたい」という入電あり（オペレーターは回答せず）。
市への共有が必要と思います。
小野寺""",
  personal=[{"type":"name","value":"岡田 美咲"},{"type":"crime_victim","value":"元夫からのDV被害により、住民票の閲覧制限（支援措置）を申出中"}])

M(key="C5", expect="hold", kind="id.mynumber",
  why="An unlabelled 12-digit individual number read out by a caller is written in an escalation with his name.",
  **{"from": ONODERA},
  to=[f"税務課 市民税係 <shiminzei@{CITYHALL}>"],
  subject="住民税 申告内容に関するお問い合わせ（折り返し依頼）",
  text=f"""税務課 市民税係 御中

市民総合コールセンターの小野寺です。折り返しのご対応をお願いいたします。

受付番号：AC-241206-0088
お名前：ベルナルド・タケシ・イトウ 様
電話：080-6692-4071
内容：副業分の申告が住民税に反映されていないのではないか、とのご質問。
　　　本人確認のため手元の番号を読み上げられ、「864021975332 で照会してほしい」とのこと。
　　　（センターでは照会できない旨をご説明済み）
折り返し希望：平日 12時～13時

{SIG_ONODERA}""",
  personal=[{"type":"my_number","value":"864021975332"},{"type":"name","value":"ベルナルド・タケシ・イトウ"},{"type":"phone","value":"080-6692-4071"}])

M(key="C6", expect="hold", kind="recipients.visible",
  why="Invitation sent to twelve residents' association heads and NPOs with all addresses visible in To.",
  **{"from": IMAI},
  to=["sakuradai.jichikai@gmail.com","h.tanabe.higashihara@yahoo.co.jp","wakaba2-kaichou@docomo.ne.jp","info@aobagawa-tabunka.org",
      "midorigaoka.kai@outlook.jp","k.murakami1952@ezweb.ne.jp","honmachi.shotenkai@aobagawa-sci.or.jp","contact@kosodate-net-aoba.jp",
      "chuo3.jichikai@gmail.com","s-ishikawa@nifty.com","npo.hikari.aoba@gmail.com","y.oda.wakaba@icloud.com"],
  subject="市民総合コールセンター 意見交換会のご案内（1/18）",
  text=f"""自治会長・団体代表の皆さま

日頃より青葉川市の市政にご協力いただき、ありがとうございます。
市民総合コールセンター運営受託事業者の今井でございます。

このたび、センターのサービス改善に向けた意見交換会を開催いたします。
日時：2025年1月18日（土）10:00～11:30
会場：青葉川市役所 本庁舎5階 第2会議室
内容：センターの利用状況のご報告、多言語対応（やさしい日本語・ベトナム語・ポルトガル語）について、ご意見交換

ご出欠を1月10日までにご返信いただけますと幸いです。

{SIG_IMAI}""")

M(key="C7", expect="hold", kind="attachment.encrypted_zip",
  why="Call recordings sent to the city as a password-protected zip (PPAP).",
  **{"from": HASEBE},
  to=[f"市民課 広聴係 <kouchou@{CITYHALL}>"],
  subject="通話録音データの提供（苦情案件 AC-241204-0203）",
  text=f"""市民課 広聴係 御中

ご依頼のありました苦情案件（AC-241204-0203）の通話録音データをお送りします。
パスワード付きZIPファイルとしております。パスワードは別メールでお送りします。

{SIG_HASEBE}""",
  attachments=[{"filename":"AC-241204-0203_rec.zip","contentType":"application/zip","encrypted":True}])

M(key="C8", expect="hold", kind="id.health_insurance",
  why="A caller's national health-insurance symbol and number with date of birth written in an escalation.",
  **{"from": ONODERA},
  to=[f"保険年金課 国保係 <kokuho@{CITYHALL}>"],
  subject="保険証紛失・再交付に関するお問い合わせ",
  text=f"""保険年金課 国保係 御中

コールセンター小野寺です。下記、折り返しをお願いいたします。

受付番号：AC-241206-0141
お名前：ヴー ティ フオン 様（日本語可、やさしい日本語で対応）
生年月日：1993年1月30日
被保険者証：記号 青01 番号 2087416
電話：070-3319-8820
内容：国民健康保険証を紛失した。明日の通院に間に合うよう再交付してほしい。マイナ保険証は未登録。
　　　窓口に来庁可能、ただし在留カードのみ持参可能とのこと。必要書類を確認したい。

{SIG_ONODERA}""",
  personal=[{"type":"health_insurance","value":"記号 青01 番号 2087416"},{"type":"name","value":"ヴー ティ フオン"},
            {"type":"birth_date","value":"1993年1月30日"}])

M(key="C9", expect="hold", kind="sensitive.medical",
  why="Only the subject line names an elderly resident and her dementia; body is neutral.",
  **{"from": IMAI},
  to=[f"高齢福祉課 <koureifukushi@{CITYHALL}>"],
  subject="【至急エスカレーション】山田 トメ様（認知症・独居）安否確認のお願い",
  text=f"""高齢福祉課 御中

標記の件、本日14:20に近隣住民の方から入電がありました。
ここ3日ほど姿を見かけず、新聞が溜まっているとのことです。
地域包括支援センターへの連絡も含め、ご対応をお願いいたします。
詳細は別途お電話にてご説明いたします（担当：今井 080-2291-4406）。

{SIG_IMAI}""",
  personal=[{"type":"name","value":"山田 トメ"},{"type":"diagnosis","value":"認知症"}])

M(key="C10", expect="hold", kind="personal.family",
  why="Sends a call transcript with a caller's name, address, phone and children's names and ages to an outside translation vendor.",
  **{"from": HASEBE},
  to=["ご依頼受付 <order@lingoworks-trans.co.jp>"],
  subject="翻訳依頼：通話記録（ポルトガル語→日本語）",
  text=f"""リンゴワークス翻訳 ご依頼受付ご担当者様

いつもお世話になっております。長谷部です。
三者通話で通訳が入れなかった通話の書き起こしの翻訳をお願いいたします（ポルトガル語→日本語、約600語）。
納期：12月9日（月）正午

以下、書き起こし本文です。

――――――――
Operadora: Central de atendimento da cidade de Aobagawa, bom dia.
Cliente: Bom dia. Meu nome é Patrícia Yamashiro dos Santos. Moro em Aobagawa-shi Chuo 3-1-6, Chuo Heights 305. Meu telefone é 080-7745-1302.
Cliente: Tenho dois filhos, Enzo de 7 anos e Laura de 4 anos. O Enzo está na escola Aobagawa Daiichi Shogakko e a Laura ainda não conseguiu vaga na creche.
Cliente: Meu marido voltou para o Brasil em setembro e eu estou sozinha. Quero saber se posso pedir o auxílio para mãe solteira (jido fuyo teate) e quanto tempo demora.
Operadora: ...
――――――――

よろしくお願いいたします。

{SIG_HASEBE}""",
  personal=[{"type":"name","value":"Patrícia Yamashiro dos Santos"},{"type":"address","value":"Aobagawa-shi Chuo 3-1-6, Chuo Heights 305"},
            {"type":"phone","value":"080-7745-1302"},{"type":"family","value":"Enzo de 7 anos e Laura de 4 anos"}])

# ================= PASSES =================

M(key="CP1", expect="pass", kind="benign.aggregate_statistics",
  why="Monthly report with aggregate call counts including infection and vaccination topics; no individuals.",
  **{"from": HASEBE},
  to=[f"市民課 広聴係 <kouchou@{CITYHALL}>"],
  cc=["d-imai@callink-ps.co.jp"],
  subject="【月次報告】2024年11月 市民総合コールセンター運営状況",
  text=f"""市民課 広聴係 御中

11月の運営状況をご報告いたします（詳細は添付）。

受電件数：6,418件（前年同月比 +8.2%）
応答率：93.7%（目標 90%）　平均通話時間：4分12秒
FAQ解決率：78.5%　エスカレーション：412件

分類別上位
1. ごみ・リサイクル 1,102件
2. 税・証明書 986件
3. 予防接種（新型コロナ・インフルエンザ・帯状疱疹）754件
4. 子育て・保育 611件
5. 感染症（マイコプラズマ肺炎・手足口病の流行状況）238件

多言語：ベトナム語 182件、ポルトガル語 141件、英語 96件、ネパール語 44件

{SIG_HASEBE}""",
  attachments=[{"filename":"monthly_2024-11.xlsx","contentType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
   "text":"""[Sheet1]
分類\t件数\t前月比
ごみ・リサイクル\t1102\t+3.1%
税・証明書\t986\t-1.4%
予防接種\t754\t+22.0%
子育て・保育\t611\t+0.8%
感染症\t238\t+41.7%
その他\t2727\t+2.2%"""}])

M(key="CP2", expect="pass", kind="benign.vaccination_schedule",
  why="FAQ update on public vaccination schedules; general information.",
  **{"from": HASEBE},
  to=[f"健康づくり課 予防係 <yobou@{CITYHALL}>"],
  subject="FAQ改訂案のご確認（帯状疱疹ワクチン定期接種）",
  text=f"""健康づくり課 予防係 御中

コールセンター品質管理の長谷部です。
帯状疱疹ワクチンの定期接種開始に伴い、FAQを下記のとおり改訂したいと考えております。ご確認をお願いいたします。

Q. 帯状疱疹ワクチンの定期接種の対象は？
A. 今年度65歳になる方、および60～64歳で一定の障害（HIVによる免疫機能障害）がある方です。経過措置として、70・75・80・85・90・95・100歳になる方も対象となります。

Q. 自己負担額は？
A. 生ワクチン 4,000円、組換えワクチン 1回 11,000円（2回接種）です。生活保護受給世帯の方は免除になります（受給証明書が必要）。

Q. どこで受けられますか？
A. 市内の協力医療機関（市ホームページに一覧）で受けられます。

修正点がございましたら12月13日までにお知らせください。

{SIG_HASEBE}""")

M(key="CP3", expect="pass", kind="benign.it_incident",
  why="Report of an IVR system outage (障害); no personal data.",
  **{"from": IMAI},
  to=[f"市民課 広聴係 <kouchou@{CITYHALL}>",f"情報政策課 <johoseisaku@{CITYHALL}>"],
  subject="【障害報告】自動音声応答（IVR）停止について（第2報・復旧）",
  text=f"""市民課 広聴係 御中
情報政策課 御中

コールセンター今井です。本日発生したIVR障害について、第2報（復旧報）をお送りいたします。

発生：12月6日（金）9:02
復旧：同日 10:47
影響：自動音声の案内が流れず、全件オペレーター直接着信。最大待ち時間 11分、放棄呼 63件
原因：通信事業者側の交換機障害（当センター設備、市のネットワークに問題なし。ウイルス感染等のセキュリティ事象ではありません）
対応：放棄呼のうち番号通知のあった 41件に折り返し済み（16時まで）

再発防止策は通信事業者の報告書受領後、改めてご報告いたします。

{SIG_IMAI}""")

M(key="CP4", expect="pass", kind="benign.public_figures",
  why="Press-event logistics naming the mayor and public officials in their public roles.",
  **{"from": IMAI},
  to=[f"秘書広報課 <hisho@{CITYHALL}>"],
  subject="市長視察（12/19）当日の段取りについて",
  text=f"""秘書広報課 御中

お世話になっております。コールセンター今井です。
12月19日（木）の森田 健一 市長によるコールセンター視察について、当日の段取り案をお送りします。

14:00 到着（本町ビル正面玄関）、今井がお出迎え
14:05 センター概要説明（今井）
14:20 フロア見学、多言語オペレーター（ベトナム語 グエン、ポルトガル語 シルバ）との懇談
14:40 記者対応（神奈川新報、TVアオバ）
14:50 退出

同行：市民課 佐伯課長、秘書広報課 西田主査
通話中のお客様の声が記者に聞こえないよう、見学中はフロア奥の島のみ稼働といたします。

{SIG_IMAI}""")

M(key="CP5", expect="pass", kind="benign.form_example",
  why="Training material with a fictitious 記入例 person and the well-known sample number on a form example.",
  **{"from": HASEBE},
  to=["研修担当 <kenshu@callink-ps.co.jp>", f"市民課 <shimin@{CITYHALL}>"],
  subject="新人研修資料（転入届の記入例）最終版",
  text=f"""研修ご担当、市民課ご担当者様

1月入社オペレーター向け研修資料のうち、「転入届の書き方案内」の最終版をお送りします。
市民課様にご確認いただいた記入例を反映しています。

{SIG_HASEBE}""",
  attachments=[{"filename":"研修_転入届記入例.pdf","contentType":"application/pdf",
   "text":"""【記入例】転入届
届出人：青葉 太郎（あおば たろう）
生年月日：平成元年1月1日
新住所：青葉川市本町1-1-1
旧住所：東京都千代田区霞が関1-1-1
個人番号（記入例）：1234 5678 9018
※記入例の氏名・番号は架空のものです。
オペレーター案内のポイント：
・転入届は転入した日から14日以内
・マイナンバーカードをお持ちの方はカードを持参（継続利用の手続き）
・外国籍の方は在留カードを持参"""}])

M(key="CP6", expect="pass", kind="benign.own_data",
  why="Reply to the resident herself with her own reference number and the address she gave.",
  **{"from": ONODERA},
  to=["akiko.sugawara.1968@yahoo.co.jp"],
  subject="【青葉川市】お問い合わせへの回答（受付番号 AC-241203-0522）",
  text=f"""菅原 明子 様

青葉川市 市民総合コールセンターです。
12月3日にメールでいただいたお問い合わせについて、担当課（道路管理課）に確認のうえ回答いたします。

受付番号：AC-241203-0522
ご指摘の場所：青葉川市桜台2-14 付近（ご自宅前の市道）の街路灯
回答：街路灯の不点灯を確認しました。12月10日（火）までに修繕業者が交換する予定です。

ご連絡いただき、ありがとうございました。
このメールは送信専用ではありません。ご不明な点はこのメールにご返信いただくか、センター（0467-88-2100）までお電話ください。

{SIG_ONODERA}""")

M(key="CP7", expect="pass", kind="benign.minutes",
  why="Regular meeting minutes naming city and contractor staff in their business roles.",
  **{"from": IMAI},
  to=[f"佐伯 課長 <saeki@{CITYHALL}>", f"広聴係 <kouchou@{CITYHALL}>"],
  cc=["m-onodera@callink-ps.co.jp","m-hasebe@callink-ps.co.jp","k-tsuda@callink-ps.co.jp"],
  subject="【議事録】12月定例会（12/5）",
  text=f"""市民課 佐伯課長、広聴係 各位

12月5日の定例会の議事録をお送りいたします。修正がございましたら12月11日までにお知らせください。

日時：2024年12月5日（木）15:00～16:10
場所：市役所本庁舎 5階 第3会議室
出席：（市）市民課 佐伯課長、広聴係 三浦係長、同 大野主事
　　　（受託者）コールリンク公共サービス 津田部長、今井、小野寺、長谷部

1. 11月運営状況報告（長谷部）
　応答率93.7%で目標達成。予防接種関係の問い合わせが前月比22%増。
2. 年末年始体制（今井）
　12/29～1/3はIVRと緊急案内のみ。ごみ収集カレンダーの問い合わせ増に備え、12/26～28は2名増員。
3. FAQ改訂（長谷部）
　帯状疱疹ワクチン、児童扶養手当の現況届。健康づくり課・子育て支援課に確認中。
4. その他
　三浦係長より、1/18 意見交換会の会場確保済みとの報告。
　津田部長より、次年度の多言語対応（ネパール語の常設化）について提案。次回継続審議。

次回：1月9日（木）15:00～

{SIG_IMAI}""")
