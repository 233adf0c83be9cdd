"""A spider-output stage for tests that raises on pages carrying a marker, as a parser bug would.

It sits between the spider and ``CallbackErrorMiddleware`` (a higher order number is nearer the
spider), so its exception reaches the middleware exactly as one raised by a callback does. Our real
parsers no longer raise on any page we know of (a malformed link costs only that link), so a test
needs a stage of its own to stand in for the next parser bug.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy.http import Response

MARKER = b"raise-in-parser"


class RaiseOnMarker:
    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        _raise_on_marker(response)
        yield from result

    async def process_spider_output_async(self, response: Response,
                                          result: AsyncIterable[Any]) -> AsyncIterator[Any]:
        _raise_on_marker(response)
        async for item in result:
            yield item


def _raise_on_marker(response: Response) -> None:
    if MARKER in response.body:
        raise ValueError("parser bug on " + response.text[:200])  # the message quotes the page
