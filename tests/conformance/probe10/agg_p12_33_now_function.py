from django.db.models.functions import Now
from django.db.models import Count
from blog.models import Entry
past = Entry.objects.filter(pub_date__lt=Now()).count()
qs = Entry.objects.annotate(now=Now()).order_by("id")[:1]
e = qs[0]
result = (past, type(e.now).__name__, str(qs.query))
