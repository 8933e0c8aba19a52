"""Validate fresh.json and build/meta.json against the brief.

Prints OK, or one line per problem (exit status 1).
Standalone: does not import the generators.
"""
import csv
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PREFIX = "dl"
N = 100

REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
LOC_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
PRIVATE = {"gmail.com", "yahoo.co.jp", "outlook.com"}

KIND_RE = re.compile(r"^([a-z]+)\.([a-z0-9]+(?:_[a-z0-9]+)*)$")
ADDR_RE = re.compile(r"^(?P<name>\S.*?) <(?P<email>[A-Za-z0-9._%+-]+@(?P<dom>[A-Za-z0-9.-]+\.[A-Za-z]{2,}))>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)", re.I)
HOST_RE = re.compile(r"(?<![A-Za-z0-9@._%+-])((?:[A-Za-z0-9-]+\.)+(?:com|net|org|jp|io|info|biz|co|us|uk|de|cn|kr|app|dev))(?![A-Za-z0-9-])", re.I)
MYNUM_RE = re.compile(r"(マイナンバー|個人番号)[^0-9\n]{0,20}(?<!\d)(\d{4}[ -]?\d{4}[ -]?\d{4})(?![\d-])")
CARD_RE = re.compile(r"(?<![\d-])(\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d-])")
CARD_LABEL_RE = re.compile(r"(カード|クレジット|card|visa|master|jcb|amex|diners)", re.I)
PHONE_RE = re.compile(r"(?<![0-9A-Za-z-])(0\d{1,4})-(\d{1,4})-(\d{3,4})(?![0-9-])")
PLACEHOLDER_RES = [re.compile(r"TODO"), re.compile(r"lorem", re.I), re.compile(r"xxx", re.I),
                   re.compile(r"[○〇]{2}"), re.compile(r"△△")]
MARKER_RES = [
    re.compile(r"^\s*[>＞]"),
    re.compile(r"^-{2,}\s*(Original Message|Forwarded [Mm]essage|転送メッセージ|元のメッセージ)\s*-{2,}\s*$"),
    re.compile(r"(wrote|書きました)\s*[:：]\s*$"),
    re.compile(r"^\d{4}[/年].*<[^<>]+@[^<>]+>\s*(のメール)?\s*[:：]\s*$"),
    re.compile(r"^_{8,}\s*$"),
]

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE:
        return True
    labels = d.split(".")
    return any(l == "example" for l in labels[1:-1])


def mynumber_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 12:
        return False
    total = 0
    for n in range(1, 12):
        p = int(s[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return int(s[11]) == (0 if r <= 1 else 11 - r)


def luhn_ok(s):
    digits = [int(c) for c in s if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def first_marker(text):
    pos = 0
    for line in text.split("\n"):
        if any(r.search(line) for r in MARKER_RES):
            return pos
        pos += len(line) + 1
    return None


def email_of(a):
    m = ADDR_RE.match(a)
    return m.group("email").lower() if m else None


def dom_of(a):
    e = email_of(a)
    return e.split("@", 1)[1] if e else None


def texts_of(m):
    """(label, text) pairs that are free text: subject, body, attachment texts."""
    out = [("subject", m.get("subject", "")), ("text", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        if isinstance(a, dict) and isinstance(a.get("text"), str):
            out.append((f"attachment {a.get('filename')}", a["text"]))
    return out


def main():
    try:
        with open(os.path.join(ROOT, "fresh.json"), encoding="utf-8") as f:
            mails = json.load(f)
        with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except Exception as e:  # noqa: BLE001
        print(f"cannot load: {e}")
        return 1

    # ---------------------------------------------------------- set level
    if not isinstance(mails, list) or len(mails) != N:
        problems.append(f"set: expected {N} mails, got {len(mails) if isinstance(mails, list) else type(mails)}")
        mails = mails if isinstance(mails, list) else []
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        problems.append("set: ids are not dl001..dl100 in order")
    exp = [m.get("expect") for m in mails]
    c = Counter(exp)
    if c.get("hold") != N // 2 or c.get("pass") != N // 2 or len(c) != 2:
        problems.append(f"set: expect counts {dict(c)} (want 50/50)")
    run = 1
    for i in range(1, len(exp)):
        run = run + 1 if exp[i] == exp[i - 1] else 1
        if run > 3:
            problems.append(f"set: more than 3 '{exp[i]}' in a row ending at {ids[i]}")
    if set(meta) != set(ids):
        problems.append(f"meta: ids differ from fresh.json ({len(set(meta) ^ set(ids))} mismatches)")

    # ---------------------------------------------------------- per organisation
    by_org = defaultdict(list)
    for m in mails:
        mt = meta.get(m.get("id"))
        if not mt:
            continue
        for k in ("org", "writer", "loc"):
            if not mt.get(k):
                bad(m.get("id"), f"meta lacks {k}")
        by_org[mt.get("org")].append((m, mt))
    if len(by_org) != 5:
        problems.append(f"set: {len(by_org)} organisations (want 5)")
    for org, items in sorted(by_org.items(), key=lambda kv: str(kv[0])):
        ce = Counter(m["expect"] for m, _ in items)
        if ce.get("hold") != 10 or ce.get("pass") != 10:
            problems.append(f"org {org}: {dict(ce)} (want 10/10)")
        writers = {mt["writer"] for _, mt in items}
        if not 2 <= len(writers) <= 3:
            problems.append(f"org {org}: {len(writers)} writers (want 2-3)")
        locs = Counter(mt["loc"] for m, mt in items if m["expect"] == "hold")
        if dict(locs) != LOC_QUOTA:
            problems.append(f"org {org}: hold locs {dict(locs)} (want {LOC_QUOTA})")
        for m, mt in items:
            if m["expect"] == "pass" and mt["loc"] != "none":
                bad(m["id"], f"pass with loc {mt['loc']}")
        fdoms = {dom_of(m["from"]) for m, _ in items}
        if len(fdoms) != 1:
            problems.append(f"org {org}: senders use several domains {sorted(map(str, fdoms))}")

    # ---------------------------------------------------------- per mail
    bodies = Counter(m.get("text") for m in mails)
    for m in mails:
        mid = m.get("id", "?")
        mt = meta.get(mid, {})
        loc = mt.get("loc")
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                bad(mid, f"missing field {k}")
        for k in keys - set(REQUIRED) - set(OPTIONAL):
            bad(mid, f"unknown field {k}")
        if list(m)[0] != "id":
            bad(mid, "id is not the first field")
        expect = m.get("expect")
        if expect not in ("hold", "pass"):
            bad(mid, f"bad expect {expect!r}")

        # kind / why
        km = KIND_RE.match(m.get("kind", ""))
        if not km:
            bad(mid, f"kind {m.get('kind')!r} is not category.detail in lower snake case")
        else:
            cat = km.group(1)
            if expect == "hold" and cat not in HOLD_CATS:
                bad(mid, f"hold kind category {cat}")
            if expect == "pass" and cat != "benign":
                bad(mid, f"pass kind category {cat}")
            if expect == "hold" and loc == "recipients" and cat != "recipients":
                bad(mid, "recipients hold should use the recipients category")
        why = m.get("why", "")
        if not why or not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", why) or not why.endswith("。") or why.count("。") != 1:
            bad(mid, "why must be one Japanese sentence ending in 。")

        # addresses
        for fld in ("from", "to", "cc", "bcc"):
            if fld not in m:
                continue
            vals = [m[fld]] if fld == "from" else m[fld]
            if fld != "from" and (not isinstance(vals, list) or (fld == "to" and not vals)):
                bad(mid, f"{fld} must be a non-empty list" if fld == "to" else f"{fld} must be a list")
                continue
            if fld == "from" and not isinstance(m[fld], str):
                bad(mid, "from must be a string")
                continue
            for a in vals:
                am = ADDR_RE.match(a) if isinstance(a, str) else None
                if not am:
                    bad(mid, f"{fld} address not in '名前 <local@domain>' form: {a!r}")
                elif not domain_ok(am.group("dom")):
                    bad(mid, f"{fld} domain not allowed: {am.group('dom')}")

        # texts
        text = m.get("text", "")
        subject = m.get("subject", "")
        if not isinstance(text, str) or not text.strip():
            bad(mid, "empty text")
        if not isinstance(subject, str) or not subject.strip():
            bad(mid, "empty subject")
        if bodies.get(text, 0) > 1:
            bad(mid, "duplicate body text")
        for label, t in texts_of(m):
            for r in PLACEHOLDER_RES:
                if r.search(t):
                    bad(mid, f"placeholder text {r.pattern!r} in {label}")
            for rx in (EMAIL_RE, URL_RE, HOST_RE):
                for d in rx.findall(t):
                    if not domain_ok(d):
                        bad(mid, f"domain not allowed in {label}: {d}")
            for mm in MYNUM_RE.finditer(t):
                if not mynumber_ok(mm.group(2)):
                    bad(mid, f"マイナンバー with a wrong check digit in {label}: {mm.group(2)}")
            for pm in PHONE_RE.finditer(t):
                if pm.group(2) != "0000":
                    bad(mid, f"phone number without the 0000 exchange in {label}: {pm.group(0)}")
            if expect == "hold":
                for cm in CARD_RE.finditer(t):
                    ctx = t[max(0, cm.start() - 40):cm.start()]
                    if CARD_LABEL_RE.search(ctx) and not luhn_ok(cm.group(1)):
                        bad(mid, f"card number fails Luhn in {label}: {cm.group(1)}")

        # attachments
        atts = m.get("attachments")
        if atts is not None:
            if not isinstance(atts, list) or not atts:
                bad(mid, "attachments must be a non-empty list")
                atts = []
        else:
            atts = []
        for a in atts:
            if not isinstance(a, dict) or not a.get("filename") or not a.get("contentType"):
                bad(mid, f"attachment lacks filename/contentType: {a!r}")
                continue
            extra = set(a) - {"filename", "contentType", "text", "encrypted"}
            if extra:
                bad(mid, f"attachment has unknown keys {sorted(extra)}")
            if a.get("encrypted"):
                if a["contentType"] != "application/zip" or "text" in a:
                    bad(mid, "encrypted attachment must be application/zip without text")
                if expect != "hold":
                    bad(mid, "an encrypted zip (PPAP) must be a hold")
            elif not isinstance(a.get("text"), str) or not a["text"].strip():
                bad(mid, f"attachment {a['filename']} has no text")
            if a.get("filename", "").lower().endswith(".csv") and isinstance(a.get("text"), str):
                rows = list(csv.reader(io.StringIO(a["text"])))
                if rows:
                    cols = [i for i, h in enumerate(rows[0]) if "マイナンバー" in h or "個人番号" in h]
                    for r in rows[1:]:
                        for i in cols:
                            if i < len(r) and r[i].strip() and not mynumber_ok(r[i]):
                                bad(mid, f"マイナンバー column value with a wrong check digit: {r[i]}")

        # personal
        pers = m.get("personal")
        if expect == "pass" and pers is not None:
            bad(mid, "pass must not have personal")
        if expect == "hold":
            if not isinstance(pers, list) or not pers:
                bad(mid, "hold needs a non-empty personal list")
                pers = []
            hay = "\n".join(t for _, t in texts_of(m))
            hay += "\n" + "\n".join(a.get("filename", "") for a in atts if isinstance(a, dict))
            hay += "\n" + "\n".join(a for f in ("to", "cc", "bcc") for a in (m.get(f) or []) if isinstance(a, str))
            for p in pers:
                if not isinstance(p, dict) or set(p) != {"type", "value"} or not all(isinstance(p[k], str) and p[k] for k in p):
                    bad(mid, f"personal item must be {{type, value}}: {p!r}")
                    continue
                if not re.match(r"^[a-z][a-z0-9_]*$", p["type"]):
                    bad(mid, f"personal type not snake case: {p['type']}")
                if p["value"] not in hay:
                    bad(mid, f"personal value not found in the mail: {p['value']}")
                if p["type"] in ("my_number", "mynumber") and not mynumber_ok(p["value"]):
                    bad(mid, f"personal my_number fails the check digit: {p['value']}")
                if p["type"] == "card_number" and not luhn_ok(p["value"]):
                    bad(mid, f"personal card_number fails Luhn: {p['value']}")
            pers = [p for p in pers if isinstance(p, dict) and isinstance(p.get("value"), str)]
            vals = [p["value"] for p in pers]

            marker = first_marker(text)
            if loc == "quoted":
                if marker is None:
                    bad(mid, "quoted hold without a quote/forward marker")
                else:
                    above, below = text[:marker], text[marker:]
                    for v in vals:
                        if v in above:
                            bad(mid, f"quoted hold: {v!r} occurs above the first marker")
                        if v in subject:
                            bad(mid, f"quoted hold: {v!r} occurs in the subject")
                        if any(isinstance(a.get("text"), str) and v in a["text"] for a in atts):
                            bad(mid, f"quoted hold: {v!r} occurs in an attachment")
                        if v not in below:
                            bad(mid, f"quoted hold: {v!r} not found below the marker")
            elif loc == "subject":
                if not any(v in subject for v in vals):
                    bad(mid, "subject hold: no personal value in the subject")
            elif loc == "body":
                own = text if marker is None else text[:marker]
                if not any(v in own for v in vals):
                    bad(mid, "body hold: no personal value in the writer's own text")
            elif loc == "attachment":
                plain = [a for a in atts if isinstance(a.get("text"), str) and ".zip/" not in a["filename"]]
                if not plain:
                    bad(mid, "attachment hold without a text attachment")
                elif not any(v in a["text"] for a in plain for v in vals):
                    bad(mid, "attachment hold: no personal value inside an attachment")
            elif loc == "zip":
                enc = [a for a in atts if a.get("encrypted")]
                inner = [a for a in atts if ".zip/" in a.get("filename", "") and isinstance(a.get("text"), str)]
                if not enc and not inner:
                    bad(mid, "zip hold without an encrypted zip or a zip's inner file")
                if inner and not enc and not any(v in a["text"] for a in inner for v in vals):
                    bad(mid, "zip hold: no personal value inside the zip's inner files")
            elif loc == "recipients":
                pass
            else:
                bad(mid, f"hold with unknown loc {loc!r}")

        # recipients
        sdom = dom_of(m.get("from", "")) if isinstance(m.get("from"), str) else None
        visible = [a for f in ("to", "cc") for a in (m.get(f) or []) if isinstance(a, str)]
        outside = [a for a in visible if dom_of(a) and dom_of(a) != sdom]
        odoms = {dom_of(a) for a in outside}
        if loc == "recipients":
            if len(outside) <= 10 or len(odoms) < 2:
                bad(mid, f"recipients hold: {len(outside)} visible outside addresses from {len(odoms)} domains")
        elif expect == "pass" and len(outside) > 10:
            bad(mid, f"pass with {len(outside)} visible outside recipients")
        if expect == "hold" and loc != "recipients" and len(outside) > 10:
            bad(mid, "non-recipients hold also has more than 10 visible outside recipients")
        if any(a.get("encrypted") for a in atts) and loc not in ("zip",):
            bad(mid, "encrypted zip outside a zip hold")

    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
