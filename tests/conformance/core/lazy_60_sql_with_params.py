# query.sql_with_params() separates SQL and parameters; no query runs.
from blog.models import Entry

sql, params = Entry.objects.filter(headline__contains="Django", rating__gt=3).query.sql_with_params()
result = (sql, params)
