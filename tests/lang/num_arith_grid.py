# every operator on a grid of small, boundary and big ints, bools and floats
vals = [0, 1, -1, 7, -7, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64, -10**19, 3**40, -(5**30), 2**100, 7**77, True, False,
        0.0, -0.0, 0.5, -2.5, 1e16, 1e300, -1e300, 5e-324, 0.1, 2.0**63, float('inf'), float('-inf'), float('nan')]
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '==', '!=', '>', '>=']
def show(r):
    return repr(r)
n = 0
for a in vals:
    for b in vals:
        for op in ops:
            if op == '**' and isinstance(b, int) and not isinstance(b, bool) and (b > 300 or (b > 64 and abs(a) > 1e4)):
                continue
            if op == '**' and isinstance(a, int) and not isinstance(a, bool) and abs(a) > 2**70 and isinstance(b, int) and b > 20:
                continue
            if op == '<<' and isinstance(b, int) and b > 200:
                continue
            if op == '**' and a < 0 and isinstance(b, float) and abs(b) != float('inf') and b == b and b != int(b):
                continue   # complex results: kata Python has no complex

            try:
                if op == '+': r = a + b
                elif op == '-': r = a - b
                elif op == '*': r = a * b
                elif op == '/': r = a / b
                elif op == '//': r = a // b
                elif op == '%': r = a % b
                elif op == '**': r = a ** b
                elif op == '<<': r = a << b
                elif op == '>>': r = a >> b
                elif op == '&': r = a & b
                elif op == '|': r = a | b
                elif op == '^': r = a ^ b
                elif op == '<': r = a < b
                elif op == '<=': r = a <= b
                elif op == '==': r = a == b
                elif op == '!=': r = a != b
                elif op == '>': r = a > b
                else: r = a >= b
                print(repr(a), op, repr(b), '=', show(r))
            except Exception as e:
                print(repr(a), op, repr(b), '!', type(e).__name__, e)
for a in vals:
    try:
        print('un', repr(a), repr(-a), repr(+a), hash(a) if a == a else 'nan')
    except Exception as e:
        print('un', repr(a), '!', type(e).__name__, e)
    try:
        print('inv', repr(~a))
    except Exception as e:
        print('inv', '!', type(e).__name__, e)
    for f in (int, float, bool, abs, round, str):
        try:
            print(f.__name__, repr(f(a)))
        except Exception as e:
            print(f.__name__, '!', type(e).__name__, e)
    for nd in (-2, -1, 0, 1, 2, 5):
        try:
            print('round', repr(a), nd, repr(round(a, nd)))
        except Exception as e:
            print('round', '!', type(e).__name__, e)
    for b in vals[:40]:
        try:
            print('divmod', repr(a), repr(b), repr(divmod(a, b)))
        except Exception as e:
            print('divmod', '!', type(e).__name__, e)
