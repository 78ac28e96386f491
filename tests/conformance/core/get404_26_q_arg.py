# get_object_or_404 passes Q objects through to get().
from django.db.models import Q
from django.shortcuts import get_object_or_404
from blog.models import Author

result = get_object_or_404(Author, Q(name__startswith="Ada") | Q(name="Nobody"))
