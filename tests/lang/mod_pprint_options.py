# PrettyPrinter's options and the module's functions: depth, indent,
# sort_dicts, underscore_numbers, stream, pp(), saferepr, isreadable,
# isrecursive, and the constructor's errors.
import io
import sys
import pprint

data = {'zeta': [1, 2, {'inner': [3, 4, (5, 6)]}], 'alpha': (1, [2, [3, [4]]]),
        'mid': {'b': 2, 'a': 1, 'c': {'d': {'e': {}}}}, 'n': 1234567890123,
        'neg': -9876543, 'f': 1234567.5, 'b': True}

for depth in (1, 2, 3, 4, None):
    print('depth', depth)
    print(pprint.pformat(data, depth=depth))
    print(pprint.pformat(data, depth=depth, width=30))
    print(pprint.pformat(data, depth=depth, width=200))
print(pprint.pformat([[[[]]], [[()]], [{}]], depth=1))
print(pprint.pformat([[[[1]]], [[(1,)]], [{1: 2}]], depth=2))

for indent in (0, 1, 2, 4, 7):
    print('indent', indent)
    print(pprint.pformat(data, indent=indent, width=40))
    print(pprint.pformat(list(range(30)), indent=indent, width=30, compact=True))
    print(pprint.pformat([data['mid'], (1, 2, 3)], indent=indent, width=20))

print(pprint.pformat(data, sort_dicts=False, width=40))
print(pprint.pformat(data, underscore_numbers=True, width=40))
print(pprint.pformat([10**i for i in range(15)], underscore_numbers=True, compact=True, width=50))
print(pprint.pformat({10**6: 10**9, True: 2.5}, underscore_numbers=True))
print(pprint.saferepr(10**8), pprint.pformat(10**8), pprint.pformat(-10**8, underscore_numbers=True))

# mixed keys sort by type name when they do not compare
print(pprint.pformat({3: 'int', 'b': 'str', None: 'none', 1.5: 'float', (1, 2): 'tuple', 'a': 'str2', 1: 'one'}))
print(pprint.pformat({3: 'int', 'b': 'str', None: 'none', 1.5: 'float'}, width=20))
print(pprint.pformat({2, 'x', None, 1.5, (0,), 'a', 3}, width=20))
print(pprint.pformat({frozenset({1}): 1, frozenset({2}): 2, frozenset({0, 1}): 3}, width=20))

# pp() does not sort by default
pprint.pp(data)
pprint.pp(data, width=30, sort_dicts=True)
pprint.pp({'b': 1, 'a': 2}, sort_dicts=True)
pprint.pp({'b': 1, 'a': 2})

# streams
buf = io.StringIO()
pprint.pprint(data, stream=buf, width=50)
pprint.pprint('tail', buf)
print(repr(buf.getvalue()))
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint(data['mid'])
print(buf.getvalue().splitlines()[-3:])
pprint.pprint([1, 2], stream=sys.stdout)
pprint.PrettyPrinter().pprint({'default': 'stdout'})
print(pprint.PrettyPrinter(width=20).pformat(list('abcdefghij')))

# saferepr / isreadable / isrecursive
class Obj:
    def __repr__(self):
        return '<Obj>'
class Plain:
    def __repr__(self):
        return 'Plain()'
for obj in (1, 'x', [1, 2], (Obj(),), {'k': Obj()}, {'k': Plain()}, Plain(), [[[]]], {}, None,
            {1: {2: {3: Obj()}}}, [1.5, b'b', True]):
    print(pprint.saferepr(obj), pprint.isreadable(obj), pprint.isrecursive(obj))
p = pprint.PrettyPrinter(depth=1)
print(p.isreadable([[1]]), p.isreadable([1]), p.isrecursive([[1]]), p.format([[1]], {}, 1, 0))
print(pprint.PrettyPrinter().format({'a': [1]}, {}, 0, 0))
print(pprint.PrettyPrinter().format({'a': [Obj()]}, {}, 0, 0))
print(pprint.saferepr({'b': 1, 'a': [3, 2]}))

# constructor arguments
print(pprint.pformat(list(range(12)), width='20', indent=2.0))
for kwargs in ({'indent': -1}, {'depth': 0}, {'depth': -2}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)
for kwargs in ({'depth': 'x'}, {'width': None}, {'indent': 'two'}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(pprint.pformat(list(range(5)), width=-5))
print(sorted(pprint.__all__))

# A subclass's format() is called for every item, scalars included.
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
print(Upper(width=30).pformat({'key': ['value', 'other', 1], 'k2': 'small'}))
print(Upper().pformat(['a', ('b', {'c': 'd'})]))
