# a partial Index (condition=) and a descending expression index, as SQL.
from django.db import connection, models
from django.db.models import Q
from django.db.models.functions import Lower, Upper
from bank.models import Account
from blog.models import Author

with connection.schema_editor(collect_sql=True) as ed:
    ed.add_index(Account, models.Index(fields=["owner"], condition=Q(balance__gte=100, owner__startswith="A"), name="acc_rich_a"))
    ed.add_index(Author, models.Index(Lower("name").desc(), "email", name="author_lname_email"))
    ed.add_index(Author, models.Index(Upper("email"), name="author_up_email"))
result = ed.collected_sql
