# save() on a new instance inserts it.
from blog.models import Author

a = Author(name="Grace Hopper", email="grace@example.com")
before = a.pk
a.save()
result = (before, a.pk, a._state.adding)
