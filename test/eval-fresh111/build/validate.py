"""Validate ../fresh.json and meta.json for the dg (eval-fresh111) blind set.
Prints OK, or one line per problem (exit status 1)."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import is_valid_mynumber, luhn_ok, PRIVATE_DOMAINS  # noqa: E402

PREFIX = "dg"
N = 100
REQUIRED = ["id", "expect", "kind", "why", "from", "to", "subject", "text"]
OPTIONAL = ["cc", "bcc", "attachments", "personal"]
HOLD_CATS = {"sensitive", "id", "list", "personal", "recipients"}
HOLD_QUOTA = {"body": 3, "attachment": 2, "quoted": 2, "subject": 1, "zip": 1, "recipients": 1}
KIND_RE = re.compile(r"^[a-z]+\.[a-z0-9]+(?:_[a-z0-9]+)*$")
ADDR_RE = re.compile(r"^(?:[^<>]+ )?<([A-Za-z0-9._%+-]+)@([A-Za-z0-9.-]+)>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
TLDS = "com|net|org|jp|info|biz|io|co|ne|or|go|ac|lg|ed|gr|us|uk|cn|kr|tw|de|fr|app|dev|xyz"
BARE_RE = re.compile(r"(?<![A-Za-z0-9_%+-])((?:[A-Za-z0-9-]+\.)+(?:" + TLDS + r"))(?![A-Za-z0-9-])",
                     re.I)
MN_LABEL = re.compile(r"マイナンバー|個人番号")
TWELVE = re.compile(r"(?<![0-9])(\d{4}[ -]?\d{4}[ -]?\d{4})(?![0-9])")
CARD_RE = re.compile(r"(?<![0-9])(\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}|\d{4}[ -]?\d{6}[ -]?\d{5})(?![0-9])")
PLACEHOLDER = re.compile(r"TODO|lorem|xxx", re.I)
MARKER = re.compile(
    r"^(?:>|＞"
    r"|-{3,}\s*(?:Original Message|Forwarded message|転送メッセージ|元のメッセージ).*"
    r"|_{10,}\s*$"
    r"|.*(?:wrote|書きました)\s*[:：]\s*$"
    r"|\d{4}年\d{1,2}月\d{1,2}日.*<[^>]+>\s*[:：]\s*$)")

problems = []


def bad(mid, msg):
    problems.append(f"{mid}: {msg}")


def domain_ok(d):
    d = d.lower().rstrip(".")
    if d in PRIVATE_DOMAINS:
        return True
    labels = d.split(".")
    return "example" in labels[1:-1]


def blobs(m):
    """(where, text) pairs for everything that is mail content."""
    out = [("subject", m.get("subject", "")), ("text", m.get("text", ""))]
    for a in m.get("attachments", []) or []:
        out.append((f"attachment {a.get('filename')} name", a.get("filename", "")))
        if "text" in a:
            out.append((f"attachment {a.get('filename')}", a["text"]))
    return out


def check_domains(mid, where, s):
    for rx in (EMAIL_RE, URL_RE, BARE_RE):
        for d in rx.findall(s):
            if not domain_ok(d):
                bad(mid, f"non-example domain {d!r} in {where}")


def check_mynumbers(mid, where, s):
    lines = s.split("\n")
    for line in lines:
        mm = MN_LABEL.search(line)
        if mm:
            for num in TWELVE.findall(line[mm.end():]):
                if not is_valid_mynumber(num):
                    bad(mid, f"My Number {num!r} fails check digit in {where}")
    # CSV-style column labelled 個人番号/マイナンバー
    if lines and "," in lines[0]:
        header = lines[0].split(",")
        cols = [i for i, h in enumerate(header) if MN_LABEL.search(h)]
        for line in lines[1:]:
            cells = line.split(",")
            for i in cols:
                if i < len(cells) and TWELVE.fullmatch(cells[i].strip()):
                    if not is_valid_mynumber(cells[i]):
                        bad(mid, f"My Number {cells[i]!r} fails check digit in {where} (column)")


def addr_domain(a):
    m = ADDR_RE.match(a)
    return (m.group(1) + "@" + m.group(2), m.group(2).lower()) if m else (None, None)


def first_marker(text):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if MARKER.match(line):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return None


def max_run(seq):
    best = cur = 0
    prev = None
    for v in seq:
        cur = cur + 1 if v == prev else 1
        prev = v
        best = max(best, cur)
    return best


def main():
    with open(os.path.join(HERE, "..", "fresh.json"), encoding="utf-8") as f:
        mails = json.load(f)
    with open(os.path.join(HERE, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)

    if not isinstance(mails, list) or len(mails) != N:
        bad("set", f"expected {N} mails, got {len(mails)}")
    ids = [m.get("id") for m in mails]
    want = [f"{PREFIX}{i:03d}" for i in range(1, N + 1)]
    if ids != want:
        bad("set", "ids are not dg001..dg100 in order")
    if sorted(meta) != sorted(want):
        bad("set", "meta.json ids do not match fresh.json")
    c = Counter(m.get("expect") for m in mails)
    if c != Counter({"hold": 50, "pass": 50}):
        bad("set", f"hold/pass split is {dict(c)}")
    if max_run([m.get("expect") for m in mails]) > 3:
        bad("set", "more than 3 mails in a row with the same expect")

    per_org = defaultdict(list)
    seen_text = {}
    for m in mails:
        mid = m.get("id", "?")
        keys = set(m)
        for k in REQUIRED:
            if k not in m:
                bad(mid, f"missing field {k}")
        for k in keys - set(REQUIRED) - set(OPTIONAL):
            bad(mid, f"unknown field {k}")
        info = meta.get(mid)
        if not info or set(info) != {"org", "writer", "loc"}:
            bad(mid, "meta entry missing or malformed")
            continue
        per_org[info["org"]].append((m, info))
        exp, kind = m.get("expect"), m.get("kind", "")

        # kind / personal
        if not KIND_RE.match(kind):
            bad(mid, f"kind {kind!r} not category.detail snake case")
        cat = kind.split(".")[0]
        if exp == "hold":
            if cat not in HOLD_CATS:
                bad(mid, f"hold kind category {cat!r} not allowed")
            pers = m.get("personal")
            if not pers or not all(isinstance(x, dict) and set(x) == {"type", "value"}
                                   and x["type"] and x["value"] for x in pers):
                bad(mid, "hold without a well-formed personal list")
                pers = []
            if info["loc"] not in HOLD_QUOTA:
                bad(mid, f"hold loc {info['loc']!r} invalid")
        elif exp == "pass":
            if cat != "benign":
                bad(mid, f"pass kind {kind!r} not benign.*")
            if "personal" in m:
                bad(mid, "pass carries personal")
            if info["loc"] != "none":
                bad(mid, f"pass loc {info['loc']!r} should be none")
            pers = []
        else:
            bad(mid, f"expect {exp!r}")
            pers = []
        if not isinstance(m.get("why"), str) or not re.search(r"[ぁ-んァ-ン一-龥]", m.get("why", "")):
            bad(mid, "why is not a Japanese sentence")

        # addresses
        sender_dom = addr_domain(m.get("from", ""))[1]
        if not sender_dom:
            bad(mid, f"bad from {m.get('from')!r}")
        all_addrs = []
        for fld in ("to", "cc", "bcc"):
            v = m.get(fld, [])
            if fld in m and (not isinstance(v, list) or (fld != "to" and not v)):
                bad(mid, f"{fld} must be a non-empty list")
                continue
            for a in v:
                e, d = addr_domain(a)
                if not e:
                    bad(mid, f"bad address {a!r} in {fld}")
                    continue
                all_addrs.append((fld, e, d))
        if not m.get("to"):
            bad(mid, "empty to")
        for fld, e, d in all_addrs + [("from", *addr_domain(m.get("from", "")))]:
            if d and not domain_ok(d):
                bad(mid, f"non-example address domain {d!r} in {fld}")
        visible_out = [(e, d) for fld, e, d in all_addrs if fld in ("to", "cc") and d != sender_dom]
        if exp == "hold" and info["loc"] == "recipients":
            if len(visible_out) <= 10 or len({d for _, d in visible_out}) < 2:
                bad(mid, f"recipients hold has {len(visible_out)} visible outside addresses "
                         f"from {len({d for _, d in visible_out})} domains")
        if exp == "pass" and len(visible_out) > 10:
            bad(mid, f"pass has {len(visible_out)} visible outside addresses")

        # content
        text = m.get("text", "")
        if not isinstance(text, str) or not text.strip():
            bad(mid, "empty text")
        if not m.get("subject", "").strip():
            bad(mid, "empty subject")
        if text in seen_text:
            bad(mid, f"duplicate body of {seen_text[text]}")
        seen_text[text] = mid
        for a in m.get("attachments", []) or []:
            ks = set(a)
            if a.get("encrypted"):
                if ks != {"filename", "contentType", "encrypted"} or a["contentType"] != "application/zip":
                    bad(mid, f"malformed encrypted zip entry {a}")
            elif ks != {"filename", "contentType", "text"} or not a["text"].strip():
                bad(mid, f"malformed attachment entry {a.get('filename')}")
        for where, s in blobs(m):
            if PLACEHOLDER.search(s):
                bad(mid, f"placeholder text in {where}")
            check_domains(mid, where, s)
            check_mynumbers(mid, where, s)
            if exp == "hold":
                for num in CARD_RE.findall(s):
                    if not luhn_ok(num):
                        bad(mid, f"card-like number {num!r} fails Luhn in {where}")

        # personal values really occur, and where the loc says
        if exp == "hold" and pers:
            att_text = "\n".join(a.get("filename", "") + "\n" + a.get("text", "")
                                 for a in m.get("attachments", []) or [])
            everything = "\n".join([m.get("subject", ""), text, att_text] + [e for _, e, _ in all_addrs])
            for x in pers:
                if x["value"] not in everything:
                    bad(mid, f"personal value {x['value']!r} does not occur in the mail")
            vals = [x["value"] for x in pers]
            loc = info["loc"]
            if loc == "body" and not any(v in text for v in vals):
                bad(mid, "body hold: no personal value in the body")
            if loc == "attachment":
                if not m.get("attachments"):
                    bad(mid, "attachment hold without attachments")
                elif not any(v in att_text for v in vals):
                    bad(mid, "attachment hold: no personal value in the attachments")
            if loc == "zip":
                atts = m.get("attachments") or []
                if not any(a.get("encrypted") or ".zip/" in a.get("filename", "") for a in atts):
                    bad(mid, "zip hold without an encrypted zip or plain-zip inner file")
            if loc == "subject" and not any(v in m.get("subject", "") for v in vals):
                bad(mid, "subject hold: no personal value in the subject")
            if loc == "quoted":
                split = first_marker(text)
                if split is None:
                    bad(mid, "quoted hold without a quote/forward marker")
                else:
                    above, below = split
                    for v in vals:
                        if v in above or v in m.get("subject", "") or v in att_text:
                            bad(mid, f"quoted hold: {v!r} occurs above the first marker")
                    if not any(v in below for v in vals):
                        bad(mid, "quoted hold: no personal value below the marker")

    # organisation balance
    if len(per_org) != 5:
        bad("set", f"expected 5 organisations, got {len(per_org)}")
    for org, items in sorted(per_org.items()):
        ce = Counter(m["expect"] for m, _ in items)
        if ce != Counter({"hold": 10, "pass": 10}):
            bad(org, f"hold/pass {dict(ce)}")
        writers = {i["writer"] for _, i in items}
        if not 2 <= len(writers) <= 3:
            bad(org, f"{len(writers)} writers")
        locs = Counter(i["loc"] for m, i in items if m["expect"] == "hold")
        if locs != Counter(HOLD_QUOTA):
            bad(org, f"hold locs {dict(locs)} != {HOLD_QUOTA}")

    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
