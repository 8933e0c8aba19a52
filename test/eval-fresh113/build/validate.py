"""Validate fresh.json and build/meta.json against the brief.  Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (PRIVATE_DOMAINS, mn_valid, luhn_valid, first_quote_marker,  # noqa: E402
                    email_of, domain_of)

PREFIX = "di"
N = 100
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
KIND_RE = re.compile(r"^([a-z]+)\.([a-z0-9]+(?:_[a-z0-9]+)*)$")
ADDR_RE = re.compile(r"^[^<>]*\S[^<>]* <([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
TLDS = r"(?:com|net|org|info|biz|io|jp|de|my|tw|kr|it|se|in|vn|fr|uk|cn|us|au|ca|sg|nz)"
BARE_DOMAIN_RE = re.compile(r"\b((?:[A-Za-z0-9-]+\.)+" + TLDS + r")\b", re.I | re.A)
PLACEHOLDER_RE = re.compile(r"TODO|lorem|xxx", re.I)
MN_LABEL_RE = re.compile(r"マイナンバー|個人番号")
TWELVE_RE = re.compile(r"(?<![\d])(?<!\d[- ])(\d{4}[- ]?\d{4}[- ]?\d{4})(?![- ]?\d)")
CARD_RE = re.compile(r"(?<![\d])(?<!\d[- ])(\d{4}([- ]?)\d{4}\2\d{4}\2\d{4})(?![- ]?\d)")
PHONE_RE = re.compile(r"(?<![\d+-])0\d{1,4}-(\d{1,4})-\d{2,4}(?![\d-])")
JP_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    labels = d.split(".")
    return "example" in labels[:-1] or (len(labels) >= 2 and labels[-1] == "example")


def texts_of(m):
    """(label, text) pairs of everything searchable in a mail."""
    out = [("subject", m["subject"]), ("text", m["text"])]
    for i, a in enumerate(m.get("attachments", [])):
        out.append((f"attachment[{i}].filename", a.get("filename", "")))
        if "text" in a:
            out.append((f"attachment[{i}]", a["text"]))
    return out


def check_domains(mid, label, s):
    for rx in (EMAIL_RE, URL_RE, BARE_DOMAIN_RE):
        for d in rx.findall(s):
            if not domain_ok(d):
                bad(mid, f"domain not allowed in {label}: {d}")


def check_mynumbers(mid, label, s):
    lines = s.split("\n")
    header_labelled = bool(lines) and bool(MN_LABEL_RE.search(lines[0])) and ("," in lines[0] or "|" in lines[0])
    for i, line in enumerate(lines):
        labelled = MN_LABEL_RE.search(line) or (i > 0 and MN_LABEL_RE.search(lines[i - 1])
                                                and lines[i - 1].rstrip().endswith(("：", ":")))
        if labelled or (header_labelled and i > 0):
            for num in TWELVE_RE.findall(line):
                if not mn_valid(num):
                    bad(mid, f"labelled マイナンバー with bad check digit in {label}: {num}")


def check_phones(mid, label, s):
    for m in PHONE_RE.finditer(s):
        if m.group(1) != "0000":
            bad(mid, f"phone number without 0000 exchange in {label}: {m.group(0)}")


def main():
    root = os.path.dirname(HERE)
    with open(os.path.join(root, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------------- set-level
    if not isinstance(mails, list) or len(mails) != N:
        bad("set", f"expected {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
        mails = mails if isinstance(mails, list) else []
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        bad("set", "ids are not di001..di100 in order")
    exp = [m.get("expect") for m in mails]
    c = Counter(exp)
    if c.get("hold") != 50 or c.get("pass") != 50:
        bad("set", f"hold/pass split is {dict(c)}")
    run, prev = 0, None
    for i, e in enumerate(exp):
        run = run + 1 if e == prev else 1
        prev = e
        if run > 3:
            bad(ids[i], f"run of {run} '{e}' in a row")
    if set(meta) != set(ids):
        bad("set", "meta.json ids do not match fresh.json ids")

    by_org = defaultdict(list)
    for m in mails:
        mm = meta.get(m.get("id"), {})
        if set(mm) != {"org", "writer", "loc"}:
            bad(m.get("id"), f"meta entry malformed: {mm}")
            continue
        by_org[mm["org"]].append((m, mm))
    if len(by_org) != 5:
        bad("set", f"expected 5 organisations, got {len(by_org)}")
    for org, items in by_org.items():
        ce = Counter(m["expect"] for m, _ in items)
        if ce.get("hold") != 10 or ce.get("pass") != 10:
            bad(org, f"hold/pass {dict(ce)} (want 10/10)")
        writers = {mm["writer"] for _, mm in items}
        if not 2 <= len(writers) <= 3:
            bad(org, f"{len(writers)} writers (want 2-3)")
        locs = Counter(mm["loc"] for m, mm in items if m["expect"] == "hold")
        if dict(locs) != LOC_QUOTA:
            bad(org, f"hold loc quota {dict(locs)} (want {LOC_QUOTA})")
        for m, mm in items:
            if m["expect"] == "pass" and mm["loc"] != "none":
                bad(m["id"], f"pass with loc {mm['loc']}")

    # ---------------------------------------------------------- per mail
    bodies = Counter(m.get("text") for m in mails)
    for m in mails:
        mid = m.get("id", "?")
        keys = set(m)
        if REQUIRED - keys:
            bad(mid, f"missing fields {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            bad(mid, f"unknown fields {sorted(keys - REQUIRED - OPTIONAL)}")
        loc = meta.get(mid, {}).get("loc")
        hold = m["expect"] == "hold"
        if m["expect"] not in ("hold", "pass"):
            bad(mid, f"expect is {m['expect']!r}")

        # kind
        km = KIND_RE.match(m["kind"])
        if not km:
            bad(mid, f"kind format: {m['kind']}")
        else:
            cat = km.group(1)
            if hold and cat not in HOLD_CATS:
                bad(mid, f"hold kind category {cat}")
            if not hold and cat != "benign":
                bad(mid, f"pass kind must be benign.*: {m['kind']}")
            if hold and loc == "recipients" and cat != "recipients":
                bad(mid, "recipients hold should have a recipients.* kind")

        # why: one Japanese sentence
        why = m["why"]
        if not JP_RE.search(why) or not why.endswith("。") or why.count("。") != 1:
            bad(mid, f"why should be one Japanese sentence: {why}")

        # text
        if not m["subject"].strip() or not m["text"].strip():
            bad(mid, "empty subject or text")
        if bodies[m["text"]] > 1:
            bad(mid, "duplicate body")

        # addresses
        addrs = {"from": [m["from"]]}
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list) or not m[fld]:
                    bad(mid, f"{fld} must be a non-empty list")
                    continue
                addrs[fld] = m[fld]
        if not m["to"]:
            bad(mid, "to is empty")
        for fld, lst in addrs.items():
            for a in lst:
                am = ADDR_RE.match(a) if isinstance(a, str) else None
                if not am:
                    bad(mid, f"{fld} address format: {a!r}")
                    continue
                if not domain_ok(domain_of(a)):
                    bad(mid, f"{fld} domain not allowed: {a}")
        sender_dom = domain_of(m["from"])
        visible = [a for f in ("to", "cc") for a in m.get(f, [])]
        outside = [a for a in visible if domain_of(a) != sender_dom]
        outside_addrs = {email_of(a).lower() for a in outside}
        outside_doms = {domain_of(a) for a in outside}
        if hold and loc == "recipients":
            if len(outside_addrs) <= 10 or len(outside_doms) < 2:
                bad(mid, f"recipients hold has {len(outside_addrs)} outside addresses / {len(outside_doms)} domains")
        if not hold and len(outside_addrs) > 10:
            bad(mid, f"pass with {len(outside_addrs)} visible outside recipients")

        # attachments
        atts = m.get("attachments", [])
        if "attachments" in m and (not isinstance(atts, list) or not atts):
            bad(mid, "attachments must be a non-empty list")
            atts = []
        for i, a in enumerate(atts):
            if a.get("encrypted"):
                if set(a) != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip":
                    bad(mid, f"encrypted attachment[{i}] malformed")
            else:
                if set(a) != {"filename", "contentType", "text"} or not a["text"].strip():
                    bad(mid, f"attachment[{i}] malformed")
                if a["filename"].lower().endswith(".zip"):
                    bad(mid, f"plain zip must be given as inner files: {a['filename']}")

        # placeholders, domains, my numbers, phones
        strings = [("why", why), ("kind", m["kind"])] + texts_of(m) + \
                  [(f, a) for f, lst in addrs.items() for a in lst]
        for label, s in strings:
            if PLACEHOLDER_RE.search(s):
                bad(mid, f"placeholder text in {label}")
        for label, s in texts_of(m):
            check_domains(mid, label, s)
            check_mynumbers(mid, label, s)
            check_phones(mid, label, s)

        # cards on holds
        if hold:
            for label, s in texts_of(m):
                for num, _sep in CARD_RE.findall(s):
                    if not luhn_valid(num):
                        bad(mid, f"card number on a hold fails Luhn in {label}: {num}")

        # personal
        if not hold:
            if "personal" in m:
                bad(mid, "pass must not have personal")
            continue
        pers = m.get("personal")
        if not isinstance(pers, list) or not pers:
            bad(mid, "hold needs a non-empty personal list")
            continue
        for p in pers:
            if set(p) != {"type", "value"} or not str(p["value"]).strip():
                bad(mid, f"personal item malformed: {p}")
        values = [p["value"] for p in pers]
        for p in pers:
            if p["type"] in ("my_number", "mynumber", "individual_number") and not mn_valid(p["value"]):
                bad(mid, f"personal my_number fails check digit: {p['value']}")
            if p["type"] == "card_number" and not luhn_valid(p["value"]):
                bad(mid, f"personal card_number fails Luhn: {p['value']}")
        everything = "\n".join(s for _, s in texts_of(m)) + "\n" + "\n".join(visible)
        for v in values:
            if v not in everything:
                bad(mid, f"personal value not found in mail: {v}")

        text = m["text"]
        mk = first_quote_marker(text)
        att_text = "\n".join(a.get("text", "") + "\n" + a["filename"] for a in atts)
        own = text if mk is None else text[:mk]
        if loc == "quoted":
            if mk is None:
                bad(mid, "quoted hold without a quote/forward marker")
            else:
                below = text[mk:]
                for v in values:
                    if v in own or v in m["subject"] or v in att_text:
                        bad(mid, f"quoted hold: value above the quote marker: {v}")
                    if v not in below:
                        bad(mid, f"quoted hold: value not below the marker: {v}")
        elif loc == "subject":
            if not any(v in m["subject"] for v in values):
                bad(mid, "subject hold: no personal value in the subject")
        elif loc == "attachment":
            if not any("text" in a for a in atts):
                bad(mid, "attachment hold without a text attachment")
            elif not any(v in att_text for v in values):
                bad(mid, "attachment hold: no personal value in the attachments")
        elif loc == "zip":
            enc = [a for a in atts if a.get("encrypted")]
            inner = [a for a in atts if re.search(r"\.zip/", a["filename"], re.I)]
            if not enc and not inner:
                bad(mid, "zip hold without an encrypted zip or a plain zip's inner file")
            if inner and not enc and not any(v in a["text"] for a in inner for v in values):
                bad(mid, "plain-zip hold: no personal value inside the zip")
        elif loc == "body":
            if not any(v in own for v in values):
                bad(mid, "body hold: no personal value in the writer's own text")
        elif loc == "recipients":
            pass
        else:
            bad(mid, f"unknown hold loc {loc}")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
