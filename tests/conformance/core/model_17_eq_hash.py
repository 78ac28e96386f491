# Instances compare and hash by pk (and by concrete model).
from blog.models import Entry, Blog, Author

a = Entry.objects.get(pk=1)
b = Entry.objects.get(pk=1)
result = (a == b, a is b, hash(a) == hash(b), len({a, b}), Blog(id=1) == Author(id=1),
          Entry() == Entry(), Entry(id=1) == a)
