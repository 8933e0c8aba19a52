"""Validate fresh.json + build/meta.json of the eval-fresh90 set. Prints OK or the errors."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "cl"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

KIND_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*\.[a-z0-9]+(?:_[a-z0-9]+)*$")
ADDR_RE = re.compile(r"^([^<>\n]*[^<>\s][^<>\n]*) <([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EXAMPLE_RE = re.compile(r"^(?:[a-z0-9-]+\.)+example\.[a-z]{2,}(?:\.[a-z]{2,})?$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
BARE_RE = re.compile(r"(?<![A-Za-z0-9.-])((?:[A-Za-z0-9-]+\.)+(?:jp|com|net|org|info|biz|io|ph|kr|cn|tw|ca|uk|us))(?![A-Za-z0-9-])")
QUOTE_RES = [
    re.compile(r"^-{3,}\s*Original Message\s*-{3,}\s*$", re.M),
    re.compile(r"^-{3,}\s*Forwarded message\s*-{3,}\s*$", re.M),
    re.compile(r"^-{3,}\s*転送メッセージ\s*-{3,}\s*$", re.M),
    re.compile(r"^-{3,}\s*元のメッセージ\s*-{3,}\s*$", re.M),
    re.compile(r"^>", re.M),
]
TWELVE_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
CARD_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5})(?![ -]?\d)")
MN_LABEL_RE = re.compile(r"マイナンバー|個人番号")

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def mynumber_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 12:
        return False
    total = sum(d[10 - (n - 1)] * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = total % 11
    return d[11] == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        t += v
    return t % 10 == 0


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE_DOMAINS or bool(EXAMPLE_RE.match(d))


def quote_pos(text):
    pos = [m.start() for r in QUOTE_RES for m in [r.search(text)] if m]
    return min(pos) if pos else None


def texts_of(m):
    out = [("subject", m["subject"]), ("text", m["text"])]
    for a in m.get("attachments", []):
        if "text" in a:
            out.append(("att:" + a["filename"], a["text"]))
    return out


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err("set", f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("set", "ids are not cl001..cl100 in order")
    if set(meta) != set(want):
        err("set", "meta.json ids differ from fresh.json ids")

    exp = [m.get("expect") for m in mails]
    if exp.count("hold") != 50 or exp.count("pass") != 50:
        err("set", f"hold/pass = {exp.count('hold')}/{exp.count('pass')}")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(ids[i], "run of more than 3 identical expects")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    enc_zip_kind_seen = 0

    for m in mails:
        mid = m.get("id", "?")
        mt = meta.get(mid, {})
        org, loc, writer = mt.get("org"), mt.get("loc"), mt.get("writer")
        if org not in ORGS:
            err(mid, f"bad org {org}")
        writers[org].add(writer)
        per_org[org][m.get("expect")] += 1

        # ---- keys
        for k in REQUIRED:
            if k not in m:
                err(mid, f"missing key {k}")
        for k in m:
            if k not in REQUIRED + OPTIONAL:
                err(mid, f"unknown key {k}")
        if m.get("expect") not in ("hold", "pass"):
            err(mid, "expect must be hold or pass")
            continue
        for k in ("why", "subject", "text"):
            if not isinstance(m.get(k), str) or not m[k].strip():
                err(mid, f"{k} must be a non-empty string")
        kind = m.get("kind", "")
        hold = m["expect"] == "hold"
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        if hold:
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind not allowed: {kind}")
            if loc not in LOC_QUOTA:
                err(mid, f"hold loc invalid: {loc}")
            locs[org][loc] += 1
        else:
            if not kind.startswith("benign."):
                err(mid, f"pass kind must be benign.*: {kind}")
            if loc != "none":
                err(mid, f"pass loc must be none: {loc}")
            if m.get("personal"):
                err(mid, "pass mail carries personal values")

        # ---- addresses
        frm = m.get("from")
        fm = ADDR_RE.match(frm) if isinstance(frm, str) else None
        if not fm:
            err(mid, f"bad from: {frm}")
            continue
        sender_dom = fm.group(3).lower()
        if not domain_ok(sender_dom):
            err(mid, f"sender domain not allowed: {sender_dom}")
        outside = set()
        for k in ("to", "cc", "bcc"):
            if k not in m:
                continue
            v = m[k]
            if not isinstance(v, list) or (k == "to" and not v) or (k != "to" and not v):
                err(mid, f"{k} must be a non-empty array")
                continue
            for a in v:
                am = ADDR_RE.match(a) if isinstance(a, str) else None
                if not am:
                    err(mid, f"bad address in {k}: {a}")
                    continue
                d = am.group(3).lower()
                if not domain_ok(d):
                    err(mid, f"domain not allowed in {k}: {d}")
                if k in ("to", "cc") and d != sender_dom:
                    outside.add(f"{am.group(2).lower()}@{d}")
        if len(outside) > 10 and not kind.startswith("recipients."):
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")
        if kind.startswith("recipients.") and len(outside) <= 10:
            err(mid, f"recipients hold has only {len(outside)} visible outside recipients")
        if (loc == "recipients") != kind.startswith("recipients."):
            err(mid, "loc recipients <-> kind recipients.* mismatch")

        # ---- attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array")
            atts = []
        enc = []
        inner_zip = []
        for a in atts:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                err(mid, f"bad attachment {a}")
                continue
            if a.get("encrypted"):
                if a["contentType"] != "application/zip" or "text" in a or set(a) != {"filename", "contentType", "encrypted"}:
                    err(mid, f"bad encrypted zip entry {a['filename']}")
                enc.append(a)
            else:
                if not isinstance(a.get("text"), str) or not a["text"].strip():
                    err(mid, f"attachment without text: {a['filename']}")
                if set(a) != {"filename", "contentType", "text"}:
                    err(mid, f"attachment has unexpected keys: {a['filename']}")
                if ".zip/" in a["filename"]:
                    inner_zip.append(a)
        if enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_zip_kind_seen += 1
            if not enc:
                err(mid, "attachment.encrypted_zip without an encrypted zip")
        if loc == "zip" and not (enc or inner_zip):
            err(mid, "zip hold without encrypted zip or plain-zip inner file")
        if kind == "attachment.encrypted_zip" and loc != "zip":
            err(mid, "attachment.encrypted_zip must have loc zip")
        if loc == "attachment" and not atts:
            err(mid, "attachment hold without attachments")

        # ---- domains in texts
        for where, t in texts_of(m) + [("why", m.get("why", ""))]:
            for r in (EMAIL_RE, URL_RE, BARE_RE):
                for mm in r.finditer(t):
                    if not domain_ok(mm.group(1)):
                        err(mid, f"domain not allowed in {where}: {mm.group(1)}")

        # ---- my number / card numbers
        for where, t in texts_of(m):
            for mm in TWELVE_RE.finditer(t):
                labelled = MN_LABEL_RE.search(t[max(0, mm.start() - 40):mm.start()])
                if (labelled or kind.startswith("id.mynumber")) and not mynumber_ok(mm.group(1)):
                    err(mid, f"invalid マイナンバー check digit in {where}: {mm.group(1)}")
            if hold:
                for mm in CARD_RE.finditer(t):
                    digits = re.sub(r"\D", "", mm.group(1))
                    if 13 <= len(digits) <= 19 and not luhn_ok(digits):
                        err(mid, f"card-like number fails Luhn in {where}: {mm.group(1)}")
        for a in atts:
            if a.get("text") and a["filename"].lower().endswith(".csv"):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if not rows:
                    continue
                cols = [i for i, h in enumerate(rows[0]) if MN_LABEL_RE.search(h)]
                for row in rows[1:]:
                    for i in cols:
                        if i < len(row) and row[i].strip() and not mynumber_ok(row[i]):
                            err(mid, f"invalid マイナンバー in CSV column: {row[i]}")

        # ---- personal values
        pers = m.get("personal")
        if hold and loc not in ("zip", "recipients") and not pers:
            err(mid, "hold without personal values")
        if pers is not None:
            if not isinstance(pers, list) or not pers:
                err(mid, "personal must be a non-empty array")
                pers = []
            subj, body = m["subject"], m["text"]
            att_text = "\n".join(a.get("text", "") for a in atts)
            inner_text = "\n".join(a.get("text", "") for a in inner_zip)
            qp = quote_pos(body)
            above = body if qp is None else body[:qp]
            below = "" if qp is None else body[qp:]
            for p in pers:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["type"] or not p["value"]:
                    err(mid, f"bad personal entry {p}")
                    continue
                v = p["value"]
                if v not in subj and v not in body and v not in att_text:
                    err(mid, f"personal value not found: {v}")
                if loc == "attachment":
                    if v in subj or v in body:
                        err(mid, f"attachment-only hold shows personal value in subject/body: {v}")
                    if v not in att_text:
                        err(mid, f"attachment-only hold: value not in attachment: {v}")
                if loc == "zip":
                    if v in subj or v in body:
                        err(mid, f"zip hold shows personal value in subject/body: {v}")
                    if v not in inner_text:
                        err(mid, f"zip hold: value not inside the zip: {v}")
                if loc == "subject":
                    if v not in subj:
                        err(mid, f"subject-only hold: value not in subject: {v}")
                    if v in body:
                        err(mid, f"subject-only hold: value in body: {v}")
                if loc == "quoted":
                    if qp is None:
                        err(mid, "quoted hold without a quoted/forwarded part")
                    if v in subj or v in above:
                        err(mid, f"quoted hold: value above the quoted part: {v}")
                    if v not in below:
                        err(mid, f"quoted hold: value not in the quoted part: {v}")
                if loc == "body" and v not in subj and v not in body:
                    err(mid, f"body hold: value not in body: {v}")
            if loc == "body" and not any(p.get("value", "") in above for p in pers if isinstance(p, dict)):
                err(mid, "body hold: no personal value in the body above any quote")

    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(f"org {org}", f"hold/pass = {per_org[org]['hold']}/{per_org[org]['pass']}")
        if dict(locs[org]) != LOC_QUOTA:
            err(f"org {org}", f"location quota {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}", f"{len(writers[org])} writers")
    if enc_zip_kind_seen == 0:
        err("set", "no attachment.encrypted_zip mail")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
