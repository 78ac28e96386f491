# Differential stress: random set algebra between three sets, printing every intermediate result in CPython's iteration order.
seed = [987]
def rnd(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
sets = [set(), set(), {1, 2, 3}]
for step in range(4000):
    a = rnd(3)
    s = sets[a]
    o = sets[rnd(3)]
    op = rnd(16)
    k = rnd(400) - 100
    if op < 4:
        s.add(k)
    elif op < 7:
        s.discard(k)
    elif op == 7 and s:
        s.pop()
    elif op == 8:
        s |= {rnd(200) for _ in range(rnd(30))}
    elif op == 9:
        s &= set(range(rnd(300)))
    elif op == 10:
        s -= o
    elif op == 11:
        s ^= o
    elif op == 12:
        sets[a] = s.copy() if rnd(2) else set(frozenset(s))
    elif op == 13:
        s.difference_update(range(k, k + 50))
    elif op == 14:
        s.symmetric_difference_update([k, k + 1, k + 2, k])
    elif op == 15:
        sets[a] = s.union(o) if rnd(2) else s.intersection(o, range(-100, 300))
    if step % 20 == 0:
        print(step, sets[0], sets[1], sets[2], s - o, o - s, s & o, s ^ o, frozenset(s) | o)
print(sets, hash(frozenset(sets[0])), hash(frozenset(sets[1])))
