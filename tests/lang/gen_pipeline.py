# Pipelines, infinite generators with itertools, generators never finished.
import itertools

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def squares(xs):
    for x in xs:
        yield x * x

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def take(n, xs):
    for i, x in enumerate(xs):
        if i >= n:
            return
        yield x

print(list(take(5, evens(squares(naturals())))))
print(list(itertools.islice(naturals(10), 3)))
print(list(itertools.islice(squares(naturals()), 2, 8, 2)))
print(list(itertools.takewhile(lambda x: x < 30, squares(naturals()))))
print(next(itertools.dropwhile(lambda x: x < 100, squares(naturals()))))
print(list(zip(naturals(), "abc")))
print(list(itertools.chain(take(2, naturals()), take(2, naturals(5)))))
print(list(itertools.accumulate(take(5, naturals(1)))))

pending = [naturals(i) for i in range(100)]
print(sum(next(g) for g in pending))
print(sum(next(g) for g in pending))

def lines():
    yield "id,name"
    yield "1,ada"
    yield "2,alan"
    yield ""
    yield "3,grace"

def parse(rows):
    header = None
    for row in rows:
        if not row:
            continue
        fields = row.split(",")
        if header is None:
            header = fields
            continue
        yield dict(zip(header, fields))

for rec in parse(lines()):
    print(rec)

def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

def feed(values):
    acc = running_total()
    next(acc)
    for v in values:
        print("total", acc.send(v))
    try:
        acc.send(None)
    except StopIteration as e:
        return e.value

print(feed([3, 4, 5]))

def batched(xs, n):
    batch = []
    for x in xs:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(7), 3)))

def lazy_query(rows):
    print("evaluating")
    for r in rows:
        yield r

q = lazy_query([1, 2, 3])
print("not evaluated yet")
print(list(q))
print(list(q), "second pass is empty: a generator runs once")

gens = [squares(range(i)) for i in range(300)]
print(sum(sum(g) for g in gens))

def many():
    for i in range(20000):
        yield i

print(sum(many()), max(many()))
