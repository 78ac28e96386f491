# scope rules: locals, globals, closures, nonlocal, class bodies
x = "global"

def read_global():
    return x

def shadow():
    x = "local"
    return x

def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

def use_global():
    global x
    x = "changed"

print(read_global(), shadow())
unbound()
use_global()
print(x)

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c = counter()
c(); c(5)
print(c())

def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]

print([f(10) for f in make_adders()])

def late_binding():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(late_binding())

y = 10
class K:
    y = 20
    z = y + 1
    def m(self):
        return y
    w = [y for _ in range(2)]
print(K.z, K().m(), K.w)

def outer():
    a = 1
    class Inner:
        b = a + 1
        def get(self):
            return a
    return Inner
I = outer()
print(I.b, I().get())

def nested():
    v = "outer"
    def mid():
        def inner():
            return v
        return inner()
    return mid()
print(nested())

def free_unbound():
    def g():
        return late
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    late = 1
free_unbound()

def deleter():
    q = 5
    del q
    try:
        q
    except UnboundLocalError as e:
        print(type(e).__name__, e)
deleter()

try:
    undefined_name
except NameError as e:
    print(e)

def comp_scope():
    n = 3
    return [[i * j for j in range(n)] for i in range(n)]
print(comp_scope())
print({k: v for k, v in [("a", 1), ("b", 2)]})
print(len({i % 3 for i in range(10)}))
