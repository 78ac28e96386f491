# order_by(F('blog__name').desc()) and '-blog__name' give the same SQL.
from django.db.models import F
from blog.models import Entry

a = Entry.objects.order_by(F("blog__name").desc(), "id")
b = Entry.objects.order_by("-blog__name", "id")
result = (str(a.query) == str(b.query), str(a.query))
