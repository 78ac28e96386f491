# statistics.mean over values_list against Avg in the database.
import statistics
from django.db.models import Avg
from blog.models import Entry

ratings = list(Entry.objects.values_list("rating", flat=True))
py = statistics.mean(ratings)
db = Entry.objects.aggregate(avg=Avg("rating"))["avg"]
result = (py, db, py == db)
