"""Rules from the session that added fresh234 onwards, written on older sets (fresh230 to fresh233 among them, scored
on their arrival the session before) before the new sets arrived, each on a real sentence."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claim_quoting as _claim
from .conftest import claims_of


def test_he_informed_is_the_one_named_two_sentences_before(nlp: Language) -> None:
    text = (  # fresh233 brickkilns-06 (Business Recorder, on bonded labour in Sindh, 2025)
        "They appealed to authorities to provide them justice, ensure that they received their wages and "
        "appropriate action was taken against the kiln owners.\n\n"
        "Akram Khaskheli, president of Hari Welfare Association, voiced deep concern over the persistent and "
        "widespread practice of debt bondage despite enactment of the Sindh Bonded Labour Abolition Act, 2015. He "
        "said in a statement that the District Vigilance Committees established under the Act in every district had "
        "failed to play a significant role in rescuing, protecting and rehabilitating bonded labourers. Between 2013 "
        "and 2023, a total of 12,116 bonded labourers, including 4,134 children and 4,037 women, were freed from the "
        "clutches of landlords in Sindh, he informed.\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("12,116 bonded labourers", "4,134 children", "4,037 women"):
        assert _claim(claims, quote).said_by == "Akram Khaskheli"


def test_a_quotation_opened_by_a_sentence_with_no_figure_is_the_speaker_s_who_closes_it(nlp: Language) -> None:
    text = (  # fresh231 malls-10 (Al Jazeera, on the Bailey Road fire in Dhaka, 2024)
        "One survivor said people escaped by heading to the building’s roof.\n\n"
        "“I knew about the fire when it was on the first floor. We moved to the roof of the building. Around 30 "
        "people were there. After the fire was under control, fire service personnel broke into one side of the "
        "roof and rescued us,” Mohammed Siam, a survivor, said.\n"
    )
    assert _claim(claims_of(nlp, text), "30 people").said_by == "Mohammed Siam"


def test_a_post_with_its_district_in_brackets_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh233 brickkilns-01 (Mid-day, on the Haridwar brick kiln wall collapse, 2023)
        "Five labourers died on the spot while another succumbed at a private hospital in Roorkee where all the "
        "injured were taken to, SP (Rural) Swapan Kishore said.\n"
    )
    assert _claim(claims_of(nlp, text), "Five labourers").said_by == "Swapan Kishore"
    text = (  # fresh231 malls-01 (Aaj News, on the Gul Plaza fire in Karachi, 2026)
        "Speaking to the media outside Gul Plaza, Deputy Commissioner (South) Javed Khoso said that the rescue work "
        "is currently focused on the collapsed section of the building.\n\n"
        "Khoso said: “Twenty-eight bodies have been recovered so far, of which 11 have been identified, and 85 people "
        "are still listed as missing.”\n"
    )
    claims = claims_of(nlp, text)
    for quote in ("Twenty-eight bodies", "85 people"):
        assert _claim(claims, quote).said_by == "Javed Khoso"


def test_an_abbreviation_in_brackets_after_a_body_keeps_the_body(nlp: Language) -> None:
    text = "At least 12 people were killed, the Ministry of Health (MoH) said.\n"  # (the counter-case)
    assert _claim(claims_of(nlp, text), "12 people").said_by == "Ministry of Health"


def test_the_head_of_a_body_is_named_without_the_body(nlp: Language) -> None:
    text = (  # fresh231 malls-03 (Interfax-Ukraine, on the Kremenchuk shopping mall strike, 2022)
        "As of Tuesday morning, 18 people were killed and 36 went missing as a result of Russia's missile attack on a "
        "shopping mall in Kremenchuk on Monday, June 27, Head of Poltava Regional Military Administration Dmytro "
        "Lunin has said.\n"
    )
    assert _claim(claims_of(nlp, text), "18 people").said_by == "Dmytro Lunin"


def test_those_put_into_quarantine_are_counted_as_quarantined(nlp: Language) -> None:
    text = (  # fresh230 nipah-10 (The Washington Post, on Marburg in Guinea, 2021)
        "Guinea has ordered 155 people into quarantine after confirming West Africa’s first known case of the "
        "Marburg virus, a hemorrhagic fever known as Ebola’s cousin that has killed one person in the nation’s "
        "forested south.\n"
    )
    claims = claims_of(nlp, text)
    assert _claim(claims, "155 people").counts == "other:quarantined"
    assert _claim(claims, "one person").counts == "killed"
    text = (  # fresh230 nipah-09 (The Gleaner, AP copy, on Marburg in Uganda, 2014)
        "KAMPALA, (AP): A Ugandan health worker recently died of Marburg, a highly infectious disease that manifests "
        "as a viral haemorrhagic fever, Uganda's Ministry of Health confirmed yesterday as health workers moved to "
        "quarantine a total of 80 people who had been in contact with the victim.\n"
    )
    assert _claim(claims_of(nlp, text), "80 people").counts == "other:quarantined"


def test_a_hyphen_inside_a_name_does_not_end_where_the_speaker_sits(nlp: Language) -> None:
    text = (  # fresh78 gaza-08 (iReport247 News, on killings near aid sites in Gaza, 2025)
        "Medics at al-Awda Hospital in central Gaza reported that at least three people were killed and dozens "
        "wounded.\n"
    )
    assert _claim(claims_of(nlp, text), "three people").said_by == "Medics at al-Awda Hospital"


def test_a_name_on_the_line_under_the_headline_is_the_writer_not_a_signatory(nlp: Language) -> None:
    text = (  # fresh232 snipers-07 (Borger News-Herald, on the Dallas police shooting, 2016)
        "Dallas police officers targeted by sniper during protest\n\n"
        "Tom Hinde\n\n"
        "A peaceful Black Lives Matter protest march in downtown Dallas erupted into chaos around 9:00 p.m. Thursday "
        "night. Four Dallas Police officers and one Dallas Area Rapid Transit officer were killed by a lone gunman.\n\n"
        'The mayor Rawlings said it was "a heartbreaking morning" and called for unity. "We as a city, we as a '
        'country, must come together and lock arms and heal the wounds we all feel," he said.\n'
    )
    assert _claim(claims_of(nlp, text), "Four Dallas Police officers").said_by == "reporter"


def test_a_given_name_taken_for_a_body_stays_in_the_name(nlp: Language) -> None:
    text = (  # fresh144 sewers-08 (bdnews24.com, on the Akkelpur septic tank deaths, 2019)
        "The accident took place at a house in Jaffarpur village around 10:15am on Wednesday, according to Kiron Kumar "
        "Roy, chief of Akkelpur Police Station.\n\n"
        "“Six workers went down into an old septic tank of Nikhil Kumar’s house to clean the waste. They fainted "
        "after inhaling toxic gas,” said the OC.\n\n"
        "On receiving the news, the firefighters rushed to the scene and pulled out three bodies from the tank, he "
        "said.\n"
    )
    assert _claim(claims_of(nlp, text), "three bodies").said_by == "Kiron Kumar Roy"


def test_a_rank_after_a_bracketed_post_is_no_part_of_the_name(nlp: Language) -> None:
    text = (  # fresh30 avalanches-07 (DT Next, on the avalanche at Mana, 2025)
        "Six helicopters -- three of the Indian Army Aviation Corps, two of the Indian Air Force (IAF) and a civil "
        "chopper hired by the Army -- have been engaged in the operation, Army's Public Relations Officer (PRO) "
        "Lieutenant Colonel Manish Shrivastava said.\n\n"
        '"Fifty labourers have been rescued, of whom, unfortunately, four injured have been confirmed as fatal '
        'casualties, while the search for the remaining ones is underway," Lt Col Shrivastava said.\n'
    )
    assert _claim(claims_of(nlp, text), "Fifty labourers").said_by == "Manish Shrivastava"


def test_quarantine_that_nobody_is_put_in_counts_no_one_as_quarantined(nlp: Language) -> None:
    text = (  # fresh207 zoonoses-11 (CIDRAP News, on pneumonic plague in Congo)
        "Quarantine will be a challenge because the outbreak occurred in an open diamond mine with about 7,000 "
        "miners working under poor sanitary conditions, said Dr. Eric Bertherat of the WHO Alert and Response "
        "Operations program, who is leading the WHO response team.\n"
    )
    assert _claim(claims_of(nlp, text), "7,000 miners").counts != "other:quarantined"
