"""Validate fresh.json + build/meta.json against the brief. Prints OK or the problems."""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import (HOLD_CATEGORIES, LOC_QUOTA, QUOTE_MARKER_RE, domain_allowed,  # noqa: E402
                    luhn_ok, mynumber_ok)

ROOT = os.path.dirname(HERE)
PREFIX = "dj"
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
ADDR_RE = re.compile(r"^[^<>\n]*\S[^<>\n]* <([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+\.[A-Za-z]{2,})>$")
KIND_RE = re.compile(r"^(sensitive|id|list|personal|recipients|benign)\.[a-z0-9]+(?:_[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([^/\s:?#)>\]」）]+)", re.I)
TLDS = "com|net|org|jp|io|info|biz|vn|cn|kr|tw|hk|sg|uk|de|fr|edu|gov|app|dev|ai|us"
HOST_RE = re.compile(r"(?<![A-Za-z0-9._%+@-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:" + TLDS +
                     r"))(?![A-Za-z0-9-])", re.I)
PLACEHOLDER_RE = re.compile(r"TODO|lorem|xxx", re.I)
MYNUM_LABEL_RE = re.compile(r"マイナンバー|個人番号|my ?number|my_number", re.I)
TWELVE_RE = re.compile(r"(?<!\d)(\d{4}[- ]?\d{4}[- ]?\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<!\d)(\d{4}[- ]?\d{4}[- ]?\d{4}[- ]?\d{4})(?!\d)")
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def main():
    problems = []

    def bad(mid, msg):
        problems.append(f"{mid}: {msg}")

    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        fresh = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---- set-level checks
    if not isinstance(fresh, list) or len(fresh) != 100:
        problems.append(f"set: expected 100 mails, got {len(fresh)}")
    ids = [m.get("id") for m in fresh]
    want = [f"{PREFIX}{i:03d}" for i in range(1, len(fresh) + 1)]
    if ids != want:
        problems.append("set: ids are not PREFIX001..PREFIX100 in order")
    if set(meta) != set(ids):
        problems.append("set: meta.json ids do not match fresh.json ids")
    exp = collections.Counter(m.get("expect") for m in fresh)
    if exp != {"hold": 50, "pass": 50}:
        problems.append(f"set: expect counts {dict(exp)} (want 50/50)")
    run, prev = 0, None
    for m in fresh:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            bad(m["id"], "more than 3 in a row with the same expect")
    texts = collections.Counter(m.get("text") for m in fresh)
    for t, n in texts.items():
        if n > 1:
            problems.append(f"set: duplicate body ({n}x): {t[:40]!r}")

    # ---- per-organisation checks
    by_org = collections.defaultdict(list)
    for m in fresh:
        mt = meta.get(m.get("id"))
        if mt is None:
            continue
        by_org[mt["org"]].append((m, mt))
    if len(by_org) != 5:
        problems.append(f"set: {len(by_org)} organisations (want 5)")
    for org, items in sorted(by_org.items()):
        holds = [mt for m, mt in items if m["expect"] == "hold"]
        passes = [mt for m, mt in items if m["expect"] == "pass"]
        if len(holds) != 10 or len(passes) != 10:
            problems.append(f"org {org}: {len(holds)} holds / {len(passes)} passes (want 10/10)")
        writers = {mt["writer"] for _, mt in items}
        if not 2 <= len(writers) <= 3:
            problems.append(f"org {org}: {len(writers)} writers (want 2-3)")
        locs = collections.Counter(mt["loc"] for mt in holds)
        if dict(locs) != LOC_QUOTA:
            problems.append(f"org {org}: hold locs {dict(locs)} (want {LOC_QUOTA})")
        for mt in passes:
            if mt["loc"] != "none":
                problems.append(f"org {org}: a pass has loc {mt['loc']}")
        from_domains = {m["from"].rsplit("@", 1)[-1].rstrip(">") for m, _ in items}
        if len(from_domains) != 1:
            problems.append(f"org {org}: several sender domains {from_domains}")

    # ---- per-mail checks
    for m in fresh:
        mid = m.get("id", "?")
        mt = meta.get(mid, {})
        loc = mt.get("loc")
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                bad(mid, f"missing field {k}")
        unknown = keys - set(REQUIRED) - set(OPTIONAL)
        if unknown:
            bad(mid, f"unknown fields {sorted(unknown)}")
        expect = m.get("expect")
        if expect not in ("hold", "pass"):
            bad(mid, f"bad expect {expect!r}")
        kind = m.get("kind", "")
        if not KIND_RE.match(kind):
            bad(mid, f"bad kind format {kind!r}")
        cat = kind.split(".")[0]
        if expect == "hold" and cat not in HOLD_CATEGORIES:
            bad(mid, f"hold with kind {kind}")
        if expect == "pass" and cat != "benign":
            bad(mid, f"pass with kind {kind}")
        if expect == "hold" and loc == "recipients" and cat != "recipients":
            bad(mid, "recipients loc without recipients kind")
        why = m.get("why", "")
        if not JA_RE.search(why) or not why.endswith("。") or why.count("。") != 1:
            bad(mid, "why must be one Japanese sentence")
        for k in ("subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                bad(mid, f"empty {k}")

        # addresses
        sender_dom = None
        addrs = {}
        for k in ("from", "to", "cc", "bcc"):
            if k not in m:
                continue
            vals = [m[k]] if k == "from" else m[k]
            if k != "from" and (not isinstance(vals, list) or (k == "to" and not vals)):
                bad(mid, f"{k} must be a non-empty list")
                continue
            for a in vals:
                mm = ADDR_RE.match(a or "")
                if not mm:
                    bad(mid, f"bad address in {k}: {a!r}")
                    continue
                dom = mm.group(2).lower()
                if not domain_allowed(dom):
                    bad(mid, f"domain not allowed in {k}: {dom}")
                addrs.setdefault(k, []).append((mm.group(1) + "@" + dom, dom))
                if k == "from":
                    sender_dom = dom
        visible_out = [(e, d) for k in ("to", "cc") for e, d in addrs.get(k, []) if d != sender_dom]

        # attachments
        atts = m.get("attachments") or []
        att_texts = []
        for a in atts:
            fn = a.get("filename", "")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or set(a) != {"filename", "contentType", "encrypted"}:
                    bad(mid, f"bad encrypted zip entry {fn}")
                if not fn.endswith(".zip"):
                    bad(mid, f"encrypted zip without .zip name: {fn}")
            else:
                if set(a) != {"filename", "contentType", "text"} or not a.get("text", "").strip():
                    bad(mid, f"bad attachment entry {fn}")
                if ".zip" in fn and not re.search(r"\.zip/[^/]+$", fn):
                    bad(mid, f"zip inner file not named archive.zip/inner: {fn}")
                att_texts.append(a.get("text", ""))

        corpus = "\n".join([m.get("subject", ""), m.get("text", "")] + att_texts)
        all_text = corpus + "\n" + why + "\n" + "\n".join(a.get("filename", "") for a in atts)

        # placeholders
        if PLACEHOLDER_RE.search(all_text):
            bad(mid, "placeholder text (TODO / lorem / xxx)")

        # domains in text / URLs / attachments
        norm = nfkc(all_text)
        for rx in (EMAIL_RE, URL_RE, HOST_RE):
            for mm in rx.finditer(norm):
                host = mm.group(1).lower().rstrip(".")
                if not domain_allowed(host):
                    bad(mid, f"domain not allowed in text: {host}")

        # マイナンバー check digits (labelled numbers, CSV columns, personal entries)
        for line in norm.split("\n"):
            if MYNUM_LABEL_RE.search(line):
                for num in TWELVE_RE.findall(line[MYNUM_LABEL_RE.search(line).start():]):
                    if not mynumber_ok(num):
                        bad(mid, f"マイナンバー with bad check digit: {num}")
        for a in atts:
            t = nfkc(a.get("text", ""))
            lines = t.strip("\n").split("\n")
            if lines and "," in lines[0]:
                header = lines[0].split(",")
                cols = [i for i, h in enumerate(header) if MYNUM_LABEL_RE.search(h)]
                for row in lines[1:]:
                    cells = row.split(",")
                    for i in cols:
                        if i < len(cells) and re.sub(r"\D", "", cells[i]) and not mynumber_ok(cells[i]):
                            bad(mid, f"マイナンバー column with bad check digit: {cells[i]}")
        for p in m.get("personal") or []:
            if p.get("type") == "my_number" and not mynumber_ok(nfkc(p.get("value", ""))):
                bad(mid, f"personal my_number with bad check digit: {p.get('value')}")

        # full card numbers on holds pass Luhn
        if expect == "hold":
            for num in CARD_RE.findall(norm):
                if not luhn_ok(num):
                    bad(mid, f"16-digit number on a hold fails Luhn: {num}")
            for p in m.get("personal") or []:
                if p.get("type") == "card_number" and not luhn_ok(p.get("value", "")):
                    bad(mid, f"personal card_number fails Luhn: {p.get('value')}")

        # personal
        personal = m.get("personal")
        if expect == "pass":
            if "personal" in m:
                bad(mid, "pass with personal")
            if len(visible_out) > 10:
                bad(mid, f"pass with {len(visible_out)} visible outside recipients (max 10)")
            continue
        if not isinstance(personal, list) or not personal:
            bad(mid, "hold without personal")
            continue
        for p in personal:
            if set(p) != {"type", "value"} or not str(p.get("value", "")).strip():
                bad(mid, f"bad personal entry {p}")
        values = [p["value"] for p in personal if isinstance(p, dict) and "value" in p]
        text = m.get("text", "")
        subject = m.get("subject", "")

        if loc == "quoted":
            mk = QUOTE_MARKER_RE.search(text)
            if not mk:
                bad(mid, "quoted hold without a quote/forward marker")
            else:
                above, below = text[:mk.start()], text[mk.start():]
                for v in values:
                    if v in above or v in subject or any(v in t for t in att_texts):
                        bad(mid, f"quoted hold: {v!r} occurs above the quote marker")
                    if v not in below:
                        bad(mid, f"quoted hold: {v!r} not found below the quote marker")
        elif loc == "subject":
            if not any(v in subject for v in values):
                bad(mid, "subject hold: no personal value in the subject")
        elif loc == "recipients":
            if len(visible_out) <= 10:
                bad(mid, f"recipients hold with only {len(visible_out)} visible outside addresses")
            if len({d for _, d in visible_out}) < 2:
                bad(mid, "recipients hold: visible outside addresses from fewer than 2 domains")
            visible_emails = {e.lower() for e, _ in visible_out}
            for v in values:
                if v.lower() not in visible_emails:
                    bad(mid, f"recipients hold: {v!r} is not a visible recipient")
        else:
            encrypted = any(a.get("encrypted") for a in atts)
            if loc in ("attachment", "zip") and not atts:
                bad(mid, f"{loc} hold without attachments")
            if loc == "attachment" and not any(v in t for v in values for t in att_texts):
                bad(mid, "attachment hold: no personal value found in the attachments")
            if loc == "zip":
                inner = [a.get("text", "") for a in atts if ".zip/" in a.get("filename", "")]
                if not encrypted and not inner:
                    bad(mid, "zip hold without encrypted zip or inner zip files")
                if not encrypted and not any(v in t for v in values for t in inner):
                    bad(mid, "zip hold: no personal value inside the zip's inner files")
            if not (loc == "zip" and encrypted):
                for v in values:
                    if v not in corpus:
                        bad(mid, f"personal value not found in the mail: {v!r}")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
