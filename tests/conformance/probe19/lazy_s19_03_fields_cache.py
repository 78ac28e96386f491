# The relation cache: filled by following a foreign key, by
# select_related and by prefetch_related, and emptied by a new id.
from blog.models import Entry

e = Entry.objects.order_by("pk").first()
print(e._state.fields_cache)
e.blog
print(list(e._state.fields_cache))
e.blog_id = e.blog_id
print(list(e._state.fields_cache))
e.blog_id = 3
print(list(e._state.fields_cache))
s = Entry.objects.select_related("blog").order_by("pk")[0]
print(list(vars(s._state)), list(s._state.fields_cache))
only = Entry.objects.only("headline").order_by("pk")[0]
print(list(vars(only)), vars(only._state))
d = Entry.objects.defer("blog").order_by("pk")[0]
print(list(vars(d)), vars(d._state))
result = list(vars(s))
