# A lazy quantifier: the same rows as the greedy form (REGEXP only answers yes/no).
from blog.models import Entry

lazy = Entry.objects.filter(headline__regex=r"^A.+?\(").count()
greedy = Entry.objects.filter(headline__regex=r"^A.+\(").count()
result = (lazy, greedy)
