from django.db.models import Value, CharField
from django.db.models.functions import Concat, NullIf
from blog.models import Author
qs = Author.objects.annotate(s=Concat(NullIf("name", Value("Joe")), Value("|"), "email", output_field=CharField())).order_by("id")[:2]
result = [a.s for a in qs]
