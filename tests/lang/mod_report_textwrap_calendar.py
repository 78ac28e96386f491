# A learner's report over query results (rows as .values() gives them):
# a month calendar with the days that have posts marked, then each post's
# title and body wrapped into a fixed-width column.
import calendar
import datetime
import textwrap

rows = [
    {"id": 1, "title": "Lazy QuerySets and when they hit the database",
     "published": datetime.date(2024, 2, 1),
     "body": "A QuerySet is lazy: filter(), exclude() and order_by() only build "
             "the query.\tIt runs when you iterate over it, slice it with a step, "
             "or call len(), list() or bool() on it."},
    {"id": 2, "title": "select_related vs. prefetch_related",
     "published": datetime.date(2024, 2, 14),
     "body": "select_related() follows foreign-key relationships in one JOINed "
             "query; prefetch_related() does a separate lookup for each "
             "relationship and joins in Python.  Use it for many-to-many."},
    {"id": 3, "title": "Aggregation",
     "published": datetime.date(2024, 2, 29),
     "body": "annotate(n=Count('comments')) adds a per-row value; aggregate() "
             "returns a dict. Supercalifragilisticexpialidociously-long-names "
             "get broken."},
    {"id": 4, "title": "Next month", "published": datetime.date(2024, 3, 4), "body": ""},
]

year, month = 2024, 2
days = {r["published"].day for r in rows if (r["published"].year, r["published"].month) == (year, month)}
cal = calendar.TextCalendar(calendar.SUNDAY)
print("Posts in %s %d" % (calendar.month_name[month], year))
for week in cal.monthdays2calendar(year, month):
    cells = []
    for day, weekday in week:
        if day == 0:
            cells.append("   ")
        elif day in days:
            cells.append("%2d*" % day)
        else:
            cells.append("%2d " % day)
    print(" ".join(cells).rstrip())
print()

first, ndays = calendar.monthrange(year, month)
print("%d days, starting on a %s; leap year: %s" % (ndays, calendar.day_name[first], calendar.isleap(year)))
print()

width = 36
for r in rows:
    head = "#%d %s" % (r["id"], r["title"])
    print(textwrap.fill(head, width, subsequent_indent="   "))
    when = r["published"]
    print("   %s, %s %d" % (calendar.day_abbr[when.weekday()], calendar.month_abbr[when.month], when.day))
    if r["body"]:
        print(textwrap.fill(r["body"], width, initial_indent="   | ", subsequent_indent="   | ",
                            max_lines=4, placeholder=" …"))
    else:
        print("   (no body)")
    print("   " + textwrap.shorten(r["body"] or "-", 24))
print()

summary = textwrap.dedent("""\
    Summary
      posts: %d
      in %s: %d
    """) % (len(rows), calendar.month_abbr[month], len(days))
print(textwrap.indent(summary, "> "), end="")
print(textwrap.indent(cal.formatmonth(year, month), "    "), end="")
