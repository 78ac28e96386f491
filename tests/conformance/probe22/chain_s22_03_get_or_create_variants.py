# get_or_create / update_or_create with defaults and create_defaults.
from blog.models import Blog
b, created = Blog.objects.get_or_create(name="New", defaults={"tagline": "made"})
print(b.name, b.tagline, created)
b2, created2 = Blog.objects.get_or_create(name="New", defaults={"tagline": "other"})
print(b2.pk == b.pk, b2.tagline, created2)
u, c = Blog.objects.update_or_create(name="New", defaults={"tagline": "updated"}, create_defaults={"tagline": "c"})
print(u.tagline, c)
u2, c2 = Blog.objects.update_or_create(name="Newer", defaults={"tagline": "upd"}, create_defaults={"tagline": "created"})
print(u2.tagline, c2)
try:
    Blog.objects.get_or_create(name="X", defaults={"nope": 1})
except Exception as e:
    print(type(e).__name__, e)
result = (b.tagline, u2.tagline)
