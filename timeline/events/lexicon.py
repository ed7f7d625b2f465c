"""Closed word classes and the part-of-speech look-up the event finder relies on.

Open-class words (is "plans" a verb or a noun?) come from lemminflect's English
lexicon, which ships as package data (no model download). The closed classes
below are small, stable lists of English function words and news conventions.
"""
from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas

# --- verbs that introduce reported speech: the statement is itself an event
REPORTING = frozenset("""
say tell announce report state claim add note declare insist confirm deny reiterate warn acknowledge
admit explain write argue suggest indicate emphasize emphasise stress describe reply respond comment
predict promise pledge vow threaten urge accuse allege assert maintain concede estimate disclose reveal
tweet post remark testify complain caution tout boast dismiss reject criticize criticise
praise condemn blame question ask answer recall announce hint signal charge contend
""".split())

# --- verbs whose complement is a plan or an expectation
PLANNING = frozenset("plan intend aim expect schedule hope prepare seek propose want mean".split())

# stative verbs carry no happening of their own in a news timeline
STATIVE = frozenset("""
be have seem appear remain belong contain consist cost deserve equal exist fit include involve lack
matter mean need owe own possess resemble weigh know believe think understand like love hate prefer
wish suppose doubt
""".split())

# Passives that describe a state, not a happening: "the index is based on", "the plant is located in".
STATE_PARTICIPLES = frozenset("""based located situated known called named owned headquartered listed composed
considered designed related connected intended entitled worth required allowed supposed thought believed said
estimated valued""".split())

# Irregular simple-past forms (a few double as nouns or adjectives: "saw", "left", "set").
IRREGULAR_PAST = frozenset("""said told made took sold bought built fought brought thought sought caught taught held
left met sent spent lost won began ran came became saw gave went got kept paid led read felt put set cut hit let
quit shut spread struck stood understood withdrew drew threw grew knew flew rose fell broke spoke chose wrote drove
ate found bound ground wound fled slid hung swung shot lit fed bred dealt meant heard sat lay laid rode woke froze
stole forgot forgave hid bit sank sang rang swam began shook""".split())

# past participles that differ from the past tense: "born in 1955", "chosen in May"
IRREGULAR_PARTICIPLES = frozenset("""born taken given seen written chosen known shown done begun grown drawn thrown
driven ridden risen fallen broken spoken stolen frozen forgotten forgiven hidden eaten beaten sworn worn torn
elected""".split())

BE = frozenset("am is are was were be been being 're ’re 'm ’m".split())
# "'s" is "is"/"has" only after a pronoun ("it's"); after a name it marks a possessive.
CONTRACTED_S = frozenset("'s ’s".split())
HAVE = frozenset("has have had having 've ’ve 'd ’d".split())
DO = frozenset("do does did".split())
FUTURE_MODALS = frozenset("will shall 'll ’ll wo".split())
HYPOTHETICAL_MODALS = frozenset("could might may would should must can ca".split())
MODALS = FUTURE_MODALS | HYPOTHETICAL_MODALS
AUXILIARIES = BE | HAVE | DO | MODALS
NEGATIONS = frozenset("not n't n’t never no nobody nothing neither nor without".split())
CONDITIONALS = frozenset("if unless whether".split())

SUBJECT_PRONOUNS = frozenset("i we you he she it they who which that this these those".split())
PERSON_PRONOUNS = frozenset("he she him her his".split())

DETERMINERS = frozenset("""
a an the this that these those its his her their our my your some any no such each every another
other many much more most few several both all either neither what whose
""".split())
PREPOSITIONS = frozenset("""
of in on at by for from to with into onto over under about above below across after before during
since until till through throughout against among amid between within without near toward towards
upon via per than like despite
""".split())

# Tokens that open a new clause inside a sentence.
SUBORDINATORS = frozenset("""
that which who whom whose where when while after before because if unless although though whereas
whether until as since once
""".split())
COORDINATORS = frozenset("and but or".split())
# Quotation marks, TeX-style ones of wire copy included ("``...''").
OPEN_QUOTES = frozenset(("“", "``", '"'))
CLOSE_QUOTES = frozenset(("”", "''", '"'))
QUOTES = OPEN_QUOTES | CLOSE_QUOTES
CLAUSE_PUNCT = frozenset(";:—–()[]") | QUOTES

# Nouns that name a happening; the timex that modifies them ("the 2015 peace
# deal", "Wednesday's invasion") dates them directly.
EVENT_NOUNS = frozenset("""
absence acquisition agreement airstrike appearance farewell interview invitation presentation request surgery
transplant illness arrival closure discovery inspection postponement repairs reopening announcement annexation appointment arrest assassination attack
auction ban bankruptcy battle bombing boycott breach buildup ceasefire ceremony clash collapse
conference conflict congress convention coup crash crisis cyberattack deal death debate debut
decision defeat departure deployment drawback earthquake election embargo escalation de-escalation
exercise exercises explosion fire flood hearing hurricane inauguration incident independence
introduction invasion investigation keynote killing launch lawsuit merger massacre meeting
negotiation negotiations offensive opening outage outbreak pullback protest rally recall referendum
release reopening resignation retirement revolution riot ruling sale sanctions settlement
shooting shutdown siege speech storm strike suit summit surrender takeover talks treaty trial truce
unveiling verdict visit vote war withdrawal
""".split())

# Verbs that only carry their object noun: "gave a keynote", "made an appearance".
LIGHT_VERBS = frozenset("give make extend hold deliver take stage host pay conduct".split())

# A nominalisation and its verb report the same happening: "announcement" ~ "announced".
NOMINAL_LEMMAS = {
    "acquisition": "acquire", "agreement": "agree", "announcement": "announce", "annexation": "annex",
    "appointment": "appoint", "arrest": "arrest", "attack": "attack", "ban": "ban", "collapse": "collapse",
    "death": "die", "decision": "decide", "departure": "depart", "deployment": "deploy",
    "drawback": "withdraw", "election": "elect", "explosion": "explode", "introduction": "introduce",
    "invasion": "invade", "killing": "kill", "launch": "launch", "lawsuit": "sue", "suit": "sue",
    "meeting": "meet", "merger": "merge", "negotiation": "negotiate", "pullback": "withdraw",
    "release": "release", "resignation": "resign", "retirement": "retire", "sale": "sell",
    "shooting": "shoot", "speech": "speak", "statement": "state", "takeover": "take", "unveiling": "unveil",
    "visit": "visit", "vote": "vote", "withdrawal": "withdraw", "pull": "withdraw",
}
# Verbs that say the same thing for merging purposes.
SYNONYM_LEMMAS = {
    "pull": "withdraw", "retreat": "withdraw", "return": "withdraw", "unveil": "introduce",
    "launch": "introduce", "debut": "introduce", "tell": "say", "state": "say", "announce": "say",
    "declare": "say", "note": "say", "add": "say", "echo": "say", "reiterate": "say",
}

TITLES = frozenset("""
president vice secretary general gen. minister prime foreign defense defence chancellor ceo cfo coo
chairman chairwoman chair spokesman spokeswoman spokesperson senator sen. rep. representative
governor gov. mayor king queen prince princess pope ambassador director chief executive officer
founder co-founder mr. mrs. ms. dr. prof. lt. col. capt. maj. sgt. adm. cmdr. judge justice
lawmaker leader head commander colonel captain major sergeant admiral lieutenant deputy premier
sir lord lady dame st. analyst
""".split())

# Capitalised words that are not names when they start a sentence or stand alone.
NOT_NAMES = frozenset("""
the a an but and or so yet in on at by for from to with of as if when while after before because
although though however meanwhile also still then now today yesterday tomorrow this that these those
it its he she they we i you his her their our my your there here what which who why how where some
any many most all both each every no not one two three four five six seven eight nine ten first
second third last next new other another such according asked speaking trapped indeed well upon
during despite since until mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december jan feb mar
apr jun jul aug sep sept oct nov dec spring summer autumn fall winter western eastern northern
southern west east north south government officials official analysts sources several few
""".split())

# Heads that make a capitalised span an organisation rather than a person.
ORG_WORDS = frozenset("""
inc inc. corp corp. corporation company co co. ltd ltd. llc plc group ministry department council
committee commission agency bank union party parliament congress senate court army navy force forces
association organization organisation institute university school office bureau service services
kremlin pentagon nato un eu alliance news times post press tribune journal network records corps
foundation fund board authority administration government club league federation
""".split())

# Demonyms (adjectives of countries) map to the country so that "Russian
# officials" and "Russia's officials" share an actor for merging.
DEMONYMS = {
    "russian": "Russia", "ukrainian": "Ukraine", "american": "United States", "british": "Britain",
    "german": "Germany", "french": "France", "chinese": "China", "belarusian": "Belarus",
    "japanese": "Japan", "israeli": "Israel", "iranian": "Iran", "indian": "India", "turkish": "Turkey",
    "polish": "Poland", "italian": "Italy", "spanish": "Spain", "canadian": "Canada", "syrian": "Syria",
    "european": "Europe", "soviet": "Soviet Union", "korean": "Korea", "mexican": "Mexico",
    "australian": "Australia", "brazilian": "Brazil", "dutch": "Netherlands", "swedish": "Sweden",
}

# A capital or a seat of power stands for its country in news copy ("Moscow said").
METONYMS = {
    "moscow": "russia", "kremlin": "russia", "washington": "united states", "white house": "united states",
    "kyiv": "ukraine", "kiev": "ukraine", "beijing": "china", "london": "britain", "downing street": "britain",
    "paris": "france", "berlin": "germany", "tokyo": "japan", "minsk": "belarus", "tehran": "iran",
    "jerusalem": "israel", "ankara": "turkey", "warsaw": "poland", "pentagon": "united states",
}

STOPWORDS = frozenset("""
a an the and or but of in on at by for from to with as is are was were be been being it its this that
these those he she they we i you his her their our my your has have had do does did will would shall
should can could may might must not no so than then there here which who whom what when where while
also just about into over after before said says say
""".split())


@lru_cache(maxsize=262144)
def parts_of_speech(word: str) -> frozenset[str]:
    """The parts of speech lemminflect knows for a lower-case word ('VERB', 'NOUN', 'ADJ', ...)."""
    return frozenset(getAllLemmas(word))


@lru_cache(maxsize=262144)
def verb_lemma(word: str) -> str:
    """The verb lemma of a lower-case word form, or the word itself when unknown."""
    lemmas = getAllLemmas(word, upos="VERB")
    if lemmas:
        return lemmas["VERB"][0]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        stem = word[:-2]
        return stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem
    return word


@lru_cache(maxsize=65536)
def is_present_form(word: str) -> bool:
    """"leaves", "close" (but not "closed", "found", "left"): a simple present, or a form the
    present shares with the past ("put", "cut")."""
    if word.endswith("ed") or word in IRREGULAR_PAST and not word.endswith("s"):
        return word in ("put", "cut", "set", "hit", "let", "shut", "quit", "spread", "read")
    lemma = verb_lemma(word)
    return word in (lemma, lemma + "s", lemma + "es") or (lemma.endswith("y") and word == lemma[:-1] + "ies")


@lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str:
    lemmas = getAllLemmas(word, upos="NOUN")
    return lemmas["NOUN"][0] if lemmas else word


@lru_cache(maxsize=65536)
def event_lemma(word: str) -> str:
    """One key per kind of happening: verbs, their nominalisations and close synonyms agree."""
    low = word.lower()
    pos = parts_of_speech(low)
    if "VERB" in pos and low not in EVENT_NOUNS:
        lemma = verb_lemma(low)
    else:
        lemma = NOMINAL_LEMMAS.get(noun_lemma(low), noun_lemma(low))
    return SYNONYM_LEMMAS.get(lemma, lemma)


def is_dictionary_word(word: str) -> bool:
    return bool(parts_of_speech(word.lower()))
