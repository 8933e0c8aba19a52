# -*- coding: utf-8 -*-
"""Write ../README.md from fresh.json, meta.json and the hand-written notes below."""
import collections
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

mails = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
byid = {m["id"]: m for m in mails}


def ids_where(pred):
    return [m["id"] for m in mails if pred(m)]


def cell(s):
    return s.replace("|", "／").replace("\n", " ")


lines = []
w = lines.append

w("# eval-fresh57 — blind evaluation set (ids be001–be100)")
w("")
w("100 outgoing business mails from five made-up Japanese organisations, written blind "
  "(only the brief was read). 50 `hold`, 50 `pass`; each organisation has 20 mails "
  "(10 hold / 10 pass). All people, addresses, numbers and domains are synthetic "
  "(`*.example.jp`, `*.example.com`, free-mail for private persons).")
w("")
w("Files: `fresh.json` (the set), `build/org_a.py` … `build/org_e.py` (one generator per "
  "organisation), `build/build.py` (interleaves holds/passes and assigns ids), "
  "`build/meta.json` (id → org, writer, loc), `build/validate.py` (prints OK), "
  "`build/gen_readme.py` (writes this file).")
w("")
w("Rebuild: `cd build && python3 build.py && python3 validate.py && python3 gen_readme.py`")
w("")

# ------------------------------------------------------------------ orgs
w("## Organisations and writers")
w("")
w("| Org | Ids | Sender organisation | Writers (fixed signatures) | Language |")
w("|---|---|---|---|---|")
orgs = [
    ("A", "be001–be020", "北浜市教育委員会事務局 学務課（city board of education, school affairs section） — `city.kitahama.example.jp`",
     "佐伯 真理子（就学支援係 主査, long formal signature）; 大野 健吾（学事係 主任, short signature）; 水谷 恵（保健給食係 係長, long signature with campaign slogan）",
     "Japanese"),
    ("B", "be021–be040", "医療法人社団ルミエール会 ルミエール美容皮膚科クリニック 表参道院（cosmetic dermatology clinic） — `lumiere-biyohifu.example.jp`",
     "三浦 沙織（事務長, long signature with confidentiality footer）; 高木 玲奈（受付・カウンセリング主任）; 久保田 直樹（院長 MD, PhD）",
     "Japanese"),
    ("C", "be041–be060", "株式会社ジョブリンクス（job-listing website operator） — `joblinks.example.co.jp`",
     "橋本 悠介（法人営業部 課長, long signature with licence number）; 村井 さやか（求職者サポート）; 石田 翔（バックエンドエンジニア, short signature）",
     "Japanese (some English IT terms)"),
    ("D", "be061–be080", "株式会社ハウスメイト・プラス（housekeeping and babysitting service） — `housemate-plus.example.jp`",
     "岡田 由香（サービスコーディネーター, decorated signature with slogan）; 西川 拓也（スタッフ管理課 課長）; 藤本 恵理子（管理部 経理・総務）",
     "Japanese"),
    ("E", "be081–be100", "さくら国際日本語学院 Sakura International Japanese Language Institute（Japanese language school for foreign students） — `sakura-jli.example.jp`",
     "Akiko Kobayashi 小林 亜希子（Admissions Office Manager, long bilingual signature）; Kenji Matsuda 松田 健二（Director of Academic Affairs）; Daniel Ortiz（Student Life Advisor）",
     "17 English, 1 mixed Japanese/English (be089), 2 Japanese (be093, be099)"),
]
for o in orgs:
    w("| " + " | ".join(o) + " |")
w("")

# ------------------------------------------------------------------ risks
w("## Where the risks sit (holds)")
w("")
locs = collections.Counter(meta[i]["loc"] for i in ids_where(lambda m: m["expect"] == "hold"))
w("Location of the risk: " + ", ".join(f"{k} {v}" for k, v in sorted(locs.items(), key=lambda x: -x[1])) + ".")
w("")
w("| Loc | Ids |")
w("|---|---|")
for loc in ["body", "attachment", "quoted", "subject", "zip", "recipients"]:
    ids = [i for i in meta if meta[i]["loc"] == loc]
    w(f"| {loc} | {', '.join(ids)} |")
w("")
w("| Id | Org | Writer | Kind | Loc | Why |")
w("|---|---|---|---|---|---|")
for m in mails:
    if m["expect"] != "hold":
        continue
    mt = meta[m["id"]]
    w(f"| {m['id']} | {mt['org'][0]} | {mt['writer'].split(' / ')[1]} | {m['kind']} | {mt['loc']} | {cell(m['why'])} |")
w("")

# ------------------------------------------------------------------ passes
w("## How the passes were made tempting")
w("")
w("Grouped by the trap they set for a naive detector:")
w("")
groups = [
    ("Meetings, minutes, successors, congratulations, condolences, long reply chains with partner staff names and heavy signatures",
     ["benign.meeting", "benign.minutes", "benign.successor", "benign.congrats", "benign.condolence", "benign.reply_chain"]),
    ("Corporate bank accounts (invoice, account change, SWIFT) and a masked card",
     ["benign.corporate_bank", "benign.masked_card"]),
    ("Numbers that look like personal IDs: Yamato tracking numbers (457368193030 in be029 and 464262129973 in be071 both pass the マイナンバー check digit), JAN/ISBN codes, order numbers, device serials, 法人番号, business licence numbers, vehicle registration, log hashes",
     ["benign.tracking_number", "benign.jan_code", "benign.order_number", "benign.serial", "benign.corporate_number",
      "benign.license_number", "benign.vehicle_number", "benign.log_hash"]),
    ("Luhn-valid test cards (4242 4242 4242 4242, 4000 0000 0000 0002, 5555 5555 5555 4444) in development minutes",
     ["benign.test_card"]),
    ("「障害」「感染」「隔離」 used for IT outages and malware; health and disability only as aggregates or schedules",
     ["benign.it_outage", "benign.malware", "benign.aggregate_health", "benign.aggregate_disability", "benign.vaccination_schedule"]),
    ("A colleague's absence given only as 「体調不良」",
     ["benign.vague_absence"]),
    ("宗教法人 (temples) as customer or field-trip venue; public and historical figures; surnames inside company names; katakana product names that look like given names",
     ["benign.religious_corp", "benign.public_figure", "benign.surname_company", "benign.product_name"]),
    ("Mail to the data subject themself (lecturer's own fee with masked account, patient's own treatment plan, offer holder's own invitation, student's own visa reminder); minimal verifications made with consent",
     ["benign.data_subject", "benign.employment_verification", "benign.enrollment_verification"]),
    ("Plain (unencrypted) zip attachments; a project mail with 6 visible addresses from 2 companies",
     ["benign.plain_zip", "benign.project_few_recipients"]),
]
seen = set()
w("| Trap | Ids |")
w("|---|---|")
for title, kinds in groups:
    ids = ids_where(lambda m: m["kind"] in kinds)
    seen.update(ids)
    w(f"| {title} | {', '.join(ids)} |")
missing = [m["id"] for m in mails if m["expect"] == "pass" and m["id"] not in seen]
assert not missing, missing
w("")
w("| Id | Org | Writer | Kind | Why it passes |")
w("|---|---|---|---|---|")
for m in mails:
    if m["expect"] != "pass":
        continue
    mt = meta[m["id"]]
    w(f"| {m['id']} | {mt['org'][0]} | {mt['writer'].split(' / ')[1]} | {m['kind']} | {cell(m['why'])} |")
w("")

# ------------------------------------------------------------------ borderline
w("## Borderline calls and how they were decided")
w("")
border = [
    "**Named colleague's illness to a customer.** be070 tells a family that sitter 中村 美咲 was diagnosed with "
    "インフルエンザA型 → `hold` (a named third person's infectious disease). be061 says only that 中村 is off with "
    "「体調不良」 → `pass`.",
    "**Third person's infection in a reply to a family member.** be100 answers a worried father and names his son's "
    "roommate and the measles diagnosis → `hold`, although the advice itself is sensible. be085 gives TB screening "
    "only as class head counts → `pass`.",
    "**Legitimate purpose does not clear special-care data.** Referral to a university hospital with SLE history "
    "(be022), allergy/anaphylaxis to the school-lunch contractor (be004), epilepsy medication to a partner sitter "
    "company (be062), DV report to the ward's child-support centre (be079), juvenile probation forwarded to a "
    "neighbouring city (be007), a student's Muslim practice sent to a homestay host (be083) and a candidate's "
    "religion sent to an employer (be059) are all `hold`: the purpose is real, but a supervisor should see them.",
    "**Disability: person vs. aggregate.** be046 (an applicant's 精神障害者保健福祉手帳 2級 and bipolar diagnosis to "
    "an employer) and be001 (child's diagnosis and 療育手帳 to a special-needs school) → `hold`; be045 (company "
    "employment rate 2.31% vs. legal 2.7%) → `pass`.",
    "**Data subject vs. third party.** be036 sends a patient her own 肝斑 diagnosis and medication plan → `pass`; "
    "be030 puts another patient's name and 皮膚壊死疑い in a subject to a partner clinic → `hold`. be088 reminds a "
    "student of her own visa deadline → `pass`; be089 puts a student's residence card number in a subject to a "
    "行政書士 → `hold`.",
    "**Verification with consent.** be047 (former employee: dates and last title only, consent form on file) and "
    "be097 (student: enrolment period and course only, consent form on file) → `pass`. Anything beyond that "
    "(grades, ID numbers, health) would have been `hold`.",
    "**Card numbers.** be025 gives a customer's full card number (Luhn-valid) to the payment provider by mail → "
    "`hold`. be041 lists public sandbox test cards in development minutes → `pass`. be063 shows only the last four "
    "digits → `pass`.",
    "**Colleague's identity numbers.** be060 sends a new colleague's 雇用保険被保険者番号 and 基礎年金番号 to the "
    "company's own 社労士 → `hold` (identity numbers hold even for colleagues and contracted partners). be078 sends "
    "contractors' マイナンバー to the tax accountant in a CSV → `hold`.",
    "**Business identifiers are not personal IDs.** 法人番号 9011001043219 and 許可番号 13-ユ-314159 (be080), "
    "法人番号 7020001076543 (be009), vehicle registration and chassis number (be066) → `pass`.",
    "**Plain zip vs. encrypted zip.** be015 and be053 carry ordinary zips with maps/images → `pass`; be012, be031, "
    "be052, be074, be091 carry password-protected zips → `hold` whatever the body says.",
    "**Many recipients.** be050 shows 6 outside addresses from 2 companies (project kickoff) → `pass`. The five "
    "recipients holds show 12–14 outside addresses: private addresses of PTA/自治会 members (be013), monitor "
    "customers (be034), service users (be076), and competing businesses/agents (be054, be092).",
    "**Customer contact passed to a contractor.** be064 (customer's address, phone and key-box code to a "
    "subcontracted cleaner), be020 (neighbour's name, address and phone to the maintenance contractor) and be028 "
    "(web enquiry forwarded to a partner salon) → `hold`, even though the recipient will act for the customer.",
    "**Names without sensitive data.** Minutes and meeting mails naming committee members or partner staff (be002, "
    "be019, be035, be056, be094) → `pass`. A condolence naming the deceased chairman of a client (be069) → `pass`.",
]
for b in border:
    w("- " + b)
w("")

# ------------------------------------------------------------------ counts
w("## Counts by kind")
w("")
c = collections.Counter(m["kind"] for m in mails)
w("| Kind | Count | Ids |")
w("|---|---|---|")
for k in sorted(c, key=lambda k: (not any(k.startswith(p) for p in ("sensitive", "id", "list", "personal", "recipients", "attachment")), k)):
    w(f"| {k} | {c[k]} | {', '.join(ids_where(lambda m, k=k: m['kind'] == k))} |")
w("")
fam = collections.Counter(m["kind"].split(".")[0] for m in mails)
w("By family: " + ", ".join(f"{k} {v}" for k, v in sorted(fam.items())) + ".")
w("")
w("Per organisation: 10 hold / 10 pass each. Hold locations per organisation: 4 body, 2 attachment, 1 quoted, "
  "1 subject, 1 encrypted zip, 1 recipients.")
w("")

open(os.path.join(OUT, "README.md"), "w", encoding="utf-8").write("\n".join(lines))
print("README.md written")
