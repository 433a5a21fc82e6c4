"""The words of the benchmark's generated news, in five languages (English,
French, German, Spanish, Russian), written for Tandem's benchmark: nouns by
topic, adjectives, verbs, job titles, months and sentence frames. Every
entry is one concept in each language, so a generated release can be
rendered as a translation sentence by sentence (grammar kept simple: these
texts only need to read as the same or as different to the engine)."""
from __future__ import annotations

LANGUAGES = ("en", "fr", "de", "es", "ru")

# Plural nouns by topic: (en, fr, de, es, ru)
TOPICS = {
    "floods": [("sea walls", "digues", "Deiche", "diques", "дамбы"), ("harbours", "ports", "Häfen", "puertos", "гавани"),
               ("storm surges", "tempêtes", "Sturmfluten", "temporales", "штормы"),
               ("pumping stations", "stations de pompage", "Pumpwerke", "estaciones de bombeo", "насосные станции"),
               ("coastal villages", "villages côtiers", "Küstendörfer", "pueblos costeros", "прибрежные деревни"),
               ("flood gates", "vannes", "Fluttore", "compuertas", "шлюзы"), ("dunes", "dunes", "Dünen", "dunas", "дюны")],
    "prisons": [("prisoners", "détenus", "Häftlinge", "presos", "заключённые"), ("cells", "cellules", "Zellen", "celdas", "камеры"),
                ("guards", "gardiens", "Wärter", "guardias", "охранники"), ("lawyers", "avocats", "Anwälte", "abogados", "адвокаты"),
                ("hunger strikes", "grèves de la faim", "Hungerstreiks", "huelgas de hambre", "голодовки"),
                ("visits", "visites", "Besuche", "visitas", "свидания"), ("courts", "tribunaux", "Gerichte", "tribunales", "суды")],
    "press": [("journalists", "journalistes", "Journalisten", "periodistas", "журналисты"),
              ("newspapers", "journaux", "Zeitungen", "periódicos", "газеты"), ("editors", "rédacteurs", "Redakteure", "editores", "редакторы"),
              ("websites", "sites web", "Webseiten", "sitios web", "сайты"), ("broadcasters", "radiodiffuseurs", "Sender", "emisoras", "телеканалы"),
              ("licences", "licences", "Lizenzen", "licencias", "лицензии"), ("sources", "sources", "Quellen", "fuentes", "источники")],
    "health": [("clinics", "cliniques", "Kliniken", "clínicas", "клиники"), ("nurses", "infirmières", "Pflegekräfte", "enfermeras", "медсёстры"),
               ("vaccines", "vaccins", "Impfstoffe", "vacunas", "вакцины"), ("patients", "patients", "Patienten", "pacientes", "пациенты"),
               ("hospitals", "hôpitaux", "Krankenhäuser", "hospitales", "больницы"),
               ("ambulances", "ambulances", "Krankenwagen", "ambulancias", "машины скорой помощи"),
               ("medicines", "médicaments", "Medikamente", "medicamentos", "лекарства")],
    "forests": [("forests", "forêts", "Wälder", "bosques", "леса"), ("loggers", "bûcherons", "Holzfäller", "madereros", "лесорубы"),
                ("rivers", "rivières", "Flüsse", "ríos", "реки"), ("wolves", "loups", "Wölfe", "lobos", "волки"),
                ("rangers", "gardes forestiers", "Förster", "guardabosques", "лесники"), ("sawmills", "scieries", "Sägewerke", "aserraderos", "лесопилки"),
                ("wetlands", "zones humides", "Feuchtgebiete", "humedales", "болота")],
    "labour": [("workers", "ouvriers", "Arbeiter", "trabajadores", "рабочие"), ("factories", "usines", "Fabriken", "fábricas", "заводы"),
               ("wages", "salaires", "Löhne", "salarios", "зарплаты"), ("unions", "syndicats", "Gewerkschaften", "sindicatos", "профсоюзы"),
               ("contracts", "contrats", "Verträge", "contratos", "контракты"), ("shifts", "équipes", "Schichten", "turnos", "смены"),
               ("mines", "mines", "Bergwerke", "minas", "шахты")],
    "refugees": [("refugees", "réfugiés", "Flüchtlinge", "refugiados", "беженцы"), ("camps", "camps", "Lager", "campamentos", "лагеря"),
                 ("border guards", "garde-frontières", "Grenzschützer", "guardias fronterizos", "пограничники"),
                 ("families", "familles", "Familien", "familias", "семьи"), ("boats", "bateaux", "Boote", "barcos", "лодки"),
                 ("asylum claims", "demandes d'asile", "Asylanträge", "solicitudes de asilo", "заявления об убежище"),
                 ("children", "enfants", "Kinder", "niños", "дети")],
    "elections": [("voters", "électeurs", "Wähler", "votantes", "избиратели"), ("ballots", "bulletins", "Stimmzettel", "papeletas", "бюллетени"),
                  ("observers", "observateurs", "Beobachter", "observadores", "наблюдатели"),
                  ("polling stations", "bureaux de vote", "Wahllokale", "colegios electorales", "избирательные участки"),
                  ("candidates", "candidats", "Kandidaten", "candidatos", "кандидаты"), ("parties", "partis", "Parteien", "partidos", "партии"),
                  ("complaints", "plaintes", "Beschwerden", "denuncias", "жалобы")],
}

ADJECTIVES = [("damaged", "endommagés", "beschädigt", "dañados", "повреждены"), ("neglected", "négligés", "vernachlässigt", "abandonados", "заброшены"),
              ("unsafe", "dangereux", "unsicher", "inseguros", "опасны"), ("overcrowded", "surpeuplés", "überfüllt", "abarrotados", "переполнены"),
              ("closed", "fermés", "geschlossen", "cerrados", "закрыты"), ("threatened", "menacés", "bedroht", "amenazados", "под угрозой"),
              ("underfunded", "sous-financés", "unterfinanziert", "infrafinanciados", "недофинансированы"),
              ("ignored", "ignorés", "ignoriert", "ignorados", "проигнорированы"), ("watched", "surveillés", "überwacht", "vigilados", "под наблюдением"),
              ("restored", "restaurés", "wiederhergestellt", "restaurados", "восстановлены"), ("banned", "interdits", "verboten", "prohibidos", "запрещены"),
              ("forgotten", "oubliés", "vergessen", "olvidados", "забыты")]

VERBS = [("declined", "diminué", "abgenommen", "disminuido", "сократились"), ("doubled", "doublé", "sich verdoppelt", "duplicado", "удвоились"),
         ("disappeared", "disparu", "verschwunden", "desaparecido", "исчезли"), ("suffered", "souffert", "gelitten", "sufrido", "пострадали"),
         ("grown", "augmenté", "zugenommen", "crecido", "выросли"), ("changed", "changé", "sich verändert", "cambiado", "изменились")]

TITLES = [("Director of Research", "directrice de la recherche", "Forschungsdirektorin", "directora de investigación", "директор по исследованиям"),
          ("head of campaigns", "responsable des campagnes", "Kampagnenleiterin", "jefa de campañas", "руководитель кампаний"),
          ("spokesperson", "porte-parole", "Sprecherin", "portavoz", "пресс-секретарь"),
          ("Secretary General", "secrétaire générale", "Generalsekretärin", "secretaria general", "генеральный секретарь"),
          ("regional director", "directrice régionale", "Regionaldirektorin", "directora regional", "региональный директор"),
          ("senior researcher", "chercheuse principale", "leitende Forscherin", "investigadora principal", "старший научный сотрудник")]

MONTHS = [("January", "janvier", "Januar", "enero", "январе"), ("March", "mars", "März", "marzo", "марте"),
          ("May", "mai", "Mai", "mayo", "мае"), ("July", "juillet", "Juli", "julio", "июле"),
          ("September", "septembre", "September", "septiembre", "сентябре"), ("November", "novembre", "November", "noviembre", "ноябре")]

ORG_FIRST = ["Coastal", "Open", "Free", "Green", "Fair", "Safe", "Civic", "North", "Blue", "Stone", "Clear", "Bright",
             "Common", "Silver", "Harbour", "Iron"]
ORG_SECOND = ["Watch", "Cells", "Ink", "Canopy", "Shift", "Passage", "Trust", "Monitor", "Light", "Wind", "Bridge",
              "Water", "Voice", "Ground"]


def organisation(number: int) -> str:
    """One of 224 invented organisations (the same name in every language)."""
    first, second = divmod(number, len(ORG_SECOND))
    return f"{ORG_FIRST[first]} {ORG_SECOND[second]}"
FIRST_NAMES = ["Marta", "Jonas", "Elena", "Pavel", "Ines", "Tomas", "Sofia", "Lukas", "Nadia", "Oskar", "Vera", "Anton",
               "Lena", "Mikael", "Irina", "David", "Clara", "Boris", "Eva", "Henrik"]
SURNAMES = ["Jensen", "Kowalski", "Moreau", "Novak", "Lindqvist", "Petrov", "Costa", "Berger", "Halvorsen", "Rossi",
            "Dumont", "Kaminski", "Varga", "Okafor", "Sandoval", "Weber", "Nilsen", "Horvat", "Brandt", "Marek"]
PLACES = ["Esbjerg", "Varna", "Tartu", "Split", "Gdansk", "Lyon", "Porto", "Bergen", "Kaunas", "Brno", "Malmo",
          "Plovdiv", "Rijeka", "Cluj", "Graz", "Turku", "Aarhus", "Bilbao", "Genoa", "Ghent", "Odense", "Szeged",
          "Lublin", "Tampere", "Narva", "Kotor", "Pula", "Ruse", "Zadar", "Oulu"]
REPORT_WORDS = [("Holding the Line", "Tenir la ligne", "Die Linie halten", "Mantener la línea", "Держать линию"),
                ("Behind Closed Doors", "Derrière les portes closes", "Hinter verschlossenen Türen", "A puerta cerrada", "За закрытыми дверями"),
                ("No Safe Harbour", "Aucun port sûr", "Kein sicherer Hafen", "Ningún puerto seguro", "Нет безопасной гавани"),
                ("Silenced", "Réduits au silence", "Zum Schweigen gebracht", "Silenciados", "Заставили замолчать"),
                ("Running Dry", "À sec", "Ausgetrocknet", "Sin reservas", "На исходе"),
                ("Left Behind", "Laissés pour compte", "Zurückgelassen", "Abandonados", "Брошенные")]

# Sentence frames: slot names in braces; one string per language.
FRAMES = {
    "found": ("{org} said that {num} {n1} in {place} were {a1} in {year}.",
              "{org} a déclaré que {num} {n1} à {place} étaient {a1} en {year}.",
              "{org} erklärte, dass {num} {n1} in {place} im Jahr {year} {a1} waren.",
              "{org} dijo que {num} {n1} en {place} estaban {a1} en {year}.",
              "{org} заявила, что {num} {n1} в {place} были {a1} в {year} году."),
    "since": ("The report found that {n1} and {n2} in {place} have {v1} since {year}.",
              "Le rapport constate que les {n1} et les {n2} à {place} ont {v1} depuis {year}.",
              "Der Bericht stellt fest, dass {n1} und {n2} in {place} seit {year} {v1} haben.",
              "El informe concluye que los {n1} y los {n2} en {place} han {v1} desde {year}.",
              "В докладе говорится, что {n1} и {n2} в {place} {v1} с {year} года."),
    "month": ("According to {org}, at least {num} {n1} were {a1} in {place} last {month}.",
              "Selon {org}, au moins {num} {n1} ont été {a1} à {place} en {month} dernier.",
              "Nach Angaben von {org} wurden im {month} mindestens {num} {n1} in {place} {a1}.",
              "Según {org}, al menos {num} {n1} fueron {a1} en {place} el pasado {month}.",
              "По данным {org}, в {month} в {place} по меньшей мере {num} {n1} {a1}."),
    "quote": ("“Our {n1} must not be {a1} any longer,” said {person}, {title} at {org}.",
              "« Nos {n1} ne doivent plus être {a1} », a déclaré {person}, {title} de {org}.",
              "„Unsere {n1} dürfen nicht länger {a1} sein“, sagte {person}, {title} von {org}.",
              "«Nuestros {n1} no deben seguir {a1}», dijo {person}, {title} de {org}.",
              "«Наши {n1} больше не должны быть {a1}», — сказала {person}, {title} {org}."),
    "local": ("In {place}, local {n2} told researchers that the {n1} were often {a1}.",
              "À {place}, des {n2} ont dit aux chercheurs que les {n1} étaient souvent {a1}.",
              "In {place} berichteten {n2} den Forschern, dass die {n1} oft {a1} waren.",
              "En {place}, los {n2} dijeron a los investigadores que los {n1} estaban a menudo {a1}.",
              "В {place} местные {n2} рассказали исследователям, что {n1} часто {a1}."),
    "call": ("{org} called on the authorities in {place} to protect the {n1} before {year}.",
             "{org} a appelé les autorités de {place} à protéger les {n1} avant {year}.",
             "{org} forderte die Behörden in {place} auf, die {n1} vor {year} zu schützen.",
             "{org} pidió a las autoridades de {place} que protejan los {n1} antes de {year}.",
             "{org} призвала власти {place} защитить {n1} до {year} года."),
    "rose": ("Between {year} and {year2}, the number of {n1} in {place} changed by {pct} percent.",
             "Entre {year} et {year2}, le nombre de {n1} à {place} a varié de {pct} pour cent.",
             "Zwischen {year} und {year2} veränderte sich die Zahl der {n1} in {place} um {pct} Prozent.",
             "Entre {year} y {year2}, el número de {n1} en {place} varió un {pct} por ciento.",
             "С {year} по {year2} год число {n1} в {place} изменилось на {pct} процентов."),
    "needs": ("{person} said the {n1} of {place} needed more {n2} and more money.",
              "{person} a dit que les {n1} de {place} avaient besoin de plus de {n2} et de plus d'argent.",
              "{person} sagte, die {n1} in {place} bräuchten mehr {n2} und mehr Geld.",
              "{person} dijo que los {n1} de {place} necesitaban más {n2} y más dinero.",
              "{person} сказала, что {n1} в {place} нуждаются в новых {n2} и деньгах."),
    "interviewed": ("The group interviewed {num} {n2} in {place} for the report.",
                    "L'organisation a interrogé {num} {n2} à {place} pour le rapport.",
                    "Die Organisation befragte für den Bericht {num} {n2} in {place}.",
                    "La organización entrevistó a {num} {n2} en {place} para el informe.",
                    "Для доклада организация опросила {num} {n2} в {place}."),
    "anonymous": ("Most of the {n2} asked not to be named because they feared for their {n1}.",
                  "La plupart des {n2} ont demandé l'anonymat car ils craignaient pour leurs {n1}.",
                  "Die meisten {n2} wollten nicht genannt werden, weil sie um ihre {n1} fürchteten.",
                  "La mayoría de los {n2} pidieron no ser nombrados porque temían por sus {n1}.",
                  "Большинство {n2} попросили не называть их, опасаясь за свои {n1}."),
    "silence": ("Officials in {place} did not answer questions about the {a1} {n1}.",
                "Les responsables de {place} n'ont pas répondu aux questions sur les {n1} {a1}.",
                "Die Behörden in {place} beantworteten keine Fragen zu den {a1} {n1}.",
                "Las autoridades de {place} no respondieron a las preguntas sobre los {n1} {a1}.",
                "Власти {place} не ответили на вопросы о том, что {n1} {a1}."),
    "cases": ("“We have documented {num} cases in which {n1} were {a1} in {place},” {person} said.",
              "« Nous avons documenté {num} cas où des {n1} étaient {a1} à {place} », a dit {person}.",
              "„Wir haben {num} Fälle dokumentiert, in denen {n1} in {place} {a1} waren“, sagte {person}.",
              "«Hemos documentado {num} casos en que los {n1} estaban {a1} en {place}», dijo {person}.",
              "«Мы задокументировали {num} случаев, когда {n1} в {place} были {a1}», — сказала {person}."),
    "first": ("The {a1} {n1} of {place} were first reported in {month} {year}.",
              "Les {n1} {a1} de {place} ont été signalés pour la première fois en {month} {year}.",
              "Die {a1} {n1} in {place} wurden erstmals im {month} {year} gemeldet.",
              "Los {n1} {a1} de {place} se denunciaron por primera vez en {month} de {year}.",
              "О том, что {n1} в {place} {a1}, впервые сообщили в {month} {year} года."),
    "within": ("Without new {n2}, thousands of {n1} could be lost within {small} years.",
               "Sans nouveaux {n2}, des milliers de {n1} pourraient disparaître d'ici {small} ans.",
               "Ohne neue {n2} könnten Tausende {n1} innerhalb von {small} Jahren verloren gehen.",
               "Sin nuevos {n2}, miles de {n1} podrían perderse en {small} años.",
               "Без новых {n2} тысячи {n1} могут исчезнуть за {small} лет."),
    "titled": ("The report, “{report}”, covers {num} {n1} in {place} and {place2}.",
               "Le rapport « {report} » porte sur {num} {n1} à {place} et à {place2}.",
               "Der Bericht „{report}“ umfasst {num} {n1} in {place} und {place2}.",
               "El informe «{report}» abarca {num} {n1} en {place} y {place2}.",
               "Доклад «{report}» охватывает {num} {n1} в {place} и {place2}."),
    "worked": ("{org} has worked with {n2} in {place} since {year}.",
               "{org} travaille avec des {n2} à {place} depuis {year}.",
               "{org} arbeitet seit {year} mit {n2} in {place} zusammen.",
               "{org} trabaja con {n2} en {place} desde {year}.",
               "{org} работает с {n2} в {place} с {year} года."),
}
HEADING = ("{a1} {n1} in {place}: {org} warns", "{n1} {a1} à {place} : {org} alerte",
           "{a1} {n1} in {place}: {org} warnt", "{n1} {a1} en {place}: {org} alerta",
           "{n1} в {place} {a1}: предупреждение {org}")
# What an agency adds around a release (a lead and an ending of its own)
AGENCY = {
    "lead": ("{place2} ({agency}) - A new report on {n1} was published on {weekday}.",
             "{place2} ({agency}) - Un nouveau rapport sur les {n1} a été publié {weekday}.",
             "{place2} ({agency}) - Ein neuer Bericht über {n1} wurde am {weekday} veröffentlicht.",
             "{place2} ({agency}) - Un nuevo informe sobre los {n1} se publicó el {weekday}.",
             "{place2} ({agency}) - Новый доклад о том, как живут {n1}, опубликован в {weekday}."),
    "about": ("{org} is an independent group based in {place2} that has monitored {n1} since {year}.",
              "{org} est une organisation indépendante basée à {place2} qui suit les {n1} depuis {year}.",
              "{org} ist eine unabhängige Gruppe mit Sitz in {place2}, die seit {year} {n1} beobachtet.",
              "{org} es un grupo independiente con sede en {place2} que vigila los {n1} desde {year}.",
              "{org} — независимая организация из {place2}, которая с {year} года следит за тем, как живут {n1}."),
}
WEEKDAYS = [("Monday", "lundi", "Montag", "lunes", "понедельник"), ("Tuesday", "mardi", "Dienstag", "martes", "вторник"),
            ("Thursday", "jeudi", "Donnerstag", "jueves", "четверг")]
AGENCIES = ["Nordpress", "EuroWire", "Baltic News", "Adria Press", "Danube Agency", "Pan-European Service"]

_CYRILLIC = {"a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "и", "j": "й",
             "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "к", "r": "р", "s": "с", "t": "т",
             "u": "у", "v": "в", "w": "в", "x": "кс", "y": "и", "z": "з"}


def cyrillic(name: str) -> str:
    """A Latin name as a Russian paper would spell it (roughly)."""
    out = []
    for char in name:
        mapped = _CYRILLIC.get(char.lower(), char)
        out.append(mapped.upper() if char.isupper() else mapped)
    return "".join(out)

# Reported clauses: an opener that introduces what someone said or found,
# and a clause in the order a subordinate clause takes in each language
# (German puts the verb last). Any opener goes with any clause, so a story
# drawing a dozen of these rarely shares one with another story.
OPENERS = [("{org} said that", "{org} a indiqué que", "{org} teilte mit, dass", "{org} indicó que", "{org} сообщила, что"),
           ("The report found that", "Le rapport établit que", "Der Bericht zeigt, dass", "El informe muestra que",
            "Доклад показывает, что"),
           ("{person} told reporters that", "{person} a dit aux journalistes que", "{person} sagte Reportern, dass",
            "{person} dijo a los periodistas que", "{person} сказала журналистам, что"),
           ("Researchers in {place2} found that", "Des chercheurs de {place2} ont constaté que",
            "Forscher in {place2} stellten fest, dass", "Investigadores de {place2} comprobaron que",
            "Исследователи из {place2} установили, что"),
           ("Local officials admitted that", "Des responsables locaux ont reconnu que",
            "Örtliche Beamte räumten ein, dass", "Funcionarios locales admitieron que",
            "Местные чиновники признали, что"),
           ("Witnesses told {org} that", "Des témoins ont dit à {org} que", "Zeugen berichteten {org}, dass",
            "Testigos dijeron a {org} que", "Свидетели рассказали {org}, что"),
           ("Figures published in {year2} show that", "Des chiffres publiés en {year2} montrent que",
            "Im Jahr {year2} veröffentlichte Zahlen zeigen, dass", "Cifras publicadas en {year2} muestran que",
            "Данные, опубликованные в {year2} году, показывают, что"),
           ("A survey by {org} suggests that", "Une enquête de {org} suggère que",
            "Eine Umfrage von {org} legt nahe, dass", "Una encuesta de {org} sugiere que",
            "Опрос {org} говорит о том, что")]
CLAUSES = [("{num} {n1} in {place} had been {a1} for years",
            "{num} {n1} à {place} étaient {a1} depuis des années",
            "{num} {n1} in {place} seit Jahren {a1} waren",
            "{num} {n1} en {place} llevaban años {a1}",
            "{num} {n1} в {place} годами были {a1}"),
           ("the {n1} of {place} have {v1} by a third since {year}",
            "les {n1} de {place} ont {v1} d'un tiers depuis {year}",
            "die {n1} in {place} seit {year} um ein Drittel {v1} haben",
            "los {n1} de {place} han {v1} un tercio desde {year}",
            "{n1} в {place} с {year} года {v1} на треть"),
           ("only {small} of the {num} {n1} inspected in {year} were still in use",
            "seuls {small} des {num} {n1} inspectés en {year} étaient encore utilisés",
            "nur {small} der {num} im Jahr {year} geprüften {n1} noch genutzt wurden",
            "solo {small} de los {num} {n1} inspeccionados en {year} seguían en uso",
            "лишь {small} из {num} {n1}, проверенных в {year} году, ещё использовались"),
           ("{n2} in {place} waited {small} weeks on average for help",
            "les {n2} de {place} attendaient en moyenne {small} semaines avant d'être aidés",
            "{n2} in {place} im Schnitt {small} Wochen auf Hilfe warteten",
            "los {n2} de {place} esperaban de media {small} semanas para recibir ayuda",
            "{n2} в {place} в среднем ждали помощи {small} недель"),
           ("spending on {n1} fell by {pct} percent between {year} and {year2}",
            "les dépenses pour les {n1} ont baissé de {pct} pour cent entre {year} et {year2}",
            "die Ausgaben für {n1} zwischen {year} und {year2} um {pct} Prozent sanken",
            "el gasto en {n1} cayó un {pct} por ciento entre {year} y {year2}",
            "расходы на {n1} с {year} по {year2} год сократились на {pct} процентов"),
           ("nobody in {place} had been held responsible for the {a1} {n1}",
            "personne à {place} n'a été tenu responsable des {n1} {a1}",
            "in {place} niemand für die {a1} {n1} zur Verantwortung gezogen wurde",
            "nadie en {place} había respondido por los {n1} {a1}",
            "в {place} никто не ответил за то, что {n1} {a1}"),
           ("{num} complaints about {n1} reached the ministry in {month} {year}",
            "{num} plaintes concernant les {n1} sont parvenues au ministère en {month} {year}",
            "im {month} {year} {num} Beschwerden über {n1} beim Ministerium eingingen",
            "{num} quejas sobre los {n1} llegaron al ministerio en {month} de {year}",
            "в {month} {year} года в министерство поступили {num} жалоб на {n1}"),
           ("the plan for the {n1} of {place} was shelved in {year}",
            "le plan pour les {n1} de {place} a été abandonné en {year}",
            "der Plan für die {n1} in {place} im Jahr {year} auf Eis gelegt wurde",
            "el plan para los {n1} de {place} se archivó en {year}",
            "план для {n1} в {place} отложили в {year} году"),
           ("half of the {n2} questioned in {place} feared for their {n1}",
            "la moitié des {n2} interrogés à {place} craignaient pour leurs {n1}",
            "die Hälfte der in {place} befragten {n2} um ihre {n1} fürchtete",
            "la mitad de los {n2} consultados en {place} temían por sus {n1}",
            "половина опрошенных в {place} {n2} опасается за свои {n1}"),
           ("a court in {place} ordered an inquiry into the {n1} in {month} {year}",
            "un tribunal de {place} a ordonné une enquête sur les {n1} en {month} {year}",
            "ein Gericht in {place} im {month} {year} eine Untersuchung der {n1} anordnete",
            "un tribunal de {place} ordenó investigar los {n1} en {month} de {year}",
            "в {month} {year} года суд в {place} назначил проверку {n1}"),
           ("{pct} percent of the {n1} in {place} lacked basic {n2}",
            "{pct} pour cent des {n1} à {place} manquaient de {n2} de base",
            "{pct} Prozent der {n1} in {place} grundlegende {n2} fehlten",
            "al {pct} por ciento de los {n1} en {place} les faltaban {n2} básicos",
            "{pct} процентов {n1} в {place} не хватало самых простых {n2}"),
           ("the {a1} {n1} near {place2} cost {num} million euros a year",
            "les {n1} {a1} près de {place2} coûtaient {num} millions d'euros par an",
            "die {a1} {n1} bei {place2} jährlich {num} Millionen Euro kosteten",
            "los {n1} {a1} cerca de {place2} costaban {num} millones de euros al año",
            "{n1} у {place2} обходились в {num} миллионов евро в год")]
