# ints: small and big arithmetic, Python's rounding rules, errors, int()
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2**70, 7), divmod(-2**70, 10**9))
print(2 ** 10, 2 ** 64, (-3) ** 41, 2 ** -2, 10 ** -3, 0 ** 0, (-2) ** 63, (-2) ** 64)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500, -(-9223372036854775808))
print(2**100 // 3, 2**100 % 3, -2**100 // 3, 10**40 // -7, 10**40 % -7, (10**30 + 1) * (10**30 - 1))
print(1 << 70, (1 << 70) >> 69, -1 >> 100, -(2**100) >> 3, 5 << 0, 12345678901234567890 >> 7)
print(0xff & 0x0f, 6 | 9, 6 ^ 3, ~0, ~5, ~-(2**80), -1 & 2**70 - 1, (2**70 + 5) & -8, (-2**70) | 7, (-2**65) ^ (2**64))
print(10 / 4, 1 / 3, 2**60 / 3, 10**30 / 10**10, 1 / 10**18, (2**1023 * 3) / 2**1023, -7 / 2)
print(abs(-5), abs(-2**80), abs(True), -True, +False, ~True, True + True, True * 5, True / 2)
print(True & False, True | False, True ^ True, True & 1, type(True & True).__name__, type(True & 1).__name__)
print(pow(3, 4, 5), pow(-3, 5, 7), pow(3, -1, 7), pow(2**100, 3, 10**9 + 7), pow(3, 0, 1), pow(5, 3, -7))
print(round(12345, -2), round(-15, -1), round(25, -1), round(35, -1), round(7, 3), round(2**70 + 5, -1))
for label, f in [('zero div', lambda: 1 // 0), ('zero mod', lambda: 1 % 0), ('true div', lambda: 1 / 0),
                 ('divmod', lambda: divmod(5, 0)), ('neg shift', lambda: 1 << -1), ('rshift neg', lambda: 1 >> -2),
                 ('zero pow', lambda: 0 ** -1), ('pow mod 0', lambda: pow(2, 3, 0)), ('not inv', lambda: pow(2, -1, 4)),
                 ('float mod', lambda: pow(2.0, 3, 5)), ('huge shift', lambda: 1 << 2**70), ('big/1', lambda: 10**400 / 1),
                 ('str+int', lambda: 1 + 'a'), ('lt str', lambda: 1 < 'a'), ('neg str', lambda: -'a'),
                 ('big float', lambda: float(10**400)), ('div big', lambda: 10**400 / 10**399)]:
    attempt(label, f)
print(int('42'), int(' -7 '), int('1_000_000'), int('0x1F', 16), int('0x1F', 0), int('z', 36), int('0b101', 0), int('0o777', 0))
print(int(3.99), int(-3.99), int(1e20), int(True), int('١٢'), int(b'12'), int(), int('10', base=2))
for text, base in [('1__0', 10), ('_1', 10), ('1.5', 10), ('', 10), ('12', 2), ('010', 0), ('x', 36), ('1', 1)]:
    attempt('int(%r, %d)' % (text, base), lambda: int(text, base))
for x in [None, [], 1.5, float('nan'), float('inf')]:
    attempt('int(' + repr(x) + ')', lambda: int(x))
attempt('int(3.5, 10)', lambda: int(3.5, 10))
attempt('int(x=1)', lambda: int(x=1))
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2**100).bit_length(), (-7).bit_count())
print((6).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**100), hash(-2**100), hash(True))
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > float('inf'), -10**400 < -1e308, 2**64 == 2.0**64)
print(sorted([3, -1, 2**70, -2**70, 0, True, 2.5]), max(2**65, 2**64 + 0.5), min(-1, -1.0))
n = 1
for i in range(1, 41):
    n *= i
print(n, len(str(n)), str(n)[:10], n % 1000003, n // 10**40)
x = 3**500
print(x % 10**9, len(str(x)), x.bit_length(), str(2**4000)[-20:], len(str(10**4299)))
attempt('str limit', lambda: str(10**4300))
attempt('int limit', lambda: int('9' * 4301))
print(int('f' * 2000, 16) % 1000, hex(2**70), oct(-2**40), bin(10))
