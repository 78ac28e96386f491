from datetime import timedelta, date, datetime

td = timedelta(days=1, seconds=7384)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(repr(timedelta(0)), repr(-timedelta(microseconds=1)), str(timedelta(-1, 5, 7)))
print(repr(timedelta(hours=1.5, microseconds=0.5)), repr(timedelta(weeks=1.1, minutes=0.33333)))
print(repr(timedelta(milliseconds=1500, microseconds=-1)), repr(timedelta(days=-1.5)))
print(repr(timedelta(seconds=0.0000005)), repr(timedelta(seconds=0.0000015)), repr(timedelta(microseconds=2.5)))
print(timedelta(1) / 3, timedelta(1) * 0.1, timedelta(1) // timedelta(hours=7))
print(timedelta(1) % timedelta(hours=7), divmod(timedelta(1), timedelta(hours=7)))
print(timedelta(1) / timedelta(hours=7), timedelta(hours=5) * 3, 2 * timedelta(minutes=1))
print(timedelta(1) // 7, timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2)
print(-td, +td, abs(-td), td - timedelta(days=3), td + td)
print(td == timedelta(seconds=93784), td < timedelta(2), td > timedelta(2), td != 1, td == 1)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(hash(td) == hash(timedelta(seconds=93784)))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(timedelta(days=-3, hours=5).total_seconds(), timedelta(microseconds=1).total_seconds())
for f in [lambda: timedelta(days=10**9), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
          lambda: timedelta(1) + 1, lambda: timedelta('1'),
          lambda: timedelta.max + timedelta(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=1)]))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), date(2024, 3, 1) - date(2023, 3, 1))
print(str(timedelta(days=2, microseconds=10)), str(timedelta(days=-2)))
