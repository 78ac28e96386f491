# Generator functions: calling returns a generator without running the body;
# next(), for loops and every iterator consumer drive it.
trace = []

def count(n):
    trace.append("start")
    i = 0
    while i < n:
        yield i
        i += 1
    trace.append("end")

g = count(3)
print(trace)
print(type(g).__name__, g.__name__, g.__qualname__)
print(type(g) is type(x for x in ()))
print(iter(g) is g, g.__iter__() is g)
print(next(g), trace)
print(g.__next__(), next(g))
print(next(g, "default"), trace)
print(next(g, "again"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)

print(list(count(5)), tuple(count(3)), sum(count(101)))
print(sorted(count(4), reverse=True), set(count(3)) == {0, 1, 2})
print(any(x > 2 for x in count(5)), all(count(0)), max(count(7)), min(count(7)))
print(list(zip(count(3), "abc")), dict(zip("xyz", count(9))))
print(list(map(str, count(3))), list(filter(None, count(4))))
print(list(enumerate(count(3), 1)), list(reversed(list(count(3)))))
print("-".join(str(i) for i in count(4)), "-".join(map(str, count(4))))
a, b, *rest = count(5)
print(a, b, rest)
print([*count(2), *count(3)], {i: i * i for i in count(4)})
print(3 in count(10), 30 in count(10))

def letters():
    yield "a"
    yield "b"
    return
    yield "never"

for ch in letters():
    print("letter", ch)
else:
    print("loop done")

def empty():
    return
    yield

print(list(empty()), next(empty(), "nothing"))

def lazy():
    print("body runs")
    yield 1

g = lazy()
print("made")
print(next(g))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()

t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t.walk()))
print(repr(t.walk()).split(" at 0x")[0])
print(repr(count(1)).split(" at 0x")[0])

def outer():
    def inner(k):
        for i in range(k):
            yield i * k
    return inner

print(list(outer()(3)), outer()(2).__qualname__)

def closure_gen():
    total = 0
    def add(v):
        nonlocal total
        total += v
        yield total
    return add

add = closure_gen()
print(next(add(5)), next(add(6)))

lam = lambda n: (yield n)
g = lam(7)
print(next(g), type(g).__name__, g.__name__)
try:
    g.send("sent")
except StopIteration as e:
    print("lambda returned", e.value)

def defaults(a, b=2, *args, c=3, **kw):
    yield a, b, args, c, kw

print(next(defaults(1)), next(defaults(1, 5, 6, c=7, d=8)))
print(bool(count(0)), count(0) == count(0))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(12)])
print(count(0).gi_running)
