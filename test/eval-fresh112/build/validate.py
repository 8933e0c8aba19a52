"""Validate fresh.json and build/meta.json of the dh set. Prints OK or the problems."""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (allowed_domain, domain_of, luhn_ok, mynumber_ok, quote_start)  # noqa: E402

PREFIX = "dh"
N = 100
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
ADDR_RE = re.compile(r"^(?P<name>[^<>]+?) <(?P<email>[^<>@\s]+@[A-Za-z0-9.-]+)>$")
KIND_RE = re.compile(r"^[a-z]+(?:_[a-z]+)*\.[a-z0-9]+(?:_[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
HOST_RE = re.compile(r"(?<![A-Za-z0-9@._-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|info|biz|io|at|sg|uk|de|us|cn|kr|tw|au))(?![A-Za-z0-9-])")
PHONE_RE = re.compile(r"(?<![\d-])(0\d{1,4})-(\d{1,4})-(\d{4})(?![\d-])")
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号)")
TWELVE_RE = re.compile(r"(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?!\d)")
CARD_RE = re.compile(r"(?<![\d])(\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}|\d{16})(?![\d])")
PLACEHOLDER_RE = re.compile(r"todo|lorem|xxx|○○|〇〇|△△", re.I)
NO_VALUE_TYPES = {"encrypted_archive"}


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def main():
    root = os.path.dirname(HERE)
    problems = []
    err = problems.append
    try:
        fresh = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
        meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot load: {e}")
        sys.exit(1)

    # ------------------------------------------------------------ set level
    if not isinstance(fresh, list) or len(fresh) != N:
        err(f"expected {N} mails, got {len(fresh) if isinstance(fresh, list) else type(fresh)}")
    ids = [m.get("id") for m in fresh]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        err("ids are not dh001..dh100 in order")
    if set(meta) != set(ids):
        err("meta.json ids do not match fresh.json ids")
    exp = [m.get("expect") for m in fresh]
    if exp.count("hold") != 50 or exp.count("pass") != 50:
        err(f"hold/pass = {exp.count('hold')}/{exp.count('pass')}, want 50/50")
    run, prev = 0, None
    for m in fresh:
        run = run + 1 if m.get("expect") == prev else 1
        prev = m.get("expect")
        if run > 3:
            err(f"{m.get('id')}: more than 3 '{prev}' in a row")

    by_org = collections.defaultdict(list)
    for m in fresh:
        mt = meta.get(m.get("id"), {})
        if set(mt) != {"org", "writer", "loc"}:
            err(f"{m.get('id')}: meta needs org, writer, loc")
            continue
        by_org[mt["org"]].append((m, mt))
    if len(by_org) != 5:
        err(f"expected 5 organisations, got {sorted(by_org)}")
    for org, items in sorted(by_org.items()):
        holds = [mt for m, mt in items if m.get("expect") == "hold"]
        passes = [mt for m, mt in items if m.get("expect") == "pass"]
        if len(holds) != 10 or len(passes) != 10:
            err(f"org {org}: {len(holds)} holds / {len(passes)} passes, want 10/10")
        writers = {mt["writer"] for _, mt in items}
        if not 2 <= len(writers) <= 3:
            err(f"org {org}: {len(writers)} writers, want 2-3")
        locs = collections.Counter(mt["loc"] for mt in holds)
        if dict(locs) != LOC_QUOTA:
            err(f"org {org}: hold locs {dict(locs)} != {LOC_QUOTA}")
        for mt in passes:
            if mt["loc"] != "none":
                err(f"org {org}: a pass has loc {mt['loc']}")

    texts = collections.Counter(m.get("text") for m in fresh)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate body ({c}x): {str(t)[:40]!r}")

    # ------------------------------------------------------------ per mail
    for m in fresh:
        mid = m.get("id")
        mt = meta.get(mid, {})
        loc = mt.get("loc")
        for k in REQUIRED:
            if k not in m:
                err(f"{mid}: missing {k}")
        for k in m:
            if k not in REQUIRED and k not in OPTIONAL:
                err(f"{mid}: unknown field {k}")
        expect = m.get("expect")
        if expect not in ("hold", "pass"):
            err(f"{mid}: expect {expect!r}")
        kind = m.get("kind", "")
        if not KIND_RE.match(kind):
            err(f"{mid}: bad kind format {kind!r}")
        cat = kind.split(".")[0]
        if expect == "hold" and cat not in HOLD_CATS:
            err(f"{mid}: hold kind category {cat!r}")
        if expect == "pass" and cat != "benign":
            err(f"{mid}: pass kind must be benign.*")
        if loc == "recipients" and cat != "recipients":
            err(f"{mid}: recipients hold should have a recipients.* kind")
        why = m.get("why", "")
        if not re.search(r"[ぁ-んァ-ン一-龥]", why) or not why.endswith("。") or why.count("。") != 1:
            err(f"{mid}: why must be one Japanese sentence")
        for k in ("subject", "text"):
            if not isinstance(m.get(k), str) or not m.get(k).strip():
                err(f"{mid}: empty {k}")

        # addresses
        addrs = {}
        for k in ("from", "to", "cc", "bcc"):
            v = m.get(k)
            if v is None:
                continue
            vals = [v] if k == "from" else v
            if k != "from" and (not isinstance(v, list) or not v):
                err(f"{mid}: {k} must be a non-empty list")
                continue
            if k == "from" and not isinstance(v, str):
                err(f"{mid}: from must be a string")
                continue
            for a in vals:
                mm = ADDR_RE.match(a)
                if not mm:
                    err(f"{mid}: bad address format {a!r}")
                    continue
                if not allowed_domain(domain_of(a)):
                    err(f"{mid}: address domain not allowed: {a}")
            addrs[k] = vals
        sender_dom = domain_of(m.get("from", ""))
        visible = [a for k in ("to", "cc") for a in m.get(k, [])]
        outside = [a for a in visible if domain_of(a) != sender_dom]
        out_doms = {domain_of(a) for a in outside}

        # attachments
        atts = m.get("attachments", [])
        att_texts = []
        if "attachments" in m:
            if not isinstance(atts, list) or not atts:
                err(f"{mid}: attachments must be a non-empty list")
                atts = []
            for a in atts:
                keys = set(a)
                if a.get("encrypted") is True:
                    if keys != {"filename", "contentType", "encrypted"} or a.get("contentType") != "application/zip":
                        err(f"{mid}: bad encrypted zip entry {a}")
                elif keys != {"filename", "contentType", "text"} or not str(a.get("text", "")).strip():
                    err(f"{mid}: bad attachment entry {sorted(keys)}")
                else:
                    att_texts.append(a["text"])
                    if ".zip" in a["filename"] and not re.search(r"\.zip/[^/]+$", a["filename"]):
                        err(f"{mid}: plain zip inner file must be named archive.zip/inner")
        encrypted = any(a.get("encrypted") for a in atts)

        # domains, phones, placeholders in text and attachments
        blobs = [m.get("subject", ""), m.get("text", "")] + att_texts
        for b in blobs + [m.get("why", "")]:
            if PLACEHOLDER_RE.search(b):
                err(f"{mid}: placeholder text {PLACEHOLDER_RE.search(b).group(0)!r}")
        for b in blobs:
            nb = nfkc(b)
            for rx in (EMAIL_RE, URL_RE, HOST_RE):
                for h in rx.findall(nb):
                    if not allowed_domain(h):
                        err(f"{mid}: domain not allowed in text: {h}")
            for p in PHONE_RE.finditer(nb):
                if p.group(2) != "0000":
                    err(f"{mid}: phone without 0000 exchange: {p.group(0)}")
            for lab in MN_LABEL_RE.finditer(nb):
                win = nb[lab.end():lab.end() + 40]
                for num in TWELVE_RE.findall(win):
                    if not mynumber_ok(num):
                        err(f"{mid}: labelled マイナンバー {num} fails check digit")
            if expect == "hold":
                for c in CARD_RE.findall(nb):
                    if not luhn_ok(c):
                        err(f"{mid}: card-like number {c} on a hold fails Luhn")

        # personal
        pers = m.get("personal")
        if expect == "pass":
            if pers is not None:
                err(f"{mid}: pass must not have personal")
            if len(outside) > 10:
                err(f"{mid}: pass with {len(outside)} visible outside recipients")
            if loc != "none":
                err(f"{mid}: pass loc {loc}")
            continue
        if not isinstance(pers, list) or not pers:
            err(f"{mid}: hold needs a non-empty personal list")
            continue
        for p in pers:
            if set(p) != {"type", "value"} or not str(p.get("value", "")).strip():
                err(f"{mid}: bad personal item {p}")
        for p in pers:
            if p.get("type") == "my_number" and not mynumber_ok(p["value"]):
                err(f"{mid}: personal my_number {p['value']} fails check digit")
            if p.get("type") == "card_number" and not luhn_ok(p["value"]):
                err(f"{mid}: personal card_number {p['value']} fails Luhn")
        values = [p["value"] for p in pers if p.get("type") not in NO_VALUE_TYPES]
        everything = "\n".join(blobs + visible + m.get("bcc", []))
        if not encrypted:
            for v in values:
                if v not in everything:
                    err(f"{mid}: personal value not found in the mail: {v!r}")
        text = m.get("text", "")
        subj = m.get("subject", "")
        if loc == "quoted":
            qs = quote_start(text)
            if qs is None:
                err(f"{mid}: quoted hold without a quote/forward marker")
            else:
                for v in values:
                    if v in subj or v in text[:qs]:
                        err(f"{mid}: quoted hold value {v!r} appears above the marker")
                    if v not in text[qs:]:
                        err(f"{mid}: quoted hold value {v!r} missing below the marker")
            if atts:
                err(f"{mid}: quoted hold should have no attachments")
        elif loc == "subject":
            if not any(v in subj for v in values):
                err(f"{mid}: subject hold without a personal value in the subject")
            for v in values:
                if v in text:
                    err(f"{mid}: subject hold repeats {v!r} in the body")
        elif loc == "attachment":
            if not att_texts or any(".zip" in a["filename"] for a in atts):
                err(f"{mid}: attachment hold needs a plain (non-zip) attachment")
            elif not any(v in t for v in values for t in att_texts):
                err(f"{mid}: attachment hold without personal values in the attachment")
        elif loc == "zip":
            if not atts:
                err(f"{mid}: zip hold without attachments")
            elif not encrypted:
                inner = [a["text"] for a in atts if re.search(r"\.zip/", a["filename"])]
                if not inner:
                    err(f"{mid}: zip hold needs an encrypted zip or a plain zip's inner file")
                elif not any(v in t for v in values for t in inner):
                    err(f"{mid}: zip hold without personal values in the inner file")
        elif loc == "recipients":
            if len(outside) <= 10 or len(out_doms) < 2:
                err(f"{mid}: recipients hold has {len(outside)} outside addresses from {len(out_doms)} domains")
        elif loc == "body":
            qs = quote_start(text)
            own = text if qs is None else text[:qs]
            if not any(v in own for v in values):
                err(f"{mid}: body hold without personal values in the writer's own text")
        else:
            err(f"{mid}: hold with loc {loc!r}")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
