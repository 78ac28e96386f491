# `obj.attr += s` and `d[key] += s` extend a string held in a dict slot;
# every other reader must keep the old text, and properties, __setattr__
# and dict subclasses keep their usual behaviour.


class Buf:
    def __init__(self):
        self.text = ""

    def add(self, s):
        self.text += s
        return self


b = Buf()
for i in range(5):
    b.add(str(i))
seen = b.text
b.add("!")
print(seen, b.text, vars(b))
snap = dict(vars(b))
b.text += "?"
print(snap, b.text)


class WithDefault:
    text = "cls"


w = WithDefault()
w.text += "-inst"
w.text += "-more"
print(WithDefault.text, w.text)


class Prop:
    def __init__(self):
        self._t = "p"
        self.log = []

    @property
    def text(self):
        self.log.append("get")
        return self._t

    @text.setter
    def text(self, v):
        self.log.append("set " + v)
        self._t = v


p = Prop()
p.text += "q"
p.text += "r"
print(p.text, p.log)


class Watch:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


wa = Watch()
wa.s = "a"
wa.s += "b"
wa.s += "c"
print(wa.s)


class Lazy:
    def __getattr__(self, name):
        return "lazy-" + name


lz = Lazy()
lz.x += "1"
lz.x += "2"
print(lz.x, lz.y)

d = {"k": ""}
for i in range(6):
    d["k"] += chr(65 + i)
old = d["k"]
d["k"] += "!"
items = list(d.items())
d["k"] += "?"
print(old, items, d)
vals = list(d.values())
d["k"] += "#"
print(vals, d["k"])


counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, "") + "|"
for word in "a b".split():
    counts[word] += "+"
print(counts)

try:
    d["missing"] += "x"
except KeyError as e:
    print("KeyError", e)

try:
    b.nothing += "x"
except AttributeError as e:
    print("AttributeError", e)

try:
    b.text += 1
except TypeError as e:
    print("TypeError", e)
print(b.text)


def grow(obj, n):
    for i in range(n):
        obj.text += "xyz"
    return len(obj.text)


print(grow(Buf(), 100000))
big = {"k": ""}
for i in range(100000):
    big["k"] += "abc"
print(len(big["k"]))
