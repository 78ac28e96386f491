# Closures, lambdas, keyword arguments, *args/**kwargs and builtins (map, zip, min, max).
def make_adder(n):
    def add(x, scale=1):
        return x * scale + n
    return add


def combine(*args, **kwargs):
    return sum(args) + sum(kwargs.values())


adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(200000):
    f = adders[i % 10]
    total += f(i) + f(i, scale=2)
    total += combine(i, 1, 2, a=3, b=4)
    total += max(i, 7) - min(i, 7)
total += sum(map(lambda t: t[0] * t[1], zip(range(1000), range(1000))))
print(total)
