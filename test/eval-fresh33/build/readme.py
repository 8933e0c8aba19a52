import json, collections
km = json.load(open('keymap.json')); d = json.load(open('../fresh.json'))
I = lambda *ks: ", ".join(sorted(km[k] for k in ks))
kinds = collections.Counter(m["kind"] for m in d)
hold_kinds = "\n".join(f"| {k} | {v} |" for k, v in sorted(kinds.items()) if not k.startswith("benign"))
pass_kinds = "\n".join(f"| {k} | {v} |" for k, v in sorted(kinds.items()) if k.startswith("benign"))
org = collections.Counter((m["from"].split("@")[1].rstrip(">"), m["expect"]) for m in d)
orgrow = lambda dom: f"{org[(dom,'hold')]} hold / {org[(dom,'pass')]} pass"
txt = f"""# Blind set ag (blind33) — outbound Japanese business mail

`fresh.json`: 100 mails, ids ag001–ag100, 50 `hold` / 50 `pass`, shuffled (no more than 3 of the same
label in a row, and no more than 3 from the same organisation in a row). I made everything up: people,
addresses, domains, numbers.

## Organisations and writers (fixed signatures in `build/common.py`)

| Organisation | Domain | Writers | Mails |
|---|---|---|---|
| Seiran Memorial Hospital (青嵐記念病院), International Patient Services — written in English, to patients, families, insurers, assistance companies, agencies and hotels abroad or in Japan | seiran-mh.or.jp | Emi Kuroda (coordinator), Kenta Morisaki (billing & insurance liaison), Lena Hoshino (medical interpreter) | 25 ({orgrow('seiran-mh.or.jp')}) |
| 株式会社ミナトリンクス (freight forwarder: sea export, customs, air cargo and household goods) | minatolinks.co.jp | 石黒 拓真 (海上輸出課), 吉永 さやか (通関部 通関士), 藤堂 隼 (航空貨物・引越貨物課; signs in English as well) | 19 ({orgrow('minatolinks.co.jp')}) |
| レジデンスブリッジ株式会社 (property manager renting to foreign residents, Nishikasai) | residence-bridge.jp | 宮下 彩 (入居者サポート課), 川端 亮 (賃貸管理部), Joao Matsumoto (多言語サポート) | 19 ({orgrow('residence-bridge.jp')}) |
| 東海ワークパートナーズ株式会社 (staffing company placing Vietnamese, Filipino, Brazilian and Nepali factory workers, Hamamatsu) | tokai-wp.co.jp | 山岡 健二 (営業部), Nguyen Thi Lan (生活サポート・通訳), 坂口 美保 (労務管理課) | 20 ({orgrow('tokai-wp.co.jp')}) |
| 株式会社コールリンク公共サービス, which runs the 青葉川市 市民総合コールセンター (a fictional city; city addresses @city.aobagawa.lg.jp) | callink-ps.co.jp | 小野寺 恵 (SV), 今井 大輔 (センター長), 長谷部 真由 (品質管理) | 17 ({orgrow('callink-ps.co.jp')}) |

## How it was written
I wrote each mail by hand as its own scenario, in `build/hospital.py`, `freight.py`, `housing.py`,
`staffing.py` and `city.py`. There is no template filling: only the signatures are shared.
`build/build.py` collects the mails and does a constrained random shuffle (seed 3303). It assigns ids,
validates the set and writes `fresh.json`. `build/keymap.json` maps my internal scenario keys to the ids.
`build/readme.py` writes this file.

The validator checks:
- 100 mails, 50/50, unique ids ag001–ag100, and no run longer than 3;
- every required field is present, and `benign.*` kinds appear on passes only;
- every `personal` value is an exact substring of the subject, the text or an attachment's text;
- My Number check digits and Luhn;
- more than 10 visible outside recipients only on `recipients.*` holds, and every `recipients.*` hold has more than 10;
- attachment shapes: an encrypted zip has no text, a jpeg has no text, an xlsx has a `[Sheet1]` line;
- there are no encrypted zips on passes.

It also prints every 12-digit or Luhn-valid number for manual review.

My Numbers in holds (valid check digits): 304188257169 ({km['F2']}); 725903611485, 581277034924 and
419630572801 ({km['S1']}); 864021975332, unlabelled ({km['C5']}). The pass form example ({km['CP5']})
uses the well-known sample 1234 5678 9018, marked as 記入例. The card in {km['H4']} is the Visa test
number 4111 1111 1111 1111.

## Where the risks sit
- **Body, plainly**: most holds.
- **Only in an attachment**:
  - medical report PDF: {km['H2']}
  - patient list XLSX: {km['H7']}
  - delivery CSV: {km['F3']}
  - arrears XLSX: {km['R2']}
  - candidate list XLSX: {km['S3']}
  - occupational physician's opinion PDF: {km['S9']}
  - call-log CSV: {km['C2']}
  - scanned passport and residence-card JPEGs with no text: {km['R7']}
- **Only in a quoted or forwarded message**:
  - stroke and dialysis in an agency mail forwarded to a hotel: {km['H5']}
  - complainant's contact details: {km['H12']} (hospital) and {km['R3']} (housing)
  - DV protection order: {km['R8']}
  - arrest in an internal note: {km['S6']}
  - DV 支援措置 in an operator note: {km['C4']}
- **Only in the subject line**:
  - psychiatric admission: {km['H11']}
  - drink-driving arrest: {km['F9']}
  - dementia of a resident living alone: {km['C9']}
- **Headers (recipients)**: {I('H8','F4','R6','S7','C6')}. 12–14 visible private or mixed addresses.
  A pass with 12 Bcc recipients ({km['SP3']}) is the counterpart.
- **Encrypted zip (PPAP)**: {I('H9','F5','R9','S10','C7')}.

## Tempting passes
- **Own data to the data subject**:
  - health-check booking with colonoscopy prep: {km['HP1']}
  - discharge instructions with a masked card: {km['HP9']}
  - household-goods quotation: {km['FP8']}
  - move-in guide: {km['RP1']}
  - renewal notice: {km['RP6']}
  - payslip: {km['SP1']}
  - own residence-card number: {km['SP9']}
  - reply to a resident: {km['CP6']}
- **Medical words about services or aggregates**:
  - travel vaccines: {km['HP6']}
  - screening price list: {km['HP7']}
  - hospital statistics: {km['HP5']}
  - 障害者雇用率 and 健康経営: {km['SP2']}
  - vaccination FAQ naming HIV and 生活保護 as eligibility categories: {km['CP2']}
  - call statistics including 感染症: {km['CP1']}
  - Legionella not detected: {km['RP5']}
  - nationality percentages: {km['RP7']}
- **IT 障害, malware and 感染**: {I('HP4','FP7','SP10','CP3')}. Animal and plant quarantine (感染・隔離): {km['FP5']}.
- **ID-like numbers**:
  - bookings, containers, seals and B/L: {km['FP1']}
  - 法人番号, importer code and broker licence: {km['FP4']}
  - AWB and a vehicle plate with a company driver: {km['FP6']}
  - corporate bank and SWIFT: {I('HP3','FP2','RP4','SP5')}
  - dog licence number: {km['RP8']}
- **Many names**:
  - successor introductions: {I('HP2','FP9','SP7')}
  - reply chain with heavy signatures: {km['FP3']}
  - project meetings: {I('HP10','RP9')}
  - minutes: {km['CP7']}
  - the mayor and the press: {km['CP4']}
  - historical scientists (Kitasato, Noguchi): {km['HP11']}
  - interpreter rota: {km['HP13']}
- **Katakana product names** (チャイルドシート「マリナ」「エレナ」「ソフィア」, バッテリー「ミライ」「エマ」): {I('SP6','FP10')}.
- **Plain zips**: {I('HP12','RP2','FP10')}.
- **Condolence** about a deceased former patient: {km['HP8']}. **Form example**: {km['CP5']}.

## Borderline calls
- {km['HP9']} **pass**: a patient's own wound-care and antibiotic instructions, sent at his request to his own address.
- {km['SP9']} **pass**: a worker's own residence-card number in a renewal reminder sent only to him.
- {km['SP4']} **pass**: dispatched workers' names and shift lines sent to the client factory. It has no
  contact details, dates of birth or health data, so I did not treat it as a roster.
- {km['SP8']} **pass** and {km['RP10']} **pass**: employment and tenancy confirmations limited to dates
  and title or room, with written consent. Pay and payment status are explicitly withheld.
- {km['FP6']} **pass**: a company driver's surname, his company mobile and the truck plate, given to the shipper.
- {km['F7']} **hold**: accident report to the customer at whose site it happened. The named
  subcontractor driver's fracture and hospitalisation are spelled out. "体調不良" would have been a pass.
- {km['R4']} **hold**: an applicant's Islam and prayer practice passed to a private landlord. It is meant
  kindly, but it is belief data and invites discrimination.
- {km['H3']} **hold**: passport numbers sent to a hotel. Hotels do record them, but e-mailing them is an ID-number transfer.
- {km['R1']}, {km['S5']} and {km['S1']} **hold**: the recipient is a legitimate partner (guarantee company,
  行政書士, 社労士), but the mail carries ID numbers.
- {km['C3']}, {km['C4']}, {km['C5']}, {km['C8']} and {km['C9']} **hold**: the contractor escalates to its
  client, the city. That is legitimate, but it is sensitive or ID data leaving the contractor's domain.
- {km['C5']} **hold**: the 12-digit number is not labelled as a My Number ("手元の番号").
- {km['R7']} **hold**: the ID documents are only image scans, so there is no text to detect.
- {km['H6']} **hold**: a roommate's influenza named in a reply to another patient's daughter.

## Counts by kind
| hold kind | n |
|---|---|
{hold_kinds}

| pass kind | n |
|---|---|
{pass_kinds}

Hold families:
- sensitive 16
- id 12
- attachment 6
- personal 6
- list 5
- recipients 5
"""
open('../README.md', 'w').write(txt)
