# translations= maps differently named columns onto fields.
from bank.models import Account

rows = Account.objects.raw("SELECT id AS pk_col, owner AS who, balance AS money FROM bank_account ORDER BY id",
                           translations={"pk_col": "id", "who": "owner", "money": "balance"})
result = [(a.id, a.owner, a.balance) for a in rows]
