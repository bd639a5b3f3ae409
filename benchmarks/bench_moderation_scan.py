"""Scanning chat messages for sensitive words vs a bare regex baseline on the same file.

    python -m benchmarks.bench_moderation_scan --size small    # 100,000 messages
    python -m benchmarks.bench_moderation_scan --size full     # 1,000,000 messages

A club's chat: message events of 5–60 characters (Chinese with some English, numbers and emoji),
about 1% holding one of 500 sensitive words (mostly 2–4 Chinese characters, a tenth Latin), a third
of those disguised with separators ("加 微 信", "加.微.信", "加🌹微🌹信") or full-width letters; a
dozen allowed phrases. The file is built once per run (not measured). Medians of several runs:
  * baseline: `SELECT id, text FROM events WHERE kind = 'message'` and `rx.findall(text)` per text, rx
    one compiled alternation of the same words: raw texts, no normalisation, no allow-list, and it
    misses every disguised word;
  * matcher only: the same SELECT through Matcher(words, allowed).scan(), every hit consumed
    (normalisation, Aho–Corasick, spans, allow-list, Latin boundary);
  * scan command path: moderation_scan.scan_messages on a fresh copy of the file each run (reads the
    unscanned messages, matches, opens one case per hit message in one transaction); only the call is
    timed.
Target (issue 7): the app within 1.5× the baseline, normalisation included.
"""
from __future__ import annotations

import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.report import median_time, sized_main  # noqa: E402

SIZES = {"small": 100_000, "full": 1_000_000}
REPEATS = {"small": 5, "full": 1}
TARGET_RATIO = 1.5
WORDS = 500
MEMBERS = 20_000
HIT_SHARE = 0.01
DISGUISED_SHARE = 0.35
SEED = 7
SEPARATORS = (" ", ".", "*", "-", "_", "\u3000", "🌹", "·", "\u200b")
EMOJI = ("👍", "😂", "🏃", "🎉", "💪", "❤️", "🙏", "👌🏻")
PHRASES = (
    "今天跑了10公里", "周末约跑吗", "新鞋到了", "晚上八点夜跑", "打卡", "收到", "谢谢大家", "哈哈哈",
    "配速六分半", "有人一起练瑜伽吗", "明天早上几点集合", "天气不错适合长距离", "膝盖有点疼怎么办",
    "刚买了Garmin手表", "nice run", "ok", "LSD 慢跑二十公里", "马拉松报名开始了", "大家注意补水",
    "这周训练计划发群里了", "今天心率有点高", "有没有推荐的跑鞋", "我在公园东门", "下雨了改室内",
    "群主辛苦了", "恭喜完赛", "PB了太开心", "路线图发一下", "拉伸很重要", "腿酸了", "等我五分钟",
    "see you tomorrow", "5km tempo run", "晚安", "早上好", "签到", "求组队", "这个活动怎么报名",
    "照片已经上传相册", "蛋白粉哪个牌子好", "冬天跑步要注意保暖", "跑完记得拉伸", "收到收到",
)
LATIN_WORDS = ("wechat", "vx", "qq", "telegram", "casino", "loan", "bitcoin", "usdt", "porn", "scam",
               "sb", "nmsl", "cnm", "tg", "whatsapp", "promo", "cashback", "betting", "forex", "crypto")
ALLOWED = ("垃圾分类", "垃圾袋", "微信支付", "转账记录截图报名", "qq音乐", "股票代码", "中奖名单公布",
           "兼职教练", "代购跑鞋请走官方渠道", "扫码签到", "免费领取号码布", "加v认证")
# Characters the generated words are made of (common in chat, so words and messages share them).
WORD_CHARS = ("加微信代购私聊我刷单贷款转账中奖垃圾分类股票炒币兼职扫码领取日赚稳不赔内部名额傻逼滚出去脑残废物"
              "死幕消息赛事取消跑路发救人兴奋剂拉票群红包返利优惠券点击链接低价出售手机号身份证银行卡密码"
              "投资理财高回报保本黑彩票赌博色情约会网贷套现信用卡代办证件假冒伪劣商品免费送福利")


def make_words(rng: random.Random) -> list[tuple[str, str, str]]:
    """500 (word, level, category): the demo's word list, generated 2–4 character words, Latin words."""
    from app.services.demo_moderation import WORDS as DEMO_WORDS

    words = {word: (word, level, category) for word, level, category in DEMO_WORDS}
    for word in LATIN_WORDS:
        words.setdefault(word, (word, "yellow", "spam"))
    while sum(1 for w in words if w.isascii()) < WORDS // 10:
        word = "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(3, 6)))
        words.setdefault(word, (word, "blue", "spam"))
    while len(words) < WORDS:
        word = "".join(rng.choice(WORD_CHARS) for _ in range(rng.choice((2, 2, 3, 3, 3, 4))))
        words.setdefault(word, (word, rng.choice(("red", "yellow", "yellow", "blue", "blue")),
                                rng.choice(("spam", "fraud", "abuse", "rumour", "off_topic"))))
    return list(words.values())


def disguise(rng: random.Random, word: str) -> str:
    if word.isascii() and rng.random() < 0.5:
        return "".join(chr(ord(c) - 0x61 + 0xFF41) if "a" <= c <= "z" else c for c in word.upper())
    gap = rng.choice(SEPARATORS)
    return gap.join(word)


def message(rng: random.Random, words: list[str]) -> str:
    target = rng.randint(5, 60)
    parts, length = [], 0
    while length < target:
        part = rng.choice(PHRASES)
        if rng.random() < 0.15:
            part += rng.choice(EMOJI)
        parts.append(part)
        length += len(part) + 1
    text = rng.choice(("，", " ", "！", "")).join(parts)[:target]
    if rng.random() < HIT_SHARE:
        word = rng.choice(words)
        if rng.random() < DISGUISED_SHARE:
            word = disguise(rng, word)
        at = rng.randint(0, len(text))
        gap = " " if word.isascii() else ""
        text = text[:at] + gap + word + gap + text[at:]
    return text


def build(path: Path, messages: int) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The community file: members, one event source, *messages* message events, the word lists."""
    from app.models import moderation as mod
    from app.models.database import Database
    from app.services.word_matcher import normalize

    rng = random.Random(SEED)
    words = make_words(rng)
    plain = [w for w, _level, _category in words]
    with Database(path, operator="bench", create=True) as db:
        now = db.clock()
        with db.bulk_cache(256), db.transaction() as conn, db.deferred_indexes(("members", "events")):
            conn.executemany(
                "INSERT INTO members(id, display_name, join_date, created_at, updated_at, updated_by) "
                "VALUES (?, ?, '2024-01-01', ?, ?, 'bench')",
                ((i, f"跑友{i}", now, now) for i in range(1, MEMBERS + 1)))
            source = conn.execute("INSERT INTO event_sources(file_name, format, imported_at, imported_by) "
                                  "VALUES ('bench chat', 'csv', ?, 'bench')", (now,)).lastrowid
            base = 1_704_067_200          # 2024-01-01
            conn.executemany(
                "INSERT INTO events(member_id, ts, kind, platform, source, source_key, text) "
                "VALUES (?, ?, 'message', 'wechat', ?, ?, ?)",
                ((int(rng.paretovariate(1.1) * 7919) % MEMBERS + 1,
                  time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(base + n * 15)), source, n, message(rng, plain))
                 for n in range(messages)))
        mod.save_word_lists(db, [mod.WordEntry(w, normalize(w), level, category) for w, level, category in words],
                            [(phrase, normalize(phrase)) for phrase in ALLOWED], replace=False)
    return words, list(ALLOWED)


def baseline(path: Path, words: list[str]) -> int:
    rx = re.compile("|".join(map(re.escape, words)))
    conn = sqlite3.connect(path)
    found = 0
    for _id, text in conn.execute("SELECT id, text FROM events WHERE kind = 'message'"):
        found += len(rx.findall(text))
    conn.close()
    return found


def matcher_only(path: Path, words: list[tuple[str, str, str]], allowed: list[str]) -> int:
    from app.services.word_matcher import Matcher, Word

    matcher = Matcher((Word(*w) for w in words), allowed)
    conn = sqlite3.connect(path)
    found = 0
    for _id, hits in matcher.scan(conn.execute("SELECT id, text FROM events WHERE kind = 'message'")):
        found += len(hits)
    conn.close()
    return found


def scan_command(source: Path, work: Path, repeats: int) -> tuple[float, object]:
    """Median time of scan_messages, each run on a fresh copy of the file."""
    import statistics

    from app.models.database import Database
    from app.services.moderation_scan import scan_messages

    times, report = [], None
    for attempt in range(repeats):
        copy = work / f"scan{attempt}.cdesk"
        shutil.copyfile(source, copy)
        with Database(copy, operator="bench") as db:
            started = time.perf_counter()
            report = scan_messages(db)
            times.append(time.perf_counter() - started)
        copy.unlink()
    return statistics.median(times), report


def run(size: str | int = "small") -> list[dict]:
    messages = SIZES.get(size, size) if isinstance(size, str) else size
    repeats = REPEATS.get(size, 3) if isinstance(size, str) else 3
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        path = work / "chat.cdesk"
        words, allowed = build(path, messages)
        plain = [w for w, _level, _category in words]
        base_found = baseline(path, plain)                      # warm: page cache, compiled pattern
        app_found = matcher_only(path, words, allowed)          # warm: separator table
        base_s = median_time(lambda: baseline(path, plain), repeats)
        app_s = median_time(lambda: matcher_only(path, words, allowed), repeats)
        scan_s, report = scan_command(path, work, repeats)
    label = f"{messages:,} messages × {len(words)} words"
    target = f"≤ {TARGET_RATIO}× (issue 7)"
    return [
        {"figure": f"moderation scan, matcher only: {label}", "app_s": app_s, "baseline_s": base_s,
         "ratio": app_s / base_s, "target": target, "ok": app_s / base_s <= TARGET_RATIO,
         "note": f"{app_found:,} hits vs the bare regex's {base_found:,}"},
        {"figure": f"moderation scan, scan command path: {label}", "app_s": scan_s, "baseline_s": base_s,
         "ratio": scan_s / base_s, "target": target, "ok": scan_s / base_s <= TARGET_RATIO,
         "note": f"{report.opened:,} cases opened ({', '.join(f'{k} {v:,}' for k, v in report.cases.items())})"},
    ]


def main(argv: list[str] | None = None) -> int:
    return sized_main("bench_moderation_scan", SIZES, run, argv)


if __name__ == "__main__":
    sys.exit(main())
