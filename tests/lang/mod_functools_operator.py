# functools.reduce/partial/wraps/cmp_to_key and operator's functions and getters.
import functools
import operator
from functools import reduce, partial, wraps

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.or_, [{1}, {2}, {3}]))
print(reduce(lambda a, b: a * b, [], 10))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
print(operator.and_(6, 3), operator.mul(3, 4), operator.sub(9, 2), operator.truediv(7, 2))
print(operator.getitem([5, 6, 7], 1), operator.contains([1, 2], 2), operator.not_(0))
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)))
print(sorted(pairs, key=operator.itemgetter(0)))
print(operator.itemgetter(1, 0)(pairs[0]))


class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def greet(self, x):
        return "hi %s from %s" % (x, self.name)


people = [P("ann", 30), P("bob", 20)]
print([p.name for p in sorted(people, key=operator.attrgetter("age"))])
print(operator.attrgetter("name", "age")(people[0]))
print(operator.methodcaller("greet", "z")(people[1]))
add3 = partial(operator.add, 3)
print(add3(4))
p2 = partial(int, base=2)
print(p2("1010"))


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k) + 1
    return inner


@deco
def seven():
    """Doc of seven."""
    return 7


print(seven(), seven.__name__, seven.__doc__, seven.__wrapped__())
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
