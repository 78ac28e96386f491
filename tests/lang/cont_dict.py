# dict: literals, repr, lookups, methods, views, errors
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {'a': 1, 'b': [2], 3: 'c', (1, 2): None, 2.5: True}
print(d, len(d), d['a'], d[3], d[(1, 2)], d[2.5])
print({}, dict(), {1: {}}, {1: 2}[True], {True: 'x'}[1.0])
attempt(lambda: d['zz'])
attempt(lambda: d[(1, 3)])
attempt(lambda: d[[1]])
attempt(lambda: {}[1])
attempt(lambda: {1: 2}[{}])
e = {}
e['x'] = 1; e['y'] = 2; e['x'] = 3; e[1] = 'one'; e[1.0] = 'float one'; e[True] = 'true'
print(e)
del e['y']
print(e, 'y' in e, 'x' in e, 1 in e, 2 in e)
def delbad():
    del e['nope']
attempt(delbad)
# methods
print(d.get('a'), d.get('zz'), d.get('zz', 0), d.setdefault('a', 5), d.setdefault('new', 7), d.setdefault('none'))
print(d)
print(d.pop('new'), d.pop('gone', 'dflt'), d)
attempt(lambda: d.pop('gone'))
attempt(lambda: d.pop())
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.update(1, 2))
attempt(lambda: d.update(1))
attempt(lambda: d.update([1]))
attempt(lambda: d.update([(1, 2, 3)]))
attempt(lambda: d.update(['abc']))
attempt(lambda: {}.popitem())
attempt(lambda: d.keys(1))
attempt(lambda: dict.fromkeys())
attempt(lambda: dict(1, 2))
f = {1: 1, 2: 2, 3: 3}
print(f.popitem(), f.popitem(), f)
f[9] = 9
print(f, f.popitem(), f)
g = dict(a=1, b=2)
g.update({'c': 3}, d=4)
g.update([('e', 5), ['f', 6]], g=7)
g.update(zip('hi', range(2)))
g.update(['xy'])
print(g)
print(dict([(1, 2), (3, 4)]), dict({1: 2}, x=3), dict(zip('ab', 'cd')), dict.fromkeys('abc'), dict.fromkeys([1, 2], []), {}.fromkeys(range(3), 0))
h = g.copy()
h['a'] = 100
print(g['a'], h['a'], h == g, h != g)
h.clear()
print(h, len(h), bool(h), bool(g))
# views
k = g.keys(); v = g.values(); it = g.items()
print(k, v, it)
print(len(k), 'a' in k, 'zz' in k, 1 in v, ('a', 1) in it, ('a', 2) in it, 'a' in it)
print(list(k)[:3], list(v)[:3], list(it)[:3])
g['new'] = 0
print(len(k), list(k)[-1])
print({}.keys(), {}.values(), {}.items())
print({1: 2}.keys() == {1}, {1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values())
print({1: 2, 3: 4}.keys() & {3, 5}, {1: 2}.keys() | {7}, {1: 2, 3: 4}.keys() - {1}, {1: 2}.keys() ^ {1, 2})
print({1: 2}.keys() <= {1, 2}, {1: 2}.keys() < {1}, {1: 2}.keys().isdisjoint([3]))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2, 3: 4}.values())), list(reversed({1: 2, 3: 4}.items())))
# equality and ordering
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 1}, {} == {}, {1: [1]} == {1: [1]})
attempt(lambda: {} < {})
attempt(lambda: hash({}))
# | and |=
print({1: 1, 2: 2} | {2: 'two', 3: 3})
m = {1: 1}; m2 = m; m |= {2: 2}; m |= [(3, 3)]
print(m, m is m2)
attempt(lambda: {} | [])
# iteration errors
def grow():
    x = {1: 1}
    for key in x:
        x[key + 1] = 0
attempt(grow)
def shrink():
    x = {1: 1, 2: 2}
    for key in x:
        del x[2]
attempt(shrink)
def keyschanged():
    x = {1: 1, 2: 2}
    for key in x:
        del x[key]
        x[key + 10] = 0
attempt(keyschanged)
def changeval():
    x = {1: 1, 2: 2}
    for key in x:
        x[key] = 'v'
    return x
attempt(changeval)
# recursive repr
r = {}
r['self'] = r
r['list'] = [r]
print(r)
# order after deletes
o = {}
for i in range(20):
    o[i] = i
for i in range(0, 20, 2):
    del o[i]
o[0] = 'zero'
print(o, list(o)[:3])
# many keys
big = {}
for i in range(1000):
    big[str(i)] = i
print(len(big), big['999'], sum(big.values()), list(big)[:5])
for i in range(1000):
    del big[str(i)]
print(big, len(big))
big[1] = 1
print(big)
print(dict(a=1) == {'a': 1}, {'a': 1}.get('a', 5))
# None and bool keys
n = {None: 1, False: 2, 0.0: 3}
print(n)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return 'K(%r)' % self.v
kd = {K(1): 'one', K('a'): 'a'}
print(kd[K(1)], kd, K(2) in kd)
