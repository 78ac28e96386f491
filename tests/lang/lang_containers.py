# list, tuple, dict and set methods and behaviour (sets hold only ints so their order is fixed).
l = [3, 1, 4, 1, 5]
l.append(9)
l.extend([2, 6])
l.extend("ab")
l.insert(0, "first")
l.insert(100, "end")
l.insert(-1, "before-end")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(1), l.count(1), l.index(5, 2), len(l))
nums = [5, 2, 8, 1, 9, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower)
print(words)
words.sort(key=lambda w: (len(w), w))
print(words)
stable = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
stable.sort(key=lambda p: p[0])
print(stable)
c = nums.copy()
c.clear()
print(c, nums, [1, 2] * 2, [[1]] * 2, list(reversed(nums)))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, [2, 3]] < [1, [2, 4]], [] < [0])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)

t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, t[1:], len(t), 2 in t, (1, 2) < (1, 3), tuple(reversed(t)))
print((1, [2, 3])[1][0], ((1, 2), (3, 4))[1], hash((1, 2)) == hash((1, 2)))

d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), "a" in d, 1 in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {**d} == d, d.copy() is d)
keys = d.keys()
d["new"] = 0
print(keys, d.values(), d.items(), len(keys), "new" in keys)
print({1: "a"} | {2: "b"}, {1: "a", 2: "x"} | {2: "b"})
e = {1: 1}
e |= {2: 2}
print(e)
del d["new"]
print(d, sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "tuple key"}[(1, 2)])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(w[0], []).append(w)
print(grouped)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"))
it_d = {"k1": 1, "k2": 2}
for k in list(it_d):
    if k == "k1":
        del it_d[k]
print(it_d)
try:
    for k in it_d:
        it_d["k3"] = 3
except RuntimeError as err:
    print(type(err).__name__, err)

s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.remove(2)
print(s, len(s), 3 in s, 2 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection([1, 2, 10]), a.difference({1}), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
print(c, set(), set([1, 1, 2]), frozenset({1, 2}), frozenset(), {frozenset({1}): "fs"})
print(sorted({-1, 5, 3, 100, 0}), s.pop() in {1, 3, 4}, {x * 2 for x in range(4)})
u = {1, 2, 3}
u.update([4], (5,))
u.intersection_update({1, 2, 3, 4})
u.difference_update([1])
print(u, u.copy(), u == {2, 3, 4}, {1, 2} == frozenset({1, 2}))
u.clear()
print(u, len(u), bool(u))
for bad in (lambda: {1}.remove(9), lambda: [].remove(1), lambda: {}.pop("k"), lambda: set().pop(), lambda: [1, 2].pop(5), lambda: (1, 2).index(9)):
    try:
        bad()
    except (KeyError, ValueError, IndexError) as err:
        print(type(err).__name__, err)
