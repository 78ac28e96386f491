from blog.models import Entry
result = Entry.objects.select_related("blog").filter(blog__name="Django Diary").explain()
