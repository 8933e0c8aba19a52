# 株式会社セキュアガード東邦 (security guard company) — sg-toho.co.jp
D = "sg-toho.co.jp"
TAKAMURA = f"高村 誠 <takamura@{D}>"
MORITA = f"森田 健二 <morita.k@{D}>"
SASAKI = f"佐々木 由美 <sasaki.y@{D}>"

SIG_T = """
――――――――――――――――――――
株式会社セキュアガード東邦
営業本部 法人営業課 課長
高村 誠（たかむら まこと）
〒141-0031 東京都品川区西五反田3-9-14 TOHOビル5F
TEL 03-5436-2210 / FAX 03-5436-2211 / 携帯 090-4412-7730
takamura@sg-toho.co.jp
警備業認定 東京都公安委員会 第30004417号
――――――――――――――――――――"""

SIG_M = """
--
セキュアガード東邦　警備業務部 管制センター
隊長　森田 健二
管制直通 03-5436-2290（24時間）"""

SIG_S = """
*****************************
株式会社セキュアガード東邦
総務部 人事労務課
佐々木 由美
TEL 03-5436-2215（内線 306）
*****************************"""

MAILS = [
# ---------------- PASS ----------------
dict(expect="pass", kind="benign.roster_posts",
 why="Shift roster of guard posts by time slot and headcount only; no guard is identified.",
 **{"from": MORITA}, to=["防災センター 桑原様 <kuwabara@shinagawa-bayfront.co.jp>"],
 cc=[TAKAMURA],
 subject="【品川ベイフロントタワー】12月度 警備配置表（ポスト別）送付",
 text="""桑原様

いつもお世話になっております。セキュアガード東邦 管制の森田です。
12月度のポスト別配置表を添付いたします。

主な変更点は以下のとおりです。
・12/24（火）〜12/25（水）　東口ポストを 17:00〜22:00 に1名増員（イルミネーション対応）
・12/29（日）〜1/3（金）　巡回Bルートを休止し、B2F荷捌き場ポストに統合
・年末年始は防災センター常駐を 2名→3名 体制（うち1名は施設警備業務検定1級保持者）

隊員の氏名につきましては、従来どおり当日朝に防災センター内の勤務表へ掲示いたします。
ご不明点があれば管制までお電話ください。
"""+SIG_M,
 attachments=[dict(filename="配置表_2024-12_品川ベイフロント.xlsx",
  contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Sheet1]
ポスト\t時間帯\t人数\t備考
P-01 正門\t07:00-19:00\t1\t入館受付補助
P-01 正門\t19:00-07:00\t1\t夜間通用口兼務
P-02 東口\t08:00-22:00\t1\t12/24-25 17:00-22:00 は2名
P-03 B2F荷捌き\t06:00-18:00\t1\t搬入車両誘導
R-A 巡回A\t10:00/14:00/22:00/02:00\t1\t1F-20F
R-B 巡回B\t11:00/15:00/23:00/03:00\t1\t21F-38F（12/29-1/3休止）
C-01 防災センター\t24h\t2\t年末年始3名
[Sheet2]
区分\t延べ人数
平日\t214
土日祝\t96
年末年始\t58""")]),

dict(expect="pass", kind="benign.quote_business_ids",
 why="Quotation with the company's own security-business certification number, corporate number and corporate bank account.",
 **{"from": TAKAMURA}, to=["工務部 新井 様 <arai.s@maruto-kensetsu.co.jp>"],
 subject="お見積書送付の件（大井町三丁目新築工事 交通誘導警備）",
 text="""丸藤建設株式会社
工務部 新井 様

平素より大変お世話になっております。
セキュアガード東邦の高村でございます。

先日ご依頼いただきました、大井町三丁目新築工事における交通誘導警備業務のお見積書を添付いたします。

【概要】
・期間：2025年1月14日〜2025年6月30日（日曜・祝日除く）
・配置：工事車両出入口 2名（うち交通誘導警備業務検定2級以上 1名を含む）
・単価：日勤 18,500円／人（税別）、夜間割増 25%
・見積番号：Q-2024-11873

弊社の警備業認定番号は東京都公安委員会 第30004417号、法人番号は 4010701028816 でございます。
御社の協力会社登録書類にご記入の際にご利用ください。

お支払いは下記口座へお願いしております。
　みずほ銀行 五反田支店 普通 1184402
　口座名義 カ）セキュアガードトウホウ

ご検討のほど、よろしくお願い申し上げます。
"""+SIG_T),

dict(expect="pass", kind="benign.successor_intro",
 why="Routine handover announcement naming the predecessor and successor with business signatures.",
 **{"from": TAKAMURA}, to=["総務部 施設課 大崎 俊彦 様 <t.osaki@kinkaido-dept.co.jp>"],
 cc=["野口 翔太 <noguchi.s@sg-toho.co.jp>"],
 subject="担当者変更のご挨拶（セキュアガード東邦 高村→野口）",
 text="""株式会社金海堂百貨店
総務部 施設課 大崎 俊彦 様

いつも格別のお引き立てを賜り、誠にありがとうございます。
さて、私事で恐縮ですが、2025年1月1日付で横浜支社へ異動することとなりました。
これまで7年間にわたり、本館・新館の常駐警備ならびに年末商戦の臨時警備で大変お世話になりました。
大崎様はじめ施設課の皆様には、夜間の設備トラブルの際にも迅速にご対応いただき、心より感謝申し上げます。

後任は同じ法人営業課の野口 翔太が務めます。
野口は前職で大型商業施設の保安警備を担当しておりましたので、店舗の事情にも明るいかと存じます。
12月中旬に野口とともにご挨拶に伺いたく、ご都合のよい日時を2〜3候補いただけますと幸いです。

今後とも変わらぬご指導を賜りますよう、よろしくお願い申し上げます。

【後任】
法人営業課　野口 翔太（のぐち しょうた）
携帯 080-3921-5567 ／ noguchi.s@sg-toho.co.jp
"""+SIG_T),

dict(expect="pass", kind="benign.it_incident",
 why="'障害' and '隔離' refer to a camera-system outage and a malware-infected recorder, not to a person.",
 **{"from": MORITA}, to=["ITサポート 金子様 <support@vistacam-systems.jp>"],
 cc=[TAKAMURA],
 subject="Re: 【障害報告】録画サーバ NVR-07 ウイルス検知・隔離について",
 text="""金子様

早急なご対応ありがとうございます。管制の森田です。
当方で確認できた事象を時系列でまとめます。

02:14　品川ベイフロント 監視カメラ 31台中 12台の映像が管制モニタで停止（映像系システム障害）
02:20　現地隊員が防災センターで NVR-07（シリアル VC-NV8-2207-01934）の異常表示を確認
02:41　御社リモート窓口の指示でネットワークから物理的に切り離し（隔離）
03:05　予備機 NVR-02 に切替え、映像復旧
08:30　御社調査にて「感染は NVR-07 の1台のみ、マルウェア名 Mirai 亜種」との報告

機械警備の発報記録（No. 2024120300114〜0117）は誤報扱いで処理済みです。
再発防止策として、ファームウェア更新の実施日程をご提示いただけますでしょうか。

> 森田様
> 隔離後の NVR-07 は電源を入れずに保管をお願いします。
> 回収は本日 15 時に伺います。
> ビスタカム・システムズ 金子
"""+SIG_M),

dict(expect="pass", kind="benign.minutes_partners",
 why="Event-security meeting minutes naming client staff and a police liaison in their official roles only.",
 **{"from": MORITA}, to=["イベント事業部 吉岡 様 <yoshioka@oimachi-festa.jp>", "イベント事業部 宮内 様 <miyauchi@oimachi-festa.jp>"],
 cc=[TAKAMURA],
 subject="議事録：大井町カウントダウン2025 警備打合せ（12/10）",
 text="""吉岡様、宮内様

本日はお時間をいただきありがとうございました。議事録を共有いたします。

■日時　2024年12月10日（火）14:00〜15:30
■場所　大井町フェスタ実行委員会 会議室
■出席　実行委員会：吉岡様、宮内様、舞台制作 三好様
　　　　品川警察署 地域課：担当係長様（オブザーバー）
　　　　当社：高村、森田

1. 来場者想定：ピーク時 約8,000名（昨年実績 6,400名）
2. 警備員配置：雑踏警備 24名、交通誘導 6名、本部 2名。雑踏警備業務検定1級保持者を各ゾーン責任者に配置
3. 救護所：会場東側テントに看護師2名常駐（実行委員会手配）。熱中症対策不要の時期だが、低体温・転倒事故に備え毛布30枚を用意
4. 無線：当社デジタル簡易無線 32台（機番 DR-101〜DR-132）を貸出
5. 残課題：駅側の退場規制ラインの位置 → 12/17 再協議

以上、修正点があればお知らせください。
"""+SIG_M),

dict(expect="pass", kind="benign.own_payslip",
 why="A retired guard's own payslip copy sent at his request to his own address.",
 **{"from": SASAKI}, to=["<hiro.tsukamoto1957@yahoo.co.jp>"],
 subject="給与明細（2024年9月分）再発行のご送付",
 text="""塚本 博之 様

先日はお電話ありがとうございました。総務部の佐々木です。
ご依頼のありました2024年9月分の給与明細を再発行し、PDFで添付いたします。
年金事務所へのご提出用とのことでしたので、会社印を押印したものをスキャンしております。

原本が必要な場合はご自宅へ郵送いたしますので、お申し付けください。
在職中は長い間ありがとうございました。寒くなりますのでご自愛ください。
"""+SIG_S,
 attachments=[dict(filename="給与明細_202409_塚本博之.pdf", contentType="application/pdf",
  text="""給与明細書　2024年9月分
株式会社セキュアガード東邦
社員番号 SG-10482　氏名 塚本 博之 様
基本給 198,000　夜勤手当 36,000　資格手当 10,000
健康保険 12,300　厚生年金 22,875　雇用保険 1,464　所得税 5,420
差引支給額 202,941""")]),

dict(expect="pass", kind="benign.training_curriculum",
 why="Guard training curriculum using medical terms (AED, CPR, heat stroke, infection control) with no individual's health data.",
 **{"from": SASAKI}, to=["研修事業部 北川 様 <kitagawa@anzen-kenshu.or.jp>"],
 subject="令和7年度 新任教育・現任教育カリキュラム案のご確認",
 text="""一般社団法人安全研修センター
研修事業部 北川 様

お世話になっております。セキュアガード東邦 総務部の佐々木です。
来年度の新任・現任教育について、弊社案を下記のとおりお送りします。

【新任教育（20時間）】
・警備業法、刑法・刑事訴訟法（現行犯逮捕の要件）の基礎　4h
・救命講習：心肺蘇生法、AEDの使用、気道異物除去　3h
・熱中症の予防と応急手当、低体温症の初期対応　2h
・感染症対策（標準予防策、嘔吐物処理、手指衛生）　1h
・障害のあるお客様への接遇（車椅子介助、視覚障害者誘導の基本）　2h
・施設警備・交通誘導の実技　8h

【現任教育（10時間）】
・AED・心肺蘇生の再訓練、てんかん発作・低血糖発作を目撃した際の対応　2h
・メンタルヘルス・セルフケア研修（夜勤者のストレス対策）　1h
　ほか

受講予定人数は新任 約40名、現任 約260名です。
講師派遣の可否と概算費用をご教示いただけますと幸いです。
"""+SIG_S),

dict(expect="pass", kind="benign.health_aggregate",
 why="Company-wide health-management statistics with no identifiable employee.",
 **{"from": SASAKI}, to=["保健事業課 杉浦 様 <sugiura@kanto-keibi-kenpo.or.jp>"],
 subject="健康経営優良法人2025 申請に関する集計値のご報告",
 text="""関東警備業健康保険組合
保健事業課 杉浦 様

お世話になっております。セキュアガード東邦の佐々木です。
健康経営優良法人2025の申請にあたり、ご依頼の集計値をお送りいたします。

・従業員数（2024年10月1日現在）：312名（うち60歳以上 118名）
・定期健康診断受診率：98.7%（未受診4名は年内受診予定）
・有所見率：61.2%（前年 63.5%）
・要精密検査対象者の再検査受診率：72.0%
・特定保健指導実施率：41.3%
・喫煙率：29.8%（前年 33.1%）
・ストレスチェック受検率：88.5%、高ストレス者割合 9.4%
・インフルエンザ予防接種補助利用者：143名

個人別のデータは含めておりません。ご査収のほどお願いいたします。
"""+SIG_S),

dict(expect="pass", kind="benign.vehicle_numbers",
 why="Patrol-car plate numbers and radio serials for a parking permit; these identify company vehicles, not people.",
 **{"from": MORITA}, to=["管理事務所 <parking@ariake-logipark.co.jp>"],
 subject="巡回車両 入構許可申請（2025年1月〜3月）",
 text="""有明ロジパーク 管理事務所 御中

セキュアガード東邦 管制センターの森田です。
1月から3月までの巡回車両の入構許可を申請いたします。

1. 品川 300 あ 12-34（トヨタ プロボックス 白）
2. 品川 480 さ 77-01（日産 NV200 白）
3. 品川 400 す 3-58（予備車）

各車両には当社ステッカーおよび車載無線機（機番 MR-0492、MR-0517、MR-0533）を搭載しております。
許可証は3枚、管制センター宛にご郵送いただけますと助かります。
"""+SIG_M),

# ---------------- HOLD ----------------
dict(expect="hold", kind="id.mynumber",
 why="CSV to the labour-law office carries three new guards' names, birth dates and My Numbers.",
 **{"from": SASAKI}, to=["社会保険労務士法人みなと 手続担当 <tetsuzuki@minato-sr.jp>"],
 subject="雇用保険資格取得届の作成依頼（12月入社3名）",
 text="""社会保険労務士法人みなと
手続ご担当者様

いつもお世話になっております。セキュアガード東邦の佐々木です。
12月2日入社の3名について、雇用保険の資格取得届の作成をお願いいたします。
必要事項は添付のCSVにまとめました。週所定労働時間はいずれも40時間です。

よろしくお願いいたします。
"""+SIG_S,
 attachments=[dict(filename="12月入社_取得届用.csv", contentType="text/csv",
  text="""氏名,フリガナ,生年月日,性別,個人番号,入社日,賃金月額
北原 陽介,キタハラ ヨウスケ,1988/04/17,男,304182751960,2024/12/02,245000
宇野 さやか,ウノ サヤカ,1995/10/03,女,527903648188,2024/12/02,232000
大河内 勇,オオコウチ イサム,1961/01/29,男,618472039524,2024/12/02,228000
""")],
 personal=[dict(type="mynumber", value="304182751960"), dict(type="mynumber", value="527903648188"),
  dict(type="mynumber", value="618472039524"), dict(type="name", value="北原 陽介"),
  dict(type="birthdate", value="1988/04/17")]),

dict(expect="hold", kind="sensitive.medical",
 why="Tells the client a named guard was hospitalised with a suspected cerebral infarction.",
 **{"from": MORITA}, to=["防災センター 桑原様 <kuwabara@shinagawa-bayfront.co.jp>"],
 subject="東口ポスト 欠員発生のご報告（12/5）",
 text="""桑原様

管制の森田です。取り急ぎご報告いたします。

本日 10:40 頃、東口ポスト勤務の石井 康夫（62歳）が勤務中に気分不良を訴え、その場で座り込みました。
防災センターの方にもご協力いただき救急要請、品川中央病院へ搬送されました。
先ほどご家族から連絡があり、脳梗塞の疑いで入院、右半身に軽い麻痺が残る可能性があるとのことです。

東口ポストは 11:30 より巡回Aの隊員を充て、13:00 以降は交代要員（1名）を手配済みです。
今後の配置については明日改めてご相談させてください。
ご迷惑をおかけし申し訳ございません。
"""+SIG_M,
 personal=[dict(type="name", value="石井 康夫"), dict(type="diagnosis", value="脳梗塞の疑いで入院")]),

dict(expect="hold", kind="sensitive.criminal",
 why="Discloses a job applicant's theft conviction and suspended sentence to the outside recruiting agency.",
 **{"from": SASAKI}, to=["キャリアリンク東京 営業部 橋本様 <hashimoto@careerlink-tokyo.co.jp>"],
 subject="ご紹介いただいた応募者の件",
 text="""橋本様

お世話になっております。セキュアガード東邦の佐々木です。
先週ご紹介いただいた 前田 涼介 様（31歳、江戸川区在住）について、選考結果のご連絡です。

誠に残念ながら、今回は採用を見送らせていただきます。
ご本人の申告書類を確認したところ、2021年に窃盗罪で懲役1年・執行猶予3年の判決を受けており、
執行猶予期間が2024年8月に満了したばかりでした。警備業法第3条の欠格事由（刑の執行終了等から5年を経過しない者）に該当するかどうか社内で検討した結果、
当社としてはリスクを取れないとの判断になりました。

ご本人には御社からうまくお伝えいただけますと幸いです。
引き続き、施設警備経験者のご紹介をお待ちしております。
"""+SIG_S,
 personal=[dict(type="name", value="前田 涼介"), dict(type="criminal_record", value="窃盗罪で懲役1年・執行猶予3年")]),

dict(expect="hold", kind="sensitive.medical",
 why="The subject line alone names a guard and his depression diagnosis; body and scanned attachment carry no text.",
 **{"from": SASAKI}, to=["五反田メンタルクリニック 産業医 平田先生 <hirata@gotanda-mental.jp>"],
 subject="【至急】隊員 坂口 大輔 うつ病診断書の件（休職延長）",
 text="""平田先生

お世話になっております。セキュアガード東邦の佐々木です。
標記の件、主治医からの書類をスキャンして添付いたします。
来週の面談日程についても併せてご相談させてください。

よろしくお願いいたします。
"""+SIG_S,
 attachments=[dict(filename="scan_20241206_0931.jpg", contentType="image/jpeg")],
 personal=[dict(type="name", value="坂口 大輔"), dict(type="diagnosis", value="うつ病診断書")]),

dict(expect="hold", kind="list.roster",
 why="Attachment lists eight guards with birth dates, home addresses and mobile numbers sent to a client.",
 **{"from": MORITA}, to=["総務部 施設課 大崎 俊彦 様 <t.osaki@kinkaido-dept.co.jp>"],
 subject="入館証発行用資料の送付（年末臨時警備）",
 text="""大崎様

セキュアガード東邦の森田です。
年末臨時警備（12/20〜12/31）に従事する隊員の入館証発行用資料を添付いたします。
写真データは別途お持ちします。よろしくお願いいたします。
"""+SIG_M,
 attachments=[dict(filename="臨時警備_隊員一覧.xlsx",
  contentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  text="""[Sheet1]
No\t氏名\t生年月日\t住所\t携帯電話
1\t岡部 和也\t1979/06/12\t東京都大田区西蒲田5-18-3\t090-2218-4471
2\t染谷 里美\t1990/02/28\t神奈川県川崎市幸区南加瀬2-7-11-203\t080-6673-1109
3\t宮坂 隆\t1958/11/05\t東京都品川区荏原4-2-9\t090-7741-0352
4\t臼井 拓真\t2001/08/19\t東京都目黒区原町1-14-6 コーポ原町102\t070-1295-8830
5\t花岡 久美子\t1972/03/30\t東京都大田区池上6-31-2\t090-5508-2264
6\t柴崎 恒夫\t1955/12/01\t東京都品川区戸越3-20-17\t080-3317-9025
7\t江口 純\t1986/07/07\t東京都世田谷区奥沢8-3-4\t090-8862-4147
8\t神田 美和\t1993/05/22\t神奈川県横浜市港北区日吉本町3-9-1\t070-4436-7781
""")],
 personal=[dict(type="name", value="岡部 和也"), dict(type="address", value="東京都大田区西蒲田5-18-3"),
  dict(type="phone", value="090-2218-4471"), dict(type="birthdate", value="1979/06/12")]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="Password-protected zip attachment (PPAP).",
 **{"from": TAKAMURA}, to=["管財部 松浦 様 <matsuura@shinonome-fudosan.co.jp>"],
 subject="【東雲不動産様】常駐警備 年間契約見積書の送付",
 text="""東雲不動産株式会社
管財部 松浦 様

お世話になっております。セキュアガード東邦の高村です。
2025年度の常駐警備年間契約の見積書一式をお送りします。
社内規定によりファイルを暗号化しております。パスワードは別メールにてお送りいたします。

ご確認のほどよろしくお願い申し上げます。
"""+SIG_T,
 attachments=[dict(filename="見積書一式_東雲不動産_2025.zip", contentType="application/zip", encrypted=True)]),

dict(expect="hold", kind="recipients.overexposed",
 why="Seminar invitation with thirteen client addresses from different companies visible in To.",
 **{"from": TAKAMURA},
 to=["<osaki@kinkaido-dept.co.jp>", "<kuwabara@shinagawa-bayfront.co.jp>", "<arai.s@maruto-kensetsu.co.jp>",
     "<matsuura@shinonome-fudosan.co.jp>", "<soumu@hamada-seiko.co.jp>", "<yoshioka@oimachi-festa.jp>",
     "<k.ueda@tokai-logistics.co.jp>", "<facility@minatomirai-clinic.or.jp>", "<shimura@ebisu-garden-hotel.jp>",
     "<a.kondo@takanawa-univ.ac.jp>", "<kanri@meguro-koumuten.co.jp>", "<info@daiba-ichiba.co.jp>",
     "<f.nishida@gotanda-biz.co.jp>"],
 subject="【ご案内】2025年 防犯・防災セミナー（1/23 開催）",
 text="""お取引先各位

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
セキュアガード東邦では、毎年恒例の防犯・防災セミナーを下記のとおり開催いたします。

日時：2025年1月23日（木）15:00〜17:00
会場：TOHOビル 8F ホール（品川区西五反田3-9-14）
内容：①能登半島地震に学ぶ施設の初動対応　②生成AIを使った不審者検知の最新動向
定員：60名（先着順）

お申し込みは本メールへの返信にてお願いいたします。
皆様のご参加を心よりお待ちしております。
"""+SIG_T),

dict(expect="hold", kind="sensitive.criminal",
 why="The quoted store report contains a shoplifting suspect's name, age, address and hand-over to police, forwarded to headquarters.",
 **{"from": MORITA}, to=["本部 リスク管理室 谷口様 <taniguchi@freshmart-hd.co.jp>"],
 subject="Fw: 保安警備日報（フレッシュマート大森店 12/7）",
 text="""谷口様

セキュアガード東邦 管制の森田です。
大森店の店長様より、本部にも共有するようご指示がありましたので転送いたします。
今月の保安警備の件数は本件を含め3件です。

---------- Forwarded message ----------
From: 保安警備 大森店担当 <omori-hoan@sg-toho.co.jp>
Date: 2024/12/07 19:52
Subject: 保安警備日報（フレッシュマート大森店 12/7）

森田隊長

本日 17:25、店内で万引き事案を確認しました。
被疑者：小柳 正和（こやなぎ まさかず）、58歳、大田区大森北2-14-8 在住（本人申告・運転免許証で確認）
被害品：清酒 720ml 2本、刺身盛合せ 1点（計 4,318円）
店長と協議のうえ 110番通報、18:10 大森警察署員に引き渡し。本人は同店で過去2回の前歴ありと話していました。

以上
"""+SIG_M,
 personal=[dict(type="name", value="小柳 正和"), dict(type="address", value="大田区大森北2-14-8"),
  dict(type="criminal", value="大森警察署員に引き渡し")]),

dict(expect="hold", kind="id.bank",
 why="A guard's personal bank account details sent to the outside payroll processor.",
 **{"from": SASAKI}, to=["給与計算センター 山内様 <yamauchi@payroll-bpo.jp>"],
 subject="給与振込口座変更のご連絡（社員番号 SG-11207）",
 text="""山内様

お世話になっております。セキュアガード東邦の佐々木です。
下記社員より給与振込口座の変更届が提出されましたので、12月支給分から反映をお願いいたします。

社員番号：SG-11207
氏名：浅野 康平
変更後口座：ゆうちょ銀行 〇一八店（ゼロイチハチ） 普通 6240815
口座名義：アサノ コウヘイ

変更前口座（三井住友銀行 蒲田支店 普通 7712093）は12月分以降使用しません。
よろしくお願いいたします。
"""+SIG_S,
 personal=[dict(type="name", value="浅野 康平"), dict(type="bank_account", value="普通 6240815"),
  dict(type="bank_account", value="普通 7712093")]),
]
