from common import *

MAILS = []
def m(**kw):
    MAILS.append(kw)

m(expect="hold", kind="list.debts",
  why="The attached sheet lists residents' names, addresses and arrears for water stoppage; the body gives no hint.",
  **{"from": F_SAKAGUCHI}, to=["株式会社ウォーターサポート北浜 業務課 <gyomu@ws-kitahama.example.co.jp>"],
  subject="7月執行分の資料送付",
  text=f"""ウォーターサポート北浜
業務課 ご担当者様

お世話になっております。料金課収納係の坂口です。
7月執行分の資料をお送りします。執行予定日は7月16日〜18日です。
ご不明点があればお電話ください。

{SIG_SAKAGUCHI}
""",
  attachments=[{"filename": "shikko_2025-07.xlsx", "contentType": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text": "[執行予定]\nお客さま番号\t氏名\t給水場所\t滞納期数\t滞納額\t備考\n31-20418-07\t木下 隆\t北浜市中央区本町3-14-2\t4\t52,380\t日中不在\n31-22907-01\t安田 美穂\t北浜市中央区栄町1-8-5-203\t3\t18,660\t\n42-10355-12\t坂本 昭二\t北浜市港区汐見町4-2-19\t6\t71,240\t犬あり\n42-11820-03\t高野 エミ\t北浜市港区南浜2-6-1\t3\t21,980\t分納相談中"}],
  personal=[{"type": "name", "value": "安田 美穂"}, {"type": "address", "value": "北浜市中央区栄町1-8-5-203"}, {"type": "debt", "value": "71,240"}])

m(expect="hold", kind="id.bank_account",
  why="Sends a resident's personal bank account for direct debit to the billing contractor.",
  **{"from": F_SAKAGUCHI}, to=["北浜料金センター（受託事業者）口座担当 <koza@kitahama-ryokin.example.co.jp>"],
  subject="口座振替登録エラーの修正",
  text=f"""料金センター 口座ご担当者様

お世話になっております。収納係の坂口です。
6月分の口座振替でエラー返却となった1件、お客さまに電話で確認が取れましたので修正をお願いします。

　お客さま番号：42-30711-05
　口座名義：ヤマグチ　ケンジ
　金融機関：北浜みなと銀行　汐見町支店
　普通　8810427（誤：8810472 で登録されていました）

8月振替分から反映をお願いいたします。

{SIG_SAKAGUCHI}
""",
  personal=[{"type": "bank_account", "value": "普通　8810427"}, {"type": "name", "value": "ヤマグチ　ケンジ"}])

m(expect="hold", kind="personal.inquiry",
  why="Passes a resident's name, address, phone and where the key is hidden to a private plumbing firm.",
  **{"from": F_TAMURA}, to=["有限会社 松井設備 <info@matsui-setsubi.example.jp>"],
  subject="漏水調査のお願い（当番店）",
  text=f"""松井設備 御中

お世話になっております。上下水道局 料金課の田村です。
今月の修繕当番店として、下記のお宅の漏水調査をお願いします。

　お名前：森 和江 様（78歳・お一人暮らし）
　住所：北浜市港区潮見台5-11-3
　電話：0725-00-4476
　状況：検針時に使用量が前回比3倍。メーター「パイロット」が常時回転
　在宅：平日午前はデイサービスで不在。鍵は勝手口の植木鉢の下とのこと

ご本人の了解は得ております。調査結果と見積りを、ご本人と当課へお知らせください。

{SIG_TAMURA}
""",
  personal=[{"type": "name", "value": "森 和江"}, {"type": "address", "value": "北浜市港区潮見台5-11-3"}, {"type": "phone", "value": "0725-00-4476"}])

m(expect="hold", kind="sensitive.welfare",
  why="Tells the billing contractor that a named household receives public assistance.",
  **{"from": F_MORIMOTO}, to=["北浜料金センター（受託事業者）センター長 <center@kitahama-ryokin.example.co.jp>"],
  subject="基本料金減免の適用について（1件）",
  text=f"""料金センター センター長 様

お世話になっております。料金係の森本です。
福祉事務所から通知があり、下記世帯が4月1日付で生活保護の受給を開始したため、
水道基本料金の減免を適用してください。

　お客さま番号：31-18842-09
　世帯主：三浦 正人 様
　給水場所：北浜市中央区東町2-5-7 東町コーポ101
　減免開始：5月検針分から
　備考：ケースワーカー 福祉事務所 保護第二係 上原

ご本人からの窓口相談があった場合は、当課へ回してください。

{SIG_MORIMOTO}
""",
  personal=[{"type": "welfare", "value": "生活保護の受給を開始した"}, {"type": "name", "value": "三浦 正人"}])

m(expect="hold", kind="attachment.encrypted_zip",
  why="Sends a password-protected zip (PPAP) to the meter-reading contractor.",
  **{"from": F_TAMURA}, to=["株式会社北浜検針サービス 業務部 <gyomu@kitahama-kenshin.example.co.jp>"],
  subject="8月検針 区割りデータ",
  text=f"""北浜検針サービス 業務部 御中

お世話になっております。田村です。
8月検針の区割りデータをお送りします。
パスワードは別送いたします。

{SIG_TAMURA}
""",
  attachments=[{"filename": "kenshin_2025-08.zip", "contentType": "application/zip", "encrypted": True}])

_shitei = ["info@matsui-setsubi.example.jp", "office@sato-setsubi.example.co.jp", "kojima.suido@ocn.example.ne.jp",
           "y-nakamura@nakamura-kogyo.example.co.jp", "suidou.hirata@gmail.com", "info@kitahama-pipe.example.co.jp",
           "endo-setsubi@biglobe.example.ne.jp", "contact@aqua-tech-kh.example.jp", "ishii.plumbing@yahoo.co.jp",
           "soumu@minato-kensetsu.example.co.jp", "info@fujita-jyusetsu.example.jp", "takeda.setsubi@nifty.example.com"]
m(expect="hold", kind="recipients.visible",
  why="Twelve designated contractors, several with private addresses, are visible in To.",
  **{"from": F_TAMURA}, to=_shitei,
  subject="指定給水装置工事事業者 講習会のご案内（10月）",
  text=f"""指定給水装置工事事業者 各位

平素より北浜市の水道事業にご協力いただき、ありがとうございます。
今年度の講習会を下記のとおり開催します。指定更新の要件となりますので、必ずご出席ください。

　日時：10月22日（水）13:30〜16:00
　会場：北浜市役所 東館 大会議室
　内容：給水装置の構造・材質基準の改正点／漏水修繕当番制の運用見直し
　持ち物：指定工事事業者証、主任技術者免状の写し

出欠は10月10日までに返信してください。

{SIG_TAMURA}
""")

m(expect="hold", kind="sensitive.disability",
  why="The quoted message from the welfare council names a resident's psychiatric disability certificate and schizophrenia.",
  **{"from": F_SAKAGUCHI}, to=["北浜市社会福祉協議会 生活支援課 小林様 <kobayashi@kitahama-shakyo.example.or.jp>"],
  subject="Re: 分納相談への同席について",
  text=f"""小林様

ご連絡ありがとうございます。収納係の坂口です。
承知しました。9月12日（木）14時、料金課窓口（東館5階）でお待ちしております。
分納計画の案は当日お示しします。停水の執行は、それまで保留とします。

{SIG_SAKAGUCHI}

> 坂口様
> 北浜市社会福祉協議会の小林です。
> 先日ご相談した高野 エミさん（南浜2丁目）の件です。
> ご本人は統合失調症で通院中、精神障害者保健福祉手帳2級をお持ちで、書類の管理が難しい状況です。
> 分納のご相談の際、私が同席させていただけますでしょうか。9月12日午後を希望しています。
> 小林
""",
  personal=[{"type": "health", "value": "統合失調症で通院中"}, {"type": "disability", "value": "精神障害者保健福祉手帳2級"}, {"type": "name", "value": "高野 エミ"}])

m(expect="hold", kind="personal.debtor",
  why="The subject line names a resident with address and arrears; the body says only 'as per the subject'.",
  **{"from": F_SAKAGUCHI}, to=["株式会社ウォーターサポート北浜 業務課 <gyomu@ws-kitahama.example.co.jp>"],
  subject="停水執行（木下 隆 様／北浜市中央区本町3-14-2／滞納額 52,380円）",
  text=f"""ウォーターサポート北浜 業務課 御中

お世話になっております。
標記の件、明日午前の執行をお願いします。
執行前に、念のため玄関でお声がけをお願いします。

{SIG_SAKAGUCHI}
""",
  personal=[{"type": "name", "value": "木下 隆"}, {"type": "address", "value": "北浜市中央区本町3-14-2"}, {"type": "debt", "value": "52,380円"}])

m(expect="hold", kind="id.mynumber",
  why="The attached scanned form contains a resident's My Number; the body gives no hint.",
  **{"from": F_MORIMOTO}, to=["北浜料金センター（受託事業者）センター長 <center@kitahama-ryokin.example.co.jp>"],
  subject="申請書の処理依頼",
  text=f"""料金センター センター長 様

お世話になっております。森本です。
添付の申請書のとおり処理をお願いします。原本は当課で保管します。

{SIG_MORIMOTO}
""",
  attachments=[{"filename": "scan_20250903_1042.pdf", "contentType": "application/pdf",
    "text": "漏水に伴う水道料金減額申請書\n申請日 令和7年9月2日\nお客さま番号 42-25518-04\n申請者氏名 大島 久美子\n住所 北浜市港区緑ヶ丘6-1-18\n電話 090-0000-3652\n個人番号 492610902022\n漏水箇所 屋外埋設管（宅地内）\n修繕日 令和7年8月27日 施工 有限会社松井設備"}],
  personal=[{"type": "mynumber", "value": "492610902022"}, {"type": "name", "value": "大島 久美子"}])

m(expect="hold", kind="id.drivers_licence",
  why="Sends a new customer's driving licence number to the contractor for the identity check.",
  **{"from": F_TAMURA}, to=["北浜料金センター 開閉栓受付 <kaihei@kitahama-ryokin.example.co.jp>"],
  subject="開栓申込の本人確認（窓口受付分）",
  text=f"""開閉栓受付 ご担当者様

田村です。本日窓口で受け付けた開栓申込について、本人確認が済みましたのでシステム登録をお願いします。

　申込者：平野 大輔 様
　開栓場所：北浜市中央区栄町3-2-6 栄町レジデンス805
　開栓日：9月20日（土）
　本人確認書類：運転免許証　第 622104387155 号（有効期限 2028年8月11日）
　連絡先：080-0000-2847

{SIG_TAMURA}
""",
  personal=[{"type": "drivers_licence", "value": "622104387155"}, {"type": "name", "value": "平野 大輔"}])

# ---------------- passes ----------------
m(expect="pass", kind="benign.it_outage",
  why="'障害' is a billing-system outage; log hashes and job IDs only.",
  **{"from": F_MORIMOTO}, to=["株式会社ジーシステム 公共ソリューション部 保守窓口 <hoshu@gsystem.example.co.jp>"],
  subject="【障害】料金システム 夜間バッチ異常終了（9/8）",
  text=f"""ジーシステム 保守窓口 御中

料金係の森本です。昨夜の夜間バッチで障害が発生しましたので調査をお願いします。

・ジョブ：RYK_CALC_0420（料金計算）
・異常終了：9月8日 02:14:37　リターンコード 12
・影響：中央区 第4検針区 約3,200件の料金計算が未実行
・ログ：batch_0908.log（SHA-256 a41c09f8e7d62b35c0e8f1a9d4b7c2e6f3a8b1d0c9e5f4a7b2c1d0e9f8a7b6c5）

本日15時までに再実行できるかご回答ください。納付書の印刷が9/10予定です。

{SIG_MORIMOTO}
""")

m(expect="pass", kind="benign.aggregate_press",
  why="Aggregate arrears and stoppage figures for a newspaper; no individuals.",
  **{"from": F_MORIMOTO}, to=["北浜日報 社会部 記者 野口様 <noguchi@kitahama-nippo.example.co.jp>"],
  subject="取材へのご回答（水道料金の滞納・停水件数）",
  text=f"""北浜日報 社会部
野口 様

先日の取材のご依頼について、数値をお送りします。

| 年度 | 滞納件数（3期以上） | 停水執行件数 | 収納率（現年度） |
|---|---|---|---|
| 2022 | 2,418件 | 312件 | 99.12% |
| 2023 | 2,297件 | 288件 | 99.18% |
| 2024 | 2,530件 | 301件 | 99.05% |

停水前には必ず訪問・電話での事前連絡を行い、福祉部門と連携しております。
個別の事例についてはお答えできませんので、ご了承ください。

{SIG_MORIMOTO}
""")

m(expect="pass", kind="benign.meter_serials",
  why="Meter serial numbers and lot numbers for a replacement order.",
  **{"from": F_TAMURA}, to=["北浜計器株式会社 営業部 <eigyo@kitahama-keiki.example.co.jp>"],
  subject="検定満期メーター交換 発注（第3四半期）",
  text=f"""北浜計器株式会社 営業部 御中

第3四半期の検定満期メーター交換分を発注します。

・口径13mm 電子式：420台
・口径20mm 電子式：150台
・口径25mm：24台

前回納品分のうち、以下2台が初期不良（表示不良）でしたので、交換をお願いします。
　製造番号 KH13-24A-0083172（ロット 24A）
　製造番号 KH20-24B-0019450（ロット 24B）

納期は10月末でお願いします。

{SIG_TAMURA}
""")

m(expect="pass", kind="benign.to_data_subject",
  why="A resident's own usage and bill sent to the resident himself.",
  **{"from": F_SAKAGUCHI}, to=["平野 大輔 様 <d.hirano@plala.example.or.jp>"],
  subject="Re: 水道料金が高い件のお問い合わせ",
  text=f"""平野 大輔 様

お問い合わせいただき、ありがとうございます。北浜市上下水道局 料金課の坂口です。
ご契約（お客さま番号 31-40287-11）の直近の使用水量と料金は以下のとおりです。

| 検針月 | 使用水量 | 料金（上下水道） |
|---|---|---|
| 5月 | 18㎥ | 4,312円 |
| 7月 | 19㎥ | 4,510円 |
| 9月 | 31㎥ | 7,884円 |

9月分が増えているため、家中の蛇口を閉めた状態でメーターの「パイロット」が回っていないかご確認ください。
回っている場合は漏水の可能性がありますので、指定工事店へご相談ください（一覧は市ホームページに掲載）。

{SIG_SAKAGUCHI}
""")

m(expect="pass", kind="benign.corporate_refund",
  why="Refund to a company's corporate bank account.",
  **{"from": F_SAKAGUCHI}, to=["株式会社北浜ランドリー 経理部 <keiri@kitahama-laundry.example.co.jp>"],
  subject="下水道使用料 過誤納金の還付について",
  text=f"""株式会社北浜ランドリー
経理部 御中

お世話になっております。上下水道局 料金課の坂口です。
認定減量（蒸発分）の申告漏れにより過大となっていた下水道使用料を、下記のとおり還付いたします。

　対象：栄町工場（お客さま番号 31-00912-02）
　還付額：184,260円
　還付先：北浜みなと銀行 栄町支店　当座 0023418
　　　　　カ）キタハマランドリー
　還付予定日：10月31日

還付通知書は別途郵送いたします。

{SIG_SAKAGUCHI}
""")

m(expect="pass", kind="benign.religious_corp_customer",
  why="A 宗教法人 is a customer asking about its own water usage.",
  **{"from": F_MORIMOTO}, to=["宗教法人 正覚寺 総務 <soumu@shogakuji.example.or.jp>"],
  subject="Re: 8月分 水道使用量について",
  text=f"""宗教法人 正覚寺
総務ご担当 様

お問い合わせありがとうございます。料金係の森本です。

8月分の使用水量が平月の約4倍（平月 45㎥ → 8月 176㎥）となっている件、
盂蘭盆会の期間中の手水舎・仮設トイレの使用分と考えられますが、念のため検針員がメーターを再確認しました。
メーターに異常はなく、漏水の兆候もありませんでした。

来年以降、行事の際に仮設の散水栓をお使いになる場合は、事前にご相談いただければ臨時メーターの設置も可能です。

{SIG_MORIMOTO}
""")

m(expect="pass", kind="benign.public_figure",
  why="Arranges a site visit by the mayor, a public figure, with the company's staff names.",
  **{"from": F_MORIMOTO}, to=["北浜計器株式会社 総務部 秘書課 <hisho@kitahama-keiki.example.co.jp>"],
  subject="市長視察（スマートメーター工場）の行程案",
  text=f"""北浜計器株式会社
総務部 秘書課 御中

お世話になっております。上下水道局 料金課の森本です。
11月6日の北浜市長 大森 直樹 の工場視察について、行程案をお送りします。

　13:30　到着、社長 石原 様ご挨拶
　13:40　スマートメーター組立ライン見学（製造部長 柴田 様ご案内）
　14:20　意見交換（局長 三宅、料金課長 吉田 同席）
　14:50　報道向け写真撮影（北浜日報・KHテレビ予定）
　15:00　出発

公用車1台（品川 300 な 12-34）で伺います。駐車場所をご指示ください。

{SIG_MORIMOTO}
""")

m(expect="pass", kind="benign.plain_zip",
  why="Simulation files in an ordinary, unencrypted zip for a consultant.",
  **{"from": F_MORIMOTO}, to=["株式会社パブリックプラン 上席コンサルタント 西田様 <nishida@publicplan.example.co.jp>"],
  subject="料金改定シミュレーション資料（第2版）",
  text=f"""パブリックプラン
西田 様

お世話になっております。森本です。
料金改定シミュレーションの第2版をお送りします（zip、パスワードなし）。

・口径別 基本料金案A/B/C の比較
・用途別 使用水量分布（2024年度、件数ベース）
・平均的な家庭（口径20mm・月20㎥）の負担額試算

次回打合せ（10/3）までにご意見をいただけますと幸いです。

{SIG_MORIMOTO}
""",
  attachments=[{"filename": "ryokin_sim_v2.zip", "contentType": "application/zip", "text": "ryokin_sim_v2/\n 01_kihon_ryokin_ABC.xlsx\n 02_shiyo_bunpu_2024.xlsx\n 03_katei_futan_shisan.pdf"}])

m(expect="pass", kind="benign.project_six",
  why="Project mail with six visible addresses from the bureau and one vendor.",
  **{"from": F_MORIMOTO},
  to=["ジーシステム 岡田様 <okada@gsystem.example.co.jp>", "ジーシステム 三上様 <mikami@gsystem.example.co.jp>", "ジーシステム 堀内様 <horiuchi@gsystem.example.co.jp>"],
  cc=["坂口 千夏 <sakaguchi-chinatsu@city.kitahama.example.lg.jp>", "田村 勇 <tamura-isamu@city.kitahama.example.lg.jp>", "料金課長 吉田 <yoshida-tetsuya@city.kitahama.example.lg.jp>"],
  subject="料金システム更改 第5回定例 議事メモ",
  text=f"""ジーシステム 岡田様、三上様、堀内様

本日の第5回定例の議事メモです。

1. 移行リハーサル（第1回）：11/9（土）実施。データ件数照合は堀内様
2. 口座振替データの形式：全銀協フォーマットのまま、文字コードのみ変更（三上様）
3. 帳票：納付書のバーコード（コンビニ収納）の読取テストを10月中に実施（坂口）
4. 開閉栓画面：受付履歴の検索条件に「受付日」を追加（田村）
5. 課題管理表：No.41〜48 を追加（岡田様）

次回：10月30日（水）14:00〜 市役所東館5階 会議室B

{SIG_MORIMOTO}
""")

m(expect="pass", kind="benign.contractor_numbers",
  why="List of designated contractor companies with designation numbers and corporate numbers; company names only.",
  **{"from": F_TAMURA}, to=["南浜町 上下水道課 工務係 <koumu@town.minamihama.example.lg.jp>"],
  subject="Re: 指定給水装置工事事業者の相互登録状況",
  text=f"""南浜町 上下水道課 工務係 御中

お問い合わせの件、当市と貴町の両方で指定を受けている事業者は以下の5社です。

| 事業者名 | 当市指定番号 | 法人番号 |
|---|---|---|
| 有限会社 松井設備 | 北浜第 0142 号 | 6120002045817 |
| 佐藤設備工業株式会社 | 北浜第 0217 号 | 2120001093352 |
| 中村工業株式会社 | 北浜第 0088 号 | 9120001066210 |
| 株式会社 藤田住設 | 北浜第 0301 号 | 4120001120876 |
| 株式会社 みなと建設 | 北浜第 0056 号 | 7120001018443 |

いずれも本年度の講習会を受講済みです。

{SIG_TAMURA}
""")
