# Shared signatures / helpers for the blind19 set
MAILS = []

def add(**kw):
    MAILS.append(kw)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
CSV = "text/csv"
ZIP = "application/zip"
JPG = "image/jpeg"

# ---- driving school: みなと自動車学校 (minato-ds.co.jp)
SAEKI = "佐伯 千夏 <saeki@minato-ds.co.jp>"
SIG_SAEKI = """
――――――――――――――――――――
みなと自動車学校（株式会社みなとドライビングスクール）
教習課　佐伯 千夏
〒236-0021 横浜市金沢区泥亀2-14-8
TEL 045-781-5520　FAX 045-781-5521
saeki@minato-ds.co.jp
https://www.minato-ds.co.jp/
――――――――――――――――――――"""
OKOCHI = "大河内 修 <okochi@minato-ds.co.jp>"
SIG_OKOCHI = """
*************************************
株式会社みなとドライビングスクール
事務長　大河内 修（Osamu Okochi）
〒236-0021 神奈川県横浜市金沢区泥亀2-14-8
TEL:045-781-5520（代）
Mail:okochi@minato-ds.co.jp
*************************************"""
DS_SYS = "みなと自動車学校 予約ｼｽﾃﾑ <yoyaku-noreply@minato-ds.co.jp>"
DS_SYS_FOOT = """
-----------------------------------------
※本ﾒｰﾙは送信専用ｱﾄﾞﾚｽから自動送信しています。ご返信いただいてもお答えできません。
ﾐﾅﾄ自動車学校 予約ｾﾝﾀｰ 045-781-5522（受付 9:00-19:00 / 月曜休校）
-----------------------------------------"""

# ---- nursing home: 特別養護老人ホーム 桜ヶ丘の里 (keiwakai-sakura.or.jp)
NONOMURA = "野々村 恵 <nonomura@keiwakai-sakura.or.jp>"
SIG_NONOMURA = """
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
社会福祉法人 敬和会
特別養護老人ホーム 桜ヶ丘の里
生活相談員　野々村 恵
〒350-1305 埼玉県狭山市入間川5-3-21
TEL 04-2958-3310 / FAX 04-2958-3311
nonomura@keiwakai-sakura.or.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝"""
HORINOUCHI = "堀之内 理沙 <horinouchi@keiwakai-sakura.or.jp>"
SIG_HORINOUCHI = """
--
特別養護老人ホーム 桜ヶ丘の里
看護主任　堀之内 理沙（看護師）
TEL 04-2958-3310（内線 215）
horinouchi@keiwakai-sakura.or.jp"""
KUBODERA = "久保寺 健一 <kubodera@keiwakai-sakura.or.jp>"
SIG_KUBODERA = """
────────────────────
社会福祉法人 敬和会
特別養護老人ホーム 桜ヶ丘の里
施設長　久保寺 健一
〒350-1305 埼玉県狭山市入間川5-3-21
TEL 04-2958-3310　FAX 04-2958-3311
kubodera@keiwakai-sakura.or.jp
────────────────────"""

# ---- doctor recruitment: メディブリッジ・キャリア (medibridge-c.co.jp)
TSUTAYA = "蔦谷 翔 <tsutaya@medibridge-c.co.jp>"
SIG_TSUTAYA = """
-----------------------------------------
株式会社メディブリッジ・キャリア
医師紹介事業部 コンサルタント
蔦谷 翔（つたや しょう）
〒105-0013 東京都港区浜松町1-22-5 浜松町スクエア8F
TEL 03-5425-7780 / 携帯 080-4417-2291
tsutaya@medibridge-c.co.jp
有料職業紹介事業許可番号 13-ユ-318642
-----------------------------------------"""
NIKAIDO = "二階堂 彩香 <nikaido@medibridge-c.co.jp>"
SIG_NIKAIDO = """
━━━━━━━━━━━━━━━━━━━━━
メディブリッジ・キャリア
キャリアアドバイザー　二階堂 彩香
TEL：03-5425-7781（直通）
Mail：nikaido@medibridge-c.co.jp
━━━━━━━━━━━━━━━━━━━━━"""

# ---- software support: ロジックハーバー (logicharbor.co.jp)
MORISHITA = "森下 健太 <k.morishita@logicharbor.co.jp>"
SIG_MORISHITA = """
--------------------------------------------------
株式会社ロジックハーバー カスタマーサポート部
森下 健太 / Kenta Morishita
〒530-0005 大阪市北区中之島4-2-9 ハーバービル14F
TEL: 06-6372-4410（サポートデスク 平日9:00-18:00）
Mail: k.morishita@logicharbor.co.jp
--------------------------------------------------"""
CARTER = "Emily Carter <e.carter@logicharbor.co.jp>"
SIG_CARTER = """
Best regards,
Emily Carter
Customer Support Engineer | LogicHarbor Inc.
14F Harbor Bldg., 4-2-9 Nakanoshima, Kita-ku, Osaka 530-0005, Japan
Tel: +81-6-6372-4410 | e.carter@logicharbor.co.jp"""
SW_SYS = "LogicHarbor サポートデスク <support@logicharbor.co.jp>"

# ---- condominium developer: 東雲レジデンス開発 (shinonome-rd.co.jp)
TAKANO = "鷹野 美穂 <takano@shinonome-rd.co.jp>"
SIG_TAKANO = """
…………………………………………………………
シノノメ・ザ・テラス武蔵浦和 マンションギャラリー
東雲レジデンス開発株式会社 販売部
鷹野 美穂
〒336-0021 さいたま市南区別所7-8-1
フリーダイヤル 0120-554-218（10:00〜18:00 水・木定休）
takano@shinonome-rd.co.jp
…………………………………………………………"""
ISHIGURO = "石黒 大輔 <ishiguro@shinonome-rd.co.jp>"
SIG_ISHIGURO = """
──
東雲レジデンス開発株式会社
販売部 武蔵浦和販売センター 所長
石黒 大輔
TEL 048-839-5521 / FAX 048-839-5522
ishiguro@shinonome-rd.co.jp"""
CD_SYS = "シノノメ来場予約 <reserve@shinonome-rd.co.jp>"
