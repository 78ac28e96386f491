# time — CPython 3.11's `time` for kata Python: the clocks come from the
# native `_time` (engine/mod_time.c: a frozen --now, a virtual sleep()),
# struct_time and the conversions are here.

from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, sleep, timezone, daylight, tzname)
import _time

altzone = timezone
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence '
                            'given)' % len(seq))
        if len(seq) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence '
                            'given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        object.__setattr__(self, '_extra', tuple(seq[9:]) + (None,) * (11 - len(seq)))
        return self

    def __getattr__(self, name):
        if name in _FIELDS:
            return self[_FIELDS.index(name)]
        if name == 'tm_zone':
            return self._extra[0]
        if name == 'tm_gmtoff':
            return self._extra[1]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


def gmtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    t = _time._tm(seconds, False)
    return struct_time(t[:9] + (t[9], t[10]))


def localtime(seconds=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    t = _time._tm(seconds, True)
    return struct_time(t[:9] + (t[9], t[10]))


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if t is None:
        t = localtime()
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    return _time._strftime(format, tuple(t))


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    return _time._mktime(tuple(t))


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    t = tuple(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4],
                                             t[5], t[0])


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))
