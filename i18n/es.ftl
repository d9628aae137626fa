# MFLM Explorer: todas las palabras de la interfaz, en español (traducidas de en.ftl, el catálogo de referencia).
# Mismos identificadores de mensaje que en.ftl; categorías de plural CLDR del español: one, many, other.
# Syntax: https://projectfluent.org/ (variables are { $name }).
# Data text (titles, summaries, vocabulary labels) is not here: it comes from data/.


app-name = MFLM Explorer
tagline = Marco multilateral de la OIT para las migraciones laborales: principios, directrices, instrumentos y prácticas
skip-to-content = Ir al contenido
nav-label = Principal
nav-browse = Buscar
nav-overview = El Marco
nav-instruments = Instrumentos
nav-shortlist = Mi selección
nav-about = Acerca de
loading = Cargando el Marco…
load-failed-title = No se pudieron cargar los datos del Marco
load-failed-body = La herramienta necesita su archivo de datos (data/framework.json) junto a esta página. Compruebe su conexión o pida a quien aloje esta copia que revise el archivo.
load-failed-problems = Problemas encontrados en el archivo de datos:
retry = Reintentar
unofficial-notice = Herramienta de lectura independiente, no una publicación de la OIT. Los resúmenes están redactados con nuestras propias palabras; consulte «Acerca de» para saber qué no está confirmado.
search-label = Buscar en el Marco
search-placeholder = p. ej., contratación, trabajo doméstico, Filipinas
search-hint = Busca en títulos, resúmenes, países y palabras clave. No se distinguen acentos ni mayúsculas.
filters-heading = Filtros
show-filters = Mostrar filtros
hide-filters = Ocultar filtros
filters-done = Ver los resultados ({ $count })
clear-all = Borrar todos los filtros
show-fewer = Mostrar menos
sort-label = Ordenar por
no-results-title = No hay coincidencias
no-results-body = Pruebe con menos palabras o quite un filtro.
results-heading = Resultados
previous-page = Página anterior
next-page = Página siguiente
pagination-label = Páginas de resultados
type-principle = Principio
type-guideline = Directriz
type-practice = Práctica
type-activity = Actividad de la OIT
type-instrument = Instrumento
type-subdivision = Subdivisión
type-country = País
field-type = Tipo
field-regions = Región
field-countries = Países
field-areas = Grupos de países
field-sectors = Sectores
field-principles = Principios
field-period = Período
field-actors = Actores
field-instruments = Instrumentos
field-guidelines = Directrices
field-source = Fuente
field-tags = Palabras clave
field-year = Año
field-annex-i = En el anexo I
field-subdivision = Subdivisión
none = Sin datos
why-good-heading = Por qué es una buena práctica
certainty-heading = Grado de certeza
guidelines-heading = Directrices
practices-heading = Prácticas que lo ilustran
activities-heading = Actividades de la OIT relacionadas
instruments-heading = Instrumentos en los que se basa
principles-heading = Principios
limitations-heading = Lo que esta recopilación no establece
about-heading = Acerca de esta herramienta
shortlist-heading = Su selección
shortlist-empty = Su selección está vacía. Use «Añadir a la selección» en cualquier práctica para guardarla aquí, en este dispositivo.
shortlist-add = Añadir a la selección
shortlist-remove = Quitar de la selección
shortlist-print = Imprimir la selección
shortlist-clear = Vaciar la selección
shortlist-reset-notice = No se pudo leer en este dispositivo la selección guardada, por lo que se ha empezado una nueva.
back-to-results = Volver a los resultados
back-to-page = Volver a «{ $page }»
not-found-title = No encontrado
not-found-body = Este enlace remite a un elemento que no figura en los datos. Es posible que haya cambiado de nombre.
overview-intro = El Marco agrupa sus 15 principios en nueve subdivisiones. Cada principio va acompañado de directrices.
instruments-intro = Instrumentos internacionales pertinentes para los trabajadores migrantes. El anexo I del Marco enumera instrumentos de este tipo; su lista exacta no está confirmada aquí, por lo que cada instrumento indica qué grado de seguridad tenemos de que figure en ella.
guideline-summary-badge = Resumen propio, no texto del Marco
guideline-summary-explained = Se trata de un tema que abordan las directrices del Marco, redactado con nuestras propias palabras. No se incluyen la redacción ni la numeración de las directrices del propio Marco.
guideline-framework-badge = Directriz del Marco
paraphrase-notice = Paráfrasis con nuestras propias palabras; no es la redacción del Marco.
details-confidence-medium = Algunos detalles no son seguros: el texto de origen era parcialmente ilegible.
details-confidence-low = Los detalles no son seguros.
links-database-tags = Los vínculos con los principios proceden de las etiquetas de la propia base de datos de buenas prácticas de la OIT.
links-database-themes = Los vínculos con los principios se derivan de los temas que menciona la base de datos de la OIT.
links-compiler = Los vínculos con los principios son una clasificación propia.
annex-ii-confirmed = Ejemplo confirmado del anexo II del Marco.
annex-ii-likely = Posiblemente uno de los ejemplos del anexo II del Marco: no confirmado.
annex-ii-not-established = No consta que sea uno de los ejemplos del anexo II del Marco.
annex-i-high = Inclusión en el anexo I probable (confianza alta, no confirmada)
annex-i-medium = Inclusión en el anexo I no confirmada (confianza media)
annex-i-low = Inclusión en el anexo I no confirmada (confianza baja)
wording-high = Paráfrasis cotejada con las fuentes (confianza alta).
wording-medium = Paráfrasis no cotejada del todo con el texto del Marco (confianza media).
wording-low = Paráfrasis incierta (confianza baja).
mapping-not-confirmed = No está del todo confirmado qué principios corresponden a esta subdivisión.
new-version = Hay una nueva versión de la herramienta.
reload = Recargar
offline-ready = Lista para usar sin conexión.
close-notice = Cerrar este aviso
label-colon = :{" "}
offline-damaged = Esta copia sin conexión está dañada: conéctese a internet una vez para repararla.
previous-item = Anterior
next-item = Siguiente
principle-nav-label = Otros principios
field-parts = Apartados
field-note = Nota
field-principle = Principio
field-official-number = Número oficial
field-category = Categoría
field-document = Documento
field-reference = Referencia
field-locator = Ubicación
field-address = Dirección web
field-title = Título
field-publisher = Editor
field-adopted = Adopción
field-published = Publicación
field-isbn = ISBN
field-practices = Prácticas
field-cited-by = Citado en prácticas
details-heading = Detalles
guideline-practices-heading = Prácticas vinculadas a esta directriz
guideline-activities-heading = Actividades de la OIT vinculadas a esta directriz
instrument-practices-heading = Prácticas que lo citan
instrument-activities-heading = Actividades de la OIT que lo citan
country-practices-heading = Prácticas en este país
country-activities-heading = Actividades de la OIT en este país
country-search-link = Buscar todo lo vinculado a este país
subdivision-title-not-confirmed = Este título está redactado con nuestras palabras; no está confirmado el encabezado que el propio Marco da a esta subdivisión.
overview-heading = El Marco de un vistazo
about-framework-heading = El Marco en sí
about-confidence-heading = Cómo se indica el grado de certeza
sources-heading = Fuentes
report-heading = Informar de un problema
report-body = ¿Ha encontrado un error, un enlace roto o algo poco claro? Avise a quien le facilitó esta copia de la herramienta e incluya la dirección web de la página para que pueda localizar el elemento.
unknown-source = Fuente sin nombre
did-you-mean = Quizás quiso decir:
match-in-summary = En el resumen
match-elsewhere = Otras coincidencias

## Facets (the filter panel's groups)
facet-type = Tipo
facet-kind = Naturaleza
facet-principle = Principio
facet-region = Región
facet-sector = Sector
facet-country = País
facet-instrument = Instrumento
facet-actor = Actor

## Sort orders
sort-relevance = Relevancia
sort-title = Título (A–Z)
sort-newest = Más recientes primero

## How certainty is shown (About page), one point each
about-confidence-1 = Los títulos y resúmenes de los principios son paráfrasis propias, nunca la redacción del Marco. La página de cada principio indica en qué medida se sabe que su paráfrasis se ajusta al Marco.
about-confidence-2 = Las directrices marcadas con «Resumen propio, no texto del Marco» son temas que abordan las directrices, redactados con nuestras palabras. Solo las directrices que aparecen con un número oficial se han cotejado con la publicación de 2006.
about-confidence-3 = No se afirma que ningún instrumento figure en el anexo I. Cada instrumento indica qué probabilidad hay de que el anexo I lo incluya.
about-confidence-4 = Cada práctica indica el grado de certeza de sus detalles, de dónde proceden sus vínculos con los principios y si consta que sea uno de los ejemplos del anexo II del Marco.
about-confidence-5 = Cuando el título de una subdivisión o su lista de principios no está confirmado, su página lo indica.

## Messages with values
results-count = { $count ->
    [0] No hay resultados
    [one] { $count } resultado
    [many] { $count } resultados
   *[other] { $count } resultados
}
# "Page 2 of 5 · Showing 26–50 of 120"
page-position = Página { $page } de { $pages } · Resultados { $first }–{ $last } de { $total }
# The filter button on a phone, with how many filters are on: "Show filters (2 on)"
active-count = { $label } ({ $count ->
        [one] { $count } activo
        [many] { $count } activos
       *[other] { $count } activos
    })
show-all-count = Ver todos ({ $count })
# An option's count beside its label in the filter panel
option-count = ({ $count })
principle-title = Principio { $number }: { $title }
principle-short = Principio { $number }
principle-option = { $number }. { $title }
subdivision-title = { $id }. { $title }
# "Previous: Principle 3"
pager-step = { $direction }: { $target }
actor-with-name = { $kind }: { $name }
compiled-on = Última revisión de la recopilación: { $date }.
shortlist-count = { $count ->
    [0] Mi selección
    [one] Mi selección ({ $count })
    [many] Mi selección ({ $count })
   *[other] Mi selección ({ $count })
}
page-title = { $heading } · MFLM Explorer
search-title = Búsqueda: { $query }
data-problems = { $count ->
    [one] { $count } problema en data/framework.json.
    [many] { $count } problemas en data/framework.json.
   *[other] { $count } problemas en data/framework.json.
}
request-failed = La solicitud ha fallado: { $error }
server-answered = El servidor respondió { $status } { $statusText }.
response-unreadable = No se pudo leer la respuesta: { $error }
not-utf8 = El archivo de datos no es texto UTF-8 (el byte { $byte } no es UTF-8 válido).

## Languages
# The language menu's label; each language is listed by its own name.
language-label = Idioma
# A short marker beside content shown in English because it has no translation yet.
lang-marker = EN
lang-marker-title = En inglés: aún sin traducción
# Shown once, at the top, in languages whose content is not translated (only the interface is).
content-in-english = La interfaz está en su idioma. Los títulos, resúmenes y prácticas se muestran en inglés, marcados con EN.
# Shown on the About page in languages whose content we translated.
our-translation = Los títulos y resúmenes en este idioma son nuestra propia traducción de nuestros textos en inglés; no son textos de la OIT. Los nombres oficiales de los instrumentos figuran tal como se publicaron oficialmente.

## Pantalla de recuperación (se muestra si la aplicación se detiene por un error inesperado)
recovery-title = Algo ha fallado
recovery-body = El explorador se detuvo por un error inesperado. Volver a cargar la página suele bastar. Si vuelve a ocurrir, restablezca los datos guardados en este dispositivo; antes, exporte su selección para conservarla.
recovery-reload = Volver a cargar
recovery-export = Exportar su selección (JSON)
recovery-reset = Restablecer los datos guardados

## Exportaciones (se crean en el navegador; no se envía nada)
export-label = Exportar
export-csv = CSV (hoja de cálculo)
export-json = JSON (archivo de datos)
export-markdown = Markdown (material para repartir)
export-ris = RIS (gestor de referencias)
cite-this = Citar
copy-text = Copiar
copy-done = Copiado
copy-refused = Aquí no se permite copiar: seleccione el texto y cópielo usted.
export-results-title = MFLM Explorer: resultados de búsqueda

## Códigos QR de una vista (para proyectar o abrir la misma vista en un teléfono)
qr-show = Código QR de esta vista
qr-alt = Código QR de la dirección que figura debajo

## Modo presentación (un elemento por pantalla, para proyectores)
present = Presentar (un elemento por pantalla)
present-label = Presentación
present-previous = Anterior
present-next = Siguiente
present-exit = Salir (Esc)
present-empty = No hay nada que presentar.
present-position = { $at } / { $total }

## Varias selecciones con nombre, con notas, compartidas por enlace
list-choose = Lista
list-new-name = Nombre de la nueva lista
list-create = Crear una lista
list-rename = Nombre de esta lista
list-delete = Eliminar esta lista
share-heading = Compartir esta lista
share-explained = Este enlace contiene la propia lista (su nombre, sus prácticas y su orden, pero no sus notas): quien lo abra verá la misma lista y podrá guardar una copia.
shared-list-notice = Una lista compartida con usted mediante un enlace. No se guarda en este dispositivo hasta que guarde una copia.
keep-copy = Guardar una copia
note-label = Su nota
move-up = Subir
move-down = Bajar

## Propose a practice: a form that makes a file to send (nothing is sent)
nav-propose = Proponer una práctica
about-propose = ¿Conoce una práctica que debería figurar aquí? Descríbala con el formulario «Proponer una práctica»: prepara un archivo para enviar a los responsables de la compilación y no envía nada por sí mismo.
propose-heading = Proponer una práctica
propose-intro = ¿Conoce una ley, un acuerdo, un servicio o un programa del que otros podrían aprender? Descríbalo aquí, con el documento que lo recoge. No se envía nada: el formulario prepara un archivo, y un texto para pegar en su correo electrónico, que usted mismo enviará a quien le facilitó esta copia de la herramienta.
propose-kept = Lo que escriba se conserva en esta pestaña del navegador hasta que la cierre.
propose-required = (obligatorio)
propose-title = Título
propose-title-help = Un título breve, con sus propias palabras, en inglés si es posible.
propose-summary = Resumen
propose-summary-help = Qué se hizo, quién lo hizo y qué logró según la fuente. No diga más de lo que dice la fuente.
propose-kind = Tipo de práctica
propose-choose = Elegir…
propose-countries = Países
propose-countries-help = Déjelo vacío para una labor regional o mundial. Al añadir un país se marca su región.
propose-add-country = Añadir el país
propose-instruments = Instrumentos
propose-instruments-help = Los convenios y otros instrumentos que aplica la práctica, si los hay.
propose-add-instrument = Añadir el instrumento
propose-remove = Quitar { $name }
propose-regions = Regiones
propose-sectors = Sectores
propose-sectors-help = «Todos los sectores» para una labor que no se refiere a un sector concreto.
propose-period = Período
propose-period-help = El año o los años tal como los indica la fuente: 2019, 2004-2006, desde 2010.
propose-actors = Actores
propose-actors-help = Quién la llevó a cabo: el tipo de actor y su nombre tal como lo indica la fuente.
propose-actor-type = Tipo del actor { $row }
propose-actor-name = Nombre del actor { $row }
propose-add-actor = Añadir otro actor
propose-remove-actor = Quitar el actor { $row }
propose-principles = Principios
propose-principles-help = Los principios del Marco que ilustra la práctica.
propose-guidelines = Temas de las directrices
propose-guidelines-help = Los temas de las directrices de los principios marcados, si alguno corresponde.
propose-tags = Palabras clave
propose-tags-help = Cinco como máximo, separadas por comas.
propose-source-heading = La fuente
propose-source-help = El documento que da cuenta de la práctica: un informe, una ley, un acuerdo, una página web.
propose-source-title = Título del documento
propose-source-citation = Editor, lugar y fecha
propose-source-locator = Lugar en el documento
propose-source-locator-help = Una página, un párrafo o una sección, para que los responsables encuentren el pasaje.
propose-source-url = Dirección web del documento
propose-source-url-help = Que empiece por https://
propose-contact = Su nombre y correo electrónico
propose-contact-help = Para que los responsables puedan hacerle una pregunta. Solo figuran en el archivo que usted envía.
propose-submit = Comprobar y preparar el archivo
propose-clear = Vaciar el formulario
propose-errors-heading = Problemas por corregir: { $count }
propose-error-line = { $field }: { $message }
propose-error-required = Este campo es obligatorio.
propose-error-too-long = Como máximo { $max } caracteres.
propose-error-too-many = Como máximo { $max }.
propose-error-markup = Escriba texto sin formato: «{ $tag }» parece una etiqueta de marcado.
propose-error-invisible = Elimine el carácter invisible U+{ $code }.
propose-error-control = Elimine el carácter de control U+{ $code }.
propose-error-unknown = «{ $value }» no figura en la lista.
propose-error-unknown-suggest = «{ $value }» no figura en la lista. ¿Quiso decir «{ $suggestion }»?
propose-error-repeated = «{ $value }» figura dos veces.
propose-error-https = Indique una dirección web que empiece por https://
propose-error-region = { $country } pertenece a la región «{ $region }»: márquela también.
propose-done-heading = Su propuesta está lista
propose-done-body = Descargue el archivo y envíelo, junto con el texto siguiente, a quien le facilitó esta copia de la herramienta. No se ha enviado nada.
propose-download = Descargar el archivo de la propuesta
propose-email-label = Texto para su correo electrónico
propose-copy = Copiar el texto
## Datos abiertos: los archivos de la compilación para descargar
nav-open-data = Datos abiertos
open-data-heading = Datos abiertos
open-data-intro = Toda la compilación, para descargarla y reutilizarla: en JSON, exactamente el archivo que lee este explorador, y en CSV, una tabla por tipo de elemento, para hojas de cálculo. Los archivos se generan a partir de los mismos datos cada vez que se construye el explorador, de modo que siempre coinciden con lo que muestra. Proceden de esta misma copia del explorador, funcionan también sin conexión y no se envía nada a ninguna parte.
open-data-own-file-note = Mientras consulta su propio archivo de datos, estos archivos siguen siendo los de la compilación incluida, no los de su archivo.
open-data-loading = Leyendo la lista de archivos…
open-data-unavailable = No se pudo leer la lista de archivos. Puede que esta copia del explorador se haya construido sin ellos.
open-data-files-heading = Archivos
open-data-col-file = Archivo
open-data-col-contents = Contenido
open-data-col-format = Formato
open-data-col-rows = Filas
open-data-col-size = Tamaño
open-data-version = Versión { $version } del formato de los datos; compilación revisada el { $date }.
open-data-about-compilation = Toda la compilación: principios, directrices, instrumentos, prácticas y actividades, vocabularios y fuentes, con la fuente y el grado de certeza de cada elemento. El mismo archivo que lee este explorador.
open-data-about-schema = El esquema JSON del archivo de la compilación: cada campo, su tipo y lo que contiene.
open-data-about-translation-schema = El esquema JSON de los archivos de traducción.
open-data-about-translation = { $lang ->
    [fr] Traducción francesa de los textos propios de la compilación (títulos, resúmenes, etiquetas), por identificador de elemento.
    [es] Traducción española de los textos propios de la compilación (títulos, resúmenes, etiquetas), por identificador de elemento.
   *[other] Traducción ({ $lang }) de los textos propios de la compilación, por identificador de elemento.
}
open-data-about-table = { $table ->
    [subdivisions] Las subdivisiones del Marco y los principios que contiene cada una.
    [principles] Los principios: nuestros títulos breves y resúmenes, y su subdivisión.
    [guidelines] Las directrices, por principio: los temas que abarcan, en nuestras propias palabras.
    [instruments] Los instrumentos internacionales: convenios, recomendaciones y otros textos, con los principios que sustentan y el grado de certeza de su inclusión en el anexo I.
    [profiles] Prácticas y actividades de la OIT: países, regiones, sectores, período, actores, principios, directrices e instrumentos vinculados, y grado de certeza.
    [gcm-objectives] Los 23 objetivos del Pacto Mundial para la Migración Segura, Ordenada y Regular: números oficiales, títulos breves con nuestras palabras.
    [sdg-targets] Las metas de los Objetivos de Desarrollo Sostenible y el indicador relativos a la migración laboral: títulos breves con nuestras palabras.
    [crosswalk] Los vínculos de los principios con los objetivos del Pacto Mundial y las metas de los ODS, cada uno con su base (nuestra correspondencia o una fuente).
    [sources] Los documentos y bases de datos que citan los elementos.
    [countries] Los países (códigos ISO 3166 de tres letras) y su región.
    [regions] Las regiones (vocabulario).
    [sectors] Los sectores económicos (vocabulario).
    [actor-types] Los tipos de actores (vocabulario).
    [profile-kinds] Los tipos de prácticas (vocabulario).
    [instrument-types] Los tipos de instrumentos (vocabulario).
   *[other] Los elementos de la lista «{ $table }».
}
open-data-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
}
open-data-size = { $kilobytes } KB
open-data-csv-note = Sobre los archivos CSV: UTF-8 con marca de orden de bytes (para que las hojas de cálculo muestren bien los acentos), valores separados por comas y una fila de encabezado. Una celda con varios valores (países, números de principios) los separa con un punto y coma y un espacio; los actores de una práctica se escriben «tipo: nombre». Los textos tienen una columna por idioma, como title.en; las traducciones están en los archivos de traducción. Los identificadores enlazan las tablas entre sí, como en el archivo JSON.
open-data-checksums-note = Para programas: open-data/index.json, junto al explorador, enumera cada archivo con su tamaño, su número de filas y su suma de comprobación SHA-256.
open-data-licence-heading = Licencia
open-data-licence-link = Licencia:
about-open-data-link = Descargar toda la compilación como datos abiertos (JSON y CSV)
## Su propio archivo de datos (issue 16): comprobar un archivo de compilación y explorarlo durante la visita
nav-own-data = Su archivo de datos
own-data-heading = Su propio archivo de datos
own-data-intro = Abra un archivo de compilación (JSON con la misma forma que data/framework.json, por ejemplo una copia revisada) para comprobarlo con las mismas verificaciones que los datos incluidos. Si las supera, puede explorarlo en lugar de la compilación incluida.
own-data-private = No se envía nada: el archivo solo lo lee este navegador. Tampoco se guarda nada: al recargar la página vuelve la compilación incluida.
own-data-translations = Nuestras traducciones de los textos incluidos no se aplican a su archivo: sus textos se muestran en los idiomas que contiene, y en inglés (marcado EN) cuando no tiene otro.
own-data-choose = Elegir un archivo de datos
own-data-drop = o suéltelo aquí
own-data-checking = Comprobando { $name } ({ $size } MB)…
own-data-empty = { $name } está vacío: no hay nada que comprobar.
own-data-too-large = { $name } ocupa { $size } MB: es demasiado grande para comprobarlo (el límite es { $limit } MB).
own-data-too-large-here = { $name } ocupa { $size } MB. Esta copia del explorador no puede comprobar en segundo plano (la edición de un solo archivo no puede), así que solo comprueba archivos de hasta { $limit } MB. Abra el explorador desde una dirección web, o compruebe el archivo con la herramienta de datos (mflm-data validate).
own-data-not-utf8 = { $name } no es texto UTF-8 (el byte { $byte } no lo es). Guárdelo en UTF-8 y vuelva a abrirlo.
own-data-not-json = { $name } no es un archivo JSON ({ $at }: { $detail }).
own-data-too-deep = { $name } anida listas u objetos a más de 128 niveles de profundidad ({ $at }), cuando una compilación solo necesita unos pocos. No se ha comprobado más.
own-data-failed = La comprobación se detuvo: { $reason }. No ha cambiado nada; puede probar con otro archivo.
own-data-problems = { $count ->
    [one] { $count } problema en { $name }
   *[other] { $count } problemas en { $name }
}
own-data-problems-hint = Cada fila indica el elemento, el campo dentro de él y lo que está mal (en inglés, como lo dice la herramienta de datos). Se sigue mostrando la compilación incluida.
own-data-listed-first = Se muestran los primeros { $listed }.
own-data-col-item = Elemento
own-data-col-field = Campo
own-data-col-problem = Qué está mal
own-data-valid = { $name } supera todas las comprobaciones: { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
} para explorar.
own-data-valid-counts = Principios: { $principles }. Directrices: { $guidelines }. Prácticas y actividades: { $profiles }. Instrumentos: { $instruments }.
own-data-warnings = { $count ->
    [one] { $count } detalle que conviene revisar (no impide cargar el archivo):
   *[other] { $count } detalles que conviene revisar (no impiden cargar el archivo):
}
own-data-use = Explorar este archivo durante esta visita
own-data-preparing = Preparando { $name }…
own-data-banner-label = Su propio archivo de datos
own-data-banner = Está viendo su propio archivo de datos { $name }: { $count ->
    [one] { $count } elemento
   *[other] { $count } elementos
}.
own-data-banner-links = Los enlaces que comparta desde aquí abren la compilación incluida, no su archivo; lo mismo ocurre al recargar la página o cambiar de idioma.
own-data-back = Volver a la compilación incluida
about-own-data = ¿Edita la compilación? Compruebe un archivo revisado, y explórelo antes de publicarlo, en la página
## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = Correspondencias
crosswalk-heading = Correspondencias: principios, objetivos del Pacto Mundial y metas de los ODS
crosswalk-intro = Cómo se relacionan los principios del Marco con los objetivos del Pacto Mundial para la Migración Segura, Ordenada y Regular (Pacto Mundial sobre Migración) y con las metas de los Objetivos de Desarrollo Sostenible (ODS) relativas a la migración laboral. El número de una celda cuenta las prácticas y actividades del principio y abre la lista de esas prácticas y actividades.
crosswalk-basis-note = Ningún documento publicado establece la correspondencia entre los principios del Marco y los objetivos del Pacto Mundial o las metas de los ODS: cada vínculo que aparece aquí es una correspondencia de los editores, no de una fuente. Las prácticas y actividades se relacionan con un objetivo o una meta solo a través de sus principios.
crosswalk-gcm-heading = Principios y objetivos del Pacto Mundial
crosswalk-sdg-heading = Principios y metas de los ODS
crosswalk-gcm-caption = Principios (filas) vinculados con los objetivos 1 a 23 del Pacto Mundial (columnas), según la correspondencia de los editores
crosswalk-sdg-caption = Principios (filas) vinculados con las metas e indicadores de los ODS (columnas), según la correspondencia de los editores
crosswalk-principle-column = Principio
crosswalk-no-link = sin vínculo
crosswalk-scroll-hint = En una pantalla estrecha, la tabla se desplaza horizontalmente; los principios siguen a la vista.
crosswalk-key-gcm = Los objetivos del Pacto Mundial, en pocas palabras nuestras
crosswalk-key-sdg = Las metas e indicadores de los ODS, en pocas palabras nuestras
crosswalk-cell-editors = prácticas y actividades de este principio (correspondencia de los editores)
crosswalk-cell-source = prácticas y actividades de este principio (vínculo establecido por una fuente)
basis-editors = Correspondencia de los editores
basis-source = Establecido por una fuente
basis-editors-explained = Correspondencia de los editores: ningún documento publicado relaciona los principios del Marco con los objetivos del Pacto Mundial o las metas de los ODS, de modo que este vínculo es nuestra propia lectura.
type-gcm-objective = Objetivo del Pacto Mundial
type-sdg-target = Meta de los ODS
type-sdg-indicator = Indicador de los ODS
# "GCM objective 6: Fair, ethical recruitment and decent working conditions"
gcm-objective-title = Objetivo { $number } del Pacto Mundial: { $title }
# "SDG target 10.7: …"
sdg-target-title = Meta { $id } de los ODS: { $title }
sdg-indicator-title = Indicador { $id } de los ODS: { $title }
facet-gcm = Objetivo del Pacto Mundial
facet-sdg = Meta de los ODS
facet-crosswalk-help = A través de los principios del elemento, según la correspondencia de los editores (ninguna fuente vincula ambos).
crosswalk-principles-heading = Principios vinculados
crosswalk-practices-heading = Prácticas, a través de estos principios
crosswalk-activities-heading = Actividades, a través de estos principios
crosswalk-instruments-heading = Instrumentos, a través de estos principios
# Under a practice on an objective's page: "through principle 13", "through principles 5, 12"
crosswalk-through = { $count ->
    [one] a través del principio { $numbers }
   *[other] a través de los principios { $numbers }
}
principle-gcm-heading = Objetivos del Pacto Mundial (correspondencia de los editores)
principle-sdg-heading = Metas de los ODS (correspondencia de los editores)
crosswalk-see-all = Ver todas las correspondencias
crosswalk-field-number = Número oficial
crosswalk-item-note = Los principios siguientes están vinculados aquí por la correspondencia de los editores, no por una fuente publicada. Las prácticas, actividades e instrumentos indicados son los de esos principios.
crosswalk-title-note = El título es una formulación breve nuestra, no el texto oficial; la fuente que figura más abajo da el texto oficial.
profile-crosswalk-heading = Objetivos del Pacto Mundial y metas de los ODS, a través de sus principios
