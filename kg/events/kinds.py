"""The event kinds of ``kg/lang/id/events.toml`` as typed, validated objects.

Everything else that lists kinds or roles (merge keys, graph projection, exports)
takes them from here or from ``kg.rdf.vocab``.
"""
from __future__ import annotations

import functools
import re
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError
from kg.lang.id import word_list
from kg.rdf.vocab import EVENT_QUANTITIES, EVENT_ROLES

DECLARATION = Path(__file__).resolve().parent.parent / "lang" / "id" / "events.toml"
ROLES = EVENT_ROLES
QUANTITIES = tuple(EVENT_QUANTITIES)


def _words(items) -> frozenset[str]:
    return frozenset(w.lower() for w in items)


@dataclass(frozen=True)
class Kind:
    name: str                      # the ontology class
    verbs: frozenset[str]
    nouns: frozenset[str]
    exclude: frozenset[str]
    roles: dict[str, str]          # slot -> role
    required: tuple[str, ...]
    merge_on: tuple[str, ...]      # roles whose fillers must agree for two mentions to merge
    symmetric: bool
    place_from: tuple[str, ...]
    quantities: tuple[str, ...]
    confidence: float
    winner: dict[str, frozenset[str]] = field(default_factory=dict)  # slot -> trigger words
    actor_types: frozenset[str] = frozenset({"Person", "Organization", "Place"})
    role_types: dict[str, frozenset[str]] = field(default_factory=dict)   # narrower, per role
    # per trigger word, its own role types ("meresmikan": a building is opened, a person sworn in)
    trigger_role_types: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    # per trigger word, its own slots ("A menggantikan B": the subject is the one appointed)
    trigger_roles: dict[str, dict[str, str]] = field(default_factory=dict)
    other_sense: frozenset[str] = frozenset()   # a word right after the trigger that gives it another sense
    # roles a person fills for the one body they serve ("Ketua Majelis Hakim X membacakan vonis": the court)
    served_bodies: tuple[str, ...] = ()
    court_officers: bool = False   # a judge, a prosecutor or a clerk is never its patient
    # a generic body noun (cues.generic_bodies) whose body, named in the sentence before, does what a passive
    # trigger with no agent tells ("Satresnarkoba Polres X mengejar ... Dua pria berhasil diringkus")
    implicit_agent: str = ""
    country_roles: frozenset[str] = frozenset()   # roles a place fills only as a country ("China menyatakan ...")
    staff_nouns: frozenset[str] = frozenset()   # "buruh PT X berunjuk rasa": the body its staff act against
    staff_unions: frozenset[str] = frozenset()   # ... unless it is their own body ("buruh Serikat Pekerja X")
    modifies: frozenset[str] = frozenset()   # a word right before a trigger that it modifies ("gubernur terpilih")
    no_actor: dict[str, frozenset[str]] = field(default_factory=dict)   # slot -> triggers it names no actor for
    # slots whose filler makes a noun's possessor its agent ("akuisisi A atas B": A buys)
    possessor_acts_with: frozenset[str] = frozenset()
    # verbs that open the kind only in a sentence with a context word or a score ("menjamu" in sport)
    context_verbs: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    # words that put the kind's triggers in another sense in their sentence ("serangan ke gawang" in sport)
    off_context: frozenset[str] = frozenset()
    alone_nouns: frozenset[str] = frozenset()   # symmetric kinds: nouns of one party's own event ("sidang paripurna")
    versus: frozenset[str] = frozenset()   # "Persib vs Persija 2-1": two sides and a score tell the event
    score_links: frozenset[str] = frozenset()   # words between the sides and the score ("berakhir")
    versus_openers: frozenset[str] = frozenset()   # "Duel A vs B ...": a noun before the sides tells the event
    # a noun of a win that, with the side beaten after "atas", tells the match ("kemenangan 1-0 atas X")
    win_nouns: frozenset[str] = frozenset()
    companions: bool = False   # told again with companions ("X tiba", "X bersama Y tiba"): still one event
    one_occasion: bool = False   # one ceremony told over several sentences, each naming some of those it serves
    streaks: bool = False   # "kembali kalah": again against past results, not a second event in the article
    after_quote: frozenset[str] = frozenset()   # excluded words that trigger right after a quote ("...," jelas X)
    distinct_on: tuple[str, ...] = ()   # roles whose fillers, named in both and all different, make two events
    differs_on: tuple[str, ...] = ()    # ... whatever else the two share (a match won by each side: two matches)

    def types(self, role: str, trigger: str = "") -> frozenset[str]:
        """The entity types that may fill ``role`` of an event told by the word ``trigger``."""
        own = self.trigger_role_types.get(trigger, {})
        return own.get(role) or self.role_types.get(role, self.actor_types)


@dataclass(frozen=True)
class LightVerb:
    kind: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    roles: dict[str, str]
    marks: frozenset[str] = frozenset()   # a word anywhere in the noun's phrase ("sebagai bupati terpilih")
    context: frozenset[str] = frozenset()  # the sentence needs one of these words or a score
    idiom: frozenset[str] = frozenset()    # modality cues that are part of the phrase ("harus mengakui keunggulan")
    alone: bool = False   # one party is enough: a body holds its own session ("DPRD menggelar rapat paripurna")
    after_verb: bool = False   # the noun must come after the verb ("menerima Presiden X", not "Presiden X menerima")
    also: frozenset[str] = frozenset()   # nouns that also tell an event of their own kind ("kunjungan X": X travelled)


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    modality: frozenset[str]
    governors: frozenset[str]
    pronouns_plural: frozenset[str]
    pronouns_person: frozenset[str]
    source_cues: frozenset[str]
    person_nouns: frozenset[str]
    anaphoric: frozenset[str]
    support_verbs: frozenset[str]
    member_verbs: frozenset[str]
    background_marks: frozenset[str]
    event_nouns: frozenset[str]
    carrier_verbs: frozenset[str]
    verb_prepositions: frozenset[str]
    representatives: frozenset[str]
    cause_verbs: frozenset[str]
    report_verbs: frozenset[str]
    anaphors: dict[str, tuple[str, ...]]
    backed: dict[str, str] = field(default_factory=dict)   # kind -> role its backers' "supports" relations name
    setting_verbs: frozenset[str] = frozenset()  # "Penyerahan dilakukan di X": where and when
    hedge_verbs: frozenset[str] = frozenset()    # "serangan yang diduga dilakukan oleh X": still X's
    figure_source_cues: frozenset[str] = frozenset()   # "Berdasarkan keterangan dari X, 12 orang hanyut"
    interview_cues: frozenset[str] = frozenset()   # '"...," kata X kepada AFP': told to an outlet
    list_openers: frozenset[str] = frozenset()   # "empat kepala dinas, mereka adalah A, B": words before a list
    report_openers: frozenset[str] = frozenset()   # "Diketahui, X melakukan ...": its phrases are the clause's
    goal_cases: frozenset[str] = frozenset()   # "invasi Rusia ke Ukraina": read on the noun when hung on its name
    copulas: frozenset[str] = frozenset()   # "N yang diterima Presiden ialah X": X is N
    victim_nouns: frozenset[str] = frozenset()   # "Dua korban ... belum ditemukan": what the clause says further on
    pronouns_speaker: frozenset[str] = frozenset()   # '"Saya meresmikan ...," ujar X': X
    fronted_cases: frozenset[str] = frozenset()   # "Dalam pertemuan dengan A, B ...": B takes part
    court_officers: frozenset[str] = frozenset()   # "hakim", "jaksa": titles of those who serve a trial
    demand_verbs: frozenset[str] = frozenset()   # "menuntut X menurunkan ...": no charge
    venue_words: frozenset[str] = frozenset()    # "Kantor DPRD X": a body named by its building
    opening_settings: frozenset[str] = frozenset()   # "Bermain di Stadion X, ...": the sentence's scene
    scene_words: frozenset[str] = frozenset()   # "..., bertempat di Aula X": the sentence's scene
    resident_nouns: frozenset[str] = frozenset()   # "rumah milik X, warga Desa Y": where X lives
    companion_verbs: frozenset[str] = frozenset()   # "X didampingi Y menerima ...": X acts, Y comes along
    enumerators: frozenset[str] = frozenset()    # "dua tersangka, yakni A serta B"
    frame_nouns: frozenset[str] = frozenset()    # "Upaya penangkapan terhadap X": X is the arrest's
    party_nouns: dict[str, str] = field(default_factory=dict)   # "pelaku pembunuhan ..., X": X fills the slot
    again_words: frozenset[str] = frozenset()    # "kembali membekuk": another time, a new event
    claim_words: frozenset[str] = frozenset()    # "mengklaim bertanggung jawab atas serangan itu"
    crowd_kinds: frozenset[str] = frozenset()   # kinds a member clause names the acting group of
    crowd_nouns: frozenset[str] = frozenset()   # "mahasiswa dari Universitas X": a crowd of the organization
    pair_marks: frozenset[str] = frozenset()    # "Rina Marlina-Dedi Kurniawan", "Bagas/Rendy": a pair
    group_heads: frozenset[str] = frozenset()   # "kata Ketua Serikat X": the head of the crowd's group
    counted_pronouns: dict[str, int] = field(default_factory=dict)   # "keduanya": 2
    count_words: dict[str, int] = field(default_factory=dict)        # "seorang": 1
    body_pronouns: frozenset[str] = frozenset()  # "pihaknya": the body of the one speaking
    place_anaphoric: frozenset[str] = frozenset()  # "desa setempat": the village named before
    area_words: frozenset[str] = frozenset()  # "mengguncang wilayah X": X is what was struck
    cause_words: frozenset[str] = frozenset()  # "rumah di X rusak akibat gempa": the disaster struck X
    refine_words: frozenset[str] = frozenset()  # "di Tol X, tepatnya Desa Y": more exactly, Desa Y
    one_person_nouns: frozenset[str] = frozenset()  # "pria ... ditembak": one unnamed person
    classifiers: frozenset[str] = frozenset()  # "dua orang tersangka": the counting word before the noun
    one_body_kinds: frozenset[str] = frozenset()  # kinds one body does to one suspect in a row
    court_kinds: frozenset[str] = frozenset()  # kinds one court does in one case (a session, its verdict)
    own_figures_kinds: frozenset[str] = frozenset()  # kinds whose casualty figures make no report of their own
    released_figures: frozenset[str] = frozenset()  # "Angka yang dirilis": figures someone unnamed released
    modal_idioms: frozenset[str] = frozenset()  # "harus puas": no modality
    person_descriptions: frozenset[str] = frozenset()  # "pria itu": the person just told of
    involve_verbs: frozenset[str] = frozenset()  # "Bentrokan itu melibatkan A dan B": A and B took part
    object_control_verbs: frozenset[str] = frozenset()  # "membawa X menang": X won
    become_verbs: frozenset[str] = frozenset()  # "menetapkan X menjadi Bupati": as a "sebagai" phrase
    result_words: frozenset[str] = frozenset()  # "memvonis mati X": what the verb made of its object
    part_words: frozenset[str] = frozenset()  # "mengabulkan untuk sebagian permohonan X": X is the object
    attend_verbs: frozenset[str] = frozenset()  # "Sidang X dihadiri oleh A": A took part
    intent_marks: frozenset[str] = frozenset()  # "untuk memimpin rapat": chaired or attended later, if at all
    chair_verbs: frozenset[str] = frozenset()   # "Pelantikan itu dipimpin Bupati A": A led it
    force_words: frozenset[str] = frozenset()   # "900 anggota Polri": the forces guarding a crowd, not the crowd
    session_nouns: frozenset[str] = frozenset()  # "disahkan dalam Rapat Paripurna DPRD X": the body's
    generic_bodies: dict[str, frozenset[str]] = field(default_factory=dict)  # "polisi": a Polres named
    purpose_marks: frozenset[str] = frozenset()  # "..., untuk bertemu X": the subject of the verb above
    occasion_words: frozenset[str] = frozenset()  # "kata X saat dikonfirmasi di Y": where and when it was said
    comitative: frozenset[str] = frozenset()     # "X bersama Y tiba": Y does it too
    naming_words: frozenset[str] = frozenset()   # "Kepala Desa X, berinisial SU": the person named
    sport_names: frozenset[str] = frozenset()    # "Tim sepak bola Sumatera Barat": the region's side
    setting_marks: frozenset[str] = frozenset()   # "di sela KTT X": the occasion of the news, no event of its own
    quantifier_heads: frozenset[str] = frozenset()   # "Sebanyak 4 orang pelaku": four
    aspect_verbs: frozenset[str] = frozenset()   # "X berhasil dibekuk": X is the verb's subject
    prior_marks: frozenset[str] = frozenset()   # "calon yang sudah mengikuti uji di DPR": an earlier happening
    culprit_nouns: frozenset[str] = frozenset()  # "pembunuh X": X is the victim, not the killer
    matter_nouns: frozenset[str] = frozenset()  # "kasus X": the matter, whose bodies act in nothing
    coached_team: re.Pattern | None = None       # "tim asuhan X": the team X coaches, named before
    opening_marks: frozenset[str] = frozenset()  # "Usai ditangkap, X dibawa ...": the clause is about X
    village_words: frozenset[str] = frozenset()  # "Desa X" in an address: the most specific place
    listing_pattern: re.Pattern | None = None    # "Kedua X tersebut adalah": who a counted role was
    listing_apposition: re.Pattern | None = None  # "..., ketiga terdakwa, A, B dan C, ...": the same in apposition
    listing_continued: re.Pattern | None = None   # "Kemudian, A sebagai ...": the list of the sentence before goes on
    listing_recount: re.Pattern | None = None     # "Adapun 5 nama yang dilantik itu ialah": the count told again
    document_date_marks: frozenset[str] = frozenset()  # "Berdasarkan keterbukaan informasi ..., Rabu": no event's day
    document_date_words: frozenset[str] = frozenset()  # "tertanggal 3 Maret": a document's day
    birthday: re.Pattern | None = None     # "lahir pada 14 Juni 2005": a birthday, matched at the phrase's end
    deadline: re.Pattern | None = None     # "hingga akhir Desember 2023": a deadline's day, matched at the phrase's end
    deadline_parts: frozenset[str] = frozenset()   # "akhir", "awal": a part of a month or year, in the time phrase or before
    titles: frozenset[str] = frozenset()   # whole titles, lower case ("ketua umum"): a body after one is the person's


@dataclass(frozen=True)
class Declaration:
    kinds: dict[str, Kind]
    light: tuple[LightVerb, ...]
    cues: Cues
    quantity_cues: dict[str, frozenset[str]]
    score_pattern: re.Pattern
    not_people: frozenset[str] = frozenset()   # "20 hari", "dua rumah": not a count of people
    punishments: frozenset[str] = frozenset()   # "vonis mati": a count word after these is a sentence
    counted_with: dict[str, str] = field(default_factory=dict)   # childrenKilled -> killed: only with its cue told

    def roles(self) -> set[str]:
        return {r for k in self.kinds.values() for r in k.roles.values()} | {
            r for lv in self.light for r in lv.roles.values()}


def _check_role(role: str, where: str) -> str:
    if role not in ROLES:
        raise ConfigError(f"{DECLARATION.name}: {where}: unknown role {role!r}; "
                          f"expected one of {', '.join(ROLES)}")
    return role


def parse(data: dict) -> Declaration:
    kinds = {}
    for name, k in data["kinds"].items():
        roles = {slot: _check_role(r, name) for slot, r in k.get("roles", {}).items()}
        required = tuple(_check_role(r, name) for r in k.get("required", []))
        quantities = tuple(k.get("quantities", []))
        bad = set(quantities) - set(QUANTITIES)
        if bad:
            raise ConfigError(f"{DECLARATION.name}: {name}: unknown quantities {sorted(bad)}")
        kinds[name] = Kind(
            name=k.get("class", name), verbs=_words(k.get("verbs", [])),
            nouns=_words(k.get("nouns", [])), exclude=_words(k.get("exclude", [])),
            after_quote=_words(k.get("after_quote", [])),
            roles=roles, required=required,
            merge_on=tuple(_check_role(r, name) for r in k.get("merge_on", required)),
            symmetric=bool(k.get("symmetric", False)),
            companions=bool(k.get("companions", False)), one_occasion=bool(k.get("one_occasion", False)),
            streaks=bool(k.get("streaks", False)),
            distinct_on=tuple(_check_role(r, name) for r in k.get("distinct_on", [])),
            differs_on=tuple(_check_role(r, name) for r in k.get("differs_on", [])),
            place_from=tuple(k.get("place_from", ["di"])), quantities=quantities,
            confidence=float(k.get("confidence", 0.7)),
            winner={slot: _words(ws) for slot, ws in k.get("winner", {}).items()},
            actor_types=frozenset(k.get("actor_types", ["Person", "Organization", "Place"])),
            role_types={_check_role(r, name): frozenset(ts) for r, ts in k.get("role_types", {}).items()},
            trigger_role_types={w.lower(): {_check_role(r, name): frozenset(ts) for r, ts in table.items()}
                                for w, table in k.get("trigger_role_types", {}).items()},
            trigger_roles={w.lower(): {slot: _check_role(r, name) for slot, r in table.items()}
                           for w, table in k.get("trigger_roles", {}).items()},
            other_sense=_words(k.get("other_sense", [])),
            served_bodies=tuple(_check_role(r, name) for r in k.get("served_bodies", [])),
            court_officers=bool(k.get("court_officers", False)),
            implicit_agent=k.get("implicit_agent", "").lower(),
            country_roles=frozenset(_check_role(r, name) for r in k.get("country_roles", [])),
            staff_nouns=_words(k.get("staff_nouns", [])), staff_unions=_words(k.get("staff_unions", [])),
            modifies=_words(k.get("modifies", [])),
            no_actor={slot: _words(ws) for slot, ws in k.get("no_actor", {}).items()},
            possessor_acts_with=_words(k.get("possessor_acts_with", [])),
            context_verbs=_words(k.get("context_verbs", [])), context=_words(k.get("context", [])),
            off_context=_words(k.get("off_context", [])),
            alone_nouns=_words(k.get("alone_nouns", [])),
            versus=_words(k.get("versus", [])), score_links=_words(k.get("score_links", [])),
            versus_openers=_words(k.get("versus_openers", [])),
            win_nouns=_words(k.get("win_nouns", [])))
    light = []
    for i, row in enumerate(data.get("light", [])):
        if row["kind"] not in kinds:
            raise ConfigError(f"{DECLARATION.name}: light verb row {i + 1}: unknown kind {row['kind']!r}")
        light.append(LightVerb(row["kind"], _words(row["verbs"]), _words(row["nouns"]),
                               {s: _check_role(r, f"light verb row {i + 1}")
                                for s, r in row["roles"].items()}, _words(row.get("marks", [])),
                               _words(row.get("context", [])), _words(row.get("idiom", [])),
                               bool(row.get("alone", False)), bool(row.get("after_verb", False)),
                               _words(row.get("also", []))))
    c = data["cues"]
    titles = {t.split()[0].lower() for t in word_list("titles")}
    cues = Cues(*(_words(c[n]) for n in ("negation", "modality", "governors", "pronouns_plural",
                                          "pronouns_person", "source_cues")),
                person_nouns=_words(c["person_nouns"]) | titles,
                **{n: _words(c[n]) for n in ("anaphoric", "support_verbs", "member_verbs", "background_marks", "event_nouns", "carrier_verbs", "verb_prepositions",
                                             "representatives", "cause_verbs", "report_verbs")},
                anaphors={w: tuple(_check_role(r, "anaphors") for r in roles) for w, roles in c["anaphors"].items()},
                backed={k: _check_role(r, "backed") for k, r in c.get("backed", {}).items()},
                setting_verbs=_words(c.get("setting_verbs", [])),
                force_words=_words(c.get("force_words", [])),
                hedge_verbs=_words(c.get("hedge_verbs", [])),
                report_openers=_words(c.get("report_openers", [])),
                pronouns_speaker=_words(c.get("pronouns_speaker", [])),
                fronted_cases=_words(c.get("fronted_cases", [])),
                court_officers=_words(c.get("court_officers", [])),
                victim_nouns=_words(c.get("victim_nouns", [])),
                copulas=_words(c.get("copulas", [])),
                goal_cases=_words(c.get("goal_cases", [])),
                figure_source_cues=_words(c.get("figure_source_cues", [])),
                interview_cues=_words(c.get("interview_cues", [])),
                list_openers=_words(c.get("list_openers", [])),
                demand_verbs=_words(c.get("demand_verbs", [])),
                venue_words=_words(c.get("venue_words", [])),
                opening_settings=_words(c.get("opening_settings", [])),
                scene_words=_words(c.get("scene_words", [])),
                companion_verbs=_words(c.get("companion_verbs", [])),
                resident_nouns=_words(c.get("resident_nouns", [])),
                enumerators=_words(c.get("enumerators", [])),
                again_words=_words(c.get("again_words", [])),
                frame_nouns=_words(c.get("frame_nouns", [])),
                party_nouns={w.lower(): slot for w, slot in c.get("party_nouns", {}).items()},
                involve_verbs=_words(c.get("involve_verbs", [])),
                object_control_verbs=_words(c.get("object_control_verbs", [])),
                become_verbs=_words(c.get("become_verbs", [])),
                result_words=_words(c.get("result_words", [])),
                part_words=_words(c.get("part_words", [])),
                attend_verbs=_words(c.get("attend_verbs", [])),
                intent_marks=_words(c.get("intent_marks", [])),
                chair_verbs=_words(c.get("chair_verbs", [])),
                session_nouns=_words(c.get("session_nouns", [])),
                claim_words=frozenset(c.get("claim_words", [])),
                crowd_kinds=frozenset(c.get("crowd_kinds", [])),
                crowd_nouns=_words(c.get("crowd_nouns", [])),
                pair_marks=frozenset(c.get("pair_marks", [])),
                group_heads=_words(c.get("group_heads", [])),
                counted_pronouns={w.lower(): int(n) for w, n in c.get("counted_pronouns", {}).items()},
                count_words={w.lower(): int(n) for w, n in c.get("count_words", {}).items()},
                body_pronouns=_words(c.get("body_pronouns", [])),
                place_anaphoric=_words(c.get("place_anaphoric", [])),
                cause_words=_words(c.get("cause_words", [])),
                refine_words=_words(c.get("refine_words", [])),
                one_person_nouns=_words(c.get("one_person_nouns", [])),
                classifiers=_words(c.get("classifiers", [])),
                area_words=_words(c.get("area_words", [])),
                one_body_kinds=frozenset(c.get("one_body_kinds", [])),
                court_kinds=frozenset(c.get("court_kinds", [])),
                own_figures_kinds=frozenset(c.get("own_figures_kinds", [])),
                released_figures=_words(c.get("released_figures", [])),
                modal_idioms=frozenset(c.get("modal_idioms", [])),
                person_descriptions=_words(c.get("person_descriptions", [])),
                generic_bodies={w.lower(): _words(ws) for w, ws in c.get("generic_bodies", {}).items()},
                purpose_marks=_words(c.get("purpose_marks", [])),
                occasion_words=_words(c.get("occasion_words", [])),
                comitative=_words(c.get("comitative", [])),
                naming_words=_words(c.get("naming_words", [])),
                sport_names=_words(c.get("sport_names", [])),
                setting_marks=_words(c.get("setting_marks", [])),
                prior_marks=_words(c.get("prior_marks", [])),
                aspect_verbs=_words(c.get("aspect_verbs", [])),
                quantifier_heads=_words(c.get("quantifier_heads", [])),
                culprit_nouns=_words(c.get("culprit_nouns", [])),
                matter_nouns=_words(c.get("matter_nouns", [])),
                coached_team=re.compile(r"(?:%s)\s" % "|".join(map(re.escape, c.get("coached_team", []))), re.I)
                if c.get("coached_team") else None,
                opening_marks=_words(c.get("opening_marks", [])),
                village_words=_words(c.get("village_words", [])),
                listing_pattern=re.compile(c["listing_pattern"], re.I) if c.get("listing_pattern") else None,
                listing_apposition=re.compile(c["listing_apposition"], re.I) if c.get("listing_apposition") else None,
                listing_continued=re.compile(c["listing_continued"], re.I) if c.get("listing_continued") else None,
                listing_recount=re.compile(c["listing_recount"], re.I) if c.get("listing_recount") else None,
                document_date_marks=_words(c.get("document_date_marks", [])),
                document_date_words=_words(c.get("document_date_words", [])),
                birthday=re.compile(r"(?<![\w-])(?:{0})(?:\s+(?:{1}))?\s*$".format(
                    *("|".join(re.escape(w) for w in c.get(k, ["\0"])) for k in ("birth_words", "birth_date_leads"))),
                    re.I),
                deadline=re.compile(r"(?<![\w-])(?:(?:{0})\s+(?:(?:{2})\s+)?|(?:{1})\s+(?:{2})\s+)$".format(
                    *("|".join(re.escape(w) for w in c.get(k, ["\0"]))
                      for k in ("deadline_words", "until_words", "deadline_parts"))), re.I),
                deadline_parts=_words(c.get("deadline_parts", [])),
                titles=frozenset(t.lower() for t in word_list("titles")))
    for name in ("crowd_kinds", "one_body_kinds", "court_kinds", "own_figures_kinds"):
        unknown = sorted(getattr(cues, name) - set(kinds))
        if unknown:
            raise ConfigError(f"{DECLARATION.name}: {name}: unknown kinds {unknown}")
    for kind in kinds.values():   # ("petugas": a noun of [cues.generic_bodies])
        if kind.implicit_agent and kind.implicit_agent not in cues.generic_bodies:
            raise ConfigError(f"{DECLARATION.name}: {kind.name}: implicit_agent {kind.implicit_agent!r} is no generic body")
    q = dict(data["quantities"])
    pattern = re.compile(q.pop("score_pattern"))
    not_people = _words(q.pop("not_people", []))
    punishments = _words(q.pop("punishments", []))
    counted_with = dict(q.pop("counted_with", {}))
    return Declaration(kinds, tuple(light), cues, {p: _words(ws) for p, ws in q.items()}, pattern,
                       not_people, punishments, counted_with)


@functools.cache
def declaration(path: Path = DECLARATION) -> Declaration:
    """The declaration in ``path`` (read once per process)."""
    try:
        with open(path, "rb") as f:
            return parse(tomllib.load(f))
    except (OSError, tomllib.TOMLDecodeError, KeyError) as e:
        raise ConfigError(f"{path}: cannot read the event declaration ({e})") from None


def kind_names() -> list[str]:
    return list(declaration().kinds)
