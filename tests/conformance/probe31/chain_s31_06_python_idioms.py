from dataclasses import dataclass, field, asdict
from typing import NamedTuple, Optional
from enum import IntEnum
from blog.models import Entry, Blog

class Stars(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 8

@dataclass(order=True)
class Summary:
    rating: int
    pk: int
    headline: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

class Pair(NamedTuple):
    blog: str
    n: int
    avg: Optional[float] = None

qs = Entry.objects.order_by("pk")[:12]
sums = sorted(Summary(e.rating, e.pk, e.headline) for e in qs)
print(sums[0], sums[-1].pk, asdict(sums[1])["headline"])
print([s.pk for s in sums if (r := s.rating) >= Stars.MID][:4], r)
for i, e in enumerate(qs[:3], start=1):
    print(f"{i=} {e.pk=:>3} {e.rating!r:>4} {Stars.HIGH > e.rating}")
pairs = [Pair(b.name, b.entry_set.count()) for b in Blog.objects.order_by("pk")[:2]]
print(pairs, pairs[0]._replace(avg=1.5), Pair._fields)
print(*[e.pk for e in qs[:4]], sep=" | ", end=" <-\n")
print(round(2.5), round(3.5), round(2.675, 2), divmod(-7, 3), (255).bit_length(), sum([e.rating for e in qs], 100))
print(dict(zip(["a", "b"], map(str.upper, ["x", "y"]))), list(filter(None, [0, 1, "", "z"])))
print("{blog}: {n:03}".format_map({"blog": "B", "n": 7}), getattr(qs[0], "nope", "default"))
match [e.rating for e in qs[:2]]:
    case [a, b] if a > b:
        print("down", a, b)
    case [a, b]:
        print("up or flat", a, b)
result = [s.pk for s in sums]
