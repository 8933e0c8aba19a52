#!/usr/bin/env python3
"""Build fresh.json and README.md for blind set 41 from the hand-written org_*.py files."""
import json, random, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import org_a, org_b, org_c, org_d, org_e

ORGS = {
    "A": ("東邦和損害保険株式会社 名古屋自動車損害サービスセンター", "non-life insurer, motor claims centre (損害サービス)", "tohowa-sonpo.example.jp"),
    "B": ("北陸メディカルサプライ株式会社", "pharmaceutical wholesaler (医薬品卸)", "hokuriku-medsupply.example.jp"),
    "C": ("株式会社緑ヶ丘自動車学校", "driving school (自動車教習所)", "midorigaoka-ds.example.jp"),
    "D": ("株式会社ルーナ (Hair Salon LUNA)", "hair-salon chain", "luna-hair.example.jp"),
    "E": ("Global Estate Partners Inc. (株式会社グローバルエステート・パートナーズ)", "overseas-property brokerage for Japanese buyers (mostly English)", "gep-realty.example.jp"),
}
PREFIX = "ao"
SEED = 4141

def max_run(labels):
    best = cur = 1
    for a, b in zip(labels, labels[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best

def main():
    src = org_a.MAILS + org_b.MAILS + org_c.MAILS + org_d.MAILS + org_e.MAILS
    rng = random.Random(SEED)
    order = list(range(len(src)))
    while True:
        rng.shuffle(order)
        if max_run([src[i]["expect"] for i in order]) <= 3:
            break
    out, meta = [], []
    for n, i in enumerate(order, 1):
        m = src[i]
        o = {"id": f"{PREFIX}{n:03d}", "expect": m["expect"], "kind": m["kind"], "why": m["why"],
             "from": m["frm"], "to": m["to"]}
        for k in ("cc", "bcc"):
            if m.get(k): o[k] = m[k]
        o["subject"] = m["subject"]
        o["text"] = m["text"]
        if m.get("attachments"): o["attachments"] = m["attachments"]
        if m.get("personal"): o["personal"] = m["personal"]
        out.append(o)
        meta.append({"id": o["id"], "org": m["org"], "loc": m.get("loc"), "from": m["frm"], "expect": m["expect"], "kind": m["kind"]})
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    write_readme(root, meta)
    print(f"wrote {len(out)} mails")

def write_readme(root, meta):
    L = []
    L.append("# Blind set 41: outbound business mail (ids ao001–ao100)\n")
    L.append("100 hand-written outgoing mails (50 `hold`, 50 `pass`) for an outbound DLP gateway. "
             "Everything is synthetic: people, addresses, phone numbers (090-0000-xxxx style), account and ID numbers. "
             "Written blind, from the brief only.\n")
    L.append("## Organisations and writers\n")
    L.append("| Org | Sender organisation | Trade | Writer (fixed signature) | Mails | hold | pass |")
    L.append("|---|---|---|---|---|---|---|")
    by_writer = collections.OrderedDict()
    for m in meta:
        key = (m["org"], m["from"])
        by_writer.setdefault(key, [0, 0, 0])
        by_writer[key][0] += 1
        by_writer[key][1 if m["expect"] == "hold" else 2] += 1
    for (org, w), (n, h, p) in sorted(by_writer.items()):
        name, trade, dom = ORGS[org]
        L.append(f"| {org} | {name} | {trade} | {w} | {n} | {h} | {p} |")
    L.append("")
    L.append("Each organisation has 20 mails (10 hold, 10 pass). Org E writes 19 of its 20 mails in English (one mail to a Japanese 税理士 is in Japanese). "
             "One more mail has a Japanese quoted part.\n")
    L.append("## Where the risks sit (holds)\n")
    names = {"body": "In the body", "attachment": "Only in an attachment (the body gives no hint)",
             "quoted": "Only in a quoted or forwarded part", "subject": "Only in the subject line",
             "zip": "Encrypted zip (PPAP)", "recipients": "More than 10 visible outside recipients (To/Cc)"}
    for loc in ["body", "attachment", "quoted", "subject", "zip", "recipients"]:
        ids = [m["id"] for m in meta if m["expect"] == "hold" and m["loc"] == loc]
        L.append(f"- **{names[loc]}** ({len(ids)}): {', '.join(ids)}")
    L.append("")
    L.append("## How the passes were made tempting\n")
    L.append("""- Names everywhere: meeting arrangements, successor introductions, a condolence in each of two orgs, contest congratulations, long reply chains with heavy signatures.
- Numbers that look like IDs: vehicle plate and chassis numbers, 法人番号 and invoice registration numbers, JAN/GS1 codes, order numbers, MLS/APN/cadastral numbers, the 宅建業 licence number in every Org E signature, and two 12-digit Yamato tracking numbers that both pass the マイナンバー check digit (902573188644, 481937266055).
- Corporate bank accounts (invoices, payment-term changes, a SWIFT referral-fee wire) and masked card/account numbers (`**** 4451`, `***2285`, `ending **17`).
- A Luhn-valid **test** card (4242 4242 4242 4242, plus Stripe's 3DS test card) in development minutes.
- 障害/感染/隔離 used for IT outages and malware; 感染症 used for an influenza-season stock notice; aggregate-only health data (健康経営 rates, 障害者雇用率, elderly-driver course stats, accident statistics); disability used for a product (hand controls); a vaccination delivery schedule.
- A 宗教法人 (shrine) as a corporate customer; public figures (mayor, police chief) and historical figures (Foujita, Matisse); company names with surnames (株式会社小林薬品, 田中モータース, Nakamura & Brooks); katakana product names that read like given names (ハルカ, ミサキ, カレン, エマ).
- Mails to the data subject themself (claim payment, graduation, booking confirmation, offer summary); a minimal employment verification made with consent.
- Plain (unencrypted) zips; Bcc'd mass mails with 11–12 private addresses; project mails with 6 visible addresses from 2 companies.
""")
    L.append("## Borderline calls and how I decided them\n")
    L.append("""- **Legitimate purpose does not clear a hold.** Medical inquiry to the treating clinic, 第三者行為 notice to a health-insurance society, 社労士 My Number, the 産業医 consultation, the fitness consultation with the licensing centre, the probation officer mail and the immigration lawyer question are all `hold` (rule 1/2).
- **Tow dispatch with the caller's full details** is operationally normal for a claims centre but it forwards one private person's full contact and family situation to a vendor, so `hold` (rule 4). The same applies to the enquiry forwarded to the Dubai partner and the patient complaint forwarded to the manufacturer.
- **Third-person infection**: telling a parent that the named instructor is COVID-positive is `hold`. The influenza-season supply notice uses 感染 with no person, so `pass`.
- **Test card 4111 1111 1111 1111** given as a customer's card in a refund request is `hold` (id.card). 4242 4242 4242 4242 in sandbox minutes is `pass`.
- **Masked/own data**: a claim payment with a masked account sent to the claimant himself is `pass`. The same kind of account in full, passed to an agency, is `hold`.
- **Corporate accounts are pass, private accounts are hold**: a body shop's or the salon's corporate account and the brokerage's SWIFT trust account are `pass`. A freelancer's, employee's or claimant's personal account is `hold`.
- **Employment verification** with consent, dates and title only, is `pass`.
- **Recipients**: the Bcc mass mails (11–12 private addresses) are `pass`. Four mails that put 11–13 addresses from different organisations or private addresses in To/Cc are `hold`. The project mails have 6 visible addresses from 2 companies, so `pass`.
- **Plain zip vs encrypted zip**: zips marked `encrypted: true` are `hold` whatever the body says. The plain zips list their file names in the text and are `pass`.
- **Historical and public figures** in listing copy and ceremony invitations are `pass`; a deceased founder named in a condolence is `pass`.
- **Subject-line holds**: the bodies are neutral on purpose, so only the subject carries the identifier.
""")
    L.append("## Counts by kind\n")
    c = collections.Counter(m["kind"] for m in meta)
    L.append("| kind | expect | count |")
    L.append("|---|---|---|")
    for k in sorted(c, key=lambda k: (not k.startswith("benign"), k)):
        exp = "pass" if k.startswith("benign") else "hold"
        L.append(f"| {k} | {exp} | {c[k]} |")
    L.append(f"\nTotal: {len(meta)} (hold {sum(m['expect']=='hold' for m in meta)}, pass {sum(m['expect']=='pass' for m in meta)})\n")
    L.append("## Rebuild\n")
    L.append("```\ncd build\npython3 build.py      # writes ../fresh.json and ../README.md (fixed shuffle seed 4141)\npython3 validate.py   # structural checks\n```\n")
    L.append("The mails are written by hand in `build/org_a.py` … `build/org_e.py` (one file per organisation). "
             "`build.py` only shuffles them (no more than 3 of the same label in a row), assigns ids and writes the outputs. "
             "The internal `org`/`loc` fields are used only for this README and are not in fresh.json.\n")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
