# id() and `is` of ints, floats and bools: x and -x are different objects
# (their ids differ, so copy.deepcopy's id-keyed memo keeps both), 0.0 is
# not -0.0, and a value is itself.
import copy

a, b = -4.0, 4.0
print(id(a) == id(b), a is b, id(a) == id(a), a is a)
z, nz = 0.0, -0.0
print(z is nz, id(z) == id(nz), z == nz)
n = float('nan')
print(n is n, id(n) == id(n), n in [n], [n].count(n), [n].index(n))
five = 5
print(id(5) == id(-5), five is five, id(5) == id(5), id(True) == id(1), id(None) == id(0), id(False) == id(0.0))
print(copy.deepcopy((-4.0, 4.0)), copy.deepcopy([1.5, -1.5, 1.5]), copy.deepcopy({'a': -0.0, 'b': 0.0}))
print(copy.deepcopy([2**40, -2**40, 7, -7, 1e300, -1e300, True, 1]))
print(copy.deepcopy([[0.25, -0.25], (0.5, -0.5)]))
print(type(id(1.5)).__name__, type(id([])).__name__, id(1.5) > 0, id(-1.5) > 0, id(-7) > 0)
x = [3.5]
y = x[0]
print(y is x[0], x[0] is y)
vals = [2**61, -2**61, 2**61 - 1, -2**61 - 1, 2**62, 0, -1, 1.0, True, None, 2**63 - 1, -2**63, 0.0, -0.0, False]
print(len({id(v) for v in vals}), len(vals))
print(copy.deepcopy(vals))
