"""Validate fresh.json and build/meta.json against the brief. Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import (PRIVATE_DOMAINS, first_marker_offset, is_valid_mynumber,  # noqa: E402
                    luhn_ok, nfkc)

PREFIX = "df"
N = 100
REQUIRED = {"id", "expect", "kind", "why", "from", "to", "subject", "text"}
OPTIONAL = {"cc", "bcc", "attachments", "personal"}
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
KIND_RE = re.compile(r"^(sensitive|id|list|personal|recipients|benign)\.[a-z0-9]+(?:_[a-z0-9]+)*$")
ADDR_RE = re.compile(r"^(?P<name>[^<>]+) <(?P<email>[A-Za-z0-9._%+-]+@(?P<domain>[A-Za-z0-9.-]+))>$")
EMAIL_IN_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_IN_TEXT = re.compile(r"https?://([A-Za-z0-9.-]+)", re.I)
BARE_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9.@-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|io|info|biz|co|us|uk|asia|tokyo|dev|app))(?![A-Za-z0-9-])",
    re.I)
PLACEHOLDER = re.compile(r"TODO|lorem|xxx", re.I)
PHONE_RE = re.compile(r"(?<![\d+-])0\d{1,4}-(\d{2,4})-\d{3,4}(?![\d-])")
CHAIN_RE = re.compile(r"\d+(?:[ -]\d+)*")


def allowed_domain(d):
    d = d.lower().rstrip(".")
    return d in PRIVATE_DOMAINS or re.search(r"(^|\.)example\.[a-z.]+$", d) is not None


def chunks(m):
    """(label, text) pairs of everything a reader of the mail sees."""
    out = [("subject", m.get("subject", "")), ("text", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        out.append((f"attachment:{a.get('filename')}", a.get("text", "") or ""))
    return out


def all_content(m):
    parts = [m.get("subject", ""), m.get("text", "")]
    for fld in ("to", "cc", "bcc"):
        parts.extend(m.get(fld, []) or [])
    for a in m.get("attachments", []) or []:
        parts.append(a.get("filename", ""))
        parts.append(a.get("text", "") or "")
    return "\n".join(parts)


def digit_chains(s):
    for mt in CHAIN_RE.finditer(s):
        groups = re.split(r"[ -]", mt.group(0))
        yield mt.group(0), groups


def card_like(groups):
    total = sum(len(g) for g in groups)
    if not 13 <= total <= 19:
        return False
    if len(groups) == 1:
        return True
    return all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4 or \
        [len(g) for g in groups] in ([4, 6, 5], [4, 6, 4])


def mynumber_like(groups):
    total = sum(len(g) for g in groups)
    return total == 12 and (len(groups) == 1 or all(len(g) == 4 for g in groups))


def main():
    problems = []
    P = problems.append
    root = os.path.dirname(HERE)
    try:
        data = json.load(open(os.path.join(root, "fresh.json"), encoding="utf-8"))
        meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"cannot load: {e}")
        sys.exit(1)

    # ---------------------------------------------------------------- set level
    if not isinstance(data, list) or len(data) != N:
        P(f"expected {N} mails, got {len(data) if isinstance(data, list) else type(data)}")
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        P("ids are not df001..df100 in order")
    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c.get("hold") != N // 2 or c.get("pass") != N // 2:
        P(f"hold/pass split is {dict(c)}")
    run, prev = 0, None
    for i, v in enumerate(exp):
        run = run + 1 if v == prev else 1
        prev = v
        if run > 3:
            P(f"run of more than 3 '{v}' ending at {ids[i]}")
    if set(meta) != set(ids):
        P("meta.json ids do not match fresh.json ids")

    per_org = defaultdict(lambda: {"hold": 0, "pass": 0, "writers": set(), "locs": Counter()})
    for m in data:
        mid = m.get("id")
        mt = meta.get(mid)
        if not mt:
            continue
        if set(mt) != {"org", "writer", "loc"}:
            P(f"{mid}: meta keys {sorted(mt)}")
            continue
        o = per_org[mt["org"]]
        o[m.get("expect")] = o.get(m.get("expect"), 0) + 1
        o["writers"].add(mt["writer"])
        if m.get("expect") == "hold":
            o["locs"][mt["loc"]] += 1
        elif mt["loc"] != "none":
            P(f"{mid}: pass with loc {mt['loc']}")
    if len(per_org) != 5:
        P(f"expected 5 organisations, got {sorted(per_org)}")
    for org, o in sorted(per_org.items()):
        if o["hold"] != 10 or o["pass"] != 10:
            P(f"org {org}: {o['hold']} holds / {o['pass']} passes")
        if not 2 <= len(o["writers"]) <= 3:
            P(f"org {org}: {len(o['writers'])} writers")
        if dict(o["locs"]) != LOC_QUOTA:
            P(f"org {org}: hold locs {dict(o['locs'])}")

    # ---------------------------------------------------------------- per mail
    bodies = Counter(m.get("text") for m in data)
    for text, n in bodies.items():
        if n > 1:
            P(f"duplicate body ({n}x): {str(text)[:40]!r}")

    for m in data:
        mid = m.get("id", "?")
        keys = set(m)
        if REQUIRED - keys:
            P(f"{mid}: missing {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            P(f"{mid}: unknown fields {sorted(keys - REQUIRED - OPTIONAL)}")
        expect = m.get("expect")
        kind = m.get("kind", "")
        loc = meta.get(mid, {}).get("loc")
        if expect not in ("hold", "pass"):
            P(f"{mid}: expect {expect!r}")
        if not KIND_RE.match(kind or ""):
            P(f"{mid}: bad kind {kind!r}")
        cat = (kind or "").split(".")[0]
        if expect == "hold" and cat not in HOLD_CATS:
            P(f"{mid}: hold with kind {kind}")
        if expect == "pass" and cat != "benign":
            P(f"{mid}: pass with kind {kind}")
        why = m.get("why", "")
        if not why or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", why) or not why.endswith("。") \
                or why.count("。") != 1:
            P(f"{mid}: why should be one Japanese sentence")
        for f in ("subject", "text"):
            if not isinstance(m.get(f), str) or not m.get(f).strip():
                P(f"{mid}: empty {f}")
        for label, s in chunks(m):
            if PLACEHOLDER.search(s):
                P(f"{mid}: placeholder text in {label}")
        if PLACEHOLDER.search(why):
            P(f"{mid}: placeholder text in why")

        # addresses
        sender_dom = None
        fr = ADDR_RE.match(m.get("from", "") or "")
        if not fr:
            P(f"{mid}: bad from {m.get('from')!r}")
        else:
            sender_dom = fr.group("domain").lower()
            if "example." not in sender_dom:
                P(f"{mid}: sender domain {sender_dom} is not *.example.*")
        visible = []
        for fld in ("to", "cc", "bcc"):
            if fld not in m:
                continue
            if not isinstance(m[fld], list) or (fld == "to" and not m[fld]):
                P(f"{mid}: {fld} must be a non-empty list")
                continue
            for a in m[fld]:
                am = ADDR_RE.match(a)
                if not am:
                    P(f"{mid}: bad address in {fld}: {a!r}")
                    continue
                if not allowed_domain(am.group("domain")):
                    P(f"{mid}: domain not allowed in {fld}: {a}")
                if fld != "bcc":
                    visible.append((am.group("email").lower(), am.group("domain").lower()))
        outside = {e: d for e, d in visible if d != sender_dom}
        n_out, n_dom = len(outside), len(set(outside.values()))
        if loc == "recipients":
            if n_out <= 10 or n_dom < 2:
                P(f"{mid}: recipients hold has {n_out} visible outside addresses in {n_dom} domains")
        if expect == "pass" and n_out > 10:
            P(f"{mid}: pass with {n_out} visible outside recipients")

        # domains, phones, numbers in content
        for label, s in chunks(m):
            ns = nfkc(s)
            for rx in (EMAIL_IN_TEXT, URL_IN_TEXT, BARE_DOMAIN):
                for d in rx.findall(ns):
                    if not allowed_domain(d):
                        P(f"{mid}: domain {d} in {label}")
            for pm in PHONE_RE.finditer(ns):
                if pm.group(1) != "0000":
                    P(f"{mid}: phone {pm.group(0)} in {label} does not use the 0000 exchange")
            if "マイナンバー" in ns or "個人番号" in ns:
                for raw, groups in digit_chains(ns):
                    if mynumber_like(groups) and not is_valid_mynumber(raw):
                        P(f"{mid}: マイナンバー {raw} in {label} fails the check digit")
            if expect == "hold":
                for raw, groups in digit_chains(ns):
                    if card_like(groups) and not luhn_ok(raw):
                        P(f"{mid}: card-like number {raw} in {label} fails Luhn")

        # attachments
        atts = m.get("attachments")
        if atts is not None:
            if not isinstance(atts, list) or not atts:
                P(f"{mid}: attachments must be a non-empty list")
                atts = []
            for a in atts:
                ak = set(a)
                if not {"filename", "contentType"} <= ak or ak - {"filename", "contentType", "text", "encrypted"}:
                    P(f"{mid}: bad attachment keys {sorted(ak)}")
                if a.get("encrypted"):
                    if a.get("contentType") != "application/zip" or "text" in a:
                        P(f"{mid}: encrypted attachment must be application/zip without text")
                elif not (a.get("text") or "").strip():
                    P(f"{mid}: attachment {a.get('filename')} has no text")
        atts = atts or []

        # personal
        pers = m.get("personal")
        if expect == "pass":
            if "personal" in m:
                P(f"{mid}: pass carries personal")
            continue
        if not isinstance(pers, list) or not pers:
            P(f"{mid}: hold without personal")
            continue
        content = all_content(m)
        vals = []
        for p in pers:
            if set(p) != {"type", "value"} or not p.get("type") or not p.get("value"):
                P(f"{mid}: bad personal item {p}")
                continue
            v = p["value"]
            vals.append(v)
            if v not in content:
                P(f"{mid}: personal value {v!r} not found in the mail")
            if p["type"] == "my_number" and not is_valid_mynumber(v):
                P(f"{mid}: personal my_number {v} invalid")
            if p["type"] == "card_number" and not luhn_ok(v):
                P(f"{mid}: personal card_number {v} fails Luhn")

        text = m.get("text", "")
        off = first_marker_offset(text)
        own = text if off is None else text[:off]
        below = "" if off is None else text[off:]
        att_text = "\n".join((a.get("text") or "") for a in atts)
        if loc == "quoted":
            if off is None:
                P(f"{mid}: quoted hold without a quote/forward marker")
            for v in vals:
                if v in m.get("subject", "") or v in own:
                    P(f"{mid}: quoted hold has {v!r} above the first marker or in the subject")
                if v not in below:
                    P(f"{mid}: quoted hold value {v!r} not below the marker")
        elif loc == "subject":
            if not any(v in m.get("subject", "") for v in vals):
                P(f"{mid}: subject hold without a personal value in the subject")
        elif loc == "body":
            if not any(v in own for v in vals):
                P(f"{mid}: body hold without a personal value in the writer's own text")
        elif loc == "attachment":
            if not atts or not any(v in att_text for v in vals):
                P(f"{mid}: attachment hold without the personal data in an attachment")
        elif loc == "zip":
            enc = any(a.get("encrypted") for a in atts)
            inner = [a for a in atts if re.search(r"\.zip/", a.get("filename", ""), re.I)]
            if not (enc or inner):
                P(f"{mid}: zip hold without an encrypted zip or inner zip file")
            if inner and not enc and not any(v in (a.get("text") or "") for a in inner for v in vals):
                P(f"{mid}: plain-zip hold without the personal data inside the zip")
            if enc and cat not in ("id", "list"):
                P(f"{mid}: ppap hold should use kind id.* or list.*")
        elif loc == "recipients":
            if cat != "recipients":
                P(f"{mid}: recipients hold with kind {kind}")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
