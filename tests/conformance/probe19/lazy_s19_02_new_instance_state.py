# A new instance: its state before and after save, and what setting a
# foreign key's id or object does to it.
from blog.models import Blog, Entry

blog = Blog.objects.get(pk=1)
n = Blog(name="Fresh", tagline="t")
print(vars(n._state), list(vars(n)))
n.save()
print(vars(n._state))
e = Entry(headline="h")
print(vars(e._state))
e2 = Entry(headline="h", blog_id=blog.pk)
print(vars(e2._state))
e3 = Entry(headline="h", blog=blog)
print(sorted(vars(e3._state)), list(e3._state.fields_cache))
e4 = Entry(None, blog.pk, "positional")
print(vars(e4._state), e4.headline)
result = vars(n._state)
