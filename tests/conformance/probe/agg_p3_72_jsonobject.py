# JSONObject() annotation. Note: Django's first JSON use in a process runs a feature check
# (BEGIN; SELECT JSON('{"a": "b"}'); COMMIT), which connection.queries records.
from django.db.models.functions import JSONObject
from blog.models import Author

result = list(Author.objects.filter(pk=1).annotate(j=JSONObject(n="name", e="email")).values_list("j", flat=True))
