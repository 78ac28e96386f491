from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass)
from typing import List, ClassVar, Optional

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1); print(p, p == Point(1, 0), p != Point(2), Point.__doc__, Point.__hash__)
print(Point(y=3, x=4), repr(Point(1, 2)))
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(p)[1].default)
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__match_args__, Point.__dataclass_params__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False, repr=False)
v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2, 'x')), v1 == Version(1, 2, 'z'))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, init=False)
    kind: ClassVar[str] = 'inv'
    def __post_init__(self):
        self.total = len(self.items)
a = Inventory(); b = Inventory(['x', 'y'])
a.items.append('q'); print(a, b, Inventory().items, Inventory.kind, [f.name for f in fields(Inventory)])

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: Optional['Node'] = None
root = Node('root'); kid = Node('kid', parent=None); root.children.append(kid)
print(asdict(root), astuple(root))

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a = self.a * scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=1), K(b=2, a=3))

@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 5
print(K2(1, b=2), K2.__match_args__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(H(1)) == hash(H(1)), H(1) == H(1, [2]))

@dataclass(eq=False)
class NoEq:
    a: int
n = NoEq(1); print(n == NoEq(1), n == n)

@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1), [f.name for f in fields(Child)])

@dataclass(repr=False)
class R:
    a: int
    def __repr__(self): return 'R!'
print(R(1))

@dataclass()
class Empty:
    pass
print(Empty(), Empty() == Empty())
C = make_dataclass('C', [('x', int), ('y', int, field(default=5))])
print(C(1), C.__name__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)

def attempt(fn):
    try:
        fn()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, z=3))
attempt(lambda: Point(1, x=3))
attempt(lambda: K())
attempt(lambda: K2(1))
attempt(lambda: Inventory(total=3))
attempt(lambda: replace(a, total=3))
attempt(lambda: replace(3))
attempt(lambda: asdict(Point))
attempt(lambda: fields(3))
attempt(lambda: field(default=1, default_factory=list))
def bad_mutable():
    @dataclass
    class Bad:
        x: list = []
def bad_order():
    @dataclass
    class Bad:
        x: int = 0
        y: int
def bad_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        x: int
def bad_frozen():
    @dataclass
    class Bad(Version):
        z: int = 0
def bad_dict():
    @dataclass
    class Bad:
        d: dict = {}
def bad_noannot():
    @dataclass
    class Bad:
        x = field(default=1)
def bad_lt():
    @dataclass(order=True)
    class Bad:
        x: int
        def __lt__(self, o): return True
for fn in [bad_mutable, bad_order, bad_eq, bad_frozen, bad_dict, bad_noannot, bad_lt]:
    attempt(fn)
