from blog.models import Entry
result = repr(Entry.objects.order_by("id"))
