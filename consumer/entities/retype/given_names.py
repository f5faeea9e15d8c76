"""Given names and their sex, from the US census files of the ``names`` package.

Loaded once and cached; asked by the person rules here and by the quote and figure-owner stages
(``name_gender``), so it depends on nothing else in the package.
"""

from __future__ import annotations

import functools
from importlib import resources

from consumer.entities.retype.lexicons import word_list

# The hundred commonest Chinese surnames in pinyin: Chinese names in English copy are
# "Surname Given", with no given-name list that could cover them.
CHINESE_SURNAMES = frozenset(
    word_list(
        """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei
    Su Lyu Lu Ding Ren Shen Yao Jin Fu Wen Fang Bai Zou Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei
    Long Tao Hao Gu Mao Kong Shao Wan Qian Dai Xia Zhong Tan Lai Kang Chang Yi Shi Cui Gong Niu Mo
    Qi Liao Fan Ji Xing Zhan Bao Ou Geng Yue Zhai Chu Miao Shang Ning Guan Sheng Lian
    """
    )
)


_MIN_GIVEN_NAME_RANK = 2500  # commoner than this in the census lists: "Dana", "Kurt", not "China"


@functools.cache
def given_names() -> frozenset[str]:
    """Common English given names (US census 1990, as shipped by the ``names`` package)."""
    found: set[str] = set()
    for filename in ("dist.male.first", "dist.female.first"):
        lines = resources.files("names").joinpath(filename).read_text().splitlines()
        for line in lines[:_MIN_GIVEN_NAME_RANK]:
            if line.strip():
                found.add(line.split()[0].title())
    return frozenset(found)


_GENDER_RATIO = 10.0  # a given name counts as one sex's when that sex bears it 10 times as often


@functools.cache
def _census_first_names() -> dict[str, tuple[float, float]]:
    """Given name -> (share among men, share among women), US census 1990 (``names`` package)."""
    shares: dict[str, list[float]] = {}
    for slot, filename in enumerate(("dist.male.first", "dist.female.first")):
        for line in resources.files("names").joinpath(filename).read_text().splitlines():
            parts = line.split()
            if len(parts) >= 2:
                shares.setdefault(parts[0].title(), [0.0, 0.0])[slot] = float(parts[1])
    return {name: (m, f) for name, (m, f) in shares.items()}


def name_gender(name: str) -> str | None:
    """ "m" or "f" when the person's given name is borne almost only by men or by women
    ("Neil", "Margaret"), else None ("Jordan", a surname first as in "Su Jianjun", unknowns).
    Pronoun resolution uses it only to rule a candidate out, never to pick one."""
    words = name.split()
    if len(words) < 2 or words[0] in CHINESE_SURNAMES:
        return None
    share = _census_first_names().get(words[0].strip(".,"))
    if share is None:
        return None
    male, female = share
    if male >= _GENDER_RATIO * female:
        return "m"
    if female >= _GENDER_RATIO * male:
        return "f"
    return None


def is_given_name(word: str) -> bool:
    """A common given name, or a hyphenated pair of them ("Rose-Lynn", "Jean-Paul")."""
    return word in given_names() or ("-" in word and all(p in given_names() for p in word.split("-")))


_SURNAME_RANK = 20000  # the commonest US surnames: "Wise", "Park", "Cross", not "Crispy"


@functools.cache
def _census_surnames() -> frozenset[str]:
    """The commonest US surnames (US census 1990, as shipped by the ``names`` package)."""
    lines = resources.files("names").joinpath("dist.all.last").read_text().splitlines()
    return frozenset(line.split()[0].title() for line in lines[:_SURNAME_RANK] if line.strip())


def census_name(word: str) -> bool:
    """Whether a title-case word is a given name or a common surname of the census lists, all of
    them: a capitalised word that is neither names nobody by itself ("Crispy", "Apartment"), where
    a word that is one may be a person's whose other word WordNet lists ("Boone Jenner")."""
    return word in _census_first_names() or word in _census_surnames()
