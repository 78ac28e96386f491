# enum: class-body errors and edge cases, each caught and printed.
import enum
from enum import Enum, IntEnum, StrEnum, auto


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def reuse():
    class Dup(Enum):
        A = 1
        A = 2
    return Dup

def method_over_member():
    class Dup(Enum):
        A = 1
        def A(self):
            return 0
    return Dup

def extend():
    class Base(IntEnum):
        X = 1
    class More(Base):
        Y = 2
    return More

def bad_int():
    class N(IntEnum):
        A = 'x'
    return N

def bad_str():
    class S(StrEnum):
        A = 1
    return S

attempt('reuse', reuse)
attempt('method', method_over_member)
attempt('extend', extend)
attempt('bad_int', bad_int)
attempt('bad_str', bad_str)


class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = 'tmp'
    tmp = 5

attempt('ignore', lambda: list(Weekday))
attempt('value lookup', lambda: Weekday(2))
attempt('missing', lambda: Weekday(9))
attempt('missing name', lambda: Weekday['SUN'])
attempt('call by name', lambda: Weekday('MON'))
attempt('getattr', lambda: Weekday.SUN)
attempt('members', lambda: list(Weekday.__members__.keys()))
attempt('compare', lambda: Weekday.MON == 1)
attempt('in class', lambda: Weekday.TUE in Weekday)
attempt('dict key', lambda: {Weekday.MON: 1}[Weekday(1)])
attempt('sorted by value', lambda: sorted(Weekday, key=lambda d: -d.value))
attempt('name attr', lambda: [d.name for d in Weekday])


class Unhashable(Enum):
    A = [1, 2]
    B = [3]

attempt('unhashable', lambda: Unhashable([3]))
attempt('unhashable repr', lambda: repr(Unhashable.A))


class Grade(IntEnum):
    A = 90
    B = 80

attempt('int ops', lambda: (Grade.A - Grade.B, Grade.A // 7, max(Grade), min(Grade)))
attempt('int str', lambda: (str(Grade.A), '%d' % Grade.B, '{}'.format(Grade.A)))
attempt('int bad', lambda: Grade(85))


class Auto(StrEnum):
    ALPHA = auto()
    BETA_TWO = auto()

attempt('strenum auto', lambda: [a.value for a in Auto])
attempt('strenum join', lambda: '-'.join(Auto))


class Labelled(Enum):
    X = 1

    @enum.property
    def label(self):
        return 'label of ' + self.name


def set_attr(obj, name, value):
    def go():
        setattr(obj, name, value)
    return go

attempt('enum.property', lambda: Labelled.X.label)
attempt('set label', set_attr(Labelled.X, 'label', 'y'))
attempt('set int value', set_attr(Grade.A, 'value', 1))
attempt('set str name', set_attr(Auto.ALPHA, 'name', 'z'))
attempt('class property', lambda: type(Labelled.__dict__['label']).__name__)


class Ops(Enum):
    ADD = enum.member(lambda a, b: a + b)
    LIMIT = enum.nonmember(10)
    SUB = 2

attempt('member/nonmember', lambda: ([m.name for m in Ops], Ops.LIMIT, Ops.ADD.value(2, 3), len(Ops)))
