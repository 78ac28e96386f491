from django.db import connection
result = (connection.vendor, connection.ops.quote_name("blog_entry"), connection.settings_dict["ENGINE"])
