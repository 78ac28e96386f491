# Indexing and slicing with steps on lists, strings, tuples, ranges; slice assignment and deletion.
s = "abcdefghij"
l = list(range(10))
t = tuple(range(10))
r = range(10)
for seq in (s, l, t):
    print(seq[0], seq[-1], seq[2:5], seq[:3], seq[7:], seq[-3:], seq[:-7])
    print(seq[::2], seq[1::3], seq[::-1], seq[8:2:-2], seq[-1:-4:-1], seq[5:1], seq[100:])
    print(seq[-100:2], seq[::100], seq[3:3], seq[::-3], seq[2:-2:2])
print(r[2:8:3], r[::-1], r[-1], list(r[1:4]), r[::2][1:], len(r[::3]))
print(range(0, 20, 3)[2], range(10, 0, -2)[1:], list(range(10, 0, -2)[::-1]))

l2 = list(range(10))
l2[2:4] = ["a", "b", "c"]
print(l2)
l2[::2] = [0] * len(l2[::2])
print(l2)
l2[1:1] = [99]
print(l2)
l2[-2:] = []
print(l2)
del l2[::3]
print(l2)
del l2[0]
del l2[-1]
print(l2)
l2[:] = "xyz"
print(l2)
print(l2[slice(1, None)], s[slice(None, None, -2)], slice(1, 5, 2), slice(3))
sl = slice(2, 8, 2)
print(sl.start, sl.stop, sl.step, s[sl], sl.indices(5))

nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(nested[1][2], nested[-1][::-1], [row[1] for row in nested], nested[::2][1][0])
print("hello world"[::-1].split()[0][1:3])

errors = [
    lambda: l[10],
    lambda: s[20],
    lambda: t[-11],
    lambda: r[10],
    lambda: l[::0],
    lambda: l["a"],
    lambda: s[1.5],
    lambda: {}["missing"],
]
for e_fn in errors:
    try:
        e_fn()
    except (IndexError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    l3 = [1, 2, 3, 4]
    l3[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
