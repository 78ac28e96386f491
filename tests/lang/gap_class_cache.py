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


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10


def read_all(objs):
    return [(o.a, o.b) for o in objs]


objs = [P(i % 2 == 0) for i in range(6)]
print(read_all(objs))
objs[0].a = 100
del objs[1].b
objs[1].b = "new"
print(read_all(objs))
vars(objs[2])["a"] = "via vars"
objs[3].__dict__.clear()
objs[3].a, objs[3].b = "x", "y"
print(read_all(objs))
P.a = property(lambda self: "prop")
print(read_all(objs))
del P.a
print(read_all(objs))


class Q:
    b = "class b"

    def __init__(self):
        self.a = "qa"


mixed = [objs[0], Q(), objs[1]]
print([o.a for o in mixed], [o.b for o in mixed])
q = Q()
print(q.b)
q.b = "inst b"
print(q.b)
del q.b
print(q.b)
