"""The demo community's moderation: a word list with an allow-list, the community rules (社区公约),
a month of spam, abuse and rumour messages caught by the scan, member reports and observations, and
decisions by two moderators (some late, two appealed), all through the moderation model."""
from __future__ import annotations

import hashlib
import random
import struct
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from app.models import moderation as mod
from app.models.content import parse_utc, utc_text
from app.models.database import Database
from app.services.moderation_scan import load_matcher, scan_messages
from app.services.word_matcher import highest_level
from app.services.moderation_words import parse_word_row

SOURCE_FILE = "demo moderation"
TEAMMATES = ("李娜", "王强")     # the operator and one teammate moderate
# (word, level, category): what a running club's moderators actually watch for.
WORDS = (
    ("加微信", "yellow", "spam"), ("加v", "yellow", "spam"), ("vx", "yellow", "spam"), ("wechat", "yellow", "spam"),
    ("私聊我", "blue", "spam"), ("扫码", "yellow", "spam"), ("代购", "yellow", "spam"), ("低价出", "blue", "spam"),
    ("免费领取", "yellow", "spam"), ("点击链接", "yellow", "spam"), ("优惠券", "blue", "spam"), ("兼职", "yellow", "spam"),
    ("刷单", "red", "fraud"), ("日赚", "red", "fraud"), ("稳赚不赔", "red", "fraud"), ("内部名额", "red", "fraud"),
    ("转账", "yellow", "fraud"), ("中奖", "yellow", "fraud"), ("贷款", "red", "fraud"), ("代报名", "yellow", "fraud"),
    ("傻逼", "red", "abuse"), ("sb", "yellow", "abuse"), ("滚出去", "yellow", "abuse"), ("脑残", "yellow", "abuse"),
    ("垃圾", "blue", "abuse"), ("废物", "yellow", "abuse"), ("去死", "red", "abuse"),
    ("内幕消息", "yellow", "rumour"), ("赛事取消了", "blue", "rumour"), ("已经跑路", "yellow", "rumour"),
    ("转发救人", "blue", "rumour"), ("兴奋剂", "red", "rumour"),
    ("股票", "blue", "off_topic"), ("炒币", "yellow", "off_topic"), ("拉票", "blue", "off_topic"),
)
ALLOWED = ("垃圾分类", "垃圾袋", "垃圾桶", "转账记录截图报名", "有问题可以私聊我")
RULES = (
    ("1", "友善交流", "不得辱骂、人身攻击、地域或性别歧视。"),
    ("2", "禁止广告引流", "未经管理员同意,不得发布广告、二维码、微信号或私加群友推销。"),
    ("3", "谨防诈骗", "不得发布刷单、兼职、借贷、投资等涉及资金往来的信息。"),
    ("4", "不传谣", "赛事、伤病与装备信息请注明来源,未经证实的消息不转发。"),
    ("5", "不刷屏", "同一内容一分钟内不得连续发送三次以上。"),
    ("6", "围绕跑步", "与跑步、训练、装备、赛事无关的话题请移步闲聊群。"),
    ("7", "保护隐私", "不得公开他人手机号、住址、照片等个人信息。"),
    ("8", "尊重版权", "转载文章与训练计划请注明出处。"),
)
# Messages the scan catches: (text, rule code). Separators and full-width letters on purpose.
CAUGHT = (
    ("周末约跑的朋友加微信 run2024 一起", "2"), ("需要跑鞋代购的私聊我,价格低", "2"), ("加 微 信 领取马拉松内部名额", "3"),
    ("扫码进群免费领取能量胶", "2"), ("ＷｅＣｈａｔ：paobu888 低价出二手佳明", "2"), ("在家兼职刷单日赚300,稳赚不赔", "3"),
    ("有需要贷款的找我,利息低", "3"), ("你就是个傻逼,配速这么慢还好意思晒", "1"), ("脑残才信这种训练计划", "1"),
    ("听说这次赛事取消了,内幕消息别外传", "4"), ("某品牌已经跑路了,大家快去退款", "4"), ("明天股票要涨,群里有人炒币吗", "6"),
    ("点击链接帮我拉票,谢谢各位", "6"), ("某选手用兴奋剂,转发救人", "4"), ("加.v.信 代报名 北马 名额有限", "3"),
    ("垃圾品牌,谁买谁是废物", "1"), ("中奖了!转账99元手续费即可领取", "3"), ("滚出去吧你,别在群里待着", "1"),
)
REPORTS = (
    ("report", "私聊加我好友推销蛋白粉,被拒后还骂人", "spam", "yellow", "2"),
    ("report", "在群里公开了我的手机号和住址", "other", "red", "7"),
    ("report", "连续发了十几条同样的拼团链接", "spam", "blue", "5"),
    ("observation", "夜跑群里有人冒充管理员收会费", "fraud", "red", "3"),
    ("observation", "转载了别人的训练计划没注明出处", "other", "blue", "8"),
    ("report", "说我配速慢是拖后腿的,语气很冲", "abuse", "blue", "1"),
)
_KEY = struct.Struct(">q").unpack


@contextmanager
def _as(db: Database, operator: str, moment: datetime):
    """Model writes made by *operator* at *moment* (the demo's past)."""
    saved = db.operator, db.clock
    db.operator, db.clock = operator, (lambda: utc_text(moment))
    try:
        yield
    finally:
        db.operator, db.clock = saved


def add_demo_moderation(db: Database, *, seed: int = 42, now: datetime | None = None) -> int:
    """Seed the moderation demo; returns the number of cases. All or nothing."""
    now = now or datetime.now(timezone.utc).replace(microsecond=0)
    rng = random.Random(f"demo-moderation:{seed}")
    categories = mod.get_config(db)["categories"]
    words = [parse_word_row(w, level, category, categories) for w, level, category in WORDS]
    allowed = [parse_word_row(p, "allow", "", categories) for p in ALLOWED]
    members = [r[0] for r in db.conn.execute(
        "SELECT id FROM members WHERE deleted_at IS NULL AND status != 'left' ORDER BY id")]
    if len(members) < 4:
        return 0
    offenders = rng.sample(members, max(3, min(len(members) // 40, 25)))
    team = (db.operator, next(name for name in TEAMMATES if name != db.operator))
    with db.transaction():
        mod.save_word_lists(db, words, allowed, replace=False)
        rules = {}
        for code, title, text in RULES:
            rule = mod.Rule(code=code, title=title, description=text)
            mod.save_rule(db, rule)
            rules[code] = rule.id
        cases = _caught_messages(db, rng, offenders, rules, now)
        for source, excerpt, category, level, rule in REPORTS:
            opened = now - timedelta(hours=rng.uniform(1, 30) if len(cases) % 2 else rng.uniform(30, 24 * 20))
            member, reporter = rng.sample(members, 2)
            case = mod.Case(source=source, excerpt=excerpt, member_id=member, category=category, level=level,
                            rule_id=rules[rule], platform="wechat", message_at=utc_text(opened - timedelta(hours=1)),
                            reporter_id=reporter if source == "report" else None,
                            opened_at=utc_text(opened))
            with _as(db, rng.choice(team), opened):
                mod.open_case(db, case)
            cases.append(case)
        _decide_past(db, rng, cases, now, team)
        scan_messages(db)   # whatever else in the chat the words catch: today's queue
    return db.conn.execute("SELECT count(*) FROM moderation_cases").fetchone()[0]


def _caught_messages(db: Database, rng: random.Random, offenders: list[int], rules: dict[str, int],
                     now: datetime) -> list[mod.Case]:
    """Insert the offending messages over the last 30 days and open their word-hit cases, each opened
    by the scan that ran shortly after the message."""
    source = db.conn.execute(
        "INSERT INTO event_sources(file_name, format, imported_at, imported_by) VALUES (?, 'csv', ?, ?)",
        (SOURCE_FILE, db.clock(), db.operator)).lastrowid
    matcher = load_matcher(db)
    config = mod.get_config(db)
    cases = []
    for n in range(len(offenders) * 2):
        text, rule = CAUGHT[n] if n < len(CAUGHT) else rng.choice(CAUGHT)
        member = offenders[n % len(offenders)]
        sent = now - timedelta(days=rng.uniform(0.05, 1.5) if n % 3 == 0 else rng.uniform(1.5, 30))
        key = _KEY(hashlib.blake2b(f"demo-moderation:{n}".encode(), digest_size=8).digest())[0]
        event_id = db.conn.execute(
            "INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
            "VALUES (?, ?, 'message', 'wechat', ?, ?, ?)", (member, utc_text(sent), source, key, text)).lastrowid
        hits = matcher.find(text)
        if not hits:
            continue
        level = highest_level(hits)
        opened = utc_text(sent + timedelta(minutes=rng.randint(5, 90)))
        cases.append(mod.Case(
            source="word_hit", event_id=event_id, excerpt=text, message_at=utc_text(sent), platform="wechat",
            member_id=member, category=next(h.category for h in hits if h.level == level), level=level,
            rule_id=rules[rule], hits=[[h.word, h.level, h.category, h.start, h.end] for h in hits],
            opened_at=opened, due_at=mod.due_at(opened, level, config)))
    db.conn.execute("UPDATE event_sources SET events = ? WHERE id = ?", (len(offenders) * 2, source))
    opened = mod.insert_scan_cases(db, cases)
    for case in opened:
        case.id, case.version = db.conn.execute(
            "SELECT id, version FROM moderation_cases WHERE event_id = ?", (case.event_id,)).fetchone()
        db.conn.execute("UPDATE moderation_cases SET rule_id = ? WHERE id = ?", (case.rule_id, case.id))
    return opened


# Typical actions per level, and the hours a decision took (low, high).
ACTIONS = {"red": (("ban", "remove", "delete_message"), (0.3, 7)),
           "yellow": (("delete_message", "mute", "warning", "warning"), (1, 30)),
           "blue": (("warning", "none", "dismiss"), (3, 80))}


def _decide_past(db: Database, rng: random.Random, cases: list[mod.Case], now: datetime,
                 team: tuple[str, str]) -> None:
    """Decide the cases whose deadline has passed (most on time, some late); leave the newest open.
    Bans and removals (which change the roster) are the operator's own."""
    appeals = 0
    for case in sorted(cases, key=lambda c: c.opened_at):
        opened = parse_utc(case.opened_at)
        actions, (low, high) = ACTIONS[case.level]
        decided = opened + timedelta(hours=rng.uniform(low, high))
        if opened >= now - timedelta(hours=30) or decided >= now - timedelta(hours=1):
            continue                      # still in the queue
        action = rng.choice(actions)
        who = db.operator if action in mod.MEMBER_STATUS_OF_ACTION else rng.choice(team)
        version = db.conn.execute("SELECT version FROM moderation_cases WHERE id = ?", (case.id,)).fetchone()[0]
        with _as(db, who, decided):
            if action == "dismiss":
                mod.dismiss(db, case.id, version, note="核实后不违规")
                continue
            version = mod.decide(db, case.id, version, action, mute_days=3 if action == "mute" else None,
                                 note=NOTES.get(action, ""))
        if appeals < 2 and action in ("mute", "delete_message") and decided < now - timedelta(days=3):
            appealed = decided + timedelta(hours=rng.uniform(3, 20))
            with _as(db, rng.choice(team), appealed):
                version = mod.appeal(db, case.id, version, note="我只是转发,不知道是广告" if appeals == 0
                                     else "误会,当时是在开玩笑")
            with _as(db, team[appeals], appealed + timedelta(hours=rng.uniform(1, 10))):
                mod.decide_appeal(db, case.id, version, upheld=appeals == 0,
                                  note="证据充分,维持原处理" if appeals == 0 else "情节轻微,改为不处理")
            appeals += 1


NOTES = {"ban": "多次违规,移出并拉黑", "remove": "发布诈骗信息,移出群聊", "delete_message": "已撤回消息",
         "mute": "禁言三天", "warning": "私信提醒群规", "none": "已提醒,暂不处理"}
