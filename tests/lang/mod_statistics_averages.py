# statistics: the averages (mean, fmean, geometric_mean, harmonic_mean,
# median and its forms, median_grouped, mode, multimode) over ints, floats,
# Decimals, bools, mixed data, iterators, empty and one-element data, and
# infinities/NaNs, with CPython's results and messages.
import statistics
from statistics import (mean, fmean, geometric_mean, harmonic_mean, median,
                        median_low, median_high, median_grouped, mode,
                        multimode, StatisticsError)
from decimal import Decimal, localcontext

inf = float('inf')
nan = float('nan')


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print(StatisticsError.__mro__[1].__name__, StatisticsError.__module__)
print(sorted(statistics.__all__))

datasets = [
    ('ints', [1, 2, 3, 4, 4]),
    ('ints_even', [3, 1, 4, 1, 5, 9, 2, 6]),
    ('negint', [-7, 3, -2, 11]),
    ('big', [10**20 + 1, 10**20 + 2, 10**20 + 4]),
    ('floats', [0.1, 0.2, 0.3, 0.4]),
    ('floats2', [1e16, 1.0, -1e16, 3.5]),
    ('tiny', [5e-324, 5e-324, 1e-300]),
    ('huge', [1.7e308, 1.7e308, 1e308]),
    ('decimals', [Decimal('0.1'), Decimal('0.25'), Decimal('3')]),
    ('decimals2', [Decimal('1'), Decimal('2'), Decimal('2')]),
    ('dec_thirds', [Decimal(1), Decimal(1), Decimal(2)]),
    ('mixed_int_float', [1, 2.5, 4]),
    ('mixed_int_dec', [1, Decimal('2.5'), 4]),
    ('bools', [True, False, True]),
    ('bool_int', [True, 2, 3]),
    ('one_int', [7]),
    ('one_float', [2.5]),
    ('one_dec', [Decimal('1.10')]),
    ('with_inf', [1.0, inf, 3.0]),
    ('with_ninf', [1.0, -inf]),
    ('inf_ninf', [inf, -inf]),
    ('with_nan', [1.0, nan]),
    ('dec_inf', [Decimal(1), Decimal('Infinity')]),
    ('dec_nan', [Decimal(1), Decimal('NaN')]),
    ('empty', []),
    ('zeros', [0, 0.0]),
    ('negzero', [-0.0, -0.0]),
]

for name, data in datasets:
    for f in (mean, fmean, median, median_low, median_high, mode, multimode):
        show(name + ' ' + f.__name__, f, data)
    show(name + ' mean(iter)', mean, iter(data))
    show(name + ' fmean(gen)', fmean, (x for x in data))
    show(name + ' median_grouped', median_grouped, data)
    show(name + ' geometric_mean', geometric_mean, data)
    show(name + ' harmonic_mean', harmonic_mean, data)

# mean is exact: the correctly rounded float of the exact sum
print(mean([0.1] * 10), mean([1e100, 1.0, -1e100]), mean([2**53, 1, 1]))
print(mean([1, 2, 4]), mean([1, 2]), mean(range(11)), mean(range(10)))
print(mean([Decimal('1.1'), Decimal('2.2'), Decimal('3.3')]), mean([Decimal(1), Decimal(2)]))
with localcontext() as ctx:
    ctx.prec = 5
    print(mean([Decimal(1), Decimal(1), Decimal(2)]), mean([Decimal('1.23456789')]))
print(mean([1, True, False]), mean({1: 'a', 5: 'b'}), mean((x * 0.5 for x in range(7))))

# types that do not mix, and things that are not numbers
for data in ([1.0, Decimal(1)], [Decimal(1), 1.0], [1, Decimal(2), 3.0], [2.0, Decimal(1), 1],
             ['a', 'b'], [1, 'a'], [None], [[1], [2]], [b'x']):
    show('mean ' + repr(data), mean, data)
show('mean(5)', mean, 5)
show('median(None)', median, None)

# fmean with weights
show('fmean w', fmean, [1, 2, 3], [3, 2, 1])
show('fmean w floats', fmean, [0.1, 0.2, 0.3], [0.5, 0.25, 0.25])
show('fmean w gen', fmean, iter([1, 2, 3]), (w for w in [1, 1, 2]))
show('fmean w short', fmean, [1, 2, 3], [1, 1])
show('fmean w long', fmean, [1, 2], [1, 1, 1])
show('fmean w iter short', fmean, iter([1, 2, 3]), [1, 1])
show('fmean w zero', fmean, [1, 2], [1, -1])
show('fmean w empty', fmean, [], [])
show('fmean w decimal', fmean, [Decimal('1.5'), Decimal(2)], [1, 3])
show('fmean str', fmean, ['a'])
show('fmean none', fmean, [1, None])
show('fmean dec', fmean, [Decimal('0.1'), Decimal('0.2')])
show('fmean empty gen', fmean, (x for x in []))

# geometric_mean
for data in ([54, 24, 36], [1, 2, 3, 4, 5], [0.5, 8], [Decimal('2'), Decimal('8')],
             [1e300, 1e300], [2.0], [1, 0], [-1, 2], [], [inf, 1.0], ['x']):
    show('geometric_mean ' + repr(data), geometric_mean, data)
show('geometric_mean iter', geometric_mean, iter([4, 9]))

# harmonic_mean
for data in ([40, 60], [2.5, 3, 10], [1, 2, 4], [Decimal('2.5'), Decimal(3), Decimal(10)],
             [Decimal(1), 2, 4], [0, 5], [5, 0.0, -1], [-1, 2], [3], [-3], [Decimal('-1')],
             [2.5], [True], ['a'], [None], [inf, 2.0], [nan, 1.0], [1, 2, 3, 4, 5, 6, 7]):
    show('harmonic_mean ' + repr(data), harmonic_mean, data)
show('harmonic_mean gen', harmonic_mean, (x for x in [1, 2]))
show('harmonic_mean empty iter', harmonic_mean, iter([]))
show('harmonic_mean set', harmonic_mean, {4, 1})
show('harmonic_mean w', harmonic_mean, [40, 60], weights=[5, 30])
show('harmonic_mean w float', harmonic_mean, [40, 60], [0.5, 1.5])
show('harmonic_mean w dec', harmonic_mean, [Decimal(40), Decimal(60)], [1, 2])
show('harmonic_mean w one', harmonic_mean, [40], [3])
show('harmonic_mean w zero weight', harmonic_mean, [40, 60], [0, 1])
show('harmonic_mean w zeros', harmonic_mean, [40, 60], [0, 0])
show('harmonic_mean w neg', harmonic_mean, [40, 60], [1, -1])
show('harmonic_mean w len', harmonic_mean, [40, 60], [1])
show('harmonic_mean w gen', harmonic_mean, [40, 60], (w for w in [2, 3]))
show('harmonic_mean w zero data', harmonic_mean, [0, 60], [1, 1])
show('harmonic_mean w zero both', harmonic_mean, [0, 60], [0, 1])
show('harmonic_mean neg after zero', harmonic_mean, [0, -60])
show('harmonic_mean w frac', harmonic_mean, [3, 7, 11], [1, 2, 4])

# median and friends on other orderable data
print(median(['b', 'a', 'c']), median_low(['b', 'a', 'c', 'd']), median_high(['b', 'a', 'c', 'd']))
show('median strs even', median, ['a', 'b'])
print(median([1, 3, 2.5, 10]), median([Decimal(1), Decimal(2)]), median([1, 2]), median([True, False]))
print(median(range(10)), median_low(range(10)), median_high(range(10)), median(iter([5, 1, 3])))
show('median mixed', median, [1, 'a'])

# median_grouped
for data, interval in (([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 1), ([52, 52, 53, 54], 1),
                       ([1, 3, 3, 5, 7], 1), ([1, 3, 3, 5, 7], 2), ([10, 20, 20, 30], 10),
                       ([2.5, 3.5, 3.5], 0.5), ([Decimal('2.5'), Decimal('3.5')], 1),
                       ([5], 1), ([5], 0), ([1, 2, 3, 4], '2'), ([1, 2, 3], 'x'),
                       (['a', 'b'], 1), ([1, 2], None), ([], 1), ([3, 3, 3, 3], 3)):
    show('median_grouped %r %r' % (data, interval), median_grouped, data, interval)

# mode and multimode: the first of the most common, in first-seen order
print(mode([1, 1, 2, 3, 3, 3, 3, 4]), mode(['red', 'blue', 'blue', 'red']), mode('aabbbcc'))
print(mode([2, 1, 1, 2]), mode([1.0, 1, True]), mode(iter([(1, 2), (1, 2), (3,)])))
print(multimode('aabbbbccddddeeffffgg'), multimode(''), multimode([1, 2, 2, 1]), multimode(iter(['x'])))
show('mode empty', mode, [])
show('mode unhashable', mode, [[1], [1]])
show('multimode unhashable', multimode, [{}])
show('mode int', mode, 5)

# subclasses of the numeric types: the result is of the subclass where
# CPython converts to it (str() of the results: ormkata's repr of a
# Decimal subclass names the subclass, CPython's says Decimal)
class MyFloat(float):
    pass


class MyInt(int):
    pass


class MyDecimal(Decimal):
    pass


def show_sub(label, f, data):
    try:
        r = f(data)
        print(label, type(r).__name__, str(r))
    except Exception as e:
        print(label, type(e).__name__, e)


for label, data in (('MyFloat', [MyFloat(1.5), MyFloat(2.25)]), ('MyFloat int', [MyFloat(1.5), 2]),
                    ('int MyFloat float', [1, MyFloat(0.1), 2.0]), ('MyInt', [MyInt(2), MyInt(4)]),
                    ('MyInt half', [MyInt(1), MyInt(2)]), ('MyInt int', [MyInt(3), 5]),
                    ('MyInt float', [MyInt(2), 1.5]), ('MyDecimal', [MyDecimal('1.5'), MyDecimal(2)]),
                    ('MyDecimal Decimal', [MyDecimal(1), Decimal(2)]), ('MyInt bool', [MyInt(1), True])):
    for f in (mean, harmonic_mean, median, statistics.variance, statistics.pstdev):
        show_sub(f.__name__ + ' ' + label, f, data)
