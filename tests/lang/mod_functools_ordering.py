# functools.total_ordering: the methods it fills in from each possible root
# (__lt__ preferred, then __le__, __gt__, __ge__), what it leaves alone,
# NotImplemented passed through (so mixed comparisons raise TypeError),
# the error for a class with no ordering method, inherited roots; and
# functools.cmp_to_key.
import functools
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, major, minor=0):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "Version(%d, %d)" % (self.major, self.minor)


a, b, c = Version(1), Version(1, 2), Version(1)
print(a < b, a > b, a <= b, a >= b)
print(a < c, a > c, a <= c, a >= c, a == c, a != c)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(3, 1)), min([Version(4), Version(0, 9)]))
print(Version.__gt__.__name__, Version.__gt__.__qualname__)
print(Version.__gt__.__doc__)
print(Version.__le__.__doc__)
print(Version.__ge__.__doc__)
print(Version.__le__(a, 5), Version.__ge__(a, "x"), Version.__gt__(a, None))
for name, op in [("<", lambda x, y: x < y), (">", lambda x, y: x > y),
                 ("<=", lambda x, y: x <= y), (">=", lambda x, y: x >= y)]:
    try:
        op(a, 5)
    except TypeError as e:
        print("TypeError", e)
    try:
        op("s", a)
    except TypeError as e:
        print("TypeError", e)
print(total_ordering(Version) is Version)


def make(root):
    class Num:
        def __init__(self, v):
            self.v = v

        def __eq__(self, other):
            return isinstance(other, Num) and self.v == other.v

    def compare(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        if root == "__le__":
            return self.v <= other.v
        if root == "__gt__":
            return self.v > other.v
        return self.v >= other.v

    compare.__name__ = root
    setattr(Num, root, compare)
    return total_ordering(Num)


for root in ("__le__", "__gt__", "__ge__"):
    Num = make(root)
    x, y = Num(1), Num(2)
    print(root, x < y, x > y, x <= y, x >= y)
    print(root, x < x, x <= x, x > x, x >= x, y > x, y < x)
    print([Num.__dict__[n].__qualname__ for n in ("__lt__", "__le__", "__gt__", "__ge__")])
    print([Num.__dict__[n].__name__ for n in ("__lt__", "__le__", "__gt__", "__ge__")])
    try:
        x < 3
    except TypeError as e:
        print("TypeError", e)
    try:
        x >= "3"
    except TypeError as e:
        print("TypeError", e)

try:
    @total_ordering
    class OnlyEq:
        def __eq__(self, other):
            return True
except ValueError as e:
    print("ValueError", e)
try:
    total_ordering(object)
except ValueError as e:
    print("ValueError", e)


@total_ordering
class Two:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __lt__(self, other):
        return self.v < other.v


print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in Two.__dict__))
print(Two.__le__.__qualname__, Two.__ge__.__qualname__, Two(1) <= Two(2), Two(2) >= Two(3))


class Base:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


@total_ordering
class Derived(Base):
    pass


print(Derived(1) < Derived(2), Derived(3) <= Derived(2), Derived(2) > Derived(2))
print(Derived.__lt__.__qualname__, "__ge__" in Derived.__dict__)


# Without __eq__, equality is identity: <= from < is "< or the same object".
@total_ordering
class Loose:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


n1, n2 = Loose(1), Loose(1)
print(n1 <= n2, n1 <= n1, n1 >= n2, n1 > n2, n1 > n1)

# cmp_to_key
def by_length_then_reverse(s, t):
    if len(s) != len(t):
        return len(s) - len(t)
    return (s < t) - (s > t)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_length_then_reverse)))
print(max(words, key=functools.cmp_to_key(by_length_then_reverse)))
key = functools.cmp_to_key(lambda p, q: p - q)
print(key(1) < key(2), key(3) <= key(3), key(4) > key(5), key(6) >= key(6), key(7) == key(7))
print(key(9).obj)
