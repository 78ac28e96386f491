# collections: defaultdict, Counter, OrderedDict, namedtuple, deque —
# behaviour, reprs and error messages as CPython 3.11 prints them.
import collections
from collections import defaultdict, Counter, OrderedDict, namedtuple, deque

# defaultdict
d = defaultdict(list)
d['a'].append(1)
d['b'].append(2)
d['a'].append(3)
print(d, d['a'], len(d), isinstance(d, dict), type(d).__name__)
n = defaultdict(int)
for w in "to be or not to be".split():
    n[w] += 1
print(n, n['zz'], sorted(n.items()))
print(defaultdict(), defaultdict(None, {'x': 1}), defaultdict(str, a='b'))
print(repr(d.default_factory), n.default_factory)
nn = defaultdict(lambda: defaultdict(int))
nn['x']['y'] += 2
print(dict(nn['x']), 'x' in nn, 'q' in nn, nn.get('q'))
e = defaultdict(None)
try:
    e['missing']
except KeyError as ex:
    print('KeyError', ex)
try:
    defaultdict(5)
except TypeError as ex:
    print('TypeError', ex)
c = n.copy()
c['new'] += 1
print(type(c).__name__, c['new'], 'new' in n)
print(d | {'z': [0]}, {'y': 1} | defaultdict(int, q=2))

# Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(3), c.most_common(), c.most_common(0))
print(c['a'], c['z'], 'z' in c, c.total(), len(c))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=5))
ids = [3, 1, 3, 2, 1, 3]
blog_counts = Counter(i for i in ids)
print(blog_counts, blog_counts.most_common(1)[0])
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
a.update(['a', 'e'])
a.update({'b': 10})
a.update(f=2)
print(a)
a.subtract(['a', 'a'])
a.subtract({'b': 20})
print(a)
print(sorted(Counter(a=2, b=1).elements()), list(Counter(x=2, y=0, z=-1).elements()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) <= Counter(a=2))
del a['nope']
del a['a']
print(a)
x = Counter(a=1)
x += Counter(a=2, b=-5)
print(x)
x -= Counter(a=10)
print(x)
try:
    Counter.fromkeys('abc')
except NotImplementedError as ex:
    print('NotImplementedError', ex)
print(Counter('hello').most_common(2), type(Counter().copy()).__name__)

# OrderedDict
o = OrderedDict()
o['b'] = 2
o['a'] = 1
o['c'] = 3
print(o, OrderedDict(), list(o), list(reversed(o)))
o.move_to_end('b')
print(o)
o.move_to_end('b', last=False)
print(o)
print(o.popitem(), o.popitem(last=False), o)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print('KeyError', ex)
try:
    o.move_to_end('zz')
except KeyError as ex:
    print('KeyError', ex)
p = OrderedDict(a=1, b=2)
q = OrderedDict(b=2, a=1)
print(p == q, p == dict(q), dict(q) == p, p != q, isinstance(p, dict))

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
pt = Point(1, y=2)
print(pt, pt.x, pt.y, pt[0], pt[-1], len(pt), pt == (1, 2), isinstance(pt, tuple))
x, y = pt
print(x, y, pt._asdict(), pt._replace(y=9), Point._fields, Point._make([5, 6]))
print(Point.__name__, type(pt).__name__, pt + (3,), pt[:1], list(pt), tuple(pt))
print(sorted([Point(2, 1), Point(1, 5)]), hash(pt) == hash((1, 2)), {pt: 1}[(1, 2)])
Row = namedtuple('Row', 'id, title  blog_id', defaults=[None])
r = Row(1, 'Hi')
print(r, Row._field_defaults, Row(2, 'x', 7).blog_id)
print(namedtuple('R', 'a def _b a', rename=True)._fields)
for bad in [('P', 'a b a'), ('P', 'a _b'), ('P', 'a class'), ('P', 'a 1b'), ('1P', 'a')]:
    try:
        namedtuple(*bad)
    except ValueError as ex:
        print('ValueError', ex)
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((), {}), ((1,), {'x': 2}), ((1,), {'z': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as ex:
        print('TypeError', ex)
try:
    pt.x = 5
except AttributeError as ex:
    print('AttributeError', ex)
try:
    pt._replace(z=1)
except ValueError as ex:
    print('ValueError', ex)
try:
    Point._make([1])
except TypeError as ex:
    print('TypeError', ex)
print(Point(x=3, y=4), Point(*[7, 8]), Point(**{'x': 0, 'y': 0}))

# deque
q = deque()
q.append(1)
q.append(2)
q.appendleft(0)
print(q, len(q), q[0], q[-1], 1 in q, list(q), list(reversed(q)))
print(q.popleft(), q.pop(), q)
q.extend([5, 6, 7])
q.extendleft('ab')
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
b = deque(range(5), maxlen=3)
print(b, b.maxlen, deque().maxlen)
b.append(9)
print(b)
b.appendleft(-1)
print(b)
b.extend([10, 11])
print(b, deque([1, 2], 0))
for op in (deque().pop, deque().popleft):
    try:
        op()
    except IndexError as ex:
        print('IndexError', ex)
try:
    deque([1])[5]
except IndexError as ex:
    print('IndexError', ex)
try:
    deque([1]).remove(3)
except ValueError as ex:
    print('ValueError', ex)
try:
    deque([1], maxlen=-1)
except ValueError as ex:
    print('ValueError', ex)
w = deque([3, 1, 3])
w[1] = 7
del w[0]
print(w, w.count(3), w.index(3), deque([1]) == deque([1]), deque([1]) == [1], bool(deque()))
w.insert(0, 'z')
w.remove(7)
w.reverse()
print(w, w + deque([0]), w * 2, w.copy(), list(w))
w.clear()
print(w)
print(collections.Counter('aab')['a'], collections.deque([1]), collections.namedtuple('T', 'a')(1))

# copies, class reprs, no instance attributes on a namedtuple
import copy
print(Point, copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(d), copy.copy(Counter(a=1)))
print(copy.deepcopy(OrderedDict(a=[1])), copy.deepcopy(deque([[1]], maxlen=2)))
try:
    pt.z = 1
except AttributeError as ex:
    print('AttributeError', ex)
print(type(Counter()), defaultdict, deque, OrderedDict, Point.__bases__, Point.__doc__)
