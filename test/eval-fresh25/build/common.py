# Writers and signatures for the five sender organisations (all invented).
W = {
 # ryokan / hotel group
 'takanashi': ('高梨 美穂 <takanashi.m@yumori-resorts.co.jp>',
 """━━━━━━━━━━━━━━━━━━━━
湯守リゾート株式会社　予約センター
高梨 美穂（たかなし みほ）
〒250-0408 神奈川県足柄下郡箱根町湯本茶屋214-3
TEL 0460-85-7720 ／ FAX 0460-85-7729
takanashi.m@yumori-resorts.co.jp
https://www.yumori-resorts.co.jp
━━━━━━━━━━━━━━━━━━━━"""),
 'iwabuchi': ('岩渕 哲也 <iwabuchi.t@yumori-resorts.co.jp>',
 """--
湯守リゾート株式会社 総務部 人事労務課
岩渕 哲也
TEL 0460-85-7701（直通 0460-85-7713）
iwabuchi.t@yumori-resorts.co.jp"""),
 'ogura': ('Kenji Ogura <ogura.k@yumori-resorts.co.jp>',
 """Best regards,

Kenji Ogura (小倉 健司)
International Sales Manager
Yumori Resorts Co., Ltd.
214-3 Yumotochaya, Hakone, Kanagawa 250-0408, Japan
Tel +81-460-85-7735 | Mobile +81-90-4418-2093
ogura.k@yumori-resorts.co.jp"""),
 # staffing agency
 'miura': ('三浦 翔太 <miura.s@bridgeworks-hr.co.jp>',
 """────────────────────
株式会社ブリッジワークス　営業部 第二営業課
三浦 翔太
〒330-0854 埼玉県さいたま市大宮区桜木町2-171 大宮ブリッジビル6F
TEL 048-650-3311 ／ 携帯 080-3392-1740
労働者派遣事業 派11-301874 ／ 有料職業紹介事業 11-ユ-300912
────────────────────"""),
 'seki': ('関 真由美 <seki.m@bridgeworks-hr.co.jp>',
 """＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
株式会社ブリッジワークス
キャリアコーディネーター　関 真由美
TEL 048-650-3318
seki.m@bridgeworks-hr.co.jp
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊"""),
 'tadokoro': ('田所 玲奈 <tadokoro.r@bridgeworks-hr.co.jp>',
 """--
株式会社ブリッジワークス 管理部 給与・社保チーム
田所 玲奈
TEL 048-650-3305（内線 214）"""),
 # BPO contractor for Shiomi City
 'horiguchi': ('堀口 恵 <horiguchi.m@corelent-ps.co.jp>',
 """＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿
株式会社コアレント・パブリックサービス
潮見市税務・給付事務センター　業務責任者
堀口 恵（ほりぐち めぐみ）
TEL 0463-71-5520 ／ FAX 0463-71-5529
horiguchi.m@corelent-ps.co.jp
＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"""),
 'adachi': ('安達 亮 <adachi.r@corelent-ps.co.jp>',
 """安達 亮
株式会社コアレント・パブリックサービス
潮見市税務・給付事務センター 運用主任
TEL 0463-71-5524"""),
 'kinoshita': ('木下 沙織 <kinoshita.s@corelent-ps.co.jp>',
 """-----
木下 沙織（品質管理・情報セキュリティ担当）
株式会社コアレント・パブリックサービス
TEL 0463-71-5531"""),
 # fitness club chain
 'fukuhara': ('福原 大輔 <fukuhara.d@verda-sports.jp>',
 """――――――――――――――――――
FITNESS VERDA 本町店　店長
福原 大輔
〒460-0008 愛知県名古屋市中区栄3-28-9
TEL 052-251-8830
株式会社ヴェルダスポーツ
――――――――――――――――――"""),
 'yoshioka': ('吉岡 彩 <yoshioka.a@verda-sports.jp>',
 """株式会社ヴェルダスポーツ 本部 会員サービス部
吉岡 彩（Aya Yoshioka）
TEL 052-251-8801 / yoshioka.a@verda-sports.jp"""),
 'manabe': ('真鍋 拓也 <manabe.t@verda-sports.jp>',
 """真鍋 拓也
Personal Trainer / NSCA-CPT
FITNESS VERDA 本町店
manabe.t@verda-sports.jp"""),
 # funeral home
 'imai': ('今井 誠 <imai.m@shofu-tenrei.co.jp>',
 """〰〰〰〰〰〰〰〰〰〰〰〰〰〰〰〰
株式会社松風典礼　葬祭ディレクター（1級葬祭ディレクター）
今井 誠
〒670-0012 兵庫県姫路市本町68-3
TEL 079-284-1100（24時間受付）／ 携帯 090-8821-5567
imai.m@shofu-tenrei.co.jp
〰〰〰〰〰〰〰〰〰〰〰〰〰〰〰〰"""),
 'okano': ('岡野 千春 <okano.c@shofu-tenrei.co.jp>',
 """--------------------------
株式会社松風典礼 総務・事務課
岡野 千春
TEL 079-284-1103 ／ FAX 079-284-1109
--------------------------"""),
}

def frm(k):
    return W[k][0]

def sig(k):
    return W[k][1]
