# reversed() of builtin subclasses: the builtin's own reverse iteration (a dict
# subclass used to fall back to indexing and raise KeyError).
class D(dict):
    pass
class L(list):
    pass
class S(set):
    pass
class G(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10
print(list(reversed(D(a=1, b=2))), list(reversed(L([1, 2, 3]))), list(reversed(G([1, 2]))))
try:
    reversed(S({1}))
except TypeError as e:
    print(e)
from collections import OrderedDict, Counter, defaultdict
print(list(reversed(OrderedDict(x=1, y=2))), list(reversed(Counter("aab"))), list(reversed(defaultdict(int, q=1, r=2))))
