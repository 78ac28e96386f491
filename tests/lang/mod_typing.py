import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    TypeVar, Generic, Protocol, Literal, Final, ClassVar, Annotated, NoReturn,
                    cast, overload, no_type_check, TYPE_CHECKING, get_type_hints, NamedTuple,
                    TypedDict, get_origin, get_args)
print(Any, Optional, Union, NoReturn, List, Dict, Callable, Iterable)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[str], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]])
print(Optional[List[int]], Dict[str, List[int]], Type[int], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Literal[1, 'a'], Final[int], ClassVar[List[int]], Annotated[int, 'meta'])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
T = TypeVar('T'); K = TypeVar('K', covariant=True); V = TypeVar('V', contravariant=True)
print(T, K, V, T.__name__)
print(List[T], Dict[K, V], List[T][int], Dict[str, T][int])
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(3); print(b.get(), Box[int], Box.__parameters__, Box.__bases__)
print(Box[int](5).item)
class P(Protocol):
    def meth(self) -> int: ...
class Impl(P):
    def meth(self): return 1
print(Impl().meth())
print(cast(int, 'x'), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@no_type_check
def g(a: 'junk'): return a
print(g.__no_type_check__)
class A:
    x: int = 1
    y: 'List[str]'
    z: Optional['A'] = None
print(get_type_hints(A))
def h(a: int, b: 'str' = 'x') -> None: pass
print(get_type_hints(h))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]))
print(get_origin(list[int]), get_args(list[int]))
Point = NamedTuple('Point', [('x', int), ('y', int)])
p = Point(1, 2); print(p, p.x, p._asdict(), Point._fields, Point.__annotations__)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def hello(self): return 'hi ' + self.name
e = Emp('bob'); print(e, e.id, e.hello(), isinstance(e, tuple), e._replace(id=5), Emp._fields, Emp._field_defaults)
print(Emp('a', 1) == ('a', 1), len(e), tuple(e))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='x', year=1); print(m, m['name'], Movie.__annotations__)
M2 = TypedDict('M2', {'a': int}); print(M2(a=1))
for bad in [lambda: Generic[int], lambda: List[int, str], lambda: Union[()], lambda: List(), lambda: Box[int, str], lambda: Optional[int, str]]:
    try: bad()
    except TypeError as ex: print('TypeError', ex)
x: List[int] = []
print(__annotations__)
print(typing.Text, typing.AnyStr, typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str])
print(list[int], dict[str, int], tuple[int, ...], tuple[()], list[list[int]], type[int], set[str], frozenset[int])
print(list[int]([1, 2]), list[int] == list[int], list[int] == list[str], dict[str, int]())
print(List[list[int]], Optional[dict[str, int]])
class Cfg:
    debug: bool = False
    name: str
    items: 'list[int]'
    def m(self, a: int, *, b: 'Optional[str]' = None) -> bool:
        return True
print(Cfg.__annotations__, Cfg.m.__annotations__)
print(get_type_hints(Cfg), get_type_hints(Cfg.m))
class WithGetitem:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(WithGetitem[int], WithGetitem[int, str])
