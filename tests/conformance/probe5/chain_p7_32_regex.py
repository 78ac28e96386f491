from blog.models import Entry
qs = Entry.objects.filter(headline__regex=r"^(Why|Notes) .*\(1\d\)$").order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
