from django.db import connection, models

from bank.models import Transfer


def add_index():
    with connection.schema_editor() as editor:
        editor.add_index(Transfer, models.Index(fields=["source", "-created"], name="transfer_src_created"))


def latest_transfers(account_id):
    rows = Transfer.objects.filter(source_id=account_id).values_list("id", "created")
    return [pk for pk, _ in sorted(rows, key=lambda r: r[1], reverse=True)[:10]]
