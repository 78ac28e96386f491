# statistics over many seeded random data sets (floats of every magnitude,
# ints, Decimals): every function's result, so a rounding step that differs
# from CPython's shows up. random.Random(seed) gives CPython's numbers.
import random
import statistics as st
from decimal import Decimal

rng = random.Random(20240611)


def floats(n):
    kind = rng.randrange(4)
    if kind == 0:
        return [rng.random() for _ in range(n)]
    if kind == 1:
        return [rng.uniform(-1e6, 1e6) for _ in range(n)]
    if kind == 2:
        e = rng.randrange(-300, 300)
        return [rng.random() * 10.0 ** e for _ in range(n)]
    return [rng.gauss(1000, 0.001) for _ in range(n)]


def ints(n):
    return [rng.randrange(-10 ** rng.randrange(1, 25), 10 ** rng.randrange(1, 25)) for _ in range(n)]


def decimals(n):
    return [Decimal(rng.randrange(-10 ** 8, 10 ** 8)).scaleb(-rng.randrange(0, 6)) for _ in range(n)]


def run(label, f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


for case in range(60):
    n = rng.randrange(1, 12)
    make = (floats, ints, decimals)[case % 3]
    data = make(n)
    out = [run('mean', st.mean, data), run('fmean', st.fmean, data),
           run('median', st.median, data), run('median_grouped', st.median_grouped, data, 0.5),
           run('variance', st.variance, data), run('pvariance', st.pvariance, data),
           run('stdev', st.stdev, data), run('pstdev', st.pstdev, data),
           run('quantiles', st.quantiles, data, n=rng.randrange(1, 9)),
           run('quantiles_inc', st.quantiles, data, n=rng.randrange(1, 9), method='inclusive'),
           run('geometric_mean', st.geometric_mean, [abs(x) for x in data]),
           run('harmonic_mean', st.harmonic_mean, [abs(x) for x in data]),
           run('harmonic_mean_w', st.harmonic_mean, [abs(x) for x in data], [rng.randrange(0, 5) for x in data]),
           run('fmean_w', st.fmean, data, [rng.random() for x in data]),
           run('from_samples', st.NormalDist.from_samples, data)]
    if make is not decimals:
        other = [x * rng.uniform(-2, 2) + rng.random() for x in data]
        out += [run('covariance', st.covariance, data, other),
                run('correlation', st.correlation, data, other),
                run('linear_regression', st.linear_regression, data, other),
                run('proportional', st.linear_regression, data, other, proportional=True)]
    print(case, n, make.__name__)
    for line in out:
        print('   ', line)

for case in range(40):
    nd = st.NormalDist(rng.uniform(-100, 100), rng.uniform(0.01, 50))
    other = st.NormalDist(rng.uniform(-100, 100), rng.uniform(0.01, 50))
    x = rng.uniform(-200, 200)
    p = rng.random() ** rng.randrange(1, 30)
    print(case, nd, nd.pdf(x), nd.cdf(x), run("inv_cdf", nd.inv_cdf, p), run("inv_cdf", nd.inv_cdf, 1 - p), nd.zscore(x),
          nd.overlap(other), nd + other, nd - other, nd * x, nd / x, x - nd)
