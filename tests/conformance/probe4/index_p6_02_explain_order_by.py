from blog.models import Entry
result = Entry.objects.order_by("-pub_date").explain()
