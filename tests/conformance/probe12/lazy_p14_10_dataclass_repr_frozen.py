# A frozen dataclass from a model instance; repr and hash equality.
from dataclasses import dataclass, FrozenInstanceError
from blog.models import Blog

@dataclass(frozen=True)
class BlogDTO:
    pk: int
    name: str

b = Blog.objects.get(pk=2)
dto = BlogDTO(b.pk, b.name)
try:
    dto.name = "x"
except FrozenInstanceError as exc:
    err = type(exc).__name__
result = (repr(dto), dto == BlogDTO(2, b.name), err)
