"""django.views.decorators: http (require_http_methods & co.) and csrf (csrf_exempt)."""
