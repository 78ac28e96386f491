a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
i = j = 5
print(i, j)
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
else:
    print("not reached")
print(n)
for k in range(2):
    pass
else:
    print("for-else", k)
print(1 < 2 < 3, 1 < 3 < 2, 2 ** 10, 7 // 2, -7 // 2, -7 % 3, 7 / 2, 2 ** 64)
print(9223372036854775807 + 1, -9223372036854775807 - 2, 3037000500 * 3037000500)
print(1 and 2, 0 and 2, 0 or 3, None or 0, not 1, 1 if 0 else 2)
print(3 in [1, 2, 3], 4 not in (1, 2), None is None, None is not None)
print(-(-3), +4, ~5, 1.5 + 2, 3 * 1.5, 10 / 4)
print(f"{1 + 1}{'x'!r}{'y'}", f"{a=}" if False else "")
lst = [1, 2, 3, 4, 5]
print(lst[1:3], lst[::-1], lst[-1], (1, 2, 3)[1])
d = {"a": 1, **{"b": 2}}
print(d, [*lst, 6], (*lst,), len({*"ab"}))
g = (i * 2 for i in range(4) if i % 2)
print(next(g), list(g))
print(repr(g)[:25])
gen = (x for x in [1])
print(next(gen), next(gen, "done"))
print(sum(i for i in range(101)))
print([(i, j) for i in range(3) for j in range(i) if j])
del lst[0]
print(lst)
print((lambda *a, **k: (a, k))(1, b=2))
def ret_none():
    return
print(ret_none())
x: int = 5
print(x)
