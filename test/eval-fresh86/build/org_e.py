"""(E) 株式会社ネクストブリッジ・サポート (NBS) IT helpdesk outsourcing company.

Writers:
  okabe     岡部 亮介      サービスデスク事業部 リーダー   heavy bilingual signature, ISMS line, disclaimer
  kiritani  桐谷 ゆい      オペレーター（顧客専用窓口）   ticket-desk signature with reception hours
  mori      Daniel Mori / 森 ダニエル  アカウントマネージャー  English signature (+81 numbers); short Japanese one on Japanese mails
"""
import random
from common import (M, T, att, enc_zip, csv_text, people, mynumber, luhn_complete, group4,
                    CSV, PDF, DOCX, XLSX, ZIP)

ORG = "E"

OKABE = "岡部 亮介 <r-okabe@nextbridge-sp.example.co.jp>"
KIRITANI = "桐谷 ゆい <y-kiritani@nextbridge-sp.example.co.jp>"
MORI = "Daniel Mori <d-mori@nextbridge-sp.example.co.jp>"

HIRAI = "平井 達郎 <t-hirai@orion-seimitsu.example.co.jp>"
ORION_SEC = "オリオン精密 情報セキュリティ室 <security@orion-seimitsu.example.co.jp>"
ORION_SOMU = "オリオン精密 総務部 <somu@orion-seimitsu.example.co.jp>"
TECHNO = "テクノセットアップ キッティング受付 <kitting@technosetup.example.co.jp>"
SOFTLIC = "ソフトライセンス・ジャパン 受注センター <order@softlicense.example.jp>"
BLUEDESK = "ブルーデスク 運用チーム <ops@bluedesk.example.co.jp>"
PAYROLL = "クラウドペイロール サポートセンター <support@cloudpayroll.example.com>"
ASTELLA = "アステラ物流 システム部 中島 <nakajima@astella-logi.example.co.jp>"
HL_GLOBAL = "Mark Ellison <mark.ellison@harborlane-global.example.com>"
HL_JP_FIN = "Harbor Lane Japan Finance <finance-jp@harborlane.example.com>"
HL_DEV = ["Priya Natarajan <priya.natarajan@harborlane-global.example.com>",
          "大野 純 <jun.ohno@harborlane.example.com>"]
YAMAMOTO = ["山本商会 情報システム課 関 <seki@yamamoto-shokai.example.co.jp>",
            "山本商会 情報システム課 <joshi@yamamoto-shokai.example.co.jp>",
            "山本商会 総務部 今井 <imai@yamamoto-shokai.example.co.jp>"]

SIG_OKABE = """
─────────────────────────────
株式会社ネクストブリッジ・サポート
サービスデスク事業部 第2グループ リーダー
岡部 亮介 / Ryosuke Okabe
〒141-0000 東京都品川区大崎2-9-18 大崎ブリッジタワー11F
TEL: 03-0000-8820 / Mobile: 080-0000-1934
Mail: r-okabe@nextbridge-sp.example.co.jp
─────────────────────────────
ISO/IEC 27001（ISMS）認証取得
本メールおよび添付ファイルには機密情報が含まれる場合があります。誤って受信された場合は送信者にご連絡のうえ削除してください。
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
"""

SIG_KIRITANI = """
――――――――――――――――――――
NBS サービスデスク（オリオン精密様 専用窓口）
担当：桐谷 ゆい
受付時間：平日 8:30〜19:00
TEL 03-0000-8830 ／ helpdesk-orion@nextbridge-sp.example.co.jp
――――――――――――――――――――
"""

SIG_MORI = """
Best regards,

Daniel Mori（森 ダニエル）
Account Manager, Global Service Desk
NextBridge Support Inc.
Osaki Bridge Tower 11F, 2-9-18 Osaki, Shinagawa-ku, Tokyo 141-0000, Japan
Tel: +81-3-0000-8840 | Mobile: +81-90-0000-6612
d-mori@nextbridge-sp.example.co.jp
"""

SIG_MORI_JA = """
――
森 ダニエル（Daniel Mori）
株式会社ネクストブリッジ・サポート
グローバルサービスデスク アカウントマネージャー
TEL 03-0000-8840 ／ 携帯 090-0000-6612
d-mori@nextbridge-sp.example.co.jp
"""

MAILS = []
add = MAILS.append

# ======================================================================= HOLDS
add(M(ORG, "kiritani", "body", "hold", "personal.home_address_to_vendor",
      "キッティング業者への発送依頼に、利用者1名の氏名・自宅住所・携帯番号がそのまま書かれている。",
      KIRITANI, [TECHNO],
      "【発送依頼】在宅勤務者向け 交換PC（INC0048213）",
      """
テクノセットアップ キッティング受付 ご担当者様

お世話になっております。NBSサービスデスクの桐谷です。
オリオン精密様の在宅勤務者向けに、交換用PCの発送をお願いいたします。

　チケット番号：INC0048213
　機種：ThinkBook 14 Gen6（標準イメージ v2025.09）
　資産番号：ORN-PC-20417
　お届け先：森本 沙織 様（オリオン精密 経理部）
　　〒183-0000 東京都府中市若松町3-18-11 リバーコート府中 402
　　携帯：080-0000-7351
　配達希望：11月12日（水）14:00〜16:00
　旧PC回収：同時回収（回収伝票を同梱してください）

発送後、伝票番号をこのメールへの返信でお知らせください。
よろしくお願いいたします。
""" + SIG_KIRITANI,
      personal=[("name", "森本 沙織"), ("address", "東京都府中市若松町3-18-11 リバーコート府中 402"),
                ("phone", "080-0000-7351")]))

_mn = mynumber("58203619447")
_mn_txt = group4(_mn)
add(M(ORG, "kiritani", "body", "hold", "id.mynumber",
      "給与システムのベンダーへの問い合わせに、利用者の配偶者の氏名と12桁の個人番号（マイナンバー）をそのまま貼り付けている。",
      KIRITANI, [PAYROLL],
      "年末調整 申告画面で扶養親族の個人番号がエラーになる件",
      """
クラウドペイロール サポートセンター ご担当者様

お世話になっております。株式会社オリオン精密様のヘルプデスクを担当しているNBSの桐谷です。
（契約ID：ORN-CP-00318）

オリオン精密様の従業員の方から、扶養控除等申告書の入力画面で配偶者の個人番号を入力すると
「番号が正しくありません」と表示されて先に進めない、とのお問い合わせがありました。

　申告者：上田 浩二 様（社員番号 21877）
　配偶者：上田 真理 様
　入力した個人番号：%s
　ブラウザ：Microsoft Edge 130
　発生日時：11月6日 10:20頃

ご本人はマイナンバーカードを見ながら入力したとのことで、番号自体は合っているようです。
全角数字で入力された可能性もありますが、画面上では区別がつきませんでした。
原因の切り分け方法をご教示いただけますでしょうか。
""" % _mn_txt + SIG_KIRITANI,
      personal=[("mynumber", _mn_txt), ("name", "上田 真理"), ("name", "上田 浩二")]))

add(M(ORG, "mori", "body", "hold", "sensitive.medical_leave_english",
      "Mail to the client's overseas IT names an employee with her employee ID and says she is on leave for cancer treatment; health data about an identifiable person.",
      MORI, [HL_GLOBAL],
      "Mailbox and MFA settings for Kana Ishida during her leave",
      """
Hi Mark,

Following up on today's call. Per the request from Harbor Lane Japan HR (Ms. Tomoko Endo),
Kana Ishida (Finance, employee ID HLJ-0382) will be on medical leave from November 10
until around the end of February for cancer treatment (surgery followed by radiotherapy).

HR asked us to:
  1. Keep her mailbox and OneDrive active (no litigation hold needed)
  2. Suspend MFA push notifications to her phone so that she is not disturbed
  3. Set an auto-reply in English and Japanese (text below)
  4. Remove her from the AP approval workflow and add Mr. Kenji Noda as a delegate

Auto-reply:
"Thank you for your email. I am out of the office until further notice.
For urgent matters, please contact finance-jp@harborlane.example.com."

Could you confirm by Friday that items 1 and 2 can be handled on the global tenant side?
We will take care of 3 and 4 locally.
""" + SIG_MORI,
      personal=[("name", "Kana Ishida"), ("employee_id", "HLJ-0382"), ("health", "cancer treatment")]))

_tp = people(12, "e-tickets", ["x"], birth_years=(1970, 2000))
_rt = random.Random("e-ticket-rows")
_subjects = ["Outlook 起動しない", "VPN 接続不可", "プリンタ 印刷できない", "Teams 音声が聞こえない",
             "パスワード期限切れ", "共有フォルダ アクセス権", "PC 動作が遅い", "スマホ メール設定",
             "Excel マクロ エラー", "ディスプレイ 映らない", "アカウントロック", "ソフトウェア インストール申請"]
_trows = []
for i, p in enumerate(_tp):
    eid = 20000 + _rt.randint(100, 9999)
    _trows.append(["INC00%d" % (48300 + i * 7), "2025/11/%02d %02d:%02d" % (_rt.randint(4, 7), _rt.randint(9, 18),
                                                                             _rt.randint(0, 59)),
                   p["name"], _rt.choice(["営業部", "経理部", "製造部", "品質保証部", "人事部", "設計部"]),
                   "内線%d" % _rt.randint(2100, 2999), p["phone"], "e%d@orion-seimitsu.example.co.jp" % eid,
                   _subjects[i], _rt.choice(["対応中", "保留（ユーザー回答待ち）", "エスカレーション中"])])
add(M(ORG, "okabe", "attachment", "hold", "list.ticket_export",
      "再委託先への引継ぎ用チケット一覧（CSV）に、12名の利用者の氏名・所属・携帯番号・メールアドレスが並んでいる（本文は送付状）。",
      OKABE, [BLUEDESK],
      "夜間帯 引継ぎ用 オープンチケット一覧の送付（11/7分）",
      """
ブルーデスク 運用チーム ご担当者様

お疲れさまです。NBSの岡部です。
本日19時以降の夜間帯に引き継ぐオープンチケットの一覧をお送りします。
「保留（ユーザー回答待ち）」のものは、ユーザーから連絡があった場合のみ対応をお願いします。
エスカレーション中の2件は、翌朝こちらで引き取ります。

よろしくお願いいたします。
""" + SIG_OKABE,
      attachments=[{"filename": "open_tickets_20251107.csv", "contentType": CSV,
                    "text": csv_text(["チケット番号", "受付日時", "氏名", "所属", "内線", "携帯",
                                      "メール", "件名", "状態"], _trows)}],
      personal=[("name", _tp[0]["name"]), ("phone", _tp[0]["phone"]),
                ("name", _tp[1]["name"]), ("phone", _tp[1]["phone"])]))

add(M(ORG, "okabe", "attachment", "hold", "personal.skill_sheet",
      "取引先候補へ送るスキルシート（Word）に、提案要員の氏名・生年月日・現住所・経歴がそのまま載っている（本文は送付状）。",
      OKABE, [ASTELLA],
      "ご提案要員のスキルシート送付（ヘルプデスク常駐案件）",
      """
株式会社アステラ物流
システム部 中島様

いつもお世話になっております。ネクストブリッジ・サポートの岡部です。
先日お打合せいただいた、本社ヘルプデスク常駐案件（12月開始）のご提案要員につき、スキルシートを添付いたします。
ITIL Foundation を保有しており、物流系のWMS問い合わせ対応の経験もございます。

面談のご希望日時を、いくつか候補でいただけますと幸いです。
よろしくお願いいたします。
""" + SIG_OKABE,
      attachments=[att("スキルシート_岩崎.docx", DOCX, """
スキルシート
氏名：岩崎 健太（いわさき けんた）
生年月日：1993年5月18日（32歳）　性別：男性
現住所：神奈川県川崎市中原区木月2-14-8 コーポ木月 203
最寄駅：東急東横線 元住吉駅（徒歩6分）
稼働開始：2025年12月1日〜

資格：ITIL 4 Foundation、CompTIA A+、MOS Excel Expert
スキル：Windows 10/11 キッティング、Active Directory / Entra ID ユーザー管理、Intune、
　　　　ServiceNow（インシデント・問題管理）、Microsoft 365 管理

職務経歴
2016/04〜2019/03　製造業A社 社内ヘルプデスク（一次対応、PC入替 800台）
2019/04〜2022/09　物流業B社 ヘルプデスク（WMS・ハンディ端末の問い合わせ対応、SV補佐）
2022/10〜現在　　 当社 サービスデスク事業部（SV、メンバー6名の管理、月次報告作成）

自己PR：ユーザー目線でのナレッジ整備を得意とし、前職では一次解決率を 62% から 78% に改善しました。
""")],
      personal=[("name", "岩崎 健太"), ("birthdate", "1993年5月18日"),
                ("address", "神奈川県川崎市中原区木月2-14-8 コーポ木月 203")]))

add(M(ORG, "kiritani", "quoted", "hold", "sensitive.disability_accommodation_quoted",
      "キッティング業者への依頼の下に、顧客人事部のメールが引用され、新入社員の氏名と視覚障害・手帳の等級が書かれている。",
      KIRITANI, [TECHNO],
      "Fw: 新規PCキッティング 追加設定のお願い（12/1入社 経理部）",
      """
テクノセットアップ キッティング受付 ご担当者様

お世話になっております。NBSサービスデスクの桐谷です。
12/1入社の方のPCについて、キッティング時に追加の設定をお願いします。
詳細は下のお客様（オリオン精密様 人事部）からのメールをご確認ください。

ソフトウェアのライセンスはお客様で手配済みです（インストーラは共有フォルダに格納しています）。
11月27日（木）までに出荷できるか、ご確認をお願いいたします。
""" + SIG_KIRITANI + """

-----Original Message-----
From: 佐藤 麻美 <a-sato@orion-seimitsu.example.co.jp>
Sent: Wednesday, November 12, 2025 5:48 PM
To: NBSサービスデスク <helpdesk-orion@nextbridge-sp.example.co.jp>
Subject: 新規PCキッティング 追加設定のお願い

NBSサービスデスク御中

人事部の佐藤です。
12/1付で経理部に入社する平田 誠さん（社員番号 24113）のPCについてお願いです。
平田さんは視覚障害（身体障害者手帳2級、弱視）があり、障害者雇用枠での採用です。
以下の設定をお願いできますでしょうか。

　・画面拡大ソフト（ZoomText）と音声読み上げソフト（NVDA）のインストール
　・27インチモニタの追加、ハイコントラスト設定、マウスポインタ 特大
　・キーボードは大文字キートップのもの

ご本人の見え方は、入社前の面談で確認してお伝えします。
""",
      personal=[("name", "平田 誠"), ("disability", "視覚障害（身体障害者手帳2級、弱視）")]))

_card = luhn_complete("498000123456789")
_card_txt = group4(_card)
add(M(ORG, "mori", "quoted", "hold", "id.card_number_quoted",
      "ライセンス販売店への依頼の下に、利用者が個人のクレジットカード番号と有効期限を書いたメールが引用されている。",
      MORI, [SOFTLIC],
      "Fw: DraftView Pro ライセンス購入のお願い（Harbor Lane Japan 佐々木様）",
      """
ソフトライセンス・ジャパン 受注センター ご担当者様

お世話になっております。ネクストブリッジ・サポートの森です。
Harbor Lane Japan様のユーザーから、下記ライセンスの購入依頼がありました。
お支払いはご本人のカードで、とのことですので、1年ライセンス1本の処理をお願いできますでしょうか。
ライセンスキーは、私（森）宛てにお送りください。
""" + SIG_MORI_JA + """

-----Original Message-----
From: Ryo Sasaki <ryo.sasaki@harborlane.example.com>
Sent: Thursday, November 13, 2025 11:02 AM
To: Daniel Mori <d-mori@nextbridge-sp.example.co.jp>
Subject: DraftView Pro license

Hi Daniel,

Could you buy a 1-year license of DraftView Pro for me? The project starts next Monday.
Please charge it to my personal card and I will claim it back as an expense:

  Card: %s
  Exp: 08/28
  Name on card: RYO SASAKI

Thanks a lot!
Ryo
""" % _card_txt,
      personal=[("card", _card_txt), ("name", "Ryo Sasaki")]))

add(M(ORG, "okabe", "subject", "hold", "sensitive.subject_disciplinary",
      "本文は停止時刻の確認だけだが、件名に特定の社員の氏名と「横領による懲戒解雇」という犯罪・処分の情報が書かれている。",
      OKABE, [HIRAI],
      "【至急】アカウント停止のご確認 営業部 西山 智子様（横領による懲戒解雇）",
      """
平井様

お世話になっております。NBSの岡部です。
標記の件、人事部様からのご依頼として承りました。
本日18:00の一斉停止（AD・メール・VPN・経費精算）で進めてよろしいか、ご確認をお願いいたします。

ご返信をいただき次第、作業に入ります。
""" + SIG_OKABE,
      personal=[("name", "西山 智子"), ("criminal", "横領による懲戒解雇")]))

add(M(ORG, "okabe", "zip", "hold", "attachment.encrypted_zip",
      "月次作業報告書をパスワード付きZIP（PPAP）で送っており、中身は検査できない。",
      OKABE, [HIRAI],
      "【月次報告】2025年10月 サービスデスク作業報告書の送付",
      """
株式会社オリオン精密
情報システム部 平井様

いつもお世話になっております。ネクストブリッジ・サポートの岡部です。
2025年10月分のサービスデスク作業報告書をお送りいたします。
ファイルはパスワード付きZIPとしております。パスワードは別メールにてお送りいたします。

定例会（11/14）では、VPN関連の問い合わせ増加についてご報告させてください。
引き続きよろしくお願いいたします。
""" + SIG_OKABE,
      attachments=[enc_zip("作業報告書_202510.zip")]))

_clients = ["オリオン精密 情報システム部 平井 <t-hirai@orion-seimitsu.example.co.jp>",
            "山本商会 情報システム課 関 <seki@yamamoto-shokai.example.co.jp>",
            "アステラ物流 システム部 <system@astella-logi.example.co.jp>",
            "大和田 誠 <m-owada@kansai-foods.example.co.jp>",
            "情報システム部 <it@sakura-pharma.example.co.jp>",
            "吉岡 里沙 <r-yoshioka@minato-kensetsu.example.co.jp>",
            "IT推進室 <itsuishin@tokai-denki.example.co.jp>",
            "Harbor Lane Japan IT <it-jp@harborlane.example.com>",
            "小林精機 総務課 <somu@kobayashi-seiki.example.co.jp>",
            "堀内 健 <horiuchi@aozora-hoken.example.co.jp>",
            "システム管理課 <sysadmin@nishiki-hotels.example.co.jp>",
            "岩田 恭平 <k-iwata@shinsei-chem.example.co.jp>"]
add(M(ORG, "kiritani", "recipients", "hold", "recipients.maintenance_notice_visible",
      "契約先12社の担当者アドレスを To に並べて一斉送信しており、顧客同士に互いの取引関係と連絡先が見える。",
      KIRITANI, _clients,
      "【重要】リモートサポートツール バージョンアップに伴う一時停止のお知らせ（11/15）",
      """
お客様各位

いつもNBSサービスデスクをご利用いただき、誠にありがとうございます。
リモートサポートツールのバージョンアップに伴い、下記の時間帯はリモート操作によるサポートを停止いたします。

　停止日時：2025年11月15日（土）22:00 〜 11月16日（日）6:00
　影響：上記時間帯のリモート操作サポート（電話・メールでの受付は通常どおり）
　お客様側の作業：なし（エージェントは自動で更新されます）

更新後、初回接続時に「新しいバージョンに更新されました」と表示される場合がありますが、そのまま「OK」を押してください。
ご不便をおかけいたしますが、ご理解のほどよろしくお願い申し上げます。
""" + SIG_KIRITANI))

# ======================================================================= PASSES
add(M(ORG, "okabe", "body", "pass", "benign.incident_malware_quarantine",
      "「障害」「感染」「隔離」はメール配送障害とマルウェア感染端末の隔離のことで、端末名・ハッシュ値・社内IPだけで利用者は特定されない。",
      OKABE, [HIRAI],
      "【障害報告】11/5 メール配送遅延およびマルウェア感染端末の隔離について",
      """
株式会社オリオン精密
情報システム部 平井様
（CC：情報セキュリティ室 ご担当者様）

お世話になっております。NBSの岡部です。
11月5日に発生した2件の事象について、第一報をご報告いたします。

■1．メール配送遅延（障害）
　発生：11/5 9:12〜10:47（約95分）
　影響：社外からの受信メールが最大90分遅延（欠落なし）
　原因：メールゲートウェイの定義ファイル更新処理の停止（ベンダー確認済み）
　対応：ゲートウェイのサービス再起動により復旧

■2．マルウェア感染端末の隔離
　検知：11/5 14:26　EDRによる検知（Trojan.Downloader 系）
　端末：ORN-PC-1187（製造部フロア、Windows 11）
　ファイル：invoice_1105.xlsm
　SHA-256：6f1c9a4e0b7d23c58e9f4a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abc
　通信先：203.0.113.45（ブロック済み）
　対応：14:31 ネットワークから隔離、フルスキャン実施。同一ファイルの受信者 3名の端末も確認し、実行なし
　現状：端末は再イメージ化のうえ、11/6 に利用者へ返却予定

詳細な報告書は11月10日（月）までに提出いたします。
""" + SIG_OKABE,
      cc=[ORION_SEC]))

_test_card = "4111 1111 1111 1111"
add(M(ORG, "mori", "body", "pass", "benign.test_card_dev_minutes",
      "Development minutes quote the well-known Luhn-valid test card number used in a payment sandbox; no real card or person's data.",
      MORI, HL_DEV,
      "Minutes: expense app payment sandbox test (Nov 12)",
      """
Hi Priya, Ohno-san,

Thanks for joining today. Minutes below — please let me know if I missed anything.

Attendees: Priya Natarajan (HL Global IT), Jun Ohno (HL Japan), Daniel Mori, Keita Tsuji (NBS)

1. Sandbox card payments
   - Tested the corporate card top-up flow in the payment sandbox with test card %s
     (exp 12/30, CVC 123). Authorisation and refund both returned the expected codes.
   - The 3-D Secure challenge screen did not render in Edge; works in Chrome. Ticket NBS-DEV-214.
2. Masking in the ticket tool
   - The helpdesk form will reject anything that looks like a full card number and ask the user
     to enter only the last 4 digits. Go-live with the December release.
3. Reminder to all testers: never enter real card numbers in the sandbox or in tickets.

Next check-in: Nov 19, 10:00 JST / Nov 19, 01:00 UTC.
""" % _test_card + SIG_MORI))

add(M(ORG, "kiritani", "body", "pass", "benign.password_reset_to_user",
      "利用者本人へのパスワード初期化完了の連絡で、本人のユーザーIDとチケット番号だけであり、パスワード自体も書いていない。",
      KIRITANI, ["工藤 彩 <a-kudo@orion-seimitsu.example.co.jp>"],
      "【NBSサービスデスク】パスワード初期化完了のお知らせ（INC0048391）",
      """
工藤 彩 様

NBSサービスデスクの桐谷です。お問い合わせいただいたパスワードの初期化が完了しました。

　チケット番号：INC0048391
　対象アカウント：kudo-a（オリオン精密 ドメイン）
　仮パスワード：ご登録の社用携帯にSMSでお送りしました

初回ログイン時に新しいパスワードの設定を求められますので、12文字以上で設定してください。
ロックが解除されない場合は、サービスデスク（内線 8830 / 03-0000-8830）までご連絡ください。

本チケットは、3営業日ご連絡がない場合にクローズいたします。
""" + SIG_KIRITANI))

add(M(ORG, "okabe", "attachment", "pass", "benign.sla_monthly_aggregate",
      "月次SLAの集計表で、件数・一次解決率・応答時間などの集計値と担当者名だけであり、利用者の情報はない。",
      OKABE, [HIRAI],
      "10月度 SLA実績（速報）の共有",
      """
平井様

お世話になっております。NBSの岡部です。
10月度のSLA実績（速報値）を共有いたします。正式な報告書は月次報告とあわせてお送りします。

全体として目標はすべて達成しましたが、VPN関連の問い合わせが前月比 +38% と増えています。
11/14の定例会で、FAQの追加案をご提案させてください。

なお、10月からSVとして竹内（竹内 遥斗）がチームに加わっております。定例会で改めてご紹介いたします。
""" + SIG_OKABE,
      attachments=[{"filename": "SLA_202510_速報.csv", "contentType": CSV, "text": csv_text(
          ["指標", "目標", "実績", "前月"],
          [["受付件数", "-", "1,284件", "1,196件"], ["電話応答率", "95%以上", "97.2%", "96.8%"],
           ["平均応答時間", "30秒以内", "18秒", "21秒"], ["一次解決率", "70%以上", "76.4%", "74.9%"],
           ["エスカレーション率", "-", "9.8%", "11.2%"], ["顧客満足度(5段階)", "4.0以上", "4.32", "4.28"],
           ["VPN関連件数", "-", "211件", "153件"]])}]))

add(M(ORG, "mori", "body", "pass", "benign.invoice_swift_corporate",
      "Invoice mail with the company's own corporate bank account and SWIFT code; no private person's account.",
      MORI, [HL_JP_FIN],
      "Invoice NBS-INV-2510-044 (October service desk fees)",
      """
Dear Harbor Lane Japan Finance team,

Please find below the details of our invoice for October. The PDF has been uploaded to your supplier portal.

  Invoice no.: NBS-INV-2510-044
  Service period: October 1-31, 2025
  Amount: JPY 2,486,000 (incl. 10% consumption tax)
  Due date: November 30, 2025
  Registration number (qualified invoice): T7010401098765

Remittance details:
  Bank: Tokyo Minato Bank, Ltd., Osaki Branch
  SWIFT: TMBKJPJTXXX
  Account: Ordinary 1234508
  Account name: NextBridge Support Inc.

Please note that our bank account has not changed. If you ever receive a request to pay into a different account,
please call me on the number below before making any payment.
""" + SIG_MORI))

_yam_chain = """
> 岡部様
>
> ご丁寧にありがとうございます。山本商会 情報システム課の関です。
> 竹内様、これからどうぞよろしくお願いいたします。
> 11/20の定例会は、総務の今井も同席いたします。
>
> ――――――――――――――――――
> 株式会社山本商会　管理本部 情報システム課
> 課長　関 雅人（せき まさと）
> 〒103-0000 東京都中央区日本橋本町4-2-7 山本商会ビル
> TEL 03-0000-5561（代表）／ 03-0000-5570（直通）
> ――――――――――――――――――
>
>> 株式会社山本商会 関様、情報システム課の皆さま、今井様
>>
>> いつもお世話になっております。NBSの岡部です。
>> 12月1日より、貴社担当のSVが 竹内 遥斗 に交代いたします。
>> 私は引き続きリーダーとして関与いたします。
"""
add(M(ORG, "okabe", "quoted", "pass", "benign.successor_introduction_chain",
      "担当SV交代のあいさつと返信チェーンで、双方の担当者名と重い署名が並ぶだけの通常業務である。",
      OKABE, YAMAMOTO,
      "Re: 担当SV交代のご挨拶（12月1日付）",
      """
関様

ご返信ありがとうございます。NBSの岡部です。
11/20（木）の定例会には、竹内とともに伺います。今井様もご同席とのこと、承知いたしました。

竹内からもご挨拶させていただきます。

――
株式会社山本商会 関様、今井様

はじめまして。ネクストブリッジ・サポートの竹内 遥斗と申します。
12月より貴社のサービスデスクのSVを担当いたします。
前職では流通業のお客様のヘルプデスクを4年間担当しておりました。
まずは現行の運用をしっかり引き継ぎ、FAQの整備から取り組んでまいります。
どうぞよろしくお願いいたします。

竹内 遥斗（たけうち はると）
サービスデスク事業部 第2グループ SV
TEL 03-0000-8824 ／ h-takeuchi@nextbridge-sp.example.co.jp
――
""" + SIG_OKABE + _yam_chain,
      cc=["竹内 遥斗 <h-takeuchi@nextbridge-sp.example.co.jp>"]))

add(M(ORG, "kiritani", "attachment", "pass", "benign.serials_asset_tags",
      "PC入替の台帳で、資産番号・シリアル番号・MACアドレス・席番号だけが並び、利用者個人の情報はない。",
      KIRITANI, [HIRAI],
      "PC入替（第3弾・品質保証部）対象機器一覧の送付",
      """
平井様

お世話になっております。NBSサービスデスクの桐谷です。
11/22（土）に実施する品質保証部のPC入替について、対象機器の一覧をお送りします。
新PCの資産ラベルは貼付済みです。旧PCは入替後、データ消去証明書とあわせて回収業者へ引き渡します。

席番号の変更があれば、11/19（水）までにお知らせください。
""" + SIG_KIRITANI,
      attachments=[{"filename": "PC入替_第3弾_品証.csv", "contentType": CSV, "text": csv_text(
          ["席番号", "旧資産番号", "新資産番号", "新シリアル", "新MACアドレス", "ホスト名"],
          [["QA-3F-01", "ORN-PC-11852", "ORN-PC-20501", "PF4K7Q2M", "3C:52:82:1A:4F:01", "ORN-QA-20501"],
           ["QA-3F-02", "ORN-PC-11853", "ORN-PC-20502", "PF4K7Q3B", "3C:52:82:1A:4F:17", "ORN-QA-20502"],
           ["QA-3F-03", "ORN-PC-11861", "ORN-PC-20503", "PF4K7Q4X", "3C:52:82:1A:4F:2C", "ORN-QA-20503"],
           ["QA-3F-04", "ORN-PC-11870", "ORN-PC-20504", "PF4K7Q5R", "3C:52:82:1A:4F:3E", "ORN-QA-20504"],
           ["QA-3F-05", "ORN-PC-11874", "ORN-PC-20505", "PF4K7Q6D", "3C:52:82:1A:4F:51", "ORN-QA-20505"],
           ["QA-3F-06", "ORN-PC-11902", "ORN-PC-20506", "PF4K7Q7H", "3C:52:82:1A:4F:66", "ORN-QA-20506"],
           ["QA-3F-07", "ORN-PC-11905", "ORN-PC-20507", "PF4K7Q8W", "3C:52:82:1A:4F:78", "ORN-QA-20507"],
           ["QA-3F-08", "ORN-PC-11911", "ORN-PC-20508", "PF4K7Q9L", "3C:52:82:1A:4F:8A", "ORN-QA-20508"]])}]))

add(M(ORG, "mori", "body", "pass", "benign.employment_verification_consent",
      "本人の同意書に基づく在籍確認の回答で、在籍期間と最終職位だけを答え、給与や退職理由は答えていない。",
      MORI, ["クラウドゲート 人事部 採用担当 <saiyo@cloudgate.example.co.jp>"],
      "Re: 在籍確認のお願い（関口 翔 様）",
      """
株式会社クラウドゲート
人事部 採用ご担当者様

お世話になっております。株式会社ネクストブリッジ・サポートの森と申します。
人事部長の代理でご回答いたします。

関口 翔 様ご本人の同意書（11月10日付）を受領いたしましたので、以下の範囲でご回答いたします。

　在籍期間：2019年4月1日 〜 2024年9月30日
　最終職位：サービスデスク事業部 シニアオペレーター

上記以外の事項（給与、評価、退職理由など）につきましては、当社の規程によりお答えいたしかねます。
ご了承のほど、よろしくお願い申し上げます。
""" + SIG_MORI_JA))

add(M(ORG, "okabe", "body", "pass", "benign.katakana_product_names",
      "「ユウキ」「ハルカ」は製品名、山本商会・小林精機は会社名で、人名のように見えるが個人の情報ではない。",
      OKABE, YAMAMOTO[:2],
      "社内FAQチャットボット「ユウキ」導入1か月の利用状況",
      """
株式会社山本商会
情報システム課 関様

お世話になっております。NBSの岡部です。
10月に導入した社内FAQチャットボット「ユウキ」の、1か月間の利用状況をご報告します。

　利用件数：1,942件（1日平均 92件）
　自己解決率：58.3%（チャットボット内で解決し、有人窓口に移らなかった割合）
　よく使われた質問：①パスワード変更 ②複合機のスキャン設定 ③Teamsの会議URL発行
　有人窓口の電話件数：前月比 -21%

11月からは、資産管理ツール「ハルカ」と連携し、「自分のPCの保守期限は？」といった質問にも答えられるようにする予定です。
また、グループ会社の小林精機様からも同様の導入のご相談をいただいていると伺っております。ご紹介いただけるようでしたら、ぜひご相談させてください。
""" + SIG_OKABE))

add(M(ORG, "kiritani", "zip", "pass", "benign.plain_zip_manuals",
      "パスワードのない通常のZIPで、中身はVPN接続の手順書と設定ファイルの一覧だけである。",
      KIRITANI, [HIRAI],
      "VPN接続手順書（新クライアント）一式の送付",
      """
平井様

お世話になっております。NBSサービスデスクの桐谷です。
12月から切り替える新しいVPNクライアントの手順書一式を、ZIPにまとめてお送りします。
社内ポータルへの掲載をお願いできますでしょうか。

Mac版の手順書は、検証が終わり次第（11/28予定）追加でお送りします。
""" + SIG_KIRITANI,
      cc=[ORION_SOMU],
      attachments=[att("VPN手順書_v3.zip", ZIP, """
VPN手順書_v3.zip の内容
01_VPNクライアント_インストール手順_Windows.pdf
02_初回接続と証明書の登録.pdf
03_よくある質問（接続できない場合）.pdf
04_在宅勤務時の注意事項.pdf
orion_vpn_profile.xml
readme.txt
""")]))
