from django.db.models import Value
from django.db.models.functions import Collate
from blog.models import Author
qs = Author.objects.order_by(Collate("name", "nocase")).values_list("name", flat=True)
qs2 = Author.objects.filter(name=Collate(Value("JOE"), "nocase"))
result = (list(qs)[:3], str(qs.query), [a.name for a in qs2], str(qs2.query))
