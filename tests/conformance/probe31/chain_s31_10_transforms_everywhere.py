# Transforms outside filter(): in order_by, values, annotate, aggregate,
# F(), and on expressions; registered function transforms there too.
from django.db.models import F, Count, Max, CharField, Value
from django.db.models.functions import Lower, Length, ExtractYear, Upper
from blog.models import Entry, Blog, Author

def show(qs, n=4):
    try:
        print(qs.query)
        print(list(qs[:n]))
    except Exception as e:
        print(type(e).__name__, e)

show(Entry.objects.order_by("-pub_date__year", "pk").values_list("pk", "pub_date__year"))
show(Entry.objects.values("pub_date__year").annotate(n=Count("pk")).order_by("pub_date__year"))
show(Entry.objects.annotate(y=F("pub_date__year"), m=F("mod_date__month")).filter(y__gte=2008).order_by("pk").values_list("pk", "y", "m"))
print(Entry.objects.aggregate(latest=Max("pub_date__year"), n=Count("pub_date__year", distinct=True)))
CharField.register_lookup(Lower)
CharField.register_lookup(Length)
show(Author.objects.order_by("name__length", "pk").values_list("name", "name__length"))
show(Blog.objects.values_list("name__lower", flat=True).order_by("name__lower"))
show(Author.objects.filter(name__lower__startswith="j").annotate(l=Length("name")).order_by(Lower("name").desc()).values_list("name", "l"))
show(Author.objects.annotate(u=Upper("name")).filter(u__length__gt=11).order_by("pk").values_list("u", flat=True))
try:
    Entry.objects.filter(headline__length=5)
except Exception as e:
    print(type(e).__name__, e)
CharField._unregister_lookup(Lower)
CharField._unregister_lookup(Length)
result = None
