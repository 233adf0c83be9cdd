"""The words every count rule reads: casualty and person nouns, victim nouns with their dual, plural and
possessed forms, and the units and months after which a number counts no people. Apart from the rules so that
the Arabic and English rules, single victims and numbers all test one table; ``victims_from`` reads the
victims named at one place."""

from __future__ import annotations

from nlp.counts import YEAR_WORDS, parse_number
from nlp.morph import word_forms
from nlp.normalize import clitic_variants, with_proclitics, word_cache

KILLED_NOUNS = {"قتيل", "قتلي", "قتيلا", "قتيلين", "جثه", "جثث", "جثامين", "رفات", "شهيد", "شهداء", "وفيات", "ضحايا", "ضحيه",
                "dead", "killed", "bodies", "deaths", "fatalities",
                "جثمانا", "جثمانين"}  # «انتشلت أحد عشر جثمانا»: the singular after 11-99, and the dual (Arabic pass 76)
INJURED_NOUNS = {"جريح", "جرحي", "جريحا", "جريحين", "مصاب", "مصابين", "مصابا", "اصابه", "اصابات", "injured",
                 "wounded", "hurt",
                 "maimed",
                 # "9 dead, 44 rescued, 6 hospitalised": a post's count of the hurt told by their care, right after
                 # the number (English pass 61), as "hurt"
                 "hospitalised", "hospitalized"}  # "Girl killed, two children maimed by shelling": the maimed are hurt (English pass 56)
CASUALTY_NOUNS = frozenset(KILLED_NOUNS | INJURED_NOUNS)  # the dead or the hurt, counted
PERSON_NOUNS = {"اشخاص", "شخص", "شخصا", "شخصين", "مدنيين", "مدنيا", "مواطنين", "مواطنا", "مهاجرين", "مهاجرا", "اطفال",
                "طفلا", "نساء", "افراد", "فردا", "رجال", "شبان", "عمال", "اخرين", "اخرون", "منهم", "مصلين", "مقاتلين",
                "عناصر", "جنود", "اسري", "اعوان", "ماره", "people", "civilians", "persons", "migrants", "children", "others", "women",
                "men", "fighters", "soldiers", "militants", "policemen", "prisoners", "worshippers", "residents",
                "صحفيين", "ناشطين", "طلاب", "موظفين", "حراس", "سجناء", "محتجزين", "معتقلين", "سكان", "ركاب", "تلاميذ",
                "journalists", "activists", "students", "workers", "staff", "employees", "reporters", "presenters",
                "guards", "detainees", "passengers", "protesters", "farmers", "fishermen", "villagers", "pupils",
                "مشجعين", "متساكنين", "نازحين", "فلاحين", "بحاره", "حجاج", "زوار", "fans",
                "جيران",  # «ثلاثة من الجيران أصيبوا بشظايا» (Arabic pass 88; the English "neighbours" are listed below)
                "منتسبي", "منتسبين",  # «ثلاثة من منتسبي جهاز ...»: a body's members (Arabic pass 51)
                "نزلاء", "نزيلا", "نزيلين",  # «ستة نزلاء في مؤسسة الإصلاح»: Libyan prisons' word for inmates (pass 58)
                # English plurals of people (English pass): "three boys were killed", "two medics were wounded"
                "boys", "girls", "sons", "daughters", "brothers", "sisters", "siblings", "relatives", "members",
                "companions", "medics", "doctors", "nurses", "bystanders", "teenagers", "youths", "kids", "shepherds", "traders",
                "passers", "passersby", "drivers", "neighbours", "neighbors", "colleagues", "friends", "cousins",
                # "a Chadian worker was killed and two of his compatriots wounded": fellow nationals, as "colleagues"
                # (English pass 51)
                "compatriots",
                # fighters-only tolls still count (English pass 12): "three engineers of the army were killed"
                "engineers", "smugglers", "rebels",
                "traffickers",  # as "smugglers": a raid's dead on both sides keep their count (English pass 42)
                # fighters of a jihadist group counted by a number, as "militants" (English pass 41: "12 jihadists and
                # two soldiers were killed" = 14, a fighters-only toll)
                "jihadists", "insurgents", "extremists",
                # a leader's companions counted by a number ("killed a commander and two of his aides" = 3, English
                # pass 41), as "guards"
                "aides", "bodyguards", "escorts",
                # police counted by their rank word (English pass 33: "two police officers were killed when gunmen
                # fleeing a robbery opened fire"; as "policemen")
                "officers", "policewomen", "gendarmes",
                # the held and the hired counted by a number (English pass 18: "two other captives died of their
                # injuries", "killing 12 miners")
                "captives", "hostages", "inmates", "miners", "labourers", "laborers", "businessmen", "merchants",
                "truckers", "tourists", "pilgrims", "herders", "refugees",  # «إصابة 12 عون أمن و5 مشجعين»
                # the people of a place hit: a wedding, a cafe, a market, a funeral (English pass 22: "leaving three
                # guests wounded", "injuring five customers")
                "guests", "customers", "shoppers", "diners", "mourners", "spectators",
                # the traders of a market raided (English pass 40: "beat several shopkeepers", "three vendors were hurt")
                "shopkeepers", "vendors", "stallholders", "hawkers",
                # a boat's crew counted by a number (English pass 54: "four crew members died when it sank", "five
                # sailors died")
                "crew", "crewmen", "sailors", "seamen",
                # trades counted by a number (English pass 43: "four bakers were treated for burns", "two electricians
                # were injured"), as "workers"; the singulars are in SINGULAR_VICTIMS
                "bakers", "electricians", "plumbers", "welders", "carpenters", "builders", "coworkers",
                "grocers", "tailors", "barbers", "butchers",  # shop trades counted by a number (English pass 61)
                # victims named by age or role and counted by a number (English passes 22, 23: "Six schoolchildren were
                # wounded", "three teachers and a cleaner were killed", "three minors were wounded")
                "schoolchildren", "schoolboys", "schoolgirls", "minors", "juveniles", "toddlers", "infants", "babies",
                "teachers", "volunteers", "paramedics", "lawyers", "bloggers", "pharmacists",
                "surgeons", "cameramen", "photographers", "pensioners",
                "professors", "lecturers", "academics", "comedians", "technicians",  # (English pass 25)
                # a rescue crew counted by a number (English pass 36: "two of our firefighters were slightly injured
                # putting out a brush fire": an accident's hurt keep their count, labelling guide)
                "firefighters", "firemen",
                # «تلاتة رعاة ماتوا», «جوز صغار انصابوا», «زوز شباب»: the plural of «راعي», the Libyan words for children and for young men
                # counted by a number in family and municipal posts (Arabic pass 72)
                "رعاه", "صغار", "شباب",
                # «6 طلبة مصابين»: the plural of «طالب» in «ـة», as «طلاب» (Arabic pass 96)
                "طلبه",
                # people on the road counted by a number, as "passengers" (English pass 37: "Three Libyan travellers
                # were killed and four injured when gunmen fired on their minibus")
                "travellers", "travelers", "commuters", "motorists",
                # people at the beach, a picnic or on holiday counted by a number, as "passengers" (English pass 56:
                # "a man died and four swimmers were hurt when a jet ski ploughed into them"; English pass 58: "Five
                # Libyan holidaymakers were killed and 17 injured when their bus overturned")
                "swimmers", "bathers", "beachgoers", "holidaymakers", "vacationers", "picnickers", "campers",
                # survivors counted by a number, hurt where their care is told («ستة ناجين نقلوا إلى المستشفى»,
                # «3 من الناجين نقلوا إلى المستشفى»: the guide, seventeenth session; Arabic injured pass, all tune files)
                "ناجين", "ناجيا", "ناجيين"}
# Military ranks and member/owner nouns: a victim after a trigger («استشهد رقيب», «قتل صاحب محل»), a speaker
# before one («قال العقيد إن», «قال عضو المجلس إن»): in SINGULAR_VICTIMS and in TITLES.
RANKS = frozenset({"رقيب", "عريف", "ملازم", "نقيب", "عقيد", "عضو", "صاحب"})
# «مقتل أسير», «إعدام رهينة»: a captive or a hostage is one victim, as a prisoner or a detainee is (Arabic pass 74)
SINGULAR_VICTIMS = {"شاب", "رجل", "امراه", "طفل", "طفله", "مواطن", "مواطنه", "شخص", "سائق", "صحفي", "مهاجر", "فتاه",
                    "طالب", "عسكري", "جندي", "عون", "شرطي", "امني", "مسن", "سيده", "راعي", "تاجر", "طبيب", "ناشط",
                    "عنصر", "مقاتل", "ثالث", "اخر", "كهل", "شيخ", "عجوز", "شقيق", "زميل", "نائب", "ضابط", "مسؤول",
                    "والد", "ابن", "ولد", "راع", "مرافق", "استاذ", "سجين", "معتقل", "محتجز", "موقوف", "اسير", "رهينه", "لاجئ", "عامل", "مزارع", "صياد", "بحار",
                    "معلم", "مدرس", "امام", "حارس", "ممرض", "ممرضه", "طبيبه", "قاض", "مسعف", "رضيع", "قاصر", "تلميذ", "تلميذه", "طالبه", "مهندس",
                    "محامي", "قاضي", "رئيس", "عميد", "زعيم", "قائد", "مدير", "وزير", "سفير", "محافظ", "عمده", "محتج",
                    "متظاهر", "متطوع", "متطوعه", "مصور", "مراسل", "مدون", "لاعب", "فنان", "سائح", "سائحه", "راكب",
                    "مسافر", "زوج", "زوجه", "والده", "ابنه", "شقيقه", "رضيعه", "حفيد", "حفيده", "سيد", "مستوطن",
                    "اب", "اخ", "اخت", "جار", "صديق", "صديقه", "مشجع", "نازح", "فلاح", "فتي", "رب", "ربه", "رفيق", "رفيقه", "صيدلاني", "صيدلانيه", "صيدلي", "مذيعه", "مساعد", "موظف", "موظفه",  # «مقتل أب وابنه», «طعن جاره», «وإصابة رفيقه» (not «أم»: «توفي أم قتل؟»)
                    "مصطاف", "مصطافه",  # a holidaymaker, as «سائح» (Arabic pass tune47: «أصيبت مصطافة وطفلتها»)
                    # «وأصيب عابر سبيل», «إصابة ممرضتين ومريض», «طالبين ومعلمة»: a passer-by, a patient, a woman teacher
                    # (Arabic pass 56; «مريض» as an adjective, «أبي مريض», stands before no trigger)
                    "عابر", "مريض", "مريضه", "معلمه",
                    # «أصيب زبونان بجروح طفيفة»: a customer of a shop or a station is one victim, as a passer-by is
                    # (Arabic pass 100)
                    "زبون", "زبونه",
                    # «الاعتداء على الصحفية ... تلقت العلاج من رضوض»: the feminine of a role noun listed above is one
                    # woman victim, as its masculine (Arabic pass 56; not «محامية», normalised as «محاميه», his lawyer)
                    "صحفيه", "مدونه", "ناشطه", "مراسله", "مصوره", "مسعفه", "عامله", "مهاجره", "لاجئه", "سجينه",
                    "معتقله", "محتجزه", "مهندسه",  # not «مدرسة»: a school
                    # an ex-husband or ex-wife, kin as «زوج / زوجة» («قتل طليقته وشقيقتها» = 2: Arabic pass 62)
                    "طليق", "طليقه",
                    # «قتل ثلاثة مسلحين ومدني كان يمر»: one civilian beside a count (Arabic pass 80), as «مواطن»
                    "مدني",
                    # «قتل لص مسلح برصاص حراس المصرف»: a robber shot dead in his robbery is no victim, but his death
                    # keeps its count, as the English "smuggler" (Arabic pass 98)
                    "لص", "سارق",
                    # «اغتيال القيادي في مجموعة مسلحة»: one commander dead; fighters-only, no incident, but the guide
                    # keeps the count of a fighters-only death (Arabic pass 102; not «آمر»: its stem is that of «امرأة»)
                    "قيادي",
                    # «لقي طياران حتفهما»: a pilot is one person, his dual two (Arabic pass 146; not «طيارة», a plane)
                    "طيار",
                    *RANKS, "man", "woman", "boy", "girl", "child", "journalist", "migrant",
                    "person", "policeman", "soldier", "driver", "student", "activist", "lawyer", "doctor", "prisoner",
                    "detainee", "farmer", "fisherman", "teacher", "nurse", "baby", "infant", "teenager", "worker", "presenter", "son",
                    "daughter", "wife", "husband", "brother", "sister", "mother", "father",
                    "shepherd", "trader", "medic", "cameraman", "photographer", "blogger", "defender", "official",
                    "shopkeeper", "businessman", "pharmacist", "surgeon", "engineer", "imam", "mechanic", "merchant",
                    "protester", "demonstrator", "vendor", "waiter", "pedestrian", "passenger", "resident",
                    "guard",  # "shooting a guard" (English pass 14), as «حارس»
                    # a police officer named alone ("A third officer and a passing motorist were lightly wounded":
                    # English pass 68), as "policeman" and «ضابط»
                    "officer",
                    "paramedic", "volunteer",  # "A paramedic suffered a broken nose" (English pass 21), as «مسعف», «متطوع»
                    "employee",  # "A municipality employee, <name>, sustained injuries" (English pass 22), as «موظف»
                    "cleaner", "youth", "fighter",
                    # a university teacher and a comedian taken or held (English pass 25: "took away a lecturer", "has
                    # held comedian ..."), as «أستاذ», «فنان»
                    "professor", "lecturer", "academic", "comedian", "owner", "technician",
                    # a pupil held or hurt, as «تلميذ» (English pass 29: "A 16-year-old schoolboy has been held")
                    "schoolboy", "schoolgirl", "pupil",
                    # "wounding three officers and a passer-by" (the hyphen is no token), "a correspondent and a
                    # cameraman were taken to hospital" (English pass 30), as «عابر», «مراسل»
                    "passer", "passerby", "correspondent", "reporter",
                    "labourer", "laborer",  # "An Egyptian labourer died", as "worker" («عامل»; English pass 30)
                    # the press by their trade, as "cameraman", "photographer" (English pass 30: "A photojournalist
                    # suffered a broken arm")
                    "photojournalist", "videographer", "camerawoman",
                    # the singulars of counted people (English pass 36: "A Sudanese refugee died after being beaten by
                    # guards", as "worker"; "refugees", "firefighters", "inmates" are counted plurals)
                    "refugee", "firefighter", "inmate",
                    "neighbour", "neighbor",
                    "traveller", "traveler", "commuter", "motorist",
                    # "killing the pilot and a passenger" (English pass 49), as «طيار»; not "patient" alone (a patient
                    # in care is often the occasion of the news: English pass 23), only joined (``english_pair_subject``)
                    "pilot",
                    # a small child named alone or with a parent ("A toddler and his mother were wounded": English
                    # pass 51), as "baby", "infant" ("toddlers" is a counted plural already)
                    "toddler",
                    # "Two members of the force and one smuggler were killed in the raid": the other side's dead in one
                    # toll, as "fighter" (English pass 42; the guide: fighters-only events keep their numbers)
                    "smuggler", "trafficker",
                    # a workmate and trades named as the one hurt or dead (English pass 43: "a colleague was hurt", "An
                    # electrician died"), as «زميل», «عامل»
                    "colleague", "coworker", "electrician", "plumber", "welder", "carpenter", "builder", "baker",
                    # a kitchen's worker named as the one killed (English pass 56: "a gas cylinder exploded in a
                    # restaurant kitchen, killing a cook and injuring six diners"), as "baker", "waiter"
                    "cook", "chef",
                    # shop trades named as the one killed or hurt (English pass 61: "Gunmen killed a grocer in front
                    # of his shop"), as "baker", "shopkeeper"
                    "grocer", "tailor", "barber", "butcher",
                    # the Libyan word for a man («تصاوب الراجل ومرته»: Arabic pass 96), as «رجل» (not «سواق», a
                    # driver: its forms hold «أسواق», markets; nlp.counts_single reads «السواق» as written)
                    "راجل",
                    # the Libyan «his / her / their brother» («وتصاوب خوها»: Arabic pass 96), as «شقيقها»; possessed
                    # only (the bare «خو» is no word of its own)
                    "خوه", "خوها", "خوهم", "خوهما",
                    # the Libyan «my brother», «my sister» of a family's post («خوي انصاب», «ختي وولديها انصابوا»:
                    # Arabic pass 100), as «شقيقي»
                    "خوي", "ختي",
                    # an aunt or an uncle named by kin in a family's post («وانصابت خالتها», «عمتي تصاوبت», «قتلوا
                    # عمها»: Arabic pass 128; the feminine forms reach «خاله», «عمه» through the possessed «ت»); not the
                    # bare «عم» (prevailed) nor «خال», «خالي» (free of)
                    "خاله", "عمه", "عمي", "عمها", "عمهم", "خالها", "خالهم",
                    # the Libyan word for a girl and its diminutive («قتل بنية عمرها 11 سنة», «لقوا جثة بنت»: Arabic
                    # pass 128), as «فتاة»
                    "بنت", "بنيه"}  # as "passenger" (English pass 37)  # "Her son and a neighbour were also wounded", as "neighbours" (pass 36)  # "three teachers and a cleaner were killed", "a youth of 17" (pass 23)
# «وأصيب رابع», «وأصيب خامس»: an ordinal after a count is one more victim, as «ثالث» («لقي ثلاثة حتفهم وأصيب رابع»)
ORDINAL_OTHERS = frozenset({"اخر", "ثالث", "رابع", "خامس", "سادس",
                            "تالت",  # the Libyan «ثالث» («وفاة زوز شباب وإصابة تالت»: Arabic pass 96)
                            # «توفي عون أمن ...، في حين أصيب عون ثان بكسور»: a second one, as «آخر» (Arabic pass 134;
                            # not «ثاني», which also closes a month's name: «كانون ثاني»)
                            "ثان"})
SINGULAR_VICTIMS |= ORDINAL_OTHERS
# Singular victim nouns that name a victim: «آخر» and «ثالث» ("another", "a third") only refer to one.
NAMED_VICTIMS = SINGULAR_VICTIMS - ORDINAL_OTHERS
# «وصل» in the plural and the dual past: the people counted arrived somewhere («وصلوا مصابين», «وصلوا إلى قسم
# الطوارئ»; ``counts_rules``, ``counts_hurt``), or a place after it is where they went (``place_roles``: «وصلوا الكفرة»)
ARRIVED_PLURAL = frozenset({"وصلوا", "وصلا", "وصلن", "وصلتا"})

# Distance units: a number before them counts no people («على بعد خمسة أميال من سواحل صبراتة»: a distance at sea,
# Arabic pass 141), and a distance before «من» places an event near a town (``place_roles``, which adds «كم» and
# "miles"; the counts add «متر» and «أمتار»)
DISTANCE_UNITS = frozenset({"كلم", "كيلومتر", "كيلومترات", "كيلومترا", "مترا", "اميال", "ميلا", "ميل", "km"})
NOT_COUNTS_AFTER = DISTANCE_UNITS | {"سنوات", "سنه", "عاما", "اعوام", "ساعات", "ساعه", "دقائق", "دقيقه", "ايام", "يوما", "اسابيع", "اسبوع", "اسبوعا", "اسبوعين", "اشهر", "شهرا", "شهور",
                    "متر", "امتار", "دينار", "دولار", "يورو", "بالمائه", "بالمئه", "مليون",
                    "ملايين", "مليونا", "مليار", "ملايير", "مليارات", "billion",  # «9 ملايين لغم»: an amount
                    "ملم", "مم", "سم", "كلغ", "طن", "اطنان", "هكتار", "هكتارا", "لتر", "درجه", "درجات",  # «25 ملم»
                    "ولايه", "ولايات", "بلديه", "بلديات",  # «27 ولاية سجلت أقل من 7 إصابات»: provinces, not people
                    "المستشفيات", "المصحات", "مستشفيات", "مصحات",  # «نقل إلى إحدى المصحات»: one of the clinics, no person
                    # «70 دينارا», «ثمانية دنانير», «12 دولارا»: a sum of money (accusative and plural forms), no
                    # people (Arabic pass 54: a price «massacre» read as a toll of citizens)
                    "دينارا", "دنانير", "دولارا", "دولارات", "جنيه", "جنيها", "جنيهات", "درهم", "درهما", "دراهم",
                    "ريال", "ريالا", "كيلو", "كيلوغرام", "كيلوغراما", "غرام", "غراما",
                    "برميل", "سنة", "years", "year", "hours", "days", "weeks", "months", "per", "percent", "dinars", "dollars",
                    "million", "barrels", "am", "pm",
                    # shots and rounds that killed someone (English pass 43: "was killed with two shots to the head")
                    "shots", "rounds", "bullets"}
MONTH_WORDS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
               "ديسمبر", "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويليه", "اوت", "january", "february", "march",
               "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"}  # «4 أيار/مايو»
# Words that may sit between a trigger and its number without breaking the link.
FILLERS = {"من", "نحو", "حوالي", "اكثر", "اقل", "ما", "لا", "يقل", "عن", "قرابه", "زهاء", "لايقل", "at", "least",
           "more", "than", "about", "around", "nearly", "some", "of", "a", "an", "the", "family", "عائله", "اسره", "بحق"}
# English hedges before a number: "at least 9", "more than 20", "some 30".
EN_ARTICLES = frozenset({"a", "an", "the"})  # the count, scope and incident rules all skip them
EN_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being"})  # "was held by", "were all women"
EN_WAS_WERE = frozenset({"was", "were"})
EN_IS_WAS = EN_WAS_WERE | {"is", "are"}  # "were still held", "were among those": the finite be
EN_BE_OR_REMAIN = EN_IS_WAS | {"remain", "remained", "remains"}  # "were / remain in hospital": a state told
# "lightly injured", "were critically wounded": how badly, before the casualty word
EN_HOW_BADLY = frozenset({"lightly", "slightly", "seriously", "badly", "critically", "severely", "moderately", "gravely"})
# «القضاء على عنصرين إرهابيين», «تحييد إرهابي»: eliminating people, the army bulletins' killed (not «القضاء على الفساد»)
ELIMINATING = frozenset({"القضاء", "قضت", "قضي", "تقضي", "يقضي", "قضوا", "للقضاء", "والقضاء", "تحييد", "وتحييد"})
# "held for a week", "three weeks after": the units of a span of time
EN_SPAN_UNITS = frozenset({"hours", "day", "days", "nights", "week", "weeks", "fortnight", "month", "months", "year", "years"})
EN_CENTRES = frozenset({"centre", "center", "centres", "centers", "facility", "facilities", "camp"})  # "detention centre"
EN_BODIES = frozenset({"bodies", "body", "corpses", "remains"})  # "recovered seven bodies", "bodies were found"
EN_WOUNDED_STATES = frozenset({"wounded", "injured"})  # the state before a noun: "three wounded fighters"
EN_VAGUE_MANY = frozenset({"several", "many", "numerous", "dozens", "hundreds", "scores"})  # "several dead": no number
EN_POSSESSIVES = frozenset({"his", "her", "their"})  # "his wife and her two sons": a kin word's owner

# Small word sets more than one rule reads (each was written twice under two names by the passes of the twelfth
# session and before; one table, as above).
# «أصيب بوعكة صحية», «أصيبت بنوبة قلبية», «أصيب بجلطة»: taken ill, not hurt (Arabic pass 110: a ministry's account of
# a death in custody); the illness word right after the hurt verb, with its «ب»
ILLNESS_AFTER = frozenset({"بوعكه", "بنوبه", "بجلطه", "بازمه", "بسكته", "بمرض", "بحمي", "بالحمي", "بذبحه", "بارتفاع",
                           "بانخفاض", "بهبوط"})
HURT_PASSIVES = frozenset({"اصيب", "اصيبت"})  # «أصيب / أصيبت»: one hurt, the passive before its subject
OF_THEM = frozenset({"منهم", "منهن", "منهما"})  # «أصيب منهم طفل», «اثنتان منهن»: a share of a group
# «أن» opening a reported clause, its subject next; before a noun only «أن» itself («أنه» is its own subject)
THAT_BEFORE_NOUN = frozenset({"ان", "وان", "بان"})
THAT_CLAUSE = THAT_BEFORE_NOUN | {"انه"}
# «حالة / حالات» and their duals: a case of a death or a wound counted by the word («حالتا وفاة», «حالة إصابة»; each
# written again by Arabic pass 86, one table since)
CASE_NOUNS = frozenset({"حاله", "حالات"})
CASE_DUALS = frozenset({"حالتي", "حالتين", "حالتا", "حالتان"})
# «أنه / أنها» with any clitic: the clause's subject is its pronoun, one person named before («وإنه أصيب في ظهره»,
# «إنها نقلت إلى مستشفى الجلاء»: Arabic passes 92 and 94, written twice)
THAT_HE_OR_SHE = frozenset({"انه", "وانه", "بانه", "لانه", "انها", "وانها", "بانها", "لانها"})
# smugglers as people, with and without the article, any case, the dual and the construct («مهربو / مهربي البشر»)
SMUGGLER_NOUNS = frozenset({"مهربون", "مهربين", "المهربين", "المهربون", "مهربو", "مهربي", "مهربان"})
EN_FIRED_AT = frozenset({"on", "at", "into"})  # "opened fire on", "fired into a crowd"
EN_AUXILIARIES = frozenset({"was", "is", "has", "were", "are", "have", "had"})  # finite "be" and "have"
EN_YEAR_WORDS = frozenset({"years", "year", "decade", "decades"})  # "two years after", "decades of"
# "a woman and her teenage son", "a farmer and his elderly father": the kin's age or state between the possessive and
# the kin word (English pass 48)
EN_KIN_ADJECTIVES = frozenset({"teenage", "young", "little", "baby", "infant", "elderly", "old", "eldest", "youngest",
                               "older", "younger", "elder", "pregnant", "adult", "disabled"})
EN_AMONG = frozenset({"among", "including"})  # "among them four women", "including a child"
# "killing five civilians, among them two children, and wounding eleven": "and" + one of these opens the next harm
# of the same actor, whose own number follows it (English pass 48; the participles of counts_rules_en._EN_NEXT_HARMS)
EN_NEXT_HARM_PARTICIPLES = frozenset({"wounding", "injuring", "killing", "leaving"})
EN_HIT = frozenset({"hit", "struck"})  # "were hit by stray bullets", "a shell struck"
EN_WOUNDED_PARTICIPLES = EN_WOUNDED_STATES | {"hurt"}  # "had been wounded", "the injured discharged"
EN_HURT_PARTICIPLES = EN_WOUNDED_PARTICIPLES | {"hit", "shot", "stabbed"}  # "N others wounded", "shot dead"
EN_KILLING_WORDS = frozenset({"killed", "killing", "dead", "died", "death", "deaths"})  # the dead told (English pass 40)
ONE_OF = frozenset({"احد", "احدي"})  # «أحد / إحدى» + a definite plural: one of them
AFTER_WORDS = frozenset({"بعد", "اثر", "عقب"})  # «بعد / إثر / عقب»: after (an event, a death, threats)
EN_IN_WHICH = frozenset({"in", "during"})  # "an attack in which", "a raid during which"
# «عليه / عليها ...»: "on him / her": the one a deed fell on («تعدوا عليه», «عثر عليها»)
ON_THE_VICTIM = frozenset({"عليه", "عليها", "عليهم", "عليهما", "عليهن"})
# English counsel verbs: the people a lawyer defends or represents are clients, not victims (``victims.witness``);
# ``incident_rules_en.english_clients`` and ``incident_cues._counsel_in_court`` read a few more forms beside these
EN_COUNSEL_VERBS = frozenset({"defending", "defended", "representing", "represented"})
OTHERS_PLURAL = frozenset({"اخرين", "اخرون", "اخريات"})  # «وثلاثة آخرون», «سبعة آخرين أصيبوا»: «others», plural
# the attached pronouns «ـه / ـها / ـهم / ـهما», longest first so a loop strips the whole one: an object («ضربوه»)
# or an owner («سيارته») joined to its word
ATTACHED_PRONOUNS = ("هما", "هم", "ها", "ه")
INSIDE = frozenset({"في", "داخل", "بداخل"})  # «في / داخل السجن», «داخل مركز الإيواء»: a place something happened in
# "by <owner>'s men": the armed followers named through their leader or unit, read as the agent of a harm by the
# English incident finder and the English actor finder (English pass 25).
EN_OWNED_MEN = frozenset({"men", "gunmen", "fighters", "militiamen", "loyalists"})
# The one hurt then died of it: «وتوفي قبل وصوله», «لكنها فارقت الحياة» (tune35 pass, Arabic pass 51): one killing, no
# injury. The verb has no subject of its own: «وتوفي رابع», «وتوفي شاب آخر» tell another victim. ``BUT_DIED`` counts
# only after «لكنه / لكنها / ثم».
THEN_DIED = frozenset({"وتوفي", "فتوفي", "وتوفيت", "فتوفيت", "ليتوفي", "لتتوفي", "وفارق", "ففارق", "وفارقت", "ففارقت",
                       "ليفارق", "لتفارق",
                       "وتوفت", "فتوفت"})  # the Libyan «توفيت» («وتوفت في الطريق للمستشفى»: Arabic pass 96)
BUT_THEN = frozenset({"لكنه", "لكنها", "ولكنه", "ولكنها", "ثم", "لكن", "ولكن"})  # before BUT_DIED: «لكنه توفي»
BUT_DIED = frozenset({"توفي", "توفيت", "فارق", "فارقت", "توفت"})
WHO_SINGULAR = frozenset({"الذي", "التي"})  # «حارس المصنع الذي نقل إلى المستشفى»: the one just named
WHO_SINGULAR_OR_DIALECT = WHO_SINGULAR | {"اللي"}  # with the dialect «اللي» (which also serves the plural)
ELDER_TITLES = frozenset({"الحاج", "الحاجه"})  # «الحاجة مبروكة»: an elder named by the pilgrim's title
ONE_OF_THEM = frozenset({"احدهم", "احدهما", "احداهما", "احداهن", "احدهن"})  # «أحدهم», «إحداهن»: one of a group
# «الجرحى», «المصابين»: the wounded named again (definite)
THE_WOUNDED = frozenset({"الجرحي", "الجريح", "الجريحين", "الجريحان", "المصابين", "المصابون"})
# active harm verbs whose subject may stand between them and their victims («قتل مسلحون مجهولون شابين»)
ACTIVE_HARM_VERBS = frozenset({"قتل", "اغتال", "خطف", "اختطف", "اعدم", "ذبح", "طعن", "اصاب", "جرح", "قنص", "اعتقل"})
SINGULAR_ENDINGS = ("ه", "ها")  # the attached «him / his», «her»: «زميله», «ضربوها»
EN_HEDGES = {"least", "than", "some", "about", "around", "nearly", "almost", "roughly", "approximately"}
# The count a trigger's kind fills.
SLOT_OF_KIND = {"killing": "killed", "injury": "injured", "other": "killed"}
RESCUED = {"انقاذ", "انقذ", "انقذت", "نجاه", "rescue", "rescued"}
DATE_WORDS = {"اليوم", "امس", "يوم", "صباح", "مساء", "ليله", "فجر", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
              "الجمعه", "السبت", "الاحد"}
# a time said right after a verb, skipped before reading what follows it («قتلوا أمس ثلاثة مزارعين», «ظهر الأحد»)
TIME_AFTER_VERB = frozenset(DATE_WORDS | {"ظهر"})
# «عثر / وعثرت / يعثر على»: found (a body, remains, a person found dead)
FOUND_VERBS = with_proclitics({"عثر", "عثرت", "عثروا"}, ("و",)) | {"يعثر", "تعثر"}
# Titles name a victim after a trigger («مقتل رئيس المركز») but a speaker before one («قال رئيس المجلس إن قتل»).
# («مسؤول عن مقتل» is "responsible for", «أمام» also "in front of").
TITLES = {"رئيس", "عميد", "زعيم", "قائد", "مدير", "وزير", "سفير", "محافظ", "عمده", "مسؤول", "مراسل", "امام",
          *RANKS}  # «استشهد رقيب بالجيش», «اغتيل عضو المجلس البلدي»; «قال العقيد إن», «قال عضو المجلس إن»
UNTITLED_VICTIMS = NAMED_VICTIMS - TITLES  # «وفاة السائق», not «اغتيال الرئيس» (an office)
# «البنية التحتية» is the infrastructure, never «the girl» (Arabic pass 128: the girl's diminutive «بنية» is a victim
# only without the article)
UNTITLED_VICTIMS -= {"بنيه"}
# Person nouns whose «-ين» form is a sound plural («عاملين», like every «م...» participle: «مواطنين», «محتجين»),
# not a dual as in «شابين»; so are these nisbas' («صحفيين», «العسكريين»: rather "journalists", "the military" than
# two; but «جنديين» is two soldiers, whose plural is «جنود»).
_SOUND_PLURALS = {"عامل", "لاعب", "فنان", "سائح", "راكب", "ناشط", "صياد", "محامي", "صحفي", "عسكري", "امني"}
# Nisbas that name one person of a people or community on their own («مقتل تونسي», «استشهاد فلسطيني»). Only
# these: a surname ends in «ي» as well («مقتل خاشقجي», «قتل سليماني», «اغتيال مرسي» in commentary on an old
# killing), and so do adjectives of the trigger («إعدام ميداني», «قتل جماعي»).
PEOPLE_NISBAS = {"ليبي", "تونسي", "مصري", "جزائري", "مغربي", "موريتاني", "سوداني", "تشادي", "نيجري", "نيجيري",
                 "سوري", "عراقي", "يمني", "فلسطيني", "اسرائيلي", "لبناني", "اردني", "سعودي", "اماراتي", "قطري", "كويتي",
                 "بحريني", "عماني", "ايراني", "تركي", "افغاني", "باكستاني", "هندي", "بنغالي", "امريكي", "اميركي",
                 "بريطاني", "فرنسي", "الماني", "ايطالي", "اسباني", "مالطي", "يوناني", "روسي", "اوكراني", "صيني",
                 "ياباني", "كوري", "صومالي", "اثيوبي", "اريتري", "كيني", "سنغالي", "غاني", "ايفواري", "كاميروني",
                 "غيني", "كندي", "استرالي", "كردي", "قبطي", "مسيحي", "يهودي", "درزي", "ايزيدي", "يزيدي", "سني", "شيعي",
                 "مدني", "امازيغي", "طارقي", "تباوي", "روهينغي"}
PLURAL_ENDINGS = ("ين", "ون", "ات")  # «مصرع 7 مهاجرين وإصابة آخرين»: a plural before the trigger is not one victim;
# «سجن الصحفيين»: a class of people (incident_scope)


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def dual_of_victim(word: str) -> bool:
    """«شابين», «طفلين», «فلسطينيان»: a dual of a person noun (a nisba only in the unambiguous -ان form).
    «آخرين» is a plural ("others"), not a dual."""
    for form in {word, *word_forms(word)}:
        stem = form[:-2]
        if form.endswith(("تين", "تان")) and stem[:-1] + "ه" in SINGULAR_VICTIMS:
            return True  # «امرأتين», «طفلتين», «ممرضتين»: the «ة» of the singular is written «ت» before the dual ending
        if form.endswith("ين") and (stem in _SOUND_PLURALS or (stem.startswith("م") and len(stem) >= 4)):
            continue
        if form.endswith(("ين", "ان")) and stem in NAMED_VICTIMS and len(stem) > 2:
            return True  # (not «أبان», «إبان»: «أب» has no dual of this shape)
        if form == "اخران":
            return True  # «وأصيب آخران»: the nominative dual of «آخر» is two (the «-ين» form may be a plural)
        if form == "اخوين":
            return True  # «الأخوين»: the dual of «أخ» (not «الإخوان», also a movement's name; Arabic pass 51)
        if form.endswith("يان") and len(form) > 5:
            return True
    return False


def singular_victim(word: str) -> bool:
    """«سيدة», «وابنها», «ورضيعتها» (the «ت» of a possessed feminine is the normalised «ه»)."""
    forms = word_forms(word)
    forms = forms | {f[:-1] + "ه" for f in forms if f.endswith("ت")}
    return bool(forms & NAMED_VICTIMS)


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def possessed_victim(word: str) -> bool:
    """«جاره», «زوجته», «شقيقها»: a singular victim noun with a possessive pronoun. Only these endings: a final
    «ي» or «يه» is an adjective («اعتداء عنصري», «ضربة عسكرية»), not «my soldier» or «his soldier»."""
    if word.endswith("يه"):
        return False
    for pronoun in ("هما", "هم", "ها", "ه"):
        stem = word[: -len(pronoun)]
        if word.endswith(pronoun) and len(stem) >= 3:
            return stem in NAMED_VICTIMS or (stem.endswith("ت") and stem[:-1] + "ه" in NAMED_VICTIMS)
    return False


# Kin a family post names as «ours» beside the victim nouns: «بنتنا», «خونا» (Libyan «our brother»).
_OUR_KIN = frozenset({"بنت", "خو", "خوي", "اخو"})


def our_victim(word: str) -> bool:
    """«ولدنا», «بنتنا», «ابننا», «متطوعنا», «زميلنا»: a victim noun with «our», as families, units and services
    write of their own dead (Arabic pass 51); not a title («رئيسنا»: an office)."""
    if not word.endswith("نا") or len(word) < 4:
        return False
    for stem in {word[:-2], strip_and(word)[:-2]}:  # «ولدنا» keeps its «و»; «وبنتنا» drops the conjunction
        if stem in UNTITLED_VICTIMS or stem in _OUR_KIN or (stem.endswith("ت") and stem[:-1] + "ه" in UNTITLED_VICTIMS):
            return True
    return False


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def plural_of_victim(word: str) -> bool:
    """«المواطنين», «آخرين», «طالبات»: a sound plural of a singular victim noun (its stem is one: «مواطن»)."""
    return any(f.endswith(PLURAL_ENDINGS) and f[:-2] in SINGULAR_VICTIMS for f in word_forms(word))


def counted_singular(word: str) -> bool:
    """«45 عاملا», «120 تلميذا»: the accusative singular of a victim noun counted after a number from eleven up."""
    return len(word) > 3 and word.endswith("ا") and word[:-1] in SINGULAR_VICTIMS


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def plural_person(word: str) -> bool:
    """A plural person noun: listed («مدنيين», "people"), a nisba plural («إسرائيليين», «تونسيين»), the sound
    plural of a victim noun («محتجين», «طالبات») or a people's nisba counted after a number («180 فلسطينيا»)."""
    forms = word_forms(word)
    return bool(forms & PERSON_NOUNS) or any(f.endswith(("يين", "يون")) and len(f) >= 6 for f in forms) or (
        plural_of_victim(word)) or any(f[-2:] == "يا" and f[:-1] in PEOPLE_NISBAS for f in forms)


# «أربعة من مقاتليه», «ثلاثة من مرافقيها»: a sound plural possessed by a pronoun drops its «ن» (Arabic pass 58)
_POSSESSORS = ("يه", "يها", "يهم", "يهن", "ينا")


# «ثلاثة من رفاقه أصيبوا», «أربع من زميلاتها نقلن إلى المستشفى»: companions and kin in a broken or feminine plural
# with a pronoun (Arabic pass 76); the same reading after «N من» only
_COMPANION_PLURALS = frozenset({"رفاق", "رفقاء", "زملاء", "زملائ", "زميلات", "اصدقاء", "اصدقائ", "صديقات", "اقارب",
                                "اشقاء", "اشقائ", "شقيقات", "اخوه", "اخوت", "اخوات", "ابناء", "ابنائ", "بنات"})
_PRONOUNS = ("ه", "ها", "هم", "هن", "نا")


def possessed_plural(word: str) -> bool:
    """A listed plural person noun in «ين» with a pronoun after its «ي» («مقاتليه» from «مقاتلين»), or companions or
    kin in a broken plural with a pronoun («رفاقه», «زملائها»): read after «N من» only (``nlp.counts_rules``), not
    after «أحد», whose verb decides what one of them suffered."""
    if any(word.endswith(p) and word[: -len(p)] in _COMPANION_PLURALS for p in _PRONOUNS):
        return True
    if not word.endswith(_POSSESSORS):
        return False
    stem = word[: word.rindex("ي")]
    return len(stem) >= 4 and (stem + "ين" in PERSON_NOUNS or plural_of_victim(stem + "ين"))


# Armed units named by a number («اللواء 444», «الكتيبة 128», «السرية 3»): the digits after them are the unit's name,
# not its dead (Arabic pass 51: «قتيلان من اللواء 444» is two).
_NUMBERED_UNITS = frozenset({"لواء", "كتيبه", "سريه", "فوج", "فرقه"})


def unit_number(words: list[str], index: int) -> bool:
    """The digits at ``index`` name the armed unit right before them («من الكتيبة 166»)."""
    return index > 0 and words[index].isdigit() and not word_forms(words[index - 1]).isdisjoint(_NUMBERED_UNITS)


def no_people_after(word: str) -> bool:
    """Does this word after a number say it counts no people: a duration, an amount or a month («ستة أسابيع»,
    «3 ملايين دينار», «5 مارس»)?"""
    return word in NOT_COUNTS_AFTER or word in MONTH_WORDS


def after_noun_kind(words: list[str], index: int) -> str | None:
    """"killing" or "injury" when the word at ``index`` is a casualty noun («قتلى», «جرحى»), else None (also past the
    sentence's end: "a family of 4 escaped")."""
    if index >= len(words):
        return None
    word = words[index]
    if word.startswith("و") and word not in CASUALTY_NOUNS:
        return None  # «مقتل عسكريين اثنين وإصابة 4»: «و» opens the next clause, it is not the number's noun
    forms = word_forms(word)
    if forms & KILLED_NOUNS:
        return "killing"
    if forms & INJURED_NOUNS:
        return "injury"
    return None


def definite_number(words: list[str], index: int) -> tuple[int, int] | None:
    """«الجرحى الثلاثة», «مرافقيه الأربعة»: a definite number word after a plural noun counts it. Only there:
    «الاثنين», «الأحد» are also weekdays."""
    word = words[index]
    if index == 0 or not word.startswith("ال") or word[2:] in ("احد", "اثنين", "اثنان"):
        return None
    value = parse_number([word[2:]], 0)  # the number word first: most words are none, and it is the cheap test
    if value is None or value[1] != 1:
        return None
    plural = after_noun_kind(words, index - 1) is not None or people_before(words, index)
    return (value[0], 1) if plural else None


_KIN_PLURALS = {"ابناء", "ابناؤ", "ابنائ", "اولاد", "بنات", "اشقاء", "اشقاؤ", "اشقائ"}  # and their hamza spellings


def people_before(words: list[str], index: int) -> bool:
    """The people a definite number at ``index`` counts: a plural person noun («المواطنين الثلاثة», «مرافقيه
    الأربعة»), a possessed kin plural («وأبناؤه الثلاثة», «وبناتها الأربع»), or one in construct with a definite
    or possessed noun («أفراد طاقمها الثلاثة», «ركاب السيارة الأربعة»: the number agrees with the people, not with
    the crew or the car)."""
    previous = words[index - 1]
    if plural_person(previous) or any(f.endswith(("يه", "يها", "يهم")) for f in clitic_variants(previous)):
        return True
    if previous.endswith(("ه", "ها", "هم")) and word_forms(previous) & _KIN_PLURALS:
        return True
    return index >= 2 and plural_person(words[index - 2]) and (
        previous.startswith("ال") or previous.endswith(("ه", "ها", "هم", "هما")))


def joined_victim(words: list[str], at: int) -> int:
    """«وطفلة» = 1, «وطفلين» / «وعوني أمن» = 2: a singular or dual victim joined by «و» at ``at``, else 0."""
    word = words[at]
    if not word.startswith("و") or len(word) <= 2:
        return 0
    if dual_of_victim(word[1:]) or construct_dual(words, at):
        return 2
    return 1 if singular_victim(word[1:]) and not plural_of_victim(word[1:]) else 0


# «إصابة عوني أمن», «أصيب عونا أمن»: the construct dual of «عون» (two agents of a force).
FORCES = {"امن", "حرس", "شرطه", "ديوانه", "حمايه", "جيش", "سجون"}


def construct_dual(words: list[str], at: int) -> bool:
    return at + 1 < len(words) and words[at] in ("عوني", "وعوني", "عونا", "وعونا") and bool(
        word_forms(words[at + 1]) & FORCES)  # «أصيب عونا أمن»: the nominative


# English kin nouns joined to a first victim: "a girl and her grandfather" is two.
EN_KIN = {"nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather", "grandmother",
          "friend", "colleague", "neighbour", "neighbor", "companion", "passenger", "relative", "fiancee", "fiance"}


_AGE_NOUNS = {"عمره", "عمرها"}


def _past_age(words: list[str], at: int) -> int:
    """The victim's last token at ``at``, or the last of an age told after it («امرأة في الثلاثينات من عمرها»,
    «طفلة في السابعة من عمرها»): the kin joined after the age are the same victims' ("her two children")."""
    # «مصطافة ليبية في الثلاثينات من عمرها»: her nationality may stand before her age (Arabic pass tune47)
    told = at + 1 if words[at + 1 : at + 2] and len(words[at + 1]) > 3 and words[at + 1].endswith(("يه", "ي")) else at
    # «المزارع سالم الورفلي في الخمسين من عمره وابنه»: the victim's name (up to three words, none joined by «و») may
    # stand before the age (Arabic pass 100)
    named = next((k - 1 for k in range(told + 2, min(len(words), told + 2 + _NAME_BEFORE_AGE)) if words[k] == "في"), told)
    if named != told and not any(w.startswith("و") for w in words[told + 1 : named + 1]):
        told = named
    if words[told + 1 : told + 2] == ["في"] and words[told + 3 : told + 4] == ["من"] and words[told + 4 : told + 5] and (
            words[told + 4] in _AGE_NOUNS):
        return told + 4
    # «مزارع في الثامنة والستين من عمره ونجله»: a compound age, its tens joined by «و» (Arabic pass 136)
    if words[told + 1 : told + 2] == ["في"] and words[told + 3 : told + 4] and words[told + 3].startswith("و") and (
            words[told + 4 : told + 5] == ["من"] and words[told + 5 : told + 6] and words[told + 5] in _AGE_NOUNS):
        return told + 5
    return _past_bracketed_age(words, at)


_NAME_BEFORE_AGE = 3  # «الحاج سالم الورفلي في الخمسين من عمره»: up to three name words, then the age
_NAME_REACH = 4  # a victim's name (up to three words) before the age a post writes in brackets


def _past_bracketed_age(words: list[str], at: int) -> int:
    """«المزارع علي سالم الزوي (45 عاما) وابنه», «ربة بيت (41 عاما) وابنتها»: the age in brackets after the victim
    and his name ends the first victim; the kin joined after it are others (Arabic pass tune47). Only a number of
    years with no «و» word before it (a second person) and no other number."""
    for k in range(at + 1, min(len(words) - 1, at + 1 + _NAME_REACH)):
        word = words[k]
        if word.isdigit():
            return k + 1 if words[k + 1] in YEAR_WORDS and 0 < int(word) < 120 else at
        if word.startswith("و") or parse_number(words, k) is not None:
            return at
    return at


def victims_from(words: list[str], at: int) -> int:
    """One singular victim at ``at``, two when another is joined to it by «و» within three words
    («مقتل ضابط وجندي», «إصابة سيدة فلسطينية وابنها»), past an age told of the first."""
    last = _past_age(words, at)
    for k in range(last + 1, min(len(words), last + 4)):
        if words[k] == "and" and (escorts := _english_share_of_his(words, k + 1)):
            return 1 + escorts  # "a commander and two of his aides" = 3, as «آمر الكتيبة واثنان من مرافقيه» (pass 41)
        if words[k] == "and" and k + 1 < len(words):  # "a journalist and his son"
            # "a paramedic and the driver": another victim after "the" too, right after the first (English pass 46;
            # "and the attackers fled" names no victim; "a man, his wife and the baby" is a list: english_listed_after)
            articles = ("his", "her", "a", "an", "the") if k == last + 1 else ("his", "her", "a", "an")
            joined = words[k + 2] if words[k + 1] in articles and k + 2 < len(words) else words[k + 1]
            if joined in EN_KIN_ADJECTIVES and words[k + 1] in articles and k + 3 < len(words):
                joined = words[k + 3]  # "a woman and her teenage son", "a man and his young daughter" (English pass 48)
            return 2 if joined in SINGULAR_VICTIMS or joined in EN_KIN else 1  # "a girl and her grandfather"
        if words[k].startswith("و") and len(words[k]) > 2:
            joined = words[k][1:]
            counted = _number_after_noun(words, k + 1)
            if counted is not None and (plural_person(joined) or plural_of_victim(joined) or counted[1]):
                return 1 + counted[0]  # «إصابة عون أمن ومواطنين اثنين» = 3, «مقتل شاب ومرافقيه الثلاثة» = 4
            if dual_of_victim(joined) or possessed_dual(joined):
                return 3 + _joined_next(words, _past_bracketed_age(words, k) + 1)  # «قتل صياد وعنصران», «قتلت امرأة وطفلاها»
            escort = parse_number([joined], 0)
            if escort is not None and words[k + 1 : k + 2] == ["من"] and joined not in ONE_OF:
                return 1 + escort[0]  # «مقتل آمر الكتيبة واثنان من مرافقيه» = 3
            if singular_victim(joined) or word_forms(joined) & _JOINED_KIN:
                return 2 + _joined_next(words, _past_bracketed_age(words, k) + 1)
            return 1
    return 1 + (_companion_past_description(words, last + 1) or _second_with_own_wound(words, last + 1))


# Arabic pass 100 (tune100): «قتل سائق شاحنة تنقل مواد غذائية ومساعده»: his companion or kin (a possessed noun, «his /
# her») joined past a short description of the first victim is one more victim; not past an agent («على يد جاره
# وابنه»: the attacker's kin) nor past another «و» (another clause)
_DESCRIBED_REACH = 7  # the first victim's description: up to four words past the three ``victims_from`` reads
_POSSESSED_COMPANIONS = frozenset({"مساعده", "مرافقه", "زميله", "زميلها", "رفيقه", "رفيقها", "مساعدها", "مرافقها"})
_AGENT_WORDS = frozenset({"علي", "يد", "برصاص", "قبل", "طرف", "بيد", "ايدي", "بايدي"})


def _companion_past_description(words: list[str], at: int) -> int:
    """1 when the first word joined by «و» from ``at`` (right after the victim, within ``_DESCRIBED_REACH``) is his
    companion («ومساعده», «ومرافقه»), with no agent word before it; else 0."""
    for k in range(at, min(len(words), at + _DESCRIBED_REACH)):
        if words[k] in _AGENT_WORDS:
            return 0
        if words[k].startswith("و") and len(words[k]) > 2:
            return 1 if words[k][1:] in _POSSESSED_COMPANIONS else 0
    return 0


# Arabic pass 136 (tune136): «إصابة ممرضة بجرح في الرأس استدعى خياطته، وطبيب مناوب بكسر في يده»: each victim told
# with his own wound, the second joined by «و» after the first's wound and its place; the wound phrase right after the
# first victim and again within a few words of the second says they are two of the hurt (not «أصيب رجل بجروح وتضررت
# سيارته»: no victim joined)
# (``counts_added.definite_hurt_each`` reads the same phrases)
OWN_WOUNDS = ("بجرح", "بجروح", "بكسر", "بكسور", "بحروق", "برضوض", "بكدمات", "بشظيه", "بشظايا", "برصاصه", "بطلق",
              "بطعنه", "بطعنات", "باصابه", "باصابات")
_FIRST_WOUND_REACH = 2  # «ممرضة بجرح», «طبيب مناوب بكسر»: the victim, a word of description, the wound
_SECOND_VICTIM_REACH = 8  # the first's wound, its place and what it needed, then «و» + the second victim


def _second_with_own_wound(words: list[str], at: int) -> int:
    """1 when a wound phrase (``OWN_WOUNDS``) follows the victim ending before ``at`` within ``_FIRST_WOUND_REACH``
    words, and after it, within ``_SECOND_VICTIM_REACH`` words, the first «و» word is a singular victim with a wound
    phrase of its own within ``_FIRST_WOUND_REACH`` + 1 words after it (a word of description more: «وطبيب مناوب
    بكسر»); else 0."""
    first = next((k for k in range(at, min(len(words), at + _FIRST_WOUND_REACH)) if words[k].startswith(OWN_WOUNDS)),
                 None)
    if first is None:
        return 0
    for k in range(first + 1, min(len(words), first + 1 + _SECOND_VICTIM_REACH)):
        if words[k].startswith("و") and len(words[k]) > 2:
            joined = words[k][1:]
            return int(singular_victim(joined) and not plural_of_victim(joined) and any(
                w.startswith(OWN_WOUNDS) for w in words[k + 1 : k + 1 + _FIRST_WOUND_REACH + 1]))
    return 0


def _english_share_of_his(words: list[str], at: int) -> int:
    """"two of his aides", "three of her children": a number, then "of his / her / their" and a plural of people at
    ``at``: the number (0 when not so; English pass 41)."""
    if at >= len(words) or not words[at].isascii() or (parsed := parse_number(words, at)) is None:
        return 0
    k = at + parsed[1]
    return parsed[0] if words[k : k + 1] == ["of"] and words[k + 1 : k + 2] != [] and words[k + 1] in EN_POSSESSIVES and (
        k + 2 < len(words) and plural_person(words[k + 2])) else 0


_JOINED_CHAIN = 3  # «رجل وزوجته وطفلاهما», «راع وشقيقه وابنه وابن عمه»: kin joined one after another


def _joined_next(words: list[str], at: int) -> int:
    """More victims joined right after a second one, each by its own «و» with no word between («أصيب رجل وزوجته
    وطفلاهما» = 4, «راع وشقيقه وابنه» = 3; Arabic pass 53): a dual or a possessed dual is two, a singular victim or
    kin one; the chain stops at the first other word («وتضررت سيارتهما»). A name and an age in brackets may follow each
    («وابنه محمد (12 عاما) وجاره خالد (40 عاما)»)."""
    added, k = 0, at
    for _ in range(_JOINED_CHAIN):
        if k >= len(words) or not words[k].startswith("و") or len(words[k]) <= 2:
            break
        joined = words[k][1:]
        if dual_of_victim(joined) or possessed_dual(joined):
            added += 2
        elif (singular_victim(joined) and not plural_of_victim(joined)) or word_forms(joined) & _JOINED_KIN:
            added += 1
        else:
            break
        k = _past_bracketed_age(words, k) + 1
    return added


# the Libyan «his daughter», «his wife» («تصاوب الأب وبنته», «الراجل ومرته وبنتهم»: Arabic pass 96); joined and
# possessed only: «بنت» alone is also a name's «daughter of», «ومرت» also «and passed»
DIALECT_KIN = frozenset({"بنته", "بنتها", "بنتهم", "بنتهما", "بنتي", "بنتنا", "مرته", "مرتي"})
_JOINED_KIN = {"نجل", *DIALECT_KIN}  # «أصيب قاض ونجله»: a son only joined to a victim (alone, «نجل العودة قال» names a speaker)


def _number_after_noun(words: list[str], at: int) -> tuple[int, bool] | None:
    """(value, definite) of a number word that follows its noun («مواطنين اثنين», «مرافقيه الثلاثة»); digits
    come before their noun, so «طفل 12 عاما» gives none."""
    if at >= len(words) or words[at].isdigit() or words[at].startswith("و"):
        return None
    definite = definite_number(words, at)
    if definite is not None:
        return definite[0], True
    parsed = parse_number(words, at)
    return (parsed[0], False) if parsed is not None and words[at] not in ("واحد", "واحده") else None


@word_cache(65536)  # a pure function of the word, asked again and again (speed pass 9)
def possessed_dual(word: str) -> bool:
    """«طفلاها», «ابنيه»: a dual with its «ن» dropped before a pronoun («her two children», «his two sons»); a
    feminine one keeps the «ت» of its singular («ابنتاها», «ابنتيه»: two daughters)."""
    for end in ("اهما", "اها", "اه", "اهم", "يهما", "يها", "يه", "يهم"):
        stem = word[: -len(end)]
        if end[0] == "ي" and stem + "ي" in SINGULAR_VICTIMS:
            continue  # «راعية أغنام», «راعيه»: a defective noun's «ي» (one shepherdess, his shepherd); its dual is «راعييه»
        if word.endswith(end) and (stem in SINGULAR_VICTIMS or (stem.endswith("ت") and stem[:-1] + "ه" in SINGULAR_VICTIMS)):
            return True
    return False


@word_cache(65536)
def strip_and(word: str) -> str:
    """«وأصيب» -> «أصيب»: the conjunction written onto a verb (cached per word: many rules ask it; speed pass 9)."""
    return word[1:] if word.startswith(("و", "ف")) and len(word) > 3 else word


# an active verb's subject between it and its victims: «قتل مسلحون مجهولون شابين وامرأة» (verb, subject, object: news
# Arabic's order; Arabic pass 106). Only the nominative («مسلحون», «مجهولون», «ملثمون»): «مقتل مسلحين» (genitive) are
# the dead, and the verbal nouns («مقتل», «إصابة») take no subject before their victim.
SUBJECT_GUNMEN = frozenset({"مسلحون", "مجهولون", "ملثمون", "مهربون", "لصوص", "مسلحان", "ملثمان", "مجهولان"})

# «أقدم / أقدمت ... على»: the one who undertook the act that follows (its attacker, or a suicide's victim)
UNDERTOOK = frozenset({"اقدم", "اقدمت", "واقدم", "واقدمت", "فاقدم", "فاقدمت"})
