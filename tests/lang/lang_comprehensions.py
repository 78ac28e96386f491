# Comprehensions and generator expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(4)] for x in range(3)])
print([c.upper() for c in "hello" if c != "l"])
print({x % 5 for x in range(20)})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(6) if x % 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print(sum(x for x in range(101)), max(len(w) for w in ["hi", "there", "you"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, 2, 0]), min(x % 7 for x in range(10, 20)))
print(list(x * 2 for x in range(5)), tuple(c for c in "abc"), sorted(x for x in [3, 1, 2]))
print(", ".join(str(i) for i in range(5)))
print(dict((k, len(k)) for k in ["one", "three"]))
gen = (i * 10 for i in range(3))
print(next(gen), next(gen), list(gen), list(gen))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([list(col) for col in zip(*matrix)])
print([y for row in matrix for y in row if y % 2])
x = "outer"
print([x for x in range(3)], x)
words = ["apple", "Banana", "cherry", "date"]
print([w for w in words if w[0].islower() and len(w) > 4])
print({w[0].lower(): w for w in words})
print([(i, w) for i, w in enumerate(words, 1)])
print([a + b for a, b in [(1, 2), (3, 4)]])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
print([[0] * 3 for _ in range(2)])
flat = [item for sub in [[1], [2, 3], []] for item in sub]
print(flat)
print(sum(1 for _ in range(1000)), len([None for _ in "abc"]))
try:
    print([1 / (x - 2) for x in range(4)])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print([y for y in 5])
except TypeError as e:
    print(type(e).__name__, e)
