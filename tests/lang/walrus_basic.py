# Assignment expressions (PEP 572): where they are allowed and what they yield.


class QS:
    def __init__(self, n):
        self.n = n

    def count(self):
        print("count() ran")
        return self.n


qs = QS(12)
if (n := qs.count()) > 10:
    print("many", n)
print(n)

it = iter([3, 1, 4, 0, 5])
while (chunk := next(it, None)) is not None:
    print("chunk", chunk)
print(chunk)

print(total := 5)
print(total)
print((x := 2) * x, x)
y = (z := 7)
print(y, z)
print([a := 1, a + 1, b := a + 2, b])
print((c := 10, c + 1))
print({d := 3, d * 2} == {3, 6})
print({(k := "key"): k.upper()})
data = [10, 20, 30]
print(data[i := 1], i)
print(data[j := 0, ][0] if False else data[(j := 2)], j)


def f(v, w=0):
    return v + w


print(f(p := 4), p)
print(f(q := 5, w=(r := 6)), q, r)
print(f(*(s := [1, 2])), s)
u = [1, 2, 3]
print(sum((t := v) * 2 for v in u), t)
print(sorted(v := [3, 1, 2]), v)
print(f"{(w := 9)} {w!r:>3}")
g = lambda: (m := 8) + m
print(g())
print((h := lambda v: v * 3)(2), h(4))
print((e := 1) if (e2 := 0) else (e3 := 2), e2, e3)
print(not (nn := 0), nn)
print((aa := "ab") + aa)
if (line := "  x  ".strip()):
    print("line", repr(line))
elif (other := 1):
    print("never")
if not (empty := []):
    print("empty", empty)
elif (other2 := 2):
    print("never")
else:
    print("never")
if 0:
    pass
elif (el := 3) == 3:
    print("elif", el)


def deco(fn):
    return fn


@(dec := deco)
def decorated():
    return "decorated"


print(decorated(), dec is deco)

s1 = "a"
s1 = (s2 := s1 + "b")
s1 += "c"
print(s1, s2)
nums = [1, 2, 3]
print([(last := v) for v in nums], last)
print(any((hit := v) > 1 for v in nums), hit)
print(all((miss := v) < 2 for v in nums), miss)
print((ch := "x") in "xyz", ch)


class C:
    (attr := 5)
    other = attr + 1


print(C.attr, C.other)
countdown = 3
while (countdown := countdown - 1) > 0:
    print("countdown", countdown)
print("done", countdown)
