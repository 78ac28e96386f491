# Sorting empty and one-element lists in every mode (a fuzz find: reversing an
# empty run touched a NULL key array).
for l in ([], [1]):
    for rev in (False, True):
        a = list(l)
        a.sort(reverse=rev)
        b = sorted(l, key=lambda x: -x, reverse=rev)
        print(a, b, sorted(l, reverse=rev))
x = []
x.reverse()
print(x, list(reversed([])), sorted((), key=str))
