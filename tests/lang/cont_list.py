# list: construction, repr, indexing, slicing, methods and their errors
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2, 3]
print(a, repr(a), str(a), [], [[]], [1, 'a', 2.5, None, True, (1,), [2]])
print(len(a), a[0], a[-1], a[1:], a[:-1], a[::-1], a[::2], a[5:], a[-10:10], a[1:1])
attempt(lambda: a[3])
attempt(lambda: a[-4])
attempt(lambda: a['x'])
attempt(lambda: a[1.0])
attempt(lambda: a[::0])
attempt(lambda: a['a':])
print(a[True], a[False:True])
b = list(range(10))
print(b[2:8:3], b[8:2:-2], b[-1:-11:-1], b[::-3], b[100::-1], b[:100:4])
b[2:5] = ['x', 'y']
print(b)
b[::2] = 'abcde'
print(b)
b[1:3] = []
print(b)
del b[::3]
print(b)
del b[0]
print(b)
del b[-2:]
print(b)
def setbad():
    c = [1, 2, 3]
    c[::2] = [1]
attempt(setbad)
def setbad2():
    c = [1, 2]
    c[0:1] = 5
attempt(setbad2)
def setbad3():
    c = [1]
    c[3] = 0
attempt(setbad3)
def delbad():
    c = [1]
    del c[3]
attempt(delbad)
c = [1, 2, 3, 4, 5]
c[1:3] = c
print(c)
c = [1, 2, 3]
c[::-1] = c
print(c)
c = [1, 2, 3]
c[5:1] = [9]
print(c)
c = [1, 2, 3]
c[2:0:-1] = [8, 9]
print(c)
# methods
d = []
d.append(1); d.extend([2, 3]); d.extend((4,)); d.extend('ab'); d.extend(range(2)); d.insert(0, 'first'); d.insert(100, 'last'); d.insert(-1, 'nearlast'); d.insert(-100, 'veryfirst')
print(d)
print(d.pop(), d.pop(0), d.pop(-2), d)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].pop('a'))
d.remove('a')
print(d)
attempt(lambda: d.remove('zz'))
print(d.index(2), d.index(2, 1), d.count(2), d.count('nothing'))
attempt(lambda: d.index(99))
attempt(lambda: d.index('first'))
attempt(lambda: [1, 2, 3].index(2, 'a'))
attempt(lambda: [1, 2, 3, 2].index(2, -2))
attempt(lambda: [1, 2, 3].index(3, 0, 2))
attempt(lambda: d.index())
attempt(lambda: d.append())
attempt(lambda: d.append(1, 2))
attempt(lambda: d.append(x=1))
attempt(lambda: d.copy(1))
attempt(lambda: d.insert(1))
attempt(lambda: d.pop(1, 2))
attempt(lambda: list.append(1, 2))
e = d.copy()
e.reverse()
print(e, d, e is d)
e.clear()
print(e, d)
# sort
f = [5, 2, 8, 1, 9, 3]
f.sort(); print(f)
f.sort(reverse=True); print(f)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
attempt(lambda: sorted([3, 'a', 1]))
attempt(lambda: sorted(['a', 3]))
attempt(lambda: sorted([1, 2], key=1))
attempt(lambda: [].sort(1))
attempt(lambda: [].sort(foo=1))
attempt(lambda: [3, 1].sort(reverse=None))
big = [(i * 7919) % 1000 for i in range(500)]
s1 = sorted(big)
print(s1[:10], s1[-5:], s1 == sorted(big, reverse=True)[::-1])
stab = [(i % 3, i) for i in range(100)]
print(sorted(stab, key=lambda t: t[0])[:8], sorted(stab, key=lambda t: t[0], reverse=True)[:5])
print(sorted([3.5, 1, 2.25, -1, True]), sorted('hello'), sorted({3: 1, 1: 2}), sorted([[2, 1], [1, 2], [1]]))
# operators
print([1] + [2], [1] * 3, 3 * [1, 2], [1] * 0, [1] * -1, [0] * True)
attempt(lambda: [1] + (2,))
attempt(lambda: [1] * 'a')
attempt(lambda: [1] * 1.5)
attempt(lambda: [1] - [1])
g = [1]; h = g; g += [2]; g += (3,); g += 'ab'
print(g, h is g)
g *= 2
print(g, h is g)
def iaddbad():
    x = []
    x += 1
attempt(iaddbad)
print([1, 2] == [1, 2], [1, 2] != [1, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [] <= [], [1] >= [1, 0])
attempt(lambda: [1, 'a'] < [1, 2])
attempt(lambda: [] < ())
print([1, 2] == (1, 2), 2 in [1, 2], 5 in [1, 2], 'a' not in ['a'])
nan = float('nan')
l = [nan]
print(l == l, nan in l, l.count(nan), l.index(nan))
# recursion in repr
r = [1, 2]
r.append(r)
print(r, len(repr(r)))
r2 = [r, [r]]
print(r2)
# constructors
print(list(), list((1, 2)), list('abc'), list({1: 2, 3: 4}), list(range(3)), list({5}))
attempt(lambda: list(1))
attempt(lambda: list(1, 2))
attempt(lambda: list(x=1))
attempt(lambda: hash([]))
print(bool([]), bool([0]), [] == [], [] is [])
x = [1, 2, 3]
for i in x:
    if i == 1:
        x.append(4)
print(x)
