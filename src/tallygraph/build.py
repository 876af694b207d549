"""Claims + articles -> RDF: one named graph per article, IRIs derived from content.

Build never re-parses text: it reads the claims (extracted or curated) and
the article's text and metadata. The same agent name gives the same agent
node in every article, so attribution chains meet across articles.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from tallygraph.bounds import BuildOptions, graph_bounds
from tallygraph.errors import InputError
from tallygraph.extract.events import slugify
from tallygraph.lexicon import lexicon
from tallygraph.link.mapping import Mapping, apply_links, load_mapping
from tallygraph.model import REPORTER, Article, ArticleClaims, Characterisation, Claim
from tallygraph.names import same_name
from tallygraph.namespaces import ID, OA, PREFIXES, SCHEMA, TALLY, WIKIBASE
from tallygraph.textshare import shared_text_pairs

__all__ = [
    "SHARED_GRAPH",
    "BuildOptions",
    "Provenance",
    "agent_iri",
    "article_iri",
    "build_dataset",
    "graph_bounds",
    "shared_text_pairs",
]

MEASURES = {
    "killed": TALLY.Killed,
    "injured": TALLY.Injured,
    "missing": TALLY.Missing,
    "captured": TALLY.Captured,
    "released": TALLY.Released,
    "remains-found": TALLY.RemainsFound,
    "identified": TALLY.Identified,
    "displaced": TALLY.Displaced,
    "troops-deployed": TALLY.TroopsDeployed,
}
QUALIFIER_TERMS = {
    "exact": TALLY.Exact,
    "atLeast": TALLY.AtLeast,
    "moreThan": TALLY.MoreThan,
    "approximately": TALLY.Approximately,
    "nearly": TALLY.Nearly,
    "upTo": TALLY.UpTo,
    "lessThan": TALLY.LessThan,
    "range": TALLY.Range,
}
STATUS_TERMS = {
    "claim": TALLY.Asserted,
    "denied": TALLY.Denied,
    "superseded": TALLY.Superseded,
    "projection": TALLY.Projected,
}
_COLLECTIVE = {
    "figures",
    "records",
    "data",
    "statistics",
    "authorities",
    "officials",
    "sources",
    "estimates",
    "police",
}


@dataclass(frozen=True)
class Provenance:
    """Where claims came from: an extraction run (tool + model) or a person's curation."""

    kind: str  # "extraction" | "curation"
    label: str
    version: str

    @property
    def iri(self) -> URIRef:
        return ID[f"activity/{_hash(self.kind, self.label, self.version)[:16]}"]


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


SHARED_GRAPH = ID["graph/shared"]
"""Named graph of what articles share: agents, events, activities, extra measure concepts.

Each of those triples is stated once, so queries over the union of all graphs
see it once; an article graph is validated together with the shared triples
about the nodes it references.
"""


def article_iri(sha256: str) -> URIRef:
    """The article node: ``tg:article/<first 16 hex of the text hash>``."""
    return ID[f"article/{sha256[:16]}"]


def graph_iri(sha256: str) -> URIRef:
    """The article's named graph."""
    return ID[f"graph/{sha256[:16]}"]


def normal_name(name: str) -> str:
    """An agent name as a label: typographic apostrophes and spacing normalised."""
    return re.sub(r"\s+", " ", name.replace("’", "'")).strip()


def agent_iri(name: str) -> URIRef:
    """The agent node for a name, the same in every article."""
    return ID[f"agent/{slugify(normal_name(name))}"]


def _agent_kind(name: str, hint: str | None) -> URIRef:
    lex = lexicon()
    low = name.lower()
    if low in lex["platforms"] or name in lex["platforms"].values():
        return TALLY.Platform
    words = set(re.split(r"[\s()]+", low))
    if words & set(lex["outlet_words"]) or (hint or "").upper() == "OUTLET":
        return TALLY.NewsOutlet
    if (hint or "").upper() == "PERSON":
        return SCHEMA.Person
    if words & _COLLECTIVE or name[:1].islower():
        return TALLY.CollectiveSource
    return SCHEMA.Organization


def _date_literal(date: str) -> Literal | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return Literal(date, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return Literal(date, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", date):
        return Literal(date, datatype=XSD.gYear)
    return None


def _locate(article: Article, claim: Claim, index: int) -> tuple[int, int]:
    if claim.start is not None and claim.end is not None and article.text[claim.start : claim.end] == claim.quote:
        return claim.start, claim.end
    start = article.text.find(claim.quote)
    if start < 0:
        raise InputError(article.file, f"claim {index + 1}: quote not found in the article text: {claim.quote!r}")
    return start, start + len(claim.quote)


@dataclass
class _Names:
    """One label per agent and event node across the whole build."""

    agents: dict[URIRef, str]
    events: dict[URIRef, str]


def _collect_names(pairs: list[tuple[Article, ArticleClaims]]) -> _Names:
    agents: dict[URIRef, set[str]] = defaultdict(set)
    events: dict[URIRef, set[str]] = defaultdict(set)
    for article, claims in pairs:
        names = [article.publisher or claims.publisher or ""]
        names += [n for a in claims.attributions for n in (a.reporter, a.source) if n not in ("article", REPORTER)]
        names += [n for c in claims.characterisations for n in (c.said_by, *c.via)]
        for c in claims.claims:
            names += [c.said_by, *c.via]
            info = claims.events.get(c.event)
            events[ID[f"event/{slugify(c.event)}"]].add(info.label if info else c.event.replace("-", " "))
        for name in names:
            if name and name != REPORTER:
                agents[agent_iri(name)].add(normal_name(name))
    return _Names({k: sorted(v)[0] for k, v in agents.items()}, {k: sorted(v)[0] for k, v in events.items()})


def _measure_term(g: Graph, counts: str) -> URIRef:
    if counts in MEASURES:
        return MEASURES[counts]
    word = counts.split(":", 1)[1] if counts.startswith("other:") else counts
    term = ID[f"measure/other-{slugify(word)}"]
    g.add((term, RDF.type, SKOS.Concept))
    g.add((term, SKOS.inScheme, TALLY.Measures))
    g.add((term, SKOS.broader, TALLY.OtherMeasure))
    g.add((term, SKOS.notation, Literal(f"other:{word}")))
    g.add((term, SKOS.prefLabel, Literal(word.replace("-", " "), lang="en")))
    return term


class _ArticleGraph:
    """Writes one article's triples into its named graph."""

    def __init__(
        self, g: Graph, shared: Graph, article: Article, claims: ArticleClaims, names: _Names, prov: Provenance
    ) -> None:
        self.g, self.shared, self.article, self.claims, self.names, self.prov = g, shared, article, claims, names, prov
        self.node = article_iri(article.sha256)
        self.key = article.sha256[:16]
        self.publisher = article.publisher or claims.publisher

    def agent(self, name: str) -> URIRef:
        iri = agent_iri(name)
        label = self.names.agents.get(iri, normal_name(name))
        hint = self.claims.agents.get(name) or self.claims.agents.get(label)
        if (iri, RDFS.label, None) not in self.shared:
            self.shared.add((iri, RDF.type, PROV.Agent))
            self.shared.add((iri, RDF.type, _agent_kind(label, hint)))
            self.shared.add((iri, RDFS.label, Literal(label)))
        return iri

    def place(self, name: str) -> URIRef:
        """The place node for a place name, the same in every article."""
        label = normal_name(name)
        iri = ID[f"place/{slugify(label)}"]
        if (iri, RDFS.label, None) not in self.shared:
            self.shared.add((iri, RDF.type, SCHEMA.Place))
            self.shared.add((iri, RDFS.label, Literal(label)))
        return iri

    def event(self, slug: str) -> URIRef:
        iri = ID[f"event/{slugify(slug)}"]
        info = self.claims.events.get(slug)
        g = self.shared
        if (iri, RDF.type, TALLY.Event) in g:
            return iri
        g.add((iri, RDF.type, TALLY.Event))
        g.add((iri, RDFS.label, Literal(self.names.events.get(iri, slug))))
        if info is not None:
            if info.kind:
                g.add((iri, TALLY.eventKind, Literal(info.kind)))
            if info.place:
                g.add((iri, TALLY.placeName, Literal(info.place)))
                g.add((iri, SCHEMA.location, self.place(info.place)))
            if info.year and re.fullmatch(r"\d{4}", info.year):
                g.add((iri, TALLY.year, Literal(info.year, datatype=XSD.gYear)))
            if info.wikidata and re.fullmatch(r"Q\d+", info.wikidata):
                g.add(
                    (
                        iri,
                        SKOS.exactMatch,
                        URIRef(f"http://www.wikidata.org/entity/{info.wikidata}"),
                    )
                )
        return iri

    def write_article(self) -> None:
        g, a, node = self.g, self.article, self.node
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, TALLY.sha256, Literal(a.sha256)))
        g.add((node, TALLY.fileName, Literal(a.file)))
        g.add((node, SCHEMA.text, Literal(a.text)))
        if self.publisher:
            g.add((node, SCHEMA.publisher, self.agent(self.publisher)))
        date = a.date or self.claims.date
        if date and _date_literal(date) is not None:
            g.add((node, SCHEMA.datePublished, _date_literal(date)))
        if a.url or self.claims.url:
            g.add((node, SCHEMA.url, Literal(a.url or self.claims.url, datatype=XSD.anyURI)))
        if a.title or self.claims.title:
            g.add((node, SCHEMA.headline, Literal(a.title or self.claims.title)))
        act = self.prov.iri
        g = self.shared
        g.add((act, RDF.type, PROV.Activity))
        g.add(
            (
                act,
                RDF.type,
                TALLY.ExtractionRun if self.prov.kind == "extraction" else TALLY.Curation,
            )
        )
        g.add((act, RDFS.label, Literal(self.prov.label)))
        g.add((act, TALLY.softwareVersion, Literal(self.prov.version)))
        self.g.add((node, PROV.wasGeneratedBy, act))

    def chain(self, claim: Claim) -> tuple[list[URIRef], str | None]:
        """Report nodes from the first relay to the original statement, and the original agent."""
        hops = list(claim.via)
        if hops and self.publisher and same_name(hops[0], self.publisher):
            hops = hops[1:]
        origin = None if claim.said_by == REPORTER else claim.said_by
        agents = [*hops, origin] if origin else hops
        reports: list[URIRef] = []
        # Keyed by the whole chain: two tweets relayed by one platform are two reports.
        chain_key = _hash(*[normal_name(n) for n in agents])[:12]
        for k, name in enumerate(agents):
            rep = ID[f"report/{self.key}/{chain_key}/{k}-{slugify(normal_name(name))}"]
            if not reports or reports[-1] != rep:
                self.g.add((rep, RDF.type, TALLY.Report))
                self.g.add((rep, RDF.type, PROV.Entity))
                self.g.add((rep, PROV.wasAttributedTo, self.agent(name)))
                self.g.add((rep, TALLY.reportedIn, self.node))
                self.g.add(
                    (
                        rep,
                        RDFS.label,
                        Literal(f"{normal_name(name)}, as reported in {self.article.file}"),
                    )
                )
                if reports:
                    self.g.add((reports[-1], PROV.wasQuotedFrom, rep))
                reports.append(rep)
        voice = origin or (hops[-1] if hops else self.publisher)
        return reports, voice

    def attribution(self, reporter: str, source: str, cue: str) -> None:
        """Who reports, cites or quotes whom, also where no figure depends on it."""
        if not source or source == REPORTER:
            return
        rep = ID[f"report/{self.key}/attribution/{_hash(reporter, source)[:12]}"]
        g = self.g
        g.add((rep, RDF.type, TALLY.Report))
        g.add((rep, RDF.type, PROV.Entity))
        g.add((rep, PROV.wasAttributedTo, self.agent(source)))
        g.add((rep, TALLY.reportedIn, self.node))
        g.add((rep, RDFS.label, Literal(f"{normal_name(source)}, as reported in {self.article.file}")))
        if cue:
            g.add((rep, TALLY.cue, Literal(cue)))
        if reporter and reporter not in ("article", REPORTER) and not same_name(reporter, self.publisher or ""):
            relay = ID[f"report/{self.key}/attribution/{_hash(reporter, source, 'relay')[:12]}"]
            g.add((relay, RDF.type, TALLY.Report))
            g.add((relay, RDF.type, PROV.Entity))
            g.add((relay, PROV.wasAttributedTo, self.agent(reporter)))
            g.add((relay, TALLY.reportedIn, self.node))
            g.add((relay, RDFS.label, Literal(f"{normal_name(reporter)}, as reported in {self.article.file}")))
            g.add((relay, PROV.wasQuotedFrom, rep))

    def evidence(self, node: URIRef, start: int, end: int) -> None:
        """The text span that states a claim: a quote and a position in the article."""
        g, text = self.g, self.article.text
        ev = URIRef(f"{node}#evidence")
        quote, pos = URIRef(f"{node}#quote"), URIRef(f"{node}#position")
        g.add((node, TALLY.evidence, ev))
        g.add((ev, RDF.type, OA.SpecificResource))
        g.add((ev, OA.hasSource, self.node))
        g.add((ev, OA.hasSelector, quote))
        g.add((ev, OA.hasSelector, pos))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(text[start:end])))
        g.add((quote, OA.prefix, Literal(text[max(0, start - 32) : start])))
        g.add((quote, OA.suffix, Literal(text[end : end + 32])))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))

    def attribute(self, node: URIRef, said_by: str, via: list[str]) -> None:
        """Source, relay chain and voice of a claim (figure or characterisation)."""
        g = self.g
        reports, voice = self.chain(Claim("", 0, said_by=said_by, via=via))
        g.add((node, TALLY.attribution, TALLY.ReporterVoice if said_by == REPORTER else TALLY.Attributed))
        if voice:
            g.add((node, PROV.wasAttributedTo, self.agent(voice)))
        if reports:
            g.add((node, PROV.wasQuotedFrom, reports[0]))
            if said_by != REPORTER:
                g.add((node, PROV.hadPrimarySource, reports[-1]))

    def characterisation(self, c: Characterisation, index: int) -> URIRef:
        """Someone's characterising word, with its quote and source."""
        probe = Claim(c.quote, 0, start=c.start, end=c.end)
        start, end = _locate(self.article, probe, index)
        node = ID[f"characterisation/{_hash(self.key, start, end, c.term)[:16]}"]
        g = self.g
        g.add((node, RDF.type, TALLY.CharacterisationClaim))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, TALLY["term"], Literal(c.term)))
        g.add((node, TALLY.target, Literal(c.target)))
        g.add((node, TALLY.reportedIn, self.node))
        g.add((node, PROV.wasGeneratedBy, self.prov.iri))
        self.attribute(node, c.said_by, c.via)
        self.evidence(node, start, end)
        return node

    def claim(self, claim: Claim, index: int, options: BuildOptions) -> URIRef:
        g = self.g
        start, end = _locate(self.article, claim, index)
        fig = ID[f"figure/{_hash(self.key, start, end, claim.value, claim.counts)[:16]}"]
        g.add((fig, RDF.type, TALLY.CountClaim))
        g.add((fig, RDF.type, PROV.Entity))
        g.add((fig, TALLY.value, Literal(claim.value, datatype=XSD.integer)))
        low, high = graph_bounds(claim, options)
        g.add((fig, WIKIBASE.quantityLowerBound, Literal(low, datatype=XSD.integer)))
        if high is not None:
            g.add((fig, WIKIBASE.quantityUpperBound, Literal(high, datatype=XSD.integer)))
        g.add((fig, TALLY.qualifier, QUALIFIER_TERMS[claim.qualifier]))
        if claim.hedge:
            g.add((fig, TALLY.hedge, Literal(claim.hedge)))
        g.add((fig, TALLY.measure, _measure_term(self.shared, claim.counts)))
        if claim.population:
            g.add((fig, TALLY.population, Literal(claim.population)))
        g.add((fig, TALLY.about, self.event(claim.event or "unspecified-event")))
        g.add((fig, TALLY.status, STATUS_TERMS.get(claim.status, TALLY.Asserted)))
        g.add((fig, TALLY.reportedIn, self.node))
        g.add((fig, PROV.wasGeneratedBy, self.prov.iri))
        self.attribute(fig, claim.said_by, claim.via)
        self.evidence(fig, start, end)
        return fig


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)


def build_dataset(
    pairs: list[tuple[Article, ArticleClaims]],
    provenance: dict[str, Provenance],
    options: BuildOptions | None = None,
    mapping: Mapping | None = None,
) -> tuple[Dataset, list[InputError]]:
    """Every article's graph in one dataset, plus one error per article that could not be built.

    :param pairs: articles with their claims (extracted or curated).
    :param provenance: per article file, what produced its claims.
    :param mapping: reviewed Wikidata links (default: the bundled ``data/wikidata/links.yaml``).
    """
    options = options or BuildOptions()
    mapping = mapping or load_mapping()
    ds = Dataset(default_union=True)
    _bind(ds)
    names = _collect_names(pairs)
    errors: list[InputError] = []
    built: list[Article] = []
    shared = Graph()
    for article, claims in pairs:
        g, own_shared = Graph(), Graph()
        writer = _ArticleGraph(g, own_shared, article, claims, names, provenance[article.file])
        try:
            writer.write_article()
            figs = [writer.claim(c, i, options) for i, c in enumerate(claims.claims)]
            for att in claims.attributions:
                writer.attribution(att.reporter, att.source, att.cue)
            for k, ch in enumerate(claims.characterisations):
                writer.characterisation(ch, k)
        except InputError as err:
            errors.append(err)
            continue
        for triple in own_shared:
            shared.add(triple)
        by_quote = {c.quote: f for c, f in zip(claims.claims, figs, strict=True)}
        for c, f in zip(claims.claims, figs, strict=True):
            if c.part_of:
                total = by_quote.get(c.part_of) or next(
                    (t for q, t in by_quote.items() if (c.part_of in q or q in c.part_of) and t != f),
                    None,
                )
                if total is not None and total != f:
                    g.add((f, TALLY.partOf, total))
        target = ds.graph(graph_iri(article.sha256))
        for triple in g:
            target.add(triple)
        built.append(article)
    apply_links(shared, mapping)
    if len(shared):
        target = ds.graph(SHARED_GRAPH)
        for triple in shared:
            target.add(triple)
    for a, b in shared_text_pairs(built):
        for x, y in ((a, b), (b, a)):
            ds.graph(graph_iri(x.sha256)).add((article_iri(x.sha256), TALLY.sharesTextWith, article_iri(y.sha256)))
    return ds, errors
