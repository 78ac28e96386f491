# update() with an F() expression.
from django.db.models import F
from blog.models import Entry

n = Entry.objects.filter(id__lte=3).update(number_of_comments=F("number_of_comments") + 10)
result = (n, list(Entry.objects.filter(id__lte=3).order_by("id").values_list("number_of_comments", flat=True)))
