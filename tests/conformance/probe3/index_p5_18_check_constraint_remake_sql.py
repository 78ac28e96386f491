# add_constraint(CheckConstraint) on SQLite remakes the table (collect_sql shows every statement).
from django.db import connection, models
from django.db.models import Q
from bank.models import Account

c = models.CheckConstraint(condition=Q(balance__gte=0), name="acc_bal_nonneg")
with connection.schema_editor(collect_sql=True) as ed:
    ed.add_constraint(Account, c)
result = ed.collected_sql
