# Decimal.as_tuple() returns a DecimalTuple: a named tuple of sign, digits
# and exponent, with CPython's repr.
from decimal import Decimal

for text in ["1.5", "-0.001", "100", "0", "-0", "1E+3", "123.4500", "Infinity", "-Infinity", "NaN", "sNaN", "-NaN"]:
    t = Decimal(text).as_tuple()
    print(text, t, repr(t), str(t))
t = Decimal("-12.50").as_tuple()
print(t.sign, t.digits, t.exponent)
sign, digits, exponent = t
print(sign, digits, exponent)
print(t[0], t[1], t[-1], t[1:], len(t))
print(t == (1, (1, 2, 5, 0), -2), isinstance(t, tuple), type(t).__name__)
print(tuple(t), list(t), t._fields)
print(hash(t) == hash((1, (1, 2, 5, 0), -2)))
print({t: "x"}[(1, (1, 2, 5, 0), -2)])
print(Decimal(t) == Decimal("-12.50"), Decimal(t))
print([d.as_tuple().exponent for d in (Decimal("1.25"), Decimal("7"), Decimal("2E+2"))])
print(sorted([Decimal("2.5").as_tuple(), Decimal("-1").as_tuple()]))
print(f"{t}", "%s" % (t,))
