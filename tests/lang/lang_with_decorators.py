# Context managers (__enter__/__exit__) and decorators (plain, with arguments, stacked, on classes).
log = []


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return self.swallow


with Resource("a") as r:
    log.append("body " + r.name)
with Resource("outer") as o, Resource("inner") as i:
    log.append("both " + o.name + " " + i.name)
with Resource("swallow", swallow=True):
    raise ValueError("hidden")
try:
    with Resource("propagate"):
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
with Resource("plain"):
    pass


def early():
    with Resource("return"):
        return "returned"


log.append(early())
for n in range(3):
    with Resource("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
for line in log:
    print(line)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)


with Suppress(ZeroDivisionError) as nothing:
    print("before", nothing)
    1 / 0
    print("not reached")
print("after suppress")
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


# decorators
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper


def repeat(times, sep=" "):
    def deco(fn):
        def wrapper(*args):
            return sep.join(fn(*args) for _ in range(times))
        return wrapper
    return deco


calls = []


def trace(label):
    def deco(fn):
        def wrapper(*a):
            calls.append((label, a))
            return fn(*a)
        return wrapper
    return deco


@shout
def greet(name):
    return "hello " + name


@repeat(3, sep="-")
def word(w):
    return w


@shout
@repeat(2)
def both(w):
    return w


@trace("outer")
@trace("inner")
def add(a, b):
    return a + b


print(greet("ann"), greet.__name__, word("ha"), both("yo"), add(1, 2))
print(calls)

registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


@register
class Plugin:
    def run(self):
        return "plugin ran"


print(sorted(registry), registry["Plugin"]().run())


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90))


class Service:
    @staticmethod
    @shout
    def static_hello(n):
        return "hi " + n

    @property
    @shout
    def prop(self):
        return "prop"


print(Service.static_hello("x"), Service().prop)
