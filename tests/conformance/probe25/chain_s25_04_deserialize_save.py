# Serialized data back into the database: deserialize() and save().
from django.core import serializers
from django.db import connection
from blog.models import Entry, Blog, Author
data = serializers.serialize("json", Entry.objects.filter(pk=2))
objs = list(serializers.deserialize("json", data))
d = objs[0]
print(repr(d), d.m2m_data, d.object.blog_id, d.object.pub_date, d.object._state.adding)
d.object.headline = "Restored"
n0 = len(connection.queries)
d.save()
print([q["sql"][:60] for q in connection.queries[n0:]])
print(Entry.objects.get(pk=2).headline, d.m2m_data)
new = serializers.serialize("python", Blog.objects.filter(pk=1))
new[0]["pk"] = None
new[0]["fields"]["name"] = "Copy"
for o in serializers.deserialize("python", new):
    o.save()
    print(o.object.pk, Blog.objects.filter(name="Copy").count())
try:
    list(serializers.deserialize("json", '[{"model": "blog.nope", "pk": 1, "fields": {}}]'))
except Exception as e:
    print(type(e).__name__, e)
try:
    list(serializers.deserialize("json", "not json"))
except Exception as e:
    print(type(e).__name__)
result = [q["sql"] for q in connection.queries[n0:]]
