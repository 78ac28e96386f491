# match statements: every pattern kind
import collections
from dataclasses import dataclass

def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "a" "b":
            return "ab"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other"

for v in [0, -1, 1.5, "ab", b"raw", None, True, False, 1, 0.0, "x", 2]:
    print(repr(v), lit(v))

class Color:
    RED = 1
    GREEN = 2

def val(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN | 3:
            return "green or 3"
        case other:
            return f"other {other}"

for v in [1, 2, 3, 4, 1.0, True]:
    print(v, val(v))

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case (a, b):
            return f"two {a} {b}"
        case [a, *rest, z]:
            return f"many {a} {rest} {z}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3, 4], range(5), "ab", b"ab", {1: 2}, collections.deque([7, 8]), 5, (1,), range(2)]:
    print(repr(v), seq(v))

def star(x):
    match x:
        case [*_, last]:
            return last
        case _:
            return None
print(star([1, 2, 3]), star([]), star((9,)))

match 1, 2:
    case a, b:
        print("tuple subject", a, b)

match [1, [2, 3]]:
    case [x, [y, *z]]:
        print("nested", x, y, z)

def mp(x):
    match x:
        case {"id": pk, "status": "draft"}:
            return f"draft {pk}"
        case {"id": pk, **rest}:
            return f"id {pk} rest {rest}"
        case {}:
            return "some mapping"
        case _:
            return "no"

for v in [{"id": 1, "status": "draft"}, {"id": 2, "status": "x", "n": 3}, {"k": 1}, {}, [], collections.OrderedDict(id=5), collections.defaultdict(int)]:
    print(mp(v))

dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("matched missing")
    case _:
        print("no missing key, still", dict(dd))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def cls(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, 0):
            return f"on x axis {xx}"
        case Point(z=1):
            return "has z"
        case Point():
            return "a point"
        case int(n) if n > 10:
            return f"big int {n}"
        case str() | bytes():
            return "text"
        case float(f):
            return f"float {f}"
        case _:
            return "else"

pz = Point(5, 5)
pz.z = 1
for v in [Point(0, 0), Point(0, 7), Point(3, 0), Point(2, 2), pz, 11, 3, "s", b"b", 2.5, True]:
    print(cls(v))

@dataclass
class Entry:
    title: str
    rating: int

print(Entry.__match_args__)
for e in [Entry("a", 5), Entry("b", 3)]:
    match e:
        case Entry(t, rating=r) if r > 4:
            print("good", t, r)
        case Entry(title=t):
            print("meh", t)

P = collections.namedtuple("P", "a b")
print(P.__match_args__)
match P(1, 2):
    case P(a, b=bb):
        print("namedtuple", a, bb)
match P(1, 2):
    case (x, y):
        print("namedtuple as sequence", x, y)

match [1, 2]:
    case [1, 2] as whole:
        print("as", whole)
match 5:
    case (1 | 2 | 5) as n:
        print("or as", n)
match (1, 2):
    case (1, x) | (2, x):
        print("or binding", x)

class MyInt(int):
    pass
match MyInt(4):
    case MyInt(v):
        print("subclass self-match", v)
match True:
    case bool(b):
        print("bool", b)
match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 is not True")
match 1.0:
    case 1:
        print("1.0 == 1")
