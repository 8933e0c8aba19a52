#!/usr/bin/env python3
"""Write ../README.md from keymap.json (run build.py first)."""
import json, os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
km = json.load(open(os.path.join(HERE, "keymap.json"), encoding="utf-8"))
I = {m["k"]: m["id"] for m in km}
def ids(*keys): return ", ".join(sorted(I[k] for k in keys))
loc = collections.defaultdict(list)
for m in km:
    if m["expect"] == "hold": loc[m["loc"]].append(m["id"])
kinds = collections.Counter(m["kind"] for m in km)
org_n = collections.Counter((m["k"][0], m["expect"]) for m in km)
def oc(o): return f"{org_n[(o,'hold')]+org_n[(o,'pass')]} ({org_n[(o,'hold')]} hold / {org_n[(o,'pass')]} pass)"

txt = f"""# Blind set 51: outbound business mail (ids ay001–ay100)

100 hand-written outgoing mails (50 `hold`, 50 `pass`) from five invented Japanese organisations.
All people, addresses, numbers and domains are synthetic. My Numbers in holds carry a valid check
digit; full card numbers are Luhn-valid test numbers.

## Organisations and writers

| Org | Trade | Writers (fixed signatures) | Mails |
|---|---|---|---|
| A | Norvane Medical Japan K.K., clinical support team (pacemakers/ICDs; HQ Norvane Medical Inc., Minneapolis) – 15 mails in English with HQ | Tomoko Saeki 佐伯 智子 (Clinical Support Specialist), Kengo Murase 村瀬 健吾 (Manager) | {oc('A')} |
| B | 認定NPO法人 こどもの灯ネットワーク (child guidance and family support, Saitama) | 高橋 由美 (相談支援員), 中川 亮 (事務局長), 森本 彩 (学習支援コーディネーター) | {oc('B')} |
| C | 白峰高原リゾート＆ホテル (ski resort and hotel, Nagano) – 11 mails in English with foreign guests/agents | 小野寺 真理 (宿泊予約課), 北村 大輔 (スキースクール＆レンタル), Ryan Mitchell (International Guest Relations) | {oc('C')} |
| D | みどり葬祭生活協同組合 組合員サービス課 (funeral cooperative, Nagoya) | 大西 恵子 (主任), 松田 孝 (課長) | {oc('D')} |
| E | 東峰市選挙管理委員会事務局 (municipal election administration office) | 藤井 直樹 (書記), 石原 さやか (主任) | {oc('E')} |

## Where the risks sit (holds)

| Location | Count | Ids |
|---|---|---|
| Body | {len(loc['body'])} | {', '.join(sorted(loc['body']))} |
| Only in an attachment (body gives no hint) | {len(loc['attachment'])} | {', '.join(sorted(loc['attachment']))} |
| Only in a quoted or forwarded part | {len(loc['quoted'])} | {', '.join(sorted(loc['quoted']))} |
| Only in the subject line | {len(loc['subject'])} | {', '.join(sorted(loc['subject']))} |
| Encrypted zip (PPAP) | {len(loc['zip'])} | {', '.join(sorted(loc['zip']))} |
| More than 10 visible outside recipients | {len(loc['recipients'])} | {', '.join(sorted(loc['recipients']))} |

Notes on the harder holds:
- Attachment-only: patient alert tracker XLSX to HQ ({I['A3']}), learning-support participants CSV with welfare status sent as a grant report ({I['B3']}), volunteer list for insurance renewal ({I['B17']}), tour-operator guest CSV with passports ({I['C10']}), newsletter mailing CSV of members ({I['D3']}), insurance claim PDF with health-insurance number and bank account ({I['D17']}), inpatient absentee-voting request list ({I['E2']}).
- Quoted/forwarded only: hospital ME mail about a shocked ICD patient with depression under a firmware question ({I['A4']}); juvenile sent to family court in a forwarded internal mail to a lawyer ({I['B5']}); ski-patrol fracture report under a taxi booking ({I['C3']}); bereaved son's mail about his mother's dementia under a crematorium confirmation ({I['D5']}); care-home mail on a resident's dementia under a bus booking ({I['E8']}).
- Subject only: {I['A11']} (VT storm), {I['B13']} (postnatal depression), {I['C6']} (child's epileptic seizure), {I['D13']} (disability certificate grade 1), {I['E9']} (visually impaired voter).

## How the passes were made tempting

- Names everywhere: meetings and visit agendas ({ids('A5','B8','E12')}), successor introduction ({I['A12']}), congratulations ({I['B18']}), condolence naming the deceased ({I['D6']}), minutes with heavy signatures ({I['D19']}).
- Data sent to the data subject themself: guest booking with masked card ({I['C4']}), member contract details ({I['D4']}), lecturer's and poll witness's own fee with masked accounts ({ids('B10','E17')}), parent's own appointment ({I['B19']}).
- ID-like numbers: serials/lots/JAN codes ({ids('A19','C12')}), corporate bank accounts, SWIFT and 法人番号 ({ids('A8','C14','E15')}), 12-digit Yamato tracking numbers of which three pass the My Number check digit ({ids('D10','E14')}), device serials and PMDA report number ({I['A2']}).
- Luhn-valid Stripe test cards in booking-engine sprint minutes ({I['C7']}).
- Medical/disability/infection words not about a person: device labelling ({I['A13']}), case schedule with anonymous case labels ({I['A17']}), malware "infection"/"isolation" and system 障害 ({ids('A6','D16','E13')}), influenza/gastroenteritis notices without names ({ids('B14','C19')}), adaptive-ski event and postal-voting eligibility criteria ({ids('C16','E18')}), 健康経営 and 障害者雇用率 aggregates ({I['D18']}), grant-report and turnout aggregates ({ids('B4','A2','E11')}).
- 宗教法人 as landlord/venue ({ids('B20','D8')}); election candidates ({I['E1']}); public figure ({I['C18']}); historical figures ({ids('D12','E19')}); fiction ({I['B12']}); company names with surnames ({ids('C20','D14','E15')}).
- Plain zips ({ids('A10','D20')}); Bcc'd mass mails ({ids('B6','C9')}); project mails with six visible addresses from two organisations ({ids('B16','C5','E16')}).
- "Unwell" without a diagnosis ({I['A15']}).

## Borderline calls

- Named colleague's diagnosis or COVID result to an outside party is `hold` ({ids('A14','E20')}); "feeling unwell, will join remotely" is `pass` ({I['A15']}).
- Sensitive data sent for a legitimate purpose to the treating hospital, the child guidance centre, the school counsellor, the insurer or another election board is still `hold` ({ids('A16','B1','B2','C11','E6')}).
- Deceased persons are not personal information in law, so the condolence naming the deceased ({I['D6']}) is `pass`; but living relatives' health, faith or IDs in the same context are `hold` ({ids('D2','D5','D9','D15')}).
- Welfare status per named child in the grant report attachment is `hold` ({I['B3']}); the same categories as counts to another funder are `pass` ({I['B4']}).
- The same witness's bank account: listed in full to the bank with other witnesses is `hold` ({I['E4']}); masked in his own fee notice is `pass` ({I['E17']}).
- Postal-voting eligibility criteria with disability grades is `pass` ({I['E18']}); a named voter's disability grade is `hold` ({ids('E3','E9')}).
- The implant schedule ({I['A17']}) uses only anonymous case labels and device types, so `pass`.
- Candidates' names, ages and party in the election bulletin proof are public, so `pass` ({I['E1']}).
- The group-booking thread ({I['C5']}) asks for a rooming list with names only and no passports, so `pass`.

## Counts by kind

| Kind | Count |
|---|---|
""" + "\n".join(f"| {k} | {v} |" for k, v in sorted(kinds.items())) + """

## How to rebuild

```
cd build
python3 build.py        # writes ../fresh.json and build/keymap.json (seeded shuffle, runs <= 3)
python3 validate.py     # 100 mails, 50/50, ids, runs, personal substrings, My Number, Luhn, recipients, zips
python3 make_readme.py  # regenerates this README from keymap.json
```

The mails themselves are written by hand in `build/org_a.py` … `build/org_e.py` (one dict per mail;
`k` is the local key, `loc` the risk location used only for this README).
"""
open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8").write(txt)
print("README written")
