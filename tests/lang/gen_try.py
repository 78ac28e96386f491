# try/except/finally, with, return inside try/finally, and exception state
# across yields.
def f():
    try:
        yield 1
    finally:
        return 5

g = f()
next(g)
print(g.close())
try:
    next(f())
    print("unreachable?")
except StopIteration as e:
    print("finally's return ends it", e.value)

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.name == "swallow"

def with_gen():
    with CM("a") as a, CM("b"):
        yield a.name
        yield "inside"
    yield "after"

print(list(with_gen()))
g = with_gen()
next(g)
g.close()

def swallow():
    with CM("swallow"):
        yield 1
        raise ValueError("eaten")
    yield "went on"

print(list(swallow()))

def reraise():
    try:
        raise KeyError(1)
    except KeyError:
        yield "in handler"
        raise

g = reraise()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("re-raised", repr(e))

def handled_state():
    try:
        raise IndexError("own")
    except IndexError:
        yield 1
        raise KeyError("raised in the generator's handler")

g = handled_state()
next(g)
try:
    raise ValueError("the caller's")
except ValueError:
    try:
        next(g)
    except KeyError as e:
        print(repr(e), "context", repr(e.__context__))

def implicit_context():
    yield 1
    raise RuntimeError("in gen")

g = implicit_context()
next(g)
try:
    raise LookupError("outer")
except LookupError:
    try:
        next(g)
    except RuntimeError as e:
        print(repr(e), "context", repr(e.__context__))

def return_in_try():
    try:
        yield 1
        return "from try"
    finally:
        print("finally before return")

g = return_in_try()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

def loop_control():
    for i in range(10):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            yield i
        finally:
            print("finally", i)
    else:
        print("no else after break")
    while True:
        try:
            yield "w"
            break
        finally:
            print("while finally")

print(list(loop_control()))

def nested_try():
    try:
        try:
            yield 1
            1 / 0
        except ZeroDivisionError as e:
            yield "caught " + str(e)
            raise ValueError("converted")
        finally:
            yield "inner finally"
    except ValueError as e:
        yield "outer caught " + str(e)
        yield repr(e.__context__)

print(list(nested_try()))

def stop_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught StopIteration inside is fine"
    yield next(iter([]), "default")

print(list(stop_inside()))

def stop_escapes():
    yield 1
    next(iter([]))

try:
    list(stop_escapes())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

for x in stop_escapes():
    print("got", x)
    break
print("a break leaves it paused")
