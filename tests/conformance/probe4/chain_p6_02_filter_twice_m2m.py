from blog.models import Entry
a = Entry.objects.filter(authors__name="Joe").filter(authors__name="Paul McCartney").count()
b = Entry.objects.filter(authors__name="Joe", rating__gte=5).count()
result = (a, b)
