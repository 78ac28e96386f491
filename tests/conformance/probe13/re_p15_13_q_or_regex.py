# Q(...) | Q(...) with regex lookups.
from django.db.models import Q
from blog.models import Entry

qs = Entry.objects.filter(Q(headline__regex=r"^Why") | Q(body_text__iregex=r"CHEESE\.$"))
result = (qs.count(), sorted(qs.values_list("id", flat=True))[:6])
