"""The invented TimeML sets under fixtures/ may only score higher: each is scored the TempEval-3 way
(bench/score_tbaq.py) and compared with its pinned floor in bench/baselines/.

All were written for this repository (issue 3), every sentence invented, and gold-annotated to the
TimeML/TempEval-3 guidelines before the resolver was first run on them. They complement the TBAQ floor
(1989-2000 newswire) with other years, outlets and genres:

- fixtures/timeml (dev set, 15 docs): modern news 2019-2026 of several kinds, a battle narrative, a biography,
  an opinion column, a press release with DD/MM/YYYY dates, a live blog, a feature with sets and durations.
  Developed against.
- fixtures/timeml_blind (14 docs, 2003-2026): written WITHOUT looking at the resolver or the dev set: obituary,
  police report, space news, film festival, council minutes, UK news with British dates, sports season,
  central bank, bus timetable, court appeal, history retrospective, interview, weather, company earnings.
  Scored blind once (value F1 86.50); its errors have been read since, so it is a dev set now.
- fixtures/timeml_blind2 (12 docs, 1995-2026): written blind like the first: agency wire story, breaking-news
  update with timestamps, medical study, election night, merger timeline, Indian English news, product review,
  disaster anniversary, university calendar, stock market report, transport strike, profile. Scored blind
  once (value F1 90.07).
- fixtures/timeml_blind3 (12 docs, 1993-2026): written blind like the others, in the plain genres of a
  held-out news set, American and British: national politics, diplomacy, a fraud trial, a markets report, a
  labour dispute, a health study, local news, a football match report, a theatre review, a storm, an
  obituary, and a follow-up story retelling past weeks through weekdays, "last week", "earlier this month".
  Scored blind once (value F1 90.84; 91.19 after fixing the gold extents of five modified durations,
  "at least"/"up to"/"less than", one "quarter of last year" and one unannotated-age convention slip).
- fixtures/timeml_blind4 (12 docs, 1988-2026): written blind like the others, in genres none of the earlier
  sets has: a corporate earnings brief (quarters, "the year-earlier period", "the nine months"), a conflict
  wire story full of weekdays, a congressional calendar ("the week of March 5"), a sentencing with durations,
  an airline outage with clock times and time zones, a housing report, a sports transfer ("next season"), a
  fossil feature (geological ages), a holiday feature, a payments outage with UTC timestamps, a public-health
  notice with sets, and a 20th-anniversary retrospective. Scored blind once (value F1 85.60; strict F1 94.67
  after one gold extent fix, "the end of April" annotated as "April" against the set's own "the end of ..."
  convention). Conventions: named periods and multi-day festivals ("the last ice age", "Ramadan",
  "Hanukkah") and "year over year" are not annotated; single-day holidays are; ages beyond four-digit years
  are PAST_REF.
- fixtures/timeml_blind5 (12 docs, 1989-2026): plain newswire with AP-style datelines (four politics, three
  business with a June fiscal year, two crime/courts, sports, a tornado, a feature), written and checked
  without ever running the resolver; first scored on the resolver as it stood after the other sets' rounds
  (value F1 86.82, then 87.60). Conventions: weekday + part of day is a TIME (...TNI), as in the TimeML
  guidelines (TBAQ's gold is split); fiscal quarters are labelled by fiscal year. Tuned on since (89.83
  before the resolver switched "<weekday> night" to TIME ...TNI).
- fixtures/timeml_blind6 (12 docs, 1992-2026): plain newswire again, other stories (an election campaign, a
  foreign-policy standoff, a city budget, a bankruptcy, a recall, inflation data, an appeal ruling, a fire
  investigation, a teachers' strike, salmon decline, a season preview, an obituary), written without running
  the resolver and first scored on the final resolver of stop 9 (value F1 94.10). Its writer rephrased
  sentences whose gold the guidelines do not settle, which makes it easier than the earlier sets.
- fixtures/timeml_blind7 (12 docs, 1987-2026): genres the earlier sets had less of: two international wire
  reports (a summit abroad with GMT times, an earthquake's day-by-day toll), a clinical trial, a rocket launch,
  quarterly earnings with a September fiscal year, a merger's deadlines, a rail timetable, a storm forecast, a
  match report, a burglary brief, a bill's history, a "ten years ago this month" piece. Written without
  running the resolver; first scored on the resolver of stop 9 (value F1 91.44).
- fixtures/timeml_blind8 (12 docs, 1990-2026): other outlets and styles than newswire: three local-paper
  stories (a school board on Feb. 29, a road closure in the first week of January, a county fair on a
  Saturday), two magazine features moving back and forth in time, two press releases (a launch, results of a
  June fiscal year), an opinion column, a court report, a live blog, a grain market report, a health
  advisory. Written without running the resolver; first scored on the resolver of stop 9 (value F1 90.98;
  91.21 after the blind7 round, which did not see it). Tuned on since.
- fixtures/timeml_blind9 (12 docs, 1986-2026): British, Australian, Indian and Canadian English beside US
  stories (a by-election, a rail strike over New Year, bushfires, a monsoon budget, an inquiry, software
  end-of-life dates, weekly mortgage rates, a deployment, an emergency landing in UTC, an obituary, a tour, a
  trial's history). Written without running the resolver; first scored after the blind7 and blind8 rounds
  (value F1 89.08). Tuned on since.
- fixtures/timeml_blind10 (12 docs, 1989-2026): plain newswire dense in dates (budget talks over weeks, a
  session calendar from Feb. 28, an airline strike after a holiday weekend, holiday sales in the last week
  of December, a kidnapping hour by hour, a sentencing over nine years, a flood, measles by week, a playoff
  series, a drought over seasons, a contract expiring at midnight, an anniversary). Written without running
  the resolver; first scored after the blind7, blind8 and blind9 rounds (value F1 89.21). Tuned on since.
- fixtures/timeml_blind11 (12 docs, 1988-2026): stories no earlier writer picked (a port schedule, a mine
  rescue over three days, a pension reform effective years ahead, admissions deadlines, a drug approval, a
  wildfire weekend, an auction, an election count abroad, a central bank, a cold case, a cloud outage in UTC,
  a weather recap). Written without running the resolver; first scored after the blind7-10 rounds (value
  F1 90.57). Tuned on since.
- fixtures/timeml_blind12 (12 docs, 1987-2026): plain newswire dense in relative dates (a cabinet
  resignation, a treaty published on Feb. 29, a takeover on a Saturday, retail sales, a jury, an
  extradition on a holiday Monday, a ferry sinking, a hospital strike, a marathon, a recall, hostages, an
  obituary). Written without running the resolver; first scored after the blind7-11 rounds (value F1
  92.49). Tuned on since.
- fixtures/timeml_blind13 (12 docs, 1994-2026): AP/Reuters/AFP-style wire dense in relative dates (a coup
  attempt over a weekend, a heat wave, a refugee boat, a space probe, a tennis final, an art theft solved, a
  bridge inquiry, flight chaos across time zones, a teachers' vote, a no-confidence week, oil prices, an
  earnings warning with a March fiscal year). Written without running the resolver; first scored after the
  blind7-12 rounds (value F1 89.22).
- Four more sets written in stop 11, each by a writer who never ran the resolver, all four first scored on
  the resolver at the end of stop 10 (value F1 / relaxed F1 at first scoring):
  - fixtures/timeml_blind14 (12 docs, 1991-2026): radio and TV news transcripts (anchors, interviews,
    "tonight", "at this hour", spelled-out numbers and years, bare clock times): 81.97 / 93.20.
  - fixtures/timeml_blind15 (12 docs, 1992-2026): English services of foreign agencies (datelines dated the
    day before the DCT, plan periods, lunar and national holidays, statistics bulletins): 92.17 / 97.04.
  - fixtures/timeml_blind16 (12 docs, 1987-2026): long-form, analysis and retrospectives (decades,
    centuries, "the turn of the century", anniversaries, obituary life lines, season reviews): 90.48 / 96.83.
  - fixtures/timeml_blind17 (12 docs, 1996-2026): short digital formats (live blogs with time stamps, press
    releases, listings, weather bulletins, closure notices, corrections, fixtures): 88.06 / 98.42.
  Two more written in stop 11 while the first round on those four ran, first scored on the stop 10
  resolver and kept from that round's helpers (its held-out check):
  - fixtures/timeml_blind18 (12 docs, 2009-2026): mixed modern news (a budget veto, a recount, a fraud
    verdict, a boil-water order, a marathon): 87.63 / 98.28; after the round 87.63.
  - fixtures/timeml_blind19 (12 docs, 1983-1999): newspaper and wire stories of the TimeBank era (fiscal
    years, "yesterday" copy, year-end ISO weeks): 92.47 / 99.12; after the round 93.17.
  Four more written in stop 11 during and after that round, each kept from the next round's helpers
  (first scored on the resolver after the first round; "after" is after the second round):
  - fixtures/timeml_blind20 (12 docs, 1998-2025): hard news from outlets outside the US (UK, Ireland,
    Australia, New Zealand, South Africa, India, Singapore, Kenya, Nigeria): 81.63 / 94.96 (81.17 on the
    stop 10 resolver); after 81.63.
  - fixtures/timeml_blind21 (12 docs, 1988-2026): narrative crime, court and disaster stories told with
    relative anchors: 91.87 / 99.59 (the same on the stop 10 resolver); after 91.87.
  - fixtures/timeml_blind22 (12 docs, 1992-2026): science, health, technology and environment news:
    89.73 / 96.96; after 90.15.
  - fixtures/timeml_blind23 (12 docs, 1993-2025): business, markets and economy wire: 89.25 / 97.13;
    after 89.25 (the round first cost it a point: "in the 12 months through January", fixed).
  Two more written during the third round and kept from it (first scored on the resolver after the
  second round; "after" is after the third):
  - fixtures/timeml_blind24 (12 docs, 1990-2026): small-town and community papers (obituaries with service
    times, church notices, police blotters, fair programs, this-week-in-history columns): 85.36 / 95.71;
    after 85.71.
  - fixtures/timeml_blind25 (12 docs, 1995-2026): politics, government and diplomacy (legislative
    calendars, primaries, summits, shutdown countdowns): 94.75 / 98.48; after 94.75.
  Two more written during the fourth round (fixes that recur across sets) and kept from it (first scored on
  the resolver after the third round; "after" is after the fourth):
  - fixtures/timeml_blind26 (12 docs, 1988-2026): sports (match reports, trades, finals, a five-day Test,
    seasons that span two years): 83.33 / 92.96; after 83.49.
  - fixtures/timeml_blind27 (12 docs, 1992-2026): culture, entertainment, travel and consumer news (box
    office weekends, finales, festivals, holiday travel, Black Friday): 87.86 / 96.75; after 87.86.
  Two more written during the fifth round (on the weakest genres) and kept from it, written in a hurry (the
  sports writer's articles run 159-222 words, the culture writer's second pass was short): first scored on
  the resolver after the fourth round; "after" is after the fifth:
  - fixtures/timeml_blind28 (12 docs, 1991-2026): other sports (motor and horse racing, rugby, ice hockey,
    skiing, sailing, athletics): 88.24 / 96.47; after 89.19.
  - fixtures/timeml_blind29 (12 docs, 1991-2026): local life and culture (theater seasons, openings,
    holiday events, resident profiles): 84.05 / 95.19; after 83.98. Its gold had one ill-formed value
    ("hours" written PXH), fixed to PTXH after the first scoring, which makes those 84.30 and 84.24.
- Three more written in stop 12 by writers who never ran the resolver, first scored on the resolver at the
  end of stop 11 (value F1 / relaxed F1 at first scoring); "after" is after the stop 12 narrative fixes,
  which worked on blind30's errors with invented sentences and were kept from blind32:
  - fixtures/timeml_blind30 (12 docs, 2008-2026): encyclopedic history and biography told from a present-day
    DCT (a shipwreck, a battle, a club's or company's history, a trial, an epidemic, an expedition):
    78.00 / 97.32; after 84.44. Its writer valued decades and centuries as P2DE/P1CE and parts of a dated
    day as TIME (...TEV), where TBAQ writes P20Y and the bare date: 16 of its errors.
  - fixtures/timeml_blind31 (12 docs, 2020-2026): news of the 2020s (pandemic, AI, crypto, heat, strikes,
    streaming, with "Updated" stamps and number-named products left unannotated): 90.12 / 97.53; after
    90.43 (one fix from its errors: a statistic "report for" a month).
  - fixtures/timeml_blind32 (12 docs, 2000-2019): plain wire and newspaper news of any beat: 90.57 / 98.34;
    after 90.57 (held out).
- Three more written in stop 13 the same way, first scored on the resolver of that stop's second commit
  (70d8dd7: the stop 12 resolver with the "Updated" stamp, "this past week" and "in May" fixes); "after" is
  at the end of stop 13, whose fixes worked on blind33's and blind35's errors with invented sentences:
  - fixtures/timeml_blind33 (12 docs, 1990-2026): conflict, crisis and security wires (troop moves, ceasefires,
    sieges, sanctions; four republished with a dateline a day or two before publication): 95.99 / 99.27;
    after 97.08.
  - fixtures/timeml_blind34 (12 docs, 1995-2026): explainers, Q&A, "key dates" chronologies, FAQs on new
    rules, weekly digests, a year in review: 88.63 / 97.86; after 88.63 (held out; it caught a rule of this
    stop that had taken a promised date as a story's year, fixed before the stop ended).
  - fixtures/timeml_blind35 (12 docs, 1988-2026): opinion and personal writing: editorials, letters,
    columns, memoirs, book reviews that retell the past: 87.45 / 98.04; after 93.52.
- Nine more written in stop 15 the same way (blind37 and blind38 first scored on the resolver at the end of
  stop 13, d58f5fd):
  - fixtures/timeml_blind37 (12 docs, 1996-2026): short current-events items (briefs, corrections,
    notices, "on this day" and "years ago" columns, event listings): 90.88 / 97.32; after stop 15
    95.71 (its errors led the first round).
  - fixtures/timeml_blind38 (12 docs, 1991-2025): regulation, law and public administration as news
    (comment periods, a court schedule, a recall, licence renewals, tax filing, council, school and
    election calendars, a tender, a crop report), American, British, Australian, Canadian, Indian: 92.02 /
    97.97; written during stop 15 and kept from its first two rounds (held out: 92.02 after them); after stop
    14 94.19.
  - fixtures/timeml_blind39 (12 docs, 1990-2026): narrative features and human-interest stories told in the
    past with long anaphoric chains (a rescue hour by hour, a family business, a trial retold, a migration,
    a restoration, a career, a centenary, a veteran's memories): 86.97 / 97.12, first scored on the
    resolver after stop 15's first round (9e6b5b6) and kept from its second (held out: 86.97 after it);
    after stop 15 93.86.
  - fixtures/timeml_blind40 (12 docs, 1990-2026): forward-looking news (week-ahead previews, fixtures,
    listings in the present tense, forecasts, launch calendars, an investor-day agenda, roadworks, an
    election-day guide, a year-ahead outlook), most dates after publication: 88.10 / 98.58, first scored
    like blind39 and held out the same way (88.39 after the second round, which dropped one change
    because it lowered this floor); after stop 15 89.24.
  - fixtures/timeml_blind41 (12 docs, 1997-2025): a realistic mix of everyday news in its outlets' styles
    (wire politics, broadsheet business, tabloid crime, a local TV web item with an update stamp, trade
    press, a tech launch, a football report, a foreign bureau, health, a snowstorm, courts, culture): 92.71 /
    97.22, first scored on the resolver after stop 15's second round (13674d5) and kept from its third
    and fourth (92.71 after them); after stop 15 94.10.
  - fixtures/timeml_blind42 (12 docs, 1998-2025): English-language news from outlets outside the US and UK
    (India, Australia, New Zealand, Ireland, South Africa, Nigeria, Kenya, Singapore, the Philippines,
    Canada, Pakistan) in their local conventions: 89.52 / 95.56, first scored on the resolver after stop
    14's third round (82991e4) and kept from its fourth. Its writer's calls: "FY24" is 2024 but "2023-24" is
    2023; "the festive season" is annotated as the month of December. 89.52 after the fourth round; after
    stop 15 92.04.
  - fixtures/timeml_blind43 (12 docs, 1996-2006): agency newswire of the TempEval years (AP, Reuters, AFP,
    Xinhua, NYT News Service, a business wire; datelines a day before the DCT, fiscal quarters labelled by
    fiscal year): 94.99 / 98.60, first scored on the resolver after stop 15's fourth round (4bf79cc) and
    kept from its fifth and sixth (94.99 after them); after stop 15 95.39.
  - fixtures/timeml_blind44 (12 docs, 2008-2026): health, science, technology and environment news (a trial,
    a vaccine rollout, a launch window, a climate report, end-of-support dates, a breach, a recall, an
    outbreak by week, an eclipse): 93.70 / 98.47, first scored on the resolver after stop 15's fifth round
    (1f3a317) and kept from its sixth and seventh (93.70 after them); after stop 15 95.74.
  - fixtures/timeml_blind45 (12 docs, 2000-2026): politics and government in seven countries (campaigns,
    parliamentary calendars, budgets and fiscal years, leadership votes, a referendum, an inquiry, an
    election challenge, a first 100 days): 90.33 / 96.04, first scored on the resolver after stop 15's
    sixth round (05794da) and kept from its seventh and eighth (90.33 after them).
- Two more written in stop 16 the same way, both first scored on the resolver of 90ffcea (stop 15's last
  commit), before any rule of stop 16:
  - fixtures/timeml_blind46 (12 docs, 1990-2026): work, transport, energy and farm news in six countries
    (strikes and ballots with notice periods, rosters, harvests and crop years, fuel prices, ferry and
    rail timetables, a pipeline leak, holiday weekends, southern-hemisphere seasons): 92.45 / 97.80.
  - fixtures/timeml_blind47 (12 docs, 2007-2016): agency newswire of 2007-2016 (the credit crunch and the
    bailout, an election night, quarterly results, an earthquake, a court ruling, a golf event, a bribery
    verdict, a product launch, a summit, a market slide, a hurricane): 97.23 / 97.97.
  - fixtures/timeml_blind48 (12 docs, 1991-2025): weather, disasters and emergencies in ten countries
    (warnings with clock times across days, storms told the day after, evacuations lifted, power back by
    the weekend, a hurricane-season outlook, a heat wave, a drought over years, an earthquake's tenth
    anniversary): 92.22 / 99.10, first scored on the resolver of 633ca6b (no rule of stop 16 yet).
  - fixtures/timeml_blind49 (12 docs, 1990-2026): crime, police and courts in five countries (arrests told
    the next day, arraignments and next court dates, sentences, probation and parole, an appeal years
    later, a reopened cold case, a witness appeal, a trial calendar, a limitation period): 95.96 / 99.10,
    first scored like blind48.
  - fixtures/timeml_blind50 (12 docs, 1990-2026): education news in six countries (snow days and make-up
    days, results days, exam calendars, budgets by academic and fiscal year, a teachers' strike vote, an
    inspection, a founding anniversary, admissions deadlines): 95.82 / 98.86, first scored on the
    resolver of eefacd8 (after stop 16's first round, round 9) and held out from its second.
  - fixtures/timeml_blind51 (12 docs, 1991-2026): travel, aviation and tourism in eleven countries (route
    launches with clock times, the clocks going forward, peak travel days, a runway shut for months,
    cruise seasons, a visa waiver, tourist numbers by quarter, festival dates): 88.51 / 97.30, first scored
    like blind50.
  - fixtures/timeml_blind52 (12 docs, 1991-2026): economic statistics as news in six economies (consumer
    prices, jobs, GDP with revised quarters, retail sales, housing starts; "the 12 months to March", "the
    March quarter", "a year earlier", "since records began"): 90.85 / 97.63, first scored on the resolver
    of 8b8ec86 (after stop 16's rounds 9 and 10) and held out from round 11.
  - fixtures/timeml_blind53 (12 docs, 2010-2026): company and deal news in a business daily's style
    (results by fiscal year, guidance for the current quarter, takeovers and their closing dates,
    departures, bond maturities, buybacks, dividends, layoffs): 91.85 / 99.14, first scored like blind52.
  - fixtures/timeml_blind54 (12 docs, 1991-2026): personal finance and consumer news in five countries (tax
    deadlines and split tax years, an energy price cap, open enrollment, pension indexation, refund and
    warranty periods, mortgage rates, a scam): 92.36 / 98.34, first scored on the resolver of 5a26b4a
    (after stop 16's rounds 9-11) and held out from round 12.
  - fixtures/timeml_blind55 (12 docs, 1991-2026): defence, military and veterans news (homecomings,
    remembrance days and anniversaries, a court-martial calendar, procurement slipping by quarters and
    fiscal years, an exercise, a rescue at sea hour by hour across midnight): 93.43 / 97.92, first scored
    like blind54.
  - fixtures/timeml_blind56 (12 docs, 1991-2026): religion, faith and community news in seven countries
    (Lent and Holy Week, Easter's movable days, a synod, Rosh Hashana and Yom Kippur, Ramadan and Eid,
    Diwali, Vaisakhi, Reek Sunday, a centenary, parish calendars with recurring services): 87.11 / 96.25,
    first scored on the resolver of 7b6900c (after stop 16's rounds 9-12) and held out from round 13.
  - fixtures/timeml_blind57 (12 docs, 1990-2026): space and astronomy news (launch windows in local and
    zone-marked clock times, scrubs, landings, spacewalk durations, a deorbit, anniversaries, an eclipse,
    meteor showers, a sky calendar): 94.33 / 98.72, first scored like blind56.
  - fixtures/timeml_blind58 (12 docs, 1991-2025): arts and entertainment listings and previews in five
    countries (exhibition runs and opening hours, theatre previews and matinees, a festival day by day, TV
    finales, box-office weekends, tour dates, holiday listings across the new year): 89.21 / 99.39, first
    scored on the resolver of d2e3c4d (after stop 16's rounds 9-13) and held out from round 14.
  - fixtures/timeml_blind59 (12 docs, 1990-2026): construction, property and infrastructure in six
    countries (road closures over weekends and nights, house prices and mortgage approvals by month,
    consultations, delays, phases, rent rises, a bridge's 50th anniversary): 91.91 / 97.04, first scored
    like blind58.
  - fixtures/timeml_blind60 (12 docs, 1989-2026): broadcast transcripts and bulletins (network evening news,
    morning radio in the UK and Ireland, cable news with correspondents a day ahead in Hong Kong and Tokyo,
    public-radio interviews, traffic and weather in Melbourne and Auckland, an hourly rundown in GMT, an Indian
    radio bulletin): 87.62 / 96.86, first scored on the resolver of 27ad5be (the end of stop 16) and held out
    from round 19.
  - fixtures/timeml_blind61 (12 docs, 1986-2026): energy, commodities and shipping markets (crude and gas
    prices, producer meetings, futures months, weekly inventory days, harvests, freight and port queues,
    output by quarter): 91.85 / 98.12, first scored like blind60.
  - fixtures/timeml_blind62 (12 docs, 1991-2025): health and science research (trials with follow-ups,
    regulator deadlines, an outbreak week by week, records "since 1880", vaccination schedules, a career
    profile): 95.42 / 99.35, first scored like blind60.
  - fixtures/timeml_blind63 (12 docs, 1991-2026): English-language agencies and papers of China, Japan, India,
    Kenya, Nigeria, Brazil, Germany, Australia, South Africa, the Philippines, South Korea and Zimbabwe
    (day-month dates, "local time", fiscal years from April and July, a state visit day by day): 92.40 /
    98.00, first scored like blind60.
  - fixtures/timeml_blind64 (12 docs, 1952-1985): newspapers of the 1950s to 1980s in the US, Britain, Australia
    and New Zealand ("to-night", "to-morrow morning", "the week-end", "'09" for 1909, "fiscal 1964", "V-E Day",
    a school term, a cup final, a royal tour told a year ahead): 92.14 / 97.66, first scored on the resolver
    of 4819f03 (after round 19) and held out from round 20.
  - fixtures/timeml_blind65 (12 docs, 1996-2026): technology news (funding rounds, Y2K weekend duty, monthly
    patch days, keynotes and launch months, end-of-support dates years ahead, outages in UTC, spectrum
    auction timetables, quarterly results, a data breach found weeks later): 93.33 / 98.75, first scored
    like blind64.
  - fixtures/timeml_blind66 (12 docs, 1902-1949): newspapers of 1900-1949 in the US, Canada, Britain, India,
    Australia and South Africa ("to-day", "to-morrow", "the 28th inst.", "the 3rd ult.", "the 8th prox.",
    "Monday next", "September last", "forenoon", "Michaelmas", "'03" for 1903, a wire story told on its
    dateline's day, war news of 1915, 1918 and 1940, shipping and crop reports, church notices): 78.33 /
    92.50, first scored like blind67; held out from round 21.
  - fixtures/timeml_blind67 (12 docs, 1998-2026): announcements, calls and schedules (a call for papers with
    AoE deadlines, a festival programme, a consultation notice, a fixture list, an academic calendar, a
    food recall with best-before codes, a tender, roadworks over weeks and nights, a shareholder meeting
    notice, a neighbourhood newsletter, an exhibition's opening hours, a by-election timetable): 78.00 /
    95.38, first scored on the resolver of 0be5c6a (after round 20) and held out from round 21. Its writer
    was told to join a clock time and the day after "on" ("5pm on Friday 8 November 2013", one TIME) and to
    value "fiscal 1999" FY1999; most sets (63 pairs against 18) and TBAQ split the first and write 1999 for
    the second. The gold is kept as written: held-out sets may do either.
  - fixtures/timeml_blind68 (12 docs, 1991-2026): court judgments, legal notices and law reports in six
    countries ("on or about 14 March 2011", "the said date", "the material time", "the 3rd day of May,
    2004", bar dates, notice periods, an inquest, a tenancy tribunal, a settlement notice, a term preview;
    statute years such as "Act 1968" are not times): 91.70 / 96.44, first scored on the resolver of
    060fac7 (after round 21) and held out from round 22.
  - fixtures/timeml_blind69 (12 docs, 1994-2026): company filings, annual reports and earnings-call
    transcripts (fiscal years to March, June and September, "the prior-year period", "the December half",
    "the back half", record and payment dates, notes due 2031, a restatement of past quarters): 88.77 /
    96.26, first scored like blind68.
  - fixtures/timeml_blind70 (12 docs, 1992-2026): sports news (a cricket Test day by day, a rugby tour, a
    Formula One weekend in local time, a grand slam fortnight, transfer deadline day, a draft and "next
    season", a marathon, Cheltenham on St Patrick's Day, a golf major, a Tour stage, an Olympic qualifying
    calendar, a jockey's retirement; race times, match minutes and sessions are not times): 89.37 / 96.46,
    first scored on the resolver of c30a9b2 (after round 21); round 22, which did not see it, left it
    unchanged. Held out from round 23.
  - fixtures/timeml_blind71 (12 docs, 2000-2026): health guidance, patient leaflets and public-health notices
    in six countries (dosing "every 8 hours" and "for 7 days", a vaccination schedule, visiting hours, a
    practice's holiday opening times, fasting "after midnight", expiry dates, a screening invitation, an
    outbreak by date of onset; babies' ages are not times): 85.82 / 96.41, first scored on the resolver of
    c30a9b2 (after round 21; it was written while round 22 ran, which did not see it and raised it to 86.58).
  - fixtures/timeml_blind72 (12 docs, 1994-2026): humanitarian situation reports and UN/NGO releases
    ("as of 15 March", "in the past 24 hours", "the week to 11 May", epidemiological weeks, a cyclone's
    landfall in local time and UTC, seasonal outlooks by months, a donors' conference, a ceasefire report,
    an evacuation told hour by hour): 91.18 / 96.44, first scored on the resolver of 7116825 (after round
    22) and held out from round 23.
  - fixtures/timeml_blind73 (12 docs, 1995-2026): travel and tourism in six countries (a guide by seasons and
    generic months, an airline strike, a new rail timetable, a cruise told day by day, an advisory, a
    festival and when to book, a ski opening, passport rules, a hotel opening, "48 hours in Porto" by
    generic day headings, a museum's opening hours, a reader's Q&A): 83.99 / 97.15, first scored like blind72.
  - fixtures/timeml_blind74 (12 docs, 1991-2026): history and archaeology features (dates BC and their
    centuries, radiocarbon ranges, "100 years ago this week", a "Today in History" column, a shipwreck of
    1898, family history across generations, a city at 250, Julian and Gregorian dates, "some 4,500 years
    ago"; named eras are not times): 85.98 / 96.97, first scored on the resolver of b33270b (after round 23)
    and held out from round 24.
  - fixtures/timeml_blind75 (12 docs, 1997-2026): climate and environment reports in seven countries (targets
    "by 2030" and "net zero by 2045", "the 1991-2020 average", "mid-century", field seasons, sampling dates,
    all-night talks, hourly air readings, water restrictions "from Monday", southern seasons, a plastics ban
    in stages): 92.69 / 98.08, first scored like blind74.
- Five more written in stop 19 by writers who never ran the resolver or read its rules, each first scored on
  the resolver of 315ef65 (after round 26; value F1 / relaxed F1), all held out from round 27:
  - fixtures/timeml_blind76 (12 docs, 1998-2026): clinical notes (a discharge summary, progress notes, an
    operative note with its addendum, a radiology report comparing earlier studies, a British clinic letter,
    a nursing handover, an emergency-department log in four-digit clock times, a chemotherapy timeline;
    "hospital day 2", "postoperative day 2", "q6h", "b.i.d.", "x 5 days", follow-ups "in 6 weeks" valued as
    the date they denote; pain scores, blood pressures and ages are not times): 82.80 / 91.49.
  - fixtures/timeml_blind77 (12 docs, 2005-2026): Wikinews-style citizen journalism from twelve countries
    ("On Tuesday, ..." leads, full dates later, UTC times, laws named by year, British and American date
    order): 95.45 / 99.17.
  - fixtures/timeml_blind78 (12 docs, 2008-2026): encyclopedia entries (biographies, a company, a band, a
    town, a ship named May, a university, an outbreak, a law and its amendments, a club, a building, a TV
    series; life dates in brackets, "the following January", "the next season", catalogue numbers and
    populations that look like years): 94.55 / 97.82.
  - fixtures/timeml_blind79 (12 docs, 2009-2026): workplace emails, memos and minutes ("Sent:" headers with
    clock times, "Tues 4th", "next Weds", "w/c 12 May" a week, "COB Thursday", a fiscal year named after the
    year it ends, an IT window across midnight in three time zones, a travel itinerary): 79.58 / 95.29.
  - fixtures/timeml_blind80 (12 docs, 1990-2026): music, film, TV and celebrity news (album and film titles
    with weekdays, months and clock times in them, box-office weekends, a festival's "the Friday", runtimes,
    premieres "at 9pm ET/PT", a chart's "fifth consecutive week"): 86.52 / 94.51.
  The first-run mean of the five is 87.78.
- Three more written in stop 19 the same way, first scored on the resolver of 7a983a4 (after round 27), held out
  from rounds 28 and 29:
  - fixtures/timeml_blind81 (12 docs, 1994-2026): government, police and agency press briefings and their
    transcripts (a missing person "last seen at about 4.15pm on Sunday", a daily briefing's Q&A, a fire
    chief's "0300 hours", "the seven days to Friday", a rail closure "from 11pm on Friday until 5am on
    Tuesday", a military update in Zulu times "1400Z", "the top of the hour"; collar, case and phone numbers
    are not times): 89.53 / 97.29.
  - fixtures/timeml_blind82 (12 docs, 2009-2026): startups, venture funding and crypto-asset markets (a
    Series B, prices "in the past 24 hours" in UTC, a token unlock "on the 15th of each month", an IPO, a
    halving, "Q2 2023", "H1", "year-to-date", "TTM", a regulator's "within 30 days"; block heights, versions
    and tickers are not times): 90.53 / 98.11.
  - fixtures/timeml_blind83 (12 docs, 1988-2026): food, restaurant and lifestyle features (opening hours
    "Tue-Sat, 5-10pm", recipes "overnight" and "for 20 minutes", a market "every Saturday from May to
    October", holiday cooking, vintages and drinking windows, best-before dates in day/month/year, an iftar
    "at sunset"; the Sunday roast and temperatures are not times): 88.21 / 97.14.
- Three more written in stop 19 the same way, first scored on the resolver of 2a67044 (after round 27), held out
  from rounds 28-30:
  - fixtures/timeml_blind84 (12 docs, 2004-2026): video games and esports news (a release slipping to "next
    spring", "Season 4 launches Tuesday" where the season is no time, maintenance "10am PT / 1pm ET", a
    best-of-five "on Sunday", a speedrun of one hour 42 minutes, a sale ending "at midnight Thursday", a
    streamer's weekly schedule, "25 years ago this week"; patch and level numbers are not times):
    91.54 / 98.46.
  - fixtures/timeml_blind85 (12 docs, 1979-2026): letters to the editor, readers' columns and corrections
    ("your report of 14 March", "An article on Monday misstated", "since 1974", "three decades ago", bins
    "fortnightly" on Thursdays, clocks going forward "next Sunday", a letter from Lyon in day/month dates,
    "Seventy-three years ago today"; postcodes, PO boxes and ages are not times): 91.38 / 97.39.
  - fixtures/timeml_blind86 (12 docs, 1990-2026): parliamentary debates and committee records (a minister's
    statement, questions, a second reading, hearings stamped "[10.45 am]", suspensions "10:31 to 10:46",
    split financial years "2008-09" as the year they start, "the September quarter", a floor speech, a
    point of order on "yesterday's debate"; column, clause and division numbers are not times):
    96.76 / 99.05.
- Three more written in stop 19 the same way, first scored on the resolver of 2ca8407 (after round 27), held out
  from rounds 28-32:
  - fixtures/timeml_blind87 (12 docs, 1992-2026): motoring (a launch "in the spring", a recall of "the
    2019-2021 model years", a motor show "from Saturday", weekly fuel prices, roadworks "from 9pm" nightly
    "until 14 June", an auction, test waiting times, a race weekend; model years inside names, plates,
    engine sizes and mileages are not times): 97.82 / 98.55.
  - fixtures/timeml_blind88 (12 docs, 1995-2026): astronomy and sky-watching columns (a meteor shower's
    peak night, an eclipse in three time zones where a moment falls on two days, a comet "every 76 years",
    the equinox and the clocks, a storm alert "over the next 48 hours", a launch window, sunrise tables in
    prose, open nights "every Friday evening from October to March"; right ascensions, magnitudes and
    light-years are not times): 81.56 / 97.95.
  - fixtures/timeml_blind89 (12 docs, 2003-2026): transcribed podcasts, radio call-ins and interviews
    ("a couple weeks ago", "like two years back", "Tuesday-ish", "first thing tomorrow", "this past
    weekend", "back in '08", false starts "on Mon- on Tuesday"; recording timestamps "[00:14:32]", episode
    and season numbers are not times): 86.67 / 96.67.
- Three more written in stop 19 the same way, first scored on the resolver of 5013e32 (after rounds 27, 28 and
  30), held out from rounds 29 and 31-33:
  - fixtures/timeml_blind90 (12 docs, 1997-2026): contracts, terms of service, policies and their notices ("for
    a term of twelve (12) months commencing on 1 March", "on the first day of each month", "within thirty
    (30) days", "Monday to Friday" working hours, "00:01 hours on 1 July 2019", a notice to quit "on or before
    31 October"; clause numbers, defined terms and party names are not times): 89.38 / 97.44 (89.54 after
    round 29, merged since).
  - fixtures/timeml_blind91 (12 docs, 1994-2026): fashion, retail and shopping news (Autumn/Winter collections,
    a Christmas trading update for "the six weeks to 3 January", Black Friday and Cyber Monday, a store
    opening "at 8am on Saturday", a sale ending "at midnight on Sunday", the '90s revival; season codes,
    style numbers and collection names are not times): 96.64 / 98.76.
  - fixtures/timeml_blind92 (12 docs, 2001-2026): annual reports and newsletters of charities and NGOs ("the
    year under review", split financial years "2014/15", "the year ended 31 March 2019", an AGM "at 7pm on
    Thursday 25 November", a grant round closing "six weeks later", an appeal "by midnight on 31 December";
    charity numbers and event names such as the Summer Fair are not times): 93.28 / 98.00.
- Three more written in stop 19 the same way, first scored on the resolver of 80caeab (after rounds 27-30), held
  out from rounds 31-34:
  - fixtures/timeml_blind93 (12 docs, 2000-2026): job advertisements and recruitment news ("Closing date: 14
    March 2016", interviews "w/c 21 March", "a 12-month fixed-term contract", shift patterns "7pm to 7am", "the
    2017/18 academic year", "a 45-day consultation period"; reference codes, grades and pay rates are not
    times): 93.76 / 97.16.
  - fixtures/timeml_blind94 (12 docs, 1990-2026): property listings and housing news ("available from 1
    June", "a 999-year lease", viewings "between 10am and 12pm", "the three months to August", "a two-year
    fix", an auction closing "at 3pm on 12 May", "the 1st of every month", a street "laid out in the 1860s";
    house, lot and plot numbers are not times): 94.21 / 98.46.
  - fixtures/timeml_blind95 (12 docs, 1991-2026): years in review and looking ahead, most published in the last
    days of December or the first of January (bare months of the year under review, "last year" the reviewed
    year in January, "the decade", "the first six months of the year", a "ten years ago this week" column;
    "the year's best" as a possessive is not a time): 88.12 / 98.44.
- Three more written in stop 19 the same way, first scored on the resolver of bac820a (after rounds 27-32 and
  35), held out from rounds 33, 34, 36 and 37 (the first three, merged since, left all three unchanged):
  - fixtures/timeml_blind96 (12 docs, 2003-2026): daily conflict assessments and situation updates ("as of 3:00
    pm ET on March 5", "overnight March 4-5", "Day 41" of a siege with its start given, "the week of 21-27
    October", a truce "from midnight Sunday", a pause "between 10:00 and 16:00 local time"; brigade, road,
    grid and report numbers are not times): 91.55 / 96.08.
  - fixtures/timeml_blind97 (12 docs, 2006-2026): software release notes, changelogs and status pages
    (ISO-dated headings, "supported until April 2027", incident logs in UTC, "every night at 02:00 UTC", "the
    second Tuesday of each month", a certificate expiring "in 30 days", "ten years ago this month we shipped
    1.0"; versions, build and issue numbers, hashes and ports are not times): 90.65 / 96.75.
  - fixtures/timeml_blind98 (12 docs, 1986-2026): gardening columns, almanacs and seasonal advice (generic
    advice months of any year, XXXX-03, beside this year's dated ones, a frost "tonight", an allotment diary,
    sunrise times, St Swithin's Day, "the driest April since 1938"; plant varieties such as "October Glory"
    are not times): 84.23 / 97.65.
- Three more written in stop 19 the same way, first scored on the resolver of 79f22ac (after rounds 27-36), held
  out from rounds 37-40:
  - fixtures/timeml_blind99 (12 docs, 1994-2026): accident and incident investigation reports and their news
    coverage ("departed at 1432 local time (1232 UTC)", "at about 0215 on 3 March", "at 17:48:30", "the
    previous 72 hours", an inquest "at 11.40pm on 14 June 2016", a rescue log under day headings; logbook
    hours, flight and vessel numbers, registrations and headings are not times): 86.63 / 94.61 (86.61 after
    round 37, merged since: its four-digit clock times in texts that write times so found more spans here,
    some on the wrong day).
  - fixtures/timeml_blind100 (12 docs, 1993-2026): museums, exhibitions and heritage ("runs until 5 January",
    "open daily 10am-5pm", "c. 1725", "around 2500 BC", "the second century AD", "the second weekend of
    September", "lived here from 1921 to 1935", a walk "every Sunday at 2pm"; style names such as Georgian
    and accession numbers are not times): 93.22 / 97.52.
  - fixtures/timeml_blind101 (12 docs, 2002-2026): clinical trial registrations, protocols and their press
    summaries ("Study start: March 2019", visits at "6 weeks" and "6 months" as durations, "a median follow-up
    of 4.2 years", an embargo "until 00:01 GMT Wednesday 16 March", "since 1976", "every two years"; trial
    IDs, doses, infants' ages and statistics are not times): 97.62 / 99.21.
- Two more written in stop 19 the same way, first scored on the resolver of 0e671da (after rounds 27-37, 39,
  40), held out from rounds 38, 41 and 42 (rounds 38 and 42, merged since, left both unchanged):
  - fixtures/timeml_blind102 (12 docs, 1996-2026): wire photo captions, news briefs and "file" notes ("FILE - In
    this Sept. 12, 2019, file photo", "Photo taken on March 3, 2024 shows", "in Lagos on Tuesday, June 4,
    2013", corrections "on Sunday, not Saturday", a Today in History strip; undated handouts, photo credits
    and image numbers are not times): 93.15 / 97.98.
  - fixtures/timeml_blind103 (12 docs, 2003-2026): government guidance, tax and benefit notices ("by 31 January
    2025", "the 2023 to 2024 tax year" as the year it starts, "every 4 weeks", "allow 3 weeks", a consultation
    closing "at 11:59pm on 14 March", "Last updated 12 January 2026"; form numbers and ages are not times):
    94.70 / 97.84.
- Eight more written at the start of stop 20 the same way, first scored on the resolver of 6ea85da (the last
  commit of stop 19, before any round could see them):
  - fixtures/timeml_blind104 (12 docs, 2008-2025): encyclopedic war and battle histories in the WikiWars style
    ("On 3 May 1809", "the following spring", "That winter" after a year told earlier, a timeline section of
    bare months under "1862 –", dates BC, "the 2nd century AD", an aftermath told from today; regiments,
    casualties and page numbers are not times): 75.56 / 98.56.
  - fixtures/timeml_blind105 (12 docs, 1996-1999): agency newswire of the TempEval-3 test-set years (AP
    datelines, "said Tuesday", "the year-earlier quarter", "fiscal 1997", "at 10:30 a.m. EDT", "this century",
    "the year 2000"): 93.47 / 99.18.
  - fixtures/timeml_blind106 (12 docs, 2010-2026): social-media threads (post stamps "11:52 AM · Aug 3, 2010",
    "UPDATE 1:15 PM", "9 tonight", "2 yrs ago today", "Sat 12/17"; hashtags, likes and scores are not
    times): 85.87 / 96.65.
  - fixtures/timeml_blind107 (12 docs, 1994-2012): English services of state agencies (datelines "BEIJING,
    March 3 (Xinhua) --" a day before the DCT, "the first half of this year", "January-September", "the
    2010-2014 period", "fiscal 1995"; congresses and anniversaries by number are not times): 96.11 / 98.94.
  - fixtures/timeml_blind108 (12 docs, 2002-2026): police blotters and local TV crime stories ("Tuesday, 11:42
    p.m.:" log headers, "03/12/08, 0215 hours", "between 9 p.m. Saturday and 6 a.m. Sunday", "20 minutes
    later"; vehicle model years, badge and case numbers are not times): 86.94 / 95.52.
  - fixtures/timeml_blind109 (12 docs, 1987-1993): financial newspaper stories of the TimeBank years (fiscal
    quarters "which ended Jan. 31", "the year-earlier period", "late yesterday", "30-year" bonds as P30Y,
    "effective Jan. 1" in April): 95.75 / 99.45.
  - fixtures/timeml_blind110 (12 docs, 1990-2026): sports results and previews (race times "2:10:26" as
    durations, "Sunday's stage" past and to come in one story, "the 2023-24 season", "Game 3 is Tuesday
    night"; scores, match minutes and ranks are not times): 91.26 / 98.64.
  - fixtures/timeml_blind111 (12 docs, 1994-2025): elections in Africa, Asia and Latin America ("7am today",
    "28/10/2018", "12.2.1998", "29th May", "within 48 hours", "three weeks later"; polling units, wards, forms
    and vote counts are not times): 91.28 / 99.66.
- Two more written in stop 20 the same way, first scored on the resolver of 135f67c (before any round of the
  stop was merged):
  - fixtures/timeml_blind112 (12 docs, 1998-2026): long-form investigations told over months and years ("In
    the spring of 2003", "that autumn", "Eighteen months later", "a letter dated 4 June 2011", "the night of
    4 September", a camera stamp "16/10/2004 13:52"; case and exhibit numbers are not times): 93.82 / 99.61.
  - fixtures/timeml_blind113 (12 docs, 2012-2026): business and technology news online (fiscal quarters named
    by the fiscal year, "ships Nov. 12", "next Tuesday" on a Tuesday, "since 9:40 a.m. PT", "$13.99 a month",
    "a 30-day free trial"; versions, models and tickers are not times): 94.84 / 99.04.
- Four more written in stop 20 the same way, first scored on the resolver of 50def63 (after rounds 50-53,
  which never saw them: they had no floor while those rounds ran):
  - fixtures/timeml_blind114 (12 docs, 1989-2026): political speeches and their transcripts ("Four years ago
    tonight", "Twenty years ago this week", "One week from today", "four years from now", "the end of this
    decade"; "the 104th Congress", "Senate Bill 1994" and stage notes are not times): 90.94 / 96.72.
  - fixtures/timeml_blind115 (12 docs, 1991-2026): diaries, journals and logs with dated entries (each entry's
    date line, and "yesterday", "last night", "two days ago" counted from the entry, not the DCT; "0600
    tomorrow", "Fri 01 MAR 24"; "Day 12" and camp numbers are not times): 73.83 / 98.66.
  - fixtures/timeml_blind116 (12 docs, 1995-2025): science news on deep time, fossils and archaeology
    ("around 1450 BC", "AD 934", "the 1200s", "the past 800,000 years", "each September"; ages of millions of
    years, named periods and catalogue numbers are not times): 94.68 / 98.48.
  - fixtures/timeml_blind117 (12 docs, 1996-2026): council agendas, public notices and planning notices
    ("7.30pm on Tuesday 22nd October 1996", "Monday to Saturday, 10:00 to 23:00", "Bank Holiday Monday",
    "the 1st of each month"; application numbers and acts' years are not times): 88.45 / 97.69.
- One more written in stop 20 the same way, first scored on the resolver of 119f83c (after rounds 49-53, which
  never saw it):
  - fixtures/timeml_blind118 (12 docs, 1999-2026): corporate and institutional press releases on the wires
    (datelines "NEW YORK, May 4, 2016 /PRNewswire/ --", "will host a conference call at 8:30 a.m. ET on
    Thursday, May 5, 2016", "5:00 p.m. ET today", "the third quarter of fiscal 2013, which ended March 31",
    Black Friday and Cyber Monday; passcodes, conference IDs and ordinance numbers are not times):
    96.04 / 98.92.
- One more written in stop 20 the same way, first scored on the resolver of 67dd8ec (after rounds 49-56 and
  58, which never saw it):
  - fixtures/timeml_blind119 (12 docs, 2000-2011): international agency newswire of 2000-2011 (datelines
    "MANILA, Jan 25 (Reuters) -", "about 5:30 a.m. (2130 GMT Wednesday)" a day apart, "early Thursday",
    "late Monday", "the previous evening", "the coming days"; resolution numbers, magnitudes and ages are not
    times): 92.78 / 98.28.
- Two more written in stop 20 the same way, first scored on the resolver of 5730fe0 (after rounds 49-56, 58
  and 60, which never saw them):
  - fixtures/timeml_blind120 (12 docs, 2012-2026): regional and local online news in five countries (stamps
    "16:12, Friday 22 February 2013", "7pm tonight", "the 2024-25 school year" as two years, "the March
    quarter", "between 11.30pm on Friday and 1am on Saturday"; case references and club seasons by number are
    not times): 93.71 / 98.58.
  - fixtures/timeml_blind121 (12 docs, 2003-2025): "On this day", anniversary and almanac pages ("this day in
    1969", "Fifty years ago today", "the 276th day of 2013", "89 days" left, a reprint column whose
    "yesterday" is the old issue's; "the 40th anniversary" and ages are not times): 85.44 / 96.20.
- Two more written at the end of stop 20 the same way, first scored on the resolver of af928af (after every
  round of the stop, none of which saw them):
  - fixtures/timeml_blind122 (12 docs, 2012-2015): online news of 2012-2015, the TempEval-3 evaluation years
    (a date line over each report, "03:17 UTC on Wednesday" against "11:17 p.m. on Tuesday" in Montreal, "the
    previous quarter", "the coming weeks", "every six weeks"): 94.89 / 99.47.
  - fixtures/timeml_blind123 (12 docs, 1996-2025): everyday news in the English press of South Asia, Nigeria,
    Ghana and Kenya ("Monday next", "Saturday last", "15-07-2002", "the 2016-17 fiscal", "the current fiscal",
    "March-end", "9 pm IST", festivals that name a day; FIR and section numbers, lakh and crore are not
    times): 89.96 / 97.99.
- Six more written in stop 21 the same way, first scored on the resolver of 0491202 (the end of stop 20; no
  round has seen them). Their brief's heading named the South Asian and African press by mistake, so most
  writers set their genre there:
  - fixtures/timeml_blind124 (12 docs, 2005-2013): Wikinews-style business and world news from South Asia and
    Africa ("On Thursday, the company said", "the fourth quarter of 2008", "the third quarter of fiscal 2013",
    "the end of the next decade"; Airbus A320, Windows 7 and phone numbers are not times): 96.55 / 98.99.
  - fixtures/timeml_blind125 (12 docs, 2016-2019): agency newswire of 2016-2019 datelined in South Asia and
    Africa ("NAIROBI, March 29 (Reuters) -", "12:01 a.m. EDT (0401 GMT)", "the January-September period",
    "the year-earlier period", "overnight"; Section 301 and vote counts are not times): 93.12 / 97.45.
  - fixtures/timeml_blind126 (12 docs, 1991-2025): agriculture and commodity reports ("the 2018/19 marketing
    year" as two years, "July corn", "the week ended June 3", "Friday's USDA report"; spring wheat, rabi,
    bushels and sale numbers are not times): 91.98 / 96.18.
  - fixtures/timeml_blind127 (12 docs, 2001-2026): earnings call transcripts and analyst notes ("Q3 FY17",
    "fiscal '11", "the back half of the year", "the year-ago quarter", "the trailing twelve months",
    "5:00 p.m. Eastern today"; "Good afternoon", "year-over-year" and basis points are not times): 87.30 /
    99.35.
  - fixtures/timeml_blind128 (12 docs, 1996-2025): television and streaming schedules, season news and reviews
    ("Sundays at 9/8c", "tonight at 8", "the 2019-20 season", "set in 1968"; show titles such as "Friday
    Night Fever" and "The Fourth of May" are not times): 87.81 / 95.55.
  - fixtures/timeml_blind129 (12 docs, 1994-2026): regional news from Australia and New Zealand ("last
    financial year", "the 2018-19 financial year", "this arvo", "6.30pm AEST", "the Queen's Birthday long
    weekend", southern seasons; footy scores and State Highway numbers are not times): 89.58 / 95.75.
- Two more written in stop 21 the same way, first scored on the resolver of 4e3049b (stop 20 and the fixes of
  the third review; no round has seen them):
  - fixtures/timeml_blind130 (12 docs, 1995-2026): the English-language press and agency services of
    continental Europe and Ireland ("14.03.2021", "week 42" as an ISO week, "18:30 CET", "Whit Monday",
    "the 2016/17 season", "the autumn half-term"; postcodes, bus lines and articles of law are not times):
    94.74 / 97.47.
  - fixtures/timeml_blind131 (12 docs, 1994-2026): news from Canada, the Caribbean, Hong Kong and Singapore
    ("0415 hours on Monday", "Thanksgiving Monday", "Carnival Monday", "the May long weekend", "the 2018-19
    school year", "the fiscal year ending March 31"; Signal No. 8, Bill C-347 and postal codes are not
    times): 88.85 / 97.69.
- Two more written in stop 21, first scored on the resolver of d897722 (stop 21 with round 77; no round has
  seen them):
  - fixtures/timeml_blind132 (12 docs, 1991-2025): aviation and maritime news (incident reports with "1248
    UTC", "0214Z" and "22:10 local time", flight durations "12 hours and 40 minutes", inspections "every six
    months"; flight numbers, runway and berth numbers are not times): 92.86 / 99.25.
  - fixtures/timeml_blind133 (12 docs, 1995-2025): obituaries and appreciations (life spans, "nine years
    later", "the following spring", "the late 1970s", ages and "for 38 years"; ages at death and street
    numbers are not times): 97.18 / 99.19.
- Three written in stop 22 the same way, first scored on the resolver of 49c2638 (no round has seen them):
  - fixtures/timeml_blind134 (12 docs, 1991-2026): weather forecasts, storm, heat-wave and flood warnings and
    seasonal outlooks from the US, UK, India, Australia and the Philippines ("6 p.m. CST today", "Saturday
    night into Sunday", "by midweek", "8.30 a.m. IST", "every alternate day"; Signal No. 3, Category 3, the
    "one-in-100-year flood" and hotline numbers are not times): 87.54 / 97.57.
  - fixtures/timeml_blind135 (12 docs, 1993-2026): religious and cultural calendar news ("the first day of
    Ramadan", "the eve of Diwali", "the 29th of Sha'ban 1445", "Holy Week", "the night of Friday, April 5";
    verse numbers and Hijri, Hebrew, Samvat and Buddhist Era years are not times; zone words are left outside
    the TIMEX3; five extents that opened with "in" or "since" were cut to the guidelines before the first
    scoring was pinned): 73.52 / 89.06.
  - fixtures/timeml_blind136 (12 docs, 1992-2026): education news from the US, UK, Ireland, India, Kenya and
    Australia ("results day", "Friday week", "half-term", "the 2026-27 academic year", "11.59pm AEST on
    September 28"; Class of 2027, Year 11, paper codes and room numbers are not times; Australian school terms
    are annotated as quarters): 81.78 / 93.84.
- Three written in stop 23 the same way, first scored on the resolver of f653afe (no round has seen them):
  - fixtures/timeml_blind137 (12 docs, 2021-2026): plain agency newswire of the 2020s from the US, Europe, the
    Middle East and Africa in AP, Reuters and AFP styles ("0800 GMT on Friday", "0000 local time (2300 GMT
    Sunday)", "late on Wednesday", "little more than two weeks later", "August of that year"; vote tallies
    189-72, Resolution 2216, Vision 2030 and COP31 are not times): 91.91 / 98.32.
  - fixtures/timeml_blind138 (12 docs, 1992-2026): election and campaign news from the US, UK, Ireland,
    Canada and Germany ("polls close at 7 p.m. PT", "the early hours of Wednesday", "three weeks from
    tomorrow", "the second Monday before the runoff", "the 2022 cycle"; District 9, Prop 22, Article 50 and
    margins "52-48" are not times; a clock time and its day are one TIMEX3): 83.75 / 96.69.
  - fixtures/timeml_blind139 (12 docs, 1993-2026): courtroom trials told day by day in the US, UK, Australia
    and South Africa ("Court adjourned until 9:30 a.m. Thursday", "day 14 of the trial", "its seventh week",
    "the day after the August bank holiday", testimony timed "about six minutes later" on the night of the
    crime; case numbers, statutes, counts and exhibits are not times): 77.30 / 95.31.
  Two more written later in stop 23, first scored on a8601f6 (rounds 93-99 merged; no round has seen them):
  - fixtures/timeml_blind140 (12 docs, 1995-2026): pharmaceutical, biotech and device news from the US,
    Europe, Japan and India ("a PDUFA target action date to March 15 from Dec. 15", "1H14", "topline data
    mid-year", "fiscal 2017, which begins in April next year", "14:00 CEST"; drug codes CB-1994 and AMB-2020,
    COVID-19, IL-17, Form 483 and doses are not times; four clock values written with UTC offsets were
    written as local times, the convention of every other set, before the first scoring): 91.46 / 96.48.
  - fixtures/timeml_blind141 (12 docs, 1996-2026): football transfer, contract and club news from England,
    Spain, Italy, Germany, Scotland and Brazil ("the January window", "a four-year deal until May 2030",
    "until the end of the season", "six to eight weeks", "the 2016-17 season"; fees, formations 4-3-3, the
    No. 9 shirt, scores and "the 92nd minute" are not times): 84.01 / 92.44.
  Three more written blind in stop 24, first scored on 432ccc6 (before any round of that stop merged):
  - fixtures/timeml_blind142 (12 docs, 1991-2026): labour disputes, strikes and union bargaining in the US,
    UK, Canada, Australia, France, South Korea and South Africa ("midnight Friday", "6am on Tuesday",
    "Friday week", "12:01 a.m. ET on Nov. 15", "the third week of the strike", "the winter of 2009-10";
    Local 313, Section 8(g) notices, vote counts "1,186 to 402" and "the 35-hour week" are not times; five
    clock values written with UTC offsets or Z were written as local times before the first scoring; its
    writer left "at least" outside the extents): 88.12 / 95.01.
  - fixtures/timeml_blind143 (12 docs, 1994-2026): central banks and monetary policy ("the December 10-11
    meeting", "9:45 a.m. ET", "the March quarter", "eleven times a year", "the next financial year"; "25
    basis points", "1.50%-1.75%" and "the 2-year note" are not times): 86.13 / 92.77.
  - fixtures/timeml_blind144 (12 docs, 2006-2020): agency newswire datelined in Latin America, Africa,
    Eastern Europe and Oceania ("2 a.m. local time (1600 GMT on Tuesday)", "Sept. 29 last year", "late last
    month", "the seventh of each month"; death tolls, decree numbers, highway kilometres and scores are not
    times): 94.14 / 99.38.
  - fixtures/timeml_blind145 (12 docs, 1991-2026): expeditions and endurance: climbing seasons, polar treks,
    ocean rowing and sailing races, long swims and ultra-marathons ("on day 58 of the crossing", "2am Nepal
    time", "95 days, 9 hours and 42 minutes", "every six hours", "a weather window at the weekend"; "Camp 4",
    "8,848m", latitudes, bib and boat numbers, knots and "minus 45C" are not times): 85.11 / 94.83.
  Six more written blind in stop 25, first scored on 1b0da0f, db073f0 and its successor (before any round of that stop merged):
  - fixtures/timeml_blind146 (12 docs, 1992-2026): official statistics releases and their news coverage in
    the US, UK, Australia, Canada, Ireland and New Zealand (CPI, claimant count, GDP, jobless claims, crime
    survey, migration, house prices: "the year to September 2012", "the three months to July", "the September
    quarter", "the week ended Dec. 7", "Thursday week"; index bases "1982-84=100", series codes and Eircode
    areas are not times): 86.92 / 95.34.
  - fixtures/timeml_blind147 (12 docs, 1991-2026): space missions and astronomy news (shuttle scrubs, Mars
    landers, meteor showers, eclipses, lunar landers: "T-minus 31 seconds", "the night of Aug. 12-13", "Sol
    23", "a 26-month cycle", "6:52 a.m. EDT Thursday"; Falcon 9, Apollo 11, "Mars 2020" as a rover name,
    STS-107, magnitudes, light-years and orbit heights are not times): 82.09 / 95.52.
  - fixtures/timeml_blind148 (12 docs, 2005-2026): software, video-game and consumer-tech release news
    (patches, outages, battle-pass seasons, support end dates: "12:01 a.m. Tuesday", "every second Tuesday of
    the month", "9 p.m. PT on Thursday, Nov. 7", "the holiday quarter", "midnight UTC on Mondays"; version and
    build numbers 2.1.0 and 21.02.15.0640, "Windows 11", "iOS 17", "Xbox 360", "24/7" and prices are not
    times): 84.98 / 94.25.
  - fixtures/timeml_blind149 (12 docs, 1991-2026): real estate, construction and infrastructure news in the
    US, UK, Canada, Australia, India and the Gulf ("the spring selling season", "a 99-year prepaid lease", "10
    a.m. Eastern time Friday", "every night at 10pm", "the first quarter of next year", "the Canada Day long
    weekend"; Route 66, I-95, Lot 7, zoning codes R1-7 and CD-1, flat numbers and prices per square foot are
    not times): 94.27 / 99.04.
  - fixtures/timeml_blind150 (12 docs, 1993-2026): retail and shopping-season news in the US, UK, Canada,
    India, China and Australia ("the day after Thanksgiving", "the last Saturday before Christmas", "Dhanteras",
    "the five weeks to December 7" as two timexes, fiscal halves and quarters as ISO values, "12:01 a.m.
    Saturday"; the "11.11" promotion, the Boxing Day Test, 7-Eleven, Forever 21, "24/7" and prices are not
    times): 74.87 / 91.53.
  - fixtures/timeml_blind151 (12 docs, 1991-2026): music, concert, tour and festival news in the US, UK,
    Ireland, Canada, Australia, South Korea and Nigeria ("next Friday at 10 a.m. local time", "the tracking
    week that began today and ends Thursday", "doors are at 6:30 p.m.", "a second weekend on January 8 and 9",
    "9am AEDT tomorrow", "27 summers ago"; album titles such as "1977", band names with numbers, track lengths
    "3:45" and BPM are not times): 79.69 / 93.57.
  - fixtures/timeml_blind152 (12 docs, 1991-2026): wildlife, nature and conservation news from British
    reserves, an Australian national park, a US hawk watch, a zoo and the South Atlantic ("the first swallows
    of spring", "dusk on Thursday", "1 p.m. EDT on Sept. 24", "the winter of 1962-63", "the annual count last
    weekend", "every other year"; "1,200 pairs", Site 4, ring numbers, grid references, icebergs A-68 and
    Area 51 are not times): 81.19 / 94.63.
  - fixtures/timeml_blind153 (12 docs, 1993-2026): personal finance, tax, pension and benefits news from the
    UK, US, Canada, Australia and Ireland ("midnight on Monday, January 31", "the self-assessment deadline",
    "Friday week", "the October bank holiday", "the 2024-25 tax year", "every four weeks", rates such as "a
    week"; 401(k), Form 1040, Section 24, 70 1/2, "the 50/30/20 budget" and helpline numbers are not times):
    86.04 / 95.67.
  - fixtures/timeml_blind154 (12 docs, 1991-2026): parliament, legislature and council news from the US, UK,
    Canada, Australia, India and New Zealand ("before the House rises for the summer recess on Thursday 31
    July", "within five working days", "the second Tuesday of each month", "the Thursday before Victoria Day",
    "2pm next Thursday", "the budget for 2020/21"; Standing Order 24, HB 1234, Section 230, Ward 7, vote
    counts "152-98" and ordinance numbers are not times): 88.52 / 96.57.
  - fixtures/timeml_blind155 (12 docs, 1992-2026): commuting and transport disruption news from the UK, the
    US and a European city: engineering works, a bank-holiday motorway closure, metro and rail strikes, a
    ferry timetable change, floods and snow ("10pm on Friday", "the 07:42 from Brighton", "Monday week",
    "every 15 minutes", "11:55 p.m. Friday", "one weekend in three"; Route 66, Junction 14, Line 6, Platform
    9, train and flight numbers are not times): 77.61 / 91.34.
  - fixtures/timeml_blind156 (12 docs, 1991-2026): shipping and supply-chain news from the US West Coast, the
    Pearl River Delta, North Sea and Baltic waterways, the Prairies, Scandinavia, Singapore and a drought-hit
    canal ("week 34", "12:01 a.m. Eastern time on Friday", "1400 AEST on Wednesday", "sailings every nine
    days", "the fourth quarter of the fiscal year", "the fifteenth day of the new year"; "20,150-TEU", HS codes,
    "Incoterms 2020", vessel names with numbers, gates and berths are not times): 86.86 / 94.90.
  - fixtures/timeml_blind157 (12 docs, 1992-2026): cricket and rugby tours, Test series and World Cups from
    Australia, South Africa, New Zealand, England, the Caribbean and Canada ("at stumps on day three", "the
    third Test starting on Boxing Day", "the tour opener proper starts on Friday week", "lunch on the fourth
    day", "the twilight session", "the 1981 Ashes", "11am BST"; scores "287 for 6" and "7-42", "42.3 overs",
    "No. 11", averages and Twenty20 are not times): 84.55 / 94.31.
  - fixtures/timeml_blind159 (12 docs, 1992-2026): IT outages, incident post-mortems and status-page notices
    from the US, the UK and Australia ("7:52 p.m. Eastern time Tuesday", "shortly after midnight Pacific time",
    "the previous Friday", "end of day Thursday", "every 15 minutes"; version numbers, error codes, ticket
    numbers, log lines, "99.97%" uptime, "Windows 2000" and "24/7" are not times): 85.81 / 95.27.
  - fixtures/timeml_blind160 (12 docs, 1992-2026): hunting, fishing, hiking and park news from US states and an
    English moorland county: season openers and closures, licence years, trail closures ("the first Saturday in
    October", "12:01 a.m. Saturday", "the last two weekends of November", "2:40 p.m. MDT Sunday", "each April
    1", "a 14-day quarantine"; calibres ".30-06" and ".308", "1000 Islands Trail", Forest Road 4N12, a
    "14,115-foot" peak and bag limits are not times): 86.55 / 95.91.
  - fixtures/timeml_blind158 (12 docs, 1992-2026): horse racing and motorsport from Britain, Ireland, France,
    Finland, Monaco, the US and Australia: race cards, practice and qualifying, endurance races ("the 4.40",
    "three weeks tomorrow", "24 hours later", "2pm local time the same afternoon", "the last weekend of
    August", "3pm AEDT"; the 2000 Guineas, odds 7-2 and 11/4, lap and finishing times such as 1:40.884, car
    No. 7 and the 24 Hours of Le Mans are not times): 79.57 / 91.16.
  - fixtures/timeml_blind161 (12 docs, 1992-2026): diplomacy: UN sessions, regional summits, boundary and
    nuclear talks, treaty anniversaries, an ambassador recalled ("the third round of talks ... on Thursday",
    "after the Lunar New Year", "the 1975 Helsinki Final Act", "Thirty years ago today", "90 days of
    ratification", "about 11 a.m. Saturday (0900 GMT)"; Resolution 2231, Article 5, the 2030 Agenda, Vision
    2030, P5+1, COP25 and the Group of 77 are not times): 86.41 / 95.15.
  - fixtures/timeml_blind162 (12 docs, 1992-2026): product recalls, food-safety and consumer-safety notices from
    the US, the UK, Canada, Australia and India ("best before end date of 11/96", "Use By 03.07.17", "11 a.m.
    EST Thursday", "4 pm IST on Tuesday", "the bank holiday weekend"; lot and batch codes, "Model 3300X", UPC
    and phone numbers and "the Drugs and Cosmetics Act, 1940" are not times): 93.14 / 96.05.
  - fixtures/timeml_blind163 (12 docs, 1992-2026): tennis and golf tournaments in Scotland, the US, England,
    Italy, France, Australia and Spain ("7.30 the next morning", "the week after Wimbledon", "the clay-court
    season", "his first title in 14 months", "3:40 a.m. Monday in Tokyo", a quoted "tomorrow" said on a
    Saturday; golf scores "a 2-under 70" and "-11", tennis scores "6-4, 3-6, 7-6 (7-3)", "Hole 17", "No. 9 on
    the Order of Merit" and prize money are not times): 87.08 / 96.28.

Never edit gold to match the system, and do not tune the resolver on these sentences (read the errors for
the general phenomenon, then write your own examples). Gold may change only where it breaks the guidelines
or has a typo; re-pin then and say why:
  .venv/bin/python bench/score_tbaq.py --corpus fixtures/timeml --pin      # bench/baselines/devset.json
  .venv/bin/python bench/score_tbaq.py --corpus fixtures/timeml_blindN --pin --baseline bench/baselines/blindN.json
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TYPES = {"DATE", "TIME", "DURATION", "SET"}
LEADING_PREPOSITIONS = ("on ", "in ", "by ", "since ", "during ", "until ")


@dataclass(frozen=True)
class InventedSet:
    folder: str
    baseline: str
    documents: int
    years: tuple[int, int]
    words: tuple[int, int]
    min_timexes: int


SETS = [
    InventedSet("timeml", "devset.json", 15, (2019, 2026), (150, 400), 10),
    InventedSet("timeml_blind", "blind.json", 14, (2003, 2026), (200, 400), 15),
    InventedSet("timeml_blind2", "blind2.json", 12, (1995, 2026), (200, 400), 15),
    InventedSet("timeml_blind3", "blind3.json", 12, (1993, 2026), (200, 400), 15),
    InventedSet("timeml_blind4", "blind4.json", 12, (1988, 2026), (200, 400), 15),
    InventedSet("timeml_blind5", "blind5.json", 12, (1989, 2026), (200, 400), 15),
    InventedSet("timeml_blind6", "blind6.json", 12, (1992, 2026), (200, 400), 15),
    InventedSet("timeml_blind7", "blind7.json", 12, (1987, 2026), (200, 400), 15),
    InventedSet("timeml_blind8", "blind8.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind9", "blind9.json", 12, (1986, 2026), (200, 400), 15),
    InventedSet("timeml_blind10", "blind10.json", 12, (1989, 2026), (200, 400), 15),
    InventedSet("timeml_blind11", "blind11.json", 12, (1988, 2026), (200, 400), 15),
    InventedSet("timeml_blind12", "blind12.json", 12, (1987, 2026), (200, 400), 15),
    InventedSet("timeml_blind13", "blind13.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind14", "blind14.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind15", "blind15.json", 12, (1992, 2026), (200, 400), 15),
    InventedSet("timeml_blind16", "blind16.json", 12, (1987, 2026), (200, 400), 15),
    InventedSet("timeml_blind17", "blind17.json", 12, (1996, 2026), (200, 400), 15),
    InventedSet("timeml_blind18", "blind18.json", 12, (2009, 2026), (200, 400), 15),
    InventedSet("timeml_blind19", "blind19.json", 12, (1983, 1999), (200, 400), 15),
    InventedSet("timeml_blind20", "blind20.json", 12, (1998, 2025), (200, 400), 15),
    InventedSet("timeml_blind21", "blind21.json", 12, (1988, 2026), (200, 400), 15),
    InventedSet("timeml_blind22", "blind22.json", 12, (1992, 2026), (200, 400), 15),
    InventedSet("timeml_blind23", "blind23.json", 12, (1993, 2025), (200, 400), 15),
    InventedSet("timeml_blind24", "blind24.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind25", "blind25.json", 12, (1995, 2026), (200, 400), 15),
    InventedSet("timeml_blind26", "blind26.json", 12, (1988, 2026), (200, 400), 15),
    InventedSet("timeml_blind27", "blind27.json", 12, (1992, 2026), (200, 400), 15),
    InventedSet("timeml_blind28", "blind28.json", 12, (1991, 2026), (150, 400), 15),
    InventedSet("timeml_blind29", "blind29.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind30", "blind30.json", 12, (2008, 2026), (200, 400), 15),
    InventedSet("timeml_blind31", "blind31.json", 12, (2020, 2026), (200, 400), 15),
    InventedSet("timeml_blind32", "blind32.json", 12, (2000, 2019), (200, 400), 15),
    InventedSet("timeml_blind33", "blind33.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind34", "blind34.json", 12, (1995, 2026), (200, 400), 15),
    InventedSet("timeml_blind35", "blind35.json", 12, (1988, 2026), (200, 400), 15),
    InventedSet("timeml_blind37", "blind37.json", 12, (1996, 2026), (200, 400), 15),
    InventedSet("timeml_blind38", "blind38.json", 12, (1991, 2025), (200, 400), 15),
    InventedSet("timeml_blind39", "blind39.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind40", "blind40.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind41", "blind41.json", 12, (1997, 2025), (200, 400), 15),
    InventedSet("timeml_blind42", "blind42.json", 12, (1998, 2025), (200, 400), 15),
    InventedSet("timeml_blind43", "blind43.json", 12, (1996, 2006), (200, 400), 15),
    InventedSet("timeml_blind44", "blind44.json", 12, (2008, 2026), (200, 400), 15),
    InventedSet("timeml_blind45", "blind45.json", 12, (2000, 2026), (200, 400), 15),
    InventedSet("timeml_blind46", "blind46.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind47", "blind47.json", 12, (2007, 2016), (200, 400), 15),
    InventedSet("timeml_blind48", "blind48.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind49", "blind49.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind50", "blind50.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind51", "blind51.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind52", "blind52.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind53", "blind53.json", 12, (2010, 2026), (200, 400), 15),
    InventedSet("timeml_blind54", "blind54.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind55", "blind55.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind56", "blind56.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind57", "blind57.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind58", "blind58.json", 12, (1991, 2025), (200, 400), 15),
    InventedSet("timeml_blind59", "blind59.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind60", "blind60.json", 12, (1989, 2026), (200, 400), 15),
    InventedSet("timeml_blind61", "blind61.json", 12, (1986, 2026), (200, 400), 15),
    InventedSet("timeml_blind62", "blind62.json", 12, (1991, 2025), (200, 400), 15),
    InventedSet("timeml_blind63", "blind63.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind64", "blind64.json", 12, (1950, 1985), (200, 400), 15),
    InventedSet("timeml_blind65", "blind65.json", 12, (1996, 2026), (200, 400), 15),
    InventedSet("timeml_blind66", "blind66.json", 12, (1900, 1949), (200, 400), 15),
    InventedSet("timeml_blind67", "blind67.json", 12, (1998, 2026), (200, 400), 15),
    InventedSet("timeml_blind68", "blind68.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind69", "blind69.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind70", "blind70.json", 12, (1992, 2026), (200, 400), 15),
    InventedSet("timeml_blind71", "blind71.json", 12, (2000, 2026), (200, 400), 15),
    InventedSet("timeml_blind72", "blind72.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind73", "blind73.json", 12, (1995, 2026), (200, 400), 15),
    InventedSet("timeml_blind74", "blind74.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind75", "blind75.json", 12, (1997, 2026), (200, 400), 15),
    InventedSet("timeml_blind76", "blind76.json", 12, (1998, 2026), (200, 400), 15),
    InventedSet("timeml_blind77", "blind77.json", 12, (2005, 2026), (200, 400), 15),
    InventedSet("timeml_blind78", "blind78.json", 12, (2008, 2026), (200, 400), 15),
    InventedSet("timeml_blind79", "blind79.json", 12, (2009, 2026), (200, 400), 15),
    InventedSet("timeml_blind80", "blind80.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind81", "blind81.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind82", "blind82.json", 12, (2009, 2026), (200, 400), 15),
    InventedSet("timeml_blind83", "blind83.json", 12, (1988, 2026), (200, 400), 15),
    InventedSet("timeml_blind84", "blind84.json", 12, (2004, 2026), (200, 400), 15),
    InventedSet("timeml_blind85", "blind85.json", 12, (1979, 2026), (200, 400), 15),
    InventedSet("timeml_blind86", "blind86.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind87", "blind87.json", 12, (1992, 2026), (200, 400), 15),
    InventedSet("timeml_blind88", "blind88.json", 12, (1995, 2026), (200, 400), 15),
    InventedSet("timeml_blind89", "blind89.json", 12, (2003, 2026), (200, 400), 15),
    InventedSet("timeml_blind90", "blind90.json", 12, (1997, 2026), (200, 400), 15),
    InventedSet("timeml_blind91", "blind91.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind92", "blind92.json", 12, (2001, 2026), (200, 400), 15),
    InventedSet("timeml_blind93", "blind93.json", 12, (2000, 2026), (200, 400), 15),
    InventedSet("timeml_blind94", "blind94.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind95", "blind95.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind96", "blind96.json", 12, (2003, 2026), (200, 400), 15),
    InventedSet("timeml_blind97", "blind97.json", 12, (2006, 2026), (200, 400), 15),
    InventedSet("timeml_blind98", "blind98.json", 12, (1986, 2026), (200, 400), 15),
    InventedSet("timeml_blind99", "blind99.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind100", "blind100.json", 12, (1993, 2026), (200, 400), 15),
    InventedSet("timeml_blind101", "blind101.json", 12, (2002, 2026), (200, 400), 15),
    InventedSet("timeml_blind102", "blind102.json", 12, (1996, 2026), (200, 400), 15),
    InventedSet("timeml_blind103", "blind103.json", 12, (2003, 2026), (200, 400), 15),
    InventedSet("timeml_blind104", "blind104.json", 12, (2008, 2025), (200, 400), 15),
    InventedSet("timeml_blind105", "blind105.json", 12, (1996, 1999), (200, 400), 15),
    InventedSet("timeml_blind106", "blind106.json", 12, (2010, 2026), (200, 400), 15),
    InventedSet("timeml_blind107", "blind107.json", 12, (1994, 2012), (200, 400), 15),
    InventedSet("timeml_blind108", "blind108.json", 12, (2002, 2026), (200, 400), 15),
    InventedSet("timeml_blind109", "blind109.json", 12, (1987, 1993), (200, 400), 15),
    InventedSet("timeml_blind110", "blind110.json", 12, (1990, 2026), (200, 400), 15),
    InventedSet("timeml_blind111", "blind111.json", 12, (1994, 2025), (200, 400), 15),
    InventedSet("timeml_blind112", "blind112.json", 12, (1998, 2026), (200, 400), 15),
    InventedSet("timeml_blind113", "blind113.json", 12, (2012, 2026), (200, 400), 15),
    InventedSet("timeml_blind114", "blind114.json", 12, (1989, 2026), (200, 400), 15),
    InventedSet("timeml_blind115", "blind115.json", 12, (1991, 2026), (200, 400), 15),
    InventedSet("timeml_blind116", "blind116.json", 12, (1995, 2025), (200, 400), 15),
    InventedSet("timeml_blind117", "blind117.json", 12, (1996, 2026), (200, 400), 15),
    InventedSet("timeml_blind118", "blind118.json", 12, (1999, 2026), (200, 400), 15),
    InventedSet("timeml_blind119", "blind119.json", 12, (2000, 2011), (200, 400), 15),
    InventedSet("timeml_blind120", "blind120.json", 12, (2012, 2026), (200, 400), 15),
    InventedSet("timeml_blind121", "blind121.json", 12, (2003, 2025), (200, 400), 15),
    InventedSet("timeml_blind122", "blind122.json", 12, (2012, 2015), (200, 400), 15),
    InventedSet("timeml_blind123", "blind123.json", 12, (1996, 2025), (200, 400), 15),
    InventedSet("timeml_blind124", "blind124.json", 12, (2005, 2013), (200, 400), 15),
    InventedSet("timeml_blind125", "blind125.json", 12, (2016, 2019), (200, 400), 15),
    InventedSet("timeml_blind126", "blind126.json", 12, (1991, 2025), (200, 400), 15),
    InventedSet("timeml_blind127", "blind127.json", 12, (2001, 2026), (200, 400), 15),
    InventedSet("timeml_blind128", "blind128.json", 12, (1996, 2025), (200, 400), 15),
    InventedSet("timeml_blind129", "blind129.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind130", "blind130.json", 12, (1995, 2026), (200, 400), 15),
    InventedSet("timeml_blind131", "blind131.json", 12, (1994, 2026), (200, 400), 15),
    InventedSet("timeml_blind132", "blind132.json", 12, (1991, 2025), (200, 400), 15),
    InventedSet("timeml_blind133", "blind133.json", 12, (1995, 2025), (200, 400), 15),
    InventedSet("timeml_blind134", "blind134.json", 12, (1991, 2026), (300, 450), 15),
    InventedSet("timeml_blind135", "blind135.json", 12, (1993, 2026), (350, 500), 15),
    InventedSet("timeml_blind136", "blind136.json", 12, (1992, 2026), (300, 450), 15),
    InventedSet("timeml_blind137", "blind137.json", 12, (2021, 2026), (300, 450), 15),
    InventedSet("timeml_blind138", "blind138.json", 12, (1992, 2026), (300, 450), 15),
    InventedSet("timeml_blind139", "blind139.json", 12, (1993, 2026), (280, 400), 15),
    InventedSet("timeml_blind140", "blind140.json", 12, (1995, 2026), (250, 400), 15),
    InventedSet("timeml_blind141", "blind141.json", 12, (1996, 2026), (250, 400), 15),
    InventedSet("timeml_blind142", "blind142.json", 12, (1991, 2026), (250, 400), 15),
    InventedSet("timeml_blind143", "blind143.json", 12, (1994, 2026), (300, 480), 15),
    InventedSet("timeml_blind144", "blind144.json", 12, (2006, 2020), (300, 450), 15),
    InventedSet("timeml_blind145", "blind145.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind146", "blind146.json", 12, (1992, 2026), (300, 480), 15),
    InventedSet("timeml_blind147", "blind147.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind148", "blind148.json", 12, (2005, 2026), (300, 480), 15),
    InventedSet("timeml_blind149", "blind149.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind150", "blind150.json", 12, (1993, 2026), (280, 480), 15),
    InventedSet("timeml_blind151", "blind151.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind152", "blind152.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind153", "blind153.json", 12, (1993, 2026), (280, 480), 15),
    InventedSet("timeml_blind154", "blind154.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind155", "blind155.json", 12, (1992, 2026), (280, 480), 15),
    InventedSet("timeml_blind156", "blind156.json", 12, (1991, 2026), (300, 480), 15),
    InventedSet("timeml_blind157", "blind157.json", 12, (1992, 2026), (260, 480), 15),
    InventedSet("timeml_blind159", "blind159.json", 12, (1992, 2026), (320, 460), 15),
    InventedSet("timeml_blind160", "blind160.json", 12, (1992, 2026), (250, 400), 15),
    InventedSet("timeml_blind158", "blind158.json", 12, (1992, 2026), (270, 410), 15),
    InventedSet("timeml_blind161", "blind161.json", 12, (1992, 2026), (310, 400), 15),
    InventedSet("timeml_blind162", "blind162.json", 12, (1992, 2026), (350, 500), 15),
    InventedSet("timeml_blind163", "blind163.json", 12, (1992, 2026), (260, 370), 15),
]


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import tbaq
    finally:
        sys.path.remove(str(REPO / "bench"))
    return tbaq


@pytest.fixture(scope="module", params=SETS, ids=[s.folder for s in SETS])
def corpus(request, bench):
    spec = request.param
    return spec, bench.load_corpus(REPO / "fixtures" / spec.folder)


def test_the_set_is_well_formed(corpus):
    spec, docs = corpus
    assert len(docs) == spec.documents
    for d in docs:
        assert d.dct is not None, f"{d.name}: no DCT"
        assert spec.years[0] <= d.dct.year <= spec.years[1], (d.name, d.dct)
        assert spec.words[0] <= len(d.text.split()) <= spec.words[1], f"{d.name}: {len(d.text.split())} words"
        assert len(d.timexes) >= spec.min_timexes, d.name
        tids = [t.tid for t in d.timexes]
        assert len(set(tids)) == len(tids), d.name
        for t in d.timexes:
            assert d.text[t.start:t.end] == t.text, (d.name, t.tid)
            assert t.type in TYPES and t.value, (d.name, t.tid, t.type, t.value)
            assert t.text == t.text.strip() and not t.text.lower().startswith(LEADING_PREPOSITIONS), \
                (d.name, t.text)
            # ISO 8601: hours and seconds sit after the "T" (PT3H, PTXH), never "P3H"
            assert not re.fullmatch(r"P[0-9X.]+[HS]", t.value), (d.name, t.text, t.value)


def test_ingest_reads_the_set_as_the_scorer_does(corpus):
    """`timeline tag` on the .tml files themselves must see the text and DCT the scorer's gold refers to."""
    from timeline.ingest import read_documents
    from timeline.model import Document
    _, docs = corpus
    read = [d for d in read_documents([str(d.path) for d in docs]) if isinstance(d, Document)]
    assert [(d.text, d.published, d.published_source) for d in read] == \
        [(d.text, d.dct, "timeml-dct") for d in docs]


def test_scores_do_not_drop_below_the_pinned_floor(bench, corpus):
    spec, docs = corpus
    scores = bench.score_all(docs, bench.run_resolver(docs)).scores()
    pinned = json.loads((REPO / "bench" / "baselines" / spec.baseline).read_text(encoding="utf-8"))
    assert scores["gold"] == pinned["gold"], f"the gold changed: re-pin bench/baselines/{spec.baseline}"
    for metric in ("value", "relaxed"):
        assert scores[metric]["F1"] >= pinned[metric]["F1"] - 0.005, \
            f"{metric} F1 fell to {scores[metric]['F1']} (floor {pinned[metric]['F1']})"
