# A class body may reassign __module__ and __qualname__ (type.__new__ takes both from it).
class A:
    __module__ = "pkg.mod"
    __qualname__ = "factory.<locals>.A"

print(A.__name__, A.__qualname__, A.__module__)
print(repr(A))
print(repr(A()).split(" at ")[0])

def make():
    class B:
        pass
    return B

print(make().__qualname__, repr(make()))
try:
    class C:
        __qualname__ = 5
except TypeError as exc:
    print("TypeError:", exc)
