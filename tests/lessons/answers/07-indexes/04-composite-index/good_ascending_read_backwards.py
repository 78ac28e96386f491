from django.db import connection, models

from bank.models import Transfer


def add_index():
    # SQLite can walk an index backwards: (source_id, created) serves DESC too.
    with connection.schema_editor() as editor:
        editor.add_index(Transfer, models.Index(fields=["source", "created"], name="transfer_src_created"))


def latest_transfers(account_id):
    return [t.pk for t in Transfer.objects.filter(source=account_id).order_by("-created")[:10]]
