"""marsad (مرصد): Arabic news to PLOVER political event data, coded natively in Arabic.

    import marsad
    nlp = marsad.load()
    for m in nlp.mentions("استقبل شمخاني رئيس الوزراء العراقي في طهران", date="2021-09-12"):
        print(m.text, m.type, m.actor)
"""

from marsad.doc import Document, Mention, Sentence, Token
from marsad.errors import MarsadError
from marsad.knowledge.records import Actor
from marsad.pipeline import Pipeline, load

__version__ = "0.1.0"
__all__ = ["Actor", "Document", "MarsadError", "Mention", "Pipeline", "Sentence", "Token", "load"]
