import types
print(list[int], dict[str, int], tuple[int, ...], tuple[()], list[list[int]], type[int])
print(list[int]([1,2]), list[int] == list[int], list[int] == list[str])
ns = types.SimpleNamespace(a=1, b='x'); print(ns, ns == types.SimpleNamespace(a=1, b='x'))
ns.c = 3; print(ns)
m = types.MappingProxyType({'a': 1}); print(m, m['a'], len(m))
try: m['b'] = 2
except TypeError as e: print(e)
class B:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(B[int])
print(types.FunctionType, types.ModuleType, types.NoneType)
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1), Sub(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace() == 1)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print(type(e).__name__, e)
ns = types.SimpleNamespace(a=1)
del ns.a
print(ns, vars(types.SimpleNamespace(q=2)))
print('a' in m, list(m), m.get('z', 0), dict(m.items()), m == {'a': 1})
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__)
