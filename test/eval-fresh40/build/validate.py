#!/usr/bin/env python3
"""Checks ../fresh.json against the brief's rules."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OWN = {"luminagate.jp", "tohoseiki-union.jp", "midorinomori-kg.jp", "komorebi-mental.jp", "oceanbridge-crew.jp"}
HOLD_PREFIX = ("sensitive.", "id.", "list.", "personal.", "recipients.", "attachment.encrypted_zip")

def mn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12: return False
    t = sum(int(d[11 - n]) * (n + 1 if n <= 6 else n - 5) for n in range(1, 12))
    r = t % 11
    return int(d[11]) == (0 if r <= 1 else 11 - r)

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9: x -= 9
        t += x
    return len(d) >= 13 and t % 10 == 0

def addr(a):
    m = re.search(r"<([^>]+)>", a)
    return (m.group(1) if m else a).strip().lower()

def main():
    data = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
    err = []
    E = err.append
    if len(data) != 100: E("count %d" % len(data))
    holds = sum(m["expect"] == "hold" for m in data)
    if holds != 50: E("holds %d" % holds)
    for i, m in enumerate(data, 1):
        mid = m.get("id")
        if mid != "an%03d" % i: E("id order at %d: %s" % (i, mid))
        for f in ("expect", "kind", "why", "from", "to", "subject", "text"):
            if f not in m: E("%s missing %s" % (mid, f))
        k = m["kind"]
        if m["expect"] == "pass" and not k.startswith("benign."): E("%s pass kind %s" % (mid, k))
        if m["expect"] == "hold" and not k.startswith(HOLD_PREFIX): E("%s hold kind %s" % (mid, k))
        if m["expect"] == "pass" and m.get("personal"): E("%s pass has personal" % mid)
        hay = [m["subject"], m["text"]] + [a.get("text", "") for a in m.get("attachments", [])]
        for p in m.get("personal", []):
            if not any(p["value"] in h for h in hay): E("%s personal not substring: %r" % (mid, p["value"]))
            if p["type"] == "mynumber" and not mn_ok(p["value"]): E("%s bad my number %s" % (mid, p["value"]))
            if p["type"] == "card_number" and not luhn_ok(p["value"]): E("%s bad luhn %s" % (mid, p["value"]))
        if m["expect"] == "hold" and k.split(".")[0] in ("sensitive", "id", "list", "personal") and not m.get("personal"):
            E("%s content hold without personal" % mid)
        vis = [addr(a) for a in m.get("to", []) + m.get("cc", [])]
        outside = [a for a in vis if a.split("@")[-1] not in OWN]
        if len(outside) > 10 and not k.startswith("recipients."): E("%s %d visible outside but kind %s" % (mid, len(outside), k))
        if k.startswith("recipients.") and len(outside) <= 10: E("%s recipients hold with only %d" % (mid, len(outside)))
        enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
        if enc and k != "attachment.encrypted_zip": E("%s encrypted zip on kind %s" % (mid, k))
        if k == "attachment.encrypted_zip" and not enc: E("%s encrypted kind without zip" % mid)
        for a in enc:
            if "text" in a or a.get("contentType") != "application/zip": E("%s bad encrypted attachment" % mid)
        if addr(m["from"]).split("@")[-1] not in OWN: E("%s sender not own org" % mid)
    labels = [m["expect"] for m in data]
    run = best = 1
    for a, b in zip(labels, labels[1:]):
        run = run + 1 if a == b else 1
        best = max(best, run)
    if best > 3: E("label run %d" % best)
    # Luhn-valid card-like numbers anywhere in holds that are card kinds
    for m in data:
        if m["kind"] == "id.card":
            if not any(p["type"] == "card_number" for p in m.get("personal", [])): E("%s card hold w/o card" % m["id"])
    if err:
        print("\n".join(err)); print("FAIL", len(err)); sys.exit(1)
    print("OK: 100 mails, %d hold / %d pass, max run %d" % (holds, 100 - holds, best))

if __name__ == "__main__":
    main()
