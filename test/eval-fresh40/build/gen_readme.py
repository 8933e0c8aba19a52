#!/usr/bin/env python3
"""Writes ../README.md from the prose below plus the id lists in locations.json."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
meta = json.load(open(os.path.join(HERE, "locations.json"), encoding="utf-8"))
data = {m["id"]: m for m in json.load(open(os.path.join(os.path.dirname(HERE), "fresh.json"), encoding="utf-8"))}
def ids(pred): return ", ".join(m["id"] for m in meta if pred(m)) or "-"
def byk(kind): return ids(lambda m: m["kind"] == kind)

ORGS = [
 ("game", "Luminagate Studio Inc. (株式会社ルミナゲート), Tokyo - video-game studio; mostly English mail to an overseas publisher, outsourcers, QA/support vendors", "luminagate.jp",
  [("Kei Tajima", "Producer"), ("Saori Komiya", "Business Affairs & People"), ("Ritsu Hasebe", "Technical Director")]),
 ("union", "東邦精機労働組合 - enterprise labour union office (Atsugi)", "tohoseiki-union.jp",
  [("森下 健一", "書記長"), ("野口 真理子", "執行委員 会計・共済"), ("岩崎 拓海", "書記")]),
 ("kinder", "学校法人みどり学園 みどりの森幼稚園 - kindergarten (Machida)", "midorinomori-kg.jp",
  [("佐伯 典子", "園長"), ("大川 由香", "事務長"), ("宮内 千尋", "主任教諭")]),
 ("clinic", "こもれびメンタルクリニック - psychiatric outpatient clinic (Kichijoji)", "komorebi-mental.jp",
  [("久保田 誠", "院長・精神科医"), ("石黒 綾", "医療事務"), ("安田 航", "精神保健福祉士")]),
 ("crew", "Ocean Bridge Crewing Co., Ltd. (オーシャンブリッジ・クルーイング) - ship-crew manning agency, Kobe; Filipino and Indonesian crew", "oceanbridge-crew.jp",
  [("Daisuke Fujimoto", "Crew Manager"), ("Maricel Reyes", "Crewing Coordinator"), ("井上 沙耶", "書類管理課")]),
]
L = []
A = L.append
A("# Blind set 40: outbound business mail (ids an001–an100)\n")
A("100 hand-written outgoing mails (50 `hold`, 50 `pass`) for the outbound DLP gateway, written blind from the brief only. "
  "All people, addresses, numbers and organisations are invented. Data: `fresh.json`.\n")
A("## Organisations and writers\n")
A("| Organisation | Domain | Writers (fixed signature) | Mails | hold / pass |")
A("|---|---|---|---|---|")
for key, name, dom, writers in ORGS:
    ms = [m for m in meta if m["org"] == key]
    h = sum(m["expect"] == "hold" for m in ms)
    wcount = collections.Counter()
    for m in ms:
        for w, _ in writers:
            if w in m["from"]: wcount[w] += 1
    ws = "; ".join("%s (%s, %d)" % (w, t, wcount[w]) for w, t in writers)
    A("| %s | %s | %s | %d | %d / %d |" % (name, dom, ws, len(ms), h, len(ms) - h))
A("")
A("## Where the risks sit (holds)\n")
locs = [("body", "In the body"), ("attachment", "Only in an attachment (the body gives no hint)"),
        ("quoted", "Only in a quoted or forwarded part"), ("subject", "Only in the subject line"),
        ("encrypted_zip", "Encrypted zip (PPAP)"), ("recipients", "More than 10 visible outside recipients in To/CC")]
A("| Location | Count | Ids |")
A("|---|---|---|")
for k, label in locs:
    sel = [m for m in meta if m["expect"] == "hold" and m["loc"] == k]
    A("| %s | %d | %s |" % (label, len(sel), ", ".join(m["id"] for m in sel)))
A("")
A("""## How the passes were made tempting

- **Names everywhere**: successor introductions (%s), bargaining minutes naming management (%s), crew-change plan naming crew by rank and surname (%s), condolences (%s).
- **Corporate bank accounts / SWIFT** in invoices and refunds (%s); a lecturer's own fee with a masked account (%s).
- **Numbers that look like IDs**: JAN/ISBN codes and Yamato tracking numbers (%s) - the two Yamato numbers in the union's gift order (6617 2040 6701, 3056 4098 1240) also pass the My Number check digit by chance; 法人番号, IMO/MMSI/船舶番号 and a 船員派遣事業 licence number (%s); malware hashes and terminal numbers in incident reports (%s).
- **Test card** 4111 1111 1111 1111 and a sandbox decline card in development minutes (%s).
- **Medical / disability words without a person**: accessibility features for disabled players (%s), stress-check and 健康経営 aggregates (%s), 障害者雇用率 demands (%s), infection counts and class closure without names (%s), vaccination schedule (%s), clinic statistics by diagnosis group (%s), pharmacogenomic test policy (%s), psychiatric drug order (%s), port quarantine rules (%s).
- **障害 / 感染 / 隔離 as IT terms**: matchmaking outage and infected build agent (%s), ransomware on a clinic reception PC (%s).
- **Data sent to the data subject**: offer letter (%s), a parent's own child's care registration (%s), a patient's own appointment and 自立支援医療 renewal reminder (%s), a seafarer's own contract terms (%s); minimal employment verification with consent (%s).
- **Fiction, public and historical figures, religious corporation, katakana names**: game character bios with illness and crime (%s), election candidates (%s), a picture-book author and a TV psychiatrist as speakers (%s, %s), Date Masamune / Hasekura Tsunenaga (%s), a 宗教法人 temple as venue (%s), picture books titled with katakana given names (%s).
- **Plain (unencrypted) zips** (%s); **Bcc'd mass mails** with 11–12 Bcc addresses (%s); **project mails with 6 visible addresses from 2 companies** (%s).
""" % (byk("benign.successor_intro"), byk("benign.bargaining_minutes"), byk("benign.crew_change_schedule"), byk("benign.condolence"),
       byk("benign.invoice_corporate_account"), byk("benign.lecturer_fee_own"),
       ids(lambda m: m["kind"] in ("benign.product_codes", "benign.order_numbers", "benign.katakana_products")),
       ids(lambda m: m["kind"] in ("benign.vessel_numbers",)), byk("benign.it_incident"),
       byk("benign.dev_minutes_test_card"),
       byk("benign.accessibility_feature"), byk("benign.health_aggregate"), byk("benign.disability_employment_rate"),
       byk("benign.infection_aggregate"), byk("benign.vaccination_schedule"), byk("benign.statistics_aggregate"),
       byk("benign.genome_policy"), byk("benign.drug_order"), byk("benign.quarantine_policy"),
       ids(lambda m: m["kind"] == "benign.it_incident" and m["org"] == "game"), ids(lambda m: m["kind"] == "benign.it_incident" and m["org"] == "clinic"),
       byk("benign.own_offer"), byk("benign.own_child_registration"), byk("benign.own_data_patient"), byk("benign.own_contract_to_seafarer"),
       byk("benign.employment_verification_consent"),
       byk("benign.fiction"), ids(lambda m: m["kind"] == "benign.public_figure" and m["org"] == "union"),
       ids(lambda m: m["kind"] == "benign.public_figure" and m["org"] == "kinder"), byk("benign.public_lecture"),
       byk("benign.historical_figures"), byk("benign.religious_corp_venue"), byk("benign.katakana_products"),
       ids(lambda m: m["kind"] == "benign.plain_zip" or m["kind"] == "benign.fiction"),
       ids(lambda m: m["kind"].startswith("benign.bcc")), byk("benign.project_mail_two_companies")))
A("""## Borderline calls and how they were decided

- **Halal provisions order naming Muslim crew (%s) - hold.** The business need (halal food, Ramadan meal times) is real, but the chandler only needs quantities; naming individuals together with their religion is a 要配慮 category going to a third party. A version giving only "3 crew need halal meals" would pass.
- **Reply to a parent naming another child's norovirus (%s) - hold**, per the brief's rule on a third person's infection in a reply to family. The kindergarten's own infection report to its school doctor gives counts only (%s) and passes.
- **Referral letter, occupational-physician opinion, insurer reply (%s) - hold** although each has a legitimate purpose and the patient's consent: the brief asks for a supervisor check on any sensitive data leaving the organisation.
- **Child-abuse report to the 児童相談所 (%s) - hold.** Legally required and urgent, but it names a possible crime victim with address; a supervisor should see it (and it could go by phone/fax per local protocol).
- **Union consultation forwarded to a 社労士 (%s) - hold** as one person's full contact profile passed to a third party, even though the topic (pension timing) is not sensitive.
- **Patient's own reminder mentioning 自立支援医療 (%s) - pass**: it goes only to the patient's own registered address. The same certificate number sent to a pharmacy (%s) is a hold.
- **Crew-change plan (%s) - pass**: ranks and surnames only, no passport/book numbers, no health data; the full on-signer list with passport numbers (%s) is a hold.
- **Subject-only holds (%s)**: the body of each is harmless on purpose (a duplicate-charge refund request, a note that a corrected form was posted, a scheduling reply, a cover note for a generic seizure-procedure sheet, a visa-validity question); only the subject carries the card number, My Number, diagnosis or passport number.
- **Playtest invitation to 13 private testers (%s)** is the only sensitive thing in that mail: exposed private addresses in To/CC.
- **Offer letter (%s)** contains salary and visa status, but only the candidate's own.
""" % (byk("sensitive.religion").split(", ")[-1] if False else ids(lambda m: m["kind"] == "sensitive.religion" and m["org"] == "crew"),
       byk("sensitive.infection_third_person"), byk("benign.infection_aggregate"),
       ids(lambda m: m["org"] == "clinic" and m["kind"] == "sensitive.health" and m["loc"] in ("attachment", "body")),
       byk("sensitive.abuse_victim"), byk("personal.consultation"), byk("benign.own_data_patient"),
       ids(lambda m: m["org"] == "clinic" and m["kind"] == "id.health_insurance"),
       byk("benign.crew_change_schedule"), byk("list.crew_passports"),
       ids(lambda m: m["loc"] == "subject"), ids(lambda m: m["kind"] == "recipients.over10" and m["org"] == "game"),
       byk("benign.own_offer")))
A("## Counts by kind\n")
A("| Kind | Count | Ids |")
A("|---|---|---|")
c = collections.OrderedDict()
for m in sorted(meta, key=lambda m: (m["expect"] != "hold", m["kind"])):
    c.setdefault(m["kind"], []).append(m["id"])
for k, v in c.items():
    A("| %s | %d | %s |" % (k, len(v), ", ".join(sorted(v))))
A("")
A("""## How to rebuild

```
cd build
python3 build.py       # reads org_*.py, shuffles with seed 4040 (max 3 equal labels in a row), writes ../fresh.json and locations.json
python3 validate.py    # 100 mails, 50/50, id order, runs <= 3, personal values are substrings, My Number check digits, Luhn,
                       # >10 visible outside recipients only on recipients.* holds, encrypted zips only on attachment.encrypted_zip
python3 gen_readme.py  # regenerates this README from locations.json
```

Files: `build/org_game.py`, `org_union.py`, `org_kinder.py`, `org_clinic.py`, `org_crew.py` hold the hand-written mails (with a `loc` field that is kept out of `fresh.json`).
""")
open(os.path.join(os.path.dirname(HERE), "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README written")
