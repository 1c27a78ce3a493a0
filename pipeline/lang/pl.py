"""Polish language data (same names in every language module)."""

from __future__ import annotations

# ---- dates, periods, decrees, deadline cues (article/dates, decrees, deadlines) ----
# Read by pipeline.article.date_grammar / decrees / deadlines. Patterns are regex templates
# (compiled case-insensitively with the `regex` module); the engine fills {DAY} {MM} {MONTH}
# {YEAR} {YEAR2} {ORD} {ROMAN} {RSUF}, {DAY0} {DAY_END} (first and last day of a range) and
# reads the named groups d, d0, m, mn, y, y2, q, h, nmf (first N months), nml (last N
# months), rl / ry (a DATE_RELATIVE word of the month / the year). A template's match is
# the date's raw span. A match without its year takes it from the publication date.


def _month_forms(number: int, forms: str) -> dict[str, int]:
    return {form: number for form in forms.split()}


# Every case of every month: nominative, genitive, dative, instrumental, locative
# ("październik", "października", "październikowi", "październikiem", "październiku").
DATE_MONTHS: dict[str, int] = {
    **_month_forms(1, "styczeń stycznia styczniowi styczniem styczniu"),
    **_month_forms(2, "luty lutego lutemu lutym"),
    **_month_forms(3, "marzec marca marcowi marcem marcu"),
    **_month_forms(4, "kwiecień kwietnia kwietniowi kwietniem kwietniu"),
    **_month_forms(5, "maj maja majowi majem maju"),
    **_month_forms(6, "czerwiec czerwca czerwcowi czerwcem czerwcu"),
    **_month_forms(7, "lipiec lipca lipcowi lipcem lipcu"),
    **_month_forms(8, "sierpień sierpnia sierpniowi sierpniem sierpniu"),
    **_month_forms(9, "wrzesień września wrześniowi wrześniem wrześniu"),
    **_month_forms(10, "październik października październikowi październikiem październiku"),
    **_month_forms(11, "listopad listopada listopadowi listopadem listopadzie"),
    **_month_forms(12, "grudzień grudnia grudniowi grudniem grudniu"),
}
# Ordinals in the cases used with "kwartał" (masc.) and "półrocze" (neut.):
# "IV kwartał", "w czwartym kwartale", "pierwsze półrocze", "w drugim półroczu",
# and feminine halves with "połowa": "w pierwszej połowie", "na drugą połowę".
DATE_ORDINALS: dict[str, int] = {
    **_month_forms(1, "pierwszy pierwsze pierwszego pierwszemu pierwszym"),
    **_month_forms(2, "drugi drugie drugiego drugiemu drugim"),
    **_month_forms(3, "trzeci trzecie trzeciego trzeciemu trzecim"),
    **_month_forms(4, "czwarty czwarte czwartego czwartemu czwartym"),
    **_month_forms(1, "pierwsza pierwszej pierwszą"),
    **_month_forms(2, "druga drugiej drugą"),
}
# A bare year after a weak cue ("w 2025", "do 2030") only counts when the next thing is
# punctuation, a conjunction or a preposition: "w 2025 przypadkach" is a count.
_WEAK_YEAR_END = r"(?=\s*(?:[,.;:!?)–—-]|$)|\s+(?:i|oraz|a|lub|na|w|we|do|z|po|przez|dla|od|nie)\b)"
# A month alone, without its year: "w grudniu" (locative), "do końca grudnia" (genitive).
_LOCATIVE = (
    r"(?P<mn>styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku"
    r"|listopadzie|grudniu)(?![\p{L}-])(?!\s*\d)"
)
_GENITIVE = (
    r"(?P<mn>stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia)(?![\p{L}-])(?!\s*\d)"
)
_AFTER_GENITIVE = (
    r"(?=[slmkcwpg])(?<=\b(?:do|od|końca|końcem|początku|połowie|połowy|połowę|połowa)\s+)"
)
# "w lipcu ubiegłego roku", "w maju przyszłego roku" (DATE_RELATIVE, group ry)
_RELATIVE_YEAR = r"(?:\s+(?P<ry>ubiegłego|zeszłego|poprzedniego|przyszłego)\s+roku\b)?"
DATE_RELATIVE: dict[str, int] = {
    "ubiegłego": -1, "zeszłego": -1, "poprzedniego": -1, "przyszłego": 1,
}  # fmt: skip
DATE_PATTERNS: tuple[str, ...] = (
    # 10 października 2025 r. | 19 czerwca 1953 roku
    r"{DAY}\s+{MONTH}\s+{YEAR}{RSUF}",
    # 25-26 października 2025 r. | od 25 do 26 października (a day range)
    r"{DAY0}\s*(?:[-–]|do)\s*{DAY_END}\s+{MONTH}\s+{YEAR}{RSUF}",
    r"{DAY0}\s*(?:[-–]|do)\s*{DAY_END}\s+{MONTH}(?!\s*\d)",
    # 10 października (year from the publication date); not "10 października 2025"
    r"{DAY}\s+{MONTH}(?!\s*\d)",
    # w grudniu | do końca grudnia | od marca (year from the publication date or the text
    # around): the locative after "w", the genitive after "do", "od", "końca"...
    r"(?=[slmkcwpg])(?<=\b(?:w|we)\s+)" + _LOCATIVE + _RELATIVE_YEAR,
    _AFTER_GENITIVE + _GENITIVE + _RELATIVE_YEAR,
    # październik 2025 | w październiku 2025 r. | przed grudniem 2025 roku
    r"{MONTH}\s+{YEAR}{RSUF}",
    # IV kwartał 2025 | w IV kwartale 2025 r. | czwartym kwartale 2025 | IV kw. 2025
    r"(?:(?P<q>{ORD})|(?P<q>{ROMAN})|(?P<q>[1-4])\.?)\s+(?:kwarta(?:ł|łu|łowi|łem|le)|kw\.)"
    r"\s+(?:roku\s+)?{YEAR}{RSUF}",
    # pierwsze półrocze 2026 | w drugim półroczu 2025 r. | na pierwszą połowę 2019 roku
    r"(?:(?P<h>{ORD})|(?P<h>{ROMAN}))\s+(?:półrocz(?:e|a|u|em)|połow(?:a|y|ie|ę|ą))\s+"
    r"(?:roku\s+)?{YEAR}{RSUF}",
    # od 2026 do 2030 r. (raw starts at the first year)
    r"(?<=\bod\s+){YEAR}(?:\s*r\.|\s+roku)?\s+do\s+{YEAR2}{RSUF}",
    # 2025 r. | 2025 roku | w roku 2025 | na rok 2025
    r"{YEAR}\s*(?:r\.|roku\b|rok\b)",
    r"(?<=\b(?:roku|rok)\s+){YEAR}",
    # w 2025, | do końca 2025. | od 1953 i
    r"(?<=\b(?:w|we|do|od|przed|po|końca|końcem|początku|połowie|horyzoncie|perspektywie)\s+)"
    r"{YEAR}" + _WEAK_YEAR_END,
)
# Words after a number that make it a quantity, not a date: "2025 zł", "65 lat".
DATE_NOT_AFTER = (
    r"%|‰|€|\$|zł\b|złotych\b|PLN\b|euro\b|dolarów\b|lat\b|latach\b|osób\b|osoby\b"
    r"|pacjentów\b|łóżek\b|mieszkańców\b|przypadków\b|mld\b|mln\b|tys\.|godz\."
)
# Words that tie an issue date to the number: "282/NQ-CP z dnia 16 września 2025 r.".
DECREE_ISSUE_LINKS: tuple[str, ...] = (
    r"z\s+dnia",
    r"z\s+dn\.",
    r"z",
    r"(?:wydan|przyjęt|podpisan|ogłoszon)\w*\s+(?:w\s+dniu|dnia)",
)
# Verbs that make an earlier date the issue date: "22 sierpnia 2025 r. Biuro Polityczne
# wydało rezolucję nr 71-NQ/TW".
DECREE_ISSUE_VERBS = r"wyda\w*|przyj\w*|podpisa\w*|uchwali\w*|zatwierdzi\w*|ogłosi\w*"
# The issuing body between a number and its date: "282/NQ-CP rządu z dnia 16 września".
DECREE_ISSUER_PHRASE = r"(?:rządu|premiera|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}?[\p{L}-]+){0,3}?)"
# Documents named by type, number and issuing body ("uchwała nr 72 Biura Politycznego"
# → 72-NQ/TW, "rezolucja nr 282 rządu" → 282/NQ-CP); see fr.py.
DECREE_NAMED_TYPES: dict[str, str] = {
    "NQ": r"(?:rezolucj|uchwał)\w*", "KL": r"konkluzj\w*", "CT": r"dyrektyw\w*",
}  # fmt: skip
DECREE_NAMED_PREFIX = r"(?:nr\.?|numer)\s*"
# The word for a law before a National Assembly number: "ustawa nr 56/2024/QH15".
DECREE_LAW_WORDS = r"ustaw\w*"
DECREE_NAMED_ISSUERS: dict[str, str] = {
    "TW": r"(?:Biura\s+Politycznego|Sekretariatu|Komitetu\s+Centralnego)",
    "CP": r"(?:rządu|Rządu)\b",
}
# Deadline cues by relation. Must match: "przed 30 listopada 2025 r.", "przed grudniem
# 2025 roku", "do końca 2025 r.", "najpóźniej do 15 listopada 2025 r.", "do 30 czerwca
# 2026 r.", "w 2025 r." (with a completion verb), "w ciągu 2025 r.". Must not match:
# "przed połączeniem", "od 1 lipca 2025 r.", "po 30 czerwca 2025 r.".
DEADLINE_CUES: tuple[tuple[str, str], ...] = (
    ("by", r"najpóźniej(?:\s+do(?:\s+końca)?)?"),
    ("by", r"nie\s+później\s+niż(?:\s+do)?"),
    ("by", r"(?:w\s+terminie\s+|aż\s+)?do(?:\s+końca)?"),
    ("by", r"przed\s+końcem"),
    ("before", r"przed"),
    ("in", r"w\s+ciągu"),
    ("in", r"w\s+trakcie"),
    ("in", r"na\s+przestrzeni"),
    ("in", r"(?:jeszcze\s+)?(?:w|we)"),
)
# Words allowed between a cue and its date: "do dnia 30 czerwca", "w roku 2025".
DEADLINE_FILLERS: tuple[str, ...] = (r"dnia", r"dniem", r"dn\.", r"roku", r"rok")
# Text right before a cue that cancels it: "od 1 do 15 listopada" ("do" closes a day
# range), "z wizją do 2045 r." (a vision, not a deadline), "rezolucja w sprawie
# bezpieczeństwa energetycznego do 2030 r." (the horizon of a document's title: the
# subject after "w sprawie", with no punctuation before the date).
DEADLINE_BLOCKERS: tuple[str, ...] = (
    r"\bod\s+\d{1,2}\.?", r"\bwizj\w*", r"\bperspektyw\w*",
    r"(?<=\bw\s+sprawie\s+[^.;:,!?]{0,80})",
)  # fmt: skip
# Abbreviations whose dot ends no clause (the clause of an `in` deadline goes on).
DEADLINE_ABBREVIATIONS: tuple[str, ...] = (
    "r", "nr", "ok", "godz", "tj", "św", "ul", "pkt", "art", "ust", "tzw", "m.in",
)  # fmt: skip
# Completion / implementation verbs required in the clause of an `in` deadline: verb
# forms and participles ("zakończyć", "zostanie wdrożony", "zrealizowane"), not the nouns
# of a topic list ("stan wdrożenia", "wyniki realizacji").
_NOT_NOUN = r"(?!eni[aeuo]|eń|enie|eniem|eniach)"
COMPLETION_VERBS: tuple[str, ...] = (
    r"ukończ" + _NOT_NOUN + r"\w*", r"zakończ" + _NOT_NOUN + r"\w*",
    r"wdroż" + _NOT_NOUN + r"\w*", r"wdraża(?!ni[aeuo]|niem|ń)\w*",
    r"z?realizow(?!ani[aeuo]|aniem|ań)\w*", r"z?realizuj\w*", r"zrealizu\w*",
    r"wykona(?!ni[aeuo]|niem|ń)\w*", r"sfinalizow(?!ani[aeuo]|aniem|ań)\w*", r"sfinalizuj\w*",
    r"uruchom(?!ieni[aeuo]|ieniem|ień)\w*", r"odda(?:ć|ny|na|ne|nych|dzą|dzą)\s+do\s+użytku",
    # perfective verbs of a task delivered at a date: drafting, submitting, publishing,
    # building ("opracuje", "przedłożyć", "zostanie opublikowany"); not the present of the
    # imperfective ("opracowuje", "przedstawia sprawozdanie w 2025 r." reports)
    r"opracu(?:je|ją)\b", r"(?:opracow|przygotow|opublikow|zorganizow|zbudow|wybudow)"
    r"(?:ać|an[yaei]|anych)\b", r"(?:przygotu|opubliku|zorganizu|zbudu|wybudu)(?:je|ją)\b",
    r"przedłoż" + _NOT_NOUN + r"\w*", r"przedstawi(?:ć|ą|on[yaei]|onych)?\b",
    r"(?:zatwierdz|wprowadz|przeprowadz)(?:i|ić|ą|on[yaei]|onych)\b",
)  # fmt: skip
# Past tense: the auxiliary of a past passive ("został ukończony") or a past form of the
# verb itself ("zakończył", "zakończyła", "wdrożono").
COMPLETION_PAST_BEFORE: tuple[str, ...] = (r"\bzosta(?:ł|ła|ło|ły|li)(?:\s+już)?", r"\bjuż")
COMPLETION_PAST_FORMS: tuple[str, ...] = (r"(?:ł|ła|ło|ły|li|ono|ano|ęto)",)


# ---- official titles, Party/State bodies (article/officials) ----

# Title heads in the cases that precede a name in running text: nominative, genitive,
# dative, instrumental ("wicepremier", "wicepremiera", "wicepremierem"), matched
# case-insensitively. Complements follow: "minister zdrowia", "Ministerstwa Zdrowia".
OFFICIAL_TITLES: tuple[str, ...] = (
    "premier", "premiera", "premierem", "premierowi", "premier rządu",
    "wicepremier", "wicepremiera", "wicepremierem", "wicepremierowi",
    "minister", "ministra", "ministrem", "ministrowi", "wiceminister", "wiceministra",
    "wiceministrem", "sekretarz generalny", "sekretarza generalnego",
    "sekretarzem generalnym", "sekretarzowi generalnemu", "sekretarz", "sekretarza",
    "sekretarzem", "pierwszy sekretarz", "pierwszego sekretarza", "sekretarz stanu",
    "przewodniczący", "przewodniczącego", "przewodniczącym", "przewodniczącemu",
    "przewodnicząca", "przewodniczącej", "przewodniczącą", "wiceprzewodniczący",
    "wiceprzewodniczącego", "wiceprzewodniczącym", "wiceprzewodnicząca",
    "wiceprzewodniczącej", "wiceprzewodniczącą", "dyrektor", "dyrektora", "dyrektorem",
    "dyrektorowi", "dyrektorka", "dyrektorki", "dyrektorką", "wicedyrektor",
    "wicedyrektora", "zastępca dyrektora", "zastępcy dyrektora", "zastępczyni dyrektora",
    "członek Biura Politycznego", "członka Biura Politycznego",
    "członkiem Biura Politycznego", "Stały Członek Sekretariatu",
    "Stałego Członka Sekretariatu", "Stałym Członkiem Sekretariatu",
    "członek Sekretariatu", "członek Komitetu Centralnego", "członka Komitetu Centralnego",
    # feminine: "stała członkini Sekretariatu Tran Cam Tu"
    "członkini Biura Politycznego", "członkinią Biura Politycznego",
    "Stała Członkini Sekretariatu", "Stałej Członkini Sekretariatu",
    "Stałą Członkinią Sekretariatu", "członkini Sekretariatu",
    "członkini Komitetu Centralnego",
    "prezydent", "prezydenta", "prezydentem", "wiceprezydent", "ambasador", "ambasadora",
    "ambasadorem", "ambasadorka", "poseł", "posła", "posłem", "posłanka", "posłanki",
    "senator", "senatora", "senatorem", "gubernator", "gubernatora", "burmistrz",
    "burmistrza", "szef", "szefa", "szefem", "szefowa", "szefowej", "rzecznik",
    "rzecznika", "rzeczniczka", "kierownik", "kierownika", "prokurator", "prokuratora",
    "szef rządu", "szef państwa", "kanclerz", "kanclerza", "kanclerzem", "kanclerz Niemiec",
    "stały wicepremier", "stałego wicepremiera", "stałym wicepremierem",
    "stałemu wicepremierowi", "wiceprezydenta", "wiceprezydentem", "zastępca ministra",
    "zastępca przewodniczącego", "zastępcy przewodniczącego", "zastępca szefa",
    "zastępca sekretarza", "zastępczyni przewodniczącego",
    # Party committee members: "członek Prowincjonalnego Komitetu Partii i dyrektor ..."
    "członek Komitetu Partii", "członka Komitetu Partii", "członkini Komitetu Partii",
    "członek Prowincjonalnego Komitetu Partii", "członka Prowincjonalnego Komitetu Partii",
    "członkini Prowincjonalnego Komitetu Partii", "członek Komitetu Prowincjonalnego",
    "członek Stałego Komitetu", "członka Stałego Komitetu",
    # counterpart: "ze swoim polskim odpowiednikiem Zbigniewem Rauem"
    "odpowiednik", "odpowiednika", "odpowiednikiem", "odpowiednikowi", "odpowiedniczka",
    # plurals, shared by a list of names (TITLE_PLURALS)
    "wicepremierzy", "wicepremierów", "wicepremierami", "ministrowie", "ministrów",
    "wiceministrowie", "wiceministrów", "dyrektorzy", "dyrektorów", "sekretarze",
    "ambasadorowie", "posłowie", "członkowie Biura Politycznego", "członków Biura Politycznego",
    "członkowie Sekretariatu", "członkowie Komitetu Centralnego", "przewodniczący",
)  # fmt: skip

# Plural title heads: every name of the list that follows shares the title
# ("wicepremierzy A, B i C"); "przewodniczący" is also the masculine singular.
TITLE_PLURALS: tuple[str, ...] = (
    "wicepremierzy", "wicepremierów", "wicepremierami", "ministrowie", "ministrów",
    "wiceministrowie", "wiceministrów", "dyrektorzy", "dyrektorów", "sekretarze",
    "ambasadorowie", "posłowie", "członkowie Biura Politycznego", "członków Biura Politycznego",
    "członkowie Sekretariatu", "członkowie Komitetu Centralnego", "towarzysze",
)  # fmt: skip

# Words a title may open with ("były minister", "nowy ambasador").
TITLE_PREFIXES: tuple[str, ...] = (
    "były", "była", "byłego", "byłej", "byłym", "nowy", "nowa", "nowego", "nowej",
)  # fmt: skip

# Conjunctions between names of one list, and between two titles of one person.
NAME_LIST_CONJUNCTIONS: tuple[str, ...] = ("i", "oraz")

# First words of Party membership titles: in "NAME, członek KC Partii i wicepremier" the
# office after a membership is the title kept (MEMBERSHIP_TITLE_WORDS).
MEMBERSHIP_TITLE_WORDS: tuple[str, ...] = (
    "członek", "członka", "członkiem", "członkowi", "członkini", "członkinią",
    "członkowie", "członków",
)  # fmt: skip

TITLE_CONNECTORS: frozenset[str] = frozenset({"ds.", "do", "w", "we", "przy", "na", "i"})

_ADJ_STEMS = (
    "amerykańsk", "francusk", "wietnamsk", "chińsk", "rosyjsk", "brytyjsk", "japońsk",
    "polsk", "niemieck", "meksykańsk", "północnokoreańsk", "południowokoreańsk",
    "tureck", "ukraińsk", "laotańsk", "kambodżańsk", "tajlandzk", "europejsk",
    "indyjsk", "australijsk", "kanadyjsk",
)  # fmt: skip

TITLE_COMPLEMENT_WORDS: frozenset[str] = frozenset(
    """zdrowia spraw zagranicznych wewnętrznych finansów obrony narodowej narodowego
    ludowego ludowej prowincji prowincjonalnego prowincjonalnej miasta okręgu gminy partii
    komunistycznej komitetu ministerstwa departamentu wydziału biura politycznego
    sekretariatu centralnego rządu zgromadzenia rady frontu ojczyzny stały stałego
    generalny generalnego wykonawczy wykonawczego edukacji szkolenia pracy inwalidów
    społecznych rolnictwa rozwoju wsi przemysłu handlu środowiska zasobów naturalnych
    budownictwa transportu informacji komunikacji kultury sportu turystyki nauki
    technologii planowania inwestycji bezpieczeństwa publicznego sprawiedliwości szpitala
    instytutu uniwersytetu banku państwowego państwa centrum urzędu inspekcji
    wybrany wybranego ustępujący ustępującego""".split()
) | frozenset(stem + end for stem in _ADJ_STEMS for end in ("i", "iego", "im", "a", "iej", "ą"))

PARTY_STATE_BODIES: dict[str, tuple[str, ...]] = {
    "Politburo": ("Biuro Polityczne", "Biura Politycznego", "Biurze Politycznym", "Politbiuro"),
    "Secretariat": ("Sekretariat", "Sekretariatu", "Sekretariacie"),
    "Party Central Committee": ("Komitet Centralny", "Komitetu Centralnego", "KC"),
    "Communist Party of Vietnam": (
        "Komunistyczna Partia Wietnamu", "Komunistycznej Partii Wietnamu",
    ),
    "National Assembly": (
        "Zgromadzenie Narodowe", "Zgromadzenia Narodowego", "Zgromadzeniu Narodowym",
    ),
    "Government": ("Rząd", "Rządu", "rząd", "rządu", "rządem"),
    "People's Committee": ("Komitet Ludowy", "Komitetu Ludowego", "Komitecie Ludowym"),
    "People's Council": ("Rada Ludowa", "Rady Ludowej", "Radzie Ludowej"),
    "Fatherland Front": ("Front Ojczyzny", "Frontu Ojczyzny", "Wietnamski Front Ojczyzny"),
}  # fmt: skip

NAME_HONORIFICS: tuple[str, ...] = (
    "pan", "pani", "pana", "panią", "panem", "panu", "towarzysz", "towarzysza", "dr", "dr.",
    "towarzyszowi", "towarzyszem", "towarzyszka", "towarzyszki", "towarzyszką", "towarzysze",
    "towarzyszy", "państwo",
)  # fmt: skip

# Honorifics that are a Party address: the name after them is an office holder even
# without a title ("towarzysz Tran Cam Tu podkreślił").
OFFICIAL_HONORIFICS: tuple[str, ...] = (
    "towarzysz", "towarzysza", "towarzyszowi", "towarzyszem", "towarzyszka", "towarzyszki",
    "towarzyszką", "towarzysze", "towarzyszy",
)  # fmt: skip

TITLE_ARTICLES: frozenset[str] = frozenset()
# "zastępca ministra" is a deputy's office, not the minister's.
DEPUTY_WORDS: frozenset[str] = frozenset({"zastepca", "zastepcy", "wice"})

NON_OFFICIAL_CUES: tuple[str, ...] = (
    "pacjent", "pacjentka", "pacjenta", "pacjentki", "pacjentem", "pacjentką", "chory",
    "chora", "chorego", "ofiara", "ofiary", "poszkodowany", "poszkodowana", "bohater",
    "bohaterka", "bohatera", "męczennik", "laureat", "laureatka", "matka bohaterka",
    "dziennikarz", "dziennikarka", "reporter", "reporterka", "korespondent", "fotograf",
    "autor", "autorka", "zdjęcie :", "zdjęcie:", "zdjęcie", "zdj.", "fot.", "fot :",
    "źródło :",
)  # fmt: skip

BYLINE_CUES: tuple[str, ...] = ("zdjęcie", "zdj.", "fot.", "fot", "autor", "źródło", "tekst")

NAME_PLACE_NOUNS: tuple[str, ...] = (
    "ulica", "ulicy", "ul.", "aleja", "alei", "al.", "plac", "placu", "most", "mostu",
    "szpital", "szpitala", "szpitalu", "szkoła", "szkoły", "szkole", "liceum",
    "uniwersytet", "uniwersytetu", "park", "parku", "lotnisko", "lotniska", "port",
    "portu", "stadion", "pagoda", "pagody", "świątynia", "jezioro", "rzeka", "wieś", "wsi",
)  # fmt: skip

# Polish declines foreign names: "wicepremiera Le Thanh Longa" -> Le Thanh Long.
NAME_CASE_SUFFIXES: tuple[str, ...] = ("owi", "iem", "em", "a", "u", "ie")

# Declined forms of non-Vietnamese names, folded to the nominative so that one person has
# one person_id across languages ("Krzysztofowi Gawkowskiemu" -> Krzysztof Gawkowski,
# "Donalda Trumpa" -> Donald Trump). NAME_CASE_MARKS: endings that only an oblique case
# has, with the case they show and their nominative ending (adjectival surnames, "-owi",
# "-em"). NAME_CASE_ENDINGS: per case, the endings every word of a name in that case may
# carry, applied once the case is known from a mark, from the title or honorific before
# the name (NAME_CASE_CUES), or from every word ending in "-a" after a consonant.
# NAME_STEM_FIXES: stems with a mobile "e" ("Marka" -> Marek, "Pawła" -> Paweł).
NAME_CASE_MARKS: tuple[tuple[str, str, str], ...] = (
    ("skiego", "gen", "ski"), ("ckiego", "gen", "cki"), ("dzkiego", "gen", "dzki"),
    ("skiemu", "dat", "ski"), ("ckiemu", "dat", "cki"), ("dzkiemu", "dat", "dzki"),
    ("skim", "ins", "ski"), ("ckim", "ins", "cki"), ("dzkim", "ins", "dzki"),
    ("skiej", "gen", "ska"), ("ckiej", "gen", "cka"), ("dzkiej", "gen", "dzka"),
    ("ską", "ins", "ska"), ("cką", "ins", "cka"), ("dzką", "ins", "dzka"),
    ("owi", "dat", ""), ("iem", "ins", ""), ("em", "ins", ""),
)  # fmt: skip
NAME_CASE_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "gen": (("a", ""),),
    "dat": (("owi", ""), ("u", "")),
    "ins": (("iem", ""), ("em", "")),
    "loc": (("ie", ""), ("u", "")),
}
NAME_CASE_CUES: dict[str, str] = {
    **dict.fromkeys(
        """wicepremiera premiera ministra wiceministra prezydenta wiceprezydenta sekretarza
        przewodniczącego wiceprzewodniczącego dyrektora wicedyrektora ambasadora posła
        senatora gubernatora burmistrza szefa rzecznika kierownika prokuratora kanclerza
        pana towarzysza odpowiednika generalnego""".split(),
        "gen",
    ),
    **dict.fromkeys(
        """wicepremierowi premierowi ministrowi prezydentowi sekretarzowi przewodniczącemu
        dyrektorowi ambasadorowi panu towarzyszowi odpowiednikowi generalnemu""".split(),
        "dat",
    ),
    **dict.fromkeys(
        """wicepremierem premierem ministrem wiceministrem prezydentem wiceprezydentem
        sekretarzem przewodniczącym dyrektorem ambasadorem posłem senatorem szefem
        kanclerzem panem towarzyszem odpowiednikiem generalnym""".split(),
        "ins",
    ),
}
NAME_STEM_FIXES: dict[str, str] = {
    "mark": "marek", "jack": "jacek", "leszk": "leszek", "franciszk": "franciszek",
    "pawł": "paweł", "zbyszk": "zbyszek", "wojtk": "wojtek",
}  # fmt: skip

# Capitalised words and phrases that never belong to a person name after a title
# (countries in their cases, organisations): "prezydenta Stanów Zjednoczonych Donalda Trumpa".
NAME_STOP_PHRASES: tuple[str, ...] = (
    "Stany Zjednoczone", "Stanów Zjednoczonych", "Stanach Zjednoczonych", "USA", "Chiny",
    "Chin", "Rosja", "Rosji", "Francja", "Francji", "Wietnam", "Wietnamu", "Laos", "Laosu",
    "Kambodża", "Kambodży", "Japonia", "Japonii", "Korea", "Korei", "Korei Północnej",
    "Korei Południowej", "Indie", "Indii", "Niemcy", "Niemiec", "Wielka Brytania",
    "Wielkiej Brytanii", "Polska", "Polski", "Ukraina", "Ukrainy", "Turcja", "Turcji",
    "Indonezja", "Indonezji", "Tajlandia", "Tajlandii", "ASEAN", "ONZ", "UE",
    "Unii Europejskiej", "WHO", "Banku Światowego", "Komitetu", "Komitet", "Rady", "Rada",
    "Komisji", "Komisja", "Agencji", "Stowarzyszenia", "Departamentu", "Policji",
    "Partii", "Fundacji", "Grupy", "Czerwonego Krzyża", "Council", "Committee",
    "Consortium", "Corporation", "Entertainment", "Międzynarodowego", "Narodowego",
)  # fmt: skip

PERSON_NER_MODEL: str | None = None

# ---- obligation cues and actor names (article/obligations, combine/commitments) ----

#: Words written with a full stop that never end a sentence (lower-case, without the dot):
#: "ul. Lê Duẩn", "nr", "m.in.", "prof. Nguyen", "tys. osób". ``r.`` ("2025 r.") is NOT
#: listed: it ends a sentence when a capital follows ("… 2025 r. Ministerstwo …") and the
#: splitter never breaks before a lower-case word ("w 2025 r. rząd").
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "ul",
        "al",
        "pl",
        "nr",
        "np",
        "tj",
        "tzw",
        "tzn",
        "ok",
        "m.in",
        "prof",
        "dr",
        "inż",
        "mgr",
        "gen",
        "płk",
        "ks",
        "św",
        "woj",
        "pow",
        "gm",
        "tys",
        "mln",
        "mld",
        "zob",
        "por",
        "godz",
        "wg",
        "ww",
        "jw",
        "sp",
        "im",
        "tp",
        "n°",
    }
)

#: Perfective futures of the verbs that state a policy action ("Ministerstwo Budownictwa
#: przyspieszy…", "resorty opracują…"): stems and their third-person endings (singular,
#: plural), grouped by conjugation. Only prefixed, perfective verbs: their present form is
#: a future ("zbuduje", not the ongoing "buduje"; "przygotuje", not "przygotowuje"). Read
#: as a plan only right after a named body (cue kind "future").
_PERFECTIVE_FUTURE_FORMS: tuple[tuple[str, str], ...] = (
    # -yć / -ić after cz, rz, ż, sz: przyspieszy / przyspieszą
    (
        "przyspiesz wdroż zakończ ukończ dokończ obniż rozszerz przedłoż zwiększ ogranicz"
        " utworz stworz przeznacz dostarcz zaostrz zabezpiecz rozpatrz zwalcz wydłuż",
        "y ą",
    ),
    # -ić / -nić: zapewni / zapewnią
    (
        "zapewn wzmocn usprawn uzupełn uruchom przedstaw popraw ustanow ułatw zmien udostępn"
        " napraw przesiedl ulepsz",
        "i ią",
    ),
    # -ować: opracuje / opracują
    (
        "opracu przygotu opubliku skontrolu zrealizu sfinalizu zorganizu zainwestu wyeliminu"
        " zreformu zaktualizu zweryfiku zmodernizu zbudu wybudu odbudu rozbudu przebudu"
        " zlikwidu przeanalizu ustabilizu ewakuu zidentyfiku uporządku skoordynu znowelizu"
        " zdigitalizu zagwarantu zintensyfiku",
        "je ją",
    ),
    # stems that change in the plural, and -ać / -ąć verbs: singular and plural written out
    (
        "wprowadzi wprowadzą ogłosi ogłoszą uprości uproszczą zatwierdzi zatwierdzą wypłaci"
        " wypłacą przeprowadzi przeprowadzą skróci skrócą przywróci przywrócą wyda wydadzą"
        " przekaże przekażą podejmie podejmą rozpocznie rozpoczną usunie usuną przyjmie"
        " przyjmą rozwiąże rozwiążą wesprze wesprą zbada zbadają sprawdzi sprawdzą",
        "",
    ),
)


def _trie(words: set[str]) -> str:
    """One alternation of ``words`` factored by their common prefixes (a verb list scanned
    at every word of every sentence: a trie is several times faster than a flat list)."""
    root: dict = {}
    for word in sorted(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [ch + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


_PERFECTIVE_FUTURES = _trie(
    {
        stem + ending
        for stems, endings in _PERFECTIVE_FUTURE_FORMS
        for stem in stems.split()
        for ending in endings.split() or [""]
    }
)
#: An infinitive after "ma" / "mają" ("Ministerstwo Finansów ma opracować…"): a verb in
#: -ać, -eć, -ić, -yć, -ąć, -uć, -ować, or "pomóc"; not "być" (a state), not the nouns
#: "sieć", "moc", "część", "możliwość" (-ść, -ęć).
_INFINITIVE = r"(?!(?:być|mieć|sieć|nić)\b)(?:\p{Ll}{2,}[aeiyuąo]ć|pomóc|wspomóc)\b"
#: A forecast, a condition, a wish or a consequence that a body's future verb stands in:
#: "Eksperci przewidują, że Państwowy Bank obniży…", "Jeśli ministerstwo uprości…",
#: "Dzięki wsparciu ministerstwa firmy obniżą…".
_NOT_A_CONDITION = (
    r"(?<!(?i:\b(?:jeśli|jeżeli|gdy|gdyby|czy|o\s+ile|przewiduj\p{L}*|prognozuj\p{L}*"
    r"|oczekuj\p{L}*|spodziewa\p{L}*|szacuj\p{L}*|uważa\p{L}*|sądz\p{L}*|nadzieję"
    r"|prawdopodobnie|możliwe|wątpi\p{L}*|dzięki|którą|który|które|których)\b[^.;:!?]{1,120}))"
)
# The body before the verb is in the genitive, a complement of the real subject:
# "Decyzja Ministerstwa Finansów obniży…", "Projekt Państwowego Banku Wietnamu ma…",
# (not "Ministerstwa i resorty opracują…": a plural subject).
_NOT_A_PLAN = (
    _NOT_A_CONDITION
    + r"(?<!(?-i:\b(?:(?:Ministerstwa|Komitetu|Departamentu|Banku|Urzędu|Zakładu|Wydziału"
    r"|Inspektoratu|Zarządu|Rządu|Skarbu|Biura|Sądu|Frontu|Związku|Sekretariatu|Sektora"
    r"|Policji|Korporacji|Agencji|Grupy|Rady|Komisji|Prokuratury|Kancelarii|Akademii|Izby"
    r"|\p{Lu}\p{Ll}+(?:ego|iej|ej))(?:\s+(?:\p{Lu}[\p{L}-]*|i|oraz|ds\.|\(\p{Lu}+\)))+"
    r"|Petrovietnamu|Viettelu|Vinacominu|Petrolimeksu|Petrolimexu|EVN-u"
    r")\s+(?:\p{Ll}+\s+)?\p{Ll}+))"
)

#: A directing verb whose subject is no authority: a recommendation made to one
#: ("Stowarzyszenie Eksporterów wezwało rząd do…", "Mieszkańcy poprosili władze o…",
#: "Eksperci zaapelowali do…"). The subject, in the nominative, is at most a few words
#: before the verb: "z przedsiębiorcami premier polecił…" is not such a subject.
_NOT_AN_AUTHORITY = (
    r"(?<!\b(?:stowarzyszeni[ea]|zrzeszeni[ea]|przedsiębiorcy|przedsiębiorstwa|firm[ay]"
    r"|eksperci|ekspert|mieszkańcy|mieszkańców|obywatele|obywateli|wyborcy|inwestorzy"
    r"|inwestor|rolnicy|naukowcy|organizacj[ae]|związki|eksporterzy|importerzy|producenci"
    r"|przewoźnicy|banki|pracownicy|robotnicy|rodzice|nauczyciele|lekarze|pacjenci|turyści"
    r"|petenci|konsumenci|środowisko\s+biznesowe|społeczność)(?:\s+[\p{L}\p{N}()-]+){1,7})"
)

#: Future tense of a body's pledge or plan, right after its subject: "Ministerstwo Zdrowia
#: będzie pełnić…", "resort będzie nadal monitorował…", "sektor zamierza…", "Ministerstwo
#: Finansów ma opracować…", "Ministerstwo Budownictwa przyspieszy…".
_FUTURE_AUXILIARIES = (
    r"(?i:\b(?:będzie|będą)(?:\s+(?:nadal|także|również|dalej|aktywnie|uważnie))*"
    r"\s+(?!(?:to|tu|tam|w|na|z|do|od|po|przy)\b)\p{Ll}{3,}"
    r"|\b(?:zamierza(?:ją)?|planuje|planują)\b|\bdąż(?:y|ą)\s+do\b)"
)
# lower case: the verb follows its subject, it never opens a sentence
_FUTURE_MA = (
    r"\b(?:ma|mają)(?=\s+(?:(?:także|również|teraz|jeszcze|też)\s+)?"
    + _INFINITIVE
    + r")"
    + _NOT_A_PLAN
)
_FUTURE_PERFECTIVES = r"\b" + _PERFECTIVE_FUTURES + r"\b(?!\s+się\b)" + _NOT_A_PLAN
FUTURE_CUES: str = _FUTURE_AUXILIARIES + "|" + _FUTURE_MA + "|" + _FUTURE_PERFECTIVES

#: The present tense of a resolution's or a dispatch's task list, right after its named
#: body: "Ministerstwa i agencje zarządzające pilnie uzupełniają…", "ministerstwa i agencje
#: przewodniczące nadal ściśle współpracują z…", "Ministerstwo Rolnictwa i Środowiska
#: przewodniczy i koordynuje…". An adverb of urgency or continuation opens the verb (the
#: plain present of a news report, "Ministerstwo koncentruje się na…", describes).
_PRESENT_TASK_CUES: str = (
    r"\b(?:(?:nadal|w\s+dalszym\s+ciągu)(?:\s+(?:ściśle|aktywnie|proaktywnie|pilnie"
    r"|zdecydowanie|intensywnie))?|pilnie|niezwłocznie|bezzwłocznie|proaktywnie)"
    r"\s+(?=\p{Ll}{3,}(?:uje|ują|a|ają|i|ią|y|ą)\b)"
    r"|\bprzewodnicz(?:y|ą)\s+(?:i|oraz)\s+koordynuj(?:e|ą)\b"
    # the first verb of a numbered item: "(1) 11 ministerstw i agencji skupia zasoby…"
    r"|\n[ \t]*(?:\(\d{1,2}\)|\d{1,2}\)|\(\p{Ll}\)|\p{Ll}\))[ \t]+(?:[\p{L}\d-]+[ \t]+){1,6}\K"
    r"(?!(?:informuj|podaj|ogłasz|przypomin|twierdz|uważ|zauważ|ocenia|przyznaj|wyjaśni|dodaj"
    r"|mówi|jest|są|ma|mają)\p{L}*)\p{Ll}{3,}(?:uje|ują|a|ają|i|ią|y|ą)\b"
)

#: The first person of an interviewee's body: "jesteśmy zdeterminowani, aby…", "będziemy…".
FIRST_PERSON_CUES: str = (
    r"(?i:\b(?:jesteśmy|pozostajemy)\s+(?:zdeterminowani|zdecydowani|zobowiązani)\b"
    r"|\bzobowiązujemy\s+się\b|\bbędziemy\b|\bdołożymy\s+wszelkich\s+starań\b)"
)

#: Directives in reported speech, whose addressee may be unnamed: "zaapelował, aby…",
#: "zasugerował, aby…", "polecił, by…", "zażądał, żeby…".
SPEECH_DIRECTIVES: str = (
    r"(?i:\b(?:zaapelował|zasugerował|zażądał|polecił|poprosił|wezwał|nakazał|zalecił"
    r"|podkreślił)(?:[aoy]|i)?\s*,?\s+(?:aby|żeby|by|ażeby)\b"
    # the present of a resolution or dispatch, its subject an authority: "Rząd wymaga,
    # aby 11 ministerstw…", "Premier prosi, aby…"
    r"|\b(?:wymaga|prosi|poleca|zaleca|nakazuje|zobowiązuje)"
    r"(?<=\b(?:rząd|premier|wicepremier|ministerstwo|minister|komitet\p{L}*|przewodniczący"
    r"|uchwała|rezolucja|depesza|telegram|dyrektywa)\s+(?:(?:także|również|też|ponadto"
    r"|jednocześnie|zdecydowanie|stanowczo|wyraźnie)\s+)?\p{L}+)"
    r"\s*,?\s+(?:aby|żeby|by|ażeby)\b)"
)

#: Assignments whose addressee follows the thing assigned: "przypisał konkretne obowiązki
#: ministerstwom", "powierzył zadanie Ministerstwu…".
ASSIGNMENT_CUES: str = (
    r"(?i:\b(?:przypisał|powierzył|przydzielił|przekazał|zlecił)(?:[aoy]|i)?\b"
    r"|\b(?:przypisuje|powierza|przydziela|zleca)(?:ją)?\b)"
)
#: Polish marks the addressee by its case, with no lead word.
ASSIGNMENT_LEAD: str = r"(?:)"

_NOT_TO_AN_OFFICIAL = (
    r"(?!\s+(?:do\s+|z\s+prośbą\s+do\s+)?(?:(?:stał|pierwsz)\p{L}*\s+)?(?:wice)?(?:premier"
    r"|minister|przewodnicząc|sekretarz|dyrektor|prezydent|szef|towarzysz|gubernator|burmistrz"
    r"|zastępc|kierownik)(?:owi|emu|a|ego|ów|om|ych)\b)"
)
#: Speech that gives an official the floor for what follows: directives, conclusions.
FLOOR_VERBS: str = (
    r"(?i:\b(?:podkreślił|zasugerował|stwierdził|zaznaczył|podsumował|przewodniczył)(?:[aoy]|i)?\b"
    # a directing verb, not when an official follows in the dative or genitive: the
    # addressee ("polecił wicepremierowi Pham Thi Thanh Tra", "zwrócił się do ministra X")
    r"|\b(?:zaapelował|zażądał|polecił|poprosił|wezwał|nakazał|zalecił|zwrócił\s+się"
    r"|zobowiązał)(?:[aoy]|i)?\b"
    + _NOT_TO_AN_OFFICIAL
    # "dokument przekazujący wytyczne Stałego Wicepremiera X": X directs what follows
    + r"|\bprzekaz\p{L}*\s+(?:\p{Ll}+\s+)?(?:wytyczn|polece|instrukcj|wskazów)\p{L}*"
    r"(?=\s+(?:\p{L}+\s+)?(?:wice)?(?:premiera|ministra|przewodniczącego|sekretarza)\b)"
    r"|\bw\s+podsumowaniu\b|\bna\s+zakończenie\b|\bkończąc\b|\bprzemówieni\p{L}*\s+końcow\p{L}*"
    r"|\bkońcow\p{L}*\s+przemówieni\p{L}*)"
)

#: Pronouns that stand for the body or the speaker of the sentence before.
REFERENCE_PRONOUNS: str = (
    r"(?i:^(?:on|ona|oni|one|ten\s+resort|resort|(?:agencja|instytucja|jednostka)\s+ta"
    r"|(?:ma|mają|musi|muszą)\s+(?:on|ona|ono|one|oni)"
    r"|ta\s+(?:agencja|instytucja|jednostka))$)"
)

#: Polish drops a repeated subject: "Ministerstwo Finansów opracuje projekt. Ponadto
#: przedłoży go rządowi do końca marca." (nothing, or a connective, before the verb).
SUBJECT_DROP_LEADS: str = (
    r"(?i:^(?:ponadto|także|również|jednocześnie|następnie|dodatkowo|oprócz\s+tego"
    r"|poza\s+tym|przy\s+tym|w\s+tym\s+celu|w\s+związku\s+z\s+tym)?[\s,]*$)"
)

#: Definite references to a body named before ("Ministerstwo", "Ten resort", "Departament").
REFERENCE_NOUNS: dict[str, str] = {
    r"(?:ten\s+)?resort\p{L}*": "Ministry", r"ministerstw\p{L}*": "Ministry",
    r"departament\p{L}*": "Department", r"sektor\p{L}*": "sector", r"komitet\p{L}*": "Committee",
    r"rząd\p{L}*": "Government",
}  # fmt: skip

#: An office standing for its body as the subject: "Wiceminister Zdrowia będzie…" is read
#: as "Ministerstwo Zdrowia" (the genitive that follows fits both).
#: A foreign minister is no Vietnamese ministry: "Minister Spraw Zagranicznych Francji ma…".
_FOREIGN_GENITIVES = (
    r"Francji|Polski|Chin|Japonii|Korei|Niemiec|Rosji|Indii|Laosu|Kambodży|Tajlandii"
    r"|Australii|USA|Stanów|Wielkiej|Singapuru|Indonezji|Malezji|Filipin|Kanady|Włoch"
    r"|Hiszpanii|Ukrainy|Izraela|Syrii|Turcji|Brazylii|Czech|Węgier|Austrii|Belgii|Holandii"
    r"|Szwecji|Norwegii|Danii|Finlandii|Kuby|Mongolii|Mjanmy|Birmy|Brunei|Arabii|Egiptu"
    r"|Meksyku|Argentyny|Chile|Kazachstanu|Nowej\s+Zelandii|Unii\s+Europejskiej"
)
TITLE_BODY_HEADS: dict[str, str] = {
    r"(?i:(?:wice)?minister(?:ka)?)(?=\s+\p{Lu})"
    r"(?!(?:\s+(?:\p{Lu}[\p{L}-]*|i|ds\.)){1,6}\s+(?:"
    + _FOREIGN_GENITIVES
    + r")\b)": "Ministerstwo",
}

#: Copulas right after a modal verb: a state ("doit être différent"), not a task.
COPULA_VERBS: str = r"(?i:\s+(?:być|mieć|pozostać|pozostawać)\b)"

#: The text is an interview: its "my" is the interviewee's body.
INTERVIEW_MARKERS: str = r"(?i:\bwywiad\p{L}*|\brozmow\p{L}*\s+z\b|\bodpowiadając\s+na\s+pytani)"

#: A list of tasks after a colon, each opened by an infinitive: "Ministerstwa i samorządy:
#: wdrożyć …", "trzy zadania: przyspieszyć …".
TASK_LIST_CUES: str = r":\s*(?=\p{Ll}{3,}(?:ć|c)\b)"

_PARTICIPLES = (
    r"(?:ukończon|zakończon|zrealizowan|wdrożon|przygotowan|złożon|przedłożon|sfinalizowan"
    r"|przyjęt|wykonan|zatwierdzon|uruchomion|przedstawion|opracowan)\p{L}*"
)
#: Obligation cues: (pattern, kind); kinds as in ``fr.py``. Must match: "muszą zostać
#: ukończone", "musi", "powinien", "należy", "konieczne jest", "jest zobowiązany do",
#: "odpowiada za", "zwrócił się do", "polecił", "zażądał", "wezwał". Must not match:
#: "musical", "powinność" (noun), "zobowiązania" (noun), "odpowiada na pytania".
#: Each pattern is one scan of every article: cues of one kind share a pattern where that
#: is faster, and a lookbehind stands after the word it guards, so that it runs there only.
OBLIGATION_CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?i:\b(?:musi|muszą|powin(?:ien|na|no|ny|ni)|ma|mają)"
        # not in a relative clause: "projekt, który ma zostać przedstawiony…" names a thing
        r"(?<!\b(?:który|która|które|których|którą|co)\s+\p{L}+)"
        r"\s+(?:(?:także|również|też)\s+)?(?:zostać|być)\s+" + _PARTICIPLES + r")",
        "passive",
    ),
    (
        r"(?i:\b(?:musi|muszą|musiał[aoy]?|musieli|będzie\s+musiał[aoy]?|będą\s+musiały?"
        r"|powin(?:ien|na|no|ny|ni)|powinn[aoy]|powinni)\b"
        r"|\b(?:jest|są|został[aoy]?|zostali)\s+zobowiązan[iyae]{1,2}\s+do\b"
        # a pronoun for the body's work before the passive: "…program…; ma on zostać
        # przedstawiony Premierowi w maju" (the body named before, REFERENCE_PRONOUNS)
        r"|\b(?:zostać|być)(?<=\b(?:ma|mają|musi|muszą)\s+(?:on|ona|ono|one|oni)\s+\p{L}+)"
        r"\s+" + _PARTICIPLES +
        # a directive in the passive, or impersonal with the addressee in the dative
        # before it: "Ministerstwo Finansów zostało poproszone o…", "otrzymało
        # polecenie…", "Ministerstwu Sprawiedliwości powierzono przygotowanie…"
        r"|\bzosta(?:ł|ła|ło|ły|li)\s+(?:poproszon|wezwan|zobligowan)\p{L}{1,2}\s+(?:o|do)\b"
        r"|\botrzymał[aoy]?\s+(?:polecenie|zadanie)\b|\b(?:powierzono|zlecono|polecono)\b"
        # a pledge, past or present: "zobowiązała się do…", "Rząd zobowiązuje się do…"
        r"|\bzobowiąz(?:ał[aoy]?|ali|uje|ują)\s+się\s+do\b"
        # a responsibility or a duty: "odpowiada za", "jest odpowiedzialne za", "ma
        # (również) za zadanie", "ma obowiązek", "ponoszą pełną odpowiedzialność przed"
        r"|\bodpowiada(?:ją)?\s+za\b|\b(?:ma|mają)\s+(?:(?:również|także|też|nadal)\s+)?"
        r"(?:za\s+zadanie|obowiązek)\b"
        r"|\b(?:jest|są|będzie|będą|pozostaje|pozostają)\s+odpowiedzialn[yaei]\s+za\b"
        r"|\bponos(?:i|zą)\s+(?:(?:pełną|całkowitą|osobistą|bezpośrednią)\s+)?"
        r"odpowiedzialność\s+przed\b)",
        "subject",
    ),
    (r"(?i:\bnależy\b|\btrzeba\b|\b(?:konieczne|niezbędne)\s+(?:jest|będzie)\b)", "impersonal"),
    (
        r"(?i:(?:\b(?:zwrócił[aoy]?|zwrócili|zwraca|zwracają)\s+się\s+"
        r"(?:(?:także|również|też|ponownie|z\s+prośbą|z\s+apelem)\s+)?do\b"
        r"|\bwezwał[aoy]?\b|\bwezwali\b|\b(?:zaapelował[aoy]?|zaapelowali|apeluje)\s+do\b"
        r"|\bpolecił[aoy]?\b|\bpolecili\b|\b(?:zażądał[aoy]?|wymaga|wymagał[aoy]?)\s+od\b"
        r"|\bzażądał[aoy]?\b|\bzlecił[aoy]?\b|\bnakazał[aoy]?\b|\bpoprosił[aoy]?\b"
        r"|\bpoinstruował[aoy]?\b|\bzobligował[aoy]?\b|\bzobowiązał[aoy]?\b(?!\s+się)"
        r"|\bwydał[aoy]?\s+polecenie\b"
        r"|\b(?:poleca|wzywa|zobowiązuje|nakazuj(?:e|ą)|polecają|upoważni(?:a|ają|ł[aoy]?|li))\b"
        r"(?!\s+się)"
        # "Rząd prosi ministrów, … o…": the present asks the addressee that follows
        r"|\bpros(?:i|zą)(?=\s+(?:wszystkie\s+|właściwe\s+)?(?:(?-i:\p{Lu})|ministr|wiceministr|szef"
        r"|przewodnicząc|sekretarz|dyrektor|kierownik|ministerstw|resort|agencj|komitet"
        r"|departament|władz|miejscowoś|prowincj|samorząd|jednost|organ|instytucj|sektor)))"
        + _NOT_AN_AUTHORITY
        # the adverbial participle of a directing verb: "…, zobowiązując ministerstwa do…"
        + r"|\b(?:polecając|zobowiązując|wzywając|nakazując|zlecając)\b(?!\s+się)"
        r"|\bzwracając\s+się\s+do\b)",
        "object",
    ),
    # the future cues in three scans: one alternation of all three is a third slower
    (_FUTURE_AUXILIARIES, "future"),
    (_FUTURE_MA, "future"),
    (_FUTURE_PERFECTIVES, "future"),
    (_PRESENT_TASK_CUES + _NOT_A_CONDITION, "future"),
    (FIRST_PERSON_CUES, "first_person"),
    (SPEECH_DIRECTIVES, "speech"),
    (ASSIGNMENT_CUES, "assign"),
    (TASK_LIST_CUES, "tasks"),
)

#: The word before a passive's agent ("… ma zostać ukończony przez Ministerstwo
#: Budownictwa"); a body after a passive verb without it is a recipient, not who acts.
PASSIVE_AGENT: str = r"(?i:\bprzez)"

#: What may stand between an object cue and its addressee (Polish marks the case instead).
ADDRESSEE_LEAD: str = r"(?:\s*)"

#: Words that open the action after the addressee: "… Ministerstwo Zdrowia o przygotowanie",
#: "… lokalne władze do przyspieszenia", "…, aby".
ACTION_LEAD: str = r"(?i:^[\s,]*(?:o|do|aby|żeby|by|ażeby)\s+)"

#: A subject-less directing verb refers back to the paragraph's official: "Polecił też…",
#: "On zażądał…", "Ponadto polecił…".
DIRECTOR_PRONOUN: str = r"(?i:^\s*(?:(?:ponadto|również|także|następnie),?\s+)?(?:on|ona)?\s*$)"

#: Determiners stripped from an unknown subject noun phrase (Polish has no articles):
#: "Każdy szpital musi…" → actor "szpital".
#: A "że" that opens reported speech is stripped too: "podkreślił, że resort opracuje…".
SUBJECT_DETERMINERS: str = (
    r"(?i:^(?:(?:że|iż)\s+(?:(?:każdy|każda|każde|wszystkie|wszyscy)\s+)?"
    r"|(?:każdy|każda|każde|wszystkie|wszyscy)\s+))"
)

#: Verbs that attribute reported speech: "…, podkreślił wicepremier".
SPEECH_VERBS: str = (
    r"(?i:\b(?:powiedział|podkreślił|stwierdził|zaznaczył|oświadczył|dodał|zażądał|przypomniał"
    r"|zauważył)[aoy]?\b|\bwedług\b)"
)

#: Actors (responsible bodies) and the places after them are in the gazetteer of the
#: Vietnamese state: pipeline/lang/gazetteer/*.toml.

#: Conjunctions that chain addressees ("ministerstwom, resortom i samorządom") and that are
#: cut from the end of an action (regexes, on whole words).
ACTOR_CHAIN_WORDS: tuple[str, ...] = ("i", "oraz")
ACTION_TRAILING_WORDS: tuple[str, ...] = ("i", "oraz")

#: Abbreviations whose full stop ends no sentence before a decree's issue date: "2025 r.",
#: "nr.", "ok.", "tj.", "św.".
DECREE_ABBREVIATIONS: tuple[str, ...] = ("r", "nr", "ok", "tj", "św")

# ---- stories (combine/stories) ----

#: Line openings that credit the text's origin: "Źródło: …", "Według …" (regexes).
CREDIT_MARKERS: tuple[str, ...] = ("źródło", "zrodlo", "według")

# ---- loading (ingest/decode) ----

#: Letters Polish writes: a legacy decoding mostly made of them is plausible.
LETTERS: str = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”’"

# ---- portal exports (ingest/portal) ----

#: Navigation lines from which everything to the end is cut (whole lines, any case).
PORTAL_TAIL_MARKERS: tuple[str, ...] = (
    "ta sama kategoria", "ten sam autor", "powiązane", "powiązane artykuły",
    "powiązane wiadomości", "czytaj też", "czytaj także", "czytaj również",
)  # fmt: skip
#: A comment counter ("Komentarze (0)") and a tag line ("Tagi: …"), navigation too.
PORTAL_COMMENT_WORDS: tuple[str, ...] = ("komentarz", "komentarze", "komentarzy")
PORTAL_TAG_WORDS: tuple[str, ...] = ("tagi",)
#: Share widgets, dropped wherever they stand: "Udostępnij".
PORTAL_COUNTER_WORDS: tuple[str, ...] = ("udostępnij",)
#: The label of the original's URL: "Źródło: https://…".
PORTAL_SOURCE_LABELS: tuple[str, ...] = ("Źródło",)
#: Captions and credits: "Zdjęcie: VNA", "Fot. …:".
PORTAL_CAPTION_CUES: tuple[str, ...] = ("zdjęcie", "zdjęcia", "fot.", "foto")
#: Bylines: "Autor: …".
PORTAL_BYLINE_CUES: tuple[str, ...] = ("autor",)
#: Weekdays between a paper's name and its date: "… - piątek, 10/10/2025".
WEEKDAYS: tuple[str, ...] = (
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
)  # fmt: skip
