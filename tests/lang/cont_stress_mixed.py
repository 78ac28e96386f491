# Differential stress: random set/dict/list operations; the set table (dummies, resizes, pop's finger) must follow CPython exactly for the printed orders to match.
seed = [12345]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
out = []
s = set()
d = {}
l = []
for step in range(6000):
    op = rnd(10)
    k = rnd(300) - 50
    if op < 3:
        s.add(k); d[k] = step; l.append(k)
    elif op < 5:
        s.discard(k)
        if k in d:
            del d[k]
        if k in l:
            l.remove(k)
    elif op == 5 and s:
        out.append(s.pop())
    elif op == 6:
        s2 = {rnd(100) for _ in range(rnd(20))}
        out.append(len(s | s2)); out.append(len(s & s2)); out.append(len(s - s2)); out.append(len(s ^ s2))
    elif op == 7 and l:
        i = rnd(len(l))
        out.append(l[i]); out.append(l[-i - 1])
        l[i:i + 2] = [k, k + 1, k + 2]
    elif op == 8:
        t = tuple(l[:rnd(5)])
        out.append(hash(t) % 1000003)
        out.append(hash(frozenset(t)) % 1000003)
    if step % 500 == 0:
        print(step, s, list(d.items())[:10], l[:10], sorted(l)[-5:])
print(out[:200])
print(len(out), sum(x for x in out if isinstance(x, int)))
print(s)
print(sorted(d.items(), key=lambda kv: (kv[1], kv[0]))[:20])
