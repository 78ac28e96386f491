# argument binding and its errors
def f(a, b=2, *args, k=3, **kw):
    return (a, b, args, k, kw)

print(f(1))
print(f(1, 5, 6, 7, k=8, z=9))
print(f(*[1, 2, 3], **{"k": 4, "q": 5}))
print(f(a=1, b=2))

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, c=3))

def kw_only(*, k, j=2):
    return k * j
print(kw_only(k=5))

def errors():
    cases = [
        lambda: f(),
        lambda: f(1, a=2),
        lambda: kw_only(),
        lambda: kw_only(1),
        lambda: pos_only(a=1, b=2, c=3),
        lambda: pos_only(1, 2, 3, 4),
        lambda: (lambda: 0)(1),
        lambda: f(1, **{"a": 1}),
        lambda: f(*1),
        lambda: f(**1),
        lambda: f(1, 2, k=1, **{"k": 2}),
        lambda: (lambda a, b, c: 0)(),
        lambda: (lambda a, b, c: 0)(1),
        lambda: (lambda *, a, b: 0)(),
        lambda: (lambda x: 0)(1, y=2),
        lambda: (lambda x, y=1: 0)(1, 2, 3),
    ]
    for case in cases:
        try:
            case()
        except TypeError as e:
            print("TypeError:", e)
errors()

class A:
    def m(self, x):
        return x * 2
    def noargs():
        pass
a = A()
print(a.m(4), A.m(a, 5))
try:
    a.m()
except TypeError as e:
    print(e)
try:
    a.noargs()
except TypeError as e:
    print(e)
bound = a.m
print(bound(3))

def defaults_evaluated_once(acc=[]):
    acc.append(1)
    return len(acc)
defaults_evaluated_once(); print(defaults_evaluated_once())

def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20))

def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper

@deco
def decorated(x):
    return x + 1
print(decorated(1))

def d1(f): return lambda: "d1(" + f() + ")"
def d2(f): return lambda: "d2(" + f() + ")"
@d1
@d2
def base(): return "base"
print(base())
print(f.__name__, decorated.__name__, (lambda: 0).__name__)
print(f.__defaults__, kw_only.__kwdefaults__)
def doc():
    "the doc"
print(doc.__doc__, f.__doc__)
