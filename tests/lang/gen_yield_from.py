# yield from: delegation of values, send, throw and close, and the result.
def inner():
    a = yield "i1"
    print("inner got", a)
    b = yield "i2"
    print("inner got", b)
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "done"))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), "ab", range(2), {"k": 1}, chain([9]))))

def from_iterator():
    r = yield from iter([1, 2])
    yield ("result of an iterator", r)

print(list(from_iterator()))

def catcher():
    while True:
        try:
            yield "c"
        except ValueError as e:
            print("inner caught", e)
            yield "after catch"

def delegating():
    yield from catcher()

g = delegating()
print(next(g))
print(g.throw(ValueError("through")))
print(next(g))

def not_caught():
    yield 1

def wrap():
    try:
        yield from not_caught()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"

g = wrap()
next(g)
print(g.throw(KeyError("k")))

def inner_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def outer_cleanup():
    try:
        yield from inner_cleanup()
    finally:
        print("outer finally")

g = outer_cleanup()
next(g)
g.close()
print("closed")

def list_send():
    yield from [1, 2]

g = list_send()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError", e)

def list_throw():
    yield from [1, 2]

g = list_throw()
next(g)
try:
    g.throw(ValueError("to a list iterator"))
except ValueError as e:
    print("ValueError", e)

class Sub:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("sub value")
        return self.n
    def send(self, v):
        print("Sub.send", v)
        return self.__next__()
    def throw(self, *args):
        print("Sub.throw", args[0].__class__.__name__)
        raise StopIteration("thrown away")
    def close(self):
        print("Sub.close")

def uses_sub():
    r = yield from Sub()
    print("Sub returned", r)
    yield "end"

print(list(uses_sub()))
g = uses_sub()
next(g)
print(g.send("s"))
g.close()
g = uses_sub()
next(g)
print(g.throw(ValueError("v")))
g = uses_sub()
next(g)
g.close()

def counter():
    n = 0
    while True:
        n = yield n

def relay():
    yield from counter()

g = relay()
print(next(g), g.send(5), g.send(7))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def gen_of_gens():
    for i in range(3):
        yield (j for j in range(i))

print([list(g) for g in gen_of_gens()])

def passes_return():
    x = yield from inner_ret()
    y = yield from inner_ret()
    return x + y

def inner_ret():
    yield
    return 21

g = passes_return()
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("total", e.value)

def yf_genexp():
    r = yield from (i * 2 for i in range(3))
    yield r

print(list(yf_genexp()))
