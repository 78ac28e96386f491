# Collate() in order_by and JSONObject().
from django.db.models.functions import Collate, JSONObject
from blog.models import Author

a = list(Author.objects.order_by(Collate("name", "nocase"), "id").values_list("id", flat=True))
b = list(Author.objects.filter(pk=1).annotate(j=JSONObject(n="name", e="email")).values_list("j", flat=True))
result = (a, b)
