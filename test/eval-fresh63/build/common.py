"""Helpers shared by the org scripts and validate.py (check digits only)."""
import re

def mynumber_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 12:
        return False
    body, check = d[:11], int(d[11])
    total = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return check == (0 if r <= 1 else 11 - r)

def mynumber_make(body11):
    for c in range(10):
        if mynumber_ok(body11 + str(c)):
            return body11 + str(c)

def luhn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0

def luhn_make(prefix15):
    for c in range(10):
        if luhn_ok(prefix15 + str(c)):
            s = prefix15 + str(c)
            return " ".join(s[i:i+4] for i in range(0, 16, 4))

def yamato_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])

def houjin_make(base12):
    tot = 0
    for n in range(1, 13):
        p = int(base12[12 - n])
        tot += p * (1 if n % 2 == 1 else 2)
    return str(9 - tot % 9) + base12
