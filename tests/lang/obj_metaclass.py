class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", mcs.__name__, name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 'yes'
    def __repr__(cls):
        return '<M ' + cls.__name__ + '>'
    def hello(cls):
        return 'hello from ' + cls.__name__
    @property
    def prop(cls):
        return 'prop of ' + cls.__name__

class A(metaclass=M, tag='x'):
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v

class B(A):
    pass

print(type(A) is M, type(B) is M, isinstance(A, M), isinstance(A, type))
print(A.tag, B.tag)
a = A(5)
print(a.v, a.method(), type(a) is A)
print(list(A), len(A), A['k'], 'yes' in A, 'no' in B)
print(repr(A), str(B), A)
print(A.hello(), B.prop)
print(bool(A))
print(A.__class__ is M)
try:
    a.hello()
except AttributeError as e:
    print(type(e).__name__, e)
class M2(type):
    pass
try:
    class C(B, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M):
    pass
class D(B, metaclass=M3):
    pass
print(type(D).__name__)
class E(metaclass=type):
    pass
print(type(E))
def fmeta(name, bases, ns):
    return name + '!'
class F(metaclass=fmeta):
    x = 1
print(F)
X = M('X', (), {'q': 1})
print(X, X.q, type(X))
class P(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases)
        return {'injected': 42}
class Q(metaclass=P):
    pass
print(Q.injected)
print(type.__instancecheck__(int, 3), type(type), type(M))
print(M.__mro__)
