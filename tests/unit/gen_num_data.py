#!/usr/bin/env python3
"""Generate test_num_data.h and test_fmt_data.h: expected values straight
from CPython 3.11 for tests/unit/test_num.c and test_fmt.c.

Run from the repo root: python3 tests/unit/gen_num_data.py
The random inputs are seeded, so the files only change when this script does.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"


def c_str(s):
    out = '"'
    for ch in s.encode('utf-8'):
        c = chr(ch)
        if c in '"\\':
            out += '\\' + c
        elif 32 <= ch < 127:
            out += c
        else:
            out += '\\%03o' % ch
    return out + '"'


def outcome(f):
    """(text, error) where exactly one is None."""
    try:
        return f(), None
    except Exception as e:
        return None, '%s: %s' % (type(e).__name__, e)


def opt(s):
    return 'NULL' if s is None else c_str(s)


random.seed(20231124)
num = []

# --- float repr / hash: random bit patterns, decimals, powers of two
num.append('static const struct { uint64_t bits; const char *repr; int64_t hash; } float_cases[] = {')
floats = [0.0, -0.0, 0.1, 1e16, 1e22, 1.5e-7, 100.0, 5e-324, 1.7976931348623157e308, 2.0**-1022,
          1e-5, 123456789012345678.0, 9007199254740993.0, 0.3, 2.0/3, float('inf'), float('-inf')]
while len(floats) < 1500:
    k = len(floats) % 4
    if k == 0:
        d = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
        if not math.isfinite(d):
            continue
    elif k == 1:
        d = random.uniform(-1e4, 1e4)
    elif k == 2:
        d = round(random.uniform(-1000, 1000), random.randint(0, 6))
    else:
        d = math.ldexp(1.0, random.randint(-1074, 1023))
    floats.append(d)
for d in floats:
    bits = struct.unpack('<Q', struct.pack('<d', d))[0]
    num.append('    { 0x%016xULL, %s, %dLL },' % (bits, c_str(repr(d)), hash(d)))
num.append('};')

# --- int parsing
num.append('static const struct { const char *text; int base; const char *expect; } parse_cases[] = {')
texts = ['0', '12', ' 12 ', '\t-7\n', '+5', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
         '0b_101', '0x_1f', '0_0', '00', '010', '0b', '', ' ', '+', '-', '1.5', 'z', 'Z',
         '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
         '18446744073709551616', '-' + '7' * 60, '1' * 4300, 'ff_ff']
for t in texts:
    for base in (0, 2, 8, 10, 16, 36):
        r, err = outcome(lambda: str(int(t, base)))
        if err and not err.startswith('ValueError: invalid literal'):
            r = err   # e.g. the 4300-digit limit of str()
        num.append('    { %s, %d, %s },' % (c_str(t), base, opt(r)))
num.append('};')

# --- int arithmetic
ints = [0, 1, -1, 7, -7, 2**31, 2**32 - 1, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64, 10**19, -10**19, 3**50, -(7**40), 2**100 + 1, -(10**30) - 3, 2**127 - 1, 11**60]
for _ in range(6):
    ints.append(random.randint(-10**40, 10**40))
ops = ['+', '-', '*', '//', '%', '/', '&', '|', '^', '<<', '>>', '**', 'cmp']
num.append('static const struct { const char *a; int op; const char *b; const char *expect; } arith_cases[] = {')
opcode = {'+': 'OP_ADD', '-': 'OP_SUB', '*': 'OP_MUL', '//': 'OP_FLOORDIV', '%': 'OP_MOD',
          '/': 'OP_TRUEDIV', '&': 'OP_BITAND', '|': 'OP_BITOR', '^': 'OP_BITXOR', '<<': 'OP_LSHIFT',
          '>>': 'OP_RSHIFT', '**': 'OP_POW', 'cmp': '-1'}
for a in ints:
    for b in ints:
        for op in ops:
            if op == '<<' and not (0 <= b <= 130):
                continue
            if op == '**' and not (0 <= b <= 12):
                continue
            if op == '>>' and not (0 <= b <= 10**5):
                continue
            if op == '**' and abs(a) > 2**64 and b > 20:
                continue
            def f():
                if op == 'cmp':
                    return str((a > b) - (a < b))
                r = eval('a %s b' % op)
                return repr(r)
            r, err = outcome(f)
            num.append('    { "%d", %s, "%d", %s },' % (a, opcode[op], b, opt(r if err is None else err)))
num.append('};')

# --- int <-> float
num.append('static const struct { const char *i; const char *as_double; } int_double_cases[] = {')
for a in ints + [2**1023, 2**1024, -2**1024, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**54 + 1, 2**54 + 3]:
    r, err = outcome(lambda: repr(float(a)))
    num.append('    { "%d", %s },' % (a, opt(r if err is None else err)))
num.append('};')
num.append('static const struct { uint64_t bits; const char *as_int; } double_int_cases[] = {')
for d in floats[:300] + [1e300, -1e300, 2.0**63, -2.0**63, 2.0**64, 0.5, -0.999, float('nan')]:
    bits = struct.unpack('<Q', struct.pack('<d', d))[0]
    r, err = outcome(lambda: str(int(d)))
    num.append('    { 0x%016xULL, %s },' % (bits, opt(r if err is None else err)))
num.append('};')

# --- round(float, n) and round(int, n)
num.append('static const struct { uint64_t bits; int nd; const char *expect; } round_cases[] = {')
for d in [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1250.0, 1350.0, 1e300, 5e-324, 123.456, -0.4, 0.5, 1.5,
          99.995, 1e16 + 2, 0.285, 1.005] + floats[:200]:
    for nd in (-3, -2, -1, 0, 1, 2, 3, 10, 400, -400):
        bits = struct.unpack('<Q', struct.pack('<d', d))[0]
        r, err = outcome(lambda: repr(round(d, nd)))
        num.append('    { 0x%016xULL, %d, %s },' % (bits, nd, opt(r if err is None else err)))
num.append('};')

open('tests/unit/test_num_data.h', 'w').write(
    '/* Generated by tests/unit/gen_num_data.py from CPython %s. Do not edit. */\n' % sys.version.split()[0]
    + '\n'.join(num) + '\n')

# ------------------------------------------------------------------ fmt
fmt = []
vals = [('i', '0'), ('i', '-42'), ('i', '1234567'), ('i', str(2**70)), ('i', str(-10**25)), ('b', 'True'),
        ('f', '0.0'), ('f', '-0.0'), ('f', '3.14159265'), ('f', '-1234.5678'), ('f', '1e16'),
        ('f', '1.5e-7'), ('f', '1e100'), ('f', 'inf'), ('f', '-inf'), ('f', 'nan'), ('f', '99.995'),
        ('s', 'abc'), ('s', ''), ('s', 'h\u00e9llo')]
aligns = ['', '<', '>', '^', '=', '*<', '0>', '\u20ac^']
signs = ['', '+', '-', ' ']
mids = ['', 'z', '#', '0', '#0']
widths = ['', '1', '8', '013']
groups = ['', ',', '_']
precs = ['', '.0', '.1', '.3', '.12']
types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's']
specs = set()
while len(specs) < 220:
    specs.add(random.choice(aligns) + random.choice(signs) + random.choice(mids) + random.choice(widths)
              + random.choice(groups) + random.choice(precs) + random.choice(types))
specs = sorted(specs) + ['', ',', '_', '09,', '08,', '07_', '015_x', '#015_b', 'q', ',,', '_,', 'ab', '.',
                         '99999999999999999999', '>10', '.2%', '=+10.3f']


def value(kind, text):
    return {'i': int, 'b': lambda t: t == 'True', 'f': float, 's': str}[kind](text)


fmt.append('static const struct { char kind; const char *val; const char *spec; const char *expect; } format_cases[] = {')
for kind, text in vals:
    v = value(kind, text)
    for sp in specs:
        r, err = outcome(lambda: format(v, sp))
        fmt.append('    { \'%s\', %s, %s, %s },' % (kind, c_str(text), c_str(sp), c_str(r if err is None else '!' + err)))
fmt.append('};')

pvals = [('i', '42'), ('i', '-7'), ('i', str(2**70)), ('b', 'True'), ('f', '3.14159'), ('f', '-2.5'),
         ('f', '1e20'), ('f', 'inf'), ('f', 'nan'), ('s', 'abc'), ('s', '\u00e9\u20ac'), ('i', '65')]
flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0']
pspecs = set()
while len(pspecs) < 160:
    pspecs.add('%' + random.choice(flags) + random.choice(['', '1', '6', '12']) +
               random.choice(['', '.0', '.2', '.5']) + random.choice('sradiouxXeEfFgGc'))
pspecs = sorted(pspecs) + ['%%', '[%s]', '%s%%', '%q', '%', '%5%']
fmt.append('static const struct { char kind; const char *val; const char *fmt; const char *expect; } percent_cases[] = {')
for kind, text in pvals:
    v = value(kind, text)
    for sp in pspecs:
        r, err = outcome(lambda: sp % (v,))
        fmt.append('    { \'%s\', %s, %s, %s },' % (kind, c_str(text), c_str(sp), c_str(r if err is None else '!' + err)))
fmt.append('};')
open('tests/unit/test_fmt_data.h', 'w').write(
    '/* Generated by tests/unit/gen_num_data.py from CPython %s. Do not edit. */\n' % sys.version.split()[0]
    + '\n'.join(fmt) + '\n')
