from django.db.models import Q
q = Q(rating__gte=5, blog_id=2) | ~Q(headline__startswith="Why")
result = (q.deconstruct(), Q(rating=1).deconstruct(), (~Q(rating=1)).deconstruct(), len(q), q.connector, q.negated)
