def g():
    yield 1
    {}["missing"]
it = g()
next(it)
try:
    raise ValueError("handling this")
except ValueError:
    next(it)
