# Scopes and names: globals, nonlocal, closures, class bodies, shadowing, annotations, recursion.
x = "global x"


def read_global():
    return x


def shadow():
    x = "local x"
    return x


def nested():
    x = "enclosing x"

    def inner():
        return x

    def inner_assign():
        x = "inner x"
        return x

    return inner(), inner_assign(), x


print(read_global(), shadow(), nested(), x)


def counter_factory():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return increment, get


inc, get = counter_factory()
inc()
inc()
print(get(), inc(), get())
inc2, get2 = counter_factory()
print(inc2(), get())


def deep():
    level = 1

    def a():
        nonlocal level
        level += 10

        def b():
            nonlocal level
            level += 100
            return level
        return b()
    return a(), level


print(deep())

total = 0


def add_to_total(n):
    global total
    total += n
    return total


add_to_total(5)
add_to_total(7)
print(total)


def define_global():
    global created_later
    created_later = "made inside a function"


define_global()
print(created_later)


class Config:
    name = "config"
    upper = name.upper()
    try:
        items = [name + str(i) for i in range(2)]
    except NameError as e:
        items = "class names are not visible in comprehensions: " + str(e)

    def method(self):
        return name_lookup_fallback()


def name_lookup_fallback():
    return "module-level function"


print(Config.name, Config.upper, Config.items, Config().method())

y = 1


class Scoping:
    y = 2
    z = y + 1

    def get_y(self):
        return y


print(Scoping.z, Scoping().get_y())


def annotated(a: int, b: str = "b") -> str:
    c: int = 3
    d: list
    return f"{a}{b}{c}"


v: int = 10
w: "str"
print(annotated(1), v, annotated.__name__)


def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(fact(30), is_even(10), is_odd(7), is_even(7))


def default_binding(v=x):
    return v


x = "changed"
print(default_binding(), read_global())

funcs = {}
for name in ("a", "b"):
    def f(name=name):
        return name * 2
    funcs[name] = f
print(funcs["a"](), funcs["b"]())

print(__name__, __name__ == "__main__")
if __name__ == "__main__":
    print("run as a program")


def loop_var_leak():
    for i in range(3):
        pass
    return i


print(loop_var_leak(), [k for k in range(2)])
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)


def unbound():
    if False:
        never = 1
    return never


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def free_var_error():
    def inner():
        return later
    r = inner()
    later = 1
    return r


try:
    free_var_error()
except NameError as e:
    print(type(e).__name__, e)


def uses_builtin():
    return len("abc")


len_backup = len


def len(x):
    return "shadowed len"


print(uses_builtin(), len_backup("abcd"))
del len
print(len("ab"))
lam = lambda: x
x = "late"
print(lam())
