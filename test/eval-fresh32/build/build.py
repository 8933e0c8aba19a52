#!/usr/bin/env python3
"""Assemble fresh.json from the per-organisation modules, shuffle, assign ids, validate."""
import json, random, re, sys, collections
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import org_guard, org_nursing, org_condo, org_bridal, org_hr

ORGS = [("guard", org_guard), ("nursing", org_nursing), ("condo", org_condo),
        ("bridal", org_bridal), ("hr", org_hr)]
PREFIX = "af"
OUT = Path(__file__).parent.parent / "fresh.json"
FREEMAIL = ("gmail.com", "yahoo.co.jp", "yahoo.com", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "au.com",
            "softbank.ne.jp", "hotmail.com", "outlook.com", "outlook.jp", "nifty.com", "kcn.ne.jp",
            "ybb.ne.jp", "so-net.ne.jp", "biglobe.ne.jp")


def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()


def dom(a):
    return addr(a).split("@", 1)[1]


def mynumber_ok(s):
    if not re.fullmatch(r"\d{12}", s):
        return False
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * x for d, x in zip(s[:11], w)) % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    t = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return t % 10 == 0


def shuffle(mails, seed):
    rng = random.Random(seed)
    while True:
        m = mails[:]
        rng.shuffle(m)
        run, ok = 1, True
        for a, b in zip(m, m[1:]):
            run = run + 1 if a["expect"] == b["expect"] else 1
            if run > 3:
                ok = False
                break
        if ok:
            return m


def main():
    mails = []
    for org, mod in ORGS:
        for m in mod.MAILS:
            m = dict(m)
            m["_org"] = org
            mails.append(m)
    errs = []
    mails = shuffle(mails, 3207)
    out = []
    for i, m in enumerate(mails, 1):
        o = {"id": f"{PREFIX}{i:03d}"}
        for k in ("expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text", "attachments", "personal"):
            if k in m:
                o[k] = m[k]
        out.append((o, m["_org"]))

    # ---- validation ----
    c = collections.Counter(o["expect"] for o, _ in out)
    if len(out) != 100 or c["hold"] != 50 or c["pass"] != 50:
        errs.append(f"counts {len(out)} {dict(c)}")
    ids = [o["id"] for o, _ in out]
    if len(set(ids)) != 100:
        errs.append("duplicate ids")
    run = 1
    for a, b in zip(out, out[1:]):
        run = run + 1 if a[0]["expect"] == b[0]["expect"] else 1
        if run > 3:
            errs.append(f"run >3 at {b[0]['id']}")
    for o, org in out:
        i = o["id"]
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not o.get(k):
                errs.append(f"{i} missing {k}")
        if o["expect"] == "pass" and not o["kind"].startswith("benign."):
            errs.append(f"{i} pass kind {o['kind']}")
        if o["expect"] == "hold" and not o["kind"].split(".")[0] in ("sensitive", "id", "list", "personal", "recipients", "attachment"):
            errs.append(f"{i} hold kind {o['kind']}")
        if o["expect"] == "pass" and "personal" in o:
            errs.append(f"{i} pass has personal")
        own = dom(o["from"])
        if own not in ("sg-toho.co.jp", "kitahama-kango.ac.jp", "grandres-kanri.co.jp", "lumiere-bridal.jp", "kasumi-seimitsu.co.jp"):
            errs.append(f"{i} from domain {own}")
        vis = [a for a in o["to"] + o.get("cc", []) if dom(a) != own]
        if len(vis) > 10 and not o["kind"].startswith("recipients."):
            errs.append(f"{i} >10 visible outside recipients on non-recipients kind")
        if o["kind"].startswith("recipients.") and len(vis) <= 10:
            errs.append(f"{i} recipients kind with only {len(vis)}")
        if o["kind"].startswith("recipients."):
            doms = {dom(a) for a in vis}
            if len(doms) < 3:
                errs.append(f"{i} recipients not from different orgs")
        blob = o["subject"] + "\n" + o["text"] + "\n" + "\n".join(a.get("text", "") for a in o.get("attachments", []))
        for p in o.get("personal", []):
            if p["value"] not in blob:
                errs.append(f"{i} personal not substring: {p['value']}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                errs.append(f"{i} bad my number {p['value']}")
            if p["type"] == "card_number" and not luhn_ok(p["value"]):
                errs.append(f"{i} bad luhn {p['value']}")
        # any 12-digit standalone number labelled 個人番号/My Number must be valid
        for mm in re.finditer(r"(?:個人番号|My Number\)?:?)\s*(\d{12})", blob):
            if not mynumber_ok(mm.group(1)):
                errs.append(f"{i} unlabelled-check my number {mm.group(1)}")
        for mm in re.finditer(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])", blob):
            if ("カード" in blob or "card" in blob.lower()) and not luhn_ok(mm.group(1)):
                errs.append(f"{i} 16-digit not luhn {mm.group(1)}")
        for a in o.get("attachments", []):
            if a.get("encrypted"):
                if a["contentType"] != "application/zip" or "text" in a:
                    errs.append(f"{i} bad encrypted zip")
                if o["kind"] != "attachment.encrypted_zip":
                    errs.append(f"{i} encrypted zip on other kind")
            elif a["contentType"] == "image/jpeg":
                if "text" in a:
                    errs.append(f"{i} image with text")
            elif not a.get("text"):
                errs.append(f"{i} attachment missing text")
        if o["kind"] == "attachment.encrypted_zip" and not any(a.get("encrypted") for a in o.get("attachments", [])):
            errs.append(f"{i} zip kind without zip")
        for a in o["to"] + o.get("cc", []) + o.get("bcc", []):
            if "@" not in addr(a):
                errs.append(f"{i} bad address {a}")

    if errs:
        print("\n".join(errs))
        sys.exit(1)
    data = [o for o, _ in out]
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    # summary
    print("OK", dict(c))
    byorg = collections.Counter((org, o["expect"]) for o, org in out)
    print(sorted(byorg.items()))
    kinds = collections.Counter(o["kind"] for o, _ in out)
    for k, v in sorted(kinds.items()):
        print(f"{v:3d} {k}")
    with open(Path(__file__).parent / "id_map.tsv", "w") as f:
        for o, org in out:
            f.write(f"{o['id']}\t{org}\t{o['expect']}\t{o['kind']}\t{o['subject']}\n")


if __name__ == "__main__":
    main()
