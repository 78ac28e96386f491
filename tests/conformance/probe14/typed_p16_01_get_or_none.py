# A typed get-or-none helper returning `Entry | None`.
from __future__ import annotations
from blog.models import Entry

def get_or_none(pk: int) -> Entry | None:
    try:
        return Entry.objects.get(pk=pk)
    except Entry.DoesNotExist:
        return None

found = get_or_none(1)
missing = get_or_none(999)
result = (found.headline, missing, get_or_none.__annotations__)
