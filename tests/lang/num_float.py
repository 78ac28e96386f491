# floats: repr, arithmetic with CPython's special cases, float(), methods, round
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

print(0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e22, 1e-4, 1e-5, 1.5e-7)
print(100.0, -0.0, 0.0, 5e-324, 1.7976931348623157e308, 2.0**-1022, 9007199254740993.0, 0.3, 2.5e-10)
print(float('inf'), float('-inf'), float('nan'), -float('inf'), 1e308 * 10, -1e308 * 10)
print(str(1.0), repr(1.25), str(-3.5e100), [0.1, 1e100, -0.0], (1.5,), {2.5: 'x'})
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 % -5, divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8.0) ** 3, (-2.0) ** -3, 0.0 ** 0, float('inf') ** 0, 1 ** float('nan'))
print(1.5 + 2, 2 * 2.5, 3 - 0.5, 10 / 4.0, 2**70 * 1.0, 7 // 2.0, 7 % 2.5, True + 0.5)
for label, f in [('div', lambda: 1.0 / 0), ('floordiv', lambda: 1.0 // 0), ('mod', lambda: 1.0 % 0.0),
                 ('divmod', lambda: divmod(1.0, 0)), ('zero neg pow', lambda: 0.0 ** -1), ('overflow', lambda: 10.0 ** 400),
                 ('int**', lambda: 2 ** 0.5), ('invert', lambda: ~1.5), ('shift', lambda: 1.5 << 1),
                 ('big', lambda: 2**2000 * 1.0), ('int nan', lambda: int(float('nan'))), ('int inf', lambda: int(float('-inf')))]:
    attempt(label, f)
print(float('1.5'), float(' -2 '), float('1_000.5'), float('1e5'), float('.5'), float('5.'), float('-iNF'), float('nan'))
print(float(3), float(True), float(2**70), float('1e500'), float('١.٥'), float(b'2.5'), float())
for text in ['x', '', '1__0', '1e', '0x10', '1,5', '.', 'infinit']:
    attempt('float(%r)' % text, lambda: float(text))
attempt('float(None)', lambda: float(None))
attempt('float(x=1)', lambda: float(x=1))
print((2.0).is_integer(), (2.5).is_integer(), (1.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (1.5).conjugate(), (1.5).real, (1.5).imag)
attempt('ratio inf', lambda: float('inf').as_integer_ratio())
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1250.0, -2), round(1350.0, -2), round(-0.4), round(-0.4, 0), round(123.456, -1), round(1e300, -299), round(5e-324, 400))
print(round(3.14159, 3), round(1.005, 2), round(99.995, 2), round(float('inf'), 2), round(-0.0, -3), type(round(2.7)).__name__)
attempt('round inf', lambda: round(float('inf')))
attempt('round nan', lambda: round(float('nan')))
attempt('round ndigits float', lambda: round(1.5, 1.0))
attempt('round str', lambda: round('x'))
print(hash(1.0), hash(1.5), hash(-0.5), hash(0.1), hash(1e300), hash(float('inf')), hash(float('-inf')), hash(5e-324), hash(-1.0))
print(1.0 == 1, 0.1 + 0.2 == 0.3, float('nan') == float('nan'), float('nan') != float('nan'), 1.5 < 2, 2**63 == 2.0**63)
nan = float('nan')
print(nan < 1, nan > 1, nan <= nan, 1 < nan, nan == 1, nan != 1, [nan] == [nan], nan in [nan])
print(max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10), abs(-2.5), abs(-0.0), -(0.0), bool(0.0), bool(-0.0), bool(0.1))
total = 0.0
for i in range(1, 200):
    total += 1.0 / i
    if i % 40 == 0:
        print(i, total, total * 1e10, total / 1e20)
values = [3.0 ** k for k in range(-30, 40, 7)] + [1 / 7 ** k for k in range(1, 60, 9)]
for v in values:
    print(v, -v, v * 1.1, str(v / 3))
