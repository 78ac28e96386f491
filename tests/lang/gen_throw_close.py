# throw() and close(): exceptions raised at the paused yield.
def worker():
    while True:
        try:
            x = yield "waiting"
            print("worker got", x)
        except ValueError as e:
            print("worker caught", repr(e))
        except KeyError:
            print("worker caught KeyError, stopping")
            return "stopped"

w = worker()
print(next(w))
print(w.throw(ValueError("bad")))
print(w.throw(ValueError))
print(w.throw(ValueError, "two"))
print(w.throw(ValueError, ("a", "b")))
print(w.send("hello"))
try:
    w.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    w.throw(IndexError("after"))
except IndexError as e:
    print("exhausted generator re-raises", repr(e))

def unhandled():
    yield 1
    yield 2

g = unhandled()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated", e)
print(next(g, "finished after throw"))

g = unhandled()
try:
    g.throw(TypeError("fresh"))
except TypeError as e:
    print("fresh generator", e)
print(next(g, "fresh one is done"))

for bad in [(1,), ("x",), (ValueError("v"), 1), (None,)]:
    try:
        unhandled().throw(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    unhandled().throw()
except TypeError as e:
    print("TypeError", e)

def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

g = cleanup()
print(next(g))
print(g.close())
print(g.close())
print(next(g, "closed"))

g = cleanup()
print(g.close(), "closing a fresh generator runs nothing")

def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen", repr(GeneratorExit()))
        raise

g = catches_exit()
next(g)
g.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"

g = returns_on_exit()
next(g)
print(g.close())

def ignores_exit():
    refusals = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            if refusals:
                print("stopping at last")
                return
            refusals += 1
            print("refusing to stop")

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

def exit_is_base():
    try:
        yield 1
    except Exception:
        print("not reached: GeneratorExit is not an Exception")
    finally:
        print("finally on close")

g = exit_is_base()
next(g)
g.close()
print(issubclass(GeneratorExit, BaseException), issubclass(GeneratorExit, Exception))

def throw_context():
    try:
        yield 1
    except ZeroDivisionError as e:
        raise KeyError("k") from e

g = throw_context()
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except KeyError as e:
    print(repr(e), repr(e.__cause__))

def finally_yield():
    try:
        yield 1
    finally:
        yield "from finally"

g = finally_yield()
next(g)
print(g.throw(ValueError("v")))
try:
    next(g)
except ValueError as e:
    print("re-raised after finally", e)
