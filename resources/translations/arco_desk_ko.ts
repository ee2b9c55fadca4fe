<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
    <message>
        <source>Pick the responder from the suggestions.</source>
        <translation>답변자를 추천 목록에서 고르세요.</translation>
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
    <message>
        <source>Pick the staff member from the suggestions, or clear the field.</source>
        <translation>담당자를 추천 목록에서 고르거나 칸을 비우세요.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar of closed days</source>
        <translation>휴무일 달력</translation>
    </message>
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
    <message>
        <source>Pick the assignee from the suggestions, or clear the field.</source>
        <translation>담당자를 추천 목록에서 고르거나 칸을 비우세요.</translation>
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
        <source>Extended by a delay notice; the law&apos;s deadline was %1</source>
        <translation>처리기간 연장 통지로 늦춰졌습니다. 법정 기한은 %1이었습니다.</translation>
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
        <source>E&amp;xport CSV…</source>
        <translation>CSV 내보내기(&amp;X)…</translation>
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
        <source>Export directory</source>
        <translation>직원 목록 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 staff exported to %2</source>
        <translation>직원 %1명을 %2에 내보냈습니다.</translation>
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
        <source>Visitor reception</source>
        <translation>방문 접수</translation>
    </message>
    <message>
        <source>Appointments, check-in of visitors and walk-ins, visitor passes.</source>
        <translation>방문 약속, 방문객·예약 없는 방문 접수, 출입증 관리.</translation>
    </message>
    <message>
        <source>Phone memos</source>
        <translation>전화 메모</translation>
    </message>
    <message>
        <source>Memos for absent colleagues, forwarded to their PC, with callback deadlines.</source>
        <translation>부재 중인 직원에게 전하는 전화 메모를 담당자 PC로 전달하고 회신 기한을 관리합니다.</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>방문 접수</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>관리(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Calendar…</source>
        <translation>휴무일 달력(&amp;C)…</translation>
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
    <name>NotBuiltYetTab</name>
    <message>
        <source>This part of ARCO Desk is not built yet. Nothing here is stored or forwarded; use the usual paper form until it arrives.</source>
        <translation>이 기능은 아직 만들어지지 않았습니다. 여기서는 아무것도 저장되거나 전달되지 않으니, 준비될 때까지 기존 종이 양식을 사용하세요.</translation>
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
</TS>
