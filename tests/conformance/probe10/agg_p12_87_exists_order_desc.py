from django.db.models import Exists, OuterRef
from blog.models import Author, Entry
qs = Author.objects.annotate(active=Exists(Entry.objects.filter(authors=OuterRef("pk"), pub_date__year__gte=2010))).order_by("-active", "name")
result = ([(a.name, a.active) for a in qs], str(qs.query))
