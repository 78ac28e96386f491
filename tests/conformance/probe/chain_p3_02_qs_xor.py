# qs1 ^ qs2 and a three-way XOR.
from django.db.models import Q
from blog.models import Entry

a = Entry.objects.filter(rating__gte=8)
b = Entry.objects.filter(blog_id=1)
result = ((a ^ b).count(), Entry.objects.filter(Q(rating=5) ^ Q(blog_id=2) ^ Q(number_of_comments__lt=5)).count())
