# Fixed signatures of recurring writers (all synthetic)
SIG = {}
SIG['manabe'] = """──────────────────────────
みなと総合法律・司法書士事務所
弁護士　真鍋 恭子（まなべ きょうこ）
〒105-0013 東京都港区浜松町2-14-9 浜松町KNビル5階
TEL 03-5401-7720 / FAX 03-5401-7721
k.manabe@minato-lawoffice.jp
──────────────────────────"""
SIG['kurokawa'] = """--
みなと総合法律・司法書士事務所
司法書士　黒川 智章
〒105-0013 東京都港区浜松町2-14-9 浜松町KNビル5階
TEL 03-5401-7720（代） FAX 03-5401-7721
t.kurokawa@minato-lawoffice.jp"""
SIG['aizawa'] = """***************************
みなと総合法律・司法書士事務所
事務局　相沢 美帆
TEL 03-5401-7720 / FAX 03-5401-7721
m.aizawa@minato-lawoffice.jp
***************************"""
SIG['kurokawa_en'] = """--
Tomoaki Kurokawa
Judicial Scrivener (Shiho-shoshi)
Minato Law & Judicial Scrivener Office
Hamamatsucho KN Bldg. 5F, 2-14-9 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel +81-3-5401-7720
t.kurokawa@minato-lawoffice.jp"""
SIG['manabe_en'] = """--
Kyoko Manabe
Attorney at Law (Dai-ichi Tokyo Bar Association)
Minato Law & Judicial Scrivener Office
Tel +81-3-5401-7720 | k.manabe@minato-lawoffice.jp"""

SIG['morishita'] = """━━━━━━━━━━━━━━━━━━━━
東邦損害調査株式会社
東京損害調査センター
主任アジャスター（技術アジャスター）
森下 健吾
〒101-0047 東京都千代田区内神田3-6-2 内神田NSビル7F
TEL 03-3256-8811 / 携帯 080-4471-2093
k-morishita@toho-sonsa.co.jp
━━━━━━━━━━━━━━━━━━━━"""
SIG['katayama'] = """-------------------------------
東邦損害調査株式会社
東京損害調査センター 調査事務課
片山 由衣
TEL 03-3256-8811（内線 214）
y-katayama@toho-sonsa.co.jp
-------------------------------"""
SIG['morishita_en'] = """--
Kengo Morishita
Senior Adjuster, Tokyo Claims Survey Center
Toho Loss Adjusting Co., Ltd.
Uchikanda NS Bldg. 7F, 3-6-2 Uchikanda, Chiyoda-ku, Tokyo 101-0047
Tel +81-3-3256-8811 / Mobile +81-80-4471-2093
k-morishita@toho-sonsa.co.jp"""

SIG['hasegawa'] = """ ∪･ω･∪ ∪･ω･∪ ∪･ω･∪
ペットサロン ふわもこ 吉祥寺店
店長・トリマー　長谷川 彩
〒180-0004 東京都武蔵野市吉祥寺本町1-20-3 1F
TEL 0422-27-5561（10:00〜19:00 火曜定休）
aya.hasegawa@fuwamoco.co.jp
株式会社フワモコ https://www.fuwamoco.co.jp/"""
SIG['nishimura'] = """========================
株式会社フワモコ 本部
お客様相談室　西村 拓也
〒160-0023 東京都新宿区西新宿7-5-10 第2ミナミビル3F
TEL 03-6908-4410 / FAX 03-6908-4411
t.nishimura@fuwamoco.co.jp
========================"""
SIG['ogawa'] = """--
小川 健 / Ken Ogawa
株式会社フワモコ 商品・生体仕入課
TEL 03-6908-4410 / Mobile 090-2281-6634
ken.ogawa@fuwamoco.co.jp"""
SIG['ogawa_en'] = """Best regards,
Ken Ogawa
Procurement (Live Animals & Goods)
FUWAMOCO Co., Ltd. | Tokyo, Japan
Tel +81-3-6908-4410 | Mobile +81-90-2281-6634
ken.ogawa@fuwamoco.co.jp"""

SIG['tajima'] = """――――――――――――――――――――
北斗コミュニティ管理株式会社
マンション管理部 横浜第二課 フロント担当
田島 翔太（たじま しょうた）
〒231-0011 横浜市中区太田町4-51 関内北斗ビル
TEL 045-212-6630 / FAX 045-212-6631
s.tajima@hokuto-kanri.co.jp
※24時間緊急受付 0120-558-301
――――――――――――――――――――"""
SIG['ohashi'] = """――――――――――――――――――――
北斗コミュニティ管理株式会社
会計管理課　大橋 真理子
TEL 045-212-6645（直通）
m.ohashi@hokuto-kanri.co.jp
――――――――――――――――――――"""
SIG['tajima_en'] = """Kind regards,
Shota Tajima
Property Manager (Front Desk), Yokohama Division 2
Hokuto Community Management Co., Ltd.
4-51 Ota-machi, Naka-ku, Yokohama 231-0011, Japan
Tel +81-45-212-6630 | s.tajima@hokuto-kanri.co.jp"""

SIG['sano'] = """□■□■□■□■□■□■□■□■□■□■
チケットライズ株式会社
カスタマーサポート部　佐野 理沙
〒150-0043 東京都渋谷区道玄坂1-16-3 渋谷SKビル9F
TEL 03-6416-2290（平日10:00-18:00）
r.sano@ticketrise.jp
□■□■□■□■□■□■□■□■□■□■"""
SIG['kimura'] = """--
Emily Kimura（木村 エミリ）
International Business Development
TicketRise Inc.
Shibuya SK Bldg. 9F, 1-16-3 Dogenzaka, Shibuya-ku, Tokyo 150-0043
Tel +81-3-6416-2281 | e.kimura@ticketrise.jp"""
SIG['kimura_ja'] = """--
チケットライズ株式会社
海外事業開発室　木村 エミリ
TEL 03-6416-2281
e.kimura@ticketrise.jp"""

FROM = {
 'manabe': '真鍋 恭子 <k.manabe@minato-lawoffice.jp>',
 'kurokawa': '黒川 智章 <t.kurokawa@minato-lawoffice.jp>',
 'aizawa': '相沢 美帆 <m.aizawa@minato-lawoffice.jp>',
 'morishita': '森下 健吾 <k-morishita@toho-sonsa.co.jp>',
 'katayama': '片山 由衣 <y-katayama@toho-sonsa.co.jp>',
 'hasegawa': '長谷川 彩 <aya.hasegawa@fuwamoco.co.jp>',
 'nishimura': '西村 拓也 <t.nishimura@fuwamoco.co.jp>',
 'ogawa': 'Ken Ogawa <ken.ogawa@fuwamoco.co.jp>',
 'tajima': '田島 翔太 <s.tajima@hokuto-kanri.co.jp>',
 'ohashi': '大橋 真理子 <m.ohashi@hokuto-kanri.co.jp>',
 'sano': '佐野 理沙 <r.sano@ticketrise.jp>',
 'kimura': 'Emily Kimura <e.kimura@ticketrise.jp>',
}
CSV='text/csv'; PDF='application/pdf'
XLSX='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX='application/vnd.openxmlformats-officedocument.wordprocessingml.document'
JPG='image/jpeg'; ZIP='application/zip'
def enczip(name): return {"filename": name, "contentType": ZIP, "encrypted": True}
def img(name): return {"filename": name, "contentType": JPG}
