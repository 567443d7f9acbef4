"""Actor and place knowledge: typed records loaded from the human-editable files in marsad/data."""

from marsad.knowledge.loader import load_knowledge
from marsad.knowledge.records import Actor, Knowledge

__all__ = ["Actor", "Knowledge", "load_knowledge"]
