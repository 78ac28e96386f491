from django.db.models import Avg
from django.db.models.functions import Round
from blog.models import Entry
r = Entry.objects.aggregate(avg=Round(Avg("rating"), 2), raw=Avg("rating"))
result = (r, type(r["avg"]).__name__, round(r["raw"], 2))
