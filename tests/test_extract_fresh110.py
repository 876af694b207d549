"""Rules written in the session that brought data/dev/fresh110 onwards, each on real text."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_a_sentence_going_on_about_those_just_counted_names_their_source(nlp: Language) -> None:
    text = (  # fresh101 collapse-12 (Prilly building collapse)
        "The men’s families had been informed and were receiving psychological support, the police statement said.\n"
        "Four of those who survived were seriously injured. They and two people who were moderately injured had "
        "been taken to nearby hospitals, police said.\n"
    )
    assert _claim(claims_of(nlp, text), "Four").said_by == "police"


def test_the_rest_of_those_counted_with_their_source_after_them(nlp: Language) -> None:
    text = (  # fresh100 maritime-07 (Oryong 501 sinking, Yonhap)
        "The trawler was carrying 60 crew members, including the Russian inspector and 11 South Koreans. Thirteen "
        "others are from the Philippines with the remaining 35 from Indonesia, according to the ministry.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "60 crew members").said_by == "ministry"
    assert _claim(claims, "11 South Koreans").said_by == "ministry"


def test_others_who_report_on_their_own_do_not_source_the_sentence_before(nlp: Language) -> None:
    text = (  # fresh81 seasia-01 (Typhoon Yagi): the other regions speak of their own casualties
        "Yen Bai Province has experienced fatal landslides, resulting in 37 deaths and three people missing. Other "
        "regions, including Quang Ninh, Haiphong, and Hanoi, have also reported casualties.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "37 deaths").said_by == "reporter"
    assert _claim(claims, "three people").said_by == "reporter"


def test_a_speaker_who_announced_this_gives_the_figures_before(nlp: Language) -> None:
    text = (  # fresh107 fireworks-01 (Tultepec market explosions)
        "The death toll from the explosions that destroyed the Tultepec fireworks market in central Mexico rose to "
        "at least 36 dead and 72 wounded. The Mexican state prosecutor, Alejandro Gomez, announced this, pointing "
        "out that so far only two of the victims - a man and a 10-year-old girl - have been identified.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "36 dead").said_by == "Alejandro Gomez"
    assert _claim(claims, "72 wounded").said_by == "Alejandro Gomez"


def test_a_document_that_names_its_author_speaks_in_a_with_clause(nlp: Language) -> None:
    text = (  # fresh106 munitions-04 (Bata barracks explosions, TRT World)
        "The health ministry said that its health workers are treating the injured at the site of the tragedy.\n\n"
        "There were some discrepancies with the death toll, with TGVE reporting 20 dead, a Health Ministry tweet "
        "saying 17 were killed and the president's statement mentioning 15.\n"
    )
    claims = claims_of(nlp, text)
    tweeted = _claim(claims, "17 were killed")
    assert (tweeted.said_by, tweeted.via) == ("Health Ministry", ["Twitter"])
    assert _claim(claims, "20 dead").said_by == "TGVE"


def test_a_relative_that_is_not_what_the_sentence_before_told(nlp: Language) -> None:
    text = (  # fresh96 ecuador-11 (Latacunga prison riot, AP)
        "More than 500 inmates then began rioting, with some apparently setting mattresses on fire. The fire spread "
        "through the cellblocks, spewing clouds of smoke that asphyxiated inmates, Canal 13 television reported.\n"
    )
    assert _claim(claims_of(nlp, text), "More than 500 inmates").said_by == "reporter"


def test_the_minister_is_the_one_person_named_with_that_post(nlp: Language) -> None:
    text = (  # fresh111 balkans-11 (Croatia's missing); "Act, the minister said" names no holder
        "There are still 1,812 people who went missing in the 1991. - 1995. Homeland War and are still "
        "unaccounted-for, and the government treats it as a top-priority humanitarian issue, War Veterans' Affairs "
        "Minister Tomo Medved said at the cabinet session on Thursday.\n\n"
        "Presenting a report on the implementation of the Homeland War Missing Persons Act, the minister said that "
        "the government was committed to shedding light on the fate of the remaining missing persons.\n\n"
        "Of the 10 victims, four were identified in the Vukovar hospital on 18 April, three of whom were civilians "
        "and one a soldier, according to the minister.\n"
    )
    assert _claim(claims_of(nlp, text), "four were identified").said_by == "Tomo Medved"


def test_a_ranked_name_the_recogniser_took_for_a_body_is_a_person_he_stands_for(nlp: Language) -> None:
    text = (  # fresh111 westafrica-03 (Apiate explosion, Ghana)
        "ACP Kwesi Ofori said four victims are reported to be in critical condition at the Komfo Anokye Teaching "
        "Hospital (KATH).\n\n"
        "Homes destroyed in Apiate explosion\n\n"
        "He revealed that a total of 36 people have been admitted to various hospitals.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "four victims").said_by == "Kwesi Ofori"
    assert _claim(claims, "36 people").said_by == "Kwesi Ofori"


def test_the_name_set_off_after_a_post_and_its_place_whatever_the_recogniser_took_it_for(nlp: Language) -> None:
    text = (  # fresh110 cuba-07 (Hurricane Julia): "Wilmer Wood" was taken for an organisation
        "In Honduras, the mayor of Brus Laguna, Wilmer Wood, said that two people had drowned after their canoe "
        "capsized, swept away by the waves swollen by Julia's rains.\n"
    )
    assert _claim(claims_of(nlp, text), "two people").said_by == "Wilmer Wood"


def test_this_source_is_the_source_just_named(nlp: Language) -> None:
    text = (  # fresh110 cuba-07
        "In Guatemala, 14 people lost their lives. In the north of the country, five members of the same family "
        "were buried in the rubble of their house in an indigenous village where a landslide occurred, according to "
        "the civil protection services ( Conred).\n\n"
        "According to this source, two men are missing after being swept away by a river.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "two men").said_by == _claim(claims, "five members").said_by != "this source"


def test_a_body_named_by_its_acronym_after_what_it_is(nlp: Language) -> None:
    text = (  # fresh110 cuba-01 (Storm Eta, Honduras)
        "Eight people are listed as missing in the country, large parts of which are under water, according to the "
        "country’s emergency authority COPECO.\n"
    )
    assert _claim(claims_of(nlp, text), "Eight people").said_by == "COPECO"


def test_those_an_outbreak_sickened_are_ill_not_dead(nlp: Language) -> None:
    text = (  # fresh113 epidemics-04 (cholera in Kosti, AP)
        "The ministry said in a statement the disease killed 58 people and sickened 1,293 others between Thursday "
        "and Saturday.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "58 people").counts == "killed"
    assert _claim(claims, "1,293 others").counts == "other:sick"


def test_bodies_shifted_to_a_morgue_are_the_dead(nlp: Language) -> None:
    text = (  # fresh113 heat-03 (Karachi heatwave)
        "At least 150 bodies have been shifted to Edhi’s morgue centre in the past 24 hours in Karachi on Sunday.\n"
    )
    assert _claim(claims_of(nlp, text), "150 bodies").counts == "killed"


def test_an_unnamed_spokesperson_is_the_one_the_article_names_later(nlp: Language) -> None:
    text = (  # fresh111 westafrica-01 (Kofouno attack, Benin)
        "COTONOU, March 6 - Militants killed 15 soldiers and wounded five more at a military camp in northern Benin, "
        "an army spokesperson said on Friday, as violence spreads in the West African region.\n\n"
        "Fighters linked to al Qaeda and Islamic State have been rapidly increasing their attacks on the borderlands "
        "between Niger, Benin and Nigeria, turning remote transit corridors into active conflict zones.\n\n"
        "Al Qaeda-linked Jama'at Nusrat al‑Islam wal‑Muslimin (JNIM) claimed responsibility for the latest attack in "
        "Benin which it said took place in the northern village of Kofouno on Wednesday.\n\n"
        'The "attack resulted in the loss of 15 of our personnel and five wounded, whose lives are not in danger," '
        "Benin armed forces spokesperson Colonel James Johnson said.\n\n"
        'The army killed at least four of the "terrorists" and destroyed several of their motorcycles when they were '
        "retreating, Johnson added.\n"
    )
    assert _claim(claims_of(nlp, text), "killed 15 soldiers").said_by == "James Johnson"


def test_an_unnamed_spokesman_is_nobody_named_when_the_text_names_another(nlp: Language) -> None:
    text = (  # fresh6 mideast-03 (Misrata, Reuters): "another rebel spokesman" says there are several
        "ALGIERS (Reuters) – Western airstrikes hit positions of Libyan government forces in the rebel-held city of "
        "Misrata on Wednesday, but government snipers firing from rooftops killed 16 people, a rebel spokesman said."
        "\n\n"
        "The airstrikes temporarily silenced an artillery bombardment from forces loyal to Libyan leader Muammar "
        "Gaddafi, but later a doctor reported government forces were closing in on and firing at a local hospital "
        "struggling to help hundreds of wounded.\n\n"
        "“Government tanks are closing in on Misrata hospital and shelling the area,” said the doctor, who was "
        "briefly reached by telephone before the line died. “The situation is very serious.”\n\n"
        "The official spokesman for the rebel national council Hafiz Ghoga told a news conference in Benghazi that 16"
        " people had been killed in Misrata, Libya’s third largest city. He added that six people were killed in a "
        "bombardment by Gaddafi forces around Zintan, another town in west Libya.\n\n"
        "Abdul Basset, another rebel spokesman, said the shelling at Misrata hospital was continuing. “We fear a "
        "massacre. There are about 1,000 people in the hospital and most of them are in critical conditions, they can"
        " not move or run — many amputees among them,” he said. “There are also ten Filipino nurses who we lost "
        "contact with on Friday.”\n\n"
    )
    assert _claim(claims_of(nlp, text), "killed 16 people").said_by == "rebel spokesman"


def test_the_statement_speaks_for_whoever_issued_it(nlp: Language) -> None:
    text = (  # fresh113 epidemics-01 (measles in Madagascar, AA)
        "DAKAR (AA): Over 900 people have died due to a measles outbreak in Madagascar, the UN children’s agency "
        "UNICEF said in a statement. According to the statement issued on Friday, 76,871 people were infected by "
        "measles from Sep. 3 to Feb. 21. Among the infected people, 928 have died, a majority of whom were children."
        "\n\n“Over 2 million children were immunized in 25 districts. In February, 1.4 million children were "
        "vaccinated, with another 3.9 million more to follow in March,” the statement said.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "76,871 people").said_by == "UNICEF"
    assert _claim(claims, "2 million children").said_by == "UNICEF"


def test_a_wire_in_capitals_on_the_last_line_relays_the_story(nlp: Language) -> None:
    text = (  # fresh111 westafrica-06 (Freetown tanker explosion), its first and last lines
        "Ninety-one people were killed and more than 100 injured in Sierra Leone’s capital on Friday when a fuel "
        "tanker exploded after a collision, the central morgue and local authorities said.\n\n"
        "“My Government will do everything possible to support the affected families.”\n\n"
        "(REUTERS)\n"
    )
    assert _claim(claims_of(nlp, text), "Ninety-one").via == ["Reuters"]


def test_a_wire_in_capitals_after_the_last_sentence_relays_the_story(nlp: Language) -> None:
    text = (  # fresh111 westafrica-01 (Kofouno attack, The Straits Times), its first and last lines
        "COTONOU, March 6 - Militants killed 15 soldiers and wounded five more at a military camp in northern Benin, "
        "an army spokesperson said on Friday, as violence spreads in the West African region.\n\n"
        "Benin is scheduled to hold a presidential election next month that will mark the end of Talon's rule. "
        "REUTERS\n"
    )
    assert _claim(claims_of(nlp, text), "killed 15 soldiers").via == ["Reuters"]
