from django.db.models import F
from django.db.models.functions import Length
from blog.models import Entry
qs = Entry.objects.alias(hl=Length("headline"), score=F("rating") * 2 + F("number_of_comments")).filter(hl__gt=20, score__gte=25).order_by("-score")
result = ([e.id for e in qs], str(qs.query))
