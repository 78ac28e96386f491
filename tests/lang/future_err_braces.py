"""Only a docstring before it."""
from __future__ import braces
