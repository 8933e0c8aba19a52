# Shared helpers: writers, signatures, My Number generator.

def mn_check(base11):
    d = [int(c) for c in base11]
    s = 0
    for n in range(1, 12):
        p = d[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return '0' if r <= 1 else str(11 - r)

def mn(base11, sep=''):
    full = base11 + mn_check(base11)
    if sep:
        return sep.join([full[0:4], full[4:8], full[8:12]])
    return full

def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

# ---- writers (fixed addresses) ----
W = {
 'matsunaga': '松永 里香 <matsunaga.rika@harukaze-life.co.jp>',
 'omori':     '大森 健吾 <omori.kengo@harukaze-life.co.jp>',
 'miura':     '三浦 さやか <miura.sayaka@harukaze-life.co.jp>',
 'sugimoto':  '杉本 浩二 <sugimoto.koji@kitagawa-seimitsu.co.jp>',
 'lan':       'Nguyen Thi Lan <lan.nguyen@kitagawa-seimitsu.co.jp>',
 'okabe':     '岡部 誠 <okabe.makoto@kitagawa-seimitsu.co.jp>',
 'takase':    '高瀬 美穂 <takase@jpsf.or.jp>',
 'murai':     '村井 拓也 <murai@jpsf.or.jp>',
 'kasuga':    '春日 ななみ <kasuga@komorebi-za.jp>',
 'hori':      '堀 悠介 <hori@komorebi-za.jp>',
 'nishida':   '西田 恵子 <nishida.keiko@tokaimirai.co.jp>',
 'ogawa':     '小川 翔 <ogawa.sho@tokaimirai.co.jp>',
}

SIG = {
'matsunaga': """――――――――――――――――――――
はるかぜ生命保険株式会社
千葉西営業所 営業サポート課
松永 里香（まつなが りか）
〒263-0031 千葉市稲毛区稲毛東3-14-2 稲毛センタービル4F
TEL 043-287-5510 / FAX 043-287-5519
matsunaga.rika@harukaze-life.co.jp
――――――――――――――――――――""",
'omori': """-- 
はるかぜ生命保険株式会社 千葉西営業所
営業所長 大森 健吾
TEL 043-287-5510（代） 携帯 080-4417-2290
omori.kengo@harukaze-life.co.jp""",
'omori_en': """Kengo Omori
Branch Manager, Chiba-Nishi Sales Office
Harukaze Life Insurance Co., Ltd.
Tel +81-43-287-5510 / Mobile +81-80-4417-2290
omori.kengo@harukaze-life.co.jp""",
'miura': """*************************
はるかぜ生命保険株式会社
千葉西営業所 ライフプランナー
三浦 さやか
TEL 043-287-5510 / 携帯 070-3321-8846
miura.sayaka@harukaze-life.co.jp
*************************""",
'miura_en': """Sayaka Miura
Life Planner, Chiba-Nishi Sales Office
Harukaze Life Insurance Co., Ltd.
Tel +81-43-287-5510 / Mobile +81-70-3321-8846
miura.sayaka@harukaze-life.co.jp""",
'sugimoto': """------------------------------------------
北川精密部品株式会社 浜松工場
総務部 人事労務課 課長代理 杉本 浩二
〒431-1305 静岡県浜松市浜名区細江町中川2250
TEL 053-522-3170 / FAX 053-522-3179
sugimoto.koji@kitagawa-seimitsu.co.jp
------------------------------------------""",
'sugimoto_en': """Koji Sugimoto
Assistant Manager, HR & Labor Section, General Affairs Dept.
Kitagawa Seimitsu Buhin Co., Ltd. - Hamamatsu Plant
2250 Nakagawa, Hosoe-cho, Hamana-ku, Hamamatsu, Shizuoka 431-1305, Japan
Tel +81-53-522-3170
sugimoto.koji@kitagawa-seimitsu.co.jp""",
'lan': """Nguyen Thi Lan（グエン・ティ・ラン）
北川精密部品株式会社 総務部 生活支援担当（通訳・ベトナム語）
TEL 053-522-3170 内線215 / 携帯 090-6628-1054
lan.nguyen@kitagawa-seimitsu.co.jp""",
'lan_en': """Nguyen Thi Lan
General Affairs Dept. (Life Support / Vietnamese Interpreter)
Kitagawa Seimitsu Buhin Co., Ltd.
Tel +81-53-522-3170 ext. 215 / Mobile +81-90-6628-1054
lan.nguyen@kitagawa-seimitsu.co.jp""",
'okabe': """＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
北川精密部品株式会社 浜松工場
製造部 第二製造課 課長 岡部 誠
TEL 053-522-3171（製造部直通）
okabe.makoto@kitagawa-seimitsu.co.jp
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝""",
'okabe_en': """Makoto Okabe
Manager, Production Section 2
Kitagawa Seimitsu Buhin Co., Ltd. - Hamamatsu Plant
Tel +81-53-522-3171
okabe.makoto@kitagawa-seimitsu.co.jp""",
'takase': """━━━━━━━━━━━━━━━━━━━━
一般社団法人 日本パドルスポーツ連盟（JPSF）
アンチ・ドーピング委員会 事務局
高瀬 美穂 Miho Takase
〒151-0051 東京都渋谷区千駄ヶ谷4-22-8 パドルスポーツ会館3F
TEL 03-6804-2751 / FAX 03-6804-2759
takase@jpsf.or.jp
━━━━━━━━━━━━━━━━━━━━""",
'takase_en': """Miho Takase
Anti-Doping Committee Secretariat
Japan Paddle Sports Federation (JPSF)
3F Paddle Sports Hall, 4-22-8 Sendagaya, Shibuya-ku, Tokyo 151-0051
Tel +81-3-6804-2751
takase@jpsf.or.jp""",
'murai': """--
村井 拓也 / Takuya Murai
一般社団法人 日本パドルスポーツ連盟 強化本部
アスリート・ウェルフェア担当
TEL 03-6804-2750 / Mobile 090-2273-6619
murai@jpsf.or.jp""",
'murai_en': """--
Takuya Murai
Athlete Welfare Officer, High Performance Division
Japan Paddle Sports Federation (JPSF)
Tel +81-3-6804-2750 / Mobile +81-90-2273-6619
murai@jpsf.or.jp""",
'kasuga': """……………………………………………
劇団こもれび座 制作
春日 ななみ
〒166-0003 東京都杉並区高円寺南2-41-6 こもれびスタジオ
TEL 03-5307-8124（平日11時〜19時）
kasuga@komorebi-za.jp
https://komorebi-za.jp
……………………………………………""",
'kasuga_en': """Nanami Kasuga
Producer, Komorebi-za Theatre Company
2-41-6 Koenji-minami, Suginami-ku, Tokyo 166-0003
Tel +81-3-5307-8124
kasuga@komorebi-za.jp / https://komorebi-za.jp""",
'hori': """──────────────
劇団こもれび座（合同会社こもれび座）
制作部 票券・経理 堀 悠介
TEL 03-5307-8124 / 080-1190-4473
hori@komorebi-za.jp
──────────────""",
'hori_en': """Yusuke Hori
Production & Finance, Komorebi-za Theatre Company (Komorebi-za LLC)
Tel +81-3-5307-8124 / Mobile +81-80-1190-4473
hori@komorebi-za.jp""",
'nishida': """================================
東海みらい新聞社 読者サービスセンター
主任 西田 恵子
〒460-0008 名古屋市中区栄5-17-10 東海みらい新聞ビル2F
フリーダイヤル 0120-318-604（9:00〜18:00）
nishida.keiko@tokaimirai.co.jp
================================""",
'ogawa': """------------------------
東海みらい新聞社
読者サービスセンター 小川 翔
0120-318-604 / 直通 052-262-7735
ogawa.sho@tokaimirai.co.jp
------------------------""",
'ogawa_en': """Sho Ogawa
Reader Service Center, The Tokai Mirai Shimbun
Tel +81-52-262-7735
ogawa.sho@tokaimirai.co.jp""",
}

INTERNAL = ['harukaze-life.co.jp', 'kitagawa-seimitsu.co.jp', 'jpsf.or.jp', 'komorebi-za.jp', 'tokaimirai.co.jp']

def M(expect, kind, why, frm, to, subject, text, cc=None, bcc=None, att=None, personal=None):
    m = {'expect': expect, 'kind': kind, 'why': why, 'from': W.get(frm, frm), 'to': to}
    if cc: m['cc'] = cc
    if bcc: m['bcc'] = bcc
    m['subject'] = subject
    m['text'] = text
    if att: m['attachments'] = att
    if personal: m['personal'] = [{'type': t, 'value': v} for t, v in personal]
    return m

CSV = 'text/csv'
PDF = 'application/pdf'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
JPG = 'image/jpeg'
ZIP = 'application/zip'
