# Numbers: big ints, int/float conversion and repr, math module.
import math

f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), f % 1000003, f // 10 ** 60, -f // 7, -f % 7)
big = 2 ** 200
print(big, big - 1, -big, big // 3, big % 1000, big >> 190, big & 0xffff, big | 1, big ^ (big - 1))
print(big * big, (big + 1) * (big - 1) == big * big - 1, divmod(-big, 10 ** 20), pow(3, 200, 10 ** 9 + 7))
print(10 ** 18, 10 ** 19, 2 ** 63 - 1, 2 ** 63, -2 ** 63, -2 ** 63 - 1, 2 ** 64 + 2 ** 63)
print((2 ** 63 - 1) + 1, (-2 ** 63) - 1, (2 ** 62) * 4, -(-2 ** 63), abs(-2 ** 63), (2 ** 63) // -1)
print(int("-" + "9" * 30) + 1, int(1.5e20), int(-1e19), float(2 ** 70), 2 ** 70 / 2 ** 68, 10 ** 30 / 10 ** 10)
print(7 // 2, 7.0 // 2, -7 // 2.0, 7 % -3.0, 2 ** 0.5, 9 ** 0.5, 10 ** -2, 2 ** -2)
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1e16 + 1, 2.0 ** 53 + 1, 1 / 7, 22 / 7, 1e-320, 1.7976931348623157e308)
print(3 == 3.0, 0.1 + 0.2 == 0.3, 1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 20 == 1e20)
print(float("inf") > 10 ** 300, float("nan") == float("nan"), float("-inf") < -10 ** 300, 1e308 * 10 == float("inf"))
print(round(2.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(12345, -2), round(-0.5), round(0.1 + 0.2, 10))
print((255).bit_length(), (0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length(), (10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((3.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), (5).real, (5).numerator, (5).denominator)
print(int(-0.0), float(-0), -0.0, 0.0 == -0.0, str(-0.0), abs(-0.0), max(0.0, -0.0), min(0.0, -0.0))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7))
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__, math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(math.e))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.log(100), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.factorial(20), math.factorial(30))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isinf(1e400), math.isnan(float("nan")), math.isfinite(1.0))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3, math.isqrt(17), math.dist((0, 0), (3, 4)))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: math.floor(float("inf")), lambda: int(float("nan")), lambda: 1 << -1, lambda: 0 ** -1, lambda: math.gcd(1.5, 2)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(sum(range(1, 10 ** 6 + 1)), sum(i * i for i in range(1000)), 7 ** 77 % 1000, hex(3 ** 100))
print(int("1" * 50) // int("3" * 25), int("1" * 50) % 97, -int("1" * 50) // 97, (-10) ** 21, (-10) ** 22)
