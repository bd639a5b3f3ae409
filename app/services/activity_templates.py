"""The usual checklist of each activity format: warm up online, run it, review online
(线上预热 – 线下互动 – 线上复盘). Due days are relative to the activity's first local day."""
from __future__ import annotations

from datetime import date, timedelta

from app.models.activities import Task

# (phase, days from the start day, Chinese title, English title)
Step = tuple[str, int, str, str]

_WARM_UP: tuple[Step, ...] = (
    ("warm_up", -14, "确定目标、预算与负责人", "Set the goal, budget and owner"),
    ("warm_up", -10, "设计海报与报名链接", "Design the poster and sign-up link"),
    ("warm_up", -7, "社群公告与朋友圈预热", "Announce in the groups and on Moments"),
    ("warm_up", -2, "提醒已报名成员", "Remind everyone registered"),
)
_REVIEW: tuple[Step, ...] = (
    ("review", 1, "发布活动回顾与照片", "Post the recap and photos"),
    ("review", 2, "收集反馈问卷", "Collect the feedback survey"),
    ("review", 3, "登记出席、转化与实际花费", "Record attendance, conversions and actual spend"),
    ("review", 5, "复盘会:记录经验与改进", "Review meeting: note what worked and what to change"),
)

_ON_SITE: dict[str, tuple[Step, ...]] = {
    "check_in_challenge": (
        ("warm_up", -3, "准备打卡规则与奖励", "Write the check-in rules and rewards"),
        ("on_site", 0, "开营:发布第一天打卡任务", "Kick-off: post day one's check-in task"),
        ("on_site", 3, "中期激励:晒榜单", "Midway boost: share the leaderboard"),
        ("on_site", 6, "结营:统计完成名单", "Wrap-up: list who finished"),
    ),
    "salon": (
        ("warm_up", -10, "确认嘉宾与场地", "Confirm speakers and venue"),
        ("on_site", 0, "签到与物料布置", "Check-in desk and materials"),
        ("on_site", 0, "主持与互动环节", "Host and run the Q&A"),
    ),
    "live_ama": (
        ("warm_up", -5, "征集问题", "Collect questions"),
        ("on_site", 0, "直播彩排与设备检查", "Rehearse and check the stream"),
        ("on_site", 0, "直播中答疑与弹幕互动", "Answer live and engage the chat"),
    ),
    "contest": (
        ("warm_up", -10, "发布赛制与评分标准", "Publish the rules and judging criteria"),
        ("on_site", 0, "收集作品/成绩", "Collect entries or results"),
        ("on_site", 1, "评审与公布结果", "Judge and announce the winners"),
    ),
    "debate": (
        ("warm_up", -7, "确定辩题与正反方", "Set the motion and the two sides"),
        ("on_site", 0, "主持辩论与投票", "Host the debate and the vote"),
    ),
    "giveaway": (
        ("warm_up", -5, "确认奖品与抽奖规则", "Confirm prizes and draw rules"),
        ("on_site", 0, "公开抽奖并公布名单", "Draw in public and announce the winners"),
        ("review", 3, "寄送奖品", "Ship the prizes"),
    ),
    "offline_run": (
        ("warm_up", -10, "踩线与路线确认", "Scout and confirm the route"),
        ("warm_up", -3, "购买保险、确认补给", "Buy insurance, arrange water stations"),
        ("on_site", 0, "集合签到与热身", "Gather, check in and warm up"),
        ("on_site", 0, "跑中安全与拍照", "Safety on the route and photos"),
    ),
}


def formats() -> list[str]:
    return list(_ON_SITE)


def template_tasks(format: str, start_day: date, language: str = "zh") -> list[Task]:
    """The checklist of *format* (the common steps for a format without its own), due relative to
    start_day, in phase order then due day; titles in Chinese (language 'zh…') or English."""
    steps = (*_WARM_UP, *_ON_SITE.get(format, ()), *_REVIEW)
    order = {"warm_up": 0, "on_site": 1, "review": 2}
    chinese = language.lower().startswith("zh")
    ranked = sorted(enumerate(steps), key=lambda s: (order[s[1][0]], s[1][1], s[0]))
    return [Task(phase=phase, position=position, title=zh if chinese else en,
                 due_date=(start_day + timedelta(days=offset)).isoformat())
            for position, (_, (phase, offset, zh, en)) in enumerate(ranked)]
