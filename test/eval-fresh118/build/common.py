"""Shared helpers for the dn (eval-fresh118) generators.

Everything here is deterministic: no randomness, no network.
"""
import datetime
import unicodedata

WD = "月火水木金土日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


# ---------------------------------------------------------------- dates

def wd(y, m, d):
    return WD[datetime.date(y, m, d).weekday()]


def jdate(y, m, d, year=False):
    s = f"{m}月{d}日({wd(y, m, d)})"
    return f"{y}年{s}" if year else s


def en_date(y, m, d, hh, mi):
    dt = datetime.datetime(y, m, d, hh, mi)
    h12 = hh % 12 or 12
    ampm = "AM" if hh < 12 else "PM"
    return f"{WD_EN[dt.weekday()]}, {MON_EN[m - 1]} {d}, {y} {h12}:{mi:02d} {ampm}"


# ---------------------------------------------------------------- addresses

def addr(name, email):
    return f"{name} <{email}>"


# ---------------------------------------------------------------- quoting

def quote(text, depth=1):
    """Quote text the way mailers do: '> ' for plain lines, '>' stacking for
    lines that are already quoted, bare '>' for empty lines."""
    p = ">" * depth
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            out.append(p + line)
        elif line:
            out.append(p + " " + line)
        else:
            out.append(p)
    return "\n".join(out)


def reply_header(style, name, email, dt):
    y, m, d, hh, mi = dt
    if style == "jp":          # Gmail / Thunderbird in Japanese
        return f"{y}年{m}月{d}日({wd(y, m, d)}) {hh}:{mi:02d} {name} <{email}>:"
    if style == "on":          # English-locale Thunderbird / Apple Mail
        return f"On {y}/{m:02d}/{d:02d} {hh}:{mi:02d}, {name} wrote:"
    if style == "becky":       # Becky! style
        return f"{name} <{email}> さんは書きました:\n(件名の日付 {y}/{m:02d}/{d:02d} {hh}:{mi:02d})"
    if style == "kaku":        # Outlook-ish Japanese one-liner some people type by hand
        return f"--- {y}/{m}/{d} {hh}:{mi:02d} {name} 様のメール ---"
    raise ValueError(style)


def quoted(style, name, email, dt, text, depth=1):
    return reply_header(style, name, email, dt) + "\n" + quote(text, depth)


def forward_block(style, frm, to, dt, subject, text, cc=None):
    """A forwarded or 'original message' block as the mailer writes it.
    The text below it is NOT '>'-prefixed (that is how Outlook and Gmail do it)."""
    y, m, d, hh, mi = dt
    if style == "gmail":
        head = ["---------- Forwarded message ---------",
                f"From: {frm}",
                f"Date: {y}年{m}月{d}日({wd(y, m, d)}) {hh}:{mi:02d}",
                f"Subject: {subject}",
                f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
    elif style == "outlook":
        head = ["-----Original Message-----",
                f"From: {frm}",
                f"Sent: {en_date(y, m, d, hh, mi)}",
                f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subject}")
    elif style == "outlook_jp":
        head = ["________________________________",
                f"差出人: {frm}",
                f"送信日時: {y}年{m}月{d}日 {hh}:{mi:02d}",
                f"宛先: {to}"]
        if cc:
            head.append(f"CC: {cc}")
        head.append(f"件名: {subject}")
    else:
        raise ValueError(style)
    return "\n".join(head) + "\n\n" + text.strip("\n")


# ---------------------------------------------------------------- tables

def dispw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s, w):
    return s + " " * (w - dispw(s))


def table(rows, sep=" | ", indent=""):
    """Plain text table padded by display width (full-width = 2)."""
    widths = [max(dispw(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for r in rows:
        out.append(indent + sep.join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(out)


def grid(rows, indent=""):
    """ASCII grid table (+---+) with a header rule."""
    widths = [max(dispw(r[i]) for r in rows) for i in range(len(rows[0]))]
    rule = indent + "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for k, r in enumerate(rows):
        out.append(indent + "| " + " | ".join(pad(c, widths[i]) for i, c in enumerate(r)) + " |")
        if k == 0:
            out.append(rule)
    out.append(rule)
    return "\n".join(out)


def csv_text(rows):
    def cell(c):
        c = str(c)
        return '"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c
    return "\n".join(",".join(cell(c) for c in r) for r in rows) + "\n"


# ---------------------------------------------------------------- check digits

def mn_check(d11):
    """マイナンバー (個人番号) check digit for the first 11 digits."""
    assert len(d11) == 11 and d11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(d11):
    return d11 + str(mn_check(d11))


def mn_valid(s):
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 12 and s.isdigit() and int(s[11]) == mn_check(s[:11])


def fmt4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 1:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return total % 10 == 0


def luhn_make(prefix15):
    for c in "0123456789":
        if luhn_valid(prefix15 + c):
            return prefix15 + c
    raise AssertionError


def corp_number(d12):
    """法人番号: check digit is prepended."""
    s = 0
    for n, c in enumerate(reversed(d12), start=1):
        s += int(c) * (1 if n % 2 == 1 else 2)
    return str(9 - (s % 9)) + d12


def corp_valid(s13):
    return len(s13) == 13 and s13.isdigit() and corp_number(s13[1:]) == s13


def yamato(d11):
    """Yamato 12-digit slip number: check digit = first 11 digits mod 7."""
    return d11 + str(int(d11) % 7)


def yamato_valid(s):
    s = s.replace("-", "")
    return len(s) == 12 and s.isdigit() and int(s[:11]) % 7 == int(s[11])


def yamato_also_mynumber(start):
    """First Yamato slip number >= start whose check digit also happens to
    satisfy the マイナンバー rule (the classic false positive)."""
    n = int(start)
    while True:
        d11 = f"{n:011d}"
        if int(d11) % 7 == mn_check(d11):
            return yamato(d11)
        n += 1


def yamato_not_mynumber(start):
    n = int(start)
    while True:
        d11 = f"{n:011d}"
        if int(d11) % 7 != mn_check(d11):
            return yamato(d11)
        n += 1


def jan13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def dash_track(s):
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


# ---------------------------------------------------------------- mail objects

CTYPES = {
    "csv": "text/csv",
    "txt": "text/plain",
    "stl": "model/stl",
    "xml": "application/xml",
    "json": "application/json",
    "md": "text/markdown",
    "tsv": "text/tab-separated-values",
    "log": "text/plain",
    "ics": "text/calendar",
}


def att(filename, text, ctype=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return {"filename": filename, "contentType": ctype or CTYPES.get(ext, "text/plain"), "text": text}


def plain_zip(zipname, entries):
    """Inner files of an unencrypted zip as separate entries 'zipname/inner'."""
    return [att(f"{zipname}/{inner}", text) for inner, text in entries]


def enc_zip(zipname):
    return {"filename": zipname, "contentType": "application/zip", "encrypted": True}


def mail(org, writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "org": org, "writer": writer, "loc": loc,
        "expect": expect, "kind": kind, "why": why,
        "from": frm, "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text.strip("\n") + "\n"
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    return m


def sdate(y, m, d):
    """'6/4(水)' style."""
    return f"{m}/{d}({wd(y, m, d)})"


def D(m, d):
    """Japanese long date in 2025 with weekday: 6月4日(水)."""
    return jdate(2025, m, d)


def S(m, d):
    """Slash date in 2025 with weekday: 6/4(水)."""
    return sdate(2025, m, d)
