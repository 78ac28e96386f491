# a, b = x, y: the right side is evaluated in full before any target is
# assigned, targets left to right (no tuple is built for it).
a, b = 1, 2
a, b = b, a
print(a, b)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
[p, q] = "ab", [1]
print(p, q)
def f():
    global a
    a = 100
    return 7
a, c = f(), a
print(a, c)
try:
    m, n = 1, undefined_name
except NameError as e:
    print(e)
class O:
    pass
o = O()
o.a, o.b = o, 3
print(o.a is o, o.b)
d = {}
d["k"], d["j"] = d, len(d)
print(len(d), d["j"])
