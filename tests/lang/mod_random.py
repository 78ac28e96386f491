import random
for s in [0, 1, 42, 12345, 2**32 + 5, 2**100 + 7, -42, 3.5]:
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(8), random.getrandbits(32),
          random.getrandbits(70), random.randint(1, 6), random.randrange(100), random.randrange(10, 20, 3))
random.seed(7)
print([random.randint(1, 100) for _ in range(10)])
print(random.choice('abcdef'), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices(['r', 'g', 'b'], k=6), random.choices('xyz', weights=[10, 1, 1], k=5),
      random.choices('xyz', cum_weights=[1, 2, 30], k=4), random.choices([1, 2]))
deck = list(range(20)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10**6), 8),
      random.sample(['a', 'b', 'c'], 2, counts=[3, 1, 2]))
print(random.uniform(1, 10), random.triangular(0, 10, 2), random.gauss(0, 1), random.gauss(5, 2),
      random.normalvariate(0, 1), random.expovariate(2.0), random.betavariate(2, 3),
      random.gammavariate(2.0, 1.0), random.lognormvariate(0, 1), random.paretovariate(3),
      random.weibullvariate(1, 2), random.vonmisesvariate(1, 2))
print(random.randbytes(5), random.getrandbits(0), random.randrange(-5, 5), random.randrange(10, 0, -2))
r1 = random.Random(99); r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(0, 10**30), r2.randint(0, 10**30))
st = r1.getstate(); a = [r1.random() for _ in range(3)]; r1.setstate(st); print(a == [r1.random() for _ in range(3)])
print(st[0], len(st[1]), st[2])
for i in range(700):
    r1.random()
print(r1.random(), r1.getrandbits(64))
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom(1).choices('abc', k=3), MyRandom(1).uniform(0, 10), MyRandom(3).randint(1, 10))
unseeded = random.Random()
x = unseeded.random(); print(0.0 <= x < 1.0, 1 <= random.Random().randint(1, 6) <= 6)
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
          lambda: random.randrange(0, 10, 0), lambda: random.sample(range(3), 5),
          lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', [1]),
          lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: random.getrandbits(-1),
          lambda: random.choices('ab', [0, 0]), lambda: random.seed([1]), lambda: random.choices('ab', 3),
          lambda: random.gammavariate(-1, 1)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
