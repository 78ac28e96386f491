from django.db import connection, models

from bank.models import Transfer


def add_index():
    with connection.schema_editor() as editor:
        editor.add_index(Transfer, models.Index(fields=["-created", "source"], name="transfer_created_src"))


def latest_transfers(account_id):
    qs = Transfer.objects.filter(source_id=account_id).order_by("-created")
    return list(qs.values_list("id", flat=True)[:10])
