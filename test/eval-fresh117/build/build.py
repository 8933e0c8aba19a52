#!/usr/bin/env python3
"""Build fresh.json, build/meta.json and README.md for the dm (fresh117) set.

Deterministic: fixed seed, no network.  Usage:  python3 build/build.py
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import org_a, org_b, org_c, org_d, org_e  # noqa: E402

PREFIX = "dm"
SEED = 117
MAX_RUN = 3
FIELDS = ["expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
          "attachments", "personal"]

ORGS = {
    "A": ("社会福祉法人 みのり福祉会(就労継続支援B型・就労移行支援)", "minori-fukushi.example.or.jp",
          [("yamane", "山根 公子", "施設長・サービス管理責任者", "拝啓/敬具の手紙文、長め、丁寧"),
           ("sakaguchi", "坂口 翔太", "職業指導員", "くだけた口調、半角!?、顔文字、軽い誤字"),
           ("okabe", "岡部 真理", "法人本部 事務局", "■見出しと表、簡潔な事務連絡")]),
    "B": ("学校法人青嶺学園 青嶺中学校・青嶺高等学校(私立中高一貫)", "seirei.example.ac.jp",
          [("hasebe", "長谷部 誠", "教頭", "拝啓/敬具、記書き、改まった文面"),
           ("miura", "三浦 彩花", "高2学年主任(英語科)", "英語まじり、箇条書き、きびきび"),
           ("ishizuka", "石塚 直樹", "事務室(経理・総務)", "表・番号付き項目、非常に重い署名")]),
    "C": ("税理士法人あおば総合会計", "aoba-sogo.example.jp",
          [("aoki", "青木 隆史", "代表社員 税理士", "拝啓/敬具、落ち着いた長文"),
           ("ono", "小野 里奈", "スタッフ", "くだけた口調、半角!、(^^)、軽い誤字"),
           ("tsuchiya", "土屋 健一", "監査部マネージャー", "表、英語の結び、登録番号入りの重い署名")]),
    "D": ("淀川みらい信用金庫 十三支店", "yodomirai-shinkin.example.co.jp",
          [("nishimura", "西村 和夫", "支店長", "拝啓/敬具、記書き、丁重"),
           ("otsuka", "大塚 亮", "渉外係", "関西弁まじりのくだけた口調、半角!"),
           ("taniguchi", "谷口 恵美", "融資係主任", "表と■項目、登録金融機関番号入りの重い署名")]),
    "E": ("株式会社クラウドリンクス カスタマーサクセス本部(労務SaaS「ツムギ」)", "cloudlinks.example.com",
          [("fujiwara", "藤原 健", "CSマネージャー", "英語まじり(FYI/ASAP/MTG)、短い箇条書き"),
           ("watanabe", "渡部 優子", "カスタマーサクセス", "「いつも大変お世話になっております」の丁寧な長文"),
           ("ishihara", "石原 大地", "テクニカルサポート", "ログ・表、非常に重い署名")]),
}


def fits(seq, m):
    if len(seq) < MAX_RUN:
        return True
    tail = seq[-MAX_RUN:]
    if all(t["expect"] == m["expect"] for t in tail):
        return False
    if all(t["org"] == m["org"] for t in tail):
        return False
    return True


def arrange(items, rng):
    for _ in range(10000):
        pool = list(items)
        rng.shuffle(pool)
        seq = []
        while pool:
            cands = [i for i, m in enumerate(pool) if fits(seq, m)]
            if not cands:
                break
            seq.append(pool.pop(rng.choice(cands)))
        if not pool:
            return seq
    raise RuntimeError("could not arrange mails under the run constraints")


def readme(records, meta):
    by_kind = collections.Counter(r["kind"].split(".")[0] for r in records)
    by_loc = collections.Counter(v["loc"] for v in meta.values())
    lines = []
    w = lines.append
    w("# fresh117 (`dm`) — blind evaluation set for an outbound e-mail DLP gateway")
    w("")
    w("100 synthetic outgoing business e-mails from five invented Japanese organisations,")
    w("each labelled `hold` (a careful compliance officer would want a supervisor to look")
    w("before it leaves) or `pass` (a false hold would get in the way of normal work).")
    w("They were written blind: without looking at the gateway, its rules, its tests or")
    w("any other evaluation set. All people, organisations, numbers and addresses are")
    w("invented; domains are `*.example.*` or private `gmail.com` / `yahoo.co.jp` /")
    w("`outlook.com`; phone numbers use the `0000` exchange.")
    w("")
    w("Files: `fresh.json` (the 100 mails, ids `dm001`–`dm100`), `build/meta.json`")
    w("(`{id: {org, writer, loc}}`), `build/` (generators and validator).")
    w("")
    w("## Organisations and writers")
    w("")
    w("| org | organisation | domain | writer | role | style |")
    w("|---|---|---|---|---|---|")
    for key, (name, dom, writers) in ORGS.items():
        for i, (wid, wname, role, style) in enumerate(writers):
            w(f"| {key if i == 0 else ''} | {name if i == 0 else ''} | {('`' + dom + '`') if i == 0 else ''} "
              f"| {wname} (`{wid}`) | {role} | {style} |")
    w("")
    w("Each organisation has 20 mails: 10 `hold` and 10 `pass`. Its 10 holds carry the risky")
    w("content in: body ×3, attachment ×2, quoted earlier mail only ×2, subject only ×1,")
    w("plain zip ×1, visible recipients ×1. Passes have loc `none`.")
    w("")
    w("## Counts")
    w("")
    w("| label | n |")
    w("|---|---|")
    for lab in ("hold", "pass"):
        w(f"| {lab} | {sum(1 for r in records if r['expect'] == lab)} |")
    w("")
    w("| kind category | n |")
    w("|---|---|")
    for cat in ("sensitive", "id", "list", "personal", "recipients", "benign"):
        w(f"| {cat} | {by_kind.get(cat, 0)} |")
    w("")
    w("| loc | n |")
    w("|---|---|")
    for loc in ("body", "attachment", "quoted", "subject", "zip", "recipients", "none"):
        w(f"| {loc} | {by_loc.get(loc, 0)} |")
    w("")
    w("| id | org | writer | expect | loc | kind |")
    w("|---|---|---|---|---|---|")
    for r in records:
        mt = meta[r["id"]]
        w(f"| {r['id']} | {mt['org']} | {mt['writer']} | {r['expect']} | {mt['loc']} | `{r['kind']}` |")
    w("")
    w("## Borderline calls and how they were decided")
    w("")
    for bullet in BORDERLINE:
        w("- " + bullet)
    w("")
    w("## Rebuild")
    w("")
    w("```")
    w("# from this folder (the one holding fresh.json)")
    w("python3 build/build.py && python3 build/validate.py   # prints OK")
    w("```")
    w("")
    w(f"`build.py` uses `random.Random({SEED})` to shuffle the 100 mails so that no label and no")
    w(f"organisation runs more than {MAX_RUN} in a row, then numbers them `dm001`…`dm100`.")
    w("`validate.py` is standalone (no imports from the generators) and re-checks counts,")
    w("per-organisation quotas, runs, domains, phone numbers, マイナンバー check digits, Luhn,")
    w("`personal` values verbatim in the right place, recipient counts, quoted-only holds,")
    w("placeholders and length spread.")
    return "\n".join(lines) + "\n"


BORDERLINE = [
    "**Legitimate recipient, sensitive content → hold.** Reports to a 相談支援専門員, a school's own "
    "顧問弁護士, a 信用保証協会, a client's 社労士 or a 債権回収会社 are all normal business, but they carry "
    "要配慮個人情報, identity numbers or debt rosters by plain mail, so they are `hold` (rule 1–3). The "
    "`why` says so.",
    "**Consent does not turn a hold into a pass.** The cram-school mail (ADHD, medication, scores) says the "
    "parent asked for school–juku cooperation; the bank-loan mail forwards a client president's cancer "
    "disclosure \"with his permission\". Both stay `hold`: the information is 要配慮 and a supervisor "
    "should see it go.",
    "**A reply to a parent naming another pupil's influenza → hold**; the class-closure report to the "
    "prefecture with only counts (11 absent, 9 ILI) → pass.",
    "**Infection control without names → pass** (workshop visit postponed because of 感染性胃腸炎 cases). "
    "Diet restrictions with names (糖尿病, 透析, 卵アレルギー) under a caterer mail → hold.",
    "**Own data to the data subject → pass**: a workshop user's own meeting time, an admitted applicant's "
    "受験番号, a lecturer's own fee with masked account, a tax client's own refund with masked account, a "
    "card holder's masked card, a loan applicant's own approval.",
    "**Employment verification** giving only 在籍・入庫年月・役職 with the employee's written consent → pass. "
    "Anything beyond that (salary, health) would have been hold.",
    "**Numbers that look like IDs → pass**: a Yamato 送り状番号 that also passes the マイナンバー check digit, "
    "JAN codes, 法人番号/インボイス登録番号, 宅建業免許番号 and 宅建士登録番号, 税理士登録番号 in a signature, "
    "device serials and licence keys, request ids and a SHA-256, and the test card 4111 1111 1111 1111 in "
    "development minutes.",
    "**Private account numbers → hold** even when the recipient is the client's own accountant (balance "
    "mail), the kindergarten that owns the direct debit (振替不能明細) or the landlord's managing agent "
    "(quoted instruction). Corporate accounts and SWIFT details → pass.",
    "**Subject-only holds** were written so that the body is a harmless logistics note; the name plus "
    "diagnosis / 手帳等級 / マイナンバー / account number sits only in the subject line.",
    "**Quoted-only holds** keep every personal item below the reply (`>` lines or a forwarded block); the "
    "fresh part of the mail names at most the person's surname.",
    "**Recipients holds** put 12–13 outside addresses of different organisations or private persons in To. "
    "The pass with 6 visible addresses from 2 companies, and the incident report sent with customers in "
    "BCC, are the contrasting passes.",
    "**PPAP**: the tax firm's password-protected zip of a client's financial statements is `hold` "
    "whatever the body says (rule 6); it counts as one of that organisation's two attachment holds. Plain "
    "zips with catalogues or guides are `pass`.",
    "**A 宗教法人 as a client**, election candidates and a former mayor as public figures, 渋沢栄一, and "
    "company names containing surnames (佐藤工務店, 中島金型, タナカ・デザインスタジオ) are all `pass`.",
    "**Nationality**: the migration-sample CSV includes a Vietnamese-looking name; it is held for the "
    "roster (birth dates, addresses, salary), not for nationality.",
]


def main():
    items = []
    for mod in (org_a, org_b, org_c, org_d, org_e):
        ms = mod.mails()
        assert len(ms) == 20, (mod.__name__, len(ms))
        items.extend(ms)
    rng = random.Random(SEED)
    seq = arrange(items, rng)
    records, meta = [], {}
    for i, m in enumerate(seq, 1):
        mid = f"{PREFIX}{i:03d}"
        rec = {"id": mid}
        for k in FIELDS:
            if k in m:
                rec[k] = m[k]
        records.append(rec)
        meta[mid] = {"org": m["org"], "writer": m["writer"], "loc": m["loc"]}
    with open(os.path.join(ROOT, "fresh.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(records, meta))
    print(f"wrote {len(records)} mails to fresh.json")


if __name__ == "__main__":
    main()
