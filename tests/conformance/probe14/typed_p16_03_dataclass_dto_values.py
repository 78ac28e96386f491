# A dataclass DTO under the future import, built from values() rows.
from __future__ import annotations
from dataclasses import dataclass, field, fields, asdict
from typing import ClassVar
from blog.models import Entry

@dataclass
class EntryDTO:
    id: int
    headline: str
    rating: int | None = None
    tags: list[str] = field(default_factory=list)
    source: ClassVar[str] = "db"

rows = Entry.objects.order_by("id").values("id", "headline", "rating")[:3]
dtos = [EntryDTO(**r) for r in rows]
result = ([asdict(d) for d in dtos], [(f.name, f.type) for f in fields(EntryDTO)], EntryDTO.source)
