"""The HTTP API described as OpenAPI 3.0, served at /api/openapi.json.

Written by hand next to the handlers it describes; the schemathesis test
fuzzes the live server against it, so the two cannot drift apart silently.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from .common import json_response

ID = {"type": "string", "minLength": 1, "maxLength": 64}
TS = {"type": "string"}


def obj(props: dict[str, Any], required: list[str] | None = None,
        extra: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props}
    if required:
        out["required"] = required
    if not extra:
        out["additionalProperties"] = False
    return out


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


ERROR = obj({"error": obj({"code": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
                           "message": {"type": "string"}}, ["code", "message"])}, ["error"])
USER = obj({"id": ID, "username": {"type": "string"}, "display_name": {"type": "string"},
            "role": {"type": "string", "enum": ["operator", "member"]}},
           ["id", "username", "display_name", "role"])
CIRCLE = obj({"id": ID, "name": {"type": "string"}, "description": {"type": "string"},
              "capacity": {"type": "integer"}, "agreement": {"type": "string"},
              "agreement_version": {"type": "integer"}, "slow_mode_s": {"type": "integer"},
              "open": {"type": "boolean"}}, ["id", "name"])
MESSAGE = obj({"type": {"type": "string"}, "circle": ID, "seq": {"type": "integer"}, "id": ID,
               "author": obj({"id": ID, "display_name": {"type": "string"}}),
               "text": {"type": "string"}, "ts": TS}, ["circle", "seq", "id", "author", "text", "ts"])
SESSION = obj({"token": {"type": "string"}, "user": ref("User")}, ["token", "user"])


def op(summary: str, ok: int | None, schema: dict[str, Any] | None, body: dict[str, Any] | None = None,
       auth: bool = True, params: list[dict[str, Any]] | None = None,
       content: str = "application/json") -> dict[str, Any]:
    o: dict[str, Any] = {"summary": summary, "responses": {
        "default": {"description": "An error", "content": {"application/json": {"schema": ref("Error")}}}}}
    if ok is not None:
        if schema is None:
            o["responses"][str(ok)] = {"description": "Done"}
        else:
            o["responses"][str(ok)] = {"description": "Done", "content": {content: {"schema": schema}}}
    if body is not None:
        o["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    if auth:
        o["security"] = [{"bearer": []}, {"cookie": []}]
    if params:
        o["parameters"] = params
    return o


def path_param(name: str = "id") -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": ID}


def query(name: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "schema": schema}


CID = [path_param()]

PATHS: dict[str, dict[str, Any]] = {
    "/api/register": {"post": op("Register with an invite and join its circle", 201,
                                 obj({**SESSION["properties"], "circle": ref("Circle")}),
                                 obj({"invite_code": {"type": "string"}, "username": {"type": "string"},
                                      "password": {"type": "string"},
                                      "display_name": {"type": "string"}},
                                     ["invite_code", "username", "password", "display_name"]),
                                 auth=False)},
    "/api/login": {"post": op("Sign in", 200, ref("Session"),
                              obj({"username": {"type": "string"}, "password": {"type": "string"}},
                                  ["username", "password"]), auth=False)},
    "/api/logout": {"post": op("Sign out this session", 204, None)},
    "/api/me": {"get": op("Who am I, and my circles", 200, obj({
        "user": ref("User"), "circles": {"type": "array", "items": obj(
            {"id": ID, "name": {"type": "string"}, "role": {"type": "string"}})}}, ["user", "circles"])),
        "delete": op("Delete my account; the password confirms it", 204, None,
                     obj({"password": {"type": "string"}}, ["password"]))},
    "/api/me/password": {"post": op("Change my password; other sessions end", 200, obj(
        {"sessions_ended": {"type": "integer"}}), obj(
        {"current_password": {"type": "string"}, "new_password": {"type": "string"}},
        ["current_password", "new_password"]))},
    "/api/circles": {"post": op("Create a circle (operators)", 201, obj({"circle": ref("Circle")}),
                                obj({"name": {"type": "string"}, "description": {"type": "string"},
                                     "capacity": {"type": "integer"},
                                     "agreement": {"type": "string"},
                                     "retention_days": {"type": "integer"}}, ["name"]))},
    "/api/circles/{id}": {"get": op("A circle I belong to", 200, obj(
        {"circle": ref("Circle"), "role": {"type": "string"}}), params=CID)},
    "/api/circles/{id}/join": {"post": op("Join a circle with an invite", 200,
                                          obj({"circle": ref("Circle")}),
                                          obj({"invite_code": {"type": "string"}}, ["invite_code"]),
                                          params=CID)},
    "/api/circles/{id}/invites": {"post": op("Create an invite (facilitators, operators)", 201, obj(
        {"code": {"type": "string"}, "expires_at": TS, "url": {"type": "string"}}, ["code", "expires_at"]),
        obj({"max_uses": {"type": "integer"}, "expires_in_s": {"type": "integer"},
             "role": {"type": "string", "enum": ["member", "facilitator"]}}), params=CID)},
    "/api/circles/{id}/messages": {"get": op("Message history, newest last", 200, obj(
        {"messages": {"type": "array", "items": ref("Message")}}, ["messages"]),
        params=[*CID, query("before", {"type": "integer", "minimum": 1}),
                query("limit", {"type": "integer", "minimum": 1, "maximum": 200})])},
    "/api/circles/{id}/held": {"get": op("Held messages (facilitators)", 200, obj(
        {"held": {"type": "array", "items": {"type": "object"}}}, ["held"]), params=CID)},
    "/api/circles/{id}/alerts": {"get": op("Alerts (facilitators)", 200, obj(
        {"alerts": {"type": "array", "items": {"type": "object"}}}, ["alerts"]),
        params=[*CID, query("status", {"type": "string",
                                        "enum": ["open", "acknowledged", "resolved"]})])},
    "/api/circles/{id}/audit": {"get": op("Audit log, newest first (facilitators)", 200, obj(
        {"entries": {"type": "array", "items": {"type": "object"}},
         "next_before": {"type": "string", "nullable": True}}, ["entries", "next_before"]),
        params=[*CID, query("before", {"type": "string"}),
                query("limit", {"type": "integer", "minimum": 1, "maximum": 200})])},
    "/api/circles/{id}/agreement": {"put": op("Replace the group agreement (facilitators)", 200,
                                              obj({"circle": ref("Circle")}),
                                              obj({"agreement": {"type": "string"}}, ["agreement"]),
                                              params=CID)},
    "/api/circles/{id}/agreement/accept": {"post": op("Accept the current agreement", 200, obj(
        {"agreement_version": {"type": "integer", "nullable": True}}),
        obj({"version": {"type": "integer"}}), params=CID)},
    "/api/circles/{id}/schedule": {"put": op("Set the weekly session schedule (facilitators)", 200,
                                             obj({"circle": ref("Circle")}),
                                             obj({"tz": {"type": "string"}, "slots": {
                                                 "type": "array", "items": obj({
                                                     "day": {"type": "integer"},
                                                     "open": {"type": "string"},
                                                     "close": {"type": "string"}})}}),
                                             params=CID)},
    "/api/invites/{code}": {"get": op("What an invite is for (public)", 200, obj(
        {"invite": {"type": "object"}, "circle": {"type": "object"}}, ["invite", "circle"]),
        auth=False, params=[path_param("code")])},
    "/healthz": {"get": op("The process is running", 200, obj({"status": {"type": "string"}}),
                           auth=False)},
    "/readyz": {"get": op("MongoDB (and Redis) answer", 200, obj({"status": {"type": "string"}}),
                          auth=False)},
    "/metrics": {"get": op("Prometheus metrics (operators or loopback)", 200, {"type": "string"},
                           content="text/plain")},
}

UNAME = [{"name": "username", "in": "path", "required": True, "schema": {"type": "string",
                                                                        "minLength": 1,
                                                                        "maxLength": 64}}]
ANY_OBJ = {"type": "object"}

# Operators' API and members' own data (extension 2).
EXTRA_PATHS: dict[str, dict[str, Any]] = {
    "/api/admin/circles": {
        "get": op("Every circle with members, recent messages and open alerts", 200,
                  obj({"circles": {"type": "array", "items": ANY_OBJ}}, ["circles"])),
        "post": op("Create a circle", 201, obj({"circle": ANY_OBJ}), obj(
            {"name": {"type": "string"}, "description": {"type": "string"},
             "capacity": {"type": "integer"}, "retention_days": {"type": "integer"}}, ["name"]))},
    "/api/admin/users": {"post": op("Create a user", 201, obj({"user": ANY_OBJ}), obj(
        {"username": {"type": "string"}, "password": {"type": "string"},
         "display_name": {"type": "string"}, "operator": {"type": "boolean"}},
        ["username", "password"]))},
    "/api/admin/circles/{id}/facilitators": {"post": op(
        "Make a user a facilitator of the circle", 200, ANY_OBJ,
        obj({"username": {"type": "string"}}, ["username"]), params=CID)},
    "/api/admin/circles/{id}/invites": {"post": op("Create an invite", 201, ANY_OBJ, obj(
        {"role": {"type": "string"}, "max_uses": {"type": "integer"},
         "expires_in_s": {"type": "integer"}}), params=CID)},
    "/api/admin/users/{username}/export": {"get": op("All of a user's data", 200, ANY_OBJ,
                                                     params=UNAME)},
    "/api/admin/users/{username}": {"delete": op("Erase a user's account and words", 200, ANY_OBJ,
                                                 params=UNAME)},
    "/api/admin/circles/{id}/retention": {"put": op("Days the circle's messages are kept", 200,
                                                    ANY_OBJ, obj({"days": {"type": "integer"}},
                                                                 ["days"]), params=CID)},
    "/api/me/export": {"get": op("All of my data", 200, ANY_OBJ)},
    "/api/me/retention": {"put": op("Have my own messages expire sooner", 200, ANY_OBJ,
                                    obj({"days": {"type": "integer", "nullable": True}}))},
}


def spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hearth", "version": "1",
                 "description": "Accounts, circles, invites and history. The real-time part is "
                                "the WebSocket at /ws: see docs/protocol.md."},
        "paths": {**PATHS, **EXTRA_PATHS},
        "components": {
            "schemas": {"Error": ERROR, "User": USER, "Circle": CIRCLE, "Message": MESSAGE,
                        "Session": SESSION},
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "cookie": {"type": "apiKey", "in": "cookie", "name": "hearth_session"}}},
    }


async def openapi_json(request: web.Request) -> web.Response:
    return json_response(spec())
