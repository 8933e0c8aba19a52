# Org C: さくら台市立総合病院 医事課 (municipal hospital, medical billing office).
from common import *

CLINICS = ["info@aoki-naika.example.jp", "uketsuke@hoshino-clinic.example.jp",
           "jimu@sakuradai-seikei.example.jp", "renkei@kita-hosp.example.or.jp",
           "office@midori-ganka.example.jp", "k.ono@ono-jibika.example.jp",
           "jimu@fujimi-kodomo.example.jp", "chiikirenkei@higashi-med.example.or.jp",
           "soudan@kawabe-hifuka.example.jp", "renkei@minami-rehab.example.or.jp",
           "info@takahashi-shinryo.example.jp", "jimu@nishi-dental.example.jp",
           "office@sakura-homecare.example.jp", "renkei@yamabuki-hosp.example.or.jp",
           "admin@izumi-cardio.example.jp"]

MAILS = [
# ---------------- holds ----------------
M("hold", "sensitive.health",
  "Gives a life insurer a named patient's diagnosis, surgery and pathology for a claim.",
  NEMOTO, ["あおば生命 保険金部 須藤様 <sudo.claims@aoba-life.example.co.jp>"],
  "診断書記載内容に関するご照会への回答",
  """あおば生命保険株式会社 保険金部
須藤様

お世話になっております。さくら台市立総合病院 医事課の根本です。
6月3日付でご照会のあった件につき、主治医に確認のうえ回答いたします
（患者様ご本人の同意書は受領済みです）。

患者氏名：石原 和彦 様（昭和42年8月生）
傷病名：S状結腸癌（pT3N1M0 StageⅢb）
入院期間：2025年4月8日〜4月24日
手術：腹腔鏡下S状結腸切除術（4月10日）
術後補助化学療法：外来にて継続中

ご不明点がございましたら、医事課までお問い合わせください。

""" + SIG_NEMOTO, loc="body",
  personal=[{"type": "name", "value": "石原 和彦"},
            {"type": "diagnosis", "value": "S状結腸癌（pT3N1M0 StageⅢb）"}]),

M("hold", "id.health_insurance",
  "Asks a health-insurance society to confirm a patient's insurer number and member symbols.",
  KAGAWA, ["資格確認ご担当 <shikaku@kanto-denki-kenpo.example.or.jp>"],
  "被保険者資格の確認のお願い",
  """関東電機健康保険組合
資格確認ご担当者様

さくら台市立総合病院 医事課の香川と申します。
オンライン資格確認で「資格なし」と表示された患者様について、
資格の有無をご確認いただきたくご連絡しました。

保険者番号：06137285
記号・番号：27・10448（枝番 01）
氏名：村上 早苗 様
生年月日：1979年11月30日
受診日：2025年6月9日

お手数ですが、折り返しご回答をお願いいたします。

""" + SIG_KAGAWA, loc="body",
  personal=[{"type": "health_insurance", "value": "27・10448（枝番 01）"},
            {"type": "name", "value": "村上 早苗"},
            {"type": "birthdate", "value": "1979年11月30日"}]),

M("hold", "list.debts",
  "The attached CSV lists patients' names, addresses, phones and unpaid amounts for a law firm; body gives no hint.",
  KAGAWA, ["弁護士法人さくら総合法律事務所 宇野先生 <uno@sakura-law.example.jp>"],
  "今期ご依頼分の一覧",
  """宇野先生

いつもお世話になっております。医事課の香川です。
今期ご依頼分の一覧を添付いたします。
内容についてご不明な点があればお知らせください。

""" + SIG_KAGAWA, loc="attachment",
  attachments=[A("依頼分_2025上期.csv", CSV,
"""患者ID,氏名,住所,電話,最終来院日,未収額
00458812,平田 翼,さくら台市東町3-2-15,090-0000-3374,2024-08-19,186400
00473309,岡部 美由紀,さくら台市緑ヶ丘1-7-2-405,080-0000-6612,2024-10-02,54210
00392174,Chen Wei,川越市新富町2-4-9 メゾン新富302,070-0000-8820,2024-06-27,312980
00501126,宮坂 守,さくら台市本町5-11-1,049-000-7716,2024-12-14,23650
""")],
  personal=[{"type": "name", "value": "岡部 美由紀"},
            {"type": "address", "value": "さくら台市緑ヶ丘1-7-2-405"},
            {"type": "debt", "value": "312980"}]),

M("hold", "sensitive.health",
  "A short reply to a care home quotes an internal note giving a named resident's MRSA carriage and dementia.",
  NEMOTO, ["特養 ひだまりの里 相談員 山口様 <yamaguchi@hidamari-care.example.jp>"],
  "Re: Fw: 退院日の調整について",
  """山口様

承知いたしました。6月20日（金）11時の退院で手配いたします。
当日は1階 入退院受付までお迎えをお願いいたします。

根本

> ----- 転送メッセージ -----
> 差出人：5階東病棟 看護師長 浅野
> 宛先：医事課 根本
> 件名：退院日の調整について
>
> 根本さん
> 5東 512号室 小松 フミ様（88歳）、施設（ひだまりの里）へ6/20退院予定です。
> MRSA保菌あり（鼻腔）、接触予防策継続のこと施設へ申し送り済み。
> アルツハイマー型認知症で夜間せん妄あり。入院費は長男様が窓口で精算予定。
> 浅野

""" + SIG_NEMOTO, loc="quoted",
  personal=[{"type": "name", "value": "小松 フミ"},
            {"type": "diagnosis", "value": "MRSA保菌あり（鼻腔）"},
            {"type": "diagnosis", "value": "アルツハイマー型認知症で夜間せん妄あり"}]),

M("hold", "id.bank_account",
  "Sends a patient's private bank account to the designated bank for an overpayment refund.",
  KAGAWA, ["さくら台信用金庫 公金課 <koukin@sakuradai-shinkin.example.jp>"],
  "過誤納付金 還付振込の依頼",
  """さくら台信用金庫 公金課 御中

いつもお世話になっております。さくら台市立総合病院 医事課の香川です。
高額療養費の限度額適用に伴う過払い分について、下記のとおり還付振込をお願いいたします。

振込先：東都銀行 さくら台北支店
口座種別：普通
口座番号：3810472
口座名義：ナカムラ ユウコ
金額：68,420円
振込予定日：6月25日

振込依頼書（原本）は本日の集配便でお届けします。

""" + SIG_KAGAWA, loc="body",
  personal=[{"type": "bank_account", "value": "3810472"},
            {"type": "name", "value": "ナカムラ ユウコ"}]),

M("hold", "attachment.encrypted_zip",
  "Sends returned-claims data to the billing outsourcer in a password zip (PPAP).",
  NEMOTO, ["医療事務受託 センター長 <center@medi-partners.example.co.jp>"],
  "5月診療分 返戻レセプト一覧",
  """センター長様

お世話になっております。
5月診療分の返戻レセプト一覧をお送りします。パスワードは別途お電話でお伝えします。
再請求の締切は7月10日です。

""" + SIG_NEMOTO, loc="encrypted_zip",
  attachments=[A("henrei_202505.zip", ZIP, encrypted=True)]),

M("hold", "sensitive.health",
  "The subject line names a patient with birth date and dialysis treatment; body is generic.",
  NEMOTO, ["社会保険診療報酬支払基金 審査ご担当 <shinsa-saitama@kikin.example.or.jp>"],
  "【再審査】小田切 勝 様（S31.4.2生）人工透析 5月分 査定の件",
  """審査ご担当者様

いつもお世話になっております。
件名の件、先ほどお電話でご相談した内容について、
本日付で再審査等請求書を提出いたしました。よろしくお願いいたします。

""" + SIG_NEMOTO, loc="subject",
  personal=[{"type": "name", "value": "小田切 勝"},
            {"type": "diagnosis", "value": "人工透析"}]),

M("hold", "sensitive.social_status",
  "Tells the welfare office a named patient's welfare status and hospital stay.",
  KAGAWA, ["さくら台市 福祉事務所 保護第二係 吉川様 <hogo2@city.sakuradai.example.lg.jp>"],
  "医療券の発行について（6月分）",
  """保護第二係 吉川様

いつもお世話になっております。医事課の香川です。
生活保護受給中の下記の方が6月12日から入院されましたので、医療券の発行をお願いいたします。

氏名：大西 清 様（63歳）
ケース番号：B-2217
住所：さくら台市若葉町2-8-10 若葉荘101
入院病棟：4階西（内科）
入院見込み：約3週間

退院時にはあらためてご連絡いたします。

""" + SIG_KAGAWA, loc="body",
  personal=[{"type": "name", "value": "大西 清"},
            {"type": "social_status", "value": "生活保護受給中"},
            {"type": "address", "value": "さくら台市若葉町2-8-10 若葉荘101"}]),

M("hold", "personal.inquiry_forward",
  "Forwards a patient's complaint with full name, address and phone to the parking contractor.",
  TASHIRO, ["駐車場管理 パークサービス 岩井様 <iwai@park-service.example.co.jp>"],
  "駐車料金に関するご意見（対応のお願い）",
  """岩井様

お世話になっております。医事課長の田代です。
「ご意見箱」に以下の投書がありました。精算機の不具合と思われますので、
ご本人様への連絡と返金対応をお願いいたします。

お名前：藤井 正人 様
ご住所：さくら台市旭町4-19-3
お電話：080-0000-2947
内容：6月8日の午後、外来受診後に駐車場の精算機で割引券を入れたが反映されず、
1,800円を支払った。係員もおらず、非常に不快だった。

対応結果は医事課までご報告ください。

""" + SIG_TASHIRO, loc="body",
  personal=[{"type": "name", "value": "藤井 正人"},
            {"type": "address", "value": "さくら台市旭町4-19-3"},
            {"type": "phone", "value": "080-0000-2947"}]),

M("hold", "recipients.visible_outside",
  "Notice of the new referral system sent to 15 outside clinics all visible in To.",
  TASHIRO, CLINICS,
  "【連携医療機関各位】紹介予約システム変更のお知らせ",
  """連携医療機関 各位

日頃より当院の地域医療連携にご協力いただき、誠にありがとうございます。
7月1日より、紹介患者様の予約方法をFAXからWeb予約システムへ切り替えます。

・移行期間：7月1日〜9月30日（FAXも受付）
・ID・初期パスワードは郵送でお届けします
・操作説明会：6月24日（火）19:00〜（オンライン）

ご不明な点は地域連携室または医事課までお問い合わせください。

""" + SIG_TASHIRO, loc="recipients"),

# ---------------- passes ----------------
M("pass", "benign.visiting_restriction",
  "Visiting restriction due to influenza with no names, sent Bcc to care partners.",
  TASHIRO, ["tashiro-k@hosp.sakuradai.example.lg.jp"],
  "面会制限の実施について（お知らせ）",
  """関係施設 各位（BCCにて送信しております）

院内でインフルエンザの感染が複数病棟で確認されたため、
6月16日（月）から当面の間、全病棟で面会を制限いたします。

・面会は原則、荷物の受け渡しのみ（1階 総合受付にて）
・入退院の付き添いはお1人まで
・施設職員様による退院時のお迎えは通常どおり可能です

ご理解とご協力をお願いいたします。

""" + SIG_TASHIRO,
  bcc=["yamaguchi@hidamari-care.example.jp", "soudan@aozora-rouken.example.jp",
       "info@sakura-homecare.example.jp", "renkei@minami-rehab.example.or.jp",
       "care@tsubasa-gh.example.jp", "office@hoshi-houkan.example.jp"]),

M("pass", "benign.tracking_number",
  "Shipment notice for form stock with 12-digit Yamato tracking numbers that look like My Numbers.",
  KAGAWA, ["三協ビジネスフォーム 受注センター <juchu@sankyo-forms.example.co.jp>"],
  "Re: 診療明細書用紙 返品の発送について",
  """受注センター ご担当者様

お世話になっております。医事課の香川です。
誤納品分の返品を本日発送しましたのでお知らせします。

・診療明細書用紙（A4 3枚複写）10箱 → 宅急便 伝票番号 562308019274
・領収書ロール紙 6箱 → 宅急便 伝票番号 225628656233

正しい品番（SBF-A4-3C-R）での再納品を6月20日までにお願いいたします。

""" + SIG_KAGAWA),

M("pass", "benign.to_data_subject",
  "Replies to a patient's own request for a reissued receipt, sent to the patient herself.",
  KAGAWA, ["竹下 由美 様 <yumi.takeshita88@ezweb.example.ne.jp>"],
  "領収書の再発行について（さくら台市立総合病院）",
  """竹下 由美 様

お問い合わせいただきありがとうございます。
さくら台市立総合病院 医事課の香川でございます。

領収書の再発行はできかねますが、代わりに「領収済証明書」を発行いたします。
医療費控除の申告にご利用いただけます。

・発行手数料：1通 550円
・お受け取り：1階 会計窓口（平日 8:30〜17:00）
・ご本人確認書類をお持ちください

郵送をご希望の場合は、このメールにご返信ください。

""" + SIG_KAGAWA),

M("pass", "benign.malware",
  "Reports malware infection and isolation of a billing PC to the EMR vendor; 感染/隔離 are IT terms.",
  NEMOTO, ["メディシステム サポート <support@medisystem.example.co.jp>"],
  "【至急】医事会計端末のマルウェア感染疑い",
  """メディシステム株式会社 サポートご担当者様

本日9時頃、医事課の会計端末（資産番号 PC-IJI-014）でウイルス対策ソフトが
不審なファイルを検知しました。Emotet感染の疑いがあるため、
当該端末はLANケーブルを抜いてネットワークから隔離しています。

・検知名：Trojan.Emotet.Gen.7
・SHA-256：9f2c41be07a3d58e16f0c2b7a9e4d3310c5f8e2a61d7b94c0e3a8f57d21b6c04
・他の端末への感染拡大は現時点で確認されていません

オンサイトでの調査をお願いできますでしょうか。

""" + SIG_NEMOTO),

M("pass", "benign.corporate_account",
  "Invoice for a company's staff health checks with the hospital's own account.",
  KAGAWA, ["株式会社さくら台運輸 総務部 <somu@sakuradai-unyu.example.co.jp>"],
  "定期健康診断（5月実施分）のご請求について",
  """株式会社さくら台運輸 総務部 御中

5月に実施しました貴社従業員の定期健康診断の費用をご請求いたします。

受診者数：84名（うち二次検査対象 11名／個別結果はご本人へ郵送済み）
請求金額：1,058,400円（税込）
お支払期限：7月31日
振込先：さくら台信用金庫 本店（普通）0012885
名義：さくら台市病院事業管理者

請求書原本は郵送いたします。

""" + SIG_KAGAWA),

M("pass", "benign.lecturer_fee",
  "Tells an outside lecturer her own fee with a masked account number.",
  TASHIRO, ["本田 理恵 先生 <rie.honda@nifty.example.com>"],
  "講師謝金のお支払いについて",
  """本田 理恵 先生

先日は医療事務研修会でご講演いただき、誠にありがとうございました。
職員からも「未収金対策の具体例がわかりやすかった」と好評でした。

謝金のお支払いについてご連絡いたします。
・金額：30,000円（源泉徴収後 26,937円）
・お振込先：ご登録の口座（〇〇銀行 ****472）
・お振込日：7月10日

源泉徴収票は来年1月にお送りします。

""" + SIG_TASHIRO),

M("pass", "benign.dev_test_card",
  "Development minutes for the automatic payment machine quoting a Luhn-valid test card.",
  NEMOTO, ["ペイテック 開発部 坂井様 <sakai.dev@paytech.example.co.jp>"],
  "自動精算機 クレジット決済 結合テスト打合せ議事録",
  """坂井様

本日の打合せ議事録です。

日時：6月13日 15:00〜16:00（Teams）
出席：ペイテック 坂井様・三浦様／当院 根本・情報システム係 永井

1. 検証環境でのテスト結果
   - テストカード 4111 1111 1111 1111（有効期限 12/30）で承認OK
   - 3Dセキュア認証画面の文字化け → ペイテック様で修正（6/20）
2. 取消処理：当日取消は可、翌日以降は返金扱い
3. 本番切替：7月7日（月）早朝 6:00〜7:30

以上

""" + SIG_NEMOTO),

M("pass", "benign.product_medical_words",
  "Equipment order with disability/medical words about products and facilities only.",
  TASHIRO, ["ケアメディカル 営業 高木様 <takagi@care-medical.example.co.jp>"],
  "車いす・血圧計の追加購入と多目的トイレ改修の件",
  """高木様

いつもお世話になっております。
先日お見積りいただいた件、下記で発注を進めたく存じます。

・自走式車いす（CM-220 ワイドタイプ）　6台
・自動血圧計（BP-900 待合用）　2台
・障害者用トイレ（外来棟1階）手すり・オストメイト対応水栓の改修工事一式

納期と工事日程のご提案をお願いいたします。

""" + SIG_TASHIRO),

M("pass", "benign.successor_intro",
  "Transfer greeting introducing a successor to the claims-review office.",
  TASHIRO, ["支払基金 さいたま審査委員会事務局 岸様 <kishi@kikin.example.or.jp>"],
  "異動のご挨拶",
  """岸様

いつも大変お世話になっております。
私こと、7月1日付で市保健福祉部へ異動することとなりました。
後任の医事課長は、現在財政課におります 宮原 純一 が務めます。
在任中は再審査請求などで多くのご指導をいただき、心より感謝申し上げます。
今後とも当院をよろしくお願い申し上げます。

""" + SIG_TASHIRO),

M("pass", "benign.genome_policy",
  "Explains the hospital's cancer genome testing policy to a partner hospital; no patient data.",
  NEMOTO, ["やまぶき病院 医事課 <iji@yamabuki-hosp.example.or.jp>"],
  "がんゲノムプロファイリング検査の紹介受入について",
  """やまぶき病院 医事課 御中

お問い合わせの件、当院の運用をご案内いたします。

・対象：標準治療が終了（見込み含む）した固形がんの患者様
・保険算定：検査提出時 8,000点、結果説明時 48,000点
・エキスパートパネル：連携するがんゲノム医療中核拠点病院で月2回開催
・二次的所見（生殖細胞系列）の開示方針：検査前に説明し、希望の有無を文書で確認

紹介状とあわせて病理検体の提出方法もご確認ください。

""" + SIG_NEMOTO),
]
