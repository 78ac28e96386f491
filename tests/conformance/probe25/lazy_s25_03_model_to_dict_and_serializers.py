# Turning instances into dicts and JSON the Django way.
from django.forms.models import model_to_dict
from django.core import serializers
from blog.models import Entry, Blog
e = Entry.objects.get(pk=2)
print(model_to_dict(e))
print(model_to_dict(e, fields=["headline", "rating"]), model_to_dict(e, exclude=["body_text", "authors"]))
print(serializers.serialize("json", Blog.objects.filter(pk__lte=2)))
print(serializers.serialize("python", Blog.objects.filter(pk=1)))
data = serializers.serialize("json", Entry.objects.filter(pk=1), fields=["headline", "blog"])
print(data)
for obj in serializers.deserialize("json", serializers.serialize("json", Blog.objects.filter(pk=3))):
    print(type(obj).__name__, obj.object, obj.object.pk)
result = model_to_dict(e)
