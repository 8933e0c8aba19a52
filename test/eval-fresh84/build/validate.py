"""Validate eval-fresh84/fresh.json and build/meta.json. Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FREEMAIL, luhn_valid, mynumber_valid  # noqa: E402

ROOT = os.path.dirname(HERE)
PREFIX = "cf"
LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_KINDS = ("sensitive.", "id.", "list.", "personal.", "recipients.")

errors = []


def err(msg):
    errors.append(msg)


def domain_ok(dom):
    dom = dom.lower()
    return dom in FREEMAIL or re.fullmatch(r"([a-z0-9-]+\.)+example(\.[a-z0-9-]+)+", dom) is not None


def addr_domain(a):
    m = re.fullmatch(r"\s*(.+?)\s*<([^<>@\s]+)@([^<>@\s]+)>\s*", a)
    if not m:
        return None
    return m.group(3).lower()


def texts(m):
    parts = [m.get("subject", ""), m.get("text", "")]
    for a in m.get("attachments", []):
        parts.append(a.get("text", ""))
    return parts


TWELVE = re.compile(r"(?<![\d])(?<![\d][ -])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
SIXTEEN = re.compile(r"(?<![\d])(?<![\d][ -])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4})(?![ -]?\d)")
MN_LABEL = re.compile(r"(マイナンバー|個人番号)")


def main():
    fresh = json.load(open(os.path.join(ROOT, "fresh.json"), encoding="utf-8"))
    meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))

    if len(fresh) != 100:
        err(f"expected 100 mails, got {len(fresh)}")
    ids = [m.get("id") for m in fresh]
    want = [f"{PREFIX}{i:03d}" for i in range(1, 101)]
    if ids != want:
        err("ids are not cf001..cf100 in order")
    if set(meta) != set(want):
        err("meta.json ids do not match")

    exp = [m.get("expect") for m in fresh]
    c = Counter(exp)
    if c["hold"] != 50 or c["pass"] != 50:
        err(f"hold/pass = {c['hold']}/{c['pass']}")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            err(f"run of more than 3 '{exp[i]}' ending at {ids[i]}")

    per_org = Counter()
    loc_org = Counter()
    for m in fresh:
        mid = m["id"]
        md = meta.get(mid, {})
        org = md.get("org")
        per_org[(org, m["expect"])] += 1
        if m["expect"] == "hold":
            loc_org[(org, md.get("loc"))] += 1
        for k in ("expect", "kind", "why", "from", "to", "subject", "text"):
            if k not in m or m[k] in ("", None):
                err(f"{mid}: missing {k}")
        extra = set(m) - {"id", "expect", "kind", "why", "from", "to", "cc", "bcc",
                          "subject", "text", "attachments", "personal"}
        if extra:
            err(f"{mid}: unexpected keys {extra}")
        kind = m.get("kind", "")
        if m["expect"] == "hold":
            if not (kind.startswith(HOLD_KINDS) or kind == "attachment.encrypted_zip"):
                err(f"{mid}: bad hold kind {kind}")
            if md.get("loc") not in LOCS:
                err(f"{mid}: bad loc {md.get('loc')}")
        elif m["expect"] == "pass":
            if not kind.startswith("benign."):
                err(f"{mid}: bad pass kind {kind}")
        else:
            err(f"{mid}: bad expect")
        if not re.fullmatch(r"[a-z]+\.[a-z0-9_]+", kind):
            err(f"{mid}: kind not snake_case: {kind}")

        # addresses and domains
        sender_dom = addr_domain(m["from"])
        if sender_dom is None:
            err(f"{mid}: bad from address {m['from']}")
        all_addr = [m["from"]] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in all_addr:
            dom = addr_domain(a)
            if dom is None:
                err(f"{mid}: address not in '表示名 <local@domain>' form: {a}")
            elif not domain_ok(dom):
                err(f"{mid}: domain not allowed: {dom}")
        for t in texts(m):
            for dom in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", t):
                if not domain_ok(dom):
                    err(f"{mid}: domain in text not allowed: {dom}")
            for dom in re.findall(r"https?://([A-Za-z0-9.-]+)", t):
                if not domain_ok(dom):
                    err(f"{mid}: URL domain not allowed: {dom}")

        # visible outside recipients
        outside = [a for a in m.get("to", []) + m.get("cc", []) if addr_domain(a) != sender_dom]
        many = len(outside) > 10
        is_rec = m["expect"] == "hold" and kind.startswith("recipients.")
        if many and not is_rec:
            err(f"{mid}: {len(outside)} visible outside recipients on a non-recipients mail")
        if is_rec and not many:
            err(f"{mid}: recipients hold with only {len(outside)} visible outside recipients")
        if is_rec != (md.get("loc") == "recipients" and m["expect"] == "hold"):
            err(f"{mid}: recipients kind/loc mismatch")

        # encrypted zips
        enc = [a for a in m.get("attachments", []) if a.get("encrypted")]
        for a in m.get("attachments", []):
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip":
                    err(f"{mid}: encrypted attachment that is not a zip")
            elif "text" not in a or "filename" not in a or "contentType" not in a:
                err(f"{mid}: attachment missing filename/contentType/text")
        if enc and kind != "attachment.encrypted_zip":
            err(f"{mid}: encrypted zip on kind {kind}")
        if kind == "attachment.encrypted_zip" and (not enc or m["expect"] != "hold"):
            err(f"{mid}: attachment.encrypted_zip without an encrypted zip")
        if md.get("loc") == "zip" and m["expect"] == "hold":
            plain_inner = [a for a in m.get("attachments", []) if "/" in a.get("filename", "")]
            if not enc and not plain_inner:
                err(f"{mid}: zip loc without a zip")

        # personal values
        joined = "\n".join(texts(m))
        for p in m.get("personal", []):
            if set(p) != {"type", "value"}:
                err(f"{mid}: bad personal entry {p}")
            elif p["value"] not in joined:
                err(f"{mid}: personal value not found: {p['value']}")
        if m["expect"] == "pass" and m.get("personal"):
            err(f"{mid}: personal on a pass")

        # My Number check digits
        for t in texts(m):
            for mt in TWELVE.finditer(t):
                labelled = MN_LABEL.search(t[max(0, mt.start() - 40):mt.start()]) is not None
                if labelled or kind == "id.mynumber":
                    if not mynumber_valid(mt.group(1)):
                        err(f"{mid}: My Number with bad check digit: {mt.group(1)}")
        for p in m.get("personal", []):
            if p["type"] == "mynumber" and not mynumber_valid(p["value"]):
                err(f"{mid}: personal mynumber with bad check digit")

        # card numbers held as cards pass Luhn
        if m["expect"] == "hold":
            card_kind = "card" in kind
            for t in texts(m):
                if card_kind:
                    for mt in SIXTEEN.finditer(t):
                        if not luhn_valid(mt.group(1)):
                            err(f"{mid}: card number fails Luhn: {mt.group(1)}")
            for p in m.get("personal", []):
                if p["type"] == "card_number":
                    digits = re.sub(r"\D", "", p["value"])
                    if len(digits) != 16 or not luhn_valid(digits):
                        err(f"{mid}: personal card number fails Luhn")

    for org in "ABCDE":
        if per_org[(org, "hold")] != 10 or per_org[(org, "pass")] != 10:
            err(f"org {org}: {per_org[(org, 'hold')]} hold / {per_org[(org, 'pass')]} pass")
        for loc, n in LOCS.items():
            if loc_org[(org, loc)] != n:
                err(f"org {org}: {loc_org[(org, loc)]} holds at {loc}, want {n}")

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
