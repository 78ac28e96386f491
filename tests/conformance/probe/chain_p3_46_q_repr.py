# repr of Q combinations, and Q equality.
from django.db.models import Q

q = (Q(rating=5) | ~Q(blog_id=2)) & Q(headline__startswith="A")
result = (repr(q), repr(~Q()), Q(a=1) == Q(a=1), repr(Q(b=2, a=1)), repr(Q(a=1) ^ Q(b=2)))
