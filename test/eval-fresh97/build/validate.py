"""Validate fresh.json and build/meta.json of the cs (eval-fresh97) set. Prints OK."""
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

PREFIX = "cs"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
HOLD_CATS = ("sensitive.", "id.", "list.", "personal.", "recipients.")
PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}

KIND_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*\.[a-z][a-z0-9]*(_[a-z0-9]+)*$")
ADDR_RE = re.compile(r"^([^<>\n]+) <([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
HOST_RE = re.compile(
    r"(?<![A-Za-z0-9@.\-])((?:[A-Za-z0-9-]+\.)+"
    r"(?:com|net|org|jp|info|biz|io|co|uk|us|de|fr|sg|cn|kr|tw|au|ca|edu|gov))(?![A-Za-z0-9-])",
    re.I)
QUOTE_RE = re.compile(
    r"^\s*>"
    r"|-{2,}\s*(Original Message|Forwarded message|転送メッセージ)"
    r"|^\s*On .+ wrote:\s*$"
    r"|<[^<>@\s]+@[^<>\s]+>\s*(wrote)?\s*[:：]\s*$"
    r"|^(From|差出人):\s",
    re.I)
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,3}-(\d{1,4})-\d{4}(?![\d-])")
TWELVE_RE = re.compile(r"(?<![\d-])(\d{4}[- ]?\d{4}[- ]?\d{4})(?![\d-])")
LABELLED_MN_RE = re.compile(r"(マイナンバー|個人番号)[^\d\n]{0,20}(\d{4}[- ]?\d{4}[- ]?\d{4})(?![\d])")
CARD_RE = re.compile(r"(?<![\d])(?:\d{4}[ -]?){3}\d{4}(?![\d])|(?<!\d)3[47]\d{2}[ -]?\d{6}[ -]?\d{5}(?!\d)")

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    labels = d.split(".")
    return len(labels) >= 3 and "example" in labels[1:-1]


def split_quote(text):
    """Return (above, quoted) where quoted starts at the first quote/forward marker line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if QUOTE_RE.search(line):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""


def att_texts(m):
    return [a.get("text", "") for a in m.get("attachments", []) if not a.get("encrypted")]


def all_texts(m):
    return [m["subject"], m["text"]] + att_texts(m) + [a["filename"] for a in m.get("attachments", [])]


def outside_visible(m):
    sender_dom = ADDR_RE.match(m["from"]).group(3).lower() if ADDR_RE.match(m["from"]) else ""
    n = 0
    for a in m.get("to", []) + m.get("cc", []):
        mm = ADDR_RE.match(a)
        if mm and mm.group(3).lower() != sender_dom:
            n += 1
    return n


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        err("-", f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("-", "ids are not PREFIX001..PREFIX100 in order")
    if sorted(meta) != want:
        err("-", "meta.json ids do not match")

    # ---- counts, quotas, writers, runs
    expects = [m.get("expect") for m in mails]
    c = Counter(expects)
    if c["hold"] != 50 or c["pass"] != 50:
        err("-", f"hold/pass = {c['hold']}/{c['pass']}, want 50/50")
    run, prev, best = 0, None, 0
    for e in expects:
        run = run + 1 if e == prev else 1
        prev = e
        best = max(best, run)
    if best > 3:
        err("-", f"longest run of same expect is {best} (> 3)")

    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    writers = defaultdict(set)
    senders = defaultdict(set)
    for m in mails:
        mid = m.get("id")
        md = meta.get(mid, {})
        org, loc, wr = md.get("org"), md.get("loc"), md.get("writer")
        if org not in ORGS:
            err(mid, f"bad org {org!r}")
            continue
        per_org[org][m.get("expect")] += 1
        writers[org].add(wr)
        senders[org].add(m.get("from"))
        am = ADDR_RE.match(m.get("from", ""))
        if not am or am.group(1) != wr:
            err(mid, f"from display name does not match writer {wr!r}")
        if m.get("expect") == "hold":
            if loc not in QUOTA:
                err(mid, f"bad hold loc {loc!r}")
            locs[org][loc] += 1
        elif loc != "none":
            err(mid, f"pass must have loc none, got {loc!r}")
    for org in ORGS:
        if per_org[org]["hold"] != 10 or per_org[org]["pass"] != 10:
            err(org, f"hold/pass {per_org[org]['hold']}/{per_org[org]['pass']}, want 10/10")
        if dict(locs[org]) != QUOTA:
            err(org, f"location quota {dict(locs[org])} != {QUOTA}")
        if not 2 <= len(writers[org]) <= 3:
            err(org, f"{len(writers[org])} writers, want 2-3")
        if len(senders[org]) != len(writers[org]):
            err(org, "sender addresses and writers differ in number")

    enc_kind_seen = 0
    for m in mails:
        mid = m.get("id", "?")
        loc = meta.get(mid, {}).get("loc")
        # ---- keys
        for k in REQUIRED:
            if k not in m:
                err(mid, f"missing key {k}")
        for k in m:
            if k not in REQUIRED + OPTIONAL:
                err(mid, f"unexpected key {k}")
        if any(k not in m for k in REQUIRED):
            continue
        kind, expect = m["kind"], m["expect"]
        if expect not in ("hold", "pass"):
            err(mid, f"bad expect {expect!r}")
        if not KIND_RE.match(kind):
            err(mid, f"kind {kind!r} is not snake_case category.detail")
        if expect == "hold" and not (kind.startswith(HOLD_CATS) or kind == "attachment.encrypted_zip"):
            err(mid, f"hold kind {kind!r} has wrong category")
        if expect == "pass" and not kind.startswith("benign."):
            err(mid, f"pass kind {kind!r} must be benign.*")
        if not isinstance(m["why"], str) or not m["why"].strip() or m["why"].count("\n"):
            err(mid, "why must be one non-empty sentence")
        for k in ("subject", "text"):
            if not isinstance(m[k], str) or not m[k].strip():
                err(mid, f"{k} empty")

        # ---- addresses and domains
        addrs = [m["from"]] if isinstance(m["from"], str) else []
        if not isinstance(m["from"], str):
            err(mid, "from must be a single address string")
        for k in ("to", "cc", "bcc"):
            if k in m:
                if not isinstance(m[k], list) or not m[k]:
                    err(mid, f"{k} must be a non-empty array")
                    continue
                addrs += m[k]
        for a in addrs:
            am = ADDR_RE.match(a)
            if not am:
                err(mid, f"malformed address {a!r}")
            elif not domain_ok(am.group(3)):
                err(mid, f"header domain not allowed: {am.group(3)}")
        for t in all_texts(m):
            for rx in (EMAIL_RE, URL_RE, HOST_RE):
                for d in rx.findall(t):
                    if not domain_ok(d):
                        err(mid, f"domain in text not allowed: {d}")
            for mid_grp in PHONE_RE.findall(t):
                if mid_grp != "0000":
                    err(mid, f"phone number without 0000 exchange (middle {mid_grp})")

        # ---- attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            err(mid, "attachments must be a non-empty array")
            atts = []
        n_enc = 0
        for a in atts:
            fn = a.get("filename", "")
            if a.get("encrypted"):
                n_enc += 1
                if a.get("contentType") != "application/zip" or not fn.endswith(".zip") or "text" in a:
                    err(mid, f"encrypted zip {fn!r} malformed")
            else:
                if not fn or not a.get("contentType") or not isinstance(a.get("text"), str):
                    err(mid, f"attachment {fn!r} needs filename, contentType, text")
                if fn.lower().endswith(".zip"):
                    err(mid, f"plain zip {fn!r} must be given as archive.zip/inner files")
                if set(a) - {"filename", "contentType", "text"}:
                    err(mid, f"attachment {fn!r} has extra keys")
        if n_enc and kind != "attachment.encrypted_zip":
            err(mid, "encrypted zip on a kind other than attachment.encrypted_zip")
        if kind == "attachment.encrypted_zip":
            enc_kind_seen += 1
            if n_enc != 1:
                err(mid, f"attachment.encrypted_zip must carry one encrypted zip, has {n_enc}")
            if expect != "hold":
                err(mid, "attachment.encrypted_zip must be hold")

        # ---- recipients
        vis = outside_visible(m)
        if kind.startswith("recipients."):
            if vis <= 10:
                err(mid, f"recipients hold has only {vis} visible outside recipients")
            if loc != "recipients":
                err(mid, "recipients.* kind but loc is not recipients")
        elif vis > 10:
            err(mid, f"{vis} visible outside recipients on a non-recipients mail")
        if loc == "recipients" and not kind.startswith("recipients."):
            err(mid, "loc recipients needs a recipients.* kind")

        # ---- マイナンバー and cards
        texts = [m["subject"], m["text"]] + att_texts(m)
        for t in texts:
            for _, num in LABELLED_MN_RE.findall(t):
                if not mynumber_ok(num):
                    err(mid, f"labelled マイナンバー {num} fails check digit")
            if kind.startswith("id.mynumber"):
                for num in TWELVE_RE.findall(t):
                    if not mynumber_ok(num):
                        err(mid, f"12-digit number {num} in id.mynumber mail fails check digit")
        for a in atts:
            if a.get("encrypted") or "," not in a.get("text", "").split("\n", 1)[0]:
                continue
            rows = list(csv.reader(io.StringIO(a["text"])))
            header = rows[0]
            cols = [i for i, h in enumerate(header) if "マイナンバー" in h or "個人番号" in h]
            for row in rows[1:]:
                for i in cols:
                    if i < len(row) and row[i].strip() and not mynumber_ok(row[i]):
                        err(mid, f"マイナンバー column value {row[i]} fails check digit")
        if expect == "hold":
            for t in texts:
                for num in CARD_RE.findall(t):
                    if not luhn_ok(num):
                        err(mid, f"card number {num} fails Luhn")

        # ---- personal
        pers = m.get("personal")
        if expect == "pass":
            if pers:
                err(mid, "pass mail must not carry personal")
            continue
        enc_zip_mail = n_enc > 0
        if loc in ("recipients",) or (loc == "zip" and enc_zip_mail):
            pass
        elif not pers:
            err(mid, "hold without personal values")
            continue
        pers = pers or []
        subj, text = m["subject"], m["text"]
        atext = "\n".join(att_texts(m))
        above, quoted = split_quote(text)
        for p in pers:
            if set(p) != {"type", "value"} or not p["value"]:
                err(mid, f"bad personal entry {p}")
                continue
            v = p["value"]
            if v not in subj and v not in text and v not in atext:
                err(mid, f"personal value not found: {v!r}")
            if loc == "attachment":
                if v in subj or v in text:
                    err(mid, f"attachment-only hold has {v!r} in subject/body")
                if v not in atext:
                    err(mid, f"attachment-only hold: {v!r} not in attachment")
            elif loc == "subject":
                if v not in subj:
                    err(mid, f"subject-only hold: {v!r} not in subject")
                if v in text or v in atext:
                    err(mid, f"subject-only hold has {v!r} in body/attachment")
            elif loc == "quoted":
                if not quoted:
                    err(mid, "quoted hold has no quoted/forwarded part")
                if v in above or v in subj:
                    err(mid, f"quoted hold has {v!r} above the quoted part")
                if v not in quoted:
                    err(mid, f"quoted hold: {v!r} not in quoted part")
                if v in atext:
                    err(mid, f"quoted hold has {v!r} in attachment")
            elif loc == "body":
                if v not in text:
                    err(mid, f"body hold: {v!r} not in body")
            elif loc == "zip":
                ztext = "\n".join(a["text"] for a in atts if not a.get("encrypted") and ".zip/" in a["filename"])
                if v not in ztext:
                    err(mid, f"zip hold: {v!r} not inside a zip")
                if v in subj or v in text:
                    err(mid, f"zip hold has {v!r} in subject/body")
        if loc == "zip" and not enc_zip_mail and not any(".zip/" in a["filename"] for a in atts):
            err(mid, "zip hold has neither an encrypted zip nor a plain zip")
        if loc == "quoted" and not quoted:
            pass
    if enc_kind_seen == 0:
        err("-", "no attachment.encrypted_zip mail")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
