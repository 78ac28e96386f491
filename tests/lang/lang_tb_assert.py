# A failing assert with a message, uncaught, after some output; inside a function.
values = [3, 4, 5]
total = sum(values)
print("total", total)


def verify(items):
    assert all(isinstance(v, int) for v in items), "not ints"
    assert sum(items) == 10, f"total is {sum(items)}, expected 10"


verify(values)
