# create() then save(): INSERT then UPDATE of every field.
from blog.models import Author

a = Author.objects.create(name="A", email="a@x.com")
a.name = "B"
a.save()
result = (a.pk, Author.objects.get(pk=a.pk).name)
