# filter(**conditions) built from a dict equals the keyword call.
from blog.models import Entry

conditions = {"blog__name__startswith": "Py", "rating__gte": 6}
a = Entry.objects.filter(**conditions).order_by("id")
b = Entry.objects.filter(blog__name__startswith="Py", rating__gte=6).order_by("id")
result = (str(a.query) == str(b.query), list(a.values_list("id", flat=True)))
