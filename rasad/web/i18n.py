"""Languages of the web app: Arabic (right to left, the default) and English.

Strings live in gettext catalogues (``rasad/web/i18n/<lang>/LC_MESSAGES/rasad.po``, compiled to
``.mo`` with Babel: ``pybabel compile -d rasad/web/i18n -D rasad``), never scattered in templates.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

HERE = Path(__file__).resolve().parent
LANGUAGES: dict[str, str] = {"ar": "rtl", "en": "ltr"}
DEFAULT_LANGUAGE = "ar"
LANG_COOKIE = "rasad_lang"


def pick_language(cookie: str | None) -> str:
    return cookie if cookie in LANGUAGES else DEFAULT_LANGUAGE


@cache
def environment(language: str) -> Environment:
    """One Jinja environment per language, autoescaping every template (crawled text is hostile)."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True)
    translations = gettext.translation("rasad", localedir=HERE / "i18n", languages=[language], fallback=False)
    # Old-style gettext: plain strings, escaped on output like any value (newstyle doubled render time).
    env.install_gettext_translations(translations, newstyle=False)  # type: ignore[attr-defined]
    env.globals.update(lang=language, direction=LANGUAGES[language])
    return env
