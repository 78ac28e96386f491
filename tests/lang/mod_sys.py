# sys: the attributes learner code reads, the two streams, the recursion
# limit, modules, intern, exc_info — and the errors CPython raises.
import sys

print(sys.argv)
vi = sys.version_info
print(repr(vi).replace("micro=%d" % vi.micro, "micro=X"))
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi.serial, len(vi))
print(vi >= (3, 8), vi < (3, 12), vi[:2] == (3, 11), isinstance(vi, tuple))
major, minor, *rest = vi
print(major, minor, len(rest))
print(sys.version.split()[0][:4], sys.version.startswith("3.11."))
print(sys.hexversion >> 16 == 0x30B, type(sys.hexversion).__name__)
print(sys.platform, sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info)
print(sys.int_info.default_max_str_digits)

# the streams
n = sys.stdout.write("written to stdout\n")
print(n, sys.stdout.write("héllo\n"))
print("to stderr", 1, 2, sep="-", file=sys.stderr)
print(sys.stderr.write("stderr write\n"))
sys.stdout.writelines(["a\n", "b\n"])
sys.stderr.writelines(iter(["c\n", "d\n"]))
print(sys.stdout.flush(), sys.stderr.flush(), sys.stdout.isatty() in (True, False))
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.mode)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print("flushed", flush=True, file=sys.stdout)
for bad in (5, None, b"x"):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.stdout.writelines(["ok\n", 3])
except TypeError as e:
    print(type(e).__name__, e)


# print() follows sys.stdout
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
sys.stdout = cap
print("captured", 42)
print("second", end="!")
sys.stdout = sys.__stdout__
print(cap.parts)

# recursion limit
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (2.5, "10"):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# modules
import math
print("sys" in sys.modules, "math" in sys.modules, "__main__" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules["math"] is math)
print(sys.modules["__main__"].old == old)
print("json" in sys.modules)
import json
print("json" in sys.modules)

# intern
a = "".join(["inter", "ned"])
b = "".join(["in", "terned"])
print(sys.intern(a) is sys.intern(b), sys.intern(a) == a)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)

# exc_info
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
print(sys.exc_info())

# sys.exit raises SystemExit, which except Exception does not catch
for arg in ((), (0,), (3,), ("msg",), (None,)):
    try:
        try:
            sys.exit(*arg)
        except Exception:
            print("not here")
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e), e.code)
try:
    exit(5)
except SystemExit as e:
    print("exit()", repr(e), e.code)
try:
    quit()
except SystemExit as e:
    print("quit()", repr(e), e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
print("done")
