# The built-in types have their own __repr__ (CPython's slot wrappers):
# T.__repr__(x) and super().__repr__() in a subclass give T's repr, and
# T.__repr__ is not object.__repr__ (pprint dispatches on it).
import decimal
import sys

types_ = (dict, list, tuple, set, frozenset, bytes, int, bool, float, range, str)
for t in types_:
    print(t.__name__, t.__repr__ is object.__repr__, t.__repr__ is t.__repr__)
print(len({t.__repr__ for t in types_}), bool.__repr__ is int.__repr__)

print(dict.__repr__({'a': [1, (2,)]}), list.__repr__([1, 'x']), tuple.__repr__((1,)))
print(set.__repr__({3}), frozenset.__repr__(frozenset()), bytes.__repr__(b"a'b"))
print(int.__repr__(10**20), int.__repr__(True), bool.__repr__(False), float.__repr__(0.1))
print(range.__repr__(range(1, 9, 2)), str.__repr__('q"'))


class L(list):
    def __repr__(self):
        return 'L(' + super().__repr__() + ')'


class D(dict):
    def __repr__(self):
        return 'D' + dict.__repr__(self)


class I(int):
    def __repr__(self):
        return 'I<%s>' % super().__repr__()


class F(float):
    def __repr__(self):
        return 'F<%s>' % float.__repr__(self)


class T(tuple):
    pass


class B(bytes):
    def __repr__(self):
        return 'B:' + super().__repr__()


print(L([1, L([2])]), D(a=D(b=1)), I(7), [I(1), I(2)], F(2.5), B(b'xy'))
print(T.__repr__ is tuple.__repr__, repr(T((1, 2))), L.__repr__ is list.__repr__)
l = L([1])
l.append(l)
print(l, list.__repr__(l))

# What is a tuple underneath but prints otherwise keeps its own repr.
dt = decimal.Decimal('-1.25').as_tuple()
print(type(dt).__repr__ is tuple.__repr__, repr(dt))
print(type(sys.version_info).__repr__ is tuple.__repr__)

for call in (lambda: dict.__repr__([]), lambda: list.__repr__({}), lambda: int.__repr__(1.5),
             lambda: dict.__repr__(), lambda: tuple.__repr__((), 1),
             lambda: bytes.__repr__('s'), lambda: set.__repr__(frozenset())):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
