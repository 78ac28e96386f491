def f():
    yield 1
    raise StopIteration(5)
g = f()
next(g)
next(g)
