# abc: ABC, ABCMeta, abstractmethod with property/classmethod/staticmethod,
# the instantiation TypeError (3.11 wording), register() and __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)

sq = Square(3)
print(sq.area(), sq.perimeter(), sq.describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
print(isinstance(sq, Shape), issubclass(Square, Shape), issubclass(Square, ABC), isinstance(sq, ABC))
print(type(Shape) is ABCMeta, type(ABC), isinstance(Shape, ABCMeta))
print(Shape.area.__isabstractmethod__, getattr(Square.area, '__isabstractmethod__', False))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Base):
    @property
    def name(self):
        return 'impl'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper():
        return 'help'


i = Impl.create()
print(i.name, Impl.helper(), sorted(Impl.__abstractmethods__))


class OnlyName(Base):
    name = 'plain'


try:
    OnlyName()
except TypeError as e:
    print(type(e).__name__, e)


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(int, Sized))


class Registry(ABC):
    pass


class Outside:
    pass


print(Registry.register(Outside) is Outside)
print(isinstance(Outside(), Registry), issubclass(Outside, Registry), issubclass(int, Registry))
Registry.register(tuple)
print(isinstance((1,), Registry), isinstance([1], Registry))
try:
    Registry.register(3)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(ABC):
    def go(self):
        return 'go'


print(Plain().go(), Plain.__abstractmethods__ == frozenset())


class Late(ABC):
    pass


Late.extra = abstractmethod(lambda self: None)
print(Late() is not None)
abc.update_abstractmethods(Late)
try:
    Late()
except TypeError as e:
    print(type(e).__name__, e)
Late.__abstractmethods__ = frozenset()
print(type(Late()).__name__)


class WithInit(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def run(self):
        ...


try:
    WithInit(1)
except TypeError as e:
    print(type(e).__name__, e)
