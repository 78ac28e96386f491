import pickle
from datetime import date, datetime, timedelta, timezone, time
from decimal import Decimal

values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, -2**31, 2**31,
          -2**63, 2**63, 2**70, -(2**64), 10**40, 0.1, -0.0, 1e300, 'a', '', 'héllo', 'x' * 300,
          b'', b'ab', b'\x00\xff' * 200, (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': [1, 2]}, set(), {1, 2, 3}, frozenset(),
          frozenset({1, 2}), [1, 'a', (1, 2), {'x': 1.5}, None, True, b'xy', {1}, frozenset()],
          list(range(1001)), {i: i for i in range(1002)}, set(range(2001)),
          date(2010, 3, 14), datetime(2024, 1, 15, 12, 0), datetime(2024, 1, 15, 12, 30, 5, 123456),
          datetime(2024, 1, 15, 12, 0, tzinfo=timezone.utc), timedelta(1, 2, 3), timedelta(-1),
          time(12, 30), timezone(timedelta(hours=1)), timezone(timedelta(hours=-2), 'X'),
          Decimal('19.99'), Decimal('-1E+5'), Decimal('NaN'), [date(2020, 1, 1), date(2020, 1, 2)],
          'y' * 70000]
for v in values:
    for proto in (4, 2, 3, 5):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (isinstance(v, Decimal) and v.is_nan() and back.is_nan())
        if not same or type(back) is not type(v):
            print('MISMATCH', proto, repr(v)[:60])
    d = pickle.dumps(v)
    print(len(d), d[:80], d[-40:] if len(d) > 80 else b'')

for d in [b'', b'\x80', b'\x80\x04\x95', b'\x80\x04K', b'zz', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.']:
    try:
        print(pickle.loads(d))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads('x')
except TypeError as e:
    print('TypeError', e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print('ValueError', e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
print(pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01(K\x01K\x02K\x03e\x85q\x02Rq\x03.'))
print(pickle.loads(b'(lp0\nI1\naS\'a\'\np1\na.'))
