# MFLM Explorer: every word of the interface, in Arabic (translated from en.ftl, the reference catalogue).
# Same message ids as en.ftl; Arabic CLDR plural categories: zero, one, two, few, many, other.
# Syntax: https://projectfluent.org/ (variables are { $name }).
# Data text (titles, summaries, vocabulary labels) is not here: it comes from data/.


app-name = MFLM Explorer
tagline = الإطار المتعدد الأطراف لمنظمة العمل الدولية بشأن هجرة الأيدي العاملة: مبادئ وإرشادات وصكوك وممارسات
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-browse = بحث
nav-overview = الإطار
nav-instruments = الصكوك
nav-shortlist = المختارات
nav-about = حول الأداة
loading = جارٍ تحميل الإطار…
load-failed-title = تعذّر تحميل بيانات الإطار
load-failed-body = تحتاج الأداة إلى ملف بياناتها (data/framework.json) بجانب هذه الصفحة. تحقّق من اتصالك، أو اطلب من الجهة التي تستضيف هذه النسخة التحقّق من الملف.
load-failed-problems = مشكلات عُثر عليها في ملف البيانات:
retry = إعادة المحاولة
unofficial-notice = أداة مستقلة تساعد على القراءة، وليست من منشورات منظمة العمل الدولية. الملخصات بصياغتنا الخاصة؛ انظر «حول الأداة» لمعرفة ما لم يُؤكَّد.
search-label = البحث في الإطار
search-placeholder = مثلاً: التوظيف، العمل المنزلي، الفلبين
search-hint = يشمل البحث العناوين والملخصات والبلدان والكلمات المفتاحية، ولا يتأثر بحالة الأحرف ولا بعلامات النبر (مثل é).
filters-heading = عوامل التصفية
show-filters = إظهار عوامل التصفية
hide-filters = إخفاء عوامل التصفية
filters-done = عرض النتائج ({ $count })
clear-all = مسح كل عوامل التصفية
show-fewer = عرض أقل
sort-label = الترتيب حسب
no-results-title = لا توجد نتائج مطابقة
no-results-body = جرّب كلمات أقل أو أزِل أحد عوامل التصفية.
results-heading = النتائج
previous-page = الصفحة السابقة
next-page = الصفحة التالية
pagination-label = صفحات النتائج
type-principle = مبدأ
type-guideline = إرشاد
type-practice = ممارسة
type-activity = نشاط لمنظمة العمل الدولية
type-instrument = صك
type-subdivision = قسم
type-country = بلد
field-type = النوع
field-regions = المنطقة
field-countries = البلدان
field-areas = مجموعات البلدان
field-sectors = القطاعات
field-principles = المبادئ
field-period = الفترة
field-actors = الجهات الفاعلة
field-instruments = الصكوك
field-guidelines = الإرشادات
field-source = المصدر
field-tags = الكلمات المفتاحية
field-year = السنة
field-annex-i = في المرفق الأول
field-subdivision = القسم
none = غير مسجَّل
why-good-heading = لماذا تُعدّ ممارسة جيدة
certainty-heading = درجة اليقين
guidelines-heading = الإرشادات
practices-heading = ممارسات توضّحه
activities-heading = أنشطة ذات صلة لمنظمة العمل الدولية
instruments-heading = الصكوك التي يستند إليها
principles-heading = المبادئ
limitations-heading = ما لا يثبته هذا التجميع
about-heading = حول هذه الأداة
shortlist-heading = مختاراتك
shortlist-empty = قائمة مختاراتك فارغة. استخدم «إضافة إلى المختارات» في أي ممارسة للاحتفاظ بها هنا، على هذا الجهاز.
shortlist-add = إضافة إلى المختارات
shortlist-remove = إزالة من المختارات
shortlist-print = طباعة المختارات
shortlist-clear = إفراغ المختارات
shortlist-reset-notice = تعذّرت قراءة مختاراتك المحفوظة على هذا الجهاز، فأُنشئت قائمة جديدة.
back-to-results = العودة إلى النتائج
back-to-page = العودة إلى { $page }
not-found-title = غير موجود
not-found-body = يشير هذا الرابط إلى عنصر غير موجود في البيانات. ربما تغيّر اسمه.
overview-intro = يجمع الإطار مبادئه الخمسة عشر في تسعة أقسام، ويندرج تحت كل مبدأ عدد من الإرشادات.
instruments-intro = صكوك دولية ذات صلة بالعمال المهاجرين. يسرد المرفق الأول من الإطار صكوكاً من هذا النوع؛ وقائمته الدقيقة غير مؤكدة هنا، لذا يبيّن كل صك مدى تأكّدنا من إدراجه فيها.
guideline-summary-badge = ملخصنا، وليس نص الإطار
guideline-summary-explained = هذا موضوع تتناوله إرشادات الإطار، مصوغ بكلماتنا. ولا تُدرج هنا صياغة إرشادات الإطار نفسها ولا أرقامها.
guideline-framework-badge = إرشاد من الإطار
paraphrase-notice = صياغة بكلماتنا الخاصة، وليست صياغة الإطار.
details-confidence-medium = بعض التفاصيل غير مؤكدة: كان جزء من النص المصدر غير مقروء.
details-confidence-low = التفاصيل غير مؤكدة.
links-database-tags = الروابط بالمبادئ مأخوذة من الوسوم التي وضعتها قاعدة بيانات الممارسات الجيدة لمنظمة العمل الدولية نفسها.
links-database-themes = الروابط بالمبادئ مستمدة من المواضيع التي تذكرها قاعدة بيانات منظمة العمل الدولية.
links-compiler = الروابط بالمبادئ من تصنيفنا الخاص.
annex-ii-confirmed = من المؤكَّد أنها من أمثلة المرفق الثاني من الإطار.
annex-ii-likely = ربما تكون من أمثلة المرفق الثاني من الإطار: غير مؤكَّد.
annex-ii-not-established = لا يُعرف أنها من أمثلة المرفق الثاني من الإطار.
annex-i-high = إدراجه في المرفق الأول مرجَّح (ثقة عالية، غير مؤكَّد)
annex-i-medium = إدراجه في المرفق الأول غير مؤكَّد (ثقة متوسطة)
annex-i-low = إدراجه في المرفق الأول غير مؤكَّد (ثقة منخفضة)
wording-high = صياغة جرى التحقق منها بمقارنتها بالمصادر (ثقة عالية).
wording-medium = صياغة لم يُتحقق منها بالكامل بمقارنتها بنص الإطار (ثقة متوسطة).
wording-low = صياغة غير مؤكدة (ثقة منخفضة).
mapping-not-confirmed = لم يتأكد تماماً ما المبادئ التي تندرج في هذا القسم.
new-version = يتوفر إصدار جديد من الأداة.
reload = إعادة التحميل
offline-ready = الأداة جاهزة للاستخدام دون اتصال.
close-notice = إغلاق هذا الإشعار
label-colon = :{" "}
offline-damaged = هذه النسخة المحفوظة للاستخدام دون اتصال تالفة: اتصل بالإنترنت مرة واحدة لإصلاحها.
previous-item = السابق
next-item = التالي
principle-nav-label = مبادئ أخرى
field-parts = الفقرات الفرعية
field-note = ملاحظة
field-principle = المبدأ
field-official-number = الرقم الرسمي
field-category = الفئة
field-document = الوثيقة
field-reference = المرجع
field-locator = الموضع في الوثيقة
field-address = عنوان الويب
field-title = العنوان
field-publisher = الناشر
field-adopted = سنة الاعتماد
field-published = سنة النشر
field-isbn = ISBN
field-practices = الممارسات
field-cited-by = ممارسات تستشهد به
details-heading = التفاصيل
guideline-practices-heading = ممارسات مرتبطة بهذا الإرشاد
guideline-activities-heading = أنشطة منظمة العمل الدولية المرتبطة بهذا الإرشاد
instrument-practices-heading = ممارسات تستشهد به
instrument-activities-heading = أنشطة منظمة العمل الدولية التي تستشهد به
country-practices-heading = ممارسات في هذا البلد
country-activities-heading = أنشطة منظمة العمل الدولية في هذا البلد
country-search-link = البحث في كل ما يرتبط بهذا البلد
subdivision-title-not-confirmed = هذا العنوان بصياغتنا؛ أما العنوان الذي يضعه الإطار نفسه لهذا القسم فغير مؤكَّد.
overview-heading = الإطار في لمحة
about-framework-heading = الإطار نفسه
about-confidence-heading = كيف تُبيَّن درجة اليقين
sources-heading = المصادر
report-heading = الإبلاغ عن مشكلة
report-body = هل وجدت خطأً أو رابطاً معطّلاً أو شيئاً غير واضح؟ أبلغ الجهة التي زوّدتك بهذه النسخة من الأداة، وأرفق عنوان الصفحة على الويب لتتمكن من العثور على العنصر.
unknown-source = مصدر غير مسمّى
did-you-mean = هل تقصد:
match-in-summary = في الملخص
match-elsewhere = تطابقات أخرى

## Facets (the filter panel's groups)
facet-type = النوع
facet-kind = الصنف
facet-principle = المبدأ
facet-region = المنطقة
facet-sector = القطاع
facet-country = البلد
facet-instrument = الصك
facet-actor = الجهة الفاعلة

## Sort orders
sort-relevance = الأكثر صلة
sort-title = العنوان (أبجدياً)
sort-newest = الأحدث أولاً

## How certainty is shown (About page), one point each
about-confidence-1 = عناوين المبادئ وملخصاتها إعادة صياغة من عندنا، وليست أبداً نص الإطار. وتبيّن صفحة كل مبدأ مدى ما يُعرف عن مطابقة صياغتها للإطار.
about-confidence-2 = الإرشادات الموسومة بعبارة «ملخصنا، وليس نص الإطار» هي مواضيع تتناولها الإرشادات، مصوغة بكلماتنا. ولم يُتحقق بالمقارنة مع منشور عام 2006 إلا من الإرشادات المعروضة برقم رسمي.
about-confidence-3 = لا نزعم أن أي صك مدرج في المرفق الأول. ويبيّن كل صك مدى احتمال أن يكون المرفق الأول قد أدرجه.
about-confidence-4 = تبيّن كل ممارسة درجة اليقين في تفاصيلها، ومصدر روابطها بالمبادئ، وما إذا كان معروفاً أنها من أمثلة المرفق الثاني من الإطار.
about-confidence-5 = إذا كان عنوان قسم ما أو قائمة مبادئه غير مؤكدين، فإن صفحته تذكر ذلك.

## Messages with values
results-count = { $count ->
    [0] لا توجد نتائج
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
# "Page 2 of 5 · Showing 26–50 of 120"
page-position = الصفحة { $page } من { $pages } · عرض { $first }–{ $last } من أصل { $total }
# The filter button on a phone, with how many filters are on: "Show filters (2 on)"
active-count = { $label } (المفعّل منها: { $count })
show-all-count = عرض الكل ({ $count })
# An option's count beside its label in the filter panel
option-count = ({ $count })
principle-title = المبدأ { $number }: { $title }
principle-short = المبدأ { $number }
principle-option = { $number }. { $title }
subdivision-title = { $id }. { $title }
# "Previous: Principle 3"
pager-step = { $direction }: { $target }
actor-with-name = { $kind }: { $name }
compiled-on = تاريخ آخر تنقيح لهذا التجميع: { $date }.
shortlist-count = { $count ->
    [0] المختارات
    [zero] المختارات
    [one] المختارات ({ $count })
    [two] المختارات ({ $count })
    [few] المختارات ({ $count })
    [many] المختارات ({ $count })
   *[other] المختارات ({ $count })
}
page-title = { $heading } · MFLM Explorer
search-title = بحث: { $query }
data-problems = { $count ->
    [zero] لا توجد مشكلات في data/framework.json.
    [one] مشكلة واحدة في data/framework.json.
    [two] مشكلتان في data/framework.json.
    [few] { $count } مشكلات في data/framework.json.
    [many] { $count } مشكلة في data/framework.json.
   *[other] { $count } مشكلة في data/framework.json.
}
request-failed = فشل الطلب: { $error }
server-answered = ردّ الخادم: { $status } { $statusText }.
response-unreadable = تعذّرت قراءة الاستجابة: { $error }
not-utf8 = ملف البيانات ليس نصاً بترميز UTF-8 (البايت رقم { $byte } ليس UTF-8 صالحاً).

## Languages
# The language menu's label; each language is listed by its own name.
language-label = اللغة
# A short marker beside content shown in English because it has no translation yet.
lang-marker = EN
lang-marker-title = بالإنكليزية: لا توجد ترجمة بعد
# Shown once, at the top, in languages whose content is not translated (only the interface is).
content-in-english = الواجهة بلغتك. أما العناوين والملخصات والممارسات فتُعرض بالإنكليزية، مع العلامة EN.
# Shown on the About page in languages whose content we translated.
our-translation = العناوين والملخصات بهذه اللغة ترجمتنا الخاصة لنصوصنا الإنكليزية، وليست نصوصاً صادرة عن منظمة العمل الدولية. وتُذكر الأسماء الرسمية للصكوك كما نُشرت رسمياً.

## شاشة الاستعادة (تظهر إذا توقف التطبيق بسبب خطأ غير متوقع)
recovery-title = حدث خطأ ما
recovery-body = توقفت الأداة بسبب خطأ غير متوقع. عادةً ما تكفي إعادة التحميل. إذا تكرر ذلك، فأعد تعيين البيانات المحفوظة على هذا الجهاز؛ وصدِّر مختاراتك أولاً للاحتفاظ بها.
recovery-reload = إعادة التحميل
recovery-export = تصدير مختاراتك (JSON)
recovery-reset = إعادة تعيين البيانات المحفوظة

## التصدير (يُنشأ في المتصفح؛ لا يُرسَل أي شيء)
export-label = تصدير
export-csv = CSV (جدول بيانات)
export-json = JSON (ملف بيانات)
export-markdown = Markdown (نشرة للتوزيع)
export-ris = RIS (برنامج إدارة المراجع)
cite-this = الاستشهاد بهذا
copy-text = نسخ
copy-done = تم النسخ
copy-refused = النسخ غير مسموح هنا: حدِّد النص وانسخه بنفسك.
export-results-title = MFLM Explorer: نتائج البحث

## رموز QR للعرض (للإسقاط على الشاشة، أو لفتح العرض نفسه على الهاتف)
qr-show = رمز QR لهذا العرض
qr-alt = رمز QR للعنوان الوارد أدناه

## وضع العرض (عنصر واحد في كل شاشة، لأجهزة العرض)
present = العرض (عنصر واحد في كل شاشة)
present-label = العرض
present-previous = السابق
present-next = التالي
present-exit = خروج (Esc)
present-empty = لا يوجد ما يُعرض.
present-position = { $at } / { $total }

## عدة قوائم مسمّاة، مع ملاحظات، تُشارك عبر رابط
list-choose = القائمة
list-new-name = اسم القائمة الجديدة
list-create = إنشاء قائمة جديدة
list-rename = اسم هذه القائمة
list-delete = حذف هذه القائمة
share-heading = مشاركة هذه القائمة
share-explained = يحمل هذا الرابط القائمة نفسها (اسمها وممارساتها وترتيبها، دون ملاحظاتك): كل من يفتحه يرى القائمة نفسها ويمكنه الاحتفاظ بنسخة منها.
shared-list-notice = قائمة شوركت معك عبر رابط. لا تُحفظ على هذا الجهاز ما لم تحتفظ بنسخة منها.
keep-copy = الاحتفاظ بنسخة
note-label = ملاحظتك
move-up = نقل إلى الأعلى
move-down = نقل إلى الأسفل

## Propose a practice: a form that makes a file to send (nothing is sent)
nav-propose = اقتراح ممارسة
about-propose = هل تعرف ممارسة ينبغي أن تُدرج هنا؟ صِفها باستخدام استمارة «اقتراح ممارسة»: فهي تُعدّ ملفاً ترسله إلى القائمين على هذا التجميع، ولا ترسل هي شيئاً.
propose-heading = اقتراح ممارسة
propose-intro = هل تعرف قانوناً أو اتفاقاً أو خدمة أو برنامجاً يمكن أن يستفيد منه الآخرون؟ صِفه هنا، مع الوثيقة التي تذكره. لا يُرسَل أي شيء: تُعدّ الاستمارة ملفاً، ونصاً تلصقه في رسالتك الإلكترونية، ترسلهما بنفسك إلى الجهة التي زوّدتك بهذه النسخة من الأداة.
propose-kept = يُحفظ ما تكتبه في علامة التبويب هذه في المتصفح إلى أن تغلقها.
propose-required = (إلزامي)
propose-title = العنوان
propose-title-help = عنوان قصير بكلماتك، بالإنكليزية إن أمكن.
propose-summary = الملخّص
propose-summary-help = ما الذي أُنجز، ومن قام به، وما الذي حققه بحسب المصدر. لا تذكر أكثر مما يذكره المصدر.
propose-kind = نوع الممارسة
propose-choose = اختر…
propose-countries = البلدان
propose-countries-help = اتركه فارغاً للعمل الإقليمي أو العالمي. إضافة بلد تؤشّر على منطقته.
propose-add-country = أضف البلد
propose-instruments = الصكوك
propose-instruments-help = الاتفاقيات والصكوك الأخرى التي تطبّقها الممارسة، إن وُجدت.
propose-add-instrument = أضف الصك
propose-remove = إزالة { $name }
propose-regions = المناطق
propose-sectors = القطاعات
propose-sectors-help = «جميع القطاعات» للعمل الذي لا يخص قطاعاً بعينه.
propose-period = الفترة
propose-period-help = السنة أو السنوات كما يذكرها المصدر: 2019، 2004-2006، منذ 2010.
propose-actors = الجهات الفاعلة
propose-actors-help = من قام بها: نوع الجهة الفاعلة، واسمها كما يذكره المصدر.
propose-actor-type = نوع الجهة الفاعلة { $row }
propose-actor-name = اسم الجهة الفاعلة { $row }
propose-add-actor = أضف جهة فاعلة أخرى
propose-remove-actor = إزالة الجهة الفاعلة { $row }
propose-principles = المبادئ
propose-principles-help = مبادئ الإطار التي توضّحها الممارسة.
propose-guidelines = مواضيع المبادئ التوجيهية
propose-guidelines-help = مواضيع المبادئ التوجيهية التابعة للمبادئ التي اخترتها، إن كان بينها ما يناسب.
propose-tags = الكلمات المفتاحية
propose-tags-help = خمس كلمات كحدّ أقصى، تفصل بينها فواصل.
propose-source-heading = المصدر
propose-source-help = الوثيقة التي تذكر الممارسة: تقرير أو قانون أو اتفاق أو صفحة ويب.
propose-source-title = عنوان الوثيقة
propose-source-citation = الناشر والمكان والتاريخ
propose-source-locator = الموضع في الوثيقة
propose-source-locator-help = صفحة أو فقرة أو قسم، ليعثر القائمون على التجميع على المقطع.
propose-source-url = عنوان الوثيقة على الويب
propose-source-url-help = يبدأ بـ https://
propose-contact = اسمك وبريدك الإلكتروني
propose-contact-help = ليتمكن القائمون على التجميع من طرح سؤال عليك. لا يظهران إلا في الملف الذي ترسله.
propose-submit = تحقّق وأعدّ الملف
propose-clear = مسح الاستمارة
propose-errors-heading = مشكلات يجب تصحيحها: { $count }
propose-error-line = { $field }: { $message }
propose-error-required = هذا الحقل إلزامي.
propose-error-too-long = { $max } حرفاً كحدّ أقصى.
propose-error-too-many = { $max } كحدّ أقصى.
propose-error-markup = اكتب نصاً عادياً: «{ $tag }» يشبه وسم ترميز.
propose-error-invisible = احذف الحرف غير المرئي U+{ $code }.
propose-error-control = احذف حرف التحكم U+{ $code }.
propose-error-unknown = «{ $value }» غير موجود في القائمة.
propose-error-unknown-suggest = «{ $value }» غير موجود في القائمة. هل تقصد «{ $suggestion }»؟
propose-error-repeated = «{ $value }» مذكور مرتين.
propose-error-https = أدخل عنوان ويب يبدأ بـ https://
propose-error-region = { $country } يقع في منطقة «{ $region }»: أشّر عليها أيضاً.
propose-done-heading = اقتراحك جاهز
propose-done-body = نزّل الملف وأرسله، مع النص أدناه، إلى الجهة التي زوّدتك بهذه النسخة من الأداة. لم يُرسَل أي شيء.
propose-download = تنزيل ملف الاقتراح
propose-email-label = نص رسالتك الإلكترونية
propose-copy = نسخ النص
## البيانات المفتوحة: ملفات المجموعة للتنزيل
nav-open-data = البيانات المفتوحة
open-data-heading = البيانات المفتوحة
open-data-intro = المجموعة كاملةً للتنزيل وإعادة الاستخدام: بصيغة JSON، وهو الملف نفسه الذي يقرؤه هذا المستكشف، وبصيغة CSV، جدول لكل نوع من العناصر، لبرامج الجداول. تُنشأ الملفات من البيانات نفسها في كل مرة يُبنى فيها المستكشف، فهي تطابق دائماً ما يعرضه. وهي تأتي من نسخة المستكشف هذه نفسها، وتعمل دون اتصال أيضاً، ولا يُرسَل أي شيء إلى أي مكان.
open-data-own-file-note = أثناء عرضك لملف بياناتك الخاص، تبقى هذه الملفات ملفات المجموعة المرفقة، لا ملفات ملفك.
open-data-loading = جارٍ قراءة قائمة الملفات…
open-data-unavailable = تعذّرت قراءة قائمة الملفات. ربما بُنيت نسخة المستكشف هذه من دونها.
open-data-files-heading = الملفات
open-data-col-file = الملف
open-data-col-contents = المحتوى
open-data-col-format = الصيغة
open-data-col-rows = الصفوف
open-data-col-size = الحجم
open-data-version = إصدار تنسيق البيانات { $version }؛ آخر مراجعة للمجموعة في { $date }.
open-data-about-compilation = المجموعة كاملةً: المبادئ والمبادئ التوجيهية والصكوك والممارسات والأنشطة والمفردات والمصادر، مع مصدر كل عنصر ودرجة اليقين فيه. وهو الملف نفسه الذي يقرؤه هذا المستكشف.
open-data-about-schema = مخطط JSON لملف المجموعة: كل حقل ونوعه وما يحتويه.
open-data-about-translation-schema = مخطط JSON لملفات الترجمة.
open-data-about-translation = { $lang ->
    [fr] الترجمة الفرنسية لنصوص المجموعة الخاصة (العناوين والملخصات والتسميات)، حسب معرّف العنصر.
    [es] الترجمة الإسبانية لنصوص المجموعة الخاصة (العناوين والملخصات والتسميات)، حسب معرّف العنصر.
   *[other] ترجمة ({ $lang }) لنصوص المجموعة الخاصة، حسب معرّف العنصر.
}
open-data-about-table = { $table ->
    [subdivisions] الأقسام الفرعية للإطار والمبادئ الواردة في كل منها.
    [principles] المبادئ: عناويننا المختصرة وملخصاتنا، وقسمها الفرعي.
    [guidelines] المبادئ التوجيهية حسب المبدأ: المواضيع التي تتناولها، بكلماتنا.
    [instruments] الصكوك الدولية: الاتفاقيات والتوصيات ونصوص أخرى، مع المبادئ التي تستند إليها ودرجة اليقين في إدراجها في المرفق الأول.
    [profiles] الممارسات وأنشطة منظمة العمل الدولية: البلدان والمناطق والقطاعات والفترة والجهات الفاعلة والمبادئ والمبادئ التوجيهية والصكوك المرتبطة، ودرجة اليقين.
    [gcm-objectives] الأهداف الثلاثة والعشرون للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية: الأرقام الرسمية وعناوين قصيرة بكلماتنا.
    [sdg-targets] غايات أهداف التنمية المستدامة والمؤشر المتعلقة بهجرة اليد العاملة: عناوين قصيرة بكلماتنا.
    [crosswalk] الروابط بين المبادئ وأهداف الاتفاق العالمي وغايات أهداف التنمية المستدامة، ولكل منها أساسه (مطابقتنا نحن، أو مصدر).
    [sources] الوثائق وقواعد البيانات التي تستشهد بها العناصر.
    [countries] البلدان (رموز ISO 3166 المكوّنة من ثلاثة أحرف) ومنطقتها.
    [regions] المناطق (مفردات).
    [sectors] القطاعات الاقتصادية (مفردات).
    [actor-types] أنواع الجهات الفاعلة (مفردات).
    [profile-kinds] أنواع الممارسات (مفردات).
    [instrument-types] أنواع الصكوك (مفردات).
   *[other] عناصر القائمة «{ $table }».
}
open-data-rows = { $count ->
    [zero] لا صفوف
    [one] صف واحد
    [two] صفّان
    [few] { $count } صفوف
    [many] { $count } صفاً
   *[other] { $count } صف
}
open-data-size = { $kilobytes } ك.ب
open-data-csv-note = عن ملفات CSV: ترميز UTF-8 مع علامة ترتيب البايتات (لتعرض برامج الجداول الحروف بشكل صحيح)، والقيم مفصولة بفواصل، مع صف عناوين واحد. الخلية التي تحوي عدة قيم (البلدان، أرقام المبادئ) تفصل بينها بفاصلة منقوطة ومسافة؛ وتُكتب الجهات الفاعلة في الممارسة بالشكل «type: name». للنصوص عمود لكل لغة، مثل title.en؛ والترجمات في ملفات الترجمة. تربط المعرّفات الجداول بعضها ببعض، كما في ملف JSON.
open-data-checksums-note = للبرامج: يسرد الملف open-data/index.json، بجانب المستكشف، كل ملف مع حجمه وعدد صفوفه ومجموع التحقق SHA-256 الخاص به.
open-data-licence-heading = الترخيص
open-data-licence-link = الترخيص:
about-open-data-link = نزّل المجموعة كاملةً بيانات مفتوحة (JSON وCSV)
## ملف بياناتك الخاص (issue 16): التحقق من ملف تجميع واستكشافه خلال هذه الزيارة
nav-own-data = ملف بياناتك
own-data-heading = ملف بياناتك الخاص
own-data-intro = افتح ملف تجميع (بصيغة JSON وبنفس بنية data/framework.json، مثل نسخة منقّحة) للتحقق منه بالفحوص نفسها التي تجتازها البيانات المرفقة. وإذا اجتازها، يمكنك استكشافه بدلًا من التجميع المرفق.
own-data-private = لا يُرفع أي شيء: هذا المتصفح وحده يقرأ الملف. ولا يُحفظ شيء أيضًا: إعادة تحميل الصفحة تعيد التجميع المرفق.
own-data-translations = لا تُطبَّق ترجماتنا للنصوص المرفقة على ملفك: تظهر نصوصه باللغات التي يحتويها، وبالإنكليزية (مع العلامة EN) حيث لا توجد لغة أخرى.
own-data-choose = اختر ملف بيانات
own-data-drop = أو أفلته هنا
own-data-checking = جارٍ التحقق من { $name } ({ $size } ميغابايت)…
own-data-empty = الملف { $name } فارغ: لا يوجد ما يُتحقق منه.
own-data-too-large = حجم { $name } هو { $size } ميغابايت: أكبر من أن يُتحقق منه (الحد { $limit } ميغابايت).
own-data-too-large-here = حجم { $name } هو { $size } ميغابايت. لا تستطيع هذه النسخة من المستكشف التحقق في الخلفية (نسخة الملف الواحد لا تستطيع ذلك)، لذا لا تتحقق إلا من الملفات التي لا يتجاوز حجمها { $limit } ميغابايت. افتح المستكشف من عنوان ويب، أو تحقق من الملف بأداة البيانات (mflm-data validate).
own-data-not-utf8 = الملف { $name } ليس نصًا بترميز UTF-8 (البايت { $byte } ليس كذلك). احفظه بترميز UTF-8 ثم افتحه مجددًا.
own-data-not-json = الملف { $name } ليس ملف JSON ({ $at }: { $detail }).
own-data-too-deep = يداخل الملف { $name } القوائم أو الكائنات لأكثر من 128 مستوى ({ $at })، بينما لا يحتاج التجميع إلا إلى بضعة مستويات. لم يُتحقق منه أكثر من ذلك.
own-data-failed = توقف التحقق: { $reason }. لم يتغير شيء؛ يمكنك تجربة ملف آخر.
own-data-problems = { $count ->
    [zero] لا توجد مشكلات في { $name }
    [one] مشكلة واحدة في { $name }
    [two] مشكلتان في { $name }
    [few] { $count } مشكلات في { $name }
    [many] { $count } مشكلة في { $name }
   *[other] { $count } مشكلة في { $name }
}
own-data-problems-hint = يذكر كل صف العنصرَ والحقلَ داخله وما الخطأ فيه (بالإنكليزية، كما تقوله أداة البيانات). ما زال التجميع المرفق هو المعروض.
own-data-listed-first = تُعرض أول { $listed } منها.
own-data-col-item = العنصر
own-data-col-field = الحقل
own-data-col-problem = ما الخطأ
own-data-valid = يجتاز { $name } كل الفحوص: { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
} للتصفح.
own-data-valid-counts = المبادئ: { $principles }. المبادئ التوجيهية: { $guidelines }. الممارسات والأنشطة: { $profiles }. الصكوك: { $instruments }.
own-data-warnings = { $count ->
    [one] ملاحظة واحدة تستحق النظر (لا تمنع تحميل الملف):
   *[other] ملاحظات تستحق النظر: { $count } (لا تمنع تحميل الملف):
}
own-data-use = استكشف هذا الملف خلال هذه الزيارة
own-data-preparing = جارٍ تجهيز { $name }…
own-data-banner-label = ملف بياناتك الخاص
own-data-banner = أنت تطّلع على ملف بياناتك الخاص { $name }: { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}.
own-data-banner-links = الروابط التي تشاركها من هنا تفتح التجميع المرفق، لا ملفك؛ وكذلك إعادة تحميل الصفحة أو تغيير اللغة.
own-data-back = العودة إلى التجميع المرفق
about-own-data = هل تحرّر التجميع؟ تحقق من ملف منقّح، واستكشفه قبل نشره، في صفحة
## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = جدول التقابل
crosswalk-heading = جدول التقابل: المبادئ وأهداف الاتفاق العالمي وغايات أهداف التنمية المستدامة
crosswalk-intro = كيف ترتبط مبادئ الإطار بأهداف الاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية وبغايات أهداف التنمية المستدامة المتعلقة بهجرة اليد العاملة. الرقم في الخانة هو عدد ممارسات المبدأ وأنشطته، ويفتح قائمة هذه الممارسات والأنشطة.
crosswalk-basis-note = لا توجد وثيقة منشورة تربط مبادئ الإطار بأهداف الاتفاق العالمي أو بغايات أهداف التنمية المستدامة: كل رابط هنا هو من وضع المحررين، لا من مصدر. ولا ترتبط الممارسات والأنشطة بهدف أو غاية إلا عن طريق مبادئها.
crosswalk-gcm-heading = المبادئ وأهداف الاتفاق العالمي
crosswalk-sdg-heading = المبادئ وغايات أهداف التنمية المستدامة
crosswalk-gcm-caption = المبادئ (الصفوف) المرتبطة بأهداف الاتفاق العالمي من 1 إلى 23 (الأعمدة)، وفق تقابل المحررين
crosswalk-sdg-caption = المبادئ (الصفوف) المرتبطة بغايات أهداف التنمية المستدامة ومؤشراتها (الأعمدة)، وفق تقابل المحررين
crosswalk-principle-column = المبدأ
crosswalk-no-link = لا رابط
crosswalk-scroll-hint = على الشاشة الضيقة يُمرَّر الجدول أفقيًا، وتبقى المبادئ ظاهرة.
crosswalk-key-gcm = أهداف الاتفاق العالمي، بكلمات موجزة من عندنا
crosswalk-key-sdg = غايات أهداف التنمية المستدامة ومؤشراتها، بكلمات موجزة من عندنا
crosswalk-cell-editors = ممارسات هذا المبدأ وأنشطته (تقابل المحررين)
crosswalk-cell-source = ممارسات هذا المبدأ وأنشطته (رابط يذكره مصدر)
basis-editors = تقابل المحررين
basis-source = يذكره مصدر
basis-editors-explained = تقابل المحررين: لا توجد وثيقة منشورة تربط مبادئ الإطار بأهداف الاتفاق العالمي أو بغايات أهداف التنمية المستدامة، فهذا الرابط قراءتنا الخاصة.
type-gcm-objective = هدف من أهداف الاتفاق العالمي
type-sdg-target = غاية من غايات أهداف التنمية المستدامة
type-sdg-indicator = مؤشر من مؤشرات أهداف التنمية المستدامة
# "GCM objective 6: Fair, ethical recruitment and decent working conditions"
gcm-objective-title = الهدف { $number } من الاتفاق العالمي: { $title }
# "SDG target 10.7: …"
sdg-target-title = الغاية { $id } من أهداف التنمية المستدامة: { $title }
sdg-indicator-title = المؤشر { $id } من أهداف التنمية المستدامة: { $title }
facet-gcm = هدف الاتفاق العالمي
facet-sdg = غاية التنمية المستدامة
facet-crosswalk-help = عن طريق مبادئ العنصر، وفق تقابل المحررين (لا يربط أي مصدر بينهما).
crosswalk-principles-heading = المبادئ المرتبطة به
crosswalk-practices-heading = الممارسات، عن طريق هذه المبادئ
crosswalk-activities-heading = الأنشطة، عن طريق هذه المبادئ
crosswalk-instruments-heading = الصكوك، عن طريق هذه المبادئ
# Under a practice on an objective's page: "through principle 13", "through principles 5, 12"
crosswalk-through = { $count ->
    [one] عن طريق المبدأ { $numbers }
   *[other] عن طريق المبادئ { $numbers }
}
principle-gcm-heading = أهداف الاتفاق العالمي (تقابل المحررين)
principle-sdg-heading = غايات أهداف التنمية المستدامة (تقابل المحررين)
crosswalk-see-all = عرض جدول التقابل كاملًا
crosswalk-field-number = الرقم الرسمي
crosswalk-item-note = المبادئ أدناه مرتبطة هنا وفق تقابل المحررين، لا وفق مصدر منشور. والممارسات والأنشطة والصكوك المذكورة هي تلك الخاصة بهذه المبادئ.
crosswalk-title-note = العنوان صياغة موجزة من عندنا وليس النص الرسمي؛ ويعطي المصدر أدناه النص الرسمي.
profile-crosswalk-heading = أهداف الاتفاق العالمي وغايات أهداف التنمية المستدامة، عن طريق مبادئه
