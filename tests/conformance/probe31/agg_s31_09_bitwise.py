from django.db.models import F, Value
from blog.models import Entry
qs = Entry.objects.annotate(
    a=F("rating").bitand(3), o=F("rating").bitor(8), x=F("rating").bitxor(5),
    l=F("rating").bitleftshift(2), r=F("rating").bitrightshift(1), p=F("rating") ** 2, m=F("rating") % 3,
).order_by("pk").values_list("rating", "a", "o", "x", "l", "r", "p", "m")[:4]
print(qs.query)
rows = list(qs)
print(rows)
for bad in (lambda: F("rating") & F("pk"), lambda: F("rating") | 1, lambda: 1 & F("rating"), lambda: F("rating") ^ 2, lambda: 3 ^ F("rating")):
    try:
        bad()
        print("no error")
    except NotImplementedError as e:
        print("NotImplementedError", e)
    except TypeError as e:
        print("TypeError", e)
result = rows
