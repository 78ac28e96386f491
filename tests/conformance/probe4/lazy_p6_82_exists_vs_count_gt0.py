from blog.models import Entry
a = Entry.objects.filter(rating=10).count() > 0
b = Entry.objects.filter(rating=10).exists()
c = Entry.objects.filter(rating=10).first() is not None
result = (a, b, c)
