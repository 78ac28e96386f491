import types, typing
u = int | None
print(u, type(u), type(u).__name__, type(u).__module__, type(u).__qualname__)
print(u.__args__, (None | int).__args__, int | int, int | int is int)
print(list[int] | None, (list[int] | None).__args__, dict[str, list[int]] | int | None)
print(int | str == str | int, hash(int | str) == hash(str | int), (int | str | int).__args__)
print(int | (str | float), ((int | str) | (float | int)).__args__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance([], int | str), isinstance(True, int | None))
print(issubclass(bool, int | str), issubclass(list, int | str))
print(typing.Optional[int] == int | None, typing.Union[int, str] == int | str, int | str == typing.Union[int, str])
print(typing.get_args(int | None), typing.get_origin(int | None), typing.get_origin(int | None) is types.UnionType)
print(typing.Union[int | None, str], typing.Optional[int | str])
print(repr(int | typing.List[int]), type(int | typing.List[int]))
print(types.UnionType, isinstance(u, types.UnionType))
class A: pass
print(A | None, (A | None).__args__)
try: int | "str"
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
try: "x" | int
except TypeError as e: print(e)
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
try: isinstance(1, 3)
except TypeError as e: print(e)
try: issubclass(int, 3)
except TypeError as e: print(e)
print({int | str: 1}[str | int])
print(u == int, u != int | None, u == None)
try: types.UnionType()
except TypeError as e: print(e)
T = typing.TypeVar('T')
print(int | T, (int | T).__parameters__, (list[T] | None)[int])
print(u.__origin__ if hasattr(u, '__origin__') else 'no origin')
print(typing.get_type_hints.__name__)
print(bool(u), str(u))
import enum
class F(enum.Flag):
    A = 1
    B = 2
print(F.A | F.B, type(F.A | F.B))
print(None | None if False else 'skip')
try: None | None
except TypeError as e: print(e)
print(type | None, object | type)
