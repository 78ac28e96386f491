# Reading a string for a test, len(), a comparison, a slice or a method that
# keeps no reference must not stop `s += t` from appending in place, and
# must never let another holder see a later append.


def join_loop(n):
    out = ""
    for i in range(n):
        if out:
            out += ", "
        if not out.endswith("x") and len(out) >= 0 and out != "zz":
            out += "x"
        out += str(i % 10)
    return out


r = join_loop(100000)
print(len(r), r[:20], r[-10:])


def until(n):
    s = ""
    while len(s) < n:
        if s == "" or "," in s[-3:]:
            s += "a"
        s += "bc,"
    return s


print(len(until(300000)))

g = ""
for i in range(20000):
    if not g:
        g += "start"
    if g.count("q") == 0 and g[-1] != "?":
        g += "."
print(len(g))

t = "ab"
t += "c"
u = t if t else "none"
t += "d"
print(u, t)

v = "p"
v += "q"
lst = [v] if v.startswith("p") else []
v += "r"
print(lst, v)

w = "ab"
w += "c"
whole = w[:]
tail = w[-3:]
same = w[0:len(w)]
w += "d"
print(whole, tail, same, w)

x = "k"
x += "l"
first = x[0]
x += "m"
print(first, x)

h = "a"
h += "b"


def grow():
    global h
    h += "!"
    return "b!"


print(h.endswith(grow()), h)
h += "c"
print(h)

y = "s"
y += "t"
stripped = y.strip()
y += "u"
print(stripped, y)

z = "one"
z += "two"
print(z == "onetwo", z < "p", z in "xonetwoy", "two" in z, len(z), not z)
z += "three"
print(z)
