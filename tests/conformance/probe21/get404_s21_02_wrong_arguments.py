# get_object_or_404 and get_list_or_404 given the wrong things.
from django.shortcuts import get_object_or_404, get_list_or_404
from django.http import Http404
from blog.models import Entry, Blog
for arg in ("Entry", 3, None, Entry.objects.none()):
    try:
        print(get_object_or_404(arg, pk=1))
    except Http404 as e:
        print("Http404", e)
    except Exception as e:
        print(type(e).__name__, e)
try:
    get_list_or_404("Blog")
except Exception as e:
    print(type(e).__name__, e)
try:
    get_list_or_404(Blog, name__startswith="zzz")
except Http404 as e:
    print("Http404", e, e.args)
try:
    get_object_or_404(Entry, nope=1)
except Exception as e:
    print(type(e).__name__, str(e)[:60])
print(get_object_or_404(Blog.objects.filter(pk__lt=3), name__icontains="diary"))
result = None
