# the math module
import math

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(True), math.exp(1), math.exp(-1000), math.log(math.e), math.log(8, 2))
print(math.log(10**400), math.log2(2**1000), math.log10(10**300), math.log(1024, 2), math.log10(0.001), math.log1p(1e-10))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(10**30), math.ceil(1e300) % 1000)
print(math.fabs(-3), math.pow(2, 10), math.pow(2, 0.5), math.pow(float('inf'), -1), math.pow(0.0, 0), math.copysign(1, -0.0))
print(math.sin(0), math.cos(math.pi), math.tan(1), math.atan(1) * 4, math.atan2(1, -1), math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(0), math.tanh(100), math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(1), math.erfc(1))
print(math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200), math.dist((1, 2), (4, 6)))
print(math.degrees(math.pi), math.radians(180), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([1e-16, 1, 1e16]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 25)), math.prod([1.5, 2]), math.prod([], start=3), math.prod(['ab'], start=1))
print(math.gcd(12, 18), math.gcd(), math.gcd(-4, 6), math.gcd(2**100, 6**60), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.factorial(0), math.factorial(20), math.factorial(52), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**101))
print(math.comb(5, 2), math.comb(52, 5), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.1, rel_tol=0.2))
print(math.modf(2.5), math.modf(-3.0), math.frexp(8), math.frexp(0), math.ldexp(0.5, 4), math.fmod(7, 3), math.fmod(-7, 3))
print(math.remainder(7, 2), math.ulp(1.0), math.nextafter(1, 2), math.exp2(10), math.cbrt(27), math.expm1(1e-10))
for label, f in [('sqrt -1', lambda: math.sqrt(-1)), ('log 0', lambda: math.log(0)), ('log -1', lambda: math.log(-1)),
                 ('log base 1', lambda: math.log(1, 1)), ('exp big', lambda: math.exp(1000)), ('pow big', lambda: math.pow(10, 400)),
                 ('pow domain', lambda: math.pow(0, -1)), ('pow neg', lambda: math.pow(-8, 1 / 3)), ('asin 2', lambda: math.asin(2)),
                 ('cosh', lambda: math.cosh(1000)), ('fmod 0', lambda: math.fmod(1, 0)), ('sin inf', lambda: math.sin(math.inf)),
                 ('floor inf', lambda: math.floor(math.inf)), ('floor nan', lambda: math.floor(math.nan)), ('floor str', lambda: math.floor('x')),
                 ('trunc str', lambda: math.trunc('x')), ('sqrt str', lambda: math.sqrt('x')), ('sqrt big', lambda: math.sqrt(10**400)),
                 ('factorial neg', lambda: math.factorial(-1)), ('factorial float', lambda: math.factorial(2.0)),
                 ('isqrt neg', lambda: math.isqrt(-1)), ('gcd float', lambda: math.gcd(2.0, 4)), ('comb neg', lambda: math.comb(5, -1)),
                 ('comb n neg', lambda: math.comb(-1, 2)), ('fsum overflow', lambda: math.fsum([1e308, 1e308])),
                 ('fsum inf-inf', lambda: math.fsum([math.inf, -math.inf])), ('fsum str', lambda: math.fsum([1, 'a'])),
                 ('isclose neg', lambda: math.isclose(1, 2, rel_tol=-1)), ('dist dims', lambda: math.dist([1], [1, 2])),
                 ('sqrt()', lambda: math.sqrt()), ('pow(1)', lambda: math.pow(1)), ('log()', lambda: math.log()),
                 ('gamma 0', lambda: math.gamma(0)), ('gamma 200', lambda: math.gamma(200)), ('lgamma 0', lambda: math.lgamma(0)),
                 ('ldexp big', lambda: math.ldexp(1, 10000)), ('prod()', lambda: math.prod())]:
    attempt(label, f)
print(math.gamma(5), math.gamma(1), math.lgamma(1), math.gamma(0.5) > 1.77)
from math import sqrt, pi as PI
print(sqrt(81), PI)
