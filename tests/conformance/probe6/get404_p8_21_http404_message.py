from django.http import Http404
e = Http404("Blog does not exist")
result = (str(e), e.args, repr(e), Http404.__mro__[1].__name__, isinstance(Http404(), Exception), str(Http404()))
