from __future__ import annotations
import typing
from typing import ClassVar, Optional, get_type_hints
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY

class Entry:
    pass

def get_or_none(pk: int, cls: type[Entry] | None = None) -> Entry | None:
    return None

print(get_or_none.__annotations__)
print(get_type_hints(get_or_none))

@dataclass
class DTO:
    id: int
    headline: str
    tags: list[str] = field(default_factory=list)
    rating: Optional[float] = None
    count: ClassVar[int] = 0
    seed: InitVar[int] = 0
    _: KW_ONLY
    extra: dict[str, int] | None = None

    def __post_init__(self, seed):
        self.tags = self.tags + ['s%d' % seed]

d = DTO(1, 'h', seed=3)
print(d)
print([f.name for f in dataclasses.fields(d)], [f.type for f in dataclasses.fields(d)])
print({k: v for k, v in DTO.__annotations__.items() if k != '_'})
print({k: v for k, v in get_type_hints(DTO).items() if k != '_'})
print(dataclasses.asdict(d))

class Box:
    item: Entry
    items: list[Entry]
    maybe: 'Entry' | None

class NT(typing.NamedTuple):
    x: int
    y: list[int] | None = None
print(NT(1), NT.__annotations__, get_type_hints(NT))

class TD(typing.TypedDict):
    a: int
    b: str | None
print(TD.__annotations__, get_type_hints(TD))

class Builder:
    def filter(self, **kw) -> Builder:
        return self
    def first(self) -> Entry | None:
        return None
print(get_type_hints(Builder.filter), get_type_hints(Builder.first))
print(Builder().filter(a=1).filter().first())

import typing as t
@dataclass
class D2:
    a: t.ClassVar[int] = 1
    b: int = 2
print([f.name for f in dataclasses.fields(D2)])
x: int | None = 3
print(__annotations__)
print(isinstance(x, int | None), isinstance(d, DTO | Entry))
