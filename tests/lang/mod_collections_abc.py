# collections.abc: isinstance/issubclass over the builtins (registrations
# and __subclasshook__), structural checks on user classes, the mixin
# methods of the ABCs, abstract instantiation errors.
import collections
import collections.abc
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized,
                             Container, Callable, Collection, Set, MutableSet, Mapping,
                             MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
                             AsyncIterable, AsyncIterator)
import datetime
import decimal
import types

ABCS = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable,
        Collection, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, Sequence, MutableSequence, ByteString, Awaitable, Coroutine,
        AsyncIterable, AsyncIterator]

print(collections.abc.Iterable, Mapping.__module__, Mapping.__name__, Mapping.__qualname__)
print(collections.abc.Sequence is Sequence, type(Mapping).__name__)
print(Mapping.__mro__)
print(Sequence.__mro__)
print(KeysView.__mro__)
print(sorted(Mapping.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))
print(sorted(Sequence.__abstractmethods__), sorted(MutableSequence.__abstractmethods__))
print(sorted(Set.__abstractmethods__), sorted(MutableSet.__abstractmethods__))
print(sorted(Generator.__abstractmethods__), sorted(Iterator.__abstractmethods__))
print(sorted(MappingView.__abstractmethods__), sorted(KeysView.__abstractmethods__))


def gen():
    yield 1


class Plain:
    def method(self):
        pass


def row(name, value):
    marks = ''.join(' Y' if isinstance(value, a) else ' .' for a in ABCS)
    print('%-22s%s' % (name, marks))


print(' ' * 22 + ''.join(' ' + a.__name__[:1] for a in ABCS))
values = [
    ('int', 1), ('bool', True), ('float', 1.5), ('str', 'ab'), ('empty str', ''),
    ('bytes', b'ab'), ('list', [1]), ('tuple', (1,)), ('dict', {1: 2}), ('set', {1}),
    ('frozenset', frozenset()), ('range', range(3)), ('None', None),
    ('dict.keys', {}.keys()), ('dict.values', {}.values()), ('dict.items', {}.items()),
    ('iter(list)', iter([])), ('iter(tuple)', iter(())), ('iter(dict)', iter({})),
    ('iter(str)', iter('')), ('iter(bytes)', iter(b'')), ('iter(set)', iter(set())),
    ('iter(range)', iter(range(3))), ('reversed(list)', reversed([])),
    ('reversed(range)', reversed(range(3))), ('reversed(tuple)', reversed((1, 2))),
    ('reversed(dict)', reversed({})), ('iter(values)', iter({}.values())),
    ('iter(items)', iter({}.items())), ('zip', zip()), ('map', map(len, [])),
    ('filter', filter(None, [])), ('enumerate', enumerate([])),
    ('iter(callable)', iter(lambda: 0, 1)), ('generator', gen()), ('genexp', (x for x in [])),
    ('len', len), ('lambda', lambda: 0), ('bound method', Plain().method),
    ('class', Plain), ('int type', int), ('object()', object()), ('slice', slice(1)),
    ('date', datetime.date(2020, 1, 1)), ('Decimal', decimal.Decimal(1)),
    ('NotImplemented', NotImplemented), ('Ellipsis', ...), ('property', property()),
    ('staticmethod', staticmethod(len)), ('classmethod', classmethod(len)),
    ('exception', ValueError()), ('deque', collections.deque()),
    ('OrderedDict', collections.OrderedDict()), ('Counter', collections.Counter()),
    ('defaultdict', collections.defaultdict()), ('namedtuple', collections.namedtuple('P', 'x y')(1, 2)),
    ('ChainMap', collections.ChainMap()), ('UserDict', collections.UserDict()),
    ('UserList', collections.UserList()), ('UserString', collections.UserString('')),
    ('mappingproxy', types.MappingProxyType({})),
]
for name, value in values:
    row(name, value)
# generators left unfinished would run their finally on collection in CPython
for name, value in values:
    if name == 'generator':
        value.close()

print('-- issubclass on the classes')
for cls in (int, str, bytes, list, tuple, dict, set, frozenset, range, type, object, bool,
            type(None), type({}.keys()), type(iter([])), type(gen())):
    print('%-22s%s' % (cls.__name__, ''.join(' Y' if issubclass(cls, a) else ' .' for a in ABCS)))

print('-- between the ABCs')
for a in ABCS:
    print('%-22s%s' % (a.__name__, ''.join(' Y' if issubclass(a, b) else ' .' for b in ABCS)))

print('-- structural checks')


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class OnlyNext:
    def __next__(self):
        raise StopIteration


class IterNext(OnlyIter):
    def __next__(self):
        raise StopIteration


class OnlyLen:
    def __len__(self):
        return 0


class OnlyContains:
    def __contains__(self, x):
        return True


class Collect(OnlyIter):
    def __len__(self):
        return 2

    def __contains__(self, x):
        return x in (1, 2)


class Rev(OnlyIter):
    def __reversed__(self):
        return iter([2, 1])


class RevNone(OnlyIter):
    __reversed__ = None


class Unhashable:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash(EqOnly):
    def __hash__(self):
        return 1


class IterNone(OnlyIter):
    __iter__ = None


class Calls:
    def __call__(self):
        return 1


class GenLike(IterNext):
    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


class Await:
    def __await__(self):
        return iter([])


class AIter:
    def __aiter__(self):
        return self

    def __anext__(self):
        pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class StrSub(str):
    pass


class TupleSub(tuple):
    pass


class ListSubUnhashable(list):
    def __hash__(self):
        return 7


for cls in (OnlyIter, OnlyNext, IterNext, OnlyLen, OnlyContains, Collect, Rev, RevNone,
            Unhashable, EqOnly, EqAndHash, IterNone, Calls, GenLike, Await, AIter, ListSub,
            DictSub, StrSub, TupleSub, ListSubUnhashable, Plain):
    print('%-22s%s' % (cls.__name__, ''.join(' Y' if issubclass(cls, a) else ' .' for a in ABCS)))

print('-- registration')


class Registered:
    pass


class RegisteredChild(Registered):
    pass


print(issubclass(Registered, Sequence), isinstance(RegisteredChild(), Sequence))
print(Sequence.register(Registered) is Registered)
print(issubclass(Registered, Sequence), isinstance(RegisteredChild(), Sequence))
print(issubclass(Registered, Reversible), issubclass(Registered, Collection),
      issubclass(Registered, Iterable), issubclass(Registered, MutableSequence))
print(issubclass(Registered, Mapping))


@Mapping.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Mapping), issubclass(Decorated, Container))
try:
    Sequence.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Iterable.register(Sequence)
    Sequence.register(Iterable)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    issubclass(3, Iterable)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass([], Sized)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(3, (str, Hashable)), issubclass(list, (Hashable, Sized)))
print(isinstance([], (Mapping, Set)))

print('-- abstract instantiation')
for abc in ABCS:
    try:
        abc()
        print(abc.__name__, 'instantiated')
    except TypeError as e:
        print(type(e).__name__, e)


class HalfMapping(Mapping):
    def __getitem__(self, key):
        raise KeyError(key)


class HalfSeq(MutableSequence):
    def __len__(self):
        return 0


for cls in (HalfMapping, HalfSeq):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)

print('-- Mapping mixins')


class Table(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'Table(%r)' % (self._d,)


t = Table(a=1, b=2)
print(len(t), list(t), t['a'], t.get('a'), t.get('z'), t.get('z', 0))
print('a' in t, 'z' in t, list(t.keys()), list(t.values()), list(t.items()))
print(t.keys(), type(t.keys()).__name__, len(t.items()))
print(('a', 1) in t.items(), ('a', 2) in t.items(), 2 in t.values(), 5 in t.values())
print(t == {'a': 1, 'b': 2}, t == Table(a=1, b=2), t == Table(a=1), t != {'a': 1}, t == [1])
print(t.keys() & {'a', 'z'}, t.keys() - {'a'}, sorted(t.keys() | {'c'}))
print(t.keys() == {'a', 'b'}, t.keys() <= {'a', 'b', 'c'}, t.keys() < {'a', 'b'})
print(t.items() == {('a', 1), ('b', 2)}, t.keys().isdisjoint(['x']))
print(dict(t), sorted(t), Table.__reversed__, Table.__hash__)
try:
    reversed(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(t, Mapping), isinstance(t, MutableMapping), isinstance(t, dict))
print(isinstance(t, Hashable), isinstance(t, Reversible), isinstance(t, Collection))
match t:
    case {'a': 1, **rest}:
        print('matched mapping', rest)
    case _:
        print('no match')

print('-- MutableMapping mixins')


class Store(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return 'Store(%r)' % (self._d,)


s = Store({'x': 1}, y=2)
print(s, len(s))
s.update([('z', 3)], w=4)
print(s)
s.update(Table(q=9))
print(s)
print(s.pop('x'), s.pop('nope', 'default'), s)
try:
    s.pop('nope')
except KeyError as e:
    print(type(e).__name__, e)
print(s.setdefault('y', 100), s.setdefault('new', 100), s)
print(s.popitem(), s)
s.clear()
print(s, len(s))
try:
    s.popitem()
except KeyError as e:
    print(type(e).__name__, repr(e))
s['a'] = 1
print(s == {'a': 1}, s.get('a'), 'a' in s)

print('-- Sequence mixins')


class Letters(Sequence):
    def __init__(self, text):
        self._t = text

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return len(self._t)


w = Letters('banana')
print(list(w), list(reversed(w)), 'n' in w, 'z' in w)
print(w.index('n'), w.index('a', 2), w.index('a', -2), w.count('a'), w.count('z'))
try:
    w.index('z')
except ValueError as e:
    print(type(e).__name__, repr(e))
try:
    w.index('b', 1, 4)
except ValueError as e:
    print(type(e).__name__, repr(e))
print(isinstance(w, Sequence), isinstance(w, Reversible), isinstance(w, MutableSequence))
print(isinstance(w, Hashable), sorted(w), max(w), ''.join(w))
match Letters('ab'):
    case [first, second]:
        print('matched sequence', first, second)
    case _:
        print('no match')
match Letters('abc'):
    case [first, *rest]:
        print('matched star', first, rest)

print('-- MutableSequence mixins')


class Stack(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return 'Stack(%r)' % (self._items,)


st = Stack([1, 2])
st.append(3)
st.extend([4, 5])
print(st, st.pop(), st.pop(0), st)
st.reverse()
print(st)
st.remove(3)
print(st)
st += [7, 8]
print(st)
st.extend(st)
print(st, st.count(7), st.index(8))
st.clear()
print(st, len(st))
try:
    st.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    st.remove(1)
except ValueError as e:
    print(type(e).__name__, repr(e))

print('-- Set mixins')


class ListSet(Set):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return 'ListSet(%r)' % (self._items,)


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a == ListSet([3, 2, 1]), a == b, a <= b, a < ListSet([1, 2, 3, 4]), a >= ListSet([1]))
print(a > ListSet([1]), a > a, a.isdisjoint([7]), a.isdisjoint([3]))
print(a == {1, 2, 3}, a <= {1, 2, 3}, a & [1, 9], [1, 9, 2] & a)
print(a - [1], a | [9], a ^ [1, 9])
print(sorted({5, 6} - a), a._hash() == ListSet([3, 1, 2])._hash(), a._hash() == hash(frozenset([1, 2, 3])))
print(a == [1, 2, 3], a.__eq__([1]))
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(list(self._items))

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return 'Bag(%r)' % (self._items,)


g = Bag([1, 2, 3])
g.remove(2)
print(g)
try:
    g.remove(9)
except KeyError as e:
    print(type(e).__name__, e)
print(g.pop(), g)
g |= [5, 6]
print(g)
g &= [5, 6, 7]
print(g)
g ^= [6, 8]
print(g)
g -= [5]
print(g)
g.clear()
print(g)
try:
    g.pop()
except KeyError as e:
    print(type(e).__name__, repr(e))

print('-- Iterator / Generator / Callable mixins')


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c))


class Echo(Generator):
    def __init__(self):
        self.last = None

    def send(self, value):
        if value == 'stop':
            raise StopIteration
        self.last = value
        return value

    def throw(self, typ, val=None, tb=None):
        raise typ


e = Echo()
print(next(e), e.send(5), e.last)
e.close()
print(isinstance(e, Iterator), isinstance(e, Generator))
try:
    e.throw(ValueError)
except ValueError as err:
    print(type(err).__name__, err)


class Stubborn(Generator):
    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        return 'ignored'


try:
    Stubborn().close()
except RuntimeError as err:
    print(type(err).__name__, err)


class Adder(Callable):
    def __call__(self, x):
        return x + 1


print(Adder()(1), callable(Adder()), isinstance(Adder(), Callable))


class Views(MappingView):
    pass


v = Views({'a': 1})
print(len(v), v)
print(KeysView({'a': 1, 'b': 2}), list(KeysView({'a': 1})), list(ItemsView({'a': 1})),
      list(ValuesView({'a': 1})))
print(KeysView({'a': 1}) & {'a'}, ItemsView({'a': 1}) | {('b', 2)} == {('a', 1), ('b', 2)})

print('-- generic aliases')
print(Iterable[int], Mapping[str, int], Sequence[int].__origin__ is Sequence)
print(Callable[[int, str], float], Callable[..., int], Callable[[], None])
print(Callable[[int], str].__args__, MutableMapping[str, list[int]])
print(isinstance([], Iterable), isinstance({}, Mapping))
