from django.db.models import Value
from django.db.models.functions import ConcatPair
from blog.models import Author
qs = Author.objects.annotate(s=ConcatPair("name", Value("!"))).order_by("id")[:3]
result = ([a.s for a in qs], str(qs.query))
