"""Org B: 株式会社アークライン・ソリューションズ (IT outsourcing / help desk, Tokyo).

Writers
  B1 西村 拓也     サービスデスク事業部 運用リーダー — tidy, bullet points (・), ticket numbers
  B2 長谷川 ケビン  インフラ技術部 — terse, half-width, English mixed in, lower-case sign-off
  B3 石田 麻衣     営業部（SES・採用窓口を兼務）— friendly, long greetings, occasional typo
"""
from common import (addr, att, mail, t, gmail_forward, outlook_original, outlook_ja,
                    quote, reply_line_en, mynumber)

ORG = "B"
DOM = "arcline-sol.example.co.jp"

B1 = addr("西村 拓也", f"nishimura.t@{DOM}")
B2 = addr("Kevin Hasegawa", f"k.hasegawa@{DOM}")
B3 = addr("石田 麻衣", f"ishida.m@{DOM}")

SIG1 = t("""
----------------------------------------
株式会社アークライン・ソリューションズ
サービスデスク事業部 運用リーダー
西村 拓也 / Takuya Nishimura
TEL: 03-0000-7700（代表） 03-0000-7731（直通）
Mail: nishimura.t@arcline-sol.example.co.jp
----------------------------------------
""")

SIG2 = t("""
--
Kevin Hasegawa（長谷川 ケビン）
Infrastructure Engineer / インフラ技術部
Arcline Solutions Co., Ltd.
Tel +81-3-0000-7745  |  k.hasegawa@arcline-sol.example.co.jp
""")

SIG3 = t("""
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
株式会社アークライン・ソリューションズ
営業部　石田 麻衣（いしだ まい）
〒108-0023 東京都港区芝浦0-12-5 芝浦ベイサイドビル7F
TEL 03-0000-7700 ／ 携帯 070-0000-3318
ishida.m@arcline-sol.example.co.jp
https://www.arcline-sol.example.co.jp/
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
""")

MARU = "marubishi-logi.example.co.jp"
HOKU = "hokuto-pharma.example.co.jp"


def mails():
    out = []

    # ------------------------------------------------------------ holds
    out.append(mail(
        "B3", "body", "hold", "personal.skill_sheet_full_profile",
        "提案要員の氏名・生年月日・自宅住所・携帯番号・家族構成まで本文に載せて取引先へ送っており、本人のプロフィール一式が社外に出るため。",
        B3, [addr("丸菱ロジスティクス 情報システム部 河野様", f"kono.y@{MARU}")],
        "ご提案要員のご紹介（インフラ運用・8月〜）",
        t("""
株式会社丸菱ロジスティクス
情報システム部　河野様

いつもお世話になっております！
アークライン・ソリューションズの石田です。

先日お伺いした8月からのインフラ運用要員の件、
弊社より下記のメンバーをご提案させていただきます。

━━━━━━━━━━━━━━━━
■氏名：藤井 健吾（ふじい けんご）
■生年月日：1992年11月5日（32歳）
■住所：埼玉県川口市栄町0-6-21 グランフォレスト川口603
■最寄駅：JR京浜東北線 川口駅（御社まで約40分）
■携帯：090-0000-2846
■家族：妻、長女（3歳）
■経験：サーバ運用 7年（Windows Server / VMware / AWS）
　2021〜 大手小売業様 基幹系インフラ運用（リーダー）
　2018〜 製造業様 ヘルプデスク→サーバ運用
■資格：AWS SAA、LPIC-2、ITIL Foundation
■稼働：8/1〜 可能、リモート併用希望（週2日程度）
━━━━━━━━━━━━━━━━

ご本人は物流系の案件に興味があるとのことで、とても前向きです。
面談のご都合をいただけましたら調整いたします！

""") + SIG3,
        personal=[("name", "藤井 健吾"), ("birth_date", "1992年11月5日"),
                  ("address", "埼玉県川口市栄町0-6-21 グランフォレスト川口603"),
                  ("phone", "090-0000-2846"), ("family", "妻、長女（3歳）")]))

    mn = mynumber("40718235609", " ")
    out.append(mail(
        "B3", "body", "hold", "id.my_number_to_sharoushi",
        "新入社員のマイナンバー・基礎年金番号・雇用保険被保険者番号を本文に書いて社労士事務所へ送っているため。",
        B3, [addr("つばさ社会保険労務士事務所", "info@tsubasa-sr.example.jp")],
        "7月入社の社員の資格取得届について",
        t(f"""
つばさ社会保険労務士事務所
ご担当者様

いつもお世話になっております。
アークライン・ソリューションズの石田です。
（総務の村瀬が今週お休みのため、代わりにご連絡しています）

7/1入社の社員1名について、社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名：原田 美咲（はらだ みさき）
生年月日：1999年6月21日
住所：東京都大田区蒲田0-18-4 メゾン蒲田201
マイナンバー：{mn}
基礎年金番号：6204-318857
雇用保険被保険者番号（前職）：5103-427716-2
給与：月額 265,000円（通勤手当 12,400円）
扶養：なし

本人確認書類の写しは郵送いたします。
よろしくおねがいいたします。

""") + SIG3,
        personal=[("name", "原田 美咲"), ("my_number", mn),
                  ("pension_no", "6204-318857"),
                  ("employment_insurance_no", "5103-427716-2"),
                  ("birth_date", "1999年6月21日")]))

    out.append(mail(
        "B3", "body", "hold", "id.freelancer_bank_account",
        "個人事業主2名の個人名義の銀行口座を本文に記載して経理代行会社へ送っているため。",
        B3, [addr("ミライ経理サポート 佐野様", "sano@mirai-keiri.example.co.jp")],
        "6月分 業務委託費の支払依頼（個人事業主2名）",
        t("""
ミライ経理サポート
佐野様

お世話になっております。アークライン・ソリューションズの石田です。
6月分の業務委託費、個人事業主の方2名分の支払いをお願いします。
（法人のパートナー様分は、いつも通り請求書をアップロード済みです）

1) 山岸 大地 様
   金額：462,000円（税込）※源泉徴収なし（インボイス登録あり）
   振込先：ゆうちょ銀行 〇一八店 普通 4417206 ヤマギシ ダイチ

2) 松浦 楓 様
   金額：198,000円（税込）源泉徴収 20,216円
   振込先：はまかぜ銀行 川崎支店 普通 0826593 マツウラ カエデ

支払日は 7/10 でお願いします。
松浦さんは今月から口座が変わっていますので、ご注意ください！

""") + SIG3,
        personal=[("name", "山岸 大地"), ("bank_account", "ゆうちょ銀行 〇一八店 普通 4417206"),
                  ("name", "松浦 楓"), ("bank_account", "はまかぜ銀行 川崎支店 普通 0826593")]))

    csv_b = t("""
管理番号,氏名,郵便番号,住所,電話番号,端末シリアル,希望時間帯
HKP-0620-01,青木 沙織,150-0000,東京都渋谷区恵比寿南0-7-2 ルミエール恵比寿404,090-0000-3117,5CD4120KQ7,午前中
HKP-0620-02,上田 隆之,272-0000,千葉県市川市八幡0-15-8,080-0000-2290,5CD4120KR2,14-16時
HKP-0620-03,佐々木 真由,213-0000,川崎市高津区溝口0-3-19 ハイム溝の口102,070-0000-6634,5CD4120KS9,18-20時
HKP-0620-04,村田 翔平,330-0000,さいたま市浦和区高砂0-2-31-1206,090-0000-5401,5CD4120KT4,午前中
HKP-0620-05,Nguyen Thi Lan,135-0000,東京都江東区大島0-33-6 サンハイツ大島303,080-0000-8852,5CD4120KU1,19-21時
HKP-0620-06,岡本 達也,182-0000,東京都調布市布田0-8-14,090-0000-7763,5CD4120KV8,指定なし
HKP-0620-07,森 亜希子,231-0000,横浜市中区山手町0-41,080-0000-1948,5CD4120KW3,14-16時
""")
    out.append(mail(
        "B1", "attachment", "hold", "list.telework_pc_delivery_csv",
        "顧客企業の社員7名の氏名・自宅住所・電話番号の一覧CSVを配送業者へ添付しているため。",
        B1, [addr("ハヤテ配送 法人営業 大西様", "onishi@hayate-haiso.example.co.jp")],
        "テレワーク端末 配送依頼（北斗製薬様 6/20出荷分）",
        t("""
ハヤテ配送株式会社
法人営業部　大西様

お世話になっております。アークライン・ソリューションズの西村です。
北斗製薬様向けテレワーク端末の配送、6/20出荷分の依頼です。

・出荷日：6/20（金）15時 集荷
・台数　：7台（キッティング済みノートPC、1箱ずつ）
・配送先：添付CSVのとおり（社員様のご自宅）
・品名　：「パソコン（精密機器）」、取扱注意シール貼付でお願いします
・伝票　：元払い、請求は弊社宛て（お客様コード 88-201-774）

時間帯指定は各行の「希望時間帯」に記載しています。
不在で持ち戻りになった場合は、私あてにご連絡ください。

以上、よろしくお願いいたします。

""") + SIG1,
        attachments=[att("配送先一覧_北斗製薬_0620.csv", csv_b)],
        personal=[("name", "青木 沙織"),
                  ("address", "東京都渋谷区恵比寿南0-7-2 ルミエール恵比寿404"),
                  ("phone", "090-0000-3117"), ("name", "Nguyen Thi Lan"),
                  ("address", "横浜市中区山手町0-41")]))

    log = t("""
2025-06-12 09:02:11 INBOUND ani=090-0000-4471 crm_match=YES name="小川 美穂" cust=HKP queue=PW_RESET agent=hd03 result=ANSWERED wait=14s
2025-06-12 09:03:40 INBOUND ani=03-0000-9182 crm_match=YES name="工藤 拓" cust=MRB queue=GENERAL agent=hd07 result=ANSWERED wait=9s
2025-06-12 09:05:02 INBOUND ani=080-0000-6620 crm_match=YES name="高田 奈々" cust=HKP queue=VPN agent=- result=ROUTING_ERROR wait=0s
2025-06-12 09:05:02 ROUTE_FAIL rule=HKP_VPN target=queue:VPN reason=NO_AGENT_SKILL fallback=NONE
2025-06-12 09:06:47 INBOUND ani=090-0000-3308 crm_match=YES name="島田 和也" cust=HKP queue=VPN agent=- result=ROUTING_ERROR wait=0s
2025-06-12 09:06:47 ROUTE_FAIL rule=HKP_VPN target=queue:VPN reason=NO_AGENT_SKILL fallback=NONE
2025-06-12 09:08:15 INBOUND ani=045-0000-2715 crm_match=NO name="" cust=- queue=GENERAL agent=hd02 result=ANSWERED wait=21s
2025-06-12 09:10:29 INBOUND ani=070-0000-5193 crm_match=YES name="吉田 恵理子" cust=MRB queue=PW_RESET agent=hd05 result=ANSWERED wait=6s
2025-06-12 09:12:03 INBOUND ani=080-0000-7741 crm_match=YES name="Lee Min-jun" cust=HKP queue=VPN agent=- result=ROUTING_ERROR wait=0s
2025-06-12 09:12:03 ROUTE_FAIL rule=HKP_VPN target=queue:VPN reason=NO_AGENT_SKILL fallback=NONE
""")
    out.append(mail(
        "B2", "attachment", "hold", "list.cti_call_log",
        "添付のCTIログに発信者の氏名と電話番号が多数並んでおり、そのまま社外ベンダーへ送っているため。",
        B2, [addr("Telexa Japan Support", "support@telexa.example.com")],
        "[Case#TX-88213] 着信ルーティング不具合 ログ送付",
        t("""
Telexa Japan サポートご担当者様

お世話になってます、アークラインの長谷川です。
Case#TX-88213 の件、再現したのでログ送ります。

- 6/12 09:05頃から queue=VPN 宛の着信が全部 ROUTE_FAIL
- reason=NO_AGENT_SKILL だけど、skill "VPN" は hd04/hd06 に付与済み (screenshot は前回送付済み)
- 6/11 夜の v5.8.2 patch 適用後から発生してる気がします

Could you check whether the skill mapping was reset by the patch?
Workaround として今は GENERAL に手動で振ってます。

thanks,

""") + SIG2,
        attachments=[att("cti_inbound_20250612_0900-0915.log", log)],
        personal=[("name", "小川 美穂"), ("phone", "090-0000-4471"),
                  ("name", "島田 和也"), ("phone", "090-0000-3308"),
                  ("name", "Lee Min-jun")]))

    inner = outlook_ja(
        f"人事部 斎藤 <saito.h@{DOM}>", "2025年6月13日 18:22",
        f"西村 拓也 <nishimura.t@{DOM}>", "常駐メンバーの休職について（人事より）",
        t("""
西村さん

お疲れさまです。人事の斎藤です。
北斗製薬様に常駐している川口 亜美さんですが、
本日、主治医からうつ病との診断書が提出されました。
7/1から3か月間の休職となります（復職は10月以降に再判断）。

ご本人は「お客様にはご迷惑をかけたくない」と気にされています。
後任の調整をお願いします。
休職理由はご本人の希望により、社内でも最小限の共有とさせてください。

斎藤
"""))
    out.append(mail(
        "B1", "quoted", "hold", "sensitive.staff_mental_health_forward",
        "転送した社内メールに常駐社員のうつ病の診断と休職が書かれており、それを顧客企業の担当者へ送っているため。",
        B1, [addr("北斗製薬 情報システム部 森田様", f"morita.k@{HOKU}")],
        "Fw: 常駐メンバーの件（体制変更のご相談）",
        t("""
北斗製薬株式会社
情報システム部　森田様

いつもお世話になっております。アークラインの西村です。
常駐メンバーの件、社内の連絡を転送いたします。
7月からの体制について、一度お打合せの時間をいただけますでしょうか。
後任候補は2名まで絞れておりますので、来週前半にはご提示できる見込みです。

ご迷惑をおかけし申し訳ございません。

""") + SIG1 + "\n" + inner + "\n",
        personal=[("name", "川口 亜美"), ("diagnosis", "うつ病"),
                  ("leave", "7/1から3か月間の休職")]))

    user_mail = outlook_original(
        f"松永 恭平 <matsunaga.k@{HOKU}>", "Monday, June 16, 2025 9:12 AM",
        f"helpdesk-hokuto@{DOM}", "【修理依頼】ノートPC 液晶破損",
        t("""
ヘルプデスク御中

北斗製薬 研究開発本部の松永です。
昨晩、子どもがノートPCを落としてしまい、液晶が割れて表示されなくなりました。
（資産番号 HKP-NB-0377、外付けモニタには映ります）

今週はずっと在宅勤務のため、自宅に来ていただけると助かります。
住所：東京都世田谷区桜新町0-22-7
携帯：080-0000-4935
在宅なので平日の日中ならいつでも大丈夫です。

よろしくお願いします。
"""))
    out.append(mail(
        "B2", "quoted", "hold", "personal.end_user_contact_forward",
        "顧客企業の社員からの依頼メールを転送し、本人の自宅住所と携帯番号を保守ベンダーへそのまま渡しているため。",
        B2, [addr("KDKハードウェアサービス 受付", "uketsuke@kdk-hw.example.com")],
        "FW: 【修理依頼】ノートPC 液晶破損",
        t("""
KDKハードウェアサービス 受付ご担当者様

アークライン長谷川です。オンサイト修理の手配お願いします。

model: EliteBook 840 G9
S/N: 5CG2231QPN
保守契約: KDK-OS-2024-1187 (翌営業日オンサイト)
症状: LCD破損、外部出力はOK → LCDパネル交換で直ると思います

訪問先・連絡先は下の本人メール参照でお願いします。

""") + SIG2 + "\n" + user_mail + "\n",
        personal=[("address", "東京都世田谷区桜新町0-22-7"), ("phone", "080-0000-4935"),
                  ("name", "松永 恭平")]))

    out.append(mail(
        "B3", "subject", "hold", "personal.resume_subject",
        "件名に応募者の氏名・生年月日・居住地が入っており、候補者の履歴書情報を取引先へ送っているため。",
        B3, [addr("丸菱ロジスティクス 情報システム部 河野様", f"kono.y@{MARU}")],
        "候補者 高野 悠斗（1996年4月3日生・相模原市南区在住）履歴書のご送付",
        t("""
河野様

お世話になっております、石田です。
件名の件、先ほど郵送でお送りしました。
面談のご調整をお願いできますでしょうか。

今週は水曜と金曜の午後でしたらご本人も大丈夫とのことです。

""") + SIG3,
        personal=[("name", "高野 悠斗"), ("birth_date", "1996年4月3日"),
                  ("address", "相模原市南区")]))

    tickets = t("""
ticket_id,opened_at,requester_name,requester_phone,department,category,summary
SD-250401-0012,2025-04-01 08:51,今井 博之,090-0000-2231,物流管理部,パスワード,AD パスワードロック解除依頼
SD-250401-0031,2025-04-01 10:17,大森 涼子,080-0000-9316,経理部,プリンタ,3F 複合機でスキャンが送信できない
SD-250402-0007,2025-04-02 09:03,坂本 亮,070-0000-4482,倉庫運営部,ハンディ端末,BT-300 が Wi-Fi に繋がらない
SD-250403-0044,2025-04-03 13:40,Tran Van Minh,080-0000-1175,倉庫運営部,アカウント,新規入社 アカウント発行
SD-250407-0019,2025-04-07 11:26,石原 さとみ,090-0000-6068,人事部,Teams,会議に音声が入らない
SD-250408-0002,2025-04-08 08:12,西田 剛,090-0000-8821,物流管理部,VPN,自宅から VPN 接続不可
""")
    out.append(mail(
        "B2", "zip", "hold", "list.zip_ticket_export",
        "ZIP内のCSVに問い合わせ者の氏名と携帯番号が残ったまま、分析委託先へ送っているため。",
        B2, [addr("DataFlux 分析チーム", "ml-team@dataflux.example.com")],
        "問い合わせ分類モデル用 サンプルデータ (2025Q1-Q2)",
        t("""
DataFlux 分析チーム 各位

アークライン長谷川です。お世話になってます。
先日の PoC 向けのサンプル、zip で送ります。

- helpdesk_sample_2025Q2.zip
  - tickets_sample.csv (丸菱ロジ様分、6件だけ抜粋。本番は約 12,000件)
- 文字コード UTF-8 / 区切り カンマ
- category は現行の手動分類、summary は受付時の一次記録

個人名は前処理で落としてある版のはずですが、念のため中身チェックお願いします。
本番データは 7月に SFTP で渡す予定です。

thanks,

""") + SIG2,
        attachments=[att("helpdesk_sample_2025Q2.zip/tickets_sample.csv", tickets)],
        personal=[("name", "今井 博之"), ("phone", "090-0000-2231"),
                  ("name", "Tran Van Minh"), ("phone", "080-0000-1175"),
                  ("name", "西田 剛")]))

    rc = [
        addr("丸菱ロジスティクス 河野 裕介", f"kono.y@{MARU}"),
        addr("丸菱ロジスティクス 林 真司", f"hayashi.s@{MARU}"),
        addr("丸菱ロジスティクス 情報システム部", f"it-info@{MARU}"),
        addr("北斗製薬 森田 憲一", f"morita.k@{HOKU}"),
        addr("北斗製薬 高橋 望", f"takahashi.n@{HOKU}"),
        addr("ミドリ商会 EC事業部 遠藤", "endo.y@midori-shokai.example.co.jp"),
        addr("ミドリ商会 総務部 宮本", "miyamoto@midori-shokai.example.co.jp"),
        addr("港湾システム開発 山崎", "yamazaki@kowan-sysdev.example.co.jp"),
        addr("さくら台病院 情報管理室 中西", "nakanishi@sakuradai-hosp.example.or.jp"),
        addr("さくら台病院 事務部 庄司", "shoji@sakuradai-hosp.example.or.jp"),
        addr("東邦建材 情シス 藤原", "fujiwara.t@toho-kenzai.example.co.jp"),
        addr("東邦建材 管理部 小田", "oda@toho-kenzai.example.co.jp"),
        addr("Lumen Retail 樋口", "higuchi@lumenretail.example.com"),
    ]
    out.append(mail(
        "B1", "recipients", "hold", "recipients.visible_client_contacts",
        "複数の顧客企業・病院の担当者13名のアドレスをToに並べて一斉送信しており、BCCにすべき取引先一覧が互いに見えてしまうため。",
        B1, rc,
        "【障害報告・第2報】メール配信サービス遅延について",
        t("""
お客様各位

いつもお世話になっております。
アークライン・ソリューションズ サービスデスクの西村です。

本日発生しております弊社メール配信サービスの遅延について、第2報をお知らせいたします。

■発生日時：2025年6月18日（水）10:42頃〜
■影響範囲：弊社提供「Arcline Mail Relay」をご利用のお客様
　・外部宛てメールの送信が最大40分程度遅延
　・受信への影響はございません
■原因：送信キューを処理するサーバ1台のディスク容量逼迫（調査中）
■現在の状況：14:10 に処理サーバを1台追加し、遅延は 10分程度まで解消しつつあります
■次回報告：本日17:00 または復旧時

ご不便をおかけし、誠に申し訳ございません。
お問い合わせはサービスデスク（03-0000-7730）までお願いいたします。

""") + SIG1,
        personal=[("email", f"kono.y@{MARU}"), ("email", f"morita.k@{HOKU}"),
                  ("email", "nakanishi@sakuradai-hosp.example.or.jp"),
                  ("email", "higuchi@lumenretail.example.com")]))

    # ------------------------------------------------------------ passes
    out.append(mail(
        "B2", "none", "pass", "benign.incident_report_hashes",
        "ファイルサーバ障害の復旧報告で、ハッシュ値やシリアル番号は機器・ログの識別子であり個人情報ではないため。",
        B2, [addr("丸菱ロジスティクス 河野様", f"kono.y@{MARU}")],
        "【復旧報告】ファイルサーバ障害 (INC-2025-0611-03)",
        t("""
丸菱ロジスティクス 河野様

お世話になっております。アークライン長谷川です。
昨日のファイルサーバ障害、本日 08:40 に完全復旧しましたのでご報告です。

■概要
- 対象: FS01 (\\\\mrb-fs01, 本社 2F サーバ室)
- 事象: 共有フォルダにアクセス不可
- 影響: 本社・厚木倉庫の全ユーザー（約 180名）, 6/11 13:05 - 6/12 08:40

■タイムライン
13:05 監視アラート (volume offline)
13:20 RAID コントローラのエラー確認 (PERC H755, cache battery failure)
15:30 保守ベンダー到着、コントローラ交換
19:10 ボリュームオンライン復帰、整合性チェック開始
08:40 チェック完了・公開再開

■交換部品
- RAID controller  S/N: 8HJQ4T3 → 2KDL9W7
- cache battery    S/N: CN0F4RXT0321

■ログ (保全用、調査完了まで保管)
- fs01_eventlog_20250611.evtx  SHA-256: 3f9a1c0be27d44a8e61b5f0d9c2e7a4b8d13f6c0a95e2b7d4c81f0e36a9b25d7
- perc_ttylog_20250611.txt     SHA-256: b7e04d92a1f3c6588e0d2a7f4c19b63e5d8a0f21c74e9b3a6d05f8c21e7b4a90

再発防止として、cache battery の状態を監視項目に追加します (6/20 まで)。
詳細は月次報告にも記載します。

""") + SIG2))

    out.append(mail(
        "B2", "none", "pass", "benign.malware_isolation",
        "端末のマルウェア感染とネットワーク隔離の報告で、「感染」「隔離」はIT上の意味であり利用者も特定していないため。",
        B2, [addr("北斗製薬 情報システム部 森田様", f"morita.k@{HOKU}")],
        "【至急】端末1台 マルウェア感染の疑い → ネットワーク隔離済み",
        t("""
森田様

アークライン長谷川です。至急のご報告です。

本日 11:32、EDR で下記端末の検知がありました。
- host: HKP-NB-0412 (営業本部 貸出PC)
- detection: Trojan:Win32/Emotet 系 (macro 付き Excel から起動)
- 通信先: 203.0.113.44:8080 (C2 の疑い, FW で遮断済み)

対応状況
1. 11:36 EDR から端末をネットワーク隔離 (isolation) 済み
2. 同じメールを受信した 4台 もスキャン → 現時点で検知なし
3. 利用者の方には代替機を手配済み（14時に情シス窓口で受け渡し）

感染経路のメールは「請求書の再送」という件名でした。
全社への注意喚起文の案を 15時までにお送りします。
フォレンジック (disk image 取得) を実施するかどうか、ご判断をお願いします。

""") + SIG2,
        cc=[addr("北斗製薬 情報セキュリティ室", f"security@{HOKU}")]))

    out.append(mail(
        "B1", "none", "pass", "benign.dev_minutes_test_card",
        "開発定例の議事録で、カード番号は決済代行のテスト用番号（4111…）であり実在の顧客のものではないため。",
        B1, [addr("ミドリ商会 EC事業部 遠藤様", "endo.y@midori-shokai.example.co.jp")],
        "【議事録】EC問い合わせ窓口 立ち上げ定例 #4（6/17）",
        t("""
ミドリ商会 EC事業部
遠藤様、宮本様

お世話になっております。アークラインの西村です。
本日の定例の議事録をお送りします。

■日時：6/17（火）10:00-11:00（Teams）
■出席：ミドリ商会 遠藤様・宮本様／ペイリンク 井口様／弊社 西村・長谷川

■決定事項
・決済エラー時の問い合わせ対応フローは案Bで確定
・オペレーターがステージング環境で決済エラーを再現できるよう、
　決済代行（ペイリンク様）のテスト用カード番号を手順書に記載する
　　成功パターン：4111 1111 1111 1111（有効期限 12/30、CVC 123）
　　失敗パターン：ペイリンク様のテスト仕様書 p.14 の番号を使用
　※本番環境では使用不可。手順書は社内限定で配布
・FAQ 初版は 42項目、7/1 に公開

■宿題
・西村：オペレーター向け研修資料（7/4まで）
・井口様：テスト環境のアカウント追加 3件
・遠藤様：返品ポリシーの最新版共有

次回：6/24（火）10:00〜

""") + SIG1,
        cc=[addr("ミドリ商会 宮本様", "miyamoto@midori-shokai.example.co.jp"),
            addr("ペイリンク 井口様", "iguchi@paylink.example.co.jp"),
            addr("Kevin Hasegawa", f"k.hasegawa@{DOM}")]))

    out.append(mail(
        "B3", "none", "pass", "benign.project_kickoff_six_recipients",
        "プロジェクトのキックオフ日程調整で、宛先は2社の担当者6名のみであり内容も日程候補だけのため。",
        B3, [addr("河野 裕介", f"kono.y@{MARU}"), addr("林 真司", f"hayashi.s@{MARU}"),
             addr("大野 智子", f"ono.t@{MARU}"), addr("菅 一郎", f"kan.i@{MARU}")],
        "キックオフMTG 日程のご相談（ヘルプデスク刷新PJ）",
        t("""
丸菱ロジスティクス
河野様、林様、大野様、菅様

お世話になっております、アークラインの石田です。
このたびはヘルプデスク刷新プロジェクトのご発注、本当にありがとうございます！

キックオフMTGの日程を調整させてください。
下記の候補でご都合いかがでしょうか（所要 90分、御社会議室 or Teams）。

　①7/2（水）10:00〜
　②7/3（木）14:00〜
　③7/7（月）15:30〜

弊社からは PM の西村、インフラ担当の長谷川と私の3名で伺います。
アジェンダ案は日程確定後にお送りしますね。

""") + SIG3,
        cc=[B1, B2]))

    prev5 = t("""
石田様

ご連絡ありがとうございます。
急なことで驚きましたが、新しい部署でもご活躍ください。
岡田様とのご挨拶、6/30 の定例の後でお願いできますか。

北斗製薬株式会社
情報システム部 課長　森田 憲一
TEL 03-0000-2640（直通）
""")
    out.append(mail(
        "B3", "none", "pass", "benign.successor_introduction",
        "担当営業の交代と後任紹介のやり取りで、登場するのは両社の担当者名と署名のみのため。",
        B3, [addr("北斗製薬 森田 憲一", f"morita.k@{HOKU}")],
        "Re: 担当交代のご挨拶（アークライン石田）",
        t("""
森田様

お返事ありがとうございます！石田です。
6/30 の定例後、承知しました。岡田と二人で伺います。

改めまして、後任の岡田をご紹介します。
　岡田 遼（おかだ りょう）　営業部
　前職ではSIerで製薬業界のお客様を5年担当しておりました。
　okada.r@arcline-sol.example.co.jp ／ 070-0000-5527

3年間、本当にお世話になりました。
異動後も社内にはおりますので、何かあればお気軽にお声がけください。

""") + SIG3 + "\n" + reply_line_en("Wed, Jun 18, 2025 at 4:02 PM", "森田 憲一", f"morita.k@{HOKU}")
        + "\n" + quote(prev5) + "\n",
        cc=[addr("岡田 遼", f"okada.r@{DOM}")]))

    out.append(mail(
        "B2", "none", "pass", "benign.invoice_swift",
        "海外の法人顧客への請求連絡で、記載の口座とSWIFTコードは自社の法人口座のため。",
        B2, [addr("Accounts Payable, Lumen Retail", "ap@lumenretail.example.com")],
        "Invoice ARC-INV-2025-0614 - Managed Service Desk (May 2025)",
        t("""
Dear Accounts Payable team,

Please find attached our invoice for the managed service desk in May 2025.

  Invoice no.   : ARC-INV-2025-0614
  Service period: 1-31 May 2025
  Amount        : JPY 1,842,500 (tax exempt, export of services)
  Due date      : 15 July 2025
  PO number     : LR-PO-24117

Remittance details (corporate account):
  Beneficiary   : Arcline Solutions Co., Ltd.
  Bank          : Hamakaze Bank, Ltd., Shibaura Branch
  SWIFT/BIC     : HMKZJPJT
  Account no.   : 0311-2207845 (ordinary)
  Bank address  : 0-3-1 Shibaura, Minato-ku, Tokyo, Japan

Please note that all bank charges outside Japan are for the remitter's account.
Let me know if you need the W-8BEN-E or any other document.

Best regards,
Kevin

""") + SIG2,
        attachments=[att("ARC-INV-2025-0614.pdf", t("""
INVOICE ARC-INV-2025-0614
Bill to: Lumen Retail Pte. Ltd., Accounts Payable
Managed Service Desk - May 2025 ............ JPY 1,842,500
Beneficiary: Arcline Solutions Co., Ltd. / Hamakaze Bank, Shibaura Branch / SWIFT HMKZJPJT / A/C 0311-2207845
"""))]))

    out.append(mail(
        "B1", "none", "pass", "benign.license_serials",
        "ライセンス更新の案内で、ライセンスキーや機器シリアルは製品の識別子であり個人情報ではないため。",
        B1, [addr("丸菱ロジスティクス 情報システム部 河野様", f"kono.y@{MARU}")],
        "ウイルス対策ソフト・NAS保守 更新のご案内（8月満了分）",
        t("""
丸菱ロジスティクス 河野様

お世話になっております。アークラインの西村です。
8月に満了を迎えるライセンス・保守契約のご案内です。

・ウイルス対策ソフト（エンドポイント 200ライセンス）
　ライセンスキー：KX7P-29QD-M4TR-88LN
　契約番号：ESV-2023-08-4471　満了日：2025/08/31
　更新見積：1,188,000円（税別）／前年比 +4%

・NAS 保守（倉庫事務所 2台）
　S/N：2140QBR118306、2140QBR118412
　保守番号：NS-MNT-33108　満了日：2025/08/15
　※1台は導入から6年経過のため、保守延長ではなく入替もご検討ください

見積書は別途PDFでお送りします。
7/18 までにご発注いただければ、切れ目なく更新できます。

""") + SIG1))

    out.append(mail(
        "B3", "none", "pass", "benign.employment_verification_consent",
        "本人の同意書を受けたうえでの在籍確認への回答で、在籍期間と職位だけに限定しているため。",
        B3, [addr("グリーンレジデンス 入居審査課", "shinsa@green-residence.example.co.jp")],
        "在籍確認のご照会について（ご回答）",
        t("""
株式会社グリーンレジデンス
入居審査課　ご担当者様

お世話になります。
株式会社アークライン・ソリューションズ 営業部の石田と申します。
（人事担当が不在のため、代わりにご回答いたします）

6月16日付でご照会いただきました件につき、ご本人の同意書を拝受しましたので、
下記の範囲でご回答申し上げます。

　対象者：前田 勇気 様
　在籍期間：2019年4月1日〜2025年3月31日
　最終職位：サービスデスク事業部 主任

なお、給与額その他の事項につきましては、社内規程によりお答えいたしかねますので
ご了承くださいませ。

""") + SIG3))

    kpi = t("""
項目,3月,4月,5月
受付件数,1284,1530,1402
一次解決率,78.2%,76.5%,80.1%
平均応答時間(秒),21,34,19
放棄呼率,2.1%,4.8%,1.7%
障害起因の問い合わせ,12,42,8
エスカレーション件数,96,131,88
""")
    out.append(mail(
        "B1", "none", "pass", "benign.monthly_kpi",
        "サービスデスクの月次報告で、件数や解決率などの集計値のみを含み個人は特定されないため。",
        B1, [addr("北斗製薬 情報システム部 森田様", f"morita.k@{HOKU}")],
        "5月度 サービスデスク月次報告",
        t("""
北斗製薬株式会社
情報システム部　森田様

お世話になっております。アークラインの西村です。
5月度の月次報告をお送りします（詳細はCSVをご参照ください）。

■サマリ
・受付件数：1,402件（前月比 -8.4%）
・一次解決率：80.1%（目標 78% を達成）
・平均応答時間：19秒

■トピック
・4月に多かった「障害起因の問い合わせ」（メール遅延障害 42件）は 8件まで減少
・Teams の音声トラブルが 5月は 61件と増加 → FAQ を2本追加しました
・新入社員向けアカウント発行は 5/9 までに全件完了

■来月の取り組み
・パスワードリセットのセルフサービス化（7/1 リリース予定）

ご不明点がございましたらお知らせください。

""") + SIG1,
        attachments=[att("SD月次_北斗製薬_202505.csv", kpi)]))

    out.append(mail(
        "B3", "none", "pass", "benign.offer_holder_invitation",
        "内定者本人への懇親会の案内で、本人のアドレス宛てに本人の予定を伝えるだけのため。",
        B3, [addr("小林 蒼", "aoi.kobayashi.0311@gmail.com")],
        "内定者懇親会のご案内（7/18）",
        t("""
小林 蒼 様

こんにちは！アークライン・ソリューションズ 採用担当の石田です。
先日は内定承諾のご連絡をありがとうございました。社員一同とても喜んでいます。

さて、来年4月入社予定の皆さんを対象に、懇親会を開催します。
同期になる方や先輩社員と話せる機会ですので、ぜひご参加ください。

　日時：7月18日（金）18:30〜20:30
　場所：弊社 7F ラウンジ（田町駅 徒歩8分）
　服装：私服でOKです
　参加者：内定者 9名、若手社員 6名

交通費は実費を支給しますので、当日ICカードの履歴か領収書をお持ちください。
ご出欠を 7/4（金）までにこのメールへの返信でお知らせいただけますか？
食物アレルギーなどご配慮が必要なことがあれば、あわせて教えてくださいね。

お会いできるのを楽しみにしています！

""") + SIG3))

    return out
