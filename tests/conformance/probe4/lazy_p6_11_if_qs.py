from blog.models import Entry
qs = Entry.objects.filter(blog__name="Empty Blog")
if qs:
    result = "some"
else:
    result = "none"
