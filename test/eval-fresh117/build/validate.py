#!/usr/bin/env python3
"""Standalone validator for the dm (fresh117) set.

Checks every rule of the brief against fresh.json and build/meta.json and prints
OK, or the list of problems (exit status 1).  Imports nothing from the generators.
"""
import collections
import csv
import io
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "dm"
N = 100
MAX_RUN = 3
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
CATS_HOLD = {"sensitive", "id", "list", "personal", "recipients"}
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}
ALLOWED_DOM = re.compile(r"^(?:[a-z0-9-]+\.)+example\.(?:co\.jp|jp|com|ac\.jp|or\.jp|lg\.jp)$")
ADDR_FMT = re.compile(r"^(.+?) <([^<>\s@]+@[^<>\s@]+)>$")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_HOST = re.compile(r"https?://([A-Za-z0-9.-]+)")
WWW_HOST = re.compile(r"(?<![A-Za-z0-9@/.-])(www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
PHONE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{3,4}(?![\d-])")
PHONE_INTL = re.compile(r"\+81[- ]?\d{1,4}[- ](\d{1,4})[- ]\d{4}")
PHONE_BARE = re.compile(r"(?<![\d-])0\d{9,10}(?![\d-])")
MYNUM_LABELLED = re.compile(r"(?:マイナンバー|個人番号)[^0-9\n]{0,20}?((?:\d[ -]?){11}\d)(?![\d])")
CARD16 = re.compile(r"(?<![\d])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d])")
PLACEHOLDER = re.compile(r"TODO|lorem|xxx|○○|△△|〇〇|××|ＸＸ|\{\{|\}\}", re.I)
FWD = re.compile(r"^\s*-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message|"
                 r"転送メッセージ|元のメッセージ)\s*-{2,}\s*$")
KIND = re.compile(r"^([a-z]+)\.([a-z0-9_]+)$")
KEYS = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
        "attachments", "personal"}

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    total = 0
    for n in range(1, 12):
        p = int(d[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(d[-1]) == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    digits = [int(c) for c in re.sub(r"\D", "", s)]
    total = 0
    for i, x in enumerate(reversed(digits)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return len(digits) >= 13 and total % 10 == 0


def split_text(text):
    fresh, quoted, in_fwd = [], [], False
    for line in text.split("\n"):
        if FWD.match(line):
            in_fwd = True
        if in_fwd or line.lstrip().startswith(">"):
            quoted.append(line)
        else:
            fresh.append(line)
    return "\n".join(fresh), "\n".join(quoted)


def addr_of(s):
    m = ADDR_FMT.match(s)
    return m.group(2) if m else None


def dom_of(a):
    return a.split("@", 1)[1].lower()


def all_strings(rec):
    out = [rec.get("subject", ""), rec.get("text", ""), rec.get("why", ""), rec.get("kind", ""),
           rec.get("from", "")]
    for k in ("to", "cc", "bcc"):
        out += rec.get(k, [])
    for a in rec.get("attachments", []):
        out.append(a.get("filename", ""))
        out.append(a.get("text", ""))
    for p in rec.get("personal", []):
        out.append(p.get("value", ""))
    return out


def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------------------- shape
    if not isinstance(data, list) or len(data) != N:
        problems.append(f"fresh.json must be a list of {N}, got {len(data) if isinstance(data, list) else type(data)}")
        return
    ids = [r.get("id") for r in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        problems.append("ids are not dm001..dm100 in order")
    if set(meta) != set(ids):
        problems.append("meta.json ids differ from fresh.json ids")

    labels = collections.Counter(r.get("expect") for r in data)
    if labels != {"hold": 50, "pass": 50}:
        problems.append(f"label counts {dict(labels)} (want 50/50)")

    org_domains = collections.defaultdict(set)
    org_writers = collections.defaultdict(set)
    writer_from = collections.defaultdict(set)
    per_org = collections.defaultdict(lambda: collections.Counter())
    line_counts = []

    for r in data:
        mid = r.get("id", "?")
        mt = meta.get(mid, {})
        org, writer, loc = mt.get("org"), mt.get("writer"), mt.get("loc")
        extra = set(r) - KEYS
        if extra:
            bad(mid, f"unexpected keys {sorted(extra)}")
        for k in ("expect", "kind", "why", "from", "to", "subject", "text"):
            if not r.get(k):
                bad(mid, f"missing {k}")
        exp = r.get("expect")
        if exp not in ("hold", "pass"):
            bad(mid, f"bad expect {exp}")
        km = KIND.match(r.get("kind", ""))
        if not km:
            bad(mid, f"bad kind {r.get('kind')}")
        else:
            cat = km.group(1)
            if exp == "hold" and cat not in CATS_HOLD:
                bad(mid, f"hold with kind category {cat}")
            if exp == "pass" and cat != "benign":
                bad(mid, f"pass with kind category {cat}")
            if loc == "recipients" and cat != "recipients":
                bad(mid, "recipients loc but kind is not recipients.*")
            if cat == "recipients" and loc != "recipients":
                bad(mid, "recipients kind but loc is not recipients")
        why = r.get("why", "")
        if why.count("。") != 1 or not why.endswith("。"):
            bad(mid, "why must be one sentence ending in 。")
        per_org[org][(exp, loc)] += 1
        org_writers[org].add(writer)

        # ------------------------------------------------------- addresses
        fa = addr_of(r.get("from", ""))
        if not fa:
            bad(mid, f"from not in '表示名 <addr>' form: {r.get('from')}")
            continue
        sdom = dom_of(fa)
        org_domains[org].add(sdom)
        writer_from[(org, writer)].add(fa)
        visible, everyone = [], []
        for k in ("to", "cc", "bcc"):
            v = r.get(k, [])
            if k in r and (not isinstance(v, list) or not v):
                bad(mid, f"{k} must be a non-empty list when present")
                continue
            for s in v:
                a = addr_of(s)
                if not a:
                    bad(mid, f"{k} entry not in '表示名 <addr>' form: {s}")
                    continue
                everyone.append(a)
                if k in ("to", "cc"):
                    visible.append(a)
        outside_visible = [a for a in visible if dom_of(a) != sdom]
        if not any(dom_of(a) != sdom for a in everyone):
            bad(mid, "no recipient outside the sender's organisation")
        orgs_seen = set()
        for a in outside_visible:
            d = dom_of(a)
            orgs_seen.add(a.lower() if d in PRIVATE else d)
        if loc == "recipients":
            if len(outside_visible) <= 10 or len(orgs_seen) <= 10:
                bad(mid, f"recipients hold needs >10 visible outside addresses of different orgs "
                         f"(got {len(outside_visible)} / {len(orgs_seen)} orgs)")
        elif len(orgs_seen) > 10:
            bad(mid, f"{len(orgs_seen)} visible outside organisations on a non-recipients mail")

        # ---------------------------------------------------- domain rules
        blob = "\n".join(all_strings(r))
        for d in EMAIL.findall(blob):
            d = d.lower().rstrip(".")
            if d not in PRIVATE and not ALLOWED_DOM.match(d):
                bad(mid, f"address domain not allowed: {d}")
        for h in URL_HOST.findall(blob) + WWW_HOST.findall(blob):
            h = h.lower().rstrip(".")
            if not ALLOWED_DOM.match(h):
                bad(mid, f"host not allowed: {h}")

        # ----------------------------------------------------------- phones
        for mm in PHONE.finditer(blob):
            if mm.group(1) != "0000":
                bad(mid, f"phone without 0000 exchange: {mm.group(0)}")
        for mm in PHONE_INTL.finditer(blob):
            if mm.group(1) != "0000":
                bad(mid, f"phone without 0000 exchange: {mm.group(0)}")
        for mm in PHONE_BARE.finditer(blob):
            bad(mid, f"unformatted phone-like number: {mm.group(0)}")

        # ------------------------------------------------------ placeholders
        for s in all_strings(r):
            pm = PLACEHOLDER.search(s)
            if pm:
                bad(mid, f"placeholder-like text: {pm.group(0)!r}")

        # ------------------------------------------------ attachments shape
        atts = r.get("attachments", [])
        if "attachments" in r and (not isinstance(atts, list) or not atts):
            bad(mid, "attachments must be a non-empty list when present")
            atts = []
        for a in atts:
            if not a.get("filename") or not a.get("contentType"):
                bad(mid, f"attachment without filename/contentType: {a}")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    bad(mid, "encrypted zip must be {filename, contentType: application/zip, encrypted: true}")
                if exp != "hold":
                    bad(mid, "encrypted zip on a pass (rule 6: always hold)")
            elif not a.get("text"):
                bad(mid, f"attachment {a.get('filename')} has no text")
            fn = a.get("filename", "")
            if ".zip/" in fn and a.get("encrypted"):
                bad(mid, "inner zip entry marked encrypted")

        # ------------------------------------------- check digits and Luhn
        texts = [r.get("subject", ""), r.get("text", "")] + [a.get("text", "") for a in atts]
        for t in texts:
            for mm in MYNUM_LABELLED.finditer(t):
                if not mynumber_ok(mm.group(1)):
                    bad(mid, f"labelled マイナンバー fails check digit: {mm.group(1)}")
        for a in atts:
            if a.get("contentType") == "text/csv" and a.get("text"):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if "個人番号" in h or "マイナンバー" in h]
                    for row in rows[1:]:
                        for i in cols:
                            if i < len(row) and row[i].strip() and not mynumber_ok(row[i]):
                                bad(mid, f"CSV マイナンバー fails check digit: {row[i]}")
        if exp == "hold":
            for t in texts:
                for mm in CARD16.finditer(t):
                    if not luhn_ok(mm.group(1)):
                        bad(mid, f"full card-like number fails Luhn on a hold: {mm.group(1)}")

        # ---------------------------------------------------------- personal
        pers = r.get("personal")
        if exp == "pass":
            if pers:
                bad(mid, "pass must not carry personal")
            if loc != "none":
                bad(mid, f"pass with loc {loc}")
        else:
            if not pers:
                bad(mid, "hold without personal")
                pers = []
            if loc not in LOC_QUOTA:
                bad(mid, f"hold with loc {loc}")
        fresh, quoted = split_text(r.get("text", ""))
        subj = r.get("subject", "")
        plain_att = "\n".join(a.get("filename", "") + "\n" + a.get("text", "")
                              for a in atts if ".zip/" not in a.get("filename", ""))
        zip_att = "\n".join(a.get("filename", "") + "\n" + a.get("text", "")
                            for a in atts if ".zip/" in a.get("filename", ""))
        whole = blob
        for p in pers or []:
            t, v = p.get("type"), p.get("value")
            if not t or not v:
                bad(mid, f"personal item without type/value: {p}")
                continue
            if v not in whole:
                bad(mid, f"personal value not verbatim in mail: {v}")
            if t == "my_number" and not mynumber_ok(v):
                bad(mid, f"personal my_number fails check digit: {v}")
            if t == "card_number" and not luhn_ok(v):
                bad(mid, f"personal card_number fails Luhn: {v}")
            non_name = t != "name"
            if loc == "body":
                if v not in fresh:
                    bad(mid, f"body hold: value not in the fresh body: {v}")
            elif loc == "attachment":
                if v not in plain_att:
                    bad(mid, f"attachment hold: value not in a (non-zip-entry) attachment: {v}")
                if non_name and v in fresh:
                    bad(mid, f"attachment hold: value also in the body: {v}")
            elif loc == "zip":
                if v not in zip_att:
                    bad(mid, f"zip hold: value not in a zip entry: {v}")
                if non_name and v in fresh:
                    bad(mid, f"zip hold: value also in the body: {v}")
            elif loc == "quoted":
                if v not in quoted:
                    bad(mid, f"quoted hold: value not in quoted lines: {v}")
                if non_name and (v in fresh or v in subj):
                    bad(mid, f"quoted hold: value also outside the quote: {v}")
            elif loc == "subject":
                if v not in subj:
                    bad(mid, f"subject hold: value not in subject: {v}")
                if non_name and v in r.get("text", ""):
                    bad(mid, f"subject hold: value also in the text: {v}")
            elif loc == "recipients":
                if t != "email" or v not in outside_visible:
                    bad(mid, f"recipients hold: value is not a visible outside address: {v}")
        if exp == "hold" and loc == "recipients":
            vals = {p.get("value") for p in pers or []}
            if vals != set(outside_visible):
                bad(mid, "recipients hold: personal must list exactly the visible outside addresses")
        if exp == "hold" and loc == "zip":
            if not any(".zip/" in a.get("filename", "") and not a.get("encrypted") for a in atts):
                bad(mid, "zip hold without plain zip entries")
        if exp == "hold" and loc == "attachment":
            if not any(".zip/" not in a.get("filename", "") for a in atts):
                bad(mid, "attachment hold without a plain attachment")
            for a in atts:
                if a.get("encrypted") and not any(p.get("value") == a["filename"] for p in pers or []):
                    bad(mid, "encrypted zip hold: personal must name the zip file")
        if exp == "hold" and loc == "quoted" and not quoted.strip():
            bad(mid, "quoted hold without quoted lines")
        line_counts.append(len(r.get("text", "").rstrip("\n").split("\n")))

    # ------------------------------------------------------- per-org quotas
    if set(per_org) != {"A", "B", "C", "D", "E"}:
        problems.append(f"organisations in meta: {sorted(per_org)}")
    for org, c in sorted(per_org.items()):
        holds = sum(v for (e, _), v in c.items() if e == "hold")
        passes = sum(v for (e, _), v in c.items() if e == "pass")
        if holds != 10 or passes != 10:
            problems.append(f"org {org}: {holds} holds / {passes} passes (want 10/10)")
        for loc, q in LOC_QUOTA.items():
            if c[("hold", loc)] != q:
                problems.append(f"org {org}: {c[('hold', loc)]} holds at {loc} (want {q})")
        if c[("pass", "none")] != 10:
            problems.append(f"org {org}: passes must all have loc none")
        if not 2 <= len(org_writers[org]) <= 3:
            problems.append(f"org {org}: {len(org_writers[org])} writers (want 2-3)")
        if len(org_domains[org]) != 1:
            problems.append(f"org {org}: From domains {sorted(org_domains[org])} (want exactly one)")
    doms = [next(iter(v)) for v in org_domains.values() if len(v) == 1]
    if len(set(doms)) != len(doms):
        problems.append("two organisations share a From domain")
    for (org, writer), addrs in writer_from.items():
        if len(addrs) != 1:
            problems.append(f"org {org} writer {writer}: several From addresses {sorted(addrs)}")

    # --------------------------------------------------------------- runs
    def runs(seq, what):
        run, prev = 0, None
        for i, x in enumerate(seq):
            run = run + 1 if x == prev else 1
            prev = x
            if run > MAX_RUN:
                problems.append(f"{what} run longer than {MAX_RUN} ending at {ids[i]}")
    runs([r.get("expect") for r in data], "label")
    runs([meta.get(i, {}).get("org") for i in ids], "organisation")

    # ------------------------------------------------------------ lengths
    if line_counts:
        if min(line_counts) < 3 or min(line_counts) > 5:
            problems.append(f"shortest mail has {min(line_counts)} lines (want 3-5)")
        if max(line_counts) < 60 or max(line_counts) > 90:
            problems.append(f"longest mail has {max(line_counts)} lines (want 60-90)")


if __name__ == "__main__":
    main()
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")
