from django.db.models import F, Value
from django.db.models.functions import Upper, Concat
from blog.models import Entry
qs = Entry.objects.filter(blog_id=3).values("id", shout=Upper("headline"), total=F("number_of_comments") + F("number_of_pingbacks")).order_by("id")
result = (list(qs), str(qs.query))
