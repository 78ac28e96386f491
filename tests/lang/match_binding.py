# match statements: binding rules, guards, runtime errors

# a failed pattern binds nothing
match [1, 2, 3]:
    case [a1, b1]:
        pass
    case _:
        pass
try:
    print(a1, b1)
except NameError as e:
    print("NameError", e)

# a pattern that matched but whose guard failed leaves its names bound
match [1, 2]:
    case [a2, b2] if a2 > b2:
        print("no")
    case _:
        print("guard failed")
print(a2, b2)

# the guard sees the bindings, and runs after them
calls = []
def g(v):
    calls.append(v)
    return v == 3
for item in [1, 2, 3, 4]:
    match item:
        case n if g(n):
            print("guard hit", n)
        case n:
            pass
print(calls)

# first match wins
match 3:
    case int():
        print("first")
    case 3:
        print("second")

# no case matches: nothing happens
match "zzz":
    case "a":
        print("a")
print("after no match")

# subject evaluated once
count = 0
def subj():
    global count
    count += 1
    return count
match subj():
    case 5:
        pass
    case 6:
        pass
    case x:
        print("subject once", x, count)

# the walrus in a subject and a guard
match (y := 10):
    case 10 if (z := y * 2) > 5:
        print("walrus", y, z)

# in functions: locals
def f(v):
    match v:
        case [x, *ys]:
            return x, ys
        case {"k": x}:
            return x
        case x:
            return ("bare", x)
print(f([1, 2]), f({"k": 9}), f(0))

def errs(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)

class A:
    pass
class B:
    __match_args__ = ("x",)
    x = 1
class C:
    __match_args__ = ["x"]
class D:
    __match_args__ = (1,)
class E:
    k = "a"
    j = "a"
def t1():
    match A():
        case A(1): pass
errs(t1)
def t2():
    match A():
        case A(1, 2): pass
errs(t2)
def t3():
    match B():
        case B(1, 2): pass
errs(t3)
def t4():
    match B():
        case B(1, x=2): pass
errs(t4)
def t5():
    match C():
        case C(1): pass
errs(t5)
def t6():
    match D():
        case D(1): pass
errs(t6)
def t7():
    match 1:
        case int(1, 2): pass
errs(t7)
def t8():
    match 1:
        case len(): pass
errs(t8)
def t9():
    match {'a': 1, 'b': 2}:
        case {E.k: 1, E.j: 2}: pass
errs(t9)
def t10():
    match {'a': 1, 'b': 2}:
        case {'a': 1, E.k: 2}: pass
errs(t10)
def t11():
    match {'b': 1, 'c': 2}:
        case {'a': 1, E.k: 2}: print('hit')
        case _: print('missing key first: no error')
errs(t11)
def t12():
    match A():
        case A(1): pass
errs(t12)
def t13():
    match 5:
        case A(): print('not an A')
        case B(): pass
        case _: print('fallthrough')
errs(t13)

class Prop:
    __match_args__ = ("boom", "ok")
    ok = 1
    @property
    def boom(self):
        raise AttributeError("nope")
match Prop():
    case Prop(_, 1):
        print("matched")
    case _:
        print("AttributeError from a property means no match")

class Prop2:
    @property
    def boom(self):
        raise KeyError("k")
def t14():
    match Prop2():
        case Prop2(boom=1): pass
errs(t14)

class M(dict):
    def get(self, k, d=None):
        print("get", k)
        return super().get(k, d)
match M(a=1, b=2):
    case {"a": 1, "b": bv, **rest}:
        print("subclass get", bv, rest)
