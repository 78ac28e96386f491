from django.db.models import F
from django.db.models.functions import JSONObject, Lower
from blog.models import Author
qs = Author.objects.annotate(info=JSONObject(name=Lower("name"), mail=F("email"))).order_by("id")[:2]
result = ([a.info for a in qs], str(qs.query))
