from django.shortcuts import get_list_or_404
from blog.models import Blog
get_list_or_404([Blog], pk=1)
