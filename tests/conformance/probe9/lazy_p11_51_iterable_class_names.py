from blog.models import Entry
qs = Entry.objects.all()
result = [x._iterable_class.__name__ for x in (qs, qs.values(), qs.values_list("id"), qs.values_list("id", flat=True), qs.values_list("id", named=True))]
