# UniqueConstraint with condition: a partial unique index.
from django.db import connection, models
from django.db.models import Q
from bank.models import Account

c = models.UniqueConstraint(fields=["owner"], condition=Q(balance__gt=0), name="uniq_owner_pos")
with connection.schema_editor(collect_sql=True) as ed:
    ed.add_constraint(Account, c)
result = ed.collected_sql
