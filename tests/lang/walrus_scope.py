# Where an assignment expression binds: the enclosing function or module,
# even from inside a comprehension or generator expression.

data = [1, 0, 3, 0, 5]
print([y for x in data if (y := x * 2)])
print(y)                                # module-level: the comprehension's y is global
print([last := x for x in data], last)
print({k: (seen := k) for k in "ab"}, seen)
print({(mx := v) for v in [4, 2]} == {2, 4}, mx)
gen = ((g := v) for v in [7, 8])
print(next(gen), g)
print(next(gen), g)


def in_function(items):
    found = None
    if any((found := v) > 2 for v in items):
        print("found", found)
    print([(acc := v) for v in items], acc)
    return found, acc


print(in_function([1, 3, 2]))


def nested_comps(rows):
    out = [[(cell := c) for c in row] for row in rows]
    return out, cell


print(nested_comps([[1, 2], [3]]))


def closure_capture():
    fs = [lambda: n for _ in range(2) if (n := 5)]
    n = 6
    return [f() for f in fs]


print(closure_capture())


def inner_function():
    def g():
        (local := 1)
        return local
    r = g()
    try:
        print(local)
    except NameError as e:
        print("NameError", e)
    return r


print(inner_function())


def cell_in_nested():
    def g():
        total = 0

        def add(v):
            nonlocal total
            total += v
            return total
        return add, (lambda: (total := total * 10) if False else total)
    add, peek = g()
    add(2)
    add(3)
    try:
        return peek()       # the lambda's := makes total local to the lambda
    except UnboundLocalError as e:
        return "UnboundLocalError " + str(e)


print(cell_in_nested())


def walrus_cell():
    def outer():
        (cnt := 0)

        def bump():
            nonlocal cnt
            cnt += 1
            return cnt
        bump()
        bump()
        return cnt
    return outer()


print(walrus_cell())


def captured():
    (c := 1)
    h = lambda: c
    c = 2
    return h()


print(captured())


def global_decl():
    global gx
    [(gx := v) for v in range(3)]
    return gx


print(global_decl(), gx)


def nonlocal_decl():
    nl = 0

    def g():
        nonlocal nl
        [(nl := v) for v in range(4)]
    g()
    return nl


print(nonlocal_decl())


def lambda_binds():
    f = lambda xs: ([(m := x) for x in xs], m)
    return f([4, 5])


print(lambda_binds())


def unbound_until_run():
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    [(w := 1) for _ in []]
    try:
        print(w)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    [(w := 1) for _ in [0]]
    print(w)


unbound_until_run()


class K:
    def method(self):
        return [(mv := v) for v in (1, 2)], mv

    def shadow(self):
        (K_local := "k")
        return K_local


print(K().method(), K().shadow())


def comp_reads_then_binds(xs):
    total = 0
    return [total := total + x for x in xs], total


print(comp_reads_then_binds([1, 2, 3]))


def param_rebind(x):
    [(x := v) for v in (8, 9)]
    return x


print(param_rebind(1))
print([(w2 := 1) for w in [0] if (w2 := 2)], w2)
print([z for z in data if (data := [9])], data)
