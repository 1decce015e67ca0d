"""The fixed wording of an export PDF in English, Korean and Russian.

One dict per language, the same keys in each, ``{placeholders}`` filled by :meth:`Wording.say`.
Redaction tokens stay canonical in every language (``[R12 · PERSON W-017]``): they are the
references a reader cites across language versions, the parsers and the manifest rely on their
ASCII category, so only the legend on the cover and the redaction log name the categories in
the chosen language. Terms follow translations/glossary.tsv. Qt-free (core).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldvault.core.export.model import PDF_LANGUAGES as LANGUAGES

LANGUAGE_NAMES = {"en": "English", "ko": "한국어", "ru": "Русский"}

_EN: dict[str, str] = {
    "cover": "Cover",
    "title": "Fieldvault export",
    "subtitle": "Redacted, signed record for the named recipient.",
    "field": "Field",
    "value": "Value",
    "export_id": "Export id",
    "profile": "Profile",
    "recipient": "Recipient",
    "date_utc": "Date (UTC)",
    "digest": "Content digest (SHA-256)",
    "key_id": "Signing key (minisign key ID)",
    "public_key": "Signing public key",
    "digest_note": (
        "The content digest is the SHA-256 of the canonical JSON of everything this PDF shows "
        "(keys sorted, UTF-8, no spaces). The PDF cannot carry its own hash, so the signed "
        "manifest.json records both: the file's SHA-256 and this content digest as "
        "content_sha256. A printed copy is tied to the signed files by this value."),
    "verify_heading": "How to verify",
    "verify_step1": "1. In the folder that came with this PDF, check that no file was changed:",
    "verify_step2": ("2. Check the signatures with the public key you received separately; "
                     "its key ID must be the one above:"),
    "withholds_heading": "What this export withholds",
    "counts": ("Withheld after review: {reviewed}. By default (detected, not reviewed): "
               "{by_default}."),
    "categories": "Withheld categories: {categories}.",
    "nothing": "nothing",
    "strict": ("Strict mode: every word, number and date not known to be safe is withheld "
               "too (TERM, NUMBER, DATE)."),
    "codings_in": "Codings: included.",
    "codings_out": "Codings: not included.",
    "memos_in": "Memos: included.",
    "memos_out": "Memos: not included.",
    "token_note": ("Each withheld span is a token [R<number> · <CATEGORY>] (people: their "
                   "pseudonym code), explained in Appendix A. The original values are not in "
                   "this file."),
    "legend": "Categories: {legend}.",
    "identities": "Identities",
    "contents": "Contents",
    "case": "Case {code}",
    "theme_report": "Theme report",
    "appendix_a": "Appendix A — Redaction log",
    "appendix_b": "Appendix B — Chain of custody",
    "appendix_a_short": "Appendix A",
    "appendix_b_short": "Appendix B",
    "attachments_counts": ("Attachments of these cases: {included} included, {withheld} "
                           "withheld (they stay in the vault unless chosen)."),
    "appendix_c": "Appendix C — Attachments",
    "appendix_c_short": "Appendix C",
    "attachments_note": (
        "Each attachment is listed by its id, kind and the SHA-256 of the file kept in the "
        "vault; a copy saved with 'fieldvault attachment VAULT ID --save FILE' has the same "
        "SHA-256. Recordings and documents are listed, not included. Photos follow as pages, "
        "decoded and re-encoded without metadata. The leak check reads text only: it cannot "
        "see what a photo shows."),
    "photo_caption": "Photo {id} · case {case}",
    "kind_audio": "recording",
    "kind_image": "photo",
    "kind_document": "document",
    "themes_coded": "Themes coded in this case",
    "themes_coded_note": ("Coded passages have a light background in the theme's colour and a "
                          "bar of that colour in the left margin (several bars: several "
                          "themes)."),
    "transcript": "Transcript",
    "memo": "memo",
    "memos": "Memos",
    "theme_report_note": ("Passages coded with the chosen themes, across cases, with the text "
                          "around them in grey."),
    "log_note": ("One row per withheld span: its number as shown in the text, the category, "
                 "why it was withheld, who accepted it and when. A span nobody reviewed is "
                 "marked \"by default\". Original values are never listed."),
    "col_no": "No.",
    "col_case": "Case",
    "col_category": "Category",
    "col_reason": "Reason",
    "col_decided_by": "Decided by",
    "col_when": "When",
    "col_who": "Who",
    "col_what": "What",
    "by_default": "by default",
    "nothing_withheld": "Nothing was withheld.",
    "custody_note": ("Who collected, coded and reviewed each case (as pseudonyms) and the "
                     "audit events that touched it."),
    "no_events": "No events recorded.",
    "header": "Fieldvault export {export_id}",
    "footer": "{profile} profile · content SHA-256 {digest}…",
    "page": "page {number} of {total}",
    # metadata and chain of custody (written into the document by the export service)
    "meta_title": "Title",
    "meta_date": "Interview date",
    "meta_languages": "Languages",
    "meta_location": "Location",
    "meta_status": "Review status",
    "not_recorded": "not recorded",
    "yes": "yes",
    "no": "no",
    "place_region": "{region} (place withheld)",
    "place_withheld": "withheld (LOCATION)",
    "left_out": "({what} left out: it contains a withheld value)",
    "memo_on_coding": "On a passage coded “{theme}”: {text}",
    "created": "case record created in the vault",
    "collector": "{member} (collector)",
    "interviewed": "interview recorded",
    "coder": "{member} (coder)",
    "reviewer": "{member} (reviewer)",
    "review_move": "review: {old} → {new}",
    "audit_run": "{action}{times} (audit {cited}, {hash})",
    "unknown_member": "unknown member",
    "identity_held": ("People appear under pseudonym codes. The key linking each code to a "
                      "real identity exists in a separately sealed identity store; it is "
                      "withheld from this export and is held only by the {role} who keeps "
                      "the exporting vault."),
    "identity_destroyed": ("People appear under pseudonym codes. The identity store that "
                           "linked the codes to real identities has been destroyed; nobody "
                           "can restore the link from the exporting vault."),
    "identity_none": ("People appear under pseudonym codes. The exporting vault keeps no "
                      "record of their real identities."),
    # reasons the export itself writes into the redaction log
    "reason_marked": "marked by {source}",
    "reason_detected": "detected ({source}), not reviewed",
    "reason_other": "another mention of a withheld value",
    "reason_strict": "strict mode: not known to be safe",
}

_KO: dict[str, str] = {
    "cover": "표지",
    "title": "Fieldvault 내보내기 문서",
    "subtitle": "지정된 수신자를 위해 가림 처리하고 서명한 기록입니다.",
    "field": "항목",
    "value": "내용",
    "export_id": "내보내기 번호",
    "profile": "프로필",
    "recipient": "수신자",
    "date_utc": "작성일 (UTC)",
    "digest": "내용 다이제스트 (SHA-256)",
    "key_id": "서명 키 (minisign 키 ID)",
    "public_key": "서명 공개 키",
    "digest_note": (
        "내용 다이제스트는 이 PDF에 나타난 모든 내용을 정규화한 JSON(키 정렬, UTF-8, 공백 "
        "없음)의 SHA-256 값입니다. PDF는 자기 자신의 해시를 담을 수 없으므로, 서명된 "
        "manifest.json에 파일의 SHA-256과 이 내용 다이제스트(content_sha256)를 함께 "
        "기록합니다. 인쇄본은 이 값으로 서명된 파일과 연결됩니다."),
    "verify_heading": "검증 방법",
    "verify_step1": "1. 이 PDF와 함께 받은 폴더에서 변경된 파일이 없는지 확인합니다:",
    "verify_step2": ("2. 별도로 받은 공개 키로 서명을 확인합니다. 키 ID는 위에 적힌 것과 "
                     "같아야 합니다:"),
    "withholds_heading": "이 내보내기에서 비공개로 처리한 내용",
    "counts": "검토 후 비공개: {reviewed}. 기본 비공개(탐지되었으나 검토 안 됨): {by_default}.",
    "categories": "비공개 범주: {categories}.",
    "nothing": "없음",
    "strict": ("엄격 모드: 안전하다고 확인되지 않은 모든 단어, 숫자, 날짜도 비공개로 "
               "처리합니다(TERM, NUMBER, DATE)."),
    "codings_in": "코딩: 포함.",
    "codings_out": "코딩: 포함하지 않음.",
    "memos_in": "메모: 포함.",
    "memos_out": "메모: 포함하지 않음.",
    "token_note": ("비공개 부분은 모두 [R<번호> · <범주>] 형식의 표지로 바뀌어 있으며(사람은 "
                   "가명 코드로 표시), 부록 A에서 설명합니다. 원래 값은 이 파일에 들어 있지 "
                   "않습니다."),
    "legend": "범주: {legend}.",
    "identities": "신원",
    "contents": "목차",
    "case": "사례 {code}",
    "theme_report": "주제 보고서",
    "appendix_a": "부록 A — 가림 처리 기록",
    "appendix_b": "부록 B — 보관 경위",
    "appendix_a_short": "부록 A",
    "appendix_b_short": "부록 B",
    "attachments_counts": ("이 사례들의 첨부 파일: 포함 {included}개, 비공개 {withheld}개(선택하지 "
                           "않으면 보관함에 남습니다)."),
    "appendix_c": "부록 C — 첨부 파일",
    "appendix_c_short": "부록 C",
    "attachments_note": (
        "각 첨부 파일은 ID, 종류, 보관함에 보관된 파일의 SHA-256으로 기재됩니다. "
        "'fieldvault attachment VAULT ID --save FILE'로 저장한 사본은 같은 SHA-256을 "
        "가집니다. 녹음과 문서는 목록에만 기재되고 포함되지 않습니다. 사진은 메타데이터 없이 "
        "다시 인코딩되어 페이지로 이어집니다. 유출 검사는 텍스트만 읽으므로 사진에 보이는 "
        "내용은 확인하지 못합니다."),
    "photo_caption": "사진 {id} · 사례 {case}",
    "kind_audio": "녹음",
    "kind_image": "사진",
    "kind_document": "문서",
    "themes_coded": "이 사례에 코딩된 주제",
    "themes_coded_note": ("코딩된 구절은 주제 색의 옅은 배경으로 표시되고, 왼쪽 여백에 같은 "
                          "색의 막대가 있습니다(막대가 여러 개면 주제도 여러 개)."),
    "transcript": "녹취록",
    "memo": "메모",
    "memos": "메모",
    "theme_report_note": "선택한 주제로 코딩된 구절을 사례별로 모았으며, 앞뒤 문맥은 회색입니다.",
    "log_note": ("비공개 부분마다 한 행: 본문에 표시된 번호, 범주, 비공개 사유, 수락한 사람과 "
                 "시각. 아무도 검토하지 않은 부분은 \"기본 비공개\"로 표시합니다. 원래 값은 "
                 "싣지 않습니다."),
    "col_no": "번호",
    "col_case": "사례",
    "col_category": "범주",
    "col_reason": "사유",
    "col_decided_by": "결정자",
    "col_when": "시각",
    "col_who": "누가",
    "col_what": "내용",
    "by_default": "기본 비공개",
    "nothing_withheld": "비공개로 처리한 내용이 없습니다.",
    "custody_note": ("각 사례를 수집, 코딩, 검토한 사람(가명)과 그 사례에 관한 감사 기록 "
                     "항목입니다."),
    "no_events": "기록된 항목이 없습니다.",
    "header": "Fieldvault 내보내기 {export_id}",
    "footer": "프로필 {profile} · 내용 SHA-256 {digest}…",
    "page": "{number} / {total}쪽",
    "meta_title": "제목",
    "meta_date": "면담 날짜",
    "meta_languages": "언어",
    "meta_location": "장소",
    "meta_status": "검토 상태",
    "not_recorded": "기록 없음",
    "yes": "예",
    "no": "아니요",
    "place_region": "{region} (장소 비공개)",
    "place_withheld": "비공개 (LOCATION)",
    "left_out": "({what}: 비공개 값이 들어 있어 생략함)",
    "memo_on_coding": "“{theme}” 코딩 구절에 대한 메모: {text}",
    "created": "보관함에 사례 기록 생성",
    "collector": "{member} (면담자)",
    "interviewed": "면담 기록",
    "coder": "{member} (코더)",
    "reviewer": "{member} (검토자)",
    "review_move": "검토: {old} → {new}",
    "audit_run": "{action}{times} (감사 기록 {cited}, {hash})",
    "unknown_member": "알 수 없는 구성원",
    "identity_held": ("사람은 가명 코드로 표시됩니다. 각 코드와 실제 신원을 잇는 키는 별도로 "
                      "봉인된 신원 저장소에 있으며, 이 내보내기에서는 비공개이고 내보낸 "
                      "보관함을 관리하는 {role}만 보유합니다."),
    "identity_destroyed": ("사람은 가명 코드로 표시됩니다. 코드와 실제 신원을 잇던 신원 "
                           "저장소는 폐기되었으므로, 내보낸 보관함으로는 누구도 그 연결을 "
                           "복원할 수 없습니다."),
    "identity_none": ("사람은 가명 코드로 표시됩니다. 내보낸 보관함에는 이들의 실제 신원에 "
                      "관한 기록이 없습니다."),
    "reason_marked": "{source} 표시",
    "reason_detected": "자동 탐지({source}), 검토 안 됨",
    "reason_other": "비공개 값의 다른 언급",
    "reason_strict": "엄격 모드: 안전 여부 미확인",
}

_RU: dict[str, str] = {
    "cover": "Титульный лист",
    "title": "Экспорт Fieldvault",
    "subtitle": "Подписанный документ со скрытыми сведениями для указанного получателя.",
    "field": "Поле",
    "value": "Значение",
    "export_id": "Номер экспорта",
    "profile": "Профиль",
    "recipient": "Получатель",
    "date_utc": "Дата (UTC)",
    "digest": "Дайджест содержимого",
    "key_id": "Ключ подписи (ID minisign)",
    "public_key": "Открытый ключ подписи",
    "digest_note": (
        "Дайджест содержимого — SHA-256 канонического JSON всего показанного в PDF (ключи "
        "по порядку, UTF-8, без пробелов). Свой хеш PDF нести не может, поэтому подписанный "
        "manifest.json хранит и SHA-256 файла, и этот дайджест (content_sha256): им "
        "печатная копия привязана к файлам."),
    "verify_heading": "Как проверить",
    "verify_step1": "1. В папке, полученной вместе с этим PDF, убедитесь, что файлы не изменены:",
    "verify_step2": "2. Проверьте подписи открытым ключом, полученным отдельно (ID — как выше):",
    "withholds_heading": "Что скрыто в этом экспорте",
    "counts": ("Скрыто после проверки: {reviewed}. Скрыто по умолчанию (обнаружено, не "
               "проверено): {by_default}."),
    "categories": "Скрываемые категории: {categories}.",
    "nothing": "нет",
    "strict": ("Строгий режим: скрыты и все слова, числа и даты, не признанные безопасными "
               "(TERM, NUMBER, DATE)."),
    "codings_in": "Кодировки: включены.",
    "codings_out": "Кодировки: не включены.",
    "memos_in": "Заметки: включены.",
    "memos_out": "Заметки: не включены.",
    "token_note": ("Скрытое заменено метками [R<номер> · <КАТЕГОРИЯ>] (у людей — код "
                   "псевдонима, см. приложение А); исходных значений здесь нет."),
    "legend": "Категории: {legend}.",
    "identities": "Личности",
    "contents": "Содержание",
    "case": "Кейс {code}",
    "theme_report": "Отчёт по темам",
    "appendix_a": "Приложение А — Журнал скрытия",
    "appendix_b": "Приложение Б — Цепочка хранения",
    "appendix_a_short": "Приложение А",
    "appendix_b_short": "Приложение Б",
    "attachments_counts": ("Вложения этих кейсов: включено {included}, скрыто {withheld} "
                           "(невыбранные остаются в хранилище)."),
    "appendix_c": "Приложение В — Вложения",
    "appendix_c_short": "Приложение В",
    "attachments_note": (
        "Каждое вложение указано своим идентификатором, видом и SHA-256 файла в хранилище; "
        "копия, сохранённая командой 'fieldvault attachment VAULT ID --save FILE', имеет тот "
        "же SHA-256. Записи и документы только перечислены, не включены. Фотографии идут "
        "отдельными страницами, заново закодированными без метаданных. Проверка утечек "
        "читает только текст: она не видит, что изображено на фотографии."),
    "photo_caption": "Фото {id} · кейс {case}",
    "kind_audio": "запись",
    "kind_image": "фото",
    "kind_document": "документ",
    "themes_coded": "Темы, закодированные в этом кейсе",
    "themes_coded_note": ("Закодированные фрагменты выделены светлым фоном цвета темы и "
                          "полосой того же цвета на левом поле (несколько полос — несколько "
                          "тем)."),
    "transcript": "Транскрипт",
    "memo": "заметка",
    "memos": "Заметки",
    "theme_report_note": ("Фрагменты, закодированные выбранными темами, по всем кейсам; "
                          "окружающий текст — серым."),
    "log_note": ("По строке на каждый скрытый фрагмент: его номер в тексте, категория, "
                 "основание, кто и когда его принял. Фрагмент, который никто не проверял, "
                 "отмечен «по умолчанию». Исходные значения не приводятся."),
    "col_no": "№",
    "col_case": "Кейс",
    "col_category": "Категория",
    "col_reason": "Основание",
    "col_decided_by": "Кто решил",
    "col_when": "Когда",
    "col_who": "Кто",
    "col_what": "Что",
    "by_default": "по умолчанию",
    "nothing_withheld": "Ничего не скрыто.",
    "custody_note": ("Кто собирал, кодировал и проверял каждый кейс (под псевдонимами), и "
                     "записи журнала аудита, касающиеся кейса."),
    "no_events": "Записей нет.",
    "header": "Экспорт Fieldvault {export_id}",
    "footer": "профиль {profile} · SHA-256 содержимого {digest}…",
    "page": "стр. {number} из {total}",
    "meta_title": "Название",
    "meta_date": "Дата интервью",
    "meta_languages": "Языки",
    "meta_location": "Место",
    "meta_status": "Статус проверки",
    "not_recorded": "не указана",
    "yes": "да",
    "no": "нет",
    "place_region": "{region} (место скрыто)",
    "place_withheld": "скрыто (LOCATION)",
    "left_out": "({what}: не включено, содержит скрытое значение)",
    "memo_on_coding": "К фрагменту с кодировкой «{theme}»: {text}",
    "created": "запись кейса создана в хранилище",
    "collector": "{member} (интервьюер)",
    "interviewed": "интервью записано",
    "coder": "{member} (кодировщик)",
    "reviewer": "{member} (рецензент)",
    "review_move": "проверка: {old} → {new}",
    "audit_run": "{action}{times} (журнал аудита {cited}, {hash})",
    "unknown_member": "неизвестный участник",
    "identity_held": ("Люди указаны под кодами псевдонимов. Ключ, связывающий коды с "
                      "реальными личностями, лежит в отдельно запечатанном хранилище "
                      "личностей; в экспорт он не входит и есть только у роли «{role}», "
                      "ведущей экспортирующее хранилище."),
    "identity_destroyed": ("Люди указаны под кодами псевдонимов. Хранилище личностей, "
                           "связывавшее коды с реальными людьми, уничтожено; восстановить эту "
                           "связь по экспортирующему хранилищу невозможно."),
    "identity_none": ("Люди указаны под кодами псевдонимов. Экспортирующее хранилище не "
                      "содержит сведений об их реальных личностях."),
    "reason_marked": "отмечено: {source}",
    "reason_detected": "обнаружено ({source}), не проверено",
    "reason_other": "другое упоминание скрытого значения",
    "reason_strict": "строгий режим: безопасность не подтверждена",
}

_CATEGORIES: dict[str, dict[str, str]] = {
    "en": {"PERSON": "person", "ORG": "organisation", "LOCATION": "place", "ID": "identifier",
           "PHONE": "phone number", "DOB": "date of birth", "EMAIL": "e-mail address",
           "ADDRESS": "address", "TERM": "word", "NUMBER": "number", "DATE": "date"},
    "ko": {"PERSON": "인물", "ORG": "조직", "LOCATION": "장소", "ID": "식별 번호",
           "PHONE": "전화번호", "DOB": "생년월일", "EMAIL": "이메일 주소", "ADDRESS": "주소",
           "TERM": "단어", "NUMBER": "숫자", "DATE": "날짜"},
    "ru": {"PERSON": "лицо", "ORG": "организация", "LOCATION": "место",
           "ID": "идентификатор", "PHONE": "телефон", "DOB": "дата рождения",
           "EMAIL": "эл. почта", "ADDRESS": "адрес", "TERM": "слово", "NUMBER": "число",
           "DATE": "дата"},
}

_PROFILES: dict[str, dict[str, str]] = {
    "en": {},
    "ko": {"legal": "법률 검토용", "supervisor": "감독자용", "custom": "사용자 지정"},
    "ru": {"legal": "юридический", "supervisor": "для руководителя", "custom": "особый"},
}

_STATUSES: dict[str, dict[str, str]] = {
    "en": {},
    "ko": {"draft": "초안", "submitted": "제출됨", "in_review": "검토 중", "returned": "반려됨",
           "approved": "승인됨", "exported": "내보냄"},
    "ru": {"draft": "черновик", "submitted": "отправлен", "in_review": "на проверке",
           "returned": "возвращён", "approved": "одобрен", "exported": "экспортирован"},
}

_ROLES: dict[str, dict[str, str]] = {
    "en": {},
    "ko": {"owner": "소유자", "supervisor": "감독자", "coder": "코더", "interviewer": "면담자",
           "reviewer": "검토자"},
    "ru": {"owner": "владелец", "supervisor": "руководитель", "coder": "кодировщик",
           "interviewer": "интервьюер", "reviewer": "рецензент"},
}

_REGIONS: dict[str, dict[str, str]] = {
    "en": {},
    "ko": {"Primorsky Krai": "연해주", "Khabarovsk Krai": "하바롭스크 지방"},
    "ru": {"Primorsky Krai": "Приморский край", "Khabarovsk Krai": "Хабаровский край"},
}

_PHRASES = {"en": _EN, "ko": _KO, "ru": _RU}

# Reasons written by the export itself (withhold.py); anything else is a reviewer's own words.
_REASONS = (
    (re.compile(r"^marked by (?P<source>[\w.:-]+)$"), "reason_marked"),
    (re.compile(r"^detected \((?P<source>[\w.:-]+)\), not reviewed$"), "reason_detected"),
    (re.compile(r"^another mention of a withheld value$"), "reason_other"),
    (re.compile(r"^strict mode: not known to be safe$"), "reason_strict"),
)


def _ru_plural(count: int, one: str, few: str, many: str) -> str:
    tens, units = count % 100, count % 10
    if units == 1 and tens != 11:
        return one
    if 2 <= units <= 4 and not 12 <= tens <= 14:
        return few
    return many


@dataclass(frozen=True)
class Wording:
    """The phrases of one language. Unknown language codes are refused by :func:`wording`."""

    language: str

    def say(self, key: str, **values: object) -> str:
        return _PHRASES[self.language][key].format(**values)

    def category(self, code: str) -> str:
        """A category's name; the canonical code itself when the language has none."""
        return _CATEGORIES[self.language].get(code, code)

    def category_cell(self, code: str) -> str:
        """The redaction log's category cell: ``PERSON`` (en), ``인물 (PERSON)`` (ko, ru)."""
        if self.language == "en":
            return code
        return f"{self.category(code)} ({code})"

    def legend(self, codes: list[str]) -> str:
        """``PERSON — 인물; PHONE — 전화번호`` for the cover."""
        return "; ".join(f"{code} — {self.category(code)}" for code in codes)

    def profile_name(self, name: str) -> str:
        local = _PROFILES[self.language].get(name)
        return f"{local} ({name})" if local else name

    def status(self, status: str, plain: bool = True) -> str:
        """A case status in this language; in English ``in review`` (``plain``) or the code
        ``in_review`` as the chain of custody cites it."""
        fallback = status.replace("_", " ") if plain else status
        return _STATUSES[self.language].get(status, fallback)

    def role(self, role: str) -> str:
        return _ROLES[self.language].get(role, role)

    def region(self, region: str) -> str:
        return _REGIONS[self.language].get(region, region)

    def reason(self, text: str) -> str:
        """Reasons the export wrote itself, in this language; a reviewer's words stay as
        written. Merged reasons (``a; b``) are translated part by part."""
        return "; ".join(self._one_reason(part) for part in text.split("; "))

    def _one_reason(self, text: str) -> str:
        for pattern, key in _REASONS:
            match = pattern.match(text)
            if match:
                return self.say(key, **match.groupdict())
        return text

    def passages(self, count: int) -> str:
        """``3 passages`` / ``구절 3개`` / ``3 фрагмента``."""
        if self.language == "ko":
            return f"구절 {count}개"
        if self.language == "ru":
            return f"{count} " + _ru_plural(count, "фрагмент", "фрагмента", "фрагментов")
        return f"{count} passage" + ("" if count == 1 else "s")

    def coded(self, count: int) -> str:
        """The chain of custody's ``coded 3 passages``."""
        if self.language == "ko":
            return f"구절 {count}개 코딩"
        if self.language == "ru":
            return "закодировано " + self.passages(count)
        return "coded " + self.passages(count)


def wording(language: str) -> Wording:
    """The wording for ``en``, ``ko`` or ``ru``; ValueError names the others."""
    if language not in _PHRASES:
        raise ValueError(f"PDF language {language!r} is not one of {', '.join(LANGUAGES)}.")
    return Wording(language)


ENGLISH = Wording("en")
