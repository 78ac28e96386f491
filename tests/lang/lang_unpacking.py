# Displays and unpacking: star expressions in displays, targets, loops; swaps; chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(6)
print(head, middle, tail)
p, *q = (9,)
print(p, q)
(m, n), [o, r] = (1, 2), "ab"
print(m, n, o, r)
i, (j, *k), l = 1, (2, 3, 4), 5
print(i, j, k, l)
print([*range(3), *"ab", 9], (*[1, 2], 3), {*"aab", *[1]} == {"a", "b", 1})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print([*[], *()], (*"x",), [*{"k": 1}])
d = {"x": 1}
print({**d, **d, "y": 2}, dict(**d, z=3))
for idx, (key, val) in enumerate({"one": 1, "two": 2}.items()):
    print(idx, key, val)
for a1, *b1 in [(1, 2, 3), (4, 5)]:
    print(a1, b1)
pts = [(1, 2), (3, 4)]
print([x0 + y0 for x0, y0 in pts])
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
obj_d = {}
obj_d["k"], obj_d["j"] = 1, 2
print(obj_d)
s1 = s2 = "same"
print(s1, s2)
t = 1, 2, 3
single = 4,
empty = ()
print(t, single, empty, type(single).__name__, len(empty))
print([], [1], [1, 2,], {}, {1: 2,}, set(), {1}, (1,), ((1,),))
print([[]], [{}], [()], {(): []})

errors = [
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "a, b = 1",
    "a, *b, c = [1]",
    "(a, b), c = [1, 2], 3",
]
for i_, src in enumerate(errors):
    try:
        if i_ == 0:
            a, b = [1, 2, 3]
        elif i_ == 1:
            a, b, c = [1, 2]
        elif i_ == 2:
            a, b = 1
        elif i_ == 3:
            a, *b, c = [1]
        else:
            (a, b), c = [1, 2, 3], 3
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
