# Metaclass edge cases: exceptions, decorators, __init_subclass__ keywords,
# metaclass classmethods and operators, pickling a class, nested metaclasses,
# an explicit metaclass less derived than the base's, M(name, bases, ns, **kw).
class M(type):
    registry = {}
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        mcs.registry[name] = cls
        return cls
    @classmethod
    def names(mcs):
        return sorted(mcs.registry)
    def __or__(cls, other):
        return (cls.__name__, other.__name__)

class Err(Exception, metaclass=M):
    pass
try:
    raise Err('boom')
except Err as e:
    print('caught', type(e).__name__, e, type(Err).__name__)

def deco(cls):
    cls.decorated = True
    return cls

@deco
class A(metaclass=M):
    class Inner:
        pass
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
    @classmethod
    def make(cls):
        return super().__new__(cls)

class B(A, flag='on'):
    pass

print(A.decorated, B.flag, A.Inner.__qualname__, type(B.make()).__name__, M.names(), A.names())
print(A | B, type.__call__(A).__class__.__name__)
print(isinstance(A, type), issubclass(M, type), type(M).__name__, M.__name__, M.__mro__[1].__name__)
print(A.__dict__['decorated'], 'registry' in M.__dict__)
import pickle
print(pickle.loads(pickle.dumps(A)) is A)
print(callable(A), hash(A) == hash(A), A == A, A != B)
class N(M):
    def __call__(cls, *a):
        return ('called', cls.__name__, a)
class C(metaclass=N):
    pass
print(C(1, 2), type(C).__name__, N.names()[:3])
try:
    class D(C, metaclass=type):
        pass
    print(type(D).__name__)
except TypeError as e:
    print(e)
class Q(type):
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns, **kw)
        cls.inited = name
class R(metaclass=Q):
    pass
print(R.inited)
try:
    Q('S', (), {}, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
