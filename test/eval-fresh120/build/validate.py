"""Standalone validator for eval-fresh120/fresh.json.

    python3 build/validate.py

Checks every rule of the brief that can be checked mechanically and prints
OK, or one line per problem.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PREFIX = "dp"
N = 100
ORGS = ["A", "B", "C", "D", "E"]
HOLD_LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_CATEGORIES = {"sensitive", "id", "list", "personal", "recipients"}
PRIVATE_DOMAINS = {"gmail.com", "yahoo.co.jp", "outlook.com"}
EXAMPLE_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+example\.(?:co\.jp|jp|com|ac\.jp|or\.jp|lg\.jp)$")
ADDR_FIELD = re.compile(r"^[^<>]*\S[^<>]* <([^<>@\s]+@([^<>@\s]+))>$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_HOST = re.compile(r"https?://([^/\s:]+)")
BARE_HOST = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:co\.jp|or\.jp|ac\.jp|lg\.jp|ne\.jp|ed\.jp|go\.jp|jp|com|net|org|info))\b")
PHONE = re.compile(r"(?<![\d+\w])0\d{1,4}-(\d{1,4})-\d{3,4}(?![\d-])")
PHONE_INTL = re.compile(r"\+81[- ]?\d{1,4}-(\d{1,4})-\d{3,4}(?!\d)")
PHONE_PLAIN = re.compile(r"(?<!\d)0[5789]0\d{8}(?!\d)")
TWELVE = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
SIXTEEN = re.compile(r"(?<![\d-])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
PLACEHOLDER = re.compile(r"(?i)todo|lorem|xxx|○○|△△|××|〇〇|ＸＸ|\[name\]|\{\{")
FWD_MARK = re.compile(r"^\s*-{2,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ)", re.I)
KIND = re.compile(r"^([a-z]+)\.([a-z0-9_]+)$")

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def mynumber_valid(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 12:
        return False
    total = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return (0 if r <= 1 else 11 - r) == int(d[11])


def luhn_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return len(d) >= 12 and total % 10 == 0


def max_run(seq):
    best = run = 0
    prev = object()
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def split_quoted(text):
    """Return (unquoted, quoted) text.

    Quoted = lines starting with '>', an attribution line directly above a
    '>' block, and everything from a forward / original-message marker on.
    """
    lines = text.split("\n")
    flags = [False] * len(lines)
    after_marker = False
    for i, line in enumerate(lines):
        if FWD_MARK.match(line):
            after_marker = True
        if after_marker or line.startswith(">"):
            flags[i] = True
    for i in range(len(lines) - 1):
        if not flags[i] and flags[i + 1] and lines[i + 1].startswith(">") \
                and lines[i].rstrip().endswith((":", "：")):
            flags[i] = True
    unq = "\n".join(l for l, f in zip(lines, flags) if not f)
    quo = "\n".join(l for l, f in zip(lines, flags) if f)
    return unq, quo


def domain_ok(dom):
    dom = dom.lower()
    return dom in PRIVATE_DOMAINS or bool(EXAMPLE_DOMAIN.match(dom))


def all_strings(m):
    yield m.get("subject", "")
    yield m.get("text", "")
    for a in m.get("attachments", []) or []:
        yield a.get("filename", "")
        yield a.get("text", "") or ""


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(data, list):
        print("fresh.json is not an array")
        return 1
    if len(data) != N:
        bad("set", f"{len(data)} mails, expected {N}")

    ids = [m.get("id") for m in data]
    expected_ids = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != expected_ids:
        bad("set", "ids are not dp001..dp100 in order")
    if set(meta) != set(ids):
        bad("set", "meta.json ids differ from fresh.json ids")

    labels = Counter(m.get("expect") for m in data)
    if labels != Counter({"hold": N // 2, "pass": N // 2}):
        bad("set", f"label counts {dict(labels)}")

    orgs_seq = [meta.get(m["id"], {}).get("org") for m in data]
    if max_run([m.get("expect") for m in data]) > 3:
        bad("set", "a label runs more than 3 in a row")
    if max_run(orgs_seq) > 3:
        bad("set", "an organisation runs more than 3 in a row")

    per_org = defaultdict(list)
    for m in data:
        per_org[meta.get(m["id"], {}).get("org")].append(m)
    if sorted(per_org) != ORGS:
        bad("set", f"organisations {sorted(per_org)}")

    allowed_keys = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc",
                    "subject", "text", "attachments", "personal"}
    line_counts = []

    for org, ms in sorted(per_org.items()):
        if len(ms) != 20:
            bad(f"org {org}", f"{len(ms)} mails, expected 20")
        c = Counter(m.get("expect") for m in ms)
        if c.get("hold") != 10 or c.get("pass") != 10:
            bad(f"org {org}", f"labels {dict(c)}")
        locs = Counter(meta[m["id"]]["loc"] for m in ms if m.get("expect") == "hold")
        if dict(locs) != HOLD_LOC_QUOTA:
            bad(f"org {org}", f"hold locations {dict(locs)} != {HOLD_LOC_QUOTA}")
        writers = {meta[m["id"]]["writer"] for m in ms}
        if not 2 <= len(writers) <= 3:
            bad(f"org {org}", f"{len(writers)} writers")
        from_domains = set()
        for m in ms:
            mm = ADDR_FIELD.match(m.get("from", ""))
            if mm:
                from_domains.add(mm.group(2).lower())
        if len(from_domains) != 1:
            bad(f"org {org}", f"From domains {sorted(from_domains)}")
        else:
            d = next(iter(from_domains))
            if d in PRIVATE_DOMAINS:
                bad(f"org {org}", "organisation uses a private mail domain")
            for other, oms in per_org.items():
                if other != org and any(d in om.get("from", "") for om in oms):
                    bad(f"org {org}", f"domain {d} also used as From by org {other}")

    for m in data:
        mid = m.get("id", "?")
        info = meta.get(mid, {})
        loc = info.get("loc")
        for k in m:
            if k not in allowed_keys:
                bad(mid, f"unexpected key {k}")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m:
                bad(mid, f"missing {k}")
        expect = m.get("expect")
        if expect not in ("hold", "pass"):
            bad(mid, f"expect={expect}")
        if (expect == "pass") != (loc == "none"):
            bad(mid, f"expect {expect} but loc {loc}")
        if expect == "hold" and loc not in HOLD_LOC_QUOTA:
            bad(mid, f"bad loc {loc}")

        km = KIND.match(m.get("kind", ""))
        if not km:
            bad(mid, f"kind {m.get('kind')!r} malformed")
        else:
            cat = km.group(1)
            if expect == "pass" and cat != "benign":
                bad(mid, f"pass with kind category {cat}")
            if expect == "hold" and cat not in HOLD_CATEGORIES:
                bad(mid, f"hold with kind category {cat}")
            if (cat == "recipients") != (loc == "recipients"):
                bad(mid, "recipients kind and loc disagree")

        why = (m.get("why") or "").strip()
        if not why or not why.endswith((".", "。")) or re.search(r"[.。!?]\s+\S", why[:-1]) or "。" in why[:-1]:
            bad(mid, "why must be one sentence")

        # --- addresses
        own_domain = None
        fm = ADDR_FIELD.match(m.get("from", ""))
        if not fm:
            bad(mid, f"from malformed: {m.get('from')!r}")
        else:
            own_domain = fm.group(2).lower()
            if not domain_ok(own_domain):
                bad(mid, f"from domain {own_domain}")
        visible, all_rcpt = [], []
        for field in ("to", "cc", "bcc"):
            if field in m:
                if not isinstance(m[field], list) or not m[field]:
                    bad(mid, f"{field} must be a non-empty array")
                    continue
                for a in m[field]:
                    am = ADDR_FIELD.match(a)
                    if not am:
                        bad(mid, f"{field} entry malformed: {a!r}")
                        continue
                    email, dom = am.group(1).lower(), am.group(2).lower()
                    if not domain_ok(dom):
                        bad(mid, f"recipient domain {dom}")
                    all_rcpt.append(email)
                    if field != "bcc":
                        visible.append((email, dom))
        if not m.get("to"):
            bad(mid, "no To")
        outside = [(e, d) for e, d in visible if d != own_domain]
        units = {d for e, d in outside if d not in PRIVATE_DOMAINS} | \
                {e for e, d in outside if d in PRIVATE_DOMAINS}
        if loc == "recipients":
            if len(units) <= 10:
                bad(mid, f"recipients hold has only {len(units)} outside orgs/private addresses")
        elif len(units) > 10:
            bad(mid, f"{len(units)} visible outside orgs/private addresses on a non-recipients mail")

        # --- text-wide checks
        for s in all_strings(m):
            for dom in EMAIL_IN_TEXT.findall(s):
                if not domain_ok(dom):
                    bad(mid, f"address domain in text: {dom}")
            for host in URL_HOST.findall(s):
                if not domain_ok(host.lower().removeprefix("www.")) and not EXAMPLE_DOMAIN.match(host.lower()):
                    bad(mid, f"URL host {host}")
            for host in BARE_HOST.findall(s):
                if not domain_ok(host) and not host.startswith("www."):
                    bad(mid, f"host name in text: {host}")
            for mid_part in PHONE.findall(s) + PHONE_INTL.findall(s):
                if mid_part != "0000":
                    bad(mid, f"phone exchange {mid_part} is not 0000")
            if PHONE_PLAIN.search(s):
                bad(mid, "unhyphenated mobile number")
            if PLACEHOLDER.search(s):
                bad(mid, f"placeholder text: {PLACEHOLDER.search(s).group(0)}")
            for num in SIXTEEN.findall(s):
                if not luhn_valid(num):
                    bad(mid, f"16-digit number {num} fails Luhn")
            if "マイナンバー" in s or "個人番号" in s:
                for num in TWELVE.findall(s):
                    if not mynumber_valid(num):
                        bad(mid, f"12-digit number {num} near 個人番号 fails check digit")
        for field in ("from", "to", "cc", "bcc"):
            vals = m.get(field, [])
            for s in ([vals] if isinstance(vals, str) else vals):
                if PLACEHOLDER.search(s):
                    bad(mid, f"placeholder in {field}")

        text = m.get("text", "")
        n_lines = len(text.rstrip("\n").split("\n"))
        line_counts.append(n_lines)
        if not 3 <= n_lines <= 80:
            bad(mid, f"text has {n_lines} lines (3..80)")

        # --- attachments
        atts = m.get("attachments", []) or []
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                bad(mid, "attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    bad(mid, "encrypted zip must be application/zip without text")
                if expect != "hold":
                    bad(mid, "encrypted zip on a pass")
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                bad(mid, f"attachment {a.get('filename')} has no text")
            if ".zip/" in a.get("filename", "") and a.get("contentType") == "application/zip":
                bad(mid, "zip inner entry typed as zip")

        # --- personal
        personal = m.get("personal")
        if expect == "pass":
            if personal:
                bad(mid, "pass carries personal")
            continue
        if not personal:
            bad(mid, "hold without personal")
            continue
        subject = m.get("subject", "")
        unq, quo = split_quoted(text)
        plain_att = "\n".join(a.get("text", "") for a in atts if ".zip/" not in a.get("filename", "") and not a.get("encrypted"))
        zip_att = "\n".join(a.get("text", "") for a in atts if ".zip/" in a.get("filename", ""))
        att_names = "\n".join(a.get("filename", "") for a in atts)
        haystack = "\n".join([subject, text, plain_att, zip_att, att_names,
                              "\n".join(m.get("to", []) + m.get("cc", []) + m.get("bcc", []))])
        enc_names = {a["filename"] for a in atts if a.get("encrypted")}
        for p in personal:
            if set(p) != {"type", "value"} or not p.get("type") or not p.get("value"):
                bad(mid, f"personal item malformed: {p}")
                continue
            v = p["value"]
            if v not in haystack:
                bad(mid, f"personal value not verbatim in mail: {v!r}")
            if p["type"] == "mynumber" and not mynumber_valid(v):
                bad(mid, f"mynumber {v} has a bad check digit")
            if p["type"] == "card_number" and not luhn_valid(v):
                bad(mid, f"card number {v} fails Luhn")
            if loc == "body" and v not in unq:
                bad(mid, f"body hold: {v!r} not in the unquoted body")
            if loc == "subject":
                if v not in subject:
                    bad(mid, f"subject hold: {v!r} not in subject")
                if v in text or v in plain_att or v in zip_att:
                    bad(mid, f"subject hold: {v!r} also outside the subject")
            if loc == "quoted":
                if v not in quo:
                    bad(mid, f"quoted hold: {v!r} not in quoted lines")
                if v in unq or v in subject or v in plain_att or v in zip_att:
                    bad(mid, f"quoted hold: {v!r} also outside the quoted part")
            if loc == "attachment":
                if p["type"] == "encrypted_zip":
                    if v not in enc_names:
                        bad(mid, f"encrypted zip {v!r} not an encrypted attachment")
                elif v not in plain_att:
                    bad(mid, f"attachment hold: {v!r} not in a plain attachment")
                elif v in unq or v in subject:
                    bad(mid, f"attachment hold: {v!r} also in body or subject")
            if loc == "zip":
                if v not in zip_att:
                    bad(mid, f"zip hold: {v!r} not inside the zip")
                elif v in unq or v in subject:
                    bad(mid, f"zip hold: {v!r} also in body or subject")
            if loc == "recipients":
                if v.lower() not in [e for e, _ in outside]:
                    bad(mid, f"recipients hold: {v!r} is not a visible outside address")
        if loc == "zip":
            if not any(".zip/" in a.get("filename", "") for a in atts) or any(a.get("encrypted") for a in atts):
                bad(mid, "zip hold needs plain zip entries")
        if loc == "attachment" and not atts:
            bad(mid, "attachment hold without attachments")
        if loc == "quoted" and not quo.strip():
            bad(mid, "quoted hold without quoted text")
        if enc_names and not any(p.get("type") == "encrypted_zip" for p in personal):
            bad(mid, "encrypted zip not listed in personal")

    if line_counts and (min(line_counts) > 6 or max(line_counts) < 60):
        bad("set", f"lengths too uniform: {min(line_counts)}..{max(line_counts)} lines")

    if problems:
        for p in problems:
            print(p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
