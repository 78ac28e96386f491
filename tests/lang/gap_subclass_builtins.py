# Python classes derived from str, list, dict, set and tuple: methods,
# attributes, super() calls into the native type, __missing__, __new__,
# and reprs as CPython prints them.
class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("hi")
print(s, repr(s), s.shout(), type(s).__name__, isinstance(s, str), s + "x", len(s))
s.tag = 5
print(s.tag, vars(s), s == "hi", hash(s) == hash("hi"), {s: 1}["hi"])


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


st = Stack([1, 2])
st.push(3).push(4)
print(st, repr(st), len(st), st.peek(), type(st).__name__, isinstance(st, list), st == [1, 2, 3, 4])
st.name = "s"
print(st.name, st[1:], st + [9], sorted(st, reverse=True), list(st), type(st[1:]).__name__)


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"Named({self.name!r}, {list(self)!r})"


n = Named("xs", range(3))
print(n, n.name, len(n), n[0])
n.extend([7, 8])
print(repr(n), str(n), [n])


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, k):
        self[k] = self.get(k, 0) + 1


c = Counter()
for w in "a b a c a".split():
    c.add(w)
print(c, repr(c), c["a"], len(c), isinstance(c, dict), type(c).__name__, sorted(c.items()))


class AttrDict(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = "e"

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


ad = AttrDict({"x": 1}, y=2)
print(ad, ad.x, ad.y, ad.extra, list(ad.keys()))
try:
    ad.zzz
except AttributeError as e:
    print("AttributeError", e)


class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)


t = Tags([3, 1])
t.add_all(2, 5)
print(sorted(t), repr(Tags()), len(t), 5 in t, type(t).__name__)
print(repr(Tags([1])))


class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))


p = Pair((1, 2))
print(p, repr(p), p.swap(), p[0], len(p), p == (1, 2), hash(p) == hash((1, 2)), type(p.swap()).__name__)
a, b = p
print(a, b)


class L2(Stack):
    pass


l2 = L2([5])
l2.push(6)
l2.k = 1
print(l2, l2.k, isinstance(l2, Stack), L2.__mro__ if False else L2.__name__)
print(Stack.__name__, Stack.__base__ if False else "", issubclass(Stack, list))

class D(dict):
    def __missing__(self, key):
        return key * 2


d = D(a=1)
print(d["zz"], d, d.copy(), type(d.copy()).__name__, d.get("q"), "zz" in d)


class Log(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v.upper())


lg = Log()
lg["x"] = "abc"
print(lg, lg["x"])


class Rev(list):
    def __getitem__(self, i):
        return super().__getitem__(-1 - i)

    def __len__(self):
        return super().__len__() + 100


r = Rev([1, 2, 3])
print(r[0], len(r), list(r))


class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())


u = Upper("abc")
print(u, type(u).__name__, u.lower(), type(u.lower()).__name__)


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = P(3, 4)
print(pt, pt.x, type(pt).__name__)

st = list.__new__(list)
print(st)
try:
    class Bad(list):
        pass
    Bad(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    Bad(x=1)
except TypeError as e:
    print("TypeError", e)
print(Bad("ab"), Bad())
b = Bad([1])
b.__init__([5, 6])
print(b)
s = set([1])
s.__init__([2])
print(s)
dd = {"a": 1}
dd.__init__(b=2)
print(dd)


class Blob(bytes):
    def hexed(self):
        return self.hex()


bl = Blob(b"\x01ab")
bl.note = "n"
print(bl, repr(bl), bl.hexed(), bl.note, len(bl), bl == b"\x01ab", type(bl).__name__, bl[1:])

# a native type's __new__ called on the type itself makes a value
import datetime as _dt
from decimal import Decimal as _D
print(int.__new__(int, 5), str.__new__(str, 7), float.__new__(float, "2.5"), _D.__new__(_D, "1.1"),
      tuple.__new__(tuple, [1]), _dt.date.__new__(_dt.date, 2024, 1, 2))
