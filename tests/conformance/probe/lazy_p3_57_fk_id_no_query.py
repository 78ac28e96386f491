# e.blog_id and e.blog.id: only the second one queries (no select_related).
from blog.models import Entry

e = Entry.objects.get(pk=2)
a = e.blog_id
b = e.blog.id
c = e.blog.pk
result = (a, b, c)
