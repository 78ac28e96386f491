from blog.models import Blog, Entry, Author
from django.db.models import F
from django.db.models.functions import Lower
qs = Entry.objects.values("id", low=Lower("headline"), total=F("number_of_comments") + F("number_of_pingbacks")).order_by("id")[:3]
result = (str(qs.query), list(qs))
