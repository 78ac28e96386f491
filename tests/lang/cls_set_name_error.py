# An error in __set_name__ while a class is made: CPython 3.11's
# type.__new__ raises RuntimeError naming the attribute and the class, with
# the hook's error as its cause (the uncaught one prints both tracebacks).
class D:
    def __set_name__(self, owner, name):
        if name.startswith("bad"):
            raise ValueError("no " + name)
        self.name = name


class Fine:
    good = D()


print(Fine.good.name)
try:
    class A:
        ok = D()
        bad_one = D()
except RuntimeError as e:
    print(repr(e))
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
    print(A.ok.name if "A" in dir() else "no class A")


class Twice:
    shared = D()
    bad = shared
