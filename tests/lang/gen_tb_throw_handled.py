def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError("inner")
g = gen()
next(g)
g.throw(KeyError("a"))
