# __hash__ set on a class after its class statement: None makes instances
# unhashable (dataclass(eq=True) does this), a function makes them hashable
# again; lru_cache on a method of such a class names the class.
from dataclasses import dataclass
from functools import cache


class Plain:
    pass


class WithEq:
    def __eq__(self, other):
        return True


def attempt(label, obj):
    for what, fn in (("hash", lambda: hash(obj) is not None), ("tuple", lambda: hash((obj, 1)) is not None),
                     ("dict", lambda: len({obj: 1})), ("set", lambda: len({(1, obj)}))):
        try:
            print(label, what, fn())
        except TypeError as e:
            print(label, what, "TypeError", e)


attempt("plain", Plain())
Plain.__hash__ = None
attempt("plain=None", Plain())
print(Plain.__hash__, Plain.__dict__["__hash__"])
Plain.__hash__ = lambda self: 42
attempt("plain=42", Plain())
print(hash(Plain()))
del Plain.__hash__
attempt("plain-del", Plain())
attempt("witheq", WithEq())
WithEq.__hash__ = object.__hash__
attempt("witheq=object", WithEq())


class Sub(WithEq):
    pass


attempt("sub", Sub())


@dataclass
class Point:
    x: int
    y: int = 0

    @cache
    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int = 0

    @cache
    def norm1(self):
        return abs(self.x) + abs(self.y)


print(Point.__hash__, FrozenPoint.__hash__ is not None)
attempt("dataclass", Point(1, 2))
attempt("frozen", FrozenPoint(1, 2))
try:
    Point(1, 2).norm1()
except TypeError as e:
    print("TypeError", e)
print(FrozenPoint(1, -2).norm1(), FrozenPoint(1, -2).norm1(), FrozenPoint.norm1.cache_info())
