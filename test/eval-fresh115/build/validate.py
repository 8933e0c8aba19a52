"""Validate fresh.json and build/meta.json. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (QUOTE_MARKER_RE, allowed_domain, domain_of, email_of,  # noqa: E402
                    first_quote_marker, luhn_ok, mynumber_ok)

PREFIX = "dk"
N = 100
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ALLOWED = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
           "attachments", "personal"}
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
KIND_RE = re.compile(r"^[a-z]+\.[a-z0-9]+(?:_[a-z0-9]+)*$")
ADDR_RE = re.compile(r"^[^<>]+ <[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
TLDS = r"(?:com|net|org|info|biz|io|jp|uk|sg|ph|no|kr|cy|gr|lv|de|us|eu|cn|tw|hk|au|nz|ca|fr|it|es|nl|ru|in|vn|th|my|id)"
DOMAIN_RE = re.compile(r"(?<![A-Za-z0-9_.@-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+" + TLDS + r")(?![A-Za-z0-9_-])",
                       re.I)
URL_RE = re.compile(r"https?://([^/\s]+)")
PHONE_RE = re.compile(r"(?<![\d-])0\d{1,4}-(\d{1,4})-\d{4}(?![\d-])")
MN_LABEL_RE = re.compile(r"マイナンバー|個人番号")
TWELVE_RE = re.compile(r"(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<![\d])((?:\d[ -]?){14,18}\d)(?![\d])")
PLACEHOLDER_RE = re.compile(r"TODO|lorem|xxx|\{\w+\}|FIXME|TBD", re.I)
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def att_texts(m):
    return [a.get("text", "") for a in m.get("attachments", [])]


def all_text(m):
    parts = [m["subject"], m["text"]] + att_texts(m)
    parts += [a["filename"] for a in m.get("attachments", [])]
    return "\n".join(parts)


def visible_outside(m):
    own = domain_of(m["from"])
    return [a for a in m.get("to", []) + m.get("cc", []) if domain_of(a) != own]


def longest_run(seq):
    best = run = 0
    prev = None
    for x in seq:
        run = run + 1 if x == prev else 1
        prev = x
        best = max(best, run)
    return best


def main():
    problems = []

    def bad(mid, msg):
        problems.append(f"{mid}: {msg}")

    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        fresh = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    # ---------------------------------------------------------------- set level
    if not isinstance(fresh, list) or len(fresh) != N:
        problems.append(f"fresh.json: expected a list of {N} mails, got {len(fresh)}")
    ids = [m.get("id") for m in fresh]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        problems.append("ids are not dk001..dk100 in order")
    if set(meta) != set(want):
        problems.append("meta.json ids do not match fresh.json ids")
    expects = [m.get("expect") for m in fresh]
    c = collections.Counter(expects)
    if c.get("hold") != N // 2 or c.get("pass") != N // 2:
        problems.append(f"hold/pass is {c.get('hold')}/{c.get('pass')}, want 50/50")
    if longest_run(expects) > 3:
        problems.append(f"longest run of the same expect is {longest_run(expects)} (> 3)")

    by_org = collections.defaultdict(list)
    for m in fresh:
        mt = meta.get(m.get("id"), {})
        if set(mt) != {"org", "writer", "loc"}:
            bad(m.get("id"), f"meta entry malformed: {mt}")
            continue
        by_org[mt["org"]].append((m, mt))
    if len(by_org) != 5:
        problems.append(f"expected 5 organisations, got {sorted(by_org)}")
    for org, items in sorted(by_org.items()):
        holds = [(m, mt) for m, mt in items if m["expect"] == "hold"]
        passes = [(m, mt) for m, mt in items if m["expect"] == "pass"]
        if len(holds) != 10 or len(passes) != 10:
            problems.append(f"org {org}: {len(holds)} holds / {len(passes)} passes, want 10/10")
        writers = {mt["writer"] for _, mt in items}
        if not 2 <= len(writers) <= 3:
            problems.append(f"org {org}: {len(writers)} writers, want 2-3")
        locs = collections.Counter(mt["loc"] for _, mt in holds)
        if dict(locs) != LOC_QUOTA:
            problems.append(f"org {org}: hold locs {dict(locs)} != {LOC_QUOTA}")
        for m, mt in passes:
            if mt["loc"] != "none":
                bad(m["id"], f"pass with loc {mt['loc']}")

    bodies = collections.Counter(m.get("text", "") for m in fresh)
    for t, n in bodies.items():
        if n > 1:
            problems.append(f"duplicate body used {n} times: {t[:40]!r}")

    # ---------------------------------------------------------------- per mail
    for m in fresh:
        mid = m.get("id", "?")
        keys = set(m)
        if REQUIRED - keys:
            bad(mid, f"missing fields {sorted(REQUIRED - keys)}")
            continue
        if keys - ALLOWED:
            bad(mid, f"unknown fields {sorted(keys - ALLOWED)}")
        loc = meta.get(mid, {}).get("loc")
        exp, kind = m["expect"], m["kind"]
        if exp not in ("hold", "pass"):
            bad(mid, f"bad expect {exp}")
        if not KIND_RE.match(kind):
            bad(mid, f"bad kind format {kind}")
        cat = kind.split(".")[0]
        if exp == "hold" and cat not in HOLD_CATS:
            bad(mid, f"hold kind category {cat}")
        if exp == "pass" and cat != "benign":
            bad(mid, f"pass kind must be benign.*: {kind}")
        if exp == "hold" and loc == "recipients" and cat != "recipients":
            bad(mid, "recipients hold should have kind recipients.*")
        why = m["why"]
        if not (JA_RE.search(why) and why.endswith("。") and why.count("。") == 1):
            bad(mid, "why must be one Japanese sentence ending in 。")

        # fields' shapes
        if not isinstance(m["from"], str) or not ADDR_RE.match(m["from"]):
            bad(mid, f"from malformed: {m['from']}")
        for fld in ("to", "cc", "bcc"):
            if fld in m:
                if not isinstance(m[fld], list) or not m[fld]:
                    bad(mid, f"{fld} must be a non-empty list")
                    continue
                for a in m[fld]:
                    if not ADDR_RE.match(a):
                        bad(mid, f"{fld} address malformed: {a}")
        if not m["subject"].strip() or not m["text"].strip():
            bad(mid, "empty subject or text")
        for a in m.get("attachments", []):
            ak = set(a)
            if a.get("contentType") == "application/zip":
                if ak != {"filename", "contentType", "encrypted"} or a.get("encrypted") is not True:
                    bad(mid, f"zip attachment malformed: {a.get('filename')}")
            else:
                if ak != {"filename", "contentType", "text"} or not a.get("text", "").strip():
                    bad(mid, f"text attachment malformed: {a.get('filename')}")
        personal = m.get("personal")
        if exp == "hold":
            if not personal:
                bad(mid, "hold without personal")
                personal = []
            for p in personal:
                if set(p) != {"type", "value"} or not p["type"] or not p["value"]:
                    bad(mid, f"personal item malformed: {p}")
        elif personal is not None:
            bad(mid, "pass must not have personal")

        # placeholders
        everything = all_text(m)
        if PLACEHOLDER_RE.search(everything):
            bad(mid, f"placeholder text: {PLACEHOLDER_RE.search(everything).group(0)}")

        # domains
        addrs = [m["from"]] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in addrs:
            if not allowed_domain(domain_of(a)):
                bad(mid, f"address domain not allowed: {a}")
        norm = nfkc(everything)
        for d in EMAIL_RE.findall(norm):
            if not allowed_domain(d):
                bad(mid, f"email domain in text not allowed: {d}")
        for d in URL_RE.findall(norm):
            if not allowed_domain(d.split(":")[0]):
                bad(mid, f"URL domain not allowed: {d}")
        for d in DOMAIN_RE.findall(norm):
            if not allowed_domain(d):
                bad(mid, f"domain in text not allowed: {d}")

        # phone numbers use a 0000 exchange
        for mo in PHONE_RE.finditer(norm):
            if mo.group(1) != "0000":
                bad(mid, f"phone number without 0000 exchange: {mo.group(0)}")

        # マイナンバー check digits (labelled 12-digit numbers)
        for line in norm.split("\n"):
            if MN_LABEL_RE.search(line):
                for num in TWELVE_RE.findall(line):
                    digits = re.sub(r"\D", "", num)
                    if not mynumber_ok(digits):
                        bad(mid, f"labelled マイナンバー fails check digit: {num}")

        # full card numbers on holds pass Luhn
        if exp == "hold":
            for num in CARD_RE.findall(norm):
                digits = re.sub(r"\D", "", num)
                if len(digits) in (15, 16) and digits[0] in "3456" and re.fullmatch(r"[\d]{4}([ -]?)[\d]{4,6}\1[\d]{4,5}(\1[\d]{4})?", num):
                    if not luhn_ok(digits):
                        bad(mid, f"card number fails Luhn: {num}")

        # ppap is always a hold
        enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
        if enc and exp != "hold":
            bad(mid, "encrypted zip on a pass")

        # recipients
        vis = visible_outside(m)
        if exp == "hold" and loc == "recipients":
            doms = {domain_of(a) for a in vis}
            if len(vis) <= 10 or len(doms) < 2:
                bad(mid, f"recipients hold has {len(vis)} visible outside addresses / {len(doms)} domains")
        elif len(vis) > 10:
            bad(mid, f"{len(vis)} visible outside recipients on a non-recipients mail")

        # placement of the personal values
        if exp != "hold":
            continue
        values = [p["value"] for p in personal]
        subj, text = m["subject"], m["text"]
        atts = "\n".join(att_texts(m))
        hay = "\n".join([subj, text, atts] + m.get("to", []) + m.get("cc", []))
        if loc == "zip" and enc:
            pass  # contents of an encrypted zip cannot be located
        else:
            for v in values:
                if v not in hay:
                    bad(mid, f"personal value not found in the mail: {v}")
        if loc == "body":
            if not any(v in text for v in values):
                bad(mid, "body hold: no personal value in the body")
        elif loc == "attachment":
            if not m.get("attachments"):
                bad(mid, "attachment hold without attachments")
            elif not any(v in atts for v in values):
                bad(mid, "attachment hold: no personal value in the attachments")
        elif loc == "zip":
            zips = [a for a in m.get("attachments", [])
                    if a.get("contentType") == "application/zip" or ".zip/" in a["filename"]]
            if not zips:
                bad(mid, "zip hold without a zip attachment")
            inner = "\n".join(a.get("text", "") for a in zips if ".zip/" in a["filename"])
            if not enc and not any(v in inner for v in values):
                bad(mid, "plain-zip hold: no personal value inside the zip's files")
        elif loc == "subject":
            if not any(v in subj for v in values):
                bad(mid, "subject hold: no personal value in the subject")
        elif loc == "quoted":
            i = first_quote_marker(text)
            if i < 0:
                bad(mid, "quoted hold without a quote/forward marker")
            else:
                above, below = subj + "\n" + text[:i], text[i:]
                for v in values:
                    if v in above:
                        bad(mid, f"quoted hold: value above the first marker: {v}")
                    if v not in below:
                        bad(mid, f"quoted hold: value missing below the marker: {v}")
            if m.get("attachments"):
                bad(mid, "quoted hold should not carry attachments")
        elif loc == "recipients":
            rec = "\n".join(m.get("to", []) + m.get("cc", []))
            if not any(v in rec for v in values):
                bad(mid, "recipients hold: personal values should be visible addresses")

    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
