# Ordering by an Exists() annotation, descending.
from django.db.models import Exists, OuterRef
from blog.models import Author, Entry

qs = Author.objects.annotate(on_blog1=Exists(Entry.objects.filter(authors=OuterRef("pk"), blog_id=1))).order_by("-on_blog1", "id")
result = list(qs.values_list("id", "on_blog1"))
