"""Rules written after the blind set data/dev/fresh11 was scored on arrival, each on a real sentence from it
(protest crackdowns; poisonings, Ebola, a hospital fire, a prison fire, famine)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_cases_of_a_disease_are_people_who_fell_ill(nlp: Language) -> None:
    text = (  # outbreaks-03 (The Guardian)
        "The World Health Organisation said on Wednesday that 5,160 people had died of Ebola in eight countries "
        "out of 14,098 cases of infection.\n\n"
        "The toll has risen from 4,960 deaths and 13,268 cases on Friday.\n\n"
        "The WHO said 2,836 deaths had been recorded in Liberia, out of a total of 6,822 cases.\n\n"
        "Nigeria had eight deaths and 20 cases, while Senegal had one case and no deaths."
    )
    got = [(c.value, c.counts, c.status) for c in claims_of(nlp, text)]
    assert got == [
        (5160, "killed", "claim"),
        (14098, "other:cases", "claim"),
        # all the "from" lists were replaced
        (4960, "killed", "superseded"),
        (13268, "other:cases", "superseded"),
        # the article names the disease, though this sentence does not
        (2836, "killed", "claim"),
        (6822, "other:cases", "claim"),
        (8, "killed", "claim"),
        (20, "other:cases", "claim"),
        # one category, whatever the number
        (1, "other:cases", "claim"),
    ]


def test_cases_that_are_not_of_a_disease(nlp: Language) -> None:
    text = (  # protests-02 (ommcomnews carrying IANS and Xinhua): investigations are no people
        "Melgar is under investigation for violent acts, the statement said. The Attorney General's Office added "
        "that it has opened eight investigations into the deaths to determine responsibility. There are 17 cases "
        "against the protesters."
    )
    assert claims_of(nlp, text) == []
    text = (  # floods-06 (fresh8, Asian Voice), an article that names the National Centre for Disease Control
        "Madhya Pradesh and Chhattisgarh reported 14 and 15 deaths, respectively, suspected to have been caused by "
        "heat, while Jharkhand reported 12 such cases.\n\n"
        "Meanwhile, a health ministry official explained how the ministry collates data on heat deaths. “The "
        "National Centre for Disease Control (NCDC) has laid out guidelines for declaring deaths due to heat."
    )
    # "such cases" are as many more of what was counted before them
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [(14, "killed"), (15, "killed"), (12, "killed")]


def test_an_outlet_that_quoted_someone_as_saying_relays_them(nlp: Language) -> None:
    text = (  # outbreaks-05 (china.org.cn); the parser reads "quoted officials" as one phrase
        "At least 356 died and dozens more were injured after a fire swept through a central Honduras prison "
        "Tuesday night, local media quoted officials as saying Wednesday.\n"
        "There are fears the toll could climb beyond 400 as local officials continue to search for bodies in "
        "what's becoming one of the worst prison fires in the country."
    )
    got = [(c.value, c.qualifier, c.status, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [
        (356, "atLeast", "claim", "officials", ["local media"]),
        (12, "approximately", "claim", "officials", ["local media"]),
        # the quotation sources its own sentence, not the article; "climb beyond 400" is more than 400
        (400, "moreThan", "projection", "reporter", []),
    ]
    text = (  # protests-02: "the statement" is the statement of the office that issued it
        "Lima: A total of 41 civilians and one police officer have died during the ongoing nationwide protests in "
        "Peru, the Attorney General's Office said in a statement.\n"
        "In the wave of protests, especially in the southern region, 531 people were injured, including 355 "
        "civilians and 176 National Police agents, while 329 people have been arrested, Xinhua news agency quoted "
        "the statement issued late Friday as saying."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got[2:] == [
        (531, "Attorney General's Office", ["Xinhua"]),
        (355, "Attorney General's Office", ["Xinhua"]),
        (176, "Attorney General's Office", ["Xinhua"]),
        (329, "Attorney General's Office", ["Xinhua"]),
    ]


def test_a_watchdog_described_and_then_named_and_an_outlet_it_was_quoted_from(nlp: Language) -> None:
    text = (  # protests-03 (MINA)
        "The civil society watchdog for political prisoners in Myanmar reports that as many as 570 people have "
        "died since the military coup on February 1, 2021.\n"
        "In its report Tuesday morning, the Assistance Association for Political Prisoners (AAPP) in Myanmar said "
        "that an additional six people died following the violence that occurred in Myanmar.\n"
        "Five people were killed the previous day and recorded today, said AAPP in a written statement issued at "
        "its office in Mae Sot, Thailand, as quoted from Anadolu Agency."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    aapp = "Assistance Association for Political Prisoners"
    assert got == [(570, aapp, []), (6, aapp, []), (5, aapp, ["Anadolu Agency"])]


def test_at_risk_of_death_is_not_dead_and_an_acronym_after_its_description(nlp: Language) -> None:
    text = (  # outbreaks-06 (NTD)
        "Nearly 1.4 million children are at “imminent risk” of death in famines in Nigeria, Somalia, South Sudan "
        "and Yemen, the U.N. children’s agency UNICEF said on Tuesday (February 21)."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.value, claim.counts, claim.said_by) == (1400000, "other:at-risk", "UNICEF")


def test_the_sick_in_care_are_not_the_injured(nlp: Language) -> None:
    text = (  # outbreaks-01 (Xinhua): a poisoning; "97" is the subject of a clause of its own, not the toll
        "NEW DELHI, July 28 (Xinhua) -- At least 42 people have been killed and nearly 100 others are undergoing "
        "treatment in various hospitals after drinking toxic liquor in the western Indian state of Gujarat, "
        "officials have said.\n\n"
        '"The death toll has risen to 42 with 10 in Ahmedabad rural and 32 in Botad, while 97 have been admitted '
        'to various hospitals," senior police officer Narsimha Komar said during a press conference.'
    )
    got = [(c.value, c.counts) for c in claims_of(nlp, text)]
    assert got == [
        (42, "killed"),
        (100, "other:hospitalised"),
        (42, "killed"),
        (10, "killed"),
        (32, "killed"),
        (97, "other:hospitalised"),
    ]
    text = (  # outbreaks-04 (PTI): a hospital fire; those treated for injuries are the injured
        "Doctors at two local hospitals said 22 people were dead on arrival and more than 20 people were being "
        "treated for injuries, the Press Trust of India news agency reported."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(22, "killed"), (20, "injured")]
    text = (  # fresh6 accidents-03: a crash, no illness; those taken to hospital are still a count of their own
        "More than 160 people were taken to area hospitals, officials said."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(160, "other:hospitalised")]
