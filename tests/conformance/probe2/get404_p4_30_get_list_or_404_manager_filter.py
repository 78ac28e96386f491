# get_list_or_404 with a manager and a Q.
from django.db.models import Q
from django.shortcuts import get_list_or_404
from books.models import Book

result = [b.pk for b in get_list_or_404(Book.objects, Q(rating__gte=4) | Q(pages__lt=200))]
