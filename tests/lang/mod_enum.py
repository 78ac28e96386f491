# enum: Enum, IntEnum, StrEnum, auto, unique, str/int mixins, lookups and errors.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique
import copy
import pickle


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # an alias of RED

    def describe(self):
        return '%s is %d' % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.GREEN

    @property
    def warm(self):
        return self is Color.RED


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(str(Color.GREEN), f"{Color.GREEN}", format(Color.GREEN, '>14') + '|', '%s' % Color.BLUE)
print(repr(Color), Color, type(Color), type(Color.RED))
print(Color(1), Color(1) is Color.RED, Color['GREEN'], Color(Color.BLUE))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color['CRIMSON'])
print(Color.__members__)
print(list(Color.__members__), len(Color.__members__), 'CRIMSON' in Color.__members__)
print([(n, m.value) for n, m in Color.__members__.items()])
print(Color._member_names_)
print(Color.RED.describe(), Color.default(), Color.RED.warm, Color.BLUE.warm)
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(Color.RED is Color.CRIMSON, Color.RED == Color.CRIMSON)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(type(Color) is enum.EnumType, enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta))
print(bool(Color), bool(Color.RED))
print(Color.RED.__class__ is Color, Color.RED._name_, Color.RED._value_)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
print(Color.RED.__reduce_ex__(4))
print({c: c.value for c in Color})

for bad in [4, 'RED', None]:
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Color.GREEN
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 9
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class MoreColor(Color):
        PINK = 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Enum):
        _hidden_ = 1
except ValueError as e:
    print(type(e).__name__, e)
Color.note = 'fine'
print(Color.note)


class Shape(Enum):
    pass


class Square(Shape):
    SIDES = 4
print(len(Shape), list(Square), isinstance(Square.SIDES, Shape))


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3

print(Num.ONE, repr(Num.ONE), str(Num.TWO), f"{Num.THREE}", format(Num.TWO, '03d'))
print(Num.ONE + 1, Num.TWO * Num.THREE, Num.ONE == 1, Num.ONE < Num.TWO, Num.THREE > 2)
print(Num(2), repr(Num(2)), Num['THREE'], isinstance(Num.ONE, int), isinstance(Num.ONE, Enum))
print(issubclass(Num, int), issubclass(Num, IntEnum), issubclass(IntEnum, Enum), issubclass(Num, Enum))
print(hash(Num.ONE) == hash(1), sorted([Num.THREE, 0, Num.ONE]), [1, 2, 3][Num.ONE])
print(int(Num.TWO), Num.TWO.value, Num.TWO.name, list(Num), repr(IntEnum))
try:
    Num(7)
except ValueError as e:
    print(type(e).__name__, e)


class Method(StrEnum):
    GET = auto()
    POST = 'post'
    DELETE = auto()

print(Method.GET, repr(Method.GET), Method.POST.upper(), Method.DELETE == 'delete')
print(f"[{Method.POST:>6}]", Method('get'), Method.GET + '!', isinstance(Method.GET, str))
print(list(Method), '%s' % Method.POST)
try:
    class Broken(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)


class Mixed(str, Enum):
    A = 'apple'
    B = 'banana'

print(Mixed.A, repr(Mixed.A), f"{Mixed.B}", Mixed.A == 'apple', Mixed('banana'), Mixed.A.upper())
print(isinstance(Mixed.A, str), isinstance(Mixed.A, Enum), issubclass(Mixed, Enum))


class IntMixed(int, Enum):
    LOW = 10
    HIGH = 20

print(IntMixed.LOW, repr(IntMixed.HIGH), IntMixed.LOW + 5, IntMixed(20))


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()

print(list(Ordinal), repr(auto(5)))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()

print(list(Lower))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.radius, Planet((5.976e+24, 6.37814e6)))


class Coin(Enum):
    PENNY = 1
    NICKEL = 5

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

print(Coin('penny'), Coin(5))
try:
    Coin(3)
except ValueError as e:
    print(type(e).__name__, e)


@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))
try:
    @unique
    class Dupes(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
Sizes = IntEnum('Sizes', [('S', 1), ('M', 5)])
print(list(Sizes), Sizes.M + 1)
Pets = Enum('Pets', {'DOG': 'd', 'CAT': 'c'})
print(Pets('c'), Pets.DOG.value)
