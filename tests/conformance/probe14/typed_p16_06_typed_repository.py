# A repository class whose methods are annotated with the class itself and QuerySet types.
from __future__ import annotations
from django.db.models import QuerySet
from blog.models import Entry

class EntryRepository:
    def __init__(self, qs: QuerySet[Entry] | None = None) -> None:
        self.qs = qs if qs is not None else Entry.objects.all()

    def rated(self, at_least: int) -> EntryRepository:
        return EntryRepository(self.qs.filter(rating__gte=at_least))

    def in_blog(self, blog_id: int | None) -> EntryRepository:
        if blog_id is None:
            return self
        return EntryRepository(self.qs.filter(blog_id=blog_id))

    def first_or_none(self) -> Entry | None:
        return self.qs.order_by("id").first()

repo = EntryRepository().rated(6).in_blog(None).in_blog(1)
first = repo.first_or_none()
result = (
    str(repo.qs.query),
    first.headline if first else None,
    EntryRepository.rated.__annotations__,
    EntryRepository.__init__.__annotations__,
)
