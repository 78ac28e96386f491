# itertools: the iterator building blocks, lazily, with the reprs and
# error messages CPython 3.11 gives.
import itertools
from itertools import groupby, chain, islice, count, accumulate, product, zip_longest, combinations, takewhile, dropwhile, repeat, starmap, tee, permutations, cycle, pairwise, compress, filterfalse, combinations_with_replacement
import operator
rows = sorted([('b', 2), ('a', 1), ('b', 3), ('a', 4), ('c', 5)])
for k, g in groupby(rows, key=lambda r: r[0]):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby('aaabbcaa')])
gs = list(groupby('aabb')); print([list(g) for k, g in gs])
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(), 5)), list(islice('abcdefg', 2, None, 2)), list(islice(range(10), 1, 6)))
print(count(3), count(1, 2), repeat('x', 2), list(repeat(7, 3)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)))
print(list(zip_longest('abc', [1], fillvalue='-')))
print(list(combinations('abcd', 2)), list(combinations_with_replacement('ab', 2)))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
print(list(islice(cycle('ab'), 5)), list(pairwise('abcd')), list(compress('abcd', [1, 0, 1, 0])), list(filterfalse(None, [0, 1, 2, 0])))
try: islice('a', -1)
except ValueError as e: print(e)
it = iter(range(10)); print(list(islice(it, 3)), next(it))
print(type(chain()).__name__)
print(list(islice(count(10, -2), 3)), list(islice(count(0.5), 2)))
print(list(repeat(1, -2)), list(repeat('z', 0)), list(islice(repeat(0), 2)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(chain()), list(chain([], [])), list(zip_longest()), list(zip_longest([1, 2], 'a', [True])))
print(list(product()), list(product('ab', [])), list(combinations('abc', 0)), list(combinations('ab', 3)))
print(list(permutations([])), list(permutations('ab', 3)), list(combinations_with_replacement('', 0)))
print(list(islice('abcdef', None)), list(islice('abcdef', 2, 4)), list(islice('abcdef', 1, None, 3)), list(islice('ab', 5)))
for args in [('a', 1, 2, 0), ('a', 'x'), ('a', 1, -2)]:
    try:
        islice(*args)
    except ValueError as e:
        print('ValueError', e)
t = tee('abc', 3)
print(len(t), [list(x) for x in t], tee([1], 0))
g = groupby([1, 1, 2, 3, 3, 3])
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [(k, list(v)) for k, v in g])
print(list(groupby([])), [k for k, _ in groupby('AAAABBBCCDAABBB')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({k: list(v) for k, v in groupby(words, key=lambda w: w[0])})
print(list(itertools.takewhile(bool, [1, 0, 1])), list(itertools.dropwhile(bool, [1, 0, 1])))
print(sum(1 for _ in itertools.combinations(range(6), 3)), next(itertools.count(5)))
it = itertools.starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))
print(next(it), next(it), next(it, 'end'))
try:
    list(chain([1], 5))
except TypeError as e:
    print('TypeError', e)
