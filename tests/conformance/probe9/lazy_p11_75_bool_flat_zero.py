from blog.models import Entry
qs = Entry.objects.filter(number_of_comments=0).values_list("number_of_comments", flat=True)
result = (bool(qs), list(qs), any(qs), all(qs))
