from blog.models import Entry
result = Entry.objects.order_by("?").filter(rating=10).count()
