# Multiple inheritance with the standard library's classes: abc.ABC next to
# another base, a dataclass with a mixin, an Enum with a plain mixin,
# typing.Generic after a base.
from abc import ABC, abstractmethod
from dataclasses import dataclass, asdict
from typing import Generic, TypeVar
import enum

T = TypeVar("T")


class Base:
    def hi(self):
        return "hi from " + type(self).__name__


class Repo(ABC, Base):
    @abstractmethod
    def get(self):
        ...


class R(Repo):
    def get(self):
        return 1


print(R().get(), R().hi(), [k.__name__ for k in R.__mro__])
try:
    Repo()
except TypeError as e:
    print(e)


class Box(Generic[T], Base):
    def __init__(self, v):
        self.v = v


print(Box[int](3).v, Box(4).hi(), isinstance(Box(1), Base))


@dataclass
class DC(Base):
    x: int = 1


class Mixed(DC, Repo):
    def get(self):
        return self.x


m = Mixed(5)
print(m.get(), m, asdict(m), [k.__name__ for k in Mixed.__mro__])


class Shape(Base, enum.Enum):
    SQUARE = 1
    CIRCLE = 2


print(Shape.SQUARE, Shape.SQUARE.hi(), Shape(2), [k.__name__ for k in Shape.__mro__])
print(isinstance(Shape.CIRCLE, Base), isinstance(Shape.CIRCLE, enum.Enum), list(Shape))


class Describe:
    def describe(self):
        return f"{self.name.lower()}={self.value}"


class Level(Describe, enum.IntEnum):
    LOW = 1
    HIGH = 3


print(Level.HIGH.describe(), Level.LOW + 1, Level(3), sorted(Level, reverse=True))
