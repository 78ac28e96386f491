# Q objects mixing F() comparisons with OR.
from django.db.models import F, Q
from blog.models import Entry

result = Entry.objects.filter(Q(number_of_comments__gt=F("number_of_pingbacks") * 3) | Q(rating=F("number_of_pingbacks"))).count()
