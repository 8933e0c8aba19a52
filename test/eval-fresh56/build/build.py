# -*- coding: utf-8 -*-
"""Assemble eval-fresh56: fresh.json, build/meta.json and README.md from org_a..org_e."""
import json, os, random, collections
import org_a, org_b, org_c, org_d, org_e

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bd"
ORGS = [org_a, org_b, org_c, org_d, org_e]

def expect_pattern(seed=56):
    rnd = random.Random(seed)
    while True:
        seq = ["hold"] * 50 + ["pass"] * 50
        rnd.shuffle(seq)
        run, ok = 1, True
        for i in range(1, 100):
            run = run + 1 if seq[i] == seq[i - 1] else 1
            if run > 3:
                ok = False; break
        if ok:
            return seq

def main():
    rnd = random.Random(5656)
    queues = {}
    for m in ORGS:
        hs = [x for x in m.MAILS if x["expect"] == "hold"]
        ps = [x for x in m.MAILS if x["expect"] == "pass"]
        assert len(hs) == 10 and len(ps) == 10, m.ORG
        rnd.shuffle(hs); rnd.shuffle(ps)
        queues[m] = {"hold": hs, "pass": ps}
    seq = expect_pattern()
    out, meta = [], {}
    turn = 0
    for i, exp in enumerate(seq):
        for k in range(5):
            m = ORGS[(turn + k) % 5]
            if queues[m][exp]:
                turn = (turn + k + 1) % 5
                break
        else:
            raise SystemExit("ran out")
        src = queues[m][exp].pop(0)
        mid = f"{PREFIX}{i + 1:03d}"
        rec = {"id": mid, "expect": src["expect"], "kind": src["kind"], "why": src["why"],
               "from": src["frm"], "to": src["to"]}
        if src.get("cc"): rec["cc"] = src["cc"]
        if src.get("bcc"): rec["bcc"] = src["bcc"]
        rec["subject"] = src["subject"]
        rec["text"] = src["text"]
        if src.get("attachments"): rec["attachments"] = src["attachments"]
        if src.get("personal"):
            rec["personal"] = [{"type": t, "value": v} for t, v in src["personal"]]
        out.append(rec)
        meta[mid] = {"org": m.ORG, "writer": src["writer"], "loc": src["loc"], "key": src["key"]}
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(out, meta)
    print("wrote", len(out), "mails")

WRITERS = {
    "A": "田辺 由紀子（債権管理部 回収第二グループ 主任）、久保田 亮（不正利用対策室、英語も）、三輪 聡（債権管理部 部長代理、短い署名）",
    "B": "松浦 健司（通関士、長い署名）、Misaki Kono／河野 美咲（国際業務課、英語）、大石 恵（管理部 総務・人事）",
    "C": "森川 綾（院長・小児科専門医、長い署名）、石黒 正人（事務長）、平田 美穂（看護師長）",
    "D": "小野寺 翔太（フロント・管理業務主任者、登録番号入りの長い署名）、竹中 里美（管理組合運営課 課長）、鈴木 和也（会計課）",
    "E": "Emily Carter（Senior PM、英語、長い署名と機密保持文）、岡本 沙織（通訳コーディネーター、日英）、Rahul Mehta（Vendor Management、英語）",
}

def write_readme(out, meta):
    by = {r["id"]: r for r in out}
    L = []
    L.append("# eval-fresh56 — blind evaluation set (ids bd001–bd100)\n")
    L.append("100 outgoing business mails written blind from the brief only (no code, policies, dictionaries or other sets were read). "
             "50 `hold` / 50 `pass`; five sender organisations with 10 holds and 10 passes each. "
             "All people, addresses and numbers are synthetic; domains are example domains or free-mail for private persons.\n")
    L.append("Files: `fresh.json` (the set), `build/org_a.py`…`org_e.py` (mail text per organisation), `build/build.py` (ordering, output, this README), "
             "`build/numtools.py` (check-digit helpers used while writing), `build/validate.py`, `build/meta.json` (id → org, writer, loc, source key).\n")
    L.append("## Organisations and writers\n")
    L.append("| Org | Sender organisation | Domain | Writers |")
    L.append("|---|---|---|---|")
    for m, k in zip(ORGS, "ABCDE"):
        L.append(f"| {k} | {m.ORG[2:]} | {m.DOM} | {WRITERS[k]} |")
    L.append("")
    eng = [r["id"] for r in out if sum(c.isascii() and c.isalpha() for c in r["text"]) > 0.6 * sum(not c.isspace() for c in r["text"])]
    L.append(f"Mails written mainly in English ({len(eng)}): {', '.join(eng)}.\n")
    L.append("Mixed mails (not counted above): English text with a Japanese forwarded part or Japanese minutes with English terms, e.g. " + ", ".join(i for i in by if meta[i]['key'] in ("E-H3", "A-P2", "B-H4") and i not in eng) + ".\n")
    L.append("## Where the risks sit (holds)\n")
    L.append("| loc | count | ids |")
    L.append("|---|---|---|")
    locs = collections.OrderedDict((k, []) for k in ["body", "attachment", "quoted", "subject", "zip", "recipients"])
    for r in out:
        if r["expect"] == "hold":
            locs[meta[r["id"]]["loc"]].append(r["id"])
    for k, v in locs.items():
        L.append(f"| {k} | {len(v)} | {', '.join(v)} |")
    L.append("")
    L.append("| id | org | kind | loc | what is at risk |")
    L.append("|---|---|---|---|---|")
    for r in out:
        if r["expect"] == "hold":
            L.append(f"| {r['id']} | {meta[r['id']]['org'][0]} | {r['kind']} | {meta[r['id']]['loc']} | {r['why']} |")
    L.append("")
    L.append("## How the passes were made tempting\n")
    L.append("| id | org | kind | temptation / why it passes |")
    L.append("|---|---|---|---|")
    for r in out:
        if r["expect"] == "pass":
            L.append(f"| {r['id']} | {meta[r['id']]['org'][0]} | {r['kind']} | {r['why']} |")
    L.append("")
    L.append(BORDER.format(**{k: [i for i in by if meta[i]['key'] == v][0] for k, v in KEYS.items()}))
    L.append("## Counts by kind\n")
    L.append("| kind | count |")
    L.append("|---|---|")
    for k, n in sorted(collections.Counter(r["kind"] for r in out).items()):
        L.append(f"| {k} | {n} |")
    L.append("")
    L.append("Holds by category: " + ", ".join(f"{k}.* {n}" for k, n in sorted(collections.Counter(r['kind'].split('.')[0] for r in out if r['expect']=='hold').items())) + ".\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

KEYS = {"c_h10": "C-H10", "c_p4": "C-P4", "c_h8": "C-H8", "c_h1": "C-H1", "a_p2": "A-P2", "a_h5": "A-H5",
        "b_p1": "B-P1", "b_p2": "B-P2", "d_h8": "D-H8", "d_p7": "D-P7", "d_h7": "D-H7", "e_p3": "E-P3",
        "e_p1": "E-P1", "e_p2": "E-P2", "e_h9": "E-H9", "e_h4": "E-H4", "a_p9": "A-P9", "a_h8": "A-H8",
        "b_h10": "B-H10", "d_p5": "D-P5", "a_p10": "A-P10", "d_p1": "D-P1", "b_h3": "B-H3", "a_p5": "A-P5",
        "d_p2": "D-P2", "b_p3": "B-P3", "e_h10": "E-H10", "d_h1": "D-H1", "d_p6": "D-P6", "d_p8": "D-P8",
        "c_h7": "C-H7", "d_h4": "D-H4", "e_p9": "E-P9", "a_p1": "A-P1", "a_h1": "A-H1", "a_h7": "A-H7", "b_p10": "B-P10", "d_p10": "D-P10", "d_h6": "D-H6", "e_h2": "E-H2", "c_h9": "C-H9"}

BORDER = """## Borderline calls and how they were decided

- **Another child's infection vs. the family's own child.** The nurse's reply to a mother that names a *different* child at the same nursery as having measles ({c_h10}) is `hold` (third person's infection). A reply to a parent with *her own* child's vaccination record ({c_p4}) is `pass`: it goes to the data subject's own family.
- **Legitimate duty still held.** The paediatrician's abuse report to the child guidance centre ({c_h8}), the allergy note to a nursery sent with the mother's consent ({c_h1}), the 薬監 request naming a patient's multiple sclerosis ({b_h3}) and the refugee statement sent to a translator ({e_h9}) all have a proper purpose, but they carry 要配慮 data about a named person to an outside party, so a supervisor should see them first (rule 1).
- **Collections and health.** A member's cancer told to the servicer to stop calls ({a_h8}) is `hold`; the repayment plan sent to the member herself with a masked account ({a_p9}) is `pass`.
- **Criminal proceedings.** A named consignee employee "referred to the prosecutors" ({b_h10}), a named tenant arrested ({d_h8}) and a defendant's charge in a subject line ({e_h4}) are `hold`. An unknown car's licence plate ({d_p7}) is `pass`: nobody is identified and the car is only reported to the security company.
- **Disability.** Named residents needing evacuation help with 障害者手帳, dementia and dialysis ({d_h7}) are `hold`; company-wide 障害者雇用率 and stress-check rates in an interpreter briefing ({e_p9}) are `pass`.
- **Employment data.** A minimal employment verification with dates and title only, given with the former employee's signed consent ({e_p3}), is `pass`; an interpreter's full CV with home address and birth date sent to a client ({e_h2}) and a nurse applicant's résumé sent to a labour consultant ({c_h9}) are `hold` (rule 4).
- **Test card vs. real card.** The scheme's public test numbers 4242 4242 4242 4242 and 5555 5555 5555 4444 in development minutes ({a_p2}) are `pass`; a real-looking Luhn-valid card number only in a subject line ({a_h5}) is `hold`.
- **Masked vs. full card.** The same card appears in full with the cardholder's name in a request to an overseas acquirer ({a_h1}, `hold`) and masked as 498031******5189 in a chargeback reply ({a_p1}, `pass`).
- **Recipients.** An outage notice with 11 merchants in **BCC** and only the sender's own desk in To ({a_p5}) is `pass`, because no outside address is visible; the warning mail with 12 merchants in To ({a_h7}) is `hold`. Project mails with six visible addresses from two organisations ({b_p10}, {d_p10}) are `pass`; the board invitation with 12 visible private/work addresses ({d_h6}) is `hold` although all recipients belong to the same association, because their addresses are exposed to each other.
- **Tracking numbers that pass the マイナンバー check.** 3709-0709-5845 ({b_p1}) and 387509772403 ({b_p2}) are Yamato tracking numbers (valid mod-7 check) that by chance also pass the マイナンバー check digit; the context (宅急便, 送り状番号) makes them `pass`. By contrast, a 12-digit number in brackets after a freelancer's name sent to a tax office for 支払調書 ({e_h10}) is a マイナンバー without a label and is `hold`.
- **Deaths and religion.** Condolence mails ({a_p10}, {d_p5}) name the deceased but death is not a sensitive category → `pass`. A 宗教法人 as the owner of a shop unit ({d_p1}) is a corporate customer, not anyone's belief → `pass`.
- **Licence and corporate numbers.** 宅建業者 licence, 宅建士 registration and マンション管理業者 registration numbers ({d_p2}) and a client's 法人番号 ({b_p3}) are `pass`.
- **Board members.** Draft minutes naming board members by role with only total arrears ({d_p6}) and a note naming election candidates who applied for the common room ({d_p8}) are `pass`; the per-owner arrears table to the chair's private address ({d_h1}) is `hold` even though the chair is entitled to see it, because it is a debt roster leaving the company.
- **Health-insurance and bank data for a single person.** Insurance symbol/number for a child sent to a pharmacy ({c_h7}) and an owner's bank account only in a subject line ({d_h4}) are `hold` (rule 2), although each concerns a single person and a routine correction.
- **Onboarding and lecturer fee.** The offer holder's own welcome mail asks her to bring her My Number card but gives no number ({e_p1}) and the lecturer's own fee mail masks the account ({e_p2}); both go to the person concerned → `pass`.
- **Outages, malware and quarantine.** 障害・感染・隔離 for a card-authorisation outage ({a_p5}, merchants in BCC), a malware-infected PC, an electronic-records outage, an elevator fault and plant quarantine of bulbs are all `pass`.
"""

if __name__ == "__main__":
    main()
