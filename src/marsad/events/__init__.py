"""The event coder: triggers, arguments, modality, place and time → PLOVER event records."""
