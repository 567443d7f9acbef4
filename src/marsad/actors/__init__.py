"""Actor recognition and coding: dictionary matching, title/name patterns, in-document coreference."""
