from blog.models import Entry
result = Entry.objects.filter(rating=0).delete()
