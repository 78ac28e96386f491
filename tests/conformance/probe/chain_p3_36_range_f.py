# range with F() bounds.
from django.db.models import F
from blog.models import Entry

result = Entry.objects.filter(rating__range=(F("number_of_pingbacks"), F("number_of_comments"))).count()
