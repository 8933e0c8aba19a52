"""Validate eval-fresh65/fresh.json and build/meta.json against the blind brief. Prints OK on success."""
import json
import os
import re
import sys
from collections import Counter

from common import mynumber_ok, luhn_ok

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PREFIX = "bm"
HOLD_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
LOCS = {"body", "attachment", "quoted", "subject", "zip", "recipients"}
ADDR = re.compile(r"^(?P<name>[^<>]+?)\s*<(?P<local>[^@<>\s]+)@(?P<domain>[^@<>\s]+)>$")
CARD = re.compile(r"(?<!\d)\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?!\d)")

errors = []


def err(msg):
    errors.append(msg)


def domain(addr):
    m = ADDR.match(addr)
    return m.group("domain").lower() if m else None


def texts(m):
    parts = [m["subject"], m["text"]]
    for a in m.get("attachments", []):
        if "text" in a:
            parts.append(a["text"])
    return parts


def main():
    data = json.load(open(os.path.join(OUT, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
    if not isinstance(data, list) or len(data) != 100:
        err(f"expected 100 mails, got {len(data)}")
    ids = [m.get("id") for m in data]
    want = [f"{PREFIX}{i:03d}" for i in range(1, 101)]
    if ids != want:
        err("ids not bm001..bm100 in order")
    exp = [m.get("expect") for m in data]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        err(f"hold/pass = {c['hold']}/{c['pass']}")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(f"run of >3 '{exp[i]}' ending at {ids[i]}")

    if set(meta) != set(want):
        err("meta.json ids do not match")
    orgc = Counter()

    for m in data:
        mid = m.get("id")
        for f in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m or m[f] in (None, "", []):
                err(f"{mid}: missing field {f}")
        allowed = {"id", "expect", "kind", "why", "from", "to", "cc", "bcc", "subject", "text",
                   "attachments", "personal"}
        extra = set(m) - allowed
        if extra:
            err(f"{mid}: unexpected fields {extra}")
        if m.get("expect") not in ("hold", "pass"):
            err(f"{mid}: bad expect")
        kind = m.get("kind", "")
        hold = m.get("expect") == "hold"
        if hold:
            if not (kind.startswith(HOLD_PREFIXES) or kind == "attachment.encrypted_zip"):
                err(f"{mid}: hold with kind {kind}")
        else:
            if not kind.startswith("benign."):
                err(f"{mid}: pass with kind {kind}")

        # addresses
        for f in ("from",):
            if not ADDR.match(m.get(f, "")):
                err(f"{mid}: bad from address {m.get(f)!r}")
        for f in ("to", "cc", "bcc"):
            if f in m:
                if not isinstance(m[f], list):
                    err(f"{mid}: {f} not a list")
                    continue
                for a in m[f]:
                    if not ADDR.match(a):
                        err(f"{mid}: bad {f} address {a!r}")
        sdom = domain(m["from"])
        visible = m.get("to", []) + m.get("cc", [])
        outside = [a for a in visible if domain(a) != sdom]
        is_recip = kind.startswith("recipients.")
        if is_recip and len(outside) <= 10:
            err(f"{mid}: recipients hold with only {len(outside)} outside visible")
        if not is_recip and len(outside) > 10:
            err(f"{mid}: {len(outside)} outside visible recipients but kind {kind}")
        if is_recip and not hold:
            err(f"{mid}: recipients kind on pass")

        # attachments
        encs = 0
        for a in m.get("attachments", []):
            if "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment missing filename/contentType")
            if a.get("encrypted"):
                encs += 1
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment not zip")
                if "text" in a:
                    err(f"{mid}: encrypted zip has text")
            else:
                if not a.get("text"):
                    err(f"{mid}: plain attachment without text")
        if kind == "attachment.encrypted_zip":
            if encs != 1:
                err(f"{mid}: encrypted_zip kind needs exactly one encrypted zip (has {encs})")
            if not hold:
                err(f"{mid}: encrypted_zip on pass")
        elif encs:
            err(f"{mid}: encrypted zip on kind {kind}")

        # personal
        needs_personal = hold and not is_recip and kind != "attachment.encrypted_zip"
        pers = m.get("personal")
        if needs_personal and not pers:
            err(f"{mid}: hold without personal")
        if not needs_personal and pers:
            err(f"{mid}: personal present on {m['expect']} {kind}")
        blob = texts(m)
        for p in pers or []:
            if set(p) != {"type", "value"} or not p["value"]:
                err(f"{mid}: bad personal entry {p}")
                continue
            if not any(p["value"] in t for t in blob):
                err(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err(f"{mid}: invalid マイナンバー check digit {p['value']}")

        # card-like numbers anywhere
        for t in blob + [m.get("why", "")]:
            for cm in CARD.finditer(t):
                if not luhn_ok(cm.group(0)):
                    err(f"{mid}: card-like number not Luhn-valid: {cm.group(0)}")

        # meta / location consistency
        md = meta.get(mid)
        if not md or set(md) != {"org", "writer", "loc"}:
            err(f"{mid}: bad meta entry {md}")
            continue
        orgc[(md["org"], m["expect"])] += 1
        loc = md["loc"]
        if hold:
            if loc not in LOCS:
                err(f"{mid}: bad loc {loc}")
            if (loc == "recipients") != is_recip:
                err(f"{mid}: loc recipients vs kind {kind}")
            if (loc == "zip") != (kind == "attachment.encrypted_zip"):
                err(f"{mid}: loc zip vs kind {kind}")
            body = m["text"]
            if loc == "subject":
                for p in pers:
                    if p["value"] not in m["subject"] or p["value"] in body:
                        err(f"{mid}: subject-loc value must be in subject only: {p['value']!r}")
            if loc == "attachment":
                for p in pers:
                    if p["value"] in body or p["value"] in m["subject"]:
                        err(f"{mid}: attachment-loc value leaks into body/subject: {p['value']!r}")
            if loc == "quoted":
                for p in pers:
                    idx = body.find(p["value"])
                    if idx < 0:
                        err(f"{mid}: quoted-loc value not in body text: {p['value']!r}")
                        continue
                    line_start = body.rfind("\n", 0, idx) + 1
                    before = body[:idx]
                    markers = ("-----Original Message-----", "-------- 転送メッセージ", "wrote:", "> ", "\n>")
                    if not any(mk in before for mk in markers):
                        err(f"{mid}: quoted-loc value before any quote marker: {p['value']!r}")
        else:
            if loc is not None:
                err(f"{mid}: pass with loc {loc}")

    orgs = {o for o, _ in orgc}
    if len(orgs) != 5:
        err(f"expected 5 orgs, got {len(orgs)}")
    for o in orgs:
        if orgc[(o, "hold")] != 10 or orgc[(o, "pass")] != 10:
            err(f"{o}: {orgc[(o, 'hold')]} hold / {orgc[(o, 'pass')]} pass")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
