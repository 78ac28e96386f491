# collections.UserDict, UserList, UserString: the wrappers, their
# subclasses overriding a method, the ABC mixins they inherit.
from collections import UserDict, UserList, UserString
from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Hashable
import collections
import copy

print([name for name in dir(collections) if not name.startswith('_')])
print(collections.__all__)
print(UserDict.__module__, UserList.__qualname__, repr(UserString), collections.UserDict is UserDict)

print('-- UserDict')
d = UserDict({'a': 1}, b=2)
print(d, type(d).__name__, d.data, len(d), d['a'], d.get('z'), 'a' in d)
d['c'] = 3
del d['a']
print(d, list(d), list(d.keys()), list(d.items()), list(d.values()))
print(d == {'b': 2, 'c': 3}, d == UserDict(b=2, c=3), d != {})
print(d.pop('b'), d.setdefault('x', 0), d.popitem(), d)
d.update([('k', 1)], m=2)
print(d, d | {'n': 3}, {'n': 3} | d, type(d | {}).__name__)
d |= UserDict(z=26)
print(d, d.copy(), type(d.copy()).__name__, UserDict.fromkeys('ab', 0))
print(isinstance(d, MutableMapping), isinstance(d, dict), isinstance(d, Hashable))
try:
    d['nope']
except KeyError as e:
    print(type(e).__name__, e)
try:
    UserDict(None, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(UserDict(dict=1), UserDict(self=2))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


dd = Defaulting(a=1)
print(dd['a'], dd['zz'], 'zz' in dd, dd.get('zz'), dd)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower({'A': 1}, B=2)
lo['C'] = 3
lo.update(D=4)
print(lo, lo.copy(), type(lo.copy()).__name__)
c = copy.copy(lo)
c['E'] = 5
print(lo, c, c.data is lo.data)
match UserDict(k=1, j=2):
    case {'k': k, **rest}:
        print('mapping', k, rest)
d.clear()
print(d, len(d))

print('-- UserList')
l = UserList([3, 1, 2])
print(l, type(l).__name__, l.data, len(l), l[0], l[-1], l[1:], type(l[1:]).__name__)
l.append(4)
l.insert(0, 0)
l.extend(UserList([9]))
l.extend((8,))
print(l, l.pop(), l.pop(0), l)
l.sort()
print(l)
l.sort(key=lambda x: -x)
print(l)
l.reverse()
print(l, l.index(3), l.count(3), 3 in l, 7 in l)
l.remove(9)
print(l, l + [5], [5] + l, l + UserList([6]), (5,) + l if False else l + (5,))
print(l * 2, 2 * l, l == [1, 2, 3, 4], l == UserList([1, 2, 3, 4]), l < [1, 3], l >= [1, 2])
l += [5]
l *= 2
print(l)
l[0] = 'first'
del l[1]
print(l, l.copy(), type(l.copy()).__name__, list(reversed(l)))
l2 = copy.copy(l)
l2.append('new')
print(len(l), len(l2))
l.clear()
print(l, UserList(), UserList('abc'), UserList(UserList([1])))
print(isinstance(l, MutableSequence), isinstance(l, list), isinstance(l, Hashable))
try:
    l.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    l.remove(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    UserList([1]).index(2)
except ValueError as e:
    print(type(e).__name__, e)
match UserList([1, 2, 3]):
    case [first, *rest]:
        print('sequence', first, rest)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1])
s.push(2)
print(s, type(s[:1]).__name__, type(s + [3]).__name__, type(s * 2).__name__)

print('-- UserString')
u = UserString('Hello')
print(u, repr(u), type(u).__name__, u.data, len(u), u[1], type(u[1]).__name__, u[1:3])
print(u.upper(), u.lower(), u.title(), u.swapcase(), u.center(9, '*'), u.zfill(8))
print(u + '!', '>' + u, u + UserString('?'), u * 2, 2 * u, u + 1)
print(u == 'Hello', u == UserString('Hello'), u < 'World', u > UserString('A'), u <= 'Hello')
print('ell' in u, UserString('ell') in u, 'z' in u, u.count('l'), u.find('l'), u.rfind('l'))
print(u.index('l'), u.rindex('l'), u.startswith('He'), u.endswith('lo'), u.split('l'))
print(u.replace('l', 'L'), u.replace(UserString('H'), UserString('J')), u.strip('Ho'), u.lstrip('H'))
print(u.rstrip('o'), u.partition('l'), u.rpartition('l'), u.join('ab'), u.isalpha(), u.isdigit())
print(UserString('%s-%d') % ('a', 1), UserString(42), UserString(UserString('x')))
print(hash(u) == hash('Hello'), str(u), int(UserString('12')), float(UserString('1.5')))
print(u.ljust(7, '.'), u.rjust(7, '.'), UserString('a b').split(), u.removeprefix('He'), u.removesuffix('lo'))
print(u.format(), UserString('{0}!').format('hi'), list(u), list(reversed(u)), sorted(u))
print(isinstance(u, Sequence), isinstance(u, str), isinstance(u, Hashable), u.capitalize())
print(UserString('a,b').split(','), UserString('x\ny').splitlines(), UserString('Ab').casefold())
print(UserString('  x ').strip(), UserString('abc').encode(), UserString('a1').isalnum())
match UserString('ab'):
    case [a, b]:
        print('sequence', a, b)
    case _:
        print('not a sequence')
match 'ab':
    case [a, b]:
        print('sequence', a, b)
    case _:
        print('str is not a sequence')
