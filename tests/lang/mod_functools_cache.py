# functools.lru_cache and cache: hits/misses, LRU eviction order, keys
# (kwargs order, typed, 1 vs 1.0 vs True), unhashable arguments, the
# decorator's forms and errors, cache_info/cache_clear/cache_parameters,
# methods, how often a key's __hash__/__eq__ run, and RecursionError depth.
import copy
import functools
import pickle
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=3)
def sq(x):
    "Square x."
    calls.append(x)
    return x * x


for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    print(x, sq(x), sq.cache_info())
print("computed:", calls)
info = sq.cache_info()
print(info, info.hits, info[1], info.maxsize, info.currsize, info._fields)
print(type(info).__name__, type(info).__module__, repr(type(info)), isinstance(info, tuple))
print(info == (4, 6, 3, 3), info._asdict())
print(sq.cache_parameters(), sq.cache_parameters() is sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
calls.clear()
print(sq(1), sq(1), sq.cache_info(), calls)
print(sq.__name__, sq.__qualname__, sq.__module__, sq.__doc__)
print(sq.__wrapped__ is not sq, sq.__wrapped__(7), sq.cache_info())
print(type(sq).__name__, type(sq).__module__, repr(type(sq)))
print(sorted(vars(sq)))
print(callable(sq), copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
print(sq.__reduce__(), pickle.loads(pickle.dumps(sq)) is sq)

# The order of use decides what is evicted, not the order of insertion.
log = []


@lru_cache(maxsize=2)
def ident(x):
    log.append(x)
    return x


for x in "abacbdab":
    ident(x)
print("lru:", "".join(log), ident.cache_info())

# @lru_cache without parentheses: maxsize 128.
@lru_cache
def plain(a, b=1, *, c=2):
    "plain doc"
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(plain(1), plain(1, 1), plain(1, b=1), plain(b=1, a=1), plain(1, c=2), plain(1))
print(plain.cache_info(), calls)
print(plain.cache_parameters(), plain.__doc__, plain.__name__)

# Keys: one int or str argument is its own key, so f(1) and f(1.0) differ
# while f(1.0) and f(True) share a key.
@lru_cache(maxsize=None)
def show(x):
    calls.append(x)
    return repr(x)


calls.clear()
print(show(1), show(1.0), show(True), show(1), show(1.0), show("1"), show((1,)))
print(show.cache_info(), calls)


@lru_cache(typed=True)
def typed(x, y=0):
    calls.append((x, y))
    return repr(x)


calls.clear()
print(typed(1), typed(1.0), typed(True), typed(1), typed(1.0), typed(1, y=0), typed(1, y=0.0))
print(typed.cache_info(), calls, typed.cache_parameters())

# Unhashable arguments raise before anything is counted (unless maxsize=0).
for bad in ([1], {1: 2}, {1}):
    try:
        show(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    plain(1, c=[2])
except TypeError as e:
    print("TypeError", e)
print(show.cache_info(), plain.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return len(x)


print(nocache([1, 2]), nocache([1, 2]), nocache.cache_info(), nocache.cache_parameters())


@lru_cache(maxsize=-3)
def negative(x):
    return x


print(negative(1), negative(1), negative.cache_info(), negative.cache_parameters())


@lru_cache(True)
def one(x):
    return x


print(one(1), one(2), one(1), one.cache_info(), one.cache_parameters())

for args, kw in [(("3",), {}), ((2.5,), {}), ((len,), {"typed": 1}), ((len,), {"typed": None})]:
    try:
        lru_cache(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print(type(lru_cache(len, False)).__name__, lru_cache(len, True)("ab"))

# Exceptions are not cached; the miss is counted.
@lru_cache(maxsize=4)
def fragile(x):
    calls.append(x)
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x


calls.clear()
for x in (1, -1, -1, 1):
    try:
        print(fragile(x))
    except ValueError as e:
        print("ValueError", e)
print(fragile.cache_info(), calls)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.cache_parameters())
print(fib.__name__, type(fib).__name__, fib.__wrapped__(10))
print([fib(n) for n in range(10)], fib.cache_info().hits)

# keyword order matters to the key
@lru_cache(maxsize=2)
def kw(**k):
    calls.append(k)
    return sorted(k)


calls.clear()
print(kw(a=1, b=2), kw(b=2, a=1), kw(a=1, b=2), kw.cache_info(), calls)

# -1 and -2 have the same hash: still two entries
print(show(-1), show(-2), show(-1), show.cache_info())


# On methods: the instance is part of the key; the wrapper binds like a function.
class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        print("eq", self, other)
        return isinstance(other, A) and self.n == other.n

    @lru_cache(maxsize=2)
    def times(self, k):
        calls.append((self.n, k))
        return self.n * k

    @classmethod
    @lru_cache
    def make(cls, n):
        calls.append(("make", n))
        return cls(n)

    @staticmethod
    @cache
    def double(n):
        calls.append(("double", n))
        return 2 * n


calls.clear()
a, b = A(2), A(3)
print(a.times(10))
print(b.times(10))
print(a.times(10), A.times(a, 10))
print(A.times.cache_info(), calls)
print(A.times is A.__dict__["times"], type(a.times).__name__, a.times.__self__, a.times.__func__ is A.times)
print(repr(a.times))
calls.clear()
print(A.make(4), a.make(4), A.double(5), a.double(5), calls)
print(A.make.__func__.cache_info(), A.double.cache_info())


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


@lru_cache(maxsize=1)
def hv(o, *rest):
    return o.v


print(hv(H(1)))
print(hv(H(1)))
h2 = H(2)
print(hv(h2), hv(h2))
print(hv(H(3), 0))
print(hv.cache_info())

# A call that fills the cache again while it runs.
@lru_cache(maxsize=2)
def reenter(n):
    if n > 0:
        reenter(n - 1)
        reenter(n - 2)
    return n


print(reenter(5), reenter.cache_info())


@lru_cache(maxsize=3)
def clears(n):
    clears.cache_clear()
    return n


print(clears(1), clears(2), clears(1), clears.cache_info())

# One call of the cached function is one level of recursion more.
@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


@lru_cache(maxsize=3)
def depth_kw(n, m=0):
    return 0 if n == 0 else 1 + depth_kw(n - 1, m=m)


for fn in (depth, depth_kw):
    for n in (497, 498, 499, 600):
        fn.cache_clear()
        try:
            print(n, fn(n, m=1) if fn is depth_kw else fn(n))
        except RecursionError as e:
            print(n, "RecursionError", e)
        print(fn.cache_info())
print(functools.lru_cache is lru_cache, functools.cache(len)("abc"))
