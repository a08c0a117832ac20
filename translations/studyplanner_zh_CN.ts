<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Availability</source>
        <translation>可学习时间</translation>
    </message>
    <message>
        <source>When can you study?</source>
        <translation>你什么时候可以学习？</translation>
    </message>
    <message>
        <source>Study blocks are planned only in the times you give here, so that the plan fits your week. Below is a suggestion that gives the hours your plan asks for; change it to suit you. You can change it at any time under Settings → Availability… in the menu.</source>
        <translation>学习时段只会安排在你在这里填写的时间内，使计划契合你的一周。下面是一个能满足计划所需小时数的建议，你可以按自己的情况修改。之后随时可以在菜单“设置 → 可学习时间…”中更改。</translation>
    </message>
    <message>
        <source>&amp;Use This</source>
        <translation>使用此设置(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;kip for Now</source>
        <translation>暂时跳过(&amp;K)</translation>
    </message>
</context>
<context>
    <name>AvailabilityEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Whole week: %1</source>
        <translation>整周：%1</translation>
    </message>
    <message>
        <source>Exception on %1: %2</source>
        <translation>例外日期 %1：%2</translation>
    </message>
    <message>
        <source>The shortest block (%1 min) is longer than the longest block (%2 min).</source>
        <translation>最短的学习时段（%1 分钟）比最长的学习时段（%2 分钟）还长。</translation>
    </message>
    <message>
        <source>Weekly template</source>
        <translation>每周模板</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Copy %1 to %2–%3</source>
        <translation>将%1复制到%2–%3(&amp;C)</translation>
    </message>
    <message>
        <source>Whole week as one l&amp;ine:</source>
        <translation>整周写成一行(&amp;I)：</translation>
    </message>
    <message>
        <source>e.g. mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off</source>
        <translation>例如 mon-fri 19:30-21:30, sat 09:00-12:00 14:00-16:00, sun off</translation>
    </message>
    <message>
        <source>Study blocks</source>
        <translation>学习时段</translation>
    </message>
    <message>
        <source>&amp;Shortest block:</source>
        <translation>最短时段(&amp;S)：</translation>
    </message>
    <message>
        <source>Lon&amp;gest block:</source>
        <translation>最长时段(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Break between blocks:</source>
        <translation>时段间休息(&amp;B)：</translation>
    </message>
    <message>
        <source>Daily ma&amp;ximum:</source>
        <translation>每天上限(&amp;X)：</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>At most this many minutes of study blocks on one day</source>
        <translation>一天内学习时段的总分钟数上限</translation>
    </message>
    <message>
        <source>Date exceptions</source>
        <translation>例外日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Extra windows</source>
        <translation>额外时间段</translation>
    </message>
    <message>
        <source>&amp;Add Exception</source>
        <translation>添加例外(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. 14:00-16:00</source>
        <translation>例如 14:00-16:00</translation>
    </message>
    <message>
        <source>Available: %1 h a week (placeable in blocks: %2 h).</source>
        <translation>可学习：每周 %1 小时（可排入学习时段：%2 小时）。</translation>
    </message>
    <message>
        <source>Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week: add time windows, or allow longer blocks or more a day.</source>
        <translation>可学习：每周 %1 小时（可排入学习时段：%2 小时）。你的计划每周最多需要 %3 小时：请添加时间段，或允许更长的学习时段或更高的每天上限。</translation>
    </message>
    <message>
        <source>Available: %1 h a week (placeable in blocks: %2 h). Your plan asks for up to %3 h a week.</source>
        <translation>可学习：每周 %1 小时（可排入学习时段：%2 小时）。你的计划每周最多需要 %3 小时。</translation>
    </message>
    <message>
        <source>Copy the windows of %3 to %1–%2</source>
        <translation>将%3的时间段复制到%1至%2</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>A time window does not end after it starts.</source>
        <translation>有一个时间段的结束时间不晚于开始时间。</translation>
    </message>
    <message>
        <source>The shortest block must be longer than 0 minutes.</source>
        <translation>最短的学习时段必须长于 0 分钟。</translation>
    </message>
    <message>
        <source>The longest block (%1 min) is shorter than the shortest block (%2 min).</source>
        <translation>最长的学习时段（%1 分钟）比最短的学习时段（%2 分钟）还短。</translation>
    </message>
    <message>
        <source>The break between blocks cannot be negative.</source>
        <translation>学习时段之间的休息时间不能为负数。</translation>
    </message>
    <message>
        <source>The daily maximum must be more than 0 minutes.</source>
        <translation>每天的上限必须大于 0 分钟。</translation>
    </message>
    <message>
        <source>The availability of roadmap %1 cannot be read: %2</source>
        <translation>无法读取路线图 %1 的可学习时间：%2</translation>
    </message>
    <message>
        <source>The availability was not saved: %1</source>
        <translation>可学习时间未保存：%1</translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation>不存在路线图 %1。</translation>
    </message>
    <message>
        <source>A date exception has no valid date.</source>
        <translation>有一个例外日期的日期无效。</translation>
    </message>
    <message>
        <source>A time window of %1 does not end after it starts.</source>
        <translation>%1 的一个时间段的结束时间不晚于开始时间。</translation>
    </message>
    <message>
        <source>The availability of roadmap %1 cannot be read: the exception of %2 is damaged.</source>
        <translation>无法读取路线图 %1 的可学习时间：%2 的例外日期已损坏。</translation>
    </message>
</context>
<context>
    <name>AvailabilityText</name>
    <message>
        <source>position %1: “%2” is not a time window such as 19:30-21:30</source>
        <translation>第 %1 个字符处：“%2”不是时间段（例如 19:30-21:30）</translation>
    </message>
    <message>
        <source>position %1: a day group is missing before “,”</source>
        <translation>第 %1 个字符处：“,”之前缺少日期组</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a day; a group starts with a day such as mon or a range such as mon-fri</source>
        <translation>第 %1 个字符处：“%2”不是星期几；每组应以星期几（如 mon）或范围（如 mon-fri）开头</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a day (mon … sun, monday … sunday, 周一 … 周日)</source>
        <translation>第 %1 个字符处：“%2”不是星期几（mon … sun、monday … sunday、周一 … 周日）</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a range of days such as mon-fri</source>
        <translation>第 %1 个字符处：“%2”不是日期范围（例如 mon-fri）</translation>
    </message>
    <message>
        <source>position %1: “%2” mixes “off” with time windows; a day is either off or has windows</source>
        <translation>第 %1 个字符处：“%2”把“off”和时间段混在一起；一天要么休息，要么有时间段</translation>
    </message>
    <message>
        <source>position %1: “%2” is a day, but a time window such as 19:30-21:30 or “off” belongs here; separate day groups with commas</source>
        <translation>第 %1 个字符处：“%2”是星期几，但这里应是时间段（如 19:30-21:30）或“off”；日期组之间请用逗号分隔</translation>
    </message>
    <message>
        <source>position %1: “%2” starts at 24:00; 24:00 can only end a window</source>
        <translation>第 %1 个字符处：“%2”从 24:00 开始；24:00 只能作为时间段的结束</translation>
    </message>
    <message>
        <source>position %1: “%2” is not a time of day such as 07:30 (00:00 to 24:00)</source>
        <translation>第 %1 个字符处：“%2”不是一天中的时间（如 07:30，范围 00:00 到 24:00）</translation>
    </message>
    <message>
        <source>position %1: “%2” ends when it starts</source>
        <translation>第 %1 个字符处：“%2”的结束时间与开始时间相同</translation>
    </message>
    <message>
        <source>position %1: “%2” ends before it starts; a window cannot cross midnight (write 22:00-24:00 on one day and 00:00-01:00 on the next)</source>
        <translation>第 %1 个字符处：“%2”在开始之前就结束了；时间段不能跨越午夜（请在一天写 22:00-24:00，在第二天写 00:00-01:00）</translation>
    </message>
    <message>
        <source>position %1: “%2” has no time window; add one such as 19:30-21:30, or “off”</source>
        <translation>第 %1 个字符处：“%2”没有时间段；请添加一个（如 19:30-21:30）或写“off”</translation>
    </message>
    <message>
        <source>position %1: nothing follows the last “,”; remove it or add a day group</source>
        <translation>第 %1 个字符处：最后一个“,”后面没有内容；请删除它或添加日期组</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Study Block</source>
        <translation>学习时段</translation>
    </message>
    <message>
        <source>No particular item</source>
        <translation>不指定条目</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>条目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>BlockRepository</name>
    <message>
        <source>block %1 is damaged</source>
        <translation>学习时段 %1 已损坏</translation>
    </message>
    <message>
        <source>A study block has no id.</source>
        <translation>有一个学习时段没有 ID。</translation>
    </message>
    <message>
        <source>The study block %1 does not end after it starts.</source>
        <translation>学习时段 %1 的结束时间不晚于开始时间。</translation>
    </message>
    <message>
        <source>The study block %1 names stage %2, which is not in the roadmap.</source>
        <translation>学习时段 %1 所属的阶段 %2 不在路线图中。</translation>
    </message>
    <message>
        <source>The study blocks cannot be read: %1</source>
        <translation>无法读取学习时段：%1</translation>
    </message>
    <message>
        <source>The study blocks were not saved: %1</source>
        <translation>学习时段未保存：%1</translation>
    </message>
    <message>
        <source>The study blocks were not saved: block %1 is outside the range replaced.</source>
        <translation>学习时段未保存：学习时段 %1 不在被替换的范围内。</translation>
    </message>
    <message>
        <source>The dropped items cannot be read: %1</source>
        <translation>无法读取已放弃的条目：%1</translation>
    </message>
    <message>
        <source>The dropped items were not saved: %1</source>
        <translation>已放弃的条目未保存：%1</translation>
    </message>
</context>
<context>
    <name>BranchListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>You follow this branch: its items count toward the stage&apos;s progress.</source>
        <translation>你选择了这个方向：其中的条目计入本阶段的进度。</translation>
    </message>
    <message>
        <source>You do not follow this branch: its items do not count toward progress.</source>
        <translation>你没有选择这个方向：其中的条目不计入进度。</translation>
    </message>
</context>
<context>
    <name>BudgetDelegate</name>
    <message>
        <source> h/week</source>
        <translation> 小时/周</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>每周小时数</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 wk</source>
        <translation>%1 周</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>持续进行</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Follows from the other two figures. Edit it to fix it instead.</source>
        <translation>由另外两个数值推算得出。编辑它即可改为固定此值。</translation>
    </message>
    <message>
        <source>At this start the guide ends the stage between %1 and %2.</source>
        <translation>按此开始日期，指南预计本阶段在 %1 至 %2 之间结束。</translation>
    </message>
    <message>
        <source>The guide gives this stage no end.</source>
        <translation>指南没有为本阶段给出结束时间。</translation>
    </message>
    <message>
        <source>Of weekly hours, effort and duration you fix two; this one follows.</source>
        <translation>每周小时数、工作量和时长三者中你固定两项，此项随之推算。</translation>
    </message>
    <message>
        <source>Weeks this stage starts before the previous one ends.</source>
        <translation>本阶段在上一阶段结束前提前开始的周数。</translation>
    </message>
    <message>
        <source>The last planned day of the stage.</source>
        <translation>本阶段计划的最后一天。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>小时/周</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>推算项</translation>
    </message>
    <message>
        <source>Overlap (wk)</source>
        <translation>重叠（周）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>指南</translation>
    </message>
    <message>
        <source>Against the guide</source>
        <translation>与指南相比</translation>
    </message>
    <message>
        <source>%1 h a week is more than your availability holds: %2 h a week in study blocks.</source>
        <translation>每周 %1 小时超出了你的可学习时间：学习时段每周只能容纳 %2 小时。</translation>
    </message>
</context>
<context>
    <name>BurnUpChart</name>
    <message>
        <source>Total hours: planned, studied and forecast</source>
        <translation>累计小时：计划、已学习与预测</translation>
    </message>
    <message>
        <source>Forecast range</source>
        <translation>预测范围</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Studied</source>
        <translation>已学习</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Range of the forecast
At a faster pace: %1
At a slower pace: %2</source>
        <translation>预测范围
按较快进度：%1
按较慢进度：%2</translation>
    </message>
    <message>
        <source>Planned by %1: %2</source>
        <translation>截至 %1 计划：%2</translation>
    </message>
    <message>
        <source>Studied by %1: %2</source>
        <translation>截至 %1 已学习：%2</translation>
    </message>
    <message>
        <source>Forecast by %1: %2</source>
        <translation>截至 %1 预测：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>date: hours</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>BusyRepository</name>
    <message>
        <source>The imported calendars cannot be read: %1</source>
        <translation>无法读取已导入的日历：%1</translation>
    </message>
    <message>
        <source>The calendar was not imported: an event does not end after it starts.</source>
        <translation>日历未导入：有一个事件的结束时间不晚于开始时间。</translation>
    </message>
    <message>
        <source>The calendar was not imported: %1</source>
        <translation>日历未导入：%1</translation>
    </message>
    <message>
        <source>The calendar was not removed: %1</source>
        <translation>日历未移除：%1</translation>
    </message>
    <message>
        <source>The busy time cannot be read: %1</source>
        <translation>无法读取忙碌时间：%1</translation>
    </message>
</context>
<context>
    <name>CalendarExchange</name>
    <message numerus="yes">
        <source>Imported %n busy time(s) from “%1”.</source>
        <translation>
            <numerusform>已从“%1”导入 %n 段忙碌时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled event(s) left out.</source>
        <translation>
            <numerusform>已忽略 %n 个已取消的事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) marked free left out.</source>
        <translation>
            <numerusform>已忽略 %n 个标记为空闲的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export range must end on or after its first day.</source>
        <translation>导出范围的结束日期不能早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>The export range is longer than %n day(s); export it in parts.</source>
        <translation>
            <numerusform>导出范围超过 %n 天；请分段导出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Catch Up</source>
        <translation>补学</translation>
    </message>
    <message>
        <source>You missed %1 h of “%2”. How do you want to catch up?</source>
        <translation>你错过了“%2”的 %1 小时。想要如何补学？</translation>
    </message>
    <message>
        <source>Move the missed hours into free time</source>
        <translation>把错过的时间移到空闲时间</translation>
    </message>
    <message>
        <source>Extend the stage</source>
        <translation>延长本阶段</translation>
    </message>
    <message>
        <source>Drop optional items</source>
        <translation>放弃可选条目</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>放弃：%1</translation>
    </message>
    <message>
        <source>The stage&apos;s effort grows by %1 h.</source>
        <translation>本阶段的工作量增加 %1 小时。</translation>
    </message>
    <message>
        <source>This stage has no optional items left to drop.</source>
        <translation>此阶段已没有可以放弃的可选条目。</translation>
    </message>
    <message>
        <source>%1 min missed on %2 → %3 to %4 (%5)</source>
        <translation>%2 错过的 %1 分钟 → %3 至 %4（%5）</translation>
    </message>
    <message>
        <source>%1 min missed on %2 → %3 to %4</source>
        <translation>%2 错过的 %1 分钟 → %3 至 %4</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>The guide: ends between %1 and %2</source>
        <translation>指南：在 %1 到 %2 之间结束</translation>
    </message>
    <message>
        <source>The guide: ends after %1, no latest end</source>
        <translation>指南：在 %1 之后结束，无最晚结束日期</translation>
    </message>
    <message>
        <source>Planned: %1 to %2</source>
        <translation>计划：%1 至 %2</translation>
    </message>
    <message>
        <source>Planned: from %1, ongoing</source>
        <translation>计划：从 %1 开始，持续进行</translation>
    </message>
    <message>
        <source>Studied: %1 to %2, %3</source>
        <translation>已学习：%1 至 %2，%3</translation>
    </message>
    <message>
        <source>Studied: not yet</source>
        <translation>已学习：尚未开始</translation>
    </message>
    <message>
        <source>Forecast end: %1</source>
        <translation>预测结束：%1</translation>
    </message>
    <message>
        <source>Forecast end: no forecast yet</source>
        <translation>预测结束：暂无预测</translation>
    </message>
    <message>
        <source>%1: the guide gives this stage no assessment to tick.</source>
        <translation>%1：指南没有为此阶段提供自我评估清单。</translation>
    </message>
    <message>
        <source>%1: hours spent, checklist not ticked. Missing: %2.</source>
        <translation>%1：学时已满，但评估清单未勾选。缺少：%2。</translation>
    </message>
    <message>
        <source>%1: %2 of %3 assessment items ticked. Missing: %4.</source>
        <translation>%1：已勾选 %2 / %3 个评估条目。缺少：%4。</translation>
    </message>
    <message>
        <source>%1: %2 studied</source>
        <comment>date: time</comment>
        <translation>%1：学习了 %2</translation>
    </message>
    <message>
        <source>%1: no study</source>
        <comment>date</comment>
        <translation>%1：未学习</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s).</source>
        <translation>
            <numerusform>当前连续学习：%n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s).</source>
        <translation>
            <numerusform>最长连续学习：%n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>No study logged yet.</source>
        <translation>尚未记录任何学习。</translation>
    </message>
    <message numerus="yes">
        <source>No study in the last %n week(s).</source>
        <translation>
            <numerusform>最近 %n 周没有学习。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your pace: %1 a week (± %2) over the last %n week(s).</source>
        <translation>
            <numerusform>你的进度：最近 %n 周平均每周 %1（± %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The end of the plan: no forecast yet.</source>
        <translation>计划结束时间：暂无预测。</translation>
    </message>
    <message>
        <source>At this pace the plan ends around %1 (between %2 and %3): %4.</source>
        <translation>按此进度，计划大约在 %1 结束（%2 至 %3 之间）：%4。</translation>
    </message>
    <message>
        <source>At this pace the plan ends around %1 (%2 at the earliest): %3.</source>
        <translation>按此进度，计划大约在 %1 结束（最早 %2）：%3。</translation>
    </message>
    <message>
        <source>At this pace the plan ends around %1: %2.</source>
        <translation>按此进度，计划大约在 %1 结束：%2。</translation>
    </message>
</context>
<context>
    <name>ChecklistChart</name>
    <message>
        <source>Assessment checklists ticked</source>
        <translation>已勾选的评估清单</translation>
    </message>
    <message>
        <source>%1: no assessment items</source>
        <translation>%1：没有评估条目</translation>
    </message>
    <message>
        <source>%1: %2 of %3 assessment items ticked (%4)</source>
        <translation>%1：已勾选 %2 / %3 个评估条目（%4）</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Study Planner turns a learning guide into a study plan and keeps you on it.</source>
        <translation>学习计划把学习指南变成你的学习计划，并帮助你坚持下去。</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation>使用数据库文件 &lt;path&gt;，而不是默认的 %1。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Use the interface language &lt;language&gt;: %1.</source>
        <translation>使用界面语言 &lt;language&gt;：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Import the Markdown guide &lt;file&gt; as a new roadmap, make it the current one, and exit.</source>
        <translation>把 Markdown 指南 &lt;file&gt; 导入为新的路线图，设为当前路线图，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write the current roadmap with your progress as JSON to &lt;file&gt; (- for standard output), and exit.</source>
        <translation>把当前路线图及你的进度以 JSON 写入 &lt;file&gt;（- 表示标准输出），然后退出。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--database needs a file path.</source>
        <translation>--database 需要一个文件路径。</translation>
    </message>
    <message>
        <source>Unknown language “%1”; choose one of: %2.</source>
        <translation>未知的语言“%1”；请从以下选择：%2。</translation>
    </message>
    <message>
        <source>--import-roadmap needs a file.</source>
        <translation>--import-roadmap 需要一个文件。</translation>
    </message>
    <message>
        <source>--export-roadmap needs a file.</source>
        <translation>--export-roadmap 需要一个文件。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>Imported %1 as the current roadmap.</source>
        <translation>已导入 %1，并设为当前路线图。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Write the plan of the current roadmap (budgets, dates and the guide&apos;s ranges) as JSON to &lt;file&gt; (- for standard output), and exit.</source>
        <translation>把当前路线图的计划（时间预算、日期和指南的范围）以 JSON 写入 &lt;file&gt;（- 表示标准输出），然后退出。</translation>
    </message>
    <message>
        <source>--export-plan needs a file.</source>
        <translation>--export-plan 需要一个文件。</translation>
    </message>
    <message>
        <source>Store &lt;text&gt; as your weekly availability for the current roadmap, such as &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;, compare it with the plan&apos;s budget, and exit.</source>
        <translation>把 &lt;text&gt; 保存为当前路线图的每周可学习时间（例如 &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;），与计划的时间预算比较，然后退出。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--availability needs a text such as &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;.</source>
        <translation>--availability 需要一段文本，例如 &quot;mon-fri 19:30-21:30, sat 09:00-12:00&quot;。</translation>
    </message>
    <message>
        <source>--availability “%1”: %2</source>
        <translation>--availability “%1”：%2</translation>
    </message>
    <message>
        <source>Availability: %1 — %2 h a week (%3 h in blocks). Plan: %4 h a week now.</source>
        <translation>可学习时间：%1 —— 每周 %2 小时（可排入学习时段 %3 小时）。计划：目前每周 %4 小时。</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>没有时间</translation>
    </message>
    <message>
        <source>The plan&apos;s %1 h a week do not fit: only %2 h a week can be placed in blocks.</source>
        <translation>计划的每周 %1 小时排不下：每周只能在学习时段中安排 %2 小时。</translation>
    </message>
    <message>
        <source>Import the iCalendar file &lt;file&gt; as busy time (again: its events are replaced), and exit. May be given more than once.</source>
        <translation>把 iCalendar 文件 &lt;file&gt; 导入为忙碌时间（再次导入同一文件时替换其中的事件），然后退出。可多次指定。</translation>
    </message>
    <message>
        <source>Write the study blocks from --from to --to as an iCalendar file &lt;file&gt;, and exit.</source>
        <translation>把从 --from 到 --to 的学习时段写入 iCalendar 文件 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>The first day exported with --export-ics (yyyy-mm-dd; default: today).</source>
        <translation>--export-ics 导出的第一天（yyyy-mm-dd；默认：今天）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>--import-busy needs a file.</source>
        <translation>--import-busy 需要一个文件。</translation>
    </message>
    <message>
        <source>--export-ics needs a file.</source>
        <translation>--export-ics 需要一个文件。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date such as 2027-03-01.</source>
        <translation>--%1 “%2”不是日期（例如 2027-03-01）。</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to（%1）早于 --from（%2）。</translation>
    </message>
    <message>
        <source>Study Planner is running on %1: import from its File menu, or quit it first.</source>
        <translation>学习计划正在使用 %1：请通过它的“文件”菜单导入，或先退出它。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n study block(s) from %1 to %2 to %3.</source>
        <translation>
            <numerusform>已将 %1 至 %2 的 %n 个学习时段写入 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day exported with --export-ics (yyyy-mm-dd; default: 27 days after --from, four weeks in all).</source>
        <translation>--export-ics 导出的最后一天（yyyy-mm-dd；默认：--from 之后第 27 天，共四周）。</translation>
    </message>
    <message>
        <source>Write the study log from --from to --to (default: all of it) as CSV to &lt;file&gt;, and exit.</source>
        <translation>把从 --from 到 --to 的学习记录（默认：全部）以 CSV 写入 &lt;file&gt;，然后退出。</translation>
    </message>
    <message>
        <source>Begin the CSV file with a byte order mark, for spreadsheet programs.</source>
        <translation>在 CSV 文件开头写入字节顺序标记（BOM），便于电子表格程序读取。</translation>
    </message>
    <message>
        <source>Add the entries of the CSV file &lt;file&gt; to the study log (all of them or, when a row is refused, none), and exit.</source>
        <translation>把 CSV 文件 &lt;file&gt; 中的记录添加到学习记录（全部添加；只要有一行被拒绝，就一条也不添加），然后退出。</translation>
    </message>
    <message>
        <source>Start the timer for &lt;stage&gt;, or &lt;stage&gt;/&lt;item&gt; (keys such as 1 or 1/1.1.1), and exit; a running Study Planner does it in its window.</source>
        <translation>为 &lt;stage&gt; 或 &lt;stage&gt;/&lt;item&gt;（编号如 1 或 1/1.1.1）启动计时器，然后退出；如果学习计划正在运行，则在其窗口中启动。</translation>
    </message>
    <message>
        <source>stage[/item]</source>
        <translation>stage[/item]</translation>
    </message>
    <message>
        <source>Stop the running timer, and exit.</source>
        <translation>停止正在运行的计时器，然后退出。</translation>
    </message>
    <message>
        <source>--export-csv needs a file.</source>
        <translation>--export-csv 需要一个文件。</translation>
    </message>
    <message>
        <source>--import-csv needs a file.</source>
        <translation>--import-csv 需要一个文件。</translation>
    </message>
    <message>
        <source>Give one of --start-timer, --stop-timer and --timer-status at a time.</source>
        <translation>--start-timer、--stop-timer 和 --timer-status 一次只能指定一个。</translation>
    </message>
    <message>
        <source>--start-timer needs a stage such as 1, or a stage and an item such as 1/1.1.1.</source>
        <translation>--start-timer 需要一个阶段（如 1），或一个阶段加一个条目（如 1/1.1.1）。</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was added:</source>
        <translation>%1 未导入；没有添加任何记录：</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(s) from %1 to the study log.</source>
        <translation>
            <numerusform>已将 %1 中的 %n 条记录添加到学习记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entry(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show whether a timer is running, and for what, and exit.</source>
        <translation>显示是否有计时器在运行、在为什么计时，然后退出。</translation>
    </message>
    <message>
        <source>Study Planner was opened on %1 in the meantime: run the command again.</source>
        <translation>此期间学习计划已在 %1 上打开：请再次运行该命令。</translation>
    </message>
    <message>
        <source>Print &lt;document&gt; (week, plan or report) to the PDF file given with --pdf, and exit. The week is the one that holds --from (default: this week); the report covers --from to --to (default: this month).</source>
        <translation>将 &lt;document&gt;（week、plan 或 report）打印到 --pdf 指定的 PDF 文件后退出。week 为包含 --from 的那一周（默认：本周）；report 覆盖 --from 到 --to（默认：本月）。</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>The PDF file that --print writes.</source>
        <translation>--print 写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>The paper for --print: a4 or letter (default: the one of your locale).</source>
        <translation>--print 的纸张：a4 或 letter（默认：按你的区域设置）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>The page orientation for --print: portrait or landscape (default: landscape for the week, portrait for the plan and the report).</source>
        <translation>--print 的页面方向：portrait（纵向）或 landscape（横向）（默认：week 横向，plan 和 report 纵向）。</translation>
    </message>
    <message>
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <source>--print “%1”: choose week, plan or report.</source>
        <translation>--print “%1”：请选择 week、plan 或 report。</translation>
    </message>
    <message>
        <source>--print needs --pdf and the file to write.</source>
        <translation>--print 需要 --pdf 和要写入的文件。</translation>
    </message>
    <message>
        <source>--pdf can only be used with --print.</source>
        <translation>--pdf 只能与 --print 一起使用。</translation>
    </message>
    <message>
        <source>--page-size and --orientation can only be used with --print.</source>
        <translation>--page-size 和 --orientation 只能与 --print 一起使用。</translation>
    </message>
    <message>
        <source>--page-size “%1”: choose a4 or letter.</source>
        <translation>--page-size “%1”：请选择 a4 或 letter。</translation>
    </message>
    <message>
        <source>--orientation “%1”: choose portrait or landscape.</source>
        <translation>--orientation “%1”：请选择 portrait 或 landscape。</translation>
    </message>
    <message>
        <source>--from and --to can only be used with --export-ics, --export-csv or --print.</source>
        <translation>--from 和 --to 只能与 --export-ics、--export-csv 或 --print 一起使用。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Internal error: the migrations for %1 are not numbered 1, 2, 3...</source>
        <translation>内部错误：%1 的迁移步骤没有按 1、2、3…… 编号。</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder cannot be created.</source>
        <translation>无法创建 %1：无法创建其所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Study Planner (schema %2); it is opened read-only.</source>
        <translation>%1 由更新版本的学习计划写入（数据结构版本 %2），现以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 was not upgraded because no backup copy could be made: %2</source>
        <translation>%1 未升级，因为无法创建备份副本：%2</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema %2 to %3 and was left as it was: %4</source>
        <translation>%1 无法从数据结构版本 %2 升级到 %3，文件保持原样：%4</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Study Planner database.</source>
        <translation>%1 是文件夹，不是学习计划数据库。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a Study Planner database.</source>
        <translation>%1 是空文件：它不是学习计划数据库。</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database, so it is not a Study Planner database.</source>
        <translation>%1 不是 SQLite 数据库，因此不是学习计划数据库。</translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than an SQLite header.</source>
        <translation>%1 已被截断：它比 SQLite 文件头还短。</translation>
    </message>
    <message>
        <source>%1 is damaged: its header names an impossible page size.</source>
        <translation>%1 已损坏：其文件头中的页大小不可能存在。</translation>
    </message>
    <message>
        <source>%1 is truncated: it is shorter than the database its header describes.</source>
        <translation>%1 已被截断：它比文件头所描述的数据库短。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Study Planner database.</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是学习计划数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only: Study Planner needs to write to its database.</source>
        <translation>%1 是只读的：学习计划需要写入它的数据库。</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>the SQLite driver does not expose its handle</source>
        <translation>SQLite 驱动程序没有提供其句柄</translation>
    </message>
    <message>
        <source>%1 cannot be set up: %2</source>
        <translation>无法设置 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot use write-ahead logging (is it on a network drive?); its journal mode is %2.</source>
        <translation>%1 无法使用预写日志（它是否位于网络驱动器上？）；其日志模式为 %2。</translation>
    </message>
    <message>
        <source>%1 cannot be set up: SQLite ignored a setting.</source>
        <translation>无法设置 %1：SQLite 忽略了一项设置。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>%1 is opened read-only: the change was not saved.</source>
        <translation>%1 以只读方式打开：更改未保存。</translation>
    </message>
    <message>
        <source>The change cannot be saved to %1: %2</source>
        <translation>无法将更改保存到 %1：%2</translation>
    </message>
    <message>
        <source>The change was not saved to %1.</source>
        <translation>更改未保存到 %1。</translation>
    </message>
    <message>
        <source>schema %1: %2</source>
        <translation>数据结构版本 %1：%2</translation>
    </message>
    <message>
        <source>a row of table %1 refers to a missing row of table %2</source>
        <translation>表 %1 中的一行引用了表 %2 中不存在的行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>EntryCsv</name>
    <message>
        <source>a quoted field that begins on this line is never closed</source>
        <translation>从本行开始的带引号字段没有结束</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号后还有文字</translation>
    </message>
    <message>
        <source>a quote inside a field that does not begin with one</source>
        <translation>不以引号开头的字段中出现了引号</translation>
    </message>
    <message>
        <source>a carriage return not followed by a line feed</source>
        <translation>回车符后面没有换行符</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file has over %1 MB; files over %1 MB are refused</source>
        <translation>文件超过 %1 MB；超过 %1 MB 的文件会被拒绝</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>文件为空：没有标题行</translation>
    </message>
    <message>
        <source>the header is not valid UTF-8</source>
        <translation>标题行不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>a column without a name in the header</source>
        <translation>标题行中有一列没有名称</translation>
    </message>
    <message>
        <source>unknown column “%1” in the header</source>
        <translation>标题行中有未知的列“%1”</translation>
    </message>
    <message>
        <source>the column “%1” is named twice in the header</source>
        <translation>标题行中列“%1”出现了两次</translation>
    </message>
    <message>
        <source>the first row is not a header</source>
        <translation>第一行不是标题行</translation>
    </message>
    <message>
        <source>the header has no column “%1”</source>
        <translation>标题行中没有“%1”列</translation>
    </message>
    <message>
        <source>not a time entry file: %1 (expected the header %2)</source>
        <translation>不是学习记录文件：%1（应有标题行 %2）</translation>
    </message>
    <message>
        <source>the row holds a NUL byte: this is not a text file</source>
        <translation>该行含有 NUL 字节：这不是文本文件</translation>
    </message>
    <message>
        <source>the row is not valid UTF-8 text</source>
        <translation>该行不是有效的 UTF-8 文本</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) where the header has %1</source>
        <translation>
            <numerusform>该行有 %n 个字段，而标题行有 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>阶段为空</translation>
    </message>
    <message>
        <source>there is no stage “%1”</source>
        <translation>没有阶段“%1”</translation>
    </message>
    <message>
        <source>the start “%1” is not a date and time with an offset such as %2</source>
        <translation>开始时间“%1”不是带时区偏移的日期时间（例如 %2）</translation>
    </message>
    <message>
        <source>the end “%1” is not a date and time with an offset such as %2</source>
        <translation>结束时间“%1”不是带时区偏移的日期时间（例如 %2）</translation>
    </message>
    <message>
        <source>the UTC offset “%1” is not of the form +01:00</source>
        <translation>UTC 偏移“%1”不是 +01:00 这样的格式</translation>
    </message>
    <message>
        <source>the start has the offset %1, the utc_offset column %2</source>
        <translation>开始时间的偏移是 %1，而 utc_offset 列是 %2</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <source>the entry is longer than 24 hours</source>
        <translation>该记录超过 24 小时</translation>
    </message>
    <message numerus="yes">
        <source>and %n more row(s) refused</source>
        <translation>
            <numerusform>另有 %n 行被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has more than %1 rows; larger files are refused</source>
        <translation>文件超过 %1 行；更大的文件会被拒绝</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file has %1 MB; files over %2 MB are refused</source>
        <translation>文件有 %1 MB；超过 %2 MB 的文件会被拒绝</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Study Entry</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>条目(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>EntryRepository</name>
    <message>
        <source>An entry has no stage.</source>
        <translation>记录没有阶段。</translation>
    </message>
    <message>
        <source>An entry has no valid start.</source>
        <translation>记录没有有效的开始时间。</translation>
    </message>
    <message>
        <source>An entry has no end.</source>
        <translation>记录没有结束时间。</translation>
    </message>
    <message>
        <source>An entry ends before it starts.</source>
        <translation>记录的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>An entry&apos;s UTC offset is out of range.</source>
        <translation>记录的 UTC 偏移超出范围。</translation>
    </message>
    <message>
        <source>The running timer cannot be read: %1</source>
        <translation>无法读取正在运行的计时器：%1</translation>
    </message>
    <message>
        <source>The timer was not started: %1</source>
        <translation>计时器未启动：%1</translation>
    </message>
    <message>
        <source>The timer was not started: a timer is already running.</source>
        <translation>计时器未启动：已有一个计时器在运行。</translation>
    </message>
    <message>
        <source>The timer&apos;s heartbeat was not saved: %1</source>
        <translation>计时器的心跳未能保存：%1</translation>
    </message>
    <message>
        <source>The timer was not stopped: it is not running.</source>
        <translation>计时器未停止：它没有在运行。</translation>
    </message>
    <message>
        <source>The timer was not stopped: %1</source>
        <translation>计时器未停止：%1</translation>
    </message>
    <message>
        <source>The timer was not stopped: it cannot end before it started.</source>
        <translation>计时器未停止：结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>The study log cannot be read: %1</source>
        <translation>无法读取学习记录：%1</translation>
    </message>
    <message>
        <source>The study log was not changed: %1</source>
        <translation>学习记录未更改：%1</translation>
    </message>
</context>
<context>
    <name>FocusController</name>
    <message>
        <source>Focus · %1 left · session %2</source>
        <comment>time left · the work session&apos;s number today</comment>
        <translation>专注 · 剩余 %1 · 第 %2 个时段</translation>
    </message>
    <message numerus="yes">
        <source>Break · %1 left · %n session(s) today</source>
        <translation>
            <numerusform>休息 · 剩余 %1 · 今天已完成 %n 个专注时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long break · %1 left · %n session(s) today</source>
        <translation>
            <numerusform>长休息 · 剩余 %1 · 今天已完成 %n 个专注时段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session %1 done: take a %n-minute long break.</source>
        <translation>
            <numerusform>第 %1 个专注时段完成：长休息 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Session %1 done: take a %n-minute break.</source>
        <translation>
            <numerusform>第 %1 个专注时段完成：休息 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus Mode</source>
        <translation>专注模式</translation>
    </message>
    <message>
        <source>Break over: session %1 has started.</source>
        <translation>休息结束：第 %1 个专注时段已开始。</translation>
    </message>
    <message>
        <source>Break over: start the timer for session %1.</source>
        <translation>休息结束：请启动计时器开始第 %1 个专注时段。</translation>
    </message>
</context>
<context>
    <name>FocusDialog</name>
    <message>
        <source>Focus Mode Settings</source>
        <translation>专注模式设置</translation>
    </message>
    <message>
        <source>&amp;Work session:</source>
        <translation>专注时长(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Break:</source>
        <translation>休息(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Long break:</source>
        <translation>长休息(&amp;L)：</translation>
    </message>
    <message>
        <source>Long break &amp;after every:</source>
        <translation>长休息间隔(&amp;A)：每</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Start the next session after a break</source>
        <translation>休息后自动开始下一个专注时段(&amp;S)</translation>
    </message>
    <message>
        <source>When a break ends, the timer starts again by itself for the same stage and item; otherwise it waits for you to start it</source>
        <translation>休息结束时，计时器自动为同一阶段和条目重新开始；否则等你手动启动</translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <comment>after every N sessions</comment>
        <translation>
            <numerusform> 个专注时段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusSettings</name>
    <message>
        <source>A work session lasts from %1 to %2 minutes, not %3.</source>
        <translation>专注时段应为 %1 到 %2 分钟，而不是 %3。</translation>
    </message>
    <message>
        <source>A break lasts from %1 to %2 minutes, not %3.</source>
        <translation>休息应为 %1 到 %2 分钟，而不是 %3。</translation>
    </message>
    <message>
        <source>A long break lasts from %1 to %2 minutes, not %3.</source>
        <translation>长休息应为 %1 到 %2 分钟，而不是 %3。</translation>
    </message>
    <message>
        <source>A long break comes after %1 to %2 sessions, not %3.</source>
        <translation>长休息应在 %1 到 %2 个专注时段之后，而不是 %3。</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>Study blocks</source>
        <translation>学习时段</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>学习：%1</translation>
    </message>
    <message>
        <source>Study: %1 (%2)</source>
        <translation>学习：%1（%2）</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>链接：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>line %1: event “%2”</source>
        <translation>第 %1 行的事件“%2”</translation>
    </message>
    <message>
        <source>line %1: an event without summary</source>
        <translation>第 %1 行的无摘要事件</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>事件“%1”</translation>
    </message>
    <message>
        <source>an event without summary</source>
        <translation>一个无摘要的事件</translation>
    </message>
    <message>
        <source>%1 is not a valid date or time</source>
        <translation>%1 不是有效的日期或时间</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>已跳过%1：%2</translation>
    </message>
    <message>
        <source>libical could not read it (%1)</source>
        <translation>libical 无法读取它（%1）</translation>
    </message>
    <message>
        <source>%1: libical: %2</source>
        <translation>%1：libical：%2</translation>
    </message>
    <message>
        <source>it has no start (DTSTART)</source>
        <translation>它没有开始时间（DTSTART）</translation>
    </message>
    <message>
        <source>it ends (DTEND) before it starts (DTSTART)</source>
        <translation>它的结束时间（DTEND）早于开始时间（DTSTART）</translation>
    </message>
    <message>
        <source>its DURATION cannot be read</source>
        <translation>无法读取它的 DURATION</translation>
    </message>
    <message>
        <source>its DURATION is negative</source>
        <translation>它的 DURATION 为负数</translation>
    </message>
    <message>
        <source>%1 makes more than %2 occurrences between %3 and %4 in all: refused (import a shorter period)</source>
        <translation>%1使 %3 至 %4 之间的事件总数超过 %2 个：已拒绝（请导入较短的时间范围）</translation>
    </message>
    <message>
        <source>%1: EXDATE ignored: %2</source>
        <translation>%1：已忽略 EXDATE：%2</translation>
    </message>
    <message>
        <source>%1: libical could not expand its RRULE (%2): only its first occurrence is taken</source>
        <translation>%1：libical 无法展开其 RRULE（%2）：只采用第一次出现</translation>
    </message>
    <message>
        <source>%1 repeats too often (RRULE:%2): more than %3 repetitions to expand; refused</source>
        <translation>%1重复过于频繁（RRULE:%2）：需要展开超过 %3 次；已拒绝</translation>
    </message>
    <message>
        <source>%1: RDATE ignored: %2</source>
        <translation>%1：已忽略 RDATE：%2</translation>
    </message>
    <message>
        <source>The import period is empty or invalid.</source>
        <translation>导入时间范围为空或无效。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it holds binary data.</source>
        <translation>这不是 iCalendar 文件：其中包含二进制数据。</translation>
    </message>
    <message>
        <source> (libical: %1)</source>
        <translation>（libical：%1）</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it has no BEGIN:VCALENDAR.%1</source>
        <translation>这不是 iCalendar 文件：其中没有 BEGIN:VCALENDAR%1。</translation>
    </message>
    <message>
        <source>The iCalendar data is incomplete or damaged: libical found no complete VCALENDAR (is END:VCALENDAR missing?).%1</source>
        <translation>iCalendar 数据不完整或已损坏：libical 没有找到完整的 VCALENDAR，是否缺少 END:VCALENDAR？%1</translation>
    </message>
    <message>
        <source>libical reported: %1</source>
        <translation>libical 报告：%1</translation>
    </message>
    <message>
        <source>libical: %1</source>
        <translation>libical：%1</translation>
    </message>
    <message>
        <source>No event of the file could be read; the first problem: %1</source>
        <translation>无法读取文件中的任何事件；第一个问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n recurring events never end: taken until %1</source>
        <translation>
            <numerusform>%n 个重复事件永不结束：只导入到 %1 为止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events have no end and take no time: skipped</source>
        <translation>
            <numerusform>%n 个事件没有结束时间且不占用时间：已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems</source>
        <translation>
            <numerusform>… 另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the file has %1 MB; files over %2 MB are refused</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的文件会被拒绝</translation>
    </message>
    <message>
        <source>the file has over %1 MB; files over %1 MB are refused</source>
        <translation>文件超过 %1 MB；超过 %1 MB 的文件会被拒绝</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <source>&amp;Idle Detection</source>
        <translation>离开检测(&amp;I)</translation>
    </message>
    <message>
        <source>When you come back after this long without using the keyboard or mouse while a timer runs, choose whether to keep the time away</source>
        <translation>计时器运行时，如果这么长时间未使用键盘或鼠标，回来后由你决定是否保留离开的时间</translation>
    </message>
    <message>
        <source>Idle detection is unavailable on this desktop</source>
        <translation>此桌面环境不提供空闲时间，离开检测不可用</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>After %n Minute(s)</source>
        <comment>idle detection</comment>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message numerus="yes">
        <source>You were away from %1 to %2 (%n minute(s)).</source>
        <translation>
            <numerusform>你在 %1 到 %2 之间离开了（%n 分钟）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the time away in the study log, or discard it?</source>
        <translation>将离开的时间保留在学习记录中，还是丢弃？</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard the Idle Time</source>
        <translation>丢弃离开的时间(&amp;D)</translation>
    </message>
    <message>
        <source>Discard and &amp;Stop</source>
        <translation>丢弃并停止(&amp;S)</translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>Study Planner is already running on %1, but it does not answer.</source>
        <translation>学习计划已在使用 %1，但没有响应。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the database.</source>
        <translation>无法在数据库旁创建锁文件 %1。</translation>
    </message>
    <message>
        <source>Study Planner is running on %1, but it does not answer.</source>
        <translation>学习计划正在使用 %1，但没有响应。</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>书籍</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>自我评估</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Branch not followed: these items do not count toward progress.</source>
        <translation>未选择此方向：这些条目不计入进度。</translation>
    </message>
    <message>
        <source>Branch not followed: this item does not count toward progress.</source>
        <translation>未选择此方向：此条目不计入进度。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>预计用时</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>LogDocument</name>
    <message>
        <source>The study log cannot be changed: the database is open read-only.</source>
        <translation>无法更改学习记录：数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>Add Study Entry</source>
        <translation>添加学习记录</translation>
    </message>
    <message>
        <source>The entry is no longer in the study log.</source>
        <translation>该记录已不在学习记录中。</translation>
    </message>
    <message>
        <source>Edit Study Entry</source>
        <translation>编辑学习记录</translation>
    </message>
    <message>
        <source>An entry can only be split at a time between its start and its end.</source>
        <translation>只能在记录的开始时间与结束时间之间的某个时间点拆分记录。</translation>
    </message>
    <message>
        <source>Split Study Entry</source>
        <translation>拆分学习记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Study Entry(s)</source>
        <translation>
            <numerusform>删除 %n 条学习记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Study Entry(s)</source>
        <translation>
            <numerusform>导入 %n 条学习记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExchange</name>
    <message>
        <source>Export Study Log</source>
        <translation>导出学习记录</translation>
    </message>
    <message>
        <source>Add a &amp;byte order mark for spreadsheet programs</source>
        <translation>添加字节顺序标记（BOM），便于电子表格程序读取(&amp;B)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read the file as UTF-8 only when it begins with this mark</source>
        <translation>某些电子表格程序只有在文件以此标记开头时，才会按 UTF-8 读取文件</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Only the entries of the Log view&apos;s stage and text filter are exported.</source>
        <translation>只导出符合“学习记录”视图中阶段和文本筛选条件的记录。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n study entry(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条学习记录保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Study Log</source>
        <translation>导入学习记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Nothing will be added; correct the file and try again.</source>
        <translation>无法导入 %1。不会添加任何记录；请修正文件后重试。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message numerus="yes">
        <source>%n study entry(s) will be added (%1 h) as one step you can undo.</source>
        <translation>
            <numerusform>将添加 %n 条学习记录（%1 小时），可一步撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n row(s) refused.</source>
        <translation>
            <numerusform>%1 未导入：%n 行被拒绝。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n study entry(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条学习记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>This entry overlaps another one: both are counted.</source>
        <translation>这条记录与另一条记录重叠：两条都会计入。</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2 天）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LogStatus</name>
    <message>
        <source>Today %1 h</source>
        <translation>今天 %1 小时</translation>
    </message>
    <message>
        <source>this week %1 of %2 h</source>
        <translation>本周 %1 / %2 小时</translation>
    </message>
    <message>
        <source>this week %1 h</source>
        <translation>本周 %1 小时</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Show only the entries of a date range</source>
        <translation>只显示某一日期范围内的记录</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>搜索备注</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an entry by hand</source>
        <translation>手动添加一条记录</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>拆分(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the entries of the filter as a CSV file</source>
        <translation>把筛选出的记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the entries of a CSV file, after a preview</source>
        <translation>预览后添加 CSV 文件中的记录</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), %1 h %2 min</source>
        <translation>
            <numerusform>%n 条记录，%1 小时 %2 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is too short to split.</source>
        <translation>这条记录太短，无法拆分。</translation>
    </message>
    <message>
        <source>Split Entry</source>
        <translation>拆分记录</translation>
    </message>
    <message>
        <source>Split &amp;at:</source>
        <translation>拆分时间(&amp;A)：</translation>
    </message>
    <message>
        <source>Split the selected entry in two at a time you choose</source>
        <translation>在你选择的时间把所选记录拆分为两条</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Study Planner. It is open read-only: nothing you change here is saved.</source>
        <translation>%1 由更新版本的学习计划写入，现以只读方式打开：在这里做的任何更改都不会保存。</translation>
    </message>
    <message>
        <source>Study Planner</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Show the %1 view (%2)</source>
        <translation>显示“%1”视图（%2）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch Roadmap</source>
        <translation>切换路线图(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Roadmap…</source>
        <translation>导入路线图(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a learning guide written in Markdown as a new roadmap</source>
        <translation>把用 Markdown 写成的学习指南导入为新的路线图</translation>
    </message>
    <message>
        <source>&amp;Export Roadmap as JSON…</source>
        <translation>将路线图导出为 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the roadmap with your progress as a JSON file</source>
        <translation>把路线图及你的进度保存为 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Study Planner</source>
        <translation>关于学习计划(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>%1 of %2 items done</source>
        <translation>已完成 %1 / %2 个条目</translation>
    </message>
    <message>
        <source>Import Roadmap</source>
        <translation>导入路线图</translation>
    </message>
    <message>
        <source>Markdown guides (*.md *.markdown);;All files (*)</source>
        <translation>Markdown 指南 (*.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>Imported “%1”. Switch between roadmaps with File → Switch Roadmap.</source>
        <translation>已导入“%1”。可通过“文件 → 切换路线图”在路线图之间切换。</translation>
    </message>
    <message>
        <source>Export Roadmap</source>
        <translation>导出路线图</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported the roadmap to %1</source>
        <translation>已将路线图导出到 %1</translation>
    </message>
    <message>
        <source>About Study Planner</source>
        <translation>关于学习计划</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Study Planner %1&lt;/h3&gt;&lt;p&gt;Turns a learning guide into a plan and keeps you on it.&lt;/p&gt;&lt;p&gt;The bundled roadmap is the guide to learning large language models, in Chinese and in English.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;学习计划 %1&lt;/h3&gt;&lt;p&gt;把学习指南变成计划，并帮助你坚持下去。&lt;/p&gt;&lt;p&gt;内置的路线图是大模型学习路径指南，提供中文和英文版本。&lt;/p&gt;&lt;p&gt;你的数据：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Import &amp;Busy Calendar…</source>
        <translation>导入忙碌日程(&amp;B)…</translation>
    </message>
    <message>
        <source>Import an iCalendar (.ics) file: study blocks are never placed on its events</source>
        <translation>导入 iCalendar（.ics）文件：学习时段不会安排在其中事件所占的时间</translation>
    </message>
    <message>
        <source>Export Study Blocks as i&amp;Calendar…</source>
        <translation>将学习时段导出为 iCalendar(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the study blocks of a date range as an .ics file for your calendar</source>
        <translation>把某一日期范围内的学习时段保存为 .ics 文件，供日历使用</translation>
    </message>
    <message>
        <source>&amp;Availability…</source>
        <translation>可学习时间(&amp;A)…</translation>
    </message>
    <message>
        <source>When you can study: weekly hours, days off and block lengths</source>
        <translation>你何时可以学习：每周时间、休息日和学习时段长度</translation>
    </message>
    <message>
        <source>Import Busy Calendar</source>
        <translation>导入忙碌日程</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics *.ical *.ifb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export Study Blocks</source>
        <translation>导出学习时段</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n study block(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个学习时段保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove Busy Calendar</source>
        <translation>移除忙碌日程(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n busy time(s))</source>
        <translation>
            <numerusform>%1（%n 项忙碌时间）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Busy Calendar</source>
        <translation>移除忙碌日程</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? Study blocks may then be placed in its %n busy time(s).</source>
        <translation>
            <numerusform>移除“%1”？之后学习时段可能会被安排在它的 %n 项忙碌时间内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>学习记录</translation>
    </message>
    <message>
        <source>Import Study &amp;Log from CSV…</source>
        <translation>从 CSV 导入学习记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Add study entries from a CSV file, after a preview; one step you can undo</source>
        <translation>预览后从 CSV 文件添加学习记录；可一步撤销</translation>
    </message>
    <message>
        <source>Export Study Log as &amp;CSV…</source>
        <translation>将学习记录导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the study entries of a date range as a CSV file for spreadsheets</source>
        <translation>把某一日期范围内的学习记录保存为 CSV 文件，供电子表格使用</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>stage — item of the running timer</comment>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>&amp;Tick Items When Their Estimated Hours Are Logged</source>
        <translation>记录时长达到预计用时后自动勾选条目(&amp;T)</translation>
    </message>
    <message>
        <source>An item with an hour estimate is ticked as done once the study log holds that many hours for it</source>
        <translation>有预计用时的条目，在学习记录中累计达到该时长后即被勾选为已完成</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>This week has no study blocks to transcribe.</source>
        <translation>本周没有可誊录的学习时段。</translation>
    </message>
    <message>
        <source>&amp;Transcribe Printed Week…</source>
        <translation>誊录打印的周计划(&amp;T)…</translation>
    </message>
    <message>
        <source>Enter what you wrote on the printed week: the blocks you did and the minutes you studied</source>
        <translation>录入你在打印的周计划上写下的内容：完成的学习时段和实际学习的分钟数</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>The overview diagram shows the duration “%1” (line %2) without a stage name above it.</source>
        <translation>概览图中的时长“%1”（第 %2 行）上方没有阶段名称。</translation>
    </message>
    <message>
        <source>The duration “%1” of the stage “%2” (line %3) is not understood: expected months such as “(1-2个月)”, “(3–6 months)” or “(ongoing)”.</source>
        <translation>无法理解阶段“%2”的时长“%1”（第 %3 行）：应为月数，例如“(1-2个月)”、“(3–6 months)”或“(持续发展)”。</translation>
    </message>
    <message>
        <source>The file could not be read as Markdown.</source>
        <translation>无法将该文件作为 Markdown 读取。</translation>
    </message>
    <message>
        <source>No stages found: expected an overview, as a diagram in a code block or as a list, naming each stage with its duration, such as “入门阶段 (1-2个月)” or “Getting Started (1-2 months)”.</source>
        <translation>未找到任何阶段：需要一个概览（代码块中的示意图或列表），列出每个阶段及其时长，例如“入门阶段 (1-2个月)”或“Getting Started (1-2 months)”。</translation>
    </message>
    <message>
        <source>The stage “%1” in the overview (line %2) has no duration: expected one such as “(1-2个月)”, “(1-2 months)” or “(ongoing)”.</source>
        <translation>概览中的阶段“%1”（第 %2 行）没有时长：应为例如“(1-2个月)”、“(1-2 months)”或“(持续发展)”。</translation>
    </message>
    <message>
        <source>The overview (line %2) names the stage “%1”, but no level-2 heading such as “## %1” starts its section.</source>
        <translation>概览（第 %2 行）列出了阶段“%1”，但没有以二级标题（例如“## %1”）开始的对应章节。</translation>
    </message>
    <message>
        <source>The stage “%1” (line %2) has no items: expected lists of courses, books, projects or assessment points under its level-3 or level-4 headings.</source>
        <translation>阶段“%1”（第 %2 行）没有任何条目：其三级或四级标题下应有课程、书籍、项目或评估要点的列表。</translation>
    </message>
    <message>
        <source>The file is too large: a guide may have at most %1 MB, this one has %2 bytes.</source>
        <translation>文件太大：指南最多 %1 MB，而此文件有 %2 字节。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>This is not a text file: binary data at byte %1. Guides are Markdown files in UTF-8.</source>
        <translation>这不是文本文件：第 %1 字节处是二进制数据。指南应为 UTF-8 编码的 Markdown 文件。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a guide file.</source>
        <translation>“%1”是文件夹，不是指南文件。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file “%1” is too large: a guide may have at most %2 MB, this one has %3 bytes.</source>
        <translation>文件“%1”太大：指南最多 %2 MB，而此文件有 %3 字节。</translation>
    </message>
    <message>
        <source>The file “%1” is too large: a guide may have at most %2 MB.</source>
        <translation>文件“%1”太大：指南最多 %2 MB。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Study Planner</source>
        <translation>学习计划</translation>
    </message>
</context>
<context>
    <name>PauseModel</name>
    <message>
        <source>%1 h/week</source>
        <translation>每周 %1 小时</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不学习</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>学习时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>This database is open read-only; the plan cannot be changed.</source>
        <translation>此数据库以只读方式打开；无法更改计划。</translation>
    </message>
    <message>
        <source>Change the start date</source>
        <translation>更改开始日期</translation>
    </message>
    <message>
        <source>Change the weekly hours</source>
        <translation>更改每周小时数</translation>
    </message>
    <message>
        <source>Change the effort</source>
        <translation>更改工作量</translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Change what follows</source>
        <translation>更改推算项</translation>
    </message>
    <message>
        <source>Change the overlap</source>
        <translation>更改重叠</translation>
    </message>
    <message>
        <source>Add a pause</source>
        <translation>添加暂停</translation>
    </message>
    <message>
        <source>Change a pause</source>
        <translation>更改暂停</translation>
    </message>
    <message>
        <source>Remove a pause</source>
        <translation>删除暂停</translation>
    </message>
</context>
<context>
    <name>PlanPrint</name>
    <message>
        <source>Study plan: %1</source>
        <translation>学习计划：%1</translation>
    </message>
    <message>
        <source>Study plan</source>
        <translation>学习计划</translation>
    </message>
    <message numerus="yes">
        <source>The plan starts on %1 and has %n stage(s).</source>
        <translation>
            <numerusform>计划从 %1 开始，共 %n 个阶段。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 或更晚</translation>
    </message>
    <message>
        <source>The path ends on %1; the guide expects it to end from %2: %3.</source>
        <translation>整条路线在 %1 结束；指南预计最早在 %2 结束：%3。</translation>
    </message>
    <message>
        <source>Logged so far: %1 h. Printed on %2.</source>
        <translation>目前已记录：%1 小时。打印于 %2。</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month on the printed plan&apos;s time axis</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>your plan</source>
        <translation>你的计划</translation>
    </message>
    <message>
        <source>the guide&apos;s time for the stage</source>
        <translation>指南给出的阶段时长</translation>
    </message>
    <message>
        <source>when the guide expects it to end</source>
        <translation>指南预计的结束时间</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>第 %1 阶段：%2</translation>
    </message>
    <message numerus="yes">
        <source>Planned: %1 to %2 (%n week(s)), %3 h a week, %4 h in all.</source>
        <translation>
            <numerusform>计划：%1 至 %2（%n 周），每周 %3 小时，共 %4 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned: from %1, open-ended, %2 h a week.</source>
        <translation>计划：从 %1 开始，不设结束，每周 %2 小时。</translation>
    </message>
    <message>
        <source>The guide: %1 to %2 months, so an end from %3 to %4: %5.</source>
        <translation>指南：%1 至 %2 个月，即在 %3 至 %4 之间结束：%5。</translation>
    </message>
    <message>
        <source>The guide: %1 months or more, ongoing.</source>
        <translation>指南：%1 个月或更长，持续进行。</translation>
    </message>
    <message>
        <source>Logged so far: %1 h; %2 of %3 items done.</source>
        <translation>目前已记录：%1 小时；已完成 %2 / %3 个条目。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>section (branch)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (about %2 h)</source>
        <translation>%1（约 %2 小时）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>自我评估清单</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>its start date “%1” is not a date</source>
        <translation>其开始日期“%1”不是有效日期</translation>
    </message>
    <message>
        <source>stage %1 derives the unknown field “%2”</source>
        <translation>阶段 %1 推算了未知字段“%2”</translation>
    </message>
    <message>
        <source>a pause from “%1” to “%2” does not have valid dates</source>
        <translation>从“%1”到“%2”的暂停日期无效</translation>
    </message>
    <message>
        <source>The plan has no valid start date.</source>
        <translation>计划没有有效的开始日期。</translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation>不存在路线图 %1。</translation>
    </message>
    <message>
        <source>Roadmap %1 has no stage %2.</source>
        <translation>路线图 %1 中没有阶段 %2。</translation>
    </message>
    <message>
        <source>The plan lists stage %1 twice.</source>
        <translation>计划中阶段 %1 出现了两次。</translation>
    </message>
    <message>
        <source>The pause from %1 to %2 does not have valid dates.</source>
        <translation>从 %1 到 %2 的暂停日期无效。</translation>
    </message>
    <message>
        <source>The plan of roadmap %1 cannot be read: %2</source>
        <translation>无法读取路线图 %1 的计划：%2</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>The plan names a stage (%1) that the roadmap does not have.</source>
        <translation>计划中包含路线图里没有的阶段（%1）。</translation>
    </message>
    <message>
        <source>%1 is planned twice.</source>
        <translation>%1 被计划了两次。</translation>
    </message>
    <message>
        <source>Pause %1 needs a first and a last day.</source>
        <translation>暂停 %1 需要开始日和结束日。</translation>
    </message>
    <message>
        <source>The pause from %1 to %2 ends before it begins.</source>
        <translation>从 %1 到 %2 的暂停在开始之前就结束了。</translation>
    </message>
    <message>
        <source>The pause from %1 to %2 allows %3 hours a week: it must be 0 or more.</source>
        <translation>从 %1 到 %2 的暂停允许每周 %3 小时：该值必须大于或等于 0。</translation>
    </message>
    <message>
        <source>%1: a weekly budget must be more than 0 hours, not %2.</source>
        <translation>%1：每周时间预算必须大于 0 小时，而不是 %2。</translation>
    </message>
    <message>
        <source>%1: a weekly budget of %2 hours is more than %3 hours a week.</source>
        <translation>%1：每周 %2 小时的时间预算超过了每周 %3 小时的上限。</translation>
    </message>
    <message>
        <source>%1: the effort must be more than 0 hours, not %2.</source>
        <translation>%1：工作量必须大于 0 小时，而不是 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the duration must be at least one day, not %n day(s).</source>
        <translation>
            <numerusform>%1：时长至少为一天，而不是 %n 天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a duration of %n day(s) is more than %2 years.</source>
        <translation>
            <numerusform>%1：%n 天的时长超过了 %2 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: at %2 hours a week, %3 hours would take more than %4 years.</source>
        <translation>%1：按每周 %2 小时，%3 小时需要超过 %4 年。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours cannot be reached in %n day(s): the pauses in them leave room for %3 hours at most.</source>
        <translation>
            <numerusform>%1：%n 天内无法完成 %2 小时：其中的暂停最多只留出 %3 小时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 hours cannot be reached in %n day(s): they would need %3 hours a week, more than %4.</source>
        <translation>
            <numerusform>%1：%n 天内无法完成 %2 小时：这需要每周 %3 小时，超过了 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan has no valid start date.</source>
        <translation>计划没有有效的开始日期。</translation>
    </message>
    <message>
        <source>%1 has no plan: every stage needs a weekly budget.</source>
        <translation>%1 没有计划：每个阶段都需要每周时间预算。</translation>
    </message>
    <message>
        <source>%1 is the first stage: there is no stage before it to overlap.</source>
        <translation>%1 是第一个阶段：它之前没有可以重叠的阶段。</translation>
    </message>
    <message>
        <source>%1 cannot start: %2 before it is open-ended and never ends.</source>
        <translation>%1 无法开始：它之前的 %2 是持续进行的，没有结束。</translation>
    </message>
    <message>
        <source>%1: the overlap must be 0 weeks or more, not %2.</source>
        <translation>%1：重叠必须为 0 周或更多，而不是 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: an overlap of %n week(s) is longer than %2, which lasts %3 days.</source>
        <translation>
            <numerusform>%1：%n 周的重叠比只持续 %3 天的 %2 还长。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) faster than the guide</source>
        <translation>
            <numerusform>比指南快 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>within the guide&apos;s range</source>
        <translation>在指南的范围内</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) slower than the guide</source>
        <translation>
            <numerusform>比指南慢 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>持续进行</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print Week…</source>
        <translation>打印本周(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the week shown in the Week view on one page, to tick and fill in by hand</source>
        <translation>将周视图中显示的一周打印在一页上，供手工勾选和填写</translation>
    </message>
    <message>
        <source>Print P&amp;lan…</source>
        <translation>打印计划(&amp;L)…</translation>
    </message>
    <message>
        <source>Print the plan: the timeline against the guide, and each stage&apos;s dates, goals, resources and checklist</source>
        <translation>打印计划：对照指南的时间线，以及每个阶段的日期、目标、资源和自我评估清单</translation>
    </message>
    <message>
        <source>Print Rep&amp;ort…</source>
        <translation>打印报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Print the time studied in a date range: totals, a chart and the entries</source>
        <translation>打印某一日期范围内的学习时间：合计、图表和记录</translation>
    </message>
    <message>
        <source>Export as P&amp;DF</source>
        <translation>导出为 PDF(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week…</source>
        <translation>本周(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the week shown in the Week view as a PDF file</source>
        <translation>将周视图中显示的一周保存为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF file</source>
        <translation>将计划保存为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the report of a date range as a PDF file</source>
        <translation>将某一日期范围的报告保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>week-%1.pdf</source>
        <translation>周计划-%1.pdf</translation>
    </message>
    <message>
        <source>study-plan.pdf</source>
        <translation>学习计划.pdf</translation>
    </message>
    <message>
        <source>study-report-%1-%2.pdf</source>
        <translation>学习报告-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>PrintFonts</name>
    <message>
        <source>No Chinese font is installed: Chinese text may be missing from the printout. Install WenQuanYi Micro Hei (fonts-wqy-microhei).</source>
        <translation>未安装中文字体：打印件中可能缺少中文文字。请安装文泉驿微米黑（fonts-wqy-microhei）。</translation>
    </message>
    <message>
        <source>Chinese text is printed with %1, whose characters a PDF reader may copy and search as look-alike radicals (入 as ⼊). Install WenQuanYi Micro Hei (fonts-wqy-microhei) for searchable Chinese text.</source>
        <translation>中文使用 %1 打印，PDF 阅读器复制和搜索时可能把其中的汉字当作形似的部首（入 变成 ⼊）。请安装文泉驿微米黑（fonts-wqy-microhei），以便搜索中文文字。</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Printed on %1 with Study Planner</source>
        <translation>由学习计划打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of printed documents</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Study Planner</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>无法生成 PDF。</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>The progress cannot be computed without today&apos;s date.</source>
        <translation>没有今天的日期，无法计算进度。</translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation>暂无预测</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ahead of the guide</source>
        <translation>
            <numerusform>比指南提前 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>within the guide&apos;s range</source>
        <translation>在指南范围之内</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) behind the guide</source>
        <translation>
            <numerusform>比指南落后 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>不设结束</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Light band: when the guide says the stage ends. Thin bar: the plan. Thick bar: the days you studied. ◆: the forecast end. Dashed line: today.</source>
        <translation>浅色带：指南给出的阶段结束时间。细条：计划。粗条：你学习的日子。◆：预测结束。虚线：今天。</translation>
    </message>
    <message>
        <source>Study time per day, the last 12 months</source>
        <translation>最近 12 个月每天的学习时间</translation>
    </message>
    <message>
        <source>Every stage&apos;s assessment checklist is ticked.</source>
        <translation>每个阶段的评估清单都已勾选。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Timer Still Running</source>
        <translation>计时器仍在运行</translation>
    </message>
    <message>
        <source>A timer for %1 has been running since %2. Its last sign of life was at %3: Study Planner was closed, or stopped without ending it.</source>
        <translation>%1 的计时器自 %2 起一直在运行，最后一次心跳在 %3：学习计划在没有结束计时的情况下被关闭或终止了。</translation>
    </message>
    <message>
        <source>End it at the last sign of &amp;life (%1)</source>
        <translation>在最后一次心跳时结束（%1）(&amp;L)</translation>
    </message>
    <message>
        <source>End it &amp;at:</source>
        <translation>结束于(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Keep it running: I am still studying</source>
        <translation>继续计时：我还在学习(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ReportPrint</name>
    <message>
        <source>Study report: %1 to %2</source>
        <translation>学习报告：%1 至 %2</translation>
    </message>
    <message>
        <source>Study report</source>
        <translation>学习报告</translation>
    </message>
    <message>
        <source>%1 to %2 · %3</source>
        <translation>%1 至 %2 · %3</translation>
    </message>
    <message>
        <source>No study time was logged in these days.</source>
        <translation>这些日子里没有记录学习时间。</translation>
    </message>
    <message numerus="yes">
        <source>%1 h in %n entry(s)</source>
        <translation>
            <numerusform>%1 小时，共 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n day(s)</source>
        <translation>
            <numerusform>分布在 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 h a week on average over %n week(s).</source>
        <translation>
            <numerusform>%n 周内平均每周 %1 小时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours per stage</source>
        <translation>各阶段小时数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>每月小时数</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>每周小时数</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>month under a bar of the printed report</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>week under a bar of the printed report</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Days studied</source>
        <translation>学习天数</translation>
    </message>
    <message>
        <source>%1 to %2 (week %3)</source>
        <translation>%1 至 %2（第 %3 周）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>an entry&apos;s start and end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>RoadmapDocument</name>
    <message>
        <source>This database is open read-only; the change was not saved.</source>
        <translation>此数据库以只读方式打开；更改未保存。</translation>
    </message>
</context>
<context>
    <name>RoadmapRepository</name>
    <message>
        <source>The bundled guide %1 is missing from this build.</source>
        <translation>此版本缺少内置指南 %1。</translation>
    </message>
    <message>
        <source>The bundled guide %1 cannot be read: %2</source>
        <translation>无法读取内置指南 %1：%2</translation>
    </message>
    <message>
        <source>%1 is opened read-only and holds no guide.</source>
        <translation>%1 以只读方式打开，且其中没有指南。</translation>
    </message>
    <message>
        <source>There is no roadmap %1.</source>
        <translation>不存在路线图 %1。</translation>
    </message>
    <message>
        <source>Roadmap %1 cannot be read: %2</source>
        <translation>无法读取路线图 %1：%2</translation>
    </message>
    <message>
        <source>The stored text of roadmap %1 cannot be read: %2</source>
        <translation>无法读取路线图 %1 保存的文本：%2</translation>
    </message>
    <message>
        <source>Roadmap %1 has no item %2.</source>
        <translation>路线图 %1 中没有条目 %2。</translation>
    </message>
    <message>
        <source>Roadmap %1 has no branch %2.</source>
        <translation>路线图 %1 中没有方向 %2。</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>Stages</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>方向分支</translation>
    </message>
    <message>
        <source>Tick the branches you follow. Items of the others do not count toward progress.</source>
        <translation>勾选你要学习的方向。其他方向的条目不计入进度。</translation>
    </message>
    <message>
        <source>Resources, projects and self-assessment</source>
        <translation>资源、项目与自我评估</translation>
    </message>
    <message>
        <source>Items of the stage</source>
        <translation>本阶段的条目</translation>
    </message>
    <message>
        <source>%1 suggested by the guide</source>
        <translation>指南建议%1</translation>
    </message>
    <message>
        <source>%1 (default: the guide gives no figure)</source>
        <translation>%1（默认值：指南未给出）</translation>
    </message>
    <message>
        <source>Guide estimate: %1 · %2 · %3 of %4 items done (%5%)</source>
        <translation>指南估计：%1 · %2 · 已完成 %3 / %4 个条目（%5%）</translation>
    </message>
    <message>
        <source>Select an item to see its details. Tick it when you have done it.</source>
        <translation>选择一个条目查看详情。完成后请勾选。</translation>
    </message>
    <message>
        <source>Start &amp;Timer</source>
        <translation>开始计时(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>%1 h of the %2 h budget do not fit: the free time this week is %3 h.</source>
        <translation>%2 小时预算中有 %1 小时排不下：本周的空闲时间为 %3 小时。</translation>
    </message>
    <message>
        <source>%1 h of the %2 h budget do not fit: the free time this week is %3 h, but blocks of %4–%5 min, breaks of %6 min and at most %7 h a day leave no room for more.</source>
        <translation>%2 小时预算中有 %1 小时排不下：本周的空闲时间为 %3 小时，但 %4–%5 分钟的学习时段、%6 分钟的休息和每天最多 %7 小时的限制使其无法再多安排。</translation>
    </message>
    <message numerus="yes">
        <source>Move %1 h into free time in %n block(s); the stage still ends on %2.</source>
        <translation>
            <numerusform>把 %1 小时移到空闲时间，共 %n 个学习时段；本阶段仍在 %2 结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 h into free time in %n block(s); %2 h do not fit under %3 h a week and move the stage&apos;s end from %4 to %5.</source>
        <translation>
            <numerusform>把 %1 小时移到空闲时间，共 %n 个学习时段；其中 %2 小时在每周 %3 小时的上限内排不下，本阶段的结束日期从 %4 推迟到 %5。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 h to the stage: its end moves from %2 to %3.</source>
        <translation>为本阶段增加 %1 小时：结束日期从 %2 推迟到 %3。</translation>
    </message>
    <message>
        <source>Add %1 h to the stage, which has no end date.</source>
        <translation>为本阶段增加 %1 小时，本阶段没有结束日期。</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n optional item(s) worth %1 h; the stage still ends on %2.</source>
        <translation>
            <numerusform>放弃 %n 个可选条目，共 %1 小时；本阶段仍在 %2 结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop %n optional item(s) worth %1 h; the other %2 h move the stage&apos;s end from %3 to %4.</source>
        <translation>
            <numerusform>放弃 %n 个可选条目，共 %1 小时；其余 %2 小时使本阶段的结束日期从 %3 推迟到 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The database %1 holds no roadmap.</source>
        <translation>数据库 %1 中没有路线图。</translation>
    </message>
</context>
<context>
    <name>StageDelegate</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 · %2 · %3/%4 done</source>
        <translation>%1 · %2 · 已完成 %3/%4</translation>
    </message>
</context>
<context>
    <name>StageListModel</name>
    <message>
        <source>ongoing</source>
        <translation>持续进行</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation>%1–%2 个月</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>每周 %1 小时</translation>
    </message>
    <message>
        <source>%1–%2 h/week</source>
        <translation>每周 %1–%2 小时</translation>
    </message>
    <message>
        <source>%1 percent done</source>
        <translation>已完成百分之 %1</translation>
    </message>
    <message>
        <source>%1 h studied</source>
        <translation>已学习 %1 小时</translation>
    </message>
    <message>
        <source>%1 of %2 h studied</source>
        <translation>已学习 %1 / %2 小时</translation>
    </message>
    <message>
        <source>%1
Guide estimate: %2, %3
%4 of %5 items done
%6</source>
        <translation>%1
指南估计：%2，%3
已完成 %4 / %5 个条目
%6</translation>
    </message>
</context>
<context>
    <name>StageRangeChart</name>
    <message>
        <source>Stages against the guide</source>
        <translation>各阶段与指南对照</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
</context>
<context>
    <name>TimeLog</name>
    <message>
        <source>The system clock went back to %1, before the timer&apos;s last sign of life at %2.</source>
        <translation>系统时钟倒退到了 %1，早于计时器最后一次心跳的时间 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The system clock jumped forward by %n minute(s) while the timer ran.</source>
        <translation>
            <numerusform>计时器运行期间，系统时钟向前跳了 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The timer had no sign of life for %n minute(s), since %1 (the computer slept, or Study Planner was stopped).</source>
        <translation>
            <numerusform>自 %1 起，计时器已有 %n 分钟没有心跳（电脑进入了睡眠，或学习计划被停止了）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>缩小（Ctrl+−）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show the whole plan (Ctrl+0)</source>
        <translation>显示整个计划（Ctrl+0）</translation>
    </message>
    <message>
        <source>Weekly budgets</source>
        <translation>每周时间预算</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>&amp;Add Pause</source>
        <translation>添加暂停(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Timeline of the plan</source>
        <translation>计划时间线</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, ongoing</source>
        <translation>自 %1 起，持续进行</translation>
    </message>
    <message>
        <source>The guide: ends between %1 and %2</source>
        <translation>指南：在 %1 至 %2 之间结束</translation>
    </message>
    <message>
        <source>The guide: no end</source>
        <translation>指南：没有结束时间</translation>
    </message>
    <message>
        <source>%1
%2
%3 h/week · %4
%5</source>
        <translation>%1
%2
每周 %3 小时 · %4
%5</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>每周 %1 小时</translation>
    </message>
    <message>
        <source>no study</source>
        <translation>不学习</translation>
    </message>
    <message>
        <source>Pause %1 – %2 (%3)%4</source>
        <translation>暂停 %1 – %2（%3）%4</translation>
    </message>
    <message>
        <source>Until the open-ended stage: %1 – %2, %3</source>
        <translation>到持续阶段之前：%1 – %2，%3</translation>
    </message>
    <message>
        <source> · overlapping stages: up to %1 h/week</source>
        <translation> · 阶段重叠：每周最多 %1 小时</translation>
    </message>
    <message>
        <source>Edit Weekly Hours</source>
        <translation>编辑每周小时数</translation>
    </message>
    <message>
        <source>Set the Effort to the Items&apos; Estimates (%1 h)</source>
        <translation>将工作量设为各条目的预计用时（%1 小时）</translation>
    </message>
    <message>
        <source>Set the Effort to the Items&apos; Estimates (none given)</source>
        <translation>将工作量设为各条目的预计用时（未给出）</translation>
    </message>
    <message>
        <source>Set the Effort to the Guide&apos;s Estimate</source>
        <translation>将工作量设为指南的估计</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) above your availability of %1 h/week</source>
        <translation>
            <numerusform>%n 个阶段超出了你每周 %1 小时的可学习时间</numerusform>
        </translation>
    </message>
    <message>
        <source>your availability: %1 h/week</source>
        <translation>你的可学习时间：每周 %1 小时</translation>
    </message>
    <message>
        <source>No study logged yet: no forecast yet.</source>
        <translation>还没有学习记录：暂时无法预测。</translation>
    </message>
    <message>
        <source>No study in the last weeks: no forecast yet.</source>
        <translation>最近几周没有学习：暂时无法预测。</translation>
    </message>
    <message>
        <source>The planned effort is done.</source>
        <translation>计划的工作量已完成。</translation>
    </message>
    <message>
        <source>At %1 h/week, it ends around %2.</source>
        <translation>按每周 %1 小时计算，预计在 %2 前后结束。</translation>
    </message>
    <message>
        <source>Studied: %1 h of %2 h. %3</source>
        <translation>已学习：%1 / %2 小时。%3</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>TimerCommands</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>没有正在运行的计时器。</translation>
    </message>
    <message>
        <source>The timer was not stopped: the clock says %1, before it started at %2. Stop it in the window, which lets you choose the end.</source>
        <translation>计时器未停止：时钟显示为 %1，早于计时开始的时间 %2。请在窗口中停止计时器，在那里可以选择结束时间。</translation>
    </message>
    <message>
        <source>The timer was not stopped: it has run for %1, more than %2 hours. Stop it in the window, which lets you choose the end.</source>
        <translation>计时器未停止：它已运行 %1，超过了 %2 小时。请在窗口中停止计时器，在那里可以选择结束时间。</translation>
    </message>
    <message>
        <source>Stopped the timer for %1: %2.</source>
        <translation>已停止 %1 的计时：%2。</translation>
    </message>
    <message>
        <source>There is no stage “%1” in “%2”.</source>
        <translation>“%2”中没有阶段“%1”。</translation>
    </message>
    <message>
        <source>There is no item “%1” in the stage “%2”.</source>
        <translation>阶段“%2”中没有条目“%1”。</translation>
    </message>
    <message>
        <source>Started the timer for %1 at %2.</source>
        <translation>已于 %2 开始为 %1 计时。</translation>
    </message>
    <message>
        <source>Unknown timer command “%1”.</source>
        <translation>未知的计时器命令“%1”。</translation>
    </message>
    <message>
        <source>A timer has been running for %1 since %2 (%3).</source>
        <translation>%1 的计时器自 %2 起一直在运行（%3）。</translation>
    </message>
    <message>
        <source>A timer has been running for %1 since %2; stop it first.</source>
        <translation>%1 的计时器自 %2 起一直在运行；请先停止它。</translation>
    </message>
</context>
<context>
    <name>TimerController</name>
    <message>
        <source>%1 — %2</source>
        <comment>stage — item of the running timer</comment>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>The timer cannot run: this database is open read-only.</source>
        <translation>计时器无法运行：此数据库以只读方式打开。</translation>
    </message>
    <message>
        <source>The timer was not started: %1</source>
        <translation>计时器未启动：%1</translation>
    </message>
    <message>
        <source>The timer was not stopped: %1</source>
        <translation>计时器未停止：%1</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>&amp;Timer</source>
        <translation>计时器(&amp;T)</translation>
    </message>
    <message>
        <source>When a Timer Started from a Block Stops</source>
        <translation>从学习时段启动的计时器停止时</translation>
    </message>
    <message>
        <source>&amp;Ask Whether to Mark the Block Done</source>
        <translation>询问是否将学习时段标记为已完成(&amp;A)</translation>
    </message>
    <message>
        <source>Al&amp;ways Mark the Block Done</source>
        <translation>总是将学习时段标记为已完成(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Never Mark the Block Done</source>
        <translation>从不将学习时段标记为已完成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation>开始计时(&amp;S)</translation>
    </message>
    <message>
        <source>Time your study of the item selected in the Roadmap view, or of the stage the plan has today</source>
        <translation>为“路线图”视图中选中的条目计时，或为计划中今天进行的阶段计时</translation>
    </message>
    <message>
        <source>S&amp;top Timer</source>
        <translation>停止计时(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the timer and record the time in the study log</source>
        <translation>停止计时，并把时间记入学习记录</translation>
    </message>
    <message>
        <source>S&amp;how Study Planner</source>
        <translation>显示学习计划(&amp;H)</translation>
    </message>
    <message>
        <source>Stop Timer</source>
        <translation>停止计时</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <source>Stop the timer (%1)</source>
        <translation>停止计时（%1）</translation>
    </message>
    <message>
        <source>Start a timer (%1)</source>
        <translation>开始计时（%1）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>elapsed time · what is timed</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Study Planner: %1</source>
        <translation>学习计划：%1</translation>
    </message>
    <message>
        <source>Study Planner: no timer running</source>
        <translation>学习计划：没有正在运行的计时器</translation>
    </message>
    <message>
        <source>The roadmap has no stage to time.</source>
        <translation>路线图中没有可以计时的阶段。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n minute(s) of study in the log.</source>
        <translation>
            <numerusform>已在学习记录中记下 %n 分钟的学习时间。</numerusform>
        </translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>End the timer there, or keep it running?</source>
        <translation>在那个时间结束计时，还是让计时器继续运行？</translation>
    </message>
    <message>
        <source>&amp;End at %1</source>
        <translation>在 %1 结束(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>继续计时(&amp;K)</translation>
    </message>
    <message>
        <source>Mark the study block you timed done?</source>
        <translation>将刚才计时的学习时段标记为已完成吗？</translation>
    </message>
    <message>
        <source>&amp;Do the same from now on</source>
        <translation>以后都这样做(&amp;D)</translation>
    </message>
    <message>
        <source>The study block is no longer in the week: it was not marked done.</source>
        <translation>该学习时段已不在本周中：未将其标记为已完成。</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>专注模式(&amp;F)</translation>
    </message>
    <message>
        <source>Time your study in work sessions with breaks between them, with a notification at the end of each</source>
        <translation>以专注时段计时学习，时段之间休息，每段结束时通知</translation>
    </message>
    <message>
        <source>Focus Mode Setti&amp;ngs…</source>
        <translation>专注模式设置(&amp;N)…</translation>
    </message>
    <message>
        <source>The lengths of the work sessions and the breaks</source>
        <translation>专注时段和休息的时长</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>focus status · what is timed</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The timer stopped without any time to record.</source>
        <translation>计时器已停止，没有可记录的时间。</translation>
    </message>
</context>
<context>
    <name>TranscribeDialog</name>
    <message>
        <source>Transcribe Week</source>
        <translation>誊录一周</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the week in the Transcribe Week dialog</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tick the blocks you did and type the minutes you studied, as you wrote them on the printed sheet. Blank minutes: not studied.</source>
        <translation>按照你在打印的周计划上写下的内容，勾选完成的学习时段并填写学习的分钟数。分钟数留空：未学习。</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format of a day in the Transcribe Week dialog</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>No study blocks</source>
        <translation>没有学习时段</translation>
    </message>
    <message>
        <source>Add to Log</source>
        <translation>加入学习记录</translation>
    </message>
    <message>
        <source>This database is open read-only: nothing can be added to the study log.</source>
        <translation>此数据库以只读方式打开：无法向学习记录添加内容。</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done: the block at %1</source>
        <translation>已完成：%1 的学习时段</translation>
    </message>
    <message>
        <source>Minutes studied in the block at %1</source>
        <translation>%1 的学习时段中学习的分钟数</translation>
    </message>
    <message>
        <source>The minutes you studied; blank if you did not study</source>
        <translation>你学习的分钟数；未学习则留空</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes</comment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on the block at %1</source>
        <translation>%1 的学习时段的备注</translation>
    </message>
    <message>
        <source>Already marked done</source>
        <translation>已标记为完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Already in the study log: %1 min</source>
        <translation>已在学习记录中：%1 分钟</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>day and time of a block</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 minutes is more than 16 hours.</source>
        <translation>%1：%2 分钟超过了 16 小时。</translation>
    </message>
    <message>
        <source>%1: %2 minutes would reach into the block at %3.</source>
        <translation>%1：%2 分钟会延伸到 %3 的学习时段。</translation>
    </message>
    <message>
        <source>%1: %2 minutes would overlap an entry already in the study log, %3–%4.</source>
        <translation>%1：%2 分钟会与学习记录中已有的记录 %3–%4 重叠。</translation>
    </message>
    <message>
        <source>%1: %2 minutes would end in the future.</source>
        <translation>%1：%2 分钟会在将来才结束。</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>未添加任何内容。</translation>
    </message>
    <message>
        <source>%1: a note goes with the minutes you studied; type them, or clear the note.</source>
        <translation>%1：备注需要配合学习的分钟数；请填写分钟数，或清除备注。</translation>
    </message>
    <message>
        <source>Transcribe the week</source>
        <translation>誊录这一周</translation>
    </message>
    <message>
        <source>Nothing was added: the change could not be saved.</source>
        <translation>未添加任何内容：无法保存更改。</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>未添加任何内容：%1</translation>
    </message>
</context>
<context>
    <name>WeekDocument</name>
    <message>
        <source>This database is open read-only; the week cannot be placed again.</source>
        <translation>此数据库以只读方式打开；无法重新安排本周。</translation>
    </message>
    <message>
        <source>The block would overlap “%1” in your calendar.</source>
        <translation>该学习时段会与日历中的“%1”重叠。</translation>
    </message>
    <message>
        <source>The block would overlap another study block.</source>
        <translation>该学习时段会与另一个学习时段重叠。</translation>
    </message>
    <message>
        <source>This database is open read-only; the study blocks cannot be changed.</source>
        <translation>此数据库以只读方式打开；无法更改学习时段。</translation>
    </message>
    <message>
        <source>A study block must end after it starts.</source>
        <translation>学习时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Resize a study block</source>
        <translation>调整学习时段长度</translation>
    </message>
    <message>
        <source>Move a study block</source>
        <translation>移动学习时段</translation>
    </message>
    <message>
        <source>No stage of your plan runs in this week: there is nothing to study in a new block.</source>
        <translation>本周没有正在进行的计划阶段：新的学习时段没有可学的内容。</translation>
    </message>
    <message>
        <source>Add a study block</source>
        <translation>添加学习时段</translation>
    </message>
    <message>
        <source>Delete a study block</source>
        <translation>删除学习时段</translation>
    </message>
    <message>
        <source>Mark a study block done</source>
        <translation>将学习时段标记为已完成</translation>
    </message>
    <message>
        <source>Skip a study block</source>
        <translation>跳过学习时段</translation>
    </message>
    <message>
        <source>Mark a study block not done</source>
        <translation>将学习时段标记为未完成</translation>
    </message>
    <message>
        <source>Change a study block&apos;s item</source>
        <translation>更改学习时段的条目</translation>
    </message>
    <message>
        <source>Catch up with missed blocks</source>
        <translation>补学错过的学习时段</translation>
    </message>
</context>
<context>
    <name>WeekPlanner</name>
    <message>
        <source>No study blocks are placed: give your availability under Settings → Availability….</source>
        <translation>尚未安排学习时段：请在“设置 → 可学习时间…”中填写你的可学习时间。</translation>
    </message>
</context>
<context>
    <name>WeekPrint</name>
    <message>
        <source>Week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>第 %1 周：%2 – %3</translation>
    </message>
    <message>
        <source>Budget this week: %1 h · in study blocks: %2 h</source>
        <translation>本周预算：%1 小时 · 学习时段内：%2 小时</translation>
    </message>
    <message>
        <source>availability: %1 h a week</source>
        <translation>可学习时间：每周 %1 小时</translation>
    </message>
    <message>
        <source>no availability given</source>
        <translation>未设置可学习时间</translation>
    </message>
    <message>
        <source>tick a block when you have studied it</source>
        <translation>学习完一个时段后请勾选</translation>
    </message>
    <message>
        <source>write in the minutes you actually studied</source>
        <translation>填写实际学习的分钟数</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format of a printed week&apos;s day</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>min</source>
        <comment>minutes, after the box to write them in</comment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a block&apos;s start and end time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1（已跳过）</translation>
    </message>
    <message>
        <source>%1 (missed)</source>
        <translation>%1（已错过）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>stage · item in a short block</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No study blocks in this week.</source>
        <translation>本周没有学习时段。</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Previous week (%1)</source>
        <translation>上一周（%1）</translation>
    </message>
    <message>
        <source>Next week (%1)</source>
        <translation>下一周（%1）</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Go to the current week (%1)</source>
        <translation>转到本周（%1）</translation>
    </message>
    <message>
        <source>Catch Up…</source>
        <translation>补学…</translation>
    </message>
    <message>
        <source>Make up for missed study blocks</source>
        <translation>补上错过的学习时段</translation>
    </message>
    <message>
        <source>Place Again</source>
        <translation>重新安排</translation>
    </message>
    <message>
        <source>Place this week&apos;s blocks again from now on; blocks you moved, added or marked stay</source>
        <translation>从现在起重新安排本周的学习时段；你移动、添加或标记过的学习时段保持不变</translation>
    </message>
    <message>
        <source>Availability…</source>
        <translation>可学习时间…</translation>
    </message>
    <message>
        <source>When you can study</source>
        <translation>你何时可以学习</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the week&apos;s title</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 – %2 · week %3</source>
        <translation>%1 – %2 · 第 %3 周</translation>
    </message>
    <message>
        <source>Budget this week: %1 h</source>
        <translation>本周预算：%1 小时</translation>
    </message>
    <message>
        <source>placed in blocks: %1 h</source>
        <translation>已排入学习时段：%1 小时</translation>
    </message>
    <message>
        <source>your availability: %1 h a week (%2 h in blocks)</source>
        <translation>你的可学习时间：每周 %1 小时（可排入学习时段 %2 小时）</translation>
    </message>
    <message>
        <source>Study Planner places study blocks in the hours you can study. Tell it when with Availability…</source>
        <translation>学习计划会把学习时段安排在你可以学习的时间内。请通过“可学习时间…”告诉它你何时有空。</translation>
    </message>
    <message>
        <source>Outside Your Availability</source>
        <translation>超出可学习时间</translation>
    </message>
    <message>
        <source>This time is outside the hours you said you can study. Move the block there anyway?</source>
        <translation>这个时间不在你填写的可学习时间内。仍要把学习时段移到这里吗？</translation>
    </message>
    <message>
        <source>A new block cannot go there: the time is taken.</source>
        <translation>无法在此处添加新的学习时段：该时间已被占用。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Catch Up</source>
        <translation>补学</translation>
    </message>
    <message>
        <source>Catch up with the stage:</source>
        <translation>选择要补学的阶段：</translation>
    </message>
    <message>
        <source>There is nothing to catch up with.</source>
        <translation>没有需要补学的内容。</translation>
    </message>
    <message>
        <source>Start &amp;Timer</source>
        <translation>开始计时(&amp;T)</translation>
    </message>
    <message>
        <source>Transcribe Week…</source>
        <translation>誊录一周…</translation>
    </message>
    <message>
        <source>Enter what you wrote on the printed week sheet into the study log</source>
        <translation>将你在打印的周计划上写下的内容录入学习记录</translation>
    </message>
</context>
<context>
    <name>WeekWidget</name>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Item: %1</source>
        <translation>条目：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 (%n min)</source>
        <comment>date, time range (length)</comment>
        <translation>
            <numerusform>%1，%2（%n 分钟）</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>已固定</translation>
    </message>
    <message>
        <source>catch-up</source>
        <translation>补学</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>The block would be outside your availability.</source>
        <translation>该学习时段会超出你的可学习时间。</translation>
    </message>
    <message>
        <source>The block would overlap busy time in your calendar.</source>
        <translation>该学习时段会与日历中的忙碌时间重叠。</translation>
    </message>
    <message>
        <source>The block would overlap another study block.</source>
        <translation>该学习时段会与另一个学习时段重叠。</translation>
    </message>
    <message>
        <source>A block can only be moved within the week shown.</source>
        <translation>学习时段只能在当前显示的一周内移动。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>block start time, title</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Outside your availability</source>
        <translation>超出可学习时间</translation>
    </message>
    <message>
        <source>Busy time</source>
        <translation>忙碌时间</translation>
    </message>
    <message>
        <source>Overlaps a block</source>
        <translation>与学习时段重叠</translation>
    </message>
    <message>
        <source>Outside the week</source>
        <translation>不在本周内</translation>
    </message>
    <message>
        <source>Busy: %1</source>
        <translation>忙碌：%1</translation>
    </message>
    <message>
        <source>Busy: %1
%2</source>
        <comment>busy: summary, time range</comment>
        <translation>忙碌：%1
%2</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Hours per week: planned and studied</source>
        <translation>每周小时数：计划与已学习</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Studied</source>
        <translation>已学习</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1 to %2
Planned: %3
Studied: %4
Budget: %5</source>
        <translation>%1 至 %2
计划：%3
已学习：%4
预算：%5</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study Planner</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>Study Planner is already running on this database; its window was brought to the front.</source>
        <translation>学习计划已在使用此数据库；已将其窗口切换到前台。</translation>
    </message>
</context>
</TS>
