"""Build fresh.json, build/meta.json and README.md for the cn (eval-fresh92) set.

Run:  python3 build/build.py      (from the set folder or anywhere)
The order is fixed by SEED; hold and pass alternate in irregular runs of 1-3.
"""
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import common  # noqa: E402
import org_a, org_b, org_c, org_d, org_e  # noqa: E402

SEED = 9292
ORGS = [org_a, org_b, org_c, org_d, org_e]
LOCS = ["body", "attachment", "quoted", "subject", "zip", "recipients"]


def run_lengths(rng, total, k):
    """k parts of 1..3 summing to total, random but fixed by rng."""
    parts = [2] * k
    diff = total - sum(parts)
    while diff != 0:
        i = rng.randrange(k)
        if diff > 0 and parts[i] < 3:
            parts[i] += 1
            diff -= 1
        elif diff < 0 and parts[i] > 1:
            parts[i] -= 1
            diff += 1
    # add irregularity: random transfers that keep the sum
    for _ in range(4 * k):
        i, j = rng.randrange(k), rng.randrange(k)
        if i != j and parts[i] < 3 and parts[j] > 1:
            parts[i] += 1
            parts[j] -= 1
    return parts


def order(mails, rng):
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    rng.shuffle(holds)
    rng.shuffle(passes)
    k = 24
    hr = run_lengths(rng, len(holds), k)
    pr = run_lengths(rng, len(passes), k)
    first_hold = rng.random() < 0.5
    out = []
    hi = pi = 0
    for r in range(k):
        seq = [("h", hr[r]), ("p", pr[r])] if first_hold else [("p", pr[r]), ("h", hr[r])]
        for which, n in seq:
            if which == "h":
                out.extend(holds[hi:hi + n]); hi += n
            else:
                out.extend(passes[pi:pi + n]); pi += n
    assert hi == len(holds) and pi == len(passes)
    return out


PUBLIC_KEYS = ["id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
               "attachments", "personal"]


def main():
    rng = random.Random(SEED)
    mails = []
    for mod in ORGS:
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        mails.extend(ms)
    ordered = order(mails, rng)

    fresh, meta, tag2id = [], {}, {}
    for i, m in enumerate(ordered, 1):
        mid = f"{common.PREFIX}{i:03d}"
        m["id"] = mid
        tag2id[m["_tag"]] = mid
        fresh.append({k: m[k] for k in PUBLIC_KEYS if k in m})
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(fresh, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(ordered, tag2id))
    print(f"wrote {len(fresh)} mails")


# ---------------------------------------------------------------- README
def readme(ordered, T):
    L = []
    w = L.append
    w("# eval-fresh92 — blind evaluation set of outgoing business mail (ids `cn001`–`cn100`)\n")
    w("A synthetic set of 100 outgoing mails from five invented Japanese organisations, written "
      "blind (from the brief only) to measure an outbound DLP gateway. 50 mails should be held "
      "for a supervisor's check (`hold`), 50 should go through (`pass`). All people, companies, "
      "addresses and numbers are invented; phones use a `0000` exchange and every domain is "
      "`*.example.*` or a private webmail domain (gmail.com / yahoo.co.jp / outlook.com).\n")
    w("Files: `fresh.json` (the set), `build/org_a.py`…`org_e.py` (one generator per organisation), "
      "`build/common.py` (helpers: check digits, mail assembly), `build/build.py` (fixed seed "
      f"{SEED}; writes `fresh.json`, `build/meta.json` and this README), `build/validate.py` "
      "(structural checks; prints `OK`).\n")

    w("## Organisations and writers\n")
    w("| Org | Sender organisation | Domain | Writers (signature style) |")
    w("|---|---|---|---|")
    styles = {
        "A1": "━ rule box, Japanese", "A2": "dashed box with a campaign line", "A3": "English `--` block",
        "B1": "English `--` block, bilingual name", "B2": "English, \"Best, Priya\" + status page",
        "B3": "Japanese ―― block, bilingual name",
        "C1": "― box with full hospital address", "C2": "short ＊＊＊ block with extension",
        "C3": "─ box with reception hours",
        "D1": "・・・ dotted box with mobile", "D2": "dashed box with a reply note",
        "D3": "＝ box, direct line",
        "E1": "dashed box with the security-business licence number", "E2": "＊ box",
        "E3": "━ box with the 24-hour control centre",
    }
    for mod in ORGS:
        ws = "; ".join(f"{x.key} {x.name} – {styles[x.key]}" for x in mod.WRITERS)
        w(f"| {mod.ORG} | {mod.NAME} | `{mod.DOM}` | {ws} |")
    w("")
    w("Languages: org B (SaaS) writes mostly in English (minutes, support, finance, invitations) "
      "and in Japanese to Japanese partners; the hotel's guest-relations manager (A3) writes English "
      "to overseas partners; the others write Japanese business mail.\n")

    w("## Where the risks sit (holds per location per organisation)\n")
    cnt = defaultdict(Counter)
    for m in ordered:
        if m["expect"] == "hold":
            cnt[m["_org"]][m["_loc"]] += 1
    w("| Org | " + " | ".join(LOCS) + " | total |")
    w("|---|" + "---|" * (len(LOCS) + 1))
    for mod in ORGS:
        c = cnt[mod.ORG]
        w(f"| {mod.ORG} | " + " | ".join(str(c[l]) for l in LOCS) + f" | {sum(c.values())} |")
    tot = Counter()
    for c in cnt.values():
        tot.update(c)
    w("| all | " + " | ".join(str(tot[l]) for l in LOCS) + f" | {sum(tot.values())} |")
    w("")
    w("Location meanings: `body` = in the writer's own text; `attachment` = only in an attached "
      "file's text (subject/body clean); `quoted` = only below the quote/forward marker; "
      "`subject` = only in the subject line; `zip` = an encrypted zip (PPAP) or a plain zip whose "
      "inner CSV carries the data; `recipients` = more than 10 visible outside addresses in To/CC.\n")

    w("## All mails\n")
    w("| id | org | writer | expect | kind | loc | subject |")
    w("|---|---|---|---|---|---|---|")
    for m in ordered:
        subj = m["subject"].replace("|", "\\|")
        w(f"| {m['id']} | {m['_org']} | {m['_writer']} | {m['expect']} | `{m['kind']}` | {m['_loc']} | {subj} |")
    w("")

    w("## Tempting passes\n")
    tp = [
        ("b_dev_minutes_testcard", "Luhn-valid public test card `4111 1111 1111 1111` in sprint minutes sent to an offshore contractor."),
        ("a_lost_item_tracking", "12-digit Yamato slip number `4576-8423-6962` that also passes the マイナンバー check digit (mail to the guest himself)."),
        ("d_documents_tracking", "Yamato slip `4702-8273-3605` also passes the マイナンバー check digit; the second slip does not."),
        ("d_corporate_number", "13-digit 法人番号 (valid check digit) on a loan application."),
        ("d_takken_license", "宅建業者 licence and 宅建士 registration numbers plus a 法人番号."),
        ("c_supplies_jan", "JAN/EAN-13 codes in a supplies order."),
        ("c_treadmill_serial", "Serial, asset and maintenance-contract numbers."),
        ("e_camera_serials", "Camera serial numbers."),
        ("e_vehicle_numbers", "Company vehicle plates (also appear next to licence numbers in a hold)."),
        ("b_release_hashes", "SHA-256 checksums and build serials."),
        ("b_malware_quarantine", "感染・隔離 used for malware on a laptop, with an IoC hash."),
        ("b_incident_report", "障害報告 for a notification delay."),
        ("c_ehr_outage", "電子カルテの障害 delaying reports."),
        ("e_alarm_outage", "機械警備システムの通信障害."),
        ("a_pms_outage", "予約システム障害; the partner list is in BCC, so no visible outside recipients."),
        ("c_visiting_restriction", "面会制限 with no names; partner facilities in BCC."),
        ("c_vaccination_schedule", "Staff vaccination schedule with head counts only."),
        ("c_genome_policy", "Genome-test handling policy for a research collaboration, no individual results."),
        ("b_health_mgmt_stats", "健康経営 aggregates (stress-check rates, two people on mental-health leave without any identifying detail)."),
        ("e_disability_rate", "障害者雇用率 aggregates for an industry survey."),
        ("e_heatstroke_stats", "Heat-stroke counts."),
        ("c_para_sports", "Para-sports event with counts of wheelchair users and visually impaired participants."),
        ("a_group_counts_en", "Counts of vegetarian/halal meals for an overseas group without names (contrast with the named dietary list hold)."),
        ("a_temple_banquet", "宗教法人 as a banquet customer."),
        ("d_temple_deposit", "宗教法人 as a borrower."),
        ("e_candidate_speech", "A named election candidate's public street speech."),
        ("a_sanada_plan", "Historical persons (真田信繁, 豊臣秀頼, 淀殿)."),
        ("d_surname_companies", "Company names containing surnames (佐藤精機, 田中工業, 鈴木螺子製作所, レストラン森田)."),
        ("a_site_inspection", "Company name オオタ化学 and its president 太田 in a meeting arrangement with heavy signatures."),
        ("b_product_names", "Katakana product names ハルカ・ソウタ・ミオ that look like given names."),
        ("a_confirmation_self", "Reservation confirmation to the guest herself with a masked card."),
        ("b_offer_welcome", "Onboarding invitation to the offer holder himself (mentions マイナンバーカード without a number)."),
        ("c_lecturer_fee", "A lecturer's own fee with a masked account."),
        ("e_employment_verification", "Employment verification with consent: dates and title only."),
        ("a_conference_invoice", "Corporate bank account on an invoice (with a T-number)."),
        ("b_swift_invoice", "Corporate SWIFT and account details."),
        ("d_corp_account_change", "A company's current account change."),
        ("d_masked_card", "Masked corporate card numbers."),
        ("a_plain_zip_layout", "Plain (unencrypted) zip with floor plan and run sheet."),
        ("e_plan_plain_zip", "Plain zip with a security plan."),
        ("b_kickoff_six", "Project mail with 6 visible addresses from 2 companies."),
        ("c_condolence", "Condolences naming a partner clinic's late former director."),
        ("a_successor", "Successor introduction."), ("d_successor", "Successor introduction."),
        ("b_renewal_chain", "English reply chain naming partner staff with signatures."),
        ("e_fes_reply_chain", "Four-level reply chain with partner staff and phone numbers in signatures."),
        ("d_seminar_minutes", "Minutes naming commerce-association staff."),
        ("d_congratulations", "Congratulations on a new factory."),
        ("e_patrol_report", "Patrol report with a found wallet handed to police (no owner data)."),
    ]
    for tag, desc in tp:
        w(f"- **{T[tag]}** — {desc}")
    w("")

    w("## Borderline calls\n")
    bl = [
        ("c_roommate_covid", "hold",
         "Reply to a patient's son explaining why rehab stopped; it names the room-mate who tested positive for COVID-19 (third person's infection). The son's own mother being a close contact alone would have been fine."),
        ("e_guard_arrest", "hold",
         "Telling the client why a guard was replaced is legitimate, but naming him and his arrest/detention on suspicion of assault is criminal-proceedings data. Saying only 'for personal reasons' would pass."),
        ("e_health_check_quoted", "hold",
         "The writer's own text is harmless; the forwarded internal note carries the guard's blood pressure, suspected atrial fibrillation and the doctor's work restriction."),
        ("e_employment_verification", "pass",
         "With the person's written consent, only dates and last title are disclosed, and other items are explicitly refused."),
        ("c_rtw_employer", "hold",
         "Return-to-work information to the patient's employer is sent with the patient's consent and a legitimate purpose, but it is 要配慮 (higher brain dysfunction, IQ scores) sent outside, so it is held for a check."),
        ("c_discharge_caremanager", "hold",
         "Routine discharge coordination with a care manager; still diagnoses and a dementia score about a named patient."),
        ("a_guest_mi", "hold",
         "Informing the trip organiser is reasonable, but the named guest's diagnosis (acute myocardial infarction) does not need to be in the mail."),
        ("a_dietary_xlsx", "hold",
         "A caterer needs meal requirements, but the list ties names to coeliac disease, diabetes, anaphylaxis, pregnancy and religion (Jain, Muslim, Kosher). Compare the aggregate-only pass."),
        ("a_group_counts_en", "pass",
         "Same kind of information as counts only; the operator is told to send names through the extranet, not by mail."),
        ("d_direct_debit_kg", "hold",
         "The kindergarten is the direct-debit originator, but a parent's personal account number and holder name are sent to it by mail."),
        ("d_misdirected_subject", "hold",
         "Only the subject line carries the wrong-transfer recipient's name and account number; the body is clean."),
        ("b_health_mgmt_stats", "pass",
         "Mentions two employees on mental-health leave, but as a count with department and timing deliberately withheld."),
        ("e_dependent_subject", "hold",
         "Subject-only: an employee's newborn's 個人番号 to the 社労士 (a legitimate purpose, still an ID number by mail)."),
        ("b_dev_minutes_testcard", "pass",
         "The same public test number would be held if presented as a customer's card; here the context is sandbox fixtures."),
        ("e_vehicle_permit_licence", "hold",
         "Colleagues' driver's-licence numbers for a site entry permit; the vehicle plates in the same mail are not personal."),
    ]
    for tag, exp, desc in bl:
        w(f"- **{T[tag]}** (`{exp}`) — {desc}")
    w("")
    w("Numbers: every labelled マイナンバー/個人番号 has a valid check digit; every full card number "
      "on a hold passes Luhn; two pass-side Yamato slip numbers satisfy both the Yamato mod-7 rule and "
      "the マイナンバー check digit on purpose. By chance, two of the three driver's-licence numbers in "
      f"{T['e_vehicle_permit_licence']} (a hold anyway) also satisfy the マイナンバー check digit; they are "
      "labelled 運転免許証番号, not マイナンバー.\n")
    w("validate.py checks everything the brief lists, and in addition that every phone number uses a "
      "0000 (or 000) exchange, that bare domains in texts are allowed, that body holds carry a personal "
      "value in the writer's own text, and that meta.json agrees with fresh.json.\n")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
