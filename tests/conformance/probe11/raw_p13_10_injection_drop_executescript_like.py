# A stacked statement in Manager.raw(): refused, the table survives.
from books.models import Publisher

evil = "1; DELETE FROM books_publisher"
try:
    list(Publisher.objects.raw("SELECT * FROM books_publisher WHERE id = %s" % evil))
    outcome = "ran"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = (outcome, Publisher.objects.count())
