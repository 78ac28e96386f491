# What a loaded instance holds: vars() in Django's order, and its state.
from blog.models import Blog, Entry, Author

e = Entry.objects.order_by("pk").first()
print(list(vars(e)))
print(vars(e._state))
b = Blog.objects.order_by("pk").first()
print(list(b.__dict__))
print(vars(b._state))
a = Author.objects.get(pk=1)
print(sorted(vars(a)) == sorted(["_state", "id", "name", "email"]), list(vars(a))[0])
print(vars(a._state))
result = (list(vars(e)), vars(b._state))
