<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Fieldvault {version} (commit {commit}, built {date})</source>
        <translation>Fieldvault {version} (коммит {commit}, сборка {date})</translation>
    </message>
    <message>
        <source>About Fieldvault</source>
        <translation>О программе Fieldvault</translation>
    </message>
    <message>
        <source>An offline, encrypted case book for field research on people at risk. Nothing leaves this computer: no network connection is ever made.</source>
        <translation>Зашифрованный офлайн-журнал кейсов для полевых исследований людей в уязвимом положении. Ничто не покидает этот компьютер: сетевые соединения не устанавливаются никогда.</translation>
    </message>
    <message>
        <source>The codebook is derived from the KINU report on North Korean workers in Russia&apos;s Maritime Province (2016). The demo interviews are fiction.</source>
        <translation>Кодовая книга составлена по докладу KINU о северокорейских рабочих в Приморском крае (2016). Демонстрационные интервью вымышлены.</translation>
    </message>
    <message>
        <source>Free software under the GNU Affero General Public License, version 3 or later. Fonts: NanumGothic (SIL Open Font License), DejaVu Sans.</source>
        <translation>Свободная программа под лицензией GNU Affero General Public License версии 3 или более поздней. Шрифты: NanumGothic (SIL Open Font License), DejaVu Sans.</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Единицы</translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation>Процент совпадения</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Каппа Коэна</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Альфа Криппендорфа</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Unit of agreement</source>
        <translation>Единица сравнения</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>символы</translation>
    </message>
    <message>
        <source>sentences</source>
        <translation>предложения</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>абзацы</translation>
    </message>
    <message>
        <source>Cases to compare</source>
        <translation>Кейсы для сравнения</translation>
    </message>
    <message>
        <source>Case codes, e.g. W-001 W-002 (empty: all cases)</source>
        <translation>Коды кейсов, напр. W-001 W-002 (пусто: все кейсы)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>Compare the ticked coders (Ctrl+Enter)</source>
        <translation>Сравнить отмеченных кодировщиков (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Percent agreement, Cohen&apos;s kappa (two coders) and Krippendorff&apos;s alpha over units coded by at least two coders. A dash: undefined (one coder, or nobody applied the theme).</source>
        <translation>Процент совпадения, каппа Коэна (два кодировщика) и альфа Криппендорфа по единицам, закодированным хотя бы двумя кодировщиками. Прочерк: не определено (один кодировщик или тему никто не применял).</translation>
    </message>
    <message>
        <source>Where the coders differ, per case</source>
        <translation>Где кодировщики расходятся, по кейсам</translation>
    </message>
    <message>
        <source>The case side by side</source>
        <translation>Кейс рядом</translation>
    </message>
    <message>
        <source>Theme colour: coded by that coder. Red wavy underline: the coders differ; pink: that coder did not code it there. Double-click opens the place in the workbench.</source>
        <translation>Цвет темы: закодировано этим кодировщиком. Красная волнистая линия: кодировщики расходятся; розовый: этот кодировщик здесь не кодировал. Двойной щелчок открывает место на рабочем столе.</translation>
    </message>
    <message>
        <source>Tick two or more coders to compare them.</source>
        <translation>Отметьте двух или более кодировщиков, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Tick the coders to compare and press Compute: agreement per theme, the cases where they differ, and each case side by side.</source>
        <translation>Отметьте кодировщиков и нажмите «Рассчитать»: согласованность по темам, кейсы, где они расходятся, и каждый кейс рядом.</translation>
    </message>
    <message>
        <source>Agreement compares two or more coders, and {n} coded in this vault. Send cases to a second coder (Exchange menu), merge the bundle they send back, then compute here.</source>
        <translation>Согласованность сравнивает двух или более кодировщиков, а в этом хранилище кодировали: {n}. Отправьте кейсы второму кодировщику (меню «Обмен»), объедините присланный им пакет и рассчитайте здесь.</translation>
    </message>
    <message>
        <source>Click a case in the table on the left to see its transcript once per coder, side by side, with the places where they differ marked.</source>
        <translation>Щёлкните кейс в таблице слева: его транскрипт появится для каждого кодировщика рядом, с отмеченными расхождениями.</translation>
    </message>
    <message>
        <source>{coders}: {themes} themes over {cases} cases coded by two or more of them, unit: {unit}. Select a theme to see only its differences.</source>
        <translation>{coders}: тем — {themes}, кейсов, закодированных двумя или более из них, — {cases}, единица: {unit}. Выберите тему, чтобы видеть только её расхождения.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>any theme</source>
        <translation>все темы</translation>
    </message>
    <message>
        <source>No case was coded by two of the chosen coders yet: each case needs codings from at least two of them.</source>
        <translation>Ни один кейс ещё не закодирован двумя из выбранных кодировщиков: для кейса нужны кодировки хотя бы двоих.</translation>
    </message>
    <message>
        <source>They differ on {what} in {differ} of the {compared} cases both coded. Click a case to compare it.</source>
        <translation>Расхождения ({what}) в {differ} из {compared} кейсов, закодированных обоими. Щёлкните кейс, чтобы сравнить.</translation>
    </message>
    <message>
        <source>Fewer than two of the chosen coders coded {code}; its codings are shown, but there is nothing to compare.</source>
        <translation>{code} закодировали меньше двух выбранных кодировщиков: кодировки показаны, но сравнивать нечего.</translation>
    </message>
    <message>
        <source>{code}: the coders agree on {what} everywhere.</source>
        <translation>{code}: кодировщики везде согласны ({what}).</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Coders to compare</source>
        <translation>Кодировщики для сравнения</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Кодировщики:</translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation>Согласованность по темам</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>Comparing the coders…</source>
        <translation>Сравнение кодировщиков…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the previous result.</source>
        <translation>Отменено; в таблице прежний результат.</translation>
    </message>
    <message numerus="yes">
        <source>{code}: %n place(s) where the coders differ on {what}.</source>
        <translation>
            <numerusform>{code}: %n место расхождения ({what}).</numerusform>
            <numerusform>{code}: %n места расхождения ({what}).</numerusform>
            <numerusform>{code}: %n мест расхождения ({what}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute the agreement first.</source>
        <translation>Сначала рассчитайте согласованность.</translation>
    </message>
    <message>
        <source>Save the agreement table as CSV</source>
        <translation>Сохранить таблицу согласованности в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {name}: {why}.</source>
        <translation>Не удаётся записать {name}: {why}.</translation>
    </message>
    <message>
        <source>Saved the table to {path}.</source>
        <translation>Таблица сохранена в {path}.</translation>
    </message>
</context>
<context>
    <name>AnalysisModels</name>
    <message>
        <source>{theme} × {key}: {codings} codings in {cases} cases, {chars} coded characters. Double-click to read them.</source>
        <translation>{theme} × {key}: кодировок — {codings} в кейсах: {cases}, закодировано символов: {chars}. Двойной щелчок — прочитать.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>theme id</source>
        <translation>ID темы</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>{a} with {b}: {pairs} pairs of codings in {cases} cases. Double-click to read them.</source>
        <translation>{a} и {b}: пар кодировок — {pairs} в кейсах: {cases}. Двойной щелчок — прочитать.</translation>
    </message>
</context>
<context>
    <name>AnalysisPage</name>
    <message>
        <source>Choose a view and press Compute (Ctrl+Enter). Double-click a cell to read its passages in Retrieve.</source>
        <translation>Выберите вид и нажмите «Рассчитать» (Ctrl+Enter). Двойной щелчок по ячейке открывает её фрагменты в выборке.</translation>
    </message>
    <message>
        <source>Analysis table</source>
        <translation>Таблица анализа</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Themes × cases</source>
        <translation>Темы × кейсы</translation>
    </message>
    <message>
        <source>Themes × attribute</source>
        <translation>Темы × атрибут</translation>
    </message>
    <message>
        <source>Themes by interview year</source>
        <translation>Темы по году интервью</translation>
    </message>
    <message>
        <source>Themes by interview month</source>
        <translation>Темы по месяцу интервью</translation>
    </message>
    <message>
        <source>Themes by interviewer</source>
        <translation>Темы по интервьюерам</translation>
    </message>
    <message>
        <source>Co-occurrence of themes</source>
        <translation>Совместная встречаемость тем</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Считать</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>кодировки</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>кейсы</translation>
    </message>
    <message>
        <source>coded characters</source>
        <translation>закодированные символы</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>числа</translation>
    </message>
    <message>
        <source>% of row</source>
        <translation>% по строке</translation>
    </message>
    <message>
        <source>% of column</source>
        <translation>% по столбцу</translation>
    </message>
    <message>
        <source>Co-occurrence</source>
        <translation>Совместная встречаемость</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>перекрываются</translation>
    </message>
    <message>
        <source>within N characters</source>
        <translation>в пределах N символов</translation>
    </message>
    <message>
        <source>same paragraph</source>
        <translation>один абзац</translation>
    </message>
    <message>
        <source>Characters apart</source>
        <translation>Расстояние в символах</translation>
    </message>
    <message>
        <source> chars</source>
        <translation> симв.</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>Compute the view (Ctrl+Enter)</source>
        <translation>Рассчитать вид (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Считать:</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Статус кейса</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>все статусы</translation>
    </message>
    <message>
        <source>Review verdict</source>
        <translation>Решение проверки</translation>
    </message>
    <message>
        <source>all codings</source>
        <translation>все кодировки</translation>
    </message>
    <message>
        <source>not judged invalid</source>
        <translation>не признанные неверными</translation>
    </message>
    <message>
        <source>judged valid</source>
        <translation>признанные верными</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>не проверенные</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>coder (all)</source>
        <translation>кодировщик (все)</translation>
    </message>
    <message>
        <source>Cases where</source>
        <translation>Кейсы, где</translation>
    </message>
    <message>
        <source>cases where, e.g. sector=construction</source>
        <translation>кейсы, где, напр., sector=construction</translation>
    </message>
    <message>
        <source>Include &amp;subthemes</source>
        <translation>Включая &amp;подтемы</translation>
    </message>
    <message>
        <source>&amp;Top-level only</source>
        <translation>Только &amp;верхний уровень</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Столбчатая</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Накопительная</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Export table as CS&amp;V…</source>
        <translation>Экспорт таблицы в CS&amp;V…</translation>
    </message>
    <message>
        <source>Export chart as PNG/S&amp;VG…</source>
        <translation>Экспорт диаграммы в PNG/S&amp;VG…</translation>
    </message>
    <message>
        <source>c-coefficient</source>
        <translation>коэффициент c</translation>
    </message>
    <message>
        <source>No case has attributes yet; choose another view.</source>
        <translation>Ни у одного кейса ещё нет атрибутов; выберите другой вид.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>{themes} themes × {columns} columns; {codings} codings in {cases} cases. Double-click a cell to read its passages.</source>
        <translation>Тем: {themes} × столбцов: {columns}; кодировок: {codings} в кейсах: {cases}. Двойной щелчок по ячейке — её фрагменты.</translation>
    </message>
    <message>
        <source>in one paragraph</source>
        <translation>в одном абзаце</translation>
    </message>
    <message>
        <source>within {n} characters</source>
        <translation>в пределах {n} символов</translation>
    </message>
    <message>
        <source>{pairs} pairs of themes coded {how}. Cells: pairs of codings (or c = n12 / (n1 + n2 − n12)); the diagonal: a theme&apos;s codings. Double-click a cell to read the passages.</source>
        <translation>Пар тем, закодированных {how}: {pairs}. Ячейки: пары кодировок (или c = n12 / (n1 + n2 − n12)); диагональ: кодировки одной темы. Двойной щелчок по ячейке — фрагменты.</translation>
    </message>
    <message>
        <source>Nothing computed.</source>
        <translation>Ничего не рассчитано.</translation>
    </message>
    <message>
        <source>Fetching the passages of {cell}…</source>
        <translation>Загрузка фрагментов ячейки {cell}…</translation>
    </message>
    <message>
        <source>{a} with {b}</source>
        <translation>{a} и {b}</translation>
    </message>
    <message>
        <source>{theme} in {key}</source>
        <translation>{theme} в {key}</translation>
    </message>
    <message>
        <source>{n} passages of {cell} are in Retrieve.</source>
        <translation>Фрагменты ячейки {cell} ({n}) — в выборке.</translation>
    </message>
    <message>
        <source>{measure} by {by}</source>
        <translation>{measure} по: {by}</translation>
    </message>
    <message>
        <source>(first {n} of {total} columns)</source>
        <translation>(первые {n} из {total} столбцов)</translation>
    </message>
    <message>
        <source>{title}: {theme} (select a row to chart another)</source>
        <translation>{title}: {theme} (выберите строку, чтобы построить другую)</translation>
    </message>
    <message>
        <source>Pairs of codings by pair of themes</source>
        <translation>Пары кодировок по парам тем</translation>
    </message>
    <message>
        <source>pairs</source>
        <translation>пары</translation>
    </message>
    <message>
        <source>case</source>
        <translation>кейс</translation>
    </message>
    <message>
        <source>interview year</source>
        <translation>год интервью</translation>
    </message>
    <message>
        <source>interview month</source>
        <translation>месяц интервью</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>интервьюер</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Compute a view first.</source>
        <translation>Сначала рассчитайте вид.</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>Сохранить таблицу в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write {name}: {why}.</source>
        <translation>Не удалось записать {name}: {why}.</translation>
    </message>
    <message>
        <source>Saved the table to {path}.</source>
        <translation>Таблица сохранена в {path}.</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG</source>
        <translation>Сохранить диаграмму в PNG или SVG</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Изображения (*.png *.svg)</translation>
    </message>
    <message>
        <source>Cannot write {name}.</source>
        <translation>Не удалось записать {name}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Диаграмма сохранена в {path}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something unexpected went wrong. Every change you confirmed is saved. If it happens again, lock the vault and restart Fieldvault.</source>
        <translation>Произошла непредвиденная ошибка. Все подтверждённые изменения сохранены. Если это повторится, заблокируйте хранилище и перезапустите Fieldvault.</translation>
    </message>
</context>
<context>
    <name>AttachmentChoiceDialog</name>
    <message>
        <source>Attachments in the export</source>
        <translation>Вложения в экспорте</translation>
    </message>
    <message>
        <source>Ticked attachments go into the PDF: photos as pages, recordings and documents listed with their SHA-256. The others are withheld and counted on the cover. The leak check reads text only: it cannot see what a photo shows.</source>
        <translation>Отмеченные вложения попадут в PDF: фотографии — отдельными страницами, записи и документы — списком с их SHA-256. Остальные скрываются, их число указано на обложке. Проверка утечек читает только текст: она не видит, что изображено на фотографии.</translation>
    </message>
    <message>
        <source>Attachments to include</source>
        <translation>Вложения для включения</translation>
    </message>
    <message>
        <source>The ticked cases have no attachments.</source>
        <translation>У отмеченных кейсов нет вложений.</translation>
    </message>
</context>
<context>
    <name>AttachmentModel</name>
    <message>
        <source>{0} B</source>
        <translation>{0} Б</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>AttachmentRemoved</name>
    <message>
        <source>LIST chunk</source>
        <extracomment>What stripping reports (core/attachments), for the translation tools. A phrase not listed (an unusual chunk&apos;s name) is shown as the core wrote it.</extracomment>
        <translation>блок LIST</translation>
    </message>
    <message>
        <source>broadcast extension (bext: originator, date, description)</source>
        <translation>расширение вещания (bext: автор, дата, описание)</translation>
    </message>
    <message>
        <source>iXML chunk</source>
        <translation>блок iXML</translation>
    </message>
    <message>
        <source>ID3 tags</source>
        <translation>теги ID3</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>метаданные XMP</translation>
    </message>
    <message>
        <source>cue points</source>
        <translation>метки cue</translation>
    </message>
    <message>
        <source>sampler chunk</source>
        <translation>блок сэмплера</translation>
    </message>
    <message>
        <source>padding (JUNK)</source>
        <translation>заполнитель (JUNK)</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>заполнитель</translation>
    </message>
    <message>
        <source>LIST/INFO tags (title, artist, dates, comments)</source>
        <translation>теги LIST/INFO (название, автор, даты, комментарии)</translation>
    </message>
    <message>
        <source>text (tEXt)</source>
        <translation>текст (tEXt)</translation>
    </message>
    <message>
        <source>text (iTXt, e.g. XMP)</source>
        <translation>текст (iTXt, например XMP)</translation>
    </message>
    <message>
        <source>text (zTXt)</source>
        <translation>текст (zTXt)</translation>
    </message>
    <message>
        <source>EXIF metadata (eXIf)</source>
        <translation>метаданные EXIF (eXIf)</translation>
    </message>
    <message>
        <source>modification time (tIME)</source>
        <translation>время изменения (tIME)</translation>
    </message>
    <message>
        <source>colour profile (iCCP)</source>
        <translation>цветовой профиль (iCCP)</translation>
    </message>
    <message>
        <source>data after the image end</source>
        <translation>данные после конца изображения</translation>
    </message>
    <message>
        <source>EXIF metadata (camera, settings, dates)</source>
        <translation>метаданные EXIF (камера, настройки, даты)</translation>
    </message>
    <message>
        <source>GPS location</source>
        <translation>координаты GPS</translation>
    </message>
    <message>
        <source>maker notes</source>
        <translation>заметки производителя</translation>
    </message>
    <message>
        <source>embedded thumbnail</source>
        <translation>встроенная миниатюра</translation>
    </message>
    <message>
        <source>colour profile (ICC)</source>
        <translation>цветовой профиль (ICC)</translation>
    </message>
    <message>
        <source>multi-picture index</source>
        <translation>индекс нескольких изображений</translation>
    </message>
    <message>
        <source>IPTC/Photoshop metadata</source>
        <translation>метаданные IPTC/Photoshop</translation>
    </message>
    <message>
        <source>JFIF thumbnail</source>
        <translation>миниатюра JFIF</translation>
    </message>
    <message>
        <source>JPEG comment</source>
        <translation>комментарий JPEG</translation>
    </message>
    <message>
        <source>data after the image end (previews, depth maps)</source>
        <translation>данные после конца изображения (превью, карты глубины)</translation>
    </message>
    <message>
        <source>ID3v2 tags (title, artist, comments, pictures, dates)</source>
        <translation>теги ID3v2 (название, автор, комментарии, изображения, даты)</translation>
    </message>
    <message>
        <source>ID3v1 tag</source>
        <translation>тег ID3v1</translation>
    </message>
    <message>
        <source>APE tags</source>
        <translation>теги APE</translation>
    </message>
    <message>
        <source>Lyrics3 tag</source>
        <translation>тег Lyrics3</translation>
    </message>
    <message>
        <source>GPS location (©xyz)</source>
        <translation>координаты GPS (©xyz)</translation>
    </message>
    <message>
        <source>location (loci)</source>
        <translation>местоположение (loci)</translation>
    </message>
    <message>
        <source>tags (meta/ilst: title, artist, comments)</source>
        <translation>теги (meta/ilst: название, автор, комментарии)</translation>
    </message>
    <message>
        <source>user data (udta)</source>
        <translation>пользовательские данные (udta)</translation>
    </message>
    <message>
        <source>XMP or vendor data (uuid)</source>
        <translation>XMP или данные производителя (uuid)</translation>
    </message>
    <message>
        <source>leftover bytes in free space</source>
        <translation>остатки данных в свободном месте</translation>
    </message>
    <message>
        <source>other metadata items</source>
        <translation>прочие элементы метаданных</translation>
    </message>
    <message>
        <source>creation and modification dates</source>
        <translation>даты создания и изменения</translation>
    </message>
    <message>
        <source>Vorbis comments</source>
        <translation>комментарии Vorbis</translation>
    </message>
    <message>
        <source>Opus tags</source>
        <translation>теги Opus</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments of this case</source>
        <translation>Вложения этого кейса</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Позиция воспроизведения</translation>
    </message>
    <message>
        <source>Mark in</source>
        <translation>Начало отрезка</translation>
    </message>
    <message>
        <source>Mark out</source>
        <translation>Конец отрезка</translation>
    </message>
    <message>
        <source>Code segment…</source>
        <translation>Кодировать отрезок…</translation>
    </message>
    <message>
        <source>Coded segments of this case</source>
        <translation>Кодированные отрезки этого кейса</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Удалить отрезок</translation>
    </message>
    <message>
        <source>Mark in and mark out while the recording plays, then code the segment.</source>
        <translation>Отметьте начало и конец во время воспроизведения, затем кодируйте отрезок.</translation>
    </message>
    <message>
        <source>Coded {0} to {1} as {2}.</source>
        <translation>Отрезок {0}–{1} кодирован темой «{2}».</translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia, which this installation lacks.</source>
        <translation>Для воспроизведения записей нужен Qt Multimedia, которого нет в этой установке.</translation>
    </message>
    <message>
        <source>Kept as it was given (documents are not stripped).</source>
        <translation>Сохранён как есть (из документов метаданные не удаляются).</translation>
    </message>
    <message>
        <source>No metadata was found on intake.</source>
        <translation>При добавлении метаданные не найдены.</translation>
    </message>
    <message>
        <source>Removed on intake: {0}.</source>
        <translation>Удалено при добавлении: {0}.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Это фото нельзя показать.</translation>
    </message>
    <message>
        <source>This case has no recording to play.</source>
        <translation>В этом кейсе нет записи для воспроизведения.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Recordings and photos ({0})</source>
        <translation>Записи и фото ({0})</translation>
    </message>
    <message>
        <source>Attach a recording or photo</source>
        <translation>Прикрепить запись или фото</translation>
    </message>
    <message>
        <source>Removing metadata and encrypting {0}…</source>
        <translation>Удаление метаданных и шифрование {0}…</translation>
    </message>
    <message>
        <source>Attached {0}. {1}</source>
        <translation>Прикреплено: {0}. {1}</translation>
    </message>
    <message>
        <source>Save a copy without metadata (not encrypted)</source>
        <translation>Сохранить копию без метаданных (не зашифрована)</translation>
    </message>
    <message>
        <source>Saved a copy to {0}; that copy is not encrypted.</source>
        <translation>Копия сохранена в {0}; эта копия не зашифрована.</translation>
    </message>
    <message>
        <source>Remove {0} from this case? Its encrypted file and key are destroyed; this cannot be undone.</source>
        <translation>Удалить {0} из этого кейса? Его зашифрованный файл и ключ будут уничтожены; отменить это нельзя.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Removed {0}.</source>
        <translation>Удалено: {0}.</translation>
    </message>
</context>
<context>
    <name>AudioSegmentModel</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Attribute &apos;{name}&apos; takes yes or no.</source>
        <translation>Атрибут &apos;{name}&apos; принимает только «да» или «нет».</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>&apos;{text}&apos; — не число.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новый кейс</translation>
    </message>
    <message>
        <source>Edit case {code}</source>
        <translation>Правка кейса {code}</translation>
    </message>
    <message>
        <source>leave empty for a random code</source>
        <translation>пусто — случайный код</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Атрибут</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Add &amp;attribute</source>
        <translation>Добавить &amp;атрибут</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Интервьюер:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Транскрипт</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Код кейса</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>CaseDifferenceModel</name>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Кодировщики</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Themes they differ on</source>
        <translation>Темы с расхождениями</translation>
    </message>
    <message>
        <source>one coder</source>
        <translation>один кодировщик</translation>
    </message>
    <message>
        <source>agree</source>
        <translation>согласны</translation>
    </message>
</context>
<context>
    <name>CaseStatus</name>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращён</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>экспортирован</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Кодировки</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Key attributes</source>
        <translation>Основные атрибуты</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CaseWorkflowDialog</name>
    <message>
        <source>Review workflow — {code}</source>
        <translation>Процесс проверки — {code}</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>История проверки</translation>
    </message>
    <message>
        <source>Comment on the move</source>
        <translation>Комментарий к переходу</translation>
    </message>
    <message>
        <source>Comment (needed when returning a case: say what to change)</source>
        <translation>Комментарий (обязателен при возврате кейса: что исправить)</translation>
    </message>
    <message>
        <source>&amp;Submit for review</source>
        <translation>&amp;Отправить на проверку</translation>
    </message>
    <message>
        <source>S&amp;tart review</source>
        <translation>&amp;Начать проверку</translation>
    </message>
    <message>
        <source>&amp;Return with comment</source>
        <translation>&amp;Вернуть с комментарием</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>О&amp;добрить</translation>
    </message>
    <message>
        <source>Mark e&amp;xported</source>
        <translation>Отметить как &amp;экспортированный</translation>
    </message>
    <message>
        <source>Re&amp;veal codings to coders</source>
        <translation>Открыть кодировки &amp;кодировщикам</translation>
    </message>
    <message>
        <source>End blind coding on this case: every coder sees every coding.</source>
        <translation>Завершить слепое кодирование кейса: каждый кодировщик увидит все кодировки.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>{code} “{title}” is {status}. You are {role} here.</source>
        <translation>{code} «{title}»: {status}. Ваша роль здесь: {role}.</translation>
    </message>
    <message>
        <source>Codings on this case are revealed to every coder.</source>
        <translation>Кодировки этого кейса открыты всем кодировщикам.</translation>
    </message>
    <message>
        <source>A case that is {status} does not move any further.</source>
        <translation>Кейс в статусе «{status}» дальше не переходит.</translation>
    </message>
    <message>
        <source>As {role} you cannot move it from here; next it goes to {next}, which another member does.</source>
        <translation>В роли «{role}» вы не можете перевести его дальше; следующий шаг ({next}) делает другой участник.</translation>
    </message>
    <message>
        <source>Moved from {a} to {b}.</source>
        <translation>Переведён из «{a}» в «{b}».</translation>
    </message>
    <message>
        <source>Every coder may now see all codings of this case.</source>
        <translation>Теперь все кодировщики видят все кодировки этого кейса.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Filter by code, title, place, person…</source>
        <translation>Фильтр по коду, названию, месту, человеку…</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Фильтр кейсов</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Privacy filter</source>
        <translation>Фильтр конфиденциальности</translation>
    </message>
    <message>
        <source>Any privacy state</source>
        <translation>Любое состояние конфиденциальности</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <source>Attribute filter</source>
        <translation>Фильтр по атрибуту</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Любой атрибут</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Значение атрибута</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новый кейс…</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Новый кейс (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit case…</source>
        <translation>&amp;Изменить кейс…</translation>
    </message>
    <message>
        <source>Edit the selected case (F2)</source>
        <translation>Изменить выбранный кейс (F2)</translation>
    </message>
    <message>
        <source>&amp;Code this case</source>
        <translation>&amp;Кодировать кейс</translation>
    </message>
    <message>
        <source>Open the selected case in the workbench (Enter)</source>
        <translation>Открыть выбранный кейс на рабочем столе (Enter)</translation>
    </message>
    <message>
        <source>&amp;Workflow…</source>
        <translation>&amp;Процесс проверки…</translation>
    </message>
    <message>
        <source>Submit, review, return or approve the selected case (Ctrl+Shift+W)</source>
        <translation>Отправить, проверить, вернуть или одобрить выбранный кейс (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Import &amp;documents…</source>
        <translation>Импорт &amp;документов…</translation>
    </message>
    <message>
        <source>Import .txt, .docx, .odt, .hwpx, .rtf or .pdf files, or drop them on this page</source>
        <translation>Импорт файлов .txt, .docx, .odt, .hwpx, .rtf или .pdf; их можно и перетащить на эту страницу</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n case(s)</source>
        <translation>
            <numerusform>{shown} из %n кейса</numerusform>
            <numerusform>{shown} из %n кейсов</numerusform>
            <numerusform>{shown} из %n кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Импорт {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Imported {cases} cases with {codings} codings and {memos} memos.</source>
        <translation>Импортировано кейсов: {cases}, кодировок: {codings}, заметок: {memos}.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Пока нечего показать на диаграмме.</translation>
    </message>
</context>
<context>
    <name>CheckActions</name>
    <message>
        <source>&amp;Check vault…</source>
        <translation>&amp;Проверить хранилище…</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase or recovery code on the unlock page first; the check needs it to read the vault.</source>
        <translation>Сначала введите парольную фразу или код восстановления хранилища на странице разблокировки: без них проверка не может прочитать хранилище.</translation>
    </message>
    <message>
        <source>Checking the key files, every page of the database and the audit chain…</source>
        <translation>Проверяются файлы ключей, каждая страница базы данных и цепочка журнала аудита…</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Key file</source>
        <translation>Файл ключей</translation>
    </message>
    <message>
        <source>Copy of the key file</source>
        <translation>Копия файла ключей</translation>
    </message>
    <message>
        <source>Database pages</source>
        <translation>Страницы базы данных</translation>
    </message>
    <message>
        <source>Database structure</source>
        <translation>Структура базы данных</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Цепочка журнала аудита</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <source>Nothing is damaged.</source>
        <translation>Повреждений нет.</translation>
    </message>
    <message>
        <source>Something is damaged. Do not write to this vault until you have read what to do below.</source>
        <translation>Обнаружено повреждение. Ничего не записывайте в это хранилище, пока не прочтёте, что делать, ниже.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ПОВРЕЖДЕНО</translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation>Что делать: {advice}</translation>
    </message>
    <message>
        <source>Copies in the vault&apos;s backups folder, newest first: {names}</source>
        <translation>Копии в папке backups хранилища, сначала новые: {names}</translation>
    </message>
    <message>
        <source>The vault&apos;s backups folder holds no copies.</source>
        <translation>В папке backups хранилища копий нет.</translation>
    </message>
</context>
<context>
    <name>CodebookPage</name>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Theme details</source>
        <translation>Сведения о теме</translation>
    </message>
    <message>
        <source>Memos on this theme</source>
        <translation>Заметки к теме</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>П&amp;ереместить…</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>Цве&amp;т…</translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Re&amp;trieve</source>
        <translation>&amp;Выборка</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Определение</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Включать</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Не включать</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Report references</source>
        <translation>Ссылки на доклад</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>e.g. work.night_shifts</source>
        <translation>напр. work.night_shifts</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Английский:</translation>
    </message>
    <message>
        <source>&amp;Korean:</source>
        <translation>&amp;Корейский:</translation>
    </message>
    <message>
        <source>&amp;Russian:</source>
        <translation>&amp;Русский:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Внутри темы:</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Переименовать «{name}»</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Переместить «{name}»</translation>
    </message>
    <message>
        <source>&amp;New parent:</source>
        <translation>&amp;Новая родительская тема:</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Цвет темы «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>Its %n coding(s) and its subthemes move to the chosen theme; then “{name}” is deleted.</source>
        <translation>
            <numerusform>Её %n кодировка и подтемы перейдут в выбранную тему, затем тема «{name}» будет удалена.</numerusform>
            <numerusform>Её %n кодировки и подтемы перейдут в выбранную тему, затем тема «{name}» будет удалена.</numerusform>
            <numerusform>Её %n кодировок и подтемы перейдут в выбранную тему, затем тема «{name}» будет удалена.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge {name} into…</source>
        <translation>Объединить «{name}» с…</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;С темой:</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Удаление темы</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its subthemes move up one level.</source>
        <translation>Удалить тему «{name}»? Её подтемы поднимутся на уровень выше.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move its codings to another theme</source>
        <translation>Перенести её кодировки в другую тему</translation>
    </message>
    <message numerus="yes">
        <source>Delete its %n coding(s) too</source>
        <translation>
            <numerusform>Удалить и её %n кодировку</numerusform>
            <numerusform>Удалить и её %n кодировки</numerusform>
            <numerusform>Удалить и её %n кодировок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %n coding(s). Choose what happens to them.</source>
        <translation>
            <numerusform>У темы «{name}» %n кодировка. Выберите, что с ней сделать.</numerusform>
            <numerusform>У темы «{name}» %n кодировки. Выберите, что с ними сделать.</numerusform>
            <numerusform>У темы «{name}» %n кодировок. Выберите, что с ними сделать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Удалить «{name}»</translation>
    </message>
    <message>
        <source>&amp;Codings:</source>
        <translation>&amp;Кодировки:</translation>
    </message>
    <message>
        <source>&amp;Move to:</source>
        <translation>&amp;Перенести в:</translation>
    </message>
</context>
<context>
    <name>CoderPane</name>
    <message>
        <source>The coders differ on {theme} here: coded by {who}.</source>
        <translation>Здесь кодировщики расходятся (тема: {theme}); закодировал(и): {who}.</translation>
    </message>
</context>
<context>
    <name>CodingListModel</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>CodingMargin</name>
    <message>
        <source>Coding stripes</source>
        <translation>Полосы кодировок</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>What arrived</source>
        <translation>Что пришло</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>e.g. interviews-2025</source>
        <translation>напр. interviews-2025</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>your name or initials, as shown to reviewers</source>
        <translation>ваше имя или инициалы, как их увидят рецензенты</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Vault name</source>
        <translation>Имя хранилища</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Па&amp;рольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Где хранить хранилище</translation>
    </message>
    <message>
        <source>Give the vault a name (no slashes).</source>
        <translation>Дайте хранилищу имя (без косой черты).</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Выберите существующую папку.</translation>
    </message>
    <message>
        <source>A vault with this name already exists in that folder.</source>
        <translation>В этой папке уже есть хранилище с таким именем.</translation>
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
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Документы ({patterns})</translation>
    </message>
</context>
<context>
    <name>DocumentImporter</name>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Reading {count} files…</source>
        <translation>Чтение файлов: {count}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nothing was imported: {refused} of {total} files could not be read.</source>
        <translation>Ничего не импортировано: не удалось прочитать файлов — {refused} из {total}.</translation>
    </message>
    <message>
        <source>Storing and scanning for identifying details…</source>
        <translation>Сохранение и поиск идентифицирующих сведений…</translation>
    </message>
    <message>
        <source>Imported into {cases}.</source>
        <translation>Импортировано в: {cases}.</translation>
    </message>
    <message>
        <source>{count} original files kept as encrypted attachments.</source>
        <translation>Исходные файлы сохранены как зашифрованные вложения: {count}.</translation>
    </message>
    <message>
        <source>{count} suggestions of identifying details await your review.</source>
        <translation>Предложений по идентифицирующим сведениям ждут проверки: {count}.</translation>
    </message>
    <message>
        <source>The scan for identifying details was cancelled; it runs again before any export.</source>
        <translation>Поиск идентифицирующих сведений отменён; он будет выполнен снова перед любым экспортом.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Import documents</source>
        <translation>Импорт документов</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>Текст для импорта</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>A new case for each file</source>
        <translation>Новый кейс для каждого файла</translation>
    </message>
    <message>
        <source>All files into one case:</source>
        <translation>Все файлы в один кейс:</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Код кейса</translation>
    </message>
    <message>
        <source>empty: a new code; an existing code adds the text to that case</source>
        <translation>пусто — новый код; существующий код добавит текст к этому кейсу</translation>
    </message>
    <message>
        <source>Keep the original files as encrypted attachments</source>
        <translation>Сохранить исходные файлы как зашифрованные вложения</translation>
    </message>
    <message>
        <source> (the first {shown:,} shown)</source>
        <translation> (показаны первые {shown:,})</translation>
    </message>
    <message>
        <source>{format}, {count:,} characters{extra}, languages: {languages}</source>
        <translation>{format}, символов: {count:,}{extra}, языки: {languages}</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>The edits were made on version {old}; the case is now at version {new}, so compare before saving.</source>
        <translation>Правки сделаны в версии {old}, а сейчас у кейса версия {new}: сравните их перед сохранением.</translation>
    </message>
    <message>
        <source>the transcript edits (Ctrl+S saves them, Escape discards them)</source>
        <translation>правки транскрипта (Ctrl+S сохраняет их, Escape отменяет)</translation>
    </message>
    <message>
        <source>the memo text (Add memo or Save changes keeps it)</source>
        <translation>текст заметки («Добавить заметку» или «Сохранить изменения» сохраняет его)</translation>
    </message>
    <message>
        <source>Restored from before the lock and not saved yet: {what}.</source>
        <translation>Восстановлено то, что было до блокировки, и ещё не сохранено: {what}.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Import a REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Проекты REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>Импорт REFI-QDA</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>These codes in {name} have the same name as themes in this vault&apos;s codebook:</source>
        <translation>Эти коды в {name} называются так же, как темы в кодовой книге этого хранилища:</translation>
    </message>
    <message>
        <source>Merge into those themes</source>
        <translation>Объединить с этими темами</translation>
    </message>
    <message>
        <source>Add as new themes</source>
        <translation>Добавить как новые темы</translation>
    </message>
    <message>
        <source>REFI-QDA export</source>
        <translation>Экспорт REFI-QDA</translation>
    </message>
    <message>
        <source>Preparing the project…</source>
        <translation>Подготовка проекта…</translation>
    </message>
    <message>
        <source>The project file will contain:</source>
        <translation>Файл проекта будет содержать:</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message numerus="yes">
        <source>%n coded recording(s) can go into the file too, with metadata removed but not encrypted; voices can identify people.</source>
        <translation>
            <numerusform>В файл можно включить и %n кодированную запись: метаданные удаляются, но запись не шифруется, а по голосу можно узнать человека.</numerusform>
            <numerusform>В файл можно включить и %n кодированные записи: метаданные удаляются, но записи не шифруются, а по голосу можно узнать человека.</numerusform>
            <numerusform>В файл можно включить и %n кодированных записей: метаданные удаляются, но записи не шифруются, а по голосу можно узнать человека.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include the recordings…</source>
        <translation>Включить записи…</translation>
    </message>
    <message>
        <source>Write the REFI-QDA project</source>
        <translation>Запись проекта REFI-QDA</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Wrote {path}: {cases} cases, {codings} codings, {memos} memos.</source>
        <translation>Записан {path}: кейсов — {cases}, кодировок — {codings}, заметок — {memos}.</translation>
    </message>
</context>
<context>
    <name>ExportBundle</name>
    <message>
        <source>Wrote {file} ({size}) for {to}.</source>
        <translation>Записан {file} ({size}) для: {to}.</translation>
    </message>
    <message>
        <source>Cases: {codes}.</source>
        <translation>Кейсы: {codes}.</translation>
    </message>
    <message>
        <source>{n} real identities travel inside, readable only by the supervisors among the recipients.</source>
        <translation>Внутри реальные личности ({n}); прочесть их могут только руководители среди получателей.</translation>
    </message>
    <message>
        <source>Carry the file by any means (USB stick, shared folder, e-mail); only the recipients can open it, and they will see if it was altered.</source>
        <translation>Передайте файл любым способом (флешка, общая папка, e-mail): открыть его могут только получатели, и они увидят, если его изменили.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Send cases as a bundle</source>
        <translation>Отправка кейсов пакетом</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Фильтр кейсов</translation>
    </message>
    <message>
        <source>Filter by code, title or status…</source>
        <translation>Фильтр по коду, названию или статусу…</translation>
    </message>
    <message>
        <source>Cases to send</source>
        <translation>Кейсы для отправки</translation>
    </message>
    <message>
        <source>Include the real &amp;identities of the people in these cases (readable only by supervisors)</source>
        <translation>Включить реальные &amp;личности людей из этих кейсов (прочтут только руководители)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Where to write the bundle (…{s})</source>
        <translation>Куда записать пакет (…{s})</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Записать пакет</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Only the chosen members can open the bundle; it is signed with your key so they know it comes from you.</source>
        <translation>Открыть пакет смогут только выбранные участники; он подписан вашим ключом, поэтому они будут знать, что он от вас.</translation>
    </message>
    <message>
        <source>Signing key {f}</source>
        <translation>Ключ подписи {f}</translation>
    </message>
    <message>
        <source>No member can receive bundles yet: add their identity text under Review → Members first.</source>
        <translation>Пока ни один участник не может получать пакеты: сначала добавьте их идентификационный текст в меню «Проверка → Участники».</translation>
    </message>
    <message>
        <source>{n} suggestions are undecided in the ticked cases.</source>
        <translation>Нерешённых предложений в отмеченных кейсах: {n}.</translation>
    </message>
    <message>
        <source>No suggestion is undecided in the ticked cases.</source>
        <translation>В отмеченных кейсах нет нерешённых предложений.</translation>
    </message>
    <message>
        <source>{n} of them were never scanned.</source>
        <translation>Из них ни разу не сканировались: {n}.</translation>
    </message>
    <message>
        <source>The bundle carries the working text as it is.</source>
        <translation>Пакет содержит рабочий текст как есть.</translation>
    </message>
    <message>
        <source>Write the bundle to</source>
        <translation>Записать пакет в</translation>
    </message>
    <message>
        <source>Fieldvault bundles (*{s})</source>
        <translation>Пакеты Fieldvault (*{s})</translation>
    </message>
    <message>
        <source>Choose at least one recipient.</source>
        <translation>Выберите хотя бы одного получателя.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Выберите хотя бы один кейс.</translation>
    </message>
    <message>
        <source>Choose where to write the bundle.</source>
        <translation>Выберите, куда записать пакет.</translation>
    </message>
    <message>
        <source>Send cases</source>
        <translation>Отправка кейсов</translation>
    </message>
    <message numerus="yes">
        <source>Encrypting and signing %n case(s)…</source>
        <translation>
            <numerusform>Шифрование и подпись %n кейса…</numerusform>
            <numerusform>Шифрование и подпись %n кейсов…</numerusform>
            <numerusform>Шифрование и подпись %n кейсов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Files: {files}</source>
        <translation>Файлы: {files}</translation>
    </message>
    <message>
        <source>{pages} pages. Content digest (SHA-256): {digest}</source>
        <translation>Страниц: {pages}. Хеш содержимого (SHA-256): {digest}</translation>
    </message>
    <message>
        <source>Leak check: {n} withheld values searched for in the finished PDF with two text extractors; none was found.</source>
        <translation>Проверка утечек: скрытые значения ({n}) искались в готовом PDF двумя средствами извлечения текста; ни одно не найдено.</translation>
    </message>
    <message>
        <source>Signed with the vault&apos;s export key {key}. Give the recipient its public key separately (Import/Export → Export signing key).</source>
        <translation>Подписано экспортным ключом хранилища {key}. Передайте получателю открытый ключ отдельно (Импорт/экспорт → Экспорт ключа подписи).</translation>
    </message>
    <message>
        <source>How the recipient checks it, in the folder:</source>
        <translation>Как получатель проверяет экспорт (в папке):</translation>
    </message>
    <message>
        <source>  or: fieldvault verify FOLDER --key PUBLIC_KEY</source>
        <translation>  или: fieldvault verify FOLDER --key PUBLIC_KEY</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Не включено:</translation>
    </message>
    <message>
        <source>Attachments: {included} included, {withheld} withheld.</source>
        <translation>Вложения: включено {included}, скрыто {withheld}.</translation>
    </message>
    <message>
        <source>Moved to exported: {codes}.</source>
        <translation>Переведены в «экспортирован»: {codes}.</translation>
    </message>
    <message>
        <source>Export a redacted PDF</source>
        <translation>Экспорт PDF со скрытыми данными</translation>
    </message>
    <message>
        <source>&amp;Cases (full redacted transcripts)</source>
        <translation>&amp;Кейсы (полные транскрипты со скрытыми данными)</translation>
    </message>
    <message>
        <source>&amp;Theme report (coded passages of the ticked themes)</source>
        <translation>&amp;Отчёт по темам (закодированные фрагменты отмеченных тем)</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Фильтр кейсов</translation>
    </message>
    <message>
        <source>Filter cases…</source>
        <translation>Фильтр кейсов…</translation>
    </message>
    <message>
        <source>Cases to export</source>
        <translation>Кейсы для экспорта</translation>
    </message>
    <message>
        <source>Themes to report</source>
        <translation>Темы для отчёта</translation>
    </message>
    <message>
        <source>Themes (for a theme report)</source>
        <translation>Темы (для отчёта по темам)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Review state of the ticked cases</source>
        <translation>Состояние проверки отмеченных кейсов</translation>
    </message>
    <message>
        <source>What the export withholds, before writing</source>
        <translation>Что будет скрыто — до записи</translation>
    </message>
    <message>
        <source>Tick cases to see their review state.</source>
        <translation>Отметьте кейсы, чтобы увидеть состояние проверки.</translation>
    </message>
    <message>
        <source>What is withheld</source>
        <translation>Что скрывается</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>Профиль экспорта</translation>
    </message>
    <message>
        <source>legal: every identifying category withheld, no codings or memos</source>
        <translation>юридический: скрыты все идентифицирующие категории, без кодировок и заметок</translation>
    </message>
    <message>
        <source>supervisor: direct identifiers withheld, codings and memos included</source>
        <translation>для руководителя: скрыты прямые идентификаторы, кодировки и заметки включены</translation>
    </message>
    <message>
        <source>custom: choose below</source>
        <translation>свой: выберите ниже</translation>
    </message>
    <message>
        <source>Withhold {c}</source>
        <translation>Скрыть {c}</translation>
    </message>
    <message>
        <source>Include co&amp;dings</source>
        <translation>Включить &amp;кодировки</translation>
    </message>
    <message>
        <source>Include &amp;memos</source>
        <translation>Включить &amp;заметки</translation>
    </message>
    <message>
        <source>Re&amp;quire review (refuse while anything is undecided)</source>
        <translation>Требовать &amp;проверку (отказ, пока что-то не решено)</translation>
    </message>
    <message>
        <source>Without this, undecided suggestions are withheld by default.</source>
        <translation>Без этого нерешённые предложения скрываются по умолчанию.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Who it is for, as printed on the cover (no real names of interviewees)</source>
        <translation>Для кого (печатается на обложке; без настоящих имён опрошенных)</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка вывода</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Новая или пустая папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>PDF language</source>
        <translation>Язык PDF</translation>
    </message>
    <message>
        <source>Language of the PDF&apos;s cover, headings and redaction log: the recipient&apos;s, which may not be yours. Tokens such as [R1 · PERSON] stay the same in every language.</source>
        <translation>Язык титульного листа, заголовков и журнала скрытия PDF — язык получателя, не обязательно ваш. Метки вида [R1 · PERSON] одинаковы на всех языках.</translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation>&amp;Язык PDF:</translation>
    </message>
    <message>
        <source>Move approved cases to “exported”</source>
        <translation>Перевести одобренные кейсы в «экспортирован»</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>&amp;Attachments…</source>
        <translation>&amp;Вложения…</translation>
    </message>
    <message>
        <source>none chosen: all withheld</source>
        <translation>ничего не выбрано: все скрыты</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen, the others withheld</source>
        <translation>
            <numerusform>выбрано %n, остальные скрыты</numerusform>
            <numerusform>выбрано %n, остальные скрыты</numerusform>
            <numerusform>выбрано %n, остальные скрыты</numerusform>
        </translation>
    </message>
    <message>
        <source>Only passages from these cases (none ticked: all cases)</source>
        <translation>Только фрагменты из этих кейсов (ничего не отмечено: все кейсы)</translation>
    </message>
    <message>
        <source>Where to write the export</source>
        <translation>Куда записать экспорт</translation>
    </message>
    <message>
        <source>Tick at least one theme.</source>
        <translation>Отметьте хотя бы одну тему.</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>Отметьте хотя бы один кейс.</translation>
    </message>
    <message>
        <source>Say who the export is for.</source>
        <translation>Укажите, для кого экспорт.</translation>
    </message>
    <message>
        <source>Choose the output folder.</source>
        <translation>Выберите папку вывода.</translation>
    </message>
    <message>
        <source>Scanning {n} cases for identifying details, then redacting, writing and checking the PDF…</source>
        <translation>Сканирование кейсов ({n}) на идентифицирующие сведения, затем скрытие, запись и проверка PDF…</translation>
    </message>
    <message>
        <source>Redacting, writing and checking the PDF…</source>
        <translation>Скрытие данных, запись и проверка PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>All {n} cases are reviewed.</source>
        <translation>Все кейсы ({n}) проверены.</translation>
    </message>
    <message>
        <source>{n} of {total} cases are not reviewed:</source>
        <translation>Не проверено кейсов: {n} из {total}:</translation>
    </message>
    <message>
        <source> — the export scans it first</source>
        <translation> — экспорт сначала просканирует его</translation>
    </message>
    <message>
        <source> — the export scans it again</source>
        <translation> — экспорт просканирует его заново</translation>
    </message>
    <message>
        <source> — withheld by default: {counts}</source>
        <translation> — скрыто по умолчанию: {counts}</translation>
    </message>
    <message>
        <source>Withheld by default (undecided): {counts}.</source>
        <translation>Скрыто по умолчанию (не решено): {counts}.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>  (and whatever the scan finds in the cases not scanned yet)</source>
        <translation>  (и всё, что сканирование найдёт в ещё не сканированных кейсах)</translation>
    </message>
    <message>
        <source>Withheld after review (accepted): {counts}.</source>
        <translation>Скрыто после проверки (принято): {counts}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Undecided suggestions are withheld unless someone rejects them.</source>
        <translation>Нерешённые предложения скрываются, пока кто-нибудь их не отклонит.</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <source>Export written</source>
        <translation>Экспорт записан</translation>
    </message>
    <message>
        <source>The export is written, checked and signed.</source>
        <translation>Экспорт записан, проверен и подписан.</translation>
    </message>
    <message>
        <source>Where the export is and how to check it</source>
        <translation>Где экспорт и как его проверить</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Переход</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
</context>
<context>
    <name>ImportBundle</name>
    <message>
        <source>Imported the bundle from {sender}: {new} new cases, {updated} updated.</source>
        <translation>Пакет от {sender} импортирован: новых кейсов — {new}, обновлено — {updated}.</translation>
    </message>
    <message>
        <source>New cases: {codes}</source>
        <translation>Новые кейсы: {codes}</translation>
    </message>
    <message>
        <source>Updated cases: {codes}</source>
        <translation>Обновлённые кейсы: {codes}</translation>
    </message>
    <message>
        <source>Case {old} arrived, but that code was taken here: it is {new} in this vault.</source>
        <translation>Пришёл кейс {old}, но этот код здесь занят: в этом хранилище он — {new}.</translation>
    </message>
    <message>
        <source>transcript versions</source>
        <translation>версии транскриптов</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>кодировки</translation>
    </message>
    <message>
        <source>memos</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>verdicts</source>
        <translation>оценки</translation>
    </message>
    <message>
        <source>review moves</source>
        <translation>переходы проверки</translation>
    </message>
    <message>
        <source>people</source>
        <translation>люди</translation>
    </message>
    <message>
        <source>real identities</source>
        <translation>реальные личности</translation>
    </message>
    <message>
        <source>new themes</source>
        <translation>новые темы</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложений</translation>
    </message>
    <message>
        <source>Added or changed: {what}.</source>
        <translation>Добавлено или изменено: {what}.</translation>
    </message>
    <message>
        <source>Nothing in it was new to this vault.</source>
        <translation>Ничего нового для этого хранилища в нём не было.</translation>
    </message>
    <message>
        <source>{n} conflicts: records were changed on both sides. Both versions are kept; see Review → Conflicts to reconcile them.</source>
        <translation>Конфликтов: {n} — записи изменены с обеих сторон. Обе версии сохранены; согласуйте их в разделе «Проверка → Конфликты».</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Получение пакета</translation>
    </message>
    <message>
        <source>Checking and merging {name}…</source>
        <translation>Проверка и слияние {name}…</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет импортирован</translation>
    </message>
    <message>
        <source>What the bundle added</source>
        <translation>Что добавил пакет</translation>
    </message>
    <message>
        <source>Show &amp;conflicts</source>
        <translation>Показать &amp;конфликты</translation>
    </message>
</context>
<context>
    <name>KeepPassphrasesDialog</name>
    <message>
        <source>Type the passphrase of each passphrase slot that should keep working; a slot left empty is removed too.</source>
        <translation>Введите парольную фразу каждого слота, который должен продолжать работать; слот, оставленный пустым, тоже удаляется.</translation>
    </message>
    <message>
        <source>Passphrase of slot {label}</source>
        <translation>Парольная фраза слота {label}</translation>
    </message>
    <message>
        <source>Slot “{label}”:</source>
        <translation>Слот «{label}»:</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Export signing key</source>
        <translation>Экспорт ключа подписи</translation>
    </message>
    <message>
        <source>Recipients check that an export comes from this vault and is unchanged with this public key (key ID {id}). Give it to them by a different way than the export itself, e.g. read it out by phone or hand it over in person.</source>
        <translation>С помощью этого открытого ключа (ID ключа {id}) получатели проверяют, что экспорт сделан из этого хранилища и не изменён. Передайте ключ иным путём, чем сам экспорт: например, продиктуйте по телефону или отдайте лично.</translation>
    </message>
    <message>
        <source>Public key for minisign -P</source>
        <translation>Открытый ключ для minisign -P</translation>
    </message>
    <message>
        <source>Public key file (minisign.pub)</source>
        <translation>Файл открытого ключа (minisign.pub)</translation>
    </message>
    <message>
        <source>&amp;Copy public key</source>
        <translation>&amp;Копировать открытый ключ</translation>
    </message>
    <message>
        <source>As a minisign.pub file:</source>
        <translation>В виде файла minisign.pub:</translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation>Открытый ключ скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Keys and backup</source>
        <translation>Ключи и резервная копия</translation>
    </message>
    <message>
        <source>Key slots</source>
        <translation>Слоты ключа</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Слот</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <source>Last used (UTC)</source>
        <translation>Последнее использование (UTC)</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <source>Re&amp;move slot…</source>
        <translation>&amp;Удалить слот…</translation>
    </message>
    <message>
        <source>Make a &amp;backup…</source>
        <translation>Сделать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Verify the audit log</source>
        <translation>&amp;Проверить журнал аудита</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>этот сеанс</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Organisation key</source>
        <translation>Ключ организации</translation>
    </message>
    <message>
        <source>Choose a passphrase slot in the list first.</source>
        <translation>Сначала выберите в списке слот парольной фразы.</translation>
    </message>
    <message>
        <source>The passphrase of slot “{label}” is changed.</source>
        <translation>Парольная фраза слота «{label}» изменена.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <source>A new recovery code replaces the old one, which stops working. The vault gets a new data key, so copies of the old key file stop working too.</source>
        <translation>Новый код восстановления заменяет старый, и тот перестаёт действовать. Хранилище получает новый ключ данных, поэтому копии старого файла ключей тоже перестают действовать.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Создать новый код</translation>
    </message>
    <message>
        <source>Choose the slot to remove in the list first.</source>
        <translation>Сначала выберите в списке слот, который нужно удалить.</translation>
    </message>
    <message>
        <source>This slot opened the vault now; only other slots can be removed here.</source>
        <translation>Этим слотом хранилище открыто сейчас; здесь можно удалить только другие слоты.</translation>
    </message>
    <message>
        <source>Remove a key slot</source>
        <translation>Удаление слота ключа</translation>
    </message>
    <message>
        <source>Remove the slot “{label}”? Its secret stops opening this vault. The vault gets a new data key and a new recovery code.</source>
        <translation>Удалить слот «{label}»? Его секрет перестанет открывать это хранилище. Хранилище получит новый ключ данных и новый код восстановления.</translation>
    </message>
    <message>
        <source>Remove the slot</source>
        <translation>Удалить слот</translation>
    </message>
    <message>
        <source>Making a new data key and re-encrypting the vault…</source>
        <translation>Создание нового ключа данных и повторное шифрование хранилища…</translation>
    </message>
    <message>
        <source>New data key in place. Removed slots: {dropped}.</source>
        <translation>Новый ключ данных на месте. Удалённые слоты: {dropped}.</translation>
    </message>
    <message>
        <source>New data key in place.</source>
        <translation>Новый ключ данных на месте.</translation>
    </message>
    <message>
        <source>Folder for the encrypted backup</source>
        <translation>Папка для зашифрованной резервной копии</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}. It opens with the same passphrase and recovery code.</source>
        <translation>Зашифрованная резервная копия записана в {path}. Она открывается той же парольной фразой и тем же кодом восстановления.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>Запись зашифрованной резервной копии…</translation>
    </message>
    <message>
        <source>Checking the audit log and the database…</source>
        <translation>Проверка журнала аудита и базы данных…</translation>
    </message>
    <message>
        <source>The audit log is damaged: {problem}</source>
        <translation>Журнал аудита повреждён: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>The audit log of %n entries reads back whole, but the database has integrity problems; use Check vault or a backup.</source>
        <translation>
            <numerusform>Журнал аудита из %n записи читается целиком, но в базе данных есть нарушения целостности; воспользуйтесь проверкой хранилища или резервной копией.</numerusform>
            <numerusform>Журнал аудита из %n записей читается целиком, но в базе данных есть нарушения целостности; воспользуйтесь проверкой хранилища или резервной копией.</numerusform>
            <numerusform>Журнал аудита из %n записей читается целиком, но в базе данных есть нарушения целостности; воспользуйтесь проверкой хранилища или резервной копией.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, each linked to the one before.</source>
        <translation>
            <numerusform>Журнал аудита цел: %n запись, каждая связана с предыдущей.</numerusform>
            <numerusform>Журнал аудита цел: %n записи, каждая связана с предыдущей.</numerusform>
            <numerusform>Журнал аудита цел: %n записей, каждая связана с предыдущей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>Кейсы</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Рабочий стол</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Import/Export</source>
        <translation>&amp;Импорт/экспорт</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>Открыть &amp;демо-хранилище</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Keys and backup…</source>
        <translation>&amp;Ключи и резервная копия…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;JSON Lines file…</source>
        <translation>Файл &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>&amp;Documents (.txt, .docx, .odt, .hwpx, .rtf, .pdf)…</source>
        <translation>&amp;Документы (.txt, .docx, .odt, .hwpx, .rtf, .pdf)…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA project…</source>
        <translation>Проект &amp;REFI-QDA…</translation>
    </message>
    <message>
        <source>&amp;Export a redacted PDF…</source>
        <translation>&amp;Экспорт PDF со скрытыми данными…</translation>
    </message>
    <message>
        <source>Export a REFI-QDA &amp;project…</source>
        <translation>Экспорт &amp;проекта REFI-QDA…</translation>
    </message>
    <message>
        <source>Export &amp;signing key…</source>
        <translation>Экспорт &amp;ключа подписи…</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Кейсы</translation>
    </message>
    <message>
        <source>&amp;Workbench</source>
        <translation>&amp;Рабочий стол</translation>
    </message>
    <message>
        <source>Code&amp;book</source>
        <translation>Кодовая &amp;книга</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>&amp;Выборка</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Согласованность</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Конфиденциальность</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>Search &amp;everything</source>
        <translation>Искать &amp;везде</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Fieldvault</source>
        <translation>&amp;О программе Fieldvault</translation>
    </message>
    <message>
        <source>{name} (locked)</source>
        <translation>{name} (заблокировано)</translation>
    </message>
    <message>
        <source>The passphrase of slot “{label}” is changed.</source>
        <translation>Парольная фраза слота «{label}» изменена.</translation>
    </message>
    <message>
        <source>Unsaved work could not be kept: {problem}</source>
        <translation>Несохранённую работу не удалось сохранить: {problem}</translation>
    </message>
    <message>
        <source>Creating the vault and deriving its key…</source>
        <translation>Создание хранилища и вычисление ключа…</translation>
    </message>
    <message>
        <source>Open a vault folder (NAME.fieldvault)</source>
        <translation>Открыть папку хранилища (ИМЯ.fieldvault)</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is “{p}”.</source>
        <translation>Это демо-хранилище; его парольная фраза — «{p}».</translation>
    </message>
    <message>
        <source>Opening the demo vault (the first time builds it)…</source>
        <translation>Открытие демо-хранилища (в первый раз оно создаётся)…</translation>
    </message>
    <message numerus="yes">
        <source>Ctrl+L locks. Locks by itself after %n minute(s) without input.</source>
        <translation>
            <numerusform>Ctrl+L — блокировка. Без ввода блокируется сама через %n минуту.</numerusform>
            <numerusform>Ctrl+L — блокировка. Без ввода блокируется сама через %n минуты.</numerusform>
            <numerusform>Ctrl+L — блокировка. Без ввода блокируется сама через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import interviews (JSON Lines)</source>
        <translation>Импорт интервью (JSON Lines)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json)</source>
        <translation>JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Save or discard the transcript edits first; then change the language.</source>
        <translation>Сначала сохраните или отмените правки транскрипта, затем меняйте язык.</translation>
    </message>
</context>
<context>
    <name>MemberModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Ключ шифрования</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Your identity text</source>
        <translation>Ваш идентификационный текст</translation>
    </message>
    <message>
        <source>&amp;Copy identity text</source>
        <translation>&amp;Копировать идентификационный текст</translation>
    </message>
    <message>
        <source>Your role in this vault</source>
        <translation>Ваша роль в этом хранилище</translation>
    </message>
    <message>
        <source>Set &amp;my role</source>
        <translation>Задать &amp;мою роль</translation>
    </message>
    <message>
        <source>My role here:</source>
        <translation>Моя роль здесь:</translation>
    </message>
    <message>
        <source>Share this line with the members you exchange cases with; compare the fingerprint with them by phone or in person:</source>
        <translation>Передайте эту строку участникам, с которыми обмениваетесь кейсами; сверьте с ними отпечаток по телефону или лично:</translation>
    </message>
    <message>
        <source>Members of this vault</source>
        <translation>Участники этого хранилища</translation>
    </message>
    <message>
        <source>Role of the selected member</source>
        <translation>Роль выбранного участника</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Задать &amp;роль</translation>
    </message>
    <message>
        <source>Selected member&apos;s role:</source>
        <translation>Роль выбранного участника:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Identity text to add</source>
        <translation>Идентификационный текст для добавления</translation>
    </message>
    <message>
        <source>Paste the identity text the member sent you (one line starting with fieldvault-member:)</source>
        <translation>Вставьте идентификационный текст, присланный участником (одна строка, начинается с fieldvault-member:)</translation>
    </message>
    <message>
        <source>Role of the new member</source>
        <translation>Роль нового участника</translation>
    </message>
    <message>
        <source>as their text says</source>
        <translation>как указано в тексте</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Добавить участника</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>{name}, {role} in this vault.</source>
        <translation>{name}, роль в этом хранилище: {role}.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {s}
Encryption key fingerprint: {e}</source>
        <translation>Отпечаток ключа подписи: {s}
Отпечаток ключа шифрования: {e}</translation>
    </message>
    <message>
        <source>Your identity text is on the clipboard.</source>
        <translation>Идентификационный текст скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>Paste a member&apos;s identity text first.</source>
        <translation>Сначала вставьте идентификационный текст участника.</translation>
    </message>
    <message>
        <source>Added {name} as {role}.</source>
        <translation>Добавлен участник {name}, роль: {role}.</translation>
    </message>
    <message>
        <source>Select a member in the list first.</source>
        <translation>Сначала выберите участника в списке.</translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation>Теперь роль участника {name}: {role}.</translation>
    </message>
    <message>
        <source>You are now {role} in this vault.</source>
        <translation>Теперь ваша роль в этом хранилище: {role}.</translation>
    </message>
</context>
<context>
    <name>MemoModel</name>
    <message>
        <source>Memo</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Написана</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <source>Memo text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Write a memo…</source>
        <translation>Напишите заметку…</translation>
    </message>
    <message>
        <source>Add memo</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>You opened the vault with the recovery code. Set a new passphrase now; it replaces the passphrase of the slot below, and the old passphrase stops opening this vault.</source>
        <translation>Вы открыли хранилище кодом восстановления. Задайте новую парольную фразу сейчас: она заменит парольную фразу слота ниже, и старая перестанет открывать это хранилище.</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one of the slot below.</source>
        <translation>Новая парольная фраза заменяет старую в слоте ниже.</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Слот ключа</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Задать парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>С&amp;лот:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Deriving the new key…</source>
        <translation>Вычисление нового ключа…</translation>
    </message>
</context>
<context>
    <name>PassageModel</name>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Passage in context</source>
        <translation>Фрагмент в контексте</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повтор парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Type the passphrase again in the second field.</source>
        <translation>Введите парольную фразу ещё раз во втором поле.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Варианты написания</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Show real &amp;names</source>
        <translation>Показать настоящие &amp;имена</translation>
    </message>
    <message>
        <source>Unseal and show the names behind the codes; they are hidden again when you untick this or lock.</source>
        <translation>Распечатать и показать имена за кодами; они снова скроются, когда вы снимете отметку или заблокируете хранилище.</translation>
    </message>
    <message>
        <source>N&amp;ot a person…</source>
        <translation>&amp;Не человек…</translation>
    </message>
    <message>
        <source>The selected code was registered by mistake (a word, not a person): undo it.</source>
        <translation>Выбранный код зарегистрирован по ошибке (это слово, а не человек): отменить.</translation>
    </message>
    <message>
        <source>&amp;Destroy the identity key…</source>
        <translation>&amp;Уничтожить ключ личностей…</translation>
    </message>
    <message>
        <source>Everyone the interviews mention appears under a random code; the link to a real identity is sealed with the vault&apos;s identity key.</source>
        <translation>Все упомянутые в интервью люди показаны под случайными кодами; связь с реальной личностью запечатана ключом личностей хранилища.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key exists.</source>
        <translation>
            <numerusform>%n человек. Ключ личностей существует.</numerusform>
            <numerusform>%n человека. Ключ личностей существует.</numerusform>
            <numerusform>%n человек. Ключ личностей существует.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). The identity key is destroyed or was never made: codes cannot be linked to anyone.</source>
        <translation>
            <numerusform>%n человек. Ключ личностей уничтожен или не создавался: коды нельзя связать ни с кем.</numerusform>
            <numerusform>%n человека. Ключ личностей уничтожен или не создавался: коды нельзя связать ни с кем.</numerusform>
            <numerusform>%n человек. Ключ личностей уничтожен или не создавался: коды нельзя связать ни с кем.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is not a person? Then Fieldvault will:
• put the original words back wherever {code} replaced them, in a new transcript version, and turn its accepted mentions back into undecided suggestions;
• forget its name and spellings, so later scans no longer find them as a person;
• remove {code} from the people list and record this in the audit log.

Codings and memos stay. Undecided suggestions are still withheld from exports until someone rejects them.</source>
        <translation>{code} — не человек? Тогда Fieldvault:
• вернёт исходные слова везде, где их заменил {code}, в новой версии транскрипта, а принятые упоминания снова сделает нерешёнными предложениями;
• забудет имя и написания, чтобы следующие сканирования больше не находили их как человека;
• удалит {code} из списка людей и запишет это в журнал аудита.

Кодировки и заметки остаются. Нерешённые предложения по-прежнему скрываются при экспорте, пока кто-нибудь их не отклонит.</translation>
    </message>
    <message>
        <source>Not a person</source>
        <translation>Не человек</translation>
    </message>
    <message>
        <source>{code} is not a person</source>
        <translation>{code} — не человек</translation>
    </message>
    <message>
        <source>Undoing {code}…</source>
        <translation>Отмена {code}…</translation>
    </message>
    <message>
        <source>{code} is no longer a person. In {cases}: {restored} mentions have their words back and {undecided} are undecided suggestions again (withheld from exports until someone rejects them). {forgotten} spellings are forgotten.</source>
        <translation>{code} больше не человек. В {cases}: слова возвращены в упоминаниях: {restored}, снова нерешённых предложений: {undecided} (скрываются при экспорте, пока их не отклонят). Забыто написаний: {forgotten}.</translation>
    </message>
    <message>
        <source>Destroying the identity key permanently erases, in this vault:
• the real identities of {ids} people (names, spellings in every script, contacts, notes);
• the sealed text of {versions} earlier transcript versions in {cases} cases (the versions that still held real names).

The {people} pseudonym codes, the current pseudonymised transcripts, codings and memos stay. Afterwards nobody can tell from this vault who a code stands for, no new person can be named, and names can no longer be replaced by codes. Backups made before still hold the key. This cannot be undone.</source>
        <translation>Уничтожение ключа личностей безвозвратно стирает в этом хранилище:
• реальные личности людей ({ids}): имена, написания на всех алфавитах, контакты, заметки;
• запечатанный текст прежних версий транскриптов ({versions}) в кейсах ({cases}) — версий, где ещё были настоящие имена.

Псевдонимы ({people}), текущие псевдонимизированные транскрипты, кодировки и заметки останутся. После этого по хранилищу нельзя будет узнать, кто стоит за кодом, нельзя будет назвать нового человека и заменять имена кодами. В сделанных ранее резервных копиях ключ остаётся. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Destroy the identity key</source>
        <translation>Уничтожение ключа личностей</translation>
    </message>
    <message numerus="yes">
        <source>Destroy the key and %n identity(ies)</source>
        <translation>
            <numerusform>Уничтожить ключ и %n личность</numerusform>
            <numerusform>Уничтожить ключ и %n личности</numerusform>
            <numerusform>Уничтожить ключ и %n личностей</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing the key and scrubbing the files…</source>
        <translation>Стирание ключа и затирание файлов…</translation>
    </message>
    <message>
        <source>Identity key destroyed</source>
        <translation>Ключ личностей уничтожен</translation>
    </message>
    <message numerus="yes">
        <source>The identity key and %n sealed identity(ies) are gone.</source>
        <translation>
            <numerusform>Ключ личностей и %n запечатанная личность уничтожены.</numerusform>
            <numerusform>Ключ личностей и %n запечатанные личности уничтожены.</numerusform>
            <numerusform>Ключ личностей и %n запечатанных личностей уничтожены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonRoles</name>
    <message>
        <source>worker</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>начальник</translation>
    </message>
    <message>
        <source>broker</source>
        <translation>посредник</translation>
    </message>
    <message>
        <source>official</source>
        <translation>должностное лицо</translation>
    </message>
    <message>
        <source>family</source>
        <translation>родственник</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>переводчик</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Pseudo-localisation (longer, accented text, for testing layouts)</source>
        <translation>Псевдолокализация (длинный текст с диакритикой, для проверки вёрстки)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Блокировка после минут бездействия</translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation>Запоминать недавно открытые хранилища</translation>
    </message>
    <message>
        <source>Remember recent vaults</source>
        <translation>Запоминать недавние хранилища</translation>
    </message>
    <message>
        <source>The list of recent vaults is kept in the settings file unencrypted; anyone who can read this computer sees the vault folder names. Turning it off forgets the list.</source>
        <translation>Список недавних хранилищ хранится в файле настроек незашифрованным: любой, кто может читать этот компьютер, увидит имена папок хранилищ. Если выключить, список будет забыт.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>&amp;Блокировка при бездействии:</translation>
    </message>
</context>
<context>
    <name>PrivacyModels</name>
    <message>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>{status} by {who} on {when}</source>
        <translation>{status}: {who}, {when}</translation>
    </message>
    <message>
        <source>(on an older version)</source>
        <translation>(в прежней версии)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <source>known term</source>
        <translation>известный термин</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Open a case in the workbench, then come here to review what identifies people in it.</source>
        <translation>Откройте кейс на рабочем столе, затем вернитесь сюда, чтобы проверить сведения, по которым можно узнать людей.</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <source>Suggest names, places, numbers and other identifying details. Nothing is replaced.</source>
        <translation>Предложить имена, места, номера и другие идентифицирующие сведения. Ничего не заменяется.</translation>
    </message>
    <message>
        <source>Category to accept</source>
        <translation>Категория для принятия</translation>
    </message>
    <message>
        <source>Accept all of this category</source>
        <translation>Принять всю категорию</translation>
    </message>
    <message>
        <source>Pseudonymise names…</source>
        <translation>Псевдонимизировать имена…</translation>
    </message>
    <message>
        <source>dashed: suggested · solid: accepted (withheld) · dotted: rejected</source>
        <translation>пунктир: предложено · сплошная: принято (скрыто) · точки: отклонено</translation>
    </message>
    <message>
        <source>Identifying details</source>
        <translation>Идентифицирующие сведения</translation>
    </message>
    <message>
        <source>Scan &amp;now</source>
        <translation>&amp;Сканировать сейчас</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Category of the selected detail</source>
        <translation>Категория выбранного сведения</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>Сменить категорию</translation>
    </message>
    <message>
        <source>Role of newly named people</source>
        <translation>Роль новых названных людей</translation>
    </message>
    <message>
        <source>Category for the text selection</source>
        <translation>Категория для выделенного текста</translation>
    </message>
    <message>
        <source>Withhold selection</source>
        <translation>Скрыть выделенное</translation>
    </message>
    <message>
        <source>Always treat as this</source>
        <translation>Всегда считать этим</translation>
    </message>
    <message>
        <source>Remember the selected text (or the selected detail&apos;s text) for every later scan.</source>
        <translation>Запомнить выделенный текст (или текст выбранного сведения) для всех следующих сканирований.</translation>
    </message>
    <message>
        <source>Selected detail:</source>
        <translation>Выбранное сведение:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Text selection:</source>
        <translation>Выделенный текст:</translation>
    </message>
    <message>
        <source>New people are:</source>
        <translation>Новые люди:</translation>
    </message>
    <message>
        <source>Open a case in the workbench first.</source>
        <translation>Сначала откройте кейс на рабочем столе.</translation>
    </message>
    <message>
        <source>That case is no longer in this vault.</source>
        <translation>Этого кейса больше нет в хранилище.</translation>
    </message>
    <message>
        <source>{code} — {title} (version {version})</source>
        <translation>{code} — {title} (версия {version})</translation>
    </message>
    <message>
        <source>{title}: not scanned yet.</source>
        <translation>{title}: ещё не сканировался.</translation>
    </message>
    <message>
        <source>{open} suggestions to decide, {accepted} accepted.</source>
        <translation>Предложений к решению: {open}, принято: {accepted}.</translation>
    </message>
    <message>
        <source>{title}: reviewed; {counts}</source>
        <translation>{title}: проверен; {counts}</translation>
    </message>
    <message>
        <source>{title}: changed since the last scan; {counts}</source>
        <translation>{title}: изменён после последнего сканирования; {counts}</translation>
    </message>
    <message>
        <source>Not scanned yet: nothing in this case has been looked at for names, places and numbers. Exports scan it first and withhold everything found.</source>
        <translation>Ещё не сканировался: в этом кейсе ещё не искали имена, места и номера. Экспорт сначала просканирует его и скроет всё найденное.</translation>
    </message>
    <message>
        <source>The text changed since the last scan: scan again so the new text is reviewed too.</source>
        <translation>Текст изменился после последнего сканирования: просканируйте снова, чтобы проверить и новый текст.</translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation>Сканировать &amp;снова</translation>
    </message>
    <message>
        <source>Select a detail in the list (or click it in the text) first.</source>
        <translation>Сначала выберите сведение в списке (или щёлкните его в тексте).</translation>
    </message>
    <message>
        <source>Accepted “{t}” as {c}.</source>
        <translation>«{t}» принято как {c}.</translation>
    </message>
    <message>
        <source>Rejected “{t}”: it stays in the text.</source>
        <translation>«{t}» отклонено: остаётся в тексте.</translation>
    </message>
    <message>
        <source>“{t}” is now {c}.</source>
        <translation>«{t}» теперь {c}.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggested {c} detail(s).</source>
        <translation>
            <numerusform>Принято %n предложенное сведение {c}.</numerusform>
            <numerusform>Принято %n предложенных сведения {c}.</numerusform>
            <numerusform>Принято %n предложенных сведений {c}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the text to withhold in the transcript first.</source>
        <translation>Сначала выделите в транскрипте текст, который нужно скрыть.</translation>
    </message>
    <message>
        <source>Withholding “{t}” as {c}.</source>
        <translation>«{t}» скрывается как {c}.</translation>
    </message>
    <message>
        <source>Select a term in the transcript (or a detail in the list) first.</source>
        <translation>Сначала выделите термин в транскрипте (или сведение в списке).</translation>
    </message>
    <message>
        <source>From now on every scan treats “{t}” as {c}. Scan again to apply it here.</source>
        <translation>Теперь каждое сканирование считает «{t}» категорией {c}. Просканируйте снова, чтобы применить здесь.</translation>
    </message>
    <message>
        <source>Looking for names, places and numbers in {code}…</source>
        <translation>Поиск имён, мест и номеров в {code}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Scanning… (the first scan loads the language models)</source>
        <translation>Сканирование… (при первом запуске загружаются языковые модели)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Accept, reject or correct each; nothing is replaced until you pseudonymise.</source>
        <translation>
            <numerusform>%n предложение. Примите, отклоните или исправьте каждое; ничего не заменяется до псевдонимизации.</numerusform>
            <numerusform>%n предложения. Примите, отклоните или исправьте каждое; ничего не заменяется до псевдонимизации.</numerusform>
            <numerusform>%n предложений. Примите, отклоните или исправьте каждое; ничего не заменяется до псевдонимизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan cancelled; nothing was changed.</source>
        <translation>Сканирование отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>Accept at least one PERSON detail first: nothing is replaced without acceptance.</source>
        <translation>Сначала примите хотя бы одно сведение PERSON: без принятия ничего не заменяется.</translation>
    </message>
    <message numerus="yes">
        <source>Replace %n accepted name(s) in {code} by their pseudonym codes ({pairs})?

A new transcript version is saved with the codes and codings follow the text. Earlier versions, which hold the names, are sealed under the identity key and blanked.</source>
        <translation>
            <numerusform>Заменить %n принятое имя в {code} кодом-псевдонимом ({pairs})?

Сохранится новая версия транскрипта с кодами, кодировки последуют за текстом. Прежние версии, где есть имена, будут запечатаны ключом личностей и очищены.</numerusform>
            <numerusform>Заменить %n принятых имени в {code} кодами-псевдонимами ({pairs})?

Сохранится новая версия транскрипта с кодами, кодировки последуют за текстом. Прежние версии, где есть имена, будут запечатаны ключом личностей и очищены.</numerusform>
            <numerusform>Заменить %n принятых имён в {code} кодами-псевдонимами ({pairs})?

Сохранится новая версия транскрипта с кодами, кодировки последуют за текстом. Прежние версии, где есть имена, будут запечатаны ключом личностей и очищены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pseudonymise names</source>
        <translation>Псевдонимизация имён</translation>
    </message>
    <message>
        <source>Replace names</source>
        <translation>Заменить имена</translation>
    </message>
    <message>
        <source>This case was never scanned: names nobody accepted stay in the text as they are.</source>
        <translation>Этот кейс ни разу не сканировался: имена, которые никто не принял, остаются в тексте как есть.</translation>
    </message>
    <message>
        <source>Every suggestion in this case is decided.</source>
        <translation>Все предложения в этом кейсе решены.</translation>
    </message>
    <message>
        <source>{n} suggestions in this case are still undecided: the names among them stay in the text as they are.</source>
        <translation>Нерешённых предложений в этом кейсе: {n}; имена среди них остаются в тексте как есть.</translation>
    </message>
    <message>
        <source>Replacing names…</source>
        <translation>Замена имён…</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n name(s); version {v} is current. Sealed earlier versions: {sealed}.</source>
        <translation>
            <numerusform>Заменено %n имя; текущая версия — {v}. Запечатаны прежние версии: {sealed}.</numerusform>
            <numerusform>Заменено %n имени; текущая версия — {v}. Запечатаны прежние версии: {sealed}.</numerusform>
            <numerusform>Заменено %n имён; текущая версия — {v}. Запечатаны прежние версии: {sealed}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyState</name>
    <message>
        <source>Not scanned</source>
        <translation>Не сканирован</translation>
    </message>
    <message>
        <source>Changed since review</source>
        <translation>Изменён после проверки</translation>
    </message>
    <message>
        <source>Undecided suggestions</source>
        <translation>Есть нерешённые предложения</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>{n} undecided</source>
        <translation>не решено: {n}</translation>
    </message>
    <message>
        <source>Never scanned for names, places and numbers. An export scans it first and withholds everything found.</source>
        <translation>Ни разу не сканировался на имена, места и номера. Экспорт сначала просканирует его и скроет всё найденное.</translation>
    </message>
    <message>
        <source>{u} undecided, {a} accepted, {r} rejected; last scanned {when}.</source>
        <translation>Не решено: {u}, принято: {a}, отклонено: {r}; последнее сканирование {when}.</translation>
    </message>
</context>
<context>
    <name>PrivacyView</name>
    <message>
        <source>Transcript with identifying details marked</source>
        <translation>Транскрипт с отмеченными идентифицирующими сведениями</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge submitted cases</source>
        <translation>Уничтожение отправленных кейсов</translation>
    </message>
    <message>
        <source>Field mode: once a case is submitted and sent, delete it from this laptop so a search at a border finds nothing. Only cases sent as submitted, and unchanged since, can be purged.</source>
        <translation>Полевой режим: отправленный на проверку кейс удаляется с этого ноутбука, чтобы при досмотре на границе ничего не нашли. Уничтожить можно только кейсы, отправленные в статусе «отправлен» и с тех пор не изменённые.</translation>
    </message>
    <message>
        <source>Submitted cases</source>
        <translation>Отправленные кейсы</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Уничтожить…</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>отправлен {date}</translation>
    </message>
    <message>
        <source>not sent yet: cannot be purged</source>
        <translation>ещё не отправлен: уничтожить нельзя</translation>
    </message>
    <message>
        <source>No case is submitted, so there is nothing to purge.</source>
        <translation>Нет отправленных кейсов, уничтожать нечего.</translation>
    </message>
    <message>
        <source>Tick the cases to purge first.</source>
        <translation>Сначала отметьте кейсы для уничтожения.</translation>
    </message>
    <message>
        <source>This permanently destroys on this laptop:</source>
        <translation>На этом ноутбуке будет безвозвратно уничтожено:</translation>
    </message>
    <message>
        <source>• {code} “{title}”: {t} transcript versions, {c} codings, {m} memos</source>
        <translation>• {code} «{title}»: версий транскрипта — {t}, кодировок — {c}, заметок — {m}</translation>
    </message>
    <message>
        <source>Their text is then scrubbed from the vault files and cannot be recovered here. Copies remain only in the bundles you sent and in the recipients&apos; vaults. People and themes are kept.</source>
        <translation>Их текст затирается в файлах хранилища и здесь не восстанавливается. Копии остаются только в отправленных пакетах и в хранилищах получателей. Люди и темы сохраняются.</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case(s)</source>
        <translation>
            <numerusform>Уничтожить %n кейс</numerusform>
            <numerusform>Уничтожить %n кейса</numerusform>
            <numerusform>Уничтожить %n кейсов</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Уничтожение</translation>
    </message>
    <message numerus="yes">
        <source>Deleting and scrubbing %n case(s)…</source>
        <translation>
            <numerusform>Удаление и затирание %n кейса…</numerusform>
            <numerusform>Удаление и затирание %n кейсов…</numerusform>
            <numerusform>Удаление и затирание %n кейсов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordModels</name>
    <message>
        <source>valid</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>♪ {start} – {end}, {recording}</source>
        <translation>♪ {start} – {end}, {recording}</translation>
    </message>
    <message>
        <source>(could not be placed)</source>
        <translation>(не удалось разместить)</translation>
    </message>
    <message>
        <source>{verdict} by {who} on {when}</source>
        <translation>{verdict}: {who}, {when}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>транскрипт</translation>
    </message>
    <message>
        <source>case details</source>
        <translation>сведения о кейсе</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>тема</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>Write this code on paper (or print it) and keep it apart from the computer. It opens the vault if the passphrase is forgotten. It is shown only now and is not stored anywhere.</source>
        <translation>Запишите этот код на бумаге (или распечатайте) и храните отдельно от компьютера. Он открывает хранилище, если парольная фраза забыта. Код показывается только сейчас и нигде не хранится.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Type the code again to confirm that you have it:</source>
        <translation>&amp;Введите код ещё раз, чтобы подтвердить, что он у вас есть:</translation>
    </message>
    <message>
        <source>Recovery code, typed again</source>
        <translation>Код восстановления, введённый повторно</translation>
    </message>
    <message>
        <source>That is not the same code; compare it group by group.</source>
        <translation>Это не тот же код; сравните его по группам.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Печать кода восстановления</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Recovery code for the vault “{name}”, made on {day}</source>
        <translation>Код восстановления хранилища «{name}», создан {day}</translation>
    </message>
    <message>
        <source>It opens the vault when the passphrase is forgotten. Keep this sheet away from the computer, where nobody else can read it.</source>
        <translation>Он открывает хранилище, если парольная фраза забыта. Храните этот лист отдельно от компьютера, там, где его никто другой не прочтёт.</translation>
    </message>
</context>
<context>
    <name>RedactionModel</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Найдено через</translation>
    </message>
</context>
<context>
    <name>RetrievePage</name>
    <message>
        <source>Themes to retrieve</source>
        <translation>Темы для выборки</translation>
    </message>
    <message>
        <source>Include &amp;subthemes</source>
        <translation>Включая &amp;подтемы</translation>
    </message>
    <message>
        <source>&amp;Retrieve</source>
        <translation>&amp;Выборка</translation>
    </message>
    <message>
        <source>Retrieved passages</source>
        <translation>Найденные фрагменты</translation>
    </message>
    <message>
        <source>Retrieve the passages of the selected themes, or of every theme when none is selected (Ctrl+Enter)</source>
        <translation>Выбрать фрагменты отмеченных тем, а если ни одна не отмечена — всех тем (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Themes (Ctrl+click for several; none: every theme)</source>
        <translation>Темы (Ctrl+щелчок — несколько; ни одной — все темы)</translation>
    </message>
    <message>
        <source>Case attribute</source>
        <translation>Атрибут кейса</translation>
    </message>
    <message>
        <source>Only cases with this attribute value</source>
        <translation>Только кейсы с этим значением атрибута</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Значение атрибута</translation>
    </message>
    <message>
        <source>The value it must have</source>
        <translation>Нужное значение</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Only this coder&apos;s codings</source>
        <translation>Только кодировки этого кодировщика</translation>
    </message>
    <message>
        <source>Review verdict</source>
        <translation>Вердикт проверки</translation>
    </message>
    <message>
        <source>Only codings with this review verdict</source>
        <translation>Только кодировки с этим вердиктом проверки</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Фильтр:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the passages shown as CSV, Word (.docx) or OpenDocument (.odt): pseudonymised, withheld values as tokens</source>
        <translation>Сохранить показанные фрагменты в CSV, Word (.docx) или OpenDocument (.odt): текст псевдонимизирован, скрытые значения — метками</translation>
    </message>
    <message>
        <source>Coded audio segments</source>
        <translation>Кодированные аудиоотрезки</translation>
    </message>
    <message>
        <source>Any case</source>
        <translation>Любой кейс</translation>
    </message>
    <message>
        <source>Any coder</source>
        <translation>Любой кодировщик</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Any review</source>
        <translation>Любая проверка</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>любое значение</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>Выборка…</translation>
    </message>
    <message numerus="yes">
        <source>%n coded audio segment(s). Enter or double-click plays one from its start to its end.</source>
        <translation>
            <numerusform>%n кодированный аудиоотрезок. Enter или двойной щелчок воспроизводит его от начала до конца.</numerusform>
            <numerusform>%n кодированных аудиоотрезка. Enter или двойной щелчок воспроизводит отрезок от начала до конца.</numerusform>
            <numerusform>%n кодированных аудиоотрезков. Enter или двойной щелчок воспроизводит отрезок от начала до конца.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playing recordings needs Qt Multimedia, which this installation lacks.</source>
        <translation>Для воспроизведения записей нужен Qt Multimedia, которого нет в этой установке.</translation>
    </message>
    <message>
        <source>No passages.</source>
        <translation>Фрагментов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s).</source>
        <translation>
            <numerusform>в %n кейсе.</numerusform>
            <numerusform>в %n кейсах.</numerusform>
            <numerusform>в %n кейсах.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click opens one in the workbench.</source>
        <translation>Enter или двойной щелчок открывает фрагмент на рабочем столе.</translation>
    </message>
    <message>
        <source>Choose themes on the left (or none for every theme), narrow the passages with the filters above if you like, and press Retrieve.</source>
        <translation>Выберите темы слева (или ни одной — тогда все темы), при желании сузьте фрагменты фильтрами сверху и нажмите «Выборка».</translation>
    </message>
    <message>
        <source>Nothing is coded yet. Open a case in the Workbench, select a passage and give it a theme; coded passages appear here.</source>
        <translation>Пока ничего не закодировано. Откройте кейс на рабочем столе, выделите фрагмент и присвойте ему тему; закодированные фрагменты появятся здесь.</translation>
    </message>
    <message>
        <source>No coded passage matches these themes and filters. Choose other themes, or set a filter back to &quot;Any&quot;.</source>
        <translation>Нет закодированных фрагментов для этих тем и фильтров. Выберите другие темы или верните фильтр к «Любой».</translation>
    </message>
    <message>
        <source>No passage in this cell.</source>
        <translation>В этой ячейке нет фрагментов.</translation>
    </message>
    <message>
        <source>{caption}: {n} passages in {cases} cases. Enter or double-click opens one in the workbench.</source>
        <translation>{caption}: фрагментов — {n} в кейсах: {cases}. Enter или двойной щелчок открывает фрагмент на рабочем столе.</translation>
    </message>
    <message>
        <source>Export passages</source>
        <translation>Экспорт фрагментов</translation>
    </message>
    <message>
        <source>Retrieve passages first: the export writes the passages shown.</source>
        <translation>Сначала сделайте выборку: экспорт записывает показанные фрагменты.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Текст OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Export the passages shown</source>
        <translation>Экспорт показанных фрагментов</translation>
    </message>
    <message>
        <source>Exporting {n} passages…</source>
        <translation>Экспорт фрагментов ({n})…</translation>
    </message>
    <message>
        <source>Saved {n} passages to {path}; {tokens} withheld values appear as tokens.</source>
        <translation>Фрагменты ({n}) сохранены в {path}; скрытые значения ({tokens}) показаны метками.</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Ничего не экспортировано.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Review</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation>&amp;Участники…</translation>
    </message>
    <message>
        <source>Case &amp;workflow…</source>
        <translation>&amp;Процесс проверки кейса…</translation>
    </message>
    <message>
        <source>&amp;Validity and conflicts</source>
        <translation>&amp;Верность и конфликты</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Согласованность</translation>
    </message>
    <message>
        <source>&amp;Send cases (write a bundle)…</source>
        <translation>&amp;Отправить кейсы (записать пакет)…</translation>
    </message>
    <message>
        <source>&amp;Receive a bundle…</source>
        <translation>&amp;Получить пакет…</translation>
    </message>
    <message>
        <source>&amp;Purge submitted cases (field mode)…</source>
        <translation>&amp;Уничтожить отправленные кейсы (полевой режим)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <source>Case workflow</source>
        <translation>Процесс проверки кейса</translation>
    </message>
    <message>
        <source>Select a case on the Cases page (or open one in the workbench) first.</source>
        <translation>Сначала выберите кейс на странице «Кейсы» (или откройте его на рабочем столе).</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Получение пакета</translation>
    </message>
    <message>
        <source>Fieldvault bundles (*.fvbundle *.fvb);;All files (*)</source>
        <translation>Пакеты Fieldvault (*.fvbundle *.fvb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <source>Purged {codes}: {t} transcript versions, {c} codings and {m} memos are gone from this laptop, and the vault files were scrubbed.</source>
        <translation>Уничтожено: {codes}. С этого ноутбука удалены версии транскриптов ({t}), кодировки ({c}) и заметки ({m}); файлы хранилища затёрты.</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <source> (you)</source>
        <translation> (вы)</translation>
    </message>
    <message>
        <source>known by name only</source>
        <translation>известен только по имени</translation>
    </message>
    <message>
        <source>Known by name only (from imported data). Add their identity text to exchange bundles with them.</source>
        <translation>Известен только по имени (из импортированных данных). Чтобы обмениваться с ним пакетами, добавьте его идентификационный текст.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa needs exactly two coders; a dash means it is undefined here.</source>
        <translation>Для каппы Коэна нужны ровно два кодировщика; прочерк значит, что здесь она не определена.</translation>
    </message>
    <message>
        <source>Units applied per coder: {applied}</source>
        <translation>Применено единиц по кодировщикам: {applied}</translation>
    </message>
    <message>
        <source>Overall (all themes)</source>
        <translation>Итого (все темы)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применено</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>транскрипт</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>кодировка</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>The transcript was edited on both sides; the other edit is kept as side version {v}. Save a version that reconciles both, then resolve.</source>
        <translation>Транскрипт правили с обеих сторон; другая правка сохранена как побочная версия {v}. Сохраните версию, объединяющую обе, затем отметьте конфликт решённым.</translation>
    </message>
    <message>
        <source>A coding was changed on both sides; the incoming one ({theme}, {start}–{end}) was not applied.</source>
        <translation>Кодировку изменили с обеих сторон; пришедшая ({theme}, {start}–{end}) не применена.</translation>
    </message>
    <message>
        <source>Person code {code} is used by someone else here; the incoming person was skipped.</source>
        <translation>Код человека {code} здесь уже занят другим; пришедший человек пропущен.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>How many codings a supervisor judged valid or invalid. The valid share leaves out codings not reviewed yet.</source>
        <translation>Сколько кодировок руководитель признал верными или неверными. Доля верных не учитывает ещё не проверенные кодировки.</translation>
    </message>
    <message>
        <source>Validity per coder</source>
        <translation>Верность по кодировщикам</translation>
    </message>
    <message>
        <source>Validity per theme</source>
        <translation>Верность по темам</translation>
    </message>
    <message>
        <source>Exchange conflicts</source>
        <translation>Конфликты обмена</translation>
    </message>
    <message>
        <source>Show &amp;resolved conflicts</source>
        <translation>Показать &amp;решённые конфликты</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Отметить &amp;решённым</translation>
    </message>
    <message>
        <source>After reconciling the case, mark the selected conflict resolved.</source>
        <translation>Согласовав кейс, отметьте выбранный конфликт решённым.</translation>
    </message>
    <message>
        <source>By coder</source>
        <translation>По кодировщикам</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>Conflicts from imported bundles</source>
        <translation>Конфликты из импортированных пакетов</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s). Enter or double-click opens the case.</source>
        <translation>
            <numerusform>%n открытый конфликт. Enter или двойной щелчок открывает кейс.</numerusform>
            <numerusform>%n открытых конфликта. Enter или двойной щелчок открывает кейс.</numerusform>
            <numerusform>%n открытых конфликтов. Enter или двойной щелчок открывает кейс.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: every import merged cleanly.</source>
        <translation>Конфликтов нет: все импорты слились без расхождений.</translation>
    </message>
    <message>
        <source>Select a conflict first.</source>
        <translation>Сначала выберите конфликт.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>interviewer</source>
        <translation>интервьюер</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>кодировщик</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Found in</source>
        <translation>Где найдено</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Отрывок</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search text</source>
        <translation>Текст поиска</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot; or a prefix* — any of English, 한국어, русский</source>
        <translation>Слова, &quot;фраза&quot; или префикс* — English, 한국어, русский</translation>
    </message>
    <message>
        <source>Only cases coded with theme</source>
        <translation>Только кейсы с темой</translation>
    </message>
    <message>
        <source>Only cases with attribute</source>
        <translation>Только кейсы с атрибутом</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Значение атрибута</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Атрибут:</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Любой атрибут</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source> (first {n})</source>
        <translation> (первые {n})</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s){more}. Enter or double-click opens a hit.</source>
        <translation>
            <numerusform>%n совпадение{more}. Enter или двойной щелчок открывает его.</numerusform>
            <numerusform>%n совпадения{more}. Enter или двойной щелчок открывает совпадение.</numerusform>
            <numerusform>%n совпадений{more}. Enter или двойной щелчок открывает совпадение.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>valid</source>
        <translation>верно</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>неверно</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>не проверено</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>Закодированные фрагменты</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>In the transcript: select a passage with the mouse or with Shift and the arrow keys, then apply a theme.</source>
        <translation>В транскрипте: выделите фрагмент мышью или клавишами Shift+стрелки, затем примените тему.</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Transcript as coded by {coder}</source>
        <translation>Транскрипт, как его закодировал(а) {coder}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{coder}&lt;/b&gt;: %n coding(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{coder}&lt;/b&gt;: %n кодировка</numerusform>
            <numerusform>&lt;b&gt;{coder}&lt;/b&gt;: %n кодировки</numerusform>
            <numerusform>&lt;b&gt;{coder}&lt;/b&gt;: %n кодировок</numerusform>
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
        <translation>Зашифрованный журнал кейсов для интервью. Всё остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Создать хранилище…</translation>
    </message>
    <message>
        <source>&amp;Open a vault folder…</source>
        <translation>&amp;Открыть папку хранилища…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>Открыть &amp;демо-хранилище</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Недавние хранилища</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Слишком коротко: нужно не меньше 8 символов.</translation>
    </message>
    <message>
        <source>Too easy to guess: use four or more words that do not form a known phrase.</source>
        <translation>Слишком легко угадать: возьмите четыре слова или больше, не складывающихся в известную фразу.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Сильная.</translation>
    </message>
</context>
<context>
    <name>ThemeModel</name>
    <message>
        <source>Report: </source>
        <translation>Доклад: </translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <source>Type a theme: quota, 할당, норма…</source>
        <translation>Введите тему: план, quota, 계획분…</translation>
    </message>
    <message>
        <source>Theme filter</source>
        <translation>Фильтр по теме</translation>
    </message>
    <message>
        <source>Matching themes</source>
        <translation>Подходящие темы</translation>
    </message>
    <message>
        <source>No theme matches “{text}”.</source>
        <translation>Нет темы, подходящей под «{text}».</translation>
    </message>
    <message>
        <source>Create theme “{text}” (Ctrl+Enter)</source>
        <translation>Создать тему «{text}» (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Кодировки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Codings of the theme and all its subthemes</source>
        <translation>Кодировки темы и всех её подтем</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Транскрипт</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Case {code} has a newer transcript version than this step (“{step}”), so it cannot be undone or redone any more.</source>
        <translation>У кейса {code} есть более новая версия транскрипта, чем этот шаг («{step}»), поэтому его больше нельзя отменить или повторить.</translation>
    </message>
    <message>
        <source>Code as {theme}</source>
        <translation>Кодировать как «{theme}»</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Удалить кодировку</translation>
    </message>
    <message>
        <source>Re-theme as {theme}</source>
        <translation>Сменить тему на «{theme}»</translation>
    </message>
    <message>
        <source>Code segment as {theme}</source>
        <translation>Кодировать отрезок как «{theme}»</translation>
    </message>
    <message>
        <source>Remove audio segment</source>
        <translation>Удалить аудиоотрезок</translation>
    </message>
    <message>
        <source>Re-theme segment as {theme}</source>
        <translation>Сменить тему отрезка на «{theme}»</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Код восстановления</translation>
    </message>
    <message>
        <source>Key slot</source>
        <translation>Слот ключа</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation>Сообщение разблокировки</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Unlock with:</source>
        <translation>Разблокировать с помощью:</translation>
    </message>
    <message>
        <source>&amp;Slot:</source>
        <translation>&amp;Слот:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Секрет:</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>Разблокировать {name}</translation>
    </message>
    <message>
        <source>Any passphrase slot</source>
        <translation>Любой слот парольной фразы</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Вычисление ключа…</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>Этот код восстановления не открывает хранилище.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault.</source>
        <translation>Эта парольная фраза не открывает хранилище.</translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>“{char}” in group {group} is not used in recovery codes; they use digits and the letters A to Z without I, L, O and U.</source>
        <translation>«{char}» в группе {group} не встречается в кодах восстановления: в них только цифры и латинские буквы от A до Z без I, L, O и U.</translation>
    </message>
    <message>
        <source>One character is missing in group {group} of the recovery code.</source>
        <translation>В группе {group} кода восстановления не хватает одного символа.</translation>
    </message>
    <message>
        <source>One character of the recovery code is missing; check each group.</source>
        <translation>В коде восстановления не хватает одного символа; проверьте каждую группу.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery code has one character too many.</source>
        <translation>В группе {group} кода восстановления один лишний символ.</translation>
    </message>
    <message>
        <source>The recovery code has one character too many; check each group.</source>
        <translation>В коде восстановления один лишний символ; проверьте каждую группу.</translation>
    </message>
    <message>
        <source>Typing error in the recovery code: character {place} of group {group} is wrong. Check that group against the printed code.</source>
        <translation>Опечатка в коде восстановления: символ {place} в группе {group} неверен. Сверьте эту группу с записанным кодом.</translation>
    </message>
    <message>
        <source>Typing error in the recovery code in group {group}. Check that group against the printed code.</source>
        <translation>Опечатка в группе {group} кода восстановления. Сверьте эту группу с записанным кодом.</translation>
    </message>
    <message>
        <source>The recovery code has a typing error; check each group against the printed code.</source>
        <translation>В коде восстановления опечатка; сверьте каждую группу с записанным кодом.</translation>
    </message>
    <message numerus="yes">
        <source>That is not a recovery code: it has %n letter(s) and digit(s), and a code has 36.</source>
        <translation>
            <numerusform>Это не код восстановления: в нём %n буква или цифра, а в коде их 36.</numerusform>
            <numerusform>Это не код восстановления: в нём %n буквы и цифры, а в коде их 36.</numerusform>
            <numerusform>Это не код восстановления: в нём %n букв и цифр, а в коде их 36.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait {seconds} seconds before the next try.</source>
        <translation>Подождите {seconds} с до следующей попытки.</translation>
    </message>
    <message>
        <source>Unlock in {seconds} s</source>
        <translation>Разблокировка через {seconds} с</translation>
    </message>
</context>
<context>
    <name>ValidityModel</name>
    <message>
        <source>Coder</source>
        <translation>Кодировщик</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Кодировки</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Valid share</source>
        <translation>Доля верных</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Review of the selected coding</source>
        <translation>Проверка выбранной кодировки</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Комментарий проверки</translation>
    </message>
    <message>
        <source>Comment for the coder (optional)</source>
        <translation>Комментарий для кодировщика (необязательно)</translation>
    </message>
    <message>
        <source>✔ Valid (F7)</source>
        <translation>✔ Верно (F7)</translation>
    </message>
    <message>
        <source>Mark the coding valid</source>
        <translation>Отметить кодировку верной</translation>
    </message>
    <message>
        <source>✘ Invalid (F8)</source>
        <translation>✘ Неверно (F8)</translation>
    </message>
    <message>
        <source>Mark the coding invalid</source>
        <translation>Отметить кодировку неверной</translation>
    </message>
    <message>
        <source>Select a coding in the list to judge it.</source>
        <translation>Выберите кодировку в списке, чтобы оценить её.</translation>
    </message>
    <message>
        <source>“{text}” ({theme}, by {coder}): not reviewed yet.</source>
        <translation>«{text}» ({theme}, кодировщик {coder}): ещё не проверено.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>“{text}” ({theme}, by {coder}): judged {verdict} by {who}.</source>
        <translation>«{text}» ({theme}, кодировщик {coder}): {who} оценил(а) — {verdict}.</translation>
    </message>
</context>
<context>
    <name>WipeActions</name>
    <message>
        <source>&amp;Wipe this vault for good…</source>
        <translation>&amp;Уничтожить это хранилище навсегда…</translation>
    </message>
    <message>
        <source> These files are not Fieldvault&apos;s and were left in place: {files}.</source>
        <translation> Эти файлы не принадлежат Fieldvault и оставлены на месте: {files}.</translation>
    </message>
    <message>
        <source>Vault wiped</source>
        <translation>Хранилище уничтожено</translation>
    </message>
    <message>
        <source>The vault “{name}” is destroyed: {keys} key file(s) and {data} database file(s) were overwritten with random bytes and removed. It cannot be opened any more.</source>
        <translation>Хранилище «{name}» уничтожено: файлы ключей ({keys}) и файлы базы данных ({data}) перезаписаны случайными байтами и удалены. Открыть его больше нельзя.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Wipe this vault for good</source>
        <translation>Уничтожить это хранилище навсегда</translation>
    </message>
    <message>
        <source>This destroys the vault “{name}” at once: every key slot, the recovery code, the identity key and every record. Its key files and database are overwritten with random bytes and removed, with the copies in its backups folder. No passphrase and no recovery code can bring it back.</source>
        <translation>Хранилище «{name}» будет уничтожено сразу: все слоты ключа, код восстановления, ключ личностей и все записи. Файлы ключей и база данных вместе с копиями в папке backups перезаписываются случайными байтами и удаляются. Ни парольная фраза, ни код восстановления не вернут его.</translation>
    </message>
    <message>
        <source>What a drive may still keep: an SSD or flash drive writes to fresh cells (wear levelling), so old blocks of the key files may survive until the drive reuses them. They are encrypted and guarded by your passphrase; full-disk encryption (BitLocker, FileVault, LUKS) makes such leftovers useless, so keep it on. Backups you wrote elsewhere and exports are not touched.</source>
        <translation>Что может остаться на диске: SSD и флеш-накопители пишут в новые ячейки (выравнивание износа), поэтому старые блоки файлов ключей могут сохраняться, пока накопитель не использует их снова. Они зашифрованы и защищены вашей парольной фразой; полнодисковое шифрование (BitLocker, FileVault, LUKS) делает такие остатки бесполезными — держите его включённым. Резервные копии, сделанные в другом месте, и экспорт не затрагиваются.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s name, {name}, to confirm:</source>
        <translation>Для подтверждения введите имя хранилища, {name}:</translation>
    </message>
    <message>
        <source>Vault name to confirm</source>
        <translation>Имя хранилища для подтверждения</translation>
    </message>
    <message>
        <source>&amp;Wipe for good</source>
        <translation>&amp;Уничтожить навсегда</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>Open a case from the Cases page (Enter or double-click).</source>
        <translation>Откройте кейс на странице «Кейсы» (Enter или двойной щелчок).</translation>
    </message>
    <message>
        <source>Editing the transcript. Ctrl+S saves a new version; Escape discards the changes.</source>
        <translation>Правка транскрипта. Ctrl+S сохраняет новую версию; Escape отменяет изменения.</translation>
    </message>
    <message>
        <source>Codings in view</source>
        <translation>Видимые кодировки</translation>
    </message>
    <message>
        <source>Show all codings of the case</source>
        <translation>Показать все кодировки кейса</translation>
    </message>
    <message>
        <source>Memos on this case</source>
        <translation>Заметки к кейсу</translation>
    </message>
    <message>
        <source>Select a coding to see its memos.</source>
        <translation>Выберите кодировку, чтобы увидеть её заметки.</translation>
    </message>
    <message>
        <source>Case memos</source>
        <translation>Заметки к кейсу</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>Заметки к кодировке</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Кодировки</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Кодирование</translation>
    </message>
    <message>
        <source>Apply theme…</source>
        <translation>Применить тему…</translation>
    </message>
    <message>
        <source>Change theme…</source>
        <translation>Сменить тему…</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Удалить кодировку</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Править текст</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Сохранить версию</translation>
    </message>
    <message>
        <source>Discard edits</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <source>Privacy review</source>
        <translation>Проверка конфиденциальности</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Верно</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Неверно</translation>
    </message>
    <message>
        <source>Select sentence</source>
        <translation>Выделить предложение</translation>
    </message>
    <message>
        <source>Select paragraph</source>
        <translation>Выделить абзац</translation>
    </message>
    <message>
        <source>Code in vivo</source>
        <translation>Кодировать словами информанта</translation>
    </message>
    <message>
        <source>Next coding at the cursor</source>
        <translation>Следующая кодировка у курсора</translation>
    </message>
    <message>
        <source>Play from the timestamp at the cursor</source>
        <translation>Воспроизвести с метки времени у курсора</translation>
    </message>
    <message>
        <source>Recent theme {n}</source>
        <translation>Недавняя тема {n}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Нечего повторять.</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Отменить: {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Повторить: {step}</translation>
    </message>
    <message>
        <source>Apply a theme to the marked segment</source>
        <translation>Применить тему к отмеченному отрезку</translation>
    </message>
    <message>
        <source>Put the cursor on a timestamp such as [00:12:31] first.</source>
        <translation>Сначала поставьте курсор на метку времени, например [00:12:31].</translation>
    </message>
    <message>
        <source>Open a case from the Cases page.</source>
        <translation>Откройте кейс на странице «Кейсы».</translation>
    </message>
    <message>
        <source>Case {code} is no longer in this vault.</source>
        <translation>Кейса {code} больше нет в хранилище.</translation>
    </message>
    <message>
        <source>{code} — {title} (version {version}, {status})</source>
        <translation>{code} — {title} (версия {version}, {status})</translation>
    </message>
    <message>
        <source>Blind coding: you see only your own codings on this case until a supervisor reveals it.</source>
        <translation>Слепое кодирование: пока руководитель не откроет кейс, вы видите только свои кодировки.</translation>
    </message>
    <message>
        <source>An audio segment has no memos of its own; write them on the case.</source>
        <translation>У аудиоотрезка нет своих заметок; пишите их к кейсу.</translation>
    </message>
    <message>
        <source>Memos on “{text}” ({theme})</source>
        <translation>Заметки к «{text}» ({theme})</translation>
    </message>
    <message>
        <source>No coding at the cursor.</source>
        <translation>У курсора нет кодировки.</translation>
    </message>
    <message>
        <source>Coding {n} of {count} here: {theme}.</source>
        <translation>Кодировка {n} из {count} здесь: «{theme}».</translation>
    </message>
    <message>
        <source>There is no sentence at the cursor.</source>
        <translation>У курсора нет предложения.</translation>
    </message>
    <message>
        <source>There is no paragraph at the cursor.</source>
        <translation>У курсора нет абзаца.</translation>
    </message>
    <message>
        <source>Select a passage first, then apply a theme (Ctrl+T).</source>
        <translation>Сначала выделите фрагмент, затем примените тему (Ctrl+T).</translation>
    </message>
    <message>
        <source>Apply a theme to the selected passage</source>
        <translation>Применить тему к выделенному фрагменту</translation>
    </message>
    <message>
        <source>Coded as {theme}. Recent themes: {recent}</source>
        <translation>Закодировано как «{theme}». Недавние темы: {recent}</translation>
    </message>
    <message>
        <source>Select the words that name the new theme first, then press Ctrl+Shift+V.</source>
        <translation>Сначала выделите слова, которые станут названием новой темы, затем нажмите Ctrl+Shift+V.</translation>
    </message>
    <message>
        <source>New theme for this audio segment</source>
        <translation>Новая тема для этого аудиоотрезка</translation>
    </message>
    <message>
        <source>Select a coding in the list first.</source>
        <translation>Сначала выберите кодировку в списке.</translation>
    </message>
    <message>
        <source>New theme for this coding</source>
        <translation>Новая тема для кодировки</translation>
    </message>
    <message>
        <source>Coding changed to {theme}.</source>
        <translation>Кодировка изменена на «{theme}».</translation>
    </message>
    <message>
        <source>Removed the coding “{text}” ({theme}).</source>
        <translation>Кодировка «{text}» ({theme}) удалена.</translation>
    </message>
    <message>
        <source>Removed the audio segment {start} – {end} ({theme}).</source>
        <translation>Аудиоотрезок {start} – {end} («{theme}») удалён.</translation>
    </message>
    <message>
        <source>Audio segment changed to {theme}.</source>
        <translation>Тема аудиоотрезка изменена на «{theme}».</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Отменено: {step}.</translation>
    </message>
    <message>
        <source>Undone in case {code}: {step}.</source>
        <translation>Отменено в кейсе {code}: {step}.</translation>
    </message>
    <message>
        <source>Redone: {step}.</source>
        <translation>Повторено: {step}.</translation>
    </message>
    <message>
        <source>Redone in case {code}: {step}.</source>
        <translation>Повторено в кейсе {code}: {step}.</translation>
    </message>
    <message>
        <source>Codings not carried over</source>
        <translation>Не перенесённые кодировки</translation>
    </message>
    <message numerus="yes">
        <source>Version {version} is saved. %n coding(s) could not be placed in the new text and are listed greyed in the codings list:</source>
        <translation>
            <numerusform>Версия {version} сохранена. %n кодировку не удалось разместить в новом тексте; она показана серым в списке кодировок:</numerusform>
            <numerusform>Версия {version} сохранена. %n кодировки не удалось разместить в новом тексте; они показаны серым в списке кодировок:</numerusform>
            <numerusform>Версия {version} сохранена. %n кодировок не удалось разместить в новом тексте; они показаны серым в списке кодировок:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version {version}; {carried} codings carried over, {lost} not placed.</source>
        <translation>Версия {version} сохранена; перенесено кодировок: {carried}, не размещено: {lost}.</translation>
    </message>
</context>
</TS>
