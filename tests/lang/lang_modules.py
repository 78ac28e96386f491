# Imports and the datetime, decimal and pickle modules (basics; each has its own detailed tests).
import datetime
import datetime as dt
import math, decimal
from datetime import date, timedelta, datetime as DateTime
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation
import pickle

print(datetime.date is dt.date, DateTime is datetime.datetime, decimal.Decimal is Decimal, math.floor(1.5))
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(weeks=9), date(2024, 3, 1) - d, d.replace(day=1))
print(d.strftime("%Y/%m/%d %A %B %j %a %b"), date.fromisoformat("2023-12-31"), date(2023, 1, 1) < d, d == date(2024, 2, 28))
print(max(date(2020, 1, 1), date(2019, 12, 31)), sorted([date(2021, 5, 5), date(2020, 1, 1)]), date.min, date.max)
t = DateTime(2024, 1, 15, 12, 30, 45, 123456)
print(t, repr(t), t.date(), t.time(), t.hour, t.minute, t.second, t.microsecond, t.isoformat(), t.isoformat(" "))
print(t + timedelta(hours=12), t - DateTime(2024, 1, 1), t.replace(microsecond=0), t.strftime("%H:%M:%S %p %I %y"))
print(DateTime.fromisoformat("2024-01-15T08:00:00"), DateTime(2024, 1, 1) < t, DateTime.combine(d, dt.time(9, 5)))
print(DateTime.strptime("2024-03-05 07:08", "%Y-%m-%d %H:%M"), dt.time(23, 59, 59), dt.time(1, 2, 3, 4))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), -td, td * 2, td / 2, td // 3)
print(timedelta(0), timedelta(hours=-1), timedelta(days=-1, seconds=1), timedelta(weeks=1) == timedelta(days=7), abs(timedelta(hours=-5)))
print(timedelta(hours=25) > timedelta(days=1), timedelta(minutes=90) / timedelta(hours=1), timedelta(seconds=3600) // timedelta(minutes=7))
print(f"{d:%d.%m.%Y}", f"{t:%Y-%m-%d}", "{:%H:%M}".format(t), str(DateTime(2024, 1, 1)), bool(timedelta(0)))
for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: DateTime(2024, 1, 1, 24), lambda: d - 1, lambda: date.fromisoformat("2024-1-1")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

a = Decimal("1.10")
b = Decimal("2.205")
print(a, repr(a), a + b, a * b, b - a, b / a, a * 3, -a, abs(Decimal("-1.5")), a == Decimal("1.1"), a < b)
print(Decimal(10), Decimal("0.1") + Decimal("0.2"), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal(1) / Decimal(3))
print(b.quantize(Decimal("0.01")), b.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.5").quantize(Decimal("1")), Decimal("3.5").quantize(Decimal("1")))
print(Decimal("1.23E+5"), Decimal("-0"), Decimal("100").normalize(), Decimal("1.500").normalize())
sign, digits, exponent = Decimal("12.345").as_tuple()  # DecimalTuple repr is a known gap
print(sign, digits, exponent)
print(str(Decimal("1e-7")), Decimal("123.456").to_integral_value(), int(Decimal("-7.9")), float(Decimal("2.5")), round(Decimal("2.675"), 2))
print(sum([Decimal("0.10")] * 3), max(Decimal("1"), Decimal("1.0")), sorted([Decimal("2"), Decimal("1.5")]), Decimal("7") // Decimal("2"), Decimal("7") % Decimal("-2"))
print(f"{Decimal('1234.5'):,.2f}", "{:>8}".format(Decimal("3.14")), Decimal("1.1") + 1, 2 * Decimal("0.5"), Decimal("10") ** 2)
for bad in (lambda: Decimal("abc"), lambda: Decimal("1") / 0, lambda: Decimal("1.5") + 1.5, lambda: Decimal("0") / Decimal("0")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

data = {"name": "kata", "nums": [1, 2, 3], "nested": {"t": (1, "two"), "s": {3}}, "none": None, "f": 1.5, "big": 2 ** 100, "b": b"raw"}
blob = pickle.dumps(data)
back = pickle.loads(blob)
print(type(blob).__name__, back == data, back, back is data)
print(pickle.loads(pickle.dumps([d, t, td, a])))
print(pickle.loads(pickle.dumps("é" * 3)), pickle.loads(pickle.dumps((True, False, 0, -1, 255, 65536))))
print(pickle.dumps(1), pickle.dumps("a"), pickle.dumps([]), pickle.dumps(None), pickle.dumps((1, 2)), pickle.dumps(True))
try:
    pickle.loads(b"not a pickle")
except Exception as e:
    print(type(e).__name__)
try:
    import no_such_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
