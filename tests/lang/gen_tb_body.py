def f():
    x = 1
    yield x
    1/0
def h():
    yield from f()
for v in h():
    print(v)
