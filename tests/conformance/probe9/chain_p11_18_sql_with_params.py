from blog.models import Entry
qs = (Entry.objects
      .filter(headline__startswith="Why")
      .filter(rating__in=(7, 8))
      .only("headline"))
sql, params = qs.query.sql_with_params()
result = (sql, params)
