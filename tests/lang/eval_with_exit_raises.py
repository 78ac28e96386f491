# An exception raised by __exit__ chains to the one it was handed, and not to anything later.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")


def inner():
    with CM():
        raise ValueError("body")


def show(f):
    try:
        f()
    except Exception as e:
        print(repr(e), repr(e.__context__))


def later():
    {}["k"]


show(inner)
show(later)
