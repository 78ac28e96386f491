# full_clean's errors, delete()'s counts and PROTECT's error.
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.db import IntegrityError, transaction
from blog.models import Entry, Blog, Author
from books.models import Book, Publisher
e = Entry(headline="x" * 300, body_text="", pub_date="2020-13-01", rating="high")
try:
    e.full_clean()
except ValidationError as ex:
    print(sorted(ex.message_dict))
    for k in sorted(ex.message_dict):
        print(k, ex.message_dict[k])
a = Author(name="A", email="not-an-email")
try:
    a.full_clean()
except ValidationError as ex:
    print(ex.message_dict, ex.messages)
try:
    a.clean_fields(exclude=["email"])
    print("clean ok")
except ValidationError as ex:
    print("clean_fields", ex)
print(Blog.objects.filter(pk=1).delete())
print(Entry.objects.filter(pk__in=[2, 3]).delete())
try:
    Publisher.objects.filter(pk=1).delete()
except ProtectedError as ex:
    print(type(ex).__name__, ex.args[0][:80], len(ex.protected_objects))
except IntegrityError as ex:
    print("IntegrityError", ex)
try:
    with transaction.atomic():
        Blog.objects.create(id=2, name="dup", tagline="")
except IntegrityError as ex:
    print("IntegrityError", ex)
result = Blog.objects.count()
