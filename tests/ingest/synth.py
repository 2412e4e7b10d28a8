"""Small pages written for the tests (fictional 海棠区), in both printed layouts."""

from __future__ import annotations


def wrap(paragraph: str, width: int = 14, break_every: int = 5, offset: int = 0) -> list[str]:
    """Hard-wrap like layout (a): fixed-width lines, a blank line at each column break."""
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    out: list[str] = []
    for n, line in enumerate(lines, start=1 + offset):
        out.append(line)
        if n % break_every == 0 and n != len(lines) + offset:
            out.append("")
    return out


def wrapped_page(*chunks: list[str] | str) -> str:
    """Join chunks (lists of lines, or single lines) with blank lines between them."""
    lines: list[str] = []
    for chunk in chunks:
        lines.extend([chunk] if isinstance(chunk, str) else chunk)
        lines.append("")
    return "\n".join(lines) + "\n"


RIVER_1 = (
    "本报讯 5月12日上午，海棠区召开河道治理工作推进会，研究部署汛期前河道清淤任务，"
    "区长林树青主持会议并讲话。"
)
RIVER_2 = "会议要求，各街道要压实责任，细化清淤方案，确保河道清淤按期完成，汛前全部通过验收。"
# The river article as the wrapped pages print it: two wrapped paragraphs, then its byline.
RIVER_SIGNED = (wrap(RIVER_1), wrap(RIVER_2, offset=2), "记者 王小明")
BOOKS_1 = (
    "本报讯 近日，海棠区图书馆举办春季图书交流活动，邀请社区居民交换闲置图书、分享阅读"
    "心得，现场气氛热烈。"
)
BOOKS_2 = "活动现场设置了亲子共读区和旧书漂流角，共吸引居民三百余人参与，交换图书两千余册。"
SAFETY_1 = "本报讯 5月15日，海棠区安全生产专项检查工作会召开。会议通报了近期专项检查发现的问题。"
SAFETY_2 = "会议强调，要紧盯危化品仓库和老旧厂房，逐项建立整改台账，限期销号。"


def headline_after_page() -> str:
    """Layout (a): article 1's headline after it, then a cluster with article 2's headline."""
    return wrapped_page(
        *RIVER_SIGNED,
        "海棠区召开河道治理工作推进会",
        "确保汛前完成河道清淤",
        ["海棠区举办", "春季图书交流活动", "书香浸润社区生活"],
        wrap(BOOKS_1),
        [*wrap(BOOKS_2, offset=1)[:-1], wrap(BOOKS_2, offset=1)[-1] + "记者 赵丽华"],
        wrap(SAFETY_1),
        wrap(SAFETY_2, offset=3),
        ["记者 王小明", "通讯员 刘海波 陈静怡"],
    )
