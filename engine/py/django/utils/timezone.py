"""django.utils.timezone with USE_TZ = False (as the kata settings): now()
is the naive local time, which `ormkata run --now` can freeze."""
import datetime

utc = datetime.timezone.utc


def now():
    return datetime.datetime.now()


def is_aware(value):
    return value.utcoffset() is not None


def is_naive(value):
    return value.utcoffset() is None


def localdate(value=None, timezone=None):
    return localtime(value, timezone).date()


def localtime(value=None, timezone=None):
    """Django's: a naive value (now() is naive here) cannot be converted."""
    if value is None:
        value = now()
    if is_naive(value):
        raise ValueError("localtime() cannot be applied to a naive datetime")
    return value.astimezone(timezone or utc)


def make_aware(value, timezone=None):
    return value.replace(tzinfo=timezone or utc)


def make_naive(value, timezone=None):
    return value.replace(tzinfo=None)


def get_current_timezone():
    return utc


def get_default_timezone():
    return utc
