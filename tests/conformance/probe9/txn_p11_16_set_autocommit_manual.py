from django.db import transaction, connection
from blog.models import Blog
transaction.set_autocommit(False)
try:
    Blog.objects.create(name="Manual", tagline="m")
    transaction.rollback()
    Blog.objects.create(name="Manual2", tagline="m")
    transaction.commit()
finally:
    transaction.set_autocommit(True)
result = (list(Blog.objects.filter(name__startswith="Manual").values_list("name", flat=True)), connection.get_autocommit())
