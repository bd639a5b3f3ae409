"""The operations report's words in English and Chinese (no Qt: the report is also written by the CLI).

Texts are keyed by their English form; `Texts("zh_CN")("Members")` gives 成员. Placeholders are Qt-style
%1 %2 so translators may reorder them. A key missing from the Chinese table falls back to English.
"""
from __future__ import annotations

from app.services.report import LANGUAGES

ZH_CN: dict[str, str] = {
    # workbook and summary
    "Operations report": "运营报告",
    "Summary": "概览",
    "Community": "社群",
    "Period": "统计周期",
    "%1 – %2 (%3 days)": "%1 至 %2(共 %3 天)",
    "Compared with": "对比周期",
    "Members covered": "统计范围",
    "Whole community": "全体成员",
    "Sub-community: %1": "子社群:%1",
    "Time zone": "时区",
    "Generated": "生成时间",
    "%1 by %2": "%1,由 %2 生成",
    "Contact details": "联系方式",
    "masked (138****5678)": "已脱敏(138****5678)",
    "in full (recorded in the change log)": "完整显示(已记入变更日志)",
    "Key figures": "核心指标",
    "Figure": "指标",
    "Value": "本期",
    "Previous period": "上期",
    "Change": "变化",
    "Target": "目标",
    "State": "达成情况",
    "Met": "达标",
    "Near": "接近",
    "Missed": "未达标",
    "No target": "未设目标",
    "No value": "本期无数值",
    "Targets nearly met (within 10%): %1": "接近目标(差距 10% 以内):%1",
    "Highlights": "本期要点",
    "Biggest movers against the previous period": "与上期相比变化最大的指标",
    "%1 rose %2 (%3 → %4)": "%1上升 %2(%3 → %4)",
    "%1 fell %2 (%3 → %4)": "%1下降 %2(%3 → %4)",
    "%1 pt": "%1 个百分点",
    "No figure moved against the previous period.": "与上期相比各项指标没有变化。",
    "Targets missed: %1": "未达标:%1",
    "All targets with a value were met.": "已设目标且有数值的指标全部达标。",
    "See the sheet “Definitions” for how each figure is computed.": "各项指标的计算方法见“指标说明”工作表。",
    # KPI names
    "Members": "成员数",
    "New members": "新增成员",
    "Messages": "消息数",
    "Active members": "活跃成员",
    "Daily actives (avg)": "日活(平均)",
    "Monthly actives": "月活",
    "Stickiness": "粘性(日活/月活)",
    "Speaking rate": "发言率",
    "30-day retention": "30 日留存率",
    "Interaction rate": "内容互动率",
    "Activity participation": "活动参与率",
    "Cases opened": "新增审核案件",
    "Cases decided": "已处理案件",
    "Time to decision (h)": "处理时长中位数(小时)",
    "SLA breaches": "超时率(SLA)",
    # trend sheet
    "Daily trend": "每日趋势",
    "Day": "日期",
    "DAU": "日活",
    "MAU (30 days)": "月活(近 30 天)",
    "Daily and monthly active members": "日活与月活",
    # members sheets
    "Members - new": "成员-新增",
    "Members - tier moves": "成员-等级变动",
    "Members - at risk": "成员-流失预警",
    "Members - KOL": "成员-KOL",
    "Name": "姓名",
    "Nickname": "昵称",
    "Join date": "入群日期",
    "Sub-communities": "所属子社群",
    "Tier": "等级",
    "Status": "状态",
    "Segment": "RFM 分层",
    "Source channel": "来源渠道",
    "Phone": "手机号",
    "WeChat ID": "微信号",
    "Email": "邮箱",
    "Tags": "标签",
    "When": "时间",
    "From tier": "原等级",
    "To tier": "新等级",
    "Move": "变动",
    "Promotion": "升级",
    "Demotion": "降级",
    "Reason": "原因",
    "By": "操作人",
    "Flagged": "预警时间",
    "Last activity": "最近活跃",
    "Recall action": "召回方式",
    "Recalled": "召回时间",
    "Recall status": "召回结果",
    "no recall": "未召回",
    "pending": "待观察",
    "came back": "已回归",
    "not returned": "未回归",
    "Cohort month": "入选月份",
    "Score": "评分",
    "Accepted": "入选时间",
    "Accepted by": "入选人",
    "Messages in the period": "本期消息数",
    "Attended in the period": "本期参加活动",
    "Note": "备注",
    "Members by tier": "各等级成员数",
    "No tier": "未定级",
    # content
    "Content": "内容",
    "Content - pillar mix": "内容-支柱配比",
    "Date": "日期",
    "Time": "时间",
    "Channel": "渠道",
    "Pillar": "内容支柱",
    "Format": "形式",
    "Title": "标题",
    "Owner": "负责人",
    "Reads": "阅读",
    "Comments": "评论",
    "Likes": "点赞",
    "Shares": "转发",
    "Share rate": "转发率",
    "Target share": "目标占比",
    "Items": "篇数",
    "Share": "实际占比",
    "Difference (pt)": "差异(百分点)",
    "No pillar": "未分类",
    "Content output by pillar vs target": "各内容支柱产出与目标占比",
    "Brand story": "品牌故事",
    "Professional know-how": "专业知识",
    "Interaction & UGC": "互动与 UGC",
    "Idea": "选题",
    "Drafting": "撰写中",
    "In review": "审核中",
    "Scheduled": "已排期",
    "Published": "已发布",
    "Reviewed": "已复盘",
    "Post": "帖子",
    "Article": "文章",
    "Poll": "投票",
    "Discussion topic": "话题讨论",
    "Live stream": "直播",
    "Video": "视频",
    # activities
    "Activities": "活动",
    "Type": "类型",
    "Start": "开始",
    "End": "结束",
    "Weekday": "星期",
    "Sub-community": "子社群",
    "Place": "地点",
    "Link": "链接",
    "Capacity": "名额",
    "Registered": "报名",
    "Attended": "到场",
    "Participation rate": "参与率",
    "No-shows": "缺席",
    "Walk-ins": "现场加入",
    "Conversions": "转化",
    "Conversion rate": "转化率",
    "Returning attendees": "老成员到场",
    "New attendees": "新成员到场",
    "Planned budget (¥)": "预算(元)",
    "Actual spend (¥)": "实际花费(元)",
    "Cost per attendee (¥)": "人均成本(元)",
    "Goal: registrations": "目标报名数",
    "Goal: attendance": "目标到场数",
    "Goal: conversions": "目标转化数",
    "Review note": "复盘记录",
    "Online": "线上",
    "Offline": "线下",
    "Online + offline": "线上 + 线下",
    "Check-in challenge": "打卡挑战",
    "Salon": "沙龙",
    "Live AMA": "直播答疑",
    "Contest": "比赛",
    "Debate": "辩论",
    "Giveaway": "抽奖",
    "Group run": "团跑",
    "Planning": "策划中",
    "Warming up": "预热中",
    "Running": "进行中",
    "Reviewing": "复盘中",
    "Closed": "已结束",
    "Monday": "星期一", "Tuesday": "星期二", "Wednesday": "星期三", "Thursday": "星期四",
    "Friday": "星期五", "Saturday": "星期六", "Sunday": "星期日",
    "Activity participation rate": "活动参与率",
    # moderation
    "Moderation": "审核",
    "Moderation - offenders": "审核-屡次违规",
    "Level": "级别",
    "Category": "类别",
    "Opened": "新增",
    "Decided": "已处理",
    "Median hours to decision": "处理时长中位数(小时)",
    "SLA breaches (cases)": "超时案件",
    "SLA breach rate": "超时率",
    "Red": "红色", "Yellow": "黄色", "Blue": "蓝色",
    "(All categories)": "(全部类别)",
    "Spam / ads": "垃圾广告", "Abuse": "辱骂攻击", "Rumour": "谣言", "Fraud": "诈骗", "Off-topic": "跑题",
    "Other": "其他",
    "Moderation cases by level": "各级别审核案件",
    "Cases against the member": "违规次数",
    "Credit moved": "信用分变动",
    "Member": "成员",
    # definitions
    "Definitions": "指标说明",
    "Definition": "计算方法",
    "Figure or sheet": "指标 / 工作表",
    "Active": "活跃", "Silent": "沉默", "At risk": "流失预警", "Left": "已退群", "Banned": "已封禁",
    "Champions": "核心用户", "Loyal": "忠诚用户", "Potential": "潜力用户", "New": "新用户",
    "Hibernating": "沉睡用户", "Lost": "流失用户",
    "Sheet": "工作表",
    "What it holds": "内容",
}

# Each figure: (caption, definition) in English; the Chinese pair follows in ZH_DEFINITIONS.
FIGURES: dict[str, tuple[str, str]] = {
    "members": ("Members", "Members who had joined by the last day of the period and had not left by then."),
    "new_members": ("New members", "Members whose join date falls in the period."),
    "messages": ("Messages", "Message events in the period."),
    "active_members": ("Active members", "Members with at least one message in the period."),
    "dau_avg": ("Daily actives (avg)", "DAU: members with at least one message that local day, averaged over "
                                       "the days of the period."),
    "mau": ("Monthly actives", "MAU: members with at least one message in the 30 days ending on the last day "
                               "of the period."),
    "stickiness": ("Stickiness", "Average DAU divided by MAU (0 when MAU is 0)."),
    "speaking_rate": ("Speaking rate", "Active members divided by members."),
    "retention_30d": ("30-day retention", "Of the members who joined from the first day of the period to 30 days "
                                          "before its last day, the share with a message on or after their 30th "
                                          "day; empty for periods of 30 days or less."),
    "interaction_rate": ("Interaction rate", "Comments, likes and shares divided by reads, for the content "
                                             "published in the period that has results."),
    "participation_rate": ("Activity participation", "Members who attended divided by members who registered, "
                                                     "for the activities that started in the period."),
    "cases_opened": ("Cases opened", "Moderation cases opened in the period."),
    "cases_decided": ("Cases decided", "Moderation cases first decided in the period."),
    "median_hours_to_decision": ("Time to decision (h)", "Median hours from a case opening to its first "
                                                         "decision, for cases decided in the period."),
    "sla_breach_rate": ("SLA breaches", "Share of the cases opened in the period that were decided after their "
                                        "deadline, or are still open past it; cases still inside their deadline "
                                        "are not counted."),
}
ZH_DEFINITIONS: dict[str, str] = {
    "members": "统计周期最后一天之前已入群、且当时尚未退群的成员。",
    "new_members": "入群日期在统计周期内的成员。",
    "messages": "统计周期内的发言消息条数。",
    "active_members": "统计周期内至少发言一次的成员。",
    "dau_avg": "日活:当地日期内至少发言一次的成员数,按周期内各天取平均。",
    "mau": "月活:截至周期最后一天的 30 天内至少发言一次的成员数。",
    "stickiness": "平均日活除以月活(月活为 0 时记为 0)。",
    "speaking_rate": "活跃成员除以成员数。",
    "retention_30d": "周期第一天至最后一天前 30 天之间入群的成员中,入群第 30 天及以后仍有发言的比例;"
                     "周期不超过 30 天时为空。",
    "interaction_rate": "周期内发布且已录入数据的内容:(评论 + 点赞 + 转发)÷ 阅读。",
    "participation_rate": "周期内开始的活动:到场人数 ÷ 报名人数。",
    "cases_opened": "周期内新建的审核案件数。",
    "cases_decided": "周期内首次作出处理决定的案件数。",
    "median_hours_to_decision": "周期内处理的案件,从建案到首次决定所用小时数的中位数。",
    "sla_breach_rate": "周期内新建的案件中,超过处理时限才处理或至今超时未处理的比例;仍在时限内的案件不计入。",
}
# What each sheet holds (Definitions sheet).
SHEET_NOTES: dict[str, tuple[str, str]] = {
    "Summary": ("The period, the key figures against the previous period of the same length and the targets, "
                "and the biggest movers.", "统计周期、核心指标与上一个等长周期及目标的对比,以及变化最大的指标。"),
    "Daily trend": ("DAU and the rolling 30-day MAU for each local day of the period.",
                    "周期内每个自然日的日活与滚动 30 天月活。"),
    "Members - new": ("Members who joined in the period. Contact details are masked unless the report was made "
                      "with them in full.", "周期内入群的成员。除非生成时选择完整显示,联系方式均已脱敏。"),
    "Members - tier moves": ("Every tier change in the period (a first placement is not a move), and the members "
                             "by tier at the end of the period.", "周期内每一次等级变动(首次定级不算变动),"
                             "以及当前各等级成员数。"),
    "Members - at risk": ("Members with an open churn warning and how their recall went.",
                          "当前处于流失预警的成员及召回结果。"),
    "Members - KOL": ("Members accepted into a KOL cohort up to the period's last month, with their messages and "
                      "attendance in the period's months.", "截至周期最后一个月入选 KOL 名单的成员,"
                      "及其在周期各月的发言与参会次数。"),
    "Content": ("Content items planned in the period, with pillar, channel, status and results.",
                "周期内排期的内容,含支柱、渠道、状态与数据。"),
    "Content - pillar mix": ("Items per pillar in the period against the target mix (whole community).",
                             "周期内各内容支柱的篇数与目标配比(全社群)。"),
    "Activities": ("Activities that overlap the period, with registrations, attendance, rates, budget and cost "
                   "per attendee.", "与统计周期有交集的活动,含报名、到场、参与率、预算与人均成本。"),
    "Moderation": ("Cases opened in the period by level and category, time to decision and SLA breaches.",
                   "周期内新建案件按级别与类别统计,含处理时长与超时情况。"),
    "Moderation - offenders": ("Members with two or more cases decided against them in the period.",
                               "周期内被判定违规两次及以上的成员。"),
}


class Texts:
    """The report's words in one language: call with the English text and %-arguments."""

    def __init__(self, language: str):
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}")
        self.language = language
        self.table = ZH_CN if language == "zh_CN" else {}

    def __call__(self, text: str, *args: object) -> str:
        out = self.table.get(text, text)
        for index in range(len(args), 0, -1):      # %10 before %1
            out = out.replace(f"%{index}", str(args[index - 1]))
        return out

    def figure(self, key: str) -> str:
        return self(FIGURES[key][0])

    def definition(self, key: str) -> str:
        return ZH_DEFINITIONS[key] if self.language == "zh_CN" else FIGURES[key][1]

    def sheet_note(self, sheet: str) -> str:
        english, chinese = SHEET_NOTES[sheet]
        return chinese if self.language == "zh_CN" else english

    def label(self, english: str | None) -> str:
        """A built-in label (status, format...) in the language; anything else as it is."""
        return "" if english is None else self.table.get(english, english)
