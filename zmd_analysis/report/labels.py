"""Labels used in several places (tables, charts, index, findings), defined once."""

from __future__ import annotations

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "status": {
        "reproduced": {"zh": "复算一致", "en": "reproduced"},
        "consistent_within_rounding": {"zh": "舍入范围内一致", "en": "consistent within rounding"},
        "consistent_if_truncated": {"zh": "截尾后一致", "en": "consistent if truncated"},
        "inconsistent": {"zh": "不一致", "en": "inconsistent"},
        "different_bases": {"zh": "统计口径不同", "en": "on different bases"},
        "not_checkable": {"zh": "无法用数据核验", "en": "not checkable from data"},
        "rhetoric": {"zh": "口号（非数字陈述）", "en": "slogan (not a measurement)"},
    },
    "independent": {
        "confirms": {"zh": "独立来源印证", "en": "confirmed elsewhere"},
        "contradicts": {"zh": "独立来源矛盾", "en": "contradicted elsewhere"},
        "silent": {"zh": "无独立来源", "en": "no independent source"},
    },
    "rounding": {
        "half_up": {"zh": "四舍五入", "en": "rounded half up"},
        "truncate": {"zh": "截尾", "en": "truncated"},
        "both": {"zh": "四舍五入与截尾皆符", "en": "rounded or truncated"},
        "neither": {"zh": "两种规则皆不符", "en": "neither rule fits"},
        "": {"zh": "—", "en": "—"},
    },
    "kind": {
        "share_of_plan": {"zh": "占计划比重", "en": "share of plan"},
        "gap": {"zh": "与比较对象之差", "en": "gap to a comparator"},
        "growth": {"zh": "增速", "en": "growth"},
        "ratio": {"zh": "比率", "en": "ratio"},
        "subset": {"zh": "部分与整体", "en": "part of a whole"},
        "threshold": {"zh": "超过界限", "en": "above a bound"},
        "rank": {"zh": "排名", "en": "rank"},
        "hedged": {"zh": "约数（多/内）", "en": "hedged figure"},
        "across_bases": {"zh": "跨口径并列", "en": "figures across bases"},
        "rhetoric": {"zh": "口号", "en": "slogan"},
        "confirmation": {"zh": "外部数据印证", "en": "outside confirmation"},
        "sum": {"zh": "分项之和", "en": "parts of a whole"},
        "change": {"zh": "绝对增减", "en": "absolute change"},
        "share_change": {"zh": "比重变化", "en": "change of a share"},
        "schedule": {"zh": "与时序进度之差", "en": "gap to the calendar"},
    },
    "basis": {
        "project_dispatch": {"zh": "重点项目调度口径", "en": "project-dispatch basis"},
        "statistics_fai": {
            "zh": "统计局固定资产投资口径",
            "en": "statistical fixed-asset investment",
        },
        "statistics": {"zh": "统计局口径", "en": "statistics-bureau basis"},
        "administrative": {"zh": "部门行政记录", "en": "administrative records"},
        "ranking": {"zh": "考评排名", "en": "provincial ranking"},
        "population": {"zh": "人口统计", "en": "population statistics"},
    },
    "reliability": {
        "official": {"zh": "官方", "en": "official"},
        "party_state_media": {"zh": "党报/官方媒体", "en": "party or state media"},
        "repost": {"zh": "转载", "en": "re-post"},
        "low": {"zh": "可靠性低", "en": "low reliability"},
    },
    "origin": {
        "stated": {"zh": "文中数字", "en": "printed"},
        "derived": {"zh": "推算", "en": "implied"},
    },
}


def label(group: str, key: str, lang: str = "zh") -> str:
    """The display label of ``key`` in ``group`` (status, independent, kind, basis, ...)."""
    return LABELS[group][key]["en" if lang == "en" else "zh"]
