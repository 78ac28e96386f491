# create() with a related instance and explicit values; all columns in the INSERT.
from datetime import date
from blog.models import Blog, Entry

b = Blog.objects.get(pk=2)
e = Entry.objects.create(blog=b, headline="Hi", body_text="b", pub_date=date(2024, 1, 2), rating=7)
result = (e.id, e.blog is b, e.mod_date, e.rating, e.number_of_pingbacks)
