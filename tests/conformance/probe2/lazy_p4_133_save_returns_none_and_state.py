# save() returns None; _state after create and fetch.
from blog.models import Blog

b = Blog(name="S", tagline="t")
before = (b._state.adding, b._state.db)
r = b.save()
after = (b._state.adding, b._state.db)
c = Blog.objects.get(pk=1)
result = (r, before, after, (c._state.adding, c._state.db))
