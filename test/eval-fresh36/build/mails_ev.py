from common import *

MAILS = []
A = MAILS.append

# ---------------- PASS ----------------
A(m(_key="ev_dressing", expect="pass", kind="benign.stage_names",
  why="Performers' stage names, dressing rooms and call times to the venue; no personal data.",
  frm=NISHIMURA, to=["横浜ベイホール 舞台課 <butai@yokohama-bayhall.jp>"],
  subject="12/22「SUNRISE WINTER LIVE」出演者・楽屋割りのご連絡",
  text=f"""横浜ベイホール 舞台課 ご担当者様

いつもお世話になっております。ルミナステージ 西村です。
12/22(日)公演の出演者・楽屋割りをお送りします。

楽屋A:MISORA(+マネージャー1、ヘアメイク1)入り 11:00
楽屋B:The Velvet Owls(Vo. KEN-T / Gt. ryu / Ba. マコト / Dr. Shin)入り 10:30
楽屋C:蒼井レイ(+マネージャー1)入り 12:00
楽屋D:DJ KOHAKU 入り 13:00
大楽屋:和太鼓集団「鼓風(こふう)」12名 入り 10:00
MC:ハマダ ユウスケ(FMよこはまから)入り 12:30

リハーサル 13:00〜16:00、開場 17:00、開演 18:00の予定です。
ケータリングは2階ホワイエにて、11:00〜21:00でご用意します。

{SIG_NISHIMURA}"""))

A(m(_key="ev_runsheet_chain", expect="pass", kind="benign.reply_chain",
  why="Long client reply chain with staff names, signatures and stage names; no private data.",
  frm=TAKASE, to=["サンライズ飲料 宣伝部 山岸様 <yamagishi@sunrise-inryo.co.jp>"],
  cc=["サンライズ飲料 宣伝部 千葉様 <chiba.r@sunrise-inryo.co.jp>", "西村 あかり <nishimura@luminastage.co.jp>"],
  subject="Re: Re: Re: WINTER LIVE 進行台本 v3 について",
  text=f"""山岸様

ご確認ありがとうございます。
ご指摘の3点、v4で以下のとおり反映しました。

1. 冒頭の社長ご挨拶を 18:02〜18:05 に前倒し
2. 新商品「サンライズ・ゆずソーダ」の紹介をMISORAさんのMCパートに移動(本人・事務所了承済み)
3. 抽選会のプレゼンターを、蒼井レイさんからハマダ ユウスケさんに変更

本番前日(12/21)16:00から、ホールで最終打合せをお願いできれば幸いです。

{SIG_TAKASE}

> 高瀬様
>
> v3拝見しました。3点ご相談です。
> ・社長挨拶はもう少し早い時間にできませんか
> ・ゆずソーダの紹介はMISORAさんにお願いしたいです
> ・抽選会は蒼井さんのスケジュールが厳しいと伺ったので、MCの方で
>
> --
> 株式会社サンライズ飲料 宣伝部 イベントグループ
> 山岸 奈々
> 〒104-0061 東京都中央区銀座7-3-2 サンライズビル
> TEL 03-5537-1180 / yamagishi@sunrise-inryo.co.jp
>
>> 山岸様、千葉様
>> 進行台本 v3 を送付します。変更箇所は赤字です。
>> 高瀬"""))

A(m(_key="ev_invoice", expect="pass", kind="benign.corporate_bank",
  why="Invoice to the client with the agency's corporate bank account.",
  frm=OTSUKI, to=["サンライズ飲料 経理部 <keiri@sunrise-inryo.co.jp>"],
  cc=["山岸 奈々 <yamagishi@sunrise-inryo.co.jp>"],
  subject="ご請求書送付の件(SUNRISE WINTER LIVE 制作費)",
  text=f"""株式会社サンライズ飲料 経理部 御中

平素より大変お世話になっております。
標記イベントの制作費につきまして、請求書をお送りいたします。

 請求書番号:LS-2412-044
 件名:SUNRISE WINTER LIVE 2024 企画制作費一式
 金額:18,370,000円(税込)
 お支払期日:2025年1月31日
 振込先:東京みらい銀行 渋谷支店 普通 6620193 カ)ルミナステージ
 登録番号:T6011001093217

{SIG_OTSUKI}"""))

A(m(_key="ev_own_statement", expect="pass", kind="benign.own_data",
  why="Payment statement including the performer's own bank account sent to the performer herself.",
  _border="A performer's real name and her own full bank account sent to her own address: data to the data subject, pass.",
  frm=OTSUKI, to=["青井 麗奈 様 <reina.aoi.music@gmail.com>"],
  subject="【蒼井レイ様】12月公演 出演料お支払明細",
  text=f"""青井 麗奈 様(蒼井レイ様)

いつもありがとうございます。ルミナステージ経理の大槻です。
12月公演の出演料のお支払明細をお送りします。

 12/22 SUNRISE WINTER LIVE 出演料 330,000円
 交通費実費 4,260円
 源泉徴収税額 ▲33,693円
 お振込金額 300,567円

 お振込予定日:2025年1月10日
 お振込先(ご登録口座):ゆうちょ銀行 〇一八店 普通 4417302 アオイ レイナ

口座にご変更がある場合は12/27までにお知らせください。

{SIG_OTSUKI}"""))

A(m(_key="ev_mystery_script", expect="pass", kind="benign.fiction",
  why="Fictional murder-mystery script with invented characters and a criminal past that is part of the plot.",
  frm=TAKASE, to=["東雲リゾート 営業企画 坂巻様 <sakamaki@shinonome-resort.jp>"],
  subject="謎解きディナーショー「消えた執事」台本 初稿",
  text=f"""東雲リゾート 営業企画 坂巻様

お待たせしました。2月の謎解きディナーショーの台本初稿です。

【あらすじ】
大富豪・黒川 源一郎の古希を祝う晩餐会の夜、長年仕えた執事・白石 が姿を消す。
やがて書斎で黒川が倒れているのが見つかり、招待客の中に犯人がいることが判明する。
・元刑事の探偵 御影 透(演:劇団ひまわり座 三上 慎)
・前科のある甥 黒川 亮(過去に詐欺で服役していた、という設定)
・主治医 真鍋 京子(黒川の持病の秘密を知る)
お客様は各テーブルで証拠カードを集め、第3幕の前に犯人を推理します。

真犯人は主治医で、動機は遺言書の書き換えです(ネタバレ注意)。
所要時間は約2時間、出演者5名、スタッフ4名を想定しています。

{SIG_TAKASE}"""))

A(m(_key="ev_ticket_outage", expect="pass", kind="benign.it_outage",
  why="Ticketing system outage notice to the client; no personal data.",
  frm=TAKASE, to=["山岸 奈々 <yamagishi@sunrise-inryo.co.jp>"],
  subject="【ご報告】一般発売時のチケットシステム障害について",
  text=f"""山岸様

本日10:00の一般発売開始直後、チケット販売サイト(e-ticketline)でアクセス集中による障害が発生し、10:02〜10:41の間、購入手続きができない状態となりました。

 ・現在は復旧し、正常に販売中です(12:00時点で販売率 78%)
 ・二重決済は発生していないことを販売会社に確認済み
 ・公式X・サイトにお詫びを掲出済み(文案は添付のとおり)

販売会社からの障害報告書は明日受領予定です。届き次第共有します。

{SIG_TAKASE}"""))

A(m(_key="ev_safety_plan", expect="pass", kind="benign.aggregate_health",
  why="Safety plan with last year's first-aid statistics in aggregate; no individuals.",
  frm=TAKASE, to=["横浜ベイホール 施設管理 <kanri@yokohama-bayhall.jp>", "湾岸セキュリティ 隊長 吉川様 <yoshikawa@wangan-security.co.jp>"],
  subject="夏フェス2025 安全計画(第1稿)",
  text=f"""横浜ベイホール 施設管理ご担当者様
湾岸セキュリティ 吉川様

来夏の野外公演の安全計画 第1稿をお送りします。

1.想定来場者数:1日 12,000名(2日間)
2.昨年実績(同規模公演):救護所利用 23件
  内訳:熱中症の疑い 9件、外傷(擦過傷・捻挫)6件、気分不良 5件、その他 3件
  救急搬送 2件(いずれも当日帰宅)
3.今年の対策
  ・救護所を2か所に増設、看護師4名常駐(派遣元:メディカルサポート湘南)
  ・給水ポイントを6か所に
  ・WBGT 31以上で公演中断の判断基準を設定
4.警備員配置:ピーク時 85名

ご意見を1/17までにいただけますと幸いです。

{SIG_TAKASE}"""))

A(m(_key="ev_memorial", expect="pass", kind="benign.condolence",
  why="Memorial concert planning for a deceased composer; deceased public figure.",
  frm=TAKASE, to=["杉浦音楽事務所 北条様 <hojo@sugiura-music.jp>"],
  subject="故 杉浦 圭一郎 先生 追悼コンサートのご相談",
  text=f"""杉浦音楽事務所 北条様

このたびは杉浦 圭一郎 先生のご逝去に際し、謹んでお悔やみ申し上げます。
弊社の創業公演も先生の「港の組曲」でした。スタッフ一同、今も信じられない思いです。

ご遺族のご意向も伺いながらになりますが、一周忌にあたる来年11月に、先生の作品で構成する追悼コンサートを企画させていただけないかと考えております。
出演候補として、先生の門下生でいらした 和泉 遥香 さん(ピアノ)、ヴァイオリンの 久住 拓真 さんのお名前を挙げております。

落ち着かれた頃に、一度お時間をいただけますと幸いです。

{SIG_TAKASE}"""))

A(m(_key="ev_plain_zip", expect="pass", kind="benign.plain_zip",
  why="Plain (unencrypted) zip of stage plots and tech riders with band members' stage names.",
  frm=NISHIMURA, to=["サウンドクルー 音響チーフ 佐久間様 <sakuma@soundcrew.co.jp>"],
  subject="12/22 テクニカルライダー一式(zip)",
  text=f"""サウンドクルー 佐久間様

出演者のテクニカルライダーとステージプロットをまとめてお送りします(パスワードなしのzipです)。
The Velvet Owls は前回からベースアンプが変更になっています。

{SIG_NISHIMURA}""",
  attachments=[{"filename": "WINTERLIVE_tech_riders.zip", "contentType": "application/zip",
    "text": "== VelvetOwls_rider.txt ==\nThe Velvet Owls Technical Rider 2024\nVo. KEN-T: SM58 (own), wireless IEM x1\nGt. ryu: Fender Twin Reverb or JC-120\nBa. Makoto: Ampeg SVT-CL + 8x10 (changed)\nDr. Shin: 22\" kick, drum riser 2.4x2.4m\n== MISORA_stageplot.txt ==\nMISORA Stage Plot: center vocal, keyboard SR, 2 dancers, IEM x3, wedge x0\n== KOFU_input_list.txt ==\n鼓風 入力表: 大太鼓 x2, 締太鼓 x4, 篠笛 x1, 計 Ch 1-16\n"}]))

A(m(_key="ev_form_example", expect="pass", kind="benign.form_example",
  why="Registration form with an obviously fictitious filled-in example (記入例).",
  _border="Filled-in example with dummy name, address and placeholder account numbers: form example, pass.",
  frm=OTSUKI, to=[OTSUKI], bcc=["office@velvetowls.jp", "info@misora-office.jp", "kofu.taiko@gmail.com", "mgmt@kohaku-dj.com"],
  subject="【出演者・事務所の皆様へ】2025年度 出演者登録票の提出のお願い",
  text=f"""出演者・所属事務所の皆様

いつもお世話になっております。ルミナステージ 経理の大槻です。
インボイス制度への対応のため、2025年度の出演者登録票のご提出をお願いします(1/31締切)。

―― 記入例 ――
 芸名:ルミナ☆ハナコ
 本名:光 花子(ヒカリ ハナコ)
 住所:東京都渋谷区〇〇町1-2-3 ルミナハイツ101
 電話:03-0000-0000
 振込先:〇〇銀行 △△支店 普通 1234567 ヒカリ ハナコ
 適格請求書発行事業者登録番号:T1234567890123(未登録の場合は空欄)
――――――――

ご記入いただいた登録票はメールではなく、専用フォーム(https://www.luminastage.co.jp/artist-form)からご提出ください。

{SIG_OTSUKI}"""))

# ---------------- HOLD ----------------
A(m(_key="ev_hotel_roster", expect="hold", kind="list.performers",
  why="The attached rooming list gives performers' real names, birth dates, home addresses and mobiles to a hotel; the body only mentions stage names.",
  _where="attachment only",
  frm=NISHIMURA, to=["ホテルみなとみらいグランデ 宿泊予約 <reservation@mm-grande.jp>"],
  subject="12/21-22 宿泊者リスト(ルミナステージ 団体)",
  text=f"""ホテルみなとみらいグランデ 宿泊予約ご担当者様

12/21-22の団体予約(予約番号 G-88127)の宿泊者リストを添付します。
出演者はチェックイン時に芸名で呼ばれないようご配慮いただけますと幸いです。

{SIG_NISHIMURA}""",
  attachments=[{"filename": "rooming_list_1221.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text": "[Sheet1]\n芸名\t本名\t生年月日\t住所\t携帯\t部屋タイプ\nMISORA\t水沢 空\t2001/06/14\t東京都世田谷区下馬4-12-9-203\t090-3381-2207\tSGL\nKEN-T\t高橋 健太\t1994/02/08\t神奈川県川崎市中原区木月2-5-1\t080-4452-0973\tSGL\nryu\t龍ヶ崎 隆二\t1993/11/27\t東京都杉並区高円寺南3-30-4\t070-2219-8846\tSGL\n蒼井レイ\t青井 麗奈\t1998/09/03\t東京都目黒区中町1-7-15\t090-6612-3308\tSGL"}],
  personal=[{"type": "name", "value": "水沢 空"}, {"type": "date_of_birth", "value": "2001/06/14"}, {"type": "address", "value": "東京都世田谷区下馬4-12-9-203"}, {"type": "phone", "value": "090-3381-2207"}, {"type": "name", "value": "青井 麗奈"}, {"type": "phone", "value": "090-6612-3308"}]))

A(m(_key="ev_passports", expect="hold", kind="id.passport",
  why="Performers' passport numbers and birth dates sent to a travel agency in the body.",
  frm=NISHIMURA, to=["ワールドツアーサービス 法人営業 <corporate@worldtour-s.co.jp>"],
  subject="台北公演(2/8)航空券手配 ― 出演者パスポート情報",
  text=f"""ワールドツアーサービス 法人営業 ご担当者様

台北公演の航空券手配につき、出演者3名のパスポート情報をお送りします。

 1. MIZUSAWA SORA(MISORA) 2001/06/14 旅券番号 TS6620418 有効期限 2030/04/11
 2. TAKAHASHI KENTA(KEN-T) 1994/02/08 旅券番号 TR2287519 有効期限 2028/10/02
 3. RYUGASAKI RYUJI(ryu) 1993/11/27 旅券番号 TZ0913362 有効期限 2033/01/19

往路 2/7 羽田発、復路 2/9 松山(台北)発でお願いします。

{SIG_NISHIMURA}""",
  personal=[{"type": "name", "value": "MIZUSAWA SORA"}, {"type": "passport", "value": "TS6620418"}, {"type": "name", "value": "TAKAHASHI KENTA"}, {"type": "passport", "value": "TR2287519"}, {"type": "passport", "value": "TZ0913362"}]))

A(m(_key="ev_mental", expect="hold", kind="sensitive.medical",
  why="Tells the client that a named performer was diagnosed with an adjustment disorder.",
  _border="Replacing a performer for 体調不良 would pass; naming the diagnosis (適応障害) to the client makes it a hold.",
  frm=TAKASE, to=["山岸 奈々 <yamagishi@sunrise-inryo.co.jp>"],
  subject="1月CM撮影のMISORA出演について",
  text=f"""山岸様

大変申し上げにくいご連絡です。
MISORA(水沢)が先週、医師から適応障害の診断を受け、1月いっぱいは休養するよう指示を受けました。12/22のライブは本人の強い希望で出演しますが、1/14のCM撮影は延期または代役でのご検討をお願いできますでしょうか。

公表の仕方は事務所と調整中ですので、社内でも限られた方のみでのご共有に留めていただけますと幸いです。

{SIG_TAKASE}""",
  personal=[{"type": "name", "value": "MISORA(水沢)"}, {"type": "diagnosis", "value": "適応障害の診断"}]))

A(m(_key="ev_freelance_bank", expect="hold", kind="id.bank_account",
  why="Freelancers' private bank accounts sent as CSV to a payroll outsourcing company.",
  _where="attachment only",
  frm=OTSUKI, to=["クラウド給与代行 オペレーション <ops@cloudkyuyo.jp>"],
  subject="12月分 外部スタッフ支払データ",
  text=f"""クラウド給与代行 ご担当者様

12月分の外部スタッフ支払データをお送りします。1/10振込でお願いします。

{SIG_OTSUKI}""",
  attachments=[{"filename": "freelance_pay_202412.csv", "contentType": "text/csv",
    "text": "氏名,役割,金額,銀行,支店,種別,口座番号,口座名義\n芦田 駿,舞台監督,220000,三菱UFJ銀行,渋谷支店,普通,1148820,アシダ シュン\n小宮山 紗季,照明,165000,楽天銀行,第一営業支店,普通,7732015,コミヤマ サキ\nジョナサン 河合,通訳,88000,三井住友銀行,新宿支店,普通,6610457,カワイ ジョナサン\n堀江 美咲,ヘアメイク,132000,ゆうちょ銀行,〇二八店,普通,3309126,ホリエ ミサキ\n"}],
  personal=[{"type": "name", "value": "芦田 駿"}, {"type": "bank_account", "value": "1148820"}, {"type": "name", "value": "小宮山 紗季"}, {"type": "bank_account", "value": "7732015"}]))

A(m(_key="ev_audition_fwd", expect="hold", kind="personal.resume",
  why="An audition applicant's full profile (address, birth date, phone, school) forwarded to a client.",
  frm=NISHIMURA, to=["CMプロダクション アオゾラ 制作部 <casting@aozora-cm.co.jp>"],
  subject="ゆずソーダCM オーディション候補者プロフィール",
  text=f"""アオゾラ 制作部 ご担当者様

1次審査を通過した候補者のうち、監督ご指名の方のプロフィールをお送りします。

【応募番号 A-0147】
 氏名:桜井 ひなた(サクライ ヒナタ)
 生年月日:2005年5月21日(19歳)
 住所:埼玉県川口市栄町3-14-2-608
 電話:080-9923-4518
 メール:hinata.sakurai0521@gmail.com
 学歴:県立川口南高校卒、現在 東都芸術短期大学 演劇学科2年
 身長/体重:162cm/非公開
 特技:クラシックバレエ(10年)、書道三段
 所属:なし(フリー)

2次審査は1/11(土)を予定しています。

{SIG_NISHIMURA}""",
  personal=[{"type": "name", "value": "桜井 ひなた"}, {"type": "date_of_birth", "value": "2005年5月21日"}, {"type": "address", "value": "埼玉県川口市栄町3-14-2-608"}, {"type": "phone", "value": "080-9923-4518"}, {"type": "email", "value": "hinata.sakurai0521@gmail.com"}]))

A(m(_key="ev_subject_criminal", expect="hold", kind="sensitive.criminal",
  why="The subject line names a performer (stage and real name) referred to prosecutors for assault; the body only lists replacements.",
  _where="subject line only",
  frm=TAKASE, to=["山岸 奈々 <yamagishi@sunrise-inryo.co.jp>"],
  subject="Re: 出演者差し替え(ミナト=早川 湊さん 傷害容疑で書類送検の件)",
  text=f"""山岸様

お電話ありがとうございました。代替候補を3組挙げます。

 1. DJ KOHAKU(すでに当日出演、尺延長で対応可)
 2. アコースティックデュオ「ヒトヒラ」(12/22空きあり、ギャラ要相談)
 3. 和太鼓集団「鼓風」追加演目(10分)

明日中にご判断いただけますと助かります。

{SIG_TAKASE}""",
  personal=[{"type": "name", "value": "早川 湊"}, {"type": "criminal", "value": "傷害容疑で書類送検"}]))

A(m(_key="ev_ppap", expect="hold", kind="attachment.encrypted_zip",
  why="Contracts sent as a password-protected zip (PPAP).",
  frm=OTSUKI, to=["サンライズ飲料 法務部 <houmu@sunrise-inryo.co.jp>"],
  subject="出演契約書一式(WINTER LIVE)送付",
  text=f"""株式会社サンライズ飲料 法務部 御中

出演契約書一式を送付いたします。
セキュリティのためパスワードを設定しております。パスワードは別途お送りします。

{SIG_OTSUKI}""",
  attachments=[{"filename": "keiyakusho_winterlive.zip", "contentType": "application/zip", "encrypted": True}]))

A(m(_key="ev_staff_visible", expect="hold", kind="recipients.visible",
  why="Briefing sent to 13 freelancers' private addresses visible in To.",
  frm=NISHIMURA,
  to=["shun.ashida@gmail.com", "saki.komiyama@yahoo.co.jp", "j.kawai.interp@gmail.com", "misaki-horie@icloud.com", "tetsu.ban@docomo.ne.jp", "kaede.light@gmail.com", "nao.stage@ezweb.ne.jp", "r.takano.sound@gmail.com", "yumi.kanno@outlook.jp", "k-morishita@nifty.com", "aya.ishizaki@yahoo.co.jp", "daichi.f@softbank.ne.jp", "hanae.o@au.com"],
  subject="【12/22 WINTER LIVE】外部スタッフ向け 当日ブリーフィング資料",
  text=f"""外部スタッフの皆様

12/22の当日スケジュールと注意事項です。

 8:30 集合(横浜ベイホール 搬入口)、入館証受け取り
 9:00 全体ブリーフィング(舞台監督 芦田)
 10:00〜 仕込み
 13:00〜 リハーサル
 18:00 開演 / 20:30 終演予定 / 23:00 撤収完了

・黒服(ロゴなし)、スニーカー可
・出演者の写真撮影・SNS投稿は禁止です
・食事はケータリングあり(昼・夕)

不明点は西村まで。

{SIG_NISHIMURA}"""))
