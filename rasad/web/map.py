"""The map page: leads and documented incidents by district over the bundled Libya base map.

Server-drawn SVG (``rasad.geo``), no tile server and no script: counts per district come from the
same store search as the search page (one filtered count per district), incidents from the case store,
and located leads of the current query are dots linking to their pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from sqlalchemy import Engine

from rasad.errors import UserError
from rasad.geo.basemap import MapPoint, district_seats, render_district_svg
from rasad.store import LeadStore
from rasad.store.base import MAX_PAGE_SIZE, SearchQuery
from rasad.web.auth import Principal, page_principal
from rasad.web.i18n import LANG_COOKIE, pick_language

MAX_INCIDENTS = 5000


def leads_by_district(opened: LeadStore, query: SearchQuery) -> dict[str, int]:
    """Leads matching ``query`` per district, each counted once (a lead in two types is one lead)."""
    counts = {}
    for seat in district_seats():
        narrowed = replace(query, filters={**query.filters, "region": seat.region}, limit=1, offset=0, facets=False)
        counts[seat.region] = opened.search(narrowed).total
    return counts


def register_map(app: FastAPI, engine: Engine, render: Callable[..., HTMLResponse],
                 store: Callable[[], AbstractContextManager[LeadStore]],
                 search_query: Callable[[Request, int, int], SearchQuery]) -> None:
    signed_in = Depends(page_principal(engine))

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def leads_map(request: Request, principal: Principal = signed_in) -> HTMLResponse:
        from rasad.cases.service import list_incidents

        language = pick_language(request.cookies.get(LANG_COOKIE))
        error, lead_counts, points, total = "", {}, [], 0
        try:
            query = search_query(request, MAX_PAGE_SIZE, 0)
            with store() as opened:
                lead_counts = leads_by_district(opened, query)
                result = opened.search(replace(query, facets=False, sort="newest"))
            total = result.total
            points = [MapPoint(hit.lead.location[0], hit.lead.location[1], f"/lead/{hit.lead.id}", hit.lead.title)
                      for hit in result.hits if hit.lead.location]
        except UserError as exc:
            error = str(exc)
        incidents = list_incidents(engine, limit=MAX_INCIDENTS)
        incident_counts = Counter(i.district for i in incidents if i.district)
        incident_points = [MapPoint(i.location[0], i.location[1], f"/incidents/{i.id}", i.title)
                           for i in incidents if i.location]
        params = {k: v for k, v in request.query_params.items() if v}

        def region_search(region: str) -> str:
            return "/search?" + urlencode({**params, "region": region})

        lead_map = render_district_svg(lead_counts, title="leads", lang=language, points=points,
                                       region_href=region_search)
        incident_map = render_district_svg(dict(incident_counts), title="incidents", lang=language,
                                           points=incident_points, colour="#1d4e89")
        # The SVGs are built from escaped parts (rasad.geo escapes every label and link).
        return render(request, "map.html", lead_map=Markup(lead_map), incident_map=Markup(incident_map),
                      total=total, shown=len(points), incidents=len(incidents), error=error, params=params,
                      abroad=sum(1 for i in incidents if not i.district))
