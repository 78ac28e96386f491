# Model._meta: what learners look up about fields and relations.
from blog.models import Entry, Blog, Author
opts = Entry._meta
print(opts.db_table, opts.model_name, opts.app_label, opts.object_name, opts.label, opts.label_lower)
print([f.name for f in opts.get_fields()])
print([f.name for f in opts.fields])
print([f.attname for f in opts.concrete_fields])
print([f.name for f in opts.many_to_many])
print(opts.pk, opts.pk.name, repr(opts.pk))
f = opts.get_field("headline")
print(f, repr(f), f.max_length, f.null, f.blank, f.get_internal_type())
b = opts.get_field("blog")
print(b.related_model, b.many_to_one, b.one_to_many, b.is_relation, b.remote_field.on_delete.__name__)
print([f.name for f in Blog._meta.get_fields()])
print(Blog._meta.get_field("entry"), repr(Blog._meta.get_field("entry")))
print(opts.ordering, opts.verbose_name, opts.verbose_name_plural)
result = [f.name for f in opts.get_fields()]
