# Extract year/month/day/week_day/iso_week_day/week/quarter/iso_year on a DateField.
from django.db.models.functions import Extract, ExtractDay, ExtractIsoWeekDay, ExtractIsoYear, ExtractMonth, ExtractQuarter, ExtractWeek, ExtractWeekDay, ExtractYear
from books.models import Book

qs = Book.objects.annotate(y=ExtractYear("pubdate"), m=ExtractMonth("pubdate"), d=ExtractDay("pubdate"), wd=ExtractWeekDay("pubdate"), iwd=ExtractIsoWeekDay("pubdate"), w=ExtractWeek("pubdate"), q=ExtractQuarter("pubdate"), iy=ExtractIsoYear("pubdate"), e=Extract("pubdate", "year")).order_by("pk")[:3]
result = ([(b.y, b.m, b.d, b.wd, b.iwd, b.w, b.q, b.iy, b.e) for b in qs], str(qs.query))
