# Calls: positional, keyword, defaults, *args/**kwargs, keyword-only, positional-only, unpacking.
def f(a, b, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, sorted(kwargs.items()))


print(f(1, 2, d=4))
print(f(1, 2, 30, 40, 50, d=4, e=6, z=7, y=8))
print(f(*[1, 2, 3, 4], **{"d": "D", "w": 0}))
print(f(b=2, a=1, d=0))


def pos_only(a, b, /, c, *, d=0):
    return a + b + c + d


print(pos_only(1, 2, 3), pos_only(1, 2, c=3, d=4))


def collect(*args, **kwargs):
    return args, kwargs


print(collect())
print(collect(1, *(2, 3), 4, *[5], x=1, **{"y": 2}, z=3))
print(collect(*"ab", *range(3)))
args = (1, 2)
kw = {"sep": "-", "end": "!\n"}
print(*args, **kw)
print(*[], "only")
print("a", "b", "c", sep="")
print("no newline", end="")
print(" <- joined")
print()
print("x", "y", sep=", ", end=".\n")


def defaults(x, acc=[]):
    acc.append(x)
    return acc


print(defaults(1), defaults(2), defaults(3, []))


def mutable_default_safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(mutable_default_safe(1), mutable_default_safe(2))


def kw_only(*, a, b=2):
    return a * b


print(kw_only(a=5), kw_only(b=3, a=3))


def recurse(n):
    return 1 if n <= 1 else n * recurse(n - 1)


print(recurse(10), recurse(25))


def outer():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


counter = outer()
counter()
counter(5)
print(counter(), outer()())

g_value = 1


def set_global(v):
    global g_value
    g_value = v


set_global(99)
print(g_value)


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(10) for m in make_multipliers()])
late = [lambda: i for i in range(3)]
print([fn() for fn in late])


def returns_many():
    return 1, [2, 3], {"four": 4}


one, (two, three), mapping = returns_many()[0], returns_many()[1], returns_many()[2]
print(one, two, three, mapping)


def no_return():
    pass


print(no_return(), no_return.__name__, recurse.__name__)


def doc():
    """The docstring."""
    return doc.__doc__


print(doc())
print(callable(doc), callable(1), callable(print), callable(int))

# errors when calling
not_callable = [1, "abc"]
tests = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: pos_only(a=1, b=2, c=3),
    lambda: kw_only(1),
    lambda: recurse(),
    lambda: recurse(1, 2),
    lambda: recurse(n=1, m=2),
    lambda: collect(**{1: 2}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: not_callable[0](),
    lambda: not_callable[1](),
    lambda: f(1, 2, a=1, d=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
