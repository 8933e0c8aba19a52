import json, collections
ix = json.load(open("index.json"))
by = lambda f: [r["id"] for r in ix if f(r)]
tag = lambda t: ", ".join(by(lambda r: t in r["tag"]))
subj = {r["id"]: r for r in ix}
def find(org, kw):
    for r in ix:
        if r["org"] == org and kw in r["subject"] and not (r["subject"].startswith("Re:") and not kw.startswith("Re:")): return r["id"]
    for r in ix:
        if r["org"] == org and kw in r["subject"]: return r["id"]
    raise KeyError(kw)
orgc = collections.Counter((r["org"], r["expect"]) for r in ix)
kinds = collections.Counter(r["kind"] for r in ix)
L = []
L.append("""# blind26 — outbound Japanese business mail, blind test set (prefix `o`)

`fresh.json`: 100 mails, 50 `hold` / 50 `pass`, shuffled (no more than 3 of one label in a row, no org three times in a row), ids o001–o100.
Built by `build/build.py` from the hand-written scenario files `build/saas.py`, `build/dayservice.py`, `build/school.py`, `build/kantei.py`, `build/optician.py`; validated by `build/validate.py` (0 errors). `build/index.json` maps each id to its organisation and placement tag.

## Organisations and writers (all invented)
| Org | Domain | Writers (fixed signatures) | hold/pass |
|---|---|---|---|""")
rows = [("saas", "Sorairo Systems Inc. (ソライロシステムズ) — HR/attendance/payroll SaaS \"Sorairo Works\", customer-success & support", "sorairo.co.jp", "Misaki Saeki 佐伯 美咲 (CSM), Daniel Whitford (Senior CSM APAC), Takuma Kawai 河合 拓真 (support engineer)"),
  ("dayservice", "社会福祉法人あさぎ会 デイサービスセンターひだまり（川越）", "asagikai.or.jp", "生活相談員 大橋 恵子, 管理者 松永 健一, 看護職員 森 さやか"),
  ("school", "学校法人青葉ヶ丘学園 青葉ヶ丘高等学校（横浜）", "aobagaoka.ed.jp", "教務主任 篠原 亮, 2年3組担任 北村 優子, 事務長 平田 直樹"),
  ("kantei", "株式会社東和不動産鑑定所（名古屋）", "towa-kantei.co.jp", "不動産鑑定士 石黒 隆之, 鑑定部 小野寺 麻衣, 総務 中野 聡子"),
  ("optician", "株式会社ハルミ光学「メガネと補聴器のハルミ」（吉祥寺ほか）", "harumi-optical.co.jp", "認定補聴器技能者 藤井 誠, 吉祥寺店長 岡 由美子, 本部お客様相談室 吉岡 健太")]
for o, n, dom, w in rows:
    L.append(f"| {n} | {dom} | {w} | {orgc[(o,'hold')]}/{orgc[(o,'pass')]} |")
L.append("""
30 mails are in English (all from the SaaS team, to customers in Singapore, Australia, Sweden, Hong Kong, Korea, Malaysia, France and to Japanese customers); 4 SaaS mails and all others are in Japanese. Register ranges from one-line replies (""" + ", ".join(by(lambda r: r["kind"]=="benign.short_reply")) + """) to formal 拝啓…敬具 letters and long ticket/incident write-ups.

## How it was written
Each mail is its own hand-written scenario (no fill-in templates); the generator only assembles, shuffles and numbers them. Names, addresses, phone numbers, account and ID numbers are invented. Private recipients use free-mail/ISP domains; organisations use invented domains (some with `-example`). My Numbers have valid check digits; card numbers are public Luhn-valid test numbers (4242…, 4000…0002, 5555…4444, 3530 1113 3330 0000). `personal` lists the data items of each data-bearing hold as exact substrings.

## Where the risks sit (holds)
- Body text (plain): most holds.
- **Attachment only** (body is innocuous): """ + tag("attachment-only") + """ (""" + find("optician","紛失補償") + """ is a scanned insurance card, image only, the body only says a 保険証 copy is attached).
- **Quoted / forwarded part only**: """ + ", ".join(by(lambda r: "quoted-only" in r["tag"] or "forwarded part" in r["tag"])) + """.
- **Subject line only**: """ + tag("subject-only") + """.
- **Recipients** (>10 visible outside addresses in To): """ + ", ".join(by(lambda r: r["kind"].startswith("recipients."))) + """ (webinar invite to 13 customer companies; 12 parents' private addresses; 11 appraisers from different firms).
- **Encrypted zip (PPAP)**: """ + ", ".join(by(lambda r: r["kind"]=="attachment.encrypted_zip")) + """.
- Legitimate-purpose but sensitive (still hold): care-manager report (""" + find("dayservice","利用状況報告") + """), 産業医 health check (""" + find("dayservice","健診結果") + """), insurer accident report (""" + find("dayservice","事故報告") + """), lawyer for a juvenile case (""" + find("school","生徒の件") + """), 成年後見 opinion (""" + find("kantei","居住用不動産") + """), municipal hearing-aid subsidy with disability certificate (""" + find("optician","補装具") + """), 社労士 with pension numbers (""" + find("school","資格取得届") + """).

## Tempting passes
Heavy signatures and partner names (""" + find("saas","Q3 business review – proposed") + ", " + find("saas","Kickoff") + """), ticket logs with request IDs/hashes/IPs (""" + find("saas","Ticket #48377") + ", " + find("saas","Ticket #48213") + """ plain zip), corporate accounts/SWIFT/登録番号/法人番号 (""" + ", ".join(by(lambda r: r["kind"]=="benign.invoice")) + """), ID look-alikes: contract/order/JAN/serial/vehicle/求人番号/地番/追跡番号 (""" + ", ".join(by(lambda r: r["kind"] in ("benign.id_lookalike","benign.product_names"))) + """), Luhn test card in dev notes (""" + find("saas","Sandbox") + """), masked card (""" + find("optician","注文番号") + """), 障害/感染/隔離 for IT (""" + ", ".join(by(lambda r: r["kind"]=="benign.it_incident")) + """), health/disability as aggregates or topics (""" + ", ".join(by(lambda r: r["kind"] in ("benign.aggregate_health","benign.aggregate","benign.accessibility","benign.training"))) + """), data to the data subject or payer themself (""" + ", ".join(by(lambda r: r["kind"]=="benign.self_data")) + """), historical persons (""" + find("school","伝記") + """), fiction with illness/criminal past (""" + find("school","台本") + """), API example people (""" + find("saas","Leave-balance") + """), company names with surnames (""" + find("kantei","ケ") + ", " + find("kantei","名駅") + """), katakana frame names ミサキ/ハルト/ケンジ/ユウコ (""" + find("optician","追加発注") + """), condolences for deceased persons (""" + ", ".join(by(lambda r: r["kind"]=="benign.condolence")) + """), Bcc mass mails to private addresses (""" + ", ".join(by(lambda r: "bcc" in r["tag"] or r["kind"]=="benign.bcc_notice" or "障害について" in r["subject"])) + """).

## Borderline calls
- """ + find("saas","Brisbane") + """ **hold**: a named colleague "tested positive for COVID-19" told to a customer; vs """ + find("saas","reschedule") + """ **pass**: trainer named as "unwell", no diagnosis.
- """ + find("saas","Sandbox") + """ **pass** (published sandbox test card in dev notes) vs """ + find("saas","Manual charge") + " and " + find("optician","手動決済") + """ **hold** (the same kind of test number used as a customer's card in a phone order).
- """ + find("dayservice","本日のお母様") + """ **pass**: day report to the user's own daughter (registered key person), no diagnosis; vs """ + find("dayservice","父の発熱") + """ **hold**: reply to a family member naming *another* user's influenza.
- """ + find("dayservice","インフルエンザ発生") + """ **pass**: counts of infected users/staff only, explicitly not identifying anyone.
- """ + find("dayservice","ご利用料金") + """ **pass**: invoice to the paying family with the account masked (****318); """ + find("dayservice","口座振替依頼書") + """ **hold**: full private account to a collection agent.
- """ + find("school","中間") + """ **pass**: a student's grades to that student's own guardian; """ + find("school","紹介の件") + """ **hold**: the same kind of data plus family situation to a cram school.
- """ + find("school","修学旅行") + """ **pass** (allergy counts only) vs """ + find("school","食事の件") + """ **hold** (named allergy/anaphylaxis/diabetes sheet in the attachment).
- """ + find("kantei","名駅") + """ **pass** (rent roll of corporate tenants) vs """ + find("kantei","レントロール") + """ **hold** (individual tenants with arrears, one on welfare).
- """ + find("kantei","担当者変更") + """ **pass**: the writer announces her own maternity/parental leave in a successor notice.
- """ + find("saas","Approved quote") + """ **pass**: named customer quote with documented approval (minimal reference with consent).
- """ + find("saas","data access request") + """ **pass**: DSAR answer with phone/IP sent to the requester's own address.
- """ + find("saas","Account manager change") + """ **hold** on the subject alone ("sick leave (depression)"); """ + find("school","ADHD") + " and " + find("optician","林 久美子") + """ likewise subject-only.
- """ + find("optician","紛失補償") + """ **hold** although the only risky object is a scanned 保険証 image with no extractable text.
- """ + find("kantei","遺産分割") + """ **hold**: family data of heirs to a 司法書士 (legitimate purpose, still a supervisor check).
- """ + find("dayservice","敬老会のご案内") + ", " + find("school","台風") + ", " + find("saas","障害について") + """ **pass**: 11–13 private/customer addresses, but all in Bcc.

## Counts by kind
| kind | n |
|---|---|""")
for k, n in sorted(kinds.items(), key=lambda x: (not x[0].startswith("benign"), -x[1], x[0])):
    pass
for k, n in sorted(kinds.items(), key=lambda x: (x[0].startswith("benign"), x[0])):
    L.append(f"| {k} | {n} |")
L.append(f"\nTotals: hold {sum(1 for r in ix if r['expect']=='hold')}, pass {sum(1 for r in ix if r['expect']=='pass')}.")
open("../README.md", "w").write("\n".join(L) + "\n")
