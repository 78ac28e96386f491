# A generator runs nothing until iterated, like a QuerySet; but it can be consumed only once.
from blog.models import Entry


def high_rated(min_rating):
    for e in Entry.objects.filter(rating__gte=min_rating).order_by("id"):
        yield e.id


gen = high_rated(9)
qs = Entry.objects.filter(rating__gte=9).order_by("id").values_list("id", flat=True)
a = list(gen)
b = list(gen)
c = list(qs)
d = list(qs)
result = (a, b, c == d, a == c)
