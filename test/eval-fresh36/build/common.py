# Shared helpers and fixed signatures for the aj set (blind36).

def m(**kw):
    """Create a mail record; keys starting with '_' are internal (stripped on output)."""
    return kw

# ---------------- Airline: Aurelia Pacific Airways, Japan Office ----------------
AIR = "aureliapacific-air.com"
HARTMANN = f"Daniel Hartmann <daniel.hartmann@{AIR}>"
LINDQVIST = f"Sophie Lindqvist <sophie.lindqvist@{AIR}>"
SAEKI = f"Miwa Saeki <miwa.saeki@{AIR}>"

SIG_HARTMANN = f"""--
Daniel Hartmann
Station Manager, Tokyo Narita (NRT)
Aurelia Pacific Airways - Japan Office
Narita Airport Terminal 1, South Wing 4F, Narita-shi, Chiba 282-0004
T +81-476-30-5521 | M +81-80-4471-2093
daniel.hartmann@{AIR}"""

SIG_LINDQVIST = f"""Best regards,
Sophie Lindqvist
Crew Operations Coordinator - Japan
Aurelia Pacific Airways
Shiba Park Tower 9F, 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011
T +81-3-5403-8810
sophie.lindqvist@{AIR}"""

SIG_SAEKI = f"""Kind regards,
Miwa Saeki (佐伯 美和)
Sales Manager Japan | Corporate & Trade Sales
Aurelia Pacific Airways - Japan Office
Shiba Park Tower 9F, 2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011
T +81-3-5403-8822
miwa.saeki@{AIR}"""

# ---------------- University hospital clinical-trial office ----------------
HOS = "tohto-med.ac.jp"
ISHIGURO = f"石黒 直子 <ishiguro-n@{HOS}>"
HORIUCHI = f"堀内 浩二 <horiuchi-k@{HOS}>"
MORIMOTO = f"森本 彩 <morimoto-a@{HOS}>"

SIG_ISHIGURO = f"""--------------------------------------------
東都医科大学附属病院 臨床研究支援センター
治験事務局 CRC(臨床研究コーディネーター)
石黒 直子(いしぐろ なおこ)
〒113-8603 東京都文京区本郷台3-11-7
TEL 03-5802-4471(治験事務局) 内線 6215
ishiguro-n@{HOS}
--------------------------------------------"""

SIG_HORIUCHI = f"""――――――――――――――――――――
東都医科大学附属病院 臨床研究支援センター
治験事務局 主任 堀内 浩二
〒113-8603 東京都文京区本郷台3-11-7
TEL 03-5802-4471(直通)/ FAX 03-5802-4472
horiuchi-k@{HOS}
――――――――――――――――――――"""

SIG_MORIMOTO = f"""
東都医科大学附属病院 臨床研究支援センター
治験事務局(契約・経理担当) 森本 彩
TEL 03-5802-4473 / FAX 03-5802-4472
morimoto-a@{HOS}"""

# ---------------- Nursing home ----------------
NH = "sakuranomori.or.jp"
AIZAWA = f"相沢 由美子 <aizawa@{NH}>"
KAWABATA = f"川端 健 <kawabata@{NH}>"
NOMURA = f"野村 千春 <nomura@{NH}>"

SIG_AIZAWA = f"""＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
社会福祉法人 恵和会
特別養護老人ホーム さくらの杜
生活相談員 相沢 由美子
〒259-1132 神奈川県星野市桜台4-8-2
TEL 0463-71-2208 FAX 0463-71-2209
aizawa@{NH}
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""

SIG_KAWABATA = f"""------------------------------
社会福祉法人 恵和会
特別養護老人ホーム さくらの杜
施設長 川端 健
〒259-1132 神奈川県星野市桜台4-8-2
TEL 0463-71-2208(代) FAX 0463-71-2209
kawabata@{NH}
------------------------------"""

SIG_NOMURA = f"""
さくらの杜 看護主任 野村 千春
TEL 0463-71-2208(看護室 内線21)
nomura@{NH}"""

# ---------------- Car dealership ----------------
CAR = "shonan-motors.co.jp"
FUJITA = f"藤田 翔太 <fujita.s@{CAR}>"
ONODERA = f"小野寺 真理 <onodera.m@{CAR}>"
MURAKAMI = f"村上 剛 <murakami.t@{CAR}>"

SIG_FUJITA = f"""━━━━━━━━━━━━━━━━━━━━━━
湘南モータース株式会社 アルデア藤沢店
営業課 藤田 翔太(ふじた しょうた)
〒251-0042 神奈川県藤沢市辻堂元町6-3-15
TEL 0466-35-7710 / 携帯 090-7281-4406
fujita.s@{CAR}
定休日:毎週水曜・第2火曜
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONODERA = f"""
湘南モータース株式会社 アルデア藤沢店
サービスフロント 小野寺 真理
TEL 0466-35-7712(サービス直通)
onodera.m@{CAR}"""

SIG_MURAKAMI = f"""--
湘南モータース株式会社
アルデア藤沢店 店長 村上 剛
〒251-0042 神奈川県藤沢市辻堂元町6-3-15
TEL 0466-35-7710 FAX 0466-35-7719
murakami.t@{CAR}"""

# ---------------- Event-production agency ----------------
EV = "luminastage.co.jp"
TAKASE = f"高瀬 涼 <takase@{EV}>"
NISHIMURA = f"西村 あかり <nishimura@{EV}>"
OTSUKI = f"大槻 亮 <otsuki@{EV}>"

SIG_TAKASE = f"""_____________________________
株式会社ルミナステージ
プロデューサー 高瀬 涼
〒150-0043 東京都渋谷区道玄坂1-19-8 ルミナビル5F
TEL 03-6416-3390 / 携帯 080-3349-1127
takase@{EV}
https://www.{EV}/
_____________________________"""

SIG_NISHIMURA = f"""
株式会社ルミナステージ 制作部(キャスティング)
西村 あかり
TEL 03-6416-3391
nishimura@{EV}"""

SIG_OTSUKI = f"""--
株式会社ルミナステージ 管理部(経理・総務)
大槻 亮
TEL 03-6416-3395 FAX 03-6416-3399
otsuki@{EV}"""
