#!/usr/bin/env python3
"""Build blind set 42: collects the hand-written mails, shuffles them (no label run > 3),
assigns ids ap001..ap100 and writes ../fresh.json and ../README.md."""
import json, os, random, collections
import org_a_bank, org_b_hospice, org_c_detective, org_d_house, org_e_dm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ORGS = [
    ("A", "Kestrel Harbour Securities Co., Ltd., Tokyo Branch (investment bank)", "kestrelharbour.example.jp", org_a_bank,
     "Daniel Ashford (Head of HR), Mariko Sugawara (Client Services & Operations), Kenji Oyama (Compliance)"),
    ("B", "医療法人社団ゆうなぎ会 ゆうなぎ台病院 緩和ケア病棟 (hospice / palliative-care ward)", "yunagi-hp.example.jp", org_b_hospice,
     "村瀬 千尋 (ward head nurse), 川添 悠 (MSW), 小野寺 学 (administrator)"),
    ("C", "株式会社ミカゲ調査事務所 (licensed private investigation agency)", "mikage-research.example.jp", org_c_detective,
     "野々宮 誠 (director), 黒田 沙耶 (lead investigator), 三好 恵 (office/accounts)"),
    ("D", "株式会社ひだまりホームズ販売 (new-house sales agency)", "hidamari-homes.example.jp", org_d_house,
     "藤崎 航 (sales), 日比野 真央 (宅建士, contracts), 坂井 典子 (administration)"),
    ("E", "株式会社ハヤテ・メールサービス (DM fulfilment printer)", "hayate-dm.example.jp", org_e_dm,
     "岡部 拓真 (sales), 西條 玲奈 (prepress), 堤 翔太 (dispatch)"),
]

def max_run(seq):
    best = cur = 0; prev = None
    for x in seq:
        cur = cur + 1 if x == prev else 1
        prev = x; best = max(best, cur)
    return best

def main():
    mails = []
    for code, _, _, mod, _ in ORGS:
        for m in mod.MAILS:
            m = dict(m); m["org"] = code; mails.append(m)
    rng = random.Random(4242)
    while True:
        rng.shuffle(mails)
        if max_run([m["expect"] for m in mails]) <= 3:
            break
    out, idmap = [], {}
    for i, m in enumerate(mails, 1):
        mid = "ap%03d" % i
        idmap[m["key"]] = mid
        m["id"] = mid
        rec = {"id": mid}
        for k in ("expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"):
            if k in m:
                rec[k] = m[k]
        out.append(rec)
    with open(os.path.join(OUT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "idmap.json"), "w") as f:
        json.dump(idmap, f, indent=1)
    write_readme(mails, idmap)
    print("wrote", len(out), "mails")

def ids(ms):
    return ", ".join(sorted(m["id"] for m in ms)) or "-"

def write_readme(mails, idmap):
    holds = [m for m in mails if m["expect"] == "hold"]
    passes = [m for m in mails if m["expect"] == "pass"]
    L = []
    L.append("# Blind set 42: outbound business mail (ids ap001–ap100)\n")
    L.append("One hundred hand-written outgoing mails (50 `hold`, 50 `pass`) from five invented Japanese "
             "organisations, for evaluating the outbound DLP gateway. Written blind from the brief only. "
             "All people, addresses and numbers are synthetic.\n")
    L.append("## Organisations and writers\n")
    L.append("| Org | Sender organisation | Domain | Writers (fixed signatures) | Mails | Hold | Pass |")
    L.append("|---|---|---|---|---|---|---|")
    for code, name, dom, mod, writers in ORGS:
        ms = [m for m in mails if m["org"] == code]
        h = sum(m["expect"] == "hold" for m in ms)
        L.append(f"| {code} | {name} | {dom} | {writers} | {len(ms)} | {h} | {len(ms)-h} |")
    L.append("")
    L.append("Org A writes mostly in English (some mixed English/Japanese); orgs B–E write in Japanese.\n")
    L.append("## Where the risks sit (holds)\n")
    names = {"body": "In the body", "attachment": "Only in an attachment (body gives no data)",
             "quoted": "Only in a quoted or forwarded part", "subject": "Only in the subject line",
             "encrypted_zip": "Encrypted zip (PPAP)", "recipients": "More than 10 visible outside recipients (To)"}
    L.append("| Location | Count | Ids |")
    L.append("|---|---|---|")
    for loc in ("body", "attachment", "quoted", "subject", "encrypted_zip", "recipients"):
        ms = [m for m in holds if m["loc"] == loc]
        L.append(f"| {names[loc]} | {len(ms)} | {ids(ms)} |")
    L.append("")
    L.append("## Counts by kind\n")
    L.append("| Kind | Count | Ids |")
    L.append("|---|---|---|")
    c = collections.defaultdict(list)
    for m in mails:
        c[m["kind"]].append(m)
    for k in sorted(c, key=lambda k: (not k.startswith(("sensitive", "id", "list", "personal", "recipients", "attachment")), k)):
        L.append(f"| `{k}` | {len(c[k])} | {ids(c[k])} |")
    L.append("")
    g = lambda key: idmap[key]
    L.append("## How the passes were made tempting\n")
    L.append(f"""- **Names and heavy signatures everywhere**: successor introduction ({g('a17')}), meeting and reply chains naming partner staff ({g('a24')}, {g('c13')}), condolences to a client company on a public founder's death ({g('a18')}) and to a bereaved daughter about her own father's belongings ({g('b08')}), volunteers' names on a shift plan without contact data ({g('b04')}).
- **Corporate bank accounts and SWIFT**: settlement instructions ({g('a05')}), the developer's escrow account for a deposit ({g('d04')}), the agency's own 当座 account on an invoice ({g('c11')}), a printer's own account change ({g('e15')}).
- **Numbers that look like personal IDs but are not**: 法人番号 and LEI ({g('a23')}), 宅建業者 licence and 宅建士 registration numbers ({g('d03')}), 探偵業 registration number and case numbers ({g('c03')}, {g('c18')}), company-car registration numbers and a laptop serial ({g('c07')}, {g('c16')}), JAN codes and job numbers ({g('e03')}, {g('b19')}), Yamato tracking numbers of which `4724-6382-3897` ({g('d12')}) and `476251121332` ({g('e04')}) happen to pass the マイナンバー check digit.
- **Test card in development minutes**: `4242 4242 4242 4242` in client-portal UAT minutes ({g('a06')}). The Luhn-valid `4111 1111 1111 1111` is, in contrast, a banker's own card in a registration mail ({g('a07')}, hold).
- **障害 / 感染 / 隔離 for IT**: trading-gateway outage with EDR isolation ({g('a16')}), 電子カルテ outage ({g('b11')}), infected laptop ({g('c16')}), addressing-printer outage ({g('e14')}).
- **Health and disability only as aggregates or products**: 健康経営 statistics incl. 障害者雇用率 ({g('a21')}), ward annual statistics by cancer type ({g('b12')}), visiting restrictions without names ({g('b03')}), barrier-free house copy ({g('d09')}), supplement DM copy mentioning 糖尿病 as a legal wording issue ({g('e09')}).
- **Religion as a customer**: a temple contracting chaplaincy volunteers ({g('b14')}) and a temple's newsletter job ({g('e18')}).
- **Public, fictional and historical persons; company names with surnames; katakana product names**: morning note naming the BOJ governor and LDP candidates ({g('a20')}), an election candidate's campaign postcards ({g('e17')}), a mystery novel's fictional characters ({g('c04')}), historical and fictional detectives ({g('c15')}), 株式会社田中興産 / 佐藤・鈴木法律事務所 ({g('c11')}), care products 「ハナエ」「ミズキ」 ({g('b19')}), floor plans 「ハルカ」「ソウタ」 ({g('d17')}), dummy proof addresses 見本 太郎 ({g('e12')}).
- **Mails to the data subject themself**: a patient's own cost estimate ({g('b17')}), a client's own receipt ({g('c18')}), a buyer's own contract confirmation with a masked account ({g('d15')}), a consented employment verification with dates and title only ({g('a02')}).
- **Plain zips**: pitch book ({g('a15')}), floor plans ({g('d08')}), artwork ({g('e06')}).
- **Mass mails in Bcc**: investor webinar ({g('a09')}), visiting restrictions ({g('b03')}), bereavement gathering ({g('b09')}), open house ({g('d14')}), price revision ({g('e08')}).
- **Project mails with six visible addresses from two companies**: deal team and law firm ({g('a10')}), agency and developer ({g('d11')}).
""")
    L.append("## Borderline calls and how they were decided\n")
    L.append(f"""- **Volunteer shift plan ({g('b04')}) = pass.** Several names together, but only surnames with a day of the week, no address, phone or birth date, sent to the volunteers' own association; rule 3 needs contact or profile data.
- **Note to a bereaved daughter ({g('b08')}) = pass.** It names her late father and his death but no diagnosis, and goes to the family member who is the next of kin. Contrast {g('b02')} (hold): a reply to a family member that names *another* patient's norovirus infection.
- **Funeral-home reply ({g('b13')}) = hold.** The new text is a one-liner; the quoted earlier message gives the deceased patient's Catholic faith and MRSA carriage. Religion is 要配慮 and the quote leaves with the mail.
- **Loan pre-screening ({g('d01')}) and 団信 consultation ({g('d19')}) = hold** although the bank is the usual partner: a driver's licence number with debts, and a named buyer's heart attack and diabetes, respectively. Legitimate purpose does not lift rules 1–2.
- **Residence-card mail ({g('d13')}) = hold** because of the residence-card number (rule 2); nationality alone would not have decided it.
- **Referral to a partner agency ({g('c17')}) = hold** even though the mail says the inquirer consented: one person's full contact and family dispute re-sent to a third party (rule 4).
- **Location result to a lawyer ({g('c01')}) and subject-only address ({g('c10')}) = hold**: an identifiable person's new address and phone leaving the agency, whatever the legal purpose.
- **Returning corrected address data to the client who owns it ({g('e01')}, {g('e02')}) = hold**: they are rosters of private persons with addresses; the data owner being the recipient does not remove the need for a check under rule 3.
- **Masked card `4111 **** **** 1111` in {g('e11')}** would be harmless, but the same quoted sample carries an unmasked `5555 5555 5555 4444` for a named member, so the mail is held as `id.card`.
- **Payslip ({g('d18')}) = hold**: attached to an unrelated invoice mail to the ad agency (wrong party); the body says nothing about it.
- **Supplement DM copy ({g('e09')}) = pass**: 「山本さん（62歳）」 is a testimonial placeholder with no identifying detail; the mail is about wording.
- **Dummy proof addresses ({g('e12')}) = pass**: 〒000-0000 / 見本 太郎 are obvious placeholders.
""")
    L.append("## Rebuild\n")
    L.append("""```
cd build
python3 build.py      # writes ../fresh.json, ../README.md and build/idmap.json
python3 validate.py   # checks counts, ids, label runs, personal substrings, check digits, recipients, zips
```

The mails are written by hand in `build/org_a_bank.py` … `build/org_e_dm.py` (one Python dict per mail, with an
internal key and risk location that are not exported). `build.py` shuffles them with a fixed seed until no more than
three mails with the same label come in a row, then numbers them.
""")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
