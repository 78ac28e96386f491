"""statistics: the part of CPython 3.11's module a kata compares an ORM
aggregate with (mean, fmean, median and its low/high forms, mode,
multimode, variance and standard deviation).

Kata Python has no fractions module: sums are kept exact as a pair of
integers (numerator, denominator), as CPython keeps them in a Fraction,
and converted to the data's type at the end, so mean() of floats is the
correctly rounded float and mean() of Decimals a Decimal; stdev()/pstdev()
round the square root of the exact fraction as CPython 3.11 does."""

import math
from decimal import Decimal


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, int):
        return int(x), 1
    return x.as_integer_ratio()


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int or T is bool:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("can't convert type '%s' to numerator/denominator" % S.__name__)


def _sum(data):
    """(type, numerator, denominator, count) of the exact sum of data."""
    T = int
    num, den, n = 0, 1, 0
    for x in data:
        T = _coerce(T, type(x))
        p, q = _ratio(x)
        num, den = num * q + p * den, den * q
        n += 1
    g = math.gcd(num, den)
    return T, num // g, den // g, n


def _convert(num, den, T):
    g = math.gcd(num, den)
    num, den = num // g, den // g
    if T is bool or T is int:
        if den == 1:
            return num
        return num / den
    if issubclass(T, Decimal):
        return Decimal(num) / Decimal(den)
    return T(num / den)


def mean(data):
    data = list(data)
    T, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum([x * w for x, w in zip(data, weights)]) / total


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for x, c in counts.items():
        if c == best:
            return x


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [x for x, c in counts.items() if c == best]


def _ss(data, c=None):
    """(type, numerator, denominator, count) of the exact sum of squared
    deviations from the mean (or from c)."""
    T, num, den, n = _sum(data)
    if c is None:
        mnum, mden = num, den * n
    else:
        mnum, mden = _ratio(c)
    snum, sden = 0, 1
    for x in data:
        p, q = _ratio(x)
        dn, dd = p * mden - mnum * q, q * mden
        snum, sden = snum * dd * dd + dn * dn * sden, sden * dd * dd
        g = math.gcd(snum, sden)
        snum, sden = snum // g, sden // g
    return T, snum, sden, n


def _sqrt_of_frac(num, den, T):
    """The square root of num/den in type T: for floats CPython's correctly
    rounded _float_sqrt_of_frac (round-to-odd integer square root)."""
    if issubclass(T, Decimal):
        return (Decimal(num) / Decimal(den)).sqrt()
    q = (num.bit_length() - den.bit_length() - 109) // 2
    if q >= 0:
        a = math.isqrt(num // (den << 2 * q))
        a = a | (a * a * (den << 2 * q) != num)
        return float((a << q) / 1)
    a = math.isqrt((num << -2 * q) // den)
    a = a | (a * a * den != (num << -2 * q))
    return a / (1 << -q)


def _variance_frac(data, c, minus):
    data = list(data)
    T, num, den, n = _ss(data, c)
    return T, num, den * (n - minus), n


def variance(data, xbar=None):
    T, num, den, n = _variance_frac(data, xbar, 1)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(num, den, T)


def pvariance(data, mu=None):
    T, num, den, n = _variance_frac(data, mu, 0)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(num, den, T)


def stdev(data, xbar=None):
    T, num, den, n = _variance_frac(data, xbar, 1)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    g = math.gcd(num, den)
    return _sqrt_of_frac(num // g, den // g, T)


def pstdev(data, mu=None):
    T, num, den, n = _variance_frac(data, mu, 0)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    g = math.gcd(num, den)
    return _sqrt_of_frac(num // g, den // g, T)
