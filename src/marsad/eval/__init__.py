"""Evaluation against gold data: every claim of accuracy is a number."""
