# Generic bases as CPython 3.11 builds them: __mro_entries__ of List[int], Generic[T],
# Protocol[T] and Box[T]; __parameters__ from __orig_bases__; its errors.
from typing import Generic, TypeVar, List, Protocol
T = TypeVar("T"); U = TypeVar("U")
class L(List[int]): pass
print(L.__bases__, L.__mro__)
class B(Generic[T]): pass
print(B.__mro__, B.__parameters__, B[int])
class C(B[T], Generic[T, U]): pass
print(C.__parameters__, C.__mro__)
class P(Protocol[T]):
    def m(self) -> T: ...
print(P.__mro__, P._is_protocol, P.__parameters__)
try:
    class Bad(B[T], Generic[U]): pass
except TypeError as e: print(e)
try:
    class Bad2(Generic): pass
except TypeError as e: print(e)
class D(B[int]): pass
print(D.__parameters__, D.__mro__, D.__orig_bases__)
