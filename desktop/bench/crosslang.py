"""A large English–Russian pair with known edits, for the cross-language
benchmark row. Sentences come from templates written for Tandem, in both
languages, filled with invented names (spelt in each script) and figures,
so that every paragraph is distinct, as in a real long report."""
from __future__ import annotations

import random

from .generate import GeneratedPair

TEMPLATES = (
    ("{name} said that {n} harbour towns could flood this winter.",
     "{name} заявил, что этой зимой могут затопить {n} портовых городов."),
    ("The report examines {n} kilometres of sea walls near {place}.",
     "Доклад изучает {n} километров морских дамб около города {place}."),
    ("Engineers in {place} found cracks in {n} of the old gates.",
     "Инженеры в городе {place} обнаружили трещины в {n} старых воротах."),
    ("The council of {place} asked the government for {n} million euros.",
     "Совет города {place} попросил у правительства {n} миллионов евро."),
    ("{name} has led the volunteers of {place} for {n} years.",
     "{name} руководит добровольцами города {place} уже {n} лет."),
    ("A storm surge reached the harbour museum of {place} in {year}.",
     "В {year} году штормовой нагон дошёл до портового музея в городе {place}."),
    ("Budgets for coastal repairs fell by {n} percent, according to {name}.",
     "По словам {name}, бюджеты на ремонт побережья сократились на {n} процентов."),
    ("Residents of {place} were evacuated twice after the storm of {year}.",
     "Жителей города {place} дважды эвакуировали после шторма {year} года."),
    ("The ministry promised to inspect {n} barriers before the spring.",
     "Министерство пообещало проверить {n} заграждений до весны."),
    ("Fishermen in {place} say the beach loses a metre every winter.",
     "Рыбаки в городе {place} говорят, что пляж каждую зиму теряет метр."),
    ("Schools in {place} may close because the money went to the walls.",
     "Школы в городе {place} могут закрыться, потому что деньги ушли на дамбы."),
    ("{name} warned that the next storm could destroy {n} homes.",
     "{name} предупредил, что следующий шторм может разрушить {n} домов."),
)
_SYLLABLES = (("ka", "ка"), ("lo", "ло"), ("mi", "ми"), ("ne", "не"), ("ru", "ру"), ("sa", "са"),
              ("to", "то"), ("vi", "ви"), ("de", "де"), ("po", "по"), ("la", "ла"), ("re", "ре"),
              ("go", "го"), ("tu", "ту"), ("bo", "бо"), ("fa", "фа"), ("ki", "ки"), ("ma", "ма"))


def _name(rng: random.Random) -> tuple[str, str]:
    parts = [rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))]
    latin, cyrillic = "".join(p[0] for p in parts), "".join(p[1] for p in parts)
    return latin.capitalize(), cyrillic.capitalize()


def _paragraph(rng: random.Random) -> tuple[str, str]:
    english, russian = [], []
    for template_en, template_ru in rng.sample(TEMPLATES, rng.randint(2, 3)):
        name, place = _name(rng), _name(rng)
        values = {"n": rng.randint(3, 950), "year": rng.randint(1990, 2024)}
        english.append(template_en.format(name=name[0], place=place[0], **values))
        russian.append(template_ru.format(name=name[1], place=place[1], **values))
    return " ".join(english), " ".join(russian)


def make_cross_language(n_paragraphs: int, seed: int = 5) -> GeneratedPair:
    """English original; Russian version with omissions, additions, moves and merges."""
    rng = random.Random(seed)
    pairs = [_paragraph(rng) for _ in range(n_paragraphs)]
    out: list[tuple[str, tuple[int, ...]]] = []
    moved: list[tuple[str, tuple[int, ...]]] = []
    i = 0
    while i < n_paragraphs:
        roll = rng.random()
        if roll < 0.06:
            pass  # omitted
        elif roll < 0.10:
            out.append((_paragraph(rng)[1], ()))
            out.append((pairs[i][1], (i,)))
        elif roll < 0.14:
            moved.append((pairs[i][1], (i,)))
        elif roll < 0.17 and i + 1 < n_paragraphs:
            out.append((pairs[i][1] + " " + pairs[i + 1][1], (i, i + 1)))
            i += 1
        else:
            out.append((pairs[i][1], (i,)))
        i += 1
    for item in moved:
        out.insert(rng.randrange(len(out) + 1), item)
    links = {(left, right) for right, (_, lefts) in enumerate(out) for left in lefts}
    return GeneratedPair("\n\n".join(p[0] for p in pairs) + "\n", "\n\n".join(t for t, _ in out) + "\n",
                         links, {lefts[0] for _, lefts in moved}, {})
