# typing's aliases of the collections.abc classes are those classes:
# isinstance/issubclass through them, subclassing them (also subscripted).
import collections.abc
import typing
from typing import (List, Iterable, Mapping, MutableMapping, Callable, Sequence, Dict, Tuple,
                    Type, ChainMap, Hashable, Sized, AbstractSet, TypeVar)

print(Iterable.__origin__ is collections.abc.Iterable, AbstractSet.__origin__,
      ChainMap.__origin__, Callable.__origin__, typing.get_origin(Mapping[str, int]))
print(isinstance([], List), isinstance([], Iterable), isinstance({}, Mapping), isinstance(len, Callable))
print(isinstance((), Tuple), isinstance(int, Type), issubclass(list, Sequence), issubclass(dict, Sequence))
print(isinstance([], Dict), isinstance(1, Hashable), isinstance([], Hashable), isinstance('', Sized))
print(isinstance(frozenset(), AbstractSet), isinstance({}, MutableMapping), isinstance(3, (str, Iterable)))
print(issubclass(List, Iterable), issubclass(Dict, Mapping), issubclass(Tuple, Sequence))
print(Iterable[int], Mapping[str, int], Callable[[int], str], ChainMap[str, int], Hashable)
for check in (lambda: isinstance([], List[int]), lambda: issubclass(list, Iterable[int]),
              lambda: isinstance(len, Callable[[int], int])):
    try:
        check()
    except TypeError as e:
        print(type(e).__name__, e)

T = TypeVar('T')


class Box(Mapping[str, int]):
    def __getitem__(self, k):
        if k != 'a':
            raise KeyError(k)
        return 1

    def __iter__(self):
        return iter(['a'])

    def __len__(self):
        return 1


b = Box()
print(dict(b), b.get('a'), b.get('z'), 'a' in b, isinstance(b, collections.abc.Mapping))
print(Box.__mro__)


class Bag(Iterable[T]):
    def __iter__(self):
        return iter([1])


print(Bag.__mro__, Bag[int], list(Bag()), isinstance(Bag(), Iterable))


class Measured(typing.Sized):
    def __len__(self):
        return 0


print(len(Measured()), Measured.__mro__)
for make in (lambda: Mapping[str, int](), lambda: Mapping(), lambda: Callable[[int], int](),
             lambda: typing.Iterable[int](), lambda: List(), lambda: List[int](), lambda: Tuple(),
             lambda: Type[int](), lambda: typing.Counter(), lambda: typing.Counter[str]('aab'),
             lambda: ChainMap(), lambda: ChainMap[str, int]({'a': 1}), lambda: typing.Deque[int]([1]),
             lambda: typing.DefaultDict(list), lambda: typing.OrderedDict[str, int](a=1)):
    try:
        print(repr(make()))
    except TypeError as e:
        print(type(e).__name__, e)
print(typing.ByteString, isinstance(b'', typing.ByteString), typing.Counter[str]().__orig_class__)


class Half(MutableMapping):
    pass


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
