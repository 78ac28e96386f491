# set and frozenset: CPython's iteration order, repr, operators, methods, errors
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print({100, 3, 17, 64}, set([1, 9, 17, 25, 33]), set(), frozenset(), frozenset([3, 1, 2]))
print({-1, -2, 5, 2**61, 2**61 - 1, 0}, {x * 8 for x in range(12)}, set(range(50, 0, -3)))
print({(1, 2), (3, 4), (0, 0)}, {True, 1, 1.0}, {0.5, 1.5, -0.5}, {2**64, 2**63, -2**63})
s = set()
for i in [5, 13, 21, 29, 37, 45, 8, 16]:
    s.add(i)
print(s)
for i in [13, 29]:
    s.remove(i)
s.add(61); s.add(13)
print(s, len(s))
t = set(range(100))
for i in range(0, 100, 3):
    t.discard(i)
print(t)
t.update(range(200, 260, 7))
print(t)
u = {i * i % 97 for i in range(40)}
print(u, sorted(u) == sorted(set(sorted(u))))
p = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5}
print(p.pop(), p.pop(), p)
attempt(lambda: set().pop())
attempt(lambda: {1}.remove(2))
attempt(lambda: {1}.remove([]))
attempt(lambda: {[1]})
attempt(lambda: set().add())
attempt(lambda: set().pop(1))
attempt(lambda: hash(set()))
attempt(lambda: set(1))
attempt(lambda: set(1, 2))
attempt(lambda: frozenset(x=1))
attempt(lambda: {1} | [1])
attempt(lambda: {1} < [1])
attempt(lambda: set.add(frozenset(), 1))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [7, 8]), a.intersection(b, {4}), a.difference(b, [1]), a.symmetric_difference([4, 5, 9]))
print(a.union(), a.intersection(), a.difference())
print(a <= b, a < a | b, a | b >= a, a > a, a == {4, 3, 2, 1}, a != b, a == frozenset(a))
print(a.issubset([1, 2, 3, 4, 5]), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint(b), {1}.isdisjoint({1}))
c = set(a)
c |= b; print(c)
c &= {1, 5, 6, 99}; print(c)
c -= {5}; print(c)
c ^= {6, 7}; print(c)
c.update([10], (11,)); c.intersection_update(range(100)); print(c)
c.difference_update([10]); c.symmetric_difference_update({11, 12}); print(c)
c.clear(); print(c, len(c), bool(c))
f = frozenset([1, 2, 3])
print(f | {4}, {4} | f, f & {1}, f - {1}, f ^ {9}, f.copy() is f, f.union([5]), type(f.union()))
g = f
g |= {10}
print(g, f, g is f)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([(1, 2), (3, 4)])), hash(frozenset(range(100))))
print({frozenset([1]): 'a'}[frozenset({1})], frozenset({1}) in {frozenset({1})}, set() in {frozenset()})
nested = {frozenset({1, 2}), frozenset({3}), frozenset()}
print(len(nested), frozenset({1, 2}) in nested)
def grow():
    x = {1, 2}
    for k in x:
        x.add(k + 100)
attempt(grow)
print(set('abracadabra') == set('abrcd'), len(set('abracadabra')), sorted(set('hello')))
print(set({1: 2, 3: 4}), set(range(10)) - set(range(0, 10, 2)), {1, 2}.difference({1: 'x'}))
attempt(lambda: {1, 2} - {1: 'x'})
print(list(reversed(sorted({5, 3, 8}))))
attempt(lambda: reversed({1}))
ints = set()
for i in range(1, 60):
    ints.add((i * 37) % 101)
print(ints)
for i in range(1, 60, 2):
    ints.discard((i * 37) % 101)
print(ints)
print(set([0, 8, 16, 24, 1, 9]))
x = {1, 2, 3}
x.difference_update(x)
print(x)
