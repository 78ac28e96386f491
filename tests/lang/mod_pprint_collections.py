# The collections types, dataclasses, SimpleNamespace and mappingproxy,
# short (their repr) and too wide for one line (laid out).
import collections
import dataclasses
import pprint
import types

long_list = list(range(25))
od = collections.OrderedDict([('z', 1), ('a', long_list), ('m', {'x': 'y' * 30})])
dd = collections.defaultdict(list, {'b': [1, 2], 'a': long_list, 'c': []})
dd_none = collections.defaultdict(None, {i: str(i) * i for i in range(12)})
cnt = collections.Counter('abracadabra alakazam hocus pocus')
dq = collections.deque(long_list)
dq_max = collections.deque(long_list, maxlen=30)
cm = collections.ChainMap({'one': long_list}, {'two': 2, 'three': 'x' * 40}, {})
ud = collections.UserDict({'b': long_list, 'a': 1})
ul = collections.UserList([long_list, 'x' * 50])
us = collections.UserString('user string ' * 10)

@dataclasses.dataclass
class Point:
    x: int
    y: int

@dataclasses.dataclass
class Row:
    id: int
    headline: str
    tags: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default='hidden', repr=False)
    where: Point = None

@dataclasses.dataclass
class Custom:
    a: list
    def __repr__(self):
        return 'Custom(%d items)' % len(self.a)

@dataclasses.dataclass(repr=False)
class NoRepr:
    a: list

@dataclasses.dataclass
class Empty:
    pass

class NS(types.SimpleNamespace):
    pass

row = Row(1, 'A closer look at Gouda ' * 2, ['cheese', 'dairy', 'netherlands'], where=Point(3, 4))
objs = [
    od, collections.OrderedDict(), dd, dd_none, collections.defaultdict(int), cnt,
    collections.Counter(), dq, dq_max, collections.deque(), collections.deque(maxlen=2),
    collections.deque([1, 2], maxlen=5), cm, collections.ChainMap(), ud, collections.UserDict(),
    ul, collections.UserList(), us, collections.UserString(''),
    row, Point(1, 2), [Point(i, -i) for i in range(6)], {'rows': [row, row]},
    Custom(long_list), Empty(), [Empty()] * 9,
    types.SimpleNamespace(a=long_list, b='text ' * 12, c=types.SimpleNamespace()),
    types.SimpleNamespace(), NS(x=1, y=long_list),
    types.MappingProxyType({'k': long_list, 'a': 1}), types.MappingProxyType({}),
    [od, dd, cnt], (cm, ud, ul, us),
]
for width in (1, 20, 40, 80):
    print('=== width', width)
    for obj in objs:
        print(pprint.pformat(obj, width=width))
    print(pprint.pformat(objs[:6], width=width, compact=True))
print(pprint.pformat(objs[20], indent=3, width=30))
print(pprint.pformat(objs, depth=2))
print(pprint.pformat(objs, depth=1))
print(pprint.saferepr(row), pprint.isreadable(row))
print(pprint.isreadable(od), pprint.isreadable(cnt), pprint.isreadable(dd))
print(str(types.MappingProxyType({'a': 1})), repr(types.MappingProxyType({'a': 1})))
print(pprint.pformat(NoRepr(long_list)).startswith('<__main__.NoRepr object at 0x'))
nt = collections.namedtuple('Pair', 'left right')
print(pprint.pformat([nt(long_list, 'r' * 40), nt(1, 2)], width=40))

# subclasses of the built-in containers keep their layout unless they
# define __repr__
class MyList(list):
    pass
class MyDict(dict):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList(%s)' % list.__repr__(self)
class SuperList(list):
    def __repr__(self):
        return 'SuperList(%s)' % super().__repr__()
class MyStr(str):
    pass
class MyInt(int):
    pass
class MyTuple(tuple):
    pass
for obj in (MyList(long_list), MyDict(b=long_list, a=1), ReprList(long_list), SuperList(long_list),
            MyStr('my string ' * 10), [MyInt(10**9)] * 8, MyTuple(long_list),
            {MyStr('k'): MyInt(5)}):
    print(pprint.pformat(obj, width=40))
    print(pprint.pformat(obj, width=40, underscore_numbers=True, compact=True))
print(dict.__repr__(MyDict(a=1)), list.__repr__(ReprList([1])), tuple.__repr__(MyTuple((1,))))
print(list.__repr__ is MyList.__repr__, dict.__repr__ is list.__repr__, int.__repr__(True))
