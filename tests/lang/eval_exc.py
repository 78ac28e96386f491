# try/except/else/finally, raise, context, with
def trial(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return "one"
        r = 10 // (n - 2)
    except ValueError as e:
        print("value error", e)
        return "handled"
    except (ZeroDivisionError, KeyError) as e:
        print("tuple caught", type(e).__name__)
    else:
        print("else", r)
    finally:
        print("finally", n)
    return "end"

for i in range(4):
    print(trial(i))

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def loop_ctl():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f")
    return out
print(loop_ctl())

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e), type(e.__context__).__name__)

try:
    raise
except RuntimeError as e:
    print(e)

try:
    raise 5
except TypeError as e:
    print(e)

try:
    raise IndexError
except IndexError as e:
    print(repr(e))

def reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert", repr(e))

e = "kept?"
try:
    raise ValueError()
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name * 2
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow

with CM("a") as x, CM("b") as y:
    print("body", x, y)
with CM("s", True):
    raise KeyError("swallowed")
try:
    with CM("n"):
        raise KeyError("passes")
except KeyError as e:
    print("after with", repr(e))
try:
    with 5:
        pass
except TypeError as e:
    print(e)

class MyErr(Exception):
    pass
class Sub(MyErr):
    pass
try:
    raise Sub("custom")
except MyErr as e:
    print(type(e).__name__, e, isinstance(e, Exception))

try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
