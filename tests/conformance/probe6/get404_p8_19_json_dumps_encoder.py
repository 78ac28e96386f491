import json, datetime, decimal
from django.core.serializers.json import DjangoJSONEncoder
result = json.dumps({"d": datetime.date(2024, 1, 2), "dt": datetime.datetime(2024, 1, 2, 3, 4, 5, 123456), "t": datetime.time(1, 2), "dec": decimal.Decimal("1.50"), "td": datetime.timedelta(days=1, seconds=5)}, cls=DjangoJSONEncoder)
