import calendar
import time
from calendar import TextCalendar, HTMLCalendar


def run(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


# leap years and month lengths
for y in [1, 4, 100, 400, 1600, 1700, 1800, 1900, 1970, 1999, 2000, 2023, 2024, 2100, 2400, 9999]:
    print(y, calendar.isleap(y), [calendar.monthrange(y, m) for m in (1, 2, 3, 12)])
print([calendar.monthrange(2024, m)[1] for m in range(1, 13)])
print([calendar.monthrange(2023, m)[1] for m in range(1, 13)])
for a, b in [(1, 2025), (2000, 2000), (2000, 2001), (2001, 2000), (1900, 2100), (-100, 100), (0, 4)]:
    print(a, b, calendar.leapdays(a, b))

# weekdays, including years outside datetime's range
print([calendar.weekday(2024, 1, d) for d in range(1, 15)])
print(calendar.weekday(1970, 1, 1), calendar.weekday(2000, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31))
for y in [0, -1, -400, 10000, 12345]:
    print(y, calendar.isleap(y), calendar.weekday(y, 3, 1), calendar.monthrange(y, 2))

# errors, with CPython's messages
run(calendar.monthrange, 2024, 0)
run(calendar.monthrange, 2024, 13)
run(calendar.monthrange, 2024, -1)
run(calendar.weekday, 2023, 2, 29)
run(calendar.weekday, 2023, 13, 1)
run(calendar.weekday, 2023, 1, 0)
run(calendar.setfirstweekday, 7)
run(calendar.setfirstweekday, -1)
run(calendar.setfirstweekday, 'x')
run(calendar.month, 2024, 13)
run(calendar.monthcalendar, 2024, 0)
run(calendar.calendar, 2024, 2, 1, 6, 0)
e = calendar.IllegalMonthError(13)
print(repr(e), e.args, e.month, isinstance(e, ValueError), calendar.error is ValueError)
e = calendar.IllegalWeekdayError(9)
print(repr(e), e.args, e.weekday, str(e))
try:
    calendar.monthrange(2024, 99)
except ValueError as e:
    print(type(e).__name__, e, e.month)

# names (English, as CPython's in the C locale)
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr))
print(len(calendar.month_name), len(calendar.day_abbr))
print(calendar.month_name[-1], repr(calendar.month_abbr[0]), calendar.day_name[6], calendar.day_abbr[-7])
print(calendar.month_name[::3], calendar.day_abbr[2:5], calendar.month_abbr[10:])
print('May' in calendar.month_abbr, 'Sun' in calendar.day_abbr, 'sunday' in calendar.day_name)
print({name: i for i, name in enumerate(calendar.month_abbr) if name})
run(lambda: calendar.month_name[13])
run(lambda: calendar.day_name[7])
run(lambda: calendar.day_name['x'])
print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(calendar.January, calendar.February, calendar.mdays, calendar.EPOCH)

# the module-level calendar and its first weekday
print(calendar.firstweekday())
for fw in range(7):
    calendar.setfirstweekday(fw)
    print(calendar.firstweekday(), calendar.weekheader(2), '|', calendar.weekheader(3), '|', calendar.weekheader(1))
    print(calendar.monthcalendar(2024, 2))
    print(calendar.month(2021, 2))
    calendar.prmonth(2023, 12)
    print(calendar.week([(1, 0), (0, 1), (31, 2)], 3) + '|')
    calendar.prweek([(9, 0), (10, 1)], 2)
    print('|')
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9))
calendar.setfirstweekday(calendar.MONDAY)
for w in range(0, 12):
    print(repr(calendar.weekheader(w)))

# month layouts: a February of exactly four weeks, six-week months, the ends of the range
for y, m in [(1, 1), (9999, 12), (2024, 9), (1752, 9), (2015, 2), (2021, 8), (2026, 2)]:
    for w, l in [(0, 0), (3, 1), (4, 2), (9, 1)]:
        print(repr(calendar.month(y, m, w, l)))
print(calendar.month(2024, 2, w=5))
print(calendar.month(2021, 2, l=2))

# year calendars
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 2, 4))
print(calendar.calendar(1, 2, 1, 6, 2))
print(calendar.calendar(2019, 2, 1, 6, 5))
print(calendar.calendar(2019, 2, 1, 6, 13))
print(calendar.calendar(2020, 1, 2, 1, 6))
calendar.prcal(2025)
calendar.prcal(2025, m=1, w=1)

# Calendar / TextCalendar objects with other first weekdays
for fw in [0, 6, 7, -1, 13, 3]:
    c = TextCalendar(fw)
    print(fw, c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
    print(c.formatmonth(2024, 3))
    print(list(c.itermonthdays(2024, 3)))
    print(list(c.itermonthdays2(2024, 2))[:9])
    print(list(c.itermonthdays3(2024, 1))[:9])
    print(list(c.itermonthdays4(2024, 12))[-9:])
    print(c.monthdatescalendar(2024, 2)[0], c.monthdays2calendar(2024, 6)[-1])
    print(c.yeardayscalendar(2024, 5)[2], len(c.yeardatescalendar(2024, 2)), c.yeardays2calendar(2024)[3][2][0])
    print(c.formatweekheader(9), c.formatweekday(3, 10), c.formatweekday(3, 1), c.formatweekday(3, 3))
    print(repr(c.formatmonthname(2024, 5, 20)), repr(c.formatmonthname(2024, 5, 20, False)),
          repr(c.formatmonthname(2024, 5, 3)))
    print(repr(c.formatday(0, 1, 4)), repr(c.formatday(7, 1, 4)), repr(c.formatday(17, 1, 5)), repr(c.formatday(7, 1, 1)))
print(TextCalendar(6).formatyear(2026, 2, 1, 3, 4))
c = TextCalendar()
c.setfirstweekday(calendar.SUNDAY)
print(c.firstweekday, c.formatmonth(2024, 11))
run(lambda: list(c.itermonthdates(1, 1)))
run(lambda: list(c.itermonthdates(9999, 12)))
run(lambda: list(c.itermonthdays3(1, 1))[:3])
run(lambda: list(c.itermonthdays3(9999, 12))[-3:])
run(lambda: c.monthdayscalendar(10000, 1))
run(lambda: calendar.month(0, 1))
run(lambda: calendar.month(-5, 1))
run(calendar.formatstring, ['a', 'bb', 'ccc'], 6, 1)
run(calendar.formatstring, ['a', 'bb', 'ccc'])
calendar.format(['Jan', 'Feb'], 7, 2)


class Marked(TextCalendar):
    """Marks the days that have posts, as a report would."""

    def __init__(self, marked):
        super().__init__(calendar.SUNDAY)
        self.marked = marked

    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        if day in self.marked:
            s = s.replace(' ', '*', 1) if s.startswith(' ') else s + '*'
        return s


print(Marked({1, 15, 29, 31}).formatmonth(2024, 7, 3))

# timegm
run(calendar.timegm, (1970, 1, 1, 0, 0, 0))
run(calendar.timegm, (2024, 2, 29, 23, 59, 59, 3, 60, 0))
run(calendar.timegm, (1969, 12, 31, 23, 59, 59))
run(calendar.timegm, (2024, 1, 0, -1, 61, 3600))
run(calendar.timegm, (2024, 13, 1, 0, 0, 0))
run(calendar.timegm, (2024, 1, 1))
run(calendar.timegm, (2024, 1, 1, 0, 0, 1.5))
run(calendar.timegm, time.gmtime(1714979289))
run(calendar.timegm, time.gmtime(0))

# HTMLCalendar
h = HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2023, 5)[:400])
print(h.formatyear(2023, 0)[:200])
print(h.formatyearpage(2024)[:400])
print(h.formatyearpage(2024, 4, css=None, encoding='ascii')[:300])
print(h.formatweekday(3), h.formatweekheader(), h.formatday(0, 2), h.formatday(15, 6))


class Css(HTMLCalendar):
    cssclasses = ["weekday"] * 5 + ["weekend"] * 2
    cssclass_month = "text-center month"


print(Css().formatmonth(2024, 8))
