# Containers and builtins with user classes: __index__, __eq__/__hash__/__lt__, the sequence protocol, keys() mappings, NotImplemented.
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y)
    def __repr__(self): return 'Pt(%d, %d)' % (self.x, self.y)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class Mapping:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
class Never:
    def __eq__(self, o): return NotImplemented
l = [10, 20, 30]
print(l[Idx(1)], (1, 2, 3)[Idx(-1)], l[Idx(0):Idx(2)], range(10)[Idx(3)], [0] * Idx(3), 'ab' * 2)
pts = [Pt(2, 1), Pt(1, 5), Pt(1, 2)]
print(sorted(pts), min(pts), max(pts), Pt(1, 5) in pts, pts.index(Pt(1, 2)), pts.count(Pt(2, 1)))
s = {Pt(1, 1), Pt(1, 1), Pt(2, 2)}
print(len(s), Pt(2, 2) in s, {Pt(0, 0): 'origin'}[Pt(0, 0)])
print(list(Seq()), list(reversed(Seq())), 20 in Seq(), dict(Mapping()), sorted(Seq(), reverse=True))
n = Never()
print(n in [n], Never() in [n], [n] == [n], [Never()] == [Never()], [1, 2].count(n))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print([c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])], max([Cmp(1), Cmp(5)], key=lambda c: c.v).v)
try:
    sorted([Cmp(1), 2])
except TypeError as e:
    print(e)
try:
    max(Cmp(1), Cmp(2))
except TypeError as e:
    print(e)
