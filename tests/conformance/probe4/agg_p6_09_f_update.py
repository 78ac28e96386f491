from django.db.models import F
from blog.models import Entry
n = Entry.objects.filter(blog_id=4).update(number_of_comments=F("number_of_comments") + 1)
result = (n, list(Entry.objects.filter(blog_id=4).order_by("id").values_list("number_of_comments", flat=True)))
