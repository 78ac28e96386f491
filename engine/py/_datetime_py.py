"""The parts of the (native) datetime module written in kata Python:
IsoCalendarDate, what date.isocalendar() returns (CPython 3.9+: a
(year, week, weekday) tuple with those names as attributes, whose repr
names them and which pickles as a plain tuple), and timetuple() /
utctimetuple(), which give time.struct_time."""


class _Field:
    """A read-only member, as CPython's (a C getset): its own message."""

    def __init__(self, index, name):
        self.index = index
        self.name = name

    def __get__(self, obj, cls=None):
        return self if obj is None else obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of 'datetime.IsoCalendarDate' objects is not writable" % self.name)

    def __delete__(self, obj):
        self.__set__(obj, None)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = _Field(0, "year")
    week = _Field(1, "week")
    weekday = _Field(2, "weekday")

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self

    def __reduce__(self):
        return (tuple, (tuple(self),))


IsoCalendarDate.__module__ = "datetime"


def timetuple(d):
    """date.timetuple() and datetime.timetuple(): tm_isdst is -1 for a
    date or a naive datetime, else from tzinfo.dst()."""
    import time
    from datetime import date
    yday = d.toordinal() - date(d.year, 1, 1).toordinal() + 1
    if hasattr(d, "hour"):
        hms = (d.hour, d.minute, d.second)
        dst = d.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
    else:
        hms = (0, 0, 0)
        isdst = -1
    return time.struct_time((d.year, d.month, d.day) + hms + (d.weekday(), yday, isdst))


def utctimetuple(dt):
    """datetime.utctimetuple(): an aware one moved to UTC first; tm_isdst 0."""
    import time
    from datetime import date
    offset = dt.utcoffset()
    if offset:
        dt = dt - offset
    yday = dt.toordinal() - date(dt.year, 1, 1).toordinal() + 1
    return time.struct_time((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                             dt.weekday(), yday, 0))
