"""Security pieces Django 5.2 does not ship: a Content-Security-Policy header and a throttle
on admin logins against password guessing.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

# The site needs no inline script and no third-party origin: everything is served from 'self'.
DEFAULT_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = getattr(settings, "CONTENT_SECURITY_POLICY", DEFAULT_CSP)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.policy and "Content-Security-Policy" not in response:
            # The admin uses inline styles and scripts of its own; keep it working there.
            if request.path.startswith("/admin/"):
                response["Content-Security-Policy"] = (
                    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                    "script-src 'self' 'unsafe-inline'; frame-ancestors 'self'"
                )
            else:
                response["Content-Security-Policy"] = self.policy
        return response


def _client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "unknown")


def _key(request: HttpRequest) -> str:
    return f"login-failures:{_client_ip(request)}"


class LoginThrottleMiddleware:
    """After ``LOGIN_FAILURE_LIMIT`` failed admin logins from one address within
    ``LOGIN_FAILURE_WINDOW`` seconds, further login POSTs get 429 until the window passes.

    Counts live in the shared cache (the database cache by default), so every gunicorn
    worker sees the same count.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        is_login = request.method == "POST" and request.path == "/admin/login/"
        if not is_login:
            return self.get_response(request)
        limit = settings.LOGIN_FAILURE_LIMIT
        if cache.get(_key(request), 0) >= limit:
            return HttpResponse(
                "登录失败次数过多，请稍后再试。",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        response = self.get_response(request)
        failed = response.status_code == 200  # the login form shown again means it failed
        if failed:
            key = _key(request)
            cache.add(key, 0, settings.LOGIN_FAILURE_WINDOW)
            try:
                cache.incr(key)
            except ValueError:
                cache.set(key, 1, settings.LOGIN_FAILURE_WINDOW)
        return response
