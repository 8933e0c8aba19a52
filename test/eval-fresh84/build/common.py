"""Shared helpers for the eval-fresh84 generators.

Everything here is synthetic: names are drawn from common Japanese name lists,
phone numbers use a 0000 exchange, postal codes end in 00xx, domains are
*.example.* or free-mail.
"""
import random
import re
import textwrap

FREEMAIL = ("gmail.com", "yahoo.co.jp", "outlook.com")


# ---------------------------------------------------------------- check digits
def mynumber_check(first11: str) -> int:
    """Check digit of a 12-digit 個人番号 (マイナンバー)."""
    assert len(first11) == 11 and first11.isdigit()
    s = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber_valid(num: str) -> bool:
    d = re.sub(r"\D", "", num)
    return len(d) == 12 and mynumber_check(d[:11]) == int(d[11])


def mynumber(first11: str, sep: str = " ") -> str:
    d = first11 + str(mynumber_check(first11))
    return sep.join([d[0:4], d[4:8], d[8:12]]) if sep is not None else d


def luhn_valid(num: str) -> bool:
    d = [int(c) for c in re.sub(r"\D", "", num)]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(first15: str) -> str:
    for c in "0123456789":
        if luhn_valid(first15 + c):
            return first15 + c
    raise ValueError


def card(first15: str, sep: str = " ") -> str:
    d = luhn_complete(first15)
    return sep.join([d[0:4], d[4:8], d[8:12], d[12:16]])


def yamato_check(first11: str) -> int:
    return int(first11) % 7


def yamato(first11: str) -> str:
    d = first11 + str(yamato_check(first11))
    return f"{d[0:4]}-{d[4:8]}-{d[8:12]}"


def yamato_also_mynumber(start11: int) -> str:
    """First Yamato-style tracking number >= start11 whose check digit also
    happens to satisfy the マイナンバー check digit."""
    n = start11
    while True:
        s = f"{n:011d}"
        if yamato_check(s) == mynumber_check(s):
            return yamato(s)
        n += 1


def yamato_not_mynumber(start11: int) -> str:
    n = start11
    while True:
        s = f"{n:011d}"
        if yamato_check(s) != mynumber_check(s):
            return yamato(s)
        n += 1


def jan13(first12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


def houjin_bangou(base12: str) -> str:
    """法人番号: check digit in front of 12 digits."""
    digits = [int(c) for c in base12]
    s = 0
    for i, d in enumerate(reversed(digits), start=1):
        s += d * (1 if i % 2 else 2)
    return str(9 - s % 9) + base12


# ---------------------------------------------------------------- records
SURNAMES = [
    ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
    ("伊藤", "イトウ"), ("渡辺", "ワタナベ"), ("山本", "ヤマモト"), ("中村", "ナカムラ"),
    ("小林", "コバヤシ"), ("加藤", "カトウ"), ("吉田", "ヨシダ"), ("山田", "ヤマダ"),
    ("佐々木", "ササキ"), ("山口", "ヤマグチ"), ("松本", "マツモト"), ("井上", "イノウエ"),
    ("木村", "キムラ"), ("林", "ハヤシ"), ("斎藤", "サイトウ"), ("清水", "シミズ"),
    ("山崎", "ヤマザキ"), ("森", "モリ"), ("池田", "イケダ"), ("橋本", "ハシモト"),
    ("阿部", "アベ"), ("石川", "イシカワ"), ("前田", "マエダ"), ("藤井", "フジイ"),
    ("岡田", "オカダ"), ("後藤", "ゴトウ"), ("長谷川", "ハセガワ"), ("村上", "ムラカミ"),
    ("近藤", "コンドウ"), ("坂本", "サカモト"), ("遠藤", "エンドウ"), ("青木", "アオキ"),
    ("藤田", "フジタ"), ("西村", "ニシムラ"), ("福田", "フクダ"), ("太田", "オオタ"),
    ("三浦", "ミウラ"), ("原田", "ハラダ"), ("松田", "マツダ"), ("中野", "ナカノ"),
    ("竹内", "タケウチ"), ("金子", "カネコ"), ("和田", "ワダ"), ("中山", "ナカヤマ"),
    ("石井", "イシイ"), ("上田", "ウエダ"), ("森田", "モリタ"), ("原", "ハラ"),
    ("柴田", "シバタ"), ("酒井", "サカイ"), ("工藤", "クドウ"), ("横山", "ヨコヤマ"),
    ("宮崎", "ミヤザキ"), ("宮本", "ミヤモト"), ("内田", "ウチダ"), ("高木", "タカギ"),
    ("安藤", "アンドウ"), ("島田", "シマダ"), ("谷口", "タニグチ"), ("大野", "オオノ"),
    ("丸山", "マルヤマ"), ("今井", "イマイ"), ("河野", "コウノ"), ("藤原", "フジワラ"),
    ("小山", "コヤマ"), ("久保", "クボ"), ("野口", "ノグチ"), ("松井", "マツイ"),
]
GIVEN_M = [
    ("浩", "ヒロシ"), ("誠", "マコト"), ("健太", "ケンタ"), ("大輔", "ダイスケ"),
    ("翔太", "ショウタ"), ("拓也", "タクヤ"), ("和也", "カズヤ"), ("隆", "タカシ"),
    ("修", "オサム"), ("勝", "マサル"), ("茂", "シゲル"), ("悠斗", "ユウト"),
    ("蓮", "レン"), ("陽翔", "ハルト"), ("直樹", "ナオキ"), ("哲也", "テツヤ"),
    ("信夫", "ノブオ"), ("正人", "マサト"), ("一郎", "イチロウ"), ("雄大", "ユウダイ"),
    ("康弘", "ヤスヒロ"), ("亮", "リョウ"), ("剛", "ツヨシ"), ("昭夫", "アキオ"),
    ("光男", "ミツオ"), ("優太", "ユウタ"), ("達也", "タツヤ"), ("智之", "トモユキ"),
]
GIVEN_F = [
    ("恵子", "ケイコ"), ("幸子", "サチコ"), ("陽子", "ヨウコ"), ("美穂", "ミホ"),
    ("由美", "ユミ"), ("真由美", "マユミ"), ("愛", "アイ"), ("彩", "アヤ"),
    ("美咲", "ミサキ"), ("陽菜", "ヒナ"), ("結衣", "ユイ"), ("さくら", "サクラ"),
    ("和子", "カズコ"), ("節子", "セツコ"), ("久美子", "クミコ"), ("直美", "ナオミ"),
    ("明美", "アケミ"), ("千尋", "チヒロ"), ("舞", "マイ"), ("裕子", "ユウコ"),
    ("智子", "トモコ"), ("典子", "ノリコ"), ("麻衣", "マイ"), ("美月", "ミヅキ"),
    ("紀子", "ノリコ"), ("文子", "フミコ"), ("芳江", "ヨシエ"), ("春香", "ハルカ"),
]


class People:
    """Deterministic generator of synthetic people for rosters."""

    def __init__(self, seed, towns, postal3, area_code, pref_city):
        self.rng = random.Random(seed)
        self.towns = towns
        self.postal3 = postal3
        self.area = area_code
        self.pref_city = pref_city
        self.used = set()

    def one(self, born=(1940, 2005), sex=None):
        r = self.rng
        while True:
            sn = r.choice(SURNAMES)
            s = sex or r.choice("MF")
            gn = r.choice(GIVEN_M if s == "M" else GIVEN_F)
            if (sn[0], gn[0]) not in self.used:
                self.used.add((sn[0], gn[0]))
                break
        y = r.randint(*born)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        town = r.choice(self.towns)
        addr = f"{self.pref_city}{town}{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        if r.random() < 0.25:
            addr += f" {r.choice(['コーポ', 'ハイツ', 'メゾン', 'グラン'])}{r.choice(['さくら', '緑町', 'エスポワール', 'ひまわり', 'フォレスト'])} {r.randint(1, 3)}0{r.randint(1, 6)}"
        mobile = f"{r.choice(['090', '080', '070'])}-0000-{r.randint(1000, 9999)}"
        land = f"{self.area}-0000-{r.randint(1000, 9999)}"
        return {
            "name": f"{sn[0]} {gn[0]}",
            "kana": f"{sn[1]} {gn[1]}",
            "sex": "男" if s == "M" else "女",
            "birth": f"{y}/{m:02d}/{d:02d}",
            "year": y,
            "postal": f"{self.postal3}-00{r.randint(10, 99)}",
            "address": addr,
            "mobile": mobile,
            "land": land,
        }

    def many(self, n, **kw):
        return [self.one(**kw) for _ in range(n)]


def csv_text(header, rows):
    def cell(v):
        v = str(v)
        if "," in v or '"' in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    lines = [",".join(cell(h) for h in header)]
    for row in rows:
        lines.append(",".join(cell(v) for v in row))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- mail text
def d(s: str) -> str:
    """Dedent and strip a triple-quoted block."""
    return textwrap.dedent(s).strip("\n")


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


def body(*parts) -> str:
    return "\n\n".join(p.strip("\n") for p in parts if p) + "\n"


def mail(writer, loc, expect, kind, why, frm, to, subject, text,
         cc=None, bcc=None, attachments=None, personal=None):
    m = {
        "expect": expect,
        "kind": kind,
        "why": why,
        "from": frm,
        "to": list(to),
    }
    if cc:
        m["cc"] = list(cc)
    if bcc:
        m["bcc"] = list(bcc)
    m["subject"] = subject
    m["text"] = text
    if attachments:
        m["attachments"] = attachments
    if personal:
        m["personal"] = [{"type": t, "value": v} for t, v in personal]
    m["_writer"] = writer
    m["_loc"] = loc
    return m


def att(filename, text, content_type=None):
    if content_type is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        content_type = {
            "csv": "text/csv",
            "txt": "text/plain",
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "zip": "application/zip",
            "ics": "text/calendar",
        }.get(ext, "application/octet-stream")
    return {"filename": filename, "contentType": content_type, "text": text}


def enc_zip(filename):
    return {"filename": filename, "contentType": "application/zip", "encrypted": True}
