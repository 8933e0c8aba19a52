# Shared signatures and helpers for the m-set (blind23).

SIG_MURASE = """
━━━━━━━━━━━━━━━━━━━━━━━━━━
株式会社 水環ビジネスサービス
港川市水道料金お客さまセンター　センター長
村瀬 哲也（Tetsuya Murase）
〒436-0051 静岡県港川市本町2-14-3 港川本町ビル4F
TEL 0537-61-2280（代表）　FAX 0537-61-2281
E-mail t-murase@suikan-bs.co.jp
※当センターは港川市上下水道局から水道料金等の徴収業務を受託しています。
━━━━━━━━━━━━━━━━━━━━━━━━━━"""

SIG_OTSUKI = """
--------------------------------
水環ビジネスサービス
港川市水道料金お客さまセンター
収納・滞納整理チーム　大槻 沙織
TEL 0537-61-2285（直通）
s-otsuki@suikan-bs.co.jp
--------------------------------"""

SIG_KUBOTA = """
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
個別指導塾 まなびの灯（あかり）
運営：株式会社あかりエデュケーション
塾長　久保田 誠
〒191-0065 東京都日野市旭が丘4-7-12 サンライズ旭が丘2F
TEL 042-589-3316　FAX 042-589-3319
kubota@manabi-akari.jp　https://www.manabi-akari.jp/
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_MORIMOTO = """
--
まなびの灯 旭が丘教室　教室事務
森本 あかね
TEL 042-589-3316 ／ morimoto@manabi-akari.jp
（受付 14:00〜21:30・日曜定休）"""

SIG_SAEKI = """
────────────────────────
HOTEL BELLECOUR YOKOHAMA
ホテル ベルクール横浜　婚礼・宴会部
ウエディングプランナー　佐伯 由梨（Yuri Saeki）
〒231-0023 神奈川県横浜市中区山下町118-5
TEL 045-664-8123（ウエディングサロン直通）
yuri.saeki@bellecour-yokohama.jp
サロン営業時間 10:00〜19:00（火曜定休）
────────────────────────"""

SIG_FURUKAWA = """
--
Kengo Furukawa（古川 健吾）
Banquet Sales Manager｜婚礼・宴会部 宴会セールス マネージャー
Hotel Bellecour Yokohama
118-5 Yamashita-cho, Naka-ku, Yokohama 231-0023, Japan
T +81-45-664-8100 / D +81-45-664-8140
kengo.furukawa@bellecour-yokohama.jp"""

SIG_IWASAKI = """
――――――――――――――――――――――
株式会社ミライ保険サービス
（あおば損害保険・ひかり海上火災保険 代理店）
代表取締役　岩崎 浩二
〒330-0854 埼玉県さいたま市大宮区桜木町3-211 大宮桜木ビル5F
TEL 048-640-7721　FAX 048-640-7722
iwasaki@mirai-hoken.co.jp
――――――――――――――――――――――"""

SIG_TAJIMA = """
--
ミライ保険サービス　業務課
田島 美穂（たじま みほ）
TEL 048-640-7721（内線12）
tajima@mirai-hoken.co.jp"""

SIG_TAKAHARA = """
――――――――――――――――――
東都医科大学附属病院
看護部長　高原 恵子
〒112-8721 東京都文京区白山5-31-2
TEL 03-3812-4400（代表）内線2101
k-takahara@hosp.toto-med.ac.jp
――――――――――――――――――"""

SIG_NOGUCHI = """
--
Mari Noguchi, RN, MSN（野口 真理）
Nurse Educator / International Exchange Coordinator
Department of Nursing, Toto Medical University Hospital
5-31-2 Hakusan, Bunkyo-ku, Tokyo 112-8721, Japan
Tel +81-3-3812-4400 (ext. 2135)
mari.noguchi@hosp.toto-med.ac.jp"""

SIG_NAKANISHI = """
------------------------------
東都医科大学附属病院 看護部事務室
中西 翔太
内線2108（外線 03-3812-4400 代表）
s-nakanishi@hosp.toto-med.ac.jp
------------------------------"""

MURASE = "村瀬 哲也 <t-murase@suikan-bs.co.jp>"
OTSUKI = "大槻 沙織 <s-otsuki@suikan-bs.co.jp>"
KUBOTA = "久保田 誠 <kubota@manabi-akari.jp>"
MORIMOTO = "森本 あかね <morimoto@manabi-akari.jp>"
SAEKI = "佐伯 由梨 <yuri.saeki@bellecour-yokohama.jp>"
FURUKAWA = "Kengo Furukawa <kengo.furukawa@bellecour-yokohama.jp>"
IWASAKI = "岩崎 浩二 <iwasaki@mirai-hoken.co.jp>"
TAJIMA = "田島 美穂 <tajima@mirai-hoken.co.jp>"
TAKAHARA = "高原 恵子 <k-takahara@hosp.toto-med.ac.jp>"
NOGUCHI = "Mari Noguchi <mari.noguchi@hosp.toto-med.ac.jp>"
NAKANISHI = "中西 翔太 <s-nakanishi@hosp.toto-med.ac.jp>"

CSV = "text/csv"
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
JPG = "image/jpeg"
ZIP = "application/zip"


def att(filename, ctype, text=None, encrypted=False):
    a = {"filename": filename, "contentType": ctype}
    if text is not None:
        a["text"] = text
    if encrypted:
        a["encrypted"] = True
    return a


def P(*pairs):
    """P(('name','山田 太郎'), ...) -> personal list"""
    return [{"type": t, "value": v} for t, v in pairs]
