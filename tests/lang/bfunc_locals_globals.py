# globals(), locals(), vars() and dir() without arguments, as CPython 3.11:
# the module/class namespace itself, a function's snapshot in co_varnames,
# co_cellvars, co_freevars order (cells read through), and the errors.
x = 1
def f(a, b=2):
    c = a + b
    def g():
        return c
    print(sorted(locals()), locals()["a"], "x" in globals())
    return g
f(1)
print("f" in globals(), globals()["x"], sorted(k for k in globals() if not k.startswith("__")))
print(sorted(k for k in dir() if not k.startswith("__")))
globals()["y"] = 5
print(y)
class K:
    z = 3
    print(sorted(k for k in locals() if not k.startswith("__")))
print(vars()["x"])
print("{x} and {y}".format(**globals()))
def h():
    q = 9
    return "{q}".format(**locals())
print(h())
print(type(globals()).__name__, locals() is globals())
def outer(p, q=1, *args, **kw):
    local = p * 2
    later = None
    def inner():
        return local + p
    print(list(locals()), locals()["local"], locals()["kw"])
    return inner
outer(3, 4, 5, z=6)

def closure_reader():
    n = 10
    def read():
        m = n + 1
        print(locals())
        return m
    return read
closure_reader()()

class Base:
    def m(self):
        return "base"
class Kid(Base):
    def m(self, arg=0):
        r = super().m()
        print(sorted(locals()), locals()["__class__"].__name__)
        return r
Kid().m()

def unbound():
    print(locals())
    x = 1
    print(locals())
    del x
    print(locals(), dir())
unbound()
print([sorted(locals()) for i in range(1)])
g = (sorted(locals()) for j in range(1))
print(next(g))
print(globals() is vars(), locals() is globals())
try:
    locals(1)
except TypeError as e:
    print(e)
try:
    globals(1)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)


import builtins
print(builtins.len([1, 2]), builtins is __builtins__, builtins.globals is globals)
print(sorted(k for k in dir() if k.startswith("__")))
print(list(globals())[:3])
