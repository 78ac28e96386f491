import datetime
from datetime import date, datetime as DT, time, timedelta, timezone

d = date(2010, 3, 14)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal())
print(date.fromordinal(733845), date.fromisoformat('2024-01-15'), date.fromisoformat('20240115'))
print(d.isoformat(), d.replace(day=1), d.replace(year=2012, month=2, day=29))
print(d.strftime('%Y-%m-%d %H:%M:%S %f %b %B %a %A %j %y %p %I %%'))
print(d.ctime(), format(d, '%d/%m/%Y'), f'{d}', f'{d:%A}')
print(d + timedelta(days=20), d - timedelta(days=20), d - date(2010, 1, 1), timedelta(1) + d)
print(d < date(2011, 1, 1), d == date(2010, 3, 14), d != date(2010, 3, 14), d >= d)
print(hash(d) == hash(date(2010, 3, 14)), len({d, date(2010, 3, 14)}))
print(date.min, date.max, repr(date.resolution))
for args in [(0, 1, 1), (2020, 13, 1), (2020, 2, 30), (2021, 2, 29), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
for bad in ['2020-13-01', '2020-1-1', 'x', '2020-02-30']:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print('TypeError', e)
try:
    date.max + timedelta(1)
except OverflowError as e:
    print('OverflowError', e)
try:
    date(2020, 1, 1) < DT(2020, 1, 1)
except TypeError as e:
    print('TypeError', e)
print(date(2020, 1, 1) == DT(2020, 1, 1))

t = DT(2024, 1, 15, 12, 0)
print(t, repr(t), t.isoformat(), t.isoformat(' '), t.isoformat(timespec='minutes'))
print(repr(DT(2024, 1, 15, 12, 30, 5)), repr(DT(2024, 1, 15, 12, 30, 5, 250)))
print(DT(2024, 1, 15, 12, 30, 5, 250).isoformat(timespec='milliseconds'))
print(t.date(), t.time(), repr(t.time()), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(t + timedelta(hours=13), t - timedelta(days=400), t - DT(2024, 1, 1))
print(DT.combine(date(2024, 1, 15), time(8, 30)), DT.fromisoformat('2024-01-15T12:00:00.5+01:00'))
print(repr(DT.fromisoformat('2024-01-15 12:00:00Z')), repr(DT.fromisoformat('2024-01-15')))
print(DT.min, DT.max, isinstance(t, date), isinstance(d, DT))
print(t.strftime('%c | %x | %X | %U %W | %e'))
u = DT(2024, 1, 15, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.utcoffset(), u.tzname(), u.isoformat())
p1 = DT(2024, 1, 15, 13, 0, tzinfo=timezone(timedelta(hours=1)))
print(p1, u == p1, u - p1, p1.astimezone(timezone.utc), hash(u) == hash(p1))
print(p1.strftime('%z %Z'), u.strftime('%z %Z'), t.strftime('[%z][%Z]'))
print(t == u)
try:
    t < u
except TypeError as e:
    print('TypeError', e)
try:
    t - u
except TypeError as e:
    print('TypeError', e)
for args in [(2020, 1, 1, 24), (2020, 1, 1, 1, 60), (2020, 1, 1, 1, 1, 60), (2020, 1, 1, 1, 1, 1, 10**6)]:
    try:
        DT(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    DT(2020, 1, 1, tzinfo=1)
except TypeError as e:
    print('TypeError', e)
print(t.replace(hour=1, tzinfo=timezone.utc), u.replace(tzinfo=None))
print(u.timestamp(), DT.fromtimestamp(0, timezone.utc))

tm = time(12, 30)
print(tm, repr(tm), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4), time.fromisoformat('12:30:15'))
print(tm < time(13), tm.replace(minute=0), tm.isoformat('seconds'), tm.strftime('%H.%M'), bool(time()))
print(repr(time(1, 2, tzinfo=timezone.utc)), time(1, 2, tzinfo=timezone.utc))

print(timezone.utc, repr(timezone.utc), repr(timezone(timedelta(hours=1))))
print(repr(timezone(timedelta(hours=1), 'CET')), str(timezone(timedelta(hours=-1, minutes=-30))))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=2)) == timezone(timedelta(hours=2)))
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print('ValueError', e)
try:
    timezone(5)
except TypeError as e:
    print('TypeError', e)
