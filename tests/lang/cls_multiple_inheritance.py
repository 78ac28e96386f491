# Multiple inheritance: C3 MRO, cooperative super(), mixins over builtins,
# __bases__/__base__/__mro__/mro(), isinstance/issubclass, and CPython's errors.

class A:
    def who(self):
        return ["A"]
    def greet(self):
        return "A.greet"

class B(A):
    def who(self):
        return ["B"] + super().who()

class C(A):
    def who(self):
        return ["C"] + super().who()
    def greet(self):
        return "C.greet"

class D(B, C):
    def who(self):
        return ["D"] + super().who()

d = D()
print(d.who(), d.greet())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__)
print(isinstance(d, B), isinstance(d, C), isinstance(d, A), issubclass(D, C), issubclass(C, D))
print(type(d) is D, type(d).__name__)

# cooperative __init__ with keyword arguments
class Base:
    def __init__(self, **kw):
        self.rest = kw

class Named(Base):
    def __init__(self, name=None, **kw):
        self.name = name
        super().__init__(**kw)

class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        super().__init__(**kw)

class Person(Named, Aged):
    pass

p = Person(name="Ann", age=31, extra=1)
print(p.name, p.age, p.rest, [k.__name__ for k in Person.__mro__])

# mixins: on top of object, of builtins, of exceptions
class ReprMixin:
    def __repr__(self):
        return f"<{type(self).__name__} {self.describe()}>"
    def describe(self):
        return "?"

class Point(ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def describe(self):
        return f"{self.x},{self.y}"

print(repr(Point(1, 2)), [Point(3, 4)])

class CountingList(ReprMixin, list):
    def describe(self):
        return f"{len(self)} items"

cl = CountingList([1, 2, 3])
cl.append(4)
print(cl, len(cl), sum(cl), isinstance(cl, list), CountingList.__base__, CountingList.__bases__)
print([k.__name__ for k in CountingList.__mro__])

class ListFirst(list, ReprMixin):
    pass

lf = ListFirst([1])
print(repr(lf), lf.describe(), ListFirst.__base__, [k.__name__ for k in ListFirst.__mro__])

class AttrDict(dict, ReprMixin):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

ad = AttrDict(a=1)
print(ad.a, ad, ad.describe())

class LoggedError(ReprMixin, Exception):
    def describe(self):
        return str(self.args)

try:
    raise LoggedError("boom", 2)
except Exception as e:
    print(type(e).__name__, e, repr(e), e.args, isinstance(e, ReprMixin))
print([k.__name__ for k in LoggedError.__mro__], LoggedError.__base__)

class ErrorFirst(ValueError, ReprMixin):
    pass

try:
    raise ErrorFirst("bad")
except ValueError as e:
    print("caught", repr(e), str(e), e.describe())

# attribute lookup order and class attributes
class X:
    tag = "X"
    def f(self): return "X.f"
class Y:
    tag = "Y"
    other = "Y.other"
    def f(self): return "Y.f"
    def g(self): return "Y.g"
class Z(X, Y):
    pass
z = Z()
print(z.tag, z.other, z.f(), z.g(), Z.tag)
Y.late = "added later"
print(z.late)
X.f = lambda self: "X.f patched"
print(z.f())

# super() with explicit arguments, in classmethods, and on the class
class P1:
    @classmethod
    def make(cls):
        return ["P1", cls.__name__]
    @staticmethod
    def s():
        return "P1.s"
class P2:
    @classmethod
    def make(cls):
        return ["P2", cls.__name__]
class Q(P1, P2):
    @classmethod
    def make(cls):
        return ["Q"] + super().make()
print(Q.make(), Q.s(), super(P1, Q).make())

class M1:
    def m(self): return "M1"
class M2:
    def m(self): return "M2"
class M3(M1, M2):
    def m(self): return super(M1, self).m()
print(M3().m())

# properties and __init_subclass__ from a mixin
class Registered:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registered.registry.append(cls.__name__)
    @property
    def kind(self):
        return type(self).__name__.lower()

class Thing:
    pass

class Widget(Registered, Thing):
    pass

class Gadget(Thing, Registered):
    pass

print(Registered.registry, Widget().kind, Gadget().kind)

# type() with several bases
T = type("T", (B, C), {"extra": 1})
print(T().who(), T.extra, [k.__name__ for k in T.__mro__])

# a metaclass shared by both bases
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["made_by"] = "Meta"
        return super().__new__(mcs, name, bases, ns)
class MA(metaclass=Meta):
    pass
class MB(metaclass=Meta):
    pass
class MC(MA, MB):
    pass
print(type(MC).__name__, MC.made_by, [k.__name__ for k in MC.__mro__])

# deeper diamond
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass
print([k.__name__ for k in Aa.__mro__])

# dunder methods from the second base
class Eq:
    def __eq__(self, other):
        return type(self) is type(other)
    __hash__ = None
class Sized:
    def __len__(self):
        return 7
    def __iter__(self):
        return iter([1, 2])
class Both(Sized, Eq):
    pass
print(Both() == Both(), len(Both()), list(Both()), Both.__hash__)

# errors, as CPython words them
def attempt(make):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

def dup():
    class K(A, A): pass
def order():
    class K(A, B): pass
def layout():
    class K(dict, list): pass
def layout2():
    class K(int, str): pass
def obj_first():
    class K(object, A): pass
def not_base():
    class K(bool, A): pass
def via_type():
    type("K", (dict, list), {})
def via_type_order():
    type("K", (A, D), {})
for make in (dup, order, layout, layout2, obj_first, not_base, via_type, via_type_order):
    attempt(make)

class Bad1(B, C): pass
class Bad2(C, B): pass
def crossed():
    class Bad3(Bad1, Bad2):
        pass
attempt(crossed)
print([k.__name__ for k in Bad2.__mro__])

# bases unpacked from an iterable
mixins = [ReprMixin, Thing]
class Unpacked(*mixins):
    def describe(self):
        return "unpacked"
print(Unpacked(), Unpacked.__bases__, [k.__name__ for k in Unpacked.__mro__])

# PEP 560: a base that is not a class may stand for others (__mro_entries__)
class Entries:
    def __mro_entries__(self, bases):
        return (dict, ReprMixin)
class FromEntries(Entries(), Thing):
    pass
print(FromEntries.__bases__, type(FromEntries.__orig_bases__[0]).__name__, FromEntries(a=1))
class BadEntries:
    def __mro_entries__(self, bases):
        return [dict]
def bad_entries():
    class K(BadEntries()):
        pass
attempt(bad_entries)

# exceptions of the same layout mix; their MRO and str() are CPython's
class KeyValueError(KeyError, ValueError):
    pass
try:
    raise KeyValueError("k")
except ValueError as e:
    print(repr(e), str(e), [k.__name__ for k in KeyValueError.__mro__], KeyValueError.__base__)
