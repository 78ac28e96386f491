def ok():
    yield 1

yield 2
