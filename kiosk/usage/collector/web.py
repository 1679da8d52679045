"""The fleet page: routes, sign-in and CSRF (mounted on the collector's app).

Who may look:
- a named account (`kiosk usage account create`): password hashed with
  argon2id, sign-in throttled per name and per address (`login_throttle`), a
  session cookie (random, only its hash stored; HttpOnly, SameSite=Strict,
  Secure unless `[web] cookie_secure = false`);
- or, behind the city's reverse proxy, the account named in the configured
  `[web] trusted_header`, believed only from `trusted_proxies` addresses.

Role "it" sees every office; role "office" only its own, read-only. Every
form carries a CSRF token: the session's own (synchroniser token), or before
sign-in and behind the proxy a random cookie it must match (double submit); a
POST without it is refused (403), as is one whose Origin is another site.
"""

# No `from __future__ import annotations`: FastAPI reads the route signatures.

import secrets
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kiosk.usage.collector import pages
from kiosk.usage.collector.fleetdb import Account, FleetDB
from kiosk.usage.collector.settings import CollectorSettings

SESSION_COOKIE = "fleet_session"
CSRF_COOKIE = "fleet_csrf"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    # not no-referrer: then Chromium sends "Origin: null" with same-site forms
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}
HASHER = PasswordHasher()  # argon2id, the library's current defaults
_DUMMY = HASHER.hash(secrets.token_urlsafe(16))  # same work for unknown names
MAX_FORM_BYTES = 4096
Office = Annotated[str, Path(pattern=r"^(-|[a-z0-9][a-z0-9-]{0,62})$")]
StationId = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{1,62}$")]


def hash_password(password: str) -> str:
    if len(password) < 12:
        raise ValueError("a password needs at least 12 characters")
    return HASHER.hash(password)


class NeedLogin(Exception):
    """No session and no trusted header: go to the sign-in page."""


def _html(text: str, status: int = 200) -> Any:
    return HTMLResponse(text, status, headers=SECURITY_HEADERS)


def router(fleet: FleetDB, settings: CollectorSettings, clock: Any) -> APIRouter:
    web = settings.web
    silent_after = timedelta(minutes=settings.alerts.silent_minutes or 15)
    api = APIRouter(prefix="/fleet", tags=["fleet"])

    def set_cookie(response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(
            name,
            value,
            max_age=max_age,
            path="/fleet",
            secure=web.cookie_secure,
            httponly=True,
            samesite="strict",
        )

    def proxied(request: Request) -> Account | None:
        if not web.trusted_header or request.client is None:
            return None
        if request.client.host not in web.trusted_proxies:
            return None
        name = request.headers.get(web.trusted_header, "").strip()
        found = fleet.account_with_hash(name) if name else None
        return found[0] if found else None

    def who(request: Request) -> tuple[Account, str]:
        """The signed-in account and the CSRF token its forms must carry."""
        account = proxied(request)
        if account is not None:
            return account, request.cookies.get(CSRF_COOKIE, "")
        sid = request.cookies.get(SESSION_COOKIE, "")
        found = fleet.session(sid, clock()) if sid else None
        if found is None:
            raise NeedLogin()
        return found

    def respond(
        request: Request, account: Account, csrf: str, title: str, body: str
    ) -> Any:
        if not csrf:  # behind the proxy, first page: a double-submit cookie
            csrf = secrets.token_urlsafe(32)
            response = _html(pages.page(title, body, account, csrf))
            set_cookie(response, CSRF_COOKIE, csrf, web.session_hours * 3600)
            return response
        return _html(pages.page(title, body, account, csrf))

    def office_name(office: str | None) -> str:
        return settings.office_name(office)

    def guarded(request: Request) -> tuple[Account, str] | Any:
        try:
            return who(request)
        except NeedLogin:
            return RedirectResponse("/fleet/login", 303, headers=SECURITY_HEADERS)

    def same_origin(request: Request) -> bool:
        origin = request.headers.get("origin")
        if origin is None:  # not a browser, or one that sends no Origin
            return True
        return urlsplit(origin).netloc == request.headers.get("host", "")

    async def form(request: Request) -> dict[str, str]:
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            raise HTTPException(413, "form too large")
        try:
            parsed = parse_qs(body.decode("utf-8"), max_num_fields=10)
        except (UnicodeDecodeError, ValueError):
            raise HTTPException(400, "the form is not valid") from None
        return {k: v[0] for k, v in parsed.items()}

    def csrf_ok(sent: str, expected: str) -> bool:
        return (
            bool(sent)
            and bool(expected)
            and secrets.compare_digest(sent.encode(), expected.encode())
        )

    def refuse_csrf() -> Any:
        return _html(
            pages.page(
                "Refused",
                '<p class="msg">This form came without its security token (CSRF) '
                'or from another site. <a href="/fleet">Reload the page</a> and '
                "send it again.</p>",
            ),
            403,
        )

    @api.get("", response_class=HTMLResponse, summary="Overview of the stations")
    def overview(request: Request) -> Any:
        me = guarded(request)
        if not isinstance(me, tuple):
            return me
        account, csrf = me
        now = clock()
        office = account.office if account.role == "office" else None
        summaries = fleet.office_summaries(now, silent_after, office)
        attention, total = fleet.attention(now, silent_after, office)
        open_ = fleet.incidents(office=office)
        body = pages.overview(
            summaries, attention, total, open_, now, silent_after, office_name
        )
        return respond(request, account, csrf, "Stations", body)

    @api.get("/office/{office}", response_class=HTMLResponse, summary="An office")
    def office_page(request: Request, office: Office) -> Any:
        me = guarded(request)
        if not isinstance(me, tuple):
            return me
        account, csrf = me
        key = None if office == "-" else office
        if account.role == "office" and key != account.office:
            raise HTTPException(404, "no such office")
        rows = fleet.office_stations(key)
        body = pages.office(rows, clock(), silent_after)
        return respond(request, account, csrf, office_name(key), body)

    @api.get("/station/{station_id}", response_class=HTMLResponse, summary="A station")
    def station_page(request: Request, station_id: StationId) -> Any:
        me = guarded(request)
        if not isinstance(me, tuple):
            return me
        account, csrf = me
        found = fleet.station(station_id)
        if found is None or (
            account.role == "office" and found[0].office != account.office
        ):
            raise HTTPException(404, "no such station")
        row, state = found
        body = pages.station(
            row,
            state,
            fleet.history(station_id),
            fleet.incidents(open_only=False, station_id=station_id, limit=50),
            clock(),
            silent_after,
            office_name(row.office),
        )
        return respond(request, account, csrf, f"Station {station_id}", body)

    @api.get("/stations", response_class=HTMLResponse, summary="Every station")
    def all_page(request: Request) -> Any:
        me = guarded(request)
        if not isinstance(me, tuple):
            return me
        account, csrf = me
        office = account.office if account.role == "office" else None
        rows = fleet.all_stations(office)
        body = pages.all_stations(rows, clock(), silent_after, office_name)
        return respond(request, account, csrf, "Every station", body)

    @api.get("/incidents", response_class=HTMLResponse, summary="Incidents")
    def incidents_page(request: Request) -> Any:
        me = guarded(request)
        if not isinstance(me, tuple):
            return me
        account, csrf = me
        office = account.office if account.role == "office" else None
        found = fleet.incidents(open_only=False, office=office, limit=300)
        body = pages.incident_table(found, clock(), office_name)
        return respond(request, account, csrf, "Incidents", body)

    @api.get("/login", response_class=HTMLResponse, summary="The sign-in form")
    def login_form(request: Request) -> Any:
        csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = _html(pages.login(csrf))
        set_cookie(response, CSRF_COOKIE, csrf, 3600)
        return response

    form_schema = {
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "csrf": {"type": "string"},
                            "name": {"type": "string"},
                            "password": {"type": "string"},
                        },
                    }
                }
            },
        }
    }

    @api.post(
        "/login",
        response_class=HTMLResponse,
        summary="Sign in",
        openapi_extra=form_schema,
        responses={
            401: {"description": "name or password wrong"},
            403: {"description": "no CSRF token"},
            429: {"description": "too many failed attempts"},
        },
    )
    async def login(request: Request) -> Any:
        data = await form(request)
        if not same_origin(request) or not csrf_ok(
            data.get("csrf", ""), request.cookies.get(CSRF_COOKIE, "")
        ):
            return refuse_csrf()
        name = data.get("name", "").strip()[:64]
        password = data.get("password", "")[:1024]
        now = clock()
        host = request.client.host if request.client else "unknown"
        keys = [f"name:{name.lower()}", f"ip:{host}"]
        csrf = request.cookies.get(CSRF_COOKIE, "")
        until = await anyio.to_thread.run_sync(fleet.locked_until, keys, now)
        if until is not None:
            wait = int((until - now).total_seconds()) + 1
            return _html(
                pages.login(csrf, f"Too many failed attempts. Try again in {wait} s."),
                429,
            )
        account = await anyio.to_thread.run_sync(_check_password, fleet, name, password)
        if account is None:
            await anyio.to_thread.run_sync(
                fleet.note_failure,
                keys,
                now,
                web.login_free_attempts,
                timedelta(seconds=web.login_lock_seconds),
            )
            return _html(pages.login(csrf, "Name or password is wrong."), 401)
        await anyio.to_thread.run_sync(fleet.clear_failures, keys)
        sid, _ = await anyio.to_thread.run_sync(
            fleet.create_session, account.id, now, web.session_hours
        )
        response = RedirectResponse("/fleet", 303, headers=SECURITY_HEADERS)
        set_cookie(response, SESSION_COOKIE, sid, web.session_hours * 3600)
        return response

    @api.post(
        "/logout",
        summary="Sign out",
        openapi_extra=form_schema,
        responses={403: {"description": "no CSRF token"}},
    )
    async def logout(request: Request) -> Any:
        data = await form(request)
        try:
            _account, expected = await anyio.to_thread.run_sync(who, request)
        except NeedLogin:
            return RedirectResponse("/fleet/login", 303, headers=SECURITY_HEADERS)
        if not same_origin(request) or not csrf_ok(data.get("csrf", ""), expected):
            return refuse_csrf()
        sid = request.cookies.get(SESSION_COOKIE, "")
        if sid:
            await anyio.to_thread.run_sync(fleet.end_session, sid)
        response = RedirectResponse("/fleet/login", 303, headers=SECURITY_HEADERS)
        response.delete_cookie(SESSION_COOKIE, path="/fleet")
        return response

    return api


def _check_password(fleet: FleetDB, name: str, password: str) -> Account | None:
    found = fleet.account_with_hash(name) if name else None
    stored = found[1] if found and found[1] else _DUMMY
    try:
        HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    if found is None or not found[1]:
        return None
    account = found[0]
    if HASHER.check_needs_rehash(stored):
        fleet.set_password(name, HASHER.hash(password))
    return account
