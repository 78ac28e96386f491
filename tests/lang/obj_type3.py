# type(name, bases, dict) as CPython builds and checks it, and a plain
# __init_subclass__ in a class body working as the classmethod it implicitly is.
for args in [('X',[],{}),(1,(),{}),('X',(),[]),('X',(1,),{})]:
    try: type(*args)
    except Exception as e: print(type(e).__name__, e)
C=type('C',(),{'a':1, 'f': lambda self: self.a + 1}); print(C.__module__, C.__qualname__, C.a, C.__name__, repr(C), C().f())
D=type('D',(C,),{'__qualname__':'Q.D','__module__':'m'}); print(D.__qualname__, D.__module__, D.a, issubclass(D,C), isinstance(D(), C))
def make():
    return type('Inner', (object,), {'x': 5})
I2 = make(); print(I2.__qualname__, I2.x, I2().x)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__)
E = type('E', (Base,), {})
print(type(E) is type, type('T', (), {}).__mro__ if hasattr(type, '__mro__') else '')
class Base2:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class E2(Base2):
    pass
print(type(Base2.__dict__["__init_subclass__"]).__name__)
