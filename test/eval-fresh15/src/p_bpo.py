from common import *
CITY_SAKUMA = "佐久間 恵 <sakuma-m@city.narumi.lg.jp>"

M("cb_h1", "hold", "sensitive.social_status",
  "チケット通知に相談者の氏名・年齢・住所・電話と生活保護のケース番号・相談内容が載り、市役所（外部ドメイン）へ送られる。",
  "CB-Desk 通知 <desk-notify@callbridge.co.jp>", ["鳴海市福祉課 保護係 <hogo@city.narumi.lg.jp>"],
  "[NRM-WEL #20417] エスカレーション：保護係 折返し依頼",
  """鳴海市福祉課 保護係 ご担当者様

福祉総合コールデスクより、以下のお問い合わせについて折返しをお願いします。

━ チケット情報 ━━━━━━━━━━━━
チケット番号 : #20417
受付日時     : 2024-09-03 10:42
対応者       : 長谷部（リーダー）
カテゴリ     : 生活保護 > 支給・変更
優先度       : 高

━ 相談者 ━━━━━━━━━━━━━━━
氏名         : 川端 ヨシ子 様（78歳）
電話         : 052-613-7728（日中在宅）
住所         : 鳴海市緑ヶ丘3-14-2 市営緑ヶ丘住宅5-203
ケース番号   : 保-2021-0834

━ 内容 ━━━━━━━━━━━━━━━━━
9月分の生活保護費の振込額が先月より少ないとのお問い合わせ。
介護保険料の天引き額の変更によるものか確認したいとのこと。
担当ケースワーカー（大塚様）からの折返しを希望。
耳が遠いため、ゆっくり大きめの声で話してほしいとのご要望あり。

──
このメールはCB-Deskから自動送信されています。
チケットURL: https://desk.callbridge.co.jp/t/20417""",
  personal=[("name", "川端 ヨシ子"), ("phone", "052-613-7728"), ("address", "鳴海市緑ヶ丘3-14-2 市営緑ヶ丘住宅5-203"),
            ("social", "生活保護 > 支給・変更"), ("social", "9月分の生活保護費")])

M("cb_h2", "hold", "roster.call_log",
  "本文と報告書PDFは集計だけだが、同封の対応履歴CSVに相談者の氏名・電話・障害や介護の相談内容が並ぶ。",
  MORISHITA, [CITY_SAKUMA],
  "8月分 業務報告書の送付（福祉総合コールデスク）",
  f"""鳴海市福祉課 企画係
佐久間 様

いつもお世話になっております。コールブリッジの森下です。
8月分の業務報告書と対応履歴一覧を添付いたします。

【概況】
・入電件数 1,284件（前月比 +6.1%）
・応答率 94.2%（目標 90%）
・平均通話時間 6分48秒
・エスカレーション 37件（うち当日折返し完了 33件）

お盆期間中の8/13〜8/16は介護保険関係の問い合わせが集中しました。
詳細は報告書5ページをご覧ください。

ご確認のほどよろしくお願いいたします。

{S_MORISHITA}""",
  att=[A("業務報告書_202408.pdf", PDF, """鳴海市福祉総合コールデスク 業務報告書（2024年8月）
1. 入電状況 入電 1,284件 応答 1,210件 応答率 94.2%
2. カテゴリ別 介護保険 402件 / 障害福祉 211件 / 生活保護 188件 / 子育て支援 246件 / その他 237件
3. 時間帯別 9-10時 18.4% 10-12時 31.2% 13-15時 27.5% 15-17時 22.9%
4. 改善事項 IVR案内文の見直し（介護保険料の納付書再発行を独立メニュー化）"""),
       A("対応履歴_202408.csv", CSV, """受付日時,チケット,氏名,電話番号,カテゴリ,要旨,対応
2024-08-01 09:14,#19802,田所 光子,052-611-3048,介護保険,要介護2の認定更新、通所リハの回数を増やしたい,介護保険係へ転送
2024-08-01 10:02,#19806,江藤 聡,090-5521-7730,障害福祉,統合失調症で通院中、障害年金と手帳の申請方法,障がい福祉係 折返し
2024-08-02 13:37,#19831,村木 千鶴,052-622-4415,生活保護,失職し家賃滞納、保護申請したい,保護係 面談予約
2024-08-05 11:20,#19870,堀内 茂雄,080-3318-2204,障害福祉,人工透析のため通院移送費の助成について,回答済
2024-08-06 15:48,#19902,小松 春香,070-1442-8853,子育て支援,発達障害（ADHD）の長男の療育手帳,障がい福祉係 折返し
""")],
  personal=[("name", "田所 光子"), ("phone", "052-611-3048"), ("health", "要介護2"), ("name", "江藤 聡"), ("health", "統合失調症で通院中"),
            ("name", "村木 千鶴"), ("social", "保護申請したい"), ("name", "堀内 茂雄"), ("health", "人工透析"), ("name", "小松 春香")])

M("cb_h3", "hold", "sensitive.disability",
  "スマホからの短い返信で、相談者の氏名・携帯番号と精神障害者保健福祉手帳・自立支援医療の件が外部（市）へ送られる。",
  HASEBE, ["村瀬 様 <murase-t@city.narumi.lg.jp>"],
  "Re: 折返し先の件",
  f"""村瀬さん
承知しました。先ほどの方の折返し先です。
宮内 透 様 090-3384-6127（平日15時以降が良いそうです）
精神保健福祉手帳2級の更新と、自立支援医療の更新を一緒にしたいとのことです。
{S_HASEBE}

> 長谷部さん
> 障がい福祉係の村瀬です。先ほど転送いただいた方、折返し番号を教えてください。""",
  personal=[("name", "宮内 透"), ("phone", "090-3384-6127"), ("disability", "精神保健福祉手帳2級")])

M("cb_h4", "hold", "attachment.encrypted_zip",
  "パスワード付きZIP（通話録音）の添付。PPAPは中身にかかわらず保留。",
  MORISHITA, [CITY_SAKUMA],
  "通話録音データ（9/10受付 苦情案件）の送付",
  f"""佐久間様

お世話になっております。コールブリッジの森下です。
昨日お電話でご依頼いただいた、9/10受付分の通話録音データをお送りいたします。
庁内規程に合わせ、パスワード付きZIPにしております。
パスワードはこの後、別メールでお送りします。

録音は2件（10:14受付・10:52受付の同一入電者）です。
オペレーターの応対メモはチケット側に記載済みです。

よろしくお願いいたします。

{S_MORISHITA}""",
  att=[A("録音_20240910_苦情案件.zip", ZIP, encrypted=True)])

M("cb_h5", "hold", "sensitive.criminal_record",
  "入電者の氏名・電話・住所とともに、本人談の服役歴（前科）を市と警察署へ報告している。",
  MORISHITA, [CITY_SAKUMA], 
  "【報告】脅迫的な入電について（9/12 15:08受付）",
  f"""佐久間様
（cc：鳴海警察署 生活安全課 小野寺様）

コールブリッジの森下です。本日15:08に受け付けた入電について、
威圧的・脅迫的な発言があったため、取り急ぎご報告いたします。

■入電者：日下部 剛 様（本人名乗り）
■電話番号：080-6647-0192（発信番号表示あり）
■住所（本人申告）：鳴海市東浜町2-5-17 コーポ東浜103
■概要：
住宅扶助の増額を求める内容で、担当CWの対応に不満があるとのこと。
応対中に「前に傷害で2年服役していた。また刑務所に入っても構わない」
「明日窓口に行って担当を殴る」との発言がありました（録音あり）。
応対者は新人のため、途中から私が代わって対応し、通話は15:31に終了しています。

■当デスクの対応：
・チケット #20561 に要注意フラグ設定
・明日以降の入電はSV直接対応とします

窓口の警備体制について、必要であればご検討ください。

{S_MORISHITA}""",
  cc=["小野寺 様 <onodera.t@narumi-police.jp>"],
  personal=[("name", "日下部 剛"), ("phone", "080-6647-0192"), ("address", "鳴海市東浜町2-5-17 コーポ東浜103"),
            ("crime", "前に傷害で2年服役していた")])

M("cb_h6", "hold", "sensitive.medical",
  "研修会社に送るケーススタディPDFのうち1件が匿名化されておらず、実在の相談者の氏名・電話・認知症の診断が残っている。",
  MORISHITA, ["安田 様 <yasuda.n@learningarc.co.jp>"],
  "新人研修用ケーススタディ素材（ロールプレイ用）",
  f"""株式会社ラーニングアーク
研修企画部 安田 様

お世話になっております。コールブリッジの森下です。
来月の新人研修で使うロールプレイ素材として、実際の応対事例を3件抜粋しました。
個人が特定される情報は伏せてあります。
トークスクリプトの模範例への書き起こしをお願いできますでしょうか。

納期は10/4（金）でご相談させてください。

{S_MORISHITA}""",
  att=[A("ケーススタディ素材_v2.pdf", PDF, """ケーススタディ素材（鳴海デスク 2024年度 新人研修）
Case 1 ご家族からの介護相談
入電者：西岡 隆之 様（長男）052-624-9017
対象者：父 西岡 清 様（82歳）鳴海市若葉台1-8-3
内容：先月アルツハイマー型認知症と診断され、要介護2の認定。夜間の徘徊があり、
ショートステイの利用方法と費用を知りたい。長男は平日日中仕事のため夕方の連絡希望。
ポイント：ご家族の疲労に配慮した傾聴。地域包括支援センターへの案内。

Case 2 児童手当の振込日
入電者：Aさん（30代女性）
内容：振込予定日の確認。口座変更の手続き。
ポイント：本人確認の手順。

Case 3 制度の対象外への説明
入電者：Bさん（60代男性）
内容：対象外の給付について強い口調での問い合わせ。
ポイント：クッション言葉、代替制度の案内。""")],
  personal=[("name", "西岡 清"), ("name", "西岡 隆之"), ("phone", "052-624-9017"), ("address", "鳴海市若葉台1-8-3"),
            ("health", "アルツハイマー型認知症と診断され、要介護2")])

minsei_addr = ["tsuneo.hirose@gmail.com", "k-yamauchi1956@yahoo.co.jp", "akemi_ogura@docomo.ne.jp",
          "masa.kinoshita@outlook.jp", "fujie.nakano@ezweb.ne.jp", "toshiko.ban@gmail.com",
          "hiroshi.tsuda.narumi@yahoo.co.jp", "sachiyo-m@softbank.ne.jp", "kazuo.ueda48@gmail.com",
          "mariko.oishi@nifty.com", "y.kuwabara@icloud.com", "shizue-takeda@docomo.ne.jp"]
minsei_names = ['広瀬 恒夫', '山内 和子', '小倉 明美', '木下 正志', '中野 富士江', '伴 俊子', '津田 博', '松井 幸代', '上田 和夫', '大石 真理子', '桑原 洋子', '武田 静江']
minsei = [f'{n} <{a}>' for n,a in zip(minsei_names, minsei_addr)]
M("cb_h7", "hold", "recipients.exposed",
  "民生委員12名の個人アドレスがToに並んでおり、互いに見えてしまう（Bccにすべきもの）。",
  MORISHITA, minsei,
  "【ご案内】福祉総合コールデスク 年末年始の受付時間について",
  f"""民生委員・児童委員の皆さま

いつも地域での見守り活動にご尽力いただき、ありがとうございます。
鳴海市福祉総合コールデスク（運営：株式会社コールブリッジ）の森下です。

年末年始の受付時間についてお知らせします。
・12月28日（土）〜1月5日（日）：休止
　※期間中の緊急のご相談は、市役所代表（052-600-1111）から当直へおつなぎします
・1月6日（月）：通常どおり 8:30〜17:15

ご担当地区の方からお問い合わせがあった際には、上記をご案内いただけますと幸いです。
本年も大変お世話になりました。

{S_MORISHITA}""",
  )

M("cb_h8", "hold", "id.my_number",
  "返信本文は短いが、引用された過去メールに市民の氏名・住所・電話と読み上げられた個人番号が残っている。",
  HASEBE, ["坂口 様 <sakaguchi-y@city.narumi.lg.jp>"],
  "RE: RE: 折返し時間変更のお願い",
  f"""坂口様
承知しました。14時以降で本人へ伝えます。
{S_HASEBE}

-----Original Message-----
From: 坂口 由美
Sent: Tuesday, September 17, 2024 11:05 AM
Subject: RE: 折返し時間変更のお願い

長谷部さん
介護保険係の坂口です。本日は午前中が窓口対応で埋まっているため、
折返しは14時以降になる旨お伝えいただけますか。

-----Original Message-----
From: 長谷部 純
Sent: Tuesday, September 17, 2024 10:21 AM
Subject: 折返し時間変更のお願い

介護保険係 ご担当者様
負担限度額認定の申請について、和田 正行 様（鳴海市桜台2-7-19、052-622-0941）から入電。
申請書の個人番号欄の記載確認で、ご本人が番号を読み上げられました：715630298414
申請書控えと一致しているか確認したいとのことで、本日中の折返しを希望されています。
長谷部""",
  personal=[("name", "和田 正行"), ("address", "鳴海市桜台2-7-19"), ("phone", "052-622-0941"), ("mynumber", "715630298414")])

M("cb_h9", "hold", "sensitive.medical",
  "Call transcripts with callers' names, phone numbers, diagnoses and disability details sent to an offshore QA vendor.",
  MORISHITA, ["Joanna Villanueva <j.villanueva@lumencontact.ph>"],
  "Call QA samples - August batch (Narumi welfare desk)",
  f"""Hi Joanna,

Attached are three call transcripts from the Narumi welfare desk for next week's calibration session.
I translated them into English myself, so please forgive any awkward phrasing.
Please score them with the v4 form and we can compare notes on Thursday's call (16:00 Manila time).

Focus points this month: empathy statements and correct transfer to the disability section.

Thanks!
Aya

{S_MORISHITA}""",
  att=[A("QA_samples_Aug2024.docx", DOCX, """Call 1 (2024-08-07 10:12, agent: OP-114)
Caller: Mr. Noboru Ishizaka, phone 052-617-3391
Caller: I was diagnosed with type 2 diabetes years ago and last month they amputated my right leg below the knee. I need a wheelchair and I want to apply for the physical disability certificate.
Agent: I'm very sorry to hear that. Let me explain the application steps...

Call 2 (2024-08-14 14:40, agent: OP-121)
Caller: Ms. Reiko Tanabe, phone 090-2285-6610
Caller: My husband has severe depression and has been off work for six months. We are thinking of applying for welfare assistance.
Agent: ...

Call 3 (2024-08-22 09:05, agent: OP-108)
Caller: (did not give name)
Caller: When will the child allowance be paid this month?
Agent: ...""")],
  personal=[("name", "Noboru Ishizaka"), ("phone", "052-617-3391"), ("health", "diagnosed with type 2 diabetes"),
            ("name", "Reiko Tanabe"), ("phone", "090-2285-6610"), ("health", "severe depression")])

M("cb_h10", "hold", "sensitive.crime_victim",
  "DV被害で住所秘匿中の相談者を含む要配慮リスト（氏名・電話・事情）を、市だけでなく外部NPOにも送っている。",
  MORISHITA, [CITY_SAKUMA], 
  "要配慮対応リスト（9月更新版）",
  f"""佐久間様
（cc：NPO法人ひだまりネット 相談支援 川井様）

コールブリッジの森下です。
デスク内で共有している要配慮対応リストを更新しましたので、お送りします。
9月は2名追加、1名削除（支援終了）です。
川井様には、夜間相談窓口との連携用に共有をお願いされておりましたので cc に入れております。

オペレーターには該当者からの入電時に必ずSVへ交代するよう再周知済みです。

{S_MORISHITA}""",
  cc=["川井 様 <kawai@hidamari-net.org>"],
  att=[A("要配慮対応リスト_202409.xlsx", XLSX, """登録日\t氏名\t電話番号\t区分\t注意事項
2024/04/11\t三浦 あずさ\t080-2271-6634\tDV被害\t住所秘匿（支援措置中）。元夫（三浦 剛志）からの照会には一切回答しないこと
2024/06/02\t林 弘美\t070-5590-1283\tDV被害\t子2人とシェルター退所後、市内に転居。転居先は保護係のみ把握
2024/09/03\t佐藤 光\t090-8176-4452\t虐待通報者\t通報者であることを絶対に伝えない
2024/09/09\t関 ユリ\t052-618-2075\tストーカー被害\t警察相談済み（鳴海署）。第三者からの所在確認に回答不可""")],
  personal=[("name", "三浦 あずさ"), ("phone", "080-2271-6634"), ("crime", "DV被害"), ("name", "林 弘美"),
            ("name", "関 ユリ"), ("crime", "ストーカー被害")])

# ---------- passes ----------
M("cb_p1", "pass", "benign.it_incident",
  "電話回線の「障害」に関する通知で、件数のみ。個人情報はない。",
  "CB-Desk 通知 <desk-notify@callbridge.co.jp>", [CITY_SAKUMA, "鳴海市福祉課 各係 <fukushi-all@city.narumi.lg.jp>"],
  "[障害情報] 9/18 電話回線障害の発生と復旧について（第2報・復旧）",
  """鳴海市福祉課 ご担当者様

本日発生した電話回線障害について、復旧しましたのでご報告します。

■発生日時：2024年9月18日（水）10:05頃
■復旧日時：同日 10:48
■影響：福祉総合コールデスク代表番号への着信不可（推定 約110件の呼損）
■原因：通信キャリア側の交換設備障害（キャリア発表済み、当社設備の異常なし）
■対応：
　・10:12 IVRを臨時アナウンスに切替、市ホームページへの掲載を依頼
　・10:48 着信の正常化を確認
　・呼損となった発信番号のうち、非通知を除く 74件へ本日中に折返し予定
■再発防止：キャリアとの冗長回線（別経路）の導入について、10月中に見積を提示します

ご迷惑をおかけし申し訳ございませんでした。

──
株式会社コールブリッジ 鳴海市福祉総合コールデスク（CB-Desk 自動配信）
担当SV：森下 052-908-4410""")

M("cb_p2", "pass", "benign.aggregate_statistics",
  "カテゴリ別件数・応答率などの集計のみ。生活保護・障害福祉の語はあるが個人は特定されない。",
  MORISHITA, [CITY_SAKUMA],
  "9月分 業務報告（速報値）",
  f"""佐久間様

コールブリッジの森下です。9月分の速報値をお送りします。確定値は10/7に報告書でお送りします。

　　　　　　　　　件数　　前月比
介護保険　　　　　401　　 -0.2%
障害福祉　　　　　188　　-10.9%
生活保護　　　　　312　　+66.0%
子育て支援　　　　259　　 +5.3%
その他　　　　　　198　　-16.5%
合計　　　　　　1,358　　 +5.8%

応答率 92.7%／平均通話時間 7分02秒／苦情 4件（うち市へエスカレーション1件）

生活保護の増加は、9/2付の「物価高騰対策給付金」の案内文書送付後の問い合わせが
大半（約130件）でした。FAQに追加済みです。

{S_MORISHITA}""")

M("cb_p3", "pass", "benign.staff_names",
  "受託側オペレーターの氏名と配置・研修状況のみ。連絡先や評価点はなく、業務上の氏名だけ。",
  MORISHITA, [CITY_SAKUMA],
  "10月 オペレーター配置予定のご報告",
  f"""佐久間様

お世話になっております。コールブリッジの森下です。
仕様書第7条に基づき、10月のオペレーター配置予定をご報告します。

【常駐】（1日あたり7〜8席）
SV：森下、長谷部（リーダー兼務）
オペレーター：中島、高木、石田、吉川、宇野、平岡、大西、岡本
【新任】（10/1〜 研修期間中は後方席）
松原、福田 ※個人情報保護研修・市制度研修 受講済み（9/26）
【退任】
青木（9/30付）

10/14の祝日は休止日のため配置はございません。
変更が生じた場合は都度ご連絡いたします。

{S_MORISHITA}""")

M("cb_p4", "pass", "benign.template_dummy",
  "応対記録テンプレートの改訂案。記入例は架空の見本値（個人番号も検査数字が合わない例示）。",
  MORISHITA, ["安田 様 <yasuda.n@learningarc.co.jp>"],
  "応対記録テンプレート（改訂案）のご確認",
  f"""安田様

お世話になっております。森下です。
研修テキストに載せる応対記録テンプレートの改訂案を添付します。
記入例の欄は架空の値にしてありますので、そのままテキストに転載いただいて構いません。
「個人番号は記録しない」の注意書きを赤字にしていただけると助かります。

{S_MORISHITA}""",
  att=[A("応対記録テンプレート_改訂案.docx", DOCX, """応対記録テンプレート（記入例）
受付日時：2024/○/○ 10:00
入電者氏名：鳴海 太郎（ナルミ タロウ）※記入例
生年月日：1950年1月1日 ※記入例
電話番号：052-000-0000 ※記入例
カテゴリ：介護保険 ＞ 認定
要旨：認定結果の通知がまだ届かない
個人番号：123456789012（※記入例。実際の個人番号は聞き取っても記録しないこと）
対応：介護保険係へ転送／折返し希望時間 14時以降""")])

M("cb_p5", "pass", "benign.own_data",
  "窓口相談の予約確認を本人のアドレスへ送信。本人自身の予約内容のみ。",
  "鳴海市福祉総合コールデスク <desk-reserve@callbridge.co.jp>", ["杉浦 美紀 様 <miki.sugiura88@yahoo.co.jp>"],
  "【鳴海市福祉総合コールデスク】窓口相談のご予約確認",
  """杉浦 美紀 様

鳴海市福祉総合コールデスクです。
本日お電話でお申込みいただいた窓口相談のご予約内容をお知らせします。

■ご予約日時：2024年10月8日（火）10:30〜11:00
■場所：鳴海市役所 本庁舎2階 福祉課 子育て支援係 窓口（3番）
■ご相談内容：児童扶養手当の現況届について
■お持ちいただくもの：
　・ご本人確認書類（運転免許証など）
　・現況届（お手元に届いている書類）
　・印鑑（認印可）

ご都合が悪くなった場合は、コールデスク（052-908-4400、平日8:30〜17:15）までご連絡ください。

※このメールは送信専用アドレスから送信しています。
鳴海市福祉総合コールデスク（運営受託：株式会社コールブリッジ）""")

M("cb_p6", "pass", "attachment.plain_zip",
  "暗号化されていない通常のZIP。中身は応対マニュアル・FAQで個人情報なし。",
  MORISHITA, ["安田 様 <yasuda.n@learningarc.co.jp>"],
  "応対マニュアル一式（v3.2）の送付",
  f"""安田様

森下です。先ほどお電話でお話しした応対マニュアル一式をZIPでお送りします。
（市の公開情報とデスク内部手順のみで、個人情報は含まれておりません）

改訂点は主に介護保険のFAQ（負担限度額・高額介護サービス費）です。
テキスト化の際の参考にしてください。

{S_MORISHITA}""",
  att=[A("鳴海デスク_応対マニュアル_v3.2.zip", ZIP, """[ZIP contents]
応対マニュアル_v3.2.pdf
FAQ_介護保険_2024.xlsx
FAQ_生活保護制度.xlsx
敬語チェックシート.docx
README.txt:
  本ZIPは鳴海市福祉総合コールデスクの応対マニュアル一式です。
  改訂履歴：v3.2（2024/9）介護保険FAQ 12問追加、エスカレーション基準表更新""")])

M("cb_p7", "pass", "benign.it_incident",
  "About an infected PC being isolated and a softphone outage; 'infection', 'isolation' and 'outage' refer to IT, no personal data.",
  MORISHITA, ["Mark Tan <mark.tan@lumencontact.ph>"],
  "Incident follow-up: isolated agent PC / softphone outage on 19 Sep",
  f"""Hi Mark,

Following up on yesterday's incident, here is what happened on our side:

- 09:40 JST: the endpoint agent flagged a malware infection on agent PC NRM-PC-07 (macro in a downloaded template).
- 09:43: the PC was isolated from the network; no other device showed indicators.
- 09:45-10:20: softphone outage for the whole Narumi floor while the VLAN was quarantined.
- 10:20: service restored, PC re-imaged by our IT team in the afternoon.

No customer data left the environment according to the EDR log.
Could your team confirm that the shared QA recording server (qa-rec-02) was not reachable from that VLAN during the window?
I'd like to close the incident report by Monday.

Thanks,
Aya

{S_MORISHITA}""")

minsei_bcc = ["tsuneo.hirose@gmail.com", "k-yamauchi1956@yahoo.co.jp", "akemi_ogura@docomo.ne.jp",
          "masa.kinoshita@outlook.jp", "fujie.nakano@ezweb.ne.jp", "toshiko.ban@gmail.com",
          "hiroshi.tsuda.narumi@yahoo.co.jp", "sachiyo-m@softbank.ne.jp", "kazuo.ueda48@gmail.com",
          "mariko.oishi@nifty.com", "y.kuwabara@icloud.com", "shizue-takeda@docomo.ne.jp",
          "nobuyuki.arai@gmail.com", "emiko.hayakawa@yahoo.co.jp"]
M("cb_p8", "pass", "benign.bcc_mass_mail",
  "民生委員14名への案内だが、宛先はすべてBccで互いに見えない。To は自社アドレスのみ。",
  MORISHITA, ["鳴海デスク <narumi-desk@callbridge.co.jp>"],
  "【ご案内】民生委員向け 福祉総合コールデスク説明会（10/24）",
  f"""民生委員・児童委員の皆さま
（本メールはBccで一斉にお送りしています）

いつもお世話になっております。鳴海市福祉総合コールデスクの森下です。
市福祉課と共催で、コールデスクの使い方説明会を開催いたします。

日時：10月24日（木）14:00〜15:30
会場：鳴海市総合福祉センター 2階 研修室A
内容：
　1. コールデスクで受け付けられる相談・受け付けられない相談
　2. 見守り中に気になる方がいた場合のつなぎ方
　3. 質疑応答
申込：不要（当日直接お越しください）

お車の方は福祉センター第2駐車場をご利用ください。
ご参加をお待ちしております。

{S_MORISHITA}""",
  bcc=minsei_bcc)

cb_internal = ["nakajima.yu@callbridge.co.jp", "takagi.mio@callbridge.co.jp", "ishida.ken@callbridge.co.jp",
  "yoshikawa.ai@callbridge.co.jp", "uno.takeshi@callbridge.co.jp", "hiraoka.nana@callbridge.co.jp",
  "onishi.shun@callbridge.co.jp", "okamoto.rie@callbridge.co.jp", "matsubara.kei@callbridge.co.jp",
  "fukuda.mayu@callbridge.co.jp", "morishita.aya@callbridge.co.jp", "aoki.ryota@callbridge.co.jp"]
M("cb_p9", "pass", "benign.internal_only",
  "宛先12名すべて自社ドメインのシフト連絡。外部送信なし。",
  HASEBE, cb_internal,
  "明日9/26のシフト変更",
  f"""皆さん
明日（9/26）のシフト変更です。
・石田さん 9:00→10:00入り（通院のため、本人了承済み）
・松原さん・福田さんは午前中研修のため、受電は13時から
・昼休憩は 1陣 11:30／2陣 12:15／3陣 13:00 でお願いします
朝礼は8:20開始です。
{S_HASEBE}""")
