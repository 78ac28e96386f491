# statistics: covariance, correlation and linear_regression (with and
# without proportional=) on ints, floats, Decimals and ranges, their
# LinearRegression result, and the length, size and constant-input errors.
import statistics
from statistics import covariance, correlation, linear_regression, StatisticsError
from decimal import Decimal


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


pairs = [
    ('ints', [1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]),
    ('ints_neg', [1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1]),
    ('linear', [1, 2, 3, 4, 5], [3, 5, 7, 9, 11]),
    ('floats', [0.1, 0.2, 0.35, 0.4], [1.5, 1.25, 3.75, 2.0]),
    ('years', [1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5]),
    ('ranges', range(10), range(0, 30, 3)),
    ('tuples', (1.5, 2.5, 9.0), (7, 3, 1)),
    ('decimals', [Decimal('1.5'), Decimal(2), Decimal('3.25')], [Decimal(1), Decimal(5), Decimal(4)]),
    ('mixed', [1, 2.5, Decimal(4)], [3, 1, 2]),
    ('bools', [True, False, True, False], [1, 0, 0, 1]),
    ('two', [1, 2], [5, 3]),
    ('big', [1e10, 1e10 + 1, 1e10 + 2], [3, 1, 2]),
    ('const_x', [3, 3, 3], [1, 2, 3]),
    ('const_y', [1, 2, 3], [5, 5, 5]),
    ('const_both', [1, 1], [2, 2]),
    ('one', [1], [2]),
    ('empty', [], []),
    ('unequal', [1, 2, 3], [1, 2]),
    ('unequal_short', [1], [1, 2]),
    ('with_inf', [1.0, float('inf'), 3.0], [1, 2, 3]),
    ('with_nan', [1.0, float('nan'), 3.0], [1, 2, 3]),
    ('strs', ['a', 'b'], ['c', 'd']),
]

for name, x, y in pairs:
    show(name + ' covariance', covariance, x, y)
    show(name + ' correlation', correlation, x, y)
    show(name + ' linear_regression', linear_regression, x, y)
    show(name + ' proportional', linear_regression, x, y, proportional=True)

r = linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(r.slope, r.intercept, r[0], r[1], tuple(r), type(r).__name__, r._fields)
print(round(r.slope * 2019 + r.intercept))
slope, intercept = linear_regression([1, 2, 3], [2, 4, 6], proportional=True)
print(slope, intercept, statistics.LinearRegression(1, 2), statistics.LinearRegression._fields)
print(linear_regression([1, 2, 3], [2, 4, 6], proportional=0), linear_regression([1, 2, 3], [2, 4, 6], proportional='yes'))
print(linear_regression([-2, 0, 3], [1, 1, 1]), linear_regression([0, 0, 1], [0, 0, 0], proportional=True))

show('iterators', covariance, iter([1, 2]), iter([3, 4]))
show('generator', correlation, [1, 2], (y for y in [1, 2]))
show('keyword x', covariance, x=[1, 2], y=[1, 2])
show('positional proportional', linear_regression, [1, 2], [1, 2], True)
show('proportional zeros', linear_regression, [0, 0], [1, 2], proportional=True)
show('three args', correlation, [1, 2], [1, 2], [1, 2])
show('one arg', covariance, [1, 2])
