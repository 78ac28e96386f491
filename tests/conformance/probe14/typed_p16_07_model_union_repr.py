# Unions of model classes: repr, __args__, dedup, and equality with typing.Optional/Union.
import typing
from blog.models import Blog, Entry

u = Entry | None
result = (
    repr(u),
    [a.__name__ for a in u.__args__],
    Entry | Entry is Entry,
    typing.Optional[Entry] == Entry | None,
    typing.Union[Entry, Blog] == Blog | Entry,
    typing.get_args(Blog | Entry | None) == (Blog, Entry, type(None)),
    type(u).__name__,
    hash(Entry | Blog) == hash(Blog | Entry),
)
