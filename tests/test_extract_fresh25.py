"""Rules written after the blind set data/dev/fresh25 was scored on arrival, each on real text from it
(chemical attacks; police killings and deaths in custody)."""

from __future__ import annotations

from spacy.language import Language

from .conftest import claims_of


def test_a_cue_of_the_clause_of_those_counted_wins_over_what_it_says(nlp: Language) -> None:
    text = (  # extrajudicial-02 (Bangladesh Chronicle carrying BenarNews)
        "Bangladeshi police have shot dead at least 112 suspected dealers since the middle of May in an all-out war "
        "on drugs, the nation’s home minister said Tuesday, the day a dozen suspects died in alleged gunfights "
        "during anti-narcotics operations."
    )
    assert [(c.value, c.counts) for c in claims_of(nlp, text)] == [(112, "killed"), (12, "killed")]


def test_a_surname_with_a_hyphen_is_one_name(nlp: Language) -> None:
    text = (  # extrajudicial-05 (olisa.tv)
        "Lagos State Governor Babajide Sanwo-Olu has said that about 25 people were wounded, adding that the "
        "authorities were investigating the death of one man."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Babajide Sanwo-Olu"}
    # a hyphenated given name stays in pieces, which the tagger reads better (tune displacement-04)
    doc = nlp("quoting the deputy health minister, Mohammad-Esmail Akbari, as saying")
    assert "Mohammad-Esmail" not in [t.text for t in doc]


def test_reports_citing_a_body_relay_it(nlp: Language) -> None:
    text = (  # chemical-02 (Voice of People Today)
        "Reports citing the Idlib Health Directorate, however, say that up to 100 people could be dead from the gas "
        "attack, and another 400 are injured."
    )
    got = [(c.value, c.said_by, c.via) for c in claims_of(nlp, text)]
    assert got == [(100, "Idlib Health Directorate", ["Reports"]), (400, "Idlib Health Directorate", ["Reports"])]


def test_the_report_of_the_body_and_a_turn_of_phrase(nlp: Language) -> None:
    text = (  # extrajudicial-06 (La Prensa Latina carrying EFE)
        "The Cristosal humanitarian organization presented the figures in a report made public on Monday.\n\n"
        "Attorney Zaira Navas said the deaths that occurred inside the penal centers, that is to say in state "
        "custody, have been verified.\n\n"
        "Of the 139 people who died in state custody during that period, according to the report, four were women."
    )
    assert {c.said_by for c in claims_of(nlp, text)} == {"Cristosal"}


def test_paragraphs_glued_without_a_space_do_not_carry_a_speaker(nlp: Language) -> None:
    text = (  # extrajudicial-04 (Tempo carrying Al Arabiya): a scraped page that ran its paragraphs together
        "Rio de Janeiro Governor Claudio Castro had earlier reported around 60 deaths, though he warned the toll "
        "could rise as more bodies were brought to the morgue.The large-scale operation involved about 2,500 police "
        "officers. Four officers were also killed in the clashes."
    )
    got = [(c.value, c.said_by) for c in claims_of(nlp, text)]
    assert got == [(60, "Claudio Castro"), (2500, "reporter"), (4, "reporter")]
