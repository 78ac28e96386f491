import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation

print(Decimal('1.10') + Decimal('2.205'), Decimal('1') / Decimal('3'), Decimal('10') / Decimal('4'))
print(repr(Decimal('19.99')), str(Decimal('1E+2')), Decimal('0.0000001'), Decimal('-0'), Decimal(' 1_000.5 '))
print(Decimal(0.1) == Decimal('0.1000000000000000055511151231257827021181583404541015625'))
print(repr(Decimal(0.5)), repr(Decimal(10**30)), repr(Decimal(-7)), repr(Decimal(True)), repr(Decimal((1, (1, 2), -1))))
print(Decimal('NaN'), Decimal('-Infinity'), Decimal('inf'), Decimal('sNaN'), Decimal('nan123'))
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, Decimal('5.5') % -2, divmod(Decimal(7), 2))
print(Decimal(2) ** -2, Decimal('1.10') ** 2, Decimal(10) ** 30, Decimal('1.1') ** 40, 2 ** Decimal(3))
print(Decimal(5) - 1.5 if False else Decimal(5) - 1, 3 * Decimal('1.5'), 1 - Decimal('1.00'))
print(Decimal('1E+100') + Decimal('1E-100'), Decimal('99999999999999999999999999999') + 1)
print(-Decimal('1.5'), +Decimal('-0'), abs(Decimal('-2.50')))
print(Decimal(1) == 1, Decimal('1.0') == 1.0, Decimal('0.1') == 0.1, Decimal(1) < 1.5, Decimal('2') > 1)
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, sorted([Decimal('2.5'), Decimal(1), Decimal('-3')]))
print(hash(Decimal('1.0')) == hash(1), hash(Decimal('0.5')) == hash(0.5), hash(Decimal('-1.5')) == hash(-1.5))
print({Decimal('1.0'): 'a'}[1], len({Decimal(2), 2, 2.0}))
print(Decimal('2.567').quantize(Decimal('0.01')), Decimal('2.565').quantize(Decimal('0.01')),
      Decimal('2.565').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('2.569').quantize(Decimal('0.01'), ROUND_DOWN))
print(Decimal('1.20').to_integral_value(), Decimal('2.5').to_integral_value(), Decimal('1E+2').normalize(),
      Decimal('100').normalize(), Decimal('1.500').normalize(), Decimal(5).scaleb(-2))
print(int(Decimal('-1.9')), float(Decimal('1.1')), bool(Decimal('0.0')), bool(Decimal('0.1')), round(Decimal('2.5')),
      round(Decimal('3.5')), round(Decimal('2.567'), 2), int(Decimal('1E+30')))
print('{:.2f}'.format(Decimal('1.005')), format(Decimal('1234567.5'), ',.2f'), format(Decimal('1.5'), '010'),
      format(Decimal('-1.5'), '=+10'), format(Decimal('123.456'), '.2'), format(Decimal('123.456'), '.2e'),
      format(Decimal('1.5'), '%'), f"{Decimal('3.14159'):.3f}", f"{Decimal('42'):>6}|", format(Decimal('1E+5'), 'f'))
print(Decimal('1.5').is_nan(), Decimal('NaN').is_nan(), Decimal('-1').is_signed(), Decimal(0).is_zero(),
      Decimal('12.34').adjusted(), Decimal('-1.5').copy_abs(), Decimal('1.5').copy_negate(), Decimal(2).sqrt())
print(Decimal('1.5').as_tuple()[1], Decimal('0.1').as_integer_ratio(), Decimal(-1.5).compare(2))
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('abc'), lambda: Decimal(1) % 0,
          lambda: Decimal('1E+999999') * 10, lambda: Decimal('NaN') < 1, lambda: Decimal(1) + 1.5,
          lambda: 1.5 + Decimal(1), lambda: Decimal(1) + 'a', lambda: Decimal([1]),
          lambda: Decimal(1).quantize(Decimal('1E-30')), lambda: int(Decimal('NaN')), lambda: int(Decimal('-Inf')),
          lambda: hash(Decimal('sNaN')), lambda: ~Decimal(1), lambda: format(Decimal(1), 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    Decimal(1) / 0
except ZeroDivisionError:
    print('caught as ZeroDivisionError')
except InvalidOperation:
    print('caught as InvalidOperation')
try:
    Decimal('x')
except decimal.DecimalException as e:
    print('DecimalException', e)
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx.prec)
print(Decimal(1) / Decimal(7), getcontext().prec)
print(decimal.Context(prec=5).create_decimal('1.234567'), decimal.Context(prec=15).create_decimal_from_float(0.1))
print(Decimal(3).quantize(Decimal('0.01'), context=decimal.Context(prec=5)))
