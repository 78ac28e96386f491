# Differential stress: sorting (keys, reverse, stability, runs) and dict set/pop/popitem cycles.
seed = [4242]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
for trial in range(60):
    n = rnd(300)
    l = [(rnd(10), rnd(1000)) for _ in range(n)]
    a = sorted(l, key=lambda t: t[0])
    b = sorted(l, key=lambda t: t[0], reverse=True)
    c = sorted(l)
    l2 = [x for x, _ in l]
    l2.sort(reverse=bool(trial % 2))
    print(n, a[:3], b[:3], c[-3:], l2[:5], hash(tuple(a)) % 99991, hash(tuple(b)) % 99991)
d = {}
for step in range(5000):
    op = rnd(6)
    k = rnd(200)
    if op < 3:
        d[k] = step
    elif op < 5:
        d.pop(k, None)
    elif d:
        d.popitem()
    if step % 250 == 0:
        print(list(d.items())[:8], len(d))
print(d)
runs = list(range(100)) + list(range(50, 0, -1)) + list(range(200, 100, -1)) + [5] * 30
print(sorted(runs)[::17], sorted(runs, reverse=True)[::23])
strs = [str(rnd(100000)) for _ in range(2000)]
print(sorted(strs)[:10], sorted(strs, key=len)[:10], max(strs), min(strs))
