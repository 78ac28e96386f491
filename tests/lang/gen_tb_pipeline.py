def numbers():
    yield from range(5)
def inverses(xs):
    for x in xs:
        yield 1 / (x - 3)
def rounded(xs):
    for x in xs:
        yield round(x, 3)
print(next(rounded(inverses(numbers()))))
total = sum(rounded(inverses(numbers())))
