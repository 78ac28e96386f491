# Now() annotation and filter.
from django.db.models.functions import Now
from blog.models import Entry

qs = Entry.objects.filter(pub_date__lt=Now())
result = (qs.count(), str(qs.query))
