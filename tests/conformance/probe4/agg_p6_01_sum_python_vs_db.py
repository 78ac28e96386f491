from django.db.models import Sum
from blog.models import Entry
py = sum(e.number_of_comments for e in Entry.objects.all())
db = Entry.objects.aggregate(Sum("number_of_comments"))
result = (py, db)
