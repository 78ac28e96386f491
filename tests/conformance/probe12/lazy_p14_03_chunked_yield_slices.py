# Chunked loop with yield: each chunk is a LIMIT/OFFSET query.
from typing import Iterator
from blog.models import Entry

def chunks(qs, size: int) -> Iterator[list]:
    start = 0
    while True:
        batch = list(qs[start:start + size])
        if not batch:
            return
        yield batch
        start += size

result = [[e.pk for e in b] for b in chunks(Entry.objects.filter(blog_id=4).order_by("pk"), 2)]
