def rec(n):
    if n == 0:
        yield 0
        return
    yield from rec(n - 1)
print(list(rec(50)))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
def g():
    yield deep(900)
print(list(g()))
def rgen(n):
    yield n
    yield from rgen(n + 1)
for x in rgen(0):
    pass
