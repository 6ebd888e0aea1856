"""Report text in Chinese (default) and English: headings, notes and chart labels.

Only fixed wording lives here; names and units of indicators come from the
catalogue in ``data/indicators.csv``.
"""
from __future__ import annotations

UNITS_EN = {"%": "%", "百分点": "pp", "亿元": "100 million yuan", "亿元/个": "100 million yuan per project",
            "个": "projects", "位": "rank", "次": "events", "项": "items", "天": "days", "家": "firms",
            "万人": "10 thousand persons"}


def unit_en(unit_zh: str) -> str:
    return UNITS_EN.get(unit_zh, unit_zh)


TEXT: dict[str, dict[str, str]] = {
    # shared
    "source_article": {"zh": "来源：《驻马店日报》2021年6月2日01版；推算值由 zmd-report 按文中数字计算",
                       "en": "Source: Zhumadian Daily, 2 June 2021, p. 1; implied values computed by zmd-report"},
    "no_data": {"zh": "所选地区（{region}）和时期（{period}）没有本节所需的数据。有数据的时期：{periods}。",
                "en": "No data for this section for {region} in {period}. Periods with data: {periods}."},
    "reliability_official": {"zh": "官方", "en": "official"},
    "reliability_party_state_media": {"zh": "党报/官方媒体", "en": "party or state media"},
    "reliability_repost": {"zh": "转载", "en": "re-post"},
    "reliability_low": {"zh": "可靠性低", "en": "low reliability"},
    "sources_heading": {"zh": "资料来源", "en": "Sources"},
    "table_heading": {"zh": "本节数字", "en": "Figures in this section"},
    "col_label": {"zh": "指标", "en": "Indicator"},
    "col_value": {"zh": "数值", "en": "Value"},
    "col_range": {"zh": "舍入范围", "en": "Rounding range"},
    "col_unit": {"zh": "单位", "en": "Unit"},
    "col_origin": {"zh": "来源类型", "en": "Origin"},
    "col_formula": {"zh": "文中写法/算式", "en": "As printed / formula"},
    "stated": {"zh": "文中数字", "en": "stated"},
    "derived": {"zh": "推算", "en": "implied"},
    "implied_suffix": {"zh": "（推算）", "en": " (implied)"},
    # key projects
    "kp_title": {"zh": "重点工业项目：进度、全省平均与年度计划",
                 "en": "Key industrial projects: progress, provincial average and annual plans"},
    "kp_purpose": {"zh": "复算省、市重点工业项目的进度，推算文中未给出的全省平均进度和年度计划，并与时序进度比较。",
                   "en": "Recomputes key-project progress, derives the provincial average and annual plans the article implies, and compares them with the time elapsed."},
    "kp_progress_heading": {"zh": "进度：本市、全省平均与时序进度", "en": "Progress: city, provincial average and time elapsed"},
    "kp_progress_finding": {"zh": "{region}省重点工业项目完成年度计划的{prov_share}%，市重点工业项目完成{city_share}%；由“高于全省”的差值推算，两处对应的全省平均进度都是{avg}%（{avg_low}–{avg_high}%）。1—4月只占全年的{time}%，两类项目分别快于时序进度{prov_ahead}和{city_ahead}个百分点。",
                            "en": "{region}'s provincial key industrial projects reached {prov_share}% of their annual plan and its city key projects {city_share}%; the gaps imply the same provincial average of {avg}% ({avg_low}–{avg_high}%) in both cases. With {time}% of the year elapsed, they run {prov_ahead} and {city_ahead} pp ahead of the calendar."},
    "kp_plan_heading": {"zh": "完成投资与推算的年度计划", "en": "Completed investment and implied annual plans"},
    "kp_plan_finding": {"zh": "按“占年度计划”的比例倒推，省重点工业项目年度计划约{prov_plan}亿元（{prov_low}–{prov_high}），市重点工业项目约{city_plan}亿元（{city_low}–{city_high}）；因百分比经过四舍五入，计划只能给出区间。平均每个省重点项目1—4月完成{prov_size}亿元，市重点项目{city_size}亿元。",
                        "en": "Working back from the shares, the provincial key projects' annual plan is about {prov_plan} ({prov_low}–{prov_high}) and the city key projects' about {city_plan} ({city_low}–{city_high}) 100 million yuan; rounded shares only allow a range. Per project, provincial key projects completed {prov_size} and city key projects {city_size} in these months."},
    "chart_progress_title": {"zh": "重点工业项目完成年度计划进度", "en": "Key industrial projects: share of annual plan completed"},
    "chart_plan_title": {"zh": "完成投资与推算的年度计划", "en": "Completed investment and implied annual plan"},
    "time_elapsed_label": {"zh": "时序进度 {time}%", "en": "Time elapsed {time}%"},
    "completed": {"zh": "1—4月完成投资", "en": "Completed, Jan–Apr"},
    "plan_implied": {"zh": "年度计划（推算）", "en": "Annual plan (implied)"},
    "province_avg": {"zh": "全省平均（推算）", "en": "Provincial average (implied)"},
    "share_axis": {"zh": "占年度计划（%）", "en": "Share of annual plan (%)"},
    "amount_axis": {"zh": "亿元", "en": "100 million yuan"},
    # industrial investment
    "ii_title": {"zh": "工业投资：增速、全省增速与基数", "en": "Industrial investment: growth, provincial growth and base"},
    "ii_purpose": {"zh": "复算工业投资增速与全省的差距，推算全省增速和上年同期基数。",
                   "en": "Recomputes the growth gap to the province and derives the provincial growth and last year's base."},
    "ii_growth_heading": {"zh": "增速：本市与全省", "en": "Growth: city and province"},
    "ii_growth_finding": {"zh": "{region}工业投资{level}亿元，同比增长{growth}%，增速居全省第{rank}位；由“高于全省{gap}个百分点”推算，全省同期工业投资仅增长{prov}%（{prov_low}–{prov_high}%）。",
                          "en": "{region}'s industrial investment was {level} (100 million yuan), up {growth}% year on year, ranked {rank} in the province; the {gap} pp gap implies the province grew only {prov}% ({prov_low}–{prov_high}%)."},
    "ii_base_heading": {"zh": "基数：上年同期的工业投资", "en": "Base: the same period last year"},
    "ii_base_finding": {"zh": "按增速倒推，上年同期（2020年1—4月）工业投资约{base}亿元（{base_low}–{base_high}），一年增加约{delta}亿元。2020年1—4月受疫情影响，基数偏低。",
                        "en": "Working back from the growth rate, the same period last year was about {base} ({base_low}–{base_high}), an increase of about {delta}. Jan–Apr 2020 was depressed by Covid, so the base is low."},
    "ii_bases_note": {"zh": "注意：工业投资是统计局固定资产投资口径；重点项目“完成投资”是项目调度口径。同为1—4月，市重点工业项目完成投资{city}亿元，相当于全市工业投资的{ratio}倍，两者不可相比。",
                      "en": "Note: industrial investment is statistical fixed-asset investment; key-project 'completed investment' comes from project dispatch. In the same months the city key projects report {city}, {ratio}× all industrial investment: the two are not comparable."},
    "chart_growth_title": {"zh": "工业投资同比增速", "en": "Industrial investment, year-on-year growth"},
    "chart_base_title": {"zh": "工业投资：上年同期与本期", "en": "Industrial investment: last year and this year"},
    "growth_axis": {"zh": "同比增长（%）", "en": "Growth (%)"},
    "previous_year": {"zh": "上年同期（推算）", "en": "Same period last year (implied)"},
    "this_year": {"zh": "本期", "en": "This period"},
    # rankings
    "rk_title": {"zh": "先进制造业项目与重点项目综合考评：排名及其依据", "en": "Advanced manufacturing and the key-project evaluation: ranks and what they rest on"},
    "rk_purpose": {"zh": "列出文中的三个排名，说明每个排名依据什么、能否复核。",
                   "en": "Lists the article's three ranks, what each rests on and whether it can be checked."},
    "rk_heading": {"zh": "三个排名", "en": "Three ranks"},
    "rk_finding": {"zh": "{region}工业投资增速居全省第{growth_rank}位，重点先进制造业项目数居第{adv_rank}位（全省名单共{adv_list}个项目，文中未给本市项目数），重点项目综合考评第{eval_rank}位。考评指标与权重未公布：增速和进度领先而综合排第五，说明考评还衡量别的方面。",
                   "en": "{region} ranked {growth_rank} in industrial-investment growth, {adv_rank} by number of key advanced-manufacturing projects (of {adv_list} on the provincial list; its own count is not given) and {eval_rank} in the comprehensive key-project evaluation. The evaluation's criteria are unpublished; leading on growth and progress yet 5th overall means it weighs other things."},
    "chart_ranks_title": {"zh": "文中排名（全省18个省辖市和示范区）", "en": "Ranks in the article (Henan's 18 cities)"},
    "rank_axis": {"zh": "位次（1为最高）", "en": "Rank (1 = best)"},
    # attraction
    "ia_title": {"zh": "招商引资：活动、签约与落地", "en": "Investment attraction: events, signings and landings"},
    "ia_purpose": {"zh": "还原招商引资的漏斗，复算落地率和平均项目规模。",
                   "en": "Rebuilds the attraction funnel and recomputes the landing rate and project size."},
    "ia_funnel_heading": {"zh": "从活动到落地", "en": "From events to landed projects"},
    "ia_funnel_finding": {"zh": "今年以来开展招商活动{events}次，签约工业项目{signed}个、总投资{investment}亿元，平均每个{avg}亿元；已落地{landed}个，落地率{rate}%——文中写作{stated}%，四舍五入应为{rounded}%。",
                          "en": "Since January: {events} promotion events, {signed} industrial projects signed worth {investment} (100 million yuan), {avg} each on average; {landed} landed, a rate of {rate}% — printed as {stated}%, which should round to {rounded}%."},
    "chart_funnel_title": {"zh": "招商引资漏斗（2021年初至见报）", "en": "Investment-attraction funnel (2021 to publication)"},
    "events_label": {"zh": "招商活动", "en": "Promotion events"},
    "signed_label": {"zh": "签约工业项目", "en": "Projects signed"},
    "landed_label": {"zh": "已落地项目", "en": "Projects landed"},
    # business environment
    "be_title": {"zh": "营商环境与企业培育", "en": "Business environment and enterprise cultivation"},
    "be_purpose": {"zh": "整理政务服务改革和企业培育的数字，复算“零跑动”在“最多跑一次”中的比重。",
                   "en": "Collects the service-reform and cultivation figures and recomputes the zero-visit share."},
    "be_reform_heading": {"zh": "跑动次数改革", "en": "Fewer visits to government offices"},
    "be_reform_finding": {"zh": "“最多跑一次”事项{one}项，其中“零跑动”{zero}项，占{share}%，仍需跑一次的只有{rest}项。项目全流程审批{approval}，“四天办四证”。",
                          "en": "{one} service items need at most one visit; {zero} of them ({share}%) need none, leaving {rest} that need one. Full project approval {approval}; four certificates in four days."},
    "be_cultivation_heading": {"zh": "企业培育", "en": "Enterprise cultivation"},
    "be_cultivation_finding": {"zh": "重点扶持高成长性企业{high}，“双百行动”培育工业企业{firms}家、建设工业项目{projects}个。这些是计划规模，文中没有完成情况。",
                               "en": "{high} high-growth firms given priority support; the Double-Hundred action covers {firms} firms and {projects} projects. These are programme sizes; the article reports no results."},
    "chart_reform_title": {"zh": "“最多跑一次”事项构成", "en": "Items needing at most one visit"},
    "zero_trip_label": {"zh": "零跑动", "en": "No visit"},
    "one_trip_label": {"zh": "跑一次", "en": "One visit"},
    "items_axis": {"zh": "事项（项）", "en": "Items"},
    # claims
    "cl_title": {"zh": "逐条核查：文中说法与数字", "en": "Claim by claim: the article's statements checked"},
    "cl_purpose": {"zh": "把文中每一处数字说法列为一条待核查的说法，按明确的舍入规则复算并给出结论。",
                   "en": "Turns every numeric statement into a claim, recomputes it under explicit rounding rules and gives a verdict."},
    "cl_rules": {"zh": "规则：百分数按四舍五入比较；文中一位整数百分比代表±0.5的区间；由四舍五入值推算的数字给出区间。",
                 "en": "Rules: percentages are compared rounding half up; a printed whole percentage stands for ±0.5; figures derived from rounded inputs are given as ranges."},
    "cl_table_heading": {"zh": "核查结果", "en": "Results"},
    "cl_chart_heading": {"zh": "结论分布", "en": "Verdicts"},
    "cl_finding": {"zh": "共{total}条说法：复算一致{reproduced}条，不一致{inconsistent}条，统计口径不同{bases}条，无法用数据核验{unchecked}条。",
                   "en": "{total} claims: {reproduced} reproduced, {inconsistent} inconsistent, {bases} on different statistical bases, {unchecked} not checkable from data."},
    "chart_claims_title": {"zh": "文中说法核查结论", "en": "Verdicts on the article's claims"},
    "claims_axis": {"zh": "说法（条）", "en": "Claims"},
    "col_claim": {"zh": "说法", "en": "Claim"},
    "col_stated": {"zh": "文中", "en": "Stated"},
    "col_computed": {"zh": "复算/推算", "en": "Computed"},
    "col_status": {"zh": "结论", "en": "Verdict"},
    "col_note": {"zh": "说明", "en": "Note"},
    # context
    "cx_title": {"zh": "文中数字的背景：其他年份、后续月份与全年结果",
                 "en": "The article's figures in context: other years, later months and full-year outcomes"},
    "cx_purpose": {"zh": "用独立来源把文中数字放进多年序列和全年结果中，并标明口径差异。",
                   "en": "Places the article's figures in a multi-year series and full-year outcomes from independent sources, with every change of definition marked."},
    "cx_series_heading": {"zh": "1—4月重点项目进度：历年比较", "en": "Jan–Apr key-project progress across years"},
    "cx_series_finding": {"zh": "数据中有{years}年的1—4月进度。{breaks}各年数字口径不同，只能粗略比较：2021年是工业项目子集，此前是全部A类（省重点）或B类（市重点）项目。",
                          "en": "The data hold Jan–Apr progress for {years}. {breaks}The years are only roughly comparable: 2021 covers the industrial subset, earlier years all A-class (provincial) or B-class (city) projects."},
    "cx_series_breaks": {"zh": "虚线标出口径变化。", "en": "Dashed lines mark changes of definition. "},
    "cx_path_heading": {"zh": "河南工业投资：2021年的走势与2020年的基数", "en": "Henan's industrial investment: the 2021 path and the 2020 base"},
    "cx_path_finding": {"zh": "由文中推算的全省1—4月增速只有{apr}%；上半年约{h1}%（由2022年发布会数字推算），1—10月为{oct}%（统计局公布）。低起点与2020年疫情基数有关：郑州数字推算全省2020年1—7月工业投资约{base2020}%。这些都是累计增速，口径为统计局工业投资，与重点项目调度数不同。",
                        "en": "The provincial Jan–Apr growth implied by the article is only {apr}%; about {h1}% for the first half (implied by a 2022 press conference) and {oct}% for Jan–Oct (statistics bureau). The low start sits on a Covid-hit 2020: Zhengzhou's figures imply about {base2020}% for Henan in Jan–Jul 2020. All are cumulative rates of statistical industrial investment, not project-dispatch figures."},
    "cx_year_heading": {"zh": "2021年全年结果", "en": "Full-year 2021 outcomes"},
    "cx_year_finding": {"zh": "2021年{region}地区生产总值{gdp}亿元，增长{growth}%，高于全省的{hgrowth}%；第一产业占{share}%，约为全省（{hshare}%）的{ratio}倍，“农业大市”的说法有统计依据。",
                        "en": "In 2021 {region}'s GDP was {gdp} (100 million yuan), up {growth}% against Henan's {hgrowth}%; primary industry was {share}% of GDP, about {ratio}× Henan's {hshare}%, which bears out 'agricultural city'."},
    "cx_claims_heading": {"zh": "独立来源对文中说法的印证", "en": "What independent sources say about the claims"},
    "col_independent": {"zh": "独立来源", "en": "Independent sources"},
    # overview
    "ov_title": {"zh": "驻马店工业发展数字复核：总览", "en": "Zhumadian's industrial figures re-examined: overview"},
    "ov_purpose": {"zh": "《驻马店日报》2021年6月2日头版报道的全部数字，逐一入库、复算、作图和核查的摘要。",
                   "en": "A summary of every figure in the Zhumadian Daily front page of 2 June 2021, stored, recomputed, charted and checked."},
    "ov_key_heading": {"zh": "关键数字", "en": "Key figures"},
    "ov_key_finding": {"zh": "文中共有{n}个数字。下表列出主要数字及其推算含义；各专题报告给出完整复算。",
                       "en": "The article prints {n} figures. The table lists the main ones and what they imply; the theme reports give the full workings."},
    "ov_claims_heading": {"zh": "核查摘要", "en": "Checks in brief"},
    "ov_lessons_heading": {"zh": "读者应当知道的几点", "en": "What a reader should know"},
}


def tr(key: str, lang: str = "zh", **values) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in."""
    entry = TEXT[key]
    return entry.get(lang, entry["zh"]).format(**values)
