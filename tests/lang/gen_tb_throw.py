def f():
    x = yield 1
    print(x)
g = f()
next(g)
g.throw(KeyError, "k")
