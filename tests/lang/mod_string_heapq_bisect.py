import string, heapq, bisect
print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wORLD  foo'), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = string.Template('$who likes ${what}, costs $$10')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
for bad in ['$who', 'cost $ 5', 'a\nb ${x', '${1x}']:
    try:
        print(string.Template(bad).substitute({}))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('bad $ 5').is_valid(), string.Template('ok $x $y').safe_substitute(x=1))

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date', 'plum']
print(heapq.nlargest(3, words), heapq.nsmallest(3, words), heapq.nlargest(3, words, key=len),
      heapq.nsmallest(2, words, key=len), heapq.nlargest(1, words), heapq.nsmallest(10, [3, 1, 2]))
print(heapq.nsmallest(3, iter([5, 4, 3, 2, 1, 0])), heapq.nlargest(2, iter(range(10)), key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])),
      list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)),
      list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, 'write')); heapq.heappush(tasks, (1, 'plan')); heapq.heappush(tasks, (2, 'test'))
print([heapq.heappop(tasks) for _ in range(3)])
for f in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        f()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

a = [1, 2, 4, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 5),
      bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 0), bisect.bisect(a, 99))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
people = [('ann', 20), ('bob', 30), ('cid', 40)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort(people, ('dee', 35), key=lambda p: p[1]); print(people)
bisect.insort_left(people, ('eve', 30), key=lambda p: p[1]); print(people)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
