"""Korean public holidays (``holidays.KR``), named in Korean or English.

From 2026 노동절 (1 May) and 제헌절 (17 July) are public holidays; they are added when
the installed release of the library does not have them yet.

Only the Korean calendar is loaded: ``holidays.country_holidays("KR")`` imports the
package of every country (about 250 modules, a sixth of a second); the South Korea
module alone is read from its file, and the full path is kept for a build where the
library's sources are not plain files (docs/architecture.md §16).
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from holidays import HolidayBase

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
    names: dict[date, str] = dict(_korean(year, language=language).items())
    add_missing_2026_holidays(names, year, language)
    return MappingProxyType(names)


def korean_public_holidays(year: int, language: str = "ko") -> Mapping[date, str]:
    """Korean public holidays of ``year`` by date, named in ``language`` ("ko" or "en")."""
    return holiday_names(year, language_code(language))


def public_holiday_dates(first_year: int, last_year: int) -> set[date]:
    """Every public holiday from ``first_year`` to ``last_year``, both included."""
    dates: dict[date, str] = dict.fromkeys(_korean(range(first_year, last_year + 1)), "")
    for year in range(first_year, last_year + 1):
        add_missing_2026_holidays(dates, year, "ko")
    return set(dates)


def language_code(language: str) -> str:
    """The library's code for "ko" or "en"; ValueError for anything else."""
    try:
        return _LANGUAGES[language]
    except KeyError:
        raise ValueError(f"unsupported language {language!r}: use 'ko' or 'en'") from None


# South Korea's module of the library, named by its parts (its dotted name and file).
_MODULE_PARTS: Final = ("holidays", "countries", "south_korea")
_MODULE: Final = ".".join(_MODULE_PARTS)


def _korean(years: int | Iterable[int], language: str | None = None) -> HolidayBase:
    """``holidays.KR`` for ``years``, loading South Korea's module only."""
    holidays_kr = _south_korea_class()
    return holidays_kr(years=years, language=language)


@lru_cache(maxsize=1)
def _south_korea_class() -> type[HolidayBase]:
    module = sys.modules.get(_MODULE)
    if module is None:
        import holidays  # the library's base; its countries load on first use

        source = Path(holidays.__file__).parent.joinpath(*_MODULE_PARTS[1:]).with_suffix(".py")
        spec = importlib.util.spec_from_file_location(_MODULE, source)
        if spec is None or spec.loader is None or not source.is_file():
            return holidays.country_holidays("KR").__class__  # the whole registry
        module = importlib.util.module_from_spec(spec)
        sys.modules[_MODULE] = module  # the package, if loaded later, takes this one
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[_MODULE]
            raise
    cls = module.SouthKorea
    assert isinstance(cls, type)
    return cls
