#!/usr/bin/env python3
"""Build the cv (fresh100) blind evaluation set.

Writes ../fresh.json, build/meta.json and ../README.md.
Deterministic: fixed random seed for the order of the mails.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 20241104
PREFIX = "cv"
ROOT = os.path.dirname(HERE)
ORGS = [org_a, org_b, org_c, org_d, org_e]

ORG_INFO = {
    "A": ("みなと給与計算センター株式会社", "給与計算代行・社会保険手続き代行", "minato-payroll.example.co.jp"),
    "B": ("特定非営利活動法人 ともしびハウス", "生活困窮者・ホームレス支援NPO（シェルター運営）", "tomoshibi-house.example.or.jp"),
    "C": ("シークレスト・ホテルズ＆リゾーツ", "ホテルチェーンのセントラル予約・レベニューセンター（英語メールあり）", "seacrest-hotels.example.com"),
    "D": ("みどりが丘自動車教習所", "公安委員会指定 自動車教習所", "midorigaoka-ds.example.jp"),
    "E": ("医療法人社団 清流会 さくら台透析クリニック", "透析クリニック", "sakuradai-dialysis.example.jp"),
}
LOCS = ["body", "attachment", "quoted", "subject", "zip", "recipients"]


def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best


def order(mails):
    rng = random.Random(SEED)
    items = list(mails)
    for _ in range(200000):
        rng.shuffle(items)
        if max_run([m["expect"] for m in items]) <= 3 and max_run([m["_org"] for m in items]) <= 3:
            return items
    raise RuntimeError("no ordering found")


def main():
    all_mails = []
    for mod in ORGS:
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        all_mails += ms
    ordered = order(all_mails)

    out, meta = [], {}
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}
        rec = {"id": mid}
        for k, v in m.items():
            if not k.startswith("_"):
                rec[k] = v
        out.append(rec)

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(out, meta)
    print(f"wrote {len(out)} mails")


def write_readme(mails, meta):
    by_id = {m["id"]: m for m in mails}
    writers = {}
    for mid, mm in meta.items():
        frm = by_id[mid]["from"]
        writers.setdefault(mm["org"], {}).setdefault(mm["writer"], frm)

    L = []
    L.append("# eval-fresh100 — blind evaluation set (ids cv001–cv100)\n")
    L.append("100 synthetic outgoing business mails from five invented Japanese organisations, written")
    L.append("to measure an outbound DLP gateway blind. Each organisation sends 20 mails: 10 `hold`")
    L.append("(a careful compliance officer would want a supervisor to check them) and 10 `pass`")
    L.append("(`benign.*`, chosen to tempt a naive detector). All people, companies, addresses, phone")
    L.append("numbers (`0000` exchange) and identifiers are invented; all domains are `*.example.*` or")
    L.append("gmail.com / yahoo.co.jp / outlook.com for private persons.\n")
    L.append("Files: `fresh.json` (the set), `build/org_a.py`…`org_e.py` (one generator per organisation),")
    L.append("`build/common.py` (helpers: マイナンバー check digit, Luhn, Yamato/JAN numbers, quote markers),")
    L.append(f"`build/build.py` (fixed seed {SEED}; writes `fresh.json`, `build/meta.json`, this README),")
    L.append("`build/validate.py` (structural and labelling checks; prints `OK`).\n")
    L.append("Rebuild and check: `python3 build/build.py && python3 build/validate.py`.\n")

    L.append("## Organisations and writers\n")
    L.append("| Org | Name | Business | Domain | Writers (from) |")
    L.append("|---|---|---|---|---|")
    for o in "ABCDE":
        n, b, d = ORG_INFO[o]
        ws = "; ".join(f"`{k}`: {v.split(' <')[0]}" for k, v in writers[o].items())
        L.append(f"| {o} | {n} | {b} | {d} | {ws} |")
    L.append("")
    L.append("Writer styles: A — 坂口 (formal, ━ box signature), 村瀬 (short `--` signature), 大野 (sales, ***")
    L.append("box, URL); B — 石井 (warm case-worker tone, ― lines), 金子 (formal office, ---- lines), 大塚")
    L.append("(casual, English for overseas volunteers); C — Emily Tanaka (English), 小松 (reservation")
    L.append("centre, ＿ lines), 林 (group sales, one-line ｜ signature); D — 佐野 (=== box), 根本 (reception,")
    L.append("URL), 柴田 (corporate training, ---- box); E — 原田 (nurse manager, plain), 森本 (office")
    L.append("manager, ■ box), 上田 (clinical engineer, ── short).\n")

    L.append("## Where the risks sit (holds per location per organisation)\n")
    L.append("| Org | " + " | ".join(LOCS) + " | total |")
    L.append("|---|" + "---|" * (len(LOCS) + 1))
    for o in "ABCDE":
        cells = []
        tot = 0
        for loc in LOCS:
            ids = [mid for mid, mm in meta.items() if mm["org"] == o and mm["loc"] == loc]
            tot += len(ids)
            cells.append(f"{len(ids)} ({', '.join(ids)})")
        L.append(f"| {o} | " + " | ".join(cells) + f" | {tot} |")
    L.append("")
    L.append("Location meanings: `body` — the personal data is in the mail body above any quote;")
    L.append("`attachment` — only in an attachment (subject/body clean); `quoted` — only below the")
    L.append("quote/forward marker (the new text on top is clean); `subject` — only in the subject;")
    L.append("`zip` — an encrypted zip (PPAP, A/C/E) or a plain zip whose inner CSV holds a roster (B/D);")
    L.append("`recipients` — more than 10 visible outside addresses in To/CC (should have been BCC).\n")

    L.append("### All holds\n")
    L.append("| id | org | loc | kind | why |")
    L.append("|---|---|---|---|---|")
    for m in mails:
        if m["expect"] == "hold":
            mm = meta[m["id"]]
            L.append(f"| {m['id']} | {mm['org']} | {mm['loc']} | `{m['kind']}` | {m['why']} |")
    L.append("")

    L.append("## Tempting passes\n")
    L.append("| id | org | kind | why it passes |")
    L.append("|---|---|---|---|")
    for m in mails:
        if m["expect"] == "pass":
            L.append(f"| {m['id']} | {meta[m['id']]['org']} | `{m['kind']}` | {m['why']} |")
    L.append("")

    def find(kind):
        return next(m["id"] for m in mails if m["kind"] == kind)

    L.append("## Borderline calls\n")
    bl = [
        (find("sensitive.third_party_infection"),
         "hold: a nurse explains a schedule change to a patient's daughter and names the neighbouring "
         "patient who tested COVID-positive (third person's infection in a reply to a family member). "
         f"Contrast {find('benign.visiting_restriction_notice')} (pass): visiting restrictions with no names."),
        (find("sensitive.criminal_record_housing"),
         "hold: the NPO tells a private estate agent that an applicant served a sentence for theft — "
         "legitimate purpose (housing), but criminal record is 要配慮 and the landlord does not need it."),
        (find("id.residence_card"),
         "hold: a residence-card number sent to an administrative scrivener with the person's consent; "
         "the number itself is an identity number. Nationality alone would not be the reason."),
        (find("id.driver_license_number"),
         "hold: the driving school tells the employer (who paid for the course) the new licence number — "
         "a 12-digit number that is a driver's licence, not a マイナンバー (it is not labelled as one)."),
        (find("benign.tracking_number") + ", " + find("benign.tracking_jan_lot"),
         "pass: 12-digit Yamato tracking numbers that happen to satisfy the マイナンバー check digit; "
         f"{find('benign.tracking_jan_codes')} has one that does not."),
        (find("benign.dev_minutes_test_card"),
         "pass: test card 4111 1111 1111 1111 in booking-engine development minutes. Contrast "
         f"{find('id.card_number_phone_order')} (hold): a real customer's card from a phone order."),
        (find("benign.lecturer_own_fee_masked") + ", " + find("benign.guest_own_confirmation") + ", "
         + find("benign.applicant_own_invitation") + ", " + find("benign.data_subject_self") + ", "
         + find("benign.patient_own_schedule"),
         "pass: mails to the data subject themself (own fee with masked account, own booking with masked "
         "card, own enrolment invitation, own appointment, own dialysis schedule)."),
        (find("sensitive.infection_subject") + ", " + find("sensitive.diagnosis_subject"),
         "hold on the subject line alone: the body says only 「件名の方」 and carries no personal data."),
        (find("personal.resume_forward"),
         "hold even though the NPO says the person agreed: a résumé (address, phone, birth date, homelessness "
         "history) forwarded to a prospective employer."),
        (find("benign.project_six_addresses") + ", " + find("benign.corporate_meeting_six_addresses"),
         "pass: 6 visible outside addresses from 2 companies — far below the >10 threshold; the "
         "recipients holds use 12–13 addresses from different organisations or private persons."),
        (find("benign.system_outage_report") + ", " + find("benign.outage_malware_isolation"),
         "pass: many external recipients, but in BCC; 「障害」「感染」「隔離」 describe IT incidents."),
        (find("list.zip_user_cards") + ", " + find("list.zip_enrollees"),
         "hold: the zip is NOT encrypted; the risk is the roster inside (`archive.zip/inner.csv`). Plain "
         f"zips with templates, drafts or rate sheets ({find('benign.plain_zip_templates')}, "
         f"{find('benign.plain_zip_report_drafts')}, {find('benign.plain_zip_rate_sheets')}) pass."),
        (find("sensitive.health_subject"),
         "hold: a suspected colour-vision deficiency with the student's name in the subject, sent to an eye "
         "clinic for an appointment — health information about an identifiable person."),
    ]
    for ids, text in bl:
        L.append(f"- **{ids}** — {text}")
    L.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
