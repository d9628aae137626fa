# MFLM Explorer : chaque mot de l'interface, en français (traduit de en.ftl, le catalogue de référence).
# Mêmes identifiants de message que en.ftl ; catégories de pluriel CLDR du français : one (0 et 1), many, other.
# Syntax: https://projectfluent.org/ (variables are { $name }).
# Data text (titles, summaries, vocabulary labels) is not here: it comes from data/.


app-name = MFLM Explorer
tagline = Cadre multilatéral de l'OIT pour les migrations de main-d'œuvre : principes, lignes directrices, instruments et pratiques
skip-to-content = Aller au contenu
nav-label = Principale
nav-browse = Rechercher
nav-overview = Le Cadre
nav-instruments = Instruments
nav-shortlist = Ma sélection
nav-about = À propos
loading = Chargement du Cadre…
load-failed-title = Impossible de charger les données du Cadre
load-failed-body = L'application a besoin de son fichier de données (data/framework.json), placé à côté de cette page. Vérifiez votre connexion ou demandez à la personne qui héberge cette copie de vérifier le fichier.
load-failed-problems = Problèmes détectés dans le fichier de données :
retry = Réessayer
unofficial-notice = Outil de lecture indépendant, et non une publication de l'OIT. Les résumés sont rédigés avec nos propres mots ; voir « À propos » pour ce qui n'est pas confirmé.
search-label = Rechercher dans le Cadre
search-placeholder = ex. : recrutement, travail domestique, Philippines
search-hint = Recherche dans les titres, les résumés, les pays et les mots-clés, sans tenir compte des accents ni des majuscules.
filters-heading = Filtres
show-filters = Afficher les filtres
hide-filters = Masquer les filtres
filters-done = Voir les résultats ({ $count })
clear-all = Effacer tous les filtres
show-fewer = Afficher moins
sort-label = Trier par
no-results-title = Aucune correspondance
no-results-body = Essayez avec moins de mots ou retirez un filtre.
results-heading = Résultats
previous-page = Page précédente
next-page = Page suivante
pagination-label = Pages de résultats
type-principle = Principe
type-guideline = Ligne directrice
type-practice = Pratique
type-activity = Activité de l'OIT
type-instrument = Instrument
type-subdivision = Subdivision
type-country = Pays
field-type = Type
field-regions = Région
field-countries = Pays
field-areas = Groupes de pays
field-sectors = Secteurs
field-principles = Principes
field-period = Période
field-actors = Acteurs
field-instruments = Instruments
field-guidelines = Lignes directrices
field-source = Source
field-tags = Mots-clés
field-year = Année
field-annex-i = À l'annexe I
field-subdivision = Subdivision
none = Non renseigné
why-good-heading = Pourquoi c'est une bonne pratique
certainty-heading = Degré de certitude
guidelines-heading = Lignes directrices
practices-heading = Pratiques qui l'illustrent
activities-heading = Activités de l'OIT connexes
instruments-heading = Instruments sur lesquels il repose
principles-heading = Principes
limitations-heading = Ce que cette compilation n'établit pas
about-heading = À propos de cet outil
shortlist-heading = Votre sélection
shortlist-empty = Votre sélection est vide. Utilisez « Ajouter à la sélection » sur une pratique pour la conserver ici, sur cet appareil.
shortlist-add = Ajouter à la sélection
shortlist-remove = Retirer de la sélection
shortlist-print = Imprimer la sélection
shortlist-clear = Vider la sélection
shortlist-reset-notice = Votre sélection enregistrée n'a pas pu être lue sur cet appareil ; une nouvelle sélection a été commencée.
back-to-results = Retour aux résultats
back-to-page = Retour à « { $page } »
not-found-title = Introuvable
not-found-body = Ce lien renvoie à un élément qui ne figure pas dans les données. Il a peut-être été renommé.
overview-intro = Le Cadre regroupe ses 15 principes en neuf subdivisions. Chaque principe est assorti de lignes directrices.
instruments-intro = Instruments internationaux pertinents pour les travailleurs migrants. L'annexe I du Cadre énumère de tels instruments ; sa liste exacte n'est pas confirmée ici, c'est pourquoi chaque instrument indique dans quelle mesure nous sommes sûrs qu'il y figure.
guideline-summary-badge = Notre résumé, pas le texte du Cadre
guideline-summary-explained = Il s'agit d'un thème que couvrent les lignes directrices du Cadre, formulé avec nos propres mots. Le libellé et la numérotation des lignes directrices du Cadre ne sont pas reproduits.
guideline-framework-badge = Ligne directrice du Cadre
paraphrase-notice = Paraphrase rédigée avec nos propres mots ; ce n'est pas le libellé du Cadre.
details-confidence-medium = Certains détails sont incertains : le texte source était en partie illisible.
details-confidence-low = Les détails sont incertains.
links-database-tags = Les liens avec les principes proviennent des étiquettes de la base de données de l'OIT sur les bonnes pratiques.
links-database-themes = Les liens avec les principes découlent des thèmes cités par la base de données de l'OIT.
links-compiler = Les liens avec les principes relèvent de notre propre classement.
annex-ii-confirmed = Exemple confirmé de l'annexe II du Cadre.
annex-ii-likely = Peut-être l'un des exemples de l'annexe II du Cadre : non confirmé.
annex-ii-not-established = Ne figure pas, à notre connaissance, parmi les exemples de l'annexe II du Cadre.
annex-i-high = Inscription à l'annexe I probable (confiance élevée, non confirmée)
annex-i-medium = Inscription à l'annexe I non confirmée (confiance moyenne)
annex-i-low = Inscription à l'annexe I non confirmée (confiance faible)
wording-high = Paraphrase vérifiée par rapport aux sources (confiance élevée).
wording-medium = Paraphrase pas entièrement vérifiée par rapport au texte du Cadre (confiance moyenne).
wording-low = Paraphrase incertaine (confiance faible).
mapping-not-confirmed = La liste des principes qui relèvent de cette subdivision n'est pas entièrement confirmée.
new-version = Une nouvelle version de l'outil est disponible.
reload = Recharger
offline-ready = Prêt pour une utilisation hors ligne.
close-notice = Fermer cet avis
label-colon = {"\u00A0"}:{" "}
offline-damaged = Cette copie hors ligne est endommagée : connectez-vous une fois à Internet pour la réparer.
previous-item = Précédent
next-item = Suivant
principle-nav-label = Autres principes
field-parts = Alinéas
field-note = Remarque
field-principle = Principe
field-official-number = Numéro officiel
field-category = Catégorie
field-document = Document
field-reference = Référence
field-locator = Emplacement
field-address = Adresse web
field-title = Titre
field-publisher = Éditeur
field-adopted = Adoption
field-published = Publication
field-isbn = ISBN
field-practices = Pratiques
field-cited-by = Cité par des pratiques
details-heading = Détails
guideline-practices-heading = Pratiques liées à cette ligne directrice
guideline-activities-heading = Activités de l'OIT liées à cette ligne directrice
instrument-practices-heading = Pratiques qui le citent
instrument-activities-heading = Activités de l'OIT qui le citent
country-practices-heading = Pratiques dans ce pays
country-activities-heading = Activités de l'OIT dans ce pays
country-search-link = Rechercher tout ce qui est lié à ce pays
subdivision-title-not-confirmed = Ce titre est formulé avec nos propres mots ; l'intitulé que le Cadre lui-même donne à cette subdivision n'est pas confirmé.
overview-heading = Le Cadre en un coup d'œil
about-framework-heading = Le Cadre lui-même
about-confidence-heading = Comment le degré de certitude est indiqué
sources-heading = Sources
report-heading = Signaler un problème
report-body = Vous avez trouvé une erreur, un lien brisé ou un passage peu clair ? Prévenez la personne qui vous a fourni cette copie de l'outil, en indiquant l'adresse web de la page pour qu'elle puisse retrouver l'élément.
unknown-source = Source sans nom
did-you-mean = Vouliez-vous dire :
match-in-summary = Dans le résumé
match-elsewhere = Autres correspondances

## Facets (the filter panel's groups)
facet-type = Type
facet-kind = Nature
facet-principle = Principe
facet-region = Région
facet-sector = Secteur
facet-country = Pays
facet-instrument = Instrument
facet-actor = Acteur

## Sort orders
sort-relevance = Pertinence
sort-title = Titre (A–Z)
sort-newest = Plus récents d'abord

## How certainty is shown (About page), one point each
about-confidence-1 = Les titres et résumés des principes sont nos propres paraphrases, jamais le libellé du Cadre. La page de chaque principe indique dans quelle mesure sa paraphrase est réputée suivre le Cadre.
about-confidence-2 = Les lignes directrices marquées « Notre résumé, pas le texte du Cadre » sont des thèmes que couvrent les lignes directrices, formulés avec nos propres mots. Seules les lignes directrices affichées avec un numéro officiel ont été vérifiées par rapport à la publication de 2006.
about-confidence-3 = Nous n'affirmons d'aucun instrument qu'il figure à l'annexe I. Chaque instrument indique la probabilité que l'annexe I le mentionne.
about-confidence-4 = Chaque pratique indique le degré de certitude de ses détails, l'origine de ses liens avec les principes et si elle est connue pour être l'un des exemples de l'annexe II du Cadre.
about-confidence-5 = Lorsque le titre d'une subdivision ou sa liste de principes n'est pas confirmé, sa page le signale.

## Messages with values
results-count = { $count ->
    [0] Aucun résultat
    [one] { $count } résultat
    [many] { $count } résultats
   *[other] { $count } résultats
}
# "Page 2 of 5 · Showing 26–50 of 120"
page-position = Page { $page } sur { $pages } · Résultats { $first } à { $last } sur { $total }
# The filter button on a phone, with how many filters are on: "Show filters (2 on)"
active-count = { $label } ({ $count ->
        [one] { $count } actif
        [many] { $count } actifs
       *[other] { $count } actifs
    })
show-all-count = Tout afficher ({ $count })
# An option's count beside its label in the filter panel
option-count = ({ $count })
principle-title = Principe { $number } : { $title }
principle-short = Principe { $number }
principle-option = { $number }. { $title }
subdivision-title = { $id }. { $title }
# "Previous: Principle 3"
pager-step = { $direction } : { $target }
actor-with-name = { $kind } : { $name }
compiled-on = Dernière révision de la compilation : { $date }.
shortlist-count = { $count ->
    [0] Ma sélection
    [one] Ma sélection ({ $count })
    [many] Ma sélection ({ $count })
   *[other] Ma sélection ({ $count })
}
page-title = { $heading } · MFLM Explorer
search-title = Recherche{"\u00A0"}: { $query }
data-problems = { $count ->
    [one] { $count } problème dans data/framework.json.
    [many] { $count } problèmes dans data/framework.json.
   *[other] { $count } problèmes dans data/framework.json.
}
request-failed = La requête a échoué : { $error }
server-answered = Le serveur a répondu { $status } { $statusText }.
response-unreadable = La réponse n'a pas pu être lue : { $error }
not-utf8 = Le fichier de données n'est pas du texte UTF-8 (l'octet { $byte } n'est pas de l'UTF-8 valide).

## Languages
# The language menu's label; each language is listed by its own name.
language-label = Langue
# A short marker beside content shown in English because it has no translation yet.
lang-marker = EN
lang-marker-title = En anglais : pas encore de traduction
# Shown once, at the top, in languages whose content is not translated (only the interface is).
content-in-english = L'interface est dans votre langue. Les titres, résumés et pratiques sont affichés en anglais, signalés par EN.
# Shown on the About page in languages whose content we translated.
our-translation = Dans cette langue, les titres et les résumés sont notre propre traduction de nos textes anglais ; ce ne sont pas des textes de l'OIT. Les noms officiels des instruments sont donnés tels qu'ils ont été officiellement publiés.

## Écran de reprise (affiché si l'application s'arrête sur une erreur inattendue)
recovery-title = Un problème est survenu
recovery-body = L'explorateur s'est arrêté à cause d'une erreur inattendue. Recharger la page suffit en général. Si le problème se reproduit, réinitialisez les données enregistrées sur cet appareil ; exportez d'abord votre sélection pour la conserver.
recovery-reload = Recharger
recovery-export = Exporter votre sélection (JSON)
recovery-reset = Réinitialiser les données enregistrées

## Exports (créés dans le navigateur ; rien n'est envoyé)
export-label = Exporter
export-csv = CSV (tableur)
export-json = JSON (fichier de données)
export-markdown = Markdown (document à distribuer)
export-ris = RIS (gestionnaire de références)
cite-this = Citer
copy-text = Copier
copy-done = Copié
copy-refused = La copie n'est pas permise ici : sélectionnez le texte et copiez-le vous-même.
export-results-title = MFLM Explorer : résultats de recherche

## Codes QR d'une vue (à projeter, ou pour ouvrir la même vue sur un téléphone)
qr-show = Code QR de cette vue
qr-alt = Code QR de l'adresse ci-dessous

## Mode présentation (un élément par écran, pour les projecteurs)
present = Présenter (un élément par écran)
present-label = Présentation
present-previous = Précédent
present-next = Suivant
present-exit = Quitter (Échap)
present-empty = Rien à présenter.
present-position = { $at } / { $total }

## Plusieurs sélections nommées, avec des notes, partagées par lien
list-choose = Liste
list-new-name = Nom de la nouvelle liste
list-create = Créer une liste
list-rename = Nom de cette liste
list-delete = Supprimer cette liste
share-heading = Partager cette liste
share-explained = Ce lien contient la liste elle-même (son nom, ses pratiques et leur ordre, mais pas vos notes) : toute personne qui l'ouvre voit la même liste et peut en garder une copie.
shared-list-notice = Une liste partagée avec vous par un lien. Elle n'est pas enregistrée sur cet appareil tant que vous n'en gardez pas une copie.
keep-copy = Garder une copie
note-label = Votre note
move-up = Monter
move-down = Descendre

## Propose a practice: a form that makes a file to send (nothing is sent)
nav-propose = Proposer une pratique
about-propose = Vous connaissez une pratique qui aurait sa place ici ? Décrivez-la avec le formulaire « Proposer une pratique » : il prépare un fichier à envoyer aux responsables de la compilation et n'envoie rien lui-même.
propose-heading = Proposer une pratique
propose-intro = Vous connaissez une loi, un accord, un service ou un programme dont d'autres pourraient s'inspirer ? Décrivez-le ici, avec le document qui en rend compte. Rien n'est envoyé : le formulaire prépare un fichier, et un texte à coller dans votre courriel, que vous enverrez vous-même à la personne qui vous a fourni cette copie de l'outil.
propose-kept = Ce que vous saisissez est conservé dans cet onglet du navigateur jusqu'à sa fermeture.
propose-required = (obligatoire)
propose-title = Titre
propose-title-help = Un titre court, formulé par vous, en anglais si possible.
propose-summary = Résumé
propose-summary-help = Ce qui a été fait, par qui, et ce que la source dit en avoir obtenu. N'en dites pas plus que la source.
propose-kind = Type de pratique
propose-choose = Choisir…
propose-countries = Pays
propose-countries-help = Laissez vide pour une action régionale ou mondiale. Ajouter un pays coche sa région.
propose-add-country = Ajouter le pays
propose-instruments = Instruments
propose-instruments-help = Les conventions et autres instruments que la pratique met en œuvre, le cas échéant.
propose-add-instrument = Ajouter l'instrument
propose-remove = Retirer { $name }
propose-regions = Régions
propose-sectors = Secteurs
propose-sectors-help = « Tous secteurs » pour une action qui ne porte pas sur un secteur particulier.
propose-period = Période
propose-period-help = L'année ou les années telles que la source les donne : 2019, 2004-2006, depuis 2010.
propose-actors = Acteurs
propose-actors-help = Qui l'a mise en œuvre : le type d'acteur, et son nom tel que la source le donne.
propose-actor-type = Type de l'acteur { $row }
propose-actor-name = Nom de l'acteur { $row }
propose-add-actor = Ajouter un autre acteur
propose-remove-actor = Retirer l'acteur { $row }
propose-principles = Principes
propose-principles-help = Les principes du Cadre que la pratique illustre.
propose-guidelines = Thèmes des lignes directrices
propose-guidelines-help = Les thèmes des lignes directrices relevant des principes cochés, s'il y en a qui conviennent.
propose-tags = Mots-clés
propose-tags-help = Cinq au plus, séparés par des virgules.
propose-source-heading = La source
propose-source-help = Le document qui rend compte de la pratique : un rapport, une loi, un accord, une page web.
propose-source-title = Titre du document
propose-source-citation = Éditeur, lieu et date
propose-source-locator = Endroit dans le document
propose-source-locator-help = Une page, un paragraphe ou une section, pour que les responsables retrouvent le passage.
propose-source-url = Adresse web du document
propose-source-url-help = Commençant par https://
propose-contact = Votre nom et votre adresse électronique
propose-contact-help = Pour que les responsables puissent vous poser une question. Ils ne figurent que dans le fichier que vous envoyez.
propose-submit = Vérifier et préparer le fichier
propose-clear = Vider le formulaire
propose-errors-heading = Problèmes à corriger : { $count }
propose-error-line = { $field } : { $message }
propose-error-required = Ce champ est obligatoire.
propose-error-too-long = { $max } caractères au plus.
propose-error-too-many = { $max } au plus.
propose-error-markup = Écrivez du texte simple : « { $tag } » ressemble à du balisage.
propose-error-invisible = Supprimez le caractère invisible U+{ $code }.
propose-error-control = Supprimez le caractère de contrôle U+{ $code }.
propose-error-unknown = « { $value } » ne figure pas dans la liste.
propose-error-unknown-suggest = « { $value } » ne figure pas dans la liste. Vouliez-vous dire « { $suggestion } » ?
propose-error-repeated = « { $value } » est indiqué deux fois.
propose-error-https = Indiquez une adresse web qui commence par https://
propose-error-region = { $country } fait partie de la région « { $region } » : cochez-la aussi.
propose-done-heading = Votre proposition est prête
propose-done-body = Téléchargez le fichier et envoyez-le, avec le texte ci-dessous, à la personne qui vous a fourni cette copie de l'outil. Rien n'a été envoyé.
propose-download = Télécharger le fichier de proposition
propose-email-label = Texte pour votre courriel
propose-copy = Copier le texte
## Données ouvertes : les fichiers de la compilation à télécharger
nav-open-data = Données ouvertes
open-data-heading = Données ouvertes
open-data-intro = Toute la compilation, à télécharger et à réutiliser : en JSON, exactement le fichier que lit cet explorateur, et en CSV, un tableau par type d'élément, pour les tableurs. Les fichiers sont produits à partir des mêmes données à chaque construction de l'explorateur : ils correspondent donc toujours à ce qu'il affiche. Ils proviennent de cette copie de l'explorateur elle-même, fonctionnent aussi hors ligne, et rien n'est envoyé nulle part.
open-data-own-file-note = Pendant que vous consultez votre propre fichier de données, ces fichiers restent ceux de la compilation fournie, et non ceux de votre fichier.
open-data-loading = Lecture de la liste des fichiers…
open-data-unavailable = La liste des fichiers n'a pas pu être lue. Cette copie de l'explorateur a peut-être été construite sans eux.
open-data-files-heading = Fichiers
open-data-col-file = Fichier
open-data-col-contents = Contenu
open-data-col-format = Format
open-data-col-rows = Lignes
open-data-col-size = Taille
open-data-version = Version { $version } du format des données ; compilation révisée le { $date }.
open-data-about-compilation = Toute la compilation : principes, lignes directrices, instruments, pratiques et activités, vocabulaires et sources, avec la source et le degré de certitude de chaque élément. Le fichier même que lit cet explorateur.
open-data-about-schema = Le schéma JSON du fichier de la compilation : chaque champ, son type et ce qu'il contient.
open-data-about-translation-schema = Le schéma JSON des fichiers de traduction.
open-data-about-translation = { $lang ->
    [fr] Traduction française des textes propres à la compilation (titres, résumés, libellés), par identifiant d'élément.
    [es] Traduction espagnole des textes propres à la compilation (titres, résumés, libellés), par identifiant d'élément.
   *[other] Traduction ({ $lang }) des textes propres à la compilation, par identifiant d'élément.
}
open-data-about-table = { $table ->
    [subdivisions] Les subdivisions du Cadre et les principes que chacune contient.
    [principles] Les principes : nos titres courts et nos résumés, et leur subdivision.
    [guidelines] Les lignes directrices, par principe : les thèmes qu'elles couvrent, dans nos propres mots.
    [instruments] Les instruments internationaux : conventions, recommandations et autres textes, avec les principes qu'ils fondent et le degré de certitude de leur inscription à l'annexe I.
    [profiles] Pratiques et activités de l'OIT : pays, régions, secteurs, période, acteurs, principes, lignes directrices et instruments liés, et degré de certitude.
    [gcm-objectives] Les 23 objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières : numéros officiels, titres courts dans nos mots.
    [sdg-targets] Les cibles des objectifs de développement durable et l'indicateur qui concernent les migrations de main-d'œuvre : titres courts dans nos mots.
    [crosswalk] Les liens des principes vers les objectifs du Pacte mondial et les cibles des ODD, chacun avec sa base (notre mise en correspondance, ou une source).
    [sources] Les documents et bases de données que citent les éléments.
    [countries] Les pays (codes ISO 3166 à trois lettres) et leur région.
    [regions] Les régions (vocabulaire).
    [sectors] Les secteurs économiques (vocabulaire).
    [actor-types] Les types d'acteurs (vocabulaire).
    [profile-kinds] Les types de pratiques (vocabulaire).
    [instrument-types] Les types d'instruments (vocabulaire).
   *[other] Les éléments de la liste « { $table } ».
}
open-data-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
open-data-size = { $kilobytes } Ko
open-data-csv-note = À propos des fichiers CSV : UTF-8 avec indicateur d'ordre des octets (pour que les tableurs affichent correctement les accents), valeurs séparées par des virgules, une ligne d'en-tête. Une cellule à plusieurs valeurs (pays, numéros de principes) les sépare par un point-virgule suivi d'une espace ; les acteurs d'une pratique s'écrivent « type: nom ». Les textes ont une colonne par langue, par exemple title.en ; les traductions se trouvent dans les fichiers de traduction. Les identifiants relient les tableaux entre eux, comme dans le fichier JSON.
open-data-checksums-note = Pour les programmes : open-data/index.json, à côté de l'explorateur, liste chaque fichier avec sa taille, son nombre de lignes et sa somme de contrôle SHA-256.
open-data-licence-heading = Licence
open-data-licence-link = Licence :
about-open-data-link = Télécharger toute la compilation en données ouvertes (JSON et CSV)
## Votre propre fichier de données (issue 16) : vérifier un fichier de compilation et l'explorer le temps de la visite
nav-own-data = Votre fichier de données
own-data-heading = Votre propre fichier de données
own-data-intro = Ouvrez un fichier de compilation (du JSON de la même forme que data/framework.json, par exemple une copie révisée) pour le vérifier avec les mêmes contrôles que les données fournies. S'il les passe, vous pouvez l'explorer à la place de la compilation fournie.
own-data-private = Rien n'est envoyé : le fichier est lu par ce navigateur seulement. Rien n'est conservé non plus : recharger la page ramène la compilation fournie.
own-data-translations = Nos traductions des textes fournis ne s'appliquent pas à votre fichier : ses textes s'affichent dans les langues qu'il contient, et en anglais (marqué EN) quand il n'en a pas d'autre.
own-data-choose = Choisir un fichier de données
own-data-drop = ou déposez-le ici
own-data-checking = Vérification de { $name } ({ $size } Mo)…
own-data-empty = { $name } est vide : il n'y a rien à vérifier.
own-data-too-large = { $name } fait { $size } Mo : trop gros pour être vérifié (la limite est de { $limit } Mo).
own-data-too-large-here = { $name } fait { $size } Mo. Cette copie de l'explorateur ne peut pas vérifier en arrière-plan (l'édition en un seul fichier ne le peut pas) ; elle ne vérifie donc que les fichiers d'au plus { $limit } Mo. Ouvrez l'explorateur depuis une adresse web, ou vérifiez le fichier avec l'outil de données (mflm-data validate).
own-data-not-utf8 = { $name } n'est pas un texte UTF-8 (l'octet { $byte } ne l'est pas). Enregistrez-le en UTF-8 et ouvrez-le à nouveau.
own-data-not-json = { $name } n'est pas un fichier JSON ({ $at } : { $detail }).
own-data-too-deep = { $name } imbrique des listes ou des objets sur plus de 128 niveaux ({ $at }), alors qu'une compilation n'en demande que quelques-uns. Il n'a pas été vérifié plus avant.
own-data-failed = La vérification s'est arrêtée : { $reason }. Rien n'a changé ; vous pouvez essayer un autre fichier.
own-data-problems = { $count ->
    [one] { $count } problème dans { $name }
   *[other] { $count } problèmes dans { $name }
}
own-data-problems-hint = Chaque ligne nomme l'élément, le champ concerné et ce qui ne va pas (en anglais, comme l'indique l'outil de données). La compilation fournie reste affichée.
own-data-listed-first = Les { $listed } premiers sont listés.
own-data-col-item = Élément
own-data-col-field = Champ
own-data-col-problem = Ce qui ne va pas
own-data-valid = { $name } passe tous les contrôles : { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
} à parcourir.
own-data-valid-counts = Principes : { $principles }. Lignes directrices : { $guidelines }. Pratiques et activités : { $profiles }. Instruments : { $instruments }.
own-data-warnings = { $count ->
    [one] { $count } point à examiner (il n'empêche pas le chargement du fichier) :
   *[other] { $count } points à examiner (ils n'empêchent pas le chargement du fichier) :
}
own-data-use = Explorer ce fichier pour cette visite
own-data-preparing = Préparation de { $name }…
own-data-banner-label = Votre propre fichier de données
own-data-banner = Vous consultez votre propre fichier de données { $name } : { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}.
own-data-banner-links = Les liens que vous partagez d'ici ouvrent la compilation fournie, pas votre fichier ; recharger la page ou changer de langue aussi.
own-data-back = Revenir à la compilation fournie
about-own-data = Vous modifiez la compilation ? Vérifiez un fichier révisé, et explorez-le avant sa publication, sur la page
## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = Correspondances
crosswalk-heading = Correspondances : principes, objectifs du Pacte mondial et cibles des ODD
crosswalk-intro = Comment les principes du Cadre se rapportent aux objectifs du Pacte mondial pour des migrations sûres, ordonnées et régulières (Pacte mondial sur les migrations) et aux cibles des objectifs de développement durable (ODD) relatives aux migrations de main-d'œuvre. Le nombre d'une case compte les pratiques et activités du principe ; il ouvre la liste de ces pratiques et activités.
crosswalk-basis-note = Aucun document publié ne met en correspondance les principes du Cadre avec les objectifs du Pacte mondial ou les cibles des ODD : chaque lien présenté ici relève de la mise en correspondance des éditeurs, et non d'une source. Les pratiques et activités ne sont rattachées à un objectif ou à une cible que par l'intermédiaire de leurs principes.
crosswalk-gcm-heading = Principes et objectifs du Pacte mondial
crosswalk-sdg-heading = Principes et cibles des ODD
crosswalk-gcm-caption = Principes (lignes) reliés aux objectifs 1 à 23 du Pacte mondial (colonnes), selon la mise en correspondance des éditeurs
crosswalk-sdg-caption = Principes (lignes) reliés aux cibles et indicateurs des ODD (colonnes), selon la mise en correspondance des éditeurs
crosswalk-principle-column = Principe
crosswalk-no-link = aucun lien
crosswalk-scroll-hint = Sur un écran étroit, le tableau défile horizontalement ; les principes restent visibles.
crosswalk-key-gcm = Les objectifs du Pacte mondial, en quelques mots de notre cru
crosswalk-key-sdg = Les cibles et indicateurs des ODD, en quelques mots de notre cru
crosswalk-cell-editors = pratiques et activités de ce principe (mise en correspondance des éditeurs)
crosswalk-cell-source = pratiques et activités de ce principe (lien établi par une source)
basis-editors = Correspondance établie par les éditeurs
basis-source = Établi par une source
basis-editors-explained = Correspondance établie par les éditeurs : aucun document publié ne rattache les principes du Cadre aux objectifs du Pacte mondial ou aux cibles des ODD ; ce lien est donc notre propre lecture.
type-gcm-objective = Objectif du Pacte mondial
type-sdg-target = Cible des ODD
type-sdg-indicator = Indicateur des ODD
# "GCM objective 6: Fair, ethical recruitment and decent working conditions"
gcm-objective-title = Objectif { $number } du Pacte mondial : { $title }
# "SDG target 10.7: …"
sdg-target-title = Cible { $id } des ODD : { $title }
sdg-indicator-title = Indicateur { $id } des ODD : { $title }
facet-gcm = Objectif du Pacte mondial
facet-sdg = Cible des ODD
facet-crosswalk-help = Par l'intermédiaire des principes de l'élément, selon la mise en correspondance des éditeurs (aucune source ne relie les deux).
crosswalk-principles-heading = Principes qui y sont reliés
crosswalk-practices-heading = Pratiques, par l'intermédiaire de ces principes
crosswalk-activities-heading = Activités, par l'intermédiaire de ces principes
crosswalk-instruments-heading = Instruments, par l'intermédiaire de ces principes
# Under a practice on an objective's page: "through principle 13", "through principles 5, 12"
crosswalk-through = { $count ->
    [one] par le principe { $numbers }
   *[other] par les principes { $numbers }
}
principle-gcm-heading = Objectifs du Pacte mondial (correspondance des éditeurs)
principle-sdg-heading = Cibles des ODD (correspondance des éditeurs)
crosswalk-see-all = Voir toutes les correspondances
crosswalk-field-number = Numéro officiel
crosswalk-item-note = Les principes ci-dessous sont reliés ici par la mise en correspondance des éditeurs, et non par une source publiée. Les pratiques, activités et instruments indiqués sont ceux de ces principes.
crosswalk-title-note = Le titre est une formulation courte de notre cru, et non le texte officiel ; la source ci-dessous donne le texte officiel.
profile-crosswalk-heading = Objectifs du Pacte mondial et cibles des ODD, par l'intermédiaire de ses principes
