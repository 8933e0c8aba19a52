"""Build fresh.json and build/meta.json for the dj (eval-fresh114) blind set.

Usage:  python3 build/build.py      (from the set folder or from build/)
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a  # noqa: E402
import org_b  # noqa: E402
import org_c  # noqa: E402
import org_d  # noqa: E402
import org_e  # noqa: E402
from common import FIELDS_ORDER  # noqa: E402

PREFIX = "dj"
SEED = 114
ROOT = os.path.dirname(HERE)
ORG_NAMES = {
    "A": "あおば訪問看護ステーション（医療法人社団青葉会）— 訪問看護",
    "B": "株式会社クラウドリーフ カスタマーサポート — 給与計算SaaS（一部英語）",
    "C": "宗教法人 朝霧神社・朝霧神社会館 — 神社と結婚式場",
    "D": "東和ガードサービス株式会社 — 警備会社",
    "E": "株式会社明成ゼミナール — 学習塾チェーン",
}


def max_run(values):
    best = run = 0
    prev = None
    for v in values:
        run = run + 1 if v == prev else 1
        prev = v
        best = max(best, run)
    return best


def order(mails, rng):
    """Shuffle until no more than 3 equal labels in a row and no org 3 times in a row."""
    for _ in range(100000):
        cand = mails[:]
        rng.shuffle(cand)
        if max_run([m["expect"] for m in cand]) <= 3 and max_run([m["org"] for m in cand]) <= 2:
            return cand
    raise RuntimeError("no acceptable order found")


def readme(fresh, meta):
    kinds = collections.Counter(m["kind"] for m in fresh)
    cats = collections.Counter(m["kind"].split(".")[0] for m in fresh)
    locs = collections.Counter(v["loc"] for v in meta.values())
    lines = []
    lines.append("| kind | expect | count | ids |")
    lines.append("|---|---|---:|---|")
    for k in sorted(kinds, key=lambda k: (k.startswith("benign"), k)):
        ids = [m["id"] for m in fresh if m["kind"] == k]
        exp = fresh[[m["kind"] for m in fresh].index(k)]["expect"]
        lines.append(f"| `{k}` | {exp} | {kinds[k]} | {', '.join(ids)} |")
    kind_table = "\n".join(lines)
    cat_table = "\n".join(["| category | count |", "|---|---:|"] +
                          [f"| {c} | {n} |" for c, n in sorted(cats.items())])
    loc_table = "\n".join(["| loc | count |", "|---|---:|"] +
                          [f"| {c} | {n} |" for c, n in sorted(locs.items())])
    org_lines = ["| org | sender | writers | ids |", "|---|---|---|---|"]
    for org in sorted(ORG_NAMES):
        ids = [i for i, v in meta.items() if v["org"] == org]
        writers = sorted({v["writer"] for v in meta.values() if v["org"] == org})
        org_lines.append(f"| {org} | {ORG_NAMES[org]} | {', '.join(writers)} | {len(ids)} mails |")
    org_table = "\n".join(org_lines)
    return README_TEMPLATE.format(kind_table=kind_table, cat_table=cat_table, loc_table=loc_table,
                                  org_table=org_table)


README_TEMPLATE = """# eval-fresh114 — blind evaluation set `dj001`–`dj100`

100 synthetic **outgoing** business e-mails from five invented Japanese organisations, for
measuring an outbound e-mail DLP gateway (hold risky mail for a supervisor, let ordinary mail
pass). 50 are labelled `hold`, 50 `pass`. The set was written blind: only the brief was read,
not the gateway's code, rules or other test data.

All people, companies, addresses, phone numbers (`0000` exchange) and account numbers are
invented. Domains are `*.example.*`, except private persons on `gmail.com`, `yahoo.co.jp`
and `outlook.com`. Every マイナンバー has a valid check digit; the one full card number on a
hold (kind `id.card_number`) passes Luhn; 法人番号 carry a valid check digit.

## Files

| file | what |
|---|---|
| `fresh.json` | the 100 mails: `{{id, expect, kind, why, from, to, cc?, bcc?, subject, text, attachments?, personal?}}` |
| `build/common.py` | helpers: マイナンバー / 法人番号 / Luhn / Yamato check digits, quoting, address format, quote-marker regex |
| `build/org_a.py` … `build/org_e.py` | one module per organisation, each returns its 20 mails with `org`, `writer`, `loc` |
| `build/build.py` | fixed seed (114); shuffles into an irregular order (≤3 equal labels in a row, ≤2 mails of one org in a row), writes `fresh.json`, `build/meta.json` and this README |
| `build/meta.json` | `{{id: {{org, writer, loc}}}}` |
| `build/validate.py` | checks the set against the brief; prints `OK` or the problems |

Rebuild and check: `python3 build/build.py && python3 build/validate.py`.

## Organisations

{org_table}

Each organisation has 10 holds (`loc`: body 3, attachment 2, quoted 2, subject 1, zip 1,
recipients 1) and 10 passes (`loc` = `none`).

Attachments are given as text: CSV, `.txt` documents, a roster rendered as a text table, a log
file. A plain zip is written as its inner files (`name.zip/inner.csv`); an encrypted zip (PPAP)
is `{{filename, contentType: "application/zip", encrypted: true}}` with no content.

## Counts

{cat_table}

{loc_table}

{kind_table}

## Notes for readers (borderline calls)

- **Legitimate purpose is still `hold`.** Sensitive data (要配慮個人情報) about a named person
  is held even when the recipient has a real need: the care manager and the next nursing
  station (A), the company's own lawyer (B: a customer's criminal record), the 社労士 (C, D),
  the 産業医 (D: subject line), a high school asked for exam accommodation (E: ADHD).
- **Quoted holds** put all risky values below the first quote/forward marker; the writer's own
  text is deliberately harmless ("下記ご確認ください"). One of them (A) even promises to
  anonymise "later" while forwarding the raw internal mail.
- **Third person's infection to a family member** (E): a classroom head tells a parent that a
  named classmate has influenza → `hold`. The same school's Bcc notice with only "5名" absent,
  and a notice that a lecturer is "体調不良", are `pass`.
- **Religion**: the shrine itself being a 宗教法人, or a 宗教法人 as landlord of a school
  classroom, is `pass`; telling a hotel that a named guest is Christian / Muslim is `hold`.
  A named guest's Indonesian origin is mentioned with the Muslim diet request; the hold rests on
  religion, not on origin.
- **Pregnancy** of a named bride sent to a costume vendor (C) is treated as health information
  → `hold`.
- **A guard's fine for assault** (D) is held although it is not a 警備業法 disqualification.
- **Crime victim** details in an incident report to the mall's property manager (D) → `hold`,
  though the purpose (facility safety) is legitimate.
- **Subject holds**: the body alone is thin or harmless; the risky part (name + diagnosis,
  name + refund account, name + 補導) is only in the subject line.
- **Rosters with phones** count as lists even when they are "just" a site entry log (D, inside a
  plain zip) or a webinar mailing list (B).
- **ID-like numbers in passes**: three 12-digit Yamato tracking numbers (C) — two of them happen
  to pass the マイナンバー check digit and are not labelled as such; a 12-digit 運転免許証番号 on
  a hold (D) is held as a licence number, not as マイナンバー. 法人番号/T番号, 警備業認定番号,
  宅建士・宅建業者の免許番号, JAN/ISBN, serials, licence keys, vehicle numbers and SHA-256 hashes
  are all `pass`.
- **Test card** `4111 1111 1111 1111` appears only in dev minutes (B) → `pass`. Masked cards
  (`****-****-****-4242`) and masked accounts (`****512`) are `pass`.
- **Data subject themself**: an offer holder's own orientation (A), a couple's own schedule (C),
  an applicant's own interview (D), a lecturer's own fee and a parent's own child's score gain
  (E) are `pass`.
- **Employment verification** (D) with the person's consent giving only dates and title → `pass`.
- **Many recipients**: the `recipients` holds have 12–15 visible outside addresses in To from
  several organisations and private domains. Passes stay at ≤10 visible outside addresses;
  B has a project mail with exactly 6 outside addresses from 2 companies, E sends to 14 parents
  in Bcc (`pass`).
- **Nationality** alone is not used as a hold reason: passport numbers (C) are held as identity
  numbers.
"""


def main():
    mails = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        mails.extend(ms)
    rng = random.Random(SEED)
    ordered = order(mails, rng)
    fresh, meta = [], {}
    for i, m in enumerate(ordered, start=1):
        mid = f"{PREFIX}{i:03d}"
        out = {"id": mid}
        for k in FIELDS_ORDER[1:]:
            if k in m:
                out[k] = m[k]
        fresh.append(out)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(fresh, meta))
    print(f"wrote {len(fresh)} mails")


if __name__ == "__main__":
    main()
