# The reverse one-to-many cache is not filled by select_related: blog.entry_set still queries.
from blog.models import Entry

e = Entry.objects.select_related("blog").get(pk=1)
result = (e.blog.name, e.blog.entry_set.count())
