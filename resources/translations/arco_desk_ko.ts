<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessAction</name>
    <message>
        <source>Viewed</source>
        <translation>열람</translation>
    </message>
    <message>
        <source>Caller history</source>
        <translation>이력 조회</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내려받기</translation>
    </message>
</context>
<context>
    <name>AccessReviewDialog</name>
    <message>
        <source>Access records</source>
        <translation>접속기록</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>The person&apos;s name as recorded</source>
        <translation>기록된 정보주체 이름</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>모든 업무</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>조회(&amp;S)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>정보주체</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>수행 업무</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>대상 기록</translation>
    </message>
    <message>
        <source>&amp;Export to XLSX…</source>
        <translation>XLSX로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>&amp;Keep records</source>
        <translation>보존 기간(&amp;K)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>저장(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Remove older records…</source>
        <translation>보존 기간 지난 기록 삭제(&amp;R)…</translation>
    </message>
    <message>
        <source>Access records are kept %1 days.</source>
        <translation>접속기록을 %1일 동안 보존합니다.</translation>
    </message>
    <message>
        <source>Remove older records</source>
        <translation>보존 기간 지난 기록 삭제</translation>
    </message>
    <message>
        <source>Remove the access records older than %1 days? They cannot be brought back.</source>
        <translation>%1일이 지난 접속기록을 삭제할까요? 삭제한 기록은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1 older access records removed.</source>
        <translation>보존 기간이 지난 접속기록 %1건을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Unusual volume: %1</source>
        <translation>이례적 대량 조회: %1</translation>
    </message>
    <message>
        <source>%1 looked at %2 people&apos;s data between %3 and %4</source>
        <translation>%1 계정이 %3~%4에 %2명의 정보를 조회</translation>
    </message>
    <message>
        <source>No hour of unusual volume in this period.</source>
        <translation>이 기간에 이례적인 대량 조회는 없습니다.</translation>
    </message>
    <message>
        <source>Only the newest %1 records are shown; narrow the filter to see the rest.</source>
        <translation>최근 %1건만 표시합니다. 나머지는 조건을 좁혀 조회하세요.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>방문 예약</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Phone memo</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>Outbound visit</source>
        <translation>외부 방문</translation>
    </message>
    <message>
        <source>Export access records</source>
        <translation>접속기록 내보내기</translation>
    </message>
    <message>
        <source>Exported to %1; the export is recorded with its reason.</source>
        <translation>%1에 내보냈습니다. 내보낸 사실과 사유가 기록되었습니다.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>마지막 로그인</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>새 계정(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>역할(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation>임시 비밀번호(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>사용 중지(&amp;D)</translation>
    </message>
    <message>
        <source> minutes without input</source>
        <translation>분 동안 입력이 없으면</translation>
    </message>
    <message>
        <source>never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message>
        <source>Lock &amp;windows after</source>
        <translation>화면 잠금(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Windows lock after %1 minutes without input.</source>
        <translation>%1분 동안 입력이 없으면 화면을 잠급니다.</translation>
    </message>
    <message>
        <source>Windows no longer lock by themselves.</source>
        <translation>이제 화면이 저절로 잠기지 않습니다.</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>사용 중지</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>%1까지 잠김</translation>
    </message>
    <message>
        <source>temporary password</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>다시 사용(&amp;E)</translation>
    </message>
    <message>
        <source>Account created. Give the temporary password in person.</source>
        <translation>계정을 만들었습니다. 임시 비밀번호는 본인에게 직접 전하세요.</translation>
    </message>
    <message>
        <source>Roles saved.</source>
        <translation>역할을 저장했습니다.</translation>
    </message>
    <message>
        <source>Temporary password set. It must be changed at the next sign-in.</source>
        <translation>임시 비밀번호를 정했습니다. 다음 로그인 때 바꿔야 합니다.</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>계정 잠금을 풀었습니다.</translation>
    </message>
    <message>
        <source>Account enabled.</source>
        <translation>계정을 다시 쓸 수 있게 했습니다.</translation>
    </message>
    <message>
        <source>Account disabled.</source>
        <translation>계정 사용을 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <source>Reception desk</source>
        <translation>안내데스크</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <source>&amp;Responder *</source>
        <translation>답변자(&amp;R) *</translation>
    </message>
    <message>
        <source>Sent &amp;by *</source>
        <translation>답변 방법(&amp;B) *</translation>
    </message>
    <message>
        <source>Answered &amp;at *</source>
        <translation>답변 시각(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;Answer *</source>
        <translation>답변 내용(&amp;A) *</translation>
    </message>
    <message>
        <source>Replies go out in the responder&apos;s real name.</source>
        <translation>답변은 답변자의 실명으로 나갑니다.</translation>
    </message>
    <message>
        <source>The reply is signed %1 (%2 %3).</source>
        <translation>답변은 %1(%2 %3) 실명으로 나갑니다.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Change appointment</source>
        <translation>예약 변경</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>새 방문 예약</translation>
    </message>
    <message>
        <source> people</source>
        <translation>명</translation>
    </message>
    <message>
        <source>&amp;Companions</source>
        <translation>동행 인원(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Host *</source>
        <translation>담당자(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;Date and time *</source>
        <translation>방문 일시(&amp;D) *</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>방문 일시</translation>
    </message>
    <message>
        <source>&amp;Until *</source>
        <translation>종료 시각(&amp;U) *</translation>
    </message>
    <message>
        <source>e.g. 3F meeting room</source>
        <translation>예: 3층 소회의실</translation>
    </message>
    <message>
        <source>Parking, accessibility, interpreter…</source>
        <translation>주차, 휠체어·편의 시설, 통역 등…</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>방문 목적(&amp;U)</translation>
    </message>
    <message>
        <source>Meeting p&amp;lace</source>
        <translation>면담 장소(&amp;L)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>참고 사항(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Reassign complaint</source>
        <translation>민원 재배정</translation>
    </message>
    <message>
        <source>Assign complaint</source>
        <translation>민원 배정</translation>
    </message>
    <message>
        <source>Now with: %1</source>
        <translation>현재 담당: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>e.g. the matter belongs to venue rental</source>
        <translation>예: 공연장 대관 업무라서</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>담당자(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>담당 부서(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>재배정 사유(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>백업·복원</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>폴더 열기(&amp;F)</translation>
    </message>
    <message>
        <source> daily backups</source>
        <translation>개</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>일일 백업 보관 개수(&amp;K)</translation>
    </message>
    <message>
        <source>There is no backup in the folder yet.</source>
        <translation>폴더에 아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>Back up to &amp;another place…</source>
        <translation>다른 위치에 백업(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>복원(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a f&amp;ile…</source>
        <translation>파일에서 복원(&amp;I)…</translation>
    </message>
    <message>
        <source>Writing the backup… ARCO Desk can be used meanwhile.</source>
        <translation>백업하는 중입니다… 그동안 ARCO Desk를 계속 써도 됩니다.</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>백업 보관 폴더: %1</translation>
    </message>
    <message>
        <source>Last automatic backup: none yet.</source>
        <translation>마지막 자동 백업: 아직 없음</translation>
    </message>
    <message>
        <source>Last automatic backup: %1 (%2, in bold below)</source>
        <translation>마지막 자동 백업: %1 (%2, 아래 목록에 굵게 표시)</translation>
    </message>
    <message>
        <source>The newest %1 daily backups are kept; older ones are removed after the next backup.</source>
        <translation>최근 일일 백업 %1개를 보관합니다. 그보다 오래된 백업은 다음 백업 때 지웁니다.</translation>
    </message>
    <message>
        <source>The folder could not be opened. It is %1</source>
        <translation>폴더를 열 수 없습니다. 폴더 위치: %1</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>백업할 위치</translation>
    </message>
    <message>
        <source>ARCO Desk backup (*%1)</source>
        <translation>ARCO Desk 백업 (*%1)</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>파일에서 복원</translation>
    </message>
    <message>
        <source>ARCO Desk backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>ARCO Desk 백업 (*.sqlite3 *.dump);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Restore the backup taken %1 (%2)?</source>
        <translation>%1에 만든 백업(%2)으로 복원할까요?</translation>
    </message>
    <message>
        <source>Restore the backup %1?</source>
        <translation>백업 파일 %1(으)로 복원할까요?</translation>
    </message>
    <message>
        <source>ARCO Desk on this PC closes now and starts again on the data of this backup. Anything typed and not yet saved is lost.</source>
        <translation>이 PC의 ARCO Desk가 지금 닫히고, 이 백업의 데이터로 다시 시작합니다. 입력하고 저장하지 않은 내용은 사라집니다.</translation>
    </message>
    <message>
        <source>Everyone else must close ARCO Desk on their PCs first.</source>
        <translation>다른 PC에서는 먼저 ARCO Desk를 모두 닫아야 합니다.</translation>
    </message>
    <message>
        <source>The current data is not deleted: it is kept aside in the data folder.</source>
        <translation>지금 데이터는 지워지지 않고 데이터 폴더에 따로 보관됩니다.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Close and restore</source>
        <translation>닫고 복원</translation>
    </message>
</context>
<context>
    <name>BackupKind</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>매일 자동</translation>
    </message>
    <message>
        <source>Before an update (automatic)</source>
        <translation>업데이트 전 자동</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
</context>
<context>
    <name>BackupTable</name>
    <message>
        <source>Taken at</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업 목록</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar of closed days</source>
        <translation>휴무일 달력</translation>
    </message>
    <message>
        <source>Month view</source>
        <translation>월 보기</translation>
    </message>
    <message>
        <source>closed (holiday, closure)</source>
        <translation>쉬는 날(공휴일, 휴무)</translation>
    </message>
    <message>
        <source>extra working day</source>
        <translation>추가 근무일</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>주말</translation>
    </message>
    <message>
        <source>Closed days of the month</source>
        <translation>이달의 휴무일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>e.g. foundation day closure</source>
        <translation>예: 창립기념일 휴무</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation>선택 항목 삭제(&amp;M)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add a closure or an extra working day&lt;/b&gt;</source>
        <translation>&lt;b&gt;휴무일 또는 추가 근무일 등록&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checked items get the new deadline. Unchecked items keep their current deadline: no deadline moves without your choice.</source>
        <translation>체크한 건은 새 기한으로 옮기고, 체크하지 않은 건은 지금 기한을 그대로 둡니다. 선택하지 않은 기한은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Deadlines that would change</source>
        <translation>바뀌는 처리기한</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Who / what</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Current deadline</source>
        <translation>현재 기한</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>새 기한</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>적용(&amp;A)</translation>
    </message>
    <message>
        <source>Save the change and move the checked deadlines</source>
        <translation>변경을 저장하고 체크한 건의 기한을 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Leave as they are</source>
        <translation>그대로 두기(&amp;L)</translation>
    </message>
    <message>
        <source>Save the change; every deadline stays as it is</source>
        <translation>변경을 저장하고 모든 기한은 그대로 둡니다</translation>
    </message>
    <message>
        <source>&amp;Cancel change</source>
        <translation>변경 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Go back without saving anything</source>
        <translation>아무것도 저장하지 않고 돌아갑니다</translation>
    </message>
    <message>
        <source>Closed days in %1</source>
        <translation>%1 휴무일</translation>
    </message>
    <message>
        <source>open</source>
        <translation>근무</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>No closed days besides weekends</source>
        <translation>주말 외에 쉬는 날이 없습니다</translation>
    </message>
    <message>
        <source>working day (extra)</source>
        <translation>근무일(추가 지정)</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>근무일</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>쉬는 날</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>Open items that would get a different deadline: %1</source>
        <translation>처리기한이 바뀌는 미결 건: %1건</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>삭제: %1</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>추가: %1</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Deadlines moved: %1.</source>
        <translation>기한을 옮긴 건: %1건.</translation>
    </message>
    <message>
        <source>Deadlines kept as they were: %1.</source>
        <translation>기한을 그대로 둔 건: %1건.</translation>
    </message>
    <message>
        <source>No open item&apos;s deadline changes.</source>
        <translation>처리기한이 바뀌는 미결 건은 없습니다.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>Greeting script</source>
        <translation>인사말</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>통화 시간</translation>
    </message>
    <message>
        <source>End call (F5)</source>
        <translation>통화 종료 (F5)</translation>
    </message>
    <message>
        <source>Start call (F5)</source>
        <translation>통화 시작 (F5)</translation>
    </message>
</context>
<context>
    <name>CallDoneDialog</name>
    <message>
        <source>Call before the visit</source>
        <translation>방문 전 안내 전화</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>안내 문구</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>통화 메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>CallTaskModel</name>
    <message>
        <source>Call</source>
        <translation>안내 전화</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>방문일</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>고객</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>방문 직원</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>방문 목적</translation>
    </message>
    <message>
        <source>Call due %1</source>
        <translation>전화 기한 %1</translation>
    </message>
    <message>
        <source>called %1</source>
        <translation>통화 완료 %1</translation>
    </message>
</context>
<context>
    <name>CalledBackDialog</name>
    <message>
        <source>Called back</source>
        <translation>회신 전화함</translation>
    </message>
    <message>
        <source>What was said, e.g. explained the documents needed</source>
        <translation>통화 내용, 예: 필요한 서류를 안내함</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>통화 결과(&amp;O) *</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Choose a password of your own before you go on.</source>
        <translation>계속하기 전에 본인만 아는 비밀번호로 바꾸세요.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>현재 비밀번호(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>새 비밀번호(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>새 비밀번호 확인(&amp;R)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서면·우편</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>홈페이지</translation>
    </message>
    <message>
        <source>SNS</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Call centre</source>
        <translation>콜센터</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check out</source>
        <translation>퇴실 처리</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>&amp;Left at *</source>
        <translation>퇴실 시각(&amp;L) *</translation>
    </message>
    <message>
        <source>Pass %1 returned</source>
        <translation>출입증 %1번 반납</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close complaint</source>
        <translation>민원 종결</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ComplaintAction</name>
    <message>
        <source>assign</source>
        <translation>담당 배정</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>재배정</translation>
    </message>
    <message>
        <source>start work</source>
        <translation>처리 시작</translation>
    </message>
    <message>
        <source>ask for supplementation</source>
        <translation>보완 요구</translation>
    </message>
    <message>
        <source>end the supplementation pause</source>
        <translation>보완 완료</translation>
    </message>
    <message>
        <source>record a delay notice</source>
        <translation>처리기간 연장 통지</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>record the follow-up call</source>
        <translation>확인 전화</translation>
    </message>
    <message>
        <source>close</source>
        <translation>종결</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailView</name>
    <message>
        <source>Deadline badge</source>
        <translation>기한 표시</translation>
    </message>
    <message>
        <source>Complaint details</source>
        <translation>민원 상세</translation>
    </message>
    <message>
        <source>No complaint selected.</source>
        <translation>선택한 민원이 없습니다.</translation>
    </message>
    <message>
        <source>(extended; by law %1)</source>
        <translation>(연장됨, 법정 기한 %1)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>처리기한</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>기한 계산</translation>
    </message>
    <message>
        <source>Legal basis of the period</source>
        <translation>처리기간 근거</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(미배정)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>원래 기록</translation>
    </message>
    <message>
        <source>phone memo #%1</source>
        <translation>전화 메모 #%1</translation>
    </message>
    <message>
        <source>visit #%1</source>
        <translation>방문 기록 #%1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>History</source>
        <translation>처리 이력</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>deadline %1 → %2</source>
        <translation>기한 %1 → %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>기한 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1에게</translation>
    </message>
    <message>
        <source>until %1, %2 of working time</source>
        <translation>%1까지, 근무시간 %2</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>보완 대기 중</translation>
    </message>
    <message>
        <source>paused %1 of working time</source>
        <translation>멈춘 근무시간 %1</translation>
    </message>
    <message>
        <source>told by %1</source>
        <translation>%1(으)로 안내</translation>
    </message>
    <message>
        <source>citizen consented</source>
        <translation>민원인 동의함</translation>
    </message>
    <message>
        <source>in the name of %1, by %2</source>
        <translation>%1 명의, %2</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>New complaint from a phone memo</source>
        <translation>전화 메모로 민원 접수</translation>
    </message>
    <message>
        <source>New complaint from a visit</source>
        <translation>방문 기록으로 민원 접수</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>새 민원 접수</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <source>Deadline badge</source>
        <translation>기한 표시</translation>
    </message>
    <message>
        <source>Deadline rule</source>
        <translation>기한 계산 규칙</translation>
    </message>
    <message>
        <source>Required for a period of its own, e.g. the decree&apos;s annex and item</source>
        <translation>건별 처리기간이면 필수, 예: 민원처리법 시행령 별표 …</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>파일 첨부(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Optional: forward at once (name or duty)</source>
        <translation>선택: 바로 넘길 담당자(이름 또는 업무)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>C&amp;hannel *</source>
        <translation>접수 경로(&amp;H) *</translation>
    </message>
    <message>
        <source>&amp;Kind *</source>
        <translation>민원 종류(&amp;K) *</translation>
    </message>
    <message>
        <source>&amp;Received at *</source>
        <translation>접수 시각(&amp;R) *</translation>
    </message>
    <message>
        <source>Period of this &amp;case</source>
        <translation>이 건의 처리기간(&amp;C)</translation>
    </message>
    <message>
        <source>Legal &amp;basis of the period</source>
        <translation>처리기간 근거(&amp;B)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>처리기한</translation>
    </message>
    <message>
        <source>Citizen &amp;name *</source>
        <translation>민원인 이름(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>전화번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>주소(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>제목(&amp;T) *</translation>
    </message>
    <message>
        <source>C&amp;ontent *</source>
        <translation>내용(&amp;O) *</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>담당자(&amp;T)</translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation>담당 부서(&amp;P)</translation>
    </message>
    <message>
        <source>Choose the kind to see the deadline.</source>
        <translation>민원 종류를 고르면 처리기한이 나타납니다.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변 완료</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>확인 전화 완료</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
</context>
<context>
    <name>ComplaintTab</name>
    <message>
        <source>Complaints</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>Search title, content or citizen (Ctrl+F)</source>
        <translation>제목, 내용, 민원인 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search complaints</source>
        <translation>민원 검색</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>새 민원(&amp;N)…</translation>
    </message>
    <message>
        <source>Which complaints</source>
        <translation>민원 범위</translation>
    </message>
    <message>
        <source>Open (not answered)</source>
        <translation>미처리 (답변 전)</translation>
    </message>
    <message>
        <source>Awaiting follow-up call</source>
        <translation>확인 전화 대기</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>종결 전 전체</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>기한 필터</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>모든 기한</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘 마감</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>마감 임박</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>종류 필터</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>경로 필터</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>모든 경로</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>부서 필터</translation>
    </message>
    <message>
        <source>Every department</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>Assignee…</source>
        <translation>담당자…</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>담당자 필터</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>배정(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Start work</source>
        <translation>처리 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Ask to su&amp;pplement…</source>
        <translation>보완 요구(&amp;P)…</translation>
    </message>
    <message>
        <source>Supplement &amp;received…</source>
        <translation>보완 완료(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delay notice…</source>
        <translation>연장 통지(&amp;D)…</translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation>답변(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Follow-up call…</source>
        <translation>확인 전화(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>종결(&amp;L)…</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 초과</translation>
    </message>
    <message>
        <source>%1 today</source>
        <translation>%1 오늘</translation>
    </message>
    <message>
        <source>%1 complaints</source>
        <translation>민원 %1건</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>재배정(&amp;A)…</translation>
    </message>
    <message>
        <source>Complaint registered.</source>
        <translation>민원을 접수했습니다.</translation>
    </message>
    <message>
        <source>Assignment saved.</source>
        <translation>담당을 배정했습니다.</translation>
    </message>
    <message>
        <source>Work started.</source>
        <translation>처리를 시작했습니다.</translation>
    </message>
    <message>
        <source>Supplementation requested: the deadline is paused.</source>
        <translation>보완을 요구했습니다. 처리기간이 멈춥니다.</translation>
    </message>
    <message>
        <source>Supplement received: the deadline moved.</source>
        <translation>보완이 도착했습니다. 처리기한이 늦춰졌습니다.</translation>
    </message>
    <message>
        <source>Delay notice recorded.</source>
        <translation>처리기간 연장 통지를 기록했습니다.</translation>
    </message>
    <message>
        <source>Answer recorded. Next: the follow-up call.</source>
        <translation>답변을 기록했습니다. 다음은 확인 전화입니다.</translation>
    </message>
    <message>
        <source>Follow-up call recorded.</source>
        <translation>확인 전화 결과를 기록했습니다.</translation>
    </message>
    <message>
        <source>Complaint closed.</source>
        <translation>민원을 종결했습니다.</translation>
    </message>
    <message>
        <source>The file is missing from the data folder: %1</source>
        <translation>데이터 폴더에 파일이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source>Time left</source>
        <translation>남은 기한</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>처리기한</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>민원인</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Masked: the complaint is not yours to handle. Select it to see the citizen in full (the look is recorded).</source>
        <translation>마스킹됨: 담당 민원이 아닙니다. 민원을 선택하면 민원인 정보가 모두 보이며, 열람 기록이 남습니다.</translation>
    </message>
    <message>
        <source>Extended by a delay notice; the law&apos;s deadline was %1</source>
        <translation>처리기간 연장 통지로 늦춰졌습니다. 법정 기한은 %1이었습니다.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages}쪽 중 {page}쪽</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>용어 정의</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>기한 내 답변</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>기한 후 답변</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>미처리(기한 경과)</translation>
    </message>
    <message>
        <source>Open within the deadline</source>
        <translation>처리 중(기한 내)</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>기한 내 처리율(%)</translation>
    </message>
    <message>
        <source>Median hours to answer</source>
        <translation>답변 소요 중앙값(근무시간)</translation>
    </message>
    <message>
        <source>90th percentile hours</source>
        <translation>90번째 백분위수(근무시간)</translation>
    </message>
    <message>
        <source>Delay notices</source>
        <translation>처리기간 연장</translation>
    </message>
    <message>
        <source>Second delay notices</source>
        <translation>2차 연장</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>보완 요구 건</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>보완 요구 횟수</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>사후 확인 전화</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>회신</translation>
    </message>
    <message>
        <source>Called back in time</source>
        <translation>기한 내 회신</translation>
    </message>
    <message>
        <source>Called back late</source>
        <translation>기한 후 회신</translation>
    </message>
    <message>
        <source>Open past the due</source>
        <translation>미회신(기한 경과)</translation>
    </message>
    <message>
        <source>Open within the due</source>
        <translation>미회신(기한 내)</translation>
    </message>
    <message>
        <source>Callbacks in time %</source>
        <translation>기한 내 회신율(%)</translation>
    </message>
    <message>
        <source>Median hours to callback</source>
        <translation>회신 소요 중앙값(근무시간)</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>대리자 이관</translation>
    </message>
    <message>
        <source>Phone memos</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Phone memos: callbacks within 24 working hours</source>
        <translation>전화 메모: 24근무시간 내 회신</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>방문 예약</translation>
    </message>
    <message>
        <source>Host ready in time</source>
        <translation>5분 전 준비</translation>
    </message>
    <message>
        <source>Host ready late</source>
        <translation>늦은 준비</translation>
    </message>
    <message>
        <source>Not ready past the mark</source>
        <translation>미준비(시점 경과)</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>시점 전</translation>
    </message>
    <message>
        <source>Ready in time %</source>
        <translation>5분 전 준비율(%)</translation>
    </message>
    <message>
        <source>Appointments: host ready 5 minutes before</source>
        <translation>방문 예약: 담당자 5분 전 준비</translation>
    </message>
    <message>
        <source>Outbound visits</source>
        <translation>외부 방문</translation>
    </message>
    <message>
        <source>Called on time</source>
        <translation>기한 내 전화</translation>
    </message>
    <message>
        <source>Called late</source>
        <translation>기한 후 전화</translation>
    </message>
    <message>
        <source>Not called past the due</source>
        <translation>미전화(기한 경과)</translation>
    </message>
    <message>
        <source>Called on time %</source>
        <translation>안내 전화 이행률(%)</translation>
    </message>
    <message>
        <source>Outbound visits: calls the day before</source>
        <translation>외부 방문: 방문 전 안내 전화</translation>
    </message>
    <message>
        <source>No department</source>
        <translation>부서 없음</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>The whole agency</source>
        <translation>기관 전체</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준 시점</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>작성 일시</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>민원 접수</translation>
    </message>
    <message>
        <source>Complaints answered on time %</source>
        <translation>민원 기한 내 처리율(%)</translation>
    </message>
    <message>
        <source>Median working hours to answer</source>
        <translation>답변 소요 중앙값(근무시간)</translation>
    </message>
    <message>
        <source>Complaints open past the deadline</source>
        <translation>기한 경과 미처리 민원</translation>
    </message>
    <message>
        <source>Callbacks within 24 working hours %</source>
        <translation>24근무시간 내 회신율(%)</translation>
    </message>
    <message>
        <source>Hosts ready 5 minutes before %</source>
        <translation>담당자 5분 전 준비율(%)</translation>
    </message>
    <message>
        <source>Calls the day before a visit on time %</source>
        <translation>방문 전 안내 전화 이행률(%)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>유형별</translation>
    </message>
    <message>
        <source>Complaints by kind</source>
        <translation>민원 유형별</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>접수 경로별</translation>
    </message>
    <message>
        <source>Complaints by channel</source>
        <translation>민원 접수 경로별</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>접수 경로</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>부서별</translation>
    </message>
    <message>
        <source>Complaints by department</source>
        <translation>민원 부서별</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>이행실적 보고서</translation>
    </message>
    <message>
        <source>Complaints answered on time, % by kind and month</source>
        <translation>민원 기한 내 처리율, 유형·월별(%)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>명령줄</translation>
    </message>
</context>
<context>
    <name>ComplianceReportDialog</name>
    <message>
        <source>Compliance report</source>
        <translation>이행실적 보고서</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>지난달</translation>
    </message>
    <message>
        <source>A quarter</source>
        <translation>분기</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>기간 지정</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>%1분기</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>조회(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>기간(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;From – to</source>
        <translation>시작 – 끝(&amp;F)</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>요약 수치</translation>
    </message>
    <message>
        <source>Save &amp;XLSX…</source>
        <translation>XLSX로 저장(&amp;X)…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>이행실적 보고서 저장</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>ARCO Desk: unexpected error</source>
        <translation>ARCO Desk: 예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong inside ARCO Desk. Your saved data is safe. Please copy this report and send it to the administrator.</source>
        <translation>ARCO Desk 내부에서 문제가 발생했습니다. 저장된 자료는 안전합니다. 아래 보고서를 복사하여 관리자에게 보내 주세요.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>로그 파일: %1</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>오류 보고서</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>보고서 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DeadlineItemType</name>
    <message>
        <source>Complaint</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>Phone memo</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Call before a visit</source>
        <translation>방문 전 연락</translation>
    </message>
</context>
<context>
    <name>DelayNoticeDialog</name>
    <message>
        <source>Delay notice</source>
        <translation>처리기간 연장 통지</translation>
    </message>
    <message>
        <source>Deadline now: %1. The new date may be at most %2.</source>
        <translation>현재 기한: %1. 새 처리 예정일은 %2까지 가능합니다.</translation>
    </message>
    <message>
        <source>The reason, as told to the citizen</source>
        <translation>민원인에게 알린 지연 사유</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <source>The citizen agreed to this second extension</source>
        <translation>민원인이 두 번째 연장에 동의했습니다</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>지연 사유(&amp;R) *</translation>
    </message>
    <message>
        <source>&amp;New expected date *</source>
        <translation>새 처리 예정일(&amp;N) *</translation>
    </message>
    <message>
        <source>Citizen told &amp;by *</source>
        <translation>안내 방법(&amp;B) *</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>민원인 동의</translation>
    </message>
</context>
<context>
    <name>DeskSettingsDialog</name>
    <message>
        <source>Phone desk settings</source>
        <translation>전화 응대 설정</translation>
    </message>
    <message>
        <source>{agency}, {department} and {name} are filled in with the agency and the staff member of this PC.</source>
        <translation>{agency}, {department}, {name}에는 기관 이름과 이 PC 직원의 부서·이름이 들어갑니다.</translation>
    </message>
    <message>
        <source> working minutes</source>
        <translation> 근무분</translation>
    </message>
    <message>
        <source>&amp;Greeting script</source>
        <translation>인사말(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Escalate unread after</source>
        <translation>미확인 경고 시간(&amp;E)</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Search by name, department, duty or extension (Ctrl+F)</source>
        <translation>이름, 부서, 담당업무, 내선번호로 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation>직원 검색</translation>
    </message>
    <message>
        <source>Presence filter</source>
        <translation>재실 상태 필터</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새 직원(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Presence…</source>
        <translation>재실 상태(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Staff details</source>
        <translation>직원 상세</translation>
    </message>
    <message>
        <source>All departments (%1)</source>
        <translation>전체 부서 (%1)</translation>
    </message>
    <message>
        <source>%1 staff</source>
        <translation>직원 %1명</translation>
    </message>
    <message>
        <source>No staff member matches.</source>
        <translation>조건에 맞는 직원이 없습니다.</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>%1 복귀 예정</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>담당업무</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>내선</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>직통번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Stand-in</source>
        <translation>대리자</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Absent: route callers and visitors to %1.</source>
        <translation>부재 중: 전화와 방문객은 %1에게 안내하세요.</translation>
    </message>
    <message>
        <source>Staff member added.</source>
        <translation>직원을 추가했습니다.</translation>
    </message>
    <message>
        <source>Staff member saved.</source>
        <translation>직원 정보를 저장했습니다.</translation>
    </message>
    <message>
        <source>Presence saved.</source>
        <translation>재실 상태를 저장했습니다.</translation>
    </message>
    <message>
        <source>%1 staff imported, %2 rows skipped.</source>
        <translation>직원 %1명을 가져왔고 %2행은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>직원안내</translation>
    </message>
</context>
<context>
    <name>EmailReplyDialog</name>
    <message>
        <source>Answered by e-mail</source>
        <translation>이메일로 회신함</translation>
    </message>
    <message>
        <source>Optional: what the e-mail said</source>
        <translation>선택: 이메일 내용</translation>
    </message>
    <message>
        <source>&amp;Sent to *</source>
        <translation>보낸 주소(&amp;S) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>재배정</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>처리 시작</translation>
    </message>
    <message>
        <source>Supplementation requested</source>
        <translation>보완 요구</translation>
    </message>
    <message>
        <source>Supplementation received</source>
        <translation>보완 완료</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>처리기간 연장 통지</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>확인 전화</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
</context>
<context>
    <name>ExportReasonDialog</name>
    <message>
        <source>Reason for the export</source>
        <translation>내보내는 사유</translation>
    </message>
    <message>
        <source>e.g. monthly review for November</source>
        <translation>예: 11월 정기 점검</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>사유(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Take this value</source>
        <translation>이 값 쓰기</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>First administrator</source>
        <translation>첫 관리자</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Make yours: you become its administrator and privacy officer, and then give every colleague an account under Admin › Accounts.</source>
        <translation>이 데이터베이스에는 아직 계정이 없습니다. 본인 계정을 만드세요. 관리자이자 개인정보 보호책임자가 되며, 이후 관리 › 계정에서 동료들의 계정을 만들어 주세요.</translation>
    </message>
    <message>
        <source>e.g. kim.minjun</source>
        <translation>예: kim.minjun</translation>
    </message>
    <message>
        <source>&amp;You in the directory</source>
        <translation>직원 명부의 본인(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Sign-in name</source>
        <translation>사용자 이름(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>새 비밀번호 확인(&amp;R)</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>만들고 로그인</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow-up call</source>
        <translation>확인 전화</translation>
    </message>
    <message>
        <source>Call %1 (%2): confirm the result and ask about further questions.</source>
        <translation>%1 님(%2)께 전화해 처리 결과를 확인하고 추가 문의가 있는지 여쭈세요.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <source>&amp;Outcome *</source>
        <translation>결과(&amp;O) *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FollowUpOutcome</name>
    <message>
        <source>Reached · no further questions</source>
        <translation>통화함 · 추가 문의 없음</translation>
    </message>
    <message>
        <source>Reached · further questions</source>
        <translation>통화함 · 추가 문의 있음</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>연락 안 됨</translation>
    </message>
</context>
<context>
    <name>Footnote</name>
    <message>
        <source>An item belongs to the period in which it came in: a complaint when it was received, a phone memo when the call was taken, an appointment when it starts, an outbound visit when its call was due. Periods are counted in Asia/Seoul time; a month runs from the 1st 00:00 to the next 1st 00:00.</source>
        <translation>각 건은 발생한 기간에 속합니다. 민원은 접수 시점, 전화 메모는 전화를 받은 시점, 방문 예약은 시작 시점, 외부 방문은 하루 전 전화의 기한 시점입니다. 기간은 한국 표준시(Asia/Seoul) 기준이며, 한 달은 1일 00:00부터 다음 달 1일 00:00까지입니다.</translation>
    </message>
    <message>
        <source>Everything is judged as it stood at the moment the report was made, printed as its &apos;as of&apos; beside the period, also for a past period: an item answered since the period ended counts as answered. An item open past its deadline counts as late, and stays late when it is answered later.</source>
        <translation>모든 수치는 보고서를 만든 시점(기간 옆에 &apos;기준 시점&apos;으로 표시)의 상태로 판단하며, 지난 기간도 같습니다. 기간이 끝난 뒤 답변한 건도 답변으로 셉니다. 기한이 지나도록 처리되지 않은 건은 기한 초과로 보며, 나중에 답변해도 기한 초과로 남습니다.</translation>
    </message>
    <message>
        <source>On time: done at or before the deadline. Late: done after it, or not done and past it. Not done and the deadline still ahead: in progress, outside the rate. A rate has no figure when nothing is on time or late.</source>
        <translation>기한 준수: 기한 또는 그 전에 처리. 기한 초과: 기한 후 처리했거나, 처리하지 않은 채 기한이 지남. 처리하지 않았고 기한이 아직 남은 건은 처리 중으로, 비율에서 제외합니다. 기한 준수나 초과가 한 건도 없으면 비율은 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Working time is counted as the deadlines are: Monday to Friday, 09:00-12:00 and 13:00-18:00 Asia/Seoul, without public holidays and the agency&apos;s closures; time before the next working moment does not count.</source>
        <translation>근무시간은 처리기한과 같은 방식으로 셉니다. 월요일부터 금요일, 09:00-12:00과 13:00-18:00(한국 표준시)이며 공휴일과 기관 휴무일은 제외합니다. 다음 근무 시작 전의 시간은 세지 않습니다.</translation>
    </message>
    <message>
        <source>Median: the middle value, or the mean of the two middle values for an even count. 90th percentile: nearest rank, the value at rank 0.9 × n rounded up, in ascending order.</source>
        <translation>중앙값: 가운데 값(짝수 개이면 가운데 두 값의 평균). 90번째 백분위수: 최근접 순위법으로, 오름차순에서 0.9 × n을 올림한 순위의 값.</translation>
    </message>
    <message>
        <source>Each complaint counts once in the total and once in each grouping: by kind, by channel and by department (complaints no department handles are grouped apart).</source>
        <translation>각 민원은 합계에 한 번, 유형별·접수 경로별·부서별 구분에 각각 한 번 셉니다(담당 부서가 없는 민원은 따로 묶습니다).</translation>
    </message>
    <message>
        <source>Complaints received in the period.</source>
        <translation>기간 중 접수한 민원.</translation>
    </message>
    <message>
        <source>Complaints of the period answered.</source>
        <translation>기간 중 접수한 민원 가운데 답변한 민원.</translation>
    </message>
    <message>
        <source>Answered at or before the deadline in force: the date of a delay notice made before the deadline, else the legal deadline for the kind&apos;s period at receipt, moved by the working time of any pause for supplementation.</source>
        <translation>유효한 기한 또는 그 전에 답변: 기한 전에 한 처리기간 연장 통지의 날짜, 없으면 접수 당시 유형의 처리기간에 따른 법정 기한(보완 요구로 멈춘 근무시간만큼 늦춰짐).</translation>
    </message>
    <message>
        <source>Answered after the deadline in force.</source>
        <translation>유효한 기한 후에 답변.</translation>
    </message>
    <message>
        <source>Not answered, past the deadline in force: late.</source>
        <translation>답변하지 않았고 유효한 기한이 지남: 기한 초과.</translation>
    </message>
    <message>
        <source>Not answered, the deadline in force still ahead: in progress.</source>
        <translation>답변하지 않았고 유효한 기한이 아직 남음: 처리 중.</translation>
    </message>
    <message>
        <source>Answered on time ÷ (answered + not answered past the deadline).</source>
        <translation>기한 내 답변 ÷ (답변 + 기한이 지난 미답변).</translation>
    </message>
    <message>
        <source>Working time from receipt to answer of the complaints answered, pauses for supplementation included.</source>
        <translation>답변한 민원의 접수부터 답변까지의 근무시간(보완 요구 기간 포함).</translation>
    </message>
    <message>
        <source>Complaints extended by a delay notice.</source>
        <translation>처리기간 연장 통지로 연장한 민원.</translation>
    </message>
    <message>
        <source>Complaints extended a second time, with the citizen&apos;s consent.</source>
        <translation>민원인의 동의를 받아 두 번째로 연장한 민원.</translation>
    </message>
    <message>
        <source>Complaints whose clock was stopped at least once to wait for a supplement.</source>
        <translation>보완을 기다리느라 처리기간이 한 번 이상 멈춘 민원.</translation>
    </message>
    <message>
        <source>Pauses for supplementation, every one counted.</source>
        <translation>보완 요구 횟수(모두 셈).</translation>
    </message>
    <message>
        <source>Complaints answered whose follow-up call was made.</source>
        <translation>답변한 민원 가운데 사후 확인 전화를 한 민원.</translation>
    </message>
    <message>
        <source>The chart: the on-time rate of each kind for the complaints received in each month of the period; a month without a decided complaint of the kind has no bar.</source>
        <translation>차트: 기간의 각 달에 접수한 민원의 유형별 기한 준수율. 그 유형에 판정된 민원이 없는 달은 막대가 없습니다.</translation>
    </message>
    <message>
        <source>Phone memos of calls taken in the period.</source>
        <translation>기간 중 받은 전화의 전화 메모.</translation>
    </message>
    <message>
        <source>Memos done: the caller was called back or answered by e-mail, or the call was registered as a complaint.</source>
        <translation>처리한 메모: 전화로 회신했거나 이메일로 답했거나, 민원으로 접수함.</translation>
    </message>
    <message>
        <source>Called back at or before the callback due: the standard&apos;s 24 working hours after the call.</source>
        <translation>회신 기한(이행표준: 전화 후 24근무시간) 또는 그 전에 회신.</translation>
    </message>
    <message>
        <source>Called back after the callback due.</source>
        <translation>회신 기한 후에 회신.</translation>
    </message>
    <message>
        <source>Not called back, past the callback due: late.</source>
        <translation>회신하지 않았고 회신 기한이 지남: 기한 초과.</translation>
    </message>
    <message>
        <source>Not called back, the callback due still ahead: in progress.</source>
        <translation>회신하지 않았고 회신 기한이 아직 남음: 처리 중.</translation>
    </message>
    <message>
        <source>Called back in time ÷ (called back + not called back past the due).</source>
        <translation>기한 내 회신 ÷ (회신 + 기한이 지난 미회신).</translation>
    </message>
    <message>
        <source>Working time from the call to the callback, of the memos called back.</source>
        <translation>회신한 메모의 전화부터 회신까지의 근무시간.</translation>
    </message>
    <message>
        <source>Memos escalated to a stand-in for being left unread.</source>
        <translation>읽지 않아 대리자에게 넘어간 메모.</translation>
    </message>
    <message>
        <source>Pre-arranged visits starting in the period, cancelled ones left out.</source>
        <translation>기간 중 시작하는 사전 약속 방문(취소된 것 제외).</translation>
    </message>
    <message>
        <source>The host was ready at least the standard&apos;s 5 minutes (clock time) before the start; exactly 5 minutes counts.</source>
        <translation>담당자가 시작 최소 5분 전(이행표준, 실제 시각 기준)에 준비함. 정확히 5분 전도 포함.</translation>
    </message>
    <message>
        <source>The host was ready, but later than that.</source>
        <translation>담당자가 준비했으나 그보다 늦음.</translation>
    </message>
    <message>
        <source>The host has not said they are ready, and the 5-minute mark has passed: late.</source>
        <translation>담당자가 준비를 알리지 않았고 5분 전 시점이 지남: 기한 초과.</translation>
    </message>
    <message>
        <source>Not ready yet, the 5-minute mark still ahead: in progress.</source>
        <translation>아직 준비 전이고 5분 전 시점이 남음: 처리 중.</translation>
    </message>
    <message>
        <source>Ready in time ÷ (ready + not ready past the 5-minute mark).</source>
        <translation>제때 준비 ÷ (준비 + 5분 전 시점이 지난 미준비).</translation>
    </message>
    <message>
        <source>Outbound visits whose call the day before was due in the period.</source>
        <translation>하루 전 전화의 기한이 기간 중인 외부 방문.</translation>
    </message>
    <message>
        <source>The call was made at or before its due: 18:00 on the last working day before the visit.</source>
        <translation>전화 기한(방문 전 마지막 근무일 18:00) 또는 그 전에 전화함.</translation>
    </message>
    <message>
        <source>The call was made after its due.</source>
        <translation>전화 기한 후에 전화함.</translation>
    </message>
    <message>
        <source>No call, past its due: late.</source>
        <translation>전화하지 않았고 기한이 지남: 기한 초과.</translation>
    </message>
    <message>
        <source>No call yet, its due still ahead: in progress.</source>
        <translation>아직 전화하지 않았고 기한이 남음: 처리 중.</translation>
    </message>
    <message>
        <source>Called on time ÷ (called + not called past the due).</source>
        <translation>기한 내 전화 ÷ (전화 + 기한이 지난 미전화).</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Pass on to a colleague</source>
        <translation>동료에게 전달</translation>
    </message>
    <message>
        <source>e.g. not my duty: 해외 레지던시 is 국제교류부</source>
        <translation>예: 담당 업무 아님, 해외 레지던시는 국제교류부</translation>
    </message>
    <message>
        <source>&amp;Colleague *</source>
        <translation>받을 직원(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>전달 이유(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Reassign open work — %1</source>
        <translation>업무 일괄 이관 — %1</translation>
    </message>
    <message>
        <source>The shared queue of %1 (nobody named)</source>
        <translation>%1 공동 대기 (담당자 미지정)</translation>
    </message>
    <message>
        <source>&amp;Hand over to</source>
        <translation>넘길 곳(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Whose work</source>
        <translation>누구의 업무(&amp;W)</translation>
    </message>
    <message>
        <source>Hand &amp;over</source>
        <translation>넘기기(&amp;O)</translation>
    </message>
    <message>
        <source>the shared queue of %1</source>
        <translation>%1 공동 대기</translation>
    </message>
    <message>
        <source>%1 has no open memos or complaints.</source>
        <translation>%1 님에게는 열린 메모나 민원이 없습니다.</translation>
    </message>
    <message>
        <source>Hand %1 open memos and %2 open complaints over to %3.</source>
        <comment>to the department&apos;s shared queue</comment>
        <translation>열린 메모 %1건과 민원 %2건을 %3로 넘깁니다.</translation>
    </message>
    <message>
        <source>Hand %1 open memos and %2 open complaints over to %3.</source>
        <translation>열린 메모 %1건과 민원 %2건을 %3에게 넘깁니다.</translation>
    </message>
    <message>
        <source>This hand-over was already saved.</source>
        <translation>이 이관은 이미 저장되었습니다.</translation>
    </message>
    <message>
        <source>Handed %1 memos and %2 complaints over to %3.</source>
        <translation>메모 %1건과 민원 %2건을 %3에게 넘겼습니다.</translation>
    </message>
    <message>
        <source>%1 were answered or passed on from another PC meanwhile and stayed as they were.</source>
        <translation>%1건은 그사이 다른 PC에서 답변되거나 넘겨져 그대로 두었습니다.</translation>
    </message>
</context>
<context>
    <name>HostNote</name>
    <message>
        <source>back at %1</source>
        <translation>%1 복귀 예정</translation>
    </message>
    <message>
        <source>Away: visitors go to the stand-in %1.</source>
        <translation>부재 중: 방문객은 대리자 %1 님께 안내합니다.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>This PC&apos;s staff member</source>
        <translation>이 PC의 직원</translation>
    </message>
    <message>
        <source>Memos for this person appear under My memos on this PC, and the greeting names them. Leave it empty for a shared PC.</source>
        <translation>이 직원에게 온 메모가 이 PC의 &apos;내 메모&apos;에 표시되고, 인사말에 이 직원의 부서와 이름이 들어갑니다. 여럿이 쓰는 PC라면 비워 두세요.</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>직원(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff</source>
        <translation>직원 가져오기</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file with a header row.</source>
        <translation>첫 줄에 열 이름이 있는 CSV 또는 XLSX 파일을 고르세요.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>가져오기 미리보기</translation>
    </message>
    <message>
        <source>&amp;Import good rows</source>
        <translation>정상 행 가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Staff lists (*.csv *.xlsx)</source>
        <translation>직원 목록 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>%1 rows can be imported, %2 rows have errors and will be skipped.</source>
        <translation>%1행을 가져올 수 있고, 오류가 있는 %2행은 건너뜁니다.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Export list…</source>
        <translation>목록 내보내기…</translation>
    </message>
    <message>
        <source>The rows of this filter to an Excel or CSV file (%1)</source>
        <translation>이 조건의 모든 행을 엑셀 또는 CSV 파일로 내보냅니다 (%1)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>목록 내보내기</translation>
    </message>
    <message>
        <source>The list is still being exported.</source>
        <translation>목록을 아직 내보내는 중입니다.</translation>
    </message>
    <message>
        <source>The list is empty: nothing to export.</source>
        <translation>목록이 비어 있어 내보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>The list holds %1 rows; an export takes at most %2. Narrow the filter first.</source>
        <translation>목록이 %1행입니다. 한 번에 %2행까지 내보낼 수 있으니 조건을 좁혀 주세요.</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>목록 내보내는 중…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1행을 %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>(the list grew past %1 rows: only the first were written)</source>
        <translation>(목록이 %1행을 넘어 앞의 %1행만 저장했습니다)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>답변</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종결</translation>
    </message>
    <message>
        <source>Staff directory</source>
        <translation>직원 안내</translation>
    </message>
    <message>
        <source>Phone memos</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Done via</source>
        <translation>완료 방법</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>예약 없는 방문</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>방문 목적</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <source>Calls before outbound visits</source>
        <translation>방문 전 통화</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>통화 기한</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>통화함</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>visits-%1</source>
        <translation>방문-%1</translation>
    </message>
</context>
<context>
    <name>ListReader</name>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
</context>
<context>
    <name>ListReasonDialog</name>
    <message>
        <source>Reason for the export</source>
        <translation>내보내기 사유</translation>
    </message>
    <message>
        <source>The list holds personal data (%1 rows). Say why it is taken out: the export is recorded with the reason.</source>
        <translation>목록에 개인정보가 있습니다(%1행). 내보내는 사유를 적어 주세요. 사유와 함께 접속기록에 남습니다.</translation>
    </message>
    <message>
        <source>e.g. monthly report to the team lead</source>
        <translation>예: 팀장 월간 보고</translation>
    </message>
    <message>
        <source>&amp;Reason *</source>
        <translation>사유(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Sign-in name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Another &amp;operator…</source>
        <translation>다른 근무자로 로그인(&amp;O)…</translation>
    </message>
    <message>
        <source>Locked. %1, type your password to go on.</source>
        <translation>잠겼습니다. %1 님, 계속하려면 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Sign in as the operator taking over this PC.</source>
        <translation>이 PC를 이어받는 근무자로 로그인하세요.</translation>
    </message>
    <message>
        <source>This password must be changed: sign in from the start of ARCO Desk.</source>
        <translation>비밀번호를 바꿔야 합니다. ARCO Desk를 다시 시작해 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Staff directory</source>
        <translation>직원 안내</translation>
    </message>
    <message>
        <source>ARCO Desk</source>
        <translation>ARCO Desk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>업무 탭</translation>
    </message>
    <message>
        <source>Phone memos</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>방문 접수</translation>
    </message>
    <message>
        <source>Overdue board</source>
        <translation>기한 현황</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>관리(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>휴무일 달력(&amp;C)…</translation>
    </message>
    <message>
        <source>Service &amp;standard…</source>
        <translation>고객응대 이행표준(&amp;S)…</translation>
    </message>
    <message>
        <source>Visitor data &amp;retention…</source>
        <translation>방문객 개인정보 보존·파기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>백업·복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Settings of this &amp;PC…</source>
        <translation>이 PC 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>This PC&apos;s &amp;staff member…</source>
        <translation>이 PC의 직원(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>계정(&amp;A)…</translation>
    </message>
    <message>
        <source>Access recor&amp;ds…</source>
        <translation>접속기록 점검(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>보고서(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compliance report…</source>
        <translation>이행실적 보고서(&amp;C)…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>여는 중…</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting. What you type is kept; saving waits until the database is back.</source>
        <translation>연결 끊김 — 다시 연결 중입니다. 입력한 내용은 그대로 있으며, 데이터베이스가 돌아오면 저장할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connected again. Lists are up to date.</source>
        <translation>다시 연결되었습니다. 목록이 최신 상태입니다.</translation>
    </message>
    <message>
        <source>The call before a visit is recorded at the reception desk or by the person making the visit.</source>
        <translation>방문 전날 전화는 안내데스크나 방문하는 직원이 기록합니다.</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>내 계정(&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>비밀번호 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>화면 잠금(&amp;L)</translation>
    </message>
    <message>
        <source>Another &amp;operator…</source>
        <translation>다른 근무자로 로그인(&amp;O)…</translation>
    </message>
    <message>
        <source>ARCO Desk — %1</source>
        <translation>ARCO Desk — %1</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>비밀번호를 바꿨습니다.</translation>
    </message>
    <message>
        <source>Saved. The new database or mode applies when ARCO Desk is started again.</source>
        <translation>저장했습니다. 새 데이터베이스 주소나 용도는 ARCO Desk를 다시 시작하면 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>MemoDetailDialog</name>
    <message>
        <source>Phone memo</source>
        <translation>전화 메모</translation>
    </message>
</context>
<context>
    <name>MemoDetailView</name>
    <message>
        <source>Callback deadline</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>Memo status</source>
        <translation>메모 상태</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>맡기(&amp;C)</translation>
    </message>
    <message>
        <source>Take this department memo: it becomes yours</source>
        <translation>부서 전체로 온 메모를 내가 맡습니다</translation>
    </message>
    <message>
        <source>Called &amp;back…</source>
        <translation>회신 전화함(&amp;B)…</translation>
    </message>
    <message>
        <source>Answered by e-&amp;mail…</source>
        <translation>이메일로 회신(&amp;M)…</translation>
    </message>
    <message>
        <source>Pass &amp;on…</source>
        <translation>동료에게 전달(&amp;O)…</translation>
    </message>
    <message>
        <source>Make a com&amp;plaint</source>
        <translation>민원으로 전환(&amp;P)</translation>
    </message>
    <message>
        <source>Register it as a complaint (민원) with the caller, text and call time</source>
        <translation>발신자, 용건, 전화 온 시각을 그대로 민원으로 접수합니다</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the memo slip as a PDF</source>
        <translation>메모지를 PDF로 저장</translation>
    </message>
    <message>
        <source>Choose a memo to read it.</source>
        <translation>메모를 고르면 여기에 내용이 보입니다.</translation>
    </message>
    <message>
        <source>call back: %1</source>
        <translation>회신: %1</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>전화 온 시각</translation>
    </message>
    <message>
        <source>For</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>History</source>
        <translation>처리 내역</translation>
    </message>
    <message>
        <source>The memo is yours now.</source>
        <translation>이 메모를 맡았습니다.</translation>
    </message>
    <message>
        <source>Called back: the memo is done.</source>
        <translation>회신 전화 완료: 메모를 처리했습니다.</translation>
    </message>
    <message>
        <source>Answered by e-mail: the memo is done.</source>
        <translation>이메일 회신 완료: 메모를 처리했습니다.</translation>
    </message>
    <message>
        <source>Passed on.</source>
        <translation>동료에게 전달했습니다.</translation>
    </message>
    <message>
        <source>Save memo slip</source>
        <translation>메모지 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1. Is the folder writable?</source>
        <translation>%1 파일을 쓰지 못했습니다. 폴더에 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Memo slip saved to %1</source>
        <translation>메모지를 %1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>MemoEvent</name>
    <message>
        <source>recorded and forwarded</source>
        <translation>접수·전달</translation>
    </message>
    <message>
        <source>shown on the recipient&apos;s PC</source>
        <translation>받는 사람 PC에 표시</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>claimed for the department</source>
        <translation>부서 메모 맡음</translation>
    </message>
    <message>
        <source>passed on</source>
        <translation>동료에게 전달</translation>
    </message>
    <message>
        <source>unread: escalated</source>
        <translation>미확인 경고</translation>
    </message>
    <message>
        <source>called back</source>
        <translation>회신 전화</translation>
    </message>
    <message>
        <source>answered by e-mail</source>
        <translation>이메일 회신</translation>
    </message>
    <message>
        <source>turned into a complaint</source>
        <translation>민원으로 전환</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>MemoForm</name>
    <message>
        <source>e.g. 김영희 (or 익명)</source>
        <translation>예: 김영희 (모르면 익명)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Set the time of the call to now</source>
        <translation>전화 온 시각을 지금으로</translation>
    </message>
    <message>
        <source>Where the colleague is</source>
        <translation>직원 재실 상태</translation>
    </message>
    <message>
        <source>What it is about, what the caller asks for</source>
        <translation>용건과 요청 사항</translation>
    </message>
    <message>
        <source>Earlier memos from this caller</source>
        <translation>이 발신자의 이전 메모</translation>
    </message>
    <message>
        <source>Caller &amp;name *</source>
        <translation>성함(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>소속(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>전화번호(&amp;P) *</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>Called &amp;at *</source>
        <translation>전화 온 시각(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;For (colleague) *</source>
        <translation>찾는 직원(&amp;F) *</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>전달 대상(&amp;T)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>&amp;Message *</source>
        <translation>용건(&amp;M) *</translation>
    </message>
    <message>
        <source>New memo</source>
        <translation>새 메모</translation>
    </message>
    <message>
        <source>Empty the form (Ctrl+N)</source>
        <translation>양식 비우기 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save and forward…</source>
        <translation>저장하고 전달(&amp;S)…</translation>
    </message>
    <message>
        <source>Read back, then save and forward (Ctrl+Enter)</source>
        <translation>요지를 확인한 뒤 저장하고 전달 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Logged: the caller was given %1&apos;s number %2.</source>
        <translation>기록함: %1님의 번호 %2을(를) 안내했습니다.</translation>
    </message>
    <message>
        <source>This caller before: %1 memos · %2 visits · %3 complaints</source>
        <translation>이 발신자의 이전 기록: 메모 %1 · 방문 %2 · 민원 %3</translation>
    </message>
    <message>
        <source>%1  Visit — %2 · %3</source>
        <translation>%1  방문 — %2 · %3</translation>
    </message>
    <message>
        <source>%1  Complaint #%4 — %2 · %3 [%5]</source>
        <translation>%1  민원 #%4 — %2 · %3 [%5]</translation>
    </message>
    <message>
        <source>the colleague (%1)</source>
        <translation>담당자(%1)</translation>
    </message>
    <message>
        <source>the colleague</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>stand-in (%1)</source>
        <translation>대리자(%1)</translation>
    </message>
    <message>
        <source>stand-in</source>
        <translation>대리자</translation>
    </message>
    <message>
        <source>whole %1</source>
        <translation>%1 전체</translation>
    </message>
    <message>
        <source>whole department</source>
        <translation>부서 전체</translation>
    </message>
    <message>
        <source>In — transfer the call and tell the caller:</source>
        <translation>재실 — 전화를 연결하고 이름과 번호를 알려 드리세요:</translation>
    </message>
    <message>
        <source>Stand-in is in — transfer to:</source>
        <translation>대리자 재실 — 대리자에게 연결:</translation>
    </message>
    <message>
        <source>back at %1</source>
        <translation>%1 복귀 예정</translation>
    </message>
    <message>
        <source>stand-in: %1 (%2)</source>
        <translation>대리자: %1 (%2)</translation>
    </message>
    <message>
        <source>no stand-in</source>
        <translation>대리자 없음</translation>
    </message>
</context>
<context>
    <name>MemoListPanel</name>
    <message>
        <source>Caller&apos;s name or number (Ctrl+F)</source>
        <translation>발신자 이름 또는 번호 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search memos</source>
        <translation>메모 검색</translation>
    </message>
    <message>
        <source>Any colleague</source>
        <translation>모든 직원</translation>
    </message>
    <message>
        <source>Colleague filter</source>
        <translation>직원 필터</translation>
    </message>
    <message>
        <source>Department filter</source>
        <translation>부서 필터</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>상태 필터</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Older done memos</source>
        <translation>지난 완료 메모</translation>
    </message>
    <message>
        <source>Also list memos done before today (search the whole history)</source>
        <translation>오늘 이전에 처리한 메모도 보기 (전체 기록 검색)</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>모든 부서</translation>
    </message>
    <message>
        <source>%1 memos</source>
        <translation>메모 %1건</translation>
    </message>
    <message>
        <source>phone-memos</source>
        <translation>전화메모</translation>
    </message>
</context>
<context>
    <name>MemoReasonsDialog</name>
    <message>
        <source>Memo reasons</source>
        <translation>메모 사유</translation>
    </message>
    <message>
        <source>e.g. 자료 요청</source>
        <translation>예: 자료 요청</translation>
    </message>
    <message>
        <source>e.g. Wants documents</source>
        <translation>예: Wants documents</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>New reason (&amp;Korean)</source>
        <translation>새 사유 (한국어)(&amp;K)</translation>
    </message>
    <message>
        <source>New reason (&amp;English)</source>
        <translation>새 사유 (영어)(&amp;E)</translation>
    </message>
    <message>
        <source>Ticked reasons are offered on new memos.</source>
        <translation>체크한 사유가 새 메모에 표시됩니다.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>추가함: %1</translation>
    </message>
</context>
<context>
    <name>MemoSlip</name>
    <message>
        <source>For</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>전화 온 시각</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>받아 적은 사람</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Phone memo</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>용건</translation>
    </message>
    <message>
        <source>Print memo slip</source>
        <translation>메모지 인쇄</translation>
    </message>
</context>
<context>
    <name>MemoStatus</name>
    <message>
        <source>Sent</source>
        <translation>전달됨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>수신됨</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>미확인 경고</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>처리 완료</translation>
    </message>
    <message>
        <source>called back</source>
        <translation>회신 전화</translation>
    </message>
    <message>
        <source>answered by e-mail</source>
        <translation>이메일 회신</translation>
    </message>
    <message>
        <source>became a complaint</source>
        <translation>민원 전환</translation>
    </message>
</context>
<context>
    <name>MemoTab</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Greeting and escalation…</source>
        <translation>인사말·미확인 경고…</translation>
    </message>
    <message>
        <source>Memo reasons…</source>
        <translation>메모 사유…</translation>
    </message>
    <message>
        <source>This PC&apos;s staff member…</source>
        <translation>이 PC의 직원…</translation>
    </message>
    <message>
        <source>Desk list</source>
        <translation>메모 목록</translation>
    </message>
    <message>
        <source>My memos</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Choose this PC&apos;s staff member under Settings to fill in the department and name.</source>
        <translation>설정 › 이 PC의 직원에서 직원을 고르면 부서와 이름이 채워집니다.</translation>
    </message>
    <message>
        <source>Memo forwarded to %1. Call back by %2.</source>
        <translation>%1에게 메모를 전달했습니다. 회신 기한: %2</translation>
    </message>
    <message>
        <source>%1 unread memos were escalated to the stand-in.</source>
        <translation>읽지 않은 메모 %1건을 대리자에게도 알렸습니다.</translation>
    </message>
    <message>
        <source>Phone desk settings saved.</source>
        <translation>전화 응대 설정을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>MemoTableModel</name>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>전화 시각</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>For</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>용건</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>%1 (whole department)</source>
        <translation>%1 (부서 전체)</translation>
    </message>
    <message>
        <source>%1 — whole department</source>
        <translation>%1 (부서 전체)</translation>
    </message>
    <message>
        <source>(for %1)</source>
        <translation>(%1 대신)</translation>
    </message>
    <message>
        <source>Masked: the memo is not yours to handle. Open it to see the caller in full (the look is recorded).</source>
        <translation>마스킹됨: 담당 메모가 아닙니다. 메모를 열면 발신자 정보가 모두 보이며, 열람 기록이 남습니다.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Check the fields marked in red.</source>
        <translation>빨간색으로 표시된 칸을 확인하세요.</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>Enter at most {limit:,} characters (now {length:,}).</source>
        <translation>{limit:,}자 이내로 입력하세요(지금 {length:,}자).</translation>
    </message>
    <message>
        <source>{who} changed this record at {at}, after you opened it. Their value is under each field marked in red; save again to keep what you typed, or take theirs.</source>
        <translation>이 화면을 연 뒤 {who}님이 {at}에 이 기록을 바꿨습니다. 빨간 칸 아래에 바뀐 값이 있습니다. 입력한 값으로 하려면 다시 저장하고, 바뀐 값을 쓰려면 &apos;이 값 쓰기&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>Someone at another PC</source>
        <translation>다른 PC의 사용자</translation>
    </message>
    <message>
        <source>Changed meanwhile to: {value}</source>
        <translation>그사이 바뀐 값: {value}</translation>
    </message>
    <message>
        <source>A search holds at most {limit} words.</source>
        <translation>검색어는 {limit}개 단어까지 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter a date from {earliest} to {latest}.</source>
        <translation>{earliest}부터 {latest}까지의 날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>{reason} E.g. 010-1234-5678, 02-760-4500 ext. 123 (at most {limit} characters)</source>
        <translation>{reason} 예: 010-1234-5678, 02-760-4500 내선 123 ({limit}자 이내)</translation>
    </message>
    <message>
        <source>Not an e-mail address (at most {limit} characters). E.g. name@example.com</source>
        <translation>이메일 주소 형식이 아닙니다({limit}자 이내). 예: name@example.com</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>기간의 끝({last})이 시작({first})보다 앞섭니다.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>전화번호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The phone number has letters in it: &apos;{text}&apos;</source>
        <translation>전화번호에 숫자가 아닌 글자가 섞여 있습니다: &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Not readable as a phone number: &apos;{text}&apos;</source>
        <translation>전화번호로 읽을 수 없습니다: &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Not a valid phone number: &apos;{text}&apos;</source>
        <translation>올바른 전화번호가 아닙니다: &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>부서를 선택하세요.</translation>
    </message>
    <message>
        <source>An extension is 2 to 6 digits.</source>
        <translation>내선번호는 숫자 2~6자리입니다.</translation>
    </message>
    <message>
        <source>Enter the department&apos;s name.</source>
        <translation>부서 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>The expected return time has already passed.</source>
        <translation>복귀 예정 시각이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>A person cannot stand in for themself.</source>
        <translation>본인을 대리자로 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s name. If unknown, write &apos;anonymous&apos;.</source>
        <translation>전화하신 분의 성함을 입력하세요. 모르면 &apos;익명&apos;이라고 적으세요.</translation>
    </message>
    <message>
        <source>Enter a way to call back (a phone number or an e-mail address).</source>
        <translation>회신할 연락처(전화번호 또는 이메일)를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter when the call came in.</source>
        <translation>전화 온 시각을 입력하세요.</translation>
    </message>
    <message>
        <source>The time of the call has no time zone.</source>
        <translation>전화 온 시각에 시간대가 없습니다.</translation>
    </message>
    <message>
        <source>The time of the call lies in the future ({called_at:%m/%d %H:%M}). Correct it to before now ({now:%H:%M}).</source>
        <translation>전화 온 시각이 미래입니다({called_at:%m/%d %H:%M}). 지금({now:%H:%M}) 이전으로 고치세요.</translation>
    </message>
    <message>
        <source>Choose the staff member the caller asked for.</source>
        <translation>누구를 찾는 전화인지 직원을 고르세요.</translation>
    </message>
    <message>
        <source>Enter what the call is about.</source>
        <translation>용건을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose where it goes: the person, the stand-in or the whole department.</source>
        <translation>전달 방법을 고르세요: 담당자, 대리자 또는 부서 전체.</translation>
    </message>
    <message>
        <source>Write what came of the call. E.g. schedule explained, documents to follow by e-mail</source>
        <translation>통화 결과를 적으세요. 예: 일정 안내함, 자료 메일 발송 예정</translation>
    </message>
    <message>
        <source>Write why you pass it on. E.g. not their duty</source>
        <translation>전달하는 이유를 적으세요. 예: 담당 업무가 아님</translation>
    </message>
    <message>
        <source>Enter the reason&apos;s name.</source>
        <translation>사유 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>This visitor has already been checked in.</source>
        <translation>이미 도착 처리된 방문객입니다.</translation>
    </message>
    <message>
        <source>This visit has already been checked out.</source>
        <translation>이미 퇴실 처리된 방문입니다.</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>취소된 예약입니다.</translation>
    </message>
    <message>
        <source>This visitor has not been checked in yet. Check them in first.</source>
        <translation>아직 도착(체크인)하지 않은 방문객입니다. 먼저 도착 처리하세요.</translation>
    </message>
    <message>
        <source>Already marked as host ready.</source>
        <translation>이미 응대 준비 완료로 표시되었습니다.</translation>
    </message>
    <message>
        <source>A visit that is &apos;{current}&apos; cannot become &apos;{target}&apos;.</source>
        <translation>&apos;{current}&apos; 상태에서는 &apos;{target}&apos;(으)로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the visitor&apos;s name.</source>
        <translation>방문객 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose the host. You can search by name or by duty.</source>
        <translation>담당자를 선택하세요. 이름이나 업무로 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the date and time of the visit.</source>
        <translation>방문 일시를 입력하세요.</translation>
    </message>
    <message>
        <source>That time has already passed (now {now:%m-%d %H:%M}).</source>
        <translation>이미 지난 시각입니다 (지금 {now:%m-%d %H:%M}).</translation>
    </message>
    <message>
        <source>Appointments more than a year ahead cannot be booked.</source>
        <translation>1년이 넘게 남은 예약은 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter the end time.</source>
        <translation>끝나는 시각을 입력하세요.</translation>
    </message>
    <message>
        <source>The end time is not after the start time.</source>
        <translation>끝나는 시각이 시작 시각보다 빠르거나 같습니다.</translation>
    </message>
    <message>
        <source>A visit may last at most {hours} hours.</source>
        <translation>예상 소요 시간은 {hours}시간 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>Companions cannot be fewer than 0.</source>
        <translation>동행 인원은 0명 이상입니다.</translation>
    </message>
    <message>
        <source>Enter at most {limit} companions.</source>
        <translation>동행 인원은 {limit}명 이하로 입력하세요.</translation>
    </message>
    <message>
        <source>Choose whom the visitor wants to see. If the name is unknown, search by duty.</source>
        <translation>만날 직원을 선택하세요. 이름을 모르면 업무로 찾으세요.</translation>
    </message>
    <message>
        <source>Enter the purpose of the visit.</source>
        <translation>방문 목적을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the pass number.</source>
        <translation>출입증 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>The check-out time is before the arrival ({arrived_at:%H:%M}).</source>
        <translation>퇴실 시각이 도착 시각({arrived_at:%H:%M})보다 빠릅니다.</translation>
    </message>
    <message>
        <source>The check-out time has not come yet.</source>
        <translation>퇴실 시각이 아직 오지 않았습니다.</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first} 또는 {rest}</translation>
    </message>
    <message>
        <source>This complaint is not paused for supplementation.</source>
        <translation>보완 요구 중인 민원이 아닙니다.</translation>
    </message>
    <message>
        <source>A complaint that is &apos;{status}&apos; cannot take the step &apos;{action}&apos; (possible when {needed}).</source>
        <translation>‘{status}’ 상태의 민원에는 ‘{action}’ 단계를 진행할 수 없습니다({needed} 상태에서 가능).</translation>
    </message>
    <message>
        <source>The processing period is paused for supplementation. When the documents arrive, record &apos;Supplementation received&apos; first.</source>
        <translation>보완 요구 중이라 처리기간이 멈춰 있습니다. 보완 서류가 도착하면 먼저 ‘보완 완료’를 기록하세요.</translation>
    </message>
    <message>
        <source>{period} → {due}</source>
        <translation>{period} → {due}</translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation>1근무시간</translation>
    </message>
    <message>
        <source>{hours} working hours</source>
        <translation>{hours}근무시간</translation>
    </message>
    <message>
        <source>1 working day ({hours} working hours)</source>
        <translation>1근무일({hours}근무시간)</translation>
    </message>
    <message>
        <source>{days} working days ({hours} working hours)</source>
        <translation>{days}근무일({hours}근무시간)</translation>
    </message>
    <message>
        <source>{days} working days, first day counted</source>
        <translation>{days}근무일, 첫날 산입</translation>
    </message>
    <message>
        <source>Immediately ({hours} working hours)</source>
        <translation>즉시 ({hours}근무시간)</translation>
    </message>
    <message>
        <source>‘{period}’ is not a period. Choose working hours, working days or immediately.</source>
        <translation>‘{period}’은(는) 처리기간이 아닙니다. 근무시간, 근무일 또는 즉시 중에서 고르세요.</translation>
    </message>
    <message>
        <source>Enter a code for the kind (lowercase letters, digits and _).</source>
        <translation>유형 코드를 입력하세요(영문 소문자, 숫자, _).</translation>
    </message>
    <message>
        <source>A code is a lowercase letter followed by lowercase letters, digits or _, at most {limit} characters.</source>
        <translation>코드는 영문 소문자로 시작하고 영문 소문자, 숫자, _만 쓸 수 있으며 {limit}자까지입니다.</translation>
    </message>
    <message>
        <source>Another kind already has the code ‘{code}’.</source>
        <translation>코드 ‘{code}’은(는) 다른 유형이 이미 쓰고 있습니다.</translation>
    </message>
    <message>
        <source>Enter the kind&apos;s name.</source>
        <translation>유형 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Another kind is already called ‘{name}’. Give this one its own name.</source>
        <translation>‘{name}’(이)라는 유형이 이미 있습니다. 다른 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>The standard needs at least one complaint kind.</source>
        <translation>이행표준에는 민원 유형이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>Choose the default kind among the kinds.</source>
        <translation>기본 유형(기타)을 유형 목록에서 고르세요.</translation>
    </message>
    <message>
        <source>Only the default kind takes a period of its own; the other kinds have the standard&apos;s.</source>
        <translation>건별 처리기간은 기본 유형(기타)에만 정할 수 있습니다. 다른 유형은 이행표준의 처리기간을 따릅니다.</translation>
    </message>
    <message>
        <source>Enter the legal basis of this period (for example the decree&apos;s annex and item).</source>
        <translation>이 처리기간의 법적 근거를 입력하세요(예: 민원처리법 시행령 별표 …).</translation>
    </message>
    <message>
        <source>{days} day overdue</source>
        <translation>{days}일 초과</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days}일 초과</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>{late:hm} overdue</source>
        <translation>{late:hm} 초과</translation>
    </message>
    <message>
        <source>today {due:%H:%M}</source>
        <translation>오늘 {due:%H:%M}</translation>
    </message>
    <message>
        <source>D-{days}</source>
        <translation>D-{days}</translation>
    </message>
    <message>
        <source>under 1m</source>
        <translation>1분 미만</translation>
    </message>
    <message>
        <source>{left:hm}</source>
        <translation>{left:hm}</translation>
    </message>
    <message>
        <source>answered in time</source>
        <translation>기한 내 답변</translation>
    </message>
    <message>
        <source>answered {late}</source>
        <translation>답변 {late}</translation>
    </message>
    <message>
        <source>awaiting supplement</source>
        <translation>보완 대기</translation>
    </message>
    <message>
        <source>awaiting supplement · {left:largest} left</source>
        <translation>보완 대기 · {left:largest} 남음</translation>
    </message>
    <message>
        <source>The processing period is paused for supplementation. Record the delay notice once the supplementation has ended.</source>
        <translation>보완 요구 중이라 처리기간이 멈춰 있습니다. 보완이 끝난 뒤에 연장을 통지하세요.</translation>
    </message>
    <message>
        <source>The processing period can be extended twice only (once, and once more with the citizen&apos;s consent). It cannot be extended further.</source>
        <translation>처리기간은 두 번까지만 연장할 수 있습니다(한 번, 그리고 민원인 동의를 받아 한 번 더). 더 연장할 수 없습니다.</translation>
    </message>
    <message>
        <source>The deadline {deadline} has already passed. A delay notice can only be given before the deadline; this complaint stays on record as overdue.</source>
        <translation>처리기한 {deadline}이(가) 이미 지났습니다. 연장 통지는 기한 전에만 할 수 있으며, 이 민원은 기한 초과로 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Choose a person or a department in charge.</source>
        <translation>담당자나 담당 부서를 고르세요.</translation>
    </message>
    <message>
        <source>Enter why it is reassigned. It stays in the history.</source>
        <translation>재배정 사유를 입력하세요. 이력에 남습니다.</translation>
    </message>
    <message>
        <source>That is who has it now. Choose another person or department.</source>
        <translation>지금과 같은 담당입니다. 다른 담당자나 부서를 고르세요.</translation>
    </message>
    <message>
        <source>Enter what was asked of the citizen.</source>
        <translation>민원인에게 요청한 보완 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>The supplement&apos;s arrival time lies in the future.</source>
        <translation>보완 도착 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>The supplement must arrive after it was asked for ({paused_at}).</source>
        <translation>보완 도착 시각은 보완 요구 시각({paused_at}) 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Enter the reason for the delay, as the citizen was told.</source>
        <translation>지연 사유를 입력하세요. 민원인에게 알린 그대로 적습니다.</translation>
    </message>
    <message>
        <source>Enter the new date.</source>
        <translation>처리 예정일을 입력하세요.</translation>
    </message>
    <message>
        <source>The new date must be after the current deadline {deadline}.</source>
        <translation>처리 예정일은 지금 기한 {deadline}보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The new date can be {limit} at the latest (the deadline plus the processing period once more).</source>
        <translation>처리 예정일은 {limit}까지만 가능합니다(기한에 처리기간을 한 번 더한 날까지).</translation>
    </message>
    <message>
        <source>Choose how the citizen was told: {methods}.</source>
        <translation>민원인에게 알린 방법을 고르세요: {methods}.</translation>
    </message>
    <message>
        <source>A second extension needs the citizen&apos;s consent. Tick it once you have it.</source>
        <translation>두 번째 연장은 민원인의 동의가 있어야 합니다. 동의를 받았으면 표시하세요.</translation>
    </message>
    <message>
        <source>Enter the answer.</source>
        <translation>답변 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>Choose how the answer went out.</source>
        <translation>답변한 방법을 고르세요.</translation>
    </message>
    <message>
        <source>The citizen has no e-mail address, so the answer cannot go by {channel}. Choose another way.</source>
        <translation>민원인의 이메일 주소가 없어 {channel}(으)로 답변할 수 없습니다. 다른 방법을 고르세요.</translation>
    </message>
    <message>
        <source>The citizen has no address, so the answer cannot go by {channel}. Choose another way.</source>
        <translation>민원인의 주소가 없어 {channel}(으)로 답변할 수 없습니다. 다른 방법을 고르세요.</translation>
    </message>
    <message>
        <source>The citizen has no phone number, so the answer cannot go by {channel}. Choose another way.</source>
        <translation>민원인의 전화번호가 없어 {channel}(으)로 답변할 수 없습니다. 다른 방법을 고르세요.</translation>
    </message>
    <message>
        <source>The time of the answer lies in the future.</source>
        <translation>답변 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>The answer must come after the receipt ({received_at}).</source>
        <translation>답변 시각은 접수 시각({received_at}) 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Choose who answers. Answers go out under a real name.</source>
        <translation>답변자를 고르세요. 답변은 실명으로 나갑니다.</translation>
    </message>
    <message>
        <source>Choose what the follow-up call found.</source>
        <translation>확인 전화 결과를 고르세요.</translation>
    </message>
    <message>
        <source>Write down the citizen&apos;s further questions.</source>
        <translation>민원인의 추가 문의 내용을 적으세요.</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>접수 경로를 고르세요.</translation>
    </message>
    <message>
        <source>Choose the kind of complaint.</source>
        <translation>민원 종류를 고르세요.</translation>
    </message>
    <message>
        <source>Unknown kind of complaint: &apos;{code}&apos;. Only the kinds in service_standard.toml can be used ({known}).</source>
        <translation>알 수 없는 민원 종류입니다: ‘{code}’. service_standard.toml에 있는 종류만 쓸 수 있습니다 ({known}).</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name.</source>
        <translation>민원인 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>There is no way to reply. Enter a phone number, an e-mail address or an address.</source>
        <translation>회신할 방법이 없습니다. 전화번호, 이메일, 주소 중 하나 이상을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>제목을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter what the complaint says.</source>
        <translation>민원 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>The receipt time {received_at} has not come yet. A time in the future cannot be entered.</source>
        <translation>접수 시각 {received_at}은(는) 아직 오지 않은 시각입니다. 미래 시각은 입력할 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose a date.</source>
        <translation>날짜를 고르세요.</translation>
    </message>
    <message>
        <source>Choose the kind: {kinds}.</source>
        <translation>종류를 고르세요: {kinds}.</translation>
    </message>
    <message>
        <source>Enter the reason for the closure. The calendar shows it.</source>
        <translation>휴무 사유를 입력하세요. 달력에 이 사유가 표시됩니다.</translation>
    </message>
    <message>
        <source>&apos;{reason}&apos; ({kind})</source>
        <translation>‘{reason}’({kind})</translation>
    </message>
    <message>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <source>{day} already has an entry: {taken}. Remove that entry first.</source>
        <translation>{day}에는 이미 등록된 항목이 있습니다: {taken}. 먼저 그 항목을 삭제하세요.</translation>
    </message>
    <message>
        <source>{day} is already a day off: {holiday_en}.</source>
        <translation>{day}은 이미 쉬는 날입니다: {holiday_ko}.</translation>
    </message>
    <message>
        <source>{day} is already a day off: it is a weekend.</source>
        <translation>{day}은 이미 쉬는 날입니다: {day:weekday}.</translation>
    </message>
    <message>
        <source>{day} is a working day anyway. An extra working day can only fall on a weekend, a holiday or a closure.</source>
        <translation>{day}은 원래 근무일입니다. 추가 근무일은 주말이나 공휴일, 휴무일에만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>고객 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the number to call the day before the visit.</source>
        <translation>방문 전날 전화할 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the purpose of the visit. It must be told on the call the day before.</source>
        <translation>방문 목적을 입력하세요. 전날 전화로 알려야 합니다.</translation>
    </message>
    <message>
        <source>Choose the staff member who visits.</source>
        <translation>방문할 직원을 선택하세요.</translation>
    </message>
    <message>
        <source>Enter the date of the visit.</source>
        <translation>방문일을 입력하세요.</translation>
    </message>
    <message>
        <source>The date of the visit has already passed.</source>
        <translation>방문일이 이미 지났습니다.</translation>
    </message>
    <message>
        <source>Hello, {customer}. This is {staff} of {department} at the Arts Council Korea. We are calling ahead about our visit on {visit_date:md} regarding &apos;{purpose}&apos;.</source>
        <translation>{customer} 님, 안녕하세요. 한국문화예술위원회 {department} {staff}입니다. {visit_date:md}에 &apos;{purpose}&apos; 건으로 찾아뵙기로 하여 미리 연락드립니다.</translation>
    </message>
    <message>
        <source>Enter the retention period as a number of days.</source>
        <translation>보존 기간은 일 수(숫자)로 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a retention period of {low} to {high} days.</source>
        <translation>보존 기간은 {low}~{high}일 사이로 입력하세요.</translation>
    </message>
    <message>
        <source>Name unknown</source>
        <translation>이름 미상</translation>
    </message>
    <message>
        <source>Name unknown ({organisation})</source>
        <translation>이름 미상({organisation})</translation>
    </message>
    <message>
        <source>{name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name}({organisation})</translation>
    </message>
    <message>
        <source>{en}</source>
        <translation>{ko}</translation>
    </message>
    <message>
        <source>Phone memo: {who}</source>
        <translation>전화 메모: {who}</translation>
    </message>
    <message>
        <source>[Unread memo] Phone memo: {who}</source>
        <translation>[미확인 메모] 전화 메모: {who}</translation>
    </message>
    <message>
        <source>Call back by {due:%m/%d %H:%M}</source>
        <translation>회신 기한 {due:%m월 %d일 %H:%M}</translation>
    </message>
    <message>
        <source>Visitor arrived: {who}</source>
        <translation>방문객 도착: {who}</translation>
    </message>
    <message>
        <source>Visitor arrived: {who} and {companions} more</source>
        <translation>방문객 도착: {who} 외 {companions}명</translation>
    </message>
    <message>
        <source>{at:%H:%M} at the front desk</source>
        <translation>{at:%H:%M} 안내데스크 도착</translation>
    </message>
    <message>
        <source>Visitor due soon: {who}</source>
        <translation>곧 방문 예정: {who}</translation>
    </message>
    <message>
        <source>Appointment at {starts_at:%H:%M}. Press &apos;Ready&apos; when you are ready to receive them.</source>
        <translation>{starts_at:%H:%M} 약속. 맞을 준비가 되면 &apos;준비 완료&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>Appointment at {starts_at:%H:%M}, {place}. Press &apos;Ready&apos; when you are ready to receive them.</source>
        <translation>{starts_at:%H:%M} 약속, {place}. 맞을 준비가 되면 &apos;준비 완료&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>Complaint assigned: {title}</source>
        <translation>민원 배정: {title}</translation>
    </message>
    <message>
        <source>Deadline {due:%m/%d %H:%M}</source>
        <translation>처리 기한 {due:%m월 %d일 %H:%M}</translation>
    </message>
    <message>
        <source>Use at least {two_kinds} characters mixing two of letters, digits and symbols, or at least {three_kinds} mixing all three.</source>
        <translation>문자·숫자·특수문자 중 두 종류를 섞어 {two_kinds}자 이상, 또는 세 종류를 모두 섞어 {three_kinds}자 이상으로 정하세요.</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>{limit}자 이하로 정하세요.</translation>
    </message>
    <message>
        <source>The password contains a character that cannot be typed.</source>
        <translation>비밀번호에 입력할 수 없는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>The password must not contain the sign-in name.</source>
        <translation>비밀번호에 사용자 이름을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same one twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하세요.</translation>
    </message>
    <message>
        <source>Use {least} to {most} characters: small letters a-z, digits and . _ -, starting with a letter.</source>
        <translation>{least}~{most}자의 영문 소문자, 숫자, . _ - 로 정하고 영문자로 시작하세요.</translation>
    </message>
    <message>
        <source>The sign-in name or the password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until {until:%H:%M}. An administrator can unlock it sooner.</source>
        <translation>비밀번호를 여러 번 틀려 {until:%H:%M}까지 계정이 잠겼습니다. 관리자가 더 일찍 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>사용이 중지된 계정입니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Your role does not allow this ({permission}).</source>
        <translation>맡은 역할로는 할 수 없는 일입니다({permission}).</translation>
    </message>
    <message>
        <source>The database is busy with another task. Wait a moment and save again.</source>
        <translation>데이터베이스가 다른 작업에 사용 중입니다. 잠시 후 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Cannot reach the database. Check that the server is on and the data folder exists. Save again when the connection is back.</source>
        <translation>데이터베이스에 연결할 수 없습니다. 서버가 켜져 있는지, 데이터 폴더가 있는지 확인하세요. 연결이 돌아오면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Not saved: a disk input/output error.</source>
        <translation>디스크 입출력 오류로 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Free some space and save again.</source>
        <translation>디스크가 가득 차서 저장하지 못했습니다. 공간을 확보한 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file permissions.</source>
        <translation>데이터베이스가 읽기 전용입니다. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The database file is damaged. What you typed stays here but cannot be saved. Restore the latest backup in Admin › Backup and restore… (ARCO Desk starts again on it), or start ARCO Desk again to have the file checked.</source>
        <translation>데이터베이스 파일이 손상되었습니다. 입력한 내용은 화면에 남아 있지만 저장할 수 없습니다. 관리 › 백업·복원…에서 최근 백업으로 복원하거나(ARCO Desk가 다시 시작됩니다), ARCO Desk를 다시 실행해 파일을 점검하세요.</translation>
    </message>
    <message>
        <source>Not saved: this PC and another PC were waiting for each other. Save again.</source>
        <translation>다른 PC의 작업과 서로 기다리게 되어 저장하지 못했습니다. 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Not saved: another PC changed the same records at the same time. Save again.</source>
        <translation>다른 PC에서 같은 자료를 동시에 바꾸어 저장하지 못했습니다. 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Not saved: another PC saved the same thing at the same moment. Look at the list and save again if it is still needed.</source>
        <translation>저장하지 못했습니다: 다른 PC에서 같은 내용을 같은 순간에 저장했습니다. 목록을 확인하고 아직 필요하면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The connection was lost while saving, so it is not known yet whether it was saved. Checking as soon as the database answers; what you typed stays here.</source>
        <translation>저장하는 중에 연결이 끊겨 저장되었는지 아직 알 수 없습니다. 데이터베이스가 응답하는 대로 확인합니다. 입력한 내용은 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Checked after the connection came back: it was saved. Nothing was saved twice.</source>
        <translation>연결이 돌아와 확인했습니다: 저장되어 있습니다. 두 번 저장된 것은 없습니다.</translation>
    </message>
    <message>
        <source>Checked after the connection came back: it was not saved. What you typed is still here; save again.</source>
        <translation>연결이 돌아와 확인했습니다: 저장되지 않았습니다. 입력한 내용이 그대로 있으니 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Reconnecting.</source>
        <translation>데이터베이스 서버와 연결이 끊겼습니다. 다시 연결하는 중입니다.</translation>
    </message>
    <message>
        <source>The database could not be updated: {count} records point at records that do not exist. Nothing was changed. Tell the administrator (the log names the records).</source>
        <translation>데이터베이스를 새 버전으로 바꾸지 못했습니다: 없는 기록을 가리키는 기록이 {count}건 있습니다. 아무것도 바뀌지 않았습니다. 관리자에게 알려 주세요(로그에 해당 기록이 있습니다).</translation>
    </message>
    <message>
        <source>This database was made by a newer version of ARCO Desk (schema {revision}). Update the program to the latest version.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 ARCO Desk가 만든 것입니다 (스키마 {revision}). 프로그램을 최신 버전으로 업데이트하세요.</translation>
    </message>
    <message>
        <source>{option} is not a date: &apos;{text}&apos;. Write it as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>{option} 값이 날짜가 아닙니다: &apos;{text}&apos;. YYYY-MM-DD 형식으로 쓰세요(예: 2026-11-01).</translation>
    </message>
    <message>
        <source>Unknown format &apos;{text}&apos;: choose xlsx or pdf.</source>
        <translation>알 수 없는 형식 &apos;{text}&apos;: xlsx 또는 pdf 중에서 고르세요.</translation>
    </message>
    <message>
        <source>Cannot write the report to {path}: {reason}.</source>
        <translation>보고서를 {path}에 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Give the data folder that holds it (--basedir) or the server&apos;s address (--db).</source>
        <translation>{path}에 데이터베이스가 없습니다. 데이터베이스가 있는 데이터 폴더(--basedir)나 서버 주소(--db)를 지정하세요.</translation>
    </message>
    <message>
        <source>The database address (--db or ARCO_DESK_DB_URL) is not one ARCO Desk can use: it starts with postgresql+psycopg:// or sqlite:///.</source>
        <translation>데이터베이스 주소(--db 또는 ARCO_DESK_DB_URL)를 ARCO Desk에서 쓸 수 없습니다. 주소는 postgresql+psycopg:// 또는 sqlite:///로 시작합니다.</translation>
    </message>
    <message>
        <source>Compliance report written to {path}.</source>
        <translation>이행실적 보고서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Backup and restore work on the built-in database (SQLite) only for now. For a PostgreSQL server, use pg_dump and pg_restore.</source>
        <translation>백업·복원은 지금은 내장 데이터베이스(SQLite)에서만 됩니다. PostgreSQL 서버는 pg_dump와 pg_restore를 사용하세요.</translation>
    </message>
    <message>
        <source>There is no database to back up at {path}.</source>
        <translation>{path}에 백업할 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name.</source>
        <translation>{path} 파일이 이미 있습니다. 다른 파일 이름을 정하세요.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist. Nothing was restored.</source>
        <translation>백업 파일 {path}이(가) 없습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup file is damaged or is not a database. Nothing was restored.</source>
        <translation>백업 파일이 손상되었거나 데이터베이스가 아닙니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The file is not an ARCO Desk backup. Nothing was restored.</source>
        <translation>ARCO Desk 백업 파일이 아닙니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of ARCO Desk (schema {revision}). Nothing was restored. Update the program first.</source>
        <translation>이 백업은 더 새로운 버전의 ARCO Desk에서 만들어졌습니다(스키마 {revision}). 아무것도 복원하지 않았습니다. 먼저 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>{path}에 백업했습니다.</translation>
    </message>
    <message>
        <source>Restored from {path}. The replaced database is kept as {kept}.</source>
        <translation>{path}에서 복원했습니다. 바뀌기 전 데이터베이스는 {kept}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>ARCO Desk is running on this data folder. Close it first, then restore.</source>
        <translation>이 데이터 폴더에서 ARCO Desk가 실행 중입니다. 먼저 닫은 뒤 복원하세요.</translation>
    </message>
    <message>
        <source>The PostgreSQL client tools ({tools}) were not found on this PC. Install PostgreSQL&apos;s command-line tools (the server&apos;s version or newer), then give their folder with --pg-bin or in this PC&apos;s settings (backup/pg_bin), or add it to PATH.</source>
        <translation>이 PC에서 PostgreSQL 클라이언트 도구({tools})를 찾지 못했습니다. PostgreSQL 명령줄 도구(서버와 같거나 더 새로운 버전)를 설치한 뒤, --pg-bin 또는 이 PC 설정(backup/pg_bin)에 그 폴더를 지정하거나 PATH에 추가하세요.</translation>
    </message>
    <message>
        <source>{tools} not found in {folder}. Give the folder that holds pg_dump and pg_restore (e.g. C:\Program Files\PostgreSQL\16\bin).</source>
        <translation>{folder}에서 {tools}을(를) 찾지 못했습니다. pg_dump와 pg_restore가 있는 폴더를 지정하세요(예: C:\Program Files\PostgreSQL\16\bin).</translation>
    </message>
    <message>
        <source>The backup was not written: {tool} reported: {detail}</source>
        <translation>백업을 만들지 못했습니다. {tool}의 메시지: {detail}</translation>
    </message>
    <message>
        <source>{tool} did not finish within {minutes} minutes and was stopped. Nothing was changed.</source>
        <translation>{tool}이(가) {minutes}분 안에 끝나지 않아 중단했습니다. 바뀐 것은 없습니다.</translation>
    </message>
    <message>
        <source>{count} other connections to the database are open. Close ARCO Desk on every PC first (staff PCs in the tray too), then restore. Nothing was restored.</source>
        <translation>데이터베이스에 다른 연결이 {count}개 열려 있습니다. 모든 PC에서 ARCO Desk를 먼저 닫은 뒤(트레이에 있는 직원 PC 포함) 복원하세요. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The restore failed and was undone: the database is as it was. pg_restore reported: {detail} A copy of the database from just before is kept as {kept}.</source>
        <translation>복원에 실패하여 취소했습니다. 데이터베이스는 그대로입니다. pg_restore의 메시지: {detail} 복원 직전의 데이터베이스 사본은 {kept}에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>The restore failed and the database could not be put back as it was. pg_restore reported: {detail} Restore the copy taken just before: {kept}.</source>
        <translation>복원에 실패했고 데이터베이스를 원래대로 되돌리지 못했습니다. pg_restore의 메시지: {detail} 직전에 만든 사본 {kept}을(를) 복원하세요.</translation>
    </message>
    <message>
        <source>This is a backup of a PostgreSQL server; it cannot be restored into the built-in database. Nothing was restored.</source>
        <translation>PostgreSQL 서버의 백업이라 내장 데이터베이스로 복원할 수 없습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>This is a backup of the built-in database (SQLite); it cannot be restored into a PostgreSQL server. Nothing was restored.</source>
        <translation>내장 데이터베이스(SQLite)의 백업이라 PostgreSQL 서버로 복원할 수 없습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter how many daily backups to keep, as a number.</source>
        <translation>보관할 일일 백업 개수를 숫자로 입력하세요.</translation>
    </message>
    <message>
        <source>Keep between {low} and {high} daily backups.</source>
        <translation>일일 백업은 {low}개에서 {high}개까지 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>Left empty, this PC uses its built-in database (SQLite).</source>
        <translation>비워 두면 이 PC의 내장 데이터베이스(SQLite)를 씁니다.</translation>
    </message>
    <message>
        <source>The database address is not well-formed. E.g. postgresql+psycopg://user@server/arco</source>
        <translation>데이터베이스 주소 형식이 올바르지 않습니다. 예: postgresql+psycopg://사용자@서버/arco</translation>
    </message>
    <message>
        <source>Only PostgreSQL or SQLite addresses can be used.</source>
        <translation>PostgreSQL 또는 SQLite 주소만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The database address cannot be used: {reason}</source>
        <translation>데이터베이스 주소를 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>연결하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Connected. The database is empty; its tables are made at the next start.</source>
        <translation>연결되었습니다. 빈 데이터베이스이며, 다시 시작하면 테이블을 만듭니다.</translation>
    </message>
    <message>
        <source>Connected. The database is up to date.</source>
        <translation>연결되었습니다. 데이터베이스가 최신 상태입니다.</translation>
    </message>
    <message>
        <source>Connected, but the database was made by a newer ARCO Desk. Update ARCO Desk on this PC first.</source>
        <translation>연결되었지만, 더 새로운 ARCO Desk가 만든 데이터베이스입니다. 이 PC의 ARCO Desk를 먼저 업데이트하세요.</translation>
    </message>
    <message>
        <source>Connected. The database is brought to the new version at the next start.</source>
        <translation>연결되었습니다. 다시 시작하면 데이터베이스를 새 버전으로 올립니다.</translation>
    </message>
    <message>
        <source>Could not save the start-at-login entry: {reason}</source>
        <translation>자동 시작 항목을 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>This PC has no secure place to keep the password (such as Windows Credential Manager), so it was not saved. Leave the password empty and give it in PostgreSQL&apos;s password file (pgpass.conf) or in the ARCO_DESK_DB_URL environment variable.</source>
        <translation>이 PC에는 비밀번호를 안전하게 보관할 곳(Windows 자격 증명 관리자 등)이 없어 저장하지 않았습니다. 비밀번호는 비워 두고 PostgreSQL 비밀번호 파일(pgpass.conf)이나 ARCO_DESK_DB_URL 환경 변수에 넣으세요.</translation>
    </message>
    <message>
        <source>The password could not be saved in this PC&apos;s credential store ({reason}). Nothing was changed.</source>
        <translation>이 PC의 자격 증명 저장소에 비밀번호를 저장하지 못했습니다({reason}). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>A password goes with a server address, e.g. postgresql+psycopg://user@server/arco</source>
        <translation>비밀번호는 서버 주소와 함께 씁니다. 예: postgresql+psycopg://user@server/arco</translation>
    </message>
    <message>
        <source>The password is still written in clear text in this PC&apos;s settings file: this PC has no secure place to keep it. Clear the password field and give it in PostgreSQL&apos;s password file (pgpass.conf) or in the ARCO_DESK_DB_URL environment variable.</source>
        <translation>이 PC에는 비밀번호를 안전하게 보관할 곳이 없어, 비밀번호가 아직 이 PC의 설정 파일에 평문으로 적혀 있습니다. 비밀번호 칸을 비우고 PostgreSQL 비밀번호 파일(pgpass.conf)이나 ARCO_DESK_DB_URL 환경 변수에 넣으세요.</translation>
    </message>
    <message>
        <source>A day off was just registered elsewhere on {day}. Check again.</source>
        <translation>{day}에 방금 다른 곳에서 휴무일이 등록되었습니다. 다시 확인하세요.</translation>
    </message>
    <message>
        <source>The day off to remove was not found. It may have been removed elsewhere already.</source>
        <translation>삭제할 휴무일을 찾을 수 없습니다. 다른 곳에서 이미 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The complaint was not found. It may have been deleted elsewhere.</source>
        <translation>민원을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>{who} saved version {version} of the standard at {at} while you were editing. What you typed is kept: close and open the editor to see their version, or save again over it.</source>
        <translation>편집하는 동안 {who}님이 {at}에 이행표준 제{version}판을 저장했습니다. 입력한 내용은 그대로 있습니다. 편집기를 닫았다 다시 열어 그 판을 보거나, 다시 저장하여 그 위에 저장하세요.</translation>
    </message>
    <message>
        <source>The kind {kind} cannot be removed: {count} complaints have it. Rename it or give it another period instead.</source>
        <translation>유형 {kind}은(는) 민원 {count}건에 쓰이고 있어 삭제할 수 없습니다. 대신 이름이나 처리기간을 바꾸세요.</translation>
    </message>
    <message>
        <source>The complaint kinds table (service_standard.toml) cannot be read: {reason}. Ask the administrator to fix the file.</source>
        <translation>민원 종류표(service_standard.toml)를 읽을 수 없습니다: {reason}. 관리자에게 파일을 고쳐 달라고 하세요.</translation>
    </message>
    <message>
        <source>Unknown complaint status: {status}</source>
        <translation>알 수 없는 민원 상태입니다: {status}</translation>
    </message>
    <message>
        <source>This complaint&apos;s processing period ‘{period}’ cannot be read.</source>
        <translation>이 민원의 처리기간 ‘{period}’을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The processing period cannot be computed: {reason}</source>
        <translation>처리기간을 계산할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Unknown complaint kind: ‘{code}’.</source>
        <translation>알 수 없는 민원 종류입니다: ‘{code}’.</translation>
    </message>
    <message>
        <source>The phone memo was not found. It may have been deleted elsewhere.</source>
        <translation>전화 메모를 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The original phone memo was not found. It may have been deleted elsewhere.</source>
        <translation>원래 전화 메모를 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The original visit record was not found. It may have been deleted elsewhere.</source>
        <translation>원래 방문 기록을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>This phone memo was already registered as complaint #{complaint_id}.</source>
        <translation>이 전화 메모는 이미 민원 #{complaint_id}(으)로 접수되었습니다.</translation>
    </message>
    <message>
        <source>This visit request was already registered as complaint #{complaint_id}.</source>
        <translation>이 방문 요청은 이미 민원 #{complaint_id}(으)로 접수되었습니다.</translation>
    </message>
    <message>
        <source>{who} recorded ‘{step}’ on this complaint at {at}, after you opened it. Check the complaint&apos;s history; save again if yours still applies.</source>
        <translation>이 창을 연 뒤 {who}님이 {at}에 이 민원에 ‘{step}’을(를) 기록했습니다. 민원 이력을 확인하고, 그래도 필요하면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>{who} gave this complaint to {to} at {at}, after you opened it. Save again to reassign it anyway.</source>
        <translation>이 창을 연 뒤 {who}님이 {at}에 이 민원을 {to}님에게 배정했습니다. 그래도 바꾸려면 다시 저장하세요.</translation>
    </message>
    <message>
        <source>Cannot open the attachment: {name}</source>
        <translation>첨부 파일을 열 수 없습니다: {name}</translation>
    </message>
    <message>
        <source>The attachment is too large: {name} (up to {limit_mb} MB)</source>
        <translation>첨부 파일이 너무 큽니다: {name} ({limit_mb}MB까지)</translation>
    </message>
    <message>
        <source>The responder was not found in the staff list.</source>
        <translation>답변자를 직원 목록에서 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The assignee was not found in the staff list.</source>
        <translation>담당자를 직원 목록에서 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The department in charge was not found.</source>
        <translation>담당 부서를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The department already exists: {name}</source>
        <translation>이미 있는 부서입니다: {name}</translation>
    </message>
    <message>
        <source>The staff member was not found. It may have been deleted elsewhere.</source>
        <translation>직원을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The department does not exist.</source>
        <translation>없는 부서입니다.</translation>
    </message>
    <message>
        <source>A person cannot be their own stand-in.</source>
        <translation>본인을 대리자로 지정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The staff member named as stand-in does not exist.</source>
        <translation>대리자로 지정한 직원이 없습니다.</translation>
    </message>
    <message>
        <source>The memo was not found. It may have been deleted elsewhere.</source>
        <translation>메모를 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>This PC&apos;s staff member is not set. Choose this PC&apos;s staff member in the Admin menu, then try again.</source>
        <translation>이 PC의 직원이 정해져 있지 않습니다. 관리 메뉴에서 이 PC의 직원을 고른 뒤 다시 하세요.</translation>
    </message>
    <message>
        <source>The memo is already done ({done_at:%m/%d %H:%M} {outcome}).</source>
        <translation>이미 처리된 메모입니다({done_at:%m/%d %H:%M} {outcome}).</translation>
    </message>
    <message>
        <source>The memo is already done ({outcome}).</source>
        <translation>이미 처리된 메모입니다({outcome}).</translation>
    </message>
    <message>
        <source>Enter the greeting.</source>
        <translation>인사말을 입력하세요.</translation>
    </message>
    <message>
        <source>Keep the greeting within {limit} characters.</source>
        <translation>인사말은 {limit}자 이내로 입력하세요.</translation>
    </message>
    <message>
        <source>Choose between 1 and {limit} minutes (one working day).</source>
        <translation>1분에서 {limit}분(하루 근무시간) 사이로 정하세요.</translation>
    </message>
    <message>
        <source>The reason already exists: {label}</source>
        <translation>이미 있는 사유입니다: {label}</translation>
    </message>
    <message>
        <source>The reason was not found.</source>
        <translation>사유를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} has no direct line or extension in the staff directory. Register a number, then give it out.</source>
        <translation>{name}님의 직통번호나 내선번호가 직원 안내에 없습니다. 번호를 등록한 뒤 안내하세요.</translation>
    </message>
    <message>
        <source>The chosen staff member was not found. Choose again.</source>
        <translation>고른 직원을 찾을 수 없습니다. 다시 고르세요.</translation>
    </message>
    <message>
        <source>{name} has no stand-in. Send it to the person or to the whole department.</source>
        <translation>{name}님에게 지정된 대리자가 없습니다. 담당자나 부서 전체로 보내세요.</translation>
    </message>
    <message>
        <source>One of the chosen reasons is gone. Choose again.</source>
        <translation>고른 사유 가운데 없어진 것이 있습니다. 다시 고르세요.</translation>
    </message>
    <message>
        <source>You have already taken this memo.</source>
        <translation>이미 맡은 메모입니다.</translation>
    </message>
    <message>
        <source>{name} has already taken this memo.</source>
        <translation>이미 {name}님이 맡은 메모입니다.</translation>
    </message>
    <message>
        <source>Another staff member has already taken this memo.</source>
        <translation>이미 다른 직원이 맡은 메모입니다.</translation>
    </message>
    <message>
        <source>A memo for another department cannot be taken. Forward it to a colleague.</source>
        <translation>다른 부서로 온 메모는 맡을 수 없습니다. 동료에게 전달하세요.</translation>
    </message>
    <message>
        <source>Not an e-mail address. E.g. name@example.com</source>
        <translation>이메일 주소 형식이 아닙니다. 예: name@example.com</translation>
    </message>
    <message>
        <source>This memo has no e-mail address. Write the address you replied to.</source>
        <translation>이 메모에는 이메일 주소가 없습니다. 회신한 주소를 적으세요.</translation>
    </message>
    <message>
        <source>Choose the colleague who gets the memo.</source>
        <translation>전달받을 직원을 고르세요.</translation>
    </message>
    <message>
        <source>The colleague to forward to was not found.</source>
        <translation>전달받을 직원을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The memo is already with {name}.</source>
        <translation>이미 {name}님에게 있는 메모입니다.</translation>
    </message>
    <message>
        <source>This memo is now with {name}. Only they can answer it or pass it on.</source>
        <translation>이 메모는 지금 {name}님에게 있습니다. {name}님만 회신하거나 다른 분께 전달할 수 있습니다.</translation>
    </message>
    <message>
        <source>This memo is for {department}. Only its staff can answer it or pass it on.</source>
        <translation>이 메모는 {department} 앞으로 온 것입니다. 그 부서 직원만 회신하거나 전달할 수 있습니다.</translation>
    </message>
    <message>
        <source>This memo is now with another staff member. Only they can answer it or pass it on.</source>
        <translation>이 메모는 지금 다른 직원에게 있습니다. 그 직원만 회신하거나 전달할 수 있습니다.</translation>
    </message>
    <message>
        <source>The outbound visit was not found. It may have been deleted elsewhere.</source>
        <translation>외부 방문 일정을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>No such staff member. Search and choose again.</source>
        <translation>없는 직원입니다. 다시 찾아 선택하세요.</translation>
    </message>
    <message>
        <source>The call was already recorded at {called_at:%m-%d %H:%M}.</source>
        <translation>이미 {called_at:%m-%d %H:%M}에 통화를 기록했습니다.</translation>
    </message>
    <message>
        <source>The appointment was not found. It may have been deleted elsewhere.</source>
        <translation>예약을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The visit record was not found. It may have been deleted elsewhere.</source>
        <translation>방문 기록을 찾을 수 없습니다. 다른 곳에서 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>An appointment that is &apos;{status}&apos; cannot be changed.</source>
        <translation>&apos;{status}&apos; 상태의 예약은 고칠 수 없습니다.</translation>
    </message>
    <message>
        <source>The appointment time has not come yet; it cannot be marked as a no-show.</source>
        <translation>약속 시간이 아직 되지 않아 미방문으로 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>The appointment is for {starts_at:%Y-%m-%d}. If they came today, change the appointment&apos;s date or register a walk-in.</source>
        <translation>{starts_at:%Y-%m-%d} 예약입니다. 오늘 오신 것이면 예약 날짜를 고치거나 현장 방문으로 접수하세요.</translation>
    </message>
    <message>
        <source>The host was not found.</source>
        <translation>담당자를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose the staff member who received the visitor.</source>
        <translation>방문객을 맞이한 직원을 선택하세요.</translation>
    </message>
    <message>
        <source>The visit is already checked out.</source>
        <translation>이미 퇴실 처리된 방문입니다.</translation>
    </message>
    <message>
        <source>A visitor who has left cannot get a pass.</source>
        <translation>이미 퇴실한 방문객에게는 출입증을 줄 수 없습니다.</translation>
    </message>
    <message>
        <source>Pass {number} was already given.</source>
        <translation>이미 출입증 {number}번을 받았습니다.</translation>
    </message>
    <message>
        <source>No pass was given for this visit.</source>
        <translation>출입증을 받지 않은 방문입니다.</translation>
    </message>
    <message>
        <source>The pass was already returned.</source>
        <translation>출입증이 이미 반납되었습니다.</translation>
    </message>
    <message>
        <source>The visitor has not arrived yet.</source>
        <translation>아직 도착하지 않은 방문객입니다.</translation>
    </message>
    <message>
        <source>Already checked out at {left_at:%H:%M}.</source>
        <translation>이미 {left_at:%H:%M}에 퇴실 처리되었습니다.</translation>
    </message>
    <message>
        <source>No such staff member. Search the staff directory and choose again.</source>
        <translation>없는 직원입니다. 직원 안내에서 다시 찾아 선택하세요.</translation>
    </message>
    <message>
        <source>Pass {number} has not been returned yet. Give another number.</source>
        <translation>출입증 {number}번은 아직 반납되지 않았습니다. 다른 번호를 주세요.</translation>
    </message>
    <message>
        <source>The search was shortened: only its first {words} words and {limit} characters are searched.</source>
        <translation>검색어가 길어 앞의 {words}단어, {limit}자까지만 검색했습니다.</translation>
    </message>
    <message>
        <source>The visitor&apos;s details were not found. They may have been destroyed after the retention period.</source>
        <translation>방문객 정보를 찾을 수 없습니다. 보존 기간이 지나 파기되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The chosen visitor&apos;s details are no longer there. Enter them again.</source>
        <translation>선택한 방문객 정보가 더 이상 없습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Choose how the records are destroyed: deleted or anonymised.</source>
        <translation>파기 방법을 선택하세요: 삭제 또는 익명 처리.</translation>
    </message>
    <message>
        <source>No visit records are past their retention period.</source>
        <translation>보존 기간이 지난 방문 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the Excel file: {name} ({reason})</source>
        <translation>엑셀 파일을 읽을 수 없습니다: {name} ({reason})</translation>
    </message>
    <message>
        <source>The CSV file&apos;s character encoding is unknown: {name}</source>
        <translation>CSV 파일의 문자 인코딩을 알 수 없습니다: {name}</translation>
    </message>
    <message>
        <source>Cannot read line {line} of the CSV file {name} ({reason}). Correct that line and import again.</source>
        <translation>CSV 파일 {name}의 {line}번째 줄을 읽을 수 없습니다({reason}). 그 줄을 고친 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit:,} staff rows; import it in parts.</source>
        <translation>{name}에 직원 행이 {limit:,}개를 넘습니다. 나누어 가져오세요.</translation>
    </message>
    <message>
        <source>Only CSV or XLSX files can be imported: {name}</source>
        <translation>CSV 또는 XLSX 파일만 가져올 수 있습니다: {name}</translation>
    </message>
    <message>
        <source>The first line needs the column names: {columns}</source>
        <translation>첫 줄에 열 이름이 필요합니다: {columns}</translation>
    </message>
    <message>
        <source>The file is empty: {name}</source>
        <translation>빈 파일입니다: {name}</translation>
    </message>
    <message>
        <source>Unknown department: {department}</source>
        <translation>없는 부서: {department}</translation>
    </message>
    <message>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <source>Duplicate: {department} already has a staff member named {name}</source>
        <translation>중복: {department}에 {name} 직원이 이미 있습니다</translation>
    </message>
    <message>
        <source>Duplicate: a staff member already uses the e-mail {email}</source>
        <translation>중복: 이메일 {email}을(를) 쓰는 직원이 이미 있습니다</translation>
    </message>
    <message>
        <source>Cannot write the file: {path} ({reason})</source>
        <translation>파일을 쓸 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>담당업무</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>내선</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>직통번호</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>호실</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>좌석</translation>
    </message>
    <message>
        <source>Choose someone from the suggestions, or empty the field.</source>
        <translation>추천 목록에서 직원을 고르거나 칸을 비우세요.</translation>
    </message>
    <message>
        <source>Pick the responder from the suggestions.</source>
        <translation>답변자를 추천 목록에서 고르세요.</translation>
    </message>
    <message>
        <source>Pick the assignee from the suggestions, or clear the field.</source>
        <translation>담당자를 추천 목록에서 고르거나 칸을 비우세요.</translation>
    </message>
    <message>
        <source>Say why the records are exported: the reason is kept with the export.</source>
        <translation>내보내는 사유를 적으세요. 사유는 내보낸 기록과 함께 보관됩니다.</translation>
    </message>
    <message>
        <source>Nobody is signed in at this PC. Sign in first.</source>
        <translation>이 PC에 로그인한 사람이 없습니다. 먼저 로그인하세요.</translation>
    </message>
    <message>
        <source>This record is neither yours nor your department&apos;s.</source>
        <translation>본인이나 소속 부서의 기록이 아닙니다.</translation>
    </message>
    <message>
        <source>Choose someone else: the work is already this person&apos;s.</source>
        <translation>이미 이 직원의 업무입니다. 다른 사람을 고르세요.</translation>
    </message>
    <message>
        <source>Answer in your own name: only a team lead records an answer a colleague gave.</source>
        <translation>본인 이름으로 답변하세요. 다른 직원이 한 답변은 부서장만 대신 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Type the minutes as a whole number (0: never lock).</source>
        <translation>분을 정수로 입력하세요 (0: 잠그지 않음).</translation>
    </message>
    <message>
        <source>Choose from 0 (never lock) to {high} minutes.</source>
        <translation>0(잠그지 않음)부터 {high}분 사이로 정하세요.</translation>
    </message>
    <message>
        <source>Type the days as a whole number.</source>
        <translation>일수를 정수로 입력하세요.</translation>
    </message>
    <message>
        <source>Keep access records from {low} (two years) to {high} days.</source>
        <translation>접속기록 보존 기간은 {low}일(2년)부터 {high}일 사이로 정하세요.</translation>
    </message>
    <message>
        <source>On the shared server no ARCO Desk login may delete access records: the database owner removes those past their retention.</source>
        <translation>공용 서버에서는 ARCO Desk의 어떤 로그인도 접속기록을 삭제할 수 없습니다. 보존 기간이 지난 기록은 데이터베이스 소유자가 삭제합니다.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>비밀번호가 틀렸습니다.</translation>
    </message>
    <message>
        <source>The database server refused your sign-in: your login there has another password or may not connect. Ask an administrator.</source>
        <translation>데이터베이스 서버가 로그인을 거부했습니다. 서버의 로그인 비밀번호가 다르거나 접속할 수 없는 상태입니다. 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>이 데이터베이스에는 이미 관리자가 있습니다. 로그인하세요.</translation>
    </message>
    <message>
        <source>This sign-in name is taken. Choose another.</source>
        <translation>이미 쓰이는 사용자 이름입니다. 다른 이름을 정하세요.</translation>
    </message>
    <message>
        <source>This person already has an account.</source>
        <translation>이 직원은 이미 계정이 있습니다.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>이 계정은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself. Ask another administrator.</source>
        <translation>본인의 관리자 역할은 직접 뺄 수 없습니다. 다른 관리자에게 요청하세요.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>본인 계정은 사용 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>The data folder {folder} can be read by others ({who}), and it holds visitors&apos; and callers&apos; personal data. Ask IT to remove them from the folder&apos;s permissions, or use the default data folder.</source>
        <translation>데이터 폴더 {folder}를 다른 사람도 읽을 수 있습니다({who}). 이 폴더에는 방문객과 전화한 분의 개인정보가 있습니다. 전산 담당자에게 폴더 권한에서 이들을 빼 달라고 요청하거나 기본 데이터 폴더를 쓰세요.</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}). Choose another place.</source>
        <translation>{path}에 쓸 수 없습니다({reason}). 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <source>Cannot record the restore in {path} ({reason}). Nothing will be restored.</source>
        <translation>{path}에 복원 요청을 기록할 수 없습니다({reason}). 복원하지 않습니다.</translation>
    </message>
    <message>
        <source>The restore request {path} could not be removed ({reason}), so nothing was restored. Delete that file, then restore again.</source>
        <translation>복원 요청 파일 {path}을(를) 지울 수 없어({reason}) 복원하지 않았습니다. 그 파일을 지운 뒤 다시 복원하세요.</translation>
    </message>
    <message>
        <source>The restore request in the data folder could not be read. Nothing was restored.</source>
        <translation>데이터 폴더의 복원 요청을 읽을 수 없습니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The restore was asked for another database ({database}). Nothing was restored.</source>
        <translation>다른 데이터베이스({database})에 대한 복원 요청입니다. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Restoring {path} failed ({reason}). Tell the administrator.</source>
        <translation>{path}에서 복원하지 못했습니다({reason}). 관리자에게 알리세요.</translation>
    </message>
    <message>
        <source>Not restored from {path}: {reason} ARCO Desk opened the data it had.</source>
        <translation>{path}에서 복원하지 않았습니다: {reason} 기존 데이터로 ARCO Desk를 열었습니다.</translation>
    </message>
    <message>
        <source>Restored from {path}.</source>
        <translation>{path}에서 복원했습니다.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message bar</source>
        <translation>알림 표시줄</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>MyMemosPanel</name>
    <message>
        <source>Whose memos</source>
        <translation>메모 받는 사람</translation>
    </message>
    <message>
        <source>This PC&apos;s staff…</source>
        <translation>이 PC의 직원…</translation>
    </message>
    <message>
        <source>Choose the staff member this PC belongs to</source>
        <translation>이 PC를 쓰는 직원을 고릅니다</translation>
    </message>
    <message>
        <source>My memos</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Choose the staff member this PC belongs to, to see their memos here.</source>
        <translation>이 PC를 쓰는 직원을 고르면 그 직원의 메모가 여기에 보입니다.</translation>
    </message>
    <message>
        <source>My memos — %1 (%2)</source>
        <translation>내 메모 — %1 (%2)</translation>
    </message>
    <message>
        <source>%1 unread</source>
        <translation>안 읽음 %1건</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>새 계정</translation>
    </message>
    <message>
        <source>e.g. kim.minjun</source>
        <translation>예: kim.minjun</translation>
    </message>
    <message>
        <source>&amp;Staff member *</source>
        <translation>직원(&amp;S) *</translation>
    </message>
    <message>
        <source>Sign-in &amp;name *</source>
        <translation>사용자 이름(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Temporary password *</source>
        <translation>임시 비밀번호(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Repeat it *</source>
        <translation>임시 비밀번호 확인(&amp;R) *</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>NoticeMethod</name>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>서면</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
</context>
<context>
    <name>OutboundPanel</name>
    <message>
        <source>Calls before outbound visits</source>
        <translation>고객 방문 전 안내 전화</translation>
    </message>
    <message>
        <source>&amp;Outbound visit…</source>
        <translation>고객 방문 등록(&amp;O)…</translation>
    </message>
    <message>
        <source>Record &amp;call…</source>
        <translation>통화 기록(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>방문 취소</translation>
    </message>
    <message>
        <source>Show called</source>
        <translation>통화 완료 포함</translation>
    </message>
    <message>
        <source>These calls to an Excel or CSV file</source>
        <translation>이 통화 목록을 Excel 또는 CSV 파일로</translation>
    </message>
    <message>
        <source>Calls before outbound visits (%1 to make)</source>
        <translation>고객 방문 전 안내 전화 (남은 전화 %1건)</translation>
    </message>
    <message>
        <source>outbound-calls</source>
        <translation>방문전통화</translation>
    </message>
    <message>
        <source>Outbound visit saved. Call the customer by %1.</source>
        <translation>고객 방문을 등록했습니다. %1까지 고객에게 전화하세요.</translation>
    </message>
    <message>
        <source>Call recorded.</source>
        <translation>통화를 기록했습니다.</translation>
    </message>
    <message>
        <source>Outbound visit cancelled.</source>
        <translation>고객 방문을 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>OutboundVisitDialog</name>
    <message>
        <source>Outbound visit</source>
        <translation>고객 방문</translation>
    </message>
    <message>
        <source>&amp;Customer *</source>
        <translation>고객 이름(&amp;C) *</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>소속(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phone to call *</source>
        <translation>안내 전화번호(&amp;P) *</translation>
    </message>
    <message>
        <source>P&amp;urpose *</source>
        <translation>방문 목적(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Staff member visiting *</source>
        <translation>방문 직원(&amp;S) *</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Visit &amp;date *</source>
        <translation>방문일(&amp;D) *</translation>
    </message>
    <message>
        <source>Call the customer by</source>
        <translation>안내 전화 기한</translation>
    </message>
    <message>
        <source>18:00 on the previous working day: tell the purpose, the visitor&apos;s name and department</source>
        <translation>전 근무일 18:00까지: 방문 목적, 방문자 성명과 소속 부서를 알립니다</translation>
    </message>
</context>
<context>
    <name>OverdueBoardTab</name>
    <message>
        <source>Due today and overdue</source>
        <translation>오늘 마감 및 기한 초과</translation>
    </message>
    <message>
        <source>Department / person / item</source>
        <translation>부서 / 담당자 / 항목</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reassign open work…</source>
        <translation>업무 일괄 이관(&amp;R)…</translation>
    </message>
    <message>
        <source>Nothing is due today or overdue.</source>
        <translation>오늘 마감이거나 기한을 넘긴 일이 없습니다.</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1건</translation>
    </message>
    <message>
        <source>complaints %1</source>
        <translation>민원 %1</translation>
    </message>
    <message>
        <source>memo callbacks %1</source>
        <translation>메모 회신 %1</translation>
    </message>
    <message>
        <source>D-1 calls %1</source>
        <translation>방문 전 안내 전화 %1</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ 초과 %1</translation>
    </message>
    <message>
        <source>◔ %1 today</source>
        <translation>◔ 오늘 %1</translation>
    </message>
    <message>
        <source>‖ %1 paused</source>
        <translation>‖ 보완 대기 %1</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(부서 없음)</translation>
    </message>
    <message>
        <source>Shared queue</source>
        <translation>부서 공동 대기</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>민원</translation>
    </message>
    <message>
        <source>Memo callback</source>
        <translation>메모 회신</translation>
    </message>
    <message>
        <source>D-1 call</source>
        <translation>방문 전 안내 전화</translation>
    </message>
    <message>
        <source>(not yours to view)</source>
        <translation>(열람 권한 없음)</translation>
    </message>
    <message>
        <source>Not yours to view: only the due is shown.</source>
        <translation>열람 권한이 없어 기한만 표시합니다.</translation>
    </message>
</context>
<context>
    <name>OverrideKind</name>
    <message>
        <source>Agency closure</source>
        <translation>기관 휴무</translation>
    </message>
    <message>
        <source>Temporary holiday</source>
        <translation>임시공휴일</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>추가 근무일</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <source>not loaded</source>
        <translation>불러오지 못함</translation>
    </message>
</context>
<context>
    <name>PassDialog</name>
    <message>
        <source>Visitor pass</source>
        <translation>출입증</translation>
    </message>
    <message>
        <source>Pass &amp;number *</source>
        <translation>출입증 번호(&amp;N) *</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Ask for supplementation</source>
        <translation>보완 요구</translation>
    </message>
    <message>
        <source>The processing period stops until the supplement arrives; the deadline then moves by the working time it took.</source>
        <translation>보완 서류가 도착할 때까지 처리기간이 멈추고, 도착하면 멈춘 근무시간만큼 처리기한이 늦춰집니다.</translation>
    </message>
    <message>
        <source>e.g. a copy of the performance contract</source>
        <translation>예: 공연 계약서 사본</translation>
    </message>
    <message>
        <source>&amp;What was asked *</source>
        <translation>요청한 보완 내용(&amp;W) *</translation>
    </message>
</context>
<context>
    <name>PcSettingsDialog</name>
    <message>
        <source>Settings of this PC</source>
        <translation>이 PC 설정</translation>
    </message>
    <message>
        <source>Empty: the embedded database on this PC</source>
        <translation>비워 두면 이 PC의 내장 데이터베이스</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>데이터베이스 주소</translation>
    </message>
    <message>
        <source>None (or PostgreSQL&apos;s password file)</source>
        <translation>없음 (또는 PostgreSQL 비밀번호 파일)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Empty: found on PATH</source>
        <translation>비워 두면 PATH에서 찾습니다</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>PostgreSQL tools</source>
        <translation>PostgreSQL 도구 폴더</translation>
    </message>
    <message>
        <source>Reception desk: all tabs</source>
        <translation>접수 데스크: 모든 탭</translation>
    </message>
    <message>
        <source>Staff PC: starts in the tray with my memos</source>
        <translation>직원 PC: 트레이에서 시작, 내 메모 표시</translation>
    </message>
    <message>
        <source>This PC is</source>
        <translation>이 PC의 용도</translation>
    </message>
    <message>
        <source>Start ARCO Desk when I log in</source>
        <translation>로그인할 때 ARCO Desk 자동 시작</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Kept in this PC&apos;s credential store, never in the settings file.</source>
        <translation>이 PC의 자격 증명 저장소에 보관하며, 설정 파일에는 적지 않습니다.</translation>
    </message>
    <message>
        <source>This PC has no secure place to keep a password. Leave it empty and give it in PostgreSQL&apos;s password file (pgpass.conf) or in the ARCO_DESK_DB_URL environment variable.</source>
        <translation>이 PC에는 비밀번호를 안전하게 보관할 곳이 없습니다. 비워 두고 PostgreSQL 비밀번호 파일(pgpass.conf)이나 ARCO_DESK_DB_URL 환경 변수에 넣으세요.</translation>
    </message>
    <message>
        <source>Folder holding pg_dump and pg_restore</source>
        <translation>pg_dump와 pg_restore가 있는 폴더</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <source>Unit of the period</source>
        <translation>처리기간 단위</translation>
    </message>
    <message>
        <source>The kind&apos;s period</source>
        <translation>유형의 처리기간</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>근무시간</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>근무일</translation>
    </message>
    <message>
        <source>Immediately (3 working hours)</source>
        <translation>즉시 (3근무시간)</translation>
    </message>
    <message>
        <source>Amount of the period</source>
        <translation>처리기간 길이</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>receive visitors</source>
        <translation>방문객 접수</translation>
    </message>
    <message>
        <source>prepare visits</source>
        <translation>방문 준비</translation>
    </message>
    <message>
        <source>outbound visits</source>
        <translation>외부 방문</translation>
    </message>
    <message>
        <source>take phone memos</source>
        <translation>전화 메모 작성</translation>
    </message>
    <message>
        <source>view phone memos</source>
        <translation>전화 메모 보기</translation>
    </message>
    <message>
        <source>handle phone memos</source>
        <translation>전화 메모 처리</translation>
    </message>
    <message>
        <source>forward phone memos</source>
        <translation>전화 메모 전달</translation>
    </message>
    <message>
        <source>register complaints</source>
        <translation>민원 접수</translation>
    </message>
    <message>
        <source>view complaints</source>
        <translation>민원 보기</translation>
    </message>
    <message>
        <source>handle complaints</source>
        <translation>민원 처리</translation>
    </message>
    <message>
        <source>assign complaints</source>
        <translation>민원 배정</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>보고서 보기</translation>
    </message>
    <message>
        <source>reassign open work</source>
        <translation>업무 일괄 이관</translation>
    </message>
    <message>
        <source>view the directory</source>
        <translation>직원 명부 보기</translation>
    </message>
    <message>
        <source>set presence</source>
        <translation>재석 상태 변경</translation>
    </message>
    <message>
        <source>edit the directory</source>
        <translation>직원 명부 편집</translation>
    </message>
    <message>
        <source>edit the calendar</source>
        <translation>휴무일 달력 편집</translation>
    </message>
    <message>
        <source>edit the service standard</source>
        <translation>고객서비스 이행표준 편집</translation>
    </message>
    <message>
        <source>edit settings</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>계정 관리</translation>
    </message>
    <message>
        <source>destroy visitor data</source>
        <translation>방문객 개인정보 파기</translation>
    </message>
    <message>
        <source>review access records</source>
        <translation>접속기록 점검</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>In</source>
        <translation>재실</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>자리 비움</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>휴가</translation>
    </message>
    <message>
        <source>Business trip</source>
        <translation>출장</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>교육</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <source>Presence of %1</source>
        <translation>%1 재실 상태</translation>
    </message>
    <message>
        <source>known</source>
        <translation>시각 지정</translation>
    </message>
    <message>
        <source>e.g. meeting, annual leave</source>
        <translation>예: 회의 중, 연차</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>상태(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back at</source>
        <translation>복귀 예정(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;tand-in</source>
        <translation>대리자(&amp;T)</translation>
    </message>
</context>
<context>
    <name>PurgeMethod</name>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>익명화</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <source>Read back to the caller</source>
        <translation>요지 확인</translation>
    </message>
    <message>
        <source>Read this back to the caller and confirm:</source>
        <translation>고객에게 요지를 읽어 드리고 확인하세요:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요지</translation>
    </message>
    <message>
        <source>Confirmed — save and forward</source>
        <translation>확인함 — 저장하고 전달</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>양식으로 돌아가기</translation>
    </message>
    <message>
        <source>%1 is away: to the stand-in %2</source>
        <translation>%1 부재: 대리자 %2에게</translation>
    </message>
    <message>
        <source>%1 is away: to everyone in %2</source>
        <translation>%1 부재: %2 전체에</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>발신자</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>전화 온 시각</translation>
    </message>
    <message>
        <source>For</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>회신 기한</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>용건</translation>
    </message>
</context>
<context>
    <name>ReceivedByDialog</name>
    <message>
        <source>Who received the visitor</source>
        <translation>방문객을 맞이한 직원</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>&amp;Received by *</source>
        <translation>맞이한 직원(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>ReceptionAlerts</name>
    <message>
        <source>Ready</source>
        <translation>준비 완료</translation>
    </message>
    <message>
        <source>Ready for the visitor</source>
        <translation>방문객 응대 준비 완료</translation>
    </message>
    <message>
        <source>I have received them</source>
        <translation>맞이했습니다</translation>
    </message>
    <message>
        <source>Preparation alerts sent</source>
        <translation>보낸 응대 준비 알림</translation>
    </message>
    <message>
        <source>Your visitor %1 is due at %2%3. Please get ready to receive them.</source>
        <translation>%1 님이 %2%3에 방문합니다. 응대 준비를 마쳐 주세요.</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>(%1 more)</source>
        <translation>(외 %1건)</translation>
    </message>
    <message>
        <source>%1 arrived at the desk at %2 and is waiting for you.</source>
        <translation>%1 님이 %2에 안내데스크에 도착해 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>%1 alerted %2 for %3 (%4)</source>
        <translation>%1 %2 님께 알림 (%3 %4)</translation>
    </message>
    <message>
        <source>ready %1</source>
        <translation>준비 완료 %1</translation>
    </message>
    <message>
        <source>Preparation alerts: </source>
        <translation>응대 준비 알림: </translation>
    </message>
    <message>
        <source>It is past 18:00 and %1 visitor(s) have not checked out: %2</source>
        <translation>18:00이 지났는데 퇴실하지 않은 방문객이 %1명 있습니다: %2</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>Previous day</source>
        <translation>전날</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>표시한 날짜</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>다음 날</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Find visitor, organisation, host (Ctrl+F)</source>
        <translation>방문객, 소속, 담당자 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the timeline</source>
        <translation>일정에서 찾기</translation>
    </message>
    <message>
        <source>&amp;New appointment…</source>
        <translation>방문 예약(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>현장 방문(&amp;W)…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>방문 일정</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>방문 상세</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>도착(&amp;I)</translation>
    </message>
    <message>
        <source>Recei&amp;ved by…</source>
        <translation>맞이한 직원(&amp;V)…</translation>
    </message>
    <message>
        <source>Visit &amp;record…</source>
        <translation>방문 기록(&amp;R)…</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>퇴실(&amp;O)…</translation>
    </message>
    <message>
        <source>Host read&amp;y</source>
        <translation>담당자 준비 완료(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Pass…</source>
        <translation>출입증 지급(&amp;P)…</translation>
    </message>
    <message>
        <source>Pass re&amp;turned</source>
        <translation>출입증 반납(&amp;T)</translation>
    </message>
    <message>
        <source>Print pass…</source>
        <translation>출입증 인쇄…</translation>
    </message>
    <message>
        <source>Pass as PDF…</source>
        <translation>출입증 PDF…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>예약 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>No-s&amp;how</source>
        <translation>미방문(&amp;H)</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>예약 취소</translation>
    </message>
    <message>
        <source>Preparation alert sent to %1 for %2 at %3</source>
        <translation>%1 님께 응대 준비 알림을 보냈습니다 (%3 %2)</translation>
    </message>
    <message>
        <source>%1 on this day</source>
        <translation>이날 %1건</translation>
    </message>
    <message>
        <source>No visitor on this day. Book an appointment (Ctrl+N) or register a walk-in (Ctrl+Shift+N).</source>
        <translation>이날 방문객이 없습니다. 방문 예약(Ctrl+N)이나 현장 방문 접수(Ctrl+Shift+N)를 하세요.</translation>
    </message>
    <message>
        <source>Appointment booked.</source>
        <translation>방문 예약을 등록했습니다.</translation>
    </message>
    <message>
        <source>The host is ready.</source>
        <translation>담당자가 응대 준비를 마쳤습니다.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>미방문으로 표시했습니다.</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>예약을 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 has been notified that the visitor is here.</source>
        <translation>%1 님께 방문객 도착을 알렸습니다.</translation>
    </message>
    <message>
        <source> (back at %1)</source>
        <translation> (%1 복귀 예정)</translation>
    </message>
    <message>
        <source>%1 is away%2. Take the visitor to the stand-in %3, who has been notified, and record who received them.</source>
        <translation>%1 님은 자리에 없습니다%2. 대리자 %3 님께 안내하세요(도착 알림을 보냈습니다). 맞이한 직원을 기록하세요.</translation>
    </message>
    <message>
        <source>%1 is away%2 and has no stand-in. Ask a colleague in the department to receive the visitor.</source>
        <translation>%1 님은 자리에 없고%2 대리자가 지정되어 있지 않습니다. 같은 부서 직원에게 응대를 부탁하세요.</translation>
    </message>
    <message>
        <source>Recorded who received the visitor.</source>
        <translation>방문객을 맞이한 직원을 기록했습니다.</translation>
    </message>
    <message>
        <source>Recorded that you received the visitor.</source>
        <translation>방문객을 맞이했다고 기록했습니다.</translation>
    </message>
    <message>
        <source>Visit record saved.</source>
        <translation>방문 기록을 저장했습니다.</translation>
    </message>
    <message>
        <source>Pass handed out.</source>
        <translation>출입증을 지급했습니다.</translation>
    </message>
    <message>
        <source>Pass returned.</source>
        <translation>출입증 반납을 기록했습니다.</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>퇴실 처리했습니다.</translation>
    </message>
    <message>
        <source>Save visitor pass</source>
        <translation>출입증 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Visitor pass saved to %1</source>
        <translation>출입증을 저장했습니다: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>ARCO Desk — the database is damaged</source>
        <translation>ARCO Desk — 데이터베이스 손상</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database file is damaged, so ARCO Desk cannot open it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;데이터베이스 파일이 손상되어 ARCO Desk를 열 수 없습니다.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This can follow a power cut or a disk fault, or a backup copied over the file by hand. Restoring a backup brings back the data as it was when the backup was taken, and ARCO Desk then opens as usual; what was entered after that has to be entered again. The damaged file is not deleted: it is kept aside in the same folder.</source>
        <translation>정전이나 디스크 고장, 또는 백업 파일을 직접 복사해 덮어쓴 뒤에 생길 수 있습니다. 백업으로 복원하면 백업한 때의 데이터로 돌아가고 ARCO Desk가 평소처럼 열립니다. 그 뒤에 입력한 내용은 다시 입력해야 합니다. 손상된 파일은 지우지 않고 같은 폴더에 따로 보관합니다.</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>손상된 파일: %1</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>이 백업으로 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Restore from a f&amp;ile…</source>
        <translation>파일에서 복원(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest backups&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;최근 백업&lt;/b&gt; (최신 순)</translation>
    </message>
    <message>
        <source>There is no backup in %1. If the agency keeps backup files elsewhere (a USB disk, a shared folder), restore one with “Restore from a file…”. Otherwise call the administrator or the IT help desk before anything else is done with this PC&apos;s data.</source>
        <translation>%1에 백업이 없습니다. 기관에서 백업 파일을 다른 곳(USB 디스크, 공유 폴더 등)에 보관하고 있다면 ‘파일에서 복원…’으로 복원하세요. 그렇지 않다면 이 PC의 데이터에 다른 조치를 하기 전에 관리자나 전산 담당자에게 연락하세요.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>파일에서 복원</translation>
    </message>
    <message>
        <source>ARCO Desk backups (*.sqlite3 *.dump);;All files (*)</source>
        <translation>ARCO Desk 백업 (*.sqlite3 *.dump);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ReplyChannel</name>
    <message>
        <source>Letter</source>
        <translation>서면·우편</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>문자</translation>
    </message>
    <message>
        <source>Homepage reply</source>
        <translation>홈페이지 답변</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>방문 면담</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Temporary password for %1</source>
        <translation>%1 님의 임시 비밀번호</translation>
    </message>
    <message>
        <source>&amp;Temporary password *</source>
        <translation>임시 비밀번호(&amp;T) *</translation>
    </message>
    <message>
        <source>&amp;Repeat it *</source>
        <translation>임시 비밀번호 확인(&amp;R) *</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Supplement received</source>
        <translation>보완 완료</translation>
    </message>
    <message>
        <source>e.g. contract copy by e-mail</source>
        <translation>예: 계약서 사본 이메일 도착</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>새 처리기한</translation>
    </message>
    <message>
        <source>&amp;Arrived at *</source>
        <translation>도착 시각(&amp;A) *</translation>
    </message>
    <message>
        <source>&amp;What arrived</source>
        <translation>도착한 내용(&amp;W)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>처리기한</translation>
    </message>
    <message>
        <source>%1 → %2 (paused %3 of working time)</source>
        <translation>%1 → %2 (멈춘 근무시간 %3)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception desk</source>
        <translation>안내데스크</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>부서장</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>개인정보 보호책임자</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 님의 역할</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>역할</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to ARCO Desk</source>
        <translation>ARCO Desk 로그인</translation>
    </message>
    <message>
        <source>&amp;Sign-in name</source>
        <translation>사용자 이름(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>직원 정보 편집</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>새 직원</translation>
    </message>
    <message>
        <source>Keywords separated by commas, e.g. budget, audit</source>
        <translation>쉼표로 구분한 키워드, 예: 예산, 감사</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>이름(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Department *</source>
        <translation>부서(&amp;D) *</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>직위(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uties</source>
        <translation>담당업무(&amp;U)</translation>
    </message>
    <message>
        <source>E&amp;xtension</source>
        <translation>내선번호(&amp;X)</translation>
    </message>
    <message>
        <source>Direct &amp;line</source>
        <translation>직통번호(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>이메일(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Floor</source>
        <translation>층(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>호실(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Seat</source>
        <translation>좌석(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tand-in</source>
        <translation>대리자(&amp;T)</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>Whose PC is this? — ARCO Desk</source>
        <translation>이 PC는 누구의 PC인가요? — ARCO Desk</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting. No memo is missed: they arrive when the database is back.</source>
        <translation>연결 끊김 — 다시 연결 중입니다. 메모는 빠짐없이, 데이터베이스가 돌아오면 도착합니다.</translation>
    </message>
    <message>
        <source>Connected again.</source>
        <translation>다시 연결되었습니다.</translation>
    </message>
</context>
<context>
    <name>StaffPicker</name>
    <message>
        <source>Name, department or duty (e.g. 예산)</source>
        <translation>이름, 부서 또는 업무 (예: 예산)</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>담당업무</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>내선</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>직통번호</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>재실</translation>
    </message>
    <message>
        <source>Back at</source>
        <translation>복귀 예정</translation>
    </message>
    <message>
        <source>Stand-in</source>
        <translation>대리자</translation>
    </message>
</context>
<context>
    <name>StaffTray</name>
    <message>
        <source>My memos</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <source>Open ARCO Desk</source>
        <translation>ARCO Desk 열기</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>ARCO Desk — no unread memos</source>
        <translation>ARCO Desk — 읽지 않은 메모 없음</translation>
    </message>
    <message numerus="yes">
        <source>ARCO Desk — %n unread memo(s)</source>
        <translation>
            <numerusform>ARCO Desk — 읽지 않은 메모 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffWindow</name>
    <message>
        <source>My memos — ARCO Desk</source>
        <translation>내 메모 — ARCO Desk</translation>
    </message>
    <message>
        <source>Open all of ARCO Desk</source>
        <translation>ARCO Desk 전체 화면 열기</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Service standard</source>
        <translation>고객응대서비스 이행표준</translation>
    </message>
    <message>
        <source>Complaint kinds</source>
        <translation>민원 유형</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Korean name</source>
        <translation>한국어 이름</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영어 이름</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>처리기간</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>C&amp;ode</source>
        <translation>코드(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Korean name</source>
        <translation>한국어 이름(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;nglish name</source>
        <translation>영어 이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>처리기간(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New kind</source>
        <translation>새 유형(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Apply to the list</source>
        <translation>목록에 반영(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove kind</source>
        <translation>유형 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>이행표준</translation>
    </message>
    <message>
        <source>&amp;Default kind (other)</source>
        <translation>기본 유형(기타)(&amp;D)</translation>
    </message>
    <message>
        <source>Phone &amp;callback within</source>
        <translation>전화 회신 기한(&amp;C)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>판 이력</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>판</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>적용 시작</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>저장한 사람</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <source>until the first save</source>
        <translation>처음 저장 전까지</translation>
    </message>
    <message>
        <source>Saved as version %1. It applies to complaints received from now on.</source>
        <translation>제%1판으로 저장했습니다. 지금부터 접수되는 민원에 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>응대 준비</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>출입증</translation>
    </message>
    <message>
        <source>Routed to the stand-in %1</source>
        <translation>대리자 %1 님께 안내함</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>현장 방문</translation>
    </message>
    <message>
        <source>(returned)</source>
        <translation>(반납)</translation>
    </message>
    <message>
        <source>ready %1</source>
        <translation>준비 완료 %1</translation>
    </message>
    <message>
        <source>alerted %1</source>
        <translation>알림 %1</translation>
    </message>
</context>
<context>
    <name>TransferCard</name>
    <message>
        <source>Transfer card</source>
        <translation>연결 안내 카드</translation>
    </message>
    <message>
        <source>Told the caller</source>
        <translation>안내함</translation>
    </message>
    <message>
        <source>Log that the caller was given this name and number (Alt+T)</source>
        <translation>고객에게 이 이름과 번호를 안내했다고 기록 (Alt+T)</translation>
    </message>
    <message>
        <source>no number in the directory</source>
        <translation>직원 안내에 번호 없음</translation>
    </message>
    <message>
        <source>Told ✓</source>
        <translation>안내함 ✓</translation>
    </message>
</context>
<context>
    <name>VisitDetail</name>
    <message>
        <source>+%1 companions</source>
        <translation>외 동행 %1명</translation>
    </message>
    <message>
        <source>Walk-in at %1</source>
        <translation>%1 현장 방문</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>방문 목적</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고 사항</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Preparation alert</source>
        <translation>응대 준비 알림</translation>
    </message>
    <message>
        <source>Host ready</source>
        <translation>담당자 준비 완료</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>ID checked</source>
        <translation>신분 확인</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Routed to</source>
        <translation>안내</translation>
    </message>
    <message>
        <source>stand-in %1 (host away)</source>
        <translation>대리자 %1 님 (담당자 부재)</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>맞이한 직원</translation>
    </message>
    <message>
        <source>out</source>
        <translation>지급 중</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>%1 반납</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>출입증</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청 사항</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>후속 조치 담당</translation>
    </message>
</context>
<context>
    <name>VisitRecordDialog</name>
    <message>
        <source>Visit record</source>
        <translation>방문 기록</translation>
    </message>
    <message>
        <source>P&amp;urpose *</source>
        <translation>방문 목적(&amp;U) *</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>요청 사항(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>처리 결과(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Follow-up by</source>
        <translation>후속 조치 담당(&amp;F)</translation>
    </message>
    <message>
        <source>Register as &amp;complaint</source>
        <translation>민원으로 등록(&amp;C)</translation>
    </message>
    <message>
        <source>Save this record and open a complaint (민원) with the arrival time</source>
        <translation>이 기록을 저장하고 도착 시각으로 민원을 등록합니다</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>Expected</source>
        <translation>방문 예정</translation>
    </message>
    <message>
        <source>Host ready</source>
        <translation>응대 준비 완료</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <source>In meeting</source>
        <translation>면담 중</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>퇴실</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>미방문</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>VisitorFields</name>
    <message>
        <source>Returning visitors</source>
        <translation>이전 방문객</translation>
    </message>
    <message>
        <source>Double-click or press Enter to use this visitor</source>
        <translation>두 번 클릭하거나 Enter를 누르면 이 방문객 정보로 채웁니다</translation>
    </message>
    <message>
        <source>Returning visitor? Choose to fill in:</source>
        <translation>다시 오신 분인가요? 선택하면 채워집니다:</translation>
    </message>
    <message>
        <source>Visitor &amp;name *</source>
        <translation>방문객 이름(&amp;N) *</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>연락처(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>소속(&amp;O)</translation>
    </message>
</context>
<context>
    <name>VisitorPass</name>
    <message>
        <source>Visitor</source>
        <translation>방문객</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>방문일</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>방문증</translation>
    </message>
    <message>
        <source>Print visitor pass</source>
        <translation>출입증 인쇄</translation>
    </message>
</context>
<context>
    <name>VisitorPurgeDialog</name>
    <message>
        <source>Visitor data retention</source>
        <translation>방문객 개인정보 보존·파기</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>보존 기간 저장</translation>
    </message>
    <message>
        <source>&amp;Keep visitor data for</source>
        <translation>보존 기간(&amp;K)</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>보존 기간 경과</translation>
    </message>
    <message>
        <source>Delete the records</source>
        <translation>기록 삭제</translation>
    </message>
    <message>
        <source>Anonymise (keep counts; names, numbers and notes removed)</source>
        <translation>익명화 (건수는 남기고 이름·전화번호·메모 삭제)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>파기 방법</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>파기 책임자</translation>
    </message>
    <message>
        <source>&amp;Destroy…</source>
        <translation>파기(&amp;D)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>What</source>
        <translation>파기 대상</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>파기 책임자</translation>
    </message>
    <message>
        <source>Destruction ledger</source>
        <translation>파기 대장</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destruction ledger (파기 대장)&lt;/b&gt;</source>
        <translation>&lt;b&gt;파기 대장&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Before %1: %2 visits, %3 appointments without a visit, %4 outbound visits (%5 records; %6 people with nothing more recent)</source>
        <translation>%1 이전: 방문 %2건, 방문 없는 예약 %3건, 고객 방문 %4건 (모두 %5건, 이후 기록이 없는 사람 %6명)</translation>
    </message>
    <message>
        <source>Visitor data is now kept for %1 days.</source>
        <translation>방문객 개인정보를 %1일 동안 보존합니다.</translation>
    </message>
    <message>
        <source>Nothing is past the retention period.</source>
        <translation>보존 기간이 지난 기록이 없습니다.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>익명화</translation>
    </message>
    <message>
        <source>%1 records from before %2 will be %3. This cannot be undone. Go ahead?</source>
        <translation>%2 이전 기록 %1건을 %3합니다. 되돌릴 수 없습니다. 진행할까요?</translation>
    </message>
    <message>
        <source>Destroying… the backups in the backups folder are rewritten too.</source>
        <translation>파기하는 중입니다… 백업 폴더의 백업도 함께 고칩니다.</translation>
    </message>
    <message>
        <source>%1 records %2 and written to the destruction ledger.</source>
        <translation>%1건을 %2하고 파기 대장에 기록했습니다.</translation>
    </message>
    <message>
        <source>%1 backups in the backups folder were purged the same way.</source>
        <translation>백업 폴더의 백업 %1개에서도 같은 자료를 파기했습니다.</translation>
    </message>
    <message>
        <source>%1 backups still hold this data (PostgreSQL dumps, copies from an older version or kept by a restore): delete them once they are no longer needed.</source>
        <translation>백업 %1개에는 이 자료가 아직 남아 있습니다(PostgreSQL 백업, 이전 버전의 백업, 복원 때 따로 보관한 사본). 더 필요하지 않으면 지우세요.</translation>
    </message>
    <message>
        <source>Destroy visitor data</source>
        <translation>방문객 개인정보 파기</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in visitor</source>
        <translation>현장 방문 접수</translation>
    </message>
    <message>
        <source>Why they came, in their words</source>
        <translation>방문하신 이유 (고객의 말 그대로)</translation>
    </message>
    <message>
        <source>P&amp;urpose *</source>
        <translation>방문 목적(&amp;U) *</translation>
    </message>
    <message>
        <source>Name, or what it is about: a duty (e.g. 예산, 대관)</source>
        <translation>이름, 또는 용건의 업무 (예: 예산, 대관)</translation>
    </message>
    <message>
        <source>&amp;Wants to see *</source>
        <translation>만날 직원(&amp;W) *</translation>
    </message>
    <message>
        <source>Visitor &amp;pass no.</source>
        <translation>출입증 번호(&amp;P)</translation>
    </message>
    <message>
        <source>ID checked (only yes/no is kept, never the number)</source>
        <translation>신분 확인함 (확인 여부만 남기고 번호는 적지 않습니다)</translation>
    </message>
</context>
</TS>
