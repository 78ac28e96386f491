from blog.models import Entry
result = (Entry.objects.values("blog").distinct().count(), Entry.objects.values_list("rating", flat=True).distinct().count())
