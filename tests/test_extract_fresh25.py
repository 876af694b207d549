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
