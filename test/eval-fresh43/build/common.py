# Shared signatures (fixed per writer) for blind set 43.
UNI = "sakuragaoka-u.example.jp"
CLI = "minato-dialysis.example.jp"
AGY = "asiacarebridge.example.jp"
COOP = "coop-midori.example.jp"
WAT = "city.kitahama.example.lg.jp"

F_MURAI = "Naoko Murai <n.murai@sakuragaoka-u.example.jp>"
F_REILLY = "Thomas Reilly <t.reilly@sakuragaoka-u.example.jp>"
F_TAKAHATA = "高畑 亮 <r.takahata@sakuragaoka-u.example.jp>"

SIG_MURAI = """--
村井 直子 / Naoko MURAI
International Admissions, Admissions Center
Sakuragaoka International University
2-8-1 Sakuragaoka, Hachioji-shi, Tokyo 192-0000, Japan
Tel: +81-42-000-3121  Email: n.murai@sakuragaoka-u.example.jp"""

SIG_REILLY = """Thomas Reilly
Admissions Officer (Overseas Recruitment)
Admissions Center, Sakuragaoka International University
t.reilly@sakuragaoka-u.example.jp | +81-42-000-3125"""

SIG_TAKAHATA = """――――――――――――――――――――
桜ヶ丘国際大学 アドミッションセンター
入試課長 高畑 亮（たかはた りょう）
〒192-0000 東京都八王子市桜ヶ丘2-8-1
TEL 042-000-3120 / FAX 042-000-3129
r.takahata@sakuragaoka-u.example.jp
――――――――――――――――――――"""

F_YOSHIOKA = "吉岡 正人 <yoshioka@minato-dialysis.example.jp>"
F_ONISHI = "大西 由美 <onishi@minato-dialysis.example.jp>"
F_KOMATSU = "小松 彩 <komatsu@minato-dialysis.example.jp>"

SIG_YOSHIOKA = """━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 清流会 みなと透析クリニック
事務長　吉岡 正人
〒590-0000 北浜市港町1-3-5 みなとメディカルビル2F
TEL 0725-00-4410　FAX 0725-00-4419
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_ONISHI = """━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 清流会 みなと透析クリニック
看護師長　大西 由美
TEL 0725-00-4410（内線 21）
━━━━━━━━━━━━━━━━━━━━━━"""

SIG_KOMATSU = """━━━━━━━━━━━━━━━━━━━━━━
医療法人社団 清流会 みなと透析クリニック
医事課　小松 彩
TEL 0725-00-4410（内線 12）　FAX 0725-00-4419
━━━━━━━━━━━━━━━━━━━━━━"""

F_SAEKI = "佐伯 健太 <k.saeki@asiacarebridge.example.jp>"
F_SANTOS = "Maria Santos <m.santos@asiacarebridge.example.jp>"
F_HAYASHI = "林 美咲 <m.hayashi@asiacarebridge.example.jp>"

SIG_SAEKI = """----------------------------------------
株式会社アジアケアブリッジ
営業部 部長　佐伯 健太（Kenta Saeki）
有料職業紹介事業 許可番号 13-ユ-312345
登録支援機関 登録番号 19登-004417
〒101-0000 東京都千代田区神田錦町4-2-9
TEL 03-0000-7720 / k.saeki@asiacarebridge.example.jp
----------------------------------------"""

SIG_SANTOS = """Maria Santos
Bilingual Coordinator (English / Tagalog / 日本語)
Asia Care Bridge Co., Ltd. | 株式会社アジアケアブリッジ
m.santos@asiacarebridge.example.jp | +81-3-0000-7723"""

SIG_HAYASHI = """----------------------------------------
株式会社アジアケアブリッジ
支援部 登録支援担当　林 美咲
TEL 03-0000-7725 / m.hayashi@asiacarebridge.example.jp
----------------------------------------"""

F_ISHIDA = "石田 恵 <ishida.megumi@coop-midori.example.jp>"
F_NAKANO = "中野 修一 <nakano.s@coop-midori.example.jp>"
F_KAWAGUCHI = "川口 さやか <kawaguchi.s@coop-midori.example.jp>"

SIG_ISHIDA = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
生活協同組合コープみどり 宅配事業本部
組合員サービスセンター　石田 恵
TEL 0120-000-381（受付 9:00〜18:00）
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_NAKANO = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
生活協同組合コープみどり 宅配事業本部
物流課 課長　中野 修一
〒590-0000 北浜市臨海町7-1 北浜配送センター
TEL 0725-00-8801 / FAX 0725-00-8809
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

SIG_KAWAGUCHI = """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
生活協同組合コープみどり 宅配事業本部
商品部 農産・日配担当　川口 さやか
TEL 0725-00-8830
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""

F_MORIMOTO = "森本 浩二 <morimoto-koji@city.kitahama.example.lg.jp>"
F_SAKAGUCHI = "坂口 千夏 <sakaguchi-chinatsu@city.kitahama.example.lg.jp>"
F_TAMURA = "田村 勇 <tamura-isamu@city.kitahama.example.lg.jp>"

SIG_MORIMOTO = """*************************************
北浜市上下水道局 お客さまサービス部 料金課
料金係長　森本 浩二
〒590-0000 北浜市中央区本町1-1-1 市役所東館5階
TEL 0725-00-2300（直通）
*************************************"""

SIG_SAKAGUCHI = """*************************************
北浜市上下水道局 料金課 収納係
坂口 千夏
TEL 0725-00-2304（直通）
*************************************"""

SIG_TAMURA = """*************************************
北浜市上下水道局 料金課 検針・開閉栓担当
田村 勇
TEL 0725-00-2311（直通）
*************************************"""
