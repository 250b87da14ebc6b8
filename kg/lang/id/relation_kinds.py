"""The relation kinds of relations.toml, read once into plain lookups for the engine."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.lang.id import place_level_abbreviations, word_list
from kg.text import phrases_regex

DATA = Path(__file__).with_name("relations.toml")


@dataclass(frozen=True)
class Title:
    predicate: str
    object: str | None = None      # unit name template: "Polres {}", "Kementerian Luar Negeri {country}"
    parent: bool = False           # a post in the body named at the end of the unit
    context: bool = False          # with no unit written, the team named before
    representative: bool = False   # also representativeOf the country (a foreign minister)
    unit_type: str = "Organization"  # what the words after the title name when no mention covers them
    units: tuple[str, ...] = ()    # the row applies only to units that begin with one of these
    default: str | None = None     # the unit when none is written ("Presiden X": Indonesia)
    object_aliases: tuple[str, ...] = ()   # other names of the templated unit ("Satuan Lalu Lintas {}")
    context_heads: tuple[str, ...] = ()    # with no unit written, the last body named before with one of these heads
    foreign_object: str | None = None      # the unit when a foreign country is written ("Duta Besar Jepang": Jepang)
    context_titles: tuple[str, ...] = ()   # with no unit written, the one place the article names after these titles


def words_pattern(words, flags=re.IGNORECASE) -> re.Pattern:
    """A pattern matching any of the words at word boundaries, the longest first (also right after a
    dateline's outlet glued by a hyphen: "LIPUTANKINI.COM-Gubernur")."""
    body = phrases_regex(words, ignore_case=bool(flags & re.IGNORECASE))
    return re.compile(rf"(?:(?<![\w-])|(?<=[A-Z]-))(?:{body})(?![\w-])", flags)


def _listed_ranks() -> set[str]:
    """The ranks of kg/lang/id/ranks.txt, alone and with a word that follows a rank ("Marsda TNI")."""
    rows = [w.lower() for w in word_list("ranks")]
    after = [w.split(":", 1)[1].strip() for w in rows if w.startswith("after:")]
    ranks = [w for w in rows if not w.startswith("after:")]
    return set(ranks) | {f"{r} {a}" for r in ranks for a in after}


def _capitalised(phrase: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split())


@dataclass
class RelationKinds:
    raw: dict
    titles: dict[str, Title] = field(default_factory=dict)   # lower-cased title -> its kind
    unit_titles: dict[str, list[Title]] = field(default_factory=dict)   # ... for some units only
    unit_nouns: tuple[str, ...] = ()

    def __post_init__(self):
        acting = {w.lower() for w in self.raw["title_phrase"]["acting_abbreviations"]}
        for row in self.raw["titles"]:
            kind = Title(row["predicate"], row.get("object"), row.get("parent", False), row.get("context", False),
                         row.get("representative", False), row.get("unit_type", "Organization"), tuple(row.get("units", ())),
                         row.get("default"), tuple(row.get("object_aliases", ())), tuple(row.get("context_heads", ())),
                         row.get("foreign_object"), tuple(row.get("context_titles", ())))
            for w in row["words"]:
                first, *rest = w.lower().split()
                word = " ".join([first, *rest])
                # "Pj. Gubernur": an acting head's short form written with its full stop
                dotted = [" ".join([first + ".", *rest])] if first in acting else []
                for form in (word, *dotted):
                    if kind.units:
                        self.unit_titles.setdefault(form, []).append(kind)
                    else:
                        self.titles.setdefault(form, kind)
            self.unit_nouns += tuple(row.get("unit_nouns", ()))
        self.title_re = words_pattern(self.titles)
        self.defaulted_titles = {w for w, t in self.titles.items() if t.default}
        self.headquarters = words_pattern(self.raw["based_in"]["headquarters"])
        phrase = self.raw["title_phrase"]
        self.adjectives = {w.lower() for w in phrase["adjectives"]}
        self.name_styles = {w.lower() for w in phrase["styles"]}
        self.ordinal_re = re.compile(phrase["ordinal"], re.IGNORECASE)
        self.deputies = {w.lower() for w in phrase["deputies"]}
        self.relatives = {w.lower() for w in phrase["relatives"]}
        self.connectors = {w.lower() for w in phrase["connectors"]}
        self.ranks = {w.lower() for w in phrase["ranks"]} | _listed_ranks()
        self.split_before = words_pattern(phrase["split_before"])
        self.member_after = {w.lower() for w in phrase["member_after"]}
        self.faction_heads = tuple(f"{w} " for w in phrase["faction_heads"])
        self.subordinators = {w.lower() for w in phrase["subordinators"]}
        self.honorifics = {w.lower() for w in phrase["honorifics"]}
        self.anaphor_after_unit = re.compile(r"\s+(?:%s)\b" % "|".join(map(re.escape, phrase["anaphors_after_unit"])))
        self.former_before = {w.lower() for w in self.raw["former"]["before"]}
        self.former_after = words_pattern(self.raw["former"]["after_name"])
        self.former_period = re.compile(self.raw["former"]["period"], re.IGNORECASE)
        self.former_after_unit = {w.lower() for w in self.raw["former"]["after_unit"]}
        # (the ranks before the first holder's name are capitalised words: "dari Mayjen TNI A")
        self.handed_from = re.compile(r"\s(?:%s)\s+(?:[A-Z][\w.]*\s+){0,3}$" % "|".join(
            map(re.escape, self.raw["former"]["handed_from"])))
        self.handed_to = re.compile(r",?\s+(?:%s)\s+" % "|".join(map(re.escape, self.raw["former"]["handed_to"])))
        # (a verb link is lower case throughout: a capitalised word between is a name, not part of the link)
        self.verb_link = re.compile(r"(?-i:%s)" % self.raw["apposition"]["verb_link"])
        self.now_link = re.compile(r"\s*,?\s*(?:%s|(?:kini\s+|sekarang\s+)?%s)\s+" % ("|".join(
            map(re.escape, sorted(self.raw["former"]["now_links"], key=len, reverse=True))),
            self.verb_link.pattern), re.IGNORECASE)
        self.negation = {w.lower() for w in self.raw["negation"]["before"]}
        links = self.raw["apposition"]["links"]
        self.apposition = words_pattern(links + [f"yang {w}" for w in links if not w.startswith("yang ")])
        self.adverbs = {w.lower() for w in self.raw["apposition"]["adverbs"]}
        self.link_words = {w for link in self.raw["apposition"]["links"] for w in link.lower().split()}
        self.fronted_clause = words_pattern(self.raw["apposition"]["fronted_clauses"], 0)
        self.fronted_giver = re.compile(rf"\b(?:{'|'.join(self.raw['apposition']['fronted_givers'])})\s+$")
        self.appointer_re = words_pattern(self.raw["apposition"]["appointers"])
        self.nominal_re = re.compile(self.raw["apposition"]["nominal"])
        self.pronoun_re = words_pattern(self.raw["apposition"]["pronouns"])
        self.former_clause = words_pattern(self.raw["former"]["clause"], 0)
        self.former_list_intro = words_pattern(self.raw["former"]["list_intro"])
        self.replaced_re = words_pattern(self.raw["former"]["replaced"] + self.raw["former"]["ended"])
        self.replaced_later = {w.lower() for w in self.raw["former"]["replaced_later"]}
        self.replaced_by_re = words_pattern(self.raw["former"]["replaced_by"])
        self.seats = {w.lower() for w in self.raw["former"]["seats"]}
        self.list_goes_on = words_pattern(self.raw["former"]["list_goes_on"], 0)
        places = self.raw["places"]
        self.levels = {k.lower(): v for k, v in places["levels"].items()}
        self.abbreviated_levels = {f"{k.lower()}.": v.lower() for k, v in place_level_abbreviations().items()}
        self.levels |= {short: self.levels[full] for short, full in self.abbreviated_levels.items()}
        self.level_re = words_pattern(map(_capitalised, self.levels), 0)  # "Kecamatan Cibadak", not "kota itu"
        self.kind_levels = places["kind_levels"]
        self.abbreviations = places["abbreviations"]
        self.facilities = words_pattern(map(_capitalised, places["facilities"]), 0)
        self.facility_words = {w.lower() for w in places["facilities"]}
        self.streets = frozenset(places["streets"])
        self.rooms = words_pattern(map(_capitalised, places["rooms"]), 0)
        self.facility_tails = {w.lower() for w in places["facility_tails"]}
        self.islands = words_pattern(map(_capitalised, places["islands"]), 0)
        self.chain_links = {" ".join(x.lower().split()) or "," for x in places["links"]}
        self.inner_links = {" ".join(x.lower().split()) for x in places["inner_links"]}
        self.counted_links = {" ".join(x.lower().split()): n for x, n in places["counted_links"].items()}
        self.described_re = re.compile(rf", (?:{words_pattern(places['described_by']).pattern})(?: [a-z-]+){{0,4}} di",
                                       re.IGNORECASE)
        self.name_words = {w.lower() for w in places["name_words"]}
        self.period_words = {w.lower() for w in places["period_words"]}
        based = self.raw["based_in"]
        self.based_re = words_pattern(based["verbs"])
        self.region_prefixes = words_pattern(based["region_prefixes"])
        self.national_heads = words_pattern(based["national_heads"])
        self.located_heads = words_pattern(based["located_heads"], 0)
        self.comma_located_heads = words_pattern(based["comma_located_heads"], 0)
        self.office = {w.lower() for w in based["office"]}
        self.office_prefix_re = re.compile(rf"(?:{words_pattern(map(_capitalised, based['office_prefixes']), 0).pattern})"
                                           r"\s+(?=[A-Z])")
        self.origin_re = words_pattern(based["origin"])
        self.business_nouns = {w.lower() for w in based["business_nouns"]}
        self.adjacent_based_re = words_pattern(based["adjacent_verbs"])
        self.sites = {w.lower() for w in based["sites"]}
        self.body_nouns = {w.lower() for w in based["body_nouns"]}
        self.street_re = re.compile(rf"(?:{'|'.join(re.escape(w) for w in based['streets'])})\s")
        self.office_links = {" ".join(w.lower().split()) for w in based["office_links"]}
        self.buildings_of = {k.lower(): v for k, v in based["buildings_of"].items()}
        src = self.raw["sources"]
        self.source_re = words_pattern(src["cues"])
        self.relay_re = words_pattern(src["relay"])
        self.source_documents = re.compile(r"\s*(?:dari\s+)?(?:(?:%s)\s+)?" % "|".join(
            re.escape(w) for w in sorted(src["documents"], key=len, reverse=True)), re.IGNORECASE)
        self.credits = {k.lower(): v for k, v in src["credits"].items()}
        self.interview_re = words_pattern(src["interview"])
        self.outlets = {w.lower() for w in src["outlets"]}
        self.wire_agencies = {w.lower() for w in src["wire_agencies"]}
        self.outlet_heads = tuple(w.lower() + " " for w in src["outlet_heads"])
        self.credit_words = {w.lower() for w in src["credit_words"]}
        self.reporting_re = words_pattern(src["reporting_verbs"])
        self.dated_gap = re.compile(src["dated_gap"])
        self.syndication_re = re.compile(rf"(?:{'|'.join(map(re.escape, src['syndication']))})\s+([\w.-]+?)\.?(?=\s|$)",
                                         re.IGNORECASE)
        self.credit_line_re = re.compile(rf"^(?:{'|'.join(map(re.escape, src['credit_lines']))})\s*:\s*(\S[^\n]*?)\s*$",
                                         re.MULTILINE | re.IGNORECASE)
        self.supports_re = words_pattern(self.raw["supports"]["verbs"])
        self.supporter_nouns = words_pattern(self.raw["supports"]["nouns"])
        self.pair_cue_re = words_pattern(self.raw["supports"]["pair_cues"])
        self.pair_cues = frozenset(self.raw["supports"]["pair_cues"])
        self.pair_anaphor_re = words_pattern(self.raw["supports"]["pair_anaphors"])
        self.support_noun_re = words_pattern(self.raw["supports"]["support_nouns"])
        self.unnamed_pair_re = re.compile(rf"(?:{self.pair_cue_re.pattern})(?:\s+nomor\s+urut\s+\d+)?"
                                          r"(?:\s+(?:itu|tersebut|ini))?\s+yang\s+", re.IGNORECASE)
        sup = self.raw["supports"]
        self.seats_re = re.compile(rf"\s*(?:dengan\s+)?\d+\s+(?:{'|'.join(map(re.escape, sup['seat_words']))})\b")
        self.backer_count_re = re.compile(
            rf"\s*(?:\w+\s+)?(?:{'|'.join(map(re.escape, sup['backer_nouns']))})\s*,?\s*"
            rf"(?:{'|'.join(map(re.escape, sup['backer_list_openers']))})\s*:?"
            r"(?-i:\s*partai(?=\s+[A-Z]))?", re.IGNORECASE)   # "... yaitu partai Gerakan Indonesia Raya (Gerindra)"
        self.backer_titles_re = words_pattern(sup["backer_titles"])
        self.backer_opener_re = re.compile(
            rf",?\s*(?:{'|'.join(map(re.escape, sup['backer_list_openers']))})\s*:?\s*", re.IGNORECASE)
        self.more_backers_re = re.compile(rf"\s*,?\s*(?:dan|serta)\s+(?:{self.backer_titles_re.pattern})\s+",
                                          re.IGNORECASE)
        nouns = "|".join(map(re.escape, sup["backer_nouns"]))
        self.backer_count_before = re.compile(rf"(?:sebanyak\s+)?(\w+)\s+(?:{nouns})(?:\s+[a-z]+){{0,3}}\s+$", re.I)
        self.backer_count_after = re.compile(rf"\s+(?:sebanyak\s+)?(\w+)\s+(?:{nouns})\b", re.I)
        self.counted_list = re.compile(
            rf"\s*(?:Adapun\s+)?(?:ke)?(\w+)\s+(?:{nouns})\b[^.;]{{0,90}}?"
            rf"(?:{'|'.join(map(re.escape, sup['counted_list_openers']))})\s*:?\s*", re.I)
        self.counted_list_reach = sup["counted_list_reach"]
        self.pair_here_re = re.compile(rf"(?:{self.pair_cue_re.pattern})\s+(?:itu|tersebut|ini)\s+$", re.IGNORECASE)
        self.own_party_re = words_pattern(self.raw["supports"]["own_party"])
        self.seat_nouns_re = words_pattern(self.raw["seats"]["nouns"])
        self.seat_fillers_re = words_pattern(self.raw["seats"]["fillers"])
        self.party_re = words_pattern(self.raw["supports"]["parties"], 0)
        self.supports_between = {w.lower() for w in self.raw["supports"]["between"]}
        self.supported_by_re = words_pattern(self.raw["supports"]["passive"])
        self.support_things = {w.lower() for w in self.raw["supports"]["things"]}
        self.withdrawn_re = re.compile(rf"(?:{words_pattern(self.raw['supports']['withdrawn']).pattern})\s+(?:\w+\s+)?$",
                                       re.IGNORECASE)
        sc = self.raw["scorers"]
        self.goal_re = words_pattern(sc["before_team"])
        self.score_verb_re = words_pattern(sc["verbs"])
        self.team_after = {w.lower() for w in sc["team_after"]}
        self.own_team_re = words_pattern(sc["own_team"])
        how = rf"(?:{words_pattern(sc['manners']).pattern})(?:\s+(?:{words_pattern(sc['manner_words']).pattern}))*"
        manner = rf"(?:{words_pattern(sc['thanks_openers']).pattern})\s+{how}"
        # "unggul lewat gol X", "unggul lewat sundulan X" (a cue of the list, then a manner)
        # "mencetak gol pada menit ke-10 melalui X", "menjadi gol lewat X": a goal, a few words, then its maker
        later = rf"(?:{words_pattern(sc['goal_heads']).pattern})(?:\s+[\w-]+){{0,7}}?\s+" \
                rf"(?:{words_pattern(sc['goal_makers']).pattern})(?:\s+{how})?"
        self.thanks_re = re.compile(rf"(?:{words_pattern(sc['thanks']).pattern}(?:\s+{how})?|{manner}|{later})"
                                    rf"(?:\s+gol(?=\s)(?:\s+{how})?)?"   # ("... lewat gol tendangan keras dari X")
                                    rf"(?:\s+(?:{words_pattern(sc['goal_adjectives']).pattern}))*"
                                    rf"(?:\s+(?:{words_pattern(sc['goal_relatives']).pattern}))?", re.IGNORECASE)
        self.assist_re = re.compile(rf"(?:{words_pattern(sc['assists']).pattern})"
                                    rf"(?:\s+(?:{words_pattern(sc['assist_words']).pattern}))*", re.IGNORECASE)
        self.clause_openers = {w.lower() for w in sc["clause_openers"]}
        self.winners_after = {w.lower() for w in sc["winners_after"]}
        self.win_re = words_pattern(sc["wins"])
        self.minute_re = re.compile(sc["minute"])
        self.teammate_re = words_pattern(sc["teammates"])
        self.score_active_re = words_pattern(sc["active"])
        self.into_goal_re = words_pattern(sc["into_goal"])
        self.leading_re = words_pattern(sc["leading"])
        self.kept_goal_re = re.compile(r"\bgawang\s+(\S[^,.;]{0,40}?)\s+(?:%s)\s+" % "|".join(
            map(re.escape, sorted(sc["kept_by"], key=len, reverse=True))))
        self.scorer_adverbs_re = re.compile(rf"(?:\s+(?:{words_pattern(sc['scorer_adverbs']).pattern}))*\s*$", re.IGNORECASE)
        self.beaten_re = words_pattern(sc["beaten"])
        self.coached_by_re = words_pattern(sc["coached_by"])
        self.substitution_re = words_pattern(sc["substitutions"])
        self.substituted_re = re.compile(rf"\s*,?\s*(?:{words_pattern(sc['substituted_for']).pattern})\s+", re.IGNORECASE)
        self.goal_words = {w.lower() for w in sc["goal_words"]}
        self.scorer_adverbs = {w.lower() for w in sc["scorer_adverbs"]}
        self.against_re = words_pattern(sc["against"])
        self.carries_re = words_pattern(sc["carries"])
        self.count_words = {w.lower() for w in sc["count_words"]}
        self.team_anaphor_re = words_pattern(phrase["team_anaphors"])
        pl = self.raw["player_lists"]
        self.joins_re, self.leaves_re = words_pattern(pl["joins"]), words_pattern(pl["leaves"])
        self.fields_re = words_pattern(pl["fields"])
        self.joined_clause_re = re.compile(
            rf"\s+yang\s+(?:(?:telah|sudah|resmi|baru|akhirnya)\s+){{0,2}}(?:{words_pattern(pl['joined']).pattern})\b",
            re.IGNORECASE)
        self.player_group_re = re.compile(
            rf"\s+(?:(?:{words_pattern(pl['counts']).pattern}|\d+)\s+)?(?:orang\s+)?(?:{words_pattern(pl['nouns']).pattern})\b",
            re.IGNORECASE)
        self.list_opener_re = re.compile(rf"[^.;:]{{0,60}}?(?:{words_pattern(pl['openers']).pattern})\s*:?\s+", re.IGNORECASE)
        self.list_goes_on_re = re.compile(pl["next_openers"], re.IGNORECASE)
        self.squad_re = re.compile(rf"(?:{words_pattern(pl['squad_nouns']).pattern})\s+", re.IGNORECASE)
        self.side_re = re.compile(rf"(?:{words_pattern(pl['side_nouns']).pattern})\s+", re.IGNORECASE)
        np_ = self.raw["national_players"]
        self.player_noun_re = words_pattern(np_["nouns"])
        qualifiers = words_pattern(np_["qualifiers"]).pattern
        self.player_link_re = re.compile(rf"(?:\s+(?:{qualifiers}))*\s+(?:{words_pattern(np_['links']).pattern}\s+)?",
                                         re.IGNORECASE)
        self.player_qualifier_re = re.compile(rf"(?:\s+(?:{qualifiers}))*", re.IGNORECASE)
        self.regional_games_re = words_pattern(np_["regional_games"])
        self.player_club_re = re.compile(rf"\s+(?:{words_pattern(np_['club_links']).pattern})\s+", re.IGNORECASE)
        self.team_word_re = re.compile(rf"(?:(?:{words_pattern(np_['team_words']).pattern})\s+)?", re.IGNORECASE)
        self.player_after_re = re.compile(rf",?\s+(?:{words_pattern(np_['after_name']).pattern})\s+", re.IGNORECASE)
        self.match_words_re = words_pattern(np_["match_words"])
        self.sport_words_re = words_pattern(np_["sport_words"])
        self.sport_words_needed = np_["needed"]
        self.team_posts = {w.lower() for w in np_["team_posts"]}
        lu = self.raw["lineups"]
        self.coach_labels = {w.lower() for w in lu["coach_labels"]}
        self.bench_labels = {w.lower() for w in lu["bench_labels"]}
        self.other_labels = {w.lower() for w in lu["other_labels"]}
        self.lineup_min_players = lu["min_players"]
        self.roster_noun_re = words_pattern(lu["roster_nouns"])
        self.captain_marks = {w.lower() for w in lu["captain_marks"]}
        ml = self.raw["member_lists"]
        self.list_cue_re = words_pattern(ml["cues"])
        self.post_list_cue_re = words_pattern(ml["post_cues"])
        self.composed_of_re = words_pattern(ml["composed_of"])
        self.composed_between = re.compile(rf"\s*(?:\(\S+\)\s*)?(?:(?:{phrases_regex(ml['composed_between'])})\s+)*",
                                           re.I)
        self.joined_in_re = words_pattern(ml["joined_in"])
        cab = self.raw["cabinets"]
        self.cabinet_heads = {w.lower() for w in cab["heads"]}
        self.cabinet_roles = tuple(w.lower() for w in cab["role_prefixes"])
        # (predicate, passive verbs, active verbs, parties: True only a party, False no party, None any body,
        # sports: read in sports reports only)
        self.verbs = [(v["predicate"], words_pattern(v.get("passive", ["\0"])), words_pattern(v.get("active", ["\0"])),
                       v.get("parties"), v.get("sports", False)) for v in self.raw["verbs"]]
        countries = self.raw["countries"]
        self.country_names = {k.lower(): v for k, v in countries["names"].items()}
        self.home_country = countries["home"]
        self.home_names = {k for k, v in countries["names"].items() if v == self.home_country and k.isupper()}
        self.ministry_names = {k.lower(): v for k, v in countries["ministry_names"].items()}
        home = [n for n, v in countries["names"].items() if v == self.home_country] + [self.home_country]
        # the home country closing a unit ("... Republik Indonesia", "... RI")
        self.home_tail_re = re.compile(r" (?:%s)$" % "|".join(map(re.escape, sorted(home, key=len, reverse=True))))
        self.home_title_re = re.compile(rf"(?:(\w+)\s+)?(?:{words_pattern(self.defaulted_titles).pattern})"
                                        rf"(?:\s+(?:{self.ordinal_re.pattern}))?\s+(?:{words_pattern(home).pattern})",
                                        re.IGNORECASE)
        self.decree_words = {w.lower() for w in countries["documents"]}
        # the words before a country named right after a president's title ("Keputusan Presiden RI")
        self.defaulted_title_before = re.compile(rf"\b(?:{'|'.join(map(re.escape, self.defaulted_titles))})\s+$",
                                                 re.IGNORECASE)
        self.fused = {k: {w.lower() for w in v} for k, v in self.raw["fused"].items() if isinstance(v, list)}
        self.unit_word = re.compile(self.raw["fused"]["unit_word"])
        self.head_title_word = re.compile(self.raw["fused"]["head_title_word"])
        self.confidence = {p: v["confidence"] for p, v in self.raw["predicates"].items()}


    def title(self, words: str, unit: str) -> Title:
        """The kind of a title, given the unit written after it."""
        word = " ".join(words.lower().split())
        for kind in self.unit_titles.get(word, ()):
            if unit.lower().startswith(tuple(u.lower() for u in kind.units)):
                return kind
        return self.titles[word]


@lru_cache(maxsize=1)
def load() -> RelationKinds:
    with DATA.open("rb") as f:
        return RelationKinds(tomllib.load(f))
