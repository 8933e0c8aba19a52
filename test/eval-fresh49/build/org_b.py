# Org B: 東浜市 健康福祉部 高齢福祉課 (city elderly-care division)
SAEKI = "佐伯 真理子 <m-saeki@city.higashihama.example.lg.jp>"
ONO = "大野 俊介 <s-ono@city.higashihama.example.lg.jp>"
KITA = "北村 はるか <h-kitamura@city.higashihama.example.lg.jp>"

SIG_SAEKI = """――――――――――――――――――――
東浜市 健康福祉部 高齢福祉課
地域包括ケア推進係　佐伯 真理子
〒299-0101 東浜市中央一丁目1番1号（市役所本庁舎2階）
TEL 0470-00-1234（直通）　FAX 0470-00-1299
――――――――――――――――――――"""

SIG_ONO = """*******************************
東浜市役所 高齢福祉課 介護保険係
大野 俊介（おおの しゅんすけ）
電話：0470-00-1240　内線2215
s-ono@city.higashihama.example.lg.jp
*******************************"""

SIG_KITA = """----
東浜市 高齢福祉課 高齢者支援係
北村 はるか
TEL 0470-00-1251 / FAX 0470-00-1299"""

MAILS = [
# ---------- holds ----------
dict(expect="hold", kind="sensitive.health",
 why="委託先の地域包括支援センターに、氏名・住所とともに認知症の診断と服薬状況を本文で伝えている。",
 **{"from": SAEKI}, to=["東浜北地域包括支援センター 杉本様 <kita-houkatsu@higashihama-fukushikai.example.or.jp>"],
 subject="見守り依頼（北町三丁目 独居の方）",
 text="""東浜北地域包括支援センター
杉本 様

いつもお世話になっております。高齢福祉課の佐伯です。
本日、民生委員さん経由で相談のあった方について、訪問をお願いしたくご連絡します。

・氏名：望月 トシ子 様（昭和13年5月2日生、86歳）
・住所：東浜市北町三丁目8番14号
・電話：0470-00-5318
・状況：先月、東浜中央病院でアルツハイマー型認知症と診断。ドネペジルを処方されているが飲み忘れが多い。
　　　　長男は県外在住で月1回程度の来訪。

介護保険の申請はまだです。来週中に一度訪問していただき、申請支援をお願いできますでしょうか。

""" + SIG_SAEKI,
 personal=[{"type":"name","value":"望月 トシ子"},{"type":"address","value":"東浜市北町三丁目8番14号"},{"type":"diagnosis","value":"アルツハイマー型認知症と診断"}]),

dict(expect="hold", kind="id.mynumber",
 why="申請者のマイナンバーを外部の社会福祉協議会あてに本文で送っている。",
 **{"from": ONO}, to=["東浜市社会福祉協議会 生活支援課 <seikatsu@higashihama-shakyo.example.or.jp>"],
 subject="Re: 福祉用具貸与の申請者確認について",
 text="""社会福祉協議会 生活支援課
吉川様

お問い合わせの件、申請者情報を確認しました。
　申請者：山下 茂（やました しげる）様
　個人番号：1561 5880 0420
　被保険者番号：0000482915
住民登録上の住所は南浜二丁目で間違いありません。
貸与開始は12月1日からで差し支えありません。

よろしくお願いいたします。

""" + SIG_ONO + """

> 高齢福祉課 大野様
> 山下茂様の福祉用具貸与の件で、申請書の個人番号欄が空欄でした。
> ご確認いただけますでしょうか。（社協 吉川）""",
 personal=[{"type":"mynumber","value":"1561 5880 0420"},{"type":"name","value":"山下 茂"},{"type":"insurance_number","value":"0000482915"}]),

dict(expect="hold", kind="list.care_users",
 why="添付CSVに利用者の氏名・生年月日・被保険者番号・要介護度・住所が並ぶ。本文には個人情報がない。",
 **{"from": ONO}, to=["ケアプランセンターみなみ 管理者様 <info@cp-minami.example.jp>"],
 subject="住宅改修事前申請の差し戻し分について",
 text="""ケアプランセンターみなみ
管理者 様

お世話になっております。介護保険係の大野です。
10月受付の住宅改修事前申請のうち、書類不備で差し戻しとなっている分を一覧にしました。
恐れ入りますが、11月29日（金）までに再提出をお願いいたします。

""" + SIG_ONO,
 attachments=[{"filename":"差戻し一覧_202411.csv","contentType":"text/csv","text":"""受付番号,氏名,生年月日,被保険者番号,要介護度,住所,不備内容
R6-1021,小松 正雄,1939/08/21,0000391027,要介護2,東浜市南浜一丁目4-9,見積書の写真不足
R6-1034,浅野 キミ,1935/02/11,0000288514,要支援2,東浜市汐見台3-22-5,理由書の署名漏れ
R6-1047,井上 ハツエ,1942/11/30,0000517763,要介護1,東浜市南浜二丁目17-3,平面図なし
R6-1052,根本 勝,1937/06/04,0000306691,要介護3,東浜市港町5-1-12,施工前写真の日付なし"""}],
 personal=[{"type":"name","value":"小松 正雄"},{"type":"birth_date","value":"1939/08/21"},{"type":"insurance_number","value":"0000288514"}]),

dict(expect="hold", kind="attachment.encrypted_zip",
 why="パスワード付きzip（PPAP）で民生委員協議会に名簿を送っている。",
 **{"from": KITA}, to=["東浜市民生委員児童委員協議会 事務局 <jimukyoku@higashihama-minsei.example.jp>"],
 subject="避難行動要支援者名簿（令和6年度更新分）の送付",
 text="""民生委員児童委員協議会 事務局 御中

標記名簿の更新分をお送りします。
パスワードは別途お電話でお伝えします。
取扱いには十分ご注意ください。

""" + SIG_KITA,
 attachments=[{"filename":"youshiensha_R6koushin.zip","contentType":"application/zip","encrypted":True}]),

dict(expect="hold", kind="recipients.visible",
 why="ボランティア個人12名のフリーメールアドレスがToに見える形で一斉送信されている。",
 **{"from": KITA},
 to=["hiroko.tanabe55@freemail.example.com","k-shimada1952@isp-mail.example.ne.jp","yoshie.m@freemail.example.com","matsuo.taro@isp-mail.example.ne.jp","sachiko-n@webmail.example.jp","tkoyama1948@freemail.example.com","fumi.arakawa@isp-mail.example.ne.jp","nishi.kazu@webmail.example.jp","midori.h.0312@freemail.example.com","okada-sumiko@isp-mail.example.ne.jp","hamada.yoichi@webmail.example.jp","chieko.ueno@freemail.example.com"],
 subject="【ふれあいサロン】12月の開催日程とボランティアのお願い",
 text="""ふれあいサロン ボランティアの皆さま

いつもご協力ありがとうございます。高齢福祉課の北村です。
12月のサロン開催日程をお知らせします。

　12月 5日（木）10:00〜12:00　南浜公民館　クリスマス飾り作り
　12月12日（木）10:00〜12:00　汐見台集会所　脳トレ体操
　12月19日（木）13:30〜15:30　港町コミュニティセンター　歌声喫茶

お手伝いいただける日を、11月29日までにこのメールへの返信でお知らせください。
寒くなってきましたので、皆さまどうぞご自愛ください。

""" + SIG_KITA),

dict(expect="hold", kind="sensitive.crime_victim",
 why="高齢者虐待の被害者と加害が疑われる長男を特定して施設に伝えている。",
 **{"from": SAEKI}, to=["特別養護老人ホーム しおさい苑 生活相談員 内田様 <soudan@shiosaien.example.or.jp>"],
 subject="緊急一時保護のお願い（虐待対応）",
 text="""しおさい苑
生活相談員　内田 様

先ほどはお電話で失礼いたしました。高齢福祉課の佐伯です。
本日16時頃、下記の方を職員2名で搬送いたします。

　氏名：菅原 ヨシ 様（88歳、要介護2）
　現住所：東浜市港町2丁目3番7号

同居の長男（菅原 正人、54歳）からの身体的虐待が疑われ、本日、高齢者虐待防止法に基づき措置を決定しました。両腕と背中に複数のあざがあり、東浜警察署にも情報提供済みです。
長男が施設に来た場合は面会をお断りいただき、すぐに当課（夜間は市役所代表）へご連絡ください。

""" + SIG_SAEKI,
 personal=[{"type":"name","value":"菅原 ヨシ"},{"type":"name","value":"菅原 正人"},{"type":"abuse","value":"身体的虐待が疑われ"}]),

dict(expect="hold", kind="sensitive.health",
 why="本文は配食の依頼だけだが、転送されたケアマネの文面に利用者の氏名・住所と透析・糖尿病が書かれている。",
 **{"from": KITA}, to=["まごころ配食サービス 東浜営業所 <higashihama@magokoro-haishoku.example.jp>"],
 subject="Fw: 配食サービス利用開始の件",
 text="""まごころ配食サービス ご担当者様

下記の方の配食サービス開始について、ケアマネジャーから連絡がありました。
内容をご確認のうえ、初回配達日のご連絡をお願いします。

""" + SIG_KITA + """

-------- Original Message --------
差出人: 高畑（居宅介護支援事業所はまかぜ）<takahata@cm-hamakaze.example.jp>
日時: 2024年11月18日 9:42
宛先: 北村 はるか
件名: 配食サービス利用開始の件

北村さん
先日相談した 三宅 貞夫さん（東浜市汐見台1-5-30、電話0470-00-7762）ですが、
週3回の人工透析（糖尿病性腎症）が始まったため、透析日以外の昼食を配食でお願いしたいです。
塩分6g未満・たんぱく制限食、カリウム制限ありです。
月・水・金が透析日なので火・木・土の昼でお願いします。
高畑""",
 personal=[{"type":"name","value":"三宅 貞夫"},{"type":"diagnosis","value":"人工透析（糖尿病性腎症）"},{"type":"address","value":"東浜市汐見台1-5-30"}]),

dict(expect="hold", kind="sensitive.health",
 why="件名だけに利用者の実名と認知症・要介護度が入っている。本文には個人情報がない。",
 **{"from": SAEKI}, to=["グループホームあさなぎ 管理者様 <asanagi@gh-asanagi.example.jp>"],
 subject="緊急ショートステイ受入れのお願い：竹内 ハル様（要介護3・レビー小体型認知症）",
 text="""グループホームあさなぎ
管理者 様

標記の件、先ほどお電話でお話しした内容のとおりです。
明日10時に担当ケアマネと一緒に伺いますので、よろしくお願いいたします。

""" + SIG_SAEKI,
 personal=[{"type":"name","value":"竹内 ハル"},{"type":"diagnosis","value":"レビー小体型認知症"}]),

dict(expect="hold", kind="list.roster",
 why="敬老祝い品の発送先として、対象者の氏名・生年月日・住所の一覧を外部の配送業者に本文で送っている。",
 **{"from": KITA}, to=["東浜ギフト株式会社 発送担当 <hassou@higashihama-gift.example.co.jp>"],
 subject="百寿祝い品 発送先リスト（第2便）",
 text="""東浜ギフト株式会社
発送ご担当 様

百寿祝い品（記念品・祝状）の第2便の発送先をお送りします。12月2日着でお願いします。

| No | 氏名 | 生年月日 | 住所 | 電話 |
|----|------|----------|------|------|
| 1 | 石川 フミ | 大正13年4月9日 | 東浜市北町1-2-18 | 0470-00-3391 |
| 2 | 大塚 ツル | 大正13年6月30日 | 東浜市港町4-11-2 ハイツ港町102 | 0470-00-8824 |
| 3 | 戸田 清一 | 大正13年7月15日 | 東浜市汐見台2-7-41 | 0470-00-5107 |
| 4 | 松井 ハナ | 大正13年9月3日 | 東浜市南浜三丁目22-6 | 0470-00-2265 |

施設入所中の方はおりません。不在の場合は当課までご連絡ください。

""" + SIG_KITA,
 personal=[{"type":"name","value":"石川 フミ"},{"type":"address","value":"東浜市港町4-11-2 ハイツ港町102"},{"type":"phone","value":"0470-00-5107"}]),

dict(expect="hold", kind="personal.complaint_forward",
 why="近隣住民からの苦情を、苦情者の氏名・住所・電話番号ごと外部の清掃業者に転送している。",
 **{"from": ONO}, to=["クリーンサービス東浜 工藤様 <kudo@clean-higashihama.example.jp>"],
 subject="Fwd: 南浜二丁目の住宅のごみについて（市民の声）",
 text="""クリーンサービス東浜
工藤 様

先日ご相談した南浜二丁目の件、市民の声窓口に届いた苦情を転送します。
見積りの参考にしてください。

""" + SIG_ONO + """

---------- Forwarded message ---------
From: 市民の声受付フォーム <koe-form@city.higashihama.example.lg.jp>
件名: 【市民の声】隣家のごみについて

投稿者氏名：江口 美穂
住所：東浜市南浜二丁目9番3号
電話：080-0000-4471
メール：miho.eguchi@freemail.example.com
内容：隣の高齢の男性宅の庭にごみ袋が山積みで、夏から悪臭とハエがひどいです。本人に言っても聞いてもらえません。市で何とかしてください。私が通報したことは本人に言わないでください。""",
 personal=[{"type":"name","value":"江口 美穂"},{"type":"address","value":"東浜市南浜二丁目9番3号"},{"type":"phone","value":"080-0000-4471"}]),

# ---------- passes ----------
dict(expect="pass", kind="benign.aggregate_infection",
 why="施設内の感染状況を人数のみで伝える面会制限の通知で、個人は特定できない。",
 **{"from": SAEKI}, bcc=["shisetsu-ml@city.higashihama.example.lg.jp"], to=["市内介護施設 各位 <kaigo-info@city.higashihama.example.lg.jp>"],
 subject="【注意喚起】市内高齢者施設におけるインフルエンザ感染拡大と面会制限について",
 text="""市内介護施設 管理者 各位

11月第3週、市内の高齢者施設5か所でインフルエンザの集団感染が報告され、入所者・職員あわせて計37名が感染しました（うち入院2名）。
つきましては、各施設において以下の対応をご検討ください。

1. 面会は当面、予約制・15分以内・1回2名までとする
2. 発熱等の症状がある方の面会はお断りする
3. 感染者が出た場合は、該当フロアを隔離対応とし、保健所へ報告する

高齢者インフルエンザ定期予防接種（自己負担1,500円）は12月27日までです。入所者の接種状況の確認もお願いいたします。

""" + SIG_SAEKI),

dict(expect="pass", kind="benign.meeting",
 why="地域ケア会議の日程調整で、職員名と業務連絡先だけが並ぶ。",
 **{"from": SAEKI}, to=["東浜北地域包括支援センター 杉本様 <kita-houkatsu@higashihama-fukushikai.example.or.jp>","東浜南地域包括支援センター 荻野様 <minami-houkatsu@higashihama-fukushikai.example.or.jp>"],
 subject="Re: 地域ケア推進会議（12月）の日程",
 text="""杉本様、荻野様

ご回答ありがとうございました。
12月10日（火）14:00〜16:00、市役所本庁舎5階 第3会議室で確定とします。
当日は、東浜中央病院の地域連携室 中島さん、薬剤師会の川口先生にもご参加いただく予定です。

議題（案）
・今年度の個別ケース会議から見えた地域課題の整理
・移動支援（買い物バス）の試行について
・来年度の認知症サポーター養成講座の計画

資料は12月5日までにお送りします。

""" + SIG_SAEKI + """

> 佐伯様
> 12月10日午後であれば北・南とも出席可能です。
> 東浜北 杉本／東浜南 荻野"""),

dict(expect="pass", kind="benign.data_subject_self",
 why="講師本人に謝礼額と下4桁のみの口座を伝えるもので、本人あての連絡。",
 **{"from": KITA}, to=["柳田 康子 <yanagida.yasuko@isp-mail.example.ne.jp>"],
 subject="介護予防教室 講師謝礼のお振込みについて",
 text="""柳田 康子 先生

先日は「転ばないための足腰づくり」教室でご講演いただき、ありがとうございました。参加者アンケートでも大変好評でした。

講師謝礼を下記のとおりお振込みいたします。
　謝礼額：20,000円（源泉所得税 2,042円 控除後 17,958円）
　振込予定日：12月13日（金）
　振込先：ご登録の口座（○○銀行 普通 ****3817）

振込先に変更がある場合は、12月6日までにお知らせください。
今後ともどうぞよろしくお願いいたします。

""" + SIG_KITA),

dict(expect="pass", kind="benign.vaccination_schedule",
 why="予防接種の日程と人数の集計だけで、個人情報はない。",
 **{"from": ONO}, to=["東浜市医師会 事務局 <jimu@higashihama-ishikai.example.or.jp>"],
 subject="高齢者肺炎球菌・インフルエンザ定期接種 実績報告（10月分）",
 text="""東浜市医師会 事務局 御中

10月分の定期接種実績（速報）をお知らせします。

　インフルエンザ（65歳以上）：接種者 6,418人（対象者の 31.2%）
　新型コロナ（65歳以上）　　：接種者 2,905人（同 14.1%）
　肺炎球菌（65歳）　　　　　：接種者 212人（同 18.7%）

医療機関別の請求件数は、来週の連絡会で資料としてお配りします。
ワクチンの供給不足の報告は現在ありません。

""" + SIG_ONO),

dict(expect="pass", kind="benign.corporate_number",
 why="委託業者の法人番号・登録番号は会社の番号で、個人の番号ではない。",
 **{"from": ONO}, to=["株式会社ライフリンク東浜 総務部 <soumu@lifelink-higashihama.example.co.jp>"],
 subject="緊急通報システム運用業務委託 契約書案の確認依頼",
 text="""株式会社ライフリンク東浜
総務部 ご担当者様

標記業務の令和7年度契約書案をお送りします。
以下の記載事項をご確認ください。

　受託者：株式会社ライフリンク東浜
　法人番号：4010401087326
　適格請求書発行事業者登録番号：T4010401087326
　契約期間：令和7年4月1日〜令和8年3月31日
　委託料：月額 1,386,000円（税込）

修正点があれば12月6日までにお知らせください。

""" + SIG_ONO),

dict(expect="pass", kind="benign.bcc_mass",
 why="事業所向けの一斉案内をBccで送っており、宛先は見えない。",
 **{"from": ONO}, to=["高齢福祉課 介護保険係 <kaigohoken@city.higashihama.example.lg.jp>"],
 bcc=["jigyousho01@care-a.example.jp","office@care-b.example.jp","info@care-c.example.jp","kanri@care-d.example.jp","jimu@care-e.example.jp","soumu@care-f.example.jp","center@care-g.example.jp","hello@care-h.example.jp","info@care-i.example.jp","office@care-j.example.jp","kanri@care-k.example.jp","honbu@care-l.example.jp"],
 subject="【ご案内】令和6年度 介護サービス事業者集団指導の実施について",
 text="""市内介護サービス事業所 管理者 各位
（本メールはBccで一斉送信しています）

令和6年度の集団指導を下記のとおり実施します。

日時：令和7年1月23日（木）13:30〜16:00
会場：東浜市民会館 大ホール（オンライン同時配信あり）
内容：運営指導における主な指摘事項、BCP・虐待防止措置の義務化への対応、処遇改善加算の一本化について

出席申込は1月10日までに電子申請フォームからお願いします。

""" + SIG_ONO),

dict(expect="pass", kind="benign.it_outage",
 why="「障害」「感染」はシステム障害とウイルスのことで、人の健康情報ではない。",
 **{"from": ONO}, to=["東浜北地域包括支援センター <kita-houkatsu@higashihama-fukushikai.example.or.jp>","東浜南地域包括支援センター <minami-houkatsu@higashihama-fukushikai.example.or.jp>"],
 subject="【復旧】介護保険システム障害のお知らせ（11/21）",
 text="""地域包括支援センター 各位

11月21日（木）9時頃から発生していた介護保険システムの障害は、14時20分に復旧しました。
原因は、ベンダー側の中継サーバーがウイルスに感染したことによる通信遮断で、当該サーバーは隔離済みです。市のデータに影響はないとの報告を受けています。

障害中に受付できなかった認定申請・届出は、本日中にシステム入力します。
ご迷惑をおかけし申し訳ございませんでした。

""" + SIG_ONO),

dict(expect="pass", kind="benign.public_figure",
 why="市長や市議会議員など公人の視察日程で、要配慮情報はない。",
 **{"from": SAEKI}, to=["特別養護老人ホーム しおさい苑 施設長 <shisetsucho@shiosaien.example.or.jp>"],
 subject="市長視察（12/16）の行程について",
 text="""しおさい苑
施設長 様

先日ご快諾いただいた市長視察の行程をお知らせします。

　12月16日（月）
　10:00　到着（市長 早川 誠一、副市長 山内 和子、市議会厚生委員長 岡部 卓也 議員）
　10:05　施設長より概要説明（15分）
　10:20　見守りセンサー導入フロアの見学（入居者の方の撮影は行いません）
　10:50　介護職員との意見交換
　11:20　出発

広報課のカメラマンが同行します。入居者の方が写り込まないよう配慮いたします。

""" + SIG_SAEKI),

dict(expect="pass", kind="benign.religious_corp_venue",
 why="宗教法人は会場の貸主として出てくるだけで、個人の信仰に関する情報ではない。",
 **{"from": KITA}, to=["宗教法人 浄願寺 寺務所 <jimusho@jougan-ji.example.or.jp>"],
 subject="ふれあいサロン会場使用のお礼と次年度のご相談",
 text="""宗教法人 浄願寺
寺務所 御中

今年度も本堂横の客殿を「北町ふれあいサロン」の会場としてお貸しいただき、ありがとうございました。
毎回20名前後の方が参加され、住職の法話の時間も楽しみにされているようです。

次年度（令和7年4月〜）も、第2・第4水曜日の午前中に使用させていただけないでしょうか。
会場使用料（1回5,000円）はこれまでどおり、寺院名義の口座へお振込みします。

""" + SIG_KITA),

dict(expect="pass", kind="benign.applicant_status",
 why="代理で申請した息子本人からの問い合わせに、受付日と進み具合だけを答えており、病名や認定内容は書いていない。",
 **{"from": ONO}, to=["関口 博之 <sekiguchi.h@freemail.example.com>"],
 subject="Re: 父の要介護認定申請の進み具合について",
 text="""関口 博之 様

お問い合わせありがとうございます。高齢福祉課 介護保険係の大野です。

ご本人（お父様）の申請は10月28日に受け付けており（受付番号 R6-3318）、訪問調査は11月12日に完了しています。
現在、主治医意見書の到着を待っている段階です。届き次第、12月の認定審査会にかける予定で、結果は12月下旬に郵送でお知らせします。

審査の内容については、申請者ご本人あての通知をご確認ください。

""" + SIG_ONO + """

> 高齢福祉課ご担当者様
> 10月末に父（関口 昭）の要介護認定を申請しましたが、結果はいつ頃になりますか。
> 代理で申請した息子の関口です。"""),
]
