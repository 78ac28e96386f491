def f(d):
    return d['missing']
def g():
    return f({}) + 1
g()
