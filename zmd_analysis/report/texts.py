"""Report text in Chinese (default) and English: headings, notes and chart labels.

Only fixed wording lives here; names and units of indicators come from the
catalogue in ``data/indicators.csv``.
"""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    # shared
    "source_article": {
        "zh": "推算值由 zmd-report 按所列来源中的数字计算。出版方没有说明舍入规则的百分数，推算区间同时涵盖四舍五入与截尾两种写法（如51%代表50.5%至52%）。",
        "en": "Implied values are computed by zmd-report from the figures of the sources listed. Where a publisher does not state its rounding rule, ranges derived from its percentages cover both rounding and truncation (51% stands for 50.5% to 52%).",
    },
    "no_data": {
        "zh": "所选地区（{region}）和时期（{period}）没有本节所需的数据。有数据的时期：{periods}。",
        "en": "No data for this section for {region} in {period}. Periods with data: {periods}.",
    },
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
    "projects_title": {
        "zh": "重点工业项目：进度、全省平均与年度计划",
        "en": "Key industrial projects: progress, provincial average and annual plans",
    },
    "projects_purpose": {
        "zh": "复算省、市重点工业项目的进度，推算文中未给出的全省平均进度和年度计划，并与时序进度比较。",
        "en": "Recomputes key-project progress, derives the provincial average and annual plans the article implies, and compares them with the time elapsed.",
    },
    "projects_progress_heading": {
        "zh": "进度：本市、全省平均与时序进度",
        "en": "Progress: city, provincial average and time elapsed",
    },
    "projects_progress_finding": {
        "zh": "{region}省重点工业项目完成年度计划的{prov_share}，市重点工业项目完成{city_share}；由“高于全省”的差值推算，两处对应的全省平均进度分别为{prov_avg}和{city_avg}。到{period}末全年已过{time}，两类项目分别快于时序进度{prov_ahead}和{city_ahead}。",
        "en": "{region}'s provincial key industrial projects reached {prov_share} of their annual plan and its city key projects {city_share}; the printed gaps imply provincial averages of {prov_avg} and {city_avg}. With {time} of the year gone by the end of {period}, they run {prov_ahead} and {city_ahead} ahead of the calendar.",
    },
    "projects_plan_heading": {
        "zh": "完成投资与推算的年度计划",
        "en": "Completed investment and implied annual plans",
    },
    "projects_plan_finding": {
        "zh": "按“占年度计划”的比例倒推，年度计划约为：{plans}。百分比经过舍入，计划只能给出区间。平均每个项目完成投资：{sizes}。",
        "en": "Working back from the shares, the annual plans are about: {plans}. Rounded shares allow only a range. Completed investment per project: {sizes}.",
    },
    "chart_progress_title": {
        "zh": "重点工业项目完成年度计划进度",
        "en": "Key industrial projects: share of annual plan completed",
    },
    "chart_plan_title": {
        "zh": "完成投资与推算的年度计划",
        "en": "Completed investment and implied annual plan",
    },
    "time_elapsed_label": {"zh": "时序进度 {time}%", "en": "Time elapsed {time}%"},
    "completed": {"zh": "1—4月完成投资", "en": "Completed, Jan–Apr"},
    "plan_implied": {"zh": "年度计划（推算）", "en": "Annual plan (implied)"},
    "province_avg": {"zh": "全省平均（推算）", "en": "Provincial average (implied)"},
    "share_axis": {"zh": "占年度计划（%）", "en": "Share of annual plan (%)"},
    "amount_axis": {"zh": "亿元", "en": "100 million yuan"},
    # industrial investment
    "investment_title": {
        "zh": "工业投资：增速、全省增速与基数",
        "en": "Industrial investment: growth, provincial growth and base",
    },
    "investment_purpose": {
        "zh": "复算工业投资增速与全省的差距，推算全省增速和上年同期基数。",
        "en": "Recomputes the growth gap to the province and derives the provincial growth and last year's base.",
    },
    "investment_growth_heading": {"zh": "增速：本市与全省", "en": "Growth: city and province"},
    "investment_growth_finding": {
        "zh": "{region}{period}工业投资{level}，同比增长{growth}{rank_text}；由“高于{comparison}{gap}”推算，{comparison}同期增长{prov}。",
        "en": "{region}'s industrial investment in {period} was {level}, up {growth}{rank_text}; the {gap} gap implies growth of {prov} for {comparison}.",
    },
    "investment_base_heading": {
        "zh": "基数：上年同期的工业投资",
        "en": "Base: the same period last year",
    },
    "investment_base_finding": {
        "zh": "按增速倒推，{base_period}工业投资约{base}，一年增加约{delta}。倒推出的基数只说明增速建立在多大的数上，不说明基数是否偏低：那需要{base_period}本身的增速。",
        "en": "Working back from the growth rate, {base_period} was about {base}, an increase of about {delta}. The implied base shows what the growth rests on, not whether the base was low: that needs {base_period}'s own growth rate.",
    },
    "investment_bases_note": {
        "zh": "注意：文中没有说明工业投资是哪一统计口径，这里假定为统计局固定资产投资口径；重点项目“完成投资”是项目调度口径。同期市重点工业项目完成投资{city}，相当于工业投资的{ratio}，两者不可相比。",
        "en": "Note: the source does not say which series its industrial investment is; it is taken here to be the statistics bureau's fixed-asset investment. Key-project 'completed investment' comes from project dispatch. In the same months the city key projects report {city}, {ratio} all industrial investment: the two are not comparable.",
    },
    "chart_growth_title": {
        "zh": "工业投资同比增速",
        "en": "Industrial investment, year-on-year growth",
    },
    "chart_base_title": {
        "zh": "工业投资：上年同期与本期",
        "en": "Industrial investment: last year and this year",
    },
    "growth_axis": {"zh": "同比增长（%）", "en": "Growth (%)"},
    "previous_year": {"zh": "上年同期（推算）", "en": "Same period last year (implied)"},
    "this_year": {"zh": "本期", "en": "This period"},
    # rankings
    "ranks_title": {"zh": "排名及其依据", "en": "Ranks and what they rest on"},
    "ranks_purpose": {
        "zh": "列出所选地区和时期的排名，说明每个排名依据什么、能否用数据复核。",
        "en": "Lists the region's ranks for the period, what each rests on and whether the data can check it.",
    },
    "ranks_heading": {"zh": "排名", "en": "Ranks"},
    "ranks_finding": {
        "zh": "{region}的排名：{ranks}。{list_text}排名的方法没有随数字公布。",
        "en": "{region}'s ranks: {ranks}. {list_text}The ranking methods were not published with the figures.",
    },
    "chart_ranks_title": {"zh": "排名（1为最前）", "en": "Ranks (1 = first)"},
    "rank_axis": {"zh": "位次（1为最高）", "en": "Rank (1 = best)"},
    # attraction
    "attraction_title": {
        "zh": "招商引资：活动、签约与落地",
        "en": "Investment attraction: events, signings and landings",
    },
    "attraction_purpose": {
        "zh": "还原招商引资的漏斗，复算落地率和平均项目规模。",
        "en": "Rebuilds the attraction funnel and recomputes the landing rate and project size.",
    },
    "attraction_funnel_heading": {"zh": "从活动到落地", "en": "From events to landed projects"},
    "attraction_funnel_finding": {
        "zh": "{period}：{stages}。平均每个签约项目{avg}。",
        "en": "{period}: {stages}. {avg} per signed project on average.",
    },
    "chart_funnel_title": {"zh": "招商引资漏斗", "en": "Investment-attraction funnel"},
    "events_label": {"zh": "招商活动", "en": "Promotion events"},
    "signed_label": {"zh": "签约工业项目", "en": "Projects signed"},
    "landed_label": {"zh": "已落地项目", "en": "Projects landed"},
    # business environment
    "environment_title": {
        "zh": "营商环境与企业培育",
        "en": "Business environment and enterprise cultivation",
    },
    "environment_purpose": {
        "zh": "整理政务服务改革和企业培育的数字，复算“零跑动”在“最多跑一次”中的比重。",
        "en": "Collects the service-reform and cultivation figures and recomputes the zero-visit share.",
    },
    "environment_reform_heading": {
        "zh": "跑动次数改革",
        "en": "Fewer visits to government offices",
    },
    "environment_reform_finding": {
        "zh": "“最多跑一次”事项{one}，其中“零跑动”{zero}，占{share}，仍需跑一次的{rest}。",
        "en": "{one} service items need at most one visit; {zero} of them ({share}) need none, leaving {rest} that need one.",
    },
    "environment_cultivation_heading": {"zh": "企业培育", "en": "Enterprise cultivation"},
    "environment_cultivation_finding": {
        "zh": "{items}。这些是计划规模，数据中没有完成情况。",
        "en": "{items}. These are programme sizes; the data hold no results.",
    },
    "chart_reform_title": {"zh": "“最多跑一次”事项构成", "en": "Items needing at most one visit"},
    "zero_trip_label": {"zh": "零跑动", "en": "No visit"},
    "one_trip_label": {"zh": "跑一次", "en": "One visit"},
    "items_axis": {"zh": "事项（项）", "en": "Items"},
    # claims
    "claims_title": {"zh": "逐条核查：{title}", "en": "Claim by claim: {title}"},
    "claims_purpose": {
        "zh": "把文中每一处数字说法列为一条待核查的说法，按明确的舍入规则复算并给出结论。",
        "en": "Turns every numeric statement into a claim, recomputes it under explicit rounding rules and gives a verdict.",
    },
    "claims_rules": {
        "zh": "规则：文中的百分数分别按四舍五入和截尾两种规则检验，哪一种吻合写在结论里；出版方没有说明舍入规则时，由百分数推算的区间同时涵盖两种写法。",
        "en": "Rules: each printed percentage is tested both rounded half up and truncated, and the verdict says which fits; where the publisher's rule is not known, ranges derived from its percentages cover both.",
    },
    "claims_table_heading": {"zh": "核查结果", "en": "Results"},
    "claims_chart_heading": {"zh": "结论分布", "en": "Verdicts"},
    "claims_finding": {"zh": "共{total}条说法：{counts}。", "en": "{total} claims: {counts}."},
    "chart_claims_title": {"zh": "文中说法核查结论", "en": "Verdicts on the article's claims"},
    "claims_axis": {"zh": "说法（条）", "en": "Claims"},
    "col_claim": {"zh": "说法", "en": "Claim"},
    "col_stated": {"zh": "文中", "en": "Stated"},
    "col_computed": {"zh": "复算/推算", "en": "Computed"},
    "col_status": {"zh": "结论", "en": "Verdict"},
    "col_note": {"zh": "说明", "en": "Note"},
    # context
    "context_title": {
        "zh": "文中数字的背景：其他年份、后续月份与全年结果",
        "en": "The article's figures in context: other years, later months and full-year outcomes",
    },
    "context_purpose": {
        "zh": "用独立来源把文中数字放进多年序列和全年结果中，并标明口径差异。",
        "en": "Places the article's figures in a multi-year series and full-year outcomes from independent sources, with every change of definition marked.",
    },
    "context_series_heading": {
        "zh": "1—4月重点项目进度：历年比较",
        "en": "Jan–Apr key-project progress across years",
    },
    "context_series_finding": {
        "zh": "数据中有{years}年的1—4月重点项目进度。{coverage}口径不同的年份只能粗略比较。",
        "en": "The data hold Jan–Apr key-project progress for {years}. {coverage}Years of different coverage are only roughly comparable.",
    },
    "context_series_breaks": {
        "zh": "虚线标出口径变化。",
        "en": "Dashed lines mark changes of definition. ",
    },
    "context_path_heading": {
        "zh": "{comparison}工业投资累计增速",
        "en": "{comparison}'s industrial investment: cumulative growth",
    },
    "context_path_finding": {
        "zh": "{comparison}工业投资累计增速：{points}。空心点由其他数字推算，实心点为公布数；都是统计局工业投资口径，与重点项目调度数不同。",
        "en": "{comparison}'s cumulative industrial-investment growth: {points}. Open points are implied by other printed figures, filled points published; all are statistical industrial investment, not project-dispatch figures.",
    },
    "context_year_heading": {"zh": "全年结果", "en": "Full-year outcomes"},
    "context_year_finding": {
        "zh": "{year}{region}地区生产总值{gdp}，增长{growth}，{comparison}增长{hgrowth}；第一产业占地区生产总值{share}，{comparison}为{hshare}，前者是后者的{ratio}。",
        "en": "In {year} {region}'s GDP was {gdp}, up {growth} against {hgrowth} for {comparison}; primary industry was {share} of GDP, against {hshare} for {comparison}, {ratio} as much.",
    },
    "context_claims_heading": {
        "zh": "独立来源对说法的印证",
        "en": "What independent sources say about the claims",
    },
    "path_stated": {"zh": "公布", "en": "published"},
    "path_derived": {"zh": "推算", "en": "implied"},
    "chart_series_title": {
        "zh": "1—4月重点项目完成年度计划进度",
        "en": "Jan–Apr key-project progress against the annual plan",
    },
    "chart_path_title": {
        "zh": "河南工业投资累计增速",
        "en": "Henan industrial investment, cumulative growth",
    },
    "chart_structure_title": {
        "zh": "第一产业占地区生产总值比重",
        "en": "Primary industry's share of GDP",
    },
    "primary_share_axis": {"zh": "第一产业占GDP（%）", "en": "Primary industry, % of GDP"},
    "definition_break": {"zh": "口径变化", "en": "definition changes"},
    "year_axis": {"zh": "年份", "en": "Year"},
    "col_independent": {"zh": "独立来源", "en": "Independent sources"},
    # overview
    "overview_title": {
        "zh": "数字复核总览：{title}",
        "en": "Figures re-examined: overview of “{title}”",
    },
    "overview_purpose": {
        "zh": "{publisher} {date}{page}《{title}》中的全部数字，逐一入库、复算、作图和核查的摘要。",
        "en": "A summary of every figure in {publisher}, {date}{page}, stored, recomputed, charted and checked.",
    },
    "overview_key_heading": {"zh": "关键数字", "en": "Key figures"},
    "overview_key_finding": {
        "zh": "文中共有{n}个数字、{m}条可核查的说法。下表列出文中数字和由它们推算出的数字；各专题报告给出完整复算。",
        "en": "The source prints {n} figures and makes {m} checkable statements. The table lists the printed figures and what they imply; the theme reports give the full workings.",
    },
    "overview_claims_heading": {"zh": "核查摘要", "en": "Checks in brief"},
    "overview_lessons_heading": {"zh": "读者应当知道的几点", "en": "What a reader should know"},
    "investment_growth_vs": {
        "zh": "{region}{period}工业投资增长{growth}，{comparison}为{other}，相差{diff}。",
        "en": "{region}'s industrial investment grew {growth} in {period}; {comparison}'s grew {other}, a gap of {diff}.",
    },
    "ranks_list": {
        "zh": "全省名单共{n}，数据中没有{region}自己的项目数。",
        "en": "The provincial list has {n}; the data hold no count of {region}'s own. ",
    },
    "attraction_rate": {
        "zh": "落地率{rate}，{printed_text}",
        "en": "Landing rate {rate}; {printed_text}",
    },
    "attraction_rate_printed": {
        "zh": "文中写作{stated}，四舍五入应为{rounded}。",
        "en": "printed as {stated}, which rounds to {rounded}.",
    },
    "attraction_rate_same": {"zh": "与文中{stated}一致。", "en": "as printed ({stated})."},
    "context_coverage": {"zh": "{label}：{years}。", "en": "{label}: {years}. "},
    "claims_independent": {
        "zh": "{confirms}条得到独立来源印证，{contradicts}条与独立来源矛盾。",
        "en": "{confirms} confirmed by an independent source, {contradicts} contradicted by one.",
    },
    "col_rounding": {"zh": "舍入规则", "en": "Printing rule"},
    "col_kind": {"zh": "类型", "en": "Kind"},
    "no_comparison": {
        "zh": "数据中没有{comparison}在{period}的这一数字，无法比较。",
        "en": "The data hold no such figure for {comparison} in {period} to compare with.",
    },
    "no_claims": {
        "zh": "数据中没有这一来源的可核查说法。",
        "en": "The data hold no checkable statements from this source.",
    },
    "col_sentence": {"zh": "复算与说明", "en": "Workings"},
    "level_provincial": {"zh": "省重点项目", "en": "Provincial key projects"},
    "level_city": {"zh": "市重点项目", "en": "City key projects"},
    "coverage_industrial": {"zh": "仅工业项目", "en": "industrial projects only"},
    "coverage_all": {"zh": "全部项目", "en": "all projects"},
    "base_effect_heading": {
        "zh": "基数效应：两年平均增长",
        "en": "Base effect: two-year average growth",
    },
    "base_effect_comparison": {
        "zh": "{comparison}{period}增长{comp}。它的上年同期增速没有公布，代用数字为{proxies}：基数并未明显压低，按这些数字算，{comparison}两年平均增长只有约{comp_two}，低增速不是基数造成的。",
        "en": "{comparison} grew {comp} in {period}. Its growth a year earlier is not published; the stand-ins are {proxies}. The base was not depressed: on these figures {comparison}'s two-year average growth is only about {comp_two}, so its low rate is not a base effect.",
    },
    "base_effect_region": {
        "zh": "{region}{base_period}的增速不在数据中。若当时增长为零，{growth}对应两年平均增长{zero}；只有{base_period}下降约{break_even}，两年平均才会降到{comparison}的水平。除非{region}自身在{base_period}大幅下滑，{growth}的增长大部分不是基数效应。",
        "en": "{region}'s own growth in {base_period} is not in the data. Had it been zero, {growth} would be a two-year average of {zero}; only a fall of about {break_even} in {base_period} would bring the two-year average down to {comparison}'s. Unless {region} had its own collapse in {base_period}, most of the {growth} is not a base effect.",
    },
    "base_effect_region_only": {
        "zh": "{region}{base_period}的增速不在数据中；下表给出不同假设下的两年平均增长。",
        "en": "{region}'s own growth in {base_period} is not in the data; the table gives the two-year average under different assumptions.",
    },
    "base_effect_col_scenario": {
        "zh": "上年同期增速（假设）",
        "en": "Growth a year earlier (assumed)",
    },
    "base_effect_col_two_year": {"zh": "两年平均增长", "en": "Two-year average growth"},
    "base_effect_chart_title": {
        "zh": "不同基数假设下的两年平均增长",
        "en": "Two-year average growth under different bases",
    },
    "base_effect_comparison_line": {
        "zh": "{comparison}两年平均（约{value}）",
        "en": "{comparison}'s two-year average (about {value})",
    },
    "base_effect_axis_scenario": {
        "zh": "上年同期增速（假设）",
        "en": "Growth a year earlier (assumed)",
    },
    "base_effect_proxy": {
        "zh": "{period}{indicator}{value}",
        "en": "{indicator}, {period}: {value}",
    },
    "projects_scale_heading": {
        "zh": "调度口径的规模：与经济总量比较",
        "en": "Dispatch totals against the size of the economy",
    },
    "projects_scale_finding": {
        "zh": "{year}{region}地区生产总值{gdp}，工业增加值{industry}。到{period}末，市重点工业项目“完成投资”{city}，已相当于全年工业增加值的{city_done}；推算的年度计划{city_plan}相当于地区生产总值的{city_plan_gdp}。这样的规模说明，调度口径的“完成投资”是项目申报的累计投入，不是统计意义上的当期投资。",
        "en": "In {year} {region}'s GDP was {gdp} and its industry value added {industry}. By the end of {period} the city key industrial projects reported {city} 'completed', already {city_done} of the whole year's industry value added; their implied annual plan, {city_plan}, equals {city_plan_gdp} of GDP. At this scale the dispatch totals are reported project outlays, not investment in the statistical sense.",
    },
    "chart_scale_title": {
        "zh": "调度口径总额与经济总量",
        "en": "Dispatch totals and the size of the economy",
    },
    "projects_history": {
        "zh": "{region}此前年份1—4月的进度：{points}。",
        "en": "Earlier Jan–Apr progress in {region}: {points}.",
    },
    "projects_history_not_new": {
        "zh": "1—4月完成过半在{region}并非首次。",
        "en": "Above-half progress by April is not new for {region}.",
    },
    "level_advanced_manufacturing": {
        "zh": "先进制造业项目",
        "en": "Advanced-manufacturing projects",
    },
    "coverage_advanced_manufacturing": {
        "zh": "先进制造业项目",
        "en": "advanced-manufacturing projects",
    },
    "csv_series": {"zh": "系列", "en": "series"},
    "csv_label": {"zh": "项目", "en": "label"},
    "csv_value": {"zh": "数值", "en": "value"},
    "csv_low": {"zh": "区间下限", "en": "low"},
    "csv_high": {"zh": "区间上限", "en": "high"},
    "csv_unit": {"zh": "单位", "en": "unit"},
    "csv_origin": {"zh": "数值性质", "en": "origin"},
    "csv_formula": {"zh": "文中写法/算式", "en": "as printed / formula"},
    "csv_source_id": {"zh": "来源编号", "en": "source_id"},
    "csv_source": {"zh": "来源", "en": "source"},
    "csv_data_version": {"zh": "数据版本", "en": "data_version"},
    "download_data": {"zh": "下载数据", "en": "Download data"},
    "download_title": {
        "zh": "下载本图数据（CSV，UTF-8）",
        "en": "Download the data behind this chart (CSV, UTF-8)",
    },
    "download_table_title": {
        "zh": "下载本表数据（CSV，UTF-8）",
        "en": "Download this table (CSV, UTF-8)",
    },
    "claims_count_label": {"zh": "核查结论", "en": "verdict"},
    "claims_count_unit": {"zh": "条", "en": "claims"},
    "index_title": {"zh": "数字复核报告索引", "en": "Report index"},
    "index_purpose": {
        "zh": "按文章与专题分组；每篇文章的核查摘要只列一次。当前数据版本 {version}。",
        "en": "Grouped by article and by theme; each article's claims summary is shown once. Current data version {version}.",
    },
    "index_other_language": {"zh": "English", "en": "中文"},
    "index_col_report": {"zh": "报告", "en": "Report"},
    "index_col_params": {"zh": "参数", "en": "Parameters"},
    "index_col_built": {"zh": "生成时间 (UTC)", "en": "Built (UTC)"},
    "index_col_data": {"zh": "数据版本", "en": "Data version"},
    "index_col_status": {"zh": "状态", "en": "Status"},
    "index_col_files": {"zh": "文件", "en": "Files"},
    "index_not_built": {"zh": "尚未生成", "en": "not built yet"},
    "index_failed": {"zh": "失败", "en": "failed"},
    "index_ok": {"zh": "正常", "en": "ok"},
    "index_failed_run": {"zh": "失败记录", "en": "failed run"},
    "index_claims_summary": {"zh": "核查摘要：{summary}", "en": "Claims check: {summary}"},
    "index_themes": {"zh": "专题报告", "en": "Theme reports"},
    "index_failed_list": {
        "zh": "失败的报告：{names}（上次成功的版本仍保留）。",
        "en": "Failed: {names} (the last good version of each is kept).",
    },
    "index_all_ok": {"zh": "全部报告生成成功。", "en": "All reports built."},
    "review_title": {"zh": "文章录入审阅：{title}", "en": "Article intake review: {title}"},
    "review_purpose": {
        "zh": "来源 {source}，日期 {date}（{confidence}），地区 {region}。以下数字与核查均由 zmd-report propose 从文本本身读出，接受前请逐行审阅。",
        "en": "Source {source}, dated {date} ({confidence}), region {region}. Every figure and check below was read from the text itself by zmd-report propose; review each row before accepting.",
    },
    "review_summary": {
        "zh": "{figures} 个数字，{claims} 项陈述：{summary}",
        "en": "{figures} figures, {claims} claims: {summary}",
    },
    "review_date_unknown": {"zh": "不详", "en": "unknown"},
    "review_legend_figure": {
        "zh": "数字（编号链接到草稿行）",
        "en": "figure (its number links to its draft row)",
    },
    "review_legend_claim": {"zh": "参与核查的数字", "en": "figure used by a claim"},
    "review_legend_unknown": {"zh": "未能识别的数字", "en": "numeral not understood"},
    "review_text": {"zh": "原文（按读入的文本）", "en": "The text as read"},
    "review_claims": {"zh": "陈述与核查结论", "en": "Claims and verdicts"},
    "review_figures": {"zh": "数字与对应的数据行", "en": "Figures and the rows they become"},
    "review_rows": {"zh": "草稿数据行", "en": "Draft rows"},
    "review_rows_note": {
        "zh": "仅列新增行；已有的指标、时期和地区不重复列出。",
        "en": "New rows only; indicators, periods and regions already in the data are not repeated.",
    },
    "review_no_rows": {
        "zh": "没有草稿行（年份不详时无法命名时期，请给出 --date）。",
        "en": "No draft rows (periods cannot be named without a year; pass --date).",
    },
    "review_shown_plan": {"zh": "推算年度计划", "en": "implied plan"},
    "review_shown_implied": {"zh": "推算比较值", "en": "implied comparator value"},
    "review_col_no": {"zh": "编号", "en": "No."},
    "review_col_text": {"zh": "原文", "en": "As printed"},
    "review_col_value": {"zh": "数值", "en": "Value"},
    "review_col_unit": {"zh": "单位", "en": "Unit"},
    "review_col_hedge": {"zh": "约数词", "en": "Hedge"},
    "review_col_row": {
        "zh": "数据行（指标 · 地区 · 时期）",
        "en": "Row (indicator · region · period)",
    },
    "review_col_offsets": {"zh": "字符位置", "en": "Offsets"},
    "review_col_kind": {"zh": "类型", "en": "Kind"},
    "review_col_figures": {"zh": "所用数字", "en": "Figures"},
    "review_col_status": {"zh": "结论", "en": "Verdict"},
    "review_col_rule": {"zh": "印刷规则", "en": "Printing rule"},
    "review_col_computed": {"zh": "复算", "en": "Recomputed"},
}


def tr(key: str, lang: str = "zh", **values) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in."""
    entry = TEXT[key]
    return entry.get(lang, entry["zh"]).format(**values)
