"""Helpers used while writing the set: check digits for the synthetic numbers."""
import random

def mynumber_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 12: return False
    body, cd = d[:11], d[11]
    tot = 0
    for n in range(1, 12):
        p = body[11 - n]
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    return cd == (0 if r <= 1 else 11 - r)

def mynumber_make(body11):
    for c in range(10):
        if mynumber_ok(body11 + str(c)): return body11 + str(c)

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x * 2; x = x - 9 if x > 9 else x
        tot += x
    return tot % 10 == 0

def luhn_make(prefix15):
    for c in range(10):
        if luhn_ok(prefix15 + str(c)): return prefix15 + str(c)

def yamato_ok(s):
    d = ''.join(c for c in s if c.isdigit())
    return len(d) == 12 and int(d[:11]) % 7 == int(d[11])

def corp_make(body12):
    d = [int(c) for c in body12]
    # check digit = 9 - ((sum of odd-position*1 + even*2 from right) mod 9)
    s = 0
    for i, x in enumerate(reversed(d)):
        s += x * (1 if i % 2 == 0 else 2)
    return str(9 - s % 9) + body12

def ean_make(body12):
    d = [int(c) for c in body12]
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return body12 + str((10 - s % 10) % 10)
