# Shared signatures and helpers for blind set 48 (hand-written mails, no templating of content).
def M(**kw):
    kw.setdefault("cc", [])
    kw.setdefault("bcc", [])
    kw.setdefault("attachments", [])
    kw.setdefault("personal", [])
    return kw

# ---- Org A: Kestrel Systems Japan K.K. (global software, Japan HR & payroll)
A_EMILY = "Emily Hart <emily.hart@kestrelsys.example.jp>"
A_TAMURA = "田村 恵子 <keiko.tamura@kestrelsys.example.jp>"
A_SAEKI = "佐伯 翔 <sho.saeki@kestrelsys.example.jp>"
SIG_EMILY = """--
Emily Hart
HR Manager, Japan | Kestrel Systems Japan K.K.
Shiodome Kestrel Bldg. 18F, 1-9-2 Higashi-Shimbashi, Minato-ku, Tokyo 105-0021
T +81-3-6800-4120"""
SIG_TAMURA = """--
田村 恵子 / Keiko Tamura
Payroll & Benefits, HR Japan
Kestrel Systems Japan K.K.
TEL 03-6800-4127"""
SIG_SAEKI = """--
佐伯 翔 (Sho Saeki)
HR Business Partner - Engineering, Japan
Kestrel Systems Japan K.K.
Mobile 080-4410-2287"""

# ---- Org B: ひだまり居宅介護支援事業所
B_MORI = "森 早苗 <s.mori@hidamari-kyotaku.example.jp>"
B_OKADA = "岡田 健二 <k.okada@hidamari-kyotaku.example.jp>"
B_MIURA = "三浦 彩 <a.miura@hidamari-kyotaku.example.jp>"
SIG_MORI = """――――――――――――――――
ひだまり居宅介護支援事業所
主任介護支援専門員　森 早苗
〒332-0034 埼玉県川口市並木元町4-18 ひだまりビル2F
TEL 048-250-7731　FAX 048-250-7732
――――――――――――――――"""
SIG_OKADA = """──────────
ひだまり居宅介護支援事業所　管理者
岡田 健二（おかだ けんじ）
TEL 048-250-7731 / FAX 048-250-7732
──────────"""
SIG_MIURA = """＊＊＊＊＊＊＊＊＊＊＊＊
ひだまり居宅介護支援事業所
介護支援専門員　三浦 彩
TEL 048-250-7731（直通 内線23）
＊＊＊＊＊＊＊＊＊＊＊＊"""

# ---- Org C: つばめ引越センター株式会社
C_NISHIMURA = "西村 亮 <r.nishimura@tsubame-move.example.jp>"
C_NAKANO = "中野 美穂 <m.nakano@tsubame-move.example.jp>"
C_KINOSHITA = "木下 大樹 <d.kinoshita@tsubame-move.example.jp>"
SIG_NISHIMURA = """━━━━━━━━━━━━━━━━━━
つばめ引越センター株式会社　法人営業部
西村 亮　Ryo Nishimura
〒143-0006 東京都大田区平和島3-6-11
TEL 03-5767-2210　携帯 090-6621-3308
━━━━━━━━━━━━━━━━━━"""
SIG_NAKANO = """------------------------------
つばめ引越センター株式会社
お客様センター　中野 美穂
フリーダイヤル 0120-482-611（9:00〜19:00）
------------------------------"""
SIG_KINOSHITA = """==============================
Daiki Kinoshita / 木下 大樹
International Relocation Desk
Tsubame Moving Center Co., Ltd.
3-6-11 Heiwajima, Ota-ku, Tokyo 143-0006 Japan
Tel +81-3-5767-2240
=============================="""

# ---- Org D: あおばアレルギー・皮膚科クリニック
D_ISHII = "石井 直樹 <n.ishii@aoba-allergy-derm.example.jp>"
D_YOSHIDA = "吉田 真理 <m.yoshida@aoba-allergy-derm.example.jp>"
D_HARADA = "原田 美咲 <m.harada@aoba-allergy-derm.example.jp>"
SIG_ISHII = """--
医療法人社団あおば会　あおばアレルギー・皮膚科クリニック
院長　石井 直樹（日本アレルギー学会専門医）
〒227-0062 横浜市青葉区青葉台2-9-4 青葉台メディカルモール3F
TEL 045-988-4410"""
SIG_YOSHIDA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
あおばアレルギー・皮膚科クリニック
事務長　吉田 真理
TEL 045-988-4410　FAX 045-988-4411
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""
SIG_HARADA = """――
あおばアレルギー・皮膚科クリニック
看護師長　原田 美咲
TEL 045-988-4410"""

# ---- Org E: 川崎市立みなみ台小学校PTA
E_MATSUMOTO = "松本 由香（PTA会長） <kaicho@minamidai-pta.example.jp>"
E_HASEGAWA = "長谷川 薫（PTA書記） <shoki@minamidai-pta.example.jp>"
E_MORITA = "森田 典子（PTA会計） <kaikei@minamidai-pta.example.jp>"
SIG_MATSUMOTO = """*****
みなみ台小学校PTA　会長　松本 由香
連絡先：kaicho@minamidai-pta.example.jp
*****"""
SIG_HASEGAWA = """―――――
みなみ台小学校PTA 書記
長谷川 薫
―――――"""
SIG_MORITA = """-----
みなみ台小学校PTA 会計
森田 典子
-----"""
