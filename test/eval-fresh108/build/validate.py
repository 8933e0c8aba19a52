"""Validate fresh.json + build/meta.json of eval-fresh108. Prints OK or the problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_valid, luhn_valid  # noqa: E402

PREFIX = "dd"
N = 100
FRESH = os.path.join(os.path.dirname(HERE), "fresh.json")
META = os.path.join(HERE, "meta.json")

REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}

KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
ADDR_RE = re.compile(r"^(?P<name>[^<>\n]*\S)\s<(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)", re.I)
BARE_RE = re.compile(r"(?<![A-Za-z0-9.@-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|io|info|biz))(?![A-Za-z0-9-])", re.I)
EXAMPLE_RE = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.example\.[a-z]{2,}(?:\.[a-z]{2,})*$")
MYNUM_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![ -]?\d)")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}|\d{4}([ -]?)\d{6}\3\d{5})(?![ -]?\d)")
MYNUM_LABEL = re.compile(r"マイナンバー|個人番号")
QUOTE_MARKERS = [
    re.compile(r"^\s*>"),
    re.compile(r"^\s*-{2,}\s*(Original Message|Forwarded message|転送メッセージ|元のメッセージ)", re.I),
    re.compile(r"wrote:\s*$"),
    re.compile(r"書きました[:：]\s*$"),
    re.compile(r"<[^<>\s]+@[^<>\s]+>\s*[:：]\s*$"),
]

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE or bool(EXAMPLE_RE.match(d))


def quote_start(text):
    """Character offset of the first quote/forward marker line, or None."""
    off = 0
    for line in text.split("\n"):
        if any(p.search(line) for p in QUOTE_MARKERS):
            return off
        off += len(line) + 1
    return None


def att_texts(m):
    return [a.get("text", "") for a in m.get("attachments", [])]


def all_texts(m):
    return [m["subject"], m["text"]] + att_texts(m) + [a["filename"] for a in m.get("attachments", [])]


def run_checks():
    with open(FRESH, encoding="utf-8") as f:
        mails = json.load(f)
    with open(META, encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err("-", f"expected {N} mails, got {len(mails)}")
    for i, m in enumerate(mails, 1):
        want = f"{PREFIX}{i:03d}"
        if m.get("id") != want:
            err(m.get("id", f"#{i}"), f"id out of order, expected {want}")

    # expect counts and runs
    exp = [m.get("expect") for m in mails]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        err("-", f"expect counts {dict(c)} (want 50/50)")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(mails[i]["id"], "more than 3 mails in a row with the same expect")

    # per-org composition from meta
    if set(meta) != {m["id"] for m in mails}:
        err("-", "meta.json ids do not match fresh.json")
    per_org = defaultdict(Counter)
    writers = defaultdict(set)
    locs = defaultdict(Counter)
    for m in mails:
        mm = meta.get(m["id"])
        if not mm:
            continue
        if set(mm) != {"org", "writer", "loc"}:
            err(m["id"], f"meta keys {sorted(mm)}")
        per_org[mm["org"]][m["expect"]] += 1
        writers[mm["org"]].add(mm["writer"])
        if m["expect"] == "hold":
            if mm["loc"] not in QUOTA:
                err(m["id"], f"hold with loc {mm['loc']!r}")
            locs[mm["org"]][mm["loc"]] += 1
        elif mm["loc"] != "none":
            err(m["id"], f"pass with loc {mm['loc']!r} (want none)")
    if sorted(per_org) != ["A", "B", "C", "D", "E"]:
        err("-", f"organisations {sorted(per_org)}")
    for org, cnt in per_org.items():
        if cnt["hold"] != 10 or cnt["pass"] != 10:
            err(org, f"hold/pass {cnt['hold']}/{cnt['pass']} (want 10/10)")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers (want 2-3)")
        if dict(locs[org]) != QUOTA:
            err(org, f"location quota {dict(locs[org])} (want {QUOTA})")

    enc_kind_count = 0
    for m in mails:
        mid = m.get("id", "?")
        keys = set(m)
        if not REQUIRED <= keys:
            err(mid, f"missing keys {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            err(mid, f"unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        for k in ("why", "subject", "text"):
            if not isinstance(m[k], str) or not m[k].strip():
                err(mid, f"empty {k}")
        kind, hold = m["kind"], m["expect"] == "hold"
        loc = meta.get(mid, {}).get("loc")
        if m["expect"] not in ("hold", "pass"):
            err(mid, f"bad expect {m['expect']!r}")
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind!r}")
        cat = kind.split(".")[0]
        if hold and not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
            err(mid, f"hold kind {kind!r}")
        if not hold and cat != "benign":
            err(mid, f"pass kind {kind!r}")

        # addresses
        if not isinstance(m["from"], str):
            err(mid, "from must be one address string")
            continue
        fm = ADDR_RE.match(m["from"])
        if not fm:
            err(mid, f"bad from {m['from']!r}")
            continue
        sender_dom = fm.group("domain").lower()
        outside = 0
        for fld in ("to", "cc", "bcc"):
            if fld not in m:
                continue
            if not isinstance(m[fld], list) or (fld == "to" and not m[fld]):
                err(mid, f"{fld} must be a non-empty list" if fld == "to" else f"{fld} must be a list")
                continue
            for a in m[fld]:
                am = ADDR_RE.match(a) if isinstance(a, str) else None
                if not am:
                    err(mid, f"bad {fld} address {a!r}")
                    continue
                d = am.group("domain").lower()
                if not domain_ok(d):
                    err(mid, f"domain not allowed in {fld}: {d}")
                if fld in ("to", "cc") and d != sender_dom:
                    outside += 1
        if not domain_ok(sender_dom):
            err(mid, f"sender domain not allowed: {sender_dom}")

        # domains inside texts
        for t in all_texts(m):
            for rx in (EMAIL_RE, URL_RE, BARE_RE):
                for d in rx.findall(t):
                    if not domain_ok(d):
                        err(mid, f"domain not allowed in text: {d}")

        # recipients rule
        if outside > 10 and not kind.startswith("recipients."):
            err(mid, f"{outside} visible outside recipients on a non-recipients mail")
        if kind.startswith("recipients.") and outside <= 10:
            err(mid, f"recipients hold with only {outside} visible outside recipients")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(mid, "loc recipients and kind recipients.* must go together")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty list")
            atts = []
        n_enc = 0
        for a in atts:
            if a.get("encrypted"):
                n_enc += 1
                if a.get("contentType") != "application/zip" or "text" in a or set(a) != {"filename", "contentType", "encrypted"}:
                    err(mid, f"encrypted zip must be {{filename, contentType: application/zip, encrypted: true}}: {a.get('filename')}")
            else:
                if set(a) != {"filename", "contentType", "text"}:
                    err(mid, f"attachment keys {sorted(a)}")
                if a.get("contentType") == "application/zip":
                    err(mid, "plain zip must be given as archive.zip/inner entries")
        if n_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a mail whose kind is not attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_kind_count += 1
            if n_enc != 1:
                err(mid, f"attachment.encrypted_zip with {n_enc} encrypted zips (want 1)")
            if loc != "zip":
                err(mid, "attachment.encrypted_zip must have loc zip")

        # マイナンバー check digits
        texts = [m["subject"], m["text"]] + att_texts(m)
        for t in texts:
            lines = t.split("\n")
            for i, line in enumerate(lines):
                if MYNUM_LABEL.search(line):
                    cand = MYNUM_RE.findall(line)
                    if not cand and i + 1 < len(lines):
                        cand = MYNUM_RE.findall(lines[i + 1])
                    for g in cand:
                        if not mynumber_valid("".join(g)):
                            err(mid, f"labelled マイナンバー with bad check digit: {''.join(g)}")
            if kind.startswith("id.mynumber"):
                for g in MYNUM_RE.findall(t):
                    if not mynumber_valid("".join(g)):
                        err(mid, f"12-digit number in id.mynumber mail with bad check digit: {''.join(g)}")
        for a in atts:
            if a.get("filename", "").lower().endswith(".csv") and "text" in a:
                rows = list(csv.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [j for j, h in enumerate(rows[0]) if MYNUM_LABEL.search(h)]
                    for r in rows[1:]:
                        for j in cols:
                            if j < len(r) and r[j].strip() and not mynumber_valid(r[j]):
                                err(mid, f"CSV マイナンバー column with bad check digit: {r[j]}")

        # card numbers on holds
        if hold:
            for t in texts:
                for g in CARD_RE.findall(t):
                    if not luhn_valid(g[0]):
                        err(mid, f"card-like number fails Luhn on a hold: {g[0]}")

        # personal values
        pers = m.get("personal")
        if not hold:
            if pers:
                err(mid, "personal on a pass")
            continue
        if pers is None:
            if loc not in ("zip", "recipients"):
                err(mid, "hold without personal")
            pers = []
        if not isinstance(pers, list):
            err(mid, "personal must be a list")
            continue
        if loc not in ("zip", "recipients") and not pers:
            err(mid, "empty personal")
        subj, body = m["subject"], m["text"]
        atexts = att_texts(m)
        qs = quote_start(body)
        for p in pers:
            if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
                err(mid, f"bad personal entry {p!r}")
                continue
            v = p["value"]
            in_subj, in_body = v in subj, v in body
            in_att = any(v in t for t in atexts)
            if not (in_subj or in_body or in_att):
                err(mid, f"personal value not found: {v!r}")
            if loc == "attachment" and (in_subj or in_body):
                err(mid, f"attachment-only hold has personal value in subject/body: {v!r}")
            if loc == "attachment" and not in_att:
                err(mid, f"attachment hold value not in attachment: {v!r}")
            if loc == "subject" and (not in_subj or in_body or in_att):
                err(mid, f"subject-only hold: {v!r} must be in subject only")
            if loc == "quoted":
                if qs is None:
                    err(mid, "quoted hold without a quote/forward marker")
                elif in_subj or v in body[:qs] or in_att:
                    err(mid, f"quoted hold has personal value above the quote: {v!r}")
                elif v not in body[qs:]:
                    err(mid, f"quoted hold value not in quoted part: {v!r}")
            if loc == "zip" and (in_subj or in_body):
                err(mid, f"zip hold has personal value in subject/body: {v!r}")
            if loc == "body" and not in_body:
                err(mid, f"body hold value not in body: {v!r}")
        if loc == "zip" and not n_enc:
            inner = [a for a in atts if ".zip/" in a.get("filename", "")]
            if not inner:
                err(mid, "zip hold without encrypted zip or plain zip inner file")
            for p in pers:
                if not any(p["value"] in a.get("text", "") for a in inner):
                    err(mid, f"zip hold value not inside zip: {p['value']!r}")
        if loc == "attachment" and any(".zip/" in a.get("filename", "") for a in atts):
            err(mid, "attachment hold uses a zip (should be loc zip)")

    if enc_kind_count == 0:
        err("-", "no attachment.encrypted_zip mail")


def main():
    try:
        run_checks()
    except (OSError, json.JSONDecodeError) as e:
        print(f"FAIL: {e}")
        sys.exit(1)
    if errors:
        for e in errors:
            print(e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
