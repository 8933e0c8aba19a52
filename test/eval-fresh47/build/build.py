#!/usr/bin/env python3
"""Build fresh.json and README.md for blind set 47 (ids au001-au100) from the org_*.py data files."""
import json, os, random, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import org_a, org_b, org_c, org_d, org_e
ORGS = [org_a, org_b, org_c, org_d, org_e]
PREFIX = "au"

def runs_ok(labels, limit=3):
    run = 1
    for i in range(1, len(labels)):
        run = run + 1 if labels[i] == labels[i-1] else 1
        if run > limit:
            return False
    return True

def main():
    items = []
    for org in ORGS:
        for m in org.MAILS:
            items.append((org, m))
    rng = random.Random(4747)
    for _ in range(100000):
        rng.shuffle(items)
        labels = [m["expect"] for _, m in items]
        orgseq = [o.ORG for o, _ in items]
        if runs_ok(labels) and runs_ok(orgseq, 2):
            break
    else:
        raise SystemExit("could not shuffle")
    out, meta = [], []
    for i, (org, m) in enumerate(items, 1):
        rec = {"id": f"{PREFIX}{i:03d}", "expect": m["expect"], "kind": m["kind"], "why": m["why"],
               "from": m["frm"], "to": m["to"]}
        for k in ("cc", "bcc"):
            if m.get(k):
                rec[k] = m[k]
        rec["subject"] = m["subject"]
        rec["text"] = m["text"]
        if m.get("attachments"):
            rec["attachments"] = m["attachments"]
        if m.get("personal"):
            rec["personal"] = m["personal"]
        out.append(rec)
        meta.append((rec["id"], org, m))
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    write_readme(meta)
    print(f"wrote {len(out)} mails")

def write_readme(meta):
    L = []
    L.append("# Blind set 47: outbound business mail (ids au001–au100)\n")
    L.append("Written blind from the brief only (no project files read, gateway not run). "
             "100 hand-written mails: 50 `hold`, 50 `pass`. All people, addresses and numbers are invented.\n")
    L.append("## Organisations and writers\n")
    L.append("| Organisation (trade) | Writer (fixed signature) | Mails | hold | pass |")
    L.append("|---|---|---|---|---|")
    for org in ORGS:
        for addr, label in org.WRITERS.items():
            ms = [m for (_, o, m) in meta if o is org and m["frm"] == addr]
            L.append(f"| {org.ORG} | {label} `{addr.split('<')[1].rstrip('>')}` | {len(ms)} | "
                     f"{sum(m['expect']=='hold' for m in ms)} | {sum(m['expect']=='pass' for m in ms)} |")
    L.append("")
    eng = [i for (i, o, m) in meta if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", m["text"])]
    L.append(f"English-only mails ({len(eng)}, mostly the hotel group with overseas agents): {', '.join(eng)}.\n")
    L.append("## Where the risks sit (holds)\n")
    names = {"body": "Body", "attachment": "Only in an attachment (body gives no hint)",
             "quoted": "Only in a quoted or forwarded part", "subject": "Only in the subject line",
             "encrypted_zip": "Encrypted zip (PPAP)", "recipients": "More than 10 visible outside recipients"}
    L.append("| Where | Count | Ids |")
    L.append("|---|---|---|")
    for w in names:
        ids = [i for (i, o, m) in meta if m["expect"] == "hold" and m["where"] == w]
        L.append(f"| {names[w]} | {len(ids)} | {', '.join(ids)} |")
    L.append("")
    L.append("## How the passes were made tempting\n")
    L.append("| Id | Kind | Why it is a pass |")
    L.append("|---|---|---|")
    for (i, o, m) in meta:
        if m["expect"] == "pass":
            L.append(f"| {i} | `{m['kind']}` | {m['why']} |")
    L.append("")
    idx = {m["kind"] + "|" + m["subject"]: i for (i, o, m) in meta}
    def find(sub):
        for (i, o, m) in meta:
            if sub in m["subject"]:
                return i
        raise KeyError(sub)
    L.append("## Borderline calls and how they were decided\n")
    L.append(f"- Test card `4111 1111 1111 1111`: as a hotel guest's declined guarantee card it is `hold` ({find('No-show charge')}); in the security company's dev-meeting minutes it is `pass` ({find('決済連携')}). Same for `5555…4444`/`4242…4242` used as real customers' cards (holds {find('カード決済の登録依頼')}, {find('手入力依頼')}).")
    L.append(f"- Yamato tracking numbers ({find('送り状番号')}): two of the five (4859-5371-6953, 4002-6150-4020) also pass the マイナンバー check digit; the context is a shipment to a company, so `pass`.")
    L.append(f"- A police report of a shoplifting suspect ({find('万引き事案')}) is legitimate business but concerns criminal proceedings about a named person, so `hold` by rule 1. The stalking-victim name appears only in a forwarded police mail to a building manager ({find('捜査関係事項照会')}): `hold`.")
    L.append(f"- Obituary of a former mayor (public figure, published text) is `pass` ({find('元市長')}); a list of private chief mourners' addresses for a DM vendor is `hold` ({find('喪主様連絡先')}).")
    L.append(f"- Facility flu outbreak with counts only (11 residents, 4 staff) is `pass` ({find('施設内感染')}); a named student's COVID-positive result in the subject line is `hold` ({find('新型コロナ陽性')}).")
    L.append(f"- Enrolment verification with consent giving only dates and course is `pass` ({find('在籍確認')}); a scholarship recommendation revealing welfare (生活保護) and a parent's mental illness is `hold` ({find('推薦書の補足')}).")
    L.append(f"- A guest's religion is `hold` when tied to a named person ({find('Medical emergency note')}); the temple as a 宗教法人 customer is `pass` ({find('お見積りのご送付')}).")
    L.append(f"- Mails to the data subject themself carry their own address/phone or a masked account and are `pass` ({find('転居に伴う')}, {find('Your stay at')}, {find('返済予定表')}, {find('講師謝金')}).")
    L.append(f"- The deceased's inheritance accounts sent to the heirs' tax accountant ({find('相続税申告用')}) are `hold` as private bank accounts even though the purpose is legitimate.")
    L.append(f"- Plant-disease 感染/隔離 ({find('黄化葉巻病')}) and malware 感染/隔離 ({find('マルウェア感染')}) are `pass`.")
    L.append(f"- Bcc'd mass mails (12, 12 and 6 addresses in Bcc) are `pass` ({find('防犯だより')}, {find('オープンキャンパス')}, {find('Change of bank account')}); the same kind of notice with 12–13 addresses in To is `hold`.")
    L.append("")
    L.append("## Counts by kind\n")
    L.append("| expect | kind | n |")
    L.append("|---|---|---|")
    c = Counter((m["expect"], m["kind"]) for (_, _, m) in meta)
    for (e, k), n in sorted(c.items()):
        L.append(f"| {e} | `{k}` | {n} |")
    L.append("")
    L.append("## Rebuild\n")
    L.append("```\ncd test/eval-fresh47/build\npython3 build.py      # writes ../fresh.json and ../README.md (deterministic shuffle, seed 4747)\npython3 validate.py   # checks counts, ids, runs, personal substrings, check digits, Luhn, recipients, zips\n```\n")
    L.append("Mail data live in `build/org_a.py` … `build/org_e.py` (one hand-written dict per mail; the `where` field is used only for this README).\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
