# Class attribute lookups are cached; any change to any class namespace
# must be seen at once (methods patched, attributes added to a base after a
# subclass looked them up, deletions, class-level counters).


class Base:
    kind = "base"

    def hello(self):
        return "base hello"


class Child(Base):
    pass


c = Child()
out = []
for i in range(3):
    out.append((c.kind, c.hello()))
Base.kind = "patched"
out.append((c.kind, c.hello()))
Base.hello = lambda self: "lambda hello"
out.append(c.hello())
Child.hello = lambda self: "child hello"
out.append(c.hello())
del Child.hello
out.append(c.hello())
Child.extra = 1
out.append(c.extra)
del Child.extra
try:
    c.extra
except AttributeError as e:
    out.append(str(e))
print(out)


class Counter:
    n = 0

    def bump(self):
        Counter.n += 1
        return Counter.n


k = Counter()
print([k.bump() for _ in range(5)], Counter.n, k.n)
k.n = "own"
print(k.n, Counter.n)
del k.n
print(k.n)


def make():
    class Local:
        def f(self):
            return "v1"
    return Local


L = make()
obj = L()
seen = [obj.f() for _ in range(3)]
setattr(L, "f", lambda self: "v2")
seen.append(obj.f())
print(seen)
