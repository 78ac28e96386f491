# functools.singledispatch and singledispatchmethod: registering by
# annotation (a class or a union), by explicit type, as a call; dispatch()
# through the MRO, ABCs and virtual subclasses; registry; the errors; and
# the method form over plain, class and static methods.
import abc
from functools import singledispatch, singledispatchmethod


@singledispatch
def show(obj, verbose=False):
    "Show something."
    return "object:" + type(obj).__name__


@show.register
def _(obj: int, verbose=False):
    return "int:%d" % obj


@show.register(list)
def _show_list(obj, verbose=False):
    return "list of %d" % len(obj)


@show.register
def _(obj: str | bytes, verbose=False):
    return "text:" + repr(obj)


def show_float(obj, verbose=False):
    return "float" + ("!" if verbose else "")


print(show.register(float, show_float) is show_float)
print(_show_list.__name__, show_float([1]))

for v in [1, True, "a", b"b", [1, 2], 2.5, None, (1,), {}]:
    print(repr(v), show(v))
print(show(2.5, verbose=True), show(2.5, True))
print(show.__name__, show.__doc__, show.__wrapped__.__name__, show.__wrapped__(1))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(dict) is show.registry[object])
print(show.dispatch(float) is show_float, show.dispatch(list) is _show_list)
print(sorted(k.__name__ for k in show.registry.keys()))
print(len(show.registry), object in show.registry, set in show.registry)
try:
    show()
except TypeError as e:
    print("TypeError", e)
try:
    show.registry[int] = None
except TypeError as e:
    print("TypeError", e)


def no_annotation(obj, verbose=False):
    return 0


try:
    show.register(no_annotation)
except TypeError as e:
    print("TypeError", str(e).split(" at 0x")[0], "...", str(e).split(">")[-1])
try:
    @show.register
    def _(obj: 3):
        return 0
except TypeError as e:
    print("TypeError", e)
try:
    show.register(3, len)
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def _(obj: list[int]):
        return 0
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def _(obj: int | list[int]):
        return 0
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def _(obj: "Undefined"):
        return 0
except NameError as e:
    print("NameError", e)
print(len(show.registry))

# register(cls) returns a decorator; the last registration wins
deco = show.register(tuple)
print(type(deco).__name__, deco.__name__)
deco(lambda obj, verbose=False: "tuple!")
print(show((1, 2)))
show.register(tuple, lambda obj, verbose=False: "tuple again")
print(show((1, 2)))


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


class Cat(Animal):
    pass


@singledispatch
def speak(a):
    return "..."


@speak.register
def _(a: Animal):
    return "animal"


@speak.register
def _(a: Dog):
    return "woof"


print(speak(Animal()), speak(Dog()), speak(Puppy()), speak(Cat()), speak(1))
print(speak.dispatch(Puppy) is speak.dispatch(Dog))


@speak.register
def _(a: Puppy):
    return "yip"


print(speak(Puppy()), speak(Dog()), speak.dispatch(Puppy) is speak.dispatch(Dog))


class Mixin:
    pass


class A1:
    pass


class B1(A1, Mixin):
    pass


@singledispatch
def which(x):
    return "base"


which.register(Mixin, lambda x: "mixin")
print(which(B1()))
which.register(A1, lambda x: "a1")
print(which(B1()), which(Mixin()), which(A1()))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


class Virtual:
    pass


@singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: Shape):
    return "shape"


print(describe(Square()), describe(Virtual()))
Shape.register(Virtual)
print(describe(Virtual()), describe(1))


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        "Negate arg."
        raise NotImplementedError("Cannot negate a " + type(arg).__name__)

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register(bool)
    def _(self, arg):
        return not arg

    @singledispatchmethod
    @classmethod
    def cneg(cls, arg):
        return cls.__name__ + ":?"

    @cneg.register
    @classmethod
    def _(cls, arg: int):
        return cls.__name__ + ":" + str(-arg)

    @singledispatchmethod
    @staticmethod
    def sneg(arg):
        return "s?"

    @sneg.register
    @staticmethod
    def _(arg: float):
        return -arg


n = Negator()
print(n.neg(3), n.neg(True))
try:
    n.neg("x")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Negator.cneg(5), n.cneg("x"), Negator.sneg(2.5), n.sneg(1))
print(Negator.neg.__name__, Negator.neg.__qualname__, Negator.neg.__doc__)
print(Negator.__dict__["neg"].__isabstractmethod__, type(Negator.__dict__["neg"]).__name__)
print(Negator.neg.register is not None, sorted(t.__name__ for t in Negator.__dict__["neg"].dispatcher.registry))


class SubNegator(Negator):
    pass


print(SubNegator.cneg(7), SubNegator().neg(8))
try:
    singledispatchmethod(3)
except TypeError as e:
    print("TypeError", e)
