# Lag() of the previous rating in pub_date order.
from django.db.models import Window
from django.db.models.functions import Lag
from blog.models import Entry

qs = Entry.objects.filter(blog_id=3).annotate(prev=Window(Lag("rating"), order_by="pub_date")).order_by("pub_date")
result = list(qs.values_list("id", "rating", "prev")[:4])
