"""Vietnamese language data (same names in every language module)."""

from __future__ import annotations

# ---- dates, periods, decrees, deadline cues (article/dates, decrees, deadlines) ----
# Read by pipeline.article.date_grammar / decrees / deadlines. Patterns are regex templates
# (compiled case-insensitively with the `regex` module); the engine fills {DAY} {MM} {MONTH}
# {YEAR} {YEAR2} {ORD} {ROMAN} {RSUF}, {DAY0} {DAY_END} (first and last day of a range) and
# reads the named groups d, d0, m, mn, y, y2, q, h, nmf (first N months), nml (last N
# months), rl / ry (a DATE_RELATIVE word of the month / the year). A template's match is
# the date's raw span. A match without its year takes it from the publication date.
# A leading "ngày" (day) stays outside the raw, like the French article "le";
# "tháng 9/2025", "năm 2025" and "quý IV/2025" keep their head word.

# Vietnamese months are numbers ("tháng 10"); there are no month names.
DATE_MONTHS: dict[str, int] = {}
DATE_ORDINALS: dict[str, int] = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}
_THANG = r"th[áa]ng"
_NAM = r"n[ăa]m"
# "/10", "-10", ".10", " tháng 10" after a day, with no year after it
_DAY_MONTH_NO_YEAR = r"\s*(?:/|-|\.|" + _THANG + r"\s*){MM}(?![\d/-]|[.,]\d|\s*" + _NAM + ")"
DATE_PATTERNS: tuple[str, ...] = (
    # (ngày) 10 tháng 10 năm 2025 | 10 tháng 10, năm 2025
    r"{DAY}\s*" + _THANG + r"\s*{MM}\s*,?\s*" + _NAM + r"\s*{YEAR}",
    # ngày 25-26/10/2025 | ngày 25 và 26/10 (a day range)
    r"(?<=\b(?:ngày|các\s+ngày|hai\s+ngày)\s+){DAY0}\s*(?:[-–]|và|đến)\s*(?:ngày\s+)?{DAY_END}"
    r"\s*(?P<sep>[/.-]){MM}(?P=sep){YEAR}",
    r"(?<=\b(?:ngày|các\s+ngày|hai\s+ngày)\s+){DAY0}\s*(?:[-–]|và|đến)\s*(?:ngày\s+)?{DAY_END}"
    + _DAY_MONTH_NO_YEAR,
    # ngày 10 tháng 10 | ngày 10/10 | sáng 26.1 | tối 25/11 (year from the publication date)
    r"(?<=\b(?:ngày|sáng|trưa|chiều|tối|đêm|rạng\s+sáng)\s+){DAY}" + _DAY_MONTH_NO_YEAR,
    # tháng 12 | các nhiệm vụ tháng 11 (year from the publication date or the text around);
    # not "mỗi tháng 2 lần", "3 tháng 4 ngày", "tháng 9/2025"
    r"(?<!\b(?:mỗi|hằng|hàng|mấy|vài|nhiều)\s+|\d\s*)" + _THANG + r"\s+{MM}"
    r"(?![\d/-]|[.,]\d|\s*(?:" + _NAM + r"|lần|ngày|tuần|giờ|người|ca|%)(?!\p{L}))",
    # tháng 9 năm 2025 | tháng 9/2025 | tháng 09-2025 | tháng 7, 2017
    _THANG + r"\s*{MM}\s*(?:/|-|,?\s*" + _NAM + r"|,)\s*{YEAR}",
    # quý IV/2025 | quý 4 năm 2025 | quý IV năm 2025
    r"quý\s*(?:(?P<q>{ROMAN})|(?P<q>[1-4])|(?P<q>{ORD}))\s*(?:/|-|,?\s*" + _NAM + r")\s*{YEAR}",
    # 6 tháng đầu năm 2025 (2025-01/2025-06) | 6 tháng cuối năm 2025 (2025-07/2025-12)
    r"(?P<nmf>\d{1,2})\s+" + _THANG + r"\s+đầu\s+" + _NAM + r"\s*{YEAR}",
    r"(?P<nml>\d{1,2})\s+" + _THANG + r"\s+cuối\s+" + _NAM + r"\s*{YEAR}",
    # nửa đầu năm 2025 | nửa cuối năm 2025
    r"nửa\s+(?:(?P<nmf>đầu)|(?P<nml>cuối))\s+" + _NAM + r"\s*{YEAR}",
    # từ năm 2026 đến năm 2030 (raw starts after "từ")
    r"(?<=\btừ\s+)(?:năm\s*)?{YEAR}\s+(?:đến|tới)\s+(?:năm\s*)?{YEAR2}",
    # năm 2025 | cuối năm 2025 | đến năm 2030 | tầm nhìn đến năm 2045
    # (not the decade "những năm 1980", "thập niên 1980")
    r"(?<!\bnhững\s+)năm\s*{YEAR}",
    # tầm nhìn 2045 | đến 2030.
    r"(?<=\b(?:tầm\s+nhìn|tầm\s+nhìn\s+đến|đến|cuối)\s+){YEAR}(?=\s*[,.;:!?)]|\s*$)",
)
# Words after a number that make it a quantity, not a date: "2025 tỷ đồng", "65 tuổi".
DATE_NOT_AFTER = (
    r"%|‰|€|\$|đồng\b|tỷ\b|triệu\b|nghìn\b|ngàn\b|USD\b|VND\b|tuổi\b|người\b|bệnh\s+nhân\b"
    r"|giường\b|ca\b|giờ\b|h\d"
)
# Words that tie an issue date to the number: "72-NQ/TW ngày 9/9/2025",
# "38/2025/QĐ-UBND ban hành ngày 30 tháng 6 năm 2025".
DECREE_ISSUE_LINKS: tuple[str, ...] = (
    r"ngày",
    r"(?:được\s+)?(?:ban\s+hành|ký|thông\s+qua)(?:\s+vào)?\s+ngày",
)
# Verbs that make an earlier date the issue date: "Ngày 22/8/2025, Bộ Chính trị ban hành
# Nghị quyết số 71-NQ/TW".
DECREE_ISSUE_VERBS = r"ban\s+hành|ký|thông\s+qua|phê\s+duyệt"
# The issuing body between a number and its date: "72-NQ/TW của Bộ Chính trị ngày 9/9/2025".
DECREE_ISSUER_PHRASE = r"của\s+\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,6}?"
# Documents named by type, number and issuing body without their code ("Nghị quyết 72
# của Bộ Chính trị" → 72-NQ/TW, "Nghị quyết 282 của Chính phủ" → 282/NQ-CP); see fr.py.
DECREE_NAMED_TYPES: dict[str, str] = {
    "NQ": r"[Nn]ghị\s+quyết", "KL": r"[Kk]ết\s+luận", "CT": r"[Cc]hỉ\s+thị",
}  # fmt: skip
DECREE_NAMED_PREFIX = r"số\s*"
# The word for a law before a National Assembly number: "Luật số 56/2024/QH15".
DECREE_LAW_WORDS = r"[Ll]uật"
DECREE_NAMED_ISSUERS: dict[str, str] = {
    "TW": r"(?:của\s+)?(?:Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư|Ban\s+Chấp\s+hành\s+Trung\s+ương)",
    "CP": r"(?:của\s+)?Chính\s+phủ",
}
# Deadline cues by relation. Must match: "trước ngày 31/12/2025", "trước tháng 12/2025",
# "chậm nhất ngày 15/11/2025", "chậm nhất trong tháng 11/2025", "xong trước ngày 30/6/2025",
# "đến hết năm 2025", "trong năm 2025" (with a completion verb), "trong quý IV/2025".
# Must not match: "trước khi sáp nhập", "từ ngày 1/7/2025", "sau ngày 30/6/2025",
# "tầm nhìn đến năm 2045".
DEADLINE_CUES: tuple[tuple[str, str], ...] = (
    ("by", r"chậm\s+nhất(?:\s+(?:là|vào|đến|trước|trong))*(?:\s+cuối)?"),
    ("by", r"muộn\s+nhất(?:\s+(?:là|vào))?"),
    ("by", r"không\s+muộn\s+hơn"),
    ("by", r"hạn\s+chót(?:\s+là)?"),
    ("by", r"xong\s+trước"),
    ("by", r"trước\s+cuối"),
    ("by", r"(?:đến|tới)(?:\s+hết|\s+cuối)?"),
    ("before", r"trước"),
    ("in", r"(?:ngay\s+)?trong(?:\s+suốt)?"),
    ("in", r"vào"),
)
# Words allowed between a cue and its date: "trước ngày 31/12/2025".
DEADLINE_FILLERS: tuple[str, ...] = (r"ngày",)
# Text right before a cue that cancels it: "tầm nhìn đến năm 2045" is a vision, not a deadline.
# "tầm nhìn đến năm 2045" is a vision, not a deadline; "từ ngày 1 đến ngày 15/11" closes
# a day range.
# "định hướng đến năm 2030" (an orientation of a programme title) is no deadline either.
DEADLINE_BLOCKERS: tuple[str, ...] = (
    r"tầm\s+nhìn", r"định\s+hướng", r"\btừ\s+(?:ngày\s+)?\d{1,2}",
)  # fmt: skip
# Abbreviations whose dot ends no clause (the clause of an `in` deadline goes on).
DEADLINE_ABBREVIATIONS: tuple[str, ...] = ("TP", "TS", "PGS", "GS", "ThS", "Th.S")
# Completion / implementation verbs required in the clause of an `in` deadline.
COMPLETION_VERBS: tuple[str, ...] = (
    r"hoàn\s+thành", r"hoàn\s+tất", r"triển\s+khai", r"thực\s+hiện", r"xong",
    # finishing a text and handing it up: "hoàn thiện dự thảo…, trình Chính phủ trong
    # tháng 1/2026", "ban hành trong quý I/2026" (not "trình bày", "trình độ")
    r"hoàn\s+thiện", r"trình(?!\s+(?:bày|độ|diễn|tự))", r"ban\s+hành",
    # putting works into use: "đưa nhà ga vào khai thác trong năm 2026", "khởi công", "bàn giao"
    r"vào\s+(?:khai\s+thác|vận\s+hành|sử\s+dụng|hoạt\s+động)", r"khởi\s+công",
    r"bàn\s+giao", r"thông\s+xe",
)  # fmt: skip
# A past or unfinished aspect right before a completion verb: "đã hoàn thành", "vừa triển
# khai", "chưa hoàn thành" (work left over from a past period), no deadline.
COMPLETION_PAST_BEFORE: tuple[str, ...] = (
    r"\b(?:đã|vừa|chưa|từng)(?:\s+(?:được|cơ\s+bản|hoàn\s+toàn|kịp))*",
)
COMPLETION_PAST_FORMS: tuple[str, ...] = ()


# ---- official titles, Party/State bodies (article/officials) ----

# Title heads (both tone-mark spellings: "Ủy"/"Uỷ", "Hòa"/"Hoà"), matched
# case-insensitively; complements follow without a preposition: "Bộ trưởng Bộ Y tế",
# "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế tỉnh Quảng Trị".
OFFICIAL_TITLES: tuple[str, ...] = (
    "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng",
    "Phó Thủ tướng Thường trực", "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch",
    "Phó Chủ tịch Thường trực", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc",
    "Phó Tổng Giám đốc", "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực",
    "Bí thư thứ nhất", "Ủy viên Bộ Chính trị", "Uỷ viên Bộ Chính trị",
    "Ủy viên Trung ương Đảng", "Uỷ viên Trung ương Đảng",
    "Ủy viên Ban Chấp hành Trung ương Đảng", "Uỷ viên Ban Chấp hành Trung ương Đảng",
    "Ủy viên Ban Bí thư", "Uỷ viên Ban Bí thư", "Thường trực Ban Bí thư", "Trưởng ban",
    "Phó Trưởng ban", "Đại sứ", "Đại biểu Quốc hội", "Cục trưởng", "Phó Cục trưởng",
    "Vụ trưởng", "Phó Vụ trưởng", "Viện trưởng", "Chánh Văn phòng", "Chánh án",
    "Tổng Thư ký", "Tổng thống", "Chủ nhiệm", "Phó Chủ nhiệm", "Trưởng phòng",
    "Phó Trưởng phòng", "Người phát ngôn", "Chánh Thanh tra", "Tổng Kiểm toán",
    "Phó Tổng thống", "Thượng nghị sĩ", "Hạ nghị sĩ", "Nghị sĩ", "Ngoại trưởng",
    "Thống đốc", "Thị trưởng", "Tổng chưởng lý", "Thủ hiến",
    # Party committee members: "Tỉnh ủy viên, Giám đốc Sở Y tế"
    "Ủy viên Ban Thường vụ", "Uỷ viên Ban Thường vụ", "Tỉnh ủy viên", "Tỉnh uỷ viên",
    "Thành ủy viên", "Thành uỷ viên", "Ủy viên Ban Chấp hành Đảng bộ",
    "Uỷ viên Ban Chấp hành Đảng bộ", "Ủy viên Ban cán sự Đảng", "Uỷ viên Ban cán sự Đảng",
    "Chánh Thanh tra", "Phó Chánh Văn phòng", "Phó Viện trưởng", "Hiệu trưởng",
    "Phó Hiệu trưởng", "Trưởng đoàn", "Phó Trưởng đoàn",
    # counterpart: "người đồng cấp Ba Lan Zbigniew Rau"
    "người đồng cấp",
)  # fmt: skip

# Plural title heads: every name of the list that follows shares the title. Vietnamese
# marks no plural on the title, so names joined by "và" share one (TITLE_SHARED_BY_PAIRS).
TITLE_PLURALS: tuple[str, ...] = ("các đồng chí",)
TITLE_SHARED_BY_PAIRS: bool = True

# Words a title may open with ("quyền Chánh Văn phòng", "nguyên Bộ trưởng").
TITLE_PREFIXES: tuple[str, ...] = ("quyền", "nguyên", "tân", "cựu")

# Conjunctions between names of one list, and between two titles of one person.
NAME_LIST_CONJUNCTIONS: tuple[str, ...] = ("và",)

# First words of Party membership titles: in "NAME, Ủy viên Trung ương Đảng, Phó Thủ
# tướng" the office after a membership is the title kept.
MEMBERSHIP_TITLE_WORDS: tuple[str, ...] = (
    "Ủy viên", "Uỷ viên", "Tỉnh ủy viên", "Tỉnh uỷ viên", "Thành ủy viên", "Thành uỷ viên",
)  # fmt: skip

TITLE_CONNECTORS: frozenset[str] = frozenset({"tại", "của"})

# Lower-case syllables of institution names (Bộ Nông nghiệp và Môi trường, Sở Y tế,
# Ủy ban nhân dân tỉnh ...) that may stand inside a title complement.
TITLE_COMPLEMENT_WORDS: frozenset[str] = frozenset(
    """tế chính phủ nước nhân dân tỉnh thành phố huyện xã phường quận thị ủy uỷ viên trị
    thư hành ương hội quốc vụ an phòng pháp giao thương nghiệp và triển nông thôn môi
    trường nguyên dựng thông vận tải dục đào tạo động binh học công nghệ tin truyền hóa
    hoá thao du lịch hoạch đầu tư hàng nhà tra kiểm soát bệnh tật viện sát toán
    trực vụ đảng bộ ban cán sự chỉ đạo thường tổ chức tuyên giáo kinh dân vận tòa toà án
    tối cao liên hiệp phụ nữ đoàn niên lao đô thị đặc khu cục sở đa khoa trung tâm kiểm
    nghiệm soát dịch tật""".split()
)

PARTY_STATE_BODIES: dict[str, tuple[str, ...]] = {
    "Politburo": ("Bộ Chính trị",),
    "Secretariat": ("Ban Bí thư",),
    "Party Central Committee": (
        "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Trung ương Đảng",
    ),
    "Communist Party of Vietnam": ("Đảng Cộng sản Việt Nam",),
    "National Assembly": ("Quốc hội",),
    "Government": ("Chính phủ",),
    "People's Committee": ("Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND"),
    "People's Council": ("Hội đồng nhân dân", "HĐND"),
    "Fatherland Front": ("Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "MTTQ"),
}  # fmt: skip

# Courtesy words and academic prefixes before a name ("ông Nguyễn Thế Toàn",
# "đồng chí Trần Cẩm Tú", "PGS.TS Trần Văn Thuấn"); never a title on their own.
NAME_HONORIFICS: tuple[str, ...] = (
    "ông", "bà", "đồng chí", "anh", "chị", "ngài", "GS.TS", "PGS.TS", "GS", "PGS", "TS",
    "ThS", "BS", "BSCKII", "TS.BS", "ThS.BS", "các đồng chí", "các ông", "các bà",
)  # fmt: skip

# Honorifics that are a Party address: the name after them is an office holder even
# without a title ("đồng chí Trần Cẩm Tú nhấn mạnh").
OFFICIAL_HONORIFICS: tuple[str, ...] = ("đồng chí", "các đồng chí")

TITLE_ARTICLES: frozenset[str] = frozenset()
# "Phó Thủ tướng" is a deputy: the bare office "Thủ tướng" never stands for one.
DEPUTY_WORDS: frozenset[str] = frozenset({"pho"})

NON_OFFICIAL_CUES: tuple[str, ...] = (
    "bệnh nhân", "người bệnh", "sản phụ", "bé", "cháu", "cụ", "nạn nhân", "liệt sĩ",
    "anh hùng", "Anh hùng Lao động", "Bà mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng",
    "Nghệ sĩ Nhân dân", "NSND", "NSƯT", "phóng viên", "PV", "tác giả", "nhà báo",
    "Ảnh :", "Ảnh:", "ảnh :", "ảnh:", "Ảnh", "Nguồn :",
)  # fmt: skip

BYLINE_CUES: tuple[str, ...] = ("ảnh", "nguồn", "bài", "tin", "nhóm pv")

NAME_PLACE_NOUNS: tuple[str, ...] = (
    # "trường" only as a school: "Môi trường" ends a ministry's name before its
    # minister ("Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy"); "phố" only as a
    # street: "thành phố" ends a city's name before its official ("Phó Chủ tịch UBND
    # thành phố Dương Đức Tuấn")
    "đường", "tuyến phố", "khu phố", "phố đi bộ", "đường phố", "phường", "quận", "bệnh viện",
    "trường học", "trường THPT", "trường THCS", "trường tiểu học", "trường mầm non",
    "trường đại học", "trường cao đẳng", "trường chuyên", "trường trung học",
    "trường phổ thông", "cầu", "chợ", "quảng trường",
    "công viên", "sân bay", "lăng", "làng", "thôn", "ấp", "bến", "cảng", "núi", "sông",
    "hồ", "chùa", "đền",
)  # fmt: skip

NAME_CASE_SUFFIXES: tuple[str, ...] = ()

# Capitalised phrases that never belong to a person name after a title (countries,
# organisations): "Tổng thống Mỹ Donald Trump", "Chủ tịch Hiệp hội ...".
NAME_STOP_PHRASES: tuple[str, ...] = (
    "Mỹ", "Hoa Kỳ", "Trung Quốc", "Nga", "Pháp", "Đức", "Anh", "Nhật Bản", "Hàn Quốc",
    "Triều Tiên", "Bắc Triều Tiên", "Ấn Độ", "Lào", "Campuchia", "Thái Lan", "Ba Lan",
    "Ukraine", "Indonesia", "Thổ Nhĩ Kỳ", "Việt Nam", "Liên hợp quốc", "ASEAN", "EU",
    "Liên minh châu Âu", "Hiệp hội", "Hội đồng", "Công ty", "Tập đoàn", "Quỹ", "Đảng",
    "Bang", "Tiểu bang",
    # provinces and cities, which end a title's complement before a four-syllable name:
    # "Chủ tịch UBND TP Đà Nẵng Lương Nguyễn Minh Triết" (not the person's name "Hồ Chí Minh")
    "An Giang", "Bà Rịa - Vũng Tàu", "Bình Dương", "Bình Phước", "Bình Thuận", "Bình Định",
    "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Cao Bằng", "Cà Mau",
    "Cần Thơ", "Gia Lai", "Huế", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hòa Bình",
    "Hưng Yên", "Hải Dương", "Hải Phòng", "Hậu Giang", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Long An", "Lào Cai", "Lâm Đồng", "Lạng Sơn", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Thanh Hóa",
    "Thái Bình", "Thái Nguyên", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
    "Tây Ninh", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Điện Biên", "Đà Nẵng", "Đắk Lắk",
    "Đắk Nông", "Đồng Nai", "Đồng Tháp", "TP Hồ Chí Minh", "TP. Hồ Chí Minh",
    "Thành phố Hồ Chí Minh", "TP.HCM", "TPHCM",
)  # fmt: skip

PERSON_NER_MODEL: str | None = None

# ---- obligation cues and actor names (article/obligations, combine/commitments) ----

#: Words written with a full stop that never end a sentence (lower-case, without the dot):
#: "TP. Hồ Chí Minh", "tr. 5", "TS. Nguyễn", "PGS.TS.", "ThS.", "BS.".
SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "tp",
        "tr",
        "ts",
        "pgs",
        "gs",
        "ths",
        "bs",
        "pgs.ts",
        "gs.ts",
        "ths.bs",
        "bsckii",
        "bsck",
        "q",
        "p",
        "tt",
        "n°",
        "kt",
        "tm",
    }
)

#: People who petition or advise the authorities, not bodies of the state: voters,
#: associations (the Chamber of Commerce, VCCI, among them), experts, residents, firms,
#: investors, deputies, lawyers, scientists.
_PETITIONERS: str = (
    r"(?i:(?:các|nhiều|một\s+số)\s+)?(?i:cử\s+tri|hiệp\s+hội|chuyên\s+gia|người\s+dân"
    r"|doanh\s+nghiệp|nhà\s+đầu\s+tư|đại\s+biểu|luật\s+sư|nhà\s+khoa\s+học"
    r"|giới\s+phân\s+tích|nhà\s+phân\s+tích|VCCI|liên\s+đoàn\s+thương\s+mại)\b"
)
#: What a body must or will do in the opinion of such people is advice or a forecast, not
#: a commitment: "Theo các chuyên gia, Ngân hàng Nhà nước cần thận trọng…", "Nhiều chuyên
#: gia cho rằng Bộ Tài chính nên…", "Cử tri kiến nghị Bộ Xây dựng cần sớm…".
_OPINION_OF_OTHERS: str = (
    r"(?<!(?:(?:^|[.!?\n])\s*(?i:theo)\s+"
    + _PETITIONERS
    + r"|"
    + _PETITIONERS
    + r"[^.!?;\n]{0,60}?\s(?i:cho\s+rằng|nhận\s+định|kiến\s+nghị|khuyến\s+nghị|đề\s+xuất"
    r"|đề\s+nghị|dự\s+báo))[^.!?\n]{0,150})"
)

#: Future tense and pledges of a body, right after its subject: "Bộ Y tế sẽ…", "Sở sẽ tiếp
#: tục…", "ngành y tế quyết tâm…", "tỉnh phấn đấu…".
FUTURE_CUES: str = (
    # the words first: the look-behinds then run only where a cue stands
    r"(?=(?i:sẽ|quyết|phấn|dự|cho|khẳng)\b)"
    + _OPINION_OF_OTHERS
    # a body that announces its own plan, the speech verb between it and the tense: "Bộ Xây
    # dựng cho biết sẽ hoàn thành…", "Sở khẳng định sẽ…" (its subject is the speaker)
    + r"(?i:\b(?:(?:cho\s+biết|khẳng\s+định)(?:\s+(?:là|rằng))?\s+)?"
    r"(?:sẽ|quyết\s+tâm|phấn\s+đấu|dự\s+kiến\s+sẽ)\b"
    # an event that will take place, a state, an entry into force: "Kỳ họp thứ 10 của
    # Quốc hội sẽ khai mạc…", "Nghị định sẽ có hiệu lực…", no task of anyone
    r"(?!\s+(?:diễn\s+ra|khai\s+mạc|bế\s+mạc|là|có\s+hiệu\s+lực|được\s+tổ\s+chức|kéo\s+dài|họp)\b)"
    # what befalls a body (a sanction, aid, the weather), no task of its own: "… sẽ bị xem
    # xét trách nhiệm", "… sẽ được Trung ương hỗ trợ", "… sẽ có mưa lớn", "… sẽ chịu ảnh
    # hưởng của bão"
    r"(?!\s+(?:bị|được\s+(?:\p{Lu}\S*\s+){0,3}(?:hưởng|nhận|cấp|hỗ\s+trợ|bổ\s+sung|tặng|trao)"
    r"|chịu\s+ảnh\s+hưởng|có\s+(?:\S+\s+)?(?:mưa|nắng|gió|bão|dông|giông|lũ|rét|sương)"
    r"|đón\s+(?:không\s+khí\s+lạnh|mưa|bão))\b))"
)

#: The first person of an interviewee's body: "chúng tôi sẽ…", "chúng tôi quyết tâm…".
FIRST_PERSON_CUES: str = (
    r"(?i:\bchúng\s+tôi\s+(?:sẽ|quyết\s+tâm|cam\s+kết|phấn\s+đấu|tiếp\s+tục)\b)"
)

#: Directives in reported speech, whose addressee may be unnamed: "yêu cầu phải…",
#: "chỉ đạo khẩn trương…" (handled as object cues without an addressee); the lists of a
#: conclusion notice: "Phó Thủ tướng giao: a) Bộ Xây dựng chủ trì…".
SPEECH_DIRECTIVES: str = r"(?i:\b(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|giao|lưu\s+ý)\s*:)"

#: Assignments whose addressee follows the thing assigned: "giao nhiệm vụ cho Bộ…".
ASSIGNMENT_CUES: str = (
    # not the title of a decision: "Quyết định về việc giao nhiệm vụ cho Bộ Tài chính"
    r"(?<!(?i:việc)\s)"
    r"(?i:\b(?:giao|phân\s+công|phân\s+giao)\s+(?:nhiệm\s+vụ|trách\s+nhiệm)"
    r"(?:\s+và\s+phân\s+công)?\b)"
)
#: Words that open the addressee of an assignment: "… cho Bộ Y tế".
#: An office before the body stands for it: "… phân công cho Bộ trưởng Bộ Tài chính chuẩn bị".
ASSIGNMENT_LEAD: str = r"(?i:\bcho\s*|(?<=\bcho\s+(?:Bộ|Chủ|Thủ)\s+)(?:trưởng|tịch)\s+)"

#: Speech that gives an official the floor for what follows: directives, conclusions, and
#: chairing the meeting whose directives the article reports ("… Nguyễn Văn A chủ trì").
FLOOR_VERBS: str = (
    # not a direction being carried out: "Công điện … thực hiện chỉ đạo của Tổng Bí thư X"
    # (the dispatch's signer directs, not X)
    r"(?<!(?i:thực\s+hiện|triển\s+khai|quán\s+triệt)(?:\s+(?i:ý\s+kiến|các))?\s)"
    r"(?i:\b(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|nhấn\s+mạnh|kết\s+luận|lưu\s+ý|giao"
    r"|phát\s+biểu\s+kết\s+luận|chủ\s+trì)\b)"
)

#: Pronouns and demonstratives that stand for the body named before: "Bộ này", "Sở này".
REFERENCE_PRONOUNS: str = r"(?i:^(?:ông|bà|đơn\s+vị\s+này)$)"

#: Definite references to a body named before ("Bộ này", "Sở", "Ngành").
REFERENCE_NOUNS: dict[str, str] = {
    r"bộ(?:\s+này)?": "Ministry", r"sở(?:\s+này)?": "Department", r"ngành(?:\s+này)?": "sector",
    r"tỉnh(?:\s+này)?": "Provincial", r"ủy\s+ban(?:\s+này)?": "Committee",
    r"thành\s+phố(?:\s+này)?": "City",
}  # fmt: skip

#: An office standing for its body as the subject: "Bộ trưởng Bộ Y tế phải…" already names
#: the body; "Giám đốc Sở Y tế" too. Nothing to replace.
TITLE_BODY_HEADS: dict[str, str] = {}

#: Copulas right after a modal verb: a state ("doit être différent"), not a task.
COPULA_VERBS: str = r"(?i:\s+(?:là|có|được)\b)"

#: The text is an interview: its "chúng tôi" is the interviewee's body.
INTERVIEW_MARKERS: str = r"(?i:\bphỏng\s+vấn\b|\btrao\s+đổi\s+với\b)"

#: A list of tasks after a colon, each opened by a verb: "Bộ Y tế: chủ trì …".
TASK_LIST_CUES: str = r":\s*(?=\p{Ll})"

#: A body told to act in the passive, the body being the subject: "Bộ Tài chính được giao
#: chủ trì…", "Sở Xây dựng được UBND Thành phố giao rà soát…", "EVN được yêu cầu hoàn
#: thành…", "… được phân công theo dõi…". The assigner, when named, stands between
#: "được" and the verb. Not an allocation ("được giao 1.200 chỉ tiêu", "được giao đất,
#: giao rừng", "được giao vốn"), a post ("được giao nhiệm vụ Giám đốc Sở"), the tasks
#: themselves ("các nhiệm vụ được giao"), a person ("…, người được giao nhiệm vụ…") or a
#: verb with nothing after it.
_PASSIVE_ASSIGNMENT: str = (
    r"(?<!(?i:nhiệm\s+vụ|việc|chỉ\s+tiêu|vốn|đất|ngân\s+sách|dự\s+toán|người|ông|bà|ai)\s)"
    r"\b[Đđ]ược\s+(?:\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,4}?\s+)?"
    r"(?i:giao|phân\s+công|yêu\s+cầu|chỉ\s+đạo)\b"
    r"(?=\s+\p{Ll})(?!\s+(?i:cho|lại|về|đất|rừng|vốn|chỉ\s+tiêu|biên\s+chế|dự\s+toán|ngân\s+sách"
    r"|kế\s+hoạch\s+vốn|quản\s+lý\s+\d|nhiệm\s+vụ\s+(?-i:\p{Lu}))\b)"
)

#: A request made by petitioners, voters, deputies, experts or firms who open the clause
#: ("Cử tri đề nghị UBND tỉnh…", "Hiệp hội Doanh nghiệp đề nghị Chính phủ…", "Đại biểu
#: Quốc hội Nguyễn Văn A đề nghị Bộ…"): a recommendation to an authority, not a directive.
_NOT_BY_PETITIONER: str = (
    r"(?<!(?:^|[.!?;:\n,])\s*" + _PETITIONERS + r"(?:\s+[\p{L}\p{N}.()-]+){0,8}\s+)"
)

#: A directing verb with no addressee inside the action of an earlier directive of the
#: sentence: "Thủ tướng yêu cầu UBND các tỉnh, thành phố chỉ đạo lực lượng chức năng kiểm
#: tra…", "yêu cầu Bộ trưởng Bộ Y tế chỉ đạo, hỗ trợ…": the addressee's task, not a
#: directive of its own. With a body after it ("… chỉ đạo các bệnh viện…") it stays a cue.
_NOT_INSIDE_DIRECTIVE: str = (
    r"(?!(?<=(?i:(?<!(?i:theo|của)\s)\b(?:yêu\s+cầu|đề\s+nghị)|\bgiao(?!\s+thông)|(?<!(?i:ban)\s)\bchỉ\s+đạo)"
    r"\b[^.;:!?\n]{1,150})"
    r"(?i:yêu\s+cầu|đề\s+nghị|giao|chỉ\s+đạo|chỉ\s+thị|kêu\s+gọi)(?:\s*,\s*|\s+)"
    r"(?!(?i:các|những|mọi|toàn|cho|chính\s+quyền|lực\s+lượng\s+công\s+an|công\s+an|ngành|cơ\s+quan"
    r"|đơn\s+vị|tỉnh|thành\s+phố|sở|bộ|tập\s+đoàn|doanh\s+nghiệp|ủy\s+ban|uỷ\s+ban)\b)\p{Ll})"
)

#: An item of a list of tasks under a directive that ends with a colon ("Phó Thủ tướng
#: giao:", "Thủ tướng yêu cầu:", "kết luận:"), each item opened by a letter, a number or a
#: dash and naming its body: "a) Bộ Xây dựng chủ trì…", "2. Bộ Công Thương bảo đảm…",
#: "- Bộ Tài chính cân đối, bố trí vốn…".
_ITEM_MARK: str = r"(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])"
_LIST_ITEM: str = (
    # the newline first (a literal the scan finds fast), the item's mark kept as the cue
    r"\n[ \t]*\K" + _ITEM_MARK + r"(?=[ \t]+\p{Lu})"
    r"(?<=(?i:yêu\s+cầu|giao|đề\s+nghị|chỉ\s+đạo|kết\s+luận)\s*:[ \t]*\n"
    r"(?:[^\n]{0,800}\n){0,15}[ \t]*" + _ITEM_MARK + r")"
)

#: The next task of a directive, stated with its body and no modal in the sentence right
#: after it in the same paragraph: "Thủ tướng Nguyễn Văn A chỉ đạo chú trọng phát triển văn
#: hóa. Các bộ, ngành, địa phương thực hiện tốt công tác an sinh xã hội…". The body opens
#: the sentence; no tense or passive word stands before the verb ("Các bộ đã hoàn thành…").
_NEXT_TASK_VERBS: str = (
    r"thực\s+hiện|phối\s+hợp|triển\s+khai|tăng\s+cường|đẩy\s+mạnh|rà\s+soát|bảo\s+đảm"
    r"|đảm\s+bảo|hoàn\s+thiện|nghiên\s+cứu|tập\s+trung|chủ\s+động|chăm\s+lo"
)
_NEXT_TASK: str = (
    # the sentence end first (a few characters the scan finds fast), the verb kept as the cue
    r"[.!?][ \t]+"
    # not a connective with no body after it ("Bên cạnh đó phối hợp…": a bare imperative)
    r"(?!(?i:bên\s+cạnh|đồng\s+thời|ngoài\s+ra|trong\s+đó|theo\s+đó|cùng\s+với|tuy\s+nhiên"
    r"|từ\s+đó|qua\s+đó|do\s+đó|vì\s+vậy|để|nhằm|trên\s+cơ\s+sở"
    # nor the public, advised rather than directed ("Người dân chủ động phòng tránh bão")
    r"|người|nhân\s+dân|bà\s+con|du\s+khách|phụ\s+huynh|học\s+sinh|hành\s+khách|ngư\s+dân"
    r"|nông\s+dân)\b)"
    r"\p{Lu}[^\s.;:!?]*(?:[ \t,]+[^\s.;:!?]+){0,8}?[ \t]"
    r"(?<!(?i:đã|đang|vừa|từng|chưa|được|bị|không|sẽ|cũng|để|và|nhằm|cần|phải)\s)\K"
    # the verb in lower case: "Bộ Xây dựng cho biết…" names a ministry
    r"(?:" + _NEXT_TASK_VERBS + r")\b"
    # a directing verb in the sentence before
    r"(?<=(?i:chỉ\s+đạo|yêu\s+cầu|giao)\b[^.!?\n]{0,400}[.!?][ \t]+[^.!?\n]{1,160})"
)

#: Obligation cues: (pattern, kind); kinds as in ``fr.py``. Must match: "phải hoàn thành",
#: "phải", "cần", "yêu cầu Bộ Y tế", "đề nghị các địa phương", "giao Sở Y tế chủ trì",
#: "chịu trách nhiệm", "chỉ đạo", "có nhiệm vụ", "khẩn trương". Must not match: "không phải
#: là" (is not), "không cần" (no need), "theo yêu cầu của" (the noun "request"), "Ban Chỉ
#: đạo" (Steering Committee), "giao thông" (traffic).
OBLIGATION_CUES: tuple[tuple[str, str], ...] = (
    (
        r"(?<!(?i:không)\s)\bphải\s+(?:được\s+)?(?:hoàn\s+thành|hoàn\s+tất|xong|thực\s+hiện\s+xong)",
        "passive",
    ),
    (
        r"(?=(?i:phải|cần)\b)(?<!(?i:không)\s|:\s)"
        + _OPINION_OF_OTHERS
        # not the verb "need" of a quantity: "các doanh nghiệp cần thêm thời gian"
        + r"(?i:\b(?:phải|cần\s+phải|cần)\b)(?!\s+(?:là|thiết\s+không|thêm)\b)",
        "subject",
    ),
    (
        r"(?<!:\s)(?i:\b(?:chịu\s+trách\s+nhiệm|có\s+(?:nhiệm\s+vụ|trách\s+nhiệm)|khẩn\s+trương"
        # "cam kết" as a verb, not the noun: "đánh giá cao cam kết của…", "các cam kết quốc tế"
        r"|(?<!(?i:các|những|cao|trọng|hiện|giữ|theo|bản|lời)\s)cam\s+kết"
        r"(?!\s+(?:của|quốc\s+tế|này|đó|trên|chung|mạnh\s+mẽ\s+của)\b))\b)",
        "subject",
    ),
    (
        # The first verb of a task list item ("Bộ Công Thương: chỉ đạo bảo đảm…") is the
        # task of the body before the colon (TASK_LIST_CUES), not a directive of its own.
        r"(?=(?i:yêu|đề|giao|chỉ|kêu)\b)"
        # not a noun: "Ban Chỉ đạo", "theo yêu cầu", "đáp ứng yêu cầu", "các yêu cầu"; not
        # the passive "được yêu cầu" (lower case: "Ông Được yêu cầu…" names a person)
        r"(?<!(?i:ban|theo|bàn|ngoại|chuyển|trao|tác|ký|bản|sự|việc|kiến|ứng|các"
        r"|những|mọi)\s|được\s|:\s)"
        # what a dispatch is about, no addressee: "ký công điện chỉ đạo đẩy nhanh tiêm
        # chủng" (a dispatch "yêu cầu Ban Chỉ huy…, các sở…" directs them)
        r"(?!(?<=(?i:điện)\s)(?i:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|giao)\s+(?!(?i:các|những)\b)\p{Ll})"
        + _NOT_BY_PETITIONER
        + _NOT_INSIDE_DIRECTIVE
        # "đã giao cho nhà thầu 20 km mặt bằng": a hand-over done, not an assignment
        + r"(?i:\b(?:yêu\s+cầu|đề\s+nghị|(?<!(?i:đã|vừa)\s)giao\s+cho|giao(?!\s+cho\b)"
        # "UBND Thành phố đã giao cho Sở Tài nguyên và Môi trường lập danh sách…": a body
        # named after it is assigned a task not yet done
        r"|(?<=(?i:đã|vừa)\s)giao\s+cho(?=\s+(?-i:\p{Lu}))"
        r"|chỉ\s+đạo|chỉ\s+thị|kêu\s+gọi)\b"
        # the addressee or the clause after a comma: "yêu cầu, các trường tuyệt đối không
        # được thu…", "yêu cầu, đối với những cơ sở…, thành phố cần…"
        r"(?:\s*,(?=\s*(?:các|những|đối\s+với)\b))?)(?!\s+(?:thông|dịch|lưu|tiếp|thương|nhận|hàng|của|số|như\s+trên)\b)"
        # advice to the public, no body: "Bộ Công an đề nghị người dân không chuyển tiền…"
        r"(?!\s+(?i:người\s+dân|nhân\s+dân|bà\s+con|du\s+khách|phụ\s+huynh|hành\s+khách"
        r"|người\s+(?:tham\s+gia|lao\s+động|tiêu\s+dùng|bệnh|nộp\s+thuế))\b)",
        "object",
    ),
    (_PASSIVE_ASSIGNMENT, "subject"),
    # "lưu ý" (draws the attention of) directs only with an addressee after it: "Phó Thủ
    # tướng lưu ý Bộ Y tế…", "lưu ý các địa phương…"; not "lưu ý rằng…" (noted that)
    (
        r"(?<!(?i:cần|được|đáng)\s)(?i:\blưu\s+ý)(?=\s+(?:\p{Lu}|(?i:các|những)\b))",
        "object",
    ),
    # the lead of an assignment, the body before it being the one assigned: "Bộ Tài chính
    # chủ trì, phối hợp với các bộ, ngành xây dựng…"; not an event that was held ("đã chủ
    # trì, phối hợp…", "Hội nghị do Bộ Tài chính chủ trì, phối hợp…", "Sáng 5/12, Bộ … chủ
    # trì, phối hợp … tổ chức hội thảo…")
    (
        r"(?=(?i:chủ)\b)(?<!(?i:đã|vừa|từng|đã\s+được)\s)(?<!\b(?i:do)(?:\s+[^\s,.;:]+){1,8}\s)"
        r"(?<!(?:^|[.!?\n])\s*(?i:sáng|chiều|tối|trưa|ngày|hôm\s+nay|hôm\s+qua)\s[^.!?\n]{0,150})"
        r"(?i:\bchủ\s+trì,?\s+(?:và\s+)?phối\s+hợp\b)"
        r"(?![^.;:]{0,80}?\b(?i:tổ\s+chức\s+(?:hội\s+nghị|hội\s+thảo|tọa\s+đàm|toạ\s+đàm|diễn\s+đàn"
        r"|lễ|buổi|cuộc|sự\s+kiện|vào|thành\s+công))\b)",
        "subject",
    ),
    (FUTURE_CUES, "future"),
    (FIRST_PERSON_CUES, "first_person"),
    (SPEECH_DIRECTIVES, "speech"),
    (_LIST_ITEM, "speech"),
    (_NEXT_TASK, "subject"),
    (ASSIGNMENT_CUES, "assign"),
    (TASK_LIST_CUES, "tasks"),
)

#: The word before a passive's agent ("… phải được hoàn thành bởi Bộ Xây dựng"); a body
#: after a passive verb without it is a recipient, not the one who acts.
PASSIVE_AGENT: str = r"(?i:\b(?:bởi|do))"

#: What may stand between an object cue and its addressee: "yêu cầu các địa phương".
ADDRESSEE_LEAD: str = (
    r"(?:\s*(?:(?i:đồng\s+chí)\s+)?(?:Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|Tổng\s+Giám\s+đốc"
    r"|Thống\s+đốc|Trưởng\s+ban|(?i:lãnh\s+đạo))\s+)?"
)

#: Words that open the action after the addressee: "… Bộ Y tế khẩn trương", "…, phải".
ACTION_LEAD: str = r"(?i:^[\s,:]*(?:phải|cần|khẩn\s+trương|tiếp\s+tục)?\s*)"

#: A pronoun subject of a directing verb that refers back to the paragraph's official:
#: "Ông yêu cầu…", "Bà đề nghị…", "Đồng chí chỉ đạo…".
DIRECTOR_PRONOUN: str = r"(?i:^\s*(?:(?:đồng\s+thời|ngoài\s+ra),?\s+)?(?:ông|bà|đồng\s+chí)\s+$)"

#: Determiners stripped from an unknown subject noun phrase: "Các Ban Quản lý phải…" →
#: actor "Ban Quản lý".
SUBJECT_DETERMINERS: str = r"(?i:^(?:các|những|mỗi|từng|toàn\s+bộ)\s+)"

#: Verbs that attribute reported speech: "…, Phó Thủ tướng nhấn mạnh".
SPEECH_VERBS: str = (
    r"(?i:\b(?:nhấn\s+mạnh|cho\s+biết|khẳng\s+định|phát\s+biểu|nói|lưu\s+ý)\b|\btheo\b)"
)

#: A province name after an actor: capitalised syllables ("Quảng Trị", "Thừa Thiên Huế"),
#: stopping before a person's surname ("UBND tỉnh Quảng Trị Võ Văn Hưng").
#: Actors (responsible bodies) and the places after them are in the gazetteer of the
#: Vietnamese state: pipeline/lang/gazetteer/*.toml.

#: Conjunctions that chain addressees ("các bộ, ngành và địa phương", "… cùng …") and that
#: are cut from the end of an action (regexes, on whole words).
ACTOR_CHAIN_WORDS: tuple[str, ...] = ("và", "cùng")
ACTION_TRAILING_WORDS: tuple[str, ...] = ("và",)

# ---- stories (combine/stories) ----

#: Line openings that credit the text's origin: "Theo …", "Nguồn: …", "Link bài gốc" (regexes).
CREDIT_MARKERS: tuple[str, ...] = ("theo", "nguồn", "link bài gốc", "bài gốc")

# ---- loading (ingest/decode) ----

#: Letters Vietnamese writes (precomposed, and the combining tone marks): a legacy
#: decoding mostly made of them is plausible.
LETTERS: str = (
    "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    "ĂÂĐÊÔƠƯÀẢÃÁẠÈẺẼÉẸÌỈĨÍỊÒỎÕÓỌÙỦŨÚỤỲỶỸÝỴ\u0300\u0301\u0303\u0309\u0323"
)

# ---- portal exports (ingest/portal) ----

#: Navigation lines from which everything to the end is cut (whole lines, any case).
PORTAL_TAIL_MARKERS: tuple[str, ...] = (
    "cùng chuyên mục", "cùng tác giả", "tin liên quan", "tin cùng chuyên mục", "xem thêm",
    "đọc thêm",
)  # fmt: skip
#: A comment counter ("Bình luận (0)") and a tag line ("Từ khóa: …"), navigation too.
PORTAL_COMMENT_WORDS: tuple[str, ...] = ("bình luận",)
PORTAL_TAG_WORDS: tuple[str, ...] = ("từ khóa",)
#: Share and like widgets, dropped wherever they stand: "Chia sẻ", "Thích (3)".
PORTAL_COUNTER_WORDS: tuple[str, ...] = ("chia sẻ", "thích")
#: The label of the original's URL: "Nguồn: https://…".
PORTAL_SOURCE_LABELS: tuple[str, ...] = ("Nguồn",)
#: Captions and credits: "Ảnh: Duy Linh", "… (TTXVN)".
PORTAL_CAPTION_CUES: tuple[str, ...] = ("ảnh",)
PORTAL_CAPTION_AGENCIES: tuple[str, ...] = ("TTXVN",)
#: Bylines: "Theo TTXVN", "Tác giả: …".
PORTAL_BYLINE_CUES: tuple[str, ...] = ("theo", "tác giả")
#: Weekdays between a paper's name and its date: "Báo Nhân Dân - Thứ Sáu, 10/10/2025".
WEEKDAYS: tuple[str, ...] = (
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật",
)  # fmt: skip
#: Words that open a newspaper's name on a source line, as written (with a capital,
#: then a space): "Báo Nhân Dân", "Tạp chí Cộng sản", "Thông tấn xã Việt Nam".
PAPER_WORDS: tuple[str, ...] = ("Báo", "Tạp chí", "Cổng thông tin", "Đài", "Thông tấn")
