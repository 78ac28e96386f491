from blog.models import Entry
n = Entry.objects.filter(blog__name="Cheddar Talk").update(rating=1)
result = n
