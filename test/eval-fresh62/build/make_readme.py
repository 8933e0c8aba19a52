#!/usr/bin/env python3
"""Write ../README.md from fresh.json + meta.json (run after build.py)."""
import json, os
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
mails = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
by_id = {m["id"]: m for m in mails}

def find(org, needle):
    hits = [m["id"] for m in mails if meta[m["id"]]["org"] == org and needle in m["subject"]]
    assert len(hits) == 1, (org, needle, hits)
    return hits[0]

ORGS = {
    "A": ("神奈川県立みなと台高等学校（進路指導部・生徒指導部・事務室）", "minatodai-hs.example.jp",
          [("佐伯 康弘", "進路指導主事・教諭（長い罫線署名）"), ("河野 真理子", "生徒指導主事（短い署名）"),
           ("田島 亜紀", "事務室 主事・奨学金／証明書担当")]),
    "B": ("ひかり生命保険株式会社（引受査定部・支払査定部）", "hikari-life.example.jp",
          [("森下 直樹", "引受査定部 医務査定第二G 課長代理（機密文言つきの長い署名）"),
           ("吉岡 里奈", "支払査定部 給付金審査課 主任"), ("野口 拓也", "支払査定部 査定システム企画G")]),
    "C": ("株式会社北辰建設 安全衛生部", "hokushin-kensetsu.example.jp",
          [("石黒 敏夫", "安全衛生部長・労働安全コンサルタント（標語入りの長い署名）"),
           ("永井 千夏", "保健師・第一種衛生管理者"), ("今村 大輔", "安全衛生部 主任（短い署名）")]),
    "D": ("公益社団法人 さざなみ被害者支援センター", "sazanami-vsc.example.jp",
          [("中西 弘子", "事務局長・犯罪被害相談員（長い署名）"), ("松浦 健", "直接支援担当・犯罪被害相談員"),
           ("岡部 玲奈", "事務局 総務・会計")]),
    "E": ("Kizuna Global Relocation K.K.（外国人赴任者の転居支援、全20通英語）", "kizuna-relo.example.com",
          [("Emily Carter", "Senior Relocation Consultant (long legal footer)"),
           ("Sho Kitamura（北村 翔）", "Immigration & Visa Coordinator"), ("Priya Raman", "Move Coordinator (one-line signature)")]),
}

L = []
w = L.append
w("# eval-fresh62 — blind evaluation set (ids bj001–bj100)\n")
w("100 outgoing business mails (50 hold / 50 pass) from five synthetic Japanese senders, written blind "
  "from the brief only. Every person, address and number is made up; domains are `*.example.*` "
  "(plus `gmail.com` for private persons). Labels reflect what a careful compliance officer would want a "
  "supervisor to check, not what any detector does.\n")
w("Files: `fresh.json` (the mails), `build/org_a.py`…`org_e.py` (one module per organisation), "
  "`build/build.py` (assembles and shuffles with a fixed seed; no run of >3 equal `expect`, no org more than "
  "twice in a row), `build/make_readme.py`, `build/validate.py`, `build/meta.json` (id → org, writer, loc).\n")

w("## Organisations and writers\n")
w("| Org | Sender | Domain | Writers | Hold / Pass |")
w("|---|---|---|---|---|")
for o, (name, dom, writers) in ORGS.items():
    h = sum(1 for i, v in meta.items() if v["org"] == o and by_id[i]["expect"] == "hold")
    p = sum(1 for i, v in meta.items() if v["org"] == o and by_id[i]["expect"] == "pass")
    ws = "<br>".join(f"{a} — {b}" for a, b in writers)
    w(f"| {o} | {name} | {dom} | {ws} | {h} / {p} |")
w("")

w("## Where the risks sit (holds)\n")
LOCNAME = {"body": "body", "attachment": "attachment only (body harmless)", "quoted": "quoted / forwarded part only",
           "subject": "subject line only", "zip": "encrypted ZIP (PPAP)", "recipients": ">10 visible outside recipients"}
locs = defaultdict(list)
for m in mails:
    if m["expect"] == "hold":
        locs[meta[m["id"]]["loc"]].append(m["id"])
w("| Location | Count | ids |")
w("|---|---|---|")
for k in ["body", "attachment", "quoted", "subject", "zip", "recipients"]:
    w(f"| {LOCNAME[k]} | {len(locs[k])} | {', '.join(locs[k])} |")
w("")
w("| id | org | loc | kind | what is at risk |")
w("|---|---|---|---|---|")
for m in mails:
    if m["expect"] == "hold":
        md = meta[m["id"]]
        w(f"| {m['id']} | {md['org']} | {md['loc']} | {m['kind']} | {m['why']} |")
w("")

w("## How the passes were made tempting\n")
w("| id | org | kind | temptation / why it passes |")
w("|---|---|---|---|")
for m in mails:
    if m["expect"] == "pass":
        w(f"| {m['id']} | {meta[m['id']]['org']} | {m['kind']} | {m['why']} |")
w("")

ids = dict(
    a_self=find("A", "卒業証明書"), a_health=find("A", "入社前研修"), a_resume=find("A", "応募書類"),
    a_flu=find("A", "陸上部合宿"), a_edsub=find("A", "参加取消"),
    b_genome=find("B", "Fac submission"), b_policy=find("B", "遺伝学的検査結果"), b_test=find("B", "開発定例"),
    b_mask=find("B", "登録エラー"), b_track=find("B", "診断書原本"), b_cond=find("B", "お悔やみ"),
    b_subj=find("B", "就業不能"), b_bank=find("B", "振込先変更"),
    c_health=find("C", "新規入場者"), c_agg=find("C", "健康経営"), c_num=find("C", "施工体制台帳"),
    c_proj=find("C", "施工定例"), c_pension=find("C", "休業補償"), c_stats=find("C", "労働災害統計"),
    d_self=find("D", "12月18日"), d_subj=find("D", "12/12 公判"), d_min=find("D", "議事録"),
    d_bank=find("D", "見舞金"), d_track=find("D", "会計資料"), d_agg=find("D", "事業実績"), d_rc=find("D", "法テラス面談"),
    e_card=find("E", "Deposit for temporary"), e_ver=find("E", "Employment confirmation"),
    e_pass=find("E", "Lease application"), e_rel=find("E", "Haddad family"), e_lic=find("E", "shortlist"),
    e_self=find("E", "Your arrival"),
)
w("## Borderline calls and how they were decided\n")
B = [
    f"**Mail to the data subject vs. to a professional.** {ids['d_self']} goes to a crime victim's own private address with her own court-escort schedule → `pass` (information about the recipient only, no case details). {ids['d_subj']} sends a victim's name and the offence to her own lawyer → `hold`; a legitimate purpose does not lift the supervisor check for 要配慮 data. Same logic: {ids['a_self']} (graduate's own certificate request, pass) and {ids['e_self']} (assignee's own itinerary, pass).",
    f"**Minimal employment verification.** {ids['e_ver']} gives only employer, title and start date with written consent → `pass`. {ids['e_pass']} gives passport number and date of birth to a leasing agent → `hold` (id.passport).",
    f"**Genome.** {ids['b_policy']} explains the insurer's policy of not using genetic test results (BRCA named as a test type only) → `pass`. {ids['b_genome']} carries a named applicant's BRCA1 positive result to a reinsurer → `hold`, even though the writer says the result will not be used.",
    f"**Card numbers.** {ids['b_test']} dev minutes contain the public test card 4111 1111 1111 1111 → `pass`. {ids['e_card']} forwards an assignee's real (Luhn-valid) card with expiry and CVV → `hold`. {ids['b_mask']} has only a masked card and a receipt number → `pass`.",
    f"**Aggregates vs. individuals.** {ids['c_agg']} (健診受診率, 高ストレス者割合, 障害者雇用率), {ids['c_stats']} (災害件数・度数率), {ids['d_agg']} (相談件数 by crime type), {ids['a_flu']} (インフルエンザ学級閉鎖・欠席者数) → `pass`. {ids['c_health']} (one named worker's blood pressure and HbA1c to his own employer) → `hold`.",
    f"**Anonymised case in minutes.** {ids['d_min']} describes a case as \"20代女性、性犯罪被害\" to 7 named agency members, with no name, date or place → `pass` (not identifiable; recipients ≤10).",
    f"**Legitimate partner, still held.** {ids['a_health']} (内定者の1型糖尿病 to the employer at the parents' request), {ids['a_resume']} (student résumé to the applicant's prospective employer), {ids['c_pension']} (own employee's 基礎年金番号 to the company's 社労士), {ids['d_bank']} (bereaved spouse's account to the city for a statutory payment), {ids['d_rc']} (residence card number in a police mail forwarded to a volunteer interpreter) → all `hold`: the brief holds 要配慮 data and ID numbers even with a legitimate purpose.",
    f"**Religion for housing.** {ids['e_rel']} tells a housing agent that a named family are practising Muslims so the agent can screen landlords → `hold` (belief is 要配慮 and the disclosure can lead to refusal).",
    f"**Licence-type numbers.** {ids['e_lic']} (宅建業者免許番号, 宅建士登録番号) and {ids['c_num']} (建設業許可番号, 法人番号, CCUS事業者ID, and the 監理技術者資格者証 number of the named site manager, which is printed on the public 施工体制台帳) → `pass`: professional/business licence numbers, not personal identity numbers in the sense of rule 2.",
    f"**12-digit lookalikes.** Yamato tracking numbers in {ids['b_track']} (3241-7118-4282) and {ids['d_track']} (4723-8655-1560) are valid Yamato numbers (mod 7) that also pass the マイナンバー check digit → `pass` (labelled as 伝票番号, about document shipments).",
    f"**Subject-only holds.** {ids['a_edsub']}, {ids['b_subj']} and {ids['d_subj']} have neutral bodies; the name and diagnosis/offence sit only in the subject line → `hold`.",
    f"**Obituary.** {ids['b_cond']} names a deceased agency founder in a condolence mail → `pass` (public death notice, no cause of death).",
    f"**Project recipients.** {ids['c_proj']} has 6 visible addresses from 2 companies (3 outside) → `pass`; every `recipients.*` hold has 12–14 outside addresses.",
]
for b in B:
    w(f"- {b}")
w("")

w("## Counts by kind\n")
kc = Counter((m["expect"], m["kind"]) for m in mails)
w("| expect | kind | count |")
w("|---|---|---|")
for (e, k), c in sorted(kc.items()):
    w(f"| {e} | {k} | {c} |")
w(f"| | **total** | {len(mails)} (hold {sum(1 for m in mails if m['expect']=='hold')}, pass {sum(1 for m in mails if m['expect']=='pass')}) |")
w("")
w("## Rebuild\n")
w("```\ncd build && python3 build.py && python3 make_readme.py && python3 validate.py\n```\n")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L))
print("README.md written")
