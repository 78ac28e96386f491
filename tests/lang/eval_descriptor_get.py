# __get__ of the built-in descriptors (function, property, classmethod,
# staticmethod, and through a bound method its function's), called by
# hand as functools.partialmethod and singledispatchmethod do;
# types.MethodType(callable, instance); classmethod/staticmethod's repr
# and the attributes they take from their function (3.10+) (a builtin
# function has a __doc__: CPython's text, None here); an exception
# from __set_name__ during class creation; a tuple's hash at the deepest
# frame.
import types


class K:
    def __init__(self, v):
        self.v = v

    def m(self, x=0):
        return ("m", self.v, x)

    @property
    def p(self):
        return self.v * 2

    @classmethod
    def c(cls, x=0):
        return ("c", cls.__name__, x)

    @staticmethod
    def s(x=0):
        return ("s", x)

    def __repr__(self):
        return "K(%r)" % self.v


class Sub(K):
    pass


def free(self, y):
    return ("free", self, y)


k = K(3)
d = K.__dict__
print(hasattr(free, "__get__"), hasattr(d["p"], "__get__"), hasattr(d["c"], "__get__"), hasattr(d["s"], "__get__"))
print(hasattr(len, "__get__"), hasattr(k.m, "__get__"))
bound = free.__get__(k, K)
print(type(bound).__name__, bound.__self__ is k, bound.__func__ is free, bound(1))
print(free.__get__(None, K) is free, free.__get__(k)(2), free.__get__(5, int)(3))
print(d["m"].__get__(k)(4), d["p"].__get__(k, K), d["p"].__get__(None, K) is d["p"])
print(d["c"].__get__(None, Sub)(5), d["c"].__get__(k)(6), d["c"].__get__(k, Sub)(7))
print(d["s"].__get__(None, K)(8), d["s"].__get__(k, K) is K.s)
print(k.m.__get__(None, K) is d["m"], type(k.m.__get__(K(9), K)).__name__)
for args in [(), (None,), (None, None), (1, 2, 3)]:
    try:
        free.__get__(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    d["p"].__get__(None, None)
except TypeError as e:
    print("TypeError", e)
try:
    free.__get__(k, owner=K)
except TypeError as e:
    print("TypeError", e)
print(type(free).__get__(free, 1)(2), property.__get__(d["p"], K(5)), classmethod.__get__(d["c"], None, Sub)())
for call in [lambda: type(free).__get__(), lambda: type(free).__get__(5, None, int),
             lambda: property.__get__(5, 1), lambda: staticmethod.__get__(d["c"], 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class Callable:
    def __call__(self, *args):
        return ("called", args)


m = types.MethodType(Callable(), k)
print(type(m).__name__, m.__self__ is k, type(m.__func__).__name__, m(1, 2))
m2 = types.MethodType(free, "inst")
print(m2(0), m2.__func__ is free, types.MethodType(free, k) == types.MethodType(free, k))
print(types.MethodType(len, [1, 2, 3])())
for args in [(), (free,), (free, None), (1, 2), (free, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    types.MethodType(free, instance=1)
except TypeError as e:
    print("TypeError", e)


def annotated(a: int) -> str:
    "Doc of annotated."
    return str(a)


cm, sm = classmethod(annotated), staticmethod(annotated)
print(repr(cm).split(" at 0x")[0], repr(sm).split(" at 0x")[0])
print(repr(classmethod(len)), repr(staticmethod(abs)), str(staticmethod(abs)))
for w in (cm, sm):
    print(w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__, w.__wrapped__ is annotated)
print(staticmethod(len).__name__, classmethod(len).__qualname__)
print(hasattr(len, "__doc__"), hasattr([].append, "__doc__"), type(staticmethod(len).__doc__).__name__ in ("str", "NoneType"))
try:
    classmethod(len).__annotations__
except AttributeError as e:
    print("AttributeError", e)


class Named:
    def __init__(self, fail):
        self.fail = fail

    def __set_name__(self, owner, name):
        if self.fail:
            raise ValueError("no name for " + name)
        self.name = owner.__name__ + "." + name


class Fine:
    x = Named(False)


print(Fine.x.name)
try:
    class Broken:
        ok = Named(False)
        bad = Named(True)
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
try:
    class BadKey:
        locals()[7] = Named(False)
except Exception as e:
    print(type(e).__name__, e)


def deepest(n, probe):
    # n at the deepest frame, where hashing the tuple must work too
    try:
        return deepest(n + 1, probe)
    except RecursionError:
        return n, {(probe, "s", 1)} is not None


print(deepest(0, object()), deepest(0, K(1)), deepest(0, 1))
