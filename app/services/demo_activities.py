"""The demo community's activities: a year of what 燃跑 ran, what runs now, and six weeks of plans.

add_demo_activities() gives the demo roster (build_demo) about 6–10 activities a month over the past
365 days and the next 42: weekend long runs and weeknight runs, a check-in challenge every month,
running salons, live AMAs, giveaways, now and then a race, an online contest, a debate, an
online-plus-offline evening, and outings of the yoga, cycling and hiking groups. Each has an owner (the
content team's operators), a place (the community's Beijing spots, as in its content plan) or a link,
a capacity, a budget in fen, goals, the usual task list (activity_templates) and, for some, invited tiers
and an A/B test (two time slots or two posters) with audiences and conversions.

Status follows the clock: past ones are closed (or still in review, shortly after), with a review note;
one that spans now is running; upcoming ones are being promoted or still planned. Registrations go to
members who had joined by then, by their habits (demo_activity.persona with the same seed: the chatty
core comes often, lurkers and silent members seldom, those who left only before they went quiet);
8–15 % no-shows, a few cancellations and walk-ins, some conversions. Attended and no-show registrations
get their events rows through the activities model (the same source key and event source), so the
lifecycle sees them.

One transaction, deterministic per (roster, seed, today). Run it before demo_activity.add_demo_activity:
that one then leaves its own weekend calendar out (the activities are the attendance) and recomputes the
lifecycle with these events in.
"""
from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.models import activities as am
from app.models.activities import Activity
from app.models.content import utc_text
from app.models.database import Database
from app.models.errors import UserError
from app.services.activity_templates import template_tasks
from app.services.demo_activity import DEMO_LADDER, SOURCE_FILE as CHAT_SOURCE_FILE, Persona, persona
from app.services.demo_content import DEMO_ZONE, OPERATORS
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress

PAST_DAYS, FUTURE_DAYS = 365, 42
PER_MONTH = (6, 10)
REGISTRATION_SOURCE = "demo"
ADVANCED_TIER, CORE_TIER = DEMO_LADDER[1][0], DEMO_LADDER[2][0]
# An invited tier -> the habits of the members who reach it (the tiers are computed later, from the chat).
TIER_PROFILES = {ADVANCED_TIER: ("kol", "core", "regular"), CORE_TIER: ("kol", "core")}
NO_SHOWS = (0.08, 0.15)          # share of those still registered at the start, per activity
CANCELLED = 0.03                 # registrations cancelled before the day
REVIEW_DAYS = 10                 # an activity ended less than this long ago is still in review
LATE_REVIEW = (30, 0.3)          # and one ended less than 30 days ago, three times in ten
# Roster status -> x the sign-up chance: silent members seldom turn up, whatever they once said.
STATUS_APPEAL = {"active": 1.0, "at_risk": 0.7, "silent": 0.3, "left": 0.5, "banned": 0.5}

LONG_RUN_PLACES = ("奥林匹克森林公园南门", "温榆河绿道(孙河段)", "北宫国家森林公园东门")
NIGHT_RUN_PLACES = ("亮马河国际风情水岸", "朝阳公园南门", "奥林匹克森林公园北园")
STORE_PLACES = ("燃跑三里屯门店 2 楼", "燃跑望京门店活动区")


@dataclass(frozen=True)
class Title:
    name: str
    group: str | None = None     # the sub-community it belongs to (None: everyone)
    days: int = 0                # a multi-day activity's length in days


@dataclass(frozen=True)
class Kind:
    """One kind of activity the community runs, and how it usually goes."""
    key: str
    titles: tuple[Title, ...]
    format: str
    mode: str
    weekdays: tuple[int, ...]    # Monday 0
    start: time
    minutes: int = 0             # length of a same-day activity
    places: tuple[str, ...] = ()
    link: str = ""
    capacity: tuple[int, int] | None = None
    budget: tuple[int, int] = (0, 0)      # planned, in yuan
    appeal: float = 1.0          # x a member's chance of signing up for an ordinary weekend event
    convert: float = 0.02        # attendees who convert (buy the year card, join the paid camp)
    tiers: tuple[str, ...] = ()  # invited tiers (for about a third of them)


def _titles(*names: str, group: str | None = None) -> tuple[Title, ...]:
    return tuple(Title(name, group) for name in names)


KINDS = {kind.key: kind for kind in (
    Kind("long_run", _titles("周六奥森长距离拉练", "周末长距离 LSD 25 公里", "周末长距离:配速分组 20 公里",
                             "周日晨跑团十公里", group="跑步"),
         "offline_run", "offline", (5, 6), time(7), 180, LONG_RUN_PLACES, capacity=(40, 80), budget=(300, 1500),
         appeal=1.6),
    Kind("night_run", _titles("线下夜跑:亮马河 5 公里", "夜跑团五公里", "周三夜跑:朝阳公园 8 公里", group="跑步"),
         "offline_run", "offline", (2, 3), time(19, 30), 90, NIGHT_RUN_PLACES, capacity=(30, 60),
         budget=(200, 800), appeal=1.2),
    Kind("challenge", (Title("21 天早起跑打卡挑战", "跑步", 21), Title("30 天平板支撑打卡", "健身", 30),
                       Title("14 天瑜伽晨练打卡", "瑜伽", 14), Title("月跑量 100 公里打卡挑战", "跑步", 28),
                       Title("7 天跑后拉伸打卡", None, 7)),
         "check_in_challenge", "online", (0,), time(6), link="https://ranpao.example.com/checkin",
         budget=(500, 3000), appeal=1.3, convert=0.03),
    Kind("salon", _titles("跑步沙龙:如何科学备战全马", "跑步沙龙:跑鞋怎么选", "跑步沙龙:跑者营养与补给",
                          "跑步沙龙:伤病预防与康复", "跑步沙龙:新手的第一个半马"),
         "salon", "offline", (5, 6), time(14), 150, STORE_PLACES, capacity=(30, 60), budget=(1500, 6000),
         appeal=0.6, convert=0.12, tiers=(ADVANCED_TIER, CORE_TIER)),
    Kind("live_ama", _titles("直播答疑:马拉松赛前最后一周", "直播答疑:冬季跑步穿什么", "直播答疑:跑步膝盖疼怎么办",
                             "直播答疑:教练带你看训练计划", "直播答疑:减脂期怎么吃"),
         "live_ama", "online", (1, 3), time(20), 60, link="https://live.ranpao.example.com/ama",
         budget=(0, 800), appeal=0.9, convert=0.06),
    Kind("giveaway", _titles("抽奖福利:新款跑鞋免费试穿", "会员日抽奖:燃跑定制水壶", "抽奖福利:马拉松参赛名额",
                             "粉丝福利:能量胶礼包"),
         "giveaway", "online", (4,), time(12), 480, link="https://ranpao.example.com/lucky",
         budget=(1000, 5000), appeal=2.2, convert=0.05),
    Kind("race", _titles("燃跑 5 公里计时赛", "10 公里计时赛:检验训练成果", group="跑步"),
         "contest", "offline", (5,), time(8), 180, LONG_RUN_PLACES, capacity=(60, 120), budget=(3000, 10000),
         appeal=1.0, convert=0.04, tiers=(ADVANCED_TIER, CORE_TIER)),
    Kind("online_contest", (Title("跑友摄影大赛", None, 7), Title("最美跑步路线评选", None, 7),
                            Title("周跑量排行赛", "跑步", 7)),
         "contest", "online", (0,), time(10), link="https://ranpao.example.com/contest", budget=(1000, 4000),
         appeal=0.5, convert=0.03),
    Kind("debate", _titles("辩论:跑步要不要追配速?", "辩论:晨跑还是夜跑?", "辩论:新手该不该穿碳板鞋?",
                           "辩论:跑团活动该不该收费?"),
         "debate", "online", (2,), time(20), 90, link="https://meeting.ranpao.example.com/debate",
         budget=(0, 500), appeal=0.4, convert=0.01),
    Kind("hybrid", _titles("马拉松赛前分享会(线上同步直播)", "跑者故事分享夜(线上线下同步)",
                           "燃跑年度跑者颁奖礼(线上线下)"),
         "salon", "hybrid", (5,), time(15), 150, STORE_PLACES, link="https://live.ranpao.example.com/hybrid",
         capacity=(40, 80), budget=(3000, 12000), appeal=0.8, convert=0.1, tiers=(CORE_TIER,)),
    # The groups' outings: formats an operator typed, as the Activities tab allows.
    Kind("yoga", _titles("户外瑜伽体验课", "晨间瑜伽:跑后拉伸", group="瑜伽"),
         "瑜伽课", "offline", (6,), time(9), 90, ("朝阳公园大草坪", "奥林匹克森林公园北园"), capacity=(20, 30),
         budget=(300, 1200), appeal=1.5),
    Kind("ride", _titles("环湖骑行 50 公里", "周末骑行:京郊山路", group="骑行"),
         "骑行", "offline", (6,), time(8), 240, ("十三陵水库环湖路", "温榆河绿道(孙河段)"), capacity=(15, 40),
         budget=(200, 800), appeal=1.5),
    Kind("hike", _titles("周边山野徒步:香山", "凤凰岭徒步(中级)", group="徒步"),
         "徒步", "offline", (5,), time(8), 360, ("香山公园北门", "凤凰岭景区入口"), capacity=(15, 40),
         budget=(300, 1500), appeal=1.5),
)}
EVERY_MONTH = ("long_run", "long_run", "night_run", "challenge")
# The rest of a month, drawn by weight; (weight, at most per month).
EXTRAS = {"salon": (3, 2), "live_ama": (4, 2), "giveaway": (3, 1), "debate": (1.5, 1), "race": (1, 1),
          "online_contest": (1, 1), "hybrid": (1, 1), "yoga": (1.5, 1), "ride": (1, 1), "hike": (1, 1)}
# A/B tests: (label, description) pairs.
SLOT_TEST = (("A", "周五 20:00 场"), ("B", "周六 10:00 场"))
POSTER_TEST = (("A", "海报 A:城市夜跑剪影"), ("B", "海报 B:跑友合照"))
AB_SHARE = 0.15
REMARKS = {
    "outdoor": ("天气不错,新人占了三分之一", "补给点的水不够,下次多备两成", "配速分组清楚,掉队的人很少",
                "集合点人太多,签到排队十分钟,下次分两个签到口", "下雨临时改线,群里通知及时,没人走错",
                "拍照志愿者出片很好,回顾推文阅读量高"),
    "indoor": ("嘉宾干货多,问答环节超时二十分钟", "场地偏小,后排站着听,下次换大一点的场地",
               "现场转化不错,年卡咨询的人很多", "签到排队太久,下次提前发电子签到码", "线上同步直播画质一般,需要专人负责"),
    "online": ("弹幕互动热烈,问题提前征集很有用", "开场五分钟网络卡顿,下次准备备用推流",
               "打卡第二周掉队明显,中期激励要更早", "奖品吸引力足,新关注明显增加", "时长偏长,后半段在线人数下降一半"),
}
_ACTIVITY_COLUMNS = ("uid", *Activity().values())
_ACTIVITY_SQL = (f"INSERT INTO activities({', '.join(_ACTIVITY_COLUMNS)}, created_at, version, updated_at, updated_by) "
                 f"VALUES ({', '.join('?' * len(_ACTIVITY_COLUMNS))}, ?, 1, ?, ?)")
_REGISTRATION_SQL = ("INSERT INTO activity_registrations(activity_id, member_id, status, walk_in, converted, "
                     "registered_at, checked_in_at, source, created_at, version, updated_at, updated_by) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
_TASK_SQL = ("INSERT INTO activity_tasks(activity_id, phase, position, title, owner, due_date, done_at, created_at, "
             "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
_VARIANT_SQL = ("INSERT INTO activity_variants(activity_id, label, description, audience, conversions, position, "
                "created_at, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")


@dataclass
class _Member:
    id: int
    joined: date
    who: Persona
    groups: frozenset[str]
    appeal: float                # STATUS_APPEAL of the roster status


@dataclass
class _Plan:
    kind: Kind
    title: Title
    start: datetime              # local, aware
    end: datetime


# -- the calendar ---------------------------------------------------------------------------
def _month_starts(first: date, last: date) -> list[date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    return months


def _plan(kind: Kind, title: Title, day: date, tz: ZoneInfo) -> _Plan:
    start = datetime.combine(day, kind.start, tz)
    if title.days:
        end = datetime.combine(day + timedelta(days=title.days - 1), time(22), tz)
    else:
        end = start + timedelta(minutes=kind.minutes)
    return _Plan(kind, title, start, end)


def _calendar(rng: random.Random, first: date, last: date, now: datetime, tz: ZoneInfo) -> list[_Plan]:
    """6–10 activities a month starting on local days [first, last], and always one running now."""
    turns = {key: rng.randrange(len(kind.titles)) for key, kind in KINDS.items()}   # titles take turns
    plans: list[_Plan] = []
    for month in _month_starts(first, last):
        days = [month + timedelta(days=n) for n in range(31) if (month + timedelta(days=n)).month == month.month]
        keys, target = list(EVERY_MONTH), rng.randint(*PER_MONTH)
        counts: dict[str, int] = {}
        while len(keys) < target:
            open_keys = [k for k, (_w, most) in EXTRAS.items() if counts.get(k, 0) < most]
            key = rng.choices(open_keys, weights=[EXTRAS[k][0] for k in open_keys])[0]
            counts[key] = counts.get(key, 0) + 1
            keys.append(key)
        used: set[tuple[str, date]] = set()
        for key in keys:
            kind = KINDS[key]
            choices = [d for d in days if d.weekday() in kind.weekdays and (key, d) not in used]
            if key == "challenge":
                choices = choices[:1]            # a month's challenge starts on its first Monday
            day = rng.choice(choices)
            used.add((key, day))
            title = kind.titles[turns[key] % len(kind.titles)]
            turns[key] += 1
            if first <= day <= last:
                plans.append(_plan(kind, title, day, tz))
    if not any(p.start <= now < p.end for p in plans):
        kind = KINDS["challenge"]
        plans.append(_plan(kind, kind.titles[-1], now.date() - timedelta(days=2), tz))
    plans.sort(key=lambda p: (p.start, p.kind.key))
    return plans


def _status(rng: random.Random, plan: _Plan, now: datetime) -> str:
    if plan.end <= now:
        ago = now - plan.end
        late = ago < timedelta(days=LATE_REVIEW[0]) and rng.random() < LATE_REVIEW[1]
        return "reviewing" if ago < timedelta(days=REVIEW_DAYS) or late else "closed"
    if plan.start <= now:
        return "running"
    ahead = plan.start - now
    return "promoting" if ahead <= timedelta(days=14) or (ahead <= timedelta(days=21) and rng.random() < 0.4) \
        else "planning"


# -- who comes --------------------------------------------------------------------------------
def _roster(db: Database, seed: int) -> list[_Member]:
    groups: dict[int, set[str]] = {}
    for member_id, name in db.conn.execute(
            "SELECT l.member_id, s.name FROM member_sub_communities l JOIN sub_communities s "
            "ON s.id = l.sub_community_id"):
        groups.setdefault(member_id, set()).add(name)
    members = []
    for member_id, join_date, status in db.conn.execute(
            "SELECT id, join_date, status FROM members WHERE deleted_at IS NULL ORDER BY id"):
        try:
            joined = date.fromisoformat(str(join_date)[:10])
        except ValueError:
            joined = date.min
        members.append(_Member(member_id, joined, persona(seed, member_id, status),
                               frozenset(groups.get(member_id, ())), STATUS_APPEAL.get(status, 1.0)))
    return members


def _chance(member: _Member, plan: _Plan, invited: tuple[str, ...], last: date) -> float:
    """The member's chance of signing up: by habit, and only once joined, still around, in the group
    (for a group's outing) and in an invited tier (when tiers are invited)."""
    day = plan.start.date()
    if member.joined >= day or (plan.title.group and plan.title.group not in member.groups):
        return 0.0
    if invited and not any(member.who.profile in TIER_PROFILES[t] for t in invited):
        return 0.0
    return min(0.9, member.who.sign_up * member.appeal * plan.kind.appeal * member.who.factor(min(day, last), last))


@dataclass
class _Outcome:
    """What was written for one activity, for its goals, review note and A/B test."""
    signed_up: int = 0
    attended: int = 0
    no_shows: int = 0


def _registrations(rng: random.Random, plan: _Plan, status: str, members: list[_Member], invited: tuple[str, ...],
                   capacity: int | None, now: datetime, last: date) -> tuple[list[tuple], _Outcome, float]:
    """The activity's registration rows (member_id, status, walk_in, converted, registered_at, checked_in_at),
    what came of them, and the sign-ups expected in the end."""
    chances = [(m, _chance(m, plan, invited, last)) for m in members]
    expected = sum(c for _m, c in chances)
    if status == "planning":
        return [], _Outcome(), expected
    ahead = (plan.start - now).total_seconds() / 86400
    so_far = 1.0 if ahead <= 0 else max(0.2, min(0.9, 1 - ahead / 14))   # promoting: part of them so far
    chosen = [m for m, c in chances if c and rng.random() < c * so_far]
    rng.shuffle(chosen)
    if capacity is not None:
        chosen = chosen[:capacity]
    past = status in ("closed", "reviewing")
    no_show_rate = rng.uniform(*NO_SHOWS)
    rows, outcome = [], _Outcome()
    for member in chosen:
        lead = timedelta(hours=rng.uniform(2, 24 * 12))
        registered = max(plan.start - lead, datetime.combine(member.joined, time(12), plan.start.tzinfo))
        registered = min(registered, now - timedelta(minutes=rng.randint(5, 600)))
        state, checked_in = "registered", None
        if past and rng.random() < CANCELLED:
            state = "cancelled"
        elif past or status == "running":
            arrival = _arrival(rng, plan)
            if past and rng.random() < no_show_rate:
                state = "no_show"
            elif arrival < now:
                state, checked_in = "attended", arrival
        converted = state == "attended" and rng.random() < plan.kind.convert * (
            2 if member.who.profile in ("kol", "core") else 1)
        rows.append((member.id, state, 0, int(converted), utc_text(registered),
                     utc_text(checked_in) if checked_in else None))
        outcome.signed_up += state != "cancelled"
        outcome.attended += state == "attended"
        outcome.no_shows += state == "no_show"
    if past and plan.kind.mode != "online":
        rows += _walk_ins(rng, plan, chances, {m.id for m in chosen}, outcome)
    return rows, outcome, expected


def _arrival(rng: random.Random, plan: _Plan) -> datetime:
    """When an attendee checked in: around the start, or on the first day of a challenge."""
    if plan.title.days:
        return plan.start + timedelta(minutes=rng.randint(0, 16 * 60))
    return min(plan.start + timedelta(minutes=rng.randint(0, 25)), plan.end - timedelta(minutes=1))


def _walk_ins(rng: random.Random, plan: _Plan, chances: list[tuple[_Member, float]], registered: set[int],
              outcome: _Outcome) -> list[tuple]:
    """A few who came without registering (checked in and counted as attended at once)."""
    pool = [(m, c) for m, c in chances if c and m.id not in registered]
    if not pool:
        return []
    picked = {m.id: m for m in rng.choices([m for m, _c in pool], weights=[c for _m, c in pool],
                                           k=rng.randint(0, 4))}
    rows = []
    for member in picked.values():
        arrival = _arrival(rng, plan)
        rows.append((member.id, "attended", 1, 0, utc_text(arrival), utc_text(arrival)))
        outcome.signed_up += 1
        outcome.attended += 1
    return rows


# -- the rest of an activity ------------------------------------------------------------------
def _round(value: float, step: int) -> int:
    return max(step, int(round(value / step)) * step)


def _review_note(rng: random.Random, plan: _Plan, status: str, outcome: _Outcome) -> str:
    where = "online" if plan.kind.mode == "online" else "indoor" if plan.kind.format == "salon" else "outdoor"
    remark = rng.choice(REMARKS[where])
    if status == "reviewing":
        return f"复盘中:{remark}" if rng.random() < 0.6 else ""
    if status != "closed":
        return ""
    turnout = outcome.attended / outcome.signed_up if outcome.signed_up else 0
    return (f"报名 {outcome.signed_up} 人,到场 {outcome.attended} 人,未到 {outcome.no_shows} 人"
            f"(到场率 {turnout:.0%});{remark}。")


def _task_rows(rng: random.Random, activity_id: int, plan: _Plan, status: str, owner: str, today: date,
               now: datetime, stamp: tuple[str, str, str]) -> list[tuple]:
    done_share = {"closed": 0.98, "reviewing": 0.85, "running": 0.85, "promoting": 0.8, "planning": 0.7}[status]
    rows = []
    for task in template_tasks(plan.kind.format, plan.start.date(), "zh"):
        due = date.fromisoformat(task.due_date)
        done = rng.random() < (done_share if due < today else 0.1 if task.phase == "warm_up" else 0)
        done_at = None
        if done:
            moment = datetime.combine(min(due, today), time(rng.randint(9, 21), rng.randint(0, 59)), now.tzinfo)
            done_at = utc_text(min(moment, now - timedelta(minutes=1)))
        who = owner if rng.random() < 0.7 else rng.choice(OPERATORS)
        rows.append((activity_id, task.phase, task.position, task.title, who, task.due_date, done_at, *stamp))
    return rows


def _variant_rows(rng: random.Random, activity_id: int, plan: _Plan, outcome: _Outcome,
                  stamp: tuple[str, str, str]) -> list[tuple]:
    """An A/B test of two time slots (salons and live AMAs) or two posters, sign-ups split between them."""
    test = SLOT_TEST if plan.kind.format in ("salon", "live_ama") else POSTER_TEST
    first_share = rng.uniform(0.3, 0.7)
    wins = (round(outcome.signed_up * first_share), outcome.signed_up - round(outcome.signed_up * first_share))
    rows = []
    for position, ((label, description), converted) in enumerate(zip(test, wins)):
        audience = max(converted, rng.randint(8, 30) * 50)
        rows.append((activity_id, label, description, audience, converted, position, *stamp))
    return rows


# -- the job ----------------------------------------------------------------------------------
def add_demo_activities(db: Database, *, seed: int = 42, today: date | None = None,
                        progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> int:
    """Add the demo year of activities (with tasks, A/B tests, registrations and their attendance events)
    for the existing roster; all or nothing. Returns the number of activities added."""
    tz = ZoneInfo(DEMO_ZONE)
    if today is None:
        now = datetime.now(tz)
        today = now.date()
    else:
        now = datetime.combine(today, time(12), tz)
    if db.conn.execute("SELECT EXISTS (SELECT 1 FROM activities)").fetchone()[0]:
        raise UserError("%1 already holds activities; the demo activities need a file without any", db.path)
    if db.conn.execute("SELECT EXISTS (SELECT 1 FROM event_sources WHERE file_name = ?)",
                       (CHAT_SOURCE_FILE,)).fetchone()[0]:
        raise UserError("%1 already holds the demo activity; add the demo activities before it", db.path)
    members = _roster(db, seed)
    if not members:
        raise UserError("%1 holds no members; the demo activities need the demo roster first", db.path)
    rng = random.Random(f"demo-activities:{seed}:{today.isoformat()}")
    last = today - timedelta(days=1)
    plans = _calendar(rng, today - timedelta(days=PAST_DAYS), today + timedelta(days=FUTURE_DAYS), now, tz)
    groups = dict(db.conn.execute("SELECT name, id FROM sub_communities").fetchall())
    clock = db.clock()
    stamp = (clock, clock, db.operator)
    registrations = 0
    with db.transaction():
        for done, plan in enumerate(plans, 1):
            check_cancel(cancelled)
            activity, rows = _activity(db, rng, plan, groups, members, now, today, last, stamp)
            registrations += len(rows)
            attending = [row[0] for row in rows if row[1] in am.EVENT_KINDS]
            if attending:
                am.sync_attendance_events(db, activity, attending)    # the model's own events rows, for these members
            progress(done, len(plans))
        db.log_change("activities", None, "demo_activities", None,
                      {"activities": len(plans), "registrations": registrations, "seed": seed})
    return len(plans)


def _activity(db: Database, rng: random.Random, plan: _Plan, groups: dict[str, int], members: list[_Member],
              now: datetime, today: date, last: date, stamp: tuple[str, str, str]) -> tuple[Activity, list[tuple]]:
    """Write one activity with its tasks, registrations and A/B test; returns it and its registrations."""
    kind, conn = plan.kind, db.conn
    status = _status(rng, plan, now)
    invited = kind.tiers if kind.tiers and rng.random() < 0.35 else ()
    capacity = _round(rng.randint(*kind.capacity), 5) if kind.capacity else None
    planned = _round(rng.randint(*kind.budget), 50) * 100
    activity = Activity(
        uid=str(uuid.UUID(int=rng.getrandbits(128), version=4)), name=plan.title.name, mode=kind.mode,
        format=kind.format, sub_community_id=groups.get(plan.title.group) if plan.title.group else None,
        owner=rng.choice(OPERATORS), starts_at=utc_text(plan.start), ends_at=utc_text(plan.end),
        place=rng.choice(kind.places) if kind.places else "", link=kind.link, capacity=capacity,
        budget_planned_fen=planned, invited_tiers=list(invited), status=status, version=1)
    rows, outcome, expected = _registrations(rng, plan, status, members, invited, capacity, now, last)
    goal = _round(min(expected, capacity or expected) * rng.uniform(0.9, 1.2), 5)
    activity.goal_registrations, activity.goal_attendance = goal, _round(goal * 0.85, 1)
    if kind.convert >= 0.05:
        activity.goal_conversions = max(1, round(goal * 0.85 * kind.convert))
    if status in ("closed", "reviewing"):
        activity.budget_actual_fen = _round(planned * rng.uniform(0.75, 1.15), 1000)
    activity.review_note = _review_note(rng, plan, status, outcome)
    am.check_activity(activity)
    values = activity.values()
    activity.id = conn.execute(_ACTIVITY_SQL, (activity.uid, *(values[k] for k in _ACTIVITY_COLUMNS[1:]),
                                               *stamp)).lastrowid
    conn.executemany(_REGISTRATION_SQL, ((activity.id, *row, REGISTRATION_SOURCE, *stamp) for row in rows))
    conn.executemany(_TASK_SQL, _task_rows(rng, activity.id, plan, status, activity.owner, today, now, stamp))
    if status != "planning" and kind.format in ("salon", "live_ama", "offline_run", "giveaway") \
            and rng.random() < AB_SHARE:
        conn.executemany(_VARIANT_SQL, _variant_rows(rng, activity.id, plan, outcome, stamp))
    return activity, rows
