"""datetime.IsoCalendarDate, what date.isocalendar() returns (CPython 3.9+):
a (year, week, weekday) tuple with those names as attributes, whose repr
names them and which pickles as a plain tuple. The datetime module is
native; this one class of it is kata Python."""


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
