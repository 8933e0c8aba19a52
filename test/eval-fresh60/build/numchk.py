"""Helpers for synthetic numbers (check digits). Written for this set only."""

def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r

def mynumber_valid(num):
    num = num.replace(" ", "").replace("-", "")
    if len(num) != 12 or not num.isdigit():
        return False
    return mynumber_check(num[:11]) == int(num[11])

def luhn_valid(num):
    digits = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0

def corp_check(d12):
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        s += p * (1 if n % 2 == 1 else 2)
    return 9 - (s % 9)

def yamato_valid(num):
    num = num.replace("-", "")
    return len(num) == 12 and int(num[:11]) % 7 == int(num[11])
