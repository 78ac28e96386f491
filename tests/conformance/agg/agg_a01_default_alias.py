# aggregate() with default aliases (rating__avg) and a named one.
from django.db.models import Avg, Max, Min, Sum, Count
from blog.models import Entry

result = Entry.objects.aggregate(Avg("rating"), Max("number_of_comments"), Min("pub_date"), total=Sum("number_of_pingbacks"), n=Count("id"))
