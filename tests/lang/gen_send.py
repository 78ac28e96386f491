# send(): the value of a yield expression; return values as StopIteration.value.
def echo():
    received = []
    x = yield "ready"
    while x is not None:
        received.append(x)
        x = yield f"got {x}"
    return received

g = echo()
print(g.send(None))
print(g.send(1))
print(g.send("two"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(5)
except StopIteration as e:
    print("exhausted", repr(e), e.value)

g = echo()
try:
    g.send("early")
except TypeError as e:
    print("TypeError", e)
print(next(g))

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))

def coords():
    x = yield
    y = yield
    return (x, y)

c = coords()
next(c)
c.send(3)
try:
    c.send(4)
except StopIteration as e:
    print(e.value, e.args)

def ret_values():
    yield 1
    return [1, 2]

g = ret_values()
next(g)
try:
    next(g)
except StopIteration as e:
    print("next gives", e.value)
g = ret_values()
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("after list", e.value, e.args)

def ret_none():
    yield 1
    return None

g = ret_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("none", e.value, e.args)

def yields_in_expressions():
    a = (yield 1) + (yield 2)
    print("sum", a)
    b = [(yield "x"), (yield "y")]
    print("list", b)
    d = {"k": (yield "v")}
    print("dict", d)
    yield

g = yields_in_expressions()
print(next(g), g.send(10), g.send(20))
print(g.send("X"), g.send("Y"))
print(g.send("V"))

def aug():
    n = 0
    n += yield n
    n *= yield n
    yield n

g = aug()
print(next(g), g.send(5), g.send(3))

def statement_forms():
    x: int = yield "annotated"
    print("x =", x)
    y = z = yield "chained"
    print(y, z)
    yield

g = statement_forms()
print(next(g))
print(g.send(1))
g.send(2)

def recv_tuple():
    got = yield 1, 2
    yield got

g = recv_tuple()
print(next(g), g.send((3, 4)))

try:
    g.send()
except TypeError as e:
    print("TypeError", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError", e)
