# update_or_create(): SELECT ... FOR UPDATE (dropped on SQLite), UPDATE of the fields.
from blog.models import Blog

obj, created = Blog.objects.update_or_create(name="Django Diary", defaults={"tagline": "new"})
obj2, created2 = Blog.objects.update_or_create(name="Other", defaults={"tagline": "x"}, create_defaults={"tagline": "y"})
result = (obj.tagline, created, obj2.tagline, created2)
