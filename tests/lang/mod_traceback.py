# traceback: format_exc/print_exc/format_exception/extract_tb/stack, chained
# exceptions, limit=, chain=, traceback objects (__traceback__, tb_next)
import io
import re
import sys
import traceback

# CPython names this file by its absolute path in the texts below; the
# test keeps only the file's name (as the test runner does on stderr).
_print = print


def clean(text):
    return re.sub(r'File "[^"]*/', 'File "', text)


def print(*args, **kwargs):
    _print(*[clean(a) if isinstance(a, str) else a for a in args], **kwargs)


class CleanStdout:
    def write(self, text):
        return sys.stdout.write(clean(text))


out = CleanStdout()


def inner(x):
    return {"a": 1}[x]


def middle(x):
    return inner(x) + 1


def outer(x):
    return middle(x) * 2


print("--- format_exc")
try:
    outer("b")
except KeyError:
    text = traceback.format_exc()
print(text, end="")

print("--- format_exception(exc) list")
try:
    outer("c")
except KeyError as e:
    lines = traceback.format_exception(e)
for piece in lines:
    print(repr(piece))

print("--- format_exception(type, value, tb)")
try:
    1 / 0
except ZeroDivisionError:
    print("".join(traceback.format_exception(*sys.exc_info())), end="")

print("--- limit")
try:
    outer("d")
except KeyError as e:
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print("".join(traceback.format_exception(e, limit=0)), end="")
    print(traceback.format_exc(limit=2), end="")

print("--- chained context")
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot convert %r" % s)
try:
    convert("x1")
except RuntimeError:
    print(traceback.format_exc(), end="")
    print("--- chain=False")
    print(traceback.format_exc(chain=False), end="")

print("--- cause")
def load(key):
    try:
        return {}[key]
    except KeyError as exc:
        raise LookupError("no such key") from exc
try:
    load("k")
except LookupError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue(), end="")

print("--- from None")
try:
    try:
        [][1]
    except IndexError:
        raise ValueError("empty") from None
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")

print("--- format_exception_only")
print(traceback.format_exception_only(ValueError("bad value")))
print(traceback.format_exception_only(ValueError, ValueError("bad value")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Exception()))
class AppError(Exception):
    pass
print(traceback.format_exception_only(AppError("custom")))
class Weird(Exception):
    def __str__(self):
        raise TypeError("nope")
print(traceback.format_exception_only(Weird()))
e = ValueError("with notes")
e.__notes__ = ["first note", "second\nline"]
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(SyntaxError("bad syntax", ("prog.py", 3, 5, "  x = = 1\n", 3, 8))))
print(traceback.format_exception_only(SyntaxError("just a message")))

print("--- never raised")
print(traceback.format_exception(ValueError("fresh")))
print(repr(traceback.format_exc()))

print("--- print_exception to stdout")
try:
    outer("e")
except KeyError as e:
    traceback.print_exception(e, file=out)
    traceback.print_exception(type(e), e, e.__traceback__, file=out, limit=1)
    traceback.print_exception(type(e), e, None, file=out)

print("--- extract_tb")
try:
    outer("f")
except KeyError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(fs.lineno, fs.name, repr(fs.line), fs.filename.endswith("mod_traceback.py"))
        filename, lineno, name, line = fs
        print(lineno, name, line)
    print(summary[-1].lineno, summary[-1][2], len(summary[-1]))
    print(summary[-1] == (summary[-1].filename, 7, "inner", 'return {"a": 1}[x]'))
    print("".join(traceback.format_tb(tb)), end="")
    print("".join(traceback.format_tb(tb, limit=2)), end="")
    print(traceback.format_list([("file.py", 4, "func", "do_it()")]))
    traceback.print_tb(tb, limit=-1, file=out)
    n = 0
    while tb is not None:
        n += 1
        print("tb_lineno", tb.tb_lineno)
        tb = tb.tb_next
    print(n)
    print(type(e.__traceback__).__name__, e.__traceback__ is e.__traceback__)
    print(sys.exc_info()[2] is e.__traceback__)

print("--- FrameSummary / StackSummary")
fs = traceback.FrameSummary("some.py", 10, "fn", line="  call()  ")
print(repr(fs), fs.line, list(fs))
ss = traceback.StackSummary.from_list([fs, ("other.py", 2, "g", "x = 1")])
print(ss.format())
print(traceback.StackSummary.from_list([("a.py", 1, "f", None)]).format())

print("--- TracebackException")
try:
    convert("zz")
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te))
    print(te.__context__.exc_type.__name__, te.__cause__, te.__suppress_context__)
    print(len(te.stack), te.stack[0].name)
    print(list(te.format_exception_only()))
    print("".join(te.format()), end="")
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print("".join(te2.format(chain=False)), end="")

print("--- with_traceback")
try:
    outer("g")
except KeyError as e:
    saved = e.__traceback__
e2 = RuntimeError("moved")
print(e2.with_traceback(saved) is e2)
print("".join(traceback.format_exception(e2)), end="")
e2.__traceback__ = None
print("".join(traceback.format_exception(e2)), end="")

print("--- re-raise adds frames")
def catcher():
    try:
        inner("zz")
    except KeyError as e:
        first = e.__traceback__
        raise
def top():
    try:
        catcher()
    except KeyError as e:
        print("".join(traceback.format_tb(e.__traceback__)), end="")
top()

print("--- nested handlers")
try:
    try:
        raise TypeError("inner problem")
    except TypeError:
        try:
            raise ValueError("middle problem")
        except ValueError:
            raise KeyError("outer problem")
except KeyError:
    print(traceback.format_exc(), end="")

print("--- print_exc outside handler")
traceback.print_exc(file=out)
print(repr(traceback.format_exc()))

print("--- recursion")
def down(n):
    if n == 0:
        raise OverflowError("bottom")
    return down(n - 1)
try:
    down(8)
except OverflowError:
    print(traceback.format_exc(), end="")

print("--- stack")
def show_stack():
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=out, limit=1)
    s = traceback.extract_stack()
    print(len(s) >= 2, s[-1].name, s[-1].line)
def caller():
    show_stack()
caller()

print("--- errors")
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    traceback.format_exception("not an exception")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ValueError().__traceback__ = 3
except TypeError as e:
    print(type(e).__name__, e)


print("--- more frames")
def gen(items):
    for it in items:
        yield 10 // it


class Thing:
    def method(self, v):
        return [self.check(x) for x in v]

    def check(self, x):
        if x < 0:
            raise ValueError(f"négatif: {x}")
        return x


def run(f, *args):
    print("-", getattr(f, "__name__", "?"))
    try:
        f(*args)
    except Exception:
        print(traceback.format_exc(), end="")


run(lambda: list(gen([1, 0])))
run(Thing().method, [1, -2])
run(lambda: "é" + 1)
run(lambda: None.attr)
run(lambda: undefined_name)
run(lambda: int("12").bad)
run(lambda: {}["missing"]["x"])
run(lambda: [1][
    5
])
def multi():
    value = (1 +
             None)
run(multi)
def ctx():
    try:
        raise KeyError("a")
    finally:
        print("finally ran")
run(ctx)
def reraise_other():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
run(reraise_other)

def bad_str():
    class E(Exception):
        def __str__(self):
            return ""
    raise E()
run(bad_str)
run(lambda: exec_undefined())

def paren(a):
    return (a) + "x"
run(paren, 1)
run(lambda: ("é" + 1))
def subscript_unicode():
    d = {"clé": 1}
    return d["clé"] + d["ключ"]
run(subscript_unicode)
def wide():
    return "日本" + 1
run(wide)

print("--- types")
import types
try:
    raise ValueError("v")
except ValueError as e:
    tb = sys.exc_info()[2]
    print(isinstance(tb, types.TracebackType), type(tb) is types.TracebackType)
    print(tb.tb_next is None, tb.tb_lineno == tb.tb_lineno)

print("--- __exit__ gets the traceback")


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__, type(tb).__name__, tb is exc.__traceback__)
        print("".join(traceback.format_exception(exc_type, exc, tb)), end="")
        return True


def guarded():
    with Guard():
        inner("nope")
    print("after the with")


guarded()
