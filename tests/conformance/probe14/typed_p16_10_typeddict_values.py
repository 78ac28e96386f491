# A TypedDict describing values() rows under the future import.
from __future__ import annotations
from typing import TypedDict, get_type_hints
from blog.models import Entry

class EntryRow(TypedDict):
    id: int
    headline: str
    rating: int | None

rows = [EntryRow(**r) for r in Entry.objects.order_by("-id").values("id", "headline", "rating")[:2]]
result = (
    [dict(r) for r in rows],
    [type(t).__name__ for t in EntryRow.__annotations__.values()],
    repr(get_type_hints(EntryRow)),
    sorted(EntryRow.__required_keys__),
)
