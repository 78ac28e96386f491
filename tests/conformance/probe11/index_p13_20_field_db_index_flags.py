# Which fields Django indexes: ForeignKey db_index, unique, primary_key.
from bank.models import Transfer, Account

fields = [(f.name, f.db_index, f.unique, f.primary_key) for f in Transfer._meta.concrete_fields]
result = (fields, Account._meta.indexes, Transfer._meta.get_field("source").db_index)
