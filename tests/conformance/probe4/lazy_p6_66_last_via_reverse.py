from blog.models import Entry
result = (Entry.objects.order_by("-id")[0].id, Entry.objects.reverse().first().id, Entry.objects.order_by("id").reverse()[0].id)
