# -*- coding: utf-8 -*-
"""Validate fresh.json and build/meta.json. Prints OK or the list of problems.

Usage: python3 build/validate.py
"""
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
from common import mn_valid, luhn_ok  # noqa: E402

PREFIX = "co"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
KIND_RE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_]+$")
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<local>[A-Za-z0-9._%+-]+)@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}

EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"(?i)\b(?:https?|ftp)://([A-Za-z0-9.-]+)")
HOST_IN_TEXT = re.compile(
    r"(?i)(?<![A-Za-z0-9@._-])((?:[a-z0-9-]+\.)+(?:com|net|org|jp|io|info|biz|edu|gov|co|uk|us|de|fr|au|cn|kr|tw|asia|tokyo|ai|app|dev))(?![A-Za-z0-9-])")
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{4}(?![\d-])")

QUOTE_MARK_RE = re.compile(r"^-{2,}\s*(?:Original Message|Forwarded message|転送メッセージ)\s*-{2,}\s*$", re.I)
MN_LABEL_RE = re.compile(r"(?i)マイナンバー|個人番号|my ?number")
MN_CAND_RE = re.compile(r"(?<!\d)(?<!\d[ -])(\d{4})([ -]?)(\d{4})\2(\d{4})(?![ -]?\d)")
CARD16_RE = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?![ -]?\d)")
CARD_AMEX_RE = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}([ -])\d{6}\1\d{5}(?![ -]?\d)")
LONG_DIGITS_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")

problems = []


def err(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE:
        return True
    return re.search(r"(^|\.)example(\.[a-z0-9-]+)+$", d) is not None


def parse_addr(a):
    m = ADDR_RE.match(a) if isinstance(a, str) else None
    return m


def quote_start(text):
    """Character offset where the quoted/forwarded part starts, or None."""
    lines = text.split("\n")
    offs, pos = [], 0
    for line in lines:
        offs.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        if QUOTE_MARK_RE.match(line.strip()):
            return offs[i]
        if line.startswith(">"):
            # an attribution line ("... wrote:" / "... のメール:") just above belongs to the quote
            if i > 0 and "@" in lines[i - 1] and lines[i - 1].strip():
                return offs[i - 1]
            return offs[i]
    return None


def texts_of(m):
    yield "subject", m.get("subject", "")
    yield "text", m.get("text", "")
    for a in m.get("attachments", []) or []:
        if isinstance(a, dict) and isinstance(a.get("text"), str):
            yield "att:" + a.get("filename", ""), a["text"]


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------------- count, ids, order
    if not isinstance(mails, list) or len(mails) != N:
        err("set", f"expected {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
        return
    for i, m in enumerate(mails, 1):
        want = f"{PREFIX}{i:03d}"
        if m.get("id") != want:
            err(want, f"id out of order: {m.get('id')}")
    if set(meta) != {m.get("id") for m in mails}:
        err("meta", "meta.json ids differ from fresh.json ids")

    expects = [m.get("expect") for m in mails]
    c = Counter(expects)
    if c["hold"] != 50 or c["pass"] != 50:
        err("set", f"hold/pass = {c['hold']}/{c['pass']}, want 50/50")
    run, prev = 0, None
    for m in mails:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(m["id"], "more than 3 mails in a row with the same expect")

    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    writers = defaultdict(set)
    enc_kind_count = 0

    for m in mails:
        mid = m.get("id", "?")
        mm = meta.get(mid, {})
        org, writer, loc = mm.get("org"), mm.get("writer"), mm.get("loc")
        if org not in ORGS or not writer or not loc:
            err(mid, f"bad meta {mm}")
            continue
        per_org[org][m.get("expect")] += 1
        writers[org].add(writer)

        # ------------------------------------------------------ keys and types
        keys = list(m.keys())
        for k in REQUIRED:
            if k not in m:
                err(mid, f"missing key {k}")
        for k in keys:
            if k not in REQUIRED and k not in OPTIONAL:
                err(mid, f"unknown key {k}")
        order = [k for k in REQUIRED[:6] + ["cc", "bcc", "subject", "text", "attachments", "personal"] if k in m]
        if keys != order:
            err(mid, f"key order {keys}")
        expect, kind = m.get("expect"), m.get("kind", "")
        if expect not in ("hold", "pass"):
            err(mid, f"bad expect {expect}")
        if not KIND_RE.match(kind):
            err(mid, f"bad kind {kind}")
        cat = kind.split(".")[0]
        if expect == "hold":
            if not (cat in HOLD_CATS or kind == "attachment.encrypted_zip"):
                err(mid, f"hold with kind {kind}")
            if loc not in LOC_QUOTA:
                err(mid, f"hold with loc {loc}")
            loc_org[org][loc] += 1
        elif expect == "pass":
            if cat != "benign":
                err(mid, f"pass with kind {kind}")
            if loc != "none":
                err(mid, f"pass with loc {loc}")
            if "personal" in m:
                err(mid, "pass carries personal")
        why = m.get("why")
        if not isinstance(why, str) or not why.strip() or "\n" in why:
            err(mid, "why must be one non-empty sentence")
        for k in ("subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(mid, f"empty {k}")

        # ------------------------------------------------------ addresses and domains
        fm = parse_addr(m.get("from"))
        if not fm:
            err(mid, f"bad from {m.get('from')}")
            continue
        sender_dom = fm.group("domain").lower()
        all_domains = [sender_dom]
        outside = set()
        for field in ("to", "cc", "bcc"):
            if field not in m:
                continue
            v = m[field]
            if not isinstance(v, list) or (field == "to" and not v):
                err(mid, f"{field} must be a non-empty array")
                continue
            for a in v:
                pm = parse_addr(a)
                if not pm:
                    err(mid, f"bad address in {field}: {a}")
                    continue
                d = pm.group("domain").lower()
                all_domains.append(d)
                if field in ("to", "cc") and d != sender_dom:
                    outside.add((pm.group("local") + "@" + d).lower())
        for where, t in texts_of(m):
            all_domains += EMAIL_IN_TEXT.findall(t)
            all_domains += URL_IN_TEXT.findall(t)
            all_domains += HOST_IN_TEXT.findall(t)
            for ph in PHONE_RE.finditer(t):
                if ph.group(1) != "0000":
                    err(mid, f"phone without 0000 exchange in {where}: {ph.group(0)}")
        for d in all_domains:
            if not domain_ok(d):
                err(mid, f"domain not allowed: {d}")

        is_rec = kind.startswith("recipients.")
        if is_rec != (loc == "recipients"):
            err(mid, "recipients.* kind and recipients loc must go together")
        if len(outside) > 10 and not is_rec:
            err(mid, f"{len(outside)} visible outside recipients on a non-recipients mail")
        if is_rec:
            if len(outside) <= 10:
                err(mid, f"recipients hold has only {len(outside)} visible outside recipients")
            if len({a.split('@')[1] for a in outside}) < 3:
                err(mid, "recipients hold should span several organisations / private addresses")

        # ------------------------------------------------------ attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array")
            atts = []
        n_enc = 0
        inner_zip = []
        for a in atts:
            if not isinstance(a, dict) or not a.get("filename") or not a.get("contentType"):
                err(mid, f"bad attachment {a}")
                continue
            if a.get("encrypted"):
                n_enc += 1
                if a["contentType"] != "application/zip" or "text" in a or not a["filename"].endswith(".zip"):
                    err(mid, "encrypted zip must be application/zip *.zip without text")
                if set(a) - {"filename", "contentType", "encrypted"}:
                    err(mid, "encrypted zip has extra keys")
            else:
                if not isinstance(a.get("text"), str) or not a["text"].strip():
                    err(mid, f"attachment {a['filename']} without text")
                if set(a) - {"filename", "contentType", "text"}:
                    err(mid, f"attachment {a['filename']} has extra keys")
                if a["contentType"] == "application/zip":
                    err(mid, "plain zip must be given as its inner files (archive.zip/inner.ext)")
                if re.search(r"\.zip/", a["filename"]):
                    inner_zip.append(a)
        if n_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_kind_count += 1
            if n_enc != 1:
                err(mid, f"attachment.encrypted_zip must have exactly one encrypted zip, has {n_enc}")
            if loc != "zip":
                err(mid, "attachment.encrypted_zip must have loc zip")
        if loc == "zip" and kind != "attachment.encrypted_zip" and not inner_zip:
            err(mid, "zip hold without an encrypted zip or a plain zip inner file")

        # ------------------------------------------------------ My Number check digits
        mn_mail = kind.startswith("id.mynumber")
        for where, t in texts_of(m):
            for line in t.split("\n"):
                labelled = MN_LABEL_RE.search(line) is not None
                if not (labelled or mn_mail):
                    continue
                for c12 in MN_CAND_RE.finditer(line):
                    num = c12.group(1) + c12.group(3) + c12.group(4)
                    if not mn_valid(num):
                        err(mid, f"12-digit My Number with bad check digit in {where}: {c12.group(0)}")
                for d in re.findall(r"(?<!\d)\d{12}(?!\d)", line):
                    if not mn_valid(d):
                        err(mid, f"12-digit My Number with bad check digit in {where}: {d}")
        for a in atts:
            if a.get("filename", "").lower().endswith(".csv") and isinstance(a.get("text"), str):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if not rows:
                    continue
                cols = [i for i, h in enumerate(rows[0]) if MN_LABEL_RE.search(h)]
                for r in rows[1:]:
                    for i in cols:
                        if i < len(r):
                            v = re.sub(r"[ -]", "", r[i])
                            if v and not mn_valid(v):
                                err(mid, f"My Number column value with bad check digit: {r[i]}")

        # ------------------------------------------------------ card numbers on holds
        if expect == "hold":
            for where, t in texts_of(m):
                for rx in (CARD16_RE, CARD_AMEX_RE, LONG_DIGITS_RE):
                    for cm in rx.finditer(t):
                        if not luhn_ok(cm.group(0)):
                            err(mid, f"card-like number failing Luhn on a hold in {where}: {cm.group(0)}")

        # ------------------------------------------------------ personal
        pers = m.get("personal")
        subj, text = m.get("subject", ""), m.get("text", "")
        att_text = "\n".join(a.get("text", "") for a in atts if isinstance(a.get("text"), str))
        zip_text = "\n".join(a.get("text", "") for a in inner_zip)
        if expect == "hold":
            if pers is None:
                if loc not in ("zip", "recipients"):
                    err(mid, "hold without personal")
                continue
            if not isinstance(pers, list) or not pers:
                err(mid, "personal must be a non-empty array")
                continue
            vals = []
            for p in pers:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not p.get("type") \
                        or not isinstance(p.get("value"), str) or not p["value"]:
                    err(mid, f"bad personal entry {p}")
                    continue
                vals.append(p["value"])
                if p["value"] not in subj and p["value"] not in text and p["value"] not in att_text:
                    err(mid, f"personal value not found: {p['value']!r}")
            qs = quote_start(text)
            above = text if qs is None else text[:qs]
            below = "" if qs is None else text[qs:]
            if loc == "attachment":
                for v in vals:
                    if v in subj or v in text:
                        err(mid, f"attachment-only hold has {v!r} in subject/body")
                    if v not in att_text:
                        err(mid, f"attachment-only hold: {v!r} not in attachments")
            elif loc == "subject":
                for v in vals:
                    if v not in subj:
                        err(mid, f"subject-only hold: {v!r} not in subject")
                    if v in text or v in att_text:
                        err(mid, f"subject-only hold has {v!r} in body/attachments")
            elif loc == "quoted":
                if qs is None:
                    err(mid, "quoted hold without a quoted/forwarded part")
                for v in vals:
                    if v in above or v in subj:
                        err(mid, f"quoted hold has {v!r} above the quoted part (or in subject)")
                    if v not in below:
                        err(mid, f"quoted hold: {v!r} not in the quoted part")
            elif loc == "body":
                if not any(v in above for v in vals):
                    err(mid, "body hold has no personal value in the body above any quote")
            elif loc == "zip" and kind != "attachment.encrypted_zip":
                for v in vals:
                    if v not in zip_text:
                        err(mid, f"zip hold: {v!r} not in the zip's inner files")
                    if v in subj or v in text:
                        err(mid, f"zip hold has {v!r} in subject/body")

    # -------------------------------------------------------------- per organisation
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(org, f"hold/pass = {per_org[org]['hold']}/{per_org[org]['pass']}, want 10/10")
        if dict(loc_org[org]) != LOC_QUOTA:
            err(org, f"hold locations {dict(loc_org[org])}, want {LOC_QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers, want 2-3")
    if enc_kind_count == 0:
        err("set", "no attachment.encrypted_zip mail")


if __name__ == "__main__":
    main()
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")
