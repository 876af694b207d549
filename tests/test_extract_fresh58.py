"""Rules written in the session that brought data/dev/fresh58 to fresh61, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_named_party_that_reveals_a_figure_is_its_source(nlp: Language) -> None:
    text = (  # fresh54 colombia-12, spainsnews.com
        "The FARC party revealed on Tuesday that 214 former guerrillas have been assassinated since the signing of "
        "the peace agreement with the Colombian government in November 2016, a figure higher than the 200 they had "
        "handled until the beginning of the month.\n"
    )
    claim = _claim(claims_of(nlp, text), "214")
    assert (claim.value, claim.counts, claim.said_by) == (214, "killed", "FARC party")


def test_a_tally_the_clause_is_based_on_sources_it(nlp: Language) -> None:
    text = (  # fresh56 myanmar-01, Reuters copy on jordannews.jo, hard-wrapped as stored
        'State television said security forces used "riot\n'
        'weapons" to disperse a crowd of "violent terrorist people" who\n'
        "were destroying a pavement and one man was wounded.\n"
        "Two people were also killed in shooting in the central town\n"
        "of Myingyan, student leader Moe Myint Hein told Reuters.\n"
        "Based on a tally by the Assistance Association for Political\n"
        "Prisoners advocacy group, 464 civilians have been killed so far.\n"
    )
    claim = _claim(claims_of(nlp, text), "464")
    assert (claim.value, claim.counts, claim.said_by) == (
        464,
        "killed",
        "Assistance Association for Political Prisoners",
    )


def test_what_a_speaker_drew_on_is_not_the_source(nlp: Language) -> None:
    text = (  # fresh2 kurdistan24-sinjar-six (the sentence), fresh12 crowds-05 (the estimate)
        "Khayri Ali said the six graves may contain about 100 bodies based on survivors' accounts.\n\n"
        "The groups said the estimate was based on information from hospital, cemeteries, witnesses at the stadium, "
        "families of victims, mosques, churches and the local media. More than 50 others are still missing, it said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "100 bodies").said_by == "Khayri Ali"
    assert _claim(claims, "50 others").said_by != "hospital"


def test_who_condemns_the_killing_of_a_number_states_it(nlp: Language) -> None:
    text = (  # fresh56 myanmar-03, Europa Press; fresh55 sudan-11, WHO
        "The Burmese government in exile has denounced the death of eleven civilians in a massacre committed by the "
        "military in the Sagaing region.\n\n"
        "WHO Director-General Tedros, Adhanom Ghebreyesus, condemned the killing of over 460 patients and companions "
        "at the Saudi Maternity Hospital in El Fasher, during recent attacks.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "eleven").said_by.startswith("Burmese government")
    patients = _claim(claims, "460")
    assert (patients.value, patients.qualifier) == (460, "moreThan")
    assert patients.said_by.endswith("Adhanom Ghebreyesus")  # (the page puts a comma inside his name)


def test_who_condemns_a_crackdown_does_not_state_the_toll_that_comes_with_it(nlp: Language) -> None:
    text = (  # fresh11 protests-01, swissinfo.ch
        "The UN High Commissioner for Human Rights on Tuesday condemned Iran’s increasingly harsh crackdown on "
        "anti-government protests, with hundreds of people killed and thousands detained by security forces in the "
        "past two months.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "hundreds").said_by == "reporter"


def test_monitoring_by_a_body_reports_for_it(nlp: Language) -> None:
    text = (  # fresh54 colombia-10, Latin American Post
        "However, monitoring by the Institute for Development and Peace Studies (Indepaz) reported the murder of 82 "
        "defenders in the first half of the year.\n"
    )
    claim = _claim(claims_of(nlp, text), "82")
    assert (claim.value, claim.counts, claim.said_by) == (82, "killed", "Institute for Development and Peace Studies")


def test_what_a_named_group_is_comes_off_its_name_after_a_country_possessive(nlp: Language) -> None:
    text = (  # fresh3 world-06, Xinhua
        "Germany's Sea-Watch International group showed the boats' geolocation on its official Twitter account.\n\n"
        "Sea-Watch presumed that the lost boat was carrying 85 people.\n"
    )
    claim = _claim(claims_of(nlp, text), "85")
    assert claim.said_by == "Germany's Sea-Watch International"


def test_an_outlet_named_in_an_agency_s_lead_speaks_through_the_agency(nlp: Language) -> None:
    text = (  # fresh58 lebanon-02, apsradionews.com carrying dpa
        "Beirut (dpa)— At least six people have been killed in an Israeli airstrike on the southern Lebanese town "
        "of Nabatieh, the state news agency NNA reported on Friday.\n"
    )
    claim = _claim(claims_of(nlp, text), "six people")
    assert (claim.said_by, claim.via) == ("NNA", ["dpa"])


def test_he_is_the_unnamed_officer_who_spoke_last(nlp: Language) -> None:
    text = (  # fresh60 afghanistan-11, banglanews24.com
        "The suicide bomber set off the blast from the back of a motorbike rickshaw near the town of Mir Ali in "
        "Khyber Pakhtunkhwa province, a local police officer told AFP on Saturday, on condition of anonymity.\n\n"
        "Four police officers were killed alongside two members of a state paramilitary force and two civilians in "
        "the attack near the border with Afghanistan, he said.\n"
    )
    claim = _claim(claims_of(nlp, text), "Four police officers")
    assert (claim.said_by, claim.via) == ("local police officer", ["AFP"])


def test_he_is_the_person_last_named_even_where_the_parser_saw_no_person(nlp: Language) -> None:
    text = (  # fresh26 insurgency-03, Manila Shimbun (DMS)
        "Brig. Gen. Cirilito Sobejana, Armed Forces of the Philippines (AFP) Joint Task Force (JTF) Sulu commander, "
        "said troops from the 21st Infantry Battalion encountered around 70 Abu Sayyaf members.\n\n"
        "Sobejana said troops were conducting security operation to rescue kidnap victims.\n\n"
        "“The clash resulted in seven soldiers wounded and a number of Abu Sayyaf members were believed to be "
        "wounded as several bloodstains are seen along the Abu Sayyaf's withdrawal route,” he added.\n"
    )
    assert _claim(claims_of(nlp, text), "seven soldiers").said_by == "Cirilito Sobejana"


def test_officials_who_claim_remains_were_found_are_their_source(nlp: Language) -> None:
    text = (  # fresh59 iraq-06, IBTimes
        "Iraqi government officials claim the remains of 164 people massacred by the Islamic State (Isis) have been "
        "found in Tikrit, north of Baghdad.\n"
    )
    claim = _claim(claims_of(nlp, text), "164")
    assert (claim.counts, claim.said_by) == ("remains-found", "Iraqi government officials")


def test_as_per_the_account_of_the_authorities(nlp: Language) -> None:
    text = (  # fresh60 afghanistan-12, KabulNow
        "As per account of the Afghan authorities, the commando forces have released a total of 164 people, "
        "including military and civilian personnel, from Taliban-run detention centers since January 13.\n"
    )
    claim = _claim(claims_of(nlp, text), "164")
    assert (claim.counts, claim.said_by) == ("released", "Afghan authorities")


def test_who_fears_that_a_number_died_states_it_but_feared_dead_names_nobody(nlp: Language) -> None:
    text = (  # fresh59 iraq-02, Rudaw; fresh45 industrial-12, Arab News
        "Authorities fear that at least 1,000 Yezidis, mostly men, were executed by the militants in the early days "
        "of the attacks as the city of Shingal fell to ISIS.\n\n"
        "Many feared dead in US fertilizer plant blastHOUSTON: A massive blast ripped through a fertilizer plant in "
        "Texas, killing many people and injuring hundreds of others as buildings were destroyed.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "1,000").said_by == "Authorities"
    assert _claim(claims, "hundreds").said_by == "reporter"


def test_who_speaks_of_a_number_states_it_and_only_it(nlp: Language) -> None:
    text = (  # fresh med-shipwreck-siasat (IOM via AFP); fresh46 tsunamis-10, NBC News
        "“The survivors who talked to our teams when they landed at Porto Empedocle (Sicily) spoke of 100 missing "
        "people who were stuck in the hull,” IOM spokesman in Italy Flavio Di Giacomo told AFP today.\n\n"
        "Terrified survivors in Tacloban, a city of about 220,000 in the central Philippines, spoke Saturday of "
        "storm surge waves as high as trees.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "100 missing").said_by == "survivors"
    assert _claim(claims, "220,000").said_by == "reporter"


def test_reporters_spoken_to_relay_nothing(nlp: Language) -> None:
    text = (  # fresh30 volcanoes-08
        "“Give us time to identify the bodies in the morgue; don’t take them away as unidentified,” Ascn said, "
        "speaking to reporters two days after the eruption that Guatemalan authorities say left at least 72 dead.\n"
    )
    claim = _claim(claims_of(nlp, text), "72")
    assert claim.said_by == "Guatemalan authorities"
    assert "reporters" not in claim.via


def test_an_agency_told_is_named_by_its_name_not_its_description(nlp: Language) -> None:
    text = (  # fresh58 syria-12, CBS News
        "Earlier, a Syrian military source told Syrian state news agency SANA that four Syrian soldiers were killed "
        "and three others wounded in the Israeli strike.\n"
    )
    claim = _claim(claims_of(nlp, text), "four Syrian soldiers")
    assert (claim.said_by, claim.via) == ("Syrian military source", ["SANA"])


def test_according_to_research_from_a_body(nlp: Language) -> None:
    text = (  # fresh36 drought-08, IOM
        "At least 3,334 families remain displaced as a result of drought conditions which reached record levels "
        "this summer in Baaj and Hatra districts of Nineveh province and across five further governorates in the "
        "south of Iraq, according to research from the International Organization for Migration (IOM)’s "
        "Displacement Tracking Matrix (DTM) in Iraq.\n"
    )
    claim = _claim(claims_of(nlp, text), "3,334")
    assert (claim.counts, claim.said_by) == ("displaced", "International Organization for Migration")
