# exclude(Q | Q).
from django.db.models import Q
from blog.models import Entry

result = Entry.objects.exclude(Q(rating=1) | Q(rating=10)).count()
