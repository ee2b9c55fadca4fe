; ARCO Desk Windows installer (NSIS 3, Modern UI 2, Korean and English).
;
; Per-user install without administrator rights into $LOCALAPPDATA\Programs\ARCO Desk.
; build_scripts/release.py compiles it after building the PyInstaller bundle:
;
;   makensis /DVERSION=0.1.0 /DVERSION_QUAD=0.1.0.0 /DBUNDLE_DIR=<dist\arco-desk>
;            /DFILES_INCLUDE=<build\installer_files.nsh> /DOUTFILE=<dist\setup.exe>
;            build_scripts\installer.nsi
;
; FILES_INCLUDE is generated from the bundle: it defines the macros ARCO_INSTALL_FILES
; (one File line per file) and ARCO_UNINSTALL_FILES (one Delete line per file, then one
; RMDir per folder, deepest first), so the uninstaller removes exactly what was installed
; and never a folder with files the user put there. /DQUICK skips compression (tests).
;
; Command line (besides the standard /S and /D=folder):
;   setup.exe /S [/NODESKTOP] [/STAFF]     silent install; no desktop shortcut; start at
;                                          login in staff mode
;   uninstall.exe /S [/DELETEDATA]         silent uninstall; also delete the user's data
;
; This file is ASCII; the texts are in installer_strings.nsh (UTF-8).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "Define VERSION, e.g. /DVERSION=0.1.0"
!endif
!ifndef VERSION_QUAD
  !error "Define VERSION_QUAD (four numbers), e.g. /DVERSION_QUAD=0.1.0.0"
!endif
!ifndef FILES_INCLUDE
  !error "Define FILES_INCLUDE, the file list generated from the bundle"
!endif
!ifndef OUTFILE
  !define OUTFILE "arco-desk-${VERSION}-setup.exe"
!endif

!ifdef QUICK
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

; --- identity: never change these, upgrades and the uninstaller rely on them -------------
!define APP_NAME "ARCO Desk"
!define APP_ID "{56767DA8-56E3-4BCC-9EFA-5EB274D79211}"
!define APP_EXE "arco-desk.exe"
!define PUBLISHER "ARCO"
; Created by the running app (arco_desk/app.py, Windows only); the installer and the
; uninstaller refuse to run while it exists.
!define APP_MUTEX "ARCO-Desk-${APP_ID}"
; Created by the installer itself so that two setups never run at once.
!define SETUP_MUTEX "ARCO-Desk-Setup-${APP_ID}"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define RUN_VALUE "ARCO Desk"
!define UNINSTALLER "uninstall.exe"
!define SHORTCUT_NAME "ARCO Desk.lnk"
; The user's data: platformdirs.user_data_dir("ARCO Desk", "ARCO") and the QSettings key
; of organisation "ARCO", application "ARCO Desk". Deleted only on request.
!define DATA_PARENT "$LOCALAPPDATA\ARCO"
!define DATA_DIR "${DATA_PARENT}\ARCO Desk"
!define SETTINGS_PARENT_KEY "Software\ARCO"
!define SETTINGS_KEY "${SETTINGS_PARENT_KEY}\ARCO Desk"

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh
!include Sections.nsh
!include WinVer.nsh
!include x64.nsh

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

; --- pages ---------------------------------------------------------------------------------
!define MUI_ICON "../resources/icons/arco_desk.ico"
!define MUI_UNICON "../resources/icons/arco_desk.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback when Windows speaks neither.
!insertmacro MUI_LANGUAGE "Korean"
!insertmacro MUI_LANGUAGE "English"
!include "installer_strings.nsh"

!include "${FILES_INCLUDE}"

; --- shared checks -------------------------------------------------------------------------
; Retry until ARCO Desk has been closed; Cancel (and any silent run) aborts with code 2.
!macro DEFINE_CHECK_APP_NOT_RUNNING PREFIX
  Function ${PREFIX}CheckAppNotRunning
    Push $0
    check:
      System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${APP_MUTEX}") p .r0'
      ${If} $0 P<> 0
        System::Call 'kernel32::CloseHandle(p r0)'
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MSG_APP_RUNNING)" /SD IDCANCEL IDRETRY check
        SetErrorLevel 2
        Quit
      ${EndIf}
    Pop $0
  FunctionEnd
!macroend
!insertmacro DEFINE_CHECK_APP_NOT_RUNNING ""
!insertmacro DEFINE_CHECK_APP_NOT_RUNNING "un."

; --- installer -----------------------------------------------------------------------------
Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetShellVarContext current
  Call CheckAppNotRunning
  Call RemovePreviousVersion

  !insertmacro ARCO_INSTALL_FILES
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"
  CreateShortcut "$SMPROGRAMS\${SHORTCUT_NAME}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${SHORTCUT_NAME}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section /o "$(SEC_AUTOSTART)" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${RUN_VALUE}" '"$INSTDIR\${APP_EXE}" --staff'
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DESC_APP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DESC_DESKTOP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} "$(DESC_AUTOSTART)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  SetShellVarContext current
  ${IfNot} ${AtLeastWin10}
  ${OrIfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(MSG_NEEDS_WINDOWS)" /SD IDOK
    Abort
  ${EndIf}

  System::Call 'kernel32::CreateMutexW(p 0, i 1, w "${SETUP_MUTEX}") p .r0 ?e'
  Pop $1
  ${If} $1 = 183  ; ERROR_ALREADY_EXISTS
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(MSG_SETUP_RUNNING)" /SD IDOK
    Abort
  ${EndIf}

  Call CheckAppNotRunning

  ; An upgrade keeps the previous choices: no desktop shortcut stays none, staff mode stays.
  ReadRegStr $0 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIfNot} ${FileExists} "$DESKTOP\${SHORTCUT_NAME}"
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ReadRegStr $0 HKCU "${RUN_KEY}" "${RUN_VALUE}"
  ${If} $0 != ""
    !insertmacro SelectSection ${SecAutostart}
  ${EndIf}

  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/STAFF" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecAutostart}
  ${EndIf}
FunctionEnd

; Run the installed version's uninstaller in place (silently, keeping the user's data) so
; that files the new version no longer ships do not linger.
Function RemovePreviousVersion
  ReadRegStr $R0 HKCU "${UNINSTALL_KEY}" "UninstallString"
  ReadRegStr $R1 HKCU "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 == ""
  ${OrIf} $R1 == ""
  ${OrIfNot} ${FileExists} "$R1\${UNINSTALLER}"
    Return
  ${EndIf}
  DetailPrint "$(MSG_REMOVING_OLD)"
  ClearErrors
  ExecWait '$R0 /S _?=$R1' $R2
  ${If} ${Errors}
  ${OrIf} $R2 <> 0
    MessageBox MB_OK|MB_ICONSTOP "$(MSG_OLD_UNINSTALL_FAILED)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ; Run in place, the uninstaller cannot delete itself.
  Delete "$R1\${UNINSTALLER}"
  RMDir "$R1"
FunctionEnd

; --- uninstaller ---------------------------------------------------------------------------
Section "!un.$(UNSEC_APP)" UnSecApp
  SectionIn RO
  SetShellVarContext current
  !insertmacro ARCO_UNINSTALL_FILES
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${SHORTCUT_NAME}"
  Delete "$DESKTOP\${SHORTCUT_NAME}"
  DeleteRegValue HKCU "${RUN_KEY}" "${RUN_VALUE}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

; The only recursive delete of the whole script, and only when the user asked for it.
Section /o "un.$(UNSEC_DATA)" UnSecData
  SetShellVarContext current
  RMDir /r "${DATA_DIR}"
  RMDir "${DATA_PARENT}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "${SETTINGS_PARENT_KEY}"
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecApp} "$(UNDESC_APP)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(UNDESC_DATA)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  SetShellVarContext current
  Call un.CheckAppNotRunning
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}
FunctionEnd
