# Decimal.as_integer_ratio(): zeros of any exponent are (0, 1) (1 / Decimal('Infinity')
# is 0E-1000026) and powers of ten past the int string digit limit work.
from decimal import Decimal
for s in ['0E-1000', '0E+1000', '-0E-7', '1E-1000', '0E-100000', '0E-1000026', '1E+5000', '-12.5E+3', '-0.000120', '7E-5000', '123456789012345678901234567890E-40', '25E-2', '-0']:
    r = Decimal(s).as_integer_ratio()
    print(s, r if abs(r[0]) < 10**40 and r[1] < 10**40 else (len(str(r[0])) if abs(r[0]) < 10**4000 else 'huge', r[1] if r[1] < 10**40 else r[1].bit_length()))
print(repr(1 / Decimal('Infinity')), (1 / Decimal('Infinity')).as_integer_ratio())
