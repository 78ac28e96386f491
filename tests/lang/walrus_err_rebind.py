# := may not rebind a comprehension iteration variable.
def f(data):
    return [(x := x + 1) for x in data]


print(f([1]))
