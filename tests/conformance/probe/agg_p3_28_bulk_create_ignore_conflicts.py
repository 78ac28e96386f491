# bulk_create(ignore_conflicts=True): INSERT OR IGNORE; pks are not set on the objects.
from blog.models import Blog

objs = Blog.objects.bulk_create([Blog(id=1, name="dup", tagline=""), Blog(name="New", tagline="")], ignore_conflicts=True)
result = ([o.pk for o in objs], Blog.objects.count(), Blog.objects.get(pk=1).name)
