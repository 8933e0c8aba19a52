"""Validate fresh.json + build/meta.json of eval-fresh94. Prints OK or the list of problems."""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import luhn_ok, mynumber_ok  # noqa: E402

PREFIX = "cp"
N = 100
ORGS = "ABCDE"
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_CATS = ("sensitive", "id", "list", "personal", "recipients")
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
FREEMAIL = {"gmail.com", "yahoo.co.jp", "outlook.com"}

ADDR_RE = re.compile(r"^([^<>\n]+?) <([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"https?://([A-Za-z0-9.-]+)")
TLDS = r"(?:jp|com|net|org|info|biz|io|vn|in|us|uk|cn|kr|tw|de|fr)"
HOST_IN_TEXT = re.compile(r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+" + TLDS + r")(?![A-Za-z0-9@-])",
                          re.I)
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{4}(?![\d-])")
TWELVE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
LABELLED_MN = re.compile(r"(?:マイナンバー|個人番号)[^0-9\n]{0,15}(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|\d{4}[ -]?\d{6}[ -]?\d{5})(?![\d-])")
QUOTE_START = re.compile(
    r"^(?:>|.*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)|.*wrote:\s*$"
    r"|.*書きました[:：]\s*$|.*のメール[:：]\s*$|.*<[^>]+>[:：]\s*$)", re.M)

problems = []


def err(mid, msg):
    line = f"{mid}: {msg}"
    if line not in problems:
        problems.append(line)


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d in FREEMAIL or re.search(r"(^|\.)example(\.[a-z]{2,})+$", d) is not None


def parse_addr(a):
    m = ADDR_RE.match(a) if isinstance(a, str) else None
    return (m.group(1), m.group(2), m.group(3).lower()) if m else None


def quote_start(text):
    m = QUOTE_START.search(text)
    return m.start() if m else None


def all_texts(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        parts.append(a["filename"])
        if "text" in a:
            parts.append(a["text"])
    return parts


def check(mails, meta):
    """Run every check; return the list of problems (empty when the set is valid)."""
    problems.clear()
    if not isinstance(mails, list) or len(mails) != N:
        err("set", f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    if ids != [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]:
        err("set", "ids are not cp001..cp100 in order")
    if set(meta) != set(ids):
        err("set", "meta.json ids differ from fresh.json ids")

    expects = [m.get("expect") for m in mails]
    c = Counter(expects)
    if c["hold"] != N // 2 or c["pass"] != N // 2:
        err("set", f"hold/pass = {c['hold']}/{c['pass']}")
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m["id"], "more than 3 mails in a row with the same expect")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    for m in mails:
        mt = meta.get(m["id"], {})
        org, loc = mt.get("org"), mt.get("loc")
        if org not in ORGS:
            err(m["id"], f"bad org {org!r}")
            continue
        per_org[org][m["expect"]] += 1
        writers[org].add(mt.get("writer"))
        if m["expect"] == "hold":
            if loc not in LOC_QUOTA:
                err(m["id"], f"hold with bad loc {loc!r}")
            locs[org][loc] += 1
        elif loc != "none":
            err(m["id"], "pass must have loc none")
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(f"org {org}", f"hold/pass = {per_org[org]['hold']}/{per_org[org]['pass']}")
        if dict(locs[org]) != LOC_QUOTA:
            err(f"org {org}", f"location quota {dict(locs[org])}")
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}", f"{len(writers[org])} writers")

    enc_zip_kind_seen = 0
    for m in mails:
        mid = m.get("id", "?")
        mt = meta.get(mid, {})
        loc = mt.get("loc")
        keys = set(m)
        if not REQUIRED <= keys or not keys <= REQUIRED | OPTIONAL:
            err(mid, f"bad keys {sorted(keys)}")
            continue
        kind, expect = m["kind"], m["expect"]
        if expect not in ("hold", "pass"):
            err(mid, "bad expect")
        if not KIND_RE.match(kind):
            err(mid, f"kind not snake_case category.detail: {kind}")
        cat = kind.split(".")[0]
        if expect == "hold":
            if not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
                err(mid, f"hold kind {kind}")
        elif cat != "benign":
            err(mid, f"pass kind {kind}")
        if (cat == "recipients") != (loc == "recipients"):
            err(mid, "recipients kind and loc disagree")
        if not isinstance(m["why"], str) or not m["why"].strip():
            err(mid, "empty why")
        if not m["subject"].strip() or len(m["text"].strip()) < 40:
            err(mid, "empty subject or text")

        # addresses
        f = parse_addr(m["from"])
        if not f:
            err(mid, f"bad from {m['from']!r}")
            continue
        sender_dom = f[2]
        heads = {"to": m["to"], "cc": m.get("cc", []), "bcc": m.get("bcc", [])}
        if not isinstance(m["to"], list) or not m["to"]:
            err(mid, "to must be a non-empty list")
        for h, lst in heads.items():
            if not isinstance(lst, list):
                err(mid, f"{h} not a list")
                continue
            for a in lst:
                if not parse_addr(a):
                    err(mid, f"bad {h} address {a!r}")
        all_heads = [m["from"]] + heads["to"] + heads["cc"] + heads["bcc"]
        for a in all_heads:
            p = parse_addr(a)
            if p and not domain_ok(p[2]):
                err(mid, f"domain not allowed in header: {p[2]}")
        outside = {parse_addr(a)[1] + "@" + parse_addr(a)[2] for a in heads["to"] + heads["cc"]
                   if parse_addr(a) and parse_addr(a)[2] != sender_dom}
        if cat == "recipients":
            if len(outside) <= 10:
                err(mid, f"recipients hold has only {len(outside)} visible outside addresses")
        elif len(outside) > 10:
            err(mid, f"{len(outside)} visible outside addresses on a non-recipients mail")

        # domains inside texts
        for part in all_texts(m):
            for rx in (EMAIL_IN_TEXT, URL_IN_TEXT, HOST_IN_TEXT):
                for d in rx.findall(part):
                    if not domain_ok(d):
                        err(mid, f"domain not allowed in text: {d}")
            for mid_grp in PHONE_RE.findall(part):
                if set(mid_grp) != {"0"}:
                    err(mid, f"phone number without 0000 exchange: ...-{mid_grp}-...")

        # attachments
        atts = m.get("attachments", [])
        n_enc = 0
        for a in atts:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                err(mid, f"bad attachment {a!r}")
                continue
            if a.get("encrypted"):
                n_enc += 1
                if a["contentType"] != "application/zip" or "text" in a or set(a) != {
                        "filename", "contentType", "encrypted"} or a["encrypted"] is not True:
                    err(mid, "encrypted zip must be {filename, contentType: application/zip, encrypted: true}")
            elif set(a) != {"filename", "contentType", "text"} or not a["text"].strip():
                err(mid, f"bad attachment keys {sorted(a)}")
            elif a["filename"].lower().endswith(".zip"):
                err(mid, "plain zip must be given as archive.zip/inner files")
        if kind == "attachment.encrypted_zip":
            enc_zip_kind_seen += 1
            if n_enc < 1:
                err(mid, "attachment.encrypted_zip without encrypted zip")
        elif n_enc:
            err(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
        if loc == "zip":
            plain_inner = [a for a in atts if ".zip/" in a["filename"].lower()]
            if not n_enc and not plain_inner:
                err(mid, "zip hold without a zip")

        # マイナンバー check digits
        texts = all_texts(m)
        for part in texts:
            for num in LABELLED_MN.findall(part):
                if not mynumber_ok(num):
                    err(mid, f"labelled マイナンバー with bad check digit: {num}")
            if kind.startswith("id.mynumber"):
                for num in TWELVE.findall(part):
                    if not mynumber_ok(num):
                        err(mid, f"12-digit number in mynumber mail with bad check digit: {num}")
        for a in atts:
            if a.get("text") and a["filename"].lower().endswith(".csv"):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h
                            or "mynumber" in h.lower()]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i].strip() and not mynumber_ok(r[i]):
                                err(mid, f"CSV マイナンバー with bad check digit: {r[i]}")
        # card numbers on holds
        if expect == "hold":
            for part in texts:
                for num in CARD_RE.findall(part):
                    if not luhn_ok(num):
                        err(mid, f"card-like number failing Luhn on a hold: {num}")

        # personal
        pers = m.get("personal")
        if expect == "pass":
            if pers:
                err(mid, "personal on a pass")
            continue
        if pers is None:
            if loc not in ("zip", "recipients"):
                err(mid, "hold without personal")
            pers = []
        if not isinstance(pers, list):
            err(mid, "personal not a list")
            continue
        subj, body = m["subject"], m["text"]
        att_text = "\n".join(a.get("text", "") for a in atts)
        qs = quote_start(body)
        for p in pers:
            if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["value"]:
                err(mid, f"bad personal entry {p!r}")
                continue
            v = p["value"]
            if v not in subj and v not in body and v not in att_text:
                err(mid, f"personal value not found: {v!r}")
            if p["type"] in ("card", "card_number", "credit_card") and not luhn_ok(v):
                err(mid, f"personal card fails Luhn: {v}")
            if p["type"] == "mynumber" and not mynumber_ok(v):
                err(mid, f"personal mynumber bad check digit: {v}")
            if loc in ("attachment", "zip"):
                if v in subj or v in body:
                    err(mid, f"{loc} hold has personal value in subject/body: {v!r}")
                if v not in att_text:
                    err(mid, f"{loc} hold personal value not in attachment: {v!r}")
            elif loc == "subject":
                if v not in subj:
                    err(mid, f"subject hold value not in subject: {v!r}")
                if v in body or v in att_text:
                    err(mid, f"subject hold value also in body/attachment: {v!r}")
            elif loc == "quoted":
                if qs is None:
                    err(mid, "quoted hold without a quoted/forwarded part")
                    break
                if v in subj or v in body[:qs] or v in att_text:
                    err(mid, f"quoted hold value above the quote (or in subject/attachment): {v!r}")
                if v not in body[qs:]:
                    err(mid, f"quoted hold value not in quoted part: {v!r}")
            elif loc == "body":
                if v in subj:
                    err(mid, f"body hold value in subject: {v!r}")
        if loc == "body" and pers and not any(p["value"] in body for p in pers if isinstance(p, dict)):
            err(mid, "body hold has no personal value in body")
        if loc in ("body", "attachment", "quoted", "subject") and not pers:
            err(mid, "hold without personal values")
        if loc == "zip" and n_enc == 0 and not pers:
            err(mid, "plain-zip hold should list the personal data of the inner file")

    if enc_zip_kind_seen < 1:
        err("set", "no attachment.encrypted_zip mail")
    return list(problems)


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    check(mails, meta)
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
