from django.db import transaction
from blog.models import Blog

@transaction.atomic(savepoint=False)
def make(name):
    return Blog.objects.create(name=name, tagline="t").pk

@transaction.atomic(using="default")
def make2(name):
    return Blog.objects.create(name=name, tagline="t").pk

result = (make("A"), make2("B"), make.__name__, make2.__name__)
