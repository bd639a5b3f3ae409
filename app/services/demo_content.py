"""The demo community's content plan: about three months of 燃跑's editorial calendar.

add_demo_content() gives the demo five channels with cadence rules, two weekly columns as recurring
series (周二/周四 「跑者干货」, 周五 「周末约跑」), items in all three pillars of the content pyramid
(a mix near, not exactly on, the 20/30/50 target), results on what went out, an idea backlog and three
hot topics. On purpose: one too-dense week (the 公众号's anniversary week) and one empty stretch (the
forum's gear section went quiet), so the cadence marks show something. One transaction;
deterministic per (seed, today); times are local (Asia/Shanghai by default), stored as UTC text.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Callable
from zoneinfo import ZoneInfo

from app.models import content as cm
from app.models.content import Channel, ContentItem
from app.models.database import Database
from app.models.hot_topics import HotTopic, save_topic
from app.services.content_rules import week_start
from app.services.recurrence import Recurrence, create_recurring

DEMO_ZONE = "Asia/Shanghai"
PAST_DAYS, FUTURE_DAYS = 42, 49
OPERATORS = ("周晓雯", "陈浩", "林悦")
BRAND, PRO, UGC = "brand_story", "professional", "interaction_ugc"

# name, min/week, max/week, longest allowed empty stretch (days)
GZH, GROUP, XHS, FORUM, DISCORD = ("燃跑官方公众号", "跑步打卡群(微信群)", "小红书", "社区论坛·装备区",
                                   "Discord #english-runners")
CHANNELS = ((GZH, 1, 2, 10), (GROUP, 3, 7, 3), (XHS, 2, 4, 5), (FORUM, 1, 3, 10), (DISCORD, 1, 2, 10))

# Result profiles per channel: reads range, interaction rate range ((comments + likes + shares) / reads).
RESULTS = {GZH: ((800, 5000), (0.03, 0.12)), GROUP: ((90, 420), (0.10, 0.30)), XHS: ((300, 8000), (0.04, 0.11)),
           FORUM: ((150, 1500), (0.02, 0.08)), DISCORD: ((30, 200), (0.05, 0.15))}

# -- wording: (pillar, format, title, sub-community or None) --------------------------------------
GZH_POOL = (
    (BRAND, "article", "跑者故事|45 岁开始跑步,她两年后跑进全马 4 小时", "跑步"),
    (BRAND, "article", "我们为什么坚持每周六的奥森长距离", "跑步"),
    (BRAND, "article", "燃跑 × 城市公益跑:把每一公里变成山区孩子的一本书", None),
    (BRAND, "article", "跑者故事|外卖小哥的第一个半马", "跑步"),
    (BRAND, "article", "一位视障跑者和他的陪跑员", "跑步"),
    (BRAND, "article", "主理人说|我们想做一个怎样的跑步社群", None),
    (BRAND, "article", "燃跑年度跑者评选开始提名", None),
    (BRAND, "video", "燃跑的一天|从清晨五点的集合点说起", None),
    (PRO, "article", "马拉松备赛 12 周训练计划(附训练表)", "跑步"),
    (PRO, "article", "跑鞋怎么选?缓震、稳定、竞速一次讲清", "跑步"),
    (PRO, "article", "跑后拉伸 8 个动作,膝盖少受罪", "跑步"),
    (PRO, "article", "心率区间训练:为什么慢就是快", "跑步"),
    (PRO, "article", "赛前一周怎么吃?碳水加载详解", "跑步"),
    (PRO, "article", "跑者力量训练:每周两次、每次 30 分钟", "健身"),
    (PRO, "article", "瑜伽给跑者的 6 个恢复体式", "瑜伽"),
    (UGC, "poll", "投票|年度线下活动你最想去哪一场?", None),
)
ANNIVERSARY = (
    (BRAND, "article", "燃跑三周年|致每一位一起跑过的你", None),
    (BRAND, "article", "三周年特别策划:100 位跑友的 100 句话", None),
    (UGC, "article", "三周年纪念跑报名开启,完赛送定制奖牌", "跑步"),
    (UGC, "poll", "三周年纪念 T 恤设计,请你来投票", None),
)
XHS_POOL = (
    (UGC, "post", "跑友晒图|周末奥森日落跑", "跑步"),
    (UGC, "post", "打卡第 100 天,我的身体发生了这些变化", "跑步"),
    (UGC, "post", "晒出你的跑鞋墙!评论区抽 3 位送跑袜", "跑步"),
    (UGC, "post", "北京最适合夜跑的 5 条路线(跑友投稿)", "跑步"),
    (UGC, "post", "新手第一次跑完 10 公里,求夸!", "跑步"),
    (UGC, "post", "跑团合照大赏", None),
    (UGC, "post", "你的跑步歌单里有什么?", None),
    (UGC, "post", "评论区说说你最难忘的一次比赛", "跑步"),
    (UGC, "post", "晨练打卡|瑜伽垫上的 30 天", "瑜伽"),
    (UGC, "post", "健身房撸铁 vs 户外跑步,你站哪边?", "健身"),
    (UGC, "video", "跑友 vlog|第一次越野跑就遇上下雨", "徒步"),
    (UGC, "post", "周末骑行 60 公里打卡", "骑行"),
    (PRO, "post", "入手 3 个月的碳板跑鞋真实测评", "跑步"),
    (PRO, "post", "跑步膝盖疼?这 3 个动作帮你练臀中肌", "跑步"),
    (PRO, "post", "跑步穿搭|秋冬分层怎么穿不冷不热", "跑步"),
    (PRO, "post", "5 款运动手表横评:谁的 GPS 最准", "跑步"),
    (PRO, "post", "新手 0 到 5 公里,8 周计划一张图看懂", "跑步"),
    (PRO, "video", "减脂期怎么吃?跑者一日三餐示范", "健身"),
    (BRAND, "video", "燃跑的一天|主理人 vlog", None),
    (BRAND, "post", "我们的社群定制水壶来了", None),
    (BRAND, "post", "周六长距离幕后:凌晨五点的志愿者", "跑步"),
    (BRAND, "post", "燃跑跑者故事|从 90 公斤到全马完赛", "跑步"),
    (BRAND, "post", "燃跑 × 城市书店:跑完读一本书", None),
)
FORUM_POOL = (
    (PRO, "article", "【装备评测】国产缓震跑鞋 4 款对比", "跑步"),
    (PRO, "article", "【装备评测】越野跑鞋抓地力实测", "徒步"),
    (PRO, "article", "【开箱】这款跑步背心能装下两瓶水吗?", "跑步"),
    (PRO, "article", "【长测】一双训练鞋跑满 800 公里后的样子", "跑步"),
    (PRO, "article", "跑步耳机选购指南:骨传导还是入耳式", "跑步"),
    (PRO, "article", "压缩袜到底有没有用?看看数据", "跑步"),
    (PRO, "article", "【装备评测】冬季跑步手套与头巾", "跑步"),
    (PRO, "article", "骑行头盔怎么选:安全标准一文看懂", "骑行"),
    (UGC, "poll", "【投票】你最常穿的跑鞋品牌", "跑步"),
    (UGC, "topic", "晒晒你的装备柜", None),
    (UGC, "topic", "【二手交流】闲置装备转让帖(本月)", None),
    (UGC, "topic", "求推荐:宽脚跑者适合的跑鞋", "跑步"),
)
DISCORD_POOL = (
    (UGC, "topic", "Weekly check-in: how many km did you run?", "跑步"),
    (UGC, "post", "Share your weekend long run", "跑步"),
    (UGC, "topic", "Race report thread: who raced this weekend?", "跑步"),
    (UGC, "poll", "Poll: morning runs or evening runs?", None),
    (UGC, "topic", "Introduce yourself! New runners welcome", None),
    (UGC, "topic", "Trail or road? Tell us your favourite route", "徒步"),
    (PRO, "post", "Taper tips before race day", "跑步"),
    (PRO, "post", "How to read your heart-rate zones", "跑步"),
    (BRAND, "post", "Meet the 燃跑 crew behind the Saturday long runs", None),
)
GROUP_MONDAY = ("周一晨跑打卡|晒出你的配速和路线", "新的一周,从晨跑打卡开始", "周一打卡接龙:本周跑量目标是多少?")
GROUP_WEDNESDAY = ("周三晨跑打卡接龙", "周中打卡|今天你跑了吗?", "晒图打卡:今天的天空")
GROUP_POLLS = ("投票:下个月线下活动去哪儿?", "投票:周末约跑改到 6:30 集合可以吗?", "投票:你想听哪个主题的跑者干货?",
               "投票:社群定制跑帽选哪个颜色?")
TIPS = ("配速区间怎么算?", "间歇跑入门:400 米 × 8", "长距离 LSD 的正确打开方式", "跑前热身 5 分钟", "跑后拉伸别偷懒",
        "看懂心率区间", "膝盖疼?先查这三个原因", "能量胶什么时候吃", "跑步补水指南", "呼吸节奏:两步一吸还是三步一吸",
        "核心训练 10 分钟", "减量周怎么安排", "从 5 公里到 10 公里", "步频 180 是真理吗?", "跑鞋多少公里该换",
        "抽筋了怎么办", "冬天跑步怎么热身", "赛前一晚睡不着怎么办", "坡道训练的好处", "足底筋膜炎的预防",
        "如何制定周跑量", "配速跑 vs 轻松跑", "跑步减脂的真相", "雾霾天还能跑吗", "下坡跑的技巧", "跑步时要不要听音乐",
        "体重大的新手怎么跑", "比赛配速策略")
MEETUPS = ("奥森", "朝阳公园", "亮马河", "温榆河绿道", "北宫国家森林公园", "南海子公园")
IDEAS = (
    (BRAND, "article", GZH, "跑者故事征集:你为什么开始跑步?", "从群里征集 5 位跑友,做成系列"),
    (PRO, "article", GZH, "马拉松赛后恢复全指南", "请康复师朋友审稿"),
    (PRO, "video", XHS, "一分钟学会正确的跑姿", "拍侧面慢动作对比"),
    (UGC, "topic", GROUP, "跑量挑战赛:11 月 200 公里", "需要确认奖品预算"),
    (UGC, "poll", DISCORD, "Poll: which race should we run together next spring?", ""),
    (BRAND, "live", XHS, "主理人直播:聊聊社群三年的幕后", "直播时长约 1 小时"),
    (PRO, "article", FORUM, "【横评】五款国产碳板跑鞋", "等样品到齐"),
    (UGC, "post", XHS, "跑友家的宠物陪跑合集", ""),
    (PRO, "post", GROUP, "「跑者干货」番外:跑步 App 数据怎么看", ""),
    (UGC, "topic", FORUM, "装备党来聊:你买过最后悔的装备", ""),
)


@dataclass
class _Plan:
    local: datetime                 # naive local time
    channel: str
    pillar: str
    format: str
    title: str
    group: str | None = None
    owner: str = ""
    body: str = ""


class _Pool:
    """Draws from a list in shuffled rounds, so titles repeat only after all were used."""

    def __init__(self, rng: random.Random, entries):
        self.rng, self.entries, self.queue = rng, list(entries), []

    def draw(self, pillar: str | None = None):
        if not self.queue:
            self.queue = self.entries[:]
            self.rng.shuffle(self.queue)
        if pillar is not None:
            for index, entry in enumerate(self.queue):
                if entry[0] == pillar:
                    return self.queue.pop(index)
        return self.queue.pop()


def add_demo_content(db: Database, *, seed: int = 42, today: date | None = None, tz: tzinfo | None = None) -> int:
    """Add the demo content plan (around *today*) in one transaction; returns the number of items created."""
    tz = tz or ZoneInfo(DEMO_ZONE)
    if today is None:
        now = datetime.now(tz)
        today = now.date()
    else:
        now = datetime.combine(today, time(12), tzinfo=tz)
    rng = random.Random(f"demo-content:{seed}:{today.isoformat()}")
    # Whole weeks, Monday to Sunday, so no half week looks too thin.
    first = week_start(today - timedelta(days=PAST_DAYS))
    last = week_start(today + timedelta(days=FUTURE_DAYS)) + timedelta(days=6)
    with db.transaction():
        channels = _channels(db)
        pillars = {p.key: p.id for p in cm.list_pillars(db, include_archived=True) if p.key}
        groups = dict(db.conn.execute("SELECT name, id FROM sub_communities").fetchall())

        def template(plan: _Plan) -> ContentItem:
            return ContentItem(title=plan.title, body=plan.body, channel_id=channels[plan.channel],
                               pillar_id=pillars.get(plan.pillar), format=plan.format, owner=plan.owner,
                               sub_community_id=groups.get(plan.group) if plan.group else None,
                               planned_at=cm.utc_text(plan.local.replace(tzinfo=tz)),
                               duration_minutes=60 if plan.format in ("live", "video") else 30)

        created = 0
        for plan in _one_off_plans(rng, first, last, today):
            item = template(plan)
            _set_progress(rng, item, plan, now, tz)
            cm.create_item(db, item)
            created += 1
        created += _series(db, rng, template, first, last, now, tz)
        created += _hot_topics(db, rng, template, today, now, tz)
        for pillar, fmt, channel, title, body in IDEAS:
            cm.create_item(db, ContentItem(title=title, body=body, channel_id=channels[channel],
                                           pillar_id=pillars.get(pillar), format=fmt, owner=rng.choice(OPERATORS),
                                           status="drafting" if rng.random() < 0.2 else "idea"))
            created += 1
    return created


def _channels(db: Database) -> dict[str, int]:
    """The demo channels by name; existing ones (a second run) are reused as they are."""
    ids = {}
    for position, (name, low, high, gap) in enumerate(CHANNELS, 1):
        row = db.conn.execute("SELECT id FROM content_channels WHERE name = ?", (name,)).fetchone()
        ids[name] = row[0] if row else cm.save_channel(db, Channel(name=name, position=position, min_per_week=low,
                                                                   max_per_week=high, max_gap_days=gap))
    return ids


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _one_off_plans(rng: random.Random, first: date, last: date, today: date) -> list[_Plan]:
    """Everything but the two series and the hot-topic response, week by week (first is a Monday)."""
    gzh, xhs, forum, discord = (_Pool(rng, pool) for pool in (GZH_POOL, XHS_POOL, FORUM_POOL, DISCORD_POOL))
    polls = _Pool(rng, [(UGC, "poll", title, None) for title in GROUP_POLLS])
    anniversary_week = week_start(today) - timedelta(weeks=3)
    response_week = week_start(response_day(today))
    quiet_from, quiet_to = today - timedelta(days=33), today - timedelta(days=15)   # the forum's empty stretch
    plans: list[_Plan] = []

    def add(day: date, hour: int, channel: str, entry: tuple, owner: str, minute: int = 0, body: str = "") -> None:
        pillar, fmt, title, group = entry
        plans.append(_Plan(_at(day, hour, minute), channel, pillar, fmt, title, group, owner, body))

    monday, report = first, 0
    while monday <= last:
        # 公众号: Wednesday 08:00, a brand story on Saturday 09:00 in about half the weeks (not in the week of
        # the hot-topic response); the anniversary week gets four pieces, more than the rule allows.
        if monday == anniversary_week:
            for offset, entry in zip((0, 2, 4, 5), ANNIVERSARY):
                add(monday + timedelta(days=offset), 8, GZH, entry, "周晓雯")
        else:
            add(monday + timedelta(days=2), 8, GZH, gzh.draw(), "周晓雯")
            if rng.random() < 0.45 and monday != response_week:
                add(monday + timedelta(days=5), 9, GZH, gzh.draw(BRAND), "周晓雯")
        # 打卡群: Monday and Wednesday check-ins (a poll instead every third Wednesday), Sunday's weekly report.
        add(monday, 7, GROUP, (UGC, "post", rng.choice(GROUP_MONDAY), "跑步"), "陈浩")
        if monday.isocalendar()[1] % 3 == 0:
            add(monday + timedelta(days=2), 12, GROUP, polls.draw(), "陈浩", minute=30)
        else:
            add(monday + timedelta(days=2), 7, GROUP, (UGC, "post", rng.choice(GROUP_WEDNESDAY), "跑步"), "陈浩")
        report += 1
        add(monday + timedelta(days=6), 21, GROUP, (BRAND, "post", f"「燃跑周报」第 {report} 期:本周跑量榜与活动回顾", None),
            "陈浩", body="跑量前十、活动照片、下周预告")
        # 小红书: 19:30 on Wednesday and at the weekend, sometimes Monday or Friday too (2-4 a week).
        offsets = [2, rng.choice((5, 6)), *rng.sample((0, 4), rng.choice((0, 1, 1, 2)))]
        for offset in sorted(offsets):
            add(monday + timedelta(days=offset), 19, XHS, xhs.draw(), "林悦", minute=30)
        # 论坛·装备区: Thursday, sometimes Tuesday or Saturday too; nothing during the quiet stretch.
        for offset in sorted([3, *rng.sample((1, 5), rng.choice((0, 1, 1, 2)))]):
            posted = monday + timedelta(days=offset)
            if not quiet_from <= posted <= quiet_to:
                add(posted, 10, FORUM, forum.draw(), "陈浩")
        # Discord: Saturday 21:00 (morning in the Americas), Wednesday too in some weeks.
        for offset in ((5,) if rng.random() < 0.6 else (2, 5)):
            add(monday + timedelta(days=offset), 21, DISCORD, discord.draw(), "林悦")
        monday += timedelta(weeks=1)
    return plans


def response_day(today: date) -> date:
    """The day the 公众号 answered the P1 hot topic (noted the day before)."""
    return today - timedelta(days=11)


def _set_progress(rng: random.Random, item: ContentItem, plan: _Plan, now: datetime, tz: tzinfo, *,
                  column: bool = False) -> None:
    """Status (and results) by where the item lies relative to now: done, near, or later."""
    planned = plan.local.replace(tzinfo=tz)
    days_ahead = (planned - now).total_seconds() / 86400
    if days_ahead < 0:
        item.published_at = item.planned_at
        if days_ahead < -3 or rng.random() < 0.5:
            item.status = "reviewed"
            _results(rng, item, plan.channel)
        else:
            item.status = "published"
    elif days_ahead <= 7:
        item.status = rng.choices(("scheduled", "review", "drafting"), (65, 20, 15))[0]
    elif days_ahead <= 21:
        item.status = rng.choices(("drafting", "review", "idea"), (45, 10, 45))[0]
        if column:
            item.status = "drafting"
    else:
        item.status = rng.choices(("idea", "drafting"), (60, 40))[0]


def _results(rng: random.Random, item: ContentItem, channel: str) -> None:
    (low, high), (rate_low, rate_high) = RESULTS[channel]
    reads = int(low * (high / low) ** rng.random())           # log-uniform: a few hits, many ordinary
    interactions = max(1, round(reads * rng.uniform(rate_low, rate_high)))
    shares = max(0, round(interactions * rng.uniform(0.08, 0.2)))
    comments = round((interactions - shares) * rng.uniform(0.2, 0.45))
    item.reads, item.shares, item.comments = reads, shares, comments
    item.likes = interactions - shares - comments


def _series(db: Database, rng: random.Random, template: Callable[[_Plan], ContentItem], first: date, last: date,
            now: datetime, tz: tzinfo) -> int:
    """The two weekly columns of the 打卡群, each a recurring series; every item then gets its own title."""
    created = 0
    tips = iter(TIPS * 2)
    meetups = iter(MEETUPS * 5)
    columns = (
        ("跑者干货", Recurrence("weekly", first, time(20), weekdays=(1, 3), until=last),
         _Plan(_at(first, 20), GROUP, PRO, "post", "「跑者干货」", "跑步", "陈浩", "干货来源:教练团审稿"),
         lambda n: f"「跑者干货」第 {n} 期:{next(tips)}"),
        ("周末约跑", Recurrence("weekly", first, time(12), weekdays=(4,), until=last),
         _Plan(_at(first, 12), GROUP, UGC, "topic", "「周末约跑」", "跑步", "周晓雯", "接龙报名,按配速分组"),
         lambda n: f"「周末约跑」本周六{next(meetups)} {rng.choice((10, 15, 21))} 公里,报名接龙"),
    )
    for title, rule, plan, titled in columns:
        _series_id, ids = create_recurring(db, title, rule, template(plan), tz)
        for number, item_id in enumerate(ids, 1):
            item = cm.get_item(db, item_id)
            item.title = titled(number)
            local = cm.parse_utc(item.planned_at).astimezone(tz).replace(tzinfo=None)
            _set_progress(rng, item, _Plan(local, plan.channel, plan.pillar, plan.format, item.title), now, tz,
                          column=True)
            cm.save_item(db, item)
        created += len(ids)
    return created


def _hot_topics(db: Database, rng: random.Random, template: Callable[[_Plan], ContentItem], today: date,
                now: datetime, tz: tzinfo) -> int:
    """Three hot topics: a P1 already answered by an article, an urgent one still open (overdue), one to watch."""
    def noted(days_ago: int, hour: int) -> str:
        return cm.utc_text(datetime.combine(today - timedelta(days=days_ago), time(hour), tzinfo=tz))

    answered = HotTopic(title="马拉松赛事报名新规发布:实名认证与抽签规则调整", kind="industry", relevance=5,
                        timeliness=5, spread=4, noted_at=noted(12, 21), status="responded",
                        notes="跑友在群里讨论很多,需要一篇解读")
    save_topic(db, answered)
    response = _Plan(_at(response_day(today), 12), GZH, PRO, "article",
                     "马拉松报名新规解读:这 5 点跑者最关心", "跑步", "周晓雯", "回应热点:报名新规")
    item = template(response)
    item.hot_topic_id = answered.id
    _set_progress(rng, item, response, now, tz)
    cm.create_item(db, item)
    summer = 5 <= today.month <= 9
    save_topic(db, HotTopic(title="高温天气跑步中暑的新闻刷屏" if summer else "寒潮来袭:冬季户外跑步失温事件引发讨论",
                            kind="social", relevance=4, timeliness=5, spread=5, noted_at=noted(4, 10),
                            notes="应尽快发一篇跑步安全提醒(补水、配速、结伴跑)"))
    save_topic(db, HotTopic(title="某运动品牌发布新款智能手表", kind="product", relevance=2, timeliness=2, spread=2,
                            noted_at=noted(1, 15), notes="先观察,等评测出来再说"))
    return 1
