# Exceptions: try/except/else/finally order, raise from, chaining, custom classes, CPython messages.
def attempt(fn):
    order = []
    try:
        order.append("try")
        fn()
    except ValueError as e:
        order.append("except ValueError: %s" % e)
    except (KeyError, IndexError) as e:
        order.append("except lookup: %r" % (e,))
    except Exception as e:
        order.append("except Exception: " + type(e).__name__)
    else:
        order.append("else")
    finally:
        order.append("finally")
    return order


def ok():
    pass


def bad_value():
    raise ValueError("bad value")


def bad_key():
    return {}["nope"]


def bad_index():
    return [][0]


def bad_type():
    return 1 + "a"


for fn in (ok, bad_value, bad_key, bad_index, bad_type):
    print(attempt(fn))


def finally_wins():
    try:
        return "try"
    finally:
        print("finally runs before the return")


print(finally_wins())


def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally value"


print(finally_overrides())


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.what = what
        self.code = code


class Fancy(Exception):
    def __str__(self):
        return "fancy message"


try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.what, e.code, e.args, repr(e))
try:
    raise Fancy(1, 2)
except Exception as e:
    print(type(e).__name__, e, e.args, repr(e))
print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(repr(ValueError()), repr(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), str(ValueError(1, 2)))
print(Exception("a", 1).args, str(Exception()), repr(Exception()), str(IndexError()))

# raise from / context
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__), e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)


def reraise():
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raising")
        raise


try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)

e_saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    e_saved = e
print(repr(e_saved))
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)

# nested try in loops with break/continue through finally
out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)

# CPython's messages for common errors
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: divmod(1, 0),
    lambda: int("abc"),
    lambda: int("12", 2),
    lambda: float("x.y"),
    lambda: [1, 2].index(3),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(5),
    lambda: {"a": 1}["b"],
    lambda: [1][5],
    lambda: "abc"[10],
    lambda: undefined_name,
    lambda: (1).foo,
    lambda: "s".nope(),
    lambda: None.attr,
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: -"a",
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: len(5),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: int(None),
    lambda: sum(["a"]),
    lambda: max([]),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: range(1.5),
    lambda: "{} {}".format(1),
    lambda: "%d" % "s",
    lambda: "%s %s" % (1,),
    lambda: list(1),
    lambda: dict([1]),
    lambda: {1, 2}.remove(3),
    lambda: round("x"),
    lambda: abs("x"),
    lambda: sorted([1, "a"]),
    lambda: "x".join([1]),
    lambda: int("99999999999999999999999") + "",
]
for fn in cases:
    try:
        fn()
        print("no error?")
    except Exception as e:
        print(type(e).__name__ + ":", e)


def uses_before_assign():
    print(local_var)
    local_var = 1


try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("finally raised", e)
try:
    [1, 2, 3].remove(4)
except ValueError as e:
    print(type(e).__name__, e)
except:
    print("bare except not reached")
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit caught", e.code)
try:
    raise StopIteration
except Exception as e:
    print(type(e).__name__, repr(e))
