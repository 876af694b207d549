"""Rules written in the session that brought data/dev/fresh54 to fresh57, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_people_named_by_their_name_who_are_estimated_to_have_been_killed_or_sent_fleeing(nlp: Language) -> None:
    text = (  # fresh56 myanmar-11, mizzima.com
        "The figure is the highest estimated death toll yet of violence that erupted on August 25 and triggered a "
        "massive refugee crisis, sending some 647,000 Rohingya fleeing across the border to Bangladesh.\n\n"
        '"At least 6,700 Rohingya, in the most conservative estimations, are estimated to have been killed, '
        'including at least 730 children below the age of five," MSF said Thursday.\n'
    )
    claims = claims_of(nlp, text)
    fled = _claim(claims, "647,000")
    assert (fled.value, fled.counts, fled.qualifier) == (647000, "displaced", "approximately")
    killed = _claim(claims, "6,700 Rohingya")
    assert (killed.value, killed.counts, killed.said_by) == (6700, "killed", "MSF")


def test_a_total_and_a_figure_of_the_dead_with_no_counted_noun(nlp: Language) -> None:
    text = (  # fresh56 myanmar-07, DMG, and myanmar-06, Myanmar Now
        'As of August 18, a total of 1,006 "are now confirmed killed by this junta coup," an AAPP statement said.\n\n'
        '"AAPP’s 20 April fatality figure of 738 is not inflated," the group said.\n'
    )
    claims = claims_of(nlp, text)
    total = _claim(claims, "1,006")
    assert (total.value, total.counts, total.said_by) == (1006, "killed", "AAPP")
    figure = _claim(claims, "738")
    assert (figure.value, figure.counts) == (738, "killed")


def test_a_number_joined_to_the_noun_before_it_that_has_a_verb_of_its_own(nlp: Language) -> None:
    text = (  # fresh56 myanmar-07, DMG
        "At least 7,338 people have been arrested by security forces and 5,730 are still detained, the AAPP said "
        "of the period from February 1 to August 18.\n"
    )
    held = _claim(claims_of(nlp, text), "5,730")
    assert (held.value, held.counts, held.said_by) == (5730, "other:detained", "AAPP")


def test_no_one_is_nobody(nlp: Language) -> None:
    text = (  # fresh23 tornadoes-02, AFP copy
        "Over 200 injured people were rushed to various hospitals and clinics in Sadullahpur district. “There is "
        "hardly anyone who is not injured. No one is around to take the seriously injured persons to the hospitals "
        "or clear debris,” he said.\n"
    )
    assert [c.value for c in claims_of(nlp, text)] == [200]


def test_hard_wrapped_lines_are_one_paragraph_not_headlines(nlp: Language) -> None:
    text = (  # fresh56 myanmar-01, jordannews.jo (Reuters copy wrapped at 60-80 characters)
        "Myanmar security forces killed at least five protesters on\n"
        "Monday, three of them in the main city of Yangon, witnesses and media reported,\n"
        "as activists called on ethnic minority forces in the diverse nation to back\n"
        "their campaign against military rule.\n"
        "One man was killed earlier in another Yangon neighborhood,\n"
        "when security forces fired on protesters and a Red Cross team, witness Thiha\n"
        "Soe told Reuters.\n"
    )
    claims = claims_of(nlp, text)
    five = _claim(claims, "five protesters")
    assert (five.value, five.said_by) == (5, "witnesses and media")
    one = _claim(claims, "One man")
    # killed earlier in the day, not an earlier count
    assert (one.status, one.said_by, one.via) == ("claim", "Thiha Soe", ["Reuters"])


def test_a_rights_group_dateline_and_its_name(nlp: Language) -> None:
    text = (  # fresh56 yemen-08, a repost of a Human Rights Watch release
        "(Sanaa) – The Saudi and UAE-led coalition carried out three attacks in Yemen in late January 2022 in "
        "apparent violation of the laws of war that resulted in at least 80 apparently civilian deaths, including "
        "three children, and 156 injuries, including two children, Mwatana for Human Rights and Human Rights "
        "Watch said today.\n"
        "However Mwatana for Human Rights and Human Rights Watch found no evidence to support that claim.\n"
    )
    claims = claims_of(nlp, text)
    deaths = _claim(claims, "80 apparently")
    # the place in brackets is no wire; "However" is no part of the name
    assert (deaths.said_by, deaths.via) == ("Mwatana for Human Rights and Human Rights Watch", [])


def test_a_wire_in_brackets_opening_the_story_still_relays_it(nlp: Language) -> None:
    text = "(Reuters) - At least 12 people were killed in the attack, police said.\n"
    assert _claim(claims_of(nlp, text), "12 people").via == ["Reuters"]


def test_an_abbreviation_given_after_or(nlp: Language) -> None:
    text = (  # fresh56 yemen-04, devdiscourse (AP copy)
        "The Armed Conflict Location & Event Data Project, or ACLED, said in a new report its death toll includes "
        "more than 12,000 civilians killed in attacks targeting civilians directly.\n\n"
        "ACLED said approximately 20,000 people have been killed this year.\n"
    )
    claims = claims_of(nlp, text)
    assert {c.said_by for c in claims} == {"Armed Conflict Location & Event Data Project"}


def test_a_bare_hundred_or_thousand_keeps_its_article_and_its_hedge(nlp: Language) -> None:
    text = (  # fresh57 congo-10 (EFE) and militantclaims-01 (BBC copy)
        "More than a hundred bodies have been collected in the streets, Mario Ngavho said.\n\n"
        "Several thousand people have been killed since the insurgency began.\n"
    )
    claims = claims_of(nlp, text)
    bodies = _claim(claims, "hundred bodies")
    assert (bodies.value, bodies.qualifier, bodies.low) == (100, "moreThan", 101)
    assert bodies.quote.startswith("More than a hundred")
    several = _claim(claims, "thousand people")
    assert (several.value, several.qualifier) == (1000, "approximately")


def test_when_a_report_was_published_is_not_who_published_it(nlp: Language) -> None:
    text = (  # fresh57 militantclaims-12, 24newshd (AFP copy)
        'In a report published in January, the United Nations said IS has "between 3,000 and 5,000 fighters" '
        "across Iraq and Syria.\n"
    )
    fighters = _claim(claims_of(nlp, text), "3,000")
    assert (fighters.said_by, fighters.via) == ("United Nations", [])


def test_an_as_clause_with_its_own_object_is_no_source_of_the_sentence(nlp: Language) -> None:
    text = (  # fresh57 militantclaims-12
        "Four members of Iraq's security forces were killed Saturday in clashes with Islamic State group fighters, "
        'an official said, as authorities announced "a number" of slain jihadists in a raid.\n'
    )
    four = _claim(claims_of(nlp, text), "Four members")
    assert (four.said_by, four.via) == ("official", [])


def test_quoted_by_an_agency_after_the_verb_not_by_in_the_quote(nlp: Language) -> None:
    text = (  # fresh57 militantclaims-11, Journal du Cameroun
        "“Air strikes followed by sweeping operations between Boulkessi and Koutoukou near the Burkina-Mali "
        "border, on Monday killed 40 terrorists and destroyed 20 motorcycles,” a military source was quoted saying "
        "by the Burkina New Agency (AIB).\n"
    )
    forty = _claim(claims_of(nlp, text), "40 terrorists")
    assert (forty.said_by, forty.via) == ("military source", ["Burkina New Agency"])


def test_according_to_him_and_a_speaker_named_after_the_when_and_where(nlp: Language) -> None:
    text = (  # fresh57 congo-06, Africanews
        "The militiamen killed six people there, said Charité Banza, president of the civil society of the "
        "chiefdom of Bahema Nord.\n"
        "According to him, CODECO militiamen also killed three other people on Thursday in the village of Ng'le.\n"
        '"Too much is too much, there has been too much blood," said Tuesday in Bunia, the provincial capital, '
        "Karna Soro, head of the Ituri office of MONUSCO. “Between December 1 and today, we are at 310 dead, "
        "including 60 children,” he said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "three other people").said_by == "Charité Banza"
    assert _claim(claims, "310 dead").said_by == "Karna Soro"


def test_wire_credits_told_to_a_wire_news_closing_agencies_and_a_barred_dateline(nlp: Language) -> None:
    told = (  # fresh57 militantclaims-07, India TV (EFE copy)
        '"Twelve of them were soldiers," Amiri told Efe news, adding 12 security personnel were injured.\n'
    )
    assert _claim(claims_of(nlp, told), "12 security").via == ["EFE"]
    closing = (  # fresh57 congo-11, a24now
        "The United Nations said that the M23 rebels killed at least 131 civilians in two villages.\n\nAgencies\n"
    )
    assert _claim(claims_of(nlp, closing), "131").via == ["Agencies"]
    barred = (  # fresh57 congo-03, The Independent (Uganda)
        "United Nations | Xinhua | The armed militia group CODECO reportedly killed seven people in a displaced "
        "persons camp in the Democratic Republic of the Congo (DRC), a UN spokesman said on Thursday.\n"
    )
    assert _claim(claims_of(nlp, barred), "seven people").via == ["Xinhua"]


def test_a_participle_that_corroborates_and_a_preliminary_report(nlp: Language) -> None:
    text = (  # fresh55 ethiopia-04, Addis Standard
        "A preliminary report by the government’s own Ethiopian Human Rights Commission (EHRC) confirmed that at "
        "least 45 civilians were recently killed in extrajudicial executions in different parts of Amhara regional "
        "state’s east Gojam zone, confirming multiple media reports including by Addis Standard.\n"
    )
    killed = _claim(claims_of(nlp, text), "45 civilians")
    # a preliminary report's figure is its claim (the gold: 24 such figures, none superseded)
    assert (killed.said_by, killed.via, killed.status) == ("Ethiopian Human Rights Commission", [], "claim")


def test_a_syndicated_wire_whose_dateline_has_no_dash(nlp: Language) -> None:
    text = (  # fresh55 sudan-09, MENAFN (IANS copy)
        " date 2024-09-16 (MENAFN- IANS) Khartoum, Sep 16 (IANS) At least 40 civilians were killed in an attack by "
        "the paramilitary Rapid Support Forces (RSF) on a village in central Sudan, according to a local "
        "resistance committee.\n"
    )
    assert "IANS" in _claim(claims_of(nlp, text), "40 civilians").via


def test_assassinations_murders_and_ex_members(nlp: Language) -> None:
    text = (  # fresh54 colombia-02 (Colombia Reports), colombia-03 (France 24) and colombia-10
        "Fifty-nine community leaders and human rights defenders were assassinated in the first months of 2019.\n\n"
        "Indepaz’ figures do show a drop in murders compared to the same period in 2018 in which there were 81 "
        "assassinations.\n\n"
        '"14 ex-members of FARC were murdered," said UN secretary-general Antonio Guterres in his quarterly report.\n\n'
        "We have documented 77 murders, Juan Pappier said.\n"
    )
    claims = claims_of(nlp, text)
    assert {c.value: c.counts for c in claims} == {59: "killed", 81: "killed", 14: "killed", 77: "killed"}
    assert _claim(claims, "14 ex-members").said_by == "Antonio Guterres"


def test_places_listed_with_their_counts_in_brackets(nlp: Language) -> None:
    text = (  # fresh54 colombia-01, teleSUR
        "The killings of social leaders have also occurred in the departments of Nariño (25), Putumayo (17), Valle "
        "del Cauca (13), Norte de Santander (12), Huila (11), Cordoba (10), Choco (9), and Bolivar (7).\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.counts) for c in claims][:3] == [(25, "killed"), (17, "killed"), (13, "killed")]
    assert len(claims) == 8 and _claim(claims, "Valle del Cauca (13)").value == 13
    ages = "Mary Smith (25) and John Brown (27) were killed in the crash, police said.\n"
    assert claims_of(nlp, ages) == []  # names with their ages


def test_a_claim_trailing_the_sentence_is_the_claim_of_its_subject(nlp: Language) -> None:
    text = (  # fresh48 soldierlosses-11
        "Al-Qaeda-linked al-Shabab militants have attacked an army base near the Somali capital, claiming to have "
        "killed at least 73 soldiers.\n\n"
        "A previous FBC report cited Divisional Planning Officer West, Sitiveni Tavaga, saying that of the total "
        "fatalities, 10 people died on the Western division of the country.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "73 soldiers").said_by == "al-Shabab militants"
    assert _claim(claims, "10 people").said_by == "Sitiveni Tavaga"  # who is cited says it


def test_closing_source_lines_that_name_wires(nlp: Language) -> None:
    listed = (  # fresh26 militarybases-03, a page whose source line runs into the wires
        "Suspected jihadists killed at least 17 soldiers and four civilians in northern Mali, the army said.\n\n"
        "SourceFR24, AFP\n"
    )
    assert _claim(claims_of(nlp, listed), "17 soldiers").via == ["FR24", "AFP"]
    based = (  # fresh47 wounded-02
        "As of 18:00 on April 14, 162 people are in hospitals for in-patient treatment, the Health Ministry "
        "reported.\n\nBased on materials of BelTA\n"
    )
    assert _claim(claims_of(nlp, based), "162 people").via == ["BelTA"]


def test_platforms_named_among_other_words(nlp: Language) -> None:
    text = (  # fresh47 wounded-10, fresh49 children-07, fresh37 drownings-06
        '"Nine of those injured have been taken to medical facilities," Oleh Synehubov wrote on the Telegram '
        "messaging app.\n\n"
        "The ministry said on its official social media account that 11 children died.\n\n"
        "The fire department said on its official account on the social media site Sina Weibo that search efforts "
        "ended late Saturday and 17 people had been confirmed dead.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "Nine of those").via == ["Telegram"]
    assert _claim(claims, "11 children").via == ["social media"]
    assert _claim(claims, "17 people").via == ["Sina Weibo"]


def test_a_plural_that_undergoes_what_only_people_undergo(nlp: Language) -> None:
    text = (
        "Eight suspected pirates have been arrested, the navy said.\n\n"  # fresh28 piracy-04
        "During the campaign 9,619 offenders were arrested.\n\n"  # fresh40 roadtolls-06
        "Five corpses were recovered from the river.\n\n"  # fresh19 massacres-01 ("corpses" lemmatised "corps")
        "Poachers killed 12 elephants last year.\n\n"
        "Two avalanches in eastern Turkey have killed at least 38 people.\n\n"  # fresh30 avalanches-06
        "The 280 aid workers from 33 countries killed in 2023 was more than double the previous year's figure.\n"
    )
    claims = claims_of(nlp, text)
    # not the elephants, the avalanches that kill, nor the countries the workers came from
    assert [c.value for c in claims] == [8, 9619, 5, 38, 280]
    assert [c.counts for c in claims][:4] == ["other:arrested", "other:arrested", "remains-found", "killed"]


def test_a_last_line_cut_off_where_the_copy_stops_is_no_headline(nlp: Language) -> None:
    text = (  # fresh55 sudan-08, The National (the stored excerpt stops mid-word)
        "Dozens of bodies covered in white sheets were seen in images shared online.\n\n"
        "The conflict has killed about 150,000 people, according to some estimates, and displaced nearly nine millio\n"
    )
    toll = _claim(claims_of(nlp, text), "150,000")
    assert (toll.value, toll.qualifier, toll.said_by) == (150000, "approximately", "some estimates")


def test_half_a_million_a_displaced_population_and_a_local_body(nlp: Language) -> None:
    text = (  # fresh13 strikes-02, fresh55 sudan-01 and sudan-10
        "Zamzam refugee camp is home to at least half a million people.\n\n"
        "The study said a displaced population of 1.2 million was at risk.\n\n"
        "In Khartoum, two civilians were killed, the local Emergency Response Room said. Seventeen people were "
        "killed, local Ukrainian officials said.\n"
    )
    claims = claims_of(nlp, text)
    half = _claim(claims, "half a million")
    assert (half.value, half.qualifier, half.counts) == (500000, "atLeast", "other:population")
    assert _claim(claims, "1.2 million").counts == "displaced"
    assert _claim(claims, "two civilians").said_by == "Emergency Response Room"
    assert _claim(claims, "Seventeen").said_by == "local Ukrainian officials"  # a description keeps its words


def test_the_report_with_a_capital_is_the_report_of_the_body_before(nlp: Language) -> None:
    text = (  # fresh54 colombia-01, teleSUR
        "The Institute of Studies for Development and Peace (INDEPAZ) reported that the number of social leaders' "
        "assassinations had climbed to 251 deaths so far this year in the country.\n"
        "The Report highlighted that the indigenous people are the sector most affected by the killings while "
        "noting that 90 of the victims were Indigenous people.\n"
    )
    assert _claim(claims_of(nlp, text), "90 of the victims").said_by == "Institute of Studies for Development and Peace"


def test_a_speaker_who_gives_a_name_and_a_regime_speaking_via_its_media(nlp: Language) -> None:
    text = (  # fresh56 myanmar-01 (Reuters copy), fresh6 mideast-01, fresh56 myanmar-06 (Myanmar Now)
        '"We can confirm two were killed in our ward," said one neighborhood resident who asked to be identified '
        "as just Win.\n\n"
        "More than 200 dead had been brought to different hospitals, a Herat health department official who "
        "identified himself as Dr Danish said.\n\n"
        "The military regime said via state television and newspapers earlier this week that the count was "
        "bloated. The announcement said 258 people had been killed.\n\n"
        "She told Xinhua via mobile phone that 120 people were rescued.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two were killed").said_by == "Win"
    assert _claim(claims, "200 dead").said_by == "Danish"
    regime = _claim(claims, "258 people")
    assert (regime.said_by, regime.via) == ("military regime", ["state television and newspapers"])
    assert "mobile phone" not in _claim(claims, "120 people").via


def test_a_range_under_at_least_and_a_hedged_count_that_looks_like_a_year(nlp: Language) -> None:
    text = (  # fresh33 coldwaves-03, fresh37 hospitals-04 (WHO), fresh19 airstrikes-04
        "At least 16 to 19 people died of the extreme cold, while in their cars, during the snowstorm.\n\n"
        "More than 700 healthcare workers and patients have died, and more than 2000 have been injured in attacks "
        "on health facilities.\n\n"
        "Civilian casualties were higher than in any entire year since at least 2009.\n"
    )
    claims = claims_of(nlp, text)
    cold = _claim(claims, "16 to 19")
    assert (cold.value, cold.low, cold.high, cold.qualifier) == (16, 16, 19, "range")
    hurt = _claim(claims, "2000")
    assert (hurt.value, hurt.qualifier, hurt.counts) == (2000, "moreThan", "injured")
    assert not [c for c in claims if c.value == 2009]


def test_casualties_and_the_words_of_dying(nlp: Language) -> None:
    text = (
        "The number of casualties in the Gaza Strip has risen to 4,137, the ministry said.\n\n"  # fresh2 jordannews
        "Six people between the ages of 24 and 55 were fatally wounded.\n\n"  # fresh22 gangs-05
        "Between eight and 12 prisoners were tortured to death.\n\n"  # fresh14 prisons-05
        "85 people were martyred in the strike.\n\n"  # fresh45 schoolattacks-07
        "During an intense exchange of fire, six brave soldiers, having fought gallantly, embraced martyrdom, the "
        "army said.\n\n"  # fresh57 militantclaims-08
        "17 Boko Haram/ISWAP criminals were neutralized, the army said.\n"  # fresh48 soldierlosses-06
    )
    counts = {c.value: c.counts for c in claims_of(nlp, text)}
    assert counts == {4137: "other:casualties", 6: "killed", 8: "killed", 85: "killed", 17: "killed"}


def test_prisoners_liberated_are_released(nlp: Language) -> None:
    text = (  # fresh44 disappearances-12
        "Despite the liberation of about 4,000 civilian and military prisoners from the detention centers, there "
        "are tens of thousands whose fate is still unknown.\n"
    )
    freed = _claim(claims_of(nlp, text), "4,000")
    assert (freed.value, freed.counts) == (4000, "released")


def test_a_wire_that_credits_the_story_and_is_told_the_figure_relays_it_once(nlp: Language) -> None:
    text = (  # fresh57 congo-05, Newsmax (AP copy)
        "BENI, Congo (AP) — Gunmen kidnapped 80 people in eastern Congo, but soldiers were able to rescue 60 of "
        "them, local official Jules Ngongo told The Associated Press on Sunday.\n"
    )
    kidnapped = _claim(claims_of(nlp, text), "80 people")
    assert (kidnapped.said_by, kidnapped.via) == ("Jules Ngongo", ["AP"])


def test_years_in_a_range_and_numbered_labels_are_no_counts(nlp: Language) -> None:
    text = (  # fresh43 wildlife-02, fresh26 insurgency-03
        "As many as 1,466 elephant deaths occurred between 2015 and 2019.\n\n"
        "Police Officer 1 was killed and Police Officer 2 was injured in the ambush.\n\n"
        "Between 200 and 300 people died.\n"
    )
    assert [(c.value, c.high) for c in claims_of(nlp, text)] == [(200, 300)]


def test_a_quoted_number_and_the_object_of_a_killing(nlp: Language) -> None:
    text = (  # fresh57 congo-04 (urdupoint, AFP copy) and congo-09 (afriupdate), militantclaims-10
        'The fighting made "more than 100,000" people flee their homes, the UN said.\n\n'
        "The Kivu Security Tracker said “at least 107” bodies were discovered.\n\n"
        "The attack killed nine soldiers, killing five gendarmes as well.\n\n"
        "Rangers said poachers killed four endangered mountain gorillas.\n"
    )
    claims = claims_of(nlp, text)
    assert [(c.value, c.qualifier, c.counts) for c in claims] == [
        (100000, "moreThan", "displaced"),
        (107, "atLeast", "remains-found"),
        (9, "exact", "killed"),
        (5, "exact", "killed"),
    ]


def test_words_a_scraped_page_glued_together(nlp: Language) -> None:
    text = (  # tune missing-05 (a page that ran a quotation into the next sentence), fresh49 children-05
        "Known as “the disappeared”Almost 40,000 people in Mexico have simply vanished.\n\n"
        "The floods displaced 1291families in the district.\n"
    )
    claims = claims_of(nlp, text)
    vanished = _claim(claims, "40,000")
    assert (vanished.value, vanished.qualifier, vanished.counts) == (40000, "nearly", "missing")
    assert (_claim(claims, "1291").value, _claim(claims, "1291").counts) == (1291, "displaced")
    assert [t.text for t in nlp("on the 2nd floor of a 4x4")] == ["on", "the", "2nd", "floor", "of", "a", "4x4"]


def test_a_part_of_whom_something_else_befell(nlp: Language) -> None:
    text = (  # fresh57 congo-04 (AFP copy)
        "The attack killed two people, wounding 12 civilians, five of whom died from their wounds.\n\n"
        "Eight children were killed, two of them infants.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "five of whom").counts == "killed"
    assert _claim(claims, "two of them").counts == "killed"
