"""One table of figures per theme of the article: what is printed and what it implies.

Every function returns a "figure table" (one row per figure) or ``None`` when
the data has nothing for that region and period, so notebooks can say so
instead of failing. Columns: ``key``, ``label_zh``, ``label_en``, ``value``,
``low``, ``high``, ``unit_zh``, ``unit_en``, ``origin`` (``stated`` or
``derived``), ``formula`` and ``source``.
"""

from __future__ import annotations

import pandas as pd

from ..access.observations import DataArg, Observation, find
from ..access.vocab import Origin
from ..analysis import derived as d

COLUMNS = [
    "key",
    "label_zh",
    "label_en",
    "value",
    "low",
    "high",
    "unit_zh",
    "unit_en",
    "origin",
    "formula",
    "source",
    "source_id",
    "printed",
    "qualifier",
    "kind",
]


def _stated(key: str, o: Observation) -> dict:
    return dict(
        key=key,
        label_zh=o.name_zh,
        label_en=o.name_en,
        value=o.value,
        low=o.low,
        high=o.high,
        unit_zh=o.unit,
        unit_en=o.unit_en,
        origin=Origin.STATED,
        formula=o.as_text(),
        source=o.citation,
        source_id=o.source_id,
        printed=o.value_text,
        qualifier=o.qualifier,
        kind=o.kind,
    )


def _derived(key: str, e: d.Estimate, label_zh: str, label_en: str) -> dict:
    return dict(
        key=key,
        label_zh=label_zh,
        label_en=label_en,
        value=e.value,
        low=e.low,
        high=e.high,
        unit_zh=e.unit,
        unit_en="",
        origin=Origin.DERIVED,
        formula=e.expr,
        source="zmd-report",
        source_id="",
        printed="",
        qualifier="",
        kind="",
    )


def _stated_rows(wanted, region: str, data: DataArg) -> list[dict]:
    """Rows for the printed figures ``(key, indicator, period)`` that the data holds."""
    found = ((key, find(ind, region, per, data)) for key, ind, per in wanted)
    return [_stated(key, o) for key, o in found if o is not None]


def _derived_rows(wanted) -> list[dict]:
    """Rows for the derived figures ``(key, estimate or None, label_zh, label_en)`` that exist."""
    return [_derived(key, e, zh, en) for key, e, zh, en in wanted if e is not None]


def _frame(rows: list[dict]) -> pd.DataFrame | None:
    return pd.DataFrame(rows, columns=COLUMNS) if rows else None


SCOPES = {
    "prov": ("省重点工业项目", "Provincial key industrial projects"),
    "city": ("市重点工业项目", "City key industrial projects"),
}


def key_projects(region: str, period: str, data: DataArg = None) -> pd.DataFrame | None:
    """Provincial and city key industrial projects: count, completed investment,
    share of plan, gap to the province, implied provincial average and annual plan,
    and the share of the year elapsed."""
    rows: list[dict] = []
    for scope, (zh, en) in SCOPES.items():
        rows += _stated_rows(
            [
                (f"{scope}_{suffix}", f"{scope}_key_ind_{suffix}", period)
                for suffix in ("projects", "investment", "plan_share", "plan_share_gap")
            ],
            region,
            data,
        )
        rows += _derived_rows(
            [
                (
                    f"{scope}_avg",
                    d.optional(d.implied_provincial_progress, scope, region, period, data),
                    f"{zh}：全省平均进度（推算）",
                    f"{en}: provincial average progress (implied)",
                ),
                (
                    f"{scope}_plan",
                    d.optional(
                        d.implied_annual_plan,
                        f"{scope}_key_ind_investment",
                        f"{scope}_key_ind_plan_share",
                        region,
                        period,
                        data,
                    ),
                    f"{zh}：年度计划投资（推算）",
                    f"{en}: annual plan (implied)",
                ),
                (
                    f"{scope}_ahead",
                    d.optional(
                        d.progress_vs_time, f"{scope}_key_ind_plan_share", region, period, data
                    ),
                    f"{zh}：快于时序进度",
                    f"{en}: ahead of time elapsed",
                ),
                (
                    f"{scope}_size",
                    d.optional(
                        d.average_size,
                        f"{scope}_key_ind_investment",
                        f"{scope}_key_ind_projects",
                        region,
                        period,
                        data,
                    ),
                    f"{zh}：平均每个项目完成投资",
                    f"{en}: completed investment per project",
                ),
            ]
        )
    elapsed = d.optional(d.time_elapsed, period, data)
    if rows and elapsed is not None:
        rows.append(
            _derived("time_elapsed", elapsed, "时序进度（全年已过）", "Share of the year elapsed")
        )
    return _frame(rows)


def industrial_investment(
    region: str, period: str, comparison: str = "", data: DataArg = None
) -> pd.DataFrame | None:
    """Industrial investment: level, growth, gap, rank; the base a year earlier it implies;
    and the comparison region's growth: implied by the printed gap when the comparison is
    the region's parent (the gap is "above the province"), printed otherwise."""
    rows = _stated_rows(
        [
            ("level", "industrial_investment", period),
            ("growth", "industrial_investment_growth", period),
            ("gap", "industrial_investment_growth_gap", period),
            ("rank", "industrial_investment_growth_rank", period),
        ],
        region,
        data,
    )
    base = d.optional(d.implied_previous_level, region=region, period=period, data=data)
    level = find("industrial_investment", region, period, data)
    rows += _derived_rows(
        [
            ("base", base, "上年同期工业投资（推算）", "Same period a year earlier (implied)"),
            (
                "increase",
                d.difference(d.stated(level), base, level.unit)
                if base is not None and level is not None
                else None,
                "比上年同期增加（推算）",
                "Increase on a year earlier (implied)",
            ),
        ]
    )
    parent = _parent(region, data)
    if comparison and comparison == parent:
        rows += _derived_rows(
            [
                (
                    "province_growth",
                    d.optional(
                        d.implied_comparator,
                        "industrial_investment_growth",
                        "industrial_investment_growth_gap",
                        region,
                        period,
                        data,
                    ),
                    f"{_region_name(comparison, 'zh')}工业投资增速（推算）",
                    f"{_region_name(comparison, 'en')}: industrial-investment growth (implied)",
                )
            ]
        )
    elif comparison:
        other = find("industrial_investment_growth", comparison, period, data)
        own = find("industrial_investment_growth", region, period, data)
        if other is not None:
            rows.append(_stated("comparison_growth", other))
            if own is not None:
                rows += _derived_rows(
                    [
                        (
                            "comparison_gap",
                            d.difference(d.stated(own), d.stated(other), "百分点"),
                            "与比较地区增速之差",
                            "Gap to the comparison region",
                        )
                    ]
                )
    return _frame(rows)


def _region_name(region: str, lang: str, data: DataArg = None) -> str:
    from ..access.tables import load_tables

    regions = load_tables(data).regions.set_index("region_id")
    return regions.loc[region, "name_en" if lang == "en" else "name_zh"]


def _parent(region: str, data: DataArg) -> str:
    from ..access.tables import load_tables

    return load_tables(data).parent(region)


def year_of(period: str, data: DataArg = None) -> str | None:
    """The id of the calendar year a period ends in, when periods.csv has it."""
    from ..access.tables import load_tables

    p = load_tables(data).periods
    end = p.set_index("period_id").loc[period, "end"]
    hit = p[(p["start"] == f"{end.year}-01-01") & (p["end"] == f"{end.year}-12-31")]
    return hit["period_id"].iloc[0] if len(hit) else None


def scale(region: str, period: str, data: DataArg = None) -> pd.DataFrame | None:
    """Project-dispatch totals against the size of the economy: the year's GDP, secondary
    and industry value added, and what the completed investment and implied plan come to
    as shares of them. Dispatch totals are not investment in the statistical sense."""
    year = year_of(period, data)
    if year is None:
        return None
    wholes = {
        k: o
        for k in ("gdp", "secondary_va", "industry_va")
        if (o := find(k, region, year, data)) is not None
    }
    derived = []
    for scope, (zh, en) in SCOPES.items():
        done = find(f"{scope}_key_ind_investment", region, period, data)
        parts = [
            ("done", d.stated(done) if done is not None else None, "完成投资", "completed"),
            (
                "plan",
                d.optional(
                    d.implied_annual_plan,
                    f"{scope}_key_ind_investment",
                    f"{scope}_key_ind_plan_share",
                    region,
                    period,
                    data,
                ),
                "年度计划（推算）",
                "implied plan",
            ),
        ]
        for key, whole in wholes.items():
            derived += [
                (
                    f"{scope}_{part}_{key}",
                    d.ratio(est, d.stated(whole), "%", scale=100),
                    f"{zh}{part_zh}占{whole.name_zh}",
                    f"{en}: {part_en}, % of {whole.name_en[:1].lower()}{whole.name_en[1:]}",
                )
                for part, est, part_zh, part_en in parts
                if est is not None
            ]
    if not wholes or not derived:
        return None
    return _frame([_stated(k, o) for k, o in wholes.items()] + _derived_rows(derived))


def rankings(
    region: str, period: str, list_period: str, data: DataArg = None
) -> pd.DataFrame | None:
    """The article's ranks and the list size behind the advanced-manufacturing rank."""
    rows = _stated_rows(
        [
            ("growth_rank", "industrial_investment_growth_rank", period),
            ("evaluation_rank", "key_project_evaluation_rank", period),
            ("adv_mfg_rank", "adv_mfg_key_projects_rank", list_period),
        ],
        region,
        data,
    )
    if not rows:
        return None
    from ..access.tables import load_tables

    parent = _parent(region, data)
    o = find("adv_mfg_key_projects", parent, list_period, data) if parent else None
    if o is not None:
        rows.append(_stated("adv_mfg_list", o))
    units = len(load_tables(data).children(parent)) if parent else 0
    rows += _derived_rows([("units", d.exact(units, ""), "排名单位数", "Units ranked")])
    return _frame(rows)


def attraction(region: str, period: str, data: DataArg = None) -> pd.DataFrame | None:
    """Investment attraction funnel: events, signed, landed; landing rate; average size."""
    rows = _stated_rows(
        [
            (key, ind, period)
            for key, ind in (
                ("events", "promotion_events"),
                ("signed", "signed_ind_projects"),
                ("signed_investment", "signed_ind_investment"),
                ("landed", "landed_ind_projects"),
                ("landed_share", "landed_share_of_signed"),
            )
        ],
        region,
        data,
    )
    rows += _derived_rows(
        [
            (
                "landing_rate",
                d.optional(d.landing_rate, region, period, data),
                "落地率（复算）",
                "Landing rate (recomputed)",
            ),
            (
                "avg_signed",
                d.optional(
                    d.average_size,
                    "signed_ind_investment",
                    "signed_ind_projects",
                    region,
                    period,
                    data,
                ),
                "平均每个签约项目投资",
                "Investment per signed project",
            ),
        ]
    )
    return _frame(rows)


def business_environment(
    region: str, period: str, programme_period: str, data: DataArg = None
) -> pd.DataFrame | None:
    """Service reforms (visit counts, approval times) and enterprise cultivation."""
    rows = _stated_rows(
        [
            ("one_trip", "at_most_one_trip_items", period),
            ("zero_trip", "zero_trip_items", period),
            ("approval_days", "approval_days_max", period),
            ("cert_days", "four_certificates_days", period),
            ("cert_count", "four_certificates_count", period),
            ("high_growth", "high_growth_firms", programme_period),
            ("sb_firms", "shuangbai_firms", programme_period),
            ("sb_projects", "shuangbai_projects", programme_period),
        ],
        region,
        data,
    )
    rows += _derived_rows(
        [
            (
                "zero_share",
                d.optional(d.zero_trip_share, region, period, data),
                "“零跑动”占“最多跑一次”比重",
                "Zero-visit share of at-most-one-visit items",
            )
        ]
    )
    return _frame(rows)


def pick(table: pd.DataFrame | None, key: str) -> pd.Series | None:
    """One row of a figure table by key, or None."""
    if table is None:
        return None
    hit = table[table["key"] == key]
    return None if hit.empty else hit.iloc[0]


def article_figures(source: str, data: DataArg = None) -> pd.DataFrame | None:
    """An article's printed figures and, after them, the headline figure each of its claims
    computes (the implied plan, base, comparator value, ratio ...) that is not printed."""
    from ..access.observations import select
    from ..analysis.claims import check_claims

    found = (
        (i, find(r.indicator_id, r.region_id, r.period_id, data))
        for i, r in enumerate(select(data, source_id=source).itertuples())
    )
    rows = [_stated(f"obs{i}", o) for i, o in found if o is not None]
    from ..access.tables import load_tables

    claims = load_tables(data).claims.set_index("claim_id")
    for v in check_claims(source, data):
        e = v.numbers.get(v.principal)
        if e is None or e.printed:
            continue
        c = claims.loc[v.claim_id]
        rows.append(
            _derived(v.claim_id, e, f"{c['label_zh']}（推算）", f"{c['label_en']} (implied)")
        )
    return _frame(rows)
