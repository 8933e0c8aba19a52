#!/usr/bin/env python3
"""Build fresh.json and README.md for blind set 46 from the hand-written org_*.py files."""
import json, random, os, re, collections, importlib.util

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "at"
ORG_FILES = ["org_cro", "org_housing", "org_karate", "org_travel", "org_eap"]

def load(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m

def max_run(seq):
    best = run = 1
    for a, b in zip(seq, seq[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    return best

def main():
    mails, orgs = [], []
    for f in ORG_FILES:
        m = load(f)
        orgs.append(m.ORG)
        for d in m.MAILS:
            d = dict(d); d["_org"] = m.ORG; mails.append(d)
    rng = random.Random(4646)
    while True:
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3 and max_run([m["_org"] for m in mails]) <= 3:
            break
    out = []
    for i, d in enumerate(mails, 1):
        d["_id"] = f"{PREFIX}{i:03d}"
        o = {"id": d["_id"], "expect": d["expect"], "kind": d["kind"], "why": d["why"],
             "from": d["frm"], "to": d["to"]}
        for k in ("cc", "bcc"):
            if d.get(k): o[k] = d[k]
        o["subject"] = d["subject"]; o["text"] = d["text"]
        if d.get("attachments"): o["attachments"] = d["attachments"]
        if d.get("personal"): o["personal"] = d["personal"]
        out.append(o)
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=2); fh.write("\n")
    write_readme(mails, orgs)
    print("wrote", len(out), "mails")

def ids(ms): return ", ".join(m["_id"] for m in sorted(ms, key=lambda m: m["_id"])) or "–"

def write_readme(mails, orgs):
    L = []
    L.append("# Blind set 46: outbound business mail (ids at001–at100)\n")
    L.append("100 hand-written outgoing mails (50 `hold`, 50 `pass`) from five fictional Japanese sender organisations, "
             "written blind from the brief only. All people, addresses and numbers are invented; organisations use "
             "`example.*` domains, private persons use free-mail/ISP domains.\n")
    L.append("## Organisations and writers\n")
    L.append("| Organisation | Writer (fixed signature) | Mails | hold | pass |")
    L.append("|---|---|---|---|---|")
    for org in orgs:
        ms = [m for m in mails if m["_org"] == org]
        by = collections.OrderedDict()
        for m in sorted(ms, key=lambda m: m["_id"]):
            by.setdefault(m["frm"], []).append(m)
        for w, wm in by.items():
            h = sum(1 for m in wm if m["expect"] == "hold")
            L.append(f"| {org} | {w.split(' <')[0]} | {len(wm)} | {h} | {len(wm)-h} |")
        h = sum(1 for m in ms if m["expect"] == "hold")
        L.append(f"| **{org} total** | | **{len(ms)}** | **{h}** | **{len(ms)-h}** |")
    L.append("\nThe CRO writes mostly in English to its US sponsor (Norvalis Therapeutics); the travel desk writes about "
             "half its mails in English to overseas hotels, handlers, an airline and a multinational client.\n")
    L.append("## Where the risks sit (holds)\n")
    names = {"body": "In the body", "attachment": "Only in an attachment (body gives no hint)",
             "quoted": "Only in a quoted or forwarded part", "subject": "Only in the subject line",
             "zip": "Encrypted zip (PPAP)", "recipients": "More than 10 visible outside recipients"}
    L.append("| Location | Count | ids |"); L.append("|---|---|---|")
    holds = [m for m in mails if m["expect"] == "hold"]
    for k, v in names.items():
        ms = [m for m in holds if m["loc"] == k]
        L.append(f"| {v} | {len(ms)} | {ids(ms)} |")
    L.append("")
    L.append("## How the passes were made tempting\n")
    L.append("| Scenario kind | ids | Temptation |"); L.append("|---|---|---|")
    for m in sorted([m for m in mails if m["expect"] == "pass"], key=lambda m: m["_id"]):
        L.append(f"| `{m['kind']}` | {m['_id']} | {m['why']} |")
    L.append("")
    L.append("Notable: the CRO outage mail (%s) carries two 12-digit Yamato tracking numbers (one hyphenated, one not) "
             "that both pass the My Number check digit; the travel desk dev minutes (%s) carry the Luhn-valid test card "
             "4111 1111 1111 1111; the project mails (%s) show six addresses from two companies; the Bcc mass mails (%s) "
             "hide 11–13 recipients in Bcc.\n" % (
                 ids([m for m in mails if m["kind"] == "benign.tracking_outage"]),
                 ids([m for m in mails if m["kind"] == "benign.test_card_dev"]),
                 ids([m for m in mails if m["kind"] == "benign.project_six_addresses"]),
                 ids([m for m in mails if m["kind"] in ("benign.bcc_mass", "benign.bcc_newsletter")])))
    k = lambda kind: ids([m for m in mails if m["kind"] == kind])
    L.append("## Borderline calls and how they were decided\n")
    L.append(f"- **Legitimate purpose does not clear sensitive data.** SAE, PGx and screening details sent to the sponsor "
             f"with real names ({ids([m for m in mails if m['_org'].startswith('Meridian') and m['kind'] in ('sensitive.health','sensitive.genome','list.patients')])}) are `hold`: in a trial the sponsor should only "
             f"ever see pseudonymised subject codes. The PD log with subject codes only ({k('benign.pseudonymised_log')}) is `pass`.")
    L.append(f"- **Consent does not clear it either.** The EAP report to HR on a named employee's depression, made with consent "
             f"({ids([m for m in mails if m['subject']=='ご相談者の就業上の配慮について'])}), and the DV-victim referral to a lawyer ({k('sensitive.crime_victim')}) are `hold`; a supervisor should check what is really needed.")
    L.append(f"- **Employment verification** with consent and only dates/title ({k('benign.employment_verification')}) is `pass`.")
    L.append(f"- **Housing-support referral** ({k('sensitive.social_status')}): special-permanent-resident status alone would not be "
             "要配慮, but together with welfare receipt and a mental-disability certificate sent to a private letting agent it is `hold`.")
    L.append(f"- **Card numbers:** a parent's JCB test number (3566 0020 2036 0505) and a traveller's VISA test number given as real "
             f"customer cards ({k('id.card')}) are `hold`; 4111 1111 1111 1111 in sandbox minutes ({k('benign.test_card_dev')}) "
             f"and a masked corporate card ({k('benign.masked_card')}) are `pass`.")
    L.append(f"- **Own data to the data subject** ({k('benign.own_data')}, {k('benign.own_itinerary')}, {k('benign.own_appointment')}, "
             f"{k('benign.lecturer_own_fee')}) is `pass`, even to private free-mail addresses, as long as no third person's data rides along.")
    L.append(f"- **Infection named to another family member** ({[m['_id'] for m in mails if m['kind']=='sensitive.health' and 'Re: 稽古' in m['subject']][0]}): a "
             "dojo teacher tells one parent that a named classmate has chickenpox → `hold`.")
    L.append(f"- **Subject-only holds** keep the body deliberately neutral (\"件名の件\", \"the application referenced in the subject line\").")
    L.append(f"- **Recipients:** 12 visible outside addresses from different organisations or private persons → `hold` "
             f"({k('recipients.visible')}); 6 visible addresses from two companies and Bcc'd mass mails → `pass`.")
    L.append(f"- **Business identifiers** (宅建業者免許 / 宅建士登録番号, 法人番号, 登録番号 T…, vehicle plates of contractor vans, "
             f"JAN codes, PNR / e-ticket numbers, EDR hash) are treated as non-personal → `pass`.")
    L.append("")
    L.append("## Counts by kind\n")
    L.append("| kind | expect | count |"); L.append("|---|---|---|")
    c = collections.Counter((m["kind"], m["expect"]) for m in mails)
    for (kind, exp), n in sorted(c.items(), key=lambda x: (x[0][1], x[0][0])):
        L.append(f"| `{kind}` | {exp} | {n} |")
    L.append(f"\nTotal: {sum(1 for m in mails if m['expect']=='hold')} hold, {sum(1 for m in mails if m['expect']=='pass')} pass.\n")
    L.append("## How to rebuild\n")
    L.append("```sh\ncd test/eval-fresh46/build\npython3 build.py      # writes ../fresh.json and ../README.md (deterministic shuffle, seed 4646)\n"
             "python3 validate.py   # structural checks\n```\n")
    L.append("Mails are written by hand in `build/org_*.py` (one file per organisation, fixed signatures at the top). "
             "Internal fields `loc` (risk location) and the organisation are used only for this README and are not written to `fresh.json`.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))

if __name__ == "__main__":
    main()
