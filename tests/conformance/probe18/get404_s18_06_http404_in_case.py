# get_object_or_404 inside a case body: the Http404 propagates out of the
# match statement like out of any block.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Blog

def find(key):
    match key:
        case int(pk):
            return get_object_or_404(Blog, pk=pk).name
        case str(name):
            return get_object_or_404(Blog, name=name).name
        case _:
            raise TypeError("bad key")

out = [find(1)]
for k in [999, "nobody", 2.5]:
    try:
        out.append(find(k))
    except Http404 as ex:
        out.append(("404", str(ex)))
    except TypeError as ex:
        out.append(("type", str(ex)))
result = out
