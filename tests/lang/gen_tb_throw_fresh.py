def f():
    yield 1
g = f()
g.throw(ValueError("x"))
