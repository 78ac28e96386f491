from django.shortcuts import render
result = callable(render)
