# Exists over a related manager queryset in annotate with order by.
from django.db.models import Exists, OuterRef
from blog.models import Author, Entry

qs = Author.objects.annotate(active=Exists(Entry.objects.filter(authors=OuterRef("pk"), pub_date__year=2010))).order_by("pk")
result = ([(a.pk, a.active) for a in qs], str(qs.query))
