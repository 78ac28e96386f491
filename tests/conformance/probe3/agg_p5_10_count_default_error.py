# Count(default=...) is not allowed.
from django.db.models import Count

try:
    Count("id", default=0)
except Exception as e:
    result = (type(e).__name__, str(e))
