"""Writes README.md for blind set 45; the id lists are filled in from the built order."""
import json, os
from collections import Counter, defaultdict

ORGS = {
 "A": ("Toho Plasmatech Co., Ltd. — overseas field service team of a semiconductor equipment maker (English mails with customers, hotels, payroll agents abroad)", "toho-plasmatech.example.jp",
       ["Kenji Arakawa (Manager, Global Field Service)", "Mio Tanabe (Service Coordinator)", "Ryo Sakuma (Senior Field Engineer)"]),
 "B": ("北浜市 福祉事務所 — municipal welfare office", "city.kitahama.example.lg.jp",
       ["村瀬 聡 (生活福祉課 ケースワーカー)", "小野寺 真理 (障害福祉課 主任)", "高見 浩一 (福祉総務課 主査)"]),
 "C": ("株式会社ひまわりキッズサービス — kindergarten bus and catering contractor", "himawari-kids.example.jp",
       ["石原 大輔 (送迎事業部 運行管理者)", "早瀬 玲奈 (給食事業部 管理栄養士)", "大貫 修 (営業部 課長)"]),
 "D": ("医療法人社団 青葉会 あおば台リハビリテーション病院 — 回復期リハビリテーション病院", "aobadai-reha.example.jp",
       ["久保田 里美 (地域医療連携室 MSW)", "森下 拓海 (リハビリテーション科 PT主任)", "藤堂 和也 (医事課 係長)"]),
 "E": ("株式会社ブランドリバース — second-hand luxury goods buyer (古物商)", "brandreverse.example.jp",
       ["鳴海 翔 (査定士)", "相良 恵 (店長)", "桐谷 陽子 (管理部 経理)"]),
}
LOCNAME = {"body": "In the body", "attachment": "Only in an attachment (body gives no hint)", "quoted": "Only in a quoted or forwarded part",
           "subject": "Only in the subject line", "zip": "Encrypted zip (PPAP)", "recipients": "Visible recipients (>10 outside addresses in To/Cc)"}

def write(meta, path):
    data = json.load(open(os.path.join(os.path.dirname(path), "fresh.json"), encoding="utf-8"))
    byid = {m["id"]: m for m in data}
    L = []
    L.append("# Blind set 45: outbound business mail (ids as001–as100)\n")
    L.append("Written blind from the brief only (no project files read). 100 hand-written outgoing mails, 50 `hold` / 50 `pass`, "
             "for an outbound DLP gateway used by Japanese organisations. All people, addresses and numbers are invented; "
             "organisations use `example` domains, private persons use free-mail/ISP-style example domains.\n")
    L.append("## Organisations and writers\n")
    L.append("| Org | Sender organisation | Domain | Writers (fixed signatures) | Mails | hold | pass |")
    L.append("|---|---|---|---|---|---|---|")
    wcount = Counter(m["from"].split("<")[0].strip() for m in data)
    for k, (name, dom, writers) in ORGS.items():
        ms = [x for x in meta if x["org"] == k]
        wr = "; ".join(f"{w} ×{wcount[w.split(' (')[0]]}" for w in writers)
        L.append(f"| {k} | {name} | `{dom}` | {wr} | {len(ms)} | {sum(x['expect']=='hold' for x in ms)} | {sum(x['expect']=='pass' for x in ms)} |")
    L.append("\nOrg A writes in English (25 mails); the others write in Japanese, with some tables, quoted replies, forwards and attachments.\n")
    L.append("## Where the risks sit (holds)\n")
    L.append("| Location | Count | ids |")
    L.append("|---|---|---|")
    for loc in ["body", "attachment", "quoted", "subject", "zip", "recipients"]:
        ids = [x["id"] for x in meta if x["expect"] == "hold" and x["loc"] == loc]
        L.append(f"| {LOCNAME[loc]} | {len(ids)} | {', '.join(ids)} |")
    L.append("\n### Hold list\n")
    L.append("| id | org | kind | why |")
    L.append("|---|---|---|---|")
    for x in meta:
        if x["expect"] == "hold":
            L.append(f"| {x['id']} | {x['org']} | `{x['kind']}` | {byid[x['id']]['why']} |")
    L.append("\n## How the passes were made tempting\n")
    L.append("| id | org | kind | temptation |")
    L.append("|---|---|---|---|")
    for x in meta:
        if x["expect"] == "pass":
            L.append(f"| {x['id']} | {x['org']} | `{x['kind']}` | {byid[x['id']]['why']} |")
    L.append("""
General approach: every pass carries the surface features a naive detector keys on — full names and heavy signatures,
12-digit numbers (古物商許可 number in every Brand Reverse signature, 法人番号, invoice registration numbers,
Yamato slip numbers of which the two in the 宅配買取 mail pass the マイナンバー check digit), serial/Ref./JAN/vehicle/chassis numbers,
corporate bank accounts with SWIFT, a masked card (`************4242`), the Luhn-valid test card `4111 1111 1111 1111` in sandbox
minutes, "障害/failure/down", "感染/infection/quarantine" for IT and tool faults, disability words as product names (片麻痺用 装具),
health topics only as aggregates (被保護者数, 実績指数, vaccination counts, norovirus outbreak counts), 宗教法人 as venue/customer,
public and historical figures (市長, a Meiji-era doctor, the founder of a customer), surname company names (渡辺質店, 佐々木質舗),
katakana product names that read like given names (ハルカ, ミノリ, サクラ; ケリー, バーキン, ジャッキー), mail to the data subject
themself, a consented employment verification, plain zips, Bcc'd mass mails (11–13 Bcc addresses), and project mails with 5–6 visible
addresses from two companies.
""")
    L.append("""## Borderline calls and how they were decided

- **Colleague's infection vs. 体調不良** (Org D): telling a care home that a named PT "was diagnosed with COVID-19" is `hold`;
  rescheduling because the same PT is "体調不良" is `pass`.
- **Named colleague's diagnosis to a customer** (Org A): the acute-pancreatitis replacement notice is `hold` even though the
  business reason (change of engineer) is legitimate; the rule covers sensitive data about an identifiable person sent outside.
- **Engineer data to customer security** (Org A): a passport number for a fab badge is a legitimate, routine request, but it is an
  identity number sent outside → `hold`. The same applies to the new bus driver's licence number sent to the kindergarten (Org C).
- **Employee's own corporate card** (Org A): a hotel authorisation form with the coordinator's full corporate card number is `hold`
  (full card number), whereas the customer refund mail with only the last four digits is `pass`.
- **Test card 4111 1111 1111 1111**: `pass` in the spare-parts portal sandbox minutes, `hold` as a phone-order customer's card
  sent to a payment provider (Org E).
- **Criminal records**: drink-driving fines of a named engineer/driver, a parolee's theft conviction, and an arrest on suspicion of
  theft shared with a fellow dealer are all `hold`, even where a customer asked or the warning is useful to the trade.
- **Subject-line only** holds deliberately keep the body bland (schedule/logistics) so the risk is only in the subject.
- **Attachment-only** holds use vague bodies ("先日の件", "資料送付", "データ送付", "documents") on purpose.
- **Quoted part**: the welfare-office reply to a letting agent keeps the applicant's own earlier mail (生活保護 + alcohol treatment)
  in the quote → `hold`; the rehab-hospital reply to a wheelchair vendor keeps an internal note with a named patient's
  higher-brain dysfunction and welfare status → `hold`.
- **Mail to the data subject**: the appointment mail to 大河内 京子 is about her own outpatient booking and mentions her father's
  admission only as "ご相談" without any health detail → `pass`. The welfare office's mail to 森本 由香里 only confirms receipt of her
  own papers and the next interview → `pass`.
- **Food allergies** of named children sent to a cooking subcontractor (anaphylaxis history, EpiPen) are treated as health data
  (病歴) → `hold`; the menu allergen table per dish is `pass`.
- **Project mails**: 6 visible addresses from 2 companies (as in Org A's move-in status) and 5 (Org E's market planning) are `pass`;
  visible-recipient holds all have 12–14 outside addresses.
""")
    L.append("## Counts by kind\n")
    L.append("| kind | count |")
    L.append("|---|---|")
    for k, n in sorted(Counter(m["kind"] for m in data).items()):
        L.append(f"| `{k}` | {n} |")
    L.append("""
## How to rebuild

```
cd build
python3 build.py      # writes ../fresh.json, build/layout.json and ../README.md (ordering is seeded, deterministic)
python3 validate.py   # checks 100 mails, 50/50, ids in order, runs <= 3, personal substrings, My Number check digits,
                      # Luhn, >10 visible outside recipients only on recipients.* holds, encrypted zips only on attachment.encrypted_zip
```

The mails themselves are written by hand in `build/org_a.py` … `build/org_e.py` (one file per organisation);
`build/common.py` only packs fields. `build.py` shuffles them (seed 4545) so that no more than 3 mails with the same label and
no more than 2 from the same organisation come in a row, and assigns ids as001–as100.
""")
    open(path, "w", encoding="utf-8").write("\n".join(L))
