from django.db.models import Exists, OuterRef, Q
from blog.models import Author, Entry
qs = Author.objects.filter(Exists(Entry.objects.filter(authors=OuterRef("pk"), rating__gte=9)), name__startswith="J").order_by("id")
result = ([a.name for a in qs], str(qs.query))
