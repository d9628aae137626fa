# MFLM Explorer: every word of the interface, in English (the reference catalogue).
# Each other language's file (fr.ftl, es.ftl, ar.ftl, zh.ftl, ru.ftl) has exactly these
# message ids; a native test fails when one is missing or extra.
# Syntax: https://projectfluent.org/ (variables are { $name }; plural forms use
# { $count -> [one] ... *[other] ... }, with the language's own CLDR categories).
# Data text (titles, summaries, vocabulary labels) is not here: it comes from data/.


app-name = MFLM Explorer
tagline = The ILO Multilateral Framework on Labour Migration: principles, guidelines, instruments and practices
skip-to-content = Skip to content
nav-label = Main
nav-browse = Search
nav-overview = Framework
nav-instruments = Instruments
nav-shortlist = Shortlist
nav-about = About
loading = Loading the Framework…
load-failed-title = The Framework data could not be loaded
load-failed-body = The explorer needs its data file (data/framework.json) next to this page. Check your connection, or ask whoever hosts this copy to check the file.
load-failed-problems = Problems found in the data file:
retry = Try again
unofficial-notice = An independent reading aid, not an ILO publication. Summaries are in our own words; see About for what is not confirmed.
search-label = Search the Framework
search-placeholder = e.g. recruitment, domestic work, Philippines
search-hint = Searches titles, summaries, countries and keywords. Accents and case do not matter.
filters-heading = Filters
show-filters = Show filters
hide-filters = Hide filters
filters-done = Show the results ({ $count })
clear-all = Clear all filters
show-fewer = Show fewer
sort-label = Sort by
no-results-title = Nothing matches
no-results-body = Try fewer words or remove a filter.
results-heading = Results
previous-page = Previous page
next-page = Next page
pagination-label = Result pages
type-principle = Principle
type-guideline = Guideline
type-practice = Practice
type-activity = ILO activity
type-instrument = Instrument
type-subdivision = Sub-division
type-country = Country
field-type = Type
field-regions = Region
field-countries = Countries
field-areas = Groupings
field-sectors = Sectors
field-principles = Principles
field-period = Period
field-actors = Actors
field-instruments = Instruments
field-guidelines = Guidelines
field-source = Source
field-tags = Keywords
field-year = Year
field-annex-i = In Annex I
field-subdivision = Sub-division
none = None recorded
why-good-heading = Why it is a good practice
certainty-heading = How certain this is
guidelines-heading = Guidelines
practices-heading = Practices that illustrate it
activities-heading = Related ILO activities
instruments-heading = Instruments it rests on
principles-heading = Principles
limitations-heading = What this compilation does not establish
about-heading = About this explorer
shortlist-heading = Your shortlist
shortlist-empty = Your shortlist is empty. Use “Add to shortlist” on any practice to keep it here, on this device.
shortlist-add = Add to shortlist
shortlist-remove = Remove from shortlist
shortlist-print = Print shortlist
shortlist-clear = Empty shortlist
shortlist-reset-notice = Your saved shortlist could not be read on this device and has been started afresh.
back-to-results = Back to results
back-to-page = Back to { $page }
not-found-title = Not found
not-found-body = This link points to an item that is not in the data. It may have been renamed.
overview-intro = The Framework groups its 15 principles into nine sub-divisions. Each principle has guidelines under it.
instruments-intro = International instruments relevant to migrant workers. The Framework's Annex I lists such instruments; its exact list is not confirmed here, so each shows how sure we are that it is included.
guideline-summary-badge = Our summary, not Framework text
guideline-summary-explained = This is a theme the Framework's guidelines cover, written in our words. The Framework's own guideline wording and numbers are not included.
guideline-framework-badge = Framework guideline
paraphrase-notice = Paraphrased in our own words; not the Framework's wording.
details-confidence-medium = Some details are not certain: the source text was partly unreadable.
details-confidence-low = Details are uncertain.
links-database-tags = Principle links come from the ILO good-practices database's own tags.
links-database-themes = Principle links follow from the themes the ILO database names.
links-compiler = Principle links are our own classification.
annex-ii-confirmed = Confirmed as one of the Framework's Annex II examples.
annex-ii-likely = Possibly one of the Framework's Annex II examples: not confirmed.
annex-ii-not-established = Not known to be one of the Framework's Annex II examples.
annex-i-high = Annex I membership likely (high confidence, not confirmed)
annex-i-medium = Annex I membership not confirmed (medium confidence)
annex-i-low = Annex I membership not confirmed (low confidence)
wording-high = Paraphrase checked against sources (high confidence).
wording-medium = Paraphrase not fully checked against the Framework's text (medium confidence).
wording-low = Paraphrase uncertain (low confidence).
mapping-not-confirmed = Which principles sit in this sub-division is not fully confirmed.
new-version = A new version of the explorer is available.
reload = Reload
offline-ready = Ready to use offline.
close-notice = Close this notice
# What follows a label before its value ("Source: ..."); French puts a no-break space before the colon, Chinese uses a full-width colon.
label-colon = :{" "}
# Shown when a file of the offline copy is missing or corrupt and cannot be fetched again
# (no connection). Also read by the service worker (public/sw.js) for its own page: keep it
# one line, plain text.
offline-damaged = This offline copy is damaged: connect to the internet once to repair it.
previous-item = Previous
next-item = Next
principle-nav-label = Other principles
field-parts = Lettered parts
field-note = Note
field-principle = Principle
field-official-number = Official number
field-category = Category
field-document = Document
field-reference = Reference
field-locator = Where in it
field-address = Web address
field-title = Title
field-publisher = Publisher
field-adopted = Adopted
field-published = Published
field-isbn = ISBN
field-practices = Practices
field-cited-by = Cited by practices
details-heading = Details
guideline-practices-heading = Practices linked to this guideline
guideline-activities-heading = ILO activities linked to this guideline
instrument-practices-heading = Practices that cite it
instrument-activities-heading = ILO activities that cite it
country-practices-heading = Practices in this country
country-activities-heading = ILO activities in this country
country-search-link = Search everything linked to this country
subdivision-title-not-confirmed = This title is in our words; the Framework's own heading for this sub-division is not confirmed.
overview-heading = The Framework at a glance
about-framework-heading = The Framework itself
about-confidence-heading = How certainty is shown
sources-heading = Sources
report-heading = Reporting a problem
report-body = Found a mistake, a broken link or something unclear? Tell whoever gave you this copy of the explorer, and include the page's web address so they can find the item.
unknown-source = Unnamed source
did-you-mean = Did you mean:
match-in-summary = In the summary
match-elsewhere = Also matches

## Facets (the filter panel's groups)
facet-type = Type
facet-kind = What it is
facet-principle = Principle
facet-region = Region
facet-sector = Sector
facet-country = Country
facet-instrument = Instrument
facet-actor = Actor

## Sort orders
sort-relevance = Relevance
sort-title = Title (A–Z)
sort-newest = Newest first

## How certainty is shown (About page), one point each
about-confidence-1 = Principle titles and summaries are our own paraphrases, never the Framework's wording. Each principle page says how closely its paraphrase is known to follow the Framework.
about-confidence-2 = Guidelines marked “Our summary, not Framework text” are themes the guidelines cover, in our words. Only guidelines shown with an official number were checked against the 2006 publication.
about-confidence-3 = No instrument is claimed to be in Annex I. Each instrument says how likely it is that Annex I lists it.
about-confidence-4 = Each practice says how certain its details are, where its links to principles come from, and whether it is known to be one of the Framework's Annex II examples.
about-confidence-5 = Where a sub-division's title or its list of principles is not confirmed, its page says so.

## Messages with values
results-count = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
# "Page 2 of 5 · Showing 26–50 of 120"
page-position = Page { $page } of { $pages } · Showing { $first }–{ $last } of { $total }
# The filter button on a phone, with how many filters are on: "Show filters (2 on)"
active-count = { $label } ({ $count } on)
show-all-count = Show all ({ $count })
# An option's count beside its label in the filter panel
option-count = ({ $count })
principle-title = Principle { $number }: { $title }
principle-short = Principle { $number }
principle-option = { $number }. { $title }
subdivision-title = { $id }. { $title }
# "Previous: Principle 3"
pager-step = { $direction }: { $target }
actor-with-name = { $kind }: { $name }
compiled-on = Compilation revised { $date }.
shortlist-count = { $count ->
    [0] Shortlist
   *[other] Shortlist ({ $count })
}
page-title = { $heading } · MFLM Explorer
# The tab's title when the reader has searched (filters then follow, as "Filters (2 on)")
search-title = Search: { $query }
data-problems = { $count ->
    [one] { $count } problem in data/framework.json.
   *[other] { $count } problems in data/framework.json.
}
request-failed = The request failed: { $error }
server-answered = The server answered { $status } { $statusText }.
response-unreadable = The response could not be read: { $error }
not-utf8 = The data file is not UTF-8 text (byte { $byte } is not valid UTF-8).

## Languages
# The language menu's label; each language is listed by its own name.
language-label = Language
# A short marker beside content shown in English because it has no translation yet.
lang-marker = EN
lang-marker-title = In English: no translation yet
# Shown once, at the top, in languages whose content is not translated (only the interface is).
content-in-english = The interface is in your language. Titles, summaries and practices are shown in English, marked EN.
# Shown on the About page in languages whose content we translated.
our-translation = The titles and summaries in this language are our own translation of our English texts; they are not ILO texts. Official names of instruments are given as officially published.

## Recovery screen (shown if the app stops on an unexpected error)
recovery-title = Something went wrong
recovery-body = The explorer stopped because of an unexpected error. Reloading usually helps. If it happens again, reset the data saved on this device; export your shortlist first to keep it.
recovery-reload = Reload
recovery-export = Export your shortlist (JSON)
recovery-reset = Reset saved data

## Exports (made in the browser; nothing is sent anywhere)
export-label = Export
export-csv = CSV (spreadsheet)
export-json = JSON (data file)
export-markdown = Markdown (handout)
export-ris = RIS (reference manager)
cite-this = Cite this
copy-text = Copy
copy-done = Copied
copy-refused = Copying is not allowed here: select the text and copy it yourself.
# The title of an exported list of search results
export-results-title = MFLM Explorer: search results

## QR codes of a view (to project, or to open the same view on a phone)
qr-show = QR code of this view
qr-alt = QR code of the address below

## Presentation mode (one item per screen, for projectors)
present = Present (one item per screen)
present-label = Presentation
present-previous = Previous
present-next = Next
present-exit = Exit (Esc)
present-empty = Nothing to present.
present-position = { $at } / { $total }

## Several named shortlists, with notes, shared by link
list-choose = List
list-new-name = New list's name
list-create = Make a new list
list-rename = Name of this list
list-delete = Delete this list
share-heading = Share this list
share-explained = This link carries the list itself (its name, practices and order, not your notes): anyone who opens it sees the same list and can keep a copy.
shared-list-notice = A list shared with you by link. It is not saved on this device until you keep a copy.
keep-copy = Keep a copy
note-label = Your note
move-up = Move up
move-down = Move down

## Propose a practice: a form that makes a file to send (nothing is sent)
nav-propose = Propose a practice
about-propose = Know of a practice that belongs here? Describe it with the form “Propose a practice”: it makes a file to send to the editors, and sends nothing itself.
propose-heading = Propose a practice
propose-intro = Know of a law, agreement, service or programme that others could learn from? Describe it here, with the document that reports it. Nothing is sent: the form makes a file for you to send, with a text to paste in your e-mail, to whoever gave you this copy of the explorer.
propose-kept = What you type is kept in this browser tab until you close it.
propose-required = (required)
propose-title = Title
propose-title-help = A short title in your own words, in English if you can.
propose-summary = Summary
propose-summary-help = What was done, by whom, and what the source says it achieved. Say no more than the source.
propose-kind = Kind of practice
propose-choose = Choose…
propose-countries = Countries
propose-countries-help = Leave empty for regional or global work. Adding a country ticks its region.
propose-add-country = Add the country
propose-instruments = Instruments
propose-instruments-help = Conventions and other instruments the practice applies, if any.
propose-add-instrument = Add the instrument
propose-remove = Remove { $name }
propose-regions = Regions
propose-sectors = Sectors
propose-sectors-help = “All sectors” for work that is not about one sector.
propose-period = Period
propose-period-help = The year or years as the source gives them: 2019, 2004-2006, 2010 onwards.
propose-actors = Actors
propose-actors-help = Who did it: the type of actor, and the name as the source gives it.
propose-actor-type = Type of actor { $row }
propose-actor-name = Name of actor { $row }
propose-add-actor = Add another actor
propose-remove-actor = Remove actor { $row }
propose-principles = Principles
propose-principles-help = The Framework's principles the practice illustrates.
propose-guidelines = Guideline themes
propose-guidelines-help = Themes of the guidelines under the principles you ticked, if any fit.
propose-tags = Keywords
propose-tags-help = Up to five, separated by commas.
propose-source-heading = The source
propose-source-help = The document that reports the practice: a report, a law, an agreement, a web page.
propose-source-title = Title of the document
propose-source-citation = Publisher, place and date
propose-source-locator = Where in it
propose-source-locator-help = A page, paragraph or section, so the editors can find the passage.
propose-source-url = Web address of the document
propose-source-url-help = Starting with https://
propose-contact = Your name and e-mail
propose-contact-help = So the editors can ask you a question. It goes only into the file you send.
propose-submit = Check and make the file
propose-clear = Clear the form
propose-errors-heading = Problems to fix: { $count }
propose-error-line = { $field }: { $message }
propose-error-required = This is required.
propose-error-too-long = At most { $max } characters.
propose-error-too-many = At most { $max }.
propose-error-markup = Write plain text: “{ $tag }” looks like markup.
propose-error-invisible = Remove the invisible character U+{ $code }.
propose-error-control = Remove the control character U+{ $code }.
propose-error-unknown = “{ $value }” is not in the list.
propose-error-unknown-suggest = “{ $value }” is not in the list. Did you mean “{ $suggestion }”?
propose-error-repeated = “{ $value }” is given twice.
propose-error-https = Give a web address that starts with https://
propose-error-region = { $country } is in the region “{ $region }”: tick that region too.
propose-done-heading = Your proposal is ready
propose-done-body = Download the file and send it, with the text below, to whoever gave you this copy of the explorer. Nothing has been sent.
propose-download = Download the proposal file
propose-email-label = Text for your e-mail
propose-copy = Copy the text
## Open data: the compilation's files to download
nav-open-data = Open data
open-data-heading = Open data
open-data-intro = The whole compilation, to download and reuse: as JSON, exactly the file this explorer reads, and as CSV, one table per kind of item, for spreadsheets. The files are made from the same data each time the explorer is built, so they always match what it shows. They come from this copy of the explorer itself, work offline too, and nothing is sent anywhere.
open-data-own-file-note = While you view your own data file, these files are still the bundled compilation's, not your file's.
open-data-loading = Reading the list of files…
open-data-unavailable = The list of files could not be read. This copy of the explorer may have been built without them.
open-data-files-heading = Files
open-data-col-file = File
open-data-col-contents = Contents
open-data-col-format = Format
open-data-col-rows = Rows
open-data-col-size = Size
open-data-version = Data format version { $version }; compilation revised { $date }.
open-data-about-compilation = The whole compilation: principles, guidelines, instruments, practices and activities, vocabularies and sources, with each item's source and certainty. The very file this explorer reads.
open-data-about-schema = The JSON Schema of the compilation file: every field, its type and what it holds.
open-data-about-translation-schema = The JSON Schema of the translation files.
open-data-about-translation = { $lang ->
    [fr] French translation of the compilation's own texts (titles, summaries, labels), by item id.
    [es] Spanish translation of the compilation's own texts (titles, summaries, labels), by item id.
   *[other] Translation ({ $lang }) of the compilation's own texts, by item id.
}
open-data-about-table = { $table ->
    [subdivisions] The Framework's sub-divisions and the principles in each.
    [principles] The principles: our short titles and summaries, and their sub-division.
    [guidelines] The guidelines, by principle: the themes they cover, in our words.
    [instruments] International instruments: conventions, recommendations and other texts, with the principles they underpin and how sure their Annex I listing is.
    [profiles] Practices and ILO activities: countries, regions, sectors, period, actors, linked principles, guidelines and instruments, and certainty.
    [gcm-objectives] The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration: official numbers, short titles in our words.
    [sdg-targets] The Sustainable Development Goal targets and the indicator that concern labour migration: short titles in our words.
    [crosswalk] The links from principles to GCM objectives and SDG targets, each with its basis (our mapping, or a source).
    [sources] The documents and databases the items cite.
    [countries] Countries (ISO 3166 three-letter codes) and their region.
    [regions] Regions (vocabulary).
    [sectors] Economic sectors (vocabulary).
    [actor-types] Kinds of actor (vocabulary).
    [profile-kinds] Kinds of practice (vocabulary).
    [instrument-types] Kinds of instrument (vocabulary).
   *[other] The items of the list “{ $table }”.
}
open-data-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
open-data-size = { $kilobytes } KB
open-data-csv-note = About the CSV files: UTF-8 with a byte order mark (so spreadsheets show accents correctly), comma-separated, with one header row. A cell with several values (countries, principle numbers) separates them with a semicolon and a space; a practice's actors are written “type: name”. Texts have one column per language, such as title.en; translations are in the translation files. Ids link the tables to one another, as in the JSON file.
open-data-checksums-note = For programs: open-data/index.json, next to the explorer, lists every file with its size, row count and SHA-256 checksum.
open-data-licence-heading = Licence
open-data-licence-link = Licence:
about-open-data-link = Download the whole compilation as open data (JSON and CSV)
## Your own data file (issue 16): check a compilation file and explore it for this visit
nav-own-data = Your own data file
own-data-heading = Your own data file
own-data-intro = Open a compilation file (JSON in the shape of data/framework.json, such as a revised copy) to check it with the same checks as the bundled data. If it passes, you can explore it in place of the bundled compilation.
own-data-private = Nothing is uploaded: the file is read by this browser only. Nothing is kept either: reloading the page brings back the bundled compilation.
own-data-translations = Our translations of the bundled texts are not applied to your file: its texts show in the languages it holds, and in English (marked EN) where it has no other.
own-data-choose = Choose a data file
own-data-drop = or drop it here
own-data-checking = Checking { $name } ({ $size } MB)…
own-data-empty = { $name } is empty: there is nothing to check.
own-data-too-large = { $name } is { $size } MB: too big to check (the limit is { $limit } MB).
own-data-too-large-here = { $name } is { $size } MB. This copy of the explorer cannot check in the background (the one-file edition cannot), so it checks files of up to { $limit } MB only. Open the explorer from a web address, or check the file with the data tool (mflm-data validate).
own-data-not-utf8 = { $name } is not UTF-8 text (byte { $byte } is not). Save it as UTF-8 and open it again.
own-data-not-json = { $name } is not a JSON file ({ $at }: { $detail }).
own-data-too-deep = { $name } nests lists or objects more than 128 levels deep ({ $at }), where a compilation needs only a few. It was not checked further.
own-data-failed = The check stopped: { $reason }. Nothing has changed; you can try another file.
own-data-problems = { $count ->
    [one] { $count } problem in { $name }
   *[other] { $count } problems in { $name }
}
own-data-problems-hint = Each row names the item, the field inside it and what is wrong (in English, as the data tool says it). The bundled compilation is still shown.
own-data-listed-first = The first { $listed } are listed.
own-data-col-item = Item
own-data-col-field = Field
own-data-col-problem = What is wrong
own-data-valid = { $name } passes every check: { $count ->
    [one] { $count } item
   *[other] { $count } items
} to browse.
own-data-valid-counts = Principles: { $principles }. Guidelines: { $guidelines }. Practices and activities: { $profiles }. Instruments: { $instruments }.
own-data-warnings = { $count ->
    [one] { $count } thing worth a look (it does not stop the file from loading):
   *[other] { $count } things worth a look (they do not stop the file from loading):
}
own-data-use = Explore this file for this visit
own-data-preparing = Preparing { $name }…
own-data-banner-label = Your own data file
own-data-banner = You are viewing your own data file { $name }: { $count ->
    [one] { $count } item
   *[other] { $count } items
}.
own-data-banner-links = Links you share from here open the bundled compilation, not your file; so does reloading the page or changing the language.
own-data-back = Back to the bundled compilation
about-own-data = Editing the compilation? Check a revised file, and explore it before it ships, on the page
## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = Crosswalk
crosswalk-heading = Crosswalk: principles, GCM objectives and SDG targets
crosswalk-intro = How the Framework's principles relate to the objectives of the Global Compact for Safe, Orderly and Regular Migration (GCM) and to the Sustainable Development Goal (SDG) targets on labour migration. A number in a cell counts the principle's practices and activities; it opens the list of those practices and activities.
crosswalk-basis-note = No published document maps the Framework's principles to GCM objectives or SDG targets: every link here is the editors' mapping, not a source's. Practices and activities are related to an objective or target only through their principles.
crosswalk-gcm-heading = Principles and GCM objectives
crosswalk-sdg-heading = Principles and SDG targets
crosswalk-gcm-caption = Principles (rows) linked to GCM objectives 1 to 23 (columns), by the editors' mapping
crosswalk-sdg-caption = Principles (rows) linked to SDG targets and indicators (columns), by the editors' mapping
crosswalk-principle-column = Principle
crosswalk-no-link = not linked
crosswalk-scroll-hint = On a narrow screen the table scrolls sideways; the principles stay in view.
crosswalk-key-gcm = The GCM objectives, in our short words
crosswalk-key-sdg = The SDG targets and indicators, in our short words
crosswalk-cell-editors = practices and activities of this principle (editors' mapping)
crosswalk-cell-source = practices and activities of this principle (link stated by a source)
basis-editors = Editors' mapping
basis-source = Stated by a source
basis-editors-explained = Editors' mapping: no published document relates the Framework's principles to GCM objectives or SDG targets, so this link is our own reading.
type-gcm-objective = GCM objective
type-sdg-target = SDG target
type-sdg-indicator = SDG indicator
# "GCM objective 6: Fair, ethical recruitment and decent working conditions"
gcm-objective-title = GCM objective { $number }: { $title }
# "SDG target 10.7: …"
sdg-target-title = SDG target { $id }: { $title }
sdg-indicator-title = SDG indicator { $id }: { $title }
facet-gcm = GCM objective
facet-sdg = SDG target
facet-crosswalk-help = Through the item's principles, by the editors' mapping (no source links the two).
crosswalk-principles-heading = Principles linked to it
crosswalk-practices-heading = Practices, through these principles
crosswalk-activities-heading = Activities, through these principles
crosswalk-instruments-heading = Instruments, through these principles
# Under a practice on an objective's page: "through principle 13", "through principles 5, 12"
crosswalk-through = { $count ->
    [one] through principle { $numbers }
   *[other] through principles { $numbers }
}
principle-gcm-heading = GCM objectives (editors' mapping)
principle-sdg-heading = SDG targets (editors' mapping)
crosswalk-see-all = See the whole crosswalk
crosswalk-field-number = Official number
crosswalk-item-note = The principles below are linked here by the editors' mapping, not by a published source. The practices, activities and instruments listed are those of these principles.
crosswalk-title-note = The title is our short wording, not the official text; the source below gives the official one.
profile-crosswalk-heading = GCM objectives and SDG targets, through its principles
