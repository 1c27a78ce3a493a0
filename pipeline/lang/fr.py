"""French language data (same names in every language module)."""

from __future__ import annotations

# ---- dates, periods, decrees, deadline cues (article/dates, decrees, deadlines) ----
# Read by pipeline.article.date_grammar / decrees / deadlines. Patterns are regex templates
# (compiled case-insensitively with the `regex` module); the engine fills {DAY} {MM} {MONTH}
# {YEAR} {YEAR2} {ORD} {ROMAN} {RSUF}, {DAY0} {DAY_END} (first and last day of a range) and
# reads the named groups d, d0, m, mn, y, y2, q, h, nmf (first N months), nml (last N
# months), rl / ry (a DATE_RELATIVE word of the month / the year). A template's match is
# the date's raw span. A match without its year takes it from the publication date.

DATE_MONTHS: dict[str, int] = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "mars": 3,
    "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11,
    "nov.": 11, "décembre": 12, "decembre": 12, "déc.": 12,
}  # fmt: skip
# Ordinal words of quarters and halves ("quatrième trimestre", "premier semestre").
DATE_ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2,
    "seconde": 2, "troisième": 3, "quatrième": 4,
}  # fmt: skip
# Year cues that must precede a bare year: "en 2025", "l'année 2025", "d'ici 2030",
# "horizon 2035", "fin 2025", "mi-2025". Not: "plus de 2025 patients".
_YEAR_CUE = (
    r"(?<=\b(?:en|année|an|d['’]ici(?:\s+à)?|horizon|vision|fin|début|courant|jusqu['’]en"
    r"|dès|depuis|avant|après|cours\s+de|fin\s+de|début\s+de|(?:par\s+)?rapport\s+à"
    r"|comparé\s+à|comparativement\s+à)\s+|\bmi-)"
)
# A bare year after the weak cue "de" only counts when punctuation, a conjunction, a
# preposition or a verb follows: "de 2025 patients" is a count.
_WEAK_YEAR_END = (
    r"(?=\s*(?:[,.;:!?)»–—]|$)|\s+(?:et|ou|à|au|aux|en|dans|pour|par|avec|qui|que|où|a|ont"
    r"|est|sont|était|avaient|avait)\b)"
)
DATE_PATTERNS: tuple[str, ...] = (
    # 10 octobre 2025 | le 1er octobre 2025 | 1ᵉʳ janvier 2026
    r"{DAY}(?:er|ᵉʳ|re)?\s+{MONTH}\s+{YEAR}",
    # du 25 au 26 octobre 2025 | les 25 et 26 octobre | 25-26 octobre 2025 (a day range)
    r"{DAY0}(?:er|ᵉʳ|re)?\s*(?:[-–]|au|et)\s*{DAY_END}\s+{MONTH}\s+{YEAR}",
    r"{DAY0}(?:er|ᵉʳ|re)?\s*(?:[-–]|au|et)\s*{DAY_END}\s+{MONTH}(?!\s*\d)",
    # le 10 octobre (year from the publication date); not "10 octobre 2025"
    r"{DAY}(?:er|ᵉʳ|re)?\s+{MONTH}(?!\s*\d)",
    # en juin | la réunion de juin | fin juillet | au mois d'août (year from the publication
    # date or the text around); full names only, not "mars" alone after "de"
    # (the first-letter lookahead keeps the lookbehind off most positions of the text)
    r"(?=[jfamsond])(?<=\b(?:en|fin|début|mi-|courant|mois\s+de|mois\s+d['’]|de|d['’])\s*)"
    r"(?P<mn>janvier|février|fevrier|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre|(?<!\bde\s+)mars)(?![\p{L}-])"
    # octobre dernier | juin prochain | en mai de l'an dernier (DATE_RELATIVE)
    r"(?:\s+(?P<rl>dernier|prochain)\b"
    r"|,?\s+(?:de\s+)?l['’](?:an|année)\s+(?P<ry>dernier|dernière|prochain|prochaine)\b)?",
    # octobre 2025 | en décembre 2025
    r"{MONTH}\s+(?:de\s+l['’]année\s+)?{YEAR}",
    # quatrième trimestre 2025 | 4e trimestre de 2025 | IVe trimestre 2025
    r"(?:(?P<q>{ORD})|(?P<q>[1-4])\s*(?:er|e|è|ème|eme)|(?P<q>{ROMAN})e?)\s+trimestre\s+"
    r"(?:de\s+l['’]année\s+|de\s+)?{YEAR}",
    # T4 2025
    r"(?<![\p{L}\p{N}])(?-i:T)(?P<q>[1-4])\s+{YEAR}",
    # premier semestre 2026 | 2e semestre de 2025 | S1 2026 (value 2026-01/2026-06)
    r"(?:(?P<h>{ORD})|(?P<h>[12])\s*(?:er|e|è|ème|nd))\s+semestre\s+"
    r"(?:de\s+l['’]année\s+|de\s+)?{YEAR}",
    r"(?<![\p{L}\p{N}])(?-i:S)(?P<h>[12])\s+{YEAR}",
    # les 9 premiers mois de 2025 (value 2025-01/2025-09)
    r"(?P<nmf>\d{1,2})\s+premiers\s+mois\s+(?:de\s+l['’]année\s+|de\s+)?{YEAR}",
    # de 2026 à 2030 | entre 2026 et 2030 (raw starts at the first year)
    r"(?<=\b(?:de|entre)\s+){YEAR}\s+(?:à|et)\s+{YEAR2}",
    # en 2025 | l'année 2025 | d'ici 2030 | horizon 2035 | fin 2025 | mi-2025
    _YEAR_CUE + r"{YEAR}",
    # les élections de 2016, | le film de 1950 et ... (not "plus de 2025 patients")
    r"(?<=\bde\s+)(?<!\b(?:plus|moins|près|environ|autour|delà)\s+de\s+){YEAR}" + _WEAK_YEAR_END,
)
# Relative words after a month without its year (groups rl: the month, ry: the year):
# "octobre dernier" (the last October before publication), "l'an prochain" (+1 year).
DATE_RELATIVE: dict[str, int] = {
    "dernier": -1, "dernière": -1, "prochain": 1, "prochaine": 1,
}  # fmt: skip
# Words after a number that make it a quantity, not a date: "2025 euros", "65 ans".
DATE_NOT_AFTER = (
    r"%|‰|€|\$|euros?\b|dollars?\b|dongs?\b|ans\b|personnes\b|patients\b|lits\b|habitants\b"
    r"|cas\b|milliards?\b|millions?\b|h\d|heures?\b"
)
# Words that tie an issue date to the number just before it: "282/NQ-CP du 16 septembre 2025".
DECREE_ISSUE_LINKS: tuple[str, ...] = (
    r"du",
    r"en\s+date\s+du",
    r"datée?s?\s+du",
    r"(?:adoptée?|publiée?|signée?|promulguée?|émise?|publiée?)s?\s+le",
)
# Verbs that make a date earlier in the sentence the issue date of the number after them:
# "Le 22 août 2025, le Bureau politique a publié la résolution n° 71-NQ/TW".
DECREE_ISSUE_VERBS = r"publié|promulgué|signé|adopté|émis|approuvé|ratifié|pris"
# The issuing body that may stand between a number and its date: "282/NQ-CP du
# Gouvernement du 16 septembre 2025", "1234/QĐ-TTg du Premier ministre du 2 octobre".
DECREE_ISSUER_PHRASE = (
    r"(?:du|de\s+la|de\s+l['’]|des)\s+\p{Lu}[\p{L}'’-]*"
    r"(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])?\s*[\p{L}'’-]+){0,4}?"
)
# Documents named by type, number and issuing body, their code lost in translation:
# "la Résolution n° 72 du Bureau politique" → 72-NQ/TW, "Résolution 282 du Gouvernement"
# → 282/NQ-CP. Not: "Résolution 72" alone, "la résolution du Bureau politique".
DECREE_NAMED_TYPES: dict[str, str] = {
    "NQ": r"r[ée]solution", "KL": r"conclusion", "CT": r"directive",
}  # fmt: skip
DECREE_NAMED_PREFIX = r"(?:n[°º]|no\.?|numéro)\s*"
# The word for a law before a National Assembly number: "la loi n° 56/2024/QH15".
DECREE_LAW_WORDS = r"lois?"
DECREE_NAMED_ISSUERS: dict[str, str] = {
    "TW": r"du\s+(?:Bureau\s+politique|Politburo|Secr[ée]tariat|Comit[ée]\s+central)",
    "CP": r"du\s+Gouvernement",
}
# Deadline cues by relation (before = strictly before, by = no later than, in = during).
# Must match: "avant le 30 octobre 2025", "d'ici fin 2025", "d'ici à la fin de 2025",
# "au plus tard le 15 novembre 2025", "jusqu'au 31 décembre 2025", "en 2025" (with a
# completion verb in the clause). Must not match: "avant la fusion", "avant la réunion du
# 30 octobre 2025", "depuis 2020", "à partir du 1er juillet", "après le 30 juin".
DEADLINE_CUES: tuple[tuple[str, str], ...] = (
    ("by", r"d['’]ici(?:\s+à)?\s+(?:la\s+)?fin(?:\s+du\s+mois)?(?:\s+de|\s+d['’])?"),
    ("by", r"au\s+plus\s+tard(?:\s+(?:à\s+la\s+|la\s+)?fin(?:\s+de|\s+d['’])?)?"),
    ("by", r"au\s+plus\s+tard\s+(?:d['’]ici|pour|avant|en|jusqu['’]au)"),
    ("by", r"(?:avant|pour|jusqu['’]à)\s+(?:la\s+)?fin(?:\s+du\s+mois)?(?:\s+de|\s+d['’])?"),
    # "d'ici le 30 août", "d'ici à 2030", "d'ici au 30 août 2025"
    ("by", r"d['’]ici(?:\s+à|\s+au)?"),
    ("by", r"jusqu['’](?:au|en)"),
    ("before", r"avant"),
    ("in", r"au\s+cours\s+d(?:e|u|['’])"),
    ("in", r"dans\s+le\s+courant\s+d(?:e|u|['’])"),
    # a session of an assembly: "sera soumis … lors de sa session de septembre 2025"
    ("in", r"lors\s+de\s+(?:sa|la|leur)\s+(?:\p{Ll}+\s+)?session\s+d(?:e|u|['’])"),
    ("in", r"(?:courant|pendant|durant|en|au)"),
)
# Words allowed between a cue and its date: "avant le", "d'ici l'année", "avant le lundi".
DEADLINE_FILLERS: tuple[str, ...] = (
    r"le", r"la", r"l['’]", r"les", r"du", r"de", r"d['’]", r"l['’]année", r"année", r"mois",
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)",
)  # fmt: skip
# Text right before a cue that cancels it: the start of a day range ("du 1er au 15
# novembre": "au" closes the range, it is no deadline), a vision.
DEADLINE_BLOCKERS: tuple[str, ...] = (
    r"\b(?:du|depuis\s+le)\s+\d{1,2}(?:er)?",
    # "avec une vision d'ici 2045", "vision à l'horizon 2045": a vision, not a deadline
    r"\bvision(?:\s+(?:à\s+long\s+terme|stratégique))?",
)
# Abbreviations whose dot ends no clause (the clause of an `in` deadline goes on):
# "n°", "M." (Monsieur), "art."
DEADLINE_ABBREVIATIONS: tuple[str, ...] = ("n°", "no", "art", "av", "M", "Mme", "Dr", "St")
# Completion / implementation verbs required in the clause of an `in` deadline.
# Not the noun "réalisations" (achievements: "les réalisations de 2023").
COMPLETION_VERBS: tuple[str, ...] = (
    r"ach[eè]v\w*", r"termin\w*", r"finalis\w*", r"réalis(?!ations?\b)\w*", r"accompl\w*",
    r"déploy\w*",
    r"(?:mettre|mis|mise|mises)\s+en\s+(?:œ|oe)uvre", r"compl[eé]t(?:er|é|ée|és|ées|era)\b",
    r"mener\s+à\s+bien",
    # a task handed in or put into service: "publier … au cours du premier trimestre 2026",
    # "soumettre … en octobre 2025", "mettre en service … en 2026" (infinitive, future,
    # conditional of reported speech, participle)
    r"publi(?:er|er(?:a|ont|ait|aient)|ée?s?)\b", r"soum(?:ettre|ettr(?:a|ont|ait|aient)|ise?s?)\b",
    r"présent(?:er|er(?:a|ont|ait|aient))\b", r"promulgu(?:er|er(?:a|ont|ait|aient)|ée?s?)\b",
    r"(?:mettre|mis|mise|mises)\s+en\s+(?:service|exploitation)",
    r"inaugur(?:er|er(?:a|ont|ait|aient)|ée?s?)\b", r"organis(?:er|er(?:a|ont|ait|aient))\b",
)  # fmt: skip
# A past tense right before a completion verb: "a été achevé", "ont réalisé", "avait
# terminé" (a statement about the past, no deadline).
COMPLETION_PAST_BEFORE: tuple[str, ...] = (
    r"\b(?:a|ont|avait|avaient|eut|eurent)(?:\s+(?:déjà|été|\p{L}+ment))*",
    r"\b(?:fut|furent|était|étaient)(?:\s+(?:déjà|\p{L}+ment))*",
)
COMPLETION_PAST_FORMS: tuple[str, ...] = ()


# ---- official titles, Party/State bodies (article/officials) ----

# Title heads, matched case-insensitively on whole words, longest first. A head may be
# extended by a complement (TITLE_CONNECTORS, TITLE_COMPLEMENT_WORDS, capitalised words):
# "directrice du Département de la Santé de Quang Tri", "président français".
OFFICIAL_TITLES: tuple[str, ...] = (
    "secrétaire général", "secrétaire générale", "premier secrétaire", "secrétaire",
    "secrétaire d'État", "secrétaire adjoint", "secrétaire adjointe",
    "Premier ministre", "Première ministre", "vice-Premier ministre",
    "vice-Première ministre", "vice-premier ministre permanent", "ministre",
    "vice-ministre", "ministre adjoint", "ministre délégué", "ministre déléguée",
    "président", "présidente", "vice-président", "vice-présidente",
    "directeur", "directrice", "directeur adjoint", "directrice adjointe",
    "directeur général", "directrice générale", "sous-directeur", "sous-directrice",
    "chef", "cheffe", "chef adjoint", "chef adjointe", "chef de cabinet",
    "membre du Bureau politique", "membre permanent du Secrétariat",
    "membre du Secrétariat", "membre du Comité central",
    "membre suppléant du Comité central", "ambassadeur", "ambassadrice", "député",
    "députée", "gouverneur", "gouverneure", "vice-gouverneur", "maire", "sénateur",
    "sénatrice", "porte-parole", "procureur", "procureure", "inspecteur général",
    "chef d'État", "chef de l'État", "chef du gouvernement", "chancelier", "chancelière",
    # Party committee members: "membre du Comité provincial du Parti et directrice ..."
    "membre du Comité provincial du Parti", "membre du Comité municipal du Parti",
    "membre du Comité du Parti", "membre du Comité permanent", "membre du Comité exécutif",
    "membre permanent du Comité", "membre du Conseil populaire",
    # heads of ministries whose name holds a comma: the comma does not end the title
    "ministre de la Culture, des Sports et du Tourisme",
    "vice-ministre de la Culture, des Sports et du Tourisme",
    "ministre du Travail, des Invalides et des Affaires sociales",
    "vice-ministre du Travail, des Invalides et des Affaires sociales",
    "ministre du Travail, des Invalides de guerre et des Affaires sociales",
    "vice-ministre du Travail, des Invalides de guerre et des Affaires sociales",
    # counterpart of an office holder just named: "son homologue polonais Zbigniew Rau"
    "homologue",
    # plurals, shared by a list of names (TITLE_PLURALS)
    "vice-Premiers ministres", "ministres", "vice-ministres", "vice-présidents",
    "vice-présidentes", "présidents", "directeurs", "directeurs adjoints", "secrétaires",
    "ambassadeurs", "députés", "membres du Bureau politique", "membres du Secrétariat",
    "membres du Comité central", "chefs", "gouverneurs", "maires",
)  # fmt: skip

# Plural title heads: every name of the list that follows shares the title ("les
# vice-Premiers ministres A, B et C").
TITLE_PLURALS: tuple[str, ...] = (
    "vice-Premiers ministres", "ministres", "vice-ministres", "vice-présidents",
    "vice-présidentes", "présidents", "directeurs", "directeurs adjoints", "secrétaires",
    "ambassadeurs", "députés", "membres du Bureau politique", "membres du Secrétariat",
    "membres du Comité central", "chefs", "gouverneurs", "maires", "camarades",
)  # fmt: skip

# Words a title may open with ("l'ancien ministre", "le nouveau directeur").
TITLE_PREFIXES: tuple[str, ...] = (
    "ancien",
    "ancienne",
    "nouveau",
    "nouvel",
    "nouvelle",
    "futur",
    "future",
)

# Conjunctions between names of one list, and between two titles of one person
# ("membre du Comité provincial du Parti et directrice du Département").
NAME_LIST_CONJUNCTIONS: tuple[str, ...] = ("et",)

# First words of Party membership titles: in "NAME, membre du Comité central du Parti,
# vice-Premier ministre" the office after a membership is the title kept; an office
# before other titles stays ("Bui Thanh Son, vice-Premier ministre, chef du Comité ...").
MEMBERSHIP_TITLE_WORDS: tuple[str, ...] = ("membre", "membres")

# Words that tie a title to its complement (a capitalised run after them is an
# institution or a place unless a person name can be split off its end).
TITLE_CONNECTORS: frozenset[str] = frozenset(
    {"du", "de", "des", "d'", "d’", "la", "l'", "l’", "le", "les", "au", "aux", "à", "en", "et"}
)
# Right before a capitalised run, these make it the complement of a noun, not a person
# named before an apposition: "la Force des Jeunes Volontaires, le président ...".
NAME_OF_CONNECTORS: tuple[str, ...] = ("de", "des", "du", "d'", "d’")

# Lower-case words that may stand inside a title complement.
TITLE_COMPLEMENT_WORDS: frozenset[str] = frozenset(
    """populaire provincial provinciale municipal municipale central centrale national
    nationale permanent permanente adjoint adjointe général générale exécutif exécutive
    province ville district commune département ministère comité conseil bureau politique
    secrétariat parti santé affaires étrangères intérieur finances défense sécurité publique
    justice éducation formation travail invalides sociales industrie commerce agriculture
    développement rural environnement ressources naturelles construction transports
    information communication culture sports tourisme sciences technologie technologies
    plan investissement inspection gouvernement état assemblée front patrie fédération
    union association hôpital centre institut université académie banque direction service
    office commission cabinet délégation ambassade police armée sortant sortante élu élue
    intérim honoraire délégué déléguée chargé chargée américain américaine français
    française vietnamien vietnamienne chinois chinoise russe britannique japonais japonaise
    coréen coréenne nord-coréen nord-coréenne sud-coréen sud-coréenne allemand allemande
    mexicain mexicaine polonais polonaise turc turque indien indienne australien
    australienne canadien canadienne ukrainien ukrainienne laotien laotienne cambodgien
    cambodgienne thaïlandais thaïlandaise européen européenne démocrate républicain
    républicaine conservateur conservatrice travailliste socialiste communiste
    propagande mobilisation masses organisation organisations contrôle relations
    extérieures économique économiques interne internes permanente générale adjoints
    commission centrale patriotique jeunesse femmes syndicats""".split()
)

# Bodies of the Party and the State: English key -> forms written in this language.
PARTY_STATE_BODIES: dict[str, tuple[str, ...]] = {
    "Politburo": ("Bureau politique", "Politburo"),
    "Secretariat": ("Secrétariat du Comité central", "Secrétariat"),
    "Party Central Committee": ("Comité central du Parti", "Comité central"),
    "Communist Party of Vietnam": ("Parti communiste du Vietnam", "Parti"),
    "National Assembly": ("Assemblée nationale",),
    "Government": ("Gouvernement", "gouvernement"),
    "People's Committee": ("Comité populaire",),
    "People's Council": ("Conseil populaire",),
    "Fatherland Front": ("Front de la Patrie du Vietnam", "Front de la Patrie"),
}

# Courtesy words between a title and a name, or before a name ("Mme Diep Thi Minh Quyet").
NAME_HONORIFICS: tuple[str, ...] = (
    "M.", "Mme", "Mlle", "Monsieur", "Madame", "Mademoiselle", "camarade", "Dr", "Dr.",
    "Pr", "Pr.", "MM.", "Mmes", "camarades",
    # military and police ranks: "le ministre de la Sécurité publique, le général Luong
    # Tam Quang", "le lieutenant-général Nguyen Van Long"
    "général", "général d'armée", "général de corps d'armée", "général de division",
    "général de brigade", "lieutenant-général", "colonel-général", "colonel", "général-major",
    "le général", "le général d'armée", "le général de corps d'armée", "le général de division",
    "le lieutenant-général", "le colonel-général", "le colonel", "le général-major",
)  # fmt: skip

# Honorifics that are a Party address: the name after them is an office holder even
# without a title ("le camarade Tran Cam Tu a souligné").
OFFICIAL_HONORIFICS: tuple[str, ...] = ("camarade", "camarades")

# Articles dropped before a title: "Lê Thành Long, le vice-Premier ministre".
TITLE_ARTICLES: frozenset[str] = frozenset({"le", "la", "l'", "l’", "les", "un", "une"})
# "vice Premier ministre" (written apart) is a deputy's office, not the Prime Minister's.
DEPUTY_WORDS: frozenset[str] = frozenset({"vice", "sous"})

# Right before a name, these mark a person who is not an office holder.
NON_OFFICIAL_CUES: tuple[str, ...] = (
    "patient", "patiente", "malade", "victime", "la victime", "héros", "héroïne", "martyr",
    "lauréat", "lauréate", "mère héroïque", "mère vietnamienne héroïque", "journaliste",
    "reporter", "correspondant", "correspondante", "photographe", "auteur", "autrice",
    "photo", "photo :", "photo:", "photos :", "crédit :", "crédit photo :", "source :",
)  # fmt: skip

# Line-initial cues of bylines and credits ("Par Huong Le", "Photo : Duy Linh").
BYLINE_CUES: tuple[str, ...] = ("par", "photo", "photos", "texte", "source", "crédit")

# A capitalised run after these is a place or an institution ("rue Tran Hung Dao");
# administrative units are left out (a title may end with one before the name).
NAME_PLACE_NOUNS: tuple[str, ...] = (
    "rue", "avenue", "boulevard", "place", "pont", "quai", "route", "hôpital", "école",
    "lycée", "collège", "université", "stade", "parc", "marché", "pagode", "temple", "lac",
    "rivière", "aéroport", "port", "musée",
    "mausolée", "gare", "quartier", "arrondissement", "centre", "institut", "village",
)  # fmt: skip

# Case endings a declined foreign name may carry (none in French).
NAME_CASE_SUFFIXES: tuple[str, ...] = ()

# Capitalised words and phrases that never belong to a person name after a title
# (countries, organisations): "le président des États-Unis Donald Trump".
NAME_STOP_PHRASES: tuple[str, ...] = (
    "États-Unis", "USA", "Chine", "Russie", "France", "Vietnam", "Viet Nam", "Laos",
    "Cambodge", "Japon", "Corée", "Corée du Nord", "Corée du Sud", "Inde", "Allemagne",
    "Royaume-Uni", "Pologne", "Ukraine", "Turquie", "Indonésie", "Thaïlande", "ASEAN",
    "ONU", "UE", "Union européenne", "OMS", "Banque mondiale", "FMI", "Croix-Rouge",
    "Croix Rouge", "Comité", "Conseil", "Commission", "Agence", "Association", "Société",
    "Fédération", "Fondation", "Groupe", "Parti", "Council", "Committee", "Corporation",
    # the city, whose name is also a person's: "… du Parti de Hô Chi Minh-Ville, Tran Luu Quang"
    "Hô Chi Minh-Ville", "Ho Chi Minh-Ville", "Hô-Chi-Minh-Ville", "Hô Chi Minh Ville",
    "Ho Chi Minh Ville", "Ho Chi Minh City",
)  # fmt: skip

# spaCy model used to confirm non-Vietnamese person names (None: none for this language).
PERSON_NER_MODEL: str | None = "fr_core_news_sm"

# ---- obligation cues and actor names (article/obligations, combine/commitments) ----

#: Words written with a full stop that never end a sentence (lower-case, without the dot):
#: "M. Tran Cam Tu", "Mme", "art. 5", "TP. Hô Chi Minh". Single capitals ("N. Long") are
#: initials everywhere and need no entry.
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "m",
        "mm",
        "mme",
        "mlle",
        "mgr",
        "dr",
        "pr",
        "st",
        "ste",
        "art",
        "env",
        "cf",
        "tp",
        "no",
        "n°",
        "vol",
        "p",
        "av",
        "bd",
        "gén",
        "lt",
        "col",
        "hab",
        "min",
    }
)

#: Adverbs between an auxiliary and its participle: "a également demandé", "a, par
#: ailleurs, exigé", "ont aussi chargé" (one adverb or adverbial phrase, optional).
_ADVERB = (r"(?:\s*,\s*" + "(?:{0})" + r"\s*,\s*|\s+(?:{0})\s+|\s+)").format(
    r"\p{Ll}+ment|aussi|encore|notamment|enfin|ensuite|donc|ainsi|alors|toutefois|cependant"
    r"|de\s+nouveau|en\s+outre|par\s+ailleurs|d['’]abord|pour\s+sa\s+part|quant\s+à\s+(?:lui|elle)"
    # "a, dans le même temps, demandé au gouvernement de…"
    r"|(?:dans\s+le\s+|en\s+)même\s+temps|de\s+son\s+côté|à\s+cet\s+égard|à\s+cette\s+occasion"
)

#: Askers who hold no authority: a request of businesses, voters, experts or residents
#: *to* an authority is no directive ("Les entreprises ont demandé au gouvernement de…",
#: "Les associations … ont exhorté le gouvernement à…"). Read right before a directing
#: verb: the asker, then up to 60 characters without a clause break or an office.
_PUBLIC_ASKERS = (
    r"entreprises|sociétés\s+privées|électeurs|électrices|habitants|citoyens|experts"
    r"|analystes|associations|investisseurs|agriculteurs|paysans|travailleurs|ouvriers"
    r"|promoteurs|exportateurs|importateurs|producteurs|transporteurs|employeurs|salariés"
    r"|consommateurs|internautes|riverains|usagers|commerçants|chercheurs|scientifiques"
    r"|économistes|professionnels|ONG|patients|familles|parents|touristes|propriétaires"
    r"|manifestants|syndicats\s+étrangers"
)
#: The same before a verb whose auxiliary or subject stands earlier ("Les entreprises ont
#: écrit et demandé au gouvernement de…"); askers that are objects ("a adressé ses
#: condoléances aux familles et demandé aux autorités de…") do not count.
_NOT_AFTER_PUBLIC = (
    r"(?<!(?<!\b(?:aux|à|aux\s+\p{L}+|des|de)\s)\b(?:" + _PUBLIC_ASKERS + r")\b"
    r"(?:(?!ministre|président|secrétaire|gouverneur|directeur|directrice|chef|dirigeant"
    r"|premier)[^.;:!?«»]){0,100})"
)
_NOT_BY_PUBLIC = (
    r"(?=(?:a|ont)" + _ADVERB + r"(?:demand[ée]|exig[ée]|charg[ée]|ordonn[ée]|enjoint|exhort[ée]"
    r"|appel[ée]|rappel[ée]|invité|instruit|prié|mandaté|donné|suggéré|insisté)\b)"
    r"(?<!\b(?:" + _PUBLIC_ASKERS + r")\b"
    r"(?:(?!ministre|président|secrétaire|gouverneur|directeur|directrice|chef|dirigeant"
    r"|premier)[^.;:!?,«»]){0,60})"
)

#: A partner named between commas right after the subject, part of the verb phrase:
#: "Le ministère, en coordination avec les localités, renforcera…".
_ALONGSIDE = (
    r",\s*(?:en\s+(?:coordination|collaboration|concertation|coopération|liaison)"
    r"|de\s+concert|conjointement)\s+avec\s[^,;:.!?]{1,80}?,\s*"
)

#: An invitation to an event, not a directive: "a invité les délégués à visiter
#: l'exposition", "est invité à participer au festival".
_EVENT_INVITATION = (
    r"(?![^.;:!?]{0,60}?\bà\s+(?:participer|assister|visiter|prendre\s+part|se\s+rendre|venir"
    r"|découvrir|déguster|célébrer|partager|dîner|déjeuner)\b)"
)

#: Future tense of a body's pledge or plan, right after its subject: "le secteur renforcera",
#: "Le ministère de la Santé assurera", "le ministère se coordonnera", "va élaborer".
#: Not the auxiliaries "sera", "aura" (a passive or a state, not a pledge). The
#: conditional is the future of reported speech: "a indiqué que le ministère soumettrait…".
#: The endings -era/-eront, -ira/-iront, -dra, -ura, -vra, -ttra are written as one
#: "…r(a|ont)" with the letters before the r in a class, and so are the auxiliaries:
#: the same words, but the engine tests one class where it tested twelve endings at
#: every letter of every word (this cue was half of the French cue scan).
FUTURE_CUES: str = (
    r"(?i:(?<=\s)(?:(?:se|s['’]|en|y|ne|lui|leur)\s*)?"
    r"(?!(?:se|au|fe|pour|dev|vou|fau)r(?:a|ont|ait|aient)\b)"  # sera, aura, serait…
    r"\p{Ll}{2,}(?:[eiduv]|tt)r(?:a|ont|ait|aient)\b"
    r"|\b(?:va|vont|allait|allaient)\s+"
    r"(?:(?:continuer\s+à|continuer\s+de|poursuivre)\s+)?\p{Ll}{3,}(?:er|ir|re)\b)"
)

#: The first person of an interviewee's body: "nous sommes déterminés à achever…",
#: "nous allons…", "nous nous engageons à…", "nous renforcerons…".
FIRST_PERSON_CUES: str = (
    r"(?i:\bnous\s+(?:sommes|restons|serons)\s+(?:déterminée?s|résolue?s|engagée?s)\s+à\b"
    r"|\bnous\s+(?:nous\s+engageons\s+à|allons|continuerons|poursuivrons)\b"
    r"|\bnous\s+(?:nous\s+)?\p{Ll}{3,}(?:erons|irons|drons)\b)"
)

#: Directives in reported speech, whose addressee may be unnamed: "Il a demandé que…",
#: "a suggéré que…", "a exigé de…", "a ordonné :", "a fermement exigé que…".
SPEECH_DIRECTIVES: str = (
    r"(?i:\b"
    + _NOT_BY_PUBLIC
    + r"(?:a|ont)"
    + _ADVERB
    + r"(?:demandé|exigé|suggéré|ordonné|insisté\s+pour)"
    r"\s*(?:que|qu['’]|de\b|d['’]|:|à\s+ce\s+qu(?:e\b|['’])))"
)

#: Assignments whose addressee follows the thing assigned: "a assigné des tâches aux
#: ministères", "a confié à la province la mission de…".
ASSIGNMENT_CUES: str = (
    r"(?i:\b(?:a|ont)" + _ADVERB + r"(?:assigné|confié|attribué|délégué|réparti)\b"
    r"|\b(?:assigne|confie|assignant|confiant)\b)"
)
#: Words that open the addressee of an assignment: "… aux ministères".
ASSIGNMENT_LEAD: str = r"(?i:\b(?:à\s+la|à\s+l['’]|aux|au|à)\s*)"

#: Speech that gives an official the floor for what follows: directives, conclusions.
#: Reported speech keeps its speaker until another one is introduced.
FLOOR_VERBS: str = (
    r"(?i:\b(?:a|ont)" + _ADVERB + r"(?:souligné|demandé|exigé|ordonné|suggéré|insisté"
    r"|exhorté|conclu|chargé|appelé|instruit|enjoint|affirmé|réaffirmé|requis|prié|invité"
    r"|assigné|confié|donné\s+(?:des\s+|pour\s+)?instructions?"
    # an official who opens a speech ("a salué les progrès…", "a pris la parole") holds the
    # floor for the directives that follow
    r"|salué|félicité|apprécié|reconnu|noté|pris\s+la\s+parole|présidé"
    # the signer of a dispatch: "a signé le télégramme officiel n° 218/CĐ-TTg demandant…"
    r"|signé(?=[^.;!?]{0,60}?\b(?:dépêche|télégramme|directive|décision|circulaire"
    r"|instruction|document|communiqué)))\b"
    r"|\ben\s+conclusion\b|\bremarques\s+finales\b|\bdiscours\s+de\s+clôture\b|\bconcluant\b"
    r"|\bs['’]exprimant\b|\bprenant\s+la\s+parole\b)"
)

#: Pronouns that stand for the body or the speaker of the sentence before.
REFERENCE_PRONOUNS: str = r"(?i:^(?:il|elle|ils|elles)$)"

#: Definite references to a body named before, with the English word its name holds:
#: "Le ministère" → the last Ministry named, "Le secteur" → the last sector.
REFERENCE_NOUNS: dict[str, str] = {
    r"minist[èe]re": "Ministry", r"d[ée]partement": "Department", r"service": "Department",
    r"secteur": "sector", r"comit[ée]": "Committee", r"conseil": "Council",
    r"gouvernement": "Government", r"province": "Provincial", r"banque": "Bank",
    r"police": "Police", r"ville": "City", r"municipalité": "City",
}  # fmt: skip

#: An office standing for its body as the subject: "Le ministre de la Justice doit…" is
#: read as "le ministère de la Justice".
TITLE_BODY_HEADS: dict[str, str] = {
    r"(?i:(?:vice-|sous-)?ministres?(?:\s+(?:adjointe?|déléguée?))?)(?=\s+d)": "ministère",
    r"(?i:(?:directeur|directrice)(?:\s+adjointe?)?)(?=\s+d)": "département",
}

#: Copulas right after a modal verb: a state ("doit être différent"), not a task.
COPULA_VERBS: str = r"(?i:\s+(?:être|avoir|rester|demeurer)\b)"

#: The text is an interview: its "nous" is the interviewee's body.
INTERVIEW_MARKERS: str = (
    r"(?i:\binterview(?:é|ée|és|ées|er)?\b|\bentretien\b|\ba\s+répondu\s+aux\s+questions\b"
    r"|\bs['’]est\s+entretenue?\s+avec\b)"
)

#: A list of tasks after a colon, each opened by an infinitive: "… trois accélérations :
#: accélérer …, d'ici le 31 décembre ; et achever …", "Le ministère de la Santé : élaborer …".
#: The infinitive may open with a capital ("Département de la Construction : Renforcer …").
#: Not the colon of a directive's own action: "a demandé au Département de : mettre …".
TASK_LIST_CUES: str = r"(?<!\bde\s?):\s*(?=\p{L}\p{Ll}{2,}(?:er|ir|re)\b)"

#: Present participles of directing verbs: "…, ordonnant aux agences de…"; "exigeant" only
#: before an addressee or a clause, not "exigeant une forte concentration" (a task that
#: requires something).
_DIRECTING_PARTICIPLES: tuple[str, ...] = (
    r"demandant", r"exigeant(?=\s+(?:que|qu['’]|de|d['’]|des|du|aux?|à)\b)", r"ordonnant",
    r"chargeant", r"enjoignant", r"exhortant", r"invitant", r"priant", r"appelant",
    r"donnant\s+(?:pour\s+instruction|instructions?(?=\s+(?:aux?|à\s+la|à\s+l['’])))",
)  # fmt: skip
#: An addressee right after a directing verb: "charge le ministère de…".
_BEFORE_ADDRESSEE = r"(?=\s+(?:les?|la|l['’]|aux?|à)\s*\p{L})"
#: A body opening a clause after "que": "… prévoit que les comités populaires…".
_BODY_SUBJECT = (
    r"(?:les?\s+|la\s+|l['’]|ces?\s+|chaque\s+)?(?:comités?|ministères?|départements?"
    r"|autorités|localités|provinces|gouvernement|banque)\b"
)

#: Obligation cues: (pattern, kind). Patterns are case-sensitive ``regex`` sources; use
#: ``(?i:…)`` where case does not matter. Kinds: ``subject`` (the actor is the subject
#: before the cue: "le ministère de la Santé doit…"), ``passive`` (the thing to be done is
#: the subject: "la fusion doit être achevée…"), ``object`` (a directing verb, the actor
#: follows: "a demandé au ministère de la Santé de…"), ``impersonal`` ("il faut…").
#: Must match: "doivent être achevées", "devra", "est chargé de", "a demandé aux localités de",
#: "s'engage à", "appelle les localités à". Must not match: "devoir" (noun), "s'appelle",
#: "la demande des localités" (a noun, not a verb).
OBLIGATION_CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?i:\b(?:doi(?:t|vent)|devant)\s+(?:impérativement\s+)?être\s+(?:achevée?s?|terminée?s?|finalisée?s?"
        r"|complétée?s?|mise?s?\s+en\s+œuvre|réalisée?s?|soumise?s?|présentée?s?|adoptée?s?))",
        "passive",
    ),
    # a text to be handed to an assembly at a set time: "Les deux projets de loi seront
    # soumis au Comité permanent de l'Assemblée nationale lors de sa session de septembre"
    # (the cue spans the recipient, which is no actor: who submits is unnamed)
    (
        r"(?i:\b(?:sera|seront)\s+(?:soumise?s?|présentée?s?|transmise?s?)\s+(?:à\s+l['’]|à\s+la\s+"
        r"|au\s+|aux\s+)(?:[\p{L}'’-]+\s+){1,8}?(?=lors\s+d|d['’]ici|avant\b|au\s+plus\s+tard))",
        "passive",
    ),
    # "devrait" is a forecast before a verb of figures: "devrait atteindre 6,6 %"
    (
        r"(?i:\b(?:doi(?:t|vent)|devr(?:a|ont)|devr(?:ait|aient)(?!\s+(?:\p{Ll}+ment\s+)?"
        r"(?:atteindre|dépasser|augmenter|croître|progresser|s['’]établir|s['’]élever|rester"
        r"|connaître|enregistrer|diminuer|baisser|reculer|ralentir|avoisiner|tourner|générer"
        r"|produire|accueillir|attirer|être|avoir|se\s+poursuivre|continuer"
        # a scheduled or forecast event: "la session devrait s'ouvrir le 20 octobre", "le
        # typhon devrait toucher…"
        r"|s['’]ouvrir|se\s+tenir|se\s+dérouler|avoir\s+lieu|durer|débuter|commencer|toucher"
        r"|frapper|arriver|se\s+renforcer|s['’]affaiblir)\b"
        # a figure right after the verb: "l'usine devrait créer 4.000 emplois"
        r"|\s+\p{Ll}+\s+(?:environ\s+|plus\s+de\s+|près\s+de\s+|quelque\s+)?\d"
        # a negated forecast: "il ne devrait toutefois pas toucher le pays"
        r"|(?:\s+(?:toutefois|cependant|donc|plus|probablement))?\s+pas\b))\b)",
        "subject",
    ),
    # "est chargé de", "sont tenus de", "a été chargée de", "sont invités à", "est prié de"
    (
        r"(?i:\b(?:(?:est|sont|sera|seront)\s+(?:\p{Ll}+ment\s+)?(?:(?:chargée?s?|tenue?s?"
        r"|responsables?|priée?s?)\s+d(?:e\b|['’])|invitée?s?" + _EVENT_INVITATION + r"\s+à\b)"
        # an assignment just made; not one of a past year ("En 2015, … a été chargée de")
        r"|(?=(?:a|ont)\s+été\s)(?<!\b(?:19|20)\d\d\b[^.;!?]{0,100})(?:a|ont)\s+été\s+"
        r"(?:\p{Ll}+ment\s+)?(?:chargée?s?|demandée?s?|priée?s?|sommée?s?)"
        r"\s+d(?:e\b|['’])"
        # "a reçu pour instruction de…", "ont reçu l'ordre de…"
        r"|(?=[ao])(?:a|ont)\s+reçu\s+(?:pour\s+(?:instruction|mission)|l['’](?:ordre|instruction)"
        r"|des\s+instructions|instruction)\s+d(?:e\b|['’])"
        # "se voit confier la tâche de…", "s'est vu assigner…"
        r"|(?:se\s+voi(?:t|ent)|s['’]est\s+vue?|se\s+sont\s+vue?s)\s+(?:confier|assigner|attribuer)\b"
        # a pledge: "est déterminé à", "restent résolus à"
        r"|(?:est|sont|reste|restent)\s+(?:fermement\s+)?(?:déterminée?s?|résolue?s?)\s+à\b))",
        "subject",
    ),
    (r"(?i:\b(?:s['’]engage(?:nt)?|se\s+sont\s+engagée?s|s['’]est\s+engagée?)\s+à\b)", "subject"),
    (
        r"(?i:\bdevai(?:t|ent)\b(?<=\bque?\s[^.;:!?«»]{1,150}devai(?:t|ent))"
        r"(?!\s+(?:\p{Ll}+ment\s+)?(?:être|avoir|atteindre|dépasser|rester)\b))",
        "subject",
    ),
    (
        r"(?i:\b(?:a|ont|aura|auront)\s+(?:pour\s+(?:mission|tâche|objectif|rôle)"
        r"|la\s+(?:charge|responsabilité|mission|tâche))\s+d(?:e\b|['’]))",
        "subject",
    ),
    (r"(?i:\bil\s+(?:faut|faudra|fallait)\b)", "impersonal"),
    (
        r"(?i:\bil\s+(?:est|sera)\s+(?:nécessaire|indispensable|impératif|obligatoire|essentiel"
        r"|urgent)\s+(?:d(?:e\b|['’])|qu(?:e\b|['’])))",
        "impersonal",
    ),
    (
        r"(?i:\b(?:"
        + _NOT_BY_PUBLIC
        + r"(?:a|ont)"
        + _ADVERB
        + r"(?:demand[ée](?!\s+(?:des\s+nouvelles"
        r"|pardon|l['’]avis|conseil|la\s+parole)\b)|exig[ée]|charg[ée]|ordonn[ée]|enjoint"
        r"|exhort[ée]|appel[ée]|invité" + _EVENT_INVITATION + r"|instruit|prié|mandaté"
        # "a rappelé au comité de pilotage de mettre en œuvre…" (not "a rappelé que…")
        r"|rappel[ée](?=\s+(?:aux?|à\s+la|à\s+l['’])\s[^.;:!?]{1,80}?\s(?:de|d['’])\s*"
        r"\p{Ll}+(?:er|ir|re)\b)"
        # "a donné instruction au ministère de…", "a donné pour mission de…"; not "a donné
        # des instructions à six groupes de travail" (instructions on topics)
        r"|donné\s+(?:pour\s+(?:instruction|mission|consigne)|(?:des\s+|l['’])?(?:instructions?"
        r"|ordres?|directives?|consignes?)(?=\s+(?:aux?|à\s+la|à\s+l['’]|pour\s+qu))))"
        r")\b)",
        "object",
    ),
    # the present tense, "Le Premier ministre demande aux ministères de…", not a noun ("la
    # demande des localités", "s'appelle"); "le gouvernement mandate les ministères pour
    # publier…", "charge le ministère de…" only before an addressee
    *(
        (
            r"(?i:\b"
            + verb
            + r"(?<!(?:s['’]|\b(?:la|une|sa|cette|leur|de|en|à)\s)"
            + verb
            + r")"
            + after
            + r"\b)",
            "object",
        )
        for verb, after in (
            (r"demande(?:nt)?", ""),
            (r"exige(?:nt)?", ""),
            (r"ordonne(?:nt)?", ""),
            (r"exhorte(?:nt)?", ""),
            (r"appelle(?:nt)?", ""),
            (r"invite(?:nt)?", ""),
            (r"mandate(?:nt)?", _BEFORE_ADDRESSEE),
            (r"charge(?:nt)?", _BEFORE_ADDRESSEE),
        )
    ),
    # the present participle of a directing verb: "…, ordonnant aux agences de…" (one
    # pattern per participle: a pattern that opens with one word is found at once, an
    # alternation of words is tried at every word of the text)
    *((r"(?i:\b" + participle + r"\b)", "object") for participle in _DIRECTING_PARTICIPLES),
    # an auxiliary shared with the verb before ("a adressé ses condoléances … et demandé aux
    # autorités locales de…") and an infinitive of purpose ("a publié le télégramme n° 1503
    # pour ordonner aux organes compétents de…"), before an addressee and not after a
    # request of businesses or residents
    (
        r"(?i:\bet\s+(?:demandé|exigé|ordonné|chargé|exhorté|enjoint)(?=\s+(?:aux?|à)\s)"
        + _NOT_AFTER_PUBLIC
        + r")",
        "object",
    ),
    (
        r"(?i:\bpour\s+(?:ordonner|demander|exiger|enjoindre)(?=\s+(?:aux?|à)\s)"
        + _NOT_AFTER_PUBLIC
        + r")",
        "object",
    ),
    # a plan laid down, before a body: "Le calendrier prévoit que les comités populaires
    # provinciaux élaborent…", "La directive stipule que les ministères…"
    *(
        (r"(?i:\b" + verb + r"(?=\s+qu(?:e\s+|['’])" + _BODY_SUBJECT + r"))", "object")
        for verb in (r"prévoi(?:t|ent)", r"stipul(?:e|ent)")
    ),
    # a duty laid on whoever follows: "Il incombe aux comités populaires de…", "Il
    # appartient au ministère de…", "Il est demandé aux localités de…"
    (
        r"(?i:\bil\s+(?:incombe|appartient|revient|(?:est|a\s+été)\s+demandé)(?=\s+(?:à|aux?)\s))",
        "object",
    ),
    (FUTURE_CUES, "future"),
    # a body's plan: "La Banque d'État prévoit de continuer…", "le ministère envisage de…";
    # not after a pronoun (a person, or a country's ambition: "elle prévoit de devenir…")
    # nor before a target ("prévoit d'atteindre 8 %")
    *(
        (
            r"(?i:\b" + verb + r"(?<!\b(?:il|elle|ils|elles|qui)\s" + verb + r")"
            r"(?!\s*(?:devenir|atteindre|dépasser|accueillir|attirer|exporter|produire|recevoir)\b))",
            "future",
        )
        for verb in (
            r"prévoi(?:t|ent)\s+d(?:e\b|['’])",
            r"envisage(?:nt)?\s+d(?:e\b|['’])",
            r"projette(?:nt)?\s+d(?:e\b|['’])",
            r"entend(?:ent)?\s+d(?:e\b|['’])",
            r"s['’]apprête(?:nt)?\s+à\b",
        )
    ),
    # the same after a partner between commas: "Le ministère, en coordination avec les
    # localités, renforcera…" (the cue starts at the comma, right after its subject)
    (r"(?i:" + _ALONGSIDE + r")" + FUTURE_CUES, "future"),
    (FIRST_PERSON_CUES, "first_person"),
    (SPEECH_DIRECTIVES, "speech"),
    (ASSIGNMENT_CUES, "assign"),
    (TASK_LIST_CUES, "tasks"),
)

#: The word before a passive's agent ("… doit être achevée par le ministère"); a body
#: after a passive verb without it is a recipient, not the one who acts.
PASSIVE_AGENT: str = r"(?i:\bpar(?:\s+(?:le|la|les|l['’]))?)"

#: What may stand between an object cue and its addressee: "a demandé au ministère",
#: "a chargé le Département", "appelle les localités".
ADDRESSEE_LEAD: str = r"(?i:(?:à\s+la|à\s+l['’]|aux|au|à|les|le|la|l['’])\s*)?"

#: Words that open the action after the addressee: "… au ministère de la Santé de préparer".
ACTION_LEAD: str = r"(?i:^[\s,]*(?:de|d['’]|qu['’]|que|à|afin\s+de)\s*(?::\s*)?)"

#: A pronoun subject of a directing verb that refers back to the paragraph's official:
#: "Il a demandé…", "Elle a exhorté…".
DIRECTOR_PRONOUN: str = (
    r"(?i:^\s*(?:(?:par\s+ailleurs|en\s+outre|enfin|de\s+plus),?\s+)?(?:il|elle)\s+$)"
)

#: Determiners stripped from an unknown subject noun phrase: "Le Comité de pilotage doit…"
#: → actor "Comité de pilotage".
#: A subject pronoun with nothing named before it is no name: "Ils doivent…" alone
#: has an unnamed actor, not "Ils".
SUBJECT_DETERMINERS: str = (
    # an opening adverb stays out of the subject: "Par ailleurs, le ministère doit…"
    # and so does an introductory phrase: "Conformément au télégramme du Premier ministre,
    # le ministère ordonne…" (only when a determiner follows its comma)
    r"(?i:^(?:(?:par\s+ailleurs|en\s+outre|de\s+plus|de\s+même|enfin|ensuite|également"
    r"|parallèlement|en\s+particulier|pour\s+sa\s+part|de\s+son\s+côté),?\s+"
    r"|[^,;:]{1,120},\s+(?=(?:le|la|les|l['’]|ce|cette|ces)\b))?"
    r"(?:que\s+|qu['’])?(?:(?:ils|elles|il|elle|le|la|les|ces|cette|ce|chaque|tout\s+le"
    r"|toute\s+la)\b|l['’])\s*)"
)

#: Verbs that attribute reported speech: "…, a souligné le vice-Premier ministre".
SPEECH_VERBS: str = (
    r"(?i:\b(?:a|ont)\s+(?:déclaré|souligné|affirmé|indiqué|insisté|rappelé|précisé|ajouté"
    r"|demandé|estimé)\b|\bselon\b)"
)

#: Actors (responsible bodies) and the places after them are in the gazetteer of the
#: Vietnamese state: pipeline/lang/gazetteer/*.toml.

#: Conjunctions that chain addressees ("aux ministères, aux agences et aux localités") and
#: that are cut from the end of an action (regexes, on whole words).
ACTOR_CHAIN_WORDS: tuple[str, ...] = ("et",)
ACTION_TRAILING_WORDS: tuple[str, ...] = ("et", r"ainsi\s+que")

#: Abbreviations whose full stop ends no sentence before a decree's issue date.
DECREE_ABBREVIATIONS: tuple[str, ...] = ("n°",)

# ---- stories (combine/stories) ----

#: A story's title is that of its French member when it has one.
STORY_TITLE_PREFERRED: bool = True
#: Line openings that credit the text's origin: "Source : …", "D'après …" (regexes).
CREDIT_MARKERS: tuple[str, ...] = ("source", "sources", r"d['’]après")

# ---- loading (ingest/decode) ----

#: Letters French writes: a legacy decoding mostly made of them is plausible.
LETTERS: str = "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»’€"

# ---- portal exports (ingest/portal) ----

#: Navigation lines from which everything to the end is cut (whole lines, any case; the
#: portal writes "article" or "articles" before the adjective).
PORTAL_TAIL_MARKERS: tuple[str, ...] = (
    "même catégorie", "même auteur", "sur le même sujet", "à lire aussi",
    "article liés", "article similaires", "article connexes",
    "articles liés", "articles similaires", "articles connexes", "lire aussi",
)  # fmt: skip
#: A comment counter ("Commentaires (0)") and a tag line ("Mots-clés : …"), navigation too.
PORTAL_COMMENT_WORDS: tuple[str, ...] = ("commentaire", "commentaires")
PORTAL_TAG_WORDS: tuple[str, ...] = ("mots-clés", "mots clés")
#: Share and like widgets, dropped wherever they stand: "Partager", "J'aime (12)".
PORTAL_COUNTER_WORDS: tuple[str, ...] = ("partager", "j'aime")
#: The label of the original's URL: "Source : https://…".
PORTAL_SOURCE_LABELS: tuple[str, ...] = ("Source",)
#: Captions and credits: "Photo : VNA", "Crédit : …", "… (AVI)".
PORTAL_CAPTION_CUES: tuple[str, ...] = ("photo", "photos", "source photo", "crédit")
PORTAL_CAPTION_AGENCIES: tuple[str, ...] = ("AVI",)
#: Bylines: "Par Huong Le", "Texte et photos : …".
PORTAL_BYLINE_CUES: tuple[str, ...] = ("par", "auteur", "texte et photo", "texte et photos")
#: Weekdays between a paper's name and its date: "… - vendredi, 10/10/2025".
WEEKDAYS: tuple[str, ...] = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
)  # fmt: skip
