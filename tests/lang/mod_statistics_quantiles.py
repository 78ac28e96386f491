# statistics.quantiles: both methods, n from 1 up to percentiles, data of
# two points up, ints (exact divisions), floats, Decimals, bools, unsorted
# data and iterators, and the errors for n, short data and the method.
from statistics import quantiles, StatisticsError
from decimal import Decimal


def show(label, *args, **kwargs):
    try:
        r = quantiles(*args, **kwargs)
        print(label, [type(x).__name__ for x in r][:1], r)
    except Exception as e:
        print(label, type(e).__name__, e)


base = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
for size in (2, 3, 4, 5, 6, 7, 10, 11, 50):
    data = base[:size]
    for method in ('exclusive', 'inclusive'):
        for n in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 20):
            show('%d %s n=%d' % (size, method, n), data, n=n, method=method)

print(quantiles(base, n=100))
print(quantiles(base, n=100, method='inclusive'))
print(quantiles(range(1, 11), n=10), quantiles(range(1, 11), n=10, method='inclusive'))
print(quantiles([0.1, 0.2, 0.3, 0.7], n=3), quantiles([0.1, 0.2, 0.3, 0.7], n=3, method='inclusive'))
print(quantiles([1e300, 1.7e308, 1.6e308], n=4))
print(quantiles([Decimal('1.5'), Decimal('2.25'), Decimal('7')], n=4))
print(quantiles([Decimal('1.5'), Decimal('2.25'), Decimal('7')], n=7, method='inclusive'))
print(quantiles([Decimal(1), Decimal(2)], n=3))
print(quantiles([True, False, True], n=4), quantiles([True, False], n=3, method='inclusive'))
print(quantiles([3, 1.5, 2], n=4), quantiles(iter([9, 1, 5, 3]), n=4), quantiles({4: 0, 2: 0, 8: 0}))
print(quantiles([5, 5, 5, 5]), quantiles([-3, -1], n=5), quantiles([-3, -1], n=5, method='inclusive'))
print(quantiles([1, 2], n=1), quantiles([1, 2], n=1, method='inclusive'))
show('n=1 unknown method', [1, 2], n=1, method='nope')
print(quantiles([1, 2, 3], n=True))

show('n=0', [1, 2, 3], n=0)
show('n=-4', [1, 2, 3], n=-4)
show('n=0 short', [], n=0)
show('empty', [])
show('one', [5])
show('one inclusive', [5], method='inclusive')
show('method', [1, 2, 3], method='median')
show('method None', [1, 2, 3], method=None)
show('method short', [1], method='median')
show('n float', [1, 2, 3], n=2.0)
show('n str', [1, 2, 3], n='4')
show('strs', ['a', 'b', 'c'])
show('mixed', [1, Decimal(2), 3.0])
show('positional', [1, 2, 3], 4)
show('bad kw', [1, 2, 3], k=4)
show('not iterable', 5)
