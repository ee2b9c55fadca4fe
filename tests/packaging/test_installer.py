"""The NSIS installer script: it compiles, and its uninstaller deletes only what it should."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest
import release

from arco_desk import paths

NSIS_SCRIPT = release.NSIS_SCRIPT
STRINGS = NSIS_SCRIPT.with_name("installer_strings.nsh")


def code_lines(text: str) -> list[str]:
    """Lines of an NSIS script without comments and blank lines, trailing comments removed."""
    lines = []
    for raw in text.lstrip("\ufeff").splitlines():
        line = []
        quote = ""
        for char in raw:
            if quote:
                quote = "" if char == quote else quote
            elif char in "\"'`":
                quote = char
            elif char in ";#":
                break
            line.append(char)
        stripped = "".join(line).strip()
        if stripped:
            lines.append(stripped)
    return lines


def defines(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        match = re.fullmatch(r'!define\s+(\w+)\s+"([^"]*)"', line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def expand(text: str, values: dict[str, str]) -> str:
    """``${NAME}`` references replaced until none of ``values`` is left."""
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)
    return text


@dataclass
class Block:
    kind: str  # "Section" or "Function"
    header: str
    body: list[str]

    @property
    def is_uninstall(self) -> bool:
        words = shlex.split(self.header.replace("\\", "/"))[1:]
        names = [word for word in words if not word.startswith("/")]
        return bool(names) and names[0].lstrip("!-").startswith("un.")

    @property
    def optional(self) -> bool:
        return "/o" in self.header.split()[1:3]


def blocks(lines: list[str]) -> list[Block]:
    found: list[Block] = []
    current: Block | None = None
    for line in lines:
        keyword = line.split()[0]
        if keyword in ("Section", "Function"):
            current = Block(keyword, line, [])
        elif keyword in ("SectionEnd", "FunctionEnd"):
            assert current is not None, f"{keyword} without a start"
            found.append(current)
            current = None
        elif current is not None:
            current.body.append(line)
    return found


def is_recursive_rmdir(line: str) -> bool:
    words = line.split()
    return words[0].lower() == "rmdir" and any(word.lower() == "/r" for word in words[1:3])


@pytest.fixture(scope="module")
def script_lines() -> list[str]:
    return code_lines(NSIS_SCRIPT.read_text(encoding="utf-8"))


# --- compiling ----------------------------------------------------------------------------
def test_installer_compiles_against_a_fake_bundle(
    makensis: str, fake_bundle: Path, tmp_path: Path
) -> None:
    include = release.write_files_include(fake_bundle, tmp_path / "installer_files.nsh")
    outfile = tmp_path / "arco-desk-1.2.3rc1-setup.exe"
    command = release.makensis_command(
        makensis,
        version="1.2.3rc1",
        bundle=fake_bundle,
        files_include=include,
        outfile=outfile,
        quick=True,
    )
    assert "-WX" in command, "warnings must fail the build"
    result = subprocess.run(
        command, cwd=NSIS_SCRIPT.parent, capture_output=True, text=True, check=False,
        encoding="utf-8", errors="replace", timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert outfile.read_bytes()[:2] == b"MZ"


def test_compile_command_passes_the_version_as_four_numbers(tmp_path: Path) -> None:
    command = release.makensis_command(
        "makensis", version="0.4.0rc1", bundle=tmp_path, files_include=tmp_path / "f.nsh",
        outfile=tmp_path / "o.exe",
    )  # fmt: skip
    assert "-DVERSION=0.4.0rc1" in command
    assert "-DVERSION_QUAD=0.4.0.0" in command
    assert "-DQUICK" not in command
    assert command[-1] == str(NSIS_SCRIPT)


# --- the generated file list ----------------------------------------------------------------
def test_file_list_uninstalls_exactly_what_it_installs(fake_bundle: Path) -> None:
    lines = code_lines(release.files_include_text(fake_bundle))
    install = lines[lines.index("!macro ARCO_INSTALL_FILES") + 1 :]
    install = install[: install.index("!macroend")]
    uninstall = lines[lines.index("!macro ARCO_UNINSTALL_FILES") + 1 :]
    uninstall = uninstall[: uninstall.index("!macroend")]

    installed: set[str] = set()
    out_dirs: list[str] = []
    for line in install:
        command, argument = line.split(" ", 1)
        value = argument.strip('"')
        if command == "SetOutPath":
            out_dirs.append(value.replace("$$", "$"))
        else:
            assert command == "File", line
            source = Path(value)
            relative = source.relative_to(fake_bundle.resolve()).as_posix()
            target = "\\".join(["$INSTDIR", *PurePosixPath(relative).parts])
            assert target.rsplit("\\", 1)[0] == out_dirs[-1], line
            installed.add(target)

    deleted = [line.split(" ", 1)[1].strip('"').replace("$$", "$") for line in uninstall
               if line.startswith("Delete ")]  # fmt: skip
    removed_dirs = [line.split(" ", 1)[1].strip('"').replace("$$", "$") for line in uninstall
                    if line.startswith("RMDir ")]  # fmt: skip
    assert set(deleted) == installed
    assert len(deleted) == len(installed) == 6
    assert set(removed_dirs) == set(out_dirs) - {"$INSTDIR"}
    depths = [folder.count("\\") for folder in removed_dirs]
    assert depths == sorted(depths, reverse=True), "folders must be removed deepest first"
    assert uninstall.index(next(line for line in uninstall if line.startswith("RMDir"))) == len(
        deleted
    ), "files are deleted before their folders"
    assert not any(is_recursive_rmdir(line) for line in uninstall)
    assert all("*" not in line and "?" not in line for line in uninstall), "no wildcards"


def test_file_list_escapes_dollar_signs_only_in_install_time_paths(fake_bundle: Path) -> None:
    text = release.files_include_text(fake_bundle)
    assert '\\price $$5 list.txt"' in text  # Delete: $ doubled
    assert '/price $5 list.txt"' in text or '\\price $5 list.txt"' in text  # File: literal
    assert "안내문.txt" in text


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_file_list_leaves_out_symbolic_links(fake_bundle: Path) -> None:
    internal = fake_bundle / "_internal"
    (internal / "libQt6Core.so.6").symlink_to("base_library.zip")
    (internal / "plugins").symlink_to("PySide6/plugins", target_is_directory=True)
    listing = release.list_bundle(fake_bundle)
    assert set(listing.links) == {
        PurePosixPath("_internal/libQt6Core.so.6"), PurePosixPath("_internal/plugins")
    }
    code = "\n".join(line for line in release.files_include_text(fake_bundle).splitlines()
                     if not line.startswith(";"))  # fmt: skip
    assert "libQt6Core" not in code
    assert "_internal\\plugins" not in code and "_internal/plugins" not in code


def test_file_list_refuses_names_nsis_cannot_quote() -> None:
    with pytest.raises(release.ReleaseError):
        release.nsis_escape('say "hi".txt')


def test_written_file_list_has_a_byte_order_mark(fake_bundle: Path, tmp_path: Path) -> None:
    target = release.write_files_include(fake_bundle, tmp_path / "files.nsh")
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")


# --- what the uninstaller deletes -------------------------------------------------------------
def test_only_the_user_data_on_request_is_deleted_recursively(script_lines: list[str]) -> None:
    strings = code_lines(STRINGS.read_text(encoding="utf-8"))
    recursive = [line for line in script_lines + strings if is_recursive_rmdir(line)]
    assert len(recursive) == 1, recursive

    holders = [block for block in blocks(script_lines) if recursive[0] in block.body]
    assert len(holders) == 1
    section = holders[0]
    assert section.kind == "Section"
    assert section.is_uninstall, "only the uninstaller may delete the data folder"
    assert section.optional, "deleting the data must be opt-in (/o)"
    target = expand(recursive[0].split(None, 2)[2].strip('"'), defines(script_lines))
    assert target == rf"$LOCALAPPDATA\{paths.APP_AUTHOR}\{paths.APP_NAME}"


def test_data_folder_matches_where_the_app_keeps_its_data() -> None:
    # platformdirs.user_data_dir(appname, appauthor, roaming=False) on Windows is
    # %LOCALAPPDATA%\<appauthor>\<appname>; the app must keep roaming=False for that.
    source = Path(paths.__file__).read_text(encoding="utf-8")
    assert "user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)" in source


def test_uninstall_sections_delete_nothing_by_wildcard(script_lines: list[str]) -> None:
    for block in blocks(script_lines):
        if block.is_uninstall:
            for line in block.body:
                assert "*" not in line and "?" not in line, line


def test_uninstaller_removes_shortcuts_run_entry_and_its_registry_key(
    script_lines: list[str],
) -> None:
    (main,) = [
        b for b in blocks(script_lines) if b.kind == "Section" and b.is_uninstall and not b.optional
    ]
    body = "\n".join(main.body)
    assert "!insertmacro ARCO_UNINSTALL_FILES" in body
    assert 'Delete "$SMPROGRAMS\\${SHORTCUT_NAME}"' in body
    assert 'Delete "$DESKTOP\\${SHORTCUT_NAME}"' in body
    assert 'DeleteRegValue HKCU "${RUN_KEY}" "${RUN_VALUE}"' in body
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in body
    assert 'RMDir "$INSTDIR"' in body


# --- identity, install location, texts ----------------------------------------------------------
def test_identity_and_per_user_install(script_lines: list[str]) -> None:
    values = defines(script_lines)
    assert re.fullmatch(r"\{[0-9A-F]{8}-([0-9A-F]{4}-){3}[0-9A-F]{12}\}", values["APP_ID"])
    assert expand(values["APP_MUTEX"], values) == f"ARCO-Desk-{values['APP_ID']}"
    assert "RequestExecutionLevel user" in script_lines
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script_lines
    assert "Unicode true" in script_lines
    assert not any(line.startswith(("WriteRegStr HKLM", "WriteRegDWORD HKLM"))
                   for line in script_lines)  # fmt: skip
    assert any(line.startswith('WriteRegStr HKCU "${RUN_KEY}" "${RUN_VALUE}"') and "--staff" in line
               for line in script_lines)  # fmt: skip


def test_uninstall_entry_has_the_add_remove_programs_values(script_lines: list[str]) -> None:
    written = {
        line.split('"')[3]
        for line in script_lines
        if line.startswith(('WriteRegStr HKCU "${UNINSTALL_KEY}"', 'WriteRegDWORD HKCU "${UNIN'))
    }
    assert written >= {
        "DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "EstimatedSize",
        "UninstallString", "QuietUninstallString", "NoModify", "NoRepair", "InstallLocation",
    }  # fmt: skip


def test_every_text_exists_in_korean_and_english(script_lines: list[str]) -> None:
    strings = code_lines(STRINGS.read_text(encoding="utf-8"))
    languages: dict[str, set[str]] = {}
    for line in strings:
        match = re.fullmatch(r'LangString (\w+) \$\{LANG_(\w+)\} ".*"', line)
        assert match, line
        languages.setdefault(match.group(1), set()).add(match.group(2))
    assert all(langs == {"KOREAN", "ENGLISH"} for langs in languages.values()), languages
    used = set(re.findall(r"\$\((\w+)\)", "\n".join(script_lines)))
    assert used <= set(languages), used - set(languages)
    assert 'MUI_LANGUAGE "Korean"' in " ".join(script_lines)


def test_script_is_ascii_and_the_texts_are_utf8_with_bom() -> None:
    NSIS_SCRIPT.read_bytes().decode("ascii")
    assert STRINGS.read_bytes().startswith(b"\xef\xbb\xbf")


# --- what the installer expects of the app and of CI --------------------------------------------
def test_ci_workflow_checks_the_installers_app_id(script_lines: list[str]) -> None:
    workflow = (release.ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    match = re.search(r'^\s*APP_ID:\s*"(\{[^"]+\})"', workflow, re.MULTILINE)
    assert match, "windows.yml must define APP_ID"
    assert match.group(1) == defines(script_lines)["APP_ID"]


def test_app_accepts_the_start_at_login_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    from arco_desk.app import parse_args

    try:
        parse_args(["--staff"])
    except SystemExit:
        capsys.readouterr()
        pytest.skip("app.py does not accept --staff yet; the installer's Run entry passes it")


def test_app_creates_the_mutex_the_installer_checks(script_lines: list[str]) -> None:
    values = defines(script_lines)
    mutex = expand(values["APP_MUTEX"], values)
    sources = "\n".join(
        path.read_text(encoding="utf-8") for path in (release.ROOT / "arco_desk").rglob("*.py")
    )
    if values["APP_ID"] not in sources:
        pytest.skip(f"the app does not create the Windows mutex {mutex} yet")
    assert f'"{mutex}"' in sources, f"the app must create the mutex named exactly {mutex}"
