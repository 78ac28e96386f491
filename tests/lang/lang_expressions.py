# Expressions: precedence, arithmetic, comparisons, boolean values, conditionals, lambda.
print(1 + 2 * 3, (1 + 2) * 3, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7 / 2, -7 / 2, 6 / 3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** -1, 2 ** 0.5, 4 ** 0.5, (-8) ** 2, 10 ** 0, 0 ** 0)
print(1 + 2 - 3 + 4 * 5 / 2 - 6 // 4 % 3)
print(~5, ~-1, -~5, +-3, - - 3, not 0, not 1, not not [])
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, 1024 >> 3, -16 >> 2, 1 << 70)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3 & 4, 1 + 2 << 3, 2 * 3 & 5)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, 1 < 2 > 0)
print(1 != 2, "a" < "b", "abc" < "abd", "Z" < "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([1, 2] == [1, 2], (1,) == [1], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(3 in [1, 2, 3], 4 not in (1, 2), "ell" in "hello", "x" not in "hello", 1 in {1: "a"})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, type(a) is list)

# and/or return one of their operands
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0 or "last")
print(1 and 0 or 3, (1 and []) or {}, not (1 or 0), 0 or None)
calls = []


def track(v):
    calls.append(v)
    return v


track(0) and track(1)
track(1) or track(2)
track(1) and track(0) or track(3)
print(calls)

# conditional expressions
for v in (-1, 0, 1):
    print("neg" if v < 0 else "zero" if v == 0 else "pos")
print([x if x % 2 else -x for x in range(5)])

# lambda
sq = lambda x: x * x
add = lambda x, y=10: x + y
print(sq(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, 2, z=3))
key = lambda pair: (-pair[1], pair[0])
print(sorted([("a", 2), ("b", 3), ("c", 2)], key=key))

# augmented assignment
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 50
n <<= 2
n >>= 1
n |= 1
n &= 0xff
n ^= 0b101
print(n)
fl = 1.0
fl /= 4
fl += 0.25
print(fl)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "ab"
s *= 3
print(s)

# subscripts and attribute chains
m = {"k": [10, 20, {"deep": "value"}]}
print(m["k"][2]["deep"], m["k"][-1]["deep"].upper().lower()[1:])
print("abc".upper().center(9, "*"))
print(([1, 2, 3] + [4]) * 2, (1, 2) + (3,), "ab" + "cd", 3 * "xy", [0] * 3)
print(divmod(17, 5), divmod(-17, 5), abs(-3.5), -(3 - 5))
print(int(True) + True, True * 3, False - 1, True / 2)
