# match statements inside generators and with yields in subjects, guards and bodies
def gen(items):
    for it in items:
        match it:
            case [x, y]:
                yield x + y
            case {"v": v} if (yield "guard"):
                yield ("v", v)
            case str(s):
                got = yield s.upper()
                yield ("sent", got)
print(list(gen([[1, 2], {"v": 3}, "ab"])))
g = gen(["q", {"v": 1}])
print(next(g), g.send("hello"), next(g), g.send(True), next(g, "end"))

def subj_gen():
    match (yield "give me a subject"):
        case int(n):
            yield f"int {n}"
        case other:
            yield f"other {other!r}"
g = subj_gen()
print(next(g), g.send(5))
g = subj_gen()
print(next(g), g.send("x"))

async_like = [v for v in range(6) if (lambda w: w % 2)(v)]
def evens(xs):
    out = []
    for x in xs:
        match x % 2, x:
            case (0, n):
                out.append(n)
    return out
print(async_like, evens(range(6)))

try:
    match [1, 2]:
        case [a, b] if a / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e, a, b)
