def f():
    x = [1, 2]
    return [v.foo for v in x]
f()
