# Classes: __init__, dunder methods, inheritance and super(), properties, static and class methods.
class Vector:
    """A 2-D vector."""
    dims = 2
    created = 0

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
        Vector.created += 1

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        return iter((self.x, self.y))

    def __contains__(self, v):
        return v in (self.x, self.y)


v = Vector(3, 4)
w = Vector(1, 2)
print(v, repr(v), str(w), [v, w], (v,), {"k": v})
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), bool(v), bool(Vector()))
print(v == Vector(3, 4), v != w, v == 5, v != "x", len(v), v[0], v[-1], list(v), 4 in v, 9 in v)
print(sorted([v, w, Vector(0, 1)]), max([v, w]), min(v, w))
print(len({v, Vector(3, 4), w}), Vector.created, Vector.dims, v.dims, Vector.__doc__)
x, y = v
print(x, y, Vector.__name__, type(v).__name__, v.__class__.__name__)
print(isinstance(v, Vector), isinstance(v, object), isinstance(3, Vector), issubclass(Vector, object))
v.z = 5
print(v.z, hasattr(v, "z"), hasattr(w, "z"), getattr(w, "z", "default"))
setattr(w, "label", "w")
print(w.label)
delattr(w, "label")
print(hasattr(w, "label"))


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return type(self).__name__


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()


for a in (Animal("generic"), Dog("rex", ["sit"]), Puppy("bit")):
    print(a.speak(), a.kind(), isinstance(a, Dog), isinstance(a, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), Puppy.__bases__ == (Dog,))
print(Dog("d").tricks, Dog("e", "ab").tricks)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def describe():
        return "temperature in C"

    @classmethod
    def freezing(cls):
        return cls(0)

    def __repr__(self):
        return "Temperature(%r)" % self._c


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t, t.fahrenheit, Temperature.describe(), t.describe(), Temperature.freezing())
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)


class Counter:
    count = 0

    @classmethod
    def make(cls):
        cls.count += 1
        return cls()


class SubCounter(Counter):
    pass


Counter.make()
SubCounter.make()
SubCounter.make()
print(Counter.count, SubCounter.count)


class Callable:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


double = Callable(2)
print(double(21), callable(double), list(map(double, [1, 2])))


class Plain:
    pass


p = Plain()
p.attr = 1
print(p.attr, type(p).__name__, Plain.__name__, p == p, p == Plain())
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Vector.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Vector(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vector(1) + 1
except AttributeError as e:
    print(type(e).__name__, e)
print(v < Vector(10, 0), v > w)
try:
    Plain() < Plain()
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def template(self):
        return "base:" + self.hook()

    def hook(self):
        return "base-hook"


class Derived(Base):
    def hook(self):
        return "derived-hook"


print(Base().template(), Derived().template())


class WithClassAttrs:
    items = []

    def add(self, x):
        self.items.append(x)


a1, a2 = WithClassAttrs(), WithClassAttrs()
a1.add(1)
a2.add(2)
print(a1.items, a2.items, WithClassAttrs.items is a1.items)
