from django.db import transaction
from blog.models import Author
with transaction.atomic():
    for i in range(3):
        Author.objects.create(name=f"A{i}", email=f"a{i}@x.com")
result = Author.objects.filter(name__startswith="A").count()
