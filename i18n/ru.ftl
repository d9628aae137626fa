# MFLM Explorer: every word of the interface, in Russian (translated from en.ftl, the reference catalogue).
# Same message ids as en.ftl; Russian CLDR plural categories: one, few, many, other.
# Syntax: https://projectfluent.org/ (variables are { $name }).
# Data text (titles, summaries, vocabulary labels) is not here: it comes from data/.


app-name = MFLM Explorer
tagline = Многосторонние основы МОТ по вопросам миграции рабочей силы: принципы, руководящие указания, международные документы и практика
skip-to-content = Перейти к содержанию
nav-label = Основное меню
nav-browse = Поиск
nav-overview = Многосторонние основы
nav-instruments = Документы
nav-shortlist = Избранное
nav-about = О приложении
loading = Загрузка Многосторонних основ…
load-failed-title = Не удалось загрузить данные Многосторонних основ
load-failed-body = Приложению нужен файл данных (data/framework.json), расположенный рядом с этой страницей. Проверьте подключение или попросите того, кто размещает эту копию, проверить файл.
load-failed-problems = В файле данных обнаружены ошибки:
retry = Повторить
unofficial-notice = Независимое пособие для чтения, а не публикация МОТ. Краткие изложения написаны нашими словами; что не подтверждено, см. в разделе «О приложении».
search-label = Поиск по Многосторонним основам
search-placeholder = например: наём, домашний труд, Филиппины
search-hint = Поиск по названиям, кратким изложениям, странам и ключевым словам. Регистр букв и диакритические знаки не учитываются.
filters-heading = Фильтры
show-filters = Показать фильтры
hide-filters = Скрыть фильтры
filters-done = Показать результаты ({ $count })
clear-all = Сбросить все фильтры
show-fewer = Свернуть
sort-label = Сортировка
no-results-title = Ничего не найдено
no-results-body = Сократите запрос или уберите один из фильтров.
results-heading = Результаты
previous-page = Предыдущая страница
next-page = Следующая страница
pagination-label = Страницы результатов
type-principle = Принцип
type-guideline = Руководящее указание
type-practice = Практика
type-activity = Деятельность МОТ
type-instrument = Документ
type-subdivision = Раздел
type-country = Страна
field-type = Тип
field-regions = Регион
field-countries = Страны
field-areas = Группы стран
field-sectors = Отрасли
field-principles = Принципы
field-period = Период
field-actors = Участники
field-instruments = Документы
field-guidelines = Руководящие указания
field-source = Источник
field-tags = Ключевые слова
field-year = Год
field-annex-i = В Приложении I
field-subdivision = Раздел
none = Нет данных
why-good-heading = Почему это передовая практика
certainty-heading = Степень достоверности
guidelines-heading = Руководящие указания
practices-heading = Примеры практики по этому принципу
activities-heading = Связанная деятельность МОТ
instruments-heading = Документы, на которых он основан
principles-heading = Принципы
limitations-heading = Чего не устанавливает эта подборка
about-heading = О приложении
shortlist-heading = Ваше избранное
shortlist-empty = В избранном пока ничего нет. Нажмите «В избранное» у любого примера практики, чтобы сохранить его здесь, на этом устройстве.
shortlist-add = В избранное
shortlist-remove = Убрать из избранного
shortlist-print = Распечатать избранное
shortlist-clear = Очистить избранное
shortlist-reset-notice = Сохранённое избранное не удалось прочитать на этом устройстве, поэтому список начат заново.
back-to-results = К результатам
back-to-page = Назад: { $page }
not-found-title = Не найдено
not-found-body = Эта ссылка ведёт на элемент, которого нет в данных. Возможно, он был переименован.
overview-intro = Многосторонние основы объединяют свои 15 принципов в девять разделов. К каждому принципу относятся руководящие указания.
instruments-intro = Международные документы, касающиеся трудящихся-мигрантов. Такие документы перечислены в Приложении I к Многосторонним основам; его точный перечень здесь не подтверждён, поэтому для каждого документа указано, насколько мы уверены, что он туда входит.
guideline-summary-badge = Наше изложение, не текст Многосторонних основ
guideline-summary-explained = Это тема, которую охватывают руководящие указания Многосторонних основ, изложенная нашими словами. Формулировки и номера самих руководящих указаний здесь не приводятся.
guideline-framework-badge = Руководящее указание Многосторонних основ
paraphrase-notice = Пересказ нашими словами, а не формулировка Многосторонних основ.
details-confidence-medium = Часть сведений не подтверждена: исходный текст был частично неразборчив.
details-confidence-low = Сведения не подтверждены.
links-database-tags = Связи с принципами взяты из тегов самой базы данных МОТ о передовой практике.
links-database-themes = Связи с принципами выведены из тем, указанных в базе данных МОТ.
links-compiler = Связи с принципами — наша собственная классификация.
annex-ii-confirmed = Подтверждено: один из примеров Приложения II к Многосторонним основам.
annex-ii-likely = Возможно, один из примеров Приложения II к Многосторонним основам: не подтверждено.
annex-ii-not-established = Нет сведений о том, что это один из примеров Приложения II к Многосторонним основам.
annex-i-high = Вероятно, входит в Приложение I (высокая степень уверенности, не подтверждено)
annex-i-medium = Включение в Приложение I не подтверждено (средняя степень уверенности)
annex-i-low = Включение в Приложение I не подтверждено (низкая степень уверенности)
wording-high = Пересказ сверен с источниками (высокая степень уверенности).
wording-medium = Пересказ сверен с текстом Многосторонних основ не полностью (средняя степень уверенности).
wording-low = Точность пересказа не гарантирована (низкая степень уверенности).
mapping-not-confirmed = Состав принципов этого раздела подтверждён не полностью.
new-version = Доступна новая версия приложения.
reload = Обновить
offline-ready = Приложение готово к работе без подключения к интернету.
close-notice = Закрыть это уведомление
label-colon = :{" "}
offline-damaged = Эта копия для работы без интернета повреждена: подключитесь к интернету хотя бы один раз, чтобы восстановить её.
previous-item = Предыдущий
next-item = Следующий
principle-nav-label = Другие принципы
field-parts = Подпункты
field-note = Примечание
field-principle = Принцип
field-official-number = Официальный номер
field-category = Категория
field-document = Документ
field-reference = Выходные данные
field-locator = Место в документе
field-address = Веб-адрес
field-title = Название
field-publisher = Издатель
field-adopted = Год принятия
field-published = Год публикации
field-isbn = ISBN
field-practices = Примеры практики
field-cited-by = Ссылки в примерах практики
details-heading = Подробности
guideline-practices-heading = Примеры практики по этому руководящему указанию
guideline-activities-heading = Деятельность МОТ по этому руководящему указанию
instrument-practices-heading = Примеры практики со ссылкой на этот документ
instrument-activities-heading = Деятельность МОТ со ссылкой на этот документ
country-practices-heading = Примеры практики в этой стране
country-activities-heading = Деятельность МОТ в этой стране
country-search-link = Найти всё, что связано с этой страной
subdivision-title-not-confirmed = Это название сформулировано нами; собственный заголовок этого раздела в Многосторонних основах не подтверждён.
overview-heading = Многосторонние основы вкратце
about-framework-heading = О самих Многосторонних основах
about-confidence-heading = Как показана степень достоверности
sources-heading = Источники
report-heading = Сообщить о проблеме
report-body = Нашли ошибку, неработающую ссылку или что-то непонятное? Сообщите тому, кто предоставил вам эту копию приложения, и укажите веб-адрес страницы, чтобы можно было найти нужный элемент.
unknown-source = Источник без названия
did-you-mean = Возможно, вы имели в виду:
match-in-summary = В кратком изложении
match-elsewhere = Другие совпадения

## Facets (the filter panel's groups)
facet-type = Тип
facet-kind = Вид
facet-principle = Принцип
facet-region = Регион
facet-sector = Отрасль
facet-country = Страна
facet-instrument = Документ
facet-actor = Участник

## Sort orders
sort-relevance = По релевантности
sort-title = По названию (A–Z)
sort-newest = Сначала новые

## How certainty is shown (About page), one point each
about-confidence-1 = Названия и краткие изложения принципов — это наш собственный пересказ, а не формулировки Многосторонних основ. На странице каждого принципа указано, насколько точно, по имеющимся данным, его пересказ следует Многосторонним основам.
about-confidence-2 = Руководящие указания с пометкой «Наше изложение, не текст Многосторонних основ» — это темы, которые охватывают руководящие указания, изложенные нашими словами. С публикацией 2006 года сверены только руководящие указания, показанные с официальным номером.
about-confidence-3 = Мы не утверждаем, что какой-либо документ входит в Приложение I. Для каждого документа указано, насколько вероятно, что он включён в перечень Приложения I.
about-confidence-4 = Для каждого примера практики указано, насколько достоверны сведения о нём, откуда взяты его связи с принципами и известно ли, что он входит в число примеров Приложения II к Многосторонним основам.
about-confidence-5 = Если название раздела или перечень его принципов не подтверждены, это указано на странице раздела.

## Messages with values
results-count = { $count ->
    [0] Нет результатов
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
# "Page 2 of 5 · Showing 26–50 of 120"
page-position = Страница { $page } из { $pages } · Показаны { $first }–{ $last } из { $total }
# The filter button on a phone, with how many filters are on: "Show filters (2 on)"
active-count = { $label } (активных: { $count })
show-all-count = Показать все ({ $count })
# An option's count beside its label in the filter panel
option-count = ({ $count })
principle-title = Принцип { $number }: { $title }
principle-short = Принцип { $number }
principle-option = { $number }. { $title }
subdivision-title = { $id }. { $title }
# "Previous: Principle 3"
pager-step = { $direction }: { $target }
actor-with-name = { $kind }: { $name }
compiled-on = Дата редакции подборки: { $date }
shortlist-count = { $count ->
    [0] Избранное
    [one] Избранное ({ $count })
    [few] Избранное ({ $count })
    [many] Избранное ({ $count })
   *[other] Избранное ({ $count })
}
page-title = { $heading } · MFLM Explorer
search-title = Поиск: { $query }
data-problems = { $count ->
    [one] { $count } ошибка в data/framework.json.
    [few] { $count } ошибки в data/framework.json.
    [many] { $count } ошибок в data/framework.json.
   *[other] { $count } ошибки в data/framework.json.
}
request-failed = Не удалось выполнить запрос: { $error }
server-answered = Сервер ответил: { $status } { $statusText }.
response-unreadable = Не удалось прочитать ответ: { $error }
not-utf8 = Файл данных не является текстом в кодировке UTF-8 (байт { $byte } недопустим в UTF-8).

## Languages
# The language menu's label; each language is listed by its own name.
language-label = Язык
# A short marker beside content shown in English because it has no translation yet.
lang-marker = EN
lang-marker-title = На английском: перевода пока нет
# Shown once, at the top, in languages whose content is not translated (only the interface is).
content-in-english = Интерфейс переведён на ваш язык. Названия, краткие изложения и примеры практики показаны на английском языке и помечены EN.
# Shown on the About page in languages whose content we translated.
our-translation = Названия и краткие изложения на этом языке — наш собственный перевод наших английских текстов, а не тексты МОТ. Официальные названия документов приводятся в том виде, в каком они были официально опубликованы.

## Экран восстановления (показывается, если приложение остановилось из-за непредвиденной ошибки)
recovery-title = Что-то пошло не так
recovery-body = Приложение остановилось из-за непредвиденной ошибки. Обычно помогает перезагрузка страницы. Если ошибка повторится, сбросьте данные, сохранённые на этом устройстве; сначала экспортируйте «Избранное», чтобы не потерять его.
recovery-reload = Перезагрузить
recovery-export = Экспортировать «Избранное» (JSON)
recovery-reset = Сбросить сохранённые данные

## Экспорт (создаётся в браузере; ничего никуда не отправляется)
export-label = Экспорт
export-csv = CSV (электронная таблица)
export-json = JSON (файл данных)
export-markdown = Markdown (раздаточный материал)
export-ris = RIS (менеджер библиографии)
cite-this = Цитировать
copy-text = Копировать
copy-done = Скопировано
copy-refused = Копирование здесь недоступно: выделите текст и скопируйте его сами.
export-results-title = MFLM Explorer: результаты поиска

## QR-коды представления (для проектора или чтобы открыть то же представление на телефоне)
qr-show = QR-код этого представления
qr-alt = QR-код адреса, указанного ниже

## Режим презентации (по одному элементу на экран, для проектора)
present = Презентация (по одному элементу на экран)
present-label = Презентация
present-previous = Назад
present-next = Далее
present-exit = Выйти (Esc)
present-empty = Нечего показывать.
present-position = { $at } / { $total }

## Несколько именованных списков с заметками, которыми можно поделиться по ссылке
list-choose = Список
list-new-name = Название нового списка
list-create = Создать список
list-rename = Название этого списка
list-delete = Удалить этот список
share-heading = Поделиться этим списком
share-explained = Эта ссылка содержит сам список (название, примеры практики и их порядок, но не ваши заметки): любой, кто её откроет, увидит тот же список и сможет сохранить копию.
shared-list-notice = Этим списком с вами поделились по ссылке. Он не сохранён на этом устройстве, пока вы не сохраните копию.
keep-copy = Сохранить копию
note-label = Ваша заметка
move-up = Выше
move-down = Ниже

## Propose a practice: a form that makes a file to send (nothing is sent)
nav-propose = Предложить практику
about-propose = Знаете практику, которой место в этой подборке? Опишите её с помощью формы «Предложить практику»: она готовит файл для отправки составителям и сама ничего не отправляет.
propose-heading = Предложить практику
propose-intro = Знаете закон, соглашение, услугу или программу, опыт которых могут перенять другие? Опишите их здесь и укажите документ, в котором о них сообщается. Ничего не отправляется: форма готовит файл и текст для вашего письма, которые вы сами отправите тому, кто предоставил вам эту копию приложения.
propose-kept = Введённые данные хранятся в этой вкладке браузера, пока вы её не закроете.
propose-required = (обязательно)
propose-title = Название
propose-title-help = Короткое название своими словами, по возможности на английском языке.
propose-summary = Краткое описание
propose-summary-help = Что было сделано, кем и чего, по данным источника, удалось достичь. Не пишите больше, чем сказано в источнике.
propose-kind = Вид практики
propose-choose = Выберите…
propose-countries = Страны
propose-countries-help = Оставьте пустым для региональной или глобальной работы. При добавлении страны отмечается её регион.
propose-add-country = Добавить страну
propose-instruments = Документы
propose-instruments-help = Конвенции и другие международные документы, которые применяет практика, если есть.
propose-add-instrument = Добавить документ
propose-remove = Удалить: { $name }
propose-regions = Регионы
propose-sectors = Отрасли
propose-sectors-help = «Все отрасли» — для работы, не относящейся к одной отрасли.
propose-period = Период
propose-period-help = Год или годы так, как их приводит источник: 2019, 2004-2006, с 2010 года.
propose-actors = Участники
propose-actors-help = Кто её осуществил: тип участника и его название так, как его приводит источник.
propose-actor-type = Тип участника { $row }
propose-actor-name = Название участника { $row }
propose-add-actor = Добавить ещё одного участника
propose-remove-actor = Удалить участника { $row }
propose-principles = Принципы
propose-principles-help = Принципы Многосторонних рамок, которые иллюстрирует практика.
propose-guidelines = Темы руководящих положений
propose-guidelines-help = Темы руководящих положений к отмеченным принципам, если какие-то подходят.
propose-tags = Ключевые слова
propose-tags-help = Не более пяти, через запятую.
propose-source-heading = Источник
propose-source-help = Документ, в котором сообщается о практике: доклад, закон, соглашение, веб-страница.
propose-source-title = Название документа
propose-source-citation = Издатель, место и дата
propose-source-locator = Место в документе
propose-source-locator-help = Страница, пункт или раздел, чтобы составители нашли нужный фрагмент.
propose-source-url = Веб-адрес документа
propose-source-url-help = Начинается с https://
propose-contact = Ваше имя и адрес электронной почты
propose-contact-help = Чтобы составители могли задать вам вопрос. Указываются только в файле, который вы отправляете.
propose-submit = Проверить и подготовить файл
propose-clear = Очистить форму
propose-errors-heading = Что нужно исправить: { $count }
propose-error-line = { $field }: { $message }
propose-error-required = Это обязательное поле.
propose-error-too-long = Не более { $max } символов.
propose-error-too-many = Не более { $max }.
propose-error-markup = Пишите обычным текстом: «{ $tag }» похоже на разметку.
propose-error-invisible = Удалите невидимый символ U+{ $code }.
propose-error-control = Удалите управляющий символ U+{ $code }.
propose-error-unknown = «{ $value }» нет в списке.
propose-error-unknown-suggest = «{ $value }» нет в списке. Возможно, вы имели в виду «{ $suggestion }»?
propose-error-repeated = «{ $value }» указано дважды.
propose-error-https = Укажите веб-адрес, начинающийся с https://
propose-error-region = { $country } относится к региону «{ $region }»: отметьте и его.
propose-done-heading = Ваше предложение готово
propose-done-body = Скачайте файл и отправьте его вместе с текстом ниже тому, кто предоставил вам эту копию приложения. Ничего не было отправлено.
propose-download = Скачать файл предложения
propose-email-label = Текст для вашего письма
propose-copy = Копировать текст
## Открытые данные: файлы компиляции для скачивания
nav-open-data = Открытые данные
open-data-heading = Открытые данные
open-data-intro = Вся компиляция для скачивания и повторного использования: в формате JSON — ровно тот файл, который читает этот обозреватель, и в формате CSV — по таблице на каждый тип элементов, для электронных таблиц. Файлы создаются из тех же данных при каждой сборке обозревателя, поэтому всегда совпадают с тем, что он показывает. Они берутся из самой этой копии обозревателя, работают и без подключения к сети, и ничего никуда не отправляется.
open-data-own-file-note = Пока вы просматриваете собственный файл данных, эти файлы по-прежнему относятся к встроенной компиляции, а не к вашему файлу.
open-data-loading = Чтение списка файлов…
open-data-unavailable = Не удалось прочитать список файлов. Возможно, эта копия обозревателя собрана без них.
open-data-files-heading = Файлы
open-data-col-file = Файл
open-data-col-contents = Содержание
open-data-col-format = Формат
open-data-col-rows = Строки
open-data-col-size = Размер
open-data-version = Версия формата данных { $version }; компиляция пересмотрена { $date }.
open-data-about-compilation = Вся компиляция: принципы, руководящие положения, документы, практики и мероприятия, словари и источники, с источником и степенью достоверности каждого элемента. Тот самый файл, который читает этот обозреватель.
open-data-about-schema = JSON-схема файла компиляции: каждое поле, его тип и содержание.
open-data-about-translation-schema = JSON-схема файлов перевода.
open-data-about-translation = { $lang ->
    [fr] Перевод собственных текстов компиляции (названия, краткие изложения, метки) на французский язык, по идентификаторам элементов.
    [es] Перевод собственных текстов компиляции (названия, краткие изложения, метки) на испанский язык, по идентификаторам элементов.
   *[other] Перевод ({ $lang }) собственных текстов компиляции, по идентификаторам элементов.
}
open-data-about-table = { $table ->
    [subdivisions] Разделы Рамочной программы и принципы, входящие в каждый из них.
    [principles] Принципы: наши краткие названия и изложения, и раздел каждого.
    [guidelines] Руководящие положения по принципам: темы, которые они охватывают, нашими словами.
    [instruments] Международные документы: конвенции, рекомендации и другие тексты, с принципами, на которых они основаны, и степенью достоверности их включения в Приложение I.
    [profiles] Практики и мероприятия МОТ: страны, регионы, отрасли, период, участники, связанные принципы, руководящие положения и документы, и степень достоверности.
    [gcm-objectives] 23 цели Глобального договора о безопасной, упорядоченной и легальной миграции: официальные номера и краткие названия в нашей формулировке.
    [sdg-targets] Задачи целей в области устойчивого развития и показатель, касающиеся трудовой миграции: краткие названия в нашей формулировке.
    [crosswalk] Связи принципов с целями Глобального договора и задачами ЦУР, у каждой указано основание (наше сопоставление или источник).
    [sources] Документы и базы данных, на которые ссылаются элементы.
    [countries] Страны (трёхбуквенные коды ISO 3166) и их регион.
    [regions] Регионы (словарь).
    [sectors] Отрасли экономики (словарь).
    [actor-types] Типы участников (словарь).
    [profile-kinds] Типы практик (словарь).
    [instrument-types] Типы документов (словарь).
   *[other] Элементы списка «{ $table }».
}
open-data-rows = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}
open-data-size = { $kilobytes } КБ
open-data-csv-note = О файлах CSV: кодировка UTF-8 с меткой порядка байтов (чтобы электронные таблицы правильно показывали диакритические знаки), значения разделены запятыми, одна строка заголовков. Если в ячейке несколько значений (страны, номера принципов), они разделены точкой с запятой и пробелом; участники практики записаны как «type: name». У текстов по одному столбцу на язык, например title.en; переводы находятся в файлах перевода. Идентификаторы связывают таблицы между собой, как и в файле JSON.
open-data-checksums-note = Для программ: файл open-data/index.json рядом с обозревателем перечисляет все файлы с их размером, числом строк и контрольной суммой SHA-256.
open-data-licence-heading = Лицензия
open-data-licence-link = Лицензия:
about-open-data-link = Скачать всю компиляцию в виде открытых данных (JSON и CSV)
## Ваш собственный файл данных (issue 16): проверить файл подборки и просматривать его во время этого визита
nav-own-data = Ваш файл данных
own-data-heading = Ваш собственный файл данных
own-data-intro = Откройте файл подборки (JSON той же структуры, что и data/framework.json, например исправленную копию), чтобы проверить его теми же проверками, что и прилагаемые данные. Если он их пройдёт, его можно просматривать вместо прилагаемой подборки.
own-data-private = Ничего не загружается на сервер: файл читает только этот браузер. Ничего и не сохраняется: после перезагрузки страницы снова показывается прилагаемая подборка.
own-data-translations = Наши переводы прилагаемых текстов к вашему файлу не применяются: его тексты показываются на тех языках, которые в нём есть, а где других нет — на английском (с пометкой EN).
own-data-choose = Выбрать файл данных
own-data-drop = или перетащите его сюда
own-data-checking = Проверка { $name } ({ $size } МБ)…
own-data-empty = Файл { $name } пуст: проверять нечего.
own-data-too-large = Размер { $name } — { $size } МБ: слишком большой для проверки (предел — { $limit } МБ).
own-data-too-large-here = Размер { $name } — { $size } МБ. Эта копия обозревателя не может проверять в фоновом режиме (однофайловая версия этого не умеет), поэтому проверяет только файлы до { $limit } МБ. Откройте обозреватель по веб-адресу или проверьте файл инструментом данных (mflm-data validate).
own-data-not-utf8 = { $name } — не текст в UTF-8 (байт { $byte } не в UTF-8). Сохраните его в UTF-8 и откройте снова.
own-data-not-json = { $name } — не файл JSON ({ $at }: { $detail }).
own-data-too-deep = В { $name } списки или объекты вложены глубже 128 уровней ({ $at }), а подборке нужно лишь несколько. Дальше файл не проверялся.
own-data-failed = Проверка прервалась: { $reason }. Ничего не изменилось; можно попробовать другой файл.
own-data-problems = { $count ->
    [one] { $count } ошибка в { $name }
    [few] { $count } ошибки в { $name }
    [many] { $count } ошибок в { $name }
   *[other] { $count } ошибки в { $name }
}
own-data-problems-hint = В каждой строке указаны элемент, поле в нём и что не так (по-английски, как это сообщает инструмент данных). По-прежнему показывается прилагаемая подборка.
own-data-listed-first = Показаны первые { $listed }.
own-data-col-item = Элемент
own-data-col-field = Поле
own-data-col-problem = Что не так
own-data-valid = { $name } проходит все проверки: { $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
} для просмотра.
own-data-valid-counts = Принципы: { $principles }. Руководящие положения: { $guidelines }. Практики и мероприятия: { $profiles }. Документы: { $instruments }.
own-data-warnings = { $count ->
    [one] { $count } замечание (оно не мешает загрузить файл):
    [few] { $count } замечания (они не мешают загрузить файл):
    [many] { $count } замечаний (они не мешают загрузить файл):
   *[other] { $count } замечания (они не мешают загрузить файл):
}
own-data-use = Просматривать этот файл во время этого визита
own-data-preparing = Подготовка { $name }…
own-data-banner-label = Ваш собственный файл данных
own-data-banner = Вы просматриваете свой файл данных { $name }: { $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
}.
own-data-banner-links = Ссылки, которыми вы делитесь отсюда, открывают прилагаемую подборку, а не ваш файл; то же происходит при перезагрузке страницы или смене языка.
own-data-back = Вернуться к прилагаемой подборке
about-own-data = Редактируете подборку? Проверьте исправленный файл и просмотрите его до публикации на странице
## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = Соответствия
crosswalk-heading = Соответствия: принципы, цели Глобального договора и задачи ЦУР
crosswalk-intro = Как принципы Рамочной программы соотносятся с целями Глобального договора о безопасной, упорядоченной и легальной миграции (Глобального договора о миграции) и с задачами Целей в области устойчивого развития (ЦУР), касающимися трудовой миграции. Число в ячейке — это количество практик и мероприятий принципа; по ссылке открывается список этих практик и мероприятий.
crosswalk-basis-note = Ни один опубликованный документ не сопоставляет принципы Рамочной программы с целями Глобального договора или задачами ЦУР: каждая связь здесь — сопоставление редакторов, а не источника. Практики и мероприятия связаны с целью или задачей только через свои принципы.
crosswalk-gcm-heading = Принципы и цели Глобального договора
crosswalk-sdg-heading = Принципы и задачи ЦУР
crosswalk-gcm-caption = Принципы (строки), связанные с целями 1–23 Глобального договора (столбцы), по сопоставлению редакторов
crosswalk-sdg-caption = Принципы (строки), связанные с задачами и показателями ЦУР (столбцы), по сопоставлению редакторов
crosswalk-principle-column = Принцип
crosswalk-no-link = нет связи
crosswalk-scroll-hint = На узком экране таблица прокручивается по горизонтали; принципы остаются на виду.
crosswalk-key-gcm = Цели Глобального договора, кратко и нашими словами
crosswalk-key-sdg = Задачи и показатели ЦУР, кратко и нашими словами
crosswalk-cell-editors = практики и мероприятия этого принципа (сопоставление редакторов)
crosswalk-cell-source = практики и мероприятия этого принципа (связь указана в источнике)
basis-editors = Сопоставление редакторов
basis-source = Указано в источнике
basis-editors-explained = Сопоставление редакторов: ни один опубликованный документ не связывает принципы Рамочной программы с целями Глобального договора или задачами ЦУР, поэтому эта связь — наше собственное прочтение.
type-gcm-objective = Цель Глобального договора
type-sdg-target = Задача ЦУР
type-sdg-indicator = Показатель ЦУР
# "GCM objective 6: Fair, ethical recruitment and decent working conditions"
gcm-objective-title = Цель { $number } Глобального договора: { $title }
# "SDG target 10.7: …"
sdg-target-title = Задача ЦУР { $id }: { $title }
sdg-indicator-title = Показатель ЦУР { $id }: { $title }
facet-gcm = Цель Глобального договора
facet-sdg = Задача ЦУР
facet-crosswalk-help = Через принципы материала, по сопоставлению редакторов (ни один источник их не связывает).
crosswalk-principles-heading = Связанные принципы
crosswalk-practices-heading = Практики, через эти принципы
crosswalk-activities-heading = Мероприятия, через эти принципы
crosswalk-instruments-heading = Документы, через эти принципы
# Under a practice on an objective's page: "through principle 13", "through principles 5, 12"
crosswalk-through = { $count ->
    [one] через принцип { $numbers }
   *[other] через принципы { $numbers }
}
principle-gcm-heading = Цели Глобального договора (сопоставление редакторов)
principle-sdg-heading = Задачи ЦУР (сопоставление редакторов)
crosswalk-see-all = Все соответствия
crosswalk-field-number = Официальный номер
crosswalk-item-note = Принципы ниже связаны здесь по сопоставлению редакторов, а не по опубликованному источнику. Указанные практики, мероприятия и документы — это материалы этих принципов.
crosswalk-title-note = Заголовок — наша краткая формулировка, а не официальный текст; официальный текст см. в источнике ниже.
profile-crosswalk-heading = Цели Глобального договора и задачи ЦУР через его принципы
