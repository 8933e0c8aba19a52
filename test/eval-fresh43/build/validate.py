#!/usr/bin/env python3
"""Validate fresh.json of blind set 43."""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.")

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    body = [int(c) for c in d[:11]][::-1]
    t = sum(p * ((n + 1) if n <= 6 else (n - 5)) for n, p in enumerate(body, 1))
    r = t % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def addr_domain(a):
    m = re.search(r"<([^>]+)>", a)
    a = m.group(1) if m else a
    return a.strip().split("@")[-1].lower()

def main():
    data = json.load(open(os.path.join(HERE, "fresh.json"), encoding="utf-8"))
    err = []
    if len(data) != 100:
        err.append(f"expected 100 mails, got {len(data)}")
    holds = sum(1 for m in data if m["expect"] == "hold")
    if holds != 50:
        err.append(f"expected 50 holds, got {holds}")
    run, prev = 0, None
    for i, m in enumerate(data, 1):
        mid = m.get("id")
        if mid != f"aq{i:03d}":
            err.append(f"id out of order at {i}: {mid}")
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m:
                err.append(f"{mid}: missing {k}")
        run = run + 1 if m["expect"] == prev else 1
        prev = m["expect"]
        if run > 3:
            err.append(f"{mid}: run of {run} '{m['expect']}'")
        kind = m["kind"]
        if m["expect"] == "pass" and not kind.startswith("benign."):
            err.append(f"{mid}: pass with kind {kind}")
        if m["expect"] == "hold" and not (kind.startswith(HOLD_PREFIX) or kind == "attachment.encrypted_zip"):
            err.append(f"{mid}: hold with kind {kind}")
        if m["expect"] not in ("hold", "pass"):
            err.append(f"{mid}: bad expect")
        hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
        for p in m.get("personal", []):
            if not any(p["value"] in h for h in hay):
                err.append(f"{mid}: personal value not found: {p['value']!r}")
            if p["type"] == "mynumber" and not mynumber_ok(p["value"]):
                err.append(f"{mid}: bad My Number check digit {p['value']}")
            if p["type"] == "card_number" and not luhn_ok(p["value"]):
                err.append(f"{mid}: card number fails Luhn {p['value']}")
        if m.get("personal") and m["expect"] == "pass":
            err.append(f"{mid}: personal on a pass")
        own = addr_domain(m["from"])
        visible = m["to"] + m.get("cc", [])
        outside = [a for a in visible if addr_domain(a) != own]
        if len(outside) > 10 and not kind.startswith("recipients."):
            err.append(f"{mid}: {len(outside)} visible outside recipients on {kind}")
        if kind.startswith("recipients.") and len(outside) <= 10:
            err.append(f"{mid}: recipients hold with only {len(outside)} outside")
        enc = any(a.get("encrypted") for a in m.get("attachments", []))
        if enc and kind != "attachment.encrypted_zip":
            err.append(f"{mid}: encrypted zip on {kind}")
        if kind == "attachment.encrypted_zip" and not enc:
            err.append(f"{mid}: encrypted_zip kind without encrypted attachment")
        for a in m.get("attachments", []):
            if a.get("encrypted") and "text" in a:
                err.append(f"{mid}: encrypted attachment has text")
    if err:
        print("\n".join(err))
        sys.exit(1)
    from collections import Counter
    c = Counter(m["kind"] for m in data)
    print(f"OK: {len(data)} mails, {holds} hold / {len(data)-holds} pass, max run <= 3")
    for k, v in sorted(c.items()):
        print(f"  {k}: {v}")

if __name__ == "__main__":
    main()
