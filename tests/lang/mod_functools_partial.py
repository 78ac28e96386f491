# functools.partial (flattening, repr, errors, subclasses), partialmethod
# over functions, class and static methods and other partialmethods, and
# update_wrapper/wraps (what they copy, __wrapped__, __dict__).
import copy
import functools
import pickle
from functools import partial, partialmethod, wraps, update_wrapper


def f(a, b=2, *args, **kw):
    return (a, b, args, kw)


p = partial(f, 1, x=1)
print(p(), p(3, 4, y=2), p(x=5))
print(p.func is f, p.args, p.keywords, type(p).__name__)
print(repr(partial(int, base=2)), repr(partial(max, 1, 2)), str(partial(len)))
pp = partial(p, 9, z=3)
print(pp.func is f, pp.args, pp.keywords, pp())
print(repr(partial(partial(int, base=8), "17")), partial(int, base=8)("17"))
for args in [(), (3,), ("text", 1)]:
    try:
        partial(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    partial(func=f)
except TypeError as e:
    print("TypeError", e)
print(partial(f, func=1)(0), partial(f, 1, 2, 3)(4, k=5))


class MyPartial(partial):
    pass


mp = MyPartial(max, 1)
print(repr(mp), type(partial(mp, 2)).__name__, partial(mp, 2).func is mp, mp(5))
print(isinstance(mp, partial), MyPartial(mp, 0).func is max)
tagged = partial(f, 7)
tagged.note = "kept"
print(partial(tagged, 8).func is tagged, tagged.note)
print(partial[int])

# copy, deepcopy and pickle go through __reduce__/__setstate__
p2 = partial(f, 1, b=[2])
p2.note = "kept"
c1, c2 = copy.copy(p2), copy.deepcopy(p2)
print(c1(), c1.note, c1.keywords is p2.keywords, c2.keywords is p2.keywords, c2.keywords == p2.keywords)
red = p2.__reduce__()
print(red[0] is partial, red[1] == (f,), red[2][1:], partial(f).__reduce__()[2][1:])
p3 = pickle.loads(pickle.dumps(partial(f, 5, z=6)))
print(type(p3).__name__, p3.func is f, p3.args, p3.keywords, p3())
for state in ["x", (1, 2), (1, (), None, None), (f, [], None, None), (f, (), 5, None)]:
    try:
        partial(f).__setstate__(state)
    except TypeError as e:
        print("TypeError", e)
p4 = partial(f)
p4.__setstate__((max, (1,), None, None))
print(p4(2), p4.keywords, p4.func is max)


class Holder:
    method = partial(f, 0)


print(Holder().method(1), Holder.method(1))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, extra=None):
        self.alive = bool(state)
        return (state, extra)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra="x")
    again = partialmethod(set_alive, extra="again")

    @classmethod
    def make(cls, n, m=0):
        return (cls.__name__, n, m)

    make3 = partialmethod(make, 3)

    @staticmethod
    def minus(a, b):
        return a - b

    minus10 = partialmethod(minus, 10)
    lam = partialmethod(lambda self, *a, **k: (type(self).__name__, a, k), 1, k=2)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.again())
print(Cell.make3(m=5), c.make3(), Cell.minus10(3), c.minus10(4))
print(c.lam(5, j=6))
print(type(c.set_alive).__name__, c.set_alive.__self__ is c, c.set_alive.args)
print(type(Cell.set_alive).__name__, Cell.set_alive.__name__, Cell.set_alive(c))
print(Cell.set_alive._partialmethod is Cell.__dict__["set_alive"])
pm = Cell.__dict__["set_dead"]
print(pm.func is Cell.__dict__["set_state"], pm.args, pm.keywords, pm.__isabstractmethod__)
print(Cell.__dict__["again"].args, Cell.__dict__["again"].keywords)
print(repr(Cell.__dict__["minus10"]).split(" at 0x")[0])
print(repr(partialmethod(len, 1, k=2)))
try:
    partialmethod(3)
except TypeError as e:
    print("TypeError", e)
print(partialmethod[int])


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


def target(x: int) -> str:
    "target doc"
    return str(x)


target.custom = "c"
w = deco(target)
print(w.__name__, w.__qualname__, w.__doc__, w.__annotations__, w.custom)
print(w.__wrapped__ is target, w(3), sorted(vars(w)))
ww = deco(w)
print(ww.__wrapped__ is w, ww.__wrapped__.__wrapped__ is target, ww.custom)
wr = wraps(target)
print(type(wr).__name__, wr.func is update_wrapper, sorted(wr.keywords), wr.keywords["wrapped"] is target)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def bare():
    pass


print(update_wrapper(bare, target, assigned=("__doc__",), updated=()) is bare)
print(bare.__name__, bare.__doc__, hasattr(bare, "custom"), bare.__wrapped__ is target)


class Obj:
    pass


o = Obj()
update_wrapper(o, target)
print(o.__name__, o.__qualname__, o.custom, o.__annotations__)


def other():
    pass


update_wrapper(other, len)
print(other.__name__, other.__qualname__, other.__wrapped__ is len)
try:
    update_wrapper(other, target, updated=("nothere",))
except AttributeError as e:
    print("AttributeError", e)
print(sorted(functools.__all__))
