# BaseException.add_note (3.11): __notes__, the TypeErrors, and the notes
# printed after the message, for a caught and for the uncaught exception.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nnote, two lines")
print(e.__notes__, str(e), repr(e))
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as t:
        print("TypeError:", t)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as t:
    print("TypeError:", t)


class MyError(Exception):
    pass


def check(n):
    if n > 2:
        err = MyError("n is %d" % n)
        err.add_note("hint: n must be at most 2")
        raise err
    return n


try:
    check(5)
except MyError as m:
    print(m.__notes__)
try:
    try:
        check(3)
    except MyError as inner:
        inner.add_note("seen by the caller")
        raise RuntimeError("wrapped") from inner
except RuntimeError as r:
    print(r.__cause__.__notes__)
x = TypeError("last")
x.__notes__ = ["kept", 42]
try:
    raise x
except TypeError as t:
    t.add_note("added late")
    print(t.__notes__)
check(9)
