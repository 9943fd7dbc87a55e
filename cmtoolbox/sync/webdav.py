"""A small WebDAV client for sync: PROPFIND (depth 1), GET, PUT, MKCOL over httpx.

Nextcloud, ownCloud and any WebDAV server the user already runs. Only what sync needs: listing
a collection, reading and writing whole files, creating collections. A PUT is stored whole or
not at all by the server, so no temporary name is needed. Answers are XML from the user's own
server; a PROPFIND answer declaring entities is refused before parsing (`core.xmlguard`).
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree

import httpx

from cmtoolbox.core.fetch import USER_AGENT
from cmtoolbox.core.xmlguard import declares_entities
from cmtoolbox.sync.targets import TargetError, TargetUnreachable

_DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>'
)


class WebDavTarget:
    def __init__(self, url: str, *, username: str = "", password: str = "", timeout: float = 30.0) -> None:
        self.base = url.rstrip("/") + "/"
        self.label = self.base
        auth = httpx.BasicAuth(username, password) if username else None
        self._client = httpx.Client(
            auth=auth,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
        )
        self._made: set[str] = set()

    def _url(self, path: str) -> str:
        parts = [p for p in path.split("/") if p]
        if any(p in {".", ".."} for p in parts):
            raise ValueError(f"bad path {path!r}")
        return self.base + "/".join(quote(p) for p in parts)

    def _request(self, method: str, path: str, **kwargs: object) -> httpx.Response:
        try:
            response = self._client.request(method, self._url(path), **kwargs)  # type: ignore[arg-type]
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.NetworkError) as error:
            raise TargetUnreachable(f"{self.base} cannot be reached: {error}") from error
        except httpx.HTTPError as error:
            raise TargetError(f"{self.base}: {error}") from error
        if response.status_code in (401, 403):
            raise TargetError(
                f"{self.base} refused the login (HTTP {response.status_code}): check the user and password"
            )
        if response.status_code >= 500:
            raise TargetUnreachable(f"{self.base} answered HTTP {response.status_code}")
        return response

    def list(self, directory: str) -> list[str]:
        url = self._url(directory).rstrip("/") + "/"
        response = self._request(
            "PROPFIND",
            directory.rstrip("/") + "/" if directory else "",
            headers={"Depth": "1", "Content-Type": "application/xml"},
            content=_PROPFIND_BODY,
        )
        if response.status_code == 404:
            return []
        if response.status_code != 207:
            raise TargetError(f"listing {url} failed: HTTP {response.status_code}")
        if declares_entities(response.content):
            raise TargetError(f"listing {url}: the server's answer declares XML entities")
        own_path = unquote(urlsplit(url).path).rstrip("/")
        names: list[str] = []
        for item in ElementTree.fromstring(response.content).iter(f"{_DAV}response"):
            href = item.findtext(f"{_DAV}href") or ""
            path = unquote(urlsplit(href).path).rstrip("/")
            if path == own_path or not path:
                continue
            name = path.rsplit("/", 1)[-1]
            if name and not name.startswith("."):
                names.append(name)
        return sorted(names)

    def read(self, path: str) -> bytes | None:
        response = self._request("GET", path)
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise TargetError(f"reading {path} failed: HTTP {response.status_code}")
        return response.content

    def exists(self, path: str) -> bool:
        response = self._request("HEAD", path)
        return response.status_code == 200

    def _mkcols(self, path: str) -> None:
        parts = [p for p in path.split("/") if p][:-1]
        for i in range(1, len(parts) + 1):
            folder = "/".join(parts[:i])
            if folder in self._made:
                continue
            response = self._request("MKCOL", folder + "/")
            # 405: it exists already; 201: made.
            if response.status_code not in (201, 405, 301):
                raise TargetError(f"creating the folder {folder} failed: HTTP {response.status_code}")
            self._made.add(folder)

    def write(self, path: str, data: bytes) -> None:
        self._mkcols(path)
        response = self._request("PUT", path, content=data)
        if response.status_code == 409:  # a parent vanished (someone cleaned the folder): once more
            self._made.clear()
            self._mkcols(path)
            response = self._request("PUT", path, content=data)
        if response.status_code not in (200, 201, 204):
            raise TargetError(f"writing {path} failed: HTTP {response.status_code}")

    def close(self) -> None:
        self._client.close()
