# Coalesce needs two expressions.
from django.db.models.functions import Coalesce

try:
    Coalesce("name")
except Exception as e:
    result = (type(e).__name__, str(e))
