# remove_constraint of a plain UniqueConstraint remakes the table too.
from django.db import connection, models
from bank.models import Account

c = models.UniqueConstraint(fields=["owner", "balance"], name="acc_owner_bal")
with connection.schema_editor(collect_sql=True) as ed:
    ed.remove_constraint(Account, c)
result = ed.collected_sql
