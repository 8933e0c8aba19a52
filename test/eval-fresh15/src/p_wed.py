from common import *
SAISHI = "アトリエ彩紙 制作部 小野 様 <ono@saishi-print.jp>"
LUPINUS = "花工房ルピナス 高瀬 様 <takase@lupinus-flower.jp>"

M("vl_h1", "hold", "roster.guests",
  "招待状の宛名印字用に、ゲスト10名の氏名・郵便番号・住所を外部の印刷会社へ送っている。",
  SHIRAISHI, [SAISHI],
  "招待状 宛名印字データ（11/9 工藤家・森本家）",
  f"""アトリエ彩紙
小野様

いつもお世話になっております。ヴィラ・ルミエール葉山の白石です。
11/9挙式 工藤家・森本家の招待状 宛名印字データをお送りします。
先日サンプルでご確認いただいた書体（楷書・縦書き）でお願いします。
今回は第1弾の10件です。残りはお二人の確認が終わり次第お送りします。

{S_SHIRAISHI}""",
  att=[A("宛名データ_工藤森本家_第1弾.csv", CSV, """区分,氏名,敬称,郵便番号,住所1,住所2,連名
新郎側,工藤 昭雄,様,251-0024,神奈川県藤沢市鵠沼橘1-14-8,,工藤 和子
新郎側,工藤 真一,様,150-0011,東京都渋谷区東3-22-5,パークアベニュー渋谷東506,
新郎側,長谷川 翼,様,231-0023,神奈川県横浜市中区山下町112-3,ライオンズ山下公園1104,
新郎側,野村 健太郎,様,182-0024,東京都調布市布田2-40-1,,野村 綾
新郎側,清水 大地,様,220-0012,神奈川県横浜市西区みなとみらい5-3-1,MMタワー2207,
新婦側,森本 宏,様,321-0953,栃木県宇都宮市東宿郷4-7-11,,森本 美智子
新婦側,森本 彩花,様,330-0854,埼玉県さいたま市大宮区桜木町1-9-6,大宮グランハイツ803,
新婦側,川島 結衣,様,238-0013,神奈川県横須賀市平成町2-5-3,,
新婦側,藤井 舞,様,105-0014,東京都港区芝3-18-2,シティハウス芝1201,
新婦側,小林 千夏,様,260-0013,千葉県千葉市中央区中央3-10-4,,
""")],
  personal=[("name", "工藤 昭雄"), ("address", "神奈川県藤沢市鵠沼橘1-14-8"), ("name", "森本 宏"), ("address", "栃木県宇都宮市東宿郷4-7-11"),
            ("name", "川島 結衣"), ("name", "藤井 舞"), ("name", "小林 千夏")])

M("vl_h2", "hold", "sensitive.health",
  "ゲスト個人ごとの食物アレルギー（アナフィラキシー歴を含む）を氏名付きで外部のパティスリーへ送付。",
  SHIRAISHI, ["パティスリー・ミモザ 村上 様 <murakami@patisserie-mimosa.jp>"],
  "デザートビュッフェ アレルギー対応のお願い（10/12 三宅家・柴田家）",
  f"""パティスリー・ミモザ
村上様

いつもありがとうございます。ヴィラ・ルミエール葉山の白石です。
10/12 三宅家・柴田家のデザートビュッフェについて、アレルギー対応のお願いです。
以下の方には個別プレートをご用意いただき、卓番の札を付けてお届けください。

　A卓　柴田 雅人 様　　卵（アナフィラキシー歴あり、エピペン携帯）
　C卓　三宅 小春 様（7歳） 乳・小麦
　F卓　岩田 恭子 様　　ナッツ類全般
　F卓　岩田 蒼 様（4歳） 卵・乳

ビュッフェ台の本体にもナッツを使わない構成にしていただけると安心です。
当日の搬入は14:30でお願いします。

{S_SHIRAISHI}""",
  personal=[("name", "柴田 雅人"), ("health", "卵（アナフィラキシー歴あり、エピペン携帯）"), ("name", "三宅 小春"),
            ("name", "岩田 恭子"), ("name", "岩田 蒼")])

M("vl_h3", "hold", "id.passport",
  "Rooming list for overseas guests with passport numbers and dates of birth sent to an outside travel agent.",
  OTSUKI, ["Sophie Grant <sophie@aussieweddingtravel.com.au>"],
  "Rooming list - Whitmore/Sakai wedding, 16 Nov (passport details for hotel registration)",
  f"""Dear Sophie,

Thank you for coordinating the guests travelling from Brisbane. Below is the rooming list for
Hayama Bay Hotel (16-18 Nov). Japanese hotels must record passport details of foreign guests,
so the hotel asked us to collect them in advance.

Room 1  WHITMORE, Graham   DOB 1961-04-03  Passport PA4418273 (AUS)
        WHITMORE, Susan    DOB 1963-10-21  Passport PA4418291 (AUS)
Room 2  WHITMORE, Oliver   DOB 1992-07-14  Passport PB0927315 (AUS)
Room 3  McKENZIE, Claire   DOB 1990-02-28  Passport PC3381046 (AUS)
        McKENZIE, Ryan     DOB 1989-12-09  Passport PC3381054 (AUS)

Airport transfers from Haneda are booked for the 16th at 15:00. Please let me know of any changes.

Kind regards,

{S_OTSUKI}""",
  personal=[("name", "WHITMORE, Graham"), ("birthdate", "DOB 1961-04-03"), ("passport", "PA4418273"), ("name", "WHITMORE, Susan"),
            ("passport", "PA4418291"), ("name", "McKENZIE, Claire"), ("passport", "PC3381046")])

M("vl_h4", "hold", "sensitive.medical",
  "新郎の父の氏名・人工透析・車椅子使用と自宅住所を外部のハイヤー会社へ送付。",
  SHIRAISHI, ["葉山ハイヤー 配車係 <haisha@hayama-hire.jp>"],
  "10/5 送迎のご依頼（車椅子対応車）",
  f"""葉山ハイヤー 配車係 ご担当者様

いつもお世話になっております。ヴィラ・ルミエール葉山の白石です。
10/5（土）の挙式に伴う送迎をお願いいたします。

　ご利用者：坂上 茂 様（新郎のお父様）
　お迎え先：横須賀市長沢3-22-14（ご自宅）
　お迎え時刻：9:30　→ 当館着 10:15 目安
　お帰り：16:30 当館発 → ご自宅

坂上様は人工透析中で、長時間の座位がお辛いため車椅子をご利用です。
リクライニング可能な車椅子対応車でお願いいたします。
透析は前日に済ませておられるとのことです。

{S_SHIRAISHI}""",
  personal=[("name", "坂上 茂"), ("address", "横須賀市長沢3-22-14"), ("health", "人工透析中"), ("disability", "車椅子をご利用")])

M("vl_h5", "hold", "id.residence_card",
  "アルバイト候補（外国籍）の在留カード番号・在留資格・生年月日を外部の派遣会社へ送付。",
  OTSUKI, ["ベイサイドスタッフ 営業 杉村 様 <sugimura@bayside-staff.co.jp>"],
  "配膳スタッフ追加の件（11月繁忙期）",
  f"""株式会社ベイサイドスタッフ
杉村 様

お世話になっております。ヴィラ・ルミエール葉山 支配人の大槻です。
11月の繁忙期に向けて、当館で直接応募のあった方を貴社経由で登録いただく件、
ご本人の同意をいただきましたので情報をお送りします。

　氏名：グエン・ティ・ラン（NGUYEN THI LAN）
　生年月日：2001年7月19日
　国籍：ベトナム
　在留カード番号：AB48203917CD
　在留資格：留学（有効期限 2026年3月31日）
　資格外活動許可：あり（週28時間以内）
　住所：横須賀市若松町1-7-3 ハイツ若松202

週末中心に月60時間程度を想定しております。
登録手続き完了後、11/2からシフトに入っていただく予定です。

{S_OTSUKI}""",
  personal=[("name", "グエン・ティ・ラン"), ("birthdate", "2001年7月19日"), ("idnumber", "AB48203917CD"),
            ("address", "横須賀市若松町1-7-3 ハイツ若松202")])

M("vl_h6", "hold", "sensitive.religion",
  "新婦家族の信仰（エホバの証人）を氏名付きで外部の司会者へ伝えている。",
  SHIRAISHI, ["野田 さやか 様 <sayaka.noda.mc@gmail.com>"],
  "打合せメモ共有（10/19 三宅家・柴田家 → 10/26 河野家・上原家）",
  f"""野田さん

お疲れさまです、白石です。
10/26 河野家・上原家の打合せメモを共有します。司会進行の参考にしてください。

・新郎：河野 拓海 様　新婦：上原 菜々子 様
・新婦のご両親（上原 隆・上原 敦子 様）はエホバの証人の信者のため、
　乾杯はノンアルコールで「乾杯」の発声なし（「おめでとうございます」で）
　国歌・万歳三唱・キャンドルサービスの宗教的演出はなし
・新郎側は特に制限なし。余興は大学の友人バンド（3曲）
・お開きは15:30厳守（新婦側ご親族が夕方の集会に出席予定のため）

ご不明点があればLINEでも大丈夫です。

{S_SHIRAISHI}""",
  personal=[("name", "上原 菜々子"), ("name", "上原 隆"), ("name", "上原 敦子"), ("religion", "エホバの証人の信者")])

couples_addr = ["yuki.tanaka.wedding@gmail.com", "rina_0828@yahoo.co.jp", "kosuke.abe@icloud.com",
           "haruka-m@docomo.ne.jp", "s.fujiwara.1995@gmail.com", "marina.kondo@outlook.jp",
           "takumi.sasaki0711@gmail.com", "ayano-k@ezweb.ne.jp", "daiki.morioka@yahoo.co.jp",
           "mai.hosokawa@gmail.com", "ren.ichikawa@icloud.com", "natsuki_y@softbank.ne.jp"]
couples = [f'{n} <{a}>' for n,a in zip(['田中 優希', 'Rina', '阿部 康介', 'はるか', '藤原 翔', '近藤 真里奈', '佐々木 拓海', '綾乃', '森岡 大樹', '細川 舞', '市川 蓮', '吉村 夏希'], couples_addr)]
M("vl_h7", "hold", "recipients.exposed",
  "見学希望の12組の個人アドレスをToに並べて一斉送信しており、お互いに見えてしまう。",
  SHIRAISHI, couples,
  "【ヴィラ・ルミエール葉山】11/3 ブライダルフェアのご案内",
  f"""この度はヴィラ・ルミエール葉山の資料をご請求いただき、誠にありがとうございます。

11/3（日・祝）に、秋の特別ブライダルフェアを開催いたします。
・模擬挙式（海を望むガーデンチャペル）
・フルコース無料試食（シェフによる新メニュー）
・ドレス試着会（ブライダルサロン・エクラ協賛）

ご予約は当館ウェブサイト、またはお電話（046-875-3320）で承ります。
皆さまのご来館を心よりお待ちしております。

{S_SHIRAISHI}""",
  )

M("vl_h8", "hold", "id.bank_account",
  "外部MC・音響スタッフ（個人事業主）の住所・個人口座・報酬の一覧を会計事務所へ送付。",
  OTSUKI, ["小松会計事務所 担当 平田 様 <hirata@komatsu-kaikei.jp>"],
  "9月分 外部スタッフ（MC・音響）報酬支払一覧",
  f"""小松会計事務所
平田 様

お世話になっております。ヴィラ・ルミエール葉山の大槻です。
9月分の外部スタッフ報酬の支払一覧を添付いたします。
源泉徴収額の確認と、振込データの作成をお願いいたします。振込日は10/10です。

{S_OTSUKI}""",
  att=[A("外部スタッフ報酬_202409.xlsx", XLSX, """氏名\t業務\t住所\t金融機関\t口座\t件数\t報酬\t源泉徴収
野田 さやか\tMC\t神奈川県逗子市桜山5-11-2\t湘南いぶき信用金庫 逗子支店\t普通 0382146\t6\t180,000\t18,378
高梨 圭\tMC\t神奈川県鎌倉市大船2-9-18-401\tゆうちょ銀行 〇二八店\t普通 4410953\t4\t120,000\t12,252
大塚 勇気\t音響\t神奈川県横須賀市汐入町4-2-7\t東京第一銀行 横須賀支店\t普通 7730218\t9\t225,000\t22,972
ミラー・ジェイコブ\tバイオリン演奏\t神奈川県三浦郡葉山町一色1522\t湘南いぶき信用金庫 葉山支店\t普通 0519087\t3\t90,000\t9,189""")],
  personal=[("name", "野田 さやか"), ("address", "神奈川県逗子市桜山5-11-2"), ("account", "普通 0382146"),
            ("name", "高梨 圭"), ("account", "普通 4410953"), ("name", "大塚 勇気"), ("name", "ミラー・ジェイコブ"), ("pay", "180,000")])

M("vl_h9", "hold", "roster.guests",
  "本文は席次表のつもりだが、添付3点のうち1つがゲストの住所・電話付き一覧（取り違え）で、外部の花屋へ送られる。",
  SHIRAISHI, [LUPINUS],
  "10/26 河野家・上原家 装花打合せ資料",
  f"""花工房ルピナス
高瀬様

いつもお世話になっております。白石です。
10/26 河野家・上原家の装花打合せ資料をお送りします。
装花イメージ、会場レイアウト、席次表の3点です。
卓数は最終で9卓になりました。高砂はお二人のご希望でグリーン多めの横長でお願いします。

{S_SHIRAISHI}""",
  att=[A("装花イメージ_河野上原家.pdf", PDF, """装花イメージ　テーマ：Botanical Garden
高砂：ユーカリ・スモークツリー・白バラ（横長 180cm）
ゲスト卓：ラウンド9卓 各卓 グリーン＋アジサイ（アンティークカラー）"""),
       A("会場レイアウト_メインホール.pdf", PDF, """メインホール レイアウト　ゲスト卓 A〜I（9卓）高砂 1　ケーキ台 1　受付 1"""),
       A("ゲスト一覧_河野上原家.xlsx", XLSX, """卓\t氏名\t関係\t住所\t電話
A\t河野 直樹\t新郎父\t神奈川県横浜市栄区小菅ケ谷2-14-9\t045-892-3317
A\t河野 典子\t新郎母\t神奈川県横浜市栄区小菅ケ谷2-14-9\t045-892-3317
B\t宮下 隼\t新郎友人\t東京都目黒区中町1-30-5-203\t090-5526-8804
C\t上原 隆\t新婦父\t千葉県船橋市本町6-3-22\t047-433-2958
D\t坂井 沙耶\t新婦友人\t東京都江東区豊洲4-8-1-1507\t080-9913-2716
E\t田辺 陽介\t新郎上司\t東京都世田谷区太子堂3-11-4\t03-3421-7785""")],
  personal=[("name", "河野 直樹"), ("address", "神奈川県横浜市栄区小菅ケ谷2-14-9"), ("phone", "045-892-3317"),
            ("name", "宮下 隼"), ("name", "坂井 沙耶"), ("phone", "080-9913-2716"), ("name", "田辺 陽介")])

# ---------- passes ----------
M("vl_p1", "pass", "benign.condolence",
  "取引先の先代社長逝去へのお悔やみ。故人と取引先担当者の名前のみ。",
  OTSUKI, [LUPINUS],
  "ご尊父様ご逝去のお悔やみ",
  f"""花工房ルピナス
代表 高瀬 和也 様

このたびは、ご尊父 高瀬 善一 様（前代表）のご逝去の報に接し、
心よりお悔やみ申し上げます。

当館開業の際には、善一様自ら何度も足をお運びくださり、
チャペルの装花を一からご一緒に作り上げていただきました。
今も当館の花の設えには、善一様に教わったことが生きております。

ご葬儀はご家族で執り行われるとのこと、略儀ながらメールにて失礼いたします。
ご家族の皆様もどうかご自愛くださいませ。
当面の打合せ等は、ご無理のない範囲でお気遣いなく進めさせていただければと存じます。

謹んでご冥福をお祈り申し上げます。

{S_OTSUKI}""")

M("vl_p2", "pass", "benign.own_data",
  "新郎新婦ご本人へのお見積り送付。本人たちの氏名・住所・人数のみで、本人に返している。",
  SHIRAISHI, ["河野 拓海 様 <takumi.kono.0503@gmail.com>"], 
  "【ヴィラ・ルミエール葉山】お見積書（改訂版）をお送りします",
  f"""河野 拓海 様
上原 菜々子 様

先日はお打合せにお越しいただき、ありがとうございました。
ご相談いただいた内容を反映したお見積書（改訂版）をお送りいたします。

主な変更点
・ご列席者 62名 → 58名
・お料理 コース「Mer」→「Soleil」へアップグレード
・フラワーシャワーを追加
・引出物 宅配サービス（ゲストのご自宅へ直送）を追加

お見積額は 3,284,600円（税込）となりました。
次回（10/6）はドレスの最終フィッティングと、席次のご相談をさせてください。

{S_SHIRAISHI}""",
  cc=["上原 菜々子 様 <nanako.uehara@icloud.com>"],
  att=[A("お見積書_河野様上原様_改訂2.pdf", PDF, """御見積書（改訂2） 2024年9月22日
河野 拓海 様・上原 菜々子 様
ご住所 神奈川県横浜市港南区上大岡西1-6-12 ルミナス上大岡905
挙式日 2024年10月26日（土） 11:00 ガーデンチャペル / 披露宴 12:30 メインホール
ご列席 58名
挙式料 220,000 / 料理 Soleil 58名 1,102,000 / 飲物 348,000 / 会場費 300,000 / 装花 286,000 ...
合計 3,284,600円（税込） 内金 200,000円 お支払済""")])

M("vl_p3", "pass", "benign.own_data",
  "Booking confirmation sent to the couple themselves; their own details and a masked card only.",
  OTSUKI, ["Emily Whitmore <emily.whitmore@outlook.com>", "Daisuke Sakai <d.sakai.bne@gmail.com>"],
  "Your wedding at Villa Lumière Hayama - booking confirmation (16 Nov 2024)",
  f"""Dear Emily and Daisuke,

Thank you again for choosing Villa Lumière Hayama. This email confirms your booking:

  Date: Saturday 16 November 2024
  Ceremony: 11:30, Garden Chapel (English-speaking celebrant)
  Reception: 13:00-16:00, Ocean Terrace, 34 guests
  Couple's contact on file: 22 Latrobe Terrace, Paddington QLD 4064 / +61 412 887 305
  Deposit: JPY 300,000 received on 2 September (Visa ending 4242)
  Balance due: 1 November 2024

Your planner, Rena Shiraishi, will send the menu tasting options next week.
We look forward to welcoming you and your families.

Warm regards,

{S_OTSUKI}""")

M("vl_p4", "pass", "benign.minutes",
  "協力会社との定例会議の議事録。各社担当者の名前だけで、顧客の個人情報はない。",
  SHIRAISHI, [LUPINUS, "フォトスタジオ・アルバ 中川 様 <nakagawa@photo-alba.jp>", "ブライダルサロン・エクラ 吉田 様 <yoshida@eclat-bridal.jp>"],
  "10月協力会社定例 議事録",
  f"""協力会社の皆さま

お疲れさまです。ヴィラ・ルミエール葉山の白石です。
10/1の定例会議の議事録をお送りします。

出席：高瀬様（ルピナス）、中川様（アルバ）、吉田様（エクラ）、
　　　当館 大槻・白石・料飲 石原・キッチン 宮本

1. 11月の施行数：14件（うち海外ゲスト中心 2件）。11/16は英語対応スタッフを増員
2. ガーデンチャペルの照明工事（10/21〜10/23）→ 撮影は室内チャペルで代替
3. 台風時の判断基準：前日15時に大槻が実施可否を決定し、各社へ連絡
4. 写真データ納品の保管期間を1年→3年に延長（アルバ様）
5. 次回定例：11/5（火）10:00〜

修正があれば今週中にご連絡ください。

{S_SHIRAISHI}""",
  cc=[OTSUKI])

M("vl_p5", "pass", "benign.aggregate_statistics",
  "年間の施行実績の集計（件数・平均人数・アレルギー対応件数）のみで、個人は特定されない。",
  OTSUKI, ["編集部 <editor@wedding-journal-kanagawa.jp>"],
  "取材アンケート回答（2023年実績）",
  f"""ウェディングジャーナル神奈川 編集部 御中

ヴィラ・ルミエール葉山の大槻でございます。
先日ご依頼いただきました会場アンケートに回答いたします。

・2023年 挙式件数：214件（前年比 +9%）
・平均列席者数：62.4名
・海外からのゲストを含む施行：31件
・食物アレルギー個別対応：延べ487名分（うち重篤なアレルギーへの完全除去対応 22名分）
・車椅子ご利用ゲストへの対応：38件
・人気の季節：10月（28件）、11月（26件）

ご掲載の際は、原稿を事前に拝見できますと幸いです。

{S_OTSUKI}""")

M("vl_p6", "pass", "benign.template_dummy",
  "宛名印字の見本確認。見本用の架空の氏名・住所（〇〇表記）のみ。",
  SHIRAISHI, [SAISHI],
  "Re: 宛名印字サンプルのご確認",
  f"""小野様

サンプルありがとうございます。拝見しました。
縦書き・楷書の方でお願いします。連名の字下げもこのままで大丈夫です。
本番データは来週お送りします。

白石

> 白石様
> アトリエ彩紙の小野です。宛名印字のサンプルを2種お送りします。
> 見本はダミーの宛名で作成しています。
>
> 【サンプルA 縦書き・楷書】
> 〒000-0000
> 〇〇県〇〇市〇〇町1-2-3
> 見本 太郎 様
> 　　 花子 様
>
> 【サンプルB 横書き・明朝】
> 〒000-0000 〇〇県〇〇市〇〇町1-2-3
> 見本 次郎 様
>
> ご希望の方をお知らせください。""")

M("vl_p7", "pass", "benign.press_photos",
  "Venue photos (model shoot) and a press kit for a magazine; image file names and venue info only.",
  OTSUKI, ["Hannah Lee <hannah@brideabroadmag.com>"],
  "Photos and press kit - Villa Lumiere Hayama feature",
  f"""Dear Hannah,

Thank you for featuring Villa Lumière Hayama in your spring destination-wedding issue.
Attached are five high-resolution images and our press kit. All images are from our styled
shoot in June with professional models; usage rights are cleared for print and online.

Photo credit: Photo Studio Alba / Villa Lumière Hayama

Please let me know if you need a quote from our chef or head planner.

Best regards,

{S_OTSUKI}""",
  att=[A("VLH_garden_chapel_sunset.jpg", JPG), A("VLH_ocean_terrace_table.jpg", JPG), A("VLH_main_hall_night.jpg", JPG),
       A("VLH_bridal_suite.jpg", JPG), A("VLH_cuisine_soleil.jpg", JPG),
       A("VLH_press_kit_2025_EN.pdf", PDF, """Villa Lumière Hayama - Press Kit 2025
Location: Horiuchi, Hayama, Kanagawa (60 min from Tokyo)
Capacity: chapel 80, main hall 100, ocean terrace 40
Opened: 2009. Weddings per year: approx. 210
Contact: press@villa-lumiere.jp""")])

M("vl_p8", "pass", "benign.short_reply",
  "カメラマンへの短い了承返信。引用部は当日スケジュールのみ。",
  SHIRAISHI, ["フォトスタジオ・アルバ 中川 様 <nakagawa@photo-alba.jp>"],
  "Re: 10/12 撮影スケジュール",
  """ありがとうございます！確認しました。当日よろしくお願いします🙏
白石

> 白石さん
> アルバの中川です。10/12のスケジュール案です。
> 9:30 入り／10:00 お支度撮影／11:00 挙式／12:30 披露宴（〜15:00）／15:30 ロケーション（葉山公園）
> 雨天時は館内ライブラリーで撮ります。""")

M("vl_p9", "pass", "benign.masked_card",
  "ご本人への申込金決済完了の連絡。カード番号は下4桁のみ表示。",
  SHIRAISHI, ["三宅 悠斗 様 <yuto.miyake@gmail.com>"],
  "お申込金 決済完了のお知らせ",
  f"""三宅 悠斗 様

いつもありがとうございます。ヴィラ・ルミエール葉山の白石です。
本日、お申込金のカード決済が完了いたしましたのでお知らせいたします。

　決済日：2024年4月14日
　金額：100,000円
　カード：VISA **** **** **** 1881（一括）
　承認番号：0284410

正式な領収書は次回お打合せ時にお渡しいたします。
引き続き、素敵な一日に向けて準備を進めてまいりましょう。

{S_SHIRAISHI}""")

M("vl_p10", "pass", "benign.ticket_notification",
  "発注システムからの発注書通知。品目・金額と挙式の家名だけで、ゲストの個人情報はない。",
  "Lumière 発注システム <po-noreply@villa-lumiere.jp>", [LUPINUS],
  "[発注書 PO-2024-1187] 装花 10/26 挙式分",
  """花工房ルピナス 御中

ヴィラ・ルミエール葉山 発注システムより発注書をお送りします。

発注番号：PO-2024-1187
発注日　：2024-09-30
担当　　：白石 玲奈
納品日時：2024-10-26 08:30（メインホール搬入口）
案件　　：河野家・上原家 挙式・披露宴

品目　　　　　　　　　　　数量　単価　　　金額
高砂装花（横長180cm）　　　1　　 68,000　 68,000
ゲスト卓装花（ラウンド）　　9　　 14,000　126,000
ブーケ＆ブートニア　　　　　1　　 42,000　 42,000
チャペル装花（バージンロード）1　 50,000　 50,000
小計 286,000 ／ 消費税 28,600 ／ 合計 314,600

お支払：月末締め翌月末払い
※本メールは送信専用です。お問い合わせは担当者までお願いします。""")
