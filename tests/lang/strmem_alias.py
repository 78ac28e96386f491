# s += t may append in place only when nobody else can see s: every other
# holder of the old value must keep seeing the old text.
import __main__

s = "start"
for i in range(5):
    s += str(i)
alias = s
s += "X"
print(s, alias)

keep = []
t = ""
for i in range(6):
    t += chr(97 + i)
    keep.append(t)
print(keep)

d = {}
u = "k"
for i in range(4):
    u += "ey"
    d[u] = i
print(d)
u += "!"
print(u, d.get(u), sorted(d))

def build(n):
    r = ""
    seen = []
    for i in range(n):
        r += "ab"
        if i % 3 == 0:
            seen.append(r)
    r = r + "|"
    r = r + "end"
    return r, seen

print(build(7))

def closure():
    acc = "c"
    def get():
        return acc
    for i in range(3):
        acc += str(i)
    first = get()
    acc += "z"
    return first, get()

print(closure())

def comp():
    w = "w"
    for i in range(3):
        w += "x"
    lst = [w + str(i) for i in range(2)]
    w += "y"
    return lst, w

print(comp())

def self_add():
    v = "ab"
    for i in range(3):
        v += v
    return v

print(self_add())

def rebind():
    global g
    g = "other"
    return "!"

g = "gg"
for i in range(3):
    g += "h"
g += rebind()
print(g)

log = ""


def add(piece):
    global log
    log += piece
    return len(log)


for ch in "xyz":
    print(add(ch), log)
saved = __main__.log
add("more")
print(saved, log, vars(__main__)["log"])
copy = dict(vars(__main__))["log"]
add("!")
values = [v for k, v in vars(__main__).items() if k == "log"]
add("?")
print(copy, log, values)

it_src = "abc"
it_src += "d"
for ch in it_src:
    it_src += ch.upper()
print(it_src)

e = "é"
for i in range(4):
    e += "ü" if i % 2 else "a"
print(e, len(e), e[3], e[-1], e[1:4], e.upper())

h = ""
for part in ("ab", "cd", "ef"):
    h += part
print(h == "abcdef", hash(h) == hash("abcdef"), {"abcdef": 1}[h], h in {"abcdef"})
h += "g"
print(h == "abcdefg", hash(h) == hash("abcdefg"), {"abcdefg": 2}[h])

try:
    h += 5
except TypeError as exc:
    print(type(exc).__name__, exc)
print(h)

class S(str):
    def __radd__(self, other):
        return "radd:" + other

m = "m"
m += "n"
m += S("o")
print(m)
m = m + S("p")
print(m)

n = "pre"
n += ""
n = n + ""
print(n)
empty = ""
empty += "q"
empty += "r"
print(empty)

class Box:
    def __init__(self):
        self.text = ""

b = Box()
for i in range(4):
    b.text += str(i)
snap = b.text
b.text += "end"
print(snap, b.text)

z = ["a"]
z[0] += "b"
print(z)
