"""Realistic Chinese member identities for the demo community and generated test data."""
from __future__ import annotations

import random

# The most common surnames, roughly in order of frequency (王, 李, 张 ... cover ~1/5 of people).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SURNAME_WEIGHTS = tuple(1.0 / (1 + i * 0.08) for i in range(len(SURNAMES)))
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红玲梅飞鹏辉宇浩凯健俊帆帅旭宁雪琳晨晓欣悦"
    "子涵梓轩一诺雨萱思彤嘉怡佳琪梦瑶欣怡可馨宇航博文浩然俊杰天佑睿泽亦辰皓轩若汐"
)
NICK_PREFIX = ("晨跑", "夜跑", "爱跑步的", "健身", "瑜伽", "骑行", "徒步", "马拉松", "半马", "撸铁", "自律", "佛系")
NICK_SUFFIX = ("小王", "达人", "少年", "girl", "er", "阿姨", "大叔", "小白", "萌新", "队长", "酱", "侠")
EN_NICKS = ("Runner", "Luna", "Kevin", "Coco", "Max", "Jojo", "Leo", "Amy", "Tony", "Yuki", "Sunny", "Iris")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com", "sina.com")
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182",
                   "185", "186", "187", "188", "189", "198", "199")
PINYIN_SYLLABLES = ("wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu",
                    "sun", "ma", "zhu", "hu", "guo", "lin", "luo", "xiao", "xiaoming", "lele", "run")


def chinese_name(rng: random.Random) -> str:
    surname = rng.choices(SURNAMES, weights=SURNAME_WEIGHTS)[0]
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return surname + given


def nickname(rng: random.Random, name: str) -> str:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(NICK_PREFIX) + rng.choice(NICK_SUFFIX)
    if roll < 0.55:
        return rng.choice(EN_NICKS) + ("_" + str(rng.randint(1, 99)) if rng.random() < 0.5 else "")
    if roll < 0.75:
        return "小" + name[-1]
    return ""


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def wechat_id(rng: random.Random) -> str:
    return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(10)) \
        if rng.random() < 0.4 else rng.choice(PINYIN_SYLLABLES) + rng.choice(PINYIN_SYLLABLES) + str(rng.randint(1, 9999))


def email(rng: random.Random) -> str:
    local = rng.choice(PINYIN_SYLLABLES) + str(rng.randint(10, 99999))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"
