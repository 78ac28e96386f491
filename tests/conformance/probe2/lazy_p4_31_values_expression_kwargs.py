# values() with an expression keyword.
from django.db.models import F
from django.db.models.functions import Upper
from blog.models import Entry

result = list(Entry.objects.filter(pk__lt=3).values("id", up=Upper("headline"), blogname=F("blog__name")).order_by("id"))
