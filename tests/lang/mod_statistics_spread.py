# statistics: variance, pvariance, stdev, pstdev over ints, floats,
# Decimals, bools, mixed data and iterators, with and without xbar/mu,
# exact (correctly rounded) results, infinities and NaNs, and the errors.
from statistics import variance, pvariance, stdev, pstdev, StatisticsError
from decimal import Decimal, localcontext

inf = float('inf')
nan = float('nan')


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


datasets = [
    ('ints', [2, 4, 4, 4, 5, 5, 7, 9]),
    ('ints2', [1, 2, 3, 4]),
    ('ints_exact', [1, 3, 5]),
    ('negint', [-7, 3, -2, 11, 0]),
    ('big', [10**20 + 1, 10**20 + 2, 10**20 + 4]),
    ('huge_ints', [10**400, 10**400 + 1]),
    ('floats', [0.1, 0.2, 0.3, 0.4]),
    ('floats2', [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]),
    ('shifted', [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]),
    ('cancel', [1e16, 1.0, -1e16, 3.5]),
    ('tiny', [5e-324, 1e-320, 1e-300]),
    ('large', [1e200, -1e200, 3e200]),
    ('decimals', [Decimal('27.5'), Decimal('30.25'), Decimal('30.25'), Decimal('34.5'), Decimal('41.75')]),
    ('decimals2', [Decimal('0.1'), Decimal('0.25'), Decimal('3')]),
    ('dec_exact', [Decimal(1), Decimal(3)]),
    ('dec_same', [Decimal('1.5'), Decimal('1.5')]),
    ('mixed_int_float', [1, 2.5, 4]),
    ('mixed_int_dec', [1, Decimal('2.5'), 4]),
    ('bools', [True, False, True]),
    ('bool_int', [True, 2, 3]),
    ('same', [3, 3, 3]),
    ('same_float', [0.1, 0.1, 0.1]),
    ('one_int', [7]),
    ('one_float', [2.5]),
    ('one_dec', [Decimal('1.10')]),
    ('with_inf', [1.0, inf, 3.0]),
    ('with_ninf', [1.0, -inf]),
    ('inf_ninf', [inf, -inf]),
    ('with_nan', [1.0, nan]),
    ('empty', []),
]

for name, data in datasets:
    for f in (variance, pvariance, stdev, pstdev):
        show(name + ' ' + f.__name__, f, data)
    show(name + ' variance(iter)', variance, iter(data))
    show(name + ' pstdev(gen)', pstdev, (x for x in data))

# a Decimal NaN or infinity: variance is that, stdev has no numerator to
# take (the message is left out: ormkata names the type 'Decimal' there)
for data in ([Decimal(1), Decimal('NaN')], [Decimal('Infinity'), Decimal(1)]):
    show('dec variance', variance, data)
    show('dec pvariance', pvariance, data)
    for f in (stdev, pstdev):
        try:
            f(data)
        except AttributeError as e:
            print(f.__name__, 'AttributeError', e.name)

# an explicit mean: the squared deviations are computed in the data's type
show('variance xbar', variance, [1, 2, 3, 4], 2.5)
show('variance xbar int', variance, [1, 2, 3, 4], 2)
show('variance xbar wrong', variance, [1, 2, 3, 4], 10)
show('pvariance mu', pvariance, [1, 2, 3, 4], 2.5)
show('pvariance mu int', pvariance, [1, 2, 3], 2)
show('pvariance mu dec', pvariance, [Decimal(1), Decimal(2)], Decimal('1.5'))
show('pvariance mu dec int', pvariance, [Decimal(1), Decimal(2)], 1)
show('stdev xbar', stdev, [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], 2.875)
show('stdev xbar dec', stdev, [Decimal(1), Decimal(2), Decimal(4)], Decimal(2))
show('pstdev mu', pstdev, [0.1, 0.2, 0.3], 0.2)
show('pstdev mu one', pstdev, [5], 4)
show('variance xbar one', variance, [5], 4)
show('pvariance mu empty', pvariance, [], 4)
show('variance xbar float dec', variance, [1.0, 2.0], Decimal(1))
show('variance xbar dec float', variance, [Decimal(1), Decimal(2)], 1.5)
show('variance xbar str', variance, [1, 2], 'a')
show('pstdev mu inf', pstdev, [1.0, 2.0], inf)
show('variance xbar None', variance, [1, 2, 3], None)

# correctly rounded square roots
for data in ([1, 2], [1, 2, 3], [0, 1, 1, 2, 9], [10**20, 10**20 + 3, 7],
             [0.1, 0.7, 1.3], [1e-10, 2e-10], [1e150, -1e150]):
    print(stdev(data), pstdev(data), variance(data), pvariance(data))
show('variance too large', variance, [1.5e300, -1.5e300])
show('stdev of large', stdev, [1.5e300, -1.5e300])
for data in ([Decimal(1), Decimal(2)], [Decimal('0.1'), Decimal('0.7'), Decimal('1.3')],
             [Decimal(2), Decimal(3), Decimal(7), Decimal(11)],
             [Decimal('1E-20'), Decimal('3E-20')], [Decimal('1E+30'), Decimal(1)]):
    print(stdev(data), pstdev(data), variance(data), pvariance(data))
with localcontext() as ctx:
    ctx.prec = 6
    for data in ([Decimal(1), Decimal(2)], [Decimal(2), Decimal(3), Decimal(7), Decimal(11)],
                 [Decimal('1.23456789'), Decimal('2.3456789'), Decimal(3)]):
        print(stdev(data), pstdev(data), variance(data), pvariance(data))
    ctx.prec = 3
    for k in range(2, 40):
        data = [Decimal(0), Decimal(k)]
        print(k, stdev(data), pstdev(data), end='; ')
    print()
    # the square root of the rounded quotient is a step off: moved up or down
    print([str(stdev([Decimal(1), Decimal(k), Decimal(k * k % 17)])) for k in range(2, 120)])

# types that do not mix, and non-numbers
show('variance mixed', variance, [1.0, Decimal(2)])
show('stdev mixed', stdev, [Decimal(2), 1.0])
show('pvariance str', pvariance, ['a', 'b'])
show('variance none', variance, [None, None])
show('stdev int', stdev, 5)
