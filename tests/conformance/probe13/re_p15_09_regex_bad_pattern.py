# A bad pattern: re.error inside the SQL function.
from blog.models import Entry

try:
    list(Entry.objects.filter(headline__regex=r"(unclosed"))
    result = "no error"
except Exception as e:
    result = (type(e).__name__, str(e))
