from blog.models import Entry
result = Entry.objects.filter(blog_id=2).get(headline="Thoughts on Django (1)").id
