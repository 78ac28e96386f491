# Differential stress: every combination of slice bounds and steps for get, del and (extended) assignment on lists, tuples and ranges.
vals = [None, -12, -5, -3, -1, 0, 1, 2, 4, 7, 12]
steps = [None, -3, -2, -1, 1, 2, 3]
out = []
for n in (0, 1, 5, 8):
    base = list(range(n))
    for a in vals:
        for b in vals:
            for c in steps:
                s = slice(a, b, c)
                out.append(base[s])
                out.append(tuple(base)[s])
                out.append(list(range(n)[s]))
                x = list(base)
                del x[s]
                out.append(x)
                y = list(base)
                k = len(base[s])
                try:
                    y[s] = ['z'] * k
                    out.append(y)
                except ValueError as e:
                    out.append(str(e))
                z = list(base)
                try:
                    z[s] = ['q', 'r']
                    out.append(z)
                except ValueError as e:
                    out.append(str(e))
                out.append(s.indices(n))
print(len(out))
print(hash(repr(out)) == hash(repr(out)))
import_free = repr(out)
print(import_free[:300])
chk = 0
for i, ch in enumerate(import_free):
    chk = (chk * 31 + ord(ch)) % 1000000007
print(chk)
