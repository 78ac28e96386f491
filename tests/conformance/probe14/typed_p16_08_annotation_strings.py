# The annotations stored as CPython writes them back under PEP 563.
from __future__ import annotations
from django.db.models import QuerySet, Q
from blog.models import Entry

def search(qs: QuerySet[Entry], *terms: str, filters: dict[str,Q]|None=None, limit: int=10, **extra: 'Entry') -> list[tuple[int,str]]:
    q = Q()
    for t in terms:
        q |= Q(headline__icontains=t)
    return list(qs.filter(q).order_by("id").values_list("id", "headline")[:limit])

result = (search(Entry.objects.all(), "django", "python"), search.__annotations__)
