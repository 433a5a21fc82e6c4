"""A sentence of English and its rendering in another language, compared as
two short documents (a title, the sentence, a closing sentence that pins
the alignment): the drift the comparison reports. Shared by the tests that
probe a check with one sentence in a dozen languages."""
from __future__ import annotations

from desktop.engine.api import compare_documents, document_from_text

TITLE = "Coastal Watch\n\n"
CLOSING = {
    "en": "Esbjerg and Ribe asked for help on 3 May.",
    "fr": "Esbjerg et Ribe ont demandé de l'aide le 3 mai.", "es": "Esbjerg y Ribe pidieron ayuda el 3 de mayo.",
    "it": "Esbjerg e Ribe hanno chiesto aiuto il 3 maggio.", "de": "Esbjerg und Ribe baten am 3. Mai um Hilfe.",
    "cs": "Esbjerg a Ribe požádaly o pomoc 3. května.", "pt": "Esbjerg e Ribe pediram ajuda em 3 de maio.",
    "nl": "Esbjerg en Ribe vroegen op 3 mei om hulp.", "ru": "Эсбьерг и Рибе попросили о помощи 3 мая.",
    "no": "Esbjerg og Ribe ba om hjelp 3. mai.", "sv": "Esbjerg och Ribe bad om hjälp den 3 maj.",
    "uk": "Есб'єрг і Рібе попросили про допомогу 3 травня.", "pl": "Esbjerg i Ribe poprosiły o pomoc 3 maja.",
    "tr": "Esbjerg ve Ribe 3 Mayıs'ta yardım istedi.",
}


def drift_messages(english: str, rendered: str, language: str, left_language: str = "en") -> list[str]:
    """The drift messages of ``english`` (in ``left_language``) against ``rendered``."""
    comparison = compare_documents(
        document_from_text(TITLE + english + "\n\n" + CLOSING[left_language], language=left_language),
        document_from_text(TITLE + rendered + "\n\n" + CLOSING[language], language=language))
    return [d.message for g in comparison.groups for d in g.drift]


def cases(renderings) -> list[tuple[int, str]]:
    """(sentence, language) for every rendering of every sentence."""
    return [(k, language) for k, (_, versions) in enumerate(renderings) for language in sorted(versions)]
