from common import *

D = "ngkc.co.jp"
ARJUN = f"Arjun Venkataraman <arjun.venkataraman@{D}>"
SOPHIE = f"Sophie Lindqvist <sophie.lindqvist@{D}>"
TANAKA = f"田中 慎也 <shinya.tanaka@{D}>"

SIG_A = """--
Arjun Venkataraman
Delivery Manager, Enterprise Integration
Northgate Kasumi Consulting K.K.
Toranomon Aster Bldg. 14F, 1-9-4 Toranomon, Minato-ku, Tokyo 105-0001
Tel +81-3-6811-4420 / Mobile +81-80-4471-2290
arjun.venkataraman@ngkc.co.jp | www.ngkc.co.jp"""

SIG_S = """Best regards,
Sophie

Sophie Lindqvist
Senior Consultant – Data Platforms
Northgate Kasumi Consulting K.K. (ノースゲート霞コンサルティング株式会社)
Direct +81-3-6811-4437
sophie.lindqvist@ngkc.co.jp"""

SIG_T_JA = """――――――――――――――――――――
ノースゲート霞コンサルティング株式会社
管理部 オペレーションマネージャー
田中 慎也(Shinya Tanaka)
〒105-0001 東京都港区虎ノ門1-9-4 虎ノ門アスタービル14F
TEL 03-6811-4400 / FAX 03-6811-4401
shinya.tanaka@ngkc.co.jp
――――――――――――――――――――"""

SIG_T_EN = """Kind regards,
Shinya Tanaka
Operations Manager, Administration Dept.
Northgate Kasumi Consulting K.K.
Tel +81-3-6811-4400 | shinya.tanaka@ngkc.co.jp"""

MAILS = []
A = MAILS.append

# ---------------- passes ----------------
A(M("pass", "benign.status_update", "Weekly project status naming team members and ticket/commit IDs only; no personal data.",
ARJUN, ["小川 健一 <k.ogawa@meridian-lj.co.jp>", "David Chen <david.chen@meridian-lj.co.jp>"],
"Weekly status – Meridian WMS integration (week 23)",
f"""Ogawa-san, David,

Please find this week's status below. Overall RAG: GREEN (schedule), AMBER (test data).

1. Done this week
 - MLJ-1423 Inbound ASN mapping for Kasukabe DC – merged (PR #218, commit a3f9c2e7). Thanks to Priya for turning this round in two days.
 - MLJ-1431 Carrier label API retry logic – Rahul and Lukas paired on it; deployed to STG build 2024.06.14.3.
 - MLJ-1440 Slotting report performance – query time down from 41s to 6.2s (Marta's index change).

2. Next week
 - MLJ-1452 Returns flow (RMA) – Karthik to start on Monday.
 - UAT round 2 with Hamada-san's warehouse team on Wed 19th, 14:00–17:00 at Kasukabe.
 - Nikhil will cover Rahul's tasks on Thursday (Rahul is off that day).

3. Risks / asks
 - We still need the masked product master extract (ticket MLJ-1399). David, could your DBA team share an ETA?
 - Change freeze for the July release starts 28 June.

Let me know if anything is unclear. Happy to walk through it on Monday's call.

{SIG_A}
"""))

A(M("pass", "benign.dev_minutes", "Development minutes with public Luhn-valid sandbox test cards and commit hashes, no real cardholder.",
SOPHIE, ["森本 綾 <aya.morimoto@hoshizora-retail.co.jp>", "Kenta Ishibashi <k.ishibashi@hoshizora-retail.co.jp>"],
"Minutes: payment gateway sandbox review (18 June)",
f"""Hi Morimoto-san, Ishibashi-san,

Minutes from today's sandbox review. Shout if I missed anything.

Attendees: Morimoto, Ishibashi (Hoshizora), Sophie, Lukas Brandt, Priya Raghunathan (NGKC), Tom Reyes (PayWave, by phone)

1. Sandbox results
   - Happy path with Visa test card 4111 1111 1111 1111 (exp 12/30, CVC 123): OK, 212 ms avg auth.
   - 3-D Secure challenge with Mastercard test card 5555 5555 5555 4444: challenge page renders, but redirect back fails on Safari (HZR-877).
   - Decline simulation using amount 4000.51 JPY → "insufficient funds" code 51 returned as expected.
2. Code
   - Webhook signature validation merged in commit 9e41d0b, tag v0.9.3-rc2.
   - Idempotency-Key header now mandatory (Lukas). Retry storm test passed with 500 rps.
3. Decisions
   - We will NOT store tokens in the order DB; PayWave vault only.
   - Production keys to be issued by Hoshizora security team, not shared by mail.
4. Actions
   - HZR-877 Safari redirect – Lukas – 21 June
   - Load test report – Priya – 24 June
   - Confirm go-live window – Ishibashi-san – 25 June

{SIG_S}
"""))

A(M("pass", "benign.successor_intro", "Handover introduction of a successor consultant; business contact details only.",
SOPHIE, ["中村 直樹 <naoki.nakamura@sakuraseiki.co.jp>"],
"Introducing Lukas Brandt – your new lead consultant from 1 July",
f"""中村様

Dear Nakamura-san,

Thank you for the trust you have given me over the past two years on the Sakura Seiki MES data project.

From 1 July I will move to our new Nordic client practice, and my colleague Lukas Brandt (cc'd) will take over as lead consultant. Lukas joined NGKC from Siemens in Munich in 2019 and has led three factory data-lake projects in Aichi and Shizuoka. He speaks good Japanese, so please feel free to write to him in either language.

Handover plan:
 - 24 June: joint session with your team (Fujii-san, Ueda-san) at the Hamamatsu plant
 - until 5 July: I remain in cc on all threads
 - steering committee on 12 July: Lukas presents

It has been a real pleasure. I hope to see you at the Tokyo office before I leave.

{SIG_S}
""", cc=[f"Lukas Brandt <lukas.brandt@{D}>"]))

A(M("pass", "benign.thank_you", "Thank-you note after go-live naming client and project staff; no personal data beyond names.",
ARJUN, ["小川 健一 <k.ogawa@meridian-lj.co.jp>"],
"Thank you – Kasukabe DC go-live",
f"""Dear Ogawa-san,

Just a short note to say thank you. Saturday's cut-over at Kasukabe DC went through without a single rollback, and first-day shipments closed at 98.7% on time.

Special thanks to Hamada-san and the night-shift leads (Kimura-san, Sakai-san) who stayed until 3 a.m. to re-scan the pallets, and to David for keeping the network team on standby. On our side, Priya and Karthik did the data migration and Marta watched the dashboards all night.

We will send the hypercare report on Friday.

Warm regards,
{SIG_A}
"""))

A(M("pass", "benign.invoice", "Invoice to a corporate client with the firm's own corporate bank account, SWIFT and corporate number.",
TANAKA, ["Accounts Payable <ap@meridian-asia.com.sg>"], 
"Invoice NGK-INV-2024-0613 – Meridian Logistics Asia Pte. Ltd.",
f"""Dear Accounts Payable team,

Please find attached our invoice NGK-INV-2024-0613 for consulting services in May 2024 (PO 4500018273).

Amount: JPY 8,140,000 (tax exempt – export of services)
Due date: 31 July 2024

Bank details (corporate account):
  Beneficiary: Northgate Kasumi Consulting K.K.
  Bank: Kanto Sakura Bank, Toranomon Branch (Branch code 312)
  Account: Ordinary 0048213
  SWIFT: KSBKJPJT
  Corporate Number (法人番号): 4010401187362

Please quote the invoice number in the payment reference.

{SIG_T_EN}
""", attachments=[att("NGK-INV-2024-0613.pdf", PDF, """INVOICE
Northgate Kasumi Consulting K.K.  Registration No. T4010401187362
Bill to: Meridian Logistics Asia Pte. Ltd., 10 Pasir Panjang Road #12-01, Singapore
Invoice No: NGK-INV-2024-0613   Date: 2024-06-13   PO: 4500018273
Description                                  Qty   Unit price     Amount
WMS integration consulting – May 2024        1     7,400,000      7,400,000
Offshore testing support (Pune)              1       740,000        740,000
Total                                                            JPY 8,140,000
Beneficiary: Northgate Kasumi Consulting K.K. / Kanto Sakura Bank Toranomon Br. / Ordinary 0048213 / SWIFT KSBKJPJT""")]))

A(M("pass", "benign.incident_report", "IT incident report using outage/infection/isolation wording for servers, not people.",
ARJUN, ["森本 綾 <aya.morimoto@hoshizora-retail.co.jp>", "情報システム部 <is-dept@hoshizora-retail.co.jp>"],
"【障害報告】INC-20240702-01 API gateway outage / 障害報告書",
f"""Morimoto-san, IS team,

Here is the preliminary incident report (英語版のみ、和訳は明日お送りします).

Incident: INC-20240702-01
Impact: Store app checkout API unavailable, 2 July 09:12–09:59 JST (47 min). Approx. 3,100 failed requests, all retried successfully by the client apps except 212.
Root cause (preliminary): certificate rotation job on gw-prod-02 replaced the intermediate cert chain; health checks did not cover TLS handshake.

Related finding: during the investigation we found that build agent ci-agent-07 was infected with a cryptomining binary (XMRig variant, SHA-256 5d1f…a93c). The host was isolated (隔離) at 11:40 and re-imaged; no customer data resides on that host, and EDR shows no lateral movement.

Actions:
 - Add TLS handshake probe to health checks (owner: Rahul Menon, 5 July)
 - Rotate CI secrets (owner: Lukas Brandt, done)
 - Full RCA review meeting: 8 July 15:00

Sorry for the disruption.

{SIG_A}
"""))

A(M("pass", "benign.employment_verification", "Employment verification with only dates and title, sent at the employee's written request.",
TANAKA, ["Greenhill Realty Leasing Desk <leasing@greenhill-realty.co.jp>"],
"Employment verification – Mr. Karthik Subramanian",
f"""To whom it may concern,

At the request of our employee and with his signed consent (attached form dated 3 June 2024), we confirm the following:

 Name: Karthik Subramanian
 Position: Senior Software Engineer
 Employment type: Full-time, permanent
 Employed since: 1 April 2021

This letter is provided for the purpose of his rental application only. Please contact me if you need the original on company letterhead.

{SIG_T_EN}
"""))

A(M("pass", "benign.project_mail", "Project kick-off mail with seven visible addresses from two companies.",
SOPHIE, ["中村 直樹 <naoki.nakamura@sakuraseiki.co.jp>", "藤井 彩 <aya.fujii@sakuraseiki.co.jp>", "上田 剛 <tsuyoshi.ueda@sakuraseiki.co.jp>", "Pieter Janssens <p.janssens@sakuraseiki.co.jp>"],
"Kick-off agenda – MES data lake phase 2 (Hamamatsu, 24 June)",
f"""Dear all,

Agenda for Monday's kick-off at the Hamamatsu plant, meeting room B2.

 10:00 Welcome – Nakamura-san
 10:15 Phase 1 lessons learned – Sophie
 10:45 Phase 2 scope: line 3/4 sensors, OEE dashboard – Lukas
 11:30 Data governance & access roles – Fujii-san, Pieter
 12:15 Lunch (bento, thank you Ueda-san)
 13:15 Plant walk – line 4
 14:30 Backlog & next steps – Joost

Please bring your laptops; guest Wi-Fi is available (SSID SSK-GUEST).

{SIG_S}
""", cc=[f"Lukas Brandt <lukas.brandt@{D}>", f"Joost van der Berg <joost.vanderberg@{D}>", ARJUN]))

A(M("pass", "benign.congratulations", "Congratulations to a partner company and a named award winner.",
ARJUN, ["Deepa Iyer <deepa.iyer@tarangini-soft.in>"], "Congratulations on CMMI Level 5!",
f"""Hi Deepa,

Heard the news from Sanjay this morning – congratulations to you and the whole Tarangini team on the CMMI Level 5 appraisal, and on your NASSCOM Women Leaders award as well. Very well deserved.

The Pune QA team has been a huge part of our Meridian delivery this year. Please pass on my thanks to Vikram, Sneha and Anand in particular.

Let's celebrate properly when you visit Tokyo in September.

Cheers,
Arjun
{SIG_A}
"""))

A(M("pass", "benign.to_data_subject", "Interview schedule and offer letter sent to the candidate himself at his own address.",
SOPHIE, ["Matteo Bellandi <matteo.bellandi88@gmail.com>"], "Your final interview on 27 June and offer details",
f"""Dear Matteo,

Thank you again for your time last week. As promised, here are the details for the final step:

 Date: Thursday 27 June, 16:00 JST (09:00 CET)
 Format: Teams (link to follow from calendar)
 Panel: Arjun Venkataraman (Delivery Manager), Shinya Tanaka (Operations)

I have also attached the draft offer letter so you can review it with your family beforehand. Please don't forward it; it is for you only.

Looking forward to speaking again!

{SIG_S}
""", attachments=[att("Offer_Letter_DRAFT_Matteo_Bellandi.pdf", PDF, """DRAFT – OFFER OF EMPLOYMENT
Northgate Kasumi Consulting K.K.
To: Mr. Matteo Bellandi, Via Pietro Custodi 14, 20136 Milano, Italy
Position: Data Engineer (Senior Consultant track)
Start date: 1 October 2024 (subject to visa)
Annual base salary: JPY 9,600,000 paid in 12 monthly installments
Relocation allowance: JPY 500,000
Probation: 3 months
Signature: ____________________""")]))

A(M("pass", "benign.vendor_shortlist", "Vendor shortlist where company names contain surnames; no individuals' data.",
ARJUN, ["小川 健一 <k.ogawa@meridian-lj.co.jp>"], "DWH tool evaluation – shortlist",
f"""Ogawa-san,

Following Tuesday's discussion, our shortlist for the DWH / ELT tool evaluation:

 1. Suzuki Denki Systems – "Harbor DWH" (on-prem + cloud, strong Japanese support)
 2. Morgan Fielding Partners – resellers of Snowflake, Tokyo team of 12
 3. Yamada Analytics K.K. – "Kanade ETL", fixed-price licences
 4. Kobayashi & Mori – only for the licence contract review, not the tool itself

We dropped Watanabe Data Works because they could not commit to on-site support in Saitama.

Proposed scoring weights: functionality 35, TCO 25, support 20, security 20. Scoring sheet to follow.

{SIG_A}
"""))

A(M("pass", "benign.health_programme_aggregate", "Health-management application with aggregate rates only (check-up, vaccination, disability employment).",
TANAKA, ["健康経営推進コンサルティング 担当 横山様 <yokoyama@kenko-keiei-support.jp>"], "健康経営優良法人2025 申請データのご送付",
f"""横山様

いつもお世話になっております。ノースゲート霞コンサルティングの田中です。
健康経営優良法人2025の申請に向けて、ご依頼の集計値をお送りします。

・従業員数:186名(うち外国籍 71名)
・定期健康診断 受診率:98.9%
・二次検査 受診率:76.2%
・ストレスチェック 受検率:91.4%(高ストレス者の割合は非開示とします)
・インフルエンザ予防接種 費用補助利用者:112名
・海外出張者向けトラベルワクチン補助:23名(A型肝炎、破傷風など)
・障害者雇用率:2.7%(法定2.5%)
・平均残業時間:月14.2時間

個人別データはお出しできませんので、集計値のみでご対応をお願いいたします。

{SIG_T_JA}
"""))

A(M("pass", "benign.condolence", "Condolence to a client on the death of its former chairman, a deceased person in ordinary condolence.",
ARJUN, ["小川 健一 <k.ogawa@meridian-lj.co.jp>"], "With deepest sympathy",
f"""Dear Ogawa-san,

We were deeply saddened to learn of the passing of Mr. Hideo Kurosawa, former Chairman of Meridian Logistics Japan. His vision of a connected logistics network shaped the project we have the privilege of working on today.

On behalf of everyone at Northgate Kasumi Consulting, please accept our sincere condolences and convey them to his family and your colleagues.

With respect,
Arjun Venkataraman
{SIG_A}
"""))

A(M("pass", "benign.asset_serials", "Lease return list with device serial numbers, asset tags and erasure hashes.",
TANAKA, ["Kaede Lease Returns Desk <returns@kaede-lease.co.jp>"], "Lease return – contract KL-2021-08841 (12 laptops)",
f"""Dear Returns Desk,

We will return the following 12 devices under lease contract KL-2021-08841. Pickup requested for 3 July, 10:00–12:00, at our Toranomon office (reception 14F).

Asset tag   Model                  Serial        Erasure cert SHA-256 (first 16)
NGK-0412    ThinkPad T14 Gen2      PF3ZK8Q1      9f2c41d0e7ab33c1
NGK-0413    ThinkPad T14 Gen2      PF3ZK8Q9      0b6e7a12fc9d4e85
NGK-0418    ThinkPad X1 Carbon G9  PW0A7TDC      c4e9a7715b20d6f3
NGK-0421    MacBook Pro 14         C02GK1XYMD6T  71ad0f99e3c2b54a
... (8 more in attached CSV)

All devices were wiped with NIST 800-88 purge; certificates attached.

{SIG_T_EN}
""", attachments=[att("KL-2021-08841_return_list.csv", CSV, """asset_tag,model,serial,erasure_sha256
NGK-0412,ThinkPad T14 Gen2,PF3ZK8Q1,9f2c41d0e7ab33c1a0e2b6f8d1c7a3e9
NGK-0413,ThinkPad T14 Gen2,PF3ZK8Q9,0b6e7a12fc9d4e85d2a1f0c6b9e4d7a3
NGK-0418,ThinkPad X1 Carbon G9,PW0A7TDC,c4e9a7715b20d6f3e8b1a0d9c2f7e6b5
NGK-0421,MacBook Pro 14,C02GK1XYMD6T,71ad0f99e3c2b54a6f1e0d8c7b9a2e3d
NGK-0422,MacBook Pro 14,C02GK1Y2MD6T,5e3b2c1a0f9d8e7c6b5a4f3e2d1c0b9a
NGK-0430,ThinkPad T14 Gen2,PF3ZL1A4,a1b2c3d4e5f60718293a4b5c6d7e8f90""")]))

A(M("pass", "benign.plain_zip_logs", "Plain zip of server logs with request IDs and internal IPs, no personal data.",
SOPHIE, ["Bluefin Cloud Support <support@bluefin-cloud.com>"], "Case #BF-558210 – intermittent 502 on ap-northeast-1 load balancer",
f"""Hello Bluefin support,

Following up on case #BF-558210. Attached is lb-logs-0618.zip (not encrypted) with the access logs and our ALB target health history between 13:00 and 14:00 UTC.

The 502s always coincide with target deregistration of i-0a8f3c21b7d94e015. Request IDs of three examples:
 - 1-6671a2f3-5c3e2b19a0d44f7e81c2b3a4
 - 1-6671a30b-0e9d8c7b6a5f4e3d2c1b0a99
 - 1-6671a355-7f6e5d4c3b2a19080706a5b4

Could you confirm whether connection draining is honoured on the 60s setting?

{SIG_S}
""", attachments=[att("lb-logs-0618.zip", ZIP, """== alb-access-0618-1300.log ==
h2 2024-06-18T13:02:11.204Z app/hzr-prod-alb/3f1e 10.20.4.17:51822 10.20.8.31:8080 0.001 0.042 0.000 200 200 512 1820 "GET https://api.hoshizora-retail.co.jp:443/v2/catalog?page=3 HTTP/2.0" "okhttp/4.12.0" - 1-6671a2f3-5c3e2b19a0d44f7e81c2b3a4
h2 2024-06-18T13:02:11.877Z app/hzr-prod-alb/3f1e 10.20.4.22:40218 - -1 -1 -1 502 - 344 0 "POST https://api.hoshizora-retail.co.jp:443/v2/cart HTTP/2.0" "StoreApp/5.4.1 iOS" - 1-6671a30b-0e9d8c7b6a5f4e3d2c1b0a99
== target-health-0618.txt ==
13:02:10 i-0a8f3c21b7d94e015 draining
13:02:12 i-0a8f3c21b7d94e015 unused
13:03:40 i-0c1d2e3f4a5b6c7d8 healthy""")]))

# ---------------- holds ----------------
A(M("hold", "personal.skill_sheet", "Attached skill sheets give proposed engineers' birth dates, nationality and home stations to a client.",
ARJUN, ["調達部 岡田 <t.okada@hoshizora-retail.co.jp>"], "Phase 2 – proposed team",
f"""Okada-san,

Thank you for the RFP clarification call. As requested, attached are the profiles of the team we propose for Phase 2. All four are available from 1 September.

Happy to arrange short interviews next week.

{SIG_A}
""", attachments=[att("NGKC_Phase2_team_profiles.xlsx", XLSX, """[Sheet1]
Name\tDate of birth\tNationality\tNearest station\tYears exp.\tKey skills\tJLPT
Rahul Menon\t1991-03-14\tIndia\tNishi-Kasai\t10\tJava, Kafka, AWS\tN2
Marta Kowalczyk\t1994-11-02\tPoland\tShimokitazawa\t7\tPostgreSQL, dbt, Python\tN3
Nikhil Joshi\t1997-07-21\tIndia\tGyotoku\t4\tReact, TypeScript\tN4
Elena García Ruiz\t1989-05-30\tSpain\tMusashi-Kosugi\t12\tSAP PI/PO, Integration\tN1""")],
personal=[("name", "Rahul Menon"), ("birthdate", "1991-03-14"), ("name", "Marta Kowalczyk"), ("birthdate", "1994-11-02"), ("name", "Nikhil Joshi"), ("birthdate", "1997-07-21"), ("name", "Elena García Ruiz"), ("birthdate", "1989-05-30")]))

A(M("hold", "id.passport", "Passport and residence-card numbers of a new engineer sent to an outside immigration office.",
ARJUN, ["Hayashi Immigration Office <info@hayashi-gyosei.jp>"], "Nikhil Joshi – COE application documents",
f"""Dear Hayashi-sensei,

Thank you for handling the Certificate of Eligibility for our new hire. Details you asked for:

 Full name: JOSHI NIKHIL PRAKASH
 Date of birth: 21 July 1997
 Passport no.: V4829173 (Republic of India, expires 2032-02-10)
 Place of birth: Nagpur
 Current status: Engineer/Specialist in Humanities, residence card no. UH48201937FA (valid until 2025-01-15)
 Home address in Japan: 3-12-5-402 Gyotoku-ekimae, Ichikawa-shi, Chiba

The company documents (tohon, financial statements) will follow by post.

{SIG_A}
""", personal=[("name", "JOSHI NIKHIL PRAKASH"), ("passport", "V4829173"), ("residence_card", "UH48201937FA"), ("birthdate", "21 July 1997"), ("address", "3-12-5-402 Gyotoku-ekimae, Ichikawa-shi, Chiba")]))

A(M("hold", "id.bank_account", "A freelancer's private bank account sent to the outside accounting firm.",
TANAKA, ["税理士法人みなと会計 木下様 <kinoshita@minato-kaikei.jp>"], "6月分 業務委託費のお支払い(新規委託先の登録)",
f"""木下様

いつもお世話になっております。田中です。
6月から業務委託でUIデザインをお願いしているフリーランスの方の支払先登録をお願いします。

 氏名:ガルシア エレナ(Elena Garcia)
 住所:神奈川県川崎市中原区新丸子東2-8-3 サンハイツ303
 振込先:東都銀行 武蔵小杉支店 普通 7720481 ガルシア エレナ
 6月分委託費:385,000円(税込)、源泉徴収あり

請求書は別途PDFでお送りします。

{SIG_T_JA}
""", personal=[("name", "ガルシア エレナ"), ("address", "神奈川県川崎市中原区新丸子東2-8-3 サンハイツ303"), ("bank_account", "東都銀行 武蔵小杉支店 普通 7720481 ガルシア エレナ")]))

A(M("hold", "list.customer", "A CSV of the client's end-customers with names, addresses and phones sent offshore for debugging.",
SOPHIE, ["Vikram Rao <vikram.rao@tarangini-soft.in>", "Sneha Kulkarni <sneha.k@tarangini-soft.in>"], "Repro data for HZR-902 (address normalisation failures)",
f"""Hi Vikram, Sneha,

For HZR-902, here are the 6 records that failed address normalisation in last night's prod batch. I pulled them straight from the error table so you can reproduce exactly. Please fix by Thursday if you can.

The issue seems to be full-width hyphens and building names after the chome.

{SIG_S}
""", attachments=[att("hzr902_failed_records.csv", CSV, """customer_id,name,postal_code,address,phone,email
C-1048213,大塚 由美子,279-0011,千葉県浦安市美浜3ー14ー2 ブライトン浦安805,047-351-2284,yumiko.otsuka@ezweb.ne.jp
C-1048377,Kevin O'Brien,150-0012,東京都渋谷区広尾5−4−11 広尾ガーデン2F,090-3318-4471,kobrien.tokyo@gmail.com
C-1049002,森田 浩二,330-0843,埼玉県さいたま市大宮区吉敷町1ー22ー7,048-643-9912,k-morita@nifty.com
C-1049115,林 美玲,231-0023,神奈川県横浜市中区山下町185−3 チャイナタウンハイツ901,080-2241-7733,meiling.hayashi@yahoo.co.jp
C-1049286,坂口 翔太,104-0061,東京都中央区銀座8ー9ー16 ,070-5512-0098,shota.sakaguchi@icloud.com
C-1049301,Ana Lúcia Costa,433-8119,静岡県浜松市中央区高丘北1ー3ー5,053-437-6621,analucia.costa@hotmail.com""")],
personal=[("name", "大塚 由美子"), ("address", "千葉県浦安市美浜3ー14ー2 ブライトン浦安805"), ("phone", "047-351-2284"), ("name", "Kevin O'Brien"), ("phone", "090-3318-4471"), ("name", "林 美玲"), ("email", "meiling.hayashi@yahoo.co.jp")]))

A(M("hold", "sensitive.health", "Tells a client that a named engineer was hospitalised with dengue fever.",
ARJUN, ["小川 健一 <k.ogawa@meridian-lj.co.jp>"], "RE: UAT round 2 staffing",
f"""Ogawa-san,

Sorry for the short notice. Rahul Menon will be out for at least two weeks – he was diagnosed with dengue fever after returning from Chennai and is currently hospitalised at St. Luke's. He is recovering but the doctors want to monitor his platelet count.

Karthik will take over his UAT tasks from tomorrow. No impact on the 28 June freeze.

{SIG_A}

-----Original Message-----
From: 小川 健一 <k.ogawa@meridian-lj.co.jp>
Sent: Monday, June 17, 2024 9:02 AM
Subject: UAT round 2 staffing

Arjun-san, is Rahul-san joining the UAT at Kasukabe on Wednesday? Hamada-san wants to book the meeting room.
""", personal=[("name", "Rahul Menon"), ("diagnosis", "diagnosed with dengue fever"), ("medical", "hospitalised at St. Luke's")]))

_web_to = ["k.ogawa@meridian-lj.co.jp", "aya.morimoto@hoshizora-retail.co.jp", "naoki.nakamura@sakuraseiki.co.jp",
 "h.sato@tokai-gas-it.co.jp", "m.fujimoto@kitaura-bank.co.jp", "j.wong@pacifica-ins.co.jp", "t.ishii@aozora-foods.co.jp",
 "r.kimura@hikari-mfg.co.jp", "s.nagano@daito-pharma.co.jp", "k.yoshida@nishikawa-shoji.co.jp", "a.mehta@sunrise-auto.co.jp",
 "l.dubois@lumiere-cosmetics.jp", "y.endo@kotobuki-life.co.jp", "n.hirose@miraicast.jp"]
A(M("hold", "recipients.visible", "Webinar invitation with 14 client addresses from different companies visible in To.",
SOPHIE, _web_to, "Invitation: \"Data Mesh in Practice\" webinar – 10 July",
f"""Dear colleagues,

You are warmly invited to our next NGKC client webinar:

 "Data Mesh in Practice – lessons from three Japanese manufacturers"
 Wednesday 10 July, 16:00–17:00 JST, online (Teams)
 Speakers: Sophie Lindqvist, Lukas Brandt, guest speaker Prof. Haruka Ono (Keio University)

Registration: https://events.ngkc.co.jp/datamesh0710

Please feel free to forward to your team.

{SIG_S}
"""))

A(M("hold", "attachment.encrypted", "Password-protected zip sent to a client (PPAP).",
SOPHIE, ["藤井 彩 <aya.fujii@sakuraseiki.co.jp>"], "Test data set for line 4 dashboard",
f"""Fujii-san,

Attached is the test data set for the line 4 OEE dashboard. The password will follow in a separate mail.

{SIG_S}
""", attachments=[att("line4_testdata_20240620.zip", ZIP, encrypted=True)]))

A(M("hold", "personal.inquiry", "Forward to a vendor whose quoted part holds an end-customer's complaint with full contact details.",
ARJUN, ["Bluefin Cloud Support <support@bluefin-cloud.com>"], "FW: 注文確認メールが届かない件 / order mails not delivered",
f"""Hi Bluefin team,

Looping you in – see the customer complaint below that Hoshizora forwarded to us. Could you check the SES/Bluefin Mail delivery logs for this address between 14 and 16 June? Our side shows status "sent".

Thanks,
Arjun
{SIG_A}

---------- Forwarded message ---------
From: 森本 綾 <aya.morimoto@hoshizora-retail.co.jp>
Date: 2024年6月17日(月) 10:14
Subject: FW: 注文確認メールが届かない件
To: Arjun Venkataraman <arjun.venkataraman@ngkc.co.jp>

Arjunさん、下記お客様からの問い合わせです。調査をお願いします。

> お問い合わせ番号:HZ-CS-240616-0318
> お名前:西田 真理子
> ご住所:東京都世田谷区経堂4-21-9 ヴィラ経堂201
> お電話:090-6624-3107
> メール:mariko.nishida1975@docomo.ne.jp
> 6/14に注文(注文番号 HZ-7781920)しましたが確認メールが届きません。
> 誕生日プレゼントなので届くかどうか心配です。早急に連絡ください。
""", personal=[("name", "西田 真理子"), ("address", "東京都世田谷区経堂4-21-9 ヴィラ経堂201"), ("phone", "090-6624-3107"), ("email", "mariko.nishida1975@docomo.ne.jp")]))

A(M("hold", "sensitive.criminal", "Subject line alone discloses a named candidate's prior conviction to a client.",
ARJUN, ["中村 直樹 <naoki.nakamura@sakuraseiki.co.jp>"], "Re: Onsite assignment – Marco Bellini – prior fraud conviction (2017) found in screening",
f"""Nakamura-san,

Further to our phone call, please see the subject. We will not place him on the Sakura Seiki site.

We propose Joost van der Berg as a replacement from 1 August; his profile is already known to Fujii-san. I will send the updated team chart tomorrow.

{SIG_A}
""", personal=[("name", "Marco Bellini"), ("criminal_record", "prior fraud conviction (2017)")]))

A(M("hold", "id.card", "Attached production error log contains a customer's full card number, expiry and name sent to a vendor.",
SOPHIE, ["Bluefin Cloud Support <support@bluefin-cloud.com>"], "Case #BF-559004 – payment function timeouts (log attached)",
f"""Hello,

Attached the raw function log for the timeouts on pay-authorize-prod. The timeouts appear at the call to the PayWave endpoint after ~29.9 s.

Could you check whether the NAT gateway in subnet-0b71 is dropping idle connections?

{SIG_S}
""", attachments=[att("pay-authorize-prod_20240619.log", TXT, """2024-06-19T03:14:07.118Z INFO  req=7f3c2a authorize start order=HZ-7790214 amount=12800
2024-06-19T03:14:07.120Z DEBUG req=7f3c2a payload={"pan":"4242424242424242","exp":"09/27","holder":"MIHO ISHIKAWA","cvc":"***"}
2024-06-19T03:14:37.031Z ERROR req=7f3c2a upstream timeout after 29911ms host=api.paywave.example
2024-06-19T03:14:37.033Z INFO  req=7f3c2a retry scheduled in 5s""")],
personal=[("card", "4242424242424242"), ("name", "MIHO ISHIKAWA")]))

A(M("hold", "sensitive.religion", "Names client guests with their religion to an outside caterer.",
ARJUN, ["Sora Catering Orders <orders@sora-catering.jp>"], "Lunch order – client workshop 4 July (dietary notes)",
f"""Hello,

Please confirm lunch for 16 people on 4 July, 12:00, Toranomon Aster Bldg. 14F.

Dietary notes:
 - Mr. Imran Siddiqui and Ms. Fatima Noor are practising Muslims – halal only, no alcohol in sauces.
 - Mr. Harpreet Singh is Sikh and does not eat beef.
 - Ms. Rachel Goldberg keeps kosher – please provide a sealed vegetarian box.
 - Others: no restrictions.

Invoice to NGKC Administration, PO 24-0712.

{SIG_A}
""", personal=[("name", "Imran Siddiqui"), ("religion", "practising Muslims"), ("name", "Harpreet Singh"), ("religion", "Sikh"), ("name", "Rachel Goldberg"), ("religion", "keeps kosher")]))

A(M("hold", "id.my_number", "A new employee's My Number and pension number sent to the outside labour-and-social-security office.",
TANAKA, ["社会保険労務士法人 ひまわり 担当 石井様 <ishii@himawari-sr.jp>"], "7/1入社 佐藤美帆さん 資格取得手続きのお願い",
f"""石井様

いつもお世話になっております。ノースゲート霞コンサルティングの田中です。
7月1日入社の社員1名について、健康保険・厚生年金・雇用保険の資格取得手続きをお願いいたします。

 氏名:佐藤 美帆(さとう みほ)
 生年月日:1998年9月12日
 住所:東京都江東区東陽5-28-6 東陽レジデンス704
 マイナンバー:3816 2704 5194
 基礎年金番号:4120-583917
 標準報酬月額見込み:380,000円
 被扶養者:なし

本人確認書類の写しは明日郵送いたします。よろしくお願いいたします。

{SIG_T_JA}
""", personal=[("name", "佐藤 美帆"), ("my_number", "3816 2704 5194"), ("pension_number", "4120-583917"), ("birthdate", "1998年9月12日"), ("address", "東京都江東区東陽5-28-6 東陽レジデンス704")]))

A(M("hold", "sensitive.health", "Reference check reply, even with consent, discloses a former employee's leave for depression.",
SOPHIE, ["Claire Dawson <claire.dawson@talentbridge-apac.com>"], "RE: Reference request – Aoife Byrne",
f"""Hi Claire,

Thanks for sending Aoife's signed consent form. Happy to give a reference.

Aoife worked with us as a Consultant from May 2019 to March 2024, mostly on retail analytics. She is an excellent communicator and clients loved her workshops. In 2022 she took about three months of leave after being diagnosed with depression, and came back strong – she led the Hoshizora loyalty analytics stream in 2023 on her own.

Would re-hire: yes.

{SIG_S}

-----Original Message-----
From: Claire Dawson
Subject: Reference request – Aoife Byrne
Could you confirm dates, role, strengths and whether you would re-hire? Consent form attached.
""", personal=[("name", "Aoife Byrne"), ("diagnosis", "diagnosed with depression")]))

A(M("hold", "list.roster", "Offsite roster with birth dates, mobiles, home addresses and emergency contacts sent to a travel agent.",
ARJUN, ["Hakone Retreat Travel <groups@hakone-retreat-travel.jp>"], "Team offsite 11–12 July – participant list",
f"""Hello Ms. Sugimoto,

As requested for the ryokan registration and travel insurance, the participant list is below.

Name | DOB | Mobile | Home address | Emergency contact
Priya Raghunathan | 1993-02-08 | 080-2719-4430 | 2-5-14-301 Oshima, Koto-ku, Tokyo | Suresh R. (husband) 080-2719-4431
Lukas Brandt | 1987-10-19 | 090-8821-0563 | 1-3-7 Nakameguro, Meguro-ku, Tokyo | Anna Brandt +49 171 5523108
Marta Kowalczyk | 1994-11-02 | 070-4416-2281 | 4-9-2-203 Kitazawa, Setagaya-ku, Tokyo | Piotr Kowalczyk +48 601 224 917
Karthik Subramanian | 1990-06-25 | 080-6632-1190 | 5-1-3-1102 Toyosu, Koto-ku, Tokyo | Lakshmi S. 080-6632-1191
(8 more to follow tomorrow)

Vegetarian meals for Priya and Karthik please.

{SIG_A}
""", personal=[("name", "Priya Raghunathan"), ("birthdate", "1993-02-08"), ("phone", "080-2719-4430"), ("address", "2-5-14-301 Oshima, Koto-ku, Tokyo"), ("name", "Lukas Brandt"), ("phone", "090-8821-0563"), ("address", "4-9-2-203 Kitazawa, Setagaya-ku, Tokyo")]))

A(M("hold", "sensitive.health", "Attached health-check certificate shows a named consultant's hypertension treatment to a client.",
TANAKA, ["Sakura Seiki Safety Office <safety@sakuraseiki.co.jp>"], "Clean-room access – health certificate for Lukas Brandt",
f"""Dear Safety Office,

As required for clean-room access at the Hamamatsu plant, please find attached the health certificate of our consultant Lukas Brandt, who will be on site from 24 June.

Please let me know if the entry card can be issued by then.

{SIG_T_EN}
""", attachments=[att("HealthCertificate_LBrandt_2024.pdf", PDF, """健康診断結果証明書 / Health Examination Certificate
氏名 Name: Lukas Brandt   生年月日 DOB: 1987-10-19
受診日: 2024-04-22   医療機関: 虎ノ門ウェルネスクリニック
身長 182.4cm 体重 88.1kg BMI 26.5
血圧 148/94 mmHg ― 要治療(高血圧症にて内服治療中 / hypertension, on medication)
胸部X線: 異常なし  心電図: 異常なし
肝機能: ALT 52 (軽度高値)
総合判定: C(要経過観察) 就業制限なし""")],
personal=[("name", "Lukas Brandt"), ("birthdate", "1987-10-19"), ("diagnosis", "高血圧症にて内服治療中")]))

A(M("hold", "personal.family", "Relocation request forwards an employee's family members, their birth dates and children's schooling to a vendor.",
SOPHIE, ["Tokyo Relo Partners <moves@tokyo-relo.jp>"], "Relocation – Joost van der Berg family (arrival 20 August)",
f"""Hi Yuna,

Kicking off the relocation for our colleague moving from Amsterdam:

 Employee: Joost van der Berg (DOB 1985-01-17), current address Westerstraat 212-3, 1015 MN Amsterdam
 Spouse: Anouk van der Berg-Smit (DOB 1986-04-03), not working in Japan initially
 Children: Sem (DOB 2015-09-28, entering Grade 4) and Lotte (DOB 2019-02-11, kindergarten)
 Schools: please arrange visits at the British School and Nishimachi International
 Pet: one cat (Pim), needs import quarantine advice
 Housing budget: JPY 650,000 / month, 3LDK, Minato or Meguro

Flights arrive NRT 20 August 07:35.

{SIG_S}
""", personal=[("name", "Joost van der Berg"), ("address", "Westerstraat 212-3, 1015 MN Amsterdam"), ("name", "Anouk van der Berg-Smit"), ("birthdate", "1986-04-03"), ("birthdate", "2015-09-28"), ("birthdate", "2019-02-11")]))

A(M("hold", "id.drivers_license", "Driver's licence numbers of staff sent to a car-rental company.",
ARJUN, ["Northstar Rent-a-Car Sapporo <sapporo@northstar-rentacar.jp>"], "Booking NS-8842107 – driver details",
f"""Hello,

For booking NS-8842107 (New Chitose Airport, 9–11 July, 1x SUV), the two drivers are:

 1. Lukas Brandt – Japanese driver's licence no. 3012 4567 8901, expires 2027-11-19
 2. Karthik Subramanian – Japanese driver's licence no. 3021 8806 4473, expires 2026-06-25

Please add both to the rental agreement. Payment by corporate card on pickup.

{SIG_A}
""", personal=[("name", "Lukas Brandt"), ("drivers_license", "3012 4567 8901"), ("name", "Karthik Subramanian"), ("drivers_license", "3021 8806 4473")]))
