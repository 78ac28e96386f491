# issubclass: arg 1 must be a class only for the plain check, not when
# arg 2's __subclasscheck__ answers; dir() of a module made with
# types.ModuleType, and its own __dir__ (PEP 562).
import types


class Meta(type):
    def __subclasscheck__(cls, sub):
        return sub == 3


class Anything(metaclass=Meta):
    pass


class Checker:
    def __subclasscheck__(self, sub):
        return isinstance(sub, str)

    def __instancecheck__(self, obj):
        return obj == 'yes'


cases = [(3, int), (3, 4), (int, 4), (3, ()), (int, ()), (3, (int,)), (3, int | str),
         (int, (str, 5)), (bool, (int, 5)), (3, Anything), (4, Anything), ('x', Checker()),
         (5, Checker()), (3, (Anything, int)), (int, (Anything, int)), (5, (Checker(), int))]
for a, b in cases:
    try:
        print(repr(a), issubclass(a, b))
    except TypeError as e:
        print(repr(a), type(e).__name__, e)
print(isinstance('yes', Checker()), isinstance('no', (Checker(), int)))

m = types.ModuleType('m')
m.b = 1
m.a = 2
print([n for n in dir(m) if not n.startswith('__')])
m.__dir__ = lambda: ['zeta', 'alpha', 'mid']
print(dir(m))
m.__dir__ = lambda: ('t', 's')
print(dir(m))
