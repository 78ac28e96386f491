# functools.cached_property: computed once per instance and stored in its
# __dict__ (so assignment and del work as on a plain attribute), the
# descriptor itself on the class, __set_name__ and its errors, instances
# without a usable __dict__, exceptions, subclasses.
import types
from functools import cached_property


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        "Area of the circle."
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(vars(c))
print(c.area, c.area, c.computed)
print(vars(c))
c.r = 10
print(c.area, c.computed)
del c.area
print(c.area, c.computed)
c.area = "set by hand"
print(c.area, c.computed)
del c.area
try:
    del c.area
except AttributeError as e:
    print("AttributeError", e)
print(c.area, c.computed)
other = Circle(1)
print(other.area, other.computed, c.area)

prop = Circle.area
print(type(prop).__name__, type(prop).__module__, prop is Circle.__dict__["area"])
print(prop.attrname, prop.__doc__, prop.func.__name__, prop.func(Circle(3)))
print(prop.__get__(None, Circle) is prop, prop.__get__(Circle(4)))
print(hasattr(prop, "__set__"), hasattr(prop, "__delete__"), hasattr(prop, "__set_name__"))
print(cached_property[int], cached_property.__name__)


def compute(self):
    return 42


class Late:
    pass


Late.value = cached_property(compute)
try:
    Late().value
except TypeError as e:
    print("TypeError", e)
print(Late.value.attrname)
Late.value.__set_name__(Late, "value")
late = Late()
print(late.value, vars(late))
try:
    Late.value.__set_name__(Late, "other")
except TypeError as e:
    print("TypeError", e)
Late.value.__set_name__(Late, "value")

shared = cached_property(compute)
try:
    class Twice:
        first = shared
        second = shared
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)
print(shared.attrname)


class Reuse:
    first = shared


print(Reuse().first)


class NoDict:
    @property
    def __dict__(self):
        raise AttributeError("no __dict__ here")

    @cached_property
    def val(self):
        return 1


try:
    NoDict().val
except TypeError as e:
    print("TypeError", e, e.__cause__, e.__suppress_context__)


class ReadOnlyDict:
    @property
    def __dict__(self):
        return types.MappingProxyType({})

    @cached_property
    def val(self):
        return 2


try:
    ReadOnlyDict().val
except TypeError as e:
    print("TypeError", e, e.__cause__, e.__suppress_context__)


class Fails:
    tries = 0

    @cached_property
    def boom(self):
        Fails.tries += 1
        raise ValueError("attempt %d" % Fails.tries)


f = Fails()
for i in range(2):
    try:
        f.boom
    except ValueError as e:
        print("ValueError", e, vars(f))


class Override(Circle):
    @cached_property
    def area(self):
        return -1


class Inherit(Circle):
    pass


print(Override(2).area, Override.area.attrname, Circle.area.attrname)
i = Inherit(5)
print(i.area, i.area, i.computed, vars(i))


class WithProperty:
    @cached_property
    def parts(self):
        print("computing parts")
        return [1, 2]

    @property
    def total(self):
        return sum(self.parts)


w = WithProperty()
print(w.total, w.total)
w.parts.append(3)
print(w.total, w.parts is w.__dict__["parts"])
print(getattr(w, "parts"), hasattr(WithProperty(), "parts"))
