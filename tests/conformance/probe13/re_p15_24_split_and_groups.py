# re.split and named groups on headlines from the database.
import re
from blog.models import Entry

pat = re.compile(r"^(?P<title>.*?) \((?P<n>\d+)\)$")
rows = []
for h in Entry.objects.order_by("id").values_list("headline", flat=True)[:3]:
    m = pat.match(h)
    rows.append((m.group("title"), int(m["n"]), re.split(r"\s+", m.group("title"))))
result = rows
