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
filters-done = 查看结果（{ $count }）
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
back-to-page = 返回“{ $page }”
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
close-notice = 关闭此通知
label-colon = ：
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
search-title = 搜索：{ $query }
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
copy-text = 复制
copy-done = 已复制
copy-refused = 此处不允许复制：请选中文字后自行复制。
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

## Propose a practice: a form that makes a file to send (nothing is sent)
nav-propose = 提议一项做法
about-propose = 知道应收录在此的做法吗？请使用“提议一项做法”表格加以描述：它会生成一个文件供您发送给汇编编者，表格本身不发送任何内容。
propose-heading = 提议一项做法
propose-intro = 知道可供他人借鉴的法律、协议、服务或方案吗？请在此描述，并注明报道它的文件。不会发送任何内容：表格会生成一个文件和一段可粘贴到电子邮件中的文字，由您自行发送给向您提供本工具副本的人员。
propose-kept = 您输入的内容会保存在此浏览器标签页中，直到您关闭它。
propose-required = （必填）
propose-title = 标题
propose-title-help = 用您自己的话写一个简短标题，尽量使用英文。
propose-summary = 摘要
propose-summary-help = 做了什么、由谁来做，以及来源所述的成效。不要超出来源所述内容。
propose-kind = 做法类型
propose-choose = 请选择…
propose-countries = 国家
propose-countries-help = 区域性或全球性工作请留空。添加国家时会自动勾选其所属区域。
propose-add-country = 添加该国家
propose-instruments = 文书
propose-instruments-help = 该做法所适用的公约及其他文书（如有）。
propose-add-instrument = 添加该文书
propose-remove = 移除{ $name }
propose-regions = 区域
propose-sectors = 行业
propose-sectors-help = 不针对特定行业的工作请选“所有行业”。
propose-period = 时期
propose-period-help = 按来源给出的年份填写：2019、2004-2006、2010年起。
propose-actors = 行为方
propose-actors-help = 由谁实施：行为方类型，以及来源中给出的名称。
propose-actor-type = 行为方{ $row }的类型
propose-actor-name = 行为方{ $row }的名称
propose-add-actor = 再添加一个行为方
propose-remove-actor = 移除行为方{ $row }
propose-principles = 原则
propose-principles-help = 该做法所体现的《框架》原则。
propose-guidelines = 指南主题
propose-guidelines-help = 所勾选原则下的指南主题（如有合适的）。
propose-tags = 关键词
propose-tags-help = 最多五个，用逗号分隔。
propose-source-heading = 来源
propose-source-help = 报道该做法的文件：报告、法律、协议或网页。
propose-source-title = 文件标题
propose-source-citation = 出版方、地点和日期
propose-source-locator = 在文件中的位置
propose-source-locator-help = 页码、段落或章节，便于编者找到相关段落。
propose-source-url = 文件网址
propose-source-url-help = 以 https:// 开头
propose-contact = 您的姓名和电子邮箱
propose-contact-help = 便于编者向您提问。仅写入您发送的文件中。
propose-submit = 检查并生成文件
propose-clear = 清空表格
propose-errors-heading = 需要修正的问题：{ $count }
propose-error-line = { $field }：{ $message }
propose-error-required = 此项为必填项。
propose-error-too-long = 最多 { $max } 个字符。
propose-error-too-many = 最多 { $max } 个。
propose-error-markup = 请输入纯文本：“{ $tag }”看起来像标记。
propose-error-invisible = 请删除不可见字符 U+{ $code }。
propose-error-control = 请删除控制字符 U+{ $code }。
propose-error-unknown = “{ $value }”不在列表中。
propose-error-unknown-suggest = “{ $value }”不在列表中。您是否指“{ $suggestion }”？
propose-error-repeated = “{ $value }”重复填写了两次。
propose-error-https = 请填写以 https:// 开头的网址
propose-error-region = { $country }属于“{ $region }”区域：请同时勾选该区域。
propose-done-heading = 您的提议已准备就绪
propose-done-body = 请下载该文件，连同下面的文字一起发送给向您提供本工具副本的人员。尚未发送任何内容。
propose-download = 下载提议文件
propose-email-label = 电子邮件文字
propose-copy = 复制文字
## 开放数据：可下载的汇编文件
nav-open-data = 开放数据
open-data-heading = 开放数据
open-data-intro = 整个汇编，可下载并再利用：JSON 格式即本浏览器所读取的文件本身；CSV 格式每类条目一个表格，便于用电子表格打开。每次构建本浏览器时，这些文件都由同一份数据生成，因此始终与其显示的内容一致。文件来自本浏览器副本自身，离线也可使用，不会向任何地方发送任何内容。
open-data-own-file-note = 在您查看自己的数据文件时，这些文件仍是随附汇编的文件，而非您文件的内容。
open-data-loading = 正在读取文件列表…
open-data-unavailable = 无法读取文件列表。本浏览器副本可能在构建时未包含这些文件。
open-data-files-heading = 文件
open-data-col-file = 文件
open-data-col-contents = 内容
open-data-col-format = 格式
open-data-col-rows = 行数
open-data-col-size = 大小
open-data-version = 数据格式版本 { $version }；汇编修订于 { $date }。
open-data-about-compilation = 整个汇编：原则、准则、文书、实践与活动、词表和来源，并注明每个条目的来源和确定程度。即本浏览器所读取的文件本身。
open-data-about-schema = 汇编文件的 JSON Schema：每个字段、其类型及内容。
open-data-about-translation-schema = 翻译文件的 JSON Schema。
open-data-about-translation = { $lang ->
    [fr] 汇编自有文本（标题、摘要、标签）的法文译文，按条目标识符排列。
    [es] 汇编自有文本（标题、摘要、标签）的西班牙文译文，按条目标识符排列。
   *[other] 汇编自有文本的译文（{ $lang }），按条目标识符排列。
}
open-data-about-table = { $table ->
    [subdivisions] 《框架》的各个部分及每部分所含的原则。
    [principles] 原则：我们拟定的简短标题和摘要，及其所属部分。
    [guidelines] 按原则排列的准则：以我们自己的话概述其涵盖的主题。
    [instruments] 国际文书：公约、建议书及其他文本，附其所支撑的原则以及列入附件一的确定程度。
    [profiles] 实践和国际劳工组织活动：国家、区域、部门、时期、行为体、相关原则、准则和文书，以及确定程度。
    [gcm-objectives] 《安全、有序和正常移民全球契约》的23个目标：官方编号，以及我们自己撰写的简短标题。
    [sdg-targets] 与劳务移民有关的可持续发展目标具体目标和指标：我们自己撰写的简短标题。
    [crosswalk] 各原则与全球契约目标及可持续发展目标具体目标之间的关联，每条均注明依据（我们的对应，或某一来源）。
    [sources] 各条目所引用的文件和数据库。
    [countries] 国家（ISO 3166 三字母代码）及其所属区域。
    [regions] 区域（词表）。
    [sectors] 经济部门（词表）。
    [actor-types] 行为体类型（词表）。
    [profile-kinds] 实践类型（词表）。
    [instrument-types] 文书类型（词表）。
   *[other] 列表“{ $table }”中的条目。
}
open-data-rows = { $count } 行
open-data-size = { $kilobytes } KB
open-data-csv-note = 关于 CSV 文件：采用带字节顺序标记的 UTF-8 编码（以便电子表格正确显示重音字母），以逗号分隔，含一行表头。含多个值的单元格（国家、原则编号）以分号加空格分隔；实践的行为体写作“type: name”。文本每种语言一列，如 title.en；译文见翻译文件。各表格之间通过标识符相互关联，与 JSON 文件相同。
open-data-checksums-note = 供程序使用：浏览器旁的 open-data/index.json 列出每个文件及其大小、行数和 SHA-256 校验和。
open-data-licence-heading = 许可
open-data-licence-link = 许可：
about-open-data-link = 以开放数据形式下载整个汇编（JSON 和 CSV）
## 您自己的数据文件（issue 16）：检查汇编文件，并在本次访问中浏览它
nav-own-data = 您的数据文件
own-data-heading = 您自己的数据文件
own-data-intro = 打开一个汇编文件（与 data/framework.json 结构相同的 JSON，例如修订后的副本），用与随附数据相同的检查来核对它。如果通过检查，您可以用它代替随附的汇编进行浏览。
own-data-private = 不会上传任何内容：文件只由本浏览器读取。也不会保存任何内容：重新加载页面即恢复随附的汇编。
own-data-translations = 我们对随附文本的翻译不适用于您的文件：其文本按文件中包含的语言显示，没有其他语言时显示英文（标记为 EN）。
own-data-choose = 选择数据文件
own-data-drop = 或将其拖放到此处
own-data-checking = 正在检查 { $name }（{ $size } MB）…
own-data-empty = { $name } 是空的：没有可检查的内容。
own-data-too-large = { $name } 大小为 { $size } MB：太大，无法检查（上限为 { $limit } MB）。
own-data-too-large-here = { $name } 大小为 { $size } MB。本浏览器副本无法在后台检查（单文件版不能），因此只检查不超过 { $limit } MB 的文件。请通过网址打开浏览器，或用数据工具（mflm-data validate）检查该文件。
own-data-not-utf8 = { $name } 不是 UTF-8 文本（第 { $byte } 字节不是）。请将其保存为 UTF-8 后重新打开。
own-data-not-json = { $name } 不是 JSON 文件（{ $at }：{ $detail }）。
own-data-too-deep = { $name } 的列表或对象嵌套超过 128 层（{ $at }），而汇编只需要几层。未作进一步检查。
own-data-failed = 检查已停止：{ $reason }。没有任何改变；您可以换一个文件试试。
own-data-problems = { $count ->
   *[other] { $name } 中有 { $count } 个问题
}
own-data-problems-hint = 每一行列出条目、其中的字段以及问题所在（英文，与数据工具的说法一致）。当前仍显示随附的汇编。
own-data-listed-first = 列出前 { $listed } 个。
own-data-col-item = 条目
own-data-col-field = 字段
own-data-col-problem = 问题所在
own-data-valid = { $name } 通过了全部检查：可浏览 { $count ->
   *[other] { $count } 个条目
}。
own-data-valid-counts = 原则：{ $principles }。指南：{ $guidelines }。做法和活动：{ $profiles }。文书：{ $instruments }。
own-data-warnings = { $count ->
   *[other] { $count } 处值得一看（不影响加载文件）：
}
own-data-use = 在本次访问中浏览此文件
own-data-preparing = 正在准备 { $name }…
own-data-banner-label = 您自己的数据文件
own-data-banner = 您正在查看自己的数据文件 { $name }：{ $count ->
   *[other] { $count } 个条目
}。
own-data-banner-links = 从这里分享的链接打开的是随附的汇编，而不是您的文件；重新加载页面或切换语言也会回到随附的汇编。
own-data-back = 返回随附的汇编
about-own-data = 正在编辑汇编？可在以下页面检查修订后的文件，并在发布前浏览它：
## Crosswalk: the principles against GCM objectives and SDG targets
nav-crosswalk = 对照表
crosswalk-heading = 对照表：原则、《移民问题全球契约》目标与可持续发展目标具体目标
crosswalk-intro = 本框架各项原则与《安全、有序和正常移民全球契约》（《移民问题全球契约》）各项目标以及与劳务移民有关的可持续发展目标具体目标之间的关系。单元格中的数字为该原则的做法和活动数量，点击可打开这些做法和活动的列表。
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
