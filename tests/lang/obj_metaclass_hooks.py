# Metaclass hooks: __instancecheck__/__subclasscheck__, __setattr__ on the
# metaclass, properties with setters, __init_subclass__ keywords, singletons
# through __call__, and the attribute cache after class changes.

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return 'quack'

print(isinstance(Mallard(), Quacker), isinstance(3, Quacker))
print(isinstance(Mallard(), (int, Quacker)), isinstance('x', (int, Quacker)))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(issubclass(Mallard, (str, Quacker)))
print(type.__instancecheck__(Quacker, Mallard()), type.__subclasscheck__(Quacker, Mallard))

class Frozen(type):
    def __setattr__(cls, name, value):
        if name.startswith('_'):
            raise AttributeError('cannot set %r on %s' % (name, cls.__name__))
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        raise AttributeError('no deleting ' + name)

class Config(metaclass=Frozen):
    level = 1
    def get(self):
        return self.level

c = Config()
print(c.get())
Config.level = 2
print(c.get(), Config.level)
try:
    Config._secret = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Config.level
except AttributeError as e:
    print(type(e).__name__, e)

class Counted(type):
    _count = 0
    @property
    def count(cls):
        return cls._n
    @count.setter
    def count(cls, v):
        type.__setattr__(cls, '_n', v * 10)

class K(metaclass=Counted):
    _n = 0
K.count = 3
print(K.count, K._n)

class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if '_inst' not in cls.__dict__:
            type.__setattr__(cls, '_inst', super().__call__(*args, **kwargs))
        return cls._inst

class Db(metaclass=Singleton):
    def __init__(self, name):
        print('connect', name)
        self.name = name

a = Db('one')
b = Db('two')
print(a is b, b.name)

class Plugin:
    registry = []
    def __init_subclass__(cls, kind='plain', **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, kind))

class P1(Plugin, kind='fancy'):
    pass
class P2(Plugin):
    pass
print(Plugin.registry)
try:
    class P3(Plugin, colour='red'):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class P4(colour='red'):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Tracer(type):
    def __new__(mcs, name, bases, ns):
        ns['traced'] = True
        return super().__new__(mcs, name, bases, ns)
    def __bool__(cls):
        return False
    def __eq__(cls, other):
        return isinstance(other, str) and other == cls.__name__
    __hash__ = type.__hash__

class T(metaclass=Tracer):
    pass
print(T.traced, bool(T), T == 'T', T == 'U', T != 'T')
print(type(T).__name__, T.__class__.__name__, type(T()).__name__)
Y = type('Y', (T,), {'extra': 1})
print(type(Y).__name__, Y.traced, Y.extra)
print(T.mro() == [T, object], type.mro(T) == [T, object])
print(T.__name__, T.__qualname__, T.__module__)
try:
    T().traced_missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    T.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# Changing class attributes through the metaclass keeps lookups fresh.
class Shape(metaclass=Tracer):
    sides = 0
    def describe(self):
        return self.sides
s = Shape()
for n in range(3):
    Shape.sides = n
    print(s.describe(), Shape.sides)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'order': []}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)
class Ordered(metaclass=Meta):
    order.append('x')
print(Ordered.order)
class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class Z(metaclass=Bad):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(int, 'X', (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
