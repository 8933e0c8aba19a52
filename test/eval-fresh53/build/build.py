"""Build eval-fresh53: fresh.json, build/meta.json and README.md.

Run:  cd build && python3 build.py && python3 validate.py
"""
import json
import os
import random
import re
from collections import Counter, OrderedDict

import org_a_school
import org_b_cityhall
import org_c_vet
import org_d_wedding
import org_e_ses

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "ba"

ORGS = OrderedDict([
    ("A", ("Sakuragaoka International School（桜ヶ丘インターナショナルスクール）– admissions, registrar and pastoral office", org_a_school)),
    ("B", ("青葉台市役所 市民部 税務課・納税課（city hall tax division）", org_b_cityhall)),
    ("C", ("みどりの森動物病院グループ（veterinary hospital group; owners are customers）", org_c_vet)),
    ("D", ("ラ・ルミエール迎賓館 / 株式会社ルミエールブライダル（wedding and banquet venue）", org_d_wedding)),
    ("E", ("株式会社ネクストリンク・テクノロジーズ（IT staffing / SES）", org_e_ses)),
])

WRITERS = {
    "A": [("Emily Carter", "Director of Admissions (English, long bilingual signature with disclaimer)"),
          ("Saori Morimoto（森本 沙織）", "Registrar; writes Japanese to local vendors and English to families"),
          ("Daniel Okafor", "Head of Pastoral Care (Grades 6–12), English")],
    "B": [("小野寺 健一", "税務課 市民税係 主査（long official signature）"),
          ("川端 由美", "納税課 滞納整理係 主任"),
          ("西村 拓也", "税務課 資産税係 技師（家屋担当）")],
    "C": [("佐伯 誠", "院長・獣医師（long signature with hours and night emergency line）"),
          ("長谷川 美穂", "受付・お客様サービス担当"),
          ("岡田 亮介", "本部 総務経理課")],
    "D": [("青山 千夏", "ウェディングプランナー（decorated signature）"),
          ("松田 浩二", "宴会営業部 マネージャー"),
          ("藤井 玲子", "管理部 経理課")],
    "E": [("三浦 大輔", "営業 アカウントマネージャー（signature with staffing licence numbers）"),
          ("高田 結衣", "管理部 人事労務"),
          ("石原 翔", "技術部 プロジェクトリーダー（JP/EN）")],
}


def collect():
    allm = []
    for org, (_, mod) in ORGS.items():
        ms = mod.mails()
        assert len(ms) == 20, (org, len(ms))
        for m in ms:
            m["_org"] = org
        allm.extend(ms)
    return allm


def max_run(seq):
    best = cur = 1
    for a, b in zip(seq, seq[1:]):
        cur = cur + 1 if a == b else 1
        best = max(best, cur)
    return best


def order(allm):
    rng = random.Random(53)
    items = list(allm)
    for _ in range(200000):
        rng.shuffle(items)
        if max_run([m["expect"] for m in items]) > 3:
            continue
        if max_run([m["_org"] for m in items]) > 2:
            continue
        return items
    raise SystemExit("could not find an ordering")


def is_english(m):
    body = m["subject"] + m["text"]
    ascii_letters = sum(1 for c in body if c.isascii() and c.isalpha())
    cjk = sum(1 for c in body if "\u3040" <= c <= "\u9fff")
    return ascii_letters > 4 * cjk


def main():
    allm = collect()
    ordered = order(allm)
    key2id = {}
    out, meta = [], OrderedDict()
    for i, m in enumerate(ordered, 1):
        mid = f"{PREFIX}{i:03d}"
        key2id[m["_key"]] = mid
        rec = OrderedDict()
        rec["id"] = mid
        for k in ["expect", "kind", "why", "from", "to", "cc", "bcc", "subject",
                  "text", "attachments", "personal"]:
            if k in m:
                rec[k] = m[k]
        out.append(rec)
        meta[mid] = {"org": m["_org"], "writer": m["_writer"], "loc": m["_loc"]}

    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(ordered, key2id)
    eng = sum(1 for m in ordered if is_english(m))
    print(f"wrote {len(out)} mails; English mails: {eng}")


def ids(keys, key2id):
    return ", ".join(key2id[k] for k in keys)


def write_readme(ordered, key2id):
    K = lambda k: key2id[k]  # noqa: E731
    byid = sorted(ordered, key=lambda m: key2id[m["_key"]])
    L = []
    L.append("# eval-fresh53 — blind evaluation set (ids ba001–ba100)\n")
    L.append("100 outgoing business mails written blind from the brief only (no source, policies, "
             "dictionaries or other sets were read). 50 `hold`, 50 `pass`; 20 mails per "
             "organisation (10 hold / 10 pass). All people, addresses and numbers are synthetic; "
             "domains are `*.example.*` or free-mail for private persons.\n")
    L.append("Files: `fresh.json` (the set), `build/` (one generator per organisation, `common.py`, "
             "`build.py`, `validate.py`, `meta.json`). Rebuild with `cd build && python3 build.py && python3 validate.py`.\n")

    L.append("## Organisations and writers\n")
    L.append("| Org | Sender organisation | Domain | Writers (role) |")
    L.append("|---|---|---|---|")
    doms = {"A": org_a_school.DOM, "B": org_b_cityhall.DOM, "C": org_c_vet.DOM,
            "D": org_d_wedding.DOM, "E": org_e_ses.DOM}
    for org, (desc, _) in ORGS.items():
        w = "; ".join(f"{n} — {r}" for n, r in WRITERS[org])
        L.append(f"| {org} | {desc} | {doms[org]} | {w} |")
    L.append("")
    eng = [key2id[m["_key"]] for m in byid if is_english(m)]
    L.append(f"Language: the school (A) writes mostly in English, as the task asked; a few mails of the "
             f"other organisations are English too (foreign residents, owners, couples, offshore partners). "
             f"{len(eng)} mails are mainly English: {', '.join(eng)}. Several others mix Japanese and English.\n")

    L.append("## Where the risks sit (holds)\n")
    locs = Counter(m["_loc"] for m in ordered if m["expect"] == "hold")
    L.append("Location counts: " + ", ".join(f"{k} {v}" for k, v in sorted(locs.items())) + ".\n")
    L.append("| id | org | loc | kind | what makes it a hold |")
    L.append("|---|---|---|---|---|")
    for m in byid:
        if m["expect"] == "hold":
            L.append(f"| {key2id[m['_key']]} | {m['_org']} | {m['_loc']} | {m['kind']} | {m['why']} |")
    L.append("")

    L.append("## How the passes were made tempting\n")
    L.append("| id | org | kind | temptation and why it still passes |")
    L.append("|---|---|---|---|")
    for m in byid:
        if m["expect"] == "pass":
            L.append(f"| {key2id[m['_key']]} | {m['_org']} | {m['kind']} | {m['why']} |")
    L.append("")

    L.append("## Borderline calls and how they were decided\n")
    bl = [
        f"- **Colleague's infection vs. '体調不良'.** Reception telling an owner's wife that the named vet "
        f"\"was diagnosed with COVID-19\" is `hold` ({K('C-h2')}); an SES leader telling the client that an "
        f"engineer is off with \"体調不良\" is `pass` ({K('E-p10')}).",
        f"- **References.** A reference that mentions a former engineer's leave for depression is `hold` even "
        f"with the candidate's consent to the reference ({K('E-h2')}); a verification giving only dates and "
        f"title with signed consent is `pass` ({K('E-p5')}).",
        f"- **Skill sheets.** Full name, birth date, home address and mobile to a client is `hold` "
        f"({K('E-h1')}); initials, age, nearest station and skills only is `pass` ({K('E-p1')}). The same "
        f"initials-only bench list is `hold` in {K('E-h10')} only because 14 partner companies are visible in To. "
        f"The subject of {K('E-h8')} names the engineer with his diagnosis, while the body uses initials for the "
        f"successors. That mail is held for its subject.",
        f"- **Guests' health at a wedding.** A caterer sheet naming guests with anaphylaxis, pregnancy, diabetes "
        f"and kidney disease is `hold` ({K('D-h5')}); allergy counts per table for the cake maker are `pass` "
        f"({K('D-p3')}). A bride's 切迫早産 hospitalisation in a subject line is treated as health data "
        f"({K('D-h8')}).",
        f"- **Religion.** Named Muslim guests and their prayer break sent to the MC agency is `hold` "
        f"({K('D-h1')}). A shrine booked for a 神前式 ({K('D-p2')}), a temple as taxpayer ({K('B-p3')}) and a "
        f"temple running a pet cemetery ({K('C-p8')}) are 宗教法人 as business partners: `pass`. A member of "
        f"parliament's support-group party is a public figure's political activity, not a private belief: "
        f"`pass` ({K('D-p6')}).",
        f"- **Animal vs. human health.** A referral letter about a dog's splenic tumour with the owner's "
        f"surname only is `pass` ({K('C-p1')}); parvovirus 感染/隔離 in a ward is `pass` ({K('C-p2')}). An "
        f"owner suspected of SFTS, named in the subject of a report to the health centre, is `hold` although the "
        f"report is legitimate ({K('C-h8')}).",
        f"- **Legitimate recipients still hold.** A correct マイナンバー sent to the employer's payroll "
        f"contractor ({K('B-h1')}), a refund account sent to the taxpayer's own tax accountant ({K('B-h3')}), "
        f"juvenile probation passed to the receiving school ({K('A-h3')}), a child's ADHD background to an outside "
        f"clinic with parental consent ({K('A-h1')}), and staff health-check findings to the 社労士 "
        f"({K('C-h5')}) are all `hold`. The supervisor decides whether that channel is acceptable.",
        f"- **Residence card and nationality.** The foreign engineer's mail is held for the residence-card "
        f"number ({K('E-h3')}); nationality alone would not have been enough.",
        f"- **Mail to the data subject or the family.** The offer letter with the child's birth date to the "
        f"parents ({K('A-p1')}), the fee receipt with a masked card ({K('A-p8')}), a foreign resident's own tax "
        f"calculation ({K('B-p9')}), the couple's own timeline ({K('D-p8')}) and condolences ({K('A-p10')}, "
        f"{K('C-p7')}) are `pass`.",
        f"- **Aggregates.** \"One confirmed measles case in the Lower School\" to the PTA, with no class or name, "
        f"is `pass` ({K('A-p4')}); the forwarded nurse note naming two 4B pupils is `hold` ({K('A-h7')}).",
        f"- **Lookalike numbers.** The two ヤマト tracking numbers in {K('B-p8')} were chosen so that they also "
        f"satisfy the マイナンバー check digit (and Yamato's own mod-7 digit); the context (お問い合わせ伝票番号, "
        f"2個口) makes them parcel numbers. The Luhn-valid test card 4111 1111 1111 1111 appears only in "
        f"development minutes ({K('E-p4')}), while real card numbers taken from customers are `hold` "
        f"({K('C-h1')}, {K('D-h2')}).",
        f"- **Pension number in a subject.** A basic pension number with the pensioner's name in the "
        f"subject, sent to the pension office, is `hold` ({K('B-h8')}), although the body is neutral.",
        f"- **Pass mails with many names.** {K('E-p6')} shows 6 outside addresses from 2 companies (normal "
        f"project distribution) and {K('D-p10')} 3 partner vendors, so neither is a recipients hold. "
        f"{K('D-h10')} (12 companies) and {K('B-h10')} (12 banks) are holds.",
    ]
    L.extend(bl)
    L.append("")

    L.append("## Counts by kind\n")
    kc = Counter(m["kind"] for m in ordered)
    L.append("| kind | expect | count |")
    L.append("|---|---|---|")
    for k in sorted(kc):
        e = "pass" if k.startswith("benign.") else "hold"
        L.append(f"| {k} | {e} | {kc[k]} |")
    L.append("")
    fam = Counter(m["kind"].split(".")[0] for m in ordered)
    L.append("By family: " + ", ".join(f"{k} {v}" for k, v in sorted(fam.items())) + ".\n")
    oc = Counter((m["_org"], m["expect"]) for m in ordered)
    L.append("By organisation: " + "; ".join(
        f"{o} {oc[(o, 'hold')]} hold / {oc[(o, 'pass')]} pass" for o in ORGS) + ".\n")

    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
