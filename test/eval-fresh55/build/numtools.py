"""Number helpers for the eval-fresh55 generator (check digits only)."""

def mynumber_check(first11: str) -> int:
    digits = [int(c) for c in first11]
    total = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return 0 if r <= 1 else 11 - r


def mynumber_ok(s: str) -> bool:
    s = s.replace(" ", "").replace("-", "")
    return len(s) == 12 and s.isdigit() and mynumber_check(s[:11]) == int(s[11])


def luhn_ok(s: str) -> bool:
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(first15: str) -> str:
    for c in range(10):
        if luhn_ok(first15 + str(c)):
            return first15 + str(c)
