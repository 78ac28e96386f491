# match statements: more corners of the patterns
import collections
from dataclasses import dataclass, field

class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Loud.__eq__", self.v, other)
        return self.v == other
    __hash__ = None

class Consts:
    ONE = 1
    L = Loud(1)

match Loud(1):
    case Consts.ONE:
        print("subject's __eq__ is asked first")
match 1:
    case Consts.L:
        print("reflected __eq__ when int says NotImplemented")

for v in [(), [], (1,), [[]], ((),), [1, [2, [3, [4]]]]]:
    match v:
        case ():
            print(v, "empty")
        case (()):
            print(v, "group of empty: still empty")
        case [[]] | [()]:
            print(v, "one empty inside")
        case [1, [2, [3, [x]]]]:
            print(v, "deep", x)
        case [*_]:
            print(v, "any sequence")

match {"a": 1, "b": 2}:
    case {}:
        print("{} matches any mapping")
match {"a": 1, "b": 2}:
    case {**rest}:
        print("**rest alone", rest)
match {1: "int", "1": "str"}:
    case {1: a, "1": b}:
        print("int and str keys", a, b)
match {True: "t"}:
    case {1: v}:
        print("1 finds True's entry", v)
match {(1, 2): "tuple key", None: "none key"}:
    case {None: n, **r}:
        print("None key", n, r)

@dataclass
class Base:
    a: int
    b: int = 0

@dataclass
class Sub(Base):
    c: int = 9

print(Sub.__match_args__)
match Sub(1, 2, 3):
    case Base(a, b):
        print("dataclass base pattern", a, b)
match Sub(1, 2, 3):
    case Sub(_, _, c):
        print("subclass third", c)

@dataclass
class KwOnly:
    x: int
    y: int = field(default=0)

match KwOnly(4):
    case KwOnly(x, y):
        print("kw", x, y)

Pt = collections.namedtuple("Pt", ["x", "y"])
match Pt(1, 2):
    case Pt(x=1, y=yy):
        print("namedtuple kw", yy)
    case _:
        print("no")
match {"p": Pt(0, 5)}:
    case {"p": Pt(0, y) as p}:
        print("nested", y, p)

# str, bytes and dict self-match
for v in ["s", b"b", {"k": 1}, [1], (1,), {1}, frozenset({2}), 3.0, 7]:
    match v:
        case str(x) | bytes(x):
            print("text", x)
        case dict(d):
            print("dict", d)
        case list(l) | tuple(l):
            print("list or tuple", l)
        case set(s) | frozenset(s):
            print("set", sorted(s))
        case float(f):
            print("float", f)
        case int(i):
            print("int", i)

# OR alternatives: the first that matches binds
match [2, 1]:
    case [1, x] | [x, 1]:
        print("or binds from the matching alternative", x)

# a loop over cases with break/continue/return inside the bodies
def classify(items):
    out = []
    for it in items:
        match it:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                return out + ["negative"]
            case _:
                out.append(it)
    return out
print(classify(["a", "skip", 1, "stop", 2]))
print(classify(["a", -1, "b"]))

# match inside a comprehension-free closure: the capture is a local cell
def outer(v):
    match v:
        case [x]:
            pass
    def inner():
        return x
    return inner()
print(outer([42]))

class Cls:
    match 3:
        case n:
            attr = n * 2
print(Cls.attr, Cls.n)

match -0:
    case 0:
        print("-0 matches 0")
match 2.0:
    case -2.0:
        print("no")
    case 2:
        print("2.0 == 2")
match 10**30:
    case 1000000000000000000000000000000:
        print("big int literal")
match "x":
    case "x" "":
        print("concatenated to x")
