# collections.ChainMap: lookups through the maps, writes to the first,
# new_child/parents, repr, the KeyError messages, the operators.
import collections
from collections import ChainMap, defaultdict, OrderedDict, Counter

print(ChainMap, ChainMap.__module__, ChainMap.__mro__)
print(isinstance(ChainMap(), collections.abc.MutableMapping))

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm['color'], cm['user'], cm.get('size'), cm.get('nope'), cm.get('nope', 0))
print(len(cm), list(cm), sorted(cm.items()), list(cm.values()))
print('color' in cm, 'nope' in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
print(cm.maps is cm.maps, cm.maps[0] is cli, len(cm.maps))

cm['color'] = 'blue'
print(cli, defaults['color'], cm['color'])
del cm['color']
print(cli, cm['color'])
try:
    del cm['user']
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm.pop('size')
except KeyError as e:
    print(type(e).__name__, e)
print(cm.pop('size', 'default'))
cm['a'] = 1
cm['b'] = 2
print(cm.popitem(), cm.maps[0])
cm.pop('a')
try:
    cm.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(cm.setdefault('user', 'x'), cm.setdefault('new', 'n'), cli)
cm.update({'u1': 1}, u2=2)
print(cli)
cm.clear()
print(cli, env, len(cm))

print('-- new_child / parents')
base = ChainMap({'x': 1})
child = base.new_child()
print(child, child.maps[1] is base.maps[0])
child['x'] = 2
print(child['x'], base['x'], child.parents, child.parents['x'])
grand = child.new_child({'y': 3})
print(grand, grand.parents.parents)
kw = child.new_child(z=4)
print(kw, kw.maps[0])
m = {'q': 0}
both = child.new_child(m, r=5)
print(both, both.maps[0] is m, m)
print(ChainMap().parents, ChainMap({1: 2}).parents)
print(type(child.parents).__name__)

print('-- copy / fromkeys')
orig = ChainMap({'a': 1}, {'b': 2})
cp = orig.copy()
cp['a'] = 100
cp['c'] = 3
print(orig, cp, cp.maps[1] is orig.maps[1])
import copy
cp2 = copy.copy(orig)
print(cp2, type(cp2).__name__, cp2.maps[0] is orig.maps[0])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys(['x'], 0))

print('-- iteration order and shadowing')
cm = ChainMap({'c': 3, 'a': 'first'}, {'b': 2, 'a': 'second'}, {'d': 4, 'a': 'third'})
print(list(cm), list(cm.keys()), list(cm.items()), list(cm.values()))
print(dict(cm), len(cm), cm['a'])
print(cm == {'a': 'first', 'b': 2, 'c': 3, 'd': 4}, cm == ChainMap(dict(cm)), cm != {})

print('-- defaultdict and Counter inside')
dd = defaultdict(list)
cm = ChainMap({}, dd)
print(cm['anything'], dict(dd))
cm = ChainMap(Counter('aab'), {'z': 9})
print(cm['a'], cm['z'], cm['q'], cm)

print('-- operators')
a = ChainMap({'a': 1}, {'b': 2})
print(a | {'c': 3}, a)
print({'c': 3, 'a': 0} | a)
a |= {'d': 4}
print(a)
print(a | OrderedDict(e=5))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] | a
except TypeError as e:
    print(type(e).__name__, e)

print('-- repr')
r = ChainMap()
r.maps[0]['self'] = r
print(r)
print(ChainMap({}, {}), repr(ChainMap([('k', 'v')])))


class Sub(ChainMap):
    def __missing__(self, key):
        return 'missing %r' % (key,)


s = Sub({'a': 1})
print(s, s['zz'], s.get('zz'), 'zz' in s, s.new_child(), type(s.parents).__name__)


class Ctx(ChainMap):
    pass


print(Ctx({'a': 1}).new_child(b=2), Ctx.fromkeys('x'))

print('-- match')
match ChainMap({'k': 1}, {'j': 2}):
    case {'j': j, **rest}:
        print('mapping', j, rest)
