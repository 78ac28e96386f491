# What a match statement takes for a sequence or a mapping: the builtins,
# subclasses of collections.abc.Sequence / Mapping, classes registered with
# them (and their subclasses), and the first of them along the MRO.
from collections import deque, OrderedDict, UserList, UserDict, UserString
from collections.abc import Sequence, MutableSequence, Mapping, MutableMapping, Set


def kind(subject):
    match subject:
        case {'k': v}:
            return 'mapping k=%r' % (v,)
        case {}:
            return 'mapping'
        case [x, y]:
            return 'sequence of 2: %r %r' % (x, y)
        case [*items]:
            return 'sequence of %d' % len(items)
        case _:
            return 'neither'


class Seq(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


class Map(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


class PlainSeq:
    def __getitem__(self, i):
        return (1, 2)[i]

    def __len__(self):
        return 2


class PlainMap:
    def __init__(self):
        self._d = {'k': 'v'}

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return 1


class PlainSeqChild(PlainSeq):
    pass


class PlainMapChild(PlainMap):
    pass


class SeqChild(Seq):
    pass


class MapChild(Map):
    pass


class ListMapping(list, Mapping):
    pass


class MappingList(Map, list):
    pass


class DictSeq(dict, Sequence):
    pass


class Frozen(Set):
    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0


subjects = [
    ('list', [1, 2]), ('tuple', (1, 2, 3)), ('range', range(2)), ('str', 'ab'),
    ('bytes', b'ab'), ('dict', {'k': 1}), ('empty dict', {}), ('deque', deque([1, 2])),
    ('OrderedDict', OrderedDict(k=2)), ('UserList', UserList([1, 2])),
    ('UserDict', UserDict(k=3)), ('UserString', UserString('ab')),
    ('Seq', Seq(1, 2)), ('Map', Map(k=4)), ('SeqChild', SeqChild(1, 2, 3)),
    ('MapChild', MapChild()), ('PlainSeq', PlainSeq()), ('PlainMap', PlainMap()),
    ('ListMapping', ListMapping([1, 2])), ('MappingList', MappingList(k=5)),
    ('DictSeq', DictSeq(k=6)), ('Frozen', Frozen()), ('set', {1, 2}),
]
for name, subject in subjects:
    print('%-12s %s' % (name, kind(subject)))

print('-- after registering')
print(Sequence.register(PlainSeq) is PlainSeq, MutableMapping.register(PlainMap) is PlainMap)
for name, subject in [('PlainSeq', PlainSeq()), ('PlainMap', PlainMap()),
                      ('PlainSeqChild', PlainSeqChild()), ('PlainMapChild', PlainMapChild())]:
    print('%-13s %s' % (name, kind(subject)))


class Late(PlainSeq):
    pass


print('Late', kind(Late()), isinstance(Late(), Sequence), isinstance(Late(), MutableSequence))
