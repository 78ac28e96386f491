# repr() and str() of Http404 and DoesNotExist.
from django.http import Http404
from blog.models import Blog

result = (repr(Http404("x")), str(Http404()), repr(Blog.DoesNotExist("y")), repr(Blog.MultipleObjectsReturned()))
