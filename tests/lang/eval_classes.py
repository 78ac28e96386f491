class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{self.kind}:{self.v}"
    @staticmethod
    def st(x):
        return x + 1
    @classmethod
    def make(cls, v):
        return cls(v)
    @property
    def double(self):
        return self.v * 2

class Child(Base):
    kind = "child"
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    def describe(self):
        return super().describe() + f"+{self.w}"

c = Child(1, 2)
print(c.describe(), Base.st(1), c.st(2), Child.make(5).v if False else Base.make(5).v)
print(c.double, isinstance(c, Base), Child.__name__, Child.__qualname__, Child.__module__)
print(super(Child, c).describe())

class Outer:
    class Meta:
        ordering = ["x"]
    def method(self):
        pass
print(Outer.Meta.ordering, Outer.Meta.__qualname__, Outer.method.__qualname__)
print(repr(Outer.method)[:22])

def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    "doc of D"
print(D.decorated, D.__doc__)

try:
    class M(Base, Child):
        pass
except TypeError as e:
    print("TypeError")

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
for _ in range(3):
    Counter()
print(Counter.count, Counter().add(1).add(2).items)

class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __eq__(self, o):
        return self.x == o.x
    def __repr__(self):
        return f"V({self.x})"
    def __lt__(self, o):
        return self.x < o.x
v = V(1) + V(2)
v += V(3)
print(v, v == V(6), V(1) < V(2) < V(3), sorted([V(3), V(1)]))

class P:
    def __init__(self):
        self.data = {"a": 1}
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, val):
        self.data[k] = val
p = P()
p["b"] = 2
p["a"] += 10
print(p["a"], p["b"])
obj = Child(3, 4)
obj.w += 1
print(obj.w)
