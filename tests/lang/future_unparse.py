from __future__ import annotations

def show(f):
    for k, v in f.__annotations__.items():
        print(k, repr(v))

def f1(a: int|None, b: Dict[str,int], c: 'Entry', d: "it's", e: list[int] | None = None) -> list[int] | None: pass
show(f1)
def f2(a: lambda: 1, b: lambda x, y=2: x, c: lambda *a, **k: 0, d: lambda *, k: 0, e: lambda a, /, b: 0): pass
show(f2)
def f3(a: x[1:2], b: x[1:2:3], c: x[:], d: x[::2], e: x[1, 2], f: x[(1, 2)], g: x[()], h: x[1,], i: x[a:b, c]): pass
show(f3)
def f4(a: a.b.c, b: f(1, k=2), c: f(*a, **k), d: f(x for x in y), e: f((x for x in y), 1), g: 1 .real, h: (1).real, i: 1.5.real): pass
show(f4)
def f5(a: 1_000, b: 0x10, c: 0o17, d: 0b11, e: 1e10, f: 1.0, g: 1e999, h: 3.14_15, i: 10**20, j: 1e-5, k: 0.1): pass
show(f5)
def f6(a: f"x{y}z", b: f"{y!r:>{w}}", c: f"{y=}", d: f"{'a'}", e: f"{{}}", f: f"{ {1: 2} }", g: f"abc", h: "a" "b", i: b"x\n", j: '\n\t"\'', k: "é\x00"): pass
show(f6)
def f7(a: a + b * c, b: (a + b) * c, c: a - (b - c), d: (a - b) - c, e: a ** b ** c, f: (a ** b) ** c, g: -a ** b, h: (-a) ** b, i: not a, j: a and b or c, k: a and (b or c), l: a if b else c, m: (a if b else c) if d else e, n: a < b < c, o: (a < b) < c, p: a is not b, q: a not in b, r: ~a, s: +a, t: a | b & c ^ d, u: (a | b) & c, v: a << b >> c, w: a @ b, x: a // b % c, y: a / b): pass
show(f7)
def f8(a: [1, 2], b: (1, 2), c: {1, 2}, d: {1: 2, **e}, e: [x for x in y if x if z], f: {x for x in y}, g: {k: v for k, v in y}, h: (x for x in y), i: [*a, *b], j: None, k: True, l: ..., m: (), n: [], o: {}, p: (1,), q: [x for x in (a, b)], r: [x for x in a if (b if c else d)]): pass
show(f8)
def f9(a: (lambda: 1)(), b: (a if b else c).d, c: (not a).b, d: -(a + b), e: not (a and b), f: a if (lambda: b) else c, g: (lambda: 1) if a else b, h: a[b][c], i: a.b[c].d(e), j: (a, b)[0], k: -1, l: - 1, m: (-1) ** 2, n: 2 ** -1, o: a * -b, p: a + (not b), q: a == (b == c), s: await_, u: f"{a if b else c}"): pass
show(f9)
x: Optional[int] = None
y: 'Entry' 
z: int | str
print(__annotations__)
class C:
    a: ClassVar[int] = 1
    b: C
    def m(self, o: C) -> C: return self
print(C.__annotations__, C.m.__annotations__)
def g():
    loc: undefined_name = 1
    return loc
print(g())
