"""Korean public holidays (``holidays.KR``), named in Korean or English.

From 2026 노동절 (1 May) and 제헌절 (17 July) are public holidays; they are added when
the installed release of the library does not have them yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Final

import holidays

__all__ = [
    "add_missing_2026_holidays",
    "holiday_names",
    "korean_public_holidays",
    "language_code",
    "public_holiday_dates",
]

_LANGUAGES: Final = {"ko": "ko", "en": "en_US", "en_US": "en_US"}

_FROM_2026: Final = (
    (5, 1, {"ko": "노동절", "en_US": "Labor Day"}),
    (7, 17, {"ko": "제헌절", "en_US": "Constitution Day"}),
)


def add_missing_2026_holidays(names: dict[date, str], year: int, language: str) -> None:
    """Add 노동절 and 제헌절 to ``names`` (of ``year``) when the library lacks them."""
    if year >= 2026:
        for month, day, name in _FROM_2026:
            names.setdefault(date(year, month, day), name[language])


@lru_cache(maxsize=256)
def holiday_names(year: int, language: str) -> Mapping[date, str]:
    """The holidays of ``year`` by date, named in ``language`` (a :func:`language_code`)."""
    names: dict[date, str] = dict(
        holidays.country_holidays("KR", years=year, language=language).items()
    )
    add_missing_2026_holidays(names, year, language)
    return MappingProxyType(names)


def korean_public_holidays(year: int, language: str = "ko") -> Mapping[date, str]:
    """Korean public holidays of ``year`` by date, named in ``language`` ("ko" or "en")."""
    return holiday_names(year, language_code(language))


def public_holiday_dates(first_year: int, last_year: int) -> set[date]:
    """Every public holiday from ``first_year`` to ``last_year``, both included."""
    dates: dict[date, str] = dict.fromkeys(
        holidays.country_holidays("KR", years=range(first_year, last_year + 1)), ""
    )
    for year in range(first_year, last_year + 1):
        add_missing_2026_holidays(dates, year, "ko")
    return set(dates)


def language_code(language: str) -> str:
    """The library's code for "ko" or "en"; ValueError for anything else."""
    try:
        return _LANGUAGES[language]
    except KeyError:
        raise ValueError(f"unsupported language {language!r}: use 'ko' or 'en'") from None
