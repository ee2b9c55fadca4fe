"""Build, smoke-test and package ARCO Desk (``make dist``).

Steps, in order (all of them when none is named):

    build      clean PyInstaller onedir build: dist/arco-desk/
    smoke      run the bundle's ``--temp-basedir --smoke-test`` (offscreen Qt)
    installer  generate build/installer_files.nsh from the bundle and compile
               build_scripts/installer.nsi with makensis: dist/arco-desk-<version>-setup.exe
    figures    print ``NAME VALUE UNIT`` lines: bundle_mb, installer_mb, frozen_start_ms,
               source_start_ms (medians of 5 starts each), and check the targets

    python build_scripts/release.py                  # everything
    python build_scripts/release.py --no-installer   # build, smoke, figures
    python build_scripts/release.py smoke --exe "C:/.../ARCO Desk/arco-desk.exe"

On Linux the bundle is a Linux one, and makensis (NSIS 3 runs there too) compiles the
Windows installer script around it: that proves the script compiles and gives a size
close to the real one. makensis is installed with apt-get when missing (as root).
Exits non-zero, with the reason, on any failure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

BUILD_SCRIPTS = Path(__file__).resolve().parent
ROOT = BUILD_SCRIPTS.parent
sys.path.insert(0, str(BUILD_SCRIPTS))

import version_info  # noqa: E402

IS_WINDOWS = sys.platform == "win32"
SPEC = BUILD_SCRIPTS / "arco_desk.spec"
NSIS_SCRIPT = BUILD_SCRIPTS / "installer.nsi"
BUILD_DIR = ROOT / "build"
DIST_DIR = ROOT / "dist"
PYINSTALLER_WORK = BUILD_DIR / "pyinstaller"
BUNDLE_DIR = DIST_DIR / "arco-desk"
FILES_INCLUDE = BUILD_DIR / "installer_files.nsh"
EXE_NAME = "arco-desk.exe" if IS_WINDOWS else "arco-desk"
SMOKE_ARGS = ("--temp-basedir", "--smoke-test")
SMOKE_TIMEOUT_S = 180
START_RUNS = 5
STEPS = ("build", "smoke", "installer", "figures")

# Targets of the release (docs/issue): the installer stays small, onedir starts fast.
MAX_INSTALLER_MB = 70.0
MAX_START_RATIO = 2.0

# makensis's usual home when installed by the NSIS setup or Chocolatey.
WINDOWS_NSIS_DIRS = (r"C:\Program Files (x86)\NSIS", r"C:\Program Files\NSIS")


class ReleaseError(Exception):
    """A step failed; the message says why."""


def log(message: str) -> None:
    print(f"[release] {message}", file=sys.stderr, flush=True)


def run(
    command: Sequence[str | Path], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> None:
    """Run a build tool with its output shown; raise :class:`ReleaseError` when it fails."""
    args = [str(part) for part in command]
    log("$ " + " ".join(args))
    result = subprocess.run(args, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        raise ReleaseError(f"{Path(str(command[0])).name} exited with {result.returncode}")


# --- build ---------------------------------------------------------------------------------
def build_bundle() -> Path:
    """A clean onedir build of the spec; returns the bundle folder."""
    for stale in (PYINSTALLER_WORK, BUNDLE_DIR, FILES_INCLUDE):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", DIST_DIR, "--workpath", PYINSTALLER_WORK, SPEC,
        ],
        cwd=ROOT,
    )  # fmt: skip
    exe = BUNDLE_DIR / EXE_NAME
    if not exe.is_file():
        raise ReleaseError(f"PyInstaller finished but {exe} is missing")
    return BUNDLE_DIR


# --- smoke test and start times ------------------------------------------------------------
def smoke_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("ARCO_DESK_DB_URL", None)  # the smoke test uses its own temporary SQLite
    return env


def frozen_command(exe: Path) -> list[str]:
    return [str(exe), *SMOKE_ARGS]


def source_command() -> list[str]:
    return [sys.executable, "-m", "arco_desk", *SMOKE_ARGS]


def timed_start(command: Sequence[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Wall time in milliseconds from launch to exit, and the finished process."""
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command, cwd=ROOT, env=smoke_env(), capture_output=True, text=True,
            encoding="utf-8", errors="replace", timeout=SMOKE_TIMEOUT_S, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as error:
        raise ReleaseError(f"{command[0]} did not exit within {SMOKE_TIMEOUT_S} s") from error
    return (time.perf_counter() - started) * 1000.0, result


def check_started(command: Sequence[str], result: subprocess.CompletedProcess[str]) -> None:
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip() or "(no output)"
        raise ReleaseError(
            f"smoke test of {command[0]} failed with exit code {result.returncode}:\n{output}"
        )


def smoke_test(exe: Path) -> None:
    """Run the app's own ``--smoke-test`` and show what it printed."""
    if not exe.is_file():
        raise ReleaseError(f"no executable at {exe}")
    command = frozen_command(exe)
    log(f"$ {' '.join(command)}")
    elapsed, result = timed_start(command)
    for line in (result.stdout + result.stderr).splitlines():
        log(f"  {line}")
    check_started(command, result)
    log(f"smoke test passed in {elapsed:.0f} ms")


def median_start_ms(command: Sequence[str], runs: int) -> float:
    """Median wall time of ``runs`` starts, after one unmeasured start to warm caches."""
    times = []
    for index in range(runs + 1):
        elapsed, result = timed_start(command)
        check_started(command, result)
        if index > 0:
            times.append(elapsed)
    return statistics.median(times)


# --- installer -----------------------------------------------------------------------------
def nsis_literal(text: str) -> str:
    """``text`` checked for use between double quotes in an NSIS script."""
    if any(char in text for char in '"\r\n'):
        raise ReleaseError(f"cannot put {text!r} in an NSIS script")
    return text


def nsis_escape(text: str) -> str:
    """``text`` for a double-quoted NSIS string read at install time ($ starts a variable)."""
    return nsis_literal(text).replace("$", "$$")


@dataclass(frozen=True)
class BundleListing:
    """The bundle's folders and files, relative to its root, in a stable order."""

    folders: tuple[PurePosixPath, ...]
    files: tuple[PurePosixPath, ...]
    # Symbolic links (Linux/macOS bundles only): NSIS cannot create them and Windows
    # bundles have none, so they are left out of the installer payload.
    links: tuple[PurePosixPath, ...]


def list_bundle(bundle: Path) -> BundleListing:
    folders: list[PurePosixPath] = []
    files: list[PurePosixPath] = []
    links: list[PurePosixPath] = []
    for current, dirnames, filenames in os.walk(bundle):
        here = PurePosixPath(Path(current).relative_to(bundle).as_posix())
        if here != PurePosixPath("."):
            folders.append(here)
        # os.walk lists a link to a folder among the folders and does not enter it.
        links += [here / name for name in sorted(dirnames) if (Path(current) / name).is_symlink()]
        dirnames[:] = sorted(name for name in dirnames if not (Path(current) / name).is_symlink())
        for name in sorted(filenames):
            (links if (Path(current) / name).is_symlink() else files).append(here / name)
    return BundleListing(tuple(folders), tuple(files), tuple(links))


def _install_path(relative: PurePosixPath) -> str:
    """Where a bundle-relative path is installed, as a double-quoted NSIS string."""
    return '"' + "\\".join(("$INSTDIR", *(nsis_escape(part) for part in relative.parts))) + '"'


def files_include_text(bundle: Path, listing: BundleListing | None = None) -> str:
    """The NSIS include with ARCO_INSTALL_FILES and ARCO_UNINSTALL_FILES for ``bundle``."""
    bundle = bundle.resolve()
    listing = listing or list_bundle(bundle)
    lines = [
        f"; Generated by build_scripts/release.py from {bundle.name}/: do not edit.",
        f"; {len(listing.files)} files in {len(listing.folders) + 1} folders.",
    ]
    lines += [f"; left out (symbolic link): {link}" for link in listing.links]
    by_folder: dict[PurePosixPath, list[PurePosixPath]] = {}
    for relative in listing.files:
        by_folder.setdefault(relative.parent, []).append(relative)

    lines += ["", "!macro ARCO_INSTALL_FILES"]
    for folder in (PurePosixPath("."), *listing.folders):
        target = '"$INSTDIR"' if folder == PurePosixPath(".") else _install_path(folder)
        lines.append(f"  SetOutPath {target}")
        for relative in by_folder.get(folder, []):
            source = bundle.joinpath(*relative.parts)
            # makensis reads the source path literally: no $ escaping.
            lines.append(f'  File "{nsis_literal(str(source))}"')
    lines += ["!macroend", "", "!macro ARCO_UNINSTALL_FILES"]
    lines += [f"  Delete {_install_path(relative)}" for relative in listing.files]
    deepest_first = sorted(listing.folders, key=lambda folder: (-len(folder.parts), folder))
    lines += [f"  RMDir {_install_path(folder)}" for folder in deepest_first]
    lines += ["!macroend", ""]
    return "\n".join(lines)


def write_files_include(bundle: Path, target: Path = FILES_INCLUDE) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    # A byte order mark makes makensis read the file as UTF-8 whatever the platform.
    target.write_text("\ufeff" + files_include_text(bundle), encoding="utf-8")
    return target


def find_makensis(install: bool = True) -> str:
    """The makensis executable; installs Debian's nsis with apt-get when missing (root)."""
    found = shutil.which("makensis")
    if found is None and IS_WINDOWS:
        for folder in WINDOWS_NSIS_DIRS:
            candidate = Path(folder, "makensis.exe")
            if candidate.is_file():
                found = str(candidate)
    if found is not None:
        return found
    if not install or IS_WINDOWS or shutil.which("apt-get") is None:
        hint = "choco install nsis" if IS_WINDOWS else "apt-get install nsis"
        raise ReleaseError(f"makensis not found (install NSIS 3: {hint})")
    if os.geteuid() != 0:
        raise ReleaseError("makensis not found; run `apt-get install nsis` as root")
    log("makensis not found: installing Debian's nsis")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nsis"], env=env)
    return find_makensis(install=False)


def makensis_command(
    makensis: str,
    *,
    version: str,
    bundle: Path,
    files_include: Path,
    outfile: Path,
    quick: bool = False,
) -> list[str]:
    """The makensis call for installer.nsi; ``quick`` skips compression (tests)."""
    quad = ".".join(str(part) for part in version_info.version_tuple(version))
    command = [
        makensis, "-V2", "-WX",
        f"-DVERSION={version}", f"-DVERSION_QUAD={quad}",
        f"-DBUNDLE_DIR={bundle}", f"-DFILES_INCLUDE={files_include}", f"-DOUTFILE={outfile}",
    ]  # fmt: skip
    if quick:
        command.append("-DQUICK")
    command.append(str(NSIS_SCRIPT))
    return command


def installer_path(version: str) -> Path:
    return DIST_DIR / f"arco-desk-{version}-setup.exe"


def build_installer(bundle: Path, version: str) -> Path:
    if not (bundle / EXE_NAME).is_file():
        raise ReleaseError(f"no bundle at {bundle}: run the build step first")
    makensis = find_makensis()
    include = write_files_include(bundle)
    outfile = installer_path(version)
    outfile.unlink(missing_ok=True)
    command = makensis_command(
        makensis, version=version, bundle=bundle, files_include=include, outfile=outfile
    )
    run(command, cwd=BUILD_SCRIPTS)
    if not outfile.is_file():
        raise ReleaseError(f"makensis finished but {outfile} is missing")
    return outfile


# --- figures -------------------------------------------------------------------------------
def tree_bytes(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        if path.is_symlink():
            continue
        if path.is_dir():
            total += tree_bytes(path.iterdir())
        else:
            total += path.stat().st_size
    return total


def megabytes(size: int) -> float:
    return size / 1_000_000


@dataclass
class Figures:
    bundle_mb: float
    installer_mb: float | None
    frozen_start_ms: float
    source_start_ms: float

    def lines(self) -> list[str]:
        lines = [f"bundle_mb {self.bundle_mb:.1f} MB"]
        if self.installer_mb is not None:
            lines.append(f"installer_mb {self.installer_mb:.1f} MB")
        lines.append(f"frozen_start_ms {self.frozen_start_ms:.0f} ms")
        lines.append(f"source_start_ms {self.source_start_ms:.0f} ms")
        return lines

    def missed_targets(self) -> list[str]:
        missed = []
        if self.installer_mb is not None and self.installer_mb > MAX_INSTALLER_MB:
            missed.append(f"installer is {self.installer_mb:.1f} MB (target {MAX_INSTALLER_MB} MB)")
        if self.frozen_start_ms > MAX_START_RATIO * self.source_start_ms:
            missed.append(
                f"frozen start {self.frozen_start_ms:.0f} ms is more than {MAX_START_RATIO}x "
                f"the source start {self.source_start_ms:.0f} ms"
            )
        return missed


def measure(bundle: Path, installer: Path | None, runs: int) -> Figures:
    exe = bundle / EXE_NAME
    if not exe.is_file():
        raise ReleaseError(f"no bundle at {bundle}: run the build step first")
    log(f"timing {runs} starts each of the frozen app and of the source tree")
    frozen = median_start_ms(frozen_command(exe), runs)
    source = median_start_ms(source_command(), runs)
    return Figures(
        bundle_mb=megabytes(tree_bytes([bundle])),
        installer_mb=megabytes(installer.stat().st_size) if installer else None,
        frozen_start_ms=frozen,
        source_start_ms=source,
    )


# --- command line --------------------------------------------------------------------------
def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="release.py", description="Build, smoke-test and package ARCO Desk."
    )
    parser.add_argument(
        "steps", nargs="*", metavar="STEP",
        help=f"steps to run, in order: {', '.join(STEPS)} (default: all)",
    )  # fmt: skip
    parser.add_argument(
        "--no-installer", action="store_true", help="leave out the installer step"
    )
    parser.add_argument(
        "--exe", type=Path, help=f"executable for the smoke step (default: the bundle's {EXE_NAME})"
    )
    parser.add_argument(
        "--runs", type=int, default=START_RUNS, help=f"starts timed per figure ({START_RUNS})"
    )
    args = parser.parse_args(argv)
    unknown = [step for step in args.steps if step not in STEPS]
    if unknown:
        parser.error(f"unknown step {unknown[0]!r} (choose from {', '.join(STEPS)})")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    steps = [step for step in STEPS if step in (args.steps or STEPS)]
    if args.no_installer:
        steps = [step for step in steps if step != "installer"]
    version = version_info.read_version()
    started = time.perf_counter()
    log(f"ARCO Desk {version}: {', '.join(steps)}")
    try:
        if "build" in steps:
            build_bundle()
        if "smoke" in steps:
            smoke_test(args.exe or BUNDLE_DIR / EXE_NAME)
        installer: Path | None = None
        if "installer" in steps:
            installer = build_installer(BUNDLE_DIR, version)
            log(f"installer: {installer}")
        if "figures" in steps:
            if installer is None and not args.no_installer and installer_path(version).is_file():
                installer = installer_path(version)
            figures = measure(BUNDLE_DIR, installer, args.runs)
            print("\n".join(figures.lines()), flush=True)
            missed = figures.missed_targets()
            if missed:
                raise ReleaseError("target missed: " + "; ".join(missed))
    except ReleaseError as error:
        log(f"FAILED: {error}")
        return 1
    log(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
