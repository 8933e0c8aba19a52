"""Checks ../fresh.json (and meta.json) against the brief; prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_ok, luhn_ok, FREE_MAIL, domain_of  # noqa: E402

PREFIX = "cj"
ROOT = os.path.dirname(HERE)
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
D12 = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}[ -]?\d{4}[ -]?\d{4}(?![ -]?\d)")
D16 = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![ -]?\d)")
MN_LABEL = re.compile(r"マイナンバー|個人番号|My ?Number", re.I)
CARD_LABEL = re.compile(r"カード番号|クレジットカード|card (?:no|number)", re.I)
QUOTE_START = re.compile(
    r"^(>|-{3,}.*(Original|Forwarded|転送)|-{5,}\s*Original|.*wrote:\s*$|.*のメッセージ:|差出人:|From: )",
    re.M)

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower()
    return d in FREE_MAIL or ".example." in d + "." or d.endswith(".example")


def texts_of(m):
    out = [("subject", m["subject"]), ("text", m["text"])]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append((a["filename"], a["text"]))
    return out


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if len(mails) != 100:
        err("-", f"expected 100 mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    if ids != [f"{PREFIX}{i:03d}" for i in range(1, len(mails) + 1)]:
        err("-", "ids are not cj001..cj100 in order")
    if set(meta) != set(ids):
        err("-", "meta.json ids do not match fresh.json")

    exp = Counter(m["expect"] for m in mails)
    if exp != Counter({"hold": 50, "pass": 50}):
        err("-", f"expect counts {dict(exp)}")
    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    for m in mails:
        o = meta[m["id"]]["org"]
        per_org[o][m["expect"]] += 1
        if m["expect"] == "hold":
            loc_org[o][meta[m["id"]]["loc"]] += 1
    if sorted(per_org) != list("ABCDE"):
        err("-", f"organisations {sorted(per_org)}")
    for o, c in per_org.items():
        if c["hold"] != 10 or c["pass"] != 10:
            err("-", f"org {o}: {dict(c)}")
        if loc_org[o] != Counter(LOC_QUOTA):
            err("-", f"org {o} hold locations {dict(loc_org[o])}")
    writers = defaultdict(set)
    for mid, v in meta.items():
        writers[v["org"]].add(v["writer"])
    for o, w in writers.items():
        if not 2 <= len(w) <= 3:
            err("-", f"org {o} has {len(w)} writers")

    run, prev = 0, None
    for m in mails:
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err(m["id"], "more than 3 consecutive ids with the same expect")

    for m in mails:
        mid, kind, expect = m["id"], m.get("kind", ""), m.get("expect")
        loc = meta[mid]["loc"]
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m:
                err(mid, f"missing {k}")
        extra = set(m) - {"id", "expect", "kind", "why", "from", "to", "cc", "bcc",
                          "subject", "text", "attachments", "personal"}
        if extra:
            err(mid, f"unknown keys {extra}")
        if expect == "hold" and not kind.startswith(HOLD_PREFIXES):
            err(mid, f"hold kind {kind}")
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, f"pass kind {kind}")
        if not re.fullmatch(r"[a-z]+\.[a-z0-9_]+", kind):
            err(mid, f"kind not snake_case: {kind}")

        # addresses and domains
        sender_dom = None
        for field in ("from", "to", "cc", "bcc"):
            vals = m.get(field, [])
            if field == "from":
                vals = [vals]
            for a in vals:
                mm = ADDR_RE.match(a)
                if not mm:
                    err(mid, f"bad address in {field}: {a!r}")
                    continue
                d = domain_of(a)
                if not domain_ok(d):
                    err(mid, f"domain not allowed: {d}")
                if field == "from":
                    sender_dom = d
        for where, t in texts_of(m):
            for d in EMAIL_RE.findall(t) + URL_RE.findall(t):
                if not domain_ok(d):
                    err(mid, f"domain not allowed in {where}: {d}")

        # visible outside recipients
        outside = [a for a in m["to"] + m.get("cc", []) if domain_of(a) != sender_dom]
        if len(outside) > 10 and not kind.startswith("recipients."):
            err(mid, f"{len(outside)} visible outside recipients on a {kind}")
        if kind.startswith("recipients.") and len(outside) <= 10:
            err(mid, f"recipients hold with only {len(outside)} outside recipients")
        if kind.startswith("recipients.") and loc != "recipients":
            err(mid, "recipients kind with loc " + loc)

        # encrypted zips
        atts = m.get("attachments", [])
        enc = [a for a in atts if a.get("encrypted")]
        for a in atts:
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(mid, f"malformed encrypted attachment {a}")
            elif not {"filename", "contentType", "text"} <= set(a):
                err(mid, f"malformed attachment {a.get('filename')}")
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip outside attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip" and not enc:
            err(mid, "attachment.encrypted_zip without an encrypted zip")
        if loc == "zip" and not (enc or any(".zip/" in a["filename"] for a in atts)):
            err(mid, "zip location without a zip")

        # My Number check digits
        texts = texts_of(m)
        for where, t in texts:
            lines = t.split("\n")
            mn_cols = []
            for li, line in enumerate(lines):
                cells = line.split(",")
                if li == 0 and where.endswith(".csv"):
                    mn_cols = [ci for ci, c in enumerate(cells) if MN_LABEL.search(c)]
                cand = []
                if kind.startswith("id.mynumber") or MN_LABEL.search(line):
                    cand = D12.findall(line)
                elif mn_cols and li > 0:
                    cand = [cells[ci] for ci in mn_cols if ci < len(cells)]
                for c in cand:
                    digits = re.sub(r"\D", "", c)
                    if len(digits) == 12 and not mynumber_ok(digits):
                        err(mid, f"My Number {c} fails check digit ({where})")
        if kind.startswith("id.mynumber") and not any(D12.search(t) for _, t in texts):
            err(mid, "id.mynumber hold without a 12-digit number")

        # card numbers held as cards
        if expect == "hold":
            for where, t in texts:
                for line in t.split("\n"):
                    if "card" in kind or CARD_LABEL.search(line):
                        for c in D16.findall(line):
                            if not luhn_ok(c):
                                err(mid, f"card {c} fails Luhn ({where})")

        # personal values
        pers = m.get("personal", [])
        if expect == "pass" and pers:
            err(mid, "pass with personal values")
        if expect == "hold" and loc not in ("zip", "recipients") and not pers:
            err(mid, "hold without personal values")
        body_top = QUOTE_START.split(m["text"], maxsplit=1)[0] if QUOTE_START.search(m["text"]) else m["text"]
        for p in pers:
            if set(p) != {"type", "value"}:
                err(mid, f"bad personal entry {p}")
                continue
            v = p["value"]
            if not any(v in t for _, t in texts):
                err(mid, f"personal value not found: {v!r}")
            if loc == "attachment" and (v in m["text"] or v in m["subject"]):
                err(mid, f"attachment-only hold has {v!r} in subject/body")
            if loc == "subject" and v not in m["subject"]:
                err(mid, f"subject-only hold: {v!r} not in subject")
            if loc == "subject" and v in m["text"]:
                err(mid, f"subject-only hold: {v!r} also in body")
            if loc == "quoted":
                if v in m["subject"] or v in body_top:
                    err(mid, f"quoted hold: {v!r} above the quoted part")
        if loc == "quoted" and not QUOTE_START.search(m["text"]):
            err(mid, "quoted hold without a quoted/forwarded part")
        if loc == "attachment" and not any("text" in a for a in atts):
            err(mid, "attachment hold without attachment text")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
