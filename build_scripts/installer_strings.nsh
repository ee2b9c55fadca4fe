; Texts of the ARCO Desk installer and uninstaller, in Korean and English.
; UTF-8 with a byte order mark: makensis reads it as Unicode on every platform.
; Included by installer.nsi after the MUI_LANGUAGE lines.

; --- installer components ------------------------------------------------------------------
LangString SEC_APP ${LANG_KOREAN} "ARCO Desk 프로그램"
LangString SEC_APP ${LANG_ENGLISH} "ARCO Desk program"
LangString DESC_APP ${LANG_KOREAN} "프로그램 파일과 시작 메뉴 바로 가기를 설치합니다."
LangString DESC_APP ${LANG_ENGLISH} "Installs the program files and the Start menu shortcut."

LangString SEC_DESKTOP ${LANG_KOREAN} "바탕 화면 바로 가기"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_DESKTOP ${LANG_KOREAN} "바탕 화면에 ARCO Desk 바로 가기를 만듭니다."
LangString DESC_DESKTOP ${LANG_ENGLISH} "Puts an ARCO Desk shortcut on the desktop."

LangString SEC_AUTOSTART ${LANG_KOREAN} "로그인할 때 직원 모드로 시작"
LangString SEC_AUTOSTART ${LANG_ENGLISH} "Start at login in staff mode"
LangString DESC_AUTOSTART ${LANG_KOREAN} "직원 PC용: Windows에 로그인하면 ARCO Desk가 알림 영역에서 직원 모드로 시작되어 메모와 방문객 도착 알림을 바로 받습니다."
LangString DESC_AUTOSTART ${LANG_ENGLISH} "For staff PCs: ARCO Desk starts in staff mode in the notification area when you sign in to Windows, so forwarded memos and visitor arrivals reach you at once."

; --- uninstaller components ----------------------------------------------------------------
LangString UNSEC_APP ${LANG_KOREAN} "ARCO Desk 프로그램 제거"
LangString UNSEC_APP ${LANG_ENGLISH} "Remove the ARCO Desk program"
LangString UNDESC_APP ${LANG_KOREAN} "설치된 프로그램 파일, 바로 가기, 자동 시작 설정을 제거합니다. 데이터는 남겨 둡니다."
LangString UNDESC_APP ${LANG_ENGLISH} "Removes the installed program files, the shortcuts and the start-at-login setting. Your data stays."

LangString UNSEC_DATA ${LANG_KOREAN} "내 데이터도 삭제"
LangString UNSEC_DATA ${LANG_ENGLISH} "Delete my data too"
LangString UNDESC_DATA ${LANG_KOREAN} "이 PC의 ARCO Desk 데이터베이스, 첨부 파일, 로그, 설정을 영구히 삭제합니다. 되돌릴 수 없습니다. (공유 PostgreSQL 서버의 데이터는 삭제되지 않습니다.)"
LangString UNDESC_DATA ${LANG_ENGLISH} "Permanently deletes this PC's ARCO Desk database, attachments, logs and settings. This cannot be undone. (Data on a shared PostgreSQL server is not touched.)"

; --- messages ------------------------------------------------------------------------------
LangString MSG_APP_RUNNING ${LANG_KOREAN} "ARCO Desk가 실행 중입니다.$\r$\n$\r$\n알림 영역의 아이콘까지 포함해 ARCO Desk를 종료한 다음 [다시 시도]를 누르세요."
LangString MSG_APP_RUNNING ${LANG_ENGLISH} "ARCO Desk is running.$\r$\n$\r$\nQuit ARCO Desk (including its icon in the notification area), then click Retry."
LangString MSG_SETUP_RUNNING ${LANG_KOREAN} "ARCO Desk 설치 프로그램이 이미 실행 중입니다."
LangString MSG_SETUP_RUNNING ${LANG_ENGLISH} "The ARCO Desk setup is already running."
LangString MSG_NEEDS_WINDOWS ${LANG_KOREAN} "ARCO Desk를 사용하려면 64비트 Windows 10 이상이 필요합니다."
LangString MSG_NEEDS_WINDOWS ${LANG_ENGLISH} "ARCO Desk needs 64-bit Windows 10 or later."
LangString MSG_REMOVING_OLD ${LANG_KOREAN} "이전 버전을 제거하는 중..."
LangString MSG_REMOVING_OLD ${LANG_ENGLISH} "Removing the previous version..."
LangString MSG_OLD_UNINSTALL_FAILED ${LANG_KOREAN} "이전 버전을 제거하지 못했습니다 (오류 코드 $R2). 제어판의 [프로그램 제거]에서 ARCO Desk를 제거한 다음 다시 설치하세요."
LangString MSG_OLD_UNINSTALL_FAILED ${LANG_ENGLISH} "The previous version could not be removed (error code $R2). Uninstall ARCO Desk from Settings > Apps, then run this setup again."
