#!/usr/bin/env python3
"""Standalone checker for fresh.json + build/meta.json (eval-fresh118, prefix dn).

Prints OK, or every problem found (and exits 1).
No imports from the generators: every rule is re-implemented here.
"""
import csv
import datetime
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
FRESH = os.path.join(os.path.dirname(HERE), "fresh.json")
META = os.path.join(HERE, "meta.json")

PREFIX = "dn"
N = 100
ORGS = "ABCDE"
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
MAX_RUN = 3
ALLOWED_KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                "attachments", "personal"}
REQUIRED_KEYS = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+example\.(?:co\.jp|jp|com|ac\.jp|or\.jp|lg\.jp)$")
ADDR_RE = re.compile(r"^(.+?) <([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
PHONE_RE = re.compile(r"(?<![\d-])(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![\d-])")
PHONE_INTL_RE = re.compile(r"\+81[\s-]?\d{1,4}[\s-]?(\d{1,4})[\s-]?\d{3,4}")
PHONE_PAREN_RE = re.compile(r"(?<!\d)0\d{1,4}\((\d{1,4})\)\d{3,4}")
PHONE_BARE_RE = re.compile(r"(?<!\d)0[789]0(\d{4})(\d{4})(?!\d)")
PLACEHOLDER_RE = re.compile(r"TODO|FIXME|TBD|lorem|ipsum|xxx|hoge|fuga|foobar|○○|△△|〇〇|××|●●|▲▲|□□|■■|\{\{|\}\}",
                            re.IGNORECASE)
CARD_RE = re.compile(r"(?<![\d*])(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d])")
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444"}
FWD_MARKERS = ("---------- Forwarded message", "-----Original Message-----",
               "________________________________", "-------- Original Message --------",
               "-------- 転送メッセージ --------")
WD = "月火水木金土日"

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


# ----------------------------------------------------------------- check digits

def mn_valid(s):
    s = re.sub(r"[\s-]", "", s)
    if len(s) != 12 or not s.isdigit():
        return False
    tot = 0
    for n in range(1, 12):
        p = int(s[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def luhn_valid(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def corp_valid(s):
    if len(s) != 13 or not s.isdigit():
        return False
    tot = sum(int(c) * (1 if n % 2 == 1 else 2) for n, c in enumerate(reversed(s[1:]), start=1))
    return int(s[0]) == 9 - tot % 9


def yamato_valid(s):
    s = s.replace("-", "")
    return len(s) == 12 and s.isdigit() and int(s[:11]) % 7 == int(s[11])


def jan_valid(s):
    if len(s) != 13 or not s.isdigit():
        return False
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s[:12]))
    return (10 - tot % 10) % 10 == int(s[12])


# ----------------------------------------------------------------- helpers

def parse_addr(mid, field, s):
    m = ADDR_RE.match(s) if isinstance(s, str) else None
    if not m or not m.group(1).strip():
        bad(mid, f"{field}: not 'display name <addr>': {s!r}")
        return None
    return m.group(2).lower()


def domain_ok(dom):
    return dom in PRIVATE or bool(DOMAIN_RE.match(dom))


def split_quoted(text):
    """Return (top, quoted) where quoted starts at the first forward marker,
    reply attribution or '>' line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        s = line.strip()
        if any(s.startswith(mk) for mk in FWD_MARKERS):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
        if line.startswith(">"):
            cut = i
            if i > 0 and lines[i - 1].strip().endswith(":"):
                cut = i - 1  # attribution line ("... wrote:" / "... <addr>:")
            return "\n".join(lines[:cut]), "\n".join(lines[cut:])
    return text, ""


def att_texts(m, kind):
    """kind: 'plain' (non-zip files), 'zipinner' (entries 'x.zip/y'), 'all'."""
    out = []
    for a in m.get("attachments", []) or []:
        fn = a.get("filename", "")
        inner = ".zip/" in fn
        enc = a.get("encrypted") is True
        if kind == "all" or (kind == "plain" and not inner) or (kind == "zipinner" and inner and not enc):
            out.append(fn)
            if "text" in a:
                out.append(a["text"])
    return "\n".join(out)


def all_strings(m):
    parts = [m.get("subject", ""), m.get("text", ""), m.get("why", ""), m.get("kind", "")]
    for f in ("from",):
        parts.append(m.get(f, ""))
    for f in ("to", "cc", "bcc"):
        parts.extend(m.get(f, []) or [])
    for a in m.get("attachments", []) or []:
        parts.append(a.get("filename", ""))
        parts.append(a.get("text", ""))
    for p in m.get("personal", []) or []:
        parts.append(str(p.get("value", "")))
    return parts


def content_strings(m):
    """Mail content a gateway sees (no labels)."""
    parts = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []) or []:
        parts.append(a.get("filename", ""))
        parts.append(a.get("text", ""))
    return parts


# ----------------------------------------------------------------- main

def main():
    try:
        data = json.load(open(FRESH, encoding="utf-8"))
    except Exception as e:
        print(f"cannot read fresh.json: {e}")
        return 1
    try:
        meta = json.load(open(META, encoding="utf-8"))
    except Exception as e:
        print(f"cannot read build/meta.json: {e}")
        return 1

    if not isinstance(data, list) or len(data) != N:
        bad("*", f"fresh.json must be a list of {N} mails (got {len(data) if isinstance(data, list) else type(data)})")
        return report()

    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        bad("*", "ids are not exactly dn001..dn100 in order")
    if set(meta) != set(want):
        bad("*", "meta.json ids do not match dn001..dn100")

    # ------------------------------------------------------------ per-mail structure
    org_dom = defaultdict(set)
    writer_from = defaultdict(set)
    org_writers = defaultdict(set)
    per_org = defaultdict(Counter)
    loc_org = defaultdict(Counter)
    kinds = Counter()
    track_mn = 0
    line_counts = []

    for m in data:
        mid = m.get("id", "?")
        keys = set(m)
        if keys - ALLOWED_KEYS:
            bad(mid, f"unexpected keys {sorted(keys - ALLOWED_KEYS)}")
        if REQUIRED_KEYS - keys:
            bad(mid, f"missing keys {sorted(REQUIRED_KEYS - keys)}")
            continue
        mt = meta.get(mid, {})
        org, writer, loc = mt.get("org"), mt.get("writer"), mt.get("loc")
        if org not in ORGS or not writer or loc not in set(LOC_QUOTA) | {"none"}:
            bad(mid, f"bad meta {mt}")
            continue
        exp = m["expect"]
        if exp not in ("hold", "pass"):
            bad(mid, f"expect must be hold/pass, got {exp!r}")
            continue
        per_org[org][exp] += 1
        org_writers[org].add(writer)
        if exp == "hold":
            loc_org[org][loc] += 1
        elif loc != "none":
            bad(mid, f"pass must have loc none (got {loc})")

        # kind / why
        km = re.match(r"^([a-z]+)\.([a-z0-9_]+)$", m["kind"])
        if not km:
            bad(mid, f"kind not <category>.<name>: {m['kind']!r}")
        else:
            cat = km.group(1)
            kinds[cat] += 1
            if exp == "hold" and cat not in HOLD_CATS:
                bad(mid, f"hold kind category {cat!r} not in {sorted(HOLD_CATS)}")
            if exp == "pass" and cat != "benign":
                bad(mid, f"pass kind must be benign.*, got {m['kind']}")
            if exp == "hold" and loc == "recipients" and cat != "recipients":
                bad(mid, "recipients hold must have kind recipients.*")
        why = m["why"]
        if not isinstance(why, str) or not why.strip() or "\n" in why or not why.rstrip().endswith("."):
            bad(mid, "why must be one non-empty sentence ending with '.'")
        elif len(re.findall(r"[.!?](?:\s|$)", why)) > 1:
            bad(mid, "why looks like more than one sentence")

        # addresses
        frm = parse_addr(mid, "from", m["from"])
        if frm:
            fdom = frm.split("@")[1]
            org_dom[org].add(fdom)
            writer_from[(org, writer)].add(frm)
            if fdom in PRIVATE or not domain_ok(fdom):
                bad(mid, f"sender domain not an organisation example domain: {fdom}")
        if not isinstance(m["to"], list) or not m["to"]:
            bad(mid, "to must be a non-empty list")
        rcpts = {}
        for f in ("to", "cc", "bcc"):
            v = m.get(f)
            if v is None:
                continue
            if not isinstance(v, list) or (f != "to" and not v):
                bad(mid, f"{f} must be a non-empty list when present")
                continue
            got = []
            for s in v:
                a = parse_addr(mid, f, s)
                if a:
                    if not domain_ok(a.split("@")[1]):
                        bad(mid, f"{f}: domain not allowed: {a}")
                    got.append(a)
            rcpts[f] = got

        # every address / URL anywhere
        for s in all_strings(m):
            for d in EMAIL_RE.findall(s):
                if not domain_ok(d.lower()):
                    bad(mid, f"address with disallowed domain @{d}")
            for h in URL_RE.findall(s):
                if not DOMAIN_RE.match(h.lower()):
                    bad(mid, f"URL host not an example domain: {h}")

        # phones
        for s in content_strings(m) + [m["from"]] + (m.get("to") or []) + (m.get("cc") or []):
            for a, b, c in PHONE_RE.findall(s):
                if b != "0000":
                    bad(mid, f"phone-like number without 0000 exchange: {a}-{b}-{c}")
            for b in PHONE_INTL_RE.findall(s):
                if b != "0000":
                    bad(mid, f"international phone without 0000 exchange: {b}")
            for b in PHONE_PAREN_RE.findall(s):
                if b != "0000":
                    bad(mid, f"phone (paren) without 0000 exchange: {b}")
            for b, c in PHONE_BARE_RE.findall(s):
                if b != "0000":
                    bad(mid, f"unhyphenated mobile without 0000: 0X0{b}{c}")

        # placeholders
        for s in all_strings(m):
            hit = PLACEHOLDER_RE.search(s)
            if hit:
                bad(mid, f"placeholder-like text {hit.group(0)!r}")

        # length
        n_lines = len(m["text"].rstrip("\n").split("\n"))
        line_counts.append(n_lines)
        if not 3 <= n_lines <= 80:
            bad(mid, f"text has {n_lines} lines (must be 3..80)")

        # attachments
        for a in m.get("attachments", []) or []:
            if not isinstance(a, dict) or "filename" not in a or "contentType" not in a:
                bad(mid, f"attachment missing filename/contentType: {a}")
                continue
            if a.get("encrypted") is True:
                if a["contentType"] != "application/zip" or not a["filename"].lower().endswith(".zip"):
                    bad(mid, "encrypted attachment must be an application/zip .zip")
                if "text" in a:
                    bad(mid, "encrypted zip must not carry text")
                if exp != "hold":
                    bad(mid, "encrypted zip (PPAP) must be a hold")
                if not any(p.get("type") == "encrypted_zip" and p.get("value") == a["filename"]
                           for p in m.get("personal", []) or []):
                    bad(mid, "encrypted zip file name missing from personal")
            else:
                if not isinstance(a.get("text"), str) or not a["text"].strip():
                    bad(mid, f"attachment {a['filename']} has no text")
                if a["filename"].lower().endswith(".zip"):
                    bad(mid, "plain zip must be given as inner entries 'x.zip/y'")

        # check digits ------------------------------------------------
        texts = content_strings(m)
        for s in texts:
            for line in s.split("\n"):
                if re.search(r"マイナンバー|個人番号", line):
                    for num in re.findall(r"(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)", line):
                        if not mn_valid(num):
                            bad(mid, f"マイナンバー with bad check digit: {num}")
                if "法人番号" in line or "登録番号" in line:
                    for num in re.findall(r"(?<![\dT])(\d{13})(?!\d)", line):
                        if not corp_valid(num):
                            bad(mid, f"法人番号 with bad check digit: {num}")
                for num in re.findall(r"T(\d{13})(?!\d)", line):
                    if not corp_valid(num):
                        bad(mid, f"invoice registration T-number with bad check digit: T{num}")
                if re.search(r"伝票番号|お問い合わせ番号|追跡番号|ヤマト", line) or "伝票番号" in s:
                    for num in re.findall(r"(?<![\d-])(\d{4}-\d{4}-\d{4})(?![\d-])", line):
                        if not yamato_valid(num):
                            bad(mid, f"Yamato slip number with bad check digit: {num}")
                        elif exp == "pass" and mn_valid(num):
                            track_mn += 1
                for num in re.findall(r"(?<!\d)(4[59]\d{11})(?!\d)", line):
                    if not jan_valid(num):
                        bad(mid, f"JAN code with bad check digit: {num}")
        for a in m.get("attachments", []) or []:
            if a.get("filename", "").lower().endswith(".csv") and a.get("text"):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if re.search(r"個人番号|マイナンバー", h)]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i] and not mn_valid(r[i]):
                                bad(mid, f"CSV マイナンバー with bad check digit: {r[i]}")
        for s in texts:
            for g in CARD_RE.findall(s):
                num = "".join(g)
                if exp == "hold" and not luhn_valid(num):
                    bad(mid, f"full card number on a hold fails Luhn: {num}")
                if exp == "pass" and num not in TEST_CARDS and luhn_valid(num):
                    bad(mid, f"pass mail carries a Luhn-valid non-test card number: {num}")

        # personal -------------------------------------------------------
        pers = m.get("personal")
        if exp == "pass":
            if pers:
                bad(mid, "pass must not have personal")
        else:
            if not isinstance(pers, list) or not pers:
                bad(mid, "hold must have a non-empty personal list")
                pers = []
            top, quoted = split_quoted(m["text"])
            subj = m["subject"]
            plain_att = att_texts(m, "plain")
            zip_att = att_texts(m, "zipinner")
            all_att = att_texts(m, "all")
            hay = "\n".join([subj, m["text"], all_att] + (m.get("to") or []) + (m.get("cc") or []))
            for p in pers:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not p["type"] or not str(p["value"]):
                    bad(mid, f"bad personal item {p}")
                    continue
                v = str(p["value"])
                if v not in hay:
                    bad(mid, f"personal value not verbatim in mail: {v!r}")
                    continue
                t = p["type"]
                if t == "my_number" and not mn_valid(v):
                    bad(mid, f"personal my_number fails check digit: {v}")
                if t == "card_number" and not luhn_valid(v):
                    bad(mid, f"personal card_number fails Luhn: {v}")
                if loc == "body" and v not in top:
                    bad(mid, f"[body] value not in the body above any quote: {v!r}")
                if loc == "attachment" and (v not in plain_att or v in m["text"] or v in subj):
                    bad(mid, f"[attachment] value must be only in a (non-zip) attachment: {v!r}")
                if loc == "quoted" and (v not in quoted or v in top or v in subj or v in all_att):
                    bad(mid, f"[quoted] value must be only in the quoted part: {v!r}")
                if loc == "subject" and (v not in subj or v in m["text"] or v in all_att):
                    bad(mid, f"[subject] value must be only in the subject: {v!r}")
                if loc == "zip" and (v not in zip_att or v in m["text"] or v in subj):
                    bad(mid, f"[zip] value must be only inside the plain zip: {v!r}")
                if loc == "recipients":
                    vis = set((rcpts.get("to") or []) + (rcpts.get("cc") or []))
                    if v.lower() not in vis:
                        bad(mid, f"[recipients] value is not a visible recipient: {v}")
            if loc == "quoted" and not quoted.strip():
                bad(mid, "[quoted] mail has no quoted part")
            if loc == "zip":
                if not zip_att:
                    bad(mid, "[zip] no inner zip entries")
                if any(a.get("encrypted") for a in m.get("attachments", [])):
                    bad(mid, "[zip] must be a plain zip")

        # recipients count --------------------------------------------------
        if frm:
            sdom = frm.split("@")[1]
            vis = (rcpts.get("to") or []) + (rcpts.get("cc") or [])
            outside = [a for a in vis if a.split("@")[1] != sdom]
            priv = {a for a in outside if a.split("@")[1] in PRIVATE}
            orgdoms = {a.split("@")[1] for a in outside if a.split("@")[1] not in PRIVATE}
            spread = len(priv) + len(orgdoms)
            if loc == "recipients":
                if len(outside) <= 10 or spread <= 10:
                    bad(mid, f"[recipients] needs >10 visible outside addresses of different orgs/private (got {len(outside)}, spread {spread})")
            elif spread > 10:
                bad(mid, f"non-recipients mail shows {spread} outside orgs/private addresses (>10)")
            everyone = vis + (rcpts.get("bcc") or [])
            if not any(a.split("@")[1] != sdom for a in everyone):
                bad(mid, "no recipient outside the sender's organisation")

        # weekdays -----------------------------------------------------------
        for s in content_strings(m):
            for mm in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*\(([月火水木金土日])\)", s):
                chk_wd(mid, mm.group(1), mm.group(2), mm.group(3), mm.group(4))
            for mm in re.finditer(r"(?:(\d{4})/)?(?<![\d/])(\d{1,2})/(\d{1,2})\s*\(([月火水木金土日])\)", s):
                chk_wd(mid, mm.group(1), mm.group(2), mm.group(3), mm.group(4))

    # ------------------------------------------------------------ global counts
    ex = Counter(m.get("expect") for m in data)
    if ex["hold"] != 50 or ex["pass"] != 50:
        bad("*", f"need 50 hold / 50 pass, got {dict(ex)}")
    for o in ORGS:
        if per_org[o]["hold"] != 10 or per_org[o]["pass"] != 10:
            bad(o, f"org needs 10 hold + 10 pass, got {dict(per_org[o])}")
        if dict(loc_org[o]) != LOC_QUOTA:
            bad(o, f"hold locations {dict(loc_org[o])} != {LOC_QUOTA}")
        if not 2 <= len(org_writers[o]) <= 3:
            bad(o, f"org needs 2-3 writers, got {sorted(org_writers[o])}")
        if len(org_dom[o]) != 1:
            bad(o, f"org must use one From domain, got {sorted(org_dom[o])}")
    doms = [next(iter(v)) for v in org_dom.values() if len(v) == 1]
    if len(doms) != len(set(doms)):
        bad("*", "two organisations share a From domain")
    for (o, w), addrs in writer_from.items():
        if len(addrs) != 1:
            bad(o, f"writer {w} uses several From addresses {sorted(addrs)}")

    # runs
    labels = [m.get("expect") for m in data]
    orgs = [meta.get(m.get("id"), {}).get("org") for m in data]
    for name, seq in (("label", labels), ("organisation", orgs)):
        run = 1
        for i in range(1, len(seq)):
            run = run + 1 if seq[i] == seq[i - 1] else 1
            if run > MAX_RUN:
                bad(data[i]["id"], f"{name} {seq[i]} runs {run} in a row")

    # tempting numbers present
    if track_mn < 2:
        bad("*", f"expected at least 2 pass tracking numbers that also pass the マイナンバー check (got {track_mn})")
    if line_counts and (min(line_counts) > 5 or max(line_counts) < 60):
        bad("*", f"lengths do not vary enough (min {min(line_counts)}, max {max(line_counts)})")

    return report()


def chk_wd(mid, y, mo, d, w):
    y = int(y) if y else 2025
    try:
        real = WD[datetime.date(y, int(mo), int(d)).weekday()]
    except ValueError:
        bad(mid, f"impossible date {y}-{mo}-{d}")
        return
    if real != w:
        bad(mid, f"weekday mismatch {y}/{mo}/{d}({w}) should be ({real})")


def report():
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
