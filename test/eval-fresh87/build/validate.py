"""Validate eval-fresh87/fresh.json and build/meta.json; prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import mynumber_valid, luhn_valid, FREE_MAIL  # noqa: E402

ROOT = os.path.dirname(HERE)
PREFIX = "ci"
ORGS = "ABCDE"
HOLD_LOCS = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
HOLD_KIND_PREFIXES = ("sensitive.", "id.", "list.", "personal.", "recipients.")
ADDR_RE = re.compile(r"^[^<>]+ <([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
# 12 digits, plain or grouped 4-4-4 with a space or hyphen, not part of a longer number
MN_RE = re.compile(r"(?<![\d-])(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d-])")
MN_LABEL_RE = re.compile(r"(マイナンバー|個人番号)")
# 16 digits, plain or grouped 4-4-4-4
CARD_RE = re.compile(r"(?<![\d*])(\d{4})[ -]?(\d{4})[ -]?(\d{4})[ -]?(\d{4})(?![\d*])")
CARD_LABEL_RE = re.compile(r"(カード番号|card number|Card No)", re.I)

errors = []


def err(msg):
    errors.append(msg)


def domain_ok(dom):
    dom = dom.lower().rstrip(".")
    labels = dom.split(".")
    return dom in FREE_MAIL or "example" in labels[1:-1]


def texts_of(m):
    yield "subject", m.get("subject", "")
    yield "text", m.get("text", "")
    for a in m.get("attachments", []) or []:
        if "text" in a:
            yield a["filename"], a["text"]


def email_of(address):
    mm = ADDR_RE.match(address)
    return mm.group(1) if mm else None


def check(mails, meta):
    """Append every problem found to `errors`."""

    # ---- count and ids
    if len(mails) != 100:
        err(f"expected 100 mails, got {len(mails)}")
    for i, m in enumerate(mails, 1):
        if m.get("id") != f"{PREFIX}{i:03d}":
            err(f"position {i}: id {m.get('id')!r}, expected {PREFIX}{i:03d}")
    if set(meta) != {m["id"] for m in mails}:
        err("meta.json ids do not match fresh.json ids")

    expects = [m.get("expect") for m in mails]
    c = Counter(expects)
    if c != Counter({"hold": 50, "pass": 50}):
        err(f"expect counts {dict(c)}, want 50/50")

    # ---- runs
    run = 1
    for i in range(1, len(expects)):
        run = run + 1 if expects[i] == expects[i - 1] else 1
        if run > 3:
            err(f"run of {run} '{expects[i]}' ending at {mails[i]['id']}")

    # ---- per org
    per_org = defaultdict(Counter)
    locs = defaultdict(Counter)
    org_domains = defaultdict(set)
    for m in mails:
        me = meta.get(m["id"], {})
        org = me.get("org")
        if org not in ORGS:
            err(f"{m['id']}: bad org {org!r}")
            continue
        per_org[org][m["expect"]] += 1
        if m["expect"] == "hold":
            locs[org][me.get("loc")] += 1
        elif me.get("loc") != "none":
            err(f"{m['id']}: pass with loc {me.get('loc')!r}")
        if not me.get("writer"):
            err(f"{m['id']}: no writer in meta")
        fe = email_of(m.get("from", ""))
        if fe:
            org_domains[org].add(fe.split("@")[1].lower())
    for org in ORGS:
        if per_org[org] != Counter({"hold": 10, "pass": 10}):
            err(f"org {org}: {dict(per_org[org])}, want 10/10")
        if dict(locs[org]) != HOLD_LOCS:
            err(f"org {org}: hold locations {dict(locs[org])}, want {HOLD_LOCS}")
        if len(org_domains[org]) != 1:
            err(f"org {org}: sender domains {org_domains[org]}")
    writers = defaultdict(set)
    for mid, me in meta.items():
        writers[me.get("org")].add(me.get("writer"))
    for org in ORGS:
        if not 2 <= len(writers[org]) <= 3:
            err(f"org {org}: {len(writers[org])} writers")

    for m in mails:
        mid = m["id"]
        kind = m.get("kind", "")
        hold = m.get("expect") == "hold"
        org = meta.get(mid, {}).get("org")
        own = next(iter(org_domains.get(org, {""})), "")

        # ---- required fields
        for k in ("id", "expect", "kind", "why", "from", "to", "subject", "text"):
            if not m.get(k):
                err(f"{mid}: missing {k}")
        if not isinstance(m.get("to"), list):
            err(f"{mid}: to is not a list")
        if not re.fullmatch(r"[a-z]+\.[a-z0-9_]+", kind or ""):
            err(f"{mid}: kind {kind!r} not snake_case prefix.suffix")
        if hold and not (kind.startswith(HOLD_KIND_PREFIXES) or kind == "attachment.encrypted_zip"):
            err(f"{mid}: hold with kind {kind}")
        if not hold and not kind.startswith("benign."):
            err(f"{mid}: pass with kind {kind}")
        if not hold and m.get("personal"):
            err(f"{mid}: pass carries personal values")

        # ---- addresses and domains
        all_addr = [m.get("from", "")] + m.get("to", []) + m.get("cc", []) + m.get("bcc", [])
        for a in all_addr:
            e = email_of(a)
            if not e:
                err(f"{mid}: address not in '表示名 <local@domain>' form: {a!r}")
                continue
            if not domain_ok(e.split("@")[1]):
                err(f"{mid}: domain not allowed: {e}")
        for where, s in texts_of(m):
            for dom in EMAIL_RE.findall(s):
                if not domain_ok(dom):
                    err(f"{mid} {where}: e-mail domain not allowed: {dom}")
            for dom in URL_RE.findall(s):
                if not domain_ok(dom):
                    err(f"{mid} {where}: URL domain not allowed: {dom}")

        # ---- visible outside recipients
        visible = m.get("to", []) + m.get("cc", [])
        outside = {email_of(a).lower() for a in visible
                   if email_of(a) and email_of(a).split("@")[1].lower() != own}
        is_rcpt = kind.startswith("recipients.")
        if len(outside) > 10 and not (hold and is_rcpt):
            err(f"{mid}: {len(outside)} visible outside recipients on a {kind} mail")
        if is_rcpt and len(outside) <= 10:
            err(f"{mid}: recipients hold with only {len(outside)} visible outside recipients")
        if is_rcpt and meta[mid]["loc"] != "recipients":
            err(f"{mid}: recipients kind with loc {meta[mid]['loc']}")

        # ---- encrypted zips
        enc = [a for a in m.get("attachments", []) or [] if a.get("encrypted")]
        if enc and kind != "attachment.encrypted_zip":
            err(f"{mid}: encrypted zip on a {kind} mail")
        if kind == "attachment.encrypted_zip":
            if not enc:
                err(f"{mid}: attachment.encrypted_zip without an encrypted zip")
            if meta[mid]["loc"] != "zip":
                err(f"{mid}: encrypted zip hold with loc {meta[mid]['loc']}")
        for a in m.get("attachments", []) or []:
            if not a.get("filename") or not a.get("contentType"):
                err(f"{mid}: attachment without filename/contentType")
            if a.get("encrypted"):
                if a.get("contentType") != "application/zip" or "text" in a:
                    err(f"{mid}: malformed encrypted zip {a.get('filename')}")
            elif "text" not in a:
                err(f"{mid}: attachment {a.get('filename')} has no text")
        if meta[mid]["loc"] == "zip" and hold and kind != "attachment.encrypted_zip":
            inner = [a for a in m.get("attachments", []) if ".zip/" in a.get("filename", "")]
            if not inner:
                err(f"{mid}: zip hold without an inner file of a plain zip")

        # ---- My Number check digits
        for where, s in texts_of(m):
            for mm in MN_RE.finditer(s):
                digits = "".join(mm.groups())
                before = s[max(0, mm.start() - 40):mm.start()]
                labelled = bool(MN_LABEL_RE.search(before))
                if labelled or (hold and kind == "id.mynumber"):
                    if not mynumber_valid(digits):
                        err(f"{mid} {where}: My Number {mm.group(0)} fails the check digit")
        if kind == "id.mynumber":
            found = any(mynumber_valid("".join(mm.groups()))
                        for _, s in texts_of(m) for mm in MN_RE.finditer(s))
            if not found:
                err(f"{mid}: id.mynumber without a valid My Number")

        # ---- card numbers held as cards
        if hold:
            for where, s in texts_of(m):
                for mm in CARD_RE.finditer(s):
                    digits = "".join(mm.groups())
                    before = s[max(0, mm.start() - 30):mm.start()]
                    if kind.startswith("id.card") or CARD_LABEL_RE.search(before):
                        if not luhn_valid(digits):
                            err(f"{mid} {where}: card {mm.group(0)} fails Luhn")
        if kind.startswith("id.card"):
            found = any(luhn_valid("".join(mm.groups()))
                        for _, s in texts_of(m) for mm in CARD_RE.finditer(s))
            if not found:
                err(f"{mid}: id.card without a full Luhn-valid card number")

        # ---- personal values
        hay = "\n".join(s for _, s in texts_of(m))
        for p in m.get("personal", []) or []:
            if not p.get("type") or not p.get("value"):
                err(f"{mid}: malformed personal entry {p}")
            elif p["value"] not in hay:
                err(f"{mid}: personal value not found: {p['value']!r}")
        if hold and kind != "attachment.encrypted_zip" and not is_rcpt and not m.get("personal"):
            err(f"{mid}: {kind} hold without personal values")

        # ---- where the risk sits, roughly
        if hold and meta[mid]["loc"] == "subject":
            if not any(p["value"] in m["subject"] for p in m.get("personal", [])):
                err(f"{mid}: subject hold whose personal values are not in the subject")
        if hold and meta[mid]["loc"] == "attachment":
            if not any(p["value"] in a.get("text", "") for p in m.get("personal", [])
                       for a in m.get("attachments", [])):
                err(f"{mid}: attachment hold whose personal values are not in an attachment")
            if any(p["value"] in m["text"] or p["value"] in m["subject"]
                   for p in m.get("personal", [])):
                err(f"{mid}: attachment hold with personal values in subject/body")
        if hold and meta[mid]["loc"] == "quoted":
            body = m["text"]
            qpos = min([i for i in (body.find("\n>"), body.find("Forwarded"), body.find("転送"),
                                    body.find("Original Message")) if i >= 0] or [len(body)])
            top = body[:qpos]
            if any(p["value"] in top or p["value"] in m["subject"] for p in m.get("personal", [])):
                err(f"{mid}: quoted hold with personal values above the quoted part")
        if hold and meta[mid]["loc"] == "body":
            if not any(p["value"] in m["text"] for p in m.get("personal", [])):
                err(f"{mid}: body hold whose personal values are not in the body")



def main():
    with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    check(mails, meta)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
