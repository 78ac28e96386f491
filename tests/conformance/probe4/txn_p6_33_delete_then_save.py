from blog.models import Author
a = Author.objects.create(name="Tmp", email="t@t.t")
pk = a.pk
r = a.delete()
a.save()
result = (r, pk, a.pk, Author.objects.filter(name="Tmp").count())
