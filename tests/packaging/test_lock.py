"""requirements/lock.txt against pyproject.toml and against the environment running the tests.

``make`` installs .venv from the lock (``pip install --require-hashes``) and then the project
without its dependencies, so a dependency that pyproject gains and the lock lacks would go
missing silently, and one whose range moves would be installed outside it. These tests read
the two files (no network): every package is pinned with its hashes; every requirement of
pyproject (runtime, the test and build extras, [build-system], pip) has exactly one pin per
platform and Python that satisfies it; the pins are closed under dependencies on Linux,
Windows and macOS (read from the installed packages' metadata); nothing stale is left in
the lock; and the interpreter running the tests has the locked versions.
"""

from __future__ import annotations

import importlib.metadata
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements" / "lock.txt"
PYPROJECT = ROOT / "pyproject.toml"
LOCKED_EXTRAS = ("test", "build")
# Installed from the lock as well; the Makefile's `lock` target adds it to the resolution.
INSTALLER = "pip"

_CPYTHON = {"implementation_name": "cpython", "platform_python_implementation": "CPython"}
_LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
          "platform_machine": "x86_64", **_CPYTHON}  # fmt: skip
_WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
            "platform_machine": "AMD64", **_CPYTHON}  # fmt: skip
_MACOS = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix",
          "platform_machine": "arm64", **_CPYTHON}  # fmt: skip
_PY311 = {"python_version": "3.11", "python_full_version": "3.11.9"}
_PY312 = {"python_version": "3.12", "python_full_version": "3.12.8"}
# Where the app is developed, tested and built (Windows above all: the installer).
TARGETS: dict[str, dict[str, str]] = {
    "linux-3.11": _LINUX | _PY311,
    "windows-3.11": _WINDOWS | _PY311,
    "macos-3.11": _MACOS | _PY311,
    "linux-3.12": _LINUX | _PY312,
    "windows-3.12": _WINDOWS | _PY312,
}


@dataclass(frozen=True)
class Pin:
    requirement: Requirement
    hashes: tuple[str, ...]

    @property
    def name(self) -> NormalizedName:
        return canonicalize_name(self.requirement.name)

    @property
    def version(self) -> Version | None:
        """The pinned release; None unless the line pins exactly one with ``==``."""
        specifiers = list(self.requirement.specifier)
        if len(specifiers) != 1 or specifiers[0].operator != "==" or "*" in specifiers[0].version:
            return None
        return Version(specifiers[0].version)

    def applies(self, environment: dict[str, str]) -> bool:
        marker = self.requirement.marker
        return marker is None or marker.evaluate(environment | {"extra": ""})


def parse_lock(text: str) -> list[Pin]:
    """The lock's entries: continuation lines joined, comments dropped."""
    pins = []
    for line in text.replace("\\\n", " ").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement, *options = line.split(" --")
        hashes = tuple(
            option.removeprefix("hash=sha256:").strip()
            for option in options
            if option.startswith("hash=sha256:")
        )
        if len(hashes) != len(options):
            raise AssertionError(f"an option other than --hash=sha256: in the lock: {line}")
        pins.append(Pin(Requirement(requirement.strip()), hashes))
    return pins


def pyproject_requirements() -> list[Requirement]:
    """What the lock must satisfy: the project's dependencies, its locked extras,
    [build-system] requires (the project is installed without build isolation) and pip."""
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    project = data["project"]
    texts = [*project["dependencies"]]
    for extra in LOCKED_EXTRAS:
        texts += project["optional-dependencies"][extra]
    texts += data["build-system"]["requires"]
    texts.append(INSTALLER)
    return [Requirement(text) for text in texts]


@pytest.fixture(scope="module")
def pins() -> list[Pin]:
    return parse_lock(LOCK.read_text(encoding="utf-8"))


def the_pin(pins: list[Pin], requirement: Requirement, environment: dict[str, str]) -> Pin:
    """The one lock entry installed for ``requirement`` on ``environment``; fails otherwise."""
    name = canonicalize_name(requirement.name)
    chosen = [pin for pin in pins if pin.name == name and pin.applies(environment)]
    assert len(chosen) == 1, (
        f"{requirement} on {environment['sys_platform']} Python {environment['python_version']}:"
        f" {len(chosen)} entries in the lock, expected one (run `make lock`)"
    )
    (pin,) = chosen
    assert pin.version is not None, f"{pin.requirement} is not pinned with =="
    assert requirement.specifier.contains(pin.version, prereleases=True), (
        f"the lock pins {pin.name}=={pin.version}, pyproject asks for {requirement}"
        " (run `make lock`)"
    )
    return pin


def installed_requirements(
    pin: Pin, extras: set[str], environment: dict[str, str]
) -> Iterator[Requirement]:
    """The dependencies of the pinned release on ``environment``, read from its installed
    metadata (nothing when this interpreter has another version of it, or none)."""
    try:
        distribution = importlib.metadata.distribution(pin.name)
    except importlib.metadata.PackageNotFoundError:
        return
    if Version(distribution.version) != pin.version:
        return
    for text in distribution.requires or []:
        requirement = Requirement(text)
        marker = requirement.marker
        if marker is None or any(
            marker.evaluate(environment | {"extra": extra}) for extra in {"", *extras}
        ):
            yield requirement


def reachable_names(pins: list[Pin], environment: dict[str, str]) -> set[NormalizedName]:
    """Every package pyproject's requirements pull in on ``environment``, each checked
    against the lock on the way (the walk stops at releases not installed here)."""
    seen: set[tuple[NormalizedName, frozenset[str]]] = set()
    todo = [
        requirement
        for requirement in pyproject_requirements()
        if requirement.marker is None or requirement.marker.evaluate(environment | {"extra": ""})
    ]
    while todo:
        requirement = todo.pop()
        key = (canonicalize_name(requirement.name), frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        pin = the_pin(pins, requirement, environment)
        todo += installed_requirements(pin, set(requirement.extras), environment)
    return {name for name, _extras in seen}


def test_every_entry_is_one_release_with_its_hashes(pins: list[Pin]) -> None:
    assert pins, "the lock is empty"
    for pin in pins:
        assert pin.version is not None, f"{pin.requirement} is not pinned with =="
        assert not pin.requirement.url, f"{pin.requirement} installs from a URL"
        assert pin.hashes, f"{pin.requirement} has no --hash=sha256:"
        assert all(len(digest) == 64 for digest in pin.hashes), pin.requirement
        int("".join(pin.hashes), 16)  # hexadecimal digests only


@pytest.mark.parametrize("requirement", pyproject_requirements(), ids=str)
@pytest.mark.parametrize("target", TARGETS)
def test_each_requirement_of_pyproject_has_one_pin_that_satisfies_it(
    pins: list[Pin], requirement: Requirement, target: str
) -> None:
    environment = TARGETS[target]
    if requirement.marker is not None and not requirement.marker.evaluate(
        environment | {"extra": ""}
    ):
        return
    the_pin(pins, requirement, environment)


@pytest.mark.parametrize("target", TARGETS)
def test_the_lock_holds_every_dependency_of_the_pins(pins: list[Pin], target: str) -> None:
    # Windows pulls in packages Linux doesn't (pyinstaller's pefile, pytest's colorama,
    # psycopg's tzdata): walking Windows' dependencies proves the lock was resolved for it.
    reachable_names(pins, TARGETS[target])


def test_the_lock_holds_nothing_that_pyproject_no_longer_needs(pins: list[Pin]) -> None:
    needed: set[NormalizedName] = set()
    for environment in TARGETS.values():
        needed |= reachable_names(pins, environment)
    stale = sorted({pin.name for pin in pins} - needed)
    assert not stale, f"locked but required by nothing in pyproject.toml: {stale} (`make lock`)"


def test_this_interpreter_runs_the_locked_versions(pins: list[Pin]) -> None:
    wrong = []
    for pin in pins:
        if not pin.applies({}):
            continue
        try:
            installed = importlib.metadata.version(pin.name)
        except importlib.metadata.PackageNotFoundError:
            installed = "missing"
        if installed == "missing" or Version(installed) != pin.version:
            wrong.append(f"{pin.name}: {installed}, locked {pin.version}")
    assert not wrong, (
        "this environment is not the lock; `make` reinstalls .venv from it, or "
        f"`pip install --require-hashes -r requirements/lock.txt`: {wrong}"
    )
