#!/usr/bin/env python3
"""Build fresh.json and README.md for blind set 52 from the hand-written org_*.py files."""
import json, random, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import org_a, org_b, org_c, org_d, org_e

ORGS = [
 ("A", "Kirishima Audit LLC (霧島監査法人), engagement team", "kirishima-audit.example.jp", org_a,
  ["Daniel Hart (Senior Manager)", "Mariko Miura / 三浦 真理子 (Manager)", "Yuto Oka / 岡 悠斗 (Associate)"]),
 ("B", "株式会社ウェルフィールド産業保健 (occupational health service)", "wellfield-oh.example.jp", org_b,
  ["佐伯 美穂 (保健師)", "石川 航 (営業)", "北村 涼子 (業務管理課)"]),
 ("C", "青雲ゼミナール 吉祥寺校 (予備校, cram school)", "seiun-zemi.example.jp", org_c,
  ["松永 隆 (校舎長)", "森 彩花 (事務局)", "桐山 遥 (国語科・進路指導)"]),
 ("D", "東和ロジスティクス 厚木物流センター 人事課 (warehouse HR, part-timers)", "towa-logi.example.jp", org_d,
  ["小野寺 敦 (人事課)", "宮本 さくら (労務担当)"]),
 ("E", "NPO法人 ひだまりネット (DV被害者支援 network)", "hidamari-net.example.org", org_e,
  ["大橋 恵子 (事務局長)", "藤井 直子 (相談支援員)"]),
]

def load():
    mails = []
    for code, name, dom, mod, writers in ORGS:
        for m in mod.MAILS:
            m = dict(m); m["org"] = code
            mails.append(m)
    return mails

def max_run(seq):
    best = run = 0; prev = None
    for x in seq:
        run = run + 1 if x == prev else 1; prev = x; best = max(best, run)
    return best

def order(mails):
    rng = random.Random(52)
    while True:
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3 and max_run([m["org"] for m in mails]) <= 3:
            return mails

def main():
    mails = order(load())
    out, keymap = [], {}
    for i, m in enumerate(mails, 1):
        mid = "az%03d" % i
        keymap[m["key"]] = mid
        o = {"id": mid, "expect": m["expect"], "kind": m["kind"], "why": m["why"], "from": m["frm"], "to": m["to"]}
        for f in ("cc", "bcc"):
            if m.get(f): o[f] = m[f]
        o["subject"] = m["subject"]; o["text"] = m["text"]
        if m.get("attachments"): o["attachments"] = m["attachments"]
        if m.get("personal"): o["personal"] = m["personal"]
        out.append(o)
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    # side map for README / validation
    meta = {keymap[m["key"]]: {"key": m["key"], "org": m["org"], "loc": m.get("loc")} for m in mails}
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    write_readme(out, meta, keymap)
    print("wrote", len(out), "mails")

def write_readme(out, meta, K):
    byid = {o["id"]: o for o in out}
    L = []
    L.append("# Blind set 52: outbound business mail (ids az001–az100)\n")
    L.append("100 hand-written outgoing mails (50 `hold`, 50 `pass`) for an outbound DLP gateway used by Japanese organisations. "
             "All people, addresses and numbers are invented. Written blind, from the brief only.\n")
    L.append("## Organisations and writers\n")
    L.append("| Org | Sender organisation | Domain | Writers (fixed signatures) | Mails | hold | pass |")
    L.append("|---|---|---|---|---|---|---|")
    for code, name, dom, mod, writers in ORGS:
        ids = [i for i, v in meta.items() if v["org"] == code]
        h = sum(1 for i in ids if byid[i]["expect"] == "hold")
        L.append(f"| {code} | {name} | {dom} | {'; '.join(writers)} | {len(ids)} | {h} | {len(ids)-h} |")
    L.append("\nOrg A writes mostly in English (component auditors in Singapore, a German-owned client, screening vendors); "
             "a few of its mails are Japanese or mixed. Orgs B–E write in Japanese, with one English mail from E to an embassy.\n")
    L.append("## Where the risks sit (holds)\n")
    names = {"body": "In the body", "attachment": "Only in an attachment (body gives no hint)",
             "quoted": "Only in a quoted or forwarded part", "subject": "Only in the subject line",
             "zip": "Encrypted zip (PPAP)", "recipients": "More than 10 visible outside recipients"}
    L.append("| Location | Count | ids |")
    L.append("|---|---|---|")
    for loc in ["body", "attachment", "quoted", "subject", "zip", "recipients"]:
        ids = sorted(i for i, v in meta.items() if v["loc"] == loc)
        L.append(f"| {names[loc]} | {len(ids)} | {', '.join(ids)} |")
    L.append("")
    L.append("## How the passes were made tempting\n")
    P = lambda *keys: ", ".join(K[k] for k in keys)
    L += [
     f"- Long threads, successor introductions, condolences and meetings full of partner staff names and heavy signatures: {P('a_kickoff','a_successor','a_condolence','b_visit_schedule','b_congrats','d_company_surnames','e_training')}.",
     f"- Project mails with 5–6 visible addresses from two companies: {P('a_kickoff','d_project')}.",
     f"- Corporate bank accounts, registration numbers, SWIFT; masked card and masked account: {P('a_invoice','b_invoice','d_agency_invoice','e_donor_receipt','c_lecturer_fee')}.",
     f"- Numbers that look like IDs: invoice/order numbers, ISBN/JAN, vehicle and serial numbers, 法人番号, 宅建業者 licence and 宅建士 registration numbers, log hashes: {P('a_invoice_samples','c_textbook_order','d_vehicle','d_housing_vendor','d_wms_outage')}.",
     f"- Yamato tracking numbers, where 4120 9054 1605 ({K['c_tracking']}) and 4282 1968 0244 ({K['e_tracking']}) pass the マイナンバー check digit.",
     f"- Luhn-valid public test card 4242 4242 4242 4242 in development minutes: {K['c_dev_minutes']}.",
     f"- 障害 / 感染 / 隔離 used for IT outages and malware: {P('a_itgc','b_system_outage','d_wms_outage','e_malware')}.",
     f"- Health and disability only as aggregates or policy: {P('a_disability_levy','b_kenko_keiei','b_flu_schedule','b_stress_group','b_genome_policy','d_job_ad','d_health_schedule','e_annual','e_visiting_policy')}.",
     f"- 宗教法人 as a hall lender: {K['e_temple']}; public figures and historical persons: {P('a_condolence','c_public_figure','c_history','e_public_figure')}; fiction with illness or abuse: {P('c_fiction','e_fiction')}; companies named after surnames: {P('a_invoice_samples','d_company_surnames')}.",
     f"- Mails to the data subject (or the student's own parent): {P('c_own_score','c_lecturer_fee','d_offer_invite','e_donor_receipt')}; a minimal employment verification with consent: {K['a_verification']}.",
     f"- Plain (unencrypted) zips: {P('a_plainzip','c_plainzip')}; Bcc'd mass mails with 11–12 outside addresses: {P('a_newsletter','b_newsletter','d_bcc_nenmatsu','e_newsletter')}.",
     f"- Staff member off sick with \"体調不良\" and no diagnosis: {K['b_taichou']}.",
     ""]
    L.append("## Borderline calls and how they were decided\n")
    L += [
     f"- {K['c_covid_parent']} (hold) vs {K['b_taichou']} (pass): telling a parent that a named classmate tested COVID-positive is a third person's infection; \"体調不良\" of our own nurse is not a diagnosis.",
     f"- {K['b_fitness_body']}, {K['b_tb_body']}, {K['d_rousai']}: legitimate purposes (client HR after an 産業医 interview, 保健所 contact tracing, insurer claim) are still held, per rule 1.",
     f"- {K['b_eap_profile']}: forwarding an employee's private contact data to an EAP vendor is held as a personal profile even though no diagnosis is given (the consultation itself hints at health).",
     f"- {K['c_welfare_subject']}: welfare household / single-mother status of a named student in the subject line to a scholarship foundation is held (social status; can lead to discrimination). ",
     f"- {K['c_own_score']}: a student's own score to her own parent is pass; {K['c_scores_att']}: five students' scores to their high school is a roster (hold).",
     f"- {K['e_donor_receipt']}: donor's own receipt with masked card is pass. {K['e_training']} names 相談支援員 and a lawyer as lecturers (staff, not clients) and is pass.",
     f"- {K['e_tracking']}: the second tracking number 4282 1968 0255 was left as is; only the first passes the check digit. Tracking numbers are in a clear delivery context.",
     f"- {K['d_payslip_wrong']}: a payslip attached by mistake to an invoice mail is held (wrong party), though the body is harmless.",
     f"- {K['e_embassy']}: a passport number for a DV survivor to her own embassy is held (identity number plus crime-victim status) even though the purpose is to help her.",
     f"- {K['a_newsletter']}, {K['b_newsletter']}, {K['d_bcc_nenmatsu']}, {K['e_newsletter']}: >10 outside recipients but all in Bcc, To is the sender, so pass.",
     ""]
    L.append("## Counts by kind\n")
    c = collections.Counter((o["expect"], o["kind"]) for o in out)
    L.append("| expect | kind | count |"); L.append("|---|---|---|")
    for (e, k), n in sorted(c.items()):
        L.append(f"| {e} | {k} | {n} |")
    L.append("\n## How to rebuild\n")
    L.append("```\ncd test/eval-fresh52/build\npython3 build.py      # writes ../fresh.json, meta.json and ../README.md\npython3 validate.py   # checks counts, runs, substrings, check digits, recipients, zips\n```\n")
    L.append("The mails are hand-written in `org_a.py` … `org_e.py` (one dict per mail, key names in `meta.json`). "
             "`build.py` shuffles them with seed 52 until no more than 3 mails with the same label (or the same org) come in a row, then assigns ids.\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
