# MFLM Explorer: every word of the interface, in Simplified Chinese (translated from en.ftl, the reference catalogue).
# Same message ids as en.ftl; Chinese has only the CLDR plural category other.
# Syntax: https://projectfluent.org/ (variables are { $name }).
# Data text (titles, summaries, vocabulary labels) is not here: it comes from data/.


app-name = MFLM Explorer
tagline = 国际劳工组织劳务移民多边框架：原则、准则、文书与做法
skip-to-content = 跳至正文
nav-label = 主导航
nav-browse = 搜索
nav-overview = 多边框架
nav-instruments = 文书
nav-shortlist = 收藏清单
nav-about = 关于
loading = 正在加载多边框架……
load-failed-title = 无法加载多边框架数据
load-failed-body = 本工具需要与此页面放在同一位置的数据文件（data/framework.json）。请检查网络连接，或请托管此副本的人员检查该文件。
load-failed-problems = 数据文件中发现以下问题：
retry = 重试
unofficial-notice = 本工具是独立的阅读辅助工具，并非国际劳工组织出版物。摘要均由我们自行撰写；哪些内容尚未确认，请参见“关于”页面。
search-label = 搜索多边框架
search-placeholder = 例如：招聘、家政工作、菲律宾
search-hint = 搜索范围包括标题、摘要、国家和关键词。不区分大小写，也不区分重音符号。
filters-heading = 筛选
show-filters = 显示筛选条件
hide-filters = 隐藏筛选条件
clear-all = 清除所有筛选条件
show-fewer = 收起
sort-label = 排序方式
no-results-title = 没有匹配的结果
no-results-body = 请减少关键词，或移除一个筛选条件。
results-heading = 结果
previous-page = 上一页
next-page = 下一页
pagination-label = 结果分页
type-principle = 原则
type-guideline = 准则
type-practice = 做法
type-activity = 国际劳工组织活动
type-instrument = 文书
type-subdivision = 部分
type-country = 国家
field-type = 类型
field-regions = 区域
field-countries = 国家
field-areas = 国家组别
field-sectors = 行业
field-principles = 原则
field-period = 时期
field-actors = 参与方
field-instruments = 文书
field-guidelines = 准则
field-source = 来源
field-tags = 关键词
field-year = 年份
field-annex-i = 是否列入附件一
field-subdivision = 所属部分
none = 无记录
why-good-heading = 为何属于良好做法
certainty-heading = 确定程度
guidelines-heading = 准则
practices-heading = 体现该原则的做法
activities-heading = 相关的国际劳工组织活动
instruments-heading = 所依据的文书
principles-heading = 原则
limitations-heading = 本汇编未能确定的内容
about-heading = 关于本工具
shortlist-heading = 您的收藏清单
shortlist-empty = 您的收藏清单为空。在任一做法上点击“加入收藏清单”，即可将其保存在此设备上。
shortlist-add = 加入收藏清单
shortlist-remove = 移出收藏清单
shortlist-print = 打印收藏清单
shortlist-clear = 清空收藏清单
shortlist-reset-notice = 无法读取此设备上保存的收藏清单，已重新建立一份清单。
back-to-results = 返回结果
not-found-title = 未找到
not-found-body = 此链接指向的条目不在数据中，可能已更名。
overview-intro = 多边框架将其15项原则归入九个部分，每项原则之下都有相应的准则。
instruments-intro = 与移民工人相关的国际文书。多边框架附件一列出了此类文书；其确切清单在此尚未确认，因此每项文书都注明我们对其是否列入该附件的把握程度。
guideline-summary-badge = 我们的摘要，非多边框架原文
guideline-summary-explained = 这是多边框架准则所涵盖的一个主题，由我们自行撰写。此处不包含多边框架准则本身的措辞和编号。
guideline-framework-badge = 多边框架准则
paraphrase-notice = 由我们自行转述，并非多边框架原文措辞。
details-confidence-medium = 部分细节不确定：来源文本有部分内容无法辨认。
details-confidence-low = 细节不确定。
links-database-tags = 与原则的关联取自国际劳工组织良好做法数据库自身的标签。
links-database-themes = 与原则的关联依据国际劳工组织数据库所列的主题推定。
links-compiler = 与原则的关联由我们自行分类。
annex-ii-confirmed = 已确认为多边框架附件二所列范例之一。
annex-ii-likely = 可能是多边框架附件二所列范例之一：尚未确认。
annex-ii-not-established = 尚无证据表明其属于多边框架附件二所列范例。
annex-i-high = 很可能列入附件一（可信度高，尚未确认）
annex-i-medium = 是否列入附件一尚未确认（可信度中等）
annex-i-low = 是否列入附件一尚未确认（可信度低）
wording-high = 转述已与来源核对（可信度高）。
wording-medium = 转述未与多边框架原文完全核对（可信度中等）。
wording-low = 转述不确定（可信度低）。
mapping-not-confirmed = 本部分包含哪些原则尚未完全确认。
new-version = 本工具有新版本可用。
reload = 重新加载
offline-ready = 已可离线使用。
offline-damaged = 此离线副本已损坏：请连接一次互联网以修复。
previous-item = 上一项
next-item = 下一项
principle-nav-label = 其他原则
field-parts = 分项
field-note = 说明
field-principle = 原则
field-official-number = 正式编号
field-category = 类别
field-document = 文件
field-reference = 文献信息
field-locator = 所在位置
field-address = 网址
field-title = 标题
field-publisher = 出版者
field-adopted = 通过年份
field-published = 出版年份
field-isbn = ISBN
field-practices = 做法
field-cited-by = 引用该文书的做法
details-heading = 详细信息
guideline-practices-heading = 与该准则相关的做法
guideline-activities-heading = 与该准则相关的国际劳工组织活动
instrument-practices-heading = 引用该文书的做法
instrument-activities-heading = 引用该文书的国际劳工组织活动
country-practices-heading = 该国的做法
country-activities-heading = 国际劳工组织在该国的活动
country-search-link = 搜索与该国相关的全部内容
subdivision-title-not-confirmed = 此标题由我们自行拟定；多边框架中该部分本身的标题尚未确认。
overview-heading = 多边框架概览
about-framework-heading = 多边框架本身
about-confidence-heading = 如何标示确定程度
sources-heading = 来源
report-heading = 报告问题
report-body = 发现错误、失效链接或不清楚的内容？请告知向您提供本工具副本的人员，并附上该页面的网址，以便对方找到相关条目。
unknown-source = 未具名来源
did-you-mean = 您是不是要找：
match-in-summary = 见于摘要
match-elsewhere = 其他匹配

## Facets (the filter panel's groups)
facet-type = 类型
facet-kind = 性质
facet-principle = 原则
facet-region = 区域
facet-sector = 行业
facet-country = 国家
facet-instrument = 文书
facet-actor = 参与方

## Sort orders
sort-relevance = 相关性
sort-title = 标题（A–Z）
sort-newest = 最新优先

## How certainty is shown (About page), one point each
about-confidence-1 = 原则的标题和摘要均为我们自行转述，绝非多边框架原文。每项原则的页面都会说明其转述与多边框架的贴合程度。
about-confidence-2 = 标有“我们的摘要，非多边框架原文”的准则，是准则所涵盖的主题，由我们自行撰写。只有标注正式编号的准则才与2006年出版物核对过。
about-confidence-3 = 我们不声称任何文书列入附件一。每项文书都注明其被附件一列入的可能性。
about-confidence-4 = 每项做法都注明其细节的确定程度、与原则的关联从何而来，以及是否已知属于多边框架附件二所列范例。
about-confidence-5 = 若某一部分的标题或其所含原则清单尚未确认，该部分的页面会予以说明。

## Messages with values
results-count = { $count ->
    [0] 无结果
   *[other] { $count } 条结果
}
# "Page 2 of 5 · Showing 26–50 of 120"
page-position = 第 { $page } 页，共 { $pages } 页 · 显示第 { $first }–{ $last } 条，共 { $total } 条
# The filter button on a phone, with how many filters are on: "Show filters (2 on)"
active-count = { $label }（已启用 { $count } 项）
show-all-count = 显示全部（{ $count }）
# An option's count beside its label in the filter panel
option-count = （{ $count }）
principle-title = 原则 { $number }：{ $title }
principle-short = 原则 { $number }
principle-option = { $number }. { $title }
subdivision-title = { $id }. { $title }
# "Previous: Principle 3"
pager-step = { $direction }：{ $target }
actor-with-name = { $kind }：{ $name }
compiled-on = 汇编修订日期：{ $date }。
shortlist-count = { $count ->
    [0] 收藏清单
   *[other] 收藏清单（{ $count }）
}
page-title = { $heading } · MFLM Explorer
data-problems = { $count ->
   *[other] data/framework.json 中有 { $count } 个问题。
}
request-failed = 请求失败：{ $error }
server-answered = 服务器返回 { $status } { $statusText }。
response-unreadable = 无法读取响应：{ $error }
not-utf8 = 数据文件不是 UTF-8 文本（第 { $byte } 字节不是有效的 UTF-8）。

## Languages
# The language menu's label; each language is listed by its own name.
language-label = 语言
# A short marker beside content shown in English because it has no translation yet.
lang-marker = EN
lang-marker-title = 英文：尚无译文
# Shown once, at the top, in languages whose content is not translated (only the interface is).
content-in-english = 界面已使用您的语言。标题、摘要和做法以英文显示，并标有 EN。
# Shown on the About page in languages whose content we translated.
our-translation = 本语言中的标题和摘要是我们对自有英文文本的翻译，并非国际劳工组织文本。文书的正式名称按其正式发布的名称给出。

## 恢复页面（应用因意外错误而停止时显示）
recovery-title = 出现了问题
recovery-body = 由于意外错误，浏览工具已停止运行。重新加载通常即可解决。如果问题再次出现，请重置此设备上保存的数据；请先导出您的收藏清单以便保留。
recovery-reload = 重新加载
recovery-export = 导出您的收藏清单（JSON）
recovery-reset = 重置已保存的数据

## 导出（在浏览器中生成；不会发送任何内容）
export-label = 导出
export-csv = CSV（电子表格）
export-json = JSON（数据文件）
export-markdown = Markdown（讲义）
export-ris = RIS（文献管理软件）
cite-this = 引用
export-results-title = MFLM Explorer：搜索结果

## 视图的二维码（用于投影，或在手机上打开同一视图）
qr-show = 此视图的二维码
qr-alt = 下方地址的二维码

## 演示模式（每屏一个条目，用于投影）
present = 演示（每屏一个条目）
present-label = 演示
present-previous = 上一个
present-next = 下一个
present-exit = 退出（Esc）
present-empty = 没有可演示的内容。
present-position = { $at } / { $total }

## 多个已命名的收藏清单，带备注，可通过链接分享
list-choose = 清单
list-new-name = 新清单名称
list-create = 新建清单
list-rename = 此清单的名称
list-delete = 删除此清单
share-heading = 分享此清单
share-explained = 此链接包含清单本身（名称、做法及其顺序，不含您的备注）：打开链接的人会看到同一份清单，并可保存副本。
shared-list-notice = 这是通过链接与您分享的清单。在您保存副本之前，它不会保存在此设备上。
keep-copy = 保存副本
note-label = 您的备注
move-up = 上移
move-down = 下移

## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = 对照表
crosswalk-heading = 对照表：原则、《移民问题全球契约》目标与可持续发展目标具体目标
crosswalk-intro = 本框架各项原则与《安全、有序和正常移民全球契约》（《移民问题全球契约》）各项目标以及与劳务移民有关的可持续发展目标具体目标之间的关系。单元格中的数字为该原则的做法和活动数量，点击可查看该原则的条目。
crosswalk-basis-note = 目前没有任何已发表的文件将本框架的原则与《全球契约》目标或可持续发展目标具体目标相对应：此处每一项关联均为编者的对照，而非出自某一来源。做法和活动仅通过其原则与某项目标或具体目标相关联。
crosswalk-gcm-heading = 原则与《全球契约》目标
crosswalk-sdg-heading = 原则与可持续发展目标具体目标
crosswalk-gcm-caption = 原则（行）与《全球契约》第 1 至 23 项目标（列）的关联，依据编者的对照
crosswalk-sdg-caption = 原则（行）与可持续发展目标具体目标及指标（列）的关联，依据编者的对照
crosswalk-principle-column = 原则
crosswalk-no-link = 无关联
crosswalk-scroll-hint = 在窄屏上，表格可左右滚动；原则一栏始终可见。
crosswalk-key-gcm = 《全球契约》各项目标（我们的简短表述）
crosswalk-key-sdg = 可持续发展目标具体目标和指标（我们的简短表述）
crosswalk-cell-editors = 该原则的做法和活动（编者的对照）
crosswalk-cell-source = 该原则的做法和活动（关联出自某一来源）
basis-editors = 编者的对照
basis-source = 出自来源
basis-editors-explained = 编者的对照：没有任何已发表的文件将本框架的原则与《全球契约》目标或可持续发展目标具体目标相关联，因此这一关联是我们自己的解读。
type-gcm-objective = 《全球契约》目标
type-sdg-target = 可持续发展目标具体目标
type-sdg-indicator = 可持续发展目标指标
# "GCM objective 6: Fair, ethical recruitment and decent working conditions"
gcm-objective-title = 《全球契约》目标 { $number }：{ $title }
# "SDG target 10.7: …"
sdg-target-title = 可持续发展目标具体目标 { $id }：{ $title }
sdg-indicator-title = 可持续发展目标指标 { $id }：{ $title }
facet-gcm = 《全球契约》目标
facet-sdg = 可持续发展目标具体目标
facet-crosswalk-help = 通过条目的原则，依据编者的对照（没有来源将二者相关联）。
crosswalk-principles-heading = 与之关联的原则
crosswalk-practices-heading = 做法（通过这些原则）
crosswalk-activities-heading = 活动（通过这些原则）
crosswalk-instruments-heading = 文书（通过这些原则）
# Under a practice on an objective's page: "through principle 13", "through principles 5, 12"
crosswalk-through = 通过原则 { $numbers }
principle-gcm-heading = 《全球契约》目标（编者的对照）
principle-sdg-heading = 可持续发展目标具体目标（编者的对照）
crosswalk-see-all = 查看完整对照表
crosswalk-field-number = 正式编号
crosswalk-item-note = 以下原则依据编者的对照与此关联，而非出自已发表的来源。所列做法、活动和文书均为这些原则的条目。
crosswalk-title-note = 标题是我们的简短表述，并非正式文本；正式文本见下方来源。
profile-crosswalk-heading = 《全球契约》目标和可持续发展目标具体目标（通过其原则）
