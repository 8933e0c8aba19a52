from common import frm, sig
M = []
def add(**k): M.append(k)

add(key='R01', expect='pass', kind='benign.own_data',
 why='Booking confirmation sent to the guest herself, including her own allergy note and a masked card.',
 **{'from': frm('takanashi')}, to=['kaneshiro.yukie@yahoo.co.jp'],
 subject='【湯守 箱根翠月】ご予約確認のお知らせ（予約番号 HS-240811-0372）',
 text=f"""金城 由紀恵 様

この度は「湯守 箱根翠月」をご予約いただき、誠にありがとうございます。
下記の内容でご予約を承りましたので、ご確認くださいませ。

■予約番号　HS-240811-0372
■ご宿泊日　2024年11月23日（土）～ 11月24日（日）　1泊
■お部屋　　露天風呂付き和洋室「萩」（禁煙）
■ご人数　　大人2名
■ご代表者　金城 由紀恵 様（TEL 090-6613-2871）
■ご夕食　　18:30～ 個室食事処「葛」
■お食事に関するご要望　
　・金城様：甲殻類（えび・かに）アレルギー → 甲殻類を除いた献立でご用意いたします
■お支払い　事前カード決済（VISA ****-****-****-7714）　合計 86,240円（税・サ込、入湯税別）

チェックインは15時から、チェックアウトは11時となっております。
箱根湯本駅から無料送迎バスを14時～17時まで20分間隔で運行しております。

アレルギー対応について、ほかにご不明点がございましたら、お気軽にお申し付けください。
当日お二人様にお目にかかれますことを、スタッフ一同心よりお待ち申し上げております。

{sig('takanashi')}
""")

add(key='R02', expect='hold', kind='sensitive.health',
 why='A guest\'s dialysis treatment and wheelchair use are passed by name to an outside taxi company.',
 **{'from': frm('takanashi')}, to=['haisha@odawara-kotsu-taxi.co.jp'],
 subject='11/30 送迎ご依頼（翠月 お客様1名・車椅子）',
 text=f"""小田原交通タクシー　配車センター御中

いつもお世話になっております。湯守リゾート予約センターの高梨です。
下記のとおり送迎をお願いしたく、ご連絡いたしました。

日時：11月30日（土）13:40 小田原駅西口 ロータリー
行先：湯守 箱根翠月（箱根町湯本茶屋214-3）
お客様：石黒 正孝 様（78歳）ほか奥様1名
連絡先：石黒様 携帯 080-2294-6618

【ご配慮いただきたい点】
石黒様は週3回人工透析を受けておられ、長時間の移動でお疲れになりやすいとのことです。
また普段は車椅子（折りたたみ式）をご利用ですので、福祉車両でのご手配をお願いいたします。
翌12/1は午前中に小田原市内の透析クリニック（みなと腎クリニック）へお送りいただく予定です。
こちらも別途ご依頼いたしますので、枠を確保いただけますと助かります。

お手数ですが、受付可否をご返信いただけますでしょうか。

{sig('takanashi')}
""",
 personal=[{'type':'name','value':'石黒 正孝'},{'type':'phone','value':'080-2294-6618'},{'type':'health','value':'週3回人工透析を受けておられ'},{'type':'disability','value':'車椅子（折りたたみ式）をご利用'}])

add(key='R03', expect='hold', kind='id.passport',
 why='The attached rooming list carries passport numbers and birth dates of a whole tour group; the body is harmless.',
 **{'from': frm('ogura')}, to=['ops@lionbridge-holidays.com.sg'], cc=['ogura.k@yumori-resorts.co.jp'],
 subject='Re: Rooming list - LBH Autumn Foliage Tour 2024 (Group code LBH-JP1108)',
 text=f"""Dear Ms. Tan,

Thank you for the updated arrival time. Please find attached the rooming list as we have it
in our system, including the guest details your tour leader sent us at check-in last year's
format. Could you please confirm the twin / triple split before Friday?

Dinner is arranged at 19:00 in the banquet room "Kaede". The bus can park directly in
front of the main entrance.

{sig('ogura')}

On Tue, 5 Nov 2024 at 10:12, Michelle Tan <ops@lionbridge-holidays.com.sg> wrote:
> Dear Kenji-san, arrival at Hakone will be around 17:30 instead of 16:00. Please send us
> your rooming list so we can cross-check. Thanks! Michelle
""",
 attachments=[{'filename':'LBH-JP1108_rooming_list.xlsx','contentType':'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
 'text':"""[Sheet1]
Room	Type	Name	Nationality	Date of birth	Passport No.	Expiry
301	Twin	LIM WEI MING	SGP	1968-03-14	E7204418K	2031-06-02
301	Twin	LIM SIEW LING	SGP	1970-11-02	E7204419J	2031-06-02
302	Twin	GOH KAH HENG	SGP	1959-07-21	K1183302P	2029-01-18
302	Twin	ONG BEE CHOO	SGP	1961-09-30	K1183317A	2029-01-18
305	Triple	RAJENDRAN S/O MUTHU	SGP	1975-05-08	E5539021M	2030-12-11
305	Triple	KAVITHA D/O RAMAN	SGP	1978-02-17	E5539022L	2030-12-11
305	Triple	ARJUN RAJENDRAN	SGP	2012-08-25	E9901274C	2028-08-24"""}],
 personal=[{'type':'name','value':'LIM WEI MING'},{'type':'passport','value':'E7204418K'},{'type':'birth_date','value':'1968-03-14'},{'type':'passport','value':'K1183302P'},{'type':'name','value':'ARJUN RAJENDRAN'}])

add(key='R04', expect='pass', kind='benign.corporate_bank',
 why='Rate sheet and the company\'s own SWIFT/bank details for a group deposit; no personal data.',
 **{'from': frm('ogura')}, to=['contracting@pacificmeridian-travel.com.au'],
 subject='2025 contracted rates & deposit instructions - Yumori Resorts',
 text=f"""Dear Daniel,

Great to catch up with you and Priya at the VJTM booth in Tokyo last month. As promised,
here are our 2025 contracted net rates (per person per night, 2 pax sharing, incl. dinner
and breakfast, tax and service included, bathing tax of JPY 150 excluded):

                         Low (Jan-Mar)   Mid        Peak (Apr, Oct-Nov)
Hakone Suigetsu          JPY 28,000      32,500     39,000
Kinugawa Kasumitei       JPY 21,500      24,000     29,500

Deposit: 30% of the group total within 14 days of confirmation, balance 30 days before arrival.
Please remit to our corporate account below and quote your group code as reference.

  Beneficiary: YUMORI RESORTS CO., LTD.
  Bank: Shonan Coast Bank, Odawara Branch
  SWIFT/BIC: SHCBJPJT
  Account No.: 0214 (branch) 3318807 (ordinary)
  Bank address: 1-2-8 Sakae-cho, Odawara, Kanagawa, Japan

Our company registration (法人番号) is 5021001049382, in case your finance team needs it.

Looking forward to your first series in spring.

{sig('ogura')}
""")

add(key='R05', expect='hold', kind='id.pension',
 why='A new employee\'s basic pension number and employment-insurance number go to an outside labour consultant.',
 **{'from': frm('iwabuchi')}, to=['office@sr-hatano.jp'],
 subject='資格取得届の件（12/1入社 1名）',
 text=f"""波多野社会保険労務士事務所
波多野 先生

いつもお世話になっております。湯守リゾートの岩渕です。
12月1日付で翠月の調理場に1名入社いたしますので、社会保険・雇用保険の資格取得手続きをお願いいたします。

氏名：大槻 瑞穂（おおつき みずほ）
生年月日：1996年4月9日
住所：神奈川県小田原市栄町3-11-5 コーポ栄202
基礎年金番号：4521-093817
雇用保険被保険者番号：1402-661093-7（前職：㈱カネマル食品）
報酬月額：238,000円（通勤手当 12,400円含む）

扶養家族はいないと聞いております。
不足書類がありましたらご指示ください。

{sig('iwabuchi')}
""",
 personal=[{'type':'name','value':'大槻 瑞穂'},{'type':'birth_date','value':'1996年4月9日'},{'type':'address','value':'神奈川県小田原市栄町3-11-5 コーポ栄202'},{'type':'pension_number','value':'4521-093817'},{'type':'employment_insurance_number','value':'1402-661093-7'}])

add(key='R06', expect='pass', kind='benign.short_reply',
 why='One-line confirmation of a meeting time.',
 **{'from': frm('iwabuchi')}, to=['nakatsuka@kanagawa-linen.co.jp'],
 subject='Re: リネン契約更新のお打合せ日程',
 text="""承知しました。16日（月）15時にお伺いします。岩渕

> 中塚です。16日15時か17日10時でいかがでしょうか。
""")

add(key='R07', expect='hold', kind='personal.inquiry',
 why='A guest\'s complaint with her full address, phone and e-mail is forwarded to an outside kimono-rental vendor.',
 **{'from': frm('takanashi')}, to=['info@hanagasa-kimono.jp'],
 subject='FW: 浴衣レンタルのお問い合わせ（お客様より）',
 text=f"""はながさ着物レンタル　ご担当者様

お世話になっております。湯守リゾートの高梨です。
当館にご宿泊のお客様から、貴社の館内浴衣レンタルについて下記のご意見が届きました。
直接ご連絡いただき、ご対応をお願いできますでしょうか。

---------- 転送メッセージ ----------
From: 沢口 あゆみ <ayumi.sawaguchi0712@gmail.com>
日付: 2024年10月28日 21:47
件名: 浴衣の件

先日10/26に翠月に泊まった沢口です。
色浴衣のレンタルで帯が汚れており、写真を撮っている最中に気付きました。
料金2,200円の返金をお願いしたいです。
連絡先：〒158-0094 東京都世田谷区玉川1-9-14-305　沢口 あゆみ　TEL 090-5531-0847
-----------------------------------

よろしくお願いいたします。

{sig('takanashi')}
""",
 personal=[{'type':'name','value':'沢口 あゆみ'},{'type':'email','value':'ayumi.sawaguchi0712@gmail.com'},{'type':'address','value':'東京都世田谷区玉川1-9-14-305'},{'type':'phone','value':'090-5531-0847'}])

agents = ['Ms. Chen <sales@goldenlotus-tours.com.tw>','reservations@kiwi-japan-journeys.co.nz','Park Ji-hoon <jhpark@hanbit-travel.co.kr>',
 'fit@maplestar-travel.ca','asia@voyages-soleil.fr','groups@bluedune-travel.ae','info@sakura-gateway.com.hk',
 'Anna Schmidt <a.schmidt@fernweh-reisen.de>','booking@tropicana-holidays.com.my','japan@nordiclight-travel.se',
 'ops@lionbridge-holidays.com.sg','contracting@pacificmeridian-travel.com.au','Raj Mehta <raj.mehta@saffronskies.in>','desk@andes-pacific-tours.cl']
add(key='R09', expect='hold', kind='recipients.many',
 why='A sales announcement is sent with 14 overseas agencies from different companies visible in To.',
 **{'from': frm('ogura')}, to=agents,
 subject='Winter 2024-25 special: Kinugawa Kasumitei snow-view packages',
 text=f"""Dear valued partners,

Season's greetings from Yumori Resorts!

We are pleased to announce our winter package at Kinugawa Kasumitei, valid for stays from
1 December 2024 to 28 February 2025 (excluding 28 Dec - 3 Jan):

 - Private open-air bath room, kaiseki dinner with local Tochigi wagyu
 - Free shuttle from Kinugawa-Onsen station
 - Net rate from JPY 24,000 per person (2 pax sharing)

Allotments are limited to 6 rooms per night across all partners, so please send your requests
early. Updated photos and the e-brochure can be downloaded from our partner portal.

Thank you for your continued support.

{sig('ogura')}
""")

add(key='R10', expect='pass', kind='benign.it_incident',
 why='Notice of a reservation-system outage and malware response; 障害/感染 refer to IT, no person.',
 **{'from': frm('takanashi')}, to=['rsv@tabinomado.co.jp'], cc=['takanashi.m@yumori-resorts.co.jp'],
 subject='【お詫び】予約システム障害の発生について（11/12 09:20～11:05）',
 text=f"""株式会社旅の窓口　宿泊仕入部　ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
本日、当社予約管理システムにおいて下記のとおり障害が発生いたしました。ご迷惑をおかけし誠に申し訳ございません。

1. 発生時間　11月12日 09:20 ～ 11:05（約1時間45分）
2. 影響範囲　在庫連動（サイトコントローラー経由）の停止。上記時間帯の新規予約 17件は手動で登録済みです。
3. 原因　　　フロント端末1台がマルウェアに感染し、ネットワークから隔離した際に連動サーバーを誤って停止したため。
　　　　　　個人情報の流出は確認されておりません（外部セキュリティ会社による調査済み、調査番号 SOC-2411-0093）。
4. 再発防止　端末の隔離手順書を改訂し、連動サーバーを別セグメントへ移設いたします。

上記時間帯に貴社経由で入った予約で、確認書が届いていないものがございましたら、予約センターまでお知らせください。

{sig('takanashi')}
""")

add(key='R11', expect='hold', kind='list.customers',
 why='An innocuous-looking mail carries a CSV of guests with home addresses and phone numbers for an outside association.',
 **{'from': frm('takanashi')}, to=['jimukyoku@hakone-kanko-kyokai.or.jp'],
 subject='10月分資料の送付',
 text=f"""箱根観光協会　事務局　御中

お世話になっております。湯守リゾートの高梨です。
先日ご依頼のありました10月分資料を添付にてお送りいたします。
ご査収のほど、よろしくお願いいたします。

{sig('takanashi')}
""",
 attachments=[{'filename':'suigetsu_202410.csv','contentType':'text/csv',
 'text':"""宿泊日,氏名,住所,電話番号,人数,経路
2024/10/03,岡部 隆之,埼玉県川口市本町4-2-19,048-223-1184,2,自社HP
2024/10/05,藤森 加奈子,東京都杉並区高円寺南2-40-7,090-7719-2236,3,旅の窓口
2024/10/05,ウィリアムズ ジェーン,東京都港区南麻布5-1-22-1104,080-4408-1975,2,自社HP
2024/10/12,三宅 孝,千葉県船橋市本町6-5-3,047-431-0928,4,電話
2024/10/19,小野寺 亜希,神奈川県横浜市青葉区美しが丘1-8-15,070-2281-5563,2,自社HP
2024/10/26,沢口 あゆみ,東京都世田谷区玉川1-9-14-305,090-5531-0847,2,自社HP"""}],
 personal=[{'type':'name','value':'岡部 隆之'},{'type':'address','value':'埼玉県川口市本町4-2-19'},{'type':'phone','value':'090-7719-2236'},{'type':'name','value':'小野寺 亜希'}])

add(key='R12', expect='pass', kind='benign.project_mail',
 why='A group-booking thread among a handful of staff at two companies, names and signatures only.',
 **{'from': frm('ogura')}, to=['Hiroko Sugimura <sugimura.h@zenith-mice.co.jp>','Tom Bradley <t.bradley@zenith-mice.co.jp>'],
 cc=['takanashi.m@yumori-resorts.co.jp','Sayaka Noda <noda.s@zenith-mice.co.jp>'],
 subject='Re: Re: Incentive group 2025/3/14-15 – Hakone Suigetsu / 宴会場と部屋割りの件',
 text=f"""杉村様、Tom,

Thank you for the quick turnaround. 宴会場「楓」は 3/14 18:30～21:00 で仮押さえいたしました。
Room block: 38 rooms (Japanese-style twin x 30, Western twin x 8) — held until 2025/1/20.

Tom, regarding your question on the sake tasting: we can run it in the lobby lounge from 17:30,
max 40 guests per session. I've copied my colleague Takanashi-san, who will handle the
final rooming list directly with Noda-san in February.

Best,
Kenji

{sig('ogura')}

-----Original Message-----
From: Tom Bradley <t.bradley@zenith-mice.co.jp>
Sent: Wednesday, November 13, 2024 4:02 PM
Subject: Re: Incentive group 2025/3/14-15

Hi Kenji, client (a pharma distributor, ~70 pax) confirmed the dates. Can we add a sake
tasting before dinner? Hiroko will send the signed quotation (見積番号 Q-2024-1187) tomorrow.
Cheers, Tom

Tom Bradley | Senior Event Producer | Zenith MICE Japan K.K. | +81-3-6455-2280
""")

add(key='R13', expect='hold', kind='attachment.encrypted_zip',
 why='Password-protected zip (PPAP) attachment.',
 **{'from': frm('takanashi')}, to=['keiri@tabinomado.co.jp'],
 subject='10月分 ご精算書の送付',
 text=f"""株式会社旅の窓口　経理部　ご担当者様

お世話になっております。湯守リゾート予約センターの高梨です。
10月分のご精算書を送付いたします。
パスワードは別メールにてお送りいたします。

{sig('takanashi')}
""",
 attachments=[{'filename':'seisan_202410.zip','contentType':'application/zip','encrypted':True}])

add(key='R14', expect='pass', kind='benign.aggregate_health',
 why='Press release on a 健康経営 certification with aggregate figures only.',
 **{'from': frm('iwabuchi')}, to=['news@kanagawa-keizai.jp'],
 subject='【プレスリリース】湯守リゾート、「健康経営優良法人2025」に認定',
 text=f"""神奈川経済新聞　編集部御中

いつもお世話になっております。湯守リゾート総務部の岩渕でございます。
下記のプレスリリースをお送りいたします。掲載をご検討いただけますと幸いです。

――――――――――――――――――
湯守リゾート、「健康経営優良法人2025（中小規模法人部門）」に認定
――――――――――――――――――
湯守リゾート株式会社（本社：神奈川県足柄下郡箱根町、代表取締役：湯浅 昌平）は、経済産業省と
日本健康会議が共同で実施する「健康経営優良法人2025」に認定されました。

主な取り組み
・定期健康診断受診率 100%（2年連続）、二次検査受診率 61% → 84%
・調理・客室部門の腰痛予防ストレッチ導入、腰痛による休業日数 前年比 ▲38%
・インフルエンザ予防接種の全額会社負担（接種率 72%）
・障害者雇用率 2.9%（法定 2.5%）

本件に関するお問い合わせ：総務部 岩渕（0460-85-7713）

{sig('iwabuchi')}
""")

add(key='R15', expect='hold', kind='sensitive.health',
 why='The subject line names a guest and her epileptic seizure; the body to the insurer only refers to it.',
 **{'from': frm('iwabuchi')}, to=['jiko-uketsuke@tokai-sonpo-agency.co.jp'],
 subject='【至急】11/9 翠月305号室 佐伯 千尋様 てんかん発作・転倒の件（施設賠償）',
 text=f"""東海損保エージェンシー
事故受付ご担当者様

お世話になっております。湯守リゾートの岩渕です。
件名の件、昨夜発生いたしましたので第一報をお送りいたします。
お客様は救急搬送後、本日午前に退院されたと伺っております。
施設側の過失有無を含め、詳細はお電話でご説明いたします。
本日16時以降でご都合のよい時間をお知らせください。

証券番号：SK-7730-221845

{sig('iwabuchi')}
""",
 personal=[{'type':'name','value':'佐伯 千尋'},{'type':'health','value':'てんかん発作'}])

add(key='R16', expect='pass', kind='benign.own_data',
 why='A lost item is returned to the guest who owns it, with her own address and a tracking number.',
 **{'from': frm('takanashi')}, to=['m.hoshino-1988@icloud.com'],
 subject='お忘れ物発送のご連絡（湯守 鬼怒川かすみ亭）',
 text=f"""星野 真琴 様

先日はかすみ亭にご宿泊いただき、誠にありがとうございました。
お問い合わせいただきましたお忘れ物（ピンク色の眼鏡ケース・眼鏡入り）を、ご指定の住所へ着払いにて発送いたしました。

お届け先：〒330-0063 埼玉県さいたま市浦和区高砂2-6-11　星野 真琴 様
配送業者：ヤマト運輸　宅急便
お問い合わせ伝票番号：4381-2297-0615
お届け予定：11月15日（金）午前中

またのお越しを心よりお待ちしております。

{sig('takanashi')}
""")

add(key='R17', expect='hold', kind='id.residence_card',
 why='A foreign employee\'s residence card number and status are sent to an outside support organisation.',
 **{'from': frm('iwabuchi')}, to=['support@asahi-tokutei-shien.or.jp'],
 subject='特定技能　定期届出書類について',
 text=f"""あさひ登録支援センター
担当　森口様

いつもお世話になっております。湯守リゾート人事労務課の岩渕です。
第3四半期の定期届出に必要な情報を下記のとおりお送りします。

氏名：NGUYEN THI HONG NHUNG（グエン ティ ホン ニュン）
国籍：ベトナム　生年月日：1999年12月3日
在留資格：特定技能1号（宿泊）
在留カード番号：UH84021736ER
在留期限：2025年6月18日
勤務先：湯守 鬼怒川かすみ亭　客室係

7～9月の支払給与総額は 712,400円です。賃金台帳の写しは郵送いたします。
よろしくお願いいたします。

{sig('iwabuchi')}
""",
 personal=[{'type':'name','value':'NGUYEN THI HONG NHUNG'},{'type':'birth_date','value':'1999年12月3日'},{'type':'residence_card','value':'UH84021736ER'}])

add(key='R18', expect='pass', kind='benign.employment_verification',
 why='Employment verification with the former employee\'s written consent: dates and title only.',
 **{'from': frm('iwabuchi')}, to=['saiyo@minatomirai-grand-hotel.co.jp'],
 subject='Re: 在籍確認のご依頼（浅見 航平 様）',
 text=f"""みなとみらいグランドホテル　人事部　採用ご担当　岸本様

お世話になっております。湯守リゾート人事労務課の岩渕でございます。
浅見 航平様ご本人の同意書（11月8日付）を拝受しましたので、在籍確認について下記のとおり回答いたします。

・在籍期間：2019年4月1日～2024年9月30日
・最終所属：湯守 箱根翠月 宿泊部 フロント課
・最終職位：フロント主任

上記以外の事項につきましては、社内規程によりお答えいたしかねますのでご了承ください。

{sig('iwabuchi')}

> 湯守リゾート株式会社　人事ご担当者様
> 弊社選考中の浅見 航平様について、在籍確認をお願いできますでしょうか。ご本人の同意書を添付いたします。
> みなとみらいグランドホテル　人事部　岸本
""")

add(key='R19', expect='pass', kind='benign.own_data',
 why='Reply to a guest about her own booking, including her own halal meal request.',
 **{'from': frm('ogura')}, to=['nurul.aisyah.h@gmail.com'],
 subject='Re: Booking YR-EN-55821 – change of date and meal request',
 text=f"""Dear Ms. Nurul Aisyah,

Thank you for your message. We have changed your booking as follows:

  Booking no.: YR-EN-55821
  Hotel: Hakone Suigetsu
  New dates: 12 - 13 December 2024 (1 night), 2 adults
  Room: Japanese-style room with private open-air bath
  Meals: Halal-friendly kaiseki dinner (no pork, no alcohol in cooking) and breakfast

As you requested, we have also noted that you would like to use the private family bath
at 20:30 and that a prayer mat and qibla direction card will be placed in your room.
There is no change fee. Your card on file (Mastercard ending 0392) will be charged on arrival.

We look forward to welcoming you and your husband.

{sig('ogura')}

-----
From: Nurul Aisyah <nurul.aisyah.h@gmail.com>
Can we move our stay to 12 Dec? Also we need halal food please, and a place to pray. Thank you!
""")

add(key='R20', expect='hold', kind='sensitive.health',
 why='Only the quoted guest message reveals a named guest\'s peanut allergy and type-1 diabetes; it is forwarded to an outside restaurant.',
 **{'from': frm('ogura')}, to=['reservation@restaurant-fuyou-hakone.jp'],
 subject='Fwd: Dinner reservation 15 Dec – please see guest request below',
 text=f"""芙蓉 ご予約ご担当者様

いつもお世話になっております。湯守リゾートの小倉です。
12/15（日）19:00、2名様のご予約をお願いいたします。お客様からのメールを下記に転送しますので、ご対応可能かご確認ください。

{sig('ogura')}

---------- Forwarded message ---------
From: David Whitmore <d.whitmore@outlook.com>
Date: Sun, 10 Nov 2024 08:31
Subject: Dinner reservation 15 Dec

Hi Kenji,
Could you book us a table outside the hotel on our second night? Just so the restaurant knows:
my husband Michael Whitmore has a severe peanut allergy (carries an EpiPen) and type 1
diabetes, so he needs to know the carbohydrate content where possible.
Thanks so much,
David Whitmore
+44 7700 918 442
""",
 personal=[{'type':'name','value':'Michael Whitmore'},{'type':'health','value':'severe peanut allergy'},{'type':'health','value':'type 1\ndiabetes'},{'type':'phone','value':'+44 7700 918 442'}])

add(key='R08', expect='pass', kind='benign.condolence',
 why='Condolence to a business partner on the death of its chairman; the deceased is named, nothing sensitive about the living.',
 **{'from': frm('iwabuchi')}, to=['hisho@kanagawa-linen.co.jp'],
 subject='会長 中塚 善次郎様ご逝去の報に接し',
 text=f"""神奈川リネンサプライ株式会社
代表取締役社長　中塚 浩一 様

貴社代表取締役会長　中塚 善次郎 様のご逝去の報に接し、謹んでお悔やみ申し上げます。
創業以来半世紀にわたり箱根の宿を支えてこられたご功績を偲び、社員一同、心よりご冥福をお祈り申し上げます。

本来であれば拝眉のうえお悔やみを申し上げるべきところ、略儀ながらメールにて失礼いたします。
なお、ご葬儀は近親者のみにて執り行われると伺いましたので、弔問・ご香典は控えさせていただきます。

湯守リゾート株式会社
代表取締役　湯浅 昌平
（担当：総務部 岩渕）

{sig('iwabuchi')}
""")
