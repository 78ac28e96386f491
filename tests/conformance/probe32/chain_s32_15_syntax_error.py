x = 1


lambda: (yield)
def f(:
    pass
