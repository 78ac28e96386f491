# statistics.NormalDist: construction and from_samples, seeded samples,
# pdf/cdf/inv_cdf (every branch of the rational approximation), quantiles,
# overlap, zscore, the properties, every arithmetic operator (and the
# TypeErrors of the ones it lacks), equality, hashing, repr, copy, pickle
# and the StatisticsErrors of a zero sigma.
import copy
import pickle
from statistics import NormalDist, StatisticsError
from decimal import Decimal


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(NormalDist(), NormalDist(100, 15), NormalDist(mu=-2, sigma=0.5), NormalDist(sigma=0))
print(NormalDist(Decimal('1.5'), Decimal(2)), NormalDist(True, False), NormalDist(3))
show('negative sigma', NormalDist, 0, -1)
show('negative tiny sigma', NormalDist, 0, -1e-300)
show('str mu', NormalDist, 'a', 1)
show('str sigma', NormalDist, 0, 'a')
show('numeric str mu', NormalDist, '2.5', 1)
show('three args', NormalDist, 1, 2, 3)
show('kw', NormalDist, m=1)

# from_samples: the exact mean and the correctly rounded sample stdev
for data in ([2.5, 3.25, 5.5, 11.25, 11.75], [1, 2, 3, 4], range(10), iter([0.1, 0.2, 0.3]),
             [Decimal('1.5'), Decimal(2)], [1.0, float('inf')], [float('inf'), float('inf')],
             [1.0, float('nan')], [5, 5], [7], [], ['a', 'b']):
    show('from_samples', NormalDist.from_samples, data)


class Sub(NormalDist):
    pass


s = Sub.from_samples([1, 2, 3])
print(type(s).__name__, s, Sub(1, 2), Sub(), type(s + 1).__name__, type(-s).__name__)

# samples: a seed gives CPython's numbers
nd = NormalDist(100, 15)
print(nd.samples(5, seed=42))
print(nd.samples(3, seed=42) == nd.samples(3, seed=42), nd.samples(0, seed=1), len(nd.samples(4)))
print(NormalDist(0, 0).samples(2, seed=3), NormalDist().samples(3, seed=2**70), NormalDist().samples(2, seed=-5))
print(NormalDist(5, 2).samples(3, seed=1.5))
show('samples positional seed', nd.samples, 3, 42)
show('samples negative n', nd.samples, -1, seed=1)

# pdf, cdf, zscore
for x in (-1e300, -40, -3, -1, -0.5, 0, 0.25, 1, 1.5, 3, 8, 40, 1e300, float('inf'), float('-inf')):
    print(x, NormalDist().pdf(x), NormalDist().cdf(x), NormalDist(1.5, 3).pdf(x), NormalDist(1.5, 3).cdf(x), NormalDist(1.5, 3).zscore(x))
print(nd.pdf(Decimal('110')) if False else nd.pdf(110), nd.cdf(130), nd.zscore(130), nd.cdf(True))
for f in ('pdf', 'cdf', 'zscore'):
    show('zero sigma ' + f, getattr(NormalDist(1, 0), f), 1)
    show('str ' + f, getattr(nd, f), 'x')
show('pdf nan', NormalDist().pdf, float('nan'))
show('tiny sigma pdf', NormalDist(0, 1e-200).pdf, 0)

# inv_cdf: the central, the tail and the far tail approximations
ps = [1e-300, 1e-100, 1e-20, 1e-12, 1e-9, 1e-6, 0.0001, 0.001, 0.01, 0.025, 0.05, 0.074, 0.075,
      0.076, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.924, 0.925, 0.926, 0.95, 0.975,
      0.99, 0.999, 0.9999, 0.999999, 1 - 1e-9, 1 - 1e-12, 1 - 1e-16, 0.5 + 1e-17]
for p in ps:
    print(p, NormalDist().inv_cdf(p), nd.inv_cdf(p))
for p in (0, 1, 0.0, 1.0, -0.5, 1.5, float('inf')):
    show('inv_cdf %r' % (p,), NormalDist().inv_cdf, p)
show('inv_cdf zero sigma', NormalDist(3, 0).inv_cdf, 0.5)
show('inv_cdf nan', NormalDist().inv_cdf, float('nan'))
show('inv_cdf str', NormalDist().inv_cdf, 'x')
show('inv_cdf Decimal', NormalDist().inv_cdf, Decimal('0.3'))
print([round(NormalDist().cdf(NormalDist().inv_cdf(p)), 12) for p in (0.01, 0.3, 0.5, 0.99)])

# quantiles
print(nd.quantiles(), NormalDist().quantiles(n=10), NormalDist(0, 2).quantiles(3))
print(NormalDist().quantiles(1), NormalDist().quantiles(0), NormalDist().quantiles(-2))
print(NormalDist(5, 0.5).quantiles(100)[::11])
show('quantiles zero sigma', NormalDist(1, 0).quantiles)
show('quantiles float n', NormalDist().quantiles, 2.5)

# overlap
a, b = NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(a), NormalDist(0, 1).overlap(NormalDist(5, 1)))
print(NormalDist(0, 1).overlap(NormalDist(0, 2)), NormalDist(10, 3).overlap(NormalDist(-10, 3)))
print(NormalDist(0, 1).overlap(NormalDist(1000, 1)), NormalDist(1, 1).overlap(NormalDist(1, 1e-5)))
show('overlap zero sigma', NormalDist(0, 0).overlap, NormalDist())
show('overlap zero sigma other', NormalDist().overlap, NormalDist(1, 0))
show('overlap not normal', NormalDist().overlap, 1.0)
show('overlap None', NormalDist().overlap, None)

# properties
print(nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, NormalDist(0, 0.1).variance)
for attr in ('mean', 'stdev', 'variance'):
    try:
        setattr(nd, attr, 1)
    except AttributeError as e:
        print('set', attr, 'AttributeError')

# arithmetic
x, y = NormalDist(10, 3), NormalDist(-4, 4)
print(x + y, x - y, y - x, x + 5, 5 + x, x - 2.5, 2.5 - x, x * 3, 3 * x, x * -2, -2 * x,
      x / 2, x / -4, +x, -x, -(-x), x + True, x * 0)
print(x + Decimal(1) if False else x + 1.5, x - (-1), x * 0.1, x / 3)
print(NormalDist(1, 2) + NormalDist(3, 0), NormalDist(1e308, 1e308) + NormalDist(1e308, 1e308))
for label, f in (('nd / nd', lambda: x / y), ('2 / nd', lambda: 2 / x), ('nd * nd', lambda: x * y),
                 ('nd ** 2', lambda: x ** 2), ('nd + str', lambda: x + 'a'), ('str + nd', lambda: 'a' + x),
                 ('nd / 0', lambda: x / 0), ('nd * str', lambda: x * 'a'), ('nd // 2', lambda: x // 2),
                 ('nd % 2', lambda: x % 2), ('abs', lambda: abs(x)), ('nd + None', lambda: x + None),
                 ('nd - Decimal', lambda: x - Decimal(1)), ('nd * Decimal', lambda: x * Decimal(2)),
                 ('nd < nd', lambda: x < y), ('neg sigma', lambda: x * float('nan'))):
    show(label, f)

# equality and hashing
print(x == NormalDist(10, 3), x == NormalDist(10.0, 3.0), x != NormalDist(10, 3), x == y, x != y)
print(x == 10, x == (10, 3), x != 'x', NormalDist() == NormalDist(0, 1), NormalDist(0, 1) == Sub(0, 1))
print(hash(x) == hash(NormalDist(10.0, 3.0)), hash(NormalDist()) == hash((0.0, 1.0)), hash(x) == hash((10.0, 3.0)))
print(len({x, NormalDist(10, 3), y, NormalDist(-4, 4.0)}), {x: 'a'}[NormalDist(10, 3)])
print(repr(x), str(y), '%s' % NormalDist(0.1, 1 / 3), f'{NormalDist(2, 0.5)!r}', [NormalDist(1e-7, 1e22)])

# copy and pickle keep mu and sigma
c = copy.copy(x)
d = copy.deepcopy(y)
p = pickle.loads(pickle.dumps(x))
print(c, d, p, c == x, d == y, p == x, c is x)
print(x.__getstate__(), NormalDist.__slots__, sorted(NormalDist.__slots__))
z = NormalDist.__new__(NormalDist)
z.__setstate__((2.0, 0.5))
print(z, z.pdf(2), z.cdf(2))
print(NormalDist.__doc__, NormalDist.__name__, NormalDist.__module__, NormalDist.__qualname__)
show('err type', lambda: issubclass(StatisticsError, ValueError))
