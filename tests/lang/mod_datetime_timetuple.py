# date/datetime.timetuple() and datetime.utctimetuple(): time.struct_time,
# tm_isdst -1 when naive, from dst() when aware; utctimetuple moves an
# aware datetime to UTC; calendar.timegm(dt.utctimetuple()) as learners
# write it.
import calendar
import time
from datetime import date, datetime, timedelta, timezone, tzinfo

print(date(2024, 3, 1).timetuple())
d = datetime(2024, 12, 31, 23, 59, 58)
t = d.timetuple()
print(t, t.tm_yday, t.tm_wday, t[7], tuple(t))
print(d.utctimetuple())
aware = datetime(2024, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=2)))
print(aware.timetuple())
print(aware.utctimetuple())
print(calendar.timegm(aware.utctimetuple()), calendar.timegm(d.utctimetuple()))
print(time.strftime("%Y-%m-%d %H:%M", d.timetuple()))


class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 9 else timedelta(0)


print(datetime(2024, 7, 1, tzinfo=Summer()).timetuple().tm_isdst,
      datetime(2024, 1, 1, tzinfo=Summer()).timetuple().tm_isdst)
print(type(date.today().timetuple()).__name__, date(2000, 2, 29).timetuple().tm_yday)
