# A typing.NamedTuple class under the future import, filled from values_list() rows.
from __future__ import annotations
from typing import NamedTuple, get_type_hints
from blog.models import Entry

class Row(NamedTuple):
    headline: str
    rating: int | None = None

rows = [Row(*r) for r in Entry.objects.order_by("id").values_list("headline", "rating")[:3]]
result = (
    [tuple(r) for r in rows],
    rows[0].rating,
    Row._fields,
    repr(Row.__annotations__),
    repr(get_type_hints(Row)),
)
