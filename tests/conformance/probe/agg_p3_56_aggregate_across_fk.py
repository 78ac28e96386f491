# aggregate() over a related field: Max of blog name, Min of author name.
from django.db.models import Max, Min
from blog.models import Entry

result = Entry.objects.filter(rating=10).aggregate(Max("blog__name"), Min("authors__name"))
