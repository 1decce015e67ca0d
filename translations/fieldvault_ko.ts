<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Fieldvault {version} (commit {commit}, built {date})</source>
        <translation>Fieldvault {version} (커밋 {commit}, 빌드 {date})</translation>
    </message>
    <message>
        <source>About Fieldvault</source>
        <translation>Fieldvault 정보</translation>
    </message>
    <message>
        <source>An offline, encrypted case book for field research on people at risk. Nothing leaves this computer: no network connection is ever made.</source>
        <translation>위험에 처한 사람들에 대한 현장 연구를 위한 오프라인 암호화 사례 기록부입니다. 어떤 것도 이 컴퓨터 밖으로 나가지 않으며, 네트워크에는 전혀 연결하지 않습니다.</translation>
    </message>
    <message>
        <source>The codebook is derived from the KINU report on North Korean workers in Russia&apos;s Maritime Province (2016). The demo interviews are fiction.</source>
        <translation>코드북은 연해주 북한 노동자에 관한 통일연구원(KINU) 보고서(2016)를 바탕으로 만들었습니다. 데모 면담은 모두 허구입니다.</translation>
    </message>
    <message>
        <source>Free software under the GNU Affero General Public License, version 3 or later. Fonts: NanumGothic (SIL Open Font License), DejaVu Sans.</source>
        <translation>GNU Affero 일반 공중 사용 허가서 버전 3 이상에 따른 자유 소프트웨어입니다. 글꼴: NanumGothic(SIL Open Font License), DejaVu Sans.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>단위 수</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>일치율</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>코헨의 카파</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>크리펜도르프의 알파</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Unit of agreement</source>
        <translation>일치도 단위</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>글자</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>문장</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>문단</translation>
    </message>
    <message>
        <source>Cases to compare</source>
        <translation>비교할 사례</translation>
    </message>
    <message>
        <source>Case codes, e.g. W-001 W-002 (empty: all cases)</source>
        <translation>사례 코드, 예: W-001 W-002 (비워 두면 모든 사례)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the ticked coders (Ctrl+Enter)</source>
        <translation>선택한 코더를 비교합니다 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Percent agreement, Cohen&apos;s kappa (two coders) and Krippendorff&apos;s alpha over units coded by at least two coders. A dash: undefined (one coder, or nobody applied the theme).</source>
        <translation>두 명 이상의 코더가 코딩한 단위에 대한 일치율, 코헨의 카파(코더 두 명)와 크리펜도르프의 알파입니다. 대시(–)는 정의되지 않음을 뜻합니다(코더가 한 명이거나 아무도 그 주제를 적용하지 않음).</translation>
    </message>
    <message>
        <source>Where the coders differ, per case</source>
        <translation>사례별로 코더가 다른 곳</translation>
    </message>
    <message>
        <source>The case side by side</source>
        <translation>사례 나란히 보기</translation>
    </message>
    <message>
        <source>Theme colour: coded by that coder. Red wavy underline: the coders differ; pink: that coder did not code it there. Double-click opens the place in the workbench.</source>
        <translation>주제 색: 그 코더가 코딩한 곳. 빨간 물결 밑줄: 코더끼리 다른 곳. 분홍색: 그 코더가 그곳을 코딩하지 않음. 두 번 클릭하면 작업대에서 그 위치를 엽니다.</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare them.</source>
        <translation>비교할 코더를 둘 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>Tick the coders to compare and press Compute: agreement per theme, the cases where they differ, and each case side by side.</source>
        <translation>비교할 코더를 선택하고 계산을 누르십시오. 주제별 일치도, 코더가 다른 사례, 사례별 나란히 보기가 표시됩니다.</translation>
    </message>
    <message>
        <source>Agreement compares two or more coders, and {n} coded in this vault. Send cases to a second coder (Exchange menu), merge the bundle they send back, then compute here.</source>
        <translation>일치도는 둘 이상의 코더를 비교하는데, 이 보관함에서 코딩한 코더는 {n}명입니다. 사례를 두 번째 코더에게 보내고(교환 메뉴), 돌려받은 꾸러미를 병합한 뒤 여기서 계산하십시오.</translation>
    </message>
    <message>
        <source>Click a case in the table on the left to see its transcript once per coder, side by side, with the places where they differ marked.</source>
        <translation>왼쪽 표에서 사례를 클릭하면 코더별 녹취록이 나란히 표시되고, 코더끼리 다른 곳이 표시됩니다.</translation>
    </message>
    <message>
        <source>{coders}: {themes} themes over {cases} cases coded by two or more of them, unit: {unit}. Select a theme to see only its differences.</source>
        <translation>{coders}: 둘 이상이 코딩한 사례 {cases}개에서 주제 {themes}개, 단위: {unit}. 주제를 선택하면 그 주제의 차이만 봅니다.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>세는 중…</translation>
    </message>
    <message>
        <source>any theme</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <source>No case was coded by two of the chosen coders yet: each case needs codings from at least two of them.</source>
        <translation>선택한 코더 중 두 명이 코딩한 사례가 아직 없습니다. 사례마다 적어도 두 코더의 코딩이 필요합니다.</translation>
    </message>
    <message>
        <source>They differ on {what} in {differ} of the {compared} cases both coded. Click a case to compare it.</source>
        <translation>함께 코딩한 사례 {compared}개 중 {differ}개에서 {what}에 대해 다릅니다. 사례를 클릭하면 비교합니다.</translation>
    </message>
    <message>
        <source>Fewer than two of the chosen coders coded {code}; its codings are shown, but there is nothing to compare.</source>
        <translation>{code}을(를) 코딩한 선택 코더가 두 명 미만입니다. 코딩은 표시되지만 비교할 것이 없습니다.</translation>
    </message>
    <message>
        <source>{code}: the coders agree on {what} everywhere.</source>
        <translation>{code}: 모든 곳에서 {what}에 대해 코더가 일치합니다.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>비교할 코더</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>코더:</translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation>주제별 일치도</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>단위:</translation>
    </message>
    <message>
        <source>Comparing the coders…</source>
        <translation>코더를 비교하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the previous result.</source>
        <translation>취소했습니다. 표에는 이전 결과가 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>{code}: %n place(s) where the coders differ on {what}.</source>
        <translation>
            <numerusform>{code}: {what}에 대해 코더가 다른 곳 %n군데.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the agreement first.</source>
        <translation>먼저 일치도를 계산하세요.</translation>
    </message>
    <message>
        <source>Save the agreement table as CSV</source>
        <translation>일치도 표를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {name}: {why}.</source>
        <translation>{name}을(를) 쓸 수 없습니다: {why}.</translation>
    </message>
    <message>
        <source>Saved the table to {path}.</source>
        <translation>표를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>AnalysisModels</name>
    <message>
        <source>{theme} × {key}: {codings} codings in {cases} cases, {chars} coded characters. Double-click to read them.</source>
        <translation>{theme} × {key}: 사례 {cases}개에서 코딩 {codings}개, 코딩된 글자 {chars}자. 두 번 클릭하면 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>theme id</source>
        <translation>주제 ID</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>{a} with {b}: {pairs} pairs of codings in {cases} cases. Double-click to read them.</source>
        <translation>{a} + {b}: 사례 {cases}개에서 코딩 쌍 {pairs}개. 두 번 클릭하면 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Choose a view and press Compute (Ctrl+Enter). Double-click a cell to read its passages in Retrieve.</source>
        <translation>보기를 고르고 계산(Ctrl+Enter)을 누르세요. 칸을 두 번 클릭하면 그 구절을 모아 보기에서 읽습니다.</translation>
    </message>
    <message>
        <source>Analysis table</source>
        <translation>분석 표</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Themes × cases</source>
        <translation>주제 × 사례</translation>
    </message>
    <message>
        <source>Themes × attribute</source>
        <translation>주제 × 속성</translation>
    </message>
    <message>
        <source>Themes by interview year</source>
        <translation>면담 연도별 주제</translation>
    </message>
    <message>
        <source>Themes by interview month</source>
        <translation>면담 월별 주제</translation>
    </message>
    <message>
        <source>Themes by interviewer</source>
        <translation>면담자별 주제</translation>
    </message>
    <message>
        <source>Co-occurrence of themes</source>
        <translation>주제 동시 출현</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>셀 대상</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>coded characters</source>
        <translation>코딩된 글자</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>% of row</source>
        <translation>행 대비 %</translation>
    </message>
    <message>
        <source>% of column</source>
        <translation>열 대비 %</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>동시 출현</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>겹침</translation>
    </message>
    <message>
        <source>within N characters</source>
        <translation>N자 이내</translation>
    </message>
    <message>
        <source>same paragraph</source>
        <translation>같은 문단</translation>
    </message>
    <message>
        <source>Characters apart</source>
        <translation>글자 간격</translation>
    </message>
    <message>
        <source> chars</source>
        <translation>자</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>계산(&amp;C)</translation>
    </message>
    <message>
        <source>Compute the view (Ctrl+Enter)</source>
        <translation>보기 계산 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>셀 대상:</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>사례 상태</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Review verdict</source>
        <translation>검토 판정</translation>
    </message>
    <message>
        <source>all codings</source>
        <translation>모든 코딩</translation>
    </message>
    <message>
        <source>not judged invalid</source>
        <translation>부당 판정 제외</translation>
    </message>
    <message>
        <source>judged valid</source>
        <translation>타당 판정만</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>검토 안 됨</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>coder (all)</source>
        <translation>코더 (전체)</translation>
    </message>
    <message>
        <source>Cases where</source>
        <translation>사례 조건</translation>
    </message>
    <message>
        <source>cases where, e.g. sector=construction</source>
        <translation>사례 조건, 예: sector=construction</translation>
    </message>
    <message>
        <source>Include &amp;subthemes</source>
        <translation>하위 주제 포함(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Top-level only</source>
        <translation>최상위만(&amp;T)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>막대 차트</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>누적 막대</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Export table as CS&amp;V…</source>
        <translation>표를 CSV로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Export chart as PNG/S&amp;VG…</source>
        <translation>차트를 PNG/SVG로 내보내기(&amp;G)…</translation>
    </message>
    <message>
        <source>c-coefficient</source>
        <translation>c 계수</translation>
    </message>
    <message>
        <source>No case has attributes yet; choose another view.</source>
        <translation>속성이 있는 사례가 아직 없습니다. 다른 보기를 고르세요.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <source>{themes} themes × {columns} columns; {codings} codings in {cases} cases. Double-click a cell to read its passages.</source>
        <translation>주제 {themes}개 × 열 {columns}개, 사례 {cases}개에서 코딩 {codings}개. 칸을 두 번 클릭하면 구절을 읽습니다.</translation>
    </message>
    <message>
        <source>in one paragraph</source>
        <translation>같은 문단에서</translation>
    </message>
    <message>
        <source>within {n} characters</source>
        <translation>{n}자 이내에서</translation>
    </message>
    <message>
        <source>{pairs} pairs of themes coded {how}. Cells: pairs of codings (or c = n12 / (n1 + n2 − n12)); the diagonal: a theme&apos;s codings. Double-click a cell to read the passages.</source>
        <translation>{how} 코딩된 주제 쌍 {pairs}개. 칸: 코딩 쌍의 수(또는 c = n12 / (n1 + n2 − n12)), 대각선: 한 주제의 코딩 수. 칸을 두 번 클릭하면 구절을 읽습니다.</translation>
    </message>
    <message>
        <source>Nothing computed.</source>
        <translation>계산한 것이 없습니다.</translation>
    </message>
    <message>
        <source>Fetching the passages of {cell}…</source>
        <translation>{cell}의 구절을 가져오는 중…</translation>
    </message>
    <message>
        <source>{a} with {b}</source>
        <translation>{a} + {b}</translation>
    </message>
    <message>
        <source>{theme} in {key}</source>
        <translation>{key}의 {theme}</translation>
    </message>
    <message>
        <source>{n} passages of {cell} are in Retrieve.</source>
        <translation>{cell}의 구절 {n}개가 모아 보기에 있습니다.</translation>
    </message>
    <message>
        <source>{measure} by {by}</source>
        <translation>{by}별 {measure}</translation>
    </message>
    <message>
        <source>(first {n} of {total} columns)</source>
        <translation>(열 {total}개 중 처음 {n}개)</translation>
    </message>
    <message>
        <source>{title}: {theme} (select a row to chart another)</source>
        <translation>{title}: {theme} (다른 행을 고르면 그 행을 그립니다)</translation>
    </message>
    <message>
        <source>Pairs of codings by pair of themes</source>
        <translation>주제 쌍별 코딩 쌍</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>쌍</translation>
    </message>
    <message>
        <source>case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>interview year</source>
        <translation>면담 연도</translation>
    </message>
    <message>
        <source>interview month</source>
        <translation>면담 월</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>면담자</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Compute a view first.</source>
        <translation>먼저 보기를 계산하세요.</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>표를 CSV로 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {name}: {why}.</source>
        <translation>{name}을(를) 쓸 수 없습니다: {why}.</translation>
    </message>
    <message>
        <source>Saved the table to {path}.</source>
        <translation>표를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>차트를 PNG 또는 SVG로 저장</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>이미지 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Cannot write {name}.</source>
        <translation>{name}을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>차트를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Every change you confirmed is saved. If it happens again, lock the vault and restart Fieldvault.</source>
        <translation>예상하지 못한 문제가 생겼습니다. 확정한 변경 사항은 모두 저장되어 있습니다. 다시 발생하면 보관함을 잠그고 Fieldvault를 다시 시작하세요.</translation>
    </message>
</context>
<context>
    <name>AttachmentChoiceDialog</name>
    <message>
        <source>Attachments in the export</source>
        <translation>내보내기에 포함할 첨부 파일</translation>
    </message>
    <message>
        <source>Ticked attachments go into the PDF: photos as pages, recordings and documents listed with their SHA-256. The others are withheld and counted on the cover. The leak check reads text only: it cannot see what a photo shows.</source>
        <translation>체크한 첨부 파일은 PDF에 들어갑니다. 사진은 페이지로, 녹음과 문서는 SHA-256과 함께 목록으로 들어갑니다. 나머지는 비공개로 남고 표지에 개수가 표시됩니다. 유출 검사는 텍스트만 읽으므로 사진에 보이는 내용은 확인하지 못합니다.</translation>
    </message>
    <message>
        <source>Attachments to include</source>
        <translation>포함할 첨부 파일</translation>
    </message>
    <message>
        <source>The ticked cases have no attachments.</source>
        <translation>체크한 사례에는 첨부 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>{0} B</source>
        <translation>{0} B</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
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
        <source>Length</source>
        <translation>길이</translation>
    </message>
</context>
<context>
    <name>AttachmentRemoved</name>
    <message>
        <source>LIST chunk</source>
        <extracomment>What stripping reports (core/attachments), for the translation tools. A phrase not listed (an unusual chunk&apos;s name) is shown as the core wrote it.</extracomment>
        <translation>LIST 청크</translation>
    </message>
    <message>
        <source>broadcast extension (bext: originator, date, description)</source>
        <translation>방송용 확장(bext: 작성자, 날짜, 설명)</translation>
    </message>
    <message>
        <source>iXML chunk</source>
        <translation>iXML 청크</translation>
    </message>
    <message>
        <source>ID3 tags</source>
        <translation>ID3 태그</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>XMP 메타데이터</translation>
    </message>
    <message>
        <source>cue points</source>
        <translation>큐 포인트</translation>
    </message>
    <message>
        <source>sampler chunk</source>
        <translation>샘플러 청크</translation>
    </message>
    <message>
        <source>padding (JUNK)</source>
        <translation>채움 데이터(JUNK)</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>채움 데이터</translation>
    </message>
    <message>
        <source>LIST/INFO tags (title, artist, dates, comments)</source>
        <translation>LIST/INFO 태그(제목, 작성자, 날짜, 설명)</translation>
    </message>
    <message>
        <source>text (tEXt)</source>
        <translation>텍스트(tEXt)</translation>
    </message>
    <message>
        <source>text (iTXt, e.g. XMP)</source>
        <translation>텍스트(iTXt, 예: XMP)</translation>
    </message>
    <message>
        <source>text (zTXt)</source>
        <translation>텍스트(zTXt)</translation>
    </message>
    <message>
        <source>EXIF metadata (eXIf)</source>
        <translation>EXIF 메타데이터(eXIf)</translation>
    </message>
    <message>
        <source>modification time (tIME)</source>
        <translation>수정 시각(tIME)</translation>
    </message>
    <message>
        <source>colour profile (iCCP)</source>
        <translation>색 프로파일(iCCP)</translation>
    </message>
    <message>
        <source>data after the image end</source>
        <translation>이미지 끝 뒤의 데이터</translation>
    </message>
    <message>
        <source>EXIF metadata (camera, settings, dates)</source>
        <translation>EXIF 메타데이터(카메라, 설정, 날짜)</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>GPS 위치</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>제조사 메모</translation>
    </message>
    <message>
        <source>embedded thumbnail</source>
        <translation>내장 미리보기</translation>
    </message>
    <message>
        <source>colour profile (ICC)</source>
        <translation>색 프로파일(ICC)</translation>
    </message>
    <message>
        <source>multi-picture index</source>
        <translation>다중 사진 색인</translation>
    </message>
    <message>
        <source>IPTC/Photoshop metadata</source>
        <translation>IPTC/Photoshop 메타데이터</translation>
    </message>
    <message>
        <source>JFIF thumbnail</source>
        <translation>JFIF 미리보기</translation>
    </message>
    <message>
        <source>JPEG comment</source>
        <translation>JPEG 주석</translation>
    </message>
    <message>
        <source>data after the image end (previews, depth maps)</source>
        <translation>이미지 끝 뒤의 데이터(미리보기, 깊이 지도)</translation>
    </message>
    <message>
        <source>ID3v2 tags (title, artist, comments, pictures, dates)</source>
        <translation>ID3v2 태그(제목, 작성자, 설명, 그림, 날짜)</translation>
    </message>
    <message>
        <source>ID3v1 tag</source>
        <translation>ID3v1 태그</translation>
    </message>
    <message>
        <source>APE tags</source>
        <translation>APE 태그</translation>
    </message>
    <message>
        <source>Lyrics3 tag</source>
        <translation>Lyrics3 태그</translation>
    </message>
    <message>
        <source>GPS location (©xyz)</source>
        <translation>GPS 위치(©xyz)</translation>
    </message>
    <message>
        <source>location (loci)</source>
        <translation>위치(loci)</translation>
    </message>
    <message>
        <source>tags (meta/ilst: title, artist, comments)</source>
        <translation>태그(meta/ilst: 제목, 작성자, 설명)</translation>
    </message>
    <message>
        <source>user data (udta)</source>
        <translation>사용자 데이터(udta)</translation>
    </message>
    <message>
        <source>XMP or vendor data (uuid)</source>
        <translation>XMP 또는 제조사 데이터(uuid)</translation>
    </message>
    <message>
        <source>leftover bytes in free space</source>
        <translation>빈 공간에 남은 바이트</translation>
    </message>
    <message>
        <source>other metadata items</source>
        <translation>기타 메타데이터 항목</translation>
    </message>
    <message>
        <source>creation and modification dates</source>
        <translation>생성 및 수정 날짜</translation>
    </message>
    <message>
        <source>Vorbis comments</source>
        <translation>Vorbis 주석</translation>
    </message>
    <message>
        <source>Opus tags</source>
        <translation>Opus 태그</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments of this case</source>
        <translation>이 사례의 첨부 파일</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>사본 저장…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>시작 표시</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>끝 표시</translation>
    </message>
    <message>
        <source>Code segment…</source>
        <translation>구간 코딩…</translation>
    </message>
    <message>
        <source>Coded segments of this case</source>
        <translation>이 사례의 코딩된 구간</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>구간 삭제</translation>
    </message>
    <message>
        <source>Mark in and mark out while the recording plays, then code the segment.</source>
        <translation>녹음을 재생하면서 시작과 끝을 표시한 다음 구간을 코딩하세요.</translation>
    </message>
    <message>
        <source>Coded {0} to {1} as {2}.</source>
        <translation>{0}부터 {1}까지 {2}(으)로 코딩했습니다.</translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia, which this installation lacks.</source>
        <translation>녹음을 재생하려면 Qt Multimedia가 필요하지만 이 설치에는 없습니다.</translation>
    </message>
    <message>
        <source>Kept as it was given (documents are not stripped).</source>
        <translation>받은 그대로 보관했습니다(문서에서는 메타데이터를 지우지 않습니다).</translation>
    </message>
    <message>
        <source>No metadata was found on intake.</source>
        <translation>받을 때 메타데이터가 없었습니다.</translation>
    </message>
    <message>
        <source>Removed on intake: {0}.</source>
        <translation>받을 때 지운 것: {0}.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>이 사진을 표시할 수 없습니다.</translation>
    </message>
    <message>
        <source>This case has no recording to play.</source>
        <translation>이 사례에는 재생할 녹음이 없습니다.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Recordings and photos ({0})</source>
        <translation>녹음과 사진 ({0})</translation>
    </message>
    <message>
        <source>Attach a recording or photo</source>
        <translation>녹음이나 사진 첨부</translation>
    </message>
    <message>
        <source>Removing metadata and encrypting {0}…</source>
        <translation>{0}의 메타데이터를 지우고 암호화하는 중…</translation>
    </message>
    <message>
        <source>Attached {0}. {1}</source>
        <translation>{0}을(를) 첨부했습니다. {1}</translation>
    </message>
    <message>
        <source>Save a copy without metadata (not encrypted)</source>
        <translation>메타데이터 없는 사본 저장(암호화되지 않음)</translation>
    </message>
    <message>
        <source>Saved a copy to {0}; that copy is not encrypted.</source>
        <translation>{0}에 사본을 저장했습니다. 이 사본은 암호화되지 않았습니다.</translation>
    </message>
    <message>
        <source>Remove {0} from this case? Its encrypted file and key are destroyed; this cannot be undone.</source>
        <translation>이 사례에서 {0}을(를) 삭제할까요? 암호화된 파일과 키가 파기되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>첨부 파일 삭제</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>{0}을(를) 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>AudioSegmentModel</name>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Attribute &apos;{name}&apos; takes yes or no.</source>
        <translation>속성 &apos;{name}&apos;에는 예 또는 아니요만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>새 사례</translation>
    </message>
    <message>
        <source>Edit case {code}</source>
        <translation>사례 {code} 편집</translation>
    </message>
    <message>
        <source>leave empty for a random code</source>
        <translation>비워 두면 무작위 코드</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>연-월-일 (예: 2015-03-10)</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add &amp;attribute</source>
        <translation>속성 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>면담자(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>장소(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>사례 코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>면담 날짜</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>면담자</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>CaseDifferenceModel</name>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Themes they differ on</source>
        <translation>차이가 있는 주제</translation>
    </message>
    <message>
        <source>one coder</source>
        <translation>코더 1명</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>일치</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>내보냄</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>면담자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <source>Key attributes</source>
        <translation>주요 속성</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>CaseWorkflowDialog</name>
    <message>
        <source>Review workflow — {code}</source>
        <translation>검토 절차 — {code}</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>검토 이력</translation>
    </message>
    <message>
        <source>Comment on the move</source>
        <translation>단계 이동에 대한 의견</translation>
    </message>
    <message>
        <source>Comment (needed when returning a case: say what to change)</source>
        <translation>의견 (사례를 반려할 때 필수: 무엇을 고칠지 적으세요)</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>검토 요청(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tart review</source>
        <translation>검토 시작(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Return with comment</source>
        <translation>의견과 함께 반려(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>Mark e&amp;xported</source>
        <translation>내보냄으로 표시(&amp;X)</translation>
    </message>
    <message>
        <source>Re&amp;veal codings to coders</source>
        <translation>코더에게 코딩 공개(&amp;V)</translation>
    </message>
    <message>
        <source>End blind coding on this case: every coder sees every coding.</source>
        <translation>이 사례의 블라인드 코딩을 끝냅니다. 모든 코더가 모든 코딩을 보게 됩니다.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>{code} “{title}” is {status}. You are {role} here.</source>
        <translation>{code} “{title}”: {status}. 이 보관함에서 당신은 {role}입니다.</translation>
    </message>
    <message>
        <source>Codings on this case are revealed to every coder.</source>
        <translation>이 사례의 코딩은 모든 코더에게 공개되어 있습니다.</translation>
    </message>
    <message>
        <source>A case that is {status} does not move any further.</source>
        <translation>{status} 상태의 사례는 더 이상 다음 단계로 가지 않습니다.</translation>
    </message>
    <message>
        <source>As {role} you cannot move it from here; next it goes to {next}, which another member does.</source>
        <translation>{role}(으)로서는 여기서 넘길 수 없습니다. 다음 단계({next})는 다른 구성원이 진행합니다.</translation>
    </message>
    <message>
        <source>Moved from {a} to {b}.</source>
        <translation>{a}에서 {b}(으)로 옮겼습니다.</translation>
    </message>
    <message>
        <source>Every coder may now see all codings of this case.</source>
        <translation>이제 모든 코더가 이 사례의 모든 코딩을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Filter by code, title, place, person…</source>
        <translation>코드, 제목, 장소, 인물로 거르기…</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>사례 거르기</translation>
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
        <source>Privacy filter</source>
        <translation>개인정보 필터</translation>
    </message>
    <message>
        <source>Any privacy state</source>
        <translation>모든 개인정보 상태</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>주제 필터</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <source>Attribute filter</source>
        <translation>속성 필터</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>모든 속성</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>속성 값</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>새 사례(&amp;N)…</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>새 사례 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>사례 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected case (F2)</source>
        <translation>선택한 사례 편집 (F2)</translation>
    </message>
    <message>
        <source>&amp;Code this case</source>
        <translation>이 사례 코딩(&amp;C)</translation>
    </message>
    <message>
        <source>Open the selected case in the workbench (Enter)</source>
        <translation>선택한 사례를 작업대에서 열기 (Enter)</translation>
    </message>
    <message>
        <source>&amp;Workflow…</source>
        <translation>검토 절차(&amp;W)…</translation>
    </message>
    <message>
        <source>Submit, review, return or approve the selected case (Ctrl+Shift+W)</source>
        <translation>선택한 사례를 제출, 검토, 반려 또는 승인 (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Import &amp;documents…</source>
        <translation>문서 가져오기(&amp;D)…</translation>
    </message>
    <message>
        <source>Import .txt, .docx, .odt, .hwpx, .rtf or .pdf files, or drop them on this page</source>
        <translation>.txt, .docx, .odt, .hwpx, .rtf, .pdf 파일을 가져옵니다. 이 페이지에 끌어다 놓아도 됩니다</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>사례 %n건 중 {shown}건</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Imported {cases} cases with {codings} codings and {memos} memos.</source>
        <translation>사례 {cases}건, 코딩 {codings}개, 메모 {memos}개를 가져왔습니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>아직 그릴 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CheckActions</name>
    <message>
        <source>&amp;Check vault…</source>
        <translation>보관함 점검(&amp;C)…</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>보관함 점검</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase or recovery code on the unlock page first; the check needs it to read the vault.</source>
        <translation>먼저 잠금 해제 화면에 보관함의 암호 문구나 복구 코드를 입력하십시오. 점검하려면 보관함을 읽어야 합니다.</translation>
    </message>
    <message>
        <source>Checking the key files, every page of the database and the audit chain…</source>
        <translation>키 파일, 데이터베이스의 모든 페이지와 감사 기록 체인을 점검하는 중…</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Key file</source>
        <translation>키 파일</translation>
    </message>
    <message>
        <source>Copy of the key file</source>
        <translation>키 파일 사본</translation>
    </message>
    <message>
        <source>Database pages</source>
        <translation>데이터베이스 페이지</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>데이터베이스 구조</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>감사 기록 체인</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>보관함 점검</translation>
    </message>
    <message>
        <source>Nothing is damaged.</source>
        <translation>손상된 것이 없습니다.</translation>
    </message>
    <message>
        <source>Something is damaged. Do not write to this vault until you have read what to do below.</source>
        <translation>손상된 부분이 있습니다. 아래의 조치 방법을 읽기 전에는 이 보관함에 아무것도 쓰지 마십시오.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>점검한 항목</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>손상됨</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>조치 방법: {advice}</translation>
    </message>
    <message>
        <source>Copies in the vault&apos;s backups folder, newest first: {names}</source>
        <translation>보관함 backups 폴더의 사본(최신순): {names}</translation>
    </message>
    <message>
        <source>The vault&apos;s backups folder holds no copies.</source>
        <translation>보관함 backups 폴더에 사본이 없습니다.</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>Themes</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Theme details</source>
        <translation>주제 정보</translation>
    </message>
    <message>
        <source>Memos on this theme</source>
        <translation>이 주제에 대한 메모</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>옮기기(&amp;M)…</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>색(&amp;L)…</translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation>병합(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;trieve</source>
        <translation>모아 보기(&amp;T)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>정의</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>포함</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Report references</source>
        <translation>보고서 참조</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(최상위)</translation>
    </message>
    <message>
        <source>e.g. work.night_shifts</source>
        <translation>예: work.night_shifts</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>주제 추가</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>영어(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Korean:</source>
        <translation>한국어(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation>러시아어(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>상위 주제(&amp;U):</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>{name} 이름 바꾸기</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name} 옮기기</translation>
    </message>
    <message>
        <source>&amp;New parent:</source>
        <translation>새 상위 주제(&amp;N):</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>{name}의 색</translation>
    </message>
    <message numerus="yes">
        <source>Its %n coding(s) and its subthemes move to the chosen theme; then “{name}” is deleted.</source>
        <translation>
            <numerusform>코딩 %n개와 하위 주제가 선택한 주제로 옮겨진 뒤 “{name}”은(는) 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation>{name}을(를) 다른 주제에 병합…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>병합 대상(&amp;I):</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>주제 삭제</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its subthemes move up one level.</source>
        <translation>“{name}”을(를) 삭제할까요? 하위 주제는 한 단계 위로 올라갑니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move its codings to another theme</source>
        <translation>코딩을 다른 주제로 옮기기</translation>
    </message>
    <message numerus="yes">
        <source>Delete its %n coding(s) too</source>
        <translation>
            <numerusform>코딩 %n개도 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n coding(s). Choose what happens to them.</source>
        <translation>
            <numerusform>“{name}”에는 코딩이 %n개 있습니다. 어떻게 처리할지 고르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} 삭제</translation>
    </message>
    <message>
        <source>&amp;Codings:</source>
        <translation>코딩(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>옮길 주제(&amp;M):</translation>
    </message>
</context>
<context>
    <name>CoderPane</name>
    <message>
        <source>The coders differ on {theme} here: coded by {who}.</source>
        <translation>여기서 {theme}에 대해 코더가 다릅니다. 코딩한 사람: {who}.</translation>
    </message>
</context>
<context>
    <name>CodingListModel</name>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>코딩 막대</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Found</source>
        <translation>발견 시각</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>들어온 내용</translation>
    </message>
    <message>
        <source>State</source>
        <translation>처리 상태</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>보관함 만들기</translation>
    </message>
    <message>
        <source>e.g. interviews-2025</source>
        <translation>예: interviews-2025</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>your name or initials, as shown to reviewers</source>
        <translation>검토자에게 보일 이름이나 머리글자</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>보관함 이름</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>내 이름(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>암호 문구(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>다시 입력(&amp;R):</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>보관함을 둘 곳</translation>
    </message>
    <message>
        <source>Give the vault a name (no slashes).</source>
        <translation>보관함 이름을 입력하세요 (빗금 없이).</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>A vault with this name already exists in that folder.</source>
        <translation>그 폴더에 같은 이름의 보관함이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Fieldvault</source>
        <translation>Fieldvault</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import documents</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>문서 ({patterns})</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>Import documents</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <source>Reading {count} files…</source>
        <translation>파일 {count}개를 읽는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Nothing was imported: {refused} of {total} files could not be read.</source>
        <translation>아무것도 가져오지 않았습니다: 파일 {total}개 중 {refused}개를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Storing and scanning for identifying details…</source>
        <translation>저장하고 식별 정보를 찾는 중…</translation>
    </message>
    <message>
        <source>Imported into {cases}.</source>
        <translation>{cases}(으)로 가져왔습니다.</translation>
    </message>
    <message>
        <source>{count} original files kept as encrypted attachments.</source>
        <translation>원본 파일 {count}개를 암호화된 첨부 파일로 보관했습니다.</translation>
    </message>
    <message>
        <source>{count} suggestions of identifying details await your review.</source>
        <translation>식별 정보 제안 {count}건이 검토를 기다립니다.</translation>
    </message>
    <message>
        <source>The scan for identifying details was cancelled; it runs again before any export.</source>
        <translation>식별 정보 찾기가 취소되었습니다. 내보내기 전에 다시 실행됩니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Import documents</source>
        <translation>문서 가져오기</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>가져올 텍스트</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>A new case for each file</source>
        <translation>파일마다 새 사례</translation>
    </message>
    <message>
        <source>All files into one case:</source>
        <translation>모든 파일을 한 사례로:</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>사례 코드</translation>
    </message>
    <message>
        <source>empty: a new code; an existing code adds the text to that case</source>
        <translation>비우면 새 코드, 기존 코드면 그 사례에 텍스트를 덧붙입니다</translation>
    </message>
    <message>
        <source>Keep the original files as encrypted attachments</source>
        <translation>원본 파일을 암호화된 첨부 파일로 보관</translation>
    </message>
    <message>
        <source> (the first {shown:,} shown)</source>
        <translation> (처음 {shown:,}자 표시)</translation>
    </message>
    <message>
        <source>{format}, {count:,} characters{extra}, languages: {languages}</source>
        <translation>{format}, {count:,}자{extra}, 언어: {languages}</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>The edits were made on version {old}; the case is now at version {new}, so compare before saving.</source>
        <translation>이 수정은 판본 {old}에서 했고, 사례는 지금 판본 {new}입니다. 저장하기 전에 비교하십시오.</translation>
    </message>
    <message>
        <source>the transcript edits (Ctrl+S saves them, Escape discards them)</source>
        <translation>녹취록 수정 내용(Ctrl+S로 저장, Escape로 버림)</translation>
    </message>
    <message>
        <source>the memo text (Add memo or Save changes keeps it)</source>
        <translation>메모 내용(메모 추가 또는 변경 저장으로 보관)</translation>
    </message>
    <message>
        <source>Restored from before the lock and not saved yet: {what}.</source>
        <translation>잠그기 전의 작업을 되살렸으며 아직 저장되지 않았습니다: {what}.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation>REFI-QDA 프로젝트 가져오기</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 프로젝트 (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>REFI-QDA 가져오기</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>These codes in {name} have the same name as themes in this vault&apos;s codebook:</source>
        <translation>{name}의 다음 코드는 이 보관함 코드북의 주제와 이름이 같습니다:</translation>
    </message>
    <message>
        <source>Merge into those themes</source>
        <translation>그 주제에 합치기</translation>
    </message>
    <message>
        <source>Add as new themes</source>
        <translation>새 주제로 추가</translation>
    </message>
    <message>
        <source>REFI-QDA export</source>
        <translation>REFI-QDA 내보내기</translation>
    </message>
    <message>
        <source>Preparing the project…</source>
        <translation>프로젝트를 준비하는 중…</translation>
    </message>
    <message>
        <source>The project file will contain:</source>
        <translation>프로젝트 파일에 들어갈 내용:</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message numerus="yes">
        <source>%n coded recording(s) can go into the file too, with metadata removed but not encrypted; voices can identify people.</source>
        <translation>
            <numerusform>코딩된 녹음 %n개도 파일에 넣을 수 있습니다. 메타데이터는 제거되지만 암호화되지 않으며, 목소리로 사람을 식별할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the recordings…</source>
        <translation>녹음 포함…</translation>
    </message>
    <message>
        <source>Write the REFI-QDA project</source>
        <translation>REFI-QDA 프로젝트 쓰기</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} 쓰는 중…</translation>
    </message>
    <message>
        <source>Wrote {path}: {cases} cases, {codings} codings, {memos} memos.</source>
        <translation>{path}에 썼습니다: 사례 {cases}건, 코딩 {codings}개, 메모 {memos}개.</translation>
    </message>
</context>
<context>
    <name>ExportBundle</name>
    <message>
        <source>Wrote {file} ({size}) for {to}.</source>
        <translation>{to}에게 보낼 {file}({size})을(를) 썼습니다.</translation>
    </message>
    <message>
        <source>Cases: {codes}.</source>
        <translation>사례: {codes}.</translation>
    </message>
    <message>
        <source>{n} real identities travel inside, readable only by the supervisors among the recipients.</source>
        <translation>실제 신원 {n}건이 함께 들어 있으며, 수신자 가운데 감독자만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Carry the file by any means (USB stick, shared folder, e-mail); only the recipients can open it, and they will see if it was altered.</source>
        <translation>파일은 어떤 방법으로든(USB 메모리, 공유 폴더, 이메일) 전달하면 됩니다. 수신자만 열 수 있고, 변조되었으면 수신자가 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>꾸러미를 썼습니다</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Send cases as a bundle</source>
        <translation>사례를 꾸러미로 보내기</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>사례 거르기</translation>
    </message>
    <message>
        <source>Filter by code, title or status…</source>
        <translation>코드, 제목, 상태로 거르기…</translation>
    </message>
    <message>
        <source>Cases to send</source>
        <translation>보낼 사례</translation>
    </message>
    <message>
        <source>Include the real &amp;identities of the people in these cases (readable only by supervisors)</source>
        <translation>이 사례에 나오는 사람들의 실제 신원 포함(&amp;I) (감독자만 읽을 수 있음)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>꾸러미 파일</translation>
    </message>
    <message>
        <source>Where to write the bundle (…{s})</source>
        <translation>꾸러미를 쓸 위치 (…{s})</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>꾸러미 쓰기(&amp;W)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>Only the chosen members can open the bundle; it is signed with your key so they know it comes from you.</source>
        <translation>선택한 구성원만 꾸러미를 열 수 있습니다. 당신의 키로 서명되므로 받는 사람은 보낸 사람이 당신임을 알 수 있습니다.</translation>
    </message>
    <message>
        <source>Signing key {f}</source>
        <translation>서명 키 {f}</translation>
    </message>
    <message>
        <source>No member can receive bundles yet: add their identity text under Review → Members first.</source>
        <translation>아직 꾸러미를 받을 수 있는 구성원이 없습니다. 먼저 검토 → 구성원에서 그들의 신원 문자열을 추가하세요.</translation>
    </message>
    <message>
        <source>{n} suggestions are undecided in the ticked cases.</source>
        <translation>선택한 사례에 미결정 제안이 {n}건 있습니다.</translation>
    </message>
    <message>
        <source>No suggestion is undecided in the ticked cases.</source>
        <translation>선택한 사례에 미결정 제안이 없습니다.</translation>
    </message>
    <message>
        <source>{n} of them were never scanned.</source>
        <translation>그중 {n}개는 검사한 적이 없습니다.</translation>
    </message>
    <message>
        <source>The bundle carries the working text as it is.</source>
        <translation>꾸러미에는 작업 중인 본문이 그대로 들어갑니다.</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>꾸러미를 쓸 위치</translation>
    </message>
    <message>
        <source>Fieldvault bundles (*{s})</source>
        <translation>Fieldvault 꾸러미 (*{s})</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>수신자를 한 명 이상 고르세요.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>사례를 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation>꾸러미를 쓸 위치를 고르세요.</translation>
    </message>
    <message>
        <source>Send cases</source>
        <translation>사례 보내기</translation>
    </message>
    <message numerus="yes">
        <source>Encrypting and signing %n case(s)…</source>
        <translation>
            <numerusform>사례 %n건을 암호화하고 서명하는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Folder: {folder}</source>
        <translation>폴더: {folder}</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>파일: {files}</translation>
    </message>
    <message>
        <source>{pages} pages. Content digest (SHA-256): {digest}</source>
        <translation>{pages}쪽. 내용 요약값(SHA-256): {digest}</translation>
    </message>
    <message>
        <source>Leak check: {n} withheld values searched for in the finished PDF with two text extractors; none was found.</source>
        <translation>유출 검사: 완성된 PDF에서 두 가지 텍스트 추출기로 비공개 값 {n}개를 찾아보았으며, 하나도 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>Signed with the vault&apos;s export key {key}. Give the recipient its public key separately (Import/Export → Export signing key).</source>
        <translation>보관함의 내보내기 키 {key}로 서명했습니다. 공개 키는 따로 전달하세요 (가져오기/내보내기 → 서명 키 내보내기).</translation>
    </message>
    <message>
        <source>How the recipient checks it, in the folder:</source>
        <translation>수신자가 폴더 안에서 확인하는 방법:</translation>
    </message>
    <message>
        <source>  or: fieldvault verify FOLDER --key PUBLIC_KEY</source>
        <translation>  또는: fieldvault verify FOLDER --key PUBLIC_KEY</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>제외된 것:</translation>
    </message>
    <message>
        <source>Attachments: {included} included, {withheld} withheld.</source>
        <translation>첨부 파일: 포함 {included}개, 비공개 {withheld}개.</translation>
    </message>
    <message>
        <source>Moved to exported: {codes}.</source>
        <translation>내보냄 상태로 옮김: {codes}.</translation>
    </message>
    <message>
        <source>Export a redacted PDF</source>
        <translation>가림 처리한 PDF 내보내기</translation>
    </message>
    <message>
        <source>&amp;Cases (full redacted transcripts)</source>
        <translation>사례(&amp;C) (가림 처리한 녹취록 전문)</translation>
    </message>
    <message>
        <source>&amp;Theme report (coded passages of the ticked themes)</source>
        <translation>주제 보고서(&amp;T) (선택한 주제로 코딩된 구절)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>사례 거르기</translation>
    </message>
    <message>
        <source>Filter cases…</source>
        <translation>사례 거르기…</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>내보낼 사례</translation>
    </message>
    <message>
        <source>Themes to report</source>
        <translation>보고서에 넣을 주제</translation>
    </message>
    <message>
        <source>Themes (for a theme report)</source>
        <translation>주제 (주제 보고서용)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Review state of the ticked cases</source>
        <translation>선택한 사례의 검토 상태</translation>
    </message>
    <message>
        <source>What the export withholds, before writing</source>
        <translation>쓰기 전에 보는 비공개 처리 내용</translation>
    </message>
    <message>
        <source>Tick cases to see their review state.</source>
        <translation>사례를 선택하면 검토 상태가 보입니다.</translation>
    </message>
    <message>
        <source>What is withheld</source>
        <translation>비공개 항목</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>내보내기 프로필</translation>
    </message>
    <message>
        <source>legal: every identifying category withheld, no codings or memos</source>
        <translation>법률용: 모든 식별 정보 범주 비공개, 코딩과 메모 제외</translation>
    </message>
    <message>
        <source>supervisor: direct identifiers withheld, codings and memos included</source>
        <translation>감독자용: 직접 식별자 비공개, 코딩과 메모 포함</translation>
    </message>
    <message>
        <source>custom: choose below</source>
        <translation>사용자 지정: 아래에서 선택</translation>
    </message>
    <message>
        <source>Withhold {c}</source>
        <translation>{c} 비공개</translation>
    </message>
    <message>
        <source>Include co&amp;dings</source>
        <translation>코딩 포함(&amp;D)</translation>
    </message>
    <message>
        <source>Include &amp;memos</source>
        <translation>메모 포함(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;quire review (refuse while anything is undecided)</source>
        <translation>검토 필수(&amp;Q) (미결정이 있으면 거부)</translation>
    </message>
    <message>
        <source>Without this, undecided suggestions are withheld by default.</source>
        <translation>이 옵션이 없으면 미결정 제안은 기본으로 비공개 처리됩니다.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Who it is for, as printed on the cover (no real names of interviewees)</source>
        <translation>받는 사람 (표지에 인쇄됨, 면담 대상자의 실명은 쓰지 마세요)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>출력 폴더</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>새 폴더 또는 빈 폴더</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>선택(&amp;H)…</translation>
    </message>
    <message>
        <source>PDF language</source>
        <translation>PDF 언어</translation>
    </message>
    <message>
        <source>Language of the PDF&apos;s cover, headings and redaction log: the recipient&apos;s, which may not be yours. Tokens such as [R1 · PERSON] stay the same in every language.</source>
        <translation>PDF 표지, 제목, 가림 처리 기록의 언어입니다. 내 언어가 아니라 수신자의 언어를 고르세요. [R1 · PERSON] 같은 표지는 어느 언어에서나 같습니다.</translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation>PDF 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Move approved cases to “exported”</source>
        <translation>승인된 사례를 “내보냄”으로 옮기기</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>수신자(&amp;R):</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>첨부 파일:</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>첨부 파일(&amp;A)…</translation>
    </message>
    <message>
        <source>none chosen: all withheld</source>
        <translation>선택 없음: 모두 비공개</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen, the others withheld</source>
        <translation>
            <numerusform>%n개 선택, 나머지는 비공개</numerusform>
        </translation>
    </message>
    <message>
        <source>Only passages from these cases (none ticked: all cases)</source>
        <translation>이 사례의 구절만 (선택 없음: 모든 사례)</translation>
    </message>
    <message>
        <source>Where to write the export</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Tick at least one theme.</source>
        <translation>주제를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>사례를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Say who the export is for.</source>
        <translation>누구에게 보내는지 적으세요.</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>출력 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Scanning {n} cases for identifying details, then redacting, writing and checking the PDF…</source>
        <translation>사례 {n}개에서 식별 정보를 검사한 뒤 PDF를 가림 처리하고 쓰고 검사하는 중…</translation>
    </message>
    <message>
        <source>Redacting, writing and checking the PDF…</source>
        <translation>PDF를 가림 처리하고 쓰고 검사하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>All {n} cases are reviewed.</source>
        <translation>사례 {n}개가 모두 검토되었습니다.</translation>
    </message>
    <message>
        <source>{n} of {total} cases are not reviewed:</source>
        <translation>사례 {total}개 중 {n}개가 검토되지 않았습니다:</translation>
    </message>
    <message>
        <source> — the export scans it first</source>
        <translation> — 내보내기가 먼저 검사합니다</translation>
    </message>
    <message>
        <source> — the export scans it again</source>
        <translation> — 내보내기가 다시 검사합니다</translation>
    </message>
    <message>
        <source> — withheld by default: {counts}</source>
        <translation> — 기본 비공개: {counts}</translation>
    </message>
    <message>
        <source>Withheld by default (undecided): {counts}.</source>
        <translation>기본 비공개(미결정): {counts}.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>  (and whatever the scan finds in the cases not scanned yet)</source>
        <translation>  (그리고 아직 검사하지 않은 사례에서 검사가 찾는 모든 것)</translation>
    </message>
    <message>
        <source>Withheld after review (accepted): {counts}.</source>
        <translation>검토 후 비공개(수락됨): {counts}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Undecided suggestions are withheld unless someone rejects them.</source>
        <translation>미결정 제안은 누군가 거부하지 않는 한 비공개 처리됩니다.</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Export written</source>
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <source>The export is written, checked and signed.</source>
        <translation>내보내기를 쓰고 검사하고 서명했습니다.</translation>
    </message>
    <message>
        <source>Where the export is and how to check it</source>
        <translation>내보낸 위치와 확인 방법</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <source>By</source>
        <translation>처리자</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <source>Imported the bundle from {sender}: {new} new cases, {updated} updated.</source>
        <translation>{sender}의 꾸러미를 가져왔습니다: 새 사례 {new}건, 갱신 {updated}건.</translation>
    </message>
    <message>
        <source>New cases: {codes}</source>
        <translation>새 사례: {codes}</translation>
    </message>
    <message>
        <source>Updated cases: {codes}</source>
        <translation>갱신된 사례: {codes}</translation>
    </message>
    <message>
        <source>Case {old} arrived, but that code was taken here: it is {new} in this vault.</source>
        <translation>사례 {old}이(가) 들어왔지만 이 코드는 이미 쓰이고 있어 이 보관함에서는 {new}입니다.</translation>
    </message>
    <message>
        <source>transcript versions</source>
        <translation>녹취록 판본</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>검토 판정</translation>
    </message>
    <message>
        <source>review moves</source>
        <translation>검토 단계 이동</translation>
    </message>
    <message>
        <source>people</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>real identities</source>
        <translation>실제 신원</translation>
    </message>
    <message>
        <source>new themes</source>
        <translation>새 주제</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Added or changed: {what}.</source>
        <translation>추가되거나 바뀐 것: {what}.</translation>
    </message>
    <message>
        <source>Nothing in it was new to this vault.</source>
        <translation>이 보관함에 새로운 내용은 없었습니다.</translation>
    </message>
    <message>
        <source>{n} conflicts: records were changed on both sides. Both versions are kept; see Review → Conflicts to reconcile them.</source>
        <translation>충돌 {n}건: 양쪽에서 같은 기록이 바뀌었습니다. 두 판본 모두 보관되어 있으니 검토 → 충돌에서 맞춰 주세요.</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>충돌 없음.</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>꾸러미 받기</translation>
    </message>
    <message>
        <source>Checking and merging {name}…</source>
        <translation>{name} 확인하고 병합하는 중…</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>꾸러미를 가져왔습니다</translation>
    </message>
    <message>
        <source>What the bundle added</source>
        <translation>꾸러미로 추가된 것</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>충돌 보기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>KeepPassphrasesDialog</name>
    <message>
        <source>Type the passphrase of each passphrase slot that should keep working; a slot left empty is removed too.</source>
        <translation>계속 사용할 각 암호 문구 슬롯의 암호 문구를 입력하십시오. 비워 둔 슬롯은 함께 제거됩니다.</translation>
    </message>
    <message>
        <source>Passphrase of slot {label}</source>
        <translation>슬롯 {label}의 암호 문구</translation>
    </message>
    <message>
        <source>Slot “{label}”:</source>
        <translation>슬롯 “{label}”:</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Export signing key</source>
        <translation>서명 키 내보내기</translation>
    </message>
    <message>
        <source>Recipients check that an export comes from this vault and is unchanged with this public key (key ID {id}). Give it to them by a different way than the export itself, e.g. read it out by phone or hand it over in person.</source>
        <translation>수신자는 이 공개 키(키 ID {id})로 내보낸 파일이 이 보관함에서 왔고 바뀌지 않았는지 확인합니다. 내보낸 파일과는 다른 경로로 전달하세요. 예: 전화로 불러 주거나 직접 건네기.</translation>
    </message>
    <message>
        <source>Public key for minisign -P</source>
        <translation>minisign -P 용 공개 키</translation>
    </message>
    <message>
        <source>Public key file (minisign.pub)</source>
        <translation>공개 키 파일 (minisign.pub)</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>공개 키 복사(&amp;C)</translation>
    </message>
    <message>
        <source>As a minisign.pub file:</source>
        <translation>minisign.pub 파일 형식:</translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation>공개 키를 클립보드에 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Keys and backup</source>
        <translation>키와 백업</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>키 슬롯</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>슬롯</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>만든 때 (UTC)</translation>
    </message>
    <message>
        <source>Last used (UTC)</source>
        <translation>마지막 사용 (UTC)</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>암호 문구 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>새 복구 코드(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move slot…</source>
        <translation>슬롯 제거(&amp;M)…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>백업 만들기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>감사 기록 검증(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>이번 세션</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>Organisation key</source>
        <translation>기관 키</translation>
    </message>
    <message>
        <source>Choose a passphrase slot in the list first.</source>
        <translation>먼저 목록에서 암호 문구 슬롯을 고르십시오.</translation>
    </message>
    <message>
        <source>The passphrase of slot “{label}” is changed.</source>
        <translation>슬롯 “{label}”의 암호 문구를 바꿨습니다.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one, which stops working. The vault gets a new data key, so copies of the old key file stop working too.</source>
        <translation>새 복구 코드가 이전 코드를 대신하며 이전 코드는 더 이상 쓸 수 없습니다. 보관함은 새 데이터 키를 받으므로 이전 키 파일의 사본도 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>새 코드 만들기</translation>
    </message>
    <message>
        <source>Choose the slot to remove in the list first.</source>
        <translation>먼저 목록에서 제거할 슬롯을 고르십시오.</translation>
    </message>
    <message>
        <source>This slot opened the vault now; only other slots can be removed here.</source>
        <translation>지금 이 슬롯으로 보관함을 열었습니다. 여기서는 다른 슬롯만 제거할 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove a key slot</source>
        <translation>키 슬롯 제거</translation>
    </message>
    <message>
        <source>Remove the slot “{label}”? Its secret stops opening this vault. The vault gets a new data key and a new recovery code.</source>
        <translation>슬롯 “{label}”을(를) 제거할까요? 그 비밀로는 더 이상 이 보관함을 열 수 없습니다. 보관함은 새 데이터 키와 새 복구 코드를 받습니다.</translation>
    </message>
    <message>
        <source>Remove the slot</source>
        <translation>슬롯 제거</translation>
    </message>
    <message>
        <source>Making a new data key and re-encrypting the vault…</source>
        <translation>새 데이터 키를 만들고 보관함을 다시 암호화하는 중…</translation>
    </message>
    <message>
        <source>New data key in place. Removed slots: {dropped}.</source>
        <translation>새 데이터 키를 적용했습니다. 제거된 슬롯: {dropped}.</translation>
    </message>
    <message>
        <source>New data key in place.</source>
        <translation>새 데이터 키를 적용했습니다.</translation>
    </message>
    <message>
        <source>Folder for the encrypted backup</source>
        <translation>암호화된 백업을 둘 폴더</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}. It opens with the same passphrase and recovery code.</source>
        <translation>암호화된 백업을 {path}에 썼습니다. 같은 암호 문구와 복구 코드로 열립니다.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>암호화된 백업을 쓰는 중…</translation>
    </message>
    <message>
        <source>Checking the audit log and the database…</source>
        <translation>감사 기록과 데이터베이스를 확인하는 중…</translation>
    </message>
    <message>
        <source>The audit log is damaged: {problem}</source>
        <translation>감사 기록이 손상되었습니다: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The audit log of %n entries reads back whole, but the database has integrity problems; use Check vault or a backup.</source>
        <translation>
            <numerusform>감사 기록 %n건은 온전히 읽히지만 데이터베이스에 무결성 문제가 있습니다. 보관함 점검이나 백업을 쓰십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>감사 기록이 온전합니다: %n건이 모두 앞 기록과 이어져 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>작업대</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>모아 보기</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>보관함(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Import/Export</source>
        <translation>가져오기/내보내기(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>새 보관함(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>보관함 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>데모 보관함 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keys and backup…</source>
        <translation>키와 백업(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;JSON Lines file…</source>
        <translation>JSON Lines 파일(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Documents (.txt, .docx, .odt, .hwpx, .rtf, .pdf)…</source>
        <translation>문서(&amp;D) (.txt, .docx, .odt, .hwpx, .rtf, .pdf)…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA project…</source>
        <translation>REFI-QDA 프로젝트(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Export a redacted PDF…</source>
        <translation>가림 처리한 PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export a REFI-QDA &amp;project…</source>
        <translation>REFI-QDA 프로젝트 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;signing key…</source>
        <translation>서명 키 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>사례(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>작업대(&amp;W)</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>코드북(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>모아 보기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>검토(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>일치도(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>개인정보(&amp;P)</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>인물(&amp;L)</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>분석(&amp;N)</translation>
    </message>
    <message>
        <source>Search &amp;everything</source>
        <translation>전체 검색(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Fieldvault</source>
        <translation>Fieldvault 정보(&amp;A)</translation>
    </message>
    <message>
        <source>{name} (locked)</source>
        <translation>{name} (잠김)</translation>
    </message>
    <message>
        <source>The passphrase of slot “{label}” is changed.</source>
        <translation>슬롯 “{label}”의 암호 문구를 바꿨습니다.</translation>
    </message>
    <message>
        <source>Unsaved work could not be kept: {problem}</source>
        <translation>저장하지 않은 작업을 보관하지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its key…</source>
        <translation>보관함을 만들고 키를 생성하는 중…</translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.fieldvault)</source>
        <translation>보관함 폴더 열기 (NAME.fieldvault)</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is “{p}”.</source>
        <translation>데모 보관함입니다. 암호 문구는 “{p}”입니다.</translation>
    </message>
    <message>
        <source>Opening the demo vault (the first time builds it)…</source>
        <translation>데모 보관함을 여는 중 (처음에는 새로 만듭니다)…</translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+L locks. Locks by itself after %n minute(s) without input.</source>
        <translation>
            <numerusform>Ctrl+L로 잠급니다. 입력이 %n분 동안 없으면 저절로 잠깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import interviews (JSON Lines)</source>
        <translation>면담 가져오기 (JSON Lines)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Save or discard the transcript edits first; then change the language.</source>
        <translation>먼저 녹취록 편집 내용을 저장하거나 버린 뒤 언어를 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>서명 키</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>암호화 키</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Your identity text</source>
        <translation>내 신원 문자열</translation>
    </message>
    <message>
        <source>&amp;Copy identity text</source>
        <translation>신원 문자열 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Your role in this vault</source>
        <translation>이 보관함에서 나의 역할</translation>
    </message>
    <message>
        <source>Set &amp;my role</source>
        <translation>내 역할 지정(&amp;M)</translation>
    </message>
    <message>
        <source>My role here:</source>
        <translation>여기서 내 역할:</translation>
    </message>
    <message>
        <source>Share this line with the members you exchange cases with; compare the fingerprint with them by phone or in person:</source>
        <translation>사례를 주고받을 구성원에게 이 줄을 전달하고, 지문은 전화나 대면으로 서로 대조하세요:</translation>
    </message>
    <message>
        <source>Members of this vault</source>
        <translation>이 보관함의 구성원</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>선택한 구성원의 역할</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>역할 지정(&amp;R)</translation>
    </message>
    <message>
        <source>Selected member&apos;s role:</source>
        <translation>선택한 구성원의 역할:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>구성원 추가</translation>
    </message>
    <message>
        <source>Identity text to add</source>
        <translation>추가할 신원 문자열</translation>
    </message>
    <message>
        <source>Paste the identity text the member sent you (one line starting with fieldvault-member:)</source>
        <translation>구성원이 보내 준 신원 문자열을 붙여 넣으세요 (fieldvault-member: 로 시작하는 한 줄)</translation>
    </message>
    <message>
        <source>Role of the new member</source>
        <translation>새 구성원의 역할</translation>
    </message>
    <message>
        <source>as their text says</source>
        <translation>문자열에 적힌 대로</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>구성원 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>{name}, {role} in this vault.</source>
        <translation>{name}, 이 보관함의 {role}.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {s}
Encryption key fingerprint: {e}</source>
        <translation>서명 키 지문: {s}
암호화 키 지문: {e}</translation>
    </message>
    <message>
        <source>Your identity text is on the clipboard.</source>
        <translation>신원 문자열을 클립보드에 복사했습니다.</translation>
    </message>
    <message>
        <source>Paste a member&apos;s identity text first.</source>
        <translation>먼저 구성원의 신원 문자열을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>{name}을(를) {role}(으)로 추가했습니다.</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>먼저 목록에서 구성원을 선택하세요.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>이제 {name}의 역할은 {role}입니다.</translation>
    </message>
    <message>
        <source>You are now {role} in this vault.</source>
        <translation>이제 이 보관함에서 당신의 역할은 {role}입니다.</translation>
    </message>
</context>
<context>
    <name>MemoModel</name>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>작성 시각</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <source>Memo text</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <source>Write a memo…</source>
        <translation>메모를 쓰세요…</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>새 암호 문구 정하기</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery code. Set a new passphrase now; it replaces the passphrase of the slot below, and the old passphrase stops opening this vault.</source>
        <translation>복구 코드로 보관함을 열었습니다. 지금 새 암호 문구를 정하십시오. 새 암호 문구가 아래 슬롯의 암호 문구를 대신하며, 이전 암호 문구로는 더 이상 이 보관함을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one of the slot below.</source>
        <translation>새 암호 문구가 아래 슬롯의 이전 암호 문구를 대신합니다.</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>키 슬롯</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>암호 문구 정하기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>슬롯(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>새 암호 문구(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>다시 입력(&amp;R):</translation>
    </message>
    <message>
        <source>Deriving the new key…</source>
        <translation>새 키를 생성하는 중…</translation>
    </message>
</context>
<context>
    <name>PassageModel</name>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Passage in context</source>
        <translation>문맥 속 구절</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>암호 문구 다시 입력</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>암호 문구 강도</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
    <message>
        <source>Type the passphrase again in the second field.</source>
        <translation>두 번째 칸에 암호 문구를 한 번 더 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>다른 표기</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Show real &amp;names</source>
        <translation>실명 보기(&amp;N)</translation>
    </message>
    <message>
        <source>Unseal and show the names behind the codes; they are hidden again when you untick this or lock.</source>
        <translation>봉인을 풀고 코드 뒤의 실명을 보여 줍니다. 선택을 해제하거나 잠그면 다시 숨겨집니다.</translation>
    </message>
    <message>
        <source>N&amp;ot a person…</source>
        <translation>사람이 아님(&amp;O)…</translation>
    </message>
    <message>
        <source>The selected code was registered by mistake (a word, not a person): undo it.</source>
        <translation>선택한 코드가 잘못 등록되었습니다(사람이 아니라 단어). 등록을 되돌립니다.</translation>
    </message>
    <message>
        <source>&amp;Destroy the identity key…</source>
        <translation>신원 키 파기(&amp;D)…</translation>
    </message>
    <message>
        <source>Everyone the interviews mention appears under a random code; the link to a real identity is sealed with the vault&apos;s identity key.</source>
        <translation>면담에 나오는 모든 사람은 무작위 코드로 표시됩니다. 실제 신원과의 연결은 보관함의 신원 키로 봉인되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key exists.</source>
        <translation>
            <numerusform>인물 %n명. 신원 키가 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key is destroyed or was never made: codes cannot be linked to anyone.</source>
        <translation>
            <numerusform>인물 %n명. 신원 키가 파기되었거나 만들어진 적이 없어 코드를 누구와도 연결할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a person? Then Fieldvault will:
• put the original words back wherever {code} replaced them, in a new transcript version, and turn its accepted mentions back into undecided suggestions;
• forget its name and spellings, so later scans no longer find them as a person;
• remove {code} from the people list and record this in the audit log.

Codings and memos stay. Undecided suggestions are still withheld from exports until someone rejects them.</source>
        <translation>{code}은(는) 사람이 아닙니까? 그러면 Fieldvault가:
• {code}이(가) 바꾼 자리마다 원래 단어를 새 녹취록 판본에 되돌려 놓고, 수락된 언급을 다시 미결정 제안으로 돌립니다.
• 그 이름과 표기를 잊어, 이후 검사에서 더 이상 사람으로 찾지 않습니다.
• 인물 목록에서 {code}을(를) 지우고 감사 기록에 남깁니다.

코딩과 메모는 그대로입니다. 미결정 제안은 누군가 거부할 때까지 내보내기에서 계속 비공개 처리됩니다.</translation>
    </message>
    <message>
        <source>Not a person</source>
        <translation>사람이 아님</translation>
    </message>
    <message>
        <source>{code} is not a person</source>
        <translation>{code}은(는) 사람이 아님</translation>
    </message>
    <message>
        <source>Undoing {code}…</source>
        <translation>{code} 되돌리는 중…</translation>
    </message>
    <message>
        <source>{code} is no longer a person. In {cases}: {restored} mentions have their words back and {undecided} are undecided suggestions again (withheld from exports until someone rejects them). {forgotten} spellings are forgotten.</source>
        <translation>{code}은(는) 이제 사람이 아닙니다. {cases}에서 언급 {restored}개의 단어를 되돌렸고 {undecided}개는 다시 미결정 제안입니다(누군가 거부할 때까지 내보내기에서 비공개). 표기 {forgotten}개를 잊었습니다.</translation>
    </message>
    <message>
        <source>Destroying the identity key permanently erases, in this vault:
• the real identities of {ids} people (names, spellings in every script, contacts, notes);
• the sealed text of {versions} earlier transcript versions in {cases} cases (the versions that still held real names).

The {people} pseudonym codes, the current pseudonymised transcripts, codings and memos stay. Afterwards nobody can tell from this vault who a code stands for, no new person can be named, and names can no longer be replaced by codes. Backups made before still hold the key. This cannot be undone.</source>
        <translation>신원 키를 파기하면 이 보관함에서 다음이 영구히 지워집니다:
• 인물 {ids}명의 실제 신원 (이름, 모든 문자로 된 표기, 연락처, 메모);
• 사례 {cases}건에 있는 이전 녹취록 판본 {versions}개의 봉인된 본문 (아직 실명이 들어 있던 판본).

가명 코드 {people}개와 현재의 가명 처리된 녹취록, 코딩, 메모는 남습니다. 이후에는 이 보관함으로 어떤 코드가 누구인지 알 수 없고, 새 인물에 이름을 붙일 수 없으며, 이름을 코드로 바꿀 수도 없습니다. 이전에 만든 백업에는 여전히 키가 있습니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Destroy the identity key</source>
        <translation>신원 키 파기</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the key and %n identity(ies)</source>
        <translation>
            <numerusform>키와 신원 %n건 파기</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing the key and scrubbing the files…</source>
        <translation>키를 지우고 파일을 정리하는 중…</translation>
    </message>
    <message>
        <source>Identity key destroyed</source>
        <translation>신원 키를 파기했습니다</translation>
    </message>
    <message numerus="yes">
        <source>The identity key and %n sealed identity(ies) are gone.</source>
        <translation>
            <numerusform>신원 키와 봉인된 신원 %n건이 사라졌습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRoles</name>
    <message>
        <source>worker</source>
        <translation>노동자</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>중개인</translation>
    </message>
    <message>
        <source>official</source>
        <translation>공무원</translation>
    </message>
    <message>
        <source>family</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>통역원</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>시스템 설정대로 ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <source>Pseudo-localisation (longer, accented text, for testing layouts)</source>
        <translation>의사 현지화 (길고 악센트가 붙은 문자열, 화면 배치 시험용)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 분</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>입력 없이 몇 분 뒤 잠글지</translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation>최근에 연 보관함 기억하기</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>최근 보관함 기억</translation>
    </message>
    <message>
        <source>The list of recent vaults is kept in the settings file unencrypted; anyone who can read this computer sees the vault folder names. Turning it off forgets the list.</source>
        <translation>최근 보관함 목록은 설정 파일에 암호화되지 않은 채 저장되어, 이 컴퓨터를 읽을 수 있는 사람은 누구나 보관함 폴더 이름을 볼 수 있습니다. 끄면 목록을 지웁니다.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>입력 없을 때 잠금(&amp;I):</translation>
    </message>
</context>
<context>
    <name>PrivacyModels</name>
    <message>
        <source>suggested</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation>{when}에 {who}이(가) {status}</translation>
    </message>
    <message>
        <source>(on an older version)</source>
        <translation>(이전 판본에 있음)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <source>known term</source>
        <translation>등록된 용어</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Open a case in the workbench, then come here to review what identifies people in it.</source>
        <translation>작업대에서 사례를 연 다음, 여기에서 사람을 식별할 수 있는 정보를 검토하세요.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Suggest names, places, numbers and other identifying details. Nothing is replaced.</source>
        <translation>이름, 장소, 번호 등 식별 정보를 제안합니다. 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Category to accept</source>
        <translation>수락할 범주</translation>
    </message>
    <message>
        <source>Accept all of this category</source>
        <translation>이 범주 모두 수락</translation>
    </message>
    <message>
        <source>Pseudonymise names…</source>
        <translation>이름 가명 처리…</translation>
    </message>
    <message>
        <source>dashed: suggested · solid: accepted (withheld) · dotted: rejected</source>
        <translation>파선: 제안됨 · 실선: 수락됨(비공개) · 점선: 거부됨</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>식별 정보</translation>
    </message>
    <message>
        <source>Scan &amp;now</source>
        <translation>지금 검사(&amp;N)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>수락</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Category of the selected detail</source>
        <translation>선택한 정보의 범주</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>범주 바꾸기</translation>
    </message>
    <message>
        <source>Role of newly named people</source>
        <translation>새로 이름 붙인 사람의 역할</translation>
    </message>
    <message>
        <source>Category for the text selection</source>
        <translation>선택한 텍스트의 범주</translation>
    </message>
    <message>
        <source>Withhold selection</source>
        <translation>선택 부분 비공개</translation>
    </message>
    <message>
        <source>Always treat as this</source>
        <translation>항상 이렇게 처리</translation>
    </message>
    <message>
        <source>Remember the selected text (or the selected detail&apos;s text) for every later scan.</source>
        <translation>선택한 텍스트(또는 선택한 정보의 텍스트)를 이후 모든 검사에서 기억합니다.</translation>
    </message>
    <message>
        <source>Selected detail:</source>
        <translation>선택한 정보:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>범주:</translation>
    </message>
    <message>
        <source>Text selection:</source>
        <translation>선택한 텍스트:</translation>
    </message>
    <message>
        <source>New people are:</source>
        <translation>새 인물의 역할:</translation>
    </message>
    <message>
        <source>Open a case in the workbench first.</source>
        <translation>먼저 작업대에서 사례를 여세요.</translation>
    </message>
    <message>
        <source>That case is no longer in this vault.</source>
        <translation>그 사례는 더 이상 이 보관함에 없습니다.</translation>
    </message>
    <message>
        <source>{code} — {title} (version {version})</source>
        <translation>{code} — {title} (판본 {version})</translation>
    </message>
    <message>
        <source>{title}: not scanned yet.</source>
        <translation>{title}: 아직 검사하지 않음.</translation>
    </message>
    <message>
        <source>{open} suggestions to decide, {accepted} accepted.</source>
        <translation>결정할 제안 {open}건, 수락 {accepted}건.</translation>
    </message>
    <message>
        <source>{title}: reviewed; {counts}</source>
        <translation>{title}: 검토됨. {counts}</translation>
    </message>
    <message>
        <source>{title}: changed since the last scan; {counts}</source>
        <translation>{title}: 마지막 검사 이후 바뀜. {counts}</translation>
    </message>
    <message>
        <source>Not scanned yet: nothing in this case has been looked at for names, places and numbers. Exports scan it first and withhold everything found.</source>
        <translation>아직 검사하지 않음: 이 사례에서 이름, 장소, 번호를 아직 찾아보지 않았습니다. 내보내기는 먼저 검사하고 찾은 것을 모두 비공개 처리합니다.</translation>
    </message>
    <message>
        <source>The text changed since the last scan: scan again so the new text is reviewed too.</source>
        <translation>마지막 검사 이후 본문이 바뀌었습니다. 새 본문도 검토되도록 다시 검사하세요.</translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation>다시 검사(&amp;A)</translation>
    </message>
    <message>
        <source>Select a detail in the list (or click it in the text) first.</source>
        <translation>먼저 목록에서 정보를 선택하세요 (또는 본문에서 클릭하세요).</translation>
    </message>
    <message>
        <source>Accepted “{t}” as {c}.</source>
        <translation>“{t}”을(를) {c}(으)로 수락했습니다.</translation>
    </message>
    <message>
        <source>Rejected “{t}”: it stays in the text.</source>
        <translation>“{t}”을(를) 거부했습니다. 본문에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>“{t}” is now {c}.</source>
        <translation>“{t}”은(는) 이제 {c}입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested {c} detail(s).</source>
        <translation>
            <numerusform>제안된 {c} 정보 %n건을 수락했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the text to withhold in the transcript first.</source>
        <translation>먼저 녹취록에서 비공개할 텍스트를 선택하세요.</translation>
    </message>
    <message>
        <source>Withholding “{t}” as {c}.</source>
        <translation>“{t}”을(를) {c}(으)로 비공개합니다.</translation>
    </message>
    <message>
        <source>Select a term in the transcript (or a detail in the list) first.</source>
        <translation>먼저 녹취록에서 용어를 (또는 목록에서 정보를) 선택하세요.</translation>
    </message>
    <message>
        <source>From now on every scan treats “{t}” as {c}. Scan again to apply it here.</source>
        <translation>이제부터 모든 검사에서 “{t}”을(를) {c}(으)로 처리합니다. 여기에 적용하려면 다시 검사하세요.</translation>
    </message>
    <message>
        <source>Looking for names, places and numbers in {code}…</source>
        <translation>{code}에서 이름, 장소, 번호를 찾는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Scanning… (the first scan loads the language models)</source>
        <translation>검사 중… (첫 검사 때 언어 모델을 불러옵니다)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Accept, reject or correct each; nothing is replaced until you pseudonymise.</source>
        <translation>
            <numerusform>제안 %n건. 각각 수락, 거부 또는 수정하세요. 가명 처리하기 전에는 아무것도 바뀌지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cancelled; nothing was changed.</source>
        <translation>검사를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Accept at least one PERSON detail first: nothing is replaced without acceptance.</source>
        <translation>먼저 PERSON 정보를 하나 이상 수락하세요. 수락하지 않은 것은 바꾸지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n accepted name(s) in {code} by their pseudonym codes ({pairs})?

A new transcript version is saved with the codes and codings follow the text. Earlier versions, which hold the names, are sealed under the identity key and blanked.</source>
        <translation>
            <numerusform>{code}에서 수락한 이름 %n개를 가명 코드로 바꿀까요? ({pairs})

코드가 들어간 새 녹취록 판본이 저장되고 코딩은 본문을 따라갑니다. 이름이 들어 있는 이전 판본은 신원 키로 봉인되고 비워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pseudonymise names</source>
        <translation>이름 가명 처리</translation>
    </message>
    <message>
        <source>Replace names</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>This case was never scanned: names nobody accepted stay in the text as they are.</source>
        <translation>이 사례는 검사한 적이 없습니다. 아무도 수락하지 않은 이름은 본문에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Every suggestion in this case is decided.</source>
        <translation>이 사례의 제안은 모두 결정되었습니다.</translation>
    </message>
    <message>
        <source>{n} suggestions in this case are still undecided: the names among them stay in the text as they are.</source>
        <translation>이 사례에 아직 미결정 제안이 {n}건 있습니다. 그중 이름은 본문에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Replacing names…</source>
        <translation>이름을 바꾸는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n name(s); version {v} is current. Sealed earlier versions: {sealed}.</source>
        <translation>
            <numerusform>이름 %n개를 바꿨습니다. 현재 판본은 {v}입니다. 봉인된 이전 판본: {sealed}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyState</name>
    <message>
        <source>Not scanned</source>
        <translation>검사 안 됨</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>검토 후 바뀜</translation>
    </message>
    <message>
        <source>Undecided suggestions</source>
        <translation>미결정 제안 있음</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>검토됨</translation>
    </message>
    <message>
        <source>{n} undecided</source>
        <translation>미결정 {n}건</translation>
    </message>
    <message>
        <source>Never scanned for names, places and numbers. An export scans it first and withholds everything found.</source>
        <translation>이름, 장소, 번호를 검사한 적이 없습니다. 내보내기가 먼저 검사하고 찾은 것을 모두 비공개 처리합니다.</translation>
    </message>
    <message>
        <source>{u} undecided, {a} accepted, {r} rejected; last scanned {when}.</source>
        <translation>미결정 {u}건, 수락 {a}건, 거부 {r}건. 마지막 검사 {when}.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Transcript with identifying details marked</source>
        <translation>식별 정보를 표시한 녹취록</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge submitted cases</source>
        <translation>제출한 사례 완전 삭제</translation>
    </message>
    <message>
        <source>Field mode: once a case is submitted and sent, delete it from this laptop so a search at a border finds nothing. Only cases sent as submitted, and unchanged since, can be purged.</source>
        <translation>현장 모드: 제출하여 보낸 사례를 이 노트북에서 지워, 국경 검색 때 아무것도 나오지 않게 합니다. 제출 상태로 보냈고 그 뒤 바뀌지 않은 사례만 완전 삭제할 수 있습니다.</translation>
    </message>
    <message>
        <source>Submitted cases</source>
        <translation>제출한 사례</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>완전 삭제(&amp;P)…</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>{date}에 보냄</translation>
    </message>
    <message>
        <source>not sent yet: cannot be purged</source>
        <translation>아직 보내지 않음: 완전 삭제할 수 없음</translation>
    </message>
    <message>
        <source>No case is submitted, so there is nothing to purge.</source>
        <translation>제출한 사례가 없어 완전 삭제할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Tick the cases to purge first.</source>
        <translation>먼저 완전 삭제할 사례를 선택하세요.</translation>
    </message>
    <message>
        <source>This permanently destroys on this laptop:</source>
        <translation>이 노트북에서 다음을 영구히 파기합니다:</translation>
    </message>
    <message>
        <source>• {code} “{title}”: {t} transcript versions, {c} codings, {m} memos</source>
        <translation>• {code} “{title}”: 녹취록 판본 {t}개, 코딩 {c}개, 메모 {m}개</translation>
    </message>
    <message>
        <source>Their text is then scrubbed from the vault files and cannot be recovered here. Copies remain only in the bundles you sent and in the recipients&apos; vaults. People and themes are kept.</source>
        <translation>그 본문은 보관함 파일에서 지워져 여기서는 복구할 수 없습니다. 사본은 보낸 꾸러미와 수신자의 보관함에만 남습니다. 인물과 주제는 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s)</source>
        <translation>
            <numerusform>사례 %n건 파기</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>완전 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Deleting and scrubbing %n case(s)…</source>
        <translation>
            <numerusform>사례 %n건을 지우고 정리하는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>valid</source>
        <translation>타당</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>부당</translation>
    </message>
    <message>
        <source>♪ {start} – {end}, {recording}</source>
        <translation>♪ {start} – {end}, {recording}</translation>
    </message>
    <message>
        <source>(could not be placed)</source>
        <translation>(위치를 찾지 못함)</translation>
    </message>
    <message>
        <source>{verdict} by {who} on {when}</source>
        <translation>{when} {who}: {verdict}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>case details</source>
        <translation>사례 정보</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>주제</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>Write this code on paper (or print it) and keep it apart from the computer. It opens the vault if the passphrase is forgotten. It is shown only now and is not stored anywhere.</source>
        <translation>이 코드를 종이에 적거나 인쇄하여 컴퓨터와 떨어진 곳에 보관하십시오. 암호 문구를 잊었을 때 보관함을 엽니다. 지금 한 번만 보여 주며 어디에도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Type the code again to confirm that you have it:</source>
        <translation>받아 적었는지 확인하도록 코드를 다시 입력하십시오(&amp;T):</translation>
    </message>
    <message>
        <source>Recovery code, typed again</source>
        <translation>다시 입력한 복구 코드</translation>
    </message>
    <message>
        <source>That is not the same code; compare it group by group.</source>
        <translation>같은 코드가 아닙니다. 묶음별로 비교하십시오.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>복구 코드 인쇄</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>Recovery code for the vault “{name}”, made on {day}</source>
        <translation>보관함 “{name}”의 복구 코드, {day}에 만듦</translation>
    </message>
    <message>
        <source>It opens the vault when the passphrase is forgotten. Keep this sheet away from the computer, where nobody else can read it.</source>
        <translation>암호 문구를 잊었을 때 보관함을 엽니다. 이 종이는 컴퓨터와 떨어진, 다른 사람이 읽을 수 없는 곳에 두십시오.</translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>찾은 방법</translation>
    </message>
</context>
<context>
    <name>RetrievePage</name>
    <message>
        <source>Themes to retrieve</source>
        <translation>모아 볼 주제</translation>
    </message>
    <message>
        <source>Include &amp;subthemes</source>
        <translation>하위 주제 포함(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>모아 보기(&amp;R)</translation>
    </message>
    <message>
        <source>Retrieved passages</source>
        <translation>모은 구절</translation>
    </message>
    <message>
        <source>Retrieve the passages of the selected themes, or of every theme when none is selected (Ctrl+Enter)</source>
        <translation>선택한 주제의 구절을 모아 봅니다. 선택한 주제가 없으면 모든 주제 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Themes (Ctrl+click for several; none: every theme)</source>
        <translation>주제 (여러 개는 Ctrl+클릭, 선택 없음: 모든 주제)</translation>
    </message>
    <message>
        <source>Case attribute</source>
        <translation>사례 속성</translation>
    </message>
    <message>
        <source>Only cases with this attribute value</source>
        <translation>이 속성 값을 가진 사례만</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>속성 값</translation>
    </message>
    <message>
        <source>The value it must have</source>
        <translation>가져야 할 값</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Only this coder&apos;s codings</source>
        <translation>이 코더의 코딩만</translation>
    </message>
    <message>
        <source>Review verdict</source>
        <translation>검토 판정</translation>
    </message>
    <message>
        <source>Only codings with this review verdict</source>
        <translation>이 검토 판정을 받은 코딩만</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>필터:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the passages shown as CSV, Word (.docx) or OpenDocument (.odt): pseudonymised, withheld values as tokens</source>
        <translation>표시된 구절을 CSV, Word(.docx), OpenDocument(.odt)로 저장합니다. 가명 처리되며 비공개 값은 토큰으로 나타납니다</translation>
    </message>
    <message>
        <source>Coded audio segments</source>
        <translation>코딩된 오디오 구간</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>모든 사례</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>모든 코더</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>타당</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>부당</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>검토 안 됨</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>모든 검토</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>모든 값</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>모으는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n coded audio segment(s). Enter or double-click plays one from its start to its end.</source>
        <translation>
            <numerusform>코딩된 오디오 구간 %n개. Enter 또는 더블클릭으로 처음부터 끝까지 재생합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia, which this installation lacks.</source>
        <translation>녹음을 재생하려면 Qt Multimedia가 필요하지만 이 설치에는 없습니다.</translation>
    </message>
    <message>
        <source>No passages.</source>
        <translation>구절이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>구절 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s).</source>
        <translation>
            <numerusform>(사례 %n건).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens one in the workbench.</source>
        <translation>Enter나 더블클릭으로 작업대에서 엽니다.</translation>
    </message>
    <message>
        <source>Choose themes on the left (or none for every theme), narrow the passages with the filters above if you like, and press Retrieve.</source>
        <translation>왼쪽에서 주제를 고르고(선택 없음: 모든 주제), 필요하면 위의 필터로 구절을 좁힌 뒤 모아 보기를 누르십시오.</translation>
    </message>
    <message>
        <source>Nothing is coded yet. Open a case in the Workbench, select a passage and give it a theme; coded passages appear here.</source>
        <translation>아직 코딩된 것이 없습니다. 작업대에서 사례를 열고 구절을 선택해 주제를 지정하면 코딩된 구절이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>No coded passage matches these themes and filters. Choose other themes, or set a filter back to &quot;Any&quot;.</source>
        <translation>이 주제와 필터에 맞는 코딩된 구절이 없습니다. 다른 주제를 고르거나 필터를 &quot;모든&quot;으로 되돌리십시오.</translation>
    </message>
    <message>
        <source>No passage in this cell.</source>
        <translation>이 칸에는 구절이 없습니다.</translation>
    </message>
    <message>
        <source>{caption}: {n} passages in {cases} cases. Enter or double-click opens one in the workbench.</source>
        <translation>{caption}: 사례 {cases}개에서 구절 {n}개. Enter 또는 두 번 클릭하면 작업대에서 엽니다.</translation>
    </message>
    <message>
        <source>Export passages</source>
        <translation>구절 내보내기</translation>
    </message>
    <message>
        <source>Retrieve passages first: the export writes the passages shown.</source>
        <translation>먼저 구절을 모아 보십시오. 내보내기는 표시된 구절을 씁니다.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 텍스트 (*.odt)</translation>
    </message>
    <message>
        <source>Export the passages shown</source>
        <translation>표시된 구절 내보내기</translation>
    </message>
    <message>
        <source>Exporting {n} passages…</source>
        <translation>구절 {n}개를 내보내는 중…</translation>
    </message>
    <message>
        <source>Saved {n} passages to {path}; {tokens} withheld values appear as tokens.</source>
        <translation>구절 {n}개를 {path}에 저장했습니다. 비공개 값 {tokens}개가 토큰으로 나타납니다.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>아무것도 내보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Review</source>
        <translation>검토(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>교환(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>구성원(&amp;M)…</translation>
    </message>
    <message>
        <source>Case &amp;workflow…</source>
        <translation>사례 검토 절차(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Validity and conflicts</source>
        <translation>타당성과 충돌(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>일치도(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Send cases (write a bundle)…</source>
        <translation>사례 보내기(&amp;S) (꾸러미 쓰기)…</translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation>꾸러미 받기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Purge submitted cases (field mode)…</source>
        <translation>제출한 사례 완전 삭제(&amp;P) (현장 모드)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>충돌(&amp;C)</translation>
    </message>
    <message>
        <source>Case workflow</source>
        <translation>사례 검토 절차</translation>
    </message>
    <message>
        <source>Select a case on the Cases page (or open one in the workbench) first.</source>
        <translation>먼저 사례 화면에서 사례를 선택하세요 (또는 작업대에서 여세요).</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>꾸러미 받기</translation>
    </message>
    <message>
        <source>Fieldvault bundles (*.fvbundle *.fvb);;All files (*)</source>
        <translation>Fieldvault 묶음 (*.fvbundle *.fvb);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>완전 삭제했습니다</translation>
    </message>
    <message>
        <source>Purged {codes}: {t} transcript versions, {c} codings and {m} memos are gone from this laptop, and the vault files were scrubbed.</source>
        <translation>{codes}을(를) 완전 삭제했습니다: 녹취록 판본 {t}개, 코딩 {c}개, 메모 {m}개가 이 노트북에서 사라졌고 보관함 파일도 정리했습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <source> (you)</source>
        <translation> (나)</translation>
    </message>
    <message>
        <source>known by name only</source>
        <translation>이름만 알려짐</translation>
    </message>
    <message>
        <source>Known by name only (from imported data). Add their identity text to exchange bundles with them.</source>
        <translation>이름만 알려져 있습니다 (가져온 데이터에서). 꾸러미를 주고받으려면 이 사람의 신원 문자열을 추가하세요.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(알 수 없음)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa needs exactly two coders; a dash means it is undefined here.</source>
        <translation>코헨의 카파는 코더가 정확히 두 명이어야 합니다. 대시(–)는 여기서 정의되지 않음을 뜻합니다.</translation>
    </message>
    <message>
        <source>Units applied per coder: {applied}</source>
        <translation>코더별 적용 단위 수: {applied}</translation>
    </message>
    <message>
        <source>Overall (all themes)</source>
        <translation>전체 (모든 주제)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>구절</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>open</source>
        <translation>미해결</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>The transcript was edited on both sides; the other edit is kept as side version {v}. Save a version that reconciles both, then resolve.</source>
        <translation>녹취록이 양쪽에서 편집되었습니다. 다른 쪽 편집은 별도 판본 {v}(으)로 보관됩니다. 두 편집을 맞춘 판본을 저장한 뒤 해결로 표시하세요.</translation>
    </message>
    <message>
        <source>A coding was changed on both sides; the incoming one ({theme}, {start}–{end}) was not applied.</source>
        <translation>코딩이 양쪽에서 바뀌었습니다. 들어온 코딩({theme}, {start}–{end})은 적용하지 않았습니다.</translation>
    </message>
    <message>
        <source>Person code {code} is used by someone else here; the incoming person was skipped.</source>
        <translation>인물 코드 {code}은(는) 여기서 다른 사람이 쓰고 있어 들어온 인물은 건너뛰었습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>How many codings a supervisor judged valid or invalid. The valid share leaves out codings not reviewed yet.</source>
        <translation>감독자가 타당 또는 부당으로 판정한 코딩 수입니다. 타당 비율에는 아직 검토하지 않은 코딩이 빠집니다.</translation>
    </message>
    <message>
        <source>Validity per coder</source>
        <translation>코더별 타당성</translation>
    </message>
    <message>
        <source>Validity per theme</source>
        <translation>주제별 타당성</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>교환 충돌</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>해결된 충돌 보기(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>해결로 표시(&amp;R)</translation>
    </message>
    <message>
        <source>After reconciling the case, mark the selected conflict resolved.</source>
        <translation>사례를 맞춘 뒤 선택한 충돌을 해결로 표시하세요.</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>코더별</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>주제별</translation>
    </message>
    <message>
        <source>Conflicts from imported bundles</source>
        <translation>가져온 꾸러미의 충돌</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Enter or double-click opens the case.</source>
        <translation>
            <numerusform>미해결 충돌 %n건. Enter나 더블클릭으로 사례를 엽니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every import merged cleanly.</source>
        <translation>충돌 없음: 모든 가져오기가 깨끗이 병합되었습니다.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>먼저 충돌을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>interviewer</source>
        <translation>면담자</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>감독자</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>소유자</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Found in</source>
        <translation>찾은 곳</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>발췌</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search text</source>
        <translation>검색어</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or a prefix* — any of English, 한국어, русский</source>
        <translation>단어, &quot;구절&quot; 또는 접두어* — English, 한국어, русский 모두 가능</translation>
    </message>
    <message>
        <source>Only cases coded with theme</source>
        <translation>이 주제로 코딩된 사례만</translation>
    </message>
    <message>
        <source>Only cases with attribute</source>
        <translation>이 속성이 있는 사례만</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>속성 값</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>주제:</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>속성:</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>모든 주제</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>모든 속성</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source> (first {n})</source>
        <translation> (처음 {n}건)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s){more}. Enter or double-click opens a hit.</source>
        <translation>
            <numerusform>결과 %n건{more}. Enter나 더블클릭으로 엽니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>valid</source>
        <translation>타당</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>부당</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>검토 안 됨</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>코딩된 구절</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>In the transcript: select a passage with the mouse or with Shift and the arrow keys, then apply a theme.</source>
        <translation>녹취록에서: 마우스나 Shift+화살표 키로 구절을 선택한 다음 주제를 적용하세요.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Transcript as coded by {coder}</source>
        <translation>{coder}이(가) 코딩한 녹취록</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{coder}&lt;/b&gt;: %n coding(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{coder}&lt;/b&gt;: 코딩 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Fieldvault</source>
        <translation>Fieldvault</translation>
    </message>
    <message>
        <source>An encrypted case book for interviews. Everything stays on this computer.</source>
        <translation>면담을 위한 암호화 사례 기록부. 모든 것이 이 컴퓨터에만 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>새 보관함 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Open a vault folder…</source>
        <translation>보관함 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>데모 보관함 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>최근 보관함</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>너무 짧습니다: 8자 이상 쓰세요.</translation>
    </message>
    <message>
        <source>Too easy to guess: use four or more words that do not form a known phrase.</source>
        <translation>추측하기 너무 쉽습니다: 알려진 문구가 되지 않는 단어를 네 개 이상 쓰세요.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>좋음.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>강함.</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Report: </source>
        <translation>보고서: </translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Type a theme: quota, 할당, норма…</source>
        <translation>주제 입력: 계획분, quota, план…</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>주제 필터</translation>
    </message>
    <message>
        <source>Matching themes</source>
        <translation>일치하는 주제</translation>
    </message>
    <message>
        <source>No theme matches “{text}”.</source>
        <translation>“{text}”에 맞는 주제가 없습니다.</translation>
    </message>
    <message>
        <source>Create theme “{text}” (Ctrl+Enter)</source>
        <translation>주제 “{text}” 만들기 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Codings of the theme and all its subthemes</source>
        <translation>주제와 모든 하위 주제의 코딩</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>녹취록</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Case {code} has a newer transcript version than this step (“{step}”), so it cannot be undone or redone any more.</source>
        <translation>사례 {code}에는 이 단계(“{step}”) 이후의 새 녹취록 판본이 있어 더 이상 실행 취소하거나 다시 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>Code as {theme}</source>
        <translation>{theme}(으)로 코딩</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>코딩 삭제</translation>
    </message>
    <message>
        <source>Re-theme as {theme}</source>
        <translation>{theme}(으)로 주제 변경</translation>
    </message>
    <message>
        <source>Code segment as {theme}</source>
        <translation>구간을 {theme}(으)로 코딩</translation>
    </message>
    <message>
        <source>Remove audio segment</source>
        <translation>오디오 구간 삭제</translation>
    </message>
    <message>
        <source>Re-theme segment as {theme}</source>
        <translation>구간 주제를 {theme}(으)로 변경</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>암호 문구(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>복구 코드(&amp;R)</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>키 슬롯</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>잠금 해제 메시지</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>잠금 해제 중</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>잠금 해제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Unlock with:</source>
        <translation>잠금 해제 방법:</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>슬롯(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>비밀 값(&amp;S):</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>{name} 잠금 해제</translation>
    </message>
    <message>
        <source>Any passphrase slot</source>
        <translation>아무 암호 문구 슬롯</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>키를 생성하는 중…</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>그 복구 코드로는 이 보관함을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>그 암호 문구로는 이 보관함을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>키보드 자판 배열과 Caps Lock을 확인한 뒤 다시 해 보세요.</translation>
    </message>
    <message>
        <source>“{char}” in group {group} is not used in recovery codes; they use digits and the letters A to Z without I, L, O and U.</source>
        <translation>{group}번째 묶음의 “{char}”은(는) 복구 코드에 쓰이지 않습니다. 복구 코드는 숫자와 I, L, O, U를 뺀 A~Z 글자만 씁니다.</translation>
    </message>
    <message>
        <source>One character is missing in group {group} of the recovery code.</source>
        <translation>복구 코드의 {group}번째 묶음에서 한 글자가 빠졌습니다.</translation>
    </message>
    <message>
        <source>One character of the recovery code is missing; check each group.</source>
        <translation>복구 코드에서 한 글자가 빠졌습니다. 묶음마다 확인하십시오.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery code has one character too many.</source>
        <translation>복구 코드의 {group}번째 묶음에 글자가 하나 더 있습니다.</translation>
    </message>
    <message>
        <source>The recovery code has one character too many; check each group.</source>
        <translation>복구 코드에 글자가 하나 더 있습니다. 묶음마다 확인하십시오.</translation>
    </message>
    <message>
        <source>Typing error in the recovery code: character {place} of group {group} is wrong. Check that group against the printed code.</source>
        <translation>복구 코드 입력 오류: {group}번째 묶음의 {place}번째 글자가 틀렸습니다. 그 묶음을 적어 둔 코드와 비교하십시오.</translation>
    </message>
    <message>
        <source>Typing error in the recovery code in group {group}. Check that group against the printed code.</source>
        <translation>복구 코드의 {group}번째 묶음에 입력 오류가 있습니다. 그 묶음을 적어 둔 코드와 비교하십시오.</translation>
    </message>
    <message>
        <source>The recovery code has a typing error; check each group against the printed code.</source>
        <translation>복구 코드에 입력 오류가 있습니다. 묶음마다 적어 둔 코드와 비교하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>That is not a recovery code: it has %n letter(s) and digit(s), and a code has 36.</source>
        <translation>
            <numerusform>복구 코드가 아닙니다: 글자와 숫자가 %n개인데 복구 코드는 36개입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>다음 시도까지 {seconds}초 기다리세요.</translation>
    </message>
    <message>
        <source>Unlock in {seconds} s</source>
        <translation>{seconds}초 후 잠금 해제</translation>
    </message>
</context>
<context>
    <name>ValidityModel</name>
    <message>
        <source>Coder</source>
        <translation>코더</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>타당</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>부당</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <source>Valid share</source>
        <translation>타당 비율</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Review of the selected coding</source>
        <translation>선택한 코딩 검토</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>Comment for the coder (optional)</source>
        <translation>코더에게 남길 의견 (선택)</translation>
    </message>
    <message>
        <source>✔ Valid (F7)</source>
        <translation>✔ 타당 (F7)</translation>
    </message>
    <message>
        <source>Mark the coding valid</source>
        <translation>코딩을 타당으로 표시</translation>
    </message>
    <message>
        <source>✘ Invalid (F8)</source>
        <translation>✘ 부당 (F8)</translation>
    </message>
    <message>
        <source>Mark the coding invalid</source>
        <translation>코딩을 부당으로 표시</translation>
    </message>
    <message>
        <source>Select a coding in the list to judge it.</source>
        <translation>판정할 코딩을 목록에서 선택하세요.</translation>
    </message>
    <message>
        <source>“{text}” ({theme}, by {coder}): not reviewed yet.</source>
        <translation>“{text}” ({theme}, 코더 {coder}): 아직 검토하지 않음.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>“{text}” ({theme}, by {coder}): judged {verdict} by {who}.</source>
        <translation>“{text}” ({theme}, 코더 {coder}): {who}의 판정 — {verdict}.</translation>
    </message>
</context>
<context>
    <name>WipeActions</name>
    <message>
        <source>&amp;Wipe this vault for good…</source>
        <translation>이 보관함 영구 삭제(&amp;W)…</translation>
    </message>
    <message>
        <source> These files are not Fieldvault&apos;s and were left in place: {files}.</source>
        <translation> 다음 파일은 Fieldvault의 것이 아니어서 그대로 두었습니다: {files}.</translation>
    </message>
    <message>
        <source>Vault wiped</source>
        <translation>보관함 삭제됨</translation>
    </message>
    <message>
        <source>The vault “{name}” is destroyed: {keys} key file(s) and {data} database file(s) were overwritten with random bytes and removed. It cannot be opened any more.</source>
        <translation>보관함 “{name}”이(가) 파기되었습니다. 키 파일 {keys}개와 데이터베이스 파일 {data}개를 무작위 바이트로 덮어쓴 뒤 삭제했습니다. 이제 다시 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe this vault for good</source>
        <translation>이 보관함 영구 삭제</translation>
    </message>
    <message>
        <source>This destroys the vault “{name}” at once: every key slot, the recovery code, the identity key and every record. Its key files and database are overwritten with random bytes and removed, with the copies in its backups folder. No passphrase and no recovery code can bring it back.</source>
        <translation>보관함 “{name}”을(를) 즉시 파기합니다: 모든 키 슬롯, 복구 코드, 신원 키와 모든 기록이 사라집니다. 키 파일과 데이터베이스는 backups 폴더 안의 사본과 함께 무작위 바이트로 덮어쓴 뒤 삭제됩니다. 어떤 암호 문구나 복구 코드로도 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>What a drive may still keep: an SSD or flash drive writes to fresh cells (wear levelling), so old blocks of the key files may survive until the drive reuses them. They are encrypted and guarded by your passphrase; full-disk encryption (BitLocker, FileVault, LUKS) makes such leftovers useless, so keep it on. Backups you wrote elsewhere and exports are not touched.</source>
        <translation>디스크에 남을 수 있는 것: SSD나 플래시 드라이브는 새 셀에 기록하므로(웨어 레벨링) 드라이브가 그 셀을 재사용할 때까지 키 파일의 예전 블록이 남아 있을 수 있습니다. 이 블록은 암호화되어 있고 암호 문구로 보호됩니다. 전체 디스크 암호화(BitLocker, FileVault, LUKS)를 켜 두면 이런 잔여물은 쓸모가 없어지니 꼭 켜 두십시오. 다른 곳에 만든 백업과 내보내기 파일은 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s name, {name}, to confirm:</source>
        <translation>확인하려면 보관함 이름 {name}을(를) 입력하십시오:</translation>
    </message>
    <message>
        <source>Vault name to confirm</source>
        <translation>확인할 보관함 이름</translation>
    </message>
    <message>
        <source>&amp;Wipe for good</source>
        <translation>영구 삭제(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>Open a case from the Cases page (Enter or double-click).</source>
        <translation>사례 화면에서 사례를 여세요 (Enter 또는 더블클릭).</translation>
    </message>
    <message>
        <source>Editing the transcript. Ctrl+S saves a new version; Escape discards the changes.</source>
        <translation>녹취록 편집 중. Ctrl+S는 새 판본으로 저장하고, Esc는 변경 사항을 버립니다.</translation>
    </message>
    <message>
        <source>Codings in view</source>
        <translation>보이는 코딩</translation>
    </message>
    <message>
        <source>Show all codings of the case</source>
        <translation>사례의 모든 코딩 보기</translation>
    </message>
    <message>
        <source>Memos on this case</source>
        <translation>이 사례에 대한 메모</translation>
    </message>
    <message>
        <source>Select a coding to see its memos.</source>
        <translation>메모를 보려면 코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>Case memos</source>
        <translation>사례 메모</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>코딩 메모</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>코딩</translation>
    </message>
    <message>
        <source>Apply theme…</source>
        <translation>주제 적용…</translation>
    </message>
    <message>
        <source>Change theme…</source>
        <translation>주제 바꾸기…</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>코딩 삭제</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>본문 편집</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>판본 저장</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>편집 버리기</translation>
    </message>
    <message>
        <source>Privacy review</source>
        <translation>개인정보 검토</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>타당</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>부당</translation>
    </message>
    <message>
        <source>Select sentence</source>
        <translation>문장 선택</translation>
    </message>
    <message>
        <source>Select paragraph</source>
        <translation>문단 선택</translation>
    </message>
    <message>
        <source>Code in vivo</source>
        <translation>인비보 코딩</translation>
    </message>
    <message>
        <source>Next coding at the cursor</source>
        <translation>커서 위치의 다음 코딩</translation>
    </message>
    <message>
        <source>Play from the timestamp at the cursor</source>
        <translation>커서 위치의 타임스탬프부터 재생</translation>
    </message>
    <message>
        <source>Recent theme {n}</source>
        <translation>최근 주제 {n}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>실행 취소할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>다시 실행할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>실행 취소: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>다시 실행: {step}</translation>
    </message>
    <message>
        <source>Apply a theme to the marked segment</source>
        <translation>표시한 구간에 주제 적용</translation>
    </message>
    <message>
        <source>Put the cursor on a timestamp such as [00:12:31] first.</source>
        <translation>먼저 [00:12:31] 같은 타임스탬프에 커서를 두세요.</translation>
    </message>
    <message>
        <source>Open a case from the Cases page.</source>
        <translation>사례 화면에서 사례를 여세요.</translation>
    </message>
    <message>
        <source>Case {code} is no longer in this vault.</source>
        <translation>사례 {code}은(는) 더 이상 이 보관함에 없습니다.</translation>
    </message>
    <message>
        <source>{code} — {title} (version {version}, {status})</source>
        <translation>{code} — {title} (판본 {version}, {status})</translation>
    </message>
    <message>
        <source>Blind coding: you see only your own codings on this case until a supervisor reveals it.</source>
        <translation>블라인드 코딩: 감독자가 공개하기 전까지 이 사례에서는 자신의 코딩만 보입니다.</translation>
    </message>
    <message>
        <source>An audio segment has no memos of its own; write them on the case.</source>
        <translation>오디오 구간에는 자체 메모가 없습니다. 사례에 메모를 작성하십시오.</translation>
    </message>
    <message>
        <source>Memos on “{text}” ({theme})</source>
        <translation>“{text}”에 대한 메모 ({theme})</translation>
    </message>
    <message>
        <source>No coding at the cursor.</source>
        <translation>커서 위치에 코딩이 없습니다.</translation>
    </message>
    <message>
        <source>Coding {n} of {count} here: {theme}.</source>
        <translation>이 위치의 코딩 {count}개 중 {n}번째: {theme}.</translation>
    </message>
    <message>
        <source>There is no sentence at the cursor.</source>
        <translation>커서 위치에 문장이 없습니다.</translation>
    </message>
    <message>
        <source>There is no paragraph at the cursor.</source>
        <translation>커서 위치에 문단이 없습니다.</translation>
    </message>
    <message>
        <source>Select a passage first, then apply a theme (Ctrl+T).</source>
        <translation>먼저 구절을 선택한 다음 주제를 적용하세요 (Ctrl+T).</translation>
    </message>
    <message>
        <source>Apply a theme to the selected passage</source>
        <translation>선택한 구절에 주제 적용</translation>
    </message>
    <message>
        <source>Coded as {theme}. Recent themes: {recent}</source>
        <translation>{theme}(으)로 코딩했습니다. 최근 주제: {recent}</translation>
    </message>
    <message>
        <source>Select the words that name the new theme first, then press Ctrl+Shift+V.</source>
        <translation>새 주제의 이름이 될 단어를 먼저 선택한 다음 Ctrl+Shift+V를 누르십시오.</translation>
    </message>
    <message>
        <source>New theme for this audio segment</source>
        <translation>이 오디오 구간의 새 주제</translation>
    </message>
    <message>
        <source>Select a coding in the list first.</source>
        <translation>먼저 목록에서 코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>New theme for this coding</source>
        <translation>이 코딩의 새 주제</translation>
    </message>
    <message>
        <source>Coding changed to {theme}.</source>
        <translation>코딩을 {theme}(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Removed the coding “{text}” ({theme}).</source>
        <translation>코딩 “{text}”({theme})을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Removed the audio segment {start} – {end} ({theme}).</source>
        <translation>오디오 구간 {start} – {end}({theme})을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Audio segment changed to {theme}.</source>
        <translation>오디오 구간의 주제를 {theme}(으)로 변경했습니다.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>실행 취소함: {step}.</translation>
    </message>
    <message>
        <source>Undone in case {code}: {step}.</source>
        <translation>사례 {code}에서 실행 취소함: {step}.</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>다시 실행함: {step}.</translation>
    </message>
    <message>
        <source>Redone in case {code}: {step}.</source>
        <translation>사례 {code}에서 다시 실행함: {step}.</translation>
    </message>
    <message>
        <source>Codings not carried over</source>
        <translation>옮겨지지 않은 코딩</translation>
    </message>
    <message numerus="yes">
        <source>Version {version} is saved. %n coding(s) could not be placed in the new text and are listed greyed in the codings list:</source>
        <translation>
            <numerusform>판본 {version}을(를) 저장했습니다. 코딩 %n개는 새 본문에서 위치를 찾지 못해 코딩 목록에 회색으로 표시됩니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version {version}; {carried} codings carried over, {lost} not placed.</source>
        <translation>판본 {version}을(를) 저장했습니다. 코딩 {carried}개를 옮겼고 {lost}개는 위치를 찾지 못했습니다.</translation>
    </message>
</context>
</TS>
