"""Build fresh.json (100 mails, ids dk001..dk100) and build/meta.json.

Usage:  python3 build/build.py      (from the set's folder or anywhere)
The order is a seeded shuffle, redrawn until no more than 3 holds or 3 passes
follow each other; the same seed always gives the same file.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "dk"
SEED = 115_2025
MAX_RUN = 3
FIELD_ORDER = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc",
               "subject", "text", "attachments", "personal"]
ORG_NAMES = {
    "A": "若葉県警察本部 地域部 地域総務課（police.pref-wakaba.example.jp）",
    "B": "潮見マリンエージェンシー株式会社 神戸支店（shiomi-marine.example.co.jp）",
    "C": "社会福祉法人わかくさ福祉会 ひなたぼっこ保育園（hinata-hoikuen.example.jp）",
    "D": "かもめ信用組合 融資部（kamome-shinkumi.example.jp）",
    "E": "株式会社霞ヶ丘総合研究所（kasumigaoka-ri.example.co.jp）",
}


def longest_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def ordered(mails, rng):
    while True:
        order = list(mails)
        rng.shuffle(order)
        if longest_run(m["expect"] for m in order) <= MAX_RUN:
            return order


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        got = mod.mails()
        assert len(got) == 20, (mod.__name__, len(got))
        mails.extend(got)

    rng = random.Random(SEED)
    order = ordered(mails, rng)

    fresh, meta = [], {}
    for i, m in enumerate(order, 1):
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
        rec = {"id": mid}
        for k in FIELD_ORDER[1:]:
            if k in m:
                rec[k] = m[k]
        fresh.append(rec)

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(fresh, meta)
    print(f"wrote {len(fresh)} mails; expect sequence:",
          "".join("H" if m["expect"] == "hold" else "p" for m in fresh))


def write_readme(fresh, meta):
    kinds = collections.Counter((m["expect"], m["kind"]) for m in fresh)
    cats = collections.Counter(m["kind"].split(".")[0] for m in fresh)
    locs = collections.Counter(meta[m["id"]]["loc"] for m in fresh)
    writers = collections.defaultdict(set)
    for v in meta.values():
        writers[v["org"]].add(v["writer"])

    lines = []
    lines.append("# eval-fresh115 — blind evaluation set of outgoing business mail (prefix `dk`)\n")
    lines.append(
        "100 synthetic outgoing e-mails from five invented Japanese organisations, written blind "
        "(from the brief only, without looking at the gateway or any other test data) to measure an "
        "outbound DLP mail gateway. 50 are `hold` (a careful compliance officer would want a "
        "supervisor to look before the mail leaves) and 50 are `pass` (everyday mail that tempts a "
        "naive detector). Everything is invented: people, companies, addresses, numbers. Domains are "
        "`*.example.*`, or `gmail.com` / `yahoo.co.jp` / `outlook.com` for private persons; phone "
        "numbers use a `0000` exchange.\n")
    lines.append("## Files\n")
    lines.append("| file | what |\n|---|---|")
    lines.append("| `fresh.json` | the 100 mails, ids `dk001`…`dk100`, hold/pass in a seeded irregular order (no run longer than 3) |")
    lines.append("| `build/common.py` | helpers: マイナンバー / Luhn / 法人番号 / JAN / ISO 6346 / Yamato check digits, quoting, address formatting, quote-marker regex |")
    lines.append("| `build/org_a.py` … `org_e.py` | one module per organisation, 20 mails each (10 hold, 10 pass) with `org`, `writer`, `loc` |")
    lines.append("| `build/build.py` | fixed seed; shuffles, assigns ids, writes `fresh.json`, `build/meta.json` and this README |")
    lines.append("| `build/meta.json` | `{id: {org, writer, loc}}` — where the risky part sits (`body`, `attachment`, `quoted`, `subject`, `zip`, `recipients`, or `none` for passes) |")
    lines.append("| `build/validate.py` | checks counts, quotas, fields, domains, check digits, quote placement, recipients; prints `OK` or the problems |")
    lines.append("")
    lines.append("Rebuild and check: `python3 build/build.py && python3 build/validate.py`.\n")
    lines.append("## Organisations and writers\n")
    lines.append("| org | sender | writers |\n|---|---|---|")
    for org in sorted(ORG_NAMES):
        lines.append(f"| {org} | {ORG_NAMES[org]} | {', '.join(sorted(writers[org]))} |")
    lines.append("")
    lines.append("Each organisation: 10 holds (body 3, attachment 2, quoted 2, subject 1, zip 1, recipients 1) and 10 passes.\n")
    lines.append("## Counts by category\n")
    lines.append("| category | mails |\n|---|---|")
    for c in ["sensitive", "id", "list", "personal", "recipients", "benign"]:
        lines.append(f"| {c} | {cats[c]} |")
    lines.append("")
    lines.append("## Counts by location\n")
    lines.append("| loc | mails |\n|---|---|")
    for l in ["body", "attachment", "quoted", "subject", "zip", "recipients", "none"]:
        lines.append(f"| {l} | {locs[l]} |")
    lines.append("")
    lines.append("## Counts by kind\n")
    lines.append("| expect | kind | mails |\n|---|---|---|")
    for (exp, kind), n in sorted(kinds.items(), key=lambda x: (x[0][0] != "hold", x[0][1])):
        lines.append(f"| {exp} | `{kind}` | {n} |")
    lines.append("")
    lines.append(NOTES)
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


NOTES = """## Notes for readers (borderline calls)

- **Legitimate purpose is still `hold`.** Several holds are things the sender is allowed or even
  obliged to do: a police office telling a city hall a stalking victim's new address for a
  住民票 restriction, a nursery reporting suspected abuse to the child-support centre, a shipping
  agent giving passport numbers to a hotel (hotels must register foreign guests), a credit union
  asking a group-credit insurer about an applicant's cancer history. The brief's rule 1/2 says a
  supervisor should still see these before they leave, so they are labelled `hold`.
- **Crime and juvenile proceedings.** A shoplifting student's referral to family court (police →
  school), a crew member's arrest (quoted from the master's mail) and a loan applicant's
  suspended sentence (quoted from a branch report) are `sensitive`. A fraud victim's name and loss
  forwarded to a bank for ATM training is `sensitive` (crime victim).
- **Nursery infection mails.** A parent's "ノロウイルス陽性" mail forwarded to the health centre is
  `hold` (named child + infection). The weekly report to the city with counts per age class only
  (感染性胃腸炎 5名, 溶連菌 1名) is `pass`; so is the BCC health newsletter.
- **Recipients.** The recipients holds include one where every recipient is an official municipal
  address (org E, 13 towns): different organisations seeing each other in To is what makes it a
  hold, not private addresses alone. Passes with several recipients stay at 5–6 visible outside
  addresses (two companies). The nursery's newsletter puts parents in BCC and is `pass`.
- **Numbers that look like IDs (passes).** A Yamato tracking number in org A was chosen so that it
  also passes the マイナンバー check digit (it is not labelled as one). Other look-alikes: 法人番号
  with a valid check digit, 宅建業者 licence and 宅建士 registration numbers, JAN codes, ISO 6346
  container numbers with valid check digits, IMO/MMSI/call sign, B/L and seal numbers, vehicle
  plates of association-owned patrol cars, SHA-256 hashes, the public test card
  `4111 1111 1111 1111` in development minutes.
- **Own data to the data subject** (applicant's interview invitation, borrower's repayment
  schedule with a masked account, lecturer's fee with a masked account, offer holder's invitation)
  is `pass`. The credit union's employment verification (dates and title only, with written
  consent) is `pass`.
- **Zip files.** Org A, B and E use an encrypted zip (PPAP) → `hold` whatever the body says. Org C
  and D use a plain zip whose inner CSV is a roster (nursery migration data with medical notes;
  credit-union DM list with loan balances) → `hold`. Plain zips with only port information or
  aggregate tables are `pass`.
- **`personal` values** are copied verbatim from the mail so they can be searched for. For
  encrypted zips the value describes the unseen contents (it cannot be located in the text).
- **Quoted holds** keep every `personal` value below the first quote/forward marker (a `>` line,
  `-----Original Message-----`, `---------- 転送メッセージ ----------`, `-------- Forwarded
  Message --------`, or a Gmail-style `2025年6月30日(月) 22:41 名前 <addr>:` line); the writer's
  own text above it is harmless. Some passes also contain harmless quotes.
"""


if __name__ == "__main__":
    main()
