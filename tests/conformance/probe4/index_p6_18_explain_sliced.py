from blog.models import Entry
result = Entry.objects.order_by("id")[10:20].explain()
