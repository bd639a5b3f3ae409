"""Demo activity for the demo community, so the member lifecycle has something to show on first run.

add_demo_activity() gives the existing roster (build_demo) a few months of group-chat life in ONE
transaction: WeChat messages (short chat, and long posts of 100+ characters that count as original
posts), 晨跑打卡 check-ins, attendance at offline events (and a few no-shows), purchases of gear and
memberships, and a few rule violations. Activity is heavy-tailed: a handful of very active members
(KOL candidates), a core, regulars, many occasional members and lurkers, and some who were active and
went quiet 30-45 days ago (churn warnings). Left and banned members fell silent long ago.

Then it sets the tier ladder 基础群 → 进阶群 → 核心群 (only when none exists) and runs recompute(),
so tiers, RFM segments, points and churn flags exist. Deterministic per (roster, seed, today).
Times are UTC text; members act in daytime China hours (UTC+8).

Who a member is (persona(): how chatty, and whether they faded, went or slowed down) depends only on
(seed, member, status), so app.services.demo_activities gives the same people the same habits: those
who talk most also come to the activities. When the file already holds activities in the window (the
demo activities, added first), their registrations are the attendance and the weekend calendar of
plain attendance events here is not made, so nobody attends twice.
"""
from __future__ import annotations

import hashlib
import math
import random
import struct
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.models import lifecycle as lm
from app.models.database import Database
from app.models.errors import UserError
from app.services.demo import COMMUNITY_NAME
from app.services.jobs import CancelCheck, Progress, check_cancel, never_cancelled, no_progress

PLATFORM = "wechat"
SOURCE_FILE, SOURCE_FORMAT = "demo", "csv"
CHINA = timedelta(hours=8)
LONG_POST_CHARS = 100

DEMO_LADDER = [
    ("基础群", {}),
    ("进阶群", {"messages_in_days": {"days": 30, "min": 10}}),
    ("核心群", {"messages_in_days": {"days": 30, "min": 40}, "attended": {"min": 2}}),
]

# -- wording ---------------------------------------------------------------------------------
SHORT_MESSAGES = (
    "早上好☀️", "打卡!", "收到,准时到", "+1", "报名!", "我也想去", "求带新人🙏", "今天配速有点崩",
    "膝盖有点疼,休息两天", "有人推荐一下跑鞋吗?", "周末长距离有人一起吗?", "下雨了还跑吗?",
    "刚跑完,出了一身汗", "加油💪", "厉害了!", "哈哈哈哈", "谢谢群主", "收到👌", "好的", "赞👍",
    "今天练腿,明天走路要扶墙了", "瑜伽课几点开始?", "有没有一起骑行的?", "能量胶哪个牌子好吃?",
    "马拉松中签了!!", "没中签,明年再战", "几点集合?", "在哪集合?", "已报名", "装备团购还有名额吗?",
    "护膝有推荐的吗?", "体脂又降了一点😄", "今天休息日,拉伸一下", "新人报到,请多关照", "晨跑前要吃东西吗?",
    "心率一直偏高怎么办?", "今天的夕阳太美了", "跑完来杯咖啡☕", "周日见!", "明早六点半老地方",
    "奥森今天人好多", "风好大,逆风跑得好累", "第一次跑完十公里!", "群里大神太多了", "求个训练计划",
    "今天间歇跑完腿软了", "鞋到了,明天试跑", "坚持就是胜利", "跟上大部队了", "照片拍得真好看",
    "下次活动带上我", "这周出差,跑不了了", "终于恢复训练了", "冬天起不来床怎么破", "求推荐跑步耳机",
    "今天撸铁一小时", "平板支撑坚持了三分钟", "周末去爬山吗?", "骑行五十公里打卡🚴", "谢谢大家的鼓励",
)
SHORT_TEMPLATES = (
    "今天晨跑 {km} 公里,配速 {pace}", "这周跑量 {week} 公里", "夜跑 {km} 公里,凉快", "本月累计 {month} 公里了",
    "今天 {km} 公里 LSD,心率控制得不错", "深蹲 {kg} 公斤做了五组", "骑行 {ride} 公里,腿废了",
)
LONG_TEMPLATES = (
    "分享一下周末{race}的赛记:前 {a} 公里按计划配速 {pace} 跑,之后开始有点掉速,补了两次能量胶才缓过来。"
    "最后成绩 {time},比上次进步了 {gain} 分钟。感谢群里小伙伴一路的陪跑和鼓励,下一个目标是{goal}!",
    "说说最近入手的这双{gear}:穿了大概 {used} 公里,缓震和回弹都不错,长距离脚不累;缺点是鞋面偏窄,"
    "脚宽的朋友建议试穿后再买。整体性价比挺高,适合配速五到六分的跑者日常训练和周末长距离,有问题可以私聊我。",
    "给准备{race}的新人分享一个十二周训练思路:每周跑三到四次,一次间歇、一次节奏跑、一次周末长距离,"
    "其余是轻松跑。长距离每周加两公里左右,第九周到峰值,最后两周减量。别忘了力量训练和拉伸,伤病才是最大的敌人。",
    "膝盖疼了两个月,终于好了,跟大家分享一点经验:先停跑去医院检查,确诊是髂胫束综合征;然后每天用泡沫轴放松,"
    "加上臀中肌训练,两周后恢复慢跑,跑量只加到原来的一半。最重要的是别硬撑,疼了就停,身体发出的信号一定要听。",
    "昨天的{event}圆满结束!一共来了 {people} 位小伙伴,从新手到全马破三的大神都有。大家按配速分了三组,"
    "跑完一起拉伸、拍合照,还抽了社群定制水壶。感谢志愿者们一大早过来帮忙,没来的朋友记得关注群公告,下次活动见。",
    "很多人问减脂期怎么吃,我自己的做法是:早餐燕麦加鸡蛋和牛奶,午餐正常吃但主食减半,晚餐多蔬菜和鱼虾,"
    "训练日再多补一点碳水。坚持了三个月,体脂从 {fat_a}% 降到 {fat_b}%,关键不是饿,而是吃对,再配合每周三练。",
    "练瑜伽一年的一点感受:刚开始连下犬式脚跟都落不了地,现在已经能稳稳做完一整套流瑜伽了。最大的变化是睡眠和体态,"
    "久坐的肩颈问题也好了很多。推荐跑友们每周加一两节瑜伽作为恢复,对柔韧性、核心力量和预防受伤都很有帮助。",
    "周末{trail}徒步路线分享一下:全程约 {hike} 公里,爬升六百多米,前半段是台阶,后半段是土路,雨后比较滑。"
    "建议穿防滑的徒步鞋,带足两升水和一些路餐,山顶信号不太好,一定要结伴走,出发前在群里报备一下路线和人数。",
    "新人最常问的三个问题,我统一回答一下:第一,先别追求配速,能连续慢跑三十分钟再说;第二,跑鞋比衣服重要,"
    "去门店测一下足型;第三,每周跑三次就够了,给身体留出恢复时间。有任何问题都可以在群里问,大家都很热心,欢迎常来聊。",
)
RACES = ("北京马拉松", "上海半马", "厦门马拉松", "杭州马拉松", "无锡马拉松", "广州马拉松", "成都双遗马")
GOALS = ("全马破四", "半马跑进一小时五十", "明年跑完第一个全马", "全马破三小时半", "今年跑满一千公里")
GEARS = ("缓震训练鞋", "碳板竞速鞋", "越野跑鞋")
TRAILS = ("香山", "凤凰岭", "灵山", "莫干山", "梧桐山", "白云山")
RUN_CHECK_INS = ("晨跑打卡 {km} 公里", "晨跑打卡 第 {day} 天", "晨跑打卡,配速 {pace}")
OTHER_CHECK_INS = ("晨练打卡:瑜伽三十分钟", "健身打卡:力量训练一小时", "晨练打卡 第 {day} 天")
# (name, local hour it starts, weekday: 5 Saturday, 6 Sunday)
EVENTS = (("周六奥森长距离拉练", 7, 5), ("周日晨跑团十公里", 7, 6), ("新手跑步训练营", 8, 5),
          ("户外瑜伽体验课", 9, 6), ("装备品鉴会", 14, 5), ("环湖骑行", 8, 6), ("周边山野徒步", 8, 5),
          ("夜跑团五公里", 19, 5), ("马拉松赛前分享会", 15, 6))
# (what, lowest price, highest price) in fen
PURCHASES = (("跑鞋 · 缓震训练款", 59900, 129900), ("社群年卡会员", 29900, 29900), ("能量胶 12 支装", 6800, 9800),
             ("运动水壶", 5900, 8900), ("速干T恤", 12900, 19900), ("瑜伽垫", 16900, 26900),
             ("心率带", 29900, 39900), ("压缩腿套", 9900, 15900))
VIOLATIONS = ("群内发广告", "刷屏", "私加群友推销", "发布不实信息", "人身攻击")

# -- activity profiles -----------------------------------------------------------------------
# name -> (messages per day low/high, long-post share, check-in chance per day,
#          sign-up chance per event, purchases per 100 days)
PROFILES = {
    "kol":        (1.5, 2.5, 0.12, 0.4, 0.55, 4.0),
    "core":       (1.35, 1.7, 0.05, 0.25, 0.35, 2.5),
    "regular":    (0.3, 0.55, 0.015, 0.1, 0.15, 1.2),
    "occasional": (0.06, 0.2, 0.01, 0.03, 0.04, 0.5),
    "lurker":     (0.0, 0.03, 0.0, 0.005, 0.01, 0.2),
}
# roster status -> (profile, shape, weight); shape: steady, fading (stopped 30-45 days ago),
# declining (much less in the last 30 days), gone (stopped 50-110 days ago)
MIX = {
    "active": (("kol", "steady", 4), ("core", "steady", 7), ("regular", "steady", 28),
               ("occasional", "steady", 49), ("lurker", "steady", 6), ("regular", "declining", 3),
               ("core", "declining", 1), ("regular", "fading", 1), ("occasional", "fading", 1)),
    "silent": (("lurker", "steady", 40), ("occasional", "steady", 30), ("regular", "fading", 15),
               ("occasional", "fading", 15)),
    "at_risk": (("regular", "fading", 35), ("core", "fading", 15), ("regular", "declining", 35),
                ("occasional", "fading", 15)),
    "left": (("occasional", "gone", 60), ("regular", "gone", 20), ("lurker", "gone", 20)),
    "banned": (("regular", "gone", 100),),
}
NO_SHOW_SHARE = 0.12          # of sign-ups
VIOLATION_SHARE = 0.015       # of other members with one violation
MESSAGE_HOURS = (6, 7, 7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23)
MEMBER_BATCH = 1_000         # members generated and inserted at a time
GROWTH = 0.3                  # activity grows by this share over the window (a growing community)

_INSERT = ("INSERT INTO events(member_id, ts, kind, platform, amount_fen, source, source_key, text) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
_KEY = struct.Struct(">q").unpack


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _pace(rng: random.Random) -> str:
    return f"{rng.randint(4, 7)}'{rng.randint(0, 59):02d}\""


def _short_text(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(SHORT_TEMPLATES).format(
            km=round(rng.uniform(3, 15), 1), pace=_pace(rng), week=rng.randint(15, 80),
            month=rng.randint(60, 320), kg=rng.choice((40, 50, 60, 70, 80, 100)), ride=rng.randint(30, 120))
    return rng.choice(SHORT_MESSAGES)


def _long_text(rng: random.Random) -> str:
    return rng.choice(LONG_TEMPLATES).format(
        race=rng.choice(RACES), a=rng.choice((10, 15, 21, 25, 30)), pace=_pace(rng),
        time=f"{rng.randint(3, 4)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", gain=rng.randint(2, 15),
        goal=rng.choice(GOALS), gear=rng.choice(GEARS), used=rng.randint(80, 400), event=rng.choice(EVENTS)[0],
        people=rng.randint(18, 60), fat_a=rng.randint(25, 32), fat_b=rng.randint(18, 24),
        trail=rng.choice(TRAILS), hike=rng.randint(10, 22))


def _utc(day: date, hour: int, rng: random.Random, minute: int | None = None) -> str:
    """UTC text of local (UTC+8) *day* at *hour* and a random minute and second."""
    local = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59) if minute is None else minute,
                     rng.randint(0, 59))
    return (local - CHINA).strftime("%Y-%m-%dT%H:%M:%SZ")


def _pick(rng: random.Random, options: tuple) -> tuple[str, str]:
    profile, shape, _w = rng.choices(options, weights=[o[2] for o in options])[0]
    return profile, shape


@dataclass(frozen=True)
class Persona:
    """One member's habits: a profile (PROFILES) and a shape (see MIX) with its dates."""
    profile: str
    shape: str
    quiet_days: int      # fading / gone: fell silent this many days before the last demo day (else 0)
    slow: float          # declining: the share of the usual activity left in the last 30 days

    @property
    def sign_up(self) -> float:
        """The chance of signing up for an ordinary weekend event."""
        return PROFILES[self.profile][4]

    def stop(self, last: date) -> date:
        return last - timedelta(days=self.quiet_days) if self.quiet_days else last

    def slow_from(self, last: date) -> date | None:
        return last - timedelta(days=29) if self.shape == "declining" else None

    def factor(self, day: date, last: date) -> float:
        """How active the member is on *day* (0 once silent)."""
        if day > self.stop(last):
            return 0.0
        slow_from = self.slow_from(last)
        return self.slow if slow_from and day >= slow_from else 1.0


def persona(seed: int, member_id: int, status: str) -> Persona:
    """The member's habits, the same for every demo module given the same seed."""
    rng = random.Random(f"demo-persona:{seed}:{member_id}")
    profile, shape = _pick(rng, MIX.get(status, MIX["active"]))
    quiet = rng.randint(30, 44) if shape == "fading" else rng.randint(50, 110) if shape == "gone" else 0
    return Persona(profile, shape, quiet, rng.uniform(0.05, 0.35))


def _calendar(rng: random.Random, first: date, last: date) -> list[tuple[date, str, int]]:
    """Offline events: about three weekend events in every four weeks."""
    out = []
    day = first
    while day <= last:
        if day.weekday() in (5, 6) and rng.random() < 0.4:
            name, hour, _weekday = rng.choice([e for e in EVENTS if e[2] == day.weekday()])
            out.append((day, name, hour))
        day += timedelta(days=1)
    return out


def _member_events(rng: random.Random, member_id: int, join: date, status: str, first: date, last: date,
                   calendar: list[tuple[date, str, int]], who: Persona) -> list[tuple]:
    """(member_id, ts, kind, amount_fen, text) rows for one member between local days first and last."""
    low, high, long_share, check_in, sign_up, buys = PROFILES[who.profile]
    rate = rng.uniform(low, high)
    start = max(first, join)
    stop = who.stop(last)
    slow_from, slow = who.slow_from(last), who.slow
    span = max(1, (last - first).days)
    runner = rng.random() < 0.7          # the rest check in with gym or yoga sessions
    rows: list[tuple] = []
    streak = 0
    day = start
    while day <= stop:
        factor = (1 - GROWTH / 2 + GROWTH * (day - first).days / span) * (
            slow if slow_from and day >= slow_from else 1.0)
        weekend = day.weekday() >= 5
        for _ in range(_poisson(rng, rate * factor * (1.2 if weekend else 1.0))):
            if rng.random() < long_share:
                text = _long_text(rng)
            else:
                text = _short_text(rng)
            rows.append((member_id, _utc(day, rng.choice(MESSAGE_HOURS), rng), "message", None, text))
        if rng.random() < check_in * factor:
            streak += 1
            text = rng.choice(RUN_CHECK_INS if runner else OTHER_CHECK_INS)
            rows.append((member_id, _utc(day, rng.choice((5, 6, 6, 7)), rng), "check_in", None,
                         text.format(km=round(rng.uniform(3, 12), 1), day=streak, pace=_pace(rng))))
        if rng.random() < buys / 100 * factor:
            what, lowest, highest = rng.choice(PURCHASES)
            amount = lowest if lowest == highest else rng.randrange(lowest, highest + 1, 1000)
            rows.append((member_id, _utc(day, rng.randint(10, 22), rng), "purchase", amount, what))
        day += timedelta(days=1)
    for day, name, hour in calendar:
        if start <= day <= stop and rng.random() < sign_up * (slow if slow_from and day >= slow_from else 1.0):
            kind = "no_show" if rng.random() < NO_SHOW_SHARE else "attendance"
            rows.append((member_id, _utc(day, hour, rng, minute=rng.randint(0, 20)), kind, None, name))
    violations = rng.randint(2, 3) if status == "banned" else (1 if rng.random() < VIOLATION_SHARE else 0)
    if stop >= start:
        for _ in range(violations):
            day = start + timedelta(days=rng.randint(0, (stop - start).days))
            rows.append((member_id, _utc(day, rng.randint(9, 23), rng), "violation", None, rng.choice(VIOLATIONS)))
    return rows


def _plans_activities(db: Database, first: date, end: date) -> bool:
    """Whether activities (with registrations) overlap local days [first, end)."""
    low, high = ((datetime.combine(day, datetime.min.time()) - CHINA).strftime("%Y-%m-%dT%H:%M:%SZ")
                 for day in (first, end))
    return db.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM activities a JOIN activity_registrations r ON r.activity_id = a.id "
        "WHERE a.deleted_at IS NULL AND a.starts_at < ? AND a.ends_at > ?)", (high, low)).fetchone()[0] == 1


def add_demo_activity(db: Database, *, seed: int = 42, today: date | None = None, days: int = 120,
                      progress: Progress = no_progress, cancelled: CancelCheck = never_cancelled) -> int:
    """Add `days` days of activity (up to yesterday, China time) for the existing roster, set the demo
    tier ladder when none exists and recompute the lifecycle; all or nothing. Returns events added."""
    from app.services.lifecycle import recompute, today_utc

    if days < 1:
        raise UserError("demo activity needs at least one day")
    today = today or today_utc()
    if db.conn.execute("SELECT 1 FROM event_sources WHERE file_name = ? LIMIT 1", (SOURCE_FILE,)).fetchone():
        raise UserError("%1 already holds the demo activity", db.path)
    roster = [tuple(r) for r in db.conn.execute(
        "SELECT id, join_date, status FROM members WHERE deleted_at IS NULL ORDER BY id")]
    if not roster:
        raise UserError("%1 holds no members; demo activity needs the demo roster first", db.path)
    rng = random.Random(f"demo-activity:{seed}")
    last = today - timedelta(days=1)
    first = today - timedelta(days=days)
    calendar = _calendar(rng, first, last)
    if _plans_activities(db, first, today):
        calendar = []        # the activities' registrations are the attendance
    tail = max(5, len(roster) // 4)   # recompute's share of the progress bar
    total = len(roster) + tail
    hasher = hashlib.blake2b(f"{PLATFORM}\x1fdemo:{COMMUNITY_NAME}\x1f".encode(), digest_size=8)
    kinds: dict[str, int] = {}
    added = 0
    with db.bulk_cache(), db.transaction() as conn:
        source = conn.execute(
            "INSERT INTO event_sources(file_name, format, imported_at, imported_by) VALUES (?, ?, ?, ?)",
            (SOURCE_FILE, SOURCE_FORMAT, db.clock(), db.operator)).lastrowid
        # Members in batches (bounded memory); within a batch, events go in in time order.
        for start in range(0, len(roster), MEMBER_BATCH):
            check_cancel(cancelled)
            rows: list[tuple] = []
            for member_id, join_date, status in roster[start:start + MEMBER_BATCH]:
                try:
                    join = date.fromisoformat(str(join_date)[:10])
                except ValueError:
                    join = first
                rows.extend(_member_events(rng, member_id, join, status, first, last, calendar,
                                           persona(seed, member_id, status)))
            rows.sort(key=lambda r: (r[1], r[0]))
            batch = []
            for n, (member_id, ts, kind, amount, text) in enumerate(rows, added):
                digest = hasher.copy()
                digest.update(f"{seed}-{n}".encode())
                batch.append((member_id, ts, kind, PLATFORM, amount, source, _KEY(digest.digest())[0], text))
                kinds[kind] = kinds.get(kind, 0) + 1
            conn.executemany(_INSERT, batch)
            added += len(batch)
            progress(min(start + MEMBER_BATCH, len(roster)), total)
        conn.execute("UPDATE event_sources SET events = ? WHERE id = ?", (added, source))
        if not lm.get_ladder(db):
            lm.set_ladder(db, DEMO_LADDER)
        db.log_change("events", None, "demo_activity", None,
                      {"events": added, "seed": seed, "days": days, "kinds": dict(sorted(kinds.items()))})
        check_cancel(cancelled)
        recompute(db, today, cancelled=cancelled,
                  progress=lambda done, steps: progress(len(roster) + tail * done // max(steps, 1), total))
    progress(total, total)
    return added
