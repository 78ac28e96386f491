"""Docstring."""
# a comment
import os
from __future__ import annotations
print('never')
