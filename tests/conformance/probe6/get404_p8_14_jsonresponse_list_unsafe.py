from django.http import JsonResponse
JsonResponse([1, 2, 3])
