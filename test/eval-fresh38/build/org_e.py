# Org E: 株式会社コネクトリンク (call-centre BPO).
from common import *

MAILS = [
# ---------------- holds ----------------
M("hold", "id.card_number",
  "Passes a customer's full card number and expiry taken in a phone order to the client.",
  SANO, ["EC運営 受注チーム 前川様 <maekawa@kurashi-mart.example.jp>"],
  "電話注文分 決済登録のお願い（受付番号 TEL-250612-0087）",
  """前川様

お世話になっております。コネクトリンク那覇センターの佐野です。
Web決済がエラーになったお客様から、お電話でご注文を承りました。
管理画面への登録をお願いいたします。

お客様：宮里 恵子 様（会員番号 KM-0042817）
商品：羽毛掛け布団 シングル ×1（19,800円）
カード番号：4242 4242 4242 4242
有効期限：09/28　名義：KEIKO MIYAZATO
支払回数：1回

お客様には本日中に確認メールが届く旨をお伝えしています。

""" + SIG_SANO, loc="body",
  personal=[{"type": "card_number", "value": "4242 4242 4242 4242"},
            {"type": "name", "value": "宮里 恵子"}]),

M("hold", "list.customer",
  "The attached call log lists customers' names, phones and addresses; the body gives no hint.",
  SANO, ["前川様 <maekawa@kurashi-mart.example.jp>"],
  "6/12 日次レポート",
  """前川様

本日分をお送りします。よろしくお願いいたします。

""" + SIG_SANO, loc="attachment",
  attachments=[A("calllog_20250612.csv", CSV,
"""受付日時,顧客名,電話番号,住所,用件,対応結果
2025-06-12 09:14,比嘉 拓海,090-0000-1204,沖縄県浦添市前田2-14-7,配送遅延,お詫び・再配送手配
2025-06-12 09:52,上原 ひとみ,080-0000-4468,那覇市首里石嶺町3-88-2,返品,返品受付
2025-06-12 10:31,新垣 隆,098-000-3391,宜野湾市大山6-3-15,サイズ交換,交換受付
2025-06-12 11:07,Smith Laura,070-0000-2250,北谷町美浜1-5-1-1203,英語対応・請求確認,SV対応
""")],
  personal=[{"type": "name", "value": "上原 ひとみ"},
            {"type": "phone", "value": "080-0000-4468"},
            {"type": "address", "value": "那覇市首里石嶺町3-88-2"}]),

M("hold", "personal.inquiry_forward",
  "Forwards a customer inquiry, whose quoted part holds full contact details, to the delivery subcontractor.",
  SANO, ["南西ロジ 配送センター <haiso@nansei-logi.example.jp>"],
  "Fw: 【エスカレーション】再配達の件",
  """南西ロジ 配送センター ご担当者様

クライアント（くらしマート様）の案件で、再配達のご依頼です。
本日18時〜20時の配達をお願いできますでしょうか。

佐野

-----Original Message-----
From: オペレーター 當山
Sent: Thursday, June 12, 2025 2:18 PM
To: SV 佐野
Subject: 【エスカレーション】再配達の件

お客様：玉城 和也 様
住所：沖縄県沖縄市胡屋3-19-6 コーポ胡屋201
電話：090-0000-7306
内容：3回不在票が入っていたが、在宅していた。インターホンが壊れているので
　　　電話してほしいと伝えてある。非常にお怒り。

""" + SIG_SANO, loc="quoted",
  personal=[{"type": "name", "value": "玉城 和也"},
            {"type": "address", "value": "沖縄県沖縄市胡屋3-19-6 コーポ胡屋201"},
            {"type": "phone", "value": "090-0000-7306"}]),

M("hold", "sensitive.health",
  "Escalates to the insurer client a named policyholder's cancer and depression mentioned in a call.",
  NAKAJIMA, ["ひかり損保 お客さまセンター 管理課 <cc-kanri@hikari-sonpo.example.co.jp>"],
  "【要対応】解約申出のお客様について",
  """ひかり損保 お客さまセンター 管理課 御中

お世話になっております。コネクトリンク品質管理の中島です。
本日の応対で、ご配慮が必要と思われる案件がありましたので共有いたします。

証券番号：HK-7724-0019
お客様：金子 俊夫 様
通話内容：「乳がんの妻の治療費がかさみ、自分もうつ病で休職中なので
　　　　　保険料を払えない。解約したい」とのこと。
オペレーターは払込猶予制度をご案内済み。折返し希望（平日午後）。

貴社のご判断で担当部署からのご連絡をお願いいたします。

""" + SIG_NAKAJIMA, loc="body",
  personal=[{"type": "name", "value": "金子 俊夫"},
            {"type": "diagnosis", "value": "自分もうつ病で休職中"}]),

M("hold", "attachment.encrypted_zip",
  "Sends monthly QA evaluation data to the client in a password zip (PPAP).",
  NAKAJIMA, ["くらしマート CS推進 <cs-suishin@kurashi-mart.example.jp>"],
  "5月度 応対品質評価結果",
  """CS推進ご担当者様

5月度の応対品質評価結果を送付します。
解凍用パスワードは別メールにてお送りします。

""" + SIG_NAKAJIMA, loc="encrypted_zip",
  attachments=[A("QA_202505_kurashimart.zip", ZIP, encrypted=True)]),

M("hold", "personal.resume",
  "The attached CV of an operator candidate has her address, birth date and history; body gives no hint.",
  ETO, ["ひかり損保 委託管理 村瀬様 <murase@hikari-sonpo.example.co.jp>"],
  "常駐者の件",
  """村瀬様

お世話になっております。コネクトリンクの江藤です。
先日お話しした件、資料を添付いたしました。
ご確認のほどよろしくお願いいたします。

""" + SIG_ETO, loc="attachment",
  attachments=[A("職務経歴書_常駐候補.pdf", PDF,
"""職務経歴書
氏名：仲宗根 彩花（なかそね あやか）
生年月日：1990年7月22日
現住所：沖縄県那覇市泊1-12-9 泊ハイツ702
電話：080-0000-9163
最終学歴：琉球国際短期大学 英語科 卒業
職歴：
 2011–2016 那覇第1センター 損保事故受付オペレーター
 2016–現在 コネクトリンク 那覇第2センター リーダー（20名）
資格：損害保険募集人、TOEIC 815
""")],
  personal=[{"type": "name", "value": "仲宗根 彩花"},
            {"type": "address", "value": "沖縄県那覇市泊1-12-9 泊ハイツ702"},
            {"type": "birthdate", "value": "1990年7月22日"}]),

M("hold", "list.scores",
  "Lists named operators with individual QA scores and coaching remarks for the client.",
  NAKAJIMA, ["CS推進ご担当 <cs-suishin@kurashi-mart.example.jp>"],
  "Re: 下位評価者の改善計画について",
  """CS推進ご担当者様

ご依頼のあった下位評価者の個人別スコアと改善計画です。

| 氏名        | 5月スコア | 前月 | 主な課題                 |
|-------------|-----------|------|--------------------------|
| 當山 美咲   | 61.5      | 64.0 | 保留時間が長い           |
| 島袋 健     | 58.0      | 66.5 | 言葉遣い、遮り           |
| 具志堅 遥   | 62.0      | 59.5 | 本人確認手順の漏れ 2件   |

3名とも6月中にSVとのロールプレイ研修（週2回）を実施します。
改善しない場合は担当キューの変更を検討します。

""" + SIG_NAKAJIMA, loc="body",
  personal=[{"type": "name", "value": "島袋 健"},
            {"type": "score", "value": "58.0"}]),

M("hold", "personal.contact",
  "The subject line carries a customer's name, mobile and home address; the body is generic.",
  SANO, ["くらしマート 前川様 <maekawa@kurashi-mart.example.jp>"],
  "【再架電依頼】竹内 典子様 090-0000-3087 横浜市港北区日吉本町4-11-2",
  """前川様

件名のお客様、本日19時以降に再架電をご希望です。
貴社担当の方からご連絡をお願いいたします。

""" + SIG_SANO, loc="subject",
  personal=[{"type": "name", "value": "竹内 典子"},
            {"type": "phone", "value": "090-0000-3087"},
            {"type": "address", "value": "横浜市港北区日吉本町4-11-2"}]),

M("hold", "sensitive.crime_victim",
  "Tells the bank client that a named elderly customer is a victim of a phone-scam fraud.",
  NAKAJIMA, ["なんよう銀行 不正対策室 <fusei@nanyo-bank.example.co.jp>"],
  "【至急】特殊詐欺被害の申出について",
  """なんよう銀行 不正対策室 御中

カード紛失受付窓口で、特殊詐欺被害のお申し出がありました。

お客様：大城 トミ 様（82歳）
口座：首里支店 普通 ****418（お客様申告）
内容：6月11日、「市役所の職員」を名乗る人物から還付金の電話があり、
　　　ATMで合計 998,000円を振り込んでしまった。本日、娘様が気づき浦添警察署に被害届を提出済み。

口座凍結のご判断をお願いいたします。娘様の連絡先は別途お電話でお伝えします。

""" + SIG_NAKAJIMA, loc="body",
  personal=[{"type": "name", "value": "大城 トミ"},
            {"type": "crime_victim", "value": "浦添警察署に被害届を提出済み"}]),

M("hold", "id.employment_insurance",
  "Sends a leaving operator's employment-insurance and pension numbers to the outside labour consultant.",
  ETO, ["社会保険労務士 喜屋武事務所 <kyan@kyan-sr.example.jp>"],
  "退職者の離職票作成のお願い",
  """喜屋武先生

いつもお世話になっております。コネクトリンクの江藤です。
那覇第2センターの退職者について、離職票の作成をお願いいたします。

氏名：比嘉 直美
雇用保険被保険者番号：4701-552093-8
基礎年金番号：9132-417765
退職日：2025年6月30日（自己都合）
最終給与：月額 212,000円

賃金台帳は共有フォルダに格納済みです。

""" + SIG_ETO, loc="body",
  personal=[{"type": "employment_insurance", "value": "4701-552093-8"},
            {"type": "pension", "value": "9132-417765"}]),

# ---------------- passes ----------------
M("pass", "benign.dev_test_card",
  "IVR payment development minutes quoting a Luhn-valid test card number.",
  NAKAJIMA, ["ボイスペイ 開発 金城様 <kinjo@voicepay.example.jp>"],
  "IVRカード決済 検証環境テスト 議事録（6/11）",
  """金城様

先日のテスト打合せの議事録です。

■ 日時：6月11日 10:00〜11:30
■ 出席：ボイスペイ 金城様・宮良様／コネクトリンク 中島・システム課 大湾

1. 検証環境（sandbox）でのDTMF入力テスト
   - テストカード 5555 5555 5555 4444 / 有効期限 12/29 / CVC 123 で承認
   - 入力中にオペレーター側の録音が自動停止することを確認（PCI DSS対応）
2. タイムアウト時の音声ガイダンス文言を修正（ボイスペイ様）
3. 本番移行判定：6月25日

""" + SIG_NAKAJIMA),

M("pass", "benign.aggregate_kpi",
  "Monthly KPI report with aggregates only.",
  ETO, ["くらしマート CS推進 部長 宮城様 <miyagi@kurashi-mart.example.jp>"],
  "5月度 月次報告（KPIサマリー）",
  """宮城部長

5月度の運用報告をお送りします。

応答率：94.2%（目標 90%）
平均処理時間（AHT）：6分12秒
一次解決率：81.5%
クレーム件数：27件（前月比 -8）
顧客満足度（CSAT）：4.3 / 5.0

詳細は月次定例（6/18）でご説明いたします。

""" + SIG_ETO),

M("pass", "benign.staffing_notice",
  "Notice of reduced staffing due to illness with no names.",
  SANO, ["前川様 <maekawa@kurashi-mart.example.jp>"],
  "本日の稼働人数について",
  """前川様

本日、オペレーター3名が体調不良で欠勤のため、午前中の稼働が計画比 -3席となります。
応答率の低下が見込まれるため、午前のみ折返し予約を優先いたします。
午後は他キューからの応援で計画どおりの席数を確保済みです。

""" + SIG_SANO),

M("pass", "benign.fiction_training_script",
  "Role-play training script with an obviously fictional customer.",
  NAKAJIMA, ["ひかり損保 研修担当 <kenshu@hikari-sonpo.example.co.jp>"],
  "新人研修用ロールプレイ台本（事故受付編）ご確認のお願い",
  """研修ご担当者様

新人研修で使用するロールプレイ台本案です。登場人物はすべて架空です。

【設定】お客様：桃山 太郎（架空）、自動車事故（物損）、相手方あり
OP：お電話ありがとうございます。ひかり損保 事故受付センターでございます。
客：あの、さっき駐車場でぶつけちゃって……
OP：お怪我はございませんでしたか。まずは安全な場所にいらっしゃいますか。
客：はい、大丈夫です。
OP：ありがとうございます。ご契約者様のお名前をフルネームでお願いできますか。
客：桃山太郎です。電話番号は 000-0000-0000 です。

ご指摘があれば6/20までにお知らせください。

""" + SIG_NAKAJIMA),

M("pass", "benign.product_names",
  "FAQ update for katakana product names that look like given names.",
  SANO, ["くらしマート 商品企画 <shohin@kurashi-mart.example.jp>"],
  "FAQ追加依頼：新商品「ハルカ」「ユウト」の問い合わせ",
  """商品企画ご担当者様

発売後1週間で、新商品に関するお問い合わせが増えています。FAQの追加をお願いします。

・「ハルカ」（ロボット掃除機）：充電ステーションに戻らない → 12件
・「ユウト」（電気ケトル）：保温モードの切替方法 → 9件
・「ミサキ」（加湿器）：フィルター交換時期 → 5件

回答案を添付の形式でいただければ、翌日から応対に反映します。

""" + SIG_SANO),

M("pass", "benign.employment_verification",
  "Minimal employment verification (dates and title) given with the former employee's consent.",
  ETO, ["株式会社琉球ネットワークス 人事部 <jinji@ryukyu-nw.example.co.jp>"],
  "在籍確認のご回答",
  """株式会社琉球ネットワークス 人事部 御中

ご本人の同意書（6月10日付）を確認いたしましたので、下記のとおり回答いたします。

氏名：与那嶺 大輔 様
在籍期間：2019年4月1日〜2025年3月31日
最終職位：スーパーバイザー

上記以外の事項についてはお答えいたしかねますので、ご了承ください。

""" + SIG_ETO),

M("pass", "benign.masked_card",
  "Refund status with masked card numbers only.",
  SANO, ["前川様 <maekawa@kurashi-mart.example.jp>"],
  "返金処理の進捗（6/13時点）",
  """前川様

返金処理の進捗です。

受付番号	カード	金額	状況
RF-2506-0031	**** **** **** 1874	4,980円	返金完了
RF-2506-0044	**** **** **** 0392	12,300円	カード会社処理中
RF-2506-0052	**** **** **** 5510	2,640円	返金完了

残り1件は来週中に完了見込みです。

""" + SIG_SANO),

M("pass", "benign.to_data_subject",
  "Invites an offer holder to the entrance ceremony at her own address.",
  ETO, ["安里 みなみ 様 <minami.asato0407@gmail.example.com>"],
  "入社式のご案内（株式会社コネクトリンク）",
  """安里 みなみ 様

このたびは弊社の内定をご承諾いただき、ありがとうございます。
入社式を下記のとおり行いますので、ご案内いたします。

日時：2025年7月1日（火）9:30受付開始
場所：那覇第2センター 3階 研修室
持ち物：筆記用具、印鑑、年金手帳または基礎年金番号のわかるもの（手続き用）
服装：スーツ

当日お会いできることを楽しみにしております。

""" + SIG_ETO),

M("pass", "benign.log_hashes",
  "IT incident report with ticket numbers and log hashes; 障害 refers to the telephony system.",
  NAKAJIMA, ["クラウドPBX サポート <support@cloudpbx.example.jp>"],
  "Re: 【障害】6/12 着信不可（チケット #CP-118204）",
  """サポートご担当者様

ご回答ありがとうございます。弊社側ログの該当部分をお送りします。

2025-06-12T10:41:07+09:00 SIP/2.0 503 Service Unavailable  trace=7d1f0a93c4be2256
2025-06-12T10:41:09+09:00 SIP/2.0 503 Service Unavailable  trace=7d1f0a93c4be2257
log sha256: 3b8e9c01f2a47d65e0c9b18a7f4e2d3360a5c7b91e08f4d2a6c3b7e5f9012d84

障害時間：10:41〜11:03（22分）、影響呼数 推定 140 呼。
再発防止策の報告書を6/20までにお願いいたします。

""" + SIG_NAKAJIMA),

M("pass", "benign.jan_codes",
  "Product recall FAQ with JAN codes, lot numbers and order numbers.",
  SANO, ["くらしマート 品質保証 <qa@kurashi-mart.example.jp>"],
  "自主回収 問い合わせ対応スクリプトの確認",
  """品質保証ご担当者様

電気ケトル「ユウト」自主回収の応対スクリプト案です。

対象：JANコード 4901234567894、4901234567900
ロット：YT2504A〜YT2504F（底面刻印）
確認手順：ご注文番号（例：KM-20250412-338817）または刻印でご確認
対応：着払いで回収、代替品または全額返金

本日までに受付 38件（うち返金希望 21件）。

""" + SIG_SANO),
]
