# Http404 is an Exception (not a response), raising it with and without a message.
from django.http import Http404

out = [issubclass(Http404, Exception), Http404.__mro__[1].__name__]
try:
    raise Http404
except Http404 as exc:
    out.append((str(exc), exc.args))
result = out
